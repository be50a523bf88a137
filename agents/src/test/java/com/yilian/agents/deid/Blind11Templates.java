package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;

/**
 * Eleventh blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists, the older groups' sentences or the development templates, in the template language of
 * {@link ClinicalTextGenerator}. To be measured once, with the rules and the model frozen, on seed {@link #SEED}
 * (select it in {@link DeidDevelopmentProbe} as {@code BLIND_11}); a rule changed, or a model retrained, because of
 * its errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: genres the earlier groups did not centre on, all of a regional medical consortium — 120 dispatch
 * and ambulance handover records (出车记录, 院前急救病历), death and birth certificates (死亡医学证明, 出生医学证明),
 * infectious-disease report cards, 母子健康手册 pages, antenatal and newborn home visits, elderly annual physical
 * examination forms, severe mental illness follow-up, family doctor contract renewals, medical-insurance
 * reimbursement and 异地就医备案 forms, complaint letters and dispute mediation records, blood and organ donation
 * forms, student physical exam lists, occupational health exams, OCR'd scans of paper forms (spaced labels, full-width
 * digits, line breaks between a label and its value, □/☑ tick boxes), speech-recognition transcripts of dictation (no
 * punctuation, numbers in Chinese characters), CSV and spreadsheet exports with headers, and about a tenth in English
 * (travel clinic, insurer letters, discharge letters abroad).
 *
 * <p>Labelling (as in {@link Blind10Templates}). Every person's name is PHI: patients, relatives, newborns' mothers,
 * donors, complainants, staff (doctors, nurses, dispatchers, ambulance crews, mediators, clerks, village doctors), in
 * Chinese, minority, English or pinyin form, also when an OCR scan spaces its characters ({@code PW}). A surname used
 * as a form of address (老X, 小X, X姐, X医生, X主任, X大夫) labels the surname only ({@code PS}, {@code FS},
 * {@code DS}); a given name used alone ({@code PG}) labels the given name (a single-character given name is never used
 * alone: {@code PG} then writes the full name). Resident identity numbers ({@code ID}, full-width {@code IDF}, spoken
 * {@code IDV}), mobiles and landlines ({@code M}, full-width {@code MF}, spoken {@code MV}, {@code L}), addresses
 * ({@code A}, {@code A0}), outpatient, admission, health-archive, card, donor-card and maternal-handbook numbers
 * ({@code R}), insurance and social-security card numbers ({@code I}), bank cards ({@code B}) and dates of birth
 * ({@code DOB}, Chinese-character {@code DOBC}, English {@code DOBE}, a newborn's {@code NB}) are labelled. Not
 * labelled: dates of visits, calls, onset, death, report, delivery appointments and examinations; times; ages;
 * gestational weeks; bed numbers; dispatch, vehicle, invoice, specimen and certificate serial numbers ({@code CODE});
 * laboratory values; hospital, department, township, school and company names when they name an institution. Decoys
 * that look like names but are not PHI: herbs and patent medicines (高良姜, 吴茱萸, 秦艽, 陈皮, 白头翁, 威灵仙,
 * 胡黄连, 马应龙麝香痔疮膏, 潘高寿川贝枇杷露, 片仔癀, 王老吉), eponyms (川崎病, 桥本甲状腺炎, 马凡综合征, 霍奇金淋巴瘤,
 * 格拉斯哥昏迷评分, 布鲁氏菌病, Kawasaki, Hodgkin, Bell's palsy, Glasgow), institutions and brands named after people
 * (邵逸夫医院, 白求恩国际和平医院, 雷锋小学, 陶行知中学, 李宁), places (驻马店, 石嘴山, 张家界, 孙吴县, 邓州, 韩城, 牡丹江).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind10Templates} nor among the names {@link SyntheticValues} can generate: several generations (润芝, 守谦,
 * 卫东, 梦瑶, 沐宸), rural names (二狗, 满仓), Cantonese and Hakka 亚/阿 names, rare single surnames (亓, 靳, 禹, 晏,
 * 幸, 敖, 麻, 阚, 栾, 宦, 郜, 瞿, 鄢, 邬, 仝, 芮, 昝, 衣, 滕, 滑), compound surnames (司徒, 慕容, 呼延, 左丘, 宇文,
 * 澹台, 钟离, 闻人, 南宫, 第五, 申屠, 万俟, 东方), married double surnames (张王桂兰), Korean-Chinese names, and in the minority pool a Manchu
 * clan name; only a few ({@link #WORD_LIKE}, at most a tenth) are also ordinary words. The generator draws patient,
 * family member and doctor from {@link #chineseName}, the minority person from {@link #minorityName}, {@code DS} from
 * {@link #surnameOf} the doctor. Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code PS},
 * {@code FS}, the surnames of patient and family member; {@code PG}, the patient's given name; {@code PW}, the
 * patient's name as an OCR scan may space it; {@code EG}, {@code ES}, an English given or family name alone; and the
 * identifier slots above. Any non-empty subset of {@link #BLIND_11} uses these pools (see {@link #uses}).
 */
final class Blind11Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261212L;

    static final List<String> BLIND_11 = List.of(
            // 120 dispatch and pre-hospital emergency records.
            "120急救出车记录\n任务单号：{CODE}  受理时间：{D} {TIME}\n呼救电话：{M}  呼救人：{F}（{KIN}）\n现场地址：{A0}\n"
                    + "主诉：{SYM}约{DUR}\n调度员：{N}  出车医生：{DR}  驾驶员：{N}\n",
            "院前急救病历 患者{P} {SEX} {AGE}岁 到达现场时患者神志模糊，格拉斯哥昏迷评分11分，BP {BP}，HR {HR}次/分。"
                    + "予吸氧、建立静脉通道后转送{HOSP}急诊科。随车医生{DR}，随车护士{N}。\n",
            "交接记录：{TIME} 120送入患者{P}，身份证号{ID}，家属{F}随行（电话{M}）。急诊接诊护士{N}，120随车医生{DR}签字交接，{DS}医生补充：途中血压平稳。\n",
            "呼救录音摘要：男声自称是{P}的{KIN}，地址{A}，老人在家中摔倒起不来，回拨电话{L}。\n",
            "出车登记（{D}）\n车号 湘A·3Y120 | 患者 {N} | 去向 驻马店市中心医院 | 结果 送达\n车号 湘A·5K120 | 患者 {P} | "
                    + "去向 {HOSP} | 结果 途中好转\n",
            // Death and birth certificates.
            "居民死亡医学证明（推断）书\n死者姓名：{P}  性别：{SEX}  民族：汉族  身份证件号码：{ID}\n出生日期：{DOB}  "
                    + "死亡日期：{D}\n常住地址：{A}\n直接死亡原因：急性心肌梗死\n医师签名：{DR}  申报人：{F}（{KIN}）\n",
            "死亡病例讨论：患者{P}，住院号{R}，因{DIS}入院，{D}抢救无效死亡。主持人{DR}主任医师，{DS}主任总结发言，记录人{N}。\n",
            "出生医学证明（首次签发）\n新生儿姓名：{N}  性别：{SEX}\n出生时间：{NB} {TIME}\n出生地点：张家界市永定区妇幼保健院\n"
                    + "母亲姓名：{P}  身份证号：{ID}\n父亲姓名：{F}  身份证号：{ID}\n接生人员：{DR}\n",
            "新生儿{P}之子，出生日期{NB}，出生体重3350g，阿氏评分9-10分，母亲住址{A0}，电话{M}。\n",
            // Infectious-disease report cards.
            "传染病报告卡\n患者姓名：{P}  患儿家长姓名：{F}\n有效证件号：{ID}  出生日期：{DOB}\n工作单位（学校）：雷锋小学\n"
                    + "联系电话：{M}\n现住址：{A}\n疾病名称：布鲁氏菌病  发病日期：{D}\n报告医生：{DR}  填卡日期：{D}\n",
            "疫情报告登记：{D} {DEPT}报告{MN}，诊断肺结核（涂阳），身份证{ID}，家住{A0}，已电话通知县疾控{N}。\n",
            "流调记录：{P}自述{D}前后曾到石嘴山市探亲，同住人{F}（{KIN}，{M}），密切接触者还有同事{N}。调查人：{DR}、{N}\n",
            // Maternal and child health.
            "母子健康手册\n手册编号：{R}\n孕妇姓名：{P}  出生日期：{DOB}\n丈夫姓名：{F}  联系电话：{M}\n现住址：{A}\n"
                    + "建册单位：邓州市构林镇卫生院  建册人：{N}\n",
            "产前检查：{P}，孕28周，宫高27cm，胎心140次/分，BP {BP}，OGTT正常。下次产检{D}。检查医生：{DR}\n",
            "新生儿家庭访视记录表 姓名：{P}之女 性别：女 出生日期：{NB} 家庭住址：{A0} 父亲{F} 母亲{P} 访视医生{DR} "
                    + "黄疸：面部轻度 脐带：已脱落\n",
            "产后42天访视：{P}，{PS}姐恢复可，恶露已净，母乳喂养，宝宝体重增长正常。随访人{N}，电话{L}。\n",
            // Elderly physical examinations and chronic care.
            "老年人健康体检表\n姓名：{P}  编号：{R}\n出生日期：{DOB}  性别：{SEX}\n体检日期：{D}  责任医生：{DR}\n"
                    + "老年人生活自理能力评估：可自理（0～3分）\n认知功能：□粗筛阴性 ☑粗筛阳性\n",
            "65岁以上老年人体检名单（{D}）\n序号,姓名,出生日期,身份证号,联系电话\n1,{P},{DOB},{ID},{M}\n2,{N},{DOB},{ID},{M}\n",
            "体检反馈：{P}，{PS}奶奶今年体检血糖偏高，让她儿子{F}下周陪她来卫生院找{DS}大夫复查，顺便开点陈皮和吴茱萸。"
                    + "（责任医生{DR}）\n",
            // Severe mental illness follow-up.
            "严重精神障碍患者随访服务记录表\n姓名：{P}  编号：{R}\n随访日期：{D}  本次随访方式：☑门诊 □家庭访视 □电话\n"
                    + "危险性评估：1级\n监护人：{F}  监护人电话：{M}\n随访医生签名：{DR}\n",
            "精防随访：{MN}，精神分裂症，服药依从性规律，本次由村医{N}陪同入户，监护人{F}（{KIN}）在场，"
                    + "家住{A}。民警{N}协助。\n",
            "肇事肇祸风险评估会：参加人员 综治办{N}、派出所{N}、村委会{N}、精防医生{DR}；评估对象{P}，身份证{ID}。\n",
            // Family doctor contract renewals.
            "家庭医生签约续约确认单\n签约居民：{P}  身份证：{ID}\n签约类型：☑老年人 ☑高血压 □糖尿病 □孕产妇\n"
                    + "家庭医生团队：{DR}团队（助理{N}）\n居民签字：{P}  日期：{D}\n",
            "续签通知（{P}）：{PG}阿姨，您的家庭医生签约明年到期，请于{D}前带身份证和医保卡来服务站续签，有事打{L}找{DS}医生。——{DR}团队\n",
            // Medical insurance.
            "基本医疗保险异地就医备案表\n参保人姓名：{P}  社会保障号码：{ID}\n医保编号：{I}\n参保地：韩城市  就医地：牡丹江市\n"
                    + "联系电话：{M}  异地居住地址：{A}\n经办人：{N}\n",
            "医疗费用零星报销申请：参保人{P}，社保卡号{I}，住院号{R}，报销金额3862.40元，请转入参保人本人银行账户{B}"
                    + "（开户行：中国农业银行邓州支行）。申请人签名：{F}（代）\n",
            "大病保险二次报销审批：{P}（医保号{I}），发票号{CODE}，开户名{F}，卡号{B}，审核人{N}，复核人{N}。\n",
            "门诊慢特病待遇认定：{P}，身份证号码{ID}，病种：桥本甲状腺炎合并甲减，认定医师{DR}、{N}。\n",
            // Complaints and dispute mediation.
            "投诉信\n尊敬的院领导：我是患者{P}的{KIN}{F}，{D}我父亲在贵院{DEPT}住院期间，值班的{DS}医生（{DR}）态度恶劣，"
                    + "护士{N}也不理不睬。请给个说法。联系电话{M}。\n",
            "医疗纠纷人民调解记录：申请人{F}，身份证{ID}，住址{A}；被申请人{HOSP}，委托代理人{N}；调解员{N}、{N}。"
                    + "争议事项：患者{P}术后感染。\n",
            "12345热线转办单：来电人{F}，电话{M}，反映其母{P}在卫生院输液时出现不良反应，医生{DR}未及时处理。\n",
            // Blood and organ donation.
            "无偿献血登记表 献血者姓名：{P} 性别：{SEX} 出生日期：{DOB} 证件号码：{ID} 手机：{M} 献血证号：{R} "
                    + "血型：O型 献血量：400ml 采血护士：{N}\n",
            "人体器官捐献登记：捐献者{P}，出生于{DOB}，家住{A}；直系亲属{F}（{KIN}）、{N}同意捐献；"
                    + "协调员{N}，见证人{DR}。\n",
            // School health and occupational health.
            "学生体检名单（陶行知中学初二（3）班）\n学号\t姓名\t性别\t出生日期\t家长电话\n2301\t{N}\t男\t{NB}\t{M}\n"
                    + "2302\t{P}\t女\t{NB}\t{M}\n2303\t{N}\t男\t{NB}\t{M}\n",
            "学校晨检异常报告：{D}，初一（2）班学生{P}发热{TEMP}，已通知家长{F}（{M}）接回，疑似川崎病待排。校医{N}\n",
            "职业健康检查表 姓名：{P} 身份证号：{ID} 用人单位：石嘴山市宏达化工有限公司 接害因素：苯、噪声 "
                    + "工龄：{DUR} 检查医师：{DR} 主检医师：{N} 结论：复查\n",
            "职业病诊断证明：劳动者{P}，出生日期{DOB}，住址{A0}，诊断：职业性慢性苯中毒。诊断医师{DR}、{N}、{N}。\n",
            // OCR'd scans of paper forms.
            "姓  名：{PW}      性  别：☑男 □女\n出生日期：\n{DOB}\n身份证号：{IDF}\n联系电话：{MF}\n住    址：{A}\n",
            "【扫描件】 门 诊 病 历 \n姓名 {PW} 年龄 ６８ 岁\n就诊卡号：\n{R}\n医生：{DR}\n主 诉：胸闷气短３天\n",
            "入 院 登 记 表\n患者姓名：{P}\n身份证\n号码：{IDF}\n联 系 人：{F}  电话：{MF}\n医保类型：□职工 ☑城乡居民  医保号：{I}\n",
            "健康档案封面（扫描）\n档案编号：{R}\n姓 名：{PW}\n现 住 址：\n{A0}\n建档人：{N}  责任医生：{DR}\n",
            // Speech-recognition transcripts of dictation.
            "语音录入 患者{P}男六十八岁主诉胸闷气短三天既往高血压病史十年长期口服马应龙麝香痔疮膏外用 "
                    + "身份证号{IDV}联系电话{MV}家属{F}陪同 记录医生{DR}\n",
            "语音转写 {DR}口述 今天查房{AGE}床{P}体温正常咳嗽较前好转继续目前治疗{DS}主任说明天复查胸片 联系家属{F}电话{MV}\n",
            "语音记录 患者{P}出生于{DOBC}现住{A0}电话{MV}主诉反复腹痛{DUR}查体墨菲征可疑阳性 医生{DR}\n",
            "语音病历 患者{P} 老{PS}的血压今天一百五十比九十他女儿{F}说晚上老起夜 下周带他去邵逸夫医院看看 录入人{N}\n",
            // CSV and spreadsheet exports.
            "姓名,性别,出生日期,身份证号,联系电话,现住址,签约医生\n{P},{SEX},{DOB},{ID},{M},{A0},{DR}\n"
                    + "{N},{SEX},{DOB},{ID},{M},{A0},{DR}\n",
            "序号\t就诊卡号\t姓名\t医保号\t诊断\n1\t{R}\t{P}\t{I}\t{DIS}\n2\t{R}\t{N}\t{I}\t{DIS2}\n3\t{R}\t{MN}\t{I}\t霍奇金淋巴瘤\n",
            "\"患者\",\"家属\",\"家属电话\",\"开户行\",\"银行卡号\"\n\"{P}\",\"{F}\",\"{M}\",\"中国工商银行\",\"{B}\"\n",
            "导出时间 {D} {TIME}\n档案号|姓名|出生日期|户籍地址\n{R}|{P}|{DOB}|{A}\n{R}|{N}|{DOB}|{A}\n",
            // Notes and messages of the consortium, with decoys.
            "中药处方：{P}，{AGE}岁。高良姜9g 秦艽10g 威灵仙12g 白头翁15g 胡黄连6g，七剂。医师{DR}，调配{N}，核对{N}。\n",
            "会诊记录：{P}，双侧面瘫。{HOSP}神经内科{DR}主任会诊意见：考虑贝尔面瘫可能，马凡综合征待排。{DS}主任嘱复查头颅MRI。\n",
            "药房留言（患者{P}，代取人{F}）：{PS}大爷，您要的片仔癀和潘高寿川贝枇杷露到货了，让{FS}老师帮您来取吧，电话{M}。药师{N}\n",
            "[微信群] {N}：@{DR} 孙吴县转来的{P}已经到了吗？\n[微信群] {DR}：到了，在抢救室，家属{F}在门口，电话{M}\n",
            "白求恩国际和平医院进修回来的{DR}医生今天坐诊，患者{P}（就诊卡{R}）已挂号。\n",
            "随访短信：【卫健委】{P}您好，您的老年人体检报告已出，请于{D}到卫生院领取。咨询电话{L}，联系人{N}。\n",
            "[微信] 致{F}：{FS}姐，你爸{P}的医保卡{I}落在护士站了，明早上班我交给{N}，你来拿就行。\n",
            "病人穿李宁运动服、自带王老吉，走失时说自己叫{P}，住{A}，认识的人有{N}，请见到者联系{L}或{M}。\n",
            // English (travel clinic, insurers, letters abroad).
            "Travel Clinic - Pre-travel consultation\nName: {E}  DOB: {DOBE}  Passport holder, tel {M}\n"
                    + "Destination: Kenya. Yellow fever vaccine given. Clinician: Dr. {ES}\n",
            "Dear Sir or Madam,\nRe: claim for {E} (policy holder {E2}), member no. {I}, born {DOBE}.\n"
                    + "We confirm treatment at our hospital under Dr. {DR}.\nRegards,\n{E3}\n",
            "Discharge letter\nPatient: {P}\nNext of kin: {E}\nDOB: {DOBE}\nHospital no.: {R}\nDiagnosis: Kawasaki disease, resolved. "
                    + "Follow-up with Dr. {ES} in Glasgow.\nSigned: {DR}\n",
            "Hi Dr. {ES},\nMy father {E} was seen by you last week for Bell's palsy. Could {EG} pick up the report? "
                    + "Call me at {M}.\nBest, {E2}\n",
            "Insurer query: please confirm the home address ({A}) and phone ({L}) of the insured {E}, DOB {DOBE}.\n",
            "Referral note: {E}, {AGE} y, suspected Hodgkin lymphoma, referred to Dr. {ES}; interpreter {N} ({M}).\n");

    // Ordinary names of several generations with given names outside the generator's characters; rural names;
    // Cantonese and Hakka names; rare single surnames; compound surnames; married double surnames; Korean-Chinese
    // names; and a few word-like names (WORD_LIKE).
    private static final List<String> CHINESE = List.of((
            "王润芝 王守谦 王铁栓 王梓潼 "
            + "李素娥 李炳坤 李芷兰 "
            + "张兰亭 张巧姑 张卫东 "
            + "刘桂芬 刘耀邦 刘沐宸 "
            + "陈素珍 陈耀祖 陈亚福 "
            + "杨凤仪 杨宝山 杨诗琪 "
            + "赵玉珩 赵德厚 赵予安 "
            + "黄月婵 黄耀南 黄亚妹 "
            + "周汉卿 周可馨 吴爱莲 吴守仁 "
            + "徐炳章 徐梦瑶 孙福田 孙芊芊 "
            + "马桂香 马占魁 朱立本 朱紫涵 "
            + "胡素兰 胡廷栋 郭玉蝉 郭庆丰 何焕章 何少棠 "
            + "高翠屏 高玉堂 林阿妹 林炳荣 罗素芳 罗昌盛 郑爱珠 郑锡坤 "
            + "梁少芬 谢惠珍 唐卫红 许志坚 韩冬青 冯卫平 邓素华 曹爱军 彭海鹰 曾少雄 "
            + "肖卫华 袁志坚 蔡少玲 余爱萍 杜建民 叶少芳 魏丽芸 吕卫兵 "
            + "丁子墨 任思远 沈佳琪 姚梦琪 卢俊豪 姜雅婷 钟嘉豪 谭诗涵 陆子豪 汪可馨 范一鸣 "
            + "廖梦洁 贾博闻 夏沐阳 付沐辰 方若曦 邹梓萌 熊梓豪 邱梓晴 尹诗涵 薛梓淇 闫一凡 "
            + "段锦程 雷予安 侯晨曦 龙芊芊 "
            + "史二狗 陶铁蛋 黎满仓 贺来福 顾三妹 毛根生 郝二丫 "
            + "亓秀梅 靳连城 禹桂兰 晏小川 幸德华 敖翠芬 麻玉秀 阚丽君 栾树青 宦国强 郜爱民 瞿嘉禾 鄢红英 "
            + "邬志明 仝晓岚 芮雪华 昝永红 衣凤英 滕素云 滑国栋 "
            + "司徒美珊 慕容秋月 呼延庆华 左丘玉琴 宇文韬 澹台明月 钟离春娥 闻人素贞 南宫凤仪 第五建平 "
            + "申屠炳良 万俟淑芬 "
            + "张王桂兰 陈李素芳 林黄秀珠 周吴丽华 "
            + "全美善 玄春花 池英哲 "
            + "白露 华夏 何方 原野 向前 凌云 成功 董建设 潘国庆 程卫星 东方既白").split(" "));
    /**
     * The pool names that are, or whose given name is, an ordinary word: 白露 White Dew (a solar term), 华夏 China,
     * 何方 where, 原野 open country, 向前 forward, 凌云 soaring to the clouds, 成功 success, 建设 construction, 国庆
     * National Day, 卫星 satellite, 东方既白 the east is already light (under a tenth of the pool).
     */
    static final List<String> WORD_LIKE = List.of("白露", "华夏", "何方", "原野", "向前", "凌云", "成功", "董建设", "潘国庆",
            "程卫星", "东方既白");
    private static final List<String> COMPOUND_SURNAMES = List.of("司徒", "慕容", "呼延", "左丘", "宇文", "澹台", "钟离",
            "闻人", "南宫", "第五", "申屠", "万俟", "东方");
    /** Names made of two single surnames (冠夫姓): the first is the surname used in address, the given name follows. */
    private static final List<String> DOUBLE_SURNAMES = List.of("张王桂兰", "陈李素芳", "林黄秀珠", "周吴丽华");
    // Uyghur (with ·, •, . or none), Kazakh, Tibetan, Mongolian, Yi (with and without ·), Dai and Manchu names.
    private static final List<String> MINORITY = List.of((
            "买买提江·艾力 阿卜杜萨拉木·吐尔逊 迪丽努尔·阿不都拉 祖丽皮耶·买合木提 艾尔肯·肉孜 古丽米热·阿西木 "
            + "依明江•卡德尔 图尔荪江.依不拉音 热比古丽买买提 叶尔兰·加肯 阿依古丽·努尔太 "
            + "洛桑丹增 格桑拉姆 索朗央宗 达瓦次仁 央金卓嘎 "
            + "巴特尔 托娅 额尔德木图 乌兰图雅 敖特根 "
            + "阿牛阿衣 吉伍阿依 曲比拉哈 俄底·木呷 海来拉铁 "
            + "岩罕丙 玉坎 爱新觉罗·恒瑞").split(" "));
    // given|family: English, Cornish, Scottish, Welsh, Irish, Norwegian, Swedish, Finnish, German, Dutch, French,
    // Italian, Polish, Russian, Portuguese, Mexican, Brazilian, Bangladeshi, Japanese, Turkish names; pinyin.
    private static final List<String> ENGLISH = List.of("Cornelius|Whitcombe", "Ottoline|Ravenhill",
            "Ambrose|Ainsworth", "Isadora|Ketteridge", "Torin|Balfour", "Horatio|Lockhart", "Evander|Trevithick",
            "Briallen|Penhaligon", "Oisin|Dunleavy", "Lysander|Brannigan", "Bjarne|Haugland", "Fenna|Sandvik",
            "Lotte|Bergstrom", "Eero|Laine", "Aino|Korhonen", "Dieter|Oberhauser", "Hendrik|Kleinschmidt",
            "Wouter|Visser", "Margot|Kessler", "Ilaria|Marchetti", "Giacomo|Guerrieri", "Przemyslaw|Kaczmarek",
            "Wojciech|Nowicki", "Oksana|Sokolova", "Joaquim|Carvalho", "Duarte|Valadares", "Guadalupe|Castillo",
            "Leandro|Figueira", "Tahmina|Sultana", "Rafiq|Haque", "Haruka|Kobayashi", "Kerem|Ozturk",
            "Qiuping|Ruan", "Xiaochuan|Yan", "Runzhi|Luan");
    private static final List<String> AREA = List.of("411381", "640202", "430802", "231124", "410881", "610581",
            "231002", "220881", "452402", "532301", "513401", "150402", "341502", "360828", "371402", "522601");
    private static final List<String> REGIONS = List.of("河南省|驻马店市|驿城区", "宁夏回族自治区|石嘴山市|大武口区",
            "湖南省|张家界市|永定区", "黑龙江省|牡丹江市|东安区", "陕西省|渭南市|临渭区", "吉林省|白城市|洮北区",
            "安徽省|六安市|金安区", "山东省|德州市|德城区", "贵州省|黔东南苗族侗族自治州|凯里市", "四川省|凉山彝族自治州|西昌市",
            "内蒙古自治区|赤峰市|红山区", "云南省|楚雄彝族自治州|楚雄市", "重庆市||万州区");
    private static final List<String> STREETS = List.of("解放东路", "人和街", "迎宾大道", "健康路", "团结西路", "光荣街",
            "工农路", "振兴大街", "石油路", "育才巷", "纺织路", "向荣街");
    private static final List<String> COMPLEXES = List.of("锦绣家园", "电厂生活区", "丽景名苑", "铁路新村", "恒大绿洲",
            "粮食局宿舍", "桂园小区", "水岸星城");
    private static final List<String> RURAL = List.of("吉林省榆树市五棵树镇", "黑龙江省桦南县梨树乡", "河南省新蔡县练村镇",
            "贵州省雷山县西江镇", "四川省昭觉县竹核乡", "陕西省蒲城县罕井镇", "安徽省霍邱县冯井镇");
    private static final List<String> VILLAGES = List.of("红星村", "双庙村", "柳河村", "团山村", "东岗村", "前营村");
    private static final List<String> TUN = List.of("腰屯", "前屯", "后窝棚屯", "三家子屯", "小河沿屯");
    private static final List<String> LANDLINE_AREAS = List.of("0396", "0952", "0744", "0453", "0913", "0436", "0564",
            "0534", "0855", "0834", "0476", "0878", "023");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622202", "625965", "622588", "621226",
            "623062");
    private static final String FULL_WIDTH = "０１２３４５６７８９";
    private static final String HAN_DIGITS = "零一二三四五六七八九";
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Blind11Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_11 || !templates.isEmpty() && BLIND_11.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character (张王桂兰 gives 张). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 韬 of 宇文韬, 桂兰 of 张王桂兰. */
    static String givenNameOf(String chineseName) {
        if (DOUBLE_SURNAMES.contains(chineseName)) return chineseName.substring(2);
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a single-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /** The name as an OCR scan of a paper form may give it: as is, or its characters spaced by one or two blanks. */
    static String scannedName(String chineseName, RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> String.join(" ", chineseName.split(""));
            case 1 -> String.join("  ", chineseName.split(""));
            default -> chineseName;
        };
    }

    /** A minority name. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** "Given Family". */
    static String englishName(RandomGenerator r) {
        return pick(ENGLISH, r).replace('|', ' ');
    }

    static String englishSurname(RandomGenerator r) {
        return family(pick(ENGLISH, r));
    }

    static String englishGiven(RandomGenerator r) {
        return given(pick(ENGLISH, r));
    }

    private static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1928, 97, r);
    }

    /** A resident identity number with a valid check digit: plain, lower-case x, 6 8 4, or in fours. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.replaceAll("(\\d{4})(?=.)", "$1 ");
            case 2, 3 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** An identity number as an OCR scan gives it: full-width digits, sometimes with a blank inside. */
    static String fullWidthIdNumber(RandomGenerator r) {
        String id = toFullWidth(plainId(r));
        return r.nextInt(4) == 0 ? id.substring(0, 6) + " " + id.substring(6) : id;
    }

    /** An identity number as dictated: Chinese digits, 幺 for one sometimes, 叉 or X for the check character. */
    static String spokenIdNumber(RandomGenerator r) {
        return spoken(plainId(r), r.nextBoolean()).replace("X", r.nextBoolean() ? "叉" : "X");
    }

    private static String plainMobile(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
    }

    /** A mobile number as written in forms and messages: plain, 3 4 4, dashes, +86 with or without a blank. */
    static String mobile(RandomGenerator r) {
        String n = plainMobile(r);
        return switch (r.nextInt(9)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86 " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 4 -> "86-" + n;
            default -> n;
        };
    }

    /** A mobile number in full-width digits, as OCR gives it. */
    static String fullWidthMobile(RandomGenerator r) {
        return toFullWidth(plainMobile(r));
    }

    /** A mobile number as dictated: Chinese digits, 幺 for one sometimes, in groups or not. */
    static String spokenMobile(RandomGenerator r) {
        String n = spoken(plainMobile(r), r.nextBoolean());
        return r.nextBoolean() ? n : n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
    }

    /** A landline of an own area code: 0xxx-, (0xxx), a blank, or a local number without the code. */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(area.length() == 3 ? 7 : 6 + r.nextInt(2), r);
        return switch (r.nextInt(5)) {
            case 0 -> area + "-" + local;
            case 1 -> "(" + area + ")" + local;
            case 2 -> area + " " + local;
            case 3 -> local;
            default -> "（" + area + "）" + local;
        };
    }

    /** Outpatient, admission, health-archive, card, handbook and donor numbers. */
    static String recordNumber(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0 -> "MZ" + (2018 + r.nextInt(8)) + digits(6, r);
            case 1 -> "ZY" + digits(8, r);
            case 2 -> "JK" + pick(AREA, r) + digits(6, r);
            case 3 -> pick(AREA, r) + digits(3, r) + "0" + digits(7, r);
            case 4 -> "MZSC" + digits(8, r);
            case 5 -> "A" + digits(9, r);
            default -> digits(8, r);
        };
    }

    /** Insurance and social-security card numbers of several provinces' styles. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> (char) ('A' + r.nextInt(8)) + digits(8, r);
            case 1 -> pick(AREA, r).substring(0, 2) + digits(12, r);
            case 2 -> "YB" + pick(AREA, r).substring(0, 4) + digits(8, r);
            default -> "9" + digits(10, r);
        };
    }

    /** A bank card of an own issuer prefix, 16 or 19 digits with a valid Luhn digit, plain, in fours or with dashes. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /** An address: flat with 号楼/单元/室, street number, unit compound, village 组, or a northeastern 屯. */
    static String address(boolean withProvince, RandomGenerator r) {
        String[] region = pick(REGIONS, r).split("\\|");
        String head = (withProvince || region[1].isEmpty() ? region[0] : "") + region[1] + region[2];
        return switch (r.nextInt(5)) {
            case 0 -> head + pick(STREETS, r) + (1 + r.nextInt(400)) + "号" + pick(COMPLEXES, r) + (1 + r.nextInt(30))
                    + "号楼" + (1 + r.nextInt(6)) + "单元" + (1 + r.nextInt(26)) + "0" + (1 + r.nextInt(4)) + "室";
            case 1 -> head + pick(STREETS, r) + (1 + r.nextInt(900)) + "号";
            case 2 -> head + pick(COMPLEXES, r) + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(3)) + "单元"
                    + (1 + r.nextInt(7)) + "楼" + (1 + r.nextInt(4)) + "号";
            case 3 -> {
                String rural = pick(RURAL, r);
                yield (withProvince ? rural : rural.substring(rural.indexOf('省') + 1)) + pick(VILLAGES, r)
                        + (1 + r.nextInt(15)) + "组" + (r.nextBoolean() ? (1 + r.nextInt(80)) + "号" : "");
            }
            default -> {
                String rural = pick(RURAL.subList(0, 2), r);
                yield (withProvince ? rural : rural.substring(rural.indexOf('省') + 1)) + pick(VILLAGES, r)
                        + pick(TUN, r) + (1 + r.nextInt(60)) + "号";
            }
        };
    }

    /** A date of birth: 1956.3.7, 56年3月, 1956年3月7日, 03/07/1956, 1956-03-07, 19560307, 1956年03月. */
    static String birthDate(RandomGenerator r) {
        int y = 1928 + r.nextInt(97), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> y + "." + m + "." + d;
            case 1 -> String.format("%02d年%d月", y % 100, m);
            case 2 -> y + "年" + m + "月" + d + "日";
            case 3 -> String.format("%02d/%02d/%d", m, d, y);
            case 4 -> String.format("%d-%02d-%02d", y, m, d);
            case 5 -> String.format("%d%02d%02d", y, m, d);
            case 6 -> String.format("%d年%02d月", y, m);
            default -> y + "/" + m + "/" + d;
        };
    }

    /** A date of birth in Chinese characters: 一九五六年三月七日, 一九五六年三月七号, 五六年三月. */
    static String chineseBirthDate(RandomGenerator r) {
        int y = 1928 + r.nextInt(97), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String year = spoken(String.valueOf(y), false);
        return switch (r.nextInt(3)) {
            case 0 -> year + "年" + number(m) + "月" + number(d) + "日";
            case 1 -> year + "年" + number(m) + "月" + number(d) + "号";
            default -> year.substring(2) + "年" + number(m) + "月";
        };
    }

    /** An English date of birth: 7 March 1956, March 7, 1956, 07/03/1956, 1956-03-07. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(94), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> d + " " + MONTHS.get(m - 1) + " " + y;
            case 1 -> MONTHS.get(m - 1).substring(0, 3) + " " + d + ", " + y;
            case 2 -> String.format("%02d/%02d/%d", d, m, y);
            default -> String.format("%d-%02d-%02d", y, m, d);
        };
    }

    /** A newborn's or a pupil's date of birth, 2008 to 2025: 2024年5月3日, 2024-05-03, 2024.5.3, 20240503. */
    static String recentBirthDate(RandomGenerator r) {
        int y = 2008 + r.nextInt(18), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** Digits to full-width digits. */
    static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= '0' && c <= '9' ? FULL_WIDTH.charAt(c - '0') : c);
        return b.toString();
    }

    /** Full-width, Chinese (零一…九, 幺) and spoken-X characters back to ASCII digits and X, for the checks. */
    static String toAsciiDigits(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int fw = FULL_WIDTH.indexOf(c), han = HAN_DIGITS.indexOf(c);
            if (fw >= 0) b.append((char) ('0' + fw));
            else if (han >= 0) b.append((char) ('0' + han));
            else if (c == '幺') b.append('1');
            else if (c == '叉' || c == 'x') b.append('X');
            else if (c != ' ') b.append(c);
        }
        return b.toString();
    }

    private static String spoken(String digits, boolean yao) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (c == '1' && yao) b.append('幺');
            else if (c >= '0' && c <= '9') b.append(HAN_DIGITS.charAt(c - '0'));
            else b.append(c);
        }
        return b.toString();
    }

    private static String number(int n) {
        if (n < 10) return String.valueOf(HAN_DIGITS.charAt(n));
        return (n >= 20 ? String.valueOf(HAN_DIGITS.charAt(n / 10)) : "") + "十"
                + (n % 10 == 0 ? "" : String.valueOf(HAN_DIGITS.charAt(n % 10)));
    }

    /** Every name form these pools and slots can produce (an OCR-spaced name without its blanks). */
    static boolean isPoolName(String v) {
        String w = v.indexOf(' ') >= 0 && v.codePoints().anyMatch(c -> c > 0x2E80) ? v.replace(" ", "") : v;
        return CHINESE.contains(w) || MINORITY.contains(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w));
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String v) {
        String w = v.codePoints().anyMatch(c -> c > 0x2E80) ? v.replace(" ", "") : v;
        if (CHINESE.contains(w) || MINORITY.contains(w)) {
            return w;
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    static List<String> minorityNames() {
        return MINORITY;
    }

    static List<String> compoundSurnames() {
        return COMPOUND_SURNAMES;
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind11Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind11Templates::given);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PW" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDF" -> out.write(fullWidthIdNumber(random), EntityKind.ID_NUMBER);
            case "IDV" -> out.write(spokenIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MF" -> out.write(fullWidthMobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(chineseBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(recentBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

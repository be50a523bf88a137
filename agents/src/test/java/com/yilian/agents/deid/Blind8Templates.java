package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;

/**
 * Eighth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists, the older groups' sentences or the development templates, in the template language of
 * {@link ClinicalTextGenerator}. To be measured once, with the rules and the model frozen, on seed {@link #SEED}
 * (select it in {@link DeidDevelopmentProbe} as {@code BLIND_8}); a rule changed, or a model retrained, because of its
 * errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: traditional Chinese medicine (中医) notes, acupuncture and 膏方 prescriptions, rehabilitation
 * assessments, haemodialysis schedules, hospice (安宁疗护) records, antenatal cards, neonatal and birth records,
 * pharmacy consultations, pathology reports, referral letters inside a 医联体, chronic-disease telephone follow-up
 * logs, family-doctor contract (家庭医生签约) lists, epidemiological investigations (流调), 120 dispatch sheets,
 * medical-dispute letters, research consent and subject logs, death certificates, sick notes, reimbursement forms,
 * organ-donation consent, tuberculosis DOT cards, HIV follow-up, WeChat and SMS messages, handwritten scans with odd
 * spacing (a name spelled with blanks between its characters, {@code PW}: the whole spaced name is labelled), tables
 * with columns, names glued to digits and Latin text, and English discharge, pathology, consent and transfer notes.
 *
 * <p>Labelling: every person's name is PHI, also a doctor's, nurse's or interpreter's; a surname used as a form of
 * address (老X, 小X, X阿姨, X老师, X大姐, X师傅) labels the surname only; a given name used alone as a form of address
 * ({@code PG}, e.g. a mother writing to her child) labels that given name. Dates of birth (also of a newborn,
 * {@code NB}, with its time), resident identity numbers, phones, addresses, record, pathology, dialysis and trial-record
 * numbers ({@code R}), insurance and bank numbers are labelled; visit dates, ages, bed numbers, lot numbers, trial
 * protocol numbers and subject codes are not. Decoys that look like names but are not PHI: eponyms (桥本甲状腺炎,
 * 克罗恩病, 阿尔茨海默病, 霍奇金淋巴瘤, 格林-巴利综合征, 墨菲征, 巴宾斯基征, Apgar, Barthel, Fugl-Meyer, Bishop),
 * historical physicians and classic formulas (张仲景, 李时珍, 孙思邈, 华佗, 扁鹊, 逍遥散, 柴胡疏肝散, 六味地黄丸),
 * TCM herbs (黄芪, 当归, 白芍, 茯苓, 甘草), brands and pharmacies (同仁堂, 九芝堂, 王老吉, 江中, 老百姓大药房), hospitals
 * named after people (邵逸夫医院, 宋庆龄妇幼保健院, 白求恩), and place names (张家界, 石家庄, 马鞍山, 黄山, 武夷山).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind7Templates} nor among the names {@link SyntheticValues} can generate; many are ordinary words or place
 * names (高岭, 石头, 白桦, 杨柳, 胡杨, 江湖, 常胜, 安澜, 武汉, 温柔, 程功, 付出, 范本, 焦点, 符号, 严冬, 甘露, 杜蘅,
 * 孔雀, 汤圆, 缪斯, 褚橙 ...). The generator draws patient, family member and doctor from {@link #chineseName}, the
 * minority person from {@link #minorityName}, {@code DS} from {@link #surnameOf} the doctor. Own slots: {@code N}, a
 * further Chinese name drawn afresh at each use; {@code PS} and {@code FS}, the surnames of patient and family member;
 * {@code PG}, the patient's given name alone; {@code PW}, the patient's name spaced out as a scan shows it;
 * {@code EG}, an English given name alone; {@code NB}, a newborn's date and time of birth. The group also writes
 * resident identity numbers (own area codes, grouped or with a lower-case x), mobiles, record numbers, addresses and
 * dates of birth in forms of its own ({@link #idNumber}, {@link #mobile}, {@link #recordNumber}, {@link #address},
 * {@link #birthDate}). Any non-empty subset of {@link #BLIND_8} uses these pools (see {@link #uses}).
 */
final class Blind8Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261209L;

    static final List<String> BLIND_8 = List.of(
            // 中医 (TCM)
            "中医门诊病历 {D}\n姓名：{P}　性别：{SEX}　年龄：{AGE}岁　门诊号：{R}\n主诉：胁肋胀痛{DUR}。\n"
                    + "舌脉：舌淡红，苔薄白，脉弦细。\n辨证：肝郁脾虚证。\n治法：疏肝健脾。\n方药：柴胡疏肝散加减，"
                    + "白芍15g 当归10g 茯苓15g 甘草6g，7剂，水煎服，日一剂。\n医师：{DR}\n",
            "{DS}老中医说{P}是典型的“上热下寒”，开了逍遥散合六味地黄丸，让去同仁堂抓药，一周后复诊。",
            "膏方处方笺\n患者：{P}　{SEX}　{AGE}岁　联系电话：{M}\n黄芪300g 党参200g 熟地250g 阿胶250g（烊化）……\n"
                    + "收膏：冰糖250g　制膏：九芝堂代加工　开方：{DR}　审方：{N}　{D}\n",
            "针灸治疗记录：{P}，面瘫第{AGE}天，取穴地仓、颊车、合谷，电针20分钟。治疗师：{N}；指导医师：{DR}主任。"
                    + "家属{F}代为预约下次，手机{M}。",
            "跟师笔记：今日随{DR}老师门诊，见一患者{P}，失眠多梦，老师引孙思邈《千金方》之意，予酸枣仁汤。"
                    + "学生：{N}",
            // 康复 (rehabilitation)
            "康复评定表 {D}\n姓名：{P}　住院号：{R}　诊断：脑梗死后遗症\nBarthel指数：45分　Fugl-Meyer上肢：28分\n"
                    + "康复目标：辅助下室内步行。\nPT：{N}　OT：{N}　康复医师：{DR}\n",
            "{P}今天在康复大厅第一次自己走了10米，{FS}阿姨（{KIN}）高兴得哭了。治疗师{N}拍视频发到了家属群。",
            "居家康复指导：{P}出院后每日做桥式运动3组，{KIN}{F}协助。上门康复师{N}，电话{M}，住址{A}。",
            // 血液透析 (dialysis)
            "血液透析排班表（{D}当周）\n机号 | 患者 | 透析号 | 班次 | 责任护士\n03 | {P} | {R} | 一三五上午 | {N}\n"
                    + "07 | {N} | {R} | 二四六下午 | {N}\n12 | {MN} | {R} | 一三五晚 | {DR}\n",
            "透析记录：{P}，干体重58.5kg，透前体重61.2kg，超滤3.0L，血压{BP}，内瘘杂音清。{DS}护士长提醒其控制饮水。",
            "【透析中心通知】{P}您好，{D}起您的透析班次调整为周二四六上午，请提前30分钟到达。如有疑问联系{N}老师{L}。",
            // 安宁疗护 (hospice)
            "安宁疗护记录：{P}，{AGE}岁，肺癌晚期，疼痛评分6分，予吗啡缓释片。患者希望见到在外地的{KIN}{F}，"
                    + "社工{N}已帮助联系，{F}预计{D}到达。主管医生{DR}。",
            "生前预嘱：本人{P}，身份证号{ID}，在意识清醒时声明：病情不可逆时不接受气管插管及心肺复苏。"
                    + "见证人：{N}、{N}　{D}",
            "哀伤随访：{P}去世后第三周，电话联系其{KIN}{F}（{M}），{FS}女士情绪低落，已转介心理科{DR}。",
            // 产科 (antenatal)
            "孕产妇保健手册\n孕妇姓名：{P}　出生日期：{DOB}　身份证号：{ID}\n丈夫姓名：{F}　联系电话：{M}\n"
                    + "现住址：{A}\n末次月经：{D}　孕次/产次：G2P1\n建册医院：宋庆龄妇幼保健院　建册医生：{DR}\n",
            "产检：{P}，孕32+3周，宫高30cm，胎心142次/分，Bishop评分4分。下次产检{D}。助产士{N}。",
            "待产室：{PS}姐，宫口开了3指，老公{F}在门外等着。",
            // 新生儿 (neonatal)
            "新生儿记录\n母亲：{P}　住院号：{R}\n出生时间：{NB}　性别：{SEX}　体重3250g\nApgar评分：1分钟9分，5分钟10分\n"
                    + "接生者：{DR}　巡回护士：{N}\n",
            "出生医学证明信息核对：新生儿{N}，出生于{NB}，母亲{P}（身份证{ID}），父亲{F}（身份证{ID}），"
                    + "出生地点：{HOSP}。",
            "NICU家长探视须知已告知{N}的父亲{F}，宝宝的住院号{R}，请记住床号17。",
            // 药学 (pharmacy)
            "药学门诊记录：{P}，{AGE}岁，同时服用华法林、{DRUG}及自购“护肝片”，INR 3.8。临床药师{N}建议停用护肝片，"
                    + "已与{DR}医生沟通。",
            "用药咨询热线 {D} {TIME}\n来电人：{F}（患者{P}的{KIN}）　电话：{M}\n问题：王老吉能不能和头孢一起喝？\n"
                    + "解答：含糖饮料可以，但服头孢期间禁酒。药师：{N}\n",
            "老百姓大药房慢病登记：{P}，医保卡{I}，身份证{ID}，{DIS}，每月购{DRUG}。登记人：{N}",
            // 病理 (pathology)
            "病理诊断报告书\n病理号：{R}　姓名：{P}　性别：{SEX}　年龄：{AGE}\n送检医院：{HOSP}　送检医生：{DR}\n"
                    + "大体：胃窦黏膜组织3块，直径0.2-0.4cm。\n病理诊断：（胃窦）慢性萎缩性胃炎伴肠化。\n"
                    + "诊断医师：{N}　审核医师：{N}\n",
            "冰冻切片口头报告：{DS}主任电话通知手术间，{P}左乳肿物冰冻为浸润性癌，霍奇金淋巴瘤可除外。",
            "病理会诊申请：患者{P}（身份证{ID}）的切片{CODE}借出至{HOSP}病理科，借片人{F}，联系电话{M}，押金已交。",
            // 医联体转诊 (referral within a medical alliance)
            "医联体双向转诊（上转）单\n转出机构：镇卫生院　转出医生：{DR}　电话：{L}\n患者：{P}　{SEX}　{AGE}岁"
                    + "　身份证：{ID}\n初步诊断：{DIS}\n转入机构：{HOSP}{DEPT}　接诊医生：{N}\n",
            "尊敬的{N}主任：\n兹有我院患者{P}，因{DIS}控制不佳，拟转贵院进一步诊治，病历资料随附。\n"
                    + "此致\n敬礼\n{HOSP}　{DR}　{D}\n",
            "下转回执：{P}已于{D}回到社区，由家庭医生{DR}接续管理，下次随访由护士{N}电话联系（{M}）。",
            // 慢病随访电话 (chronic-disease phone follow-up)
            "慢病随访电话记录\n日期 | 随访对象 | 电话 | 血压 | 血糖 | 随访人\n{D} | {P} | {M} | {BP} | 6.8 | {N}\n"
                    + "{D} | {N} | {L} | {BP} | 未测 | {N}\n",
            "电话随访：拨打{M}，接电话的是{P}的{KIN}，说老{PS}去张家界旅游了，下周回来再测血压。随访医生{DR}。",
            "糖尿病随访：{P}空腹血糖8.1，自述在吃江中健胃消食片，已告知不影响血糖。{DS}医生嘱{D}复查HbA1c。",
            // 家庭医生签约 (family-doctor contracts)
            "家庭医生签约服务协议\n甲方（签约居民）：{P}　身份证号：{ID}　联系电话：{M}\n居住地址：{A}\n"
                    + "乙方（签约团队）：团队长{DR}，成员{N}、{N}\n服务包：高血压基础包\n签约日期：{D}\n",
            "签约居民名单\n序号 姓名 性别 出生日期 人群分类\n1 {P} {SEX} {DOB} 65岁以上老人\n2 {N} {SEX} {DOB} 糖尿病\n"
                    + "3 {MN} {SEX} {DOB} 孕产妇\n",
            "{DR}医生上门给{PS}大爷量了血压，顺便把签约续约表带走了，{PS}大爷的儿子{F}在表上签了字。",
            // 流调 (epidemiological investigation)
            "流行病学调查报告\n病例：{P}　性别：{SEX}　年龄：{AGE}岁　职业：快递员\n身份证号：{ID}　手机：{M}\n"
                    + "现住址：{A}\n发病前14天活动轨迹：{D}至马鞍山出差，与同事{N}、{N}同车。\n调查人：{DR}、{N}\n",
            "密接人员：{F}（{KIN}，同住），{N}（同事），{N}（邻居，住{A0}），均已落实居家隔离。",
            // 120 急救 (ambulance dispatch)
            "120调度单 {TIME}\n呼救电话：{M}　呼救人：{F}\n地址：{A0}（小区东门）\n主诉：老人突发{SYM}，"
                    + "意识模糊\n派车：急救3组　随车医生：{DR}　驾驶员：{N}\n",
            "院前急救病历：{P}，约{AGE}岁，巴宾斯基征阳性，GCS 10分，途中予吸氧，交接给{HOSP}急诊{N}。随车护士{N}。",
            // 医疗纠纷 (dispute)
            "关于患者{P}医疗投诉的答复函\n{F}女士：\n您于{D}反映的{P}住院期间护理不到位问题，经调查，当班护士{N}"
                    + "未按时翻身属实，已予以处理。如有异议请联系医务科{N}，电话{L}。\n",
            "投诉人{F}（电话{M}）称，其{KIN}{P}在{HOSP}被{DR}医生误诊为格林-巴利综合征，要求复印全部病历。",
            // 科研知情同意 (research consent)
            "临床研究知情同意书签字页\n受试者姓名：{P}　受试者编号：S-017\n受试者签字：{P}　日期：{D}\n"
                    + "法定代理人：{F}　与受试者关系：{KIN}\n研究者签字：{DR}　联系电话：{M}\n",
            "受试者筛选日志：方案号HX-2025-03，{P}（病历号{R}）因桥本甲状腺炎排除；{N}入组，随机号017。"
                    + "CRC：{N}",
            // 死亡证明、病假、报销、器官捐献 (death certificate, sick note, reimbursement, donation)
            "居民死亡医学证明（推断）书\n死者姓名：{P}　性别：{SEX}　身份证号：{ID}\n生前住址：{A}\n"
                    + "死亡时间：{D} {TIME}　根本死因：{DIS}\n医师签名：{DR}　申报人：{F}（{KIN}）\n",
            "病假证明：兹证明{P}因{DIS}需休息{DUR}。医师：{DR}　{HOSP}（盖章）",
            "医疗费用报销申请：申请人{F}，为{KIN}{P}申请大病保险二次报销，医保号{I}，收款账户{B}（开户名{F}）。",
            "器官捐献登记：捐献者{P}，{AGE}岁，脑死亡判定医师{DR}、{N}；家属{F}（{KIN}）签署同意书，协调员{N}。",
            // 结核、艾滋病随访 (TB DOT, HIV follow-up)
            "结核病患者服药卡\n姓名：{P}　登记号：{R}\n督导员：村医{N}　电话：{M}\n服药记录：{D}起每日顿服HRZE\n",
            "HIV随访：{P}，抗病毒治疗第3年，CD4 512，病毒载量未检出。随访人{N}；同意告知配偶{F}。",
            // 微信、短信 (WeChat, SMS)
            "[微信] {PG}，妈妈今天去{HOSP}拿了{DRUG}，{DS}医生说下个月再去，你别担心。",
            "【{HOSP}】尊敬的{P}，您预约的{D}{DEPT}{DR}专家号已成功，就诊卡号{R}，请凭身份证就诊。退订回T",
            "群聊“{DEPT}医护群”：\n{N}：{P}家属{F}又在护士站吵了\n{DR}：我来处理，@{N} 把病程打印一份\n{N}：好的{DS}老师\n",
            "微信转账备注：{F}替{P}付住院押金5000元，转给{N}（住院处），手机尾号请核对{M}。",
            // 手写扫描、表格、粘连 (scans, tables, glued)
            "姓　名：{PW}　　　性别：{SEX}\n住　址：{A}\n电　话：{M}\n　　　　　　　　　　　　　医师：{DR}\n",
            "（扫描件）病 历 首 页　姓名 {PW}　身份证 {ID}　入院 {D}　出院诊断 {DIS}",
            "床号|姓名|诊断|医嘱\n21|{P}|{DIS}|{DRUG} {DOSE}\n22|{N}|{DIS2}|停{DRUG}\n23|{MN}|{DIS}|出院\n",
            "护理白板：{P}12床 {N}13床 {MN}15床；责任护士{N}A组，值班医生{DR}，CT室{N}2号机。",
            "检验危急值：K+ 6.8mmol/L，报告人{N}，接收人{DR}，患者{P}住院号{R}，{TIME}。",
            // 诱饵 (decoys)
            "既往史：克罗恩病10年，阿尔茨海默病家族史，墨菲征阴性。患者{P}曾在黄山、武夷山旅居，"
                    + "长期服用{DRUG}。主诊{DR}。",
            "健康讲座：{DR}主任讲“从张仲景到李时珍”，华佗、扁鹊的故事很受欢迎，社区居民{N}等40人参加。",
            "{P}在邵逸夫医院做过胃镜，又到石家庄白求恩纪念馆参观，回来后{SYM}，{KIN}{F}陪同就诊。",
            // English
            "DISCHARGE SUMMARY\nPatient: {E}    MRN: {R}    DOB: {DOB}\nAttending: Dr. {ES}\n"
                    + "Diagnosis: {DIS_EN}\nFollow-up with Dr. {DR} at {HOSP} on {D}.\nNext of kin: {E2}, {M}\n",
            "SURGICAL PATHOLOGY REPORT\nAccession: {R}\nPatient: {E}\nSubmitting physician: {E2}\n"
                    + "Final diagnosis: Hodgkin lymphoma excluded; reactive lymph node.\nPathologist: {ES}, MD\n",
            "Informed consent for research: I, {E}, agree to take part. Signature of witness: {E2}. "
                    + "Investigator: Dr {DR}, phone {M}.",
            "Hi {EG}, this is {E2} from the dialysis unit. Your slot on {D} is moved to 2 pm. Text back to {M}.",
            "Ambulance handover: {E}, approx. {AGE} yrs, found at {A0}; Babinski positive; handed to Dr. {ES} at "
                    + "{TIME}. Crew: {E2}, {E3}.",
            "Transfer letter: Dear Dr. {ES}, I am referring {E} (passport on file, DOB {DOB}) with {DIS_EN}. "
                    + "Contact her husband {E2} at {M}. Yours, {DR}",
            "Hospice note: {E} comfortable overnight; daughter {EG} at bedside; Barthel 10; chaplain {E2} visited.",
            "Pharmacy consult: {E} asked whether Tylenol can be taken with warfarin; advised by pharmacist {ES}; "
                    + "call back {L}.");

    // Common surnames with given names outside the generator's characters; names that are words or places (高山, 石头,
    // 白桦, 杨柳, 胡杨, 江湖, 常胜, 安澜, 武汉, 温柔, 程功, 付出, 范本, 焦点, 符号, 严冬, 甘露, 杜蘅, 孔雀, 汤圆...);
    // rural names (王引弟, 李栓柱, 赵石锁, 刘二狗); rare single surnames (卞, 桑, 荆, 郜, 栾, 缪, 褚, 和, 禹, 靳, 佘,
    // 冼, 邝, 谌); compound surnames (2 to 4 characters in all); married double surnames; Korean-Chinese names; doubled
    // children's names.
    private static final List<String> CHINESE = List.of((
            "王守义 王翠屏 王引弟 王一鸣 王小棠 王乐乐 李秋菊 李栓柱 李沐风 李芷若 李满囤 张桂芝 张岱 张澍 张雁冰 张来宝 "
            + "刘翠花 刘砚 刘骞 刘二狗 陈碧云 陈伯钧 陈瀚 陈小满 陈豆豆 杨柳 杨秀峦 杨澜 赵翊晨 赵桂枝 赵石锁 "
            + "黄芷晴 黄耀祖 黄河清 吴霜 吴秀芝 吴岚 周芷 周述 徐曼 徐缙 孙悦 孙秀琴 孙翠兰 马骥 马兰花 马驰 "
            + "朱秀竹 胡杨 胡翠娥 郭沛 何田田 何苗 高岭 林黛 罗盘 罗素芬 郑凯旋 梁实 梁秋燕 谢桥 宋芷 唐糖 许巍 "
            + "韩冰 冯唐 曾祥云 肖邦 田蜜 于丹 蒋勤 蔡琴 魏紫 丁当 沈默 姚遥 崔巍 谭咏 金钏 廖凡 夏雨荷 薛岚 "
            + "闫妮 尹正 石头 白桦 江湖 常胜 安澜 武汉 温柔 程功 付出 范本 焦点 符号 严冬 甘露 杜蘅 孔雀 汤圆 "
            + "文章 伍月 乔木 齐鲁 关山 凌霄 梅花 柯南 纪元 舒畅 柳絮 左岸 谷穗 孟夏 秦汉 雷鸣 黎民 毛毛 郝仁 "
            + "钱满满 戴月 牛犇 樊篱 施恩 倪虹 耿耿 兰芝 叶问秋 任重 盛夏 过客 钟情 庄严 殷勤 贺岁 顾盼 万象 "
            + "卞小峰 桑梓 荆楚 郜林 栾川 缪斯 褚橙 和顺 禹晓丹 靳秀云 佘丽娟 冼碧莲 邝志坚 谌红梅 "
            + "司空晓岚 申屠嫣 濮阳慧 轩辕梦 独孤岚 万俟淑琼 第五永庆 太史蕙 公冶紫烟 令狐翠 慕容秋水 上官婉清 "
            + "欧阳蔚 诸葛铮 夏侯涓 欧阳子骞 司马卓尔 南宫翎 "
            + "黄林碧霞 郑杜美凤 蔡郭丽卿 朴正勋 崔顺姬 金秀贤 苏朵朵").split(" "));
    private static final List<String> COMPOUND_SURNAMES = List.of("司空", "申屠", "濮阳", "轩辕", "独孤", "万俟", "第五",
            "太史", "公冶", "令狐", "慕容", "上官", "欧阳", "诸葛", "夏侯", "司马", "南宫");
    // Uyghur and Kazakh names with a middle dot (also • and ・) and without; Tibetan, Mongolian, Yi, Dai, Naxi names;
    // Manchu clan names with a dot.
    private static final List<String> MINORITY = List.of((
            "帕尔哈提·阿布都热依木 麦尔哈巴·吐尔洪 阿卜杜萨拉木·尼亚孜 再努尔·艾买提 依力哈木·肉孜 "
            + "古再丽努尔·司马义 吾买尔江·托合提 阿孜古丽•买合木提 努尔兰・叶尔波拉提 加娜尔·努尔别克 "
            + "哈力木拉提·加帕尔 艾克拜尔阿不都拉 阿依努尔沙吾提 "
            + "扎西多吉 格桑卓玛 索朗平措 白玛央宗 旦增曲珍 "
            + "乌云格日勒 朝克图 萨日朗 哈斯图雅 敖特根巴雅尔 "
            + "吉克伍沙 俄底日作 阿苏拉且 岩应 玉腊 "
            + "爱新觉罗·启铭 叶赫那拉·静宜").split(" "));
    // given|family: English, Welsh, Irish, Spanish, Portuguese, Italian, German, Polish, Russian, Danish, Norwegian,
    // Ghanaian, Nigerian, Senegalese, Malian, Pakistani, Iranian, Vietnamese, Korean and Māori names; word-like names
    // (Autumn Fowler, Merry Thatcher, Rowan Flint, Hunter Heath); pinyin names (Jiahui Ou, Zhiqiang Lyu).
    private static final List<String> ENGLISH = List.of("Percival|Hawthorne", "Ottilie|Ravenscroft", "Lachlan|Dunmore",
            "Bronwen|Vaughan-Lloyd", "Caoimhe|Mulcahy", "Itzel|Arroyo", "Thaddeus|Crowther", "Ragnhild|Fjeldstad",
            "Ekow|Mensah-Bonsu", "Chidinma|Anyanwu", "Junaid|Siddiqui", "Parisa|Tehrani", "Thanh|Vuong", "Seo-yeon|Bae",
            "Kiri|Tawhiri", "Ottavia|Ferraro", "Jurgen|Pfeiffer", "Aleksandra|Zielinska", "Mikhail|Orlov",
            "Fatou|Diallo", "Amadou|Keita", "Mariana|Cunha", "Joao|Azevedo", "Torbjorn|Mikkelsen", "Pilar|Echeverria",
            "Rosalind|Quennell", "Augustin|Lemaire", "Autumn|Fowler", "Merry|Thatcher", "Rowan|Flint", "Hunter|Heath",
            "Jiahui|Ou", "Zhiqiang|Lyu");
    // Own identifier forms: provinces and regions the generator's pools leave out.
    private static final List<String> AREA = List.of("230102", "650102", "460108", "620102", "520102", "360102",
            "640104", "130102", "140105", "630102", "540102", "120103", "320508", "440606", "330212", "220104");
    private static final List<String> REGIONS = List.of("黑龙江省|哈尔滨市|道里区", "新疆维吾尔自治区|乌鲁木齐市|天山区",
            "海南省|海口市|美兰区", "甘肃省|兰州市|城关区", "贵州省|贵阳市|南明区", "江西省|南昌市|东湖区",
            "宁夏回族自治区|银川市|兴庆区", "河北省|唐山市|路北区", "山西省|太原市|小店区", "青海省|西宁市|城东区",
            "天津市||河西区", "江苏省|苏州市|姑苏区", "广东省|佛山市|顺德区", "浙江省|宁波市|鄞州区", "吉林省|长春市|南关区");
    private static final List<String> STREETS = List.of("红旗大街", "友好北路", "滨海大道", "东岗西路", "宝山北路",
            "八一大道", "北京中路", "建华南大街", "长风街", "五四大街", "平江路", "新港路", "大沽南路", "和兴路", "百花巷");
    private static final List<String> COMPLEXES = List.of("阳光花园", "翠湖苑", "金色家园", "铁路宿舍", "机床厂家属院",
            "锦绣华庭", "梧桐小区", "水岸名邸");
    private static final List<String> RURAL = List.of("河南省汤阴县伏道镇", "云南省宾川县州城镇", "甘肃省会宁县郭城驿镇",
            "山西省岢岚县宋家沟乡", "江西省宁都县黄陂镇", "四川省苍溪县元坝镇");
    private static final List<String> VILLAGES = List.of("前进村", "杨庄村", "下寨村", "沙沟村", "新民村", "东坡村");
    private static final String CN_DIGITS = "〇一二三四五六七八九";

    private Blind8Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_8 || !templates.isEmpty() && BLIND_8.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname of a name of this pool; 黄林碧霞 gives the husband's 黄. */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name alone, e.g. 子骞 of 欧阳子骞. */
    static String givenNameOf(String chineseName) {
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The name as a scan shows it, with a blank (ASCII, full-width or two) between its characters: 王 守 义. */
    static String spaced(String chineseName, RandomGenerator r) {
        String gap = List.of(" ", "　", "  ").get(r.nextInt(3));
        return String.join(gap, chineseName.split(""));
    }

    /** A minority name, with or without a dot. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** "Given Family", e.g. "Kiri Te Rangi". */
    static String englishName(RandomGenerator r) {
        return pick(ENGLISH, r).replace('|', ' ');
    }

    /** The family part only. */
    static String englishSurname(RandomGenerator r) {
        return family(pick(ENGLISH, r));
    }

    /** The given part only. */
    static String englishGiven(RandomGenerator r) {
        return given(pick(ENGLISH, r));
    }

    /** A resident identity number of an own area code with a valid check digit, as typed or grouped or with x. */
    static String idNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(AREA, r), 1928, 96, r);
        return switch (r.nextInt(10)) {
            case 0, 1 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 2 -> id.toLowerCase();
            default -> id;
        };
    }

    /** A mobile number in one of several written forms. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
        return switch (r.nextInt(7)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3);
            case 1 -> "(+86)" + n;
            case 2 -> "0086 " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 3 -> n.substring(0, 3) + "-" + n.substring(3, 7) + " " + n.substring(7);
            default -> n;
        };
    }

    /** Record, dialysis, pathology and registration numbers as departments write them. */
    static String recordNumber(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> "BL" + (20 + r.nextInt(7)) + "-" + digits(5, r);
            case 1 -> "XT" + digits(6, r);
            case 2 -> "ZYH" + digits(7, r);
            case 3 -> "2026" + digits(6, r);
            case 4 -> "JZ-" + digits(8, r);
            default -> digits(6 + r.nextInt(4), r);
        };
    }

    /** An address of an own region: city flat, Shanghai-style lane, rural village, or community block. */
    static String address(boolean withProvince, RandomGenerator r) {
        String[] region = pick(REGIONS, r).split("\\|");
        String head = (withProvince || region[1].isEmpty() ? region[0] : "") + region[1] + region[2];
        return switch (r.nextInt(4)) {
            case 0 -> head + pick(STREETS, r) + (1 + r.nextInt(300)) + "号" + pick(COMPLEXES, r) + (1 + r.nextInt(20))
                    + "号楼" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
            case 1 -> head + pick(STREETS, r) + (10 + r.nextInt(900)) + "弄" + (1 + r.nextInt(60)) + "号"
                    + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(4)) + "室";
            case 2 -> pick(RURAL, r).substring(withProvince ? 0 : 3) + pick(VILLAGES, r) + (1 + r.nextInt(9)) + "组"
                    + (1 + r.nextInt(80)) + "号";
            default -> head + pick(COMPLEXES, r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(2800)) + "号";
        };
    }

    /** A date of birth between 1928 and 2023: the generator's forms, month only, Chinese numerals, or dd/MM/yyyy. */
    static String birthDate(String generatorForm, RandomGenerator r) {
        int y = 1928 + r.nextInt(96), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(10)) {
            case 0 -> y + "年" + m + "月";
            case 1 -> chineseDigits(y) + "年" + chineseNumber(m) + "月" + chineseNumber(d) + "日";
            case 2 -> String.format("%02d/%02d/%04d", d, m, y);
            case 3 -> y + "-" + m + "-" + d;
            default -> generatorForm;
        };
    }

    /** A newborn's date and time of birth, e.g. 2026-11-03 14:25 or 2026年11月3日14时25分. */
    static String newbornBirth(RandomGenerator r) {
        int m = 1 + r.nextInt(11), d = 1 + r.nextInt(28), h = r.nextInt(24), min = r.nextInt(60);
        return r.nextBoolean() ? String.format("2026-%02d-%02d %02d:%02d", m, d, h, min)
                : "2026年" + m + "月" + d + "日" + h + "时" + min + "分";
    }

    private static String chineseDigits(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) b.append(CN_DIGITS.charAt(c - '0'));
        return b.toString();
    }

    private static String chineseNumber(int n) {
        if (n < 10) return String.valueOf(CN_DIGITS.charAt(n));
        return (n >= 20 ? String.valueOf(CN_DIGITS.charAt(n / 10)) : "") + "十"
                + (n % 10 == 0 ? "" : String.valueOf(CN_DIGITS.charAt(n % 10)));
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String v) {
        String unspaced = v.replaceAll("[ 　]", "");
        return CHINESE.contains(v) || MINORITY.contains(v) || !unspaced.equals(v) && CHINESE.contains(unspaced)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(v) || givenNameOf(n).equals(v))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(v) || family(n).equals(v)
                || given(n).equals(v));
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String v) {
        if (CHINESE.contains(v) || MINORITY.contains(v)) {
            return v;
        }
        return englishNames().filter(v::equals).findFirst().orElse(null);
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

    /** The English full names as {@code E} writes them. */
    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    /** The English family names as {@code ES} writes them. */
    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind8Templates::family);
    }

    /** The English given names as {@code EG} writes them. */
    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind8Templates::given);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }
}

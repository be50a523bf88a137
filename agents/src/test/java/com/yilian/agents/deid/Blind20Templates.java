package com.yilian.agents.deid;

import java.text.Normalizer;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Twentieth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists or the development templates, in the template language of {@link ClinicalTextGenerator}, by a writer with
 * habits of its own. To be measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in
 * {@link DeidDevelopmentProbe} as {@code BLIND_20}); a rule changed, or a model retrained, because of its errors makes
 * it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium in the north-west (a tertiary hospital in the
 * fictional Gansu city of 岷阳, 岷阳医学院附属医院, with the fictional 洮川县人民医院, 达坂回族乡卫生院, 阳洼村卫生室, a
 * pastoral 草原流动医疗队 and the 三河口棉场 cotton farm), whose patients come from Shaanxi, Gansu, Ningxia, Qinghai and
 * Xinjiang: telemedicine consultation requests up to the tertiary hospital, hydatid (包虫病) and brucellosis screening
 * and follow-up logs, high-altitude clinics, pastoral-area mobile clinics and births in tents, mosque and community
 * health talks, migrant cotton pickers, mining, smelter and oil-field occupational health, kidney-stone lithotripsy
 * lists, ambulance long-distance transfers, blood-donor call logs, pharmacy and village WeChat groups, volunteer
 * rosters, payment and refund receipts, medical certificates and sick-leave notes, cross-province reimbursement
 * (异地就医备案), police and court injury-appraisal requests, elderly-care homes, school health checks, family-doctor
 * contracts and poverty-alleviation files, Bingtuan company clinics, maternal and child health in Hui villages,
 * cataract camps, dialysis and TB, night reports, complaints and letters, poisonings and bites, Hajj and migrant
 * health certificates, notes mixing Chinese with Uyghur words or English abbreviations, speech-recognition transcripts
 * with north-western dialect (额, 咋, 啥, 嫑, 娃, 婆姨, 老汉, 尕), OCR'd forms with broken lines and stray blanks and an
 * OCR'd passport machine-readable zone, CSV, markdown and pipe-separated tables, JSON and key=value exports, HL7-like
 * segments and SMS reminders; about a sixth in English or mostly Latin script (exports and segments included).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, staff, volunteers, drivers,
 * imams, witnesses, police officers, in Chinese, minority, English, pinyin, machine-readable or mixed form, also
 * straight after a department, role or verb word (泌尿外科X, 总值班X, 联系X, 转告X, 派车：司机X), in lists joined by 、,
 * /, blanks, commas, pipes or line breaks. A surname in a form of address (老X, 尕X, X老汉, X家婆姨, X奶奶, X爷, X师 for
 * a driver, X大夫) or before a title or role (X主任, X院长, X护士长, X站长, X队长, X连长, X阿訇, Dr X) labels the surname
 * only ({@code PS}, {@code FS}, {@code DS}); a given name used alone ({@code PG}, also before 他妈) labels the given
 * name (a one-character given name is never used alone: the full name is written); a nickname ({@code PK}: 尕蛋, 牛娃)
 * is a name; a child known as a parent's child (X之子, X之女) labels the parent. An OCR'd name broken by a line break,
 * an ideographic blank or blanks ({@code PO}) is one span, the break inside it. A Uyghur or Kazakh name is one span
 * whether written with a middle dot ·, a bullet • or no dot ({@code MN}, the record's minority patient, and
 * {@code NM}, a further minority name drawn afresh at each use). Pinyin names ({@code PY}) are labelled whole in each
 * written form: YE ZHANFU, YE, ZHANFU, Ye Zhanfu, Zhanfu YE, Yě Zhànfú (tone marks); in a passport's machine-readable
 * zone ({@code PZ}) the span is YE&lt;&lt;ZHANFU, without the P&lt;CHN before it or the filler after it. A name with an
 * English given name ({@code MX}: Rocco豆, 豆 Rocco, Rocco Dou, DOU Rocco) is one span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: plain, lower-case x, 6 4 4 4 by blanks, full-width digits,
 * 15-digit numbers with a valid birth date; north-western area codes), mobiles ({@code M}: plain, 139 1234 5678,
 * (+86)13912345678, 0086 13912345678, +86-139-1234-5678), landlines ({@code L}: 0931-8456789, 0951 5012345,
 * (0971)6123456, 029-88451234, a full-width hyphen 0991－4512345; an extension after 转 or a hyphen belongs to the
 * span), addresses ({@code A}, {@code A0}: city streets with 号 and an estate with 号楼/单元/室, county-town streets
 * with 号院 and 号, villages and 回族乡 villages with a 社 or 组, Tibetan pastoral villages with a winter or summer
 * pasture (牧场), Bingtuan regiments with a 连; {@code A0} may stop at the village or the street), record numbers
 * ({@code R}: H24-031827, MZ2024 and six digits, 0318271/24, QL and eight digits, whatever the label), insurance
 * numbers ({@code I}: GS62 and twelve digits, NX64- and ten digits, QHYB63 and nine digits, XJ-65- and ten digits, SN61
 * and eleven digits), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks, or the
 * six-digit bank number and the rest by a blank), dates of birth ({@code DOB}: 1962年03月08日, 1962-3-8, 1962.03.08,
 * 一九六二年三月八日, 1962年3月8号, 19620308, 1962年3月8日, 1962/03/08, 1962.03 (month only); {@code DOBE}: 08 MAR 1962,
 * 8th March 1962, 08/03/1962 day first, 1962-Mar-08; {@code NB}: a child's, 2012 to 2025). Not labelled: visit,
 * admission and screening dates, times, ages (also 八十了), doses, lab values, altitudes (海拔3600米), bed numbers (12床,
 * 加3床, bed 3), exam, specimen, order, blood-bag, courier, licence-plate, staff, police-badge, filing and batch
 * numbers (CT-24-1187, BR24-0633, YZ240618-02, BB24-011873, ZTO735198266043, 甘A·7K316, 宁D·3X708, 工号GY0412,
 * 工号SF0917, 工号YS2031, 警号620317, BA-65-2406-0317, 批号20240318-2, WX2406181123458, DD2406118842), hotlines (12320,
 * 12345, 120, 400-690-1200), hospital, health-centre, farm, mine, oil-field, court, police-station and school names,
 * a province, city or county alone (参保地, 就医地, 从青海省西宁市转往陕西省西安市), foods and products with place words
 * (兰州牛肉面, 宁夏枸杞, 吐鲁番葡萄干, 库尔勒香梨, 盐池滩羊, 陇西黄芪, 岷县当归, 静宁苹果), and words beginning with a
 * surname (虎口, 虎红平板, 豆浆, 燕麦, 鱼刺, 辛辣, 敏感, 星期, 同步, 冶炼厂, 锁骨, 海拔).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind19Templates} nor among the names {@link SyntheticValues} can generate: Hui names, mostly with surnames no
 * earlier group used (冶, 喇, 妥, 虎, 敏, 锁, 铁, 脱) and some with 马, 哈, 纳, 海, 撒, 者, written with Islamic given
 * names too (马尕西木, 锁阿伊舍); Dongxiang, Salar (韩) and Tu (星) names; older rural names of the loess plateau with
 * surnames no earlier group used (豆, 权, 巨, 贠, 同, 把, 鱼, 燕, 种, 窦, 郗, 蔚, 剡, 年, 师, 毋, 辛, 问, 闪, 来);
 * middle-aged, young and recent cohorts; two-character names; compound surnames (完颜, 万俟, 呼延) and a few word-like
 * names ({@link #WORD_LIKE}, under a tenth); Uyghur, Kazakh, Tibetan (no surname), Mongol and Tu names in the minority
 * pool; Uzbek, Kyrgyz, Tajik, Uyghur, Kazakh, Mongolian, Tibetan, Pakistani, Afghan, Turkish, Azeri, Russian,
 * Ukrainian, Ethiopian, Malian, Irish, English, Scottish, French, Norwegian, Hungarian and Bulgarian names in the
 * English pool; a pinyin pool with tone marks; a pool of English given names with Chinese surnames; a nickname pool.
 * Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code NM}, {@code PS}, {@code FS},
 * {@code PG}, {@code PK}, {@code PO}, {@code MX}, {@code PY}, {@code PZ} above; {@code EG}, an English given name
 * alone. Any non-empty subset of {@link #BLIND_20} uses these pools (see {@link #uses}).
 */
final class Blind20Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261221L;

    static final List<String> BLIND_20 = List.of(
            // Consortium telemedicine consultation requests up to the tertiary hospital.
            "远程会诊申请单\n申请单位：洮川县人民医院  申请医生：{DR}  电话：{L}\n患者：{P}  性别：{SEX}  年龄：{AGE}岁\n身份证号：{ID}\n初步诊断：{DIS}\n会诊目的：请"
                    + "岷阳医学院附属医院{DEPT}会诊\n",
            "远程会诊回复：{P}（住院号{R}）的CT已阅，考虑肝囊型包虫病CE2，建议转上级手术；会诊专家{N}，记录{N}\n",
            "【远程心电】达坂回族乡卫生院上传 {P}，{AGE}岁，窦性心动过速，ST段无改变；诊断医师{N}；回传时间{TIME}\n",
            "远程影像申请：阳洼村卫生室村医{N}为患者{P}拍DR胸片，上传编号DR-0618-07，联系{M}\n",
            "远程会诊视频记录 {D}\n上级：{DR}（{DEPT}）\n下级：洮川县人民医院{N}、{N}\n患者{P}，{SEX}，家属{F}在旁\n意见：先抗感染，三天后复查\n",
            "会诊费结算：患者{P}，医保号{I}，远程会诊费60元由统筹支付；经办人{N}\n",
            "{DS}主任，洮川县那边又发来一个会诊，病人叫{P}，电话{M}，说是肚子里有个大囊肿。\n",
            // Hydatid (包虫病) and brucellosis screening logs.
            "包虫病筛查登记表（{D}）\n序号 姓名 性别 年龄 B超结果\n1 {P} {SEX} {AGE} 肝内无回声区5.2cm CE1\n2 {N} 男 47 阴性\n3 {N} 女 12 阴性\n筛查"
                    + "医生：{N}\n",
            "包虫病患者随访卡：{P}，身份证{ID}，住{A}，阿苯达唑400mg bid 已服6个月，肝功能正常；随访医生{DR}\n",
            "学生包虫病筛查阳性通知：{N}（{NB}出生），肝内囊性占位3.1cm，请家长{F}携孩子到洮川县人民医院复查，联系{M}\n",
            "包虫病手术救治申请：{P}，{DOB}生，住{A0}，拟行肝包虫内囊摘除术，救治补助由县疾控审核；申请医生{DR}\n",
            "犬只驱虫登记：户主{F}，住{A0}，登记犬2只，吡喹酮片投喂；防疫员{N}，电话{M}\n",
            "布病监测哨点报告：{P}，男，{AGE}岁，牧民，发热、多汗、关节痛{DUR}，虎红平板凝集试验阳性，SAT 1:200（++）；报告人{DR}\n",
            "布鲁氏菌病个案调查：{P}，身份证{ID}，近一月接羔3次，未戴手套；同群接触者{N}、{N}；调查员{N} {M}\n",
            "布病治疗随访：{P}服多西环素+利福平第4周，关节痛减轻；村医{N}上门，电话{M}；住址{A}\n",
            "羊群检疫阳性通知：畜主{F}（{M}），阳性羊11只已扑杀；家中{P}有发热，已转洮川县人民医院感染科。\n",
            "Brucellosis follow-up: {E}, herder, DOB {DOBE}, RBPT positive, on doxycycline and rifampicin. Field "
                    + "nurse {EG}, phone {M}.\n",
            "Hydatid screening team roster: {E}, {E2} and {E3}; ultrasound by Dr {ES}; records kept by {EG}.\n",
            // High-altitude medicine.
            "高原病门诊：{P}，{AGE}岁，长期居住海拔3600米牧区，Hb 231g/L，SpO2 81%，诊断慢性高原病；家属{F}，{M}\n",
            "高原红细胞增多症放血记录：{P}，住院号{R}，放血400ml，术中血压{BP}；操作护士{N}，医生{DR}\n",
            "进藏务工体检：{P}，身份证{ID}，心电图正常，建议携带氧气；体检医师{N}\n",
            "急性高原反应转运：{P}在唐古拉山口头痛、呕吐，由随队医生{N}给予吸氧，家属{F}电话{M}；转入格尔木市人民医院\n",
            "High-altitude clinic: {E}, trekker, DOB {DOBE}, SpO2 79% at 4,300 m, acetazolamide 125 mg bid. Guide"
                    + " {E2}, phone {M}.\n",
            // Pastoral-area mobile clinics.
            "草原流动医疗车巡诊日志 {D}\n地点：夏季牧场\n接诊：{MN}（高血压）、{NM}（腹泻）、{P}（外伤）\n医生{DR} 司机{N}\n下一站联系人{F} {M}\n",
            "流动医疗队入户：{NM}一家住{A}，妻子刚生产，新生儿{NB}出生，已做卡介苗；随队医生{N}\n",
            "牧民健康档案：{MN}，出生日期{DOB}，身份证{ID}，牧场电话{M}；签约医生{DR}\n",
            "牧区接生记录：产妇{NM}，住{A0}，{NB}分娩一男婴，体重3.1kg；接生员{N}；丈夫{NM} {M}\n",
            "帐篷诊所用药登记：{NM}，藏族，{AGE}岁，藏药+阿莫西林；翻译{NM}；医生{N}\n",
            "{MN}阿妈的冬季牧场太远，流动医疗车进不去，{DS}大夫骑摩托车送药上去，电话{M}。\n",
            "Mobile clinic log: {MN}, herder, seen at the winter pasture; BP {BP}; interpreter {NM}; driver {E}."
                    + "\n",
            // Mosque and community health talks.
            "清真寺健康讲座签到（{D}，主麻日后）\n主讲：{DR}（洮川县人民医院）\n{DS}阿訇主持\n到场：{N}、{N}、{N}等42人\n现场测血压：{P} {BP}\n",
            "社区健康讲座：讲高血压和盐，{DS}阿訇帮忙翻译东乡语；会后{P}留下咨询，电话{M}\n",
            "清真寺义诊记录：{P}，{AGE}岁，血糖{LAB}，建议到达坂回族乡卫生院建档；寺管会联系人{N} {M}\n",
            "斋月健康提示登记：{P}患2型糖尿病，斋月期间调整胰岛素剂量；阿訇{N}同意在寺内张贴；医生{DR}\n",
            "Ramadan diabetes talk: imam {EG} introduced Dr {ES}; {E} asked about fasting with insulin. Contact "
                    + "{M}.\n",
            // Migrant cotton pickers.
            "拾花工健康登记（三河口棉场）\n{P} {ID} 河南周口\n{N} {ID} 甘肃定西\n{N} {ID} 四川南充\n带工人：{N} {M}\n",
            "拾花工就诊：{P}，{AGE}岁，连续摘棉12小时后中暑，体温{TEMP}；带工头{N}送来，工友{N}陪同；家住{A}\n",
            "棉场劳务派遣医疗报销：{P}，身份证{ID}，银行卡{B}，报销金额326.50元；经办人{N}\n",
            "拾花工返乡证明：兹证明{P}（{ID}）在我团场拾棉期间体检合格；连队卫生员{N}；联系{L}\n",
            "{PS}婆姨摘棉花扭了腰，棉场卫生室{DS}大夫给贴了膏药，她老汉{F}在地头。\n",
            "Cotton-picking season clinic: {E} from Dushanbe, work permit checked, heat exhaustion. Foreman {NM},"
                    + " phone {M}.\n",
            // Mining and oil-field occupational health.
            "职业健康检查表（粉尘岗）\n姓名：{P}  工号：GY0412\n身份证：{ID}\n出生日期：{DOB}\n高千伏胸片：0+\n肺功能：FEV1/FVC 72%\n检查医师：{DR}\n",
            "祁连山铜矿尘肺随访：{P}，井下凿岩工22年，壹期尘肺，住{A}；职业病科{DR}，家属{F} {M}\n",
            "陇东油田采油三厂工伤报告：{P}，{AGE}岁，抽油机检修时右手挤伤，虎口撕裂伤3cm；班长{N}，安全员{N}；电话{L}\n",
            "硫化氢中毒疑似：{P}，采油工，{TIME}在井场晕倒，现场同事{N}、{N}；送医救护车司机{N}\n",
            "煤矿下井人员体检异常：{P}（工号KJ-2207），血压{BP}，暂停下井；矿医院{N}签字\n",
            "冶炼厂铅作业工人血铅复查：{P}，血铅520μg/L，住院号{R}，驱铅治疗；家属{F}\n",
            "Oilfield medevac: {E}, drilling engineer, DOB {DOBE}, crush injury to left hand at well pad 14. Comp"
                    + "any medic {E2}; HSE contact {EG} {M}.\n",
            "Mine occupational health: {PY}, miner, ID {ID}, silicosis stage I. Reviewed by Dr {ES}.\n",
            // Kidney-stone lithotripsy lists.
            "体外冲击波碎石排班 {D}\n08:30 {P} 右肾结石1.2cm\n09:10 {N} 左输尿管上段结石\n09:50 {N} 右肾下盏结石\n操作：{DR}\n",
            "碎石术后随访：{P}，ESWL后第3天，排出结石碎屑，KUB示残石0.4cm；随访护士{N}，{M}\n",
            "泌尿外科结石登记：{P}，{SEX}，{AGE}岁，住{A0}，饮水多为苦咸水；门诊号{R}；主诊{DR}\n",
            "结石成分分析报告：患者{P}，门诊号{R}，草酸钙一水合物78%；报告人{N}\n",
            "Lithotripsy list: {E} 10:20 left renal pelvis stone 14 mm; {E2} 11:00 ureteric stone. Operator Dr "
                    + "{ES}.\n",
            // Ambulance long-distance transfers.
            "长途转运交接单\n出发：洮川县人民医院 {TIME}\n到达：岷阳医学院附属医院急诊\n患者：{P}  {SEX}  {AGE}岁  门诊号{R}\n诊断：{DIS}\n随车医生：{N}  护士："
                    + "{N}  司机：{N}\n家属：{F}（{KIN}）{M}\n",
            "120转运记录：途经六盘山隧道，患者{P}血氧下降至86%，加大氧流量；随车{DR}，车牌宁D·3X708\n",
            "跨省转运申请：{P}，身份证{ID}，从青海省西宁市转往陕西省西安市，路程约900公里；陪护{F}，{M}\n",
            "{DS}师开了一夜车，把{P}从县上拉到省城，家属{F}说要给他买碗兰州牛肉面。\n",
            "救护车收费单：患者{P}，里程412公里，收费1,648.00元，退费账户{B}，户名{F}\n",
            "Long-distance transfer: {E}, 412 km by road, oxygen 4 L/min, paramedic {E2}, next of kin {E3} ({M})."
                    + "\n",
            // Blood donor call logs.
            "献血者电话回访记录（{D}）\n{N} {M} 已接通 同意再献\n{N} {M} 未接\n{N} {M} 空号\n回访人：{N}\n",
            "献血者登记：{P}，{DOB}出生，身份证{ID}，血型O型RhD阴性，手机{M}；血袋号BB24-011873\n",
            "稀有血型献血者应急召回：{P}（{M}），请于今日到岷阳市中心血站；联系人{N}，座机{L}\n",
            // Pharmacy WeChat groups.
            "【阳洼村健康群】\n{N}：@{P} 你的降压药到了，来卫生室拿\n{P}：好的，额明天克\n{N}：顺便把医保卡带上，卡号{I}\n",
            "【药房群】{MX}：{P}的处方调过来了，氨氯地平5mg，电话{M}，快递到{A}\n",
            "药店微信群：{P}问胰岛素咋保存，店员{N}回复冷藏2-8℃；{P}又发来住址{A0}要求送药\n",
            "【慢病续方群】{N}：{P}、{N}、{N}三位的二甲双胍本周续上了；有问题打{L}\n",
            "群消息：{MX}撤回了一条消息；{MX}：刚才发错了，{P}的身份证号是{ID}\n",
            // Hospital volunteer rosters.
            "志愿者排班表（门诊大厅）\n周一 {N} {M}\n周二 {N} {M}\n周三 {MX} {M}\n督导：{N}\n",
            "志愿者服务记录：{N}推轮椅送{P}到{DEPT}，又帮{NM}用维语问清挂号；志愿者队长{N}\n",
            // Payment and refund receipts.
            "门诊收费票据\n交款人：{P}\n门诊号：{R}\n项目：B超 120.00 血常规 25.00\n合计：145.00元\n收款员：{N}  工号SF0917\n",
            "退费凭证：{P}，住院号{R}，预交金余额2,310.00元退至银行卡{B}，持卡人{P}；经办{N}\n",
            "押金收据：今收到{F}交来{P}住院押金5000元整，住院号{R}；收款人{N}\n",
            "微信支付退款：商户单号WX2406181123458，退款人{P}，手机{M}，金额88.00元\n",
            "Refund receipt: payer {E}, MRN {R}, amount CNY 640.00 refunded to card {B}. Cashier {EG}.\n",
            // Medical certificates and sick-leave notes.
            "诊断证明书\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁\n身份证号：{ID}\n诊断：右桡骨远端骨折\n建议：休息六周\n医师：{DR}  {D}\n",
            "病假条：兹有{P}同志因{DIS}需休息两周，特此证明。医师{DR}（工号YS2031）\n",
            "学生病假证明：{N}，{NB}出生，洮川县第二中学初二学生，急性阑尾炎术后，建议休学一周；家长{F}\n",
            "出生医学证明补办：新生儿{N}，出生日期{NB}，母亲{P}（身份证{ID}），父亲{F}；办理人{N}\n",
            "死亡医学证明：{P}，{DOB}生，身份证{ID}，死亡原因：{DIS}；家属{F}，住址{A}\n",
            "Medical certificate: {E}, DOB {DOBE}, unfit for work for 7 days due to pneumonia. Signed Dr {ES}.\n",
            // Cross-province insurance reimbursement (异地就医备案).
            "异地就医备案表\n参保人：{P}  身份证：{ID}\n参保地：甘肃省临夏州  就医地：新疆维吾尔自治区乌鲁木齐市\n医保号：{I}\n备案类型：异地长期居住\n联系电话：{M}\n现居住地址：{A}"
                    + "\n",
            "异地就医手工报销：{P}，医保{I}，在陕西省西安市住院12天，发票金额18,230.00元，报销款打入{B}；经办{N}\n",
            "跨省直接结算失败说明：{P}，医保号{I}，备案地宁夏，就医地青海，原因：未备案；联系{M}\n",
            "医保报销委托：本人{P}委托{F}（身份证{ID}）代办报销，委托人电话{M}\n",
            "门诊慢特病异地备案：{P}，病种：高血压III级，参保地新疆，备案号BA-65-2406-0317；电话{L}\n",
            "Cross-province reimbursement: insured {PY}, insurance no. {I}, hospital in Xi'an, refund to card {B}"
                    + ".\n",
            // Court and police injury appraisal requests.
            "伤情鉴定委托书\n委托单位：洮川县公安局城关派出所\n被鉴定人：{P}  性别：{SEX}\n身份证号：{ID}\n联系电话：{M}\n案情：{D}与{N}发生纠纷，头部受伤\n经办民警：{N}  警"
                    + "号620317\n",
            "法医临床鉴定申请：被鉴定人{P}，住院号{R}，申请人{F}（{KIN}）；委托法院：岷阳市城关区人民法院；承办法官{N}\n",
            "交通事故伤情记录：伤者{P}，{AGE}岁，骑电动车与轿车相撞，轿车驾驶人{N}；交警{N}调取病历{R}\n",
            "证人笔录摘要：证人{N}称看到{P}被{N}推倒，时间{TIME}；证人电话{M}\n",
            // Elderly-care home registers.
            "养老院入住登记\n老人：{P}  出生：{DOB}\n身份证：{ID}\n子女：{F}（{KIN}） {M}\n既往：{DIS}\n护理等级：二级\n登记人：{N}\n",
            "敬老院巡诊：{P}、{N}、{N}血压偏高，{PS}奶奶跌倒一次；巡诊医生{DR}；院长{N} {L}\n",
            "养老院用药单：{PS}爷（{P}）早晚各一片硝苯地平，护工{N}发药；儿子{F}每月来一次\n",
            "五保户体检：{P}，{AGE}岁，独居，住{A}；体检医生{N}；村主任{N} {M}\n",
            // School health checks.
            "学生体检表\n学校：洮川县城关第三小学\n姓名：{N}  出生日期：{NB}\n身高128cm  体重26kg  视力4.8/4.9\n龋齿：2颗\n家长：{F} {M}\n体检医生：{N}\n",
            "学校晨检异常：{N}（{NB}），发热{TEMP}，已通知家长{F}；校医{N}；班主任{N}\n",
            "学生结核病筛查：PPD强阳性学生{N}，家住{A0}，已转县结核病定点医院；家长{F} {M}\n",
            "住校生意外伤害：{N}，初一，宿舍上铺摔下，锁骨骨折；宿管{N}，家长{F}电话{M}\n",
            // Mixed Chinese–Uyghur/English notes.
            "Bemar {MN}, yeshi {AGE}, 腹痛{DUR}，翻译{NM}，医生{DR}，电话{M}\n",
            "病人{MN}只会说维吾尔语，家属{NM}翻译：ağriq bar（疼），已联系维语翻译志愿者{N}\n",
            "pt {MN} {SEX}/{AGE} c/o cough x2w，hx TB contact，ref to 结核科；NOK {NM} {M}\n",
            "Note: {MN} from Kashgar, speaks Uyghur only; nephew {NM} interpreted. Seen by Dr {ES}. Phone {M}.\n",
            // Speech-recognition transcripts with north-western dialect.
            "[语音转写] 医生 你叫啥名字 患者 额叫{P} 医生 多大了 患者 {AGE}咧 医生 哪里不舒服 患者 胃疼得很 额婆姨{F}说让额来看\n",
            "[语音识别] 嗯 这个{P}娃娃 昨黑里烧得咋样 家属 还烧着呢 三十八度多 医生 那再抽个血 家长电话{M}\n",
            "[ASR] {DS}大夫 额老汉{F}腿疼得走不成路 你给看一下 嗯 病人{P} 住院号{R}\n",
            "[语音转写·陕北话] 医生 婆姨叫啥 家属 叫{P} 医生 身份证号报一下 家属 {ID}\n",
            "[语音转写] 尕{PS}啊 你这个血压咋又高了 嗯 药按时吃了么 患者 么吃 忘了 医生{DR}\n",
            "[语音转写] 额是{P}的老汉 叫{F} 电话是{M} 娃在兰州念书 嗯\n",
            "[语音识别] 查房 {DR}说 这个{PG}啊 结石排出来了么 病人 排出来了 尕尕的 医生 好 明天出院\n",
            "[语音转写·临夏话] 阿訇说让额来看看 额是{P} 住在{A0} 嗯 胸口闷\n",
            // OCR'd forms with broken lines and stray blanks.
            "[OCR] 门 诊 病 历\n姓 名：{PO}   性别：{SEX}\n门诊号：{R}\n主诉：腰 痛 {DUR}\n医 师：{DR}\n",
            "[OCR 识别] 住院证\n患者 {PO}  科室 {DEPT}\n身份证 {ID}\n联系人 {F}  电 话 {M}\n",
            "[OCR] 诊断证明 第1页\n{PO} 男 {AGE}岁\n住址 {A}\n医生签字 {DR}\n",
            "[OCR 低置信度] 转诊单  转出：达坂回族乡卫生院  患者 {PO}  电话 {L}\n",
            "[OCR] 护照资料页\nP<CHN{PZ}<<<<<<<<<<<<<<<\n姓名/Name: {PY}\n出生日期/Date of birth: {DOBE}\n",
            "[OCR] 出国体检表 Passport name: {PY}  MRZ: P<CHN{PZ}<<<<<<<<  电话 {M}\n",
            "[OCR] 劳务派遣人员名单（扫描件）\n1 {PO} {ID}\n2 {N} {ID}\n",
            // Tables: CSV, markdown, pipe-separated.
            "姓名,性别,年龄,身份证号,手机\n{P},{SEX},{AGE},{ID},{M}\n{N},男,52,{ID},{M}\n",
            "| 姓名 | 住院号 | 诊断 | 主管医生 |\n|---|---|---|---|\n| {P} | {R} | {DIS} | {DR} |\n| {N} | {R} | 肾结石 | {N} |"
                    + "\n",
            "床号|姓名|医保号|联系人|电话\n12|{P}|{I}|{F}|{M}\n加3床|{N}|{I}|{N}|{M}\n",
            "name,dob,phone,address\n{E},{DOBE},{M},{A}\n{PY},{DOBE},{M},{A0}\n",
            "| 序号 | 献血者 | 血型 | 电话 |\n| 1 | {N} | A | {M} |\n| 2 | {N} | O | {M} |\n| 3 | {MX} | B | {M} |\n",
            "拾花工名单.csv\n序号,姓名,身份证,银行卡\n1,{P},{ID},{B}\n2,{N},{ID},{B}\n",
            "| Patient | MRN | Stone | Operator |\n|---|---|---|---|\n| {E} | {R} | 11 mm | Dr {ES} |\n| {PY} | "
                    + "{R} | 8 mm | Dr {ES} |\n",
            // JSON and key=value exports.
            "{\"patientName\":\"{P}\",\"idCard\":\"{ID}\",\"mobile\":\"{M}\",\"address\":\"{A}\",\"insuranceNo\":"
                    + "\"{I}\"}\n",
            "{\"visit\":{\"mrn\":\"{R}\",\"name\":\"{P}\",\"birth\":\"{DOB}\"},\"doctor\":\"{DR}\",\"dept\":\""
                    + "{DEPT}\"}\n",
            "name={P}; id={ID}; tel={M}; bed=16; doctor={DR}\n",
            "patient_name={PY}&dob={DOBE}&mrn={R}&phone={M}\n",
            "{\"donor\":\"{N}\",\"phone\":\"{M}\",\"bloodBag\":\"BB24-011873\",\"nurse\":\"{N}\"}\n",
            "export: kin_name={F} kin_phone={M} kin_relation={KIN} patient={P}\n",
            // HL7-like segments.
            "MSH|^~\\&|TCHIS|TCXRMYY|MYYXY|FSYY|202406180930||ADT^A01\nPID|1||{R}^^^TCXRMYY||{PY}||{DOBE}|M|||{A}"
                    + "||{M}\nNK1|1|{E}|SPO|{M}\n",
            "PID|1||{R}||{P}||{DOB}|F||||||{M}\nPV1|1|I|MNK^12^01||||{DR}\n",
            "ORC|NW|DD2406118842||||||||{DR}\nPID|||{R}||{E}||{DOBE}\n",
            // SMS reminders.
            "【岷阳医学院附属医院】{P}您好，您预约的{D}{DEPT}门诊，请携身份证{ID}按时就诊。退订回T\n",
            "【洮川县人民医院】尊敬的{P}，您的包虫病复查时间到了，请联系{DR}医生，电话{L}。\n",
            "【献血提醒】{N}您好，您已满足再次献血间隔，欢迎到岷阳市中心血站。咨询热线400-690-1200\n",
            "【医保提醒】{P}，您的异地就医备案将于下月到期，医保号{I}，如需续办请拨打12345。\n",
            "SMS: Dear {E}, your lithotripsy is booked for {D}, MRN {R}. Reply 1 to confirm.\n",
            // Forms of address, given names, nicknames.
            "老{PS}又来开药了，他说{KIN}{F}在新疆摘棉花，家里就他一个人。病人{P}，{AGE}岁\n",
            "{PS}老汉今年八十了，耳朵背，让他孙子{N}来听医嘱；病人全名{P}，电话{M}\n",
            "{PS}家婆姨坐月子落下的腰疼，{DS}大夫给开了中药；病人{P}，住{A0}\n",
            "{PS}奶奶，您的降压药吃完了再来拿，别断。——村医{N}（病人{P}）\n",
            "{FS}队长（{F}）带着连队的人来献血，共献了14人次；联系电话{M}\n",
            "尕{PS}（{P}）在棉场开拖拉机，手被皮带卷了一下，{DS}大夫包扎的。\n",
            "{DS}院长今天带队到牧区义诊，看了{P}等30多个病人。\n",
            "{DS}护士长通知：{N}、{N}明天调到发热门诊。\n",
            "{DS}站长说救护车明天检修，{P}的转运改到后天，家属{F}已知晓（{M}）。\n",
            "{PG}，你的化验单出来了，都正常，嫑担心。——{DS}大夫发给{P}\n",
            "{P}（屋里人叫她{PG}）今天出院，她老汉{F}来接的，电话{M}\n",
            "{PG}他妈打电话来说娃又发烧了；患儿{P}，{NB}出生，住{A0}\n",
            "{PK}（大名{P}）放羊时从马背上摔下来，左锁骨骨折，他爷{F}送来的，住{A0}\n",
            "患儿{P}，小名{PK}，{NB}生，麻疹疑似，村医{N}已上报；家长{F} {M}\n",
            "{PK}他娘{F}在电话里哭，说娃吃了老鼠药；电话{M}，地址{A0}\n",
            "{P}之子，{NB}出生，新生儿黄疸，光疗3天；父亲电话{M}；主管医生{DR}\n",
            "{F}之女在我院住院，病人本名{P}，住院号{R}\n",
            // Names straight after department, role or verb words, in lists.
            "急诊科{DR}请泌尿外科{N}会诊，超声科{N}床旁B超，患者{P}肾绞痛。\n",
            "今日值班：内科{N} 外科{N} 儿科{N} 妇产科{N} 总值班{DR}\n",
            "院办通知：表扬{N}/{N}/{N}，通报批评{N}。\n",
            "感谢信：感谢泌尿外科{DR}主任和护士{N}、{N}对我老汉{P}的照顾！——{F}\n",
            "通知{P}家属速来，联系{F}未接，改联系{N} {M}\n",
            "转告{N}：{P}的出院小结已放在护士站。\n",
            "陪护{F}、{N}轮流照看{P}，护工{N}夜班。\n",
            "派车：司机{N}、随车护士{N}送{P}回{A0}\n",
            // Identifiers in other positions and forms.
            "{P}\n{ID}\n{A}\n{M}\n",
            "身份证号为{ID}的患者{P}，已于{D}出院。\n",
            "联系方式：本人{M}；单位座机{L}；女儿{F} {M}\n",
            "住院病案首页（节选）\n病案号 {R}  医保号 {I}\n姓名 {P}  出生日期 {DOB}  年龄 {AGE}岁\n现住址 {A}\n户口地址 {A}\n联系人 {F}  关系 {KIN}  电"
                    + "话 {M}\n",
            "城乡居民医保缴费：{P}，身份证{ID}，医保号{I}，扣款银行卡{B}\n",
            "出生年月：{DOB}  民族：回族  婚姻：已婚  职业：农民  姓名：{P}\n",
            "{R} {P} {SEX} {AGE}岁 {DEPT} 加3床\n",
            "户口簿信息：户主{F}，与户主关系：{KIN}，{P}，出生日期{DOB}，住址{A}\n",
            "家属联系卡：{F}（{KIN}）{M}，备用{L}\n",
            // Decoys: foods and products with place words, hotlines, numbers, facility names, surname-initial words.
            "{P}说天天吃兰州牛肉面，最近又吃了不少宁夏枸杞和吐鲁番葡萄干，血糖高；门诊号{R}\n",
            "{P}从库尔勒香梨产地来，带了盐池滩羊肉给{DS}大夫，被婉拒。\n",
            "{P}早上喝豆浆吃燕麦，午饭吃鱼刺卡喉，急诊取出；陪同{F}\n",
            "{P}，{AGE}岁，12床，标本号BR24-0633，医嘱号YZ240618-02，CT号CT-24-1187，{DR}已知晓。\n",
            "{P}咨询报销，已告知拨打12320或医保热线400-690-1200；急救请拨打120。\n",
            "{P}对辛辣食物敏感，星期三复诊，同步查血糖；电话{M}\n",
            "快递单号ZTO735198266043，收件人{P}，电话{M}，寄件人洮川县人民医院病案室\n",
            "{P}，陇西黄芪泡水喝了半年，岷县当归炖鸡，家住{A0}；批号20240318-2的药已停用。\n",
            "{P}在冶炼厂上班，虎红平板试验阴性；车牌甘A·7K316的车送来，司机工号GY0412。\n",
            "{P}，{AGE}岁，海拔2800米以上长期居住，静宁苹果种植户，住院号{R}\n",
            // English and mostly Latin-script.
            "Discharge summary: {E}, DOB {DOBE}, admitted with hydatid cyst of the liver, underwent pericystectom"
                    + "y. Surgeon Dr {ES}. Address {A}.\n",
            "Telemedicine request: patient {E}, MRN {R}, CT uploaded; requesting Dr {ES} at the tertiary hospital"
                    + ". Contact {M}.\n",
            "Volunteer log: {E} (medical student) escorted {P} to radiology. Supervisor {EG}.\n",
            "Missed appointments {D}: {E} ({M}), {E2} ({M}), {PY} ({M}).\n",
            "Insurance claim: insured {E}, policy {I}, bank card {B}, DOB {DOBE}.\n",
            "Interpreter booking: {E} needs a Kazakh interpreter; {NM} available; requested by {EG}.\n",
            "Ambulance handover: {E}, {AGE} y, GCS 14, from county hospital; crew {E2} and {E3}.\n",
            "Lab report: patient {PY}, DOB {DOB}, specimen BR24-0633, SAT 1:400. Reported by {EG}.\n",
            "Passport copy: surname/given names {PY}, date of birth {DOBE}, phone {M}.\n",
            "Mosque outreach: {E} presented on kidney stones; attendees registered by {EG}, phone {M}.\n",
            "Referral letter: Dear Dr {ES}, I refer {E}, DOB {DOBE}, with recurrent renal colic. Yours, {E2}.\n",
            "Care coordinator {EG} phoned {E} at {M} about the cross-province filing.\n",
            // Minority patients and more consortium writing.
            "{MN}，哈萨克族，{AGE}岁，转场途中从马上摔下，牧民{NM}骑摩托送来，电话{M}\n",
            "{MN}（撒拉族）在循化拉面馆打工，手被开水烫伤，老板{N}垫付药费；门诊号{R}\n",
            "{MN}（土族）腰痛，尿常规示潜血+++，结石待排；陪同{NM}；医生{DR}\n",
            "维吾尔族患者{MN}，身份证{ID}，住{A}，包虫病术后复查；翻译{NM}\n",
            "藏族牧民{MN}，出生日期{DOB}，高原病随访；乡医{N}，电话{M}\n",
            "蒙古族患者{MN}，住{A0}，布病阳性；家属{NM}，{M}\n",
            "哈萨克族学生{MN}，{NB}出生，学校体检发现心脏杂音；班主任{N}，家长{NM}\n",
            "Ward note: {MN}, Tibetan herder, DOB {DOBE}, hydatid cyst 6 cm. Interpreter {NM}.\n",
            // Family-doctor contracts and poverty-alleviation health records.
            "家庭医生签约服务协议\n甲方（团队）：洮川县达坂回族乡卫生院 {DR}团队\n乙方（居民）：{P}  身份证：{ID}\n联系电话：{M}\n家庭住址：{A}\n签约包：高血压基础包\n",
            "健康帮扶档案：{P}，因病致贫户，{DIS}，大病保险已报销；帮扶责任人{N}，电话{M}\n",
            "签约居民随访：{P}，血压{BP}，服药规律；家庭医生{N}，随访方式：电话{M}\n",
            "一人一策健康帮扶：户主{F}，家庭成员{P}、{N}，住{A}；驻村第一书记{N}\n",
            // Bingtuan company clinics.
            "连队卫生室接诊登记：{P}，{AGE}岁，职工，滴灌带割伤右手；连队卫生员{N}；住{A}\n",
            "团场医院转诊单：{P}，身份证{ID}，连队：十一连，诊断{DIS}，转往石河子大学医学院第一附属医院；经手人{N}\n",
            "{FS}连长（{F}）陪职工{P}来团场医院看牙，电话{M}。\n",
            "兵团职工医保报销：{P}，医保号{I}，团场医院住院7天，报销款转入{B}\n",
            // Hui dietary, maternal and child health.
            "清真膳食登记：{P}，回族，禁食猪肉，住院期间订清真餐；订餐电话{M}；营养师{N}\n",
            "孕产妇高危管理卡\n孕妇：{P}  出生日期：{DOB}\n丈夫：{F}  电话：{M}\n住址：{A}\n高危因素：瘢痕子宫、贫血\n管理医生：{N}\n",
            "住院分娩补助领取：产妇{P}，身份证{ID}，补助款打入{B}；乡卫生院经办{N}\n",
            "产后访视：{P}，产后7天，新生儿{N}（{NB}出生）吃奶好；访视医生{N}；婆婆{F}在旁\n",
            "儿童预防接种证补办：{N}，出生日期{NB}，母亲{P}，电话{M}；接种医生{N}\n",
            "早孕建册：{P}，孕8周，丈夫{F}在青海打工，电话{M}；建册医生{N}\n",
            // Cataract camps and other outreach.
            "光明行白内障复明手术名单\n{P} 左眼 {ID}\n{N} 右眼 {ID}\n{MN} 双眼 {ID}\n手术医生：{DR}\n",
            "义诊现场登记：{P}，{AGE}岁，视力0.1，白内障待手术；联系{F} {M}；住{A0}\n",
            "牙防项目：窝沟封闭学生{N}、{N}、{N}；家长签字{F}；口腔医生{N}\n",
            // Dialysis, TB and chronic disease.
            "血液透析排班（周一三五）\n上午 {P} 内瘘 {M}\n上午 {N} 导管 {M}\n下午 {N} 内瘘 {M}\n责任护士：{N}\n",
            "结核病患者服药管理：{P}，身份证{ID}，督导员{N}每日视频督服；住{A0}\n",
            "肺结核密切接触者筛查：{P}家人{F}、{N}、{N}，PPD待读；疾控{N} {L}\n",
            "慢阻肺随访：{P}，{AGE}岁，长期烧炕做饭，FEV1 48%，家住{A}；随访医生{DR}\n",
            // Night reports and ward handovers.
            "夜班交班记录 {D}\n3床{P}：肾绞痛，哌替啶50mg肌注后缓解\n7床{N}：包虫病术后第2天，引流液淡黄\n值班医生：{DR}\n值班护士：{N}\n",
            "护理交班：{P}，跌倒高风险，陪护{F}；夜班护士{N}与白班{N}床旁交接\n",
            "总值班日志：{TIME} 急诊收治{P}（高处坠落），通知骨科{N}、神经外科{N}；家属{F} {M}\n",
            "危急值报告：{P}，住院号{R}，血钾2.6mmol/L，报告人检验科{N}，接收人{DR}，时间{TIME}\n",
            // Record copying, complaints, patient letters.
            "病历复印申请\n申请人：{F}  身份证：{ID}\n与患者关系：{KIN}\n患者：{P}  住院号：{R}\n用途：工伤认定\n联系电话：{M}\n",
            "投诉登记：{F}投诉{DEPT}等候时间过长，患者{P}，电话{M}；处理人{N}\n",
            "患者来信：我是{P}，住在{A}，去年在贵院做了碎石手术，现在又疼了，想找{DS}主任看看。电话{M}\n",
            "表扬信：感谢草原流动医疗队{N}大夫和司机{N}，为我阿爸{MN}送药上山。——{NM}\n",
            // Emergency, trauma and poisoning.
            "急诊分诊：{P}，{AGE}岁，被牛顶伤腹部，血压{BP}；分诊护士{N}；陪同{F}（{KIN}）\n",
            "农药中毒抢救记录：{P}，口服百草枯约20ml，洗胃后转上级；家属{F}，{M}；抢救医生{DR}\n",
            "一氧化碳中毒：{P}一家三口（{P}、{F}、{N}）晨起头晕，住{A0}，煤炉取暖；高压氧科{N}\n",
            "狂犬病暴露处置：{P}被狗咬伤右小腿，III级暴露，狂犬疫苗+免疫球蛋白；犬主{N}，电话{M}\n",
            "蛇咬伤：{P}在山坡割草被蝮蛇咬伤，{TIME}到院；抗蛇毒血清；家属{F}\n",
            // Religious and migrant workers.
            "拉面馆员工健康证办理：{N}、{N}、{MN}，体检合格；店主{N}，电话{M}\n",
            "朝觐人员体检：{P}，{DOB}出生，护照姓名{PY}，脑膜炎疫苗已接种；领队{N} {M}\n",
            "外出务工人员健康证明：{P}，身份证{ID}，拟去新疆摘棉花，体检合格；医生{N}\n",
            // More English and mostly Latin-script.
            "Hajj medical check: {PY}, DOB {DOBE}, meningococcal vaccine given; group leader {E}, phone {M}.\n",
            "Night report: bed 3 {E} renal colic settled; bed 7 {PY} post-op day 2. Doctor on call {ES}.\n",
            "Cotton picker roster: {E}; {NM}; {PY}. Team leader {E2}, phone {M}.\n",
            // Further consortium paperwork.
            "医共体双向转诊回执：{P}，住院号{R}，已下转达坂回族乡卫生院康复；接收医生{N}；家属{F} {M}\n",
            "乡村医生工作日志 {D}\n上午：入户随访{P}、{N}\n下午：给{MN}换药\n晚上：{FS}家老人发烧，已嘱明早来卫生室\n村医：{N}\n",
            "村医签约补助发放：村医{N}，身份证{ID}，补助打入{B}\n",
            "驻村医生周报：本周走访{A0}一带，测血压{P}、{N}等21人；{PS}老汉血压{BP}偏高\n",
            "卫生院药品盘点异常：{N}说哌替啶少了1支，值班{N}、{N}签字确认。\n",
            "{MX}（医务科）：明天省卫健委检查，{N}、{N}准备病历，联系电话{L}\n",
            "工会慰问名单：{N}（住院）、{N}（家属病故）、{MX}（生育）；经办{N}\n",
            "交警事故快处：驾驶人{P}（驾驶证号同身份证{ID}）与{N}追尾，双方无伤；民警{N}\n",
            "器官捐献登记：捐献者{P}，{DOB}生，身份证{ID}；见证人{N}、{N}；协调员{N} {M}\n",
            "寻亲广播：{P}，{AGE}岁，老年痴呆，{D}走失后被送来急诊；如有认识者请联系{L}\n",
            "一老汉自称{P}，说不清家住哪，只记得是{A0}，身上有张纸写着{M}。\n",
            "{P}（{AGE}岁）的外孙{N}在深圳，视频问诊时报了姥姥的身份证{ID}。\n",
            "[语音转写] 护士 明早空腹 啥都嫑吃 {PG} 听着了么 患者 听着咧 家属{F}说 额在这陪着\n",
            "[语音转写] 喂 是{PK}他爸么 娃在学校摔了 你赶紧来 额是班主任{N}\n",
            "[OCR] 报销单 户名 {PO} 卡号 {B} 金额 1,246.00\n",
            "Patient portal: Hi Dr {ES}, this is {MX}. My father {P} had his stones removed; can I get his report"
                    + "? MRN {R}.\n",
            // More Chinese records.
            "献血不良反应登记：献血者{N}，{AGE}岁，献血后晕厥，平卧后缓解；护士{N}；献血者电话{M}\n",
            "血站电话回访：{P}上次献血后手臂淤青，已好转，同意三个月后再来；回访人{N}\n",
            "养老院探视登记：{F}（{KIN}）探视{P}，身份证{ID}，探视时间{TIME}；门卫{N}\n",
            "学校传染病报告：{N}、{N}两名学生水痘，已居家隔离；校医{N}，报告电话{L}\n",
            "结石门诊复诊预约：{P}，{M}，{D}上午，{DS}主任号；就诊卡{R}\n",
            "拾花工工伤认定材料：{P}，身份证{ID}，受伤经过证明人{N}、{N}；用工单位三河口棉场\n",
            "采油厂女工体检：{P}，出生日期{DOB}，乳腺B超BI-RADS 3类；体检医生{N}；工会联系人{N} {L}\n",
            "煤矿工人家属来电：{F}说她男人{P}下井回来咳血，住{A0}，电话{M}\n",
            "巡回医疗车故障：司机{N}报告车辆在{A0}附近抛锚，车上医生{DR}、护士{N}，已联系拖车\n",
            "高原病科出院小结：{P}，住院号{R}，出生日期{DOB}，诊断慢性高原病，出院带药乙酰唑胺；主治{DR}\n",
            "医保稽核：{P}（医保号{I}）同一天在两家医院开药，已约谈；稽核员{N}\n",
            "伤情鉴定补充材料：被鉴定人{P}的CT片已由其{KIN}{F}提交，联系电话{M}；法医{N}\n");

    // Hui (also Dongxiang, Salar and Tu) names, older, middle-aged and young; older rural names of the loess plateau;
    // middle-aged; young and recent cohorts; two-character names; word-like names; compound surnames.
    private static final List<String> CHINESE = List.of((
            "冶占福 冶尕娥 冶麦志 喇永禄 喇存花 妥文禄 妥哈三 妥尕西木 虎生贵 虎麦燕 虎占林 敏哈比 敏祖里哈 锁福德 "
            + "锁阿伊舍 铁万林 铁玉莲 脱永祥 马尕西木 马哈比布 马伊斯哈 哈占鳌 纳巧云 海如意 撒忠礼 者国玺 韩努海 "
            + "韩阿卜都 星永寿 星吉毛 "
            + "豆存劳 权拴牢 巨改改 贠引弟 同粉娥 把转香 鱼满仓 窦拴柱 燕来喜 种社教 郗秋蝉 蔚跃进 剡改娃 年保平 "
            + "师改霞 毋秋菊 辛牛牛 问天喜 闪福存 来宝娃 "
            + "豆卫东 权红梅 巨建军 贠小平 同文革 把建新 鱼卫红 窦亚军 燕海宁 种国庆 郗粉霞 蔚东升 剡彦平 年志刚 "
            + "师宏斌 毋建华 辛彦军 问丽娟 闪建成 冶文杰 喇建国 妥海燕 虎军林 敏学东 锁丽萍 铁红英 脱玉兰 哈建平 "
            + "纳彦红 海志华 者红梅 "
            + "豆梓萱 权一诺 巨子墨 贠思瑶 同浩宇 把欣怡 鱼佳琪 窦梓涵 燕若曦 种宇轩 郗嘉懿 蔚沐辰 剡语桐 年锦程 "
            + "师雨泽 毋诗涵 辛梓睿 问书瑶 闪铭泽 冶艾米娜 喇雅琪 妥子豪 虎一鸣 敏婉婷 锁艾莉 铁锦航 脱诗琪 马阿伊莎 "
            + "海昕冉 撒梓萌 者子航 韩索菲亚 "
            + "豆骞 权昶 巨婕 贠琛 同钊 燕翎 窦蕴 冶朵 妥蕊 虎崧 敏馨 锁琴 "
            + "冶金 来福 辛勤 鱼跃 "
            + "完颜福海 完颜琼 万俟拴成 万俟思彤 呼延改凤 呼延翀").split(" "));
    /**
     * The pool names that are also ordinary words: 冶金 metallurgy, 来福 (good fortune comes; a dog's name), 辛勤
     * hard-working, 鱼跃 a fish's leap; under a tenth of the pool.
     */
    static final List<String> WORD_LIKE = List.of("冶金", "来福", "辛勤", "鱼跃");
    private static final List<String> COMPOUND_SURNAMES = List.of("完颜", "万俟", "呼延");
    // Uyghur and Kazakh names (stored with a middle dot, written with it, with a bullet or without); Tibetan names of
    // Qinghai and Gannan, without a surname; Mongol names of Haixi and Subei; a Tu name.
    private static final List<String> MINORITY = List.of((
            "阿布都沙拉木·肉孜 迪里拜尔·阿不都克力木 图尔荪阿依·玉山 买合甫再·热合曼 阿依努尔·吐尔洪 艾孜买提·司迪克 "
            + "如仙古丽·阿布力米提 吾斯曼江·哈斯木 帕热旦·努尔买买提 排日扎提·艾克木 阿迪拉·吾甫尔 "
            + "别克江·木拉提 阿依达娜·叶尔波拉特 达吾列提·哈吉别克 古丽巴合提·努尔兰 加尔恒·阿合买提 "
            + "哈尔肯·托列吾汗 木合亚提·阿曼别克 "
            + "贡保才旦 桑吉卓玛 拉毛措 更登加 完玛才让 尖措吉 公保扎西 旦正草 索南吉 多杰仁青 "
            + "巴音孟和 乌力吉巴雅尔 孟和达来 乌日根达赖 朝鲁门其其格 吉先加").split(" "));
    /** Nicknames of the north-west (尕 small, 碎 small, 娃 child), labelled as names. */
    private static final List<String> NICKNAMES = List.of("尕蛋", "牛娃", "碎娃", "狗剩", "尕妹子", "羊娃", "存牢",
            "黑女", "尕宝", "丑娃");
    // given|family.
    private static final List<String> ENGLISH = List.of("Bakhtiyor|Yuldashev", "Nurlanbek|Abdykalykov",
            "Firdavs|Rahimzoda", "Gulnoza|Ergasheva", "Abdushukur|Memtimin", "Mihray|Tohtiniyaz", "Zhanibek|Ospanov",
            "Aigerim|Dzhaksybekova", "Tsogtbaatar|Ganzorig", "Narangerel|Dashdorj", "Jampa|Tsultrim", "Shoaib|Khattak",
            "Zarghuna|Popalzai", "Oguzhan|Karaduman", "Yekaterina|Shcherbinina", "Vsevolod|Pankratov",
            "Ruslana|Tkachuk", "Dawit|Gebremariam", "Ahmadou|Bocoum", "Tordis|Hjelmeland", "Fergal|Mulrooney",
            "Hildegard|Wetherall", "Oswin|Pilkington", "Wystan|Fotheringham", "Solange|Beaulieu",
            "Gunnhild|Skjelbred", "Krisztina|Szabadkai", "Radoslav|Ivanchev", "Ilkin|Mammadli", "Nodira|Khakimova",
            "Temirlan|Zhakupbekov", "Hafsa|Niazi", "Eldor|Mirzakarimov", "Saltanat|Bekmuratova");
    /** English given name|Chinese surname|its pinyin, for colleagues who go by an English name. */
    private static final List<String> MIXED = List.of("Rocco|豆|Dou", "Elvis|锁|Suo", "Jolin|喇|La", "Maverick|敏|Min",
            "Quincy|冶|Ye", "Darcy|权|Quan", "Sabrina|虎|Hu", "Yvette|燕|Yan", "Dexter|巨|Ju");
    /** Family|first syllable|second syllable, with tone marks, of people written in pinyin only. */
    private static final List<String> PINYIN = List.of("Yě|Zhàn|Fú", "Lǎ|Yǒng|Lù", "Tuǒ|Wén|Lù", "Hǔ|Shēng|Guì",
            "Mǐn|Xué|Lǐ", "Suǒ|Fú|Dé", "Dòu|Cún|Láo", "Quán|Shuān|Láo", "Jù|Gǎi|Gǎi", "Yùn|Yǐn|Dì", "Tóng|Fěn|Líng",
            "Bǎ|Zhuǎn|Xiāng", "Yú|Mǎn|Cāng", "Yàn|Lái|Xǐ", "Zhǒng|Shè|Jiào", "Xī|Xué|Jūn", "Nián|Bǎo|Píng",
            "Shī|Gǎi|Xiá");
    /** Gansu, Ningxia, Qinghai, Xinjiang and Shaanxi counties and districts. */
    private static final List<String> AREA = List.of("620102", "620105", "620121", "622921", "622926", "622927",
            "621121", "620422", "620802", "640104", "640122", "640422", "640522", "640323", "630102", "630121",
            "630223", "630225", "632521", "632621", "650102", "650104", "653101", "653121", "654021", "652901",
            "659001", "610104", "610802", "610626");
    /** The areas whose codes were already issued with 15-digit numbers (not 平安区, 循化 630225, 海原 640522 …). */
    private static final List<String> LEGACY_AREA = AREA.stream()
            .filter(a -> !List.of("630223", "630225", "610802", "640522", "620802").contains(a)).toList();
    /** Area code and length of the local number. */
    private static final List<String> LANDLINE_AREAS = List.of("0931|7", "0951|7", "0971|7", "0991|7", "029|8",
            "0930|7", "0954|7", "0998|7", "0999|7", "0972|7", "0943|7", "0938|7");
    private static final List<String> BANK_BINS = List.of("621778", "622845", "621098", "623186", "622568", "621036");
    /** Provincial capitals: streets written with 号, an estate with 号楼/单元/室. */
    private static final List<String> CITY_STREETS = List.of("甘肃省兰州市|城关区庆阳路,七里河区西津西路,安宁区北滨河西路",
            "宁夏回族自治区银川市|兴庆区解放西街,金凤区北京中路", "青海省西宁市|城东区八一路,城中区南大街",
            "新疆维吾尔自治区乌鲁木齐市|天山区解放南路,新市区北京南路", "陕西省西安市|莲湖区大庆路,雁塔区小寨西路");
    private static final List<String> ESTATES = List.of("金城花园", "黄河家园", "枸杞苑", "天山明珠小区", "丝路佳苑");
    /** County towns: streets written with 号院 and 号. */
    private static final List<String> TOWN_STREETS = List.of("甘肃省临夏回族自治州临夏县|韩集镇团结路,土桥镇滨河路",
            "宁夏回族自治区吴忠市盐池县|花马池镇鼓楼南街", "陕西省榆林市米脂县|银州街道东大街",
            "新疆维吾尔自治区喀什地区疏附县|托克扎克镇团结路");
    /** Villages, some of a 回族乡: written with a 社 or a 组. */
    private static final List<String> VILLAGES = List.of("甘肃省临夏回族自治州东乡族自治县锁南镇|拱北湾村,达板村",
            "宁夏回族自治区固原市西吉县兴平回族乡|上马村,堡子湾村", "甘肃省天水市张家川回族自治县恭门镇|河峪村,城子村",
            "甘肃省庆阳市环县曲子镇|西沟村,双城村", "青海省海东市化隆回族自治县群科镇|安达其哈村,加合村",
            "新疆维吾尔自治区阿克苏地区阿瓦提县拜什艾日克镇|托万克村,阿热勒村", "陕西省榆林市米脂县杨家沟镇|岳家岔村,高庙山村");
    /** Tibetan pastoral villages: written with a winter or summer pasture. */
    private static final List<String> PASTURES = List.of("青海省海南藏族自治州共和县黑马河乡|文巴村,吉尔孟村",
            "甘肃省甘南藏族自治州玛曲县阿万仓镇|贡赛尔喀木道村,沃特村", "青海省果洛藏族自治州玛沁县拉加镇|赛什托村");
    /** Bingtuan regiments: written with a 连. */
    private static final List<String> REGIMENTS = List.of("新疆维吾尔自治区石河子市|一四三团,一三三团",
            "新疆维吾尔自治区阿拉尔市|十团,十二团");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

    private Blind20Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_20 || !templates.isEmpty() && BLIND_20.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character. */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 福海 of 完颜福海, 占福 of 冶占福. */
    static String givenNameOf(String chineseName) {
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a one-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /** The name as OCR reads it off a form: broken by a line break, an ideographic blank, blanks between characters. */
    static String scannedName(String chineseName, RandomGenerator r) {
        String surname = surnameOf(chineseName), given = givenNameOf(chineseName);
        return switch (r.nextInt(4)) {
            case 0 -> surname + "\n" + given;
            case 1 -> surname + "\u3000" + given;
            case 2 -> String.join(" ", chineseName.split(""));
            default -> surname + "  " + given;
        };
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        return w.matches("(?s).*[ \n\u3000].*") && !w.matches("(?s)[ \n\u3000].*|.*[ \n\u3000]")
                && CHINESE.contains(w.replaceAll("[ \n\u3000]", ""));
    }

    /** A minority name as written: with its middle dot (most often), with a bullet, or without a dot. */
    static String minorityName(RandomGenerator r) {
        String name = pick(MINORITY, r);
        return switch (r.nextInt(10)) {
            case 0 -> name.replace('·', '•');
            case 1, 2, 3 -> name.replace("·", "");
            default -> name;
        };
    }

    /** Every way {@link #minorityName} writes the pool's names. */
    static Stream<String> minorityWritten() {
        return MINORITY.stream().flatMap(n -> Stream.of(n, n.replace('·', '•'), n.replace("·", ""))).distinct();
    }

    /** The minority pool entry a value writes, or null. */
    static String minorityOf(String w) {
        return MINORITY.stream().filter(n -> n.equals(w) || n.replace('·', '•').equals(w)
                || n.replace("·", "").equals(w)).findFirst().orElse(null);
    }

    static String nickname(RandomGenerator r) {
        return pick(NICKNAMES, r);
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

    /** An English given name with a Chinese surname: Rocco豆, 豆 Rocco, Rocco Dou or DOU Rocco. */
    static String mixedName(RandomGenerator r) {
        List<String> forms = mixedForms(pick(MIXED, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> mixedForms(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[0] + p[1], p[1] + " " + p[0], p[0] + " " + p[2], p[2].toUpperCase() + " " + p[0]);
    }

    /** A pinyin name: YE ZHANFU, YE, ZHANFU, Ye Zhanfu, Zhanfu YE or Yě Zhànfú. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    /** A pinyin name as a passport's machine-readable zone writes it: YE&lt;&lt;ZHANFU. */
    static String machineReadableName(RandomGenerator r) {
        return machineReadable(pick(PINYIN, r));
    }

    static String machineReadable(String entry) {
        String[] p = toneless(entry).split("\\|");
        return (p[0] + "<<" + p[1] + p[2]).toUpperCase();
    }

    static List<String> pinyinForms(String entry) {
        String[] toned = entry.split("\\|");
        String[] p = toneless(entry).split("\\|");
        String f = p[0], given = p[1] + p[2].toLowerCase();
        return List.of(f.toUpperCase() + " " + given.toUpperCase(), f.toUpperCase() + ", " + given.toUpperCase(),
                f + " " + given, given + " " + f.toUpperCase(), toned[0] + " " + toned[1] + toned[2].toLowerCase());
    }

    /** The entry without its tone marks. */
    static String toneless(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        String first17 = pick(AREA, r) + String.format("%04d%02d%02d", 1935 + r.nextInt(86), 1 + r.nextInt(12),
                1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
        return first17 + Checksums.residentIdCheck(first17);
    }

    /** A first-generation 15-digit number: area, yymmdd (born 1935 to 1999), three digits. */
    static String legacyId(RandomGenerator r) {
        return pick(LEGACY_AREA, r) + String.format("%02d%02d%02d", 35 + r.nextInt(65), 1 + r.nextInt(12),
                1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
    }

    /** A resident identity number: plain, lower-case x, 6 4 4 4 by blanks, full-width digits, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(12)) {
            case 0 -> legacyId(r);
            case 1, 2 -> id.substring(0, 6) + " " + id.substring(6, 10) + " " + id.substring(10, 14) + " "
                    + id.substring(14);
            case 3 -> fullWidth(id);
            case 4, 5 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** Digits as full-width forms (１２３), as typed in some Chinese input methods; X stays. */
    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= '0' && c <= '9' ? FULL_WIDTH_DIGITS.charAt(c - '0') : c);
        return b.toString();
    }

    /** Full-width digits back to ASCII. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = FULL_WIDTH_DIGITS.indexOf(c);
            b.append(i >= 0 ? (char) ('0' + i) : c);
        }
        return b.toString();
    }

    /** A mobile: plain, 139 1234 5678, (+86)13912345678, 0086 13912345678, +86-139-1234-5678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(9)) {
            case 0, 1 -> a + " " + b + " " + c;
            case 2 -> "(+86)" + n;
            case 3 -> "0086 " + n;
            case 4 -> "+86-" + a + "-" + b + "-" + c;
            default -> n;
        };
    }

    /** A landline: 0931-8456789, 0951 5012345, (0971)6123456, 0991－4512345; sometimes 转 or - and an extension. */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        String number = switch (r.nextInt(6)) {
            case 0 -> area + " " + local;
            case 1 -> "(" + area + ")" + local;
            case 2 -> area + "\uFF0D" + local;
            default -> area + "-" + local;
        };
        return switch (r.nextInt(6)) {
            case 0 -> number + "转" + digits(3 + r.nextInt(2), r);
            case 1 -> number + "-" + digits(3 + r.nextInt(2), r);
            default -> number;
        };
    }

    /** H24-031827, MZ2024 and six digits, 0318271/24, QL and eight digits. */
    static String recordNumber(RandomGenerator r) {
        int year = 2015 + r.nextInt(11);
        return switch (r.nextInt(4)) {
            case 0 -> "H" + (year % 100) + "-" + digits(6, r);
            case 1 -> "MZ" + year + digits(6, r);
            case 2 -> digits(7, r) + "/" + (year % 100);
            default -> "QL" + digits(8, r);
        };
    }

    /** Gansu GS62, Ningxia NX64-, Qinghai QHYB63, Xinjiang XJ-65-, Shaanxi SN61. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "GS62" + digits(12, r);
            case 1 -> "NX64-" + digits(10, r);
            case 2 -> "QHYB63" + digits(9, r);
            case 3 -> "XJ-65-" + digits(10, r);
            default -> "SN61" + digits(11, r);
        };
    }

    /** A bank card, 16 or 19 digits with a valid Luhn digit: plain, fours by blanks, or bank number and the rest. */
    static String bankCard(RandomGenerator r) {
        String body = pick(BANK_BINS, r) + digits(r.nextBoolean() ? 9 : 12, r);
        String card = body + SyntheticValues.luhnDigit(body);
        return switch (r.nextInt(4)) {
            case 0 -> card.replaceAll("(\\d{4})(?=\\d)", "$1 ");
            case 1 -> card.substring(0, 6) + " " + card.substring(6);
            default -> card;
        };
    }

    /**
     * An address: city streets with 号 and an estate with 号楼/单元/室, county-town streets with 号院 and 号, villages
     * with a 社 or 组, pastoral villages with a pasture, Bingtuan regiments with a 连; {@code partial} may stop at the
     * village or the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return place(r.nextBoolean() ? VILLAGES : r.nextBoolean() ? CITY_STREETS : TOWN_STREETS, withProvince, r);
        }
        return switch (r.nextInt(6)) {
            case 0 -> place(CITY_STREETS, withProvince, r) + (1 + r.nextInt(400)) + "号" + (r.nextInt(4) > 0
                    ? pick(ESTATES, r) + (1 + r.nextInt(30)) + "号楼" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(24)) + "0" + (1 + r.nextInt(4)) + "室" : "");
            case 1 -> place(TOWN_STREETS, withProvince, r) + (1 + r.nextInt(120)) + "号院"
                    + (r.nextBoolean() ? (1 + r.nextInt(40)) + "号" : "");
            case 2 -> place(PASTURES, withProvince, r) + (r.nextBoolean() ? "冬季牧场" : "夏季牧场");
            case 3 -> place(REGIMENTS, withProvince, r) + (r.nextBoolean() ? chineseNumber(1 + r.nextInt(20))
                    : String.valueOf(1 + r.nextInt(20))) + "连" + (r.nextBoolean() ? (1 + r.nextInt(60)) + "号" : "");
            default -> place(VILLAGES, withProvince, r) + switch (r.nextInt(3)) {
                case 0 -> chineseNumber(1 + r.nextInt(12)) + "社";
                case 1 -> (1 + r.nextInt(12)) + "社";
                default -> (1 + r.nextInt(9)) + "组";
            } + (r.nextInt(3) > 0 ? (1 + r.nextInt(90)) + "号" : "");
        };
    }

    /** A town or city and one of its villages or streets, with or without the province or region. */
    private static String place(List<String> towns, boolean withProvince, RandomGenerator r) {
        String[] t = pick(towns, r).split("\\|");
        String[] places = t[1].split(",");
        return (withProvince ? t[0] : withoutProvince(t[0])) + places[r.nextInt(places.length)];
    }

    /** 兰州市… of 甘肃省兰州市…, 固原市… of 宁夏回族自治区固原市…. */
    static String withoutProvince(String s) {
        int province = s.indexOf('省');
        if (province >= 0) return s.substring(province + 1);
        int region = s.indexOf("自治区");
        return region >= 0 ? s.substring(region + 3) : s;
    }

    /**
     * A date of birth, 1935 to 2008: 1962年03月08日, 1962-3-8, 1962.03.08, 一九六二年三月八日, 1962年3月8号, 19620308,
     * 1962年3月8日, 1962/03/08, 1962.03.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(74), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(9)) {
            case 0 -> String.format("%d年%02d月%02d日", y, m, d);
            case 1 -> y + "-" + m + "-" + d;
            case 2 -> String.format("%d.%02d.%02d", y, m, d);
            case 3 -> chineseYear(y) + "年" + chineseNumber(m) + "月" + chineseNumber(d) + "日";
            case 4 -> y + "年" + m + "月" + d + "号";
            case 5 -> String.format("%d%02d%02d", y, m, d);
            case 6 -> y + "年" + m + "月" + d + "日";
            case 7 -> String.format("%d/%02d/%02d", y, m, d);
            default -> String.format("%d.%02d", y, m);
        };
    }

    /** An English date of birth: 08 MAR 1962, 8th March 1962, 08/03/1962 (day first), 1962-Mar-08. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(74), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d %s %d", d, month.substring(0, 3).toUpperCase(), y);
            case 1 -> d + ordinal(d) + " " + month + " " + y;
            case 2 -> String.format("%02d/%02d/%d", d, m, y);
            default -> String.format("%d-%s-%02d", y, month.substring(0, 3), d);
        };
    }

    private static String ordinal(int d) {
        if (d >= 11 && d <= 13) return "th";
        return switch (d % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** A child's date of birth, 2012 to 2025: 2019年10月5日, 2019-10-05, 2019.10.5, 20191005, 2019年10月5号. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2012 + r.nextInt(14), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(5)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> String.format("%d%02d%02d", y, m, d);
            default -> y + "年" + m + "月" + d + "号";
        };
    }

    /** 1962 as 一九六二. */
    static String chineseYear(int y) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(y).toCharArray()) b.append(NUMERALS.charAt(c - '0'));
        return b.toString();
    }

    /** 1 to 39 as 一 … 三十九. */
    static String chineseNumber(int n) {
        if (n < 10) return String.valueOf(NUMERALS.charAt(n));
        String tens = n / 10 == 1 ? "十" : NUMERALS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + NUMERALS.charAt(n % 10);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return CHINESE.contains(w) || minorityOf(w) != null || NICKNAMES.contains(w) || isScannedName(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w))
                || mixedOf(w) != null || MIXED.stream().anyMatch(n -> given(n).equals(w)) || pinyinOf(w) != null
                || machineReadableOf(w) != null;
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || NICKNAMES.contains(w)) {
            return w;
        }
        if (minorityOf(w) != null) {
            return minorityOf(w);
        }
        if (isScannedName(w)) {
            return w.replaceAll("[ \n\u3000]", "");
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    /** The pinyin pool entry a value writes, or null. */
    static String pinyinOf(String w) {
        return PINYIN.stream().filter(n -> pinyinForms(n).contains(w)).findFirst().orElse(null);
    }

    /** The pinyin pool entry a machine-readable value writes, or null. */
    static String machineReadableOf(String w) {
        return PINYIN.stream().filter(n -> machineReadable(n).equals(w)).findFirst().orElse(null);
    }

    /** The mixed pool entry a value writes, or null. */
    static String mixedOf(String w) {
        return MIXED.stream().filter(n -> mixedForms(n).contains(w)).findFirst().orElse(null);
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    static List<String> minorityNames() {
        return MINORITY;
    }

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> compoundSurnames() {
        return COMPOUND_SURNAMES;
    }

    static List<String> pinyinNames() {
        return PINYIN;
    }

    static List<String> mixedNames() {
        return MIXED;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    /** Every way {@link #pinyinName} and {@link #machineReadableName} write the pool's names. */
    static Stream<String> pinyinWritten() {
        return PINYIN.stream().flatMap(n -> Stream.concat(pinyinForms(n).stream(), Stream.of(machineReadable(n))));
    }

    /** Every way {@link #mixedName} writes the pool's names. */
    static Stream<String> mixedWritten() {
        return MIXED.stream().flatMap(n -> mixedForms(n).stream());
    }

    static Stream<String> mixedGivenNames() {
        return MIXED.stream().map(Blind20Templates::given);
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind20Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind20Templates::given);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }

    private static String digits(int n, RandomGenerator r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('0' + r.nextInt(10)));
        return b.toString();
    }

    private static String pick(List<String> xs, RandomGenerator r) {
        return xs.get(r.nextInt(xs.size()));
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NM" -> out.write(minorityName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(random), EntityKind.NAME);
            case "PZ" -> out.write(machineReadableName(random), EntityKind.NAME);
            case "MX" -> out.write(mixedName(random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

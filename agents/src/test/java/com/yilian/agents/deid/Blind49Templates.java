package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Forty-ninth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_49}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: occupational disease in a consortium of central-southern Hunan and western Guizhou (Loudi with
 * Lengshuijiang, Lianyuan, Xinhua and Shuangfeng; Leiyang; Liupanshui with Shuicheng, Panzhou, Liuzhi and Zhongshan),
 * led by the fictional tertiary 湘麓医科大学附属第三医院 in Changsha and its 湘麓职业病防治研究所 (湘麓职防所), with county hospitals
 * and township health centres (渣渡镇卫生院, 导子镇卫生院, 米箩镇卫生院). The people: returned coal, antimony and mercury miners,
 * quarry, tunnel and stone-carving workers with pneumoconiosis (尘肺, 矽肺, 煤工尘肺) and workers poisoned by benzene, lead
 * and mercury; their wives, children and parents; labour-arbitration lawyers and arbitrators; NGO volunteers and
 * foreign researchers; employers' HR and safety officers; diagnosis panels; social-security officers (人社, 社保); village
 * doctors; Yi tunnel workers from Liangshan. The genres: 职业病诊断申请 and 诊断证明书, 职业史 and exposure histories with
 * employers, dates and dust measurements, chest-film reading reports with ILO grades, work-injury (工伤) identification and
 * disability grading (劳动能力鉴定), death benefits, labour arbitration (申请书, 开庭笔录, 送达回证, 调解书, 律师函),
 * whole-lung lavage and ward notes, home-oxygen follow-up, relief, pension and subsidy rosters, audiometry and poisoning
 * follow-up, village-doctor logs and referrals, WeChat groups of patients, families, volunteers and staff, voice notes in
 * Xiang (老倌子, 堂客, 爷老倌, 冇得, 出不赢, 霸蛮, 啵) and southwestern Mandarin (哪样, 咋个, 莫得, 要得, 嬢嬢), OCR'd
 * forms, CSV, tab, pipe and markdown tables, JSON exports, HL7-like segments, SMS, e-mails and English summaries for
 * NGOs and donors (about a seventh in English or mostly Latin script).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, panel doctors, village
 * doctors, nurses, lawyers, arbitrators, HR and safety officers, social-security officers, volunteers, researchers,
 * interpreters, in every position (after a role word, at the start of a chat line, in table cells, CSV fields, JSON
 * values, HL7 fields, English prose). A surname in a form of address labels the surname only ({@code PS} the patient's,
 * {@code FS} the relative's, {@code DS} the doctor's, {@code NS} a further person's): 老X, 小X, X师傅, X嫂子, X律师, X医生,
 * X主任, X科长, X爹爹, X娭毑, X嬢嬢. A given name used alone ({@code PG}) labels the given name (a one-character given name
 * is never used alone). A nickname ({@code PK}: 谢铁砣, 杨幺哥) names a person and is labelled whole. A person known as
 * another's wife or child (X之妻, X之子, X之女, X的崽, X的堂客) labels that other person. Kin words, titles and roles alone
 * are not names: 堂客, 老倌子, 爷老倌, 伢崽, 安全员, 人事专员, 村医, 仲裁员. An OCR'd name ({@code PO}) broken by a line break, a
 * blank after the surname, or a blank or ideographic blank between every character is one span. Yi names ({@code MN},
 * {@code NM}: 沙马拉格, clan name and personal name) are labelled whole; the personal name used alone ({@code MG}: 拉格) is a
 * name. Volunteers and researchers ({@code E}, {@code E2}) are labelled whole, a family name alone ({@code ES}) and a
 * given name alone ({@code EG}) too; Dr stays outside the span. Patients in English documents are written in pinyin
 * ({@code NY}: Kuang Shuiqing, KUANG Shuiqing, Shuiqing Kuang; {@code NH}: KUANG^SHUIQING in HL7 fields), labelled whole.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of Loudi
 * (4313, and the 娄底地区 codes 4325 kept by numbers first issued before 1999), Leiyang 430481 and Liupanshui 5202; plain,
 * with a lower-case x, 6-8-4 by blanks or hyphens, or a blank between every character as OCR reads boxed forms; 15-digit
 * numbers with a valid birth date on codes that existed before 1999; {@code IDV}: read aloud in a voice note, 幺 or 一,
 * 零, X as 叉 or X), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86; {@code MV}: spoken, all in numerals with
 * 幺 or 一 and 零, or the first three spoken and the rest in digits as speech recognition writes it), landlines ({@code L}:
 * seven local digits on 0738 Loudi, 0734 Hengyang and the old 0858 Liupanshui, eight on 0731 Changsha and 0851, Guizhou's
 * single code since 2015; as 0738-8312345, (0738)8312345, 0738 831 2345, with an extension after 转, +86 738 8312345),
 * addresses ({@code A}: villages and mining communities by 镇/街道, 村/社区, 组 (and 号), flats (N栋N单元N室); {@code A0}:
 * stopping at the township, the village, the 组 or the road; {@code AE}: in English, Group 5, Louxia Village, Shuiche Town,
 * Xinhua County, Loudi, Hunan, or stopping at the county), record numbers ({@code R}: inpatient numbers of eight digits,
 * outpatient XLMZ24-018765, occupational-disease archive numbers ZYB-431381-0387 on an area code, county hospitals
 * LSJ2400387 (LSJ, LY, XH, LPS)), insurance numbers ({@code I}: social-security cards of a letter and eight digits,
 * personal numbers of ten digits beginning 43 or 52, co-operative medical-care certificates of an area code and seven
 * digits), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks or hyphens, and
 * 17-digit passbook accounts of the rural credit co-operatives, 一折通), dates of birth ({@code DOB}: 1965年3月8日, 1965-03-08,
 * 1965.3.8, 一九六五年三月八日, 65年3月8号, 19650308, and the year and month of 出生年月, 1965年3月, 1965.03; {@code DOBL}: lunar
 * 农历1963年腊月初八, 阴历六三年八月十五, 农历癸卯年腊月初八; {@code DOBE}: 8 Mar 1965, March 8, 1965, 08-MAR-1965;
 * {@code DOBN}: 19650308 in exports and HL7). Not labelled: visit, exposure and employment dates, ages, ILO grades and
 * stages (2/2 q/r, 矽肺贰期), dust concentrations and silica content, lab values, hearing thresholds, SpO2, amounts,
 * employers and their unified social credit codes (统一社会信用代码, 91431381MA4L7QX52N, 914304817680235419), mine and tunnel
 * names, film, CT, report and health-check numbers, diagnosis-certificate, work-injury, disability and arbitration case
 * numbers, law and standard articles (《职业病防治法》第四十八条, GBZ 70-2015), employee numbers, oxygen-concentrator serials,
 * contract, visiting-pass and acceptance numbers, plates, passports, hotlines (12333), facilities and places alone, kin
 * words and roles, dialect words, and words beginning with a pool surname (石英, 安全员, 雷管, 曾经, 谢谢, 周围, 陈旧性, 龙门阵,
 * 金属; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind48Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of Loudi, Leiyang and Liupanshui would look: 刘, 李, 陈, 王, 谢, 曾, 罗, 杨, 彭, 张 carry most, then 龙, 周, 安,
 * 唐, 邓, 肖, 谭, 伍, 熊, 吴 and others, and surnames of the region no earlier group used ({@link #RARE_SURNAMES}: 资, 奢,
 * 侬); older people's names with 满, 伏, 腊, 冬, 运, 湘, 碧, children's with 梓, 沐, 沁, 汐, and word-like names
 * ({@link #WORD_LIKE}). {@link #MINORITY} holds Yi names of Liangshan tunnel workers, {@link #NICKNAMES} Xiang and
 * Guizhou nicknames, {@link #ENGLISH} volunteers and researchers, {@link #PINYIN} patients as English documents write
 * them. Own slots: {@code N}, a further Chinese name; {@code NS}, a further person's surname; {@code PS}, {@code FS},
 * {@code DS}; {@code PG}; {@code PK}; {@code PO}; {@code MG}; {@code NM}, a further Yi name; {@code NY}, {@code NH}; and
 * the identifier slots above. Any non-empty subset of {@link #BLIND_49} uses these pools (see {@link #uses}).
 */
final class Blind49Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270119L;

    static final List<String> BLIND_49 = List.of(
            // Occupational-disease diagnosis (职业病诊断).
            "湘麓医科大学附属第三医院 职业病诊断证明书\n编号：湘麓职诊〔2024〕第0219号\n劳动者姓名：{P}  性别：{SEX}  出生年月：{DOB}\n身份证号：{ID}\n"
                    + "用人单位：冷水江市锡星锑业有限公司（统一社会信用代码 91431381MA4L7QX52N）\n诊断结论：矽肺贰期（GBZ 70-2015）\n诊断医师：{DR}、{N}、{N}\n",
            "职业病诊断申请书\n申请人：{P}\n身份证号码：{ID}\n联系电话：{M}\n现住址：{A}\n申请诊断的职业病名称：尘肺病\n用人单位：涟源市斗笠山煤业有限责任公司\n申请日期：{D}\n",
            "诊断讨论记录：{D}，诊断组{DR}、{N}、{N}集体阅片，{P}（档案号{R}）胸片小阴影以q/r为主，分布6个肺区，密集度2级，一致诊断为煤工尘肺贰期。\n",
            "职业病诊断鉴定申请：申请人{P}对湘麓职诊〔2024〕第0219号诊断结论有异议，申请娄底市职业病诊断鉴定委员会鉴定；代理人{N}（湘楚律师事务所），{M}\n",
            "{\"diagCertNo\":\"湘麓职诊〔2024〕第0219号\",\"worker\":\"{P}\",\"idNo\":\"{ID}\",\"diagnosis\":\"silicosis stage II\","
                    + "\"employerCode\":\"91431381MA4L7QX52N\",\"panel\":[\"{DR}\",\"{N}\"]}\n",
            "[OCR] 职业病诊断证明书\n姓名 {PO}  性别 {SEX}\n身份证号 {ID}\n诊断结论 矽肺壹期\n证明书编号 湘麓职诊〔2023〕第1187号\n",
            "职业病诊断工作会议纪要：{D}，参加人{DR}、{N}、{N}；议定：{P}等三人补充职业史材料后重新提交诊断组讨论，由{NS}主任负责通知\n",
            // Occupational and exposure histories (职业史、接触史).
            "职业史\n起止时间 | 工作单位 | 工种 | 接触粉尘\n1988.03–1996.11 | 渣渡煤矿三号井 | 掘进工 | 煤矽尘\n"
                    + "1997.02–2009.06 | 深圳某隧道工程队 | 风钻工 | 矽尘（游离二氧化硅 41.3%）\n劳动者：{P}  证明人：{N}（原班长）  电话：{M}\n",
            "职业史证明：兹证明{P}（身份证{ID}）于2003年4月至2012年9月在我矿井下从事采煤工作。证明人：{N}、{N}（同班组工友）。\n",
            "接触史补充：{PS}师傅讲在锡矿山南矿打了十一年风钻，干打眼，冇戴口罩，一个班下来鼻孔都是黑的；工友{N}可以作证，电话{M}\n",
            "职业病危害接触史调查表\n姓名\t工种\t接害因素\t接害工龄\n{P}\t凿岩工\t矽尘\t14年\n{N}\t石雕工\t矽尘\t9年\n调查人：{DR}\n",
            "依《职业病防治法》第四十八条，用人单位不提供职业史材料的，诊断机构可结合劳动者自述和工友证言作出诊断；{P}的工友{N}、{N}已出具书面证明，联系电话{M}\n",
            "石雕厂接触史：{P}，{AGE}岁，在耒阳市某石雕厂从事石材切割、打磨，车间总粉尘 18.6mg/m³，呼吸性粉尘 5.2mg/m³，石英含量高；家住{A}\n",
            "隧道施工班组花名册（摘录）\n姓名,身份证号,籍贯,岗位\n{P},{ID},新化,风钻工\n{MN},（外省）,凉山昭觉,出渣工\n{N},{ID},水城,支护工\n",
            "井下作业情况：{P}自述1994年起在导子煤矿放炮，装雷管、打眼都干过，曾经两次冒顶；安全员{N}可以证明，电话{M}\n",
            // Chest films (X光片) and ILO grades.
            "胸部X射线高千伏摄影 读片报告\n姓名：{P}  住院号：{R}\n片号：DR20240318-0047\n小阴影：形态 q/r，密集度 2/2，分布 右上、右中、左上、左中\n"
                    + "大阴影：无  胸膜斑：无\n读片：{DR}\n审核：{N}\n",
            "ILO reading sheet\nSubject: {NY}  DOB: {DOBE}\nFilm no. X23-08871, quality grade 1\nSmall opacities: p/q, profusion 1/0, "
                    + "zones RU RM LU LM\nLarge opacities: 0\nReader: Dr {ES}\n",
            "[OCR] 胸片报告单\n姓名:{PO} 片号:X23-08871\n印象:双肺弥漫小结节影,部分为陈旧性病灶,考虑尘肺,建议职业病诊断\n报告医生:{DR}\n",
            "阅片会诊：{P}的DR片（DR20240318-0047）与2019年旧片对比，小阴影密集度由1/1进展至2/2，右上肺出现大阴影约2.1×1.8cm，考虑进展为叁期；"
                    + "会诊医师{DR}、{N}；家属{F}在场\n",
            "影像号,姓名,检查日期,ILO分级,阅片医生\nCT2403180112,{P},{D},2/1 q/q,{DR}\nDR20240318-0047,{N},{D},3/3 r/r ax,{DR}\n",
            // Work-injury identification (工伤认定), disability grading, death benefits.
            "工伤认定申请表\n申请人：{F}（与职工关系：{KIN}）\n职工姓名：{P}  身份证号：{ID}\n用人单位：耒阳市导子乡兴旺煤矿（统一社会信用代码 914304817680235419）\n"
                    + "职业病名称：煤工尘肺叁期\n申请人联系电话：{M}\n通讯地址：{A}\n",
            "认定工伤决定书\n冷人社工认字〔2023〕第0387号\n{P}，身份证号{ID}，经审查，于{D}被诊断为矽肺贰期，符合《工伤保险条例》第十四条第（四）项规定，予以认定为工伤。\n",
            "劳动能力鉴定结论书\n娄劳鉴〔2023〕第112号\n被鉴定人：{P}  社会保障号码：{I}\n伤残等级：四级  生活自理障碍：无\n鉴定日期：{D}\n",
            "工亡职工{P}之妻{F}申领供养亲属抚恤金，本人身份证{ID}，开户账号{B}；经办人{N}\n",
            "[OCR] 劳动能力鉴定申请表\n申请人 {PO}\n社保号 {I}\n联系电话 {M}\n工伤认定书号 冷人社工认字〔2023〕第0387号\n",
            "伤残待遇核定：{P}，伤残四级，一次性伤残补助金按21个月本人工资计发，伤残津贴按月发放至本人账户{B}；核定人{N}\n",
            "工伤认定中止通知：因{P}与用人单位劳动关系尚在仲裁（娄劳人仲案字〔2023〕第187号），工伤认定程序中止；{NS}科长，电话{L}\n",
            "尘肺工亡待遇申请\n死者：{P}  出生日期：{DOB}\n死亡日期：{D}\n申请人：{F}（{KIN}），身份证号{ID}\n一次性工亡补助金 ¥1,027,380.00\n",
            // Labour arbitration (劳动仲裁).
            "劳动人事争议仲裁申请书\n申请人：{P}，{SEX}，{DOB}出生，住{A}，电话{M}\n被申请人：六盘水市汪家寨矿业有限公司，统一社会信用代码 91520201MA6DL0X47K\n"
                    + "仲裁请求：确认2009年3月至2021年8月双方存在劳动关系\n委托代理人：{N}律师\n",
            "开庭笔录（节选）\n案号：耒劳人仲案〔2024〕56号\n仲裁员：{N}\n申请人{P}及其代理人{N}到庭；被申请人委托人事专员{N}出庭\n",
            "仲裁裁决书送达回证：六盘水劳人仲案字〔2022〕第41号，受送达人{P}，送达地址{A}，签收人{F}（{KIN}）\n",
            "律师函\n致：涟源市斗笠山煤业有限责任公司人力资源部负责人{N}\n我所受{P}委托，就其尘肺病工伤待遇一事，请贵司于{D}前与我所{N}律师联系，电话{M}。\n",
            "{PS}嫂子，仲裁那边讲材料还差一份{PS}师傅的工资流水，你去信用社打一下，就是账号{B}那个折子\n",
            "调解书：申请人{P}与被申请人盘州市火铺矿业有限公司自愿达成调解，被申请人一次性支付工伤待遇合计¥386,500.00，于{D}前转入申请人账户{B}；仲裁员{N}\n",
            "Arbitration summary for the NGO file\nClaimant: {NY} (tel {M})\nRespondent: Lianyuan Doulishan Coal Co., Ltd. "
                    + "(USCC 91431382MA4PXK2Y7C)\nCase: Lou Lao Ren Zhong An Zi (2023) No. 187\nCounsel: {N}, pro bono\n"
                    + "Outcome: employment relationship confirmed\n",
            "立案通知：{P}诉冷水江市锡星锑业有限公司劳动争议一案已受理，案号冷劳人仲裁字〔2024〕第9号，请于{D}到第二仲裁庭参加庭审；联系人{NS}科长，{L}\n",
            "{\"caseNo\":\"六盘水劳人仲案字〔2022〕第41号\",\"applicant\":\"{P}\",\"phone\":\"{M}\",\"agent\":\"{N}\",\"address\":\"{A}\"}\n",
            // Whole-lung lavage (大容量全肺灌洗) and the wards.
            "全肺灌洗术知情同意书\n患者：{P}  住院号：{R}\n拟行：大容量全肺灌洗术（左肺）\n家属签字：{F}（{KIN}）  电话：{M}\n谈话医师：{DR}\n",
            "灌洗记录：{P}，{D}全麻双腔管下行左肺灌洗，灌洗液总量18000ml，回收率96%，回收液由黑褐色转为清亮；术者{DR}，麻醉{N}\n",
            "入院记录\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁\n职业：风钻工（已离岗）\n住院号：{R}\n现住址：{A}\n主诉：反复咳嗽、气促{DUR}，活动后加重\n"
                    + "病史陈述者：{F}（{KIN}）\n",
            "出院小结：{P}，住院号{R}，诊断矽肺叁期合并肺结核、慢性肺源性心脏病；出院带药吡非尼酮200mg tid；嘱家庭氧疗每日15小时以上；主治医师{DR}\n",
            "病房交班：12床{PS}爹爹夜间气促加重，SpO2 86%，予鼻导管吸氧3L/min后升至92%；15床{N}灌洗术后第一天，生命体征平稳；值班{DR}\n",
            "灌洗费用结算：{P}，住院号{R}，总费用¥38,216.50，工伤保险基金支付¥36,420.00，社保卡号{I}\n",
            "术前谈话补充：{P}的崽{F}在深圳打工赶不回来，由其{KIN}代签；联系电话{M}、{L}\n",
            "WLL outcome note: {NY} (hospital no. {R}), six-minute walk 320 m before and 365 m after lavage; fluid 18000 ml; "
                    + "surgeon Dr {DR}\n",
            // Home oxygen (家庭氧疗) follow-up.
            "家庭氧疗随访记录\n随访对象：{P}  档案号：{R}\n随访日期：{D}  方式：电话\n制氧机：鱼跃7F-5，序列号YU7F5-2107-3318\n每日吸氧16小时，静息SpO2 89%\n"
                    + "随访人：{DR}（村医）\n",
            "村医{DR}入户：{PS}爹爹坐在火塘边上，一讲话就喘，讲夜里气都出不赢，制氧机开到3升；他堂客讲电费一个月要多出六十几块；住{A0}\n",
            "氧疗设备捐赠登记\n| 受赠人 | 身份证号 | 电话 | 设备 |\n|---|---|---|---|\n| {P} | {ID} | {M} | 制氧机 5L |\n| {N} | {ID} | {M} | 指夹式血氧仪 |\n",
            "随访电话未接：{P}（{M}）连续三次未接通，已联系其女{F}（{L}），得知患者于{D}在镇卫生院住院\n",
            "【湘麓职防所】{P}您好，您的家庭氧疗随访时间为{D}，请保持电话畅通。咨询电话{L}。\n",
            "氧疗依从性评估表\n姓名\t出生日期\t日吸氧时长\t随访员\n{P}\t{DOB}\t12h\t{N}\n{N}\t{DOB}\t6h\t{N}\n",
            "Home oxygen follow-up (summary for the donor)\n- {NY}, {AE}: SpO2 88% at rest, uses 15 h a day\n"
                    + "- {NY}, {AE}: concentrator broken since {D}\nField officer: {E}\n",
            "Donation receipt\nOxygen concentrator (serial YU7F5-2107-3318) handed to {NY}, tel {M}\nReceived by his daughter {F}\n"
                    + "NGO staff: {E}\n",
            "{\"volunteer\":\"{E}\",\"visited\":\"{NY}\",\"address\":\"{AE}\",\"spo2\":88,\"concentrator\":\"ok\"}\n",
            // Relief, pension and subsidy rosters.
            "尘肺病农民工生活救助发放花名册（冷水江市）\n序号,姓名,身份证号,诊断期别,发放金额,一折通账号\n1,{P},{ID},贰期,3000,{B}\n2,{N},{ID},叁期,5000,{B}\n",
            "| 姓名 | 社保卡号 | 待遇类别 | 银行卡号 |\n|---|---|---|---|\n| {P} | {I} | 伤残津贴 | {B} |\n| {N} | {I} | 供养亲属抚恤金 | {B} |\n",
            "困难救助申请：{P}，{AGE}岁，尘肺叁期，丧失劳动能力，家中两个伢崽在读书，{KIN}{F}在家种地；户籍地{A}；联系电话{M}；村委会意见：情况属实。\n",
            "{\"name\":\"{P}\",\"idCard\":\"{ID}\",\"stage\":\"III\",\"subsidy\":5000,\"bankAccount\":\"{B}\",\"village\":\"{A0}\"}\n",
            "养老保险待遇领取资格认证：{P}，社会保障号{I}，出生{DOB}，认证方式：村医{DR}上门人脸识别\n",
            "【冷水江人社】{P}，您的尘肺病救助金已发放至您的社保卡或一折通账户（{B}），请注意查收。如有疑问请拨打12333。\n",
            "Pension roster excerpt\nName | Insurance no. | Bank card\n{NY} | {I} | {B}\n",
            "{\"姓名\":\"{P}\",\"出生日期\":\"{DOB}\",\"社保卡号\":\"{I}\",\"家属\":{\"姓名\":\"{F}\",\"电话\":\"{M}\"}}\n",
            // Hearing and poisoning (噪声聋, 苯, 铅, 汞).
            "纯音听阈测试报告\n姓名：{P}  工号：LS-03187\n出生日期：{DOB}\n双耳高频平均听阈46dB HL，语频平均28dB\n结论：疑似职业性噪声聋，建议复查\n检查者：{DR}\n",
            "苯作业职工复查：{P}，女，在耒阳某制鞋厂刷胶11年，WBC 2.9×10^9/L，PLT 86×10^9/L，拟诊慢性轻度苯中毒；联系电话{M}，住{A}\n",
            "驱铅治疗记录：{P}，血铅2.1μmol/L，尿铅0.82μmol/L，予依地酸钙钠1.0g ivgtt qd×3天；主管医生{DR}；家属{F}，电话{M}\n",
            "汞接触者随访：{P}（住院号{R}）尿汞58μg/g肌酐，手指震颤（+），口腔炎；原在盘州市某汞矿冶炼车间工作，金属汞蒸气暴露\n",
            "职业健康检查结果告知书\n受检者：{P}\n身份证号：{ID}\n体检编号：TJ2024-06183\n检查类别：在岗期间\n结论：复查（WBC 3.4×10^9/L）\n主检医师：{DR}\n",
            "Audiometry report\nName: {NY}\nDOB: {DOBE}\nEmployer: Panzhou Huopu Mining Co.\nBinaural high-frequency average 46 dB HL\n"
                    + "Tester: {E}\n",
            "Lead exposure follow-up\nPatient {NY}, battery recycling worker, blood lead 2.1 μmol/L on {D}\n"
                    + "Chelation with CaNa2EDTA 1.0 g daily for 3 days\nPhone {M}\nAttending: Dr {DR}\n",
            // Village doctors and township health centres.
            "乡村医生工作日志 {D}\n上午入户：{P}（{A0}），测血氧88%，督促吸氧；{N}（{A0}），咳嗽加重，建议到镇卫生院拍片\n村医：{DR}  电话：{M}\n",
            "转诊单：导子镇卫生院转湘麓医科大学附属第三医院职业病科\n患者：{P}  性别：{SEX}  年龄：{AGE}\n身份证号：{ID}\n初步诊断：尘肺？肺部感染\n转运：120救护车 湘K·5D218\n"
                    + "转诊医师：{DR}  联系电话：{L}\n",
            "镇卫生院门诊日志|{D}|{P}|{SEX}|{AGE}|咳嗽气促|{A0}|{M}\n",
            "家庭医生签约：{P}与米箩镇卫生院家庭医生团队{DR}签约，签约号QY-2024-0387，电话{M}，住{A}\n",
            "新农合报销：{P}，合作医疗证号{I}，{D}在渣渡镇卫生院住院，诊断慢阻肺急性加重、尘肺；经办{N}\n",
            // WeChat groups.
            "[微信 冷水江尘肺病友互助群]\n{P}：各位，哪个晓得灌洗要准备么子材料？\n{N}：身份证、诊断书、工伤认定书，还要社保卡\n"
                    + "{NS}嫂子：我屋里老倌子去年洗的，你加我，{M}\n",
            "[微信 耒阳职业病维权群]\n{N}律师：明天开庭，{P}记得带身份证原件\n{P}：要得，我崽{F}陪我去\n{N}律师：好，有事打我电话{L}\n",
            "[微信 六盘水尘肺康复群]\n{DR}：{PG}，这周血氧测了没得？\n{P}：测了，早上90，下午88\n{DR}：要得，氧气莫停，莫得事就多走两步\n",
            "[微信 湘麓职防所-县医院对接群]\n{DR}：水城那个{MN}，复查片子出来了没？\n{N}：出来了，进展了，片号X23-08871\n"
                    + "{DR}：喊{MG}下周来住院，联系人{NM}，{M}\n",
            "[微信 志愿者群]\n{E}：Just visited {NY} in {A0}, the oxygen machine is broken again\n{N}：收到，我联系厂家，序列号发我一下\n"
                    + "{E2}：I'll cover the repair, send me the bank card {B}\n",
            "[微信 家属群]\n{F}：{DS}医生，我爷老倌昨晚咳得一夜冇睡，痰里带血丝\n{DR}：明天上午带到门诊，挂我的号，带上{R}这张卡\n",
            "[微信 新化县尘肺病救助工作群]\n{N}：{PK}上个月走了，叁期，才四十九岁\n{DR}：屋里还有哪个？\n{N}：他堂客{F}，电话{M}\n",
            "[微信 盘州工友群]\n{PK}：哪个晓得仲裁咋个弄？\n{N}：找{NS}律师，他帮我弄过，电话{M}\n{N}：要得，我也要找他\n",
            "[微信 病友家属群]\n{F}：各位好，我是{P}的家属\n{N}：{FS}姐你好，灌洗排队要多久？\n{F}：我们排了两个月，老{PS}是{D}洗的\n",
            "[微信 新化尘肺病友群]\n{P}：今天又咳了一口血，吓死人\n{N}：赶紧去县医院，莫霸蛮\n志愿者{EG}：I've called Dr {DS}, he'll phone you back at {M}\n",
            // Voice notes in Xiang and southwestern Mandarin.
            "[语音转文字] 喂 是{DS}医生啵 我是{A0}的{F} 我屋里老倌子{P}这两天气都出不赢 脚也肿了 你看要不要送到县里去 我电话是{MV}\n",
            "[语音转文字] {NS}律师你好 我是{P} 仲裁的材料我寄到你那里了 我的身份证号是{IDV} 电话{MV}\n",
            "[语音转文字] 医生 我是水城那边的 我叫{P} 在隧道里头打了十几年风钻 现在走两步就喘 我住在{A0} 身份证{IDV} 电话{MV}\n",
            "[语音留言] {PS}娭毑 我是村里的{DR} 明天上午我来给爹爹量血氧 你莫出去啊 有事打我电话{MV}\n",
            "[语音转文字] 我是{PK}的堂客 他这几天咳得要死 哪样药都不管用 你们哪天下来看一下嘛 电话{MV}\n",
            "[语音转文字] 喂 社保局{NS}科长吗 我是{P}的女 我爸的伤残津贴这个月冇到账 卡号是{B} 你帮我查一下\n",
            "[语音转文字] 我来报一下我老倌子的身份证 {IDV} 他叫{P} 是在渣渡煤矿挖煤的 冇得别的收入\n",
            "[语音转文字] {DS}医生 我是{PG}的姐姐 他今天又咳血了 冇得办法 只好打你电话 我号码是{MV}\n",
            // OCR'd forms.
            "[OCR] 尘肺病患者登记卡\n姓 名 {PO}\n出生日期 {DOB}\n身份证号 {ID}\n家庭住址 {A}\n联系电话 {M}\n登记人 {DR}\n",
            "[OCR] 工伤保险待遇申请表\n姓名 {PO} 社保号 {I}\n开户银行 湖南省农村信用社\n账 号 {B}\n",
            "[OCR] 劳动仲裁申请书 第1页\n申请人 {PO}\n出生 {DOB}\n住所 {A}\n被申请人 涟源市斗笠山煤业有限责任公司\n",
            "[OCR] 出院证明\n患者{PO}住院号{R}\n出院诊断 矽肺贰期 ILO 2/2 q/r\n医师 {DR}\n",
            "[OCR] 听力检查 姓名:{PO} 出生:{DOB} 工号:LS-03187 结论:双耳高频听力下降\n",
            // Yi tunnel workers from Liangshan.
            "患者{MN}，彝族，凉山人，在贵州某铁路隧道做出渣工八年，汉语交流需工友{NM}翻译；诊断矽肺壹期；电话{M}\n",
            "{MG}讲隧道里头灰大得很，打完一个炮眼人都是白的；{MN}的老乡{NM}也在这个工班，电话{M}\n",
            "隧道工班体检名单：{MN}、{NM}、{N}、{N}，均为雪峰山隧道二标段风钻工；带班{N}，电话{M}\n",
            "Tunnel crew screening\nWorker: {MN} (Yi), interpreter {NM}\nSite: Yangmei'ao Tunnel, section 2\nProfusion 1/0 p/p\n"
                    + "Contact {M}\n",
            "{MG}今天没来复查，{MN}的工友讲他回凉山过火把节去了，电话{M}打不通\n",
            // Outpatient notes, families and other records.
            "{P}，男，{AGE}岁，新化县人，2004年起在深圳打风钻，2011年诊断为矽肺，现叁期，由{KIN}{F}陪同复诊；门诊号{R}；血氧87%\n",
            "家属{F}讲{P}的真实生日是{DOBL}，身份证上的{DOB}是当年报户口时村干部乱填的\n",
            "老年尘肺患者名册\n姓名\t出生（农历）\t住址\n{P}\t{DOBL}\t{A0}\n{N}\t{DOBL}\t{A0}\n",
            "{PK}大名{P}，在锡矿山挖了二十年矿，村里人都喊他小名；档案号{R}\n",
            "门诊复诊：{P}由{KIN}陪同，屋里都喊他{PG}，最近咳嗽加重，痰多；医保号{I}\n",
            "小{PS}，你爸的片子我看了，比去年重了点，下周让他来住院做灌洗；有事打我电话{L}。——{DR}\n",
            "陪护登记：{F}（{KIN}）陪护{P}，陪护证号PH-0617，车辆贵B·73Q15，登记护士{N}\n",
            "{F}之子{P}，{AGE}岁，跟他爸一样在矿上做了几年，现也查出尘肺壹期；家住{A}\n",
            "{F}之女，{AGE}岁，在长沙读大专，父亲住院灌洗期间由她陪护，电话{M}\n",
            "家属{F}（患者姨妈，大家喊她{FS}嬢嬢）每周从乡下送饭过来，电话{M}\n",
            "{P}的{KIN}{F}在镇上小学教书，大家都喊{FS}老师，补助材料由她代办；电话{M}\n",
            "{P}的堂客{F}讲，他在周围几个石料场都做过，冇签过合同；住{A}\n",
            "病友互助会上大家摆龙门阵，{P}讲起当年矿上的事；谢谢志愿者{E}送来的血氧仪；联系人{N}，{M}\n",
            // SMS.
            "【湘麓医院】{P}您好，您预约的全肺灌洗术术前检查时间为{D}，请携带身份证及诊断证明书到职业病科护士站报到。咨询{L}\n",
            "【六盘水人社】{P}，您的工伤认定申请已受理，受理号GS-2024-0318，请留意后续通知。\n",
            "【耒阳仲裁院】{P}您好，您申请的劳动争议案（耒劳人仲案〔2024〕56号）定于{D}开庭，请准时到庭。联系人{NS}，{L}\n",
            // English and mostly Latin documents.
            "Case note, Breathing Together volunteer team\nVisited {NY} at {AE} on {D}\nStage III silicosis, oxygen 15 h a day\n"
                    + "Wife {F}, phone {M}\nVolunteer: {E}\n",
            "Subject: whole lung lavage referral - {NY}\nDear Dr {ES},\nMay we refer our patient, born {DOBE}, for bilateral lavage? "
                    + "Hospital no. {R}.\nBest wishes, {E}\n",
            "Research consent log\nParticipant: {NY}\nID: {ID}\nPhone: {M}\nConsent taken by {E} with interpreter {N}\n",
            "name,dob,phone,address,stage\n{NY},{DOBN},{M},\"{AE}\",II\n{NY},{DOBN},{M},\"{AE}\",III\n",
            "PID|1||{R}^^^XLH^MR||{NH}||{DOBN}|M|||{AE}||{M}\nNK1|1|{NH}|SPO|||{L}\n",
            "OBR|1||DR20240318-0047|CXR^Chest X-ray\nPID|1||{R}||{NH}||{DOBN}\nOBX|1|TX|ILO||2/2 q/r\n",
            "Interview transcript (translated)\nQ: When did you start drilling?\nA ({NY}): In 1996, at the Xikuangshan south mine. "
                    + "My ID number is {ID}.\nInterviewer: {E2}\n",
            "Translation of a diagnosis certificate\nWorker: {NY}\nDOB: {DOBE}\nDiagnosis: coal workers' pneumoconiosis, stage II "
                    + "(GBZ 70-2015)\nPanel: Dr {DR}, Dr {N}\nCertified translator: {E}\n",
            "Dear {EG}, the lavage of {NY} went well and he is back on the ward (bed 12). His son can be reached at {M}. - Dr {ES}\n",
            "Volunteer rota: {EG} (Mon), {EG} (Wed); call {M} if {NY} needs a ride to the township clinic\n",
            "Field notes, Liupanshui\nMet {E2} and village doctor {DR} at the Miluo township clinic; {NY} (phone {M}) showed us "
                    + "his arbitration award, No. 41 (2022); passport PA3318807 checked at the hotel\n");

    // Loudi, Leiyang and Liupanshui: the commonest surnames first, then the region's others, the rare surnames and
    // word-like names.
    static final List<String> CHINESE = List.of((""
            + "刘冬生 刘满秋 刘正清 刘伏林 刘石保 刘运来 刘腊英 刘湘甫 刘秋莲 刘四清 刘卫红 刘梓豪 刘爱民 刘炳南 "
            + "李跃坤 李铁山 李满元 李仁贵 李腊娥 李湘云 李伏秋 李水生 李宏彬 李沐芸 李卓然 李雅蓓 "
            + "陈腊生 陈卫东 陈满英 陈石林 陈端阳 陈秋菊 陈运发 陈奕衡 陈思邈 陈佑明 陈桂琼 陈再富 "
            + "王铁生 王满姣 王正方 王冬梅 王运昌 王喜妹 王语汐 王朝贵 王树清 王秀菡 "
            + "谢伏生 谢满秀 谢正良 谢湘军 谢沁怡 谢宇航 谢冬初 谢炳炎 谢水莲 "
            + "曾水清 曾腊梅 曾宪章 曾满堂 曾庆云 曾佑生 曾子墨 曾静仪 曾桂初 "
            + "罗铁军 罗满翠 罗正兴 罗炳生 罗秋云 罗梓萌 罗晓菁 罗运秋 "
            + "彭伏初 彭满香 彭运良 彭湘桂 彭若溪 彭志坚 彭冬英 "
            + "杨再兴 杨正碧 杨兴富 杨秀珍 杨锦程 杨朝芬 杨开会 杨德珍 "
            + "张国富 张德碧 张开元 张朝美 张仕林 张翠兰 "
            + "罗湘 周满仓 周正华 唐运华 唐冬秀 邓石生 邓桂花 肖满堂 肖伏英 谭运珍 谭建湘 伍仁和 伍秋香 贺冬莲 "
            + "龙飞 龙再芬 龙正学 龙开秀 熊启发 熊正碧 吴庭贵 吴开群 赵德昌 安正荣 安朝林 安学芬 "
            + "奢文科 侬承富 资伏林 奢满珍 资冬秀 资运生 侬德华 资湘云 龙腾 曾铎 石开富 雷满生"
            ).strip().split(" "));
    /** Surnames of the region no earlier blind group gave anyone: 资 (Leiyang, Shaoyang), 奢 (Yi families of western
     * Guizhou), 侬 (Bouyei and Zhuang families on the Guizhou–Yunnan border). */
    static final String RARE_SURNAMES = "资奢侬";
    /** Pool names that are also ordinary words, or whose given name is one: a soaring dragon, to hold a
     * meeting, to love the people. */
    static final List<String> WORD_LIKE = List.of("龙腾", "杨开会", "刘爱民");
    /** Yi tunnel workers from Liangshan: a two-character clan name and a two-character personal name, written run on. */
    static final List<String> MINORITY = List.of("沙马拉格", "俄木日哈", "曲比拉铁", "吉伍伍加", "马黑尔古", "海来阿支",
            "勒格石哈", "阿的约哈", "瓦其日体", "吉史么惹", "阿西伍呷", "苏呷木乃");
    /** Xiang and Guizhou nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("谢铁砣", "罗毛坨", "彭三满", "刘二满子", "李黑皮", "唐细满", "杨幺哥",
            "龙二娃", "熊老幺", "吴三娃", "邓石砣", "曾满哥");
    /** Volunteers and researchers, given|family: South African, British, Indian, Swedish, Dutch, Bolivian, Cornish,
     * Australian, Irish, Kenyan, Scottish. */
    static final List<String> ENGLISH = List.of("Mthunzi|Mthimkhulu", "Hepzibah|Glanville", "Anirudh|Thiruvengadam",
            "Ylva|Hallqvist", "Bram|Zuiderveld", "Fortunata|Ticona", "Loveday|Penberthy", "Malin|Rydqvist",
            "Lachie|Dunstall", "Cosmo|Hartigan", "Dorcas|Wanjiru", "Murdo|Kinnear", "Tova|Lindblad",
            "Nkosinathi|Zungu");
    /** Patients as English documents write them, family|given in pinyin. */
    static final List<String> PINYIN = List.of("Kuang|Shuiqing", "Zeng|Laiman", "Tan|Fuchu", "Xie|Dongxiu",
            "Luo|Manyuan", "Peng|Yunchang", "Xiong|Zhengbi", "Lu|Chengfu", "Yang|Zaixing", "Deng|Shisheng",
            "Zhou|Mancang", "Wu|Tinggui");

    /**
     * Codes in use before 1999, when 15-digit numbers were issued: 娄底地区's Loudi, Lengshuijiang, Lianyuan, Shuangfeng
     * and Xinhua; Leiyang; Liupanshui's Zhongshan, Liuzhi, Shuicheng county and Pan county.
     */
    private static final List<String> LEGACY_AREA = List.of("432501", "432502", "432503", "432522", "432524", "430481",
            "520201", "520203", "520221", "520222");
    /** Area codes for 18-digit numbers: the legacy codes (kept by numbers first issued on them) and the later ones
     * (Loudi city 1999: 娄星区, 双峰, 新化, 冷水江, 涟源; Shuicheng district 2020, Panzhou 2017). */
    private static final List<String> AREA = Stream.concat(Stream.of("431302", "431321", "431322", "431381", "431382",
            "520204", "520281"), LEGACY_AREA.stream()).toList();
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0738", "0734", "0858");
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("0731", "0851");
    private static final List<String> BANK_BINS = List.of("621799", "622169", "623659", "622188", "621467");
    private static final List<String> COUNTY_CODES = List.of("LSJ", "LY", "XH", "LPS");
    private static final String SOCIAL_CARD_LETTERS = "ABDEGHJ";
    /** Province|city|county|town|villages. */
    private static final List<String> VILLAGES = List.of(
            "湖南省|娄底市|冷水江市|锡矿山街道|七里江社区,飞水岩社区,南矿社区",
            "湖南省|娄底市|冷水江市|渣渡镇|大园村,石林村,长铺村",
            "湖南省|娄底市|冷水江市|毛易镇|青坪村,金竹村",
            "湖南省|娄底市|涟源市|斗笠山镇|大塘村,石坝村",
            "湖南省|娄底市|新化县|水车镇|楼下村,正龙村,锡溪村",
            "湖南省|娄底市|新化县|奉家镇|上团村,双林村",
            "湖南省|娄底市|新化县|圳上镇|圳上村,坪溪村",
            "湖南省|娄底市|双峰县|荷叶镇|天坪村,富托村",
            "湖南省|衡阳市|耒阳市|导子镇|导子村,沙明村,罗渡村",
            "湖南省|衡阳市|耒阳市|夏塘镇|梅桥村,石湾村",
            "湖南省|衡阳市|耒阳市|公平圩镇|公平村,枫树村",
            "贵州省|六盘水市|水城区|米箩镇|俄戛村,陡箐村",
            "贵州省|六盘水市|水城区|发耳镇|发耳村,尖山村",
            "贵州省|六盘水市|盘州市|柏果镇|柏果村,坪地村",
            "贵州省|六盘水市|盘州市|老厂镇|老厂村,竹海村",
            "贵州省|六盘水市|六枝特区|木岗镇|木岗村,戛陇塘村",
            "贵州省|六盘水市|钟山区|汪家寨镇|汪家寨村,小河村");
    /** Province|city|district|roads|estates. */
    private static final List<String> CITY = List.of(
            "湖南省|娄底市|冷水江市|锑都中路,布溪路,冷水江大道|锑都花园,金竹山小区",
            "湖南省|娄底市|娄星区|长青中街,乐坪大道|翠园小区,书院名邸",
            "湖南省|衡阳市|耒阳市|五一中路,金南路|蔡池小区,金杯花园",
            "贵州省|六盘水市|钟山区|钟山大道,人民中路|凉都花园,水钢小区",
            "湖南省|长沙市|开福区|湘雅路,芙蓉中路|湘雅新村,开福家园");
    /** Village|town|county|city|province in English. */
    private static final List<String> ENGLISH_VILLAGES = List.of(
            "Louxia Village|Shuiche Town|Xinhua County|Loudi|Hunan",
            "Zhenglong Village|Shuiche Town|Xinhua County|Loudi|Hunan",
            "Dayuan Village|Zhadu Town|Lengshuijiang|Loudi|Hunan",
            "Qilijiang Community|Xikuangshan Subdistrict|Lengshuijiang|Loudi|Hunan",
            "Datang Village|Doulishan Town|Lianyuan|Loudi|Hunan",
            "Shaming Village|Daozi Town|Leiyang|Hengyang|Hunan",
            "Ega Village|Miluo Town|Shuicheng District|Liupanshui|Guizhou",
            "Baiguo Village|Baiguo Town|Panzhou|Liupanshui|Guizhou");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String SPOKEN_ZERO_NUMERALS = "零一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸", BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private Blind49Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_49 || !templates.isEmpty() && BLIND_49.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Yi worker (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** The personal name of a Yi name, used alone: 拉格 of 沙马拉格 (every clan name in the pool has two characters). */
    static String personalName(String yiName) {
        return yiName.substring(2);
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    /** A pinyin name as English documents write it: Kuang Shuiqing, KUANG Shuiqing, Shuiqing Kuang. */
    static String pinyinName(RandomGenerator r) {
        String[] p = pick(PINYIN, r).split("\\|");
        return switch (r.nextInt(3)) {
            case 0 -> p[0] + " " + p[1];
            case 1 -> p[0].toUpperCase() + " " + p[1];
            default -> p[1] + " " + p[0];
        };
    }

    /** A pinyin name in an HL7 field: KUANG^SHUIQING. */
    static String hl7Name(RandomGenerator r) {
        String[] p = pick(PINYIN, r).split("\\|");
        return p[0].toUpperCase() + "^" + p[1].toUpperCase();
    }

    /** Every written form of the pinyin names. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String e : PINYIN) {
            String[] p = e.split("\\|");
            out.addAll(List.of(p[0] + " " + p[1], p[0].toUpperCase() + " " + p[1], p[1] + " " + p[0],
                    p[0].toUpperCase() + "^" + p[1].toUpperCase()));
        }
        return out;
    }

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** Province and city, the city, or neither before a county or district: 湖南省娄底市, 娄底市 or nothing. */
    private static String prefix(String[] t, boolean withProvince, RandomGenerator r) {
        if (withProvince) return t[0] + t[1];
        return r.nextBoolean() ? t[1] : "";
    }

    /** A village: 湖南省娄底市新化县水车镇楼下村5组(12号); {@code partial} stops at the town, the village or the 组. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(VILLAGES, r));
        String base = prefix(t, withProvince, r) + t[2] + t[3];
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> base;
                case 1 -> base + one(t[4], r);
                default -> base + one(t[4], r) + (1 + r.nextInt(12)) + "组";
            };
        }
        String v = base + one(t[4], r) + (1 + r.nextInt(12)) + "组";
        return r.nextBoolean() ? v : v + (1 + r.nextInt(60)) + "号";
    }

    /** A flat: 娄底市冷水江市锑都中路88号锑都花园3栋2单元302室; {@code partial} stops at the road or its number. */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(CITY, r));
        String road = (withProvince ? t[0] + t[1] : t[1]) + t[2] + one(t[3], r);
        if (partial) return r.nextBoolean() ? road : road + (1 + r.nextInt(300)) + "号";
        return road + (1 + r.nextInt(300)) + "号" + one(t[4], r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(4))
                + "单元" + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
    }

    /** An address: a village or mining community (most) or a flat; {@code partial} may stop early. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 7 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    /**
     * An address in English: Group 5, Louxia Village, Shuiche Town, Xinhua County, Loudi, Hunan (also with the house
     * number first), or Louxia Village, Shuiche Town, Xinhua County.
     */
    static String englishAddress(RandomGenerator r) {
        String[] t = split(pick(ENGLISH_VILLAGES, r));
        String core = t[0] + ", " + t[1] + ", " + t[2];
        return switch (r.nextInt(3)) {
            case 0 -> core;
            case 1 -> "Group " + (1 + r.nextInt(12)) + ", " + core + ", " + t[3] + ", " + t[4];
            default -> "No. " + (1 + r.nextInt(60)) + ", Group " + (1 + r.nextInt(12)) + ", " + core + ", " + t[3]
                    + ", " + t[4];
        };
    }

    /**
     * A resident ID: 18 characters (born 1945 to 2004) plain, with a lower-case x, 6-8-4 by blanks or hyphens, or a
     * blank between every character (boxed forms as OCR reads them); or a 15-digit one on a code of its time (born 1945
     * to 1984).
     */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 45, 40, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1945, 60, r);
        return switch (r.nextInt(7)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            case 3 -> String.join(" ", id.split(""));
            default -> id;
        };
    }

    /** An 18-character ID read aloud: the one as 幺 or 一, nought as 零, X as 叉 or X; run on or 6 8 4 by blanks. */
    static String spokenIdNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(AREA, r), 1945, 60, r);
        char one = r.nextBoolean() ? '幺' : '一';
        String x = r.nextBoolean() ? "叉" : "X";
        StringBuilder b = new StringBuilder();
        for (char c : id.toCharArray()) {
            if (c == 'X') b.append(x);
            else if (c == '1') b.append(one);
            else b.append(SPOKEN_ZERO_NUMERALS.charAt(c - '0'));
        }
        String s = b.toString();
        return r.nextBoolean() ? s : s.substring(0, 6) + " " + s.substring(6, 14) + " " + s.substring(14);
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(5)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            default -> n;
        };
    }

    /**
     * A mobile as said aloud and written down by speech recognition: all in numerals, the one as 幺 or 一 and nought as
     * 零, 3-4-4 by blanks or run on; or the first three spoken and the rest in digits, 幺三九 1234 5678.
     */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '1' ? one : SPOKEN_ZERO_NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return switch (r.nextInt(3)) {
            case 0 -> s;
            case 1 -> s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7);
            default -> s.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
        };
    }

    /**
     * A landline: seven local digits on 0738, 0734 and the old 0858, eight on 0731 and 0851: 0738-8312345,
     * (0738)8312345, 0738 831 2345, 0731-84561234转806, +86 738 8312345.
     */
    static String landline(RandomGenerator r) {
        boolean eight = r.nextInt(5) < 2;
        String area = pick(eight ? EIGHT_DIGIT_AREAS : SEVEN_DIGIT_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(eight ? 7 : 6, r);
        int half = eight ? 4 : 3;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3, r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /** 20418763 (inpatient), XLMZ24-018765 (outpatient), ZYB-431381-0387 (archive), LSJ2400387 (county hospitals). */
    static String recordNumber(RandomGenerator r) {
        int year = 2015 + r.nextInt(11);
        return switch (r.nextInt(4)) {
            case 0 -> (1 + r.nextInt(2)) + digits(7, r);
            case 1 -> "XLMZ" + (year % 100) + "-" + digits(6, r);
            case 2 -> "ZYB-" + pick(AREA, r) + "-" + digits(4, r);
            default -> pick(COUNTY_CODES, r) + (year % 100) + digits(5, r);
        };
    }

    /**
     * A social-security card number (a letter and eight digits), a personal number of ten digits beginning 43 or 52, or
     * a co-operative medical-care certificate number (an area code and seven digits).
     */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> SOCIAL_CARD_LETTERS.charAt(r.nextInt(SOCIAL_CARD_LETTERS.length())) + digits(8, r);
            case 1 -> (r.nextBoolean() ? "43" : "52") + digits(8, r);
            default -> pick(AREA, r) + digits(7, r);
        };
    }

    /**
     * A bank card, 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or fours by hyphens; or a 17-digit
     * passbook account of the rural credit co-operatives (一折通), which carries no Luhn digit.
     */
    static String bankCard(RandomGenerator r) {
        if (r.nextInt(5) == 0) return "81" + digits(15, r);
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /**
     * 1965年3月8日, 1965-03-08, 1965.3.8, 一九六五年三月八日, 65年3月8号, 19650308, and the year and month of 出生年月: 1965年3月,
     * 1965.03; born 1945 to 2004.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1945 + r.nextInt(60), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            case 4 -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
            case 5 -> String.format("%d%02d%02d", y, m, d);
            case 6 -> y + "年" + m + "月";
            default -> String.format("%d.%02d", y, m);
        };
    }

    /** yyyyMMdd, as exports and HL7 write it. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1945 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** A day of a lunar month: 初八, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** The sexagenary name of a year: 癸卯 of 1963. */
    static String ganzhi(int y) {
        return "" + STEMS.charAt(Math.floorMod(y - 4, 10)) + BRANCHES.charAt(Math.floorMod(y - 4, 12));
    }

    /** A lunar date of birth, 1935 to 1990: 农历1963年腊月初八, 阴历六三年八月十五, 农历癸卯年腊月初八. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(56), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String monthDay = LUNAR_MONTHS.charAt(m) + "月" + lunarDay(d);
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + monthDay;
            case 1 -> "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + monthDay;
            default -> "农历" + ganzhi(y) + "年" + monthDay;
        };
    }

    /** As English documents write it: 8 Mar 1965, March 8, 1965, 08-MAR-1965. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1945 + r.nextInt(60), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> month + " " + d + ", " + y;
            default -> String.format("%02d-%s-%d", d, month.substring(0, 3).toUpperCase(), y);
        };
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(chineseName(random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "MG" -> out.write(personalName(people[3]), EntityKind.NAME);
            case "NM" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "NY" -> out.write(pinyinName(random), EntityKind.NAME);
            case "NH" -> out.write(hl7Name(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDV" -> out.write(spokenIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AE" -> out.write(englishAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBN" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || MINORITY.stream().anyMatch(n -> personalName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /** The pool name a labelled value writes in full, or null when the value (a surname, a given name) names no one in
     * full. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : PINYIN) {
            String[] p = e.split("\\|");
            String canonical = p[0] + " " + p[1];
            if (w.equals(canonical) || w.equals(p[0].toUpperCase() + " " + p[1]) || w.equals(p[1] + " " + p[0])
                    || w.equals(p[0].toUpperCase() + "^" + p[1].toUpperCase())) {
                return canonical;
            }
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
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

    /** The foreign names in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : ENGLISH) out.add(e.replace('|', ' '));
        return out;
    }

    /** The pinyin names in their canonical form, Family Given. */
    static List<String> pinyinNames() {
        return PINYIN.stream().map(e -> e.replace('|', ' ')).toList();
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(PoolNameForms::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(PoolNameForms::given);
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }
}

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
 * Forty-fifth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_45}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: the mental-health and forensic side of a consortium on the Jiangsu–Anhui border (Yangzhou, Huai'an,
 * Chuzhou, Bengbu), led by the fictional tertiary 淮扬医科大学附属脑科医院 with county psychiatric units (高邮, 宝应, 涟水, 盱眙, 定远, 天长),
 * community mental-health teams (精防), the 心理援助热线 and a detention-centre clinic. The people: patients with severe mental
 * illness and their guardians (监护人), community mental-health workers (精防医生), police officers who bring patients, court
 * and forensic evaluators, lawyers, social workers, village cadres, families speaking Jianghuai Mandarin (困觉, 望望, 嚼蛆,
 * 没得事, 伢子, 家来), Hui villagers of 菱塘回族乡, Uyghur and Kazakh traders and workers, foreign students and their contacts. The
 * genres: involuntary-admission forms (非自愿住院) and guardian consent, risk-level assessments (危险性评估 0–5 级), community
 * follow-up of registered patients, medication supervision and depot injections, crisis-hotline logs, police transfer
 * forms, forensic psychiatric evaluation reports (司法鉴定意见书) and compulsory-treatment notices, guardianship subsidies,
 * relapse warnings, medical insurance and free antipsychotics, WeChat groups of 精防 workers, police and families, voice
 * notes, OCR'd forms, CSV, tab, pipe and markdown tables, JSON exports, SMS and English summaries (about a seventh in
 * English or mostly Latin script). The wording is clinical and neutral.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, guardians and relatives, 精防 doctors,
 * nurses, police officers ({@code NP}: a further Chinese name, as officers sign), lawyers, evaluators, social workers,
 * village cadres, hotline counsellors, interpreters, foreign students and their contacts, in every position (after a
 * role word, at the start of a chat line, in table cells, CSV fields, JSON values, lists, English prose). A surname in
 * a form of address labels the surname only ({@code PS} the patient's, {@code DS} the doctor's, {@code NS} a further
 * person's, e.g. an officer's): 老X, 小X, X大爷, X奶奶, X大姐, X师傅, X警官, X所长, X医生, X主任. A given name used alone ({@code PG})
 * labels the given name (a one-character given name is never used alone). A Jianghuai nickname ({@code PK}: 朱小三子, 茆二丫头)
 * names a person and is labelled whole. A child known as a parent's child (X之子, X之女) labels the parent. Kin words,
 * titles and roles alone are not names: 老头子, 伢子, 妈妈, 弟弟, 侄子, 村书记, 妇女主任, 民警, 所医, 监护人; nor are Jianghuai words. An OCR'd
 * name ({@code PO}) broken by a line break, a blank after the surname, or a blank or ideographic blank between every
 * character is one span, the break inside it. Uyghur and Kazakh names ({@code MN}, {@code NM}: 玉苏甫·托合提) are labelled
 * whole with the dot; the personal name used alone ({@code MG}: 玉苏甫) is a name. Foreign students and contacts
 * ({@code E}, {@code E2}) are labelled whole, a family name alone ({@code ES}) and a given name alone ({@code EG}) too;
 * Dr stays outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Yangzhou 3210, Huai'an 3208, Chuzhou 3411 and Bengbu 3403; plain, with a lower-case x, 6-8-4 by blanks or by hyphens;
 * 15-digit numbers with a valid birth date on codes that existed before 1999), mobiles ({@code M}: plain, 3-4-4 by
 * blanks or hyphens, +86; {@code MV}: spoken, with the digits as said on the phone (一 or 幺, 零) or as the police say
 * them on the radio (幺, 两, 拐, 洞)), landlines ({@code L}: eight local digits on 0514 Yangzhou, 0517 Huai'an and 025
 * Nanjing, seven on 0550 Chuzhou and 0552 Bengbu; as 0514-87301234, (0514)87301234, 0514 8730 1234, with an extension
 * after 转), addresses ({@code A}: villages by 镇/乡, 村, 组 (and 号), flats in the cities (N幢N单元N室); {@code A0}: stopping at
 * the township, the village, the 组 or the road), record numbers ({@code R}: inpatient NK2024018765, outpatient
 * NKMZ24-1018765, county units GY-J24-0387 (GY, BY, LS, XY, DY, TC), 精防 archive numbers JF321084-000387 on an area
 * code), insurance numbers ({@code I}: YB on an area code with eight digits, 门特 certificates MT2024003187, Anhui AH
 * with ten digits), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks or
 * hyphens), dates of birth ({@code DOB}: 1968年4月9日, 1968-04-09, 1968.4.9, 一九六八年四月九日, the spoken 68年4月9号, 19680409;
 * {@code DOBL}: lunar 农历1968年三月初九, 阴历六八年腊月廿三; {@code DOBE}: 9 April 1968, Apr 9, 1968). Not labelled: visit dates and
 * times, ages, scale scores and lab values, doses and batch numbers, police badge numbers (警号, badge), case and court
 * file numbers (鉴定所 numbers, (2024)苏1084刑初123号), alarm numbers, detention and visiting-card numbers, sample numbers,
 * plates, hotlines, facilities and places alone, kin words and roles, Jianghuai words, and words beginning with a pool
 * surname (周期, 顾虑, 张力, 戴口罩, 严重; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind42Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of the Jianghuai plain would look: 王, 陈, 张, 朱, 刘, 李, 徐, 孙, 周, 吴 dominate, then 顾, 沈, 戴, 蔡, 姚, 殷, 秦, the
 * Hui villagers' 马, 哈, 丁, 米, the Anhui side's 鲍, 汪, 葛, 程, and surnames of the region no earlier group used
 * ({@link #RARE_SURNAMES}), older people's names with 桂, 凤, 宝, 长, 士, with word-like names ({@link #WORD_LIKE}).
 * {@link #MINORITY} holds Uyghur and Kazakh names, {@link #NICKNAMES} Jianghuai nicknames, {@link #ENGLISH} foreign
 * students and contacts. Own slots: {@code N} and {@code NP}, further Chinese names; {@code NS}, a further person's
 * surname; {@code NM}, a further Uyghur or Kazakh name; {@code MG}, the record's minority patient by personal name;
 * {@code PO}, the patient OCR'd; {@code PK}, a nickname; and the identifier slots above. Any non-empty subset of
 * {@link #BLIND_45} uses these pools (see {@link #uses}).
 */
final class Blind45Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270115L;

    static final List<String> BLIND_45 = List.of(
            // Involuntary admission (非自愿住院) and emergency intake.
            "淮扬医科大学附属脑科医院 非自愿住院告知书\n患者姓名：{P}  性别：{SEX}  年龄：{AGE}岁\n身份证号：{ID}\n住院号：{R}\n监护人：{F}（{KIN}）  联系电话：{M}\n"
                    + "经精神科执业医师{DR}、{N}诊断，患者有危害他人安全的危险，依法实施住院治疗。\n",
            "非自愿住院再次诊断申请：监护人{F}对{D}作出的住院诊断有异议，申请再次诊断；患者{P}，住院号{R}；受理人{DR}，电话{L}\n",
            "急诊入院评估\n{P}，{SEX}，{AGE}岁，由{NS}警官及家属{F}护送入院\nBPRS 58分，PANSS阳性量表31分，肌张力正常\n危险性评估3级\n接诊医师：{DR}\n",
            "[OCR] 非 自 愿 住 院 知 情 同 意 书\n患者 {PO}\n监护人签字 {F}\n与患者关系 {KIN}\n身份证号 {ID}\n日期 {D}\n",
            "Involuntary admission summary\nPatient: {E}, foreign national, DOB {DOBE}\n"
                    + "Brought in by police (badge 073165) after a disturbance at Yangzhou East railway station\n"
                    + "Risk level 4 of 5\nInterpreter: {N}\nAttending: Dr {DS}\n",
            // Risk-level assessment (危险性评估 0–5 级).
            "危险性评估表\n姓名：{P}\n评估日期：{D}\n评估等级：2级（有冲动行为，能被劝说制止）\n评估人：{DR}（精防医生）\n监护人：{F}  电话：{M}\n",
            "| 姓名 | 危险性等级 | 服药情况 | 监护人 | 电话 |\n|---|---|---|---|---|\n| {P} | 0级 | 规律 | {F} | {M} |\n"
                    + "| {N} | 3级 | 间断 | {N} | {M} |\n",
            "危险性评估复评：{PS}大爷近一周夜里吵闹，砸坏邻居家窗玻璃，评为3级；已通知派出所{NS}所长及村委会{N}；家属{F}，{L}\n",
            "患者姓名,身份证号,危险性等级,随访医生,联系电话\n{P},{ID},1,{DR},{M}\n{N},{ID},4,{DR},{M}\n",
            // Community follow-up of registered patients (严重精神障碍患者管理).
            "严重精神障碍患者随访服务记录表\n姓名：{P}  档案编号：{R}\n随访日期：{D}  随访方式：入户\n危险性：0级  服药依从性：规律服药\n用药：利培酮片 2mg bid\n随访医生：{DR}\n"
                    + "随访周期：三个月\n",
            "{PS}奶奶家里人说她这个月药都按时吃了，夜里困得着；精防医生{DR}入户随访，血压{BP}；儿子{F}电话{M}\n",
            "失访报告：{P}（档案号{R}）自{D}起失访，原住{A}，电话{M}已停机；已报告镇综治中心及派出所{NS}警官\n",
            "精防工作季报（高邮市）\n在册患者 1,287人，规范管理率 92.4%，服药率 85.1%\n本季度新报告：{P}（{A0}）、{N}（{A0}）\n填报人：{DR}  电话：{L}\n",
            "家属{F}反映{P}近来话多、花钱大手大脚、一夜只困两三个钟头，考虑双相障碍躁狂发作复发，建议来门诊调药\n",
            "随访时{PS}师傅在家门口晒太阳，精神还可以，自述“药吃掉了，没得事”；住{A}；下次随访{D}\n",
            "{\"patientName\":\"{P}\",\"idCard\":\"{ID}\",\"archiveNo\":\"{R}\",\"riskLevel\":2,\"guardian\":\"{F}\","
                    + "\"guardianPhone\":\"{M}\",\"followUpDoctor\":\"{DR}\"}\n",
            "在册患者信息核对\n姓名\t性别\t出生日期\t身份证号\t现住址\n{P}\t{SEX}\t{DOB}\t{ID}\t{A}\n",
            // Medication supervision and long-acting injections.
            "服药监护记录：{P}，氯氮平片 100mg qn，由{KIN}{F}每晚看服；{D}精防医生{DR}清点余药26片，与应余数相符\n",
            "长效针剂注射登记|{P}|棕榈酸帕利哌酮 150mg|批号 23H07A|{D}|注射护士{N}|{M}\n",
            "[微信 高邮精防工作群]\n{DR}：老{PS}这个月针打了没？\n{N}：打了，{D}打的，他家里人陪着来的\n{DR}：好的，跟他家里讲，下个月别忘了，有事打{M}\n",
            "免费服药申请表\n申请人：{P}\n身份证号：{ID}\n诊断：精神分裂症（F20.0）\n医保编号：{I}\n申请药品：奥氮平片 10mg qn\n审核医生：{DR}\n",
            "Medication supervision note\nClient: {MN}\nRegimen: aripiprazole 10 mg daily, supervised by landlord "
                    + "{N}\nPill count on {D}: 18 left, as expected\nTel: {M}\n",
            // Crisis hotline.
            "心理援助热线12356 通话记录\n来电时间：{D} {TIME}\n来电者自称{P}，诉“活着没得意思”，有自杀计划\n来电号码：{M}\n处置：接线员{N}保持通话，同时报警，所在位置{A}\n",
            "[语音转文字] 接线员你好 我家老头子{P}拿着刀在院子里转 嘴里一直在嚼蛆 我们在{A0} 我电话是{MV}\n",
            "Crisis line log\nCaller: {E2}, international student, Yangzhou University\nCallback number: {M}\n"
                    + "Stated DOB: {DOBE}\nRisk: passive suicidal ideation, no plan\n"
                    + "Referred to outpatient clinic, Dr {ES}\n",
            "Hotline QA review: call from {M} at {TIME}; caller gave the name {P}, aged {AGE}; counsellor {N} "
                    + "escalated to police (case JQ-0317)\n",
            // Police transfer.
            "公安机关送诊登记表\n送诊单位：高邮市公安局城南派出所\n民警：{NP}（警号321847）  联系电话：{M}\n被送诊人：{P}  身份证号：{ID}\n现场情况：在公共场所持械滋扰他人\n"
                    + "接收医师：{DR}\n",
            "警情移交：{D} {TIME}，民警{NP}、{NP}将{P}护送至我院急诊，随车人员{F}（{KIN}）；警车苏K·2J709；接警单号JQ20240317-0081\n",
            "[微信 城南派出所-脑科医院对接群]\n{NS}警官：人已经在路上了，叫{P}，身份证{ID}\n{DR}：收到，急诊准备好了\n民警{NP}：他家里人{F}，电话{M}，马上也到\n",
            "Police transfer form (translated)\nName: {E}\nBrought by officer {NP} (badge 032716), tel {M}\n"
                    + "Reason: wandering on the expressway, disoriented\nFriend contacted: {EG}\n"
                    + "Receiving doctor: {DR}\n",
            "{\"type\":\"police_transfer\",\"officer\":\"{NP}\",\"officerPhone\":\"{M}\",\"subject\":\"{P}\",\"subjec"
                    + "tId\":\"{ID}\",\"policeBadge\":\"321065\"}\n",
            "工号,民警,联系方式,移交对象\nJ0412,{NP},{M},{P}\n",
            "[语音转文字] {NS}所长 我是村里的{N} 那个{PK}又在路上拦车子了 你们赶紧派人来 在{A0} 我电话{MV}\n",
            // Forensic psychiatric evaluation (司法鉴定).
            "司法鉴定意见书\n淮扬司鉴所[2024]精鉴字第318号\n委托人：扬州市公安局邗江分局\n被鉴定人：{P}，{SEX}，{DOB}出生，身份证号{ID}\n案由：故意伤害\n"
                    + "鉴定意见：被鉴定人案发时患精神分裂症，评定为限定刑事责任能力\n鉴定人：{DR}、{N}\n",
            "刑事案件精神病鉴定委托：（2024）苏1084刑初123号，被告人{P}，羁押于高邮市看守所；辩护律师{N}，电话{M}\n",
            "知情人陈述：{F}（被鉴定人{KIN}）称{P}自{D}起多疑，认为邻居{N}在饭里下毒，曾多次报警\n",
            "Forensic psychiatric evaluation, summary for the court\nCase (2024) Su 0102 Xing Chu No. 123\n"
                    + "Examinee: {P}, born {DOB}\nAssessors: Dr {DR} and Dr {N}\n"
                    + "Opinion: diminished criminal responsibility\n",
            "看守所医务室就诊记录\n在押人员：{P}  入所编号KS2024-0412\n诊断：抑郁发作，予舍曲林50mg qd\n家属：{F}  电话：{M}\n所医：{DR}\n",
            "强制医疗执行通知：依（2023）苏08刑医2号决定书，对被申请人{P}（身份证{ID}）强制医疗；法定代理人{F}，{L}\n",
            "[OCR] 司法鉴定委托书 第2页\n被鉴定人 {PO} 出生 {DOB}\n羁押场所 高邮市看守所\n承办人 {NP}\n",
            // Guardians (监护人), subsidies and village cadres.
            "监护人确认书\n本人{F}，身份证号{ID}，系患者{P}的{KIN}，同意担任其监护人并履行看护管理责任。\n联系电话：{M}\n住址：{A}\n签名：{F}  日期：{D}\n",
            "看护管理补助发放表\n| 患者 | 监护人 | 银行卡号 | 金额 |\n|---|---|---|---|\n| {P} | {F} | {B} | 1200元 |\n"
                    + "| {N} | {N} | {B} | 1200元 |\n",
            "村委会证明\n兹证明{P}，{SEX}，身份证号{ID}，系我村村民，家住{A}，因患精神疾病无劳动能力，家庭经济困难。\n特此证明。\n村支书：{N}  电话：{L}\n",
            "关爱帮扶小组：组长{N}（村书记），成员{NS}警官、精防医生{DR}、监护人{F}；帮扶对象{P}，住{A0}\n",
            "社工个案记录：服务对象{P}，独居，低保户；个案社工{N}；照护人为村妇女主任{N}；家访地址{A}；低保账户{B}\n",
            "{F}之子{P}，{AGE}岁，去年在南京打工时起病，现由父母照看；家住{A}\n",
            "{F}之女，{AGE}岁，初中辍学后在家，近半年不出门、不洗澡，拟诊精神分裂症；家长电话{M}\n",
            "家访：{F}之子近来不肯出门，{F}本人有顾虑，不愿登记；精防医生{DR}解释政策后同意，电话{M}\n",
            // Relapse warnings.
            "复发预警：{P}近两周睡眠减少、自语自笑、拒绝服药；系统风险等级由1级升为2级；精防医生{DR}已电话联系监护人{F}（{M}）\n",
            "【精防提醒】{F}您好，{P}本月未按时领药，请尽快联系社区精防医生{DS}医生，电话{L}。\n",
            "Relapse early-warning alert\nPatient: {P}\nArchive no.: {R}\n"
                    + "Triggers: two missed depot injections, sleeping 3 h a night\nGuardian: {F}, tel {M}\n"
                    + "Action: home visit by Dr {DS} within 48 h\n",
            // Medical insurance and free antipsychotics.
            "医保结算单\n参保人：{P}  医保编号：{I}\n住院号：{R}\n统筹支付 12,386.40元  个人自付 1,102.70元\n",
            "免费服药目录药品领取|{P}|{I}|利培酮口服液 30ml|领药人{F}|{D}\n",
            "【淮扬脑科医院】{P}您好，您的免费抗精神病药物已到社区卫生服务中心，请持医保卡（{I}）于{D}前领取。咨询电话{L}\n",
            "{\"hospNo\":\"{R}\",\"name\":\"{P}\",\"insurance\":\"{I}\",\"drug\":\"olanzapine "
                    + "10mg\",\"freeMedication\":\"yes\"}\n",
            "{\"caller\":\"{E2}\",\"phone\":\"{M}\",\"line\":\"12356\",\"risk\":\"moderate\",\"counsellor\":\"{N}\"}\n",
            "{\"患者\":\"{P}\",\"出生日期\":\"{DOB}\",\"监护人\":{\"姓名\":\"{F}\",\"电话\":\"{M}\"},\"危险性等级\":3,\"住址\":\"{A}\"}\n",
            // WeChat groups of 精防 workers and families.
            "[微信 宝应县精防医生群]\n{DR}：射阳湖镇{PS}大姐今天又跑出去了，有人在镇上看到\n{N}：她家里人电话多少？\n{DR}：她弟弟{F}，{M}\n{N}：好的我来联系\n",
            "[微信 精防-派出所联络群]\n{N}：{P}的住址更新了，现住{A}\n{NS}所长：收到，社区民警去核实\n",
            "[微信 定远县精防群]\n{DR}：老{PS}又喝酒了，他儿子说在家里摔东西\n{N}：要不要报警？\n{DR}：先打他儿子电话{M}问问\n",
            "[微信 淮安精防随访群]\n{N}：今天入户{PK}家，人还可以，药吃着\n{DR}：好，记到系统里，档案号{R}\n",
            "[微信 家属群]\n{F}：{DS}医生，我家{PG}这两天又不困觉了，一夜在家里转\n{DR}：晚上奥氮平加半片，明天带来门诊\n",
            "[微信 盱眙县精防群]\n{DR}：{P}出院了，出院带药喹硫平0.2g bid\n{N}：好的，监护人是哪个？\n{DR}：{F}，{MV}\n",
            // Voice notes in Jianghuai Mandarin.
            "[语音转文字] 喂 是{DS}医生吧 我是{PG}他妈妈 这个伢子这两天又不肯吃药了 一天到晚关在屋里 你们能不能来望望 我电话{MV}\n",
            "[语音转文字] {DS}主任啊 我是{A0}的{F} 我家{PK}又犯病了 在家里瞎嚼 你们派个人来望望吧 电话{MV}\n",
            "[语音转文字] 喂 精防的{DS}医生吗 我是村里的{N} 他们家{PS}奶奶今天早上一个人走到河边上去了 被我们拉回来了\n",
            "[语音留言] {NS}警官你好 我是{P}的姐姐 他昨天夜里又跑出去了 到现在没家来 我电话{MV} 麻烦你们帮忙找找\n",
            // OCR'd forms.
            "[OCR] 严重精神障碍患者报告卡\n姓 名 {PO}\n性 别 {SEX}\n出生日期 {DOB}\n身份证号 {ID}\n现住址 {A}\n报告医生 {DR}\n",
            "[OCR] 扬州市精神障碍患者出院信息单\n患者{PO}住院号{R}\n出院诊断 F31.1\n监护人{F}电话{M}\n",
            "[OCR] 危险性评估\n评估对象:{PO}  等级:3\n评估人:{DR}\n联系电话:{L}\n",
            "[OCR] 公安机关移交精神障碍患者登记\n被移交人 {PO}\n移交民警 {NP}\n联系电话 {M}\n",
            // Minority and foreign patients.
            "患者{MN}，新疆人，在扬州经营干果店，汉语表达尚可，由同乡{NM}翻译；诊断急性应激障碍；电话{M}；住{A}\n",
            "Patient {MN}, a seasonal worker from Xinjiang at a Yizheng shipyard, admitted on {D} with a first "
                    + "psychotic episode; employer contact {N}, tel {L}; DOB {DOBE}\n",
            "[微信 扬州精防群]\n{N}：{MG}今天来拿药了，说干果店生意忙，下个月让表哥{NM}代领\n{DR}：可以，让他带上{MN}的身份证复印件\n",
            "Interpreter note: {MG} ({MN}) prefers to be addressed by the personal name; phone {M}; landlord {N}\n",
            "{MG}说这两天睡不好，总听到有人喊自己名字；{MN}的表哥{NM}陪同来诊，电话{MV}\n",
            "外籍患者登记：{E}，留学生，出生{DOBE}，护照号不详，紧急联系人{E2}，电话{M}；接诊医生{DR}\n",
            "Discharge summary\nPatient: {E}\nDiagnosis: brief psychotic disorder (F23)\n"
                    + "Case discussed with visiting psychiatrist Dr {ES}\n"
                    + "Follow-up: outpatient clinic in two weeks, tel {L}\n",
            "{\"name\":\"{MN}\",\"idCard\":\"{ID}\",\"address\":\"{A}\",\"interpreter\":\"{NM}\"}\n",
            "Forensic interview notes: {MN} reports arriving in Huai'an in 2019; ID {ID}; cousin {NM} present; "
                    + "interpreter {N}\n",
            "患者{P}，回族，菱塘回族乡人，饮食清真，住院期间由营养科单独配餐；监护人{F}，住{A}\n",
            // Wards, discharge and general notes.
            "护士站交班：3床{PS}大爷夜里困得好，5床{N}凌晨两点吵闹，予氟哌啶醇5mg im，已报告值班医生{DR}\n",
            "小{PS}今天出院，出院带药：喹硫平 0.2g bid；复诊挂号：{DR}主任专家门诊；家属{F}，{M}\n",
            "急诊留观：{P}，{DOB}出生，吞服不明药物约30片，洗胃后转入，毒物检测标本号TX-0923；联系人{F}（{KIN}），{L}\n",
            "出院小结\n患者：{P}  住院号：{R}\n入院日期：{D}  出院日期：{D}\n出院诊断：精神分裂症\n出院医嘱：利培酮片2mg bid，社区精防随访\n主治医师：{DR}\n",
            "{F}说{P}真实生日是{DOBL}，身份证上写的是{DOB}，是当年报户口报错了\n",
            "老年精神障碍筛查\n姓名\t出生（农历）\t联系电话\n{P}\t{DOBL}\t{L}\n{N}\t{DOBL}\t{L}\n",
            "病房探视登记：{F}（{KIN}）探视{P}，需戴口罩，探视证号TS-0617，登记护士{N}\n",
            "{PK}大名{P}，村里人都喊他小名；精防档案号{R}\n",
            "门诊复诊：{P}由{KIN}陪同，家里人都喊他{PG}，这次自己主动要求来开药；测血糖6.1mmol/L；医保号{I}\n",
            // English and mostly Latin documents.
            "Community mental health team handover\n- {P}: risk level 1, adherent, next visit {D}\n"
                    + "- {N}: missed depot, guardian {F} ({M})\nOn call: {DR}\n",
            "Subject: student {E} admitted\nDear {EG},\nYour student was admitted on {D}. The emergency contact on "
                    + "file is {M}.\nRegards, {DR}\n",
            "Guardian consent (English copy)\nPatient: {E}\nGuardian: {E2}, tel {M}\nAddress in China: {A}\n"
                    + "Signed on {D}\n",
            "Dear Dr {ES}, thank you for seeing {EG} last week; the patient's DOB is {DOBE}, phone {M}.\n",
            // SMS and lists.
            "【淮安市精神卫生中心】{P}家属您好，复诊时间为{D}，请按时就诊。如有病情变化请拨打{L}。\n",
            "【定远县疾控】监护人{F}：您申领的看护补助已发放至{B}，请查收。\n",
            "【精防随访】{DS}医生将于{D}上午入户随访{P}，如不在家请回复或致电{M}。\n",
            "序号,姓名,出生日期,监护人,监护人电话,补助卡号\n1,{P},{DOB},{F},{M},{B}\n",
            "本周随访名单：\n1. {P}（{A0}）{M}\n2. {N}（{A0}）{M}\n3. {PK}（{A0}）{MV}\n",
            "住院押金退还：请将退款转入{F}名下银行卡{B}，患者{P}，住院号{R}\n");

    // The commonest surnames of the Jianghuai plain first, then the region's others, the Hui villagers' of 菱塘, the
    // Anhui side's, the rare surnames of the region, and word-like names.
    static final List<String> CHINESE = List.of((""
            + "王长根 王宝珍 王杏芸 王士琦 王巧云 王广顺 王庆宏 王素娥 王振邦 王立鹤 王荷珍 王启才 王月娥 王梓骁 王书浩 "
            + "王如松 王金娣 "
            + "陈广富 陈桂珍 陈士林 陈宝玲 陈玉坤 陈德江 陈巧英 陈庆林 陈锦秀 陈一苇 陈翠兰 陈小扣 "
            + "张有才 张凤翘 张家宝 张士华 张秀蓁 张连弟 张庆馀 张梦洁 张守仁 张兰香 "
            + "朱长富 朱桂芹 朱宝根 朱永康 朱荷英 朱士俊 朱润泽 朱晓蓓 朱德宽 "
            + "刘兆祥 刘凤珠 刘广才 刘家琪 刘晓菁 刘金保 刘腊梅 "
            + "李长宽 李素芹 李宝华 李玉柱 李书涵 李德培 李银娣 "
            + "徐凤仙 徐长淮 徐士成 徐巧珍 徐皓宸 徐行 "
            + "孙宝林 孙兰芝 孙加荣 孙志远 孙粉英 "
            + "周桂芬 周福来 周士杰 居安 周锡康 "
            + "吴宝成 吴秀娣 吴永祥 吴俊驰 "
            + "杨长汉 杨月琴 顾凤娣 顾士明 顾炳坤 沈菊芬 沈家骐 戴兰珍 戴永庆 蔡宝凤 蔡文彬 姚广林 姚慧娟 殷翠娥 许仁和 "
            + "秦兆宏 乔巧凤 "
            + "堵正林 堵桂兰 堵芸 印家林 印凤英 仓德胜 仓秋菊 印士坤 仓玉兰 居长福 居桂芳 "
            + "马玉珩 马俊卿 哈桂珍 丁启明 米振华 马德禄 "
            + "鲍长友 汪淑珺 葛传贵 鲍香兰 程传旺 汪守田 葛翠萍"
            ).strip().split(" "));
    /** Hui villagers of 菱塘回族乡. */
    static final List<String> HUI = List.of("马玉珩", "马俊卿", "哈桂珍", "丁启明", "米振华", "马德禄");
    /** Surnames of the region no earlier blind group gave anyone: 居, 印 (Taizhou, Yangzhou), 堵 (Wuxi, Yangzhou), 仓. */
    static final String RARE_SURNAMES = "居印堵仓";
    /** Pool names that are also ordinary words: to live in peace, to walk slowly. */
    static final List<String> WORD_LIKE = List.of("居安", "徐行");
    /** Uyghur and Kazakh traders, workers and relatives: personal name·father's name. */
    static final List<String> MINORITY = List.of("玉苏甫·托合提", "阿依努尔·卡德尔", "麦尔旦·依明", "努尔兰·别克波拉提",
            "阿尔曼·哈力木别克", "祖力皮亚·艾山", "伊斯拉木·肉孜", "米日古丽·阿西木", "海拉提·木拉提", "阿孜古丽·吐拉克",
            "吾买尔江·斯迪克", "叶尔江·努尔哈力");
    /** Jianghuai nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("朱小三子", "茆二丫头", "孙小扣子", "顾三猴子", "王二侉子", "戴小红子",
            "刘大琴子", "周小锁子", "卞老四", "吴小毛子");
    /** Foreign students and their contacts, given|family: Ghanaian, South African, Uzbek, Russian, Pakistani, Georgian,
     * Polish, Nigerian, Romanian, Lithuanian. */
    static final List<String> ENGLISH = List.of("Kobina|Frimpong", "Abena|Agyekum", "Bongani|Mthethwa",
            "Nilufar|Rashidova", "Mstislav|Sokolovsky", "Zeeshan|Wattoo", "Hamza|Abbasi", "Giorgi|Kvaratskhelia",
            "Ewa|Grabowska", "Rustam|Nazarov", "Ebubechukwu|Ezeudu", "Roxana|Zamfirescu", "Mantas|Aukstuolis",
            "Kojo|Ampofo");

    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Guangling, Baoying, Yizheng and Gaoyou of Yangzhou;
     * Qinghe, Lianshui, Xuyi and Jinhu of Huai'an; Langya, Dingyuan and Tianchang of Chuzhou; Huaiyuan of Bengbu.
     */
    private static final List<String> LEGACY_AREA = List.of("321002", "321023", "321081", "321084", "320811", "320826",
            "320830", "320831", "341102", "341125", "341181", "340321");
    /** Area codes for 18-digit numbers: the legacy codes and later ones (Hanjiang 2000, Huai'an district 2012,
     * Jiangdu 2011, Qingjiangpu 2016). */
    private static final List<String> AREA = Stream.concat(Stream.of("321003", "320803", "321012", "320812"),
            LEGACY_AREA.stream()).toList();
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("0514", "0517", "025");
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0550", "0552");
    private static final List<String> BANK_BINS = List.of("621226", "623066", "622909", "621098", "622700");
    private static final List<String> COUNTY_CODES = List.of("GY", "BY", "LS", "XY", "DY", "TC");
    /** Province|city|county|towns|villages. */
    private static final List<String> VILLAGES = List.of(
            "江苏省|扬州市|高邮市|三垛镇,临泽镇,菱塘回族乡,汤庄镇|司徒村,清真村,龙奔村,东墩村",
            "江苏省|扬州市|宝应县|射阳湖镇,曹甸镇,泾河镇|荷花村,大营村,朱桥村",
            "江苏省|扬州市|仪征市|月塘镇,马集镇|捺山村,方营村",
            "江苏省|淮安市|涟水县|高沟镇,红窑镇|唐集村,杨口村",
            "江苏省|淮安市|盱眙县|马坝镇,官滩镇|古桑村,洪山村",
            "江苏省|淮安市|金湖县|银涂镇,塔集镇|夹沟村,高桥村",
            "安徽省|滁州市|定远县|炉桥镇,藕塘镇|梁岗村,双河村",
            "安徽省|滁州市|天长市|秦栏镇,铜城镇|大通村,新集村",
            "安徽省|蚌埠市|怀远县|荆山镇,双桥集镇|涂山村,河溜村");
    /** Province|city|district|roads|estates. */
    private static final List<String> CITY = List.of(
            "江苏省|扬州市|邗江区|文昌西路,扬子江中路,念泗路|翠岗小区,京华城,蓝天花园",
            "江苏省|扬州市|广陵区|运河南路,渡江路|沙口新村,运河一号",
            "江苏省|淮安市|清江浦区|淮海南路,健康西路|清河新区,楚秀园小区",
            "安徽省|滁州市|琅琊区|琅琊大道,丰乐北路|醉翁小区,菱溪苑");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";

    private Blind45Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_45 || !templates.isEmpty() && BLIND_45.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Uyghur or Kazakh patient (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** The personal name of a Uyghur or Kazakh name, used alone: 玉苏甫 of 玉苏甫·托合提. */
    static String personalName(String minorityName) {
        return minorityName.substring(0, minorityName.indexOf('·'));
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** Province, city or neither before a county or district: 江苏省扬州市, 扬州市 or nothing. */
    private static String prefix(String[] t, boolean withProvince, RandomGenerator r) {
        if (withProvince) return t[0] + t[1];
        return r.nextBoolean() ? t[1] : "";
    }

    /** A village: 江苏省扬州市高邮市三垛镇司徒村5组(12号); {@code partial} stops at the town, the village or the 组. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(VILLAGES, r));
        String base = prefix(t, withProvince, r) + t[2] + one(t[3], r);
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> base;
                case 1 -> base + one(t[4], r);
                default -> base + one(t[4], r) + (1 + r.nextInt(12)) + "组";
            };
        }
        String v = base + one(t[4], r) + (1 + r.nextInt(12)) + "组";
        return r.nextBoolean() ? v : v + (1 + r.nextInt(80)) + "号";
    }

    /** A flat: 扬州市邗江区文昌西路88号翠岗小区3幢2单元302室; {@code partial} stops at the road or its number. */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(CITY, r));
        String road = (withProvince ? t[0] + t[1] : t[1]) + t[2] + one(t[3], r);
        if (partial) return r.nextBoolean() ? road : road + (1 + r.nextInt(400)) + "号";
        return road + (1 + r.nextInt(400)) + "号" + one(t[4], r) + (1 + r.nextInt(40)) + "幢" + (1 + r.nextInt(4))
                + "单元" + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
    }

    /** An address: a village (most) or a flat; {@code partial} may stop at the town, village, 组 or road. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 6 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    /** A resident ID: 18 characters (born 1938 to 2007) plain, with a lower-case x, 6-8-4 by blanks or hyphens, or a
     * 15-digit one on a code of its time (born 1938 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 38, 47, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1938, 70, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
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
     * A mobile as said aloud: on the phone the one as 幺 or 一 and the nought as 零; as the police read numbers on the
     * radio, 幺, 两, 拐 and 洞 for one, two, seven and nought. 3-4-4 by blanks or run on.
     */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        boolean radio = r.nextInt(3) == 0;
        char one = radio || r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (c == '1') b.append(one);
            else if (c == '0') b.append(radio ? '洞' : '零');
            else if (radio && c == '2') b.append('两');
            else if (radio && c == '7') b.append('拐');
            else b.append(NUMERALS.charAt(c - '0'));
        }
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /**
     * A landline: eight local digits on 0514, 0517 and 025, seven on 0550 and 0552: 0514-87301234, (0514)87301234,
     * 0514 8730 1234, 0514-87301234转806, +86 514 87301234.
     */
    static String landline(RandomGenerator r) {
        boolean eight = r.nextInt(3) > 0;
        String area = pick(eight ? EIGHT_DIGIT_AREAS : SEVEN_DIGIT_AREAS, r);
        String local = (eight && !area.equals("025") ? (char) ('5' + r.nextInt(4)) : (char) ('2' + r.nextInt(7)))
                + digits(eight ? 7 : 6, r);
        int half = eight ? 4 : 3;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3, r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /** NK2024018765 (inpatient), NKMZ24-1018765 (outpatient), GY-J24-0387 (county units), JF321084-000387 (精防). */
    static String recordNumber(RandomGenerator r) {
        int year = 2015 + r.nextInt(11);
        return switch (r.nextInt(4)) {
            case 0 -> "NK" + year + digits(6, r);
            case 1 -> "NKMZ" + (year % 100) + "-" + digits(7, r);
            case 2 -> pick(COUNTY_CODES, r) + "-J" + (year % 100) + "-" + digits(4, r);
            default -> "JF" + pick(AREA, r) + "-" + digits(6, r);
        };
    }

    /** YB321084 and eight digits (residents' insurance), MT2024003187 (门特 certificate), AH and ten digits (Anhui). */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> "YB" + pick(AREA, r) + digits(8, r);
            case 1 -> "MT" + (2015 + r.nextInt(11)) + digits(6, r);
            default -> "AH" + digits(10, r);
        };
    }

    /** A bank card, 16 or 19 digits with a valid Luhn digit: plain, fours by blanks or fours by hyphens. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /** 1968年4月9日, 1968-04-09, 1968.4.9, 一九六八年四月九日, 68年4月9号, 19680409; born 1938 to 2007. */
    static String birthDate(RandomGenerator r) {
        int y = 1938 + r.nextInt(70), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            case 4 -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** A day of a lunar month: 初八, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A lunar date of birth, 1930 to 1990: 农历1968年三月初九, 阴历六八年腊月廿三. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(61), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return r.nextBoolean() ? "农历" + y + "年" + month + lunarDay(d)
                : "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
    }

    /** As English documents write it: 9 April 1968, Apr 9, 1968, 09 Apr 1968. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(58), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month.substring(0, 3) + " " + d + ", " + y;
            default -> String.format("%02d %s %d", d, month.substring(0, 3), y);
        };
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N", "NP" -> out.write(chineseName(random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(chineseName(random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "MG" -> out.write(personalName(people[3]), EntityKind.NAME);
            case "NM" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
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

package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Fifty-seventh blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_57}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: a children's hospital network in Henan (Zhengzhou, Luoyang, Nanyang, Zhoukou, Shangqiu) led by the
 * fictional tertiary 嵩岳儿童医院 in Zhengzhou, with county maternal-and-child hospitals (郸城县, 太康县, 鹿邑县, 沈丘县, 柘城县, 虞城县,
 * 淅川县妇幼保健院 …), township health centres and village clinics. NICU admission, transfer, course and discharge notes,
 * newborn-screening recalls and twins' registers; birth-defect registry cards and exports; child-health (儿保) checks,
 * growth tables and high-risk-infant cards; school and kindergarten screenings with class rosters and morning-check
 * registers; vaccination catch-up lists, reminders and reaction reports; child-protection reports written neutrally
 * (suspected neglect; social workers and police officers named as persons, with case and badge numbers); children's
 * welfare home (福利院) admissions, handover books, guardianship letters and medical files, where children carry names
 * given by the home and carers act for the guardian; domestic adoption and foster-family files (the home-given name and
 * the new one), international adoption reports, letters and consents in English; left-behind children whose parents
 * work in Guangdong and Zhejiang and are reached by phone; paediatric oncology (leukaemia) admissions, consents,
 * tumour boards with visiting experts, charity and crowdfunding applications and payout ledgers; WeChat groups of
 * parents, grandparents, village doctors and carers, Henan dialect voice notes (中, 得劲, 咋, 恁, 俺, 弄啥嘞, 妮儿, 孬),
 * OCR'd forms, CSV, tab, pipe and markdown tables, JSON exports, SMS and e-mails (about a sixth in English).
 *
 * <p>The people: newborns, infants, pupils and teenagers of Zhengzhou and of the villages of eastern and southern Henan,
 * their mothers, fathers and grandparents (爷爷, 奶奶, 姥姥), foster and adoptive parents in Henan and abroad, children of
 * the welfare homes and their carers (保育员, called X妈妈), directors, doctors, nurses, village doctors, teachers, social
 * workers, police officers, and visiting experts and agency social workers from abroad.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, lists, English prose). A newborn known by the mother
 * (X之子, X之女, X之女（大）, Baby of X) labels the mother only, and the kin words stay outside. A surname in a form of
 * address labels the surname only ({@code PS} the child's, {@code FS} the parent's, {@code DS} the doctor's, {@code NS}
 * a further person's): 老X, 小X, X医生, X大夫, X主任, X老师, X校长, X院长, X社工, X警官, X妈妈 (a carer). A given name used alone
 * ({@code PG}) labels the given name (a one-character given name is never used alone; {@code PG}爸爸 labels the given
 * name only). A pet name (乳名, {@code PK}: 孬蛋, 拴住, 麦穗儿) names a child, also as {@code PK}妈, and is labelled whole. Kin
 * words, dialect words, titles and roles alone are not names: 奶奶, 姥姥, 他爹, 他娘, 孩儿, 妮儿, 闺女, 保育员, 社工, 民警, 村医,
 * 班主任, 网格员. An OCR'd name ({@code PO} the child, {@code FO} the parent, {@code MO} a home child) broken by a line
 * break, a blank after the surname, or a blank or ideographic blank between every character is one span. Children and
 * parents also stand in pinyin in English documents ({@code PY}, {@code FY}, {@code NY}, {@code CY}: Wang Muchen, WANG MUCHEN,
 * Muchen Wang, WANG Muchen), labelled whole. A welfare-home child ({@code MN}: 国安澜) is also written in pinyin
 * ({@code MY}), by the new Chinese name of a domestic adoption ({@code MC}), by the English name of an international
 * adoption ({@code ME}: Leilani Tolliver, Leilani Anlan Tolliver), the English given name alone ({@code MG}) and the
 * adoptive family name alone ({@code MS}, after Mrs or in a table); the adoptive father ({@code MF}) and mother
 * ({@code MM}) are labelled whole. Visiting experts and agency staff ({@code E}, {@code E2}) are labelled whole, a
 * family name alone ({@code ES}) and a given name alone ({@code EG}) too; Dr, Ms, Mrs and Officer stay outside.
 *
 * <p>Identifiers: resident identity numbers of adults ({@code ID}: 18 characters with a valid GB 11643 check on area
 * codes of Henan 41 and of the parents' work places in Guangdong 44 and Zhejiang 33; plain, with a lower-case x, 6-8-4
 * by blanks or hyphens; one in ten a grandparent's 15-digit number with a valid birth date) and of children
 * ({@code IDC}: Henan codes, born 2008 to 2025), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86;
 * {@code MV}: spoken, 幺 or 一 for one, 零 for nought), numbers of adoptive families and experts abroad ({@code MX}: +1
 * (612) …, +31 6 …, +46 70 …, +47 …, +34 6 …, +354 …), landlines ({@code L}: eight digits on 0371 Zhengzhou, 0379
 * Luoyang, 0377 Nanyang, 0394 Zhoukou and 0370 Shangqiu, with the code in brackets, a hyphen or a blank, as +86 371,
 * or without the code), record numbers ({@code RZ}: inpatient numbers of eight digits on the year, 24038712;
 * {@code RM}: outpatient cards ET and ten digits; {@code RB}: child-health archive numbers of fifteen digits, county
 * code, year and five digits; {@code RD}: birth-defect registry numbers CQ411625-2024-0387), insurance numbers
 * ({@code IP}: fourteen-digit medical-insurance personal numbers on a city code; {@code IN}: old rural cooperative
 * (新农合) numbers 411625-038712-03; {@code I}, where the label does not say, either), bank cards ({@code B}: 16 or 19
 * digits with a valid Luhn digit, plain or in fours by blanks or hyphens), addresses ({@code A}: flats in Zhengzhou by
 * road, number, 号院, 号楼, 单元 and room, by road and estate, by 街道 and estate, and the 街坊 blocks of Luoyang; villages
 * of Zhoukou, Shangqiu, Nanyang, Luoyang and Zhengzhou by 县, 镇 or 乡, 村 or a natural village on 庄, 寨 or 营, and 组;
 * {@code A0}: stopping at the 街道, the road, its number, the town or the village; {@code AW}: the parents' work places
 * in Dongguan, Shenzhen, Foshan, Yiwu, Wenzhou and Ningbo, down to the factory dormitory), dates of birth
 * ({@code DOB}: children, 2019年3月12日, 2019-03-12, 2019.3.12, 2019/03/12, 20190312; {@code DOBN}: newborns, 2025年1月7日,
 * 2025-01-07, 2025.01.07; {@code DOBM}: 2019.03, 2019年3月; {@code DOBE}: 12 March 2019, March 12, 2019, 12 MAR 2019;
 * {@code DOBV}: spoken, 一九年三月十二号, 二〇一九年三月十二号; {@code DOBL}: lunar, 农历2019年腊月初八, 阴历一九年冬月十五).
 *
 * <p>Not labelled: visit, admission, pick-up and vaccination dates and times, birth times, gestational ages, weights,
 * Apgar and other scores, lab values and doses, amounts, bed, incubator and ward numbers, vaccine lots and trace codes,
 * vaccination-certificate, birth-certificate, adoption-certificate, foster-agreement, blood-spot card, case, project,
 * police-report and badge numbers, device serials, student numbers, licence plates, passports and visa foils,
 * platform user IDs, hospitals, homes, schools, funds and offices, kin words, roles and dialect words, and words
 * beginning with a pool surname (高热, 马上, 牛奶, 白天, 常规, 申请, 任何, 付款, 周岁; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind54Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #NAMES},
 * each with its pinyin) is drawn as a Henan children's ward would look: 王, 李, 张, 刘, 陈, 杨, 赵, 郭 lead, then the Henan
 * surnames (孙, 周, 马, 朱, 胡, 高, 宋, 韩, 任, 范, 牛, 申, 付, 耿, 翟, 贾, 闫, 谷, 乔, 岳), the rarer ones of the province (靳, 楚, 姬,
 * 娄, 郜, 禹, 仝, 暴, 菅, 鄢), the Hui surname 买 and 慎, which no earlier group gave anyone, and the home-given surnames 国 and
 * 洛 ({@link #RARE_SURNAMES}); children's names of the 2010s and 2020s (梓沫, 沐晨, 一航), their parents' and
 * grandparents' (拴成, 留根, 二妮, 铁锁) and names that are also words ({@link #WORD_LIKE}). {@link #HOME} holds the
 * welfare-home children with their pinyin, their new Chinese names and their adoptive English names and parents,
 * {@link #NICKNAMES} pet names, {@link #ENGLISH} visiting experts and agency staff. The record's child ({@code P}) is
 * always one of {@link #CHILDREN}, its parent ({@code F}) and doctor ({@code DR}) are of {@link #ADULTS} (the name the
 * generator draws stands for one of the right age, see {@link #childOf} and {@link #adultOf}). Own slots:
 * {@code P}, {@code F}, {@code DR} as said; {@code N}, a further adult; {@code C}, a further child; {@code NS},
 * {@code PS}, {@code FS}, {@code DS}, surnames; {@code PG}, {@code PK}, {@code PO}, {@code FO}, {@code MO},
 * {@code PY}, {@code FY}, {@code NY}, {@code CY}, {@code MY}, {@code MC}, {@code ME}, {@code MG}, {@code MS},
 * {@code MF}, {@code MM}, {@code EG} and the identifier slots above. Any non-empty subset of {@link #BLIND_57} uses
 * these pools (see {@link #uses}).
 */
final class Blind57Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270127L;

    static final List<String> BLIND_57 = List.of(
            // NICU admission, transfer, course and discharge: newborns named by the mother (X之子, X之女) or a pet name.
            "新生儿科入院记录\n姓名：{F}之子  性别：男  住院号：{RZ}\n出生日期：{DOBN}  出生时间：04:17  胎龄：31+4周  出生体重：1650g\n"
                    + "入院诊断：早产儿，新生儿呼吸窘迫综合征\nApgar评分：1分钟6分，5分钟8分\n由郸城县妇幼保健院新生儿转运车转入，暖箱12号\n"
                    + "母亲：{F}  身份证号：{ID}  电话：{M}\n接诊医师：{DR}\n",
            "新生儿转运交接单\n转出单位：太康县妇幼保健院  转入：嵩岳儿童医院NICU\n患儿：{F}之女  出生日期：{DOBN}\n"
                    + "途中情况：鼻塞CPAP，SpO2由88%升至94%\n家属：{N}（父亲） {M}\n转运医生：{DR}  护士：{N}\n",
            "[微信 NICU家长沟通群]\n{F}：{DS}医生，俺家{PK}今天奶量加上去没有\n{DR}：加到每次15ml了，耐受还可以\n{F}：中，谢谢恁\n",
            "NICU出院小结\n患儿：{F}之子（已取名{P}）  住院号：{RZ}\n出生日期：{DOBN}  住院天数：46天\n"
                    + "出院诊断：早产儿（30+2周）、支气管肺发育不良、早产儿视网膜病变（2区1期）\n出院体重：2380g\n"
                    + "出院医嘱：{D}眼科复查，1月后新生儿随访门诊；儿保手册编号{RB}\n主治医师：{DR}\n",
            "双胎新生儿入院登记|{F}之女（大）|{RZ}|1480g|暖箱7号|{F}之女（小）|{RZ}|1320g|暖箱8号|母亲电话{M}\n",
            "[语音转文字] 喂 {DS}大夫 俺是{F} 就是前天生那个小闺女儿的妈 她黄疸下去没有 俺还在郸城妇幼坐月子 去不了郑州 "
                    + "恁有啥事打俺这个电话{MV}\n",
            "{\"bedNo\":\"NICU-07\",\"infantName\":\"{F}之子\",\"nickname\":\"{PK}\",\"inpatientNo\":\"{RZ}\",\"birthDate\":\"{DOBN}\","
                    + "\"gestAge\":\"29+6\",\"birthWeight\":1210,\"motherPhone\":\"{M}\"}\n",
            "病程记录 {D}\n{F}之女，生后第3天，经皮胆红素18.6mg/dL（经皮黄疸仪 SN 10387126），予蓝光治疗12小时；血型母O子A，考虑ABO溶血；"
                    + "已向其父{N}交代病情\n记录：{DR}\n",
            "【嵩岳儿童医院】{F}您好，您的宝宝（住院号{RZ}）已于今日由NICU转至新生儿普通病房，探视时间每日15:00-16:00，主管医生{DR}，"
                    + "咨询{L}。\n",
            "新生儿疾病筛查阳性召回通知\n姓名：{F}之子  出生日期：{DOBN}\n筛查项目：先天性甲状腺功能减低症，TSH 38.6mIU/L（召回界值10）\n"
                    + "请于{D}前携带儿保手册到鹿邑县妇幼保健院复查，电话{L}\n采血卡号 4116280387\n",
            "Neonatal follow-up summary for the visiting team\nInfant: {PY}, born at 27+5 weeks on {DOBE}, birth weight 960 g\n"
                    + "Course: surfactant x2, PDA ligation, ROP stage 2 zone II treated with ranibizumab\n"
                    + "Corrected age 6 months: Bayley-III cognitive 85, motor 79\nFollow-up clinic no.: {RZ}\n"
                    + "Local physician: Dr {NY}\n",
            "新生儿出院随访电话记录：{D}电话随访{P}家长{F}（{M}），{PG}现纠正月龄4月，体重5.6kg，每次奶量120ml，无呼吸暂停；"
                    + "提醒到鹿邑县妇幼保健院做听力复筛\n",
            "[OCR] 新 生 儿 出 院 证 明\n姓 名 {PO}\n出生日期 {DOBN}\n住 院 号 {RZ}\n出院诊断 新生儿肺炎 治愈\n母亲姓名 {FO}\n",
            "NICU家长探视登记\n日期\t患儿\t床号\t探视人\t关系\t电话\n{D}\t{F}之子\t暖箱3号\t{N}\t父亲\t{M}\n"
                    + "{D}\t{PK}\t暖箱5号\t{N}\t奶奶\t{M}\n",
            "新生儿科医嘱：{F}之女，住院号{RZ}，枸橼酸咖啡因首剂20mg/kg，维持5mg/kg qd；PICC置管（导管批号 PC2411037）；医师{DR}\n",
            "Transfer letter (NICU)\nPatient: Baby of {FY}\nDate of birth: {DOBE}\nGestation 33+1 weeks, birth weight 1890 g\n"
                    + "Reason: suspected duodenal atresia (double bubble on X-ray)\nReceiving surgeon: Dr {ES}\n"
                    + "Mother's mobile: {M}\n",
            "[微信 NICU出院宝宝随访群]\n{PK}妈：{DS}主任，娃纠正5个月了还不会翻身，正常不\n{DR}：早产儿按纠正月龄算，下周来做个Gesell评估\n"
                    + "{F}：俺家{PG}也是，约的{D}\n",
            "Visiting neonatologist – ward round notes\nIncubator 3: Baby of {FY}, 26+3 weeks, day 12, HFOV, MAP 11\n"
                    + "Incubator 5: {PY}, 34 weeks, resolving TTN, off CPAP\nSuggestions by Dr {E}: earlier minimal enteral "
                    + "feeding with donor milk\n",
            // Birth-defect registry.
            "出生缺陷儿登记卡\n登记号：{RD}\n母亲姓名：{F}  身份证号：{ID}\n户籍地址：{A}\n联系电话：{M}\n"
                    + "出生日期：{DOBN}  性别：女  胎龄：38周  出生体重：3050g\n缺陷名称：唇裂（左侧完全性）合并腭裂\n"
                    + "诊断依据：临床  填报人：{N}  填报单位：淅川县妇幼保健院\n",
            "登记号,母亲姓名,身份证号,出生日期,缺陷名称,县区\n{RD},{F},{ID},{DOBN},室间隔缺损,郸城县\n"
                    + "{RD},{N},{ID},{DOBN},多指（右手）,鹿邑县\n",
            "| 登记号 | 患儿 | 缺陷 | 转诊 | 随访电话 |\n|---|---|---|---|---|\n| {RD} | {F}之子 | 先天性马蹄内翻足 | 骨科Ponseti矫形 | {M} |\n"
                    + "| {RD} | {N}之女 | 唐氏综合征 | 遗传咨询门诊 | {M} |\n",
            "出生缺陷随访：{P}，{SEX}，{DOB}出生，法洛四联症根治术后1年，心超示右室流出道压差18mmHg；家住{A0}；随访医生{DR}；"
                    + "母亲{F}电话{M}\n",
            "{\"registryNo\":\"{RD}\",\"mother\":\"{F}\",\"motherId\":\"{ID}\",\"infant\":\"{F}之女\",\"dob\":\"{DOBN}\","
                    + "\"defect\":\"神经管缺陷（脊柱裂）\",\"county\":\"虞城县\",\"reporter\":\"{N}\"}\n",
            "[OCR] 出 生 缺 陷 儿 登 记 卡（存根）\n母亲姓名 {FO}\n住 址 {A}\n缺陷名称 先天性脑积水\n填 报 人 {N}\n",
            "Birth defects surveillance – case abstract for the visiting geneticist\nCase no.: {RD}\nInfant: {PY}, born {DOBE}\n"
                    + "Findings: trisomy 21, karyotype 47,XX,+21; complete AVSD\nMother: {FY}, 41 years\nContact: {M}\n",
            // Child health (儿保) checks and growth charts.
            "儿童保健检查记录（1岁）\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n儿保手册编号：{RB}\n体重9.8kg（P50），身长76cm（P50-P75），头围46cm\n"
                    + "血红蛋白102g/L（轻度贫血），予补铁\n出牙6颗，能独站，会叫爸爸妈妈\n检查医生：{DR}\n",
            "姓名\t出生日期\t月龄\t体重(kg)\t身长(cm)\tWHZ\t评价\n{P}\t{DOB}\t18\t9.1\t79.5\t-2.3\t中度消瘦\n"
                    + "{C}\t{DOB}\t24\t12.6\t87.0\t0.4\t正常\n",
            "[微信 汲冢镇卫生院儿保群]\n{DR}：周三儿保门诊，6月龄、8月龄、12月龄的宝宝来查血常规\n{F}：{DS}医生，俺家{PG}下午去中不中\n"
                    + "{DR}：中，带上儿保手册\n",
            "生长评估：{P}（儿保档案{RB}），5岁，身高103.2cm，低于同年龄同性别P3，骨龄落后1.5岁，生长速度每年4cm；"
                    + "建议到嵩岳儿童医院内分泌科行生长激素激发试验；家长{F}，{M}\n",
            "{\"archiveNo\":\"{RB}\",\"child\":\"{P}\",\"birthDate\":\"{DOB}\",\"visits\":[{\"age\":\"3m\",\"weight\":\"6.2kg\"},"
                    + "{\"age\":\"6m\",\"weight\":\"7.9kg\"}],\"guardian\":\"{F}\",\"guardianPhone\":\"{M}\"}\n",
            "Growth summary for the adoptive family\nChild: {MY}\nEstimated date of birth: {DOBE}\n"
                    + "At intake: weight 5.1 kg, length 61 cm (both below the 3rd centile)\n"
                    + "At 18 months: weight 9.6 kg (10th centile), length 79 cm (15th centile); walks alone since 15 months\n"
                    + "Examined by: Dr {NY}\n",
            "[语音转文字] {DS}医生 俺是{P}他奶奶 娃都两岁了还不会说话 光会喊奶 他爸妈都在东莞打工 俺也不懂 恁给看看是不是哪儿不得劲 "
                    + "娃是{DOBV}生的 俺电话{MV}\n",
            "高危儿专案管理卡\n姓名：{P}  出生日期：{DOB}\n高危因素：早产（32周）、极低出生体重\n管理单位：柘城县妇幼保健院\n"
                    + "家长：{F}  手机：{M}  座机：{L}\n住址：{A}\n责任医生：{DR}\n",
            "【柘城县妇幼保健院】{F}家长您好，{P}小朋友8月龄体检预约在{D}上午，请携带儿保手册（编号{RB}），空腹查血。\n",
            "| 月龄 | 体重 | 身长 | 头围 | 评价 |\n|---|---|---|---|---|\n| 3 | 6.0kg | 61cm | 40cm | 正常 |\n| 6 | 7.4kg | 66cm | 42cm | 体重P15 |\n"
                    + "儿童：{P}，出生日期{DOB}，就诊卡号{RM}，随访医生{DR}\n",
            // School and kindergarten screenings, class rosters.
            "学号,姓名,性别,裸眼视力(右/左),筛查结论,家长电话\n"
                    + "2023050317,{P},{SEX},4.6/4.8,视力不良,{M}\n2023050318,{C},{SEX},5.0/5.0,正常,{M}\n",
            "| 序号 | 姓名 | 出生日期 | 入园体检 | 接种证查验 |\n|---|---|---|---|---|\n| 1 | {P} | {DOB} | 合格 | 需补种 |\n"
                    + "| 2 | {C} | {DOB} | 龋齿3颗 | 齐全 |\n",
            "脊柱侧弯筛查复查通知：{P}（伊川县鸣皋镇中心小学五年级，学籍辅号XJ41032920190317），Adams前屈试验阳性，躯干旋转角7°，"
                    + "请家长{F}于{D}前带孩子到洛阳市妇幼保健院拍全脊柱正侧位片，咨询{L}\n",
            "[微信 小（2）班家长群]\n{NS}老师：各位家长，明天入园体检，请带上预防接种证\n{PK}妈：收到\n"
                    + "{PG}爸爸：老师，{PG}这两天咳嗽，还能去不\n{NS}老师：可以，体检时跟医生说一下\n",
            "幼儿园晨检异常登记\n日期\t幼儿\t班级\t症状\t处理\t通知家长\n{D}\t{P}\t中（1）班\t手心疱疹\t隔离，疑似手足口病\t{M}\n"
                    + "{D}\t{C}\t中（1）班\t体温37.9℃\t离园观察\t{M}\n",
            "School screening report – Luanchuan county primary schools\n"
                    + "Screened: 1,284 pupils; myopia 23.6%, dental caries 41.2%, obesity 9.8%\n"
                    + "Referred for cardiology: {PY} (murmur grade 3/6), class 4-1, student no. 2021040112\n"
                    + "Screening lead: Dr {NY}\nNGO contact: {E}, {MX}\n",
            "[OCR] 学 生 健 康 体 检 表\n姓 名 {PO}\n出生日期 {DOB}\n学 校 睢县城关镇第二小学\n血 压 102/64mmHg\n视 力 4.7/4.9\n"
                    + "家长签字 {FO}\n",
            "班主任反映：{P}近两周多次上课睡觉、衣服单薄、午饭只吃馒头，父母在浙江义乌打工，由爷爷照看；班主任{N}已电话联系其母{F}（{M}）；"
                    + "学校心理老师{N}跟进\n",
            "【商丘市睢阳区教育体育局】{F}家长：{P}同学入学查验缺种麻腮风疫苗第2剂，请于{D}前到辖区接种门诊补种，补种后将接种证拍照发给"
                    + "班主任{NS}老师。\n",
            "No.,Name,Date of birth,Vision R/L,Caries (class 3-2 roster for the visiting school-health team)\n"
                    + "1,{PY},{DOBE},4.9/5.0,0\n2,{CY},{DOBE},4.5/4.6,2\n",
            // Vaccination catch-up.
            "预防接种补种记录\n姓名：{P}  出生日期：{DOB}\n接种证编号：JZ-411625-19-0387\n"
                    + "补种：百白破第4剂 批号202311A027；脊灰灭活疫苗 批号P202402016\n接种单位：郸城县宁平镇卫生院预防接种门诊\n"
                    + "接种护士：{N}\n监护人：{F}（奶奶） {M}\n",
            "| 姓名 | 出生日期 | 缺种疫苗 | 监护人 | 电话 |\n|---|---|---|---|---|\n| {P} | {DOB} | 麻腮风第2剂 | {F} | {M} |\n"
                    + "| {C} | {DOB} | 乙脑减毒第2剂 | {N} | {M} |\n| {C} | {DOB} | A群流脑第3剂 | {N} | {M} |\n",
            "[语音转文字] 喂 是卫生院不 俺是{P}他爷 恁打电话说俺孙子差一针疫苗 他爹他娘都在广东 接种证俺找不着了 中不中先打 "
                    + "俺这电话{MV}\n",
            "{\"vaccRecord\":{\"name\":\"{P}\",\"idNo\":\"{IDC}\",\"birth\":\"{DOB}\",\"vaccine\":\"MMR\",\"dose\":2,"
                    + "\"lot\":\"202403B017\",\"traceCode\":\"81234567890123456789\",\"site\":\"沈丘县槐店回族镇接种门诊\"}}\n",
            "Catch-up vaccination plan for an internationally adopted child\nChild: {ME}\n"
                    + "Chinese record: DTaP x3, IPV x1, OPV x2, MMR x1, HepB x3, JE x1 (lot 201911C044 among others)\n"
                    + "Plan: MMR dose 2, DTaP dose 4, Hib per local schedule; hepatitis B surface antibody titre\n"
                    + "Paediatrician: Dr {E}\nParents: {MF}, {MX}\n",
            "【郸城县疾控】{F}您好，您的孩子{P}（出生日期{DOB}）尚有脊灰疫苗第4剂未接种，请于{D}前到汲冢镇卫生院接种门诊补种，咨询{L}。\n",
            "疑似预防接种异常反应报告：{P}，4岁，接种百白破后6小时高热39.2℃，注射部位红肿4×5cm，物理降温后好转；报告人{DR}；"
                    + "家长{F}，电话{M}；疫苗批号202311A027\n",
            // Child-protection reports, written neutrally.
            "疑似儿童忽视强制报告\n报告日期：{D}\n儿童：{P}  性别：{SEX}  出生日期：{DOB}\n现住址：{A}\n"
                    + "情况：因重度营养不良（体重低于同龄P3）、未按时接种入院，监护人多次未按约复诊，家中无固定照料人\n"
                    + "报告人：{DR}（主治医师） 电话：{L}\n接报单位：金水区花园路派出所，民警{N}\n接警编号 410105-2024-1103-0387\n",
            "社工介入记录\n个案对象：{P}，7岁\n社工：{N}  督导：{N}\n家访：{D}到{A0}，祖母{F}，68岁，患糖尿病，独自照顾两个孙辈，"
                    + "父亲在深圳打工，母亲离家\n评估：照料不足，暂未见伤害迹象\n计划：链接民政临时救助，每两周家访一次\n",
            "[微信 儿童保护多部门协作群]\n{NS}社工：{P}今天出院，奶奶来接\n{NS}警官：所里已经上门核实过了，家里情况属实\n"
                    + "{DR}：孩子营养门诊{D}复查，请社区提醒\n{N}：收到，我跟网格员老{NS}一起去\n",
            "情况说明：{D} 20:40，{P}（6岁）由邻居{N}送来急诊，自述独自在家两天，父亲{F}电话{M}未接通；查体未见外伤，轻度脱水；"
                    + "已按流程报告辖区派出所，出警民警{N}，警车豫A·7K3M2\n",
            "{\"caseId\":\"CP-ZZ-2024-0387\",\"child\":\"{P}\",\"childId\":\"{IDC}\",\"concern\":\"suspected neglect\","
                    + "\"reporter\":\"{DR}\",\"socialWorker\":\"{N}\",\"police\":\"{N}\",\"guardianPhone\":\"{M}\",\"status\":\"家庭监护支持\"}\n",
            "Child protection referral – summary for the visiting team\nChild: {PY}, 6 y\n"
                    + "Concern: repeated missed appointments, weight below the 3rd centile, no adult at home on two visits\n"
                    + "Social worker: {NY}; police liaison: Officer {NY}\n"
                    + "Outcome: family support plan, grandmother named day carer\nHospital no.: {RZ}\n",
            "[OCR] 儿 童 保 护 转 介 单\n儿 童 {PO}\n监 护 人 {FO}\n电 话 {M}\n转介至 管城回族区未成年人保护工作站\n经办社工 {N}\n",
            "询问笔录（摘录）\n问：你和{P}是什么关系？\n答：俺是他姥姥{F}，俺闺女在杭州打工，娃跟着俺。\n问：孩子胳膊上的淤青咋来的？\n"
                    + "答：他在学校跟同学打架，班主任{NS}老师知道。\n询问人：{N}、{N}（警号041387、041392）\n",
            // Children's welfare home records: home-given names, carers as guardians.
            "儿童福利院入院登记\n姓名：{MN}（院内取名）  性别：女\n估计出生日期：{DOB}\n捡拾日期：{D}\n送院单位：花园路派出所，经办民警{N}\n"
                    + "入院体检：双侧唇腭裂，体重4.2kg\n监护人：郑州市嵩阳儿童福利院（院长{N}）\n",
            "| 院内姓名 | 估计出生日期 | 诊断 | 处理 | 监护人 |\n|---|---|---|---|---|\n| {MN} | {DOB} | 房间隔缺损 | 封堵术 | 院长{N} |\n"
                    + "| {C} | {DOB} | 脑性瘫痪 | 康复训练 | 院长{N} |\n",
            "[微信 福利院医疗组]\n{NS}妈妈：{MN}今天又吐了两回\n{DR}：发烧没有\n{NS}妈妈：37.6\n{DR}：先补液，下午送门诊，带上监护人委托书\n",
            "监护人委托书：郑州市嵩阳儿童福利院作为{MN}（身份证号{IDC}）的监护人，委托本院工作人员{N}（身份证号{ID}）陪同就医并签署"
                    + "医疗文书。院长：{N}\n",
            "保育员交班本 {D}\n{MN}：夜里哭闹2次，喝奶120ml\n{C}：体温正常\n{C}：腹泻3次，已报告{DS}医生\n交班：{NS}妈妈  接班：{NS}妈妈\n",
            "[OCR] 儿 童 福 利 院 入 院 登 记 表\n院内姓名 {MO}\n估计出生 {DOBM}\n入院日期 {D}\n身体状况 唐氏综合征\n",
            "{\"childName\":\"{MN}\",\"institution\":\"洛阳市洛浦儿童福利院\",\"estimatedBirth\":\"{DOB}\",\"idNo\":\"{IDC}\","
                    + "\"diagnosis\":\"先天性马蹄内翻足\",\"guardianStaff\":\"{N}\",\"phone\":\"{L}\"}\n",
            "Medical report for a child available for international adoption\nName at the institute: {MY}\n"
                    + "Estimated date of birth: {DOBE}\nDiagnosis: repaired cleft lip (2023), cleft palate awaiting repair\n"
                    + "Development: sits alone, babbles, good eye contact\nCaregiver at the institute: Ms {NY}\nPrepared by: Dr {NY}\n",
            "残疾儿童康复救助申请：{MN}，估计出生日期{DOB}，痉挛型双瘫，GMFCS Ⅱ级；申请人：洛阳市洛浦儿童福利院，经办人{N}，电话{L}\n",
            "[语音转文字] {DS}医生 俺是福利院的{NS}妈妈 {MN}这两天不咋吃饭 光哭 摸着有点热 院长说叫俺先问问恁 俺这手机{MV}\n",
            // Adoption and foster families: the home-given name and the new one.
            "收养登记材料（医学部分）\n被收养人：{MN}（收养后更名为{MC}）\n估计出生日期：{DOB}\n收养人：{F}、{N}\n收养人住址：{A}\n"
                    + "体检结论：唇腭裂修补术后，语音训练中\n收养登记证号：（2024）豫收字第0387号\n",
            "家庭寄养协议（摘录）\n寄养儿童：{MN}  估计出生日期：{DOB}\n寄养家庭：{F}（寄养母亲）、{N}（寄养父亲）\n住址：{A}\n"
                    + "联系电话：{M}\n协议编号：JY-2024-017\n福利院联系人：{N}\n",
            "[语音转文字] {DS}大夫 俺是{MC}她妈 就是以前在福利院叫{MN}那个妮儿 现在跟俺家姓了 她做完手术说话还是有点漏气 "
                    + "恁看啥时候再复查 俺电话{MV}\n",
            "Post-placement report (6 months)\nChild: {ME} (at the institute: {MY})\nFamily: {MF} and {MM}\n"
                    + "Health: palate repaired {D}; weekly speech therapy; weight on the 50th centile\n"
                    + "Attachment: seeks comfort from both parents\nSocial worker: {E}\nContact: {MX}\n",
            "Subject: Questions before travel – file of {MY}\nDear Dr {NY},\nThank you for the updated report. Has {MG} had her "
                    + "third hepatitis B dose, and does she still take the iron drops? We arrive in Zhengzhou on {D}.\n"
                    + "Warm regards,\n{MF} and {MM}\nPhone: {MX}\n",
            "外籍收养家庭来访接待记录：{D}，收养人{MF}、{MM}（美国护照583920174、583920175）到院与{MN}见面，翻译{N}，医务室{DS}医生"
                    + "介绍病史；孩子的新名字为{ME}\n",
            "寄养家庭就医登记|{MN}|寄养母亲{F}|{M}|{A0}|福利院经办人{N}\n",
            "Consent for surgery (English copy for the adoptive family)\nPatient: {ME}\nName at the institute: {MN}\n"
                    + "Date of birth: {DOBE}\nProcedure: secondary palatoplasty\nParent: {MM}\nSurgeon: Dr {NY}\n"
                    + "Inpatient no.: {RZ}\n",
            "被收养儿童回访：{MC}（原福利院名{MN}），9岁，随养父母住{A}，入学后适应良好；养母{F}电话{M}；回访社工{N}\n",
            "[OCR] 收 养 登 记 证（复印件）\n收养人 {FO}\n被收养人 {MO}\n证 号（2024）豫收字第0387号\n",
            "Travel letter for an adopted child\nTo whom it may concern: {ME}, born {DOBE}, was adopted in Henan by {MF} and "
                    + "{MM}. Mrs {MS} carries the child's medical summary; the child's passport is EJ7720193 and the "
                    + "IH-3 visa foil T04127735.\nDr {NY}, Songyue Children's Hospital\n",
            // Left-behind children; parents working in Guangdong and Zhejiang, reached by phone.
            "农村留守儿童健康档案\n姓名：{P}  身份证号：{IDC}\n出生日期：{DOB}\n监护人：{F}（祖母） 电话：{M}\n"
                    + "父亲：{N}，在广东东莞务工，电话{M}\n母亲：{N}，在浙江义乌务工，电话{M}\n家庭住址：{A}\n",
            "电话随访记录：{D}拨打{P}母亲{F}电话{M}（现在{AW}打工），告知孩子血红蛋白86g/L，需补铁并复查；其母表示春节回来带孩子复查，"
                    + "平时由姥姥照看\n",
            "[语音转文字] {PG} 妈在东莞这边挺好 你听奶奶的话 药要按时吃 别光吃辣条 孬好也得把饭吃完 妈过年就回去了 有事叫奶奶给妈打"
                    + "{MV}\n",
            "留守儿童关爱登记表\n姓名\t年龄\t学校\t父母务工地\t父母电话\t临时监护人\n{P}\t8\t虞城县利民镇中心小学\t广东深圳\t{M}\t{N}\n"
                    + "{C}\t10\t虞城县利民镇中心小学\t浙江温州\t{M}\t{N}\n",
            "[微信 三（1）班家长群]\n{NS}老师：{P}的爸妈在群里吗？孩子今天牙疼得直哭\n"
                    + "{F}：老师俺是他妈，俺在宁波厂里，恁帮忙带他去卫生院看看中不中，钱俺微信转恁\n{NS}老师：好，我下午带他去\n",
            "Left-behind children outreach – family contact sheet\nChild: {PY}\nDate of birth: {DOBE}\nGuardian: grandmother, {FY}\n"
                    + "Mother works in Dongguan, Guangdong: {M}\nHome: {A0}\nOutreach nurse: {NY}\n",
            "父母外出务工信息\n父亲：{N}  身份证号：{ID}  务工地址：{AW}  电话：{M}\n母亲：{F}  身份证号：{ID}  务工地址：{AW}  电话：{M}\n"
                    + "子女：{P}（7岁），由祖父{N}照顾\n",
            "【沈丘县妇幼保健院】{F}您好，您在外务工期间孩子{P}的体检结果已出：视力右4.8左4.9，龋齿2颗，建议就诊；咨询{L}。\n",
            "[语音转文字] 喂 是{NS}老师不 俺是{P}他爹 俺在杭州工地上 恁说娃又打架了 弄啥嘞这是 俺给他说说 恁有事打俺这个号{MV} "
                    + "白天干活听不着 黑了打\n",
            "[微信 留守儿童爷爷奶奶群]\n{N}：俺家{PK}发烧三天了 村卫生室打针也不退\n{DR}：赶紧带到县医院查个血常规，别再耽误了\n"
                    + "{N}：孩儿他爸在广州，俺给他打{M}一直占线\n",
            // Paediatric oncology and leukaemia charity applications.
            "儿童急性淋巴细胞白血病入院记录\n姓名：{P}  性别：{SEX}  年龄：5岁  住院号：{RZ}\n主诉：面色苍白、乏力2周，发热3天\n"
                    + "血常规：WBC 48.6×10^9/L，Hb 72g/L，PLT 21×10^9/L\n骨髓：原幼淋巴细胞86%，B-ALL，ETV6-RUNX1阳性\n"
                    + "诊断：急性B淋巴细胞白血病（中危）\n方案：CCCG-ALL-2020\n主治医师：{DR}\n",
            "大病救助申请表（儿童白血病）\n申请人：{F}（患儿母亲）  身份证号：{ID}\n患儿：{P}  身份证号：{IDC}\n家庭住址：{A}\n"
                    + "诊断：急性髓系白血病（M5）\n已花费：186,400.00元  医保报销后自付：41,270.00元\n收款账户：{B}（户名{F}）\n"
                    + "医保个人编号：{IP}\n联系电话：{M}\n项目编号 ZYSE-BXB-2024-118\n",
            "[微信 血液肿瘤科家长群]\n{F}：俺家{PK}骨穿结果出来了，MRD小于0.01%\n{N}：太好了！\n{DR}：MRD阴性，按方案进巩固治疗\n"
                    + "{F}：谢谢{DS}主任\n",
            "Tumour board – visiting expert consultation\nPatient: {PY}, 9 y, hospital no. {RZ}\n"
                    + "Diagnosis: relapsed B-ALL, CD19 positive, 14 months after first remission\n"
                    + "Question: CAR-T versus haploidentical HSCT\nOpinion (Dr {E}): CAR-T first, donor search in parallel\n"
                    + "Local consultant: Dr {NY}\n",
            "医保信息核对：患儿{P}，原新农合证号{IN}，2016年起转城乡居民医保，个人编号{IP}；大病保险二次报销已申请；经办{N}\n",
            "【中原少儿大病救助基金】{F}您好，{P}的白血病救助申请已通过审核，首笔救助金30000元已汇入您的银行卡{B}，请注意查收。\n",
            "化疗知情同意书（摘录）\n患儿：{P}  住院号：{RZ}\n监护人：{F}  与患儿关系：母亲  电话：{M}\n"
                    + "方案：VDLD诱导（长春新碱、柔红霉素、培门冬酶、地塞米松）\n谈话医生：{DR}\n",
            "[OCR] 慈 善 救 助 申 请 · 贫 困 证 明\n兹证明 {PO} 家住 {A}\n家庭年收入不足2万元\n村委会（盖章） 经办人 {N}\n",
            "Subject: Case summary for the fellowship review – {PY}\nDear Dr {ES},\nAttached is the summary for our six-year-old "
                    + "patient with Ph-like ALL (hospital no. {RZ}). MRD on day 46 was 0.8%. His mother, {FY}, has agreed to "
                    + "data sharing.\nBest wishes,\n{NY}\nPaediatric Haematology, Songyue Children's Hospital\n",
            "网络筹款求助信息核实：发起人{F}，患儿{P}（4岁，急性淋巴细胞白血病），目标金额300,000元，平台用户ID 7731920485；"
                    + "医院核实人{N}，电话{L}\n",
            "患儿,监护人,银行卡号,救助金额,项目\n{P},{F},{B},30000元,少儿白血病\n{C},{N},{B},20000元,再生障碍性贫血\n",
            "[语音转文字] {DS}主任 俺是{P}他妈{F} 娃这个疗程的钱俺借遍了也凑不够 恁说那个基金会咋申请 俺家在{A0} 俺电话{MV}\n",
            // E-mails, SMS and exports across the network.
            "主题：关于{F}之子转诊的函\n{DS}主任：\n您好！我院新生儿科收治的患儿生后2小时出现青紫、气促，心超提示完全性大动脉转位，拟转贵院心外科。"
                    + "患儿母亲身份证号{ID}，联系电话{M}。\n郸城县妇幼保健院 {N}\n",
            "主题：福利院儿童手术排期\n{NS}院长：\n{MN}的腭裂修补术排在{D}，术前需监护人签字，请安排{N}陪同；术后住院约7天。\n"
                    + "嵩岳儿童医院整形外科 {DR}\n",
            "主题：留守儿童体检异常名单\n{NS}校长：\n附件为本次体检异常学生名单，其中{P}（出生日期{DOB}）血红蛋白82g/L，请通知监护人{F}（{M}）"
                    + "带孩子复查。\n虞城县妇幼保健院儿保科 {DR}\n",
            "【嵩岳儿童医院】{P}家长：您预约的{D}血液科门诊已取消，请重新挂号；就诊卡号{RM}，咨询{L}。\n",
            "{\"patientName\":\"{P}\",\"cardNo\":\"{RM}\",\"inpatientNo\":\"{RZ}\",\"insurance\":\"{I}\",\"guardian\":\"{F}\","
                    + "\"address\":\"{A}\",\"ward\":\"血液肿瘤科3病区\",\"bed\":\"17床\"}\n",
            "{\"applicationId\":\"ZYSE-BXB-2024-118\",\"applicant\":\"{F}\",\"applicantId\":\"{ID}\",\"child\":\"{P}\","
                    + "\"childBirth\":\"{DOB}\",\"bankCard\":\"{B}\",\"amount\":\"30000\",\"approvedBy\":\"{N}\"}\n",
            // County, village and home reports.
            "村卫生室转诊单\n患儿：{P}  出生日期：{DOBL}（家长报农历）\n家长：{F}  电话：{M}\n住址：{A}\n转诊原因：反复发热1周，颈部淋巴结肿大\n"
                    + "转往：郸城县妇幼保健院儿科\n村医：{N}\n",
            "[微信 村医工作群]\n{DR}：{P}家的娃体检血红蛋白78，要到县里复查\n{N}：他家大人在温州，我给他妈打电话{M}\n"
                    + "{NS}大夫：先开点铁剂，叫他奶奶盯着吃\n{DR}：小{NS}，你下午去他家看看\n",
            "县妇幼保健院儿科病历\n姓名：{P}  {SEX}  3岁  门诊号：{RM}\n主诉：咳嗽5天，发热2天\n查体：体温{TEMP}，双肺可闻及湿啰音\n"
                    + "诊断：支气管肺炎\n处理：阿莫西林克拉维酸钾，3天后复诊\n医师：{DR}\n",
            "儿童住院医保结算|{P}|{IDC}|医保编号{I}|住院号{RZ}|总费用12,386.50元|统筹支付8,670.55元\n",
            "[OCR] 预 防 接 种 证\n儿童姓名 {PO}\n出生日期 {DOB}\n监 护 人 {FO}\n家庭住址 {A0}\n",
            "[OCR] 出 生 医 学 证 明（副页）\n新生儿姓名 {PO}\n出生日期 {DOBN}\n母亲姓名 {FO}\n编号 Q410387126\n",
            "Dear Dr {ES},\nSubject: Visit of your paediatric oncology team\nWe confirm the ward round on {D}. The families of "
                    + "{PY} and {CY} agreed to present their cases. Please call me on {MX} or the ward on {L}.\nRegards,\n{NY}\n",
            "Child,Institute name,Estimated birth,Adoptive family,Agency contact\n"
                    + "{ME},{MY},{DOBE},{MS},{E}\n",
            "营养门诊随访：{P}，2岁，体重低于P3；家长{F}称孩子只喝牛奶不吃饭；予膳食指导，{D}复查；住址{A0}；医生{DR}\n",
            "Hearing screening referral (English copy)\nName: {PY}\nDate of birth: {DOBE}\n"
                    + "AABR: refer both ears; repeat at 3 months corrected age\nParent: {FY}, {M}\nAudiologist: {NY}\n",
            "国际专家会诊申请\n患儿：{P}（护照拼音{PY}）  住院号：{RZ}\n诊断：神经母细胞瘤Ⅳ期，MYCN扩增\n拟请专家：Dr {E}\n"
                    + "家长：{F}  电话：{M}\n申请医生：{DR}\n",
            "英文出院证明申请：患儿{P}，英文名按护照写作{PY}；母亲{F}，护照拼音{FY}；出生日期{DOBE}；用途：赴德国复诊\n",
            "[微信 郸城宝妈交流群]\n{PK}妈：谁家孩子打完疫苗发烧了\n{F}：俺家{PG}昨天打的，晚上38度5\n{N}：多喝水，超过38.5吃布洛芬\n"
                    + "{F}：中，谢谢姐妹们\n",
            "[微信 唇腭裂宝宝家长互助群]\n{F}：{MC}术后第5天了，能喝米汤了\n{N}：{DS}主任手术做得真好\n{F}：是哩，就是娃晚上睡不踏实\n",
            "[微信 福利院志愿者群]\n{E}：The twins in room 3 are coughing, should we tell Dr {NY}?\n{N}：我已经跟{NS}院长说了\n"
                    + "{NS}妈妈：{MN}也有点咳，一起带去看\n",
            "[微信 血液科随访群]\n{DR}：提醒：下周一化疗的孩子周日下午办入院\n{F}：{DS}主任，俺家{PG}白细胞1.2，还能化疗不\n"
                    + "{DR}：先复查，低于1.5就推迟\n{N}：俺是{P}他姥姥，俺闺女电话{M}\n",
            "[语音转文字] 喂 {NS}社工 俺是{P}他姥姥 恁上回说那个救助 俺咋填啊 俺不识字 俺外孙的身份证号是{IDC} 恁给记一下\n",
            "【郑州市金水区民政局】{F}您好，您为{P}申请的困境儿童基本生活补贴已审核通过，补贴按月发放至{B}。\n",
            "院内姓名,估计出生日期,疫苗,接种日期,保育员\n{MN},{DOB},乙肝疫苗第3剂,{D},{N}\n",
            "福利院儿童收养回访登记\n院内姓名\t收养后姓名\t回访日期\t社工\t养父母电话\n{MN}\t{MC}\t{D}\t{N}\t{M}\n");

    /** Children of the wards, homes and schools of Henan, each with the pinyin of the name (family name first). */
    static final List<String> CHILDREN = List.of(
            "王沐晨|Wang Muchen", "王梓沫|Wang Zimo", "王若璃|Wang Ruoli", "李一航|Li Yihang", "李芊羽|Li Qianyu",
            "李浩楠|Li Haonan", "张墨涵|Zhang Mohan", "张皓宸|Zhang Haochen", "张恩赐|Zhang Enci", "刘沛涵|Liu Peihan",
            "刘奕辰|Liu Yichen", "陈可馨|Chen Kexin", "陈锦程|Chen Jincheng", "杨朵朵|Yang Duoduo", "杨家豪|Yang Jiahao",
            "赵嘉懿|Zhao Jiayi", "郭子豪|Guo Zihao", "郭沐晴|Guo Muqing", "孙艺凝|Sun Yining", "周沐阳|Zhou Muyang",
            "马语嫣|Ma Yuyan", "朱子航|Zhu Zihang", "胡馨月|Hu Xinyue", "高诗琪|Gao Shiqi", "宋亦菲|Song Yifei",
            "韩一鸣|Han Yiming", "任天佑|Ren Tianyou", "范书瑶|Fan Shuyao", "牛壮壮|Niu Zhuangzhuang",
            "申晓萌|Shen Xiaomeng", "付嘉乐|Fu Jiale", "翟一凡|Zhai Yifan", "贾思淼|Jia Simiao", "闫梦琪|Yan Mengqi",
            "谷沐瑶|Gu Muyao", "乔安琪|Qiao Anqi", "岳子墨|Yue Zimo", "靳一诺|Jin Yinuo", "楚天翔|Chu Tianxiang",
            "姬梦瑶|Ji Mengyao", "娄小满|Lou Xiaoman", "郜嘉豪|Gao Jiahao", "禹晨|Yu Chen", "仝若溪|Tong Ruoxi",
            "暴梓轩|Bao Zixuan", "菅欣然|Jian Xinran", "鄢子涵|Yan Zihan", "买梓涵|Mai Zihan", "慎子轩|Shen Zixuan");
    /**
     * Parents and grandparents, then doctors, nurses, village doctors, teachers, carers, social workers and police
     * officers, each with the pinyin of the name.
     */
    static final List<String> ADULTS = List.of(
            "王建勋|Wang Jianxun", "王拴成|Wang Shuancheng", "王庆功|Wang Qinggong", "王留根|Wang Liugen",
            "王晓莉|Wang Xiaoli", "李守仓|Li Shoucang", "李秀枝|Li Xiuzhi", "李建业|Li Jianye", "李二妮|Li Erni",
            "李素英|Li Suying", "李守义|Li Shouyi", "李朝阳|Li Chaoyang", "张国顺|Zhang Guoshun", "张秋菊|Zhang Qiuju",
            "张新民|Zhang Xinmin", "张巧玲|Zhang Qiaoling", "张铁锁|Zhang Tiesuo", "张来喜|Zhang Laixi",
            "刘玉芝|Liu Yuzhi", "刘保国|Liu Baoguo", "刘彩凤|Liu Caifeng", "刘栓柱|Liu Shuanzhu", "陈素梅|Chen Sumei",
            "陈向阳|Chen Xiangyang", "陈爱华|Chen Aihua", "陈小飞|Chen Xiaofei", "杨金锁|Yang Jinsuo",
            "杨翠萍|Yang Cuiping", "杨亚飞|Yang Yafei", "赵铁汉|Zhao Tiehan", "赵淑贤|Zhao Shuxian", "赵丹丹|Zhao Dandan",
            "郭保卫|Guo Baowei", "郭秀琴|Guo Xiuqin", "孙会玲|Sun Huiling", "孙德财|Sun Decai", "孙亚楠|Sun Yanan",
            "周书红|Zhou Shuhong", "马金玲|Ma Jinling", "朱长青|Zhu Changqing", "胡爱玲|Hu Ailing", "高素娟|Gao Sujuan",
            "宋卫红|Song Weihong", "韩雪琴|Han Xueqin", "任红岩|Ren Hongyan", "范国民|Fan Guomin", "牛春花|Niu Chunhua",
            "申爱莲|Shen Ailian", "付守田|Fu Shoutian", "耿秀芝|Geng Xiuzhi", "翟红卫|Zhai Hongwei", "贾海潮|Jia Haichao",
            "闫淑芬|Yan Shufen", "乔建民|Qiao Jianmin", "岳美玲|Yue Meiling", "靳喜梅|Jin Ximei", "楚爱民|Chu Aimin",
            "姬红亮|Ji Hongliang", "娄金凤|Lou Jinfeng", "郜建华|Gao Jianhua", "禹卫华|Yu Weihua", "仝新建|Tong Xinjian",
            "暴振华|Bao Zhenhua", "菅书芳|Jian Shufang", "鄢春梅|Yan Chunmei", "买春生|Mai Chunsheng",
            "买秀兰|Mai Xiulan", "慎怀民|Shen Huaimin", "慎书琴|Shen Shuqin",
            // Staff.
            "冯晓岚|Feng Xiaolan", "崔立宪|Cui Lixian", "董雅琴|Dong Yaqin", "程雪松|Cheng Xuesong", "魏巧英|Wei Qiaoying",
            "吕桂香|Lyu Guixiang", "蒋慧|Jiang Hui", "常青松|Chang Qingsong", "麦香|Mai Xiang", "向晚|Xiang Wan",
            "文竹|Wen Zhu", "花开|Hua Kai", "金灿|Jin Can", "郝春雷|Hao Chunlei", "苗若楠|Miao Ruonan",
            "武卫国|Wu Weiguo", "史丽君|Shi Lijun", "孔繁星|Kong Fanxing", "尚俊岭|Shang Junling", "侯彦杰|Hou Yanjie",
            "聂芳菲|Nie Fangfei", "孟宪军|Meng Xianjun", "段鹏飞|Duan Pengfei", "方晓雯|Fang Xiaowen",
            "宁翠兰|Ning Cuilan", "齐保山|Qi Baoshan");
    /** The Chinese pool: the children, then the adults. */
    static final List<String> NAMES = Stream.concat(CHILDREN.stream(), ADULTS.stream()).toList();
    /** The Chinese names in characters. */
    static final List<String> CHINESE = NAMES.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    /**
     * Surnames no earlier blind group gave anyone: 买 (a Hui surname of Henan) and 慎 in {@link #CHINESE}, and the surnames
     * 国 and 洛 that the Zhengzhou and Luoyang homes give their children ({@link #HOME}).
     */
    static final String RARE_SURNAMES = "买慎国洛";
    /** Pool names that are also words: the scent of wheat, towards evening, the asparagus fern, flowers in bloom. */
    static final List<String> WORD_LIKE = List.of("麦香", "向晚", "文竹", "花开");
    /**
     * Welfare-home children: the home-given name|its pinyin|the new name of a domestic adoption|the English given name
     * of an international adoption|the adoptive family name|the adoptive father's given name|the adoptive mother's.
     */
    static final List<String> HOME = List.of(
            "国安澜|Guo Anlan|陈知远|Leilani|Tolliver|Jedediah|Lowri",
            "国慕贞|Guo Muzhen|刘书宁|Yrsa|Lundeberg|Folke|Idun",
            "党向荣|Dang Xiangrong|王子谦|Zebulon|Rushmore|Philander|Nerys",
            "党新月|Dang Xinyue|李沁雯|Aukje|Sjoerdsma|Hylke|Tjitske",
            "洛鸣谦|Luo Mingqian|张予安|Xabier|Urkiola|Jokin|Oihana",
            "洛伊人|Luo Yiren|赵清漪|Kalani|Winterbottom|Obadiah|Heulwen",
            "宛秋实|Wan Qiushi|郭明哲|Birgir|Wennerholm|Aksel|Ingunn",
            "宛星辰|Wan Xingchen|孙念慈|Signy|Bergquist|Gunnar|Dagmar",
            "商念祖|Shang Nianzu|杨承志|Josiah|Merriweather|Enoch|Jemima",
            "商喜乐|Shang Xile|周语晴|Embla|Nygaard|Sten|Ragna");
    /** The home-given names in characters (MN). */
    static final List<String> MINORITY = HOME.stream().map(h -> h.split("\\|")[0]).toList();
    /** Pet names (乳名) of Henan children, labelled whole. */
    static final List<String> NICKNAMES = List.of("孬蛋", "二孬", "拴住", "留住", "石磙", "麦穗儿", "花卷儿", "糖包儿", "小葫芦",
            "大壮", "铁锤", "臭蛋", "粮囤", "小馍", "墩墩", "三旦", "面瓜");
    /** Visiting experts, agency social workers and NGO staff, given|family. */
    static final List<String> ENGLISH = List.of("Kolbrun|Gunnarsson", "Emrys|Llewelyn", "Cadoc|Prosser",
            "Jory|Penrose", "Kensa|Tregear", "Seumas|MacIlwraith", "Urska|Saar", "Giedrius|Kazlauskas", "Maarja|Kask",
            "Vytautas|Zemaitis", "Bence|Kertesz", "Reka|Nagy", "Radka|Kucera", "Spyridon|Papadakis",
            "Panagiota|Karagiannis", "Tigran|Sarkissian", "Annelie|Steyn", "Hezekiah|Quarles", "Temperance|Cadwalader",
            "Filipa|Casals", "Tamar|Hakobyan", "Vardan|Mkrtchyan", "Elin|Ahlgren", "Evert|Stromberg");

    /**
     * Area codes of Henan: Zhengzhou (中原, 二七, 管城, 金水, 中牟, 新郑), Luoyang (老城, 西工, 涧西, 栾川, 嵩县, 伊川), Nanyang (宛城,
     * 卧龙, 方城, 镇平, 淅川), Zhoukou (川汇, 扶沟, 西华, 沈丘, 郸城, 太康, 鹿邑) and Shangqiu (梁园, 睢阳, 睢县, 柘城, 虞城).
     */
    private static final List<String> HENAN = List.of("410102", "410103", "410104", "410105", "410122", "410184",
            "410302", "410303", "410305", "410324", "410325", "410329", "411302", "411303", "411322", "411324", "411326",
            "411602", "411621", "411622", "411624", "411625", "411627", "411628", "411402", "411403", "411422",
            "411424", "411425");
    /** Where parents work and some were registered: Dongguan, Bao'an, Foshan Shunde, Yiwu, Ouhai, Ningbo Beilun. */
    private static final List<String> WORK_AREAS = List.of("441900", "440306", "440606", "330782", "330304", "330206");
    private static final List<String> AREA = Stream.concat(HENAN.stream(), WORK_AREAS.stream()).toList();
    /** City codes of the medical-insurance personal numbers. */
    private static final List<String> CITY_CODES = List.of("4101", "4103", "4113", "4116", "4114");
    private static final List<String> BANK_BINS = List.of("622202", "621700", "622848", "623059", "621226", "622991");
    /** City|district|subdistricts|roads|estates. */
    private static final List<String> URBAN = List.of(
            "郑州市|金水区|花园路街道,丰产路街道,文化路街道|农业路,纬五路,经三路,花园路|金水花园,省建小区,文博东苑",
            "郑州市|二七区|建中街街道,五里堡街道,长江路街道|大学路,航海中路,淮河路,政通路|航海小区,二七新村,碧云苑",
            "郑州市|中原区|林山寨街道,桐柏路街道,绿东村街道|建设西路,桐柏路,中原中路|棉纺路小区,中原新城",
            "郑州市|管城回族区|北下街街道,紫荆山南路街道|城东路,紫荆山路,商城路|商城花园,东大街小区",
            "洛阳市|涧西区|天津路街道,长安路街道,重庆路街道|中州西路,南昌路,长春路|11号街坊,23号街坊,41号街坊",
            "洛阳市|西工区|王城路街道,凯旋东路街道|中州中路,凯旋路,唐宫路|王城花园,唐宫小区",
            "南阳市|卧龙区|七一街道,卧龙岗街道|卧龙路,七一路,工业路|仲景花园,独山小区",
            "南阳市|宛城区|东关街道,新华街道|中州路,新华路,工业南路|白河湾小区,梅溪苑",
            "周口市|川汇区|七一路街道,荷花路街道|七一路,八一大道,交通大道|文昌花园,沙颍河小区",
            "商丘市|梁园区|平原街道,白云街道|凯旋路,神火大道,民主路|凯旋花园,建业桂园",
            "商丘市|睢阳区|古城街道,文化街道|归德路,南京路|归德花园,古城小区");
    /** Province|city|county|towns|villages (natural villages on 庄, 寨 and 营 among them). */
    private static final List<String> RURAL = List.of(
            "河南省|周口市|郸城县|汲冢镇,宁平镇,胡集乡|王楼村,李寨村,孙营村,后张庄",
            "河南省|周口市|太康县|马头镇,逊母口镇|前刘庄,后寨村,高营村",
            "河南省|周口市|鹿邑县|太清宫镇,马铺镇|霍庄村,闫营村,魏寨",
            "河南省|周口市|沈丘县|付井镇,槐店回族镇|刘营村,徐寨村",
            "河南省|商丘市|虞城县|利民镇,稍岗镇|李老家村,田庄村,孟寨",
            "河南省|商丘市|柘城县|胡襄镇,慈圣镇|孙营,大仵村",
            "河南省|商丘市|睢县|尚屯镇,白庙乡|蓼堤村,土楼村",
            "河南省|南阳市|淅川县|仓房镇,马蹬镇|沿江村,磨沟村",
            "河南省|南阳市|镇平县|石佛寺镇,贾宋镇|冢岗村,营李村",
            "河南省|南阳市|方城县|赵河镇,券桥镇|黄庄村,韩营",
            "河南省|洛阳市|栾川县|潭头镇,陶湾镇|汤营村,秋扒村",
            "河南省|洛阳市|嵩县|车村镇,田湖镇|下寺村,程村",
            "河南省|洛阳市|伊川县|鸣皋镇,白沙镇|高庄村,杨寨村",
            "河南省|郑州市|中牟县|官渡镇,刘集镇|冉庄村,板桥村");
    /** Province|city|towns or subdistricts|roads|what follows the number: where the parents work. */
    private static final List<String> WORK = List.of(
            "广东省|东莞市|长安镇,虎门镇,厚街镇|振安中路,兴发南路,莞太路|宿舍",
            "广东省|深圳市|宝安区福永街道,龙岗区坂田街道|福海大道,五和大道,凤凰路|宿舍",
            "广东省|佛山市|顺德区北滘镇,南海区狮山镇|工业大道,兴业路|宿舍",
            "浙江省|义乌市|稠城街道,北苑街道|工人北路,春晗路,雪峰西路|",
            "浙江省|温州市|瓯海区娄桥街道,龙湾区永中街道|古岸头路,永宁西路|宿舍",
            "浙江省|宁波市|北仑区新碶街道,慈溪市坎墩街道|明州路,长江路|");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    /** Each written full form (pinyin, new names, adoptive names, parents, experts) and the person it names. */
    private static final Map<String, String> FULL = writtenForms();
    /** Every surname, given name and family name used alone. */
    private static final Set<String> PARTS = parts();

    private Blind57Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_57 || !templates.isEmpty() && BLIND_57.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own (the record's child, parent and doctor are drawn from it). */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    private static final List<String> CHILD_NAMES = CHILDREN.stream().map(e -> e.substring(0, e.indexOf('|')))
            .toList();
    private static final List<String> ADULT_NAMES = ADULTS.stream().map(e -> e.substring(0, e.indexOf('|')))
            .toList();

    /** The record's child: the drawn name when it is a child's, else the child it stands for (by its place). */
    static String childOf(String drawn) {
        return CHILD_NAMES.contains(drawn) ? drawn : CHILD_NAMES.get(CHINESE.indexOf(drawn) % CHILD_NAMES.size());
    }

    /** The record's parent or doctor: the drawn name when it is an adult's, else the adult it stands for. */
    static String adultOf(String drawn) {
        return ADULT_NAMES.contains(drawn) ? drawn : ADULT_NAMES.get(CHINESE.indexOf(drawn) % ADULT_NAMES.size());
    }

    static List<String> childNames() {
        return CHILD_NAMES;
    }

    static List<String> adultNames() {
        return ADULT_NAMES;
    }

    /** The record's welfare-home child (MN), by the name the home gave. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] home(String han) {
        for (String h : HOME) {
            String[] p = h.split("\\|");
            if (p[0].equals(han)) return p;
        }
        throw new IllegalArgumentException(han);
    }

    /** The pinyin of a Chinese pool name, family name first: Wang Muchen. */
    static String pinyinOf(String han) {
        for (String e : NAMES) {
            if (e.substring(0, e.indexOf('|')).equals(han)) return e.substring(e.indexOf('|') + 1);
        }
        for (String h : HOME) {
            String[] p = h.split("\\|");
            if (p[0].equals(han)) return p[1];
        }
        throw new IllegalArgumentException(han);
    }

    /** A name as English documents spell it: WANG MUCHEN, Wang Muchen, Muchen Wang, WANG Muchen. */
    static String pinyinForm(String han, RandomGenerator r) {
        String p = pinyinOf(han), f = p.substring(0, p.indexOf(' ')), g = p.substring(p.indexOf(' ') + 1);
        return switch (r.nextInt(4)) {
            case 0 -> f.toUpperCase() + " " + g.toUpperCase();
            case 1 -> p;
            case 2 -> g + " " + f;
            default -> f.toUpperCase() + " " + g;
        };
    }

    private static List<String> pinyinForms(String han) {
        String p = pinyinOf(han), f = p.substring(0, p.indexOf(' ')), g = p.substring(p.indexOf(' ') + 1);
        return List.of(f.toUpperCase() + " " + g.toUpperCase(), p, g + " " + f, f.toUpperCase() + " " + g);
    }

    /** Every written pinyin form of the Chinese pool and of the home-given names. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String han : CHINESE) out.addAll(pinyinForms(han));
        for (String han : MINORITY) out.addAll(pinyinForms(han));
        return out;
    }

    /** The new name of a domestic adoption: 陈知远 of 国安澜. */
    static String newChineseName(String han) {
        return home(han)[2];
    }

    /** The English name of an international adoption, with or without the home-given name as a middle name. */
    static String adoptiveName(String han, RandomGenerator r) {
        String[] p = home(han);
        String middle = p[1].substring(p[1].indexOf(' ') + 1);
        return r.nextBoolean() ? p[3] + " " + p[4] : p[3] + " " + middle + " " + p[4];
    }

    static String adoptiveGiven(String han) {
        return home(han)[3];
    }

    static String adoptiveFamily(String han) {
        return home(han)[4];
    }

    static String adoptiveFather(String han) {
        return home(han)[5] + " " + home(han)[4];
    }

    static String adoptiveMother(String han) {
        return home(han)[6] + " " + home(han)[4];
    }

    static List<String> newChineseNames() {
        return MINORITY.stream().map(Blind57Templates::newChineseName).toList();
    }

    /** Every English form of the adoptions: the child's two names, the parents' full names. */
    static List<String> adoptiveForms() {
        List<String> out = new ArrayList<>();
        for (String h : HOME) {
            String[] p = h.split("\\|");
            String middle = p[1].substring(p[1].indexOf(' ') + 1);
            out.addAll(List.of(p[3] + " " + p[4], p[3] + " " + middle + " " + p[4], p[5] + " " + p[4],
                    p[6] + " " + p[4]));
        }
        return out;
    }

    /** The English given names of the adoptions (children and parents) and their family names. */
    static List<String> adoptiveGivenNames() {
        List<String> out = new ArrayList<>();
        for (String h : HOME) {
            String[] p = h.split("\\|");
            out.addAll(List.of(p[3], p[5], p[6]));
        }
        return out;
    }

    static List<String> adoptiveFamilies() {
        return HOME.stream().map(h -> h.split("\\|")[4]).toList();
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese or home name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** 河南省郑州市, 郑州市 or nothing before the district. */
    private static String prefix(String city, boolean withProvince, RandomGenerator r) {
        if (withProvince) return "河南省" + city;
        return r.nextInt(3) > 0 ? city : "";
    }

    /**
     * A flat: road, number, N号院N号楼N单元NNNN号; road, number, estate and N栋N单元NNN室; 街道, estate and N号楼N单元N楼N号; or in
     * Luoyang's 街坊 blocks, 街道, NN号街坊, N栋N门NNN. {@code partial} stops at the 街道, the road or its number.
     */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(URBAN, r).split("\\|");
        String district = prefix(t[0], withProvince, r) + t[1];
        String road = district + one(t[3], r);
        String number = road + (1 + r.nextInt(180)) + "号";
        String estate = one(t[4], r);
        int floor = 1 + r.nextInt(26), room = 1 + r.nextInt(4);
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> district + one(t[2], r);
                case 1 -> road;
                default -> number;
            };
        }
        if (estate.endsWith("街坊")) {
            return district + one(t[2], r) + estate + (1 + r.nextInt(40)) + "栋" + (1 + r.nextInt(5)) + "门" + floor
                    + String.format("%02d", room);
        }
        return switch (r.nextInt(3)) {
            case 0 -> number + "院" + (1 + r.nextInt(12)) + "号楼" + (1 + r.nextInt(4)) + "单元" + floor
                    + String.format("%02d", room) + "号";
            case 1 -> number + estate + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(4)) + "单元" + floor
                    + String.format("%02d", room) + "室";
            default -> district + one(t[2], r) + estate + (1 + r.nextInt(24)) + "号楼" + (1 + r.nextInt(4)) + "单元"
                    + floor + "楼" + room + "号";
        };
    }

    /** A village: 河南省周口市郸城县汲冢镇孙营村4组(12号); {@code partial} stops at the town or the village. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(RURAL, r).split("\\|");
        String county = (withProvince ? t[0] + t[1] : r.nextInt(3) > 0 ? t[1] : "") + t[2];
        String town = county + one(t[3], r);
        if (partial) return r.nextBoolean() ? town : town + one(t[4], r);
        String v = town + one(t[4], r) + (1 + r.nextInt(12)) + "组";
        return r.nextBoolean() ? v : v + (1 + r.nextInt(80)) + "号";
    }

    /** An address in Henan: a village (most of the families) or a flat in one of the five cities. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 6 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    /** A parent's work place: 广东省东莞市长安镇振安中路88号宿舍3栋402, 浙江省义乌市稠城街道工人北路127号. */
    static String workAddress(RandomGenerator r) {
        String[] t = pick(WORK, r).split("\\|", -1);
        String a = (r.nextBoolean() ? t[0] : "") + t[1] + one(t[2], r) + one(t[3], r) + (1 + r.nextInt(300)) + "号";
        if (t[4].isEmpty() || r.nextInt(3) == 0) return a;
        return a + t[4] + (1 + r.nextInt(12)) + "栋" + (1 + r.nextInt(6)) + String.format("%02d", 1 + r.nextInt(20));
    }

    private static String writtenId(String id, RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /**
     * An adult's resident ID: 18 characters (born 1968 to 2003) on a Henan code, one in six on a code of Guangdong or
     * Zhejiang, plain, with a lower-case x, 6-8-4 by blanks or hyphens; or a grandparent's 15-digit number.
     */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(10) == 0) return IdentifierForms.legacyId(pick(HENAN, r), 40, 23, r);
        String area = r.nextInt(6) == 0 ? pick(WORK_AREAS, r) : pick(HENAN, r);
        return writtenId(IdentifierForms.residentId(area, 1968, 36, r), r);
    }

    /** A child's resident ID on a Henan code, born 2008 to 2025. */
    static String childIdNumber(RandomGenerator r) {
        return writtenId(IdentifierForms.residentId(pick(HENAN, r), 2008, 18, r), r);
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
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

    /** A mobile as said aloud: the one as 幺 or 一 (one way in a number), the nought as 零; 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (c == '1') b.append(one);
            else if (c == '0') b.append('零');
            else b.append(NUMERALS.charAt(c - '0'));
        }
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /**
     * A number abroad: USA +1 (612) 555-0134 as +1 (612) 4xx-xxxx or +1 612-4xx-xxxx, the Netherlands +31 6 1234 5678,
     * Sweden +46 70 123 45 67, Norway +47 412 34 567, Spain +34 612 345 678, Iceland +354 612 3456.
     */
    static String abroadMobile(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0 -> "+1 (" + pick(List.of("612", "503", "919"), r) + ") " + (2 + r.nextInt(8)) + digits(2, r) + "-"
                    + digits(4, r);
            case 1 -> "+1 " + pick(List.of("612", "503", "919"), r) + "-" + (2 + r.nextInt(8)) + digits(2, r) + "-"
                    + digits(4, r);
            case 2 -> "+31 6 " + digits(4, r) + " " + digits(4, r);
            case 3 -> "+46 7" + "0236".charAt(r.nextInt(4)) + " " + digits(3, r) + " " + digits(2, r) + " "
                    + digits(2, r);
            case 4 -> "+47 " + "49".charAt(r.nextInt(2)) + digits(2, r) + " " + digits(2, r) + " " + digits(3, r);
            case 5 -> "+34 6" + digits(2, r) + " " + digits(3, r) + " " + digits(3, r);
            default -> "+354 " + "678".charAt(r.nextInt(3)) + digits(2, r) + " " + digits(4, r);
        };
    }

    /**
     * A landline of eight digits on 0371 Zhengzhou (5…, 6…, 8…), 0379 Luoyang (6…), 0377 Nanyang (6…), 0394 Zhoukou
     * (8…) or 0370 Shangqiu (2…, 3…, 6…): (0371)65871234, 0371-65871234, 0371 6587 1234, +86 371 65871234, or the
     * eight digits alone.
     */
    static String landline(RandomGenerator r) {
        String code = pick(List.of("0371", "0379", "0377", "0394", "0370"), r);
        String first = switch (code) {
            case "0371" -> "568";
            case "0394" -> "8";
            case "0370" -> "236";
            default -> "6";
        };
        String local = first.charAt(r.nextInt(first.length())) + digits(7, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + code + ")" + local;
            case 1 -> code + " " + local.substring(0, 4) + " " + local.substring(4);
            case 2 -> "+86 " + code.substring(1) + " " + local;
            case 3 -> local;
            default -> code + "-" + local;
        };
    }

    /** An inpatient number of the network's hospitals: the year's two digits and six more, 24038712. */
    static String inpatientNumber(RandomGenerator r) {
        return (18 + r.nextInt(8)) + digits(6, r);
    }

    /** An outpatient card: ET and ten digits. */
    static String outpatientCard(RandomGenerator r) {
        return "ET" + digits(10, r);
    }

    /** A child-health archive number: the county code, the year of birth, five digits (fifteen digits). */
    static String childHealthNumber(RandomGenerator r) {
        return pick(HENAN, r) + (2008 + r.nextInt(18)) + digits(5, r);
    }

    /** A birth-defect registry number: CQ, the county code, the year, four digits. */
    static String registryNumber(RandomGenerator r) {
        return "CQ" + pick(HENAN, r) + "-" + (2018 + r.nextInt(8)) + "-" + digits(4, r);
    }

    /** A medical-insurance personal number: a city code and ten digits. */
    static String personalInsuranceNumber(RandomGenerator r) {
        return pick(CITY_CODES, r) + digits(10, r);
    }

    /** An old rural cooperative (新农合) number: the county code, the household, the member. */
    static String ruralCooperativeNumber(RandomGenerator r) {
        return pick(HENAN, r) + "-" + digits(6, r) + "-0" + (1 + r.nextInt(6));
    }

    /** Where the label does not say which: either. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextBoolean() ? personalInsuranceNumber(r) : ruralCooperativeNumber(r);
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

    /** A child's date of birth, 2008 to 2025: 2019年3月12日, 2019-03-12, 2019.3.12, 2019/03/12, 20190312. */
    static String birthDate(RandomGenerator r) {
        int y = 2008 + r.nextInt(18), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(5)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> String.format("%d/%02d/%02d", y, m, d);
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** A newborn's, 2024 or 2025: 2025年1月7日, 2025-01-07, 2025.01.07. */
    static String newbornBirthDate(RandomGenerator r) {
        int y = 2024 + r.nextInt(2), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(3)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            default -> String.format("%d.%02d.%02d", y, m, d);
        };
    }

    /** The 出生年月 of forms: 2019.03, 2019年3月. */
    static String birthMonth(RandomGenerator r) {
        int y = 2008 + r.nextInt(18), m = 1 + r.nextInt(12);
        return r.nextBoolean() ? String.format("%d.%02d", y, m) : y + "年" + m + "月";
    }

    /** As English documents write it: 12 March 2019, March 12, 2019, 12 MAR 2019. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 2008 + r.nextInt(18), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month + " " + d + ", " + y;
            default -> String.format("%02d %s %d", d, month.substring(0, 3).toUpperCase(), y);
        };
    }

    /** As a grandparent says it: 一九年三月十二号 or 二〇一九年三月十二号. */
    static String spokenBirthDate(RandomGenerator r) {
        int y = 2008 + r.nextInt(18), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String year = IdentifierForms.chineseYear(y);
        return (r.nextBoolean() ? year.substring(2) : year) + "年" + IdentifierForms.chineseNumber(m) + "月"
                + IdentifierForms.chineseNumber(d) + "号";
    }

    /** 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A lunar birthday as village families give it: 农历2019年腊月初八, 阴历一九年冬月十五. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 2008 + r.nextInt(18), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return r.nextBoolean() ? "农历" + y + "年" + month + lunarDay(d)
                : "阴历" + IdentifierForms.chineseYear(y).substring(2) + "年" + month + lunarDay(d);
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "P" -> out.write(childOf(people[0]), EntityKind.NAME);
            case "F" -> out.write(adultOf(people[1]), EntityKind.NAME);
            case "DR" -> out.write(adultOf(people[2]), EntityKind.NAME);
            case "N" -> out.write(pick(ADULT_NAMES, random), EntityKind.NAME);
            case "C" -> out.write(pick(CHILD_NAMES, random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(pick(ADULT_NAMES, random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(childOf(people[0])), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(adultOf(people[1])), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(adultOf(people[2])), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(childOf(people[0])), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(childOf(people[0]), random), EntityKind.NAME);
            case "FO" -> out.write(PoolNameForms.scannedName(adultOf(people[1]), random), EntityKind.NAME);
            case "MO" -> out.write(PoolNameForms.scannedName(people[3], random), EntityKind.NAME);
            case "PY" -> out.write(pinyinForm(childOf(people[0]), random), EntityKind.NAME);
            case "FY" -> out.write(pinyinForm(adultOf(people[1]), random), EntityKind.NAME);
            case "NY" -> out.write(pinyinForm(pick(ADULT_NAMES, random), random), EntityKind.NAME);
            case "CY" -> out.write(pinyinForm(pick(CHILD_NAMES, random), random), EntityKind.NAME);
            case "MY" -> out.write(pinyinForm(people[3], random), EntityKind.NAME);
            case "MC" -> out.write(newChineseName(people[3]), EntityKind.NAME);
            case "ME" -> out.write(adoptiveName(people[3], random), EntityKind.NAME);
            case "MG" -> out.write(adoptiveGiven(people[3]), EntityKind.NAME);
            case "MS" -> out.write(adoptiveFamily(people[3]), EntityKind.NAME);
            case "MF" -> out.write(adoptiveFather(people[3]), EntityKind.NAME);
            case "MM" -> out.write(adoptiveMother(people[3]), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDC" -> out.write(childIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MX" -> out.write(abroadMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RM" -> out.write(outpatientCard(random), EntityKind.MEDICAL_RECORD);
            case "RB" -> out.write(childHealthNumber(random), EntityKind.MEDICAL_RECORD);
            case "RD" -> out.write(registryNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IP" -> out.write(personalInsuranceNumber(random), EntityKind.INSURANCE);
            case "IN" -> out.write(ruralCooperativeNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AW" -> out.write(workAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBN" -> out.write(newbornBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBV" -> out.write(spokenBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> writtenForms() {
        Map<String, String> out = new HashMap<>();
        for (String n : Stream.of(CHINESE, MINORITY, NICKNAMES).flatMap(List::stream).toList()) out.put(n, n);
        for (String han : Stream.concat(CHINESE.stream(), MINORITY.stream()).toList()) {
            for (String f : pinyinForms(han)) out.put(f, han);
        }
        for (String h : HOME) {
            String[] p = h.split("\\|");
            String middle = p[1].substring(p[1].indexOf(' ') + 1);
            out.put(p[2], p[0]);
            out.put(p[3] + " " + p[4], p[0]);
            out.put(p[3] + " " + middle + " " + p[4], p[0]);
            out.put(p[5] + " " + p[4], p[5] + " " + p[4]);
            out.put(p[6] + " " + p[4], p[6] + " " + p[4]);
        }
        for (String e : ENGLISH) out.put(e.replace('|', ' '), e.replace('|', ' '));
        return Map.copyOf(out);
    }

    private static Set<String> parts() {
        Set<String> out = new HashSet<>();
        for (String h : HOME) {
            String[] p = h.split("\\|");
            out.addAll(List.of(surnameOf(p[0]), surnameOf(p[2]), p[3], p[4], p[5], p[6]));
        }
        for (String n : CHINESE) {
            out.add(surnameOf(n));
            out.add(addressedGivenName(n));
        }
        for (String e : ENGLISH) {
            out.add(family(e));
            out.add(given(e));
        }
        return Set.copyOf(out);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null || PARTS.contains(w);
    }

    /**
     * The person a labelled value names in full, or null when the value (a surname, a given name) names no one in full:
     * pinyin forms stand for the Chinese name, the new Chinese name and the adoptive English name for the home-given
     * name, the adoptive parents and foreign names for themselves.
     */
    static String fullNameOf(String w) {
        String full = FULL.get(w);
        if (full != null) return full;
        return isScannedName(w) ? w.replaceAll("[ \n\u3000]", "") : null;
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

    /** The English family names, of the visiting experts and of the adoptive families. */
    static Stream<String> englishSurnames() {
        return Stream.concat(ENGLISH.stream().map(PoolNameForms::family), adoptiveFamilies().stream());
    }

    /** The English given names, of the visiting experts and of the adoptive children and parents. */
    static Stream<String> englishGivenNames() {
        return Stream.concat(ENGLISH.stream().map(PoolNameForms::given), adoptiveGivenNames().stream());
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> henanAreaCodes() {
        return HENAN;
    }
}

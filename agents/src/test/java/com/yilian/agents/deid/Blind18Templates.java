package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.chineseYear;
import static com.yilian.agents.deid.IdentifierForms.chineseNumber;

/**
 * Eighteenth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists or the development templates, in the template language of {@link ClinicalTextGenerator}, by a writer with
 * habits of its own. To be measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in
 * {@link DeidDevelopmentProbe} as {@code BLIND_18}); a rule changed, or a model retrained, because of its errors makes
 * it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium in the north-east (a tertiary hospital,
 * 松江医科大学附属第一医院, with 白杨河县人民医院, 三道岗镇卫生院 and 前进村卫生室 around it), whose patients come from Heilongjiang, Jilin (Yanbian),
 * Liaoning (Fuxin) and eastern Inner Mongolia: outpatient registration-desk logs and card records, triage lines, the
 * emergency observation ward, winter carbon-monoxide poisoning and frostbite, coal-mine and factory injuries,
 * pneumoconiosis follow-up, TCM acupuncture, herbal and constitution records, physical-exam centre reports and group
 * lists, village doctors' monthly reports and day books, the public-health package for the elderly, hypertension and
 * diabetes management cards, tuberculosis DOTS cards and tracing, rabies post-exposure cards, maternal and child
 * handbooks, school-entry vaccination checks, family planning, disability assessment, poverty-relief medical assistance
 * and one-stop settlement, off-site insurance settlement, two-way referral slips, teleconsultation requests, bedside
 * nurse handovers written as dialogue, discharge SMS and WeChat official-account messages, satisfaction surveys and
 * complaints, and notes on Korean-Chinese, Manchu, Mongolian and Hui patients; north-eastern speech (咋样, 咱屯, 大娘, 阿妈妮);
 * about a sixth in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, staff, witnesses, village
 * doctors, interpreters, drivers, in Chinese, minority, English or pinyin form, also straight after a department, ward
 * or role word (心内科X, 护士长X, 村医X, 总值班X), in lists joined by 、 or blanks, and at the start or end of a line. A surname in
 * a form of address (老X, 小X, X师傅, X姨, X叔, X哥, X大爷, X大娘, X老太太, X大夫, X主任) labels the surname only ({@code PS},
 * {@code FS}, {@code DS}); a given name used alone ({@code PG}) labels the given name (a one-character given name is never
 * used alone: {@code PG} then writes the full name); a nickname ({@code PK}: 二嘎, 老疙瘩) is a name; a child known as a
 * parent's child (X之子) labels the parent. Pinyin names ({@code PY}) are labelled whole in each written form: SUI
 * Haifeng, Sui Haifeng, Haifeng Sui, Sui, Haifeng, SUI HAIFENG, Sui Hai-feng.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: plain, lower-case x, 6-8-4 by hyphens, 6 8 4 by blanks, and
 * 15-digit numbers with a valid birth date), mobiles ({@code M}: plain, 3-4-4 by hyphens or blanks, +86 13812345678,
 * +86-138-1234-5678), landlines ({@code L}: 0451-86123456, (0452)2412345, 0433 2512345, an extension after 转 belonging
 * to the span), addresses ({@code A}, {@code A0}: Harbin, Qiqihar and Jixi 号/栋/单元/室, Yanji 号楼/单元/号, Fuxin street-side
 * shops N号门市, Daqing estates, villages with a 屯 or a 组 and a house number, Inner Mongolian 嘎查; {@code A0} may stop at
 * the village or the street), record numbers ({@code R}: HZ2024-01234, eight digits with two leading zeros, MJ and nine
 * digits, 25ZY012345; {@code HA}: a seventeen-digit resident health-archive number, area code first, labelled as a
 * record number), insurance numbers ({@code I}: YB2301-12345678, XNH and twelve digits, NM15-123456789, LNYB and ten
 * digits), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or hyphens), dates of
 * birth ({@code DOB}: 1956年11月3日, 1956-11-03, 1956.11.03, 1956年11月, 19561103, 1956/11/03, 一九五六年十一月三日, 1956年11月3号;
 * {@code DOBE}: 03/11/1956 day first, Nov 3, 1956, 3 November 1956, 03 NOV 1956; {@code NB}: a child's). Not labelled:
 * visit, admission, discharge, sampling and last-menstrual-period dates, times, ages, doses, lab values, bed numbers
 * (留观7床, 加12床, EICU-3), exam, specimen, registration, batch, staff and management numbers (TJ250311-0452, TB2503-017,
 * GXY-0612, 工号12087), queue numbers, hotlines (12320, 95518, 120), hospital, health-centre, school, bank and department
 * names, a province or city alone (籍贯, 参保地, 就医地), foods and products with place words (哈尔滨红肠, 五常大米, 长白山人参, 延边辣白菜),
 * eponyms (帕金森病, 贝尔面瘫), herbs and acupoints, and words beginning with a surname (关节, 白天, 马上, 常规, 金黄色, 高压氧).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind17Templates} nor among the names {@link SyntheticValues} can generate: older north-eastern names with the
 * Shandong surnames of the 闯关东 migrants (栾, 隋, 鞠, 丛, 衣, 初, 矫, 牟, 战, 盖), Manchu (那, 关, 佟, 富, 鄂, 赫, 肇, 锡), Korean-Chinese
 * (朴, 玄, 禹, 池) and Hui (海, 拜, 哈, 穆) names, middle-aged, young and recent cohorts, two-character names, compound
 * surnames (上官, 皇甫, 令狐, 夏侯, 宇文, 端木, 轩辕, 万俟) and a few word-like names ({@link #WORD_LIKE}, under a tenth); Mongolian,
 * Daur, Oroqen, Russian-Chinese and Kazakh names in the minority pool; Russian, Georgian, Armenian, Central Asian,
 * Mongolian, Korean, Japanese, Baltic, Central European, Balkan, Iberian, Nordic, Pacific, Latin American and African
 * names in the English pool; a pinyin pool; a nickname pool. Own slots: {@code N}, a further Chinese name drawn afresh
 * at each use; {@code PS}, {@code FS}, {@code PG}, {@code PK}, {@code PY}, {@code HA} above; {@code EG}, {@code ES}, an
 * English given or family name alone. Any non-empty subset of {@link #BLIND_18} uses these pools (see {@link #uses}).
 */
final class Blind18Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261219L;

    static final List<String> BLIND_18 = List.of(
            // Outpatient registration desk logs.
            "挂号窗口登记 {D}\n序号  姓名  性别  年龄  科室  就诊卡号  联系电话\n0037  {P}  {SEX}  "
                    + "{AGE}  {DEPT}  {R}  {M}\n0038  {N}  女  {AGE}  {DEPT}  {R}  {M}"
                    + "\n收费员：{N}\n",
            "挂号处交班：上午共挂号412人次，{P}（就诊卡{R}）身份证{ID}读卡失败，已手工建档；退号1人：{N}。交班人{N}，"
                    + "接班人{N}\n",
            "{N} 今日老年人绿色通道：{P}（{AGE}岁）由其{KIN}{F}推轮椅来，免挂号费，导诊员{N}陪同至{DEPT}\n",
            "建卡信息\n姓名 {P}\n证件号 {ID}\n出生日期 {DOB}\n手机 {M}\n住址 {A}\n就诊卡号 {R}\n",
            "预约挂号短信：【松江医科大学附属第一医院】{P}，您已成功预约{D}上午{DEPT}号源，就诊序号第18号，请凭就诊卡{R}"
                    + "取号。如需取消请拨打12320。\n",
            "自助机异常登记：{TIME} 2号自助机吞卡，持卡人{P}，手机{M}，医保号{I}，已由信息科{N}取出交还。\n",
            // Triage and the emergency observation ward.
            "分诊：{P}/{SEX}/{AGE}岁/{SYM}{DUR}/T{TEMP} P{HR} BP{BP}/Ⅲ级/黄区/分诊护士"
                    + "{N}\n",
            "急诊留观记录\n留观7床  {P}  {SEX}  {AGE}岁  急诊号：{R}\n入观时间：{D} {TIME}\n诊断"
                    + "：{DIS}\n留观医生：{DR}  责任护士：{N}\n家属：{F}（{KIN}）{M}\n",
            "EICU-3 {P} 去甲肾上腺素泵入中，血乳酸4.1mmol/L；急诊科{DR}已请ICU会诊，家属{F}在门外等候。\n",
            "留观室夜班交接（对话）\n夜班：6床{PS}大爷今晚咋样？\n白班：下午吸着氧，血氧上来了，儿子{F}说晚上他来陪。\n夜班"
                    + "：行，他电话多少？\n白班：{M}，就写在床头卡上。\n",
            "急诊抢救登记：{TIME} 120送入一氧化碳中毒患者{P}、{N}（夫妻），家住{A}，冬季烧炕取暖，COHb 32%；急"
                    + "诊科{DR}、护士{N}，已联系高压氧科。\n",
            "留观超72小时说明：{P}，急诊号{R}，因病房无床继续留观，已与家属{F}沟通；值班医生{DR}，{D}。\n",
            // Winter carbon-monoxide poisoning and frostbite.
            "一氧化碳中毒病例报告卡\n患者姓名：{P}  性别：{SEX}  年龄：{AGE}\n身份证号：{ID}\n中毒地点："
                    + "{A0}（自家平房，燃煤取暖）\n中毒时间：{D} 凌晨\n报告单位：白杨河县人民医院  报告人：{N}  电话：{L}\n",
            "高压氧治疗单：{P}，住院号{R}，CO中毒迟发性脑病待排，每日1次共20次；舱内陪护{F}，操舱员{N}。\n",
            "冻伤诊疗：{P}，{AGE}岁，酒后在屯口雪地睡了一宿，双足Ⅲ度冻伤，足趾发黑，家在{A0}；外科{DR}，家属{F}电话"
                    + "{M}\n",
            "冻伤随访：{PS}师傅双手Ⅱ度冻伤，水疱已吸收，嘱勿用雪搓、勿用火烤；环卫队长{N}代为取药。门诊号{R}\n",
            "村医电话记录：{D} 零下32度，{P}家煤烟倒灌，一家三口头疼恶心，已让开窗并叫120；村医{N}，{P}手机{M}\n",
            "Frostbite clinic: {E}, ski tourist, DOB {DOBE}, grade 2 frostb"
                    + "ite of both hands. Guide {E2} brought him in. Hotel contact "
                    + "{L}.\n",
            // Coal-mine and factory injury records.
            "工伤事故登记表\n受伤职工：{P}  身份证号：{ID}  工种：掘进工\n受伤时间：{D} {TIME}  地点：井下-4"
                    + "50水平\n伤情：右股骨干骨折\n目击者：{N}、{N}\n矿医院接诊：{DR}  安全员：{N}  电话：{L}\n",
            "工伤认定申请材料清单：申请人{P}，身份证{ID}，用人单位劳资员{N}，工伤医疗费打入职工本人银行卡{B}。\n",
            "机械伤：{P}，{AGE}岁，车间主任{N}送来，冲床压伤左手示指、中指，末节离断，断指未带来；手外科{DR}急诊手术。\n",
            "矿山救护队转运：被困矿工{P}、{N}、{N}升井后送急诊，{P}意识清，{N}双下肢挤压伤；带队{N}，调度电话{L}\n",
            "职工医院工伤复查：{PS}哥，腰上的钢钉下个月取，这月先别下井。——骨科{DS}大夫（患者{P}，工号12087）\n",
            // Occupational pneumoconiosis follow-up.
            "尘肺病患者随访登记卡\n姓名：{P}  出生年月：{DOB}  身份证号：{ID}\n接尘工龄：{DUR}  诊断：煤工尘肺"
                    + "贰期\n家庭住址：{A}\n联系电话：{M}  紧急联系人：{F}\n随访医生：{N}\n",
            "尘肺病康复站：{P} 今日参加呼吸操及六分钟步行试验，步行距离285m，指脉氧最低86%；康复师{N}，站长{N}。\n",
            "尘肺农民工救助申请：{P}，原在煤矿打工{DUR}，无劳动合同，现住{A0}，申请生活救助，收款卡号{B}；乡民政助理{N}"
                    + "\n",
            "Pneumoconiosis review: {PY}, retired coal miner, DOB {DOBE}. C"
                    + "ategory 2/2 p/q. FEV1 48% predicted. Reviewed by Dr {ES}.\n",
            // TCM acupuncture and herbal records.
            "针灸治疗记录\n患者：{P}  门诊号：{R}\n诊断：面瘫（周围性）\n取穴：地仓、颊车、阳白、合谷\n留针30分钟，TD"
                    + "P照射\n针灸医师：{DR}  第5次\n",
            "中药处方：{P}，{SEX}，{AGE}岁。黄芪30g 当归12g 白术15g 防风10g 桂枝9g 7剂 水煎服 日一剂。"
                    + "医师{DR} 调剂{N} 核对{N}\n",
            "（中医馆微信）{PS}姨，您的膏方熬好了，周四来拿，记得带取药单。{DS}大夫说先吃半勺，别空腹。\n",
            "中医体质辨识：{P}，{DOB}生，气虚质兼阳虚质，建议艾灸足三里、关元；辨识医生{N}，健康档案号{HA}\n",
            "拔罐后水疱处理：{P}背部拔罐留罐时间过长致水疱，已抽液包扎；操作者{N}，科主任{DS}主任已知晓。\n",
            // Physical examination centre reports.
            "体检报告封面\n体检号：TJ250311-0452\n姓名：{P}\n性别：{SEX}  出生日期：{DOB}\n单位：白杨"
                    + "河县第二中学\n联系电话：{M}\n总检医师：{DR}\n",
            "体检异常结果通知：{P}女士，您体检发现甲状腺结节TI-RADS 4a类，请尽快到普外科就诊；通知人{N}，{TIME}电话"
                    + "{M}已接通。\n",
            "入职体检：{P}，身份证{ID}，乙肝表面抗原阴性，胸片未见异常，结论合格；主检{DR}\n",
            "Health check summary for {E} (DOB {DOBE}): BMI 27.4, fasting g"
                    + "lucose 6.3 mmol/L, LDL 3.9. Follow-up with GP {E2}. Mobile {M}"
                    + ".\n",
            "体检中心团检名单（部分）\n{P} {SEX} {ID}\n{N} 男 {ID}\n{N} 女 {ID}\n联系人：工会"
                    + "{N} {L}\n",
            // Village doctor monthly reports.
            "村卫生室月报（前进村卫生室）\n本月门诊186人次，高血压随访32人，糖尿病随访11人。\n重点人员：{P}（血压控制差）、"
                    + "{N}（新发脑卒中）、{MN}（行动不便，需上门）\n上报人：村医{N}  电话：{M}\n",
            "村医工作日志 {D}：上午去{A0}给{P}换药，下午给{N}量血压{BP}；{PS}老太太说药吃完了，明天去乡里给她捎。"
                    + "\n",
            "村医{N}报告：本屯{P}昨夜突发胸痛，已送白杨河县人民医院，其{KIN}{F}跟车；该户住{A}。\n",
            "乡村医生考核表：姓名{N}，执业地点前进村卫生室，考核人{DR}，被抽查居民{P}（健康档案号{HA}）知晓自己血压目标值。"
                    + "\n",
            // Public-health service package for the elderly.
            "老年人健康管理服务记录表\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n健康档案编号：{HA}\n自理能力评"
                    + "分：3分\n血压：{BP}  空腹血糖：6.8\n随访医生：{N}\n",
            "65岁以上老年人免费体检通知：{P}等47人请于{D}到三道岗镇卫生院空腹抽血，联系人{N}，电话{L}。\n",
            "老年人认知筛查：{P}，MMSE 21分，老伴{F}诉其近半年丢三落四；筛查员{N}，档案号{HA}\n",
            // Hypertension and diabetes management cards.
            "高血压患者管理卡\n姓名：{P}  管理编号：GXY-0612\n档案号：{HA}\n确诊日期：{D}\n用药：{DRUG}"
                    + "{DOSE}\n责任医生：{N}  联系电话：{M}\n",
            "糖尿病随访（第三季度）：{P}，空腹血糖{LAB}，足背动脉搏动可，二甲双胍0.5g tid；下次随访{D}。随访人：{N}"
                    + "\n",
            "慢病签约户回访：{P}说血压计坏了，让{KIN}{F}去县里买个新的；家庭医生{DR}，团队护士{N}\n",
            "降压药免费领取登记：{P} 氨氯地平5mg×28片 领取人{F}（代领） 身份证{ID} 发药人{N}\n",
            // Tuberculosis DOTS cards.
            "肺结核患者服药卡（DOTS）\n患者：{P}  登记号：TB2503-017\n身份证号：{ID}\n督导员：村医{N}\n"
                    + "方案：2HRZE/4HR\n家属督导人：{F}  电话：{M}\n",
            "结核病追踪：{P}，痰涂片阳性，未按时到县疾控复查，已电话{M}联系，其{KIN}称人在外地打工，现住{A0}。追踪人{N}"
                    + "\n",
            "结核病密切接触者筛查：{P}的家人{F}、{N}、{N}，PPD及胸片均已完成，{F}PPD强阳性。\n",
            "TB contact tracing note: index case {PY}; household contacts "
                    + "{E}, {E2}. Sputum collected by {EG}. Contact number {M}.\n",
            // Rabies post-exposure prophylaxis cards.
            "狂犬病暴露处置门诊登记\n姓名：{P}  年龄：{AGE}  电话：{M}\n暴露时间：{D}  部位：右手虎口  分级：Ⅲ"
                    + "级\n致伤动物：自家狗（未免疫）\n接种程序：5针法  人免疫球蛋白20IU/kg\n处置医生：{N}\n",
            "狂苗接种卡：{P}，第3针{D}，第4针请按时来；疫苗批号202503117，接种护士{N}。\n",
            "{P}被邻居{N}家的狗咬伤左小腿，邻居答应承担疫苗费用；陪同人{F}。\n",
            // Maternal and child handbooks.
            "母子健康手册（孕产妇部分）\n孕妇姓名：{P}  出生日期：{DOB}  身份证号：{ID}\n丈夫姓名：{F}  联系电话"
                    + "：{M}\n现住址：{A}\n末次月经：{D}  建册单位：三道岗镇卫生院\n",
            "母子健康手册（儿童部分）\n儿童姓名：{N}  出生日期：{NB}\n母亲：{P}  父亲：{F}\n出生体重3400g  "
                    + "出生医院：白杨河县人民医院\n",
            "产后访视：{P}产后第7天，恶露量少，母乳喂养，宝宝{N}黄疸已退；访视人{N}，家住{A0}\n",
            "高危妊娠专案：{P}，瘢痕子宫，孕32周，{AGE}岁，住{A}，丈夫{F}在外打工，{M}；包保医生{DR}\n",
            // School entry vaccination checks.
            "入学（入托）预防接种证查验登记\n学校：白杨河县实验小学 一年二班\n学生：{N}  出生日期：{NB}  家长：{F}  "
                    + "电话：{M}\n需补种：麻腮风第2剂\n查验人：{N}\n",
            "补种通知：{F}家长您好，孩子{N}（{NB}出生）需补种百白破，请于本周到三道岗镇卫生院预防接种门诊；联系人{N}\n",
            "School vaccination check: pupil {E}, born {NB}, missing MMR do"
                    + "se 2. Parent {E2}, tel {M}. Checked by {EG}.\n",
            // Family planning records.
            "计划生育技术服务登记：{P}，{AGE}岁，放置宫内节育器，手术医生{DR}，丈夫{F}签字，身份证{ID}\n",
            "计生随访：{P}，取环术后复查正常；随访员{N}，家住{A0}\n",
            // Disability assessment.
            "残疾评定表\n申请人：{P}  性别：{SEX}  出生日期：{DOB}\n身份证号：{ID}\n残疾类别：肢体  等级：三"
                    + "级\n评定医生：{DR}、{N}\n监护人：{F}  电话：{M}\n",
            "残疾人证办理：{P}，听力残疾二级，手语翻译{N}陪同，户籍地址{A}，监护人{F}。\n",
            // Poverty-relief medical assistance.
            "医疗救助申请审批表\n申请人：{P}  身份证号：{ID}\n家庭住址：{A}\n救助类别：脱贫监测户\n医保编号：{I}"
                    + "\n救助金账户：{B}  户名：{P}\n村委会意见：同意  经办人：{N}\n",
            "一站式结算单：{P}，医保号{I}，住院号{R}，基本医保支付6,318.20元，大病保险1,102.00元，医疗救助862"
                    + ".50元，个人自付412.30元\n",
            "健康帮扶入户记录：帮扶干部{N}到{A0}走访{P}，其老伴{F}患脑梗后遗症，已申请家庭医生上门。\n",
            // Insurance off-site settlement.
            "异地就医直接结算备案：参保人{P}，参保地黑龙江省齐齐哈尔市，医保编号{I}，就医地北京市，备案人{F}（{KIN}），电话"
                    + "{M}\n",
            "医保窗口咨询：{P}问在外省住院的票据能不能回来报，经办人{N}答复需补办备案，商业保险部分请另拨95518咨询。\n",
            "Insurance query: member {E}, policy {I}, asked about off-site "
                    + "settlement. Agent {EG} replied by email. Call back {L}.\n",
            // Referral slips and teleconsultation requests.
            "双向转诊单（上转）\n患者姓名：{P}  性别：{SEX}  年龄：{AGE}\n身份证号：{ID}\n初步诊断：{DIS}"
                    + "\n转出单位：三道岗镇卫生院  转诊医生：{N}  电话：{L}\n转入单位：松江医科大学附属第一医院{DEPT}\n",
            "下转单：{P}，住院号{R}，{DIS}病情稳定，转回三道岗镇卫生院继续康复；联系人{F}，{M}；主管医生{DR}\n",
            "远程会诊申请单\n申请医院：白杨河县人民医院  申请医生：{N}  电话：{L}\n患者：{P}  出生日期：{DOB}\n"
                    + "住院号：{R}\n会诊目的：明确诊断\n拟邀专家：松江医科大学附属第一医院{DEPT}{DR}\n",
            "远程心电：{P}，{AGE}岁，村卫生室上传，提示急性下壁心梗，已电话通知村医{N}并启动胸痛中心流程，患者手机{M}\n",
            "Teleconsultation request: county hospital asks Dr {ES} to revi"
                    + "ew {E} (MRN {R}), suspected pulmonary embolism. Requesting doc"
                    + "tor {E2}, {L}.\n",
            // Bedside nurse handover in dialogue.
            "床旁交接班（对话）\n白班：这是15床{P}，昨天做的胆囊。\n夜班：{PG}阿姨，今晚疼不疼？\n患者：还行，就是睡不着。"
                    + "\n白班：家属{F}在楼下，电话{M}。\n",
            "床旁交班：\n护士甲：8床{PS}叔血糖下午{LAB}。\n护士乙：胰岛素打了吗？\n护士甲：打了，{DS}大夫让睡前再测一"
                    + "次。\n",
            "交班本：加12床 {P} 术后第1天 引流管通畅；3床 {N} 禁食；护士长{N}查房，{N}夜班。\n",
            "护理交接（对话）\n小{FS}：我爸今天吃饭了吗？\n护士{N}：吃了半碗小米粥，{P}今天下地走了两圈。\n",
            // Discharge SMS and WeChat official-account messages.
            "【出院提醒】{P}您好，您已于今日出院，请按时服用{DRUG}{DOSE}，{D}到{DEPT}复查。科室电话{L}。\n",
            "【松江医科大学附属第一医院】尊敬的{P}，您的检查报告已出，请登录公众号查看；就诊卡号{R}。本短信由系统发送，请勿回复。"
                    + "\n",
            "公众号留言：我叫{P}，上周在你们医院住院，住院号{R}，想问发票丢了怎么补？我电话{M}\n",
            "公众号回复：{P}您好，您反映的情况已转至医务科{N}处理，将于3个工作日内回电至{M}。\n",
            "随访短信：{PS}大娘，今天天冷路滑，复查可以推到下周；有事打{L}找{DS}大夫。\n",
            // Patient satisfaction surveys.
            "出院患者满意度电话调查\n患者：{P}  出院科室：{DEPT}\n联系电话：{M}\n1. 对医生满意吗？非常满意，特别是"
                    + "{DS}大夫\n2. 对护士满意吗？满意，护士{N}很耐心\n调查员：{N}\n",
            "意见箱信件：表扬骨科护士{N}和{N}，我父亲{P}住院期间照顾周到。——患者家属{F}\n",
            "投诉登记：来访人{F}，反映其{KIN}{P}在急诊等候时间过长，接待人{N}，联系电话{M}\n",
            "Patient feedback: I want to thank nurse {EG} and Dr {ES} for c"
                    + "aring for my mother {E}. - {E2}\n",
            // Korean-Chinese, Manchu, Mongolian and Hui patients.
            "朝鲜族患者病历：{P}，{SEX}，{AGE}岁，只会讲朝鲜语，由女儿{F}翻译；家住{A}；过敏：青霉素。主治{DR}\n",
            "延边随访：{P}阿妈妮，血压{BP}，辣白菜要少吃；下次由{DS}大夫上门，电话{M}。\n",
            "满族老人建档：{P}，{DOB}生，身份证{ID}，住{A0}，子女{F}、{N}。\n",
            "蒙古族牧民就诊：{MN}，{AGE}岁，骑马摔伤右肩，由同嘎查的{N}送来，翻译{N}；联系电话{M}\n",
            "蒙医科会诊：{MN}，温针疗法第3次，主管医生{DR}，家属{N}陪同。\n",
            "回族患者饮食医嘱：{P}，清真饮食，营养科{N}已通知食堂；家属{F}自带餐食，电话{M}。\n",
            "Interpreter log: Korean-speaking patient {P} seen by Dr {ES}; "
                    + "daughter {F} interpreted. Mobile {M}.\n",
            "Mongolian herder {MN} (DOB {DOBE}) arrived from the grassland "
                    + "with a fractured wrist; his brother can be reached on {M}.\n",
            // Names right after department, ward or role words, in lists, at line edges.
            "{P}\n{SEX} {AGE}岁 {DIS}\n心内科{DR}查房：继续{DRUG}{DOSE}\n",
            "值班表 {D}\n内科：{N} {N}\n外科：{N}\n急诊：{DR}\n护士长{N}  总值班{N}\n",
            "会诊签到：神经内科{N}、呼吸科{N}、康复科{N}、营养科{N}，主持人{DR}。\n",
            "病区护士长{N}：12床{P}家属{F}要求陪护两人，不符合规定，已解释。\n",
            "采血室：今日迟到患者 {P} {N} {N}，已电话通知，请复核。登记人{N}\n",
            "门诊日志：{D} 上午 {DEPT}\n1 {P} {SEX} {AGE}岁 {DIS}\n2 {N} 女 {AGE}岁 "
                    + "{DIS}\n3 {MN} 男 {AGE}岁 {DIS}\n接诊医生{DR}\n",
            "出诊医生：{DR}\n助手：{N}\n患者：{P}\n",
            "检验科{N}电话报告：{P}血钾{LAB}，接电话者护士{N}。\n",
            // Forms of address, given names and nicknames.
            "老{PS}今天来复诊，说{KIN}{F}从南方回来了，血压{BP}，比上次好。\n",
            "小{PS}（{P}），{AGE}岁，打球崴了脚，他哥{F}背来的。\n",
            "{PS}哥是咱屯的木匠，全名{P}，左手电锯伤，村医{N}先包扎后送来。\n",
            "{PG}，出院回家别再喝酒了。——{DS}大夫对{P}说。\n",
            "屯里人都叫他{PK}，大名{P}，五保户，身份证{ID}，住{A0}。\n",
            "患儿{P}（小名{PK}），{AGE}岁，奶奶{F}带来，咳嗽{DUR}。\n",
            "{FS}叔（{F}）是{P}的邻居，发现{P}倒在院子里，拨打了120。\n",
            "{DR}大夫，{PS}姨的化验单我放您桌上了。——护士{N}\n",
            "康复训练：治疗师{N}喊“{PG}，腿再抬高点！”，{P}左下肢肌力4级，{KIN}{F}在旁边学。\n",
            "（村医微信留言）{PG}啊，明早别吃饭，空腹来卫生室抽血，带上医保卡。——给{P}，村医{N}\n",
            "病房里大家都喊她{PG}，{P}，{AGE}岁，住院号{R}，今天拆线。\n",
            "{PS}师傅（{P}）锅炉工，左前臂烫伤，单位联系人{N}，电话{L}。\n",
            // Pinyin names.
            "护照信息：{PY}，出生日期{DOBE}，中文名{P}，回国探亲期间就诊，联系电话{M}。\n",
            "Lab request form - Patient: {PY}  Ward 6  MRN {R}  Requested b"
                    + "y: Dr {ES}\n",
            "境外保险预授权：被保险人{PY}，保单号{CODE}，入院诊断{DIS}，主管医生{DR}，医院联系电话{L}。\n",
            // Identifiers in further positions and forms.
            "身份证号{ID}的患者{P}今日办理出院结算。\n",
            "{ID}（身份证）\n{M}（本人）\n{L}（家里）\n",
            "住址：{A}\n电话：{M}/{L}\n",
            "现住址{A0}，门市房在{A}，平时住店里。\n",
            "退费账户信息\n户名：{F}\n卡号：{B}\n开户行：农村信用社白杨河支行\n与患者{P}关系：{KIN}\n",
            "出生日期：{DOB}；入院日期：{D}；年龄：{AGE}岁；床号：心内二病区12床；住院号：{R}\n",
            "病案复印登记：复印人{F}，身份证{ID}，与患者关系{KIN}，病案号{R}，复印43页。\n",
            "医保卡挂失：持卡人{P}，医保号{I}，身份证{ID}，联系电话{M}\n",
            "银行代扣协议：{P}同意从{B}按月代扣家庭医生签约服务费，签约医生{DR}。\n",
            "出生医学证明补办：新生儿{N}，出生日期{NB}，母亲{P}（身份证{ID}），父亲{F}，住址{A}。\n",
            "新生儿出院：{P}之子，{NB}出生，出生体重3.2kg，儿科{DR}查体正常，家长电话{M}。\n",
            "患者{P}，{DOB}出生，{D}入院，今年{AGE}岁。\n",
            "病历首页（部分）\n姓名 {P}  出生 {DOB}\n籍贯 山东省蓬莱县（闯关东来的）\n现住址 {A}\n联系人 {F}"
                    + "  关系 {KIN}  电话 {M}\n",
            // Decoys: herbs, foods and place words, eponyms, hotlines, common words beginning with a surname.
            "{P}吃了自家泡的长白山人参酒后心慌，平时爱吃哈尔滨红肠和五常大米，血压{BP}。\n",
            "{P}主诉关节疼痛，白天加重，马上要去儿子{F}家过年；常规查类风湿因子。\n",
            "{P}伤口培养出金黄色葡萄球菌，住院号{R}，已请感染科{DS}主任会诊。\n",
            "{P}咨询医保报销，已告知拨打12320卫生热线或医保热线；另询问了保险公司95518。\n",
            "{P}延边辣白菜吃多了胃疼，门诊号{R}，医生{DR}。\n",
            "{P}，{AGE}岁，患帕金森病{DUR}，曾在高压氧科治疗，家属{F}。\n",
            "{P} 诉白天嗜睡，夜间打鼾，多导睡眠监测预约{D}，检验号TJ250311-0452，电话{M}。\n",
            "{P}因贝尔面瘫来针灸，门诊号{R}，{DR}取穴翳风、风池。\n",
            // English and mostly Latin script.
            "Referral letter\nDear Dr {ES},\nI am referring {E}, DOB {DOBE}"
                    + ", with recurrent chest pain. Address: {A}. Phone: {M}.\nYours "
                    + "sincerely,\n{E2}\n",
            "Discharge SMS: Dear {E}, you were discharged today. Take your "
                    + "medicine and see Dr {ES} in clinic. Queries {L}.\n",
            "Expat clinic log {D}: {E}, {AGE} y, DOB {DOBE}, frostbite to t"
                    + "oes after hiking; friend {E2} present.\n",
            "Nursing handover: bed 4, {E}, post-op day 2, pain 3/10; wife "
                    + "{E2} visiting, mobile {M}. Nurse {EG}.\n",
            "Insurance claim: insured {E}, card {B}, member no. {I}, admiss"
                    + "ion MRN {R}. Signed {EG}.\n",
            "Vaccination card: {E}, born {NB}, rabies PEP dose 3 given by n"
                    + "urse {EG}. Parent phone {M}.\n",
            "Satisfaction survey callback: {E} rated the ward 9/10; comment"
                    + "s passed to {EG}. Caller {E2}.\n",
            "Clinic list: {E}; {E2}; {PY} - Dr {ES}, room 3.\n",
            "Occupational health: {E}, welder, ID {ID}, spirometry normal. "
                    + "Examined by {E2}.\n",
            "WeChat message: hi doctor, this is {EG}, {E}'s daughter. Mum's"
                    + " ID number is {ID}, her address is {A}.\n",
            "Patient {PY}, DOB {DOB}, phone {M}; next of kin {E}.\n",
            "Home visit: {E} lives alone at {A0}; neighbour {E2} checks dai"
                    + "ly. GP {ES}.\n",
            "Telemedicine note: Dr {ES} reviewed ECG of {PY} sent by villag"
                    + "e doctor {N}. Advise transfer. Contact {L}.\n",
            "Death notification: {E} (DOB {DOBE}) died on {D}. Informed nex"
                    + "t of kin {E2} by phone {M}.\n",
            // More consortium writing.
            "家庭医生签约单：乙方{P}，身份证{ID}，档案号{HA}，签约团队长{DR}，团队成员{N}、{N}，联系电话{M}。\n",
            "转运交接单：{P}由三道岗镇卫生院救护车转来，随车医生{N}，护士{N}，司机{N}；交接给急诊{DR}。\n",
            "病危通知：{P}家属{F}已签字，与患者关系{KIN}，联系电话{M}，告知医生{DR}，{D} {TIME}。\n",
            "死亡医学证明书：死者{P}，{SEX}，出生日期{DOB}，身份证{ID}，死亡日期{D}，填报医生{DR}，家属{F}。"
                    + "\n",
            "透析患者（县医院）：{P}，每周二五透析，医保{I}，家住{A0}，由{KIN}{F}开车送，{M}。\n",
            "健康扶贫“一人一策”：{P}，档案号{HA}，患{DIS}，帮扶责任人{N}，电话{M}。\n",
            "院感上报：{P}（住院号{R}）术后切口感染，培养阳性，报告人{N}，科室负责人{DS}主任。\n",
            "老年人跌倒：{P}，{AGE}岁，在{A}院内扫雪时滑倒，右腕畸形；邻居{N}发现，{F}（{KIN}）随后赶到。\n",
            "孕检提醒：{P}，孕20周，请{D}做大排畸；丈夫{F}手机{M}；产检医生{DR}。\n",
            "慢阻肺冬季随访：{P}，{DOB}生，住{A0}，家里烧炕，屋里烟大，嘱开窗；随访人{N}\n",
            "敬老院巡诊：{P}、{N}、{N}、{MN}血压偏高，已调整用药；院长{N}签字。\n",
            "鼠咬伤登记：{P}在粮仓被老鼠咬伤右手，已处置，暂不需狂苗；村医{N}\n",
            "精神科门诊：{P}，{AGE}岁，由{KIN}{F}陪同，诉失眠{DUR}；主治{DR}；家属电话{M}\n",
            "献血者回告：{P}，献血码{CODE}，ALT升高，请复查；血站{N}，电话{L}。\n");

    // Older north-eastern names (Shandong migrants' surnames); Manchu; Korean-Chinese; Hui; Mongolian with Chinese
    // names; middle-aged; young; recent cohorts; two-character names; word-like names; compound surnames.
    private static final List<String> CHINESE = List.of((
            "栾凤岐 宫殿臣 隋广禄 初秀芹 鞠洪恩 丛桂芬 衣玉珍 滕占山 逄淑贞 姜占魁 于得水 孙凤阁 刘铁锁 曲殿元 矫立本 "
            + "牟长顺 毕淑琴 修宝库 宋振铎 邵福堂 战玉亭 盖洪福 吕桂琴 郝占元 乔凤琴 张殿阁 冯殿甲 赵连城 "
            + "那国栋 关玉琢 佟殿奎 富占春 鄂秀兰 赫春霖 肇福海 锡淑珍 关德馨 那启贤 "
            + "朴玉善 金贞姬 崔哲浩 玄成日 全明哲 禹春花 南永洙 金昌浩 李英顺 车银善 朴成龙 韩美善 池贤淑 "
            + "马有仓 海文秀 丁志贤 拜学礼 哈振邦 穆德林 沙玉琴 包玉山 吴金花 韩乌云 "
            + "隋海峰 衣晓东 初永辉 宫立伟 孙立宪 鞠春燕 栾红岩 丛志刚 滕丽娜 曲卫东 牟晓燕 矫玉梅 修立群 战国庆 盖春雷 "
            + "邵秀芝 于海滨 郎玉珊 尤凤霞 冷德胜 宁翠屏 "
            + "隋欣悦 宫梓萌 鞠思彤 丛雅楠 栾一鸣 初晓蕾 衣佳琪 滕子豪 曲奕辰 战雨桐 盖梦琪 牟晨阳 修思琦 那一凡 关悦宁 "
            + "衣沐辰 滕一诺 曲钰涵 姜芮希 栾梓墨 宫若汐 隋景行 丛语桐 鞠知夏 初沐阳 修嘉禾 那锦航 "
            + "宫琦 鞠磊 隋洋 栾岚 丛丹 初蕊 衣冰 牟鑫 战坤 盖岩 "
            + "松涛 高粱 于飞 柏林 矫健 "
            + "上官玉洁 皇甫秋菊 令狐德顺 夏侯雅琴 宇文振霆 端木慧 轩辕铮 万俟秀娥 上官鸿").split(" "));
    /**
     * The pool names that are also ordinary words: 松涛 soughing pines, 高粱 sorghum, 于飞 flying together, 柏林 Berlin, 矫健
     * vigorous; under a tenth of the pool.
     */
    static final List<String> WORD_LIKE = List.of("松涛", "高粱", "于飞", "柏林", "矫健");
    private static final List<String> COMPOUND_SURNAMES = List.of("上官", "皇甫", "令狐", "夏侯", "宇文", "端木", "轩辕",
            "万俟");
    // Mongolian; Daur and Oroqen; Russian-Chinese of the Ergun border; Kazakh.
    private static final List<String> MINORITY = List.of((
            "阿拉坦沙 阿拉腾乌拉 阿拉腾苏和 乌力吉木仁 呼和巴特尔 哈斯其其格 敖特根花 满都拉 宝力道 格日勒图 孟和吉雅 "
            + "那木吉拉 赛音朝克图 斯日古楞 巴图吉日嘎拉 其木格玛 嘎日迪巴拉 图布信吉日嘎拉 图门乌力吉 阿木古郎 "
            + "鄂嫩吉雅 达古拉玛 莫日根布库 "
            + "瓦莲京娜·伊万诺娃 安德烈·彼得罗夫 努尔兰·巴合提").split(" "));
    /** Nicknames, labelled as names. */
    private static final List<String> NICKNAMES = List.of("二嘎", "铁柱", "栓柱", "老疙瘩", "二愣子", "三胖", "豆包",
            "大憨");
    // given|family: Russian, Georgian, Armenian, Kyrgyz, Uzbek, Mongolian, Korean, Japanese, Latvian, Lithuanian,
    // Hungarian, Slovak, Slovenian, Croatian, Albanian, Maltese, Portuguese, Basque, Catalan, Dutch, Norwegian, Danish,
    // Sami, Maori, Hawaiian, Peruvian, Mexican, Cuban, Igbo, Ghanaian, Senegalese, Malagasy.
    private static final List<String> ENGLISH = List.of("Yaroslav|Belousov", "Ulyana|Zhuravleva", "Levan|Gogoladze",
            "Nino|Kapanadze", "Anush|Avetisyan", "Aibek|Toktogulov", "Mukhlisa|Rakhimova", "Batbayar|Ganbold",
            "Oyunchimeg|Lkhagvasuren", "Seojun|Seong", "Yerin|Yeom", "Kiyoshi|Takezawa", "Aoi|Matsumura",
            "Ieva|Kalnina",
            "Rimantas|Jankauskas", "Dorottya|Fekete", "Matej|Kovalik", "Rok|Zupancic", "Ivana|Juric",
            "Besnik|Krasniqi", "Marija|Camilleri", "Goncalo|Tavares", "Ainhoa|Etxeberria", "Jordi|Puigvert",
            "Sjoerd|Wijnberg", "Tove|Ulvestad", "Esben|Skovgaard", "Aslak|Somby", "Tamati|Pomare",
            "Keoni|Kahananui", "Wilmer|Huamani", "Nayeli|Ocampo", "Yunieski|Portuondo", "Obiageli|Okoroafor",
            "Yaa|Darko", "Ndeye|Sarr", "Fanja|Randriamampionona");
    /** Family|first syllable|second syllable of people written in pinyin only. */
    private static final List<String> PINYIN = List.of("Sui|Hai|Feng", "Gong|Li|Wei", "Ju|Hong|En", "Luan|Feng|Qi",
            "Cong|Gui|Fen", "Yi|Yu|Zhen", "Teng|Zhan|Shan", "Piao|Ying|Ai", "Cui|Zhe|Hao", "Xuan|Cheng|Ri",
            "Quan|Ming|Zhe", "Na|Guo|Dong", "Guan|Yu|Zhuo", "Tong|Dian|Kui", "Hai|Wen|Xiu", "Bai|Xue|Li",
            "Mou|Chang|Shun", "Jiao|Li|Ben", "Zhan|Yu|Ting");
    /** Heilongjiang, Jilin (Yanbian), Liaoning (Fuxin) and eastern Inner Mongolian counties and districts. */
    private static final List<String> AREA = List.of("230102", "230103", "230110", "230202", "230231", "231202",
            "231221", "230302", "230304", "222401", "222405", "210902", "210921", "150702", "150502", "150521");
    /** The areas whose codes were already issued with 15-digit numbers (香坊区 230110 dates from 2006). */
    private static final List<String> LEGACY_AREA = AREA.stream().filter(a -> !a.equals("230110")).toList();
    /** Area code and length of the local number. */
    private static final List<String> LANDLINE_AREAS = List.of("0451|8", "0452|7", "0455|7", "0459|7", "0467|7",
            "0433|7", "0418|7", "0475|7");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622202", "622188", "621485", "623668");
    /** City|streets written with 号 and 栋/单元/室 (Harbin, Qiqihar, Jixi). */
    private static final List<String> BLOCK_STREETS = List.of("黑龙江省哈尔滨市|道里区安静街,南岗区西大直街,香坊区三辅街",
            "黑龙江省齐齐哈尔市|龙沙区卜奎大街,建华区中华路", "黑龙江省鸡西市|鸡冠区红军路,滴道区东兴街");
    /** Yanji streets written with 号楼/单元/号. */
    private static final List<String> BUILDING_STREETS = List.of("吉林省延边朝鲜族自治州|延吉市公园路,延吉市光明街");
    /** Fuxin streets with street-side shops (门市). */
    private static final List<String> SHOP_STREETS = List.of("辽宁省阜新市|海州区中华路,细河区民族街");
    private static final List<String> ESTATES = List.of("黑龙江省大庆市让胡路区|银浪小区,乘风庄园");
    private static final List<String> VILLAGES = List.of("黑龙江省齐齐哈尔市拜泉县兴农镇|长青村,永胜村",
            "黑龙江省绥化市望奎县灵山满族乡|正白旗头村,厢黄旗二村", "吉林省延边朝鲜族自治州龙井市东盛涌镇|仁化村,龙山村",
            "内蒙古自治区通辽市科尔沁左翼中旗花吐古拉镇|巴彦塔拉嘎查,宝力根嘎查", "黑龙江省鸡西市鸡东县永和镇|永和村,新华村");
    private static final List<String> HAMLETS = List.of("前屯", "后屯", "东屯", "西屯", "王家屯", "三家子屯", "刘家窝棚屯");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Blind18Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_18 || !templates.isEmpty() && BLIND_18.containsAll(templates);
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

    /** The given name: 玉洁 of 上官玉洁, 海峰 of 隋海峰. */
    static String givenNameOf(String chineseName) {
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a one-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
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

    /** A pinyin name: SUI Haifeng, Sui Haifeng, Haifeng Sui, Sui, Haifeng, SUI HAIFENG or Sui Hai-feng. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> pinyinForms(String entry) {
        String[] p = entry.split("\\|");
        String f = p[0], a = p[1], b = p[2];
        String given = a + b.toLowerCase();
        return List.of(f.toUpperCase() + " " + given, f + " " + given, given + " " + f, f + ", " + given,
                (f + " " + given).toUpperCase(), f + " " + a + "-" + b.toLowerCase());
    }

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1930, 91, r);
    }

    /** A first-generation 15-digit number: area, yymmdd (born 1930 to 1999), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 30, 70, r);
    }

    /** A resident identity number: plain, lower-case x, 6-8-4 by hyphens, 6 8 4 by blanks, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> legacyId(r);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 3, 4 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mobile: plain, 138-1234-5678, 138 1234 5678, +86 13812345678, +86-138-1234-5678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0 -> a + "-" + b + "-" + c;
            case 1 -> a + " " + b + " " + c;
            case 2 -> "+86 " + n;
            case 3 -> "+86-" + a + "-" + b + "-" + c;
            default -> n;
        };
    }

    /** A landline: 0451-86123456, (0452)2412345, 0433 2512345; sometimes an extension after 转. */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        String number = switch (r.nextInt(4)) {
            case 0 -> area + " " + local;
            case 1 -> "(" + area + ")" + local;
            default -> area + "-" + local;
        };
        return r.nextInt(4) == 0 ? number + "转" + digits(3 + r.nextInt(2), r) : number;
    }

    /** HZ2024-01234, eight digits with two leading zeros, MJ and nine digits, 25ZY012345. */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(4)) {
            case 0 -> "HZ" + year + "-" + digits(5, r);
            case 1 -> "00" + digits(6, r);
            case 2 -> "MJ" + digits(9, r);
            default -> (year % 100) + "ZY" + digits(6, r);
        };
    }

    /** A resident health-archive number: the area code, town, village and a serial, seventeen digits. */
    static String archiveNumber(RandomGenerator r) {
        return pick(AREA, r) + String.format("%03d", 100 + r.nextInt(20)) + String.format("%03d", 1 + r.nextInt(40))
                + digits(5, r);
    }

    /** Heilongjiang YB23NN-, rural cooperative XNH, Inner Mongolia NM15-, Liaoning LNYB. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "YB23" + String.format("%02d", 1 + r.nextInt(12)) + "-" + digits(8, r);
            case 1 -> "XNH" + digits(12, r);
            case 2 -> "NM15-" + digits(9, r);
            default -> "LNYB" + digits(10, r);
        };
    }

    /** A bank card, 16 or 19 digits with a valid Luhn digit: plain, fours by blanks, or fours by hyphens. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /**
     * An address: Harbin, Qiqihar and Jixi 号/栋/单元/室, Yanji 号楼/单元/号, Fuxin street-side shops, Daqing estates,
     * villages with a 屯 or a 组 and a house number; {@code partial} may stop at the village or the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return place(r.nextBoolean() ? VILLAGES : BLOCK_STREETS, withProvince, r);
        }
        return switch (r.nextInt(5)) {
            case 0 -> place(BLOCK_STREETS, withProvince, r) + (1 + r.nextInt(300)) + "号" + (r.nextInt(3) > 0
                    ? (1 + r.nextInt(12)) + "栋" + (1 + r.nextInt(6)) + "单元" + (1 + r.nextInt(18)) + "0"
                    + (1 + r.nextInt(4)) + "室" : "");
            case 1 -> place(BUILDING_STREETS, withProvince, r) + (1 + r.nextInt(200)) + "号" + (1 + r.nextInt(20))
                    + "号楼" + (1 + r.nextInt(5)) + "单元" + (1 + r.nextInt(7)) + "0" + (1 + r.nextInt(3)) + "号";
            case 2 -> place(SHOP_STREETS, withProvince, r) + (1 + r.nextInt(400)) + (r.nextBoolean() ? "号门市"
                    : "号一楼门市");
            case 3 -> place(ESTATES, withProvince, r) + (1 + r.nextInt(40)) + "栋" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(4)) + "室";
            default -> place(VILLAGES, withProvince, r) + (r.nextBoolean() ? pick(HAMLETS, r)
                    : chineseNumber(1 + r.nextInt(9)) + "组") + (r.nextInt(3) > 0 ? (1 + r.nextInt(90)) + "号" : "");
        };
    }

    /** A town or city and one of its villages or streets, with or without the province. */
    private static String place(List<String> towns, boolean withProvince, RandomGenerator r) {
        String[] t = pick(towns, r).split("\\|");
        String[] places = t[1].split(",");
        String town = withProvince ? t[0]
                : t[0].startsWith("内蒙古自治区") ? t[0].substring("内蒙古自治区".length())
                : t[0].substring(t[0].indexOf('省') + 1);
        return town + places[r.nextInt(places.length)];
    }

    /**
     * A date of birth, 1930 to 2005: 1956年11月3日, 1956-11-03, 1956.11.03, 1956年11月, 19561103, 1956/11/03,
     * 一九五六年十一月三日, 1956年11月3号.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(76), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> String.format("%d.%02d.%02d", y, m, d);
            case 3 -> y + "年" + m + "月";
            case 4 -> String.format("%d%02d%02d", y, m, d);
            case 5 -> String.format("%d/%02d/%02d", y, m, d);
            case 6 -> chineseYear(y) + "年" + chineseNumber(m) + "月" + chineseNumber(d) + "日";
            default -> y + "年" + m + "月" + d + "号";
        };
    }

    /** An English date of birth: 03/11/1956 (day first), Nov 3, 1956, 3 November 1956, 03 NOV 1956. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(76), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d/%02d/%d", d, m, y);
            case 1 -> month.substring(0, 3) + " " + d + ", " + y;
            case 2 -> d + " " + month + " " + y;
            default -> String.format("%02d %s %d", d, month.substring(0, 3).toUpperCase(), y);
        };
    }

    /** A child's date of birth, 2014 to 2025: 2019年6月1日, 2019-06-01, 2019.6.1, 20190601. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2014 + r.nextInt(12), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w))
                || pinyinOf(w) != null;
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) {
            return w;
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    /** The pinyin pool entry a value writes, or null. */
    static String pinyinOf(String w) {
        return PINYIN.stream().filter(n -> pinyinForms(n).contains(w)).findFirst().orElse(null);
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

    static List<String> areaCodes() {
        return AREA;
    }

    /** Every way {@link #pinyinName} writes the pool's names. */
    static Stream<String> pinyinWritten() {
        return PINYIN.stream().flatMap(n -> pinyinForms(n).stream());
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind18Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind18Templates::given);
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
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "HA" -> out.write(archiveNumber(random), EntityKind.MEDICAL_RECORD);
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

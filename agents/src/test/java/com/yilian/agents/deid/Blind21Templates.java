package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Twenty-first blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_21}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the south-west and the southern coast, led by
 * a tertiary hospital in a fictional Sichuan city, 雅岷医科大学附属医院 (雅岷市), with 汶溪县人民医院, 花椒坪镇卫生院 and
 * 石板沟村卫生室, and partner sites in Chongqing, Guangxi, Hainan and Fujian (琼北椰乡医院, 闽南茶乡卫生院): earthquake and
 * flood disaster records and triage tags, snakebite and wild-mushroom poisoning logs, HIV/AIDS antiretroviral follow-up
 * in Liangshan (written in neutral clinical language), methadone maintenance rosters, betel-nut oral cancer screening in
 * Hainan, tea-garden pesticide poisoning, seafarer and fishing-boat crew medicals, hospital-at-home and internet-hospital
 * chat transcripts, medical-tourism invoices of a Hainan pilot zone, pharmacy delivery slips, organ-donation
 * coordination notes, clinical-trial screening logs (subject initials such as ZSF are not names; a name written out on a
 * consent is), rehabilitation gym rosters, health certificates of canteen and laundry staff, 惠民保 commercial insurance
 * claims, WeChat voice-to-text with Sichuan, Cantonese, Minnan and Hakka words (啥子, 晓得, 巴适, 莫得, 嬢嬢, 老汉儿, 冇,
 * 佢, 阿公, 阿嬷, 歹势), OCR'd forms with broken lines and stray blanks, CSV, markdown and pipe tables, JSON and
 * key=value exports, HL7-like segments and SMS reminders; about a fifth in English or mostly Latin script (some forty
 * English documents, the rest HL7 segments and exports with Latin keys).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, staff, volunteers, couriers,
 * boatmasters, donors' families, witnesses, in Chinese, minority, English, pinyin or mixed form, also straight after a
 * department, role or verb word with no separator (急诊科X, 轮机长X, 联系X, 转告X), in lists joined by 、, /, blanks or
 * line breaks, in table cells and JSON values. A surname in a form of address or before a title labels the surname
 * only ({@code PS}, {@code FS}, {@code DS}): X嬢嬢, X幺妹, 阿X, X伯, X公, X婶, X嬷, X老师, X大爷, X姐 and X医生, X主任,
 * X护士长, X院长, Dr X. A given name used alone ({@code PG}) labels the given name (a one-character given name is never
 * used alone: the full name is written). A nickname ({@code PK}: 二娃子, 猴囝) is a name. A child known as a parent's
 * child (X之子, X之女, X家的娃) labels the parent. An OCR'd name broken by a line break, a blank or an ideographic blank
 * ({@code PO}) is one span, the break inside it. A name with an English given name ({@code MX}: Wilbur 翁, 翁Wilbur,
 * Wilbur Ong, with the Minnan, Hakka or Cantonese spelling of the surname) is one span. Pinyin names ({@code PY}) are
 * labelled whole in each passport or booking form: SHUI CHANGGUI, SHUI, CHANGGUI, Shui Changgui, Changgui Shui,
 * SHUI/CHANGGUI; in HL7 segments ({@code PH}) SHUI^CHANGGUI.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check, area codes of
 * Sichuan, Chongqing, Guangxi, Hainan and Fujian, plain, lower-case x, 6 8 4 by blanks; 15-digit numbers with a valid
 * birth date), mobiles ({@code M}: plain, 139 1234 5678, +86-13912345678, 0086 139 1234 5678), landlines ({@code L}:
 * 028-85412345, （023）63456789 in full-width brackets, 0898 66123456, 0771-5812345-8023 with an extension after a
 * hyphen), addresses ({@code A}, {@code A0}: Chengdu, Nanning, Haikou, Fuzhou and Quanzhou streets with 号, an estate
 * and 栋/单元/楼/号, Chongqing streets with 号 and a floor-room 12-4 or 附3号, 场镇 streets of county towns, Sichuan
 * villages with a 社, Liangshan and Chongqing villages with a 组, Guangxi villages with a 屯 or a 寨, Hainan 村委会 with a
 * 坡 or 村, Anxi villages with a house number; {@code A0} may stop at the village or the street), record numbers
 * ({@code R}: RY2024/015623, YMFY00123456, WJ0123456-03, HLW and ten digits, whatever the label), insurance numbers
 * ({@code I}: CDYB and ten digits, CQ-500-123456789, GX45R and ten digits, HI46- and ten digits, MB35 and eleven
 * digits), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks, or six and the rest
 * by a blank), dates of birth ({@code DOB}: 1962年3月8日, 1962年03月08日, 1962-3-8, 1962.03.08, 一九六二年三月八日,
 * 1962年3月8号, 19620308; {@code DOBC}: 19620308 in exports; {@code DOBE}: 8th March 1962, 08 MAR 1962, Mar. 8, 1962,
 * 1962/03/08; {@code NB}: a child's, 2016 to 2025). Not labelled: visit, onset, quake and sampling dates, times, ages
 * (also ages alone: 67岁, 年龄：45), doses, lab values, bed numbers (加3床, 抢救1床, bed 12), triage-tag, exam, specimen,
 * order, claim, courier, batch, staff, subject, berth, vessel and licence numbers (检伤卡No.0037, DR2405-117, BX0918-33,
 * YZ-0918-502, LP2024091800317, YT7301234567890, 批号240512B, 工号CQ1207, S-021, 船舶编号闽霞渔01688, 健字第2024-0815号),
 * hotlines (120, 12320, 12345, 400-616-1200), hospital, health-centre, clinic and company names, a province, city or
 * county alone (参保地重庆市, 凉山州), foods and teas with place words (郫县豆瓣, 涪陵榨菜, 文昌鸡, 安溪铁观音, 汉源花椒,
 * 兴隆咖啡), drug names (季德胜蛇药片, 美沙酮口服液), and words beginning with one of the pool's surnames (代谢, 阳性,
 * 艾灸, 危重, 连续, 利尿剂, 鲜血, 但是).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind19Templates} nor among the names {@link SyntheticValues} can generate, and whose surnames no earlier blind
 * group used: Sichuan-basin and Chongqing surnames (税, 鲜, 代, 但, 先, 旷, 艾, 阳, 刁), Hakka (丘, 利, 凤), Minnan (翁, 辜,
 * 连, 危), Zhuang (闭, 磨, 零, 宾, 容), Yao (盘, 奉), Li of Hainan (吉, 羊), and 燕, 荣; older rural, middle-aged, young and
 * recent cohorts, two-character names, compound surnames (完颜, 巫马, 梁丘, 乐正) and a few word-like names
 * ({@link #WORD_LIKE}, under a tenth); Liangshan Yi names (阿苏日呷, 吉克阿呷), Vietnamese brides of the Guangxi border
 * (阮氏秋姮) and Aba Tibetan names in the minority pool; returned overseas Chinese and Southeast Asian, Pacific,
 * Ukrainian and Russian seafarers and medical tourists in the English pool; a pinyin pool; English given names with
 * these surnames; a nickname pool. Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code PS},
 * {@code FS}, {@code PG}, {@code PK}, {@code PO}, {@code MX}, {@code PY}, {@code PH} above; {@code EG}, an English given
 * name alone; {@code DOBC}. Any non-empty subset of {@link #BLIND_21} uses these pools (see {@link #uses}).
 */
final class Blind21Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261222L;

    static final List<String> BLIND_21 = List.of(
            // Consortium referrals, ward and county records.
            "雅岷医科大学附属医院 上转接收单\n转出单位：花椒坪镇卫生院  转出医生：{N}\n患者：{P}  {SEX}  {AGE}岁\n身份证号：{ID}\n初步诊断：{DIS}\n联系"
                    + "人：{F}（{KIN}）{M}\n接收科室：{DEPT}  接收医生：{DR}\n",
            "汶溪县人民医院下转单：{P}，住院号{R}，{DIS}恢复期，转回花椒坪镇卫生院继续康复，镇院接收{N}，家属{F} {M}\n",
            "医联体远程会诊申请：石板沟村卫生室村医{N}为{P}（{AGE}岁）申请远程心电会诊，会诊专家{DR}，回传电话{L}\n",
            "雅岷医科大学附属医院出院小结\n姓名 {P}  性别 {SEX}  出生日期 {DOB}\n住院号 {R}  医保号 {I}\n现住址 {A}\n出院诊断：{DIS}\n出院医嘱："
                    + "{DRUG}{DOSE}，2周后{DEPT}复诊\n主治医师 {DR}\n",
            "县域医共体慢病签约：签约居民{P}，{DOB}生，住{A}，家庭医生团队长{DR}，团队成员{N}、{N}，签约电话{M}\n",
            "转运交接：{TIME}救护车送达，患者{P}，途中血压{BP}，随车护士{N}，交接护士{N}，家属{F}随车。\n",
            // Earthquake and flood disaster records, triage tags.
            "地震伤员检伤分类卡 检伤卡No.0037\n颜色：红色（危重）\n姓名：{P}  性别：{SEX}  估计年龄：{AGE}\n伤情：右下肢挤压伤，疑骨盆骨折\n后送：雅岷医科大学附"
                    + "属医院\n检伤人：{N}\n",
            "【震后伤员登记】{P}，{AGE}岁，家住{A0}，房屋垮塌被埋约4小时，救出后送汶溪县人民医院；救援队员{N}、{N}；家属{F}电话{M}\n",
            "震区临时医疗点日志 {D}\n接诊：{P}（头皮裂伤，清创缝合5针）、{N}（踝扭伤）、{N}（高血压{BP}）\n值守医生：{DR}  护士：{N}\n",
            "挤压综合征监测：{P}，住院号{R}，肌酸激酶 48000 U/L，尿量 0.3ml/kg/h，CRRT 已上机；主管{DR}，家属{F}（{KIN}）{M}\n",
            "地震伤员身份核查：无名氏男（伤员编号ZS-0112）经{KIN}{F}辨认为{P}，身份证{ID}，原住址{A}\n",
            "洪灾转移安置点巡诊：{A0}安置点，{P}腹泻{DUR}，予补液盐；{N}发热{TEMP}；巡诊医生{DR}，安置点联络员{N} {M}\n",
            "山洪后伤员信息\n{P} {SEX} {AGE}岁 左前臂开放骨折 已转县医院\n{N} {SEX} 头部擦伤 现场处理\n登记人：乡卫生院{N}\n",
            "抗震救灾医疗队交接班：轻伤绿色卡12人，黄色卡3人，红色卡1人（{P}，已直升机后送）；交班{DR}，接班{N}\n",
            "震后心理援助记录：{P}，{AGE}岁，失眠、闪回，母亲{F}在地震中受伤住院；心理咨询师{N}，随访电话{M}\n",
            "泥石流受灾群众体检：{P}，身份证{ID}，现住板房区，血糖{LAB}，负责医生{N}\n",
            "Earthquake field hospital tag: {E}, volunteer rescuer, crush injury of left hand, tag No.0"
                    + "037 yellow. Team lead {E2}, satellite phone {M}.\n",
            "Flood evacuation clinic: {E}, DOB {DOBE}, leptospirosis suspected, doxycycline started. Re"
                    + "ported by Dr {ES}.\n",
            // Snakebite logs.
            "毒蛇咬伤登记\n患者：{P}  年龄：{AGE}\n咬伤部位：右足背  时间：{TIME}\n蛇种：疑竹叶青（患者描述绿色）\n抗蛇毒血清：抗五步蛇毒血清 2000U\n外用：季德"
                    + "胜蛇药片\n接诊医生：{DR}  电话：{L}\n",
            "蛇伤救治中心电话咨询：{PS}大爷在地里挖红苕被蛇咬，儿子{F}打电话{M}问要不要来，告知立即来院；患者全名{P}\n",
            "{P}，{AGE}岁，夜间割稻被银环蛇咬伤，出现眼睑下垂，已气管插管；住院号{R}；联系人{F}，住{A0}\n",
            "蛇伤随访：{P}，伤后第7天，右手肿胀消退，无骨筋膜室综合征；随访护士{N}，患者电话{M}\n",
            "抗蛇毒血清调配记录：汶溪县人民医院向雅岷医科大学附属医院借调抗银环蛇毒血清2支，用于患者{P}；经手人{N}、{N}\n",
            "Snakebite log: {E}, tourist, bitten on the ankle on a hiking trail, antivenom given at 21:"
                    + "40. Attending {EG}.\n",
            "{PS}幺妹在茶园被蛇咬了，脚杆肿起好大，{FS}嬢嬢背她下山的。患者{P}，村医{N}\n",
            // Wild-mushroom poisoning.
            "野生菌中毒病例报告卡\n姓名：{P}  出生日期：{DOB}\n身份证号：{ID}\n进食时间：{D}晚餐\n菌种：疑似亚稀褶红菇\n同餐人员：{F}、{N}\n报告单位：汶溪县人"
                    + "民医院  报告人：{DR}\n",
            "菌子中毒群体事件：{A0}一家三口（{P}、{F}、{N}）食用自采野生菌后呕吐腹泻，已予洗胃、水飞蓟宾；疾控联系人{N} {L}\n",
            "{P}吃了自己捡的菌子，第二天转氨酶升到3000多，转上级医院血液净化；家属{F}，{M}，住院号{R}\n",
            "野生菌中毒宣教回访：{P}表示以后不再采食野生菌，其{KIN}{F}已签收宣传单；回访人{N}\n",
            // HIV/AIDS antiretroviral follow-up in Liangshan, written in neutral clinical language.
            "抗病毒治疗随访表（凉山州）\n随访对象：{MN}\n身份证号：{ID}\n治疗方案：TDF+3TC+EFV\nCD4：412 个/μl  病毒载量：未检出\n下次取药：{D}\n随"
                    + "访医生：{N}  同伴教育员：{N}\n",
            "艾滋病防治随访：{P}，{AGE}岁，服药依从性好，配偶{F}检测阴性；住{A0}；乡防艾专干{N}，电话{M}\n",
            "母婴阻断随访：{MN}之女，出生{NB}，婴儿早期诊断PCR阴性，奈韦拉平已停；随访人{N}，联系电话{M}\n",
            "抗病毒治疗脱失追踪：{MN}，上次取药后未按时复诊，电话{M}未接通，已请村医{N}入户；县防艾办{DR}\n",
            // Methadone maintenance rosters.
            "美沙酮维持治疗门诊 服药登记（{D}）\n编号 姓名 剂量\nMMT-0412 {P} 60ml\nMMT-0418 {N} 45ml\nMMT-0433 {N} 80ml\n发药"
                    + "护士：{N}  核对：{DR}\n",
            "美沙酮门诊新入组：{P}，身份证{ID}，户籍{A}，尿检吗啡阳性，首剂美沙酮口服液20ml；联系人{F}（{KIN}）{M}\n",
            "{P}连续3天未来服药，已电话{M}联系，其母{F}称其外出打工；社工{N}跟进。\n",
            "美沙酮门诊转介单：{P}（编号MMT-0418）转至重庆市服药点，转出医生{DR}，转出单位电话{L}\n",
            "Methadone clinic roster {D}: {E} 55 ml, {E2} 70 ml, {PY} 40 ml. Dispensed by nurse {EG}.\n",
            // Betel-nut oral cancer screening in Hainan.
            "槟榔相关口腔癌筛查登记（琼北椰乡医院）\n姓名：{P}  年龄：{AGE}\n嚼槟榔史：{DUR}，每日约20颗\n口腔检查：左颊黏膜白斑，疑口腔黏膜下纤维化\n建议：活检\n联系"
                    + "电话：{M}\n筛查医生：{N}\n",
            "{PS}伯嚼槟榔三十年，张口只有两指宽，儿子{F}带他来筛查。病人{P}，住{A0}\n",
            "口腔黏膜病理：{P}，病理号BX0918-33，鳞状上皮轻度异型增生；报告医生{DR}；患者电话{M}\n",
            "口腔癌筛查阳性转诊：{P}，出生日期{DOB}，住{A}，转至海口口腔颌面外科，转诊医生{N}\n",
            "Betel-nut screening camp: {E}, {AGE} y, leukoplakia of the buccal mucosa, referred for bio"
                    + "psy. Screener {EG}, phone {M}.\n",
            "阿{PS}每天吃槟榔配蒌叶，口里烂了半年才来看；女儿{F}陪同，{M}。患者全名{P}\n",
            // Tea-garden pesticide poisoning.
            "农药中毒报告卡\n姓名：{P}  性别：{SEX}  年龄：{AGE}\n中毒农药：毒死蜱（茶园喷药）\n中毒类型：生产性\n胆碱酯酶：2100 U/L\n处置：阿托品、解磷定\n"
                    + "报告人：{DR}  报告电话：{L}\n",
            "安溪铁观音茶园喷药工{P}喷药后头晕、流涎，工友{N}送来闽南茶乡卫生院；茶园老板{N}，{M}\n",
            "{P}在汉源花椒地里打药，没戴口罩，晚上呕吐、瞳孔缩小；家属{F}，住{A}\n",
            "茶农体检：{P}，身份证{ID}，全血胆碱酯酶活性68%，建议脱离接触；体检医生{N}\n",
            "Pesticide poisoning follow-up: {E}, tea-plantation worker, cholinesterase recovered; phone"
                    + " {M}; nurse {EG}.\n",
            // Seafarer and fishing-boat crew medicals.
            "渔船船员健康证明\n船舶编号：闽霞渔01688\n船员：{P}  出生日期：{DOB}\n身份证号：{ID}\n职务：轮机长\n视力、听力、色觉：合格\n体检医生：{N}\n",
            "远洋渔船出海前体检名单\n船长{N}\n大副{N}\n轮机长{P}\n水手{N}\n联系人：船东{N} {M}\n",
            "海员体检：{P}，{AGE}岁，血压{BP}，尿检阴性，适任；海员证编号不录入；体检机构联系电话{L}\n",
            "渔船作业外伤：{P}被缆绳打伤右小腿，船老大{N}用渔船送回港，家属{F}在码头等候，{M}\n",
            "Seafarer medical certificate\nName: {E}\nDate of birth: {DOBE}\nNationality: Philippines\n"
                    + "Rank: Able Seaman\nFit for duty: yes\nExamining doctor: {E2}\n",
            "Crew list (MV Coral Dawn): master {E}, chief officer {E2}, cook {PY}. Agent contact {M}.\n",
            "Ship sanitation call: crew member {E} with fever 39.2, isolated in cabin. Port doctor {ES}"
                    + ", agent {EG}, phone {L}.\n",
            "Fishing crew injury report: {PY}, deckhand, hand crushed by winch, DOB {DOBE}. Skipper {E}"
                    + ". Landed at Haikou, bed 12.\n",
            // Internet hospital and hospital-at-home chat transcripts.
            "【互联网医院问诊】\n患者：医生你好，我是{P}，上个月在你们那儿做的胆囊手术，住院号{R}，伤口有点红\n医生{DR}：发张照片来看看\n患者：好的，我电话{M}\n",
            "【在线复诊】{DR}医生：{PG}，你的血糖记录我看了，晚上那针胰岛素减2个单位。\n患者{P}：要得，晓得了。\n",
            "互联网医院处方审核：患者{P}，{AGE}岁，处方号RX-HLW-0917，开方医生{DR}，审方药师{N}，配送地址{A}\n",
            "家庭病床查房记录：{D}上门，{P}卧床，骶尾部压疮Ⅱ期，换药；上门护士{N}、{N}；家属{F}，{M}\n",
            "【医院到家】护士{N}已接单：为{P}上门更换胃管，地址{A}，联系电话{M}，预计{TIME}到达。\n",
            "互联网医院问诊记录\n{P}：我老汉儿{F}这两天脚肿得厉害，啥子原因嘛\n{DR}：心衰可能加重了，尽快来医院，门诊号{R}直接挂我号\n",
            "Online consultation: patient {E} asked Dr {ES} about his HbA1c of 8.4. Video call booked; "
                    + "callback {M}.\n",
            "【视频问诊】{DS}医生：{PS}嬢嬢，你把血压计对到镜头。患者{P}：看得到不嘛？{DS}医生：看得到，{BP}，巴适。\n",
            // Medical tourism invoices (Hainan pilot zone).
            "博鳌乐城医疗旅游结算单\n客户：{P}\n证件号：{ID}\n项目：进口抗肿瘤药物治疗（特许药械）\n金额：86,500.00元\n付款卡号：{B}\n客户经理：{N}  电话：{"
                    + "M}\n",
            "医疗旅游预约：{P}，随行家属{F}，入住琼海市酒店，接机司机{N}，电话{M}\n",
            "Medical tourism invoice\nPatient: {E}\nPassport name: {PY}\nDate of birth: {DOBE}\nPackage"
                    + ": health check-up premium\nTotal: CNY 12,800\nCard: {B}\nCoordinator: {EG}\n",
            "Medical travel booking: {E} and spouse {E2}, arrival Haikou Meilan, transfer by {EG}. Cont"
                    + "act {M}.\n",
            "境外患者就诊登记：护照姓名 {PY}，中文名 {P}，出生日期 {DOBE}，暂住 {A0}，联系电话 {M}\n",
            // Pharmacy delivery slips.
            "【药品配送单】单号YT7301234567890\n收件人：{P}\n电话：{M}\n地址：{A}\n药品：恩替卡韦分散片 0.5mg×28\n配送员：{N}\n",
            "同城送药：骑手{N}取药后联系{P}，电话{M}无人接，已放门卫；门卫{N}代收\n",
            "药房邮寄慢病药品：收件人{P}，{A}，快递员{N}，寄件药师{N}，快递单号YT7301234567890\n",
            "Pharmacy delivery slip: recipient {E}, {A0}, phone {M}. Courier {EG}.\n",
            // Organ donation coordination.
            "器官捐献协调记录\n潜在捐献者：{P}，{AGE}岁，重型颅脑损伤\n住院号：{R}\n家属：{F}（{KIN}），{KIN}{N}\n协调员：{N}  电话：{M}\n家属意见："
                    + "同意捐献\n",
            "捐献见证：{F}、{N}在捐献同意书上签字，见证人{N}（红十字会），主持医生{DR}。\n",
            "器官获取组织（OPO）通知：供者{P}，身份证{ID}，转运车辆已出发，协调员{N} {L}\n",
            "器官捐献缅怀：感谢{P}（{DOB}—{D}）捐献肝脏和双肾，挽救3位患者；其妻{F}表示欣慰。\n",
            "Donor family meeting: Dr {ES} met {E} and {E2}; coordinator {EG}; consent signed.\n",
            // Clinical-trial screening logs: initials are not names; a name written out is.
            "临床试验筛选日志\n方案号：YM-ONC-2024-03\n受试者编号 S-021  缩写 ZSF  筛选失败（eGFR不达标）\n受试者编号 S-022  缩写 LWQ  入组\n"
                    + "研究护士：{N}  CRC：{N}\n",
            "知情同意书签字页：受试者{P}，身份证{ID}，签字日期{D}；研究者{DR}；公正见证人{N}\n",
            "CRC随访电话：受试者S-022（{P}）第3周期前检查，预约{D}抽血，电话{M}；CRC{N}\n",
            "Screening log: subject S-021 (initials ZSF) screen-failed; subject S-022 consented in pers"
                    + "on as {PY}; investigator Dr {ES}.\n",
            "不良事件报告：受试者编号S-021，{AGE}岁，3级中性粒细胞减少；报告人{DR}，申办方监查员{N} {M}\n",
            // Rehabilitation gym rosters.
            "康复治疗大厅排班表 {D}\n08:00 {P} 下肢功能训练 治疗师{N}\n09:00 {N} 平衡训练 治疗师{N}\n10:00 {N} 作业治疗 治疗师{N}\n",
            "康复评估：{P}，脑梗死后{DUR}，Fugl-Meyer 62分，Barthel 75分；治疗师{N}，康复医师{DR}\n",
            "| 时间 | 患者 | 项目 | 治疗师 |\n|---|---|---|---|\n| 14:00 | {P} | 步态训练 | {N} |\n| 14:30 | {N} | 言"
                    + "语治疗 | {N} |\n",
            "Rehab gym roster: 15:00 {E} (knee replacement) with physio {E2}; 15:30 {PY} with {EG}.\n",
            // Health certificates of canteen and laundry staff.
            "从业人员健康证明\n姓名：{P}  性别：{SEX}  年龄：{AGE}\n身份证号：{ID}\n岗位：职工食堂配餐\n体检结果：合格\n证号：健字第2024-0815号\n发证单"
                    + "位：雅岷市疾病预防控制中心\n",
            "洗衣房员工体检名单：{N}、{N}、{N}，均合格；{P}胸片异常待复查，电话{M}；后勤科{N}\n",
            "食堂员工手部化脓性皮炎调岗：{P}（工号CQ1207）暂停接触直接入口食品，食堂主管{N}\n",
            // 惠民保 commercial insurance claims.
            "惠民保理赔申请\n被保险人：{P}  身份证号：{ID}\n医保号：{I}\n出院诊断：{DIS}\n医保目录外自费：23,416.50元\n收款账户：{B}\n开户名：{P}\n"
                    + "理赔案件号：LP2024091800317\n",
            "天府惠民保理赔补材料通知：{P}您好，请补充出院小结及费用清单，案件号LP2024091800317，咨询400-616-1200；经办{N}\n",
            "重庆惠民保代办：{F}（{KIN}）代{P}申请理赔，代办人身份证{ID}，联系电话{M}\n",
            "惠民保特药直付：{P}，医保号{I}，特药服务网点药师{N}，取药人{F}\n",
            // Clinic WeChat voice-to-text with Sichuan, Chongqing, Cantonese, Minnan and Hakka words.
            "[语音转文字] 医生 我是{P}的女儿{F} 我妈这两天吃不下饭 啥子都不想吃 你看要不要来医院嘛 我电话{M}\n",
            "[语音转文字] {DS}医生 我晓得了 明天早上空腹来抽血 莫得问题 我叫{P} 住院号是{R}\n",
            "[语音转文字] {PS}嬢嬢你莫着急 {PG}的报告出来了 巴适得很 没得啥子大问题\n",
            "[语音转文字] 喂 {N}护士吗 我老汉儿{F}的药吃完了 能不能帮忙开点 他叫{P} 身份证{ID}\n",
            "[微信语音] 幺儿 你跟{DR}医生说 我那个血压药莫得了 我是{P} 住{A0}\n",
            "[語音轉文字] 阿公{P}今日冇食药 佢话头晕 我系佢孙{F} 电话{M}\n",
            "[语音转文字] 阿嬷{P}足歹势 昨日没来复诊 伊孙仔{F}明天载伊来 电话{M}\n",
            "[语音转文字·客家话] 阿姆{P}食饭食唔落 {FS}伯话要带佢来睇医生 电话{L}\n",
            "[语音转文字] 雄起哦{PS}孃孃 做完化疗就可以回{A0}了 {DR}医生说的\n",
            "[语音转文字] 那个{PK}嘛 就是{P}的小名 他说他脑壳痛 我是他幺爸{F}\n",
            "[微信语音转写] {N}你好 我是花椒坪的村医 今天{P}血糖又高了 空腹十三点几 麻烦你跟{DR}主任说一声\n",
            "[语音转文字] 医生 我{P} 我那个医保卡号是{I} 报销的时候要不要带身份证嘛\n",
            // OCR'd forms with broken lines and stray blanks.
            "[OCR] 门 诊 病 历\n姓 名：{PO}  性别：{SEX}\n年 龄：{AGE}岁\n门诊号：{R}\n主 诉：咳嗽{DUR}\n医师：{DR}\n",
            "[OCR 低置信度] 出生 日期：{DOB}  身份证 号：{ID}\n姓名 {PO}\n住 址：{A}\n",
            "[OCR] 转 诊 单  患者 {PO}  联系 电话 {M}  转出医生 {N}\n",
            "[OCR] 检 验 申 请 单\n姓名：{PO}\n标本号：BX0918-33\n申请医生：{DR}\n",
            "[OCR] 知情同意书 第2页\n患者（签名）：{PO}\n家属（签名）：{F}  与患者关系：{KIN}\n日期：{D}\n",
            "[OCR] 费用 清单  {PO}  住院号 {R}\n床位费 加3床 合计 1,820.00\n",
            "[OCR-扫描件] 健康 证明 申请 表\n姓名 {PO} 身份证 {ID}\n工作单位 雅岷市第三人民医院洗衣房\n",
            // CSV, markdown and pipe tables.
            "姓名,性别,年龄,手机,诊断\n{P},{SEX},{AGE},{M},{DIS}\n{N},{SEX},{AGE},{M},{DIS}\n",
            "序号,姓名,身份证号,住址\n1,{P},{ID},{A}\n2,{N},{ID},{A}\n",
            "| 姓名 | 住院号 | 医保号 | 主管医生 |\n|---|---|---|---|\n| {P} | {R} | {I} | {DR} |\n",
            "| 床号 | 患者 | 护理级别 | 责任护士 |\n| 加3床 | {P} | 一级 | {N} |\n| 抢救1床 | {N} | 特级 | {N} |\n",
            "患者|出生日期|联系电话|紧急联系人\n{P}|{DOB}|{M}|{F}\n",
            "name,dob,mobile,mrn\n{PY},{DOBC},{M},{R}\n{E},{DOBC},{M},{R}\n",
            "| Crew | Rank | Mobile |\n|---|---|---|\n| {E} | Bosun | {M} |\n| {E2} | Oiler | {M} |\n",
            "随访名单（导出）\n{P}\t{M}\t{A0}\n{N}\t{M}\t{A0}\n",
            // JSON and key=value exports.
            "{\"patient_name\":\"{P}\",\"id_no\":\"{ID}\",\"mobile\":\"{M}\",\"mrn\":\"{R}\",\"ward\":\""
                    + "加3床\"}\n",
            "{\"name\": \"{PY}\", \"birth_date\": \"{DOBC}\", \"card_no\": \"{B}\", \"agent\": \"{EG}\""
                    + "}\n",
            "name={P}&idcard={ID}&phone={M}&addr={A}&doctor={DR}\n",
            "patient={E};dob={DOBE};tel={M};insurer_ref=LP2024091800317\n",
            "{\"orderId\":\"YZ-0918-502\",\"receiver\":\"{P}\",\"receiverPhone\":\"{M}\",\"address\":\""
                    + "{A}\",\"courier\":\"{N}\"}\n",
            "jzk={R} xm={P} xb={SEX} csrq={DOBC} ybh={I} lxdh={M}\n",
            "{\"member\":\"{MX}\",\"role\":\"护士长\",\"extension\":\"{L}\"}\n",
            // HL7-like segments.
            "MSH|^~\\&|YMFY_HIS|YMFY|LIS|YMFY|20240918093000||ADT^A01|MSG00123|P|2.4\nPID|1||{R}^^^YMFY"
                    + "^MR||{PH}||{DOBC}|F|||{A}||{M}\nNK1|1|{PH}|SPO\n",
            "PID|1||{R}^^^YMFY^MR||{PH}||{DOBC}|M\nPV1|1|I|ICU^4^1||||{PH}\n",
            "OBR|1|YZ-0918-502||CBC|||20240918\nPID|1||{R}||{PH}||{DOBC}\nNTE|1||called {EG} at {M}\n",
            "PID|1||{R}^^^YMFY^MR~{ID}^^^CHN^NNCHN||{PH}||{DOBC}|F|||{A0}\n",
            // SMS reminders.
            "【雅岷医大附院】{P}您好，您预约的{DEPT}门诊在{D} {TIME}，就诊卡号{R}，请提前30分钟到达。退订回T\n",
            "【汶溪县人民医院】尊敬的{P}，您的检查报告已出，请登录公众号查看。咨询电话{L}\n",
            "【琼北椰乡医院】{P}阿公，明天记得来复查口腔，{DS}医生上午坐诊。\n",
            "【美沙酮门诊】{P}，本周五门诊调休，请周四来服药。联系{N} {M}\n",
            "【疫苗接种提醒】{P}家长您好，您的孩子（{NB}出生）应于本月接种麻腮风疫苗，请携带接种证。\n",
            "[SMS] Dear {E}, your follow-up at Yamin Medical University Hospital is on Friday 09:30, MR"
                    + "N {R}. Call {L} to change.\n",
            "【惠民保】{P}您好，您的理赔款3,826.40元已转入尾号为您登记的银行卡，案件号LP2024091800317。\n",
            "【药品配送】{P}您好，您的药品由{N}（{M}）配送，预计今天送达。\n",
            // Forms of address, given names and nicknames.
            "{PS}嬢嬢今天又来量血压了，{BP}，她说孙女{F}在成都读书。病人{P}，村医{N}\n",
            "{PS}幺妹（{P}），{AGE}岁，在镇上卖凉粉，手被烫伤，{FS}嬢嬢陪她来的。\n",
            "阿{PS}（{P}）在码头卸货扭了腰，老板{N}送来，电话{M}。\n",
            "{PS}伯（{P}），{AGE}岁，糖尿病足，家住{A0}，侄子{F}每周送他来换药。\n",
            "{PS}公今年八十七了，耳朵背，要大声讲；病人{P}，家属{F}，{M}\n",
            "{FS}婶（{F}）是{P}的邻居，帮忙叫的救护车，电话{M}。\n",
            "{PS}嬷（{P}）血糖控制差，孙子{N}说阿嬷偷吃甜粿；住{A0}\n",
            "{DS}老师（{DR}）今天带教，实习生{N}、{N}跟诊，患者{P}。\n",
            "{PS}大爷（{P}）在河边钓鱼摔了一跤，左腕骨折，老伴{F}陪同。\n",
            "{DS}医生，我是{P}的家属{F}，想问下手术排到哪天了？电话{M}\n",
            "{DS}主任查房：{P}术后第2天，引流{DUR}拔除，{DR}主任签字。\n",
            "{DS}护士长通知：{N}、{N}本周轮转急诊科；{DR}护士长签发。\n",
            "{DS}院长带队到{A0}义诊，为{P}、{N}等40余人测血糖。\n",
            "{PG}，你的片子我看了，没得事，回去多休息。——{DS}医生（患者{P}）\n",
            "{P}（屋头喊她{PG}）今天出院，女婿{F}来接，电话{M}。\n",
            "{PG}啊，明天记得空腹来抽血哈。患者{P}，住院号{R}\n",
            "{PK}（大名{P}）{AGE}岁，爬树掏鸟窝摔下来，奶奶{F}背来的，住{A0}\n",
            "患儿{P}，小名{PK}，{NB}生，疱疹性咽峡炎，幼儿园保健老师{N}通知家长{F}。\n",
            "{PK}他妈{F}打电话{M}来问，娃娃烧退没得。\n",
            "{P}家的娃今天打疫苗，出生日期{NB}，接种护士{N}。\n",
            "{P}之子，{NB}生，新生儿黄疸，蓝光治疗中；父亲电话{M}\n",
            "{F}之女{P}，{AGE}岁，由外婆{N}带来就诊。\n",
            "{FS}姐（{F}）帮{P}代缴了住院押金，收据抬头写{P}。\n",
            "{PS}哥，你的化验单在三楼窗口取，报身份证号{ID}就行。\n",
            "Dr {DS} saw {P} in clinic; wife {F} translated. Follow-up in 2 weeks.\n",
            // Names straight after department, role or verb words, and in lists.
            "急诊科{DR}请烧伤科{N}会诊，ICU{N}到场评估，患者{P}拟转入监护室。\n",
            "今日值班：内一科{N} 外一科{N} 妇产科{N} 儿科{N} 总值班{DR}\n",
            "轮机长{N}、大副{N}陪同船员{P}来院就诊。\n",
            "联系{F}未接，转告{N}后由{N}签字。\n",
            "表扬：{N}/{N}/{N}；批评：{N}。——护理部\n",
            "感谢信：感谢心内科{DR}医生和护士{N}、{N}对我母亲{P}的照顾！家属{F}\n",
            "志愿者{N} {N} {N}今日在门诊导诊，督导{N}。\n",
            "救援队员\n{N}\n{N}\n{N}\n队长 {N} {M}\n",
            "见证人{N}、{N}在场，{P}按手印确认。\n",
            "通知{P}家属速来医院，联系{F}不通，改联系{N} {M}\n",
            "院感科{N}督查发现{DEPT}{N}未规范手卫生。\n",
            "药剂科{N}、信息科{N}、医务科{DR}参会讨论互联网医院处方流转。\n",
            // Identifiers in further positions and forms.
            "{P}\n{ID}\n{L}\n{A0}\n",
            "身份证号码是{ID}那个病人，叫{P}，已经出院了。\n",
            "联系方式：本人{M}；家里座机{L}；女儿{F} {M}\n",
            "住院病案首页（节选）\n病案号 {R}  医保号 {I}\n姓名 {P}  出生 {DOB}  年龄 {AGE}岁\n现住址 {A}\n工作单位：雅岷市蜀香调味品厂\n联系人 {F"
                    + "}  电话 {M}\n",
            "城乡居民医保续保登记（雅岷市）：{P}，身份证{ID}，医保号{I}，扣款银行卡{B}，户籍{A}\n",
            "退费申请：患者{P}，住院号{R}，退款至{B}，开户人{F}（{KIN}），电话{M}\n",
            "出院结算：{P}，住院号{R}，医保{I}，统筹支付12,306.80元，个人支付2,114.20元。\n",
            "患者{P}（生日{DOB}，证件号{ID}），{D}由急诊收入院，时年{AGE}岁。\n",
            "户口簿：户主{F}，与户主关系{KIN}，{P}，出生{DOB}，住址{A}\n",
            "医保异地备案：{P}，参保地重庆市，就医地海南省海口市，医保号{I}，备案电话{M}\n",
            "新农合老证号换发：{P}，旧身份证{ID}，新医保号{I}\n",
            "医疗救助金发放：{P}，银行卡{B}，经办{N}；咨询拨打12345。\n",
            "门诊号{R}，{P}，出生于{DOB}，现住{A}，电话{L}\n",
            // Decoys: foods, teas, places, hotlines, bed, exam, specimen, order and batch numbers, drugs, surname-initial words.
            "{P}平时爱吃郫县豆瓣和涪陵榨菜，血压{BP}，嘱低盐饮食；门诊号{R}\n",
            "{P}自述吃了文昌鸡和兴隆咖啡后胃痛，既往无代谢性疾病，{DS}医生接诊。\n",
            "{P}是安溪铁观音茶农，连续三天头晕，{TIME}来诊，抢救1床，{DR}已知晓。\n",
            "{P}，{AGE}岁，乙肝表面抗原阳性，艾灸后局部烫伤；医嘱号YZ-0918-502，检查号DR2405-117。\n",
            "{P}咨询医保报销，已告知拨打12320卫生热线，另可拨打12345政务热线，急症请拨打120。\n",
            "{P}危重，予利尿剂、鲜血浆输注，但是尿量仍少；住院号{R}，家属{F}\n",
            "{P}在凉山州打工时被犬咬伤，狂犬病疫苗批号240512B，住{A0}。\n",
            "{P}，年龄：45（患者自述），工号CQ1207的护士{N}为其测血压{BP}。\n",
            "{P}带来汉源花椒送给{DR}医生，被婉拒；住院号{R}\n",
            "{P}，{AGE}岁，参保地重庆市，在雅岷医科大学附属医院住院，医保号{I}。\n",
            "{P}的标本BX0918-33送检，检验条码不录入；{N}签收。\n",
            "{P}，67岁，出生体重不详，{D}因跌倒入院，身份证{ID}。\n",
            "Patient {E}, 67 years old, bed 12, specimen BX0918-33, order YZ-0918-502; seen by Dr {ES}."
                    + "\n",
            "{P}，季德胜蛇药片外敷，美沙酮口服液维持中，配偶{F}知情。\n",
            // English and mostly Latin-script.
            "Discharge summary: {E}, DOB {DOBE}, admitted with dengue fever, platelets nadir 28. GP {ES"
                    + "}. Address {A}.\n",
            "Returned overseas Chinese: {E} (Chinese name {P}), born {DOBE} in Medan, now living in {A0"
                    + "}. Daughter {E2}, phone {M}.\n",
            "Referral letter: Dear Dr {ES}, I am referring {E}, a fisherman with a non-healing foot ulc"
                    + "er. Regards, {EG}.\n",
            "Occupational health: {E}, canteen cook, ID {ID}, health certificate issued. Examiner {E2}."
                    + "\n",
            "Trial consent witness: {E}; participant {PY}; investigator {EG}; date signed 18/09.\n",
            "Insurance claim: insured {E}, policy holder {E2}, refund card {B}, claim LP2024091800317.\n",
            "Transplant coordination: donor family contact {E}, phone {M}; OPO coordinator {EG}.\n",
            "Tourist clinic Sanya: {E}, DOB {DOBE}, jellyfish sting, treated with vinegar. Tour guide {"
                    + "E2}, {M}.\n",
            "Home visit: nurse {EG} changed the PEG tube for {E} at {A}.\n",
            "Methadone transfer: client {PY}, DOB {DOBC}, from Chengdu to Xichang. Contact {L}.\n",
            "Oral screening referral: {PY}, betel quid 20 years, DOB {DOBE}, ID {ID}. Dr {ES}.\n",
            "Earthquake missing-person match: {E} identified by brother {E2}; contact {M}.\n",
            "Snakebite follow-up: {E}, day 3, swelling subsiding; physician {EG}.\n",
            // Minority patients: Liangshan Yi, Vietnamese brides of the border, Aba Tibetans.
            "{MN}（彝族），{AGE}岁，火把节期间摔伤，{KIN}{F}翻译，电话{M}\n",
            "彝族产妇{MN}，{NB}顺产一女，丈夫{F}在外打工，电话{M}；乡卫生院助产士{N}\n",
            "{MN}，越南籍，嫁到{A0}八年，孕检时由丈夫{F}陪同，身份证明为外国人居留证。\n",
            "藏族牧民{MN}，出生日期{DOB}，高原红细胞增多症，住院号{R}，翻译{N}\n",
            "凉山州学生体检：{MN}，身份证{ID}，结核菌素试验强阳性，班主任{N}\n",
            "Ward note: {MN}, Yi woman, {AGE} y, TB on treatment. Interpreter {E}.\n",
            "{MN}家里三个娃娃都没打疫苗，乡村医生{N}上门补种，住{A}\n",
            "敬老院五保对象体检：{P}、{N}、{MN}血压偏高；敬老院院长{N}，电话{L}\n",
            // Rural clinics and county hospitals across the consortium.
            "乡村医生巡诊：{A0}，{P}高血压随访，血压{BP}；{N}糖尿病随访；巡诊医生{N}\n",
            "场镇诊所就诊：{P}，{AGE}岁，赶场时中暑，体温{TEMP}，诊所医生{N}，住{A}\n",
            "{P}（棒棒，{AGE}岁）在解放碑扛货扭伤腰，工友{N}送来，电话{M}\n",
            "重庆火锅店员工烫伤：{P}，右手浅Ⅱ度烫伤，店长{N}，{M}\n",
            "台风过后外伤登记：{P}被吹落的椰子砸伤头部，住{A0}，家属{F}，{M}\n",
            "海南登革热病例：{P}，{AGE}岁，NS1阳性，住{A}，报告医生{DR}，疾控{N}\n",
            "溺水抢救：{P}，{AGE}岁，在江里游泳溺水，路人{N}救起，心肺复苏后送医；家属{F}\n",
            "非洲务工归国人员疟疾：{P}，身份证{ID}，自尼日利亚回国{DUR}，发热{TEMP}；疾控{N} {L}\n",
            "残疾评定：{P}，身份证{ID}，肢体残疾三级，评定医生{DR}，申请人{F}\n",
            "扶贫健康档案：{P}，{DOB}生，脱贫户，家住{A}，家庭医生{N}，帮扶干部{N} {M}\n",
            "结核病督导服药：{P}，利福平+异烟肼，督导员{N}每日视频，患者电话{M}\n",
            "狂犬病暴露处置：{P}被邻居家狗咬伤，Ⅲ级暴露，犬主{N}，电话{M}\n",
            "孕产妇高危管理：{P}，孕32周，妊娠期高血压，丈夫{F}，{M}，住{A}；负责医生{DR}\n",
            "高原反应就诊：{P}到九寨沟旅游后头痛、气促，SpO2 84%，同行{N}\n",
            "学校晨检：{N}（{NB}）发热{TEMP}，校医{N}通知家长{F} {M}\n",
            "产后访视：{P}，产后第7天，新生儿{P}之子体重3.6kg；访视人{N}\n",
            // Chongqing and Fujian city addresses, bank cards and landlines in more positions.
            "家属{F}（{M}）要求将病历寄到{A}。\n",
            "收件地址：{A}\n收件人：{P}\n电话：{L}\n",
            "银行卡{B}（{P}）已收到医疗救助款。\n",
            "开户名{P}，开户行中国农业银行雅岷分行，卡号{B}\n",
            "固定电话{L}，手机{M}，患者{P}。\n",
            "{L}是{P}家座机，打不通就打{M}。\n",
            "{A0}的{P}，昨晚突发胸痛。\n",
            "住在{A}的{P}今天没来透析，透析号不录入，{N}已电话{M}联系。\n",
            "{P}，医保号{I}，在重庆办理异地就医直接结算。\n",
            "{P}的身份证{ID}与医保{I}信息不一致，请{N}核对。\n",
            "出生{DOB}的{P}今日办理慢特病申请，经办{N}。\n",
            // Mixed names with English given names, and more pinyin.
            "科室群\n{MX}：@{N} 明天{P}的手术记得签字\n{N}：收到\n",
            "{MX}（国际医疗部）：外籍患者{E}已到，翻译{N}，电话{L}\n",
            "返聘护士{MX}负责海员体检预约，电话{M}。\n",
            "医疗旅游客户经理{MX}陪同{PY}办理入院，住院号{R}。\n",
            "医联体例会：出席{MX}、{DR}、{N}；记录{MX}。\n",
            "Team huddle: {MX}, {E} and {EG} reviewed the crush-injury list.\n",
            "机票信息：旅客 {PY}，航班 HU7281，海口—成都，陪同 {N}\n",
            "护照信息页：姓名 {PY}  出生日期 {DOBE}  陪同家属 {F}\n",
            // Hakka, Minnan and Li villages.
            "客家围屋义诊：{P}，{AGE}岁，{FS}伯和{N}一起来测血压；住{A0}\n",
            "闽南渔村：{P}出海回来后胸闷，{KIN}{F}带他来卫生院，{M}\n",
            "黎族村寨卫生室：{P}，疟疾复查阴性，住{A}，村医{N}\n",
            "{P}是{A0}的黎族老阿婆，织锦时手指刺伤，孙女{F}陪同。\n",
            "壮族三月三活动中烫伤：{P}，{AGE}岁，家住{A}，村医{N}初步处理。\n",
            "瑶族山区巡诊：{P}，孕晚期，未建卡，{N}动员住院分娩，丈夫{F}，{M}\n",
            // More English: crew medicals, tourism, chat, exports.
            "Pre-sea medical: {E}, DOB {DOBE}, colour vision normal, fit without restriction. Manning a"
                    + "gent {E2}, {L}.\n",
            "Fishing vessel crew roster: skipper {PY}; crew {E}, {E2}. Emergency contact {M}.\n",
            "Chat log\n{E}: hi doctor, my father {P} is vomiting after eating wild mushrooms\nDr {ES}: "
                    + "bring him to A&E now\n",
            "Invoice no. MT-2024-0918\nBill to: {E}\nAddress: {A}\nItems: PET-CT, consultation\nPaid by"
                    + " card {B}\n",
            "Delivery note: parcel for {PY}, tel {M}, rider {EG}.\n",
            "Health certificate (food handler): {E}, ID {ID}, valid 1 year. Issued by {EG}.\n",
            "Rehab note: {E}, post-stroke, walked 40 m with a quad cane. PT {E2}. Next session with {EG"
                    + "}.\n",
            "Organ donation: brain death confirmed; next of kin {E} ({M}); coordinator {EG}.\n",
            "Antiretroviral clinic (Xichang): {PY}, viral load undetectable, next refill in 3 months. P"
                    + "eer worker {EG}.\n",
            "Flood shelter list: {E}, {E2}, {PY}. Shelter lead {EG}, phone {M}.\n",
            // More forms of address, nicknames and OCR'd names.
            "{FS}嬢嬢（{F}）每天来给{P}送饭，她说{P}小时候叫{PK}。\n",
            "{FS}公（{F}）是{P}的外公，耳背，联系请打{L}。\n",
            "阿{FS}（{F}）帮{P}去药房拿药，电话{M}。\n",
            "{PK}在村里放牛，被蛇咬了，他爷爷{F}送来。学名{P}\n",
            "[OCR] 体检表\n受检者：{PO}\n出生日期：{DOB}\n联系电话：{M}\n",
            "[OCR] 理赔申请书 被保险人 {PO} 医保号 {I} 收款卡号 {B}\n",
            "[语音转文字] 护士 那个{PK} 就是{P} 他妈妈{F}说今天下午来接他出院\n",
            "[语音转文字] {FS}婶说她家那口子{F}昨天晚上喝了酒摔了 我是{N} 电话{M}\n",
            "[語音轉文字] 唔该{DS}医生 我阿嫲{P}个药食完喇 住{A0}\n",
            "【雅岷医大附院】{PS}大爷您好，您的核酸检测报告已出，如有疑问请致电{L}。\n");

    // Sichuan-basin and Chongqing (税 鲜 代 但 先 旷 艾 阳 刁), Hakka (丘 利 凤), Minnan (翁 辜 连 危), Zhuang (闭 磨 零 宾 容),
    // Yao (盘 奉), Li (吉 羊), 燕 and 荣: older rural, middle-aged, young and recent cohorts; two-character names;
    // word-like names; compound surnames.
    private static final List<String> CHINESE = List.of((
            "税长贵 鲜德发 代素芬 但德全 先碧华 旷树林 艾淑贞 阳幺娃 刁永福 税碧琼 鲜素琼 代福全 但二妹 先光碧 "
            + "旷翠莲 艾德明 阳桂芝 刁秀琼 丘添福 丘带娣 利远嫦 利石养 凤来娣 翁罔市 辜招治 连秀绢 危水仙 翁乌番 "
            + "连阿蔥 辜清河 闭良才 闭金凤 磨美玉 零桂兰 宾玉娟 容日新 盘金妹 盘石保 奉贵妹 奉有才 吉亚娇 羊文光 "
            + "吉才贵 羊亚明 吉秀花 燕德芳 荣兆坤 凤细娇 "
            + "税建川 鲜渝生 代蜀华 但红梅 先卫星 旷志刚 艾国庆 阳建蓉 刁学兵 税晓蓉 鲜光辉 代永川 但小琴 先红英 "
            + "丘伟权 利振雄 翁清辉 辜美珠 连志坚 危建闽 闭春燕 磨海洋 零文锋 宾桂芳 容少华 盘志刚 奉秋菊 吉海峰 "
            + "羊春花 燕小红 荣建邦 "
            + "税梓涵 鲜沐橙 代一珂 阳瑾萱 旷子骞 艾泽宇 税诗雨 刁若汐 丘梓铭 利欣彤 翁子琪 连泳铭 辜雅婷 危语桐 "
            + "闭梓琳 磨俊宇 宾思彤 盘欣怡 奉佳乐 吉雨萱 羊梓豪 燕晨希 荣亦菲 先沐阳 但锦程 代浩宇 鲜芷晴 艾米粒 "
            + "代琼 鲜蓉 翁湛 连瀚 阳骁 艾蕤 刁珏 丘樾 危苒 闭韬 盘瑶 羊芊 "
            + "阳光 连翘 艾叶 旷野 "
            + "完颜秀芝 完颜立新 巫马德坤 巫马思远 梁丘婉秋 梁丘彬 乐正淳 乐正启明").split(" "));
    /** The pool names that are also ordinary words: 阳光 sunshine, 连翘 forsythia, 艾叶 mugwort leaf, 旷野 wilderness. */
    static final List<String> WORD_LIKE = List.of("阳光", "连翘", "艾叶", "旷野");
    private static final List<String> COMPOUND_SURNAMES = List.of("完颜", "巫马", "梁丘", "乐正");
    // Liangshan Yi names (clan name and given name, no dot), Vietnamese brides of the Guangxi border, Aba Tibetans.
    private static final List<String> MINORITY = List.of((
            "阿苏日呷 吉克阿呷 沙马拉则 曲比阿支 阿的日哈 拉马伍沙 吉克伍果 沙马尔古 阿牛尔呷 海来尔且 俄底伍呷 "
            + "马海阿妞 阿说五斤 吉吉尔日 瓦扎木基 勒尔拉哈 阿西阿依 "
            + "阮氏秋姮 范氏垂庄 黎氏碧玉 武氏红绒 "
            + "斯郎泽仁 泽让娜姆 更登尼玛 夺吉卓玛").split(" "));
    /** Nicknames, labelled as names: Sichuan 娃, Minnan 囝 and 仔, Hakka 牯. */
    private static final List<String> NICKNAMES = List.of("二娃子", "幺妹儿", "狗娃儿", "铁蛋娃", "猴囝", "憨仔", "细牯子",
            "石头娃", "胖墩儿", "阿弟牯");
    // given|family: returned overseas Chinese of Indonesia, Malaysia, Thailand and Vietnam; Filipino, Indonesian,
    // Burmese, Ukrainian and Pacific seafarers; Russian, Lao, Cambodian and Timorese medical tourists; volunteers.
    private static final List<String> ENGLISH = List.of("Hendrawan|Tjiptadi", "Lanny|Setiabudi",
            "Yohanes|Gunadharma", "Chee Keong|Liew", "Siew Ling|Chuah", "Boon Keat|Ooi", "Somsak|Sae-Tang",
            "Wanida|Sae-Lim", "Van Thanh|Luong", "Thi Lan|Quach", "Rodel|Manalastas", "Jerwin|Buenaflor",
            "Reymart|Sumague", "Bambang|Wicaksono", "Kyaw Zin|Htoo", "Mykola|Savchyshyn", "Bohdan|Ostapchuk",
            "Vsevolod|Rudnev", "Snezhana|Gorbunova", "Khamsing|Sisouphanh", "Sopheap|Keo", "Januario|Ximenes",
            "Josaia|Vakaloloma", "Siosaia|Taufahema", "Mohd Hafiz|Jamaluddin", "Morwenna|Ellacott", "Caradoc|Birchgrove",
            "Marama|Tautahi", "Dwayne|Hatherleigh", "Analyn|Sarmiento", "Tjhin|Kurniadi", "Kahurangi|Tuhiwai");
    /** English given name|Chinese surname|its Minnan, Hakka, Cantonese or pinyin spelling. */
    private static final List<String> MIXED = List.of("Wilbur|翁|Ong", "Shirlene|辜|Koo", "Barnabas|连|Lian",
            "Clement|危|Gui", "Cordelia|阳|Yang", "Dorcas|代|Dai", "Lucinda|鲜|Xian", "Priscilla|宾|Bin",
            "Jocelyn|丘|Hiew", "Evangeline|利|Lee");
    /** Family|first syllable|second syllable of people written in pinyin only. */
    private static final List<String> PINYIN = List.of("Shui|Chang|Gui", "Xian|De|Bi", "Dai|Su|Fen",
            "Dan|Shi|Rong", "Kuang|Shu|Lin", "Ai|Yu|Zhen", "Weng|Qing|Hui", "Lian|Xiu|Juan", "Gu|Zhao|Zhi",
            "Qiu|Tian|Fu", "Diao|Jian|Rong", "Li|Yuan|Chang", "Wei|Ming|Kun", "Pan|Jin|Mei", "Ji|Ya|Jiao",
            "Bi|Liang|Cai", "Yang|Wen|Guang", "Feng|Lai|Di");
    /** Sichuan, Chongqing, Guangxi, Hainan and Fujian counties and districts. */
    private static final List<String> AREA = List.of("510117", "511321", "513431", "513401", "513223", "510681",
            "510521", "500102", "500243", "500101", "450126", "451221", "451228", "450226", "450881", "469005",
            "469025", "469028", "350582", "350524", "350624", "350981", "350825");
    /** The areas whose codes were already issued with 15-digit numbers: not 郫都区 (2016), not Chongqing or Hainan. */
    private static final List<String> LEGACY_AREA = AREA.stream()
            .filter(a -> !a.equals("510117") && !a.startsWith("50") && !a.startsWith("46")).toList();
    /** Area code and length of the local number. */
    private static final List<String> LANDLINE_AREAS = List.of("028|8", "023|8", "0771|7", "0898|8", "0591|8",
            "0595|8", "0834|7", "0778|7", "0817|7");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622188", "623190", "621449", "622682");
    /** Province (empty for Chongqing)|city|districts and streets. */
    private static final List<String> CITY_STREETS = List.of("四川省|成都市|武侯区浆洗街,锦江区东大街,金牛区蜀汉路",
            "|重庆市|渝中区中山三路,江北区建新北路,南岸区南坪正街", "广西壮族自治区|南宁市|青秀区民族大道,兴宁区朝阳路",
            "海南省|海口市|龙华区金贸西路,美兰区海府路", "福建省|福州市|鼓楼区五四路,台江区八一七中路",
            "福建省|泉州市|鲤城区中山中路,丰泽区田安路");
    private static final List<String> ESTATES = List.of("锦绣天府", "嘉陵花园", "椰风小区", "榕荫新村", "望江苑");
    /** County towns: 场镇 streets. */
    private static final List<String> TOWN_STREETS = List.of("四川省|南充市南部县|建兴镇场镇正街,升钟镇场镇新街",
            "|重庆市彭水苗族土家族自治县|郁山镇中井街", "四川省|雅安市汉源县|清溪镇场镇老街");
    /** Province|county and township|villages|the kind of hamlet or house unit they use. */
    private static final List<String> VILLAGES = List.of("四川省|南充市南部县大桥镇|石龙村,白鹤村|社",
            "四川省|凉山彝族自治州昭觉县竹核乡|木渣洛村,尔古村|组", "|重庆市云阳县凤鸣镇|黎明村,大梁村|组",
            "广西壮族自治区|河池市都安瑶族自治县下坳镇|加文村,拉烈村|屯",
            "广西壮族自治区|柳州市三江侗族自治县林溪镇|程阳村,高友村|寨",
            "海南省|文昌市会文镇|冠南村委会,白延村委会|坡", "福建省|泉州市安溪县西坪镇|松岩村,南岩村|号");
    private static final List<String> TUN = List.of("弄谷屯", "那坡屯", "板烈屯");
    private static final List<String> ZHAI = List.of("马鞍寨", "平寨", "岩寨");
    private static final List<String> PO = List.of("椰子坡", "田头坡", "山尾村");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";

    private Blind21Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_21 || !templates.isEmpty() && BLIND_21.containsAll(templates);
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

    /** The given name: 秀芝 of 完颜秀芝, 长贵 of 税长贵. */
    static String givenNameOf(String chineseName) {
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a one-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /** The name as OCR reads it off a form: broken by a line break, a blank or an ideographic blank. */
    static String scannedName(String chineseName, RandomGenerator r) {
        String surname = surnameOf(chineseName), given = givenNameOf(chineseName);
        return switch (r.nextInt(4)) {
            case 0 -> surname + "\n" + given;
            case 1 -> surname + " " + given;
            case 2 -> surname + "\u3000" + given;
            default -> String.join(" ", chineseName.split(""));
        };
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        return w.matches("[^ \n\u3000]+([ \n\u3000][^ \n\u3000]+)+") && CHINESE.contains(w.replaceAll("[ \n\u3000]", ""));
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

    /** An English given name with a Chinese surname: Wilbur 翁, 翁Wilbur or Wilbur Ong. */
    static String mixedName(RandomGenerator r) {
        List<String> forms = mixedForms(pick(MIXED, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> mixedForms(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[0] + " " + p[1], p[1] + p[0], p[0] + " " + p[2]);
    }

    /** A pinyin name as passports and bookings write it: SHUI CHANGGUI, SHUI, CHANGGUI, Shui Changgui, Changgui Shui, SHUI/CHANGGUI. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> pinyinForms(String entry) {
        String[] p = entry.split("\\|");
        String f = p[0], given = p[1] + p[2].toLowerCase();
        String fu = f.toUpperCase(), gu = given.toUpperCase();
        return List.of(fu + " " + gu, fu + ", " + gu, f + " " + given, given + " " + f, fu + "/" + gu);
    }

    /** A pinyin name as an HL7 segment writes it: SHUI^CHANGGUI. */
    static String hl7Name(RandomGenerator r) {
        return hl7Form(pick(PINYIN, r));
    }

    static String hl7Form(String entry) {
        String[] p = entry.split("\\|");
        return (p[0] + "^" + p[1] + p[2]).toUpperCase();
    }

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        String first17 = pick(AREA, r) + String.format("%04d%02d%02d", 1936 + r.nextInt(85), 1 + r.nextInt(12),
                1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
        return first17 + Checksums.residentIdCheck(first17);
    }

    /** A first-generation 15-digit number: area, yymmdd (born 1936 to 1999), three digits. */
    static String legacyId(RandomGenerator r) {
        return pick(LEGACY_AREA, r) + String.format("%02d%02d%02d", 36 + r.nextInt(64), 1 + r.nextInt(12),
                1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
    }

    /** A resident identity number: plain, lower-case x, 6 8 4 by blanks, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> legacyId(r);
            case 1, 2 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 3, 4 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mobile: plain, 139 1234 5678, +86-13912345678, 0086 139 1234 5678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3578".charAt(r.nextInt(4)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(7)) {
            case 0 -> a + " " + b + " " + c;
            case 1 -> "+86-" + n;
            case 2 -> "0086 " + a + " " + b + " " + c;
            default -> n;
        };
    }

    /** A landline: 028-85412345, （023）63456789, 0898 66123456, 0771-5812345-8023. */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        return switch (r.nextInt(5)) {
            case 0 -> "（" + area + "）" + local;
            case 1 -> area + " " + local;
            case 2 -> area + "-" + local + "-" + digits(3 + r.nextInt(2), r);
            default -> area + "-" + local;
        };
    }

    /** RY2024/015623, YMFY00123456, WJ0123456-03, HLW and ten digits. */
    static String recordNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "RY" + (2016 + r.nextInt(10)) + "/" + digits(6, r);
            case 1 -> "YMFY" + digits(8, r);
            case 2 -> "WJ" + digits(7, r) + "-" + String.format("%02d", 1 + r.nextInt(40));
            default -> "HLW" + digits(10, r);
        };
    }

    /** Chengdu CDYB, Chongqing CQ-500-, Guangxi residents GX45R, Hainan HI46-, Fujian MB35. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "CDYB" + digits(10, r);
            case 1 -> "CQ-500-" + digits(9, r);
            case 2 -> "GX45R" + digits(10, r);
            case 3 -> "HI46-" + digits(10, r);
            default -> "MB35" + digits(11, r);
        };
    }

    /** A bank card, 16 or 19 digits with a valid Luhn digit: plain, fours by blanks, or the six-digit BIN apart. */
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
     * An address: city streets with 号 and an estate with 栋/单元/楼/号 (Chongqing: 附n号 and a floor-room n-n), 场镇
     * streets with 号, villages with a 社, a 组, a 屯, a 寨, a 坡 or a house number; {@code partial} may stop at the
     * village or the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            List<String> towns = r.nextBoolean() ? VILLAGES : r.nextBoolean() ? CITY_STREETS : TOWN_STREETS;
            return place(pick(towns, r).split("\\|"), withProvince, r);
        }
        return switch (r.nextInt(5)) {
            case 0, 1 -> {
                String[] t = pick(CITY_STREETS, r).split("\\|");
                String street = place(t, withProvince, r) + (1 + r.nextInt(300)) + "号";
                if (t[1].equals("重庆市")) {
                    yield street + (r.nextBoolean() ? "附" + (1 + r.nextInt(9)) + "号" : "") + (2 + r.nextInt(30)) + "-"
                            + (1 + r.nextInt(8));
                }
                yield street + (r.nextInt(4) > 0 ? pick(ESTATES, r) + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(4))
                        + "单元" + (1 + r.nextInt(30)) + "楼" + (1 + r.nextInt(6)) + "号" : "");
            }
            case 2 -> place(pick(TOWN_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(200)) + "号";
            default -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String village = place(t, withProvince, r);
                yield village + switch (t[3]) {
                    case "社" -> (1 + r.nextInt(9)) + "社" + (r.nextBoolean() ? (1 + r.nextInt(60)) + "号" : "");
                    case "组" -> (r.nextBoolean() ? chineseNumber(1 + r.nextInt(12)) : String.valueOf(1 + r.nextInt(12)))
                            + "组" + (r.nextBoolean() ? (1 + r.nextInt(60)) + "号" : "");
                    case "屯" -> pick(TUN, r) + (r.nextBoolean() ? (1 + r.nextInt(40)) + "号" : "");
                    case "寨" -> pick(ZHAI, r) + (r.nextBoolean() ? (1 + r.nextInt(40)) + "号" : "");
                    case "坡" -> pick(PO, r) + (r.nextBoolean() ? (1 + r.nextInt(40)) + "号" : "");
                    default -> (1 + r.nextInt(300)) + "号";
                };
            }
        };
    }

    /** Province (when asked and there is one), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        String[] places = t[2].split(",");
        return (withProvince ? t[0] : "") + t[1] + places[r.nextInt(places.length)];
    }

    /**
     * A date of birth, 1936 to 2007: 1962年3月8日, 1962年03月08日, 1962-3-8, 1962.03.08, 一九六二年三月八日, 1962年3月8号,
     * 19620308.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1936 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d年%02d月%02d日", y, m, d);
            case 2 -> y + "-" + m + "-" + d;
            case 3 -> String.format("%d.%02d.%02d", y, m, d);
            case 4 -> chineseYear(y) + "年" + chineseNumber(m) + "月" + chineseNumber(d) + "日";
            case 5 -> y + "年" + m + "月" + d + "号";
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** A date of birth as exports write it: 19620308. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1936 + r.nextInt(72), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An English date of birth: 8th March 1962, 08 MAR 1962, Mar. 8, 1962, 1962/03/08. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1936 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> d + ordinal(d) + " " + month + " " + y;
            case 1 -> String.format("%02d %s %d", d, month.substring(0, 3).toUpperCase(), y);
            case 2 -> month.substring(0, 3) + ". " + d + ", " + y;
            default -> String.format("%d/%02d/%02d", y, m, d);
        };
    }

    private static String ordinal(int d) {
        return d % 10 == 1 && d != 11 ? "st" : d % 10 == 2 && d != 12 ? "nd" : d % 10 == 3 && d != 13 ? "rd" : "th";
    }

    /** A child's date of birth, 2016 to 2025: 2021年5月7日, 2021-5-7, 2021.05.07, 20210507. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2016 + r.nextInt(10), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> y + "-" + m + "-" + d;
            case 2 -> String.format("%d.%02d.%02d", y, m, d);
            default -> String.format("%d%02d%02d", y, m, d);
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
        return CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w) || isScannedName(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w))
                || mixedOf(w) != null || MIXED.stream().anyMatch(n -> given(n).equals(w)) || pinyinOf(w) != null;
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) {
            return w;
        }
        if (isScannedName(w)) {
            return w.replaceAll("[ \n\u3000]", "");
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    /** The pinyin pool entry a value writes (in a passport, booking or HL7 form), or null. */
    static String pinyinOf(String w) {
        return PINYIN.stream().filter(n -> pinyinForms(n).contains(w) || hl7Form(n).equals(w)).findFirst()
                .orElse(null);
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

    /** Every way {@link #pinyinName} and {@link #hl7Name} write the pool's names. */
    static Stream<String> pinyinWritten() {
        return PINYIN.stream().flatMap(n -> {
            List<String> forms = new ArrayList<>(pinyinForms(n));
            forms.add(hl7Form(n));
            return forms.stream();
        });
    }

    /** Every way {@link #mixedName} writes the pool's names. */
    static Stream<String> mixedWritten() {
        return MIXED.stream().flatMap(n -> mixedForms(n).stream());
    }

    static Stream<String> mixedGivenNames() {
        return MIXED.stream().map(Blind21Templates::given);
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind21Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind21Templates::given);
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
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(random), EntityKind.NAME);
            case "PH" -> out.write(hl7Name(random), EntityKind.NAME);
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
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

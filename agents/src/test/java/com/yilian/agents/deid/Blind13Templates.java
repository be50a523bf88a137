package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.chineseYear;
import static com.yilian.agents.deid.IdentifierForms.chineseNumber;

/**
 * Thirteenth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists, the older groups' sentences or the development templates, in the template language of
 * {@link ClinicalTextGenerator}. To be measured once, with the rules and the model frozen, on seed {@link #SEED}
 * (select it in {@link DeidDevelopmentProbe} as {@code BLIND_13}); a rule changed, or a model retrained, because of
 * its errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: genres the earlier groups did not centre on, all of a regional medical consortium and its clinics —
 * obstetrics and delivery-room records (产程记录, 分娩记录, 产房交班, 陪产登记, 产后出血抢救), neonatal ICU admission and
 * nursing notes, paediatric emergency triage, surgery and anaesthesia (手术记录, 麻醉记录单, 手术安全核查表, 术前访视,
 * 术后镇痛随访), ICU flow sheets and CRRT orders, infection control and outbreak investigation (流调报告 with contacts,
 * 密接 lists, 院感监测, 手卫生督查), occupational exposure of staff (锐器伤), village doctors' (村医) daily logs, night
 * calls and 巡诊 in rural south-western dialect (脑壳昏, 莫得, 咋个, 娃儿), traditional Chinese medicine notes with
 * pulse and tongue, acupuncture and decoction slips, company group check-ups (团检名单) at a physical-examination
 * centre, medical-dispute and complaint follow-ups, 12345 and CDC hotline transcripts, OCR of handwritten forms whose
 * non-PHI words carry misreadings (O for 0, l for 1: 床号 l2, 血压 l42/9O; the PHI values stay well-formed), dictation
 * transcripts without punctuation, short mixed Chinese-English notes (pt …, s/p, POD2, f/u) and about a tenth in
 * English (operative note, outbreak contact list, needlestick report, ward e-mail, complaint log, antenatal card).
 *
 * <p>Labelling (as in {@link Blind12Templates}). Every person's name is PHI: patients, mothers, newborns, relatives,
 * companions, guardians, contacts, complainants, callers, and staff (surgeons, anaesthetists, midwives, nurses, village
 * doctors, TCM physicians, infection-control officers, hotline agents, mediators, HR contacts), in Chinese, minority,
 * English or pinyin form. A surname used as a form of address (X姐, X老汉, X婆婆, X女士, X先生, X医生, X主任, X老中医,
 * Dr. X) labels the surname only ({@code PS}, {@code FS}, {@code DS}); a given name used alone ({@code PG}) labels the
 * given name (a single-character given name is never used alone: {@code PG} then writes the full name); an English
 * given or family name alone ({@code EG}, {@code ES}) is labelled. A newborn written as {@code {P}之子} has no name of
 * its own: only the mother's name is labelled. Labelled identifiers: resident identity numbers ({@code ID}: plain,
 * lower-case x, grouped 6 8 4 or 6 4 4 4 by blanks), mobiles ({@code M}: plain, 138-1234-5678, 138 1234 5678,
 * +86(138)12345678, +86 13812345678), landlines ({@code L}: 0851-86712345, (0851)86712345, with an extension written
 * -8021, 转8021 or 分机8021, which belongs to the span), addresses ({@code A}, {@code A0}: rural 镇/乡/村/组, 苏木/嘎查,
 * 村委会 with a 村民小组, urban 小区/栋/单元/室, 号楼/门, 弄), record, inpatient, check-up and archive numbers with
 * prefixes and hyphens ({@code R}), insurance numbers in several provinces' styles ({@code I}), bank cards for
 * compensation and relief payments ({@code B}), dates of birth ({@code DOB}: 1956年3月7日, 1956.03.07, 56-3-7,
 * 一九五六年三月七日, 一九五六年三月, 1956/3/7, 19560307, 1956年3月, 1956-03-07 — at least year and month; English
 * {@code DOBE}: 07-Mar-1956, 7 March 1956, Mar 7, 1956, 07/03/1956; a child's or newborn's {@code NB}). The birth-date
 * span is the date only, without 生于 before it or 生, 出生 after it. Not labelled: dates of delivery (except as the
 * newborn's NB), operations, exposures, visits, calls, sampling and onset; times; ages; gestational ages; bed,
 * incubator, theatre and staff work numbers; sample, work-order and hotline agent codes ({@code CODE}); laboratory
 * and vital values; hospital, department, school, company and platform names. Decoys that look like names but are
 * not PHI: herbs and patent medicines (白头翁, 石斛, 柴胡, 黄芪, 高良姜, 马齿苋, 金银花, 益母草颗粒, 马应龙痔疮膏,
 * 季德胜蛇药片, 王老吉), pharmacies and brands named after people (胡庆余堂, 陈李济), eponyms (Apgar, Bishop评分,
 * Mallampati, Allen试验, 麦氏点/McBurney's point, 巴宾斯基征, 川崎病/Kawasaki disease, RASS/Richmond, Braden),
 * institutions, schools and streets named after people (Bethune ward, 宋庆龄幼儿园, 陶行知小学, 黄兴路分院; 张自忠路
 * and 黄兴路 also stand inside labelled addresses), and places (张掖, 石嘴山, 钟祥, 高邮).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind12Templates} nor among the names {@link SyntheticValues} can generate: several generations (淑慎, 耀祖,
 * 懋功 of the 1930s–50s; 卫红, 援越, 学锋, 胜男 of the 1950s–70s; 婧媛, 皓澜, 卓航 of the 1980s–90s; 沐宸, 若汐,
 * 语棠, 煜祺 of recent cohorts), rural names (铁蛋, 二妮, 栓宝, 满囤, 幺妹), Cantonese, Hakka, Minnan and Hong Kong /
 * Taiwan names, some in traditional characters (黃綺華, 鄭家豪, 簡淑芬), a Korean-Chinese name, rare single surnames
 * (禹, 晏, 栾, 邝, 鄢, 郜, 阙, 麦, 岑, 鞠, 隋, 仝, 敖, 滕, 粟, 邰, 昝, 桑, 苑, 靳, 祁, 仇, 解, 查, 区, 冉, 幸, 宦, 戈,
 * 玄), compound surnames (司徒, 慕容, 东方, 宇文, 呼延, 钟离, 闻人, 淳于, 澹台, 欧阳, 诸葛), married double surnames
 * (张黄丽卿); in the minority pool Uyghur, Kazakh, Tibetan, Mongolian, Yi, Miao and Dai names; in the English pool
 * English, Irish, French, Portuguese, Brazilian, Norwegian, Serbian, Finnish, Turkish, Azerbaijani, Indian, South
 * African, Tongan, Maori, Peruvian, Bolivian, Mexican, Italian, Japanese, Korean and Hong Kong names and pinyin. Only a few
 * ({@link #WORD_LIKE}, under a tenth) are also ordinary words. The generator draws patient, family member and doctor
 * from {@link #chineseName}, the minority person from {@link #minorityName}, {@code DS} from {@link #surnameOf} the
 * doctor. Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code PS}, {@code FS}, the surnames
 * of patient and family member; {@code PG}, the patient's given name; {@code EG}, {@code ES}, an English given or family
 * name alone; and the identifier slots above. Any non-empty subset of {@link #BLIND_13} uses these pools (see
 * {@link #uses}).
 */
final class Blind13Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261214L;

    static final List<String> BLIND_13 = List.of(
            // Obstetrics and the delivery room.
            "产程记录\n孕妇：{P}  住院号：{R}  G2P1 孕39+3周\n{TIME} 宫口开大4cm，胎心142次/分，羊水清\n"
                    + "{TIME} 宫口开全，先露+2，Bishop评分9分\n助产士：{N}  上级医师：{DR}\n",
            "分娩记录：产妇{P}，{AGE}岁，于{D} {TIME}经阴道分娩一活婴，{SEX}，体重3350g，Apgar评分1分钟9分、5分钟10分，"
                    + "会阴I度裂伤已缝合。接生者{N}，巡回{N}，新生儿科{DR}到场。\n",
            "出生信息登记\n母亲姓名：{P}  身份证：{ID}\n父亲姓名：{F}  电话：{M}\n新生儿出生日期：{NB}  出生地点：产房\n"
                    + "家庭住址：{A}\n登记人：{N}\n",
            "产房交班：3床{P}（{PS}姐）宫缩渐强，丈夫{F}在门外陪着，要求无痛分娩，已请麻醉科{DR}评估；益母草颗粒暂停。"
                    + "交班人{N}\n",
            "陪产人员登记\n产妇 | 陪产人 | 关系 | 联系电话 | 体温\n{P} | {F} | {KIN} | {M} | 36.5℃\n{N} | {N} | 丈夫 | {M} | 36.7℃\n",
            "产后出血抢救记录：{D} {TIME}产妇{P}胎盘娩出后出血约800ml，{DR}主任到场指挥，予缩宫素、卡前列素氨丁三醇，"
                    + "血库{N}送悬浮红细胞4U。家属{F}签字同意，{FS}先生情绪激动，保卫科已到场。\n",
            // Neonatal ICU.
            "NICU入院记录\n患儿：{P}之子  住院号：{R}  出生日期：{NB}\n胎龄31+2周，出生体重1450g，早产儿呼吸窘迫综合征\n"
                    + "母亲：{P}  父亲：{F}  联系电话：{M}\n经治医生：{DR}\n",
            "NICU护理记录 {TIME}\n暖箱5 | 患儿 {P} | 箱温32.5℃ | SpO2 93% | 胃管喂养母乳8ml q3h\n"
                    + "母亲{F}送来冷冻母乳2瓶，已登记。责任护士 {N}\n",
            "【新生儿科】{F}家长您好，宝宝{P}（住院号{R}）本周四14:00可探视，请携带本人身份证{ID}。\n",
            "新生儿听力复筛名单\n{P}  {NB}  左耳未通过  母亲{F} {M}\n{N}  {NB}  双耳通过  母亲{N} {M}\n筛查人：{N}\n",
            // Paediatric emergency triage.
            "儿科急诊预检分诊 {TIME}\n{P}，{SEX}，{AGE}岁，发热39.6℃伴抽搐1次，II级，直入抢救室\n陪诊：{KIN}{F} {M}\n"
                    + "分诊护士：{N}\n",
            "儿急诊交班：{P}（{PG}），热性惊厥已止，现嗜睡；奶奶说娃住{A0}，爸妈在外地打工，已电话{M}通知。值班{DR}，"
                    + "{DS}医生意见留观。\n",
            "误服登记：患儿{P}，{NB}生，宋庆龄幼儿园中班，误服爷爷的降压药约3片，由{KIN}{F}抱来，已洗胃，请中毒中心会诊。接诊{DR}\n",
            "分诊台：{MN}，{AGE}岁，川崎病待排，汉语不太会说，由舅舅{N}翻译，电话{M}，转儿童心血管{DR}。\n",
            // Surgery and anaesthesia.
            "手术安全核查表\n患者姓名：{P}  性别：{SEX}  年龄：{AGE}  住院号：{R}\n手术方式：腹腔镜阑尾切除术\n"
                    + "麻醉实施前：手术医师{DR}☑ 麻醉医师{N}☑ 巡回护士{N}☑\n手术开始前：身份、部位、术式再次确认☑\n",
            "麻醉记录单\n姓名：{P}  ASA II级  Mallampati 2级\n麻醉方式：全身麻醉（气管插管）\n麻醉医师：{N}  副手：{N}\n"
                    + "用药：丙泊酚、瑞芬太尼、罗库溴铵；出血50ml；入PACU\n",
            "手术记录\n术前诊断：急性化脓性阑尾炎（麦氏点压痛+）\n术者：{DR}  一助：{N}  二助：{N}\n"
                    + "器械护士：{N}  巡回护士：{N}\n经过：顺利，标本送病理，患者{P}安返病房\n",
            "术前访视：{P}，{AGE}岁，拟明日行全髋关节置换，Allen试验阴性，义齿已取。已向患者及其{KIN}{F}交代麻醉风险，"
                    + "{FS}家属签字。麻醉科{DR}\n",
            "【骨科手术排台】明日第一台：{P}（住院号{R}）右全膝置换，主刀{DR}，请{DS}主任7:30前到5号间。\n",
            "术后镇痛随访：{P}，PCIA第1天，VAS 3分，恶心1次，已加昂丹司琼。随访护士{N}，有不适请拨{L}\n",
            // ICU flow sheets.
            "ICU护理记录单 {D}\n床号：ICU-6  姓名：{P}  住院号：{R}\n08:00 T 37.8 HR 112 BP 96/58 SpO2 95% RASS -2\n"
                    + "呼吸机 SIMV FiO2 45% PEEP 8  Braden 11分\n护士签名：{N}\n",
            "ICU病情告知：今日由{DR}向患者{P}的{KIN}{F}告知病情：感染性休克，去甲肾上腺素0.3μg/kg/min，CRRT持续。"
                    + "家属表示理解，{FS}先生要求每天电话告知，电话{M}。\n",
            "CRRT治疗单：{P}，住院号{R}，CVVHDF，置换液2000ml/h，枸橼酸抗凝，超滤100ml/h。医生{DR}，护士{N}\n",
            // Infection control and outbreak investigation.
            "流行病学调查报告（诺如病毒感染聚集性疫情）\n指示病例：{P}，{SEX}，{AGE}岁，住址{A}，电话{M}\n"
                    + "密切接触者：{F}（{KIN}）、{N}（同事）、{N}（同桌就餐）\n近期行程：张掖、石嘴山、高邮\n调查人：{N}、{N}  审核：{DR}\n",
            "院感监测：ICU检出耐碳青霉烯肺炎克雷伯菌，患者{P}（{R}）与{N}（{R}）同室，已接触隔离。感控专职{N}，电话{L}\n",
            "密接人员健康监测登记\n姓名,身份证号,手机,现住址,末次接触\n{N},{ID},{M},{A0},{D}\n{F},{ID},{M},{A0},{D}\n",
            "疑似水痘：{P}，陶行知小学三年级，{NB}出生，父亲{F}，电话{M}。班上另有2人发热，疾控{N}已到校采样。\n",
            "手卫生督查反馈：{D}抽查心内科，医生{N}接触患者前未执行手卫生，护士{N}依从良好，已反馈科主任{DR}。\n",
            // Occupational exposure of staff.
            "职业暴露登记表\n暴露者：{N}  工号：{CODE}  科室：手术室  手机：{M}\n暴露时间：{D} {TIME}  方式：缝针刺伤左手示指\n"
                    + "源患者：{P}，住院号{R}，HBsAg（+）\n处理：挤血冲洗、碘伏消毒，{DR}评估后注射乙肝免疫球蛋白\n",
            "职业暴露随访：护士{P}，身份证{ID}，暴露后第6周抗-HIV阴性，3个月、6个月再复查。负责人{DR}\n",
            "锐器伤上报：实习生{P}（{PG}）抽血后回套针帽被扎，带教老师{N}已陪同到感染科，{DS}主任开了检测单。\n",
            // Village doctors.
            "村卫生室日志 {D}\n上午：{P}（{A0}）血压165/100，叫他按时吃药；{N}家娃儿咳嗽，开了止咳糖浆\n"
                    + "下午：入户去{PS}老汉家，腿还是肿\n村医：{DR}\n",
            "巡诊记录：今天去{A0}，{PS}婆婆说脑壳昏，莫得胃口，量了血压158/96，叫她{KIN}{F}明天带她去镇卫生院。"
                    + "村医{DR} 手机{M}\n",
            "村卫生室赊账本：{P}欠药钱36元，说等{KIN}{F}从钟祥打工回来再给，电话{M}。\n",
            "蛇伤：{P}在田里被蛇咬了右脚背，村医{N}先给吃了季德胜蛇药片，{KIN}{F}骑摩托送到镇卫生院，电话{M}。\n",
            "出诊登记：半夜{TIME}{F}来敲门，说他{KIN}{P}肚子疼得打滚，住{A0}，咋个按都疼，像阑尾炎，喊了120送县医院。"
                    + "村医{N}\n",
            "巡诊到{A0}，{MN}家老人咳嗽十多天，汉话说不清，她孙子{N}翻译，开了头孢，叫下周再来看。村医{DR}\n",
            // Traditional Chinese medicine.
            "中医门诊病历\n姓名：{P}  {SEX}  {AGE}岁  门诊号：{R}\n舌红少苔，脉细数。辨证：阴虚火旺\n"
                    + "处方：知母10g 黄柏10g 生地15g 石斛12g 白头翁15g，七剂\n医师：{DR}\n",
            "膏方门诊：{P}，冬令进补，舌淡胖边有齿痕，脉沉缓。方用黄芪、当归、柴胡、高良姜，阿胶烊化收膏，"
                    + "药材由胡庆余堂配送。{DS}老中医嘱忌生冷。医师{DR}\n",
            "针灸治疗单：{P}（{PG}），面瘫第5天，舌苔薄白，脉浮紧，针地仓、颊车、合谷；另诉痔疮，自用马应龙痔疮膏。"
                    + "治疗师{N}\n",
            "中药代煎单：患者{P}，手机{M}，配送地址{A}，处方医生{DR}，共14剂；金银花、连翘、马齿苋、钩藤。"
                    + "另购陈李济保济丸。\n",
            // Physical-examination centre.
            "团检名单（2025年度员工体检）\n序号,姓名,性别,出生日期,身份证号,手机号,套餐\n1,{P},{SEX},{DOB},{ID},{M},A\n"
                    + "2,{N},{SEX},{DOB},{ID},{M},B\n3,{MN},{SEX},{DOB},{ID},{M},A\n单位联系人：人事部{F} {L}\n",
            "体检总检结论：{P}（体检号{R}，{DOB}生）1.甲状腺结节TI-RADS 3类；2.脂肪肝。建议专科随诊。总检医师{DR}，"
                    + "审核{N}\n",
            "体检异常通知：{P}您好，您的胸部CT提示右肺磨玻璃结节8mm，请尽快到胸外科找{DR}，咨询电话{L}。体检中心{N}\n",
            // Medical disputes and complaints.
            "医疗纠纷回访记录\n投诉人：{F}（患者{P}之{KIN}）  电话：{M}\n事由：认为术后感染系手术所致，要求赔偿\n"
                    + "涉及医生：{DR}\n处理：医务科{N}已封存病历（病案号{R}），申请医疗损害鉴定\n",
            "投诉回访：{P}反映黄兴路分院收费窗口{N}态度差，已当面致歉，{PS}女士表示满意，不再追究。办理人{N}\n",
            "医调委调解笔录：申请人{F}，身份证{ID}，住{A}；被申请方委托代理人{N}。申请人称其{KIN}{P}在{DR}处就诊后病情加重。\n",
            "调解协议履行：医院一次性补偿申请人{F}人民币叁万元，转入其账户{B}（中国农业银行）；患者{P}，病案号{R}。"
                    + "经办{N}\n",
            // Hotlines.
            "12345转办（卫健类）\n来电人：{P}  来电号码：{M}\n内容：反映{A0}附近有诊所无证行医，坐诊的{N}自称老中医，王老吉兑药粉卖给老人\n"
                    + "承办：卫生监督所{N}  回复电话：{L}\n",
            "疾控热线录音\n坐席：您好，疾控中心。\n来电：我叫{P}，昨天被邻居家狗咬了胳膊。\n坐席：您住哪里？\n来电：{A}。\n"
                    + "坐席：请就近去犬伤门诊，电话{L}。（坐席工号{CODE}，{N}）\n",
            "心理援助热线：来电者自称{PG}，后核实为{P}，{AGE}岁，高三学业压力大，已提供当地心理门诊电话{L}。接线员{N}\n",
            // OCR of handwritten forms (misreadings in non-PHI words only).
            "住院证（手写扫描）\n姓名 {P}  性别 {SEX}  科室 心内科  床号 l2\n身份证号 {ID}\n联系电话 {M}\n"
                    + "诊断 不稳定型心绞痛  血压 l42/9O mmHg\n开证医师 {DR}\n",
            "OCR：出院带药单 患者{P} 住院号{R}\n1.阿托伐他汀钙片 2Omg qn\n2.氯吡格雷 75mg qd ×l2个月\n药师{N} 2O25-O3-l4\n",
            "扫描件：转 诊 单\n患者 {P}  年龄 6O岁  出生 {DOB}\n住址 {A}\n转出 镇卫生院  转入 县人民医院\n"
                    + "经治医生 {DR}  电话 {L}\n",
            "手写病历识别：主诉胸闷l周加重2天 既往高血压lO年 患者{P} 医保号{I} 医生{DR}\n",
            // Dictation transcripts without punctuation.
            "语音录入 患者{P}女{AGE}岁今天上午因为头痛呕吐来急诊她老公{F}说昨晚开始的血压一百八十多查体颈抵抗阳性"
                    + "巴宾斯基征阴性请神经外科{DR}会诊\n",
            "口述病历 病人叫{P}住院号{R}生于{DOB}既往哮喘吸入布地奈德今天喘得厉害双肺哮鸣音给甲泼尼龙四十毫克静滴\n",
            "随访录音转写 喂你好是{P}吗我是社区的{N}啊你血糖最近测了没有哦七点几那还行药按时吃哈有事打我电话{M}\n",
            // Mixed Chinese-English notes.
            "pt {P}, G2P1, 38+5w, LOA, FHR 138, 宫缩q3min. Husband {F} ({M}) waiting outside. Attending: Dr. {DS}.\n",
            "Consult: {P} 男 {AGE}y, s/p lap chole POD2, fever 38.6, WBC 14.2, pls see — {DR} (ext {L})\n",
            "ICU round: bed 3 {MN}, septic shock, NE 0.2, CRRT on; bed 5 {N}, ARDS, prone 16h. Resident {N}, "
                    + "attending {DR}.\n",
            "NICU f/u: baby of {P}, DOB {NB}, GA 30w, now PMA 36w, off CPAP. Mom's mobile {M}. — {N}\n",
            // Relief payments.
            "新生儿大病救助申请：患儿{P}，监护人{F}，身份证{ID}，医保号{I}，救助款打入监护人银行卡{B}（农村信用社）。"
                    + "经办人{N}\n",
            "职业暴露费用报销：{P}，工号{CODE}，检测及阻断药费共1268元，转入工资卡{B}。医保号{I}。审核{N}\n",
            // English.
            "Operative note\nPatient: {E}  MRN: {R}  DOB: {DOBE}\nProcedure: laparoscopic appendectomy, McBurney's "
                    + "point tender pre-op\nSurgeon: {E2}  Assistant: {E3}\nAnaesthetist: Dr. {ES}\n",
            "Outbreak investigation - contact list\nIndex case: {E}, DOB {DOBE}, staying at {A}\nClose contacts: {E2} "
                    + "(roommate), {E3} (tour guide), mobile {M}\nInvestigator: {EG}, county CDC\n",
            "Needlestick injury report\nStaff member: {E}, phone {M}\nSource patient: {P}, MRN {R}\n"
                    + "Reviewed by Dr. {ES} (Occupational Health)\n",
            "Hi {EG},\nthe Kawasaki disease kid in bay 2 ({E}, DOB {DOBE}) is for echo tomorrow; mum's number is {M}.\n"
                    + "Cheers,\n{E2}\n",
            "Complaint log: Mrs {ES} phoned about her father {E} (DOB {DOBE}); she felt the wait outside the Bethune "
                    + "ward was too long. Call back on {L}. Logged by {E2}\n",
            "Antenatal card\nName: {E}  G1P0  Blood group O Rh+\nHusband: {E2}  Mobile: {M}\nAddress: {A}\n"
                    + "Midwife: {E3}\n");

    // Generations (1930s-50s, 1950s-70s, 1980s-90s, recent); rural names; Cantonese, Hakka, Minnan, Hong Kong /
    // Taiwan names, some in traditional characters; a Korean-Chinese name; rare single surnames; compound surnames;
    // married double surnames; word-like names.
    private static final List<String> CHINESE = List.of((
            "苗淑慎 邓耀祖 潘佩珩 姚鸿禧 梁绮琴 钱慕贞 杜敬亭 程懋功 丁翠屏 柯秉坤 谭炳炎 吴桂馥 何銮英 许焕章 胡素蘅 "
            + "关玉琮 汤继昌 聂蕙芳 詹士奎 俞婉卿 "
            + "向卫红 卢卫兵 郑援越 钟学锋 鲁跃华 易红缨 岳东彪 倪桂珍 殷淑芹 章丽君 颜素萍 庄秀琼 耿宝山 焦凤鸣 祝国栋 "
            + "甘翠娥 汪卫民 管援朝 柏胜男 黎振亚 "
            + "舒婧媛 柳晓琛 包梦瑶 尚皓澜 符雅琪 纪婕妤 童骁 毕思蓓 单昕妤 季靖雯 裴子豪 霍嘉懿 涂依琳 成卓航 盛梦露 "
            + "柴沐宸 宁若汐 温芊芊 常语棠 左锦程 甘煜祺 兰知夏 梅书瑾 洪昕玥 卓梓萱 阮屹川 欧奕菲 谷嘉澍 "
            + "樊铁蛋 仇二妮 解栓宝 查根生 苑翠花 靳满囤 祁小芹 桑大丫 敖幺妹 "
            + "邝国樑 麦颖桐 岑咏芝 区志荣 冯绮雯 邱阿水 温阿满 涂阿妹 黃綺華 鄭家豪 蘇慧敏 簡淑芬 顏志銘 玄英哲 "
            + "禹天骄 晏清 栾翠萍 鄢春燕 郜明德 阙碧莲 鞠红霞 隋书林 敖登云 滕丽霞 邰建华 昝秋云 冉启孝 幸春兰 宦淑英 "
            + "戈小川 郜振邦 鞠淑贤 滕秀梅 禹美琴 "
            + "司徒健樑 慕容雪嫣 东方晓晖 宇文澈 呼延巧贞 钟离梦溪 闻人清扬 淳于菁 澹台静姝 欧阳柏岩 诸葛芸 "
            + "张黄丽卿 周蔡秀琼 吴邱惠美 "
            + "戈和平 晏国庆 粟建设 栾海燕 麦丰收 邝春雷 苑长城 隋白雪").split(" "));
    /**
     * The pool names whose given name is an ordinary word: 和平 peace, 国庆 national day, 建设 construction, 海燕 petrel,
     * 丰收 harvest, 春雷 spring thunder, 长城 the Great Wall, 白雪 snow (under a tenth of the pool).
     */
    static final List<String> WORD_LIKE = List.of("戈和平", "晏国庆", "粟建设", "栾海燕", "麦丰收", "邝春雷", "苑长城",
            "隋白雪");
    private static final List<String> COMPOUND_SURNAMES = List.of("司徒", "慕容", "东方", "宇文", "呼延", "钟离", "闻人",
            "淳于", "澹台", "欧阳", "诸葛");
    /** Names made of two single surnames (冠夫姓): the first is the surname used in address, the given name follows. */
    private static final List<String> DOUBLE_SURNAMES = List.of("张黄丽卿", "周蔡秀琼", "吴邱惠美");
    // Uyghur, Kazakh (with ·), Tibetan, Mongolian, Yi, Miao and Dai names.
    private static final List<String> MINORITY = List.of((
            "热孜万古丽·阿不拉 图尔荪江·托合提 祖丽皮亚·艾买提 阿卜杜外力·肉孜 古再丽努尔·玉素甫 依力哈木·赛买提 "
            + "叶尔兰·努尔达吾列提 加娜尔·别克 巴合提别克·哈布德克里木 阿曼古丽·托列吾汗 "
            + "扎西拉姆 索朗多吉 洛桑坚参 央金卓玛 拉巴卓嘎 旺堆次仁 "
            + "嘎尔迪 巴雅斯古楞 其其格玛 斯琴毕力格 那顺乌日图 "
            + "阿苏阿呷 吉伍木呷 勒格拉古 曲比阿依 俄木阿支 "
            + "杨嘎略 潘务榜 吴略耶 "
            + "岩温罕 玉香叫 玉坎囡 岩罕章").split(" "));
    // given|family: English, Irish, French, Portuguese, Brazilian, Norwegian, Serbian, Finnish, Turkish, Azerbaijani,
    // Indian, South African, Tongan, New Zealand Maori, Peruvian, Bolivian, Mexican, Italian, Japanese, Korean, Hong
    // Kong names; pinyin.
    private static final List<String> ENGLISH = List.of("Tabitha|Oakeshott", "Crispin|Bellamy",
            "Gwendolen|Cresswell", "Fenella|Winslow", "Mortimer|Aldridge", "Quentin|Stroud", "Iolanthe|Lacombe",
            "Benedito|Figueiredo", "Aslaug|Brekke", "Dragan|Petrovic", "Milena|Jovanovic", "Vesna|Markovic",
            "Radomir|Vukovic", "Tuula|Laaksonen", "Kaarina|Heikkinen", "Ruairi|Callaghan", "Sadhbh|Hesketh",
            "Cengiz|Ozdemir", "Kemal|Aydogan", "Leyla|Karimova", "Nigar|Aliyeva", "Jyoti|Raghavan",
            "Lakshmi|Subramaniam", "Zanele|Mkhize", "Sione|Havili", "Hine|Fairbrother", "Citlali|Quispe",
            "Faustina|Mamani", "Cuauhtemoc|Villalobos", "Rafaela|Albuquerque", "Tancredi|Bonaventura",
            "Haruki|Tsukamoto", "Kazuki|Ueda", "Minji|Baek", "Ka-ming|Tse", "Meihua|Tsang", "Zihan|Zhuo",
            "Haoran|Kuang", "Chunhua|Xiong", "Guiying|Qiao");
    private static final List<String> AREA = List.of("520103", "522634", "430524", "513431", "532822", "152530",
            "610113", "120104", "310110", "370102", "441702", "640302", "620702");
    private static final List<String> CITIES = List.of("贵州省|贵阳市|云岩区", "湖南省|邵阳市|大祥区",
            "陕西省|西安市|雁塔区", "山东省|济南市|历下区", "广东省|阳江市|江城区", "宁夏回族自治区|吴忠市|利通区");
    private static final List<String> URBAN_STREETS = List.of("宝山北路", "黄兴路", "小寨东路", "经十路", "东风路",
            "明珠大街");
    private static final List<String> ESTATES = List.of("碧水云天小区", "金域蓝湾小区", "翠湖苑", "阳光新城",
            "锦绣华庭", "电力局宿舍");
    private static final List<String> TIANJIN = List.of("天津市南开区", "天津市河西区", "北京市东城区");
    private static final List<String> LANES = List.of("秋水里", "嘉陵道", "张自忠路");
    private static final List<String> SHANGHAI = List.of("上海市杨浦区控江路", "上海市普陀区曹杨路", "上海市长宁区愚园路");
    private static final List<String> TOWNS = List.of("湖南省邵阳市隆回县小沙江镇", "贵州省黔东南苗族侗族自治州雷山县丹江镇",
            "四川省凉山彝族自治州昭觉县四开乡", "甘肃省张掖市山丹县位奇镇", "湖北省荆门市钟祥市石牌镇");
    private static final List<String> TOWN_VILLAGES = List.of("旺溪村", "乌东村", "好谷村", "芦堡村", "彭墩村");
    private static final List<String> BANNERS = List.of("内蒙古自治区锡林郭勒盟正蓝旗上都镇", "内蒙古自治区通辽市科尔沁左翼后旗甘旗卡镇");
    private static final List<String> GACHA = List.of("宝日胡硕嘎查", "哈日诺尔嘎查", "巴彦塔拉嘎查");
    private static final List<String> DAI_VILLAGES = List.of("云南省西双版纳傣族自治州勐海县勐遮镇曼洪村委会",
            "云南省德宏傣族景颇族自治州芒市风平镇芒满村委会");
    private static final List<String> LANDLINE_AREAS = List.of("0851", "0855", "0739", "0834", "0691", "0479", "029",
            "022", "021", "0531", "0662", "0953", "0936");
    private static final List<String> BANK_BINS = List.of("621226", "622848", "621700", "622588", "623058", "621483");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Blind13Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_13 || !templates.isEmpty() && BLIND_13.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character (张黄丽卿 gives 张). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 澈 of 宇文澈, 丽卿 of 张黄丽卿. */
    static String givenNameOf(String chineseName) {
        if (DOUBLE_SURNAMES.contains(chineseName)) return chineseName.substring(2);
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a single-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
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

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1932, 92, r);
    }

    /** A resident identity number: plain, lower-case x, 6 8 4 or 6 4 4 4 by blanks. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(7)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + " " + id.substring(6, 10) + " " + id.substring(10, 14) + " "
                    + id.substring(14);
            case 2, 3 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mobile: plain, 138-1234-5678, 138 1234 5678, +86(138)12345678 or +86 13812345678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(6)) {
            case 0 -> a + "-" + b + "-" + c;
            case 1 -> a + " " + b + " " + c;
            case 2 -> "+86(" + a + ")" + b + c;
            case 3 -> "+86 " + n;
            default -> n;
        };
    }

    /** A landline: 0xxx-local or (0xxx)local, sometimes with an extension -NNNN, 转NNNN or 分机NNNN. */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(area.length() == 3 ? 7 : 6 + r.nextInt(2), r);
        String number = r.nextInt(3) == 0 ? "(" + area + ")" + local : area + "-" + local;
        String ext = String.valueOf(100 + r.nextInt(9900));
        return switch (r.nextInt(6)) {
            case 0 -> area + "-" + local + "-" + ext;
            case 1 -> number + "转" + ext;
            case 2 -> number + "分机" + ext;
            default -> number;
        };
    }

    /** Outpatient, inpatient, check-up and health-archive numbers, with prefixes and hyphens. */
    static String recordNumber(RandomGenerator r) {
        int year = 2018 + r.nextInt(8);
        return switch (r.nextInt(6)) {
            case 0 -> "MZ-" + year + "-" + digits(7, r);
            case 1 -> "ZY" + year + "-" + digits(6, r);
            case 2 -> "TJ" + year + digits(6, r);
            case 3 -> "JKDA-" + pick(AREA, r) + "-" + digits(5, r);
            case 4 -> "No." + digits(8, r);
            default -> "BAH-" + digits(3, r) + "-" + digits(5, r);
        };
    }

    /** Insurance numbers in several provinces' styles. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "GZYB" + digits(12, r);
            case 1 -> "HN-" + digits(10, r);
            case 2 -> "NMG" + digits(10, r);
            case 3 -> "SX-" + digits(3, r) + "-" + digits(7, r);
            default -> "YB53" + digits(9, r) + "ABCDEFGHJKLMNPQRSTUVWXYZ".charAt(r.nextInt(24));
        };
    }

    /** A bank card of an own issuer prefix, 16 or 19 digits with a valid Luhn digit, plain or in fours. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return r.nextInt(3) == 0 ? IdentifierForms.inFours(card, " ") : card;
    }

    /**
     * An address: urban 小区/栋/单元/室, 号楼/门 (a lane named after a person among them), 弄, rural 镇/乡 村 组, a
     * 苏木/嘎查 in Inner Mongolia, or a 村委会 with its 村民小组 in Yunnan.
     */
    static String address(boolean withProvince, RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> {
                String[] c = pick(CITIES, r).split("\\|");
                yield (withProvince ? c[0] : "") + c[1] + c[2] + pick(URBAN_STREETS, r) + (1 + r.nextInt(300)) + "号"
                        + pick(ESTATES, r) + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(4)) + "单元"
                        + (1 + r.nextInt(26)) + "0" + (1 + r.nextInt(4)) + "室";
            }
            case 1 -> pick(TIANJIN, r) + pick(LANES, r) + (1 + r.nextInt(40)) + "号楼" + (1 + r.nextInt(6)) + "门"
                    + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(3)) + "室";
            case 2 -> pick(SHANGHAI, r) + (100 + r.nextInt(1400)) + "弄" + (1 + r.nextInt(80)) + "号"
                    + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(4)) + "室";
            case 3 -> {
                String town = pick(TOWNS, r);
                yield (withProvince ? town : town.substring(town.indexOf('省') + 1)) + pick(TOWN_VILLAGES, r)
                        + (1 + r.nextInt(12)) + "组";
            }
            case 4 -> {
                String banner = pick(BANNERS, r);
                yield (withProvince ? banner : banner.substring("内蒙古自治区".length())) + pick(GACHA, r)
                        + (1 + r.nextInt(90)) + "号";
            }
            default -> {
                String v = pick(DAI_VILLAGES, r);
                yield (withProvince ? v : v.substring(v.indexOf('省') + 1)) + (1 + r.nextInt(9)) + "村民小组"
                        + (1 + r.nextInt(60)) + "号";
            }
        };
    }

    /**
     * A date of birth: 1956年3月7日, 1956.03.07, 56-3-7, 一九五六年三月七日, 一九五六年三月, 1956/3/7, 19560307, 1956年3月,
     * 1956-03-07.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1932 + r.nextInt(92), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(9)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d.%02d.%02d", y, m, d);
            case 2 -> String.format("%02d-%d-%d", y % 100, m, d);
            case 3 -> chineseYear(y) + "年" + chineseNumber(m) + "月" + chineseNumber(d) + "日";
            case 4 -> chineseYear(y) + "年" + chineseNumber(m) + "月";
            case 5 -> y + "/" + m + "/" + d;
            case 6 -> String.format("%d%02d%02d", y, m, d);
            case 7 -> y + "年" + m + "月";
            default -> String.format("%d-%02d-%02d", y, m, d);
        };
    }

    /** An English date of birth: 07-Mar-1956, 7 March 1956, Mar 7, 1956, 07/03/1956 (day first). */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1932 + r.nextInt(92), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d-%s-%d", d, month.substring(0, 3), y);
            case 1 -> d + " " + month + " " + y;
            case 2 -> month.substring(0, 3) + " " + d + ", " + y;
            default -> String.format("%02d/%02d/%d", d, m, y);
        };
    }

    /** A child's or newborn's date of birth, 2013 to 2025: 2024年11月3日, 2024-11-03, 2024.11.3, 2024年11月3号. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2013 + r.nextInt(13), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> y + "年" + m + "月" + d + "号";
        };
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return CHINESE.contains(w) || MINORITY.contains(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w));
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
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
        return ENGLISH.stream().map(Blind13Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind13Templates::given);
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
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, random), EntityKind.ADDRESS);
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

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
 * Forty-fourth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_44}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a Chaoshan (潮汕: Shantou, Chaozhou, Jieyang) medical consortium led by the
 * fictional tertiary 韩江医学院第一附属医院 in the fictional city of 榕港市, with district hospitals (潮阳, 潮南, 澄海,
 * 湘桥, 惠来), township health centres, village clinics (卫生站) and the hospital's overseas-Chinese office (侨务办).
 * The people: Teochew families (陈, 林, 黄, 蔡, 郑, 许, 谢, 吴, 庄, 翁 first), addressed as X伯, X姆, X兄, X姨, 老X
 * and known by Teochew nicknames (阿钿, 肥仔雄, 乌面标); relatives in Thailand, Malaysia, Singapore and Hong Kong
 * (Thai names in Thai script and romanisation, many with a Sae- clan surname; Teochew romanisations such as Teo Chin
 * Huat; Hong Kong names such as Connie Lam Mei-ling), Thai spouses, garment and toy factory workers. The genres:
 * returnee check-ups, thalassaemia and G6PD screening, nasopharyngeal carcinoma (EBV) screening, gout, elderly living
 * alone, temple-festival (营老爷) injuries, kung fu tea scalds, Teochew voice notes (伊, 侬, 唔, 囝, 做呢, 阮),
 * WeChat and LINE chats, SMS, CSV, tab, pipe and markdown tables, JSON and HL7 exports, OCR'd forms, English letters
 * and Thai letters and certificates (about a seventh mostly in Latin script).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, doctors, village doctors,
 * neighbours, overseas relatives, interpreters, letter writers, in every position (after a role word, at the start of
 * a chat line, in table cells, CSV fields, JSON values, HL7 fields, Thai and English prose). A surname in a form of
 * address labels the surname only ({@code PS}, {@code FS}, {@code DS}): X伯, X姆, X兄, X姨, 老X, X医生, X主任,
 * X护士长. A given name used alone ({@code PG}) labels the given name (a one-character given name is never used
 * alone). A Teochew nickname ({@code PK}: 阿钿, 肥仔雄, 蚝仔辉) names a person and is labelled whole, 阿 and 仔
 * inside. Thai names ({@code MN}, the record's Thai relative or spouse in Thai script; {@code MNR} the same person
 * romanised; {@code TN}, {@code TR} further Thai people) are given name and surname and labelled whole, the blank
 * inside; คุณ stays outside. The record's Thai relative ({@code MN}, {@code MNR}) is a woman: a wife, a mother,
 * a bride. Teochew romanisations ({@code OR}: family name first) and Hong Kong names ({@code HK}:
 * English given name, family name, hyphenated Cantonese given name) are labelled whole. Office staff and doctors
 * abroad ({@code E}, {@code E2}) whole, a family name alone ({@code ES}) and a given name alone ({@code EG}) too; Dr
 * and Mr stay outside. A child known as a parent's child (X之子, X之女) labels the parent. Kin words and forms of
 * address alone are not names: 阿嬷, 阿公, 阿伯, 阿姆, 阿兄, 阿姨, 阿爸, 妹仔; nor are Teochew words (伊, 侬, 唔, 囝,
 * 做呢, 阮, 食茶) or Thai particles and greetings (ค่ะ, ครับ, สวัสดี). An OCR'd name ({@code PO}, {@code DO}) broken by
 * a line break, a blank after the surname, or a blank or ideographic blank between every character is one span.
 *
 * <p>Identifiers: mainland resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on codes of
 * Shantou 4405, Chaozhou 4451 and Jieyang 4452; plain, with a lower-case x, 6-8-4 by blanks or by hyphens; 15-digit
 * ones with a valid birth date on codes in use before 1999), Thai identity numbers ({@code TID}: 13 digits with their
 * mod-11 check digit, written 1-2345-67890-12-3 or run together), Singapore NRICs ({@code NRIC}: S or T, seven digits,
 * the check letter), Hong Kong identity cards ({@code HKID}: A123456(7) with a valid check); mobiles ({@code M}:
 * plain, 3-4-4 by blanks or hyphens, +86; {@code MV}: said aloud in Chinese numerals; {@code MF}: Thai +66 8x xxx
 * xxxx and 08x-xxx-xxxx, Malaysian +60 1x-xxx xxxx, Singapore +65 9xxx xxxx, Hong Kong +852 xxxx xxxx, of any of the
 * four; {@code MTH}, {@code MMY}, {@code MSG}, {@code MHK}: of the country the text names), landlines
 * ({@code L}: eight local digits on 0754 Shantou, 0768 Chaozhou, 0663 Jieyang: 0754-88123456, (0768)22123456,
 * 0663 8612 3456, +86 754 88123456, with an extension after 转), addresses ({@code A}: flats in the cities
 * (N号…N栋N房) and villages (村…N巷N号, 老寨N号, 新厝区N座N号); {@code A0}: stopping at the town, the village or
 * the road; {@code AT}: Thai addresses, romanised with Moo, Soi, Tambon, Amphoe, Changwat (Khwaeng and Khet in
 * Bangkok) or in Thai script, with the postcode), record numbers ({@code R}: inpatient HJ2024031876, outpatient
 * HJMZ24031876, district hospitals CY2024-03187 (CY, CN, CH, XQ, RP, PN, HL), thalassaemia screening DP-2024-0318,
 * returnee check-ups QJ2403187), insurance numbers ({@code I}: STJM, CZJM, JYJM, RGYB with ten digits), bank cards
 * ({@code B}: 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks or hyphens), dates of birth
 * ({@code DOB}: 1951年3月5日, 1951-03-05, 1951.3.5, 1951/3/5, 一九五一年三月五日; {@code DOBL}: lunar 农历1938年十月初八,
 * 阴历三八年腊月十五; {@code DOBT}: Thai Buddhist era 5 มี.ค. 2501, 5 มีนาคม 2501, 05/03/2501; {@code DOBE}: 5 March
 * 1958, 05-Mar-1958, March 5, 1958; {@code NB}: a child's, 2010 to 2025). Not labelled: visit dates, ages, lab values
 * (Hb, MCV, HbA2, G6PD activity, EBV titres, uric acid), genotypes, work badges, sample and police numbers, plates,
 * hotlines, facility and place names, festivals and foods (营老爷, 出花园, 工夫茶, 生腌, 鱼饭, 侨批), kin words,
 * Teochew words, Thai particles, and words beginning with a pool surname (陈皮, 黄芪, 许可, 庄稼, 林场; all listed in
 * the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind42Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * Chaoshan patient list: the ten Teochew surnames carry most of it, then 李, 杨, 张, 马, 洪, 詹, 方, 姚, 纪, 柯, 卢,
 * 余, and three surnames of the region no earlier generator writes ({@link #RARE_SURNAMES}: 佘, 揭, 辜); given names
 * carry Teochew characters (銮, 钿, 惜, 楷, 潮, 坤). {@link #THAI} holds Thai relatives (Thai script|romanisation);
 * {@link #TEOCHEW_ROMAN} overseas relatives in Teochew romanisation; {@link #HONG_KONG} Hong Kong relatives;
 * {@link #NICKNAMES} Teochew nicknames; {@link #ENGLISH} letter writers and doctors abroad. Own slots: {@code N}, a
 * further Chinese name; the name and identifier slots above. Any non-empty subset of {@link #BLIND_44} uses these
 * pools (see {@link #uses}).
 */
final class Blind44Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270114L;

    static final List<String> BLIND_44 = List.of(
            // Overseas-Chinese office: returnee check-ups.
            "韩江医学院第一附属医院 侨务办公室 归侨侨眷体检登记\n姓名：{P}\n英文名：{OR}\n出生日期：{DOB}\n身份证号：{ID}\n泰国联系电话：{MTH}\n体检编号：{R}\n",
            "Overseas Chinese health check summary\nName: {OR}\nDOB: {DOBE}\nSingapore NRIC: {NRIC}\n"
                    + "Local contact: {F} ({KIN}), tel {M}\nReviewed by Dr {ES}\n",
            "归国探亲体检：{P}，{AGE}岁，从泰国曼谷回乡祭祖，泰国身份证{TID}，妻子{MN}（泰籍），泰国住址{AT}；体检医生{DR}\n",
            "侨眷体检表|{P}|{SEX}|{DOB}|{ID}|{M}|侨居国：马来西亚|亲属 {OR}\n",
            "[微信 侨务办工作群]\n{DR}：明早有个泰国转来个阿伯{P}做体检，伊侬唔识讲普通话\n{N}：好，伊孙{TR}会陪同，泰国电话{MTH}\n{DR}：体检号{R}\n",
            "Dear Dr {ES},\nRe: your patient {OR}, NRIC {NRIC}, "
                    + "DOB {DOBE}. He attended our overseas-Chinese clinic for a health check; HbA1c 7.9%, "
                    + "uric acid 598 μmol/L. Please follow up in Singapore.\nYours sincerely,\n{E}\n"
                    + "Overseas Chinese Office, Han River Medical College First Affiliated Hospital\n",
            "香港居民回乡体检：{HK}，香港身份证{HKID}，出生{DOB}，香港电话{MHK}；内地联系人{F}（{KIN}），{M}\n",
            "เรียน คุณหมอ{DR}\nดิฉัน{MN} ภรรยาของคุณ{P} ขอแจ้งว่าสามีปวดข้อเท้ามาก (โรคเกาต์) กรุณาติดต่อกลับที่ "
                    + "{MTH} ขอบคุณค่ะ\nที่อยู่ {AT}\n",
            "侨务办来电登记：{D}，新加坡侨胞{OR}（NRIC {NRIC}）询问伯父{P}住院情况，已告知；回电{MSG}\n",
            "马来西亚槟城侨胞{OR}返乡中风住院：住院号{R}，费用由其侄{F}垫付，银行卡{B}；马来西亚电话{MMY}\n",
            "Refund to overseas payer\nPayer: {OR}\nBank: Bangkok Bank, Yaowarat branch\n"
                    + "Patient in China: {P}, inpatient no. {R}\nContact: {MTH}\n",
            "侨批档案馆志愿者体检：{P}，{DOB}，身份证{ID}，联系方式{M}；体检医生{DS}医生\n",
            "[微信 侨务办工作群]\n{E}：Dr {ES} from Singapore asked about {OR}\n{DR}：已出院，NRIC {NRIC} 的报告我发邮件\n",
            "[微信 侨务办工作群]\n{N}：槟城个{OR}讲伊下个月回来做体检\n{DR}：留伊电话\n{N}：{MMY}，伊新加坡个侄{OR}：{MSG}\n",
            "Returnee check-up bookings\n| Name | Country | Mobile |\n|---|---|---|\n| {OR} | Malaysia | {MMY} |\n"
                    + "| {OR} | Singapore | {MSG} |\n| {TR} | Thailand | {MTH} |\n| {HK} | Hong Kong | {MHK} |\n",
            "海外亲属,姓名,电话\n{KIN},{OR},{MF}\n{KIN},{TR},{MF}\n",
            // Thalassaemia and G6PD screening.
            "地中海贫血筛查登记表\n姓名：{P}  性别：{SEX}\n出生日期：{DOB}\n血常规：Hb 98g/L，MCV 62fL，MCH 19.8pg\n血红蛋白电泳：HbA2 5.8%\n"
                    + "筛查编号：{R}\n联系电话：{M}\n",
            "婚检地贫夫妇双方筛查：男方{P}（{ID}），女方{N}，双方均为α地贫携带者（--SEA/αα），建议产前诊断；遗传咨询医生{DR}\n",
            "新生儿G6PD缺乏症筛查阳性通知：{P}之子，出生{NB}，G6PD 1.2U/gHb；请家属勿给患儿食蚕豆，禁用樟脑丸；联系电话{M}\n",
            "【榕港市妇幼保健院】{PS}姨您好，您孙子的G6PD复查结果已出，请于{D}携带出生证来院。咨询热线12320\n",
            "筛查编号,姓名,出生日期,HbA2,基因型,电话\n{R},{P},{DOB},5.6%,β41-42/N,{M}\n{R},{N},{NB},2.1%,--SEA/αα,{M}\n",
            "[语音转文字] 医生 我系{P}个阿妈 阮囝查出来讲系地贫 做呢 伊阿爸也是 电话{MV}\n",
            "Thalassaemia carrier counselling\nCouple: {P} and {N}\nHusband DOB: {DOBE}\n"
                    + "Wife's mother is Thai ({MNR}), family from {AT}\nGenotype: β-thal trait (CD41-42)\n"
                    + "Counsellor: {EG}\n",
            "蚕豆病急诊：{P}，{AGE}岁，食蚕豆后出现酱油色尿，Hb 62g/L，予输注洗涤红细胞；家属{F}，{M}；接诊{DR}\n",
            "| 姓名 | 出生 | G6PD | 电话 |\n|---|---|---|---|\n| {P} | {NB} | 缺乏 | {M} |\n| {N} | {NB} | 正常 | {M} |\n",
            "{\"screen\":\"thalassemia\",\"name\":\"{P}\",\"id_card\":\"{ID}\",\"dob\":\"{DOB}\",\"hb\":\"98 "
                    + "g/L\",\"mcv\":\"61.5 fL\",\"tel\":\"{M}\"}\n",
            "外籍配偶地贫筛查：{MN}，泰国籍，HbE杂合子；丈夫{P}，α地贫携带；建议产前诊断；翻译{TR}\n",
            "地贫产前诊断：孕妇{P}，孕18周，羊水穿刺；丈夫{F}为香港居民，香港身份证{HKID}，电话{MHK}\n",
            "Email\nSubject: G6PD result for baby of {P}\nDear {EG},\n"
                    + "The baby's G6PD screen was deficient (1.1 U/gHb). Please avoid fava beans and mothballs. "
                    + "Mother {MNR}, phone {MTH}.\nRegards, {E}\n",
            "新生儿{P}之女，出生{NB}，G6PD缺乏；母亲泰籍{MNR}，父亲身份证{ID}；随访护士{DR}\n",
            // Nasopharyngeal carcinoma screening (EBV).
            "鼻咽癌早筛（EBV抗体）报告\n受检者：{P}\n身份证：{ID}\nVCA-IgA 阳性（1:80），EBNA1-IgA 阳性\n风险分层：高危，建议鼻咽镜\n筛查点：澄海区莲下镇卫生院\n"
                    + "负责医生：{DR}\n",
            "鼻咽镜活检：{P}，{AGE}岁，病理示非角化型未分化癌，住院号{R}；家属{F}要求暂不告知本人，未经患者许可不得外传；主管医生{DS}医生\n",
            "{\"program\":\"NPC-EBV\",\"subject\":{\"name\":\"{P}\",\"dob\":\"{DOB}\",\"phone\":\"{M}\"},\"vca_iga\""
                    + ":\"1:40\",\"ebna1_iga\":\"positive\",\"site\":\"潮南区陈店镇卫生院\"}\n",
            "NPC screening recall (LINE message to a relative in Bangkok)\n"
                    + "Dear {TR}, your father {P} had a positive EBV antibody test (VCA-IgA 1:80). Please help him "
                    + "come to our ENT clinic. Call {L}.\n",
            "【韩江医学院第一附属医院】{P}您好，您的鼻咽癌筛查（EBV抗体）结果需复查，请于{D}到耳鼻喉科，就诊卡号{R}。\n",
            "放疗随访：{P}，鼻咽癌T2N1M0放疗后，口干明显；太太{F}陪同，电话{M}；下次随访{D}，{DS}主任\n",
            "Referral letter\nTo: Dr {ES}, ENT clinic, Singapore\nRe: {OR}, NRIC {NRIC}, DOB {DOBE}\n"
                    + "Diagnosis: nasopharyngeal carcinoma, WHO type III, EBV DNA 2,400 copies/mL\n"
                    + "Contact in Shantou: {F}, {M}\n{E}\n",
            "Screening camp roster, Chaozhou\n{P}, EBV VCA-IgA negative, tel {M}\n{N}, EBV VCA-IgA 1:40, tel {M}\n"
                    + "Coordinator: {E2}\n",
            "{\"export\":\"overseas_contacts\",\"patient\":\"{P}\",\"contacts\":[{\"name\":\"{TN}\",\"country\":\"TH"
                    + "\",\"phone\":\"{MTH}\"},{\"name\":\"{OR}\",\"country\":\"SG\",\"phone\":\"{MSG}\"}]}\n",
            "Hi {EG}, the Overseas Chinese Office has two returnees for Friday: {OR} (NRIC {NRIC}) and {HK}. Please "
                    + "book the Teochew interpreter. Thanks, {E2}\n",
            // Gout.
            "痛风门诊：{P}，{AGE}岁，右第一跖趾关节红肿热痛2天，尿酸 612μmol/L，平素喜食生腌、卤鹅、鱼饭，日日食工夫茶；予秋水仙碱0.5mg bid，嘱陈皮水代茶；电话{M}\n",
            "[语音转文字] {PS}伯讲伊脚目又肿起来了 唔会行 食了秋水仙碱也唔好 伊个电话{MV}\n",
            "痛风石手术：{P}，住院号{R}，医保号{I}，双手多发痛风石破溃；术者{DR}\n",
            "Gout follow-up, Chinatown clinic, Bangkok\nPatient: {MNR}\nThai ID: {TID}\nDOB: {DOBE}\n"
                    + "Serum urate 9.8 mg/dL; allopurinol 100 mg started\nPhone: {MTH}\n",
            "老{PS}，{AGE}岁，乡里人叫伊{PK}，右膝痛风石，拒绝手术；其子{F}电话{M}\n",
            "[语音留言] 喂 {PS}兄 我是{F} 你个尿酸报告出来了 六百几 唔好再食海鲜 有事打{MV}\n",
            "{\"visit\":\"gout\",\"patient\":{\"name\":\"{P}\",\"insurance\":\"{I}\",\"address\":\"{A}\"},\"urate_um"
                    + "ol_l\":612,\"doctor\":\"{DR}\"}\n",
            "HK resident {HK} (HKID {HKID}), DOB {DOBE}, was seen at our gout clinic; "
                    + "urate 640 μmol/L. Contact {MHK}.\n",
            "查房：{DR}主任查看患者{P}，嘱低嘌呤饮食，少食生腌、鱼饭；{PG}表示理解\n",
            "交班：3床{P}，痛风急性发作，夜间疼痛评分6分，已予双氯芬酸；家属{FS}兄守夜，电话{M}；请{DS}医生明早复查尿酸\n",
            // Kung fu tea scalds.
            "急诊烧伤科：患儿{P}，学龄前，碰翻工夫茶炉滚水致胸腹部烫伤约6%TBSA，Ⅱ度；母亲{F}，电话{M}；接诊医生{DR}\n",
            "[微信 家属群]\n{F}：阿嬷食茶个时候烫着脚了\n{N}：要紧唔？\n{F}：去镇卫生院了 医生讲浅Ⅱ度\n{N}：阿嬷住底块？\n{F}：{A}\n",
            "工夫茶烫伤：{P}，{AGE}岁，冲茶时砂铫翻倒致右手背Ⅱ度烫伤约1%TBSA；由邻居{FS}姆送来；身份证{ID}\n",
            "烫伤换药登记\t{P}\t{M}\t右手背\t第3次换药\t{DR}\n",
            // Temple festivals (营老爷, 出花园).
            "营老爷游神踩踏伤：{P}，{AGE}岁，{D}在村中老爷宫前被人群挤倒，左桡骨远端骨折；送诊者{F}（{KIN}），{M}；现住{A}\n",
            "烟花爆竹伤（游神期间）：{P}，男，{AGE}岁，右手烧伤；身份证{ID}；接诊{DR}；报警回执号JQ20240212-031\n",
            "[OCR] 潮 阳 区 人 民 医 院\n门 诊 病 历\n姓名 {PO}\n身份证 {ID}\n住址 {A}\n主诉 游神时被鞭炮炸伤\n",
            "出花园当日意外：{P}（15岁）食三牲后腹痛，急诊；母亲{F}电话{M}；接诊医生{DS}医生\n",
            "Festival injury log (Chaoyang district hospital)\n1. {P}, crush injury, tel {M}\n"
                    + "2. {N}, firecracker burn, tel {M}\n3. {PK}, fall from a procession float\nRecorded by {DR}\n",
            "游神活动医疗保障：{D}，粤D·3K712救护车驻点；伤员{P}，{AGE}岁，中暑；联系人{F}，{M}\n",
            // Elderly living alone.
            "独居老人家访记录\n老人：{P}，{AGE}岁\n住址：{A}\n子女：儿子{F}在泰国，电话{MTH}\n近况：血压{BP}，独居厝内，自煮糜，常服黄芪炖汤，仍下田种庄稼\n家访人：村医{N}\n",
            "[语音转文字] {PS}姆 你个药食了未 我是卫生站个{DS}医生 后日再来看你 有事拍电话{MV}\n",
            "留守老人{P}跌倒未能起身，邻居{PK}发现后拨打120；既往高血压、痛风；独生女{F}在香港，电话{MHK}；地址{A}\n",
            "长者关爱登记|{P}|{DOB}|{ID}|独居|紧急联系人 {F}|{M}|{A0}\n",
            "Home visit (at the request of a relative in Hong Kong)\nMother: {P}, born {DOBE}\nLives alone at {A}\n"
                    + "Child in Hong Kong: {HK}, HKID {HKID}, mobile {MHK}\nVisited by village doctor {N}\n",
            "老人节慰问名单\n{P} {DOBL} {M}\n{N} {DOBL} {M}\n{N} {DOBL} {L}\n",
            "[微信 村卫生站群]\n{DS}医生：{PK}今日无开门，谁去看下？\n{N}：我去，伊住{A0}\n{DS}医生：好，伊个女{F}电话{M}\n",
            "社区卫生服务站：{PS}伯（{P}），独居，高血压+痛风，每周三测血压；{FS}姨（邻居）帮拿药\n",
            "随访电话：{D}致电{P}（{M}），由其孙{PK}接听，称阿公已回乡下{A0}\n",
            "陪诊：{F}陪{PS}姆来复查，{PS}姆讲唔会写字，由{F}代签\n",
            "长者健康档案\n姓名：{P}\n出生：{DOBL}（身份证登记{DOB}）\n住址：{A}\n紧急联系人：{F}  {L}\n",
            // Garment and toy factory workers.
            "职业健康体检（澄海玩具厂）\n姓名：{P}  工号T-2041\n身份证：{ID}\n噪声作业，纯音测听右耳40dB\n手机：{M}\n厂医：{DR}\n",
            "工伤：制衣厂车工{P}，右手示指被缝纫机针刺伤，医保号{I}，工资卡{B}；车间主任{FS}兄电话{M}\n",
            "工号\t姓名\t身份证\t电话\nW0318\t{P}\t{ID}\t{M}\nW0319\t{N}\t{ID}\t{M}\n",
            "玩具厂疑似正己烷中毒：{P}，{AGE}岁，户籍{A}，暂住{A0}；联系人{F}；转诊至韩江医学院第一附属医院职业病科\n",
            "[微信 厂医群]\n{N}：车间一个妹仔{PK}晕倒 血糖2.9\n{DR}：先食糖 送去卫生院\n{N}：已经送去了 伊阿兄电话{M}\n",
            // Thai spouses.
            "泰籍配偶产检：孕妇{MN}（{MNR}），泰国身份证{TID}，出生{DOBT}；丈夫{P}，{M}；泰国娘家电话{MTH}；建卡号{R}\n",
            "[LINE] {MNR}: หมอคะ ลูกมีไข้ 38.5 ค่ะ\n{DR}: 带来看，挂儿科\n{MNR}: ok ค่ะ เบอร์ {MTH}\n",
            "หนังสือรับรองแพทย์\nชื่อผู้ป่วย: {MN}\nเลขประจำตัวประชาชน: {TID}\nวันเกิด: {DOBT}\nที่อยู่: {AT}\n"
                    + "แพทย์ผู้ตรวจ: {DR}\n",
            "Marriage registration health certificate (Thai spouse)\nBride: {MNR}\nThai ID: {TID}\n"
                    + "Date of birth: {DOBE}\nGroom: {P}, ID {ID}\nThalassaemia screen: HbE trait\n",
            "{\"patient\":\"{MNR}\",\"nationality\":\"TH\",\"thai_id\":\"{TID}\",\"dob\":\"{DOBT}\",\"spouse\":\"{P}"
                    + "\",\"phone\":\"{MTH}\",\"address_th\":\"{AT}\"}\n",
            "[LINE] {TN}: สวัสดี เบอร์ของแม่ {MTH} ที่อยู่ {AT}\n",
            "{\"msgType\":\"LINE\",\"from\":\"{TR}\",\"text\":\"พ่อ {P} อยู่โรงพยาบาลไหนคะ\",\"phone\":\"{MF}\"}\n",
            "[OCR] ใบรับรองแพทย์\nชื่อ {MN}\nเลขประจำตัวประชาชน {TID}\nโทร {MTH}\n",
            "病危通知：{P}病情危重，已告知其{KIN}{F}及在泰国的亲属{MNR}（电话{MTH}）\n",
            "姓名,泰文名,电话,泰国地址\n{P},{TN},{MTH},\"{AT}\"\n",
            "Interpreter note (Thai–Teochew)\nPatient: {MNR}, DOB {DOBT}\nInterpreter: {TR}\n"
                    + "Husband: {P}, mobile {M}\n",
            // SMS.
            "【湘桥区人民医院】{P}您好，您预约的{D}痛风专科门诊已确认，就诊号{R}，退订回T\n",
            "【榕港市医保局】尊敬的{P}，您的居民医保{I}已缴费成功，有效期至2026年12月31日。\n",
            "【韩江医学院第一附属医院】您的家属{F}已办理入院，床号12，住院号{R}。\n",
            "【潮南区卫生健康局】{P}：您已纳入长者免费体检，请携身份证{ID}于{D}到陈店镇卫生院。\n",
            // OCR'd forms.
            "[OCR] 广东省居民健康档案封面\n姓 名：{PO}\n现住址：{A}\n户籍地址：{A0}\n联系电话：{M}\n建档医生：{DO}\n档案编号：{R}\n",
            "[OCR] 转 诊 单\n患者 {PO}  年龄 {AGE}\n诊断 痛风性关节炎\n转入 韩江医学院第一附属医院风湿科\n转诊医生 {DO}  电话 {L}\n",
            "[OCR] 出院小结\n姓名:{PO} 住院号:{R}\n出生日期:{DOB}\n出院诊断:鼻咽癌放疗后\n医师签名:{DO}\n",
            // HL7 and tables.
            "MSH|^~\\&|HJYFY|RGCITY|||20250312||ADT^A01\nPID|1||{R}||{OR}||{DOB}|M|||{A}||{M}\n",
            "PID|1||{R}^^^HJ||{P}||{DOB}|F|||{A}||{L}\nNK1|1|{F}|{KIN}|{M}\n",
            "| 床号 | 姓名 | 住院号 | 诊断 |\n|---|---|---|---|\n| 7 | {P} | {R} | 痛风 |\n| 8 | {N} | {R} | 鼻咽癌 |\n",
            // Clinic notes, referrals, refunds.
            "门诊：{P}，{SEX}，{AGE}岁，住{A}，因{SYM}{DUR}就诊；既往G6PD缺乏；身份证{ID}\n",
            "会诊：{DR}（血液科）意见：{P}为β地贫中间型，建议去铁治疗；患者{PG}同意\n",
            "转诊单\n转出：惠来县人民医院\n患者：{P}  出生日期：{DOB}\n医保号：{I}\n转入：韩江医学院第一附属医院血液科\n转诊医生：{DR}  电话：{L}\n",
            "护理记录：{P}，Braden评分14分；{DS}护士长交代家属{F}每2小时翻身\n",
            "退款申请\n患者：{P}\n收款人：{F}（{KIN}）\n银行卡号：{B}\n开户行：中国农业银行汕头分行\n联系电话：{M}\n",
            "住院押金退还：{P}，住院号{R}，退至{F}名下银行卡{B}，经办{N}\n",
            // Teochew voice notes.
            "[语音转文字] 我是{P} 阮老公去泰国了 我个身份证号系{ID} 你帮我查下报告出了未\n",
            "[语音转文字] {DS}医生 阮阿爸{P}食了药还是痛 做呢办 伊侬住{A0}\n");

    // The ten Teochew surnames first (陈 林 黄 蔡 郑 许 谢 吴 庄 翁), then others of the region, then three rarer ones.
    static final List<String> CHINESE = List.of((""
            + "陈锐鸿 陈惜娥 陈楷城 陈钿香 陈炳锵 陈潮顺 陈少銮 陈壁如 陈镇藩 陈丽钗 陈泽楷 陈瑞钿 陈妙璇 "
            + "林炳耀 林惜钗 林楚涛 林娥 林少樵 林锦潮 林秋蕊 林汉标 林佩璇 "
            + "黄镇坤 黄銮珠 黄楚雄 黄钿娥 黄振锋 黄惜芝 黄汉楷 "
            + "蔡炳忠 蔡秋钿 蔡锦鸿 蔡惜玉 蔡镇南 蔡少璇 "
            + "郑楚标 郑銮凤 郑汉炎 郑惜钗 郑锐彬 郑蕊 "
            + "许锦炎 许惜卿 许楚鸿 许銮英 许镇城 谢炳南 谢钿珠 谢楷鹏 谢惜蕊 "
            + "吴楚坤 吴钗 吴锐城 吴銮香 吴汉镇 庄炳坤 庄惜珍 庄楚钿 庄汉彪 "
            + "翁锦钿 翁秋銮 翁楚鸿 翁振坤 翁惜 李楚南 李钿英 "
            + "杨锐潮 杨惜娥 张镇鸿 张銮娇 马汉炎 马秋蕊 "
            + "洪炳坤 洪惜钗 洪楚彪 詹锦炎 詹惜英 方汉楷 方銮娥 "
            + "姚楚鸿 姚惜珠 纪镇坤 柯少銮 卢汉鸿 余惜钿 "
            + "佘锦坤 佘銮英 揭楚鸿 揭惜卿 辜炳南 辜秋蕊"
            ).strip().split(" "));
    /** Surnames of the region that the first generator does not write: 佘 (Shantou, Jieyang), 揭 (Jieyang), 辜. */
    static final String RARE_SURNAMES = "佘揭辜";
    /** The ten commonest Teochew surnames. */
    static final String TEOCHEW_SURNAMES = "陈林黄蔡郑许谢吴庄翁";
    /** Thai relatives and spouses: Thai script|romanisation; many with a Sae- (แซ่) surname from a Chinese clan. */
    static final List<String> THAI = List.of("วิชัย แซ่ลิ้ม|Wichai Saelim", "สุนีย์ แซ่เฮ้ง|Sunee Saeheng",
            "ประเสริฐ แซ่อึ้ง|Prasert Sae-ung", "มาลี แซ่โค้ว|Malee Saekhow", "บุญเลิศ แซ่เตีย|Boonlert Saetia",
            "กาญจนา แซ่ลี้|Kanchana Saelee", "สมศักดิ์ แซ่โง้ว|Somsak Saengow", "วันเพ็ญ แซ่จึง|Wanphen Saechueng",
            "ธีระ แซ่อั้ง|Theera Sae-ang", "นิภา แซ่เล้า|Nipha Saelao", "สุรชัย ตั้งตระกูล|Surachai Tangtrakul",
            "รัตนา ลิ้มเจริญ|Rattana Limcharoen", "อำนาจ เตชะวณิช|Amnat Techawanich",
            "ปราณี โค้วสุวรรณ|Pranee Khowsuwan", "ชูศักดิ์ แซ่ฉั่ว|Chusak Saechua", "อรุณี แซ่หลี|Arunee Saelee",
            "ลำดวน แซ่ตั้ง|Lamduan Saetang", "พรทิพย์ แซ่อื้อ|Phonthip Sae-ue", "ประนอม แซ่ลิ้ม|Pranom Saelim",
            "สมใจ แซ่เฮ้ง|Somjai Saeheng");
    /** The women of {@link #THAI}: the record's Thai relative (MN, MNR) is a wife, a mother, a bride. */
    static final List<String> THAI_WOMEN = List.of("สุนีย์ แซ่เฮ้ง", "มาลี แซ่โค้ว", "กาญจนา แซ่ลี้", "วันเพ็ญ แซ่จึง",
            "นิภา แซ่เล้า", "รัตนา ลิ้มเจริญ", "ปราณี โค้วสุวรรณ", "อรุณี แซ่หลี", "ลำดวน แซ่ตั้ง", "พรทิพย์ แซ่อื้อ",
            "ประนอม แซ่ลิ้ม", "สมใจ แซ่เฮ้ง");
    /** The record's Thai relatives in Thai script: the women of the pool. */
    static final List<String> MINORITY = THAI_WOMEN;
    /** Overseas relatives in Teochew romanisation, family name first (Singapore, Malaysia, Thailand). */
    static final List<String> TEOCHEW_ROMAN = List.of("Teo Chin Huat", "Ng Bee Choo", "Chua Kim Seng", "Tay Ah Lek",
            "Seah Ai Lian", "Ong Teck Chye", "Goh Siew Eng", "Lau Ah Chai", "Sim Poh Choo", "Toh Kah Hock",
            "Yeo Geok Hoon", "Koh Chwee Lian", "Low Ah Kiat", "Lee Gek Noi");
    /** Hong Kong relatives: family name and hyphenated Cantonese given name, some with an English given name first. */
    static final List<String> HONG_KONG = List.of("Choi Siu-fong", "Cheng Kwok-wai", "Connie Lam Mei-ling",
            "Hui Chi-ho", "Anson Tse Wing-hong", "Chong Suk-yee", "Kenneth Yung Ka-fai", "Chan Yuk-ling",
            "Fanny Wong Pui-shan", "Ng Chun-kit");
    /** Teochew nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("阿钿", "阿蕊", "阿棠", "肥仔雄", "乌面标", "猴仔坤", "阿顺仔",
            "细妹娟", "蚝仔辉", "鸭仔锐");
    /** Letter writers, office staff and doctors abroad, given|family. */
    static final List<String> ENGLISH = List.of("Jeslyn|Kwek", "Jarvis|Sng", "Winnie|Phua", "Gilbert|Chng",
            "Vivian|Boey", "Adrian|Quek", "Florence|Soh", "Jocelyn|Lye", "Terence|Neo", "Beatrice|Tia",
            "Shermaine|Png", "Lionel|Kuah", "Bernadette|Heah", "Aloysius|Tng", "Germaine|Poh");

    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Chaoyang city, Chenghai city and Nan'ao of
     * Shantou; Xiangqiao, Chao'an county and Raoping of Chaozhou; Rongcheng, Jiedong county, Jiexi, Huilai and Puning
     * of Jieyang.
     */
    private static final List<String> LEGACY_AREA = List.of("440582", "440583", "440523", "445102", "445121",
            "445122", "445202", "445221", "445222", "445224", "445281");
    /** Codes for 18-digit numbers: the legacy codes and the districts of 2003 (Shantou) and 2012–2013. */
    private static final List<String> AREA = Stream.concat(Stream.of("440511", "440512", "440513", "440514", "440515",
            "445103", "445203"), LEGACY_AREA.stream()).toList();
    private static final List<String> LANDLINE_AREAS = List.of("0754", "0768", "0663");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622202", "623058", "621483");
    private static final List<String> DISTRICT_CODES = List.of("CY", "CN", "CH", "XQ", "RP", "PN", "HL");
    private static final List<String> INSURANCE_PREFIXES = List.of("STJM", "CZJM", "JYJM", "RGYB");
    /** City|districts|roads|estates. */
    private static final List<String> CITY = List.of(
            "汕头市|金平区,龙湖区|长平路,金砂路,韩江路,汕樟路|东厦花园,金涛庄,华侨新村",
            "潮州市|湘桥区|潮州大道,新桥路,环城西路|绿榕花园,新城家园",
            "揭阳市|榕城区|临江路,进贤门大道,东山大道|榕华苑,江南新城",
            "榕港市|韩江区,东湖区|凤江大道,侨兴路,南堤路|侨苑新村,凤江花园");
    /** County or district|towns|villages. */
    private static final List<String> VILLAGES = List.of(
            "汕头市潮阳区|海门镇,谷饶镇,关埠镇|东湖村,上堡村,华阳村",
            "汕头市潮南区|陈店镇,峡山街道,两英镇|溪口村,沟湖村,古厝村",
            "汕头市澄海区|莲下镇,隆都镇,莲上镇|程洋岗村,前美村,樟林村",
            "潮州市潮安区|彩塘镇,庵埠镇,东凤镇|金砂村,华美村,宏安村",
            "潮州市饶平县|黄冈镇,钱东镇,海山镇|上浮山村,隆东村,东界村",
            "揭阳市普宁市|流沙街道,洪阳镇,燎原街道|泥沟村,宝镜院村,乌石村",
            "揭阳市惠来县|惠城镇,神泉镇,靖海镇|西门村,港寮村,资深村",
            "揭阳市揭西县|棉湖镇,金和镇,钱坑镇|贡山村,山湖村,新寨村");
    /** Thai tambon, amphoe and changwat (or khwaeng, khet and Bangkok) with the postcode: romanised|Thai script. */
    private static final List<String> THAI_PLACES = List.of(
            "Tambon Nong Prue, Amphoe Bang Lamung, "
                    + "Changwat Chon Buri 20150|ตำบลหนองปรือ อำเภอบางละมุง จังหวัดชลบุรี 20150",
            "Tambon Si Racha, Amphoe Si Racha, Changwat Chon Buri 20110|ตำบลศรีราชา อำเภอศรีราชา จังหวัดชลบุรี 20110",
            "Tambon Pak Nam Pho, Amphoe Mueang Nakhon Sawan, "
                    + "Changwat Nakhon Sawan 60000|ตำบลปากน้ำโพ อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ 60000",
            "Tambon Hat Yai, Amphoe Hat Yai, Changwat Songkhla 90110|ตำบลหาดใหญ่ อำเภอหาดใหญ่ จังหวัดสงขลา 90110",
            "Tambon Tha Chalom, Amphoe Mueang Samut Sakhon, "
                    + "Changwat Samut Sakhon 74000|ตำบลท่าฉลอม อำเภอเมืองสมุทรสาคร จังหวัดสมุทรสาคร 74000",
            "Tambon Bang Phli Yai, Amphoe Bang Phli, "
                    + "Changwat Samut Prakan 10540|ตำบลบางพลีใหญ่ อำเภอบางพลี จังหวัดสมุทรปราการ 10540");
    /** Bangkok's Chinatown: romanised|Thai script. */
    private static final String YAOWARAT = "Khwaeng Samphanthawong, Khet Samphanthawong, Bangkok 10100"
            + "|แขวงสัมพันธวงศ์ เขตสัมพันธวงศ์ กรุงเทพมหานคร 10100";
    static final List<String> THAI_MONTHS = List.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    static final List<String> THAI_MONTHS_SHORT = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
            "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";

    private Blind44Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_44 || !templates.isEmpty() && BLIND_44.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Thai relative or spouse (MN), a woman, in Thai script. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** A Thai person's name romanised, from the Thai script. */
    static String thaiRoman(String thaiScript) {
        for (String e : THAI) {
            if (e.startsWith(thaiScript + "|")) return e.split("\\|")[1];
        }
        throw new IllegalArgumentException(thaiScript);
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** A flat in a city: 汕头市金平区长平路88号东厦花园5栋302房; {@code partial} stops at the road. */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(CITY, r).split("\\|");
        String base = (withProvince ? "广东省" : "") + t[0] + one(t[1], r) + one(t[2], r);
        if (partial) return base;
        return base + (1 + r.nextInt(300)) + "号" + one(t[3], r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(18))
                + "0" + (1 + r.nextInt(4)) + "房";
    }

    /** A village house: …村东畔三巷7号 as 村N巷N号, 村老寨N号, 村新厝区N座N号; {@code partial} stops at town or village. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(VILLAGES, r).split("\\|");
        String base = (withProvince ? "广东省" : "") + t[0] + one(t[1], r);
        if (partial) return r.nextBoolean() ? base : base + one(t[2], r);
        String v = base + one(t[2], r);
        return switch (r.nextInt(3)) {
            case 0 -> v + (1 + r.nextInt(20)) + "巷" + (1 + r.nextInt(40)) + "号";
            case 1 -> v + "老寨" + (1 + r.nextInt(120)) + "号";
            default -> v + "新厝区" + (1 + r.nextInt(30)) + "座" + (1 + r.nextInt(12)) + "号";
        };
    }

    /** A Chinese address: a village (most) or a flat. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(5) < 3 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    /**
     * A Thai address, romanised (99/12 Moo 4, Tambon …, Amphoe …, Changwat … 20150; 218 Soi Charoen Krung 16, Khwaeng
     * …) or in Thai script (99/12 หมู่ 4 ตำบล… อำเภอ… จังหวัด… 20150; 218 ซอยเจริญกรุง 16 แขวง…).
     */
    static String thaiAddress(RandomGenerator r) {
        boolean thaiScript = r.nextBoolean();
        String house = (1 + r.nextInt(300)) + (r.nextBoolean() ? "/" + (1 + r.nextInt(40)) : "");
        if (r.nextInt(4) == 0) {
            String[] p = YAOWARAT.split("\\|");
            int soi = 1 + r.nextInt(30);
            return thaiScript ? house + " ซอยเจริญกรุง " + soi + " " + p[1] : house + " Soi Charoen Krung " + soi + ", "
                    + p[0];
        }
        String[] p = pick(THAI_PLACES, r).split("\\|");
        int moo = 1 + r.nextInt(12);
        return thaiScript ? house + " หมู่ " + moo + " " + p[1] : house + " Moo " + moo + ", " + p[0];
    }

    /** An 18-character number, born in the years given: plain, with a lower-case x, 6-8-4 by blanks or by hyphens. */
    private static String written18(int fromYear, int years, RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(AREA, r), fromYear, years, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mainland resident ID: 18 characters (born 1930 to 2008), or 15 digits on a code of its time (1930 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 30, 55, r);
        return written18(1930, 79, r);
    }

    /** The check digit of a Thai identity number's first twelve digits: weights 13 to 2, mod 11. */
    static char thaiIdCheck(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (first12.charAt(i) - '0') * (13 - i);
        return (char) ('0' + (11 - sum % 11) % 10);
    }

    /** A Thai identity number, 1-2345-67890-12-3 or run together; the first digit 1 to 8. */
    static String thaiId(RandomGenerator r) {
        String first12 = (1 + r.nextInt(8)) + digits(11, r);
        String id = first12 + thaiIdCheck(first12);
        return r.nextInt(3) > 0 ? id.charAt(0) + "-" + id.substring(1, 5) + "-" + id.substring(5, 10) + "-"
                + id.substring(10, 12) + "-" + id.charAt(12) : id;
    }

    /** The check letter of a Singapore NRIC (S or T, seven digits). */
    static char nricCheck(char prefix, String seven) {
        int[] w = {2, 7, 6, 5, 4, 3, 2};
        int sum = prefix == 'T' ? 4 : 0;
        for (int i = 0; i < 7; i++) sum += (seven.charAt(i) - '0') * w[i];
        return "JZIHGFEDCBA".charAt(sum % 11);
    }

    /** A Singapore NRIC: S1234567D (born before 2000) or T0123456G. */
    static String nric(RandomGenerator r) {
        char prefix = r.nextInt(4) == 0 ? 'T' : 'S';
        String seven = digits(7, r);
        return prefix + seven + nricCheck(prefix, seven);
    }

    /** A Hong Kong identity card number: a letter, six digits and the check in brackets, A123456(7). */
    static String hongKongId(RandomGenerator r) {
        String letter = String.valueOf("ACDEGHKPRVYZ".charAt(r.nextInt(12)));
        String six = digits(6, r);
        for (char c : "0123456789A".toCharArray()) {
            if (Checksums.isHongKongId(letter, six, c)) return letter + six + "(" + c + ")";
        }
        throw new IllegalStateException(letter + six);
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
    }

    /** A mainland mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(5)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            default -> n;
        };
    }

    /** A mobile said aloud and written in Chinese numerals, the nought as 零: grouped 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** A Thai mobile: +66 81 234 5678, or 081-234-5678 as Thais write it at home. */
    static String thaiMobile(RandomGenerator r) {
        String head = "" + "689".charAt(r.nextInt(3)) + digits(1, r);
        return r.nextInt(3) > 0 ? "+66 " + head + " " + digits(3, r) + " " + digits(4, r)
                : "0" + head + "-" + digits(3, r) + "-" + digits(4, r);
    }

    /** A Malaysian mobile: +60 12-345 6789. */
    static String malaysianMobile(RandomGenerator r) {
        return "+60 1" + digits(1, r) + "-" + digits(3, r) + " " + digits(4, r);
    }

    /** A Singapore mobile: +65 9123 4567. */
    static String singaporeMobile(RandomGenerator r) {
        return "+65 " + "89".charAt(r.nextInt(2)) + digits(3, r) + " " + digits(4, r);
    }

    /** A Hong Kong mobile: +852 9123 4567. */
    static String hongKongMobile(RandomGenerator r) {
        return "+852 " + "569".charAt(r.nextInt(3)) + digits(3, r) + " " + digits(4, r);
    }

    /** A mobile abroad, of any of the four countries: Thai (most), Malaysian, Singapore or Hong Kong. */
    static String foreignMobile(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0, 1 -> thaiMobile(r);
            case 2 -> malaysianMobile(r);
            case 3 -> singaporeMobile(r);
            default -> hongKongMobile(r);
        };
    }

    /** A landline, eight local digits: 0754-88123456, (0768)22123456, 0663 8612 3456, +86 754 88123456, …转8031. */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = "2358".charAt(r.nextInt(4)) + digits(7, r);
        return switch (r.nextInt(5)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, 4) + " " + local.substring(4);
            case 2 -> area + "-" + local + "转" + digits(4, r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * HJ2024031876 (inpatient), HJMZ24031876 (outpatient card), CY2024-03187 (district hospitals), DP-2024-0318
     * (thalassaemia screening), QJ2403187 (returnee check-up).
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "HJ" + year + digits(6, r);
            case 1 -> "HJMZ" + (year % 100) + digits(6, r);
            case 2 -> pick(DISTRICT_CODES, r) + year + "-" + digits(5, r);
            case 3 -> "DP-" + year + "-" + digits(4, r);
            default -> "QJ" + (year % 100) + digits(5, r);
        };
    }

    /** Residents' insurance of Shantou, Chaozhou, Jieyang (STJM, CZJM, JYJM) and employees' of 榕港 (RGYB). */
    static String insuranceNumber(RandomGenerator r) {
        return pick(INSURANCE_PREFIXES, r) + digits(10, r);
    }

    /** A bank card, 16 or 19 digits with a valid Luhn digit: plain, fours by blanks or fours by hyphens. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(3)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /** 1951年3月5日, 1951-03-05, 1951.3.5, 1951/3/5, 一九五一年三月五日; born 1930 to 2008. */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(79), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(5)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            default -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
        };
    }

    /** A day of a lunar month: 初八, 初十, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** An elder's lunar birthday, 1925 to 1965: 农历1938年十月初八, 阴历三八年腊月十五. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(41), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return r.nextBoolean() ? "农历" + y + "年" + month + lunarDay(d)
                : "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
    }

    /** A Thai date of birth in the Buddhist era (year + 543), 1950 to 2004: 5 มี.ค. 2501, 5 มีนาคม 2501, 05/03/2501. */
    static String thaiBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(55) + 543, m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + THAI_MONTHS_SHORT.get(m - 1) + " " + y;
            case 1 -> d + " " + THAI_MONTHS.get(m - 1) + " " + y;
            default -> String.format("%02d/%02d/%d", d, m, y);
        };
    }

    /** As English letters write it: 5 March 1958, 05-Mar-1958, March 5, 1958; born 1935 to 2004. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(70), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> String.format("%02d-%s-%d", d, month.substring(0, 3), y);
            default -> month + " " + d + ", " + y;
        };
    }

    /** A child's date of birth, 2010 to 2025: 2018年3月5日, 2018-03-05, 20180305. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2010 + r.nextInt(16), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(3)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** A name as OCR reads it off a form (see {@link PoolNameForms#scannedName}). */
    static String scannedName(String name, RandomGenerator r) {
        return PoolNameForms.scannedName(name, r);
    }

    /** Whether a value is a Chinese pool name as OCR breaks it. */
    static boolean isScannedName(String w) {
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && CHINESE.contains(w.replaceAll("[ \n\u3000]", ""));
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "DO" -> out.write(scannedName(people[2], random), EntityKind.NAME);
            case "MNR" -> out.write(thaiRoman(people[3]), EntityKind.NAME);
            case "TN" -> out.write(pick(THAI, random).split("\\|")[0], EntityKind.NAME);
            case "TR" -> out.write(pick(THAI, random).split("\\|")[1], EntityKind.NAME);
            case "OR" -> out.write(pick(TEOCHEW_ROMAN, random), EntityKind.NAME);
            case "HK" -> out.write(pick(HONG_KONG, random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "TID" -> out.write(thaiId(random), EntityKind.ID_NUMBER);
            case "NRIC" -> out.write(nric(random), EntityKind.ID_NUMBER);
            case "HKID" -> out.write(hongKongId(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MF" -> out.write(foreignMobile(random), EntityKind.PHONE);
            case "MTH" -> out.write(thaiMobile(random), EntityKind.PHONE);
            case "MMY" -> out.write(malaysianMobile(random), EntityKind.PHONE);
            case "MSG" -> out.write(singaporeMobile(random), EntityKind.PHONE);
            case "MHK" -> out.write(hongKongMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) == 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AT" -> out.write(thaiAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBT" -> out.write(thaiBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
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
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Thai script for a romanised Thai name), or null when the value
     * (a surname, a given name alone) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w) || TEOCHEW_ROMAN.contains(w)
                || HONG_KONG.contains(w)) {
            return w;
        }
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : THAI) {
            String[] p = e.split("\\|");
            if (p[0].equals(w) || p[1].equals(w)) return p[0];
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

    /** Every written form of the Thai, overseas Teochew, Hong Kong and English pools, in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : THAI) out.addAll(List.of(e.split("\\|")));
        out.addAll(TEOCHEW_ROMAN);
        out.addAll(HONG_KONG);
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

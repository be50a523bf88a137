package com.yilian.agents.deid;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Fiftieth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be measured
 * once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe} as
 * {@code BLIND_50}); a rule changed, or a model retrained, because of its errors makes it development data and needs a
 * new blind group for the next honest estimate.
 *
 * <p>The documents: the campus health network of two fictional universities of a regional consortium (长江高校健康联盟), 东湖大学
 * in Wuhan and 石城大学 in Nanjing (仙林校区): the campus clinics (校医院) with their international clinic, the counselling
 * centres (心理健康教育中心), sports injuries, freshman and staff health examinations, TB contact screening and other
 * dormitory outbreaks (norovirus, influenza, varicella), vaccination (rabies after dog bites, HPV, hepatitis B),
 * student medical insurance (大学生医保) and the international students' insurance, referrals to the affiliated tertiary
 * hospitals (临江医院, 钟山医院). The people: Chinese students, class advisers (辅导员), counsellors, coaches, dorm managers,
 * faculty and staff and their families and retired staff; international students from Africa (Nigeria, Ghana, Kenya,
 * Tanzania, Zambia), South Asia (Pakistan, India, Bangladesh, Nepal), Central Asia (Kazakhstan, Uzbekistan,
 * Kyrgyzstan) and South-East Asia (Vietnam, Indonesia, Thailand), with their national identity, insurance and bank
 * numbers, home addresses and emergency contacts abroad. The genres: clinic notes and prescriptions, outbreak line
 * lists (CSV, markdown, tab, pipe), health-examination forms, counselling intake and referral (neutral wording), leave
 * certificates and exam deferrals, insurance claims, referral letters, vaccination cards and SMS reminders, WeChat
 * groups of advisers, dorms and teams, WhatsApp chats, e-mails in English, OCR'd forms, JSON exports and voice notes
 * with Wuhan and Nanjing speech (冇得, 么样, 克 for 去, 阿是, 伢子). About a third is in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: students, parents and relatives, doctors,
 * nurses, counsellors ({@code N}: a further Chinese name), class advisers, coaches, dorm managers, international
 * students and their contacts, in every position (after a role word, at the start of a chat line, in table cells, CSV
 * fields, JSON values, lists, English prose). A surname in a form of address labels the surname only ({@code PS} the
 * patient's, {@code DS} the doctor's, {@code NS} a further person's): 老X, 小X, X老师, X医生, X同学, X主任, X阿姨. A given name
 * used alone ({@code PG}) labels the given name (a one-character given name is never used alone). A campus or WeChat
 * nickname ({@code PK}: 胖虎, Kiki酱) names a person and is labelled whole. A child known as a parent's child (X之子, X之女)
 * labels the parent. Kin words, titles and roles alone are not names: 辅导员, 班长, 室友, 宿管阿姨, 楼长, 教练, 队医, 家长, 老头子, 伢子,
 * roommate, class adviser, Mum. An OCR'd name ({@code PO}) broken by a line break, a blank after the surname, or a
 * blank or ideographic blank between every character is one span. Chinese people in English documents are written in
 * pinyin ({@code PY} the patient, {@code DY} the doctor, {@code NY} a further person: Wang Yihan, Yihan Wang, WANG
 * Yihan; {@code DSY} the doctor's surname alone after Dr, which stays outside the span).
 *
 * <p>Each record has one international student (the generator's minority person, here an entry of {@link #STUDENTS}):
 * {@code MN} writes the student's Chinese transliteration (丘库埃布卡·安耶格布, 吴氏秋荷), {@code MG} its first part used alone,
 * {@code E} the Latin name (Vietnamese family first, with or without diacritics; an Indonesian single name),
 * {@code EU} the passport form (TEMBO, MEMORY; TEMBO Memory), {@code EG} the name the student is called by (Usman,
 * Rakibul, Hà), {@code ES} the family name; all labelled whole, titles (Mr, Ms, Dr) outside. {@code E3} is another
 * international student, {@code E2} the student's parent or sponsor at home ({@link #CONTACTS}). The student's own
 * identifiers follow the student's country: {@code IDF} the national identity number (Nigerian NIN, Ghana Card, Kenyan
 * ID, Tanzanian NIDA, Zambian NRC, Pakistani CNIC, Aadhaar with its Verhoeff digit, Bangladeshi NID, Nepali
 * citizenship number, Kazakh IIN and Uzbek PINFL with their check digits, Kyrgyz PIN, Vietnamese CCCD, Indonesian NIK,
 * Thai ID with its check digit), {@code MF} the phone at home, {@code AF} the home address abroad, {@code IF} the
 * insurance (Ghana NHIS, Kenya NHIF, Indonesian BPJS, Vietnamese BHYT, otherwise the international students' insurance
 * certificate LH and ten digits), {@code BF} an account (Pakistani and Kazakh IBAN with valid check digits, Nigerian
 * NUBAN with its check digit, otherwise a Chinese card of the student).
 *
 * <p>Chinese identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area
 * codes of Wuhan 4201, Nanjing 3201 and the students' home counties; plain, with a lower-case x, 6-8-4 by blanks or by
 * hyphens; 15-digit numbers with a valid birth date on codes that existed before 1999), mobiles ({@code M}: plain,
 * 3-4-4 by blanks or hyphens, +86; {@code MV}: spoken, 一 or 幺, 零), landlines ({@code L}: eight digits on 027 Wuhan and
 * 025 Nanjing, as 027-87651234, (027)87651234, 027 8765 1234, with an extension after 转, +86 27 87651234), addresses
 * ({@code A}: home villages by 镇/乡, 村, 组, flats in Wuhan and Nanjing, staff housing N栋N门N号; {@code A0}: stopping at
 * the township, village or road; {@code AD}: a dormitory room where a student lives, 荷园7栋512, 紫荆苑3幢217室, with or
 * without the university and street; {@code ADE}: the same in English, Room 1406, Building 2, International Students'
 * Apartments), record numbers ({@code R}: campus clinic XYMZ24031287, SCXY24031287, health archive JK2024031287;
 * {@code RH}: hospital inpatient numbers, seven digits or ZS24031287; {@code RX}: counselling case XL2024-0387,
 * XLZX240387; {@code RT}: TB register TB420111-2024-0087, JH202400087), insurance numbers ({@code I}: a 14-digit
 * personal number on an area code, 大学生医保 XSYB2024031287), bank cards ({@code B}: 16 or 19 digits with a valid Luhn
 * digit, plain or in fours by blanks or hyphens), dates of birth ({@code DOB}: 2003年7月14日, 2003-07-14, 2003.7.14,
 * 2003/7/14, 20030714, 03年7月14号; {@code DOBE}: 14 July 2003, Jul 14, 2003, 14/07/2003, 14.07.2003). Not labelled:
 * visit dates and times, ages, scores and lab values, doses and batch numbers, student numbers (学号), staff numbers
 * (工号), campus card numbers, course codes, exam rooms and seat numbers, CET admission numbers, passport, visa and
 * residence- permit numbers, the group policy number of the students' accident insurance, invoice, claim and sample
 * numbers, dormitory buildings named without a room in non-address use (荷园7栋学生工作群, 紫荆苑3幢有同学水痘), clinic rooms, class
 * names, facilities, hotlines, an office e-mail address, kin words and roles, Wuhan and Nanjing words, and words
 * beginning with a pool surname (all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind48Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * student and staff list of Hubei and Jiangsu would look: 王, 李, 张, 刘, 陈, 杨, 黄, 周, 胡, 吴, 徐 dominate, then 熊, 余, 汪, 彭,
 * 程, 万, 涂 and others, surnames of the region no earlier group used ({@link #RARE_SURNAMES}), students' names of the
 * 2000s (亦菡, 梓豫, 昱辰, 语嫣), staff's of the 1960s to 80s (克勤, 冬生, 汉生) and word-like names ({@link #WORD_LIKE}). Any
 * non-empty subset of {@link #BLIND_50} uses these pools (see {@link #uses}).
 */
final class Blind50Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270120L;

    static final List<String> BLIND_50 = List.of(
            // Campus clinic notes.
            "东湖大学校医院门诊病历\n姓名：{P}  性别：{SEX}  学号：2022302110087\n就诊号：{R}\n主诉：发热、咽痛2天\n查体：T {TEMP}，咽充血，扁桃体Ⅱ度肿大\n"
                    + "诊断：急性化脓性扁桃体炎\n处理：阿莫西林 0.5g tid ×5天\n医师：{DR}\n",
            "校医院急诊：{D} {TIME}，{P}（住{AD}）夜间右下腹痛，由室友{N}及辅导员{N}陪同来诊，电话{M}；血常规WBC 13.6×10^9/L，转附属临江医院急诊外科\n",
            "复诊：{P}，右踝关节扭伤后第5天（院系篮球赛），肿胀减轻，可负重行走；建议体育课（PHED2105）免修两周；{DS}医生，就诊号{R}\n",
            "校医院处方笺 | {P} | {SEX} | 学号2021301520146 | 急性支气管炎 | 右美沙芬 15mg tid | 医师{DR} | 药师{N}\n",
            "夜间值班记录：{TIME} {AD}学生{P}呕吐3次，同宿舍另有2人类似症状，考虑食源性；已报告{DS}主任并通知后勤保障处；辅导员{N}（{M}）到场\n",
            "门诊日志\t{D}\t{P}\t{SEX}\t计科2103班\t过敏性鼻炎\t氯雷他定 10mg qd\t{DR}\n",
            "[OCR] 石城大学校医院（仙林校区）门诊病历\n姓名 {PO}   校园卡号 3108762\n就诊号 {R}\n诊断 流行性腮腺炎 建议隔离至腮腺肿大完全消退\n医师 {DR}\n",
            "护士站交班：小{PS}今天输液第三天，体温{TEMP}，明天可停；{DS}医生查房已看过，家长{F}下午来接\n",
            "Donghu University Hospital - International Clinic\nPatient: {E}\nDOB: {DOBE}\nClinic no.: {R}\n"
                    + "Complaint: fever 38.9 C and chills, back from home 9 days ago\n"
                    + "Plan: malaria RDT and blood smear; refer to Linjiang Hospital if positive\nDoctor: {DY}\n",
            "Clinic note: {E} was bitten on the left calf by a stray dog near the west gate; category III exposure. "
                    + "Rabies vaccine dose 1 given, RIG infiltrated (batch 20240611). Next doses day 3, 7, 14, 28. "
                    + "Home contact: {MF}. Dr {DSY}\n",
            "Walk-in note\nName: {EU}\nPassport No.: A08765432\nInsurance: {IF}\nBP {BP}, HR {HR}\n"
                    + "Assessment: viral upper respiratory infection\nSeen by Dr {DY}\n",
            "Night call log, Shicheng University clinic: {TIME} call from {M}, student {E3} reports that the "
                    + "roommate {EG} has had diarrhoea since the afternoon; advised ORS and a visit in the morning. "
                    + "Nurse on duty: {NY}\n",
            // TB contact screening and other dormitory outbreaks.
            "肺结核密切接触者筛查一览表（指示病例同楼层）\n序号,姓名,学号,宿舍,PPD硬结(mm),胸片,联系电话\n1,{P},2023302080115,{AD},15,未见异常,{M}\n"
                    + "2,{N},2023302080117,{AD},8,未见异常,{M}\n",
            "| 姓名 | 宿舍 | T-SPOT | 胸部CT | 处理 |\n|---|---|---|---|---|\n| {P} | {AD} | 阳性 | 未见活动性病灶 | 预防性服药 |\n"
                    + "| {N} | {AD} | 阴性 | 未见异常 | 3个月后复查 |\n",
            "指示病例报告：{P}，{SEX}，学号2021305170032，住{AD}，痰涂片阳性，{D}转诊至武汉市结核病防治所，登记号{RT}；密接筛查负责人{DR}，电话{L}\n",
            "TB contact screening line list (Building 7, floors 3-5)\nname,student_id,room,TST_mm,IGRA,CXR,phone\n"
                    + "{E},2023390012,\"{ADE}\",12,positive,normal,{M}\n{PY},2023302080119,{AD},6,negative,normal,"
                    + "{M}\n",
            "[微信 荷园7栋学生工作群]\n{N}老师：接区疾控通知，7栋3—5层同学明天上午8点到校医院做PPD，带校园卡\n{PK}：老师，我在外地实习，能不能回来再做\n"
                    + "{N}老师：把你宿舍号和电话发我\n{PK}：{AD}，{M}\n",
            "诺如病毒感染聚集性疫情报告\n报告人：{DR}（东湖大学校医院）  电话：{L}\n首发病例：{P}，{AD}\n发病时间：{D} {TIME}\n同楼层呕吐腹泻病例：6例\n"
                    + "学生食堂二楼当日停业消杀\n",
            "水痘病例登记\t{P}\t{SEX}\t{AD}\t出疹第2天\t居家隔离至全部结痂\t辅导员{N}\t{M}\n",
            "Outbreak follow-up (influenza A, Xianlin campus)\ncase,dorm,onset,oseltamivir,contact\n{P},{AD},{D},yes"
                    + ",{M}\n"
                    + "{N},{AD},{D},no,{M}\n",
            "{\"event\":\"TB_contact\",\"indexCase\":\"{P}\",\"contact\":\"{N}\",\"room\":\"{AD}\",\"igra\":\"positi"
                    + "ve\","
                    + "\"phone\":\"{M}\",\"tbRegNo\":\"{RT}\"}\n",
            "预防性治疗知情同意书\n本人{P}，身份证号{ID}，系肺结核密切接触者，T-SPOT阳性，同意接受3HR方案预防性治疗（异烟肼+利福平，3个月）。\n家长签字：{F}  "
                    + "电话：{M}\n日期：{D}\n",
            "洪山区疾控中心 结核病接触者随访\n姓名：{P}\n登记号：{RT}\n现住址：{AD}\n户籍地址：{A}\n随访医生：{N}  电话：{L}\n",
            "Subject: TB contact screening\nDear {EG},\nYou were identified as a close contact of a TB case in your "
                    + "building. Please come to Donghu University Hospital, room 203, on {D} for a skin test. Bring "
                    + "your passport and student card (no. 2023390012).\nRegards,\n{NY}, Campus TB Screening Team\n",
            "[微信 宿舍楼长群]\n楼长{N}：紫荆苑3幢有同学水痘，3楼的{P}已经回家隔离\n{NS}阿姨：好的，这层我每天消毒两次\n",
            // Freshman and staff health examinations.
            "[OCR] 东湖大学新生入学体检表\n姓 名 {PO}\n性别 {SEX}  出生日期 {DOB}\n身份证号 {ID}\n身高 172cm 体重 61kg BMI 20.6\n"
                    + "视力 左4.8 右4.9 色觉正常\n乙肝表面抗原 阴性\n胸部X线 未见异常\n",
            "新生体检复查通知：{P}（健康档案号{R}），ALT 86 U/L，请于{D}前到校医院二楼203室复查肝功能；咨询电话{L}\n",
            "{\"name\":\"{PY}\",\"dob\":\"{DOB}\",\"idCard\":\"{ID}\",\"height\":168,\"weight\":55,\"hbsag\":\"neg\","
                    + "\"ppd\":\"8mm\",\"archiveNo\":\"{R}\"}\n",
            "姓名\t身份证号\t出生日期\t体检结论\n{P}\t{ID}\t{DOB}\t合格\n{N}\t{ID}\t{DOB}\t色弱，建议专业复核\n",
            "International student health examination (pre-registration)\nName: {EU}\nDate of birth: {DOBE}\n"
                    + "Passport No.: Z5123456\nNational ID: {IDF}\nHIV, syphilis and TB screening: negative\n"
                    + "Home address: {AF}\n",
            "[OCR] 外国人体格检查记录\nName {EU}\n出生日期 {DOBE}\n护照号码 AB1234561\n现住址 {ADE}\n",
            "新生体检异常汇总（医学部）\n1. {P}，心电图：窦性心律不齐，建议复查；电话{M}\n2. {N}，血压{BP}，建议复测；电话{M}\n"
                    + "3. {MN}，胸片右上肺斑片影，已通知留学生办公室{N}；家属电话{MF}\n",
            "教职工体检报告\n姓名：{P}  工号：D20087\n出生日期：{DOB}\n身份证号：{ID}\n空腹血糖 7.8mmol/L，LDL-C 3.6mmol/L\n建议：内分泌科随诊\n"
                    + "家庭住址：{A}\n",
            "Staff health check summary\nname,staff_no,dob,phone,result\n{PY},D20087,{DOB},{M},normal\n"
                    + "{NY},D19543,{DOB},{M},follow-up\n",
            "体检编号T24090312001样本已接收；受检者{P}，请核对身份证后四位；联系电话{M}\n",
            // Counselling centre (neutral wording).
            "心理健康教育中心 初次来访登记\n来访者：{P}  学号：2020301890042\n个案编号：{RX}\n来访原因：学业压力，入睡困难，近两周情绪低落\nPHQ-9 14分，GAD-7 11分\n"
                    + "评估：中度，建议每周一次咨询\n咨询师：{N}\n紧急联系人：{F}（家长）{M}\n",
            "Counselling intake (English)\nClient: {E}\nCase no.: {RX}\n"
                    + "Presenting concern: homesickness, difficulty sleeping, academic pressure\nPHQ-9: 9  GAD-7: 8\n"
                    + "Risk: low\nCounsellor: {DY}\nEmergency contact abroad: {E2}, {MF}\n",
            "转介单：来访者{P}（个案号{RX}）经评估建议至附属临江医院心身科进一步诊治，已告知本人及家长{F}，家长电话{M}；转介咨询师{N}；辅导员{NS}老师已知悉\n",
            "[微信 心理委员工作群]\n{N}：{PG}这两天一直没去上课，室友说她每天都在床上躺着\n{DS}老师：好的，我今天下午约她来中心聊聊，你把她电话发我\n{N}：{M}\n",
            "心理危机干预记录（{D}）：学生{P}，住{AD}，当晚由辅导员{N}、宿管阿姨陪同至校医院，值班医生{DR}评估后联系家长{F}（{M}），次日转临江医院心身科\n",
            "Counselling follow-up\nClient: {PY}\nSession 4 of 8, {D}\nGoals: sleep routine, time management\n"
                    + "Next session booked; contact {M}\nCounsellor: {DY}\n",
            "{\"caseNo\":\"{RX}\",\"client\":\"{P}\",\"phq9\":14,\"gad7\":11,\"risk\":\"medium\",\"counsellor\":\""
                    + "{N}\","
                    + "\"emergencyContact\":\"{F}\",\"phone\":\"{M}\"}\n",
            "【石城大学心理中心】{P}同学，您预约的个体咨询（个案号{RX}）时间为{D} 14:00，地点心理中心204室。如需改约请回复或致电{L}。\n",
            // Leave certificates and exam deferrals.
            "病假证明\n兹证明{P}同学（学号2022303050118，计科2103班）因急性胃肠炎于{D}在我院就诊，建议休息3天。\n东湖大学校医院  医师：{DR}\n就诊号：{R}\n",
            "[OCR] 石城大学学生请假审批单\n学生姓名 {PO}\n学号 2021211089\n请假事由 右膝前交叉韧带重建术后\n辅导员意见 同意 {N}\n家长电话 {M}\n",
            "Medical leave certificate\nThis is to certify that {E} (Student ID 2023390012) was seen at Donghu "
                    + "University Hospital on {D} and is advised rest for 5 days.\nDoctor: {DY}\nClinic no.: {R}\n",
            "缓考申请：{P}（考场B203 座位号27，课程MED3104 病理生理学）因阑尾炎术后住院，住院号{RH}，附诊断证明；辅导员{N}签字\n",
            "休学申请附件：{P}，身份证号{ID}，因抑郁发作经临江医院心身科诊治（住院号{RH}），申请休学一年；家长{F}同意，电话{M}；家住{A0}\n",
            "Subject: Sick leave - {PY}\nDear Prof. {NY},\n{PY} of your CMED3104 class was seen at the campus clinic "
                    + "today (clinic no. {R}) and has been advised rest until {D}.\nBest wishes,\nDonghu University "
                    + "Hospital\n",
            "Leave request (WhatsApp to class adviser)\n{EG}: Good evening teacher, I have had a fever since "
                    + "yesterday, the clinic gave me a sick note, clinic no. {R}. Can I miss the CHEM1201 lab "
                    + "tomorrow?\n{NY}: Ok, rest well. Send me the note.\n",
            "四级考试缓考证明：{P}，准考证号420051242101327，因急性肠胃炎于考试当日在校医院输液；医师{DR}，就诊号{R}\n",
            // Insurance claims.
            "大学生医保门诊报销申请表\n姓名：{P}  学号：2021302050093\n医保个人编号：{I}\n就诊医院：东湖大学附属临江医院（转诊）\n发票张数：3  合计金额：1,286.50元\n"
                    + "报销账户（本人银行卡）：{B}\n联系电话：{M}\n",
            "[OCR] 武汉市城乡居民基本医疗保险 住院结算单\n参保人 {PO}\n个人编号 {I}\n住院号 {RH}\n统筹支付 8,342.17元 个人自付 1,905.60元\n",
            "Insurance claim - International Student Comprehensive Insurance\nInsured: {EU}\nPolicy certificate: {IF}\n"
                    + "Passport: AK0123456\nHospital: Linjiang Hospital, inpatient no. {RH}\nAmount claimed: CNY 6,4"
                    + "50.00\n"
                    + "Payee account: {BF}\n",
            "学平险理赔材料：团体保单号PEAH202442010000031287（学校统一投保），被保险人{P}，身份证{ID}，出险原因：体育课扭伤；理赔款收款卡{B}\n",
            "{\"claimant\":\"{P}\",\"insuranceNo\":\"{I}\",\"hospitalNo\":\"{RH}\",\"invoiceNo\":\"04231876\","
                    + "\"amount\":1286.5,\"bankCard\":\"{B}\"}\n",
            "Claim status: {E}, insurer ref. CLM-2024-118734, member no. {IF}; reimbursement of CNY 2,130.00 to "
                    + "account {BF} approved on {D}.\n",
            "医保转诊备案：{P}（个人编号{I}）因右膝半月板损伤需转至石城大学附属钟山医院运动医学科，经校医院{DR}同意；备案有效期30天\n",
            "Student medical insurance enrolment check\nname,id_card,insurance_no,status\n{P},{ID},{I},active\n"
                    + "{N},{ID},{I},pending\n",
            "【武汉医保】{P}同学，您的大学生医保（个人编号{I}）门诊报销款386.20元已转入您尾号6021的银行卡，请注意查收。\n",
            "退休教职工慢病随访：{P}，{AGE}岁，高血压病史10年，今日血压{BP}；医保个人编号{I}；老伴{F}，家中电话{L}；住{A}\n",
            // Referrals to the tertiary hospitals.
            "转诊单（校医院→附属临江医院）\n患者：{P}  性别：{SEX}\n身份证号：{ID}\n初步诊断：右下腹痛待查，急性阑尾炎？\n转诊医师：{DR}  电话：{L}\n医保个人编号：{I}\n",
            "Referral letter\nTo: Department of Orthopaedics, Zhongshan Hospital of Shicheng University\n"
                    + "Re: {E}, DOB {DOBE}, clinic no. {R}\nSuspected ACL tear after football, left knee; MRI reques"
                    + "ted.\n"
                    + "Kind regards, Dr {DY}, tel {L}\n",
            "转诊回执：{P}已于{D}在临江医院骨科住院，住院号{RH}，行右踝骨折切开复位内固定术；主管医生{N}，电话{L}\n",
            "[微信 校医院-临江医院转诊群]\n{DR}：转过去一个学生，{P}，疑似自发性气胸，已叫120\n{N}：收到，急诊准备好了，身份证号发一下\n{DR}：{ID}\n",
            "Transfer note: {E}, 21 y, found unresponsive in {ADE} by the roommate {E3}; GCS 11 on arrival; "
                    + "transferred to Linjiang Hospital ED by ambulance. Family abroad informed: {E2}, {MF}. "
                    + "Physician: {DY}\n",
            "出院小结\n患者：{P}  住院号：{RH}\n入院诊断：自发性气胸（右侧）\n治疗：胸腔闭式引流\n出院医嘱：一个月内避免剧烈运动，体育课免修\n主治医师：{DR}\n",
            "[OCR] 东湖大学附属临江医院 诊断证明书\n姓名 {PO} 性别 {SEX}\n住院号 {RH}\n诊断 右侧自发性气胸\n建议 休息两周\n医师签名 {DR}\n",
            "【长江高校健康联盟】{P}您好，您在联盟成员医院的转诊已办理，住院号{RH}，请携带身份证及医保卡到住院处报到。\n",
            // Vaccination: rabies, HPV, hepatitis B.
            "狂犬病暴露处置门诊登记\n姓名：{P}  年龄：20岁\n暴露时间：{D}  地点：校园西门外（流浪犬）\n暴露分级：Ⅲ级  伤口：左小腿两处\n"
                    + "处置：冲洗15分钟，狂犬病人免疫球蛋白浸润注射，疫苗第1针（批号202403B12）\n联系电话：{M}\n接诊医生：{DR}\n",
            "【东湖大学校医院】{P}同学您好，您的狂犬疫苗第3针应于{D}接种，请携带接种卡按时到预防接种门诊。咨询电话{L}。\n",
            "【石城大学校医院】{P}您好，您预约的九价HPV疫苗第二针已到苗，请于{D}前凭身份证（{ID}）到仙林校区校医院接种。\n",
            "HPV疫苗预约登记\n| 姓名 | 身份证号 | 联系电话 | 剂次 |\n|---|---|---|---|\n| {P} | {ID} | {M} | 第1针 |\n| {N} | {ID} | {M}"
                    + " | 第3针 |\n",
            "乙肝疫苗加强接种：{P}（学号2023303120087）新生体检乙肝表面抗体阴性，按0-1-6方案接种，今日第1针；出生日期{DOB}；{DS}医生签字\n",
            "Vaccination record (English copy for home university)\nName: {E}\nDate of birth: {DOBE}\n"
                    + "Hepatitis B: dose 2 given {D}, batch 20240611\nIssued by: {DY}, Donghu University Hospital\n",
            "教工{F}之女，12岁，在校医院预防接种门诊接种HPV疫苗第1针，家长电话{M}；接种医生{DR}\n",
            "[语音转文字] 喂 医生你好 我是{P}啊 就是前天被狗咬的那个 我今天在外面实习 冇得时间过来打第二针 么样搞啊 明天克行不行 我电话{MV}\n",
            "[WhatsApp] {EG}: Doctor, a dog scratched me near dorm 12 yesterday, no blood. Do I need the vaccine?\n"
                    + "{DY}: Yes, please come to the clinic today and bring your insurance card {IF}.\n",
            "犬伤门诊接种卡\n姓名：{MN}\n护照号：P0471236\n联系电话：{M}\n接种程序：5针法（0、3、7、14、28天）\n第1针 {D}\n",
            "护士站：{MG}今天第三针狂犬疫苗已打，留观30分钟无不适；陪同的室友{N}，电话{M}\n",
            "Appointment reminder for the second hepatitis B dose on {D} sent to the student's father, Mr {ES} "
                    + "({MF}).\n",
            "{\"type\":\"rabies_pep\",\"patient\":\"{P}\",\"phone\":\"{M}\",\"exposureGrade\":\"III\","
                    + "\"firstDose\":\"{D}\",\"clinicNo\":\"{R}\"}\n",
            "{\"staffName\":\"{DR}\",\"child\":\"{P}\",\"childId\":\"{ID}\",\"vaccine\":\"HPV9\",\"dose\":1,"
                    + "\"guardianPhone\":\"{M}\"}\n",
            // Sports injuries.
            "运动损伤登记表\n姓名：{P}  学院：体育学院\n受伤经过：{D}校运会跳远落地扭伤左踝\n诊断：左踝外侧副韧带损伤（Ⅱ度）\n处理：RICE，支具固定3周\n医师：{DR}\n"
                    + "家长：{F}  {M}\n",
            "{PS}同学昨天在东区篮球场打球，起跳落地时右膝扭了一下，当时能走，今天肿了，校医院{DS}医生建议做MRI，已开转诊单到钟山医院；就诊号{R}\n",
            "Sports injury report\nAthlete: {E} (university football team)\nInjury: right ankle inversion, grade II "
                    + "sprain\nReturn to play: about 4 weeks\nTeam physician: Dr {DSY}\nEmergency contact: {E2}, "
                    + "{MF}\n",
            "[微信 校足球队]\n教练{N}：{PG}今天训练拉伤大腿后侧，送校医院了\n队医{DR}：腘绳肌拉伤，冰敷，一周别跑\n{PG}：好的谢谢{DS}医生\n",
            "体测意外登记：{D} 1000米测试中{P}（学号2022301670045）晕倒，约30秒后意识恢复，校医院{DR}现场处置后送临江医院急诊；家长{F}，{M}\n",
            "Incident report, Xianlin campus\n{E} fainted during the 800 m run on {D}; first aid by PE teacher {NY}; "
                    + "observed 2 h at the campus clinic, discharged. Clinic no. {R}. Roommate {E3} informed.\n",
            "[WhatsApp] Mum: how is your leg now?\n{EG}: Better mum, the doctor said 2 weeks with crutches. The "
                    + "school insurance {IF} will pay.\n",
            // International students: identity, contacts abroad, insurance, bank details.
            "International student emergency contact form\nFull name: {EU}\nNational identity number: {IDF}\n"
                    + "Phone (China): {M}\nEmergency contact: {E2}, {MF}\nHome address: {AF}\n",
            "{\"student\":\"{E}\",\"nationalId\":\"{IDF}\",\"passportNo\":\"AK0123456\",\"phoneHome\":\"{MF}\","
                    + "\"insuranceNo\":\"{IF}\",\"dob\":\"{DOBE}\"}\n",
            "留学生就诊登记：{MN}，临床医学MBBS三年级，护照号AB1234561，居留许可有效期至2026年7月，电话{M}；主诉咳嗽两周，已安排胸片及T-SPOT；国际教育学院联系人{N}\n",
            "[微信 国际学生辅导员群]\n{N}：{MG}今天发烧39度，还在宿舍，{AD}\n{NS}老师：先让{MG}去校医院，我给国际门诊打电话\n{N}：家里人电话是{MF}，要不要通知？\n",
            "Subject: Emergency - {E} admitted to Linjiang Hospital\nDear Mr {ES},\nYour son {EG} was admitted "
                    + "on {D} with acute appendicitis and is stable after surgery (inpatient no. {RH}).\n"
                    + "Please call the International Office at {L}.\nSincerely,\n{NY}\n",
            "From: International Office <intl@dhu.edu.cn>\nSubject: Insurance card for {E}\nHi {EG}, your insurance "
                    + "certificate number is {IF}. Keep it with your passport. For claims, send the invoices and your "
                    + "bank details ({BF}).\n",
            "name,national_id,phone_cn,phone_home,dorm\n{E},{IDF},{M},{MF},\"{ADE}\"\n{E3},N/A,{M},N/A,\"{ADE}\"\n",
            "外籍学生基本信息\n中文名：{MN}\n英文名：{EU}\n出生日期：{DOBE}\n本国身份证号：{IDF}\n家庭住址：{AF}\n",
            "Residence permit renewal - health certificate\nApplicant: {EU}\nResidence permit no.: 4201240316578 "
                    + "(expires 2025-07-31)\nPrevious X1 visa no. 07123456\nChest X-ray normal, HIV negative\n"
                    + "Contact: {M}\nHome country ID: {IDF}\n",
            "{\"patient\":\"{MN}\",\"latinName\":\"{EU}\",\"phoneCN\":\"{M}\",\"homeAddress\":\"{AF}\","
                    + "\"emergencyContact\":\"{E2}\",\"emergencyPhone\":\"{MF}\"}\n",
            "Bank details for refund\nAccount holder: {EU}\nAccount: {BF}\nBank: Bank of China, Luoyu Road "
                    + "sub-branch, Wuhan\nStudent ID: 2023390012\n",
            "Handover, international clinic\n- {E}: day 7 rabies PEP done, next {D}\n- {E3}: HBsAg positive on entry "
                    + "exam, refer hepatology\n- {PY}: ankle sprain review\nOn call: Dr {DSY}\n",
            "[WhatsApp] {NY} (class adviser): {EG}, the hospital needs your national ID number for the claim.\n"
                    + "{EG}: It's {IDF}. My insurance no. is {IF}.\n",
            "Patient label: {EU} | DOB {DOBE} | Clinic no. {R} | Allergy: penicillin\n",
            "[OCR] Donghu University Hospital\nMedical certificate\nName {EU}\nPassport P0471236\n"
                    + "Diagnosis: acute gastroenteritis\nRest 2 days\nDr {DY}\n",
            "【东湖大学国际教育学院】Dear {EG}, your health exam result is ready; the chest X-ray needs review at "
                    + "Linjiang Hospital (clinic no. {R}). Call {L}.\n",
            "Pharmacy pick-up list\n{E} | isoniazid 300 mg + rifampicin 600 mg | TB reg. {RT}\n"
                    + "{PY} | isoniazid 300 mg + rifampicin 600 mg | TB reg. {RT}\n",
            "Lab result: {ES}, {EG} - IGRA positive, CXR clear; latent TB, start 3HR. TB reg. {RT}\n",
            // Faculty, staff and their families.
            "{F}之子，7岁，教工子女，发热2天，校医院儿科{DR}接诊，诊断疱疹性咽峡炎；家长电话{M}；住{A}\n",
            "[语音转文字] {DS}医生啊 我是{F} 我家老头子今天早上起来说头晕 血压量了一百八 你看是来校医院还是直接克临江 我们住{A0} 电话{MV}\n",
            "[微信 东湖大学南村业主群]\n{N}：校医院{DS}医生说这周六在南村活动室免费量血压\n{F}：我家老{PS}去年查出来糖尿病，能不能顺便测血糖\n{N}：可以的，有事打{L}\n",
            // WeChat groups of class advisers and voice notes.
            "[微信 2023级临床医学辅导员群]\n{N}：我们班{P}在临江医院住院了，阑尾炎，住院号{RH}，家长{F}今晚到武汉\n{NS}老师：好的，医保报销材料让她出院后找我\n",
            "[微信 计科2103班家长群]\n辅导员{N}：各位家长，{PS}同学今天在校医院确诊流感，已居家隔离，请放心\n{F}：谢谢老师，我是{PG}妈妈，电话{M}\n",
            "[微信 学工办值班群]\n{N}：22:40 荷园7栋有学生过敏，脸肿，宿管阿姨打的电话\n{DR}：让他马上来急诊，问下叫什么\n{N}：{P}，{M}，室友陪着\n",
            "[微信 国际学院辅导员群]\n{NS}老师：{MG}的体检报告出来了，PPD阳性\n{N}：我联系一下，手机{M}\n{NS}老师：顺便让他把保险卡号{IF}发给校医院\n",
            "[微信 石城大学仙林校区学工群]\n{N}：{PK}说他腿又疼了，今天不来跑操\n{DS}医生：让他下午来校医院复查，带上次的就诊号{R}\n",
            "[语音转文字] 喂 校医院吗 我是荷园7栋的宿管 有个学生叫{P} 发高烧 站都站不稳 你们能派人来看一下吗 我电话是{MV}\n",
            "[语音留言] {NS}老师您好 我是{P}的爸爸{F} 在{A0}这边 孩子说这两天心情不好 想跟您了解一下情况 我电话{MV} 谢谢您\n",
            "[语音转文字] 喂 校医院啊 阿是{DS}医生 我是{P}的妈妈 伢子在宿舍发烧了 多大事啊他还不肯去看 你们帮我劝劝 我电话{MV}\n",
            // Lists and general notes.
            "本周复诊名单：\n1. {P}（{AD}）{M}\n2. {N}（{AD}）{M}\n3. {PK}（{AD}）{M}\n",
            "{P}的身份证上写的是{DOB}，学籍系统里是另一个日期，体检表按身份证登记；家长{F}已确认，电话{M}\n",
            "患者{P}，出生日期{DOB}，籍贯湖北麻城，户籍地址{A}，现住{AD}，联系电话{M}\n");

    /** Chinese students and staff with the pinyin of the given name: the commonest surnames first, then the region's
     * others, word-like names and the rare surnames. */
    private static final String NAMES = ""
            + "王亦菡 Yihan,王睿渊 Ruiyuan,王梓豫 Ziyu,王思远 Siyuan,王克勤 Keqin,王楚涵 Chuhan,王汉生 Hansheng,王瀚文 Hanwen,"
            + "王昱辰 Yuchen,王蕊 Rui,王锦程 Jincheng,王伊宁 Yining,王馨予 Xinyu,王煦阳 Xuyang,王冬生 Dongsheng,"
            + "李嘉懿 Jiayi,李宇航 Yuhang,李可馨 Kexin,李慕言 Muyan,李星辰 Xingchen,李菁 Jing,李俊豪 Junhao,李芷萱 Zhixuan,"
            + "李荆生 Jingsheng,李一凡 Yifan,李秋月 Qiuyue,李芮宁 Ruining,"
            + "张子豪 Zihao,张语嫣 Yuyan,张沁 Qin,张天佑 Tianyou,张紫涵 Zihan,张依诺 Yinuo,张汉民 Hanmin,张煜城 Yucheng,"
            + "张乐瑶 Leyao,张晓岚 Xiaolan,张逸飞 Yifei,"
            + "刘沛 Pei,刘梓琪 Ziqi,刘靖宇 Jingyu,刘芸熙 Yunxi,刘汉章 Hanzhang,刘晨曦 Chenxi,刘雨菲 Yufei,刘楚恒 Chuheng,"
            + "刘芊芊 Qianqian,"
            + "陈靖 Jing,陈可依 Keyi,陈佩玲 Peiling,陈雅雯 Yawen,陈博远 Boyuan,陈楚乔 Chuqiao,陈卫国 Weiguo,陈诗语 Shiyu,"
            + "陈亦舒 Yishu,陈沁园 Qinyuan,"
            + "杨逸凡 Yifan,杨紫萱 Zixuan,杨秀珍 Xiuzhen,杨明远 Mingyuan,杨语芊 Yuqian,"
            + "黄梦瑶 Mengyao,黄俊逸 Junyi,黄楚生 Chusheng,黄婧怡 Jingyi,黄思源 Siyuan,"
            + "周子航 Zihang,周沐辰 Muchen,周芸 Yun,周慕白 Mubai,周可欣 Kexin,"
            + "胡静姝 Jingshu,胡汉卿 Hanqing,胡梓航 Zihang,胡楚晴 Chuqing,胡劲松 Jinsong,"
            + "吴承泽 Chengze,吴思齐 Siqi,吴佩瑶 Peiyao,吴家驹 Jiaju,"
            + "徐子衿 Zijin,徐澜 Lan,徐梓航 Zihang,徐恺 Kai,"
            + "熊楚文 Chuwen,余梦洁 Mengjie,汪雨晴 Yuqing,彭煦 Xu,程锦瑜 Jinyu,万秀娥 Xiu'e,涂汉林 Hanlin,邓欣悦 Xinyue,"
            + "朱迪 Di,孙铭远 Mingyuan,夏沐晴 Muqing,曹雅雯 Yawen,沈书宁 Shuning,陆辰希 Chenxi,蒋珂妤 Keyu,肖楚瑜 Chuyu,"
            + "任嘉禾 Jiahe,韩宇辰 Yuchen,马逸舟 Yizhou,郭楚瑶 Chuyao,"
            + "安好 Hao,李想 Xiang,"
            + "鄢雨桐 Yutong,喻文杰 Wenjie,喻秀兰 Xiulan,濮家骏 Jiajun,嵇晓雯 Xiaowen,巴晓蕾 Xiaolei,巴汉东 Handong,巴一丹 Yidan,郧子安 Zi'an,郧"
                    + "楚瑜 Chuyu";
    private static final Map<String, String> SURNAME_PINYIN = Map.ofEntries(Map.entry("王", "Wang"),
            Map.entry("李", "Li"), Map.entry("张", "Zhang"), Map.entry("刘", "Liu"), Map.entry("陈", "Chen"),
            Map.entry("杨", "Yang"), Map.entry("黄", "Huang"), Map.entry("周", "Zhou"), Map.entry("胡", "Hu"),
            Map.entry("吴", "Wu"), Map.entry("徐", "Xu"), Map.entry("熊", "Xiong"), Map.entry("余", "Yu"),
            Map.entry("汪", "Wang"), Map.entry("彭", "Peng"), Map.entry("程", "Cheng"), Map.entry("万", "Wan"),
            Map.entry("涂", "Tu"), Map.entry("邓", "Deng"), Map.entry("朱", "Zhu"), Map.entry("孙", "Sun"),
            Map.entry("夏", "Xia"), Map.entry("曹", "Cao"), Map.entry("沈", "Shen"), Map.entry("陆", "Lu"),
            Map.entry("蒋", "Jiang"), Map.entry("肖", "Xiao"), Map.entry("任", "Ren"), Map.entry("韩", "Han"),
            Map.entry("马", "Ma"), Map.entry("郭", "Guo"), Map.entry("安", "An"), Map.entry("方", "Fang"),
            Map.entry("田", "Tian"), Map.entry("鄢", "Yan"), Map.entry("喻", "Yu"),
            Map.entry("濮", "Pu"), Map.entry("嵇", "Ji"), Map.entry("巴", "Ba"), Map.entry("郧", "Yun"));
    private static final Map<String, String> GIVEN_PINYIN = new HashMap<>();
    static final List<String> CHINESE;

    static {
        List<String> names = new ArrayList<>();
        for (String entry : NAMES.split(",")) {
            String[] p = entry.split(" ");
            names.add(p[0]);
            GIVEN_PINYIN.put(p[0], p[1]);
        }
        CHINESE = List.copyOf(names);
    }

    /** Surnames of Hubei no earlier blind group gave anyone: 巴 (the old 巴 state of western Hubei), 郧 (郧阳). */
    static final String RARE_SURNAMES = "巴郧";
    /** Pool names that are also ordinary words: safe and well, an ideal (理想, said alike). */
    static final List<String> WORD_LIKE = List.of("安好", "李想");
    /** Campus and WeChat nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("胖虎", "大橙子", "小鹿", "阿May", "Kiki酱", "糖糖", "老K", "团子");

    /**
     * The international students: country|given|family|Chinese transliteration. Vietnamese names are written family
     * first; an Indonesian single name has no family name.
     */
    static final List<String> STUDENTS = List.of(
            "NG|Chukwuebuka|Anyaegbu|丘库埃布卡·安耶格布", "NG|Damilola|Olatunji|达米洛拉·奥拉通吉",
            "NG|Blessing|Iheanacho|布莱辛·伊赫纳乔", "NG|Oluwatobiloba|Adegoke|奥卢瓦托比洛巴·阿德戈克",
            "NG|Ebere|Ogbonna|埃贝雷·奥格博纳",
            "GH|Adjoa|Agyeman-Duah|阿乔阿·阿杰曼-杜阿", "GH|Nana Yaa|Sarpong|娜娜·雅·萨蓬",
            "GH|Ekua|Boakye-Yiadom|埃库阿·博阿基耶-伊阿多姆",
            "KE|Kiptoo|Rotich|基普托·罗蒂奇", "KE|Achieng|Owino|阿钦·奥维诺", "KE|Muthoni|Gachanja|穆索妮·加昌贾",
            "TZ|Tumaini|Massawe|图迈尼·马萨维", "TZ|Zawadi|Mwakalinga|扎瓦迪·姆瓦卡林加",
            "ZM|Memory|Tembo|梅默里·滕博", "ZM|Gift|Kabwe|吉夫特·卡布韦", "ZM|Mapalo|Chisanga|马帕洛·奇桑加",
            "PK|Muhammad Usman|Cheema|穆罕默德·乌斯曼·奇玛", "PK|Areeba|Kayani|阿蕾巴·卡亚尼",
            "PK|Hassan Raza|Mughal|哈桑·拉扎·穆加尔",
            "IN|Karthikeyan|Ramasamy|卡尔蒂克扬·拉马萨米", "IN|Aditi|Bhattacharya|阿迪蒂·巴塔查里亚",
            "BD|Md. Rakibul|Sarker|拉基布尔·萨卡尔", "BD|Sabbir|Mridha|萨比尔·姆里达",
            "NP|Sushma|Maharjan|苏什玛·马哈尔詹", "NP|Bibek|Khadka|比贝克·卡德卡",
            "KZ|Aruzhan|Serikbayeva|阿鲁詹·谢里克巴耶娃", "KZ|Nurbol|Baimukhanov|努尔博尔·拜穆哈诺夫",
            "UZ|Jasur|Toshmatov|贾苏尔·托什马托夫", "UZ|Shahzoda|Tursunova|沙赫佐达·图尔苏诺娃",
            "KG|Kanybek|Sadyrbaev|卡内别克·萨德尔巴耶夫",
            "VN|Thị Thu Hà|Ngô|吴氏秋荷", "VN|Minh Khoa|Dương|杨明科", "VN|Quang Thắng|Kiều|乔光胜",
            "ID|Rizky|Saputra|里兹基·萨普特拉", "ID|Bagus|Nugroho|巴古斯·努格罗霍", "ID|Sulistyowati||苏莉斯蒂约瓦蒂",
            "TH|Kittipong|Jaroensuk|吉蒂蓬·乍伦素", "TH|Chanidapa|Saetang|差妮达帕·赛当");
    /** A parent, guardian or sponsor at home for each country: country|given|family. */
    static final List<String> CONTACTS = List.of("NG|Emmanuel|Umeh", "GH|Akua|Quaye", "KE|Margaret|Wairimu",
            "TZ|Joseph|Kisanga", "ZM|Bwalya|Kunda", "PK|Nasreen|Mehmood", "IN|Meenakshi|Narayanan",
            "BD|Shahnaz|Parvin", "NP|Ram Bahadur|Thapa", "KZ|Gulzhan|Nurgaliyeva", "UZ|Dilfuza|Akhmedova",
            "KG|Elnura|Asanalieva", "VN|Văn Hùng|Ngô", "ID|Wayan|Sutrisno", "TH|Kanya|Chaiwong");
    /** The Chinese transliterations of the students' names (the generator's minority names). */
    static final List<String> MINORITY = STUDENTS.stream().map(s -> s.split("\\|", -1)[3]).toList();
    /** Every foreign name, given|family, students and contacts. */
    static final List<String> ENGLISH = Stream.concat(STUDENTS.stream(), CONTACTS.stream()).map(s -> {
        String[] p = s.split("\\|", -1);
        return p[1] + "|" + p[2];
    }).toList();

    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Jiang'an, Jianghan, Qiaokou, Hanyang, Wuchang,
     * Hongshan and Jiangxia of Wuhan; Xuanwu, Qinhuai, Jianye, Gulou, Pukou, Qixia and Yuhuatai of Nanjing; and the
     * home counties Macheng, Lichuan, Yunmeng, Guangshan, Funing and Duchang.
     */
    private static final List<String> LEGACY_AREA = List.of("420102", "420103", "420104", "420105", "420106",
            "420111", "420115", "320102", "320104", "320105", "320106", "320111", "320113", "320114", "421181",
            "422802", "420923", "411522", "320923", "360428");
    /** Area codes for 18-digit numbers: the legacy codes and later ones (Huangpi and Xinzhou December 1998, Jiangning
     * 2000, Luhe 2002, Lishui and Gaochun 2013, Huoqiu under Lu'an city 2000). */
    private static final List<String> AREA = Stream.concat(Stream.of("420116", "420117", "320115", "320116",
            "320117", "320118", "341522"), LEGACY_AREA.stream()).toList();
    /** The codes of Wuhan and Nanjing, for insurance and TB register numbers. */
    private static final List<String> CITY_AREA = AREA.stream()
            .filter(a -> a.startsWith("4201") || a.startsWith("3201")).toList();
    private static final List<String> BANK_BINS = List.of("622262", "621661", "623059", "621785", "625907");
    /** Province|city|county|towns|villages: the students' and staff's home villages. */
    private static final List<String> VILLAGES = List.of(
            "湖北省|黄冈市|麻城市|宋埠镇,龟山镇|彭店村,桐枧冲村",
            "湖北省|恩施土家族苗族自治州|利川市|汪营镇,团堡镇|白羊塘村,石板村",
            "湖北省|孝感市|云梦县|曾店镇,隔蒲潭镇|新店村,黄庙村",
            "河南省|信阳市|光山县|泼陂河镇,砖桥镇|何畈村,黄涂湾村",
            "江苏省|盐城市|阜宁县|益林镇,沟墩镇|新沟村,东沟村",
            "江西省|九江市|都昌县|大树乡,三汊港镇|大树村,芗溪村");
    /** Province|city|district|roads|estates. */
    private static final List<String> CITY = List.of(
            "湖北省|武汉市|洪山区|珞喻路,雄楚大道,关山大道|保利花园,金地格林小城,光谷坐标城",
            "湖北省|武汉市|武昌区|中北路,徐东大街,武珞路|东湖春树里,水岸星城",
            "湖北省|武汉市|江岸区|沿江大道,解放大道|百步亭花园,永清小区",
            "江苏省|南京市|栖霞区|仙林大道,文苑路|亚东城,仙林新村",
            "江苏省|南京市|鼓楼区|汉口路,宁海路,北京西路|随园新村,颐和公馆",
            "江苏省|南京市|江宁区|弘景大道,胜太路|翠屏城,九龙湖公寓");
    /** University|city prefix|dorm courts|building word: the dormitories. */
    private static final List<String> DORMS = List.of(
            "东湖大学|武汉市洪山区珞喻路168号|荷园,松园,竹园,枫园|栋",
            "石城大学仙林校区|南京市栖霞区文苑路9号|紫荆苑,桃李苑,梅园|幢");
    private static final List<String> DORMS_EN = List.of(
            "Room #, Building *, International Students' Apartments, Donghu University",
            "Rm #, Bldg *, Heyuan Dormitory", "Building *, Room #, Zijing Court, Shicheng University Xianlin Campus",
            "International Students' Apartment *-#");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";

    /** Home addresses abroad by country; # is a house or plot number. */
    private static final Map<String, List<String>> HOME = Map.ofEntries(
            Map.entry("NG", List.of("# Adeyemo Alakija Street, Victoria Island, Lagos", "# Ogui Road, Enugu",
                    "Plot #, Kado Estate, Abuja")),
            Map.entry("GH", List.of("Hse No. #, Asylum Down, Accra", "# Lake Road, Kumasi")),
            Map.entry("KE", List.of("Apt #, Argwings Kodhek Road, Kilimani, Nairobi",
                    "House #, Milimani Estate, Kisumu")),
            Map.entry("TZ", List.of("Plot #, Mikocheni B, Dar es Salaam", "House #, Njiro, Arusha")),
            Map.entry("ZM", List.of("Plot #, Kabulonga Road, Lusaka", "House #, Parklands, Kitwe")),
            Map.entry("PK", List.of("House #, Street 9, F-7/2, Islamabad", "# Gulberg III, Lahore")),
            Map.entry("IN", List.of("No. #, 3rd Cross Street, Adyar, Chennai", "Flat #, Kothrud, Pune")),
            Map.entry("BD", List.of("House #, Road 7, Dhanmondi, Dhaka", "# Agrabad C/A, Chattogram")),
            Map.entry("NP", List.of("House #, Ward 5, Kupondole, Lalitpur", "House #, Lakeside, Pokhara")),
            Map.entry("KZ", List.of("Abay Avenue #, apt 17, Almaty", "Kabanbay Batyr #, Astana")),
            Map.entry("UZ", List.of("Chilanzar 9, house #, Tashkent", "Mustaqillik Street #, Samarkand")),
            Map.entry("KG", List.of("Manas Avenue #, Bishkek")),
            Map.entry("VN", List.of("Số # Nguyễn Trãi, Thanh Xuân, Hà Nội", "# Lê Lợi, Quận 1, TP. Hồ Chí Minh")),
            Map.entry("ID", List.of("Jl. Diponegoro No. #, Bandung", "Jl. Kaliurang Km 5 No. #, Yogyakarta")),
            Map.entry("TH", List.of("# Sukhumvit Soi 11, Khlong Toei, Bangkok", "# Nimmanhaemin Road, Chiang Mai")));

    private Blind50Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_50 || !templates.isEmpty() && BLIND_50.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's international student: an entry of {@link #STUDENTS}, whose forms the slots write. */
    static String minorityName(RandomGenerator r) {
        return pick(STUDENTS, r);
    }

    private static String[] parts(String student) {
        return student.split("\\|", -1);
    }

    /** The first part of a Chinese transliteration, used alone: 丘库埃布卡 of 丘库埃布卡·安耶格布; a name without a dot whole. */
    static String personalName(String han) {
        int dot = han.indexOf('·');
        return dot < 0 ? han : han.substring(0, dot);
    }

    /** Latin letters without their diacritics: Ngô Thị Thu Hà as Ngo Thi Thu Ha. */
    static String plain(String s) {
        return Normalizer.normalize(s.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    /** The Latin name in the order the student's country writes it, with diacritics or without. */
    static String latinName(String student, boolean diacritics) {
        String[] p = parts(student);
        String full = p[2].isEmpty() ? p[1] : p[0].equals("VN") ? p[2] + " " + p[1] : p[1] + " " + p[2];
        return diacritics ? full : plain(full);
    }

    /** The passport form: TEMBO, MEMORY; TEMBO Memory; NGO THI THU HA; SULISTYOWATI. */
    static String passportName(String student, int form) {
        String[] p = parts(student);
        if (p[2].isEmpty()) return p[1].toUpperCase();
        if (p[0].equals("VN")) return plain(p[2] + " " + p[1]).toUpperCase();
        String given = form % 2 == 0 ? p[1].toUpperCase() : p[1];
        return p[2].toUpperCase() + (form < 2 ? ", " : " ") + given;
    }

    /** The name a student is called by: Usman, Rakibul, Ibrahim, the last syllable of a Vietnamese name (Hà). */
    static String callName(String student, boolean diacritics) {
        String[] p = parts(student);
        String given = p[1].replaceFirst("^(Md\\. |Muhammad )", "");
        String[] w = given.split(" ");
        String call = p[0].equals("VN") ? w[w.length - 1] : w[0];
        return diacritics ? call : plain(call);
    }

    /** The family name alone; a single name stands for itself. */
    static String familyName(String student, boolean diacritics) {
        String[] p = parts(student);
        String family = p[2].isEmpty() ? p[1] : p[2];
        return diacritics ? family : plain(family);
    }

    /** The student's contact at home: the contact of the student's country. */
    static String contactOf(String student) {
        return CONTACTS.stream().filter(c -> c.startsWith(country(student) + "|")).findFirst().orElseThrow();
    }

    static String country(String student) {
        return parts(student)[0];
    }

    static String hanName(String student) {
        return parts(student)[3];
    }

    /** A Chinese name in pinyin: Wang Yihan, Yihan Wang or WANG Yihan. */
    static String pinyin(String chineseName, int form) {
        String family = SURNAME_PINYIN.get(surnameOf(chineseName)), given = GIVEN_PINYIN.get(chineseName);
        return switch (form) {
            case 0 -> family + " " + given;
            case 1 -> given + " " + family;
            default -> family.toUpperCase() + " " + given;
        };
    }

    static String surnamePinyin(String chineseName) {
        return SURNAME_PINYIN.get(surnameOf(chineseName));
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** A home village: 湖北省黄冈市麻城市宋埠镇彭店村5组(12号); {@code partial} stops at the town, the village or the 组. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(VILLAGES, r).split("\\|");
        String base = (withProvince ? t[0] + t[1] : r.nextBoolean() ? t[1] : "") + t[2] + one(t[3], r);
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

    /** A flat: 武汉市洪山区珞喻路88号保利花园3栋2单元1502室; {@code partial} stops at the road or its number. */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(CITY, r).split("\\|");
        String road = (withProvince ? t[0] + t[1] : r.nextInt(3) > 0 ? t[1] : "") + t[2] + one(t[3], r);
        if (partial) return r.nextBoolean() ? road : road + (1 + r.nextInt(400)) + "号";
        return road + (1 + r.nextInt(400)) + "号" + one(t[4], r) + (1 + r.nextInt(40)) + (r.nextBoolean() ? "栋" : "幢")
                + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(28)) + "0" + (1 + r.nextInt(4)) + "室";
    }

    /** Staff housing on campus: (武汉市洪山区珞喻路168号)东湖大学南村12栋3门201号. */
    static String staffHousing(RandomGenerator r) {
        String flat = "东湖大学南村" + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(6)) + "门" + (1 + r.nextInt(6)) + "0"
                + (1 + r.nextInt(3)) + "号";
        return r.nextBoolean() ? "武汉市洪山区珞喻路168号" + flat : flat;
    }

    /** An address: a home village, a flat or staff housing; {@code partial} may stop at the town, village or road. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        int k = r.nextInt(20);
        if (!partial && k < 3) return staffHousing(r);
        return k < 11 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    /** A dormitory room: 荷园7栋512, 荷园7舍512室, 东湖大学荷园7栋512室, 武汉市洪山区珞喻路168号东湖大学荷园7栋512. */
    static String dorm(RandomGenerator r) {
        if (r.nextInt(8) == 0) return "国际学生公寓" + (1 + r.nextInt(4)) + "号楼" + (2 + r.nextInt(16)) + String.format("%02d",
                1 + r.nextInt(30));
        String[] t = pick(DORMS, r).split("\\|");
        String room = (1 + r.nextInt(6)) + String.format("%02d", 1 + r.nextInt(30));
        String court = one(t[2], r) + (1 + r.nextInt(16));
        return switch (r.nextInt(4)) {
            case 0 -> court + t[3] + room;
            case 1 -> court + (t[3].equals("栋") ? "舍" : "幢") + room + "室";
            case 2 -> t[0] + court + t[3] + room + "室";
            default -> t[1] + t[0] + court + t[3] + room;
        };
    }

    /** A dormitory room in English. */
    static String dormEnglish(RandomGenerator r) {
        String room = (1 + r.nextInt(16)) + String.format("%02d", 1 + r.nextInt(30));
        return pick(DORMS_EN, r).replace("#", room).replace("*", String.valueOf(1 + r.nextInt(12)));
    }

    /** The student's home address abroad. */
    static String homeAbroad(String student, RandomGenerator r) {
        return pick(HOME.get(country(student)), r).replace("#", String.valueOf(1 + r.nextInt(240)));
    }

    /** Birth years: students (1999–2007) most, staff and parents (1958–1998), staff children (2008–2020). */
    private static int birthYear(RandomGenerator r) {
        int k = r.nextInt(20);
        if (k < 11) return 1999 + r.nextInt(9);
        if (k < 18) return 1958 + r.nextInt(41);
        return 2008 + r.nextInt(13);
    }

    /** A resident ID: 18 characters plain, with a lower-case x, 6-8-4 by blanks or hyphens, or a 15-digit one on a
     * code of its time (born 1955 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 55, 30, r);
        String id = IdentifierForms.residentId(pick(AREA, r), birthYear(r), 1, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "356789".charAt(r.nextInt(6)) + digits(9, r);
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

    /** A mobile as said aloud: the one as 幺 or 一, the nought as 零; 3-4-4 by blanks or run on. */
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

    /** A landline of Wuhan (027) or Nanjing (025): 027-87651234, (027)87651234, 027 8765 1234, 027-87651234转8012,
     * +86 27 87651234. */
    static String landline(RandomGenerator r) {
        String area = r.nextInt(3) < 2 ? "027" : "025";
        String local = (char) ('5' + r.nextInt(4)) + digits(7, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, 4) + " " + local.substring(4);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /** A phone at home abroad, in the student's country's format. */
    static String foreignPhone(String student, RandomGenerator r) {
        return switch (country(student)) {
            case "NG" -> "+234 " + pick(List.of("803", "806", "813", "816", "703", "810", "905"), r) + " "
                    + digits(3, r) + " " + digits(4, r);
            case "GH" -> "+233 " + pick(List.of("24", "54", "55", "20", "50"), r) + " " + digits(3, r) + " "
                    + digits(4, r);
            case "KE" -> "+254 7" + digits(2, r) + " " + digits(3, r) + " " + digits(3, r);
            case "TZ" -> "+255 7" + pick(List.of("54", "15", "67", "13"), r) + " " + digits(3, r) + " " + digits(3, r);
            case "ZM" -> "+260 " + pick(List.of("97", "96", "95", "77", "76"), r) + " " + digits(3, r) + " "
                    + digits(4, r);
            case "PK" -> "+92 3" + pick(List.of("00", "01", "21", "33", "45"), r) + " " + digits(7, r);
            case "IN" -> "+91 " + (char) ('6' + r.nextInt(4)) + digits(4, r) + " " + digits(5, r);
            case "BD" -> "+880 1" + pick(List.of("711", "819", "912", "556", "677"), r) + "-" + digits(6, r);
            case "NP" -> "+977 98" + digits(8, r);
            case "KZ" -> "+7 7" + pick(List.of("01", "02", "05", "47", "77"), r) + " " + digits(3, r) + " "
                    + digits(2, r) + " " + digits(2, r);
            case "UZ" -> "+998 9" + "013479".charAt(r.nextInt(6)) + " " + digits(3, r) + " " + digits(2, r) + " "
                    + digits(2, r);
            case "KG" -> "+996 " + pick(List.of("555", "700", "770", "505"), r) + " " + digits(3, r) + " "
                    + digits(3, r);
            case "VN" -> "+84 9" + digits(2, r) + " " + digits(3, r) + " " + digits(3, r);
            case "ID" -> "+62 8" + pick(List.of("12", "13", "21", "52", "78"), r) + "-" + digits(4, r) + "-"
                    + digits(4, r);
            default -> "+66 " + pick(List.of("81", "86", "89", "92", "95"), r) + " " + digits(3, r) + " "
                    + digits(4, r);
        };
    }

    private static String date(int y, int m, int d, String pattern) {
        return String.format(pattern, y, m, d);
    }

    /** The student's national identity number, in the format and with the check digit of the student's country. */
    static String foreignId(String student, RandomGenerator r) {
        int y = 1996 + r.nextInt(11), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        boolean female = r.nextBoolean();
        return switch (country(student)) {
            case "NG" -> (char) ('1' + r.nextInt(9)) + digits(10, r);
            case "GH" -> "GHA-" + (char) ('1' + r.nextInt(9)) + digits(8, r) + "-" + digits(1, r);
            case "KE" -> (char) ('2' + r.nextInt(2)) + digits(7, r);
            case "TZ" -> date(y, m, d, "%d%02d%02d") + "-" + digits(5, r) + "-" + digits(5, r) + "-" + digits(2, r);
            case "ZM" -> digits(6, r) + "/" + String.format("%02d", 10 + r.nextInt(80)) + "/1";
            case "PK" -> pick(List.of("35202", "61101", "42101", "37405", "17301"), r) + "-" + digits(7, r) + "-"
                    + (female ? "2468" : "13579").charAt(r.nextInt(female ? 4 : 5));
            case "IN" -> {
                String body = (char) ('2' + r.nextInt(8)) + digits(10, r);
                String a = body + verhoeffDigit(body);
                yield a.substring(0, 4) + " " + a.substring(4, 8) + " " + a.substring(8);
            }
            case "BD" -> r.nextBoolean() ? (char) ('1' + r.nextInt(9)) + digits(9, r) : y + digits(13, r);
            case "NP" -> String.format("%02d", 1 + r.nextInt(77)) + "-" + String.format("%02d", 1 + r.nextInt(9))
                    + "-" + (53 + r.nextInt(11)) + "-" + digits(5, r);
            case "KZ" -> {
                String body;
                int check;
                do {
                    body = date(y % 100, m, d, "%02d%02d%02d") + (y >= 2000 ? (female ? 6 : 5) : (female ? 4 : 3))
                            + digits(4, r);
                    check = iinCheck(body);
                } while (check == 10);
                yield body + check;
            }
            case "UZ" -> {
                String body = (y >= 2000 ? (female ? 6 : 5) : (female ? 4 : 3)) + date(d, m, y % 100, "%02d%02d%02d")
                        + digits(6, r);
                yield body + pinflCheck(body);
            }
            case "KG" -> (female ? "1" : "2") + date(d, m, y, "%02d%02d%04d") + digits(5, r);
            case "VN" -> pick(List.of("001", "079", "031", "048", "038"), r) + (y >= 2000 ? (female ? 3 : 2)
                    : (female ? 1 : 0)) + String.format("%02d", y % 100) + digits(6, r);
            case "ID" -> pick(List.of("317101", "327301", "340401", "351501"), r)
                    + date(female ? d + 40 : d, m, y % 100, "%02d%02d%02d") + digits(4, r);
            default -> {
                String body = (char) ('1' + r.nextInt(8)) + digits(11, r);
                String t = body + thaiCheck(body);
                yield switch (r.nextInt(3)) {
                    case 0 -> t.charAt(0) + " " + t.substring(1, 5) + " " + t.substring(5, 10) + " "
                            + t.substring(10, 12) + " " + t.charAt(12);
                    case 1 -> t.charAt(0) + "-" + t.substring(1, 5) + "-" + t.substring(5, 10) + "-"
                            + t.substring(10, 12) + "-" + t.charAt(12);
                    default -> t;
                };
            }
        };
    }

    private static final int[][] VERHOEFF_D = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
            {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
            {5, 9, 8, 7, 6, 0, 4, 3, 2, 1}, {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
            {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] VERHOEFF_P = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
            {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
            {4, 2, 8, 6, 5, 7, 3, 9, 0, 1}, {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
    private static final int[] VERHOEFF_INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

    /** The Verhoeff check digit of an Aadhaar body (236 gives 3). */
    static char verhoeffDigit(String body) {
        int c = 0;
        for (int i = 0; i < body.length(); i++) {
            c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][body.charAt(body.length() - 1 - i) - '0']];
        }
        return (char) ('0' + VERHOEFF_INV[c]);
    }

    /** The Thai identity check digit: (11 - sum of d_i × (13 - i) mod 11) mod 10. */
    static char thaiCheck(String body) {
        int s = 0;
        for (int i = 0; i < 12; i++) s += (body.charAt(i) - '0') * (13 - i);
        return (char) ('0' + (11 - s % 11) % 10);
    }

    /** The Kazakh IIN check digit on eleven digits, 10 when the number must not be issued. */
    static int iinCheck(String body) {
        int s = 0;
        for (int i = 0; i < 11; i++) s += (body.charAt(i) - '0') * (i + 1);
        if (s % 11 != 10) return s % 11;
        s = 0;
        for (int i = 0; i < 11; i++) s += (body.charAt(i) - '0') * ((i + 2) % 11 + 1);
        return s % 11;
    }

    /** The Uzbek PINFL check digit: weights 7, 3, 1 over thirteen digits, mod 10. */
    static char pinflCheck(String body) {
        int[] w = {7, 3, 1};
        int s = 0;
        for (int i = 0; i < 13; i++) s += (body.charAt(i) - '0') * w[i % 3];
        return (char) ('0' + s % 10);
    }

    /** C 门诊 XYMZ24031287 (东湖), SCXY24031287 (石城), health archive JK2024031287. */
    static String clinicRecord(RandomGenerator r) {
        int year = 2018 + r.nextInt(8);
        return switch (r.nextInt(3)) {
            case 0 -> "XYMZ" + (year % 100) + digits(6, r);
            case 1 -> "SCXY" + (year % 100) + digits(6, r);
            default -> "JK" + year + digits(6, r);
        };
    }

    /** Inpatient numbers: seven digits (临江医院) or ZS24031287 (钟山医院). */
    static String hospitalRecord(RandomGenerator r) {
        return r.nextBoolean() ? (char) ('1' + r.nextInt(2)) + digits(6, r)
                : "ZS" + (18 + r.nextInt(8)) + digits(6, r);
    }

    /** Counselling case numbers: XL2024-0387 (东湖), XLZX240387 (石城). */
    static String counsellingRecord(RandomGenerator r) {
        int year = 2018 + r.nextInt(8);
        return r.nextBoolean() ? "XL" + year + "-" + digits(4, r) : "XLZX" + (year % 100) + digits(4, r);
    }

    /** TB register numbers: TB420111-2024-0087 (district register), JH202400087 (结核病防治所). */
    static String tbRecord(RandomGenerator r) {
        int year = 2018 + r.nextInt(8);
        return r.nextBoolean() ? "TB" + pick(CITY_AREA, r) + "-" + year + "-" + digits(4, r)
                : "JH" + year + digits(5, r);
    }

    /** 医保 personal numbers: 14 digits on an area code of Wuhan or Nanjing; 大学生医保 XSYB2024031287. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextInt(3) < 2 ? pick(CITY_AREA, r) + digits(8, r) : "XSYB" + (2018 + r.nextInt(8)) + digits(6, r);
    }

    /** The student's insurance: Ghana NHIS, Kenya NHIF (8 digits), BPJS (13), BHYT (SV4 …), or the international
     * students' insurance certificate LH24 and eight digits. */
    static String foreignInsurance(String student, RandomGenerator r) {
        return switch (country(student)) {
            case "GH", "KE" -> (char) ('1' + r.nextInt(9)) + digits(7, r);
            case "ID" -> "000" + digits(10, r);
            case "VN" -> "SV4" + pick(List.of("01", "79", "31", "48", "38"), r) + digits(10, r);
            default -> "LH" + (18 + r.nextInt(8)) + digits(8, r);
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

    /** An IBAN's two check digits for country and account (ISO 13616, mod 97). */
    static String ibanCheck(String country, String bban) {
        String moved = bban + country + "00";
        StringBuilder n = new StringBuilder();
        for (char c : moved.toCharArray()) n.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : c);
        int mod = 0;
        for (char c : n.toString().toCharArray()) mod = (mod * 10 + (c - '0')) % 97;
        return String.format("%02d", 98 - mod);
    }

    /** The NUBAN check digit of a three-digit bank code and nine-digit serial. */
    static char nubanCheck(String bank, String serial) {
        int[] w = {3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3};
        String s = bank + serial;
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (s.charAt(i) - '0') * w[i];
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The student's account: a Pakistani or Kazakh IBAN (plain or in fours), a Nigerian NUBAN, else a Chinese card. */
    static String foreignAccount(String student, RandomGenerator r) {
        String iban;
        switch (country(student)) {
            case "PK" -> {
                String bban = pick(List.of("SCBL", "HABB", "MEZN", "UNIL"), r) + digits(16, r);
                iban = "PK" + ibanCheck("PK", bban) + bban;
            }
            case "KZ" -> {
                String bban = pick(List.of("722", "601", "998", "125"), r) + digits(13, r);
                iban = "KZ" + ibanCheck("KZ", bban) + bban;
            }
            case "NG" -> {
                String serial = digits(9, r);
                return serial + nubanCheck(pick(List.of("058", "044", "057", "011", "033"), r), serial);
            }
            default -> {
                return bankCard(r);
            }
        }
        return r.nextBoolean() ? iban : iban.replaceAll("(.{4})(?=.)", "$1 ");
    }

    /** 2003年7月14日, 2003-07-14, 2003.7.14, 2003/7/14, 20030714, 03年7月14号. */
    static String birthDate(RandomGenerator r) {
        int y = birthYear(r), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** As the students' documents write it: 14 July 2003, Jul 14, 2003, 14/07/2003, 14.07.2003. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1994 + r.nextInt(14), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month.substring(0, 3) + " " + d + ", " + y;
            case 2 -> String.format("%02d/%02d/%d", d, m, y);
            default -> String.format("%02d.%02d.%d", d, m, y);
        };
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        String student = people[3];
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(chineseName(random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "PY" -> out.write(pinyin(people[0], random.nextInt(3)), EntityKind.NAME);
            case "DY" -> out.write(pinyin(people[2], random.nextInt(3)), EntityKind.NAME);
            case "DSY" -> out.write(surnamePinyin(people[2]), EntityKind.NAME);
            case "NY" -> out.write(pinyin(chineseName(random), random.nextInt(3)), EntityKind.NAME);
            case "MN" -> out.write(hanName(student), EntityKind.NAME);
            case "MG" -> out.write(personalName(hanName(student)), EntityKind.NAME);
            case "E" -> out.write(latinName(student, random.nextBoolean()), EntityKind.NAME);
            case "EU" -> out.write(passportName(student, random.nextInt(4)), EntityKind.NAME);
            case "EG" -> out.write(callName(student, random.nextBoolean()), EntityKind.NAME);
            case "ES" -> out.write(familyName(student, random.nextBoolean()), EntityKind.NAME);
            case "E3" -> out.write(latinName(pick(STUDENTS, random), random.nextBoolean()), EntityKind.NAME);
            case "E2" -> out.write(latinName(contactOf(student), random.nextBoolean()), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDF" -> out.write(foreignId(student, random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MF" -> out.write(foreignPhone(student, random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(clinicRecord(random), EntityKind.MEDICAL_RECORD);
            case "RH" -> out.write(hospitalRecord(random), EntityKind.MEDICAL_RECORD);
            case "RX" -> out.write(counsellingRecord(random), EntityKind.MEDICAL_RECORD);
            case "RT" -> out.write(tbRecord(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IF" -> out.write(foreignInsurance(student, random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "BF" -> out.write(foreignAccount(student, random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AD" -> out.write(dorm(random), EntityKind.ADDRESS);
            case "ADE" -> out.write(dormEnglish(random), EntityKind.ADDRESS);
            case "AF" -> out.write(homeAbroad(student, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Every Latin and Han form the foreign pools can write, mapped to the canonical full name. */
    private static final Map<String, String> FOREIGN_FORMS = foreignForms();
    /** The pinyin forms of the Chinese names, mapped to the names. */
    private static final Map<String, String> PINYIN_FORMS = pinyinForms();
    /** Every name form a labelled span can hold that is not a full name: surnames, given names, parts. */
    private static final Set<String> PARTS = parts();

    private static Map<String, String> foreignForms() {
        Map<String, String> out = new HashMap<>();
        for (String s : STUDENTS) {
            String canonical = latinName(s, true);
            for (boolean diacritics : new boolean[] {true, false}) out.put(latinName(s, diacritics), canonical);
            for (int form = 0; form < 4; form++) out.put(passportName(s, form), canonical);
            out.put(hanName(s), hanName(s));
        }
        for (String c : CONTACTS) {
            for (boolean diacritics : new boolean[] {true, false}) {
                out.put(latinName(c, diacritics), latinName(c, true));
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> pinyinForms() {
        Map<String, String> out = new HashMap<>();
        for (String n : CHINESE) {
            for (int form = 0; form < 3; form++) out.putIfAbsent(pinyin(n, form), n);
        }
        return Map.copyOf(out);
    }

    private static Set<String> parts() {
        Set<String> out = new LinkedHashSet<>();
        for (String n : CHINESE) {
            out.add(surnameOf(n));
            out.add(addressedGivenName(n));
            out.add(surnamePinyin(n));
        }
        for (String c : CONTACTS) {
            String[] p = parts(c);
            for (String part : List.of(p[1], p[2], plain(p[1]), plain(p[2]))) out.add(part);
        }
        for (String s : STUDENTS) {
            out.add(personalName(hanName(s)));
            String[] p = parts(s);
            for (String part : List.of(p[1], p[2], plain(p[1]), plain(p[2]))) {
                if (!part.isEmpty()) out.add(part);
            }
            for (boolean diacritics : new boolean[] {true, false}) {
                out.add(callName(s, diacritics));
                out.add(familyName(s, diacritics));
            }
        }
        return Set.copyOf(out);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null || PARTS.contains(w);
    }

    /** The pool name a labelled value writes in full (a Chinese name for its pinyin, a student's Latin name for the
     * passport form), or null when the value (a surname, a given name) names no one in full. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        String han = PINYIN_FORMS.get(w);
        return han != null ? han : FOREIGN_FORMS.get(w);
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

    /** The students' canonical Latin names and the contacts' names. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String s : STUDENTS) out.add(latinName(s, true));
        for (String c : CONTACTS) out.add(latinName(c, true));
        return out;
    }

    /** Every full Latin form a span can write: names with and without diacritics, passport forms, pinyin. */
    static List<String> latinFullForms() {
        List<String> out = new ArrayList<>();
        for (String w : FOREIGN_FORMS.keySet()) {
            if (w.codePoints().anyMatch(TemplateChecks::isLatin)) out.add(w);
        }
        for (String n : CHINESE) {
            for (int form = 0; form < 3; form++) out.add(pinyin(n, form));
        }
        return out.stream().distinct().sorted().toList();
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(PoolNameForms::family).filter(f -> !f.isEmpty());
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(PoolNameForms::given);
    }

    /** The home addresses abroad as regular expressions, the house or plot number any number. */
    static List<String> homePatterns() {
        return HOME.values().stream().flatMap(List::stream)
                .map(h -> java.util.regex.Pattern.quote(h).replace("#", "\\E\\d+\\Q")).toList();
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }
}

package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.chineseYear;
import static com.yilian.agents.deid.IdentifierForms.chineseNumber;
import static com.yilian.agents.deid.IdentifierForms.ordinal;

/**
 * Seventeenth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists or the development templates, in the template language of {@link ClinicalTextGenerator}, by a writer
 * with habits of its own. To be measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in
 * {@link DeidDevelopmentProbe} as {@code BLIND_17}); a rule changed, or a model retrained, because of its errors makes
 * it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium in the Wumeng mountains (a tertiary hospital,
 * 乌蒙医学院附属第一医院, with 金辰街道社区卫生服务中心, 迤那镇中心卫生院, 者海镇卫生院 and 营盘村卫生室 around it), whose
 * patients come from Yunnan and Guizhou, and, as coal miners and migrants, from Shanxi: operating-theatre lists,
 * anaesthesia and recovery records, ICU flow sheets, dialysis and peritoneal-dialysis logs, chemotherapy day-unit
 * schedules, CT, ultrasound, pathology and ECG reports with requester and reporter, critical-value call logs, pharmacy
 * interventions and prescription reviews, nutrition consults, wound-photo captions, telemedicine transcripts, family
 * meeting minutes, advance directives and DNR forms, a mental-health crisis line, domestic-violence and child-protection
 * referrals (clinical tone), maternal near-miss reviews, neonatal screening cards, home visits to the elderly, village
 * doctors' voice messages in Yunnan, Guizhou and Shanxi dialect (老倌, 老者, 嬢嬢, 姑娘 for daughter, 咋个整, 得行,
 * 莫, 咋啦, 圪蹴), health-talk sign-in sheets, insurance appeals and reimbursement audits, biobank consent and cohort
 * questionnaires, occupational health, drivers' and pilots' examinations, sports injuries, patients' diaries in the first
 * person, a doctor's notebook shorthand, WeChat voice-to-text with fillers (嗯, 那个, 就是说); and about an eighth in
 * English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, staff, witnesses, police,
 * interpreters, in Chinese, minority, English or pinyin form. A surname in a form of address or with an honorific
 * (X老, 老X, X总, X工, Xsir, X生, X小姐, X先生, X嬢嬢, X阿姨, X大爷, X叔, X奶奶, X老师, X主任, X医生, Dr X) labels the
 * surname only ({@code PS}, {@code FS}, {@code DS}); a given name used alone ({@code PG}) labels the given name (a
 * one-character given name is never used alone: {@code PG} then writes the full name); a milk name or village nickname
 * ({@code PK}: 狗蛋, 大妞) is a name and is labelled. A child known only as a parent's child (X之子, X之女, X家二小子,
 * X家的娃娃, baby of X) labels the parent's name; the child has no name to label. Pinyin names ({@code PY}) are
 * labelled whole in each written form: RAN Wenxiu, Ran Wenxiu, Ran W.X., R.W.X., Wenxiu RAN, Ran Wen-xiu. Animals are
 * not people: a dog called 旺财 or 阿黄 and a cat called 咪咪 are never labelled.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: plain, lower-case x, 6-8-4 by hyphens, 6 4 4 4 by blanks, and
 * 15-digit numbers of the first generation, GB 11643-1989, with a valid birth date), mobiles ({@code M}: plain, 3-4-4 by
 * hyphens or blanks, +86 13812345678, (+86)138-1234-5678, 0086-13812345678), landlines ({@code L}: 0871-65123456,
 * 0871 65123456, (0351)7123456, 0871-6512-3456, seven-digit numbers of Qujing, Dali, Bijie, Taiyuan and Datong, an
 * extension after 转 belonging to the span), addresses ({@code A}, {@code A0}: Kunming and Qujing 栋/单元/室, Guiyang
 * 附N号, Taiyuan 号楼/单元/号, estates, villages with 组 or 社 and a house number; {@code A0} may stop at the village or
 * the street), record numbers ({@code R}: Z24-012345, seven digits beginning with the year, OP12345678, JZ2024000123,
 * DA5301-0012345), insurance numbers ({@code I}: YBGZ and ten digits, NH and eleven, SXYB-1234-567890, YN53 and nine),
 * bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks, or six and the rest),
 * dates of birth ({@code DOB}: 1958年3月7日, 1958-03-07, 1958.3.7, 58年3月7日, 1958年3月, 19580307, 1958/3/7,
 * 一九五八年三月七日; {@code DOBE}: 07-Mar-1958, March 7, 1958, 3/7/1958 month first, 7th March 1958; {@code DOBL}: a
 * lunar-calendar birth date, labelled with its calendar word: 农历1958年三月初七, 农历一九五八年冬月十二,
 * 阴历1958年正月十五, 农历戊戌年腊月廿三 (the sexagenary year of the birth year); {@code NB}: a child's date of birth).
 * Not labelled: visit, admission, discharge, sampling, operation and last-menstrual-period dates and expected dates of
 * delivery, times, ages, doses, lab values, weights, bed, theatre, machine, queue, runner, batch, specimen, pathology,
 * accession, biobank, prescription, policy and certificate numbers, extensions alone (分机8021), service hotlines
 * (400-669-5120, 95588, 95519, 12356, 120), hospital, health-centre, school and company names, a province, city or
 * county alone (籍贯：山西省平遥县, 参保地山西省太原市), herbs (重楼, 天麻, 白及, 石斛, 三七), eponyms (霍奇金淋巴瘤,
 * 桥本甲状腺炎, 川崎病, 格拉斯哥评分), words beginning with a surname (马上, 黄疸, 石膏) and place words in products
 * (云南白药气雾剂, 山西老陈醋).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind16Templates} nor among the names {@link SyntheticValues} can generate: older rural Shanxi names (郭二虎,
 * 霍补女), older Yunnan and Guizhou names with the region's surnames (普绍荣, 杞德昌, 禄开富, 者永顺, 字绍武, 冉启凤,
 * 母泽贵), Hui names (纳文忠), middle-aged, young and recent cohorts (冉沐宸, 晏筱雨), two-character names, compound
 * surnames (欧阳, 诸葛, 司徒, 申屠, 鲜于, 独孤, 慕容, 尉迟, 呼延, 濮阳) and a few word-like names ({@link #WORD_LIKE}, under
 * a tenth); Yi, Wa, Dai, Jingpo, Tibetan, Mongolian, Uyghur and Kazakh names in the minority pool; Welsh, Gaelic,
 * Breton, Frisian, Greek, Romanian, Bulgarian, Bosnian, Czech, Belarusian, Azerbaijani, Iranian, Egyptian, Ethiopian,
 * Somali, Kenyan, Ugandan, Tanzanian, Congolese, Zimbabwean, Balinese, Filipino, Nepali, Bangladeshi, Tamil, Samoan,
 * Chilean, Argentinian, Icelandic, Finnish and Estonian names in the English pool; a pinyin pool; a nickname pool.
 * Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code PS}, {@code FS}, {@code PG},
 * {@code PK}, {@code PY}, {@code DOBL} above; {@code EG}, {@code ES}, an English
 * given or family name alone. Any non-empty subset of {@link #BLIND_17} uses these pools (see {@link #uses}).
 */
final class Blind17Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261218L;

    static final List<String> BLIND_17 = List.of(
            // Operating theatre lists and anaesthesia records.
            "手术排班表 {D}\n台次 | 手术间 | 患者 | 住院号 | 术式 | 主刀 | 麻醉\n1 | OR3 | {P} | {R} | 腹腔镜胆囊切除术 | {DR} | {N}\n"
                    + "2 | OR3 | {N} | {R} | 腹股沟疝修补术 | {DR} | {N}\n",
            "麻醉前访视单\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁  住院号：{R}\nASA分级：Ⅱ级  Mallampati Ⅱ级\n"
                    + "既往：{DIS}，长期口服{DRUG}{DOSE}\n拟行手术：左侧全髋关节置换术\n访视麻醉医师：{DR}  患者签字：{P}\n",
            "麻醉记录（摘）{TIME}入室 BP {BP} HR {HR} SpO2 98%；丙泊酚120mg、舒芬太尼20μg、罗库溴铵50mg诱导，{N}插管顺利；"
                    + "主麻{DR}，副麻{N}，巡回{N}。患者{P}，病案号{R}。\n",
            "手术安全核查表\n患者姓名：{P}  住院号：{R}  出生日期：{DOB}\n手术方式：经尿道前列腺电切术  手术部位标识：已标识\n"
                    + "手术医师：{DR}  麻醉医师：{N}  手术室护士：{N}\n",
            "术中冰冻回报：{TIME}病理科{N}电话告知手术间，{P}（住院号{R}）左甲状腺结节冰冻为乳头状癌，{DS}主任决定行患侧腺叶"
                    + "切除加中央区清扫。\n",
            "手术室交接：{P}，{SEX}，{AGE}岁，核对腕带姓名、住院号{R}无误；家属{F}（{KIN}）在等候区，电话{M}，已发等候号牌17号。\n",
            "麻醉复苏室：{P} {TIME}入PACU，Steward评分4分，{TIME}评分6分送回病房；拔管者{N}，PACU护士{N}。\n",
            "Anaesthetic chart - {E}, MRN {R}, DOB {DOBE}. Induction 08:42 propofol 150 mg, fentanyl 100 mcg. ETT 7.5 by "
                    + "Dr {ES}. ASA II. Theatre 4.\n",
            "急诊手术申请：患者{P}（急诊号{R}），{DIS}，申请今日急诊手术；申请医生{DR}，联系电话{L}；家属{F}已签字。\n",
            // ICU flow sheets.
            "ICU护理单 {D}\n时间\tT\tHR\tBP\tSpO2\t尿量\n{TIME}\t{TEMP}\t{HR}\t{BP}\t95\t60\n{TIME}\t{TEMP}\t{HR}\t{BP}\t97\t45\n"
                    + "患者：{P}  床号：ICU-6  住院号：{R}  记录：{N}\n",
            "ICU每日目标单：{P}（ICU 3床）去甲肾上腺素减至0.05μg/kg/min，液体负平衡500ml，行SAT/SBT；负责医师{DR}；"
                    + "今日探视家属{F}，谈话电话{M}。\n",
            "ICU探视登记\n日期 | 患者 | 探视人 | 关系 | 联系电话\n{D} | {P} | {F} | {KIN} | {M}\n{D} | {N} | {N} | 女儿 | {M}\n",
            "呼吸机参数 {TIME}：SIMV，VT 450ml，PEEP 8，FiO2 45%。患者{P}，血气pH 7.32，PaCO2 52mmHg。呼吸治疗师{N}\n",
            "CRRT记录：{P}，住院号{R}，CVVHDF，置换液2000ml/h，枸橼酸抗凝，{TIME}更换滤器；护士{N}、{N}。\n",
            // Dialysis logs.
            "血液透析记录单\n姓名：{P}  透析机号：7  医保号：{I}\n干体重58.5kg  透前体重61.2kg\n血管通路：左前臂AVF\n"
                    + "透析器FX80  4h  UF 2.5L\n上机护士：{N}  下机护士：{N}  医生：{DR}\n",
            "腹透随访：{P}腹透置管{DUR}，家住{A}，每日交换4次，超滤约800ml，出口处无红肿；腹透护士{N}电话随访，患者手机{M}。\n",
            "透析患者接送登记：{P}、{MN}、{N}每周一三五由{A0}乘村里面包车来透析，司机{N}，联系人{F} {M}。\n",
            "血透室交班：7号机{P}透析中{TIME}血压降至{BP}，予生理盐水200ml并减少超滤，已告知{DS}医生。\n",
            // Chemotherapy day unit.
            "日间化疗中心预约表 {D}\n08:00 {P} FOLFOX 第4周期 床位D-02 住院号{R}\n08:30 {N} AC-T 第2周期 床位D-05\n"
                    + "09:00 {MN} GP方案 第1周期 床位D-07\n责任护士：{N}\n",
            "化疗前双人核对：患者{P}，出生日期{DOB}，身高165cm，体重52kg，BSA 1.56m²，奥沙利铂130mg/m²→203mg；"
                    + "核对人{N}、{N}。\n",
            "化疗后电话随访：{P}您好，我是日间化疗中心护士{N}，第3周期后有没有发烧、拉肚子？——家属{F}接听，诉食欲差。"
                    + "回访电话{L}\n",
            "PICC居家维护手册：{P}，置管日期{D}，左臂围28cm，外露6cm；居住地址{A}；紧急情况请拨{L}。\n",
            // Radiology, pathology, ultrasound and ECG reports.
            "CT检查报告单\n检查号：CT240318-112\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁  住院号：{R}\n申请科室：{DEPT}  "
                    + "申请医生：{DR}\n检查部位：胸部平扫+增强\n影像所见：右肺上叶见约18×15mm结节\n诊断意见：右肺上叶结节，建议随访\n"
                    + "报告医师：{N}  审核医师：{N}\n",
            "超声报告：{P}，{SEX}，{AGE}岁，门诊号{R}。胆囊壁毛糙，内见强回声团约12mm。提示：胆囊结石。检查医师{N}"
                    + "（者海镇卫生院远程上传，乌蒙医学院附属第一医院{N}审核）\n",
            "病理诊断报告书\n病理号：B24-1187\n姓名：{P}  住院号：{R}  送检科室：{DEPT}\n送检医师：{DR}\n"
                    + "肉眼所见：胃窦黏膜组织3块\n病理诊断：（胃窦）慢性萎缩性胃炎伴肠上皮化生\n诊断医师：{N}  复核：{N}\n",
            "【乌蒙医学院附属第一医院】{P}您好，您预约的头颅MRI检查时间为{D} {TIME}，请提前30分钟到门诊楼负一层，"
                    + "检查号MR0412。咨询电话{L}。\n",
            "Radiology report\nPatient: {E}   MRN: {R}   DOB: {DOBE}\nExam: CT abdomen/pelvis with contrast\n"
                    + "Requesting physician: Dr {ES}\nFindings: 2.1 cm hypodense lesion in segment VI.\nReported by: {E2}\n",
            "心电图报告：{P} {SEX} {AGE}岁 窦性心律 心率{HR}次/分 ST-T改变；申请医生{DR}，报告医生{N}（远程心电中心）\n",
            // Laboratory critical-value call logs.
            "危急值报告登记本\n日期 {D} 时间 {TIME}\n患者：{P}  病区床号：心内科12床  住院号：{R}\n项目：血钾  结果：6.8mmol/L\n"
                    + "报告人：检验科{N}  接收人：护士{N}\n通知医生：{DR}  处理：葡萄糖酸钙静推，胰岛素+葡萄糖\n",
            "危急值电话记录：{TIME}检验科{N}来电，{P}（门诊号{R}）血糖2.1mmol/L；患者本人手机{M}未接，改拨其{KIN}{F}电话{M}，"
                    + "嘱立即进食并返院。\n",
            "Critical result call log: {TIME} lab tech {EG} phoned ward 5B re {E} (MRN {R}), troponin I 4.2 ng/mL. Read "
                    + "back by RN {E2}. Dr {ES} informed.\n",
            "危急值回执：患者{P}，标本号{CODE}，血红蛋白52g/L，已通知{DS}医生，医嘱备血。签收人{N}\n",
            // Pharmacy interventions.
            "药学干预记录\n患者：{P}  住院号：{R}  肌酐清除率28ml/min\n问题：左氧氟沙星0.5g qd未按肾功能调整\n建议：改为0.25g qd\n"
                    + "临床药师：{N}  医生{DR}已接受\n",
            "处方点评：处方号{CODE}，患者{P}，{AGE}岁，{DRUG}与克拉霉素合用存在相互作用；开方医生{DR}，点评药师{N}。\n",
            "用药咨询热线：来电人{F}（{M}），问其{KIN}{P}服华法林期间能否吃三七粉，药师{N}答复不建议，需监测INR。\n",
            "抗菌药物会诊：{P}，住院号{R}，痰培养鲍曼不动杆菌，建议头孢哌酮舒巴坦3g q8h；会诊药师{N}，主管医生{DR}。\n",
            // Nutrition consults.
            "营养会诊单：{P}，{SEX}，{AGE}岁，身高158cm，体重39kg，BMI 15.6，NRS2002评分5分，建议肠内营养1500kcal/d；"
                    + "营养师{N}，申请医生{DR}。\n",
            "膳食指导：{PS}嬢嬢，您血糖高，米线一顿吃半碗就够了，饵块少吃，多吃青菜。——营养科{N}（{P}，门诊号{R}）\n",
            // Wound-care photo captions.
            "伤口照片说明：IMG_{CODE}.jpg 患者{P} 右足跟压力性损伤3期 4×3cm 基底红色 拍摄者{N} {D} {TIME}\n",
            "糖尿病足换药：{P}（住院号{R}），左足第2趾坏疽，清创后外用银离子敷料；伤口治疗师{N}；照片已上传。\n",
            "Wound photo 3 of 5: {E}, sacral pressure injury stage 2, 3 x 2 cm, taken by {EG} on ward 7. Consent given by "
                    + "daughter {E2}.\n",
            // Telemedicine.
            "远程会诊记录\n会诊时间：{D} {TIME}\n申请方：迤那镇中心卫生院 {N}医生\n会诊方：乌蒙医学院附属第一医院{DEPT} {DR}主任\n"
                    + "患者：{P}  {SEX}  {AGE}岁  身份证：{ID}\n会诊意见：考虑{DIS}，建议转诊。\n",
            "视频连线转写：\n乡医：{DS}主任，这个老者叫{P}，{AGE}岁，咳了{DUR}了。\n{DS}主任：片子传过来我看一下，有没有发烧？\n"
                    + "乡医：三十八度多，他姑娘{F}在旁边。\n",
            "Telehealth session: Dr {ES} (tertiary centre) with village doctor {PY}. Patient {P}, {AGE} y, suspected TB; "
                    + "sputum to be sent. Family contact {M}.\n",
            // Family meeting minutes and advance directives.
            "家庭会议纪要\n时间：{D} 15:00  地点：ICU谈话室\n参加人员：主管医生{DR}、护士长{N}、患者{KIN}{F}、患者弟弟{N}\n"
                    + "议题：{P}是否继续有创通气\n结论：家属商量后三日内答复。记录：{N}\n",
            "病情告知会：患者{P}，家属{F}（身份证{ID}）为委托代理人，与医方{DR}、{N}沟通，对治疗方案无异议。\n",
            "预立医疗指示（生前预嘱）\n本人{P}，身份证号{ID}，出生于{DOB}，在意识清醒时声明：如病情不可逆，不接受气管插管及心肺复苏。\n"
                    + "指定医疗代理人：{F}（{KIN}），电话{M}\n见证人：{N}、{N}\n",
            "DNR确认单：{P}，住院号{R}，家属{F}签字同意不行心肺复苏，谈话医生{DR}，{D} {TIME}。\n",
            // Mental-health crisis line.
            "心理援助热线记录（12356）\n接线员：{N}  来电时间：{TIME}\n来电者自称{P}，{AGE}岁，失眠、有轻生念头，现住{A0}，"
                    + "留手机{M}\n风险评估：中高\n处置：已联系属地派出所及其{KIN}{F}。\n",
            "危机干预随访：{P}（{PG}）今日情绪稳定，按时服舍曲林50mg qd，其母{F}陪伴；督导{N}。\n",
            "精神科急诊：{P}，{SEX}，由其{KIN}{F}及民警{N}送入，自述被人跟踪，身份证{ID}，住址{A}。接诊{DR}\n",
            // Domestic violence and child protection (clinical tone).
            "疑似家庭暴力就诊报告（保密）\n就诊者：{P}  {SEX}  {AGE}岁  门诊号：{R}\n伤情：双上臂多处淤青，左眼睑皮下出血\n"
                    + "就诊者自述伤由配偶{F}所致，同意转介社工{N}。\n报告医生：{DR}\n",
            "儿童保护转介单：患儿系{F}之子，{NB}出生，多处新旧骨折，陈述与伤情不符；转介区民政局儿童督导员{N}；接诊医生{DR}；"
                    + "联系电话{L}。\n",
            "强制报告登记：{D}接诊{P}之女（{AGE}岁），疑遭性侵，已报告派出所，民警{N}接收；陪同人{F}（{KIN}）{M}。\n",
            "社工个案：服务对象{P}长期遭配偶言语及肢体暴力，现暂住庇护所，只可经社工{N}联系；原住址{A}（勿向来访者透露）。\n",
            // Maternal near-miss reviews and maternal follow-up.
            "孕产妇危重症评审\n病例：{P}，{AGE}岁，G3P1，孕34+2周\n末次月经：{D}  预产期：{D}\n入院诊断：重度子痫前期、HELLP综合征\n"
                    + "住院号：{R}\n转诊单位：者海镇卫生院 {N}\n评审专家：{DR}、{N}\n",
            "产后出血抢救：{P}产后2小时出血约1500ml，{TIME}启动抢救，输红细胞4U、血浆400ml；丈夫{F}签字，电话{M}；"
                    + "助产士{N}，产科{DS}主任到场。\n",
            "高危孕妇追踪：{P}，户籍{A}，现住{A0}，孕28周双胎，迤那镇中心卫生院建档，村医{N}两周上门一次，电话{M}。\n",
            // Neonatal screening.
            "新生儿疾病筛查采血卡\n母亲姓名：{F}  住院号：{R}\n新生儿性别：{SEX}  出生日期：{NB}  出生体重：3150g  孕周：39+2\n"
                    + "采血日期：{D}  采血人：{N}\n联系电话：{M}  地址：{A}\n",
            "新生儿听力筛查未通过通知：{F}之子（{NB}出生）右耳未通过，请42天内复筛；筛查员{N}，预约电话{L}。\n",
            "Newborn screening recall: baby of {E}, born {NB}, TSH 32 mIU/L on card {CODE}. Please call the parents on {M}. "
                    + "Screener {EG}.\n",
            "出生登记：新生儿{P}，{NB}出生，母{F}，身份证{ID}，父{N}，登记人{N}\n",
            // Home visits to the elderly.
            "老年人入户随访表\n姓名：{P}  出生年月：{DOB}  身份证号：{ID}\n住址：{A}\n独居：是  子女：{F}（外出务工，电话{M}）\n"
                    + "□跌倒 □失眠 ■高血压 血压{BP}\n随访医生：{N}\n",
            "65岁以上老人体检通知：{PS}老，您好！营盘村卫生室定于{D}上午免费体检，请空腹带身份证。——{N} {M}\n",
            "失能评估：{P}，ADL评分35分，卧床，老伴{F}照护，家住{A0}，申请家庭病床；评估员{N}、{N}。\n",
            // Rural doctors' voice messages.
            "（村医语音转文字）{DS}医生，我是营盘村的{N}哈，那个{P}老倌又喘起来了，嘴皮乌紫乌紫的，咋个整？他家在{A0}，"
                    + "要不要叫车？\n",
            "（语音）嗯……{DS}主任，那个，就是说{PG}她今天早上吃了药还是头昏，血压{BP}，得行不得行加一颗？我电话{M}。\n",
            "（乡医微信语音）喂，{F}啊，你家老者{P}的化验单出来了，那个就是说肌酐有点高，明天带他来卫生院，身份证莫忘记带。\n",
            "（语音转写，山西话）咋啦{PS}大爷，腰又疼啦？圪蹴下来我看看……{P}，{AGE}岁，腰椎间盘突出，给了{DRUG}。村医{N}\n",
            // Community health talks.
            "健康讲座签到表\n主题：高血压自我管理  时间：{D} 14:30  地点：金辰街道社区卫生服务中心二楼\n序号 姓名 联系电话 住址\n"
                    + "1 {P} {M} {A0}\n2 {N} {M} {A0}\n3 {MN} {M} —\n主讲：{DR}\n",
            "糖尿病俱乐部活动：参加者{P}、{N}、{N}等23人，护士{N}讲胰岛素注射，{PS}阿姨分享了控糖经验。\n",
            // Insurance appeals and reimbursement audits.
            "医保复议申请书\n申请人：{P}  医保编号：{I}  身份证号：{ID}\n被申请人：市医疗保障局\n"
                    + "请求：撤销对本人住院费用（住院号{R}）部分不予支付的决定\n联系电话：{M}  地址：{A}\n",
            "异地就医备案：参保人{P}，参保地山西省太原市，医保号{I}，就医地云南省昆明市，备案期限至{D}；经办{N}。\n",
            "大病保险二次报销申请：{P}，{DIS}，自付42,315.60元，收款账户{B}，户名{F}（{KIN}），联系电话{M}。\n",
            "Insurance appeal: I, {E}, member no. {I}, appeal the denial of my inpatient claim (MRN {R}). Contact: {M}.\n",
            "医保基金检查疑点清单\n序号 | 患者 | 住院号 | 疑点\n1 | {P} | {R} | 同日重复收取静脉输液费\n"
                    + "2 | {N} | {R} | 超限定范围用药（{DRUG}）\n核查人：{N}\n",
            "稽核问询函：贵院上报的{P}（医保号{I}）住院{DUR}期间同日收取Ⅰ级护理费及特级护理费，请说明原因。经办人{N}，电话{L}\n",
            "病案首页质控：{P}，病案号{R}，主要诊断{DIS}编码缺失，出院日期{D}，请主治医师{DR}三日内修改。\n",
            // Research biobank and cohort follow-up.
            "生物样本库知情同意书\n捐赠者：{P}  出生日期：{DOB}  身份证：{ID}\n样本类型：血液、组织\n同意用于未来未指定的研究：■是 □否\n"
                    + "联系电话：{M}\n知情同意人：{N}  日期：{D}\n",
            "样本出入库：样本编号BB-{CODE}（来源患者{P}，住院号{R}），冻存盒3-A-12，出库人{N}，用途：肺癌队列研究。\n",
            "Biobank consent withdrawal: participant {E} (DOB {DOBE}) asked for her samples to be destroyed. Witnessed by "
                    + "{E2}. Coordinator {EG}, tel {L}.\n",
            "队列随访问卷（第3轮）\n编号：WM-{CODE}\n受访者：{P}  性别：{SEX}  出生：{DOB}\n1. 近一年是否住院？是，{DIS}\n"
                    + "2. 吸烟：每日10支\n3. 饮酒：每周苞谷酒约2斤\n调查员：{N}  联系电话：{M}\n",
            "失访追踪：队列成员{P}原登记电话{M}已停机，原住址{A}已拆迁，经村委会{N}得知其随儿子{F}迁往昆明。\n",
            // Occupational health, drivers and pilots.
            "职业健康检查表（上岗前）\n姓名：{P}  身份证号：{ID}  工种：井下采煤\n接害因素：煤尘、噪声\n胸片未见尘肺样改变  "
                    + "纯音听阈正常\n用人单位：晋中某煤业公司  主检医师：{DR}\n",
            "尘肺病随访：{P}，{AGE}岁，壹期尘肺，原籍{A}，医保号{I}，每日吸氧2小时，随访医生{N}。\n",
            "职业病诊断申请：劳动者{P}，接尘工龄{DUR}，用人单位联系人{N}，劳动者电话{M}，身份证{ID}。\n",
            "机动车驾驶人身体条件证明\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n身份证明号码：{ID}\n视力：左5.0 右4.9  "
                    + "辨色力正常  听力正常\n体检医生：{N}\n",
            "Class 2 aviation medical: applicant {E}, DOB {DOBE}. Vision 6/6 corrected, ECG normal. AME Dr {E2}.\n",
            "民航体检：{P}，{AGE}岁，副驾驶，合格证编号TJ{CODE}，眼科{N}、耳鼻喉科{N}，结论合格。\n",
            // Sports injuries.
            "运动医学门诊：{P}，{AGE}岁，打篮球扭伤左膝，Lachman试验阳性，MRI示前交叉韧带断裂；教练{N}陪同，家长电话{M}。\n",
            "马拉松医疗站：选手号码B1287，{P}，{SEX}，25km处晕倒，体温{TEMP}，考虑热射病，转运至乌蒙医学院附属第一医院；"
                    + "紧急联系人{F} {M}。\n",
            "Sports clinic: {E}, rugby, right AC joint sprain grade II. Physio {EG} to review in 2 weeks. Club doctor {E2}, "
                    + "{M}.\n",
            // Animals are not people: their names are never labelled.
            "{P}自诉被邻居家的狗旺财咬伤右小腿，犬已免疫，予狂犬病疫苗第1针，Ⅱ级暴露；邻居{N}承担费用。\n",
            "{PS}奶奶说家里的猫咪咪最近掉毛，她手臂起了环形红斑，考虑体癣，予特比萘芬乳膏。门诊号{R}\n",
            "流调：{P}家养的阿黄（土狗）上周死亡，{P}曾被其抓伤，已报告疾控{N}，电话{L}。\n",
            // Patients' diaries.
            "我的血糖日记 {D}\n早餐前 7.2  午餐后 11.5\n今天{F}带我去社区找{DS}医生，说胰岛素要加2个单位。我叫{P}，怕忘了记下来。\n",
            "住院日记：第三天。隔壁床的{N}阿姨出院了，她女儿给我留了电话{M}，说以后一起去复查。我的住院号是{R}，护士{N}让我记住。\n",
            "化疗日记：{D}，第二周期。头发掉得厉害，{KIN}{F}给我买了帽子。{DS}医生说白细胞低，打了升白针。——{PG}\n",
            "My diary, day 5 after the operation. Nurse {EG} changed the dressing. My sister {E2} visited. Still can't "
                    + "sleep. - {E}\n",
            // A doctor's notebook shorthand.
            "随手记：12床{PS}老 CHF NYHA Ⅲ，呋塞米20 iv，明查BNP；{DS}主任说周五出；家属{F} {M}\n",
            "交班小本：3床 {P} ♂ {AGE} 肺炎 CRP↑ 头孢曲松2g qd D3；9床 {N} ♀ 术后D1 引流50ml；—{N}\n",
            "门诊速记：{P} f/u HTN，BP {BP}，氨氯地平5 qd→10 qd，2w复诊，Tel {M}\n",
            // WeChat voice-to-text with filler words.
            "（微信语音转文字）嗯……{DS}医生你好，那个，我是{P}的{KIN}，就是说我妈那个药吃完了，嗯，能不能帮她再开一点？"
                    + "她身份证号是{ID}。\n",
            "（语音转文字）那个……我叫{P}，就是说，我上周在你们那做的胃镜，嗯，报告出来没有？我电话{M}，嗯，谢谢啊。\n",
            "（微信群@{N}）就是说，那个{F}家的娃娃今天发烧了，三十九度，嗯，要不要去者海镇卫生院？\n",
            // Romanised names, honorifics and nicknames.
            "检验单姓名栏为{PY}（系统未录入中文名），门诊号{R}，标本号{CODE}，请核对。\n",
            "外院病历摘要（英文版）：Patient {PY}, M, {AGE} y, admitted for {DIS_EN}; attending physician {ES}.\n",
            "{FS}总（{F}）是患者{P}的老板，答应承担全部医疗费，电话{M}。\n",
            "设备科报修：超声探头故障，已联系厂家{DS}工（{DR}），说明天上午来。报修人{N}\n",
            "港澳患者：{PS}生（{P}）要求用粤语沟通，{DS}sir查房时已安排翻译{N}。\n",
            "VIP病房：{PS}小姐（{P}）要求单间，发票抬头为其公司，公司联系人{FS}先生{M}。\n",
            "患儿小名{PK}，大名{P}，{AGE}岁，奶奶{F}带来，说娃娃吃了村口的野果子后吐了三次。\n",
            "村里人都叫他{PK}，身份证上是{P}，{ID}，五保户，住{A0}。\n",
            "{PS}老师（{P}，退休教师）复诊：血压{BP}，继续{DRUG}{DOSE}，爱人{F}陪同。\n",
            "老{PS}（{P}）今天又来量血压，说儿子{F}在广东打工，一个人在家。\n",
            // Children known by a parent's name.
            "预防接种登记：{F}之女，{NB}出生，乙肝疫苗第2剂，批号20240311，接种护士{N}，家长电话{M}。\n",
            "儿保门诊：{F}家二小子，{NB}生，身长76cm，体重9.8kg，发育正常，家长手机{M}。\n",
            "The child of {E} (DOB {NB}) was brought to the ED with a febrile seizure. Father {E2} can be reached at {M}.\n",
            // Registration, billing, couriers.
            "住院证\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n身份证：{ID}\n入院科室：{DEPT}  床位：待定\n门诊医生：{DR}  "
                    + "电话：{L}\n",
            "总机转接记录：{DS}主任办公室{L}，患者{P}来电要求改约手术。\n",
            "退费通知：{P}，住院预交金余额1,236.00元已退至银行卡{B}，疑问请拨打95588或本院收费处{L}。\n",
            "商业保险理赔：{P}，保单号{CODE}，医保号{I}，就诊医院乌蒙医学院附属第一医院，理赔款打入{B}；客服热线95519。\n",
            "身份核验：{P}，证件号{ID}，户口本待补，出生日期{DOB}。\n",
            "户籍地址：{A}\n现住址：{A0}\n工作单位：者海镇中心学校\n联系人：{F}\n",
            "快递面单：收件人{P} {M} {A}；寄件人：乌蒙医学院附属第一医院病案复印室，客服400-669-5120\n",
            "门诊挂号条：{D} {DEPT} 第23号 {P} 就诊卡号{R} 医生{DR} 门诊楼3楼7诊室\n",
            // Lunar-calendar birth dates.
            "老人说自己是{DOBL}生的，身份证上登记为{DOB}，{P}，{AGE}岁。\n",
            "寿宴后急诊：{P}（{DOBL}出生，昨天刚过生日），饮白酒半斤后呕吐，家属{F}送来。\n",
            "建档：{P}，农历生日记不清，身份证出生日期{DOB}，彝族，{ID}。\n",
            "家属{F}说{P}是{DOBL}生人，坚持等“吉日”再手术，已反复交代风险。{DR}记\n",
            // Emergency, maternal and child health, mental health management.
            "急诊预检分诊：{P}，{SEX}，{AGE}岁，{SYM}{DUR}，Ⅱ级，T {TEMP} HR {HR} BP {BP}，陪同{F}（{M}），分诊护士{N}\n",
            "医保结算单：姓名{P} 医保编号{I} 住院号{R} 统筹支付8,526.33 个人自付2,103.10 结算日期{D}\n",
            "严重精神障碍患者管理卡：{P}，{SEX}，身份证{ID}，监护人{F}（{KIN}），监护人电话{M}，现住址{A}，管理医生{N}\n",
            "孕产妇建册：{P}，孕12周，丈夫{F}，身份证{ID}，户籍{A0}，建册人{N}，产检卡号{R}\n",
            "院前急救病历：呼救电话{M}，呼救地址{A}，患者{P}，{AGE}岁，意识不清，现场血糖1.9mmol/L，随车医生{N}；"
                    + "拨打120后22分钟到达。\n",
            "慈善救助登记：受助患儿{P}，{NB}出生，家长{F}，收款账户{B}，开户行农村信用社迤那分社。\n",
            "授权委托书：本人{P}（身份证{ID}）授权{F}（身份证{ID}）代领体检报告。\n",
            // Decoys: herbs, eponyms, words beginning with a surname, place words.
            "中医馆处方：{P} 重楼6g 天麻10g 白及10g 石斛12g 三七粉3g冲服 5剂 医师{DR}\n",
            "{P}既往霍奇金淋巴瘤化疗后5年，此次因{SYM}就诊，说马上要去女儿{F}家住，黄疸指数正常，石膏固定已拆除。{DS}医生\n",
            "{P}，{AGE}岁，既往桥本甲状腺炎，儿子幼时患川崎病已愈；格拉斯哥评分15分，门诊号{R}。\n",
            "籍贯：山西省平遥县；出生地：云南省会泽县；现住址：{A}；联系人{F}（{M}）；患者{P}\n",
            "{P}用云南白药气雾剂后皮肤瘙痒，平时爱吃山西老陈醋，吸烟20年，住{A0}。\n",
            // English and mostly Latin-script.
            "Dear Dr {ES},\nThank you for seeing {E}, a 58-year-old woman with {DIS_EN}. Her phone is {M}; home address "
                    + "{A}.\nKind regards,\n{E2}\n",
            "OR list {D}: 1) {E}, lap chole, surgeon {E2}; 2) {PY}, hernia repair, surgeon {ES}. Anaesthetist: {EG}.\n",
            "Family meeting minutes. Present: {E} (patient), {E2} (son), Dr {ES}, social worker {EG}. Agreed: DNACPR, "
                    + "comfort care. Next of kin tel {M}.\n",
            "Crisis line log 02:13. Caller identified as {E}, DOB {DOBE}, staying at {A}. Safety plan agreed; follow-up "
                    + "call by {EG}.\n",
            "Occupational health: {E} fit for night shifts. Hep B titre above 100. Signed {E2}, {L}.\n",
            "Home visit checklist: {E}, lives alone at {A}. Smoke alarm: yes. Falls: 2 in 6 months. Daughter {E2} ({M}).\n",
            "Dialysis run sheet: {E}, MRN {R}, dry weight 71 kg, UF goal 2.8 L, access L AVF. Nurse {EG}. Nephrologist "
                    + "Dr {ES}.\n",
            "Pharmacy intervention: {E} (MRN {R}), vancomycin trough 24 mg/L, dose reduced. Pharmacist {EG}, prescriber "
                    + "Dr {ES}.\n",
            "Advance directive, witness statement: I, {E2}, witnessed {E} (born {DOBE}) sign this directive on {D}.\n",
            "Cohort follow-up: participant {PY}, DOB {DOBE}, contact {M}. Interviewer {EG}.\n",
            "Lunar birthday noted by family: {E} says she was born {DOBL}; passport DOB {DOBE}.\n",
            "Insurance audit query: claimant {E}, bank account {B}, policy {I}. Please confirm the admission dates.\n",
            // More ward, clinic and community writing.
            "床旁交接：{P}，{AGE}岁，{DIS}，留置尿管第3天，{KIN}{F}陪护；{PS}叔怕痛，翻身时动作轻一点。夜班{N}\n",
            "输液巡视卡：{P} 12床 0.9%NS 250ml+{DRUG} {TIME}开始 滴速40gtt/min 巡视{N}\n",
            "出院随访：{P}出院后第7天，电话{M}，诉伤口不痛了，家住{A0}，下次复诊{D}。随访护士{N}\n",
            "家庭医生签约服务协议\n甲方：金辰街道社区卫生服务中心 家庭医生团队长{DR}\n乙方：{P}  身份证号：{ID}\n"
                    + "住址：{A}  联系电话：{M}\n签约日期：{D}\n",
            "慢病随访：{P}，{AGE}岁，高血压，血压{BP}，服{DRUG}{DOSE}，医保{I}；下次随访{D}，随访人{N}。\n",
            "病危通知书：{P}家属：患者目前病情危重，随时可能危及生命。家属签字{F}，与患者关系{KIN}，{D} {TIME}；"
                    + "告知医师{DR}\n",
            "医患沟通：{DS}医生向{P}的丈夫{F}解释了胃镜下息肉切除的风险，{F}表示理解并同意。\n",
            "检验科退单：{P}（住院号{R}）标本溶血，请重新采集；联系病区护士{N}，分机8021。\n",
            "体检中心：{P}，出生日期{DOB}，单位团检，体检号{CODE}，报告寄往{A}，手机{M}。\n",
            "门诊病历首页\n姓名：{P}  性别：{SEX}  出生：{DOB}  民族：苗族\n身份证号：{ID}\n联系电话：{M}\n现住址：{A}\n"
                    + "过敏史：无  医保号：{I}\n",
            "{P}的女婿{F}来电说{PS}大爷昨晚又摔了一跤，额头擦伤，已约{DS}医生明早看。\n",
            "乡镇卫生院转诊单：转出迤那镇中心卫生院，患者{P}，身份证{ID}，诊断{DIS}，转入乌蒙医学院附属第一医院{DEPT}，"
                    + "转诊医生{N}，联系电话{L}\n",
            "护理部不良事件：{D} {TIME} {P}（住院号{R}）如厕时跌倒，右额部皮肤擦伤，当班护士{N}，已告知家属{F}。\n",
            "门诊输液室：{PS}嬢嬢（{P}）今天第三天输液，她孙子{N}陪着，说明天自己来。\n",
            "康复科训练记录：{P}，脑梗死后{DUR}，治疗师{N}喊“{PG}，再抬高一点”，左上肢肌力3级，家属{F}在旁学习。\n",
            "入院宣教签字：我已知晓陪护及探视制度。患者{P}，家属{F}，电话{M}，宣教护士{N}\n",
            "家属来电：{F}问{P}什么时候能出ICU，已告知需{DS}主任评估，回电{L}。\n",
            "少数民族患者翻译登记：{MN}只会讲本民族语言，由同村{N}翻译，住{A0}，联系电话{M}，接诊{DR}。\n",
            "孕妇学校签到：{P} 孕26周 {M}；{N} 孕30周 {M}；{N} 孕22周 {M}；授课助产士{N}\n",
            "病案复印申请：申请人{F}，与患者{P}关系{KIN}，身份证{ID}，复印住院号{R}全部病历，共86页，收费43元。\n");

    // Older rural Shanxi names; older Yunnan and Guizhou names with the region's surnames; Hui names; middle-aged;
    // young; recent cohorts; two-character names; compound surnames; word-like names.
    private static final List<String> CHINESE = List.of((
            "郭二虎 乔存喜 贾润莲 薛玉蝉 梁满仓 霍补女 阎富贵 武改花 牛三旦 续海龙 贺润生 要玉莲 暴金锁 弓宝柱 郝改娥 闫润梅 侯保全 "
            + "普绍荣 杞德昌 禄开富 者永顺 李应仙 段四妹 字绍武 杨汝昌 刀玉香 赵发有 杨绍先 施继福 张应芬 "
            + "李绍周 普正清 杞丽仙 冉隆兴 龙通福 "
            + "冉启凤 吴正坤 田茂榜 潘秀银 蒙光灿 罗开珍 母泽贵 龙老幺 滚国华 吴通珍 杨昌秀 韦祖英 龙再学 "
            + "纳文忠 马德清 沙国林 "
            + "敬晓川 晏永刚 仝丽霞 昝春兰 钱宗翰 保继红 矣建勋 撒丽萍 卯光友 姬应辉 邰光荣 畅丽君 智永红 茹文秀 冀小军 "
            + "渠立新 孔祥瑞 陶继宗 文德馨 蒋鹤龄 邓兆麟 钟秉义 鲁燕飞 晏宗敏 敬世华 仝振堂 昝维平 "
            + "付晨曦 黎韵 朱雅琴 袁牧野 戴梦圆 邱子骞 宋昕冉 华晓蔓 董思远 蒋一苇 卢梦瑶 彭昱霖 阮青禾 "
            + "冉沐宸 普芮汐 刀翊辰 禄珞伊 杞柠萌 字栩然 纳悦溪 者锦程 敬槿妍 晏筱雨 仝璟瑜 昝祎凡 蒙樾 卯梓萌 保芃芃 冉知予 普星辰 "
            + "冉芃 刀锐 禄毅 木琛 普涛 矣晗 朱赓 "
            + "欧阳淑芬 诸葛凯旋 司徒静雯 申屠志远 鲜于婷 独孤晨 慕容沁雪 尉迟秋菊 呼延国庆 濮阳若兰 欧阳霁月 司徒嘉澍 "
            + "普洱 和平 海燕 金沙 江川").split(" "));
    /**
     * The pool names that are also ordinary words: 普洱 (a tea and a city), 和平 peace, 海燕 petrel, 金沙 golden sand
     * (and a river), 江川 (a county); under a tenth of the pool.
     */
    static final List<String> WORD_LIKE = List.of("普洱", "和平", "海燕", "金沙", "江川");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "诸葛", "司徒", "申屠", "鲜于", "独孤", "慕容",
            "尉迟", "呼延", "濮阳");
    // Yi, Wa, Dai, Jingpo, Tibetan (Deqen), Mongolian, Uyghur and Kazakh names.
    private static final List<String> MINORITY = List.of((
            "曲比拉洛 阿约木呷 马黑木呷 海来木呷 俄木沙玛 沙马木果 阿说约布 "
            + "岩嘎 叶嘎 玉应罕 玉罕拉 岩应叫 玉康香 木然诺 早腊 "
            + "此里卓玛 格茸追美 鲁茸吉布 扎史此里 "
            + "乌日根 萨其拉图 那仁花 宝音达来 "
            + "阿卜杜热西提·艾海提 米热古丽·吐尔逊 艾合买提江·托合提 叶尔兰·努尔太 阿依达娜·别克").split(" "));
    /** Milk names and village nicknames, labelled as names. */
    private static final List<String> NICKNAMES = List.of("狗蛋", "丫蛋", "毛蛋", "大妞", "三娃", "小胖", "憨娃", "黑蛋",
            "翠翠", "丫丫");
    // given|family: Welsh, Scottish Gaelic, Breton, Frisian, Greek, Romanian, Bulgarian, Bosnian, Czech, Belarusian,
    // Azerbaijani, Iranian, Egyptian, Ethiopian, Somali, Kenyan, Ugandan, Tanzanian, Congolese, Zimbabwean, Balinese,
    // Filipino, Nepali (Tamang), Bangladeshi, Tamil, Samoan, Chilean, Argentinian, Icelandic, Finnish, Estonian.
    private static final List<String> ENGLISH = List.of("Iolo|Prys", "Seonaidh|MacIver", "Goulven|Kerboriou",
            "Jildou|Dijkstra", "Stavroula|Kyriakou", "Mihaela|Munteanu", "Stoyan|Petkov", "Desislava|Georgieva",
            "Emina|Begovic", "Haris|Mehmedovic", "Ondrej|Novotny", "Kvetoslava|Prochazkova", "Yauheni|Hrytsenka",
            "Rashad|Mammadov", "Gunel|Huseynova", "Farzaneh|Kazemi", "Nourhan|Abdelaziz", "Tewodros|Girma",
            "Meseret|Haile", "Faduma|Abdullahi", "Njeri|Odhiambo", "Nalubega|Mukasa", "Baraka|Mollel",
            "Rehema|Kimaro", "Ilunga|Tshibanda", "Rumbidzai|Chikwanha", "Nyoman|Sudarsana", "Jericho|Macaraeg",
            "Mingma|Tamang", "Tasnim|Hossain", "Kavitha|Murugan", "Malia|Fonoti", "Ignacia|Cifuentes",
            "Tadeo|Pizarro", "Hrafnhildur|Sigurdardottir", "Ilmari|Nieminen", "Kertu|Saarepuu");
    /** Family|first syllable|second syllable of people written in pinyin only. */
    private static final List<String> PINYIN = List.of("Ran|Wen|Xiu", "Pu|Jia|Hui", "Lu|Kai|Fu", "Qi|Shao|Lan",
            "Dao|Yu|Han", "Zan|Chun|Ling", "Yan|Yong|Gang", "Tong|Li|Xia", "Mu|Ze|Gui", "Meng|Guang|Can", "Guo|Er|Hu",
            "Qiao|Cun|Xi", "Xue|Yu|Chan", "Na|Wen|Zhong", "Zi|Shao|Wu", "Ji|Ying|Hui", "Chang|Li|Jun", "Xu|Hai|Long",
            "Tai|Guang|Rong");
    /** Yunnan, Guizhou and Shanxi counties and districts. */
    private static final List<String> AREA = List.of("530102", "530103", "530111", "530112", "530326", "532925",
            "532901", "530302", "520102", "520103", "520115", "520526", "520502", "140105", "140106", "140107",
            "140702", "140728", "140225");
    /** The areas that already had these codes when 15-digit numbers were issued (观山湖区 and 七星关区 came later). */
    private static final List<String> LEGACY_AREA = AREA.stream()
            .filter(a -> !a.equals("520115") && !a.equals("520502")).toList();
    /** Area code and length of the local number. */
    private static final List<String> LANDLINE_AREAS = List.of("0871|8", "0874|7", "0872|7", "0851|8", "0857|7",
            "0351|7", "0352|7", "0354|7");
    private static final List<String> BANK_BINS = List.of("621226", "622700", "622180", "621098", "623659", "622823");
    /** City|streets written with 栋/单元/室 (Kunming, Qujing). */
    private static final List<String> BLOCK_STREETS = List.of("云南省昆明市|五华区翠湖南路,盘龙区北京路,官渡区关上中路,"
            + "西山区滇池路", "云南省曲靖市|麒麟区南宁北路,麒麟区文昌街");
    /** Guiyang streets written with 附N号. */
    private static final List<String> ANNEX_STREETS = List.of("贵州省贵阳市|南明区箭道街,云岩区中华北路,观山湖区林城西路");
    /** Taiyuan streets written with 号楼/单元/号. */
    private static final List<String> BUILDING_STREETS = List.of("山西省太原市|小店区坞城路,迎泽区柳巷南路,杏花岭区府东街");
    private static final List<String> ESTATES = List.of("云南省昆明市官渡区|世纪城兰苑,金色大道小区",
            "贵州省贵阳市观山湖区|碧海花园,世纪城龙耀苑");
    private static final List<String> VILLAGES = List.of("云南省曲靖市会泽县者海镇|营盘村,发达村,华泰村",
            "贵州省毕节市威宁彝族回族苗族自治县迤那镇|五星村,中海村", "云南省大理白族自治州弥渡县密祉镇|文盛街村,桃园村",
            "山西省大同市浑源县王庄堡镇|王庄堡村,唐庄村", "山西省晋中市平遥县段村镇|西王智村,东源祠村");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> LUNAR_MONTHS = List.of("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月",
            "九月", "十月", "冬月", "腊月");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private Blind17Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_17 || !templates.isEmpty() && BLIND_17.containsAll(templates);
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

    /** The given name: 淑芬 of 欧阳淑芬, 晓川 of 敬晓川. */
    static String givenNameOf(String chineseName) {
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a one-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /** A minority name. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** A milk name or village nickname. */
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

    /** A pinyin name: RAN Wenxiu, Ran Wenxiu, Ran W.X., R.W.X., Wenxiu RAN or Ran Wen-xiu. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> pinyinForms(String entry) {
        String[] p = entry.split("\\|");
        String f = p[0], a = p[1], b = p[2];
        String given = a + b.toLowerCase();
        return List.of(f.toUpperCase() + " " + given, f + " " + given, f + " " + a.charAt(0) + "." + b.charAt(0) + ".",
                f.charAt(0) + "." + a.charAt(0) + "." + b.charAt(0) + ".", given + " " + f.toUpperCase(),
                f + " " + a + "-" + b.toLowerCase());
    }

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1930, 91, r);
    }

    /** A first-generation 15-digit number: area, yymmdd (born 1930 to 1999), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 30, 70, r);
    }

    /** A resident identity number: plain, lower-case x, 6-8-4 by hyphens, 6 4 4 4 by blanks, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> legacyId(r);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.substring(0, 6) + " " + id.substring(6, 10) + " " + id.substring(10, 14) + " "
                    + id.substring(14);
            case 3, 4 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mobile: plain, 138-1234-5678, 138 1234 5678, +86 13812345678, (+86)138-1234-5678, 0086-13812345678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(9)) {
            case 0 -> a + "-" + b + "-" + c;
            case 1 -> a + " " + b + " " + c;
            case 2 -> "+86 " + n;
            case 3 -> "(+86)" + a + "-" + b + "-" + c;
            case 4 -> "0086-" + n;
            default -> n;
        };
    }

    /** A landline: 0871-65123456, 0871 65123456, (0351)7123456, 0871-6512-3456; sometimes an extension after 转. */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        String number = switch (r.nextInt(5)) {
            case 0 -> area + " " + local;
            case 1 -> "(" + area + ")" + local;
            case 2 -> area + "-" + local.substring(0, length - 4) + "-" + local.substring(length - 4);
            default -> area + "-" + local;
        };
        return r.nextInt(5) == 0 ? number + "转" + digits(3 + r.nextInt(2), r) : number;
    }

    /** Z24-012345, seven digits beginning with the year, OP and eight digits, JZ2024000123, DA5301-0012345. */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "Z" + (year % 100) + "-" + digits(6, r);
            case 1 -> (year % 100) + digits(5, r);
            case 2 -> "OP" + digits(8, r);
            case 3 -> "JZ" + year + digits(6, r);
            default -> "DA" + pick(AREA, r).substring(0, 4) + "-" + digits(7, r);
        };
    }

    /** Guizhou YBGZ, rural cooperative NH, Shanxi SXYB-, Yunnan YN53. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "YBGZ" + digits(10, r);
            case 1 -> "NH" + digits(11, r);
            case 2 -> "SXYB-" + digits(4, r) + "-" + digits(6, r);
            default -> "YN53" + digits(9, r);
        };
    }

    /** A bank card of an own issuer prefix, 16 or 19 digits with a valid Luhn digit: plain, fours, or six and the rest. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> card.substring(0, 6) + " " + card.substring(6);
            default -> card;
        };
    }

    /**
     * An address: Kunming and Qujing 栋/单元/室, Guiyang 附N号, Taiyuan 号楼/单元/号, estates, villages with 组 and a
     * house number; {@code partial} may stop at the village or the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return place(r.nextBoolean() ? VILLAGES : BLOCK_STREETS, withProvince, r);
        }
        return switch (r.nextInt(5)) {
            case 0 -> place(BLOCK_STREETS, withProvince, r) + (1 + r.nextInt(300)) + "号" + (r.nextBoolean()
                    ? (1 + r.nextInt(12)) + "栋" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(24)) + "0"
                    + (1 + r.nextInt(4)) + "室" : "");
            case 1 -> place(ANNEX_STREETS, withProvince, r) + (1 + r.nextInt(200)) + "号附" + (1 + r.nextInt(20)) + "号";
            case 2 -> place(BUILDING_STREETS, withProvince, r) + (1 + r.nextInt(300)) + "号" + (1 + r.nextInt(15))
                    + "号楼" + (1 + r.nextInt(6)) + "单元" + (1 + r.nextInt(7)) + "0" + (1 + r.nextInt(3)) + "号";
            case 3 -> place(ESTATES, withProvince, r) + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(3)) + "单元"
                    + (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(6)) + "室";
            default -> place(VILLAGES, withProvince, r) + chineseNumber(1 + r.nextInt(9)) + "组"
                    + (r.nextBoolean() ? (1 + r.nextInt(80)) + "号" : "");
        };
    }

    /** A town or city and one of its villages or streets, with or without the province. */
    private static String place(List<String> towns, boolean withProvince, RandomGenerator r) {
        String[] t = pick(towns, r).split("\\|");
        String[] places = t[1].split(",");
        String town = withProvince ? t[0] : t[0].substring(t[0].indexOf('省') + 1);
        return town + places[r.nextInt(places.length)];
    }

    /**
     * A date of birth, 1930 to 2005: 1958年3月7日, 1958-03-07, 1958.3.7, 58年3月7日, 1958年3月, 19580307, 1958/3/7,
     * 一九五八年三月七日.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(76), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> String.format("%02d年%d月%d日", y % 100, m, d);
            case 4 -> y + "年" + m + "月";
            case 5 -> String.format("%d%02d%02d", y, m, d);
            case 6 -> y + "/" + m + "/" + d;
            default -> chineseYear(y) + "年" + chineseNumber(m) + "月" + chineseNumber(d) + "日";
        };
    }

    /** An English date of birth: 07-Mar-1958, March 7, 1958, 3/7/1958 (month first), 7th March 1958. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(76), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d-%s-%d", d, month.substring(0, 3), y);
            case 1 -> month + " " + d + ", " + y;
            case 2 -> m + "/" + d + "/" + y;
            default -> ordinal(d) + " " + month + " " + y;
        };
    }

    /**
     * A lunar-calendar date of birth, with its calendar word: 农历1958年三月初七, 农历一九五八年冬月十二,
     * 阴历1958年正月十五, 农历戊戌年腊月廿三.
     */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(71);
        String md = LUNAR_MONTHS.get(r.nextInt(12)) + lunarDay(1 + r.nextInt(30));
        return switch (r.nextInt(4)) {
            case 0 -> "农历" + y + "年" + md;
            case 1 -> "农历" + chineseYear(y) + "年" + md;
            case 2 -> "阴历" + y + "年" + md;
            default -> "农历" + sexagenaryYear(y) + "年" + md;
        };
    }

    /** The stem and branch of a year: 1958 gives 戊戌, 1984 甲子. */
    static String sexagenaryYear(int y) {
        return "" + STEMS.charAt(Math.floorMod(y - 4, 10)) + BRANCHES.charAt(Math.floorMod(y - 4, 12));
    }

    /** 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + (d == 10 ? "十" : String.valueOf(NUMERALS.charAt(d)));
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A child's date of birth, 2014 to 2025: 2021年3月5日, 2021-03-05, 2021.3.5, 2021年3月5号. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2014 + r.nextInt(12), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> y + "年" + m + "月" + d + "号";
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

    /** Every way {@link #pinyinName} writes the pool's names. */
    static Stream<String> pinyinWritten() {
        return PINYIN.stream().flatMap(n -> pinyinForms(n).stream());
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind17Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind17Templates::given);
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
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

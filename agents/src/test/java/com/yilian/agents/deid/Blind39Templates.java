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
 * Thirty-ninth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_39}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the Yanbian Korean autonomous prefecture and
 * the Tumen river border in Jilin, led by the fictional tertiary 图们江医学院附属医院 (Tumen River Medical College
 * Hospital) in the fictional prefecture city of 海兰市 between Yanji and Hunchun, with county hospitals (龙井, 和龙,
 * 汪清, 安图, 珲春, 图们, 敦化), township health centres, village clinics of Korean (朝鲜族) and Han villages, the
 * 珲春口岸卫生所 (a port clinic at the Russian border crossing) and a fishery-processing zone. The people: Korean
 * Chinese (names in Chinese characters with Korean surnames 金, 朴, 崔, 郑, 玄, 南宫, 皇甫, 鲜于 …, the same names in
 * Hangul in the Yanbian orthography (리, 류, 로, 룡), in McCune–Reischauer romanisation (Kim Ryong-su) and as their
 * Chinese passports spell them in pinyin (JIN LONGZHU)); their children working in South Korea (Korean resident or
 * alien registration numbers, Korean phones and addresses, names in Hangul); Han north-easterners addressed as 老X, X姐,
 * X大姐, X哥, X大娘, X婶, X大爷 and known by nicknames; Russian traders, drivers and tourists (Cyrillic names with
 * patronymics, Latin and Chinese transliterations, Russian passports, phones, addresses and OMS policies, Koryo-saram
 * among them); North Korean workers of the fishery zone, named as written (Chinese characters and Hangul in the
 * northern orthography); doctors of partner hospitals in Korea writing in English. The genres: bilingual Chinese–Korean
 * outpatient notes, home visits to elderly people living alone (子女在韩国), cross-border telemedicine with Korean
 * hospitals, Russian-language interpreter notes at the port clinic, occupational health of fishery workers, winter
 * frostbite and coal-smoke carbon monoxide poisoning (煤烟中毒), kimchi-season hand injuries, WeChat and KakaoTalk
 * chats mixing Korean and Chinese, voice notes in north-eastern speech (俺, 嘎哈, 咋整, 这嘎达, 老鼻子, 贼) and in
 * Korean, OCR'd forms with blanks between characters, CSV, tab, pipe and markdown tables, JSON and HL7 v2 exports, SMS
 * and English referral letters (about a seventh in English or mostly Latin script).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives at home and in Korea,
 * neighbours, carers, interpreters, workers, team leaders, doctors in China and Korea, in every position (after a role
 * word, at the start of a chat line, in table cells, CSV fields, JSON values, HL7 fields, Korean and Russian sentences,
 * English prose). A surname in a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}, and
 * {@code MS} for the record's Korean Chinese elder, a compound surname such as 南宫 whole): 老X, 小X, X姐, X大姐, X哥,
 * X大娘, X婶, X大爷, X奶奶, X大夫, X医生, X主任, X护士长, X师傅, X老师; in Hangul ({@code MHS}) the surname syllable(s)
 * before 할머니 or 씨. A Han given name used alone ({@code PG}) labels the given name (a one-character given name is
 * never used alone). A north-eastern nickname ({@code PK}: 赵大个儿, 孙老蔫儿) names a person and is labelled whole. A
 * Korean Chinese name ({@code MN}, {@code NK}) is labelled whole in every script: Hangul ({@code MH}, {@code KH}),
 * romanised ({@code MR}, {@code KR}), passport pinyin ({@code MP}). A Russian name is labelled whole in every form:
 * Cyrillic surname, name and patronymic ({@code RU}, {@code RX}), Latin given and family name or the passport's
 * FAMILY GIVEN ({@code RL}), Chinese transliteration ({@code RC}), name and patronymic as a form of address
 * ({@code RP}); the surname alone ({@code RF}) is labelled like a surname. A North Korean worker's name ({@code WK},
 * {@code WO} in Chinese characters, {@code WH} in Hangul) is labelled whole. A newborn known by the mother's name (X之子,
 * X之女) labels the mother. Kin words and titles alone are not names: 大娘, 婶, 大爷, 老爷子, 俺妈, 俺爹, 어머니, 할머니,
 * 엄마, 오빠, 선생님, 간호사, 보호자; nor are north-eastern words (嘎哈, 咋整, 这嘎达, 老鼻子, 哎呀妈呀, 好嘞) or 고려인.
 * An OCR'd name ({@code PO}, {@code DO}, {@code MO}) broken by a line break, a blank after the surname, or a blank or
 * ideographic blank between every character is one span, the break inside it. Doctors of the Korean partner hospitals
 * and the international office ({@code E}, {@code E2}) are labelled whole, a family name alone ({@code ES}) and a
 * given name alone ({@code EG}) too; Dr. stays outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on the Yanbian codes
 * 2224 (延吉, 图们, 敦化, 珲春, 龙井, 和龙, 汪清, 安图) and, for Han settlers, Changchun, Harbin and Dandong; plain,
 * with a lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth date on the same codes), Korean
 * registration numbers ({@code KRN}: resident and alien registration numbers, YYMMDD-SNNNNNC with a valid check digit,
 * S 1–4 for citizens and 5–8 for foreigners, with the hyphen or run on), Russian passports ({@code RPP}: internal, on
 * the Primorye series 05, as 05 15 482913, 0515 482913, 0515482913; international as 75 1234567 or 751234567), mobiles
 * ({@code M}: plain, 3-4-4 by blanks or hyphens, +86 plain or +86-3-4-4; {@code MV}: spoken, the one as 幺, the nought
 * as 零, run on, by blanks or by commas), landlines ({@code L}: seven digits on 0433 Yanbian and 0415 Dandong, eight on
 * 0431 Changchun and 0451 Harbin, as 0433-2512345, (0433)2512345, 0433 251 2345, with an extension after 转, +86 433
 * 2512345), Korean phones ({@code KM}: 010-1234-5678, 010 1234 5678, 01012345678, +82 10-1234-5678, +82-10-1234-5678;
 * {@code KL}: 02-2072-3456, 031-412-3456, +82 2-2072-3456), Russian phones ({@code RM}: +7 914 123-45-67, +7 (914)
 * 123-45-67, 8 914 123 45 67, 8-914-123-45-67, +79141234567, +7 (423) 240-12-34, 8 (42331) 9-12-34), addresses
 * ({@code A}: Korean and Han villages of Yanbian by 镇/乡, 村 and 组 (and 号), flats of 海兰市 and 延吉 by 号楼/栋,
 * 单元 and 室 or the north-eastern 3-2-501; {@code A0}: stopping at the town, the village or the road; {@code AD}: the
 * fishery zone's dormitories; {@code KA}: Korean road-name and lot-number addresses in Hangul and Korean addresses
 * written in Chinese; {@code RA}: Russian addresses in Cyrillic and in Chinese), record numbers ({@code R}: inpatient
 * TJ2024031876, outpatient TJMZ-24-0318762, county hospitals HLZY2403187 (HL, WQ, AT, HC, TM, DH), port clinic
 * KA-24-0387, occupational-health archive ZYJK202403187; {@code RK}: a Korean hospital's eight-digit registration
 * number), insurance numbers ({@code I}: YBJM and YBZG with ten digits; {@code KI}: the Korean national health
 * insurance card's eleven digits; {@code RI}: the Russian OMS policy's sixteen digits), bank cards ({@code B}: 16 or
 * 19 digits with a valid Luhn digit, plain or in fours by blanks or hyphens), dates of birth ({@code DOB}: 1942年3月5日,
 * 1942-03-05, 1942.03.05, 19420305, 一九四二年三月五日, 42年3月5日; {@code DOBL}: lunar, 农历1942年三月初五,
 * 阴历一九四二年腊月十八, 农历四二年正月初三; {@code DOBK}: Korean, 1942년 3월 5일, 1942. 3. 5., 42.03.05, 음력 1942년 3월
 * 5일; {@code DOBR}: Russian, 05.03.1987, 5 марта 1987; {@code DOBE}: 5 March 1987, March 5, 1987, 05 MAR 1987;
 * {@code DOBH}: HL7 19870305; {@code NB}: a newborn's or child's, 2008 to 2025). Not labelled: visit dates, ages, lab
 * values (COHb, glucose, temperatures, hearing thresholds), batch, ECG, alarm, deposit-receipt and message numbers,
 * workers' badge numbers (工号), fishing-boat numbers, Chinese and Russian plates, hotlines, 120, facility names, places
 * alone (图们江, 防川, 海参崴, Краскино, Seoul), kin words and titles in Chinese and Korean, north-eastern words, words
 * beginning with a pool surname (金额, 全身, 车间, 申请, 严重, 高压氧, 韩国, 김장철, 정말, 최근; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind36Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #CHINESE},
 * for {@code P}, {@code F}, {@code DR}, {@code N}) is drawn as a patient list of Yanbian would look: Han north-easterners
 * of Shandong descent (王, 李, 张, 刘, 赵, 孙, 于, 杨, 高, 徐, 姜, 宋, 曲, 邢) and Korean Chinese (金, 朴, 崔, 李,
 * 郑, 韩, 南, 玄, 吴, 俞, and the rare {@link #RARE_SURNAMES} 夫 and 昔), with word-like names ({@link #WORD_LIKE}).
 * {@link #KOREAN} holds Korean Chinese in four scripts (MN and the further {@code NK}, {@code KH}, {@code KR});
 * {@link #RUSSIAN} Russians with their forms; {@link #WORKERS} North Korean workers in two scripts; {@link #NICKNAMES};
 * {@link #ENGLISH} the partner hospitals' doctors and the international office. Within a record the Korean Chinese
 * elder's forms name one person, and so do the Russian's ({@code RU}, {@code RL}, {@code RP}, {@code RC}, {@code RF})
 * and the worker's ({@code WK}, {@code WH}). Any non-empty subset of {@link #BLIND_39} uses these pools (see
 * {@link #uses}).
 */
final class Blind39Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270109L;

    static final List<String> BLIND_39 = List.of(
            // Bilingual Chinese–Korean outpatient notes.
            "图们江医学院附属医院 老年科门诊病历 / 노년과 외래기록\n姓名/성명：{MN}（{MH}）\n性别：{SEX}  年龄：{AGE}岁\n出生日期：{DOB}\n"
                    + "门诊号：{R}\n主诉：头晕、血压高 / 어지럼증, 최근 혈압 높음\nBP {BP}\n医师：{DR}\n",
            "门诊记录（朝汉双语）：{MN}，{AGE}岁，用朝鲜语述“가슴이 답답해요”（胸闷），女儿{KH}在韩国，电话{KM}；身份证{ID}；"
                    + "接诊{DS}大夫\n",
            "외래 진료기록\n환자: {MH} ({MN})\n생년월일: {DOBK}\n연락처: {M}\n진단: 고혈압, 2형 당뇨병\n담당의: {DR}\n",
            "朝鲜语门诊翻译：患者{MN}只会说朝鲜语，由护士{N}翻译；既往脑梗，长期服用阿司匹林100mg qd；住址{A}\n",
            "{MS}大娘，{AGE}岁，在儿子家住，咳嗽一周，听诊双肺湿啰音；儿子{NK}，{M}；医生{DR}\n",
            "복약지도: {MH} 할머니, 암로디핀 5mg 하루 한번 아침 식후. 문의 {L}\n",
            "患者{P}，{SEX}，{AGE}岁，朝鲜族，医保号{I}，出生{DOBL}（身份证登记为{DOB}）；{DS}主任查房\n",
            "门诊处方笺\n姓名：{MN}  {SEX}  {AGE}岁\n医保：{I}\n地址：{A0}\nRp: 硝苯地平控释片30mg qd ×28\n医师：{DR}  药师：{N}\n",
            "龙井市医院内科：{P}，{AGE}岁，住{A}，糖尿病足；家属{F}（{KIN}）；住院号{R}；{PS}大爷（家里人都叫他{PG}）不肯截肢\n",
            "朝鲜族患者{MN}（{MR}），病情严重，需住院；身份证{ID}；医保{I}；儿子{NK}从韩国赶回，电话{KM}\n",
            // Elderly living alone, children working in South Korea.
            "独居老人入户随访（子女在韩国）\n老人：{MN}，{AGE}岁\n住址：{A}\n子女：{KH}，电话{KM}\n韩国住址：{KA}\n随访医生：{DR}\n"
                    + "备注：冬季取暖用火炕，已提醒防煤烟中毒\n",
            "{MHS}할머니 혼자 사심. 아들 {KH} 한국 거주, 연락처 {KM}. 본인 전화 {M}. 방문 간호사 {N}\n",
            "家庭医生随访：{MS}奶奶独居，儿子{NK}和儿媳在韩国务工，每月汇款；血压{BP}；邻居{F}帮忙取药，电话{M}\n",
            "姓名,年龄,电话,备注\n{MN},{AGE},{M},子女在韩国\n{NK},{AGE},{MV},子女在韩国\n{P},{AGE},{L},子女在青岛\n",
            "[语音转文字] 大夫啊 我是{MN}她家隔壁的{F} 老太太两天没开门了 俺们嘎哈也叫不应 你们快来瞅瞅 电话{MV}\n",
            "Home visit note for the family in Korea\nPatient: {MR} ({MP})\nDOB: {DOBE}\nLives alone at {A0}; son {KR} "
                    + "works in Ansan, phone {KM}.\nBP {BP}, fasting glucose 8.4 mmol/L.\nVisiting nurse: {N}\n",
            "子女在韩留守老人信息登记\n老人：{MN}  身份证：{ID}\n子女：{NK}（外国人登录证{KRN}）\n子女电话：{KM}\n子女住址：{KA}\n",
            "{MS}大爷，{AGE}岁，独居，老伴去世后女儿{KH}回韩国了，今日冻伤右足来诊；邻居{PS}婶陪同\n",
            "护工日志：给{MN}老人喂饭、翻身，老人夜里喊“어머니”；女儿{KH}从韩国打视频电话；护工{F}\n",
            "居家养老补贴发放：{MN}，补贴账户{B}，代领人{F}（邻居），电话{M}\n",
            // Cross-border telemedicine with Korean hospitals.
            "远程会诊申请单（图们江医学院附属医院—韩方合作医院）\n患者：{MN}（护照名{MP}）\n出生日期：{DOB}\n住院号：{R}\n"
                    + "韩方医院登记号：{RK}\n申请医生：{DR}\n韩方专家：{E}\n",
            "Teleconsultation summary\nPatient: {MP} ({MH})\nDOB: {DOBE}\nKorean hospital no.: {RK}\nChinese MRN: {R}\n"
                    + "Consultant: Dr. {ES}\nRecommendation: PCI not indicated; continue DAPT.\nContact daughter {KR}, {KM}\n",
            "원격진료 기록\n환자명: {MP} / {MH}\n외국인등록번호: {KRN}\n건강보험증번호: {KI}\n주소: {KA}\n연락처: {KM}\n담당: {E}\n",
            "远程会诊记录：{D}，韩方{E}教授读片后认为肺结节8mm，建议3个月复查；患者{MN}之女{KH}在韩陪同，电话{KL}\n",
            "Dear Dr. {ES},\nThank you for seeing {MR} (passport name {MP}, DOB {DOBE}) by video link. Her Chinese ID is "
                    + "{ID}; her son holds Korean registration number {KRN}. Please reply to {EG} at our international "
                    + "office.\n",
            "韩国医院回执：患者{MP}已于{D}在首尔就诊，등록번호 {RK}，自费金额 1,284,000원；联系人{KH}，{KL}\n",
            "[카카오톡] {KH}: 선생님, 우리 어머니 {MH} 약 다 떨어졌어요\n{DR}: 내일 처방 보내드릴게요. 중국 번호 {M}로 연락주세요\n",
            "远程心电会诊：{P}，{AGE}岁，房颤；上传心电图编号ECG-2403-118；韩方{EG}医生回复建议抗凝；本院{DR}\n",
            "Video consult log | {D} | patient {MP} | DOB {DOBE} | Seoul phone {KL} | interpreter {N}\n",
            "韩国务工返乡体检：{NK}，{AGE}岁，在韩国建筑工地干了8年，외국인등록번호{KRN}，韩国健康保险{KI}；现住{A}\n",
            // Russian-language interpreter notes at the port clinic.
            "珲春口岸卫生所 俄语翻译记录\n患者：{RU}（{RC}）\n护照号：{RPP}\n出生日期：{DOBR}\n主诉：右踝扭伤 / Подвернул "
                    + "правую лодыжку\n翻译：{N}\n医生：{DR}\n",
            "Переводчик: {N}\nПациент: {RU}\nДата рождения: {DOBR}\nТелефон: {RM}\nАдрес: {RA}\nДиагноз: перелом "
                    + "лучевой кости\n",
            "口岸卫生所接诊：俄罗斯籍货车司机{RC}（{RF}），{AGE}岁，通关时胸痛，心电图ST段抬高，转图们江医学院附属医院；车牌А318КМ 125RUS；"
                    + "俄方电话{RM}；翻译{N}\n",
            "Port clinic note: {RL}, DOB {DOBE}, passport {RPP}, tourist from {RA}. Mild hypothermia after waiting "
                    + "at the crossing. Interpreter {N}. Phone {RM}.\n",
            "翻译备注：患者自称{RP}，按俄罗斯习惯以名字加父称称呼，姓{RF}；已告知需自费，押金收据号YJ-0318\n",
            "| 序号 | ФИО | 护照 | 电话 |\n|---|---|---|---|\n| 1 | {RU} | {RPP} | {RM} |\n| 2 | {RX} | {RPP} | {RM} |\n",
            "[微信 口岸翻译群]\n{N}：来了个俄罗斯大姐，{RC}，说肚子疼\n{DR}：问问{RP}吃啥了\n{N}：海鲜，护照{RPP}，电话{RM}\n",
            "Справка\nВыдана {RU}, {DOBR} г.р., в том, что находился(ась) на лечении в клинике пункта пропуска "
                    + "Краскино. Полис ОМС {RI}.\nВрач: {DR}\n",
            "俄籍患者费用结算：{RC}，无中国医保，俄罗斯ОМС保单{RI}不适用；押金由中方担保人{F}以银行卡{B}代付\n",
            "Interpreter log {D}\nPatient: {RL}\nAddressed as: {RP}\nDOB: {DOBR}\nInsurance (OMS): {RI}\n"
                    + "Interpreter: {N}\nClinician: Dr. {DS}\n",
            "俄籍朝鲜族（고려인）{RU}来看关节炎，自述祖父从延边迁过去；电话{RM}；住{RA}；翻译{NK}\n",
            "退费：{RC}押金退回至银行卡{B}，经手{N}\n",
            // Occupational health in the fishery-processing zone (North Korean workers named as written).
            "水产品加工园区职业健康检查表\n姓名：{WK}（{WH}）\n国籍：朝鲜\n工号：YG-0317\n车间：冷冻分割\n手部皮肤：冻疮Ⅱ度\n"
                    + "体检医生：{DR}\n住宿：{AD}\n",
            "朝鲜籍务工人员体检名单（水产加工二厂）\n序号\t姓名\t年龄\t结论\n1\t{WK}\t{AGE}\t合格\n2\t{WO}\t{AGE}\t手部湿疹，调岗\n"
                    + "3\t{WO}\t{AGE}\t合格\n带队：{WO}\n",
            "职业病问诊：{P}，{AGE}岁，鱿鱼加工工人，双手反复湿疹，工龄6年；职业健康档案号{R}；工伤保险{I}；住{AD}\n",
            "冷库作业冻伤：{WK}，女，{AGE}岁，在-25℃冷库搬运冻鱼块时右手指冻伤，水疱形成；由翻译{NK}陪同；联系电话{M}；医生{DR}\n",
            "Occupational health screening, fish-processing zone\nWorker: {WH} ({WK})\nAge: {AGE}\nFinding: "
                    + "noise-induced hearing loss, 4 kHz notch\nDorm: {AD}\nExaminer: {EG}\n",
            "[微信 园区医务室]\n{DR}：二车间{WK}手被鱼刺扎了，化脓\n{N}：让她下班来换药，宿舍在{AD}\n{DR}：好，工伤报{I}\n",
            "渔船船员健康证：{P}，{AGE}岁，吉珲渔0318船员，出生{DOB}，身份证{ID}，联系电话{M}\n",
            "海产品过敏：{P}在车间剥虾后全身荨麻疹，工友说{PG}以前就对虾过敏；予氯雷他定10mg；车间主任{F}，电话{L}\n",
            "工伤事故报告\n伤者：{P}\n身份证号：{ID}\n事故：冷冻鱼块砸伤左足\n工伤保险：{I}\n工资卡：{B}\n报告人：{N}\n",
            "외국인 근로자 건강기록 (조선)\n성명: {WH}\n한자명: {WK}\n숙소: {AD}\n검진의사: {DR}\n",
            "园区医务室日志 {D}\n1 {WK} 鱼刀割伤 清创\n2 {P} 腰扭伤\n3 {WO} 发热 38.4℃\n值班：{DR}\n",
            // Winter: carbon monoxide from coal stoves and heated floors, frostbite.
            "急诊：{P}，{AGE}岁，昨晚烧火炕、烟囱堵塞，晨起头痛呕吐，COHb 28%，诊断急性一氧化碳中毒（中度），予高压氧治疗；"
                    + "家属{F}，{M}；住{A}\n",
            "煤烟中毒群体事件：{A0}一户三人，{MN}、{NK}、{N}，晨起昏迷，由邻居{F}发现后拨打120；接诊{DR}\n",
            "[语音转文字] 喂 120吗 俺家老爷子煤烟中毒了 叫也叫不醒 这嘎达是{A} 我叫{F} 电话{MV} 快点儿整\n",
            "冻伤病历：{P}，{AGE}岁，酒后在雪地睡了一宿，双足Ⅲ度冻伤，住院号{R}；{PS}哥平时在冬捕队干活；家属{F}\n",
            "Frostbite case, port clinic\nName: {RL}\nDOB: {DOBE}\nPassport: {RPP}\nGrade II frostbite of both hands "
                    + "after a truck breakdown at -31°C.\nPhone: {RM}\n",
            "高压氧治疗登记\n日期,姓名,COHb,舱次\n{D},{P},31%,第1舱\n{D},{MN},24%,第2舱\n",
            "迟发性脑病随访：{MN}（{MH}），煤气中毒后第5周出现反应迟钝；女儿{KH}在韩国，电话{KM}；随访医生{DR}\n",
            "冬季送温暖：社区医生{DR}为{MS}大娘家检查烟道，安装一氧化碳报警器，编号CO-2312-044；老人电话{L}\n",
            "{P}（外号{PK}）冬捕时落水，体温32.1℃，复温治疗；家属{F}，{M}\n",
            "冻伤截趾术后随访：{PK}，{AGE}岁，左足2、3趾截除；医保{I}；下次换药{D}；{DS}大夫\n",
            // Kimchi season: knives, cabbage cutters, chilli burns.
            "腌辣白菜受伤：{MN}，{AGE}岁，切白菜时左手食指切割伤，清创缝合4针；辣椒面入伤口，嘱勿沾盐水；{DS}医生\n",
            "김장철 손 부상: {MH}, 칼에 베인 상처, 봉합 3바늘. 딸 {KH} 연락처 {KM}\n",
            "{MS}婶做泡菜手被辣椒烧伤（辣椒素皮炎），双手灼痛，冷敷；住{A0}；电话{M}\n",
            "泡菜厂工伤：{P}，{AGE}岁，白菜切割机绞伤右手中指，住院号{R}；身份证{ID}；厂方联系人{F}，{L}\n",
            "[微信 社区群]\n{F}：{MS}大姐腌辣白菜把手剌了个大口子\n{DR}：赶紧来社区医院缝，带医保卡{I}\n{F}：好嘞\n",
            "Hand injury during kimchi making\nPatient: {MR}, aged {AGE}\nLaceration 3 cm, left thumb; tetanus booster "
                    + "given (lot TT2410-07)\nNurse: {EG}\n",
            // WeChat and KakaoTalk.
            "[微信 图们江医院老年科随访群]\n{DR}：{MS}奶奶血压{BP}，药量不变\n{NK}：谢谢大夫，我在韩国，有事打我电话{KM}\n",
            "[카카오톡] {KH}: 엄마 병원 갔어?\n{MH}: 응 {DR} 선생님이 괜찮대\n{KH}: 정말 다행이다. 입원번호 {R} 보내줘\n",
            "[微信] {F}：姐，妈的身份证号发我一下，办医保报销\n{N}：{ID}\n{F}：医保卡号呢？\n{N}：{I}\n",
            "[微信 家庭群]\n{NK}：오빠，엄마 어제 넘어졌어\n{KH}：뭐? 병원 어디야\n{NK}：图们江医院，住院号{R}，主治{DR}\n",
            "[微信 村医群]\n{N}：{A0}的{MN}老人家烟囱漏烟，已劝她去闺女家住\n{DR}：好，回头给她打个电话{L}\n",
            "[카카오톡] 간호사 {N}: {MHS}할머니 보호자분, 어머님 퇴원 {D}입니다. 병원 전화 {L}\n",
            "[微信 口岸医务]\n{DR}：明早有个俄罗斯病人复查，{RC}，让翻译{N}八点到\n{N}：收到，{RF}的电话{RM}已通知\n",
            "[微信] {PK}：{DS}大夫 俺爹那药还得吃不 咋整啊\n{DR}：接着吃，下礼拜来复查\n",
            // Tables.
            "姓名,护照姓名,韩国手机,韩国地址\n{MN},{MP},{KM},\"{KA}\"\n",
            "| 姓名 | 出生日期 | 身份证号 | 电话 |\n|---|---|---|---|\n| {P} | {DOB} | {ID} | {M} |\n| {F} | {DOBL} | {ID} | {MV} |\n",
            "姓名\t医保号\t银行卡号\t备注\n{MN}\t{I}\t{B}\t独居\n{P}\t{I}\t{B}\t子女在韩\n",
            "No,Name,DOB,Passport,Phone\n1,{RL},{DOBR},{RPP},{RM}\n2,{RX},{DOBR},{RPP},{RM}\n",
            "| 工号 | 姓名 | 조선글 | 宿舍 |\n|---|---|---|---|\n| YG-0412 | {WK} | {WH} | {AD} |\n",
            "冻伤登记|{P}|{SEX}|{AGE}岁|双足Ⅱ度|{A0}|{M}\n",
            // JSON and HL7 exports.
            "{\"patient\":\"{MP}\",\"name_ko\":\"{MH}\",\"dob\":\"{DOBK}\",\"korean_phone\":\"{KM}\",\"arc\":\"{KRN}\"}\n",
            "{\"姓名\":\"{MN}\",\"身份证号\":\"{ID}\",\"医保号\":\"{I}\",\"住址\":\"{A}\",\"紧急联系人\":{\"姓名\":\"{NK}\","
                    + "\"电话\":\"{KM}\"}}\n",
            "{\"ФИО\":\"{RU}\",\"passport\":\"{RPP}\",\"oms\":\"{RI}\",\"phone\":\"{RM}\",\"address\":\"{RA}\"}\n",
            "{\"worker\":\"{WK}\",\"hangul\":\"{WH}\",\"dorm\":\"{AD}\",\"exam\":\"audiometry\",\"doctor\":\"{DR}\"}\n",
            "{\"name\":\"{P}\",\"nickname\":\"{PK}\",\"phone\":\"{MV}\",\"card\":\"{B}\",\"dob\":\"{DOB}\"}\n",
            "MSH|^~\\&|TJYY-HIS|TJYY|TELEMED|SNUH|202403051230||ADT^A08|MSG0318|P|2.5\nPID|1||{R}^^^TJYY^MR||{MP}||"
                    + "{DOBH}|F|||{A}||{M}\n",
            "PID|1||{RK}^^^KR-HOSP^MR||{MH}||{DOBH}|M|||{KA}||{KM}\nNK1|1|{KH}|CHD|||{KM}\n",
            "MSH|^~\\&|KA-CLINIC|HUNCHUN-PORT|TJYY|TJYY|202401150830||ADT^A04|0115|P|2.5\nPID|1||{R}^^^KA^MR~{RPP}^^^RUS^PPN"
                    + "||{RL}||{DOBH}|M|||{RA}||{RM}\n",
            "PID|1||{R}^^^HCZY^MR||{MN}||{DOBH}|F|||{A}||{L}\nIN1|1|{I}|延边州医疗保障局\n",
            // OCR'd forms.
            "[OCR] 居 民 身 份 证 复 印 件\n姓 名 {MO}\n出 生 {DOB}\n住 址 {A}\n公民身份号码 {ID}\n",
            "[OCR] 住 院 病 案 首 页\n姓名 {PO}  性别 {SEX}\n住院号 {R}\n联系人 {MO}  电话 {L}\n",
            "[OCR] 转 诊 单\n患 者 {MO}\n转 诊 医 生 {DO}\n医 保 {I}\n",
            "[OCR] 외국인등록증 사본\n성명 {MH}\n외국인등록번호 {KRN}\n체류자격 F-4\n",
            "[OCR] 出 院 证 明\n患者 {PO}  出生 {DOBL}\n主治 {DO}\n电话 {MV}\n",
            "[OCR] 工 伤 申 报 表\n姓名 {PO}\n身份证 {ID}\n银行卡 {B}\n经办 {DO}\n",
            "[OCR] Полис ОМС {RI}\nФамилия Имя Отчество {RU}\nДата рождения {DOBR}\n",
            // English referral letters and reports.
            "Referral letter\nTo: Dr. {ES}, Department of Cardiology, Seoul\nRe: {MP} (Korean name {MH}), DOB {DOBE}\n"
                    + "Chinese ID: {ID}\nAddress in Korea: {KA}\nPlease contact her son {KR} on {KM}.\nYours sincerely,\n{E}\n",
            "Dear Dr. {ES},\nI am referring {RL}, a Russian truck driver born {DOBE}, for further management of a tibial "
                    + "fracture sustained at the Hunchun crossing. Passport {RPP}. Phone {RM}.\nKind regards,\n{E2}\n",
            "Discharge summary\nPatient: {MR} / {MN}\nDOB: {DOBE}\nMRN: {R}\nDiagnosis: carbon monoxide poisoning, "
                    + "delayed encephalopathy\nFollow-up: Dr. {ES}\nFamily: {KR}, {KM}\n",
            "To whom it may concern: {WH} ({WK}), a seafood-processing worker, was treated for a hand infection on "
                    + "{D}. Dorm address {AD}. Signed {EG}\n",
            "Referral: {P}, aged {AGE}, Yanbian, insurance {I}, for hyperbaric oxygen at Tumen River Medical College "
                    + "Hospital. Contact {F} on {M}.\n",
            "Dear {EG},\nPlease find the kimchi-season injury list: {MR} ({KM}) and {KR}. Best wishes, {E}\n",
            "Korean resident card copy: {MR}, registration {KRN}, address {KA}, phone {KM}\n",
            // SMS.
            "【图们江医学院附属医院】尊敬的{P}，您预约的远程会诊定于{D}，韩方医院登记号{RK}。咨询热线12320\n",
            "【海兰市医保局】{P}您好，您的医保号{I}已完成跨境就医备案，报销款将转入{B}\n",
            "【珲春口岸卫生所】{RC}，ваш анализ готов. Тел. {L}\n",
            "【光东村卫生室】{MS}大娘家属您好，老人血压偏高，请回电{L}或{M}\n",
            "【图们江医学院附属医院】{MN}家属您好，患者住院号{R}，请于{D}前缴纳押金，韩国亲属可拨{KL}转国际部\n",
            // Voice notes in north-eastern speech and in Korean.
            "[语音转文字] 大夫 俺是{P} 俺妈腌辣白菜把手整破了 血呼啦的 咋整啊 俺家住{A0} 电话{MV}\n",
            "[语音转文字] 喂 {DS}大夫啊 我{F} 俺们家老{FS}那冻伤脚指头发黑了 贼吓人 电话{MV}\n",
            "[语音转文字] 선생님 저 {MH}인데요 {DOBK}생이에요 허리가 너무 아파요 전화 {M}\n",
            "[语音转文字] 哎呀妈呀 {MS}大娘那屋煤烟味儿老鼻子了 人迷糊了 俺是邻居{F} 电话{MV}\n",
            // Newborns known by the mother's name.
            "新生儿腕带：{F}之子，出生{NB}，体重3350g，母亲住院号{R}\n",
            "产科交班：{MN}之女，出生{NB}，Apgar 9-10分，母亲医保{I}；父亲{NK}在韩国，电话{KM}\n",
            "新生儿访视：{P}之女，{NB}出生，住{A}；访视护士{N}\n",
            // Nicknames, forms of address, other notes.
            "门诊：{P}（屯里都叫他{PK}），{AGE}岁，住{A}，老慢支急性加重；家属{F}；{DS}大夫\n",
            "{PS}姐，{AGE}岁，鱼厂挑鱼刺的，手指化脓；{P}的工资卡{B}，工伤申请已提交\n",
            "护理交班：{P}，CO中毒第2天，{PG}今早能说话了；{DS}护士长已看；家属{F}，{M}\n",
            "{FS}大姐（{F}）陪{MS}大爷复诊，老人腿脚不好；住{A0}\n",
            "健康教育：小{FS}给老人们讲防煤烟中毒，参加者{MN}、{NK}、{F}\n",
            "老{DS}主任（{DR}）会诊：考虑一氧化碳中毒迟发性脑病，建议高压氧20次；患者{P}，{L}\n",
            "出入境体检：{P}赴韩务工前体检，身份证{ID}，韩国雇主电话{KL}，胸片正常；{PS}哥说签证是F-4\n",
            "车祸：{P}开车吉H·A3127在图们江边打滑，{PS}师傅左肋骨骨折；同车{F}；{M}\n",
            "{FS}哥（{F}）送{P}来急诊，说他在防川看冬捕时冻的；住院号{R}\n",
            "社区慢病管理卡：{P}，出生{DOB}，高血压三级，医保{I}；{PS}老师退休前在延边教朝鲜语；电话{M}\n",
            "{MHS}씨（{MN}）在韩国打工时的건강보험 {KI} 已停保，回国后转入延边医保{I}\n",
            "{RU}在珲春口岸被海参崴来的货车门夹伤手，同伴都喊他{RF}，由司机同伴{RX}送来；电话{RM}\n");

    // Han north-easterners of Shandong descent first, then the Korean Chinese of the towns and villages, the rare
    // Korean surnames, two-character names and names that are also words.
    static final List<String> CHINESE = List.of((""
            + "王翠娥 王铁镐 王桂岚 王秀云 王德财 王喜顺 王玉芹 王庆堂 王亚芹 王占鳌 王立忠 王凤琴 王守仁 王春来 "
            + "李淑琴 李宝库 李凤芹 李长顺 李秀珍 李国梁 李桂馨 李德山 李银花 李正日 李美子 李顺玉 "
            + "张淑贤 张铁犁 张玉珍 张德胜 张秀媛 张福全 张立范 张桂琴 张贤珠 "
            + "刘桂鸾 刘宝山 刘淑珍 刘长江 刘玉环 刘福臣 "
            + "赵春河 赵淑云 赵德臣 赵振铎 孙秀娥 孙占军 孙桂枝 孙淑芝 于凤岐 于德水 于淑琴 于长禄 杨宝玉 杨桂荪 杨树棠 "
            + "高立柱 高玉坤 徐长顺 徐翠兰 姜德厚 姜淑媛 姜英爱 宋殿臣 宋桂珍 曲振江 曲秀岩 邢玉山 邢丽秋 "
            + "马秀琴 董玉芬 贾淑娴 孟凡胜 吕桂芬 梁淑芝 郭长富 石玉芬 "
            + "夫振东 夫顺玉 昔德江 昔美花 昔春植 昔玉善 夫志刚 "
            + "金光洙 金春花 金顺实 金英日 金顺爱 金龙范 朴春兰 朴成哲 朴贞花 朴永植 朴日善 崔正姬 崔东植 崔善花 崔永根 "
            + "郑贤哲 郑淑姬 韩春姬 韩哲洙 南春子 南永哲 玄美子 吴银淑 吴光日 俞永焕 许春姬 "
            + "夫峰 夫蕾 昔敏 昔杰 金哲 朴勇 崔岩 朴实 金石 全胜 延年"
            ).strip().split(" "));
    /** Rare Korean surnames (부 of Jeju, 석 of the Silla kings) no earlier group gave anyone. */
    static final String RARE_SURNAMES = "夫昔";
    /** Pool names that are also words: plain and honest, metal and stone, a complete victory, long life. */
    static final List<String> WORD_LIKE = List.of("朴实", "金石", "全胜", "延年");
    /**
     * Korean Chinese: the name in Chinese characters|in Hangul (Yanbian orthography)|McCune–Reischauer|as the Chinese
     * passport writes it in pinyin.
     */
    static final List<String> KOREAN = List.of("金龙洙|김룡수|Kim Ryong-su|JIN LONGZHU",
            "金贞淑|김정숙|Kim Jong-suk|JIN ZHENSHU", "朴顺女|박순녀|Pak Sun-nyo|PIAO SHUNNV",
            "朴明浩|박명호|Pak Myong-ho|PIAO MINGHAO", "崔银姬|최은희|Choe Un-hui|CUI YINJI",
            "崔哲洙|최철수|Choe Chol-su|CUI ZHEZHU", "郑美玉|정미옥|Jong Mi-ok|ZHENG MEIYU",
            "郑昌根|정창근|Jong Chang-gun|ZHENG CHANGGEN", "玄春植|현춘식|Hyon Chun-sik|XUAN CHUNZHI",
            "玄顺爱|현순애|Hyon Sun-ae|XUAN SHUNAI", "南宫锡|남궁석|Namgung Sok|NANGONG XI",
            "南宫顺子|남궁순자|Namgung Sun-ja|NANGONG SHUNZI", "皇甫明姬|황보명희|Hwangbo Myong-hui|HUANGFU MINGJI",
            "皇甫泰镇|황보태진|Hwangbo Thae-jin|HUANGFU TAIZHEN", "李花子|리화자|Ri Hwa-ja|LI HUAZI",
            "李成根|리성근|Ri Song-gun|LI CHENGGEN", "柳善玉|류선옥|Ryu Son-ok|LIU SHANYU",
            "卢泰焕|로태환|Ro Thae-hwan|LU TAIHUAN", "姜福顺|강복순|Kang Pok-sun|JIANG FUSHUN",
            "全光植|전광식|Jon Kwang-sik|QUAN GUANGZHI", "许日男|허일남|Ho Il-nam|XU RINAN",
            "吴今淑|오금숙|O Kum-suk|WU JINSHU", "韩玉顺|한옥순|Han Ok-sun|HAN YUSHUN",
            "申东哲|신동철|Sin Tong-chol|SHEN DONGZHE", "车美兰|차미란|Cha Mi-ran|CHE MEILAN",
            "池贵男|지귀남|Ji Kwi-nam|CHI GUINAN", "禹顺福|우순복|U Sun-bok|YU SHUNFU",
            "洪昌洙|홍창수|Hong Chang-su|HONG CHANGZHU", "尹贞子|윤정자|Yun Jong-ja|YIN ZHENZI",
            "严哲根|엄철근|Om Chol-gun|YAN ZHEGEN", "方永吉|방영길|Pang Yong-gil|FANG YONGJI",
            "安顺姬|안순희|An Sun-hui|AN SHUNJI", "鲜于英植|선우영식|Sonu Yong-sik|XIANYU YINGZHI",
            "都吉浩|도길호|To Kil-ho|DU JIHAO", "太京子|태경자|Thae Kyong-ja|TAI JINGZI", "权赫|권혁|Kwon Hyok|QUAN HE",
            "延明淑|연명숙|Yon Myong-suk|YAN MINGSHU", "玄哲|현철|Hyon Chol|XUAN ZHE");
    /** The Korean Chinese in Chinese characters. */
    static final List<String> MINORITY = KOREAN.stream().map(e -> e.split("\\|")[0]).toList();
    /** The compound surnames of the Korean pool, in characters and in Hangul. */
    private static final List<String> COMPOUND = List.of("南宫", "皇甫", "鲜于", "남궁", "황보", "선우");
    /**
     * Russians of Primorye (Koryo-saram among them): surname|name|patronymic|Latin surname|Latin name|Chinese
     * transliteration.
     */
    static final List<String> RUSSIAN = List.of(
            "Ковальчук|Андрей|Викторович|Kovalchuk|Andrei|安德烈·科瓦利丘克",
            "Шевчук|Галина|Петровна|Shevchuk|Galina|加林娜·舍甫丘克",
            "Бондаренко|Виталий|Олегович|Bondarenko|Vitalii|维塔利·邦达连科",
            "Зайцева|Людмила|Андреевна|Zaitseva|Liudmila|柳德米拉·扎伊采娃",
            "Курбатов|Игорь|Николаевич|Kurbatov|Igor|伊戈尔·库尔巴托夫",
            "Ерохина|Наталья|Викторовна|Erokhina|Natalia|娜塔莉娅·叶罗欣娜",
            "Пак|Виктор|Дмитриевич|Pak|Viktor|维克多·朴",
            "Цой|Елена|Владимировна|Tsoi|Elena|叶莲娜·崔",
            "Мельниченко|Оксана|Юрьевна|Melnichenko|Oksana|奥克萨娜·梅利尼琴科",
            "Савельев|Денис|Аркадьевич|Savelev|Denis|杰尼斯·萨韦利耶夫",
            "Гончаренко|Артём|Валерьевич|Goncharenko|Artem|阿尔乔姆·冈恰连科",
            "Лыткина|Светлана|Геннадьевна|Lytkina|Svetlana|斯韦特兰娜·雷特金娜",
            "Хван|Роман|Эдуардович|Khvan|Roman|罗曼·黄",
            "Дерябин|Павел|Степанович|Deriabin|Pavel|帕维尔·杰里亚宾");
    /** North Korean workers of the fishery zone, as written: Chinese characters|Hangul (northern orthography). */
    static final List<String> WORKERS = List.of("李光哲|리광철", "朴银心|박은심", "金锦实|김금실", "崔美香|최미향",
            "韩成日|한성일", "赵玉锦|조옥금", "文永哲|문영철", "吴春实|오춘실", "黄顺姬|황순희", "罗雪花|라설화",
            "高哲男|고철남", "林京爱|림경애");
    /** North-eastern nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("赵大个儿", "孙老蔫儿", "刘大眼儿", "于二嘎子", "宋铁蛋儿",
            "崔小辫儿", "姜大脑袋", "栾三胖子");
    /** Doctors of the Korean partner hospitals (Revised Romanisation) and the international office, given|family. */
    static final List<String> ENGLISH = List.of("Min-seok|Pyo", "Jae-won|Eom", "Yu-na|Chu", "Hye-jin|Seol",
            "Eun-ji|Gam", "Su-bin|Yeo", "Tae-yang|Myeong", "Kyung-ho|Seomun", "Da-som|Jegal", "Si-woo|Bin",
            "Bo-ram|Dokgo", "Do-yoon|Gi", "Margit|Hollenstein", "Proinsias|Deasy", "Sanna|Vuorinen",
            "Eusebio|Quintanilla");

    /** Codes in use before 1999: the Yanbian cities and counties, Changchun Nanguan, Harbin Nangang, Dandong Yuanbao. */
    private static final List<String> LEGACY_AREA = List.of("222401", "222402", "222403", "222404", "222405",
            "222406", "222424", "222426", "220102", "230103", "210602");
    private static final List<String> AREA = LEGACY_AREA;
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0433", "0433", "0433", "0415");
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("0431", "0451");
    private static final List<String> BANK_BINS = List.of("621226", "622700", "623052", "621661", "622580");
    private static final List<String> COUNTY_CODES = List.of("HL", "WQ", "AT", "HC", "TM", "DH");
    /** County|towns|villages of Yanbian, Korean villages first, then Han ones. */
    private static final List<String> VILLAGES = List.of(
            "龙井市|智新镇,开山屯镇,东盛涌镇|明东村,长财村,光新村",
            "和龙市|西城镇,头道镇,东城镇|金达莱村,龙门村,光东村",
            "珲春市|敬信镇,春化镇,板石镇|圈河村,二道泡村,湖龙村",
            "图们市|月晴镇,石岘镇|白龙村,水南村",
            "安图县|明月镇,亮兵镇|福兴村,古洞河村",
            "汪清县|天桥岭镇,大兴沟镇,罗子沟镇|上屯村,新田村",
            "敦化市|江源镇,雁鸣湖镇|小山村,腰甸子村");
    /** City|街道|roads|estates. */
    private static final List<String> CITY = List.of(
            "海兰市|河南街道,新兴街道,向阳街道|参花街,友谊路,布尔哈通街,光明路|丹华园,新兴小区,江南家园",
            "延吉市|建工街道,公园街道,进学街道|局子街,天池路,人民路|天池小区,世纪花园,公园小区");
    private static final List<String> KOREAN_ROADS = List.of("서울특별시 영등포구 대림로", "서울특별시 구로구 도림로",
            "경기도 안산시 단원구 원곡로", "인천광역시 연수구 함박뫼로", "경기도 시흥시 정왕대로");
    private static final List<String> KOREAN_LOTS = List.of("서울특별시 구로구 가리봉동", "서울특별시 영등포구 대림동",
            "경기도 안산시 단원구 원곡동");
    private static final List<String> KOREAN_IN_CHINESE = List.of("首尔特别市永登浦区大林洞", "首尔特别市九老区加里峰洞",
            "京畿道安山市檀园区元谷洞");
    private static final List<String> RUSSIAN_STREETS = List.of("Светланская", "Алеутская", "Некрасова",
            "Пограничная", "Молодёжная");
    private static final List<String> RUSSIAN_MONTHS = List.of("января", "февраля", "марта", "апреля", "мая",
            "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    private static final int[] KOREAN_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private Blind39Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_39 || !templates.isEmpty() && BLIND_39.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Korean Chinese elder (MN), in Chinese characters. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] koreanEntry(String name) {
        for (String e : KOREAN) {
            if (e.startsWith(name + "|")) return e.split("\\|");
        }
        throw new IllegalArgumentException(name);
    }

    /** The surname of a Korean name in characters or Hangul: 南宫 of 南宫锡, 남궁 of 남궁석, 金 of 金龙洙. */
    static String koreanSurnameOf(String name) {
        return COMPOUND.stream().filter(name::startsWith).findFirst().orElse(name.substring(0, 1));
    }

    /** The record's Russian: the same person for the same patient and elder, so that the forms agree in a record. */
    static String[] recordRussian(String[] people) {
        return RUSSIAN.get(Math.floorMod((people[0] + "|" + people[3]).hashCode(), RUSSIAN.size())).split("\\|");
    }

    /** The record's North Korean worker, the same in both scripts within a record. */
    static String[] recordWorker(String[] people) {
        return WORKERS.get(Math.floorMod((people[1] + "|" + people[3]).hashCode(), WORKERS.size())).split("\\|");
    }

    /** Cyrillic surname, name and patronymic: Ковальчук Андрей Викторович. */
    static String cyrillic(String[] p) {
        return p[0] + " " + p[1] + " " + p[2];
    }

    /** Andrei Kovalchuk, or as the passport writes it, KOVALCHUK ANDREI. */
    static String latin(String[] p, boolean passport) {
        return passport ? (p[3] + " " + p[4]).toUpperCase() : p[4] + " " + p[3];
    }

    /** A name as OCR reads it off a form; a compound surname stays together before the break. */
    static String scannedName(String name, RandomGenerator r) {
        return PoolNameForms.scannedName(name, koreanSurnameOf(name).length(), r);
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese or Korean pool name once the blanks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** 延边朝鲜族自治州 or 延边州, with 吉林省 before it or not. */
    private static String prefecture(boolean withProvince, RandomGenerator r) {
        return (withProvince ? "吉林省" : "") + (r.nextBoolean() ? "延边朝鲜族自治州" : "延边州");
    }

    /** A village of Yanbian: 延边州龙井市智新镇明东村3组12号; {@code partial} may stop at the town or the village. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(VILLAGES, r));
        if (partial) {
            String base = (r.nextBoolean() ? prefecture(withProvince, r) : "") + t[0] + one(t[1], r);
            return switch (r.nextInt(3)) {
                case 0 -> base;
                case 1 -> base + one(t[2], r);
                default -> base + one(t[2], r) + (1 + r.nextInt(9)) + "组";
            };
        }
        String v = (withProvince || r.nextInt(3) > 0 ? prefecture(withProvince, r) : "") + t[0] + one(t[1], r)
                + one(t[2], r) + (1 + r.nextInt(12)) + "组";
        return r.nextBoolean() ? v : v + (1 + r.nextInt(90)) + "号";
    }

    /** A flat: 海兰市河南街道参花街18号丹华园7号楼2单元402室, …7栋2单元402, or the north-eastern …丹华园3-2-501. */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(CITY, r));
        String base = (withProvince ? "吉林省" : "") + t[0] + one(t[1], r) + one(t[2], r);
        if (partial) return base;
        base += (1 + r.nextInt(300)) + "号" + one(t[3], r);
        int b = 1 + r.nextInt(20), u = 1 + r.nextInt(6), room = (1 + r.nextInt(7)) * 100 + 1 + r.nextInt(4);
        return switch (r.nextInt(3)) {
            case 0 -> base + b + "号楼" + u + "单元" + room + "室";
            case 1 -> base + b + "栋" + u + "单元" + room;
            default -> base + b + "-" + u + "-" + room;
        };
    }

    /** A Yanbian address: a village (most) or a flat; {@code partial} may stop at the town, the village or the road. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 6 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    /** The fishery zone's dormitories: 珲春市边境经济合作区水产加工园3号宿舍楼214室. */
    static String dormitory(RandomGenerator r) {
        String base = (r.nextBoolean() ? "珲春市" : "") + "边境经济合作区" + (r.nextBoolean() ? "水产加工园" : "海产品加工区");
        return base + (1 + r.nextInt(8)) + "号宿舍楼" + (1 + r.nextInt(5)) + "0" + (1 + r.nextInt(9)) + "室";
    }

    /** A Korean address: road name in Hangul, lot number in Hangul, or written in Chinese. */
    static String koreanAddress(RandomGenerator r) {
        int n = 1 + r.nextInt(300), m = 1 + r.nextInt(60);
        return switch (r.nextInt(4)) {
            case 0 -> pick(KOREAN_ROADS, r) + " " + n + ", " + (1 + r.nextInt(5)) + "0" + (1 + r.nextInt(5)) + "호";
            case 1 -> pick(KOREAN_ROADS, r) + " " + n;
            case 2 -> pick(KOREAN_LOTS, r) + " " + (100 + n) + "-" + m;
            default -> pick(KOREAN_IN_CHINESE, r) + (100 + n) + "-" + m + "号";
        };
    }

    /** A Russian address in Primorye, in Cyrillic or written in Chinese. */
    static String russianAddress(RandomGenerator r) {
        int n = 1 + r.nextInt(150), m = 1 + r.nextInt(90);
        String street = "ул. " + pick(RUSSIAN_STREETS, r);
        return switch (r.nextInt(4)) {
            case 0 -> "г. Владивосток, " + street + ", д. " + n + ", кв. " + m;
            case 1 -> "Приморский край, г. Уссурийск, " + street + ", д. " + n;
            case 2 -> "Приморский край, Хасанский р-н, пгт " + pick(List.of("Славянка", "Посьет", "Зарубино"), r)
                    + ", " + street + ", д. " + n + ", кв. " + m;
            default -> "符拉迪沃斯托克市" + pick(List.of("斯韦特兰斯卡亚街", "阿列乌茨卡亚街"), r) + n + "号" + m + "室";
        };
    }

    /** An 18-character number on one of the codes, born 1935 to 2006: plain, lower-case x, 6-8-4 by blanks or hyphens. */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(8) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 30, 55, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1935, 72, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** The check digit of a Korean registration number's first twelve digits. */
    static int koreanCheck(String first12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (first12.charAt(i) - '0') * KOREAN_WEIGHTS[i];
        return (11 - sum % 11) % 10;
    }

    /** A Korean resident (S 1–4) or alien (S 5–8) registration number, born 1950 to 2005: 850312-1234567 or run on. */
    static String koreanRegistration(RandomGenerator r) {
        int y = 1950 + r.nextInt(56), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        boolean foreigner = r.nextBoolean(), male = r.nextBoolean();
        int s = (y >= 2000 ? 3 : 1) + (male ? 0 : 1) + (foreigner ? 4 : 0);
        String first12 = String.format("%02d%02d%02d", y % 100, m, d) + s + digits(5, r);
        String n = first12 + koreanCheck(first12);
        return r.nextInt(4) == 0 ? n : n.substring(0, 6) + "-" + n.substring(6);
    }

    /** A Russian passport: internal on the Primorye series 05 (05 15 482913, 0515 482913, 0515482913) or international. */
    static String russianPassport(RandomGenerator r) {
        String series = "05" + (10 + r.nextInt(15)), number = digits(6, r);
        return switch (r.nextInt(5)) {
            case 0 -> series.substring(0, 2) + " " + series.substring(2) + " " + number;
            case 1 -> series + " " + number;
            case 2 -> series + number;
            case 3 -> "7" + (2 + r.nextInt(6)) + " " + digits(7, r);
            default -> "7" + (2 + r.nextInt(6)) + digits(7, r);
        };
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86-139-1234-5678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86-" + n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            default -> n;
        };
    }

    /** A mobile as said aloud in the north-east: the one as 幺, the nought as 零; run on, by blanks or by commas. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '1' ? '幺' : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7);
            case 1 -> s.substring(0, 3) + "，" + s.substring(3, 7) + "，" + s.substring(7);
            default -> s;
        };
    }

    /** A landline: seven digits on 0433 and 0415, eight on 0431 and 0451, in five written forms. */
    static String landline(RandomGenerator r) {
        boolean eight = r.nextInt(5) == 0;
        String area = eight ? pick(EIGHT_DIGIT_AREAS, r) : pick(SEVEN_DIGIT_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(eight ? 7 : 6, r);
        int half = eight ? 4 : 3;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /** A Korean mobile: 010-1234-5678, 010 1234 5678, 01012345678, +82 10-1234-5678, +82-10-1234-5678. */
    static String koreanMobile(RandomGenerator r) {
        String a = digits(4, r), b = digits(4, r);
        return switch (r.nextInt(5)) {
            case 0 -> "010-" + a + "-" + b;
            case 1 -> "010 " + a + " " + b;
            case 2 -> "010" + a + b;
            case 3 -> "+82 10-" + a + "-" + b;
            default -> "+82-10-" + a + "-" + b;
        };
    }

    /** A Korean landline: Seoul 02 with three or four digits, 031, 032 or 051, or +82 2-…. */
    static String koreanLandline(RandomGenerator r) {
        String exchange = (char) ('2' + r.nextInt(8)) + digits(2 + r.nextInt(2), r), line = digits(4, r);
        return switch (r.nextInt(3)) {
            case 0 -> "02-" + exchange + "-" + line;
            case 1 -> pick(List.of("031", "032", "051"), r) + "-" + exchange + "-" + line;
            default -> "+82 2-" + exchange + "-" + line;
        };
    }

    /** A Russian phone: Primorye mobiles in five forms, a Vladivostok landline, a Khasan district one. */
    static String russianPhone(RandomGenerator r) {
        String code = pick(List.of("914", "924", "902", "908", "951"), r), a = digits(3, r), b = digits(2, r),
                c = digits(2, r);
        return switch (r.nextInt(7)) {
            case 0 -> "+7 " + code + " " + a + "-" + b + "-" + c;
            case 1 -> "+7 (" + code + ") " + a + "-" + b + "-" + c;
            case 2 -> "8 " + code + " " + a + " " + b + " " + c;
            case 3 -> "8-" + code + "-" + a + "-" + b + "-" + c;
            case 4 -> "+7" + code + a + b + c;
            case 5 -> "+7 (423) 2" + digits(2, r) + "-" + b + "-" + c;
            default -> "8 (4233" + (1 + r.nextInt(9)) + ") " + (2 + r.nextInt(8)) + "-" + b + "-" + c;
        };
    }

    /**
     * TJ2024031876 (inpatient), TJMZ-24-0318762 (outpatient), HLZY2403187 (county hospitals), KA-24-0387 (port
     * clinic), ZYJK202403187 (occupational-health archive).
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "TJ" + year + digits(6, r);
            case 1 -> "TJMZ-" + (year % 100) + "-" + digits(7, r);
            case 2 -> pick(COUNTY_CODES, r) + "ZY" + (year % 100) + digits(5, r);
            case 3 -> "KA-" + (year % 100) + "-" + digits(4, r);
            default -> "ZYJK" + year + digits(5, r);
        };
    }

    /** Yanbian residents' (YBJM) and employees' (YBZG) medical insurance. */
    static String insuranceNumber(RandomGenerator r) {
        return (r.nextInt(3) == 0 ? "YBZG" : "YBJM") + digits(10, r);
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

    /** 1942年3月5日, 1942-03-05, 1942.03.05, 19420305, 一九四二年三月五日, 42年3月5日; born 1928 to 2006. */
    static String birthDate(RandomGenerator r) {
        int y = 1928 + r.nextInt(79), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> String.format("%d.%02d.%02d", y, m, d);
            case 3 -> String.format("%d%02d%02d", y, m, d);
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> String.format("%02d", y % 100) + "年" + m + "月" + d + "日";
        };
    }

    /** A day of a lunar month: 初五, 十八, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A lunar date of birth, 1925 to 1975: 农历1942年三月初五, 阴历一九四二年腊月十八, 农历四二年正月初三. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(51), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(r.nextInt(12)) + "月";
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + month + lunarDay(d);
            case 1 -> "阴历" + IdentifierForms.chineseYear(y) + "年" + month + lunarDay(d);
            default -> "农历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
        };
    }

    /** As Korean writes it: 1942년 3월 5일, 1942. 3. 5., 42.03.05, 음력 1942년 3월 5일; born 1928 to 1990. */
    static String koreanBirthDate(RandomGenerator r) {
        int y = 1928 + r.nextInt(63), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "년 " + m + "월 " + d + "일";
            case 1 -> y + ". " + m + ". " + d + ".";
            case 2 -> String.format("%02d.%02d.%02d", y % 100, m, d);
            default -> "음력 " + y + "년 " + m + "월 " + d + "일";
        };
    }

    /** As Russian writes it: 05.03.1987, 5 марта 1987; born 1950 to 2004. */
    static String russianBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(55), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return r.nextBoolean() ? String.format("%02d.%02d.%d", d, m, y) : d + " " + RUSSIAN_MONTHS.get(m - 1) + " " + y;
    }

    /** As English letters and passports write it: 5 March 1987, March 5, 1987, 05 MAR 1987; born 1930 to 2004. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(75), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month + " " + d + ", " + y;
            default -> String.format("%02d %s %d", d, month.substring(0, 3).toUpperCase(), y);
        };
    }

    /** HL7's yyyyMMdd, born 1930 to 2004. */
    static String hl7BirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1930 + r.nextInt(75), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** A newborn's or child's date of birth, 2008 to 2025: 2024年3月5日, 2024-03-05, 2024.3.5, 20240305. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2008 + r.nextInt(18), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> String.format("%d%02d%02d", y, m, d);
        };
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
            case "MO" -> out.write(scannedName(people[3], random), EntityKind.NAME);
            case "MH" -> out.write(koreanEntry(people[3])[1], EntityKind.NAME);
            case "MR" -> out.write(koreanEntry(people[3])[2], EntityKind.NAME);
            case "MP" -> out.write(koreanEntry(people[3])[3], EntityKind.NAME);
            case "MS" -> out.write(koreanSurnameOf(people[3]), EntityKind.NAME);
            case "MHS" -> out.write(koreanSurnameOf(koreanEntry(people[3])[1]), EntityKind.NAME);
            case "NK" -> out.write(split(pick(KOREAN, random))[0], EntityKind.NAME);
            case "KH" -> out.write(split(pick(KOREAN, random))[1], EntityKind.NAME);
            case "KR" -> out.write(split(pick(KOREAN, random))[2], EntityKind.NAME);
            case "RU" -> out.write(cyrillic(recordRussian(people)), EntityKind.NAME);
            case "RL" -> out.write(latin(recordRussian(people), random.nextBoolean()), EntityKind.NAME);
            case "RP" -> out.write(recordRussian(people)[1] + " " + recordRussian(people)[2], EntityKind.NAME);
            case "RC" -> out.write(recordRussian(people)[5], EntityKind.NAME);
            case "RF" -> out.write(recordRussian(people)[0], EntityKind.NAME);
            case "RX" -> out.write(cyrillic(split(pick(RUSSIAN, random))), EntityKind.NAME);
            case "WK" -> out.write(recordWorker(people)[0], EntityKind.NAME);
            case "WH" -> out.write(recordWorker(people)[1], EntityKind.NAME);
            case "WO" -> out.write(split(pick(WORKERS, random))[0], EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "KRN" -> out.write(koreanRegistration(random), EntityKind.ID_NUMBER);
            case "RPP" -> out.write(russianPassport(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "KM" -> out.write(koreanMobile(random), EntityKind.PHONE);
            case "KL" -> out.write(koreanLandline(random), EntityKind.PHONE);
            case "RM" -> out.write(russianPhone(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "RK" -> out.write(digits(8, random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "KI" -> out.write(digits(11, random), EntityKind.INSURANCE);
            case "RI" -> out.write(digits(16, random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AD" -> out.write(dormitory(random), EntityKind.ADDRESS);
            case "KA" -> out.write(koreanAddress(random), EntityKind.ADDRESS);
            case "RA" -> out.write(russianAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBK" -> out.write(koreanBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBR" -> out.write(russianBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBH" -> out.write(hl7BirthDate(random), EntityKind.BIRTH_DATE);
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
                || KOREAN.stream().anyMatch(e -> koreanSurnameOf(split(e)[0]).equals(w)
                        || koreanSurnameOf(split(e)[1]).equals(w))
                || RUSSIAN.stream().anyMatch(e -> split(e)[0].equals(w) || (split(e)[1] + " " + split(e)[2]).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Chinese characters for a Korean Chinese person's Hangul,
     * romanised or passport form and for a worker's Hangul, the Cyrillic full name for a Russian's Latin or Chinese
     * form), or null when the value (a surname, a given name, a name and patronymic) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : KOREAN) {
            String[] p = split(e);
            if (p[1].equals(w) || p[2].equals(w) || p[3].equals(w)) return p[0];
        }
        for (String e : RUSSIAN) {
            String[] p = split(e);
            if (cyrillic(p).equals(w) || latin(p, true).equals(w) || latin(p, false).equals(w) || p[5].equals(w)) {
                return cyrillic(p);
            }
        }
        for (String e : WORKERS) {
            String[] p = split(e);
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

    /** Workers' names in Chinese characters. */
    static List<String> workerNames() {
        return WORKERS.stream().map(e -> split(e)[0]).toList();
    }

    /** Every full written form of the Korean Chinese, the Russians, the workers and the English pool. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : KOREAN) out.addAll(List.of(split(e)));
        for (String e : RUSSIAN) {
            String[] p = split(e);
            out.addAll(List.of(cyrillic(p), latin(p, false), latin(p, true), p[5]));
        }
        for (String e : WORKERS) out.addAll(List.of(split(e)));
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

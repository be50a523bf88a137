package com.yilian.agents.deid;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.scannedName;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Thirty-fifth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_35}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium led by the fictional 上海瑞和医院 (Shanghai Ruihe
 * Hospital, a tertiary hospital) with its 国际医疗部 (International Medical Centre), its I期临床试验病房 (phase I
 * clinical-trial ward), its 生殖医学中心 (fertility centre) and its VIP健康管理中心 (VIP health-check centre), the
 * community health service centres of the old lilong neighbourhoods (蓬莱坊社区卫生服务中心, 梅溪里社区卫生服务中心),
 * the centre of a Pudong new-town estate (惠南新城社区卫生服务中心) and the partner hospitals 苏州瑞和园区医院 (Suzhou
 * Industrial Park) and 昆山花桥瑞和医院 (Kunshan). The people: elderly Shanghainese in their 石库门 rooms (亭子间, 前楼,
 * 灶披间, 三层阁) and their children abroad, migrant carers (护工, 阿姨) from Anhui and Jiangxi, community doctors and
 * nurses, trial subjects, research nurses and monitors, couples of the fertility centre, VIP clients, interpreters, and
 * foreign residents and medical tourists from Japan, Korea, Russia and Kazakhstan, the Emirates, Thailand, India,
 * Vietnam, Spain and Portugal, Germany and the English-speaking world, whose names are written in their own scripts
 * (kanji and kana, hangul, Cyrillic, Arabic, Thai, Devanagari, Vietnamese and Iberian and German Latin with their
 * diacritics), in Latin and in Chinese transliteration. The genres: international-clinic notes in English, insurance
 * direct-billing letters, interpreter records, trial case report forms, adverse-event reports, consent signature
 * pages and subject identification logs, fertility-centre couple records, health-check reports, community follow-ups
 * with Shanghainese speech (阿拉, 侬, 伊, 老早, 屋里厢, 覅), voice notes, e-mails, WeChat, LINE and KakaoTalk chats,
 * HIS exports as CSV, JSON and HL7-like segments, OCR'd forms with broken names, and foreigners' permanent-residence ID
 * cards; about a seventh in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind33Templates}. Every person's name is PHI:
 * patients, relatives, carers, trial subjects, research nurses, monitors, interpreters, insurers' case managers, nurses
 * and doctors, in Chinese, in their own scripts, in Latin and in Chinese transliteration, also straight after a role
 * word, at the start of table rows, in table cells, JSON values, HL7 fields, chat speakers and signatures. A Chinese
 * surname in a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}, {@code CS}): 老X, 小X,
 * X阿姨 (a carer), X师傅, X医生, X老师, X护士长, X主任, X先生, X小姐, X家姆妈. A foreign family name with an honorific
 * or title labels the family name only ({@code MS} in its own script: 大久保さん, 大久保様, Смирнова with г-жа;
 * {@code MLS} and {@code ES} in Latin: Mr Okubo, Ms Iyer, Dr Harcourt); the honorific (さん, 様, 先生, 씨, 님, г-н,
 * г-жа, Mr, Ms, Dr, Herr, Frau, Sr., Sra.) stays outside. A Korean name before 씨 or 님 is written whole and labelled
 * whole. A Chinese given name used alone ({@code PG}) labels the given name; a one-character given name is never used
 * alone. A nickname ({@code PK}: 阿毛, 小三子, 金囡囡) is how the person is called and is labelled whole, 阿, 小 or 囡囡
 * with it. Shanghainese kin words and forms of address alone (阿娘, 阿爷, 姆妈, 爷叔, 娘舅, 阿姨, 囡囡, 老头子, 老太太)
 * and dialect words are not names. A Russian or Kazakh name with initials (Смирнова Е. А.) is one span, the initials
 * in it; an Arab name with bin or bint is one span; a Chinese transliteration with its middle dots is one span. The
 * record's foreign patient ({@code MN}, from {@link #minorityName}) is one person written in several forms: in their
 * own script ({@code MN}), in Latin ({@code ML}), in Chinese transliteration ({@code MC}), in the kana reading, the
 * passport capitals or the initials form ({@code MA}), by family name ({@code MS}, {@code MLS}); {@code XN} and
 * {@code XL} are further foreign people. Documents of one language write a person of that language by the group prefix
 * and the same suffixes ({@code JP}, {@code JPA}, {@code JPL}, {@code JPC}, {@code JPS} for the Japanese; {@code KR},
 * {@code RU}, {@code AR}, {@code TH}, {@code HI}, {@code VI}, {@code IB}, {@code GE} likewise), with {@code JPF} or
 * {@code JPM} for that person's address or phone at home; the person of a group is chosen by the record's foreign
 * patient, so one record names one Japanese person however often it writes one. Names that are also words are labelled when they name a person
 * ({@link #WORD_LIKE}: 陆地, 钱庄, 金针, 徐缓). An OCR'd Chinese name ({@code PO}) broken by a line break or blanks is
 * one span.
 *
 * <p>Phase I trial subjects: the subject's screening number (筛选号 S017, SCR-017) and randomisation number (随机号
 * R1024), the subject code on the CRF (01-017) and the protocol number are pseudonymous codes assigned by the trial, not
 * derived from anything about the person, and are NOT labelled (they are decoys, like drug lot and sample numbers). The
 * subject's name, hospital record number, ID number, phone and birth date, wherever they stand (consent page, subject
 * identification log, HIS), are labelled. Foreign insurers' policy and member numbers ({@code IF}: Cigna U12345678-01,
 * Allianz ACP1234567, Bupa BG 1234 5678, AXA AXA-JP-123456, MSH MSH123456789, GeoBlue GBG123456789) are health-plan
 * beneficiary numbers and are labelled INSURANCE like the Chinese ones; guarantee-of-payment and invoice references are
 * not written. Foreigners' permanent-residence ID cards ({@code PR}: the 2023 format, 18 characters, 9, the province
 * 31 or 32, the numeric nationality code, the birth date, a sequence number and a GB 11643 check character; the old
 * format, 15 characters, the three-letter nationality code, 31 or 32, yymmdd, a sequence number and a digit) are
 * personal identity numbers and are labelled ID_NUMBER. Passport numbers are travel documents and, as in the earlier
 * groups, are not labelled.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on the area codes
 * of Shanghai's districts, Suzhou and Kunshan and the carers' Anhui (Fuyang, Lu'an, Anqing) and Jiangxi (Shangrao,
 * Jiujiang) counties; plain, lower-case x, 6-8-4 by blanks; 15-digit numbers with a valid birth date only on codes
 * that existed before 1999, the old 卢湾 310103, 闸北 310108 and 南市 310102 among them), mobiles ({@code M}: plain,
 * 3-4-4 by blanks or hyphens, +86; {@code MV}: spoken with 幺), foreign phones ({@code MF}: Japan +81 90-1234-5678 and
 * 090-1234-5678, Korea +82 10-1234-5678 and 010-1234-5678, Russia +7 916 123-45-67, Kazakhstan +7 701 123 4567, UAE
 * +971 50 123 4567, Thailand +66 81 234 5678, India +91 98765 43210, Vietnam +84 912 345 678, Spain +34 612 34 56 78,
 * Germany +49 151 23456789), landlines ({@code L}: eight digits on 021 and 0512, seven on the carers' 0558, 0564,
 * 0556, 0793 and 0792; as 021-64371234, (021)54281234, 021 6437 1234, +86 21 64371234, 021-64371234转8012), addresses
 * ({@code A}, {@code A0}; {@code AL}: a lilong room, 黄浦区蓬莱路123弄45号3楼亭子间; {@code AP}: a Pudong new-town flat,
 * 浦东新区惠南镇听潮路588弄12号1203室; {@code AF}: abroad in the country's own form: 〒150-0001 東京都渋谷区神宮前3丁目12-5,
 * 서울특별시 강남구 역삼동 823-14 101동 1203호, г. Москва, ул. Тверская, д. 12, кв. 45, Lindenstraße 14, 80331 München
 * …), record numbers ({@code R}: inpatient RHZ24031876, outpatient RHM20240318, international IMC-2024-03187, fertility
 * couple file IVF2024-0318, health check TJ202403180012, Suzhou SZRH00318765, Kunshan KS24-031876, a 17-digit
 * community health-archive number on a Shanghai area code), insurance numbers ({@code I}: Shanghai 3100218765K, Jiangsu
 * JS03187654321, the carers' rural schemes AHNH and JXNH with ten digits; {@code IF} above), bank cards ({@code B}: 16
 * or 19 digits with a valid Luhn digit, plain, fours by blanks or hyphens), dates of birth ({@code DOB}: 1942年3月5日,
 * 1942-03-05, 1942.3.5, 1942/3/5, 一九四二年三月五日 and the lunar 四二年三月初五 of elderly Shanghainese; {@code DJ}:
 * Japanese eras, 昭和55年3月12日, 平成2年11月5日, 令和3年4月1日, S55.3.12, H2.11.5; {@code DK}: Korean 1985년 3월 12일
 * and 1985.03.12; {@code DE}: ISO 1985-03-12, DD.MM.YYYY 12.03.1985, MM/DD/YYYY 03/12/1985, 12 Mar 1985; {@code DOBC}:
 * 19850312 in exports). Not labelled: visit, sampling, dosing, transfer and embryo-transfer dates, ages, cycle days,
 * lab values (ALT, eGFR, AMH, FSH, sperm counts, Cmax, QTc), doses, lot, sample, protocol, screening, randomisation,
 * passport, visa and message numbers, hotlines, facility names, places alone (石库门, 外滩, 陆家嘴, 古北, 虹桥), dishes
 * (生煎, 小笼, 粢饭糕, 腌笃鲜), kin words, Shanghainese dialect words, greetings in other scripts, and words beginning with
 * one of the pool's surnames (陆续, 顾虑, 周末, 金额, 严重, 施工, 钱包, 黄梅天 …; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind33Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * Shanghai patient list would look: the commonest surnames of Shanghai (张, 王, 陈, 李, 朱, 周, 徐, 陆, 沈, 顾) dominate,
 * other Jiangnan surnames (吴, 杨, 黄, 钱, 金, 孙, 胡, 蒋, 曹, 姚, 倪, 俞, 严, 范, 施, 汤, 龚, 邵, 潘) follow, the carers'
 * names carry Anhui and Jiangxi surnames (汪, 程, 葛, 储, 方, 许, 檀, 陶, 鲍, 余, 邹, 熊, 涂, 饶, 彭, 万, 罗), and two
 * surnames no earlier group used ({@link #RARE_SURNAMES}: 印, 须) and four names that are words ({@link #WORD_LIKE}) make a
 * minority; the elderly carry the generation names of old Shanghai (根宝, 金娣, 杏娣, 福根), the younger 菁, 蓓, 懿, 沁.
 * A nickname pool; a pool of foreign people, each in every form above; a pool of English names. Own slots: {@code N}, a
 * further Chinese name drawn afresh; {@code CW}, a carer's name; {@code CS}, a carer's surname; {@code PS}, {@code FS},
 * {@code PG}, {@code PK}, {@code PO}, {@code MN}, {@code ML}, {@code MC}, {@code MA}, {@code MS}, {@code MLS},
 * {@code XN}, {@code XL}, {@code EG}, {@code PR}, {@code MV}, {@code MF}, {@code IF}, {@code AL}, {@code AP}, {@code AF},
 * {@code DJ}, {@code DK}, {@code DE}, {@code DOBC} above. Any non-empty subset of {@link #BLIND_35} uses these pools
 * (see {@link #uses}).
 */
final class Blind35Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270105L;

    static final List<String> BLIND_35 = List.of(
            // International Medical Centre: clinic notes in English.
            "Ruihe International Medical Center - Outpatient Note\nPatient: {ML}\nDOB: {DE}\nMRN: {R}\n"
                    + "Chief complaint: productive cough x 5 days\nT 38.2 C, SpO2 96%\nPhysician: Dr {ES}\nInterpreter: {N}\n",
            "IMC follow-up. {E} is a 46-year-old expat engineer living at {A}. BP 148/92, started amlodipine 5 mg qd. "
                    + "Mobile {MF}. Seen by Dr {ES}.\n",
            "Discharge summary (IMC)\nName: {ML}\nDate of birth: {DE}\nPermanent residence ID: {PR}\n"
                    + "Diagnosis: community-acquired pneumonia\nHome address: {A}\nAttending: Dr {E}\n",
            "电话分诊：来电者{E}，患者{E2}的妻子，诉昨夜起发热39.1℃；"
                    + "回拨{MF}；建议来国际医疗部就诊。护士{N}\n",
            "儿科门诊：患儿{EG}（{AGE}岁），母亲{E}陪同；中耳炎，阿莫西林80 mg/kg/day；"
                    + "住址{A}；电话{M}\n",
            "Medical tourist intake\nName (passport): {MA}\nName (native): {MN}\nDOB: {DE}\nHome address: {AF}\n"
                    + "Home phone: {MF}\nHotel: Bund-side hotel, room 1806\nCoordinator: {N}\n",
            "Referral letter\nDear Dr {ES},\nI am referring Mr {MLS} ({ML}, DOB {DE}) for cardiac MRI. "
                    + "His local mobile is {M}.\nYours sincerely,\nDr {E}, Ruihe IMC\n",
            "预防接种记录：{ML}，出生日期{DE}；百白破批号TD4471B，甲肝疫苗批号HA20931；接种护士{N}；"
                    + "6个月后接种下一剂。联系电话{MF}\n",
            "IMC prenatal card\nPatient: {E}\nDOB: {DE}\nEDD 2025-09-14, G2P1\nPartner: {E2}\nEmergency phone: {MF}\n"
                    + "Address in Shanghai: {A}\n",
            "Progress note: Ms {MLS} remains afebrile; CRP 12 mg/L (from 86). Plan discharge tomorrow. "
                    + "Her husband {XL} can be reached on {MF}. - Dr {ES}\n",
            // Insurance direct billing.
            "DIRECT BILLING REQUEST\nInsurer: Cigna Global\nMember: {ML}\nName as in passport: {MA}\nPolicy no.: {IF}\nDOB: {DE}\n"
                    + "Provider: Shanghai Ruihe Hospital, International Medical Center\nEstimated cost: CNY 48,600\n"
                    + "Case manager: {E}\n",
            "Dear {E},\nPlease find attached the itemised bill for {ML} (member ID {IF}, date of birth {DE}), "
                    + "admitted for laparoscopic appendectomy. Hospital number {R}.\nBest regards,\n{N}, Billing Office\n",
            "直付申请（国际医疗部）\n患者：{MC}（{ML}）\n保险公司：Allianz Care\n保单号：{IF}\n出生日期：{DE}\n"
                    + "病历号：{R}\n经办：{N}，电话{L}\n",
            "Pre-authorisation\nPatient: {E}\nPolicy number: {IF}\nDOB: {DE}\nProcedure: knee arthroscopy\n"
                    + "Treating surgeon: Dr {ES}\nPatient phone: {M}\n",
            "保险直付确认函：兹确认{ML}（保单{IF}）在我院门诊费用由保险公司直付；患者电话{MF}；国际医疗部{N}\n",
            "Claim form (MSH International)\nInsured: {ML}\nMember no.: {IF}\nDate of birth: {DE}\nAddress: {AF}\n"
                    + "Bank account for reimbursement: see attached\nSignature: {ML}\n",
            "日本の保険会社への請求書\n患者氏名：{JP}\nフリガナ：{JPA}\n生年月日：{DJ}\n証券番号：{IF}\n"
                    + "上海の住所：{A}\n担当：{N}\n",
            // Interpreter records.
            "翻译记录\n患者：{MN}（{MC}）\n外文名：{MA}\n翻译：{N}\n医生：{DR}\n内容：告知胃镜检查结果，患者理解\n"
                    + "患者电话：{MF}\n",
            "医疗翻译服务单：{D} {DEPT}，患者{MC}，外文名{ML}，翻译员{N}（手机{M}），服务时长45分钟\n",
            "口译服务记录\n患者：{MN} / {ML}\n口译员：{N}\n医生：{DR}\n"
                    + "内容：肠镜检查知情同意\n患者已理解：是\n",
            "[口译记录] 医生：{JPS}さん、お腹はまだ痛いですか。\n患者：少しだけです。\n翻译{N}：患者说还有一点痛。\n"
                    + "医生{DR}：继续观察。\n",
            "翻译：{N}  患者：{KR}（{KRC}）  病历号：{R}\n医生说：“这个药每天吃两次。”\n翻译成韩语：하루에 두 번 드세요.\n"
                    + "患者家属{XN}在场\n",
            "Переводчик: {N}\nПациент: {RU}\nДата рождения: {DE}\nТелефон: {RUM}\nВрач: {DR}\n"
                    + "Диагноз: гастрит\n",
            "翻译签到表\n1 {N} 日语 {M}\n2 {N} 俄语 {M}\n3 {N} 阿拉伯语 {M}\n协调员：{N}\n",
            "现场翻译说明：患者{VIC}不懂中文也不懂英文，由其丈夫{XN}用越南语转述；医生{DR}解释手术风险；签字{VI}\n",
            // Phase I trial ward: CRFs, adverse events, consent pages, identification logs.
            "I期临床试验 受试者鉴认代码表\n方案号 RH-PK-2024-01\n筛选号 S017  姓名 {P}  身份证 {ID}  电话 {M}\n"
                    + "筛选号 S018  姓名 {N}  身份证 {ID}  电话 {M}\n研究护士：{N}\n",
            "病例报告表（CRF）第3页\n受试者编号：01-017  随机号：R1024\n出生日期：见原始资料\n给药时间 08:00，"
                    + "采血点 0.5h、1h、2h\n研究者签名：{DR}\n",
            "知情同意书签字页\n受试者姓名：{P}\n受试者签名：{P}\n联系电话：{M}\n研究者：{DR}\n日期：{D}\n"
                    + "（筛选号 SCR-017，随机号 R1031）\n",
            "不良事件报告：受试者S022（随机号R1040），给药后第2天出现ALT 3.2×ULN，判定为2级，与研究药物可能有关；"
                    + "研究医生{DR}；监查员{N}\n",
            "严重不良事件（SAE）报告\n受试者：{P}\n住院号：{R}\n出生日期：{DOB}\n事件：晕厥，QTc 512ms\n"
                    + "报告人：{DR}，电话{L}\n申办方联系人：{E}\n",
            "SAE report\nSubject number: 01-022 (screening S022)\nSex/age: M/34\nEvent: anaphylaxis after dose 2\n"
                    + "Reporter: Dr {DR}\nSponsor medical monitor: {E}, {MF}\n",
            "I期病房入住登记：{P}，{SEX}，{AGE}岁，筛选号S031，身份证{ID}，紧急联系人{F}（{KIN}），{M}；"
                    + "床位PK-12；值班护士{N}\n",
            "受试者补偿发放表\n筛选号 姓名 银行卡号\nS017 {P} {B}\nS018 {N} {B}\nS019 {N} {B}\n经办：{N}\n",
            "[微信 I期受试者群] 研究护士{N}：明早7点空腹到I期病房，S031号{PG}带好身份证\n{P}：收到\n"
                    + "{N}：我是S032，电话换成{M}了\n",
            "筛选失败记录：{P}（筛选号S040）乙肝表面抗原阳性，未入组；已电话告知本人{M}；研究医生{DS}医生\n",
            "药代采血记录：受试者01-031，给药剂量 200mg，Cmax 1.84μg/mL，Tmax 1.5h；样本号PK031-05；"
                    + "采血护士{N}；复核{DR}\n",
            "Informed consent signature page\nSubject name: {ML}\nSignature: {MN}\nDate of birth: {DE}\n"
                    + "Impartial witness: {N}\nInvestigator: Dr {DR}\n",
            "受试者随访电话记录：{D}致电{P}（{M}），问及给药后皮疹是否消退，{P}诉已好转；记录人{N}\n",
            "I期试验健康受试者体检：{P}，{AGE}岁，BMI 22.4，心电图正常；住院号{R}；出生日期{DOB}；医生{DR}\n",
            "受试者身份核验：{P}，身份证{ID}，人脸识别一致；联网查询近3个月未参加其他试验；核验人{N}\n",
            "方案偏离报告：受试者S027给药时间延迟35分钟；原因：采血护士{N}处理受试者{P}晕针；PI {DR}\n",
            "伦理委员会备案：SAE受试者{P}，住院号{R}，已康复出院；家属{F}知情，电话{M}\n",
            "[OCR] 受 试 者 知 情 同 意 书\n姓 名 {PO}\n身 份 证 {ID}\n联 系 电 话 {M}\n筛 选 号 S019\n",
            // Fertility centre: couple records.
            "生殖医学中心 夫妇档案\n档案号：{R}\n女方：{P}  出生日期：{DOB}  身份证：{ID}\n男方：{F}  出生日期：{DOB}  "
                    + "身份证：{ID}\n联系电话：{M}\n住址：{AP}\n",
            "IVF周期记录：女方{P}，AMH 1.2ng/mL，FSH 9.6IU/L；男方{F}，精子浓度18×10^6/mL；拟行ICSI；主诊{DR}\n",
            "胚胎移植知情同意：夫{F}、妻{P}同意移植2枚第5天囊胚；冷冻胚胎编号E24-0318不计；签字见证{N}\n",
            "生殖中心夫妇建档（涉外）\n外籍一方：{ML}（出生{DE}）\n中方：{F}（出生{DOB}）\n外籍一方永居证：{PR}\n"
                    + "手机：{M}\n档案号：{R}\n",
            "夫妇双方证件核验：女方{MC}，外国人永久居留身份证{PR}；男方{P}，身份证{ID}；结婚证已核；核验人{N}\n",
            "取卵术记录：{P}，{AGE}岁，获卵12枚，成熟卵9枚；麻醉医生{DR}；丈夫{F}在候诊区，电话{M}\n",
            "[微信 生殖中心随访] {N}：{PG}，明天上午抽血查HCG，空腹不用\n{P}：好的，我老公{F}陪我来\n"
                    + "{N}：嗯，有事打{L}\n",
            "精液分析报告：{F}，禁欲4天，体积2.8mL，前向运动32%，正常形态4%；检验者{N}；档案{R}\n",
            "冷冻胚胎续费通知：{P}、{F}夫妇，档案号{R}，续费可转账至医院账户，或刷卡{B}；联系人{N}\n",
            "体外受精补助申请：{P}，{DOB}出生，户籍{A}，医保{I}，补助账户{B}\n",
            "日本籍夫妇初诊\n妻：{JP}（{JPA}）\n生年月日：{DJ}\n夫：{XN}\n電話：{MF}\n担当医師：{DR}\n",
            // VIP health-check centre.
            "VIP健康管理中心 体检报告\n体检号：{R}\n姓名：{P}\n性别：{SEX}\n出生日期：{DOB}\n"
                    + "主检医师：{DR}\n结论：甲状腺结节TI-RADS 3类，LDL-C 4.1mmol/L\n",
            "高管体检（外籍）\n客户：{E}\n出生日期：{DE}\n体检号：{R}\n结论：脂肪肝，"
                    + "eGFR 88\n主检：Dr {ES}\n助理：{N}，{M}\n",
            "体检预约短信：【瑞和健康管理中心】{P}您好，您预约的VIP套餐已确认，请空腹前来，体检号{R}。咨询{L}\n",
            "건강검진 결과 안내\n성명: {KR}\n생년월일: {DK}\n검진번호: {R}\n연락처: {MF}\n담당의: {DR}\n",
            "体检报告领取委托书：本人{P}（身份证{ID}）委托{F}（身份证{ID}）代领体检报告；联系电话{M}\n",
            "企业高管体检名单\n序号,姓名,出生日期,手机\n1,{N},{DOB},{M}\n2,{N},{DOB},{M}\n3,{E},{DE},{MF}\n",
            "健康管理师随访：{P}，胃镜示慢性萎缩性胃炎伴肠化，建议1年复查；{PS}先生称工作忙；健康管理师{N}，{L}\n",
            "{\"体检号\":\"{R}\",\"姓名\":\"{P}\",\"出生日期\":\"{DOBC}\",\"手机\":\"{M}\",\"套餐\":\"VIP-A\","
                    + "\"主检医师\":\"{DR}\"}\n",
            "VIP客户档案：{ARC}，{ARL}，国籍阿联酋，生日{DE}，迪拜地址{ARF}，电话{ARM}，专属客服{N}\n",
            // Lilong community health service centres: elderly Shanghainese, carers, family doctors.
            "蓬莱坊社区卫生服务中心 家庭医生签约服务\n签约居民：{P}\n出生日期：{DOB}\n身份证号：{ID}\n"
                    + "住址：{AL}\n联系人：{F}（{KIN}）{M}\n家庭医生：{DR}\n",
            "上门随访：{P}，{AGE}岁，独居，住{AL}，高血压、老慢支；护工{CW}（安徽人）照顾；女儿{F}在日本，电话{MF}；"
                    + "随访{DS}医生\n",
            "[语音转文字] {DS}医生啊 阿拉屋里厢老头子{P}昨日夜里厢又透不过气 侬今朝好来看看伊伐 阿拉住{AL} 电话{MV}\n",
            "[语音转文字] 我是{P}的护工 {CS}阿姨 老太太血糖又高了 伊老早就不肯打针 侬帮帮忙 我电话{MV}\n",
            "家庭病床建床记录：{P}，{SEX}，{AGE}岁，脑梗后遗症卧床，住{AL}（石库门亭子间，楼梯陡）；"
                    + "医保{I}；主管医生{DR}；护工{CW}，{M}\n",
            "社区护士日志：今朝到{A0}看{PS}家阿娘，褥疮好转；伊拉囡儿{F}讲下礼拜从美国回来；"
                    + "护工{CS}阿姨讲伊夜里厢睏不着\n",
            "长护险评估：{P}，{DOB}出生，评估等级5级；居家照护员{CW}，身份证{ID}；评估员{N}；家属{F}，{L}\n",
            "护工登记表\n姓名 籍贯 身份证 手机\n{CW} 安徽阜阳 {ID} {M}\n{CW} 江西上饶 {ID} {M}\n{CW} 安徽六安 {ID} {M}\n"
                    + "登记人：{N}\n",
            "[微信 梅溪里家庭医生群] {F}：{DS}医生，我姆妈{P}今朝血压170，要紧伐？\n{DR}：先吃一粒硝苯地平，"
                    + "下午我来看伊\n{F}：谢谢侬，阿拉住{AL}\n",
            "独居老人关爱名单\n{P} {AGE}岁 {AL} {L}\n{N} 88岁 {AL} {L}\n{N} 91岁 {AL} {L}\n居委干部：{N}\n",
            "老年人体检通知：{P}爷叔，侬今年个免费体检排在周三上午，请带好医保卡{I}到蓬莱坊社区卫生服务中心；"
                    + "联系{DS}护士，{L}\n",
            "居家访视：{PK}（{P}），{AGE}岁，老早在纺织厂做，现住{AL}，三层阁上下不便；子女{F}住{AP}；"
                    + "电话{M}\n",
            "护工{CW}来电：{P}阿爷今早跌跤，额头出血；已叫120；{P}的儿子{F}电话{M}打不通，请社区联系{DS}医生\n",
            "高龄老人补贴代领委托：委托人{P}（身份证{ID}，{DOB}出生），受托人{F}（{KIN}），补贴打入{B}\n",
            "[语音转文字] 喂 是蓬莱坊伐 我是{F} 阿拉阿娘{P} 老早住{AL} 现在搬到女儿屋里 地址是{AP} 电话{MV}\n",
            "护工合同：甲方{F}（患者{P}之子），乙方{CW}，身份证{ID}，户籍{A}；工资按月转入{B}\n",
            "护工请假：{CS}阿姨回江西过年，由{CW}代班；{CW}电话{M}，老家电话{L}\n",
            "慢病随访表\n姓名：{P}\n住址：{AL}\n血压：{BP}\n空腹血糖：7.9mmol/L\n随访医生：{DR}\n"
                    + "下次随访：{D}\n",
            "家属反映：{PS}老伯伯讲阿姨{CW}偷伊钞票，经核实为老人记错，钱包在枕头下；社工{N}，{L}\n",
            "助浴服务记录：{P}，{AGE}岁，住{AL}，灶披间改的卫生间太小，改为床上擦浴；服务员{N}；家属{F}签字\n",
            "临终关怀：{P}，胰腺癌晚期，住{AL}；儿子{F}在德国，电话{MF}；女儿{N}在沪，电话{M}；"
                    + "安宁疗护医生{DR}\n",
            "认知筛查：{P}，MMSE 19分；伊讲自家{DOB}出生，屋里在{AL}，记得老早个事体，记不得今朝吃啥；家属{F}\n",
            "[OCR] 家 庭 医 生 签 约 协 议\n乙 方 {PO}\n住 址 {AL}\n电 话 {L}\n",
            "老伯伯{P}（{AGE}岁）讲：“我是{DOB}生个，屋里电话{L}，侬记一记。”\n",
            "社区配药：{P}，代配人{F}；氨氯地平5mg×28片，二甲双胍0.5g×60片；医保卡{I}\n",
            // Pudong new-town estate.
            "惠南新城社区卫生服务中心 居民健康档案\n档案号：{R}\n姓名：{P}\n出生日期：{DOB}\n现住址：{AP}\n"
                    + "原住址：{AL}（动迁）\n电话：{M}\n",
            "动迁老人随访：{P}，{AGE}岁，从黄浦动迁到{AP}，不适应高层，情绪低落；老伴{F}；责任医生{DR}，{L}\n",
            "新城家庭医生：{PS}阿婆，{AGE}岁，糖尿病，住{AP}；儿子{F}在陆家嘴上班，周末来；电话{M}\n",
            "[微信 惠南新城13号楼业主群] {N}：1203室{PS}老师跌倒了，救护车来了\n{N}：我是伊女儿{F}，{M}，"
                    + "谢谢大家\n",
            "居家养老服务派单：{P}，{AP}，服务内容：助餐、助浴；护理员{CW}，{M}；派单员{N}\n",
            "疫苗接种预约：{P}，{DOB}生，23价肺炎疫苗；住址{AP}；预约电话{L}；接种医生{DS}医生\n",
            // Partner hospitals in Suzhou and Kunshan.
            "转诊单（苏州瑞和园区医院→上海瑞和医院）\n患者：{P}\n身份证号：{ID}\n住址：{A}\n"
                    + "诊断：肺占位待查\n转出医生：{DR}\n联系电话：{M}\n",
            "昆山花桥瑞和医院 门诊病历\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁\n门诊号：{R}\n住址：{A}\n"
                    + "主诉：{SYM}{DUR}\n医师：{DR}\n",
            "苏州园区转诊（外籍员工）\n患者：{ML}\n出生日期：{DE}\n单位：苏州工业园区某电子厂\n"
                    + "本地住址：{A}\n手机：{M}\n转诊医生：{DR}\n",
            "昆山日资企业员工体检异常：{JP}（{JPC}），{AGE}岁，血压{BP}；会社担当{N}，{L}；建议至上海瑞和医院国际医疗部\n",
            "远程会诊申请：苏州瑞和园区医院{DR}申请上海瑞和医院{N}主任会诊，患者{P}，住院号{R}，出生日期{DOB}\n",
            "跨省医保备案：{P}，苏州参保，医保号{I}，身份证{ID}，在上海就医；备案经办{N}；电话{L}\n",
            "昆山韩资企业员工就诊：{KR}，{AGE}岁，급성 위장염；통역 {N}；연락처 {KRM}；주소 {A}\n",
            "双向转诊回执：患者{P}已于{D}转回昆山花桥瑞和医院康复科，住院号{R}；联系人{F}，{M}\n",
            "苏州园区家庭医生：{P}，{DOB}生，住{A}；子女{F}在上海，{M}；医生{DR}\n",
            // Foreign residents and medical tourists, in their own scripts.
            "外国人永久居留身份证（复印件）\n姓名：{ML}\n中文姓名：{MC}\n出生日期：{DE}\n证件号码：{PR}\n"
                    + "有效期限：2023.06.01-2033.06.01\n",
            "外籍患者登记：{MC}，英文名{ML}，护照姓名{MA}，永居证号{PR}，护照号E51827734，上海住址{A}，手机{M}，境外电话{MF}\n",
            "永居证核验：原15位证件{PRO}已换领新证，新证号{PRN}；持证人{MN}；核验{N}\n",
            "外籍患者注册\n姓名（本国文字）：{MN}\n姓名（拉丁字母）：{ML}\n中文名：{MC}\n永居证号：{PR}\n"
                    + "境外住址：{AF}\n电话：{MF}\n",
            "受付票\n氏名：{JP}\nフリガナ：{JPA}\n生年月日：{DJ}\n住所：{JPF}\n電話：{JPM}\n",
            "患者{JP}（{JPL}），{DJ}生，在沪日侨，长期住古北；上海电话{M}；日本家属电话{JPM}\n",
            "日本人会診療予約：{JPS}様、{D} 10:30、内科。ご連絡先 {JPM}。通訳 {N}\n",
            "儿科：患儿{JP}，{DJ}出生，发热3天；母亲{XN}，电话{JPM}；日语翻译{N}\n",
            "환자 정보\n이름: {KR}\n영문: {KRL}\n한자: {KRC}\n생년월일: {DK}\n주소: {KRF}\n전화: {KRM}\n",
            "韩国患者{KRC}（{KR}），{DK}生，住{A}；丈夫{XN}陪同；韩国电话{KRM}；接诊{DR}\n",
            "Медицинская справка\nФИО: {RU}\nДата рождения: {DE}\nАдрес: {RUF}\nТелефон: {RUM}\n"
                    + "Лечащий врач: {DR}\n",
            "俄语患者{RUC}（{RUA}），{DE}生，来沪旅游突发胸痛；护照号7512 338104；联系电话{RUM}；翻译{N}\n",
            "Выписка: пациентка г-жа {RUS}, {AGE} лет, острый аппендицит; родственник {XN}, тел. {RUM}\n",
            "بيانات المريض\nالاسم: {AR}\nالاسم باللاتينية: {ARL}\nتاريخ الميلاد: {DE}\nالهاتف: {ARM}\n"
                    + "العنوان: {ARF}\n",
            "阿联酋医疗旅游患者：{ARC}，拉丁文{ARL}，{DE}生，陪同人{XN}，迪拜电话{ARM}，酒店外滩附近；协调员{N}\n",
            "Medical tourist (Thailand)\nPatient: {TH} ({THL})\nDOB: {DE}\nAddress: {THF}\nPhone: {THM}\n"
                    + "Escort: {XL}\n",
            "泰国患者{THC}（{TH}），{DE}生，拟行肝移植评估；电话{THM}；协调员{N}\n",
            "Patient details\nName: {HI} / {HIL}\nDOB: {DE}\nMumbai address: {HIF}\nMobile: {HIM}\n"
                    + "Spouse: {XL}\n",
            "印度籍患者{HIC}，{AGE}岁，1型糖尿病；英文名{HIL}；印度电话{HIM}；接诊{DR}\n",
            "Hồ sơ bệnh nhân\nHọ tên: {VI}\nNgày sinh: {DE}\nĐịa chỉ: {VIF}\nĐiện thoại: {VIM}\nPhiên dịch: {N}\n",
            "越南籍新娘{VIC}（{VI}），{DE}生，嫁到昆山，孕28周产检；丈夫{P}，{M}；越南电话{VIM}\n",
            "Informe médico\nPaciente: {IB}\nFecha de nacimiento: {DE}\nDomicilio: {IBF}\nTeléfono: {IBM}\n"
                    + "Médico: Dr. {DR}\n",
            "西班牙语系患者{IBC}（{IBL}），{DE}生，上海住址{A}，电话{IBM}；Sr./Sra. {IBLS}要求西语翻译\n",
            "Arztbrief\nPatient: {GE}\nGeburtsdatum: {DE}\nAnschrift: {GEF}\nTelefon: {GEM}\nBehandelnder Arzt: "
                    + "Dr. {ES}\n",
            "德国患者{GEC}（{GE}），{DE}生，在太仓德企工作，住{A}；Herr/Frau {GES}；德国电话{GEM}\n",
            // E-mails.
            "Subject: Direct billing for {ML}\nTo: {E}\nPlease confirm coverage under policy {IF}. Patient DOB {DE}, "
                    + "MRN {R}. Patient mobile {MF}.\nThanks,\n{N}\nInternational Medical Center\n",
            "主题：I期试验SAE随访\n收件人：{E}（申办方）\n正文：受试者S022（随机号R1040）已出院，原始资料见住院号{R}；"
                    + "研究者{DR}\n",
            "主题：家庭医生转介\n{N}您好：{P}阿娘，{DOB}出生，住{AL}，需要上门评估；女儿{F}联系方式{M}。"
                    + "蓬莱坊社区卫生服务中心{DR}\n",
            "主题：取卵手术安排\nDear {E},\n您的取卵术已安排，档案号{R}，请携带外国人永久居留身份证（{PR}）。\n"
                    + "瑞和生殖医学中心，{L}\n",
            "件名：検査結果のご案内\n{JPS}様\n人間ドックの結果をお送りします。受診番号 {R}。\nご不明点は {L} まで。\n"
                    + "上海瑞和医院 {N}\n",
            "Subject: Transfer to Kunshan\nHi {EG},\nMr {MLS} ({ML}) will be transferred back to Kunshan tomorrow. "
                    + "Contact his wife {XL} on {MF}.\nRegards, Dr {ES}\n",
            "主题：护工投诉处理\n正文：家属{F}投诉护工{CW}（身份证{ID}）夜间离岗，经查属实；护工公司负责人{N}，{M}\n",
            // Chats: WeChat, LINE, KakaoTalk.
            "[LINE] {JPS}：先生、明日の予約を変更できますか\n{N}（通訳）：はい、何時がいいですか\n"
                    + "{JPS}：午後3時でお願いします。電話は{JPM}です\n",
            "[LINE] {JP}：子供が熱を出しました\n{N}：すぐ国際医療部に来てください。住所は分かりますか\n"
                    + "{JP}：はい。私の番号 {JPM}\n",
            "[KakaoTalk] {KR}: 선생님 내일 검사 몇 시예요?\n{N}: 오전 9시요. 금식하세요\n{KR}: 네 감사합니다. "
                    + "제 번호 {KRM}\n",
            "[KakaoTalk] {KR} 씨 보호자: 병원 도착했어요\n{N}: 네, 3층 국제의료부로 오세요\n",
            "[微信] {F}：{DS}医生，阿拉爷叔{P}今朝又讲胸口闷\n{DR}：叫伊覅动，马上叫救护车\n"
                    + "{F}：好个，我电话{M}\n",
            "[微信 护工群] {CW}：明天我休息，{P}阿娘那边谁去？\n{CW}：我去，地址发我\n{N}：{AL}，家属电话{M}\n",
            "[微信] {E}: Hi doctor, this is {EG}'s mum, her fever is 39.4\n{DR}: Please come to the IMC now, "
                    + "or call {L}\n{E}: Ok, my number is {MF}\n",
            "[WhatsApp] {IBL}: Hola doctor, soy {IB}, ¿puedo cambiar la cita?\n{N}: Sí, mañana a las 10\n"
                    + "{IBL}: Gracias. Mi teléfono {IBM}\n",
            "[Telegram] {RU}: Здравствуйте, я по поводу анализов\n{N}: Добрый день, результаты готовы\n"
                    + "{RU}: Спасибо. Мой номер {RUM}\n",
            "[微信] 生殖中心{N}：{PG}，移植后第14天查血，HCG 865，恭喜\n{P}：谢谢！我老公{F}也在\n",
            "[微信] {F}：医生，伊拉姆妈{P}讲老早在纺织厂，肺不好\n{DR}：带CT片子来，住址{AL}对伐？\n"
                    + "{F}：对个\n",
            // HIS exports.
            "患者编号,姓名,性别,出生日期,身份证号,手机\n{R},{P},{SEX},{DOBC},{ID},{M}\n{R},{N},{SEX},{DOBC},{ID},{M}\n",
            "MRN,Name,NamePassport,NameLocal,DOB,ResidenceID,Phone\n{R},{ML},{MA},{MN},{DOBC},{PR},{MF}\n",
            "{\"patientId\":\"{R}\",\"name\":\"{ML}\",\"nameLocal\":\"{MN}\",\"familyNameLocal\":\"{MS}\",\"nameZh\":\"{MC}\",\"dob\":\"{DE}\","
                    + "\"prId\":\"{PR}\",\"phone\":\"{MF}\"}\n",
            "{\"病历号\":\"{R}\",\"姓名\":\"{P}\",\"身份证号\":\"{ID}\",\"出生日期\":\"{DOBC}\",\"住址\":\"{AL}\","
                    + "\"联系人\":{\"姓名\":\"{F}\",\"电话\":\"{M}\"}}\n",
            "{\"subject\":\"S017\",\"randNo\":\"R1024\",\"hisNo\":\"{R}\",\"name\":\"{P}\",\"mobile\":\"{M}\","
                    + "\"investigator\":\"{DR}\"}\n",
            "{\"insurer\":\"Bupa Global\",\"memberNo\":\"{IF}\",\"member\":\"{E}\",\"dob\":\"{DE}\",\"mrn\":\"{R}\"}\n",
            "{\"夫妇档案号\":\"{R}\",\"女方\":{\"姓名\":\"{P}\",\"身份证\":\"{ID}\"},\"男方\":{\"姓名\":\"{F}\","
                    + "\"身份证\":\"{ID}\"},\"联系电话\":\"{M}\"}\n",
            "MSH|^~\\&|RHHIS|RHYY|||20240618093000||ADT^A01|MSG618093|P|2.4\n"
                    + "PID|1||{R}^^^RHYY^MR||{P}||{DOBC}|{SEX}|||{AL}||{M}|||||{ID}\n",
            "PID|1||{R}^^^RHIMC^MR||{ML}||{DOBC}|F|||{AF}||{MF}\nPV1|1|O|IMC^02||||{DR}\n",
            "PID|1||{R}||{P}||{DOBC}|M|||{AP}||{L}\nIN1|1|SHYB|{I}\nNK1|1|{F}|SON|||{M}\n",
            "OBR|1|PK031-05||PK^Pharmacokinetics\nPID|1||{R}||{P}||{DOBC}|M\nOBX|1|NM|CMAX||1.84|ug/mL\n",
            "患者主索引合并：{R}（{P}，{DOBC}）与{R}（{PO}，OCR录入）为同一人，身份证{ID}；操作员{N}\n",
            // SMS and notices.
            "【上海瑞和医院】{P}您好，您在国际医疗部的预约已确认，就诊号{R}。如需改约请致电{L}。\n",
            "【瑞和生殖医学中心】{P}女士，请于明早8点空腹来院抽血，档案号{R}；有疑问联系{N}护士，{L}。\n",
            "【蓬莱坊社区】{P}阿爷/阿娘：今年老年人体检开始了，请带身份证{ID}来中心。咨询{L}。\n",
            "【瑞和I期病房】受试者S031：请于明日07:00报到，勿饮酒及含咖啡因饮料。本短信不含个人信息，"
                    + "如有不适请联系研究护士{N}，{M}。\n",
            "【惠南新城社区】{PS}先生您好，您母亲{F}的家庭病床已建立，责任医生{DR}，电话{L}。\n",
            // OCR'd forms.
            "[OCR] 上 海 瑞 和 医 院\n住 院 病 案 首 页\n姓名 {PO}  出生 {DOB}\n身份证 {ID}\n现住址 {AL}\n"
                    + "联系人 {F} 电话 {M}\n",
            "[OCR] 门诊病历\n患者 {PO}\n门诊号 {R}\n医 生 {DR}\n",
            "[OCR] 体检报告 封面\n姓 名：{PO}\n体检号：{R}\n单 位：某外资企业\n电 话：{M}\n",
            "[OCR] 护工健康证\n姓名 {PO}\n身份证号 {ID}\n发证日期 2024.03.18\n",
            "[OCR] 转 诊 单\n患者 {PO}  年龄 {AGE}\n转出：昆山花桥瑞和医院\n接收：上海瑞和医院\n转诊医生 {DR}\n",
            // Nursing, handovers and wards.
            "交班记录：12床{P}，{AGE}岁，心衰，夜间端坐呼吸，呋塞米20mg iv；护工{CS}阿姨在陪；家属{F}电话{M}\n",
            "国际部病房交班：VIP 3床 {ML}，术后第1天，疼痛评分3分；夫人{XL}陪护，{MF}；责任护士{N}\n",
            "病区陪护登记：患者{P}，陪护人{CW}（护工），身份证{ID}，手机{M}，陪护证号PH-0318\n",
            "出院小结：{P}，{SEX}，{AGE}岁，住院号{R}，因{DIS}入院，予{DRUG}治疗后好转；出院后至{A0}附近社区随访；"
                    + "主治医师{DR}\n",
            "医患沟通记录：与患者女儿{F}（在加拿大，电话{MF}）视频沟通手术方案；患者{P}本人同意；"
                    + "医生{DR}、护士长{N}在场\n",
            "护理记录：{D} 患者{P}由其{KIN}{F}及护工{CW}陪同返回病房，生命体征平稳\n",
            "住院费用催缴：{P}，住院号{R}，欠费12,860元；儿子{F}（{M}）答应周五前转账，卡号{B}\n",
            "营养科会诊：{P}，{AGE}岁，吞咽困难，建议糊状饮食，粢饭糕、生煎暂勿食，可喝腌笃鲜的汤；营养师{N}\n",
            "陪诊记录：{MC}由翻译{N}陪同做胃镜，检查号GS240318；之后到国际部找{DS}医生看报告\n",
            "外籍患者费用担保：{ML}，病历号{R}，担保人{XL}，担保人电话{MF}，担保人地址{AF}\n",
            "死亡医学证明（存根）：{P}，{SEX}，{DOB}出生，身份证{ID}，生前住址{AL}；申报人{F}（{KIN}）\n",
            "康复科：{P}，髋关节置换术后，住{AL}，楼梯狭窄，建议家属{F}在亭子间加装扶手；治疗师{N}\n",
            "急诊：{ML}，{AGE}岁，在外滩被电动车撞伤；同行朋友{XL}，电话{MF}；警方联系人{N}\n",
            "精神科会诊：{P}，阿尔茨海默病，夜间吵闹，讲“阿拉屋里在{AL}”，实际已住{AP}；护工{CW}；医生{DR}\n",
            "社区随访：{P}，{AGE}岁，黄梅天关节痛加重，陆续服用塞来昔布；伊讲周末要去虹桥看外孙；电话{M}；随访{DS}医生\n",
            "费用说明：{P}，住院号{R}，自付金额3,260元；家属{F}顾虑费用，已解释医保报销比例；病情不算严重；联系{L}\n",
            "家属{F}来电：弄堂口施工噪声大，{P}阿娘夜里睏不着；伊欢喜吃小笼，已嘱少吃；电话{M}\n",
            "[语音转文字] 小{DS}啊 我是老{PS} 阿拉屋里厢{F}又跌跤了 侬快点来 电话{MV}\n",
            "交接：老{PS}（{P}）今朝精神好，小{DS}护士已测血糖；伊个儿子{F}（{FS}先生）讲明朝来，{M}\n",
            "弄堂里向大家叫伊{PK}，大名{P}，{AGE}岁，老早在南货店做；现住{AL}；女儿{FS}小姐电话{M}\n",
            "出院随访：{P}，{AGE}岁，胆囊切除术后；电话{M}；女儿{F}陪同复诊；医生{DR}\n");

    // The commonest surnames of Shanghai (张, 王, 陈, 李, 朱, 周, 徐, 陆, 沈, 顾) first, other Jiangnan surnames next, the
    // carers' Anhui and Jiangxi names, the two rare surnames and the word-like names at the end.
    private static final List<String> CHINESE = List.of((""
            + "张根娣 张培德 张菁菁 张懿雯 张韵琴 张福根 张宝珍 张骅 张忠勤 "
            + "王杏娣 王根生 王蓓蓓 王忠培 王沁怡 王鸿翔 王彩芬 王祺 王伯诚 "
            + "陈金宝 陈宝根 陈彩娣 陈蕙芬 陈炯 陈韵雯 陈培鸿 陈颉 陈菊仙 "
            + "李根妹 李伯炎 李菁雯 李懿 李珍娣 李忠祥 李沁 李雅芝 "
            + "朱福根 朱杏芬 朱鸿昌 朱蓓君 朱韵如 朱宝娣 朱培元 "
            + "周根荣 周彩珍 周伯钧 周懿宁 周菁 周琴娣 周鸿宝 "
            + "徐根发 徐秀娣 徐培君 徐沁雯 徐鸿钧 徐炯 徐阿珠 "
            + "陆根宝 陆凤娣 陆培芳 陆韵秋 陆忠良 陆骅文 陆巧珍 "
            + "沈杏宝 沈彩凤 沈伯泉 沈懿涵 沈蓓 沈根弟 沈雅琴 "
            + "顾金娣 顾根福 顾伯年 顾雯蓓 顾沁 顾鸿祥 顾杏英 "
            + "吴宝妹 吴根林 吴菁华 吴忠勋 杨彩娥 杨培勤 杨蕙 黄杏珍 黄伯荣 黄韵婷 "
            + "钱福宝 钱珍娣 钱伯钧 钱菁菁 金根娣 金彩宝 金培荣 金懿 孙宝娣 孙忠发 孙蓓雯 "
            + "胡琴芬 胡根顺 胡沁园 蒋伯涛 蒋杏妹 曹福妹 曹鸿根 姚宝珍 姚伯康 姚懿萍 "
            + "倪根生 倪彩珍 倪菁 俞福娣 俞伯鸿 俞韵芝 严杏芬 严根宝 严骅 范彩凤 范宝根 "
            + "施根娣 施伯仁 汤金宝 汤蓓蕾 龚杏娣 龚忠炯 邵彩琴 邵伯骅 潘根发 潘菁雯 "
            + "汪翠芝 程美荣 葛素琴 储彩霞 胡翠兰 方秀芹 吴腊梅 许菊香 檀春秀 陶爱珍 鲍翠英 余兰芝 "
            + "邹桂枝 熊腊英 涂秀娥 饶冬香 彭菊花 万爱莲 罗素珍 黄水英 "
            + "印根宝 印蓓蓓 印伯荣 须杏娣 须培德 须沁 "
            + "陆地 钱庄 金针 徐缓"
            ).strip().split("\\s+"));
    /** The carers from Anhui and Jiangxi: names of the pool. */
    private static final List<String> CARERS = List.of(("汪翠芝 程美荣 葛素琴 储彩霞 胡翠兰 方秀芹 吴腊梅 许菊香 "
            + "檀春秀 陶爱珍 鲍翠英 余兰芝 邹桂枝 熊腊英 涂秀娥 饶冬香 彭菊花 万爱莲 罗素珍 黄水英").split(" "));
    /** The surnames no earlier blind group gave anyone: 印 and 须, both of Shanghai and southern Jiangsu. */
    static final String RARE_SURNAMES = "印须";
    /** Pool names that are also ordinary words: land, old-style bank, acupuncture needle, slowly. */
    static final List<String> WORD_LIKE = List.of("陆地", "钱庄", "金针", "徐缓");
    /** Nicknames of old Shanghai, labelled as names. */
    private static final List<String> NICKNAMES = List.of("阿毛", "阿福", "阿珍", "阿德", "小毛", "小三子", "小阿妹",
            "金囡囡", "琴囡囡", "美囡囡");
    /**
     * Foreign residents and medical tourists: own script|Latin|Chinese transliteration|another form (the kana reading,
     * passport capitals, the initials form, the name without nasab)|family name in own script|family name in
     * Latin|nationality (ISO 3166 alpha-3)|group (JP, KR, RU, AR, TH, HI, VI, IB, GE).
     */
    private static final List<String> FOREIGN = List.of(
            "大久保 千尋|Okubo Chihiro|大久保千寻|オオクボ チヒロ|大久保|Okubo|JPN|JP",
            "西村 拓海|Nishimura Takumi|西村拓海|にしむら たくみ|西村|Nishimura|JPN|JP",
            "長谷川 由美子|Hasegawa Yumiko|长谷川由美子|ハセガワ ユミコ|長谷川|Hasegawa|JPN|JP",
            "森田 健太郎|Morita Kentaro|森田健太郎|モリタ ケンタロウ|森田|Morita|JPN|JP",
            "内田 彩花|Uchida Ayaka|内田彩花|うちだ あやか|内田|Uchida|JPN|JP",
            "坂本 直樹|Sakamoto Naoki|坂本直树|サカモト ナオキ|坂本|Sakamoto|JPN|JP",
            "박은채|Park Eun-chae|朴恩彩|PARK EUNCHAE|박|Park|KOR|KR",
            "최서윤|Choi Seo-yun|崔瑞允|CHOI SEOYUN|최|Choi|KOR|KR",
            "조현우|Cho Hyun-woo|赵贤宇|CHO HYUNWOO|조|Cho|KOR|KR",
            "강예린|Kang Ye-rin|姜艺琳|KANG YERIN|강|Kang|KOR|KR",
            "임태양|Lim Tae-yang|林泰阳|LIM TAEYANG|임|Lim|KOR|KR",
            "Смирнова Екатерина Андреевна|Smirnova Ekaterina|叶卡捷琳娜·斯米尔诺娃|Смирнова Е. А.|Смирнова|Smirnova|RUS|RU",
            "Кузнецов Алексей Викторович|Kuznetsov Aleksei|阿列克谢·库兹涅佐夫|Кузнецов А. В.|Кузнецов|Kuznetsov|RUS|RU",
            "Белова Ксения Игоревна|Belova Kseniia|克谢尼娅·别洛娃|Белова К. И.|Белова|Belova|RUS|RU",
            "Жумабаев Ерболат Серикович|Zhumabayev Yerbolat|叶尔博拉特·朱马巴耶夫|Жумабаев Е. С.|Жумабаев|Zhumabayev|KAZ|RU",
            "Сарсенбаева Динара Бекболатовна|Sarsenbayeva Dinara|迪娜拉·萨尔森巴耶娃|Сарсенбаева Д. Б.|Сарсенбаева"
                    + "|Sarsenbayeva|KAZ|RU",
            "خالد بن سعيد المنصوري|Khalid bin Saeed Al Mansoori|哈立德·本·赛义德·曼苏里|خالد المنصوري|المنصوري"
                    + "|Al Mansoori|ARE|AR",
            "فاطمة بنت أحمد الكعبي|Fatima bint Ahmed Al Kaabi|法蒂玛·宾特·艾哈迈德·卡比|فاطمة الكعبي|الكعبي|Al Kaabi|ARE|AR",
            "يوسف بن راشد الظاهري|Yousef bin Rashid Al Dhaheri|优素福·本·拉希德·扎希里|يوسف الظاهري|الظاهري"
                    + "|Al Dhaheri|ARE|AR",
            "ประเสริฐ ทองดี|Prasert Thongdee|巴瑟·通迪|PRASERT THONGDEE|ทองดี|Thongdee|THA|TH",
            "วรรณา ศรีสุข|Wanna Srisuk|婉娜·西素|WANNA SRISUK|ศรีสุข|Srisuk|THA|TH",
            "अनन्या अय्यर|Ananya Iyer|阿南雅·艾耶尔|ANANYA IYER|अय्यर|Iyer|IND|HI",
            "अर्जुन मल्होत्रा|Arjun Malhotra|阿尔琼·马尔霍特拉|ARJUN MALHOTRA|मल्होत्रा|Malhotra|IND|HI",
            "Phạm Thị Thu Hà|Pham Thi Thu Ha|范氏秋河|PHAM THI THU HA|Phạm|Pham|VNM|VI",
            "Lê Văn Khánh|Le Van Khanh|黎文庆|LE VAN KHANH|Lê|Le|VNM|VI",
            "Võ Thị Ngọc Ánh|Vo Thi Ngoc Anh|武氏玉映|VO THI NGOC ANH|Võ|Vo|VNM|VI",
            "José Manuel Ibáñez|Jose Manuel Ibanez|何塞·曼努埃尔·伊巴涅斯|IBANEZ JOSE MANUEL|Ibáñez|Ibanez|ESP|IB",
            "María Begoña Núñez|Maria Begona Nunez|玛丽亚·贝戈尼亚·努涅斯|NUNEZ MARIA BEGONA|Núñez|Nunez|ESP|IB",
            "João Paulo Conceição|Joao Paulo Conceicao|若昂·保罗·康塞桑|CONCEICAO JOAO PAULO|Conceição|Conceicao|PRT|IB",
            "Jürgen Weißmüller|Juergen Weissmueller|于尔根·魏斯米勒|WEISSMUELLER JUERGEN|Weißmüller|Weissmueller|DEU|GE",
            "Käthe Schröder|Kaethe Schroeder|凯特·施罗德|SCHROEDER KAETHE|Schröder|Schroeder|DEU|GE");
    /** The groups of {@link #FOREIGN}, each a slot prefix. */
    static final List<String> GROUPS = List.of("JP", "KR", "RU", "AR", "TH", "HI", "VI", "IB", "GE");
    /** The forms of a foreign person a slot asks for by its suffix, after the group or after M. */
    private static final Map<String, Integer> FORMS = Map.of("", 0, "N", 0, "L", 1, "C", 2, "A", 3, "S", 4, "LS", 5);
    /** Numeric nationality codes of the 2023 permanent-residence card. */
    private static final Map<String, String> NATION_NUMBERS = Map.ofEntries(Map.entry("JPN", "392"),
            Map.entry("KOR", "410"), Map.entry("RUS", "643"), Map.entry("KAZ", "398"), Map.entry("ARE", "784"),
            Map.entry("THA", "764"), Map.entry("IND", "356"), Map.entry("VNM", "704"), Map.entry("ESP", "724"),
            Map.entry("PRT", "620"), Map.entry("DEU", "276"));
    // given|family: English-speaking expats, insurers' case managers and international-clinic doctors.
    private static final List<String> ENGLISH = List.of(("Jolyon|Harcourt Euan|Ollerenshaw Sorcha|Gillingham "
            + "Blaise|Pennycook Ione|Drinkwater Rafferty|Tollemache Tobiah|Hebblethwaite Delphine|Loxley "
            + "Odile|Bramhall Piers|Fothergill Sheridan|Yardley Tiernan|Sotheby Verity|Trelawney Xanthe|Cattermole "
            + "Zebedee|Blenkinsop Griselda|Ramsbottom Hartley|Pocklington Jethro|Postlethwaite "
            + "Keziah|Higginbotham Mungo|Entwistle Ossian|Heseltine Prudence|Molyneux").split("\\s+"));
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Shanghai's central districts with the old 南市
     * (310102, merged in 2000), 卢湾 (310103, merged in 2011) and 闸北 (310108, merged in 2015), 闵行, 宝山 and 浦东;
     * Suzhou's old 沧浪 (320502) and Kunshan; Linquan, Yingshang and Yingdong of Fuyang, Susong of Anqing, Duchang of
     * Jiujiang.
     */
    private static final List<String> LEGACY_AREA = List.of("310101", "310102", "310103", "310104", "310105",
            "310106", "310107", "310108", "310109", "310110", "310112", "310113", "310115", "320502", "320583",
            "341221", "341226", "341203", "340826", "360428");
    /** Codes of the 2000s and 2010s: Suzhou's 吴中, 相城 and 姑苏, Lu'an's 霍邱 and Shangrao's 鄱阳. */
    private static final List<String> NEW_AREA = List.of("320506", "320507", "320508", "341522", "361128");
    private static final List<String> AREA = Stream.concat(LEGACY_AREA.stream(), NEW_AREA.stream()).toList();
    /** Landline area codes with eight-digit local numbers (Shanghai, Suzhou and Kunshan). */
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("021", "0512");
    /** The carers' home cities, seven-digit local numbers: Fuyang, Lu'an, Anqing, Shangrao, Jiujiang. */
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0558", "0564", "0556", "0793", "0792");
    private static final List<String> BANK_BINS = List.of("622202", "621700", "622848", "621226", "622588", "623668");
    /** District|roads of the lilong neighbourhoods. */
    private static final List<String> LILONG = List.of("黄浦区|蓬莱路,复兴中路,建国东路,自忠路",
            "静安区|威海路,新闸路,大沽路", "虹口区|山阴路,溧阳路,四川北路", "徐汇区|建国西路,永嘉路",
            "长宁区|愚园路,江苏路", "杨浦区|长阳路,平凉路");
    private static final List<String> ROOMS = List.of("亭子间", "前楼", "后楼", "灶披间", "三层阁", "前厢房", "后厢房",
            "客堂间");
    /** Pudong new-town estates: town|roads|estate names. */
    private static final List<String> NEW_TOWN = List.of("惠南镇|听潮路,拱极东路,城西路|翠澜苑,海韵新城,惠南名邸",
            "周浦镇|年家浜路,沈梅路|周浦华庭,澜湾花苑", "航头镇|航都路,沪南公路|鹤沙航城,航头家园");
    /** Jiangsu addresses: city and district|roads|estates (幢, 室). */
    private static final List<String> JIANGSU = List.of("苏州市姑苏区|平江路,十全街,干将西路|-",
            "苏州工业园区|星湖街,金鸡湖大道,现代大道|湖畔花园,星港湾,金鸡苑",
            "昆山市花桥镇|绿地大道,光明路,花安路|花溪公寓,光明花苑,绿地名都",
            "昆山市玉山镇|前进东路,柏庐中路|玉山新村,亭林小区");
    /** The carers' home villages: province|county|townships|villages. */
    private static final List<String> CARER_HOMES = List.of("安徽省|阜阳市临泉县|老集镇,杨桥镇|张营村,庙台村",
            "安徽省|阜阳市颍上县|润河镇,半岗镇|新集村,王岗村", "安徽省|六安市霍邱县|城西湖乡,冯井镇|姚李村,双桥村",
            "安徽省|安庆市宿松县|洲头乡,复兴镇|洲头村,长铺村", "江西省|上饶市鄱阳县|莲湖乡,双港镇|朱家村,瓦屑坝村",
            "江西省|九江市都昌县|多宝乡,大港镇|马鞍村,洞山村");
    /** Foreigners' Shanghai addresses: road|lane numbers or estates. */
    private static final List<String> EXPAT = List.of("长宁区|黄金城道,荣华东道,水城南路", "浦东新区|碧云路,红枫路,黄杨路",
            "闵行区|虹梅路,古美路", "青浦区|华徐公路");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final List<String> LUNAR_MONTHS = List.of("正", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "腊");

    private Blind35Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_35 || !templates.isEmpty() && BLIND_35.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** A carer's name, from Anhui or Jiangxi. */
    static String carerName(RandomGenerator r) {
        return pick(CARERS, r);
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    /** The record's foreign patient, by the name in their own script (MN; the other forms follow from it). */
    static String minorityName(RandomGenerator r) {
        return pick(FOREIGN, r).split("\\|")[0];
    }

    static String nickname(RandomGenerator r) {
        return pick(NICKNAMES, r);
    }

    /** The pool entry of a foreign person, split into its fields. */
    private static String[] entryOf(String nativeName) {
        return FOREIGN.stream().map(e -> e.split("\\|")).filter(p -> p[0].equals(nativeName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(nativeName));
    }

    /**
     * The person of a group the record writes in that group's forms: chosen by the record's foreign patient, so that
     * every slot of the group in one record names the same person.
     */
    private static String[] groupPerson(String group, String recordsForeigner) {
        List<String[]> members = FOREIGN.stream().map(e -> e.split("\\|")).filter(p -> p[7].equals(group)).toList();
        return members.get(Math.floorMod(recordsForeigner.hashCode(), members.size()));
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    static List<String> carerNames() {
        return CARERS;
    }

    /** The foreign people's names in their own scripts (the pool's "minority" names). */
    static List<String> minorityNames() {
        return FOREIGN.stream().map(e -> e.split("\\|")[0]).toList();
    }

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> foreignEntries() {
        return FOREIGN;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    static List<String> newAreaCodes() {
        return NEW_AREA;
    }

    /** Every written form of every foreign person: own script, Latin, Chinese, the other form, both family names. */
    static Stream<String> foreignForms() {
        return FOREIGN.stream().flatMap(e -> Stream.of(e.split("\\|")).limit(6));
    }

    /** The full-name forms of the foreign people (not the family names alone). */
    static Stream<String> foreignFullForms() {
        return FOREIGN.stream().flatMap(e -> Stream.of(e.split("\\|")).limit(4));
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(PoolNameForms::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(PoolNameForms::given);
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

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || foreignForms().anyMatch(w::equals)
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (a foreign person by their own script), or null when the value (a
     * surname, a given name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : FOREIGN) {
            String[] p = e.split("\\|");
            for (int i = 0; i < 4; i++) if (p[i].equals(w)) return p[0];
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
    }

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /**
     * A resident identity number: 18 characters with a valid check character, born 1925 to 2004 (plain, with a
     * lower-case x, or 6-8-4 by blanks), or on a code of before 1999 a 15-digit number of a 1925 to 1980 birth.
     */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(8) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 25, 56, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1925, 80, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.endsWith("X") ? id.substring(0, 17) + "x" : id.substring(0, 6) + " " + id.substring(6, 14) + " "
                    + id.substring(14);
            case 1 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            default -> id;
        };
    }

    /** The 2023 permanent-residence card: 9, the province, the numeric nationality, the birth date, a sequence, check. */
    static String residenceCardNew(String nation, RandomGenerator r) {
        String first17 = "9" + (r.nextInt(4) > 0 ? "31" : "32") + NATION_NUMBERS.get(nation)
                + String.format("%04d%02d%02d", 1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28))
                + digits(3, r);
        return first17 + Checksums.residentIdCheck(first17);
    }

    /** The old permanent-residence card: the three-letter nationality, the province, yymmdd, a sequence and a digit. */
    static String residenceCardOld(String nation, RandomGenerator r) {
        return nation + (r.nextInt(4) > 0 ? "31" : "32")
                + String.format("%02d%02d%02d", 50 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(4, r);
    }

    /** A Shanghai mobile: plain, 3-4-4 by blanks or hyphens, +86. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        return switch (r.nextInt(5)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            default -> n;
        };
    }

    /** A mobile read out with 幺 for the one, in groups by blanks or run together. */
    static String spokenMobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '1' ? '幺' : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** A phone of a country, as its people write it. */
    static String phoneOf(String nation, RandomGenerator r) {
        return switch (nation) {
            case "JPN" -> r.nextBoolean() ? "+81 " + "789".charAt(r.nextInt(3)) + "0-" + digits(4, r) + "-" + digits(4, r)
                    : "0" + "789".charAt(r.nextInt(3)) + "0-" + digits(4, r) + "-" + digits(4, r);
            case "KOR" -> r.nextBoolean() ? "+82 10-" + digits(4, r) + "-" + digits(4, r)
                    : "010-" + digits(4, r) + "-" + digits(4, r);
            case "RUS" -> "+7 9" + digits(2, r) + " " + digits(3, r) + "-" + digits(2, r) + "-" + digits(2, r);
            case "KAZ" -> "+7 7" + "0457".charAt(r.nextInt(4)) + digits(1, r) + " " + digits(3, r) + " " + digits(4, r);
            case "ARE" -> "+971 5" + "0245".charAt(r.nextInt(4)) + " " + digits(3, r) + " " + digits(4, r);
            case "THA" -> "+66 " + "689".charAt(r.nextInt(3)) + digits(1, r) + " " + digits(3, r) + " " + digits(4, r);
            case "IND" -> "+91 " + "6789".charAt(r.nextInt(4)) + digits(4, r) + " " + digits(5, r);
            case "VNM" -> "+84 9" + digits(2, r) + " " + digits(3, r) + " " + digits(3, r);
            case "ESP" -> "+34 6" + digits(2, r) + " " + digits(2, r) + " " + digits(2, r) + " " + digits(2, r);
            case "PRT" -> "+351 9" + "1236".charAt(r.nextInt(4)) + digits(1, r) + " " + digits(3, r) + " " + digits(3, r);
            default -> "+49 15" + digits(1, r) + " " + digits(8, r);
        };
    }

    private static final List<String> NATIONS = List.of("JPN", "KOR", "RUS", "KAZ", "ARE", "THA", "IND", "VNM", "ESP",
            "PRT", "DEU");

    /** A foreign phone of any of the countries. */
    static String foreignMobile(RandomGenerator r) {
        return phoneOf(pick(NATIONS, r), r);
    }

    /**
     * A landline: eight local digits on 021 and 0512, seven on the carers' home codes: 021-64371234, (021)54281234,
     * 021 6437 1234, +86 21 64371234, 021-64371234转8012.
     */
    static String landline(RandomGenerator r) {
        boolean eight = r.nextInt(4) > 0;
        String area = pick(eight ? EIGHT_DIGIT_AREAS : SEVEN_DIGIT_AREAS, r);
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

    /**
     * RHZ24031876 (inpatient), RHM20240318 (outpatient), IMC-2024-03187 (international), IVF2024-0318 (fertility
     * couple file), TJ202403180012 (health check), SZRH00318765 (Suzhou), KS24-031876 (Kunshan), a 17-digit
     * community health-archive number on a Shanghai area code.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(8)) {
            case 0 -> "RHZ" + (year % 100) + digits(6, r);
            case 1 -> "RHM" + year + digits(4, r);
            case 2 -> "IMC-" + year + "-" + digits(5, r);
            case 3 -> "IVF" + year + "-" + digits(4, r);
            case 4 -> "TJ" + year + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(4, r);
            case 5 -> "SZRH" + digits(8, r);
            case 6 -> "KS" + (year % 100) + "-" + digits(6, r);
            default -> pick(AREA.stream().filter(a -> a.startsWith("31")).toList(), r) + digits(11, r);
        };
    }

    /** Shanghai 3100218765K, Jiangsu JS03187654321, the carers' rural schemes AHNH and JXNH with ten digits. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> "JS" + digits(11, r);
            case 1 -> (r.nextBoolean() ? "AHNH" : "JXNH") + digits(10, r);
            default -> "31" + digits(8, r) + (char) ('A' + r.nextInt(26));
        };
    }

    /**
     * A foreign insurer's policy or member number: Cigna U12345678-01, Allianz ACP1234567, Bupa BG 1234 5678, AXA
     * AXA-JP-123456, MSH MSH123456789, GeoBlue GBG123456789.
     */
    static String foreignPolicy(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> "U" + digits(8, r) + "-0" + (1 + r.nextInt(4));
            case 1 -> "ACP" + digits(7, r);
            case 2 -> "BG " + digits(4, r) + " " + digits(4, r);
            case 3 -> "AXA-" + pick(List.of("JP", "HK", "SG", "FR"), r) + "-" + digits(6, r);
            case 4 -> "MSH" + digits(9, r);
            default -> "GBG" + digits(9, r);
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

    /** A lilong room: 上海市黄浦区蓬莱路123弄45号3楼亭子间, or the room alone (前楼, 灶披间 …), or 3楼. */
    static String lilong(boolean withCity, RandomGenerator r) {
        String[] t = split(pick(LILONG, r));
        String base = (withCity ? "上海市" : "") + t[0] + one(t[1], r) + (10 + r.nextInt(900)) + "弄"
                + (1 + r.nextInt(80)) + "号";
        return switch (r.nextInt(4)) {
            case 0 -> base + (2 + r.nextInt(2)) + "楼" + pick(ROOMS, r);
            case 1 -> base + pick(ROOMS, r);
            case 2 -> base + (1 + r.nextInt(3)) + "楼";
            default -> base;
        };
    }

    /** A Pudong new-town flat: 浦东新区惠南镇听潮路588弄12号1203室, or 翠澜苑12号楼1203室. */
    static String newTown(boolean withCity, RandomGenerator r) {
        String[] t = split(pick(NEW_TOWN, r));
        String base = (withCity ? "上海市" : "") + "浦东新区" + t[0];
        int floor = 2 + r.nextInt(17), door = 1 + r.nextInt(4);
        return r.nextBoolean() ? base + one(t[1], r) + (100 + r.nextInt(1800)) + "弄" + (1 + r.nextInt(40)) + "号"
                + floor + "0" + door + "室"
                : base + one(t[2], r) + (1 + r.nextInt(40)) + "号楼" + floor + "0" + door + "室";
    }

    /** Suzhou and Kunshan: 苏州市姑苏区平江路88号, 苏州工业园区星湖街88号星港湾12幢1203室, 昆山 … 幢 … 单元 … 室. */
    static String jiangsu(boolean withProvince, RandomGenerator r) {
        String[] t = split(pick(JIANGSU, r));
        String base = (withProvince ? "江苏省" : "") + t[0] + one(t[1], r) + (1 + r.nextInt(400)) + "号";
        if (t[2].equals("-")) return base;
        return r.nextBoolean() ? base + one(t[2], r) + (1 + r.nextInt(30)) + "幢" + (1 + r.nextInt(25)) + "0"
                + (1 + r.nextInt(4)) + "室"
                : base + one(t[2], r) + (1 + r.nextInt(30)) + "幢" + (1 + r.nextInt(3)) + "单元" + (1 + r.nextInt(6)) + "0"
                + (1 + r.nextInt(4)) + "室";
    }

    /** A carer's home village: 安徽省阜阳市临泉县老集镇张营村5组, or with the house number. */
    static String carerHome(boolean withProvince, RandomGenerator r) {
        String[] t = split(pick(CARER_HOMES, r));
        String v = (withProvince ? t[0] : "") + t[1] + one(t[2], r) + one(t[3], r) + (1 + r.nextInt(12)) + "组";
        return r.nextBoolean() ? v : v + (1 + r.nextInt(60)) + "号";
    }

    /** A foreigner's Shanghai address: 长宁区黄金城道600弄3号1502室, 浦东新区碧云路188弄21号. */
    static String expat(boolean withCity, RandomGenerator r) {
        String[] t = split(pick(EXPAT, r));
        String base = (withCity ? "上海市" : "") + t[0] + one(t[1], r) + (10 + r.nextInt(990)) + "弄"
                + (1 + r.nextInt(60)) + "号";
        return r.nextBoolean() ? base : base + (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(4)) + "室";
    }

    /**
     * An address: a lilong room, a Pudong flat, Suzhou or Kunshan, a carer's home village or a foreigner's flat;
     * {@code partial} may stop at the 弄, the road, the 镇 or the 村.
     */
    static String address(boolean withCity, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(3) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> {
                    String[] t = split(pick(LILONG, r));
                    yield t[0] + one(t[1], r) + (r.nextBoolean() ? (10 + r.nextInt(900)) + "弄" : "");
                }
                case 1 -> "浦东新区" + split(pick(NEW_TOWN, r))[0];
                case 2 -> {
                    String[] t = split(pick(JIANGSU, r));
                    yield t[0] + one(t[1], r);
                }
                default -> {
                    String[] t = split(pick(CARER_HOMES, r));
                    yield t[1] + one(t[2], r) + one(t[3], r);
                }
            };
        }
        return switch (r.nextInt(9)) {
            case 0, 1 -> lilong(withCity, r);
            case 2, 3 -> newTown(withCity, r);
            case 4, 5 -> jiangsu(withCity, r);
            case 6 -> carerHome(withCity, r);
            default -> expat(withCity, r);
        };
    }

    /** An address abroad in the country's own form. */
    static String foreignAddress(String nation, RandomGenerator r) {
        int n = 1 + r.nextInt(40), flat = 1 + r.nextInt(120);
        return switch (nation) {
            case "JPN" -> "〒" + pick(List.of("150-0001", "530-0001", "460-0008", "812-0011"), r) + " "
                    + pick(List.of("東京都渋谷区神宮前", "大阪府大阪市北区梅田", "愛知県名古屋市中区栄", "福岡県福岡市博多区博多駅前"), r)
                    + (r.nextBoolean() ? (1 + r.nextInt(6)) + "丁目" + n + "-" + (1 + r.nextInt(20))
                    : (1 + r.nextInt(6)) + "-" + n + "-" + (1 + r.nextInt(20)) + " " + (1 + r.nextInt(12)) + "0"
                    + (1 + r.nextInt(9)) + "号室");
            case "KOR" -> pick(List.of("서울특별시 강남구 역삼동", "서울특별시 마포구 서교동", "부산광역시 해운대구 우동"), r) + " "
                    + (100 + r.nextInt(900)) + "-" + n + " " + (101 + r.nextInt(9)) + "동 " + (1 + r.nextInt(25)) + "0"
                    + (1 + r.nextInt(4)) + "호";
            case "RUS" -> pick(List.of("г. Москва, ул. Тверская", "г. Санкт-Петербург, ул. Марата",
                    "г. Новосибирск, ул. Ленина"), r) + ", д. " + n + ", кв. " + flat;
            case "KAZ" -> pick(List.of("г. Алматы, ул. Абая", "г. Астана, пр. Республики"), r) + ", д. " + n + ", кв. "
                    + flat;
            case "ARE" -> "Villa " + n + ", Street " + (1 + r.nextInt(30)) + ", "
                    + pick(List.of("Al Barsha 2, Dubai", "Jumeirah 1, Dubai", "Al Mushrif, Abu Dhabi"), r);
            case "THA" -> (10 + r.nextInt(200)) + "/" + (1 + r.nextInt(30)) + " "
                    + pick(List.of("ซอยสุขุมวิท 39 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110",
                    "ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200"), r);
            case "IND" -> "Flat " + (1 + r.nextInt(12)) + "0" + (1 + r.nextInt(4)) + ", "
                    + pick(List.of("Sai Krupa Apartments, Andheri West, Mumbai 400053",
                    "Lakshmi Residency, Adyar, Chennai 600020"), r);
            case "VNM" -> "Số " + n + " ngõ " + (2 + r.nextInt(200)) + " "
                    + pick(List.of("phố Huế, Hai Bà Trưng, Hà Nội", "đường Lê Lợi, Quận 1, TP. Hồ Chí Minh"), r);
            case "ESP" -> pick(List.of("Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución"), r) + " " + n + ", "
                    + (1 + r.nextInt(8)) + "º " + "ABCD".charAt(r.nextInt(4)) + ", "
                    + pick(List.of("28009 Madrid", "41004 Sevilla"), r);
            case "PRT" -> pick(List.of("Rua Augusta", "Avenida da Liberdade"), r) + " " + n + ", " + (1 + r.nextInt(6))
                    + ".º Esq., " + pick(List.of("1100-053 Lisboa", "1250-096 Lisboa"), r);
            default -> pick(List.of("Lindenstraße", "Müllerstraße", "Hauptstraße"), r) + " " + n + ", "
                    + pick(List.of("80331 München", "13353 Berlin", "60311 Frankfurt am Main"), r);
        };
    }

    /**
     * A date of birth, 1925 to 2004: 1942年3月5日, 1942-03-05, 1942.3.5, 1942/3/5, 一九四二年三月五日, and the lunar
     * 四二年三月初五 the elderly give.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(80), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> "" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + LUNAR_MONTHS.get(m - 1)
                    + "月" + lunarDay(d);
        };
    }

    /** 初一 … 初十, 十一 … 二十, 廿一 … 廿八. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + (d == 10 ? "十" : IdentifierForms.chineseNumber(d));
        if (d < 20) return IdentifierForms.chineseNumber(d);
        if (d == 20) return "二十";
        return "廿" + IdentifierForms.chineseNumber(d - 20);
    }

    /** A Japanese birth date by era: 昭和55年3月12日, 平成2年11月5日, 令和3年4月1日, S55.3.12, H2.11.5, R3.4.1. */
    static String japaneseBirthDate(RandomGenerator r) {
        int k = r.nextInt(10);
        int y = k < 6 ? 1930 + r.nextInt(59) : k < 9 ? 1990 + r.nextInt(29) : 2020 + r.nextInt(5);
        int m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String era = y < 1989 ? "昭和" : y < 2019 ? "平成" : "令和";
        int year = y < 1989 ? y - 1925 : y < 2019 ? y - 1988 : y - 2018;
        String letter = y < 1989 ? "S" : y < 2019 ? "H" : "R";
        return r.nextInt(3) > 0 ? era + year + "年" + m + "月" + d + "日" : letter + year + "." + m + "." + d;
    }

    /** A Korean birth date: 1985년 3월 12일 or 1985.03.12. */
    static String koreanBirthDate(RandomGenerator r) {
        int y = 1945 + r.nextInt(60), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return r.nextBoolean() ? y + "년 " + m + "월 " + d + "일" : String.format("%d.%02d.%02d", y, m, d);
    }

    /** As foreign forms write it: ISO 1985-03-12, 12.03.1985, 03/12/1985, 12 Mar 1985. */
    static String foreignBirthDate(RandomGenerator r) {
        int y = 1940 + r.nextInt(66), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%d-%02d-%02d", y, m, d);
            case 1 -> String.format("%02d.%02d.%d", d, m, y);
            case 2 -> String.format("%02d/%02d/%d", m, d, y);
            default -> String.format("%02d %s %d", d, MONTHS.get(m - 1), y);
        };
    }

    /** A date of birth as exports write it: 19850312. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1925 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** The foreign-person slots: a group (JP, KR …) or M, then a form (none, L, C, A, S, LS), or F or M after a group. */
    private static boolean fillForeign(String slot, String[] people, RandomGenerator r,
                                       ClinicalTextGenerator.LabelWriter out) {
        String[] person = null;
        String form = null;
        if (slot.startsWith("M") && FORMS.containsKey(slot.substring(1))) {
            person = entryOf(people[3]);
            form = slot.substring(1);
        } else if (slot.length() >= 2 && GROUPS.contains(slot.substring(0, 2))) {
            person = groupPerson(slot.substring(0, 2), people[3]);
            form = slot.substring(2);
        }
        if (person == null) return false;
        switch (form) {
            case "F" -> out.write(foreignAddress(person[6], r), EntityKind.ADDRESS);
            case "M" -> out.write(phoneOf(person[6], r), EntityKind.PHONE);
            default -> {
                if (!FORMS.containsKey(form)) return false;
                out.write(person[FORMS.get(form)], EntityKind.NAME);
            }
        }
        return true;
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "CW" -> out.write(carerName(random), EntityKind.NAME);
            case "CS" -> out.write(surnameOf(carerName(random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "XN" -> out.write(minorityName(random), EntityKind.NAME);
            case "XL" -> out.write(pick(FOREIGN, random).split("\\|")[1], EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "PR" -> out.write(random.nextInt(3) > 0 ? residenceCardNew(entryOf(people[3])[6], random)
                    : residenceCardOld(entryOf(people[3])[6], random), EntityKind.ID_NUMBER);
            case "PRN" -> out.write(residenceCardNew(entryOf(people[3])[6], random), EntityKind.ID_NUMBER);
            case "PRO" -> out.write(residenceCardOld(entryOf(people[3])[6], random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MF" -> out.write(foreignMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IF" -> out.write(foreignPolicy(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AL" -> out.write(lilong(random.nextInt(3) == 0, random), EntityKind.ADDRESS);
            case "AP" -> out.write(newTown(random.nextInt(3) == 0, random), EntityKind.ADDRESS);
            case "AF" -> out.write(foreignAddress(entryOf(people[3])[6], random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DJ" -> out.write(japaneseBirthDate(random), EntityKind.BIRTH_DATE);
            case "DK" -> out.write(koreanBirthDate(random), EntityKind.BIRTH_DATE);
            case "DE" -> out.write(foreignBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return fillForeign(slot, people, random, out);
            }
        }
        return true;
    }
}

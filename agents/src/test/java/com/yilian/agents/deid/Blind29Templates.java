package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.scannedName;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Twenty-ninth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_29}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the Tibetan plateau, led by the fictional
 * 岗日塘市人民医院 (Gangrithang People's Hospital) in the fictional plateau city of 岗日塘 (Gangrithang, Qinghai), with
 * the fictional 拉曲县人民医院 (Lachu County), 觉隆县人民医院, 拉曲县妇幼保健院, the township health centres 热嘎乡卫生院
 * (Ragha) and 达孜塘乡卫生院 (Dagzetang) and their village clinics, the 岗日塘市藏医院 (Tibetan-medicine hospital), the
 * clinic of the fictional 觉吾岗寺 (Jowogang monastery) and the nunneries, the nomad settlement points (牧民定居点) and
 * herders' committees (牧委会), the 岗日塘市疾控中心 and its plague-surveillance points, and city estates; patients
 * and carers also come from Lhasa, Shigatse and Nagqu in Tibet, Xining, Haidong (its Hui, Salar, Tu and Han
 * villages), Yushu and Golog in Qinghai, Garzê and Ngawa in Sichuan and Gannan in Gansu, and are referred to Xining,
 * Lhasa and Chengdu. The people: Tibetan herders and farmers, caterpillar-fungus (虫草) pickers, monks (阿克), nuns
 * (觉姆) and a living Buddha, Tibetan-medicine doctors (曼巴), village doctors, interpreters (Tibetan–Chinese), Hui,
 * Salar and Tu villagers of Haidong, Han road workers (道班) and truck drivers, Mongol herders, tourists, climbers,
 * volunteers and researchers. The topics: high-altitude illness (HAPE, HACE, AMS), chronic mountain sickness and
 * polycythaemia, hydatid disease, tuberculosis, brucellosis, plague surveillance (marmots), Kashin-Beck disease,
 * maternal health and home births in tents, vaccination and rabies, snow blindness and frostbite, road and
 * horse-racing injuries, family-doctor contracts, Tibetan medicine, referrals, discharge summaries, nursing handovers,
 * dictations, interpreters, voice notes in Amdo- and Kham-flavoured Chinese (阿门个, 尕娃) and in Tibetan, WeChat
 * messages, SMS (also in Tibetan), OCR'd forms with stray blanks and line breaks, CSV, markdown, pipe and tab tables,
 * JSON exports, HL7-like segments and e-mails; about a seventh in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind28Templates}. Every person's name is PHI:
 * patients, relatives, monks, nuns and the living Buddha, caretakers, crew leaders, village cadres, interpreters,
 * village doctors, Tibetan-medicine doctors, nurses and doctors, in Chinese, Tibetan script, Wylie or common Latin
 * spelling, also straight after a role word, at the start of table rows, in lists, in table cells, JSON values and
 * HL7 fields. A Chinese surname in a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}):
 * 老X, 小X, 护士长X, 院长X, X师傅, X大夫, X主任, X医生, X书记. A Chinese given name used alone ({@code PG}) labels the
 * given name; a one-character given name is never used alone. Tibetan names have no surname: a Tibetan name is
 * usually two parts (扎西伦珠, 才让加措, 泽仁拉姆), sometimes one (卓玛) or a part and a syllable (卓玛措, 多杰加), rarely
 * with a house or place name before a dot (德康·格桑旺堆); the name is labelled whole, in any script. A Tibetan name
 * used alone by its first part ({@code TG}: 次仁 of 次仁曲宗, 格桑 of 德康·格桑旺堆) is a name and labels that part;
 * before or after a form of address or a monastic title it labels the name only, never the word: 阿佳X (elder
 * sister), 阿妈X, 阿爸X, 曼巴X and X曼巴 (doctor), 阿克X (monk, Amdo), 觉姆X (nun), X啦 (respect), X喇嘛, X活佛, and in
 * Tibetan script X་ལགས. Kin words and titles alone (阿妈, 阿爸, 阿佳, 曼巴, 阿克, 喇嘛, 活佛, 觉姆, 佛爷, 尕娃) are not
 * names and are never labelled. Names that are also words are labelled when they name a person: 卓玛 (Tara), 尼玛
 * (sun, Sunday), 达瓦 (moon, Monday), 边巴 (Saturday), the word-like Chinese names {@link #WORD_LIKE}; a day of the
 * week written as a day (星期六, Monday, གཟའ་ཕུར་བུ) and the greetings 扎西德勒, Tashi delek, བཀྲ་ཤིས་བདེ་ལེགས are not
 * names. A child known as a parent's child (X之子, X之女, X的尕娃) labels the parent. A nickname ({@code PK}: 老青海,
 * 虫草哥 …) is a name. An OCR'd Chinese name ({@code PO}) broken by a line break, a single blank after the surname, a
 * blank between every character or an ideographic blank between every character, and an OCR'd Tibetan name
 * ({@code TO}) broken between its parts (or after the dot) by a line break, a blank or an ideographic blank, or with a
 * blank between every character, is one span, the break inside it. Tibetan names in Tibetan script ({@code TT}:
 * བཀྲ་ཤིས་ལྷུན་གྲུབ; a following tsheg is not part of the name), in Wylie ({@code TW}: bkra shis lhun grub) and in common
 * Latin spelling ({@code TL}: Tashi Lhundrub, TASHI LHUNDRUB) are labelled whole.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Tibet 54 (Lhasa 5401, Shigatse 5402 and the old 5423, Nagqu 5406 and the old 5424), Qinghai 63 (Xining 6301, Haidong
 * 6302 and the old 6321, Golog 6326, Yushu 6327), Garzê 5133, Ngawa 5132 and Gannan 6230; plain, lower-case x, 6-8-4 by
 * blanks or by hyphens; 15-digit numbers with a valid birth date, only on codes that existed before 1999), mobiles
 * ({@code M}: plain, 139 1234 5678, 139-1234-5678, +86 139 1234 5678, (+86)13912345678; {@code MV}: spoken in voice
 * notes with 幺 or 一 for the one; {@code MT}: in Tibetan digits, ༡༣༩༠༢༣༤༥༦༧༨ or grouped 3-4-4), landlines
 * ({@code L}: seven-digit numbers on 0891 Lhasa, 0892 Shigatse, 0896 Nagqu, 0971 Xining, 0976 Yushu, 0975 Golog, 0836
 * Garzê, 0837 Ngawa and 0941 Gannan, as 0891-6812345, (0971)6123456, 0976 881 2345, with an extension after 转, +86 891
 * 6812345), addresses ({@code A}, {@code A0}: city streets with an estate and 号楼/单元/室 or the short 5-2-301, monastery
 * quarters (僧舍 with number or row and number), farming villages by 乡/镇, numbered or named 村 and 组 or 社, herders'
 * committees (牧委会) and 社, nomad settlement points, summer and winter pastures; {@code A0} may stop at the street, the
 * 乡, the 村, the settlement point or the monastery; {@code AT}: in Tibetan script or in Latin), record numbers
 * ({@code R}: inpatient GT24031876, outpatient MZ2024031876, Tibetan-medicine hospital ZYY24-03187, 17-digit
 * health-archive numbers on an area code, TB register FJH2024-03876), insurance numbers ({@code I}: QHYB, XZYB, SCYB and
 * GSJM with ten digits), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or by
 * hyphens), dates of birth ({@code DOB}: 1958年6月23日, 1958-06-23, 1958.6.23, 1958/6/23, 一九五八年六月二十三日 and the
 * spoken 五八年六月二十三号; {@code DOBC}: 19580623 in exports; {@code DOBE}: 23 Jun 1958, 23-JUN-1958, June 23, 1958;
 * {@code DOBT}: a Tibetan-calendar birthday, 藏历火马年五月初三日, also with the sixty-year cycle, 藏历第十六饶迥火马年…,
 * which is a date of birth like any other; {@code DOBB}: in Tibetan script, སྤྱི་ལོ་༡༩༥༨ ཟླ་༦ ཚེས་༢༣ in Tibetan or Arabic
 * digits; {@code NB}: a child's, 2014 to 2025). Not labelled: visit, screening and onset dates, days of the week, the
 * Tibetan new year (藏历新年), ages, altitudes, SpO2, haemoglobin, haematocrit and other lab values, Lake Louise scores,
 * agglutination titres, cyst types, specimen, staff, passport and message numbers, vaccine lot numbers, vehicle plates
 * (藏A·3K218, 青A·7D652, 川V·2B719), road and kilometre marks, hotlines, facility names, monastery, mountain and lake
 * names alone, places alone, Tibetan medicines (仁青常觉, 二十五味珍珠丸, 七十味珍珠丸, 佐太, 坐珠达西), dishes (糌粑,
 * 酥油茶, 甜茶, 尕面片 …), kin words, titles and dialect words, greetings, ethnic names (藏族, 撒拉族, 土族 …), and words
 * beginning with one of the pool's surnames (马上, 马背, 高原, 白天, 沙棘, 祁连山, 星期六, 喇嘛 …; all listed in the
 * test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind28Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * Qinghai and Kham patient list would look: the common Han surnames (王, 李, 张, 刘, 陈, 杨, 赵, 周, 吴, 孙, 徐, 胡)
 * dominate, the Hui, Salar and Tu surnames of Haidong (马, 韩, 祁, 鲁, 沙, 白) carry a good share, mid-frequency ones
 * follow, with given names of each generation (the 1950s and 1960s 援藏, 进藏, 建青 and 藏生, the 1980s and 1990s,
 * children of the 2010s and 2020s) and the Islamic names of Hui and Salar families (马法图麦, 韩乙四夫); a minority have
 * surnames of Qinghai and Gansu families no earlier group used ({@link #RARE_SURNAMES}) or are ordinary words
 * ({@link #WORD_LIKE}). The Tibetan pool holds names of Ü-Tsang (Lhasa spellings: 次仁, 多吉, 拉姆), Amdo (才让,
 * 多杰, 拉毛, 尕藏, 万玛) and Kham (泽仁, 四郎, 降初), each with its Tibetan script, Wylie and common Latin form; a few
 * Mongol herders of Qinghai; a pool of English names of tourists, climbers, volunteers and altitude researchers
 * (Swiss, Nepali, Andean, Icelandic, Finnish, Welsh, Cornish, Czech, Basque, Scottish, Mongolian, Japanese,
 * Australian, German, Austrian, Dutch, Chilean, Danish); a nickname pool. Own slots: {@code N}, a further Chinese name
 * drawn afresh at each use; {@code NC}, a child's name from the same pool; {@code NM}, a further minority name (Tibetan
 * or Mongol); {@code MN}, the record's Tibetan patient (from {@link #minorityName}); {@code TB}, a further Tibetan name
 * in Chinese; {@code TG}, the first part of the record's Tibetan patient's name used alone; {@code MO}, a Mongol name;
 * {@code TT}, {@code TW}, {@code TL}, {@code TO}, {@code PS}, {@code FS}, {@code PG}, {@code PO}, {@code PK},
 * {@code MV}, {@code MT}, {@code AT} above; {@code EG}, an English given name alone; {@code DOBC}, {@code DOBE},
 * {@code DOBT}, {@code DOBB}, {@code NB}. Any non-empty subset of {@link #BLIND_29} uses these pools (see
 * {@link #uses}).
 */
final class Blind29Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261230L;

    static final List<String> BLIND_29 = List.of(
            // High-altitude illness and polycythaemia.
            "岗日塘市人民医院 急诊科 高原肺水肿抢救记录\n姓名：{MN}  性别：{SEX}  年龄：{AGE}岁\n出生日期：{DOB}\n身份证号：{ID}\n"
                    + "现住址：{A}\n入院时SpO2 62%，海拔4700米夏季牧场发病\n接诊医师：{DR}\n",
            "高原脑水肿：{TB}，{AGE}岁，挖虫草第9天出现头痛、走路不稳，Lake Louise评分9分；由热嘎乡卫生院转入；住院号{R}；"
                    + "家属{TB}，电话{M}；值班{DS}大夫\n",
            "Acute mountain sickness, trekker\nName: {E}\nDOB: {DOBE}\nTravelled from Xining to 4,650 m in two days; "
                    + "SpO2 74% on room air\nGuide: {TL}\nPhone: {M}\nSeen by Dr {ES}\n",
            "[语音转文字] 曼巴 我们是修路的 工地上的{P}喘不上气 嘴唇发紫 咳粉红色的痰 我们在{A0} 我是{F} 电话{MV}\n",
            "高原病防治培训签到：{N}、{N}、{TB}、{TB}；主讲{DR}；地点：觉隆县人民医院会议室；咨询{L}\n",
            "HAPE case report (consortium registry)\nPatient: {TL}, {AGE} y, herder\nDOB: {DOBC}\n"
                    + "Nifedipine 20 mg, oxygen 4 L/min, descended to 3,200 m\nReporting physician: {E}\nMRN: {R}\n",
            "急进高原游客就诊：{E}，瑞士籍，坐火车到拉萨后第2天头痛呕吐；护照号X39217745；领队{N}，电话{M}；接诊{DS}医生\n",
            "高原红细胞增多症随访：{MN}，{AGE}岁，Hb 236 g/L，HCT 71%，静脉放血400ml；医保号{I}；随访医生{DR}\n",
            "慢性高原病（蒙赫病）筛查登记表\n姓名：{TB}\n出生日期：{DOBT}\n居住海拔：4520米\n血红蛋白：228g/L\n联系电话：{M}\n"
                    + "筛查员：{N}\n",
            "[微信 高原病随访群]\n{DR}：{TG}啦，今天血氧多少？\n{MN}：78，头还有点疼\n{DR}：继续吸氧，星期一来复查，电话{L}\n",
            "高原红细胞增多症放血治疗登记\n{TB} Hb 241g/L 放血300ml {M}\n{P} Hb 225g/L 放血200ml {M}\n"
                    + "{MO} Hb 219g/L 观察 {L}\n登记护士：{N}\n",
            // Hydatid disease.
            "包虫病B超筛查名册（热嘎乡）\n1 {TB} {ID} 阴性\n2 {TB} {ID} 肝CE2\n3 {NM} {ID} 阴性\n登记人：{N}  电话：{L}\n",
            "肝包虫病术后随访：{MN}，{AGE}岁，牧民，家里4只藏獒已驱虫；阿苯达唑{DOSE}；住院号{R}；随访{DR}；家属{TB}，{M}\n",
            "Echinococcosis survey, Lachu County\nHousehold head: {TL}\nBorn: {DOBE}\nUltrasound: CE1, right lobe\n"
                    + "Surveyor: {E}\nInterpreter: {TL} (written {TW} in the field notes)\n",
            "包虫病手术救助申请：{TB}，身份证{ID}，术后自付3.8万元；救助款打入{B}；村委会{FS}书记签字\n",
            "[OCR] 包 虫 病 筛 查 知 情 同 意 书\n受检者 {TO}\n监护人 {TB}\n联系 电话 {M}\n",
            // Tuberculosis.
            "肺结核患者登记：{MN}，{SEX}，{AGE}岁，觉吾岗寺僧人，痰涂片阳性；登记号{R}；督导员{N}；寺院联系人{TB}喇嘛，电话{M}\n",
            "结核病督导服药卡\n患者 {TB}\n已服 异烟肼＋利福平 第{AGE}天\n督导村医 {N}\n村卫生室电话 {L}\n",
            "学校结核病接触者筛查：{NC}，{NB}出生，PPD强阳性；班主任{N}；家长{F}，电话{M}；学校：拉曲县民族中学\n",
            "TB contact tracing, Jowogang monastery\nIndex case: {TL} (MRN {R})\nContacts: {TL}, {TW}\nAddress: {AT}\n"
                    + "Tracer: {E}\n",
            "耐药结核转诊：{P}（大家叫他{PG}），{AGE}岁，货车司机，车牌青A·7D652，GeneXpert利福平耐药；转西宁；身份证{ID}；"
                    + "电话{M}\n",
            "[语音留言] 医生 我是{TB} 我阿爸吃结核药以后眼睛发黄 糌粑也不想吃 我们在{A0} 电话{MV}\n",
            // Brucellosis and plague surveillance.
            "布病个案调查：{MN}，{AGE}岁，接羔季节徒手接生，虎红平板凝集试验阳性，SAT 1:160；住{A}；调查员{N}；家属{TB}，{M}\n",
            "鼠疫监测 旱獭接触史询问登记\n姓名：{TB}\n身份证：{ID}\n住址：{A}\n近期接触：剥食死旱獭1只\nF1抗体：阴性\n调查员：{N}\n",
            "[微信群 岗日塘市疾控中心鼠疫监测群]\n{N}：曲麻日乡发现自毙旱獭2只，已采样，标本号QH2406187\n"
                    + "{DR}：周边封控，{TB}家的人每天测体温\n{N}：好，我电话{M}\n",
            "Plague surveillance alert\nSuspected case: {TL}, herder, born {DOBE}\n"
                    + "Fever, painful inguinal node, skinned a marmot 3 days ago\n"
                    + "Isolated at Lachu County People's Hospital\nContact: {L}\nReported by Dr {E}\n",
            "布病治疗随访：{MN}，多西环素＋利福平第4周，膝关节还疼，接羔时要戴手套；医保号{I}；随访护士小{DS}\n",
            "鼠疫疫情报告卡（演练）\n患者：{TB}\n出生日期：{DOB}\n现住址：{A}\n报告人：{DR}\n报告单位电话：{L}\n",
            // Kashin-Beck disease.
            "大骨节病防治随访：{MN}，{AGE}岁，双膝关节粗大，行走困难；已换吃外地粮、改水；身份证{ID}；随访医生{DR}\n",
            "Kashin-Beck disease cohort, Golog\nID | Name | DOB | X-ray grade\n{R} | {TL} | {DOBC} | II\n"
                    + "{R} | {TL} | {DOBC} | I\nPI: {E}\n",
            "大骨节病患儿名单（达孜塘乡）：{TB}、{TB}、{NC}；学校卫生员{N}；村主任{FS}签字；家长联系{M}\n",
            "[OCR] 大 骨 节 病 病 人 登 记 卡 姓名 {TO} 出生 {DOB} 身份 证 {ID} 住址 {A0}\n",
            // Maternal health and home births.
            "孕产妇保健手册\n孕妇：{MN}  出生日期：{DOB}\n丈夫：{TB}\n住址：{A}\n高危因素：第四胎，Hb 92g/L\n建册医生：{N}\n",
            "家中分娩补报：产妇{TB}在牧场帐篷里分娩，新生儿女，{NB}出生；接生人{TB}（婆婆）；村医{N}到场；"
                    + "卫生院院长{DS}要求补登；丈夫电话{M}\n",
            "高危孕妇转诊：{MN}，孕33周，子痫前期；由热嘎乡卫生院转岗日塘市人民医院；翻译{TB}；丈夫电话{M}；转诊医生{DR}\n",
            "新生儿访视：{TB}之女，{NB}出生，体重2900g，脐带已脱落；访视村医{N}；住{A0}\n",
            "[语音转文字] 阿佳{TG}生了 在家里生的 血流得多 人没力气了 我们在{A0} 快来 我电话{MV}\n",
            "Home birth follow-up (NGO midwife)\nMother: {TL}\nDOB: {DOBE}\nBaby born {NB} in a tent at 4,300 m, 3.1 kg\n"
                    + "Midwife: {E}\nVillage doctor: {TL}, {M}\n",
            "孕产妇死亡评审原始记录：{TB}，{AGE}岁，身份证{ID}，产后出血，路远未及时转运；评审专家{DR}、{N}\n",
            "住院分娩补助发放：{MN}，补助款打入{B}；经办人{N}；联系{L}\n",
            "出生医学证明补办：新生儿{NC}，{NB}在帐篷里出生；母亲{P}，身份证{ID}；父亲{F}；联系电话{M}\n",
            // Vaccination and rabies.
            "预防接种：{TB}之子，{NB}出生，今日接种麻腮风疫苗，批号202405C031；留观30分钟；接种员{N}；家长手机{M}\n",
            "牧区儿童补种：{NC}（{F}之子），{NB}出生，随家人转场漏种乙肝疫苗第3针；接种员{N}；联系{M}\n",
            "疫苗接种异常反应报告：{TB}的尕娃，{NB}出生，接种百白破后高热；批号202309B112；家长电话{M}；报告人{DR}\n",
            "狂犬病暴露处置登记\n{TB}  {AGE}岁  III级暴露（藏獒咬伤小腿）\n第1针 {D}\n批号 202406R007\n接种员 {N}  联系 {M}\n",
            "Rabies PEP card\nName: {TL}\nDOB: {DOBC}\nBitten by a stray dog near Jowogang monastery\n"
                    + "Doses: day 0, 3, 7, 14\nNurse: {EG}\n",
            // Snow blindness and frostbite.
            "雪盲：{TB}，{AGE}岁，翻垭口时没戴墨镜，双眼畏光流泪；予眼膏，嘱戴护目镜；接诊{DS}医生；电话{M}\n",
            "冻伤：{MN}，{AGE}岁，大雪夜找走失的牦牛，双足II度冻伤；住院号{R}；家属{TB}，{M}；经治{DR}\n",
            "Frostbite, two climbers\n{E} and {E2}, descending from 6,100 m; grade 3 frostbite of the fingers\n"
                    + "Evacuated by a jeep driven by {TL}\nHospital number: {R}\nCall: {L}\n",
            "[语音留言] {DS}大夫 我是{TB} 我们家老阿爸在雪地里冻了一晚上 脚黑了 在{A0} 我电话{MV}\n",
            // Road, horse-racing and dog-bite injuries.
            "交通事故：{P}，{AGE}岁，国道214线翻车，车牌藏A·3K218，多发肋骨骨折；身份证{ID}；家属{F}，{M}；接诊{DR}\n",
            "赛马节坠马：{MN}，{AGE}岁，从马背摔下致锁骨骨折；住院号{R}；家属{TB}，电话{M}；骨科{DS}大夫\n",
            "道班工人工伤：{P}（工友叫他{PK}），{AGE}岁，落石砸伤右足；工伤保险{I}；班长{FS}师傅陪同；接诊{DR}\n",
            "Horse-riding injury, festival visitor\nName: {E}\nDOB: {DOBE}\n"
                    + "Fell from a horse at the Yushu horse-racing festival; wrist fracture\nInterpreter: {TL}\n"
                    + "Insurance claim contact: {M}\n",
            "犬伤门诊登记\n{TB} 右小腿 III级 {M}\n{P} 左手 II级 {M}\n{NM} 臀部 III级 {L}\n登记：{N}\n",
            "[语音转文字] 喂 我是开大车的{PK} {PS}师傅在{A0}那里翻到沟里了 腿压住了 我电话{MV}\n",
            // Family doctors and chronic disease.
            "家庭医生签约服务协议\n乙方：{MN}  身份证号：{ID}\n住址：{A}\n联系电话：{M}\n服务包：高血压＋慢性高原病\n"
                    + "团队长：{DR}  签约日期：{D}\n",
            "高血压随访：阿爸{TG}，{AGE}岁，血压{BP}，酥油茶里盐放得多；儿子电话{M}；随访{N}\n",
            "慢病随访记录：阿妈{TG}（{MN}），{AGE}岁，高血压合并高原性心脏病；{LAB}；家属{TB}，电话{M}；随访医生{DR}\n",
            "家庭医生上门：{PS}师傅（{P}），{AGE}岁，老道班工人，脑梗后卧床；女儿{F}在西宁上班，电话{M}；签约医生{DR}\n",
            "[微信群 达孜塘乡家庭医生群]\n{TB}：{DS}大夫，我阿妈今天血压{BP}\n{DR}：药吃了没有？下午去你家\n{TB}：吃了，电话{M}\n",
            "签约居民名册（班彦村）\n1 {P} {ID} 高血压\n2 {N} {ID} 糖尿病\n3 {TB} {ID} 残疾人\n团队医生：{DR}  电话：{L}\n",
            "土族老人居家随访：{P}，{AGE}岁，互助县人，慢阻肺，冬天烧牛粪取暖；医保号{I}；家属{F}，{L}\n",
            // Tibetan medicine, the monastery and the nunnery.
            "岗日塘市藏医院 门诊病历\n姓名：{MN}  性别：{SEX}\n出生日期：{DOBT}\n藏医诊断：隆病\n处方：二十五味珍珠丸、仁青常觉\n"
                    + "藏医师：{TB}\n",
            "藏药浴登记：{MN}，风湿性关节炎，药浴第5天；医保号{I}；主治曼巴{TB}；陪护家属{TB}\n",
            "[微信 藏医院门诊]\n{TB}：曼巴{TG}，我的七十味珍珠丸吃完了\n{MN}：明天来开，带上医保卡\n{TB}：好的，我电话{M}\n",
            "觉吾岗寺诊所 僧尼健康档案\n法名：{TB}\n俗名：{TB}\n出生日期：{DOB}\n住址：{A}\n既往：肺结核已治愈\n"
                    + "寺管会联系人：{N}\n",
            "活佛随访：{TB}活佛，{AGE}岁，高血压、痛风；寺院管家{TB}，电话{M}；主诊医生{DR}\n",
            "尼姑寺巡诊：觉姆{TB}，{AGE}岁，贫血，Hb 86g/L；觉姆{TB}，甲状腺肿大；巡诊医生{DR}；寺院电话{L}\n",
            "僧人住院：阿克{TG}（{MN}），{AGE}岁，胃痛三个月，胃镜示十二指肠溃疡；住院号{R}；陪同阿克{TB}；经治{DS}医生\n",
            "གངས་རི་ཐང་བོད་སྨན་ཁང་། ནད་པའི་ཐོ།\nམིང་། {TT}\nསྐྱེས་ཚེས། {DOBB}\nསྡོད་གནས། {AT}\nཁ་པར། {MT}\n"
                    + "སྨན་པ། {TT}\n",
            // Referrals, discharge summaries, handovers, interpreters.
            "双向转诊单（上转）\n患者 {MN}，{AGE}岁，病案号 {R}\n由 拉曲县人民医院 转 岗日塘市人民医院 心内科\n理由：急性心梗\n"
                    + "翻译 {TB}；接收医师 {DR}；联系 {L}\n",
            "转诊至成都：{TB}，{AGE}岁，先心病患儿，华西医院心外科已同意接收；父亲{TB}，身份证{ID}；陪同翻译{N}；联系{M}\n",
            "出院小结（肝胆外科）\n患者：{MN}  住院号：{R}\n出院诊断：肝囊型包虫病CE3b，术后\n出院带药：阿苯达唑{DOSE}\n"
                    + "复诊：{D}\n经治医师：{DR}\n",
            "护理交班：3床{TB}，高原肺水肿第2天，SpO2 86%；5床{P}，车祸术后；7床{TB}，冻伤；值班{N}，接班{N}\n",
            "问诊经翻译：患者{MN}只会说安多藏语，由村医{TB}翻译；主诉{SYM}{DUR}；{DS}医生开检查单\n",
            "[口述录音整理] 这个是{DR}口述 病人{TB} {AGE}岁 挖虫草的 {SYM}{DUR} 病史由他女儿{TB}提供 翻译{N} 完\n",
            "DISCHARGE SUMMARY - Gangrithang People's Hospital\nName: {TL}   MRN: {R}   DOB: {DOBE}\n"
                    + "Dx: high-altitude pulmonary oedema, resolved\nAdvice: no re-ascent above 3,500 m for two weeks\n"
                    + "Signed: Dr {E}; escort {TL}\n",
            "出院小结\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n住院号：{R}\n诊断：高原性心脏病\n出院医嘱：低流量吸氧，避免重体力劳动\n"
                    + "医师：{DR}\n",
            "护理交班：2床{MO}，肺炎；4床{TB}，骨折；6床{NM}，布病；值班护士{N}，护士长{DS}查房；窗台上摆着格桑花\n",
            "Interpreter log\nPatient: {TL}\nInterpreter (Tibetan-Chinese): {TL}\nDoctor: {DR}\nPhone: {M}\n",
            // Voice notes.
            "[语音转文字] 医生你好 我是{TB} 我阿妈的降压药吃完了 医保卡号是{I} 明天过来拿 扎西德勒\n",
            "[语音留言] {DS}大夫 我是热嘎乡的{TG} 我家尕娃从马上摔下来了 胳膊肿了 我们在{A0} 电话{MV}\n",
            "[语音转文字] 阿克 我是{F} {PG}在山上挖虫草的时候晕倒了 现在在{A0} 快来 我电话{MV}\n",
            "[语音留言] 曼巴啦 我是{TB} 我的出生日期应该是{DOB} 体检表上写错了 帮忙改一下 电话{MV}\n",
            "[语音转文字] 我叫{TB} 牧民定居点的 我老婆生娃三天了 一直发烧 我们在{A0} 电话{MV}\n",
            "[语音留言] 我是{PK} 道班的 {PS}师傅头疼得厉害 吐了两回 我们在{A0} 电话{M}\n",
            "[语音转文字] 阿门个办呢 医生 我们家{P}喝了青稞酒从摩托上摔下来了 头上流血 我们在{A} 我是{F} 电话{MV}\n",
            "[语音留言] {TG}啦 我是卫生院的{N} 你的包虫病复查结果出来了 星期一来拿 我电话{L}\n",
            "[语音转文字] 医生 我们是来旅游的 我朋友{E}头疼得厉害 嘴唇发紫 我们住在{A0} 我电话{M}\n",
            "[语音留言] 我是{TB} 我阿爸要去西宁做白内障手术 他的身份证{ID} 住{A}\n",
            "[语音转文字] 喂 {DS}大夫 我是{P} 我阿妈的出生日期是{DOB} 您帮忙改一下 {PG}他舅说写错了\n",
            "[语音留言] 阿佳{TG} 我是村医{N} 你家娃娃的疫苗星期六打 记得带接种本 我电话{MV}\n",
            "[语音转文字] བཀྲ་ཤིས་བདེ་ལེགས། ང་{TT}་ཡིན། ཨ་མ་ན་གི་འདུག ང་ཚོ་{AT}ལ་ཡོད། ཁ་པར་{MT}\n",
            "[语音留言] 扎西德勒 医生 我是{TB} 我阿爸在{A0} 高原病又犯了 喘得很 电话{MV}\n",
            "[语音转文字] 老{PS} 我是{F} 你的化验单出来了 血红蛋白226 要放血 星期三来 电话{MV}\n",
            // WeChat.
            "[微信群 热嘎乡包虫病筛查群]\n{N}：明天去4村，{TB}、{TB}家没来筛查\n{DR}：带上B超机\n{TB}：我在村委会等，电话{M}\n",
            "[微信 聊天记录]\n{F}：医生，我家老爷子{P}发烧，关节疼\n{DR}：家里养羊吗？可能是布病，先来抽血\n"
                    + "{F}：养了三十只，他电话{M}\n",
            "[微信群 虫草季临时医疗点]\n{N}：今天山上下来三个高反的，{TB}、{TB}、{PK}\n{DR}：血氧低于80的送县医院\n"
                    + "{N}：好，我电话{M}\n",
            "[微信 翻译群] {N}：{TB}的B超结果出来了，CE1型，麻烦翻给她听；她女儿{TB}说明天来\n",
            "[微信 家庭医生]\n{F}：老{PS}今天又没吃药\n{DR}：阿佳{TG}那边也要去看，我下午一起去\n{F}：好，我电话{M}\n",
            // OCR'd forms.
            "[OCR] 高 原 病 诊 断 证 明 书\n姓 名 {PO}\n出生 日期 {DOB}\n身份 证号 {ID}\n",
            "[OCR] 孕 产 妇 保 健 手 册 孕妇 {TO} 孕周 30 医保 {I} 现住 {A}\n",
            "[OCR] 双 向 转 诊 单 患者 {PO} 转出 觉隆县人民医院 接收医生 {DR} 电话 {L}\n",
            "[OCR] 结 核 病 登 记 卡\n病 人 {TO}\n证件 {ID}\n登记号 {R}\n",
            "[OCR] 家 庭 医 生 签 约 服 务 协 议 乙方 {PO} 手机 {M} 住址 {A0} 团队 达孜塘乡卫生院\n",
            "[OCR] 出 生 医 学 证 明\n新生儿 {NC}\n出生 时间 {NB}\n出生 地点 家中\n母亲 {PO}\n父亲 {F}\n",
            "[OCR] 布 病 个 案 卡 姓名 {TO} 出生 {DOB} 电话 {M}\n",
            // Tables.
            "| 床号 | 姓名 | 住院号 | 诊断 | 责任护士 |\n|---|---|---|---|---|\n| 3 | {TB} | {R} | 高原肺水肿 | {N} |\n"
                    + "| 5 | {TB} | {R} | 冻伤 | {N} |\n",
            "姓名|身份证|医保号|紧急联系人|关系\n{P}|{ID}|{I}|{F}|{KIN}\n{TB}|{ID}|{I}|{TB}|儿子\n",
            "name\tcountry\tborn\tphone\n{E}\tSwitzerland\t{DOBE}\t{M}\n{E2}\tNepal\t{DOBE}\t{M}\n{TL}\tguide\t{DOBC}\t{M}\n",
            "工号\t姓名\t岗位\t工资卡\nGRT0417\t{P}\t道班工\t{B}\nGRT0522\t{N}\t司机\t{B}\n",
            "病历号,藏文姓名,中文姓名,出生日期\n{R},{TT},{TB},{DOBC}\n{R},{TT},{TB},{DOBC}\n",
            "序号,户主,出生年月,手机号码,家庭住址\n1,{TB},{DOB},{M},{A}\n2,{P},{DOB},{L},{A0}\n",
            "| 车牌 | 司机 | 电话 | 事由 | 处置 |\n|---|---|---|---|---|\n| 青A·7D652 | {P} | {M} | 高反 | 吸氧 |\n"
                    + "| 川V·2B719 | {TB} | {M} | 擦伤 | 包扎 |\n",
            "姓名,民族,出生日期,住址\n{P},撒拉族,{DOB},{A}\n{N},土族,{DOB},{A0}\n{MO},蒙古族,{DOB},{A}\n{TB},藏族,{DOB},{A0}\n",
            "Name,Script,DOB,Phone\n{TL},Latin,{DOBC},{M}\n{TW},Wylie,{DOBC},{M}\n{TT},Tibetan,{DOBC},{M}\n",
            "虫草采挖人员花名册\n{TB}、{TB}、{N}、{TB}\n带队：{F}  电话：{M}\n营地：{A0}\n",
            // JSON exports.
            "{\"姓名\":\"{TB}\",\"藏文姓名\":\"{TT}\",\"证件号\":\"{ID}\",\"联系电话\":\"{M}\",\"档案号\":\"{R}\","
                    + "\"包虫病筛查\":\"阴性\"}\n",
            "{\"name\":\"{TL}\",\"name_wylie\":\"{TW}\",\"dob\":\"{DOBC}\",\"dob_bo\":\"{DOBB}\",\"phone\":\"{M}\","
                    + "\"address\":\"{AT}\"}\n",
            "{\"牧民\":\"{MN}\",\"藏历生日\":\"{DOBT}\",\"手机\":\"{M}\",\"定居点\":\"{A0}\",\"银行卡\":\"{B}\"}\n",
            "{\"道班工\":\"{P}\",\"身份证号\":\"{ID}\",\"工伤保险号\":\"{I}\",\"工资卡\":\"{B}\",\"路段\":\"G214线K412\"}\n",
            "{\"产妇\":\"{TB}\",\"丈夫\":{\"姓名\":\"{TB}\",\"电话\":\"{M}\"},\"新生儿出生\":\"{NB}\",\"住院号\":\"{R}\","
                    + "\"分娩地点\":\"帐篷\"}\n",
            // HL7-like segments.
            "MSH|^~\\&|GRTLIS|GRTRMYY|||20240612101500||ORU^R01|MSG24612|P|2.4\n"
                    + "PID|1||{R}^^^GRTRMYY^MR||{TL}||{DOBC}|{SEX}|||{AT}||{M}\nOBX|1|NM|HGB^Hemoglobin||231|g/L\n"
                    + "NK1|1|{TW}|{KIN}||{M}\n",
            "PID|1||{R}||{TL}||{DOBC}|F|||{A}||{M}\n",
            "PID|1||{R}^^^LQXRMYY^MR||{TL}||{DOBC}|M|||{A}^^^^^CHN||{L}|||||{ID}\nIN1|1|JBYB|{I}\n",
            "PV1|1|I|HYBK^12||||{DR}\nPID|1||{R}||{TB}||{DOBC}|F\n",
            // SMS.
            "【岗日塘市人民医院】{TB}您好，您{D}的高原病复查已预约，住院号{R}，咨询请拨{L}。\n",
            "【达孜塘乡卫生院】{TG}啦您好，您的高血压随访时间为{D}，请带医保卡{I}。\n",
            "【拉曲县医疗保障局】{TB}，您的包虫病手术救助金已核定，将转入账户{B}。咨询热线12345。\n",
            "【岗日塘市藏医院】{PS}师傅您好，您预约的藏药浴在星期六上午，请带好医保卡，电话{L}。\n",
            "【Gangrithang People's Hospital】Dear {E}, your follow-up chest X-ray is booked. MRN {R}. Tel {L}.\n",
            "【གངས་རི་ཐང་སྨན་ཁང་】{TT}་ལགས། ཁྱེད་ཀྱི་ཞིབ་བཤེར་གྲུབ་འབྲས་ཐོན་སོང་། གཟའ་ཕུར་བུ་ཉིན་སྨན་ཁང་ལ་ཡོང་རོགས། "
                    + "ཁ་པར། {L}\n",
            "【拉曲县妇幼保健院】{P}您好，您孩子{NC}（{NB}出生）的第2剂乙肝疫苗接种时间为{D}。\n",
            "【岗日塘市疾控中心】{TB}，您的鼠疫密切接触者医学观察已解除。标本号QH2406187。如发热请拨{L}。\n",
            "【觉隆县人民医院】{TB}您好，您的家属{TB}已转入ICU，请尽快联系{DS}主任，电话{L}。\n",
            // E-mails.
            "主题：包虫病手术患者{MN}情况\n收件人：{N}（省包虫病防治中心）\n正文：{N}您好，患者{TG}（身份证{ID}）于{D}"
                    + "行肝包虫切除术，住院号{R}。主治医师{DR}，电话{L}\n",
            "Subject: Kashin-Beck follow-up data\nDear Dr {ES},\nAttached are the knee X-rays for {TL} (born {DOBE}) "
                    + "and {TL}. Village contact: {TW}, {M}.\nBest, {EG}\n",
            "Subject: HAPE patient from the caterpillar-fungus camp\nDear {EG},\n{TL} (DOB {DOBE}) is on nifedipine and "
                    + "oxygen, MRN {R}. His brother {TL} can be reached on {M}.\nDr {E}\n",
            "主题：道班工人工伤住院费用\n正文：公路段{N}同意为{P}垫付住院费，病案号{R}，付款账户{B}；家属{F}已电话告知（{M}）\n",
            "Subject: Volunteer doctors for the nomad clinic\nDear Dr {ES},\n{E} and {E2} arrive on Monday {D} to join "
                    + "the hydatid screening in Ragha. Their driver {TL} is on {M}.\nTashi delek,\n{EG}\n",
            "主题：寺院僧人体检名单\n{F}您好：觉吾岗寺{TB}（{DOB}生）、{TB}的体检报告已出，医保号{I}。岗日塘市人民医院{N}\n",
            // Diet, medicines and everyday words.
            "出院饮食指导：{TB}，高血压，酥油茶少放盐，糌粑、牦牛肉适量，少喝青稞酒；可以吃尕面片、酸奶、奶渣；营养师{N}\n",
            "康复指导：{P}，马上停用止痛药，白天多饮水，沙棘汁可以喝；近期不要去祁连山一带的高海拔地区；藏历新年前复查；"
                    + "有事联系{F}，电话{M}\n",
            "藏医处方：{MN}，七十味珍珠丸、坐珠达西，佐太另服；{TB}曼巴开方；忌生冷，甜茶可饮\n",
            "护理记录：{MN}，术后夜间疼痛，护士长{DS}查看；家属送来糌粑和甜茶；阿妈、阿爸轮流陪护；星期日由阿佳陪夜\n",
            "民族团结义诊签到：藏族、回族、撒拉族、土族、蒙古族、汉族群众参加；主讲{DR}；签到{N}、{N}、{NM}\n",
            "སྨན་ཁང་གི་ཐོ་འགོད།\nམིང་། {TT}\nཕ་མིང་། {TT}\nསྐྱེས་ཚེས། {DOBB}\nཁ་པར། {MT}\nལག་འཁྱེར་ཨང་། {ID}\n",
            "[微信] {TT}་ལགས། གཟའ་མིག་དམར་ཉིན་སྨན་ཁང་ལ་ཡོང་རོགས། ཁ་པར། {M} {DR}\n");

    // The common Han surnames (王, 李, 张, 刘, 陈, 杨, 赵, 周, 吴, 孙, 徐, 胡), the Hui, Salar and Tu ones (马, 韩, 祁,
    // 鲁, 沙, 白), mid-frequency ones, with given names of four generations; four surnames no earlier group used and
    // word-like names.
    private static final List<String> CHINESE = List.of((""
            + "王建青 王藏生 王进藏 王青梅 王昆仑 王德禄 王玉蓉 王占魁 王铁柱 王爱琴 王援藏 王守仓 王沐阳 王若汐 王启航 王湘 王占林 "
            + "李青山 李德寿 李秀琴 李进财 李卫藏 李翠萍 李沐辰 李一鸣 李湛 李凤芝 李援青 李占元 李淑慧 李柏青 "
            + "张建藏 张青林 张秀蓉 张卫青 张富贵 张沛泽 张思远 张金花 张守仓 张弛 张抗美 张玉琼 张卫藏 "
            + "刘支藏 刘玉芬 刘卫民 刘振藏 刘桂香 刘芷若 刘畅 刘进海 刘援青 "
            + "陈进青 陈秀芝 陈德全 陈思妤 陈梓豪 陈建川 陈默 "
            + "杨昆山 杨占海 杨宸 杨沁 白银 杨桂珍 杨守藏 杨援藏 "
            + "赵援青 赵秀珍 赵铁军 赵奕彤 赵青兰 赵德禄 "
            + "周建青 周淑芝 周沐希 周进财 周玉琴 "
            + "吴青松 吴桂芝 吴卫藏 吴秀琼 孙援藏 孙翠英 孙宇哲 孙德寿 徐进藏 徐淑琴 徐子骞 胡藏生 胡秀芝 胡青云 "
            + "马占福 马福寿 马国栋 马进孝 马有禄 马麦燕 马尔沙 马乙布拉 马法图麦 马玉花 马鞍 马小花 马文录 马雨馨 "
            + "韩穆萨 韩阿依舍 韩乙四夫 韩哈比布 韩占祥 韩尕拉 韩思源 "
            + "祁建国 祁永福 祁秀兰 祁德明 祁玉珍 鲁存福 鲁桂花 鲁永寿 沙占彪 沙秀琴 沙鸥 马虎 马驹 白有才 白玉琼 "
            + "郭建藏 郭梓萌 何秀蓉 沙枣 高青林 罗桂芝 朱进青 彭德寿 冯援藏 邓秀蓉 曾昆仑 魏铁柱 蒋卫青 谢淑芝 宋青梅 "
            + "唐德禄 付占魁 严秀琼 苏占元 "
            + "绽有福 绽秀英 索进财 索秀梅 才玉兰 才占海 祖有才 祖桂芳 "
            ).strip().split(" "));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("王沐阳 王若汐 王启航 李沐辰 李一鸣 张沛泽 张思远 刘芷若 刘畅 "
            + "陈思妤 陈梓豪 杨宸 杨沁 赵奕彤 周沐希 孙宇哲 马雨馨 韩思源 郭梓萌").split(" "));
    /**
     * The surnames no earlier blind group gave anyone: 绽 of the Hui of Xunhua and Linxia, 索 and 才 of Han and Tu
     * families of Tibetan descent in Qinghai and Gansu, 祖 of the Han of Haidong.
     */
    static final String RARE_SURNAMES = "绽索才祖";
    /** Pool names that are also ordinary words: saddle, careless, foal, silver, gull, oleaster. */
    static final List<String> WORD_LIKE = List.of("马鞍", "马虎", "马驹", "白银", "沙鸥", "沙枣");
    /**
     * Tibetan names: the Chinese form (its parts separated by a blank, not written; a house or place name before a
     * dot)|Tibetan script|Wylie|common Latin spelling. Ü-Tsang, then Amdo, then Kham spellings, the monastic names among
     * them, then names of one part and names with a house or place name.
     */
    private static final List<String> TIBETAN = List.of(
            "扎西 伦珠|བཀྲ་ཤིས་ལྷུན་གྲུབ|bkra shis lhun grub|Tashi Lhundrub",
            "次仁 曲宗|ཚེ་རིང་ཆོས་འཛོམས|tshe ring chos 'dzoms|Tsering Chodzom",
            "格桑 班觉|སྐལ་བཟང་དཔལ་འབྱོར|skal bzang dpal 'byor|Kelsang Paljor",
            "尼玛 扎西|ཉི་མ་བཀྲ་ཤིས|nyi ma bkra shis|Nyima Tashi",
            "达瓦 卓嘎|ཟླ་བ་སྒྲོལ་དཀར|zla ba sgrol dkar|Dawa Dolkar",
            "边巴 次旦|སྤེན་པ་ཚེ་བརྟན|spen pa tshe brtan|Penpa Tseten",
            "米玛 旺堆|མིག་དམར་དབང་འདུས|mig dmar dbang 'dus|Migmar Wangdu",
            "拉巴 桑姆|ལྷག་པ་བཟང་མོ|lhag pa bzang mo|Lhakpa Sangmo",
            "普布 扎西|ཕུར་བུ་བཀྲ་ཤིས|phur bu bkra shis|Phurbu Tashi",
            "巴桑 曲珍|པ་སངས་ཆོས་སྒྲོན|pa sangs chos sgron|Pasang Chodron",
            "索朗 班宗|བསོད་ནམས་དཔལ་འཛོམས|bsod nams dpal 'dzoms|Sonam Paldzom",
            "洛桑 隆多|བློ་བཟང་ལུང་རྟོགས|blo bzang lung rtogs|Lobsang Lungtok",
            "阿旺 曲扎|ངག་དབང་ཆོས་གྲགས|ngag dbang chos grags|Ngawang Chodrak",
            "土登 尼玛|ཐུབ་བསྟན་ཉི་མ|thub bstan nyi ma|Thubten Nyima",
            "强巴 赤列|བྱམས་པ་འཕྲིན་ལས|byams pa 'phrin las|Jampa Trinley",
            "益西 央吉|ཡེ་ཤེས་དབྱངས་སྐྱིད|ye shes dbyangs skyid|Yeshe Yangkyi",
            "次旺 平措|ཚེ་དབང་ཕུན་ཚོགས|tshe dbang phun tshogs|Tsewang Phuntsok",
            "罗布 次仁|ནོར་བུ་ཚེ་རིང|nor bu tshe ring|Norbu Tsering",
            "仁青 伦珠|རིན་ཆེན་ལྷུན་གྲུབ|rin chen lhun grub|Rinchen Lhundrub",
            "白玛 旺杰|པདྨ་དབང་རྒྱལ|pad ma dbang rgyal|Pema Wangyal",
            "旺久 多吉|དབང་ཕྱུག་རྡོ་རྗེ|dbang phyug rdo rje|Wangchuk Dorje",
            "丹增 群培|བསྟན་འཛིན་ཆོས་འཕེལ|bstan 'dzin chos 'phel|Tenzin Chophel",
            "晋美 南卡|འཇིགས་མེད་ནམ་མཁའ|'jigs med nam mkha'|Jigme Namkha",
            "班丹 拉珍|དཔལ་ལྡན་ལྷ་སྒྲོན|dpal ldan lha sgron|Palden Lhadron",
            "次仁 玉珍|ཚེ་རིང་གཡུ་སྒྲོན|tshe ring g.yu sgron|Tsering Yudron",
            "央金 旺姆|དབྱངས་ཅན་དབང་མོ|dbyangs can dbang mo|Yangchen Wangmo",
            "扎西 班觉|བཀྲ་ཤིས་དཔལ་འབྱོར|bkra shis dpal 'byor|Tashi Paljor",
            "多吉 次旦|རྡོ་རྗེ་ཚེ་བརྟན|rdo rje tshe brtan|Dorje Tseten",
            "德吉 曲珍|བདེ་སྐྱིད་ཆོས་སྒྲོན|bde skyid chos sgron|Dekyi Chodron",
            "次仁 朗杰|ཚེ་རིང་རྣམ་རྒྱལ|tshe ring rnam rgyal|Tsering Namgyal",
            "阿旺 格勒|ངག་དབང་དགེ་ལེགས|ngag dbang dge legs|Ngawang Gelek",
            "才让 加措|ཚེ་རིང་རྒྱ་མཚོ|tshe ring rgya mtsho|Tsering Gyatso",
            "拉毛 卓玛|ལྷ་མོ་སྒྲོལ་མ|lha mo sgrol ma|Lhamo Drolma",
            "卓玛 措|སྒྲོལ་མ་མཚོ|sgrol ma mtsho|Dolma Tso",
            "万玛 才旦|པདྨ་ཚེ་བརྟན|pad ma tshe brtan|Pema Tseten",
            "公保 加措|མགོན་པོ་རྒྱ་མཚོ|mgon po rgya mtsho|Gonpo Gyatso",
            "旦正 才让|བསྟན་འཛིན་ཚེ་རིང|bstan 'dzin tshe ring|Tenzin Tsering",
            "吉毛 措|སྐྱིད་མོ་མཚོ|skyid mo mtsho|Kyimo Tso",
            "周毛 措|འབྲུག་མོ་མཚོ|'brug mo mtsho|Drukmo Tso",
            "更登 才让|དགེ་འདུན་ཚེ་རིང|dge 'dun tshe ring|Gendun Tsering",
            "桑杰 东智|སངས་རྒྱས་དོན་གྲུབ|sangs rgyas don grub|Sangye Dhondup",
            "南加 才让|རྣམ་རྒྱལ་ཚེ་རིང|rnam rgyal tshe ring|Namgyal Tsering",
            "曲吉 卓玛|ཆོས་སྐྱིད་སྒྲོལ་མ|chos skyid sgrol ma|Chokyi Dolma",
            "仁增 措姆|རིག་འཛིན་མཚོ་མོ|rig 'dzin mtsho mo|Rigzin Tsomo",
            "贡却 扎西|དཀོན་མཆོག་བཀྲ་ཤིས|dkon mchog bkra shis|Konchok Tashi",
            "多杰 加|རྡོ་རྗེ་རྒྱལ|rdo rje rgyal|Dorje Gyal",
            "才让 吉|ཚེ་རིང་སྐྱིད|tshe ring skyid|Tsering Kyi",
            "华旦 才让|དཔལ་ལྡན་ཚེ་རིང|dpal ldan tshe ring|Palden Tsering",
            "尕藏 措|སྐལ་བཟང་མཚོ|skal bzang mtsho|Kalsang Tso",
            "索南 达杰|བསོད་ནམས་དར་རྒྱས|bsod nams dar rgyas|Sonam Dargye",
            "拉毛 吉|ལྷ་མོ་སྐྱིད|lha mo skyid|Lhamo Kyi",
            "泽仁 拉姆|ཚེ་རིང་ལྷ་མོ|tshe ring lha mo|Tsering Lhamo",
            "四郎 邓珠|བསོད་ནམས་དོན་གྲུབ|bsod nams don grub|Sonam Dhondrub",
            "降初 翁姆|བྱང་ཆུབ་དབང་མོ|byang chub dbang mo|Jangchub Wangmo",
            "嘎玛 次仁|ཀརྨ་ཚེ་རིང|kar ma tshe ring|Karma Tsering",
            "斯朗 泽仁|བསོད་ནམས་ཚེ་རིང|bsod nams tshe ring|Sonam Tsering",
            "泽郎 措|ཚེ་རིང་མཚོ|tshe ring mtsho|Tsering Tso",
            "益西 卓玛|ཡེ་ཤེས་སྒྲོལ་མ|ye shes sgrol ma|Yeshe Dolma",
            "降央 泽仁|འཇམ་དབྱངས་ཚེ་རིང|'jam dbyangs tshe ring|Jamyang Tsering",
            "楚臣 嘉措|ཚུལ་ཁྲིམས་རྒྱ་མཚོ|tshul khrims rgya mtsho|Tsultrim Gyatso",
            "丹增 曲珍|བསྟན་འཛིན་ཆོས་སྒྲོན|bstan 'dzin chos sgron|Tenzin Chodron",
            "贡觉 群培|དཀོན་མཆོག་ཆོས་འཕེལ|dkon mchog chos 'phel|Konchok Chophel",
            "卓玛|སྒྲོལ་མ|sgrol ma|Dolma",
            "边巴|སྤེན་པ|spen pa|Penpa",
            "达瓦|ཟླ་བ|zla ba|Dawa",
            "尼玛|ཉི་མ|nyi ma|Nyima",
            "措吉|མཚོ་སྐྱིད|mtsho skyid|Tsokyi",
            "德康·格桑 旺堆|བདེ་ཁང་སྐལ་བཟང་དབང་འདུས|bde khang skal bzang dbang 'dus|Dekhang Kelsang Wangdu",
            "雪巴·次仁 卓嘎|ཞོལ་པ་ཚེ་རིང་སྒྲོལ་དཀར|zhol pa tshe ring sgrol dkar|Sholpa Tsering Dolkar",
            "拉孜·边巴 次仁|ལྷ་རྩེ་སྤེན་པ་ཚེ་རིང|lha rtse spen pa tshe ring|Lhatse Penpa Tsering");
    /** The Chinese forms of the Tibetan names, as written. */
    private static final List<String> TIBETAN_CHINESE = TIBETAN.stream().map(Blind29Templates::chineseOf).toList();
    /** Mongol herders of Qinghai (Henan county, Haixi), written as one word. */
    private static final List<String> MONGOL = List.of("那仁格日勒", "敖日格勒", "吉日木图", "其木德道尔吉", "苏德毕力格",
            "萨仁格日乐", "布仁巴雅尔", "额尔敦朝鲁");
    /** Every minority name written in Chinese: the Tibetan and the Mongol ones. */
    private static final List<String> MINORITY = Stream.concat(TIBETAN_CHINESE.stream(), MONGOL.stream()).toList();
    /** Nicknames of road workers, drivers, pickers and children, labelled as names. */
    private static final List<String> NICKNAMES = List.of("老青海", "小拉萨", "尕虎", "黑娃", "尕丫头", "大个子", "虫草哥",
            "牦牛娃", "胖墩", "铁锁");
    // given|family: Swiss altitude physicians, Nepali guides and doctors, Bolivian and Peruvian altitude researchers,
    // Icelandic and Finnish climbers, Welsh and Cornish volunteers, Czech, Basque and Scottish trekkers, Mongolian
    // vets, Japanese researchers, an Australian, German and Austrian physiologists, Dutch, Chilean and Danish tourists.
    private static final List<String> ENGLISH = List.of((""
            + "Flurin|Wyrsch Mengia|Bachofner Reto|Gadient Seraina|Caduff "
            + "Binod|Khanal Sushila|Bhattarai Kamal|Pokharel "
            + "Nayra|Choquehuanca Teodoro|Apaza "
            + "Sigurbjorg|Halldorsdottir Thorgeir|Ragnarsson Aukusti|Lehtisalo Kyllikki|Haapakoski "
            + "Iestyn|Penrhos Angharad|Penhallow "
            + "Bohuslav|Hrdlicka Bozena|Kratochvilova Gorka|Arregitorre Itziar|Olaizola Ishbel|Farquharson Ruaridh|Dalrymple "
            + "Tsetsegmaa|Baasanjav Narantsetseg|Tumurbaatar Kazuhiro|Nishizawa Chiharu|Ogasawara Kirralee|Pengilly "
            + "Wiltrud|Eckenfelder Gottfried|Pfeiffenberger Marit|Ouwerkerk Sietse|Hoogendijk Antonella|Errazuriz "
            + "Asger|Fogtmann "
            ).strip().split("\\s+"));
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Lhasa's Chengguan and Lhünzhub, the old Shigatse
     * city and Nagqu county, Xining's Chengdong and Chengxi, the old Haidong prefecture's Ping'an, Huzhu and Xunhua,
     * the old Yushu county, Maqên, the old Kangding county, Garzê, the old Barkam county, Ngawa, Lintan and Xiahe.
     */
    private static final List<String> LEGACY_AREA = List.of("540102", "540121", "542301", "542421", "630102", "630104",
            "632121", "632126", "632128", "632721", "632621", "513321", "513328", "513229", "513231", "623021",
            "623027");
    /**
     * Area codes for 18-digit numbers: Lhasa, Shigatse, Nagqu, Xining, Haidong, Golog, Yushu, Garzê, Ngawa and Gannan,
     * and the codes of {@link #LEGACY_AREA}.
     */
    private static final List<String> AREA = Stream.concat(Stream.of("540103", "540122", "540124", "540127", "540202",
            "540221", "540222", "540223", "540225", "540602", "540621", "540622", "540624", "630103", "630105",
            "630121", "630202", "630203", "630222", "630223", "630224", "630225", "632622", "632623", "632624",
            "632625", "632626", "632701", "632722", "632723", "632724", "632725", "632726", "513301", "513327",
            "513330", "513332", "513333", "513334", "513335", "513201", "513230", "513232", "513233", "623001",
            "623022", "623025", "623026"), LEGACY_AREA.stream()).toList();
    /** Lhasa, Shigatse, Nagqu, Xining, Yushu, Golog, Garzê, Ngawa and Gannan: seven-digit local numbers. */
    private static final List<String> LANDLINE_AREAS = List.of("0891", "0892", "0896", "0971", "0976", "0975", "0836",
            "0837", "0941");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "623052", "622188", "625919", "621226");
    /** Province|city|streets. */
    private static final List<String> CITY_STREETS = List.of(
            "青海省|岗日塘市|格萨尔大道,雪莲路,康巴西街,拉曲县迎宾路",
            "青海省|西宁市|城西区五四西路,城东区八一路,城北区柴达木路",
            "西藏自治区|拉萨市|城关区娘热路,城关区林廓北路,堆龙德庆区东嘎路",
            "四川省|甘孜州|康定市炉城镇东大街,康定市向阳街");
    private static final List<String> ESTATES = List.of("吉祥苑", "雪域明珠", "安居家园", "金珠苑", "昆仑花园", "唐卡小区");
    /** Province|county|monasteries (not the clinic's own monastery, which stands alone in the texts). */
    private static final List<String> MONASTERIES = List.of("青海省|岗日塘市拉曲县|桑丹林寺,扎嘎寺",
            "四川省|甘孜州色达县|德庆曲林寺", "甘肃省|甘南州碌曲县|郎嘎寺");
    /** Province|county|townships|villages: # for villages counted by number, each with numbered groups. */
    private static final List<String> VILLAGES = List.of(
            "青海省|岗日塘市拉曲县|热嘎乡,达孜塘乡,曲麻日乡|#",
            "青海省|岗日塘市觉隆县|多卡乡,扎曲镇|#",
            "青海省|海东市互助县|威远镇,五十镇|卓扎滩村,班彦村",
            "青海省|海东市循化县|街子镇,查汗都斯乡|三兰巴海村,苏只村",
            "四川省|甘孜州石渠县|洛须镇,真达乡|#",
            "甘肃省|甘南州玛曲县|欧拉乡,阿万仓镇|#",
            "西藏自治区|那曲市色尼区|罗玛镇,那玛切乡|#",
            "西藏自治区|日喀则市桑珠孜区|甲措雄乡,曲布雄乡|#");
    /** Province|county|townships|herders' committees and pastures. */
    private static final List<String> PASTURES = List.of(
            "青海省|岗日塘市拉曲县|热嘎乡,曲麻日乡|措那,格日,玛荣",
            "甘肃省|甘南州玛曲县|欧拉乡,阿万仓镇|秀玛,贡赛",
            "四川省|阿坝州红原县|瓦切镇,安曲镇|阿木,麦洼",
            "西藏自治区|那曲市色尼区|那玛切乡|达嘎,查仁");
    /** Roads of Gangrithang in Tibetan script|Latin. */
    private static final List<String> TIB_ROADS = List.of("བདེ་སྐྱིད་ལམ|Dekyi", "གངས་རྒྱན་ལམ|Gangyen", "ནོར་གླིང་ལམ|Norling");
    /** Townships of Lachu county in Tibetan script|Latin. */
    private static final List<String> TIB_TOWNSHIPS = List.of("ར་དགའ་ཤང|Ragha", "སྟག་རྩེ་ཐང་ཤང|Dagzetang");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String TIBETAN_DIGITS = "༠༡༢༣༤༥༦༧༨༩";
    /** The five elements of the Tibetan calendar, each for two years, and the twelve animals. */
    private static final String ELEMENTS = "木火土铁水";
    private static final String ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪";

    private Blind29Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_29 || !templates.isEmpty() && BLIND_29.containsAll(templates);
    }

    private static String part(String entry, int i) {
        return entry.split("\\|")[i];
    }

    /** The Chinese form of a Tibetan entry as written: its parts run together. */
    private static String chineseOf(String entry) {
        return part(entry, 0).replace(" ", "");
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** A child's name, born in the 2010s or 2020s, from the same pool. */
    static String childName(RandomGenerator r) {
        return pick(CHILDREN, r);
    }

    /**
     * A Tibetan name as OCR reads it: broken between its parts (after the dot of a house name, after the first
     * character of a one-part name) by a line break, a blank (blanks round the dot) or an ideographic blank, or with a
     * blank between every character.
     */
    static String scannedTibetan(RandomGenerator r) {
        String entry = pick(TIBETAN, r), name = chineseOf(entry);
        String[] parts = part(entry, 0).split(" ");
        int cut = name.contains("·") ? name.indexOf('·') + 1 : parts.length > 1 ? parts[0].length() : 1;
        String a = name.substring(0, cut), b = name.substring(cut);
        return switch (r.nextInt(4)) {
            case 0 -> a + "\n" + b;
            case 1 -> name.contains("·") ? name.replace("·", " · ") : a + " " + b;
            case 2 -> String.join(" ", name.split(""));
            default -> a + "\u3000" + b;
        };
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    /** The record's Tibetan patient (MN): a Tibetan name in Chinese. */
    static String minorityName(RandomGenerator r) {
        return pick(TIBETAN_CHINESE, r);
    }

    /** A further minority name, Tibetan or Mongol. */
    static String anyMinorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    static String tibetanChinese(RandomGenerator r) {
        return pick(TIBETAN_CHINESE, r);
    }

    /**
     * The first part of a Tibetan name, used alone: 次仁 of 次仁曲宗, 卓玛 of 卓玛措, 格桑 of 德康·格桑旺堆; a one-part
     * name whole; a name not in the Tibetan pool whole.
     */
    static String shortOf(String name) {
        for (String e : TIBETAN) {
            if (chineseOf(e).equals(name)) {
                String c = part(e, 0);
                return c.substring(c.indexOf('·') + 1).split(" ")[0];
            }
        }
        return name;
    }

    static String tibetanScript(RandomGenerator r) {
        return part(pick(TIBETAN, r), 1);
    }

    static String wylie(RandomGenerator r) {
        return part(pick(TIBETAN, r), 2);
    }

    /** A Tibetan name in common Latin spelling: Tashi Lhundrub or TASHI LHUNDRUB. */
    static String tibetanLatin(RandomGenerator r) {
        String n = part(pick(TIBETAN, r), 3);
        return r.nextBoolean() ? n : n.toUpperCase();
    }

    static String mongolName(RandomGenerator r) {
        return pick(MONGOL, r);
    }

    static String nickname(RandomGenerator r) {
        return pick(NICKNAMES, r);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || TIBETAN_CHINESE.stream().anyMatch(n -> shortOf(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full, in any script or form (the Chinese form for Tibetan names, the
     * English name as written), or null when the value (a surname, a given name, a first part) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : TIBETAN) {
            if (scriptForms(e).contains(w)) return chineseOf(e);
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
    }

    /** The Tibetan-script, Wylie, Latin and Latin in capitals forms of a Tibetan entry. */
    static List<String> scriptForms(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[1], p[2], p[3], p[3].toUpperCase());
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    static List<String> childNames() {
        return CHILDREN;
    }

    static List<String> minorityNames() {
        return MINORITY;
    }

    static List<String> tibetanNames() {
        return TIBETAN;
    }

    static List<String> tibetanChineseNames() {
        return TIBETAN_CHINESE;
    }

    static List<String> mongolNames() {
        return MONGOL;
    }

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    /** Every way the pools' Tibetan names are written in Tibetan and Latin script. */
    static Stream<String> scriptWritten() {
        return TIBETAN.stream().flatMap(e -> scriptForms(e).stream());
    }

    /** The Latin-script forms alone (Wylie and common spelling). */
    static Stream<String> latinWritten() {
        return TIBETAN.stream().flatMap(e -> Stream.of(part(e, 2), part(e, 3)));
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

    /** Arabic digits as Tibetan digits: 1958 as ༡༩༥༨. */
    static String tibetanDigits(String arabic) {
        StringBuilder b = new StringBuilder();
        for (char c : arabic.toCharArray()) b.append(c >= '0' && c <= '9' ? TIBETAN_DIGITS.charAt(c - '0') : c);
        return b.toString();
    }

    /** A plain 18-character resident identity number with a valid check character, born 1930 to 2010. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1930, 81, r);
    }

    /** A first-generation 15-digit number: a code of the time, yymmdd (born 1930 to 1992), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 30, 63, r);
    }

    /** A resident identity number: plain, lower-case x, 6-8-4 by blanks or by hyphens, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> legacyId(r);
            case 1, 2 -> id.replace('X', 'x');
            case 3 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 4 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            default -> id;
        };
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 139 1234 5678, (+86)13912345678. */
    static String mobile(RandomGenerator r) {
        String n = plainMobile(r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0, 1 -> a + " " + b + " " + c;
            case 2 -> a + "-" + b + "-" + c;
            case 3 -> "+86 " + a + " " + b + " " + c;
            case 4 -> "(+86)" + n;
            default -> n;
        };
    }

    private static String plainMobile(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile as said in a voice note, the one as 幺 or 一: 幺三九 零二三四 五六七八, with blanks, commas or run together. */
    static String spokenMobile(RandomGenerator r) {
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : plainMobile(r).toCharArray()) b.append(c == '1' ? one : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String n = b.toString();
        return switch (r.nextInt(3)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "，" + n.substring(3, 7) + "，" + n.substring(7);
            default -> n;
        };
    }

    /** A mobile in Tibetan digits: ༡༣༩༠༢༣༤༥༦༧༨ or ༡༣༩ ༠༢༣༤ ༥༦༧༨. */
    static String tibetanMobile(RandomGenerator r) {
        String n = tibetanDigits(plainMobile(r));
        return r.nextBoolean() ? n : n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
    }

    /**
     * A landline, seven local digits: 0891-6812345, (0971)6123456, 0976 881 2345, 0836-2812345转806, +86 891 6812345.
     */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(6, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, 3) + " " + local.substring(3);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * GT24031876 (inpatient, Gangrithang), MZ2024031876 (outpatient), ZYY24-03187 (Tibetan-medicine hospital), a
     * 17-digit health-archive number on an area code, FJH2024-03876 (TB register).
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "GT" + (year % 100) + digits(6, r);
            case 1 -> "MZ" + year + digits(6, r);
            case 2 -> "ZYY" + (year % 100) + "-" + digits(5, r);
            case 3 -> pick(AREA, r) + digits(11, r);
            default -> "FJH" + year + "-" + digits(5, r);
        };
    }

    /** Qinghai, Tibet and Sichuan medical insurance and Gansu residents' insurance: four letters and ten digits. */
    static String insuranceNumber(RandomGenerator r) {
        return List.of("QHYB", "XZYB", "SCYB", "GSJM").get(r.nextInt(4)) + digits(10, r);
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

    /**
     * An address: a city street with an estate and 号楼/单元/室 or the short 5-2-301, monastery quarters, a farming
     * village by 乡 or 镇 with a numbered or named 村 and 组 (or 社), a herders' committee and its 社, a nomad settlement
     * point, a summer or winter pasture; {@code partial} may stop at the street, the 乡, the 村, the settlement point or
     * the monastery.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r);
                case 1 -> {
                    String[] t = pick(VILLAGES, r).split("\\|");
                    String township = place(t, withProvince, r);
                    yield r.nextBoolean() ? township : township + village(t, r);
                }
                case 2 -> place(pick(PASTURES, r).split("\\|"), withProvince, r) + "牧民定居点";
                default -> place(pick(MONASTERIES, r).split("\\|"), withProvince, r);
            };
        }
        return switch (r.nextInt(10)) {
            case 0, 1 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "号楼" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
            case 2 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(4)) + "-" + (1 + r.nextInt(18))
                    + "0" + (1 + r.nextInt(4));
            case 3 -> {
                String m = place(pick(MONASTERIES, r).split("\\|"), withProvince, r);
                yield r.nextBoolean() ? m + "僧舍" + (1 + r.nextInt(60)) + "号"
                        : m + (r.nextBoolean() ? "东" : "西") + "僧舍" + (1 + r.nextInt(9)) + "排" + (1 + r.nextInt(12)) + "号";
            }
            case 4, 5 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String v = place(t, withProvince, r) + village(t, r) + (1 + r.nextInt(12)) + "组";
                yield r.nextBoolean() ? v : v + (1 + r.nextInt(80)) + "号";
            }
            case 6 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                yield place(t, withProvince, r) + village(t, r) + (1 + r.nextInt(8)) + "社";
            }
            case 7 -> {
                String[] t = pick(PASTURES, r).split("\\|");
                yield place(t, withProvince, r) + pick(List.of(t[3].split(",")), r) + "牧委会" + (1 + r.nextInt(6))
                        + "社";
            }
            case 8 -> {
                String p = place(pick(PASTURES, r).split("\\|"), withProvince, r) + "牧民定居点";
                yield r.nextBoolean() ? p + (1 + r.nextInt(120)) + "号"
                        : p + (1 + r.nextInt(12)) + "排" + (1 + r.nextInt(15)) + "号";
            }
            default -> {
                String[] t = pick(PASTURES, r).split("\\|");
                yield place(t, withProvince, r) + pick(List.of(t[3].split(",")), r)
                        + (r.nextBoolean() ? "夏季牧场" : "冬季牧场");
            }
        };
    }

    /** A numbered village (3村) or a named one. */
    private static String village(String[] t, RandomGenerator r) {
        return t[3].equals("#") ? (1 + r.nextInt(15)) + "村" : pick(List.of(t[3].split(",")), r);
    }

    /** Province (when asked), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        String[] places = t[2].split(",");
        return (withProvince ? t[0] : "") + t[1] + places[r.nextInt(places.length)];
    }

    /**
     * An address in Tibetan script (a city road and number, a township's village in Tibetan digits) or in Latin.
     */
    static String scriptAddress(RandomGenerator r) {
        int n = 1 + r.nextInt(120), v = 1 + r.nextInt(12);
        String[] road = pick(TIB_ROADS, r).split("\\|"), township = pick(TIB_TOWNSHIPS, r).split("\\|");
        return switch (r.nextInt(4)) {
            case 0 -> "གངས་རི་ཐང་གྲོང་ཁྱེར་ " + road[0] + "་ ཨང་ " + n;
            case 1 -> "ལ་ཆུ་རྫོང་ " + township[0] + "་ གྲོང་ཚོ་" + tibetanDigits(String.valueOf(v));
            case 2 -> "No. " + n + " " + road[1] + " Road, Gangrithang";
            default -> "Village " + v + ", " + township[1] + " Township, Lachu County";
        };
    }

    /**
     * A date of birth, 1930 to 2007: 1958年6月23日, 1958-06-23, 1958.6.23, 1958/6/23, 一九五八年六月二十三日,
     * 五八年六月二十三号.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(78), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> "" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年"
                    + IdentifierForms.chineseNumber(m) + "月" + IdentifierForms.chineseNumber(d) + "号";
        };
    }

    /** A date of birth as exports write it: 19580623. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1930 + r.nextInt(78), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An English date of birth: 23 Jun 1958, 23-JUN-1958, June 23, 1958. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(55), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> String.format("%02d-%s-%d", d, month.substring(0, 3).toUpperCase(), y);
            default -> month + " " + d + ", " + y;
        };
    }

    /**
     * A birthday in the Tibetan calendar, 1935 to 2009: the element and animal of the year, sometimes with the
     * sixty-year cycle (饶迥), the month and the day: 藏历火马年五月初三日, 藏历第十六饶迥土狗年十一月二十二日.
     */
    static String tibetanCalendarBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(75), m = 1 + r.nextInt(12), d = 1 + r.nextInt(30);
        String year = "" + ELEMENTS.charAt(Math.floorMod(y - 4, 10) / 2) + ANIMALS.charAt(Math.floorMod(y - 4, 12));
        String day = d <= 10 ? "初" + IdentifierForms.chineseNumber(d) : IdentifierForms.chineseNumber(d);
        String cycle = r.nextInt(3) == 0 ? (y < 1987 ? "第十六饶迥" : "第十七饶迥") : "";
        return "藏历" + cycle + year + "年" + IdentifierForms.chineseNumber(m) + "月" + day + "日";
    }

    /** A date of birth in Tibetan script, in Tibetan or Arabic digits: སྤྱི་ལོ་༡༩༥༨ ཟླ་༦ ཚེས་༢༣. */
    static String tibetanScriptBirthDate(RandomGenerator r) {
        String date = "སྤྱི་ལོ་" + (1935 + r.nextInt(72)) + " ཟླ་" + (1 + r.nextInt(12)) + " ཚེས་" + (1 + r.nextInt(28));
        return r.nextBoolean() ? tibetanDigits(date) : date;
    }

    /** A child's date of birth, 2014 to 2025: 2019年10月5日, 2019-10-05, 2019.10.5, 20191005. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2014 + r.nextInt(12), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
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
            case "NC" -> out.write(childName(random), EntityKind.NAME);
            case "NM" -> out.write(anyMinorityName(random), EntityKind.NAME);
            case "TB" -> out.write(tibetanChinese(random), EntityKind.NAME);
            case "TG" -> out.write(shortOf(people[3]), EntityKind.NAME);
            case "TT" -> out.write(tibetanScript(random), EntityKind.NAME);
            case "TW" -> out.write(wylie(random), EntityKind.NAME);
            case "TL" -> out.write(tibetanLatin(random), EntityKind.NAME);
            case "TO" -> out.write(scannedTibetan(random), EntityKind.NAME);
            case "MO" -> out.write(mongolName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MT" -> out.write(tibetanMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AT" -> out.write(scriptAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBT" -> out.write(tibetanCalendarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBB" -> out.write(tibetanScriptBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

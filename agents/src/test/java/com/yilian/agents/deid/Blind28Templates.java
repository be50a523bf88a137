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
import static com.yilian.agents.deid.PoolNameForms.scannedName;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Twenty-eighth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_28}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of southern and northern Xinjiang, led by the
 * fictional 库木巴格医学院第一附属医院 in the fictional oasis city of 库木巴格 (Kumbagh, between Kashgar, Hotan and
 * Aksu), with the fictional 阿恰塔格县人民医院 and 阿恰塔格县妇幼保健院, 玉吉麦县, the township health centre
 * 托格拉克乡卫生院 and the village clinics (村卫生室) of its numbered villages and groups (托格拉克乡3村5组), the
 * Bingtuan-style regiment hospital 二五一团医院 of the fictional 第十五师 with its 连队 (二五一团8连), a herders' clinic
 * of the 牧业队 in the Ili and Altay Kazakh pastures (winter and summer pastures, 冬窝子), the 库木巴格市疾控中心 and
 * city estates. The patients are Uyghur farmers, traders and craftsmen, Kazakh and Kyrgyz herders, Hui butchers and
 * traders, Han Bingtuan workers whose families came from Henan, Sichuan, Gansu and Shandong, Tajik highlanders, Mongol
 * herders, Xibe and Russian-descended townspeople, students, long-distance truck drivers, cross-border traders with
 * Kazakhstan and Kyrgyzstan and migrant cotton pickers: hydatid disease (包虫病) screening and surgery, dog deworming,
 * brucellosis, tuberculosis and its directly observed treatment, cotton-harvest and ginnery injuries, heat stroke,
 * Uyghur medicine (维吾尔医, sand therapy), maternal and child health and vaccination, the elders' free health check
 * (全民健康体检), family-doctor contracts and chronic-disease follow-up, old Bingtuan veterans, referrals up,
 * discharge summaries, nursing handovers, dictations, interpreters (Uyghur–Chinese, Kazakh–Chinese), voice notes in
 * Uyghur- and Kazakh-flavoured Chinese, in Henan, Sichuan and Gansu dialect (俺, 中不中, 咋个办, 尕) and in Uyghur and
 * Kazakh, WeChat messages, SMS (also in Uyghur and Kazakh script), OCR'd forms with stray blanks and line breaks, CSV,
 * markdown, pipe and tab tables, JSON exports, HL7-like segments and e-mails; about a seventh in English or mostly Latin
 * script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind27Templates}. Every person's name is PHI:
 * patients, spouses, relatives, crew leaders, company commanders (连长), village cadres, interpreters, village doctors,
 * Uyghur-medicine practitioners, nurses and doctors, in Chinese, Uyghur Arabic script, Cyrillic, Latin or pinyin-like
 * form, also straight after a role word (带队, 翻译, 连长), at the start of table rows, in lists joined by 、 or blanks,
 * in table cells, JSON values and HL7 fields. A surname in a form of address labels the surname only ({@code PS},
 * {@code FS}, {@code DS}): 老X, 小X, 护士长X, 连长X, X大妈, X师傅, X大夫, X主任, X医生, X书记. A Chinese given name
 * used alone ({@code PG}) labels the given name; a one-character given name is never used alone. A Uyghur, Kazakh,
 * Kyrgyz or Tajik given name used alone ({@code MG}: 艾尔肯 of 艾尔肯·吐拉洪), also before the Uyghur honorifics 阿卡
 * (elder brother) and 阿恰 (elder sister) or 大叔 and 大姐, labels the given name only, never the honorific. Kin words
 * (阿帕 and 阿娜 mother, 阿达 father, 巴郎子 boy, 俺爹, 俺娘) are not names and are never labelled; a child known as a
 * parent's child (X之子, X之女, X的巴郎) labels the parent. A nickname ({@code PK}: 老甘肃, 小四川, 尕娃 …) is a name.
 * An OCR'd Chinese name ({@code PO}) broken by a line break, a single blank after the surname, a blank between every
 * character or an ideographic blank between every character, and an OCR'd minority name ({@code UO}) broken at its dot
 * by a line break, with blanks round the dot or a blank between every character, is one span, the break inside it. A
 * dotted minority name is one span, dot included, whichever separator is written ({@code UD}: •, ., -, a blank, ・ or
 * ．). Uyghur names in Arabic script ({@code UA}: ئەركىن تۇراخۇن), in Latin ({@code UL}: Erkin Turaxun, ERKIN
 * TURAXUN) and pinyin-like ({@code UP}: Aierken Tulahong, AIERKEN TULAHONG), Kazakh, Kyrgyz and Russian names in
 * Cyrillic ({@code CY}: Гүлназ Нұрланқызы, Амантур Кадырбек уулу) and Kazakh, Kyrgyz, Tajik and Russian names in Latin
 * ({@code LT}: Gulnaz Nurlankyzy, AMANTUR KADYRBEK UULU), the patronymic included, are labelled whole.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Kashgar 6531, Hotan 6532, Aksu 6529, Kizilsu 6530, Urumqi 6501, Ili 6540, Altay 6543, Bayingolin 6528 and the
 * Bingtuan cities 6590; plain, lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth date,
 * only on codes that existed before 1999), mobiles ({@code M}: plain, 139 1234 5678, 139-1234-5678, +86 139 1234 5678,
 * (+86)13912345678; {@code MV}: spoken in voice notes with 幺 or 一 for the one, with blanks, commas or none), phones of
 * Kazakhstan and Kyrgyzstan ({@code MX}: +7 701 234 56 78, +7 (701) 234-56-78, 8 701 234 5678, +996 555 123 456,
 * +996 (700) 12-34-56, 0555 123 456), landlines ({@code L}: 0998, 0903, 0997, 0999 and 0906 with seven-digit and 0991
 * with eight-digit numbers, as 0998-2812345, (0903)2512345, 0997 281 2345, an extension after 转, +86 998 2812345),
 * addresses ({@code A}, {@code A0}: city streets with an estate and 号楼/单元/室 or the short 5-2-301, old-town lanes,
 * farming villages by 乡, numbered 村 and 组, named villages, regiment 连队 with their living quarters and the regiment
 * seat's estate, the pastures' 牧业队, winter-pasture settlements and summer pastures; {@code A0} may stop at the 乡,
 * the 村, the 连, the 牧业队 or the street; {@code AU}: in Uyghur Arabic script or in Latin), record numbers ({@code R}:
 * inpatient ZY24031876, outpatient KB2024031876, 17-digit health-archive numbers on an area code, regiment hospital
 * BT251-03876, TB register JHB202403876, whatever the label), insurance numbers ({@code I}: XJYB and XJJM and ten
 * digits, rural cooperative XNH on an area code and six digits, Bingtuan BTYB and ten digits), bank cards ({@code B}:
 * 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or by hyphens), dates of birth ({@code DOB}:
 * 1958年6月23日, 1958-06-23, 1958.6.23, 1958/6/23, 一九五八年六月二十三日 and the spoken 五八年六月二十三号;
 * {@code DOBC}: 19580623 in exports; {@code DOBE}: 23 Jun 1958, 23-JUN-1958, June 23, 1958; {@code DOBR}: 23.06.1958 on
 * Kazakh, Kyrgyz and Russian papers; {@code DOBU}: 1958-يىلى 6-ئاينىڭ 23-كۈنى in Uyghur; {@code NB}: a child's, 2014 to
 * 2025). Not labelled: visit, screening and onset dates, times, ages, lab values, hydatid cyst types (CE1, CE3b),
 * agglutination titres, specimen, staff, passport and message numbers, vaccine lot numbers, truck plates (新A·3D721),
 * hotlines, facility names, a port, county or place alone, Uyghur medicines and treatments (复方木尼孜其颗粒, 祖卡木颗粒,
 * 沙疗 …), dishes (抓饭, 馕, 烤包子 …), kin words and dialect words, ethnic names (维吾尔族, 哈萨克族 …), Uyghur and
 * Kazakh common words, and words beginning with one of the pool's surnames (all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind27Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * Bingtuan and city patient list would look: the common surnames of the Han families from Henan, Sichuan, Gansu and
 * Shandong (王, 李, 张, 刘, 陈, 杨, 赵, 周, 吴, 孙, 徐, 胡) dominate, the Hui surnames (马, 丁, 白, 海, 哈, 纳, 穆,
 * 沙) and mid-frequency ones (郭, 何, 高, 罗, 朱, 彭, 冯, 邓, 曾, 魏, 蒋, 谢, 宋, 唐, 韩, 付) follow, with given
 * names of each generation (the pioneers' 守田 and 戍边, the 1950s and 1960s 援疆, 建疆 and 卫疆, the 1980s and 1990s,
 * children of the 2010s and 2020s); a minority have surnames of the Gansu Hui and Sichuan and Henan families no earlier
 * group used ({@link #RARE_SURNAMES}) or are ordinary words ({@link #WORD_LIKE}). The minority pool holds Uyghur names
 * (given·father, each with its Arabic-script, Latin and pinyin-like form), Kazakh and Kyrgyz names (with their Cyrillic
 * and Latin forms), Tajik names (with Latin), Russian-descended names (with Cyrillic and Latin), Mongol names and Xibe
 * names with their clan name; a pool of English names of researchers, traders and volunteers (German, French, Irish,
 * British, Pakistani, Turkish, Uzbek, Mongolian, Lithuanian, Flemish, Moroccan, Ghanaian, South African, Maori,
 * Swedish, Norwegian, Hungarian, Romanian); a nickname pool of Bingtuan and Gansu nicknames. Own slots: {@code N}, a
 * further Chinese name drawn afresh at each use; {@code NC}, a child's name from the same pool; {@code NM}, a further
 * minority name; {@code UY}, a Uyghur name in Chinese; {@code KZ}, {@code KY}, {@code TJ}, {@code RU}, {@code MO},
 * {@code XB}, a Kazakh, Kyrgyz, Tajik, Russian-descended, Mongol or Xibe name in Chinese; {@code MG}, the given name of
 * the record's minority patient ({@code MN}); {@code UD}, {@code UO}, {@code UA}, {@code UL}, {@code UP}, {@code CY},
 * {@code LT}, {@code PS}, {@code FS}, {@code PG}, {@code PK}, {@code PO}, {@code MV}, {@code MX}, {@code AU} above;
 * {@code EG}, an English given name alone; {@code DOBC}, {@code DOBE}, {@code DOBR}, {@code DOBU}, {@code NB}. Any
 * non-empty subset of {@link #BLIND_28} uses these pools (see {@link #uses}).
 */
final class Blind28Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261229L;

    static final List<String> BLIND_28 = List.of(
            // Hydatid disease (包虫病): screening, dogs, surgery, relief.
            "库木巴格市疾控中心 包虫病筛查登记表\n姓名：{UY}  民族：维吾尔族\n出生日期：{DOB}\n身份证号：{ID}\n住址：{A}\n"
                    + "B超：肝右叶囊性占位，CE1型\n筛查员：{N}\n",
            "包虫病B超筛查花名册（托格拉克乡3村）\n1 {UY} {ID} 阴性\n2 {KZ} {ID} 肝囊型包虫CE2\n3 {P} {ID} 阴性\n"
                    + "登记人：{N}  电话：{L}\n",
            "肝包虫病术后随访：{MN}，{AGE}岁，放牧为生，家里养了4条牧羊犬；阿苯达唑{DOSE}；住院号{R}；随访医生{DR}；"
                    + "家属{KZ}，电话{M}\n",
            "Echinococcosis field survey, Achatagh County\nHousehold head: {UL}\nDOB: {DOBE}\nUltrasound: CE3b, left lobe\n"
                    + "Surveyor: {E}, assisted by {E2}\nVillage doctor: {UP}\n",
            "包虫病患者医疗救助申请：{UY}，身份证{ID}，术后花费4.3万元；救助金打入{B}；村委会{FS}书记签字\n",
            "泡型包虫病转诊：{P}，{AGE}岁，原连队牧工，肝泡球蚴病伴黄疸；由二五一团医院转库木巴格医学院第一附属医院肝胆外科；"
                    + "病案号{R}；转出医生{DR}；联系{L}\n",
            "[OCR] 包 虫 病 筛 查 知 情 同 意 书\n受检者 {UO}\n监护人 {F}\n联系 电话 {M}\n",
            // Brucellosis.
            "布鲁氏菌病个案调查：{KZ}，{AGE}岁，哈萨克族牧民，接羔期间徒手助产；虎红平板凝集试验阳性，SAT 1:200；住{A}；"
                    + "调查员{N}；家属{KZ}，电话{M}\n",
            "布病治疗随访：{MN}，多西环素＋利福平第4周，关节痛减轻；医保号{I}；随访护士小{DS}\n",
            "Brucellosis case, Ili pastures: {LT}, herder, born {DOBR}; RBPT positive; phone {MX}; reported by Dr {ES}\n",
            "屠宰场工人职业体检：{P}，{AGE}岁，回族，牛羊屠宰8年；布病抗体阴性；单位电话{L}；体检医生{DR}\n",
            "布病疫情报告卡\n患者：{CY}（{KZ}）\n出生日期：{DOBR}\n职业：牧民\n现住址：{A}\n报告人：{N}\n",
            // Tuberculosis.
            "肺结核患者登记：{UY}，{SEX}，{AGE}岁，痰涂片阳性；登记号{R}；督导员{N}；家属{UD}，电话{M}\n",
            "结核病督导服药记录\n患者 {MN}\n已服 异烟肼＋利福平 第{AGE}天\n督导村医 {N}\n村卫生室电话 {L}\n",
            "学校结核病密切接触者筛查：{NC}，{NB}出生，PPD强阳性；班主任{N}；家长{F}，电话{M}；学校：库木巴格市第三中学\n",
            "TB contact tracing\nIndex case: {UL} (MRN {R})\nContacts: {UL}, {UL}\nAddress: {AU}\nTracer: {E}\n",
            "耐多药结核转诊：{P}，{AGE}岁，长途货车司机，GeneXpert利福平耐药；转自治区胸科医院；身份证{ID}；联系电话{M}\n",
            "[语音留言] 医生 我是{UD}的儿子 我阿达吃结核药以后眼睛发黄 饭也不想吃 他在{A0} 我电话{MV}\n",
            // Cotton harvest, ginneries and heat.
            "拾花工入疆健康登记：{P}，{AGE}岁，来自甘肃定西，身份证{ID}；手机{M}；带队人{F}；驻地{A0}\n",
            "采棉机事故：{P}（工友叫他{PG}），{AGE}岁，二五一团采棉机机手，右手卷入摘锭，开放性骨折；车牌新Q·7K203；"
                    + "连长{FS}；工伤保险{I}；接诊{DR}\n",
            "热射病抢救记录：{UY}，{AGE}岁，棉田打顶时晕倒，核心体温41.2℃，冰毯降温；住院号{R}；家属{UY}，{M}\n",
            "拾花工集体中暑登记\n{P} 头晕呕吐 {M}\n{N} 大汗 {M}\n{NM} 乏力 {L}\n带队：{PK}\n",
            "棉花加工厂外伤：{P}，轧花机致左手三指离断；老板{F}垫付医药费，刷卡{B}；{DS}医生清创\n",
            "[语音转文字] 喂 医生 我们是四川来的拾花工 我们组长{P}在地里晕倒了 叫不醒 我们在{A0} 我电话{MV}\n",
            "Seasonal cotton picker {UP}, born {DOBE}, heat exhaustion in the field; regiment hospital MRN {R}; "
                    + "crew leader {P}, {M}.\n",
            // Uyghur medicine.
            "维吾尔医门诊病历\n姓名：{UY}  性别：{SEX}\n出生日期：{DOBU}\n诊断：白癜风\n处方：复方木尼孜其颗粒、驱白巴布期片\n"
                    + "维吾尔医：{UY}\n",
            "维吾尔医沙疗登记：{MN}，风湿性关节炎，吐鲁番沙疗第5天；医保号{I}；维医师{DR}\n",
            "[微信 维医门诊]\n{MN}：大夫，我的祖卡木颗粒吃完了\n{DR}：{MG}阿恰，明天来开，带上医保卡\n{MG}：好的，我手机{M}\n",
            "بىمار: {UA}\nتۇغۇلغان ۋاقتى: {DOBU}\nئادرېسى: {AU}\nتېلېفون: {M}\nدوختۇر: {DR}\n",
            // Maternal and child health, vaccination.
            "孕产妇保健手册\n孕妇：{UY}  出生日期：{DOB}\n丈夫：{UY}\n住址：{A}\n高危因素：第五胎、贫血\n建册医生：{N}\n",
            "高危孕妇转诊：{MN}，孕34周，子痫前期；由托格拉克乡卫生院转阿恰塔格县人民医院；翻译{UY}；丈夫电话{M}；"
                    + "转诊医生{DR}\n",
            "新生儿访视：{P}之女，{NB}出生，体重3150g，脐带已脱落；母亲住{A0}；访视护士{N}\n",
            "预防接种：{NC}（{F}之子），{NB}出生，今日接种麻腮风疫苗，批号202403B017；留观30分钟；接种员{N}；家长手机{M}\n",
            "儿童保健：{UY}的巴郎，{NB}出生，中度营养不良，体重低于同龄儿；嘱每日加鸡蛋和牛奶；村医{N}\n",
            "出生医学证明补办申请：新生儿{NC}，{NB}出生；母亲{P}，身份证{ID}；父亲{F}；申请人电话{M}\n",
            "Prenatal visit (Kazakh interpreter)\nName: {LT}\nDOB: {DOBR}\nGestation: 28 weeks, Hb 96 g/L\nPhone: {MX}\n"
                    + "Midwife: {E}\n",
            "[语音转文字] 医生 我是{UD} 我家巴郎子发烧三天了 不吃奶 我们在{A0} 电话{MV}\n",
            "疫苗接种异常反应报告：{NC}，{NB}出生，接种百白破后高热；疫苗批号202311A085；家长{F}，{M}；报告人{DR}\n",
            "ئەملەش ئۇقتۇرۇشى\nبالىنىڭ ئاتا-ئانىسى: {UA}\nبالىنىڭ تۇغۇلغان ۋاقتى: {NB}\nئادرېسى: {AU}\nتېلېفون: {M}\n",
            "塔吉克族新生儿访视：{TJ}之女，{NB}出生，高原地区，血氧90%；访视医生{N}；家长电话{M}\n",
            // The elders' free health check.
            "全民健康体检报告\n姓名：{MN}  出生日期：{DOB}\n身份证号：{ID}\n血压：{BP}\n空腹血糖：6.9mmol/L\n"
                    + "体检机构：托格拉克乡卫生院\n主检医师：{DR}\n",
            "老年人健康体检花名册（3村）\n序号,姓名,出生日期,身份证号,电话\n1,{UY},{DOBC},{ID},{M}\n2,{UY},{DOBC},{ID},{M}\n"
                    + "3,{P},{DOBC},{ID},{L}\n",
            "全民健康体检结果告知：{UY}，{AGE}岁，心电图ST-T改变，建议到县医院复查；儿子{UD}陪同；住{A}\n",
            "Free health check summary (Latin transcript for the NGO)\nName: {UP}\nBorn: {DOBE}\nBP 168/98, HbA1c 8.1%\n"
                    + "Village doctor: {UL}\nCall: {L}\n",
            "[OCR] 全 民 健 康 体 检 表\n姓 名 {PO}\n出生 日期 {DOB}\n身份 证号 {ID}\n",
            "锡伯族老人体检：{XB}，{AGE}岁，听力下降；女儿{XB}，电话{M}；体检医生{DR}；住{A}\n",
            // Family doctors and chronic disease.
            "家庭医生签约服务协议\n乙方：{UY}  身份证号：{ID}\n住址：{A}\n联系电话：{M}\n服务包：高血压＋糖尿病\n"
                    + "团队长：{DR}  签约日期：{D}\n",
            "高血压随访：{MG}阿卡，{AGE}岁，血压{BP}，自己停了药，说吃了抓饭和馕就好了；儿子电话{M}；随访{N}\n",
            "糖尿病随访：{PS}大妈，{AGE}岁，{LAB}；过年炸了馓子吃了不少；老伴{F}帮着打胰岛素；随访{DR}\n",
            "慢病随访记录：{MN}（{MG}），{AGE}岁，高血压合并糖尿病；{LAB}；家属{UY}，电话{M}；随访医生{DR}\n",
            "家庭医生上门：{PS}师傅（{P}），{AGE}岁，老军垦，脑梗后遗症卧床；女儿{F}在乌鲁木齐上班，电话{M}；签约医生{DR}\n",
            "慢阻肺随访：{P}，原二五一团8连职工，冬天烧煤取暖；CAT评分20分；医保号{I}；家属{F}，{L}\n",
            "[微信群 3村家庭医生服务群]\n{UY}：{DS}大夫，我阿帕今天血压{BP}，头晕\n{DR}：药按时吃了没？下午我去村里看\n"
                    + "{UY}：吃了，电话{M}\n",
            "签约居民名册（英阿瓦提村）\n1 {UY} {ID} 高血压\n2 {MN} {ID} 孕产妇\n3 {N} {ID} 残疾人\n团队医生：{DR}  电话：{L}\n",
            "俄罗斯族老人居家随访：{RU}（{CY}），{AGE}岁，心衰，下肢水肿；女儿{RU}，电话{M}；随访医生{DR}\n",
            // The regiment.
            "二五一团医院 入院记录\n姓名：{P}  籍贯：河南周口\n出生日期：{DOB}\n住址：{A}\n联系人：{F}（{KIN}）{M}\n"
                    + "主治医师：{DR}\n",
            "连队职工体检：{P}，{AGE}岁，8连职工，滴灌带铺设工；身份证{ID}；兵团医保号{I}；连长{FS}签字\n",
            "团场医院夜班交班：3床{P}，农药中毒第2天；5床{UY}，阑尾炎术后；7床{NM}，骨折牵引；值班护士{N}，接班{N}\n",
            "[语音留言] {DS}主任 我是8连的{P} 俺爹在地头上摔了 腿肿得厉害 中不中派个车来 我们在{A0} 电话{MV}\n",
            "[微信群 二五一团8连群]\n连长{FS}：明天团医院来体检，{P}、{N}、{N}空腹去连部\n{P}：我刚浇完地，后天中不中\n"
                    + "{DR}：中，后天九点，电话{L}\n",
            "兵团职工医保报销：{P}，兵团医保号{I}，住院号{R}，报销款打入{B}；经办人{N}\n",
            // The pastures.
            "牧业队卫生所巡诊记录（冬牧场）\n{KZ}，{AGE}岁，冻伤右足；{KZ}，{AGE}岁，咳嗽；{MN}，高血压\n巡诊医生：{DR}\n"
                    + "牧业队联系电话：{M}\n",
            "转场途中分娩：产妇{KZ}，在夏牧场毡房内分娩，新生儿男，{NB}出生；接生村医{N}；丈夫电话{MX}\n",
            "Медициналық жазба / 牧区巡诊记录\nАты-жөні: {CY}\nТуған күні: {DOBR}\nМекенжайы: {A}\nТелефон: {MX}\n"
                    + "Дәрігер: {DR}\n",
            "牧民健康档案\n户主：{KZ}\n出生日期：{DOB}\n冬牧场：{A0}\n夏牧场：库尔德宁\n手机：{M}\n档案号：{R}\n",
            "[语音转文字] 大夫 我是牧业二队的{KZ} 我们家老人从马上摔下来了 在夏牧场 路不好走 我的电话{MV}\n",
            "Kyrgyz herder at altitude: {LT} ({KY}), born {DOBR}, high-altitude polycythaemia, Hb 212 g/L; "
                    + "phone {MX}; seen by Dr {ES}\n",
            "牧区儿童接种补种：{KY}之子，{NB}出生，随父母转场漏种乙肝疫苗第3针；牧业队电话{M}；接种员{N}\n",
            "蒙古族牧民就诊：{MO}，{AGE}岁，夏牧场放牧，高原红细胞增多；儿子{MO}，电话{M}；接诊{DS}医生\n",
            // Truck drivers and cross-border traders.
            "长途货车司机就诊：{P}，{AGE}岁，车牌新A·3D721，跑乌鲁木齐到霍尔果斯口岸的线，腰椎间盘突出；电话{M}；"
                    + "接诊{DS}医生\n",
            "口岸发热旅客排查：{LT}，哈萨克斯坦籍，经霍尔果斯口岸入境，体温38.4℃；护照号N12873465；哈方电话{MX}；检疫员{N}\n",
            "边贸商户就诊：{UY}，{AGE}岁，在吐尔尕特口岸做干果生意，胸闷；吉尔吉斯斯坦合伙人电话{MX}；中国手机{M}；住{A0}\n",
            "Cross-border trader, Khorgos: {CY} / {LT}, DOB {DOBR}, chest pain; Kazakh mobile {MX}; interpreter {UL}\n",
            "高原转诊：{TJ}，{AGE}岁，塔吉克族，高原肺水肿，由边防连卫生队转县医院；翻译{UY}；电话{M}；住{A0}\n",
            // Referrals, discharge summaries, handovers, interpreters.
            "双向转诊单（上转）\n患者 {UY}，{AGE}岁，病案号 {R}\n由 阿恰塔格县人民医院 转 库木巴格医学院第一附属医院 心内科\n"
                    + "理由：急性心肌梗死\n翻译 {UY}；接收医师 {DR}；联系 {L}\n",
            "出院小结（肝胆外科）\n患者：{MN}  住院号：{R}\n出院诊断：肝囊型包虫病CE2，术后\n出院带药：阿苯达唑{DOSE}\n"
                    + "复诊：{D}\n经治医师：{DR}\n",
            "护理交班：12床{UY}，术后第1天，引流液50ml；14床{P}，{DIS}；16床{KZ}，布病；值班{N}，接班{N}\n",
            "问诊经翻译：患者{MN}只会说维吾尔语，由村医{UY}翻译；主诉{SYM}{DUR}；{DS}医生开检查单\n",
            "[口述录音整理] 这个是{DR}口述 病人{UY} {AGE}岁 种核桃的 {SYM}{DUR} 病史由他女儿{UD}提供 翻译{N} 完\n",
            "出院小结\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n住院号：{R}\n诊断：热射病，横纹肌溶解\n出院医嘱：避免高温作业\n"
                    + "医师：{DR}\n",
            "DISCHARGE SUMMARY - Kumbagh Medical College First Affiliated Hospital\nName: {UL}   MRN: {R}   DOB: {DOBE}\n"
                    + "Dx: hepatic cystic echinococcosis, post-op\nFollow-up: ultrasound in 3 months\nSigned: Dr {E}; "
                    + "escort {E2}\n",
            "护理交班：2床{MO}，肺炎；4床{XB}，髋部骨折；6床{RU}，心衰；值班护士{N}，护士长{DS}查房\n",
            // Voice notes.
            "[语音转文字] 医生你好 我是{UY} 我阿帕的降压药吃完了 医保卡号是{I} 明天过来拿 亚克西\n",
            "[语音留言] {DS}大夫 我是3村的{MG} 我家巴郎子摔了胳膊 肿得很 我们在{A0} 电话{MV}\n",
            "[语音转文字] 喂 我是{F} {PG}拾花的时候被棉杆扎了眼睛 现在在{A0} 快来 我电话{MV}\n",
            "[语音留言] 大夫 咋个办嘛 我老汉{P}喝了酒从三轮车上摔下来 头上流血 我们在{A} 我是{F} 电话{MV}\n",
            "[语音转文字] 我叫{KZ} 牧业队的 我老婆生娃娃三天了 一直发烧 我们在{A0} 电话{MV}\n",
            "[语音留言] 医生 我是{UY} 我的出生日期应该是{DOB} 体检表上写错了 改一下 我电话{MV}\n",
            "[语音转文字] ياخشىمۇسىز دوختۇر، مەن {UA}. ئاپام كېسەل، قان بېسىمى ئۆرلەپ كەتتى. تېلېفونۇم {M}\n",
            "[语音转文字] Сәлеметсіз бе, дәрігер, мен {CY}. Әкемнің қан қысымы көтерілді. Телефоным {MX}\n",
            "[语音留言] 我是{PK} 8连的 {PS}师傅在棉花地里中暑了 人迷糊 我们在{A0} 电话{M}\n",
            "[语音留言] {MG}阿卡 我是卫生院的{N} 你的包虫病复查结果出来了 明天来拿 我电话{L}\n",
            "[语音转文字] 大夫 我们是吉尔吉斯那边过来拉货的 我的朋友{KY}肚子疼得很 我电话{MX}\n",
            "[语音留言] 我是{UD} 我阿达要做白内障手术 他的身份证{ID} 住{A}\n",
            "[语音转文字] 喂 {DS}大夫 我是{P} 俺娘的出生日期是{DOB} 您帮忙改一下 {PG}他舅说写错了\n",
            // WeChat.
            "[微信群 托格拉克乡卫生院包虫病筛查群]\n{N}：明天去5村，{UY}、{UY}家没来筛查\n{DR}：带上B超机\n"
                    + "{UY}：我在村委会等，电话{M}\n",
            "[微信 聊天记录]\n{F}：医生，我家老爷子{P}这两天发烧，关节疼\n{DR}：家里养羊吗？可能是布病，先来抽血\n"
                    + "{F}：养了二十只，他电话{M}\n",
            "[微信群 阿恰塔格县拾花工服务群]\n带队{P}：{N}、{N}两个人发烧了，{PK}也说头疼\n{DR}：送到乡卫生院\n"
                    + "{P}：好的，我电话{M}\n",
            "[微信 翻译群] {N}：{UY}的B超结果出来了，CE1型，麻烦翻给她听；她女儿{UD}说明天来\n",
            "[微信群 牧业二队]\n{KZ}：{DS}大夫，冬窝子有人咳嗽带血\n{DR}：谁？\n{KZ}：{MG}大叔，电话{MX}\n",
            "[微信 家庭医生]\n{F}：老{PS}今天又没吃药\n{DR}：{MG}大姐那边也要去看，我下午一起去\n{F}：好，我电话{M}\n",
            // OCR'd forms.
            "[OCR] 包 虫 病 手 术 救 助 申 请 表\n申请人 {UO}\n身份证 {ID}\n收款 账号 {B}\n",
            "[OCR] 孕 产 妇 保 健 手 册 孕妇 {UO} 孕周 30 医保 {I} 现住 {A}\n",
            "[OCR] 双 向 转 诊 单 患者 {PO} 转出 二五一团医院 接收医生 {DR} 电话 {L}\n",
            "[OCR] 结 核 病 登 记 卡\n病 人 {UO}\n证件 {ID}\n登记号 {R}\n",
            "[OCR] 家 庭 医 生 签 约 服 务 协 议 乙方 {PO} 手机 {M} 住址 {A0} 团队 托格拉克乡卫生院\n",
            "[OCR] 出 生 医 学 证 明\n新生儿 {NC}\n出生 时间 {NB}\n母亲 {PO}\n父亲 {F}\n",
            "[OCR] 布 病 个 案 卡 姓名 {UO} 出生 {DOB} 电话 {M}\n",
            // Tables.
            "| 床号 | 姓名 | 住院号 | 诊断 | 责任护士 |\n|---|---|---|---|---|\n| 3 | {UY} | {R} | 肝包虫病 | {N} |\n"
                    + "| 5 | {KZ} | {R} | 布病 | {N} |\n",
            "姓名|身份证|医保号|紧急联系人|关系\n{P}|{ID}|{I}|{F}|{KIN}\n{UY}|{ID}|{I}|{UY}|儿子\n",
            "name\tnationality\tborn\tphone\n{LT}\tKazakhstan\t{DOBR}\t{MX}\n{LT}\tKyrgyzstan\t{DOBR}\t{MX}\n"
                    + "{E}\tvisiting researcher\t{DOBE}\t{M}\n",
            "工号\t姓名\t岗位\t工资卡\nBT0317\t{P}\t采棉机手\t{B}\nBT0412\t{N}\t轧花\t{B}\n",
            "病历号,维文姓名,中文姓名,出生日期\n{R},{UA},{UY},{DOBC}\n{R},{UA},{UY},{DOBC}\n",
            "序号,户主,出生年月,手机号码,家庭住址\n1,{UY},{DOB},{M},{A}\n2,{P},{DOB},{L},{A0}\n",
            "| 车牌 | 司机 | 电话 | 货物 | 处置 |\n|---|---|---|---|---|\n| 新A·3D721 | {P} | {M} | 棉花 | 测血压 |\n"
                    + "| 新Q·7K203 | {UY} | {M} | 红枣 | 包扎 |\n",
            "姓名,民族,出生日期,住址\n{MO},蒙古族,{DOB},{A}\n{XB},锡伯族,{DOB},{A0}\n{RU},俄罗斯族,{DOB},{A}\n"
                    + "{TJ},塔吉克族,{DOB},{A0}\n",
            "Name,Script,DOB,Phone\n{UL},Uyghur,{DOBC},{M}\n{UP},Uyghur (pinyin),{DOBC},{M}\n{LT},Kazakh,{DOBC},{MX}\n",
            "拾花工花名册\n{P}、{N}、{N}、{N}\n带队：{F}  电话：{M}\n驻地：{A0}\n",
            // JSON exports.
            "{\"姓名\":\"{UY}\",\"维文姓名\":\"{UA}\",\"证件号\":\"{ID}\",\"联系电话\":\"{M}\",\"档案号\":\"{R}\","
                    + "\"包虫病筛查\":\"阴性\"}\n",
            "{\"name\":\"{UL}\",\"name_cn\":\"{UY}\",\"dob\":\"{DOBC}\",\"phone\":\"{M}\",\"address\":\"{AU}\"}\n",
            "{\"牧民\":\"{KZ}\",\"哈文姓名\":\"{CY}\",\"出生日期\":\"{DOBR}\",\"手机\":\"{MX}\",\"冬牧场\":\"{A0}\"}\n",
            "{\"拾花工\":\"{P}\",\"身份证号\":\"{ID}\",\"工伤保险号\":\"{I}\",\"工资卡\":\"{B}\",\"棉田\":\"二五一团8连\"}\n",
            "{\"产妇\":\"{UY}\",\"丈夫\":{\"姓名\":\"{UD}\",\"电话\":\"{M}\"},\"新生儿出生\":\"{NB}\",\"住院号\":\"{R}\","
                    + "\"维文出生日期\":\"{DOBU}\"}\n",
            // HL7-like segments.
            "MSH|^~\\&|KMBLIS|KMBFY|||20240612101500||ORU^R01|MSG24612|P|2.4\n"
                    + "PID|1||{R}^^^KMBFY^MR||{UL}||{DOBC}|{SEX}|||{AU}||{M}\nOBX|1|ST|ECHI^Ultrasound||CE1\n"
                    + "NK1|1|{UP}|{KIN}||{M}\n",
            "PID|1||{R}||{LT}||{DOBC}|F|||{A}||{MX}\n",
            "PID|1||{R}^^^BT251^MR||{UP}||{DOBC}|M|||{A}^^^^^CHN||{L}|||||{ID}\nIN1|1|BTYB|{I}\n",
            "PV1|1|I|GDWK^12||||{DR}\nPID|1||{R}||{UY}||{DOBC}|F\n",
            // SMS.
            "【库木巴格医学院第一附属医院】{UY}您好，您{D}的包虫病复查已预约，住院号{R}，咨询请拨{L}。\n",
            "【托格拉克乡卫生院】{MG}阿卡您好，您的高血压随访时间为{D}，请带医保卡{I}。\n",
            "【阿恰塔格县医疗保障局】{UY}，您的包虫病手术救助金已核定，将转入账户{B}。咨询热线12345。\n",
            "【二五一团医院】{PS}师傅您好，体检发现您血压偏高，请于{D}前到团医院复测。\n",
            "【Kumbagh First Hospital】Dear {E}, your brucellosis serology is ready at the international clinic. "
                    + "MRN {R}. Tel {L}.\n",
            "【قۇمباغ دوختۇرخانىسى】ھۆرمەتلىك {UA}، تەكشۈرۈش نەتىجىڭىز چىقتى. دېلو نومۇرى {R}. تېلېفون {L}\n",
            "【Қумбағ ауруханасы】Құрметті {CY}, талдау нәтижесі дайын. Телефон {L}\n",
            "【阿恰塔格县妇幼保健院】{P}您好，您孩子{NC}（{NB}出生）的第2剂乙肝疫苗接种时间为{D}。\n",
            "【库木巴格市疾控中心】{P}，您的肺结核密切接触者筛查结果正常。标本号XJ2406120387。如有咳嗽请拨{L}。\n",
            // E-mails.
            "主题：包虫病手术患者{MN}情况\n收件人：{N}（自治区包虫病防治中心）\n正文：{N}您好，患者{MG}（身份证{ID}）于{D}"
                    + "行肝包虫切除术，住院号{R}。主治医师{DR}，电话{L}\n",
            "Subject: Echinococcosis survey data\nDear Dr {ES},\nAttached are the ultrasound results for {UL} "
                    + "(born {DOBE}) and {UL}. Village contact: {UP}, {M}.\nBest, {EG}\n",
            "Subject: Brucellosis case from the summer pasture\nDear {EG},\n{LT} (DOB {DOBR}) is on doxycycline and "
                    + "rifampicin, MRN {R}. His brother {LT} can be reached on {MX}.\nDr {E}\n",
            "主题：拾花工工伤住院费用\n正文：轧花厂老板{N}同意为{P}垫付住院费，病案号{R}，付款账户{B}；家属{F}已电话告知（{M}）\n",
            "Subject: Visiting researchers\nDear Dr {ES},\n{E} and {E2} arrive on {D} to join the hydatid screening "
                    + "in the township. Their driver {UP} is on {M}.\nBest, {EG}\n",
            "主题：团场老职工体检名单\n{F}您好：二五一团8连{P}（{DOB}生）、{N}的体检报告已出，兵团医保号{I}。二五一团医院{N}\n",
            // Diet advice and notes with dishes and everyday words.
            "出院饮食指导：{UY}，高血压，少吃抓饭、馕和烤包子，拉条子少放盐；手抓肉、马肠子每周不超过一次；可喝淡奶茶；"
                    + "营养师{N}\n",
            "康复指导：{P}，马上停用止痛药，白天多饮水，杨树飞絮时戴口罩；海拔高的地方暂不要去；相关事宜联系{F}，电话{M}\n",
            "门诊处方：{P}，王不留行、陈皮煎服，张力性头痛另予布洛芬；{DS}医生开方；玫瑰花糖膏、西帕依固龈液自备\n",
            "护理记录：{MN}，术后夜间疼痛，护士长{DS}查看；维吾尔族患者，家属送来馕和酸奶疙瘩；阿帕、阿达轮流陪护\n",
            "民族医学讲座签到：哈萨克族、柯尔克孜族、锡伯族、塔吉克族、回族群众参加；主讲{DR}；签到{N}、{N}、{NM}\n");

    // The common surnames of the Han Bingtuan families (王, 李, 张, 刘, 陈, 杨, 赵, 周, 吴, 孙, 徐, 胡), the Hui ones
    // (马, 丁, 白, 海, 哈, 纳, 穆, 沙), mid-frequency ones, with given names of four generations; four surnames no
    // earlier group used and word-like names.
    private static final List<String> CHINESE = List.of((""
            + "王守田 王援疆 王翠莲 王振疆 王志坚 王秀珍 王长庚 王梓墨 王书瑶 王保山 王戍边 王银花 王金锁 王语棠 王骞 "
            + "李支边 李淑珍 李建疆 李兴邦 李向东 李爱疆 李梦溪 李思琪 李锦程 李秀珠 李福全 李安琪 李岚 "
            + "张支疆 张素云 张立疆 张桂珍 张卫国 张晓蓓 张梦瑶 张子墨 张庆丰 张秀芹 张学军 张一航 "
            + "刘支疆 刘素芬 刘新疆 刘桂琴 刘卫兵 刘晓岚 刘宇航 刘欣悦 刘庆春 刘炜 "
            + "陈兴疆 陈淑芬 陈国庆 陈翠玲 陈志远 陈梓萌 陈永胜 陈小川 陈曦 "
            + "杨保疆 杨秀芹 杨占林 杨彩霞 杨金宝 杨天佑 杨雨菲 杨振疆 "
            + "赵卫星 赵玉珍 赵满仓 赵海洲 赵晓雯 赵翠萍 赵蕊 "
            + "周长顺 周翠兰 周疆生 周婧怡 吴德胜 吴桂香 吴家乐 吴雅婷 吴铁牛 "
            + "孙守边 孙玉琴 孙浩楠 徐卫疆 徐美华 徐子豪 胡永年 胡翠花 胡嘉琪 "
            + "马占彪 马素珍 马进忠 马玉清 马福顺 马晓虎 马成虎 马雪芹 马伊娜 马蹄 "
            + "丁存良 丁素梅 丁振邦 白占奎 白凤芝 白梓豪 胡同 海正清 海桂兰 海若曦 海洋 周密 王冠 "
            + "哈德福 哈秀芳 纳文礼 穆建林 沙振清 沙丽娜 "
            + "郭守疆 郭丽珠 何支农 何雨萌 高振山 高玉芬 高守业 罗德胜 罗小娅 朱援疆 朱梦琪 彭家富 冯桂珍 冯铁军 "
            + "邓淑琴 邓世海 曾德厚 魏长河 魏巧云 蒋巧玲 谢永奎 宋玉枝 唐国富 韩援疆 韩梓航 付秀云 付小宝 "
            + "摆存福 摆秀英 朵占海 朵秀花 兀建疆 兀翠兰 咸守义 咸桂琴 "
            ).strip().split(" "));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("王梓墨 王书瑶 王语棠 李梦溪 李思琪 李安琪 张梦瑶 张子墨 张一航 "
            + "刘宇航 刘欣悦 陈梓萌 杨雨菲 周婧怡 吴家乐 孙浩楠 徐子豪 胡嘉琪 马伊娜 白梓豪 海若曦 何雨萌 朱梦琪 "
            + "韩梓航").split(" "));
    /**
     * The surnames no earlier blind group gave anyone: 摆 of the Ningxia and Gansu Hui, 朵 and 兀 of Gansu, 咸 of
     * Henan, all of families that came to the Bingtuan.
     */
    static final String RARE_SURNAMES = "摆朵兀咸";
    /** Pool names that are also ordinary words: ocean, horseshoe, alley, thorough, crown. */
    static final List<String> WORD_LIKE = List.of("海洋", "马蹄", "胡同", "周密", "王冠");
    /** Uyghur names, given·father: Chinese|Uyghur Arabic script|Latin (passport)|pinyin-like (as on Chinese papers). */
    private static final List<String> UYGHUR = List.of(
            "艾尔肯·吐拉洪|ئەركىن تۇراخۇن|Erkin Turaxun|Aierken Tulahong",
            "买合木提·司马义|مەخمۇت ئىسمايىل|Mexmut Ismayil|Maihemuti Simayi",
            "努尔麦麦提·阿西木|نۇرمەمەت ھاشىم|Nurmemet Hashim|Nuermaimaiti Aximu",
            "吾买尔江·卡德尔|ئۆمەرجان قادىر|Omerjan Qadir|Wumaierjiang Kadeer",
            "阿不力克木·牙生|ئابلىكىم ياسىن|Ablikim Yasin|Abulikemu Yasheng",
            "艾则孜·肉孜|ئەزىز روزى|Eziz Rozi|Aizezi Rouzi",
            "图尔贡·巴拉提|تۇرغۇن بارات|Turghun Barat|Tuergong Balati",
            "卡哈尔·玉素甫|قاھار يۈسۈپ|Qahar Yusup|Kahaer Yusufu",
            "赛买提·尼亚孜|سەمەت نىياز|Semet Niyaz|Saimaiti Niyazi",
            "依明·托合提|ئىمىن توختى|Imin Toxti|Yiming Tuoheti",
            "麦麦提敏·吾休尔|مەمتىمىن ھوشۇر|Memtimin Hoshur|Maimaitimin Wuxiuer",
            "阿布都外力·热西提|ئابدۇۋەلى رەشىت|Abduweli Reshit|Abuduwaili Rexiti",
            "库尔班·斯拉木|قۇربان ئىسلام|Qurban Islam|Kuerban Silamu",
            "塔依尔·阿吾提|تاھىر ئاۋۇت|Tahir Awut|Tayier Awuti",
            "吐逊·艾山|تۇرسۇن ھەسەن|Tursun Hesen|Tuxun Aishan",
            "阿迪力·吐尔地|ئادىل تۇردى|Adil Turdi|Adili Tuerdi",
            "阿里木·阿布拉|ئالىم ئابلا|Alim Abla|Alimu Abula",
            "迪力夏提·买合苏提|دىلشات مەخسۇت|Dilshat Mexsut|Dilixiati Maihesuti",
            "麦尔丹·艾则孜|مەردان ئەزىز|Merdan Eziz|Maierdan Aizezi",
            "热合木江·沙吾提|رەھىمجان ساۋۇت|Rehimjan Sawut|Rehemujiang Shawuti",
            "努尔艾力·吾拉木|نۇرئەلى غۇلام|Nurali Ghulam|Nueraili Wulamu",
            "艾克拜尔·吐尼亚孜|ئەكبەر تۇنىياز|Ekber Tuniyaz|Aikebaier Tuniyazi",
            "居来提·阿不都热依木|جۈرئەت ئابدۇرېھىم|Juret Abdurehim|Julaiti Abudureyimu",
            "艾尼瓦尔·沙比尔|ئەنۋەر سابىر|Enwer Sabir|Ainiwaer Shabier",
            "比拉力·吾买尔|بىلال ئۆمەر|Bilal Omer|Bilali Wumaier",
            "帕提麦·库尔班|پاتىمە قۇربان|Patime Qurban|Patimai Kuerban",
            "米日古丽·阿不力孜|مېھرىگۈل ئابلىز|Mehrigul Abliz|Miriguli Abulizi",
            "祖丽皮亚·依明|زۇلپىيە ئىمىن|Zulpiye Imin|Zulipiya Yiming",
            "热孜万古丽·吐尔洪|رىزۋانگۈل تۇرغۇن|Rizwangul Turghun|Reziwanguli Tuerhong",
            "努尔尼沙·阿布拉|نۇرنىسا ئابلا|Nurnisa Abla|Nuernisha Abula",
            "阿瓦汗·司马义|ئاۋاخان ئىسمايىل|Awaxan Ismayil|Awahan Simayi",
            "夏木西努尔·托合提|شەمشىنۇر توختى|Shemshinur Toxti|Xiamuxinuer Tuoheti",
            "麦合布拜·吐逊|مەھبۇبە تۇرسۇن|Mehbube Tursun|Maihebubai Tuxun",
            "阿孜古丽·玉素甫|ئەزىزگۈل يۈسۈپ|Ezizgul Yusup|Aziguli Yusufu",
            "吐尼沙汗·沙吾提|تۇنىساخان ساۋۇت|Tunisaxan Sawut|Tunishahan Shawuti",
            "古再丽努尔·阿不都克热木|گۈزەلنۇر ئابدۇكېرىم|Guzelnur Abdukerim|Guzailinuer Abudukeremu",
            "阿米娜·阿吾提|ئامىنە ئاۋۇت|Amine Awut|Amina Awuti",
            "苏比努尔·卡德尔|سۇبىنۇر قادىر|Subinur Qadir|Subinuer Kadeer",
            "再娜甫·阿西木|زەينەپ ھاشىم|Zeynep Hashim|Zainafu Aximu",
            "阿尔孜古丽·肉孜|ئارزۇگۈل روزى|Arzugul Rozi|Aerziguli Rouzi",
            "伊巴代提·阿不力米提|ئىبادەت ئابلىمىت|Ibadet Ablimit|Yibadaiti Abulimiti",
            "穆妮热·库尔班|مۇنىرە قۇربان|Munire Qurban|Munire Kuerban",
            "排孜拉·买提尼亚孜|پەيزىلە مەتنىياز|Peyzile Metniyaz|Paizila Maitiniyazi",
            "海丽切木·塔依尔|ھەلچەم تاھىر|Helchem Tahir|Hailiqiemu Tayier");
    /** Kazakh names: Chinese (given·father)|Cyrillic (given and patronymic in -ұлы or -қызы)|Latin. */
    private static final List<String> KAZAKH = List.of(
            "叶尔兰·别克|Ерлан Бекұлы|Yerlan Bekuly",
            "古丽娜孜·努尔兰|Гүлназ Нұрланқызы|Gulnaz Nurlankyzy",
            "别克波拉提·哈米提|Бекболат Хамитұлы|Bekbolat Khamituly",
            "加娜尔·托列吾汗|Жанар Төлеуханқызы|Zhanar Toleukhankyzy",
            "阿斯哈尔·达吾列提|Асқар Дәулетұлы|Askar Dauletuly",
            "马合沙提·努尔别克|Махсат Нұрбекұлы|Makhsat Nurbekuly",
            "巴合提古丽·吐尔森|Бақытгүл Тұрсынқызы|Bakytgul Tursynkyzy",
            "达吾列提·卡力木|Дәулет Кәрімұлы|Daulet Karimuly",
            "库拉依·阿曼|Құралай Аманқызы|Kuralai Amankyzy",
            "努尔江·托合塔尔|Нұржан Тоқтарұлы|Nurzhan Toktaruly",
            "阿依达娜·叶尔江|Айдана Ержанқызы|Aidana Yerzhankyzy",
            "木拉提·哈德尔别克|Мұрат Қыдырбекұлы|Murat Kydyrbekuly",
            "萨吾列·加克斯勒克|Сәуле Жақсылыққызы|Saule Zhaksylykkyzy",
            "塔斯肯·吾买尔|Тасқын Өмірұлы|Taskyn Omiruly",
            "胡安德克·沙依兰|Қуандық Сайранұлы|Kuandyk Sairanuly",
            "玛依拉·胡安|Майра Қуанқызы|Maira Kuankyzy",
            "达娜·江布尔|Дана Жамбылқызы|Dana Zhambylkyzy",
            "哈那提·吐尔逊别克|Қанат Тұрсынбекұлы|Kanat Tursynbekuly");
    /** Kyrgyz names: Chinese|Cyrillic (given and patronymic with уулу or кызы)|Latin. */
    private static final List<String> KYRGYZ = List.of(
            "阿曼吐尔·卡德尔别克|Амантур Кадырбек уулу|Amantur Kadyrbek uulu",
            "古丽江·吐尔地|Гүлжан Турду кызы|Gulzhan Turdu kyzy",
            "阿依别克·托合托逊|Айбек Токтосун уулу|Aibek Toktosun uulu",
            "别克吐尔·卡德尔|Бектур Кадыр уулу|Bektur Kadyr uulu",
            "阿依吐尔干·托洪|Айтурган Токон кызы|Aiturgan Tokon kyzy",
            "苏坦别克·马木提|Султанбек Мамыт уулу|Sultanbek Mamyt uulu");
    /** Tajik names of the Pamirs: Chinese|Latin. */
    private static final List<String> TAJIK = List.of("巴合提亚尔·沙迪克|Bakhtiyar Sadiq", "阿尔斯兰·米尔扎|Arslan Mirza",
            "泽米拉·阿力甫|Zamira Alif", "热孜亚·巴布尔|Raziya Babur", "赛力木·依沙克|Salim Ishaq",
            "古丽巴努·夏迪|Gulbanu Shadi");
    /** Russian-descended townspeople: Chinese|Cyrillic|Latin. */
    private static final List<String> RUSSIAN = List.of("瓦莲京娜·库兹明娜|Валентина Кузьмина|Valentina Kuzmina",
            "安德烈·谢苗诺夫|Андрей Семёнов|Andrei Semyonov", "娜塔莎·别洛娃|Наташа Белова|Natasha Belova",
            "尤里·巴拉诺夫|Юрий Баранов|Yuri Baranov", "柳德米拉·萨维娜|Людмила Савина|Lyudmila Savina");
    /** Mongol herders of the Torghut pastures, written as one word. */
    private static final List<String> MONGOL = List.of("才仁道尔吉", "达来巴图", "那木加甫", "孟克吉日嘎拉", "巴桑加甫",
            "额尔德尼其其格");
    /** Xibe names: the clan name, a dot and the given name. */
    private static final List<String> XIBE = List.of("托霍洛·永庆", "安佳·桂春", "图克色里·春明", "瓜尔佳·寿山",
            "胡希哈里·素兰");
    /** Every Chinese-written minority name. */
    private static final List<String> MINORITY = Stream.of(UYGHUR.stream().map(Blind28Templates::first),
            KAZAKH.stream().map(Blind28Templates::first), KYRGYZ.stream().map(Blind28Templates::first),
            TAJIK.stream().map(Blind28Templates::first), RUSSIAN.stream().map(Blind28Templates::first),
            MONGOL.stream(), XIBE.stream()).flatMap(s -> s).toList();
    /** The minority patients of the records (MN): Uyghur, Kazakh, Kyrgyz and Tajik names, all given·father. */
    private static final List<String> TURKIC = Stream.of(UYGHUR, KAZAKH, KYRGYZ, TAJIK).flatMap(List::stream)
            .map(Blind28Templates::first).toList();
    /** Cyrillic entries: Kazakh, Kyrgyz and Russian. */
    private static final List<String> CYRILLIC = Stream.of(KAZAKH, KYRGYZ, RUSSIAN).flatMap(List::stream).toList();
    /** Entries with a Latin form other than the Uyghur ones: Chinese|…|Latin, the Latin last. */
    private static final List<String> LATIN = Stream.of(KAZAKH, KYRGYZ, TAJIK, RUSSIAN).flatMap(List::stream).toList();
    /** The separators a dotted name is written with besides the middle dot. */
    static final List<String> SEPARATORS = List.of("•", ".", "-", " ", "・", "．");
    /** Bingtuan and Gansu nicknames, labelled as names. */
    private static final List<String> NICKNAMES = List.of("老甘肃", "小四川", "河南娃", "铁蛋", "棉桃妹", "尕娃", "麻杆",
            "胖丫", "尕妞", "牛娃子");
    // given|family: German, Austrian, Swiss and French echinococcosis researchers, British volunteers, Pakistani
    // traders from the Karakoram road, Turkish and Uzbek students, Mongolian vets, Lithuanian and Flemish doctors,
    // Moroccan engineers, a Ghanaian, a South African, a Maori, a Swede, a Norwegian, a Hungarian and a Romanian.
    private static final List<String> ENGLISH = List.of((""
            + "Wendelin|Brudermann Liesl|Hohenwarter Eberhard|Grubenmann Quirin|Oberlechner Isaure|Vergnaud "
            + "Loic|Quemener Maelle|Kerguelen Severin|Vuillemin Jago|Cruickshank Araminta|Threlkeld Digby|Bannatyne "
            + "Zulfiqar|Qazilbash Shahida|Durrani Irfan|Bangash Waqar|Afridi Farzana|Tarar "
            + "Emine|Oztoprak Burak|Kahraman Yasemin|Yesilyurt Otabek|Ergashev Munisa|Khodjaeva Sanjar|Rakhimov "
            + "Ganbold|Batjargal Enkhjin|Tsendsuren Jurgita|Petrauskiene Mindaugas|Zukauskas Jelle|Vandermeulen "
            + "Lieven|Verhaegen Soraya|Benslimane Driss|Bouazza Akosua|Amankwah Lwazi|Ngcobo Tane|Tipene "
            + "Eskil|Lindahl Halvard|Fjellheim Csilla|Szekeres Cosmin|Ciobanu "
            ).strip().split("\\s+"));
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Kashgar, Shufu, Yarkand, Hotan, Karakax, Aksu,
     * Wensu, Urumqi's Tianshan and Saybagh, Altay, Burqin and Shihezi.
     */
    private static final List<String> LEGACY_AREA = List.of("653101", "653121", "653125", "653201", "653222", "652901",
            "652922", "650102", "650103", "654301", "654321", "659001");
    /**
     * Area codes for 18-digit numbers: Kashgar, Hotan, Aksu, Kizilsu, Urumqi, Ili, Altay, Bayingolin and the Bingtuan
     * cities, and the codes of {@link #LEGACY_AREA}.
     */
    private static final List<String> AREA = Stream.concat(Stream.of("653122", "653123", "653126", "653127",
            "653128", "653129", "653130", "653131", "653221", "653223", "653224", "653225", "653226", "652924",
            "652926", "652927", "652928", "653001", "653022", "650104", "650105", "650106", "650109", "654002",
            "654021", "654022", "654024", "654025", "654026", "654027", "654322", "654324", "654326", "652801",
            "652827", "659002", "659003"), LEGACY_AREA.stream()).toList();
    /** Kashgar, Hotan, Aksu, Urumqi (eight-digit numbers), Ili and Altay. */
    private static final List<String> LANDLINE_AREAS = List.of("0998", "0903", "0997", "0991", "0999", "0906");
    /** Kazakhstan mobile codes after +7, and Kyrgyzstan ones after +996. */
    private static final List<String> KZ_PREFIXES = List.of("701", "702", "705", "707", "747", "771", "775", "777",
            "778");
    private static final List<String> KG_PREFIXES = List.of("555", "557", "700", "702", "770", "772", "220");
    private static final List<String> BANK_BINS = List.of("622848", "621282", "623668", "625955", "622150", "621098");
    /** Province|city|streets. */
    private static final List<String> CITY_STREETS = List.of(
            "新疆维吾尔自治区|库木巴格市|团结路,绿洲大道,新城区胡杨路,阿恰塔格县迎宾路",
            "新疆维吾尔自治区|乌鲁木齐市|沙依巴克区友好南路,新市区北京南路,天山区延安路");
    private static final List<String> OLD_TOWN = List.of("老城区巴扎巷", "老城区铜匠巷", "老城区库木代尔瓦扎巷");
    private static final List<String> ESTATES = List.of("沙枣花小区", "胡杨苑", "石榴园小区", "天山明珠", "葡萄架小区",
            "杏园小区");
    /** Province|county|townships|villages: # for villages counted by number, each with numbered groups. */
    private static final List<String> VILLAGES = List.of(
            "新疆维吾尔自治区|库木巴格市阿恰塔格县|托格拉克乡,英巴格乡,阔什艾日克乡|#",
            "新疆维吾尔自治区|库木巴格市玉吉麦县|巴格其镇,喀拉墩乡|#",
            "新疆维吾尔自治区|库木巴格市玉吉麦县|阿热勒乡|苏盖提村,恰瓦克村,英阿瓦提村");
    /** The regiments and their companies. */
    private static final List<String> REGIMENTS = List.of("第十五师二五一团", "第十五师二五三团");
    /** Province|county|townships of the pastures. */
    private static final List<String> PASTURES = List.of("新疆维吾尔自治区|伊犁哈萨克自治州特克斯县|喀拉托别乡,阔克铁热克乡",
            "新疆维吾尔自治区|阿勒泰地区喀拉吉拉县|阔克苏乡,萨尔布拉克乡");
    private static final List<String> UY_ROADS = List.of("ئىتتىپاق يولى|Ittipaq Road", "بوستان يولى|Bostan Road");
    private static final List<String> UY_TOWNSHIPS = List.of("توغراق يېزىسى|Toghraq", "يېڭىباغ يېزىسى|Yengibagh");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";

    private Blind28Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_28 || !templates.isEmpty() && BLIND_28.containsAll(templates);
    }

    private static String first(String entry) {
        return entry.split("\\|")[0];
    }

    private static String part(String entry, int i) {
        return entry.split("\\|")[i];
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
     * A dotted minority name as OCR reads it: broken after or before the dot by a line break, blanks round the dot,
     * or a blank between every character.
     */
    static String scannedMinority(String name, RandomGenerator r) {
        String[] p = name.split("·");
        return switch (r.nextInt(4)) {
            case 0 -> p[0] + "·\n" + p[1];
            case 1 -> p[0] + "\n·" + p[1];
            case 2 -> p[0] + " · " + p[1];
            default -> String.join(" ", name.split(""));
        };
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    /** The record's minority patient: a Uyghur, Kazakh, Kyrgyz or Tajik name in Chinese. */
    static String minorityName(RandomGenerator r) {
        return pick(TURKIC, r);
    }

    /** A further minority name of any people of the pools. */
    static String anyMinorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** The given name of a dotted name, used alone: 艾尔肯 of 艾尔肯·吐拉洪; an undotted name whole. */
    static String givenOfMinority(String name) {
        int dot = name.indexOf('·');
        return dot < 0 ? name : name.substring(0, dot);
    }

    static String uyghurChinese(RandomGenerator r) {
        return first(pick(UYGHUR, r));
    }

    /** A Uyghur name in Chinese with another separator than the middle dot. */
    static String uyghurOtherDot(RandomGenerator r) {
        return dotVariants(uyghurChinese(r)).get(r.nextInt(SEPARATORS.size()));
    }

    static List<String> dotVariants(String name) {
        List<String> out = new ArrayList<>();
        for (String s : SEPARATORS) out.add(name.replace("·", s));
        return out;
    }

    /** The pool name a dotted name written with another separator stands for, or null. */
    static String dotVariantOf(String w) {
        return MINORITY.stream().filter(n -> n.contains("·") && dotVariants(n).contains(w)).findFirst().orElse(null);
    }

    static String uyghurArabic(RandomGenerator r) {
        return part(pick(UYGHUR, r), 1);
    }

    /** A Uyghur name in Latin: Erkin Turaxun or ERKIN TURAXUN. */
    static String uyghurLatin(RandomGenerator r) {
        String n = part(pick(UYGHUR, r), 2);
        return r.nextBoolean() ? n : n.toUpperCase();
    }

    /** A Uyghur name pinyin-like: Aierken Tulahong or AIERKEN TULAHONG. */
    static String uyghurPinyin(RandomGenerator r) {
        String n = part(pick(UYGHUR, r), 3);
        return r.nextBoolean() ? n : n.toUpperCase();
    }

    static String kazakhChinese(RandomGenerator r) {
        return first(pick(KAZAKH, r));
    }

    static String kyrgyzChinese(RandomGenerator r) {
        return first(pick(KYRGYZ, r));
    }

    static String tajikChinese(RandomGenerator r) {
        return first(pick(TAJIK, r));
    }

    static String russianChinese(RandomGenerator r) {
        return first(pick(RUSSIAN, r));
    }

    static String mongolName(RandomGenerator r) {
        return pick(MONGOL, r);
    }

    static String xibeName(RandomGenerator r) {
        return pick(XIBE, r);
    }

    /** A Kazakh, Kyrgyz or Russian name in Cyrillic. */
    static String cyrillicName(RandomGenerator r) {
        return part(pick(CYRILLIC, r), 1);
    }

    /** A Kazakh, Kyrgyz, Tajik or Russian name in Latin: as written, or in capitals. */
    static String latinName(RandomGenerator r) {
        String e = pick(LATIN, r);
        String n = part(e, e.split("\\|").length - 1);
        return r.nextBoolean() ? n : n.toUpperCase();
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

    /**
     * A phone of Kazakhstan (+7 701 234 56 78, +7 (701) 234-56-78, 8 701 234 5678) or of Kyrgyzstan (+996 555 123
     * 456, +996 (700) 12-34-56, 0555 123 456).
     */
    static String foreignPhone(RandomGenerator r) {
        if (r.nextInt(3) > 0) {
            String p = pick(KZ_PREFIXES, r), n = digits(7, r);
            return switch (r.nextInt(3)) {
                case 0 -> "+7 " + p + " " + n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5);
                case 1 -> "+7 (" + p + ") " + n.substring(0, 3) + "-" + n.substring(3, 5) + "-" + n.substring(5);
                default -> "8 " + p + " " + n.substring(0, 3) + " " + n.substring(3);
            };
        }
        String p = pick(KG_PREFIXES, r), n = digits(6, r);
        return switch (r.nextInt(3)) {
            case 0 -> "+996 " + p + " " + n.substring(0, 3) + " " + n.substring(3);
            case 1 -> "+996 (" + p + ") " + n.substring(0, 2) + "-" + n.substring(2, 4) + "-" + n.substring(4);
            default -> "0" + p + " " + n.substring(0, 3) + " " + n.substring(3);
        };
    }

    /**
     * A landline, seven local digits (eight in Urumqi): 0998-2812345, (0903)2512345, 0997 281 2345 or 0991 4812 3456,
     * 0999-8012345转806, +86 998 2812345.
     */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(area.equals("0991") ? 7 : 6, r);
        int split = local.length() - 4;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, split) + " " + local.substring(split);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * ZY24031876 (inpatient), KB2024031876 (outpatient), a 17-digit health-archive number on an area code,
     * BT251-03876 (regiment hospital), JHB202403876 (TB register).
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "ZY" + (year % 100) + digits(6, r);
            case 1 -> "KB" + year + digits(6, r);
            case 2 -> pick(AREA, r) + digits(11, r);
            case 3 -> "BT251-" + digits(5, r);
            default -> "JHB" + year + digits(5, r);
        };
    }

    /** XJYB and XJJM numbers, rural-cooperative XNH numbers on an area code, Bingtuan BTYB numbers. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "XJYB" + digits(10, r);
            case 1 -> "XJJM" + digits(10, r);
            case 2 -> "XNH" + pick(LEGACY_AREA, r) + digits(6, r);
            default -> "BTYB" + digits(10, r);
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

    /**
     * An address: a city street with an estate and 号楼/单元/室 or the short 5-2-301, an old-town lane, a farming
     * village by 乡, numbered 村 and 组 or a named village, a regiment's company, its living quarter or the regiment
     * seat's estate, a pasture's 牧业队, winter-pasture settlement or summer pasture; {@code partial} may stop at the
     * street, the 乡, the 村, the 连 or the 牧业队.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> street(withProvince, r);
                case 1 -> {
                    String[] t = pick(VILLAGES, r).split("\\|");
                    String township = place(t, withProvince, r);
                    yield r.nextBoolean() ? township : township + village(t, r);
                }
                case 2 -> regiment(withProvince, r) + (1 + r.nextInt(16)) + "连";
                default -> {
                    String[] t = pick(PASTURES, r).split("\\|");
                    yield place(t, withProvince, r) + (r.nextBoolean() ? "" : "牧业" + IdentifierForms.chineseNumber(
                            1 + r.nextInt(4)) + "队");
                }
            };
        }
        return switch (r.nextInt(10)) {
            case 0, 1 -> street(withProvince, r) + (1 + r.nextInt(300)) + "号" + pick(ESTATES, r)
                    + (1 + r.nextInt(30)) + "号楼" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(18)) + "0"
                    + (1 + r.nextInt(4)) + "室";
            case 2 -> street(withProvince, r) + (1 + r.nextInt(300)) + "号" + pick(ESTATES, r) + (1 + r.nextInt(30))
                    + "-" + (1 + r.nextInt(4)) + "-" + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4));
            case 3 -> (withProvince ? "新疆维吾尔自治区" : "") + "库木巴格市" + pick(OLD_TOWN, r) + (1 + r.nextInt(90)) + "号";
            case 4, 5, 6 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String v = place(t, withProvince, r) + village(t, r) + (1 + r.nextInt(12)) + "组";
                yield r.nextBoolean() ? v : v + (1 + r.nextInt(80)) + "号";
            }
            case 7 -> {
                String reg = regiment(withProvince, r);
                yield switch (r.nextInt(3)) {
                    case 0 -> reg + (1 + r.nextInt(16)) + "连";
                    case 1 -> reg + (1 + r.nextInt(16)) + "连住宅区" + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(30))
                            + "号";
                    default -> reg + "团部胡杨小区" + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(4)) + "单元"
                            + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(4)) + "室";
                };
            }
            default -> {
                String[] t = pick(PASTURES, r).split("\\|");
                String p = place(t, withProvince, r);
                yield switch (r.nextInt(3)) {
                    case 0 -> p + "牧业" + IdentifierForms.chineseNumber(1 + r.nextInt(4)) + "队";
                    case 1 -> p + "冬牧场" + (1 + r.nextInt(9)) + "号定居点";
                    default -> p + "夏牧场";
                };
            }
        };
    }

    private static String street(boolean withProvince, RandomGenerator r) {
        return place(pick(CITY_STREETS, r).split("\\|"), withProvince, r);
    }

    private static String regiment(boolean withProvince, RandomGenerator r) {
        return (withProvince ? "新疆生产建设兵团" : "") + pick(REGIMENTS, r);
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
     * An address in Uyghur script (a city road and number, or a township's village and group) or in Latin.
     */
    static String scriptAddress(RandomGenerator r) {
        int n = 1 + r.nextInt(120), v = 1 + r.nextInt(15), g = 1 + r.nextInt(12);
        String[] road = pick(UY_ROADS, r).split("\\|"), township = pick(UY_TOWNSHIPS, r).split("\\|");
        return switch (r.nextInt(4)) {
            case 0 -> "قۇمباغ شەھىرى " + road[0] + " " + n + "-نومۇر";
            case 1 -> "ئاچاتاغ ناھىيەسى " + township[0] + " " + v + "-كەنت " + g + "-گۇرۇپپا";
            case 2 -> "No. " + n + " " + road[1] + ", Kumbagh";
            default -> "Group " + g + ", Village " + v + ", " + township[1] + " Township, Achatagh County";
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

    /** A date of birth as Kazakh, Kyrgyz and Russian papers write it: 23.06.1958. */
    static String dottedBirthDate(RandomGenerator r) {
        return String.format("%02d.%02d.%d", 1 + r.nextInt(28), 1 + r.nextInt(12), 1940 + r.nextInt(66));
    }

    /** A date of birth in Uyghur: 1958-يىلى 6-ئاينىڭ 23-كۈنى. */
    static String uyghurBirthDate(RandomGenerator r) {
        return (1935 + r.nextInt(70)) + "-يىلى " + (1 + r.nextInt(12)) + "-ئاينىڭ " + (1 + r.nextInt(28)) + "-كۈنى";
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

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || TURKIC.stream().anyMatch(n -> givenOfMinority(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full, in any script or form (the Chinese form for minority names, the
     * English name as written), or null when the value (a surname, a given name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        String dotted = dotVariantOf(w);
        if (dotted != null) return dotted;
        for (String e : UYGHUR) {
            if (uyghurForms(e).contains(w)) return first(e);
        }
        for (String e : CYRILLIC) {
            if (part(e, 1).equals(w)) return first(e);
        }
        for (String e : LATIN) {
            if (latinForms(e).contains(w)) return first(e);
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
    }

    /** The Arabic-script, Latin, Latin in capitals, pinyin-like and pinyin-like in capitals forms of a Uyghur entry. */
    static List<String> uyghurForms(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[1], p[2], p[2].toUpperCase(), p[3], p[3].toUpperCase());
    }

    /** The Latin form of a Kazakh, Kyrgyz, Tajik or Russian entry, as written and in capitals. */
    static List<String> latinForms(String entry) {
        String[] p = entry.split("\\|");
        String n = p[p.length - 1];
        return List.of(n, n.toUpperCase());
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

    static List<String> turkicNames() {
        return TURKIC;
    }

    static List<String> uyghurNames() {
        return UYGHUR;
    }

    static List<String> cyrillicNames() {
        return CYRILLIC;
    }

    static List<String> latinNames() {
        return LATIN;
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

    /** Every way the pools' minority names are written in Arabic, Cyrillic and Latin script. */
    static Stream<String> scriptWritten() {
        return Stream.of(UYGHUR.stream().flatMap(e -> uyghurForms(e).stream()),
                CYRILLIC.stream().map(e -> part(e, 1)), LATIN.stream().flatMap(e -> latinForms(e).stream()))
                .flatMap(s -> s);
    }

    /** The Latin-script forms alone (Uyghur Latin and pinyin-like, Kazakh, Kyrgyz, Tajik and Russian Latin). */
    static Stream<String> latinWritten() {
        return Stream.concat(UYGHUR.stream().flatMap(e -> Stream.of(part(e, 2), part(e, 3))),
                LATIN.stream().map(e -> part(e, e.split("\\|").length - 1)));
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

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NC" -> out.write(childName(random), EntityKind.NAME);
            case "NM" -> out.write(anyMinorityName(random), EntityKind.NAME);
            case "UY" -> out.write(uyghurChinese(random), EntityKind.NAME);
            case "UD" -> out.write(uyghurOtherDot(random), EntityKind.NAME);
            case "UO" -> out.write(scannedMinority(uyghurChinese(random), random), EntityKind.NAME);
            case "UA" -> out.write(uyghurArabic(random), EntityKind.NAME);
            case "UL" -> out.write(uyghurLatin(random), EntityKind.NAME);
            case "UP" -> out.write(uyghurPinyin(random), EntityKind.NAME);
            case "KZ" -> out.write(kazakhChinese(random), EntityKind.NAME);
            case "KY" -> out.write(kyrgyzChinese(random), EntityKind.NAME);
            case "TJ" -> out.write(tajikChinese(random), EntityKind.NAME);
            case "RU" -> out.write(russianChinese(random), EntityKind.NAME);
            case "MO" -> out.write(mongolName(random), EntityKind.NAME);
            case "XB" -> out.write(xibeName(random), EntityKind.NAME);
            case "CY" -> out.write(cyrillicName(random), EntityKind.NAME);
            case "LT" -> out.write(latinName(random), EntityKind.NAME);
            case "MG" -> out.write(givenOfMinority(people[3]), EntityKind.NAME);
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
            case "MX" -> out.write(foreignPhone(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AU" -> out.write(scriptAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBR" -> out.write(dottedBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBU" -> out.write(uyghurBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

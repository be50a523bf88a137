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
 * Thirty-first blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_31}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of Hainan island and the Leizhou peninsula, led
 * by the fictional 琼澜市人民医院 (Qionglan People's Hospital, with its hyperbaric unit) in the fictional Hainan city of
 * 琼澜 (Qionglan), with the fictional 椰岭县人民医院 (Yeling County), the township health centres 南椰镇卫生院 and
 * 番茅乡卫生院 and their village clinics, the state-farm hospital 红岭农场医院 of the rubber farm 红岭农场 and its
 * numbered production teams (十二队), the fishing-port clinic 潭澳渔港卫生所, the tourist-area clinic of 椰梦湾
 * (Yemeng Bay) and the duty-free pharmacy of Boao Lecheng, the migratory-bird (候鸟) residents' service centre 椰林候鸟老人
 * 服务中心 and its clinic, the 琼澜市黎医药研究所 (Li medicine), the 琼澜市疾控中心 and 琼澜市妇幼保健院, and, across the
 * strait, the 徐闻县人民医院; patients also live in Haikou, Sanya, Danzhou, Wuzhishan, Qiongzhong, Baoting, Lingshui,
 * Wenchang, Qionghai, Ledong, Lingao and Zhanjiang, winter there from Harbin, Changchun and Shenyang, or have family in
 * Malaysia, Singapore, Indonesia and Thailand. The people: Hainanese-speaking farmers, fishermen and divers, Li
 * villagers of the mountains (山兰稻 farmers, betel-nut and rubber growers), Miao villagers, Hui of Sanya's 回辉村, Lingao
 * and Danzhou speakers, state-farm rubber tappers (胶工) whose families came from across China, retirees from the
 * north-east, returned overseas Chinese (归侨) and their relatives abroad, Russian and other foreign tourists and
 * divers, medical tourists, village doctors, Li-medicine healers, nurses and doctors. The topics: dengue and malaria
 * history, thalassaemia screening and transfusion, typhoon injuries, decompression sickness of fishermen and recreational
 * divers, jellyfish stings, rubber-knife and betel-nut-tree injuries, snakebite, tuberculosis, hypertension and diabetes
 * of the retirees, medical tourism at Boao Lecheng, vaccination, maternal health, family doctors, Li medicine,
 * referrals across the strait, discharge summaries, nursing handovers, dictations, voice notes in Hainanese-flavoured
 * Mandarin (侬仔, 食药, 厝, 阿公, 阿婆) and in Indonesian, WeChat messages, SMS (also in Russian), OCR'd forms with stray
 * blanks and line breaks, CSV, markdown, pipe and tab tables, JSON exports, HL7-like segments and e-mails; about a
 * seventh in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind29Templates} and {@link Blind28Templates}.
 * Every person's name is PHI: patients, relatives, ship owners and captains, team leaders, village cadres, interpreters,
 * village doctors, Li-medicine healers, nurses and doctors, in Chinese, in the Latin romanisations of overseas Chinese
 * (Hainanese Foo, Phoo, Hoo, Woon, Hoon, also with a Christian name before them: Alice Foo Siew Eng), as Indonesian
 * single names (Sukarsih), Thai-Chinese names (Wanphen Saephu), Russian names in Cyrillic and in Latin, and English
 * names, also straight after a role word, at the start of table rows, in lists, in table cells, JSON values and HL7
 * fields. A Chinese surname in a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X,
 * 小X, 护士长X, 院长X, and the Hainanese X公 (old man), X婆 (old woman), X叔, X嫂, X姐, the north-eastern X大哥, and
 * X师傅, X医生, X主任, X书记, X船长, X场长. A Chinese given name used alone ({@code PG}) labels the given name; a
 * one-character given name is never used alone. Li, Miao and Hui names are written with a surname and a given name
 * (符亚扁, 盘金翠, 蒲海买); the given name alone ({@code LG}, 亚扁) is a name and labels the given name. The Li name a
 * parent is called by, after the first child (帕X, father of X; 拜X, mother of X), labels the child's name only, never
 * 帕 or 拜: here X is always the given name of the record's Li, Miao or Hui patient ({@code MN}). A child known as a
 * parent's child (X之子, X之女) labels the parent. Kin words and titles alone (阿公, 阿婆, 阿爸, 阿妈, 阿弟, 侬仔, 帕, 拜,
 * 婆婆, 老爸) are not names. Names that are also words are labelled when they name a person ({@link #WORD_LIKE}:
 * 云朵, 云霄, 吴越, 文采, 麦浪). A nickname ({@code PK}: 老南洋, 椰子哥 …) is a name. An OCR'd Chinese name
 * ({@code PO}) and an OCR'd Li, Miao or Hui name ({@code LO}), broken by a line break, a single blank after the surname,
 * a blank between every character or an ideographic blank between every character, is one span, the break inside it.
 * Overseas Chinese names ({@code OC}) and Russian names in Latin ({@code RL}) are labelled whole as written or in
 * capitals, Russian names in Cyrillic ({@code RC}) as written.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Haikou 4601, Sanya 4602, Danzhou 4604, the province-direct cities and counties 4690, Zhanjiang 4408, and, for the
 * migratory-bird retirees, Harbin 2301, Daqing 2306, Changchun 2201 and Shenyang 2101; plain, lower-case x, 6-8-4 by
 * blanks or by hyphens; 15-digit numbers with a valid birth date, only on codes that existed before 1999: the old Haikou
 * districts 460102 and 460103, Sanya 460200, the old province-direct 4600xx codes, Zhanjiang's and the north-east's),
 * mobiles ({@code M}: plain, 139 1234 5678, 139-1234-5678, +86 139 1234 5678, (+86)13912345678; {@code MV}: spoken in
 * voice notes with 幺 or 一 for the one; {@code MX}: relatives and tourists abroad, Malaysia +60 12-345 6789 and
 * 012-345 6789, Indonesia +62 812-3456-7890 and 0812-3456-7890, Singapore +65 9123 4567, Thailand +66 81 234 5678,
 * Russia +7 916 123-45-67), landlines ({@code L}: eight-digit numbers on 0898 (all Hainan), 0451 Harbin, 0431 Changchun
 * and 024 Shenyang, seven-digit ones on 0759 Zhanjiang; as 0898-66812345, (0898)66812345, 0898 6681 2345, with an
 * extension after 转, +86 898 66812345), addresses ({@code A}, {@code A0}: city streets with an estate and the Hainan
 * X栋X单元XXX房 or X栋XXX房, north-eastern homes with 号楼/单元/室 or the short 5-2-301, villages by 镇, 村委会 and 村 with
 * a house number or a 村民小组, state-farm production teams (红岭农场十二队3号, 队 written in Chinese or Arabic numerals,
 * and the team's dormitory), fishermen's new villages with 巷 and 号; {@code A0} may stop at the street, the 镇, the
 * 村委会, the 村, the farm or the team; {@code AL}: abroad, Malaysian, Indonesian and Singaporean addresses in Latin and
 * Russian ones in Cyrillic), record numbers ({@code R}: inpatient QL24031876, outpatient QLM2024031876, state-farm
 * hospital NK107-03876, migratory-bird clinic HNL2024-0387, 17-digit health-archive numbers on a Hainan area code),
 * insurance numbers ({@code I}: HNYB and ZJYB, and the retirees' home HLJYB, JLYB and LNYB, with ten digits), bank
 * cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or by hyphens), dates of birth
 * ({@code DOB}: 1958年6月23日, 1958-06-23, 1958.6.23, 1958/6/23, 一九五八年六月二十三日 and the spoken 五八年六月二十三号;
 * {@code DOBC}: 19580623 in exports; {@code DOBE}: 23 Jun 1958, 23-JUN-1958, June 23, 1958; {@code DOBL}: a lunar
 * birthday as the elderly give it, 农历1958年五月初六, 农历戊戌年腊月廿三, 阴历五八年正月十五, a date of birth like any
 * other; {@code DOBO}: as relatives abroad write it, 23/06/1958, 23-06-1958, 23 Juni 1958 (Indonesian), 23 Ogos 1958
 * (Malay); {@code DOBR}: 23.06.1958 on Russian papers; {@code NB}: a child's, 2014 to 2025). Not labelled: visit,
 * onset and dosing dates, days of the week, festivals (三月三), ages, lab values (NS1, platelets, HbA2, MCV, ferritin),
 * thalassaemia genotypes, dive depths and pressures, treatment tables, typhoon names (摩羯, 威马逊), boat numbers
 * (琼临渔12087), vehicle plates (琼B·3F628, 粤G·5M217, 黑A·8Q901), specimen, staff, passport, receipt and message
 * numbers, vaccine and antivenom lot numbers, hotlines, facility names, places alone (五指山, 吉隆坡, 海安港, 回辉村),
 * dishes and drinks (文昌鸡, 清补凉, 抱罗粉, 老爸茶, 山兰酒 …), kin words, titles and dialect words, ethnic names, and
 * words beginning with one of the pool's surnames (符合, 陈旧性, 黄皮, 林场, 云南白药, 吉隆坡 …; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind29Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * Hainan patient list would look: the commonest surnames of the island (符, 吴, 陈, 王, 林, 李, 黄) dominate, the
 * typically Hainanese ones (云, 邢, 冯, 郑, 韩, 蒙, 羊, 麦, 卢, 文, 潘) carry a good share, mid-frequency ones (among
 * them the north-eastern retirees' 孙, 于, 赵, 高) follow, with given names of each generation (the old Hainanese 妚 and
 * 亚 of women and children, the generation characters of the lineages, 琼 of the island, children of the 2010s and
 * 2020s); a minority have surnames no earlier group used ({@link #RARE_SURNAMES}) or are ordinary words
 * ({@link #WORD_LIKE}). The minority pool holds Li names (亚 names of the older generation and Li surnames 符, 王, 黄,
 * 吉, 卓, 董, 韦), Miao names of Hainan (盘, 蒋, 邓, 赵) and Hui names of Sanya (蒲, 海, 哈, 米 with transcribed Islamic
 * given names); a pool of Latin names of overseas Chinese (Hainanese romanisations of Malaysia and Singapore, Indonesian
 * single names, Thai-Chinese names); Russian names in Cyrillic and Latin; a pool of English names of tourists, divers,
 * volunteers and medical tourists (British, Filipino, Dutch, Norwegian, Estonian, Japanese, Italian, French, German,
 * Korean, Irish, Polish, Finnish, Czech, Hungarian, Australian, Portuguese, Israeli, Hawaiian, Nigerian, Samoan,
 * Scottish, Serbian); a nickname pool. Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code NC},
 * a child's name from the same pool; {@code NM}, a further Li, Miao or Hui name; {@code MN}, the record's Li, Miao or
 * Hui patient (from {@link #minorityName}); {@code LG}, {@code LO}, {@code OC}, {@code RC}, {@code RL}, {@code PS},
 * {@code FS}, {@code PG}, {@code PO}, {@code PK}, {@code MV}, {@code MX}, {@code AL} above; {@code EG}, an English given
 * name alone; {@code DOBC}, {@code DOBE}, {@code DOBL}, {@code DOBO}, {@code DOBR}, {@code NB}. Any non-empty subset of
 * {@link #BLIND_31} uses these pools (see {@link #uses}).
 */
final class Blind31Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270101L;

    static final List<String> BLIND_31 = List.of(
            // Dengue and malaria history.
            "琼澜市人民医院 感染科 登革热病例报告卡\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁\n出生日期：{DOB}\n身份证号：{ID}\n现住址：{A}\n"
                    + "NS1抗原阳性，PLT 23×10^9/L\n报告医师：{DR}\n",
            "登革热流调：{P}，{AGE}岁，发病前两周去过吉隆坡探亲，家属{F}同住；住{A}；灭蚊员{N}已到小区清理积水；联系电话{M}\n",
            "Dengue fever, tourist\nName: {E}\nDOB: {DOBE}\nFever day 4, rash, platelets 41 x10^9/L, NS1 positive\n"
                    + "Hotel: Yemeng Bay resort\nPhone: {MX}\nSeen by Dr {ES}\n",
            "[语音转文字] 医生 我是{F} 我家阿公发烧三天了 骨头痛得很 身上起红点 是不是骨痛热哦 我们在{A0} 电话{MV}\n",
            "疟疾既往史核查：{MN}，{AGE}岁，黎族，年轻时在五指山伐木患过间日疟；血涂片阴性；村医{N}；电话{L}\n",
            "[微信群 琼澜市登革热防控群]\n{N}：{A0}又报了一例，{P}，NS1阳性\n{DR}：周边300米入户灭蚊\n{N}：好，我电话{M}\n",
            "Malaria history, returned overseas Chinese\nPatient: {OC}\nBorn: {DOBO}\n"
                    + "Worked on a rubber estate in Johor, treated for malaria twice\nNephew in Malaysia: {MX}\nDoctor: {DR}\n",
            // Thalassaemia.
            "地中海贫血筛查（婚检）\n男方：{P}  出生日期：{DOB}\n女方：{N}  出生日期：{DOB}\nMCV 62fL，HbA2 5.1%\n"
                    + "建议基因检测；咨询{L}\n",
            "地贫患儿输血登记：{NC}，{NB}出生，重型β地贫，Hb 62g/L，每月输血；母亲{F}，电话{M}；主管医生{DR}；住院号{R}\n",
            "[语音留言] {DS}医生 我是{NM} 我家侬仔又脸黄了 没精神 是不是又要输血 我们在{A0} 电话{MV}\n",
            "产前诊断：孕妇{MN}，{AGE}岁，α地贫携带（--SEA/αα），丈夫{NM}同为携带者；羊水穿刺已预约；身份证{ID}；电话{M}\n",
            "地贫门诊名单\n姓名 | 出生日期 | 类型 | 铁蛋白\n{OC} | {DOBO} | HbE/β | 2310\n{P} | {DOBC} | HbH病 | 980\n",
            // Typhoons.
            "台风“摩羯”伤员登记（南椰镇）\n1 {P} {AGE}岁 头皮裂伤 {M}\n2 {N} {AGE}岁 右腕骨折 {M}\n3 {MN} {AGE}岁 玻璃割伤 {L}\n"
                    + "登记人：护士{DS}姐\n",
            "台风天屋顶坠落：{P}，{AGE}岁，台风“威马逊”过后修铁皮屋顶摔下，L1压缩性骨折；家属{F}，{M}；住院号{R}；经治{DR}\n",
            "[语音转文字] 喂 医生 台风刮倒的椰子树压到我老公{P}的腿了 流很多血 我们在{A} 快点来 我是{F} 电话{MV}\n",
            "Typhoon injury at the resort\nName: {E}\nDOB: {DOBE}\nLaceration from flying debris, 6 sutures\n"
                    + "Travel insurance hotline: 400-820-1234\nContact: {MX}\n",
            "台风过后巡诊：{FS}叔家的厝被吹倒，{P}（{AGE}岁）腿部擦伤感染；村委会{DS}书记陪同；住{A0}；电话{M}\n",
            // Fishing and diving.
            "琼澜市人民医院 高压氧科 减压病治疗记录\n姓名：{P}  年龄：{AGE}岁\n出生日期：{DOB}\n渔船：琼临渔12087\n"
                    + "潜水深度32米，上浮过快，双下肢麻木\n治疗方案：美国海军治疗表6\n医师：{DR}\n",
            "潜水捕捞工人减压病随访：{P}（船上都叫他{PK}），{AGE}岁，第三次发病；船长{FS}陪同；医保号{I}；电话{M}\n",
            "Decompression sickness, recreational diver\nName: {E}\nDOB: {DOBE}\nDive computer: max depth 28 m, "
                    + "missed safety stop\nRecompressed at Qionglan People's Hospital, 2.8 ATA\nBuddy: {E2}, {MX}\n",
            "潭澳渔港卫生所 外伤登记\n{P} 渔网绞伤左手 {M}\n{N} 鱼钩刺伤 {M}\n{PK} 甲板滑倒 {L}\n值班：{DR}\n",
            "[语音留言] 喂 卫生所吗 我是船上的{F} {PS}船长从水下上来就说肚子痛 腿没力 船在潭澳渔港 我电话{MV}\n",
            "海上转运记录：渔民{P}，{AGE}岁，潜水后昏迷，由渔政船送至潭澳渔港；身份证{ID}；船东{N}，电话{M}；接诊{DS}医生\n",
            "渔民出海前体检名册（潭澳渔港）\n姓名,身份证号,船名,手机\n{P},{ID},琼临渔12087,{M}\n{N},{ID},琼文渔31562,{M}\n",
            "Dive clearance\nName: {RL}\nDOB: {DOBR}\nPassport: 75 4128731\nFit to dive; ear equalisation normal\n"
                    + "Physician: {E}\n",
            "渔船伤员：{NM}（临高人，只会讲临高话），{AGE}岁，被缆绳打伤胸部；船长{DS}陪同；翻译{N}；电话{M}\n",
            // Jellyfish.
            "水母蜇伤：俄罗斯游客{RC}，{AGE}岁，在椰梦湾游泳时被僧帽水母蜇伤右臂，已用海水冲洗；护照号75 4918236；"
                    + "翻译{N}，电话{M}；接诊{DS}医生\n",
            "Jellyfish sting, child\nPatient: {E}, age {AGE}\nWelts on both legs; vinegar applied at the beach\n"
                    + "Mother: {E2}, DOB {DOBE}, {MX}\nClinic: Yemeng Bay tourist area\n",
            "[微信 椰梦湾旅游区诊所]\n{N}：沙滩上又来一个被水母蜇的，俄罗斯人，{RC}\n{DR}：先用海水冲，别用淡水\n"
                    + "{N}：好，她电话{MX}\n",
            "Медицинская справка\nПациент: {RC}\nДата рождения: {DOBR}\nДиагноз: ожог медузы, правое предплечье\n"
                    + "Врач: {DR}\nТелефон: {MX}\n",
            // Rubber and betel nut.
            "割胶工人外伤：{P}，{AGE}岁，红岭农场十二队胶工，凌晨割胶时被胶刀割伤左手；医保号{I}；队长{FS}；接诊{DR}\n",
            "红岭农场医院 门诊日志\n{D}  {P}  胶刀伤  {M}\n{D}  {N}  蜂蜇伤  {M}\n{D}  {PK}  槟榔树上坠落  {L}\n医师：{DR}\n",
            "槟榔树坠落伤：{MN}，{AGE}岁，黎族，爬槟榔树摘果时坠落，T12骨折；住院号{R}；家属{NM}，电话{M}；经治{DS}主任\n",
            "[语音转文字] 医生 我是{NM} 阿爸爬槟榔树掉下来了 腰动不了 我们在{A0} 电话{MV}\n",
            "农场退休职工体检：{P}，{AGE}岁，1960年代从广州来垦荒的老胶工，出生{DOB}；身份证{ID}；住{A}；女儿{F}，{L}\n",
            "工伤认定材料：{P}，身份证{ID}，胶刀伤致左手肌腱断裂；工资卡{B}；农场劳资科{N}经办；{FS}场长签字\n",
            // Snakebite.
            "毒蛇咬伤：{MN}，{AGE}岁，在山兰稻田里被银环蛇咬伤右足，已用抗银环蛇毒血清（批号20240517）；住院号{R}；"
                    + "家属{NM}，{M}；经治{DR}\n",
            "[语音留言] {DS}医生 我是番茅村的{NM} 我阿妈在胶园被青竹蛇咬了 脚肿起来了 我们在{A0} 我电话{MV}\n",
            "Snakebite, hiker\nName: {E}\nDOB: {DOBE}\nBitten by a green pit viper on the Wuzhishan trail, swelling to "
                    + "the knee\nAntivenom lot 20240517\nEmergency contact: {E2}, {MX}\n",
            "黎医蛇伤草药登记：{MN}，蛇伤后先找村里黎医{NM}敷草药，两天后才来院；身份证{ID}；村委会{FS}书记送来；村医{N}\n",
            // Tuberculosis.
            "肺结核患者登记：{P}，{SEX}，{AGE}岁，渔民，痰涂片阳性；登记号{R}；督导员{N}；船东{F}，电话{M}\n",
            "渔船结核密接筛查（琼临渔12087）\n指示病例：{P}（病案号{R}）\n密接：{N}、{N}、{PK}\n筛查员：{DS}医生\n",
            // Migratory-bird retirees.
            "候鸟老人健康登记表\n姓名：{P}  户籍：黑龙江哈尔滨\n身份证号：{ID}\n出生日期：{DOB}\n海南住址：{A}\n老家住址：{A}\n"
                    + "老家联系人：{F}  电话：{L}\n",
            "候鸟人员异地就医备案：{P}，{AGE}岁，医保号{I}，高血压、2型糖尿病；冬季住{A0}；儿子{F}在沈阳，电话{M}\n",
            "序号,姓名,身份证号,老家电话,海南住址\n1,{P},{ID},{L},{A0}\n2,{N},{ID},{L},{A0}\n",
            "[微信群 椰林候鸟老人服务站]\n{F}：{PS}大哥今天血糖18.6\n{DR}：让他下午来站里，带上胰岛素笔\n{F}：好嘞，他电话{M}\n",
            "候鸟门诊 慢病随访\n姓名：{P}\n出生日期：{DOB}\n户籍医保：{I}\n血压：{BP}\n空腹血糖：9.2mmol/L\n随访医生：{DR}\n"
                    + "老伴：{F}，{M}\n",
            "[语音转文字] 哎呀大夫 我是{P} 东北来过冬的 这两天胸口闷得慌 我住在{A0} 我老伴叫{F} 电话{MV}\n",
            "候鸟老人转诊回原籍：{P}，{AGE}岁，脑梗恢复期，{D}随子女返回{A}；身份证{ID}；陪同{F}，电话{M}\n",
            "候鸟门诊当日名单\n姓名\t出生\t老家电话\t病情\n{P}\t{DOBC}\t{L}\t高血压\n{N}\t{DOBC}\t{L}\t糖尿病\n",
            "【椰林候鸟老人服务中心】{P}您好，您的异地就医备案已通过，医保号{I}，有效期至明年4月。咨询{L}。\n",
            "候鸟老人意外：{P}，{AGE}岁，在三亚湾晨练时中暑晕倒；住{A0}；随身卡片写着紧急联系人{F}，{M}；自驾来琼，车牌黑A·8Q901\n",
            "Winter residents' clinic, Russian speakers\nName: {RL}\nDOB: {DOBR}\nHome address: {AL}\n"
                    + "Hypertension, amlodipine 5 mg\nPhone: {MX}\n",
            // Boao medical tourism.
            "博鳌乐城国际医疗旅游先行区 特许药械使用知情同意书\n患者：{P}  身份证号：{ID}\n出生日期：{DOB}\n"
                    + "使用药品：进口抗肿瘤新药（特许）\n家属：{F}  电话：{M}\n主诊医师：{DR}\n",
            "Medical tourism enquiry, Boao Lecheng\nPatient: {OC}\nDOB: {DOBO}\nPassport: A41728893\n"
                    + "Daughter: {OC}, {MX}\nCoordinator: {EG}\n",
            "乐城医疗旅游 陪同翻译记录：俄罗斯患者{RC}（{DOBR}出生），眼科手术；翻译{N}；患者电话{MX}\n",
            "Subject: Boao Lecheng referral\nDear Dr {ES},\nPatient {RL}, born {DOBR}, would like the imported knee implant. "
                    + "Phone {MX}.\nRegards, {EG}\n",
            // Vaccination.
            "预防接种：{NC}（{F}之子），{NB}出生，今日接种乙脑减毒活疫苗，批号202405J021；留观30分钟；接种员{N}；家长手机{M}\n",
            "黎族村寨补种登记：{NM}之女，{NB}出生，漏种麻腮风；接种员{N}；家长电话{M}；住{A0}\n",
            "【琼澜市疾控中心】{P}家长您好，您孩子{NC}（{NB}出生）的第2剂水痘疫苗接种时间为{D}，地点南椰镇卫生院。\n",
            // Maternal health.
            "[语音留言] 医生 我是{NM} 我老婆{MN}肚子痛 羊水破了 我们在{A0} 山路不好走 快来 电话{MV}\n",
            "新生儿访视：{MN}之子，{NB}出生，体重3100g，黄疸已退；访视村医{N}；住{A0}\n",
            "出生医学证明补办：新生儿{NC}，{NB}出生；母亲{P}，身份证{ID}；父亲{F}；联系电话{M}\n",
            "黎族患儿{MN}，{AGE}岁，发热抽搐；由母亲拜{LG}背来卫生院，父亲帕{LG}在外打工，电话{M}；接诊{DR}\n",
            "产后访视：{P}，产后第7天，恶露正常，母乳喂养；婆婆{F}陪护；访视医生小{DS}；电话{M}\n",
            // Family doctors.
            "家庭医生签约服务协议\n乙方：{P}  身份证号：{ID}\n住址：{A}\n联系电话：{M}\n服务包：高血压＋糖尿病\n"
                    + "团队长：{DR}  签约日期：{D}\n",
            "家庭医生上门：{PS}公（{P}），{AGE}岁，脑梗后卧床，家里人叫他{PG}；儿子{F}在海口打工，电话{M}；签约医生{DR}\n",
            "[微信群 南椰镇家庭医生群]\n{F}：{DS}医生，我阿婆今天血压{BP}\n{DR}：药食了没？下午去你家\n{F}：食了，电话{M}\n",
            "签约居民名册（番茅村）\n1 {MN} {ID} 高血压\n2 {NM} {ID} 糖尿病\n3 {P} {ID} 残疾人\n团队医生：{DR}  电话：{L}\n",
            "高血压随访：{PS}婆（{P}），{AGE}岁，血压{BP}，咸鱼吃得多；孙子电话{M}；随访{N}\n",
            "[微信 家庭医生]\n{F}：老{PS}今天又没食药\n{DR}：{LG}那边也要去看，我下午一起去\n{F}：好，我电话{M}\n",
            "糖尿病随访：{PS}嫂（{P}），{AGE}岁，空腹血糖11.3mmol/L，爱喝清补凉；女儿{F}，电话{M}；随访医生{DR}\n",
            // Li medicine.
            "琼澜市黎医药研究所 门诊病历\n姓名：{MN}  性别：{SEX}\n出生日期：{DOBL}\n黎医诊断：风湿骨痛\n处方：黎药外敷、药酒\n"
                    + "黎医：{NM}\n",
            "黎药熏蒸登记：{MN}，腰腿痛，熏蒸第3天；医保号{I}；主治黎医{NM}；陪护{NM}\n",
            "[语音转文字] 帕{LG}啊 我是卫生院的{N} 你家{LG}的化验单出来了 要来复查 山兰酒先不要喝 电话{L}\n",
            // Referrals, discharge summaries, handovers.
            "跨海转诊：{P}，{AGE}岁，徐闻县人，车祸多发伤，经海安港轮渡转入琼澜市人民医院；身份证{ID}；家属{F}，{M}\n",
            "出院小结（骨科）\n患者：{P}  住院号：{R}\n出院诊断：台风致L1压缩性骨折\n出院带药：{DRUG}{DOSE}\n复诊：{D}\n"
                    + "经治医师：{DR}\n",
            "护理交班：3床{P}，登革热第5天，PLT 31；5床{MN}，银环蛇咬伤；7床{N}，减压病；值班{N}，接班{N}\n",
            "[口述录音整理] 这个是{DR}口述 病人{MN} {AGE}岁 黎族 种山兰稻的 {SYM}{DUR} 病史由他女儿{NM}提供 完\n",
            "DISCHARGE SUMMARY - Qionglan People's Hospital\nName: {E}   MRN: {R}   DOB: {DOBE}\n"
                    + "Dx: type II decompression sickness, resolved\nAdvice: no diving or flying for 72 hours\n"
                    + "Signed: Dr {ES}\n",
            "徐闻县人民医院 转诊联系单\n患者：{P}  身份证：{ID}\n住址：{A}\n联系电话：{L}\n转入：琼澜市人民医院神经外科\n",
            "翻译记录（俄语）\n患者：{RC}\n翻译：{N}\n医生：{DR}\n电话：{MX}\n",
            "护理交班：院长{DS}带队查房；2床{MN}，疟疾复查；4床{P}，胶刀伤；6床{NM}，地贫输血；值班护士{N}\n",
            // Voice notes.
            "[语音留言] {DS}医生 我是{MN} 我家侬仔发烧 是不是登革热 我厝在{A0} 电话{MV}\n",
            "[语音转文字] 阿弟 我是{F} 你阿爸在胶园里晕倒了 现在在{A0} 快回来 我电话{MV}\n",
            "[语音留言] 医生 我是{P} 儋州那大的 我的出生日期应该是{DOB} 体检表写错了 电话{MV}\n",
            "[语音转文字] 我叫{NM} 番茅村的 我老婆生孩子三天了 一直发烧 我们在{A0} 电话{MV}\n",
            "[语音留言] 我是{PK} 船上的 {PS}船长头痛得厉害 吐了两回 我们靠在潭澳渔港 电话{M}\n",
            "[语音转文字] 哎呀 医生 我们家{P}喝了山兰酒骑摩托摔了 头上流血 我们在{A} 我是{F} 电话{MV}\n",
            "[语音留言] {LG}啊 我是卫生院的{N} 你的血片结果出来了 没有疟疾 星期一来拿 我电话{L}\n",
            "[语音转文字] 医生 我们是来旅游的 我朋友{E}潜水上来以后关节痛 我们住在{A0} 我电话{MX}\n",
            "[语音留言] 我是{P} 我阿爸要去广州做手术 他的身份证{ID} 住{A}\n",
            "[语音转文字] 喂 {DS}医生 我是{P} 我阿婆的农历生日是{DOBL} 身份证上写错了 你帮忙改一下 叫我{PG}就行\n",
            "[语音留言] 拜{LG} 我是村医{N} 你家孩子的疫苗星期六打 记得带接种本 我电话{MV}\n",
            "[语音转文字] Halo dokter, ini {OC}, ibu saya masih demam tinggi, kami tinggal di {AL}, telepon {MX}\n",
            "[语音留言] 医生 我是{P} 我老爸在老爸茶店里突然说话不清楚 嘴歪了 我们在{A0} 电话{MV}\n",
            "[语音转文字] 老{PS} 我是{F} 你的化验单出来了 血红蛋白68 要输血 星期三来 电话{MV}\n",
            "[语音留言] {FS}姐 我是{F} 我阿妈的身份证号是{ID} 出生是{DOB} 麻烦你帮她挂个号\n",
            // WeChat.
            "[微信群 番茅乡疟疾监测群]\n{N}：今天采了{AGE}份血片，{MN}家的都阴性\n{DR}：外出务工回来的都要查\n{N}：好，我电话{M}\n",
            "[微信 聊天记录]\n{F}：医生，我家老爷子{P}发烧，骨头痛\n{DR}：最近去过哪里？可能是登革热，先来抽血\n"
                    + "{F}：去过西双版纳，他电话{M}\n",
            "[微信 Overseas family]\n{OC}: Doctor, is my uncle {P} in your ward?\n{DR}: 是的，情况稳定\n"
                    + "{OC}: Thank you, my number in KL is {MX}\n",
            "[微信群 红岭农场医院]\n{N}：十二队{P}又被胶刀割了\n{DR}：叫他来换药\n{N}：他电话{M}，住{A0}\n",
            // OCR'd forms.
            "[OCR] 登 革 热 诊 断 证 明 书\n姓 名 {PO}\n出生 日期 {DOB}\n身份 证号 {ID}\n",
            "[OCR] 孕 产 妇 保 健 手 册 孕妇 {LO} 孕周 30 医保 {I} 现住 {A}\n",
            "[OCR] 双 向 转 诊 单 患者 {PO} 转出 椰岭县人民医院 接收医生 {DR} 电话 {L}\n",
            "[OCR] 家 庭 医 生 签 约 服 务 协 议 乙方 {LO} 手机 {M} 住址 {A0} 团队 番茅乡卫生院\n",
            "[OCR] 出 生 医 学 证 明\n新生儿 {NC}\n出生 时间 {NB}\n出生 地点 南椰镇卫生院\n母亲 {PO}\n父亲 {F}\n",
            "[OCR] 候 鸟 老 人 登 记 表 姓名 {PO} 出生 {DOB} 老家 电话 {L}\n",
            "[OCR] 毒 蛇 咬 伤 登 记 姓名 {LO} 出生 {DOBL} 电话 {M}\n",
            "[OCR] 工 伤 报 告 单\n姓 名 {PO}\n身份 证 {ID}\n银行 卡 {B}\n",
            "[OCR] REGISTRATION OF RETURNED OVERSEAS CHINESE\nName {OC}\nDate of birth {DOBO}\nAddress abroad {AL}\n",
            // Tables.
            "| 床号 | 姓名 | 住院号 | 诊断 | 责任护士 |\n|---|---|---|---|---|\n| 3 | {P} | {R} | 登革热 | {N} |\n"
                    + "| 5 | {MN} | {R} | 银环蛇咬伤 | {N} |\n",
            "姓名|身份证|医保号|紧急联系人|关系\n{P}|{ID}|{I}|{F}|{KIN}\n{NM}|{ID}|{I}|{N}|儿子\n",
            "name\tnationality\tborn\tphone\n{E}\tAustralia\t{DOBE}\t{MX}\n{RL}\tRussia\t{DOBR}\t{MX}\n"
                    + "{OC}\tMalaysia\t{DOBO}\t{MX}\n",
            "工号\t姓名\t岗位\t工资卡\nHL0417\t{P}\t胶工\t{B}\nHL0522\t{N}\t司机\t{B}\n",
            "序号,户主,出生年月,手机号码,家庭住址\n1,{MN},{DOB},{M},{A}\n2,{P},{DOB},{L},{A0}\n",
            "| 车牌 | 司机 | 电话 | 事由 | 处置 |\n|---|---|---|---|---|\n| 琼B·3F628 | {P} | {M} | 中暑 | 补液 |\n"
                    + "| 粤G·5M217 | {N} | {M} | 擦伤 | 包扎 |\n",
            "姓名,民族,出生日期,住址\n{P},汉族,{DOB},{A}\n{MN},黎族,{DOB},{A0}\n{NM},苗族,{DOB},{A}\n{N},回族,{DOB},{A0}\n",
            "归侨侨眷登记册\n{P}、{N}、{OC}、{N}\n联络员：{F}  电话：{M}\n通讯地址：{A0}\n",
            "| 姓名 | 出生日期 | 农历生日 | 电话 |\n|---|---|---|---|\n| {P} | {DOB} | {DOBL} | {M} |\n"
                    + "| {MN} | {DOB} | {DOBL} | {L} |\n",
            // JSON exports.
            "{\"姓名\":\"{P}\",\"证件号\":\"{ID}\",\"联系电话\":\"{M}\",\"档案号\":\"{R}\",\"地贫筛查\":\"α地贫携带\"}\n",
            "{\"name\":\"{OC}\",\"dob\":\"{DOBO}\",\"phone\":\"{MX}\",\"address\":\"{AL}\",\"relation\":\"nephew\"}\n",
            "{\"候鸟老人\":\"{P}\",\"出生日期\":\"{DOBC}\",\"医保号\":\"{I}\",\"海南住址\":\"{A0}\",\"老家电话\":\"{L}\"}\n",
            "{\"胶工\":\"{P}\",\"身份证号\":\"{ID}\",\"工伤保险号\":\"{I}\",\"工资卡\":\"{B}\",\"生产队\":\"十二队\"}\n",
            "{\"产妇\":\"{MN}\",\"丈夫\":{\"姓名\":\"{NM}\",\"电话\":\"{M}\"},\"新生儿出生\":\"{NB}\",\"住院号\":\"{R}\"}\n",
            "{\"患者\":\"{RC}\",\"出生日期\":\"{DOBR}\",\"电话\":\"{MX}\",\"病区\":\"高压氧科\",\"陪同\":\"{N}\"}\n",
            // HL7-like segments.
            "MSH|^~\\&|QLLIS|QLRMYY|||20240612101500||ORU^R01|MSG24612|P|2.4\n"
                    + "PID|1||{R}^^^QLRMYY^MR||{E}||{DOBC}|{SEX}|||{AL}||{MX}\nOBX|1|NM|PLT^Platelets||23|10*9/L\n",
            "PID|1||{R}||{OC}||{DOBC}|F|||{A}||{M}\n",
            "PID|1||{R}^^^YLXRMYY^MR||{P}||{DOBC}|M|||{A}^^^^^CHN||{L}|||||{ID}\nIN1|1|HNYB|{I}\n",
            "PV1|1|I|GYY^12||||{DR}\nPID|1||{R}||{MN}||{DOBC}|F\n",
            // SMS.
            "【琼澜市人民医院】{P}您好，您{D}的高压氧治疗已预约，住院号{R}，咨询请拨{L}。\n",
            "【南椰镇卫生院】{LG}您好，您的高血压随访时间为{D}，请带医保卡{I}。\n",
            "【琼澜市医疗保障局】{P}，您孩子的地贫救助金已核定，将转入账户{B}。咨询热线12345。\n",
            "【红岭农场医院】{PS}师傅您好，您的胶刀伤换药时间为星期六上午，电话{L}。\n",
            "【Qionglan People's Hospital】Dear {E}, your follow-up after recompression therapy is booked. MRN {R}. "
                    + "Tel {L}.\n",
            "【琼澜市疾控中心】{P}，您的登革热密切接触者健康监测已解除。标本号DG2406187。如发热请拨{L}。\n",
            "【椰岭县人民医院】{N}您好，您的家属{P}已转入ICU，请尽快联系{DS}主任，电话{L}。\n",
            "【琼澜市妇幼保健院】{MN}您好，您的地贫基因检测结果已出，请{D}来取，电话{L}。\n",
            "【Yemeng Bay Clinic】Уважаемый(ая) {RC}, ваши анализы готовы. Тел. {L}\n",
            // E-mails.
            "主题：减压病患者{P}情况\n收件人：{N}（省高压氧质控中心）\n正文：{N}您好，患者{PG}（身份证{ID}）于{D}行高压氧治疗，"
                    + "住院号{R}。主治医师{DR}，电话{L}\n",
            "Subject: Dengue follow-up, Yemeng Bay resort\nDear Dr {ES},\nAttached are the platelet counts for {E} "
                    + "(born {DOBE}) and {E2}. Tour leader: {EG}, {MX}.\nBest, {EG}\n",
            "Subject: Medical records for my grandmother\nDear doctor,\nMy grandmother {P} (born {DOBL}) is in Qionglan "
                    + "People's Hospital. I am her grandson {OC} in Johor, tel {MX}, address {AL}.\nThank you\n",
            "主题：胶工工伤住院费用\n正文：农场劳资科{N}同意为{P}垫付住院费，病案号{R}，付款账户{B}；家属{F}已电话告知（{M}）\n",
            "Subject: Volunteer divers' first-aid course\nDear {EG},\n{E} and {E2} arrive on {D} to teach the fishermen "
                    + "in Tanao. Their local contact {N} is on {M}.\nCheers,\n{EG}\n",
            "主题：归侨{OC}的侨眷证明\n{F}您好：{OC}（{DOBO}生）在马来西亚的地址是{AL}，电话{MX}。琼澜市侨联{N}\n",
            // Diet, medicines and everyday words.
            "出院饮食指导：{P}，2型糖尿病，椰子饭、清补凉少吃，文昌鸡去皮，海南粉、抱罗粉适量，少喝老爸茶加糖；营养师{N}\n",
            "康复指导：{P}，陈旧性骨折，符合出院条件；黄皮、菠萝蜜少吃；不要去林场干重活；云南白药外用；有事联系{F}，电话{M}\n",
            "护理记录：{MN}，术后夜间疼痛，护士长{DS}查看；家属送来椰子水和山兰米粥；阿公、阿婆轮流陪护；三月三前出院\n",
            "义诊签到：黎族、苗族、回族、汉族群众参加；主讲{DR}；签到{N}、{N}、{NM}\n",
            "乐城免税药房购药记录：{OC}，进口胰岛素笔3支，小票号DF20240612887；联系{MX}；经办{N}\n",
            "回族居民随访（凤凰镇回辉村）：{NM}，{AGE}岁，高血压；斋月期间调整服药时间；家属{NM}，电话{M}；随访{DR}\n");

    // The commonest surnames of the island (符, 吴, 陈, 王, 林, 李, 黄), the typically Hainanese ones (云, 邢, 冯, 郑,
    // 韩, 蒙, 羊, 麦, 卢, 文, 潘), mid-frequency ones with the north-eastern retirees, given names of four generations;
    // three surnames no earlier group used and word-like names.
    private static final List<String> CHINESE = List.of((""
            + "符琼英 符传坤 符致远 符名芳 符策梧 符和清 符秋菊 符德焕 符诗妍 符梓琪 符祥恩 符少琼 符家炳 符永茂 符玉娥 符振坤 符乃锋 符传椿 符昭雄 符小雯 符启东 符钰涵 符瑶 "
            + "吴清泉 吴越 吴乾坤 吴琼花 吴坤美 吴淑贞 吴泽楷 吴钟秀 吴诗雨 吴世雄 吴业茂 吴妚三 吴梓萌 吴乾文 吴少梅 "
            + "陈循禄 陈琼珍 陈焕章 陈世椿 陈妚花 陈垂坤 陈明琼 陈锦屏 陈奕蕙 陈鸿儒 陈亚坤 陈丽蓁 陈梓墨 "
            + "王琼林 王惠琼 王兆坤 王琼蕾 王诗琪 王录川 王裕丰 王翠妹 王丕烈 王锦绣 王奕辰 王家炳 王少鸿 "
            + "林鸿茂 林琼芬 林尤雄 林道坤 林秋娥 林桂珍 林诗涵 林昌盛 林芊芊 林焕南 林洲 "
            + "李琼花 李茂坤 李德炎 李少川 李家骅 李锦秋 李梓妤 李乃琼 李菁菁 李澍 "
            + "黄仕琛 黄琼瑶 黄循文 黄诗韵 黄世坤 黄梅姑 黄秀銮 黄鸿钧 黄玮琳 黄子墨 "
            + "云惟清 云朵 云霄 云逢春 云昌炽 云秀娥 云天禄 "
            + "邢诒栋 邢孔琼 邢贻美 邢增焕 邢雅琪 "
            + "冯尔康 冯琼玉 冯所椿 冯妚妹 "
            + "郑和 郑心琼 郑兰芝 郑梓骞 "
            + "韩钦准 韩琼华 韩锡坤 "
            + "蒙启鸿 蒙秀銮 "
            + "羊琼瑜 羊世焕 "
            + "麦浪 麦琼芳 麦德昭 "
            + "卢业清 卢亚妹 "
            + "文采 文琼芝 "
            + "潘先坤 潘秋燕 "
            + "周琼芳 周循坤 梁振椿 梁秋莹 何琼 何世焕 杨钰琼 张岳坤 张琼丹 刘兆椿 刘淑芬 钟诗琪 钟鸣 许琼霞 詹先椿 庞琼英 "
            + "朱振坤 唐琼娥 曾坤祥 谢淑琼 赵北川 孙玉琢 于凤琴 高振岚 于桂琴 赵铁岭 孙秀芹 "
            + "苻启琼 扶兰英 扶世坤 卫东海 苻德隆 "
            ).strip().split("\\s+"));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("符诗妍 符梓琪 符钰涵 吴诗雨 吴梓萌 陈奕蕙 陈梓墨 王诗琪 王奕辰 "
            + "林诗涵 林芊芊 李梓妤 李菁菁 黄子墨 黄玮琳 邢雅琪 郑梓骞 钟诗琪 杨钰琼").split(" "));
    /** The surnames no earlier blind group gave anyone: 苻 and 扶 of island families, 卫 of a north-eastern retiree. */
    static final String RARE_SURNAMES = "苻扶卫";
    /** Pool names that are also ordinary words: cloud, the sky, the old lands of Wu and Yue, literary talent, rippling wheat. */
    static final List<String> WORD_LIKE = List.of("云朵", "云霄", "吴越", "文采", "麦浪");
    /**
     * Li names (亚 names of the older generation, Li surnames, younger names), Miao names of Hainan and Hui names of
     * Sanya, each a one-character surname and a given name of two or three characters.
     */
    private static final List<String> MINORITY = List.of((""
            + "符亚扁 符亚劳 符亚力 符亚伦 符亚能 符亚闹 符亚坡 王亚留 王亚奇 王亚蕉 王亚道 王妚龙 黄亚逢 黄亚宽 黄亚岭 黄亚养 "
            + "吉亚凡 吉亚贡 吉亚坤 吉黎花 陈亚三 陈亚荣 邢亚赛 邢亚扣 林亚丁 云亚旺 韦亚伍 韦亚妹 韦金坡 卓亚贵 卓亚高 卓玉梅 "
            + "董亚二 董亚成 高亚坚 胡亚丑 张亚仁 李亚喜 刘亚才 符黎燕 卓黎芳 吉秀娟 黄春妹 符琼莲 王梅花 吉亚闷 "
            + "盘亚福 盘秀凤 盘文光 蒋亚冬 蒋金凤 蒋亚才 邓亚养 邓玉妹 邓福妹 李金贵 赵亚生 赵金兰 盘金翠 蒋秀妹 "
            + "蒲海买 蒲尔撒 蒲素福 蒲阿依莎 蒲文杰 海尔卜 海法图 海赛麦 海秀琼 哈伊布 哈丽梅 米优素 米阿丽 刘尔里 郑海买 "
            ).strip().split("\\s+"));
    /** Nicknames of fishermen, tappers, retirees and returned overseas Chinese, labelled as names. */
    private static final List<String> NICKNAMES = List.of("老南洋", "椰子哥", "黑炭仔", "番薯妹", "鱿鱼强", "老东北", "老渔公",
            "虾仔", "胶佬", "大个仔");
    /**
     * Overseas relatives in Latin: Hainanese romanisations of Malaysia and Singapore (family name first, some with a
     * Christian name before it), Indonesian single names and Thai-Chinese names.
     */
    private static final List<String> OVERSEAS = List.of("Foo Ah Kow", "Phoo Siew Hong", "Hoo Kim Loy", "Woon Mei Chin",
            "Hoon Teck Seng", "Phoo Ah Lan", "Foo Kok Wah", "Woon Swee Lian", "Alice Foo Siew Eng",
            "Bernard Woon Kah Leong", "Dorothy Hoo Ah Chee", "Hoo Boon Teck", "Sukarsih", "Rusmiati", "Darsini",
            "Sumarno", "Wanphen Saephu", "Somsak Saewun");
    /** Russian tourists and winter residents: Cyrillic|Latin. */
    private static final List<String> RUSSIAN = List.of("Снежана Белоусова|Snezhana Belousova",
            "Всеволод Кудряшов|Vsevolod Kudryashov", "Зинаида Шелепова|Zinaida Shelepova",
            "Ростислав Пантелеев|Rostislav Panteleev", "Евдокия Мещерякова|Evdokiya Meshcheryakova",
            "Ярослав Тихомиров|Yaroslav Tikhomirov", "Людмила Ворожцова|Lyudmila Vorozhtsova",
            "Аркадий Селезнёв|Arkady Seleznev");
    // given|family: British, Filipino, Dutch and Flemish, Norwegian, Estonian, Japanese, Italian, French, German, Korean,
    // Irish, Polish, Finnish, Czech, Hungarian, Australian, Portuguese, Israeli, Hawaiian, Scottish, Nigerian, Samoan
    // and Serbian tourists, divers, volunteers and medical tourists.
    private static final List<String> ENGLISH = List.of((""
            + "Tarquin|Woolcott Marivel|Tumacder Jerico|Bagatsing Leocadio|Panganiban Jozefien|Stoutjesdijk "
            + "Torleif|Rognlien Tiit|Kuusemets Rintaro|Hanazono Gianluca|Sbordone Ysolde|Courtecuisse "
            + "Ansgar|Ziegenbalg Dong-hyun|Seok Seung-ah|Pyun Bronagh|Ahearne Kasimir|Wrzesniewski Vilja|Rautiainen "
            + "Vratislav|Zapletal Brigitta|Szalontai Hennie|Oltmanns Jarrah|Pengelley Iolanda|Albergaria Noga|Ben-Ami "
            + "Eelis|Hyvarinen Kealoha|Kahale Marlowe|Fitzwarren Cathal|Cunnane Sunniva|Kettleborough "
            + "Benedek|Brankovic Tavish|Dalziel Adebowale|Oyelaran Losa|Tuimavave Sjoukje|Vandersloot "
            ).strip().split("\\s+"));
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Haikou's old 振东 and 新华 districts, Sanya, the
     * province-direct cities and counties under their old 4600xx codes (通什, 琼海, 儋州, 文昌, 万宁, 东方, 定安, 屯昌,
     * 澄迈, 临高, 白沙, 昌江, 乐东, 陵水, 保亭, 琼中), Zhanjiang's 霞山, 赤坎, 遂溪 and 徐闻, and Harbin's 南岗,
     * Changchun's 南关 and Shenyang's 沈河.
     */
    private static final List<String> LEGACY_AREA = List.of("460102", "460103", "460200", "460001", "460002", "460003",
            "460005", "460006", "460007", "460025", "460026", "460027", "460028", "460030", "460031", "460033",
            "460034", "460035", "460036", "440803", "440802", "440823", "440825", "230103", "220102", "210103");
    /**
     * Area codes for 18-digit numbers: Haikou's, Sanya's and Danzhou's districts of today, the province-direct 4690xx
     * codes, Zhanjiang, the north-eastern homes of the retirees, and the codes of {@link #LEGACY_AREA}.
     */
    private static final List<String> AREA = Stream.concat(Stream.of("460105", "460106", "460107", "460108", "460202",
            "460203", "460204", "460205", "460400", "469001", "469002", "469005", "469006", "469007", "469021",
            "469022", "469023", "469024", "469025", "469026", "469027", "469028", "469029", "469030", "440811",
            "440882", "440883", "230102", "230104", "230602", "220104", "210104"), LEGACY_AREA.stream()).toList();
    /** The Hainan codes of today, for the health-archive numbers. */
    private static final List<String> HAINAN_AREA = AREA.stream().filter(a -> a.matches("46\\d[1-9]\\d{2}|4690\\d{2}"))
            .toList();
    /** 0898 for all Hainan, 0451 Harbin, 0431 Changchun and 024 Shenyang with eight digits, 0759 Zhanjiang with seven. */
    private static final List<String> LANDLINE_AREAS = List.of("0898", "0898", "0898", "0759", "0451", "0431", "024");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622202", "623058", "621799", "622823");
    /** Province|city|streets. */
    private static final List<String> CITY_STREETS = List.of(
            "海南省|琼澜市|椰风大道,南渡江路,骑楼老街,琼澜湾路",
            "海南省|海口市|龙华区金贸西路,美兰区海府路,琼山区府城中山路,秀英区长滨路",
            "海南省|三亚市|吉阳区迎宾路,天涯区解放路,海棠区海棠北路",
            "海南省|儋州市|那大镇中兴大街,那大镇人民中路",
            "广东省|湛江市|霞山区人民大道南,赤坎区中山二路,徐闻县徐城街道东方一路");
    /** Province|city|streets of the retirees' homes in the north-east. */
    private static final List<String> NORTH_EAST = List.of(
            "黑龙江省|哈尔滨市|南岗区西大直街,道里区经纬街",
            "黑龙江省|大庆市|萨尔图区东风路",
            "吉林省|长春市|南关区自由大路,朝阳区红旗街",
            "辽宁省|沈阳市|沈河区北站路,皇姑区崇山中路");
    private static final List<String> ESTATES = List.of("椰风苑", "海韵家园", "金椰花园", "南渡江小区", "阳光海岸小区",
            "椰林湾小区");
    private static final List<String> NE_ESTATES = List.of("万达小区", "铁路家属院", "华润花园", "西大桥小区");
    /** Province|city or county|towns|village committees|villages. */
    private static final List<String> VILLAGES = List.of(
            "海南省|文昌市|会文镇,锦山镇|冠南村委会,山海村委会|后坡村,下园村,东坡仔村",
            "海南省|琼海市|博鳌镇,长坡镇|南强村委会,草塘村委会|上教村,沙美村",
            "海南省|琼中黎族苗族自治县|什茂镇,毛岭乡|什茂村委会,番岭村委会|什茂一村,番岭下村,毛岭村",
            "海南省|保亭黎族苗族自治县|抱峒镇,南椰乡|抱峒村委会,南椰村委会|抱峒上村,什丁村,南椰苗村",
            "海南省|五指山市|番阳镇,南圣镇|毛道村委会,什会村委会|毛道村,什会村,番茅村",
            "海南省|乐东黎族自治县|抱由镇,千家镇|抱串村委会|抱串村,只文村",
            "海南省|儋州市|中和镇,王五镇|七里村委会|七里村,东坡村",
            "广东省|湛江市徐闻县|角尾乡,下洋镇|仕尾村委会|仕尾村,灯楼角村",
            "广东省|湛江市雷州市|企水镇,纪家镇|东里村委会|东里村,田头村");
    /** Province|county|state farms. */
    private static final List<String> FARMS = List.of("海南省|琼中黎族苗族自治县|红岭农场,乌石农场",
            "海南省|儋州市|西联农场,八一农场", "海南省|保亭黎族苗族自治县|南椰农场");
    /** Province|county|fishing towns. */
    private static final List<String> FISHING = List.of("海南省|临高县|新盈镇,调楼镇", "海南省|琼海市|潭门镇",
            "广东省|湛江市徐闻县|海安镇");
    /** Malaysian, Indonesian and Singaporean towns with their postcodes, and Russian cities. */
    private static final List<String> MALAYSIA = List.of("86000 Kluang, Johor", "81200 Johor Bahru, Johor",
            "30250 Ipoh, Perak", "93000 Kuching, Sarawak");
    private static final List<String> INDONESIA = List.of("Medan 20112", "Pontianak 78117", "Jakarta Barat 11110");
    private static final List<String> RUSSIA = List.of("Хабаровск", "Иркутск", "Новосибирск");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> INDONESIAN_MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni",
            "Juli", "Agustus", "September", "Oktober", "November", "Desember");
    private static final List<String> MALAY_MONTHS = List.of("Januari", "Februari", "Mac", "April", "Mei", "Jun",
            "Julai", "Ogos", "September", "Oktober", "November", "Disember");
    private static final String NUMERALS = "〇一二三四五六七八九";
    /** The lunar months as the calendar names them: 正月 … 十月, 冬月, 腊月. */
    private static final List<String> LUNAR_MONTHS = List.of("正", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "冬", "腊");
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private Blind31Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_31 || !templates.isEmpty() && BLIND_31.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** A child's name, born in the 2010s or 2020s, from the same pool. */
    static String childName(RandomGenerator r) {
        return pick(CHILDREN, r);
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    /** The record's Li, Miao or Hui patient (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** A further Li, Miao or Hui name. */
    static String anyMinorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    static String nickname(RandomGenerator r) {
        return pick(NICKNAMES, r);
    }

    /** An overseas relative in Latin, as written or in the capitals of a passport. */
    static String overseasName(RandomGenerator r) {
        String n = pick(OVERSEAS, r);
        return r.nextInt(3) == 0 ? n.toUpperCase() : n;
    }

    static String russianCyrillic(RandomGenerator r) {
        return pick(RUSSIAN, r).split("\\|")[0];
    }

    /** A Russian name in Latin, as written or in the capitals of a passport. */
    static String russianLatin(RandomGenerator r) {
        String n = pick(RUSSIAN, r).split("\\|")[1];
        return r.nextBoolean() ? n : n.toUpperCase();
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || MINORITY.stream().anyMatch(n -> addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full, in any script or form (the Latin form of a Russian name as written),
     * or null when the value (a surname, a given name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String n : OVERSEAS) {
            if (n.equals(w) || n.toUpperCase().equals(w)) return n;
        }
        for (String e : RUSSIAN) {
            String[] p = e.split("\\|");
            if (p[0].equals(w) || p[1].equals(w) || p[1].toUpperCase().equals(w)) return p[1];
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
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

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> overseasNames() {
        return OVERSEAS;
    }

    static List<String> russianNames() {
        return RUSSIAN;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    /** Every way the overseas and Russian names are written: as they are, in capitals, in Cyrillic. */
    static Stream<String> scriptWritten() {
        return Stream.concat(OVERSEAS.stream().flatMap(n -> Stream.of(n, n.toUpperCase())),
                RUSSIAN.stream().flatMap(e -> {
                    String[] p = e.split("\\|");
                    return Stream.of(p[0], p[1], p[1].toUpperCase());
                })).distinct();
    }

    /** The Latin-script forms alone, as written. */
    static Stream<String> latinWritten() {
        return Stream.concat(OVERSEAS.stream(), RUSSIAN.stream().map(e -> e.split("\\|")[1]));
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

    private static String plainMobile(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
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
     * A mobile abroad: Malaysia +60 12-345 6789 or 012-345 6789, Indonesia +62 812-3456-7890 or 0812-3456-7890,
     * Singapore +65 9123 4567, Thailand +66 81 234 5678, Russia +7 916 123-45-67.
     */
    static String foreignMobile(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0 -> "+60 1" + r.nextInt(10) + "-" + digits(3, r) + " " + digits(4, r);
            case 1 -> "01" + r.nextInt(10) + "-" + digits(3, r) + " " + digits(4, r);
            case 2 -> "+62 81" + r.nextInt(10) + "-" + digits(4, r) + "-" + digits(4, r);
            case 3 -> "081" + r.nextInt(10) + "-" + digits(4, r) + "-" + digits(4, r);
            case 4 -> "+65 " + (8 + r.nextInt(2)) + digits(3, r) + " " + digits(4, r);
            case 5 -> "+66 8" + r.nextInt(10) + " " + digits(3, r) + " " + digits(4, r);
            default -> "+7 9" + digits(2, r) + " " + digits(3, r) + "-" + digits(2, r) + "-" + digits(2, r);
        };
    }

    /**
     * A landline: eight local digits on 0898, 0451, 0431 and 024, seven on 0759; 0898-66812345, (0898)66812345,
     * 0898 6681 2345, 0898-66812345转806, +86 898 66812345.
     */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        int length = area.equals("0759") ? 7 : 8;
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        int split = length - 4;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, split) + " " + local.substring(split);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * QL24031876 (inpatient, Qionglan), QLM2024031876 (outpatient), NK107-03876 (state-farm hospital), HNL2024-0387
     * (migratory-bird clinic), a 17-digit health-archive number on a Hainan area code.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "QL" + (year % 100) + digits(6, r);
            case 1 -> "QLM" + year + digits(6, r);
            case 2 -> "NK1" + digits(2, r) + "-" + digits(5, r);
            case 3 -> "HNL" + year + "-" + digits(4, r);
            default -> pick(HAINAN_AREA, r) + digits(11, r);
        };
    }

    /** Hainan and Zhanjiang medical insurance, and the retirees' home insurance: letters and ten digits. */
    static String insuranceNumber(RandomGenerator r) {
        return List.of("HNYB", "HNYB", "ZJYB", "HLJYB", "JLYB", "LNYB").get(r.nextInt(6)) + digits(10, r);
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

    /** Province (when asked), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        return (withProvince ? t[0] : "") + t[1] + pick(List.of(t[2].split(",")), r);
    }

    /** A team of a state farm: 十二队 or 12队. */
    private static String team(RandomGenerator r) {
        int n = 1 + r.nextInt(26);
        return (r.nextBoolean() ? IdentifierForms.chineseNumber(n) : String.valueOf(n)) + "队";
    }

    /**
     * An address: a Hainan city street with an estate and X栋X单元XXX房 or X栋XXX房, a north-eastern home with
     * 号楼/单元/室 or 5-2-301, a village by 镇, 村委会 and 村 with a house number or a 村民小组, a state-farm team with a
     * house number or its dormitory, a fishermen's new village with 巷 and 号; {@code partial} may stop at the street,
     * the 镇, the 村委会, the 村, the farm or the team.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r);
                case 1 -> {
                    String[] t = pick(VILLAGES, r).split("\\|");
                    String town = place(t, withProvince, r);
                    yield switch (r.nextInt(3)) {
                        case 0 -> town;
                        case 1 -> town + pick(List.of(t[3].split(",")), r);
                        default -> town + pick(List.of(t[3].split(",")), r) + pick(List.of(t[4].split(",")), r);
                    };
                }
                case 2 -> place(pick(FARMS, r).split("\\|"), withProvince, r);
                default -> place(pick(FARMS, r).split("\\|"), withProvince, r) + team(r);
            };
        }
        return switch (r.nextInt(10)) {
            case 0, 1 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "房";
            case 2 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4))
                    + "房";
            case 3 -> {
                String street = place(pick(NORTH_EAST, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                        + pick(NE_ESTATES, r);
                yield r.nextBoolean()
                        ? street + (1 + r.nextInt(30)) + "号楼" + (1 + r.nextInt(6)) + "单元" + (1 + r.nextInt(7)) + "0"
                                + (1 + r.nextInt(4)) + "室"
                        : street + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(6)) + "-" + (1 + r.nextInt(7)) + "0"
                                + (1 + r.nextInt(4));
            }
            case 4, 5 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String v = place(t, withProvince, r) + pick(List.of(t[3].split(",")), r)
                        + pick(List.of(t[4].split(",")), r);
                yield r.nextBoolean() ? v + (1 + r.nextInt(120)) + "号" : v + "第" + (1 + r.nextInt(9)) + "村民小组";
            }
            case 6 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                yield place(t, withProvince, r) + pick(List.of(t[3].split(",")), r) + (1 + r.nextInt(9)) + "村民小组";
            }
            case 7, 8 -> {
                String farm = place(pick(FARMS, r).split("\\|"), withProvince, r) + team(r);
                yield r.nextBoolean() ? farm + (1 + r.nextInt(80)) + "号"
                        : farm + "宿舍" + (1 + r.nextInt(12)) + "栋" + (1 + r.nextInt(30)) + "号";
            }
            default -> place(pick(FISHING, r).split("\\|"), withProvince, r) + "渔民新村" + (1 + r.nextInt(20)) + "巷"
                    + (1 + r.nextInt(60)) + "号";
        };
    }

    /**
     * An address abroad: Malaysian (No. 12, Jalan Hainan 3, 86000 Kluang, Johor), Indonesian (Jl. Gajah Mada No. 45,
     * Medan 20112), Singaporean (Blk 123 Bedok North Ave 3, #05-221, Singapore 460123) or Russian in Cyrillic
     * (г. Хабаровск, ул. Карла Маркса, д. 76, кв. 12).
     */
    static String foreignAddress(RandomGenerator r) {
        int n = 1 + r.nextInt(150);
        return switch (r.nextInt(4)) {
            case 0 -> "No. " + n + ", Jalan " + pick(List.of("Hainan", "Kemajuan", "Bunga Raya"), r) + " "
                    + (1 + r.nextInt(9)) + ", " + pick(MALAYSIA, r);
            case 1 -> "Jl. " + pick(List.of("Gajah Mada", "Pemuda", "Sisingamangaraja"), r) + " No. " + n + ", "
                    + pick(INDONESIA, r);
            case 2 -> "Blk " + (100 + n) + " Bedok North Ave " + (1 + r.nextInt(4)) + ", #" + String.format("%02d",
                    2 + r.nextInt(14)) + "-" + (100 + r.nextInt(300)) + ", Singapore 46" + digits(4, r);
            default -> "г. " + pick(RUSSIA, r) + ", ул. " + pick(List.of("Карла Маркса", "Ленина", "Пушкина"), r)
                    + ", д. " + n + ", кв. " + (1 + r.nextInt(120));
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

    /** A date of birth as exports write it: 19580623, 1930 to 2010. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1930 + r.nextInt(81), 1 + r.nextInt(12), 1 + r.nextInt(28));
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

    /** The day of a lunar month: 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        return d < 30 ? "廿" + NUMERALS.charAt(d - 20) : "三十";
    }

    /** The sexagenary name of a year: 1958 is 戊戌. */
    static String ganzhi(int y) {
        return "" + STEMS.charAt(Math.floorMod(y - 4, 10)) + BRANCHES.charAt(Math.floorMod(y - 4, 12));
    }

    /**
     * A lunar birthday, 1930 to 1990, as the elderly give it: 农历1958年五月初六, 农历戊戌年腊月廿三, 阴历五八年正月十五.
     */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(61), m = 1 + r.nextInt(12), d = 1 + r.nextInt(30);
        String monthDay = LUNAR_MONTHS.get(m - 1) + "月" + lunarDay(d);
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + monthDay;
            case 1 -> "农历" + ganzhi(y) + "年" + monthDay;
            default -> "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + monthDay;
        };
    }

    /** A date of birth as relatives abroad write it, 1935 to 2000: 23/06/1958, 23-06-1958, 23 Juni 1958, 23 Ogos 1958. */
    static String overseasBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(66), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d/%02d/%d", d, m, y);
            case 1 -> String.format("%02d-%02d-%d", d, m, y);
            case 2 -> d + " " + INDONESIAN_MONTHS.get(m - 1) + " " + y;
            default -> d + " " + MALAY_MONTHS.get(m - 1) + " " + y;
        };
    }

    /** A date of birth on Russian papers, 1950 to 2004: 23.06.1958. */
    static String russianBirthDate(RandomGenerator r) {
        return String.format("%02d.%02d.%d", 1 + r.nextInt(28), 1 + r.nextInt(12), 1950 + r.nextInt(55));
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
            case "LG" -> out.write(addressedGivenName(people[3]), EntityKind.NAME);
            case "LO" -> out.write(scannedName(anyMinorityName(random), random), EntityKind.NAME);
            case "OC" -> out.write(overseasName(random), EntityKind.NAME);
            case "RC" -> out.write(russianCyrillic(random), EntityKind.NAME);
            case "RL" -> out.write(russianLatin(random), EntityKind.NAME);
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
            case "MX" -> out.write(foreignMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AL" -> out.write(foreignAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBO" -> out.write(overseasBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBR" -> out.write(russianBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

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
 * Forty-third blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@code DeidDevelopmentProbe}
 * as {@code BLIND_43}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a consortium of Hulunbuir (Inner Mongolia) and the Heilongjiang–Russia border,
 * led by the fictional tertiary 呼伦医学院附属医院 (Hulun Medical College Hospital) in the fictional city of 伦湖市,
 * with the fictional 满洲里国门医院 (the land-port hospital and its port clinic), banner hospitals (鄂温克族自治旗,
 * 莫力达瓦达斡尔族自治旗, 陈巴尔虎旗, 新巴尔虎左旗 and 右旗, 鄂伦春自治旗), sumu (苏木) health centres, forest-farm
 * (林场) clinics of the Daxing'anling forestry bureaus, the reindeer herders' camps of Aoluguya, nomadic boarding
 * schools, the Russian-ethnic townships of Ergun (恩和, 室韦) and the Heihe and Mohe border towns. The people: Barga and
 * Buryat Mongol herders (names in Chinese transliteration without a surname, in Mongolian Cyrillic and in Latin), Daur
 * families (clan surnames 敖, 郭, 何, 孟, 苏, 沃, 鄂), Evenki (杜, 涂, 卡, 布, 索, 古) and Oroqen (关, 莫, 葛, 魏) families,
 * reindeer herders, forest workers and fire crews, Han settlers speaking north-eastern Mandarin (咋整, 嘎哈, 贼拉,
 * 埋汰, 唠嗑, 那嘎达, 俺家), Russian traders, drivers and tourists (in Cyrillic, in Chinese transliteration with a middle
 * dot and in Latin), Russian-Chinese (华俄后裔) families whose Chinese names carry Russian given names (孙柳芭),
 * interpreters, teachers, village and school doctors, and foreign researchers. The genres: port-clinic entry checks,
 * frostbite and hypothermia, forest-fire burns and logging injuries, tick-borne encephalitis, brucellosis, reindeer-camp
 * outreach, nomadic boarding-school health, Russian interpreter notes (one in Russian), WeChat groups, SMS, voice
 * notes in north-eastern speech, CSV, tab, pipe and markdown tables, JSON and HL7 exports, OCR'd forms with blanks
 * between characters, referral letters, and English letters and reports (about a seventh in English or mostly Latin).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, herders, interpreters,
 * doctors, teachers, researchers, in every position (after a role word, at the start of a chat line, in table cells,
 * CSV fields, JSON values, HL7 fields, lists, Russian and English prose). A Chinese surname in a form of address labels
 * the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, X师傅, X大夫, X姐, X哥, X大爷, X老师 (小X also for a relative). A given
 * name used alone ({@code PG}) labels the given name (a one-character given name is never used alone); 妈妈 after it
 * stays outside. A north-eastern nickname ({@code PK}: 孙老疙瘩, 于二丫) names a person and is labelled whole. A Mongol
 * name ({@code MN}, {@code NM}) has no surname and is labelled whole, as are the same person's Mongolian Cyrillic
 * ({@code MNC}) and Latin ({@code MNL}) forms. A Russian's name is labelled whole in each script: Cyrillic ({@code RU}:
 * Татьяна Шестакова), Chinese transliteration with its middle dot ({@code RC}: 塔季扬娜·舍斯塔科娃), Latin ({@code RL});
 * the three name the same person within a record. A child known as a parent's child (X之子, X之女) labels the parent.
 * Kin words and titles alone are not names: 额吉 (mother), 阿布 (father), 外祖母, 萨满, 老头, 孩子他爹, 老乡; nor are
 * north-eastern words (咋整, 贼拉, 埋汰, 唠嗑, 那嘎达), Russian loans and foods (列巴, 格瓦斯), festivals (那达慕, 瑟宾节).
 * An OCR'd name ({@code PO}, {@code DO}, {@code MO}) broken by a line break, a blank after the surname, or a blank or
 * ideographic blank between every character is one span, the break inside it. Researchers ({@code E}, {@code E2}) are
 * labelled whole, a family name alone ({@code ES}) and a given name alone ({@code EG}) too; Dr and Mr stay outside.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check; on the Hulunbuir
 * League codes 1521xx (before 2001, born 1945 to 1984), the Hulunbuir city codes 1507xx (born 1945 to 2008), Heihe
 * 2311xx and Daxing'anling 2327xx (and the new 漠河市 232701 and 嫩江市 231183), and Harbin 230102 for doctors; plain,
 * with a lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth date only on codes that
 * existed before 1999), Russian international passports ({@code PP}: 75 1234567 or 751234567, labelled as identity
 * numbers), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86 plain or grouped; {@code MV}: spoken, the one as
 * 幺 or 一, the nought as 零; {@code RM}: Russian, +7 914 123-45-67, 8 914 123 45 67, +79141234567, 8 (924) 1234567),
 * landlines ({@code L}: seven digits on 0470 Hulunbuir, 0456 Heihe, 0457 Daxing'anling, eight on 0451 Harbin; as
 * 0470-8212345, (0470)8212345, 0470 821 2345, with an extension after 转, +86 470 8212345), addresses ({@code A}:
 * pastoral 旗 + 苏木 or 镇 + 嘎查 (+ 组 or 号), forest towns and farms (林场, N委N号), the Russian-ethnic townships,
 * border villages of Heihe and Mohe, flats in 伦湖市, 海拉尔区 and 满洲里 (N号楼N单元N室); {@code A0}: stopping at the
 * banner, the sumu, the gachaa, a winter camp (冬营盘), a reindeer camp (猎民点) or the road), record numbers
 * ({@code R}: inpatient HL2024031876, outpatient HLMZ247031876, the port hospital GM-24-003187, banner hospitals
 * EWK-24-03187 (EWK, MDW, CBE, XZQ, XYQ, ELC, GH, EEG), brucellosis and TBE case cards BRU2024-0387 and TBE2024-0387,
 * 17-digit health-archive numbers on an area code), insurance numbers ({@code I}: HLBJM and HHJM with ten digits,
 * forest workers' LQZG with nine), bank cards ({@code B}: 16 or 19 digits, valid Luhn, plain or in fours by blanks or
 * hyphens), dates of birth ({@code DOB}: 1981年3月5日, 1981-03-05, 1981.3.5, 1981/3/5, 一九八一年三月五日, 81年3月5号;
 * {@code DOBR}: Russian, 05.03.1981 and 5 марта 1981 г.; {@code DOBE}: 5 March 1981, 05 Mar 1981, March 5, 1981;
 * {@code DOBL}: lunar 农历1958年腊月初八, 阴历五八年冬月十五; {@code NB}: a pupil's, 2008 to 2020, 2014年3月5日,
 * 2014-03-05, 2014.3.5, 20140305). Not labelled: visit dates, ages, temperatures, lab values (SAT titres, Rose Bengal,
 * TBEV-IgM, TBSA, SpO2), vaccine batch numbers, worker numbers (工号), trains (K19次), plates (蒙E·7K318), hotlines and
 * hospital switchboards, facility names, places alone (满洲里口岸, 后贝加尔斯克, 赤塔, Aoluguya, Genhe), kin words and
 * titles, dialect words, and words beginning with a pool surname (苏木卫生院, 卡介苗, 鄂温克族自治旗人民医院, 关节,
 * 索道 …; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind42Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of the region would look: north-eastern Han surnames (王, 李, 张, 刘, 赵, 孙, 于, 杨, 高, 徐, 马)
 * carry half, the Daur, Evenki and Oroqen clan surnames most of the rest, with surnames no earlier group used
 * ({@link #RARE_SURNAMES}), word-like names ({@link #WORD_LIKE}) and Russian-Chinese names ({@link #HUAYI}).
 * {@link #MONGOL} holds Barga and Buryat names in three scripts, {@link #RUSSIAN} Russians in three scripts,
 * {@link #NICKNAMES} north-eastern nicknames, {@link #ENGLISH} researchers. Own slots: {@code N}, a further Chinese
 * name; {@code NE}, a Daur, Evenki or Oroqen name ({@link #ETHNIC}); {@code MNC}, {@code MNL}, {@code MO}, the record's
 * Mongol ({@code MN}) in Cyrillic, in Latin, OCR'd; {@code NM}, a further Mongol; {@code RU}, {@code RC}, {@code RL}, the
 * record's Russian; and the identifier slots above. Any non-empty subset of {@link #BLIND_43} uses these pools (see
 * {@link #uses}).
 */
final class Blind43Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270113L;

    static final List<String> BLIND_43 = List.of(
            // Port clinic: entry health checks at the land port and the Zabaykalsk crossing.
            "满洲里国门医院口岸门诊 入境健康检查记录\n姓名：{RC}（{RU}）\n护照号：{PP}\n出生日期：{DOBR}\n体温36.4℃，"
                    + "无发热咳嗽\n俄方随车人员：{RL}\n检查医师：{DR}\n",
            "入境旅客健康申报复核：{RC}，俄罗斯籍，护照{PP}，K19次列车入境，腋温37.9℃，转发热门诊；在华联系人{N}，"
                    + "电话{M}\n",
            "口岸发热门诊登记|{RC}|{SEX}|{PP}|{RM}|流感抗原A阳性|{D}\n",
            "货运司机入境体检：{P}，身份证{ID}，车牌蒙E·7K318，后贝加尔斯克返程，血压148/96mmHg；单位联系人{F}，{L}\n",
            "[语音转文字] 大夫 那个俄罗斯老客{RC}又来了 说胸口闷 我给翻译一下 你打我电话{MV}\n",
            "Port clinic, Manzhouli — entry screening\nName: {RL}\nPassport: {PP}\nDOB: {DOBE}\nTemp 37.1 °C, "
                    + "no rash\nLocal contact: {N}, {M}\nScreened by Dr {DS}\n",
            "口岸医学排查：{RC}称在赤塔被蜱虫叮咬，护照号{PP}，俄方手机{RM}，中国手机{M}；已采血送TBEV-IgM；"
                    + "经办医生{DR}，翻译{N}\n",
            "国门医院病历首页\n姓名 {RC}\n外文名 {RU}\n出生日期 {DOBR}\n证件号 {PP}\n住院号 {R}\n联系电话 {RM}\n翻译 {N}\n",
            // Frostbite and hypothermia.
            "急诊：{P}，{AGE}岁，{D}晚酒后在零下38℃室外卧倒约3小时，核心体温31.2℃，双足Ⅱ度冻伤；家属{F}，电话{M}；"
                    + "接诊{DR}\n",
            "冻伤换药记录：{PS}师傅双手指端Ⅲ度冻伤，水疱已破，予磺胺嘧啶银；住院号{R}；主管医生{DR}\n",
            "Hypothermia case summary\nPatient: {RL}, truck driver, DOB {DOBE}\nCore temperature 30.4 °C on arrival\n"
                    + "Rewarmed with warm IV fluids; sinus rhythm at 6 h\nContact: {RM}\nAttending: Dr {DS}\n",
            "冻伤病人出院小结：{P}，{SEX}，身份证{ID}，住址{A}，出院后伦湖市第二人民医院康复科随访；经治医师{DR}\n",
            "[语音转文字] 哎呀{DS}大夫 我家老头{P}昨晚上喝多了在外头冻了 脚丫子紫了 咋整啊 俺家在{A0}\n",
            // Forest fire and logging.
            "扑火队员烧伤：{P}，{AGE}岁，根河林业局扑火队，面颈部及双手浅Ⅱ度烧伤约8%TBSA；工号GH-0317；"
                    + "队长{F}，{L}\n",
            "森林火灾伤员转运单\n伤员：{PO}\n身份证：{ID}\n伤情：吸入性损伤，SpO2 86%\n转入：呼伦医学院附属医院烧伤科\n"
                    + "护送：{DR}  电话：{M}\n",
            "[微信 林场卫生所]\n{N}：{PS}哥（{P}）让倒木砸了腰，动不了\n{DR}：别挪他，救护车四十分钟到\n{N}：在{A0}，"
                    + "道口等着呢\n",
            "护林员{NE}巡山时被熊抓伤右肩，伤口长12cm；家属{F}电话{MV}；家住{A}\n",
            "伐木工人体检表,姓名,身份证号,手机\n1,{P},{ID},{M}\n2,{N},{ID},{M}\n",
            // Tick-borne encephalitis.
            "森林脑炎病例个案调查表\n患者：{P}  性别：{SEX}\n出生日期：{DOB}\n职业：林业工人\n现住址：{A}\n"
                    + "发病前30天内蜱虫叮咬史：有（5月采山野菜）\nTBEV-IgM阳性\n调查人：{DR}\n",
            "蜱虫叮咬门诊：{P}，{AGE}岁，右腋下见蜱虫附着，完整取出，森林脑炎疫苗未接种；电话{M}；首诊{DS}大夫（{DR}）\n",
            "森林脑炎疫苗接种登记|{N}|{DOB}|第2剂|批号202403017|{M}|{A0}\n",
            "[语音转文字] 大夫啊 俺家孩子他爹{P}采蘑菇回来就发烧 脖子硬 贼拉难受 这是不是那个森林脑炎 电话{MV}\n",
            "TBE follow-up letter\nDear Dr {ES},\nRe: {P}, born {DOBE}, forest worker from Genhe. TBEV IgM positive on "
                    + "day 6; residual left arm weakness.\nHospital record {R}.\nKind regards,\n{E}\n",
            "[微信 疾控群]\n{DR}：今年第7例森林脑炎，{P}，{A0}\n{N}：流调表发我\n{DR}：家属{F}电话{M}，病案号{R}\n",
            "Tick bite clinic log | {E2} | DOB {DOBE} | tick removed intact | phone {M} | reviewed by Dr {ES}\n",
            // Brucellosis.
            "布鲁氏菌病个案调查：{MN}，{AGE}岁，牧民，接羔期间徒手处理流产羔羊；虎红平板凝集试验阳性，SAT 1:400；"
                    + "住{A}；电话{M}；调查人{DR}\n",
            "布病患者登记表\n| 姓名 | 出生日期 | 嘎查 | 电话 |\n|---|---|---|---|\n| {MN} | {DOB} | {A0} | {M} |\n"
                    + "| {NM} | {DOB} | {A0} | {MV} |\n",
            "【伦湖市疾控中心】{MN}您好，您的布病复查定于{D}，请携带身份证{ID}到旗人民医院感染科。咨询12320\n",
            "[语音转文字] 医生 我阿布{MN}腰疼好几个月了 接羔的时候羊流产了 手没戴手套 我们在{A0} 电话{MV}\n",
            "布病报告卡补报：患者{MN}（{MNC}），出生{DOB}，新巴尔虎右旗人，病案号{R}；报告医生{DR}，{L}\n",
            "Brucellosis cluster, Xin Barag Right Banner\nIndex case: {MNL}, herder, DOB {DOBE}\nRose Bengal +, "
                    + "SAT 1:200\nHousehold contact: {NM}\nReported by {E}\n",
            "{\"disease\":\"布鲁氏菌病\",\"name\":\"{MN}\",\"name_latin\":\"{MNL}\",\"birth\":\"{DOB}\",\"address\":\"{A}\",\"phone\":\"{M}\","
                    + "\"card\":\"{R}\"}\n",
            // Reindeer-herder outreach.
            "驯鹿猎民点巡诊记录：{NE}，{AGE}岁，血压168/98mmHg，予氨氯地平；猎民点在{A0}，手机信号弱，"
                    + "联系其女儿{F}（{M}）\n",
            "Reindeer camp outreach, Aoluguya\nHerder: {NE}\nBP 152/90\nDaughter: {N}, phone {M}\nNext visit by "
                    + "{EG} and Dr {DS}\n",
            "[微信 巡诊队]\n{DR}：明天上山去猎民点，{NE}老人的药带上\n{N}：{PS}大爷那边也去不？\n{DR}：去，"
                    + "他电话{M}\n",
            "猎民点驯鹿养殖户医保登记：{NE}，城乡居民医保{I}，身份证{ID}，开户卡{B}\n",
            "{NE}之子，6岁，猎民点出生无出生证明，家住{A}，申请补办；联系人{F}\n",
            // Nomadic boarding-school health.
            "牧区寄宿学校体检表\n学校：陈巴尔虎旗民族学校\n学生：{NM}\n出生日期：{NB}\n身高126cm 体重23kg\n"
                    + "家长：{MN}  电话：{M}\n校医：{N}\n",
            "学号,姓名,出生日期,家长电话\n2024015,{NM},{NB},{M}\n2024016,{N},{NB},{MV}\n",
            "{MN}之女{NM}，出生{NB}，寄宿学校晨检发热38.6℃，已通知家长；校医{N}\n",
            "School health visit, Chen Barag boarding school\nPupil: {MNL} ({MN}), born {NB}\nFinding: tinea capitis\n"
                    + "Parent phone: {M}\nNurse: {EG}\n",
            "[微信 家长群]\n{DR}：{PG}妈妈，孩子{P}今天咳嗽，在医务室观察\n{F}：好的老师，我下午去接，我电话{M}\n",
            // Russian interpreter notes and Russian-Chinese families.
            "口岸门诊翻译记录：患者{RC}（{RU}），出生{DOBR}，主诉胸痛2小时；翻译{N}；经治医生{DR}；护照号{PP}\n",
            "华俄后裔家庭随访：{P}，{AGE}岁，住{A}；其外祖母{RC}，俄文名{RU}，失能在床；联系{F}，{M}\n",
            "Протокол переводчика: пациент {RU}, дата рождения {DOBR}, телефон {RM}. Врач {DR}. Переводчик {N}.\n",
            "[语音转文字] {DS}大夫 我是翻译{N} 那个俄罗斯的{RC}说他血糖仪坏了 列巴也不敢吃了 回电{MV}\n",
            "恩和俄罗斯族民族乡随访：{P}（华俄后裔），{DOB}生，住{A}，格瓦斯自酿，血压162/100mmHg；村医{N}\n",
            // WeChat, SMS and voice notes.
            "[微信 伦湖市医院群]\n{N}：{PS}姐住院手续办完了，住院号{R}\n{DR}：好，家属{F}电话{M}留一下\n",
            "[微信] {F}：{DS}大夫，我家老人{P}这两天腿肿，那嘎达卫生院没药，咋整？我电话{M}\n",
            "[微信 苏木卫生院群]\n{N}：{MN}今天来量血压了，160/100\n{DR}：嘱咐他别喝那么多奶茶咸的，地址{A0}\n",
            "【呼伦医学院附属医院】{P}您好，您预约的{D}胃镜检查请空腹，就诊卡号{R}。咨询电话0470-8212000\n",
            "【根河市人民医院】{F}家属您好，{P}已转入ICU，请速来院，联系电话{L}\n",
            "【满洲里国门医院】{RC}，您的核酸检测报告已出，护照尾号请核对：{PP}\n",
            "[语音转文字] 喂 {DS}大夫吧 我{F} 俺家{PK}又犯病了 喘不上气 唠嗑唠一半就不行了 你给看看 {MV}\n",
            "[语音转文字] 医生你好 我是牧民{MN} 额吉腿疼 冬营盘离苏木一百多公里 电话{MV}\n",
            "[语音转文字] {PS}师傅让我问一下 他那个布病的药还吃不吃了 埋汰的手套扔了 他电话{MV}\n",
            // Tables.
            "| 姓名 | 身份证号 | 诊断 | 电话 |\n|---|---|---|---|\n| {P} | {ID} | 森林脑炎 | {M} |\n| {N} | {ID} | 冻伤 | {L} |\n",
            "姓名,护照号,国籍,俄方电话,入境日期\n{RC},{PP},俄罗斯,{RM},{D}\n",
            "巡诊登记\t{MN}\t{MNC}\t{SEX}\t{AGE}岁\t{A0}\t{MV}\n",
            "序号|姓名|医保号|银行卡|备注\n1|{P}|{I}|{B}|冻伤补助\n2|{F}|{I}|{B}|烧伤补助\n",
            "name,dob,passport,phone\n{RL},{DOBE},{PP},{RM}\n",
            "蜱虫叮咬监测周报|{P}|{AGE}岁|{A0}|{M}|TBEV-IgM阴性\n",
            // JSON and HL7 exports.
            "{\"patient\":\"{RC}\",\"name_ru\":\"{RU}\",\"passport\":\"{PP}\",\"dob\":\"{DOBR}\",\"phone\":\"{RM}\"}\n",
            "{\"姓名\":\"{P}\",\"身份证号\":\"{ID}\",\"住院号\":\"{R}\",\"医保号\":\"{I}\",\"联系人\":{\"姓名\":\"{F}\","
                    + "\"电话\":\"{M}\"}}\n",
            "{\"herder\":\"{MNL}\",\"name_cn\":\"{MN}\",\"birth\":\"{DOB}\",\"address\":\"{A}\",\"phone\":\"{MV}\"}\n",
            "MSH|^~\\&|HLYXY|HULUN|||\nPID|1||{R}||{P}||{DOB}|{SEX}|||{A}||{M}\nNK1|1|{F}|{KIN}|{L}\n",
            "PID|1||{R}^^^MZLGM||{RL}||{DOBE}|||||{RM}\nOBX|1|ST|TBEV-IgM||positive\n",
            "{\"reindeer_camp\":\"{A0}\",\"herder\":\"{NE}\",\"phone\":\"{M}\",\"visit\":\"{D}\",\"doctor\":\"{DR}\"}\n",
            // OCR'd forms.
            "[OCR] 入 境 健 康 申 明 卡\n姓名 {RC}\n护照 {PP}\n出生 {DOBR}\n电话 {RM}\n陪同翻译 {N}\n",
            "[OCR] 住 院 病 案 首 页\n姓名 {PO}  性别 {SEX}\n身份证号 {ID}\n住址 {A}\n联系人 {F}  电话 {M}\n",
            "[OCR] 布病个案调查表\n患者 {MO}\n出生日期 {DOB}\n嘎查 {A0}\n调查医生 {DO}\n",
            "[OCR] 扑火队员体检表  姓名：{PO}  身份证：{ID}  手机：{M}  体检医师：{DO}\n",
            "[OCR] 寄宿学校学生体检\n学生 {NM}  出生 {NB}\n家长 {MO}\n电话 {MV}\n",
            "[OCR] 嘎 查 卫 生 室 就 诊 登 记\n姓名 {MO}\n电话 {MV}\n住址 {A0}\n",
            "[OCR] 转 诊 单\n患者 {PO}\n医保号 {I}\n转诊医师 {DO}\n电话 {L}\n",
            // Referral letters and English letters.
            "转诊单\n转出：鄂温克族自治旗人民医院\n患者：{MN}（{MNC}）\n身份证号：{ID}\n诊断：布鲁氏菌病并脊柱炎\n"
                    + "转入：呼伦医学院附属医院感染科\n转诊医生：{DR}  电话：{L}\n",
            "转诊单\n转出：莫力达瓦达斡尔族自治旗人民医院\n患者：{NE}  {SEX}  {AGE}岁\n住址：{A}\n诊断：森林脑炎后遗症\n"
                    + "家属：{F}  {M}\n",
            "Dear Dr {ES},\nI am referring {RL} (DOB {DOBE}, passport {PP}) with suspected tick-borne encephalitis. "
                    + "He can be reached on {RM}.\nYours sincerely,\n{E}\n",
            "To whom it may concern: {P}, born {DOBE}, ID {ID}, was treated for frostbite of both feet at Hulun "
                    + "Medical College Hospital (record {R}). Contact {M}.\n{E}\n",
            "Outreach summary: Dr {DS} and {EG} visited {NE} at the reindeer camp ({A0}); blood pressure 150/92; "
                    + "next visit in 4 weeks; phone {M}.\n",
            "Email from {E}: Dear {EG}, the tick samples from {A0} are in the freezer. Please call {P} on {M} about "
                    + "the blood draw.\n",
            // Wards, handovers and benefits.
            "困难救助申请：{P}，身份证{ID}，户籍{A}，林区职工医保{I}，救助金请打入{B}（户名{F}）\n",
            "冬季住院补助发放：{MN}，出生{DOBL}，城乡居民医保{I}，一卡通账户{B}；经办{N}\n",
            "{PK}又来了，{AGE}岁，喝了二两就说胸口疼，心电图正常；其妹{F}电话{M}\n",
            "寄宿学校{PS}老师带学生来打森林脑炎疫苗，学生名单：{N}、{N}、{NM}；疫苗批号202404011\n",
            "林业局伐木工体检：{P}，出生{DOB}，工号GH-0417，手机{M}，住{A}\n",
            "孕妇{MN}，{AGE}岁，冬营盘离旗医院180公里，提前入院待产；丈夫{NM}，{MV}；出生：{DOBL}\n",
            "老年人健康体检：{P}，{DOBL}生（本人记农历），住{A}，女儿{F}{M}\n",
            "{NE}自述病前请萨满看过，现按布病规律服药，卡介苗接种史不详；家属{F}，{M}\n",
            "那达慕摔跤受伤：{MN}，右肩关节脱位已复位；陪同{NM}，电话{MV}；接诊{DR}\n",
            "病程记录：{P}，{AGE}岁，双足冻伤清创术后；查房时老{PS}诉夜里疼得睡不着，{DR}主任嘱加用镇痛；{DS}大夫记录\n",
            "家属{F}来电，小{FS}说她婆婆{P}夜里又说胡话；已告知值班{DR}，{DS}大夫马上去看\n",
            "{DR}查房：{P}布病第6周，{PG}说腰不那么疼了，能下地走；{DS}大夫嘱继续服药，复查{D}\n",
            "[语音转文字] 喂 是{F}吧 小{FS}啊 你家老头{P}在道口冻着了 赶紧来 在{A0}\n",
            "交班：{P}，老{PS}夜里起夜两次，血压平稳；{F}陪护，{FS}姐说明天办出院；值班{DR}\n",
            "出诊记录：{DR}（{DS}大夫）到{A0}出诊，{P}冻伤换药，老{PS}说脚趾头不那么黑了\n",
            "布病流调：{MN}，牧点在敖包东侧2公里，家中羊群去年流产6只；住{A0}；流调员{DR}，{DS}大夫复核\n",
            "[微信 林场群]\n{F}：{DS}大夫，{PG}他爸{P}又咳血了\n{DR}：让{FS}哥明早带来拍片，电话{M}\n",
            "派出所送来{PK}，{AGE}岁，在江边冰面上躺着，手脚冰凉，说是跟人喝酒打赌；其兄{F}，{M}\n",
            "瑟宾节篝火旁烫伤：{NE}，左前臂浅Ⅱ度烫伤；乡卫生院{N}处理后转诊，{L}\n");

    // North-eastern Han surnames first, then the Daur, Evenki and Oroqen clan surnames, the word-like names and the
    // Russian-Chinese families' names.
    static final List<String> CHINESE = List.of((""
            + "王殿勋 王淑琇 王宝贵 王桂枝 王铁军 王德胜 王玉洁 王沫涵 王喜堂 "
            + "李凤岚 李铁林 李淑坤 李占鳌 李秀贞 李金钊 李佳琪 李振江 "
            + "张振溟 张玉芬 张殿魁 张淑漪 张铁锤 张秀珊 张子萌 "
            + "刘凤琴 刘宝库 刘铁柱 刘桂翎 刘占武 刘芷菡 "
            + "赵淑芬 赵铁成 赵喜庆 赵宝林 赵梓墨 "
            + "孙秀芝 孙立柱 孙宝财 孙晓鸥 孙一鸣 "
            + "于海鹰 于秀苓 于德江 杨德柱 杨玉琴 杨铁山 高占奎 高淑珍 徐宝忠 徐翠岫 马长顺 马凤芹 "
            + "敖福山 敖玉珍 敖宝柱 敖晓彤 郭淑芹 郭德柱 郭铁民 何凤珠 何喜栓 孟庆山 孟宝霞 孟繁星 苏和平 苏淑香 "
            + "沃金柱 沃秀云 鄂秀珠 鄂福林 "
            + "杜凤岐 杜秀云 涂永祥 涂淑蔚 卡玉梅 卡福生 布春兰 布德林 索春花 索金宝 古淑琴 "
            + "关扣尼 关宝山 莫宝山 莫秀枝 葛淑珍 葛铁军 魏金花 魏福祥 "
            + "关怀 孟浪 关切 何况 "
            + "孙柳芭 张廖莎 于瓦莉娅 赵柯利亚"
            ).strip().split(" "));
    /** Daur, Evenki and Oroqen families of the banners, the forest and the reindeer camps. */
    static final List<String> ETHNIC = List.of("敖福山", "敖玉珍", "敖宝柱", "郭淑芹", "郭德柱", "何凤珠", "孟庆山",
            "孟宝霞", "苏淑香", "沃金柱", "鄂秀珠", "鄂福林", "杜凤岐", "杜秀云", "涂永祥", "卡玉梅", "卡福生", "布春兰", "布德林", "索春花",
            "索金宝", "古淑琴", "关扣尼", "关宝山", "莫秀枝", "葛淑珍", "魏金花");
    /** Russian-Chinese families: a Chinese surname and a Russian given name (Lyuba, Lyosha, Valya, Kolya). */
    static final List<String> HUAYI = List.of("孙柳芭", "张廖莎", "于瓦莉娅", "赵柯利亚");
    /** Surnames no earlier blind group gave anyone nor the first generator writes: the Evenki 卡 and 布. */
    static final String RARE_SURNAMES = "卡布";
    /** Pool names that are also ordinary words: care, rash, concern, moreover. */
    static final List<String> WORD_LIKE = List.of("关怀", "孟浪", "关切", "何况");
    /** Barga and Buryat Mongols: Chinese transliteration|Mongolian Cyrillic|Latin. */
    static final List<String> MONGOL = List.of("巴达玛其其格|Бадамцэцэг|Badamtsetseg", "策登扎布|Цэдэнжав|Tsedenjav",
            "朝鲁巴特尔|Чулуунбаатар|Chuluunbaatar", "达希尼玛|Дашинима|Dashinima", "道尔吉苏荣|Доржсүрэн|Dorjsuren",
            "额尔敦朝克图|Эрдэнэчогт|Erdenechogt", "乌云达莱|Оюундалай|Oyundalai", "乌日根达来|Өргөндалай|Urgendalai",
            "查干胡日查|Цагаанхүрц|Tsagaankhurts", "达木丁苏荣|Дамдинсүрэн|Damdinsuren",
            "那木吉勒|Намжил|Namjil", "呼日勒巴特尔|Хүрэлбаатар|Khurelbaatar",
            "敖其尔巴雅尔|Очирбаяр|Ochirbayar", "嘎日迪|Гарьд|Garid", "阿迪雅|Адъяа|Adiya",
            "吉格木德|Жигмэд|Jigmed", "道布钦|Довчин|Dovchin", "巴拉吉尼玛|Балжинима|Baljinima",
            "达西道尔吉|Дашидоржо|Dashidorzho", "杜古尔玛|Дугарма|Dugarma", "扎木苏|Жамсо|Zhamso",
            "策仁杜拉玛|Цырендулма|Tsyrendulma", "索德巴|Содбаа|Sodbaa",
            "阿拉坦珠拉|Алтанзул|Altanzul", "宝鲁尔|Болор|Bolor");
    /** The Mongols in Chinese transliteration. */
    static final List<String> MINORITY = MONGOL.stream().map(e -> e.split("\\|")[0]).toList();
    /** Russians: Cyrillic|Chinese transliteration|Latin. */
    static final List<String> RUSSIAN = List.of("Алексей Горбунов|阿列克谢·戈尔布诺夫|Aleksei Gorbunov",
            "Татьяна Шестакова|塔季扬娜·舍斯塔科娃|Tatiana Shestakova", "Василий Лукьянов|瓦西里·卢基扬诺夫|Vasily Lukyanov",
            "Ольга Мальцева|奥莉加·马尔采娃|Olga Maltseva", "Дмитрий Черных|德米特里·切尔内赫|Dmitry Chernykh",
            "Нина Пешкова|尼娜·佩什科娃|Nina Peshkova", "Геннадий Зуев|根纳季·祖耶夫|Gennady Zuev",
            "Людмила Сафонова|柳德米拉·萨福诺娃|Lyudmila Safonova", "Игорь Бармин|伊戈尔·巴尔明|Igor Barmin",
            "Евгения Рудакова|叶夫根尼娅·鲁达科娃|Evgenia Rudakova", "Степан Лаптев|斯捷潘·拉普捷夫|Stepan Laptev",
            "Анфиса Кононова|安菲萨·科诺诺娃|Anfisa Kononova", "Пётр Ерохин|彼得·叶罗欣|Pyotr Erokhin",
            "Зинаида Белоусова|季娜伊达·别洛乌索娃|Zinaida Belousova",
            "Роман Ведерников|罗曼·韦杰尔尼科夫|Roman Vedernikov", "Валентина Сухова|瓦莲京娜·苏霍娃|Valentina Sukhova",
            "Фёдор Шадрин|费奥多尔·沙德林|Fyodor Shadrin", "Кирилл Масленников|基里尔·马斯连尼科夫|Kirill Maslennikov");
    /** North-eastern nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("孙老疙瘩", "于二丫", "赵虎子", "刘三胖子", "高小嘎子", "徐大辫子",
            "王蔫巴", "李大个子");
    /** Researchers and consultants, given|family: Finnish, Swedish, Flemish, Latvian, Estonian, Lithuanian. */
    static final List<String> ENGLISH = List.of("Siiri|Kettula", "Aivars|Zvirbulis", "Kadri|Raudsepp",
            "Margus|Pikkmets", "Vaiva|Puidokaite", "Ilmar|Kuusik", "Gintare|Vaitkute", "Oona|Lehtinen",
            "Zigmars|Liepins", "Indrek|Saarepera", "Kerstin|Wallgren", "Egle|Jankauskaite", "Griet|Claes",
            "Tarmo|Ojamaa", "Laimute|Zemzare");

    /**
     * Codes in use before 1999, when 15-digit numbers were issued: the Hulunbuir League (Hailar, Manzhouli, Zhalantun,
     * Yakeshi, Genhe, Ergun cities; Arun, Morin Dawa, Oroqen, Evenki, New Barag Right and Left, Old Barag banners),
     * Heihe (Aihui, Nenjiang county, Xunke, Sunwu, Bei'an), Daxing'anling (Huma, Tahe, Mohe county) and Harbin Daoli.
     */
    private static final List<String> LEGACY_AREA = List.of("152101", "152102", "152103", "152104", "152105",
            "152106", "152122", "152123", "152127", "152128", "152129", "152130", "152131", "231102", "231121",
            "231123", "231124", "231181", "232721", "232722", "232723", "230102");
    /** Hulunbuir city's codes (2001), 漠河市 (2018) and 嫩江市 (2019). */
    static final List<String> NEW_CODES = List.of("150702", "150703", "150721", "150722", "150723", "150724",
            "150725", "150726", "150727", "150781", "150782", "150783", "150784", "150785", "232701", "231183");
    private static final List<String> AREA = Stream.concat(LEGACY_AREA.stream(), NEW_CODES.stream()).toList();
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0470", "0456", "0457");
    private static final List<String> BANK_BINS = List.of("622823", "621661", "622700", "621098", "623581");
    private static final List<String> BANNER_CODES = List.of("EWK", "MDW", "CBE", "XZQ", "XYQ", "ELC", "GH", "EEG");
    private static final List<String> RUSSIAN_MOBILE_CODES = List.of("914", "924", "999");
    /** Banner|sumu and towns|gachaa (pastoral Hulunbuir). */
    private static final List<String> PASTORAL = List.of(
            "陈巴尔虎旗|巴彦库仁镇,东乌珠尔苏木,西乌珠尔苏木,鄂温克民族苏木|哈日干图嘎查,乌兰宝力格嘎查,阿日善嘎查",
            "鄂温克族自治旗|锡尼河西苏木,锡尼河东苏木,辉苏木,伊敏苏木|孟根楚鲁嘎查,好力宝嘎查,维特很嘎查",
            "新巴尔虎左旗|阿木古郎镇,甘珠尔苏木,乌布尔宝力格苏木|查干诺尔嘎查,巴音塔拉嘎查,新宝力格嘎查",
            "新巴尔虎右旗|阿拉坦额莫勒镇,克尔伦苏木,贝尔苏木|呼和乌拉嘎查,额尔敦乌拉嘎查,查干陶勒盖嘎查");
    /** County or city|towns and townships|villages and forest farms (forest, Daur, Oroqen, Russian-ethnic, border). */
    private static final List<String> FOREST = List.of(
            "根河市|敖鲁古雅鄂温克族乡,金河镇,好里堡街道|猎民新村,兴安林场,阿龙山林场",
            "牙克石市|乌尔其汉镇,图里河镇,免渡河镇|东升林场,北山村,红旗林场",
            "额尔古纳市|恩和俄罗斯族民族乡,室韦俄罗斯族民族乡,莫尔道嘎镇|恩和村,临江村,太平林场",
            "鄂伦春自治旗|阿里河镇,托扎敏乡,古里乡|希日特奇猎民村,诺敏村,达尔滨林场",
            "莫力达瓦达斡尔族自治旗|尼尔基镇,腾克镇,哈达阳镇|怪勒村,西瓦尔图村,登特科村",
            "黑河市爱辉区|瑷珲镇,四嘉子满族乡,新生鄂伦春族乡|大五家子村,新生村,坤站村",
            "黑河市逊克县|新鄂鄂伦春族乡,车陆乡,干岔子乡|新鄂村,车陆村,新兴村",
            "大兴安岭地区漠河市|北极镇,兴安镇,图强镇|北极村,洛古河村,北红村",
            "大兴安岭地区塔河县|十八站鄂伦春族乡,依西肯乡,开库康乡|鄂族新村,依西肯村,马伦村");
    /** City|districts|roads|estates. */
    private static final List<String> CITY = List.of(
            "伦湖市|河东区,新城区|胜利大街,呼伦路,巴尔虎大街|金湖小区,林苑小区,草原明珠小区",
            "呼伦贝尔市海拉尔区|正阳街道,靠山街道|中央街,学府路,贝尔大街|河畔小区,林业小区",
            "满洲里市|北区街道,南区街道|一道街,四道街,华埠大街|口岸家园,套娃小区",
            "牙克石市|胜利街道,新工街道|林业大街,兴安路|林业局家属区,绿苑小区");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    /** The months in the Russian genitive, as a date writes them. */
    static final List<String> RUSSIAN_MONTHS = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
            "июля", "августа", "сентября", "октября", "ноября", "декабря");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";

    private Blind43Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_43 || !templates.isEmpty() && BLIND_43.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Mongol (MN), in Chinese transliteration. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] mongolEntry(String name) {
        for (String e : MONGOL) {
            if (e.startsWith(name + "|")) return e.split("\\|");
        }
        throw new IllegalArgumentException(name);
    }

    /** A Mongol's name in Mongolian Cyrillic. */
    static String mongolCyrillic(String name) {
        return mongolEntry(name)[1];
    }

    /** A Mongol's name in Latin. */
    static String mongolLatin(String name) {
        return mongolEntry(name)[2];
    }

    /** The record's Russian: the same person for the same patient and Mongol, so that the three scripts agree. */
    static String[] recordRussian(String[] people) {
        return RUSSIAN.get(Math.floorMod((people[0] + "|" + people[3]).hashCode(), RUSSIAN.size())).split("\\|");
    }

    /** A name as OCR reads it off a form (see {@link PoolNameForms#scannedName}); a Mongol name breaks after two. */
    static String scannedName(String name, RandomGenerator r) {
        return PoolNameForms.scannedName(name, MINORITY.contains(name) ? 2 : 1, r);
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese or Mongol pool name once the blanks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** 内蒙古自治区呼伦贝尔市 or 呼伦贝尔市 or nothing before a banner or county city of Hulunbuir. */
    private static String hulunbuir(boolean withRegion, RandomGenerator r) {
        if (withRegion) return "内蒙古自治区呼伦贝尔市";
        return r.nextBoolean() ? "呼伦贝尔市" : "";
    }

    /** A herders' address: 陈巴尔虎旗东乌珠尔苏木哈日干图嘎查3组; {@code partial} stops early or at a camp. */
    static String pastoral(boolean withRegion, boolean partial, RandomGenerator r) {
        String[] t = pick(PASTORAL, r).split("\\|");
        String base = hulunbuir(withRegion, r) + t[0] + one(t[1], r);
        if (partial) {
            return switch (r.nextInt(4)) {
                case 0 -> base;
                case 1 -> base + one(t[2], r);
                case 2 -> base + one(t[2], r) + "冬营盘";
                default -> base + one(t[2], r) + (1 + r.nextInt(20)) + "号牧点";
            };
        }
        return r.nextBoolean() ? base + one(t[2], r) + (1 + r.nextInt(8)) + "组"
                : base + one(t[2], r) + (1 + r.nextInt(80)) + "号";
    }

    /** A forest, Daur, Oroqen, Russian-ethnic or border village or forest farm: 根河市金河镇兴安林场3委12号. */
    static String forest(boolean withRegion, boolean partial, RandomGenerator r) {
        String[] t = pick(FOREST, r).split("\\|");
        boolean heilongjiang = t[0].startsWith("黑河") || t[0].startsWith("大兴安岭");
        String prefix = heilongjiang ? (withRegion ? "黑龙江省" : "") : hulunbuir(withRegion, r);
        String base = prefix + t[0] + one(t[1], r);
        String village = one(t[2], r);
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> base;
                case 1 -> base + village;
                default -> village.endsWith("村") ? base + village + "猎民点" : base + village;
            };
        }
        if (village.endsWith("林场")) {
            return base + village + (1 + r.nextInt(6)) + "委" + (1 + r.nextInt(90)) + "号";
        }
        return r.nextBoolean() ? base + village + (1 + r.nextInt(9)) + "组"
                : base + village + (1 + r.nextInt(120)) + "号";
    }

    /** A flat: 伦湖市河东区呼伦路18号金湖小区3号楼2单元402室; {@code partial} stops at the road. */
    static String flat(boolean withRegion, boolean partial, RandomGenerator r) {
        String[] t = pick(CITY, r).split("\\|");
        String region = withRegion ? "内蒙古自治区" : "";
        String base = region + t[0] + one(t[1], r) + one(t[2], r);
        if (partial) return base;
        return base + (1 + r.nextInt(200)) + "号" + one(t[3], r) + (1 + r.nextInt(24)) + "号楼"
                + (1 + r.nextInt(6)) + "单元" + (1 + r.nextInt(7)) + "0" + (1 + r.nextInt(4)) + "室";
    }

    /** An address: pastoral, forest and border villages, or a flat; {@code partial} may stop early. */
    static String address(boolean withRegion, boolean partial, RandomGenerator r) {
        int k = r.nextInt(10);
        if (k < 4) return pastoral(withRegion, partial, r);
        if (k < 8) return forest(withRegion, partial, r);
        return flat(withRegion, partial, r);
    }

    /**
     * A resident ID: 18 characters on a code of before 1999 (born 1945 to 1984) or a later code (born 1945 to 2008),
     * plain, with a lower-case x, 6-8-4 by blanks or hyphens; or 15 digits on a code of its time (born 1940 to 1984).
     */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 40, 45, r);
        boolean legacy = r.nextInt(3) == 0;
        String id = IdentifierForms.residentId(pick(legacy ? LEGACY_AREA : NEW_CODES, r), 1945, legacy ? 40 : 64, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A Russian international passport: series 75 and seven digits, with a blank or without. */
    static String passport(RandomGenerator r) {
        String series = "7" + (2 + r.nextInt(4));
        return series + (r.nextBoolean() ? " " : "") + digits(7, r);
    }

    /** Whether an identity value is a Russian passport rather than a resident ID. */
    static boolean isPassport(String v) {
        return v.matches("7[2-5] ?\\d{7}");
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86 139 1234 5678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86 " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            default -> n;
        };
    }

    /** A mobile as said aloud: the one as 幺 or 一, the nought as 零; 3-4-4 by blanks, by commas or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '1' ? one : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7);
            case 1 -> s.substring(0, 3) + "，" + s.substring(3, 7) + "，" + s.substring(7);
            default -> s;
        };
    }

    /** A Russian mobile: +7 914 123-45-67, 8 914 123 45 67, +79141234567, 8 (924) 1234567. */
    static String russianMobile(RandomGenerator r) {
        String code = pick(RUSSIAN_MOBILE_CODES, r), n = digits(7, r);
        return switch (r.nextInt(4)) {
            case 0 -> "+7 " + code + " " + n.substring(0, 3) + "-" + n.substring(3, 5) + "-" + n.substring(5);
            case 1 -> "8 " + code + " " + n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5);
            case 2 -> "+7" + code + n;
            default -> "8 (" + code + ") " + n;
        };
    }

    /**
     * A landline: seven local digits on 0470, 0456 and 0457, eight on 0451 Harbin: 0470-8212345, (0470)8212345,
     * 0470 821 2345, 0470-8212345转806, +86 470 8212345.
     */
    static String landline(RandomGenerator r) {
        boolean harbin = r.nextInt(5) == 0;
        String area = harbin ? "0451" : pick(SEVEN_DIGIT_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(harbin ? 7 : 6, r);
        int half = harbin ? 4 : 3;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * HL2024031876 (inpatient), HLMZ247031876 (outpatient), GM-24-003187 (the port hospital), EWK-24-03187 (banner
     * hospitals), BRU2024-0387 and TBE2024-0387 (case cards), a 17-digit health-archive number on an area code.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(7)) {
            case 0 -> "HL" + year + digits(6, r);
            case 1 -> "HLMZ" + (year % 100) + digits(7, r);
            case 2 -> "GM-" + (year % 100) + "-" + digits(6, r);
            case 3 -> pick(BANNER_CODES, r) + "-" + (year % 100) + "-" + digits(5, r);
            case 4 -> "BRU" + year + "-" + digits(4, r);
            case 5 -> "TBE" + year + "-" + digits(4, r);
            default -> pick(AREA, r) + digits(11, r);
        };
    }

    /** Residents' insurance of Hulunbuir (HLBJM) and Heihe (HHJM), forest workers' LQZG. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0, 1 -> "HLBJM" + digits(10, r);
            case 2 -> "HHJM" + digits(10, r);
            default -> "LQZG" + digits(9, r);
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

    /** 1981年3月5日, 1981-03-05, 1981.3.5, 1981/3/5, 一九八一年三月五日, 81年3月5号; born 1935 to 2006. */
    static String birthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
        };
    }

    /** As a Russian form writes it: 05.03.1981 or 5 марта 1981 г.; born 1940 to 2005. */
    static String russianBirthDate(RandomGenerator r) {
        int y = 1940 + r.nextInt(66), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return r.nextBoolean() ? String.format("%02d.%02d.%d", d, m, y)
                : d + " " + RUSSIAN_MONTHS.get(m - 1) + " " + y + " г.";
    }

    /** As English letters write it: 5 March 1987, 05 Mar 1987, March 5, 1987. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1945 + r.nextInt(60), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> String.format("%02d %s %d", d, month.substring(0, 3), y);
            default -> month + " " + d + ", " + y;
        };
    }

    /** A day of a lunar month: 初八, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A lunar date of birth, 1930 to 1975: 农历1958年腊月初八, 阴历五八年冬月十五. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(46), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return r.nextBoolean() ? "农历" + y + "年" + month + lunarDay(d)
                : "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
    }

    /** A pupil's date of birth, 2008 to 2020: 2014年3月5日, 2014-03-05, 2014.3.5, 20140305. */
    static String pupilBirthDate(RandomGenerator r) {
        int y = 2008 + r.nextInt(13), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
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
            case "NE" -> out.write(pick(ETHNIC, random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "DO" -> out.write(scannedName(people[2], random), EntityKind.NAME);
            case "MO" -> out.write(scannedName(people[3], random), EntityKind.NAME);
            case "MNC" -> out.write(mongolCyrillic(people[3]), EntityKind.NAME);
            case "MNL" -> out.write(mongolLatin(people[3]), EntityKind.NAME);
            case "NM" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "RU" -> out.write(recordRussian(people)[0], EntityKind.NAME);
            case "RC" -> out.write(recordRussian(people)[1], EntityKind.NAME);
            case "RL" -> out.write(recordRussian(people)[2], EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "PP" -> out.write(passport(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "RM" -> out.write(russianMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) == 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBR" -> out.write(russianBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(pupilBirthDate(random), EntityKind.BIRTH_DATE);
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
     * The pool name a labelled value writes in full (the Chinese transliteration for a Mongol's Cyrillic or Latin form,
     * the Cyrillic for a Russian's Chinese or Latin form), or null when the value (a surname, a given name) names no one
     * in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : MONGOL) {
            String[] p = e.split("\\|");
            if (p[1].equals(w) || p[2].equals(w)) return p[0];
        }
        for (String e : RUSSIAN) {
            String[] p = e.split("\\|");
            if (p[0].equals(w) || p[1].equals(w) || p[2].equals(w)) return p[0];
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

    /** Every written form of the Mongols, the Russians and the researchers, in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : MONGOL) out.addAll(List.of(e.split("\\|")));
        for (String e : RUSSIAN) out.addAll(List.of(e.split("\\|")));
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

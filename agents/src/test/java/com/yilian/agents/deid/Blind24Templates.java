package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Twenty-fourth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_24}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium on the Fujian coast (闽南 and 闽东), led by the
 * fictional 鲤澳医学院附属第一医院 in the fictional coastal city of 鲤澳, with the fictional 蚵埕街道社区卫生服务中心 (and
 * its vaccination clinic), 崎沙镇卫生院 in a fishing town, 云岫乡卫生院 and the 云岫茶场 tea farm in the hills, 后垵村卫生室,
 * the 侨乡 clinic 侨光诊所 of 溪尾侨村, the port's 鲤澳中心渔港医务室 and 鲤澳港船员服务中心, the shoe factory
 * 澳兴鞋业有限公司 and the fishermen's mutual insurer 鲤澳渔业互助保险站, whose patients are fishermen and their families,
 * tea farmers, shoe and garment workers (many from inland provinces), returned overseas Chinese and their relatives in
 * Southeast Asia, Taiwan and Kinmen compatriots, Vietnamese and Southeast Asian spouses, and foreign crew: fishing-boat
 * crew health checks, injury reports from sea by satellite phone, medical evacuations, seafarer and port-health
 * records, returned-overseas-Chinese health files and letters of relatives abroad, Taiwan compatriots' visits,
 * tea-farm occupational health (pesticides, scalds, snakebite), typhoon-season emergency rosters and shelter
 * registers, shoe and garment factory occupational screening (n-hexane, benzene, noise), family-doctor contracts, vaccination records,
 * voice notes in Minnan (阮, 伊, 恁, 汝, 囝, 阿嬷, 阿公, 厝, 佇, 袂, 今仔日) and Fuzhou dialect (依伯, 依妹, 明旦, 乞),
 * WeChat group messages, OCR'd forms with stray blanks and line breaks, CSV, markdown, pipe and tab tables, JSON and
 * key=value exports, HL7-like segments, SMS and e-mails, diet advice with seafood and tea; about a seventh in English
 * or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind23Templates}. Every person's name is PHI:
 * patients, spouses, relatives, neighbours, boat owners, captains and crew, agents, foremen, HR staff, interpreters,
 * village doctors, nurses and doctors, in Chinese, Vietnamese (in Chinese characters), transliterated, romanised,
 * English or pinyin form, also straight after a role or verb word (船东X, 带班X, 经办X), at the start of table rows, in
 * lists joined by 、, blanks or line breaks, in table cells, JSON values and HL7 fields. A surname in a form of address
 * labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, 护士长X, X先生, X小姐, X女士, X阿嬷, X阿公,
 * X伯, X姆, X师傅, X老板, X船长, X医生, X主任. A given name used alone ({@code PG}, also after 阿) labels the given name;
 * a one-character given name is never used alone. A nickname ({@code PK}: Minnan and Fuzhou 阿X, X仔, X姆, 依X names)
 * is a name. A child known as a parent's child (X之子, X之女) labels the parent. An OCR'd name ({@code PO}) broken by a
 * line break, a single blank after the surname, a blank between every character or an ideographic blank between every
 * character is one span, the break inside it. A Vietnamese or transliterated name ({@code MN}, {@code NM}) is one span.
 * Romanised names of Southeast Asian Chinese and Vietnamese ({@code HK}: Ong Swee Hock, ONG SWEE HOCK, Ong Swee-hock),
 * Wade-Giles names of Taiwan compatriots ({@code WG}: Chang Chih-hung, CHANG, CHIH-HUNG, Chih-hung Chang, CHANG
 * CHIH-HUNG) and pinyin names ({@code PY}: CHEN SHUILUO, Chen Shuiluo, Shuiluo CHEN, CHEN/SHUILUO, Chen Shui Luo) are
 * labelled whole in each written form.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Fuzhou, Xiamen, Putian, Quanzhou, Zhangzhou and Ningde and of the factory workers' home counties, all issued
 * before 2000, plain, lower-case x, 6-8-4 by blanks; 15-digit numbers with a valid birth date), mobiles ({@code M}:
 * plain, 139 1234 5678, 139-1234-5678, +86 13912345678, (+86)139 1234 5678), phones abroad, across the strait or at sea
 * ({@code MX}: +886-912-345-678, 0912-345-678, +60 12-345 6789, +65 9123 4567, +63 917 123 4567, +62 812-3456-7890 and
 * Tiantong satellite numbers 17400 and six digits), landlines ({@code L}: 0591, 0592, 0593, 0594, 0595 and 0596, as
 * 0595-22345678, (0592)5123456, 0591 8765 4321, an extension after 转, +86-595-22345678), addresses ({@code A},
 * {@code A0}: city streets with an estate and 栋/幢 and 室, house numbers with 之, lanes (巷, 坊, 里) of the old towns,
 * villages with a natural village 厝 or 社, a 组, or a number, communities with a road; {@code A0} may stop at the
 * village or the street; {@code AT}: Taiwan and Kinmen addresses in traditional characters; {@code AO}: addresses in
 * Singapore, Malaysia, the Philippines and Indonesia), record numbers ({@code R}: inpatient numbers LA-ZY24031876,
 * outpatient numbers MZ and ten digits, 17-digit resident health-archive numbers, port-clinic numbers YG24-0387 and
 * seven-digit inpatient numbers, whatever the label), insurance numbers ({@code I}: FJYB and ten digits, XM3502- and
 * eight digits, CXJM and ten digits, QZ0595 and nine digits, fishermen's mutual-insurance policies YHBX, year and six
 * digits), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or by hyphens), dates
 * of birth ({@code DOB}: 1958年6月23日, 1958年6月23号, 1958-06-23, 1958.6.23, 1958/6/23 and the spoken 五八年六月廿三;
 * {@code DOBC}: 19580623 in exports; {@code DOBE}: 23 Jun 1958, 23/06/1958, 23-JUN-1958, June 23, 1958; {@code NB}: a
 * child's, 2014 to 2025). Not labelled: visit, sailing, typhoon and vaccination dates, years of return from abroad,
 * times, ages, positions at sea, boat names and registration numbers, MMSI and call signs, seaman's book, passport and
 * Taiwan-compatriot permit numbers, staff and work numbers, vaccine batch numbers, claim, exam and message numbers,
 * hotlines (12320, 12395), facility names, a province or city alone, seafood, tea, fruit and herbal names, and words
 * beginning with one of the pool's surnames (all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind23Templates} nor among the names {@link SyntheticValues} can generate. Most are drawn as a patient list
 * of the Fujian coast would look: the few very common surnames of the region (陈, 林, 黄, then 张, 吴, 李, 王, 郑, 蔡,
 * 许, 洪) and its mid-frequency ones, with given names of each generation (born before 1950, including old women's
 * names and Fuzhou 依 names, in the 1960s and 1970s, the 1980s and 1990s, and children of the 2010s and 2020s); a
 * minority have surnames of the region no earlier group used ({@link #RARE_SURNAMES}), compound surnames of Taiwan and
 * southern Fujian ({@link #compoundSurnames}) or are ordinary words ({@link #WORD_LIKE}). Vietnamese names in Chinese
 * characters and transliterated Indonesian, Malay, Filipino, Burmese, Thai, Indian and Ukrainian names in the minority
 * pool; Filipino, Indonesian, Malay, Chinese-Indonesian, Chinese-Filipino and a few European names in the English pool;
 * a pool of romanised Hokkien, Teochew and Vietnamese names; a Wade-Giles pool; a pinyin pool; a nickname pool. Own
 * slots: {@code N}, a further Chinese name drawn afresh at each use; {@code NC}, a child's name from the same pool;
 * {@code NM}, a further minority name; {@code PS}, {@code FS}, {@code PG}, {@code PK}, {@code PO}, {@code PY},
 * {@code HK}, {@code WG}, {@code MX}, {@code AT}, {@code AO} above; {@code EG}, an English given name alone;
 * {@code DOBC}, {@code DOBE}, {@code NB}. Any non-empty subset of {@link #BLIND_24} uses these pools (see
 * {@link #uses}).
 */
final class Blind24Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261225L;

    static final List<String> BLIND_24 = List.of(
            // Fishing-boat crew health checks.
            "鲤澳中心渔港医务室 渔船船员健康证明\n姓名：{P}  性别：{SEX}  年龄：{AGE}\n身份证号：{ID}\n船名船号：闽鲤渔05871  职务：轮机员\n"
                    + "听力、视力、色觉：合格\n体检医师：{DR}\n",
            "船员体检名单（闽鲤渔05871）\n船长 {N} {M}\n大副 {N} {M}\n轮机长 {P} {M}\n厨工 {N} {M}\n",
            "渔船出海前体检：{P}，{AGE}岁，血压{BP}，心电图大致正常；船东{N}，联系电话{M}；体检医生{DR}\n",
            "船员健康档案：{P}，出生日期{DOB}，健康档案号{R}，既往{DIS}，每季度随访；家属{F}（{KIN}）\n",
            "{PS}船长带五名船员来做出海体检，其中{N}色觉异常，不宜担任驾驶；体检医生{DR}，复核{DS}主任\n",
            "Crew medical list, F/V Minliyu 05871: {HK}, {HK}, {E}, {E2}; all fit for sea; agent phone {MX}.\n",
            "外籍船员健康检查：{NM}，护照号B4417263，乙肝表面抗原阴性；渔工中介{N}，电话{M}\n",
            "渔民大病互助登记：{P}，身份证{ID}，渔业互保保单{I}，受益人{F}（{KIN}）\n",
            // Injuries at sea, reported by radio and satellite phone.
            "海上伤病报告\n报告时间：{D} {TIME}\n船名：闽鲤渔运03316  位置：北纬24°32′ 东经118°41′\n伤者：{P}，{AGE}岁，右手被绞纲机卷伤\n"
                    + "报告人：{PS}船长  卫星电话：{MX}\n",
            "海上医疗咨询记录：{DS}医生经卫星电话{MX}指导加压包扎止血，伤员{P}神志清，预计六小时后靠港；记录护士{N}\n",
            "渔船伤员接收单：{P}，身份证{ID}，鱼钩刺入左眼，由{N}护送上岸，120转鲤澳医学院附属第一医院眼科；住院号{R}\n",
            "落水淹溺：{P}，{AGE}岁，拖网作业时落水约10分钟，被同船{N}救起，现场心肺复苏；家属{F} {M}\n",
            "Medevac request via 12395: crew {HK}, DOB {DOBE}, suspected appendicitis, MMSI 412438761; master {E}; sat phone {MX}.\n",
            "海事报告附页：伤员{PY}（船员证拼音），出生日期{DOBC}，左胫腓骨骨折；接诊医生{DR}\n",
            "减压病：{P}，潜水采捕海参后四肢关节痛，转高压氧舱；同船{N}、{N}；家属电话{M}\n",
            "[语音转文字] 喂 {DS}医生 阮船上{PG}的手予缆索夹着 血流袂停 阮这马佇外海 汝共阮讲欲按怎 这是卫星电话{MX}\n",
            // Port and seafarer records.
            "鲤澳港船员服务中心 海员体检登记\n姓名：{P}\n出生日期：{DOB}\n海员证号：E20387654\n联系电话：{M}\n体检编号：HY-2024-0387\n",
            "Seafarer medical certificate (STCW)\nName: {PY}\nDate of birth: {DOBE}\nSeaman's book: E20387654\nFit for duty\nExamining physician: Dr {PY}\n",
            "Port health declaration, MV Ocean Pearl 8: master {E}, crew {E2} (fever 38.6), crew {HK}; ship agent {EG} {MX}.\n",
            "引航员突发胸痛：{P}，{AGE}岁，登轮引航时发病，拖轮送至鲤澳港码头，家属{F}，电话{M}\n",
            "远洋归国船员健康观察：{P}，身份证{ID}，户籍：福建省莆田市，住{A}；观察医生{DR}\n",
            "换班船员门诊：{WG}（台籍船员），出生日期{DOBE}，手部裂伤已缝合；船务代理{EG}，电话{MX}；病历号{R}\n",
            // Returned overseas Chinese, their relatives abroad and the remittance-era families.
            "侨光诊所门诊日志（溪尾侨村）\n{D} {P} 归侨 {AGE}岁 高血压复诊\n{D} {N} 侨眷 咳嗽\n{D} {N} 侨眷 膝关节痛\n医生：{DR}\n",
            "归侨健康档案：{P}，1960年自印尼归国，出生日期{DOB}，现住{A}；海外亲属{HK}（雅加达），电话{MX}\n",
            "侨眷住院联系单：患者{P}，在马来西亚的儿子{HK}委托同乡{N}代办住院，住院号{R}；海外联系电话{MX}，地址{AO}\n",
            "侨史访谈兼健康随访：{PS}阿嬷讲伊老爸当年佇菲律宾寄侨批转来，伊今年{AGE}岁，孙女{F}照料，电话{M}\n",
            "Letter from abroad: Dear Dr {ES}, I am {E}, grandson of {P} in Xiwei village. Please write to me at {AO} or call {MX}.\n",
            "病情证明（侨产继承用）：{P}，{DOB}生，于{D}在我院住院，病案号{R}；申请人{F}（{KIN}），身份证{ID}\n",
            "侨乡留守老人探访：{P}，独居，子女均在新加坡，紧急联系人{HK} {MX}，邻居{N}有钥匙；住{A0}\n",
            "侨联转介：{P}，1958年自缅甸归国，耳聋，由侨联干部{N}陪同；联系电话{L}\n",
            "From Singapore: my grand-aunt {P} (born {DOBE}) lives at {A}. Her cousin {HK} will visit on Sunday. Contact {MX}. {EG}\n",
            "印尼归侨{P}每月侨汇到账，委托银行卡{B}代扣药费；经办{N}\n",
            "侨眷家庭体检：{NM}（外籍配偶）与丈夫{P}，出生{DOB}，医保号{I}\n",
            "[语音留言] {DS}医生 我是{P}的查某囝{F} 阮阿母对马来西亚转来 伊今仔日头壳眩 汝有闲无 阮厝佇{A0}\n",
            // Taiwan and Kinmen compatriots.
            "台胞就诊登记\n姓名：{P}\n台胞证号码：03876512\n出生日期：{DOB}\n大陆联系电话：{M}\n台湾联系电话：{MX}\n",
            "Taiwan compatriot visit: {WG}, DOB {DOBE}, heat exhaustion on a tour of Yunxiu tea farm; travel companion {WG}; phone {MX}.\n",
            "台资企业员工体检：{P}，{AGE}岁，脂肪肝；公司联系人{WG}，电话{L}；{PS}先生要求报告寄台湾\n",
            "两岸婚姻家庭随访：{P}（台湾配偶），丈夫{F}，女儿{NC}于{NB}出生，台湾住址{AT}\n",
            "金门乡亲小三通来诊：{P}，{AGE}岁，住{AT}，晕船后呕吐；陪同{N}，电话{MX}；{PS}小姐明日返金门\n",
            "台胞病历摘要申请：{WG}，{DOBC}生，于我院住院两周，病案号{R}；病历摘要寄至{AT}\n",
            "[语音转文字] 医生 我是{F} 阮阿爸{P}对台湾转来拜祖厝 昨暗食海蛎煎了后腹肚痛 阮手机{MX}\n",
            // Tea-farm occupational health.
            "云岫茶场职业健康检查\n姓名：{P}  工种：采茶/制茶\n身份证：{ID}\n胆碱酯酶活性：78%\n皮肤：双手接触性皮炎\n检查医生：{DR}\n",
            "茶农农药中毒报告卡：{P}，{AGE}岁，施肥后喷洒农药未戴口罩，头晕呕吐；报告人{N}，电话{L}\n",
            "制茶烫伤：{P}，炒青时左前臂烫伤Ⅱ度5%，茶场负责人{N}送至云岫乡卫生院；家属{F} {M}\n",
            "茶园蛇咬伤：{P}在云岫茶场采铁观音时被竹叶青咬伤右足，已用抗蛇毒血清；茶场{FS}老板电话{M}\n",
            "外籍茶商受伤：{E}在云岫茶场参观时扭伤踝关节，接待人{N}，手机{M}；接诊{DS}医生\n",
            "茶农慢病随访：{PS}阿公，{AGE}岁，血压{BP}，爱喝大红袍，嘱少喝浓茶；家属{F}；随访医生{DR}\n",
            "茶场季节工花名册\n{N} {ID} 江西\n{N} {ID} 贵州\n{P} {ID} 本地\n带班：{N} {M}\n",
            "茶叶合作社体检费报销：{P}，医保号{I}，报销卡{B}；合作社会计{N}\n",
            // Typhoon-season emergency rosters and shelters.
            "台风应急值班表（第9号台风）\n{D} 白班 {DR} {M}\n{D} 夜班 {N} {M}\n后备 {N} {L}\n司机 {FS}师傅\n院总值班：{DS}主任\n",
            "台风转移安置点医疗登记：{P}，{AGE}岁，从{A0}转移，维持性透析，需{D}透析；家属{F} {M}\n",
            "台风期间孕产妇摸底：{P}，孕37周，住{A}，丈夫{F}出海未归；联系电话{M}；责任医生{DR}\n",
            "防台风重点人群名单（后垵村）\n{P} 卧床 {M}\n{N} 独居 {L}\n{N} 孕晚期 {M}\n村医：{N}\n",
            "台风夜急诊：{P}被吹落的铁皮砸伤头部，风力12级，120无法出车，邻居{N}送到崎沙镇卫生院；住院号{R}\n",
            "台风安置点外籍船员登记：{E}、{E2}，滞港避风；翻译{EG}；安置点电话{L}\n",
            "台风过后随访：{PS}伯家厝漏水，伊血压{BP}，药已食完，{DS}医生明早送药；电话{M}\n",
            // Shoe and garment factory occupational screening.
            "澳兴鞋业有限公司 职业健康检查（正己烷、苯）\n工号 姓名 身份证号 结论\nAX0387 {P} {ID} 复查\nAX0412 {N} {ID} 合格\nAX0519 {N} {ID} 合格\n"
                    + "主检医师：{DR}\n",
            "正己烷中毒疑似病例报告：{P}，{AGE}岁，刷胶工，双下肢麻木无力；车间主任{N}，电话{M}；报告医生{DR}\n",
            "鞋厂工人体检异常通知：{P}，白细胞3.2×10^9/L，建议调离苯作业岗位；工号AX0387；通知人{N}\n",
            "服装厂噪声作业听力复查：{P}，出生{DOB}，双耳高频听力下降；厂医{N}；联系电话{L}\n",
            "外来务工人员职业健康档案：{P}，户籍：四川省，身份证{ID}，住{A}，紧急联系人{F} {M}\n",
            "Factory screening export: worker {PY}, DOB {DOBC}, benzene exposure, WBC 3.4; supervisor {EG}; HR phone {L}.\n",
            "工伤认定材料：{P}在澳兴鞋业有限公司冲压车间右手示指离断，住院号{R}，工伤保险号{I}，工资卡{B}\n",
            "鞋厂宿舍肺结核密切接触者筛查：{P}、{N}、{N}；宿舍长{N}；疾控联系电话{L}\n",
            // Family-doctor contracts.
            "家庭医生签约服务协议\n甲方：蚵埕街道社区卫生服务中心  签约医生：{DR}\n乙方：{P}  身份证：{ID}\n住址：{A}\n联系电话：{M}\n"
                    + "服务包：老年人基础包\n",
            "家庭医生上门：{PS}阿嬷，{AGE}岁，卧床，压疮已结痂；孙子{F}在场；随访{DR}\n",
            "签约居民名册（后垵村）\n{P} {DOB} {M}\n{N} {DOB} {M}\n{N} {DOB} {L}\n团队：{DR}、{N}\n",
            "家医签约解约：{P}迁往{A0}，原签约医生{DR}；经办{N}\n",
            "家庭医生签约（外籍配偶）：签约居民{E}，配偶{P}，住址{A}，签约医生{DS}医生，电话{M}\n",
            "家庭医生团队周报：小{DS}负责后垵村，老{FS}负责崎沙镇；{P}血糖控制差，已转上级医院\n",
            // Vaccination records.
            "预防接种证\n儿童姓名：{NC}  性别：{SEX}\n出生日期：{NB}\n母亲：{P}  父亲：{F}\n联系电话：{M}\n家庭住址：{A}\n",
            "接种记录：{P}之子，{NB}出生，乙肝疫苗第三针，批号202403A017；接种护士{N}\n",
            "疫苗接种预约：{F}之女，出生日期{NB}，麻腮风第2剂，接种日期{D}；家长电话{M}\n",
            "疑似预防接种异常反应报告：{NC}，{NB}生，接种百白破后高热39.2℃；母亲{P}；报告人{DR}\n",
            "【蚵埕街道社区卫生服务中心预防接种门诊】{P}家长您好，宝宝下次接种时间为{D}，请携带接种证。咨询12320\n",
            "入学查验接种证：{NC}（{NB}）缺种脊灰第4剂；家长{F}，电话{M}；查验人护士长{DS}\n",
            "成人狂犬疫苗接种：{P}被自家狗咬伤，接种第1针；身份证{ID}\n",
            "出国留学疫苗接种证明：{E}，出生日期{DOBE}，母亲{P}；接种门诊电话{L}\n",
            "外籍母亲{MN}带孩子{NC}来接种，孩子{NB}出生；父亲{F}，电话{M}\n",
            // Voice notes in Minnan and Fuzhou dialect.
            "[语音转文字] 阮阿公{P}今仔日血压真悬 伊讲头壳眩 阮厝佇{A0} 拜托{DS}医生来看一下\n",
            "[语音转文字] 我是{F} 阮厝老大人{PK}的药食了了 伊的医保卡号{I} 汝共伊开药好无\n",
            "[语音留言] 喂 {FS}姆 恁{PG}今仔日有去打针无 护士{N}讲伊无来\n",
            "[语音转文字] 伊叫{PK} 身份证写的是{P} 伊{AGE}岁 一个人蹛佇厝\n",
            "[语音转文字] 医生 阮囝{NC}发烧 伊是{NB}出世的 阮电话{M}\n",
            "[语音留言] 依伯 汝明旦去医院复查 依妹{P}会来载汝 伊电话{M}\n",
            "[语音转文字] 我是{P} 身份证{ID} 我家老叔{F}旧年在连江县讨海 今年脚骨痛 电话{M}\n",
            "[语音留言] {DS}医生 阮阿母{P}是{DOB}生的 恁遐写错去 汝帮阮改一下\n",
            "[语音转文字] 阿{PG} 恁老爸去讨海 船佇外海 汝紧打伊卫星电话{MX}\n",
            "[语音留言] 我是{PS}船长 船员{N}予鱼钩钩着目睭 阮下晡四点入港 请派救护车来码头 电话{M}\n",
            "[语音转文字] 老大人讲伊号做{PK} 真正的名是{P} 伊佇菲律宾蹛过三十冬 伊的侨批攏园佇{A0}\n",
            "[语音留言] 汝好 我是{N} {P}的厝边 伊跋倒了 厝里无人 我电话{M}\n",
            "[语音转文字] 依姆 汝血糖{LAB} 乞{DS}医生看过了 伊讲药照样食 有事打{L}\n",
            "[Voice note] Hello Doctor {ES}, this is {HK} calling from Penang about my aunt {P}; please call back on {MX}.\n",
            // WeChat group messages.
            "[微信群 后垵村家庭医生服务群]\n{F}：{DS}医生，阮阿爸{P}血压{BP}\n{DR}：明早来后垵村卫生室复测\n{N}：收到\n",
            "[微信群 闽鲤渔05871船东群]\n{N}：{P}手受伤了 已经到医务室\n{PS}船长：住院号{R} 家属{F}已通知\n",
            "[微信 聊天记录]\n{F}：医生 阮厝老大人{PK}今仔日食袂落\n{DR}：量一下体温\n{F}：{TEMP}\n",
            "[微信群 侨光诊所侨眷群] {N}：下礼拜{DS}医生义诊，请大家带身份证；@{P} 汝的医保卡{I}过期了\n",
            "[微信群 鞋厂职工健康群] HR{N}：明日职业体检，名单：{P}、{N}、{N}，请带工牌；有问题打{M}\n",
            // OCR'd forms.
            "[OCR] 渔 船 船 员 体 检 表\n姓 名 {PO}\n出生日期 {DOB}\n身份证号 {ID}\n船 名 闽鲤渔05871\n",
            "[OCR] 家 庭 医 生 签 约 书 乙方 {PO} 电话 {M} 住址 {A}\n",
            "[OCR] 预防接种证 儿童 {NC} 出生 {NB} 母亲 {PO}\n",
            "[OCR] 职业健康检查表 姓名:{PO} 工号:AX0412 身份证:{ID}\n",
            "[OCR] 台风转移安置人员登记 {PO} {AGE}岁 原住址 {A}\n",
            "[OCR] 归 侨 证 明 持证人 {PO} 出生日期 {DOB} 归国时间 1960年\n",
            "[OCR] 海上伤病报告表 伤员 {PO} 船长 {N} 卫星电话 {MX}\n",
            "[OCR] 出 院 记 录\n姓 名 {PO}  住院号 {R}\n医保号 {I}\n主治医师 {DR}\n",
            "[OCR] 工伤保险待遇申请表 申请人 {PO} 银行卡号 {B} 联系电话 {L}\n",
            // Tables.
            "姓名,性别,出生日期,手机,船名\n{P},{SEX},{DOBC},{M},闽鲤渔05871\n{N},{SEX},{DOBC},{M},闽鲤渔05871\n",
            "| 序号 | 姓名 | 住址 | 电话 |\n|---|---|---|---|\n| 1 | {P} | {A} | {M} |\n| 2 | {N} | {A0} | {L} |\n",
            "姓名|身份证|医保号|签约医生\n{P}|{ID}|{I}|{DR}\n{N}|{ID}|{I}|{DR}\n",
            "crew_name\tnationality\tdob\tphone\n{HK}\tMY\t{DOBE}\t{MX}\n{E}\tID\t{DOBE}\t{MX}\n{E2}\tPH\t{DOBE}\t{MX}\n",
            "工号\t姓名\t工资卡\nAX0387\t{P}\t{B}\nAX0519\t{N}\t{B}\n",
            "接种登记\n{NC} {NB} 乙肝 {M}\n{NC} {NB} 卡介苗 {M}\n{NC} {NB} 脊灰 {M}\n登记人：{N}\n",
            "姓名,出生日期,联系方式\n{WG},{DOBE},{MX}\n{PY},{DOBC},{M}\n{HK},{DOBE},{MX}\n",
            "患者|出生日期|病案号|主管医生\n{MN}|{DOB}|{R}|{DR}\n{P}|{DOB}|{R}|{DR}\n",
            // JSON and key=value exports.
            "{\"姓名\":\"{P}\",\"身份证号\":\"{ID}\",\"手机\":\"{M}\",\"健康档案号\":\"{R}\"}\n",
            "{\"crewName\":\"{HK}\",\"dob\":\"{DOBE}\",\"vessel\":\"Minliyu 05871\",\"satPhone\":\"{MX}\"}\n",
            "{\"patient\":\"{WG}\",\"birth\":\"{DOBC}\",\"twAddress\":\"{AT}\",\"contact\":{\"name\":\"{F}\",\"tel\":\"{M}\"}}\n",
            "{\"接种儿童\":\"{NC}\",\"出生日期\":\"{NB}\",\"监护人\":\"{P}\",\"联系电话\":\"{M}\",\"疫苗批号\":\"202403A017\"}\n",
            "{\"worker\":\"{PY}\",\"idNo\":\"{ID}\",\"insuranceNo\":\"{I}\",\"salaryCard\":\"{B}\"}\n",
            "姓名={P};船名=闽鲤渔05871;身份证={ID};互保单号={I}\n",
            "patient={E}|dob={DOBE}|gp={ES}|tel={M}|addr={AO}\n",
            // HL7-like segments.
            "MSH|^~\\&|LAFY|HIS|||20240815093000||ADT^A01|MSG24087|P|2.5\n"
                    + "PID|1||{R}^^^LAFY^MR||{P}||{DOBC}|{SEX}|||{A}||{M}\nNK1|1|{F}|{KIN}||{M}\n",
            "PID|1||{R}||{PY}||{DOBC}|M|||{A}||{L}|||||{ID}\n",
            "PID|1||{R}||{HK}||{DOBC}|F\nNK1|1|{E}|SON||{MX}\n",
            "PV1|1|E|EM^05||||{DR}\nPID|1||{R}||{WG}||{DOBC}\nIN1|1|FJYB|{I}\n",
            // SMS.
            "【鲤澳医学院附属第一医院】{P}您好，您的出院复诊已预约在{D}，住院号{R}，如需改约请致电{L}。\n",
            "【崎沙镇卫生院】{PS}船长，贵船船员体检报告已出，请出海前来领取；另{N}需复查心电图。\n",
            "【鲤澳渔业互助保险站】{P}，您的互保理赔款已转入账户{B}，理赔号YL-2024-0387。\n",
            "【台风预警】{PS}阿公，第9号台风今晚登陆，请勿出海；如需转移请联系村医{N} {M}\n",
            "【Li'ao First Hospital】Dear {E}, your follow-up is on {D}. General hotline 12320. MRN {R}.\n",
            "【侨光诊所】{PS}女士您好，义诊时间为本周六上午，请携带医保卡{I}。\n",
            "【云岫乡卫生院】{P}，您的职业健康检查结论：复查。请联系{L}。\n",
            // E-mails.
            "主题：船员{P}海上受伤情况说明\n收件人：{N}（鲤澳渔业互助保险站）\n正文：{N}您好，闽鲤渔05871船员{P}作业中受伤，身份证{ID}，住院号{R}，"
                    + "病历随附。船东{F}，电话{M}\n",
            "Subject: My father's admission\nFrom: {E}\nDear Dr {ES}, my father {HK} (DOB {DOBE}) was admitted on Tuesday. "
                    + "I am in Kuala Lumpur; please call {MX}.\n",
            "Subject: Medical records for insurance\nPlease send the discharge summary of {WG}, MRN {R}, born {DOBE}, to {AT}. "
                    + "Thank you, {EG}\n",
            "主题：台风值班调整\n各位：{D}起{DR}任台风应急医疗队队长，{N}接替门诊；请{DS}主任审核。联系{M}\n",
            "Subject: Crew medicals, F/V Minliyu 05871\nDear {EG}, attached are the results for {E} and {E2}; both fit. "
                    + "Regards, Dr {PY}\n",
            // Foreign crew and spouses.
            "外籍配偶产检：{NM}，丈夫{P}，孕28周，翻译{N}；联系电话{M}；住{A}\n",
            "外籍渔工就诊：{MN}，{AGE}岁，右手掌撕裂伤缝合，船东{N}，电话{M}\n",
            "Crew {E}, DOB {DOBE}, fish-bone puncture of the hand, tetanus toxoid given; captain {ES}; agent {MX}.\n",
            "Crew {E} and {E2} brought by ship agent {EG} for pre-departure medicals; MRNs {R}, {R}.\n",
            // Diet advice and notes with seafood, tea, fruit and everyday words.
            "出院饮食指导：{P}，痛风，少食黄鱼、丁香鱼、海蛎煎、鲍鱼，忌吴郭鱼干；可饮淡铁观音；营养师{N}\n",
            "护士站登记：家属{F}送来龙眼、杨梅、余甘给{P}，已提醒血糖；值班护士{N}\n",
            "中药咨询：{P}问陈皮、黄芪、何首乌能否同服，药师{N}答何首乌伤肝慎用；电话{M}\n",
            "产后宣教：{P}，孕期叶酸已服，新生儿黄疸已退；留置针已拔，康复良好，周末出院；责任护士{N}\n",
            "渔民健康讲座签到：{N}、{N}、{P}；内容：张网作业防晒、连续作业防疲劳、许可证年审体检；主讲{DR}\n",
            "茶农饮食：{P}爱配江瑶柱粥、紫菜汤，庄稼活多，嘱少食方便面；联系电话{L}\n",
            "台风后卫生防疫：{P}所在村洪水退后，游泳池停用，苏打水不能代替口服补液盐；村医{N}\n");

    // The very common surnames of the Fujian coast and its mid-frequency ones, with given names of four generations
    // (old men's names such as 水螺 and 添丁, old women's names such as 罔市 and 金治, Fuzhou 依 names), a few surnames of
    // the region no earlier group used, compound surnames of Taiwan and southern Fujian and word-like names.
    private static final List<String> CHINESE = List.of((""
            + "陈水螺 陈罔市 陈添丁 陈金治 陈再兴 陈秀治 陈炳灿 陈清泉 陈美玲 陈丽卿 陈少鹏 陈雅琪 陈嘉豪 陈子墨 "
            + "陈沐阳 陈碧霞 陈进发 陈阿招 陈文墩 陈依妹 陈烨 陈乌番 林水土 林罔腰 林宝珠 林清标 林振聪 林淑贞 "
            + "林秀琴 林鸿斌 林燕玲 林雅蓁 林宸宇 林可馨 林一鸣 林阿缎 林依俤 林彬 黄天送 黄金水 黄玉叶 黄碧云 "
            + "黄文彬 黄荣坤 黄丽珍 黄俊煌 黄思琪 黄奕辰 黄若汐 张阿土 张素琴 张振坤 张伟鸿 张艺涵 张凯翔 张翀 "
            + "吴水旺 吴秀鸾 吴清河 吴志雄 吴晓虹 吴锦程 李火炎 李春桃 李国栋 李美凤 李家豪 李芊芊 李炜 王添福 "
            + "王淑芬 王建闽 王雅芳 王诗楠 王珏 郑金狮 郑罔舍 郑炳煌 郑美琴 郑志豪 郑可欣 郑钧 刘金土 刘碧玉 "
            + "刘振南 刘沐晨 杨水成 杨秀珠 杨晓锋 杨梓琪 蔡文旦 蔡宝治 蔡炳辉 蔡丽娥 蔡思妤 蔡奕航 蔡琛 许天赐 "
            + "许阿凤 许振裕 许雅雯 许璇 洪再添 洪淑娟 洪志明 洪梓轩 谢银花 谢清水 谢佳蓉 庄火旺 庄美华 庄宇航 "
            + "苏金水 苏碧珠 苏建鸿 苏语汐 叶清辉 叶秀卿 叶沐宸 曾阿火 曾惠玲 周金枝 周鸿飞 何水生 何美云 郭添财 "
            + "郭淑惠 郭晨曦 施宝桂 施振源 施少华 翁依妹 翁兆丰 翁佳慧 卓文钦 卓雅琳 游清木 游丽萍 傅依弟 傅秀玉 "
            + "颜水源 颜丽芬 柯振发 柯诗婷 詹进财 詹雅萍 康金銮 赖丽娟 赖文龙 江阿珠 江振锋 邱天来 邱美兰 方宝莲 "
            + "方俊豪 戴清溪 连依俤 连美娇 骆炳南 欧素贞 余锦华 潘阿九 魏依金 薛宗仁 雷秀妹 蓝金花 萧清池 萧雅惠 "
            + "萧子睿 凃水木 凃佩珊 留福来 留雅静 鄞文卿 鄞诗敏 张廖万坚 张廖佳玲 张简明仁 张简芷晴 范姜秀英 黄河 洪亮 "
            + "陈列 周到 叶舟 "
            ).strip().split(" "));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("陈子墨 陈沐阳 林宸宇 林可馨 林一鸣 黄奕辰 黄若汐 张艺涵 吴锦程 "
            + "李芊芊 王诗楠 郑可欣 刘沐晨 杨梓琪 蔡奕航 洪梓轩 庄宇航 苏语汐 叶沐宸 郭晨曦 萧子睿 张简芷晴").split(" "));
    /** The surnames of the region that no earlier blind group gave anyone. */
    static final String RARE_SURNAMES = "萧凃留鄞";
    /** The pool names that are also ordinary words: 黄河 the Yellow River, 洪亮 sonorous, 陈列 to display, 周到 attentive, 叶舟 a skiff. */
    static final List<String> WORD_LIKE = List.of("黄河", "洪亮", "陈列", "周到", "叶舟");
    private static final List<String> COMPOUND_SURNAMES = List.of("张廖", "张简", "范姜");
    // Vietnamese names in Chinese characters; Indonesian, Malay, Filipino, Burmese, Thai, Indian and Ukrainian names
    // transliterated, most with a dot.
    private static final List<String> MINORITY = List.of(("阮氏秋香 黎氏玉娥 范氏金鸾 阮文雄 武氏香 阮氏翠 黎文忠 陶氏红 "
            + "阿古斯·苏帕尔曼 努尔·哈立达 西蒂·阿米娜 鲁斯兰·巴哈鲁丁 德威·拉哈尤 哈迪·苏西洛 约瑟芬·马纳洛 里卡多·帕斯夸尔 "
            + "马里奥·德拉克鲁斯 吴丁貌 杜钦梅 颂猜·汶纳 拉玛·克里希南 伊万·彼得连科").split(" "));
    /** Minnan and Fuzhou nicknames, labelled as names. */
    private static final List<String> NICKNAMES = List.of("阿水仔", "阿土伯", "阿桃姆", "乌肉仔", "番薯仔", "阿螺仔", "阿珍姨",
            "依弟仔", "阿招姆", "阿旺仔");
    // given|family: Filipino and Indonesian crew, Malay, Chinese-Indonesian and Chinese-Filipino relatives, a few
    // Europeans.
    private static final List<String> ENGLISH = List.of((""
            + "Ronaldo|Mangubat Jomar|Pangilinan Arnel|Sibayan Rowena|Cabrera Mylene|Dizon Jerome|Alcantara "
            + "Noel|Tumbaga Marivic|Pacquing Agus|Wibisono Budi|Santoso Eko|Prasetyo Teguh|Hidayat "
            + "Sri|Wahyuni Dedi|Kurniawan Slamet|Riyadi Ridwan|Hamzah Faridah|Ismail Hafiz|Othman "
            + "Zulkifli|Abdullah Norazlina|Yusof Hendra|Gunawan Lisa|Tjoa Herman|Kwee Priscilla|Oei "
            + "Suryadi|Liem Jimmy|Uy Rosita|Chua Johnson|Sy Sigve|Tveitnes Joost|Kuipers "
            + "Hilda|Quenby Colm|McAteer "
            ).strip().split("\\s+"));
    /** Family|given of Southeast Asian Chinese (Hokkien, Teochew) and Vietnamese written in Latin script, family first. */
    private static final List<String> HOKKIEN = List.of(
            "Tan|Ah-kow", "Lim|Boon-huat", "Ong|Swee-hock", "Goh|Siew-lian", "Khoo|Bee-choo", "Tay|Kim-seng",
            "Ng|Geok-eng", "Yeo|Chin-huat", "Teo|Poh-choo", "Sim|Kok-leong", "Koh|Swee-leng", "Quek|Hong-seng",
            "Ang|Lay-hoon", "Tjoa|Kiem-nio", "Khor|Teng-hwa", "Vu|Thi Lan", "Pham|Van Duc", "Tran|Thi Mai");
    /** Family|given of Taiwan compatriots in Wade-Giles. */
    private static final List<String> WADE_GILES = List.of(
            "Chang|Chih-hung", "Lin|Shu-fen", "Chen|Wen-hsiung", "Tsai|Ching-hui", "Hsu|Chun-hsien", "Cheng|Ya-wen",
            "Kuo|Chien-hung", "Hsieh|Yi-ting", "Yang|Tsung-han", "Wu|Pei-chen", "Chou|Hsiu-ying", "Yeh|Shu-chen",
            "Chuang|Wen-pin", "Chien|Li-hua", "Ko|Chih-wei", "Huang|Mei-chu");
    /** Family|first syllable|second syllable of people written in pinyin only. */
    private static final List<String> PINYIN = List.of(
            "Chen|Shui|Luo", "Lin|Qing|Biao", "Huang|Tian|Song", "Zheng|Bing|Huang", "Cai|Wen|Dan", "Hong|Zai|Tian",
            "Weng|Zhao|Feng", "Zhuo|Wen|Qin", "You|Qing|Mu", "Fu|Yi|Di", "Ke|Zhen|Fa", "Zhan|Jin|Cai", "Xiao|Qing|Chi",
            "Liu|Fu|Lai", "Yin|Wen|Qing", "Lian|Yi|Di", "Lai|Wen|Long", "Xu|Tian|Ci");
    /**
     * Fuzhou, Xiamen, Putian, Quanzhou, Zhangzhou and Ningde districts and counties whose codes were issued before 2000
     * (so with 15-digit numbers too), and the factory workers' home counties.
     */
    private static final List<String> AREA = List.of("350102", "350104", "350111", "350121", "350122", "350128",
            "350181", "350182", "350203", "350206", "350211", "350212", "350302", "350303", "350322", "350502",
            "350503", "350521", "350524", "350525", "350526", "350581", "350582", "350583", "350602", "350623",
            "350624", "350626", "350681", "350981", "350982", "350922", "360731", "511621", "522422", "430524");
    /** Area code and length of the local number. */
    private static final List<String> LANDLINE_AREAS = List.of("0591|8", "0592|7", "0593|7", "0594|7", "0595|8",
            "0596|7");
    private static final List<String> BANK_BINS = List.of("622909", "621700", "622848", "621661", "622262", "623521");
    /** Province|city|districts and streets. */
    private static final List<String> CITY_STREETS = List.of("福建省|厦门市|思明区莲前西路,湖里区江头北路,集美区银江路",
            "福建省|泉州市|丰泽区东海大街,鲤城区新华北路,晋江市青阳街道世纪大道", "福建省|福州市|鼓楼区五四路,仓山区南江滨西大道,晋安区福新中路",
            "福建省|漳州市|芗城区延安北路,龙文区建元东路", "福建省|莆田市|城厢区荔华东大道", "福建省|宁德市|蕉城区蕉城南路",
            "福建省|鲤澳市|蚵埕区海堤路,澳前区渔港路");
    /** Province|city|lanes of the old towns. */
    private static final List<String> LANES = List.of("福建省|福州市|鼓楼区塔巷,鼓楼区光禄坊,台江区宁化里",
            "福建省|泉州市|鲤城区金鱼巷,鲤城区井亭巷", "福建省|厦门市|思明区大井巷");
    private static final List<String> ESTATES = List.of("海湾花园", "榕城新苑", "刺桐花园", "鹭江苑", "滨海名城");
    /**
     * Province|county and town|villages|how a house is found: a natural village (厝), a 社, a 组 and a number, a
     * community's road and a number, or a number.
     */
    private static final List<String> VILLAGES = List.of("福建省|泉州市晋江市金井镇|溪边村,围头村|厝",
            "福建省|泉州市惠安县崇武镇|港墘村,大岞村|厝", "福建省|厦门市海沧区东孚街道|鼎美村,过坂村|社",
            "福建省|漳州市漳浦县六鳌镇|大澳村|社", "福建省|福州市福清市江阴镇|下垄村,田头村|组",
            "福建省|宁德市霞浦县三沙镇|东山村|组", "福建省|泉州市安溪县感德镇|槐植村,岐坑村|号",
            "福建省|泉州市石狮市湖滨街道|振狮社区长福路,宽仁社区大埔路|号", "福建省|鲤澳市崎沙镇|后垵村,溪尾侨村|厝");
    private static final List<String> HAMLETS = List.of("后厝", "顶厝", "下厝", "新厝", "后尾", "前埔", "溪头");
    /** Taiwan and Kinmen: city or county|district and road. */
    private static final List<String> TAIWAN = List.of("高雄市|旗津區中洲三路", "新北市|淡水區中正路一段", "臺南市|安平區安北路",
            "金門縣|金城鎮民生路", "金門縣|金湖鎮復興路", "彰化縣|鹿港鎮中山路");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";

    private Blind24Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_24 || !templates.isEmpty() && BLIND_24.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** A child's name, born in the 2010s or 2020s, from the same pool. */
    static String childName(RandomGenerator r) {
        return pick(CHILDREN, r);
    }

    /** The surname used in address: the compound surname, or the first character. */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 水螺 of 陈水螺, 万坚 of 张廖万坚. */
    static String givenNameOf(String chineseName) {
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone; a one-character given name is not: the full name is written. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /**
     * The name as OCR reads it off a form: broken by a line break, a single blank after the surname, a blank between
     * every character, or an ideographic blank between every character.
     */
    static String scannedName(String chineseName, RandomGenerator r) {
        String surname = surnameOf(chineseName), rest = chineseName.substring(surname.length());
        return switch (r.nextInt(4)) {
            case 0 -> surname + "\n" + rest;
            case 1 -> surname + " " + rest;
            case 2 -> String.join(" ", chineseName.split(""));
            default -> String.join("\u3000", chineseName.split(""));
        };
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && CHINESE.contains(w.replaceAll("[ \n\u3000]", ""));
    }

    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
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

    /** A romanised Southeast Asian name: Ong Swee Hock, ONG SWEE HOCK or, where the entry has a hyphen, Ong Swee-hock. */
    static String hokkienName(RandomGenerator r) {
        List<String> forms = hokkienForms(pick(HOKKIEN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> hokkienForms(String entry) {
        String[] p = entry.split("\\|");
        String spaced = p[0] + " " + capitalised(p[1].replace('-', ' '));
        return p[1].contains("-") ? List.of(spaced, spaced.toUpperCase(), p[0] + " " + p[1])
                : List.of(spaced, spaced.toUpperCase());
    }

    /** A Wade-Giles name: Chang Chih-hung, CHANG, CHIH-HUNG, Chih-hung Chang or CHANG CHIH-HUNG. */
    static String wadeGilesName(RandomGenerator r) {
        List<String> forms = wadeGilesForms(pick(WADE_GILES, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> wadeGilesForms(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[0] + " " + p[1], (p[0] + ", " + p[1]).toUpperCase(), p[1] + " " + p[0],
                (p[0] + " " + p[1]).toUpperCase());
    }

    /** A pinyin name: CHEN SHUILUO, Chen Shuiluo, Shuiluo CHEN, CHEN/SHUILUO or Chen Shui Luo. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> pinyinForms(String entry) {
        String[] p = entry.split("\\|");
        String f = p[0], given = p[1] + p[2].toLowerCase();
        return List.of(f.toUpperCase() + " " + given.toUpperCase(), f + " " + given, given + " " + f.toUpperCase(),
                f.toUpperCase() + "/" + given.toUpperCase(), f + " " + p[1] + " " + p[2]);
    }

    private static String capitalised(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!b.isEmpty()) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase());
        }
        return b.toString();
    }

    /** A plain 18-character resident identity number with a valid check character, born 1938 to 2012. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1938, 75, r);
    }

    /** A first-generation 15-digit number: area, yymmdd (born 1938 to 1994), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(AREA, r), 38, 57, r);
    }

    /** A resident identity number: plain, lower-case x, 6-8-4 by blanks, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> legacyId(r);
            case 1, 2 -> id.replace('X', 'x');
            case 3, 4 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            default -> id;
        };
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, (+86)139 1234 5678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0, 1 -> a + " " + b + " " + c;
            case 2 -> a + "-" + b + "-" + c;
            case 3 -> "+86 " + n;
            case 4 -> "(+86)" + a + " " + b + " " + c;
            default -> n;
        };
    }

    /**
     * A phone abroad, across the strait or at sea: Taiwan +886-912-345-678 or 0912-345-678, Malaysia +60 12-345 6789,
     * Singapore +65 9123 4567, the Philippines +63 917 123 4567, Indonesia +62 812-3456-7890, a Tiantong satellite
     * phone 17400 and six digits.
     */
    static String foreignPhone(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0 -> "+886-9" + digits(2, r) + "-" + digits(3, r) + "-" + digits(3, r);
            case 1 -> "09" + digits(2, r) + "-" + digits(3, r) + "-" + digits(3, r);
            case 2 -> "+60 1" + digits(1, r) + "-" + digits(3, r) + " " + digits(4, r);
            case 3 -> "+65 " + "89".charAt(r.nextInt(2)) + digits(3, r) + " " + digits(4, r);
            case 4 -> "+63 9" + digits(2, r) + " " + digits(3, r) + " " + digits(4, r);
            case 5 -> "+62 8" + digits(2, r) + "-" + digits(4, r) + "-" + digits(4, r);
            default -> "17400" + digits(6, r);
        };
    }

    /** A landline: 0595-22345678, (0592)5123456, 0591 8765 4321, 0595-22345678转8021, +86-595-22345678. */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, length - 4) + " " + local.substring(length - 4);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86-" + area.substring(1) + "-" + local;
            default -> area + "-" + local;
        };
    }

    /** LA-ZY24031876, MZ and ten digits, a 17-digit health-archive number, YG24-0387, seven digits. */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "LA-ZY" + (year % 100) + digits(6, r);
            case 1 -> "MZ" + digits(10, r);
            case 2 -> pick(AREA.stream().filter(a -> a.startsWith("35")).toList(), r) + digits(11, r);
            case 3 -> "YG" + (year % 100) + "-" + digits(4, r);
            default -> (year % 100) + digits(5, r);
        };
    }

    /** FJYB, XM3502-, CXJM, QZ0595 and fishermen's mutual-insurance YHBX policies. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "FJYB" + digits(10, r);
            case 1 -> "XM3502-" + digits(8, r);
            case 2 -> "CXJM" + digits(10, r);
            case 3 -> "QZ0595" + digits(9, r);
            default -> "YHBX" + (2016 + r.nextInt(10)) + "-" + digits(6, r);
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
     * An address: city streets with an estate and 栋/幢 and 室, a house number with 之, a lane of an old town, villages
     * with a 厝 or 社 and a number, a 组 and a number, or a number; {@code partial} may stop at the village or the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            List<String> towns = r.nextBoolean() ? VILLAGES : CITY_STREETS;
            return place(pick(towns, r).split("\\|"), withProvince, r);
        }
        return switch (r.nextInt(5)) {
            case 0 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(500)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + (r.nextBoolean() ? "栋" : "幢")
                    + (1 + r.nextInt(25)) + "0" + (1 + r.nextInt(4)) + "室";
            case 1 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号之"
                    + (1 + r.nextInt(9));
            case 2 -> place(pick(LANES, r).split("\\|"), withProvince, r) + (1 + r.nextInt(80)) + "号";
            default -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String village = place(t, withProvince, r);
                yield village + switch (t[3]) {
                    case "厝" -> pick(HAMLETS, r) + (1 + r.nextInt(120)) + "号";
                    case "社" -> pick(HAMLETS, r) + "社" + (1 + r.nextInt(200)) + "号";
                    case "组" -> (r.nextBoolean() ? IdentifierForms.chineseNumber(1 + r.nextInt(9))
                            : String.valueOf(1 + r.nextInt(12))) + "组" + (1 + r.nextInt(80)) + "号";
                    default -> (1 + r.nextInt(200)) + "号";
                };
            }
        };
    }

    /** Province (when asked), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        String[] places = t[2].split(",");
        return (withProvince ? t[0] : "") + t[1] + places[r.nextInt(places.length)];
    }

    /** A Taiwan or Kinmen address in traditional characters: 高雄市旗津區中洲三路118號, 新北市淡水區中正路一段56巷7號. */
    static String taiwanAddress(RandomGenerator r) {
        String[] t = pick(TAIWAN, r).split("\\|");
        return t[0] + t[1] + (r.nextInt(3) == 0 ? (1 + r.nextInt(120)) + "巷" : "") + (1 + r.nextInt(300)) + "號";
    }

    /** An address in Singapore, Malaysia, the Philippines or Indonesia. */
    static String overseasAddress(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "Blk " + (100 + r.nextInt(800)) + " Bedok North Ave 2 #" + String.format("%02d", 2 + r.nextInt(14))
                    + "-" + (100 + r.nextInt(400)) + " Singapore 46" + digits(4, r);
            case 1 -> (1 + r.nextInt(90)) + ", Jalan Kapar, 41400 Klang, Selangor";
            case 2 -> "No. " + (1 + r.nextInt(120)) + ", Lorong Kulit, 10460 George Town, Penang";
            case 3 -> (1000 + r.nextInt(400)) + " Ongpin Street, Binondo, Manila";
            default -> "Jl. Pintu Besar Selatan No. " + (1 + r.nextInt(99)) + ", Jakarta Barat";
        };
    }

    /**
     * A date of birth, 1938 to 2007: 1958年6月23日, 1958年6月23号, 1958-06-23, 1958.6.23, 1958/6/23, 五八年六月廿三.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1938 + r.nextInt(70), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> y + "年" + m + "月" + d + "号";
            case 2 -> String.format("%d-%02d-%02d", y, m, d);
            case 3 -> y + "." + m + "." + d;
            case 4 -> y + "/" + m + "/" + d;
            default -> "" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年"
                    + IdentifierForms.chineseNumber(m) + "月" + spokenDay(d);
        };
    }

    /** A day of the month as said: 三, 十三, 二十, 廿三. */
    private static String spokenDay(int d) {
        return d > 20 ? "廿" + NUMERALS.charAt(d - 20) : IdentifierForms.chineseNumber(d);
    }

    /** A date of birth as exports write it: 19580623. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1938 + r.nextInt(70), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An English date of birth: 23 Jun 1958, 23/06/1958 (day first), 23-JUN-1958, June 23, 1958. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1938 + r.nextInt(70), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> String.format("%02d/%02d/%d", d, m, y);
            case 2 -> String.format("%02d-%s-%d", d, month.substring(0, 3).toUpperCase(), y);
            default -> month + " " + d + ", " + y;
        };
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
        return CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w) || isScannedName(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w))
                || pinyinOf(w) != null || hokkienOf(w) != null || wadeGilesOf(w) != null;
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) {
            return w;
        }
        if (isScannedName(w)) {
            return w.replaceAll("[ \n\u3000]", "");
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    /** The pinyin pool entry a value writes, or null. */
    static String pinyinOf(String w) {
        return PINYIN.stream().filter(n -> pinyinForms(n).contains(w)).findFirst().orElse(null);
    }

    /** The romanised pool entry a value writes, or null. */
    static String hokkienOf(String w) {
        return HOKKIEN.stream().filter(n -> hokkienForms(n).contains(w)).findFirst().orElse(null);
    }

    /** The Wade-Giles pool entry a value writes, or null. */
    static String wadeGilesOf(String w) {
        return WADE_GILES.stream().filter(n -> wadeGilesForms(n).contains(w)).findFirst().orElse(null);
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

    static List<String> compoundSurnames() {
        return COMPOUND_SURNAMES;
    }

    static List<String> pinyinNames() {
        return PINYIN;
    }

    static List<String> hokkienNames() {
        return HOKKIEN;
    }

    static List<String> wadeGilesNames() {
        return WADE_GILES;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    /** Every way {@link #pinyinName}, {@link #hokkienName} and {@link #wadeGilesName} write the pools' names. */
    static Stream<String> latinWritten() {
        return Stream.of(PINYIN.stream().flatMap(n -> pinyinForms(n).stream()),
                HOKKIEN.stream().flatMap(n -> hokkienForms(n).stream()),
                WADE_GILES.stream().flatMap(n -> wadeGilesForms(n).stream())).flatMap(s -> s);
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind24Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind24Templates::given);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }

    private static String digits(int n, RandomGenerator r) {
        return IdentifierForms.digits(n, r);
    }

    private static String pick(List<String> xs, RandomGenerator r) {
        return IdentifierForms.pick(xs, r);
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NC" -> out.write(childName(random), EntityKind.NAME);
            case "NM" -> out.write(minorityName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(random), EntityKind.NAME);
            case "HK" -> out.write(hokkienName(random), EntityKind.NAME);
            case "WG" -> out.write(wadeGilesName(random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MX" -> out.write(foreignPhone(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AT" -> out.write(taiwanAddress(random), EntityKind.ADDRESS);
            case "AO" -> out.write(overseasAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

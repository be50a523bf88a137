package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.scannedName;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Thirty-fourth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_34}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the Gan–Min–Yue border, where southern Jiangxi
 * (Gannan), Meizhou in Guangdong and Longyan and Sanming in western Fujian meet. It is led by the fictional tertiary
 * 虔汀市人民医院 (Qianting People's Hospital) of the fictional Hakka prefecture city 虔汀 (Qianting, Jiangxi), with the
 * 虔汀市职业病防治院, the 虔汀市光荣院 (veterans' home of the old revolutionary base), the fictional counties 岚溪县,
 * 坪岭县 and 乌石县 with their county hospitals, the 岚溪县桃溪镇卫生院 and the 坪岭县凤岗畲族乡卫生院 (a She ethnic
 * township), village clinics, the 岿峰钨矿 tungsten mine and its clinic, the 岚溪稀土分离厂 (rare-earth separation
 * plant) and the 桃溪脐橙专业合作社 (navel-orange cooperative); patients also live in the real counties of Ganzhou,
 * Meizhou, Longyan and Sanming, in Hakka roundhouses (围屋, 围龙屋) and earthen towers (土楼), and come back from the
 * factories of Dongguan and Shenzhen, or visit from Taiwan, Malaysia, Indonesia and Mauritius. The people: Hakka
 * families, She families, tungsten miners and their safety officers, rare-earth workers, orange farmers and pickers,
 * left-behind elderly and children, veterans, returned migrant workers, village doctors, family-doctor teams, clan
 * elders, overseas Hakka relatives and Taiwan compatriots, nurses and doctors. The genres: pneumoconiosis (silicosis)
 * screening of tungsten miners, rare-earth exposure checks, navel-orange pesticide poisoning, left-behind elderly and
 * children, clan-hall health talks, injuries of the season of ancestor worship, family-doctor contracts, WeChat groups
 * of village doctors, transcripts of Hakka voice notes (𠊎, 佢, 冇, 係, 食饭, 今朝, 屋下), OCR'd paper forms with stray
 * blanks and line breaks, CSV, pipe and tab tables, JSON exports, referral letters and discharge summaries, SMS,
 * e-mails and English letters to overseas relatives; about a seventh in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind33Templates}. Every person's name is PHI:
 * patients, relatives, village doctors, safety officers, clan elders, interpreters, nurses and doctors, in Chinese, in
 * Taiwan's Wade–Giles romanisation and in the Latin spellings of the overseas Hakka, also straight after a role word,
 * in table cells, lists, chat speakers, JSON values, OCR'd form fields and English text. A Chinese surname in a form of
 * address labels the surname only ({@code PS}, {@code FS}, {@code DS}, and {@code TS} for a Taiwan relative): 老X, 小X,
 * 阿X, and the Hakka X伯, X叔, X嫂, X婆, with X医生, X主任, X师傅, X矿长, X社长, X院长, X先生. A Chinese given name used
 * alone ({@code PG}) labels the given name; a one-character given name is never used alone. A nickname ({@code PK}:
 * 细满, 阿水牯, 石古, 老满) is a name and is labelled whole, the 细, 阿, 牯, 古 or 老 with it: it is how the person is
 * called, not a form of address around a name. The Hakka kin words and dialect words (阿姆, 阿公, 阿婆, 阿爸, 老弟,
 * 细妹, 𠊎, 佢, 冇, 係, 食饭, 今朝) are not names, also where they stand right before a name (你屋下细妹{NC}). She people
 * ({@code MN}, {@code NM}) carry the names of their identity cards, labelled whole; the She genealogy ranking names
 * ({@code SR}: 雷大九, 蓝百五, 雷念二 — surname, a rank character 大, 小, 百, 千, 万 or 念 and a number) are names
 * and are labelled whole. Names that are also words are labelled when they name a person ({@link #WORD_LIKE}: 温润,
 * 叶茂, 古城, 钟灵). A child known as a parent's child (X之子, X之女) labels the parent. An OCR'd Chinese name
 * ({@code PO}) broken by a line break, a single blank after the surname, a blank between every character or an
 * ideographic blank between every character is one span, the break inside it. Taiwan relatives' romanised names
 * ({@code TR}: CHIU CHUI-HUNG, CHIU, CHUI-HUNG, Chiu Chui-hung) are labelled whole, the comma inside the span; their
 * Chinese names ({@code TW}) are ordinary Chinese names. Overseas Hakka names ({@code E}, {@code E2}: Liaw Kon Fatt,
 * Jason Fung Vui Kong, Hermanto Tjhai, Marie-Josée Lam Po Tang) are labelled whole; a family name alone ({@code ES}:
 * Mr Liaw, Mrs Lam Po Tang, Uncle Voon) and the name a person is called by alone ({@code EG}: Dear Kon Fatt, Dear
 * Jason) too. Titles (Dr, Mr, Mrs, Uncle) stay outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Ganzhou (3607, and the old Ganzhou prefecture 3621), Meizhou (4414), Longyan (3508) and Sanming (3504); plain,
 * lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth date, only on codes that existed
 * before 1999); the Taiwan residence permit ({@code TRP}: 台湾居民居住证, an 18-character number on 830000 with its GB
 * 11643 check) and the Taiwan national identity card ({@code TWID}: 身分證字號 H123456789 with its check digit) are
 * personal identity numbers and are labelled ID_NUMBER, as are the Malaysian MyKad number ({@code MYIC}: 580312-12-5283
 * or run together; it is a lifelong national identity number, unlike a passport) and the Indonesian NIK ({@code NIK}:
 * 16 digits, region, birth date with 40 added to a woman's day, sequence). The Taiwan compatriot permit (台胞证,
 * 08123456), passports (Malaysian A38172645, Mauritian MU2031847) and other travel documents are not labelled, as in the
 * earlier groups. Mobiles ({@code M}: plain, 138 0797 1234, 138-0797-1234, +86 13807971234, +86-138-0797-1234;
 * {@code MV}: spoken in Hakka voice notes, the one as 幺 or 一, run together, by blanks or commas; {@code MF}: the
 * relatives' numbers abroad: Malaysia +60 12-345 6789 and 012-345 6789, Sabah landlines +60 88-234567, Indonesia
 * +62 812-3456-7890, Mauritius +230 5712 3456; {@code MT}: Taiwan relatives' numbers, +886 912 345 678, 0912-345-678,
 * (03)4781234 and (037)581234),
 * landlines ({@code L}: seven local digits on 0797 Ganzhou (and Qianting), 0753 Meizhou, 0597 Longyan and 0598 Sanming,
 * eight on 0755 Shenzhen and 0769 Dongguan; as 0797-8123456, (0753)2123456, 0597 512 3456, 0797-8123456转8021,
 * +86 797 8123456), addresses ({@code A}, {@code A0}: villages by 镇 or 乡, 村 and 组 (and 号), roundhouses (X围, 老屋下,
 * X堂) and earthen towers (X楼, with a storey), town streets, city flats with 栋, 单元 and 室, mine dormitories;
 * {@code A0} may stop at the 镇, the 乡, the 村 or the 组; {@code AW}: a roundhouse or earthen-tower house;
 * {@code AM}: a mine or plant dormitory; {@code AF}: a Guangdong factory dormitory; {@code AO}: an address abroad, in
 * Malaysia, Indonesia or Mauritius, in Latin script; {@code AT}: in Taiwan, in traditional characters), record
 * numbers ({@code R}:
 * inpatient QT24031876, outpatient QTMZ2024031876, county hospital LXZY2403187, pneumoconiosis archive CF-2024-0318,
 * mine clinic WK24-0318, a 17-digit health-archive number on an area code), insurance numbers ({@code I}: QTYB, MZSB
 * and LYYB with ten digits, rural residents' CXJM with twelve, work-injury GS2024031876), bank cards ({@code B}: 16 or
 * 19 digits with a valid Luhn digit, plain, fours by blanks or by hyphens), dates of birth ({@code DOB}: 1958年3月12日,
 * 1958-03-12, 1958.3.12, 1958/3/12, 一九五八年三月十二日, the spoken 五八年三月十二号 and 58年3月12号; {@code DOBL}: lunar
 * birthdays as the elderly give them, 1953年腊月十八, 一九五三年十月初八, 五三年八月十五, 癸巳年三月初三, the word 农历 before
 * them not labelled, as it names the calendar; {@code DOBT}: Taiwan's Minguo calendar, 民國47年3月12日, 民国47年3月12日,
 * 民國四十七年三月十二日, 047/03/12, the era name inside the span, as the year means nothing without it; {@code DOBE}:
 * 12 March 1958, March 12, 1958, 12/03/1958, 12-Mar-1958; {@code DOBC}: 19580312 in exports; {@code NB}: a child's,
 * 2010 to 2024). Not labelled: visit dates, ages, lab and exposure values (FEV1, dust, free silica, COHb, thorium,
 * cholinesterase, paraquat, blood lead), silicosis stages, badge and permit numbers, contract, health-certificate and
 * lot numbers, passports and 台胞证, hotlines, facility names (also clan halls, 赖氏宗祠), places alone, dishes (酿豆腐,
 * 盐焗鸡, 擂茶), kin and dialect words, and words beginning with one of the pool's surnames (黄龙病, 叶面喷施, 雷雨, 曾经,
 * 古田会议, 温度, 何时, 黄酒, 盘山公路; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind33Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of the Hakka heartland would look: the commonest surnames there (李, 陈, 黄, 张, 刘, 钟, 曾, 罗) carry
 * more than half, the other typically Hakka surnames (谢, 廖, 邱, 温, 赖, 叶, 古, 朱, 杨, 林, 彭, 魏, 肖, 邹, 严) a good
 * share, others (吴, 何, 卢, 胡, 郭, 王, 徐, 周, 邓, 汤) follow, with the Hakka given names of each generation (添, 娣,
 * 满, 坤, 淦, 运, 招, 妹, 石, 水) and children of the 2010s; a minority have surnames no earlier group used
 * ({@link #RARE_SURNAMES}) or are ordinary words ({@link #WORD_LIKE}). Taiwan relatives' names are in the same pool. The
 * minority pool holds She names; a pool of She ranking names; a pool of overseas Hakka names in Malaysian, Indonesian
 * and Mauritian spellings; a nickname pool. Own slots: {@code N}, a further Chinese name drawn afresh at each use;
 * {@code NC}, a child's name from the same pool; {@code NM}, a further She name; {@code MN}, the record's She person
 * (from {@link #minorityName}); {@code SR}, {@code TW}, {@code TR}, {@code TS}, {@code PS}, {@code FS}, {@code PG},
 * {@code PO}, {@code PK}, {@code TWID}, {@code TRP}, {@code MYIC}, {@code NIK}, {@code MV}, {@code MF}, {@code MT},
 * {@code AW}, {@code AM}, {@code AF}, {@code AO}, {@code AT}, {@code DOBL}, {@code DOBT}, {@code DOBE}, {@code DOBC},
 * {@code NB} above;
 * {@code EG}, an overseas relative's called name alone. Any non-empty subset of {@link #BLIND_34} uses these pools (see
 * {@link #uses}).
 */
final class Blind34Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270104L;

    static final List<String> BLIND_34 = List.of(
            // Tungsten miners: pneumoconiosis (silicosis) screening and follow-up.
            "虔汀市职业病防治院 尘肺病筛查登记\n姓名：{P}  性别：男  年龄：{AGE}岁\n出生日期：{DOB}\n身份证号：{ID}\n"
                    + "单位：岿峰钨矿 井下凿岩工 接尘工龄18年\n住址：{AM}\n检查医师：{DR}\n",
            "高千伏胸片读片意见：{P}，{AGE}岁，双肺见p类小阴影，分布4个肺区，诊断意见：职业性矽肺壹期；尘肺档案号{R}；"
                    + "读片医师{DR}、{N}\n",
            "肺功能报告：受检者{P}，FEV1/FVC 62%，FEV1占预计值58%；工伤保险{I}；联系电话{M}；报告{DS}主任\n",
            "[微信 岿峰钨矿安全科]\n{N}：下礼拜二尘肺筛查，井下二工区{N}、{N}都要去\n{DR}：带身份证，唔使空腹\n"
                    + "{N}：收到，𠊎电话{M}\n",
            "矽肺合并肺结核随访：{P}，老矿工，咳嗽咳痰加重，痰涂片阳性；住{AM}；家属{F}（{KIN}），{M}；随访{DS}医生\n",
            "尘肺病人生活救助申请\n申请人：{P}\n身份证：{ID}\n诊断：矽肺贰期\n救助款账户：{B}\n村委会经办：{N}\n"
                    + "联系电话：{L}\n",
            "井下粉尘监测：掘进面总粉尘 4.6mg/m³，游离SiO2 38%，超标；矿安全员{N}签字；复测联系{L}\n",
            "[语音转文字] 医生 𠊎係{P} 岿峰钨矿退下来个 𠊎个肺好唔得 行两步就喘 𠊎住{AM} 电话{MV}\n",
            "Pneumoconiosis follow-up, summary for the family abroad\nPatient: {P}\nDOB: {DOBE}\n"
                    + "Silicosis stage II, tungsten miner for 22 years\nSon in Sabah: {E}, {MF}\nPhysician: Dr {DS}\n",
            "职业健康检查结果告知书：{P}（工号WK-3127）胸片疑似尘肺，需复查；矿医务室{DR}；安全员{FS}师傅已通知到人\n",
            "尘肺病诊断鉴定申请：{P}，身份证{ID}，接尘单位岿峰钨矿（已改制）；委托代理人{F}；电话{M}；通讯地址{A}\n",
            "大容量全肺灌洗术后：{P}，{AGE}岁，住院号{R}；灌洗液回收率95%；家属{F}陪护；主刀{DR}\n",
            "[OCR] 尘 肺 病 患 者 随 访 卡\n姓 名 {PO}\n出生 {DOB}\n身份 证 {ID}\n矿 别 岿峰钨矿\n",
            "尘肺病康复站签到表\n{P} 矽肺壹期 {M}\n{N} 矽肺贰期 {M}\n{MN} 矽肺壹期 {M}\n康复师：{N}\n",
            "Silicosis screening list, Kuifeng tungsten mine\n{P} | {ID} | FEV1 2.1 L | refer\n"
                    + "{N} | {ID} | FEV1 3.0 L | normal\nScreened by Dr {DS}, tel {L}\n",
            "井下矿工夜班晕倒：{P}，{AGE}岁，一氧化碳中毒待排，COHb 18%；安全员{N}沿盘山公路送来；{FS}矿长电话{M}；"
                    + "急诊{DR}\n",
            // Rare-earth exposure.
            "稀土作业人员职业健康检查：{P}，{AGE}岁，岚溪稀土分离厂萃取工，尿钍未见异常，WBC 3.6×10^9/L；"
                    + "身份证{ID}；体检医生{DR}\n",
            "离子型稀土矿区饮用水调查：{N}家井水氨氮12.4mg/L，超标；户主{P}，电话{M}；住{A0}；调查员{N}\n",
            "稀土矿复垦区居民随访：{P}，{AGE}岁，甲状腺结节；医保{I}；家属{F}，{L}；随访医生{DR}\n",
            "[微信 稀土厂医务室]\n{P}：{DS}医生，𠊎血常规出来了冇？\n{DR}：{PG}，白细胞3.2，还係低，先唔好上萃取岗\n"
                    + "{P}：𠊎去同{FS}主任讲\n",
            "Rare-earth leaching area, household survey\nHousehold head: {P}\nAddress: {A}\n"
                    + "Well water NH3-N 12.4 mg/L\nPhone: {M}\nSurveyor: {N}\n",
            "稀土分离厂工伤：{P}，酸液溅入左眼，急诊冲洗；工号XT-0527；工伤保险{I}；车间{FS}主任陪同；住院号{R}\n",
            "[OCR] 稀 土 作 业 人 员 体 检 表 姓名 {PO} 出生 {DOB} 工号 XT-0611 电话 {M}\n",
            "稀土矿区儿童体检：{NC}，{NB}出生，血铅86μg/L；监护人{F}（阿婆）；电话{M}；住{A}\n",
            // Navel-orange pesticide poisoning.
            "急性有机磷农药中毒：{P}，{AGE}岁，桃溪脐橙专业合作社果园喷药后头晕、流涎、瞳孔缩小，胆碱酯酶活性28%；"
                    + "予阿托品5mg iv；住院号{R}；家属{F}，{M}；接诊{DR}\n",
            "农药中毒报告卡\n患者：{P}\n出生日期：{DOB}\n身份证号：{ID}\n农药名称：毒死蜱（防黄龙病木虱）\n"
                    + "中毒类型：生产性\n报告人：{DR}\n电话：{L}\n",
            "[微信 桃溪脐橙合作社群]\n{N}：今朝{PS}叔喷药后晕倒了，送去县医院\n{N}：系乜个药？\n"
                    + "{N}：水胺硫磷，佢冇戴口罩\n{DR}：叫屋下人打𠊎电话{L}\n",
            "百草枯中毒（口服）：{P}，{AGE}岁，与家人争吵后服约20ml，血百草枯0.8μg/ml，病危；家属{F}，{M}；"
                    + "住院号{R}；主治{DS}主任\n",
            "[语音转文字] 医生啊 𠊎老弟{P}喺果园打药 打完就吐 冇力 𠊎哋喺{A0} 电话{MV}\n",
            "Pesticide poisoning referral\nPatient: {P}\nExposure: chlorpyrifos spraying against the citrus psyllid "
                    + "(Huanglongbing)\nCholinesterase 31%\nAtropine 2 mg iv given\nReferring: Dr {DS}, Lanxi County "
                    + "Hospital\nFamily: {F}, {M}\n",
            "脐橙采摘季外来务工人员登记\n{P} 男 {ID} {M}\n{N} 女 {ID} {M}\n{MN} 女 {ID} {M}\n登记：合作社{N}\n",
            "农药中毒出院随访：{P}，出院后第14天，胆碱酯酶恢复正常；医保{I}；随访村医{N}；电话{M}\n",
            "合作社社员健康档案\n社员：{P}\n出生：农历{DOBL}\n家庭住址：{A}\n种植：脐橙12亩\n签约医生：{DR}\n",
            "果园农药存放检查：{N}家农药柜未上锁，{N}家与粮食混放；合作社{FS}社长签字；电话{M}\n",
            "【虔汀市疾控中心】{P}您好，您参加的采摘季农药暴露监测，胆碱酯酶结果正常。咨询{L}。\n",
            "石硫合剂灼伤：{P}，双手红肿起水疱；门诊号{R}；老公{F}陪同；接诊{DS}医生\n",
            "Orange-picking season, injury log\n{P} | fell from ladder | {M}\n{N} | hornet stings | {M}\n"
                    + "{E} | heat exhaustion | {MF}\nNurse on duty: {N}\n",
            // Left-behind elderly and children.
            "留守老人健康随访：{P}，{AGE}岁，独居于{AW}，高血压、白内障；儿子{F}在东莞打工，电话{M}；随访村医{N}\n",
            "[视频通话记录] {F}：阿姆，降压药食了冇？\n{P}：食了，{DS}医生昨晡来过\n{F}：𠊎下只月转钱，卡号{B}\n",
            "儿童保健卡（留守）\n姓名：{NC}  出生：{NB}\n照看人：{F}（阿婆，72岁，不识字）\n"
                    + "爸爸：{P}，在深圳做鞋，{M}\n妈妈：在东莞，电话打唔通\n住：{A}\n",
            "学校晨检异常：{NC}，{NB}出生，发热38.6℃，手足口病待排；阿公{F}接回；电话{M}；校医{N}\n",
            "[语音留言] 阿{PS}啊 𠊎係{N} 你屋下细妹{NC}喺学堂跌伤了 阿婆冇手机 你快啲打𠊎电话{MV}\n",
            "独居老人跌倒：{P}，{AGE}岁，在家中跌倒，邻居{N}发现；股骨颈骨折；住院号{R}；儿子{F}从广东赶回，{M}\n",
            "百白破补种登记：{P}之子{NC}，{NB}出生，跟阿公住，漏种第4剂；今日补种（批号202403B087）；接种医生{N}；"
                    + "孩子爸爸在外，电话{M}\n",
            "Subject: Your mother's health\nDear {EG},\nYour mother {P} (born {DOBE}) was seen by our village doctor "
                    + "{N} today. Her blood pressure was {BP}. Please call us on {L}.\nRegards, Dr {DS}\n",
            "空巢老人签约服务记录：{P}，{AGE}岁，住{AW}；服务包：高血压随访、上门送药；签约医生{DR}；女儿{F}在厦门，"
                    + "电话{M}\n",
            "留守儿童营养调查\n{NC} {NB} 身高108cm 体重16kg\n{NC} {NB} 贫血 Hb 98g/L\n调查员：{N}\n",
            "[微信] {F}：{DS}医生，𠊎阿爸{P}三日冇正经食饭，净係睡\n{DR}：有冇发烧？量下血糖\n"
                    + "{F}：血糖13.6，𠊎电话{M}\n",
            "留守儿童意外伤害：{NC}（{P}之女），{NB}出生，误服阿婆降压药；洗胃；爷爷{F}陪同；电话{M}；接诊{DR}\n",
            // Clan-hall health talks and the season of ancestor worship.
            "赖氏宗祠健康讲座签到表\n1 {P} {M}\n2 {N} {M}\n3 {N} 代签：{F}\n主讲：{DR}（岚溪县人民医院）\n",
            "宗祠讲座记录：主题“冬季防中风”，到会58人；{N}现场测血压{BP}，建议转诊；讲座医生{DR}；联系{L}\n",
            "清明挂纸烧伤：{P}，{AGE}岁，上山挂纸点鞭炮引燃茅草，双下肢Ⅱ度烧伤8%；住院号{R}；家属{F}，{M}；"
                    + "接诊{DS}医生\n",
            "扫墓途中胡蜂蜇伤：{P}，全身多处蜇伤，血肌酐186μmol/L；{F}送来；电话{M}；住{A0}\n",
            "[语音转文字] 医生 𠊎係{F} 𠊎阿公{P}今朝去拜太公 喺山上跌倒 脚肿了 𠊎哋喺{A0} 电话{MV}\n",
            "祭祖聚餐食物中毒调查：{P}等23人食酿豆腐、白斩鸡后腹泻；首发病例{N}；调查员{N}；宗亲会联系人{FS}伯，{M}\n",
            "Ancestral hall health talk\nSpeaker: Dr {DR}\nInterpreter: {N}\nGuest from Malaysia: {E}, tel {MF}\n"
                    + "Topic: stroke prevention in the elderly\n",
            "重阳节敬老体检名单（曾氏宗祠）\n{P} {DOBL} {M}\n{N} {DOBL} {M}\n{N} {DOB} {L}\n组织：宗亲理事会{N}\n",
            "春节返乡鞭炮炸伤：{P}，右手拇指离断；住院号{R}；父亲{F}，{M}；手外科{DR}\n",
            "冬至祭祖跌伤：{PS}伯（{P}），{AGE}岁，祠堂台阶跌倒，桡骨远端骨折；仔{F}，{M}；接诊{DS}医生\n",
            // Family-doctor contracts.
            "家庭医生签约服务协议\n甲方（签约居民）：{P}\n身份证号：{ID}\n出生日期：农历{DOBL}\n联系电话：{M}\n"
                    + "住址：{AW}\n乙方（家庭医生团队）：{DR}、{N}\n",
            "家庭医生签约名册（岚溪县桃溪镇卫生院）\n序号,姓名,身份证号,签约医生,服务包\n1,{P},{ID},{DR},高血压包\n"
                    + "2,{N},{ID},{DR},基础包\n",
            "续约提醒：{P}，签约编号QY2024-0318，医保{I}；签约医生{DS}医生；电话{L}\n",
            "【岚溪县桃溪镇卫生院】{P}您好，您的家庭医生签约将于{D}到期，请带身份证到卫生院续签，联系人{N}，{L}。\n",
            "上门服务单：{P}（屋下叫{PS}伯），{AGE}岁，中风后瘫在床上，骶尾部压疮Ⅱ期，换药；照顾人{F}；"
                    + "下次{D}；签约医生{DR}\n",
            "Family doctor contract, copy for the son in Malaysia\nResident: {P}\nID No.: {ID}\n"
                    + "Contact abroad: {E}, {MF}\nFamily doctor: {DR}\n",
            "慢病随访表\n姓名：{P}\n健康档案号：{R}\n血压：{BP}\n空腹血糖7.2mmol/L\n用药：氨氯地平5mg qd\n"
                    + "随访医生：{DR}\n",
            "家庭医生团队分工：{DR}（全科）、{N}（护士）、村医{N}；签约居民{P}，医保{I}，电话{M}\n",
            // The She township.
            "凤岗畲族乡卫生院门诊日志\n{MN}，{AGE}岁，畲族，咳嗽3天；住{A}；电话{M}\n接诊：{DR}\n",
            "畲族老人随访：{MN}（谱名{SR}），{AGE}岁，高血压；儿子{NM}，{M}；随访村医{N}\n",
            "[语音转文字] 医生 𠊎係凤岗畲族乡个{MN} 𠊎阿姆{NM}肚痛 𠊎哋住{A0} 电话{MV}\n",
            "畲族“三月三”乌饭节义诊登记\n{MN} 血压{BP}\n{NM} 血糖8.1mmol/L\n{SR} 白内障\n登记：{N}\n",
            "畲族孕产妇建册：{MN}，出生日期{DOB}，身份证{ID}，丈夫{NM}；住{A}；建册医生{DR}\n",
            "畲医草药中毒：{MN}，自采草药煎服后心悸，心电图示室性早搏；住院号{R}；家属{SR}；接诊{DS}医生\n",
            "She township health survey\nRespondent: {MN}\nGenealogy name: {SR}\nAddress: {A}\nPhone: {M}\n"
                    + "Interviewer: {N}\n",
            "畲族村卫生室处方：{MN}，{AGE}岁，阿莫西林0.5g tid×3天；村医{N}；医保{I}\n",
            "畲族族谱名与身份证名对照（体检用）\n{SR}（身份证名{MN}）{ID}\n{SR}（身份证名{NM}）{ID}\n核对：{N}\n",
            // Hakka roundhouses (围屋, 围龙屋) and earthen towers (土楼).
            "围屋老人集中体检：{P}，{AGE}岁，住{AW}，血压{BP}；同屋{N}、{N}；体检医生{DR}\n",
            "土楼火灾烧伤：{P}，{AGE}岁，住{AW}，厨房起火，面部Ⅱ度烧伤；住院号{R}；家属{F}，{M}\n",
            "[OCR] 围 屋 住 户 健 康 登 记\n户主 {PO}\n住址 {AW}\n电话 {M}\n",
            "Earthen-tower village household health check\nHead of household: {P}\nAddress: {AW}\nDOB: {DOBE}\n"
                    + "Mobile: {M}\n",
            "围龙屋维修坠落伤：{P}，从瓦面跌落，腰1椎体压缩性骨折；工友{N}送来；家属{F}，{M}；接诊{DR}\n",
            "围屋住户名单\n{AW}  {P}  {M}\n{AW}  {N}  {M}\n{AW}  {N}  独居\n村医：{N}\n",
            // The veterans' home of the old revolutionary base.
            "光荣院入住老人健康档案\n姓名：{P}\n出生：农历{DOBL}\n身份证号：{ID}\n身份：烈属、五保对象\n"
                    + "责任医生：{DR}\n",
            "虔汀市光荣院巡诊：{P}，{AGE}岁，参战退役军人，慢阻肺急性加重；工作人员{N}；电话{L}；巡诊医生{DR}\n",
            "[语音转文字] 𠊎係光荣院个{P} 𠊎今年九十一了 𠊎个老伴{F}过身了 医生你帮𠊎看下这只药 电话{MV}\n",
            "Dear {TR},\nYour grand-uncle {P} (born {DOB}) is recovering in the Qianting veterans' home. MRN {R}. "
                    + "Please call Dr {DS} on {L}.\n",
            "退役军人优待体检名单\n{P} {ID} {DOB}\n{N} {ID} {DOB}\n经办：{N}\n",
            "老红军后代慰问体检：{P}，{AGE}岁，住{A}，冠心病；女儿{F}，{M}；县医院{DS}主任带队\n",
            // Migrant workers back from the Guangdong factories.
            "返乡农民工健康筛查：{P}，{AGE}岁，在东莞电子厂做了9年，返乡后咳嗽；身份证{ID}；原住{AF}；电话{M}\n",
            "[语音转文字] 医生 𠊎係{P} 喺深圳做了十年鞋 头先转屋下 手脚麻 𠊎住{A0} 𠊎电话{MV}\n",
            "返乡人员职业病诊断转介：{P}，曾在东莞五金厂抛光，疑似尘肺；原住{AF}，已倒闭；工伤保险{I}；电话{M}；"
                    + "转介{DR}\n",
            "返乡创业健康证体检：{P}，开擂茶店，健康证号JKZ2024-318；身份证{ID}；体检医生{DR}\n",
            "工伤赔偿款账户确认：{P}，银行卡{B}，身份证{ID}；原工厂人事{N}，电话{L}\n",
            "返乡孕妇建册：{P}，出生日期{DOB}，原在{AF}打工；丈夫{F}，{M}；建册医生{DR}\n",
            // Relatives from Taiwan.
            "台湾乡亲寻根就诊：{TW}，{AGE}岁，台湾居民，台胞证号08123456；出生日期{DOBT}；台湾手机{MT}；陪同亲属{F}；"
                    + "接诊{DR}\n",
            "台胞急诊：{TR}（{TW}），苗栗人，来祭祖途中中暑；台湾身份证{TWID}；台胞证号07293815；电话{MT}；住院号{R}\n",
            "Patient registration, Taiwan resident\nName: {TR}\nResidence permit No.: {TRP}\nDOB: {DOBT}\n"
                    + "Mobile: {MT}\nAddress in Taiwan: {AT}\n",
            "台湾居民居住证持有人就诊：{TW}，居住证号码{TRP}，在岚溪开办脐橙加工厂；出生{DOBT}；大陆手机{M}；"
                    + "住{A}\n",
            "[微信 寻根接待群]\n{N}：台湾{TS}先生明天到，血糖高，要带胰岛素\n{DR}：住哪里？\n{N}：住{AW}，"
                    + "他台湾电话{MT}\n",
            "台胞住院费用：{TW}，台湾住址{AT}，台胞证号09156273（非身份证号），健保自费，押金刷卡{B}；联系人{F}，{M}\n",
            "【岚溪县人民医院】台胞{TS}先生：您寻根期间的体检报告已出，病历号{R}，离境前可到一楼窗口打印，"
                    + "电话{L}。\n",
            // Hakka relatives from Malaysia, Indonesia and Mauritius.
            "马来西亚乡亲就诊：{E}，马来西亚籍，{AGE}岁，IC {MYIC}，护照A38172645；电话{MF}；回梅州寻亲；陪同{N}\n",
            "Dear {EG},\nYour uncle {P} passed away peacefully on {D}. The funeral will be held at {AW}. "
                    + "Your cousin {F} can be reached on {M}.\nWith sympathy, Dr {DS}\n",
            "印尼乡亲：{E}，印尼山口洋人，NIK {NIK}，来大埔祭祖时胸痛；电话{MF}；住院号{R}；翻译{N}\n",
            "Subject: Health check for Mr {ES}\nDear Mrs {ES},\nYour husband {E} (DOB {DOBE}) had a normal ECG. "
                    + "His cousin {P} will bring the report to {AO}.\nKind regards, {N}\n",
            "Patient: {E}\nNationality: Malaysian\nMyKad: {MYIC}\nDOB: {DOBE}\nPhone: {MF}\nHome: {AO}\n"
                    + "Local relative: {F}, {M}\n",
            "Dear Madam {ES},\nThe money you sent for your aunt {P}'s cataract operation has been received. Her "
                    + "hospital number is {R}; the ward phone is {L}.\nWith thanks, {N}, Lanxi County Hospital\n",
            "Mauritius family, consent by phone\nPatient: {P}\nNext of kin: {E} (nephew, Port Louis)\n"
                    + "Phone: {MF}\nWitness: nurse {N}\n",
            "毛里求斯侨胞体检：{E}，祖籍梅县，{AGE}岁；护照MU2031847；毛里求斯电话{MF}；陪同{F}（堂兄）\n",
            "[WhatsApp] {E}: Doctor, my grandmother {P} still coughing?\n{DR}: Better today, oxygen stopped\n"
                    + "{E}: Thank you, my number {MF}\n",
            "Subject: Ancestral home visit\nDear Uncle {ES},\nGrandma {P} was born on {DOBL} by the lunar calendar. "
                    + "Her address is {AW}.\nYours, {EG}\n",
            "侨眷健康档案\n侨眷：{P}\n海外亲属：{E}（马来西亚沙巴）\n海外电话：{MF}\n国内联系人：{F}\n"
                    + "国内电话：{M}\n",
            "印尼侨胞紧急联系卡\nName: {E}\nNIK: {NIK}\nLahir: {DOBE}\nHP: {MF}\nAlamat: {AO}\n",
            "Letter of referral\nTo: Dr {ES}, Queen Elizabeth Hospital, Kota Kinabalu\nRe: {E}, IC {MYIC}\n"
                    + "Diagnosed here with hepatitis B related cirrhosis. MRN {R}.\nDr {DR}, {L}\n",
            // WeChat groups of village doctors.
            "[微信群 桃溪镇村医群]\n{N}：{PS}婆今朝血压190/110，头痛\n{DR}：马上送卫生院，𠊎电话{M}\n{N}：好，佢仔{F}去开车\n",
            "[微信群 凤岗畲族乡村医群]\n{N}：{MN}发烧三日，畲医草药冇用\n{DR}：带来卫生院，医保{I}\n{N}：收到\n",
            "[微信群 岚溪县基层医生群]\n{DR}：今日转诊{P}，住院号{R}，矽肺合并感染\n{N}：收到，床位安排好了\n"
                    + "{N}：家属{F}电话{M}\n",
            "[微信群 村医群]\n{N}：{DS}医生，{P}个身份证系{ID}，帮佢查下慢病卡\n{DR}：查到了，下个月续药\n",
            "[微信群 乡村医生群]\n{N}：农历{DOBL}出世个{P}，今年系八十大寿，村里要办体检\n{DR}：好，𠊎带心电图机去\n",
            "[微信] {N}：{DS}医生，{PK}又喺果园晕倒咧\n{DR}：佢系{P}吧？带去卫生院\n{N}：系，𠊎电话{M}\n",
            // Hakka voice notes.
            "[语音转文字] 喂 {DS}医生 𠊎係{P} 𠊎个医保卡号係{I} 药冇了 明朝来拿\n",
            "[语音留言] 医生 𠊎係{F} 𠊎阿婆{P}冇食饭三日了 𠊎哋住{AW} 电话{MV}\n",
            "[语音转文字] {PK}啊 𠊎係{N} 你阿姆喺屋下跌倒了 你快啲转来 𠊎电话{MV}\n",
            "[语音留言] 老{PS} 𠊎係{DR} 你上只月拍个片 肺门有淋巴结钙化 唔使惊 但係要戒烟 电话{L}\n",
            "[语音转文字] 医生 𠊎係{P} 𠊎个生日係按老历算个 农历{DOBL} 签约表上填成新历了 麻烦你改转来 电话{MV}\n",
            "[语音留言] 喂 {N}啊 𠊎係{F} {PK}今晡喺矿上咳血 𠊎哋喺{AM} 快啲来\n",
            "[语音转文字] 𠊎係{P} 村里讲尘肺救助要填卡号 𠊎个农商行卡係{B} 𠊎唔识字 麻烦你帮𠊎填\n",
            "[语音留言] 𠊎係{P} 𠊎身份证係{ID} 𠊎阿公喺光荣院 你帮𠊎问下佢血压\n",
            "[语音转文字] 阿{DS}医生 𠊎係{MN} 畲族个 𠊎老弟{NM}肚痛 𠊎哋喺{A} 电话{MV}\n",
            "[语音留言] 医生 𠊎係{TW} 台湾转来个 係{TS}先生介绍个 𠊎个台湾电话係{MT} 𠊎住{AW}\n",
            "[语音转文字] 喂 𠊎係{P} 𠊎係{DOB}出世个 体检表冇𠊎个名 𠊎电话{MV}\n",
            "[语音留言] 医生 𠊎係{PK} 𠊎老弟{P}打药中毒了 喺{A0} 电话{M}\n",
            "[语音转文字] 𠊎係{P} 𠊎阿姆{F}个降压药食完了 佢住{AW} 𠊎电话{MV}\n",
            // OCR'd paper forms.
            "[OCR] 家 庭 医 生 签 约 服 务 协 议 书\n甲方 {PO}\n身份 证 {ID}\n电话 {M}\n",
            "[OCR] 农 药 中 毒 报 告 卡 患者 {PO} 年龄 {AGE} 住址 {A} 报告人 {DR}\n",
            "[OCR] 双 向 转 诊 单\n患者 {PO}\n转出 岚溪县人民医院\n接收医生 {DR}\n电话 {L}\n",
            "[OCR] 留 守 老 人 关 爱 卡\n老人 {PO}\n出生 农历{DOBL}\n子女 {F}\n子女 电话 {M}\n",
            "[OCR] 光 荣 院 入 住 登 记 姓名 {PO} 出生 农历{DOBL} 医保 {I}\n",
            "[OCR] 台 湾 居 民 就 诊 登 记\n姓名 {TW}\n英文 {TR}\n身分证 {TWID}\n住址 {AT}\n",
            "[OCR] 尘 肺 病 救 助 申 请 表 申请人 {PO} 银行卡 {B} 电话 {M}\n",
            "[OCR] 畲 族 孕 产 妇 保 健 手 册\n孕妇 {MN}\n出生 {DOB}\n住址 {A}\n",
            "[OCR] 侨 眷 登 记 表\n姓名 {PO}\n海外亲属 {E}\n电话 {MF}\n",
            // Tables: pipes, CSV and tabs.
            "| 床 | 患者 | 病案号 | 主要诊断 | 管床医生 | 陪护 |\n|---|---|---|---|---|---|\n"
                    + "| 12 | {P} | {R} | 矽肺贰期 | {DR} | {F} |\n| 15 | {MN} | {R} | 有机磷中毒 | {DR} | 无 |\n",
            "采摘工|身份证|医保号|带工头|手机\n{P}|{ID}|{I}|{F}|{M}\n{N}|{ID}|{I}|{N}|{M}\n",
            "井下工区\t姓名\t工种\t接尘年限\t救助卡号\n二工区\t{P}\t凿岩\t18\t{B}\n三工区\t{N}\t爆破\t9\t{B}\n",
            "档案号,姓名,出生,手机,签约医生\n{R},{P},{DOBC},{M},{DR}\n{R},{NM},{DOBC},{M},{DR}\n",
            "序号,姓名,农历生日,住址,电话\n1,{P},{DOBL},{AW},{M}\n2,{N},{DOBL},{AW},{L}\n",
            "name,relation,country,IC/NIK,phone\n{E},nephew,Malaysia,{MYIC},{MF}\n{E2},cousin,Indonesia,{NIK},{MF}\n",
            "| 村 | 村医 | 签约户数 | 手机 |\n|---|---|---|---|\n| 关坑村 | {N} | 212 | {M} |\n| 蓝屋村 | {N} | 147 | {M} |\n",
            "姓名,谱名,民族,出生日期,电话\n{MN},{SR},畲族,{DOB},{M}\n{NM},{SR},畲族,{DOB},{M}\n",
            "Name\tDOB\tTaiwan ID\tPhone\n{TR}\t{DOBT}\t{TWID}\t{MT}\n{TR}\t{DOBT}\t{TWID}\t{MT}\n",
            "| 姓名 | 出生 | 工伤保险 | 诊断 |\n|---|---|---|---|\n| {P} | {DOB} | {I} | 矽肺壹期 |\n"
                    + "| {N} | {DOB} | {I} | 观察对象 |\n",
            // JSON exports.
            "{\"miner\":\"{P}\",\"birth\":\"{DOBC}\",\"idNo\":\"{ID}\",\"tel\":\"{M}\",\"archive\":\"{R}\","
                    + "\"stage\":\"矽肺壹期\"}\n",
            "{\"name\":\"{E}\",\"ic\":\"{MYIC}\",\"dob\":\"{DOBE}\",\"phone\":\"{MF}\",\"address\":\"{AO}\"}\n",
            "{\"社员\":\"{P}\",\"农历生日\":\"{DOBL}\",\"住址\":\"{AW}\",\"医保\":\"{I}\",\"签约医生\":\"{DR}\"}\n",
            "{\"患者\":\"{MN}\",\"谱名\":\"{SR}\",\"民族\":\"畲族\",\"手机\":\"{M}\",\"住院号\":\"{R}\"}\n",
            "{\"patient\":\"{TR}\",\"permit\":\"{TRP}\",\"dob\":\"{DOBT}\",\"mobile\":\"{MT}\",\"relative\":\"{F}\"}\n",
            "{\"儿童\":\"{NC}\",\"出生\":\"{NB}\",\"监护人\":{\"姓名\":\"{F}\",\"电话\":\"{M}\"},\"父亲\":\"{P}\"}\n",
            // Referrals, discharge summaries, handovers.
            "上转申请（县域医共体）\n转出：岚溪县人民医院  转入：虔汀市人民医院呼吸与危重症科\n"
                    + "患者：{P}（住院号{R}）\n病情：矽肺合并自发性气胸，闭式引流后仍漏气\n联系人：{DR}，{L}\n",
            "出院记录（急诊内科）\n{P}，{SEX}，生于{DOB}，住院号{R}\n入院诊断：急性有机磷农药中毒（重度）\n"
                    + "出院时胆碱酯酶72%\n嘱：半年内不得下果园喷药\n经治：{DR}\n",
            "夜班交接（呼吸科）\n12床 {P} 矽肺贰期 吸氧2L/min\n14床 {MN} 草药中毒 心电监护\n"
                    + "交班护士：{N}  接班护士：{N}\n",
            "Qianting People's Hospital - discharge note for an overseas visitor\n{E} (DOB {DOBE}) came home for "
                    + "Qingming and collapsed from heat at the ancestral graves. Rehydrated, discharged on day 3.\n"
                    + "Hospital no. {R}. "
                    + "Attending: Dr {DS}. Language help: {N}\n",
            "职业病科会诊：{DR}看过{P}的胸片及接尘史（岿峰钨矿凿岩18年），同意矽肺贰期诊断，另需排查结核；"
                    + "尘肺档案号{R}\n",
            "[口述录音整理] {DR}口述：患者{P}，{AGE}岁，钨矿井下干了二十年，{SYM}{DUR}，夜里不能平躺，"
                    + "病史由他女儿{F}补充，记录完毕\n",
            "回乡透析安排：{P}，{AGE}岁，在东莞确诊尿毒症，回岚溪县人民医院规律透析，每周三次；户籍{A}；医保{I}；"
                    + "家属{F}，{M}；主管{DR}\n",
            "下转康复：{P}，脑梗死恢复期，转岚溪县桃溪镇卫生院；医保{I}；签约医生{N}，{L}；家属{F}\n",
            // SMS.
            "【虔汀市人民医院】尊敬的{P}：您在呼吸科的肺功能复查排在{D}上午，请空腹前来，病案号{R}。"
                    + "改约请致电{L}。\n",
            "【虔汀市职业病防治院】{P}师傅，职业病诊断鉴定委员会已作出结论，证件号{ID}，"
                    + "请本人或委托家属凭原件领取，电话{L}。\n",
            "【虔汀市医疗保障局】{P}：尘肺病患者专项救助3000元已于今日拨付至社保卡关联账户{B}，"
                    + "如有疑问请拨咨询热线12393。\n",
            "【岚溪县疾控中心】温馨提示：{NC}小朋友（出生日期{NB}）尚欠1剂麻腮风疫苗，请监护人{P}于{D}前"
                    + "带接种证到桃溪镇卫生院补种。\n",
            "【坪岭县凤岗畲族乡卫生院】{MN}阿姨，下礼拜三村医上门测血压、送降压药，医保卡号{I}请备好。\n",
            "【Qianting People's Hospital】{E}: your CT report is available online with MRN {R}. "
                    + "For an English-speaking doctor call {L}.\n",
            "【虔汀市人民医院】{PS}叔，明朝八点抽血，前一夜十点后莫食东西，有事打{L}。\n",
            // E-mails.
            "主题：矽肺患者{P}转诊\n收件人：{N}（虔汀市职业病防治院）\n正文：{N}您好，患者{PG}（身份证{ID}）于{D}转入，"
                    + "尘肺档案号{R}。主治医师{DR}，电话{L}\n",
            "主题：留守老人随访汇总\n正文：{DS}医生，{P}本月血压控制可，{PG}个女儿{F}要求每周电话告知（{M}）。村医{N}\n",
            "[微信] {DR}：{PG}，你阿姆个检查结果出了，冇大问题\n{P}：多谢{DS}医生\n{DR}：下个月复查，有事打{L}\n",
            // Forms of address and kin among the Hakka.
            "{FS}嫂（{F}）个血压本子：早上{BP}，夜晡150/92；佢讲头晕；老公去了厦门做工；村医{DS}医生电话{M}\n",
            "村医上门：{PS}伯、{FS}婆两老都在屋下，阿公咳嗽，阿婆腰痛；村医小{DS}；电话{M}\n",
            "镇卫生院门诊：{P}，外号{PK}，{AGE}岁，乙肝二十年，腹胀；B超示肝硬化腹水；屋下人{F}，{L}；户口{A}；"
                    + "{DS}院长接诊\n",
            "客家饮食宣教：{P}，糖尿病，娘酒（黄酒）炖鸡、盐焗鸡要少食，擂茶唔好放糖；宣教护士{N}\n",
            "果园安全提醒（合作社广播稿）：{P}等社员注意，雷雨天莫上山，叶面喷施要戴口罩手套，黄龙病病树统一挖除；"
                    + "联系人{F}，{M}\n",
            "老年人随访：{P}，{AGE}岁，曾经在古田会议旧址当讲解员，室内温度一高就头晕；下次何时来由{DS}医生"
                    + "电话通知（{M}）\n",
            "家族史采集：{P}，其{KIN}{F}患矽肺，{N}患肝癌；阿公、阿婆均高血压；记录{DR}\n",
            "矿工家属知情同意：{P}病情危重，家属{F}（{KIN}）签字，身份证{ID}，电话{M}；谈话医生{DR}\n",
            "人口信息比对（家庭医生签约用）：签约人{P}，证件号{ID}；户口在{A}，常住{AW}；本人手机{M}，屋下座机{L}；"
                    + "比对人{N}\n",
            "返乡务工人员健康登记卡\n姓名：{P}\n出生：{DOB}\n户籍：{A}\n打工地：{AF}\n屋下联系人：{F}\n"
                    + "座机：{L}\n"
);

    // The commonest surnames of the Hakka heartland (李, 陈, 黄, 张, 刘, 钟, 曾, 罗), the other typically Hakka ones, other
    // surnames, two surnames no earlier group used and word-like names; the Taiwan relatives' names at the end.
    private static final List<String> CHINESE = List.of((""
            + "李添福 李桂娣 李运坤 李满堂 李淦生 李汉勋 李素珍 李焕章 李木生 李观娣 李冬秀 李石兴 李梓萌 李沐宸 "
            + "陈添寿 陈娣妹 陈绍坤 陈运昌 陈桂香 陈石生 陈秋莲 陈宏钦 陈锡祥 陈满秀 陈淦华 陈水娣 陈芊芊 陈奕岑 "
            + "黄运发 黄菊娣 黄荣钦 黄锡坤 黄添财 黄秀琼 黄坤生 黄四妹 黄志祥 黄汉彬 黄可馨 "
            + "张运生 张带娣 张锦标 张秋妹 张石坤 张冬香 张裕华 张火生 张桂招 张伟廷 张芷淇 "
            + "刘运添 刘娥妹 刘炳钦 刘满娣 刘汉祥 刘彩琼 刘金发 刘梅香 刘国栋 刘浩宸 "
            + "钟添寿 钟桂妹 钟运财 钟石秀 钟荣坤 钟淑琼 钟锦昌 钟水莲 钟汉标 钟炳华 钟灵 钟雨萌 "
            + "曾添发 曾秀娣 曾运良 曾锦坤 曾桂珠 曾汉兴 曾丽娥 曾凡钦 曾宇航 "
            + "罗运福 罗满妹 罗锡昌 罗金娣 罗荣彬 罗汉坤 罗秀珠 罗观生 罗沐阳 "
            + "谢添福 谢秋娣 谢运坤 谢锦珍 廖石生 廖桂娣 廖运传 廖淑珍 邱添财 邱满妹 邱焕坤 邱秀珠 "
            + "温添寿 温娣妹 温锦生 温润 赖运发 赖桂妹 赖石坤 赖秀琼 叶添兴 叶秋莲 叶锦坤 叶茂 "
            + "古运财 古桂娣 古石生 古城 朱添寿 朱娥秀 杨运昌 杨满娣 林锦坤 林招娣 彭运福 彭桂琼 "
            + "魏添发 魏秋香 肖运生 肖娣妹 邹锦彬 严汉昌 "
            + "吴运财 吴桂娣 何添寿 何秋珠 卢锦坤 卢满娣 胡运昌 郭石生 王添富 王秀娣 徐锦祥 周运良 周秋娣 "
            + "邓桂香 邓汉坤 汤汉彬 王子萌 "
            + "衷运发 衷秀娣 籍石生 籍秋莲 "
            + "邱垂鸿 徐美惠 彭绍琪 刘庆丰 黄铭煌 钟宜庭 曾淑惠 罗仕宏 谢政达 叶家妤 陈俊佑 李佳蓉"
            ).strip().split("\\s+"));
    /** The names of the pool given to children of the 2010s, for the left-behind children's own records. */
    private static final List<String> CHILDREN = List.of(("李梓萌 李沐宸 陈芊芊 陈奕岑 黄可馨 张芷淇 刘浩宸 "
            + "钟雨萌 曾宇航 罗沐阳 王子萌").split(" "));
    /** Surnames no earlier blind group gave anyone: 衷, a rare surname of Jiangxi, and 籍. */
    static final String RARE_SURNAMES = "衷籍";
    /** Pool names that are also ordinary words: smooth, lush foliage, old town, spirit of a place. */
    static final List<String> WORD_LIKE = List.of("温润", "叶茂", "古城", "钟灵");
    /** Taiwan relatives: the Chinese name|the family name and the given name as romanised on Taiwan documents. */
    private static final List<String> TAIWAN = List.of("邱垂鸿|CHIU|CHUI-HUNG", "徐美惠|HSU|MEI-HUI",
            "彭绍琪|PENG|SHAO-CHI", "刘庆丰|LIU|CHING-FENG", "黄铭煌|HUANG|MING-HUANG", "钟宜庭|CHUNG|YI-TING",
            "曾淑惠|TSENG|SHU-HUI", "罗仕宏|LO|SHIH-HUNG", "谢政达|HSIEH|CHENG-TA", "叶家妤|YEH|CHIA-YU",
            "陈俊佑|CHEN|CHUN-YU", "李佳蓉|LI|CHIA-JUNG");
    /** She people, with the names of their identity cards. */
    private static final List<String> MINORITY = List.of("蓝石养", "蓝火娣", "蓝春娇", "蓝观福", "蓝木英", "蓝银凤",
            "蓝樟生", "雷水养", "雷桂娥", "雷石火", "雷招弟", "雷根发", "雷玉娘", "钟木养", "钟银娇", "钟樟发", "钟亚妹",
            "盘金养", "盘秀娥", "盘水生", "盘桂菊", "李根养", "李银娥", "蓝金凤", "雷秋养");
    /** She genealogy ranking names: surname, a rank character (大, 小, 百, 千, 万, 念) and a number. */
    private static final List<String> SHE_RANK = List.of("蓝大一", "蓝小七", "蓝百五", "雷大九", "雷千三", "雷念二",
            "钟小六", "钟百八", "盘大四", "盘万一", "李千五", "李念七");
    /** Nicknames of the Hakka villages (细X, 阿X牯, X古, 老满), labelled as names. */
    private static final List<String> NICKNAMES = List.of("细满", "老满", "阿水牯", "阿狗牯", "阿发牯", "石古", "桂古",
            "细九", "满古", "细牛");
    /**
     * Overseas Hakka: the name as written|the family name|the name the person is called by. Malaysians write the family
     * name first, some with a Christian name before it; Indonesians an Indonesian given name and the old Hakka surname
     * after it; Mauritians a French given name and the Hakka surname, often several syllables or hyphenated.
     */
    private static final List<String> OVERSEAS = List.of(
            "Liaw Kon Fatt|Liaw|Kon Fatt", "Thong Siew Moi|Thong|Siew Moi", "Chin Fui Loong|Chin|Fui Loong",
            "Voon Kiat Siong|Voon|Kiat Siong", "Phang Nyuk Lan|Phang|Nyuk Lan", "Yap Thien Choy|Yap|Thien Choy",
            "Jason Fung Vui Kong|Fung|Jason", "Melissa Kong Siaw Lin|Kong|Melissa", "Shirley Chong Yun Moi|Chong|Shirley",
            "Vincent Hiew Ket Fah|Hiew|Vincent", "Chai Kim Foh|Chai|Kim Foh", "Siaw Ket Min|Siaw|Ket Min",
            "Hermanto Tjhai|Tjhai|Hermanto", "Lily Tjhin|Tjhin|Lily", "Fransiskus Bong|Bong|Fransiskus",
            "Agustina Njo|Njo|Agustina",
            "Tjong Fui Lin|Tjong|Fui Lin", "Sutanto Khiu|Khiu|Sutanto",
            "Jean-Claude Ah-Chuen|Ah-Chuen|Jean-Claude", "Marie-Josée Lam Po Tang|Lam Po Tang|Marie-Josée",
            "Gérard Ah-Kong|Ah-Kong|Gérard", "Nadège Li Ting Chung|Li Ting Chung|Nadège", "Rémy Fok Kan|Fok Kan|Rémy",
            "Sylvie Ng Cheong Tin|Ng Cheong Tin|Sylvie", "Corinne Ah-Sen|Ah-Sen|Corinne");
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: the old Ganzhou prefecture (Ruijin, Gan county,
     * Xinfeng, Anyuan, Ningdu, Yudu, Xingguo, Xunwu), Meizhou (Meijiang, Mei county, Dabu, Wuhua, Jiaoling, Xingning)
     * and Sanming (Mingxi, Qingliu, Ninghua, Yong'an).
     */
    private static final List<String> LEGACY_AREA = List.of("362102", "362121", "362122", "362126", "362130", "362131",
            "362132", "362134", "441402", "441421", "441422", "441424", "441427", "441481", "350421", "350423",
            "350424", "350481");
    /**
     * Area codes for 18-digit numbers: Ganzhou city since 1999 (Zhanggong, Xinfeng, Anyuan, Yudu, Xingguo, Xunwu,
     * Ruijin; Nankang district 2013, Ganxian district 2016, Longnan city 2020), Meizhou (Meixian district 2013),
     * Longyan (Xinluo, Changting, Shanghang, Wuping, Liancheng; Yongding district 2014), Sanming (Sanyuan and Shaxian
     * districts of 2021) and those of {@link #LEGACY_AREA}.
     */
    private static final List<String> AREA = Stream.concat(Stream.of("360702", "360722", "360726", "360731", "360732",
            "360734", "360781", "360703", "360704", "360783", "441403", "350802", "350821", "350823", "350824",
            "350825", "350803", "350404", "350405"), LEGACY_AREA.stream()).toList();
    /** Area codes of landlines with seven-digit local numbers. */
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0797", "0753", "0597", "0598");
    /** Area codes of landlines with eight-digit local numbers: the factory cities. */
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("0755", "0769");
    private static final List<String> BANK_BINS = List.of("622848", "621799", "623595", "622180", "621098", "623058");
    /** Province|city and county|towns|villages. */
    private static final List<String> VILLAGES = List.of(
            "江西省|虔汀市岚溪县|桃溪镇,石壁镇|关坑村,下湖村,桃溪村",
            "江西省|虔汀市坪岭县|凤岗畲族乡|蓝屋村,雷公坑村,凤岗村",
            "江西省|虔汀市乌石县|岿峰镇,下洋镇|矿山村,黄竹村",
            "江西省|赣州市信丰县|安西镇,大塘埠镇|河背村,石下村",
            "江西省|赣州市寻乌县|澄江镇,文峰乡|周田村,石排村",
            "江西省|赣州市于都县|银坑镇,禾丰镇|平安村,上坪村",
            "广东省|梅州市梅县区|南口镇,雁洋镇|侨乡村,长教村",
            "广东省|梅州市兴宁市|罗岗镇,黄陂镇|新陂村,甘村",
            "广东省|梅州市大埔县|百侯镇,茶阳镇|侯南村,西门村",
            "福建省|龙岩市永定区|湖坑镇,下洋镇|洪坑村,初溪村",
            "福建省|龙岩市上杭县|古田镇,官庄畲族乡|五龙村,回龙村",
            "福建省|三明市宁化县|石壁镇,淮土镇|石碧村,禾坑村");
    /** Roundhouses (围, 围龙屋 halls and the 老屋下 of a lineage) and earthen towers (楼). */
    private static final List<String> ROUNDHOUSES = List.of("福兴围", "新围", "上围", "老屋下", "承德堂", "敦本堂");
    private static final List<String> TOWERS = List.of("衍庆楼", "聚奎楼", "崇德楼", "庆余楼");
    /** Province|city and district|roads|estates. */
    private static final List<String> CITY_STREETS = List.of(
            "江西省|虔汀市章江区|章江大道,红旗路,汀南路|章江花园,红旗新村,汀南小区",
            "江西省|赣州市章贡区|文清路,红旗大道|滨江花园,翠微小区",
            "广东省|梅州市梅江区|江南路,梅州大道|剑英花园,嘉应新村",
            "福建省|龙岩市新罗区|九一路,龙腾路|闽西花园,莲花小区");
    /** City and county|town|mine or plant|dormitory area. */
    private static final List<String> MINES = List.of(
            "虔汀市乌石县|岿峰镇|岿峰钨矿|职工宿舍,生活区",
            "虔汀市岚溪县|石壁镇|岚溪稀土分离厂|职工宿舍,倒班宿舍",
            "赣州市于都县|银坑镇|银坑钨业公司|生活区");
    /** City|town and industrial zone|factories: where the returned migrants worked. */
    private static final List<String> FACTORIES = List.of(
            "东莞市|长安镇乌沙工业区,清溪镇三中工业区|志成五金厂,华鑫电子厂",
            "深圳市|龙岗区坂田街道,宝安区福永街道|荣兴鞋厂,益达塑胶厂");
    /** Addresses abroad: Malaysia, Indonesia, Mauritius (Latin script). */
    private static final List<String> ABROAD = List.of(
            "Lot %d, Jalan Tuaran, 88450 Kota Kinabalu, Sabah", "No. %d, Jalan Penampang, 89500 Penampang, Sabah",
            "No. %d, Jalan SS2/24, 47300 Petaling Jaya, Selangor", "No. %d, Lorong Merbau 3, 93250 Kuching, Sarawak",
            "Jl. Diponegoro No. %d, Singkawang, Kalimantan Barat", "Jl. Sudirman No. %d, Pangkalpinang, Bangka",
            "%d Royal Road, Rose-Hill, Mauritius", "%d Avenue Bernardin, Quatre Bornes, Mauritius");
    /** Taiwan relatives' addresses, in traditional characters: Taoyuan, Miaoli and Hsinchu, the Hakka counties. */
    private static final List<String> TAIWAN_ADDRESSES = List.of("桃園市楊梅區中山北路一段%d號", "苗栗縣頭份市中正路%d號3樓",
            "新竹縣竹東鎮東林路88巷%d號", "桃園市平鎮區中豐路%d號");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> LUNAR_MONTHS = List.of("正", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "冬", "腊");
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String NUMERALS = "〇一二三四五六七八九";
    /** Malaysian state codes of the MyKad: Johor, Perak, Selangor, Sabah, Sarawak, Kuala Lumpur. */
    static final List<String> MY_STATES = List.of("01", "08", "10", "12", "13", "14");
    /** Indonesian NIK regions: Singkawang (two districts), Sambas, Bangka, Pangkalpinang, West Jakarta. */
    static final List<String> NIK_REGIONS = List.of("617201", "617203", "610102", "190104", "197101", "317305");
    /** Taiwan card letters of the Hakka counties: Taoyuan, Hsinchu county, Miaoli, Hsinchu city, Pingtung, Kaohsiung. */
    static final String TAIWAN_LETTERS = "HJKOTE";

    private Blind34Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_34 || !templates.isEmpty() && BLIND_34.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** A child's name, born in the 2010s, from the same pool. */
    static String childName(RandomGenerator r) {
        return pick(CHILDREN, r);
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    /** The record's She person (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** A further She name. */
    static String anyMinorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    static String sheRankName(RandomGenerator r) {
        return pick(SHE_RANK, r);
    }

    static String nickname(RandomGenerator r) {
        return pick(NICKNAMES, r);
    }

    /** A Taiwan relative's Chinese name. */
    static String taiwanChinese(RandomGenerator r) {
        return pick(TAIWAN, r).split("\\|")[0];
    }

    /** A Taiwan relative's surname alone. */
    static String taiwanSurname(RandomGenerator r) {
        return surnameOf(taiwanChinese(r));
    }

    /** The romanised forms of a Taiwan entry: CHIU CHUI-HUNG, CHIU, CHUI-HUNG, Chiu Chui-hung. */
    static List<String> taiwanForms(String entry) {
        String[] p = entry.split("\\|");
        String family = p[1].charAt(0) + p[1].substring(1).toLowerCase();
        String given = p[2].charAt(0) + p[2].substring(1).toLowerCase();
        return List.of(p[1] + " " + p[2], p[1] + ", " + p[2], family + " " + given);
    }

    static String taiwanRoman(RandomGenerator r) {
        return pick(taiwanForms(pick(TAIWAN, r)), r);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || OVERSEAS.stream().anyMatch(n -> part(n, 1).equals(w) || part(n, 2).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Chinese name for a romanised Taiwan one), or null when the
     * value (a surname, a given name, a called name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || SHE_RANK.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : TAIWAN) {
            if (taiwanForms(e).contains(w)) return part(e, 0);
        }
        return OVERSEAS.stream().map(n -> part(n, 0)).filter(w::equals).findFirst().orElse(null);
    }

    private static String part(String entry, int i) {
        return entry.split("\\|")[i];
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

    static List<String> sheRankNames() {
        return SHE_RANK;
    }

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> taiwanNames() {
        return TAIWAN;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    /** Every romanised form of the Taiwan names. */
    static Stream<String> latinWritten() {
        return TAIWAN.stream().flatMap(e -> taiwanForms(e).stream());
    }

    static Stream<String> englishNames() {
        return OVERSEAS.stream().map(n -> part(n, 0));
    }

    static Stream<String> englishSurnames() {
        return OVERSEAS.stream().map(n -> part(n, 1));
    }

    static Stream<String> englishGivenNames() {
        return OVERSEAS.stream().map(n -> part(n, 2));
    }

    /** An overseas Hakka name as written. */
    static String englishName(RandomGenerator r) {
        return part(pick(OVERSEAS, r), 0);
    }

    static String englishSurname(RandomGenerator r) {
        return part(pick(OVERSEAS, r), 1);
    }

    static String englishGiven(RandomGenerator r) {
        return part(pick(OVERSEAS, r), 2);
    }

    /** A plain 18-character resident identity number with a valid check character, born 1935 to 2006. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1935, 72, r);
    }

    /** A first-generation 15-digit number: a code of the time, yymmdd (born 1930 to 1989), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 30, 60, r);
    }

    /** A resident identity number: plain, lower-case x, 6-8-4 by blanks or by hyphens, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0, 1 -> legacyId(r);
            case 2 -> id.replace('X', 'x');
            case 3 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 4 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            default -> id;
        };
    }

    /** A Taiwan residence permit (台湾居民居住证): 830000, the birth date (1940 to 2003), sequence and check. */
    static String taiwanPermit(RandomGenerator r) {
        return IdentifierForms.residentId("830000", 1940, 64, r);
    }

    /** A Taiwan national identity card: a letter of a Hakka county, 1 or 2 (sex), seven digits and the check digit. */
    static String taiwanId(RandomGenerator r) {
        String body = TAIWAN_LETTERS.charAt(r.nextInt(TAIWAN_LETTERS.length())) + (r.nextBoolean() ? "1" : "2")
                + digits(7, r);
        for (char c = '0'; c <= '9'; c++) {
            if (Checksums.isTaiwanId(body + c)) return body + c;
        }
        throw new IllegalStateException(body);
    }

    /** A Malaysian MyKad number: yymmdd, a state code, three digits and a last digit (odd for a man): 580312-12-5283. */
    static String myKad(RandomGenerator r) {
        String n = String.format("%02d%02d%02d", r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28))
                + pick(MY_STATES, r) + digits(4, r);
        return r.nextInt(4) == 0 ? n : n.substring(0, 6) + "-" + n.substring(6, 8) + "-" + n.substring(8);
    }

    /** An Indonesian NIK: region (six digits), ddmmyy with 40 added to a woman's day, a four-digit sequence. */
    static String nik(RandomGenerator r) {
        int day = 1 + r.nextInt(28) + (r.nextBoolean() ? 40 : 0);
        return pick(NIK_REGIONS, r) + String.format("%02d%02d%02d", day, 1 + r.nextInt(12), r.nextInt(100))
                + String.format("%04d", 1 + r.nextInt(999));
    }

    private static String plainMobile(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile: plain, 138 0797 1234, 138-0797-1234, +86 13807971234, +86-138-0797-1234. */
    static String mobile(RandomGenerator r) {
        String n = plainMobile(r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0, 1 -> a + " " + b + " " + c;
            case 2 -> a + "-" + b + "-" + c;
            case 3 -> "+86 " + n;
            case 4 -> "+86-" + a + "-" + b + "-" + c;
            default -> n;
        };
    }

    /** A mobile as said in a Hakka voice note, the one as 幺 or 一: run together, by blanks or by commas. */
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
     * A relative's number in Southeast Asia or Mauritius: Malaysia +60 12-345 6789 and 012-345 6789, a Sabah landline
     * +60 88-234567, Indonesia +62 812-3456-7890, Mauritius +230 5712 3456.
     */
    static String foreignMobile(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "+60 1" + "0234679".charAt(r.nextInt(7)) + "-" + digits(3, r) + " " + digits(4, r);
            case 1 -> "01" + "0234679".charAt(r.nextInt(7)) + "-" + digits(3, r) + " " + digits(4, r);
            case 2 -> "+60 88-" + (char) ('2' + r.nextInt(7)) + digits(5, r);
            case 3 -> "+62 81" + "1235789".charAt(r.nextInt(7)) + "-" + digits(4, r) + "-" + digits(4, r);
            default -> "+230 5" + digits(3, r) + " " + digits(4, r);
        };
    }

    /**
     * A Taiwan relative's number: +886 912 345 678, 0912-345-678, (03)4781234 (Taoyuan, Hsinchu), (037)581234
     * (Miaoli).
     */
    static String taiwanPhone(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "+886 9" + digits(2, r) + " " + digits(3, r) + " " + digits(3, r);
            case 1 -> "09" + digits(2, r) + "-" + digits(3, r) + "-" + digits(3, r);
            case 2 -> "(03)4" + digits(6, r);
            default -> "(037)" + (char) ('2' + r.nextInt(7)) + digits(5, r);
        };
    }

    /**
     * A landline: seven local digits on 0797, 0753, 0597 and 0598, eight on 0755 and 0769: 0797-8123456,
     * (0753)2123456, 0597 512 3456, 0797-8123456转8021, +86 797 8123456.
     */
    static String landline(RandomGenerator r) {
        boolean eight = r.nextInt(4) == 0;
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
     * QT24031876 (inpatient, Qianting), QTMZ2024031876 (outpatient), LXZY2403187 (Lanxi county hospital), CF-2024-0318
     * (pneumoconiosis archive), WK24-0318 (mine clinic), a 17-digit health-archive number on an area code.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2015 + r.nextInt(11);
        return switch (r.nextInt(6)) {
            case 0 -> "QT" + (year % 100) + digits(6, r);
            case 1 -> "QTMZ" + year + digits(6, r);
            case 2 -> "LXZY" + (year % 100) + digits(5, r);
            case 3 -> "CF-" + year + "-" + digits(4, r);
            case 4 -> "WK" + (year % 100) + "-" + digits(4, r);
            default -> pick(AREA, r) + digits(11, r);
        };
    }

    /** QTYB, MZSB and LYYB with ten digits, rural residents' CXJM with twelve, work-injury GS2024031876. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "QTYB" + digits(10, r);
            case 1 -> "CXJM" + digits(12, r);
            case 2 -> "GS" + (2015 + r.nextInt(11)) + digits(6, r);
            case 3 -> "MZSB" + digits(10, r);
            default -> "LYYB" + digits(10, r);
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

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** A village: [province] city county, 镇 or 乡, 村. */
    private static String village(boolean withProvince, RandomGenerator r) {
        String[] t = split(pick(VILLAGES, r));
        return (withProvince ? t[0] : "") + t[1] + one(t[2], r) + one(t[3], r);
    }

    /** A roundhouse or earthen-tower house: 关坑村福兴围12号, 侨乡村老屋下8号, 洪坑村衍庆楼二层17号. */
    static String roundhouse(boolean withProvince, RandomGenerator r) {
        String v = village(withProvince, r);
        return switch (r.nextInt(3)) {
            case 0 -> v + pick(ROUNDHOUSES, r) + (1 + r.nextInt(60)) + "号";
            case 1 -> v + pick(TOWERS, r) + pick(List.of("一", "二", "三", "四"), r) + "层" + (1 + r.nextInt(72)) + "号";
            default -> v + pick(TOWERS, r) + (1 + r.nextInt(72)) + "号";
        };
    }

    /** A mine or plant dormitory: 虔汀市乌石县岿峰镇岿峰钨矿职工宿舍3栋12号. */
    static String mineDormitory(RandomGenerator r) {
        String[] t = split(pick(MINES, r));
        return t[0] + t[1] + t[2] + one(t[3], r) + (1 + r.nextInt(12)) + "栋" + (1 + r.nextInt(5)) + "0"
                + (1 + r.nextInt(9)) + (r.nextBoolean() ? "号" : "室");
    }

    /** A Guangdong factory dormitory: 东莞市长安镇乌沙工业区志成五金厂宿舍3栋402房. */
    static String factoryDormitory(RandomGenerator r) {
        String[] t = split(pick(FACTORIES, r));
        return (r.nextInt(4) == 0 ? "广东省" : "") + t[0] + one(t[1], r) + one(t[2], r) + "宿舍" + (1 + r.nextInt(9))
                + "栋" + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(9)) + "房";
    }

    /** An address abroad: Malaysia, Indonesia or Mauritius, in Latin script. */
    static String abroad(RandomGenerator r) {
        return String.format(pick(ABROAD, r), 1 + r.nextInt(120));
    }

    /** A Taiwan address in traditional characters: 桃園市楊梅區中山北路一段52號. */
    static String taiwanAddress(RandomGenerator r) {
        return String.format(pick(TAIWAN_ADDRESSES, r), 1 + r.nextInt(300));
    }

    /**
     * An address: a village by 组 (and 号), a roundhouse or earthen tower, a town street, a city flat or a mine
     * dormitory; {@code partial} may stop at the 镇 or 乡, the 村 or the 组.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(2) == 0) {
            String[] t = split(pick(VILLAGES, r));
            String county = t[1].substring(t[1].indexOf('市') + 1);
            return switch (r.nextInt(4)) {
                case 0 -> county + one(t[2], r);
                case 1 -> one(t[2], r) + one(t[3], r);
                case 2 -> t[1] + one(t[2], r) + one(t[3], r);
                default -> county + one(t[2], r) + one(t[3], r) + (1 + r.nextInt(12)) + "组";
            };
        }
        return switch (r.nextInt(10)) {
            case 0, 1, 2 -> {
                String v = village(withProvince, r) + (1 + r.nextInt(12)) + "组";
                yield r.nextBoolean() ? v : v + (1 + r.nextInt(60)) + "号";
            }
            case 3, 4 -> roundhouse(withProvince, r);
            case 5 -> {
                String[] t = split(pick(VILLAGES, r));
                yield (withProvince ? t[0] : "") + t[1] + one(t[2], r) + pick(List.of("新街", "老街", "解放街", "圩镇路"), r)
                        + (1 + r.nextInt(150)) + "号";
            }
            case 6, 7, 8 -> {
                String[] t = split(pick(CITY_STREETS, r));
                yield (withProvince ? t[0] : "") + t[1] + one(t[2], r) + (1 + r.nextInt(300)) + "号" + one(t[3], r)
                        + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(3)) + "单元" + (1 + r.nextInt(18)) + "0"
                        + (1 + r.nextInt(4)) + "室";
            }
            default -> mineDormitory(r);
        };
    }

    /**
     * A date of birth, 1930 to 2006: 1958年3月12日, 1958-03-12, 1958.3.12, 1958/3/12, 一九五八年三月十二日, 五八年三月十二号,
     * 58年3月12号.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(77), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            case 5 -> "" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年"
                    + IdentifierForms.chineseNumber(m) + "月" + IdentifierForms.chineseNumber(d) + "号";
            default -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
        };
    }

    /** A lunar day as the almanac writes it: 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + (d == 10 ? "十" : String.valueOf(NUMERALS.charAt(d)));
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** The sexagenary name of a year: 1953 as 癸巳. */
    static String ganzhi(int y) {
        return "" + STEMS.charAt(Math.floorMod(y - 4, 10)) + BRANCHES.charAt(Math.floorMod(y - 4, 12));
    }

    /** A lunar birthday, 1925 to 1975: 1953年腊月十八, 一九五三年十月初八, 五三年八月十五, 癸巳年三月初三. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(51);
        String md = LUNAR_MONTHS.get(r.nextInt(12)) + "月" + lunarDay(1 + r.nextInt(30));
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + md;
            case 1 -> IdentifierForms.chineseYear(y) + "年" + md;
            case 2 -> "" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + md;
            default -> ganzhi(y) + "年" + md;
        };
    }

    /** 47 as 四十七, 1 to 99. */
    static String chineseNumber99(int n) {
        return n < 40 ? IdentifierForms.chineseNumber(n)
                : NUMERALS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(NUMERALS.charAt(n % 10)));
    }

    /** A Minguo date of birth, 1935 to 2000: 民國47年3月12日, 民国47年3月12日, 民國四十七年三月十二日, 047/03/12. */
    static String minguoBirthDate(RandomGenerator r) {
        int y = 24 + r.nextInt(66), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> "民國" + y + "年" + m + "月" + d + "日";
            case 1 -> "民国" + y + "年" + m + "月" + d + "日";
            case 2 -> "民國" + chineseNumber99(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> String.format("%03d/%02d/%02d", y, m, d);
        };
    }

    /** As overseas documents write it: 12 March 1958, March 12, 1958, 12/03/1958, 12-Mar-1958. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(70), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month + " " + d + ", " + y;
            case 2 -> String.format("%02d/%02d/%d", d, m, y);
            default -> String.format("%02d-%s-%d", d, month.substring(0, 3), y);
        };
    }

    /** A date of birth as exports write it: 19580312. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1930 + r.nextInt(77), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** A child's date of birth, 2010 to 2024: 2016年5月3日, 2016-05-03, 2016.5.3, 20160503. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2010 + r.nextInt(15), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
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
            case "SR" -> out.write(sheRankName(random), EntityKind.NAME);
            case "TW" -> out.write(taiwanChinese(random), EntityKind.NAME);
            case "TR" -> out.write(taiwanRoman(random), EntityKind.NAME);
            case "TS" -> out.write(taiwanSurname(random), EntityKind.NAME);
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
            case "TWID" -> out.write(taiwanId(random), EntityKind.ID_NUMBER);
            case "TRP" -> out.write(taiwanPermit(random), EntityKind.ID_NUMBER);
            case "MYIC" -> out.write(myKad(random), EntityKind.ID_NUMBER);
            case "NIK" -> out.write(nik(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MF" -> out.write(foreignMobile(random), EntityKind.PHONE);
            case "MT" -> out.write(taiwanPhone(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AW" -> out.write(roundhouse(random.nextInt(4) == 0, random), EntityKind.ADDRESS);
            case "AM" -> out.write(mineDormitory(random), EntityKind.ADDRESS);
            case "AF" -> out.write(factoryDormitory(random), EntityKind.ADDRESS);
            case "AO" -> out.write(abroad(random), EntityKind.ADDRESS);
            case "AT" -> out.write(taiwanAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBT" -> out.write(minguoBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

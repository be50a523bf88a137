package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Twenty-second blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_22}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium on the North China Plain, led by a tertiary
 * hospital in the fictional Henan city of 淇阳, 淇阳医学院第一附属医院, with the fictional 滑北县人民医院, 柳林铺乡卫生院,
 * 后王庄村卫生室, 鹤岭煤矿 and 淇阳市妇幼保健院, whose patients come from Henan, Shandong, Hebei, Shanxi, Beijing and
 * Tianjin, with migrant workers back from the coast: up and down referrals, rural cooperative-medical (新农合)
 * reimbursement files, village doctors' paper ledgers read by OCR, pneumoconiosis and silicosis screening of miners,
 * paraquat and organophosphate poisoning, wheat-harvest machinery injuries, bed-booking WeChat groups, scalper (号贩子)
 * complaint logs, blood-pressure kiosk exports, county-hospital night-shift handovers, paediatric fever-clinic queues,
 * elderly fall registers, vaccination certificates, premarital and pre-pregnancy checks, disability assessments, death
 * registration and funeral notes, lost-and-found logs, security incident reports, parking-permit requests, rosters of
 * outsourced cleaners and guards, treatment in Beijing and Tianjin and the lodgings near those hospitals, family-doctor
 * contracts, Hui and Korean-Chinese community health checks, foreign students and traders, speech-recognition
 * transcripts in Henan and Shandong dialect (俺, 恁, 中, 咋, 得劲, 夜儿个, 明个), OCR'd forms with broken lines and stray
 * blanks, CSV, markdown, pipe and tab tables, JSON and key=value exports, HL7-like segments and SMS reminders; about a
 * seventh in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, staff, cleaners, guards,
 * drivers, landlords, witnesses, in Chinese, Korean-Chinese, Japanese, Manchu clan, English or pinyin form, also
 * straight after a department, role or verb word with no separator (转出医生X, 保洁员X, 村支书X, 托人X), at the start of
 * table rows before a number, in lists joined by 、, /, blanks or line breaks, in table cells, JSON values and HL7
 * fields. A surname in a form of address or before a title labels the surname only ({@code PS}, {@code FS},
 * {@code DS}): 老X, X大娘, X叔, X婶, X奶奶, X大爷, X哥, X嫂子, X大姐, X师傅 and X大夫, X医生, X主任, X科长, 院长X, 村支书X.
 * A given name used alone ({@code PG}, also before 他爹, 他奶奶) labels the given name; a one-character given name is
 * never used alone, and an old married woman's name of the form 宿王氏 (husband's and own surname) is always written
 * whole. A nickname ({@code PK}: 二妮儿, 大孬) is a name. A child known as a parent's child (X之子, X之女) labels the
 * parent. An OCR'd name broken by a line break, two blanks, an ideographic blank or a blank between every character
 * ({@code PO}) is one span, the break inside it. A Korean-Chinese, Japanese or Manchu name ({@code MN}, {@code NM}) is
 * one span. Pinyin names ({@code PY}) are labelled whole in each written form: LU Shuanzhu, Lu Shuan Zhu, Lu Shuan-zhu,
 * Shuanzhu Lu, LU SHUANZHU.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Henan, Shandong, Hebei, Shanxi, Beijing and Tianjin, plain, lower-case x, in fours by blanks, 6-8-4 by hyphens;
 * 15-digit numbers with a valid birth date), mobiles ({@code M}: plain, 139-1234-5678, +86 139 1234 5678,
 * +8613912345678), landlines ({@code L}: 0371-65123456, (0531)86123456, 0311 87654321, 010-6512 3456 in fours, an
 * extension after 分机; 0351, 022, 0370, 0530, 0635, 0372, 0319), addresses ({@code A}, {@code A0}: Henan, Shandong,
 * Hebei and Shanxi city streets with 号院/号楼/单元 or an estate, Beijing 胡同 with 号 or 甲…号, Tianjin 里 with 号楼/门/号,
 * villages with a 组, villages named 庄 or 屯 with a house number; {@code A0} may stop at the village or the street),
 * record numbers ({@code R}: QY2024ZY03187, HB-MZ- and seven digits, 24Z031827, LLP23/0417, whatever the label),
 * insurance numbers ({@code I}: 新农合 certificates NH410526-0318-02, HA41YB and ten digits, SD37-123-12345678, HE13
 * and eleven digits, BJ11 and nine digits, TJ12- and ten digits, SX14 and ten digits), bank cards ({@code B}: 16 or 19
 * digits with a valid Luhn digit, plain, fours by blanks or by hyphens), dates of birth ({@code DOB}: 1962年3月8日,
 * 1962.3.8, 62年3月8日, 1962-03-08, 1962年03月08日, 1962/3/8, 一九六二年三月八日; {@code DOBC}: 19620308 in exports;
 * {@code DOBE}: Mar 8, 1962, 8-Mar-1962, 08.03.1962, March 8, 1962; {@code NB}: a child's, 2014 to 2025). Not labelled:
 * visit, death, harvest and screening dates, times, ages (67岁, 73周岁, 八十多了, 62年的人), doses and lab values, bed
 * numbers (加5床, 3病区17床, bed 9), complaint, specimen, order, registration, badge, lost-property, parking-permit,
 * premarital-check, staff, passport and batch numbers (TS20240611007, S24-06-1132, YZ24061109, GH240611-0093,
 * V-0611-19, SW-0611-07, TC-2024-0387, HJ-0611-22, 工号QY0731, BJ-2215, M47382910, 批号202405B017, A20240312), number
 * plates (豫N·7K203, 鲁R·5S917, 京Q·8M521), hotlines (12320, 12345, 120, 400-837-1200), hospital, clinic, mine,
 * funeral-home and plant names, a province or city alone (参保地：山东省菏泽市, 就医地河南省淇阳市, 从天津市转回河南省商丘市,
 * 参保地：河北省沧州市), foods and products with place words (胡辣汤 and the rest listed in the test), drug and poison
 * names (百草枯, 草甘膦, 敌敌畏, 阿托品, 碘解磷定, 安乃近), and words beginning with one of the pool's surnames (门诊, 位置,
 * 宿舍, 化验, 台阶, 封闭, 米汤, 黑便, 鹿茸, 逢年过节).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind21Templates} nor among the names {@link SyntheticValues} can generate: rare surnames of the plain that no
 * earlier blind group used (鹿, 侍, 撖, 郅, 宿, 逢, 伊, 菅, 门, 位, 封, 弭, 汝, 靖, 化, 台), Hui surnames of the plain (米,
 * 黑) and common ones (王, 李, 张, 刘, 赵, 孙, 郭, 杨, 高) with given names the first generator never writes; older
 * rural, middle-aged, young and recent cohorts, two-character names, compound surnames of old Shandong (宰父, 公仪, 颛孙),
 * old married women's double surnames (宿王氏) and modern ones (侍孙凤琴), and a few word-like names ({@link #WORD_LIKE});
 * Korean-Chinese names of Shandong, Japanese names in kanji and Manchu clan names in the minority pool; Korean, Japanese,
 * Nigerian, Ghanaian, Cameroonian, Zambian, Tanzanian, Zimbabwean, Malawian, Sudanese, Malian, Russian, Tatar and
 * Kazakh names in the English pool; a pinyin pool; a nickname pool. Own slots: {@code N}, a further Chinese name drawn
 * afresh at each use; {@code NM}, a further minority name; {@code PS}, {@code FS}, {@code PG}, {@code PK}, {@code PO},
 * {@code PY} above; {@code EG}, an English given name alone; {@code DOBC}. Any non-empty subset of {@link #BLIND_22}
 * uses these pools (see {@link #uses}).
 */
final class Blind22Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261223L;

    static final List<String> BLIND_22 = List.of(
            // Consortium referrals between the tertiary hospital, the county hospital, the township health centre and the village clinic.
            "淇阳医学院第一附属医院 双向转诊单（上转）\n转出：滑北县人民医院{DEPT}  转出医生：{DR}\n患者：{P}  性别：{SEX}  年龄：{AGE}岁\n"
                    + "身份证号：{ID}\n初步诊断：{DIS}\n家属：{F}（{KIN}） 电话：{M}\n",
            "滑北县人民医院下转记录：{P}，住院号{R}，{DIS}稳定，转回柳林铺乡卫生院康复；乡院接收医生{N}，家属{F}电话{M}\n",
            "后王庄村卫生室转诊联：村医{N}转患者{P}（{AGE}岁）至滑北县人民医院，联系电话{L}\n",
            "医联体专家下沉坐诊登记：{D} 淇阳医学院第一附属医院{DEPT}{DR}在柳林铺乡卫生院坐诊，接诊{P}、{N}、{N}\n",
            "上转患者回访：{P}出院后第7天，{DS}主任电话{M}随访，患者诉{SYM}已缓解\n",
            "转诊备案：{P}，参保地：山东省菏泽市，就医地河南省淇阳市，医保号{I}，经办{N}\n",
            "滑北县人民医院{DEPT}主任{DR}请淇阳医学院第一附属医院会诊，患者{P}，门诊号{R}，现住{A}\n",
            // Rural cooperative medical scheme (新农合) reimbursement files.
            "新型农村合作医疗 住院补偿审批表\n参合人：{P}  性别：{SEX}  出生日期：{DOB}\n合作医疗证号：{I}\n户主：{F}  家庭住址：{A}\n"
                    + "住院号：{R}\n总费用：8,432.60元  补偿金额：5,127.00元\n审核人：{N}\n",
            "新农合补偿款发放：{P}，证号{I}，补偿款打入{F}的银行卡{B}（户主代领）\n",
            "合作医疗报销单 参合人{P} 身份证{ID} 就诊医院滑北县人民医院 经办{N} 联系{M}\n",
            "新农合异地就医备案：{P}，在天津务工期间住院，备案号不填，参合证号{I}，村协管员{N}电话{M}\n",
            "农合办回执：{F}同志，您家{P}的大病补充补偿已审批，请携户口本到柳林铺乡合疗站领取；咨询{L}\n",
            "新农合门诊统筹登记\n日期 姓名 证号 金额\n{D} {P} {I} 36.5\n{D} {N} {I} 18.0\n登记人：后王庄村卫生室{N}\n",
            "大病保险二次报销申请：{P}，{DOB}生，确诊{DIS}，自付部分退至账户{B}，开户名{P}；申请人{F}（{KIN}）\n",
            "合疗站电话记录：{PS}大娘（{P}）问她老伴{F}住院能报多少，告知按县级医院75%报销；回电{M}\n",
            "补偿公示（后王庄村）：{P} 住院补偿3,215元；{N} 门诊慢病补偿420元；{N} 住院补偿6,108元；公示期七天，有异议找村会计{N}\n",
            "慢性病门诊卡办理：{P}，{DOB}出生，高血压Ⅲ级，合作医疗证号{I}，住{A0}；审核医生{DR}\n",
            "合作医疗报销：参合人{PY}（护照拼音），证号{I}，县医院住院，补偿款退至{B}\n",
            // Village doctor's paper ledgers, OCR'd.
            "[OCR] 后王庄村卫生室门诊日志 第37页\n{D} {PO} 男 6? 岁 发热 安乃近\n{D} {N} 女 4? 岁 咳嗽 甘草片\n住址 {A0}\n",
            "[OCR] 村卫生室处方笺 姓 名：{PO} 年龄：{AGE} 住址：{A} 诊断：感冒 医师：{N}\n",
            "[OCR] 乡村医生工作日志\n患者 {PO}\n身份证 {ID}\n电话 {M}\n处置 输液一组（青霉素皮试阴性）\n",
            "[扫描件] 赤脚医生手写登记 ……{P} 腰腿疼 针灸三次 其子{F}付钱……  村医{N}\n",
            "[OCR] 村卫生室传染病登记簿\n姓名：{PO}  病名：腮腺炎  报告人：{N}\n家长：{F}  电话：{L}\n",
            "村医手账（拍照识别）：{P}（{PS}叔）血压160/100，给了两盒硝苯地平；{FS}婶腿疼，明天来扎针；{N}欠药钱12元\n",
            "[OCR] 公共卫生服务 随访表 姓 名 {PO} 编号 不详 出生 {DOB} 联系 人 {F} 电话 {M}\n",
            "[OCR] 预防接种登记(旧) 儿童 {N} 出生 {NB} 母亲 {F} 住 {A0}\n",
            "[OCR] 卫生室收费存根 交款人 {PO} 金额 ¥12.00 收款 {N}\n",
            "村医{DR}的老账本：{P}，62年的人，住{A0}，常年咳喘；老伴{F}；儿子在外地，电话{M}\n",
            // Pneumoconiosis / silicosis screening of miners.
            "尘肺病筛查登记表（鹤岭煤矿）\n姓名：{P}  工种：掘进  接尘工龄：18年\n身份证号：{ID}\n高千伏胸片：小阴影q/q 1/1\n诊断：壹期矽肺\n阅片医师：{DR}\n",
            "职业性尘肺病随访：{P}，{AGE}岁，已脱离粉尘作业，FEV1 62%；家属{F}，住{A}；随访医生{N}\n",
            "煤工尘肺鉴定申请：申请人{P}，身份证{ID}，用人单位鹤岭煤矿，代理人{F}（{KIN}）{M}\n",
            "矽肺农民工帮扶台账：{P}，曾在外地金矿打风钻6年，现居{A0}，银行卡{B}用于发放救助金；登记人{N}\n",
            "尘肺病人大容量肺灌洗排期 {D}\n1 {P} 左肺\n2 {N} 右肺\n3 {N} 左肺\n主刀：{DR}\n",
            "尘肺康复站签到：{N}、{N}、{P}、{N}做呼吸操；站长{DS}大夫；患者电话{M}\n",
            "{PS}师傅下了二十年井，现在爬两层楼就喘，闺女{F}陪着来复查，门诊号{R}，患者{P}\n",
            "Pneumoconiosis screening: {E}, contract miner, ID {ID}, ILO category 1/0. Read by Dr {ES}.\n",
            "Silicosis follow-up {D}: {PY}, former driller, SpO2 91%, on home oxygen. Contact daughter {EG} at {M}.\n",
            "职业病诊断证明书：兹有{P}（{DOB}生，身份证{ID}）经集体诊断为煤工尘肺贰期；诊断医师{DR}、{N}、{N}\n",
            // Pesticide (paraquat, organophosphate) poisoning.
            "急性中毒登记表\n姓名：{P}  性别：{SEX}  年龄：{AGE}\n毒物：百草枯原液约20ml\n服毒时间：{TIME}\n洗胃：已在柳林铺乡卫生院完成\n"
                    + "家属：{F}（{KIN}）{M}\n接诊：{DR}\n",
            "百草枯中毒病危通知：患者{P}，住院号{R}，肺纤维化进展，已向家属{F}交代病情，{F}签字。\n",
            "有机磷农药中毒抢救记录：{P}，阿托品化后改维持量，碘解磷定已用；值班{DR}，护士{N}\n",
            "农药中毒病例报告卡：{P}，出生日期{DOB}，住址{A}，毒物：敌敌畏；报告人{N}，报告单位滑北县人民医院\n",
            "中毒随访：{P}出院后第30天，胸部CT示双肺间质改变；母亲{F}电话{M}；随访{N}\n",
            "{PS}家小子喝了半瓶百草枯，村里{N}开三轮送来的，{DS}大夫说得转淇阳。家属电话{M}\n",
            "心理危机干预转介：{P}，{AGE}岁，服药自伤后，已由精神科{DR}会诊；紧急联系人{F} {M}\n",
            "Paraquat ingestion log: {E}, farm labourer, ~15 ml, arrived 3 h post ingestion; haemoperfusion by Dr {ES}; contact {M}.\n",
            "农药店销售登记（百草枯水剂已禁售）：购买人{P}，身份证{ID}，购买草甘膦2瓶；店主{N}\n",
            // Wheat-harvest machinery injuries.
            "麦收季外伤登记 {D}\n{P} 男 {AGE}岁 右手卷入联合收割机 手指离断\n{N} 男 脱粒机皮带打伤左前臂\n{N} 女 晒麦时从房顶跌落\n接诊：{DR}\n",
            "三夏机械伤病例：{P}，收割机驾驶员，身份证{ID}，左下肢挤压伤；机主{F}，电话{M}\n",
            "断指再植手术记录：{P}，住院号{R}，右示中指离断伤，伤后4小时到院；术者{DR}，助手{N}\n",
            "麦收农机事故报告：事故地点{A0}麦田，伤者{P}，驾驶员{N}，目击者{N}、{N}\n",
            "{PG}他爹在麦场上叫拖拉机轧了脚，老{FS}用架子车拉到卫生院，{DS}大夫先给打的破伤风\n",
            "麦收外伤：{E}，外籍农机技术员，左手脱套伤；雇主{E2}，电话{M}\n",
            "麦收防火巡查伤员：{P}烧伤面积约8%，二度；乡卫生院{N}处置后转滑北县人民医院，家属{F} {L}\n",
            "农机合作社意外险理赔：被保险人{P}，身份证{ID}，收款账户{B}，联系人{F}\n",
            // Bed-booking WeChat groups.
            "【淇阳一附院骨科床位群】\n{N}：@{DR} 主任，明天有床吗？{P}，股骨颈骨折，电话{M}\n{DR}：后天出院两个，让{P}家属{F}早上八点来办\n",
            "【床位预约群】{F}：俺爹{P}在滑北住着，想转到淇阳医学院第一附属医院心内科，身份证号{ID}，麻烦给排个床\n",
            "群公告：预约住院请发 姓名+身份证+电话。{N}：{P} {ID} {M}\n",
            "【住院预约】{N}：{DS}主任，那个{P}（门诊号{R}）排到加5床了吗？\n",
            "床位群聊天记录导出\n[{TIME}] {F}：俺婶子{P}明天来，电话{M}\n[{TIME}] 护士{N}：好的，登记了，3病区17床\n",
            "住院处通知：{P}，{DOB}出生，已预约{DEPT}床位，请于{D}持身份证{ID}办理入院；联系{L}\n",
            "【床位群】{E}请护士{EG}给她父亲{E2}留个床，电话{M}\n",
            // Scalper (号贩子) complaint logs.
            "号贩子投诉登记 投诉编号TS20240611007\n投诉人：{P}  电话：{M}\n内容：在门诊大厅被一男子以500元兜售{DS}主任专家号\n处理：保卫科{N}到场，已移交派出所\n",
            "患者{P}反映：托人{N}花三百块挂了{DR}的号，到了才知道是假号；电话{M}\n",
            "号贩子黑名单（内部）：身份证{ID}，化名“{PK}”，多次在挂号窗口倒号；保卫科{N}登记\n",
            "投诉回复：{F}您好，您反映{D}有人冒用{P}身份证{ID}抢号一事已查实，账号已封禁；门诊部{N}\n",
            "12345市长热线转办：市民{P}（{M}）投诉淇阳医学院第一附属医院专家号一号难求，疑有号贩子；承办人{N}\n",
            "投诉记录：外籍访客{E}在2号门附近被人兜售专家号，已告知保安{EG}；电话{M}\n",
            // Blood-pressure kiosk exports.
            "血压自助检测机导出\n时间,姓名,手机,收缩压,舒张压\n{D} {TIME},{P},{M},162,98\n{D} {TIME},{N},{M},128,84\n",
            "kiosk_id=BP-07;user={PY};phone={M};sys=158;dia=96;hr=82\n",
            "社区血压小屋记录 {D}\n{P} {BP} 心率{HR}\n{N} {BP}\n{N} {BP}\n值守：{N}\n",
            "【血压预警】{P}（{M}）今日自测血压{BP}，已推送给家庭医生{DR}\n",
            "BP kiosk export: name={E}; dob={DOBE}; reading=172/104 mmHg; flagged to Dr {ES}.\n",
            // County hospital night-shift handovers.
            "滑北县人民医院内科夜班交班 {D}\n新入：加5床 {P}，{AGE}岁，{DIS}\n危重：12床 {N}，血压{BP}\n交班：{DR}  接班：{N}\n",
            "夜班护士交接：{P}（住院号{R}）凌晨诉{SYM}，已通知值班{DS}医生，予{DRUG}\n",
            "急诊夜班记录：{TIME}，{P}酒后摔伤，头皮裂伤；陪同人{F}，电话{M}；缝合医生{N}\n",
            "夜班交接：3床{P}家属{F}要求明早出院；7床{N}血糖{LAB}；值班{DR}\n",
            "总值班记录：{TIME}接滑北县人民医院电话，{P}需转上级，已联系淇阳医学院第一附属医院{DEPT}{N}\n",
            "{DS}医生夜里被叫起来三回：{P}发热{TEMP}，{N}胸闷，{N}拔了留置针\n",
            "Night handover: bed 9 {E}, post-op day 1, stable; call surgeon {EG} if drain > 200 ml; family {E2} {M}.\n",
            "夜班值班表\n{D} 内科 {N} {M}\n{D} 外科 {N} {M}\n{D} 妇产科 {N} {M}\n总值班 {DR}\n",
            // Paediatric fever clinic queues.
            "儿科发热门诊叫号\nA012 {N}\nA013 {P}\nA014 {N}\n请到3号诊室 {DS}医生\n",
            "发热门诊登记：患儿{P}，{NB}出生，体温{TEMP}，家长{F}，电话{M}，住{A0}\n",
            "儿科分诊台：{P}，{AGE}岁，咳嗽三天，妈妈{F}抱着；测温{TEMP}；分诊护士{N}\n",
            "儿科输液室登记 {D}\n座位号 姓名 家长 电话\n15 {N} {F} {M}\n16 {P} {N} {M}\n",
            "{PK}烧到39度多，他奶奶{F}抱来的，正名叫{P}，{DS}大夫看了说是疱疹性咽峡炎\n",
            "儿科急诊：{P}之子，{NB}生，高热惊厥一次；父亲{P}电话{M}；接诊{DR}\n",
            "发热门诊排队：A021 {E}，4岁，母亲{E2}，翻译{EG}\n",
            "患儿信息：{P}，出生日期{NB}，身份证{ID}，监护人{F}，联系电话{M}，住址{A}\n",
            // Elderly fall registers.
            "老年人跌倒登记表\n姓名：{P}  年龄：{AGE}  出生日期：{DOB}\n跌倒地点：自家院内 台阶\n损伤：右髋部疼痛\n发现人：{F}（{KIN}）\n登记人：{N}\n",
            "跌倒随访：{P}，{AGE}岁，股骨粗隆间骨折术后，家庭医生{DR}上门，住{A}\n",
            "养老院跌倒事件报告：{P}夜间如厕跌倒，护工{N}发现；院长{DS}；家属{F} {M}\n",
            "{PS}奶奶在集上摔了一跤，{FS}嫂子把她送到卫生院，拍片没事。老人{P}，嫂子{F}\n",
            "跌倒高风险老人名单\n{P} 82岁 独居 {A0}\n{N} 79岁 与子同住\n{N} 86岁 {M}\n网格员：{N}\n",
            "跌倒登记：{E}，外籍，浴室滑倒致腕部骨折；女儿{E2}，{M}\n",
            // Vaccination certificates.
            "预防接种证\n儿童姓名：{P}  性别：{SEX}\n出生日期：{NB}\n监护人：{F}\n联系电话：{M}\n现住址：{A}\n接种单位：柳林铺乡卫生院预防接种门诊\n",
            "接种记录：{N}，{NB}生，麻腮风疫苗第1剂，疫苗批号202405B017；接种医生{DR}\n",
            "狂犬疫苗接种登记：{P}，被邻居{N}家狗咬伤左小腿，身份证{ID}，电话{M}；第0、3、7、14、28天\n",
            "新冠疫苗接种证明：{P}，证件号码{ID}，第三剂已完成；接种点：后王庄村卫生室\n",
            "入学查验接种证：{N}之女，{NB}出生，缺脊灰第4剂；班主任{N}，家长电话{M}\n",
            "Vaccination certificate: {E}, DOB {DOBE}, hepatitis B dose 3, batch A20240312. Signed {EG}.\n",
            "成人疫苗登记：{P}，{DOB}生，带状疱疹疫苗第1剂，电话{L}\n",
            // Marriage and pre-pregnancy checks.
            "婚前医学检查表\n男方：{P}  出生日期：{DOB}  身份证：{ID}\n女方：{N}  出生日期：{DOB}  身份证：{ID}\n检查医生：{DR}\n",
            "孕前优生健康检查：{P}，{AGE}岁，丈夫{F}，住{A}，TORCH筛查未见异常；联系{M}\n",
            "免费孕前检查名单（柳林铺乡）\n{P}/{F}\n{N}/{N}\n{N}/{N}\n负责人：{N}\n",
            "婚检咨询：{PG}说她男人{F}有乙肝小三阳，问能不能结婚，{DS}医生解释可以，需接种疫苗\n",
            "婚检：{E}与{E2}，证件{ID}，地贫筛查阴性；咨询师{EG}\n",
            "孕产妇建档：{P}，出生{DOB}，末次月经{D}，丈夫{F}，手机{M}，档案号{R}\n",
            // Disability assessments.
            "残疾评定表\n姓名：{P}  出生日期：{DOB}\n身份证号：{ID}\n残疾类别：肢体  等级：三级\n评定医生：{DR}、{N}\n监护人：{F} {M}\n",
            "残疾人证换领：{P}，原证号不详，身份证{ID}，住{A}；乡残联专干{N}\n",
            "智力残疾评定：{P}，{AGE}岁，IQ 45，母亲{F}陪同；评定医生{DR}\n",
            "残疾补贴发放名册：{P} 卡号{B}；{N} 卡号{B}；经办{N}\n",
            "Disability assessment: {E}, DOB {DOBE}, below-knee amputation; assessor Dr {ES}.\n",
            "{PS}婶的闺女是聋哑人，想办个残疾证，让她带着户口本找村里{N}；婶子大名{P}\n",
            // Funeral and death-registration notes.
            "居民死亡医学证明（推断）书\n死者姓名：{P}  性别：{SEX}\n身份证号：{ID}\n出生日期：{DOB}\n死亡日期：{D}\n直接死因：{DIS}\n"
                    + "家属：{F}（{KIN}）\n填报医生：{DR}\n",
            "死亡登记：{P}，{AGE}岁，生前住{A}，于家中死亡；村医{N}出具证明；户主{F}\n",
            "殡葬联系单：逝者{P}，淇阳市殡仪馆接运，联系人{F}（{KIN}）{M}；经办{N}\n",
            "死亡病例讨论：{P}，住院号{R}，{DIS}，抢救无效死亡；主持{DR}，记录{N}\n",
            "销户证明：{P}（{ID}）已于{D}死亡，请派出所注销户口；证明人{N}\n",
            "外籍人员死亡登记：{E}，于{D}在院内死亡；使馆联系人{E2}（{M}）\n",
            "丧葬补助申请：死者{P}，参保人，医保号{I}，申领人{F}，收款卡{B}\n",
            // Lost-and-found logs.
            "失物招领登记 失物编号SW-0611-07\n物品：黑色钱包（内有身份证）\n身份证姓名：{P}  号码：{ID}\n拾得人：保洁员{N}\n领取人：{F} 电话{M}\n",
            "门诊大厅拾得医保卡一张：持卡人{P}，卡号{I}，请本人到服务台领取；联系{L}\n",
            "住院部失物：{N}捡到手机一部，机主{P}，已电话{M}通知其家属{F}\n",
            "失物招领：CT室拾得{E}的护照，保洁员{N}交来，已电话{M}联系失主\n",
            "拾到病历袋：内有{P}的出院证和银行卡{B}，已交保卫科{N}\n",
            // Security and incident reports.
            "保卫科事件报告\n时间：{D} {TIME}\n地点：急诊大厅\n事件：患者家属{F}情绪激动，推搡护士{N}\n处置：保安{N}、{N}到场劝离\n报告人：{DS}科长\n",
            "医闹事件记录：{P}的家属{F}（电话{M}）在{DEPT}门口拉横幅，派出所民警到场；值班领导{DR}\n",
            "盗窃案：住院患者{P}（加5床）手机被盗，监控显示为一名穿灰衣男子；报案人{F}；保安{N}\n",
            "Security incident: {E} fainted at the main gate; guard {EG} called 120; family {E2} {M}.\n",
            "电动车起火处置：地下车库，车主{P}，电话{M}；消防值班{N}\n",
            // Parking-permit requests.
            "停车证申请表\n申请人：{P}  科室：{DEPT}\n车牌：豫N·7K203\n手机：{M}\n工号QY0731\n审批：后勤{N}\n",
            "长期住院家属停车申请：患者{P}，住院号{R}，家属{F}，车牌鲁R·5S917，电话{M}\n",
            "停车证：访问学者{E}，车牌京Q·8M521，电话{M}；审批人{EG}\n",
            "停车证号TC-2024-0387 持证人{N} 联系{M}\n",
            // Outsourced cleaning staff rosters.
            "保洁外包人员花名册\n工号 姓名 电话 区域\nBJ-2215 {N} {M} 门诊一楼\nBJ-2216 {N} {M} 住院部\n"
                    + "BJ-2219 {P} {M} 手术室\n主管：{N}\n",
            "保洁员健康证登记：{P}，身份证{ID}，健康证有效期至{D}；物业公司{N}\n",
            "保洁{PS}大姐（{P}）在住院部宿舍楼摔了，物业经理{N}送急诊，{DS}医生看的\n",
            "保洁排班：{E}（夜班）、{E2}（白班），主管{EG}\n",
            "保洁工资卡登记：{N} 卡号{B} 电话{M}\n",
            // Speech-recognition transcripts with Henan and Shandong dialect.
            "[语音转写] 大夫 俺娘{P}夜儿个黑了又头晕 中不中今个来看看 俺是她闺女{F} 电话{M}\n",
            "[语音转写] 恁是{DS}大夫不是 俺家{PK}咳嗽得不得劲 咋整\n",
            "[语音转写] 喂 俺是后王庄的{N} 俺大爷{P}喝了药了 恁快点来 在{A0}\n",
            "[语音转写] 护士 那个{PG}他奶奶说中 明儿个上午来办出院 电话{M}\n",
            "[语音转写] 俺叫{P} 身份证号{ID} 俺要挂{DS}主任的号\n",
            "[语音转写] {FS}哥 恁家{P}的药俺给捎回来了 搁卫生室了\n",
            "[语音转写] 医生说{P}得住院 俺婶子{F}说中 就是钱不够 俺寻思找{N}借点\n",
            "[语音转写] 这是老{PS}家 {P}今年八十多了 腿脚不得劲 住{A}\n",
            "[语音转写] 咱这个病人叫{PY} 外国护照上写的 电话{M}\n",
            "[语音识别] 俺兄弟{F}在天津打工 恁给他打电话{M} 就说俺爹{P}住院了\n",
            "[语音识别] 嗯 {DR}大夫 夜儿个那个小妮儿{N} 烧退了没\n",
            "[语音识别] 俺是{P}的邻居{N} 他家没人 钥匙搁俺这\n",
            "[Voice-to-text] Doctor {ES}, this is {EG} from the Korean restaurant, my colleague {E} has chest pain, we are at {A0}.\n",
            // OCR'd forms with broken lines and stray blanks.
            "[OCR] 住 院 病 案 首 页\n姓 名 {PO}  性 别 {SEX}\n出生日期 {DOB}\n身份证号 {ID}\n住院号 {R}\n联 系 人 {F} 电 话 {M}\n",
            "[OCR] 门 诊 病 历\n姓名 {PO} 年龄 {AGE}\n地址 {A}\n医生签名 {N}\n",
            "[OCR] 出 院 证 明 患者{PO}于{D}出院 主治医师{DR}\n",
            "[OCR] 知情同意书 患方签字：{PO} 与患者关系：{KIN} 电话：{M} 谈话医师：{N}\n",
            "[OCR] 检验报告单 姓名:{PO} 病历号:{R} 标本号S24-06-1132\n",
            "[OCR] 银行回单 收款人 {PO} 账号 {B} 金额 2,400.00\n",
            "[OCR] 医保结算单 参保人 {PO} 医保号 {I} 统筹支付 3,108.40\n",
            // Tables: CSV, markdown, pipe and tab separated.
            "姓名,身份证号,手机号,住址\n{P},{ID},{M},{A}\n{N},{ID},{M},{A}\n",
            "| 序号 | 姓名 | 电话 | 备注 |\n|---|---|---|---|\n| 1 | {P} | {M} | 尘肺复查 |\n| 2 | {N} | {M} | 失访 |\n",
            "姓名|性别|年龄|病案号\n{P}|{SEX}|{AGE}|{R}\n{N}|{SEX}|{AGE}|{R}\n",
            "姓名\t出生日期\t合作医疗证号\n{P}\t{DOB}\t{I}\n{N}\t{DOB}\t{I}\n",
            "name,dob,phone,mrn\n{PY},{DOBC},{M},{R}\n{E},{DOBC},{M},{R}\n",
            "| 床号 | 患者 | 主管医生 | 家属电话 |\n|---|---|---|---|\n| 12 | {P} | {DR} | {M} |\n"
                    + "| 15 | {N} | {DR} | {M} |\n",
            "随访名单（导出）\n{P}  {M}  {A0}\n{N}  {M}  {A0}\n{N}  {M}  {A0}\n",
            "编号,姓名,银行卡号,金额\n1,{P},{B},1200\n2,{N},{B},800\n",
            "| 姓名 | 出生 | 证件 |\n| --- | --- | --- |\n| {N} | {DOB} | {ID} |\n| {MN} | {DOB} | {ID} |\n",
            // JSON and key=value exports.
            "{\"patient\":\"{P}\",\"idCard\":\"{ID}\",\"mobile\":\"{M}\",\"mrn\":\"{R}\"}\n",
            "{\"name\":\"{PY}\",\"birth\":\"{DOBC}\",\"insuranceNo\":\"{I}\",\"address\":\"{A}\"}\n",
            "{\"doctor\":\"{DR}\",\"patient\":\"{P}\",\"contact\":{\"name\":\"{F}\",\"tel\":\"{M}\"}}\n",
            "{\"guardian\":\"{F}\",\"child\":\"{N}\",\"childBirth\":\"{NB}\",\"phone\":\"{M}\"}\n",
            "name={P}&id={ID}&tel={M}&bed=12\n",
            "patient_name={P};birth={DOBC};card={B};operator={N}\n",
            "userName={PY}|mobile={M}|idNo={ID}|regNo=GH240611-0093\n",
            "pt={E};dob={DOBE};phone={M};ward=3;doc={ES}\n",
            // HL7-like segments.
            "MSH|^~\\&|QYFY|HIS|||20240611093000||ADT^A01|MSG22011|P|2.4\n"
                    + "PID|1||{R}^^^QYFY^MR||{P}||{DOBC}|{SEX}|||{A}||{M}\nNK1|1|{F}|{KIN}|||{M}\n",
            "PID|1||{R}||{PY}||{DOBC}|M|||{A}||{M}|||||{ID}\n",
            "PV1|1|I|3病区^17^1||||{DR}\nPID|1||{R}||{P}||{DOBC}\n",
            "ORC|NW|YZ24061109|||||||{TIME}|||{DR}\nPID|1||{R}||{E}||{DOBC}|F\n",
            "IN1|1|NRCMS|{I}||||||||||||{P}|SEL|{DOBC}\n",
            // SMS reminders.
            "【淇阳一附院】{P}您好，您预约的{DEPT}{DS}主任门诊在{D}上午，请携带身份证按时就诊。退订回T\n",
            "【滑北县人民医院】尊敬的{P}，您的体检报告已出，可凭手机号{M}在公众号查询。咨询请拨打12320\n",
            "【柳林铺乡卫生院】{PS}大爷，您该来复查血压了，家庭医生{DR}。\n",
            "【淇阳市妇幼保健院】{F}您好，宝宝{N}（{NB}出生）应于本月接种乙脑疫苗。\n",
            "【缴费提醒】{P}住院押金余额不足，请家属{F}及时补缴；住院号{R}。\n",
            "【Qiyang Hospital】Dear {E}, your appointment with Dr {ES} is confirmed. Call 400-837-1200 for help.\n",
            "【挂号成功】就诊人{P}，就诊卡号{R}，请于{TIME}前到2楼取号。\n",
            // Migrant workers returning from the coast.
            "返乡务工人员健康登记（后王庄村）\n{P} {ID} 从江苏苏州返回 {M}\n{N} {ID} 从广东东莞返回 {M}\n{N} {ID} 从浙江宁波返回 {M}\n登记人：{N}\n",
            "返乡农民工就诊：{P}，{AGE}岁，在深圳电子厂打工8年，近一月手指麻木，考虑正己烷中毒；妻子{F}，{M}\n",
            "外地打工回来的{PG}，在建筑工地从脚手架上掉下来过，现在腰疼；住{A0}\n",
            "返乡人员职业史：{P}，1998—2012年在福建石材厂打磨，现咳嗽气短；身份证{ID}\n",
            "农民工工伤认定咨询：{P}在天津某工地受伤，用工方联系人{N}（{M}），已过一年时效\n",
            "Returning migrant worker: {PY}, worked in Dongguan 9 years, chronic cough; wife {EG} phone {M}.\n",
            "春节返乡体检：{P}、{N}、{N}，均在宁波纺织厂，住{A0}\n",
            // Foreign patients: Korean, Japanese, African students, Russian traders.
            "外籍患者登记\n姓名：{E}\n国籍：韩国\n护照号：M47382910\n出生日期：{DOBE}\n在华电话：{M}\n住址：{A}\n",
            "留学生就诊：{E}，淇阳医学院临床专业留学生，疟疾复发，辅导员{N}，电话{M}\n",
            "Foreign student clinic: {E}, MBBS year 3 from Zambia, malaria smear positive. Advisor {EG}, phone {M}.\n",
            "Russian trader {E}, DOB {DOBE}, chest pain at the wholesale market; interpreter {E2}, phone {M}.\n",
            "日籍工程师{E}在淇阳工厂从梯子上摔下；公司联系人{E2}（{L}）\n",
            "韩国患者{E}，牙源性脓肿，同事{EG}陪同；医保号{I}\n",
            "日籍患者{NM}，在淇阳市工作，急性阑尾炎，公司联系人{N}，电话{L}\n",
            "外籍就诊信息：{E}（俄罗斯），护照签发地莫斯科，联系人{N}，电话{M}\n",
            "非洲留学生体检 {D}：{E}、{E2}、{E3}；负责医生{ES}\n",
            "Patient {E}, Nigerian postgraduate student, sickle-cell crisis; roommate {E2} called at {M}.\n",
            "Admission: {E}, Russian citizen, DOB {DOBE}, pneumonia; translator {EG}; MRN {R}.\n",
            // Hui and Korean-Chinese communities of the plain.
            "清真寺义诊登记：{P}，{AGE}岁，血糖{LAB}；寺管会{N}；电话{M}\n",
            "回民食堂从业人员体检：{P}，身份证{ID}，健康证已发；负责人{N}\n",
            "朝鲜族老人协会体检（山东）\n{MN} {DOB} {M}\n{NM} {DOB} {M}\n{NM} {DOB} {M}\n体检医生：{DR}\n",
            "{MN}，朝鲜族，在青岛打工回乡，胃镜示慢性萎缩性胃炎；女儿{NM}，电话{M}\n",
            "韩语翻译记录：患者{NM}由翻译{NM}陪同，主诉{SYM}{DUR}；接诊{DR}\n",
            // Patients travelling to Beijing and Tianjin for treatment, and the lodgings near the hospitals there.
            "进京就医备案：{P}，参保地：河北省沧州市，医保号{I}，拟到北京肿瘤专科医院就诊；备案经办{N}\n",
            "病人家属租住登记（医院旁地下室）\n房间 住客 患者 电话\nB-07 {F} {P} {M}\nB-09 {N} {N} {M}\n房东：{N}\n",
            "{P}从天津市转回河南省商丘市老家继续化疗，天津的主治{DR}写了交接单，家属{F}电话{M}\n",
            "天津复诊提醒：{P}，门诊号{R}，请于{D}到天津胸科门诊复查；联系{L}\n",
            "北京专家会诊意见转抄：患者{P}，{DOB}生，会诊专家{DR}建议手术；家属{F}（{KIN}），住{A}\n",
            "Beijing referral letter: {PY}, DOB {DOBE}, referred for PET-CT; referring physician {ES}; patient phone {M}.\n",
            // Shanxi and Hebei partner sites.
            "山西长治矿区卫生所记录：{P}，{AGE}岁，井下工，右足砸伤；工友{N}送来；矿上电话{L}\n",
            "河北宁晋县人民医院转诊：{P}，身份证{ID}，住{A}，转淇阳医学院第一附属医院神经外科；转诊医生{N}\n",
            "邢台务工人员就诊：{P}在砖厂干活，手被压伤，老板{N}，电话{M}\n",
            // Family-doctor contracts and public-health follow-up.
            "家庭医生签约服务协议\n甲方：柳林铺乡卫生院 家庭医生团队 {DR}\n乙方：{P}  身份证号：{ID}\n联系电话：{M}  住址：{A}\n签约日期：{D}\n",
            "高血压患者随访：{P}，{DOB}生，血压{BP}，服{DRUG}；随访医生{N}；下次随访{D}\n",
            "糖尿病随访登记：{P}，空腹血糖{LAB}，家属{F}监督用药；村医{N}\n",
            "65岁以上老人体检通知：{P}、{N}、{N}、{N}明早空腹到后王庄村卫生室抽血，带身份证；有事打{M}\n",
            "【家庭医生】{PS}叔，明天上午{DR}到咱村义诊，记得带上医保卡。\n",
            "严重精神障碍患者随访：{P}，监护人{F}（{KIN}），电话{M}，住{A0}，病情稳定\n",
            "结核病患者督导服药：{P}，{AGE}岁，督导员{N}，身份证{ID}；本月按时服药\n",
            // More rural cooperative medical scheme and insurance paperwork.
            "医保电子凭证激活：{P}，证件号{ID}，绑定手机{M}，激活人{N}（村协管员）\n",
            "农村低保户医疗救助：{P}，医保号{I}，救助金额1,800元，打卡{B}；经办{N}\n",
            "医疗费用报销授权书：本人{P}（身份证{ID}）委托{F}代办报销，受托人电话{M}\n",
            "城乡居民医保缴费名单\n户主 {F}\n成员 {P} {ID}\n成员 {N} {ID}\n缴费账户 {B}\n",
            "合疗窗口：经办{EG}帮{E}（参合农民的配偶）办理报销；电话{L}\n",
            // More pesticide and harvest injuries.
            "夏收农药中毒防治宣传签到：{N}、{N}、{N}、{P}；讲课医生{DR}；组织人村支书{FS}\n",
            "百草枯中毒病人转运：{P}，救护车{TIME}出发，随车{N}，家属{F}在车上；目的地淇阳医学院第一附属医院急诊\n",
            "{P}打药时没戴口罩，头晕恶心，老伴{F}扶着来的；乡卫生院{DS}大夫给洗了胃\n",
            "玉米收割机外伤：{P}，左手卷入剥皮机，{AGE}岁，身份证{ID}；报告{N}\n",
            "秸秆焚烧烧伤：{P}，面部及双手烧伤，住院号{R}；家属{F} {M}\n",
            "收割机事故报告：伤者{E}，驾驶员{E2}，目击者{E3}；救护车{TIME}出发\n",
            // More night shifts, fever clinics and falls.
            "护理交班本\n{D} 夜班\n加5床 {P} 术后第一天 引流通畅\n8床 {N} 发热{TEMP} 已报告{DR}\n签名：{N}\n",
            "ICU夜班：{P}，呼吸机辅助通气，家属{F}每日探视15分钟，联系{M}\n",
            "发热门诊排队（小程序导出）\nA031 {N} {M}\nA032 {N} {M}\nA033 {P} {M}\n",
            "{PK}他妈{F}抱着孩子在发热门诊等了俩钟头，正名{P}，体温{TEMP}\n",
            "社区跌倒干预：{P}家卫生间加装扶手，住{A}，子女{F}同意；干预员{N}\n",
            "防跌倒入户：{E}独居于{A}；儿子{E2}已由护士{EG}告知\n",
            // More vaccination, marriage and disability paperwork.
            "疫苗接种异常反应报告：{P}，{NB}出生，接种百白破后发热{TEMP}；报告人{N}；家长{F} {M}\n",
            "补种通知：{N}家长{F}，孩子{NB}出生，需补种乙肝疫苗；联系{L}\n",
            "婚姻登记处转介单：{P}与{N}，婚检编号HJ-0611-22，请到淇阳市妇幼保健院检查\n",
            "残疾人康复登记：{P}，身份证{ID}，偏瘫康复；家属{F}；康复师{N}\n",
            // More death registration, lost and found, security, parking and cleaning.
            "死亡证明补办：{P}（{ID}）于{D}在家中去世，申请人{F}，手机{M}；经办医生{N}\n",
            "殡仪馆火化登记：逝者{P}，享年73周岁，出生日期{DOB}，经办人{F}，电话{M}\n",
            "失物招领：{N}在住院部拾得银行卡一张，卡号{B}，持卡人{P}\n",
            "失物：电梯B拾得钱包一个，内有{PY}的护照；保安{EG}，102室\n",
            "夜间巡逻记录：{TIME} 保安{N}发现{P}（加5床患者）在楼道吸烟，已劝回；值班{DR}\n",
            "保安排班表\n{D} 白班 {N} {M}\n{D} 夜班 {N} {M}\n队长 {DS}\n",
            "停车场纠纷：{P}的车挡住急救通道，保安{N}电话{M}联系挪车\n",
            "保洁员请假条：{P}因{SYM}请假三天，主管{N}批准；电话{M}\n",
            "Cleaner roster export: staff={E}; shift=night; phone={M}; supervisor={ES}\n",
            // More dialect transcripts and SMS reminders.
            "[语音转写] 俺是{P} 俺那医保卡号是{I} 恁给俺查查报了多少\n",
            "[语音转写] 中 俺晓得了 俺叫俺孩儿{F}明个带俺去 他电话{M}\n",
            "[语音转写] 大夫 俺这腿咋恁疼 俺叫{P} 住{A0}\n",
            "[语音识别] 喂 {DS}主任 俺是{P}的家属 得劲多了 谢谢恁\n",
            "【随访提醒】{P}您好，您的尘肺复查时间为{D}，请到淇阳医学院第一附属医院职业病科；咨询{L}\n",
            "【退费通知】{P}，您的住院预交金余额已退至尾号卡{B}，如有疑问请联系{N}。\n",
            "SMS: {E}, your test result is ready; please see Dr {ES} on Monday. Hotline 12320.\n",
            // More tables, exports and segments.
            "序号\t姓名\t电话\t地址\n1\t{P}\t{M}\t{A}\n2\t{N}\t{M}\t{A}\n",
            "patient,guardian,child_dob,phone\n{N},{F},{NB},{M}\n",
            "| Name | DOB | Phone |\n|---|---|---|\n| {E} | {DOBE} | {M} |\n| {PY} | {DOBE} | {M} |\n",
            "{\"visitor\":\"{E}\",\"host\":\"{N}\",\"phone\":\"{M}\",\"badge\":\"V-0611-19\"}\n",
            "record_no={R}&name={P}&birth={DOBC}&card={B}\n",
            "PID|1||{R}^^^HBXY||{P}||{DOBC}|F|||{A}||{L}\nNK1|1|{F}|{KIN}\n",
            "MSH|^~\\&|LAB|HBXY\nPID|1||{R}||{PY}||{DOBC}\nOBR|1|S24-06-1132||CBC\n",
            // More English documents.
            "Discharge summary: {E}, MRN {R}, DOB {DOBE}, admitted with paraquat exposure; attending {ES}; next of kin {E2} ({M}).\n",
            "Referral: {PY}, ID {ID}, coal miner, progressive massive fibrosis; referred by Dr {ES} to the occupational disease unit.\n",
            "知情同意书：患者{E}签字，见证人{E2}，翻译{EG}，电话{M}\n",
            "Vaccination record for {E}, DOB {DOBE}; parent {E2}; address {A}.\n",
            "Incident report: visitor {E} slipped near the pharmacy; guard {EG} assisted; phone {M}.\n",
            "Death certificate: deceased {E}, DOB {DOBE}; certifying doctor {ES}; informant {E2}.\n",
            "Lost and found: mobile phone of {E} handed in by {EG}; owner reached at {M}.\n",
            "Premarital counselling: {PY} and partner {E}, DOB {DOBE}; counsellor {ES}.\n",
            "Ward round note: {E}, bed 9, fever 38.6; plan reviewed by {ES}; family {E2} at {M}.\n",
            "留学生健康表：{E}，出生日期{DOBE}，护照在档，电话{M}，住址{A}\n",
            "退款转账：户名{E}，卡号{B}，审批{EG}\n",
            // Diet advice, gifts at the nurses' station and other notes with foods, products and everyday words.
            "出院饮食指导：{P}，胃出血后黑便已止，先喝米汤、小米粥，忌胡辣汤、道口烧鸡等油腻；复查找{DS}大夫\n",
            "护士站登记：{F}给{P}送来德州扒鸡和周村烧饼，已提醒糖尿病少吃；值班护士{N}\n",
            "中药咨询：{P}问能不能吃鹿茸和东阿阿胶，说是逢年过节亲戚送的；药师{N}答复需遵医嘱；电话{M}\n",
            "化验单领取：{P}的化验结果请到门诊一楼自助机打印，位置在挂号处东侧；如有疑问电话{L}\n",
            "护工{N}替{P}的家属{F}看管保定驴肉火烧、天津麻花各一袋，放在护士站\n",
            "宿舍管理：保安{N}查封闭楼道时发现实习生{P}在宿舍用电炉，已登记；电话{M}\n",
            "营养科会诊：{P}，{AGE}岁，喜食郑州烩面、平遥牛肉，嘱低盐；可用怀山药煮粥，少喝信阳毛尖浓茶；营养师{N}\n");

    // Rare surnames of the plain no earlier blind group used (鹿 侍 撖 郅 宿 逢 伊 菅 门 位 封 弭 汝 靖 化 台), Hui surnames (米
    // 黑) and common ones with given names the first generator never writes: older rural, middle-aged, young and recent
    // cohorts; two-character names; word-like names; compound surnames of old Shandong; married women's double surnames.
    private static final List<String> CHINESE = List.of((
            "鹿拴柱 鹿改云 侍存粮 侍凤莲 撖满仓 撖二妞 郅金锁 郅书琴 宿来福 宿翠英 逢有粮 逢玉贞 伊招弟 伊长锁 "
            + "菅铁锁 菅改花 门庆祥 门素云 位秀芹 位广田 封守业 封桂荣 弭德厚 弭巧云 汝振江 汝大妮 靖福堂 靖俊英 "
            + "化春生 化秀兰 台兰芝 台喜旺 米德林 米秀真 黑永祥 黑玉兰 王拴住 李改云 张秋囤 刘存厚 赵麦收 孙二丫 "
            + "郭粮囤 杨来顺 "
            + "鹿卫红 侍振华 侍红霞 撖志刚 撖丽娟 郅爱民 郅海燕 宿国强 宿玉敏 逢新建 逢彩霞 伊卫东 伊艳芳 菅军杰 "
            + "菅红梅 门俊岭 门晓燕 位树青 位丽萍 封建伟 封素敏 弭文涛 弭秀华 汝新民 汝红艳 靖向阳 靖晓红 化军营 "
            + "化美丽 台保国 台艳霞 米振国 米凤霞 黑建华 黑彩云 王保仓 李俊岭 刘振岭 郭彩霞 高卫彬 "
            + "鹿鹏飞 侍晓静 撖亚楠 郅帅帅 宿梦瑶 逢佳琪 伊一帆 菅浩然 门梦琪 位亚飞 封雪莹 弭朝阳 汝静怡 靖子豪 "
            + "化可欣 台旭东 米晓霞 黑腾飞 王亚鹏 李梦珂 张亚楠 刘家豪 "
            + "鹿梓涵 侍沐辰 撖一诺 郅子墨 宿欣妍 逢奕辰 伊若汐 菅梓萱 门语桐 位沐阳 封锦程 弭芷若 汝瑾萱 靖子轩 "
            + "化梓豪 台诗涵 米雨泽 黑一鸣 "
            + "侍勇 宿娜 逢斌 门瑶 位磊 封敏 弭鑫 汝婷 靖琳 化雯 台军 郅倩 菅洁 "
            + "米兰 伊人 鹿鸣 "
            + "宰父春生 宰父琳 公仪建国 公仪秀英 颛孙梦洁 颛孙磊 "
            + "宿王氏 鹿李氏 位张氏 门刘氏 侍孙凤琴 菅杨秀荣").split(" "));
    /** The pool names that are also ordinary words: 米兰 Milan (and a flower), 伊人 "that lady", 鹿鸣 a deer's cry. */
    static final List<String> WORD_LIKE = List.of("米兰", "伊人", "鹿鸣");
    private static final List<String> COMPOUND_SURNAMES = List.of("宰父", "公仪", "颛孙");
    /** Married women written with the husband's surname before their own: 宿王氏 (old), 侍孙凤琴 (modern). */
    private static final List<String> DOUBLE_SURNAMES = List.of("宿王氏", "鹿李氏", "位张氏", "门刘氏", "侍孙凤琴",
            "菅杨秀荣");
    // Korean-Chinese names of Shandong, Japanese names in kanji, Manchu clan names of Hebei (with a middle dot).
    private static final List<String> MINORITY = List.of((
            "表哲洙 奇顺姬 元贞淑 延成哲 都明淑 表英子 奇东赫 元永男 延美兰 都在勋 奇承旭 元惠晶 表秀贞 延光浩 "
            + "小野寺健司 黑岩美咲 平林光太郎 岛崎惠理 村越翔平 辻本雪乃 大久保拓海 中岛由香里 "
            + "爱新觉罗·启航 叶赫那拉·婉清 瓜尔佳·德明").split(" "));
    /** Nicknames of the plain, labelled as names. */
    private static final List<String> NICKNAMES = List.of("二妮儿", "大孬", "小三儿", "臭蛋儿", "黑妮儿", "二蛋子", "小磙子",
            "石滚儿", "小坠儿", "憨妮儿");
    // given|family: Korean and Japanese staff and students, African students (Nigeria, Ghana, Cameroon, Zambia,
    // Tanzania, Zimbabwe, Malawi, Sudan, Mali), Russian, Tatar and Kazakh traders.
    private static final List<String> ENGLISH = List.of("Ye-rin|Gwak", "Ji-hoon|Pyeon", "Eun-chae|Hwangbo",
            "Dong-hyeok|Maeng", "Ha-eun|Bang", "Jae-seok|Tak", "Seung-woo|Gil", "Daisuke|Onodera", "Ayaka|Kuroiwa",
            "Kotaro|Hirabayashi", "Eri|Shimazaki", "Shohei|Murakoshi", "Yukino|Tsujimoto", "Chibuzor|Obiakor",
            "Nkechi|Obiechina", "Kwaku|Agyemang", "Edwige|Nkoulou", "Chileshe|Mwansa", "Neema|Mwakyusa",
            "Tinashe|Mutasa", "Limbani|Chirwa", "Abdelrahim|Elnour", "Mamadou|Diallo-Keita", "Fatoumata|Coulibaly",
            "Ikechukwu|Anozie", "Innokenty|Shcherbinin", "Lyudmila|Kuzovkina", "Arkady|Zamyatin",
            "Zinaida|Prokhorenko", "Vitaly|Ovsyannikov", "Radik|Galimzyanov", "Taisiya|Bezrukova", "Stanislav|Lopatin",
            "Asel|Zhumabekova");
    /** Family|first syllable|second syllable of people written in pinyin only. */
    private static final List<String> PINYIN = List.of("Lu|Shuan|Zhu", "Shi|Cun|Liang", "Han|Man|Cang",
            "Zhi|Jin|Suo", "Su|Lai|Fu", "Pang|You|Liang", "Yi|Zhao|Di", "Jian|Tie|Suo", "Men|Qing|Xiang",
            "Wei|Guang|Tian", "Feng|Shou|Ye", "Mi|De|Hou", "Ru|Zhen|Jiang", "Jing|Fu|Tang", "Hua|Chun|Sheng",
            "Tai|Xi|Wang", "Mi|Zhen|Guo", "Hei|Yong|Xiang");
    /** Henan, Shandong, Hebei, Shanxi, Beijing and Tianjin counties and districts. */
    private static final List<String> AREA = List.of("410105", "411422", "411423", "410526", "411723", "411627",
            "410927", "371721", "371522", "370883", "371425", "371702", "130424", "130528", "130632", "131128",
            "140105", "140427", "110101", "110102", "120102", "120105");
    /** The areas whose codes were already issued with 15-digit numbers: not 牡丹区 (2000). */
    private static final List<String> LEGACY_AREA = AREA.stream().filter(a -> !a.equals("371702")).toList();
    /** Area code and length of the local number. */
    private static final List<String> LANDLINE_AREAS = List.of("0371|8", "0531|8", "0311|8", "0351|7", "010|8",
            "022|8", "0370|7", "0530|7", "0635|7", "0372|7", "0319|7");
    private static final List<String> BANK_BINS = List.of("622991", "621779", "623619", "622848", "621282", "625887");
    /** Province|city|districts and streets of the plain's cities. */
    private static final List<String> CITY_STREETS = List.of("河南省|郑州市|金水区纬五路,二七区大学路,中原区建设西路",
            "河南省|商丘市|梁园区凯旋路,睢阳区神火大道", "山东省|济南市|历下区经十路,槐荫区经七路",
            "山东省|菏泽市|牡丹区中华路,牡丹区人民路", "河北省|石家庄市|长安区建设北大街,桥西区裕华西路",
            "山西省|太原市|小店区坞城路,迎泽区并州路");
    private static final List<String> ESTATES = List.of("锦绣中原小区", "泉城花园", "滨河家园", "汾河湾小区", "棉纺厂家属院");
    /** Beijing districts and their hutongs. */
    private static final List<String> HUTONGS = List.of("北京市|东城区|北新桥三条胡同,东四八条胡同",
            "北京市|西城区|大茶叶胡同,砖塔胡同");
    /** Tianjin districts, their streets and the 里 estates on them. */
    private static final List<String> LI = List.of("天津市|河北区|王串场福顺里,月纬路同安里", "天津市|河东区|大直沽德裕里");
    /** Province|county and township|villages|how a house is found: a 组, or a house number in a 庄 or 屯. */
    private static final List<String> VILLAGES = List.of("河南省|商丘市虞城县稍岗镇|张庄村,刘楼村|组",
            "河南省|周口市太康县逊母口镇|大郭村,前营村|组", "河北省|邢台市宁晋县大陆村镇|东汪村,西汪村|组",
            "山西省|长治市壶关县店上镇|西七里村|组", "山东省|聊城市莘县古云镇|王奉庄,常庄|号",
            "河北省|沧州市献县河城街镇|小朱庄,郭庄|号", "河北省|邯郸市大名县金滩镇|西屯,大屯|号",
            "山东省|德州市齐河县焦庙镇|官屯|号");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Blind22Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_22 || !templates.isEmpty() && BLIND_22.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character (the husband's, for 宿王氏). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 春生 of 宰父春生, 拴柱 of 鹿拴柱, 凤琴 of 侍孙凤琴; 宿王氏 has none. */
    static String givenNameOf(String chineseName) {
        if (DOUBLE_SURNAMES.contains(chineseName)) {
            return chineseName.endsWith("氏") ? "" : chineseName.substring(2);
        }
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone; a one-character given name is not, nor an X氏 name: the full name is written. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /**
     * The name as OCR reads it off a form: broken by a line break, two blanks, an ideographic blank, or a blank between
     * every character.
     */
    static String scannedName(String chineseName, RandomGenerator r) {
        String surname = surnameOf(chineseName), rest = chineseName.substring(surname.length());
        return switch (r.nextInt(4)) {
            case 0 -> surname + "\n" + rest;
            case 1 -> surname + "  " + rest;
            case 2 -> surname + "\u3000" + rest;
            default -> String.join(" ", chineseName.split(""));
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

    /** A pinyin name: LU Shuanzhu, Lu Shuan Zhu, Lu Shuan-zhu, Shuanzhu Lu or LU SHUANZHU. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> pinyinForms(String entry) {
        String[] p = entry.split("\\|");
        String f = p[0], given = p[1] + p[2].toLowerCase();
        return List.of(f.toUpperCase() + " " + given, f + " " + p[1] + " " + p[2],
                f + " " + p[1] + "-" + p[2].toLowerCase(), given + " " + f,
                f.toUpperCase() + " " + given.toUpperCase());
    }

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1934, 88, r);
    }

    /** A first-generation 15-digit number: area, yymmdd (born 1934 to 1999), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 34, 66, r);
    }

    /** A resident identity number: plain, lower-case x, in fours by blanks, 6-8-4 by hyphens, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(11)) {
            case 0 -> legacyId(r);
            case 1, 2 -> id.replace('X', 'x');
            case 3 -> id.replaceAll("(.{4})(?=.)", "$1 ");
            case 4 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            default -> id;
        };
    }

    /** A mobile: plain, 139-1234-5678, +86 139 1234 5678, +8613912345678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "356789".charAt(r.nextInt(6)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0, 1 -> a + "-" + b + "-" + c;
            case 2 -> "+86 " + a + " " + b + " " + c;
            case 3 -> "+86" + n;
            default -> n;
        };
    }

    /** A landline: 0371-65123456, (0531)86123456, 0311 87654321, 010-6512 3456, 0371-65123456分机302. */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local;
            case 2 -> area + "-" + (length == 8 ? local.substring(0, 4) + " " + local.substring(4) : local);
            case 3 -> area + "-" + local + "分机" + digits(3, r);
            default -> area + "-" + local;
        };
    }

    /** QY2024ZY03187, HB-MZ- and seven digits, 24Z031827, LLP23/0417. */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(4)) {
            case 0 -> "QY" + year + "ZY" + digits(5, r);
            case 1 -> "HB-MZ-" + digits(7, r);
            case 2 -> (year % 100) + "Z" + digits(6, r);
            default -> "LLP" + (year % 100) + "/" + digits(4, r);
        };
    }

    /** 新农合 NH410526-0318-02, Henan HA41YB, Shandong SD37-, Hebei HE13, Beijing BJ11, Tianjin TJ12-, Shanxi SX14. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0, 1 -> "NH" + pick(AREA.subList(0, 7), r) + "-" + digits(4, r) + "-0" + (1 + r.nextInt(8));
            case 2 -> "HA41YB" + digits(10, r);
            case 3 -> "SD37-" + digits(3, r) + "-" + digits(8, r);
            case 4 -> "HE13" + digits(11, r);
            case 5 -> r.nextBoolean() ? "BJ11" + digits(9, r) : "TJ12-" + digits(10, r);
            default -> "SX14" + digits(10, r);
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
     * An address: city streets with 号院/号楼/单元 or an estate, Beijing hutongs with 号 or 甲…号, Tianjin 里 with
     * 号楼/门/号, villages with a 组, 庄 and 屯 villages with a house number; {@code partial} may stop at the village or
     * the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            List<String> towns = r.nextBoolean() ? VILLAGES : CITY_STREETS;
            return place(pick(towns, r).split("\\|"), withProvince, r);
        }
        return switch (r.nextInt(6)) {
            case 0 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(200)) + "号院"
                    + (1 + r.nextInt(20)) + "号楼" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(18)) + "0"
                    + (1 + r.nextInt(4)) + (r.nextBoolean() ? "室" : "");
            case 1 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(24)) + "0" + (1 + r.nextInt(4))
                    + "室";
            case 2 -> place(pick(HUTONGS, r).split("\\|"), true, r) + (r.nextInt(3) == 0 ? "甲" : "")
                    + (1 + r.nextInt(80)) + "号";
            case 3 -> place(pick(LI, r).split("\\|"), true, r) + (1 + r.nextInt(12)) + "号楼" + (1 + r.nextInt(6))
                    + "门" + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(3)) + "号";
            default -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String village = place(t, withProvince, r);
                yield village + (t[3].equals("组")
                        ? (r.nextBoolean() ? IdentifierForms.chineseNumber(1 + r.nextInt(9))
                        : String.valueOf(1 + r.nextInt(12))) + "组" + (r.nextBoolean() ? (1 + r.nextInt(60)) + "号" : "")
                        : (1 + r.nextInt(200)) + "号");
            }
        };
    }

    /** Province (when asked), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        String[] places = t[2].split(",");
        boolean municipality = t[0].equals(t[1]);
        return (withProvince && !municipality ? t[0] : "") + t[1] + places[r.nextInt(places.length)];
    }

    /**
     * A date of birth, 1934 to 2007: 1962年3月8日, 1962.3.8, 62年3月8日, 1962-03-08, 1962年03月08日, 1962/3/8,
     * 一九六二年三月八日.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1934 + r.nextInt(74), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> y + "." + m + "." + d;
            case 2 -> String.format("%02d年%d月%d日", y % 100, m, d);
            case 3 -> String.format("%d-%02d-%02d", y, m, d);
            case 4 -> String.format("%d年%02d月%02d日", y, m, d);
            case 5 -> y + "/" + m + "/" + d;
            default -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
        };
    }

    /** A date of birth as exports write it: 19620308. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1934 + r.nextInt(74), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An English date of birth: Mar 8, 1962, 8-Mar-1962, 08.03.1962 (day first), March 8, 1962. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1934 + r.nextInt(74), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> month.substring(0, 3) + " " + d + ", " + y;
            case 1 -> d + "-" + month.substring(0, 3) + "-" + y;
            case 2 -> String.format("%02d.%02d.%d", d, m, y);
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
                || pinyinOf(w) != null;
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

    static List<String> doubleSurnames() {
        return DOUBLE_SURNAMES;
    }

    static List<String> pinyinNames() {
        return PINYIN;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    /** Every way {@link #pinyinName} writes the pool's names. */
    static Stream<String> pinyinWritten() {
        return PINYIN.stream().flatMap(n -> pinyinForms(n).stream());
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind22Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind22Templates::given);
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
            case "NM" -> out.write(minorityName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
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

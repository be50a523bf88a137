package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Twenty-third blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_23}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a tertiary hospital of the Yangtze River Delta in the fictional city of 禾澄
 * (between southern Jiangsu and northern Zhejiang), 禾澄大学附属第一医院, with the fictional 鸳浦区芦汀街道社区卫生服务中心,
 * 菱溇镇卫生院, 荻沼浜村卫生室, a private clinic 澄心诊所, a medical-aesthetics clinic 澄美医疗美容门诊部, a dental chain
 * 贝齿口腔, a health-check centre 康泓体检中心, a long-term-care station 颐乐长护服务站, an insurer 安澜健康保险 and the
 * mediation committee 禾澄市医疗纠纷人民调解委员会, whose patients come from Shanghai, Jiangsu, Zhejiang and Anhui, with
 * migrant workers from further inland and expatriates: private-clinic and medical-aesthetics consultations,
 * reproductive-centre records, dental-chain records, corporate health-check reports, commercial-insurance direct
 * billing, long-term-care insurance (长护险) assessments, home-nursing app orders, hospital app chat logs, smart-watch
 * alert escalations, day-surgery lists, rehabilitation after stroke, hospice family meetings, medical-dispute mediation,
 * voice notes in Shanghai and Wu dialect (侬, 阿拉, 伊, 晓得伐, 老里八早, 覅, 搿), OCR'd forms with broken lines and stray
 * blanks, CSV, markdown, pipe and tab tables, JSON and key=value exports, HL7-like segments, e-mails, SMS reminders,
 * referrals between the hospital, the community, town and village, and diet advice; about a seventh in English or
 * mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind22Templates}. Every person's name is PHI:
 * patients, spouses, relatives, staff, consultants, nurses, caregivers, couriers, employers, helpers, interpreters,
 * witnesses, mediators, in Chinese, Japanese or Korean (in Chinese characters), transliterated, English or pinyin form,
 * also straight after a department, role or verb word (店长X, 护士长X, 推荐人X), at the start of table rows before a
 * number, in lists joined by 、, /, blanks or line breaks, in table cells, JSON values and HL7 fields. A surname in a
 * form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, X小姐, X先生, X女士, X太太,
 * X阿婆, X家阿婆, X阿姨, X老伯, X师傅, X医生, X主任 and 护士长X. A given name used alone ({@code PG}) labels the given
 * name; a one-character given name is never used alone. A nickname ({@code PK}: Shanghai-style 阿X, 小X, X头 names) is a
 * name. A child known as a parent's child (X之子, X之女) labels the parent. An OCR'd name ({@code PO}) broken by a line
 * break, a single blank after the surname, a blank between every character or an ideographic blank between every
 * character is one span, the break inside it. A Japanese, Korean or transliterated name ({@code MN}, {@code NM}) is one
 * span. A Chinese staff member's English working name with the pinyin surname ({@code XE}) is one span. Pinyin names
 * ({@code PY}) are labelled whole in each written form: SHEN GENBAO, Shen Genbao, Genbao SHEN, SHEN/GENBAO, Shen Gen Bao.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Shanghai, Jiangsu, Zhejiang and Anhui and of the migrants' home counties, plain, lower-case x, 6-8-4 by blanks;
 * 15-digit numbers with a valid birth date, only of areas that existed before 2000), mobiles ({@code M}: plain,
 * 139 1234 5678, +86-139-1234-5678, (+86)13912345678, 0086-13912345678), landlines ({@code L}: 021, 025, 0512, 0571,
 * 0573, 0551, 0510, 0519, 0572, 0575, 0553 and 0513, as 021-64852210, (0512)65123456, 0571 8765 4321, an extension
 * after 转, +86-21-64852210), addresses ({@code A}, {@code A0}: Shanghai 弄/号/室, Shanghai 新村 with 号/室, city streets
 * of Jiangsu, Zhejiang and Anhui with an estate and 幢/单元/室, villages with a 组 and a house number, villages with a
 * house number; {@code A0} may stop at the village or the street), record numbers ({@code R}: hospital numbers
 * HCFY24-031876, reproductive-centre files RS-2024-00318, dental files YK2403187, health-check numbers KH and eight
 * digits, whatever the label), insurance numbers ({@code I}: SHYB and ten digits, JS32-05- and eight digits, ZJ3304 and
 * nine digits, AH34- and ten digits, commercial policies CI, year and eight digits, long-term-care numbers LTC3105- and
 * six digits), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or by hyphens),
 * dates of birth ({@code DOB}: 1962年3月8日, 1962年3月8号, 1962-3-8, 1962.03.08, 1962/03/08, 六二年三月八日; {@code DOBC}:
 * 19620308 in exports; {@code DOBE}: 8 March 1962, 08/03/1962, 1962-Mar-08, March 8th, 1962; {@code NB}: a child's, 2014
 * to 2025). Not labelled: visit and procedure dates, times, ages (七十八岁, aged 81), doses and lab values, bed, room and
 * theatre numbers (加3床, 12床, 诊室5, room 5, OR-3), cycle, embryo, order, claim, specimen, courier, staff, member,
 * device, exam, batch, passport, mediation-case and message numbers, hotlines, facility names, a province or city alone,
 * foods and products with place words, drug names, and words beginning with one of the pool's surnames (all listed in
 * the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind22Templates} nor among the names {@link SyntheticValues} can generate. Most are drawn as a patient list
 * of the region would look: common and mid-frequency surnames of Shanghai, southern Jiangsu, northern Zhejiang and
 * Anhui, with given names of each generation (born before 1950, in the 1960s and 1970s, the 1980s and 1990s, and
 * children of the 2010s and 2020s) and some inland migrants; a minority have rare surnames of the region no earlier
 * group used ({@link #RARE_SURNAMES}), compound surnames ({@link #compoundSurnames}) or are ordinary words
 * ({@link #WORD_LIKE}). Japanese and Korean names in Chinese characters and transliterated German, Indian and Filipino
 * names in the minority pool; Japanese, Korean, German, Indian, Filipino, French and Ukrainian names in the English pool;
 * a pinyin pool; a nickname pool; a pool of staff working names. Own slots: {@code N}, a further Chinese name drawn
 * afresh at each use; {@code NM}, a further minority name; {@code PS}, {@code FS}, {@code PG}, {@code PK}, {@code PO},
 * {@code PY}, {@code XE} above; {@code EG}, an English given name alone; {@code DOBC}. Any non-empty subset of
 * {@link #BLIND_23} uses these pools (see {@link #uses}).
 */
final class Blind23Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261224L;

    static final List<String> BLIND_23 = List.of(
            // Private clinics and medical-aesthetics consultations.
            "澄美医疗美容门诊部 面诊记录\n顾客：{P}  性别：{SEX}  年龄：{AGE}\n证件号码：{ID}\n手机：{M}\n咨询项目：玻尿酸填充（鼻唇沟）\n"
                    + "面诊医生：{DR}  美学设计师：{XE}\n",
            "医美术前告知书：求美者{P}，出生日期{DOB}，拟行眼袋去除术；已告知肿胀期约两周；签字人{P}，见证人{N}\n",
            "【澄美医美】{PS}小姐您好，您预约的光子嫩肤在周六下午两点，主诊{DS}医生，咨询师{XE}。如需改期请回复。\n",
            "医美客诉登记：顾客{P}（{M}）称注射肉毒毒素后眉毛下垂，要求退款；退款账户{B}；处理人{N}\n",
            "私立诊所病历（澄心诊所）：{P}，{AGE}岁，干咳两周，无发热；既往{DIS}；医生{DR}；回访电话{L}\n",
            "会员档案：姓名{P}；会员卡号VIP-0387；身份证{ID}；推荐人{N}；专属顾问{XE}\n",
            "医美分期付款合同：借款人{P}，身份证号{ID}，还款卡{B}，紧急联系人{F}（{KIN}）{M}\n",
            "面诊照片授权：本人{P}同意澄美医疗美容门诊部将术前术后照片用于病例讨论，不得对外发布。{D}\n",
            "术后回访：{PS}女士双眼皮术后第七天拆线，恢复可；下次回访由{XE}负责，如有红肿请拨打{L}\n",
            "Aesthetic clinic consult: {E}, DOB {DOBE}, requested filler to the tear trough; seen by Dr {ES}; coordinator {XE}; mobile {M}.\n",
            "医美纠纷协商记录：{P}的丈夫{F}到店，称其妻子隆鼻后感染；店长{N}、医生{DR}在场\n",
            "私人医生签约：甲方澄心诊所，乙方{P}，住{A}，年费会员；家庭联系人{F} {M}\n",
            "诊所处方：{P} 女 {AGE}岁 异维A酸软胶囊 10mg qd；医师{DR}；药师{N}\n",
            // IVF and reproductive-centre records, kept plain and respectful.
            "禾澄大学附属第一医院生殖医学中心\n夫妻建档表\n女方：{P}  出生日期：{DOB}  身份证：{ID}\n男方：{F}  出生日期：{DOB}  身份证：{ID}\n联系电话：{M}\n"
                    + "档案号：{R}\n",
            "IVF周期记录：女方{P}，周期号C24-0387，来曲唑促排第8天，优势卵泡3枚；主诊{DR}\n",
            "取卵手术知情同意：患者{P}，配偶{F}，均已阅读并签字；手术医生{DR}；麻醉医生{N}\n",
            "胚胎移植记录：{P}，移植冻胚1枚（胚胎编号E3-0415），黄体酮支持；随访护士{N}电话{L}\n",
            "生殖中心随访：{P}移植后第14天血HCG 412 IU/L，已告知本人；下次B超由{DS}医生安排\n",
            "人工授精登记：女方{P}（{AGE}岁），男方{F}，精液处理员{N}；结婚证与身份证{ID}已核验\n",
            "冷冻胚胎续费通知：{P}、{F}夫妇，您在本中心保存的胚胎将于下月到期，续费请转账至医院对公账户或致电{L}\n",
            "生殖中心门诊：{PS}太太第三次就诊，B超示子宫内膜9mm；陪同人{F}\n",
            "新生儿随访（IVF子代）：{P}之女，出生日期{NB}，体重3150g；母亲{P}电话{M}\n",
            "新生儿登记：{F}之子，{NB}出生，双胎之一；随访医生{DR}\n",
            "Reproductive centre note: {E} and partner {E2}, ICSI cycle 2, embryo transfer planned; nurse coordinator {EG}; call {M}.\n",
            "男科检查单：{F}，{AGE}岁，门诊号{R}，精液常规已完成；检验员{N}\n",
            "生殖遗传咨询：{P}，{DOB}出生，染色体核型46,XX，平衡易位携带者为其丈夫{F}；咨询医师{DR}\n",
            // Dental chain records.
            "贝齿口腔（禾澄万达店）就诊单\n患者：{P}  电话：{M}\n项目：根管治疗 26牙\n医生：{DR}  护士：{N}\n下次复诊：{D}\n",
            "口腔连锁会员：{P}，会员号BC-20387，种植牙两颗，分期扣款卡{B}；客服{XE}\n",
            "正畸档案：{P}，{NB}出生，隐形矫治第12副；家长{F}，电话{M}\n",
            "牙科预约提醒：{PS}先生明早九点洗牙，诊室5，{DS}医生；门店：贝齿口腔芦汀店\n",
            "口腔科知情同意：拔除智齿38，患者{P}，身份证{ID}，医生{DR}\n",
            "Dental chain record: {E}, implant #36, warranty card issued; dentist {ES}; reminder to {M}.\n",
            "种植体保修卡：{P}，植体批号B2310A17，医生{DR}，病历号{R}\n",
            "儿童涂氟登记（幼儿园）\n{N} 5岁 已涂\n{N} 4岁 未涂（发热）\n{P} 5岁 已涂\n家长联系：{M}\n",
            "口腔门诊投诉：{F}称其母亲{P}补牙后疼痛，要求{DS}医生重做；客服{N}记录\n",
            "牙周治疗计划：{P}，{AGE}岁，吸烟20年，BOP 62%；治疗医生{DR}；复诊电话{L}\n",
            "牙科诊所退款：{P}，退款至{B}，经办{XE}\n",
            // Health-check centre (体检中心) corporate reports.
            "康泓体检中心 团体体检报告（禾澄精密机械有限公司）\n体检号：{R}\n姓名：{P}  性别：{SEX}  出生：{DOB}\n身份证：{ID}\n主检医生：{DR}\n",
            "团检名单\n工号,姓名,身份证号,手机\nHC2087,{P},{ID},{M}\nHC2091,{N},{ID},{M}\nHC2104,{N},{ID},{M}\n",
            "体检异常结果通知：{P}，体检号{R}，甲状腺结节TI-RADS 4a类，建议专科就诊；通知人{N}\n",
            "体检总检意见：{P}，{AGE}岁，脂肪肝（中度），尿酸偏高；主检{DR}；报告领取人{F}\n",
            "入职体检：{P}，身份证{ID}，乙肝表面抗原阴性；HR对接人{XE}\n",
            "体检套餐变更：{PS}先生加做胃肠镜，费用由本人承担，付款卡{B}\n",
            "企业体检汇总（按部门）\n装配车间 {N}、{N}、{N}\n质检部 {P}、{N}\n联系人：{F} {L}\n",
            "Corporate health check: {E}, staff ID HC2087, DOB {DOBE}, ALT 88 U/L; physician {ES}; HR contact {EG}.\n",
            "体检报告邮寄：收件人{P}，地址{A}，电话{M}，快递单号SF1420387765521\n",
            "高管体检VIP：{P}，{DOB}出生，低剂量CT示右上肺磨玻璃结节；陪检{XE}；家属{F}\n",
            "体检中心危急值：{P}（体检号{R}）血钾6.8mmol/L，已电话{M}通知本人；值班{DR}\n",
            // Commercial insurance direct billing.
            "商业保险直付授权书\n被保险人：{P}\n保单号：{I}\n证件号：{ID}\n就诊医院：禾澄大学附属第一医院国际医疗部\n授权人签字：{P}\n",
            "直付预授权申请：被保险人{P}，保单{I}，拟行腹腔镜胆囊切除，预估费用28,600元；经办{N}；理赔号CLM-241103-0087\n",
            "Direct billing: member {E}, policy {I}, DOB {DOBE}, outpatient consult with Dr {ES}; case manager {EG}.\n",
            "商保理赔材料：{P}，住院号{R}，收款账户{B}，开户名{P}；保险公司客服热线95519\n",
            "高端医疗险核赔：{P}，保单号{I}，既往{DIS}未告知，暂缓赔付；联系人{F}（{KIN}）\n",
            "惠民保报销：{P}，参保地：上海市，医保号{I}，自费部分赔付；银行卡{B}\n",
            "保险直付结算单\n姓名 {P}  保单 {I}\n费用 12,480.00  自付 0.00\n经办 {N}\n",
            "商业保险调查回执：调查员{N}到院调阅{P}的病历（病案号{R}），主治{DR}签字同意\n",
            "理赔申请：被保险人{PY}（护照拼音），保单{I}，收款账户{B}；主治医生{DR}\n",
            "团体补充医疗：{P}，员工号HC2104，医保号{I}，报销卡{B}\n",
            // Elderly-care insurance (长护险) assessments.
            "长期护理保险评估表\n申请人：{P}  出生日期：{DOB}\n身份证号：{ID}\n长护险编号：{I}\n居住地址：{A}\n评估等级：四级\n评估员：{N}、{N}\n",
            "长护险上门评估：{P}，{AGE}岁，卧床，ADL评分35分；评估员{N}；代理人{F}（{KIN}）{M}\n",
            "长护险服务计划：{P}，每周上门护理5次，护理员{N}；服务机构颐乐长护服务站；联系电话{L}\n",
            "长护险复评通知：{PS}阿婆，您的评估等级有效期将到，请家属{F}{D}在家等候评估员\n",
            "长护险费用结算：参保人{P}，编号{I}，本月服务22次，个人自付10%；扣款卡{B}\n",
            "长护评估争议：{F}认为其父{P}评级偏低，申请复核；复核员{N}、{DR}\n",
            "护理员服务记录（长护险）\n{D} {TIME} 护理员{N} 为{P}擦浴、翻身\n{D} {TIME} 护理员{N} 喂食、口腔护理\n家属签字：{F}\n",
            "长护险申请：{P}，户籍地址{A}，现住{A0}，委托人{F}，电话{M}\n",
            "长护险失能评估（认知）：{P}，MMSE 12分，由女儿{F}陪同；评估医生{DR}\n",
            "长护险护理员花名册\n{N} {M}\n{N} {M}\n{N} {M}\n站长：{N}\n",
            // Home-nursing app orders.
            "【护到家】订单号HD20241103-5521\n服务：上门换药\n下单人：{F}\n服务对象：{P}（{AGE}岁）\n地址：{A}\n联系电话：{M}\n接单护士：{N}\n",
            "护到家App派单：{P}，PICC维护，地址{A}，护士{N}已接单，预计{TIME}上门；用户电话{M}\n",
            "上门服务评价：护士{N}很专业，给我爸{P}插胃管一次成功。——用户{F}\n",
            "上门护理安全记录：护士{N}到达{A0}，患者家属{F}在场；护士工号HC2233\n",
            "Home nursing order: client {E}, wound care at {A}; nurse {EG}; contact {M}; order HD20241103-5521.\n",
            "护到家客服工单：{F}投诉护士迟到40分钟，服务对象{P}，处理人{XE}\n",
            "上门采血订单：{P}，空腹，地址{A}，手机{M}；标本号S23-1104-087；采血护士{N}\n",
            "护理员背景核查：{N}，身份证{ID}，健康证已审；紧急联系人{F} {M}\n",
            "上门导尿：{P}（{PS}老伯），尿管15天一换，家属{F}；护士{N}\n",
            "护到家退款：订单取消，退款至{B}，用户{F}\n",
            // Hospital app chat logs.
            "【禾医通 在线问诊】\n患者{P}：医生，我妈{F}血压{BP}，要不要加药？\n{DR}：先复测三天，记录后上传\n患者{P}：好的，谢谢{DS}医生\n",
            "禾医通聊天记录导出\n[{TIME}] {F}：我爸{P}的CT报告出来了吗？住院号{R}\n[{TIME}] 护士{N}：已出，请到App查看\n",
            "在线复诊：{P}，{DOB}生，上次就诊{D}，续开{DRUG}；接诊{DR}；配送地址{A}\n",
            "【禾医通】{PS}先生，您咨询的问题{DS}医生已回复，请点击查看。\n",
            "App chat export: patient {E}: \"Can Dr {ES} see me on Friday?\" nurse {EG}: \"Yes, 9:30, room 5.\" phone {M}\n",
            "在线问诊：用户{P}（{M}）上传了孩子{N}的皮疹照片，孩子{NB}出生；医生{DR}回复考虑幼儿急疹\n",
            "药品配送：收件人{P}，地址{A}，电话{M}，快递单号SF1420387765521；药师{N}\n",
            "禾医通留言：{DS}主任，我是{P}的家属{F}，她今天又干咳了，能加个号吗？\n",
            "在线咨询记录：{P}咨询冒汗心慌是否与{DRUG}有关；答复医生{DR}\n",
            "互联网医院处方：{P}，{AGE}岁，身份证{ID}，处方医师{DR}，审方药师{N}\n",
            "禾医通家庭成员绑定：主账号{F}，绑定成员{P}（{KIN}），证件{ID}\n",
            // Smart-watch alert escalations.
            "【腕安手表 跌倒报警】\n设备编号WS-3071\n佩戴者：{P}（{AGE}岁）\n时间：{TIME}\n位置：{A}\n已拨打紧急联系人{F} {M}\n",
            "智能手表心率异常升级：{P}，静息心率142次/分持续20分钟，平台值班{N}电话{M}未接，转社区医生{DR}\n",
            "手表SOS工单：佩戴者{P}按下SOS，家属{F}电话{M}无应答，已通知菱溇镇卫生院{N}上门\n",
            "Smartwatch alert: wearer {E}, AF detected, device WS-3071; escalated to Dr {ES}; daughter {E2} {M}.\n",
            "腕安平台周报\n{P} 跌倒报警1次 已处置\n{N} 低电量 已提醒\n{N} 离开安全区域 家属{F}已找到\n",
            "智能手环绑定：老人{P}，出生{DOB}，监护人{F}，手机{M}，住{A0}\n",
            "手表报警回访：{PS}阿姨说是手表误报，她在{A0}打太极；回访员{N}\n",
            "血氧预警：{P}夜间血氧最低84%，已推送给女儿{F}（{M}）和家庭医生{DR}\n",
            "SOS escalation log: 02:14 {PY} fall detected; 02:16 call to {M} unanswered; 02:20 community nurse {EG} dispatched.\n",
            "跌倒报警处置单：{P}，{AGE}岁，在家中卫生间跌倒，社区医生{DR}到场，120送禾澄大学附属第一医院\n",
            // Day-surgery lists.
            "日间手术排程 {D}\n台次 患者 术式 主刀\n1 {P} 腹腔镜胆囊切除 {DR}\n2 {N} 白内障超声乳化 {DR}\n3 {N} 甲状腺结节射频 {DR}\n",
            "日间手术中心入院登记：{P}，身份证{ID}，住院号{R}，陪护{F}，电话{M}\n",
            "日间手术术后随访：{P}术后24小时电话随访，{M}，无发热；随访护士{N}\n",
            "日间手术取消：{P}因血压{BP}取消手术，改约{D}；主刀{DS}主任\n",
            "日间手术出院小结：{P}，{AGE}岁，住院号{R}，术后4小时离院；主刀{DR}；接送人{F}\n",
            "Day surgery list OR-3: {E} (cataract), {E2} (hernia), {E3} (excision); anaesthetist {ES}.\n",
            "日间病房床位：加3床 {P}、12床 {N}、14床 {N}；护士长{DS}\n",
            "术前电话核对：{P}，出生日期{DOB}，禁食禁饮已知晓；核对护士{N}\n",
            "日间手术费用清单：{P}，医保号{I}，统筹支付5,208元；收费员{N}\n",
            "胃肠镜日间中心：{P}，检查号CT24110387，麻醉评估{DR}，家属{F}在外等候\n",
            // Rehabilitation after stroke.
            "脑卒中康复评定\n姓名：{P}  年龄：{AGE}  发病日期：{D}\n诊断：脑梗死（左侧基底节）\nFugl-Meyer上肢 24分\n康复治疗师：{N}\n主管医生：{DR}\n",
            "卒中康复随访：{P}，阿替普酶溶栓后三个月，mRS 2分，丁苯酞已停；女儿{F}电话{M}\n",
            "康复科训练签到\n{N} 08:30 PT\n{P} 09:00 OT\n{N} 09:30 言语训练\n治疗师：{N}\n",
            "康复出院计划：{P}，住{A}，家中卫生间需加扶手；社区康复转介至鸳浦区芦汀街道社区卫生服务中心，联系人{N}\n",
            "{PS}老伯偏瘫后在康复科练走路，{FS}阿姨每天陪着，治疗师{N}说再练两周可以拄拐\n",
            "Stroke rehab note: {E}, left hemiparesis, Barthel 45; physiotherapist {EG}; wife {E2} {M}.\n",
            "吞咽功能评估：{P}，洼田饮水试验3级，鼻饲；言语治疗师{N}；家属{F}\n",
            "康复医保审批：{P}，医保号{I}，康复治疗延期一周；审批{N}\n",
            "社区康复上门：{P}，{DOB}生，肩手综合征；上门治疗师{N}；联系电话{L}\n",
            "康复病区交班：{P}（住院号{R}）夜间躁动，陪护{F}已告知；值班{DR}\n",
            // Hospice family meetings.
            "安宁疗护家庭会议记录\n时间：{D}\n患者：{P}（{AGE}岁，胰腺癌晚期）\n参会家属：{F}（{KIN}）、{N}、{N}\n医护：{DR}、社工{N}\n共识：不再行有创抢救，以舒适为主\n",
            "安宁疗护病房入住：{P}，身份证{ID}，芬太尼贴剂止痛；主要照护者{F}，电话{M}\n",
            "家庭会议补记：{P}的儿子{F}希望带母亲回{A0}老家，医生{DR}同意并安排居家安宁随访\n",
            "哀伤随访：{P}去世后一个月，社工{N}电话{M}联系其妻{F}，情绪平稳\n",
            "Hospice family meeting: {E}, metastatic cancer; present: son {E2}, daughter {E3}; palliative physician {ES}.\n",
            "{PS}阿婆临终前讲想吃一口崇明糕，{FS}家媳妇去买来了，护士{N}记录\n",
            "长护险护理日志：{PK}（大名{P}）今朝精神好，护理员{N}陪伊晒太阳；家属电话{M}\n",
            "安宁疗护意愿书：本人{P}，出生日期{DOB}，在意识清楚时决定放弃气管插管；见证人{N}、{N}\n",
            "居家安宁随访：{P}，住{A}，吗啡口服液按需；随访护士{N}；家属{F} {M}\n",
            "安宁病房志愿者排班：{N}、{N}、{N}；协调人{XE}\n",
            "死亡后事项告知：{P}于{D}离世，家属{F}（{KIN}）已领取死亡证明；经办{N}\n",
            // Medical-dispute mediation.
            "禾澄市医疗纠纷人民调解委员会 调解笔录\n案号：（2024）禾医调字第0387号\n申请人：{F}（患者{P}之{KIN}）\n身份证：{ID}\n被申请人：禾澄大学附属第一医院\n"
                    + "调解员：{N}、{N}\n",
            "医疗纠纷调解协议：医院一次性补偿患者{P} 48,000元，汇入账户{B}；申请人{F}签字\n",
            "医患沟通记录：家属{F}对{P}术后感染有异议，医务处{N}、主刀{DR}参加，家属电话{M}\n",
            "纠纷调解申请书：申请人{P}，住{A}，电话{M}，事由：剖宫产后大出血\n",
            "Mediation minutes: complainant {E}, counsel {E2}; hospital represented by Dr {ES}; case (2024) 禾医调字第0387号.\n",
            "医务处接待登记：{P}的家属{F}、{N}三人到医务处，要求封存病历（病案号{R}）\n",
            "病历封存记录：封存{P}住院病历一份，病案号{R}，医患双方签字：{F}、{N}\n",
            "调解回访：{F}表示对{DS}主任的解释满意，不再追究；调解员{N}\n",
            "尸检告知书：死者{P}，出生日期{DOB}，家属{F}选择不做尸检；告知医生{DR}\n",
            "医疗责任险报案：被保医院禾澄大学附属第一医院，患者{P}，住院号{R}，报案人{N}\n",
            "投诉信（手写转录）：我叫{P}，住{A0}，我姆妈{F}在贵院做手术后一直发热……电话{M}\n",
            // Shanghai and Wu dialect voice notes.
            "[语音转文字] 侬好 {DS}医生 阿拉姆妈{P}今朝又头晕了 伊讲老里八早就不舒服 侬晓得伐 电话{M}\n",
            "[语音转文字] 喂 是{PS}阿姨伐 侬屋里{PG}今朝覅来拿药了 阿拉送过来\n",
            "[语音转文字] 阿拉老头子{P}昨日夜里跌了一跤 伊讲唔没事体 我看伊腰痛交关 阿拉住{A0}\n",
            "[语音转文字] 小{DS} 侬帮我问问{DR}主任 阿拉爷叔{F}个报告出来了伐\n",
            "[语音留言] 我是{P} 身份证{ID} 侬帮我挂只号 搿个礼拜四下半天\n",
            "[语音留言] {FS}师傅 侬明朝老里八早来接{P} 伊要去做透析 地址{A}\n",
            "[语音留言] {PK}伊今朝胃口老好 吃了半只南翔小笼 侬覅担心 —— {F}\n",
            "[语音转文字] 护士 阿拉囡囡{P} 搿两天干咳 哪能办 我电话{M}\n",
            "[语音转文字] 我是{P}个女儿{F} 伊个医保卡号{I} 侬帮阿拉查查报销了伐\n",
            "[语音转文字] {PG}啊 侬阿爸拨救护车送到禾澄大学附属第一医院了 侬快点来\n",
            "[语音留言] 喂 {DS}医生 我是{P} 老早侬帮我开个药吃光了 我住{A0} 侬晓得伐\n",
            "[语音转文字] 阿拉是安徽来个 我叫{P} 在工地上做生活 手弄伤了 老板{N}电话{M}\n",
            "[语音转文字] 伊讲伊叫{PK} 真名叫{P} 七十八岁了 一家头住\n",
            "[语音留言] {PS}家阿婆 侬个长护险评估排到{D}了 评估员{N}会上门个\n",
            "[语音留言] 老{FS} 阿拉{PG}个化验单拿到了伐 {DS}医生讲要复查 伊个支架要不要换\n",
            "[Voice note] Dr {ES}, this is {EG}, the helper for {E} — ma'am fell in the bathroom, we are at {A0}, my number {M}.\n",
            // OCR'd forms with broken lines and stray blanks.
            "[OCR] 长 期 护 理 保 险 申 请 表\n申 请 人 {PO}\n出生日期 {DOB}\n身 份 证 {ID}\n联 系 人 {F}  电话 {M}\n",
            "[OCR] 体 检 报 告 封 面\n姓名 {PO}  性别 {SEX}\n体检号 {R}\n单位 禾澄精密机械有限公司\n",
            "[OCR] 日间手术知情同意书 患 者 {PO} 手术医生 {DR} 日期 {D}\n",
            "[OCR] 商业保险理赔申请书 被保险人 {PO} 保单号 {I} 收款账户 {B}\n",
            "[OCR] 生殖中心 夫妻双方身份核验 女方 {PO} 男方 {F} 证件 {ID}\n",
            "[OCR] 出 院 小 结\n姓 名 {PO}  住院号 {R}\n住 址 {A}\n主治医师 {N}\n",
            "[OCR] 口腔门诊病历 姓名:{PO} 电话:{M} 牙位 36\n",
            "[OCR] 调解委员会来访登记 来访人 {PO} 身份证 {ID} 事由 医疗纠纷\n",
            "[OCR] 村卫生室转诊单 荻沼浜村卫生室 患者 {PO} 转往 菱溇镇卫生院 村医 {N}\n",
            "[OCR] 康复评定表 姓 名 {PO} 出生 {DOB} 治疗师 {N}\n",
            "[OCR] 安宁疗护知情同意 患者 {PO} 代理人 {F} 关系 {KIN} 电话 {L}\n",
            "[OCR] 体检 报告 领取 登记 {PO} 已领取 代领人 {N}\n",
            // Tables: CSV, markdown, pipe and tab separated.
            "姓名,性别,出生日期,手机号,身份证号\n{P},{SEX},{DOBC},{M},{ID}\n{N},{SEX},{DOBC},{M},{ID}\n",
            "| 序号 | 患者 | 术式 | 联系电话 |\n|---|---|---|---|\n| 1 | {P} | 疝修补 | {M} |\n| 2 | {N} | 痔切除 | {M} |\n",
            "患者|长护险编号|评估等级|护理员\n{P}|{I}|三级|{N}\n{N}|{I}|五级|{N}\n",
            "姓名\t体检号\t电话\n{P}\t{R}\t{M}\n{N}\t{R}\t{M}\n{N}\t{R}\t{L}\n",
            "姓名,出生日期,手机\n{NM},{DOBC},{M}\n{PY},{DOBC},{M}\n{E},{DOBC},{M}\n",
            "| 姓名 | 住址 | 紧急联系人 |\n| --- | --- | --- |\n| {P} | {A} | {F} {M} |\n| {N} | {A} | {N} {M} |\n",
            "员工号\t姓名\t银行卡\nHC2087\t{P}\t{B}\nHC2091\t{N}\t{B}\n",
            "随访名单\n{P} 3 次 {M}\n{N} 2 次 {M}\n{N} 1 次 {L}\n",
            "| Member | Policy | DOB |\n|---|---|---|\n| {E} | {I} | {DOBE} |\n| {E2} | {I} | {DOBE} |\n",
            "姓名|出生日期|病案号|主管医生\n{MN}|{DOB}|{R}|{DR}\n{P}|{DOB}|{R}|{DR}\n",
            "家属联系表\n{F}（{KIN}）{M}\n{N}（侄子）{M}\n{N}（邻居）{L}\n患者：{P}\n",
            "name\tdob\tcontact\n{PY}\t{DOBE}\t{M}\n{E}\t{DOBE}\t{M}\n",
            // JSON and key=value exports.
            "{\"patientName\":\"{P}\",\"idNo\":\"{ID}\",\"phone\":\"{M}\",\"recordNo\":\"{R}\"}\n",
            "{\"订单号\":\"HD20241103-5521\",\"服务对象\":\"{P}\",\"地址\":\"{A}\",\"护士\":\"{N}\",\"联系电话\":\"{M}\"}\n",
            "{\"佩戴者\":\"{P}\",\"出生\":\"{DOBC}\",\"紧急联系人\":{\"姓名\":\"{F}\",\"电话\":\"{M}\"},\"设备\":\"WS-3071\"}\n",
            "{\"insured\":\"{PY}\",\"policyNo\":\"{I}\",\"bankCard\":\"{B}\",\"claim\":\"CLM-241103-0087\"}\n",
            "{\"member\":\"{E}\",\"dob\":\"{DOBE}\",\"coordinator\":\"{XE}\",\"phone\":\"{M}\"}\n",
            "姓名={P};证件号={ID};长护险编号={I};评估员={N}\n",
            "患者={P}&手机={M}&出生={DOBC}&套餐=PKG-B2\n",
            "patient={E}|dob={DOBE}|doctor={ES}|tel={M}\n",
            "绑定人={F};关系={KIN};就诊人={P};银行卡={B}\n",
            "mrn={R};name={PY};birth={DOBC};addr={A}\n",
            // HL7-like segments.
            "MSH|^~\\&|HCFY|HIS|||20241103081500||ADT^A04|MSG23087|P|2.5\n"
                    + "PID|1||{R}^^^HCFY^MR||{P}||{DOBC}|{SEX}|||{A}||{M}\nNK1|1|{F}|{KIN}||{M}\n",
            "PID|1||{R}||{PY}||{DOBC}|F|||{A}||{L}|||||{ID}\n",
            "PV1|1|O|DSU^OR-3||||{DR}\nPID|1||{R}||{P}||{DOBC}\n",
            "ORC|NW|HD20241103-5521|||||||{TIME}|||{DR}\nPID|1||{R}||{E}||{DOBC}|M\n",
            "IN1|1|LTCI|{I}||||||||||||{P}|SEL|{DOBC}\n",
            "MSH|^~\\&|WATCH|WSPLAT\nPID|1||{R}||{PY}||{DOBC}\nOBX|1|ST|ALERT||FALL||||||F\n",
            // E-mails.
            "发件人：康泓体检中心\n收件人：{XE}\n主题：贵司员工{P}体检异常复查提醒\n正文：{XE}您好，员工{P}（工号HC2087）体检提示肝功能异常，请转告其本人复查，联系电话{L}。\n",
            "主题：生殖中心复诊安排\n{P}女士：您好！您的复诊已安排在{D}上午，请与{F}先生一同携带身份证原件。主诊医生{DR}\n",
            "From: {E} <member services>\nTo: International Medical Department\n"
                    + "Subject: Direct billing for my mother {E2}\nPolicy {I}, DOB {DOBE}. Please call me at {M}.\n",
            "Subject: Home nursing referral\n"
                    + "Dear colleagues, please arrange home nursing for {E} at {A}; daughter {EG} can be reached at {M}. Dr {ES}\n",
            "主题：关于{P}医疗纠纷的情况说明\n医务处{N}：患者{P}（病案号{R}）家属{F}多次来院，现将诊疗经过整理如下……主刀{DR}\n",
            "Subject: Health check results — {E}\n"
                    + "Dear {EG}, your report (ref {R}) shows elevated LDL. Dr {ES} recommends a follow-up. Regards, Kanghong Health Check Centre\n",
            "邮件：{DS}医生您好，我是{P}，出生{DOB}，上周日间手术后伤口有渗液，电话{M}\n",
            "Subject: Hospice admission\n"
                    + "{E}, aged 81, will be admitted on Monday; next of kin {E2}, mobile {M}; GP {ES}.\n",
            // SMS reminders.
            "【禾澄大学附属第一医院】{P}您好，您预约的日间手术在{D}，请术前一天18:00后禁食。咨询12320\n",
            "【康泓体检】尊敬的{PS}先生，您的体检报告已出，体检号{R}，凭手机{M}登录查看。\n",
            "【贝齿口腔】{P}，您的洁牙周期已到，预约请拨打{L}，门店贝齿口腔芦汀店。\n",
            "【护到家】{F}您好，护士{N}已出发，预计20分钟到达，订单号HD20241103-5521。\n",
            "【长护险】{P}家属您好，评估员{N}将于{D}上门，请备好身份证{ID}原件。\n",
            "【生殖医学中心】{PS}女士，请于明早8点空腹抽血，周期号C24-0387。\n",
            "【安澜健康保险】{P}，您的理赔已到账{B}，理赔号CLM-241103-0087，客服95519。\n",
            "【Hecheng Hospital】{E}, your day-surgery slot is confirmed; fast from midnight. Queries: 400-820-3366.\n",
            "【菱溇镇卫生院】{PS}老伯，明天上午家庭医生{DR}来村里，记得带医保卡，有事打{L}\n",
            "【禾医通】您的家人{P}已完成挂号，就诊卡号{R}，就诊人{P}。\n",
            // Migrant workers from elsewhere.
            "外来务工人员体检登记\n{P} {ID} 四川 {M}\n{N} {ID} 河南 {M}\n{N} {ID} 贵州 {M}\n登记：{N}\n",
            "工地外伤：{P}，{AGE}岁，安徽来的钢筋工，施工时被钢管砸伤左足；包工头{N}，电话{M}\n",
            "新市民医保登记：{P}，户籍：安徽省阜阳市，来禾澄打工三年，医保号{I}；经办{N}\n",
            "外卖骑手交通伤：{P}，从江苏省盐城市来沪，电动车摔伤，站长{N}电话{M}\n",
            "快递员就诊：{P}，四川人，腰扭伤，公司联系人{N}，工号HC2233，住{A0}\n",
            "外来务工就诊：{PY}（证件拼音），贵州人，工厂手部裂伤；工头{N}；电话{M}\n",
            "农民工欠薪致病求助：{P}，身份证{ID}，住在{A0}的工棚，同乡{N}陪同\n",
            "保姆体检：{P}，住家保姆，安徽人，出生{DOB}，雇主{F}，电话{M}\n",
            // Expatriates: Japanese, Korean, German and Indian staff, Filipino domestic helpers.
            "外籍人员就诊登记\n姓名：{E}\n国籍：日本\n出生日期：{DOBE}\n在华电话：{M}\n现住址：{A}\n公司联系人：{NM}\n",
            "日籍患者{NM}，在禾澄工业园工作，胃镜示幽门螺杆菌阳性；翻译{N}，电话{L}\n",
            "Korean patient {E}, DOB {DOBE}, dental abscess; interpreter {EG}; employer contact {E2} at {L}.\n",
            "German engineer {E} admitted after a fall at the plant; colleague {E2}; company phone {L}; MRN {R}.\n",
            "Indian patient {E}, DOB {DOBE}, dengue suspected; wife {E2}, mobile {M}; physician {ES}.\n",
            "Filipino domestic helper {E} brought the employer's child {N} (DOB {NB}) with fever; employer {F} {M}.\n",
            "菲佣{E}陪雇主家老人{P}来复诊，老人出生{DOB}；雇主{F}电话{M}\n",
            "外籍人员商保直付：{E}，保单{I}，国际部医生{DR}，陪同翻译{XE}\n",
            "韩籍患者{NM}，妊娠32周产检，丈夫{E}，电话{M}\n",
            "外籍员工入职体检：{MN}，出生日期{DOBE}，体检号{R}，公司HR{XE}，电话{L}\n",
            "Day-surgery admission: {MN}, Japanese national, DOB {DOBE}; interpreter {EG}; mobile {M}.\n",
            "Expat family registration: {E}, spouse {E2}, child {E3} born {DOBE}; address {A}; phone {M}.\n",
            "家政用工体检：{E}，出生日期{DOBE}；雇主{E2}；中介联系人{EG}\n",
            "德籍患者{E}，护照号C7X2K9L04，腕部骨折；公司行政{XE}，电话{L}\n",
            // Referrals between the tertiary hospital, the community health centre, the town health centre and the village clinic.
            "双向转诊单（下转）\n转出：禾澄大学附属第一医院{DEPT}  医生：{DR}\n转入：鸳浦区芦汀街道社区卫生服务中心\n患者：{P}  身份证：{ID}\n家属：{F} {M}\n",
            "菱溇镇卫生院上转：{P}，{AGE}岁，疑似急性心梗，转禾澄大学附属第一医院胸痛中心；随车医生{N}；家属{F} {L}\n",
            "荻沼浜村卫生室登记：村医{N}为{P}量血压{BP}，建议去菱溇镇卫生院复查；住{A}\n",
            "家庭医生签约：乙方{P}，出生{DOB}，住{A}，签约医生{DR}，团队护士{N}\n",
            "社区随访：{P}，糖尿病，空腹血糖{LAB}；家属{F}；随访医生{DS}医生\n",
            "就医地浙江省禾澄市，参保地安徽省六安市：{P}异地就医备案，医保号{I}\n",
            "村卫生室用药登记 {D}\n{P} 硝苯地平\n{N} 二甲双胍\n{N} 杭白菊泡水（非药品，自述）\n村医：{N}\n",
            "社区卫生服务中心转诊回执：{P}已在禾澄大学附属第一医院就诊，门诊号{R}；回执人{N}\n",
            // Diet advice, gifts and notes with foods, products and everyday words.
            "出院饮食指导：{P}，痛风，忌阳澄湖大闸蟹、绍兴黄酒、太湖银鱼；可少量西湖龙井；营养师{N}\n",
            "护士站登记：{F}送来嘉兴粽子和苏式月饼给{P}，已提醒血糖；值班护士{N}\n",
            "营养咨询：{P}问无锡酱排骨、金华火腿能不能吃，答复少量；镇江香醋可用；电话{M}\n",
            "护工{N}帮{P}的家属{F}代收宁波汤圆、湖州千张各一份，放冰箱\n",
            "中药咨询：{P}咳嗽，问川贝母炖梨可否，药师{N}答可以；另问黄山毛峰能否与药同服\n",
            "病人点餐：{P}，低盐饮食，徽州毛豆腐与高桥松饼不宜；配送员工号HC2233；电话{M}\n",
            "康复科周末活动：{P}等六位病人做毛巾操，季度考核陆续进行；治疗师{N}\n",
            "夏季防暑：{P}家属{F}顾虑空调受凉，医生{DR}解释室温26度为宜，金额自理部分已说明\n");

    // Common and mid-frequency surnames of the delta with given names of four generations, a few inland migrants, rare
    // surnames of the region, compound surnames and word-like names.
    private static final List<String> CHINESE = List.of((
            "沈根宝 沈惠芬 陆金娣 陆福根 顾杏宝 顾月娥 钱彩娣 钱水根 周根娣 周仁康 朱荣根 朱巧珍 徐银娣 徐伯钧 "
            + "吴雪娥 吴耀祖 张鸿宝 张品芳 王润生 王连生 陈桂娣 陈翠宝 杨菊仙 杨根林 金才宝 金杏娣 姚小妹 姚志良 "
            + "施秀珍 施国良 蔡美娣 蔡纪生 汪存富 汪冬娥 胡满堂 胡月琴 程根旺 程金翠 沈卫忠 陆建忠 顾亚萍 钱丽君 "
            + "周雪芬 朱红卫 徐跃进 吴爱娣 张勤芳 王根发 陈秋萍 杨玲娣 金伟忠 姚慧珍 施忠明 蔡惠良 许卫星 唐永根 "
            + "曹莉娟 范建良 倪美华 邵国忠 俞亚芬 潘惠英 汤建坤 严伟民 葛秀芝 邹卫东 季勤英 毛雪琴 夏志坚 袁丽珠 "
            + "龚红妹 盛建昌 钟莉萍 戴耀明 蒋国祥 丁美芬 叶根荣 费雪英 鲍国胜 詹秀荷 储德胜 檀桂香 冉光碧 罗德富 "
            + "彭学芝 何启贵 沈佳慧 陆晓雯 顾逸飞 钱雅婷 周思远 朱怡雯 徐诗琪 吴倩雯 张亦歆 王天翊 陈梦洁 杨文翀 "
            + "金婧 姚旻 施晟 蔡卿 许佳雯 唐晓婕 曹逸凡 范雯婷 倪俊逸 邵诗韵 俞斐 潘悦 严骏彦 葛婕 "
            + "邹逸 季雯雯 毛亦舒 夏天翊 袁晔 龚珏 沈沐宸 陆梓萌 顾奕辰 钱若曦 周芊芊 朱煜祺 徐锦程 吴知夏 "
            + "张书瑶 王星辰 陈嘉禾 杨语嫣 金睿铖 姚沐晴 施以安 蔡允儿 恽根娣 恽志坚 浦阿大 浦雪芬 浦梓萌 殳福林 "
            + "殳丽娟 茆永康 茆小芸 巢家富 巢玉娥 冒伯鸿 冒思远 干根发 干静雯 贝惠珍 贝一凡 支秀凤 支建良 戎德龙 "
            + "戎晓菁 宗政秀兰 宗政逸 公良宏伟 公良婕 夹谷春芳 夹谷晟 周全 施展 金陵 钱江").split(" "));
    /** The rare surnames of the region that no earlier blind group gave anyone. */
    static final String RARE_SURNAMES = "恽浦殳茆巢冒干贝支戎";
    /** The pool names that are also ordinary words: 周全 thorough, 施展 to display, 金陵 Nanjing, 钱江 the Qiantang. */
    static final List<String> WORD_LIKE = List.of("周全", "施展", "金陵", "钱江");
    private static final List<String> COMPOUND_SURNAMES = List.of("宗政", "公良", "夹谷");
    // Japanese and Korean names in Chinese characters; German, Indian and Filipino names transliterated with a dot.
    private static final List<String> MINORITY = List.of("榊原健太 早乙女葵 宇佐美隆之 五十岚千寻 长谷部雅人 宫之原瞳 桐生和树 濑户口真央 朴智苑 崔敏赫 金秀炫 尹书妍 郑在勋 黄宝蓝 池恩惠 汉斯·霍夫曼 莱娜·施泰因 克劳斯·布伦纳 拉杰什·古普塔 普丽娅·耶尔 阿米特·巴纳吉 玛丽塞尔·达古普 罗维娜·巴蒂斯塔".split(" "));
    /** Shanghai-style nicknames, labelled as names. */
    private static final List<String> NICKNAMES = List.of("阿毛头", "阿福囡", "小囡囡", "阿三头", "大块头", "小阿弟",
            "毛毛头", "阿宝哥", "阿桂嫂", "胖阿姨", "阿根伯");
    // given|family: Japanese, Korean, German, Indian and Filipino expatriates and helpers, a French and a Ukrainian name.
    private static final List<String> ENGLISH = List.of("Itsuki|Sakakibara", "Mei|Isayama", "Sotaro|Kitazume", "Nanami|Hoshikawa", "Ryosuke|Tachibana",
            "Min-seo|Gyeong", "Jun-ho|Cheon", "Ye-seul|Ok", "Tae-min|Byeon", "Matthias|Oberhuber",
            "Annegret|Rosenkranz", "Reinhold|Dreyer", "Henrike|Vosskamp", "Jens|Uhlendorf", "Katrin|Bittner",
            "Sanjeev|Padmanabhan", "Shreya|Anantharaman", "Nikhil|Mehrotra", "Divya|Chakraborty", "Rohit|Bhagwat",
            "Lavanya|Iyengar", "Lorna|Macapagal", "Rosalie|Dumaguete", "Jennalyn|Tolentino", "Maricel|Bacungan",
            "Evangeline|Sumalpong", "Rhodora|Dimagiba", "Gemma|Abellana", "Thibault|Morandini", "Yevheniia|Hryhorenko");
    /** Family|first syllable|second syllable of people written in pinyin only. */
    private static final List<String> PINYIN = List.of("Shen|Gen|Bao", "Lu|Fu|Gen", "Gu|Xing|Bao", "Qian|Shui|Gen", "Zhou|Ren|Kang", "Zhu|Qiao|Zhen",
            "Xu|Bo|Jun", "Wu|Xue|E", "Yun|Zhi|Jian", "Pu|Xue|Fen", "Shu|Fu|Lin", "Mao|Yong|Kang",
            "Chao|Jia|Fu", "Mao|Bo|Hong", "Gan|Gen|Fa", "Bei|Hui|Zhen", "Zhi|Jian|Liang", "Rong|De|Long",
            "Fei|Xue|Ying", "Chu|De|Sheng", "Ran|Guang|Bi");
    /** English working name|pinyin surname of Chinese staff at the clinics, the insurer and the companies. */
    private static final List<String> STAFF = List.of("Cherry|Gu", "Tiffany|Shen", "Vivian|Lu", "Candy|Qian", "Coco|Zhou",
            "Elaine|Xu", "Winnie|Yao", "Sherry|Cai", "Kiki|Jin", "Bonnie|Pan");
    /** Shanghai, Jiangsu, Zhejiang and Anhui districts and counties, and migrants' home counties. */
    private static final List<String> AREA = List.of("310105", "310110", "310112", "310117", "310118", "310230",
            "320506", "320583", "320282", "320411", "321181", "320612", "320623", "330402", "330421", "330481",
            "330502", "330522", "330602", "330281", "340102", "340521", "341021", "341822", "340881", "511623",
            "412725", "362330", "522425");
    /** The areas whose codes were already issued with 15-digit numbers: not 吴中区, 新北区 or 通州区 of Nantong. */
    private static final List<String> LEGACY_AREA = AREA.stream()
            .filter(a -> !List.of("320506", "320411", "320612").contains(a)).toList();
    /** Area code and length of the local number. */
    private static final List<String> LANDLINE_AREAS = List.of("021|8", "025|8", "0512|8", "0571|8", "0573|8",
            "0551|8", "0510|8", "0519|8", "0572|7", "0575|8", "0553|7", "0513|8");
    private static final List<String> BANK_BINS = List.of("621226", "622700", "621661", "622908", "623595", "625826");
    /** Shanghai districts and their roads, for 弄/号/室 addresses. */
    private static final List<String> SH_ROADS = List.of("上海市|徐汇区|宛平南路,天钥桥路", "上海市|杨浦区|控江路,长阳路",
            "上海市|静安区|延长中路,共和新路", "上海市|闵行区|莘松路,沪闵路");
    /** Shanghai districts and their 新村 estates. */
    private static final List<String> SH_ESTATES = List.of("上海市|普陀区|曹杨新村,甘泉新村", "上海市|杨浦区|鞍山新村,控江新村",
            "上海市|徐汇区|田林新村");
    /** Province|city|districts and streets of the delta's other cities. */
    private static final List<String> CITY_STREETS = List.of("江苏省|苏州市|姑苏区十全街,吴中区东吴北路",
            "江苏省|无锡市|梁溪区中山路,滨湖区蠡湖大道", "浙江省|嘉兴市|南湖区中山东路,秀洲区洪兴路",
            "浙江省|杭州市|拱墅区湖墅南路,上城区望江路", "安徽省|合肥市|蜀山区长江西路,包河区马鞍山路",
            "江苏省|南通市|崇川区工农路");
    private static final List<String> ESTATES = List.of("枫桥新苑", "运河人家", "翠竹苑", "湖畔花园", "锦绣江南小区");
    /** Province|county and town|villages|how a house is found: a 组 and a number, or a number. */
    private static final List<String> VILLAGES = List.of("浙江省|嘉兴市嘉善县西塘镇|荻沼浜村,鸭舍浜村|组",
            "江苏省|苏州市吴江区震泽镇|众安桥村,新乐村|组", "安徽省|安庆市桐城市孔城镇|桐梓村,老桥村|组",
            "浙江省|湖州市长兴县洪桥镇|下塘头村,陈湾村|号", "江苏省|南通市如东县栟茶镇|东凌村|号");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String TWO_DIGIT_NUMERALS = "〇一二三四五六七八九";

    private Blind23Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_23 || !templates.isEmpty() && BLIND_23.containsAll(templates);
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

    /** The given name: 根宝 of 沈根宝, 秀兰 of 宗政秀兰. */
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

    /** A staff member's working name: Cherry Gu. */
    static String staffName(RandomGenerator r) {
        return pick(STAFF, r).replace('|', ' ');
    }

    /** A pinyin name: SHEN GENBAO, Shen Genbao, Genbao SHEN, SHEN/GENBAO or Shen Gen Bao. */
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

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1936, 86, r);
    }

    /** A first-generation 15-digit number: area, yymmdd (born 1936 to 1995), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 36, 60, r);
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

    /** A mobile: plain, 139 1234 5678, +86-139-1234-5678, (+86)13912345678, 0086-13912345678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0, 1 -> a + " " + b + " " + c;
            case 2 -> "+86-" + a + "-" + b + "-" + c;
            case 3 -> "(+86)" + n;
            case 4 -> "0086-" + n;
            default -> n;
        };
    }

    /** A landline: 021-64852210, (0512)65123456, 0571 8765 4321, 0573-82123456转8021, +86-21-64852210. */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, length - 4) + " " + local.substring(length - 4);
            case 2 -> area + "-" + local + "转" + digits(4, r);
            case 3 -> "+86-" + area.substring(1) + "-" + local;
            default -> area + "-" + local;
        };
    }

    /** HCFY24-031876, RS-2024-00318, YK2403187, KH and eight digits. */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(4)) {
            case 0 -> "HCFY" + (year % 100) + "-" + digits(6, r);
            case 1 -> "RS-" + year + "-" + digits(5, r);
            case 2 -> "YK" + (year % 100) + digits(5, r);
            default -> "KH" + digits(8, r);
        };
    }

    /** SHYB, JS32-05-, ZJ3304, AH34-, commercial CI policies and long-term-care LTC3105- numbers. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> "SHYB" + digits(10, r);
            case 1 -> "JS32-05-" + digits(8, r);
            case 2 -> "ZJ3304" + digits(9, r);
            case 3 -> "AH34-" + digits(10, r);
            case 4 -> "CI" + (2016 + r.nextInt(10)) + digits(8, r);
            default -> "LTC3105-" + digits(6, r);
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
     * An address: Shanghai 弄/号/室, Shanghai 新村 with 号/室, city streets with an estate and 幢/单元/室, villages with a
     * 组 and a number, villages with a number; {@code partial} may stop at the village or the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            List<String> towns = r.nextBoolean() ? VILLAGES : CITY_STREETS;
            return place(pick(towns, r).split("\\|"), withProvince, r);
        }
        return switch (r.nextInt(5)) {
            case 0 -> place(pick(SH_ROADS, r).split("\\|"), true, r) + (1 + r.nextInt(1500)) + "弄"
                    + (1 + r.nextInt(60)) + "号" + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(4)) + "室";
            case 1 -> place(pick(SH_ESTATES, r).split("\\|"), true, r) + (1 + r.nextInt(200)) + "号"
                    + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(4)) + "室";
            case 2 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(500)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "幢" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(25)) + "0" + (1 + r.nextInt(4)) + "室";
            default -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String village = place(t, withProvince, r);
                yield village + (t[3].equals("组")
                        ? (r.nextBoolean() ? IdentifierForms.chineseNumber(1 + r.nextInt(9))
                        : String.valueOf(1 + r.nextInt(12))) + "组" + (1 + r.nextInt(80)) + "号"
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
     * A date of birth, 1936 to 2007: 1962年3月8日, 1962年3月8号, 1962-3-8, 1962.03.08, 1962/03/08, 六二年三月八日.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1936 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> y + "年" + m + "月" + d + "号";
            case 2 -> y + "-" + m + "-" + d;
            case 3 -> String.format("%d.%02d.%02d", y, m, d);
            case 4 -> String.format("%d/%02d/%02d", y, m, d);
            default -> "" + TWO_DIGIT_NUMERALS.charAt(y / 10 % 10) + TWO_DIGIT_NUMERALS.charAt(y % 10) + "年"
                    + IdentifierForms.chineseNumber(m) + "月" + IdentifierForms.chineseNumber(d) + "日";
        };
    }

    /** A date of birth as exports write it: 19620308. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1936 + r.nextInt(72), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An English date of birth: 8 March 1962, 08/03/1962 (day first), 1962-Mar-08, March 8th, 1962. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1936 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> String.format("%02d/%02d/%d", d, m, y);
            case 2 -> String.format("%d-%s-%02d", y, month.substring(0, 3), d);
            default -> month + " " + IdentifierForms.ordinal(d) + ", " + y;
        };
    }

    /** A child's date of birth, 2014 to 2025: 2019年10月5日, 2019-10-5, 2019.10.05, 20191005. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2014 + r.nextInt(12), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> y + "-" + m + "-" + d;
            case 2 -> String.format("%d.%02d.%02d", y, m, d);
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w) || isScannedName(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w))
                || STAFF.stream().anyMatch(n -> n.replace('|', ' ').equals(w))
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
        return Stream.concat(ENGLISH.stream(), STAFF.stream()).filter(n -> n.replace('|', ' ').equals(w))
                .findFirst().map(n -> n.replace('|', ' ')).orElse(null);
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
        return ENGLISH.stream().map(Blind23Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind23Templates::given);
    }

    static Stream<String> staffNames() {
        return STAFF.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> staffGivenNames() {
        return STAFF.stream().map(Blind23Templates::given);
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
            case "XE" -> out.write(staffName(random), EntityKind.NAME);
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

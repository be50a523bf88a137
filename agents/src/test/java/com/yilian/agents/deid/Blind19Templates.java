package com.yilian.agents.deid;

import java.text.Normalizer;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.chineseNumber;

/**
 * Nineteenth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists or the development templates, in the template language of {@link ClinicalTextGenerator}, by a writer with
 * habits of its own. To be measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in
 * {@link DeidDevelopmentProbe} as {@code BLIND_19}); a rule changed, or a model retrained, because of its errors makes
 * it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium in central and eastern China (a tertiary
 * hospital, 楚江医学院附属第一医院, and the county medical community of 白沙湖县人民医院, 龙潭镇卫生院 and 何家湾村卫生室),
 * whose patients come from Hubei, Hunan, Jiangxi, Anhui, Zhejiang and Jiangsu: county medical-community dashboards,
 * night reports and work-group messages, chest-pain, stroke and trauma centre time-node forms, schistosomiasis
 * screening and flood-season epidemic logs, fishing-village clinics, tea-farm and factory workers, left-behind children
 * and elderly, online pharmacy orders and delivery riders, health-code checks, free cervical and breast cancer
 * screening, newborn hearing screening and birth-defect follow-up, antenatal classes, volunteer logs, social-worker and
 * chaplaincy notes, canteen allergy records, record-copying requests, second-opinion requests, patient-portal
 * messages, appointment no-shows, pharmacy counselling transcripts, OCR of handwritten prescriptions, speech-recognition
 * transcripts of ward rounds with Wu, Gan and Xiang words (冇, 脑壳, 老倌, 今朝, 勿), notes with English abbreviations
 * mixed into Chinese (pt, c/o, hx, f/u), Uyghur, Tibetan and Yi migrant workers and students, and Yiwu traders; about a
 * seventh in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, staff, volunteers, riders,
 * witnesses, in Chinese, minority, English, pinyin or mixed form, also straight after a department, role or verb word
 * (骨科X, 总值班X, 联系X, 通知X), in lists joined by 、, /, blanks or line breaks. A surname in a form of address (老X, 小X,
 * X师傅, X姐, X哥, X嫂, X爹, X娭毑, X婆婆, X家阿婆) or before a title (X主任医师, X副院长, X医生, Dr X) labels the surname
 * only ({@code PS}, {@code FS}, {@code DS}); a given name used alone ({@code PG}, also before 妹子) labels the given
 * name (a one-character given name is never used alone: the full name is written); a nickname ({@code PK}: 细伢子,
 * 秤砣) is a name; a child known as a parent's child (X之子, X之女) labels the parent. An OCR'd name broken by a line
 * break or blanks ({@code PO}) is one span, the break inside it. A name with an English given name ({@code MX}: Vivian
 * 邬, 邬Vivian, Vivian Wu) is one span. Pinyin names ({@code PY}) are labelled whole in each written form: QIN
 * Chuntao, Qin Chuntao, Chuntao Qin, Qín Chūntáo (with tone marks), C.T. Qin.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: plain, lower-case x, 6-8-4 by blanks, 6-8-4 by hyphens,
 * 15-digit numbers with a valid birth date), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86 13812345678,
 * +8613812345678), landlines ({@code L}: 027-87654321, (0713)7612345, 0730 8234567; an extension after 转 or 分机
 * belongs to the span), addresses ({@code A}, {@code A0}: city streets with 号, an estate and 栋/单元/室, Zhejiang and
 * Jiangsu county towns with 号/幢/室, villages with a 组, a 湾 or a 垸 and a house number; {@code A0} may stop at the
 * village or the street), record numbers ({@code R}: 2023045812, BA23-004512, YGT and nine digits, JZ and ten digits,
 * whatever the label: 住院号, 门诊号, 就诊卡, 病案号, 就诊号, MRN, or none), insurance numbers ({@code I}: HBYB and ten
 * digits, HN43-1234-567890, JXNH and eleven digits, AH34 and ten digits, ZJ33- and ten digits), bank cards ({@code B}:
 * 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or hyphens), dates of birth ({@code DOB}:
 * 1962年3月8日, 1962-03-08, 1962.3.8, 62年3月8日, 19620308, 1962/3/8, 1962年3月; {@code DOBE}: 08-Mar-1962, March 8,
 * 1962, 8 Mar 1962, 03/08/1962 month first; {@code NB}: a child's). Not labelled: visit, admission, screening and
 * order dates, times, ages, doses, lab values, bed numbers (23床, 加5床, ICU4床, CCU-2床, bed 7), exam, specimen, order,
 * prescription, pathology, courier, licence-plate, student, staff and batch numbers (CT240517-088, S2405-0318,
 * YZ88213, RX0517-2231, P2405-1187, SF1402236651578, 湘F·A2317, 学号2021301587, 工号H0231, J20240517), queue numbers
 * (A017), hotlines (12320, 12345, 120, 400-880-9120), hospital, health-centre, clinic, company and department names, a
 * province or city alone (参保地, 就医地, 浙江义乌), foods and teas with place words (恩施玉露, 洪湖莲藕, 君山银针, 武昌鱼),
 * lakes (鄱阳湖), and words beginning with a surname (黄疸, 高热, 江边, 金银花).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind18Templates} nor among the names {@link SyntheticValues} can generate: older rural names of the lakes and
 * hills (覃, 向, 冉, 涂, 喻, 操, 疏, 檀, 储, 揭, 鄢, 佘, 漆 and the Wu surnames 邬, 屠, 钮, 竺, 楼, 虞), middle-aged, young and
 * recent cohorts, two-character names, compound surnames (欧阳, 诸葛, 司马, 闻人) and a few word-like names
 * ({@link #WORD_LIKE}, under a tenth); Uyghur, Kazakh, Tibetan and Yi names in the minority pool; Yemeni, Lebanese,
 * Iranian, Afghan, Pakistani, Nigerian, Malian, Ethiopian, Sudanese, Egyptian, Moroccan, German, Italian, Irish,
 * American, South African, Sri Lankan, Nepali, Lao, Cambodian, Burmese, Polish, Andean, Romanian, Kazakh and Norwegian
 * names in the English pool; a pinyin pool with tone marks; a pool of English given names with Chinese surnames; a
 * nickname pool. Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code PS}, {@code FS},
 * {@code PG}, {@code PK}, {@code PO}, {@code MX}, {@code PY} above; {@code EG}, an English given name alone. Any
 * non-empty subset of {@link #BLIND_19} uses these pools (see {@link #uses}).
 */
final class Blind19Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261220L;

    static final List<String> BLIND_19 = List.of(
            // County medical community (县域医共体) dashboards, shift reports and work groups.
            "白沙湖县医共体运营看板 {D}\n远程心电上传 37 例｜危急值 4 例｜上转 6 人｜下转 3 人\n危急值未闭环：{P}（{R}）血钾6.3mmol/L，责任医生{DR}\n数据员：{N}\n",
            "医共体总院夜班总值班报告：{TIME} 龙潭镇卫生院电话上转患者{P}，{AGE}岁，{DIS}，已安排救护车；镇院值班{N}，总院接收科室{DEPT}，联系人{DR} {L}\n",
            "【医共体工作群】@{N} 龙潭镇卫生院今天下转的{P}，出院小结传一下，住院号{R}，谢谢！\n",
            "医共体慢病一体化门诊排班 周三\n上午：县医院{DR}（内分泌）\n下午：镇卫生院{N}、{N}\n预约患者：{P} {M}\n",
            "医共体药品统一配送异常：龙潭镇卫生院缺二甲双胍0.5g，患者{P}（就诊号{R}）由村医{N}代取；配送员{N}电话{M}\n",
            "县域影像中心报告：{P}，{SEX}，{AGE}岁，检查号CT240517-088，胸部CT平扫示右肺上叶磨玻璃结节8mm；报告医生{DR}，审核{N}\n",
            "医共体质控周报：龙潭镇卫生院病历甲级率91%，抽查病历{R}（患者{P}）主诉与诊断不符，责任医生{N}已整改。\n",
            // Chest-pain, stroke and trauma centre time-node forms.
            "胸痛中心时间节点表\n患者：{P}  性别：{SEX}  年龄：{AGE}\n身份证：{ID}\n发病时间：{TIME}\n首次医疗接触：何家湾村卫生室 村医{N}\n首份心电图：10分钟内\n导管室激活："
                    + "{DR}\nD2W：68min\n家属：{F} {M}\n",
            "卒中中心绿色通道：{P}，{AGE}岁，最后正常时间{TIME}，NIHSS 9分，DNT 41min，阿替普酶0.9mg/kg；神经内科{DR}，CT室{N}；门诊号{R}\n",
            "创伤中心登记：{P}，男，{AGE}岁，摩托车翻入水田，ISS 17分，{TIME}到院；创伤团队长{DR}，记录护士{N}；陪同人{F}（{KIN}），{M}\n",
            "胸痛患者出院30天随访：{P}，PCI术后，阿司匹林100mg qd+替格瑞洛90mg bid，随访护士{N}致电{M}，无再发胸痛。\n",
            "卒中地图转运：{P}由救护车直送白沙湖县人民医院卒中单元，途中血压{BP}；随车医生{N}、司机{N}；家属{F}自驾跟随。\n",
            "STEMI pathway audit: {E}, {AGE} y, door-to-wire 74 min, culprit LAD. Interventionalist Dr {ES}. Next of "
                    + "kin {E2}, {M}.\n",
            // Schistosomiasis and flood-season records.
            "血吸虫病查病登记（湖区）\n姓名：{P}  年龄：{AGE}\n住址：{A}\n接触疫水方式：捕鱼、打湖草\n血清学：IHA 1:20 阳性\n治疗：吡喹酮60mg/kg 两日疗法\n查病员：{N}\n",
            "晚期血吸虫病救治档案：{P}，{DOB}生，身份证{ID}，巨脾型，住{A0}；定点救治医院：白沙湖县人民医院，经治医生{DR}\n",
            "汛期防疫日志 {D}：{A0}安置点，腹泻病例2例（{P}、{N}），已采便送检；消杀员{N}，安置点负责人{N} {M}\n",
            "抗洪抢险人员就诊：{P}，巡堤时被铁锹划伤右足，破伤风抗毒素1500IU肌注；带队民兵连长{N}，电话{M}\n",
            "查螺记录：湖滩洲地查螺1200框，活螺框出现率2.1%；查螺队员{N}、{N}、{N}；钉螺解剖阳性0。记录人{N}\n",
            "钩端螺旋体病疑似报告：{P}，稻田收割后高热、腓肠肌压痛，家住{A}，报告医生{DR}，报告电话{L}\n",
            "Flood relief clinic: {E} (volunteer, DOB {DOBE}) treated for leech bites and a cut foot. Team lead {E2}."
                    + " Contact {M}.\n",
            // Fishing-village clinics.
            "渔民新村卫生室接诊：{P}，船上作业被鱼钩刺入左手掌，已取出；船主{N}陪同，住{A0}，{M}\n",
            "渔船民健康档案：{P}，{DOB}出生，常年住船，户籍{A}；联系人{F}（{KIN}）{M}\n",
            "{PS}爹打了一辈子鱼，腰直不起来，今天儿媳{F}带他来卫生室拿膏药。病人{P}，村医{N}\n",
            // Tea-farm and factory workers.
            "茶园采茶工中暑处置：{P}，{AGE}岁，{TIME}在茶山晕倒，体温{TEMP}；茶场负责人{N}送来，工友{N}同行；家住{A0}\n",
            "制茶车间烫伤：{PS}嫂炒青时右前臂烫伤，面积约2%，浅Ⅱ度；厂长{N}垫付医药费。病人全名{P}，{M}\n",
            "工厂职业健康检查名单（噪声岗）\n{P} {ID}\n{N} {ID}\n{N} {ID}\n体检机构联系人：{N} {L}\n",
            "电子厂女工{P}，{AGE}岁，夜班时晕倒，血红蛋白86g/L；车间组长{N}，人事{N}；工号A3307。\n",
            "Factory clinic log: {E}, line engineer, DOB {DOBE}, minor hand laceration, 3 sutures. HR contact {EG}, "
                    + "{L}.\n",
            "鞋厂工人正己烷中毒疑似：{P}，身份证{ID}，双下肢麻木{DUR}；用工单位联系人{N}，职业病科{DR}。\n",
            // Left-behind children and elderly.
            "留守儿童健康监测卡\n儿童：{N}  出生日期：{NB}\n监护人：{F}（祖母）  电话：{M}\n父母外出地：浙江义乌\n家庭住址：{A}\n入户人：{N}\n",
            "留守老人探访记录：{P}，{AGE}岁，独居，儿子{F}在外打工，电话{M}；血压{BP}；探访人村医{N}、网格员{N}\n",
            "{PS}娭毑一个人住，孙伢子{N}在镇上读书，周末才回；病人{P}，社区医生{DR}每月上门一次，电话{L}。\n",
            "{N}（{NB}生）在校摔伤，班主任{N}联系不到父母，由爷爷{F}签字处理；爷爷电话{M}。\n",
            "留守儿童视力筛查：{N}，三年级，裸眼视力0.4/0.5，已通知外婆{F}，电话{M}；筛查员{N}\n",
            // E-commerce pharmacy orders and medicine-delivery riders.
            "【网上药店订单】订单号 YD20240517093412\n收货人：{P}\n电话：{M}\n地址：{A}\n商品：苯磺酸氨氯地平片 5mg×28片 ×2\n审方药师：{N}\n",
            "送药异常：骑手{N}（{M}）送至{A}，收货人{P}电话无人接听，药品已退回药店；店长{N}\n",
            "互联网医院复诊购药：{P}，{AGE}岁，既往{DIS}，医师{DR}开具处方，处方号RX0517-2231。\n",
            "Online pharmacy order note: deliver to {E}, {A}, phone {M}. Pharmacist {EG} checked the prescription.\n",
            "骑手健康登记：{N}，身份证{ID}，健康证编号JK2024-0331，电动车牌湘F·A2317；站长{N}。\n",
            // Health-code style records.
            "健康码核验记录\n姓名：{P}\n证件号码：{ID}\n手机号：{M}\n码色：绿码\n核验点：白沙湖县人民医院门诊东门\n核验人：{N}\n",
            "发热门诊预检：{P}，体温{TEMP}，行程卡无中高风险地区；同住人{F}、{N}；现住{A0}\n",
            // Free cervical and breast cancer screening.
            "农村妇女“两癌”免费筛查登记\n姓名：{P}  出生日期：{DOB}\n身份证号：{ID}\n联系电话：{M}\n住址：{A}\nHPV：阴性  TCT：NILM\n乳腺彩超：BI-RADS 2类\n筛查医生"
                    + "：{N}\n",
            "两癌筛查阳性追踪：{P}，TCT示HSIL，已电话{M}通知到县妇幼阴道镜门诊复查；追踪人{N}，妇女主任{N}\n",
            "乳腺钼靶：{P}，左乳外上象限簇状钙化，BI-RADS 4b，建议活检；报告医生{DR}；检查号MG0517-014\n",
            // Newborn hearing screening and birth-defect follow-up.
            "新生儿听力筛查\n婴儿：{P}之子  出生：{NB}\n母亲电话：{M}\n初筛（OAE）：左耳通过 右耳未通过\n复筛预约：42天\n筛查员：{N}\n",
            "听力复筛未通过转诊：患儿{N}，{NB}出生，父亲{F}，{M}；转诊至楚江医学院附属第一医院耳鼻喉科听力中心。\n",
            "出生缺陷随访卡：患儿{N}，出生日期{NB}，诊断：先天性唇腭裂，母亲{P}，身份证{ID}，住{A}；随访医生{DR}\n",
            "Newborn screening recall: baby of {E}, born {NB}, TSH 28 mIU/L, recall for venous sample. Call {M}. Nurs"
                    + "e {EG}.\n",
            // Antenatal class sign-ups.
            "孕妇学校报名表（第12期）\n{P} 孕24周 {M}\n{N} 孕30周 {M}\n{N} 孕18周 {M}\n授课：产科{DR}\n",
            "准爸爸课堂签到：{F}、{N}、{N}；陪同孕妇{P}；助产士{N}讲解呼吸减痛法。\n",
            // Hospital volunteer logs.
            "志愿者服务日志 {D}\n岗位：门诊导诊\n志愿者：{N}（学号2021301587）、{N}\n协助患者：{P}（轮椅推送至{DEPT}）、{N}（代为自助机挂号）\n督导：{N}\n",
            "红马甲志愿者{N}：今天帮一位叫{P}的婆婆打印了报告，她孙女{F}后来打电话{M}来道谢。\n",
            // Social-worker and chaplain notes.
            "医务社工个案记录\n服务对象：{P}  住院号：{R}\n主要问题：自付费用高，家庭支持不足\n家属：{F}（{KIN}），{M}\n干预：链接县慈善总会救助\n社工：{N}\n",
            "社工随访：{P}出院后住{A0}，独居，{PS}婆婆说想孙子；已联系村委会{N}每周看望。\n",
            "安宁疗护灵性关怀：{P}，晚期胃癌，女儿{F}守夜，希望回老家{A0}；关怀师{N}陪伴祷告（家属为基督徒）。\n",
            // Hospital canteen allergy records.
            "营养食堂过敏登记：{P}，23床，花生、虾过敏；订餐登记电话{M}；营养师{N}，配餐员{N}\n",
            "职工食堂特殊饮食：{N}（工号H0231）麸质过敏，{N}乳糖不耐受；登记人{N}\n",
            // Medical-records copying requests.
            "病案复印申请\n申请人：{F}  身份证：{ID}\n与患者关系：{KIN}\n患者：{P}  住院号：{R}\n复印用途：商业保险理赔\n邮寄地址：{A}\n联系电话：{M}\n",
            "病案邮寄单：收件人{P}，{M}，{A}，快递单号SF1402236651578；经办{N}\n",
            "病历复印委托书：本人{P}（身份证{ID}）委托{F}代为复印本人病历，住院号{R}。委托人签字：{P}\n",
            // Second-opinion requests.
            "第二诊疗意见申请：{P}，{AGE}岁，{DIS}，原诊疗医院白沙湖县人民医院，申请{DEPT}{DR}教授阅片；病理号P2405-1187；联系人{F} {M}\n",
            "Second opinion request: patient {PY}, MRN {R}, biopsy slides sent to Dr {ES}. Contact {E} at {M}.\n",
            // Patient portal messages.
            "患者端留言：医生您好，我是{P}，住院号{R}，上周拍的片子能帮我看下吗？电话{M}\n",
            "患者端回复：{P}您好，您的问题已转{DEPT}{DR}，预计24小时内回复；如病情紧急请拨打120。\n",
            "Portal message from {MX}: hi, my mum {P} was discharged yesterday, can I get her discharge summary? MRN "
                    + "{R}.\n",
            // Appointment no-shows.
            "爽约登记（{D}）\n{P} {M} 未到 {DEPT}\n{N} {M} 未到 {DEPT}\n{N} {M} 已改约\n回访人：{N}\n",
            "连续3次爽约提醒：{P}，就诊卡{R}，如需恢复预约请携身份证{ID}至门诊部办理；联系电话{L}\n",
            // Pharmacy counselling transcripts.
            "用药咨询记录（门诊药房）\n药师：华法林要每天同一时间吃，菠菜别忽多忽少。\n患者{P}：那我女儿{F}买的保健品能吃吗？\n药师：先莫吃，下次查INR带来看看。\n药师签名：{N}\n",
            "药师电话随访：{P}服用吡喹酮后头晕、恶心，属常见反应；药师{N}，患者电话{M}\n",
            "Pharmacy counselling: {E} asked about metformin 500 mg bid with alcohol. Pharmacist {EG}. Follow-up call"
                    + " {M}.\n",
            // OCR of handwritten prescriptions and notes.
            "[OCR] 处方笺  白沙湖县人民医院\n姓名 {PO}  性别 {SEX}  年龄 {AGE}\n门诊号 {R}\nRp: 阿莫西林胶囊 0.5g×24 / Sig: 0.5g tid po\n医师 "
                    + "{DR}  药师 {N}\n",
            "[OCR 识别置信度低] 患者姓名：{PO}\n身份证：{ID}\n诊断：上感\n医生签名：{DR}\n",
            "[OCR] 手写病历第2页\n{PO} 女 {AGE}岁 c/o 腹痛 {DUR}\n住址 {A}\n",
            "[OCR] 转诊联系单：患者 {PO}  转出医生电话 {L}  接收方 楚江医学院附属第一医院\n",
            // Speech-recognition transcripts of ward rounds, with Wu, Gan and Xiang words.
            "[语音转写] 查房 {DS}主任 嗯 这个{PG}啊 昨天夜里还咳不咳 患者{P} 咳咧 半夜里咳得蛮狠 主任 那今天再拍个片子 住院号{R}\n",
            "[语音识别] 好的 那个二十三床{P}今天讲他脑壳痛 啊 昨天夜里冇睡着 血压{BP} 家属{F}讲要转到省里去 嗯\n",
            "[语音转写·赣语] 医生 你屋里几个人 患者 两个 我跟我老倌{F} 医生 电话几多号 患者 {M}\n",
            "[语音转写·吴语] 阿拉{PS}家阿婆今朝饭吃勿落 {P} 八十四岁 住{A0}\n",
            "[ASR] 查房录音 {DR}说 这个{P} 嗯 pt 术后第三天 引流少 f/u 血常规 其他冇得么事\n",
            // Notes with English abbreviations mixed into Chinese.
            "pt {P} {SEX}/{AGE} c/o 胸闷 x3d，hx HTN 10y，f/u BP {BP}；PE：双肺(-)；plan：调整降压药，2/52 RTC。Dr {DS}\n",
            "Ward round: pt {P}, POD2, afebrile, drain 30ml. f/u with {DR} tmr. NOK {F} {M}.\n",
            "会诊 note：pt {P}，hx DM 8y、CKD3，c/o 双下肢水肿，Cr 168；recs：停二甲双胍，改胰岛素；f/u 1/52。renal {DR}\n",
            "交班 SBAR：S：18床{P} SpO2 88%；B：COPD；A：CO2潴留？R：请{DS}医生看，查ABG。家属{F}已通知。\n",
            // Pinyin names, with tones or initials.
            "境外就诊登记：护照姓名 {PY}，中文名 {P}，出生日期 {DOBE}，联系电话 {M}，暂住 {A0}\n",
            "Lab report: patient {PY}, DOB {DOB}, specimen S2405-0318, HbA1c 8.1%. Reported by {EG}.\n",
            "Research consent (cohort): participant {PY}, ID {ID}, witness {E}. Coordinator {EG}.\n",
            "Travel insurance claim: insured {PY}, policy {I}, Chujiang First Hospital, attending Dr {ES}.\n",
            "留学生门诊：{PY}（中文名{P}），在读研究生，{AGE}岁，发热{DUR}；辅导员{N}陪同，电话{M}\n",
            // Chinese names with English first names.
            "行政例会纪要：出席 {MX}、{N}、{DR}；记录 {MX}。议题：医共体信息平台上线。\n",
            "{MX}（护理部）：请各病区于周五前提交跌倒上报，联系电话{L}。\n",
            "工作群\n{MX}：@{N} 今天门诊的{P}，报告发你了\n{N}：收到，我电话{M}\n",
            "外企员工体检：{MX}，出生日期{DOB}，公司HR {MX}，体检号TJ0517A22\n",
            // Forms of address, given names and nicknames.
            "老{PS}今天又来了，说{KIN}{F}不让他抽烟，血压{BP}。病人{P}，村医{N}\n",
            "小{PS}（{P}），{AGE}岁，护士，夜班后心慌，心电图正常。\n",
            "{PS}师傅（{P}）是县医院锅炉房的，左手被蒸汽烫伤，同事{N}送来。\n",
            "{PS}姐，您的检查单在{DEPT}窗口取，报一下身份证号{ID}就行。\n",
            "{FS}哥（{F}）是{P}的堂兄，帮忙垫付了住院押金，收据抬头写的{P}。\n",
            "{DS}主任医师今日门诊停诊，原预约患者{P}等改至{D}，通知电话{M}。\n",
            "{DS}副院长带队下乡义诊，在{A0}为{P}、{N}等62人测量血压。\n",
            "{PG}，你明天早点来抽血，莫吃早饭。——{DS}医生发给{P}\n",
            "{P}（大家叫她{PG}），{AGE}岁，今天出院，女婿{F}来接，{M}\n",
            "{PG}妹子，你的B超单子出来了，莫慌，没得大问题。——{DS}医生（患者{P}）\n",
            "{PK}（学名{P}）{AGE}岁，放牛时被牛角顶伤，奶奶{F}背来的，住{A0}\n",
            "患儿{P}，小名{PK}，{NB}生，手足口病，幼儿园老师{N}通知家长{F}。\n",
            "{PK}他娘{F}打电话{M}来问，伢的烧退了冇。\n",
            "{FS}爹（{F}）今天陪{P}复查，自己也顺便量了血压{BP}。\n",
            "{PS}婆婆，降糖药莫停，下个月{DS}医生还来村里。——患者{P}，就诊号{R}\n",
            "护士站便签：{PS}嫂家属电话{M}，{FS}哥下午来送饭。\n",
            // Names straight after department, role or verb words, and in lists.
            "急诊科{DR}呼叫骨科{N}会诊，麻醉科{N}已到场，患者{P}拟急诊手术。\n",
            "今日值班：内一科{N} 内二科{N} 外科{N} 妇产科{N} 总值班{DR}\n",
            "护理部通报表扬{N}/{N}/{N}，批评{N}。\n",
            "感谢信：感谢心内科{DR}医生和护士{N}、{N}对我父亲{P}的照顾！家属{F}\n",
            "通知{P}家属速来医院，联系{F}未接，改联系{N} {M}\n",
            "医生{DR}交代{F}签字后，{P}送手术室。\n",
            // Identifiers in further positions and forms.
            "{ID}\n{P}\n{M}\n{A}\n",
            "身份证号码是{ID}的那个病人，叫{P}，已经出院了。\n",
            "联系方式：本人{M}；家里座机{L}；儿子{F} {M}\n",
            "住院病案首页（节选）\n病案号 {R}  医保卡号 {I}\n姓名 {P}  出生 {DOB}  年龄 {AGE}岁\n现住址 {A}\n工作单位：白沙湖县茶叶公司\n联系人 {F}  电话 {M}\n入院日"
                    + "期 {D}\n",
            "城乡居民医保参保登记：{P}，身份证{ID}，医保号{I}，缴费银行卡{B}，户籍{A}\n",
            "退费申请：患者{P}，住院号{R}，退款至银行卡{B}，开户人{F}，与患者关系{KIN}，联系电话{M}\n",
            "农商行代发：医疗救助金打入{B}（户名{P}），经办{N}；咨询拨打12345。\n",
            "{R} {P} {SEX} {AGE}岁 {DEPT} 加5床\n",
            "出院结算单：{P}，住院号{R}，医保{I}，统筹支付8,214.60元，个人支付1,905.32元。\n",
            "患者{P}（出生日期{DOB}，身份证{ID}），{D}入院，入院时{AGE}岁。\n",
            "户口本信息：户主{F}，与户主关系：{KIN}，{P}，出生{DOB}，住址{A}\n",
            "医保异地备案：{P}，参保地江西省上饶市，就医地浙江省杭州市，医保号{I}，备案电话{M}\n",
            // Decoys: teas, foods, place words, hotlines, bed, specimen and order numbers, surname-initial words.
            "{P}平时爱喝恩施玉露，家里养了几箱蜂，近期吃了洪湖莲藕后腹泻，门诊号{R}。\n",
            "{P}既往黄疸、高热史，住在{A0}，湖边放牛接触疫水；吡喹酮40mg/kg 顿服。\n",
            "{P}咨询医保报销，已告知拨打12320卫生热线或医保服务热线400-880-9120，另可拨打12345政务热线。\n",
            "{P}，{AGE}岁，ICU4床转CCU-2床，标本号S2405-0318，医嘱号YZ88213，{DR}已知晓。\n",
            "{P}在武昌鱼馆吃饭后荨麻疹，服用氯雷他定10mg qd；陪同人{F}。\n",
            "{P}是君山银针茶厂工人，住{A0}，鄱阳湖边长大，钉螺接触史阳性。\n",
            "{P}诉江边受凉后咳嗽，金银花泡水无效，挂号序号A017，{DS}医生接诊。\n",
            // English and mostly Latin-script.
            "Discharge summary: {E}, DOB {DOBE}, admitted with dengue fever, platelets nadir 31. GP {ES}. Address {A}"
                    + ".\n",
            "Yiwu trader clinic: {E}, {AGE} y, interpreter {E2}, phone {M}. Diagnosis: gout.\n",
            "Volunteer log: {E} (medical student) helped patient {P} at the kiosk. Supervisor {EG}.\n",
            "No-show list {D}: {E} {M}; {E2} {M}; {PY} {M}.\n",
            "Chaplaincy note: visited {E} in bed 7; wife {E2} present. Follow-up by {EG}.\n",
            "Allergy card: {E}, DOB {DOBE}, peanut anaphylaxis, EpiPen carried. Canteen informed by {EG}.\n",
            "Records request: {E} requests copies for insurance, ID {ID}, MRN {R}. Mail to {A}.\n",
            "Portal: Dear Dr {ES}, this is {E}. My newborn was born {NB} and failed the hearing screen. Call {M}.\n",
            "Antenatal class sign-up: {E} 28 weeks, partner {E2}, phone {M}, midwife {EG}.\n",
            "Teaching round: Dr {ES} presented {PY}, stroke, NIHSS 12, tPA at 14:32. Scribe {EG}.\n",
            "Refund transfer: account holder {E}, card {B}, bank ICBC Wuhan branch.\n",
            "Occupational check: {E}, forklift driver, ID {ID}, DOB {DOBE}. Examined by {E2}.\n",
            "Screening invite: {E}, cervical screening due; address {A0}; nurse {EG}; hotline 12320.\n",
            "Birth-defect follow-up: infant of {E}, born {NB}, cleft lip repaired; surgeon Dr {ES}; next visit {D}.\n",
            // Minority patients: migrant workers and students.
            "务工人员就诊：{MN}，{AGE}岁，从新疆来义乌打工，腰扭伤，老乡{N}翻译，电话{M}\n",
            "藏族学生体检：{MN}，出生日期{DOB}，辅导员{N}\n",
            "{MN}（彝族）在工地摔伤，包工头{N}送来，工友{N}留电话{M}。\n",
            "民族班学生住院：{MN}，住院号{R}，班主任{N}，家长远在外地，电话{L}。\n",
            "Ward note: {MN}, Tibetan student, DOB {DOBE}, mild anaemia. Tutor {E}.\n",
            "福利院集中供养对象体检：{P}、{N}、{MN}血糖偏高；院长{N}，电话{L}\n",
            // More consortium writing.
            "家庭病床建床：{P}，脑梗后卧床，住{A}，主管医生{DR}，护士{N}每周上门2次，家属{F} {M}\n",
            "医患沟通：{DR}与{P}之女{F}谈话，告知{DIS}病情及费用，{F}签字。\n",
            "救护车出车记录：{TIME} 接警，地址{A}，患者{P}，呼救人{F}（{KIN}）{M}；出车医生{N}，驾驶员{N}\n",
            "器械借用：护士{N}借走血糖仪1台（编号GLU-07），归还时签字{N}。\n",
            "HPV疫苗接种：{N}，{NB}出生，初二学生，监护人{F}，{M}；接种单位：龙潭镇卫生院；疫苗批号J20240517\n",
            "学生晨检异常：{N}（{NB}）发热{TEMP}，班主任{N}已联系家长{F} {M}\n");

    // Older rural names of the lakes and hills; Wu surnames of Zhejiang; middle-aged; young and recent cohorts;
    // two-character names; word-like names; compound surnames.
    private static final List<String> CHINESE = List.of((
            "覃春桃 向满仓 冉家槐 田秋禾 谭伏生 彭菊香 熊细妹 喻桂枝 涂腊梅 龚满姣 黎冬秀 晏四喜 柯三元 程金水 汪细毛 "
            + "詹梅仙 储满堂 操兴旺 檀翠英 疏桂珍 桂年生 宛秋莲 帅伯阳 易满秀 邬阿根 屠杏娣 钮根宝 祁银娣 竺小囡 楼阿土 "
            + "应伯钧 虞彩娥 胥兰芬 敖德清 丰水娥 卞福根 闵桂秋 甄秋菊 游炳坤 饶腊英 揭九斤 鄢水生 皮定湘 佘冬英 漆德茂 "
            + "覃建湘 向卫东 冉红旗 田跃进 谭湘云 彭赣生 熊皖平 聂苏红 喻新民 涂爱武 龚振湖 黎桂香 晏国栋 柯建设 程满舵 "
            + "汪四清 詹益民 储红霞 操志勇 檀卫华 疏建中 桂爱莲 宛学军 帅国强 易翠兰 邬伟忠 屠建芬 钮雪根 祁红卫 竺海燕 "
            + "楼建锋 应晓蓉 虞国芳 胥文革 敖小林 丰德胜 卞正华 闵卫红 甄立新 游志华 饶小平 揭火根 鄢桂珊 皮建国 佘家明 "
            + "漆国富 "
            + "覃梓萌 向思妤 冉若溪 田沐阳 谭锦程 彭书瑶 熊奕航 聂语嫣 喻子墨 涂欣悦 龚芷若 黎星辰 晏梓涵 柯一鸣 程诗琪 "
            + "汪宸宇 詹可馨 储子轩 操晨曦 檀梓豪 疏雅琴 桂思远 宛嘉怡 帅宇航 易烨磊 邬雨涵 屠锦瑜 钮子恒 祁沐晨 竺静怡 "
            + "楼一航 应梓琳 虞欣妍 胥梦瑶 "
            + "覃淼 冉蓓 晏珺 储蕙 汪沁 帅岚 邬骁 祁漪 胥朗 游苒 易昶 "
            + "温泉 钱塘 熊猫 卓越 "
            + "欧阳晓岚 欧阳菊仙 诸葛秋萍 诸葛根水 司马湘君 司马慧 闻人杏芳 闻人琛 欧阳鹂").split(" "));
    /**
     * The pool names that are also ordinary words: 温泉 hot spring, 钱塘 the Qiantang, 熊猫 panda, 卓越
     * excellent; under a tenth of the pool.
     */
    static final List<String> WORD_LIKE = List.of("温泉", "钱塘", "熊猫", "卓越");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "诸葛", "司马", "闻人");
    // Uyghur and Kazakh migrant workers; Tibetan and Yi students and workers.
    private static final List<String> MINORITY = List.of((
            "努尔比亚·阿布拉 麦麦提敏·依明 祖丽皮耶·喀迪尔 吐逊江·买合木提 阿迪力·吾守尔 古再丽努尔·艾散 沙吾提·托乎提 "
            + "热娜古丽·斯拉木 叶尔兰·波拉提 玉苏甫江·阿吾提 哈丽旦·吐拉克 赛迪古丽·尼亚孜 阿卜杜克热木·托合提 再努热·麦麦提 "
            + "买吾兰·阿不都热依木 努尔夏提·哈力克 古丽娜孜·哈孜别克 "
            + "索朗曲珍 尼玛拉姆 次旺多吉 德吉卓玛 平措旺杰 贡觉曲珍 扎西拉措 益西措姆 格桑顿珠 尼玛次旦 "
            + "俄木日洛 吉伍伍各 日火阿依 勒格曲达 吉木拉日 阿约么且 海来拉哈").split(" "));
    /** Nicknames, labelled as names. */
    private static final List<String> NICKNAMES = List.of("细伢子", "满妹子", "毛坨", "狗伢子", "三伢", "冬瓜", "阿囡",
            "黑皮", "秤砣");
    // given|family.
    private static final List<String> ENGLISH = List.of("Hamoud|Qadasi", "Mansour|Bazzi", "Firouzeh|Mahdavi",
            "Zabihullah|Sarwari", "Shahzaib|Gondal", "Mehwish|Bhatti", "Chukwuemeka|Ezeokoli", "Oumou|Sangare",
            "Tesfaye|Woldemichael", "Awadalla|Elhassan", "Hossam|Elshazly", "Abdelilah|Lahlou", "Volkmar|Ziegenbein",
            "Ottavio|Brambilla", "Grainne|Donnellan", "Tristan|Hollingworth", "Clotilde|Thibodeaux", "Ezekiel|Abernathy",
            "Hollis|Pennington", "Greer|Sutcliffe", "Lerato|Sithebe", "Dilshan|Wickramasinghe", "Rashmi|Adhikari",
            "Phetsamone|Keovongsa", "Sokha|Chhim", "Htet|Naing", "Fionnan|Dineen", "Leokadia|Wawrzyniak",
            "Ellery|Thornbury", "Rosalinda|Condori", "Sorina|Bratianu", "Yerzhan|Serikbayev", "Dagny|Fosshaug");
    /** English given name|Chinese surname|its pinyin, for colleagues who go by an English name. */
    private static final List<String> MIXED = List.of("Vivian|邬|Wu", "Kelvin|覃|Qin", "Winnie|帅|Shuai",
            "Jasper|竺|Zhu", "Cherry|晏|Yan", "Tracy|檀|Tan", "Gavin|屠|Tu", "Sherry|疏|Shu", "Elsie|楼|Lou");
    /** Family|first syllable|second syllable, with tone marks, of people written in pinyin only. */
    private static final List<String> PINYIN = List.of("Qín|Chūn|Táo", "Xiàng|Mǎn|Cāng", "Rǎn|Jiā|Huái",
            "Tán|Fú|Shēng", "Péng|Jú|Xiāng", "Xióng|Xì|Mèi", "Niè|Sū|Hóng", "Yù|Guì|Zhī", "Tú|Là|Méi",
            "Gōng|Mǎn|Jiāo", "Chǔ|Mǎn|Táng", "Cāo|Xīng|Wàng", "Shū|Guì|Zhēn", "Shuài|Bó|Yáng", "Wū|Ā|Gēn",
            "Yìng|Bó|Jūn", "Lóu|Ā|Tǔ");
    /** Hubei, Hunan, Jiangxi, Anhui, Zhejiang and Jiangsu counties and districts. */
    private static final List<String> AREA = List.of("421123", "421087", "422823", "420117", "430626", "431121",
            "430521", "430102", "360424", "361127", "360102", "340826", "341524", "340104", "330522", "330329",
            "330782", "321324", "320923", "320506");
    /** The areas whose codes were already issued with 15-digit numbers (吴中区 320506 dates from 2001). */
    private static final List<String> LEGACY_AREA = AREA.stream().filter(a -> !a.equals("320506")).toList();
    /** Area code and length of the local number. */
    private static final List<String> LANDLINE_AREAS = List.of("027|8", "0731|8", "0791|8", "0551|8", "0713|7",
            "0730|7", "0793|7", "0556|7", "0572|7", "0579|8", "0527|7");
    private static final List<String> BANK_BINS = List.of("622700", "623052", "621661", "622262", "621226", "622155");
    /** Provincial capitals and Suzhou: streets written with 号, an estate, 栋/单元/室. */
    private static final List<String> CITY_STREETS = List.of("湖北省武汉市|洪山区珞喻路,江汉区新华路,武昌区中北路",
            "湖南省长沙市|岳麓区麓山南路,芙蓉区五一大道", "江西省南昌市|东湖区八一大道,青山湖区北京东路",
            "安徽省合肥市|蜀山区长江西路,包河区马鞍山路", "江苏省苏州市|姑苏区人民路,吴中区宝带西路");
    private static final List<String> ESTATES = List.of("金域华府", "滨湖花园", "桂园新村", "锦绣江南", "南湖小区");
    /** Zhejiang and Jiangsu county towns: streets written with 号/幢/室. */
    private static final List<String> TOWN_STREETS = List.of("浙江省湖州市长兴县|雉城街道金陵北路,画溪街道长兴大道",
            "浙江省金华市义乌市|稠城街道工人北路,福田街道宗泽路", "江苏省宿迁市泗洪县|青阳街道人民中路",
            "安徽省六安市金寨县|梅山镇红军路");
    private static final List<String> VILLAGES = List.of("湖南省岳阳市平江县三市镇|高坪村,石牛村",
            "湖北省黄冈市罗田县三里畈镇|河铺村,錾字石村", "江西省上饶市余干县瑞洪镇|康山村,西岗村",
            "安徽省安庆市宿松县洲头乡|复兴村,金坝村", "湖北省荆州市监利市汴河镇|新沟村,许庙村",
            "湖南省益阳市沅江市草尾镇|乐园村,新胜村");
    /** Hamlets of the lake plains: 湾 and the diked polders, 垸. */
    private static final List<String> HAMLETS = List.of("刘家湾", "下屋湾", "塘角湾", "新洲垸", "共和垸");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Blind19Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_19 || !templates.isEmpty() && BLIND_19.containsAll(templates);
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

    /** The given name: 晓岚 of 欧阳晓岚, 春桃 of 覃春桃. */
    static String givenNameOf(String chineseName) {
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a one-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /** The name as OCR reads it off a handwritten form: broken by a line break or by blanks. */
    static String scannedName(String chineseName, RandomGenerator r) {
        String surname = surnameOf(chineseName), given = givenNameOf(chineseName);
        return switch (r.nextInt(4)) {
            case 0 -> surname + "\n" + given;
            case 1 -> surname + " " + given;
            case 2 -> String.join(" ", chineseName.split(""));
            default -> chineseName.substring(0, chineseName.length() - 1) + "\n"
                    + chineseName.substring(chineseName.length() - 1);
        };
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        return w.matches("\\S+([ \n]\\S+)+") && CHINESE.contains(w.replaceAll("[ \n]", ""));
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

    /** An English given name with a Chinese surname: Vivian 邬, 邬Vivian or Vivian Wu. */
    static String mixedName(RandomGenerator r) {
        List<String> forms = mixedForms(pick(MIXED, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> mixedForms(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[0] + " " + p[1], p[1] + p[0], p[0] + " " + p[2]);
    }

    /** A pinyin name: QIN Chuntao, Qin Chuntao, Chuntao Qin, Qín Chūntáo or C.T. Qin. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> pinyinForms(String entry) {
        String[] toned = entry.split("\\|");
        String[] p = toneless(entry).split("\\|");
        String f = p[0], given = p[1] + p[2].toLowerCase();
        String initials = p[1].charAt(0) + "." + p[2].charAt(0) + ".";
        return List.of(f.toUpperCase() + " " + given, f + " " + given, given + " " + f,
                toned[0] + " " + toned[1] + toned[2].toLowerCase(), initials + " " + f);
    }

    /** The entry without its tone marks. */
    static String toneless(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1935, 86, r);
    }

    /** A first-generation 15-digit number: area, yymmdd (born 1935 to 1999), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 35, 65, r);
    }

    /** A resident identity number: plain, lower-case x, 6 8 4 by blanks, 6-8-4 by hyphens, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> legacyId(r);
            case 1 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 2 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 3, 4 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mobile: plain, 138 1234 5678, 138-1234-5678, +86 13812345678, +8613812345678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0 -> a + " " + b + " " + c;
            case 1 -> a + "-" + b + "-" + c;
            case 2 -> "+86 " + n;
            case 3 -> "+86" + n;
            default -> n;
        };
    }

    /** A landline: 027-87654321, (0713)7612345, 0730 8234567; sometimes an extension after 转 or 分机. */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        String number = switch (r.nextInt(4)) {
            case 0 -> area + " " + local;
            case 1 -> "(" + area + ")" + local;
            default -> area + "-" + local;
        };
        return switch (r.nextInt(5)) {
            case 0 -> number + "转" + digits(3 + r.nextInt(2), r);
            case 1 -> number + "分机" + digits(3 + r.nextInt(2), r);
            default -> number;
        };
    }

    /** 2023045812 (year and six digits), BA23-004512, YGT and nine digits, JZ and ten digits. */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(4)) {
            case 0 -> year + digits(6, r);
            case 1 -> "BA" + (year % 100) + "-" + digits(6, r);
            case 2 -> "YGT" + digits(9, r);
            default -> "JZ" + digits(10, r);
        };
    }

    /** Hubei HBYB, Hunan HN43-, Jiangxi rural JXNH, Anhui AH34, Zhejiang ZJ33-. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "HBYB" + digits(10, r);
            case 1 -> "HN43-" + digits(4, r) + "-" + digits(6, r);
            case 2 -> "JXNH" + digits(11, r);
            case 3 -> "AH34" + digits(10, r);
            default -> "ZJ33-" + digits(10, r);
        };
    }

    /** A bank card, 16 or 19 digits with a valid Luhn digit: plain, fours by blanks, or fours by hyphens. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /**
     * An address: city streets with 号, an estate and 栋/单元/室, county-town streets with 号/幢/室, villages with a 组, a
     * 湾 or a 垸 and a house number; {@code partial} may stop at the village or the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return place(r.nextBoolean() ? VILLAGES : r.nextBoolean() ? CITY_STREETS : TOWN_STREETS, withProvince, r);
        }
        return switch (r.nextInt(4)) {
            case 0 -> place(CITY_STREETS, withProvince, r) + (1 + r.nextInt(400)) + "号" + (r.nextInt(4) > 0
                    ? pick(ESTATES, r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(32)) + "0" + (1 + r.nextInt(4)) + "室" : "");
            case 1 -> place(TOWN_STREETS, withProvince, r) + (1 + r.nextInt(300)) + "号" + (r.nextBoolean()
                    ? (1 + r.nextInt(20)) + "幢" + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(4)) + "室" : "");
            default -> place(VILLAGES, withProvince, r) + switch (r.nextInt(3)) {
                case 0 -> chineseNumber(1 + r.nextInt(12)) + "组";
                case 1 -> (1 + r.nextInt(12)) + "组";
                default -> pick(HAMLETS, r);
            } + (r.nextInt(3) > 0 ? (1 + r.nextInt(80)) + "号" : "");
        };
    }

    /** A town or city and one of its villages or streets, with or without the province. */
    private static String place(List<String> towns, boolean withProvince, RandomGenerator r) {
        String[] t = pick(towns, r).split("\\|");
        String[] places = t[1].split(",");
        String town = withProvince ? t[0] : t[0].substring(t[0].indexOf('省') + 1);
        return town + places[r.nextInt(places.length)];
    }

    /**
     * A date of birth, 1935 to 2006: 1962年3月8日, 1962-03-08, 1962.3.8, 62年3月8日, 19620308, 1962/3/8, 1962年3月.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> String.format("%02d", y % 100) + "年" + m + "月" + d + "日";
            case 4 -> String.format("%d%02d%02d", y, m, d);
            case 5 -> y + "/" + m + "/" + d;
            default -> y + "年" + m + "月";
        };
    }

    /** An English date of birth: 08-Mar-1962, March 8, 1962, 8 Mar 1962, 03/08/1962 (month first). */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d-%s-%d", d, month.substring(0, 3), y);
            case 1 -> month + " " + d + ", " + y;
            case 2 -> d + " " + month.substring(0, 3) + " " + y;
            default -> String.format("%02d/%02d/%d", m, d, y);
        };
    }

    /** A child's date of birth, 2015 to 2025: 2021年5月7日, 2021-05-07, 2021.05.07, 20210507. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2015 + r.nextInt(11), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
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
                || mixedOf(w) != null || MIXED.stream().anyMatch(n -> given(n).equals(w))
                || pinyinOf(w) != null;
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) {
            return w;
        }
        if (isScannedName(w)) {
            return w.replaceAll("[ \n]", "");
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    /** The pinyin pool entry a value writes, or null. */
    static String pinyinOf(String w) {
        return PINYIN.stream().filter(n -> pinyinForms(n).contains(w)).findFirst().orElse(null);
    }

    /** The mixed pool entry a value writes, or null. */
    static String mixedOf(String w) {
        return MIXED.stream().filter(n -> mixedForms(n).contains(w)).findFirst().orElse(null);
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

    static List<String> mixedNames() {
        return MIXED;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    /** Every way {@link #pinyinName} writes the pool's names. */
    static Stream<String> pinyinWritten() {
        return PINYIN.stream().flatMap(n -> pinyinForms(n).stream());
    }

    /** Every way {@link #mixedName} writes the pool's names. */
    static Stream<String> mixedWritten() {
        return MIXED.stream().flatMap(n -> mixedForms(n).stream());
    }

    static Stream<String> mixedGivenNames() {
        return MIXED.stream().map(Blind19Templates::given);
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind19Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind19Templates::given);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(random), EntityKind.NAME);
            case "MX" -> out.write(mixedName(random), EntityKind.NAME);
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
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

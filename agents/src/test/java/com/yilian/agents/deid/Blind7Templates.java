package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;

/**
 * Seventh blind group: templates and name pools written without seeing the rules, their error lists, the older groups'
 * sentences or the development templates, in the template language of {@link ClinicalTextGenerator}. To be measured
 * once, with the rules frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe} as {@code BLIND_7}); a
 * rule changed because of its errors makes it development data and needs a new blind group for the next honest
 * estimate.
 *
 * <p>The documents are of kinds the older groups do not cover: dental, eye, skin and ENT outpatient notes, psychiatric
 * progress notes, school morning checks and child-health booklets, nursing-home and elderly-care records, group
 * check-up lists, occupational health, work-injury and forensic-appraisal papers, insurance claim interviews, a
 * dispute mediation agreement, record quality-control feedback, trainee-doctor registration, satisfaction calls,
 * prescription delivery slips, remote consultations between two hospitals, emergency triage, blood donation, vaccine
 * adverse-event reports, authorisations to collect reports, ICU visiting logs, carer agreements, cancellation SMS,
 * doctors' WeChat moments and work groups, and English pre-authorisation, medical-travel and claim letters. Names
 * stand in tables, lists and signatures, after verbs (告知了, 交给), in brackets, glued to digits and Latin text, and as
 * address terms (老X, 小X, X姐, X哥: only the surname is labelled there). Decoys: 他克莫司, 阿托品, 片仔癀, 云南白药,
 * 马应龙, 梅尼埃病, 川崎病, 贝尔面瘫, 唐氏综合征, 西双版纳, vaccine lot numbers, lens prescriptions.
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind6Templates} nor among the names {@link SyntheticValues} can generate; many are ordinary words (曾经, 于是,
 * 苏醒, 范围, 顾问, 符合, 程序, 方向, 夏至) or drugs (杜仲, 白术, 葛根, 薄荷, 百里香). The generator draws patient,
 * family member and doctor from {@link #chineseName}, the minority person from {@link #minorityName}, {@code DS} from
 * {@link #surnameOf} the doctor. This group has slots of its own: {@code N}, a further Chinese name drawn afresh at each
 * use; {@code PS} and {@code FS}, the surnames of patient and family member (for 老X, X姐); {@code EG}, an English
 * given name alone (for "Dear Morag,"). Any non-empty subset of {@link #BLIND_7} uses these pools (see {@link #uses}).
 */
final class Blind7Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261208L;

    static final List<String> BLIND_7 = List.of(
            // 口腔科、眼科、皮肤科、耳鼻喉科门诊 (dental, eye, skin, ENT)
            "口腔科门诊病历 {D}\n姓名：{P}　性别：{SEX}　年龄：{AGE}岁　门诊号：{R}\n主诉：右下后牙咬物痛1周。\n"
                    + "检查：46远中邻面深龋，叩痛(+)，冷测敏感。\n处置：46开髓引流，氢氧化钙封药，嘱{D}复诊。\n"
                    + "医师：{DR}　护士：{N}\n",
            "正畸知情同意：患儿{P}（{AGE}岁），监护人{F}，选用隐形矫治器，疗程约2年，需定期复诊更换牙套。"
                    + "主诊医生：{DR}　联系电话：{L}",
            "眼科检查记录：{P}，{AGE}岁，视力OD 0.3 OS 0.5，眼压18/20mmHg，诊断年龄相关性白内障，拟行超声乳化+IOL植入。"
                    + "阿托品滴眼液散瞳后由{KIN}{F}陪同回家。检查医师{DR}。",
            "验光单 {D}\n{P}　R: -3.25DS/-0.75DC×180　L: -2.75DS\n瞳距62mm　验光师：{N}　复核：{DR}\n",
            "皮肤科门诊：患者{P}，面部红斑伴瘙痒{DUR}，考虑接触性皮炎，予他克莫司软膏外用、氯雷他定10mg qd。"
                    + "接诊：{DR}（{TITLE}）",
            "{P}在美容院打“水光针”后出现面部多发结节，怀疑非结核分枝杆菌感染，{DS}主任建议活检。美容院负责人{N}已"
                    + "主动联系患者，电话{M}。",
            "耳鼻喉科：{P}自诉眩晕伴耳鸣，右耳听力下降，考虑梅尼埃病，听神经瘤待排，约{EXAM}。联系电话{M}。"
                    + "{DS}医生嘱低盐饮食。",
            "{P}小朋友鼻腔异物（玩具珠子），在{DEPT}由{DR}取出。妈妈{F}说是哥哥{N}塞进去的。",
            // 精神科 (psychiatry)
            "精神科病程记录 {D}\n患者{P}今日情绪较前平稳，仍有被害妄想，称“{N}在楼下监视我”。继续奥氮平10mg qn。"
                    + "家属{F}探视后反映睡眠改善。\n记录者：{DR}／上级医师：{N}\n",
            "{P}入院后拒食，反复问护士“{FS}姐什么时候来接我”，经其{KIN}{F}电话安抚后进食半份。主管医师{DR}。",
            "心理测评报告：{P}，PHQ-9 19分，GAD-7 15分。自述与同事{N}冲突后失眠加重。测评师{DR}，建议{D}复评。",
            // 儿童保健、学校晨检 (child health, school morning checks)
            "晨检记录表 实验小学三年级二班 {D}\n学号 姓名 体温 症状 处理\n07 {N} {TEMP} 无 —\n"
                    + "12 {N} {TEMP} 咳嗽 通知家长{F}（{M}）接回\n19 {MN} {TEMP} 无 —\n检查人：校医{DR}\n",
            "{N}、{N}、{N}三位同学晨检体温≥37.3℃，已由班主任{F}通知家长，并报{HOSP}。",
            "儿童保健手册 {D}\n儿童姓名：{P}　出生日期：{DOB}　母亲：{F}　联系电话：{M}\n"
                    + "体重11.2kg　身长82cm　出牙8颗，今日接种百白破第4剂。\n保健医生：{DR}\n",
            // 养老院、医养结合 (nursing home)
            "颐养院护理记录 {D} {TIME}\n房间312　长者：{P}（{AGE}岁）\n夜间起夜3次，协助如厕时诉头晕，测血压{BP}，"
                    + "已告知值班医生{DR}。护理员：{N}\n",
            "医养结合中心交接：老{PS}（{P}）今天早饭吃了半碗粥，下午{KIN}{F}来过，带来片仔癀和云南白药，已交给护士{N}保管。",
            "养老院长者入住登记\n姓名：{P}　出生：{DOB}　身份证：{ID}\n原住址：{A}\n"
                    + "紧急联系人：{F}（{KIN}）{M}；{N}（侄子）{L}\n",
            // 团体体检、职业健康 (group check-up, occupational health)
            "团体体检名单（单位：市政工程公司）\n序号|姓名|性别|身份证号|套餐\n1|{N}|{SEX}|{ID}|A套餐\n"
                    + "2|{N}|{SEX}|{ID}|B套餐（含胃镜）\n3|{P}|{SEX}|{ID}|A套餐\n单位联系人：{F} {M}\n",
            "职业健康检查表\n姓名：{P}　工种：电焊工　接害工龄：{DUR}\n危害因素：电焊烟尘、噪声\n纯音测听：双耳高频听阈提高\n"
                    + "结论：疑似职业性噪声聋，建议复查。主检医师：{DR}　{D}\n",
            // 工伤认定、司法鉴定 (work injury, forensic appraisal)
            "工伤认定申请表\n受伤职工：{P}　身份证号：{ID}　联系电话：{M}\n用人单位联系人：{N}\n"
                    + "事故经过：{D}上午在车间操作冲床时左手示指被压伤，工友{N}送至{HOSP}急诊。\n申请人签字：{P}\n",
            "工伤认定结论：{P}于{D}在{A0}工地从脚手架坠落，属于工伤认定情形。经办人：{N}；复核人：{N}",
            "司法鉴定委托书\n委托单位：区人民法院　承办法官：{N}\n被鉴定人：{P}，{SEX}，出生日期{DOB}，住{A}\n"
                    + "鉴定事项：伤残等级评定\n鉴定人：{DR}、{N}\n",
            // 保险理赔调查 (insurance claim interview)
            "理赔调查笔录\n调查人：{N}　被调查人：{F}（被保险人{P}的{KIN}）\n问：{P}这次住院之前有没有在别的医院看过？\n"
                    + "答：去年在{HOSP}看过，是{DR}医生看的，说是{DIS}。\n问：你的联系方式？\n答：{M}。\n",
            "以上笔录我已看过，与我说的一致。\n\t\t\t陈述人：{F}\n\t\t\t记录人：{N}\n\t\t\t{D}\n",
            // 医疗纠纷调解 (dispute mediation)
            "医疗纠纷调解协议书\n甲方（患方）：{F}，系患者{P}之{KIN}，身份证号{ID}\n乙方（医方）：{HOSP}，委托代理人{N}\n"
                    + "调解员：{N}\n双方就{D}手术后并发症一事自愿达成如下协议……\n",
            "此次事件当事护士（{N}）已向护理部书面说明，患者（{P}）及家属（{F}）表示谅解，不再追究。",
            // 病历质控、进修医生 (quality control, trainee doctors)
            "病历质控反馈单：{DEPT}{DR}医师书写的{P}（住院号{R}）病历存在以下问题：首次病程记录缺鉴别诊断；"
                    + "{D}上级医师查房记录未签名。质控员：{N}",
            "进修医生登记表\n姓名：{N}　性别：{SEX}　出生日期：{DOB}　选送单位：{HOSP}\n进修科室：{DEPT}　带教老师：{DR}\n"
                    + "手机：{M}　身份证号：{ID}\n",
            // 满意度回访 (satisfaction calls)
            "满意度回访：{D}回访出院患者{P}，对{DS}医生和护士{N}非常满意，建议食堂增加软食。回访人：{N}，回拨{L}。",
            // 处方流转、药店配送 (prescription delivery)
            "处方流转配送单\n处方号：{CODE}　开方医师：{DR}\n收货人：{P}　电话：{M}\n地址：{A}\n"
                    + "药品：{DRUG}×2盒，二甲双胍缓释片×3盒\n配送员：{N}\n",
            "药店已把{DRUG}交给{F}（代收），并告知了{P}用法{DOSE}。审方药师{N}。",
            // 远程会诊 (remote consultation, two hospitals)
            "远程会诊记录\n申请方：{HOSP}{DEPT}　申请医师：{DR}\n会诊方：{HOSP}　会诊专家：{N}主任、{N}副主任医师\n"
                    + "患者：{P}　{SEX}　{AGE}岁\n意见：{N}主任认为{DIS}诊断成立，建议{EXAM}。\n",
            "MDT线上讨论：{HOSP}{DR}、{N}；{HOSP}{N}、{N}。病例：{P}，{DIS}。结论：先行{EXAM}，再议手术。",
            // 急诊预检分诊 (triage)
            "急诊预检分诊 {TIME}\n{P} {SEX} {AGE}岁 由120送入，主诉{SYM}，T {TEMP} HR {HR} BP {BP}，分级Ⅱ级，"
                    + "分诊护士{N}，送抢救室交{DR}。",
            "急诊留观：{P}酒后摔伤，头皮裂伤，清创缝合5针。同行朋友{N}垫付费用，联系方式{M}。{DS}医生嘱留观24小时。",
            // 献血 (blood donation)
            "献血者登记：{P}　证件号{ID}　血型B　献血量400ml　联系电话{M}　采血护士{N}　{D}",
            "献血屋里老{PS}又来了，{P}已经是第38次献血，今天捐了血小板2个治疗量。采血护士：{N}",
            // 疫苗不良反应 (vaccine adverse event)
            "疑似预防接种异常反应报告卡\n儿童：{P}　出生日期：{DOB}　监护人：{F}　电话：{M}\n"
                    + "疫苗：麻腮风联合减毒活疫苗　批号{CODE}　接种日期：{D}\n反应：接种后6小时发热{TEMP}，皮疹。报告人：{DR}\n",
            // 委托取报告、探视、陪护 (authorisation, visits, carers)
            "委托书：本人{P}（身份证{ID}）因在外地出差无法亲自领取{EXAM}报告，现委托{F}（{KIN}，电话{M}）代为领取。"
                    + "委托人签字：{P}　{D}",
            "ICU探视登记\n日期 时间 床号 患者 探视人 关系 电话\n{D} {TIME} 7 {P} {F} {KIN} {M}\n"
                    + "{D} {TIME} 9 {N} {N} 朋友 {M}\n",
            "陪护协议：患者{P}因{DIS}住院，聘请护工{N}（身份证号{ID}）陪护，费用每日260元，由{KIN}{F}支付。\n"
                    + "甲方签字：{F}　乙方签字：{N}\n",
            // 短信 (cancellation SMS)
            "【{HOSP}】{P}您好，因{DR}医生临时外出会诊，您{D}的{DEPT}门诊预约已取消，费用将原路退回，请改约。咨询{L}",
            // 朋友圈、工作群 (WeChat)
            "朋友圈：今天夜班收了7个病人，感谢{N}和小{DS}一起扛下来，凌晨三点还在给{PS}老太太下胃管……#急诊人#",
            "【{DEPT}工作群】\n{DR}：@{N} 12床{P}的{EXAM}报告出来没有？\n{N}：出来了，{LAB}\n{DR}：好，通知家属{F}下午来谈话\n"
                    + "{N}：收到👌 已打{M}\n",
            // 称呼、动词后、粘连 (address terms, after verbs, glued)
            "病区里大家都叫她{PS}姐——{P}，{AGE}岁，第三次因{DIS}入院，每次都由{KIN}{F}陪着。",
            "病人{P}说：“{FS}哥，你别告诉我妈。”陪护{F}答应了，{DR}查房时知道了这事。",
            "{DR}已把检查结果告知了{P}，并叮嘱{F}盯着他按时吃{DRUG}。",
            "床旁交接：3床{P}{AGE}岁，5床{N}术后第1天，8床{MN}禁食。交班人{DR}，接班人{N}。",
            "检验单打印：{P}WBC 12.3↑ CRP 41↑，送检{DR}ICU，{D}。",
            "门诊慢特病申请：{P}，医保号{I}，病种：{DIS}，申请医院：{HOSP}，经办人{N}，待遇结算账户{B}。",
            "双向转诊单：{HOSP}下转至社区卫生服务站，患者{P}，{SEX}，{AGE}岁，家庭医生{DR}，签约编号{CODE}，"
                    + "现住址{A0}。",
            // 诱饵 (decoys)
            "病史：{P}在西双版纳旅游后出现发热，自服连花清瘟胶囊，外用马应龙痔疮膏；既往贝尔面瘫史，"
                    + "其子唐氏综合征筛查低风险。经治医生：{DR}",
            "{P}，{AGE}岁，发热5天伴皮疹、杨梅舌，考虑川崎病，予丙种球蛋白冲击。家长{F}已签字。主治{DR}。",
            // English and mixed
            "PRE-AUTHORIZATION REQUEST\nInsurer: Pacific Cross Health\nMember: {E}    DOB: {DOB}    Policy no. {I}\n"
                    + "Treating physician: Dr. {ES}, {HOSP}\nProcedure: total knee arthroplasty\nCase manager: {E2}, "
                    + "tel {M}\n",
            "Dear {EG},\nThank you for choosing {HOSP} for your mother's cataract surgery. Dr. {DR} has reviewed the "
                    + "records of {E} and scheduled the procedure for {D}. Our coordinator {E2} will meet you at the "
                    + "airport.\nKind regards,\n{E3}\nInternational Patient Services\n",
            "Claim investigation note: claimant {E} stated that the fall occurred on {D}; witness {E2} (colleague) "
                    + "confirmed. Treating doctor {DR} at {HOSP}. Adjuster: {ES}.",
            "Tele-consultation: Dr {ES} (Singapore) and Dr {DR} ({HOSP}) discussed {E}, {AGE} y/o with {DIS_EN}; "
                    + "MRI recommended. Interpreter: {N}.",
            "[{HOSP}] Dear {E}, your appointment with Dr. {ES} on {D} has been cancelled. To rebook please call {L}.",
            "Visitor log: {E} visiting {P} (bed 12) at {TIME}, relationship: friend, phone {M}. Escorted by {EG}.",
            "AEFI report: {E}, DOB {DOB}, received influenza vaccine lot {CODE} on {D}; urticaria 30 min later; "
                    + "reported by nurse {E2}.",
            "Group chat – {EG}: is bed 5 {P} OK for discharge? {DR}: yes, please call her daughter {F} at {M} :)",
            "Discharge med list for {P}（{E}）：Amoxicillin 500mg tid ×5d；follow-up with Dr.{DS} @ {HOSP}。");

    // Common surnames with given names outside the generator's characters; names that are words (曾经, 于是, 苏醒, 陆续,
    // 范围, 顾问, 符合, 程序, 方向, 夏至, 严肃, 童话, 段落, 宋词, 唐诗, 许愿, 何必, 郑重, 马力...) and drugs (杜仲, 白术,
    // 葛根, 薄荷, 百里香); rural names (王铁蛋, 刘二丫, 孙狗剩, 陈阿狗); children's doubled names; rare single surnames
    // (蓟, 鄂, 劳, 戚, 弓, 喻, 闻, 钦, 虞, 薄, 楚, 满, 衣, 甯, 官); compound surnames; married double surnames.
    private static final List<String> CHINESE = List.of((
            "王焕章 王筱岚 王蕴秋 王大壮 王铁蛋 王糖糖 李蔓菁 李耕田 李砚秋 李小鹿 李豆豆 张茂才 张蕙兰 张翊 "
            + "刘怀瑾 刘蓓蕾 刘老根 刘二丫 陈默然 陈阿狗 陈淑媛 杨蕙心 杨德馨 黄永棠 黄鹂 赵满堂 赵蔓 赵悠悠 "
            + "吴迪 吴秋蝉 周韵 周雪蓉 徐嘉遇 孙尚武 孙狗剩 马力 马婉蓉 朱丹 朱俊卿 胡蕴 郭蕴华 何婕 何必 "
            + "高翔 林荫 林绮 罗锦绣 郑重 郑婉仪 梁佩瑜 谢婉莹 宋词 唐诗 许愿 韩嫣嫣 冯翊 邓小闲 曹雪琴 彭湃 "
            + "曾经 田园 袁野 潘嫣然 于是 蒋雯 蔡蓁蓁 余晖 杜仲 程序 苏醒 魏巍 吕思琼 任性 姚远 卢湘 姜蔚然 "
            + "崔莺 谭珺 陆续 范围 金蕊 贾巧娘 夏至 方向 白术 秦淮 段落 顾问 郝美丽 严肃 莫愁 葛根 耿直 符合 "
            + "童话 施蕙娴 覃绍周 "
            + "蓟春耕 鄂晓蕙 劳永逸 戚继芳 弓月 喻婷婷 闻笛 钦佩 虞美人 薄荷 楚天阔 满江红 衣小棉 甯馨 官秀英 "
            + "欧阳蕙芷 司马淑娴 上官飞燕 诸葛慧茹 端木晴川 皇甫兰芝 东方既晓 公孙蘅 呼延鹤年 闾丘露 拓跋月 "
            + "百里香 南宫月 "
            + "梁冯慧仪 陈邓玉珍 吴李淑芳 谢曾丽华 朴恩惠 金爱罗").split(" "));
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "端木", "皇甫", "东方",
            "公孙", "呼延", "闾丘", "拓跋", "百里", "南宫");
    // Uyghur and Kazakh names with a middle dot (also • and ・) and one without; Tibetan, Mongolian, Yi and Dai names;
    // Manchu clan names with a dot.
    private static final List<String> MINORITY = List.of((
            "阿不力克木·热合曼 祖力胡玛尔·艾尼瓦尔 艾尼瓦尔·买买提明 古力加玛丽·依明 努尔艾力·图尔荪 "
            + "热依汗古丽·吾拉木 吐尔逊娜依·沙迪克 别尔克·哈布力 阿依古丽•居马 库尔曼江・托列吾 米娜瓦尔艾海提 "
            + "拉巴次仁 央珍 次仁旺堆 德庆卓嘎 "
            + "斯琴巴特尔 阿拉腾其其格 额日和木 宝力德 "
            + "阿西阿呷 沙马木呷 岩罕 玉叫 "
            + "钮祜禄·秀英 佟佳·桂兰").split(" "));
    // given|family: Scottish, Irish, French, German, Swedish, Kazakh, Pakistani, Nigerian, Ghanaian, Tongan, Spanish,
    // Hungarian, Czech, Bulgarian, Georgian, Armenian, Israeli, Indonesian and Māori names; word-like names (Iris Bloom,
    // Hazel Bush, Sandy Hill, Chase Gold); pinyin given-first (Xiang Gao, Ming Lei).
    private static final List<String> ENGLISH = List.of("Archibald|Trevelyan", "Morag|Sinclair", "Eilidh|Mackintosh",
            "Tadhg|Ó Briain", "Hortense|Villiers", "Clémence|Rousseau", "Anselm|Brandt", "Gudrun|Eklund",
            "Yerlan|Seitkali", "Farida|Qureshi", "Zainab|Bello", "Obinna|Chukwu", "Efua|Acheampong", "Mele|Tupou",
            "Marisa|Benavides", "Renata|Szabó", "Vilém|Dvořák", "Teodora|Marinova", "Davit|Beridze",
            "Anahit|Sargsyan", "Shira|Ben-David", "Dewi|Kusuma", "Rangi|Parata", "Nnamdi|Okeke", "Iris|Bloom",
            "Hazel|Bush", "Sandy|Hill", "Chase|Gold", "Xiang|Gao", "Ming|Lei");

    private Blind7Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_7 || !templates.isEmpty() && BLIND_7.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname of a name of this pool; 梁冯慧仪 gives the husband's 梁. */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** A minority name, with or without a dot. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** "Given Family", e.g. "Tadhg Ó Briain". */
    static String englishName(RandomGenerator r) {
        return pick(ENGLISH, r).replace('|', ' ');
    }

    /** The family part only, e.g. "Ben-David". */
    static String englishSurname(RandomGenerator r) {
        return family(pick(ENGLISH, r));
    }

    /** The given part only, e.g. "Morag". */
    static String englishGiven(RandomGenerator r) {
        return given(pick(ENGLISH, r));
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String v) {
        return CHINESE.contains(v) || MINORITY.contains(v) || CHINESE.stream().map(Blind7Templates::surnameOf)
                .anyMatch(v::equals) || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(v)
                || family(n).equals(v) || given(n).equals(v));
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String v) {
        if (CHINESE.contains(v) || MINORITY.contains(v)) {
            return v;
        }
        return englishNames().filter(v::equals).findFirst().orElse(null);
    }

    /** The Chinese full names of the pool, for the well-formedness test. */
    static List<String> chineseNames() {
        return CHINESE;
    }

    /** The minority names of the pool, for the well-formedness test. */
    static List<String> minorityNames() {
        return MINORITY;
    }

    /** The compound surnames, for the well-formedness test. */
    static List<String> compoundSurnames() {
        return COMPOUND_SURNAMES;
    }

    /** The English full names as {@code E} writes them. */
    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    /** The English family names as {@code ES} writes them. */
    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind7Templates::family);
    }

    /** The English given names as {@code EG} writes them. */
    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind7Templates::given);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }
}

package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;

import static com.yilian.agents.deid.IdentifierForms.pick;

/**
 * Third blind group: templates and name pools written without seeing the rules (nor their error lists), in the
 * template language of {@link ClinicalTextGenerator}, and measured once with the rules frozen on 2026-11-22
 * ({@link DeidEvaluationTest#BLIND_3_SEED}: recall 0.863, precision 0.970). Development data since: a rule changed
 * because of its errors needs a new blind group for the next honest estimate.
 *
 * <p>The names come from pools of their own, so that a rule tuned to the names of {@link SyntheticValues} cannot
 * pass by memory: the generator draws patient, family member and doctor from {@link #chineseName}, the minority
 * person from {@link #minorityName}, {@code DS} from {@link #surnameOf}, English names from {@link #englishName}
 * and {@link #englishSurname}, all from the one seeded random source.
 */
final class Blind3Templates {
    static final List<String> BLIND_3 = List.of(
            // Outpatient notes (门诊病历)
            "门诊病历（复诊）\n就诊日期：{D}  科别：{DEPT}  接诊医师：{DR}\n{P}，{SEX}，{AGE}岁，血压{BP}，心率{HR}次/分，"
                    + "继续{DRUG}{DOSE}，四周后复诊。\n",
            "初诊：{P}自述{SYM}{DUR}，自服布洛芬缓释胶囊无效，查体无殊，初步诊断{DIS}，今日{LAB}。医师签名 {DR}\n",
            "全科门诊 {D} 上午第12号 {P} {SEX} {AGE}岁 城乡居民医保 医保号{I} 诊断：{DIS} 处方：{DRUG}{DOSE}\n",
            "复诊时{P}带来外院{EXAM}报告，{HOSP}{DEPT}的{DR}医生建议手术，患者犹豫，要求先保守治疗。",
            "患者诉服用二甲双胍后胃部不适，改为阿卡波糖50mg tid；{P}同意，嘱其{KIN}{F}监督饮食。",
            // Emergency records
            "急诊预检分诊 {D} 23:40 {P}由{KIN}{F}背入，主诉{SYM}，体温{TEMP}，分诊Ⅱ级，分诊护士{DR}\n",
            "{D} 03:05 {DR}：患者SpO2降至88%，予高流量吸氧，复查血气，通知ICU会诊。",
            "抢救记录：家属{F}在场，同意气管插管，04:12插管成功，接呼吸机（PB840，SIMV模式），肾上腺素1mg静推3次。",
            "交通事故伤，{P}（身份证{ID}）由120送入，对方司机电话{M}，已报警，交警已到场。",
            "Emergency note {D}: {E}, {AGE}, brought in by ambulance after a fall at home ({A}); GCS 14, Babinski sign "
                    + "negative. Seen by Dr. {ES}.\n",
            // Ward rounds (查房记录)
            "{D} 主任查房\n{DS}主任查看患者后指示：{P}今日{LAB}，{DIS}诊断明确，{DRUG}减量至{DOSE}，三天后复查。\n",
            "查房时{P}诉夜间{SYM}，规培医生{DR}汇报：心脏彩超EF 45%，上级医师同意加用呋塞米20mg qd。",
            "查房医师（{DR}）意见：15床{P}术后第3天，切口干燥，予拔除引流管，继续头孢呋辛1.5g q12h。",
            "{DS}老师查房，给规培学员讲解{DIS}的鉴别诊断；{P}及{KIN}{F}在场，均表示理解治疗方案。",
            "管床医生：{DR}  主诊组：心内二组  患者：{P}  床号：加3  诊断：{DIS}、{DIS2}\n",
            "今晨查房见{P}精神差，其{KIN}{F}诉昨夜{SYM}，{DR}医师予{DRUG}{DOSE}后缓解，白蛋白35g/L，继续观察。",
            // Nursing handovers
            "护理交班（白班→夜班）：8床{P}，{DIS}，导尿管通畅，尿量1500ml；12床{MN}，输注{DRUG}中，注意过敏反应。"
                    + "交班护士{DR}\n",
            "SBAR交班 S：{P}（3床）{SYM}加重 B：{DIS} A：{LAB} R：夜班关注出入量，必要时联系{DS}医生\n",
            "22:00 {P}诉入睡困难，遵医嘱予艾司唑仑1mg口服；23:30测指尖血糖6.1mmol/L。签名：{DR}\n",
            "陪护人：{F}（{KIN}），已办理陪护证；Morse跌倒评分45分，床头已挂防跌倒标识，责任护士{DR}已宣教。",
            "输液巡视：06:15 {MN}左手留置针处红肿，已拔除重置，通知管床医生{DR}，家属{F}知晓。",
            "Handover 19:00: bed 4, {E}, post-op day 1, PCA running, GCS 15; wife {E2} staying overnight, phone {M}.\n",
            // Lab, imaging and pathology reports
            "检验报告单\n姓名：{P}  科室：{DEPT}  床号：21  标本：静脉血  条码：{CODE}\n{LAB}；ALT 56 U/L；"
                    + "eGFR 68 mL/min/1.73m²\n检验者：{DR}  报告时间：{D}\n",
            "{EXAM}报告：受检者{P}，{SEX}，{AGE}岁，设备GE Revolution CT（CT-02）。印象：右肺下叶磨玻璃结节，"
                    + "建议3个月后复查。报告医师：{DR}\n",
            "Radiology report for {E} (DOB {DOB}, MRN {R}): chest X-ray shows no acute process; Kerley B lines absent. "
                    + "Reported by {E2}, MD.\n",
            "危急值登记：{D} 10:42 检验科{DR}来电，{P}血钾6.3mmol/L，接听护士已复述确认并报告值班医生。",
            "病理会诊意见：患者{P}，外院（{HOSP}）切片12张；诊断（胃窦）低级别上皮内瘤变，Hp阳性。会诊医师{DR}\n",
            // Referral letters, up and down
            "上转申请 致{HOSP}{DEPT}：我中心签约居民{P}，{SEX}，{AGE}岁，{DIS}控制不佳，拟上转，联系人{DR}（社区全科），"
                    + "电话{L}。",
            "下转通知：{P}已于{D}完成{EXAM}，病情平稳，转回社区卫生服务中心康复；请{KIN}{F}出院当日携医保卡（{I}）办理结算。",
            "{DR}医生您好：您转来的{P}已在我科住院治疗，出院带药{DRUG}{DOSE}、阿托伐他汀20mg qn，请继续随访血脂。",
            "Dear Dr. {ES},\nThank you for referring {E}, a {AGE}-year-old with {DIS_EN}. We started metformin 500 mg bid "
                    + "and will review on {D}.\n",
            "转诊回执：接收单位{HOSP}，接收人{DR}，接收时间{D}；患者{MN}，随行家属{F}，手机{M}，现住{A}。",
            // Follow-up phone calls
            "{D} 电话随访 {P}本人接听，诉近一周{SYM}，自测血糖7~9mmol/L，嘱按时复诊 随访人 {DR}\n",
            "随访记录：拨打家属{F}电话（{M}），{F}说老人还在{HOSP}住院，下周再联系。",
            "术后30天随访：{KIN}{F}代答，{P}已恢复日常活动，伤口无渗液，已停用{DRUG}。",
            "Follow-up call on {D}: left a voicemail for {E2}; callback number {M}. Nurse {ES} will try again tomorrow.\n",
            // Family and social history
            "家族史：外婆{F}有{DIS}，母亲患高血压，弟弟体健。个人史：吸烟20年，1包/天，已戒烟5年。",
            "社会史：退休教师，与老伴{F}同住于{A0}，育有1子，日常由保姆照顾，职工医保。",
            "婚育史：24岁结婚，爱人{F}体健，G2P1，足月顺产一女，现居{A}。",
            "Social history: lives with partner {E2} in a rented flat; ex-smoker (20 pack-years); father had "
                    + "Huntington's disease.\n",
            // Consent, insurance and billing paperwork
            "手术知情同意书\n患者姓名：{P}  住院号：{R}\n拟行手术：腹腔镜胆囊切除术  麻醉方式：全麻\n"
                    + "患者签名：{P}  委托代理人：{F}  与患者关系：{KIN}  谈话医生：{DR}\n",
            "异地医保备案：参保人{P}（{DOB}生），社会保障号码{ID}，医保编号{I}，参保地{A0}，本次结算金额3256.40元。",
            "商业保险理赔：被保险人{P}，申请人{F}（{KIN}），收款账号{B}，开户行建设银行，出险日期{D}。",
            "输血治疗同意书：受血者{P}，血型A型RhD阳性，拟输注悬浮红细胞2U；签字人（{KIN}）{F}，签字时间{D} 15:20。",
            "Informed consent: I, {E}, agree to the procedure explained by Dr. {ES}. Interpreter: {E2}. Date: {D}\n",
            "住院预交金收据：交款人{F}（代{P}缴纳），金额5000元，收款员{DR}，票据号{CODE}。",
            // WeChat follow-up messages (口语化)
            "[微信] {P}：医生您好，我是上周来看{DIS}的，药吃完了还要接着吃吗？\n[微信] {DR}：您好，{DRUG}继续吃，"
                    + "{D}来门诊复查一下。\n",
            "我是{F}，我妈这两天老是头晕，量了血压{BP}，要不要紧啊？电话{M}，麻烦{DS}医生回个电话\n",
            "{DS}大夫好！我家那口子{P}昨晚又咳了一宿，止咳糖浆喝了也不管用，今天能加个号不？我是他老婆{F}\n",
            "病友群：@{DR} 大夫，我家老爷子{P}今早空腹血糖8.9，胰岛素要加量不？",
            "{P}（微信）：好的谢谢{DS}医生！明天上午我让我闺女{F}陪我过来哈\n",
            "Hi Dr {ES}, this is {E}'s wife, he's been coughing again since {D}, should we come in?? my number is {M}\n",
            // Names in lists, several people in one sentence, minority names, decoy-heavy lines
            "病情告知对象：{P}、{F}（{KIN}）；告知人：{DR}；告知内容：{DIS}可能进展，必要时转{HOSP}。",
            "{P}、{SEX}、{AGE}岁、农民、住{A0}、因{SYM}{DUR}入院\n",
            "多学科讨论：参加者{DR}（{DEPT}）、{E2}（外籍专家）、营养科；讨论对象{P}，{DIS}。",
            "入院宣教：{MN}（哈萨克族）不会说汉语，由{KIN}{F}翻译，饮食清真，宣教护士{DR}\n",
            "医嘱：华法林钠片2.5mg qd（目标INR 2.0–3.0）、黄连素0.3g tid、金水宝胶囊3粒 tid；Murphy征阴性，"
                    + "麦氏点无压痛。{P}已知晓用药注意事项。",
            "诊断：1.张力性气胸 2.白内障术后 3.马方综合征待排；胸腔闭式引流中，引流瓶TB-0317，12床，{D}复查胸片。",
            "Assessment: Hodgkin lymphoma stage II and Crohn's disease in remission; Foley catheter removed. "
                    + "Patient {E} (ID {ID}) agrees with the plan.\n");

    // Common surnames with given names outside the older pool, rare and compound surnames, old rural names, names
    // that are also words or herbs (高峰, 白芷, 杜衡), and Hong Kong/Taiwan married names (陈李淑华).
    private static final List<String> CHINESE = List.of((
            "王淑珍 李桂芝 张秀兰 刘卫东 陈建华 杨德胜 黄婉清 赵铁柱 吴素芬 周振邦 徐慧敏 孙立伟 马骁 朱珊 胡启祖 郭玉珩 "
            + "何晓蕾 高峰 林默 罗绮 郑昱 梁栋 谢婧 宋卓 唐琰 许诺 韩煦 冯蕊 邓珂 曹芃 彭霁 曾琬 肖逸 田甜 董骞 袁媛 "
            + "潘昀 于淼 蒋芮 蔡鑫磊 余笙 杜衡 叶知秋 程昶 苏沐 魏嵩 吕婕 丁一 任冉 沈砚 姚瑶 卢骏 姜珊 崔灏 钟毓 谭笑 "
            + "陆离 汪澜 金鑫 石磊 白雪 白芷 方圆 安然 向阳 常青 文静 江河 高洁 田静 "
            + "刘二妞 王招娣 张来福 孙有财 陈根生 周翠花 李满仓 赵桂香 "
            + "张沐辰 李奕辰 王诗涵 刘若汐 陈一一 杨芊芊 黄朵朵 吴梓萱 "
            + "禤国强 冼淑仪 邝美玲 佘慧 粟永兴 麦嘉欣 晏紫 缪可 寇建新 栾晓雪 冉启明 隋桂香 訾云飞 郜春生 於梦 蔺小川 "
            + "庹海燕 逯鹏 昝晶 靳凤英 闵智 贲永红 揭春华 晁丽 沙海 仇文杰 查文 乜雪芹 卜凡 仝晓峰 党卫华 "
            + "宇文嘉 尉迟晓光 长孙宁 澹台静 公冶明 呼延雪 端木茜 独孤雁 钟离浩 闻人语 百里川 东郭平 拓跋文 赫连勇 "
            + "第五玲 申屠建 亓官晴 司空朗 欧阳秀琴 诸葛青 "
            + "陈李淑华 黄林美玉").split(" "));
    private static final List<String> COMPOUND_SURNAMES = List.of("宇文", "尉迟", "长孙", "澹台", "公冶", "呼延", "端木",
            "独孤", "钟离", "闻人", "百里", "东郭", "拓跋", "赫连", "第五", "申屠", "亓官", "司空", "欧阳", "诸葛");
    // Uyghur and Kazakh names written with a middle dot; Tibetan, Mongolian and Yi names written without surname.
    private static final List<String> MINORITY = List.of((
            "阿布都热西提·麦麦提 古丽米拉·阿不来提 娜扎·吐尔洪 艾克拜尔·吾守尔 米日古丽·托合提 阿迪力·热合木 "
            + "努尔兰·叶尔肯 加娜尔·哈斯木 巴哈尔古丽·卡德尔 伊力哈尔·库尔班 帕尔哈提·依明 阿依努尔·沙吾提 "
            + "扎西顿珠 次仁卓玛 格桑曲珍 洛桑多吉 旦增平措 央金拉姆 乌云其其格 巴图孟和 哈斯巴根 吉克阿依 "
            + "沙马阿呷").split(" "));
    // given|family, of varied origins: particles, hyphens, apostrophes, diacritics, pinyin, word-like surnames.
    private static final List<String> ENGLISH = List.of("Aoife|Gallagher", "Oluwaseun|Adeyemi", "Priya|Raghunathan",
            "Mohammed|Al-Farsi", "Zofia|Wiśniewska", "Javier|Ortega", "Ngozi|Eze", "Sven|Johansson", "Hiroshi|Tanaka",
            "Min-jun|Kim", "Lan|Tran", "Dmitri|Volkov", "Lucía|Navarro", "Thabo|Nkosi", "Ewan|Campbell",
            "Marie-Claire|Lefèvre", "Jean-Luc|Girard", "Tomasz|Zieliński", "Mei Ling|Tan", "Ahmad|Rahimi",
            "Fatima|Benali", "Kofi|Mensah", "Ingrid|Halvorsen", "Lars|Eriksen", "Giulia|Esposito", "Alessandro|Ricci",
            "Carmen|de la Cruz", "Pieter|van der Berg", "Anika|Chatterjee", "Arjun|Mehta", "Rosa|D'Souza",
            "Liam|O'Connell", "Ciara|Ní Bhriain", "Owen|Pritchard", "Ruth|Goldberg", "Elena|Popescu", "Bogdan|Ionescu",
            "Katarzyna|Nowak", "João|Pereira", "Camila|Rodríguez", "Diego|Fuentes", "Amara|Okonkwo", "Chidi|Nwosu",
            "Layla|Nasser", "Omar|Khalil", "Selin|Yılmaz", "Emre|Demir", "Jonas|Weber", "Astrid|Nilsson",
            "Mikko|Virtanen", "Sakura|Watanabe", "Kenji|Mori", "Ji-woo|Park", "Minh|Pham", "Kavya|Iyer", "Grace|Mwangi",
            "Tendai|Moyo", "Isabella|Costa", "Chloe|Martin", "George|Francis", "Amber|Stone", "Ivy|Lane",
            "Jack|Bishop", "Jianguo|Liu", "Yuting|Chen", "Hao|Sun");

    private Blind3Templates() {
    }

    /** A Chinese full name (surname and one or two given characters) from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname of a name of this pool (or of any single-character surname). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** A minority name, with or without the middle dot. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** "Given Family", e.g. "Carmen de la Cruz". */
    static String englishName(RandomGenerator r) {
        return pick(ENGLISH, r).replace('|', ' ');
    }

    /** The family part only, e.g. "van der Berg". */
    static String englishSurname(RandomGenerator r) {
        String n = pick(ENGLISH, r);
        return n.substring(n.indexOf('|') + 1);
    }
}

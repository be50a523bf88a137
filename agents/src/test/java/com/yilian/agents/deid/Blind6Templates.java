package com.yilian.agents.deid;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;

/**
 * Sixth blind group: templates and name pools written without seeing the rules, their error lists or the older groups'
 * sentences, in the template language of {@link ClinicalTextGenerator}. To be measured once, with the rules frozen, on
 * seed {@link #SEED} (select it in {@link DeidDevelopmentProbe} as {@code BLIND_6}); a rule changed because of its
 * errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents are of kinds the older groups hardly cover: the front page of an inpatient record, operation and
 * anaesthesia records with the whole team listed, consultation requests and opinions, outpatient log rows, appointment,
 * payment and examination SMS, transcripts of follow-up calls in dialect (俺、咱、侬、晓得), home-sickbed rounds,
 * rehabilitation, counselling, nutrition and haemodialysis records, chemo-/radiotherapy and clinical-trial consent,
 * organ and body donation, newborn records ({@code {P}之子}), discharge bills, registration for treatment in another
 * province, record lending, drug returns, transfusions, critical-value logs, infection reports, health-education
 * sign-in sheets, duty rosters and meeting minutes (姓+职称), certificates signed at the line end, names split over a
 * line break by a scan, names with 同志/阿姨/小朋友, and English notes with lists, e-mail signatures, ALL CAPS, "Family,
 * Given" and initials. Decoys: 黄连素, 白芍, 何首乌, eponymous diseases and operations, place names in ordinary use
 * (黄山, 丽江, 金华火腿), blood-bag and lot numbers, lab values.
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates},
 * {@link Blind4Templates} and {@link Blind5Templates} nor among the names {@link SyntheticValues} can generate. The
 * generator draws patient, family member and doctor from {@link #chineseName}, the minority person from
 * {@link #minorityName}, {@code DS} from {@link #surnameOf}, English names from {@link #englishName} and
 * {@link #englishSurname}. This group has slots of its own: {@code N}, a further Chinese name drawn afresh at each use
 * (for lists, rosters and teams); {@code PX}, the patient's name broken by a line break as a scan does it; {@code EU}
 * (ALL CAPS), {@code EL} ("Family, Given") and {@code EI} ("G. Family") for English names. Identity numbers, record
 * numbers and mobile numbers are also written in forms of this group's own ({@link #idNumber}, {@link #recordNumber},
 * {@link #mobile}). Any non-empty subset of {@link #BLIND_6} uses these pools (see {@link #uses}).
 */
final class Blind6Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261207L;

    static final List<String> BLIND_6 = List.of(
            // 住院病案首页 (front page of the inpatient record)
            "住院病案首页\n医疗付费方式：城镇职工基本医疗保险　健康卡号：{I}　第2次住院　病案号：{R}\n"
                    + "姓名：{P}　性别：{SEX}　出生日期：{DOB}　年龄：{AGE}岁　国籍：中国　民族：汉族\n"
                    + "身份证号：{ID}　职业：退休人员　婚姻：已婚\n现住址：{A}　电话：{M}\n户口地址：{A}\n"
                    + "联系人姓名：{F}　关系：{KIN}　联系人电话：{L}\n入院途径：门诊　入院科别：{DEPT}　出院日期：{D}\n"
                    + "科主任：{N}　主任（副主任）医师：{DR}　责任护士：{N}　编码员：{N}\n",
            "病案首页（续）\n主要诊断：{DIS}　入院病情：有\n其他诊断：{DIS2}\n手术及操作名称：毕Ⅱ式胃大部切除术　"
                    + "手术日期：{D}\n术者：{DR}　Ⅰ助：{F}　Ⅱ助：{N}　麻醉方式：全身麻醉　麻醉医师：{N}\n"
                    + "离院方式：医嘱离院　质控医师：{N}　质控日期：{D}\n",
            // 手术记录、麻醉记录 (operation and anaesthesia records)
            "手术记录\n患者姓名：{P}　住院号：{R}　手术日期：{D}\n术前诊断：{DIS}\n手术名称：腹腔镜下胆囊切除术\n"
                    + "手术人员：术者 {DR}，一助 {F}，二助 {N}；麻醉医师 {N}；器械护士 {N}；巡回护士 {N}\n"
                    + "手术经过：患者取仰卧位，全麻成功后常规消毒铺巾，于脐下缘切开约1cm……术中出血约20ml，标本送病理。\n",
            "麻醉记录单 {D}\n{P}　{SEX}　{AGE}岁　ASA Ⅱ级　体重62kg\n麻醉方法：腰硬联合麻醉　穿刺点L3-4\n"
                    + "{TIME} 入室 BP {BP} HR {HR}\n{TIME} 给予布比卡因12mg\n麻醉医师签名：{DR}、{N}　手术医师：{F}\n",
            "术后访视：{D}，{DS}医生访视{P}，诉切口疼痛VAS 3分，无恶心呕吐，已拔除尿管。",
            // 会诊 (consultations)
            "会诊申请单\n申请科室：{DEPT}　床号：12　患者：{P}　{SEX}　{AGE}岁　住院号：{R}\n"
                    + "病情摘要：因{SYM}{DUR}入院，既往克罗恩病史，现出现右眼睑下垂、瞳孔缩小，霍纳综合征？\n"
                    + "会诊目的：协助诊治\n邀请科室：神经内科　邀请医师：{N}主任\n申请医师：{DR}　申请时间：{D} {TIME}\n",
            "会诊意见：患者{P}（{AGE}岁）目前诊断{DIS}明确，建议：1.加用{DRUG}{DOSE}；2.完善{EXAM}；"
                    + "3.请{DS}主任复查后再议。会诊医师：{N}（{HOSP}{DEPT}）",
            "全院大会诊纪要：{D}下午3时于门诊楼四楼会议室，{DR}主任主持，{N}教授、{N}副主任医师及{DEPT}全体医师参加。"
                    + "讨论对象：{P}，{SEX}，{AGE}岁，阿尔茨海默病合并吸入性肺炎。{N}教授认为应先控制感染。",
            // 门诊日志 (outpatient log rows)
            "{HOSP}门诊日志　{D}　{DEPT}\n序号 姓名 性别 年龄 住址 电话 诊断\n1 {P} {SEX} {AGE} {A0} {M} {DIS}\n"
                    + "2 {N} {SEX} {AGE} {A0} {M} {DIS2}\n3 {MN} {SEX} {AGE} {A0} {L} 帕金森病\n医师：{DR}\n",
            "门诊日志（传染病登记）\n|序号|姓名|性别|年龄|现住址|联系电话|初步诊断|\n"
                    + "|17|{N}|{SEX}|{AGE}|{A}|{M}|手足口病|\n|18|{N}|{SEX}|{AGE}|{A}|{M}|疱疹性咽峡炎|\n",
            // 短信 (appointment, payment and examination SMS)
            "【{HOSP}】尊敬的{P}，您已成功预约{D}上午{TIME}{DEPT}{DR}医师门诊，就诊序号8，请提前30分钟凭就诊卡{R}"
                    + "到自助机签到。",
            "【缴费提醒】{P}您好，您在{HOSP}有一笔检查费用待支付（{EXAM}，金额386.00元），请于{D}前通过微信缴费。"
                    + "如有疑问请联系{L}。退订回T",
            "【检查提醒】{F}，您的家属{P}预约的{EXAM}时间为{D} {TIME}，检查前8小时禁食，请携带医保卡{I}。",
            // 随访电话录音转写 (follow-up call transcripts, dialect)
            "随访录音转写（{D}，通话时长3分12秒）\n护士：您好，请问是{P}吗？\n对方：俺就是，你是哪儿的？\n"
                    + "护士：俺们是{HOSP}{DEPT}的，做个出院回访。\n对方：哦哦，{DS}大夫那个科是吧，咱这血压吃了{DRUG}以后"
                    + "好多了。\n护士：好的，下次复查记得带病历。\n",
            "电话随访转写：\n“喂，侬好，我是{HOSP}随访中心的{DR}，{P}阿姨在屋里伐？”\n“伊出去买小菜了，我是伊{KIN}{F}，"
                    + "侬有啥事体？”\n“提醒伊下礼拜三来复查血糖，晓得伐？”\n“晓得了晓得了，谢谢侬。”\n",
            "语音转写（四川话）：“{DS}医生嘛，我是{P}屋头的，我们老汉儿最近脚杆肿起了，咋个办嘛？”回访人：{DR}，"
                    + "回拨号码{M}。",
            "随访记录（录音识别，未校对）：患者{P}说他 最近 还是{SYM}，俺 晓得 了 ，让他 {D} 来 复诊，电话 {M} 。",
            // 家庭病床 (home sickbed rounds)
            "家庭病床查床记录\n建床号：{R}　患者：{P}　{SEX}　{AGE}岁\n地址：{A}\n查床日期：{D}　查床医生：{DR}　"
                    + "随行护士：{N}\n病情：卧床，骶尾部Ⅱ期压疮较前缩小，{LAB}。\n处理：换药，继续{DRUG}{DOSE}。家属{F}在场。\n",
            // 康复评估 (rehabilitation)
            "康复评估报告\n姓名：{P}　性别：{SEX}　年龄：{AGE}　诊断：脑梗死恢复期（左侧偏瘫）\n"
                    + "Barthel指数：45分　Fugl-Meyer上肢：28分　Berg平衡量表：31分\n评估者：{DR}（康复治疗师）　{D}\n"
                    + "康复目标：3周内独立完成床椅转移。\n",
            "PT治疗记录：{P}今日完成站立床训练30分钟，{F}（{KIN}）陪同，治疗师{DR}指导家属被动关节活动。",
            // 心理咨询 (counselling)
            "心理咨询记录（保密）\n来访者：{P}　性别：{SEX}　年龄：{AGE}　联系方式：{M}\n咨询师：{DR}　第3次咨询　{D}\n"
                    + "主诉：失眠、情绪低落2月，与{KIN}关系紧张。SDS 62分，SAS 55分。\n来访者说：“我跟{F}吵完架就睡不着。”\n",
            "督导记录：咨询师{DR}汇报个案（来访者化名“小林”，真实姓名{P}），督导{N}老师建议评估自杀风险。",
            // 营养会诊 (nutrition)
            "营养会诊记录：患者{P}，身高165cm，体重48kg，BMI 17.6，NRS2002评分4分，存在营养风险。建议肠内营养混悬液"
                    + "500ml/d，监测{LAB}。营养师：{DR}　{D}",
            // 血液透析 (haemodialysis)
            "血液透析记录单\n姓名：{P}　透析号：{R}　血管通路：左前臂动静脉内瘘\n透析日期：{D}　透前体重62.5kg　"
                    + "透后体重60.1kg　超滤量2.4L\n抗凝：低分子肝素4000IU　血流量250ml/min\n"
                    + "上机护士：{DR}　下机护士：{N}　核对：{N}\n",
            "透析室交班：{TIME}，3号机{P}透析中低血压（{BP}），予停超滤、生理盐水100ml快速静滴后回升，已告知{DS}医生。",
            // 放化疗知情同意 (chemo- and radiotherapy consent)
            "化疗知情同意书\n患者姓名：{P}　性别：{SEX}　年龄：{AGE}　住院号：{R}\n诊断：{DIS}\n"
                    + "拟行方案：FOLFOX6（奥沙利铂＋亚叶酸钙＋氟尿嘧啶）\n可能的不良反应：骨髓抑制、恶心呕吐、周围神经毒性……\n"
                    + "患者签名：{P}　（或）授权委托人：{F}　与患者关系：{KIN}\n医师签名：{DR}　{D}\n",
            "放疗知情同意：本人{P}已了解放射性肺炎、放射性食管炎等风险，同意接受调强放疗（60Gy/30f）。"
                    + "谈话医师：{DR}　物理师：{N}　{D}",
            // 临床试验知情同意 (clinical-trial consent)
            "临床试验知情同意书签字页\n方案编号：YL-2025-ONC-017　版本号：V3.0\n受试者姓名（正楷）：{P}　"
                    + "受试者签名：{P}　日期：{D}\n联系电话：{M}\n研究者姓名：{DR}　研究者签名：{DR}　日期：{D}\n"
                    + "公正见证人：{N}\n",
            "受试者筛选入选表：筛选号S012，姓名{P}，出生日期{DOB}，身份证{ID}，主要研究者{DR}，CRC：{N}。",
            "Informed Consent – Phase II trial YL-ONC-017. Participant: {E}; date of birth {DOB}; Principal "
                    + "Investigator: Dr. {EI}; Witness: {E2}. Signature: ______ Date: {D}",
            // 器官捐献、遗体捐献 (organ and body donation)
            "人体器官捐献登记表\n登记人姓名：{P}　性别：{SEX}　出生日期：{DOB}\n证件号码：{ID}\n通讯地址：{A}　手机：{M}\n"
                    + "捐献意愿：全部可用器官\n直系亲属知情：{F}（{KIN}）\n登记日期：{D}　登记站点：{HOSP}红十字会工作站\n",
            "遗体捐献志愿书：我，{P}，身份证号{ID}，自愿在身故后将遗体无偿捐献给医学教育和研究。执行人：{F}（{KIN}），"
                    + "电话{M}。见证人：{N}",
            // 新生儿出生记录 (newborn records)
            "新生儿出生记录\n母亲姓名：{P}　住院号：{R}　孕周：39+2周\n父亲姓名：{F}　联系电话：{M}\n"
                    + "新生儿姓名：{P}之子　性别：男　出生时间：{D} {TIME}\n体重3250g　身长50cm　Apgar评分9-10-10\n"
                    + "接生者：{DR}　新生儿科医师：{N}\n",
            "{P}之女，出生{D}，因新生儿黄疸转新生儿科，母亲{P}，父亲{F}（{M}）。主管医生：{DR}",
            "出生医学证明首次签发登记：新生儿{N}，出生日期{DOB}，母亲{P}（身份证{ID}），父亲{F}，签发人{DR}。",
            // 出院结算、异地就医、病案借阅、退药 (bills, registrations, lending, returns)
            "出院结算清单\n住院号：{R}　姓名：{P}　医保类型：城乡居民医保　个人编号：{I}\n入院日期：{D}　出院日期：{D}　"
                    + "住院天数：12天\n床位费 600.00　西药费 3,218.45　检查费 1,920.00　手术费 4,300.00\n"
                    + "合计：11,487.60　统筹支付：8,040.32　个人自付：3,447.28\n收费员：{DR}　打印时间：{D} {TIME}\n",
            "异地就医备案登记表\n参保人姓名：{P}　社会保障号码：{ID}　参保地：{A0}\n备案类型：异地长期居住　就医地：{A}\n"
                    + "联系电话：{M}　备案有效期：{D}至{D}\n代办人：{F}　代办人身份证：{ID}\n经办机构审核人：{N}\n",
            "病案借阅登记\n借阅日期：{D}　借阅人：{DR}（{DEPT}）\n借阅病案：{P}，病案号{R}\n借阅用途：科研　"
                    + "归还日期：{D}　经办人：{N}\n",
            "药房退药单\n退药日期：{D}　病区：{DEPT}　患者：{P}　住院号：{R}\n药品名称：黄连素片0.1g×2盒、白芍总苷胶囊"
                    + "0.3g×1盒、{DRUG}\n退药原因：患者出院\n申请护士：{N}　药师审核：{DR}\n",
            // 输血、危急值、院感 (transfusion, critical values, infection control)
            "输血记录\n受血者：{P}　血型：A型 Rh(+)　住院号：{R}\n血液成分：悬浮红细胞2U　血袋号：{CODE}\n"
                    + "输血开始：{D} {TIME}　输血结束：{TIME}\n核对者：{DR}、{N}（双人床旁核对）\n"
                    + "输血过程顺利，无发热、皮疹等输血反应。\n",
            "危急值报告登记本\n日期 时间 患者 住院号 危急值项目 报告人 接收人 处理医生\n"
                    + "{D} {TIME} {P} {R} 血钾6.8mmol/L {N} {F} {DR}\n",
            "危急值：{D} {TIME}检验科{N}电话报告，{DEPT}{P}{LAB}，接收人{F}复述确认，{TIME}通知{DS}医生处理。",
            "医院感染病例报告卡\n患者：{P}　{SEX}　{AGE}岁　住院号：{R}\n感染部位：下呼吸道　感染日期：{D}\n"
                    + "病原体：耐碳青霉烯肺炎克雷伯菌（CRKP）\n易感因素：气管插管、中心静脉置管\n"
                    + "报告医生：{DR}　院感科审核：{N}\n",
            // 健康教育签到表 (sign-in sheets)
            "糖尿病健康教育讲座签到表（{D}，主讲：{DR}）\n{N}、{N}、{N}、{MN}、{N}、{P}\n",
            "孕妇学校签到：{N}  {N}  {N}  {P}  {N}（陪同家属：{F}）",
            "高血压自我管理小组活动 参加人员：{N}，{N}，{N}，{N}；组长{P}，社区医生{DR}。",
            // 排班表 (duty rosters)
            "{DEPT}医生排班表（{D}—{D}）\n周一 白班：{DR}　夜班：{N}\n周二 白班：{N}　夜班：{F}\n"
                    + "周三 白班：{N}　夜班：{DR}\n备班：{N}（电话{M}）\n",
            "护理排班调整通知：{N}因病假，{D}夜班由{N}顶替，{N}改上A班。护士长：{DR}",
            // 学术会议纪要、病例讨论 (姓+职称)
            "科室学术活动纪要：{D}，{DS}主任主讲“帕金森病的早期识别”，{N}教授点评，住院医师{N}汇报病例。"
                    + "讨论中{DS}主任强调早期康复介入。",
            "病例讨论：{N}副主任医师：患者{P}考虑克罗恩病可能大。{DR}：同意，建议完善结肠镜。{DS}教授总结："
                    + "先行经验性治疗。",
            // 名字后接动词、助词，括号中的角色，行末签名 (names before verbs and particles, in brackets, signatures)
            "{P}说最近夜里总是咳醒，{F}的意思是想先吃点中药，{DR}他没同意。",
            "{P}的血糖控制不理想，{P}自己也着急，{KIN}{F}他每天记录饮食。",
            "（患者：{P}）（家属：{F}）（经治医师：{DR}）今日行{EXAM}，过程顺利。",
            "兹证明{P}于{D}至{D}在我院{DEPT}住院治疗，诊断为{DIS}。特此证明。\n签名：{DR}\n",
            "诊断证明\n经检查，{P}同学患{DIS}，建议休学三个月。特此证明。　医师签名：{DR}　{D}",
            // 扫描断行 (a name broken over a line break by a scan)
            "［扫描件］出院小结 第1页\n姓名：{PX}　住院号：{R}\n出院诊断：{DIS}\n",
            "家属签字栏（手写体识别）：{F}　与患者{PX}关系：{KIN}",
            // 同志、阿姨、师傅、小朋友
            "{P}同志，{AGE}岁，离休干部，因{SYM}入院，由{DR}主任医师负责诊治。",
            "{F}阿姨送来锦旗，感谢{DR}老师和{N}师傅在其{KIN}{P}住院期间的照顾。",
            "{P}小朋友，{AGE}岁，因发热3天来诊，由{KIN}{F}陪同，咽部充血，诊断{DIS}。接诊{DR}。",
            "{MN}，{AGE}岁，{KIN}{F}陪同，过敏史：磺胺类，饮食请尊重民族习惯。主管医生：{DR}",
            "出院随访名单：{N}、{MN}、{N}，均已电话通知{D}复查。",
            // 诱饵 (decoys)
            "患者{P}长期自服何首乌、黄连素调理，近日肝功能异常，{DR}嘱停用，改用{DRUG}。",
            "病史：患者{P}，曾于{D}在外院行毕Ⅱ式胃大部切除术，术后出现倾倒综合征；上月去黄山、丽江旅游后{SYM}加重。"
                    + "主治：{DR}",
            "既往史：帕金森病5年（服用多巴丝肼），阿尔茨海默病2年；无克罗恩病史。家族史：{KIN}{F}患霍纳综合征。"
                    + "病人{P}。",
            "宁波汤圆、金华火腿等高糖高盐食物需限制。宣教对象：{P}，宣教护士：{N}。",
            // English and mixed notes
            "Patients seen today: {E}, {E2} and {E3}. All three were referred from {HOSP}; Dr. {ES} to review bloods "
                    + "on {D}.",
            "--\n{E}\nClinical Research Coordinator, {HOSP} International Medical Centre\nTel: {L} | Mobile: {M}\n",
            "DISCHARGE SUMMARY\nPATIENT: {EU}    MRN: {R}    DOB: {DOB}\nATTENDING: Dr. {EI}\nDIAGNOSIS: {DIS_EN}\n",
            "Surgeon: {EL}; Assistant: {EI}; Anaesthetist: Dr {ES}; Scrub nurse: {E}. Procedure: laparoscopic "
                    + "appendectomy, {D}.",
            "Blood transfusion checked at bedside by {EI} and {E2}. Patient {EL}, MRN {R}, blood group O Rh+.",
            "Pt {P} (English name {E}) 来自 {A0}，c/o {SYM}；Hx: Crohn's disease, Horner syndrome. Plan: {EXAM}. "
                    + "家属 {F} {M}.",
            "Critical value called: K+ 6.9 mmol/L for {EU} (MRN {R}) at {TIME}; read back by RN {E}; Dr {ES} notified.",
            "Hi {ES}, thanks for seeing my dad {E} yesterday. His new number is {M}. Best, {E2}",
            "会议纪要 Meeting minutes: attendees – Prof. {ES}, {EI}, {DR}主任, {N}; topic: Parkinson's disease registry.",
            "Visiting list, ward 5B: {MN} (interpreter booked), {E}, {EL}. Contact the charge nurse {DR} on {L}.");

    // Common surnames with given names outside the generator's characters; names that are places or words (黄石, 韩江,
    // 秦川, 江城, 柳江, 洪湖, 任丘, 衡水, 蓝天, 殷实, 章程, 甘甜, 郝运, 夏荷) and everyday names (国庆, 秋菊, 秋生, 春花,
    // 三丰); children's names with doubled characters (果果, 萌萌, 朵朵, 乐乐, 贝贝); rare single surnames (揭, 晏, 伏,
    // 寿, 尤, 过, 竺, 展, 奚, 忻, 阙, 幸, 谈, 匡, 钮, 戈, 宓); compound surnames; married double surnames (陈黄秀凤).
    private static final List<String> CHINESE = List.of((
            "王德顺 王凤仙 王书豪 王汐月 王果果 李春妮 李守仁 李念慈 李萌萌 张三丰 张翠屏 张耀祖 "
            + "张亦菲 刘满囤 刘素娥 刘奕彤 陈阿妹 陈炳南 陈思琪 陈锦华 杨翠花 杨宝珠 杨继宗 黄石 "
            + "黄月琴 黄伟业 赵德柱 赵小曼 吴慧珍 吴宝莲 吴守义 周国庆 周美凤 周梦瑶 徐秋菊 徐传芳 "
            + "孙福顺 孙婧怡 马占山 马玉芬 朱耀东 朱芸熙 胡秀云 胡德全 郭巧云 郭梓琪 何丽珠 何耀宗 "
            + "高翠兰 林美玲 林阿水 林诗韵 罗桂珍 罗家齐 郑少伟 郑碧云 梁淑仪 梁耀华 谢秋萍 宋立群 "
            + "唐秀珍 唐佑霖 许嘉琪 韩江 韩素兰 冯秀芬 邓秋生 邓雅丽 曹丙辰 彭秋月 曾美玲 肖桂花 "
            + "田春花 董宝财 袁凤娥 潘佩瑶 于占魁 蒋继红 蔡阿满 余庆芳 杜小满 叶丽清 程冬梅 苏巧儿 "
            + "魏素华 吕凤琴 丁美华 任素芳 沈月娥 姚翠娥 卢耀祖 姜月华 崔凤珍 钟秀琴 谭美娟 陆佩珍 "
            + "汪淑珍 范秋生 金秀珍 石宝山 廖美珍 贾淑贞 夏荷 韦美群 付玉珍 方佳慧 白玉霜 邹美琳 "
            + "孟凡强 熊翠萍 秦川 邱少华 江城 尹玉琴 薛雅倩 闫秀琴 段桂香 雷翠英 侯秀芝 龙凤珍 史玉娥 "
            + "陶桂枝 黎秋霞 顾秀珍 毛翠兰 郝运 龚美娟 邵宝根 万美玲 钱桂芝 严素琴 覃美秀 武国庆 "
            + "戴玉琴 莫月娥 孔维新 向翠英 柳江 洪湖 任丘 衡水 "
            + "符朵朵 蒙乐乐 覃贝贝 揭秀珍 晏鸿飞 伏建民 寿桂芬 尤美凤 过春来 竺月明 展鹏飞 奚桂兰 "
            + "忻海峰 阙秀英 幸德全 谈雅琴 匡红梅 钮美芳 戈玉兰 蓝天 殷实 章程 甘甜 宓雪芬 "
            + "欧阳秋芬 司马青山 上官秋水 诸葛一鸣 司徒美琪 夏侯宝华 皇甫翠英 令狐秀珠 尉迟婉君 淳于嘉禾 "
            + "东方佩兰 公孙晓曼 宇文秋实 慕容紫英 钟离秋 轩辕慧敏 "
            + "陈黄秀凤 李王翠娥 郑林阿娇 何陈丽娟 黄吴玉英 蔡许宝珠").split(" "));
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "司徒", "夏侯", "皇甫",
            "令狐", "尉迟", "淳于", "东方", "公孙", "宇文", "慕容", "钟离", "轩辕");
    // Uyghur and Kazakh names with a middle dot (also • and ・) and one without; Tibetan, Mongolian (one with the Han
    // surname 包), Yi and Dai names; Manchu clan names with a dot; Korean-Chinese, Hui and Zhuang names that look Han.
    private static final List<String> MINORITY = List.of((
            "阿里木江·吐尔逊 帕丽达·阿不都 古再丽努尔·艾海提 沙依甫加马力·吐尔干 阿布都克里木·阿巴斯 买尔旦·阿力木 "
            + "阿依达娜·叶尔波力 努尔波拉提·加纳提 热娜古丽•司马义 阿卜力米提・玉苏甫 迪娜热阿不都 "
            + "次仁央宗 格桑德吉 扎西措姆 仁增旺姆 贡布扎西 "
            + "乌日娜 孟克吉雅 敖登格日勒 特木尔巴根 包呼和 "
            + "曲木阿呷 吉木拉则 岩保 玉香 "
            + "爱新觉罗·启星 叶赫那拉·春英 瓜尔佳·文英 "
            + "朴永哲 金顺姬 崔英爱 李承焕 纳永红 撒玉梅 农美兰 侬春花").split(" "));
    // given|family: word-like names (Heather Moss, Sterling Price, Joy Fields, Guy Chambers); Irish, Scottish, Filipino,
    // Nigerian, Ghanaian, Zulu, Russian, Polish, Scandinavian, Tongan, Māori, Persian, Kazakh, Vietnamese, Korean,
    // Japanese, Finnish, French, Spanish and Dutch names; particles, diacritics, hyphens and spaces.
    private static final List<String> ENGLISH = List.of("Harold|Whitmore", "Georgina|Pryce", "Malcolm|Fairweather",
            "Bridget|Donovan", "Cormac|Delaney", "Imelda|Santos", "Rogelio|Bautista", "Adaeze|Nwachukwu",
            "Kwesi|Boateng", "Lindiwe|Khumalo", "Sipho|Ndlovu", "Olga|Kuznetsova", "Piotr|Zawadzki", "Henrik|Dahl",
            "Maja|Holmberg", "Catriona|Buchanan", "Ansel|Whitlock", "Heather|Moss", "Sterling|Price", "Joy|Fields",
            "Guy|Chambers", "Jude|Ashby", "Wendell|Oakes", "Tevita|Fifita", "Aroha|Ngata", "Nasrin|Farahani",
            "Gulnara|Abenova", "Thu Trang|Bui", "Soo-ah|Jung", "Hiroko|Nakagawa", "Rin|Fujimoto",
            "Benedikt|Schwarzenbach", "Annika|Lehtonen", "Émile|Gauthier", "Océane|Marchand", "Ignacio|de León",
            "Wilhelmina|van Houten", "Leif|Solberg", "Ruairí|Mac Giolla", "Esther|Abernathy-Cole");
    // Pinyin, given name first, as Chinese patients write it in English forms.
    private static final List<String> PINYIN = List.of("Guoqing|Zhou", "Qiuju|Xu", "Yueqin|Huang", "Jiahui|Fang",
            "Qiushui|Shangguan", "Meiling|Zeng");

    private Blind6Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_6 || !templates.isEmpty() && BLIND_6.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname of a name of this pool; 陈黄秀凤 gives the husband's 陈. */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** A minority name, with or without a dot. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** The name with a line break inside it, as a scan breaks a table cell: 欧阳秋\n芬, 黄\n石. */
    static String brokenName(String name, RandomGenerator r) {
        int at = 1 + r.nextInt(name.length() - 1);
        return name.substring(0, at) + "\n" + name.substring(at);
    }

    /** "Given Family", e.g. "Ignacio de León" or "Qiushui Shangguan". */
    static String englishName(RandomGenerator r) {
        return all().get(r.nextInt(all().size())).replace('|', ' ');
    }

    /** The family part only, e.g. "van Houten". */
    static String englishSurname(RandomGenerator r) {
        return family(all().get(r.nextInt(all().size())));
    }

    /** ALL CAPS, as "FAMILY, GIVEN" or "GIVEN FAMILY". */
    static String englishUpper(RandomGenerator r) {
        String n = all().get(r.nextInt(all().size()));
        return (r.nextBoolean() ? family(n) + ", " + given(n) : given(n) + " " + family(n)).toUpperCase(Locale.ROOT);
    }

    /** "Family, Given", e.g. "Bautista, Rogelio". */
    static String englishFamilyFirst(RandomGenerator r) {
        String n = all().get(r.nextInt(all().size()));
        return family(n) + ", " + given(n);
    }

    /** The initial of the given name and the family name, e.g. "H. Whitmore". */
    static String englishInitial(RandomGenerator r) {
        String n = all().get(r.nextInt(all().size()));
        return given(n).charAt(0) + ". " + family(n);
    }

    /** A resident identity number: as is, split by spaces as Blind5 writes it, or with a lower-case check letter x. */
    static String idNumber(String plain, RandomGenerator r) {
        String id = Blind5Templates.idNumber(plain, r);
        return id.endsWith("X") && r.nextBoolean() ? id.substring(0, id.length() - 1) + "x" : id;
    }

    /** A record number: as the generator writes it, year and serial (2024003187), or ZYH and serial (ZYH0031870). */
    static String recordNumber(String plain, RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> (2019 + r.nextInt(8)) + String.format("%06d", r.nextInt(1_000_000));
            case 1 -> "ZYH" + String.format("%07d", r.nextInt(10_000_000));
            default -> plain;
        };
    }

    /** A mobile number: as the generator writes it, as "+8613800138000", or with the long-distance 0 (013800138000). */
    static String mobile(String plain, RandomGenerator r) {
        String digits = plain.replaceAll("\\D", "");
        String n = digits.substring(digits.length() - 11);
        return switch (r.nextInt(6)) {
            case 0 -> "+86" + n;
            case 1 -> "0" + n;
            default -> plain;
        };
    }

    /** Every name form these pools and slots can produce (a broken name counts without its line break). */
    static boolean isPoolName(String s) {
        String v = s.replace("\n", "");
        if (!v.equals(s) && !CHINESE.contains(v)) {
            return false;
        }
        return CHINESE.contains(v) || MINORITY.contains(v) || CHINESE.stream().map(Blind6Templates::surnameOf)
                .anyMatch(v::equals) || all().stream().anyMatch(n -> englishForms(n).contains(v));
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, initials) names no one person. */
    static String fullNameOf(String value) {
        String v = value.replace("\n", "");
        if (CHINESE.contains(v) || MINORITY.contains(v)) {
            return v;
        }
        return all().stream().filter(n -> englishForms(n).subList(0, 4).contains(v)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
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

    /** The English (and pinyin) full names as {@code E} writes them. */
    static Stream<String> englishNames() {
        return all().stream().map(n -> n.replace('|', ' '));
    }

    /** The English (and pinyin) family names as {@code ES} writes them. */
    static Stream<String> englishSurnames() {
        return all().stream().map(Blind6Templates::family);
    }

    /** Full names and family names in capitals, as {@code EU} writes them. */
    static Stream<String> upperCaseForms() {
        return all().stream().flatMap(n -> Stream.of(family(n), given(n) + " " + family(n)))
                .map(s -> s.toUpperCase(Locale.ROOT));
    }

    /**
     * Full name, FAMILY, GIVEN, GIVEN FAMILY, Family, Given, then (not one person) G. Family, Family and FAMILY (the
     * last only as part of an {@code EU} value, for the well-formedness test).
     */
    private static List<String> englishForms(String n) {
        String g = given(n), f = family(n);
        return List.of(g + " " + f, (f + ", " + g).toUpperCase(Locale.ROOT), (g + " " + f).toUpperCase(Locale.ROOT),
                f + ", " + g, g.charAt(0) + ". " + f, f, f.toUpperCase(Locale.ROOT));
    }

    private static List<String> all() {
        return Stream.concat(ENGLISH.stream(), PINYIN.stream()).toList();
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }
}

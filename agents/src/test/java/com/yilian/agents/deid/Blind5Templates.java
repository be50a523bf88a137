package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;

/**
 * Fifth blind group: templates and name pools written without seeing the rules, their error lists or the older groups'
 * sentences, in the template language of {@link ClinicalTextGenerator}. To be measured once, with the rules frozen, on
 * seed {@link #SEED} (select it in {@link DeidDevelopmentProbe} as {@code BLIND_5}); a rule changed because of its
 * errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents are of kinds a regional medical consortium handles and the older groups hardly cover: laboratory
 * and imaging report headers, outpatient and herbal prescriptions, nursing records and shift handovers, critical-
 * condition notices, death certificates, 120 ambulance records, family SMS and WeChat group chats, internet-hospital
 * consultations, two-way referral forms, tabular chronic-disease follow-up forms, health check-up reports, notifiable-
 * disease report cards, complaint and dispute records, volunteer and escort registers, insurance settlements, deposit
 * receipts, record-copy requests, courier waybills, OCR'd scans with odd spacing, and English or mixed notes. Names
 * stand at the start of lines or clauses without a cue word, directly before verbs, after 老 as a nickname, and next
 * to decoys that look like names (徐长卿, 刘寄奴, 马应龙, 白求恩, 麦氏点, 墨菲征).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} and
 * {@link Blind4Templates} nor among the names {@link SyntheticValues} can generate: the generator draws patient, family
 * member and doctor from {@link #chineseName}, the minority person from {@link #minorityName}, {@code DS} from
 * {@link #surnameOf}, English names from {@link #englishName} and {@link #englishSurname}, all from the one seeded
 * random source. It also writes identity numbers, record numbers and mobile numbers in some forms of this group's own
 * ({@link #idNumber}, {@link #recordNumber}, {@link #mobile}). Any non-empty subset of {@link #BLIND_5} uses these
 * pools as well (see {@link #uses}), so single templates can be checked on their own.
 */
final class Blind5Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261206L;

    static final List<String> BLIND_5 = List.of(
            // 检验报告单 (laboratory report headers, critical values)
            "{HOSP}检验报告单\n姓  名：{P}\t性  别：{SEX}\t年  龄：{AGE}岁\n病 历 号：{R}\t科  别：{DEPT}\t床  号：23\n"
                    + "标本种类：静脉血\t采集时间：{D} {TIME}\n检验项目：{LAB}\n送检医生：{DR}\t检验者：{F}\t审核者：{MN}\n",
            "检验科危急值报告：{D} {TIME}，{DEPT}患者{P}（ID号 {R}）{LAB}，已电话通知病区护士{F}，接收人复述无误。"
                    + "报告人：{DR}",
            // 影像报告 (imaging reports)
            "CT检查报告\n住院号：{R}\n{P}  {SEX}  {AGE}岁\n检查部位：胸部平扫\n"
                    + "影像所见：右肺上叶尖段见一磨玻璃结节，大小约8mm×6mm，边界清。\n诊断意见：右肺上叶结节，建议3个月后复查。\n"
                    + "报告医师：{DR}  审核医师：{F}\n",
            "MRI lumbar spine: L4/5 disc protrusion compressing the thecal sac. Patient {E}, DOB {DOB}, referred by "
                    + "Dr {ES}. Reported by {DR}.",
            "彩超检查报告单 姓名{P} 门诊号{R} 检查所见：肝脏大小形态正常，胆囊壁毛糙，墨菲征（-）。提示：慢性胆囊炎。"
                    + "检查医生：{DR}",
            // 处方笺 (prescriptions, with name-like drug and herb decoys)
            "{HOSP}门诊处方笺\n科别：{DEPT}  日期：{D}\n姓名 {P}  年龄 {AGE}  性别 {SEX}\n医保卡号/社保号：{I}\nR：\n"
                    + "1. {DRUG} {DOSE}\n2. 马应龙麝香痔疮膏 外用 bid\n医师 {DR}  调配 {F}  核对/发药 {MN}\n",
            "中药饮片处方：{P}，{SEX}，{AGE}岁。徐长卿15g 刘寄奴10g 何首乌20g 王不留行12g 使君子9g 甘草6g，七剂，"
                    + "水煎服。开方医师{DR}，调剂{F}。",
            "出院带药：季德胜蛇药片、云南白药胶囊、{DRUG}{DOSE}。{P}的{KIN}{F}已在药房窗口领药。",
            // 护理记录、交接班 (nursing records, handovers)
            "护理记录单\n{D} 08:00 {P}神志清，精神差，T {TEMP} P {HR}次/分 BP {BP}，留置针通畅。签名：{DR}\n"
                    + "{D} 14:30 遵医嘱予{DRUG}{DOSE}静滴，无不良反应。签名：{F}\n",
            "夜班交班报告：{DEPT}原有32人，出院2人，新入1人。新入：15床{P}，{AGE}岁，{DIS}，入院时{SYM}，"
                    + "已通知值班医生；危重：7床{MN}，持续心电监护。交班者 {DR} 接班者 {F}",
            "SBAR交接　S：{P}，{AGE}岁，{DIS}术后第1天；B：既往{DIS2}；A：T {TEMP}，BP {BP}；R：夜间关注引流量。"
                    + "交：{DR}　接：{F}",
            "{P} 今晨空腹抽血后晕倒，扶至床上平卧，测指尖血糖3.1mmol/L，{DS}医生到场查看，予50%葡萄糖口服。",
            "输液贴\n{P} 36床\n0.9%氯化钠注射液250ml＋{DRUG}\n{D} {TIME} 配液：{F} 核对：{DR}\n",
            "外送陪检：护工{F}陪同{P}（腕带号{R}）至放射科行{EXAM}，{TIME}返回病房。",
            // 病危通知、死亡证明、医学证明 (critical notices, death and medical certificates)
            "病危（重）通知书\n{P}家属：\n患者{P}因{DIS}于{D}入住我院{DEPT}，目前病情危重，随时可能出现呼吸心跳骤停等"
                    + "危及生命的情况，我们将积极抢救。特此通知。\n主管医师：{DR}\n家属签名：{F}  关系：{KIN}  {D} {TIME}\n",
            "居民死亡医学证明（推断）书\n死者姓名：{P}  性别：{SEX}  民族：汉族  身份证件号码：{ID}\n出生日期：{DOB}"
                    + "  死亡日期：{D}\n常住户口地址：{A}\n直接死因：{DIS}  根本死因：{DIS2}\n医师签名：{DR}  "
                    + "死者家属姓名：{F}  联系电话：{M}\n",
            "{D} {TIME}，患者{P}经抢救无效临床死亡，心电图呈一直线。家属{F}、{MN}在场，{DS}医生宣布死亡。",
            "疾病诊断证明书\n姓名：{P}  性别：{SEX}  年龄：{AGE}  门诊/住院号：{R}\n诊断：{DIS}\n建议：全休两周。\n"
                    + "医师：{DR}  科主任：{F}  （医院公章）\n",
            // 120 急救 (ambulance)
            "120院前急救病历\n呼救电话：{M}  呼救时间：{TIME}  出车时间：{TIME}\n现场地址：{A}\n"
                    + "患者：{P}（姓名由其{KIN}提供）  年龄：约{AGE}岁\n主诉：{SYM}\n初步诊断：{DIS}\n"
                    + "处置：吸氧、心电监护、建立静脉通道，送往{HOSP}。\n随车医生：{DR}  驾驶员：{F}\n",
            "调度指令：{TIME}接{L}来电，称{A0}附近一名老人倒地，呼叫人{F}，12号车组出车。",
            "院前-院内交接单：交接时间{TIME}，患者{P}（无名氏已改为实名，身份证{ID}），GCS 9分，血压{BP}，已予"
                    + "{DRUG}；交：120医生{DR}，接：急诊护士{F}。",
            // 家属短信、微信群聊 (family SMS, WeChat group chats)
            "【短信】{DS}护士你好，我是{P}女儿，今天单位走不开，晚上七点后到，麻烦帮我妈看下点滴。{F}",
            "微信群“{DEPT}3床家属群”\n{F}：医生今天我爸能吃东西了吗\n{DR}：可以喝点米汤\n"
                    + "{E}：Thanks doctor, I'm his son-in-law\n{F}：好的谢谢{DS}医生\n",
            "@{DR} 主任，{P}的病理出来了吗？家属{F}一直在问，我先说下周一。——护士站",
            "{F}在吗我是{P}家里的明天几点能探视要带什么东西吗我手机{M}",
            "老{DS}啊我跟你说{P}那个片子我看了问题不大你让她别太担心下礼拜来复查就行",
            "【{HOSP}】{F}您好，您的家属{P}病情变化，请尽快到{DEPT}。值班医生{DR}，电话{L}。",
            // 互联网医院 (internet hospital)
            "互联网医院图文问诊\n就诊人：{P}（{SEX}，{AGE}岁）  问诊医生：{DR}（{DEPT}主治医师）\n"
                    + "患者：医生您好，我吃了{DRUG}三天，还是{SYM}。\n医生：建议线下就诊，完善{EXAM}。\n"
                    + "处方已开具，药品将配送至{A}，收件电话{M}。\n",
            "复诊续方申请：本人{P}，证件号{ID}，于{HOSP}确诊{DIS}，现申请续开{DRUG}，麻烦医生审核。",
            "Online consultation, patient {E3}, age {AGE}. Q: Can I take {DRUG} with alcohol? A ({DR}, {DEPT}): no. "
                    + "Medicine will be delivered to {A0}.",
            // 双向转诊 (two-way referral)
            "双向转诊（上转）单\n转出机构：{HOSP}\n患者姓名：{P}  性别：{SEX}  年龄：{AGE}  身份证号：{ID}\n"
                    + "家庭住址：{A}  联系电话：{M}\n初步诊断：{DIS}\n转诊目的：进一步{EXAM}\n"
                    + "转诊医生（签字）：{DR}  联系电话：{L}\n接诊科室：{DEPT}\n",
            "下转回执：患者{P}在我院{DEPT}住院治疗后病情稳定，于{D}下转至社区康复，建议社区医生{F}每月随访血压、血糖。"
                    + "上级医院医生：{DR}",
            // 慢病随访表格 (tabular chronic-disease follow-up)
            "高血压患者随访服务记录表\n姓名：\t{P}\t健康档案号：\t{R}\n随访日期：\t{D}\t随访方式：\t门诊\n症状：\t{SYM}\n"
                    + "体征：\t血压 {BP}  体重 68kg  心率 {HR}次/分\n用药情况：\t{DRUG} {DOSE}\n"
                    + "下次随访日期：\t{D}\t随访医生签名：\t{DR}\n",
            "| 2型糖尿病随访表 | 姓名 | {P} | 性别 | {SEX} | 年龄 | {AGE} |\n| 空腹血糖 | 8.6mmol/L | 足背动脉搏动 | 可触及 |\n"
                    + "| 联系电话 | {M} | 责任医生 | {DR} |\n",
            "严重精神障碍患者随访：{MN}，监护人{F}（{KIN}），危险性评估0级，服药规律，本次随访人{DR}，下次{D}。",
            // 体检报告 (check-ups)
            "健康体检报告\n单位：{HOSP}职工体检  体检编号：{R}\n受检者：{P}\t性别：{SEX}\t出生年月：{DOB}\n"
                    + "手机号码：{M}\n主检结论：1.脂肪肝（轻度）；2.{LAB}，建议至{DEPT}复查。\n主检医师：{DR}\n",
            "Pre-employment medical: {E}, DOB {DOB}; chest X-ray normal, ECG normal. Examining physician Dr. {ES}, "
                    + "{HOSP} International Clinic.",
            // 传染病报告 (notifiable diseases, contact tracing)
            "中华人民共和国传染病报告卡\n患者姓名：{P}  患儿家长姓名：{F}\n有效证件号：{ID}\n联系电话：{M}\n现住址：{A}\n"
                    + "病例分类：确诊病例  发病日期：{D}  诊断日期：{D}\n疾病名称：乙类传染病 肺结核\n"
                    + "填卡医生：{DR}  报告单位：{HOSP}\n",
            "流调记录：{P}，{AGE}岁，{D}出现{SYM}，发病前14天内与确诊病例{F}有同桌就餐史，居住于{A0}，"
                    + "密接者还有其{KIN}。调查人：{DR}、{MN}",
            // 投诉、纠纷 (complaints, disputes)
            "投诉登记表\n投诉人：{F}（患者{KIN}）  联系方式：{M}\n被投诉科室：{DEPT}  被投诉人：{DR}\n"
                    + "投诉内容：{D}其家属{P}在候诊区等候三小时无人过问，{DS}医生态度生硬。\n"
                    + "处理意见：已约谈当事医生，向家属致歉。\n受理人：{MN}\n",
            "医务科谈话记录：{D}下午，患者家属{F}、{E}来科室，对{P}术后切口感染提出异议，要求封存病历。"
                    + "参加人员：医务科科长、{DR}主任医师、法务专员。",
            "12345市民热线转办单：来电人{F}，来电号码{M}，反映其{KIN}{P}在{HOSP}就医时被重复收费，要求核查。承办人：{DR}",
            // 志愿者、陪护 (volunteers, escorts)
            "志愿者服务登记\n姓名：{F}\t手机：{M}\t证件号：{ID}\n服务岗位：门诊导诊\t服务时段：{D} 8:00-12:00\n"
                    + "带教老师：{DS}老师\n",
            "陪护登记：病区{DEPT}，床号18，患者{P}，陪护人{F}（{KIN}），身份证 {ID}，体温正常，已发陪护证。",
            "护工{F}（{M}）负责{MN}的夜间翻身和鼻饲，有问题及时找护士长。",
            // 医保、押金、退费 (insurance, deposits, refunds)
            "{HOSP}医疗保险住院费用结算单\n个人编号：{I}\t姓名：{P}\t人员类别：退休\n入院日期：{D}\t出院日期：{D}\n"
                    + "医疗费总额：18,436.20\t基金支付：14,215.80\t个人现金支付：4,220.40\n结算经办：{DR}\n",
            "参保信息：社会保障卡号{I}；医保电子凭证编码{I}；参保人{P}；参保地{A0}。",
            "新农合证号：{I}，户主{F}，家庭成员{P}（户主之{KIN}）。",
            "住院预交金收据\n交款人：{F}\t患者姓名：{P}\t住院号：{R}\n金额（大写）：伍仟元整  ￥5000.00\n"
                    + "支付方式：POS刷卡 卡号 {B}\n收款员：{DR}\n",
            "退费申请：因重复缴费，申请退还{D}挂号费。退款至{P}名下建设银行储蓄卡 {B}，联系人{F}。",
            // 病历复印、快递 (record copies, courier)
            "病历复印申请表\n申请人：{F}  与患者关系：{KIN}  申请人身份证号：{ID}\n患者姓名：{P}  住院号：{R}  "
                    + "出院日期：{D}\n复印用途：商业保险理赔\n邮寄地址：{A}  电话：{M}\n经办：病案室{DR}\n",
            "顺丰速运 运单号SF{CODE}\n寄件人：{HOSP}病案室  电话{L}\n收件人：{P}  {M}\n收件地址：{A}\n"
                    + "托寄物：病历复印件1份\n",
            // OCR 扫描件 (odd spacing, broken lines)
            "姓 名 ： {P}   性 别 ： {SEX}   年 龄 ： {AGE} 岁\n住 院 号 ： {R}   身 份 证 号 ： {ID}\n"
                    + "入 院 诊 断 ： {DIS}\n",
            "［扫描件 第2页］ 患 者{P}于{D}在 我 院 行{EXAM}，家 属{F} 签 字 确 认 。联 系 电 话 ：{M}",
            "身份证\n号码：{ID}\n联系\n电话：{L}\n患者\n姓名：\n{P}\n",
            // 名字在句首、动词前、昵称 (names first in a clause, before verbs, nicknames)
            "{P}拒绝抽血，{F}劝说无效，{DS}主任亲自沟通后同意。",
            "{DR}查房：{P}昨夜睡眠可，今晨{SYM}，嘱继续{DRUG}。",
            "凌晨{F}打来电话说{P}又摔了一跤，{DS}大夫让赶紧送急诊。",
            "老{DS}今天轮休，{P}的换药改由{F}负责。",
            "病人家属说她叫{F}，是{P}的{KIN}，没带身份证，只报了号码{ID}。",
            "{P}平时喜欢下棋，{KIN}{F}说他最近记性变差，MMSE 21分，考虑阿尔茨海默病早期。",
            "{P}、{F}、{MN}三人为同一批次疫苗接种后留观人员，30分钟内无不良反应。",
            // 名字旁的诱饵 (decoys next to names)
            "查体：麦氏点压痛（+），墨菲征（-），巴宾斯基征（-），克氏征（-）。患者{P}，腹痛{DUR}。接诊：{DR}",
            "患者{P}曾在吉林大学白求恩第一医院、浙江大学医学院附属邵逸夫医院就诊，诊断{DIS}，现转回{HOSP}，"
                    + "由{DR}接诊。",
            "{MN}，女，{AGE}岁，哈萨克族，不懂汉语，由其{KIN}翻译，过敏史：青霉素。主管护士{F}。",
            // 门诊日志、预约核对 (line listings, verification)
            "门诊日志 {D}\n序号\t姓名\t性别\t年龄\t住址\t诊断\n1\t{P}\t{SEX}\t{AGE}\t{A0}\t{DIS}\n"
                    + "2\t{F}\t{SEX}\t{AGE}\t{A0}\t{DIS2}\n接诊医生：{DR}\n",
            "请核对：姓名{P}，出生日期{DOB}，就诊卡{R}。如信息有误请致电{L}。",
            // English and mixed notes
            "ED triage note {D} {TIME}: {E}, {AGE}M, brought in by ambulance after a fall at home ({A}). Wife {E2} at "
                    + "bedside, mobile {M}. Seen by Dr {ES}.",
            "To whom it may concern,\nThis is to certify that {E} was hospitalised at {HOSP} from {D} to {D} for "
                    + "{DIS_EN}.\nSigned: {DR}, Attending Physician\n",
            "Name (pinyin): {E}  Chinese name: {P}  Passport/ID: {ID}  Tel: {M}",
            "Pt {MN} c/o {SYM}，ECG: sinus tachycardia，plan: {EXAM}；家属 {F} 电话 {M}，主管 Dr.{DS}。",
            "Referral to {HOSP}. Dear Prof. {ES}, I would be grateful if you could see {E}, DOB {DOB}, "
                    + "insurance no. {I}, with suspected {DIS_EN}. Kind regards, {E2}",
            "Nursing handover: Mrs {ES} in bed 4, post-op day 2, pain 3/10, daughter {E} visiting; call her on {M} "
                    + "before discharge.");

    // Common surnames with given names outside the generator's character list; names that are words (白云, 常乐, 高远,
    // 安康, 万里, 江山, 夏秋月) and era names (卫国, 援朝, 跃进, 抗美, 胜男, 招弟); rare single surnames (暴, 亓, 荀,
    // 芮, 滕, 缑, 仉, 郦, 谌, 岑...) with everyday given names (建国, 海燕, 春华, 志强, 平安); compound surnames (欧阳,
    // 司马, 上官, 诸葛, 端木, 皇甫, 令狐, 慕容, 澹台, 公孙, 东方, 独孤, 闻人, 第五...); married names (黄陈玉兰);
    // Korean-Chinese names.
    private static final List<String> CHINESE = List.of((
            "王卫国 王秋菊 王素琴 王梓萌 王沛然 李秋实 李翠芬 李宗耀 李瀚 李沁瑶 张援朝 张慧琴 张铁军 张芷晴 张彦 "
            + "刘跃进 刘彩云 刘宸 刘振邦 刘巧珍 陈抗美 陈素云 陈奕霏 陈炳坤 陈沐晴 杨胜男 杨树森 杨雅琴 杨澍 "
            + "黄招弟 黄锦荣 黄蓓蓓 赵来喜 赵秀芹 赵一鸣 吴冬青 吴佩珊 吴卓 周宝根 周雅雯 周靖 徐桂珍 徐亦舒 "
            + "孙淑芬 孙宇航 马秀珍 马骏驰 朱碧莲 胡月娥 胡子豪 郭惠芳 何秋云 高翠英 林雅婷 罗佩玲 郑秀芝 梁冠华 "
            + "谢雨菲 宋巧玲 唐素华 许嘉懿 韩冬雪 冯桂芬 邓世杰 曹艳秋 彭淑贞 曾繁荣 肖凤琴 田秋生 董卫星 袁梦琪 "
            + "蒋志远 蔡丽蓉 余庆丰 杜雅琴 程建业 苏晓岚 魏国栋 吕明珠 丁玉珍 任彦君 沈若曦 姚桂香 卢卫民 姜秀云 "
            + "崔明哲 谭永康 石秀芹 廖翠萍 贾淑琴 "
            + "夏秋月 白云 常乐 高远 安康 万里 钱进 温馨 金秋 江山 "
            + "暴建国 亓海燕 荀春华 芮志强 滕平安 缑秀蓉 仉怀德 郦秋萍 谌立新 桑晓梅 岑兆麟 邬美琪 苟德胜 鞠红梅 "
            + "臧家栋 茹雪芳 牟春生 栗晓东 冀文涛 厉小燕 帅建军 练海生 宦永昌 "
            + "欧阳靖宇 司马青云 上官紫嫣 诸葛鸿儒 端木丽蓉 皇甫振声 令狐晓蓓 慕容婉清 澹台明镜 公孙锦程 东方曙光 "
            + "独孤晓峰 闻人淑贞 第五海波 夏侯淑芬 司徒雅文 南宫婉茹 呼延桂珍 万俟子墨 申屠国梁 "
            + "黄陈玉兰 吴郭美珠 林蔡碧霞 周何月娥 许叶丽华 朴贤淑 金美善").split(" "));
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "端木", "皇甫", "令狐",
            "慕容", "澹台", "公孙", "东方", "独孤", "闻人", "第五", "夏侯", "司徒", "南宫", "呼延", "万俟", "申屠");
    // Uyghur and Kazakh names with a middle dot (and the look-alikes • and ・), two without any dot; Tibetan, Mongolian,
    // Yi and Dai names without surname, some starting like a Han surname (白玛央金, 马海木呷, 其木格).
    private static final List<String> MINORITY = List.of((
            "艾尔肯·吐尔地 热孜万古丽·艾买提 阿卜杜热依木·赛买提 吐尔洪·伊斯拉木 迪力夏提·阿布力孜 布威海丽切姆·努尔 "
            + "库尔班江·赛买提 玛依拉·阿曼 加依达尔·阿合买提 别克波拉提·努尔江 木合塔尔·卡德尔 阿米娜·沙吾尔 "
            + "海热古丽•玉素甫 如先古丽・阿不力米提 米热阿依阿布都拉 艾孜买提托乎提 "
            + "索朗旺姆 普布次仁 强巴格桑 达瓦卓玛 白玛央金 才让东智 多吉才旦 "
            + "图门吉日嘎拉 其木格 阿拉坦仓 朝鲁门 萨仁高娃 吉伍木乃 马海木呷 岩香").split(" "));
    // given|family: Welsh, Irish, Māori, Arabic, Polish, Vietnamese, Korean names; word-like names (Dawn Marsh, Victor
    // Cross, Crystal Wood); particles and spaces in the family name (St. John, Te Rangi, bin Said, Di Stefano); pinyin
    // in given-family order (Yue Ma).
    private static final List<String> ENGLISH = List.of("Gwendolyn|Ashworth", "Rhys|Llewellyn", "Ophelia|Thornton",
            "Eamon|Kavanagh", "Thandiwe|Dlamini", "Sunil|Krishnamurthy", "Anneliese|Vogt", "Rafael|Quiroga",
            "Mercedes|Villanueva", "Yannick|Fontaine", "Solveig|Aasen", "Harriet|Blackwood", "Dominic|St. John",
            "Fergus|MacAllister", "Aurélie|Beaumont", "Nikolai|Petrenko", "Agnieszka|Zając", "Oisín|Fitzpatrick",
            "Dawn|Marsh", "Sunny|Brooks", "Victor|Cross", "Crystal|Wood", "Bill|Mason", "Patience|Owusu",
            "Leopold|Fairbanks", "Bartholomew|Quincy", "Marguerite|Delorme", "Ximena|Alcántara", "Hamish|Drummond",
            "Ngaire|Te Rangi", "Abdulrahman|bin Said", "Paolo|Di Stefano", "Jae-hyun|Seo", "Thi Hoa|Dang",
            "Anand|Pillai", "Jingyu|Ouyang", "Weiguo|Wang", "Yue|Ma", "Qiushi|Li");
    // FAMILY|Given: pinyin as on a passport, family name first in capitals.
    private static final List<String> PINYIN = List.of("ZHUGE|Hongru", "TENG|Ping'an", "QI|Haiyan", "XUN|Chunhua",
            "RUI|Zhiqiang", "SIMA|Qingyun", "LYU|Mingzhu", "OUYANG|Jingyu");

    private Blind5Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_5 || !templates.isEmpty() && BLIND_5.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname of a name of this pool (or of any single-character surname); 黄陈玉兰 gives the husband's 黄. */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** A minority name, with or without a dot. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** "Given Family" (e.g. "Dominic St. John") or, for passport pinyin, "FAMILY Given" (e.g. "ZHUGE Hongru"). */
    static String englishName(RandomGenerator r) {
        int k = r.nextInt(ENGLISH.size() + PINYIN.size());
        return (k < ENGLISH.size() ? ENGLISH.get(k) : PINYIN.get(k - ENGLISH.size())).replace('|', ' ');
    }

    /** The family part only, e.g. "Te Rangi" or "ZHUGE". */
    static String englishSurname(RandomGenerator r) {
        int k = r.nextInt(ENGLISH.size() + PINYIN.size());
        if (k < ENGLISH.size()) {
            String n = ENGLISH.get(k);
            return n.substring(n.indexOf('|') + 1);
        }
        String n = PINYIN.get(k - ENGLISH.size());
        return n.substring(0, n.indexOf('|'));
    }

    /** A resident identity number as written in this group: as is, or split 6-8-4 or in fours by spaces. */
    static String idNumber(String plain, RandomGenerator r) {
        int k = r.nextInt(8);
        if (k <= 1) {
            int birthEnd = plain.length() == 18 ? 14 : 12;
            return plain.substring(0, 6) + " " + plain.substring(6, birthEnd) + " " + plain.substring(birthEnd);
        }
        if (k == 2) {
            return plain.replaceAll("(.{4})(?=.)", "$1 ");
        }
        return plain;
    }

    /** A record number: as the generator writes it, or prefix, year and serial (ZY2024-000123, JZ20240512-0087). */
    static String recordNumber(String plain, RandomGenerator r) {
        int year = 2019 + r.nextInt(8);
        return switch (r.nextInt(4)) {
            case 0 -> "ZY" + year + "-" + String.format("%06d", r.nextInt(1_000_000));
            case 1 -> List.of("JZ", "TJ", "BA").get(r.nextInt(3)) + year + String.format("%02d%02d", 1 + r.nextInt(12),
                    1 + r.nextInt(28)) + "-" + String.format("%04d", r.nextInt(10_000));
            default -> plain;
        };
    }

    /** A mobile number: as the generator writes it, or as "(+86) 138 0013 8000" or "0086-13800138000". */
    static String mobile(String plain, RandomGenerator r) {
        String digits = plain.replaceAll("\\D", "");
        String n = digits.substring(digits.length() - 11);
        return switch (r.nextInt(5)) {
            case 0 -> "(+86) " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> "0086-" + n;
            default -> plain;
        };
    }

    /** Every name these pools can produce, for the well-formedness test. */
    static boolean isPoolName(String s) {
        return CHINESE.contains(s) || MINORITY.contains(s) || CHINESE.stream().map(Blind5Templates::surnameOf)
                .anyMatch(s::equals) || englishNames().anyMatch(s::equals) || englishSurnames().anyMatch(s::equals);
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

    /** The English (and pinyin) full names as they are written into the text. */
    static Stream<String> englishNames() {
        return Stream.concat(ENGLISH.stream(), PINYIN.stream()).map(n -> n.replace('|', ' '));
    }

    /** The English (and pinyin) family names as {@code ES} writes them. */
    static Stream<String> englishSurnames() {
        return Stream.concat(ENGLISH.stream().map(n -> n.substring(n.indexOf('|') + 1)),
                PINYIN.stream().map(n -> n.substring(0, n.indexOf('|'))));
    }
}

package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;

/**
 * Ninth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists, the older groups' sentences or the development templates, in the template language of
 * {@link ClinicalTextGenerator}. To be measured once, with the rules and the model frozen, on seed {@link #SEED}
 * (select it in {@link DeidDevelopmentProbe} as {@code BLIND_9}); a rule changed, or a model retrained, because of its
 * errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: nursing handovers in SBAR form, operating-room schedules, laboratory critical-value call logs,
 * discharge follow-up SMS batches, commercial-insurance pre-authorisations, family-doctor home visits (家庭医生上门) to
 * elderly people, community mental-health (精防) follow-up, school and kindergarten infection reports, occupational
 * health screening lists, blood-bank and transfusion records, CSV exports with a header line, HL7 v2 segments
 * (MSH, PID, NK1, PV1), JSON fragments from interface logs, e-mail headers, voice-transcribed dictation without
 * punctuation (phones, identity numbers and dates of birth spoken as Chinese numerals), OCR of handwritten forms with
 * misrecognised labels, bilingual notes, discharge summaries, WeChat follow-up groups and refund forms.
 *
 * <p>Labelling. Every person's name is PHI: patients, relatives, staff (doctors, nurses, laboratory staff, teachers,
 * carers, interpreters), in Chinese, minority, English or pinyin form; an HL7 name {@code FAMILY^GIVEN} ({@code EH}) is
 * labelled as one span with its caret. A surname used as a form of address (老X, 小X, X大哥, X医生, X主任) labels the
 * surname only ({@code PS}, {@code FS}, {@code DS}); a given name used alone (美玲阿姨, {@code PG}) labels the given name
 * (a single-character given name is never used alone: {@code PG} then writes the full name). Resident identity numbers
 * ({@code ID}, also spoken, {@code IDV}), phones (mobiles, landlines, spoken mobiles {@code MV}), addresses, record,
 * admission and card numbers ({@code R}), insurance numbers ({@code I}), bank cards ({@code B}) and dates of birth
 * ({@code DOB}, spoken {@code DV}, English {@code DE}) are labelled. Not labelled: visit, admission, discharge and
 * report dates, times, ages, bed, room and operating-theatre numbers, policy numbers, blood-bag numbers, specimen
 * barcodes and work numbers ({@code CODE}), laboratory values, scores, schools, classes, employers and role e-mail
 * addresses. Decoys that look like names but are not PHI: eponyms (川崎病, 布加综合征, 桥本/Hashimoto, 雷诺/Raynaud,
 * Child-Pugh, Glasgow, Braden, Morse, Barthel, PHQ-9), herbs and drugs (黄芪, 当归, 川芎, 白术, 丹参, 甘草, 华法林,
 * 万古霉素, 罗红霉素, 丁苯酞, 利培酮), brands whose names contain a surname (马应龙, 片仔癀, 云南白药, 胡庆余堂, 雷允上,
 * 王致和, 张小泉, 同仁堂), hospitals and places (瑞金医院, 齐鲁医院, 白求恩, 中山大学附属第三医院, 石狮市, 秦皇岛, 周庄,
 * 武当山, 鲁迅公园).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind8Templates} nor among the names {@link SyntheticValues} can generate. They are meant to look like the
 * names of real people: ordinary given names of several generations (淑珍, 建勋, 梓萌), rural names (铁柱, 满仓),
 * rare single surnames (滕, 蒲, 喻, 栗, 鞠, 晏, 巩, 闵, 饶, 邬, 储, 隋, 蔺), compound surnames, married double surnames
 * (陈李淑芬), Korean-Chinese names; only a few ({@link #WORD_LIKE}, at most a tenth) are also ordinary words. The
 * generator draws patient, family member and doctor from {@link #chineseName}, the minority person from
 * {@link #minorityName}, {@code DS} from {@link #surnameOf} the doctor. Own slots: {@code N}, a further Chinese name
 * drawn afresh at each use; {@code PS}, {@code FS}, the surnames of patient and family member; {@code PG}, the
 * patient's given name; {@code EG}, {@code ES}, an English given or family name alone; {@code EH}, an English or
 * pinyin name in HL7 form; {@code MV}, {@code IDV}, {@code DV}, spoken mobile, identity number and date of birth;
 * {@code DE}, an English date of birth. Identity numbers, mobiles, landlines, record, insurance and bank numbers,
 * addresses and dates of birth are written in forms of the group's own. Any non-empty subset of {@link #BLIND_9} uses
 * these pools (see {@link #uses}).
 */
final class Blind9Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261210L;

    static final List<String> BLIND_9 = List.of(
            // Nursing handover, SBAR.
            "【SBAR交班】S：{AGE}床{P}，{SEX}，{AGE}岁，{DIS}术后第2天，{TIME}诉{SYM}；B：既往{DIS2}，住院号{R}；"
                    + "A：T {TEMP}，HR {HR}次/分，BP {BP}；R：已报告值班医生{DR}，请夜班{N}继续观察引流量。",
            "交接班（SBAR）接班护士：{N}；交班护士：{DR}。患者{P}（住院号{R}）目前{SYM}，家属{F}陪护，联系电话{M}，"
                    + "Braden评分14分，Morse跌倒评分45分。",
            "S：{P} {AGE}岁 {SEX} 床旁血糖22.6mmol/L；B：2型糖尿病，胰岛素泵治疗；A：神志清；R：已通知{DS}医生，{TIME}复测。"
                    + "交班人：{N}",
            // Operating-room schedule.
            "手术排班 {D} 第3手术间 | 08:00 | {P} | {SEX}/{AGE}岁 | {R} | 腹腔镜胆囊切除术 | 主刀：{DR} | 麻醉：{N} | "
                    + "器械护士：{N}",
            "{D}急诊加台：{P}，{AGE}岁，{DIS}，拟行剖腹探查，术者{DS}主任，一助{N}，已电话通知家属{F}（{M}）来院签字。",
            // Critical-value call logs.
            "危急值报告登记：{D} {TIME} 检验科{N}电话报告{DEPT}护士{DR}，患者{P}，病案号{R}，血钾6.8mmol/L，"
                    + "复述无误，已通知{DS}医生处理。",
            "危急值 肌钙蛋白I 12.3ng/ml（参考值<0.04） 患者{P} 住院号{R} 报告人{N} 接收人{DR} 报告时间{TIME} "
                    + "处理：请心内科会诊",
            "Critical value log {D} {TIME}: K+ 2.4 mmol/L for {E}, MRN {R}; phoned to RN {EG} on ward 7, read back, "
                    + "Dr. {ES} informed.",
            // Discharge follow-up SMS.
            "【市第一人民医院】{P}您好，您于{D}自{DEPT}出院，请两周后来院复查{EXAM}，如有不适请拨打{L}。回T退订",
            "短信群发记录 {D}\n{M},{N},复诊提醒,已送达\n{M},{N},随访问卷,发送失败\n{M},{N},体检报告领取,已送达",
            "{PG}阿姨您好，我是{DEPT}随访护士{DR}，您出院带的{DRUG}记得每天早饭后吃，有事打我电话{M}。",
            // Insurance pre-authorisation.
            "商业保险住院预授权申请\n被保险人：{P}  证件号码：{ID}  出生日期：{DOB}\n保单号：{CODE}  医保个人编号：{I}\n"
                    + "拟行治疗：{EXAM}  申请医生：{DR}（{DEPT}）",
            "Pre-authorisation request. Insured: {E}; date of birth {DE}; policy no. {CODE}; member ID {I}; "
                    + "treating physician Dr. {ES}, {HOSP}; diagnosis {DIS_EN}.",
            // Family doctor home visits.
            "家庭医生上门服务记录 {D}：{DR}医生、{N}护士至{A}，为{P}（{AGE}岁，独居）测血压{BP}，更换尿管；"
                    + "女儿{F}在外地，电话{M}。",
            "上门随访：{A0}，{P}，卧床三年，Barthel指数35分，由保姆{N}照护，{KIN}{F}每周来一次，下次上门{D}。",
            "今天去{P}家里，老{PS}说最近{SYM}，{LAB}，让他{KIN}{F}带他来门诊，随访医生{DR}。",
            // Community mental health.
            "严重精神障碍患者随访表 姓名：{P} 性别：{SEX} 身份证号：{ID} 监护人：{F}（{KIN}） 监护人电话：{M} "
                    + "现住址：{A} 危险性评估：0级 服药：利培酮2mg bid",
            "社区精防医生{DR}于{D}电话随访{P}，自述睡眠可，无冲动行为；其{KIN}{F}反映近日情绪低落，已建议至精神卫生中心复诊。",
            "心理门诊：来访者{P}，{AGE}岁，大学生，失眠、情绪低落{DUR}，PHQ-9 18分，GAD-7 12分，辅导员{N}陪同，"
                    + "紧急联系人{F} {M}。",
            // School and kindergarten infection reports.
            "学校传染病报告：{D}实验小学三年级二班学生{N}、{N}、{N}相继发热、皮疹，疑似手足口病，校医{DR}，"
                    + "电话{L}，已通知家长。",
            "幼儿园晨检异常登记\n日期 | 幼儿姓名 | 班级 | 症状 | 家长电话\n{D} | {N} | 小二班 | 体温{TEMP} | {M}\n"
                    + "{D} | {N} | 中一班 | 呕吐 | {M}",
            "水痘个案：患儿{P}，{SEX}，{DOB}出生，就读于向阳幼儿园，家住{A}，父亲{F}，电话{M}，报告医生{DR}。",
            // Occupational health screening.
            "职业健康检查结果一览表（粉尘作业）\n序号,姓名,性别,年龄,身份证号,工种,胸片结论\n1,{N},男,{AGE},{ID},凿岩工,"
                    + "尘肺可疑\n2,{N},男,{AGE},{ID},爆破工,未见异常",
            "噪声作业人员复查通知：{P}（工号{CODE}）双耳高频听阈提高，请于{D}前到{HOSP}职业病科复查，联系人{DR}，"
                    + "电话{L}。",
            "Occupational screening roster: {E}, employee no. {CODE}, ID {ID}, forklift driver, audiogram abnormal; "
                    + "supervisor {E2}.",
            // Blood bank.
            "输血记录：受血者{P}，住院号{R}，A型RhD阳性，输注悬浮红细胞2U，血袋号{CODE}，双人核对：{DR}、{N}，"
                    + "开始时间{TIME}，无输血反应。",
            "临床用血申请单：{P}，{SEX}，{AGE}岁，身份证{ID}，Hb 62g/L，申请医生{DR}，{DS}主任审核，家属{F}签署输血同意书。",
            "Transfusion record: recipient {E}, MRN {R}, 2 units O-negative PRBC, bag no. {CODE}, checked by {EG} and "
                    + "Dr. {ES}; no reaction.",
            // CSV exports.
            "patient_name,gender,birth_date,id_card,mobile,address\n{P},{SEX},{DOB},{ID},{M},{A}",
            "导出时间,{D}\n床号,姓名,住院号,主管医生,入院诊断\n12,{P},{R},{DR},{DIS}\n15,{N},{R},{DR},{DIS2}",
            // HL7 v2.
            "MSH|^~\\&|HIS|RJYY|LIS|LAB|{D}||ADT^A01|{CODE}|P|2.4\nPID|1||{R}^^^HIS^MR||{EH}||{DE}|F|||{A}||{M}",
            "PID|1||{R}^^^^MR~{ID}^^^^NNCHN||{P}||{DOB}|M|||{A}^^^^^CN||{M}|||||||{I}\nPV1|1|I|05^12^1||||{DR}",
            "NK1|1|{F}|{KIN}|{A0}|{M}\nOBX|1|NM|K^血钾||2.9|mmol/L|3.5-5.3|L|||F",
            // JSON fragments.
            "接口日志 {D} {TIME} request body: \"name\":\"{P}\",\"idNo\":\"{ID}\",\"phone\":\"{M}\","
                    + "\"deptName\":\"{DEPT}\",\"doctor\":\"{DR}\"",
            "\"emergencyContact\":\"{F}\",\"relation\":\"{KIN}\",\"emergencyTel\":\"{M}\",\"insuranceNo\":\"{I}\","
                    + "\"refundCard\":\"{B}\",\"birthday\":\"{DOB}\"",
            // E-mail.
            "From: {DR} <xnk-office@hospital.example.cn>\nTo: {N} <yiwuchu@hospital.example.cn>\nSubject: 转：患者{P}投诉\n\n"
                    + "{DS}主任：患者家属{F}今日来电（{M}），对{EXAM}等候时间有意见。",
            "From: {E} <intl-clinic@hospital.example.cn>\nTo: {E2}\nCc: Dr. {ES}\nSubject: follow-up, MRN {R}\n\n"
                    + "Hi {EG}, the {EXAM} is booked for {D}.",
            // Voice dictation.
            "患者{P}男{AGE}岁因为{SYM}{DUR}来诊既往{DIS}病史家属{F}电话是{MV}嗯身份证号我念一下{IDV}",
            "口述记录{DR}主任查房说{P}这个病人{DIS}控制得还可以明天复查{EXAM}出生年月是{DV}家里电话{MV}",
            "语音转写病人叫{P}住在{A0}然后联系人是她爱人{F}手机号{MV}医保卡号{I}",
            // OCR of handwritten forms.
            "姓名:{P}  性刖:{SEX}  年令:{AGE}  住院号:{R}\n诊断:{DIS}  主治医师:{DR}  家屈:{F}  电诂:{M}",
            "门诊病厉 {D}\n患者{P}  身分证{ID}  地址{A}\n主述：{SYM}{DUR}  处方：{DRUG} {DOSE}  医师签字：{DR}",
            "【扫描识别】出院证明书 兹证明{P}同忐于{D}至{D}在我院住院治疗，病案号：{R}，经治医师：{DR}（手写签名）",
            // Bilingual.
            "Patient 患者: {P}, DOB 出生日期: {DOB}, ID 证件号: {ID}; Interpreter 翻译: {E}; Attending 主治: Dr. {DR}.",
            "Discharge summary 出院小结\nName: {E}  Nationality: 英国  MRN: {R}\nDiagnosis: {DIS_EN}（{DIS}）\n"
                    + "Follow-up: {DEPT}, nurse {N}, {M}",
            "知情同意 Consent: I, {E}, {KIN} of patient {E2}, agree to {EXAM}. 见证人 Witness: {DR}",
            // Discharge summaries.
            "出院小结\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁  住院号：{R}\n入院日期：{D}  出院日期：{D}\n"
                    + "出院诊断：1.{DIS} 2.{DIS2}\n出院医嘱：继续口服{DRUG}{DOSE}，{D}至{HOSP}{DEPT}复诊。\n"
                    + "经治医师：{DR}  上级医师：{N}",
            "出院随访安排：{P}（身份证{ID}）出院后由{KIN}{F}照顾，住址{A}，社区医生{N}负责随访，医保个人编号{I}。",
            "Discharge summary: {E}, {AGE}-year-old, admitted {D} for {DIS_EN}; PMH Hashimoto's thyroiditis, Raynaud's "
                    + "phenomenon. Discharged on warfarin 3 mg daily. GP: Dr. {ES}. Contact {M}.",
            // Decoys around identifiers.
            "中药处方：{P}，{SEX}，{AGE}岁。黄芪30g 当归12g 川芎9g 白术15g 丹参20g 甘草6g，七剂，水煎服。医师：{DR} "
                    + "调配：{N} 复核：同仁堂",
            "{P}自行外用马应龙麝香痔疮膏及云南白药气雾剂，并口服片仔癀、胡庆余堂丸剂，{DS}医生已嘱停用并告知其{KIN}{F}。",
            "诊断：川崎病？需与猩红热鉴别，布加综合征待排。患儿{P}，{DOB}生，家长{F}，手机{M}，会诊医生{DR}（风湿免疫科）。",
            "{P}系石狮市人，在秦皇岛打工，{D}返乡后发热，现居{A}，同住人{N}，流调员{DR}。",
            "感染科会诊：{P}，血培养MRSA，予万古霉素1g q12h，停用罗红霉素；卒中后长期服丁苯酞、华法林，INR 2.1。"
                    + "会诊医师{DR}，病案号{R}。",
            // Refunds and bank cards.
            "退费申请：{P}，就诊卡号{R}，退款1280.00元，收款人{F}（{KIN}），收款卡号{B}，开户行中国农业银行中山路支行。",
            "医保个人账户{I}，家庭共济绑定成员{F}，绑定银行卡{B}，预留手机{M}。",
            // Transfer and ward notes.
            "转运交接单：{D} {TIME} 自{HOSP}转入，患者{P}，陪同家属{F}，随车医生{N}，接收护士{DR}，"
                    + "随身物品：手机1部、身份证（{ID}）。",
            "12床 {P} {SEX} {DOB} 血型O Rh+ 过敏史：青霉素 责任护士：{N} 主管医生：{DR}",
            "患者{MN}，{AGE}岁，汉语交流困难，由其{KIN}{N}翻译，身份证{ID}，住{A}。",
            "援疆医疗队随访：{MN}，{SEX}，{AGE}岁，{DIS}，家住{A0}，电话{M}，随访医生{DR}。",
            "会诊申请单：请{DS}主任会诊，申请医生{DR}，被会诊患者{P}（病案号{R}），{D}，地点瑞金医院东院区。",
            "{P}今天情绪不错，{FS}大哥（{F}）送来换洗衣物，留了电话{M}，说周末去周庄不能来。",
            "护士站留言：小{PS}（{P}）的{EXAM}报告已出，请找{DR}医生，座机{L}。",
            "【随访群】{DR}：@{P} 你上次的{LAB}我看了，药先不用调。\n{P}：谢谢{DS}医生！\n{F}：我是他{KIN}，"
                    + "报销要的医保号是{I}吗？",
            "Handover: bed 14, {E}, {AGE}F, post-op day 1 lap chole, pain controlled with paracetamol; husband {EG} "
                    + "visiting, phone {M}. Plan per Dr {ES}.",
            "Lab call {TIME}: called {DEPT} re {E} (DOB {DE}), Hb 58 g/L, spoke to Dr. {E2}; Child-Pugh B, GCS 14.",
            "SMS to {M}: Dear {E}, your appointment at {HOSP} is on {D}. Reply Y to confirm.",
            "体检登记 姓名{P} 性别{SEX} 出生日期{DOB} 单位：武当山旅游公司 联系电话{M} 联系地址{A} 备注：白求恩班");

    // Ordinary names of several generations with given names outside the generator's characters; rural names;
    // rare single surnames; compound surnames; married double surnames; Korean-Chinese names; and a few word-like
    // names (WORD_LIKE).
    private static final List<String> CHINESE = List.of((
            "王素珍 王庆丰 王佩瑶 王卫东 王秀娥 王德厚 王梓晴 王占山 王爱军 "
            + "李桂香 李建勋 李卫红 李婧 李思远 李振邦 李淑贞 李雅琴 李宗泽 李顺子 "
            + "张秀珍 张国栋 张丽蓉 张蓓 张少华 张凤琴 张铁柱 张沛然 "
            + "刘玉珍 刘德胜 刘秀云 刘佳琪 刘宗耀 刘雪芹 刘二妮 刘沐阳 "
            + "陈素芬 陈建民 陈雅婷 陈奕辰 陈立群 陈美娇 "
            + "杨素梅 杨国庆 杨沐辰 杨爱华 赵玉芬 赵保国 赵晓冬 赵丽君 赵子墨 赵来福 "
            + "黄美玲 黄伟民 黄诗琪 黄锦添 黄俊豪 周翠英 周远航 周素琴 "
            + "吴卫国 吴美华 吴梦琪 吴秋生 徐长江 徐桂芹 徐静雯 孙凤芝 孙建中 孙可欣 孙秀清 孙沐晨 孙满仓 "
            + "马卫星 马云飞 马占奎 朱启明 朱雅萍 胡少杰 胡雅楠 胡爱萍 郭秀芝 郭佳慧 郭庆林 "
            + "何美兰 何卫平 何婉茹 高玉珍 高志远 高雅君 林淑惠 林秋月 林美凤 林振雄 林若曦 "
            + "罗招娣 罗世忠 罗晓雯 郑少东 郑晓丹 郑美珠 梁嘉仪 梁家豪 梁翠萍 谢春花 谢东升 谢玉珠 "
            + "宋美娟 宋雅丽 唐慧敏 唐家乐 许诗涵 许秋菊 韩振江 韩雪莹 冯丽珠 冯宝山 邓志坚 邓雅文 "
            + "曹桂花 曹淑琴 彭玉洁 彭德润 曾宪明 曾凡荣 肖雅琪 肖德容 董立民 董惠芳 袁素华 潘爱玲 "
            + "于国良 于秀芹 蒋卫民 蔡雅芳 余桂芬 叶志雄 叶美琪 程美霞 苏婉清 魏子豪 吕梦瑶 丁一凡 "
            + "任保华 沈佳音 姚素云 卢思琪 姜德全 崔永奎 钟梓豪 谭秀珠 汪春来 廖振坤 贾凤珍 方美云 "
            + "白玉祥 孟庆华 熊桂芝 龙秀芬 韦雪芬 覃美凤 和丽梅 金明哲 朴英爱 "
            + "滕桂珍 蒲建国 喻晓红 蓝秀英 仇志明 栗凤英 鞠文华 晏子琪 巩立新 闵慧琳 饶春生 邬美英 储国平 "
            + "隋玉凤 蔺德贵 阎秀兰 芦晓燕 房立业 解玉兰 商秀丽 "
            + "欧阳秋菊 欧阳建勋 司徒美玲 上官素云 诸葛卫国 皇甫淑芬 端木蓉 公孙婉仪 令狐雅琴 呼延淑琴 "
            + "东方晓曦 司马锦程 慕容雪芹 "
            + "陈李淑芬 林黄秀凤 张王美华 "
            + "高原 江南 田富贵 杜建设 金城 康乐").split(" "));
    /**
     * The pool names that are, or whose given name is, an ordinary word or a well-known place: 高原 plateau, 江南,
     * 金城, 康乐; 富贵 riches, 建设 construction, 卫国, 建国, 远航 voyage, 立业, 满仓, 铁柱, 保国, 国庆 National Day,
     * 长江 Yangtze, 宝山, 东升 (under a tenth of the pool).
     */
    static final List<String> WORD_LIKE = List.of("高原", "江南", "金城", "康乐", "田富贵", "杜建设", "吴卫国", "诸葛卫国",
            "蒲建国", "周远航", "房立业", "孙满仓", "张铁柱", "赵保国", "杨国庆", "徐长江", "冯宝山", "谢东升");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司徒", "上官", "诸葛", "皇甫", "端木", "公孙",
            "令狐", "呼延", "东方", "司马", "慕容");
    /** Names made of two single surnames (冠夫姓): the first is the surname used in address, the given name follows. */
    private static final List<String> DOUBLE_SURNAMES = List.of("陈李淑芬", "林黄秀凤", "张王美华");
    // Uyghur, Kazakh (with ·, • or none), Tibetan, Mongolian, Yi and Dai names.
    private static final List<String> MINORITY = List.of((
            "艾尔肯·买合苏提 迪力夏提·阿不力孜 古丽巴哈尔·艾则孜 阿迪力·努尔买买提 米热古丽·吾守尔 "
            + "祖丽胡玛尔·阿布拉 热孜万古丽•卡德尔 买尔旦·亚森 伊力哈尔·吐逊 布合力其·赛买提 阿尔曼·木拉提 "
            + "叶尔兰·托列根 阿依达娜·别克波拉提 努尔比亚吐尔洪 "
            + "次仁央金 德吉卓嘎 平措旺姆 普布卓玛 边巴顿珠 "
            + "额尔敦毕力格 其其格 孟和巴雅尔 敖登格日乐 "
            + "阿牛阿呷 沙马日火 吉伍阿支 岩罕龙 玉波罕").split(" "));
    // given|family: English, Irish, Scottish, Welsh, Norwegian, Swedish, Spanish, Portuguese, Polish, German, French,
    // Italian, Russian, Ghanaian, Nigerian, Iranian, Indian, Vietnamese, Korean, Japanese names; pinyin names.
    private static final List<String> ENGLISH = List.of("Philippa|Ashcombe", "Desmond|Okereke", "Clementine|Sowerby",
            "Lorcan|Tierney", "Sigrun|Aasland", "Esteban|Arrieta", "Magdalena|Wroblewska", "Wolfgang|Kirchner",
            "Yara|Saleh", "Tiago|Correia", "Orla|Brogan", "Barnaby|Finch", "Linnea|Nyberg", "Yaw|Ofori-Atta",
            "Chiamaka|Okonjo", "Hamid|Karimi", "Thuy|Hoang", "Seung-ho|Kang", "Kaito|Ishikawa", "Sunita|Rao",
            "Vikram|Menon", "Elodie|Vasseur", "Luca|Bianchi", "Yevgeny|Zaitsev", "Beatrix|Holloway", "Padraig|Doyle",
            "Eirik|Bakke", "Hauwa|Danjuma", "Rocio|Mendoza", "Laura|Bennett", "Gareth|Jenkins", "Xiaoling|Tang",
            "Guoqiang|Fu", "Meiling|Qiu");
    private static final List<String> AREA = List.of("150102", "450303", "210202", "370705", "410305", "420502",
            "430203", "340202", "350503", "511302", "532901", "610302", "500106", "310106", "110106", "150402",
            "520303", "450202");
    private static final List<String> REGIONS = List.of("内蒙古自治区|呼和浩特市|新城区", "广西壮族自治区|桂林市|叠彩区",
            "辽宁省|大连市|沙河口区", "山东省|潍坊市|奎文区", "河南省|洛阳市|涧西区", "湖北省|宜昌市|西陵区",
            "湖南省|株洲市|芦淞区", "安徽省|芜湖市|镜湖区", "福建省|泉州市|丰泽区", "四川省|南充市|顺庆区",
            "云南省|大理白族自治州|大理市", "陕西省|宝鸡市|渭滨区", "重庆市||沙坪坝区", "上海市||静安区", "北京市||丰台区",
            "贵州省|遵义市|汇川区");
    private static final List<String> STREETS = List.of("新华北路", "胜利街", "解放西路", "人民东路", "工农路", "建设大街",
            "车站路", "育才巷", "光华大道", "滨河路", "朝阳南街", "劳动路");
    private static final List<String> COMPLEXES = List.of("幸福里小区", "电力公司宿舍", "桃源居", "金域蓝湾", "纺织厂生活区",
            "锦华苑", "教师新村", "丽景花园");
    private static final List<String> RURAL = List.of("河北省阜平县龙泉关镇", "湖南省花垣县双龙镇", "贵州省雷山县西江镇",
            "山东省沂南县马牧池乡", "内蒙古自治区科尔沁右翼前旗乌兰毛都苏木", "广西壮族自治区巴马瑶族自治县甲篆镇");
    private static final List<String> VILLAGES = List.of("十八洞村", "骆驼湾村", "常安村", "王家庄村", "坡纳屯", "北沟村");
    private static final List<String> LANDLINE_AREAS = List.of("0471", "0773", "0411", "0536", "0379", "0717", "0733",
            "0553", "0595", "0817", "0872", "0917", "023", "0476", "0851", "0772");
    private static final List<String> BANK_BINS = List.of("621226", "622700", "622262", "621799", "622155", "628288",
            "621661");
    private static final String CN_DIGITS = "零一二三四五六七八九";
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    private Blind9Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_9 || !templates.isEmpty() && BLIND_9.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character (陈李淑芬 gives 陈). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 秋菊 of 欧阳秋菊, 淑芬 of 陈李淑芬. */
    static String givenNameOf(String chineseName) {
        if (DOUBLE_SURNAMES.contains(chineseName)) return chineseName.substring(2);
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a single-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /** A minority name. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
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

    /** An HL7 XPN name, FAMILY^GIVEN in capitals. */
    static String hl7Name(RandomGenerator r) {
        return hl7(pick(ENGLISH, r));
    }

    private static String hl7(String n) {
        return (family(n) + "^" + given(n)).toUpperCase(java.util.Locale.ROOT);
    }

    private static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1935, 88, r);
    }

    /** A resident identity number of an own area code with a valid check digit, plain or grouped 6-8-4. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 1 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            default -> id;
        };
    }

    /** An identity number read aloud: Chinese digits, 幺 for one at times, 叉 for X. */
    static String spokenIdNumber(RandomGenerator r) {
        return spoken(plainId(r), r.nextBoolean()).replace("X", "叉");
    }

    private static String plainMobile(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile number as typed in forms and exports. */
    static String mobile(RandomGenerator r) {
        String n = plainMobile(r);
        return switch (r.nextInt(8)) {
            case 0 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 1 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 2 -> "+86 " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 3 -> "86-" + n;
            default -> n;
        };
    }

    /** A mobile number read aloud: 幺三八零零一三八零零零, sometimes in three groups. */
    static String spokenMobile(RandomGenerator r) {
        String s = spoken(plainMobile(r), r.nextInt(3) > 0);
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** A landline of an own area code. */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(area.length() == 3 ? 7 : 6 + r.nextInt(2), r);
        return switch (r.nextInt(3)) {
            case 0 -> area + "-" + local;
            case 1 -> "(" + area + ")" + local;
            default -> area + local;
        };
    }

    /** Admission, outpatient and card numbers. */
    static String recordNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "ZY2026" + digits(5, r);
            case 1 -> "P" + digits(7, r);
            case 2 -> "00" + digits(8, r);
            case 3 -> "HN-" + digits(6, r);
            default -> digits(8, r);
        };
    }

    /** Medical insurance personal numbers. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> "1" + digits(11, r);
            case 1 -> List.of("HB", "NM", "GX", "SD").get(r.nextInt(4)) + digits(8, r);
            default -> "G" + digits(10, r);
        };
    }

    /** A bank card of an own issuer prefix, 16 or 19 digits with a valid Luhn digit, plain or in fours. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return r.nextInt(3) == 0 ? IdentifierForms.inFours(card, " ") : card;
    }

    /** An address of an own region: flat with hyphenated building-unit-room, street number, dormitory, or village. */
    static String address(boolean withProvince, RandomGenerator r) {
        String[] region = pick(REGIONS, r).split("\\|");
        String head = (withProvince || region[1].isEmpty() ? region[0] : "") + region[1] + region[2];
        return switch (r.nextInt(4)) {
            case 0 -> head + pick(STREETS, r) + (1 + r.nextInt(200)) + "号" + pick(COMPLEXES, r) + (1 + r.nextInt(30))
                    + "-" + (1 + r.nextInt(4)) + "-" + (1 + r.nextInt(20)) + "0" + (1 + r.nextInt(4));
            case 1 -> head + pick(STREETS, r) + (1 + r.nextInt(600)) + "号";
            case 2 -> {
                String rural = pick(RURAL, r);
                int cut = rural.indexOf('省') >= 0 ? rural.indexOf('省') + 1 : rural.indexOf("自治区") + 3;
                yield (withProvince ? rural : rural.substring(cut)) + pick(VILLAGES, r) + (1 + r.nextInt(9)) + "组";
            }
            default -> head + pick(COMPLEXES, r) + (1 + r.nextInt(40)) + "栋" + (1 + r.nextInt(3)) + "单元"
                    + (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(4)) + "室";
        };
    }

    /** A date of birth: the generator's forms, or 1956.3.12, or 1956年3月12号. */
    static String birthDate(String generatorForm, RandomGenerator r) {
        int y = 1935 + r.nextInt(88), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> y + "." + m + "." + d;
            case 1 -> y + "年" + m + "月" + d + "号";
            default -> generatorForm;
        };
    }

    /** A date of birth read aloud: 一九五六年三月十二号, or 五六年三月十二日. */
    static String spokenBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(88), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String year = r.nextBoolean() ? Integer.toString(y) : String.format("%02d", y % 100);
        return spoken(year, false) + "年" + chineseNumber(m) + "月" + chineseNumber(d) + (r.nextBoolean() ? "号" : "日");
    }

    /** A date of birth as English notes write it: 12 Mar 1956, 12/03/1956, Mar 12, 1956. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(88), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + MONTHS.get(m - 1) + " " + y;
            case 1 -> String.format("%02d/%02d/%04d", d, m, y);
            default -> MONTHS.get(m - 1) + " " + d + ", " + y;
        };
    }

    private static String spoken(String digitString, boolean yao) {
        StringBuilder b = new StringBuilder();
        for (char c : digitString.toCharArray()) {
            if (c < '0' || c > '9') b.append(c);
            else if (c == '1' && yao) b.append('幺');
            else b.append(CN_DIGITS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String chineseNumber(int n) {
        if (n < 10) return String.valueOf(CN_DIGITS.charAt(n));
        return (n >= 20 ? String.valueOf(CN_DIGITS.charAt(n / 10)) : "") + "十"
                + (n % 10 == 0 ? "" : String.valueOf(CN_DIGITS.charAt(n % 10)));
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String v) {
        return CHINESE.contains(v) || MINORITY.contains(v)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(v) || addressedGivenName(n).equals(v))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(v) || family(n).equals(v)
                || given(n).equals(v) || hl7(n).equals(v));
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String v) {
        if (CHINESE.contains(v) || MINORITY.contains(v)) {
            return v;
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(v) || hl7(n).equals(v)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    static List<String> minorityNames() {
        return MINORITY;
    }

    static List<String> compoundSurnames() {
        return COMPOUND_SURNAMES;
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind9Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind9Templates::given);
    }

    static Stream<String> hl7Names() {
        return ENGLISH.stream().map(Blind9Templates::hl7);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }
}

package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;

/**
 * Tenth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists, the older groups' sentences or the development templates, in the template language of
 * {@link ClinicalTextGenerator}. To be measured once, with the rules and the model frozen, on seed {@link #SEED}
 * (select it in {@link DeidDevelopmentProbe} as {@code BLIND_10}); a rule changed, or a model retrained, because of
 * its errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: the daily text of a regional medical consortium (医联体) — outpatient notes of township health
 * centres and county hospitals (主诉/现病史/既往史/体格检查/诊断/处理), ward progress notes and rounds, nursing records
 * and handovers, referral forms up and down (上转/下转), hypertension and diabetes follow-up forms of the basic public
 * health service, laboratory and imaging reports, prescriptions (western and Chinese herbal), discharge summaries,
 * consent forms, telephone follow-up logs, WeChat messages between doctors and patients' families, registration and
 * vaccination lists, and about a tenth in English (international clinic notes, referral letters, e-mails).
 *
 * <p>Labelling. Every person's name is PHI: patients, relatives, staff (doctors, nurses, pharmacists, technicians,
 * village doctors, clerks), in Chinese, minority, English or pinyin form. A surname used as a form of address (老X,
 * 小X, X姐, X医生, X主任, X老师) labels the surname only ({@code PS}, {@code FS}, {@code DS}); a given name used alone
 * (秀英阿姨, {@code PG}) labels the given name (a single-character given name is never used alone: {@code PG} then
 * writes the full name). Resident identity numbers ({@code ID}), mobiles and landlines ({@code M}, {@code L}),
 * addresses ({@code A}, {@code A0}), outpatient, admission, health-archive and card numbers ({@code R}), insurance
 * numbers ({@code I}), bank cards ({@code B}) and dates of birth ({@code DOB}, English forms too) are labelled. Not
 * labelled: visit, admission, discharge, report and appointment dates, times, ages, bed and room numbers, doctors'
 * work numbers, prescription, invoice and specimen numbers ({@code CODE}), laboratory values, blood pressures,
 * hospital, department, township and village-clinic names when they name an institution. Decoys that look like names
 * but are not PHI: herbs and drugs whose names read like people (徐长卿, 刘寄奴, 何首乌, 王不留行, 使君子, 杜仲,
 * 孟鲁司特, 季德胜蛇药片, 华佗再造丸), eponyms (唐氏综合征, 库欣综合征, 克罗恩病, 巴宾斯基征, 墨菲征, Graves, Wells,
 * Apgar), institutions and brands named after people (宋庆龄妇幼保健院, 逸夫楼, 张仲景大药房, 李时珍中医馆), places
 * (石家庄, 张家口, 马鞍山, 周口, 常德, 高邮, 黄山).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind9Templates} nor among the names {@link SyntheticValues} can generate. They are meant to look like the
 * names of real people of several generations and regions: rare single surnames (阙, 粟, 戚, 茅, 查, 揭, 佘, 冉, 甄,
 * 楚, 牟, 荆, 邝, 廉), compound surnames, married double surnames (王陈秀英), rural names, Korean-Chinese names,
 * single-character given names; only a few ({@link #WORD_LIKE}, at most a tenth) are also ordinary words. The
 * generator draws patient, family member and doctor from {@link #chineseName}, the minority person from
 * {@link #minorityName}, {@code DS} from {@link #surnameOf} the doctor. Own slots: {@code N}, a further Chinese name
 * drawn afresh at each use; {@code PS}, {@code FS}, the surnames of patient and family member; {@code PG}, the
 * patient's given name; {@code EG}, {@code ES}, an English given or family name alone. Identity numbers, phones,
 * record, insurance and bank numbers, addresses and dates of birth are written in forms of the group's own. Any
 * non-empty subset of {@link #BLIND_10} uses these pools (see {@link #uses}).
 */
final class Blind10Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261211L;

    static final List<String> BLIND_10 = List.of(
            // Outpatient notes (township health centre, county hospital).
            "门诊病历\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁  门诊号：{R}\n主诉：{SYM}{DUR}。\n现病史：患者{DUR}前无明显诱因出现{SYM}，"
                    + "自服{DRUG}效果不佳，今来我院{DEPT}就诊。\n既往史：{DIS}病史，否认药物过敏史。\n体格检查：T {TEMP}，P {HR}次/分，"
                    + "BP {BP}，墨菲征阴性。\n诊断：{DIS}\n处理：{DRUG}{DOSE}，3天后复诊。\n医师签名：{DR}\n",
            "初诊 {D} 患者{P}，{AGE}岁，陪诊：{KIN}{F}。主诉{SYM}{DUR}，既往体健。查体：咽充血，双肺呼吸音粗。"
                    + "印象：上呼吸道感染。处理：{DRUG}{DOSE}。医生：{DR}（工号0{HR}7）\n",
            "复诊：{P}，{SEX}，{AGE}岁，诉服药后{SYM}较前减轻，血压{BP}。继续原方案，一月后复查{LAB}。接诊医生{DS}医生。\n",
            "患者{P}（身份证{ID}，电话{M}）因{SYM}来我卫生院就诊，查{LAB}，建议转{HOSP}进一步诊治。\n",
            "中医门诊 患者{P}，舌淡苔白，脉沉细。辨证：气血两虚。处方：党参15g 白术12g 何首乌15g 徐长卿10g 杜仲12g 甘草6g，"
                    + "七剂，水煎服。医师：{DR}\n",
            "门诊日志 {D} {DEPT}\n1. {N}，{AGE}岁，{DIS}\n2. {P}，{AGE}岁，{DIS2}，{M}\n3. {N}，{AGE}岁，唐氏综合征随访\n",
            // Ward progress notes, rounds, nursing.
            "{D} {TIME} {DR}主治医师查房记录：患者{P}今日一般情况可，体温{TEMP}，诉{SYM}。查体：巴宾斯基征阴性。"
                    + "{DR}主治医师指示：继续{DRUG}{DOSE}，复查{EXAM}。\n",
            "{DS}主任查房：{AGE}床{P}，{DIS}诊断明确，同意目前治疗，注意监测{LAB}。记录者：{N}\n",
            "护理记录 {D} {TIME} 患者{P}，{AGE}床，神志清，精神可，T{TEMP}，HR{HR}次/分，BP{BP}，已遵医嘱予{DRUG}{DOSE}，"
                    + "家属{F}陪护。护士签名：{N}\n",
            "夜班交班：{AGE}床{P}（{DIS}）夜间{SYM}一次，已报告值班{DS}医生，予对症处理后好转；{AGE}床新入患者{N}，"
                    + "住院号{R}，需完善{EXAM}。\n",
            "{PS}大爷今天精神好多了，早饭吃了半碗粥，{FS}阿姨说晚上睡得也踏实。（责任护士{N}）\n",
            "入院护理评估：姓名{P} 住院号{R} 入院日期{D} 联系人{F}（{KIN}）电话{M} Morse评分35分 Braden评分18分\n",
            // Referrals up and down.
            "双向转诊单（上转）\n患者姓名：{P}  性别：{SEX}  年龄：{AGE}\n身份证号：{ID}\n家庭住址：{A}\n联系电话：{M}\n"
                    + "初步诊断：{DIS}\n转出单位：高邮市三垛镇卫生院  转诊医生：{DR}\n转入单位：{HOSP}{DEPT}\n",
            "下转通知：{P}，{DIS}术后病情稳定，于{D}转回所在社区卫生服务站继续康复，责任家庭医生{DR}，联系电话{L}。\n",
            "转诊回执：贵院转来的患者{P}（医保号{I}）已于{D}收住我院{DEPT}，主管医生{DR}。特此回复。\n",
            "远程会诊申请：申请医院常德市鼎城区石公桥镇卫生院，申请医生{DR}；患者{P}，{AGE}岁，{DIS}，请{HOSP}{DEPT}{DS}教授会诊。\n",
            // Chronic disease follow-up (basic public health service).
            "高血压患者随访服务记录表\n姓名：{P}  编号：{R}\n随访日期：{D}  随访方式：门诊\n血压：{BP}  心率：{HR}次/分\n"
                    + "用药：{DRUG} {DOSE}\n随访医生签名：{DR}\n",
            "2型糖尿病随访：{P}，出生日期{DOB}，空腹血糖{LAB}，足背动脉搏动可，继续二甲双胍治疗。下次随访{D}。村医：{N}\n",
            "慢病管理花名册（{D}）\n序号 姓名 出生日期 联系电话 病种\n1 {P} {DOB} {M} 高血压\n2 {N} {DOB} {M} 糖尿病\n",
            "家庭医生签约服务协议 甲方（签约居民）：{P}，身份证号码：{ID}，住址：{A0}，电话：{M}；乙方：{HOSP}全科团队，"
                    + "团队长{DR}。\n",
            // Lab and imaging reports.
            "检验报告单 姓名：{P} 性别：{SEX} 年龄：{AGE}岁 病历号：{R} 标本号：{CODE} 送检科室：{DEPT} "
                    + "结果：{LAB} 检验者：{N} 审核者：{N}\n",
            "影像检查报告\n姓名：{P}  检查号：{CODE}  住院号：{R}\n检查项目：{EXAM}\n所见：肝脏形态大小正常，胆囊壁毛糙。\n"
                    + "诊断意见：胆囊炎。报告医师：{DR}  审核医师：{N}\n",
            "心电图报告：{P}，{SEX}，{AGE}岁，窦性心律，心率{HR}次/分，ST-T改变。诊断医师{DS}医生，{D}。\n",
            "危急值报告登记：{D} {TIME} 检验科{N}电话报告{DEPT}护士{N}，患者{P}（住院号{R}）血钾2.8mmol/L，已通知{DS}医生处理。\n",
            // Prescriptions.
            "处方笺 普通 No.{CODE}\n姓名：{P} 性别：{SEX} 年龄：{AGE}岁 费别：医保 医保卡号：{I}\n临床诊断：{DIS}\n"
                    + "Rp：孟鲁司特钠片 10mg qn；{DRUG} {DOSE}\n医师：{DR} 审核药师：{N} 调配：{N}\n",
            "中药处方：{P}，{AGE}岁。王不留行12g 刘寄奴10g 使君子9g 柴胡10g 白芍15g，五剂。张仲景大药房代煎，取药人{F}，电话{M}。\n",
            "代配药登记：代配人{F}（与患者{P}关系：{KIN}），代配人身份证{ID}，药品：{DRUG}，数量：2盒。\n",
            // Discharge summaries, consent forms.
            "出院小结\n姓名：{P}  住院号：{R}  入院日期：{D}  出院日期：{D}\n入院诊断：{DIS}\n诊疗经过：入院后予{DRUG}等治疗，"
                    + "症状缓解。\n出院医嘱：1.继续服用{DRUG}{DOSE}；2.门诊随诊。\n主治医师：{DR}  住院医师：{N}\n",
            "出院带药：{DRUG}{DOSE}，季德胜蛇药片外用。出院后如有不适请拨打科室电话或联系{DS}医生。患者家属{F}已知晓。\n",
            "手术知情同意书\n患者姓名：{P}  住院号：{R}\n拟行手术：腹腔镜胆囊切除术\n医生已向我详细告知手术风险，我同意手术。\n"
                    + "患者签名：{P}  委托代理人：{F}  与患者关系：{KIN}\n谈话医师：{DR}  日期：{D}\n",
            "授权委托书：本人{P}，身份证号{ID}，因病情需要，委托我的{KIN}{F}（身份证号{ID}）代为签署医疗相关文书。\n",
            "输血治疗同意书：患者{P}，血型A型Rh阳性，既往无输血史。签字人{F}，联系电话{M}，经治医生{DR}。\n",
            // Phone follow-up logs.
            "电话随访记录：{D}，随访人{N}，拨打{M}，接听人为患者{KIN}{F}，诉患者{P}出院后恢复良好，已按时服药，"
                    + "提醒{D}来院复查。\n",
            "出院回访：{P}，住院号{R}，电话{L}无人接听，改拨家属{F}手机{M}，已告知复查时间。\n",
            "回访：{PS}阿姨血糖控制还行，就是腿有点肿，让她下周来找{DS}医生看看。\n",
            // WeChat between doctor and family.
            "[微信] {F}：{DS}医生您好，我是{P}的{KIN}，老人这两天又{SYM}了，降压药要不要加量？\n"
                    + "[微信] {DR}：您好，先量一下血压发给我，明天上午带老人来门诊。\n",
            "[微信] {DR}：{FS}先生，化验结果出来了，{LAB}，问题不大。\n[微信] {F}：好的谢谢{DS}主任！\n",
            "{PG}阿姨，您的{EXAM}预约在{D}上午，记得空腹，带上医保卡。有事打我电话{M}。——{DR}\n",
            "群消息 @{N} 麻烦把{P}的住址发一下，明天上门随访：{A}。\n",
            "小{FS}，你家老人{P}的出院证明我放护士站了，你下班来拿一下，找{N}就行。\n",
            // Registration, vaccination and billing lists.
            "挂号信息：{P}  {SEX}  {DOB}  就诊卡号{R}  医保个人编号{I}  手机{M}\n",
            "预防接种登记：儿童姓名{P}，出生日期{DOB}，监护人{F}，联系电话{M}，现住址{A}，接种疫苗：乙肝疫苗第2剂。\n",
            "住院押金退款申请：患者{P}，住院号{R}，退款至开户人{F}的银行卡{B}（开户行：中国建设银行马鞍山分行）。\n",
            "新农合报销：参合人{P}，参合证号{I}，户主{F}，家庭住址{A0}，报销金额1320.50元，转入账户{B}。\n",
            "患者基本信息\n姓名 {P}\n曾用名 {N}\n出生日期 {DOB}\n身份证 {ID}\n工作单位 石家庄钢铁厂\n户籍地址 {A}\n现住址 {A0}\n",
            "预约登记：{D} 宋庆龄妇幼保健院产科，孕妇{P}，末次月经{D}，丈夫{F}，电话{M}，备用电话{L}。\n",
            "体检登记表 姓名：{N} 身份证号：{ID} 单位：张家口市第三中学 联系电话：{L}\n",
            // Occupational, infection reports, community.
            "传染病报告卡：患者{P}，身份证号{ID}，工作单位张家口市第五中学，现住址{A}，诊断：手足口病，报告医生{DR}。\n",
            "居民健康档案封面：姓名{P}，档案编号{R}，现住址{A0}，户籍地址{A}，联系电话{M}，乡镇（街道）名称周口市川汇区，"
                    + "建档人{N}，责任医生{DR}。\n",
            "精准扶贫先诊疗后付费协议：患者{MN}，身份证号{ID}，住址{A}，联系电话{M}，经治医生{DR}。\n",
            "少数民族患者{MN}，汉语交流困难，由同村村医{N}翻译，电话{M}。诊断{DIS}。\n",
            "病区患者一览：1床{P} {DIS}；2床{MN} 克罗恩病；3床{N} 库欣综合征待排。值班医生：{DR}\n",
            "老{PS}以前在黄山林场上班，现住{A0}，儿子{F}在外地打工，电话{M}，平时邻居帮忙照看。\n",
            // English (international clinic, letters).
            "International Clinic - Progress Note\nPatient: {E}  DOB: {DOB}  MRN: {R}\nS: {DUR} of cough and fever.\n"
                    + "O: T {TEMP}, HR {HR}, Wells score 1.\nA/P: CAP, start Amoxicillin. Seen by Dr. {ES}.\n",
            "Dear Dr. {ES},\nThank you for seeing {E}, a {AGE}-year-old with suspected Graves disease. "
                    + "She can be contacted on {M}.\nYours sincerely,\n{E2}\n",
            "Discharge summary: {E} (DOB {DOB}) was admitted under Dr. {ES} on {D} with {DIS_EN}. Follow-up with "
                    + "Dr. {E2} in two weeks. Apgar history not applicable.\n",
            "From: {E}\nTo: clinic\nSubject: appointment for my husband {E2}\nHi, could {EG} see Dr. {ES} next Tuesday? "
                    + "My number is {M}. Thanks\n",
            "Patient {P} (passport name {E}), Chinese ID {ID}, address {A}, referred to the international ward.\n",
            "Clinic list {D}\n09:00 {E} - follow-up, Hashimoto thyroiditis\n09:20 {E2} - new, tel {M}\n09:40 {ES}, {EG} - ECG\n",
            "Phone log {D}: called {E} at {L}, spoke to wife {EG}; appointment confirmed with Dr. {DR}.\n",
            // Mixed.
            "病案复印登记：复印人{F}，身份证{ID}，与患者{P}关系{KIN}，复印内容：出院记录、检验报告，经办人{N}。\n",
            "住院证：姓名{P}，性别{SEX}，出生{DOB}，联系人{F} {M}，入院科室{DEPT}，开证医生{DR}，逸夫楼5楼。\n");

    // Ordinary names of several generations, with given names outside the generator's characters; rural names;
    // rare single surnames; compound surnames; married double surnames; Korean-Chinese names; single-character
    // given names; and a few word-like names (WORD_LIKE).
    private static final List<String> CHINESE = List.of((
            "王淑琼 王保田 王翠兰 王振铎 王雅馨 王二柱 王珺 "
            + "李秋蓉 李红旗 李慧娟 李树森 李梦洁 李金锁 李桂枝 李拴柱 "
            + "张翠莺 张德彪 张雨萌 张玉琢 张根旺 "
            + "刘淑媛 刘成栋 刘巧云 刘晓蕊 刘福堂 "
            + "陈桂琴 陈炳钧 陈丽蓉 陈沁 "
            + "杨翠娥 杨树林 杨惠芸 "
            + "赵淑珺 赵满囤 赵一苇 赵秋菊 "
            + "黄丽娴 黄炳辉 黄淑仪 黄子骞 "
            + "周桂馨 周秉义 周若汐 "
            + "吴秀岚 吴德彰 吴佩蘅 "
            + "徐凤霓 徐国璋 徐沁 "
            + "孙翠莲 孙启航 孙雅菁 "
            + "马秀蓉 马福禄 马骋 "
            + "朱淑娴 朱鸿儒 胡桂珍 郭翠萍 郭永禄 何淑媛 何炳南 "
            + "高凤岐 高淑贤 高铭远 林秀珠 林启东 林诗雨 罗翠华 罗德馨 郑秀珊 郑海潮 "
            + "梁凤仪 梁伟棠 谢月娥 谢宗翰 宋玉琴 宋家栋 唐秀芝 唐梓墨 许翠芬 许永祥 "
            + "韩秋霜 冯素英 冯子钧 邓月桂 曹秀琴 彭翠兰 彭泽楷 曾秀媚 肖玉蓉 董秀芹 "
            + "袁秋芳 潘玉婵 蒋翠兰 蔡淑珍 余桂枝 杜秀芬 叶翠娥 程国梁 魏兰芝 吕巧玲 "
            + "崔顺玉 朴哲洙 金善姬 "
            + "阙秀蓉 粟桂花 戚美玲 茅振华 查海燕 揭春兰 佘丽华 冉启勋 甄秀梅 楚凤霞 牟建平 荆玉兰 邝淑仪 廉志刚 "
            + "欧阳淑贞 欧阳珏 端木蕙 司马翠屏 上官秋萍 诸葛铁军 夏侯素琴 令狐冬梅 端木秀珍 公孙翠娥 皇甫振邦 尉迟玉琢 "
            + "王陈秀英 李张桂芝 刘杨淑琴 黄林美娟 "
            + "包容 白杨 金星 钟声 路遥 方舟 冷静").split(" "));
    /**
     * The pool names that are, or whose given name is, an ordinary word or a well-known place: 包容 tolerance, 白杨
     * poplar, 金星 Venus, 钟声 bell, 路遥 long road, 方舟 ark, 冷静 calm, 红旗 red flag, 树林 woods,
     * 海燕 petrel, 冬梅 winter plum, 月桂 laurel, 海潮 tide (under a tenth of the pool).
     */
    static final List<String> WORD_LIKE = List.of("包容", "白杨", "金星", "钟声", "路遥", "方舟", "冷静", "李红旗",
            "杨树林", "查海燕", "令狐冬梅", "邓月桂", "郑海潮");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "夏侯", "令狐", "端木",
            "公孙", "皇甫", "尉迟");
    /** Names made of two single surnames (冠夫姓): the first is the surname used in address, the given name follows. */
    private static final List<String> DOUBLE_SURNAMES = List.of("王陈秀英", "李张桂芝", "刘杨淑琴", "黄林美娟");
    // Uyghur (with ·, •, . or none), Kazakh, Tibetan, Mongolian, Yi and Dai names.
    private static final List<String> MINORITY = List.of((
            "吐尔洪·阿不都热依木 麦麦提敏·亚生 帕尔哈提·吐尔地 阿依努尔·买买提明 古再丽努尔·艾山 艾克拜尔·吾买尔 "
            + "如克亚·麦麦提 热娜古丽•托乎提 努尔兰·哈布力 哈斯木.玉素甫 加娜尔·努尔旦 别尔克·叶尔江 阿不力米提图尔荪 "
            + "扎西平措 卓玛拉姆 次仁罗布 白玛曲珍 旦增尼玛 "
            + "乌云其木格 宝音图 娜仁花 斯琴图雅 "
            + "吉克伍呷 阿说莫呷 阿苏拉则 岩温扁 玉应叫").split(" "));
    // given|family: English, Irish, Scottish, Welsh, Norwegian, German, French, Polish, Argentinian, Nigerian,
    // South African, Kenyan, Indian, Bangladeshi, Japanese, Russian, Italian, Dutch, Turkish, Finnish names; pinyin.
    private static final List<String> ENGLISH = List.of("Winifred|Pembroke", "Ignatius|Culhane",
            "Perpetua|Featherstone", "Fiachra|Geraghty", "Torvald|Tveit", "Ulrich|Brandstetter",
            "Apolline|Lefebvre", "Bartosz|Zielinski", "Florencia|Zubiaurre", "Emeka|Obiora", "Nomvula|Mahlangu",
            "Wanjiru|Kamau", "Rohan|Ramaswamy", "Anjali|Deshpande", "Farhan|Chowdhury", "Haruto|Nakamura",
            "Svetlana|Morozova", "Gennady|Lebedev", "Benedetta|Romano", "Maarten|Janssen", "Annelies|Verbeek",
            "Torquil|McAllister", "Bronwyn|Prothero", "Ffion|Gwilliam", "Cillian|Moynihan", "Jolene|Hargreaves",
            "Mustafa|Yilmaz", "Elif|Aksoy", "Juhani|Kallio", "Shufen|Gong", "Weiming|Xue", "Jianhua|Shen");
    private static final List<String> AREA = List.of("360702", "430406", "130503", "620502", "140403", "230202",
            "220302", "320902", "331002", "440803", "460108", "640104", "120103", "321084", "430703", "411602");
    private static final List<String> REGIONS = List.of("江西省|赣州市|章贡区", "湖南省|衡阳市|雁峰区", "河北省|邢台市|信都区",
            "甘肃省|天水市|秦州区", "山西省|长治市|潞州区", "黑龙江省|齐齐哈尔市|龙沙区", "吉林省|四平市|铁西区",
            "江苏省|盐城市|亭湖区", "浙江省|台州市|椒江区", "广东省|湛江市|霞山区", "海南省|海口市|美兰区",
            "宁夏回族自治区|银川市|兴庆区", "天津市||河西区", "河南省|周口市|川汇区");
    private static final List<String> STREETS = List.of("红旗大道", "文清路", "青年路", "迎春街", "站前街", "兴华路",
            "北环路", "东风巷", "文化路", "新民街", "建国中路", "八一路");
    private static final List<String> COMPLEXES = List.of("阳光花园", "供电局家属院", "怡景苑", "翡翠城", "化肥厂宿舍",
            "康居新村", "御景湾", "百花小区");
    private static final List<String> RURAL = List.of("江西省于都县车溪乡", "甘肃省通渭县陇阳镇", "河北省阜城县漫河乡",
            "湖南省桑植县洪家关白族乡", "黑龙江省林甸县四合乡", "江苏省高邮市三垛镇");
    private static final List<String> VILLAGES = List.of("坝脑村", "李家湾村", "前进村", "杨柳村", "新光村", "河口村");
    private static final List<String> LANDLINE_AREAS = List.of("0797", "0734", "0319", "0938", "0355", "0452", "0434",
            "0515", "0576", "0759", "0898", "0951", "022", "0394");
    private static final List<String> BANK_BINS = List.of("621098", "622280", "621558", "623668", "622908", "620058",
            "621462");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    private Blind10Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_10 || !templates.isEmpty() && BLIND_10.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character (王陈秀英 gives 王). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 淑贞 of 欧阳淑贞, 秀英 of 王陈秀英. */
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

    private static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1932, 92, r);
    }

    /** A resident identity number of an own area code with a valid check digit; plain, lower-case x, or 6 8 4. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1, 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mobile number as written in forms, notes and messages. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3578".charAt(r.nextInt(4)) + digits(9, r);
        return switch (r.nextInt(8)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86-" + n;
            case 3 -> "(+86)" + n;
            default -> n;
        };
    }

    /** A landline of an own area code, or a local number without it. */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(area.length() == 3 ? 7 : 6 + r.nextInt(2), r);
        return switch (r.nextInt(4)) {
            case 0 -> area + "-" + local;
            case 1 -> "(" + area + ") " + local;
            case 2 -> local;
            default -> area + "－" + local;
        };
    }

    /** Outpatient, admission, card and health-archive numbers. */
    static String recordNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "MZ" + digits(10, r);
            case 1 -> "ZYH" + digits(7, r);
            case 2 -> "0" + digits(9, r);
            case 3 -> pick(AREA, r) + digits(11, r);
            default -> (2019 + r.nextInt(8)) + digits(6, r);
        };
    }

    /** Medical insurance personal numbers and rural cooperative card numbers. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> "3" + digits(9, r);
            case 1 -> "XNH" + digits(9, r);
            default -> pick(AREA, r).substring(0, 4) + digits(10, r);
        };
    }

    /** A bank card of an own issuer prefix, 16 or 19 digits with a valid Luhn digit, plain or in fours. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return r.nextInt(3) == 0 ? IdentifierForms.inFours(card, " ") : card;
    }

    /** An address of an own region: flat with 号楼-单元-室, street number, factory compound, or village group. */
    static String address(boolean withProvince, RandomGenerator r) {
        String[] region = pick(REGIONS, r).split("\\|");
        String head = (withProvince || region[1].isEmpty() ? region[0] : "") + region[1] + region[2];
        return switch (r.nextInt(4)) {
            case 0 -> head + pick(STREETS, r) + (1 + r.nextInt(300)) + "号" + pick(COMPLEXES, r) + (1 + r.nextInt(25))
                    + "号楼" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
            case 1 -> head + pick(STREETS, r) + (1 + r.nextInt(800)) + "号";
            case 2 -> {
                String rural = pick(RURAL, r);
                int cut = rural.indexOf('省') + 1;
                yield (withProvince ? rural : rural.substring(cut)) + pick(VILLAGES, r) + (1 + r.nextInt(12)) + "组"
                        + (r.nextBoolean() ? (1 + r.nextInt(60)) + "号" : "");
            }
            default -> head + pick(COMPLEXES, r) + (1 + r.nextInt(30)) + "幢" + (1 + r.nextInt(28)) + "0"
                    + (1 + r.nextInt(4)) + "室";
        };
    }

    /** A date of birth: the generator's forms, or 1956.3.12, 1956年3月, 12 Mar 1956. */
    static String birthDate(String generatorForm, RandomGenerator r) {
        int y = 1932 + r.nextInt(92), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> y + "." + m + "." + d;
            case 1 -> y + "年" + m + "月";
            case 2 -> d + " " + MONTHS.get(m - 1) + " " + y;
            default -> generatorForm;
        };
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String v) {
        return CHINESE.contains(v) || MINORITY.contains(v)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(v) || addressedGivenName(n).equals(v))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(v) || family(n).equals(v)
                || given(n).equals(v));
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String v) {
        if (CHINESE.contains(v) || MINORITY.contains(v)) {
            return v;
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(v)).findFirst()
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
        return ENGLISH.stream().map(Blind10Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind10Templates::given);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }
}

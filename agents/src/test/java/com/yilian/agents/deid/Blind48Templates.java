package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Forty-eighth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_48}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: a consortium of southern Ningxia (西海固: 原州区 of Guyuan, 西吉, 海原, 同心) and of Linxia in Gansu (东乡,
 * 积石山, 临夏县), led by the fictional tertiary 凤城医科大学总医院 in Yinchuan, with county hospitals, township health
 * centres, village clinics and the ecological-migration resettlement towns (生态移民新村: 闽宁镇, 红寺堡, 月牙湖, 洪广) on the
 * Yellow River plain. The genres: family-doctor contracts and follow-up (家庭医生签约, 履约记录), poverty-alleviation
 * health files (建档立卡, 先诊疗后付费, 一站式结算, 医疗救助), maternal and child health (孕产妇五色管理, home births, 住院分娩补助,
 * 出生登记, left-behind children), echinococcosis and brucellosis screening (B超, 犬只驱虫, 布病哨点, ear-tagged flocks),
 * tuberculosis follow-up and transfer of migrant patients, chronic disease in the resettlement villages, county-to-Yinchuan
 * referrals and teleconsultations, mosque health talks and Ramadan medication advice, WeChat groups, voice notes in
 * Northwestern speech (婆姨, 娃娃, 大大, 阿奶, 阿爷, 饭罢, 没麻达, 尕), OCR'd forms, CSV, tab, pipe and markdown tables, JSON
 * exports, SMS, and English documents of visiting students, NGOs and research teams (about a seventh start in Latin
 * script).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, spouses and grandparents, village
 * doctors, county and Yinchuan doctors, imams (阿訇) and mosque committee members, 驻村第一书记 and 帮扶责任人, 网格员,
 * interpreters, workmates, foreign students and consultants, in every position. A surname in a form of address labels
 * the surname only ({@code PS} the patient's, {@code DS} the doctor's, {@code NS} a further person's): 老X, 尕X, 小X, X大大,
 * X阿奶, X阿爷, X阿訇, X书记, X大夫, X师傅, X医生, X主任, X嫂子. A given name used alone ({@code PG}) labels the given name. A
 * Northwestern nickname ({@code PK}: 尕虎子, 拴牢子) names a person and is labelled whole; so is an old woman's 氏 name
 * ({@code OW}: 马杨氏). A Hui person ({@code MN}) has a Chinese name and a religious name (经名): the religious name used as a
 * name ({@code MJ}: 尔萨, 法图麦) is a name, and so is the surname with the religious name ({@code MS}: 海尔萨) under which
 * many are registered; a further person's religious name ({@code NJ}, e.g. an imam: 尔萨阿訇) labels the religious name
 * without 阿訇. A child known as a parent's child (X之子, X之女) labels the parent. An OCR'd name ({@code PO}) broken by a
 * line break or blanks is one span. Local people in English documents ({@code PY}: Ma Rongsheng, MA Rongsheng, Rongsheng
 * Ma) and foreigners ({@code E}, {@code E2}; {@code ES} family name, {@code EG} given name alone) are names; Dr stays
 * outside. Kin words, titles and roles alone are not names (婆姨, 娃娃, 大大, 阿奶, 阿爷, 阿訇, 乡老, 寺管会主任, 村医, 网格员,
 * 驻村第一书记, 帮扶责任人).
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on the codes of
 * 银川, 吴忠, 固原, 中卫 and 临夏, plain, with a lower-case x, 6-8-4 by blanks or hyphens; 15 digits on the codes before 2002,
 * 固原地区 6422 and the Linxia and Yinchuan counties; {@code IDV}: an 18-character number read out digit by digit in a voice
 * note, 叉 for X), a foreign national identity number ({@code FID}: a Pakistani CNIC 35202-1234567-1 or a Kyrgyz personal
 * number of 14 digits), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86; {@code MV}: read out, 幺 or 一, 零),
 * landlines ({@code L}: seven local digits on 0951 银川, 0953 吴忠, 0954 固原, 0955 中卫 and 0930 临夏, as 0954-2031234,
 * (0954)2031234, 0954 203 1234, with 转 and an extension, +86 954 2031234), addresses ({@code A}: villages by 乡/镇, 村 and
 * 组, 队 (Ningxia) or 社 (Gansu), the team number in figures or numerals, resettlement villages by 组 and 号 or 区, 排 and 号,
 * flats in Yinchuan, Guyuan and Linxia; {@code A0}: stopping at the township, village, team or road; {@code AW}: the
 * migrant worker's lodging in Yinchuan, Xinjiang or Inner Mongolia; {@code AE}: a village address in English, Group 3,
 * Danjiaji Village, Xinglong Town, Xiji County; {@code AR}: a resettlement village in full; {@code AV}: a village alone,
 * stopping at the township, village or team), record numbers ({@code R}: inpatient FZ2024018765 of the lead hospital
 * ({@code RF}) or of county units XJ24-03187 ({@code RC}: XJ, HY, TX, YZ, DX, JSS, HSB); {@code RA}: 17-digit health-archive numbers on a county
 * code, plain or 6-3-3-5 by hyphens; {@code RT}: 14-digit tuberculosis registration numbers, county code, year and
 * serial), insurance numbers
 * ({@code I}: social-security cards D73018452, Ningxia residents' insurance 64042210301287-02, Gansu G6229260312875),
 * bank and 一卡通 cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks or hyphens),
 * dates of birth ({@code DOB}: 1968年4月9日, 1968-04-09, 1968.4.9, 1968/4/9, 一九六八年四月九日, 68年4月9号, 19680409;
 * {@code DOBM}: 出生年月 1968年4月, 1968.04, 1968-04; {@code DOBL}: the old's 农历1952年腊月初八, 阴历五二年冬月廿三; {@code DOBE}: 9 April 1968,
 * April 9, 1968, 09/04/1968; {@code NB}: a child's or newborn's, 2016 to 2025). Not labelled: visit dates and times,
 * ages, amounts (subsidies, settlements), lab values, doses, ear-tag numbers of sheep and cattle (15 digits: species,
 * county code, serial), relocation batch numbers (YM2012-03), family-doctor contract numbers, sample, vaccine batch,
 * dog-tag and birth-certificate numbers, passports, plates, hotlines, mosques, hospitals, workshops and villages named
 * as facilities or teams, kin words and roles, dialect words, and words beginning with a pool surname (马上, 海拔, 田间,
 * 金额, 白细胞, 苏醒, 虎口, 锁骨, 妥善, 撒生石灰, 穆斯林, 买药, 舍不得; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind45Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of 西海固 and Linxia would look: 马 far ahead, then 杨, 李, 王, 张, 刘, 海, 田, then the Hui surnames 苏, 金, 丁,
 * 虎, 拜, 撒, 冶, 穆, 喇, the Dongxiang 妥 and 锁, the Salar 韩, the Bao'an 何, and surnames of the region no earlier group used
 * ({@link #RARE_SURNAMES}), rural names with 占, 存, 仓, 录, 麦, 尕, 彩, with word-like names ({@link #WORD_LIKE}).
 * {@link #HUI} holds Hui people with their religious names, {@link #NICKNAMES} Northwestern nicknames, {@link #OLD_WOMEN}
 * 氏 names, {@link #ENGLISH} foreign students and consultants, {@link #PINYIN} local people as English documents write
 * them. Own slots: {@code N}, a further Chinese name; {@code NS}, a further person's surname; the name and identifier
 * slots above. Any non-empty subset of {@link #BLIND_48} uses these pools (see {@link #uses}).
 */
final class Blind48Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270118L;

    static final List<String> BLIND_48 = List.of(
            // Family-doctor contracts (家庭医生签约) and their follow-up.
            "家庭医生签约服务协议书\n甲方（签约居民）：{P}  性别：{SEX}  出生年月：{DOBM}\n身份证号：{ID}\n联系电话：{M}\n家庭住址：{A}\n健康档案编号：{RA}\n"
                    + "乙方（签约团队）：兴隆镇卫生院家庭医生团队  团队长：{DR}  村医：{N}\n签约编号：QY640422-2024-0318  签约类型：建档立卡脱贫户\n",
            "签约居民花名册（{AV}）\n序号\t姓名\t身份证号\t重点人群\t签约医生\n1\t{P}\t{ID}\t高血压\t{DR}\n2\t{N}\t{ID}\t孕产妇\t{DR}\n"
                    + "3\t{OW}\t{ID}\t65岁以上老人\t{DR}\n",
            "[微信 将台堡镇家庭医生签约群]\n村医{DR}：各位乡亲，明天饭罢在卫生室免费量血压测血糖，65岁以上的老人都来\n{F}：我阿奶腿不好，能不能上门？\n"
                    + "村医{DR}：能行，你把地址发一下\n{F}：{A}\n",
            "履约记录：{D}，家庭医生{DR}入户随访签约对象{P}（独居），血压{BP}，空腹血糖7.9mmol/L，药吃完了，下次带二甲双胍；"
                    + "其儿子{F}在新疆摘棉花，电话{M}\n",
            "Family doctor contract (translated for the county audit)\nResident: {PY}, DOB {DOBE}\nID: {ID}\n"
                    + "Team leader: {N}\nContract no. QY640522-2023-1187\nPriority group: registered poor household\n",
            "{\"contractNo\":\"QY640324-2024-0652\",\"resident\":\"{P}\",\"idCard\":\"{ID}\",\"healthRecordNo\":\"{RA}\",\"phone\":\"{M}\","
                    + "\"teamLeader\":\"{DR}\",\"villageDoctor\":\"{N}\",\"address\":\"{A}\"}\n",
            "解约申请：本人{P}，因全家搬迁至{AR}，申请解除与{DR}团队的签约关系。联系电话{L}\n",
            "家庭医生上门服务记录\n服务对象：{MN}（经名{MJ}）  年龄：{AGE}岁  档案号：{RA}\n住址：{A}\n服务内容：测血压、送药（硝苯地平缓释片）、指导低盐饮食\n"
                    + "服务医生：{DR}  陪同：帮扶责任人{N}\n",
            // Poverty-alleviation health files (建档立卡, 先诊疗后付费, 一站式结算).
            "建档立卡脱贫人口健康档案\n户主：{F}  家庭人口：6人\n患者：{P}（{KIN}）  身份证号：{ID}\n健康档案编号：{RA}\n慢病：2型糖尿病、高血压\n"
                    + "帮扶责任人：{N}（县卫健局）\n",
            "先诊疗后付费入院告知书\n患者{P}，身份证号{ID}，系建档立卡脱贫户，入院时免交押金，出院时一站式结算。\n住院号：{R}\n"
                    + "患者或家属签字：{F}  日期：{D}\n",
            "一站式结算单\n姓名：{P}  医保个人编号：{I}  住院号：{R}\n总费用 18,652.30元  基本医保 11,204.80元  大病保险 3,412.60元  "
                    + "医疗救助 1,205.00元  个人自付 316.50元\n经办人：{N}\n",
            "| 姓名 | 身份证号 | 医保编号 | 监测户类型 | 帮扶责任人 |\n|---|---|---|---|---|\n| {P} | {ID} | {I} | 脱贫不稳定户 | {N} |\n"
                    + "| {N} | {ID} | {I} | 突发严重困难户 | {N} |\n",
            "驻村工作队入户台账：{D}，驻村第一书记{NS}书记、帮扶责任人{N}入户拜访{P}家，{P}的婆姨说娃娃他大大在内蒙古阿拉善打工，一年回来一趟；"
                    + "家里老人慢病药按月领；户主电话{M}\n",
            "【固原市医保局】{P}您好，您本次住院一站式结算已完成，基本医保及大病保险已直接减免，个人自付316.50元。如有疑问请拨打{L}。\n",
            "医疗救助申请审批表\n申请人：{P}  身份证号：{ID}\n家庭住址：{A}\n救助金额：1,205.00元  发放至：{B}（惠农一卡通）\n"
                    + "村委会意见：情况属实，请妥善保管票据\n经办人：{N}\n",
            "{\"name\":\"{P}\",\"idCard\":\"{ID}\",\"insuranceNo\":\"{I}\",\"povertyStatus\":\"脱贫户\","
                    + "\"settlement\":{\"total\":\"18652.30\",\"selfPay\":\"316.50\"},\"bankCard\":\"{B}\"}\n",
            "家庭成员信息\n户主：{F}\n成员：{P}  出生年月：{DOBM}  关系：{KIN}\n医保：{I}\n",
            // Maternal and child health.
            "孕产妇保健手册\n姓名：{P}  出生日期：{DOB}\n丈夫：{F}  联系电话：{M}\n现住址：{A}\n末次月经：{D}  孕3产2\n"
                    + "高危因素：瘢痕子宫  五色分级：橙色\n建册医生：{DR}\n",
            "住院分娩补助发放表\n| 产妇 | 身份证号 | 补助金额 | 一卡通账号 | 发放日期 |\n|---|---|---|---|---|\n| {P} | {ID} | 500元 | {B} | {D} |\n"
                    + "| {N} | {ID} | 500元 | {B} | {D} |\n",
            "新生儿出生登记：母亲{P}，父亲{F}；新生儿性别{SEX}，出生日期{NB}，{TIME}出生，体重3150g；出生医学证明编号R640318752；"
                    + "接生人员{DR}\n",
            "家中分娩随访：{A}的{P}于{NB}在家中分娩，由其婆婆接生，未住院；村医{DR}产后第3天入户访视，母婴平安，已劝其到乡卫生院补办出生医学证明；"
                    + "丈夫{F}在银川打工，{M}\n",
            "[语音转文字] 喂 {DS}大夫 我是{AV}的{F} 我婆姨肚子疼了一晚上了 怕是要生了 路上雪大车下不来 你们能不能派个车 我电话{MV}\n",
            "[微信 海原县妇幼群]\n{DR}：李旺镇{P}，孕38周，高危橙色，今天必须住院\n{N}：她男人在内蒙古打工，家里就她阿奶\n"
                    + "{DR}：让村医联系，120已派车，产妇电话{M}\n",
            "【海原县妇幼保健院】{P}您好，您的住院分娩补助500元已发放，请查收。孕产妇系统管理咨询电话{L}。\n",
            "0-6岁儿童健康管理\n儿童姓名：{P}  出生日期：{NB}\n监护人：{F}（祖父）  电话：{M}\n父母在外务工，由阿奶照看\n"
                    + "体重偏低，予营养包，3个月后复查\n随访医生：{DR}\n",
            "留守儿童健康筛查名单（{AV}）\n姓名,出生日期,监护人,监护人电话,父母务工地\n{P},{NB},{F},{M},新疆昌吉\n"
                    + "{N},{NB},{OW},{M},内蒙古鄂尔多斯\n",
            "Maternal health outreach note (NGO programme)\nClient: {MS}, 24 weeks, previous home births\n"
                    + "Husband: {PY}, working in Xinjiang, tel {M}\nVillage doctor: {N}\n"
                    + "Plan: facility delivery at Haiyuan County People's Hospital; delivery subsidy RMB 500\n",
            "新生儿疫苗接种登记：{F}之子，出生日期{NB}，乙肝疫苗第一针，接种单位闽宁镇卫生院，疫苗批号B2403A17；家长电话{M}\n",
            "{F}之女，4岁，由外婆照看，体检发现先天性心脏病（房间隔缺损），已申请儿童先心病救治项目；家住{A}\n",
            "{PS}嫂子说她男人在新疆，家里三个娃娃，大的在县城念书；她本人{P}，孕24周，还没建册；小{DS}大夫已上门建册，电话{M}\n",
            // Echinococcosis (包虫病) and brucellosis (布病).
            "包虫病筛查登记表\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁\n身份证号：{ID}\n住址：{A}（海拔2100米山区）\n"
                    + "B超所见：肝右叶囊性占位 5.2×4.8cm，CE1型\n养犬：是（2条，已驱虫）\n筛查医生：{DR}  样本号：BC24-0318\n",
            "包虫病患者随访：{P}，阿苯达唑 400mg bid 服药第6个月，肝功能正常；{PS}大大说药吃了肚子不舒服，改成饭罢吃；下次随访{D}；"
                    + "联系人{F} {M}\n",
            "布病哨点监测\n姓名\t职业\t接触史\t试管凝集\t联系电话\n{P}\t养羊户\t接羔\t1:200++\t{M}\n{N}\t屠宰\t剥皮\t1:100+\t{M}\n",
            "布病病例个案调查：{P}，{SEX}，{AGE}岁，住{A}，家中养羊23只（耳标号364042203187654等），今年3月接羔时未戴手套，平时田间劳作；"
                    + "发热、多汗、关节痛{DUR}；已撒生石灰消毒羊圈；调查人{DR}，电话{L}\n",
            "[微信 同心县布病防控群]\n{DR}：预旺镇{P}布病确诊了，羊是从{NS}师傅那买的\n{N}：耳标264032401872310，已经报畜牧站了，三队的羊明天统一采血\n"
                    + "{DR}：好，密切接触者{F}明天来抽血，电话{M}\n",
            "Echinococcosis screening, Xiji county: field CRF\nSubject: {PY}\nDOB: {DOBE}\nUltrasound: liver CE3a cyst, 6 cm\n"
                    + "Dogs in household: 2, dewormed monthly\nSonographer: {E}\nHome: {AE}\n",
            "犬只驱虫登记（{AV}）：户主{P}，犬2只，犬牌号XJ-D-0417，吡喹酮驱虫，{D}；户主电话{M}\n",
            "包虫病手术转诊：{P}，肝包虫（CE2型）拟手术，转凤城医科大学总医院肝胆外科；县医院住院号{RC}；身份证{ID}；陪同{F}（{KIN}）\n",
            "【凤城医科大学总医院】{P}您好，您预约的{D}肝胆外科专家门诊已成功，就诊卡号{RF}，请携带身份证及医保电子凭证按时就诊。\n",
            "【同心县人民医院】{F}您好，您的家属{P}已办理出院，先诊疗后付费欠费已由医疗救助结清，多交的押金将退回{B}。\n",
            "【西吉县疾控中心】{P}您好，您参加的包虫病免费B超筛查结果为阴性。如需复查请联系{L}。\n",
            "{\"screening\":\"echinococcosis\",\"name\":\"{P}\",\"dob\":\"{DOB}\",\"ultrasound\":\"CE1\",\"sample\":\"BC24-0318\","
                    + "\"investigator\":\"{E}\",\"address\":\"{A}\"}\n",
            "Brucellosis case report (English abstract for the regional CDC)\nCase: {PY}, sheep farmer, Tongxin county\n"
                    + "Date of birth: {DOBE}\nSAT titre 1:400\nEar tags of flock: 364032400418721 to 364032400418745\n"
                    + "Reporting doctor: {DR}\n",
            // Tuberculosis follow-up.
            "肺结核患者服药管理\n患者：{P}  登记号：{RT}\n治疗方案：2HRZE/4HR\n督导员：村医{DR}\n家属督导：{F}（{KIN}）  电话：{M}\n"
                    + "本月漏服2次，痰涂片阴转\n",
            "结核病随访记录\n{P}，{SEX}，38岁，在新疆昌吉打工期间确诊，回乡继续治疗\n现住：{A}\n本人电话：{M}  工友{N}电话：{M}\n"
                    + "随访人：{DR}\n",
            "[微信 原州区结核病管理群]\n{DR}：{P}这个月药没领，电话打不通\n{N}：他去内蒙古打工了，他婆姨说{D}回来\n"
                    + "{DR}：让他到了鄂尔多斯去当地结防所取药，把登记号{RT}给他\n",
            "TB treatment transfer-out form\nPatient: {PY}\nRegistration no.: {RT}\nID: {ID}\n"
                    + "Moving to: Ordos, Inner Mongolia (seasonal construction work)\nMobile: {M}\nCounty TB doctor: {N}\n",
            "{\"tbRegNo\":\"{RT}\",\"patient\":\"{P}\",\"regimen\":\"2HRZE/4HR\",\"dotSupervisor\":\"{DR}\",\"sputum\":\"TB-S-0912\","
                    + "\"phone\":\"{M}\"}\n",
            "[语音转文字] {DS}医生 我是{P} 我现在在新疆摘棉花 结核药还剩一个礼拜的 你们能不能寄过来 地址是{AW} 我电话{MV}\n",
            "痰检结果通知：{P}（登记号{RT}）第2月末痰涂片阴性；请家属{F}督促按时服药；结防门诊{L}\n",
            "结核病密切接触者筛查\n| 姓名 | 与患者关系 | PPD | 胸片 | 电话 |\n|---|---|---|---|---|\n| {F} | 配偶 | 12mm | 未见异常 | {M} |\n"
                    + "| {N} | 孙子 | 6mm | 未见异常 | {M} |\n",
            "尕{PS}是{F}家老三，今年17岁，在银川上职校，这次肺结核是学校筛查发现的；学校联系人{N}，{L}\n",
            // Chronic disease in the resettlement villages.
            "慢病随访（生态移民村）\n姓名：{P}  搬迁批次：YM2012-03（由西吉县整村搬迁）\n现住址：{AR}\n原籍：{AV}\n血压{BP}，服氨氯地平5mg qd\n"
                    + "随访医生：{DR}\n",
            "闽宁镇原隆村扶贫车间员工体检：{P}，{AGE}岁，血糖偏高，建议到闽宁镇卫生院建立慢病档案；车间负责人{N}，电话{L}\n",
            "高血压患者管理卡\n姓名\t健康档案编号\t身份证号\t现住址\t家庭医生\n{P}\t{RA}\t{ID}\t{A}\t{DR}\n{OW}\t{RA}\t{ID}\t{A}\t{DR}\n",
            "[微信 原隆村慢病管理群]\n{DR}：明天上午卫生室发降压药，{PS}阿爷、{NS}阿奶记得来\n{F}：我阿爷腿疼来不了，我饭罢来取\n"
                    + "{DR}：行，把他的医保卡带上\n{F}：医保号{I}，我记着呢\n",
            "糖尿病随访：{P}，空腹血糖11.2mmol/L，说舍不得花钱，二甲双胍时吃时不吃，药吃完了才到镇上买药；{DS}大夫讲了先诊疗后付费和慢病报销政策；"
                    + "住{A}\n",
            "脑卒中后遗症家庭病床：{P}，右侧肢体偏瘫，卧床，由婆姨{F}照顾；家庭医生{DR}每周上门一次；{A}；{M}\n",
            "【红寺堡区卫生健康局】{P}家属您好：您家老人的高血压门诊慢特病待遇已认定，可在大河乡卫生院直接结算。咨询{L}\n",
            "移民新村慢病患者花名册\n序号,姓名,出生日期,病种,现住址,搬迁批次\n1,{P},{DOB},高血压,{AR},YM2011-07\n"
                    + "2,{N},{DOB},糖尿病,{AR},YM2013-02\n",
            "Chronic disease registry extract, Minning resettlement town\nName | Condition | Phone\n{PY} | hypertension | {M}\n"
                    + "{PY} | diabetes | {M}\nVolunteer physician: Dr {E}\n",
            "{PS}阿爷今天来复查，血压{BP}，降压药按时吃着，没麻达；他孙子{N}陪着来的；住{A}\n",
            // Referrals to Yinchuan and back.
            "双向转诊单（上转）\n患者姓名：{P}  性别：{SEX}  年龄：58岁\n身份证号：{ID}\n转出单位：同心县人民医院  住院号：{RC}\n"
                    + "转入单位：凤城医科大学总医院心内科\n初步诊断：急性ST段抬高型心肌梗死，白细胞12.6×10^9/L\n转诊医生：{DR}  联系电话：{L}\n",
            "远程会诊申请：海原县人民医院{DR}申请凤城医科大学总医院{N}主任会诊，患者{P}，{AGE}岁，CT示肝占位；患者电话{M}\n",
            "Referral letter\nDear Dr {ES},\nI am referring {PY}, aged {AGE}, from Xiji County People's Hospital "
                    + "(inpatient no. {RC}) for suspected alveolar echinococcosis.\nFamily contact: {M}\nRegards,\n{DR}\n",
            "入院登记（凤城医科大学总医院）\n姓名：{MN}  民族：回族  经名：{MJ}\n住院号：{RF}\n身份证号：{ID}\n联系人：{F}  电话：{M}\n",
            "[微信 县域医共体转诊群]\n{DR}：西吉转来一个孕妇，{P}，胎盘早剥，救护车马上到\n{N}：产房已准备，家属电话？\n"
                    + "{DR}：她男人{F}，{M}，路上人苏醒了，血压还低\n",
            "出院小结（下转至县医院）\n患者：{P}  住院号：{RF}\n出院诊断：肝囊型包虫病术后\n出院医嘱：阿苯达唑 400mg bid 6个月，回当地由{DR}随访\n"
                    + "经治医生：{N}\n",
            "转诊患者住宿登记（凤城医科大学总医院患者之家）：{P}及其{KIN}{F}，来自{A0}，入住{D}，床位B-12，电话{M}\n",
            "{\"referral\":{\"from\":\"东乡族自治县人民医院\",\"to\":\"凤城医科大学总医院\"},\"patient\":\"{P}\",\"idCard\":\"{ID}\","
                    + "\"dob\":\"{DOB}\",\"countyRecordNo\":\"{RC}\",\"doctor\":\"{DR}\"}\n",
            "Teleconsultation summary\nRequesting site: Haiyuan County People's Hospital\nPatient: {PY}, DOB {DOBE}\n"
                    + "Consultant: Dr {ES}, hepatobiliary surgery\nRecommendation: transfer for radical hepatectomy\nContact: {L}\n",
            "{DS}主任查房：{P}肝包虫术后第3天，引流通畅，今日拔管；家属{F}陪护，{M}\n",
            "Visiting surgeon's clinic list, Dr {ES}\n1. {PY}, hydatid cyst, ID {ID}\n2. {PY}, recurrence after surgery, tel {M}\n",
            // Imams, mosques and Ramadan.
            "[微信 单家集村健康宣传群]\n{NJ}阿訇：各位穆斯林群众，主麻日饭罢在单家集北寺门口有免费包虫病筛查，大家都去\n"
                    + "村医{DR}：谢谢阿訇！要带身份证，不方便来的打我电话{M}\n",
            "寺管会协助结核病宣传：同心清真大寺{NS}阿訇在主麻日讲话中动员咳嗽两周以上的群众到县疾控筛查；联系人寺管会主任{N}，电话{M}\n",
            "斋月服药指导：{MN}（{MJ}），2型糖尿病，要封斋；{DR}建议把二甲双胍改在开斋后和封斋前吃，血糖不稳就不要封了；{NJ}阿訇也说病人可以不封斋；"
                    + "电话{M}\n",
            "Mosque health talk during Ramadan\nSpeaker: {NJ} (imam), with village doctor {N}\nAttendance: 86 men; "
                    + "the women's session was held separately by {N}\nFollow-up calls: {M}\n",
            "[语音转文字] 喂 是卫生院吧 我是{AV}清真寺的乡老 我们寺上的{NJ}阿訇病了 胸口疼 出了一身汗 你们赶紧来 电话{MV}\n",
            "清真寺义诊登记表\n序号|姓名|经名|年龄|血压|电话\n1|{MN}|{MJ}|{AGE}|{BP}|{M}\n2|{N}|{NJ}|{AGE}|{BP}|{M}\n",
            "临终关怀：{P}病重，家属请{NJ}阿訇来念讨白，要求不插管回家；{DR}已告知风险，{F}签字；家住{A}\n",
            "{\"姓名\":\"{MN}\",\"经名\":\"{MJ}\",\"户籍登记名\":\"{MS}\",\"民族\":\"回族\",\"电话\":\"{M}\",\"礼拜寺\":\"单家集北寺\"}\n",
            // Migrant workers and the left-behind.
            "外出务工人员健康档案更新\n姓名：{P}  身份证：{ID}\n务工地：{AW}\n务工地联系电话：{M}\n家中留守：阿奶{OW}、孙子2人\n",
            "[微信 兴隆镇在外务工人员群]\n{N}：我在银川工地上把脚砸了，现在住{AW}，哪个医院能用老家的医保？\n"
                    + "{DR}：异地就医先备案，用国家医保APP，把你的医保编号{I}报给我\n",
            "Left-behind children survey (pilot)\nChild: {PY}, DOB {NB}\nCaregiver: grandmother {OW}\n"
                    + "Parents: working in Yinchuan, tel {M}\nHome: {AE}\n",
            "[语音转文字] 阿奶 你把娃娃的疫苗本找出来 下午{DS}大夫要来打针 我在内蒙古回不来 有事打我电话{MV}\n",
            "留守老人关爱台账：{OW}，81岁，独居，儿子{F}在新疆打工（{M}），女儿{N}嫁到临夏；网格员{N}每周探望\n",
            "工伤转诊：{P}在内蒙古阿拉善左旗煤矿受伤，右手虎口撕裂伤、左侧锁骨骨折，当地医院转回凤城医科大学总医院；工友{N}陪同；"
                    + "老家住址{A}；本人{M}\n",
            // OCR'd forms.
            "[OCR] 家庭医生签约服务协议\n甲方 {PO}\n身份证号 {ID}\n住址 {A}\n乙方团队长 {DR}\n",
            "[OCR] 住院分娩补助申请表\n产妇姓名 {PO}\n出生日期 {DOB}\n丈夫 {F}\n一卡通账号 {B}\n补助金额 伍佰元整\n",
            "[OCR] 建档立卡户医疗费用结算单\n患者{PO}住院号{R}\n医保编号{I}\n个人自付 316.50\n",
            "[OCR] 肺结核患者转诊单\n姓 名 {PO}\n性 别 {SEX}\n出生年月 {DOBM}\n身份证号 {ID}\n现住址 {A}\n转诊医生 {DR}\n",
            "[OCR] 包虫病手术费用补助审批\n患者 {PO}  登记号 {R}\n收款账户 {B}\n联系电话 {L}\n",
            "[OCR] 布病病例报告卡\n患者姓名 {PO}  家长姓名 {F}\n出生日期 {DOB}\n联系电话 {M}\n现住址 {A0}\n",
            // Voice notes.
            "[语音转文字] 我叫{P} 身份证号是{IDV} 我在{AV}住 要办先诊疗后付费\n",
            "[语音留言] {NS}书记 我是{P}的娃娃 我大大住院了 在凤城医院 医生说要交押金 不是说先诊疗后付费吗 你帮忙问一下 电话{MV}\n",
            "[语音转文字] 喂 {PS}阿奶 我是村医{DR} 明天早上你不要吃饭 空腹到卫生室抽血 你的药我给你带上了\n",
            "[语音转文字] {DS}医生 我是{PG}他阿奶 尕娃发烧两天了 吃了药不退 我们在{AV} 我电话{MV}\n",
            "[语音转文字] 我阿奶叫{OW} 她是{DOBL}生的 身份证上的生日不对 我电话{MV}\n",
            "[语音转文字] 我是{AV}的{P} 娃娃他大大叫{F} 身份证号{IDV} 我们要办住院分娩补助\n",
            "[语音留言] 喂 医保局吗 我给我阿奶问一下 她叫{OW} 身份证{IDV} 她的大病保险报了没有\n",
            // English documents of students, NGOs and research teams.
            "Subject: clerkship in Xiji for {E}\nDear {EG},\nYour placement at Xiji County People's Hospital starts on {D}. "
                    + "Your supervisor is {N}, mobile {M}.\nBest wishes\n",
            "Student logbook: {E2} (MBBS year 5, Pakistan)\nCNIC: {FID}\nPatient seen: {PY}, brucellosis, SAT 1:200\n"
                    + "Supervisor: {N}\nWard phone: {L}\n",
            "WHO mission note: met the county echinococcosis focal point {PY} ({M}) and imam {NJ} after the Friday prayer; "
                    + "consultant {E} to revisit in spring.\n",
            "International student registration\nName: {E}\nNational ID: {FID}\nDOB: {DOBE}\n"
                    + "Emergency contact: {E2}, {M}\nAddress in Yinchuan: {AW}\nPassport No. AK4820317 (not a national ID)\n",
            "Patient: {PY}\nAddress: {AE}\nPhone: {M}\nDiagnosis: pulmonary TB, smear positive\nDOT supervisor: village doctor {N}\n",
            "Field team roster\n- {E} (ultrasound trainer)\n- {E2} (epidemiologist)\n- {PY} (county CDC), {M}\n"
                    + "Base: Xiji county guesthouse; the driver picks up {EG} at 7:00\n",
            "Needle-stick incident report\nStudent: {E}\nCNIC / national ID: {FID}\nSource patient: {PY} (HBsAg negative)\n"
                    + "Reported to: {N}, infection control, {L}\n",
            "[微信 国际学生实习群]\n{N}：明天去单家集做包虫病筛查，7点在医院门口集合\n{E}：OK, I will bring the probe covers\n"
                    + "{N}：{EG}，记得带护照复印件，有事打{M}\n",
            // Dongxiang, Salar and Bao'an villagers.
            "东乡族患者只会说东乡话，由其孙子{N}翻译；{P}，{AGE}岁，咳嗽两月余，痰涂片阳性；住{A}；孙子电话{M}\n",
            "大河家镇保安族腰刀厂职工体检：{P}，尘肺待排，身份证{ID}，厂医{DR}，救护车甘N·52871待命\n",
            "撒拉族患者{MS}，家在{A}，在临夏开拉面馆，因腹痛在积石山县人民医院住院，住院号{RC}\n",
            "Salar patient {MS}, interpreter {N}; phone {M}; admitted to Jishishan county hospital, record {RC}\n",
            "甘肃省城乡居民医保参保登记\n姓名：{P}  身份证号：{ID}\n医保编号：{I}\n户籍地址：{A}\n联系电话：{L}\n",
            "[微信 东乡县村医群]\n{DR}：河滩镇{PK}家的羊流产了，他本人发烧半个月，怀疑布病\n{N}：他大名叫啥？\n{DR}：{P}，电话{M}\n",
            // Nicknames, old women's names, given names alone, lunar birthdays.
            "村里人都叫他{PK}，大名{P}，34岁，智力残疾，由其母亲{F}照看；残疾人两项补贴每月80元\n",
            "{PK}他阿奶{OW}来卫生室取药，说娃娃在银川送外卖，三个月没回来了；阿奶电话{L}\n",
            "筛查发现：{F}之子，5岁，学龄前，B超示肝包虫可疑，建议到县医院复查；阿奶{OW}陪同，电话{M}\n",
            "[微信 家属群]\n{F}：{DS}大夫，我家{PG}夜里又咳血了\n{DR}：赶紧送县医院急诊，我给值班医生打电话\n{F}：好，我电话{M}\n",
            "门诊日志：{P}，家里人都叫他{PG}，肺结核复治，本次来领第4个月的药；登记号{RT}\n",
            "{F}说她阿奶的生日是{DOBL}，身份证上登记的是{DOB}，当年报户口时报错了\n",
            "高龄老人补贴核对\n姓名\t出生（农历）\t联系电话\n{OW}\t{DOBL}\t{L}\n{P}\t{DOBL}\t{L}\n",
            "[微信 李旺镇卫生院工作群]\n{N}：老{PS}家的布病复查结果出来了没？\n{DR}：出来了，1:50阴性，已经打电话给他家{F}了\n"
                    + "{N}：好，明天让尕{NS}把报告送过去\n",
            "{NS}师傅开车把{P}从{A0}送到县医院，车牌宁D·A3127，路上走了两个钟头；家属{F}，{M}\n");

    // 马 far ahead, then the other common surnames of 西海固 and Linxia, the Hui, Dongxiang, Salar and Bao'an surnames,
    // the rare surnames of the region, and word-like names.
    static final List<String> CHINESE = List.of((""
            + "马占仓 马进录 马正禄 马存宝 马有仁 马占鹏 马耀宗 马玉琴 马梅花 马麦香 马彩凤 马尕女 马金花 马少云 马维军 "
            + "马廷贵 马忠孝 马全录 马俊麟 马奕辰 马诗涵 马秉义 马学礼 马如海 马登科 马淑珍 马翠香 马三虎 马啸 "
            + "杨彩蓉 杨进财 杨占武 杨凤琴 杨永祯 杨诗瑶 杨得福 杨尕存 杨志廉 杨润兰 "
            + "李存孝 李银凤 李富贵 李兴仓 李淑芝 李向荣 李锦轩 李二女 "
            + "王世杰 王巧巧 王富仓 王玉贞 王建功 王芸芸 王维忠 王翠芳 "
            + "张治国 张麦燕 张得胜 张秉仁 张淑琴 张继红 张一鸣 "
            + "刘福仓 刘巧梅 刘占山 刘彩琴 刘宗仁 刘梓墨 "
            + "海潮 海正元 海彩兰 海生祥 海麦麦 海学忠 "
            + "田禾 田占魁 田巧珍 田维仁 田存花 "
            + "苏正刚 苏秀琴 苏登云 金宝成 金凤芝 丁成祥 丁玉芬 虎占元 虎彩霞 拜学仁 拜秀英 撒正虎 撒金兰 冶成林 冶海霞 "
            + "穆彩云 穆永清 喇世忠 海棠 "
            + "妥明德 妥彩花 锁存德 韩进孝 韩秀珍 韩福元 何占祥 何淑芬 "
            + "亥志忠 亥彩琴 买正林 买玉兰 赛存福 赛丽霞 舍进仓 舍巧玲"
            ).strip().split(" "));
    /** Dongxiang (妥, 锁), Salar (韩) and Bao'an (何) villagers of Linxia. */
    static final List<String> LINXIA_PEOPLES = List.of("妥明德", "妥彩花", "锁存德", "韩进孝", "韩秀珍", "韩福元", "何占祥",
            "何淑芬");
    /** Surnames of the region no earlier blind group gave anyone: 亥, 买, 赛 and 舍, Hui surnames of Ningxia and Gansu. */
    static final String RARE_SURNAMES = "亥买赛舍";
    /** Pool names that are also ordinary words: the tide, the crops in the field, a crabapple. */
    static final List<String> WORD_LIKE = List.of("海潮", "田禾", "海棠");
    /** Hui people with a Chinese name and a religious name (经名): Chinese name|religious name. */
    static final List<String> HUI = List.of("海守仁|尔萨", "杨占福|穆萨", "苏麦花|法图麦", "海淑梅|阿伊舍", "苏进喜|优素福",
            "拜志诚|易卜拉欣", "马存仁|达吾德", "丁桂香|麦尔燕", "撒进才|哈三", "妥海清|胡赛尼", "韩尕林|伊斯哈格",
            "何彩莲|宰乃白", "马巧英|海迪彻", "锁进林|尤努斯", "冶正英|赛里麦", "穆成德|叶海雅");
    /** Northwestern nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("尕虎子", "黑蛋子", "拴牢子", "尕存娃", "二尕子", "毛蛋娃", "尕梅梅",
            "狗剩子", "三娃子", "尕牛娃");
    /** Old women known by their husband's and their own surname with 氏, as the old registers write them. */
    static final List<String> OLD_WOMEN = List.of("马杨氏", "海李氏", "田马氏", "撒王氏", "马苏氏", "虎张氏", "杨海氏",
            "妥马氏");
    /** Foreign students, volunteers and consultants, given|family: Kyrgyz, Bangladeshi, Sudanese, Scottish, Swiss,
     * French, Indonesian, Kazakh, Greek, Irish and Pakistani. */
    static final List<String> ENGLISH = List.of("Zarina|Abdykalykova", "Nurbek|Asanaliev", "Tahmid|Shikder",
            "Osman|Elamin", "Ailsa|Macphail", "Anselme|Rochat", "Anaïs|Grosjean", "Siti|Rahmawati", "Dinara|Zhaksylykova",
            "Eleftheria|Karagianni", "Fearghal|Mcelhinney", "Mahnoor|Kahloon", "Zerak|Bughio", "Kanat|Zhumabekov");
    /** Local people as English documents write them, family|given in pinyin. */
    static final List<String> PINYIN = List.of("Ma|Rongsheng", "Ma|Xuehui", "Yang|Shoucang", "Hai|Jinlan",
            "Tian|Guixiang", "Li|Baocang", "Han|Yousufu", "Sa|Fatumai", "Bai|Zhongliang", "Su|Yinghua", "Ding|Wanfu",
            "Hu|Shuangxi");

    /**
     * Codes in use before 2002, when 15-digit numbers were still issued: 固原县, 海原县 and 西吉县 of 固原地区, 永宁县 and 贺兰县 of
     * Yinchuan, 临夏市, 临夏县, 东乡族自治县 and 积石山县 of Linxia.
     */
    private static final List<String> LEGACY_AREA = List.of("642221", "642222", "642223", "640121", "640122", "622901",
            "622921", "622926", "622927");
    /** Codes for 18-digit numbers: the legacy codes and later ones (兴庆区, 金凤区 2002; 原州区, 西吉县 of 固原市 2002; 同心县
     * of 吴忠市; 红寺堡区 2009; 海原县 of 中卫市 2004). */
    private static final List<String> AREA = Stream.concat(Stream.of("640104", "640106", "640402", "640422", "640324",
            "640303", "640522"), LEGACY_AREA.stream()).toList();
    /** Codes on which health-archive and TB registration numbers are written (the counties of today). */
    private static final List<String> COUNTY_AREA = List.of("640402", "640422", "640522", "640324", "640303", "640121",
            "622921", "622926", "622927");
    private static final List<String> LANDLINE_AREAS = List.of("0951", "0953", "0954", "0955", "0930");
    private static final List<String> BANK_BINS = List.of("622947", "623521", "621799", "622827", "621062");
    private static final List<String> COUNTY_CODES = List.of("XJ", "HY", "TX", "YZ", "DX", "JSS", "HSB");
    private static final String CARD_LETTERS = "ABCDEFHJK";
    /** Province|prefecture|county|towns|villages|team word. */
    private static final List<String> VILLAGES = List.of(
            "宁夏回族自治区|固原市|西吉县|兴隆镇,将台堡镇,吉强镇,偏城乡|单家集村,明台村,龙王坝村,玉桥村|队",
            "宁夏回族自治区|固原市|原州区|三营镇,彭堡镇,头营镇|团结村,杨郎村,姚磨村|组",
            "宁夏回族自治区|中卫市|海原县|李旺镇,关桥乡,西安镇,史店乡|杨堡村,方堡村,园河村,田拐村|组",
            "宁夏回族自治区|吴忠市|同心县|预旺镇,韦州镇,下马关镇,丁塘镇|南关村,旱天岭村,红城水村|队",
            "甘肃省|临夏回族自治州|东乡族自治县|锁南镇,达板镇,河滩镇|东塬村,韩则岭村,阳洼村|社",
            "甘肃省|临夏回族自治州|积石山保安族东乡族撒拉族自治县|大河家镇,吹麻滩镇,刘集乡|大墩村,甘河滩村,肖家村|社",
            "甘肃省|临夏回族自治州|临夏县|韩集镇,土桥镇|阳山村,双城村|社");
    /** The resettlement towns on the Yellow River plain: province|city|county|towns|villages. */
    private static final List<String> RESETTLEMENT = List.of(
            "宁夏回族自治区|银川市|永宁县|闽宁镇|原隆村,福宁村,木兰村,武河村",
            "宁夏回族自治区|吴忠市|红寺堡区|红寺堡镇,大河乡,柳泉乡,新庄集乡|开元村,乌沙塘村,中圈塘村,杨柳村",
            "宁夏回族自治区|银川市|兴庆区|月牙湖乡|滨河家园,塘南村,海陶北村",
            "宁夏回族自治区|银川市|贺兰县|洪广镇|金山村,欣荣村");
    /** Province|city|district|roads|estates, where the consortium's patients live in town. */
    private static final List<String> CITY = List.of(
            "宁夏回族自治区|银川市|金凤区|宝湖路,正源北街,北京中路|阅海万家,宝湖湾",
            "宁夏回族自治区|银川市|兴庆区|清和南街,胜利街,凤凰北街|丽景湾,银古家园",
            "宁夏回族自治区|固原市|原州区|六盘山东路,文化街|九龙小区,东海新城",
            "甘肃省|临夏回族自治州|临夏市|红园路,团结路|八坊小区,枹罕花园");
    /** Where migrant workers lodge: province|city|district|roads|estates. */
    private static final List<String> WORK = List.of(
            "宁夏回族自治区|银川市|金凤区|宝湖路,正源北街|阅海万家,宝湖湾",
            "新疆维吾尔自治区|昌吉回族自治州|昌吉市|延安北路,北京南路|丰泽园,世纪花园",
            "内蒙古自治区|鄂尔多斯市|东胜区|天骄路,伊金霍洛西街|锦绣苑,金水湾",
            "内蒙古自治区|阿拉善盟|阿拉善左旗|王府街,贺兰山南路|巴润家园,腾飞小区");
    /** English village addresses: county|city, province|towns|villages. */
    private static final List<String> ENGLISH_VILLAGES = List.of(
            "Xiji County|Guyuan, Ningxia|Xinglong Town,Jiangtaibu Town|Danjiaji Village,Mingtai Village",
            "Haiyuan County|Zhongwei, Ningxia|Liwang Town,Guanqiao Township|Yangbu Village,Fangbu Village",
            "Tongxin County|Wuzhong, Ningxia|Yuwang Town,Weizhou Town|Nanguan Village,Hongchengshui Village",
            "Dongxiang County|Linxia, Gansu|Suonan Town,Hetan Town|Dongyuan Village,Yangwa Village",
            "Yongning County|Yinchuan, Ningxia|Minning Town|Yuanlong Village,Funing Village");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String SPOKEN = "零一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";

    private Blind48Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_48 || !templates.isEmpty() && BLIND_48.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Hui person (MN, MJ, MS): an entry Chinese name|religious name. */
    static String minorityName(RandomGenerator r) {
        return pick(HUI, r);
    }

    /** The Chinese name of a {@link #HUI} entry: 海守仁. */
    static String huiName(String entry) {
        return entry.substring(0, entry.indexOf('|'));
    }

    /** The religious name of a {@link #HUI} entry: 尔萨. */
    static String religiousName(String entry) {
        return entry.substring(entry.indexOf('|') + 1);
    }

    /** The surname with the religious name, as many are registered: 海尔萨. */
    static String registeredName(String entry) {
        return surnameOf(entry) + religiousName(entry);
    }

    /** A pinyin entry as an English document writes it: Ma Rongsheng, MA Rongsheng or Rongsheng Ma. */
    static String pinyinForm(String entry, int form) {
        String f = entry.substring(0, entry.indexOf('|')), g = entry.substring(entry.indexOf('|') + 1);
        return switch (form) {
            case 0 -> f + " " + g;
            case 1 -> f.toUpperCase() + " " + g;
            default -> g + " " + f;
        };
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** Province and prefecture, the prefecture alone, or neither before a county: 宁夏回族自治区固原市, 固原市 or nothing. */
    private static String prefix(String[] t, boolean withProvince, RandomGenerator r) {
        if (withProvince) return t[0] + t[1];
        return r.nextBoolean() ? t[1] : "";
    }

    /** A team number: in figures (3) or, a third of the time, in numerals (三). */
    private static String team(RandomGenerator r) {
        int n = 1 + r.nextInt(12);
        return r.nextInt(3) == 0 ? IdentifierForms.chineseNumber(n) : String.valueOf(n);
    }

    /**
     * A village: 宁夏回族自治区固原市西吉县兴隆镇单家集村3队(12号), 临夏县韩集镇阳山村五社; {@code partial} stops at the township,
     * the village or the team.
     */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(VILLAGES, r));
        String base = prefix(t, withProvince, r) + t[2] + one(t[3], r);
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> base;
                case 1 -> base + one(t[4], r);
                default -> base + one(t[4], r) + team(r) + t[5];
            };
        }
        String v = base + one(t[4], r) + team(r) + t[5];
        return r.nextBoolean() ? v : v + (1 + r.nextInt(80)) + "号";
    }

    /**
     * A resettlement village: 永宁县闽宁镇原隆村6组12号 or 兴庆区月牙湖乡滨河家园3区12排6号; {@code partial} stops at the
     * township or the village.
     */
    static String resettlement(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(RESETTLEMENT, r));
        String base = prefix(t, withProvince, r) + t[2] + one(t[3], r);
        if (partial) return r.nextBoolean() ? base : base + one(t[4], r);
        String v = base + one(t[4], r);
        return r.nextBoolean() ? v + (1 + r.nextInt(9)) + "组" + (1 + r.nextInt(60)) + "号"
                : v + (1 + r.nextInt(6)) + "区" + (1 + r.nextInt(20)) + "排" + (1 + r.nextInt(12)) + "号";
    }

    /** A flat: 银川市金凤区宝湖路88号阅海万家12号楼2单元302室; {@code partial} stops at the road or its number. */
    static String flat(List<String> cities, boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(cities, r));
        String road = prefix(t, withProvince, r) + t[2] + one(t[3], r);
        if (partial) return r.nextBoolean() ? road : road + (1 + r.nextInt(400)) + "号";
        return road + (1 + r.nextInt(400)) + "号" + one(t[4], r) + (1 + r.nextInt(30)) + "号楼" + (1 + r.nextInt(4))
                + "单元" + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
    }

    /** An address: a village (half), a resettlement village or a flat; {@code partial} stops early. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        int k = r.nextInt(10);
        if (k < 5) return village(withProvince, partial, r);
        if (k < 8) return resettlement(withProvince, partial, r);
        return flat(CITY, withProvince, partial, r);
    }

    /** A village address in English: [No. 12, ]Group 3, Danjiaji Village, Xinglong Town, Xiji County[, Guyuan, Ningxia]. */
    static String englishAddress(RandomGenerator r) {
        String[] t = split(pick(ENGLISH_VILLAGES, r));
        String a = "Group " + (1 + r.nextInt(12)) + ", " + one(t[3], r) + ", " + one(t[2], r) + ", " + t[0];
        if (r.nextBoolean()) a = "No. " + (1 + r.nextInt(80)) + ", " + a;
        return r.nextBoolean() ? a + ", " + t[1] : a;
    }

    /** A resident ID: 18 characters (born 1935 to 2019) plain, with a lower-case x, 6-8-4 by blanks or hyphens, or a
     * 15-digit one on a code of its time (born 1935 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 35, 50, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1935, 85, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** Digits read out: the one as 幺 or 一 throughout, the nought as 零, X as 叉. */
    static String spoken(String digits, boolean yao) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (c == 'X') b.append('叉');
            else if (c == ' ') b.append(' ');
            else if (c == '1' && yao) b.append('幺');
            else b.append(SPOKEN.charAt(c - '0'));
        }
        return b.toString();
    }

    /** An 18-character resident ID read out in a voice note: run on or 6-8-4 by blanks. */
    static String spokenIdNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(AREA, r), 1935, 85, r);
        if (r.nextBoolean()) id = id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
        return spoken(id, r.nextBoolean());
    }

    /** The digits of a read-out number, for the checks: 幺 and 一 as 1, 零 as 0, 叉 as X. */
    static String unspoken(String v) {
        StringBuilder b = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c == '幺') b.append('1');
            else if (c == '叉') b.append('X');
            else if (SPOKEN.indexOf(c) >= 0) b.append((char) ('0' + SPOKEN.indexOf(c)));
            else if (c != ' ') b.append(c);
        }
        return b.toString();
    }

    /** A foreign national identity number: a Pakistani CNIC 35202-1234567-1 or a Kyrgyz personal number of 14 digits
     * (sex, birth date ddmmyyyy, five digits). */
    static String foreignId(RandomGenerator r) {
        if (r.nextBoolean()) {
            return (1 + r.nextInt(7)) + digits(4, r) + "-" + digits(7, r) + "-" + (1 + r.nextInt(9));
        }
        return (1 + r.nextInt(2)) + String.format("%02d%02d%d", 1 + r.nextInt(28), 1 + r.nextInt(12),
                1995 + r.nextInt(10)) + digits(5, r);
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(5)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            default -> n;
        };
    }

    /** A mobile read out: the one as 幺 or 一, the nought as 零; 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        if (r.nextBoolean()) n = n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
        return spoken(n, r.nextBoolean());
    }

    /** A landline, seven local digits on 0951, 0953, 0954, 0955 and 0930: 0954-2031234, (0954)2031234, 0954 203 1234,
     * 0954-2031234转806, +86 954 2031234. */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = "235678".charAt(r.nextInt(6)) + digits(6, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, 3) + " " + local.substring(3);
            case 2 -> area + "-" + local + "转" + digits(3, r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /** FZ2024018765 (the lead hospital's inpatients and outpatients) or XJ24-03187 (county hospitals). */
    static String recordNumber(RandomGenerator r) {
        return r.nextBoolean() ? leadRecordNumber(r) : countyRecordNumber(r);
    }

    /** The lead hospital's record number: FZ, the year, six digits. */
    static String leadRecordNumber(RandomGenerator r) {
        return "FZ" + (2015 + r.nextInt(11)) + digits(6, r);
    }

    /** A county hospital's record number: XJ24-03187 (XJ, HY, TX, YZ, DX, JSS, HSB). */
    static String countyRecordNumber(RandomGenerator r) {
        return pick(COUNTY_CODES, r) + (15 + r.nextInt(11)) + "-" + digits(5, r);
    }

    /** A 17-digit health-archive number, county, township, village and serial: 64042210200300187 or, a third of the
     * time, 640422-102-003-00187. */
    static String archiveNumber(RandomGenerator r) {
        String area = pick(COUNTY_AREA, r), town = "1" + digits(2, r), village = "0" + digits(2, r), serial = digits(5, r);
        return r.nextInt(3) == 0 ? area + "-" + town + "-" + village + "-" + serial : area + town + village + serial;
    }

    /** A tuberculosis registration number, county, year and serial: 64042220240087. */
    static String tbNumber(RandomGenerator r) {
        return pick(COUNTY_AREA, r) + (2015 + r.nextInt(11)) + digits(4, r);
    }

    /** D73018452 (social-security card), 64042210301287-02 (Ningxia residents' insurance: county, household,
     * member), G6229260312875 (Gansu). */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> CARD_LETTERS.charAt(r.nextInt(CARD_LETTERS.length())) + digits(8, r);
            case 1 -> pick(AREA.subList(0, 7), r) + digits(8, r) + "-0" + (1 + r.nextInt(8));
            default -> "G" + pick(List.of("622901", "622921", "622926", "622927"), r) + digits(7, r);
        };
    }

    /** A bank or 一卡通 card, 16 or 19 digits with a valid Luhn digit: plain, fours by blanks or fours by hyphens. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /** 1968年4月9日, 1968-04-09, 1968.4.9, 1968/4/9, 一九六八年四月九日, 68年4月9号, 19680409; born 1935 to 2007. */
    static String birthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(73), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            case 5 -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** 出生年月 as forms ask for it: 1968年4月, 1968.04, 1968-04. */
    static String birthMonth(RandomGenerator r) {
        int y = 1935 + r.nextInt(73), m = 1 + r.nextInt(12);
        return switch (r.nextInt(3)) {
            case 0 -> y + "年" + m + "月";
            case 1 -> String.format("%d.%02d", y, m);
            default -> String.format("%d-%02d", y, m);
        };
    }

    /** A child's or newborn's date of birth, 2016 to 2025: 2024年3月5日, 2024-03-05, 2024.3.5, 2024年03月05日. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2016 + r.nextInt(10), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> String.format("%d年%02d月%02d日", y, m, d);
        };
    }

    /** A day of a lunar month: 初八, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A lunar date of birth of the old, 1925 to 1965: 农历1952年腊月初八, 阴历五二年冬月廿三. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(41), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return r.nextBoolean() ? "农历" + y + "年" + month + lunarDay(d)
                : "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
    }

    /** As English documents write it: 9 April 1968, April 9, 1968, 09/04/1968 (day first). */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(58), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month + " " + d + ", " + y;
            default -> String.format("%02d/%02d/%d", d, m, y);
        };
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(chineseName(random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "OW" -> out.write(pick(OLD_WOMEN, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "MN" -> out.write(huiName(people[3]), EntityKind.NAME);
            case "MJ" -> out.write(religiousName(people[3]), EntityKind.NAME);
            case "MS" -> out.write(registeredName(people[3]), EntityKind.NAME);
            case "NJ" -> out.write(religiousName(pick(HUI, random)), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "PY" -> out.write(pinyinForm(pick(PINYIN, random), random.nextInt(3)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDV" -> out.write(spokenIdNumber(random), EntityKind.ID_NUMBER);
            case "FID" -> out.write(foreignId(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "RF" -> out.write(leadRecordNumber(random), EntityKind.MEDICAL_RECORD);
            case "RC" -> out.write(countyRecordNumber(random), EntityKind.MEDICAL_RECORD);
            case "RA" -> out.write(archiveNumber(random), EntityKind.MEDICAL_RECORD);
            case "RT" -> out.write(tbNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AW" -> out.write(flat(WORK, random.nextBoolean(), random.nextInt(3) == 0, random), EntityKind.ADDRESS);
            case "AR" -> out.write(resettlement(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "AV" -> out.write(random.nextInt(3) > 0 ? village(false, true, random) : resettlement(false, true, random),
                    EntityKind.ADDRESS);
            case "AE" -> out.write(englishAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || Stream.concat(CHINESE.stream(), HUI.stream().map(Blind48Templates::huiName))
                        .anyMatch(n -> surnameOf(n).equals(w))
                || CHINESE.stream().anyMatch(n -> addressedGivenName(n).equals(w))
                || HUI.stream().anyMatch(n -> religiousName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /** The pool name a labelled value writes in full, or null when the value (a surname, a given or religious name)
     * names no one in full. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || NICKNAMES.contains(w) || OLD_WOMEN.contains(w)) return w;
        for (String h : HUI) {
            if (huiName(h).equals(w) || registeredName(h).equals(w)) return w;
        }
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String p : PINYIN) {
            for (int form = 0; form < 3; form++) {
                if (pinyinForm(p, form).equals(w)) return pinyinForm(p, 0);
            }
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    /** The Hui people's Chinese names. */
    static List<String> huiNames() {
        return HUI.stream().map(Blind48Templates::huiName).toList();
    }

    /** The religious names (经名). */
    static List<String> religiousNames() {
        return HUI.stream().map(Blind48Templates::religiousName).toList();
    }

    /** The surnames with the religious names: 海尔萨. */
    static List<String> registeredNames() {
        return HUI.stream().map(Blind48Templates::registeredName).toList();
    }

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> oldWomen() {
        return OLD_WOMEN;
    }

    /** The foreign names in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : ENGLISH) out.add(e.replace('|', ' '));
        return out;
    }

    /** The local people's names in every pinyin form. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String p : PINYIN) {
            for (int form = 0; form < 3; form++) out.add(pinyinForm(p, form));
        }
        return out;
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(PoolNameForms::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(PoolNameForms::given);
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    static List<String> countyAreaCodes() {
        return COUNTY_AREA;
    }
}

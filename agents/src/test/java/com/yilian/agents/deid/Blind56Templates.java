package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Fifty-sixth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_56}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: the medical response to a winter earthquake on the Gansu–Qinghai border (Jishishan county of Linxia
 * and Minhe county of Haidong), led by the fictional tertiary 陇原大学第一医院 in Lanzhou with the county hospitals, the
 * township health centres and its tent field hospital at Dahejia. Triage tags and casualty lists (START colours, with
 * tag numbers), field-hospital admission notes and shift handovers, hypothermia, crush injury and crush syndrome,
 * amputations and their consent, a birth in the tent hospital, transfer hand-overs and manifests by ambulance and
 * helicopter, missing-person and family-reunification registers (寻亲登记) and unaccompanied children, resettlement-site
 * rosters with tent numbers, rescue-team and volunteer rosters, psychological first aid, epidemic prevention, carbon
 * monoxide and school-tent health checks in the camps, donation receipts, relief payments (救助金, 抚慰金), housing
 * insurance and medical-insurance records, death certificates and notifications written neutrally, WeChat groups of
 * villages, rescuers and clinicians, voice notes in the north-western dialect (啥, 咋, 尕, 阿达, 阿大, 娃娃, 没麻达, 胡都),
 * OCR'd forms, CSV, tab, pipe and markdown tables, JSON exports, SMS, e-mails, and English reports, rosters and
 * letters for international NGOs (about a sixth start in English).
 *
 * <p>The people: Hui, Salar, Dongxiang, Bao'an and Tu villagers and Han neighbours, with the family names of the region
 * (马, 韩, 冶, 喇, 妥, 癿, 陕, 赛, 祁, 鲍) and names that are Muslim names in characters (马哈三, 马奴海), Tibetan herders and
 * volunteers, children and the elderly, imams and village cadres, rescuers from Sichuan, Shaanxi, Ningxia and
 * Chongqing (their units named only as units), doctors and nurses from Lanzhou and the counties, local volunteers and
 * foreign NGO staff.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, lists, manifests, English prose). A surname in a form
 * of address labels the surname only ({@code PS} the patient's, {@code FS} the relative's, {@code DS} the doctor's,
 * {@code NS} a further person's, {@code MS} the Muslim villager's): 老X, 尕X, X队长, X支书, X大夫, X医生, X主任, X阿訇,
 * X老师, X护士长, X会计, X师傅, X阿爷. A given name used alone ({@code PG}) labels the given name (a one-character given name is
 * never used alone). A village or rescue-team nickname ({@code PK}: 铁锹李, 尕锁子) names a person and is labelled whole.
 * A child known by a parent (X家的丫头, X家的尕娃) labels the parent, and X之女 the parent too. Kin words, dialect words,
 * titles and roles alone are not names: 阿大, 阿妈, 阿爷, 阿奶, 阿姐, 娃娃, 尕娃, 丫头, 老汉, 阿訇, 乡老, 支书, 志愿者,
 * 队长. An OCR'd name ({@code PO}) broken by a line break, a blank after the surname, or a blank or ideographic blank
 * between every character is one span. Chinese names also stand in pinyin in English documents ({@code PY}: MA GAHU,
 * Ma Gahu, Gahu Ma, MA Gahu; {@code NY} a further person), labelled whole. Muslim villagers ({@code MN}, {@code NM})
 * are written in characters, by their religious name (经名) alone ({@code MJ}: 优素夫), as villagers call them, and in
 * pinyin ({@code MY}). Tibetan herders and volunteers are written in characters ({@code TB}: 夏吾加) or as NGO reports
 * spell them ({@code TE}: Shawo Gyal). Foreign NGO staff ({@code E}, {@code E2}) are labelled whole, a family name
 * alone ({@code ES}) and a given name alone ({@code EG}) too; Dr stays outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Linxia 6229, Haidong 6302, Lanzhou 6201 and Xining 6301 and of the rescuers' provinces Sichuan, Shaanxi, Ningxia and
 * Chongqing; plain, with a lower-case x, 6-8-4 by blanks or hyphens; one in ten an elderly villager's 15-digit number
 * with a valid birth date; {@code IDR}: a rescuer's, issued in the home province; {@code IDV}: read aloud in numerals,
 * 幺 or 一 for one, 零 for nought, 叉 for X), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86, +86-3-4-4;
 * {@code MV}: spoken), Tiantong satellite phones of the
 * rescue teams ({@code MT}: 1740…, plain or 3-4-4), NGO staff's numbers abroad ({@code MX}: Norway, Switzerland, Japan,
 * Nepal, Turkey, Malaysia, Iran, Austria, Canada), landlines ({@code L}: seven digits on 0930 Linxia, 0972 Haidong and
 * 0931 Lanzhou, with a hyphen, a full-width hyphen, brackets, a blank, as +86, or without the code), record numbers
 * ({@code RZ}: eight-digit inpatient numbers of the Lanzhou hospital; {@code RF}: field-hospital admission numbers
 * YZ2-0387; {@code RC}: county hospital numbers JSS231874, MH0238741), insurance numbers ({@code IP}: medical-insurance
 * personal numbers on a city code; {@code IC}: rural co-operative medical certificate numbers on a county code;
 * {@code I} either), bank cards ({@code B}: relief-payment 一卡通 and bank cards, 16 or 19 digits with a valid Luhn
 * digit, plain or in fours by blanks or hyphens), addresses ({@code A}: villages of Jishishan, Minhe, Xunhua and
 * Linxia county by 县, 镇/乡, 村 and 社 or 组, with or without province and prefecture, the county written in full or
 * short; flats in Lanzhou, Linxia city, Xining and the Minhe county town; {@code A0}: stopping at the town, the
 * village or the road; {@code AV}: the village, where the text says someone is from one), dates of birth
 * ({@code DOB}: 1956年3月12日, 1956-03-12, 1956.3.12, 1956/3/12, 19560312; {@code DOBM}: 1956年3月, 1956.03;
 * {@code DOBL}: lunar, 1948年腊月初八, 四八年冬月十五, written after 农历; {@code DOBE}: 12 March 1956, March 12, 1956,
 * 12/03/1956; {@code DOBC}: a child's, 2016年5月9日 …; {@code DOBN}: a newborn's, 2024年1月3日, 2024-01-03, 2024.1.3;
 * {@code DOBNE}: a newborn's in English, 3 January 2024).
 *
 * <p>Not labelled: triage tag numbers, START colours, tent, row and bed numbers, transfer, registration, tracing,
 * household and case numbers, ambulance plates, helicopter registrations, passports, visas, platform user IDs (志愿汇,
 * WeChat), student numbers, receipt, policy, claim and certificate numbers, vaccine lots, magnitudes and coordinates,
 * scores (GCS, Apgar, VAS), lab values, doses, amounts, dates that are not births, hospital, site, unit and NGO names,
 * kin words, roles and dialect words, and words beginning with a pool surname (马上, 安置点, 喇叭, 虎口, 鲜血,
 * 纳入, 陈旧性, 高危; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind54Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #NAMES},
 * each with its pinyin) is drawn as the region would look: 马 and 韩 lead, with 王, 李, 张, 刘, 杨, then the Hui, Salar,
 * Dongxiang and Bao'an surnames of Linxia and Xunhua (冶, 喇, 妥, 绽, 巩, 拜, 鲜, 纳, and {@link #RARE_SURNAMES}, which no
 * earlier group used), the Tu surnames of Minhe (祁, 吕, 辛, 鲍, 秦), the rescuers' and doctors' names of Sichuan,
 * Shaanxi and Lanzhou, Muslim names in characters (牙古白, 乙四夫, 苏力曼), the old rural names (改花, 换弟, 腊月),
 * numbers as names (马五十三) and names that are also words ({@link #WORD_LIKE}).
 * {@link #MUSLIM} holds Muslim villagers with their religious names and pinyin, {@link #TIBETAN} Tibetan herders and
 * volunteers, {@link #NICKNAMES} village and rescue-team nicknames, {@link #ENGLISH} foreign NGO staff. Own slots:
 * {@code N}, a further Chinese name; {@code NS}, {@code PS}, {@code FS}, {@code DS}, {@code MS}, surnames; {@code PG},
 * {@code PK}, {@code PO}, {@code PY}, {@code NY}, {@code MJ}, {@code MY}, {@code NM}, {@code TB}, {@code TE},
 * {@code EG} and the identifier slots above. Any non-empty subset of {@link #BLIND_56} uses these pools (see
 * {@link #uses}).
 */
final class Blind56Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270126L;

    static final List<String> BLIND_56 = List.of(
            // Triage tags and casualty lists.
            "检伤分类卡（START）\n伤票号：JSS-R-0387  颜色：红色（立即处理）\n姓名：{P}  性别：{SEX}  年龄：约{AGE}岁\n"
                    + "呼吸：32次/分  桡动脉搏动：弱  能否遵嘱：能\n伤情：左下肢被倒塌土墙压埋约6小时，左小腿肿胀青紫\n"
                    + "现场处置：保温、补液、夹板固定\n分类人员：{DR}\n",
            "伤员登记表（大河家镇集中收治点）\n序号,伤票号,分类颜色,姓名,性别,年龄,村社,去向\n1,T-0412,红,{P},{SEX},{AGE},{A0},转县医院\n"
                    + "2,T-0413,黄,{N},{SEX},{AGE},{A0},野战医院\n3,T-0415,绿,{MN},{SEX},{AGE},{A0},留观\n",
            "| 伤票号 | 颜色 | 姓名 | 伤情 | 处置 |\n|---|---|---|---|---|\n| MH-Y-0215 | 黄 | {P} | 右股骨干骨折 | 夹板固定 |\n"
                    + "| MH-G-0216 | 绿 | {N} | 头皮裂伤 | 清创缝合 |\n| MH-B-0217 | 黑 | {N} | 开放气道后仍无自主呼吸 | 登记 |\n",
            "Casualty list – Dahejia collection point (START)\nTag,Colour,Name,Age,Injury,Disposition\n"
                    + "JSS-R-0391,RED,{PY},{AGE},crush injury left leg,to Lanzhou by helicopter\n"
                    + "JSS-Y-0392,YELLOW,{NY},{AGE},closed radius fracture,field hospital\n",
            "{\"tagNo\":\"JSS-R-0387\",\"triage\":\"RED\",\"name\":\"{P}\",\"idCard\":\"{ID}\",\"village\":\"{A0}\","
                    + "\"injury\":\"挤压伤\",\"rr\":32,\"capRefill\":\">2s\"}\n",
            "[微信 大河家检伤组]\n{DR}：红标的三个先上救护车，{P}压了六个小时，要快\n{N}：收到，甘N·12037这台车马上走\n"
                    + "{NS}队长：黄标的在卫生院门口等第二趟\n",
            "[OCR] 伤 员 信 息 卡\n姓名 {PO}\n性别 {SEX}  年龄 {AGE}\n住址 {A}\n分类 黄 色\n伤票 0517\n",
            "【积石山县抗震救灾指挥部】{F}您好，您的家人{P}已由伤员转运组送往陇原大学第一医院救治，住院号{RZ}，咨询电话{L}。\n",
            // Field-hospital admission notes.
            "野战医院入院记录（帐篷医院）\n收治号：{RF}  帐篷：2号医疗帐篷 6床\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n"
                    + "身份证号：{ID}\n主诉：地震时房屋倒塌，右前臂被砸伤2小时\n"
                    + "查体：右前臂畸形，桡动脉搏动可；右手虎口裂伤约3cm\n初步诊断：右尺桡骨骨折；右手虎口裂伤\n接诊医师：{DR}\n",
            "野战医院交班记录\n{TIME} 6床{P}（{RF}），挤压伤，尿色酱油样，已补液3000ml，复查血钾\n"
                    + "{TIME} 9床{N}，头皮裂伤已缝合，生命体征平稳\n值班医生：{DR}  护士：{N}\n已报{NS}护士长\n",
            "Field hospital admission note\nNo.: {RF}\nName: {PY}\nDOB: {DOBE}\n"
                    + "Mechanism: trapped under a collapsed adobe wall for about 5 h\n"
                    + "Findings: core temperature 34.6 C, left tibial fracture, abrasions\n"
                    + "Plan: active warming, splint, IV fluids, tetanus toxoid\nDoctor: {NY}\n",
            "[语音转文字] {DS}大夫 我是{AV}的{F} 我阿大{P}的腿压下了 现在在你们帐篷医院吗 人在阿达呢 我找不着 我电话{MV}\n",
            "患儿{P}，{SEX}，7岁，出生日期{DOBC}，地震时与阿奶同睡，被房梁压伤左侧胸部；阿奶无恙。监护人：{F}（阿大），"
                    + "电话{M}；收入野战医院儿科帐篷，收治号{RF}\n",
            "帐篷医院分娩记录\n产妇：{P}  年龄：31岁  收治号：{RF}\n新生儿：{SEX}，体重3150g，Apgar评分1分钟9分、5分钟10分\n"
                    + "新生儿出生日期：{DOBN}\n接生：{DR}、助产士{N}\n家属：{F}（丈夫），{M}\n",
            "Subject: Newborn in the tent hospital\nDear {EG},\nA baby girl was born to {PY} in our field hospital on {DOBNE} "
                    + "(3,150 g, Apgar 9/10). Mother and baby are warm and breastfeeding. Please add them to the winter kit "
                    + "list for tent B-17.\nRegards,\n{NY}\n",
            // Crush injuries and amputations.
            "挤压综合征病程记录\n{D} 患者{P}（住院号{RZ}），左下肢压埋约8小时后获救，CK 38,720 U/L，血钾6.8mmol/L，肌红蛋白尿；"
                    + "行床旁CRRT，左小腿骨筋膜室切开减压\n主治医师：{DR}\n",
            "截肢手术知情同意书（摘要）\n患者：{P}  性别：{SEX}  住院号：{RZ}\n拟行手术：右小腿截肢术（膝下）\n"
                    + "理由：右小腿毁损伤，足背动脉搏动消失，肌肉坏死\n患方签字：{F}（{KIN}）  电话：{M}\n谈话医师：{DR}\n",
            "[微信 骨科兰州-积石山联络群]\n{DR}：{P}的左腿保不住了，家属同意截肢，今晚做\n"
                    + "{N}：阿訇刚来看过，家里人要求截下的肢体交还家属按教门规矩埋\n{NS}主任：可以，病理取材后装好交给{F}\n",
            "Crush injury follow-up – {PY}, hospital no. {RZ}\nDay 5 after extrication. CK 12,400 U/L, creatinine improving, "
                    + "urine output 1.2 ml/kg/h.\nFasciotomy wounds clean. Next: delayed primary closure.\nSurgeon: {NY}\n",
            "[语音转文字] {PG} 你腿上的口子还疼不 阿妈听说你的腿要锯掉 胡都害怕 大夫说了没麻达就好 你尕妹妹天天问你 "
                    + "家里电话{L}\n",
            "截肢病例登记\n| 住院号 | 姓名 | 部位 | 原因 | 手术日期 |\n|---|---|---|---|---|\n| {RZ} | {P} | 左小腿 | 毁损伤 | {D} |\n"
                    + "| {RZ} | {N} | 右前臂 | 挤压坏死 | {D} |\n",
            // Transfers by ambulance and helicopter.
            "伤员转运交接单（救护车）\n车牌：青B·3K172  出车单位：民和县人民医院\n伤员：{P}  性别：{SEX}  年龄：{AGE}\n"
                    + "身份证号：{ID}\n伤情：骨盆骨折，失血性休克代偿期\n途中：晶体液1000ml\n交出：{DR}  接收：{N}\n"
                    + "交接时间：{D} {TIME}\n",
            "直升机转运人员名单\n机号：B-7328  起飞：大河家镇体育场临时起降点  目的地：陇原大学第一医院\n"
                    + "伤员\t身份证号\t伤情\t陪同\n{P}\t{ID}\t颅脑损伤\t{F}\n{N}\t{ID}\t骨盆骨折\t无\n",
            "Helicopter medevac manifest\nAircraft: B-7328  Route: Dahejia landing zone – Lanzhou\n"
                    + "Patient 1: {PY}, DOB {DOBE}, tag JSS-R-0391, pelvic fracture\n"
                    + "Patient 2: {NY}, tag JSS-R-0394, head injury, GCS 10\nFlight nurse: {NY}\n",
            "{\"transferId\":\"ZY-20231219-017\",\"patient\":\"{P}\",\"from\":\"积石山县人民医院\",\"to\":\"陇原大学第一医院\","
                    + "\"vehicle\":\"甘N·12037\",\"hospitalNo\":\"{RZ}\",\"escort\":\"{N}\",\"escortPhone\":\"{M}\"}\n",
            "【陇原大学第一医院】{F}您好，{P}已于{TIME}随直升机抵达我院急诊，现于创伤ICU，主管医生{DR}，探视请先联系{L}。\n",
            "[微信 转运调度群]\n{N}：民和那边又来了两个，一个{P}，一个{NM}，都是黄标\n{DR}：{P}先去县医院拍片，{NM}直接上兰州\n"
                    + "{NS}师傅：救护车青B·5J310到了\n",
            "转诊单\n转出单位：中川乡卫生院\n患者：{P}  出生日期：{DOB}\n医保号：{I}\n初步诊断：胸部挤压伤、多发肋骨骨折\n"
                    + "转入单位：民和县人民医院（病历号{RC}）\n转诊医生：{DR}  电话：{L}\n",
            "救护车出车记录\n日期\t车牌\t伤员\t起点\t终点\t随车医生\n{D}\t甘N·12037\t{P}\t大河家镇卫生院\t临夏州人民医院\t{DR}\n"
                    + "{D}\t甘N·20981\t{N}\t柳沟乡卫生院\t积石山县人民医院\t{N}\n",
            "Transfer summary for the receiving team\nPatient: {PY} (hospital no. {RZ})\n"
                    + "From: Jishishan County People's Hospital\nTo: trauma ICU, Lanzhou\n"
                    + "Issues: flail chest, lactate 4.2, needs ventilation\nNext of kin: {F}, {M}\n",
            // Missing persons and family reunification.
            "寻亲登记表\n登记号：XQ-0387\n寻找人：{F}  与被寻人关系：{KIN}  联系电话：{M}\n"
                    + "被寻人：{P}  性别：{SEX}  出生日期：{DOB}\n身份特征：左眉有疤，穿红色棉袄\n最后见到地点：{A}\n登记人：{N}\n",
            "[微信 大河家寻亲互助群]\n{F}：有没有人见过我们的{P}，{AGE}岁，穿蓝色羽绒服，地震那晚在{A0}他姑家\n"
                    + "{N}：野战医院儿科帐篷好像有个尕娃，你去问问\n{F}：谢谢，我电话{M}\n",
            "Family tracing request (RFL)\nSought person: {PY}, born {DOBE}\nLast seen: {A0}\n"
                    + "Enquirer: {NY} (son, working in Xining), phone {M}\nCase: RFL-CN-0387\nCaseworker: {E}\n",
            "[语音转文字] 喂 是寻亲登记的地方吗 我是{F} 我们的丫头叫{P} 十二岁 那天晚上在她外奶家 {A0} 到现在没消息 "
                    + "阿达都找了 电话是{MV} 你们帮帮忙\n",
            "无人陪伴儿童登记\n临时编号：UC-017\n儿童自述姓名：{P}\n年龄：约6岁  性别：{SEX}\n自述村子：{AV}\n"
                    + "自述父亲：{F}\n暂由{N}（志愿者，{M}）照看于儿童友好空间帐篷\n",
            "失散儿童线索：志愿者{N}报，第三安置点B区有一名女孩自称是{F}家的丫头，约9岁，已带至儿童友好空间；"
                    + "请寻亲组核对，回电{M}\n",
            "[微信 寻亲组]\n{N}：{F}家的尕娃找到了没有\n{N}：找到了，在县医院儿科，叫{P}\n{NS}老师：好，通知他家里人\n",
            "电话核实记录：{D}，寻亲登记人{F}报被寻人{P}身份证号{IDV}（口述），经派出所核对无误；回电{M}\n",
            "寻亲登记补充：被寻人{MN}，经名{MJ}，村里人多叫经名；出生日期{DOB}；寻找人{F}（{M}）\n",
            // Resettlement-site rosters.
            "安置点住户花名册（大河家镇第三安置点）\n帐篷号,户主,身份证号,家庭人口,原住址,电话\nA-12,{P},{ID},5,{A},{M}\n"
                    + "A-13,{N},{ID},3,{A},{M}\n",
            "| 帐篷号 | 户主 | 人口 | 原住址 | 特殊需要 |\n|---|---|---|---|---|\n| B-17 | {P} | 6 | {A0} | 孕妇1人 |\n"
                    + "| B-18 | {MN} | 4 | {A0} | 透析患者 |\n| B-19 | {N} | 2 | {A0} | 独居老人 |\n",
            "{\"site\":\"中川乡第一安置点\",\"tent\":\"3排8号\",\"head\":\"{P}\",\"idCard\":\"{ID}\",\"members\":4,"
                    + "\"origin\":\"{A}\",\"phone\":\"{M}\",\"stove\":\"有\"}\n",
            "[微信 第三安置点住户群]\n{NS}支书：今晚零下18度，每个帐篷再领两床棉被\n{P}：我们B-17的炉子烟囱漏烟\n"
                    + "{N}：我马上过去看\n{DR}：有咳嗽发烧的到医疗帐篷找我\n",
            "[OCR] 安 置 点 人 员 登 记\n姓名 {PO}\n身份证 {ID}\n原住 {A}\n帐篷 C-05\n电话 {M}\n",
            "Shelter site roster (extract) – site 3, Dahejia\nTent,Head of household,Members,Village,Vulnerability\n"
                    + "A-12,{PY},5,{A0},pregnant woman\nA-14,{MY},2,{A0},elderly person living alone\n",
            "[语音转文字] {NS}支书 我是A排的{P} 我们帐篷里阿奶晚上冷得睡不着 电褥子啥的也没有 你看咋弄 我电话{MV}\n",
            // Rescue teams and volunteers.
            "救援队员名单（四川某消防救援支队增援分队）\n姓名\t身份证号\t职务\t电话\n{N}\t{IDR}\t队长\t{M}\n"
                    + "{N}\t{IDR}\t搜救犬训导员\t{M}\n{N}\t{IDR}\t医疗兵\t{MT}\n",
            "志愿者报到登记\n| 姓名 | 来自 | 志愿汇ID | 电话 | 岗位 |\n|---|---|---|---|---|\n| {N} | 兰州 | 38712654 | {M} | 物资分发 |\n"
                    + "| {NM} | 临夏 | 40291837 | {M} | 东乡语翻译 |\n",
            "[微信 陕西救援队前方群]\n{NS}队长：今天任务在刘集乡，三个组\n{N}：搜救犬状态正常\n"
                    + "{PK}：天通卫星电话{MT}，山里没信号打这个\n",
            "{\"team\":\"宁夏回族自治区某救援队\",\"member\":\"{N}\",\"idCard\":\"{IDR}\",\"role\":\"医生\",\"phone\":\"{M}\","
                    + "\"bloodType\":\"A\",\"arrival\":\"{D}\"}\n",
            "Rescue and relief contacts – international liaison\nName,Organisation,Role,Phone\n"
                    + "{E},IFRC field assessment,team leader,{MX}\n{E2},IFRC field assessment,WASH delegate,{MX}\n"
                    + "{NY},Gansu Red Cross,interpreter,{M}\n{TE},Huangnan Tibetan volunteers,driver,{M}\n",
            "[语音转文字] {DS}大夫 我是{AV}的{N} 那个外省来的救援队的{PK} 昨晚在我们村挖了一夜 现在发烧了 你来看一下 "
                    + "我电话{MV}\n",
            "救援现场记录：{D} {TIME}，在{A0}从倒塌房屋中救出{P}（{AGE}岁），被压约11小时，意识清，左下肢不能活动；"
                    + "{NS}队长带队，队员{N}、{PK}参与；交医疗组{DR}\n",
            "外籍救援人员入境登记\n姓名：{E}\n所属机构：红十字会与红新月会国际联合会\n护照号：FJ2839174\n在华联系电话：{M}\n紧急联系人：{E2}，{MX}\n",
            "Visa and permit list – NGO team\nName,Passport,Visa,Phone\n{E},TS1837264,Z (humanitarian),{MX}\n"
                    + "{E2},U12873645,Z (humanitarian),{MX}\n",
            // Psychological first aid.
            "心理急救记录（PFA）\n对象：{P}  性别：{SEX}  年龄：{AGE}\n安置点：大河家镇第三安置点 帐篷A-12\n"
                    + "情况：家中两名亲人遇难，自述睡不着，反复想起当晚情景\n处置：倾听、提供信息、联系社会支持；未作诊断\n"
                    + "随访：三天后\n心理志愿者：{N}  电话：{M}\n",
            "Psychological first aid contact sheet\nPerson: {PY} ({AGE} y)\n"
                    + "Concerns: lost her house, worried about the children's schooling\n"
                    + "Support given: listening, practical help with relief registration\n"
                    + "Referral: none needed now; follow-up by {E}\nLocal volunteer: {NY}, {M}\n",
            "救援人员心理支持：{P}（外省救援队队员），连续搜救72小时，今日参与遗体搬运后情绪低落；予以休整、同伴支持，"
                    + "告知心理热线{L}；记录人{N}\n",
            // Epidemic prevention in the camps.
            "安置点卫生防疫日志\n{D}\n消杀：帐篷区、旱厕、垃圾点各2次（含氯消毒剂500mg/L）\n症状监测：腹泻2例、发热4例\n"
                    + "腹泻病例：{P}（帐篷B-19），{AGE}岁，已送医疗帐篷；{N}（帐篷C-05）\n报告人：{DR}\n",
            "传染病疑似病例报告\n姓名：{P}  身份证号：{ID}\n现住：中川乡第一安置点 3排8号（原住{A}）\n"
                    + "症状：发热38.9℃、咳嗽\n流感抗原：甲型阳性\n报告单位：中川乡卫生院  报告人：{DR}  电话：{L}\n",
            "WASH and disease surveillance – shelter site 3\nWeek 1: 14 acute watery diarrhoea, 31 ILI, 0 measles\n"
                    + "Cluster: 5 ILI cases in tents C-01 to C-06, index case {PY}\n"
                    + "Action: masks, isolation tent, oseltamivir for high-risk contacts\nReported by {NY}, {M}\n",
            "[微信 防疫消杀群]\n{N}：今天B区旱厕已消毒\n{DR}：{P}家娃娃腹泻三天了，让他们到医疗帐篷来\n"
                    + "{NS}会计：好，我拿喇叭再喊一遍，生水不能喝\n",
            "安置点儿童补种登记\n姓名,出生日期,监护人,电话,疫苗,批号\n{P},{DOBC},{F},{M},麻腮风,202311047\n"
                    + "{N},{DOBC},{F},{M},乙脑,J202310025\n",
            "一氧化碳中毒病例：{P}，{AGE}岁，帐篷内燃煤取暖，晨起头痛呕吐，COHb 28%，予高流量吸氧后转积石山县人民医院；"
                    + "同帐篷{F}症状轻微；已向安置点通报\n",
            "晨检登记（安置点学校帐篷）\n学号,姓名,体温,症状,家长电话\n20230415,{P},{TEMP},无,{M}\n"
                    + "20230416,{N},{TEMP},咳嗽,{M}\n",
            // Donations.
            "公益事业捐赠票据\n票据号码：甘捐字（2023）第0038712号\n捐赠人：{N}\n捐赠项目：积石山地震救灾\n"
                    + "金额：人民币伍仟元整（¥5,000.00）\n收款单位：甘肃省慈善总会（盖章）\n开票人：{N}\n",
            "Donation receipt\nReceipt no.: DR-2023-12-0387\nDonor: {E}\nAmount: CHF 2,000.00\n"
                    + "Purpose: winter kits for the Jishishan shelters\nContact: {MX}\n",
            "物资捐赠登记\n| 日期 | 捐赠人 | 物资 | 数量 | 联系电话 |\n|---|---|---|---|---|\n| {D} | {N} | 棉被 | 200床 | {M} |\n"
                    + "| {D} | {NM} | 清真方便面 | 300箱 | {M} |\n",
            "[微信 临夏清真寺捐赠对接]\n{MN}：寺里乡老们凑了棉衣500件，明早送第三安置点\n{N}：谢谢{MS}阿訇，到了打我电话{M}\n",
            // Relief payments and insurance.
            "过渡期生活救助金发放表\n序号,姓名,身份证号,人口,金额(元),一卡通账号\n1,{P},{ID},5,3000,{B}\n"
                    + "2,{N},{ID},3,1800,{B}\n",
            "遇难人员家属抚慰金发放登记\n遇难者：{P}\n领取人：{F}（{KIN}）  身份证号：{ID}\n金额：人民币伍万元\n"
                    + "账户：{B}\n经办人：{N}  电话：{L}\n",
            "农房保险理赔登记：户主{P}，身份证号{ID}，住址{A}，房屋倒塌，保单号PHEB202362290000387，报案号RCL-2023-12-0417，"
                    + "赔款打入{B}\n",
            "医保异地就医备案：{P}，医保个人编号{IP}，参保地积石山县，就医地兰州；救灾伤员医疗费用先救治后结算；经办{N}\n",
            "[微信 救助金核对群]\n{N}：{P}的一卡通号是不是{B}\n{NS}会计：对，身份证{ID}也对上了\n{N}：好，明天一起打\n",
            "Cash assistance distribution list (NGO)\nHH ID,Head of household,ID card,Amount (CNY),Bank card\n"
                    + "HH-0387,{PY},{ID},2000,{B}\nHH-0388,{MY},{ID},2000,{B}\n",
            "【积石山县民政局】{P}您好，您家过渡期生活救助金已发放至一卡通账户{B}，如有疑问请拨打{L}。\n",
            "城乡居民医保参保信息：{P}，合作医疗证号{IC}，身份证号{ID}，家庭住址{A}；伤员医疗费用纳入救灾专项\n",
            "救灾伤员医疗费用减免名单\n姓名\t医保号\t住院号\t总费用\t减免\n{P}\t{I}\t{RZ}\t38,450.00\t全额\n"
                    + "{N}\t{I}\t{RC}\t12,870.00\t全额\n",
            // Deaths, written neutrally.
            "居民死亡医学证明（推断）书（摘要）\n编号：620000-2023-00417\n死者姓名：{P}  性别：{SEX}  民族：撒拉族\n"
                    + "身份证号：{ID}\n出生日期：{DOB}\n常住地址：{A}\n死亡原因：（a）颅脑损伤 （b）建筑物倒塌\n医师签名：{DR}\n",
            "Death notification (family-support programme)\nName of the deceased: {PY}\nDate of birth: {DOBE}\n"
                    + "Place: {A0}\nCause: injuries sustained in the earthquake (building collapse)\nNext of kin: {MY}, {M}\n",
            "遇难人员信息核对\n| 姓名 | 性别 | 年龄 | 村社 | 家属 | 家属电话 |\n|---|---|---|---|---|---|\n"
                    + "| {P} | {SEX} | {AGE} | {A0} | {F} | {M} |\n",
            "[OCR] 死 亡 证 明\n姓 名 {PO}\n出生 日期 {DOB}\n住 址 {A}\n编 号 620000-2023-00421\n",
            "遇难者善后：{TB}（藏族，{AGE}岁），{AV}人，家属按当地习俗办理后事，寺院僧人协助；联系人{N}，{M}\n",
            "[语音转文字] 阿訇 我是{MN} 经名叫{MJ} 我阿大埋体的事情 县上说要先开死亡证明 我们按教门要三天内埋 你帮我问一下 电话{MV}\n",
            // WeChat groups of villages and rescuers.
            "[微信 河崖村村民群]\n{NS}支书：各家各户注意，下午三点在村委会门口领帐篷\n{P}：我们社的几户还没统计上\n"
                    + "{N}：我家阿爷的降压药没了，阿达能领药\n{DR}：来医疗帐篷找我\n",
            "[微信 金田村互助群]\n{N}：沟里那边泥流把路堵了\n{PK}：我开铲车过去，谁跟我\n{N}：我去，尕{NS}家的几口人还在上面\n",
            "[微信 救援队-村医对接]\n{N}：{A0}还有一户老人不愿意出来\n{DR}：是{P}老汉吗，他有心衰，我跟你一起去\n"
                    + "{NS}队长：注意余震，十分钟内必须撤\n",
            "[微信 藏区志愿者群]\n{TB}：我们从黄南拉来的牛羊肉和酥油到了\n{N}：送到第三安置点，{TB}你到了联系我{M}\n",
            "[微信 国际组协调]\n{E}：We need 30 more family tents at site 3\n{N}：好的，我跟{NS}主任说\n"
                    + "{EG}：Thanks! The family of {PY} also asked about cash assistance\n",
            "[微信 东乡语翻译志愿者]\n{N}：帐篷A-12的阿奶只会说东乡话，大夫问她哪里疼\n{MN}：我来，我会东乡话\n"
                    + "{DR}：谢谢{MJ}，你问她肚子疼不疼\n",
            "[微信 保安族联络]\n{NS}：大河家镇的保安族老人{NM}今天转兰州了\n{N}：他家里人{F}电话{M}，到了通知一下\n",
            "[微信 野战医院护理组]\n{N}：老{DS}，6床{P}夜里又喊疼\n{DR}：给曲马多，半小时后再评\n"
                    + "{N}：好的{DS}医生，{PS}阿爷说腿像火烧一样\n",
            "[微信 帐篷医院家属群]\n{F}：{PS}阿爷今天吃饭了没\n{N}：吃了半碗面片，{P}的血压也正常了\n"
                    + "{DR}：明天换药，{FS}师傅你早上八点前过来\n",
            "儿科帐篷护理记录：{P}，6岁，今天精神好，能自己吃饭，叫“{PG}”能应答；其{KIN}{F}陪护；护士{N}\n",
            // Voice notes in north-western dialect.
            "[语音转文字] 尕{NS} 我是你阿姐 帐篷里都好着呢 没麻达 阿大的腿打了石膏 娃娃们胡都乖 你在兰州好好的 "
                    + "回来给阿奶买个电热毯 打我这个电话{MV}\n",
            "[语音转文字] {DS}大夫 我是{PG} 就是昨天你给缝针的那个 伤口有点渗水 阿达能换药 明天还在帐篷医院吗 我电话{MV}\n",
            "[语音转文字] 身份证号我念一下 {IDV} 名字是{P} 是我阿大 腿压坏了 现在在县医院 我连手{N}陪着呢\n",
            "[语音转文字] {NS}主任 我是{P}的阿姐 他在你们医院住着呢 住院号是{RZ} 我们攒劲得很 就是钱的事情咋弄 "
                    + "你给我回个电话{MV}\n",
            // OCR'd forms.
            "[OCR] 救 助 金 领 取 单\n领取人 {PO}\n身份证号 {ID}\n账 号 {B}\n金 额 壹仟捌佰元\n",
            "[OCR] 寻 亲 登 记\n被寻人 {PO}\n出生 {DOB}\n寻找人电话 {M}\n登记号 XQ-0398\n",
            "[OCR] 陇原大学第一医院 住院病案首页（节选）\n住院号 {RZ}\n姓名 {PO}\n出生日期 {DOB}\n身份证 {ID}\n现住址 {A}\n"
                    + "联系人 {F} 电话 {M}\n",
            "[OCR] 志 愿 者 登 记 表\n姓名 {PO}\n身份证号码 {ID}\n手机 {M}\n志愿汇ID 40291837\n",
            "[OCR] 民和县人民医院 出院证明\n姓名 {PO} 病历号 {RC}\n诊断：左胫腓骨骨折\n医师 {DR}\n",
            "[OCR] 合 作 医 疗 证\n户主 {PO}\n证号 {IC}\n住址 {A}\n",
            // SMS and e-mails.
            "【民和县人民医院】{P}家属：患者已转入骨科病区，病历号{RC}，主治医生{DR}，咨询{L}。请勿轻信陌生人借款信息。\n",
            "【安置点通知】{P}您好，您所在帐篷D-21今晚请注意用火安全，如需药品请联系医疗帐篷{DR}医生{M}。\n",
            "主题：关于伤员{P}转入我院后续治疗的函\n积石山县人民医院：\n贵院转来的伤员{P}（身份证号{ID}）已于昨日入住我院骨科，"
                    + "住院号{RZ}，目前生命体征平稳。家属{F}联系电话{M}。\n陇原大学第一医院医务部 {N}\n",
            "Subject: Prosthesis referral – {PY}\nDear {E},\nFollowing his below-knee amputation, {PY} (born {DOBE}) will "
                    + "need a temporary prosthesis in about six weeks. His wife {NY} can be reached on {M}. The family lives "
                    + "in tent A-14, shelter site 3.\nKind regards,\n{NY}\nLongyuan University First Hospital\n",
            "Subject: Re: interpreters for Dongxiang-speaking patients\nHi {EG},\nWe found two volunteers: {NY} ({M}) and "
                    + "{MY}, who also speaks Salar. Please ask them to meet Dr {ES} at the field hospital gate at 8:30.\n"
                    + "Thanks,\n{E2}\n",
            // English situation reports and notes.
            "Situation report (health cluster), day 4\nField hospital census: 46 inpatients, 9 crush injuries, "
                    + "3 amputations, 2 births\nNotable: {PY} (admission no. {RF}) with crush syndrome started dialysis "
                    + "in Linxia\nTibetan volunteer liaison: {TE}\nCluster contact: {E}, {MX}\n",
            "Interview notes – Tibetan herder family (through an interpreter)\nHousehold: {TE}, his wife {TE}, three "
                    + "children\nLivestock shed collapsed; no injuries\nNeeds: stove, coal, winter fodder\n"
                    + "Interpreter: {NY}, {M}\n",
            "Volunteer sign-in sheet\nDate: {D}\nName | Organisation | Phone | Task\n{E} | Swiss Red Cross | {MX} | logistics\n"
                    + "{NY} | Lanzhou university volunteers | {M} | registration\n",
            "Referral letter\nTo: Dr {ES}, mobile clinic 2\nRe: {PY}, born {DOBE}, insulin-dependent diabetes, insulin "
                    + "lost under the rubble\nHome: {A0}; now in tent B-18\nPlease review and resupply. Contact {NY}, {M}\n",
            // Minority villagers, Tibetan and Tu patients.
            "藏族伤员登记：{TB}，{SEX}，{AGE}岁，身份证号{ID}，家住{A}，右锁骨骨折，由翻译{N}协助沟通；联系电话{M}\n",
            "土族伤员{P}，{AGE}岁，{AV}人，出生日期农历{DOBL}，家属{F}介绍；身份证在倒塌房中未找到，派出所补办中\n",
            "撒拉族伤员{MN}（经名{MJ}），{AGE}岁，家住{A}；家里人习惯叫他经名；左股骨骨折术后，饮食需清真；"
                    + "联系人{F}，{M}\n",
            "独居老人摸排\n| 姓名 | 出生日期 | 村社 | 慢病 | 联系人 |\n|---|---|---|---|---|\n"
                    + "| {P} | 农历{DOBL} | {A0} | 高血压 | {F} {M} |\n| {N} | {DOBM} | {A0} | 慢阻肺 | {N} {M} |\n",
            "村医随访（帐篷巡诊）：{D}，{A0}{P}，{AGE}岁，出生年月{DOBM}，高血压，血压{BP}，药在倒塌房中未取出，"
                    + "已补发硝苯地平；其{KIN}{F}在场\n",
            "亲属来电：{F}（{P}之女，住{A}）询问父亲在野战医院的情况，已告知收治号{RF}及病情；回电{M}\n",
            "东乡族伤员{MN}，{SEX}，出生日期{DOB}，只会说东乡话，由志愿者{NM}翻译；陈旧性左踝骨折，本次新发右桡骨远端骨折；"
                    + "家属电话{M}\n",
            "高危孕产妇登记（安置点）\n姓名：{P}  出生日期：{DOB}\n孕周：34周  胎次：G3P2\n原住址：{A}\n现住：第三安置点 帐篷B-17\n"
                    + "丈夫：{F}  电话：{M}\n责任医生：{DR}（{L}）\n",
            "伤员家属信息\n姓名,关系,身份证号,电话,住址\n{F},{KIN},{ID},{M},{A}\n{N},兄弟,{ID},{M},{A0}\n",
            "地震伤员随访登记：{P}，出院后回到{A0}的过渡板房；随访电话{M}；本次主诉右手虎口处伤口已愈，鲜血已止多日，"
                    + "偶有麻木；随访医生{DR}（{L}）\n",
            "{\"patientName\":\"{P}\",\"pinyin\":\"{PY}\",\"idCard\":\"{ID}\",\"dob\":\"{DOB}\",\"hospitalNo\":\"{RZ}\","
                    + "\"insurance\":\"{IP}\",\"homeAddress\":\"{A}\",\"contact\":\"{F}\",\"contactPhone\":\"{M}\"}\n",
            "{\"volunteer\":\"{N}\",\"platformId\":\"wxid_jss0387\",\"phone\":\"{M}\",\"shift\":\"夜班\",\"site\":\"第三安置点\","
                    + "\"tent\":\"D-21\",\"supervisor\":\"{N}\"}\n",
            "救援人员健康登记\n| 姓名 | 来自 | 身份证号 | 手机 | 症状 |\n|---|---|---|---|---|\n| {N} | 外省增援 | {IDR} | {M} | 咳嗽 |\n"
                    + "| {N} | 外省增援 | {IDR} | {MT} | 冻伤 |\n| {TB} | 黄南志愿者 | {ID} | {M} | 无 |\n",
            "震级6.2级，震中35.70°N、102.79°E；截至{D}，陇原大学第一医院累计收治伤员137人。今日出院：{P}（住院号{RZ}）、"
                    + "{N}（住院号{RZ}）\n",
            "心理援助转介单\n姓名：{P}  出生年月：{DOBM}\n安置点帐篷：C-05\n原住址：{A}\n转介原因：持续失眠、回避，已超过一个月\n"
                    + "转介至：临夏州精神卫生服务机构\n转介人：{N}  电话：{M}\n");

    /**
     * The Chinese pool with each name's pinyin (family name first): Hui, Salar, Dongxiang, Bao'an and Tu villagers, Han
     * neighbours, rescuers, doctors, nurses and children.
     */
    static final List<String> NAMES = List.of(
            "马尕虎|Ma Gahu", "马哈三|Ma Hasan", "马牙古白|Ma Yagubai", "马乙四夫|Ma Yisifu", "马海麦|Ma Haimai", "马成禄|Ma Chenglu",
            "马索菲|Ma Suofei", "马尔撒|Ma Ersa", "马木哈麦|Ma Muhamai", "马玉祥|Ma Yuxiang", "马尕买|Ma Gamai", "马守礼|Ma Shouli",
            "马耀武|Ma Yaowu", "马德义|Ma Deyi", "马有录|Ma Youlu", "马艾莎|Ma Aisha", "马宇航|Ma Yuhang", "马艾力|Ma Aili",
            "马赛力麦|Ma Sailimai", "马五十三|Ma Wushisan", "马良|Ma Liang", "马哈吉|Ma Haji", "马舍木|Ma Shemu", "马苏力曼|Ma Sulimen",
            "马伊布|Ma Yibu", "马奴海|Ma Nuhai", "马胡赛尼|Ma Husaini", "马尕东|Ma Gadong", "马海山|Ma Haishan", "马占虎|Ma Zhanhu",
            "马进堂|Ma Jintang", "韩尕奴|Han Ganu", "韩胡赛|Han Husai", "韩麦丽|Han Maili", "韩撒里|Han Sali", "韩光祖|Han Guangzu",
            "韩尕五|Han Gawu", "韩依娜|Han Yina", "韩古丽|Han Guli", "韩四十一|Han Sishiyi", "韩尕斯|Han Gasi", "韩哈克|Han Hake",
            "韩麦乃|Han Mainai", "冶成福|Ye Chengfu", "冶海麦|Ye Haimai", "冶正清|Ye Zhengqing", "喇永贵|La Yonggui",
            "喇尕三|La Gasan", "喇海平|La Haiping", "妥善|Tuo Shan", "妥玉林|Tuo Yulin", "癿进财|Qie Jincai", "癿占奎|Qie Zhankui",
            "绽进堂|Zhan Jintang", "祁连|Qi Lian", "祁永寿|Qi Yongshou", "巩存录|Gong Cunlu", "拜占祥|Bai Zhanxiang",
            "鲜维新|Xian Weixin", "纳守信|Na Shouxin", "何尕西|He Gaxi", "何冬林|He Donglin", "何存香|He Cunxiang", "何沐宸|He Muchen",
            "汪成虎|Wang Chenghu", "唐尕林|Tang Galin", "海存礼|Hai Cunli", "王存福|Wang Cunfu", "王改花|Wang Gaihua",
            "王有才|Wang Youcai", "王进孝|Wang Jinxiao", "王兰香|Wang Lanxiang", "王转兰|Wang Zhuanlan", "王拴柱|Wang Shuanzhu",
            "王沐晴|Wang Muqing", "李存兰|Li Cunlan", "李忠孝|Li Zhongxiao", "李菊香|Li Juxiang", "李永寿|Li Yongshou",
            "李改莲|Li Gailian", "李欣蕊|Li Xinrui", "李生财|Li Shengcai", "李煜祺|Li Yuqi", "张进财|Zhang Jincai",
            "张世俊|Zhang Shijun", "张存弟|Zhang Cundi", "张楚涵|Zhang Chuhan", "张拴宝|Zhang Shuanbao", "张芷萱|Zhang Zhixuan",
            "刘存礼|Liu Cunli", "刘兆林|Liu Zhaolin", "刘换弟|Liu Huandi", "刘奕辰|Liu Yichen", "刘思远|Liu Siyuan",
            "杨占山|Yang Zhanshan", "杨桂香|Yang Guixiang", "杨腊月|Yang Layue", "杨陇英|Yang Longying", "杨尕虎|Yang Gahu",
            "赵振邦|Zhao Zhenbang", "赵巧花|Zhao Qiaohua", "赵桃花|Zhao Taohua", "赵若岚|Zhao Ruolan", "陈守业|Chen Shouye",
            "陈陇生|Chen Longsheng", "魏建邦|Wei Jianbang", "魏子墨|Wei Zimo", "孔德禄|Kong Delu", "郭存孝|Guo Cunxiao",
            "蒲建龙|Pu Jianlong", "吕德寿|Lyu Deshou", "辛存花|Xin Cunhua", "鲍进仓|Bao Jincang", "秦福寿|Qin Fushou",
            "罗川东|Luo Chuandong", "邓蜀军|Deng Shujun", "雷鸿飞|Lei Hongfei", "杜鹏程|Du Pengcheng", "苟江川|Gou Jiangchuan",
            "冉峻岭|Ran Junling", "任秦川|Ren Qinchuan", "丁国祥|Ding Guoxiang", "周雅婷|Zhou Yating", "孟祥瑞|Meng Xiangrui",
            "范思琪|Fan Siqi", "高金城|Gao Jincheng", "牛亚丽|Niu Yali", "陕海麦|Shan Haimai", "陕进孝|Shan Jinxiao",
            "赛海禄|Sai Hailu");
    /** The Chinese names in characters. */
    static final List<String> CHINESE = NAMES.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    /** Surnames of Linxia and Xunhua Muslim families no earlier group gave anyone: 癿 (Qie), 陕 (Shan), 赛 (Sai). */
    static final String RARE_SURNAMES = "癿陕赛";
    /** Pool names that are also words: the Qilian range, proper (appropriately), a good horse (and the painter of the fable). */
    static final List<String> WORD_LIKE = List.of("祁连", "妥善", "马良");
    /** Muslim villagers: characters|religious name (经名)|pinyin. */
    static final List<String> MUSLIM = List.of("韩永禄|伊斯玛仪|Han Yonglu", "冶尕奴|努哈|Ye Ganu",
            "喇文礼|哈伦|La Wenli", "妥占海|苏莱曼|Tuo Zhanhai", "何尕宝|阿卜杜拉|He Gabao", "汪尕西|赛里木|Wang Gaxi",
            "韩素梅|阿米乃|Han Sumei", "马进宝|叶海亚|Ma Jinbao", "喇秀云|苏菲娅|La Xiuyun", "马全福|优素夫|Ma Quanfu",
            "韩尕麦|阿伊莎|Han Gamai", "冶进福|伊萨|Ye Jinfu", "马存礼|阿丹|Ma Cunli", "韩占海|伊勒亚斯|Han Zhanhai",
            "马海禄|穆罕默德|Ma Hailu");
    /** The Muslim villagers in characters (MN, NM). */
    static final List<String> MINORITY = MUSLIM.stream().map(h -> h.split("\\|")[0]).toList();
    /** Tibetan herders and volunteers: characters|as English reports spell them. */
    static final List<String> TIBETAN = List.of("夏吾加|Shawo Gyal", "卓玛草|Drolma Tsho",
            "仁青当周|Rinchen Dondrub", "闹吾加|Norbu Gyal", "乔么草|Chomo Tsho", "桑杰本|Sangye Bum", "周毛吉|Drukmo Kyid",
            "更登|Gendun", "多杰太|Dorje Tar", "角巴加|Jampa Gyal", "拉加才让|Lhagyal Tsering", "德吉措|Dekyi Tso",
            "华旦加|Hualdan Gyal");
    /** Village and rescue-team nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("尕锁子", "黑娃子", "大脚韩", "铁头杨", "尕蛋蛋", "豁牙子", "憨娃子",
            "尕胡子", "铁锹李", "瘦猴马");
    /** Foreign NGO staff, given|family: Nordic, Nepali, Japanese, Turkish, Malaysian, Swiss, Canadian, others. */
    static final List<String> ENGLISH = List.of("Halldóra|Kristjánsdóttir", "Bishnu|Khatiwada",
            "Anupama|Lamichhane", "Dambar|Thapaliya", "Takeru|Yokomizo", "Haruna|Matsuzaki", "Zeynep|Tekinalp",
            "Gökhan|Çelikkol", "Hafizuddin|Rosli", "Nurhidayah|Jusoh", "Fridolin|Zgraggen", "Rosaire|Lalonde",
            "Mairead|Ó Súilleabháin", "Javad|Rahimzadeh", "Sindre|Sørbøe", "Kjersti|Hvidsten", "Eldbjørg|Oftedal",
            "Behrouz|Ebrahimi", "Khairul|Ramli");

    /**
     * Area codes of Linxia (临夏市, 临夏县, 康乐, 永靖, 广河, 和政, 东乡, 积石山), Haidong (乐都, 平安, 民和, 互助, 化隆, 循化),
     * Lanzhou and Xining, and of the rescuers' provinces: Sichuan, Shaanxi, Ningxia, Chongqing.
     */
    private static final List<String> LOCAL_AREA = List.of("622901", "622921", "622922", "622923", "622924", "622925",
            "622926", "622927", "622927", "622927", "630202", "630203", "630222", "630222", "630222", "630223",
            "630224", "630225", "620102", "620103", "620104", "620105", "630102", "630103", "630104", "630105");
    private static final List<String> RESCUER_AREA = List.of("510104", "510107", "510703", "511102", "610103",
            "610113", "610402", "640104", "640302", "640402", "500103", "500112");
    private static final List<String> AREA = Stream.concat(LOCAL_AREA.stream().distinct(), RESCUER_AREA.stream())
            .toList();
    /** City codes of the medical-insurance personal numbers. */
    private static final List<String> CITY_CODES = List.of("6229", "6302", "6201", "6301");
    /** County codes of the rural co-operative medical certificates. */
    private static final List<String> COUNTY_CODES = List.of("622927", "622926", "622924", "630222", "630225",
            "630224");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622202", "621098", "621799", "623668");
    /** Province|prefecture|county in full|county short|town:village,village;… */
    private static final List<String> RURAL = List.of(
            "甘肃省|临夏回族自治州|积石山保安族东乡族撒拉族自治县|积石山县|大河家镇:大河村,康吊村,陶家村,周家村;"
                    + "柳沟乡:陈家村,尕集村,斜套村;刘集乡:河崖村,阳山村,高李村;石塬乡:石塬村,刘安村,肖家村;"
                    + "吹麻滩镇:吹麻滩村,崔家村",
            "青海省|海东市|民和回族土族自治县|民和县|中川乡:金田村,草滩村,光明村,美一村;官亭镇:鲍家村,喇家村,别落村;"
                    + "杏儿乡:杏儿村,大庄村;古鄯镇:古鄯村,宋家村",
            "青海省|海东市|循化撒拉族自治县|循化县|街子镇:三兰巴海村,托隆都村;积石镇:沙坝塘村,石头坡村",
            "甘肃省|临夏回族自治州|临夏县|临夏县|莲花镇:莲花村,东塬村;尹集镇:新集村,大滩村");
    /** Province|city|district|roads|estates of Lanzhou, Linxia city, Xining and the county town of Minhe. */
    private static final List<String> URBAN = List.of(
            "甘肃省|兰州市|城关区|东岗西路,盘旋路,庆阳路,雁滩路|雁滩家园,东岗小区,盘旋路家属院",
            "甘肃省|兰州市|七里河区|西津西路,建兰路|建兰小区,西津花园",
            "甘肃省|临夏回族自治州|临夏市|团结路,解放路,红园路,前河沿路|八坊小区,红园新村",
            "青海省|西宁市|城东区|八一路,东关大街|东关小区,八一花园",
            "青海省|海东市|民和回族土族自治县|湟水路,川垣大街|川口新村,湟水家园");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> LUNAR_MONTHS = List.of("正月", "二月", "三月", "四月", "五月", "六月", "七月",
            "八月", "九月", "十月", "冬月", "腊月");
    /** The countries of the NGO staff's numbers. */
    static final List<String> ABROAD = List.of("NO", "CH", "JP", "NP", "TR", "MY", "IR", "AT", "CA");
    private static final String NUMERALS = "〇一二三四五六七八九";
    /** Every form that names someone in full, with the pool name it stands for (see {@link #fullNameOf}). */
    private static final Map<String, String> FULL_NAMES = fullNames();
    /** Every surname, given name and English name part a labelled value may be (see {@link #isPoolName}). */
    private static final Set<String> NAME_PARTS = nameParts();

    private Blind56Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_56 || !templates.isEmpty() && BLIND_56.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Muslim villager (MN), in characters. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] muslim(String han) {
        for (String h : MUSLIM) {
            String[] p = h.split("\\|");
            if (p[0].equals(han)) return p;
        }
        throw new IllegalArgumentException(han);
    }

    /** The religious name (经名) in characters: 优素夫 of 马全福. */
    static String religiousName(String han) {
        return muslim(han)[1];
    }

    /** The pinyin of a Muslim villager: Ma Quanfu of 马全福. */
    static String muslimPinyin(String han) {
        return muslim(han)[2];
    }

    static List<String> religiousNames() {
        return MUSLIM.stream().map(h -> h.split("\\|")[1]).toList();
    }

    static List<String> muslimPinyinNames() {
        return MUSLIM.stream().map(h -> h.split("\\|")[2]).toList();
    }

    static List<String> tibetanNames() {
        return TIBETAN.stream().map(t -> t.substring(0, t.indexOf('|'))).toList();
    }

    static List<String> tibetanLatinNames() {
        return TIBETAN.stream().map(t -> t.substring(t.indexOf('|') + 1)).toList();
    }

    /** The pinyin of a Chinese pool name, family name first: Ma Gahu. */
    static String pinyinOf(String han) {
        for (String e : NAMES) {
            if (e.substring(0, e.indexOf('|')).equals(han)) return e.substring(e.indexOf('|') + 1);
        }
        throw new IllegalArgumentException(han);
    }

    private static String pinyinFamily(String han) {
        String p = pinyinOf(han);
        return p.substring(0, p.indexOf(' '));
    }

    private static String pinyinGiven(String han) {
        String p = pinyinOf(han);
        return p.substring(p.indexOf(' ') + 1);
    }

    /** A name as English documents spell it: MA GAHU, Ma Gahu, Gahu Ma, MA Gahu. */
    static String pinyinForm(String han, RandomGenerator r) {
        String f = pinyinFamily(han), g = pinyinGiven(han);
        return switch (r.nextInt(4)) {
            case 0 -> f.toUpperCase() + " " + g.toUpperCase();
            case 1 -> f + " " + g;
            case 2 -> g + " " + f;
            default -> f.toUpperCase() + " " + g;
        };
    }

    private static List<String> pinyinFormsOf(String han) {
        String f = pinyinFamily(han), g = pinyinGiven(han);
        return List.of(f.toUpperCase() + " " + g.toUpperCase(), f + " " + g, g + " " + f, f.toUpperCase() + " " + g);
    }

    /** Every written pinyin form of the pool's names. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String han : CHINESE) out.addAll(pinyinFormsOf(han));
        return out;
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /**
     * A village: 甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县大河家镇大河村3社12号, 积石山县大河家镇大河村三社,
     * 民和县中川乡金田村5组; {@code partial} stops at the town or the village.
     */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(RURAL, r).split("\\|");
        String county = withProvince ? t[0] + t[1] + t[2] : r.nextInt(3) == 0 ? t[1] + t[2] : t[3];
        String[] towns = t[4].split(";");
        String[] town = towns[r.nextInt(towns.length)].split(":");
        String village = one(town[1], r);
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> town[0] + village;
                case 1 -> county + town[0];
                default -> county + town[0] + village;
            };
        }
        int unit = 1 + r.nextInt(9);
        String s = county + town[0] + village
                + (r.nextBoolean() ? String.valueOf(unit) : String.valueOf(NUMERALS.charAt(unit)))
                + (r.nextInt(4) == 0 ? "组" : "社");
        return r.nextBoolean() ? s : s + (1 + r.nextInt(80)) + "号";
    }

    /**
     * A flat: 甘肃省兰州市城关区东岗西路126号雁滩家园3号楼2单元502室, 临夏市团结路18号; {@code partial} stops at the road or its
     * number.
     */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(URBAN, r).split("\\|");
        String district = (withProvince ? t[0] + t[1] : r.nextBoolean() ? t[1] : "") + t[2];
        String road = district + one(t[3], r);
        String number = road + (1 + r.nextInt(300)) + "号";
        if (partial) return r.nextBoolean() ? road : number;
        return r.nextInt(3) == 0 ? number : number + one(t[4], r) + (1 + r.nextInt(20)) + "号楼" + (1 + r.nextInt(4))
                + "单元" + (1 + r.nextInt(18)) + String.format("%02d", 1 + r.nextInt(4)) + "室";
    }

    /** A village without its unit: 大河家镇大河村 or 积石山县大河家镇大河村 (where the text says the person is from a village). */
    static String villageOnly(RandomGenerator r) {
        String[] t = pick(RURAL, r).split("\\|");
        String[] towns = t[4].split(";");
        String[] town = towns[r.nextInt(towns.length)].split(":");
        return (r.nextBoolean() ? "" : r.nextInt(3) == 0 ? t[1] + t[2] : t[3]) + town[0] + one(town[1], r);
    }

    /** An address: a village (most of the villagers) or a flat. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 7 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    private static String area(RandomGenerator r) {
        return r.nextInt(5) == 0 ? pick(RESCUER_AREA, r) : pick(LOCAL_AREA, r);
    }

    /**
     * A resident ID: 18 characters (born 1935 to 2020) plain, with a lower-case x, 6-8-4 by blanks or hyphens, or an
     * elderly villager's 15-digit number (born 1930 to 1965).
     */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(10) == 0) return IdentifierForms.legacyId(area(r), 30, 36, r);
        String id = IdentifierForms.residentId(area(r), 1935, 86, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** An ID read aloud: numerals, the one as 幺 or 一, nought as 零, X as 叉; run on or 6-8-4 by blanks. */
    static String spokenIdNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(LOCAL_AREA, r), 1935, 86, r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : id.toCharArray()) {
            if (c == 'X') b.append('叉');
            else if (c == '1') b.append(one);
            else if (c == '0') b.append('零');
            else b.append(NUMERALS.charAt(c - '0'));
        }
        String s = b.toString();
        return r.nextBoolean() ? s : s.substring(0, 6) + " " + s.substring(6, 14) + " " + s.substring(14);
    }

    /** A rescuer's resident ID, issued in Sichuan, Shaanxi, Ningxia or Chongqing (born 1965 to 2003). */
    static String rescuerIdNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(RESCUER_AREA, r), 1965, 39, r);
        return r.nextInt(4) == 0 ? id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14) : id;
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86-139-1234-5678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86-" + n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            default -> n;
        };
    }

    /** A mobile as said aloud: the one as 幺 or 一 (one way in a number), the nought as 零; 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (c == '1') b.append(one);
            else if (c == '0') b.append('零');
            else b.append(NUMERALS.charAt(c - '0'));
        }
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** A Tiantong satellite phone of a rescue team: 1740 and seven digits, plain or 174 0123 4567. */
    static String satellitePhone(RandomGenerator r) {
        String n = "1740" + r.nextInt(6) + digits(6, r);
        return r.nextBoolean() ? n : n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
    }

    /**
     * An NGO staff member's number abroad: Norway +47 412 34 567, Switzerland +41 79 123 45 67, Japan +81 90-1234-5678,
     * Nepal +977 9812345678, Turkey +90 532 123 45 67, Malaysia +60 12-345 6789, Iran +98 912 345 6789, Austria
     * +43 664 1234567, Canada +1 (416) 555-0123.
     */
    static String abroadMobile(RandomGenerator r) {
        return switch (pick(ABROAD, r)) {
            case "NO" -> "+47 " + "49".charAt(r.nextInt(2)) + digits(2, r) + " " + digits(2, r) + " " + digits(3, r);
            case "CH" -> "+41 7" + "6789".charAt(r.nextInt(4)) + " " + digits(3, r) + " " + digits(2, r) + " "
                    + digits(2, r);
            case "JP" -> "+81 " + (r.nextBoolean() ? "90" : "80") + "-" + digits(4, r) + "-" + digits(4, r);
            case "NP" -> "+977 98" + digits(8, r);
            case "TR" -> "+90 5" + digits(2, r) + " " + digits(3, r) + " " + digits(2, r) + " " + digits(2, r);
            case "MY" -> "+60 1" + digits(1, r) + "-" + digits(3, r) + " " + digits(4, r);
            case "IR" -> "+98 9" + digits(2, r) + " " + digits(3, r) + " " + digits(4, r);
            case "AT" -> "+43 6" + digits(2, r) + " " + digits(7, r);
            default -> "+1 (" + pick(List.of("416", "514", "604"), r) + ") " + digits(3, r) + "-" + digits(4, r);
        };
    }

    /**
     * A landline of seven digits on 0930 (Linxia, 6… and 7…), 0972 (Haidong, 8…) or 0931 (Lanzhou, 2… to 8…):
     * 0930-7712345, 0930－7712345, (0930)7712345, 0930 7712345, +86 930 7712345, or the seven digits alone.
     */
    static String landline(RandomGenerator r) {
        int k = r.nextInt(3);
        String code = List.of("0930", "0972", "0931").get(k);
        String local = (k == 0 ? "67".charAt(r.nextInt(2)) : k == 1 ? '8' : "2345678".charAt(r.nextInt(7)))
                + digits(6, r);
        return switch (r.nextInt(7)) {
            case 0 -> "(" + code + ")" + local;
            case 1 -> code + " " + local;
            case 2 -> "+86 " + code.substring(1) + " " + local;
            case 3 -> local;
            case 4 -> code + "－" + local;
            default -> code + "-" + local;
        };
    }

    /** An inpatient number of the Lanzhou hospital: eight digits, 3… to 5…. */
    static String inpatientNumber(RandomGenerator r) {
        return (3 + r.nextInt(3)) + digits(7, r);
    }

    /** A field-hospital admission number: YZ, the field hospital's number, four digits. */
    static String fieldHospitalNumber(RandomGenerator r) {
        return "YZ" + (1 + r.nextInt(3)) + "-" + digits(4, r);
    }

    /** A county hospital number: JSS and six digits (Jishishan) or MH and seven (Minhe). */
    static String countyHospitalNumber(RandomGenerator r) {
        return r.nextBoolean() ? "JSS" + digits(6, r) : "MH" + digits(7, r);
    }

    /** A medical-insurance personal number: a city's four-digit code and eight digits. */
    static String personalInsuranceNumber(RandomGenerator r) {
        return pick(CITY_CODES, r) + digits(8, r);
    }

    /** A rural co-operative medical certificate number: a county code and eight digits. */
    static String cooperativeNumber(RandomGenerator r) {
        return pick(COUNTY_CODES, r) + digits(8, r);
    }

    /** Where the label does not say which: either. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextBoolean() ? personalInsuranceNumber(r) : cooperativeNumber(r);
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

    /** 1956年3月12日, 1956-03-12, 1956.3.12, 1956/3/12, 19560312; born 1930 to 2023. */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(94), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(5)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** The 出生年月 of forms: 1956年3月, 1956.03; born 1930 to 2020. */
    static String birthMonth(RandomGenerator r) {
        int y = 1930 + r.nextInt(91), m = 1 + r.nextInt(12);
        return r.nextBoolean() ? y + "年" + m + "月" : String.format("%d.%02d", y, m);
    }

    private static String lunarDay(int d) {
        if (d <= 10) return "初" + (d == 10 ? "十" : IdentifierForms.chineseNumber(d));
        if (d < 20) return "十" + IdentifierForms.chineseNumber(d - 10);
        if (d == 20) return "二十";
        return "廿" + IdentifierForms.chineseNumber(d - 20);
    }

    /** A lunar birth date of the elderly: 1948年腊月初八 or 四八年冬月十五; born 1930 to 1965. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(36), m = r.nextInt(12), d = 1 + r.nextInt(28);
        String year = r.nextBoolean() ? y + "年" : IdentifierForms.chineseYear(y).substring(2) + "年";
        return year + LUNAR_MONTHS.get(m) + lunarDay(d);
    }

    /** As English documents write it: 12 March 1956, March 12, 1956, 12/03/1956; born 1930 to 2020. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(91), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month + " " + d + ", " + y;
            default -> String.format("%02d/%02d/%d", d, m, y);
        };
    }

    /** A child's birth date, 2010 to 2023: 2016年5月9日, 2016-05-09, 2016.5.9, 20160509. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2010 + r.nextInt(14), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** A newborn's birth date in English, 2023 to 2025: 3 January 2024, January 3, 2024. */
    static String englishNewbornBirthDate(RandomGenerator r) {
        int y = 2023 + r.nextInt(3), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return r.nextBoolean() ? d + " " + month + " " + y : month + " " + d + ", " + y;
    }

    /** A newborn's birth date, 2023 to 2025: 2024年1月3日, 2024-01-03, 2024.1.3. */
    static String newbornBirthDate(RandomGenerator r) {
        int y = 2023 + r.nextInt(3), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(3)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            default -> y + "." + m + "." + d;
        };
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(chineseName(random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "MS" -> out.write(surnameOf(people[3]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "PY" -> out.write(pinyinForm(people[0], random), EntityKind.NAME);
            case "NY" -> out.write(pinyinForm(chineseName(random), random), EntityKind.NAME);
            case "MJ" -> out.write(religiousName(people[3]), EntityKind.NAME);
            case "MY" -> out.write(muslimPinyin(people[3]), EntityKind.NAME);
            case "NM" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "TB" -> out.write(pick(tibetanNames(), random), EntityKind.NAME);
            case "TE" -> out.write(pick(tibetanLatinNames(), random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDR" -> out.write(rescuerIdNumber(random), EntityKind.ID_NUMBER);
            case "IDV" -> out.write(spokenIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MT" -> out.write(satellitePhone(random), EntityKind.PHONE);
            case "MX" -> out.write(abroadMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RF" -> out.write(fieldHospitalNumber(random), EntityKind.MEDICAL_RECORD);
            case "RC" -> out.write(countyHospitalNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IP" -> out.write(personalInsuranceNumber(random), EntityKind.INSURANCE);
            case "IC" -> out.write(cooperativeNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AV" -> out.write(villageOnly(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBN" -> out.write(newbornBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBNE" -> out.write(englishNewbornBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null || NAME_PARTS.contains(w);
    }

    /**
     * The pool name a labelled value writes in full, or null when the value (a surname, a given name) names no one in
     * full. Pinyin forms stand for the Chinese name, religious names and pinyin for the Muslim villager in characters,
     * the English spelling of a Tibetan name for the name in characters.
     */
    static String fullNameOf(String w) {
        String full = FULL_NAMES.get(w);
        if (full != null) return full;
        return isScannedName(w) ? w.replaceAll("[ \n\u3000]", "") : null;
    }

    private static Map<String, String> fullNames() {
        Map<String, String> out = new HashMap<>();
        for (String n : Stream.of(CHINESE, MINORITY, NICKNAMES, tibetanNames()).flatMap(List::stream).toList()) {
            out.put(n, n);
        }
        for (String han : CHINESE) {
            for (String form : pinyinFormsOf(han)) out.putIfAbsent(form, han);
        }
        for (String h : MUSLIM) {
            String[] p = h.split("\\|");
            out.putIfAbsent(p[1], p[0]);
            out.putIfAbsent(p[2], p[0]);
        }
        for (String t : TIBETAN) out.putIfAbsent(t.substring(t.indexOf('|') + 1), t.substring(0, t.indexOf('|')));
        for (String e : ENGLISH) out.putIfAbsent(e.replace('|', ' '), e.replace('|', ' '));
        return Map.copyOf(out);
    }

    private static Set<String> nameParts() {
        Set<String> out = new HashSet<>();
        for (String n : CHINESE) {
            out.add(surnameOf(n));
            out.add(addressedGivenName(n));
        }
        for (String n : MINORITY) out.add(surnameOf(n));
        for (String e : ENGLISH) {
            out.add(family(e));
            out.add(given(e));
        }
        return Set.copyOf(out);
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

    /** The foreign names in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : ENGLISH) out.add(e.replace('|', ' '));
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
}

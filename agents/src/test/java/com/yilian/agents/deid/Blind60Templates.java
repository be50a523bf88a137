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
 * Sixtieth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be measured
 * once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe} as
 * {@code BLIND_60}); a rule changed, or a model retrained, because of its errors makes it development data and needs a
 * new blind group for the next honest estimate.
 *
 * <p>The documents: county medical communities (县域医共体) of southern Shaanxi — Hanzhong (西乡, 镇巴, 宁强, 洋县, 留坝, 佛坪,
 * 城固), Ankang (紫阳, 平利, 岚皋, 汉阴, 石泉, 宁陕, 镇坪, 旬阳) and Shangluo (柞水, 镇安, 山阳, 丹凤, 商南, 洛南) — in the Qinling
 * and Daba mountains: the county hospital with its township health centres and village clinics. Remote ECG, CT, DR and
 * ultrasound reads with their daily lists and critical-value messages; referral up and down (双向转诊) with referral
 * slips, hand-over notes, letters and follow-ups; family-doctor contracts (签约) with agreements, rosters, team tables
 * and doorstep visits; the chronic-disease registers (hypertension, diabetes, severe mental illness) with management
 * cards, follow-up forms, emergency handling notes and exports; public-health files (居民健康档案) and the elderly's
 * annual check-ups; pharmacy deliveries from the county's central pharmacy to village clinics; relocated mountain
 * households in resettlement communities (易地搬迁安置社区) and the moving of their files; tea-garden and herb-farming
 * workers, snakebite and wild-mushroom poisoning, pesticide and wasp-sting cases; monastics of the mountain temples;
 * village doctors' hand-written registers OCR'd; county health commission exports and audits; and the reports, lists,
 * consents and e-mails of a visiting NGO cataract-surgery team in English. WeChat groups, Shaanxi dialect voice notes
 * (额, 咋咧, 嫽扎咧, 谝, 瓜娃, 碎娃, 老汉, 女子, 屋里人), SMS, CSV, tab, pipe and markdown tables, JSON exports, about a sixth in
 * English.
 *
 * <p>The people: villagers of the mountains, from the very old to young parents, their children and grandchildren;
 * doctors, nurses, technicians, pharmacists, village doctors, grid workers, village secretaries and officials of the
 * county health commission; Buddhist monastics known by their dharma names; the surgeons, nurses, technicians and
 * coordinators of the visiting eye team (from Nepal, Australia, New Zealand, Ireland, the Philippines, Ethiopia, India,
 * Sri Lanka, Cambodia, Britain, the Netherlands, Germany and Ghana).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, lists, English prose). A surname in a form of address
 * labels the surname only ({@code PS} the patient's, {@code FS} the relative's, {@code DS} the doctor's, {@code NS} a
 * further person's): 老X, 小X, X医生, X大夫, X主任, X院长, X书记, X师傅, X姨, X股长. A given name used alone ({@code PG}) labels the
 * given name (a one-character given name is never used alone). A child's pet name ({@code PK}: 锁娃, 茶娃) is labelled
 * whole, also in {@code PK}他爸. A monastic ({@code MN}: 释妙云) is labelled whole, the dharma name alone ({@code MA}: 妙云)
 * before 师父 or 法师 labels the dharma name, and the pinyin ({@code MY}) is labelled whole. Kin words, dialect words,
 * titles and roles alone are not names: 额大, 额妈, 老汉, 女子, 屋里人, 碎娃, 瓜娃, 居士, 师父, 村医, 网格员, 书记, 带工. An OCR'd name
 * ({@code PO} the patient, {@code FO} the relative, {@code CO} a child) broken by a line break, a blank after the
 * surname, or a blank or ideographic blank between every character is one span. Villagers also stand in pinyin in the
 * English documents ({@code PY}, {@code FY}, {@code NY}: Wang Dechang, WANG DECHANG, WANG Dechang, Dechang Wang;
 * {@code PYL}: the list form WANG, Dechang or Wang, Dechang), labelled whole, and by the pinyin surname alone after Mr
 * or Mrs ({@code PYS}, {@code NYS}), which stay outside. The visiting team ({@code E}, {@code E2}, {@code E3}) is labelled whole, a family name
 * alone ({@code ES}) and a given name alone ({@code EG}) too; Dr stays outside.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on the county codes
 * of Hanzhong 6107, Ankang 6109 and Shangluo 6110, one in four on the old prefecture codes 6123, 6124 and 6125 that
 * older people's numbers keep, plain, with a lower-case x, 6-8-4 by blanks or hyphens; one in eight an elder's 15-digit
 * number on an old prefecture code with a valid birth date; {@code IDX}: spouses and workers from the bordering
 * counties of Sichuan, Hubei and Chongqing; {@code IDC}: children, born 2010 to 2024; {@code IDO}: read off a form with
 * a box for every character, a blank between every character), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens,
 * +86 and 3-4-4 by blanks; {@code MV}: spoken, 幺 or 一 for one, 零 for nought, run on or 3-4-4), the visiting team's
 * numbers ({@code MX}: Nepal +977 98…, Australia +61 4…, New Zealand +64 21…, Britain +44 7…, India +91 9…, Ethiopia
 * +251 9…, the Philippines +63 9…), landlines ({@code L}: seven digits on 0916 Hanzhong, 0915 Ankang and 0914 Shangluo,
 * eight on 029 Xi'an, with the code in brackets, a hyphen or a blank (then 3-4), as +86, or the local digits alone),
 * record numbers ({@code RZ}: inpatient numbers of ten digits on the year, 2024006871; {@code RM}: outpatient numbers MZ,
 * the year's two digits and eight more; {@code RH}: resident health-file numbers of seventeen digits, county code,
 * township, village and serial, run on or 6-3-3-5 by hyphens; {@code RG}, {@code RT}, {@code RJ}: register numbers of
 * the hypertension, diabetes and severe-mental-illness registers, GXY-610724-00387; {@code RE}: the medical community's
 * master patient index, YGT, the county code and eight digits), insurance numbers ({@code IS}: social-security card
 * numbers, a letter and eight digits; {@code IN}: old rural cooperative (合疗) numbers of fourteen digits on the county
 * code; {@code I}, where the label does not say, either), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit,
 * plain or in fours by blanks or hyphens), addresses ({@code A}: villages by 县, 镇, 村 and 组 in Arabic or Chinese
 * numerals, some with the natural village (X家湾, X家沟, X树坪) after the 组; resettlement communities with 号楼 or 栋,
 * 单元 and room; county-town flats by road, number, estate and building; {@code A0}: stopping at the town, the village,
 * the community, the 街道 or the road and its number), dates of birth ({@code DOB}: adults and elders, 1952年3月12日,
 * 1952-03-12, 1952.03.12, 1952/3/12, 19520312; {@code DOBC}: children, the same forms, 2010 to 2024; {@code DOBM}:
 * 1952.03, 1952年3月; {@code DOBE}: 12-Mar-1952, 12 Mar 1952, March 12, 1952; {@code DOBV}: spoken, 五二年三月十二号,
 * 一九五二年三月十二号; {@code DOBL}: lunar, 农历1952年腊月初八, 古历五二年冬月十五, 壬辰年腊月初八; {@code DOBR}: the Republican
 * calendar of the oldest, 民国三十六年八月十二日, 民国36年8月12日).
 *
 * <p>Not labelled: visit, referral, delivery and check-up dates and times, ages, blood pressures, lab values, doses and
 * scores, amounts, beds and theatres, drug, antivenom and lens lots, device serials, referral-slip, delivery,
 * contract, resettlement-agreement, police-incident, case, batch and letter numbers, licence plates (陕F, 陕G, 陕H),
 * passports, platform user IDs, hotlines, hospitals, health centres, clinics, cooperatives, offices and the NGO, kin
 * words, roles and dialect words, herbs, snakes and mushrooms, and words beginning with a pool surname (马上, 马蜂,
 * 高血压, 白内障, 石斛, 黄芪, 杜仲, 周岁, 金额; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind57Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #NAMES},
 * each with its pinyin) is drawn as a county hospital of southern Shaanxi would see it: 王, 张, 李, 刘, 陈, 杨 lead, then
 * the surnames of the Han river valley and the Daba mountains (周, 吴, 黄, 何, 胡, 余, 柯, 邓, 冯, 谢, 唐, 龚, 彭, 冉, 蒲, 苟,
 * 寇, 晏, 庞, 雷, 罗, 母, 雒, 漆, 敬), the Guanzhong ones of the staff (惠, 权, 贺, 杜), and rare ones that no earlier group
 * gave anyone ({@link #RARE_SURNAMES}); old villagers' names (德昶, 满垛, 术兰, 茶花), younger adults' and
 * children's of the 2010s, and names that are also words ({@link #WORD_LIKE}). {@link #MONASTICS} holds the monastics
 * with their pinyin, {@link #NICKNAMES} pet names, {@link #ENGLISH} the visiting team. The record's patient ({@code P})
 * and relative ({@code F}) are always of {@link #PATIENTS}, its doctor ({@code DR}) of {@link #STAFF} (the name the
 * generator draws stands for one of the right pool, see {@link #patientOf} and {@link #staffOf}); {@code N} is any
 * adult, {@code C} a child. Any non-empty subset of {@link #BLIND_60} uses these pools (see {@link #uses}).
 */
final class Blind60Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270130L;

    static final List<String> BLIND_60 = List.of(
            // Remote ECG and imaging reads across the medical community.
            "远程心电诊断报告\n申请单位：西乡县峡口镇中心卫生院  申请医生：{N}\n患者：{P}  性别：{SEX}  健康档案号：{RH}\n"
                    + "心率：{HR}次/分  PR 0.18s  QRS 0.09s  QTc 452ms\n诊断意见：窦性心律，ST-T改变（V4-V6压低0.1mV），建议结合临床\n"
                    + "设备序列号 ECG12-HZ0387\n诊断医生：{DR}（西乡县人民医院心电诊断中心）\n",
            "[微信 医共体远程心电群]\n{N}：{DS}主任，骆家坝卫生院刚传了一份心电，患者{P}，胸口痛了两个钟头\n"
                    + "{DR}：看了，V1-V4 ST段抬高，考虑急性前壁心梗，马上联系120转县医院，先嚼服阿司匹林300mg\n"
                    + "{N}：好，已叫车，家属{F}电话{M}\n",
            "远程影像会诊申请单\n患者：{P}  性别：{SEX}  出生日期：{DOB}  门诊号：{RM}\n检查：胸部DR正位片\n"
                    + "临床：咳嗽咳痰2月，消瘦，午后低热\n上传单位：紫阳县蒿坪镇中心卫生院  技师：{N}\n"
                    + "会诊意见：右上肺斑片影伴空洞，考虑继发性肺结核，建议转县疾控结核门诊\n会诊医生：{DR}\n",
            "{\"reqId\":\"ECG-HZ-2024-118734\",\"patient\":\"{P}\",\"gender\":\"女\",\"age\":76,\"idCard\":\"{ID}\","
                    + "\"archiveNo\":\"{RH}\",\"site\":\"镇巴县渔渡镇卫生院\",\"result\":\"心房颤动，心室率112次/分\",\"reader\":\"{DR}\"}\n",
            "远程心电日报（{D}）\n序号\t姓名\t年龄\t上传单位\t诊断\t危急值\n1\t{P}\t68\t私渡镇卫生院\t窦性心动过缓，46次/分\t否\n"
                    + "2\t{N}\t81\t堰口镇卫生院\t三度房室传导阻滞\t是（已电话通知{DS}医生）\n",
            "【西乡县人民医院远程心电中心】{N}医生：{P}（档案号{RH}）心电图提示急性下壁心肌梗死，为危急值，请立即处置并回复。"
                    + "值班医生{DR}，{L}\n",
            "[语音转文字] {DS}主任 额是瓦房村卫生室的{N} 额这儿有个老汉叫{P} 心口疼得咋咧 额给他做了个心电 已经传上去咧 "
                    + "你赶紧给看一下 额电话{MV}\n",
            "Tele-ECG second opinion for the visiting team\nPatient: {PY}, 71 y, health file {RH}\n"
                    + "Findings: atrial fibrillation with rapid ventricular response, LBBB pattern\n"
                    + "Read by: Dr {NY}, Xixiang County People's Hospital\nCopied to: Dr {E}\n",
            "[OCR] 心 电 图 申 请 单\n姓 名 {PO}\n年 龄 79 岁\n住 址 {A}\n临床诊断 高血压3级\n申请医生 {N}\n",
            "| 时间 | 患者 | 上传点 | 远程诊断 | 诊断医生 |\n|---|---|---|---|---|\n| 08:12 | {P} | 华阳镇卫生院 | 窦性心律，正常心电图 | {DR} |\n"
                    + "| 09:40 | {N} | 茅坪镇卫生院 | 房性早搏 | {DR} |\n",
            "远程CT诊断报告\n患者：{P}  住院号：{RZ}\n检查部位：颅脑平扫\n影像所见：左侧基底节区高密度影，约3.2cm×2.8cm，周围水肿带\n"
                    + "诊断：左侧基底节区脑出血，建议立即转上级医院\n报告医生：{DR}  审核：{N}\n",
            "[微信 县医院-镇卫生院影像协作群]\n{N}：{DS}主任，{P}的片子传上去了，麻烦看一下，老人摔了一跤髋部疼\n"
                    + "{DR}：右股骨颈骨折，Garden Ⅲ型，转上来吧\n{N}：好，家属{F}已同意，电话{M}\n",
            // Referral up and down.
            "双向转诊单（上转）\n患者姓名：{P}  性别：{SEX}  出生日期：{DOB}\n身份证号：{ID}\n合疗证号：{IN}\n家庭住址：{A}\n"
                    + "初步诊断：2型糖尿病酮症酸中毒\n转出单位：岚皋县四季镇卫生院  转出医生：{N}\n转入单位：岚皋县人民医院内分泌科\n"
                    + "转诊单号 ZZ-610925-2024-0387\n",
            "双向转诊单（下转）\n患者：{P}  住院号：{RZ}\n出院诊断：脑梗死恢复期，高血压3级（极高危）\n"
                    + "下转至：居住地村卫生室（{A0}），签约医生{N}\n康复要求：每日被动关节活动，阿司匹林100mg qd，阿托伐他汀20mg qn\n"
                    + "联系人：{F}（儿子） {M}\n县医院联系医生：{DR}\n",
            "[微信 医共体转诊协调群]\n{N}：{DS}院长，蜀河镇卫生院有个蛇咬伤的，下肢肿到大腿了，能上转不\n"
                    + "{DR}：可以，直接送急诊，抗蛇毒血清已备好\n{N}：患者{P}，家属{F}，{M}，救护车陕G·12087二十分钟到\n",
            "{\"referralNo\":\"ZZ-610729-2024-0112\",\"direction\":\"up\",\"patient\":\"{P}\",\"idNo\":\"{ID}\","
                    + "\"from\":\"留坝县火烧店镇卫生院\",\"to\":\"汉中市中心医院\",\"diagnosis\":\"急性胰腺炎\",\"contact\":\"{M}\","
                    + "\"doctor\":\"{DR}\"}\n",
            "【岚皋县医共体】{P}您好，您已由县人民医院下转至四季镇卫生院继续康复治疗，责任医生{N}，电话{M}；出院带药请按时服用，"
                    + "复诊请提前预约。\n",
            "主题：关于患者{P}上转市中心医院的联系函\n{DS}主任：\n您好！我院收治的患者，男，62岁，因“反复黑便3天，呕血1次”入院，"
                    + "血红蛋白62g/L，考虑上消化道出血，已输血2U，拟上转贵院消化内科行急诊胃镜。患者身份证号{ID}，家属{F}电话{M}。\n"
                    + "镇巴县人民医院 {N}\n",
            "转诊日期,患者,性别,转出单位,转入科室,转诊原因,联系电话\n{D},{P},{SEX},洋县华阳镇卫生院,县医院骨科,股骨颈骨折,{M}\n"
                    + "{D},{N},{SEX},洋县茅坪镇卫生院,县医院神经内科,急性脑梗死,{M}\n",
            "[语音转文字] 喂 是县医院的{DS}大夫不 额是{P}他女子{F} 额大转回咱镇卫生院了 那个药额不知道咋吃 一天吃几回 "
                    + "你给额说一下 额电话是{MV}\n",
            "Referral letter\nTo: cataract service, Lantern Eye Trust camp at Xixiang County People's Hospital\n"
                    + "Patient: {PY}\nDate of birth: {DOBE}\nVisual acuity: R hand movements, L 6/60\n"
                    + "Diagnosis: bilateral mature cataract\nReferred by: {NY}, village doctor, through Dr {NY}\n",
            "[OCR] 转 诊 单（存 根）\n患 者 {PO}\n住 址 {A}\n转 往 安康市中心医院\n转诊医生 {N}\n联系电话 {M}\n",
            // Family-doctor contracts.
            "家庭医生签约服务协议书（摘录）\n乙方（居民）：{P}  身份证号：{ID}\n联系电话：{M}  家庭住址：{A}\n"
                    + "签约人群：65岁及以上老年人、高血压患者\n甲方团队：长安镇卫生院家庭医生团队（团队长{DR}，成员{N}、{N}）\n"
                    + "协议编号：QY-610926-2024-00387  签约日期：{D}\n",
            "家庭医生签约花名册（{D}导出）\n姓名\t性别\t出生日期\t身份证号\t人群分类\t签约医生\n{P}\t{SEX}\t{DOB}\t{ID}\t老年人\t{DR}\n"
                    + "{N}\t{SEX}\t{DOB}\t{ID}\t高血压\t{DR}\n",
            "[微信 家庭医生签约群]\n{DR}：各位乡亲，明天上午村卫生室免费量血压测血糖，签约的都来\n"
                    + "{F}：{DS}医生，额妈腿不得劲走不动，能上门不\n{DR}：能，下午额过来\n{N}：嫽扎咧\n",
            "【平利县卫生健康局】{P}您好，您的家庭医生签约服务已到期，续约请联系签约医生{DR}（{M}），续约后可享受免费健康体检和慢病随访。\n",
            "{\"contractNo\":\"QY-610726-2024-01187\",\"resident\":\"{P}\",\"idCard\":\"{ID}\",\"archiveNo\":\"{RH}\","
                    + "\"team\":\"阳平关镇卫生院第三团队\",\"doctor\":\"{DR}\",\"package\":\"基础包+慢病包\",\"phone\":\"{M}\"}\n",
            "[语音转文字] {DS}医生 额是四组的{P} 你上回说签那个家庭医生 额跟额屋里人两个都签 额屋里座机打不通 你打额手机{MV} "
                    + "额白天在茶园里摘茶 晚上才回来\n",
            "Family doctor contract summary, translated for the NGO partner\nResident: {PY}, 84 y\n"
                    + "Contract: basic and chronic-disease package, signed {D}\nTeam lead: Dr {NY}\n"
                    + "Notes: lives alone, grandson works in Xi'an; cataract in both eyes, listed for the eye camp\n",
            "上门随访记录：{D}，签约医生{DR}、护士{N}到{A}，为卧床老人{P}测血压{BP}，更换尿管，压疮Ⅱ期已愈合；"
                    + "其老伴{F}反映夜间咳嗽，建议到镇卫生院拍片\n",
            "| 团队 | 团队长 | 签约户数 | 重点人群签约率 | 联系电话 |\n|---|---|---|---|---|\n| 第一团队 | {DR} | 412 | 86.3% | {L} |\n"
                    + "| 第二团队 | {N} | 388 | 81.7% | {L} |\n",
            "[微信 家庭医生团队群]\n{DR}：{FS}姨说她老汉这两天血糖一直十几\n{N}：是{P}吧？上周胰岛素刚加量\n"
                    + "{DR}：对，明天上门给他测个餐后，顺便看看脚\n",
            // Chronic-disease registers: hypertension, diabetes, severe mental illness.
            "高血压患者管理卡\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n管理编号：{RG}\n健康档案号：{RH}\n确诊日期：2016年  确诊医院：城固县医院\n"
                    + "用药：苯磺酸氨氯地平5mg qd\n本次随访：血压{BP}，心率{HR}次/分，控制满意\n随访医生：{DR}\n",
            "2型糖尿病患者随访服务记录表\n姓名：{P}  管理编号：{RT}\n随访日期：{D}  随访方式：门诊\n空腹血糖：9.6mmol/L  糖化血红蛋白：8.2%\n"
                    + "足背动脉搏动：左减弱\n用药：二甲双胍0.5g tid，格列美脲2mg qd\n下次随访：三个月后\n随访医生签名：{DR}\n",
            "严重精神障碍患者个案管理\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n管理编号：{RJ}\n诊断：精神分裂症（F20.0）  危险性评估：1级\n"
                    + "监护人：{F}（母亲） 电话：{M}\n住址：{A}\n服药：利培酮片2mg bid，服药依从性：规律\n"
                    + "关爱帮扶小组：村医{N}、网格员{N}、派出所民警{N}\n",
            "管理编号,姓名,性别,年龄,收缩压,舒张压,控制情况,责任医生\n{RG},{P},{SEX},72,168,96,不满意,{DR}\n"
                    + "{RG},{N},{SEX},65,132,80,满意,{DR}\n",
            "[微信 慢病随访工作群]\n{DR}：这个月高血压随访还差22个，{NS}医生你们村还有几个没随访\n"
                    + "{N}：还差三个，{P}去他儿子那儿了，在西安，电话{M}\n{DR}：电话随访也行，记得录系统\n",
            "[语音转文字] {DS}医生 额是{P}他妈 娃这几天又不吃药咧 晚上不睡觉 在屋里乱跑 额一个人弄不住 村上书记也来看咧 "
                    + "你能不能来一下 额电话{MV}\n",
            "{\"registerType\":\"TNB\",\"manageNo\":\"{RT}\",\"name\":\"{P}\",\"idNo\":\"{ID}\",\"birth\":\"{DOB}\","
                    + "\"fbg\":[8.9,7.6,7.1],\"hba1c\":7.4,\"insulin\":false,\"doctor\":\"{DR}\",\"town\":\"汉阴县涧池镇\"}\n",
            "严重精神障碍患者应急处置记录\n{D} 21:35，接村医{N}电话，{P}（管理编号{RJ}）持刀在院中叫喊，已报告派出所，民警{N}到场，"
                    + "县医院精神科{DR}电话指导，予氟哌啶醇5mg肌注后安静，由其兄{F}陪同送县医院住院（住院号{RZ}）\n"
                    + "警情编号 JQ-611025-2024-1187\n",
            "Chronic disease register extract\nName: {PY}\nDate of birth: {DOBE}\nHypertension register no.: {RG}\n"
                    + "Last BP: 164/92 mmHg on amlodipine 5 mg\nResponsible doctor: {NY}\n",
            "[OCR] 高 血 压 随 访 登 记 本（村 卫 生 室）\n{D} {PO} 血压 {BP} 硝苯地平缓释片\n{D} {FO} 血压 {BP} 未服药\n村医 {N}\n",
            "慢病随访|{RT}|{P}|空腹血糖11.2|胰岛素调整|{DR}|{M}\n",
            "【汉阴县涧池镇卫生院】{P}您好，您本季度糖尿病随访时间为{D}，请空腹到卫生院抽血，带上您的慢病卡（编号{RT}）。\n",
            "门诊慢特病备案：{P}，身份证号{ID}，社保卡号{IS}，病种：高血压（合并靶器官损害），备案医生{DR}，备案日期{D}；"
                    + "报销比例65%，年度限额4000元\n",
            // Public-health files and the elderly's annual check-ups.
            "居民健康档案封面\n档案编号：{RH}\n姓名：{P}\n现住址：{A}\n户籍地址：{A}\n联系电话：{M}\n"
                    + "建档单位：紫阳县蒿坪镇中心卫生院\n建档人：{N}  责任医生：{DR}\n建档日期：{D}\n",
            "老年人健康体检表（2024年度）\n姓名：{P}  出生日期：{DOB}  身份证号：{ID}\n身高158cm  体重52kg  腰围78cm\n"
                    + "血压：左{BP}  右{BP}\n老年人自理能力评估：2分（轻度依赖）\n认知功能：粗筛阳性，简易智力状态检查（MMSE）22分\n"
                    + "辅助检查：心电图窦性心律；B超脂肪肝；血红蛋白108g/L\n体检医生：{DR}\n",
            "65岁以上老年人体检汇总（{D}，双河口镇）\n档案号\t姓名\t出生日期\t血压\t空腹血糖\t结论\n{RH}\t{P}\t{DOB}\t{BP}\t6.1\t血压偏高\n"
                    + "{RH}\t{N}\t{DOB}\t{BP}\t8.4\t建议复查血糖\n",
            "{\"archiveNo\":\"{RH}\",\"name\":\"{P}\",\"birthDate\":\"{DOB}\",\"idCard\":\"{ID}\",\"exam\":{\"year\":2024,"
                    + "\"bp\":\"158/90\",\"fbg\":6.8,\"ecg\":\"窦性心律\",\"adl\":\"0分\"},\"doctor\":\"{DR}\","
                    + "\"village\":\"{A0}\"}\n",
            "[语音转文字] 喂 你是卫生院的不 额是{P} 额今年都八十三咧 生日是{DOBV} 你们说体检 额腿不行走不到镇上 "
                    + "能不能叫额村上的{NS}医生来给额量一下 额这电话{MV}\n",
            "老年人体检信息核对：{P}，身份证上出生日期与户口本不一致，本人称生于{DOBR}，户口本登记{DOB}；以户口本为准；核对人{N}\n",
            "村卫生室建档补录：{P}，老人只记得生日是{DOBL}；其孙{C}帮忙拿来户口本，登记出生日期{DOB}；联系电话{M}；建档医生{N}\n",
            "[OCR] 居 民 健 康 档 案\n编 号 {RH}\n姓 名 {PO}\n身份证号 {IDO}\n出生日期 {DOB}\n工作单位 无\n本人电话 {M}\n",
            "【陕西省卫生健康委】{P}您好，您已于{D}在老县镇卫生院完成2024年老年人免费健康体检，体检结果可在“健康陕西”公众号查询，"
                    + "健康档案号{RH}。\n",
            "Eye camp screening list, Pingli County, day 2\nNo. 14: {PYL}, born {DOBE}, VA R 1/60 L 6/36, mature cataract R, "
                    + "listed for SICS\nNo. 15: {NY}, VA 6/18 both, early lens opacity, glasses advised\nScreener: {E}\n",
            "[微信 老年人体检专班群]\n{DR}：明天体检车去岳坝镇，车牌陕F·D0387，早上七点出发\n{N}：{P}家在山上，腿不好，能不能上门抽血\n"
                    + "{DR}：可以，让小{NS}跟车\n",
            "| 姓名 | 身份证号 | 异常项目 | 建议 | 通知方式 |\n|---|---|---|---|---|\n| {P} | {ID} | 血红蛋白92g/L | 到县医院查贫血原因 | 电话{M} |\n"
                    + "| {N} | {ID} | 肌酐168μmol/L | 肾内科就诊 | 村医上门 |\n",
            "姓名,出生年月,人群分类,签约医生,联系电话\n{P},{DOBM},脱贫户,{DR},{M}\n{N},{DOBM},计生特殊家庭,{DR},{M}\n",
            // Pharmacy deliveries to village clinics.
            "医共体药品配送单\n配送单号：PS-2024-110387\n配送单位：宁强县医共体中心药房  配送员：{N}  车牌：陕F·7K308\n"
                    + "收货单位：燕子砭镇桑树湾村卫生室  收货人：{DR}  电话：{M}\n"
                    + "品名：苯磺酸氨氯地平片5mg×28片 20盒（批号 AH230917）；二甲双胍缓释片0.5g×30片 15盒（批号 C2311062）\n",
            "[微信 村卫生室药品群]\n{DR}：下周一配送车去广坪镇，各村缺啥药今天报上来\n{N}：额这儿缺胰岛素笔芯，老{PS}一个人一个月就要三支\n"
                    + "{DR}：行，冷链箱装，{P}的血糖记录也拍给额\n",
            "代购代配药品登记（慢病患者）\n姓名\t药品\t数量\t取药人\t电话\n{P}\t硝苯地平缓释片\t2盒\t{F}\t{M}\n{N}\t阿卡波糖片\t3盒\t本人\t{M}\n",
            "【宁强县医共体药事中心】{P}您好，您在村卫生室申请的门冬胰岛素注射液已配送到位，请于三日内到燕子砭镇桑树湾村卫生室找{DR}医生领取，"
                    + "咨询{L}。\n",
            "[语音转文字] {DS}医生 额是{P} 额那个降压药吃完咧 你们药车啥时候来 额这腿走不到镇上 你给额带两盒 钱额给你微信转 "
                    + "额手机{MV}\n",
            "{\"deliveryNo\":\"PS-610726-20241103-07\",\"clinic\":\"广坪镇金山村卫生室\",\"receiver\":\"{DR}\",\"items\":[{\"name\":"
                    + "\"缬沙坦胶囊\",\"lot\":\"BJ240612\",\"qty\":\"10盒\"}],\"forPatient\":\"{P}\","
                    + "\"patientPhone\":\"{M}\",\"driver\":\"{N}\"}\n",
            // Relocated mountain households.
            "易地扶贫搬迁安置社区健康服务登记\n户主：{P}  身份证号：{ID}\n原住址：{A}\n现住址：{A}\n"
                    + "家庭人口：5人  其中：慢病1人（高血压）、残疾1人\n签约医生：{DR}  社区网格员：{N}\n",
            "[微信 安置社区卫生服务站群]\n{N}：各位住户，本周四上午社区卫生服务站免费测血糖，请带身份证\n"
                    + "{F}：额大还在山上老屋里不下来，额一个人把他弄不下来\n{DR}：那周末额跟{NS}书记上山去看看\n",
            "【汉阴县涧池镇人民政府】{P}您好，您家搬迁安置房已交付（安置协议编号AZ-2023-0418），请于{D}前到社区卫生服务站办理"
                    + "健康档案迁移，原档案号{RH}。\n",
            "搬迁户健康档案迁移清单\n原档案号|新档案号|户主|原住址|安置地址\n{RH}|{RH}|{P}|{A}|{A}\n",
            "[语音转文字] {DS}大夫 额是从山上搬下来的{P} 住在安置社区七号楼 额老伴血压高 这下山了离卫生院近咧 就是不知道咋转档案 "
                    + "你给额说说 额电话{MV}\n",
            "Household visit in a relocation community (NGO outreach notes)\nHousehold head: {PY}, moved down from the mountains "
                    + "in 2019\nNew address on file: {A}\nHealth issues: grandmother blind from untreated cataract; father "
                    + "hypertensive\nCommunity doctor: {NY}\nOutreach nurse: {E}\n",
            // Tea-garden and herb-farming workers; snakebite, wild mushrooms, pesticides, wasps.
            "毒蛇咬伤入院记录\n姓名：{P}  性别：{SEX}  住院号：{RZ}\n主诉：右手背被蛇咬伤2小时，局部肿痛\n"
                    + "现病史：患者在茶园采茶时被蛇咬伤，家属述蛇头呈三角形、体背有菱形斑（疑为秦岭蝮），伤口2个牙痕\n"
                    + "处理：抗蝮蛇毒血清6000U静滴（批号 20231107），破伤风抗毒素1500U\n主治医师：{DR}\n",
            "野生菌中毒群体事件报告\n报告单位：镇安县人民医院  报告时间：{D}\n中毒人数：4人，均为同一家庭\n"
                    + "病例1：{P}，进食后10小时出现呕吐腹泻，ALT 1386U/L，疑为鹅膏菌中毒\n病例2：{F}，症状较轻\n报告人：{DR}  电话：{L}\n",
            "[微信 茶园务工人员群]\n{N}：今天{P}在三号茶园被蛇咬了，已经送镇卫生院\n{F}：是啥蛇\n{N}：说是竹叶青，手肿得跟馒头一样\n"
                    + "{DR}：竹叶青要用抗五步蛇毒血清，镇上没有，直接往县医院送\n",
            "[语音转文字] 喂 {DS}医生 额是{P} 额昨天在坡上采了些菌子炒着吃咧 今早起来拉肚子吐得咧 额屋里人也吐咧 是不是中毒咧 "
                    + "额在{A0} 电话{MV}\n",
            "{\"caseNo\":\"SB-2024-0387\",\"patient\":\"{P}\",\"age\":52,\"occupation\":\"茶农\",\"snake\":\"原矛头蝮（疑）\","
                    + "\"bitePlace\":\"{A0}\",\"antivenom\":\"抗蝮蛇毒血清 6000U\",\"lot\":\"20231107\",\"hospital\":\"紫阳县人民医院\","
                    + "\"doctor\":\"{DR}\",\"phone\":\"{M}\"}\n",
            "Snakebite case note shared with the visiting team\nPatient: {PY}, tea picker, bitten on the left ankle on {D}\n"
                    + "Snake: Protobothrops jerdonii (photo identified)\nAntivenom: 2 vials, lot 20231107; no anaphylaxis\n"
                    + "Inpatient no.: {RZ}\nTreating doctor: Dr {NY}\n",
            "| 日期 | 患者 | 咬伤地点 | 蛇种 | 处置 | 转归 |\n|---|---|---|---|---|---|\n| {D} | {P} | 茶园 | 银环蛇（疑） | 转县医院 | 好转 |\n"
                    + "| {D} | {N} | 天麻地 | 菜花原矛头蝮 | 本院抗毒血清 | 治愈 |\n",
            "【镇安县疾控中心】雨后野生菌大量生长，请勿采食不认识的野蘑菇。{P}家属您好，患者已转入县医院ICU（住院号{RZ}），"
                    + "主治医生{DR}，咨询{L}。\n",
            "[OCR] 茶 园 务 工 人 员 花 名 册\n姓 名 {PO}  身份证 {IDO}\n姓 名 {FO}  身份证 {IDO}\n带工 {N}\n",
            "病程记录 {D}\n{P}进食自采野生菌后第3天，凝血酶原时间38s，ALT 4210U/L，考虑毒蕈中毒致急性肝衰竭，已联系西京医院（{L}）"
                    + "拟上转行人工肝治疗；家属{F}签字同意；记录：{DR}\n",
            "外省务工茶农登记：{P}，身份证号{IDX}，在西乡县峡口镇茶厂务工，住茶厂宿舍；手机{M}；紧急联系人{F}；登记人{N}\n",
            "农药中毒急诊记录：{P}，魔芋地喷洒除草剂后头晕呕吐2小时，胆碱酯酶正常；由合作社负责人{N}送来，车牌陕H·52A87；"
                    + "家属{F}电话{M}；接诊{DR}\n",
            "[微信 蛇伤救治联盟群]\n{DR}：今年第14例，{P}，采五味子时被咬，在{A0}，镇卫生院已给抗蝮蛇毒血清\n{N}：需要上转吗\n"
                    + "{DR}：凝血还好，先观察，{NS}大夫盯一下\n",
            "野生菌中毒病例一览（{D}晚餐后发病）\n姓名\t年龄\t进食时间\t菌种（疑）\t转归\t联系电话\n{P}\t54\t18:30\t亚稀褶红菇\t死亡\t{M}\n"
                    + "{F}\t51\t18:30\t亚稀褶红菇\t好转出院\t{M}\n",
            "蛇伤登记|{P}|{SEX}|茶园|竹叶青|{RZ}|{DR}\n",
            "中药材采收季义诊：{D}，柞水县小岭镇，为采收黄芪、杜仲、石斛的务工人员{P}、{N}等量血压测血糖；田间中暑1人（{F}），"
                    + "已口服补液；义诊医生{DR}\n",
            // Village doctors' hand-written registers, OCR'd.
            "[OCR] 村 卫 生 室 门 诊 日 志\n{D} {PO} 男 67 咳嗽 阿莫西林 住{A0}\n{D} {FO} 女 71 头晕 测血压{BP}\n村医签名 {N}\n",
            "[OCR] 预防接种登记簿（村级）\n儿 童 {CO}  出 生 {DOBC}\n家 长 {FO}  电 话 {M}\n",
            "[OCR] 家 庭 医 生 签 约 服 务 手 册\n签约居民 {PO}\n身份证号 {IDO}\n联系地址 {A}\n签约医生 {N}  联系电话 {M}\n",
            "[OCR] 严重精神障碍患者随访记录（手写）\n姓 名 {PO}  编号 {RJ}\n监护人 {FO}\n本次随访 病情稳定 服药规律\n随访人 {N}\n",
            "[OCR] 合 疗 证（复 印 件）\n户 主 {FO}\n证 号 {IN}\n住 址 {A}\n",
            "村医手写登记（转录）：{PK}（大名{C}），7岁，被马蜂蜇伤头面部5处，予氯雷他定；家长{F}电话{M}\n",
            // County health commission exports and audits.
            "县区,乡镇,档案号,姓名,身份证号,高血压,糖尿病,签约\n西乡县,私渡镇,{RH},{P},{ID},是,否,是\n西乡县,堰口镇,{RH},{N},{ID},否,是,是\n",
            "{\"exportBy\":\"紫阳县卫生健康局\",\"exportTime\":\"2024-11-03 16:20\",\"records\":[{\"name\":\"{P}\",\"idNo\":\"{ID}\","
                    + "\"insuranceNo\":\"{I}\",\"archiveNo\":\"{RH}\",\"address\":\"{A}\"}]}\n",
            "县卫健局基本公卫考核抽查表\n抽查档案号\t居民姓名\t电话核实\t结果\t核查人\n{RH}\t{P}\t{M}\t真实\t{N}\n{RH}\t{N}\t{M}\t电话空号\t{N}\n",
            "主题：2024年第三季度严重精神障碍患者管理数据核对\n各镇卫生院：\n附件为系统导出名单，其中{P}（管理编号{RJ}，身份证号{ID}）"
                    + "死亡未注销，请核实；联系人{N}，电话{L}。\n商南县卫生健康局 疾控股\n",
            "住院结算|{P}|{ID}|社保卡号{IS}|住院号{RZ}|医共体主索引{RE}|总费用8,734.20元|统筹支付5,920.11元|大病保险318.00元\n",
            "| 乡镇 | 建档人数 | 电子档案动态使用率 | 联系人 | 电话 |\n|---|---|---|---|---|\n| 漫川关镇 | 18,342 | 63.5% | {N} | {M} |\n"
                    + "| 法官镇 | 12,807 | 58.1% | {N} | {M} |\n",
            "{\"poorHousehold\":true,\"householdHead\":\"{P}\",\"headId\":\"{ID}\",\"ruralCoopNo\":\"{IN}\",\"subsidyCard\":\"{B}\","
                    + "\"address\":\"{A}\",\"members\":4,\"bank\":\"陕西信合\",\"userId\":\"8830172654\"}\n",
            "医疗救助资金发放（一卡通）：{P}，身份证号{ID}，救助金额2,360.00元，发放至一卡通账户{B}；经办人{N}；发放批次 JZ-2024-11\n",
            "医共体患者主索引合并记录：{P}在县医院（住院号{RZ}）与镇卫生院（门诊号{RM}）建有两份档案，已合并至主索引{RE}，"
                    + "合并依据身份证号{ID}；操作员{N}\n",
            "主题：关于{P}医保异地备案的说明\n{NS}股长：\n该患者社保卡号{I}，现随子女居住在{A}，需在西安长期透析，申请办理异地就医备案；"
                    + "相关材料已扫描附后。\n旬阳市蜀河镇卫生院 {DR}\n",
            // The visiting NGO cataract-surgery team.
            "眼科义诊手术登记表\n姓名：{P}  拼音：{PYL}\n身份证号：{ID}\n手术眼别：右眼  术式：小切口白内障摘除+人工晶体植入\n"
                    + "家属：{F}（{FY}）  电话：{M}\n登记人：{N}\n",
            "白内障术后病房交班（中英对照）：3床{P}（床头名牌{PY}），右眼术后第1天，视力0.3，眼压正常；外籍护士{E}已交班；"
                    + "家属{F}陪护，电话{M}\n",
            "Cataract surgery list, Lantern Eye Trust, Xixiang County People's Hospital, day 3\n"
                    + "Theatre 1 (Dr {E}): {PY} R eye SICS; {NY} L eye phaco\nTheatre 2 (Dr {E2}): {NY} R eye SICS\n"
                    + "Interpreter: {NY}\n",
            "Subject: Post-op day 1 review – {PY}\nDear Dr {ES},\nThe patient you operated on yesterday (inpatient no. {RZ}) "
                    + "has VA 6/12 unaided in the right eye, IOP 18 mmHg, mild corneal oedema. Her daughter {FY} asks whether "
                    + "she may return to the tea garden next week.\nBest regards,\n{NY}\n",
            "Consent for cataract surgery (English copy)\nPatient: {PY}\nDate of birth: {DOBE}\nID no.: {ID}\n"
                    + "Eye: left; procedure: manual small-incision cataract surgery with IOL\nWitness: {FY} (son)\nSurgeon: Dr {E}\n",
            "Team roster, Lantern Eye Trust, Hanzhong outreach, November\n{E}, team lead, {MX}\n{E2}, ophthalmic nurse, {MX}\n"
                    + "{E3}, biomedical technician, passport PA7713905\nLocal coordinator: {NY}, {M}\n",
            "Patient,Age,Village doctor,Eye,Procedure,VA pre,VA post\n{PY},78,{NY},R,SICS,HM,6/18\n{NY},69,{NY},L,phaco,CF,6/9\n",
            "Subject: Invitation letter for the November camp\nDear {EG},\nYour invitation letter is attached; please quote the "
                    + "reference HZWJ-2024-087 at the consulate. Dr {NY} will meet you at Hanzhong Chenggu Airport; her mobile "
                    + "is {M}.\nKind regards,\n{NY}\n",
            "Daily ward list (eye camp)\nBed 3: Mrs {PYS}, 81 y, R SICS, day 1, VA 6/24\nBed 4: Mr {NYS}, 74 y, L phaco, day 1, "
                    + "VA 6/9\nNurse in charge: {E}\n",
            "Follow-up phone calls (translated)\n{D}: called {PY} on {M}; sees well, drops four times daily, no pain\n"
                    + "{D}: called {NY} through the village doctor {NY}; grandson reports redness, advised to attend Pingli "
                    + "County Hospital\nCaller: {E}\n",
            "Subject: Case for discussion – pseudoexfoliation and poor dilation\nHi {EG},\nPatient {PY} (date of birth {DOBE}, "
                    + "hospital no. {RM}) has a dense brunescent cataract and a 4 mm pupil after dilation. Shall we put her on "
                    + "your list on {D}?\nThanks,\nDr {NY}\n",
            "Surgical outcome audit, Ankang camp\nCases: 146; good outcome (VA 6/18 or better) 83.6%; posterior capsule "
                    + "rupture 2.1%\nComplication review: {PYL} (vitreous loss, anterior vitrectomy); {NY} (endophthalmitis "
                    + "suspected, tap negative)\nAudit by: {E} and Dr {NY}\n",
            "Eye camp note for a monastic patient\nPatient: {MY}, nun of a Buddhist temple in the Qinling foothills, 69 y\n"
                    + "VA: R counting fingers at 1 m, L 6/60\nProcedure booked: R SICS\nAccompanied by: {NY}\n",
            "Discharge note (eye camp)\nPatient: {PYL}\nInpatient no.: {RZ}\nOperation: R SICS with PCIOL (IOL lot 23A0871) on "
                    + "{D}\nVA at discharge: 6/12\nDrops: prednisolone acetate 1% four times daily for 4 weeks\n"
                    + "Follow-up: village doctor {NY}; phone {M}\n",
            "Outreach screening day, Shangnan County\nRegistered by: {NY} (platform user ID 7730215846)\n"
                    + "Patients seen: 212; referred for surgery: 38, among them {PY} (date of birth {DOBE}, phone {M})\n"
                    + "Optometrist: {E}\n",
            "主题：眼科公益手术患者名单（第二批）\n{E}：\n您好！附件为岚皋县第二批白内障手术患者名单，其中{P}（身份证号{ID}）合并糖尿病，"
                    + "空腹血糖9.2mmol/L，请评估能否手术。家属联系电话{M}。\n岚皋县人民医院眼科 {DR}\n",
            "[微信 眼科义诊本地协调群]\n{E}：Can we add two more patients tomorrow? Dr {NY} says {PY} is ready\n"
                    + "{N}：可以，病人家属{F}电话{M}，我让{NS}师傅开车去接\n{E2}：Thanks! Theatre opens at 8\n",
            // Monastics of the mountain temples.
            "门诊病历\n姓名：{MN}  性别：女  年龄：71岁  门诊号：{RM}\n职业：宗教教职人员\n主诉：双眼视物模糊3年，加重半年\n"
                    + "诊断：双眼年龄相关性白内障\n处理：列入眼科公益手术筛查名单\n医师：{DR}\n",
            "[微信 义诊志愿者群]\n{N}：明天上山去寺里给{MA}师父送降糖药，谁一起\n{F}：额去，顺便给寺里几位老师父量血压\n"
                    + "{DR}：{MA}师父的血糖记录拍回来给额看\n",
            "住院登记：{MN}（俗名{P}），身份证号{ID}，住址{A}；因蛇咬伤入院，住院号{RZ}；联系人：寺内居士{N}，电话{M}\n",
            "[语音转文字] 喂 额是山上寺里的居士{N} {MA}法师这两天发烧咳嗽 不想下山 你们医生能不能上来看看 额下山到{A0}接你们 额电话{MV}\n",
            // Children, grandchildren and pet names.
            "[微信 村医交流群]\n{N}：今儿个在卫生室门口谝了一下午，{P}他孙子那个瓜娃又把手划烂咧\n{DR}：清创缝了没有，破伤风打了没\n"
                    + "{N}：缝了三针，破伤风也打了，{C}他妈电话{M}\n",
            "儿科会诊：{C}，{SEX}，出生日期{DOBC}，身份证号{IDC}，放学路上被蛇咬伤左小腿，爷爷{P}背到卫生院后转县医院；"
                    + "凝血功能异常，予抗蝮蛇毒血清；家长{F}电话{M}；会诊医生{DR}\n",
            "【石泉县池河镇卫生院】{F}家长您好，您的孩子{C}（出生日期{DOBC}）需于{D}前接种麻腮风疫苗第2剂，请携带预防接种证到"
                    + "卫生院接种门诊，咨询{L}。\n",
            "[微信 茶厂职工健康群]\n{DR}：今年茶厂体检定在{D}，空腹\n{N}：{DS}医生，{PK}他爸在山上管茶园下不来咋办\n"
                    + "{DR}：叫他周末来卫生院补查\n",
            "[语音转文字] {PK} 你给奶打个电话 你爷今天在卫生院量血压 医生说高得很 叫你爸赶紧回来 你个碎娃光知道耍手机 "
                    + "奶这手机{MV}\n",
            "[微信 老伙计群]\n{F}：{PG}，你降压药吃了没，{DS}医生叫你明天去复查\n{P}：吃咧吃咧，额{DOBM}生的人还要你管\n"
                    + "{F}：好心当成驴肝肺\n",
            "儿童健康档案\n姓名：{C}  性别：{SEX}  出生日期：{DOBC}\n身份证号：{IDC}\n监护人：{F}  电话：{M}\n现住址：{A}\n"
                    + "体检：一周岁，体重9.6kg，血红蛋白112g/L\n责任医生：{DR}\n");

    /** Villagers: patients and their relatives, from the very old to young parents, each with the pinyin. */
    static final List<String> PATIENTS = List.of(
            "王德昶|Wang Dechang", "王秀翠|Wang Xiucui", "王家骥|Wang Jiaji", "王满垛|Wang Manduo",
            "王荞花|Wang Qiaohua", "王茂林|Wang Maolin", "王术兰|Wang Shulan", "王亚军|Wang Yajun",
            "张世槐|Zhang Shihuai", "张启明|Zhang Qiming", "张凤鸾|Zhang Fengluan", "张有粮|Zhang Youliang",
            "张翠芹|Zhang Cuiqin", "张光耀|Zhang Guangyao", "张银山|Zhang Yinshan", "张振邦|Zhang Zhenbang",
            "李正全|Li Zhengquan", "李秀葵|Li Xiukui", "李德顺|Li Deshun", "李茶花|Li Chahua", "李开元|Li Kaiyuan",
            "李巧鸽|Li Qiaoge", "李定坤|Li Dingkun", "李丹丹|Li Dandan", "刘建栋|Liu Jiandong", "刘清芬|Liu Qingfen",
            "刘万年|Liu Wannian", "刘兴汉|Liu Xinghan", "刘素琴|Liu Suqin", "刘长锁|Liu Changsuo", "刘亚琴|Liu Yaqin",
            "陈远富|Chen Yuanfu", "陈茶香|Chen Chaxiang", "陈家富|Chen Jiafu", "陈德炳|Chen Debing",
            "陈正芳|Chen Zhengfang", "陈仕军|Chen Shijun", "陈小岷|Chen Xiaomin", "杨正才|Yang Zhengcai",
            "杨翠兰|Yang Cuilan", "杨汉林|Yang Hanlin", "杨玉珍|Yang Yuzhen", "杨双全|Yang Shuangquan",
            "杨丽蔓|Yang Liman", "周明富|Zhou Mingfu", "周素芳|Zhou Sufang", "周鹏程|Zhou Pengcheng",
            "吴世海|Wu Shihai", "吴桂珍|Wu Guizhen", "黄志清|Huang Zhiqing", "黄素英|Huang Suying",
            "黄永忠|Huang Yongzhong", "何正洪|He Zhenghong", "何翠萍|He Cuiping", "何婧|He Jing", "胡德润|Hu Derun",
            "胡卫东|Hu Weidong", "余中华|Yu Zhonghua", "余秀蕙|Yu Xiuhui", "余倩茹|Yu Qianru", "柯昌明|Ke Changming",
            "柯美兰|Ke Meilan", "柯小琴|Ke Xiaoqin", "邓学文|Deng Xuewen", "冯世贵|Feng Shigui", "冯潇|Feng Xiao",
            "谢安礼|Xie Anli", "唐启椿|Tang Qichun", "龚德胜|Gong Desheng", "彭长发|Peng Changfa", "冉桂蓉|Ran Guirong",
            "蒲天福|Pu Tianfu", "苟家顺|Gou Jiashun", "母世清|Mu Shiqing", "雒金锁|Luo Jinsuo", "漆永康|Qi Yongkang",
            "敬小芳|Jing Xiaofang", "寇秋菊|Kou Qiuju", "晏家林|Yan Jialin", "庞春茂|Pang Chunmao",
            "鲁光全|Lu Guangquan", "曾庆华|Zeng Qinghua", "邹友德|Zou Youde", "熊家宝|Xiong Jiabao",
            "雷振汉|Lei Zhenhan", "罗明炎|Luo Mingyan", "程德琼|Cheng Deqiong", "孙巧莲|Sun Qiaolian",
            "万中林|Wan Zhonglin", "石银凤|Shi Yinfeng", "余粮|Yu Liang", "丰收|Feng Shou", "骞满堂|Qian Mantang", "阴秀莲|Yin Xiulian");
    /**
     * Doctors, nurses, technicians, pharmacists, village doctors, grid workers, village secretaries and officials of the
     * county health commission, each with the pinyin.
     */
    static final List<String> STAFF = List.of(
            "王立峥|Wang Lizheng", "王德岳|Wang Deyue", "张晓蕊|Zhang Xiaorui", "张世英|Zhang Shiying",
            "李宏韬|Li Hongtao", "李振川|Li Zhenchuan", "刘建勋|Liu Jianxun", "刘晓翠|Liu Xiaocui", "陈思颉|Chen Sijie",
            "陈立勤|Chen Liqin", "杨帆舟|Yang Fanzhou", "杨秋玲|Yang Qiuling", "赵维民|Zhao Weimin",
            "周晓雯|Zhou Xiaowen", "吴启航|Wu Qihang", "黄瑞芬|Huang Ruifen", "何文渊|He Wenyuan", "胡晓岚|Hu Xiaolan",
            "余梦婷|Yu Mengting", "邓晓庆|Deng Xiaoqing", "冯卫国|Feng Weiguo", "谢振坤|Xie Zhenkun",
            "唐雪芹|Tang Xueqin", "彭志远|Peng Zhiyuan", "曾凡华|Zeng Fanhua", "熊小莉|Xiong Xiaoli",
            "雷雅婷|Lei Yating", "罗春蓉|Luo Chunrong", "孙国柱|Sun Guozhu", "贺立山|He Lishan", "郑学军|Zheng Xuejun",
            "梁永鸿|Liang Yonghong", "马骥川|Ma Jichuan", "朱海洲|Zhu Haizhou", "蔡文婕|Cai Wenjie",
            "苏秉坤|Su Bingkun", "邵明钧|Shao Mingjun", "姚静姝|Yao Jingshu", "杜春霏|Du Chunfei", "惠文斌|Hui Wenbin",
            "权海龙|Quan Hailong", "时光|Shi Guang", "林泉|Lin Quan", "阴书勤|Yin Shuqin", "桓志远|Huan Zhiyuan");
    /** Children and grandchildren, each with the pinyin. */
    static final List<String> CHILDREN = List.of(
            "王梓歆|Wang Zixin", "张乐乐|Zhang Lele", "李沐柒|Li Muqi", "刘奕航|Liu Yihang", "陈雨霏|Chen Yufei",
            "杨梓豪|Yang Zihao", "周屿桐|Zhou Yutong", "吴思淼|Wu Simiao", "黄语宸|Huang Yuchen", "何芷若|He Zhiruo",
            "余安冉|Yu Anran", "柯诺言|Ke Nuoyan", "邓子骞|Deng Ziqian", "冯可馨|Feng Kexin", "谢天佑|Xie Tianyou",
            "唐小满|Tang Xiaoman", "龚俊逸|Gong Junyi", "彭诗语|Peng Shiyu", "冉梓琪|Ran Ziqi", "苟思远|Gou Siyuan",
            "雒嘉欣|Luo Jiaxin", "骞嘉禾|Qian Jiahe");
    /** The Chinese pool: the villagers, the staff, then the children. */
    static final List<String> NAMES = Stream.of(PATIENTS, STAFF, CHILDREN).flatMap(List::stream).toList();
    /** The Chinese names in characters. */
    static final List<String> CHINESE = NAMES.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    /** Rare surnames that no earlier blind group gave anyone: 骞 (as of 张骞 of 城固), 阴 and 桓. */
    static final String RARE_SURNAMES = "骞阴桓";
    /** Pool names that are also words: surplus grain, the harvest, time, woods and springs. */
    static final List<String> WORD_LIKE = List.of("余粮", "丰收", "时光", "林泉");
    /** Monastics of the mountain temples by their dharma names (释 and the name), with the pinyin. */
    static final List<String> MONASTICS = List.of("释妙云|Shi Miaoyun", "释觉明|Shi Jueming", "释常慧|Shi Changhui",
            "释慧净|Shi Huijing", "释宏愿|Shi Hongyuan", "释能仁|Shi Nengren", "释圆照|Shi Yuanzhao",
            "释清远|Shi Qingyuan");
    /** The monastics in characters (MN). */
    static final List<String> MINORITY = MONASTICS.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    /** Pet names (小名) of the mountain children, labelled whole. */
    static final List<String> NICKNAMES = List.of("锁娃", "存娃", "茶娃", "石娃", "拴牢", "满囤", "栗娃", "秦娃", "柿娃",
            "桃娃", "宝娃", "来娃", "喜娃", "银娃");
    /** The visiting eye team: surgeons, nurses, technicians, optometrists and coordinators, given|family. */
    static final List<String> ENGLISH = List.of("Pramila|Tuladhar", "Bikram|Rajbhandari", "Gwyneth|Hetherington",
            "Rupert|Strachan", "Hemi|Ruatapu", "Selamawit|Wondimu", "Dilani|Ramalingam", "Bethan|MacAskill",
            "Thirumalai|Palaniswamy", "Gesche|Vosskuhle", "Donnchadh|Kennelly", "Anahera|Whaanga",
            "Leulseged|Woldegiorgis", "Ligaya|Magbanua", "Murchadh|Macfadyen", "Ishwori|Dhungana", "Sreypich|Kheang",
            "Adwoa|Nyantakyi", "Hiske|Tjalsma", "Orlaith|Twomey", "Dalisay|Dagohoy",
            "Eskinder|Hailemichael", "Jayanthi|Kumarasinghe", "Fionnlagh|MacLennan");

    /**
     * County codes of today: Hanzhong (汉台, 南郑, 城固, 洋县, 西乡, 勉县, 宁强, 略阳, 镇巴, 留坝, 佛坪), Ankang (汉滨, 汉阴, 石泉,
     * 宁陕, 紫阳, 岚皋, 平利, 镇坪, 白河, 旬阳) and Shangluo (商州, 洛南, 丹凤, 商南, 山阳, 镇安, 柞水).
     */
    private static final List<String> COUNTIES = List.of("610702", "610703", "610722", "610723", "610724", "610725",
            "610726", "610727", "610728", "610729", "610730", "610902", "610921", "610922", "610923", "610924",
            "610925", "610926", "610927", "610929", "610981", "611002", "611021", "611022", "611023", "611024",
            "611025", "611026");
    /** The codes of the old prefectures (汉中地区 6123, 安康地区 6124, 商洛地区 6125) that older people's numbers keep. */
    private static final List<String> OLD_CODES = List.of("612321", "612322", "612323", "612324", "612326", "612328",
            "612422", "612423", "612425", "612426", "612427", "612429", "612522", "612523", "612525", "612526",
            "612527");
    /** Bordering counties: 通江, 南江 and 朝天 of Sichuan, 郧西 and 房县 of Hubei, 巫溪 of Chongqing. */
    private static final List<String> BORDER = List.of("511921", "511922", "510812", "420322", "420325", "500238");
    private static final List<String> AREA = Stream.of(COUNTIES, OLD_CODES, BORDER).flatMap(List::stream).toList();
    private static final List<String> BANK_BINS = List.of("622848", "621799", "622188", "621700", "622202");
    private static final String CARD_LETTERS = "ABCDKNS";
    /** City|county|towns|villages|resettlement communities. */
    private static final List<String> RURAL = List.of(
            "汉中市|西乡县|峡口镇,私渡镇,堰口镇|枣园村,五丰村,茶坪村,骆家坝村|枣园社区,茶乡安置社区",
            "汉中市|镇巴县|渔渡镇,青水镇,观音镇|腰庄村,白鹤村,松树村|幸福安置社区,白鹤新村",
            "汉中市|宁强县|阳平关镇,燕子砭镇,广坪镇|桑树湾村,金山村,擂鼓台村|羌韵安置社区",
            "汉中市|洋县|华阳镇,茅坪镇,槐树关镇|红石窑村,吉祥村,朱鹮村|朱鹮新村",
            "汉中市|留坝县|火烧店镇,马道镇,江口镇|中坝村,沙坝村,柘梨园村|紫柏安置社区",
            "汉中市|佛坪县|袁家庄街道,岳坝镇,陈家坝镇|东岳殿村,大古坪村|椒溪安置社区",
            "汉中市|城固县|小河镇,二里镇,天明镇|二里坝村,黄家营村|橘园安置社区",
            "安康市|紫阳县|蒿坪镇,焕古镇,向阳镇|金石村,东木村,双桥村|富硒茶苑安置社区,双桥安置点",
            "安康市|平利县|老县镇,长安镇,八仙镇|锦屏村,龙头村,药妇沟村|锦屏安置社区",
            "安康市|岚皋县|四季镇,民主镇,南宫山镇|天坪村,松柏村|月池台安置社区",
            "安康市|汉阴县|涧池镇,双河口镇,城关镇|月河村,凤亭村,三柳村|月河安置社区,五一村易地搬迁安置点",
            "安康市|石泉县|池河镇,后柳镇|五爱村,明星村|明星安置社区",
            "安康市|宁陕县|筒车湾镇,皇冠镇|七里村,朝阳村|七里安置小区",
            "安康市|镇坪县|曾家镇,华坪镇|笔架村,金坪村|金坪安置社区",
            "安康市|旬阳市|蜀河镇,仙河镇|黄金村,两河关村|两河安置社区",
            "商洛市|柞水县|营盘镇,小岭镇,凤凰镇|朱家湾村,金米村|金米村安置小区",
            "商洛市|镇安县|云盖寺镇,达仁镇|西华村,双河村|西华安置社区",
            "商洛市|山阳县|漫川关镇,法官镇|前店子村,法官庙村|月亮湾安置社区",
            "商洛市|丹凤县|棣花镇,竹林关镇|万湾村,巩家湾村|万湾安置社区",
            "商洛市|商南县|富水镇,试马镇|油坊岭村,茶坊村|油坊岭安置小区",
            "商洛市|洛南县|石门镇,古城镇|拾桥村,两岔河村|拾桥安置社区");
    /** Natural villages written after the 组. */
    private static final List<String> HAMLETS = List.of("王家湾", "黄家沟", "柳树坪", "石板沟", "陈家梁", "核桃树坪");
    /** City|district or county|subdistricts or town|roads|estates: the city and county-town flats. */
    private static final List<String> URBAN = List.of(
            "汉中市|汉台区|北关街道,东大街街道,龙江街道|北大街,劳动西路,天汉大道,民主街|兴汉苑,石门小区",
            "汉中市|南郑区|汉山街道,大河坎镇|汉山大道,江南路|南湖花园",
            "汉中市|西乡县|城关镇|东大街,南环路,茶都大道|茶都花园,牧马河小区",
            "安康市|汉滨区|老城街道,江北街道,新城街道|巴山东路,兴安路,香溪路|江北佳苑,金州花园",
            "安康市|平利县|城关镇|一桥路,长安路|女娲花园",
            "商洛市|商州区|城关街道,大赵峪街道|北新街,工农路,商鞅大道|丹江花园",
            "商洛市|镇安县|永乐街道|云盖寺路,前街|金城花园");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸", BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    /** Each written full form (pinyin forms, the visiting team) and the person it names. */
    private static final Map<String, String> FULL = writtenForms();
    /** Every surname, given name, dharma name, pinyin surname and English given and family name used alone. */
    private static final Set<String> PARTS = parts();

    private Blind60Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_60 || !templates.isEmpty() && BLIND_60.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own (the record's patient, relative and doctor are drawn from it). */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    private static List<String> hanOf(List<String> entries) {
        return entries.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    }

    private static final List<String> PATIENT_NAMES = hanOf(PATIENTS);
    private static final List<String> STAFF_NAMES = hanOf(STAFF);
    private static final List<String> CHILD_NAMES = hanOf(CHILDREN);
    private static final List<String> ADULT_NAMES = Stream.concat(PATIENT_NAMES.stream(), STAFF_NAMES.stream())
            .toList();

    /** The record's patient or relative: the drawn name when it is a villager's, else the villager it stands for. */
    static String patientOf(String drawn) {
        return PATIENT_NAMES.contains(drawn) ? drawn
                : PATIENT_NAMES.get(CHINESE.indexOf(drawn) % PATIENT_NAMES.size());
    }

    /** The record's doctor: the drawn name when it is a staff member's, else the one it stands for. */
    static String staffOf(String drawn) {
        return STAFF_NAMES.contains(drawn) ? drawn : STAFF_NAMES.get(CHINESE.indexOf(drawn) % STAFF_NAMES.size());
    }

    static List<String> patientNames() {
        return PATIENT_NAMES;
    }

    static List<String> staffNames() {
        return STAFF_NAMES;
    }

    static List<String> childNames() {
        return CHILD_NAMES;
    }

    static List<String> adultNames() {
        return ADULT_NAMES;
    }

    /** The record's monastic (MN), by the dharma name. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** The dharma name without 释: 妙云 of 释妙云. */
    static String dharmaName(String monastic) {
        return monastic.substring(1);
    }

    /** The pinyin of a Chinese pool name or a monastic, family name first: Wang Dechang, Shi Miaoyun. */
    static String pinyinOf(String han) {
        for (String e : NAMES) {
            if (e.substring(0, e.indexOf('|')).equals(han)) return e.substring(e.indexOf('|') + 1);
        }
        for (String e : MONASTICS) {
            if (e.substring(0, e.indexOf('|')).equals(han)) return e.substring(e.indexOf('|') + 1);
        }
        throw new IllegalArgumentException(han);
    }

    /** The pinyin family name alone, as after Mr or Mrs: Wang. */
    static String pinyinSurname(String han) {
        String p = pinyinOf(han);
        return p.substring(0, p.indexOf(' '));
    }

    /** A name as English prose spells it: WANG DECHANG, Wang Dechang, Dechang Wang, WANG Dechang. */
    static String pinyinForm(String han, RandomGenerator r) {
        return pinyinForms(han).get(r.nextInt(4));
    }

    /** A name as an English list writes it, family name first and a comma: WANG, Dechang or Wang, Dechang. */
    static String listForm(String han, RandomGenerator r) {
        return pinyinForms(han).get(4 + r.nextInt(2));
    }

    private static List<String> pinyinForms(String han) {
        String p = pinyinOf(han), f = p.substring(0, p.indexOf(' ')), g = p.substring(p.indexOf(' ') + 1);
        return List.of(f.toUpperCase() + " " + g.toUpperCase(), p, g + " " + f, f.toUpperCase() + " " + g,
                f.toUpperCase() + ", " + g, f + ", " + g);
    }

    /** Every written pinyin form of the Chinese pool and of the monastics. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String han : CHINESE) out.addAll(pinyinForms(han));
        for (String han : MINORITY) out.addAll(pinyinForms(han));
        return out;
    }

    /** The pinyin family names of the pool (and 释's Shi). */
    static List<String> pinyinSurnames() {
        return Stream.concat(CHINESE.stream(), MINORITY.stream()).map(Blind60Templates::pinyinSurname).distinct()
                .toList();
    }

    private static Map<String, String> writtenForms() {
        Map<String, String> out = new HashMap<>();
        for (String n : Stream.of(CHINESE, MINORITY, NICKNAMES).flatMap(List::stream).toList()) out.put(n, n);
        for (String han : Stream.concat(CHINESE.stream(), MINORITY.stream()).toList()) {
            for (String f : pinyinForms(han)) out.put(f, han);
        }
        for (String e : ENGLISH) out.put(e.replace('|', ' '), e.replace('|', ' '));
        return Map.copyOf(out);
    }

    private static Set<String> parts() {
        Set<String> out = new HashSet<>();
        for (String n : CHINESE) {
            out.add(surnameOf(n));
            out.add(addressedGivenName(n));
        }
        for (String m : MINORITY) out.add(dharmaName(m));
        out.addAll(pinyinSurnames());
        for (String e : ENGLISH) {
            out.add(family(e));
            out.add(given(e));
        }
        return Set.copyOf(out);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null || PARTS.contains(w);
    }

    /**
     * The person a labelled value names in full, or null when the value (a surname, a given or dharma name) names no
     * one in full: pinyin forms stand for the Chinese name, OCR'd names for the name without the blanks and breaks,
     * the visiting team for themselves.
     */
    static String fullNameOf(String w) {
        String full = FULL.get(w);
        if (full != null) return full;
        return isScannedName(w) ? w.replaceAll("[ \n\u3000]", "") : null;
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

    static List<String> dharmaNames() {
        return MINORITY.stream().map(Blind60Templates::dharmaName).toList();
    }

    /** The visiting team in full. */
    static List<String> fullForms() {
        return ENGLISH.stream().map(e -> e.replace('|', ' ')).toList();
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

    static List<String> countyCodes() {
        return COUNTIES;
    }

    static List<String> oldCodes() {
        return OLD_CODES;
    }

    static List<String> borderCodes() {
        return BORDER;
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** 陕西省汉中市, 汉中市 or nothing before the county. */
    private static String prefix(String city, boolean withProvince, RandomGenerator r) {
        if (withProvince) return "陕西省" + city;
        return r.nextInt(3) > 0 ? city : "";
    }

    /** 1 to 12 as 1 … 12 or as 一 … 十二 (the 组 of hand-written and spoken addresses). */
    private static String groupNumber(RandomGenerator r) {
        int n = 1 + r.nextInt(12);
        return r.nextInt(3) == 0 ? IdentifierForms.chineseNumber(n) : String.valueOf(n);
    }

    /**
     * A village: 陕西省安康市紫阳县蒿坪镇金石村4组(12号), 紫阳县蒿坪镇金石村三组王家湾; a resettlement community:
     * 汉阴县涧池镇月河安置社区3号楼2单元501室, 平利县老县镇锦屏安置社区12栋602; {@code partial} stops at the town, the village or
     * the community.
     */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(RURAL, r).split("\\|");
        String town = prefix(t[0], withProvince, r) + t[1] + one(t[2], r);
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> town;
                case 1 -> town + one(t[3], r);
                default -> town + one(t[4], r);
            };
        }
        if (r.nextInt(3) == 0) {
            String community = town + one(t[4], r);
            int floor = 1 + r.nextInt(11), room = 1 + r.nextInt(4);
            return r.nextBoolean()
                    ? community + (1 + r.nextInt(16)) + "号楼" + (1 + r.nextInt(3)) + "单元" + floor + "0" + room + "室"
                    : community + (1 + r.nextInt(16)) + "栋" + floor + "0" + room;
        }
        String v = town + one(t[3], r) + groupNumber(r) + "组";
        return switch (r.nextInt(3)) {
            case 0 -> v + (1 + r.nextInt(60)) + "号";
            case 1 -> v + pick(HAMLETS, r);
            default -> v;
        };
    }

    /**
     * A flat in Hanzhong, Ankang or Shangluo or a county town: road, number, estate, N栋N单元NNN室 or N号楼NNN; {@code
     * partial} stops at the 街道 or town, the road or its number.
     */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(URBAN, r).split("\\|");
        String district = prefix(t[0], withProvince, r) + t[1];
        String road = district + one(t[2], r) + one(t[3], r);
        String number = road + (1 + r.nextInt(220)) + "号";
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> district + one(t[2], r);
                case 1 -> road;
                default -> number;
            };
        }
        int floor = 1 + r.nextInt(18), room = 1 + r.nextInt(4);
        return r.nextBoolean()
                ? number + one(t[4], r) + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(4)) + "单元" + floor + "0" + room + "室"
                : number + one(t[4], r) + (1 + r.nextInt(20)) + "号楼" + floor + "0" + room;
    }

    /** An address of the region: a village or resettlement community (most of the families) or a flat. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 7 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    private static String writtenId(String id, RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /**
     * An adult's resident ID: one in eight an elder's 15-digit number on an old prefecture code (born 1930 to 1965);
     * else 18 characters, born 1930 to 2003, on a county code or, one in four, an old prefecture code, written plain,
     * with a lower-case x, or 6-8-4 by blanks or hyphens.
     */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(8) == 0) return IdentifierForms.legacyId(pick(OLD_CODES, r), 30, 36, r);
        String area = r.nextInt(4) == 0 ? pick(OLD_CODES, r) : pick(COUNTIES, r);
        return writtenId(IdentifierForms.residentId(area, 1930, 74, r), r);
    }

    /** A spouse's or worker's ID from the bordering counties of Sichuan, Hubei and Chongqing, born 1960 to 2003. */
    static String borderIdNumber(RandomGenerator r) {
        return writtenId(IdentifierForms.residentId(pick(BORDER, r), 1960, 44, r), r);
    }

    /** A child's resident ID on a county code, born 2010 to 2024. */
    static String childIdNumber(RandomGenerator r) {
        return writtenId(IdentifierForms.residentId(pick(COUNTIES, r), 2010, 15, r), r);
    }

    /** An adult's ID read off a form with a box for every character: a blank between every character. */
    static String boxedIdNumber(RandomGenerator r) {
        String area = r.nextInt(4) == 0 ? pick(OLD_CODES, r) : pick(COUNTIES, r);
        return String.join(" ", IdentifierForms.residentId(area, 1930, 74, r).split(""));
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 139 1234 5678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        String split = n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
        return switch (r.nextInt(5)) {
            case 0 -> split;
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + split;
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

    /**
     * The visiting team's numbers: Nepal +977 98xxxxxxxx, Australia +61 4xx xxx xxx, New Zealand +64 21 xxx xxxx, Britain
     * +44 7xxx xxxxxx, India +91 9xxxx xxxxx, Ethiopia +251 9x xxx xxxx, the Philippines +63 9xx xxx xxxx.
     */
    static String abroadMobile(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0 -> "+977 98" + digits(8, r);
            case 1 -> "+61 4" + digits(2, r) + " " + digits(3, r) + " " + digits(3, r);
            case 2 -> "+64 21 " + digits(3, r) + " " + digits(4, r);
            case 3 -> "+44 7" + digits(3, r) + " " + digits(6, r);
            case 4 -> "+91 9" + digits(4, r) + " " + digits(5, r);
            case 5 -> "+251 9" + digits(1, r) + " " + digits(3, r) + " " + digits(4, r);
            default -> "+63 9" + digits(2, r) + " " + digits(3, r) + " " + digits(4, r);
        };
    }

    /**
     * A landline: seven digits (2… to 8…) on 0916 Hanzhong, 0915 Ankang or 0914 Shangluo, eight (8…) on 029 Xi'an, as
     * (0916)2212345, 0916-2212345, 0916 221 2345, +86 916 2212345, or the local digits alone.
     */
    static String landline(RandomGenerator r) {
        String code = pick(List.of("0916", "0915", "0914", "029"), r);
        String local = code.equals("029") ? "8" + digits(7, r) : (2 + r.nextInt(7)) + digits(6, r);
        int cut = local.length() - 4;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + code + ")" + local;
            case 1 -> code + " " + local.substring(0, cut) + " " + local.substring(cut);
            case 2 -> "+86 " + code.substring(1) + " " + local;
            case 3 -> local;
            default -> code + "-" + local;
        };
    }

    /** An inpatient number: the year and six digits, 2024006871. */
    static String inpatientNumber(RandomGenerator r) {
        return (2019 + r.nextInt(7)) + digits(6, r);
    }

    /** An outpatient number: MZ, the year's two digits and eight more. */
    static String outpatientNumber(RandomGenerator r) {
        return "MZ" + (19 + r.nextInt(7)) + digits(8, r);
    }

    /**
     * A resident health-file number of seventeen digits: the county code, the township (three digits), the village
     * (three) and a serial (five), run on or 6-3-3-5 by hyphens.
     */
    static String healthFileNumber(RandomGenerator r) {
        String county = pick(COUNTIES, r), town = "1" + String.format("%02d", r.nextInt(30)),
                village = String.format("%03d", 1 + r.nextInt(40)), serial = digits(5, r);
        return r.nextInt(3) == 0 ? county + "-" + town + "-" + village + "-" + serial : county + town + village + serial;
    }

    /** A register number: the register's letters, the county code and five digits, GXY-610724-00387. */
    static String registerNumber(String register, RandomGenerator r) {
        return register + "-" + pick(COUNTIES, r) + "-" + digits(5, r);
    }

    /** The medical community's master patient index: YGT, the county code and eight digits. */
    static String masterIndex(RandomGenerator r) {
        return "YGT" + pick(COUNTIES, r) + digits(8, r);
    }

    /** A social-security card number: a letter and eight digits. */
    static String socialSecurityCard(RandomGenerator r) {
        return CARD_LETTERS.charAt(r.nextInt(CARD_LETTERS.length())) + digits(8, r);
    }

    /** An old rural cooperative (合疗) number: the county code, the household (six digits), the member (two). */
    static String ruralCooperativeNumber(RandomGenerator r) {
        return pick(COUNTIES, r) + digits(6, r) + "0" + (1 + r.nextInt(7));
    }

    /** Where the label does not say which: either. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextBoolean() ? socialSecurityCard(r) : ruralCooperativeNumber(r);
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

    private static String dateIn(int y, RandomGenerator r) {
        int m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(5)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> String.format("%d.%02d.%02d", y, m, d);
            case 3 -> y + "/" + m + "/" + d;
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** An adult's or elder's date of birth, 1930 to 2003: 1952年3月12日, 1952-03-12, 1952.03.12, 1952/3/12, 19520312. */
    static String birthDate(RandomGenerator r) {
        return dateIn(1930 + r.nextInt(74), r);
    }

    /** A child's, 2010 to 2024, in the same forms. */
    static String childBirthDate(RandomGenerator r) {
        return dateIn(2010 + r.nextInt(15), r);
    }

    /** The 出生年月 of forms: 1952.03, 1952年3月. */
    static String birthMonth(RandomGenerator r) {
        int y = 1930 + r.nextInt(74), m = 1 + r.nextInt(12);
        return r.nextBoolean() ? String.format("%d.%02d", y, m) : y + "年" + m + "月";
    }

    /** As the eye team writes it: 12-Mar-1952, 12 Mar 1952, March 12, 1952. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(74), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> String.format("%02d-%s-%d", d, month.substring(0, 3), y);
            case 1 -> d + " " + month.substring(0, 3) + " " + y;
            default -> month + " " + d + ", " + y;
        };
    }

    /** As an elder says it: 五二年三月十二号 or 一九五二年三月十二号. */
    static String spokenBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(40), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String year = IdentifierForms.chineseYear(y);
        return (r.nextBoolean() ? year.substring(2) : year) + "年" + IdentifierForms.chineseNumber(m) + "月"
                + IdentifierForms.chineseNumber(d) + "号";
    }

    /** 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** The sexagenary name of a year: 壬辰 of 1952. */
    static String ganzhi(int y) {
        return "" + STEMS.charAt(Math.floorMod(y - 4, 10)) + BRANCHES.charAt(Math.floorMod(y - 4, 12));
    }

    /** An elder's lunar birthday: 农历1952年腊月初八, 古历五二年冬月十五, 壬辰年腊月初八. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(36), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String monthDay = LUNAR_MONTHS.charAt(m) + "月" + lunarDay(d);
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + monthDay;
            case 1 -> "古历" + IdentifierForms.chineseYear(y).substring(2) + "年" + monthDay;
            default -> ganzhi(y) + "年" + monthDay;
        };
    }

    /** The oldest's birthday in the Republican calendar (1935 to 1948): 民国三十六年八月十二日, 民国36年8月12日. */
    static String republicanBirthDate(RandomGenerator r) {
        int year = 24 + r.nextInt(14), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return r.nextBoolean()
                ? "民国" + IdentifierForms.chineseNumber(year) + "年" + IdentifierForms.chineseNumber(m) + "月"
                        + IdentifierForms.chineseNumber(d) + "日"
                : "民国" + year + "年" + m + "月" + d + "日";
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "P" -> out.write(patientOf(people[0]), EntityKind.NAME);
            case "F" -> out.write(patientOf(people[1]), EntityKind.NAME);
            case "DR" -> out.write(staffOf(people[2]), EntityKind.NAME);
            case "N" -> out.write(pick(ADULT_NAMES, random), EntityKind.NAME);
            case "C" -> out.write(pick(CHILD_NAMES, random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(patientOf(people[0])), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(patientOf(people[1])), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(staffOf(people[2])), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(pick(ADULT_NAMES, random)), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(patientOf(people[0])), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(patientOf(people[0]), random), EntityKind.NAME);
            case "FO" -> out.write(PoolNameForms.scannedName(patientOf(people[1]), random), EntityKind.NAME);
            case "CO" -> out.write(PoolNameForms.scannedName(pick(CHILD_NAMES, random), random), EntityKind.NAME);
            case "PY" -> out.write(pinyinForm(patientOf(people[0]), random), EntityKind.NAME);
            case "PYL" -> out.write(listForm(patientOf(people[0]), random), EntityKind.NAME);
            case "PYS" -> out.write(pinyinSurname(patientOf(people[0])), EntityKind.NAME);
            case "FY" -> out.write(pinyinForm(patientOf(people[1]), random), EntityKind.NAME);
            case "NY" -> out.write(pinyinForm(pick(ADULT_NAMES, random), random), EntityKind.NAME);
            case "NYS" -> out.write(pinyinSurname(pick(ADULT_NAMES, random)), EntityKind.NAME);
            case "MA" -> out.write(dharmaName(people[3]), EntityKind.NAME);
            case "MY" -> out.write(pinyinForm(people[3], random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDX" -> out.write(borderIdNumber(random), EntityKind.ID_NUMBER);
            case "IDC" -> out.write(childIdNumber(random), EntityKind.ID_NUMBER);
            case "IDO" -> out.write(boxedIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MX" -> out.write(abroadMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RM" -> out.write(outpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RH" -> out.write(healthFileNumber(random), EntityKind.MEDICAL_RECORD);
            case "RG" -> out.write(registerNumber("GXY", random), EntityKind.MEDICAL_RECORD);
            case "RT" -> out.write(registerNumber("TNB", random), EntityKind.MEDICAL_RECORD);
            case "RJ" -> out.write(registerNumber("YZJ", random), EntityKind.MEDICAL_RECORD);
            case "RE" -> out.write(masterIndex(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IS" -> out.write(socialSecurityCard(random), EntityKind.INSURANCE);
            case "IN" -> out.write(ruralCooperativeNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBV" -> out.write(spokenBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBR" -> out.write(republicanBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Fifty-third blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_53}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: health care of gig and migrant workers in the Pearl River Delta and Hangzhou, in a consortium led
 * by the fictional tertiary 南海医科大学附属鹏湾医院 in Shenzhen with community health service centres (社康) in urban villages (城中村:
 * 岗厦, 下沙, 白石洲, 固戍, 沙井, 坂田) and the clinic of an industrial park in Dongguan (锦厦工业园医务室, 长安镇). Emergency notes of riders'
 * electric-bike crashes, work-injury (工伤) claims and the occupational-injury protection of platform workers
 * (新就业形态就业人员职业伤害保障), labour-dispute mediation, arbitration and court records naming workers, construction-site
 * first-aid logs, rosters and wage sheets of foremen (班组长, 包工头), heat-stroke notices, dormitory TB and scabies
 * screening, migrant children's vaccination catch-up, pregnant migrant women's booking (流动人口), phone calls to
 * left-behind families at home, crowdfunding pages and donation lists, live-stream injury incidents, platform
 * customer-service tickets, WeChat groups of fellow villagers (老乡群) with Cantonese, Hakka-flavoured, Hunan, Sichuan and
 * Henan speech, Yi workers from Liangshan in Dongguan factories, old pneumoconiosis records of Hunan drillers, voice
 * notes, SMS, OCR'd forms, CSV, tab, pipe and markdown tables, JSON exports, e-mails and English documents for foreign
 * buyers, NGOs, insurers and researchers (about a seventh in English).
 *
 * <p>The people: delivery riders, ride-hailing drivers, live-streamers, e-commerce warehouse workers, construction
 * labourers and factory workers from Hunan, Henan, Sichuan, Guangxi, Guizhou, Jiangxi and eastern Guangdong, their
 * spouses and children in the city, parents and children left at home, foremen, dispatchers and station masters,
 * doctors and nurses, lawyers, mediators and social workers, Yi workers and their labour brokers, foreign buyers'
 * auditors, NGO staff and insurers.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, lists, English prose). A surname in a form of address
 * labels the surname only ({@code PS} the patient's, {@code FS} the relative's, {@code DS} the doctor's, {@code NS} a
 * further person's): 老X, 小X, 阿X, X生, X姑娘, X工, X总, X老板, X师傅, X医生, X律师, X站长, X宿管, X老表, X姐, X哥, X叔, X嫂, X妹. A given name
 * used alone ({@code PG}) labels the given name (a one-character given name is never used alone). A worker's handle or
 * nickname that builds on the name ({@code PK}: 阿彪跑腿, 蒙小曦Mona, 添仔) names the person and is labelled whole; handles that
 * name no one (追风少年, 一路向南, 爱心人士) and platform rider and driver IDs are not names. A child known by a parent (X家满崽,
 * X家妹崽) labels the parent. Kin words, titles and roles alone are not names: 老乡, 老表, 工友, 包工头, 班组长, 站长, 宿管, 屋里人, 老汉儿, 满崽,
 * 妹崽, 老细; nor are dialect words (冇事, 睇过, 么子, 莫得事, 中不中, 麽个, 边个, 唔该晒). An OCR'd name ({@code PO}) broken by a line break,
 * a blank after the surname, or a blank or ideographic blank between every character is one span. Workers in English
 * documents are written in pinyin ({@code PY} the patient, {@code NY} a further person, {@code DY} the doctor: Luo
 * Xijun, Xijun Luo, LUO Xijun; {@code DSY} the doctor's surname alone after Dr, which stays outside the span). The
 * record's Yi worker from Liangshan ({@code MN}: 吉狄拉铁, the clan name and the personal name) is also written by the Han
 * name used at the factory ({@code MW}: 吉宏彬), in pinyin ({@code MY}: Jidi Latie) and by the personal name alone ({@code
 * MG}: 拉铁); {@code NM} is a further Yi name. Foreign auditors, NGO staff and insurers ({@code E}, {@code E2}) are
 * labelled whole, a family name alone ({@code ES}) and a given name alone ({@code EG}) too; Dr and Ms stay outside the
 * span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on county codes of
 * the home provinces — Hunan 43, Henan 41, Sichuan 51, Guangxi 45, Guizhou 52, Jiangxi 36, Guangdong 44 with 宝安 and 东莞
 * — plain, with a lower-case x, 6-8-4 by blanks or hyphens; {@code IDY}: Yi workers' numbers on Liangshan codes, born
 * 1998 to 2008, some under age; {@code IDO}: 15-digit numbers with a valid birth date on old Hunan and Meizhou codes,
 * as the pneumoconiosis records of 2009 keep them), mobiles ({@code M}: on the prefixes in use, plain, 3-4-4 by blanks
 * or hyphens, +86 with or without blanks, (+86); {@code MV}: spoken, 幺 or 一 for one, 零 for nought, run on, by blanks or
 * by commas; {@code MX}: numbers abroad, +852, +1, +49, +44), landlines ({@code L}: eight digits on 0755 Shenzhen, 0769
 * Dongguan and 0571 Hangzhou, as 0755-23861234, (0769)22831234, 0571 8562 1234, +86 755 23861234, or eight digits
 * alone; {@code LH}: home-county numbers, seven digits on 0739 邵阳, 0394 周口, 0817 南充, 0775 玉林 and 0753 梅州, eight on 0851
 * (Guizhou since 2015), or seven digits alone), addresses ({@code A}: rented rooms in urban villages by 村, 坊, 巷, 号, 栋
 * and 楼, with or without the province, city, district and 街道, Dongguan communities by town, Hangzhou villages by 组;
 * {@code A0}: stopping at the 街道, the village or the lane; {@code AD}: factory dormitories and site living quarters,
 * 锦厦工业园C区宿舍5栋312房; {@code AH}: home villages by county, town, village and 组; {@code AH0}: stopping at the town or the
 * village), record numbers ({@code RZ}: inpatient PW24061873; {@code RE}: emergency JZ202406180037; {@code RA}:
 * 17-digit resident health archive numbers on a Shenzhen, Dongguan or Hangzhou district code; {@code RV}: immunisation
 * client codes 440306-2019-03871; {@code RT}: TB register numbers DGJH20240387), insurance numbers ({@code IP}:
 * Shenzhen social insurance 电脑号, nine digits; {@code IR}: home-county resident medical insurance numbers, a province
 * code and ten digits; {@code I}: either, where the label says only 医保号), bank cards ({@code B}: 16 or 19 digits with a
 * valid Luhn digit, plain or in fours by blanks or hyphens), dates of birth ({@code DOB}: 1986年3月14日, 1986-03-14,
 * 1986.3.14, 1986/3/14, 19860314, 86年3月14号; {@code DOBC}: children born 2012 to 2024; {@code DOBL}: parents' lunar
 * dates, 农历1958年八月十五, 阴历五八年腊月初八; {@code DOBE}: 14 March 1986, Mar 14, 1986, 14/03/1986; {@code DOBM}: the 出生年月 of
 * rosters, 1986.03, 1986年3月). Not labelled: visit, injury and hearing dates and times, ages, GCS, ISS and other scores,
 * disability grades, gestational weeks, temperatures and lab values, amounts of wages, compensation, bills and
 * donations, rider and driver IDs, ticket, claim, report, policy, case, decision and certificate numbers, licence
 * plates, residence-permit endorsement numbers, passports, participant codes, coordinates, beds and dormitory beds, a
 * dormitory building named without a room in non-address use (锦厦工业园宿舍B栋共11人瘙痒), masked phone numbers of donation lists,
 * hotlines (12333, 120), organisations and places alone, kin words and roles, dialect words, handles that name no one,
 * and words beginning with a pool surname (黄疸, 叶酸, 谢谢, 余额, 石膏, 温度, 周围, 罗红霉素, 蒙脱石散; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind51Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * migrant workers' ward of Shenzhen would look: 陈, 李, 黄, 张, 刘, 王, 杨 dominate, then 罗, 周, 邓, 谢, 彭, 曾, the Zhuang and
 * Guangxi surnames (韦, 覃, 蒙, 农, 陆, 莫, 黎), the Miao and Dong ones of Guizhou (吴, 龙, 潘, 石), the Hakka ones (钟, 温, 赖, 古,
 * 巫, 邱), the Sichuan ones (蒲, 苟, 敬, 鲜), the Henan surnames no earlier group used ({@link #RARE_SURNAMES}), the names of
 * workers born 1965 to 2005 (志彪, 细军, 灶生, 伙金, 二妮), their parents' and children's, and word-like names ({@link
 * #WORD_LIKE}). {@link #YI} holds the Yi workers with their Han names and pinyin, {@link #NICKNAMES} the handles,
 * {@link #ENGLISH} the foreign auditors, NGO staff and insurers. Any non-empty subset of {@link #BLIND_53} uses these
 * pools (see {@link #uses}).
 */
final class Blind53Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270123L;

    static final List<String> BLIND_53 = List.of(
            // Emergency notes of riders' electric-bike crashes.
            "急诊病历\n姓名：{P}  性别：{SEX}\n急诊号：{RE}\n主诉：骑电动车送餐时与小汽车碰撞致头部、右下肢疼痛1小时\n查体：GCS 14分，右胫腓骨开放性骨折\n"
                    + "职业：外卖骑手（骑手ID 20887431）\n联系人：{F}（妻子）{M}\n接诊医生：{DR}\n",
            "【鹏湾医院急诊】{P}家属：患者已由120送至我院急诊抢救室，请尽快携带身份证到急诊一楼。值班医生{DR}，电话{L}\n",
            "急诊交班：EICU 3床 {P}，男，34岁，电动车与泥头车相撞，ISS 22，骨盆骨折、脾破裂术后；家属{F}昨晚从{AH0}赶来，电话{M}\n",
            "[微信 龙华民治站骑手群]\n{N}：{PS}哥出事了，在梅林路口被车刮了\n{NS}站长：人在哪个医院？\n{N}：鹏湾医院急诊，{DS}医生说小腿骨折要手术\n"
                    + "{N}：站长我先去垫钱，大家莫慌\n",
            "交通事故认定书（摘录）\n当事人：{P}，身份证号{ID}，驾驶电动自行车\n对方：{N}，驾驶小型轿车 粤B·7F3K2\n"
                    + "事故地点坐标 22.5431,113.9286\n责任认定：{P}承担次要责任\n",
            "{\"visitNo\":\"{RE}\",\"patient\":\"{P}\",\"idCard\":\"{ID}\",\"mechanism\":\"e-bike vs car\",\"gcs\":14,"
                    + "\"helmet\":false,\"riderId\":\"20887431\",\"contact\":\"{M}\"}\n",
            "Emergency department note (for the insurer)\nPatient: {PY}, DOB {DOBE}\nED number: {RE}\n"
                    + "Mechanism: delivery rider, e-bike collision at 22:40, no helmet\n"
                    + "Injuries: closed fracture of right radius, scalp laceration 4 cm\nAttending: Dr {DSY}\n",
            "[语音转文字] 喂 是{P}的家属吗 我是鹏湾医院急诊的 他送外卖的时候摔了 现在人是清醒的 你们尽快过来 有事打我电话{MV}\n",
            "[语音留言] {DS}医生 我是{P} 就是那个送外卖摔断手的 我想问一下 拆了石膏之后能不能骑车 站长催我回去跑单 我电话{MV}\n",
            // Work injury (工伤) and the occupational-injury protection of platform workers.
            "工伤认定申请表\n申请人：{P}  身份证号：{ID}\n用人单位：东莞市锦厦五金制品有限公司\n受伤时间：{D} {TIME}\n"
                    + "受伤经过：操作冲床时右手食指、中指被压伤\n联系电话：{M}  住址：{AD}\n",
            "新就业形态就业人员职业伤害保障 报案登记\n报案号 RGD2024061800387\n伤者：{P}  身份证号：{ID}\n"
                    + "平台：某外卖平台（骑手ID 20887431）\n伤者住址：{A}\n收款账户：{B}\n",
            "工伤医疗费报销清单|{P}|社保电脑号{IP}|医疗费38,642.17元|单位已垫付12,000元|收款卡{B}\n",
            "[微信 东莞长安老乡群]\n{N}：{P}的工伤认定落来未？\n{F}：还冇，厂里讲要等人社局\n{N}：打12333问下，或者找{NS}律师\n",
            "{\"claimNo\":\"ZYSH20240618-0093\",\"injured\":\"{P}\",\"idNo\":\"{ID}\",\"platform\":\"ride-hailing\","
                    + "\"plate\":\"粤B·D12345\",\"insuredNo\":\"{IP}\",\"payee\":\"{B}\"}\n",
            "Occupational injury protection - claim letter\nDear {PY},\n"
                    + "We acknowledge your claim ZYSH20240618-0093 for "
                    + "the injury of {D}. Please send the discharge summary and a copy of your bank card ({B}).\n"
                    + "Claims officer: {E}\ncc: Ms {ES}\n",
            "工伤私了协议\n甲方：{N}（包工头）\n乙方：{P}，身份证{ID}\n乙方在坂田项目扎钢筋时从二层架子摔下，甲方一次性补偿28,000元，今后互不追究。\n"
                    + "见证人：{N}\n",
            // Labour disputes, mediation, arbitration and courts.
            "仲裁裁决书 深宝劳人仲案〔2024〕12873号\n申请人：{P}，身份证号{ID}，住{A}\n委托代理人：{N}，广东鹏法律师事务所律师\n"
                    + "被申请人：深圳市某劳务分包有限公司\n",
            "(2024)粤0306民初12873号 民事判决书（节选）\n原告：{P}，住{AH}。\n被告：{N}，系该工程劳务班组长。\n原告在被告承包的工地务工期间受伤……\n",
            "法律援助申请：申请人{P}，{DOB}生，户籍{AH}，现住{A}；案由：工伤待遇纠纷；承办律师{N}，电话{L}\n",
            "[微信 讨薪群]\n{N}：明天早上8点劳动站门口集合\n{PK}：收到\n{N}：{PS}叔你把考勤表带上，{NS}老板那边不认\n",
            "Case note, labour NGO (Shenzhen)\nClient: {PY}\nIssue: unpaid wages, injury not reported by the "
                    + "subcontractor\nReferred to: {N}, legal aid lawyer, tel {L}\nFunder's liaison abroad: {MX}\n"
                    + "Next step: arbitration hearing on {D}\n",
            // Construction sites: first aid, rosters, wages.
            "工地急救记录\n项目：坂田城中村改造二期\n伤员：{P}  班组：钢筋班（班组长{N}）\n时间：{D} {TIME}\n情况：被钢管砸中左肩，意识清楚\n"
                    + "处置：冰敷、固定，送鹏湾医院\n记录人：安全员{NS}工\n",
            "姓名,身份证号,工种,出生年月,电话\n{P},{ID},木工,{DOBM},{M}\n{N},{ID},钢筋工,{DOBM},{M}\n",
            "| 姓名 | 工种 | 籍贯 | 进场日期 | 联系电话 |\n|---|---|---|---|---|\n| {P} | 泥水工 | {AH0} | {D} | {M} |\n"
                    + "| {N} | 架子工 | {AH0} | {D} | {M} |\n",
            "[OCR] 建筑工人实名制登记卡\n姓 名 {PO}\n身份证 {ID}\n工种 电焊工  操作证号 TS-GD-2024-01873\n紧急联系人 {F}  {M}\n",
            "工地日报：今日气温37℃，{N}班组3人轻度中暑，已送工地医务室；{PS}师傅血压{BP}，劝其休息；包工头{N}电话{M}\n",
            "[语音转文字] {PS}哥 我是{N} 你那个老乡{PG}从架子上摔下来了 脚肿得好大 老板讲先去诊所看下 你帮忙问下他屋里人电话 我这边是{MV}\n",
            "[微信 坂田项目钢筋班]\n{N}：明天开始早上6点开工，中午11点到3点停工避暑\n阿{NS}：收到\n"
                    + "{N}：{PS}师傅，你把新来几个人的身份证拍给我，要录实名\n",
            "工资发放表（包工头{N}）\n序号\t姓名\t银行卡号\t实发\n1\t{P}\t{B}\t8,640元\n2\t{N}\t{B}\t7,920元\n",
            "Safety incident report - site audit\nSubcontractor foreman: {N}\nInjured worker: {PY}, scaffolder, 46\n"
                    + "First aid by: {NY}\nHospital doctor: {DY}\nWorker's phone: {M}\nAuditor: {E}\n",
            "工业园医务室门诊日志\n{P}，{SEX}，钢筋工，右手掌被铁丝划伤2cm，予清创包扎，破伤风已打；工友{PK}陪同\n医生 {DR}\n",
            "班组长交接：{P}（{DOBM}生）胸闷两天，我叫他去社康，他讲冇事；他老婆{F}在仓库上夜班，电话{M}；{NS}工知道情况\n",
            // Heat stroke.
            "热射病病例报告\n患者：{P}  住院号：{RZ}\n职业：建筑工人（坂田项目）\n发病：{D} 14:30在工地晕倒，肛温41.2℃\n"
                    + "诊断：热射病、横纹肌溶解\n报告医生：{DR}\n",
            "中暑登记表|{P}|{AD}|车间温度38℃|轻症中暑|藿香正气水、休息|记录人{N}\n",
            "防暑降温检查记录：锦厦工业园3号车间温度36℃，未配凉茶；工人{N}、{N}诉头晕；已通知厂方{NS}总整改\n",
            "[微信 九堡电商仓打包群]\n{N}：今天仓里好热，{PK}刚刚晕倒哒\n{N}：送到哪里去了\n{N}：九堡社区卫生服务中心，{DS}医生在看，讲是中暑\n",
            // Dormitory TB and scabies screening.
            "宿舍肺结核密切接触者筛查登记\n指示病例：{P}（登记号{RT}）\n宿舍：{AD}\n密接：{N}、{N}、{N}\nIGRA 安排于{D}\n联系人：厂医{DR}\n",
            "肺结核患者转诊单\n患者：{P}  身份证号：{ID}\n现住址：{AD}\n户籍地址：{AH}\n痰涂片阳性，建议在东莞市结核病防治所登记治疗；联系电话{M}\n",
            "| 床号 | 姓名 | IGRA | 胸片 | 处理 |\n|---|---|---|---|---|\n| 5-312-1 | {P} | 阳性 | 右上肺斑片影 | 转诊 |\n"
                    + "| 5-312-2 | {N} | 阴性 | 正常 | 观察 |\n",
            "疥疮集体发病处置记录：锦厦工业园宿舍B栋共11人瘙痒，镜检确诊{P}等4人，予硫磺软膏外用，床单被褥煮沸消毒；宿管{N}，电话{M}\n",
            "[微信 锦厦宿舍B栋]\n{N}：宿舍又有人痕到瞓唔着\n{N}：{PS}姐讲系疥疮，要去医务室\n{NS}宿管：明天全栋换床单，个个都要去检查\n",
            "[OCR] 结核病患者服药卡\n姓名 {PO}\n登记号 {RT}\n现住址 {AD}\n督导员 {N}\n电话 {M}\n",
            "index_case,contact,relation,phone,result\n{RT},{N},roommate,{M},IGRA+\n"
                    + "{RT},{N},co-worker,{M},IGRA-\n",
            // Migrant children's vaccination catch-up.
            "流动儿童预防接种查漏补种通知\n儿童：{N}  出生日期：{DOBC}\n接种编码：{RV}\n家长：{F}  电话：{M}\n现住：{A}\n"
                    + "需补种：麻腮风第2剂、乙脑减毒活疫苗第2剂\n",
            "【宝安西乡社康】{F}家长您好，您的孩子{N}（接种编码{RV}）尚欠百白破加强针，请于{D}前携带接种证到社康接种。\n",
            "[语音转文字] 喂 是社康吗 我崽的接种本放在老家了 在{AH0}他奶奶那里 他是{DOBC}生的 你们能不能查到啊 我电话{MV}\n",
            "{\"child\":\"{N}\",\"dob\":\"{DOBC}\",\"code\":\"{RV}\",\"guardian\":\"{F}\",\"guardianTel\":\"{M}\","
                    + "\"missing\":[\"MMR-2\",\"JE-2\"]}\n",
            "入学查验接种证：{N}（{DOBC}生），家长{F}称孩子在{AH0}打过卡介苗，接种证丢失；请户籍地接种单位出具证明，联系电话{LH}\n",
            "新生儿访视：{N}，{DOBC}出生，皮肤黄疸已退，母亲{P}母乳喂养；住{A}，父亲{F}在杭州跑网约车\n",
            // Pregnant migrant women.
            "孕产妇建档登记（流动人口）\n姓名：{P}  出生日期：{DOB}\n身份证号：{ID}\n丈夫：{F}  电话：{M}\n现居住地：{A}\n户籍地：{AH}\n"
                    + "末次月经：2024-03-02  孕周 11+3\n",
            "高危孕妇随访：{P}，G3P1，孕28周，妊娠期糖尿病，在东莞工厂流水线站班每天10小时；已开具休息证明；丈夫{F}；责任医生{DR}\n",
            "【坂田社康】{P}您好，您的孕早期建档已完成，请于{D}携带母子健康手册到社康做NT检查，叶酸继续吃。咨询{L}\n",
            "[微信 城中村孕妈群]\n{N}：{PS}妹，你建档了冇\n{P}：还冇，居住证冇办下来\n{N}：冇居住证也可以建，带身份证去社康就得\n",
            "分娩登记：{P}，{DOB}生，于{D}顺产一女婴，3150g；丈夫{F}在杭州跑网约车，电话{M}；产后回{AH0}坐月子\n",
            "Antenatal booking (NGO migrant women programme)\nName: {PY}\nDate of birth: {DOBE}\nPhone: {M}\n"
                    + "Husband: {NY}, warehouse worker\nBooked at: Bantian community health centre\n",
            "[语音转文字] 喂 {NS}姑娘啊 我系{P}个老公 佢今日产检个报告出咗未 我手机{MV} 唔该晒\n",
            // Left-behind families at home.
            "电话随访记录（留守家庭）\n患者：{P}（在深圳送外卖）\n联系人：母亲{F}，{AH}\n家中座机：{LH}\n"
                    + "内容：告知其子骨折手术顺利，老人问么子时候能回来\n随访人：社工{N}\n",
            "[语音转文字] 奶奶 我是{N} 是{PG}的同事 他在医院蛮好 你莫担心 医生讲过两个礼拜就出院 我把他电话给你 {MV}\n",
            "[微信 视频通话]\n{F}：崽，你腿还疼不\n{P}：好多了，{DS}医生讲下礼拜拆线\n{F}：你爷爷生日是{DOBL}，记得打电话回来\n",
            "留守儿童情况登记\n儿童：{N}（{DOBC}生），随祖母{N}（{DOBL}生）生活\n地址：{AH}\n父亲：{P}，在东莞长安做模具，电话{M}\n"
                    + "母亲：{F}，在杭州九堡电商仓\n",
            "{F}家满崽在深圳送外卖摔断了腿，{F}打电话来问社康能不能帮忙换药；电话{LH}\n",
            "{F}家妹崽在杭州九堡仓库打包，手腕腱鞘炎，想回{AH0}休养；联系{M}\n",
            // Crowdfunding pages and donation lists.
            "【筹款求助】我叫{F}，是{P}的妻子。{D}晚上，我老公送外卖时被车撞了，颅脑损伤，在鹏湾医院ICU。\n目标金额：300,000元  已筹：126,473元\n"
                    + "收款人：{F}  与患者关系：夫妻\n医院证明：住院号{RZ}\n",
            "捐款名单\n爱心人士 50元\n{N} 200元\n追风少年 20元\n{PK} 100元\n138****5678 10元\n{N}（老乡） 500元\n",
            "筹款动态：{P}今天转出ICU了，谢谢大家！医药费已用去218,000元，余额还差一些。有疑问可以直接打我电话{M}。——{F}\n",
            "Fundraising page (translated for overseas donors)\nPatient: {PY}, 29, construction worker from {AH0}\n"
                    + "Amount raised: RMB 126,473 of 300,000\nOrganiser: {NY} (cousin), {M}\n",
            "[微信 湘里湘亲老乡群]\n{N}：大家帮忙转一下，{P}在深圳出了车祸，筹款链接在这里\n{N}：已捐，老乡一场\n"
                    + "{N}：{PS}家屋里的情况我晓得，老父亲还在{AH0}种田\n",
            // Live-streaming incidents.
            "直播事故情况说明\n主播：{PK}（真实姓名{P}）\n时间：{D}晚21:40户外攀爬直播时从2米高处跌落\n伤情：右踝关节骨折\n"
                    + "运营：{N}  公会：杭州星耀文化传媒有限公司\n",
            "直播间评论截图\n追风少年：主播没事吧\n{PK}：刚刚摔了一下\n一路向南：快去医院啊\n",
            "[微信 直播运营群]\n{N}：{PG}今天还能播吗？\n{N}：她脚肿了，在余杭区人民医院拍片\n{N}：让她老公{F}先顾着，直播间先挂公告\n",
            "Livestream incident - brand partner notice\nCreator: {PK} (legal name {PY})\nAgency contact: {E}, {MX}\n"
                    + "Incident: ankle fracture during an outdoor sponsored stream on {D}\n",
            "耳鼻喉科门诊：主播{P}，声带小结，每天直播8小时以上；建议禁声两周；公会经纪人{N}，电话{M}；急诊号{RE}\n",
            // Platform customer-service tickets.
            "客服工单 #CS20240618-7731\n用户类型：骑手（骑手ID 20887431）\n骑手姓名：{P}\n诉求：配送途中摔伤，申请职业伤害保障报案\n"
                    + "回拨电话：{M}\n处理人：{N}\n",
            "{\"ticketId\":\"CS20240618-7731\",\"driverName\":\"{P}\",\"driverId\":\"D44030587261\","
                    + "\"plate\":\"浙A·F3L09\","
                    + "\"phone\":\"{M}\",\"note\":\"乘客投诉后司机胸痛，送医\"}\n",
            "网约车司机疲劳驾驶预警：司机{P}（工号D44030587261）连续在线11小时，系统已强制下线；紧急联系人{F} {M}\n",
            // WeChat groups of fellow villagers.
            "[微信 五华老乡群]\n{N}：捱今日去医院睇过，医生讲冇事\n{N}：佢系去边个医院？\n{N}：鹏湾医院，{DS}医生，{PS}哥陪捱去嘅\n",
            "[微信 博白老乡会]\n{N}：{FS}嫂，你老公{P}出院未呀\n{F}：未呀，仲要住一个礼拜\n{N}：有咩要帮手就出声\n",
            "[微信 宝安工友互助群]\n阿{NS}：边个识{PK}？佢喺工地跌落嚟\n{N}：我识，佢老婆电话{M}\n{N}：{NS}生已经送佢去医院\n",
            "[微信 兴国老表群]\n{N}：{PS}老表今朝冇来上工\n{N}：佢话肚痛，去咗社康\n{N}：麽个社康？\n{N}：西乡固戍嗰间，{DS}医生睇嘅\n",
            "[微信 营山老乡群]\n{N}：{P}在医院啥子情况？\n{N}：手术做完了，莫得事\n{N}：他屋头座机{LH}，我跟他老汉儿说一声\n",
            "[微信 周口老乡群]\n{N}：{PS}哥中不中？\n{N}：中，就是腿还肿着\n{N}：俺明儿去看他，他住{A0}那边吧\n",
            "[微信 西乡固戍出租屋群]\n房东{N}：{A0}那栋302的租客是不是{P}？他家里人打电话到我这来了\n{N}：系啊，佢入院了\n",
            "[微信 都安老乡群]\n{N}：{FS}姐，{P}的药还有冇\n{F}：还有一个礼拜的，{DS}医生讲要复查\n{N}：有事叫小{NS}帮你跑腿\n",
            // Yi workers from Liangshan.
            "劳动监察：东莞某电子厂使用未成年工，{MN}（汉名{MW}），身份证号{IDY}，入职时冒用他人身份证；已联系其父{NM}\n",
            "彝族务工人员健康体检：{MN}，汉名{MW}，凉山昭觉人，在锦厦工业园做包装；胸片示右上肺结核可能；带工中介{N}，电话{M}\n",
            "[语音转文字] {MG}啊 我是厂医{DS}医生 你上次的痰检结果出来了 要去结防所登记 你明天早上八点到医务室 不懂打我电话{MV}\n",
            "[微信 凉山老乡群]\n{NM}：{MG}住院了，在长安医院\n{N}：哪个病房？\n{NM}：外科，手被机器夹了\n",
            "NGO outreach note\nWorker: {MY} (Yi, from Zhaojue county), Chinese work name {MW}\n"
                    + "Employer: electronics factory, Chang'an town\nIssue: wages withheld by labour broker {N}\n"
                    + "Phone: {M}\n",
            "{\"worker\":\"{MN}\",\"hanName\":\"{MW}\",\"pinyin\":\"{MY}\",\"idCard\":\"{IDY}\",\"dorm\":\"{AD}\"}\n",
            "工伤就诊：{MW}（彝族名{MN}），身份证{IDY}，右手中指离断伤，再植术后；工友{NM}翻译；家属电话{LH}\n",
            // Old pneumoconiosis records.
            "[OCR] 职业病诊断证明书（2009年）\n姓名 {PO}\n身份证号 {IDO}\n工种 风钻工（深圳建筑工地，1993-2004）\n诊断 矽肺贰期\n"
                    + "证书编号 职诊〔2009〕0387号\n",
            "尘肺病患者回访：{P}，原在深圳打风钻，现住{AH}；气促加重，需家庭制氧机；家属{F}，电话{LH}；旧档案身份证{IDO}\n",
            // Hospital, community health centres and insurance.
            "出院小结\n患者：{P}  住院号：{RZ}\n入院诊断：右胫腓骨开放性骨折（电动车交通伤）\n手术：外固定支架+清创\n"
                    + "出院医嘱：6周后复查，门诊随访{DR}\n社保电脑号：{IP}\n",
            "城乡居民医保异地就医备案：{P}，参保地{AH0}，个人编号{IR}，备案就医地深圳市；备案电话{M}\n",
            "医保报销受理：{P}，医保号{I}，发票合计9,482.50元，统筹支付5,120.00元；退款账户{B}（开户人{F}）\n",
            "[OCR] 住院押金收据\n患者 {PO}\n住院号 {RZ}\n交款人 {F}\n金额 ¥10,000.00\n收款员 {N}\n",
            "{P}，{DOB}出生，身份证{ID}，户籍{AH}，现住{A}，电话{M}；外卖骑手；{D}因电动车事故入院\n",
            "社康签约：{P}，{SEX}，白石洲城中村租住，健康档案号{RA}；签约医生{DR}；电话{M}\n",
            "家庭医生随访\n姓名：{P}  健康档案号：{RA}\n血压{BP}  心率{HR}次/分\n职业：快递分拣\n住址：{A}\n随访医生：{DR}\n",
            "[OCR] 东莞锦厦工业园 员工入职登记表\n姓 名 {PO}  民 族 汉\n出生日期 {DOB}\n户 籍 {AH}\n宿 舍 {AD}\n联系电话 {M}\n",
            "[OCR] 流动人口婚育证明\n姓名 {PO}\n身份证号 {ID}\n户籍地 {AH}\n现居住地 {A}\n",
            "[OCR] 工伤认定决定书 深人社认字〔2024〕第03871号\n职工姓名 {PO}\n身份证号码 {ID}\n受伤部位 左手\n认定结论 属于工伤\n",
            "姓名,电话,车牌,签到时间\n{N},{M},浙A·8K9U3,{TIME}\n{N},{M},浙A·D7215,{TIME}\n备注：仓前社康网约车司机健康讲座签到\n",
            "【九堡街道】{P}您好，您的居住登记已办理，居住证签注号JZ33010420240618，请于{D}后到社区领取。咨询{L}\n",
            "腹泻就诊：{P}，仓库分拣员，食堂晚餐后腹泻5次，予蒙脱石散、口服补液盐；同宿舍{N}类似症状；社康{DS}医生；电话{M}\n",
            "患儿{N}，{DOBC}生，发热咳嗽3天，予罗红霉素；父亲{F}在工地，母亲{P}在电子厂上夜班，孩子白天托给周围邻居照看；住{A0}\n",
            "骑手体检汇总\t{P}\t{DOB}\t{M}\t腰肌劳损\t{DR}\n骑手体检汇总\t{N}\t{DOB}\t{M}\t未见异常\t{DR}\n",
            // Further tables, e-mails, voice notes and insurance.
            "| 儿童 | 出生日期 | 接种编码 | 欠种 |\n|---|---|---|---|\n| {N} | {DOBC} | {RV} | 麻腮风第2剂 |\n"
                    + "| {N} | {DOBC} | {RV} | 百白破加强 |\n",
            "捐款人,金额,留言\n{N},200,{P}加油\n追风少年,20,早日康复\n{PK},100,兄弟挺住\n",
            "宿舍\t床位\t姓名\t电话\t疥疮筛查\n{AD}\t1\t{P}\t{M}\t确诊\n{AD}\t2\t{N}\t{M}\t阴性\n",
            "主题：关于{P}工伤医疗费垫付的函\n{DS}主任您好：我们是宝安外来工服务中心，{P}（身份证{ID}）在贵院骨科住院，用人单位拒绝垫付医疗费，"
                    + "我们已协助其申请工伤认定。联系人{N}，{M}\n",
            "[微信 沙井五金厂老乡群]\n{N}：老{PS}今天又被机器夹了手，送去沙井人民医院了\n{N}：严唔严重？\n"
                    + "{N}：{DS}医生讲冇伤到骨头，{FS}姐已经赶过去\n",
            "彝族女工{MN}，大家都叫她{MG}，怀孕20周仍在流水线站班；汉名{MW}；老乡{NM}陪同产检\n",
            "[OCR] 居民健康档案封面\n档案编号 {RA}\n姓名 {PO}\n现住址 {A}\n联系电话 {M}\n建档单位 岗厦社区健康服务中心\n",
            "异地医保结算失败：{P}，个人编号{IR}，参保地{AH0}未办备案，本次按自费结算；已指导其在国家医保服务平台备案；电话{M}\n",
            "骑手{P}：医保号{I}，本次急诊费用1,286.30元，医保不能直接结算，请保留发票回参保地报销；{DR}\n",
            "[语音转文字] 妹子 我是{F} 你奶奶的生日是{DOBL} 不是身份证上那个 办高龄补贴要用 你跟社区讲一下 我电话{MV}\n",
            "Insurance verification\nPatient: {PY}\nMedical insurance no.: {I}\nHome county scheme no.: {IR}\n"
                    + "Result: cross-province filing missing, self-pay this visit\n",
            // English documents.
            "Supplier audit - worker interview notes (buyer: {E})\nInterviewee: {PY}, packing line, dorm {AD}\n"
                    + "Claims: 3 hours of unpaid overtime daily, a dormitory TB case not disclosed\nInterpreter: {N}\n",
            "Dear {EG},\nThe injured worker {PY} was discharged on {D}. His wife {NY} asks whether the brand's "
                    + "remediation "
                    + "fund can cover rehabilitation. Her number is {M}.\nBest regards,\n{E2}\n",
            "From: {E}\nSubject: Heat stress at the Chang'an supplier\nHi {EG}, two workers ({NY}, {NY}) collapsed on "
                    + "line 3 last week. Visitor passport C4RJ7K2M9 for the factory gate. Please call me on {MX}.\n",
            "Insurer letter - PICC (English copy for the NGO)\nInsured person: {PY}\nID number: {ID}\n"
                    + "Policy (group, platform): PICC-GD-2024-GR-0318\nBenefit: RMB 83,600 lump sum\n"
                    + "Paid to account {B}\n",
            "Research interview log (delivery riders, Hangzhou)\nParticipant R-17: {NY}, 31, from {AH0}\nContact: {M}\n"
                    + "Interviewer: {E}\nConsent form signed on {D}\n",
            "Hi {EG}, this is {NY} from the Shenzhen workers' centre. {PY} has a hearing at Bao'an arbitration on {D}; "
                    + "can you write a support letter? My mobile is {M}. Thanks\n",
            "Discharge summary (English)\nName: {PY}\nDOB: {DOBE}\nInpatient no.: {RZ}\n"
                    + "Diagnosis: heat stroke, rhabdomyolysis\nAttending: {DY}\nFamily: {NY}, {M}\n",
            "Meeting minutes - brand remediation call\nAttendees: {E}, {E2}, {N} (factory HR), {NY} (NGO)\n"
                    + "Action: {ES} to confirm the back-pay list by {D}; Dr {DSY} to send the TB screening summary\n",
            "To: Ms {ES}\nFrom: {DY}\nRe: {MY}, finger amputation, Chang'an\nThe worker's ID number is {IDY}; "
                    + "the broker has kept his documents. Cousin's phone: {M}.\n",
            "Case summary for the German buyer\nWorker: {PY}, born {DOBE}, from {AH}\nInjury: crush injury of the left "
                    + "hand on a punch press\nTreating doctor: Dr {DSY}\nBuyer contact: {E}, {MX}\n");

    /**
     * Migrant workers, their families and the staff who see them, with the pinyin of the given name: the commonest
     * surnames first, then the provinces' others, word-like names and the rare Henan surnames.
     */
    private static final String NAMES = ""
            + "陈志彪 Zhibiao,陈冬梅 Dongmei,陈锦添 Jintian,陈少芬 Shaofen,陈育才 Yucai,"
            + "陈满仓 Mancang,陈彩霞 Caixia,陈家乐 Jiale,陈水妹 Shuimei,陈灶生 Zaosheng,"
            + "陈汉添 Hantian,陈焕娣 Huandi,陈伙金 Huojin,陈嘉雯 Jiawen,陈丽萦 Liying,"
            + "陈敏仪 Minyi,陈伯洪 Bohong,李红卫 Hongwei,李铁柱 Tiezhu,李小翠 Xiaocui,"
            + "李四海 Sihai,李亚楠 Yanan,李水旺 Shuiwang,李石根 Shigen,李秋霖 Qiulin,"
            + "李荣坤 Rongkun,李翠娥 Cui'e,李德昭 Dezhao,李细英 Xiying,李炳松 Bingsong,"
            + "黄志坚 Zhijian,黄柏林 Bailin,黄润娣 Rundi,黄秋萍 Qiuping,黄观生 Guansheng,"
            + "黄灿明 Canming,黄锦棠 Jintang,黄月桂 Yuegui,黄亚福 Yafu,黄桂銮 Guiluan,"
            + "黄瑞珍 Ruizhen,黄添寿 Tianshou,张三妹 Sanmei,张广胜 Guangsheng,"
            + "张保全 Baoquan,张根发 Genfa,张铁牛 Tieniu,张爱莲 Ailian,张冬青 Dongqing,"
            + "张拴成 Shuancheng,张运秀 Yunxiu,刘桂花 Guihua,刘新民 Xinmin,"
            + "刘双喜 Shuangxi,刘秀芝 Xiuzhi,刘耀华 Yaohua,刘志祥 Zhixiang,"
            + "刘秋生 Qiusheng,刘巧玲 Qiaoling,刘满屯 Mantun,王朝阳 Chaoyang,"
            + "王红旗 Hongqi,王亚东 Yadong,王拴牢 Shuanlao,王大海 Dahai,王二妮 Erni,"
            + "王存义 Cunyi,杨正荣 Zhengrong,杨通明 Tongming,杨昌菊 Changju,"
            + "杨胜芬 Shengfen,杨政军 Zhengjun,杨可馨 Kexin,杨秀银 Xiuyin,杨金花 Jinhua,"
            + "罗细军 Xijun,罗满秀 Manxiu,罗建湘 Jianxiang,罗春桃 Chuntao,"
            + "罗贤忠 Xianzhong,罗一航 Yihang,罗运秀 Yunxiu,周四平 Siping,周满珍 Manzhen,"
            + "周顺发 Shunfa,周细妹 Ximei,周铁林 Tielin,邓忠良 Zhongliang,邓秋云 Qiuyun,"
            + "邓若曦 Ruoxi,邓细华 Xihua,谢水兰 Shuilan,谢亚军 Yajun,谢运华 Yunhua,"
            + "谢伙生 Huosheng,彭四清 Siqing,彭德松 Desong,彭玉仙 Yuxian,曾令辉 Linghui,"
            + "曾繁英 Fanying,曾宪文 Xianwen,廖水生 Shuisheng,廖春妹 Chunmei,"
            + "唐卫国 Weiguo,唐秋月 Qiuyue,蒋石保 Shibao,肖满秋 Manqiu,田茂春 Maochun,"
            + "伍国才 Guocai,匡桂芝 Guizhi,孙广田 Guangtian,郭庆伟 Qingwei,付全有 Quanyou,"
            + "闫拴柱 Shuanzhu,牛志远 Zhiyuan,岳保林 Baolin,何明清 Mingqing,蒲德全 Dequan,"
            + "苟正林 Zhenglin,敬大勇 Dayong,鲜国平 Guoping,韦美香 Meixiang,韦志坤 Zhikun,"
            + "覃必英 Biying,覃海珍 Haizhen,蒙晓曦 Xiaoxi,蒙德才 Decai,陆仕杰 Shijie,"
            + "莫桂连 Guilian,农秀芳 Xiufang,梁锦洪 Jinhong,黎月娥 Yue'e,卢少华 Shaohua,"
            + "甘玉珠 Yuzhu,吴通贵 Tonggui,龙再华 Zaihua,龙金妹 Jinmei,潘昌文 Changwen,"
            + "石银秀 Yinxiu,钟添福 Tianfu,钟秀珍 Xiuzhen,赖石连 Shilian,温运清 Yunqing,"
            + "温彩凤 Caifeng,邱观娣 Guandi,胡润生 Runsheng,叶锦荣 Jinrong,古月梅 Yuemei,"
            + "巫丽娟 Lijuan,詹瑞祥 Ruixiang,易满红 Manhong,余水根 Shuigen,邝伟民 Weimin,"
            + "粟田生 Tiansheng,隆美玉 Meiyu,别德才 Decai,别秀琴 Xiuqin,员国胜 Guosheng,"
            + "向秀珍 Xiuzhen,赵拴住 Shuanzhu,王胜利 Shengli,金山 Shan,叶青 Qing,石坚 Jian";
    private static final Map<String, String> SURNAME_PINYIN = Map.ofEntries(Map.entry("陈", "Chen"),
            Map.entry("李", "Li"), Map.entry("黄", "Huang"), Map.entry("张", "Zhang"), Map.entry("刘", "Liu"),
            Map.entry("王", "Wang"), Map.entry("杨", "Yang"), Map.entry("罗", "Luo"), Map.entry("周", "Zhou"),
            Map.entry("邓", "Deng"), Map.entry("谢", "Xie"), Map.entry("彭", "Peng"), Map.entry("曾", "Zeng"),
            Map.entry("廖", "Liao"), Map.entry("唐", "Tang"), Map.entry("蒋", "Jiang"), Map.entry("肖", "Xiao"),
            Map.entry("向", "Xiang"), Map.entry("田", "Tian"), Map.entry("伍", "Wu"), Map.entry("匡", "Kuang"),
            Map.entry("赵", "Zhao"), Map.entry("孙", "Sun"), Map.entry("郭", "Guo"), Map.entry("付", "Fu"),
            Map.entry("闫", "Yan"), Map.entry("牛", "Niu"), Map.entry("岳", "Yue"), Map.entry("何", "He"),
            Map.entry("蒲", "Pu"), Map.entry("冉", "Ran"), Map.entry("苟", "Gou"), Map.entry("敬", "Jing"),
            Map.entry("鲜", "Xian"), Map.entry("韦", "Wei"), Map.entry("覃", "Qin"), Map.entry("蒙", "Meng"),
            Map.entry("陆", "Lu"), Map.entry("莫", "Mo"), Map.entry("农", "Nong"), Map.entry("梁", "Liang"),
            Map.entry("黎", "Li"), Map.entry("卢", "Lu"), Map.entry("甘", "Gan"), Map.entry("吴", "Wu"),
            Map.entry("龙", "Long"), Map.entry("潘", "Pan"), Map.entry("石", "Shi"), Map.entry("钟", "Zhong"),
            Map.entry("赖", "Lai"), Map.entry("温", "Wen"), Map.entry("邱", "Qiu"), Map.entry("胡", "Hu"),
            Map.entry("叶", "Ye"), Map.entry("古", "Gu"), Map.entry("巫", "Wu"), Map.entry("詹", "Zhan"),
            Map.entry("易", "Yi"), Map.entry("谭", "Tan"), Map.entry("余", "Yu"), Map.entry("邝", "Kuang"),
            Map.entry("粟", "Su"), Map.entry("隆", "Long"), Map.entry("江", "Jiang"), Map.entry("别", "Bie"),
            Map.entry("金", "Jin"),
            Map.entry("员", "Yun"));
    private static final Map<String, String> GIVEN_PINYIN = new HashMap<>();
    static final List<String> CHINESE;

    static {
        List<String> names = new ArrayList<>();
        for (String entry : NAMES.split(",")) {
            String[] p = entry.split(" ");
            names.add(p[0]);
            GIVEN_PINYIN.put(p[0], p[1]);
        }
        CHINESE = List.copyOf(names);
    }

    /** Henan surnames no earlier blind group gave anyone: 别 (信阳, 潢川) and 员. */
    static final String RARE_SURNAMES = "别员";
    /** Pool names that are also ordinary words: victory, a gold mountain. */
    static final List<String> WORD_LIKE = List.of("王胜利", "金山");
    /** Handles and nicknames that build on a worker's name, labelled whole. */
    static final List<String> NICKNAMES = List.of("阿彪跑腿", "湘妹子秋菊", "桂平阿凤", "蒙小曦Mona", "军仔", "大勇不打烊",
            "添仔", "胖妹阿娥", "瑶瑶在仓库", "冬梅的小菜园", "石头哥");
    /**
     * Yi workers from Liangshan: the Yi name in characters (clan name and personal name)|the Han name used at the
     * factory|the Yi name in pinyin|the personal name alone.
     */
    static final List<String> YI = List.of("阿说拉日|苏建川|Ashuo Lari|拉日", "勒格阿衣|李晓蓉|Lege Ayi|阿衣", "瓦其尔布|王川平|Waqi Erbu|尔布",
            "阿苏呷莫|苏梅香|Asu Xiamo|呷莫", "木乃拉体|穆新华|Munai Lati|拉体", "吉狄拉铁|吉宏彬|Jidi Latie|拉铁",
            "阿侯日哈|侯文彬|Ahou Riha|日哈", "果基伍呷|郭小蓉|Guoji Wuxia|伍呷", "罗洪尔呷|罗春妮|Luohong Erxia|尔呷",
            "巴莫拉各|巴建国|Bamo Lage|拉各", "依火日体|易日新|Yihuo Riti|日体", "吉更布都|吉文才|Jigeng Budu|布都");
    /** The Yi names in characters (MN, NM). */
    static final List<String> MINORITY = YI.stream().map(k -> k.split("\\|")[0]).toList();
    /** Foreign auditors, NGO staff, insurers and researchers, given|family. */
    static final List<String> ENGLISH = List.of("Rutger|Vanderploeg", "Tavita|Leiataua", "Nalini|Ranasinghe",
            "Hyacinth|Ogunbanjo",
            "Bertrada|Hollenbeck", "Giedre|Kazlauskaite", "Caspar|Lindemann", "Dorothea|Wittenberg",
            "Cosimo|Bartolini", "Marijke|Meulenbelt", "Jorinde|Achterhof", "Seraphina|Pennefather",
            "Griselda|Fossheim", "Svanhild|Karvonen");

    /** County codes of the home provinces, 宝安 and 东莞. */
    private static final List<String> AREA = List.of(
            "430522", "430524", "430525", "430421", "430426", "431126", "431321", "433125", "431224",
            "411622", "411623", "411628", "411722", "411526", "411328", "411421",
            "511321", "511322", "511722", "511725", "511621",
            "450923", "450922", "450881", "451228", "451227", "451022", "450721",
            "522631", "522633", "522634", "522627", "520324",
            "360731", "360732", "360730", "360735", "361128",
            "441424", "441481", "441622", "440882", "440981", "440306", "441900");
    /** Liangshan: 昭觉, 喜德, 美姑, 甘洛, 越西. */
    private static final List<String> LIANGSHAN = List.of("513431", "513432", "513436", "513435", "513434");
    /** Codes in use before 1999, for the 15-digit numbers of old records: 邵阳 and 衡阳 counties, 五华. */
    private static final List<String> LEGACY_AREA = List.of("430522", "430524", "430525", "430421", "430426",
            "441424");
    /** District codes of the consortium's cities, for archive and immunisation numbers. */
    private static final List<String> CITY_AREA = List.of("440304", "440305", "440306", "440307", "440309",
            "441900", "330102", "330110");
    private static final String PROVINCE_CODES = "43,41,51,45,52,36,44";
    /** The mobile prefixes in use: 13x, 15x (no 154), 166, 167, 17x (no 172, 174, 179), 18x, 19x (no 192, 194). */
    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "134", "135", "136", "137",
            "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "167", "170", "171",
            "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
            "190", "191", "193", "195", "196", "197", "198", "199");
    private static final List<String> BANK_BINS = List.of("622848", "622188", "621098", "621700", "622202",
            "621226");
    /** City|district or town|街道 or community|villages of the urban villages and their lane styles. */
    private static final List<String> URBAN = List.of(
            "深圳市|福田区|福田街道|岗厦村,皇岗村,水围村",
            "深圳市|福田区|沙头街道|下沙村,上沙村",
            "深圳市|南山区|沙河街道|上白石村,下白石村,新塘村",
            "深圳市|宝安区|西乡街道|固戍村,臣田村,黄田村",
            "深圳市|宝安区|沙井街道|沙一村,沙二村,衙边村",
            "深圳市|龙华区|民治街道|白石龙村,上塘村",
            "深圳市|龙岗区|坂田街道|岗头村,杨美村,新雪村",
            "东莞市|长安镇|锦厦社区|锦厦新村,厦岗村",
            "东莞市|长安镇|厦边社区|厦边新村,涌头村",
            "杭州市|上城区|九堡街道|杨公村,九堡三村",
            "杭州市|余杭区|仓前街道|连具塘村,葛巷村");
    /** Province|city|county|towns|villages of the workers' homes. */
    private static final List<String> HOME = List.of(
            "湖南省|邵阳市|隆回县|六都寨镇,荷香桥镇|大坪村,石桥村,白竹坪村",
            "湖南省|衡阳市|祁东县|归阳镇,白地市镇|新河村,洪桥村",
            "湖南省|永州市|宁远县|天堂镇,湾井镇|下灌村,大阳洞村",
            "湖南省|湘西土家族苗族自治州|保靖县|迁陵镇,葫芦镇|米溪村,夯吉村",
            "河南省|周口市|商水县|练集镇,黄寨镇|张庄村,后李村",
            "河南省|驻马店市|上蔡县|华陂镇,塔桥乡|杨屯村,东湖村",
            "河南省|信阳市|潢川县|卜塔集镇,双柳树镇|邬桥村,小店村",
            "四川省|南充市|营山县|绿水镇,骆市镇|双河村,观音村",
            "四川省|达州市|渠县|三汇镇,有庆镇|龙潭村,青丝村",
            "四川省|凉山彝族自治州|昭觉县|竹核乡,四开乡|好谷村,洒拉地坡村",
            "广西壮族自治区|玉林市|博白县|东平镇,沙河镇|那林村,石柳村",
            "广西壮族自治区|河池市|都安瑶族自治县|地苏乡,高岭镇|大兴村,弄福村",
            "贵州省|黔东南苗族侗族自治州|从江县|丙妹镇,高增乡|小黄村,占里村",
            "江西省|赣州市|于都县|岭背镇,车溪乡|禾丰村,坳脑村",
            "江西省|赣州市|兴国县|高兴镇,长冈乡|塘石村,水头村",
            "广东省|梅州市|五华县|华城镇,安流镇|福岭村,湖田村",
            "广东省|河源市|龙川县|佗城镇,赤光镇|溪口村,黄岭村");
    private static final List<String> PARKS = List.of("东莞市|长安镇|锦厦工业园", "东莞市|长安镇|厦边科技园",
            "杭州市上城区|九堡街道|九堡电商产业园");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";

    private Blind53Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_53 || !templates.isEmpty() && BLIND_53.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Yi worker (MN), by the Yi name in characters. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] yi(String yiName) {
        for (String k : YI) {
            String[] p = k.split("\\|");
            if (p[0].equals(yiName)) return p;
        }
        throw new IllegalArgumentException(yiName);
    }

    /** The Han name a Yi worker uses at the factory: 吉宏彬 of 吉狄拉铁. */
    static String workName(String yiName) {
        return yi(yiName)[1];
    }

    /** The Yi name in pinyin: Jidi Latie of 吉狄拉铁. */
    static String yiPinyin(String yiName) {
        return yi(yiName)[2];
    }

    /** The personal name alone: 拉铁 of 吉狄拉铁. */
    static String yiPersonalName(String yiName) {
        return yi(yiName)[3];
    }

    static List<String> workNames() {
        return YI.stream().map(k -> k.split("\\|")[1]).toList();
    }

    static List<String> yiPinyinNames() {
        return YI.stream().map(k -> k.split("\\|")[2]).toList();
    }

    static List<String> yiPersonalNames() {
        return YI.stream().map(k -> k.split("\\|")[3]).toList();
    }

    /** A Chinese pool name in pinyin: Luo Xijun, Xijun Luo or LUO Xijun. */
    static String pinyin(String chineseName, int form) {
        String f = SURNAME_PINYIN.get(surnameOf(chineseName)), g = GIVEN_PINYIN.get(chineseName);
        return switch (form) {
            case 0 -> f + " " + g;
            case 1 -> g + " " + f;
            default -> f.toUpperCase() + " " + g;
        };
    }

    static String surnamePinyin(String chineseName) {
        return SURNAME_PINYIN.get(surnameOf(chineseName));
    }

    /** Every pinyin form of every Chinese pool name. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String n : CHINESE) {
            for (int form = 0; form < 3; form++) out.add(pinyin(n, form));
        }
        return out;
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

    private static int between(int lo, int hi, RandomGenerator r) {
        return lo + r.nextInt(hi - lo + 1);
    }

    /**
     * A rented room in an urban village: 岗厦村5巷12号3楼, 下沙村七坊35栋602, 固戍村新村3巷8号402房, 杨公村4组45号302室; with or without
     * the province, city, district and 街道. {@code partial} stops at the 街道, the village or the lane.
     */
    static String rentedRoom(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(URBAN, r));
        String city = withProvince ? (t[0].equals("杭州市") ? "浙江省" : "广东省") + t[0] : r.nextInt(3) > 0 ? t[0] : "";
        String district = city + t[1];
        boolean street = r.nextBoolean();
        String village = district + (street ? t[2] : "") + one(t[3], r);
        int lane = between(1, 12, r), number = between(1, 60, r), floor = between(2, 8, r);
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> district + t[2];
                case 1 -> village;
                default -> village + lane + "巷";
            };
        }
        if (t[0].equals("杭州市")) {
            return village + between(1, 12, r) + "组" + number + "号" + (r.nextBoolean() ? floor + "0" + between(1, 4, r)
                    + "室" : floor + "楼");
        }
        int style = r.nextInt(4);
        if (t[0].equals("东莞市") && (style == 1 || style == 2)) style = style == 1 ? 0 : 3;
        return switch (style) {
            case 0 -> village + lane + "巷" + number + "号" + floor + "楼";
            case 1 -> village + IdentifierForms.chineseNumber(lane) + "坊" + number + "栋" + floor + "0"
                    + between(1, 6, r);
            case 2 -> village + "新村" + lane + "巷" + number + "号" + floor + "0" + between(1, 6, r) + "房";
            default -> village + lane + "巷" + number + "号" + floor + "楼" + floor + "0" + between(1, 4, r);
        };
    }

    /** A dormitory room in an industrial park: 东莞市长安镇锦厦工业园C区宿舍5栋312房, 九堡电商产业园员工宿舍2幢506室. */
    static String dormitory(RandomGenerator r) {
        String[] t = split(pick(PARKS, r));
        String prefix = switch (r.nextInt(3)) {
            case 0 -> t[0] + t[1];
            case 1 -> t[1];
            default -> "";
        };
        int floor = between(1, 6, r);
        return switch (r.nextInt(3)) {
            case 0 -> prefix + t[2] + "ABCD".charAt(r.nextInt(4)) + "区宿舍" + between(1, 9, r) + "栋" + floor + "0"
                    + between(1, 9, r) + "房";
            case 1 -> prefix + t[2] + "宿舍" + "ABCD".charAt(r.nextInt(4)) + "栋" + floor + between(10, 30, r);
            default -> prefix + t[2] + "员工宿舍" + between(1, 9, r) + "幢" + floor + "0" + between(1, 9, r) + "室";
        };
    }

    /**
     * A home village: 湖南省邵阳市隆回县六都寨镇大坪村3组(12号), with or without the province and city; {@code partial} stops at
     * the town or the village.
     */
    static String home(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(HOME, r));
        String head = withProvince ? t[0] + t[1] : r.nextBoolean() ? t[1] : "";
        String town = head + t[2] + one(t[3], r);
        if (partial) return r.nextBoolean() ? town : town + one(t[4], r);
        String v = town + one(t[4], r) + between(1, 12, r) + "组";
        return r.nextBoolean() ? v : v + between(1, 90, r) + "号";
    }

    /** A resident ID born 1962 to 2006: plain, with a lower-case x, 6-8-4 by blanks or hyphens. */
    static String idNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(AREA, r), 1962, 45, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A Yi worker's number on a Liangshan code, born 1998 to 2008: plain or with a lower-case x. */
    static String yiIdNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(LIANGSHAN, r), 1998, 11, r);
        return r.nextInt(3) == 0 ? id.replace('X', 'x') : id;
    }

    /** A 15-digit number of an old record: a code in use then, born 1960 to 1979. */
    static String legacyIdNumber(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 60, 20, r);
    }

    private static String mobileDigits(RandomGenerator r) {
        return pick(MOBILE_PREFIXES, r) + digits(8, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86 139 1234 5678, (+86)13912345678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        String spaced = n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
        return switch (r.nextInt(8)) {
            case 0 -> spaced;
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86 " + spaced;
            case 4 -> "(+86)" + n;
            default -> n;
        };
    }

    /** A mobile as said aloud: 幺 or 一 for one (one way in a number), 零 for nought; run on, by blanks or commas. */
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
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7);
            case 1 -> s.substring(0, 3) + "，" + s.substring(3, 7) + "，" + s.substring(7);
            default -> s;
        };
    }

    /** A number abroad: +852 9123 4567, +1 (212) 555-0123, +49 151 23456789, +44 7700 900123. */
    static String foreignPhone(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "+852 " + "569".charAt(r.nextInt(3)) + digits(3, r) + " " + digits(4, r);
            case 1 -> "+1 (" + pick(List.of("212", "646", "415"), r) + ") " + between(2, 9, r) + digits(2, r) + "-"
                    + digits(4, r);
            case 2 -> "+49 " + pick(List.of("151", "160", "171", "176"), r) + " " + digits(8, r);
            default -> "+44 7" + digits(3, r) + " " + digits(6, r);
        };
    }

    /**
     * A landline of the consortium's cities, eight digits on 0755, 0769 or 0571: 0755-23861234, (0769)22831234,
     * 0571 8562 1234, +86 755 23861234, or the eight digits alone.
     */
    static String landline(RandomGenerator r) {
        String code = pick(List.of("0755", "0769", "0571"), r);
        String first = switch (code) {
            case "0755" -> "2386";
            case "0769" -> "2238";
            default -> "8562";
        };
        String local = first.charAt(r.nextInt(first.length())) + digits(7, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + code + ")" + local;
            case 1 -> code + " " + local.substring(0, 4) + " " + local.substring(4);
            case 2 -> "+86 " + code.substring(1) + " " + local;
            case 3 -> local;
            default -> code + "-" + local;
        };
    }

    /** A home-county number: seven digits on 0739, 0394, 0817, 0775 or 0753, eight on 0851, or seven digits alone. */
    static String homeLandline(RandomGenerator r) {
        String code = pick(List.of("0739", "0394", "0817", "0775", "0753", "0851"), r);
        String local = between(2, 8, r) + digits(code.equals("0851") ? 7 : 6, r);
        return switch (r.nextInt(5)) {
            case 0 -> "(" + code + ")" + local;
            case 1 -> code + " " + local;
            case 2 -> code.equals("0851") ? code + "-" + local : local;
            default -> code + "-" + local;
        };
    }

    /** An inpatient number of 鹏湾医院: PW, the two-digit year and six digits. */
    static String inpatientNumber(RandomGenerator r) {
        return "PW" + between(18, 25, r) + digits(6, r);
    }

    /** An emergency number: JZ, the date of the visit and four digits. */
    static String emergencyNumber(RandomGenerator r) {
        return String.format("JZ%d%02d%02d", between(2019, 2025, r), between(1, 12, r), between(1, 28, r))
                + digits(4, r);
    }

    /** A 17-digit resident health archive number: district code, 街道 (3), 社区 (3), serial (5). */
    static String healthArchiveNumber(RandomGenerator r) {
        return pick(CITY_AREA, r) + String.format("%03d%03d", between(1, 12, r), between(1, 30, r)) + digits(5, r);
    }

    /** An immunisation client code: district code, year of birth, serial: 440306-2019-03871. */
    static String immunisationCode(RandomGenerator r) {
        return pick(CITY_AREA, r) + "-" + between(2012, 2024, r) + "-" + digits(5, r);
    }

    /** A TB register number: DGJH, SZJH or HZJH, the year and four digits. */
    static String tbRegisterNumber(RandomGenerator r) {
        return pick(List.of("DGJH", "SZJH", "HZJH"), r) + between(2019, 2025, r) + digits(4, r);
    }

    /** A Shenzhen social-insurance 电脑号: nine digits. */
    static String computerNumber(RandomGenerator r) {
        return between(6, 8, r) + digits(8, r);
    }

    /** A home-county resident medical-insurance number: a province code and ten digits. */
    static String residentInsuranceNumber(RandomGenerator r) {
        return one(PROVINCE_CODES, r) + digits(10, r);
    }

    /** Where the label says only 医保号: either. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextBoolean() ? computerNumber(r) : residentInsuranceNumber(r);
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

    /** 1986年3月14日, 1986-03-14, 1986.3.14, 1986/3/14, 19860314, 86年3月14号; born 1962 to 2006. */
    static String birthDate(RandomGenerator r) {
        int y = between(1962, 2006, r), m = between(1, 12, r), d = between(1, 28, r);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** A child's date of birth, 2012 to 2024: 2019年5月3日, 2019-05-03, 2019.5.3, 20190503. */
    static String childBirthDate(RandomGenerator r) {
        int y = between(2012, 2024, r), m = between(1, 12, r), d = between(1, 28, r);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** The 出生年月 of rosters: 1986.03, 1986年3月; born 1962 to 2006. */
    static String birthMonth(RandomGenerator r) {
        int y = between(1962, 2006, r), m = between(1, 12, r);
        return r.nextBoolean() ? String.format("%d.%02d", y, m) : y + "年" + m + "月";
    }

    /** A day of a lunar month: 初八, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A parent's lunar date of birth, 1940 to 1972: 农历1958年八月十五, 阴历五八年腊月初八. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = between(1940, 1972, r), m = r.nextInt(12), d = between(1, 30, r);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return r.nextBoolean() ? "农历" + y + "年" + month + lunarDay(d)
                : "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
    }

    /** As English documents write it: 14 March 1986, Mar 14, 1986, 14/03/1986; born 1962 to 2006. */
    static String englishBirthDate(RandomGenerator r) {
        int y = between(1962, 2006, r), m = between(1, 12, r), d = between(1, 28, r);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month.substring(0, 3) + " " + d + ", " + y;
            default -> String.format("%02d/%02d/%d", d, m, y);
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
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "PY" -> out.write(pinyin(people[0], random.nextInt(3)), EntityKind.NAME);
            case "DY" -> out.write(pinyin(people[2], random.nextInt(3)), EntityKind.NAME);
            case "DSY" -> out.write(surnamePinyin(people[2]), EntityKind.NAME);
            case "NY" -> out.write(pinyin(chineseName(random), random.nextInt(3)), EntityKind.NAME);
            case "MW" -> out.write(workName(people[3]), EntityKind.NAME);
            case "MY" -> out.write(yiPinyin(people[3]), EntityKind.NAME);
            case "MG" -> out.write(yiPersonalName(people[3]), EntityKind.NAME);
            case "NM" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDY" -> out.write(yiIdNumber(random), EntityKind.ID_NUMBER);
            case "IDO" -> out.write(legacyIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MX" -> out.write(foreignPhone(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "LH" -> out.write(homeLandline(random), EntityKind.PHONE);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RE" -> out.write(emergencyNumber(random), EntityKind.MEDICAL_RECORD);
            case "RA" -> out.write(healthArchiveNumber(random), EntityKind.MEDICAL_RECORD);
            case "RV" -> out.write(immunisationCode(random), EntityKind.MEDICAL_RECORD);
            case "RT" -> out.write(tbRegisterNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IP" -> out.write(computerNumber(random), EntityKind.INSURANCE);
            case "IR" -> out.write(residentInsuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(rentedRoom(random.nextInt(3) == 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(rentedRoom(false, true, random), EntityKind.ADDRESS);
            case "AD" -> out.write(dormitory(random), EntityKind.ADDRESS);
            case "AH" -> out.write(home(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "AH0" -> out.write(home(random.nextBoolean(), true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w)
                        || surnamePinyin(n).equals(w))
                || yiPersonalNames().contains(w)
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full, or null when the value (a surname, a given name) names no one in
     * full. The Han work name and the pinyin stand for the Yi name; a pinyin form for the Chinese name.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String k : YI) {
            String[] p = k.split("\\|");
            if (p[1].equals(w) || p[2].equals(w)) return p[0];
        }
        for (String n : CHINESE) {
            for (int form = 0; form < 3; form++) {
                if (pinyin(n, form).equals(w)) return n;
            }
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
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
        return Stream.concat(AREA.stream(), LIANGSHAN.stream()).toList();
    }

    static List<String> liangshanCodes() {
        return LIANGSHAN;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    static List<String> cityAreaCodes() {
        return CITY_AREA;
    }
}

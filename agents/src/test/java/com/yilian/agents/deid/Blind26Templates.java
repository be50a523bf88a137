package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Twenty-sixth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_26}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the Jin–Shaan–Meng border on the bend of the
 * Yellow River, led by the fictional 沙套医学院附属医院 in the fictional city of 沙套 (between Inner Mongolia, northern
 * Shaanxi and northern Shanxi), with the fictional 沙套市蒙医医院 (Mongolian medicine), 杭盖旗人民医院 and its
 * 杭盖旗草原流动医院 (a mobile clinic on the grassland), 希日塔拉苏木卫生院, 查干淖尔嘎查卫生室, the coal group's
 * 沙套煤业集团职工医院 with the 红石峁煤矿, 黄圪崂镇卫生院, the coal-chemical 沙套能源化工有限公司 and the truck stop
 * 沙套物流园司机之家卫生服务站, whose patients are coal miners and coal-chemical workers, drivers of the coal roads,
 * herders and farmers, Mongolian (蒙古族) people with names in Chinese transliteration, Daur, Ewenki and Hui people,
 * Mongolian nationals from across the border, people of northern Shaanxi and Shanxi, and a few foreign engineers:
 * pneumoconiosis (尘肺) and coal-mine occupational-health records, mine accident and rescue logs, winter carbon-monoxide
 * poisoning from coal stoves, brucellosis (布病) screening of herders, hydatid disease, plague surveillance (鼠疫监测),
 * Mongolian-medicine (蒙医) prescriptions and consultations, rounds of the mobile clinic, truck-driver clinics and road
 * accidents, long 120 transfers, heated-kang burns, dust storms and cold injuries, cross-border patients with
 * interpreters, telemedicine referrals, family-doctor contracts, chronic-disease follow-up, discharge summaries,
 * nursing handovers, dictations, voice notes in Jin and northern-Shaanxi speech (额, 咋, 做甚, 夜儿个, 后生, 婆姨,
 * 老汉, 娃娃, 圪蹴, 难活, 恓惶, 嫑), WeChat group messages, OCR'd forms with stray blanks and line breaks, texts in the
 * traditional Mongolian script (as Unicode Mongolian) and in Mongolian Cyrillic, CSV, markdown, pipe and tab tables,
 * JSON exports, HL7-like segments, SMS and e-mails; about a seventh in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind25Templates}. Every person's name is PHI:
 * patients, wives and husbands, relatives, workmates, team leaders, drivers, herders, interpreters, village and gacha
 * doctors, Mongolian-medicine physicians, nurses and doctors, in Chinese, Mongolian (in Chinese transliteration, in the
 * Mongolian script, in Cyrillic or romanised), English or pinyin form, also straight after a role or verb word (队长X,
 * 翻译X, 搭档X), at the start of table rows, in lists joined by 、, blanks or line breaks, in table cells, JSON values and
 * HL7 fields. A surname in a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X,
 * 护士长X, X大爷, X奶奶, X婶, X老汉, X师傅, X大夫, X医生, X主任, X老师, X书记, X矿长, X队长. A given name used alone
 * ({@code PG}) labels the given name; a one-character given name is never used alone. A nickname ({@code PK}: 毛旦,
 * 拴拴, 改改 …) is a name. A child known as a parent's child (X之子, X之女) labels the parent. An OCR'd name
 * ({@code PO}) broken by a line break, a single blank after the surname, a blank between every character or an
 * ideographic blank between every character is one span, the break inside it. A Mongolian, Daur, Ewenki or Hui name
 * ({@code MN}, {@code NM}, {@code MG}) is one span, also with a clan name joined by a middle dot; a name in the
 * Mongolian script ({@code MS}) is one span. The names of Mongolian nationals are labelled whole in each written form:
 * in Cyrillic ({@code CY}: Д. Бат-Эрдэнэ, Д.Бат-Эрдэнэ, Доржийн Бат-Эрдэнэ, or the given name alone, as Mongolians
 * address each other) and romanised ({@code MR}: Bat-Erdene D., D. Bat-Erdene, DORJ BAT-ERDENE, Bat-Erdene Dorj);
 * so are pinyin names ({@code PY}: HAO CUNBAO, Hao Cunbao, Cunbao HAO, HAO/CUNBAO, HAO Cunbao).
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Baotou, Hohhot, Ordos (also of the former 伊克昭盟), Bayannur and the Daur and Ewenki banners, of Yulin (also of the
 * former prefecture) and Yan'an, of Datong, Shuozhou, Xinzhou and Lüliang, and of the Hui traders' home counties;
 * plain, lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth date, only on codes that
 * existed before 1999), mobiles ({@code M}: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86 139 1234 5678;
 * {@code MV}: spoken in voice notes with 幺 or 一 for the one, with blanks, commas or none), Mongolian phones
 * ({@code MX}: +976 9911 2345, +976 99112345, +976-9911-2345, (+976) 8812-3456), landlines ({@code L}: 0471, 0472,
 * 0477, 0478, 0912, 0911, 0352, 0349, 0350 and 0358, as 0477-8512345, (0912)3456789, 0472 851 2345, an extension
 * after 转, +86 477 8512345), addresses ({@code A}, {@code A0}: city streets with an estate and 号楼/单元/室 or the short
 * 12-2-501, mine dormitories and living quarters, villages with a number or a 组, gachas with a 组 or a 牧点;
 * {@code A0} may stop at the village, the gacha or the street; {@code AO}: addresses in Mongolia in Cyrillic or Latin
 * script), record numbers ({@code R}: inpatient numbers ZY24031876, outpatient numbers MZ and eight digits, 17-digit
 * health-archive numbers, occupational-health archives ZYJK-2024-00387, Mongolian-medicine numbers MY and seven
 * digits, mine-hospital numbers KY-038712, whatever the label), insurance numbers ({@code I}: NMYB, SNJM and SXYB and
 * ten digits, industrial-injury GSBX, year and six digits, rural cooperative XNH, area code and six digits), bank cards
 * ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or by hyphens), dates of birth
 * ({@code DOB}: 1958年6月23日, 1958-06-23, 1958.6.23, 1958/6/23, 一九五八年六月二十三日 and the spoken 五八年六月二十三;
 * {@code DOBC}: 19580623 in exports; {@code DOBE}: 23 Jun 1958, 23-JUN-1958, June 23, 1958; {@code DOBM}: Mongolian
 * 1958.06.23, 1958 оны 6-р сарын 23 and 1958 оны зургаадугаар сарын 23; {@code NB}: a child's, 2014 to 2025). Not
 * labelled: visit, accident and screening dates, times, ages, shafts, working faces and coal seams, truck plates,
 * passport numbers, staff numbers, lab-slip and message numbers, the industrial-injury decision number,
 * hotlines, facility and company names, a province, city, port or gacha alone, Mongolian-medicine drug names
 * (额尔敦-乌日勒, 扎冲-13 …) and terms (赫依, 巴达干), dishes, dialect words, and words beginning with one of the pool's
 * surnames (all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind25Templates} nor among the names {@link SyntheticValues} can generate. Most are drawn as a patient list of
 * the Jin–Shaan–Meng border would look: the common surnames (王, 张, 李, 刘) and those the region is known for (郝, 闫,
 * 武, 牛, 贾, 霍, 薛, 郭, 温, 乔, 常, 白, 高, 马) dominate, with given names of each generation (born before 1950,
 * including old women's names such as 改莲, 引娣 and 变女 and Jin names in 旦 and 锁, in the 1960s and 1970s, the 1980s
 * and 1990s, and children of the 2010s and 2020s); a minority have surnames of the region no earlier group used
 * ({@link #RARE_SURNAMES}), compound surnames of the Xianbei lineages of the north ({@link #compoundSurnames}) or are
 * ordinary words ({@link #WORD_LIKE}). Mongolian names (one long name without surname, or an adopted Chinese surname
 * with a Mongolian given name; each with its form in the Mongolian script), Daur and Ewenki names with their clan
 * names, and Hui names in the minority pool; Mongolian nationals in Cyrillic and romanised (one pool, two scripts);
 * Australian, German, Polish, Czech, South African, Welsh and Irish mining engineers and consultants in the English
 * pool; a pinyin pool; a nickname pool of the Jin and northern-Shaanxi countryside. Own slots: {@code N}, a further
 * Chinese name drawn afresh at each use; {@code NC}, a child's name from the same pool; {@code NM}, a further minority
 * name; {@code MG}, a Mongolian name in Chinese characters; {@code MS}, a Mongolian name in the Mongolian script;
 * {@code CY}, {@code MR}, {@code PS}, {@code FS}, {@code PG}, {@code PK}, {@code PO}, {@code PY}, {@code MV},
 * {@code MX}, {@code AO} above; {@code EG}, an English given name alone; {@code DOBC}, {@code DOBE}, {@code DOBM},
 * {@code NB}. Any non-empty subset of {@link #BLIND_26} uses these pools (see {@link #uses}).
 */
final class Blind26Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261227L;

    static final List<String> BLIND_26 = List.of(
            // Pneumoconiosis and coal-mine occupational health.
            "沙套煤业集团职工医院 职业健康检查表（在岗期间）\n姓名：{P}  性别：{SEX}  年龄：{AGE}\n身份证号：{ID}\n"
                    + "工种：综采队采煤机司机  接害因素：煤尘、噪声\n工作面：12305综采工作面\n胸片：双肺见p类小阴影\n主检医师：{DR}\n",
            "尘肺病诊断证明：{P}，{DOB}生，接尘工龄22年（掘进），诊断煤工尘肺贰期；职业病诊断医师{DR}、{N}、{N}；"
                    + "用人单位沙套煤业集团红石峁煤矿\n",
            "尘肺病随访：{P}，煤工尘肺叁期，长期家庭氧疗，现住{A}；婆姨{F}电话{M}；随访医生{DS}大夫\n",
            "大容量全肺灌洗术前谈话：患者{P}，{AGE}岁，拟行左肺灌洗；家属{F}（{KIN}）签字；工伤保险号{I}；麻醉医师{N}\n",
            "煤化工职业体检复查名单（沙套能源化工有限公司气化车间）\n{P} 苯接触 {M}\n{N} 一氧化碳接触 {M}\n{N} 噪声 {L}\n"
                    + "带班：{N}\n",
            "尘肺农民工救助登记：{P}，身份证{ID}，曾在小煤窑打工9年，无劳动合同；住{A0}；救助款打入{B}；村干部{N}\n",
            "Occupational health export\nworker,dob,seam,face,phone\n{PY},{DOBC},3-1煤,12305,{M}\n"
                    + "{PY},{DOBC},2-2煤层,22108,{M}\n",
            "职业病鉴定会议记录：申请人{P}，尘肺病诊断有争议；专家{N}、{N}、{DR}出席；用人单位代表{FS}矿长到场；联系电话{L}\n",
            "噪声聋复查：{P}，井下皮带机司机，双耳高频听阈提高50dB；出生日期{DOB}；职业卫生科{DS}主任复核\n",
            "煤矿井下作业人员上岗前体检：{P}，{AGE}岁，拟从事掘进工作；既往无肺结核；工号KG0317；联系电话{M}；体检医师{DR}\n",
            "Pneumoconiosis review, Shatao Coal Group: worker {PY} (DOB {DOBE}), category 2 opacities; reviewed by {E} "
                    + "(mine-safety consultant) and Dr {PY}.\n",
            // Mine accident and rescue logs.
            "矿山救护队出警记录\n时间：{D}\n地点：红石峁煤矿3号井12305综采工作面\n伤员：{P}，{AGE}岁，顶板冒落致右股骨骨折\n"
                    + "同班：{N}、{N}\n带队：{FS}队长  电话：{M}\n",
            "井下透水事故伤员登记：{P}，被困36小时后获救，低体温；住院号{R}；家属{F}电话{M}；接诊{DR}\n",
            "瓦斯爆炸伤员分流表\n{P} 烧伤面积40% 转沙套医学院附属医院烧伤科\n{N} 爆震伤 {R}\n{N} 轻伤 留观\n调度：{N} {L}\n",
            "Mine rescue log, Hongshimao Coal Mine shaft No.3: casualty {MR}, contract driver from Mongolia, crush injury "
                    + "of the left leg; brought up by the team of {N}; interpreter {CY}; emergency contact {MX}.\n",
            "雷管爆炸伤：{P}，{AGE}岁，放炮员，双手多处炸伤；工友{N}用腰带止血；工伤保险号{I}；{DS}主任手术\n",
            "皮带运输机绞伤：{P}，右上肢卷入，现场{N}、{N}紧急停机；升井后转运；病案号{R}；安监员小{DS}记录\n",
            // Carbon-monoxide poisoning in winter.
            "一氧化碳中毒登记（冬季）：{P}，{AGE}岁，夜间烧蜂窝煤炉子取暖，晨起昏迷；同屋{N}症状较轻；COHb 32%；住{A}；"
                    + "家属{F}电话{M}\n",
            "煤烟中毒高压氧治疗：{P}，高压氧第5次，迟发性脑病待排；陪护{F}；医保号{I}；高压氧舱操作员{N}\n",
            "[微信群 黄圪崂镇卫生院值班群]\n{N}：{A0}又有一家煤烟中毒，{P}和娃娃两个人\n{DR}：马上送过来，高压氧舱准备\n"
                    + "{N}：120已出车\n",
            "CO poisoning, family of three: {E} (father, longwall engineer), {E2} and their son found unconscious in a "
                    + "rented flat; MRN {R}; landlord {N}, tel {M}.\n",
            "一氧化碳中毒出院小结：{P}，住院号{R}，出院诊断急性一氧化碳中毒（中度）；出院医嘱：嫑再在屋里烧炭；主治医师{DR}\n",
            "煤气中毒随访：{PS}奶奶，{AGE}岁，出院后记忆力下降；儿子{F}每天打电话{M}；村医{N}上门\n",
            // Brucellosis, hydatid disease and plague surveillance.
            "布病筛查登记表（希日塔拉苏木卫生院）\n姓名：{MG}  民族：蒙古族\n出生日期：{DOB}\n职业：牧民  羊只：约300只\n"
                    + "虎红平板凝集试验：阳性\n联系电话：{M}\n检测人：{N}\n",
            "布鲁氏菌病病例报告：{P}，{AGE}岁，接羔时未戴手套，发热、多汗、关节痛；试管凝集1:200；住{A}；报告医生{DR}\n",
            "布病随访：{MN}，服用多西环素加利福平第4周，关节痛减轻；嘎查医生{N}随访；电话{M}\n",
            "牧民布病筛查结果\n姓名\t出生日期\t虎红试验\t电话\n{MR}\t{DOBM}\t阳性\t{MX}\n{PY}\t{DOBC}\t阴性\t{M}\n",
            "布病患者家属筛查：{P}为确诊病例，其婆姨{F}、儿子{N}、羊倌{NM}均采血；疾控{DS}医生负责\n",
            "[语音转文字] {DS}大夫 额是查干淖尔嘎查的{MG} 额家老汉接羔以后一直发烧出汗 骨头疼 是不是布病 额电话{MV}\n",
            "包虫病筛查：{MG}，{AGE}岁，腹部B超示肝囊型包虫病CE1型；家养牧羊犬2只未驱虫；住{A0}；筛查医生{N}\n",
            "鼠疫监测记录（杭盖旗疾控中心鼠疫监测点）\n日期：{D}\n监测人员：{N}、{N}\n旱獭密度：0.6只/公顷\n"
                    + "发现死獭1只，已送检；报告人{N}，电话{L}\n",
            "鼠疫疑似病例排查：{MG}，牧民，剥食旱獭后发热、腋下淋巴结肿大；隔离观察；密接者{N}、{NM}；住{A}\n",
            // Mongolian medicine.
            "沙套市蒙医医院 门诊处方\n姓名：{MG}（" + script("nere") + "：{MS}）\n年龄：{AGE}\n诊断：赫依病\n"
                    + "处方：额尔敦-乌日勒 15粒 早晚各一次；扎冲-13 13粒 睡前\n蒙医师：{DR}\n",
            "蒙医会诊记录：{P}，主诉失眠、心悸，蒙医辨证为赫依偏盛，予阿嘎日-35、如达-6；会诊蒙医{MG}；住院号{R}\n",
            script("mongγol emnelge") + "\n" + script("nere") + "：{MS}\n" + script("törögsen edür") + "：{DOBM}\n"
                    + script("utasu") + "：{M}\n蒙医师 {MG}\n",
            "蒙医药浴疗法记录：{P}，风湿性关节炎，五味甘露药浴第3天；护士长{DS}签字；家属{F}电话{M}\n",
            "蒙医正骨：{MG}，摔伤后右桡骨远端骨折，手法复位夹板固定；正骨师{N}；费用由{F}刷卡{B}\n",
            "[OCR] 蒙 医 处 方 笺 姓名 {PO} 药名 嘎日迪-5 萨丽嘎日迪 医师 {MG}\n",
            "蒙医护理交班：3床{MG}，服苏格木勒-3汤后睡眠改善；5床{NM}，巴达干症状；值班护士{N}，交班护士{N}\n",
            // The mobile clinic on the grassland.
            "杭盖旗草原流动医院巡诊日志\n{D} 查干淖尔嘎查\n1. {MG} {AGE}岁 高血压 {M}\n2. {N} {AGE}岁 布病复查\n"
                    + "3. {MN} {AGE}岁 牙痛\n巡诊医生：{DR}、{N}\n",
            "流动医疗车登记（乌兰牧骑式巡回医疗队）：{MG}，牧点距苏木85公里，双眼白内障，预约手术；住址{A}；联系电话{M}\n",
            "巡回医疗队走访：{P}家住在嘎查最北边的牧点，白毛风后双足冻伤；嘎查{FS}书记陪同；队员{N}；户籍住址{A}\n",
            // Truck drivers and the coal roads.
            "沙套物流园司机之家卫生服务站 就诊登记\n姓名：{P}\n车牌：蒙K·7A312\n身份证号：{ID}\n主诉：连续驾驶14小时后腰痛\n"
                    + "电话：{M}\n",
            "运煤专线交通事故伤员：{P}，{AGE}岁，重型半挂车司机，车牌陕K 58G21，与对向车相撞，多发肋骨骨折；副驾{N}轻伤；"
                    + "车主{F}电话{M}；住院号{R}\n",
            "Cross-border coal truck driver {MR}, truck 7712 УБА, passport E0843127, chest pain at the Ganqimaodu port; "
                    + "taken by ambulance; dispatcher {PY}; wife {CY}, phone {MX}.\n",
            "[语音留言] 喂 {DS}大夫 额是跑大车的{P} 在109国道上 额这眼睛看东西模糊 咋回事 额电话{MV}\n",
            "交通事故责任认定附页：伤者{P}，身份证{ID}，车牌晋F 3H721；目击者{N}、{N}；主治医师{DR}\n",
            // Long 120 transfers and telemedicine.
            "120转运记录单\n出车时间：{TIME}\n起点：希日塔拉苏木卫生院  终点：沙套医学院附属医院\n转运距离：210公里\n"
                    + "患者：{MG}  年龄：{AGE}\n随车医生：{N}  随车护士：{N}\n家属：{F}  电话：{M}\n",
            "长途转运交接：{P}，脑出血，途中血压{BP}，转运医生{DR}交给接诊{N}；住院号{R}\n",
            "远程会诊申请单\n申请单位：杭盖旗人民医院\n会诊单位：沙套医学院附属医院\n患者：{P}  年龄：{AGE}  住院号：{R}\n"
                    + "申请医师：{N}  会诊专家：{DR}\n联系电话：{L}\n",
            "远程心电会诊：希日塔拉苏木卫生院上传{MG}心电图，急性下壁心梗；会诊{DS}主任建议立即溶栓后转运；申请医生{N}\n",
            "Teleconsultation request: patient {PY}, DOB {DOBE}, suspected tuberculosis on pneumoconiosis; requesting "
                    + "doctor {N}; consultant Dr {ES}; callback {L}.\n",
            // Heated-kang burns, dust storms and cold injuries.
            "火炕烫伤：{P}（家里人叫{PG}），{AGE}岁，糖尿病周围神经病变，夜里睡热炕烫伤双足跟；老伴{F}发现；医保号{I}；"
                    + "烧伤科{DS}医生\n",
            "沙尘暴天气急诊登记：{P}，哮喘急性发作；{N}，眼部异物；{N}，交通事故擦伤；值班医生{DR}；登记电话{L}\n",
            "冻伤登记：{MG}，{AGE}岁，放牧时遇白毛风，双手Ⅲ度冻伤；同伴{NM}；牧点住址{A}\n",
            "Cold injury: {E}, drilling engineer, frostbite of three toes after a vehicle breakdown in a blizzard; "
                    + "colleague {E2}; company doctor {ES}; tel {L}.\n",
            // Cross-border patients from Mongolia.
            "涉外门诊（蒙古语翻译陪诊）\n患者：{MR}  国籍：蒙古国\n护照号：E0843127\n出生日期：{DOBM}\n主诉：右上腹痛\n"
                    + "翻译：{MG}  电话：{M}\n接诊医师：{DR}\n",
            "Нэр: {CY}\nТөрсөн огноо: {DOBM}\nУтас: {MX}\nХаяг: {AO}\nОнош: цөсний чулуу\nЭмч: {DR}\nОрчуулагч: {MG}\n",
            "翻译协助问诊：患者{CY}，蒙古国煤炭运输司机，诉胸闷；翻译{MG}逐句翻译；患者妻子在乌兰巴托，电话{MX}；"
                    + "接诊{DS}医生\n",
            "蒙古国患者住院押金：{MR}，住院号{R}；押金由货运公司{N}刷卡{B}；蒙方联系人{CY}，{MX}\n",
            "Transfer summary for the family in Mongolia\nPatient: {MR}\nDate of birth: {DOBE}\nDiagnosis: open tibial "
                    + "fracture after a truck rollover\nAttending: Dr {PY}\nInterpreter: {MG}\nHome address: {AO}\n",
            "蒙古国留学生就诊：{CY}（{MR}），沙套医学院留学生，{DOBM}生，过敏性鼻炎；同学{MR}陪同；电话{MX}\n",
            "出院带药说明由翻译{MG}译成西里尔蒙古文交给{CY}；家属{CY}确认；蒙古国电话{MX}；地址{AO}\n",
            // Family doctors and chronic disease.
            "家庭医生签约服务协议\n甲方：黄圪崂镇卫生院家庭医生团队（团队长{DR}）\n乙方：{P}  身份证号：{ID}\n住址：{A}\n"
                    + "联系电话：{M}\n签约日期：{D}\n",
            "家庭医生上门：{PS}老汉，{AGE}岁，独居窑洞，高血压；孙子{N}在外打工，电话{M}；签约医生{N}\n",
            "嘎查家庭医生签约花名册\n{MG} {ID}\n{MN} {ID}\n{P} {ID}\n签约医生：{N}  电话：{L}\n",
            "高血压患者随访记录表\n姓名：{P}  编号：{R}\n随访日期：{D}\n血压：{BP}  心率：{HR}次/分\n用药：{DRUG}{DOSE}\n"
                    + "随访医生：{DR}\n",
            "糖尿病随访：{PS}婶，{AGE}岁，{LAB}，爱吃油糕和莜面，嘱控制主食；老伴{F}在场；家庭医生{DR}\n",
            "慢阻肺随访：{P}，原井下采煤工，CAT评分22分，冬季加重；家属{F}，电话{M}；医保号{I}\n",
            // Discharge summaries, handovers, dictations, births.
            "出院记录\n患者：{P}  病案号：{R}\n出院诊断：{DIS}\n出院带药：{DRUG}{DOSE}\n复诊时间：{D}\n经治医师：{DR}\n",
            "护理交接班：12床{P}，尘肺合并气胸，闭式引流通畅；15床{MG}，夜间{SYM}，已告知{DS}医生；交班护士{N}，接班护士{N}\n",
            "[口述录音整理] 患者{P}，男，{AGE}岁，井下采煤工，因{SYM}{DUR}入院。既往尘肺壹期，吸烟30年。家属{F}提供病史。"
                    + "口述医师{DR}。\n",
            "杭盖旗人民医院门诊日志 {D} 全科\n1. {P} {SEX} {AGE}岁 {SYM} {M}\n2. {N} {SEX} {AGE}岁 {SYM} {M}\n"
                    + "3. {MN} {SEX} {AGE}岁 蒙语陪诊\n4. {NM} {SEX} {AGE}岁 布病复查\n",
            "Discharge summary (English copy for the mining contractor)\nPatient: {E}\nDOB: {DOBE}\nMRN: {R}\n"
                    + "Diagnosis: crush injury of the right foot\nAttending: Dr {PY}\nCompany contact: {E2}, {M}\n",
            "新生儿出院：{P}之女，{NB}出生，体重3150g；母亲住{A}；随访护士{N}\n",
            "产科出院：{P}之子{NC}，{NB}出生；父亲{F}在煤矿上班，电话{M}；接生医生{DR}\n",
            "儿童预防接种：{F}之女{NC}，出生日期{NB}，麻腮风疫苗；家长电话{M}；接种护士小{DS}\n",
            // Voice notes in Jin and northern-Shaanxi speech.
            "[语音转文字] 喂 {DS}大夫 额妈{P}夜儿个又心慌得不行 血压一百八 你说咋弄 额电话{MV}\n",
            "[语音留言] 额是{F} {P}是额大 额大的医保卡号额给你念一下 {I}\n",
            "[语音转文字] 额家娃娃{NC}发烧三天了 是{NB}生的 你们那儿能看娃娃不 额在{A0}\n",
            "[语音留言] {PS}老汉 额是村卫生室的 你的药到了 叫{PK}来拿 额电话{L}\n",
            "[语音转文字] 你好 额是{P} 额身份证是{ID} 夜儿个在你们那儿拍的片子 出来了没\n",
            "[语音转文字] 大夫 额婆姨{F}说 额妈{PK}不吃饭 光睡觉 难活得很 你给看看 额住{A0}\n",
            "[语音留言] {FS}婶 你家{PG}在井下叫煤块块砸了 人在红石峁煤矿医务室 你赶紧来 额是{N}\n",
            "[语音转文字] 额叫{P} 额是{DOB}生的 你们那个表上写错了 额电话{MV}\n",
            "[语音留言] 额是{PS}家的后生 额大在窑里头圪蹴着起不来 腿疼得厉害 你们能上门不 地址{A}\n",
            "[语音转文字] {DS}大夫 额是{N} 额家老汉{P}喝了二两烧酒 心口疼 做甚也没劲 能来不 额手机{M}\n",
            "[语音留言] 额是前梁村的{P} 额这个降压药吃完了 额医保号是{I} 给额开上\n",
            "[语音转文字] 额是跑大车的 额搭档{N}在服务区晕倒了 额们在{A0}附近 额电话{MV}\n",
            "[语音留言] 大夫 额叫{MG} 额是蒙古族 汉话说不好 额家在{A} 血压高 电话{MV}\n",
            "[语音转文字] {DS}大夫 额家{PG}的手叫炕烫了 起了大泡 恓惶得很 额是他妈{F} 电话{MV}\n",
            "[语音留言] 额们村的{PK}又喝多了 躺在圪梁梁上 叫不醒 快派车 额是{N} {M}\n",
            // WeChat.
            "[微信群 前梁村家庭医生服务群]\n{F}：{DS}大夫，额妈{P}血压{BP}\n{DR}：明早八点来卫生室复测\n{N}：收到\n",
            "[微信群 红石峁煤矿综采二队]\n队长{N}：今天下午职业体检，{P}、{N}、{N}带身份证\n{P}：额夜班能改明天不\n"
                    + "老{DS}：能行，电话{L}\n",
            "[微信 聊天记录]\n{F}：{PS}老师这两天咳嗽得厉害\n{DR}：让他来医院拍个片\n{F}：好的，他电话{M}\n",
            "[微信群 杭盖旗流动医院]\n{N}：明天去查干淖尔嘎查，羊倌{NM}要复查布病\n{DR}：带上试剂\n{MG}：额在家等，电话{M}\n",
            "[微信 翻译群] {MG}：{CY}今天复查，化验单号20240612，请帮忙翻译报告；蒙方货运经理{MR}也在群里\n",
            "[微信群 沙套物流园司机群]\n{N}：谁认识{P}？他在服务区犯病了\n{N}：他婆姨电话{M}\n{N}：已经打120了\n",
            // OCR'd forms.
            "[OCR] 职 业 健 康 检 查 表\n姓 名 {PO}\n出生日期 {DOB}\n身份证号 {ID}\n工 种 掘进\n",
            "[OCR] 尘肺病工伤待遇申请表 申请人 {PO} 社保卡银行账号 {B} 手机 {M}\n",
            "[OCR] 尘 肺 病 诊 断 证 明 书 姓名 {PO} 工伤保险号 {I} 住址 {A}\n",
            "[OCR] 出 院 证 明 书\n患 者 {PO}  病案号 {R}\n出生年月日 {DOB}\n经治医师 {DR}\n",
            "[OCR] 双 向 转 诊 单 转出患者 {PO} 年龄 {AGE} 转出医生 {DR} 联系电话 {L}\n",
            "[OCR] 布 病 筛 查 卡 {PO} 身份证 {ID} 检测日期 {D}\n",
            "[OCR] 家庭医生签约服务 乙 方 {PO} 手 机 {M} 家庭住址 {A0}\n",
            "[OCR] 工 伤 认 定 决 定 书\n职工姓名 {PO}\n工伤保险号 {I}\n沙人社工伤认字〔2024〕第0612号\n",
            "[OCR] 出 生 医 学 证 明 新生儿姓名 {NC} 出生日期 {NB} 母亲姓名 {PO} 父亲姓名 {F}\n",
            // Tables.
            "姓名,性别,出生日期,手机,工种\n{P},{SEX},{DOBC},{M},采煤机司机\n{N},{SEX},{DOBC},{M},支架工\n",
            "| 床号 | 姓名 | 住院号 | 责任护士 |\n|---|---|---|---|\n| 12 | {P} | {R} | {N} |\n| 15 | {MG} | {R} | {N} |\n",
            "姓名|身份证|医保号|联系人\n{P}|{ID}|{I}|{F}\n{N}|{ID}|{I}|{N}\n",
            "name\tnationality\tdob\tphone\n{MR}\tMN\t{DOBM}\t{MX}\n{CY}\tMN\t{DOBM}\t{MX}\n{E}\tAU\t{DOBE}\t{M}\n",
            "工号\t姓名\t工资卡\nKG0317\t{P}\t{B}\nKG0412\t{N}\t{B}\n",
            "病历号,蒙文姓名,汉文姓名,出生日期\n{R},{MS},{MG},{DOBM}\n{R},{MS},{MG},{DOBM}\n",
            "序号,姓名,出生年月,手机号码,家庭住址\n1,{P},{DOB},{M},{A}\n2,{N},{DOB},{L},{A0}\n",
            "| 车牌 | 司机 | 电话 | 症状 |\n|---|---|---|---|\n| 蒙K·7A312 | {P} | {M} | 腰痛 |\n| 晋F 3H721 | {N} | {M} | 头晕 |\n",
            "司机,护照号,电话,蒙古国住址\n{MR},E0843127,{MX},{AO}\n",
            // JSON exports.
            "{\"姓名\":\"{P}\",\"证件号\":\"{ID}\",\"联系电话\":\"{M}\",\"档案号\":\"{R}\",\"签约机构\":\"黄圪崂镇卫生院\"}\n",
            "{\"姓名\":\"{MR}\",\"西里尔文姓名\":\"{CY}\",\"出生日期\":\"{DOBM}\",\"承运公司\":\"Gobi Coal Transport\","
                    + "\"电话\":\"{MX}\"}\n",
            "{\"患者\":\"{MG}\",\"蒙文姓名\":\"{MS}\",\"出生日期\":\"{DOB}\",\"电话\":\"{M}\",\"住址\":\"{A}\"}\n",
            "{\"职工\":\"{PY}\",\"身份证号\":\"{ID}\",\"工伤保险号\":\"{I}\",\"工资卡\":\"{B}\"}\n",
            "{\"司机\":\"{P}\",\"车牌\":\"陕K 58G21\",\"紧急联系人\":{\"姓名\":\"{F}\",\"电话\":\"{M}\"}}\n",
            // HL7-like segments.
            "MSH|^~\\&|STFY|HIS|||20240612093000||ADT^A01|MSG24612|P|2.5\n"
                    + "PID|1||{R}^^^STFY^MR||{P}||{DOBC}|{SEX}|||{A}||{M}\nNK1|1|{F}|{KIN}||{M}\n",
            "PID|1||{R}||{MR}||{DOBC}|M|||{AO}||{MX}\n",
            "PID|1||{R}||{PY}||{DOBC}|F|||{A}||{L}|||||{ID}\nIN1|1|NMYB|{I}\n",
            "PV1|1|O|MY^03||||{DR}\nPID|1||{R}||{MG}||{DOBC}\n",
            // SMS.
            "【沙套医学院附属医院】{P}您好，您预约的{D}呼吸科复诊已成功，住院号{R}，如需取消请致电{L}。\n",
            "【黄圪崂镇卫生院】{PS}大爷您好，您的高血压随访时间为{D}，请带医保卡{I}。\n",
            "【沙套市医疗保障局】{P}，您的尘肺病救助金已核定，将转入账户{B}。咨询热线12393。\n",
            "【红石峁煤矿职业健康】{PS}师傅您好，您的职业健康检查结论为复查，请于{D}前到沙套煤业集团职工医院。\n",
            "【Shatao Medical College Hospital】Dear {E}, your test results are ready. Please call {L}. MRN {R}.\n",
            "【杭盖旗人民医院】{F}您好，您家老人{MG}今日体温{TEMP}，已请{DS}医生查看。\n",
            "【沙套市蒙医医院】{MS} " + script("ta") + " {D} " + script("emnelge dü iregerei") + " {L}\n",
            "【沙套医学院附属医院国际门诊】Сайн байна уу {CY}, таны дараагийн үзлэг {D}. Утас {L}\n",
            "【Gobi Coal Transport】{MR}, your medical clearance for the Ganqimaodu crossing is ready. Clinic {L}.\n",
            // E-mails.
            "主题：工伤职工{P}病情说明\n收件人：{N}（沙套煤业集团人力资源部）\n正文：{N}您好，贵公司职工{P}于{D}受伤，"
                    + "住院号{R}，身份证{ID}，目前病情稳定。主治医师{DR}，电话{L}\n",
            "Subject: Injured engineer\nDear Dr {ES},\nOur longwall engineer {E} (DOB {DOBE}) was injured underground at "
                    + "shaft No.3. Please contact our site office ({EG}) on {M}.\nRegards,\n{E2}\n",
            "Subject: Mongolian driver in your ICU\nDear {EG},\nDriver {MR} (DOB {DOBM}) remains in the ICU after the "
                    + "rollover on the coal road, MRN {R}. His brother {CY} can be reached on {MX}.\nDr {PY}\n",
            "主题：蒙古国患者费用担保\n正文：{MR}先生于{D}入院，病案号{R}；货运公司担保人{N}，担保账户{B}；蒙古国家属{CY}，"
                    + "电话{MX}\n",
            "Subject: Annual medicals, equipment engineers\nDear Dr {ES},\nAttached are the results for {E} and {E2}. "
                    + "Both should repeat the spirometry.\nRegards, {EG}\n",
            "主题：尘肺救助材料补交\n{F}您好：您父亲{P}的工伤保险号{I}，请补交身份证{ID}复印件。沙套市职业病防治院{N}\n",
            // Diet advice and notes with dishes and everyday words.
            "出院饮食指导：{P}，高尿酸血症，少吃手把肉、羊杂碎，忌喝烧酒；可吃莜面、小米；营养师{N}\n",
            "护士站登记：家属{F}送来油糕、奶茶和炒米给{P}，已提醒血糖；值班护士{N}\n",
            "康复指导：{P}，白细胞偏低，包括血常规在内每两周复查一次；白天多活动，温度低时注意保暖；相关事宜联系{F}，"
                    + "电话{M}\n",
            "随访备注：{P}的孙子在外地上学，于是由女儿{F}代为取药；霍乱疫苗无需接种；轮椅已借出；电话{L}\n",
            "门诊处方：{P}，右手被折叠床夹伤，伴陈旧性骨折；介绍到骨科{DS}医生；牛羊接触史阴性；常规换药\n");

    // The common surnames (王, 张, 李, 刘) and those of the Jin–Shaan–Meng border (郝, 闫, 武, 牛, 贾, 霍, 薛, 郭, 温,
    // 乔, 常, 白, 高, 马) with given names of four generations (old men's names such as 存根 and 满仓, Jin names in 旦
    // and 锁, old women's names such as 改莲, 引娣 and 变女), four surnames of the region no earlier group used, two
    // compound surnames of the Xianbei lineages of the north and word-like names.
    private static final List<String> CHINESE = List.of((""
            + "王存根 王满仓 王改莲 王存娥 王卫平 王跃进 王彩霞 王海飚 王亚楠 王瑞岗 王沐宸 王煜祺 王秉义 王粉莲 "
            + "张二虎 张登科 张巧娥 张存女 张向东 张红卫 张丽芸 张少锋 张慧敏 张奕辰 张芮希 张拴牢 "
            + "李来宝 李福堂 李兰芬 李翠莲 李胜利 李军民 李春娥 李文韬 李雅茹 李宥安 李知夏 李根旺 "
            + "刘三旦 刘进财 刘俊芝 刘变女 刘志忠 刘雪芬 刘晓飞 刘沐恩 刘若溪 "
            + "郝银锁 郝焕亭 郝二女 郝援朝 郝丹丹 郝悦溪 郝瑜 闫有才 闫桂枝 闫建勋 闫蓉蓉 闫梓萌 闫琛 "
            + "武保元 武金娥 武卫兵 武亚娟 武嘉乐 武喆 牛根旺 牛玉枝 牛向阳 牛少波 牛沐瑶 "
            + "贾天保 贾喜娥 贾红蕊 贾鹏程 贾一沫 贾蓓 霍耀祖 霍三女 霍利平 霍晓丹 霍岩 "
            + "薛兆瑞 薛秀娥 薛军旗 薛茜茜 薛珺 郭三锁 郭招弟 郭文革 郭彩凤 郭海鹰 郭思远 郭娅 "
            + "温致和 温爱莲 温建忠 温亚男 温锦程 乔鸿儒 乔面换 乔红莉 乔瑞霆 乔琰 "
            + "常凤鸣 常引娣 常跃华 常丹丹 常屹 白继业 白巧娥 白卫红 白少军 白沐晴 白冰 "
            + "高思恭 高二女 高志勋 高亚琴 高子墨 高嵩 马来福 马兰芝 马军旗 马蕊蕊 马梓萌 马骞 "
            + "杨存厚 杨润梅 杨宏韬 赵金柱 赵爱玲 赵奕辰 陈满囤 陈彩云 冯银柱 冯秀芹 冯梓豪 "
            + "贺存仁 贺改凤 贺鹏飞 苏焕文 苏丽君 康德胜 康佳琪 樊守仁 樊晓蓓 石拴柱 石雨菲 "
            + "杜凤仙 杜建疆 雷振邦 雷晓蓉 曹存福 曹雅婷 侯二旺 侯沐辰 段玉堂 崔引莲 田跃武 "
            + "折存义 折桂兰 折亚飞 郤守信 郤晓峰 介秀芝 介鹏宇 尧占魁 尧思琪 "
            + "贺兰雁冰 贺兰守忠 尔朱文焕 尔朱婉清 温和 温良 武艺 高尚 高雅 白鸽 "
            ).strip().split(" "));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("王沐宸 王煜祺 张奕辰 张芮希 李宥安 李知夏 刘沐恩 刘若溪 "
            + "郝悦溪 闫梓萌 武嘉乐 牛沐瑶 贾一沫 郭思远 温锦程 白沐晴 高子墨 马梓萌 赵奕辰 冯梓豪 侯沐辰 尧思琪")
            .split(" "));
    /** The surnames of the region that no earlier blind group gave anyone: 折 of Fugu, 郤 of old Jin, 介, 尧. */
    static final String RARE_SURNAMES = "折郤介尧";
    /** Pool names that are also ordinary words: mild, gentle, martial skill, noble, elegant, a dove. */
    static final List<String> WORD_LIKE = List.of("温和", "温良", "武艺", "高尚", "高雅", "白鸽");
    private static final List<String> COMPOUND_SURNAMES = List.of("贺兰", "尔朱");
    /**
     * Mongolian names in Chinese transliteration|in a classical transcription, which {@link #script} writes in the
     * Mongolian script: one long name without surname, or an adopted Chinese surname (包, 白, 鲍, 韩, 吴, 奇) with a
     * Mongolian given name, whose script form is the given name.
     */
    private static final List<String> MONGOL = List.of(
            "阿拉坦格日勒|altangerel", "哈斯朝鲁|qasčilaγu", "吉日嘎拉图|jirγaltu", "胡日查毕力格|qurčabilig",
            "乌云索布德|oyunsubud", "青格勒图|čiŋgeltü", "呼和朝鲁|kökečilaγu", "布和朝鲁|bökečilaγu",
            "赛音吉雅|sayinjiya", "格根塔娜|gegentana", "白音仓|bayančaŋ", "特古斯巴雅尔|tegüsbayar",
            "孟根其其格|möŋgünčečeg", "萨日娜|sarana", "满都呼|mandaqu", "桑布|sambuu", "巴德玛|badma", "道尔吉|dorji",
            "乌兰其其格|ulaγančečeg", "达古拉|daγula", "毕力格图|biligtü", "孟根达来|möŋgündalai",
            "哈达巴特尔|qadabaγatur", "嘎鲁|γalaγu", "诺敏|nomin", "斯琴塔娜|sečentana", "图们朝鲁|tümenčilaγu",
            "那日苏|narasu", "牧仁|mörön", "额日敦其其格|erdeničečeg",
            "包满都拉|mandula", "白斯琴|sečen", "鲍格日勒|gerel", "韩孟和|möŋke", "吴图雅|tuya", "奇达来|dalai",
            "包哈斯|qas", "奇格根|gegen");
    /** Daur and Ewenki names with their clan names (敖拉, 郭布勒, 莫日登; 杜拉尔, 涂克敦, 那哈塔), and Hui traders. */
    private static final List<String> OTHER_MINORITY = List.of("敖拉·萨茹拉", "郭布勒·阿木尔", "莫日登·特古斯",
            "杜拉尔·乌仁", "涂克敦·额尔登挂", "那哈塔·吉雅", "马尔萨", "丁伊布拉", "白穆萨", "杨法图麦", "海阿伊莎");
    private static final List<String> MINORITY = Stream.concat(MONGOL.stream().map(m -> m.split("\\|")[0]),
            OTHER_MINORITY.stream()).toList();
    /**
     * Mongolian nationals: patronymic in the genitive|given name in Cyrillic|patronymic|given name romanised, as the
     * passport writes them.
     */
    private static final List<String> NATIONALS = List.of(
            "Доржийн|Бат-Эрдэнэ|Dorj|Bat-Erdene", "Цэрэнгийн|Саруул|Tseren|Saruul",
            "Гантулгын|Энхжаргал|Gantulga|Enkhjargal", "Батсүхийн|Мөнхбат|Batsukh|Munkhbat",
            "Лхамсүрэнгийн|Ариунаа|Lkhamsuren|Ariunaa", "Дашийн|Гантөмөр|Dash|Gantumur",
            "Нямаагийн|Сэлэнгэ|Nyamaa|Selenge", "Пүрэвийн|Тэмүүлэн|Purev|Temuulen",
            "Очирын|Нарантуяа|Ochir|Narantuya", "Жамъяны|Баярсайхан|Jamyan|Bayarsaikhan",
            "Сүхбаатарын|Золбаяр|Sukhbaatar|Zolbayar", "Зоригтын|Төгөлдөр|Zorigt|Tuguldur",
            "Мягмарын|Сарангэрэл|Myagmar|Sarangerel", "Энхтайваны|Хулан|Enkhtaivan|Khulan",
            "Баасангийн|Номин-Эрдэнэ|Baasan|Nomin-Erdene", "Алтангэрэлийн|Ууганбаяр|Altangerel|Uuganbayar",
            "Түвшингийн|Хонгорзул|Tuvshin|Khongorzul", "Содномын|Билгүүн|Sodnom|Bilguun");
    /** Nicknames of the Jin and northern-Shaanxi countryside, labelled as names. */
    private static final List<String> NICKNAMES = List.of("毛旦", "二旦", "拴拴", "锁锁", "改改", "喜喜", "黑旦", "三猴",
            "存存", "粉粉");
    // given|family: Australian longwall and mine-safety engineers (many of Cornish stock), German and Czech equipment
    // engineers, Polish shaft sinkers, South African and Botswanan mining consultants, Welsh and Irish drillers.
    private static final List<String> ENGLISH = List.of((""
            + "Gethin|Treloar Kelsey|Pengelly Garrick|Nankervis Merritt|Trewartha Stellan|Polglase Carys|Tregenza "
            + "Bryn|Kernick Aled|Vanstone Thorsten|Tiefenbach Hartmut|Holzapfel Ulrike|Wildgruber Korbinian|Eisenhut "
            + "Wolfram|Ackermann Hannelore|Strobl Zbigniew|Kaczmarczyk Grzegorz|Pietrzak Radek|Hruska "
            + "Zdenek|Sedlacek Jitka|Dolezal Riaan|Prinsloo Wynand|Swanepoel Jannie|Odendaal Tertius|Labuschagne "
            + "Chantelle|Coetzer Kagiso|Mokoena Thandeka|Molefe Dervla|Costigan Bairbre|Mulvaney Ewart|Chisholm "
            + "Cressida|Armitage Femke|Vermaak "
            ).strip().split("\\s+"));
    /** Family|first syllable|second syllable of people written in pinyin only (driving licences, exports). */
    private static final List<String> PINYIN = List.of(
            "Hao|Cun|Bao", "Yan|Fu|Tang", "Wu|Gen|Wang", "Niu|Suo|Zhu", "Jia|Lai|Bao", "Huo|Yin|Suo", "Xue|Run|Tian",
            "Guo|Man|Cang", "Wen|Shuan|Ming", "Qiao|Gai|Lian", "Chang|Yao|Zu", "Bai|Yu|Lian", "Gao|Deng|Ke",
            "Ma|Shuan|Lao", "Liu|Yin|Hu", "Wang|Jin|Suo", "Li|Bing|Yi", "Zhang|Er|Hu", "She|Cun|Yi", "Xi|Shou|Xin",
            "Jie|Xiu|Zhi", "Yao|Zhan|Kui", "Bai|Ji|Ye");
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Baotou, Hohhot, 伊克昭盟 (now Ordos), 榆林地区 (now
     * Yulin), Yan'an, Datong, Shuozhou, 忻州地区 (now Xinzhou).
     */
    private static final List<String> LEGACY_AREA = List.of("150202", "150203", "150204", "150102", "150121", "152701",
            "152722", "152723", "152727", "612701", "612722", "612723", "610602", "610626", "140202", "140203", "140602",
            "140603", "142201");
    /**
     * Area codes for 18-digit numbers: Ordos, Bayannur, the Daur and Ewenki banners and more of Baotou, Yulin, Yan'an,
     * Datong, Shuozhou, Xinzhou and Lüliang as coded after 2000, the Hui traders' Guyuan and Linxia, and the codes
     * of {@link #LEGACY_AREA}.
     */
    private static final List<String> AREA = Stream.concat(Stream.of("150207", "150221", "150222", "150602", "150621",
            "150622", "150624", "150626", "150627", "150802", "150824", "150722", "150724", "610802", "610821", "610822",
            "610824", "610825", "610826", "610827", "610828", "610625", "140211", "140226", "140621", "140902", "140930",
            "140931", "140932", "141102", "141123", "141124", "141125", "640402", "622901"), LEGACY_AREA.stream())
            .toList();
    /** Area codes (all with seven-digit local numbers). */
    private static final List<String> LANDLINE_AREAS = List.of("0471", "0472", "0477", "0478", "0912", "0911", "0352",
            "0349", "0350", "0358");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622202", "622188", "621661", "623058");
    /** Province|city|districts and streets. */
    private static final List<String> CITY_STREETS = List.of("内蒙古自治区|沙套市|河湾区黄河大街,河湾区煤城路,新区纬三路",
            "内蒙古自治区|包头市|昆都仑区钢铁大街,青山区幸福南路", "内蒙古自治区|鄂尔多斯市|东胜区天骄路",
            "陕西省|榆林市|榆阳区新建南路,神木市滨河大道", "山西省|朔州市|朔城区开发南路", "山西省|大同市|平城区魏都大道");
    private static final List<String> ESTATES = List.of("煤城花园", "黄河湾小区", "金沙苑", "矿务局家属院", "阳光新城");
    /** Province|city, county and town|villages|how a house is found: a number, or a 组 (and a number). */
    private static final List<String> VILLAGES = List.of("陕西省|榆林市神木市大柳塔镇|前梁村,后圪崂村|组",
            "陕西省|榆林市府谷县黄甫镇|贾家峁村|号", "陕西省|延安市吴起县长城镇|杨湾村|组",
            "山西省|忻州市保德县杨家湾镇|郭家坡村|号", "山西省|朔州市平鲁区井坪镇|北坪村|号",
            "内蒙古自治区|沙套市黄圪崂镇|马场壕村,石拐沟村|组");
    /** Province|city, banner and sumu|gachas. */
    private static final List<String> GACHAS = List.of("内蒙古自治区|沙套市杭盖旗希日塔拉苏木|查干淖尔嘎查,浩日沁嘎查",
            "内蒙古自治区|鄂尔多斯市乌审旗苏力德苏木|陶日木嘎查", "内蒙古自治区|包头市达尔罕茂明安联合旗巴音敖包苏木|额很嘎查");
    private static final List<String> MONGOLIAN_MONTHS = List.of("нэгдүгээр", "хоёрдугаар", "гуравдугаар",
            "дөрөвдүгээр", "тавдугаар", "зургаадугаар", "долдугаар", "наймдугаар", "есдүгээр", "аравдугаар",
            "арван нэгдүгээр", "арван хоёрдугаар");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    /** The classical transcription's letters and the Mongolian letters {@link #script} writes for them. */
    private static final String CLASSICAL = "aeiouöünŋbpqγgkmlsštdčjyrwh";
    private static final String MONGOLIAN = "\u1820\u1821\u1822\u1823\u1824\u1825\u1826\u1828\u1829\u182A\u182B\u182C"
            + "\u182D\u182D\u182C\u182E\u182F\u1830\u1831\u1832\u1833\u1834\u1835\u1836\u1837\u1838\u182C";

    private Blind26Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_26 || !templates.isEmpty() && BLIND_26.containsAll(templates);
    }

    /**
     * A word in a classical transcription (altan, čečeg, möŋke) written letter by letter in the Mongolian script; the
     * renderer joins the letters in their initial, medial and final forms. Blanks stay blanks.
     */
    static String script(String classical) {
        StringBuilder b = new StringBuilder();
        for (char c : classical.toCharArray()) {
            int at = CLASSICAL.indexOf(c);
            if (c == ' ') {
                b.append(' ');
            } else if (at < 0) {
                throw new IllegalArgumentException("no Mongolian letter for " + c + " in " + classical);
            } else {
                b.append(MONGOLIAN.charAt(at));
            }
        }
        return b.toString();
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** A child's name, born in the 2010s or 2020s, from the same pool. */
    static String childName(RandomGenerator r) {
        return pick(CHILDREN, r);
    }

    /** The surname used in address: the compound surname, or the first character. */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 存根 of 王存根, 雁冰 of 贺兰雁冰. */
    static String givenNameOf(String chineseName) {
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone; a one-character given name is not: the full name is written. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /**
     * The name as OCR reads it off a form: broken by a line break, a single blank after the surname, a blank between
     * every character, or an ideographic blank between every character.
     */
    static String scannedName(String chineseName, RandomGenerator r) {
        String surname = surnameOf(chineseName), rest = chineseName.substring(surname.length());
        return switch (r.nextInt(4)) {
            case 0 -> surname + "\n" + rest;
            case 1 -> surname + " " + rest;
            case 2 -> String.join(" ", chineseName.split(""));
            default -> String.join("\u3000", chineseName.split(""));
        };
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && CHINESE.contains(w.replaceAll("[ \n\u3000]", ""));
    }

    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** A Mongolian name in Chinese characters, from the minority pool. */
    static String mongolName(RandomGenerator r) {
        return pick(MONGOL, r).split("\\|")[0];
    }

    /** A Mongolian name in the Mongolian script. */
    static String scriptName(RandomGenerator r) {
        return scriptOf(pick(MONGOL, r));
    }

    private static String scriptOf(String mongolEntry) {
        return script(mongolEntry.split("\\|")[1]);
    }

    static String nickname(RandomGenerator r) {
        return pick(NICKNAMES, r);
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

    /** A Mongolian national in Cyrillic: Д. Бат-Эрдэнэ, Д.Бат-Эрдэнэ, Доржийн Бат-Эрдэнэ or Бат-Эрдэнэ. */
    static String cyrillicName(RandomGenerator r) {
        List<String> forms = cyrillicForms(pick(NATIONALS, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> cyrillicForms(String entry) {
        String[] p = entry.split("\\|");
        String initial = p[0].charAt(0) + ".";
        return List.of(initial + " " + p[1], initial + p[1], p[0] + " " + p[1], p[1]);
    }

    /** A Mongolian national romanised: Bat-Erdene D., D. Bat-Erdene, DORJ BAT-ERDENE or Bat-Erdene Dorj. */
    static String romanisedName(RandomGenerator r) {
        List<String> forms = romanisedForms(pick(NATIONALS, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> romanisedForms(String entry) {
        String[] p = entry.split("\\|");
        String initial = p[2].charAt(0) + ".";
        return List.of(p[3] + " " + initial, initial + " " + p[3], (p[2] + " " + p[3]).toUpperCase(),
                p[3] + " " + p[2]);
    }

    /** A pinyin name: HAO CUNBAO, Hao Cunbao, Cunbao HAO, HAO/CUNBAO or HAO Cunbao. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> pinyinForms(String entry) {
        String[] p = entry.split("\\|");
        String f = p[0], given = p[1] + p[2].toLowerCase();
        return List.of(f.toUpperCase() + " " + given.toUpperCase(), f + " " + given, given + " " + f.toUpperCase(),
                f.toUpperCase() + "/" + given.toUpperCase(), f.toUpperCase() + " " + given);
    }

    /** A plain 18-character resident identity number with a valid check character, born 1936 to 2010. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1936, 75, r);
    }

    /** A first-generation 15-digit number: a code of the time, yymmdd (born 1936 to 1992), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 36, 57, r);
    }

    /** A resident identity number: plain, lower-case x, 6-8-4 by blanks or by hyphens, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> legacyId(r);
            case 1, 2 -> id.replace('X', 'x');
            case 3 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 4 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            default -> id;
        };
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86 139 1234 5678. */
    static String mobile(RandomGenerator r) {
        String n = plainMobile(r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0, 1 -> a + " " + b + " " + c;
            case 2 -> a + "-" + b + "-" + c;
            case 3 -> "+86 " + n;
            case 4 -> "+86 " + a + " " + b + " " + c;
            default -> n;
        };
    }

    private static String plainMobile(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile as said in a voice note, the one as 幺 or 一: 幺三九 零二三四 五六七八, with blanks, commas or run together. */
    static String spokenMobile(RandomGenerator r) {
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : plainMobile(r).toCharArray()) b.append(c == '1' ? one : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String n = b.toString();
        return switch (r.nextInt(3)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "，" + n.substring(3, 7) + "，" + n.substring(7);
            default -> n;
        };
    }

    /** A Mongolian mobile: +976 9911 2345, +976 99112345, +976-9911-2345, (+976) 8812-3456. */
    static String mongolianPhone(RandomGenerator r) {
        String n = "89".charAt(r.nextInt(2)) + digits(7, r), a = n.substring(0, 4), b = n.substring(4);
        return switch (r.nextInt(4)) {
            case 0 -> "+976 " + a + " " + b;
            case 1 -> "+976 " + n;
            case 2 -> "+976-" + a + "-" + b;
            default -> "(+976) " + a + "-" + b;
        };
    }

    /** A landline: 0477-8512345, (0912)3456789, 0472 851 2345, 0477-8512345转8021, +86 477 8512345. */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(6, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, 3) + " " + local.substring(3);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * ZY24031876, MZ and eight digits, a 17-digit health-archive number, ZYJK-2024-00387, MY and seven digits,
     * KY-038712.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> "ZY" + (year % 100) + digits(6, r);
            case 1 -> "MZ" + digits(8, r);
            case 2 -> pick(AREA, r) + digits(11, r);
            case 3 -> "ZYJK-" + year + "-" + digits(5, r);
            case 4 -> "MY" + digits(7, r);
            default -> "KY-" + digits(6, r);
        };
    }

    /** NMYB, SNJM and SXYB numbers, industrial-injury GSBX numbers and rural-cooperative XNH numbers. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "NMYB" + digits(10, r);
            case 1 -> "SNJM" + digits(10, r);
            case 2 -> "SXYB" + digits(10, r);
            case 3 -> "GSBX" + (2016 + r.nextInt(10)) + digits(6, r);
            default -> "XNH" + pick(LEGACY_AREA, r) + digits(6, r);
        };
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

    /**
     * An address: a city street with an estate and 号楼/单元/室 or the short 12-2-501, a mine dormitory or living
     * quarter, a village with a number or a 组, a gacha with a 组 or a 牧点; {@code partial} may stop at the village,
     * the gacha or the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return switch (r.nextInt(3)) {
                case 0 -> place(pick(VILLAGES, r).split("\\|"), withProvince, r);
                case 1 -> place(pick(GACHAS, r).split("\\|"), withProvince, r);
                default -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r);
            };
        }
        return switch (r.nextInt(8)) {
            case 0, 1 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "号楼" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
            case 2 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(4)) + "-"
                    + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4));
            case 3 -> (withProvince ? "内蒙古自治区" : "") + "沙套市" + (r.nextBoolean()
                    ? "沙套煤业集团红石峁煤矿单身公寓" + (1 + r.nextInt(6)) + "号楼" + (1 + r.nextInt(5))
                    + String.format("%02d", 1 + r.nextInt(30)) + "室"
                    : "沙套煤业集团职工生活区" + (1 + r.nextInt(40)) + "排" + (1 + r.nextInt(20)) + "号");
            case 4, 5 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String village = place(t, withProvince, r);
                if (t[3].equals("号")) yield village + (1 + r.nextInt(200)) + "号";
                String group = village + (r.nextBoolean() ? IdentifierForms.chineseNumber(1 + r.nextInt(9))
                        : String.valueOf(1 + r.nextInt(12))) + "组";
                yield r.nextBoolean() ? group : group + (1 + r.nextInt(60)) + "号";
            }
            default -> place(pick(GACHAS, r).split("\\|"), withProvince, r)
                    + (r.nextBoolean() ? (1 + r.nextInt(6)) + "组" : "第" + (1 + r.nextInt(12)) + "牧点");
        };
    }

    /** Province (when asked), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        String[] places = t[2].split(",");
        return (withProvince ? t[0] : "") + t[1] + places[r.nextInt(places.length)];
    }

    /**
     * An address in Mongolia: Ulaanbaatar, Ömnögovi (the coal fields) and Dornogovi (the border town) in Cyrillic, or
     * Ulaanbaatar and Ömnögovi in Latin script.
     */
    static String mongolianAddress(RandomGenerator r) {
        int khoroo = 1 + r.nextInt(30), building = 1 + r.nextInt(60), flat = 1 + r.nextInt(90), bag = 1 + r.nextInt(6);
        return switch (r.nextInt(5)) {
            case 0 -> "Улаанбаатар хот, " + (r.nextBoolean() ? "Баянзүрх" : "Сүхбаатар") + " дүүрэг, " + khoroo
                    + "-р хороо, " + building + "-р байр, " + flat + " тоот";
            case 1 -> "Өмнөговь аймаг, Цогтцэций сум, " + bag + "-р баг";
            case 2 -> "Дорноговь аймаг, Замын-Үүд сум, " + bag + "-р баг, " + building + "-р байр, " + flat + " тоот";
            case 3 -> "Apt " + flat + ", Bldg " + building + ", Khoroo " + khoroo + ", "
                    + (r.nextBoolean() ? "Bayanzurkh District, Ulaanbaatar 13" : "Sukhbaatar District, Ulaanbaatar 14")
                    + digits(3, r);
            default -> "Bag " + bag + ", Tsogttsetsii Soum, Umnugovi Aimag";
        };
    }

    /**
     * A date of birth, 1936 to 2007: 1958年6月23日, 1958-06-23, 1958.6.23, 1958/6/23, 一九五八年六月二十三日,
     * 五八年六月二十三.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1936 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> "" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年"
                    + IdentifierForms.chineseNumber(m) + "月" + IdentifierForms.chineseNumber(d);
        };
    }

    /** A date of birth as exports write it: 19580623. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1936 + r.nextInt(72), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An English date of birth: 23 Jun 1958, 23-JUN-1958, June 23, 1958. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1936 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> String.format("%02d-%s-%d", d, month.substring(0, 3).toUpperCase(), y);
            default -> month + " " + d + ", " + y;
        };
    }

    /** A Mongolian date of birth: 1958.06.23, 1958 оны 6-р сарын 23, 1958 оны зургаадугаар сарын 23. */
    static String mongolianBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(58), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(3)) {
            case 0 -> String.format("%d.%02d.%02d", y, m, d);
            case 1 -> y + " оны " + m + "-р сарын " + d;
            default -> y + " оны " + MONGOLIAN_MONTHS.get(m - 1) + " сарын " + d;
        };
    }

    /** A child's date of birth, 2014 to 2025: 2019年10月5日, 2019-10-05, 2019.10.5, 20191005. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2014 + r.nextInt(12), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w) || isScannedName(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w))
                || mongolOfScript(w) != null || nationalOf(w) != null || pinyinOf(w) != null;
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) {
            return w;
        }
        if (isScannedName(w)) {
            return w.replaceAll("[ \n\u3000]", "");
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    /** The Mongolian pool entry a value writes in the Mongolian script, or null. */
    static String mongolOfScript(String w) {
        return MONGOL.stream().filter(m -> scriptOf(m).equals(w)).findFirst().orElse(null);
    }

    /** The national a value writes in Cyrillic or romanised, or null. */
    static String nationalOf(String w) {
        return NATIONALS.stream().filter(n -> cyrillicForms(n).contains(w) || romanisedForms(n).contains(w))
                .findFirst().orElse(null);
    }

    /** The pinyin pool entry a value writes, or null. */
    static String pinyinOf(String w) {
        return PINYIN.stream().filter(n -> pinyinForms(n).contains(w)).findFirst().orElse(null);
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    static List<String> childNames() {
        return CHILDREN;
    }

    static List<String> minorityNames() {
        return MINORITY;
    }

    /** The Mongolian names in Chinese characters, as {@code MG} writes them. */
    static List<String> mongolNames() {
        return MONGOL.stream().map(m -> m.split("\\|")[0]).toList();
    }

    /** The Mongolian names in the Mongolian script, as {@code MS} writes them. */
    static List<String> scriptNames() {
        return MONGOL.stream().map(Blind26Templates::scriptOf).toList();
    }

    static List<String> nationals() {
        return NATIONALS;
    }

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> compoundSurnames() {
        return COMPOUND_SURNAMES;
    }

    static List<String> pinyinNames() {
        return PINYIN;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    /** Every way {@link #cyrillicName} writes the nationals. */
    static Stream<String> cyrillicWritten() {
        return NATIONALS.stream().flatMap(n -> cyrillicForms(n).stream());
    }

    /** Every way {@link #pinyinName} and {@link #romanisedName} write the pools' names. */
    static Stream<String> latinWritten() {
        return Stream.concat(PINYIN.stream().flatMap(n -> pinyinForms(n).stream()),
                NATIONALS.stream().flatMap(n -> romanisedForms(n).stream()));
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind26Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind26Templates::given);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }

    private static String digits(int n, RandomGenerator r) {
        return IdentifierForms.digits(n, r);
    }

    private static String pick(List<String> xs, RandomGenerator r) {
        return IdentifierForms.pick(xs, r);
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NC" -> out.write(childName(random), EntityKind.NAME);
            case "NM" -> out.write(minorityName(random), EntityKind.NAME);
            case "MG" -> out.write(mongolName(random), EntityKind.NAME);
            case "MS" -> out.write(scriptName(random), EntityKind.NAME);
            case "CY" -> out.write(cyrillicName(random), EntityKind.NAME);
            case "MR" -> out.write(romanisedName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MX" -> out.write(mongolianPhone(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AO" -> out.write(mongolianAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(mongolianBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

package com.yilian.agents.deid;

import java.text.Normalizer;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.scannedName;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Twenty-seventh blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_27}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the Guangxi–Vietnam border and the Beibu
 * Gulf, led by the fictional 峒南医学院附属医院 in the fictional border city of 峒南 (between Chongzuo, Baise and
 * Fangchenggang), with the fictional 峒南市妇幼保健院 (thalassaemia screening), 板隆县人民医院, 那岜镇卫生院 and its
 * 那岜边民互市点卫生服务站 at the border-trade market, 那敏村卫生室 in a Zhuang village, 岜山瑶族乡卫生院 in the Yao
 * mountains, the sugar mill's 那隆糖厂职工医务室, the port's 白浪港口岸门诊部 and the longevity village's
 * 弄寿村长寿颐养院, whose patients are Zhuang farmers, Yao and Jing people, Vietnamese cross-border
 * spouses, traders and seasonal cane cutters, Cantonese- and Pinghua-speaking townspeople, sugar-cane and banana
 * workers, manganese and bauxite miners, truck drivers at the crossing, students and a few foreign volunteers:
 * thalassaemia (地贫) screening and genetic counselling of couples, prenatal diagnosis and transfusion of children,
 * G6PD deficiency, malaria and dengue surveillance at the border, HIV, syphilis and hepatitis B prenatal screening,
 * snake and centipede bites, pesticide, herbicide and wild-mushroom poisoning, cane-harvest, banana-plantation, mine
 * and road injuries, Yao medicinal baths (瑶浴) and Zhuang medicine (壮医), checks of the longevity village's elders,
 * cross-border patients with Vietnamese interpreters, port and border quarantine, family-doctor contracts,
 * chronic-disease follow-up, referrals up to the tertiary hospital, discharge summaries, nursing handovers, dictations,
 * voice notes in Cantonese and Pinghua-flavoured and Zhuang-flavoured Chinese (系, 嘅, 咗, 唔, 佢, 琴日, 老豆, 而家,
 * 开先, 遭, 来得不) and in Vietnamese, WeChat group messages, SMS (also in Vietnamese), OCR'd forms with stray blanks and
 * line breaks, CSV, markdown, pipe and tab tables, JSON exports, HL7-like segments and e-mails; about a seventh in
 * English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind26Templates}. Every person's name is PHI:
 * patients, husbands and wives, relatives, workmates, foremen, plantation bosses, interpreters, village doctors, Yao
 * bath masters, Zhuang-medicine practitioners, nurses and doctors, in Chinese, Vietnamese (with diacritics, unaccented,
 * in capitals or in Chinese transliteration), English or pinyin form, also straight after a role or verb word (班长X,
 * 翻译X, 老表X), at the start of table rows, in lists joined by 、, blanks or line breaks, in table cells, JSON values and
 * HL7 fields. A surname in a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X,
 * 阿X, 护士长X, X伯, X叔, X婶, X阿婆, X师傅, X医生, X主任, X老师, X书记, X场长, X厂长, X站长. A given name used alone
 * ({@code PG}) labels the given name; a one-character given name is never used alone. A Vietnamese given name used
 * alone after chị ({@code VG}) labels the given name. A nickname ({@code PK}: 特勒, 达妮, 阿蕉 …) is a
 * name. A child known as a parent's child (X之子, X之女) labels the parent. An OCR'd name ({@code PO}) broken by a line
 * break, a single blank after the surname, a blank between every character or an ideographic blank between every
 * character is one span, the break inside it. A Yao, Jing or transliterated Vietnamese name ({@code MN}, {@code NM},
 * {@code YN}, {@code JN}, {@code VC}) is one span. Vietnamese names in Latin script ({@code VN}: Nguyễn Thị Hồng
 * Nhung, Nguyen Thi Hong Nhung, NGUYEN THI HONG NHUNG, NGUYỄN THỊ HỒNG NHUNG) and pinyin names ({@code PY}: WEI
 * DESHOU, Wei Deshou, Deshou WEI, WEI/DESHOU, WEI Deshou) are labelled whole in each written form.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Nanning, Beihai, Fangchenggang, Qinzhou, Baise, Hechi and Chongzuo, also of the former 南宁地区, 百色地区 and 河池地区;
 * plain, lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth date, only on codes that
 * existed before 1999), mobiles ({@code M}: plain, 139 1234 5678, 139-1234-5678, +86 139 1234 5678, (+86)13912345678;
 * {@code MV}: spoken in voice notes with 幺 or 一 for the one, with blanks, commas or none), Vietnamese phones
 * ({@code MX}: +84 912 345 678, +84 912345678, 0912 345 678, 0912.345.678, (+84) 912-345-678), landlines ({@code L}:
 * 0771, 0770, 0776, 0777, 0778 and 0779, as 0771-5312345, (0776)2812345, 0779 201 2345, an extension after 转, +86 771
 * 5312345), addresses ({@code A}, {@code A0}: city streets with an estate and 号楼/单元/室 or the short 12-2-501, the
 * sugar mill's dormitories and the manganese mine's living quarter, Zhuang villages with a 屯, Yao mountain hamlets,
 * Jing fishing villages with a 组; {@code A0} may stop at the village, the 屯 or the street; {@code AV}: Vietnamese
 * addresses in Vietnamese script, thôn or xóm, xã, huyện, tỉnh, a street in Móng Cái, a khối of Đồng Đăng, or
 * unaccented), record numbers ({@code R}: inpatient DN24031876, outpatient MZ24-031876, 17-digit health-archive
 * numbers, maternal and child health FY2024 and six digits, port-clinic KA-038712, county-hospital BL and seven digits,
 * whatever the label), insurance numbers ({@code I}: GXYB and GXJM and ten digits, rural cooperative XNH, a code of its
 * time and six digits, industrial injury GS2024-038712), bank cards ({@code B}: 16 or 19 digits with a valid Luhn
 * digit, plain, fours by blanks or by hyphens), dates of birth ({@code DOB}: 1958年6月23日, 1958-06-23, 1958.6.23,
 * 1958/6/23, 一九五八年六月二十三日 and the spoken 五八年六月二十三号; {@code DOBC}: 19580623 in exports; {@code DOBE}: 23 Jun
 * 1958, 23-JUN-1958, June 23, 1958; {@code DOBV}: Vietnamese 23/06/1958, 23-06-1958 and ngày 23 tháng 6 năm 1958;
 * {@code DOBL}: lunar dates of the elders, 农历1931年三月初八 and 1931年农历腊月廿六; {@code NB}: a child's, 2014 to
 * 2025). Not labelled: visit, screening and onset dates, times, ages, border-pass (边民证) numbers, truck plates, boat
 * numbers, container numbers, passport numbers, staff numbers, specimen, lab-slip, premarital-check and message numbers,
 * thalassaemia genotypes (--SEA/αα, -α4.2/αα, αCSα, βCD41-42/βN, βIVS-II-654) and haemoglobin values, hotlines,
 * facility and company names, a province, city, port, market or place alone, Zhuang and Yao medicines and treatments
 * (药线点灸, 七十二风, 十八钻, 过山风 …), dishes, dialect words, and words beginning with one of the pool's surnames
 * (all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind26Templates} nor among the names {@link SyntheticValues} can generate. Most are drawn as a patient list
 * of the Guangxi border would look: the Zhuang surnames and the common ones of the region (韦, 覃, 黄, 农, 陆, 莫,
 * 蒙, 卢, 潘, 梁, 李, 陈, 刘, 林) dominate, mid-frequency regional ones (凌, 磨, 零, 闭, 岑, 赵, 黎, 麻, 宁) follow,
 * with given names of each generation (born before 1950, including old women's names in 妹 and 娥, in the 1960s and
 * 1970s, the 1980s and 1990s, and children of the 2010s and 2020s); a minority have surnames of the region no earlier
 * group used ({@link #RARE_SURNAMES}) or are ordinary words ({@link #WORD_LIKE}). The minority pool holds Yao names
 * with a birth-order numeral or an ordination name in 法, Jing fishermen's names and the Chinese transliterations of
 * the Vietnamese pool; the Vietnamese pool writes each name with diacritics, unaccented and in capitals; a pool of
 * English names of volunteers, researchers, seafarers and engineers (French, Dutch, British and Irish, New Zealand,
 * Tongan, Danish, Indian, Cuban, Filipino, Thai, Lao and Cambodian); a pinyin pool; a nickname pool of Zhuang and
 * Cantonese nicknames. Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code NC}, a child's
 * name from the same pool; {@code NM}, a further minority name; {@code YN}, a Yao name; {@code JN}, a Jing name;
 * {@code VC}, a Vietnamese name in Chinese characters; {@code VN}, {@code VG}, {@code PS}, {@code FS}, {@code PG},
 * {@code PK}, {@code PO}, {@code PY}, {@code MV}, {@code MX}, {@code AV} above; {@code EG}, an English given name
 * alone; {@code DOBC}, {@code DOBE}, {@code DOBV}, {@code DOBL}, {@code NB}. Any non-empty subset of
 * {@link #BLIND_27} uses these pools (see {@link #uses}).
 */
final class Blind27Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261228L;

    static final List<String> BLIND_27 = List.of(
            // Thalassaemia screening, genetic counselling and prenatal diagnosis.
            "峒南市妇幼保健院 地中海贫血筛查登记表\n女方：{P}  出生日期：{DOB}  身份证号：{ID}\n男方：{F}  电话：{M}\n"
                    + "血常规：MCV 68fL，MCH 21pg\n女方基因型：--SEA/αα\n登记人：{N}\n",
            "地贫夫妇遗传咨询记录：丈夫{F}，基因型βCD41-42/βN；妻子{P}，基因型βIVS-II-654/βN；双方均为β地贫携带者，"
                    + "胎儿有1/4概率为重型；建议孕11周行绒毛取样；咨询医生{DR}；档案号{R}\n",
            "产前诊断知情同意：孕妇{P}，孕18周，拟行羊膜腔穿刺；丈夫{F}签字，电话{M}；双方基因型均为--SEA/αα；"
                    + "操作医师{DS}主任\n",
            "重型地贫患儿输血记录：{NC}，{NB}出生，βCD17/βCD41-42，每3周输血一次，去铁治疗中；母亲{F}；住院号{R}；"
                    + "主管医生{DR}\n",
            "HbH病随访：{P}，基因型--SEA/αCSα，Hb 78g/L，脾大肋下3cm；医保号{I}；住{A}；随访护士小{DS}\n",
            "Thalassaemia carrier counselling (English copy for the volunteer team)\nCouple: {PY} and {PY}\n"
                    + "Genotypes: --SEA/αα and --SEA/αα\nRisk: Hb Bart's hydrops 1 in 4\nCounsellor: {E}\n"
                    + "Callback: {L}\n",
            "地贫基因检测报告（标本号S2406120387）：受检者{P}，{DOB}生，检测结果-α4.2/αα；送检单位板隆县人民医院；"
                    + "审核{DR}\n",
            "新生儿地贫筛查阳性召回：{P}之子，{NB}出生，Hb Bart's 8%；请家长{F}于{D}前带孩子复查；联系电话{L}\n",
            "越南籍孕妇地贫筛查：{VC}（{VN}），{DOBV}生，嫁到{A0}；丈夫{P}为βCD41-42携带者；翻译{N}；越南娘家电话{MX}\n",
            "重型β地贫患儿造血干细胞移植配型：患儿{NC}，{NB}出生；父亲{F}、母亲{N}、姐姐{NC}均已采样；"
                    + "移植中心联系人{DR}；押金账户{B}\n",
            // G6PD deficiency.
            "G6PD缺乏症新生儿筛查：{P}之女，{NB}出生，G6PD活性1.2U/gHb；已告知家长{F}禁食蚕豆、禁用樟脑丸；电话{M}\n",
            "蚕豆病急诊：{NC}，男，{AGE}岁，吃蚕豆后酱油色尿，Hb 62g/L；母亲{F}；住院号{R}；值班医生{DR}\n",
            "G6PD deficiency card\nName: {PY}\nDOB: {DOBE}\nAvoid: fava beans, naphthalene, primaquine without testing\n"
                    + "Issued by Dr {ES}, Dongnan Medical College Hospital\n",
            // Malaria and dengue surveillance at the border.
            "边境疟疾监测个案调查表\n姓名：{VN}  国籍：越南\n出生日期：{DOBV}\n入境地点：那岜边民互市点\n"
                    + "血涂片：恶性疟原虫（+）\n边民证号：BMZ-0387216\n调查人：{N}\n",
            "输入性疟疾病例报告：{P}，{AGE}岁，赴非洲务工回国后发热；镜检间日疟；住{A}；报告医生{DR}；疾控联系人{N}，"
                    + "电话{L}\n",
            "登革热病例流调：{P}，发热3天，NS1抗原阳性；家住{A}，周边200米内已灭蚊；同住{F}、{MN}；流调员{N}\n",
            "疟疾治疗督导服药记录：{VC}，越南籍砍蔗工，氯喹第2天；督导员{N}；雇主{F}，电话{M}\n",
            "登革热防控入户记录：{A0}，户主{P}，积水容器3个已清除；{PS}婶配合；记录人{N}\n",
            "边民互市点卫生服务站日志\n{D}\n{VN} 发热 疟疾快检阴性 {MX}\n{VC} 外伤换药\n{P} 血压{BP} {M}\n值班：{N}\n",
            // HIV, syphilis and hepatitis B in pregnancy.
            "孕产妇艾滋病、梅毒和乙肝检测登记\n孕妇：{P}  出生日期：{DOB}\n丈夫：{F}\n住址：{A}\nHIV抗体：阴性  TPPA：阳性\n"
                    + "检测机构：那岜镇卫生院\n",
            "梅毒孕妇规范治疗记录：{VC}，越南籍，苄星青霉素第2针；丈夫{P}同治；随访电话{M}；负责医生{DR}\n",
            "预防母婴传播随访：{P}之子，{NB}出生，出生后6小时内开始预防用药；母亲病案号{R}；随访护士{N}\n",
            "Mẹ: {VN}\nNgày sinh: {DOBV}\nĐịa chỉ: {AV}\nXét nghiệm HIV: âm tính\nGiang mai: dương tính\n"
                    + "Bác sĩ: {DR}\n",
            // Snake and centipede bites.
            "毒蛇咬伤急诊记录：{P}，{AGE}岁，香蕉地里被银环蛇咬伤右足，予抗银环蛇毒血清；同行{N}用鞋带结扎；住院号{R}；"
                    + "接诊{DR}\n",
            "蜈蚣咬伤：{NC}，{AGE}岁，夜里被蜈蚣咬伤左手，局部红肿；母亲{F}抱来；值班护士{N}\n",
            "Snakebite, cane field near Naba: {E}, volunteer teacher, bitten by a many-banded krait; antivenom given; "
                    + "colleague {E2}; MRN {R}.\n",
            "蛇伤随访：{PS}伯，{AGE}岁，眼镜蛇咬伤后右手指坏死；儿子{F}，电话{M}；外科{DS}主任\n",
            // Pesticide, herbicide and mushroom poisoning.
            "有机磷农药中毒抢救记录：{P}，{AGE}岁，口服敌敌畏约50ml；胆碱酯酶活性12%；阿托品化；家属{F}，电话{M}；"
                    + "病案号{R}；抢救医生{DR}\n",
            "百草枯中毒：{P}，与{F}吵架后喝农药；身份证{ID}；住{A}；转峒南医学院附属医院\n",
            "野生菌中毒群体事件登记\n{P} 呕吐腹泻 {M}\n{N} 肝功能异常 {M}\n{NM} 症状轻 {L}\n采食地点：岜山后山\n登记：{N}\n",
            "除草剂误服：{NC}，{AGE}岁，误喝装在饮料瓶里的草甘膦；奶奶{F}发现；家庭住址{A0}；值班{DS}医生\n",
            "香蕉园喷药工体检：{P}，{AGE}岁，胆碱酯酶活性降至58%；工友{N}、{N}同批复查；蕉园老板{F}电话{M}；"
                    + "体检医生{DR}\n",
            // Sugar cane, bananas, mines and the border crossing.
            "那隆糖厂职工医务室 夜班处置单\n工号TN0317 {P}（压榨车间）\n证件：{ID}\n左手被卷入压榨机，示指离断\n"
                    + "班组电话：{M}\n",
            "砍蔗刀伤：{VN}，越南籍季节性砍蔗工，左小腿刀伤长8cm；蔗场{FS}场长送来；工头{N}电话{MX}\n",
            "甘蔗收割机事故：{P}（工友叫他{PG}），机手，右上肢挤压伤；工伤保险号{I}；同班{N}、{N}；{FS}厂长到场；"
                    + "医生{DR}\n",
            "香蕉种植基地工伤：{P}，{AGE}岁，砍蕉时被蕉刀割伤；老板{F}垫付，刷卡{B}；{DS}医生清创\n",
            "锰矿职业体检：{P}，板隆锰矿井下采矿工，接锰年限11年，手震颤待查；档案号{R}；体检医师{DR}\n",
            "锰中毒随访：{PS}师傅（{P}），{AGE}岁，原选矿工，步态异常，疑职业性锰中毒；诊断医师{DR}；联系电话{L}\n",
            "铝土矿运输车事故：司机{P}，车牌桂L 7H306，翻车致多发骨折；副驾{N}；车主{F}电话{M}\n",
            "口岸货车司机就诊：{P}，车牌桂F·3K721，集装箱号MSKU7043885，等待通关20小时后头晕；电话{M}；接诊{DS}医生\n",
            // Yao medicinal baths and Zhuang medicine.
            "岜山瑶族乡卫生院 瑶医药浴记录\n姓名：{YN}\n出生日期：{DOB}\n药浴方：七十二风、十八钻加减\n疗程：第3次\n"
                    + "瑶医：{YN}\n",
            "壮医药线点灸治疗记录：{P}，腰腿痛，取穴足三里、环跳；壮医师{DR}；医保号{I}\n",
            "壮医会诊：{P}，{AGE}岁，湿疹反复，壮医辨证为湿毒，予鸡骨草、两面针外洗；壮医{N}；住院号{R}\n",
            "[OCR] 瑶 医 处 方\n{PO}\n过山风 30g 大钻 20g 小钻 15g 水煎外洗\n开方 {YN}\n",
            "瑶浴护理交班：3床{YN}，药浴后出汗多，已补液；5床{P}，风湿痹痛；7床{MN}，皮疹；值班护士{N}\n",
            // The longevity village.
            "弄寿村长寿颐养院 百岁老人健康档案\n姓名：{P}  出生日期：{DOBL}\n身份证号：{ID}\n血压：{BP}\n"
                    + "照护人：{F}（{KIN}）  电话：{M}\n建档医生：{DR}\n",
            "长寿村老人体检：{PS}阿婆（{P}），{AGE}岁，耳背，每日喝火麻汤，能自行走动；孙女{N}陪同；住{A}\n",
            "百岁老人高龄补贴发放：{P}，{DOBL}生，补贴打入{B}；代领人{F}；村医{N}\n",
            "[语音转文字] {DS}医生 我系{P}个仔 我阿妈今年九十八喇 生日系{DOBL} 佢几日冇食饭 我电话{MV}\n",
            // Cross-border patients with interpreters.
            "涉外门诊登记（越南语）\n就诊人：{VN}\n证件：越南护照 C3871264\n生日：{DOBV}\n现病史：孕32周，下腹坠胀\n"
                    + "陪同翻译：{N}（{M}）\n接诊：{DR}\n",
            "问诊经翻译：{VC}（越南名{VN}），在那岜互市点卖槟榔和越南咖啡，夜间咳嗽两周；翻译{N}；她在越南的儿子电话{MX}；"
                    + "{DS}医生开胸片\n",
            "越南籍产妇{VN}剖宫产，住院号{R}；丈夫{P}交押金三千元（卡号{B}）；她姐姐{VN}从谅山过来陪护，越南手机{MX}\n",
            "Bệnh nhân: {VN}\nNgày sinh: {DOBV}\nĐiện thoại: {MX}\nĐịa chỉ: {AV}\nChẩn đoán: sốt xuất huyết\n"
                    + "Bác sĩ: {DR}\nPhiên dịch: {N}\n",
            "Giấy chuyển viện\nHọ tên: {VN}\nSinh ngày: {DOBV}\nQuê quán: {AV}\nNgười nhà: chị {VG}, điện thoại {MX}\n",
            "越南新娘婚育登记：{VC}，{DOBV}生，户籍地{AV}，嫁给{A0}的{P}；育有一女{NC}（{NB}出生）；村干部{N}\n",
            "越方转诊：{VC}，持护照B2716493，由越南医生{VN}转来；接收医生{DR}；越南家属电话{MX}\n",
            // Port and border quarantine, the Jing fishermen.
            "白浪港口岸门诊部 入境人员健康申报\n姓名：{E}\n船名：MV Gulf Pearl\n体温：{TEMP}\n联系方式：{M}\n"
                    + "检疫医师：{DR}\n",
            "口岸发热旅客排查：{VN}，经东兴口岸入境，体温38.6℃，登革热快速检测阴性；边民证号BMZ-0412093；"
                    + "检疫员{N}；{DS}站长复核\n",
            "京族渔民出海健康登记：{JN}，{AGE}岁，渔船桂防渔80312，出海前体检；家属{JN}，电话{M}；住{A}\n",
            "京族哈节义诊（哈亭前）：{JN}，高血压；{NM}，痛风；{JN}，腰肌劳损；义诊医生{DR}；咨询电话{L}\n",
            // Family doctors and chronic disease.
            "家庭医生签约服务协议（那岜镇卫生院）\n乙方：{P}  身份证号：{ID}\n住址：{A}\n联系电话：{M}\n"
                    + "服务包：高血压＋地贫家庭随访\n团队长：{DR}  签约日期：{D}\n",
            "家庭医生上门：{PS}叔，{AGE}岁，留守老人，痛风发作走路困难；儿子{N}在广东打工，电话{M}；签约医生{N}带药上门\n",
            "那造屯 家庭医生签约花名册\n1 {P} {ID} 高血压\n2 {MN} {ID} 孕产妇\n3 {N} {ID} 地贫携带\n团队医生：{N}  电话：{L}\n",
            "糖尿病随访：{PS}婶，{AGE}岁，{LAB}；三月三做了五色糯米饭和粽粑，连吃三天，血糖高了；嘱她老公{F}帮忙看着；"
                    + "随访{DR}\n",
            "慢阻肺随访：{P}，原锰矿井下工，烧柴火做饭多年，CAT评分22分；家属{F}，电话{M}；医保号{I}；村{FS}书记陪同\n",
            // Referrals, discharge summaries, handovers, dictations, births.
            "双向转诊单（上转）\n患者 {P}，{AGE}岁，病案号 {R}\n由 板隆县人民医院 转 峒南医学院附属医院 血液科\n"
                    + "理由：重型β地贫需规律输血及去铁\n转出医师 {N}；接收医师 {DR}；联系 {L}\n",
            "出院小结（血液科）\n患者：{P}  住院号：{R}\n出院诊断：{DIS}；β地贫中间型\n出院带药：{DRUG}{DOSE}、叶酸\n"
                    + "复诊时间：{D}\n经治医师：{DR}\n",
            "夜班交班（血液科）：8床{P}，输血第2袋，无反应；9床{YN}，体温{TEMP}，已告知{DS}医生复查血常规；交班{N}，"
                    + "接班{N}\n",
            "[口述录音整理] 这个是{DR}口述 病人{P} {AGE}岁 种甘蔗的 {SYM}{DUR} 前年在越南那边得过疟疾 "
                    + "病史由他老婆{F}提供 完\n",
            "那岜镇卫生院 门诊登记 {D}\n{P}/{SEX}/{AGE}岁/{SYM}/{M}\n{N}/{SEX}/{AGE}岁/{SYM}/{M}\n"
                    + "{VC}/{SEX}/{AGE}岁/越南语翻译陪同\n{NM}/{SEX}/{AGE}岁/复诊\n",
            "DISCHARGE NOTE - Dongnan Medical College Hospital, Infectious Diseases\n"
                    + "Name: {E}   MRN: {R}   Born: {DOBE}\n"
                    + "Dx: dengue fever with warning signs, recovered\nFollow-up: platelet count in 1 week\n"
                    + "Signed: Dr {PY}; escort {E2} ({M})\n",
            "母婴同室出院：{P}之女，{NB}出生，足跟血已采（地贫、G6PD），体重2980g；母亲住{A}；产后访视护士{N}\n",
            "分娩记录摘要：产妇{P}，新生儿{NC}（{P}之子），{NB}出生，Apgar 9-10分；孩子父亲{F}在糖厂压榨车间上班，"
                    + "电话{M}；助产{DR}\n",
            "预防接种门诊：{NC}（{F}之女），{NB}出生，今日接种乙脑减毒活疫苗第1剂；留观30分钟；接种员小{DS}；"
                    + "家长手机{M}\n",
            // Voice notes in Cantonese, Pinghua- and Zhuang-flavoured Chinese and Vietnamese.
            "[语音转文字] 喂{DS}医生 我阿妈{P}琴日食咗啲野生菌 而家呕到冇力 点算好 我电话{MV}\n",
            "[语音留言] 我系{F} {P}系我老豆 佢嘅医保卡号我读畀你听 {I}\n",
            "[语音转文字] 我个细路仔{NC}系{NB}出世嘅 医院话佢G6PD缺乏 啲蚕豆食唔食得 我喺{A0}\n",
            "[语音留言] {PS}伯 我系那敏村卫生室嘅 你个血压计修好咗 得闲叫{PK}过来攞 我电话{L}\n",
            "[语音转文字] 医生 我老婆{F}讲 {PK}琴晚喺蕉园遭蛇咬咗 而家手肿晒 佢喺{A0}\n",
            "[语音留言] {FS}婶 我是{N} 同你讲 {PG}砍蔗时遭刀割到脚 流好多血 已经送去那隆糖厂职工医务室了\n",
            "[语音转文字] 我叫{P} 地贫筛查那张单 出生日期应该是{DOB} 你们写错了 改一下先 我电话{MV}\n",
            "[语音留言] 我是{PS}家的 我爸在山上挖药 摔到脚了 走不得 你们来得不 地址{A}\n",
            "[语音留言] 我是弄寿村的{P} 我阿爸一百零一岁了 他的胃药吃完了 医保号是{I} 帮开先\n",
            "[语音转文字] 我是拉香蕉过关的 我老表{N}排队排了一夜 刚才倒在驾驶室 我们在{A0}附近 电话{MV}\n",
            "[语音留言] 医生 我叫{YN} 岜山那边的 汉话讲不好 我老婆生孩子三天了 还在流血 住{A} 电话{MV}\n",
            "[语音转文字] 喂 医生 我是{N} 我老公{P}打完农药回来就头晕呕吐 我们在{A0} 快来 电话{MV}\n",
            "[语音转文字] Alô bác sĩ ơi, em là {VN}, vợ của anh {P}. Con em sốt ba ngày rồi. Số điện thoại của em là "
                    + "{MX}.\n",
            "[语音留言] Chị {VG} ơi, em ở chợ biên giới Na Ba, chồng em bị rắn cắn, số em {MX}, nhà em ở {AV}.\n",
            "[语音转文字] {DS}医生 我屋{PG}去山上砍柴遭蜈蚣咬了 脚肿到走不得 我是他妈{F} 电话{MV}\n",
            "[语音留言] 我们屯的{PK}去河里电鱼 遭电到了 人不醒 快派车来 我是{N} {M}\n",
            "[语音转文字] 我是京族的{JN} 我老公出海回来就发冷发热 住{A0} 电话{MV}\n",
            // WeChat.
            "[微信群 那敏村家庭医生服务群]\n{F}：{DS}医生，我阿妈{P}今早量血压{BP}，头有点晕\n"
                    + "{DR}：药按时吃了没？下午我去屯里看\n{N}：我家也要量，顺便来\n",
            "[微信群 那隆糖厂榨季安全群]\n班长{N}：明早体检，{P}、{N}、{N}空腹来医务室\n{P}：我刚下夜班吃了粉，改后天得不得\n"
                    + "老{DS}：得，后天八点，电话{L}\n",
            "[微信 聊天记录]\n{F}：医生，{PS}老师（我家老头，退休教师）这两天发冷发热\n{DR}：去过越南那边没有？先来查疟疾\n"
                    + "{F}：好的，他电话{M}\n",
            "[微信群 岜山瑶族乡卫生院]\n{N}：明天上六岭村送药，{YN}家的娃要打疫苗\n{DR}：路滑，骑摩托慢点\n"
                    + "{YN}：我在屯口等，电话{M}\n",
            "[微信 地贫咨询]\n{F}：医生，我老婆{P}查出来是地贫携带，我要不要也查？\n{DR}：要查，夫妻俩都查\n"
                    + "{F}：好，我电话{M}\n",
            "[微信 翻译群] {N}：{VN}的血涂片结果出来了，化验单号HB20240612，麻烦翻给她听；她老板{VN}说明天来结账\n",
            "[微信群 那岜口岸货车司机群]\n{N}：{P}在三号卡口抽筋了，有人认识他家里人没\n{N}：他老婆电话{M}\n"
                    + "阿{PS}：我在旁边，卫生服务站的人来了\n",
            "[微信群 那岜镇卫生院疫情群]\n{N}：互市点有个越南老表发烧，叫{VN}\n{DR}：先做疟疾快速检测\n"
                    + "{N}：已采血，电话{MX}\n",
            // OCR'd forms.
            "[OCR] 地 中 海 贫 血 筛 查 表\n姓 名 {PO}\n出生日期 {DOB}\n身份证号 {ID}\n基因型 --SEA/αα\n",
            "[OCR] 甘 蔗 工 伤 待 遇 申 请 表 申请人 {PO} 收款 银行 账号 {B} 手机 {M}\n",
            "[OCR] 孕 产 妇 保 健 手 册\n孕妇 {PO} 孕周 28\n医保 {I}\n现住 {A}\n",
            "[OCR] 双 向 转 诊 单（上 转）患者 {PO} 转出 板隆县人民医院 接收医生 {DR} 电话 {L}\n",
            "[OCR] 疟 疾 病 例 个 案 卡\n病 人 {PO}  证件 {ID}\n发病 {D}  镜检 间日疟\n",
            "[OCR] 家 庭 医 生 签 约 书 乙方 {PO} 联系 电话 {M} 居住 地址 {A0}\n",
            "[OCR] 百 岁 老 人 登 记 表\n老人姓名 {PO}\n出生日期 {DOBL}\n代领人 {F}\n",
            "[OCR] 出 生 医 学 证 明\n新生儿 {NC}\n出生 时间 {NB}\n母亲 {PO}\n父亲 {F}\n地贫 筛查 待做\n",
            // Tables.
            "婚检编号,女方,男方,女方出生日期,联系电话,女方基因型\nHJ0612,{P},{F},{DOBC},{M},--SEA/αα\n"
                    + "HJ0613,{N},{N},{DOBC},{M},αα/αα\n",
            "| 床号 | 姓名 | 住院号 | 诊断 | 责任护士 |\n|---|---|---|---|---|\n| 12 | {P} | {R} | 重型β地贫 | {N} |\n"
                    + "| 15 | {YN} | {R} | 毒蕈中毒 | {N} |\n",
            "姓名|身份证|医保号|紧急联系人|关系\n{P}|{ID}|{I}|{F}|{KIN}\n{N}|{ID}|{I}|{N}|邻居\n",
            "worker\tcountry\tborn\tmobile\tcrew\n{VN}\tVietnam\t{DOBV}\t{MX}\tNaba cane crew 2\n"
                    + "{VN}\tVietnam\t{DOBV}\t{MX}\tNaba cane crew 2\n{E}\tNew Zealand\t{DOBE}\t{M}\tvolunteer\n",
            "工号\t姓名\t榨季岗位\t工资卡\nTN0317\t{P}\t压榨\t{B}\nTN0412\t{N}\t锅炉\t{B}\n",
            "病历号,越南文姓名,中文译名,出生日期\n{R},{VN},{VC},{DOBV}\n{R},{VN},{VC},{DOBV}\n",
            "序号,户主,出生年月,手机号码,家庭住址,签约团队\n1,{P},{DOB},{M},{A},那岜一组\n2,{N},{DOB},{L},{A0},那岜二组\n",
            "| 车牌 | 驾驶员 | 电话 | 货物 | 处置 |\n|---|---|---|---|---|\n| 桂F·3K721 | {P} | {M} | 香蕉 | 测血压 |\n"
                    + "| 12C-038.71 | {VC} | {MX} | 火龙果 | 疟疾快检 |\n",
            "姓名,民族,出生日期,住址\n{JN},京族,{DOB},{A}\n{YN},瑶族,{DOBL},{A0}\n",
            // JSON exports.
            "{\"姓名\":\"{P}\",\"证件号\":\"{ID}\",\"联系电话\":\"{M}\",\"档案号\":\"{R}\",\"地贫筛查\":\"已筛\","
                    + "\"签约机构\":\"那岜镇卫生院\"}\n",
            "{\"hoTen\":\"{VN}\",\"tenTiengTrung\":\"{VC}\",\"ngaySinh\":\"{DOBV}\",\"dienThoai\":\"{MX}\","
                    + "\"diaChi\":\"{AV}\"}\n",
            "{\"瑶浴登记\":{\"姓名\":\"{YN}\",\"生日\":\"{DOB}\",\"手机\":\"{M}\",\"家庭住址\":\"{A}\",\"药浴次数\":\"3\"}}\n",
            "{\"砍蔗工\":\"{PY}\",\"身份证号\":\"{ID}\",\"工伤保险号\":\"{I}\",\"工资卡\":\"{B}\",\"蔗区\":\"那造\"}\n",
            "{\"孕妇\":\"{P}\",\"基因型\":\"βCD41-42/βN\",\"丈夫\":{\"姓名\":\"{F}\",\"电话\":\"{M}\"},"
                    + "\"出生日期\":\"{DOBC}\"}\n",
            // HL7-like segments.
            "MSH|^~\\&|TNLIS|DNFY|||20240612101500||ORU^R01|MSG24612|P|2.4\n"
                    + "PID|1||{R}^^^DNFY^MR||{P}||{DOBC}|{SEX}|||{A}||{M}\nOBX|1|ST|THAL^Genotype||--SEA/αα\n"
                    + "NK1|1|{F}|{KIN}||{M}\n",
            "PID|1||{R}||{VN}||{DOBC}|F|||{AV}||{MX}\n",
            "PID|1||{R}^^^BLXRMYY||{PY}||{DOBC}|M|||{A}^^^^^CHN||{L}|||||{ID}\nIN1|1|GXJM|{I}\n",
            "PV1|1|I|XYK^12||||{DR}\nPID|1||{R}||{YN}||{DOBC}|F\n",
            // SMS.
            "【峒南医学院附属医院】{P}家长您好，孩子{D}的输血已排班，住院号{R}，请提前一天致电{L}确认。\n",
            "【那岜镇卫生院】{PS}伯您好，您的高血压随访时间为{D}，请带医保卡{I}。\n",
            "【峒南市医疗保障局】{P}，您孩子的重型地贫救助金已核定，将转入账户{B}。咨询热线12393。\n",
            "【那隆糖厂职工医务室】{PS}师傅您好，榨季前体检发现您血压偏高，请于{D}前到医务室复测。\n",
            "【Dongnan Medical College Hospital】Dear {E}, your dengue NS1 and malaria results are ready at the "
                    + "international clinic. MRN {R}. Tel {L}.\n",
            "【板隆县人民医院】{F}您好，{YN}今日瑶浴后体温{TEMP}，{DS}医生已查看，暂停药浴一天。\n",
            "【Bệnh viện Đông Nam】Chào chị {VG}, lịch khám thai của chị là {D}. Vui lòng mang hộ chiếu. Gọi {L}.\n",
            "【Trạm y tế Na Ba】{VN} ơi, kết quả xét nghiệm sốt rét đã có. Số hồ sơ {R}. Đường dây nóng 1900 9095.\n",
            "【白浪港口岸门诊部】{E}先生，您的入境健康检查已完成，请回电{L}。\n",
            // E-mails.
            "主题：榨季工伤员工{P}情况\n收件人：{N}（峒南糖业集团人力资源部）\n正文：{N}您好，{P}（身份证{ID}）于{D}被"
                    + "甘蔗收割机挤伤右臂，住院号{R}，已行清创术。主治医师{DR}，电话{L}\n",
            "Subject: Our volunteer in your dengue ward\nDear Dr {ES},\nThank you for looking after {E} (born {DOBE}). "
                    + "Her mother {E2} flies in tomorrow; our coordinator {EG} is on {M}.\n",
            "Subject: Krait bite, cane cutter\nDear {EG},\n{VN} (DOB {DOBV}) is still ventilated after a krait bite, "
                    + "MRN {R}. His wife, chị {VG}, is reachable on {MX}.\nDr {PY}\n",
            "主题：越南砍蔗工住院费用\n正文：蔗场老板{N}同意为{VC}垫付住院费，病案号{R}，付款账户{B}；越南家属{VN}已电话"
                    + "告知（{MX}）\n",
            "Subject: Malaria prophylaxis before the trip to Laos\nDear Dr {ES},\nCould you see {E} and {E2} before "
                    + "they travel? Both are G6PD normal on last year's test.\nBest, {EG}\n",
            "主题：地贫救助材料补交\n{F}您好：您女儿{P}的医保号{I}，请补交身份证{ID}复印件。峒南市妇幼保健院{N}\n",
            // Diet advice and notes with dishes and everyday words.
            "出院饮食指导：{P}，G6PD缺乏，忌食蚕豆，少吃螺蛳粉、柠檬鸭和酸嘢；可吃米粉、玉米粥；营养师{N}\n",
            "康复指导：{P}，黄疸已退，凌晨不要外出割蔗，莫名发热及时就诊；相关事宜联系{F}，电话{M}\n",
            "随访备注：{P}的孙子在南宁读书，农药已锁好；麻醉复苏顺利；零食少吃；闭经3个月待查；电话{L}\n",
            "门诊处方：{P}，蒙脱石散口服，李子吃多了腹泻；林区护林员，劳动时注意防暑；介绍到{DS}医生；银行卡号另附\n",
            "护理记录：{P}，术后凌晨疼痛，护士长{DS}查看；宁可多巡视；磨损的床栏已报修；家属{F}陪护\n");

    // The Zhuang surnames and the common ones of the region (韦, 覃, 黄, 农, 陆, 莫, 蒙, 卢, 潘, 梁, 李, 陈, 刘, 林),
    // mid-frequency regional ones (凌, 磨, 零, 闭, 岑, 赵, 黎, 麻, 宁), with given names of four generations (old
    // women's names in 妹 and 娥), two surnames of the region no earlier group used and word-like names.
    private static final List<String> CHINESE = List.of((""
            + "韦德寿 韦光耀 韦美柳 韦妹桃 韦乃坚 韦丽蓉 韦海滨 韦秋菊 韦宸熙 韦芷晴 韦金娥 韦日升 韦壮 "
            + "覃振球 覃月英 覃秀珠 覃卫民 覃海棠 覃妮 覃俊豪 覃可馨 覃二妹 覃培松 覃耀坤 "
            + "黄日新 黄妹娟 黄爱萍 黄仕强 黄春柳 黄耀宗 黄雅琪 黄梓豪 黄钰涵 黄三妹 黄绍球 黄桂娥 "
            + "农有才 农美凤 农金秀 农振华 农丽娜 农家宝 农宇航 农玉珍 农壮飞 "
            + "陆福昌 陆月娥 陆卫国 陆海琼 陆秀芬 陆俊锋 陆诗彤 陆启明 "
            + "莫启德 莫妹英 莫少华 莫海鸥 莫嘉炜 莫雨萌 莫桂芬 "
            + "蒙德贵 蒙桂芳 蒙卫东 蒙丽清 蒙俊驰 蒙语嫣 蒙妹连 "
            + "卢茂松 卢月桂 卢国庆 卢燕妮 卢志坚 卢子骞 "
            + "潘荣照 潘秀琼 潘日华 潘晓琪 潘一鸣 潘妹珍 "
            + "梁汉忠 梁凤娴 梁伟雄 梁嘉蔚 梁锦泉 梁秀琼 梁卓尔 "
            + "李秀芝 李日生 李卫华 李美玲 李海坤 李沐瑶 李光祖 "
            + "陈亚妹 陈日光 陈国球 陈丽琼 陈伟豪 陈芷若 陈炳棠 "
            + "刘德崇 刘妹花 刘卫宁 刘海珊 刘子谦 "
            + "林月桂 林志坚 林爱娇 林嘉乐 林耀南 "
            + "凌启富 凌美娟 凌志勋 磨光耀 磨秀娟 磨家宝 零月娥 零振宇 零美婷 闭德福 闭桂莲 闭海宁 "
            + "岑绍光 岑美华 岑宇轩 赵福寿 赵美芳 赵宇航 黎汉光 黎妹英 黎俊彦 麻德旺 麻秀莲 麻晓东 "
            + "宁兆丰 宁秀芝 宁梓晴 罗远富 罗美娥 谭振邦 廖秋萍 "
            + "银德光 银秀兰 银宇辰 银锦荣 俸光明 俸美莲 俸俊杰 俸凤娟 俸子晴 "
            + "黄昏 梁柱 卢比 陆路 莫非 麻利 "
            ).strip().split(" "));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("韦宸熙 韦芷晴 覃可馨 黄梓豪 黄钰涵 农宇航 陆诗彤 莫雨萌 "
            + "蒙语嫣 卢子骞 潘一鸣 梁嘉蔚 李沐瑶 陈芷若 刘子谦 林嘉乐 岑宇轩 赵宇航 宁梓晴 俸子晴 银宇辰").split(" "));
    /** The surnames of the region that no earlier blind group gave anyone: 银 and 俸, both of the Zhuang. */
    static final String RARE_SURNAMES = "银俸";
    /** Pool names that are also ordinary words: dusk, beam and pillar, rupee, overland, can it be, deft. */
    static final List<String> WORD_LIKE = List.of("黄昏", "梁柱", "卢比", "陆路", "莫非", "麻利");
    /** Yao names: a birth-order numeral (福三, 财五, 四妹) or an ordination name in 法 (法旺, 法贵). */
    private static final List<String> YAO = List.of("盘福三", "盘法旺", "盘三妹", "赵法贵", "赵四妹", "邓财五", "邓法荣",
            "冯贵四", "冯六妹", "李法通", "黄金二", "蓝桂七");
    /** Jing fishermen and their families of the three islands. */
    private static final List<String> JING = List.of("苏润潮", "阮金桥", "武海娣", "黎沙妹", "裴浪生", "杜港英", "龚渔兴",
            "吴碧潮");
    /**
     * Vietnamese names with diacritics|in Chinese transliteration (Hán-Việt): Kinh, and Tày, Nùng and Dao of the
     * border provinces.
     */
    private static final List<String> VIETNAMESE = List.of("Nguyễn Thị Hồng Nhung|阮氏红绒", "Trần Thị Kim Thoa|陈氏金钗",
            "Lê Văn Tùng|黎文松", "Phạm Thị Yến|范氏燕", "Hoàng Văn Chiến|黄文战", "Vũ Thị Hạnh|武氏幸",
            "Đặng Văn Hiếu|邓文孝", "Bùi Thị Phượng|裴氏凤", "Đỗ Văn Toàn|杜文全", "Ngô Thị Thanh Tâm|吴氏清心",
            "Hồ Văn Nghĩa|胡文义", "Dương Thị Cúc|杨氏菊", "Lý Văn Quyết|李文决", "Nông Thị Mai|农氏梅",
            "Hoàng Thị Diệp|黄氏叶", "Lục Văn Khoa|陆文科", "Triệu Thị Xuân|赵氏春", "Lâm Văn Thắng|林文胜",
            "Đinh Thị Huệ|丁氏惠", "Mạc Văn Lực|莫文力", "Nguyễn Thị Tuyết Mai|阮氏雪梅", "Vi Văn Hào|韦文豪");
    private static final List<String> MINORITY = Stream.of(YAO.stream(), JING.stream(),
            VIETNAMESE.stream().map(v -> v.split("\\|")[1])).flatMap(s -> s).toList();
    /** Zhuang nicknames (特 for boys, 达 for girls) and Cantonese ones of the towns, labelled as names. */
    private static final List<String> NICKNAMES = List.of("特勒", "特桥", "达妮", "达英", "阿蕉", "阿榕", "蔗佬", "黑仔明",
            "肥婆兰", "靓仔坤");
    // given|family: French NGO doctors and malaria researchers, Dutch sugar engineers, British, Welsh, Scottish and
    // Irish volunteer teachers, a New Zealander, Cuban doctors, Thai cane specialists, Lao and Cambodian students, and a
    // Filipino, a Danish, an Indian and a Tongan seafarer or port agent.
    private static final List<String> ENGLISH = List.of((""
            + "Aurelien|Castagnet Solene|Pradier Bastien|Lemarchand Maelys|Courtois Gaspard|Rougemont "
            + "Clemence|Vauquelin Joris|Ketelaar Femmetje|Brouwers Wietse|Swinkels Ilse|Doornbos "
            + "Jocelin|Cholmondeley Ismay|Pellow Rollo|Thistlethwaite Kerensa|Colquhoun Somhairle|Brinsmead "
            + "Gwenllian|Treadgold Wikitoria|Pennycuick Fionnbarr|Meiklejohn Yudelkis|Arencibia Osniel|Pedroso "
            + "Sakda|Phromphan Pimchanok|Siriwat Phonesavanh|Keomany Sreypov|Vannarith Dindo|Sumulong "
            + "Geertje|Oosterhuis Asbjorn|Skaarup Donncha|Ruttledge Mridula|Parthasarathy Mosese|Vaipulu "
            ).strip().split("\\s+"));
    /** Family|first syllable|second syllable of people written in pinyin only (passports, exports, notes). */
    private static final List<String> PINYIN = List.of(
            "Wei|De|Shou", "Qin|Zhen|Qiu", "Huang|Ri|Xin", "Nong|You|Cai", "Lu|Fu|Chang", "Mo|Qi|De", "Meng|De|Gui",
            "Lu|Mao|Song", "Pan|Rong|Zhao", "Liang|Han|Zhong", "Li|Ri|Sheng", "Chen|Guo|Qiu", "Liu|De|Chong",
            "Lin|Yue|Gui", "Ling|Qi|Fu", "Mo|Guang|Yao", "Bi|De|Fu", "Cen|Shao|Guang", "Yin|De|Guang", "Lao|Jin|Rong",
            "Feng|Guang|Ming", "Ma|De|Wang", "Ning|Zhao|Feng");
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Nanning's old districts, Beihai, Fangchenggang,
     * 南宁地区 (凭祥, 宁明, 龙州; now Chongzuo), 百色地区 (百色, 靖西, 那坡; now Baise) and 河池地区 (河池; now Hechi).
     */
    private static final List<String> LEGACY_AREA = List.of("450102", "450103", "450105", "450502", "450503", "450521",
            "450602", "450603", "452101", "452132", "452133", "452601", "452626", "452627", "452701");
    /**
     * Area codes for 18-digit numbers: Nanning, Beihai, Fangchenggang and Dongxing, Qinzhou, Baise, Hechi and Chongzuo
     * as coded after 2000, and the codes of {@link #LEGACY_AREA}.
     */
    private static final List<String> AREA = Stream.concat(Stream.of("450107", "450108", "450109", "450110", "450123",
            "450124", "450126", "450512", "450621", "450681", "450702", "450703", "450721", "450722", "451002", "451022",
            "451024", "451026", "451081", "451202", "451224", "451227", "451228", "451229", "451402", "451421", "451422",
            "451423", "451424", "451425", "451481"), LEGACY_AREA.stream()).toList();
    /** Area codes (seven-digit local numbers): Nanning and Chongzuo, Fangchenggang, Baise, Qinzhou, Hechi, Beihai. */
    private static final List<String> LANDLINE_AREAS = List.of("0771", "0770", "0776", "0777", "0778", "0779");
    /** The first two digits after +84 of Vietnamese mobiles. */
    private static final List<String> VN_PREFIXES = List.of("91", "94", "98", "97", "96", "90", "93", "86", "88", "35",
            "37", "39", "70", "77", "81", "84");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622202", "622188", "623058", "621799");
    /** Province|city|districts and streets. */
    private static final List<String> CITY_STREETS = List.of(
            "广西壮族自治区|峒南市|城中区友谊路,城中区边贸大道,江北区糖城路", "广西壮族自治区|南宁市|青秀区民族大道,西乡塘区大学东路",
            "广西壮族自治区|崇左市|江州区新民路", "广西壮族自治区|北海市|海城区四川路", "广西壮族自治区|钦州市|钦南区子材大街",
            "广西壮族自治区|防城港市|东兴市北仑大道", "广西壮族自治区|百色市|右江区中山路");
    private static final List<String> ESTATES = List.of("糖城花园", "边贸新村", "榕树湾小区", "明江苑", "凤凰名都");
    /**
     * Province|city, county and town|villages|屯 of a Zhuang village or a Yao hamlet, or 组 for the villages that count
     * by groups (the Jing islands, the Cantonese-speaking coast).
     */
    private static final List<String> VILLAGES = List.of("广西壮族自治区|峒南市板隆县那岜镇|那敏村,弄寿村|岜考屯,那造屯,弄良屯",
            "广西壮族自治区|崇左市龙州县水口镇|岜荷村|那怀屯,陇亭屯", "广西壮族自治区|百色市靖西市龙邦镇|念井村|弄立屯,那布屯",
            "广西壮族自治区|河池市巴马瑶族自治县甲篆镇|坡月村,平安村|弄友屯,巴盘屯",
            "广西壮族自治区|峒南市板隆县岜山瑶族乡|六岭村|冲口屯,盘岭屯,大坳屯",
            "广西壮族自治区|防城港市东兴市江平镇|巫头村,万尾村,山心村|组", "广西壮族自治区|钦州市灵山县佛子镇|大芦村|组",
            "广西壮族自治区|北海市合浦县山口镇|永安村|组");
    /** Hamlet word|hamlets|commune|district|province of the Vietnamese side. */
    private static final List<String> VN_HAMLETS = List.of(
            "thôn|Nà Pàn,Bản Chắt|xã Tân Thanh|huyện Văn Lãng|tỉnh Lạng Sơn",
            "xóm|Pò Peo,Bản Thượng|xã Đàm Thủy|huyện Trùng Khánh|tỉnh Cao Bằng",
            "thôn|Pác Luống,Nà Rì|xã Bảo Lâm|huyện Cao Lộc|tỉnh Lạng Sơn");
    private static final List<String> LUNAR_MONTHS = List.of("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月",
            "九月", "十月", "冬月", "腊月");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";

    private Blind27Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_27 || !templates.isEmpty() && BLIND_27.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** A child's name, born in the 2010s or 2020s, from the same pool. */
    static String childName(RandomGenerator r) {
        return pick(CHILDREN, r);
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && CHINESE.contains(w.replaceAll("[ \n\u3000]", ""));
    }

    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    static String yaoName(RandomGenerator r) {
        return pick(YAO, r);
    }

    static String jingName(RandomGenerator r) {
        return pick(JING, r);
    }

    /** A Vietnamese name in Chinese characters. */
    static String vietnameseChinese(RandomGenerator r) {
        return pick(VIETNAMESE, r).split("\\|")[1];
    }

    /** A Vietnamese name in Latin script: with diacritics, unaccented, in capitals unaccented or with diacritics. */
    static String vietnameseName(RandomGenerator r) {
        List<String> forms = vietnameseForms(pick(VIETNAMESE, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> vietnameseForms(String entry) {
        String name = entry.split("\\|")[0], plain = unaccented(name);
        return List.of(name, plain, plain.toUpperCase(), name.toUpperCase());
    }

    /** The Vietnamese given name, used alone after chị: Nhung of Nguyễn Thị Hồng Nhung. */
    static String vietnameseGiven(RandomGenerator r) {
        return givenOfVietnamese(pick(VIETNAMESE, r));
    }

    static String givenOfVietnamese(String entry) {
        String name = entry.split("\\|")[0];
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    /** Vietnamese without its diacritics: đ as d, the tone and vowel marks dropped. */
    static String unaccented(String s) {
        return Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
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

    /** A pinyin name: WEI DESHOU, Wei Deshou, Deshou WEI, WEI/DESHOU or WEI Deshou. */
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

    /** A plain 18-character resident identity number with a valid check character, born 1930 to 2010. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1930, 81, r);
    }

    /** A first-generation 15-digit number: a code of the time, yymmdd (born 1930 to 1992), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 30, 63, r);
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

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 139 1234 5678, (+86)13912345678. */
    static String mobile(RandomGenerator r) {
        String n = plainMobile(r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0, 1 -> a + " " + b + " " + c;
            case 2 -> a + "-" + b + "-" + c;
            case 3 -> "+86 " + a + " " + b + " " + c;
            case 4 -> "(+86)" + n;
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

    /** A Vietnamese mobile: +84 912 345 678, +84 912345678, 0912 345 678, 0912.345.678, (+84) 912-345-678. */
    static String vietnamesePhone(RandomGenerator r) {
        String n = pick(VN_PREFIXES, r) + digits(7, r);
        String a = n.substring(0, 3), b = n.substring(3, 6), c = n.substring(6);
        return switch (r.nextInt(5)) {
            case 0 -> "+84 " + a + " " + b + " " + c;
            case 1 -> "+84 " + n;
            case 2 -> "0" + a + " " + b + " " + c;
            case 3 -> "0" + a + "." + b + "." + c;
            default -> "(+84) " + a + "-" + b + "-" + c;
        };
    }

    /** A landline: 0771-5312345, (0776)2812345, 0779 201 2345, 0770-5312345转8021, +86 771 5312345. */
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
     * DN24031876, MZ24-031876, a 17-digit health-archive number, FY2024 and six digits, KA-038712, BL and seven
     * digits.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> "DN" + (year % 100) + digits(6, r);
            case 1 -> "MZ" + (year % 100) + "-" + digits(6, r);
            case 2 -> pick(AREA, r) + digits(11, r);
            case 3 -> "FY" + year + digits(6, r);
            case 4 -> "KA-" + digits(6, r);
            default -> "BL" + digits(7, r);
        };
    }

    /** GXYB and GXJM numbers, rural-cooperative XNH numbers and industrial-injury GS numbers. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "GXYB" + digits(10, r);
            case 1 -> "GXJM" + digits(10, r);
            case 2 -> "XNH" + pick(LEGACY_AREA, r) + digits(6, r);
            default -> "GS" + (2016 + r.nextInt(10)) + "-" + digits(6, r);
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
     * An address: a city street with an estate and 号楼/单元/室 or the short 12-2-501, a sugar-mill dormitory or the
     * manganese mine's living quarter, a village with a 屯 (and a number) or a 组 and a number; {@code partial} may
     * stop at the village, the 屯 or the street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return switch (r.nextInt(3)) {
                case 0 -> place(pick(VILLAGES, r).split("\\|"), withProvince, r);
                case 1 -> {
                    String[] t = pick(VILLAGES, r).split("\\|");
                    String village = place(t, withProvince, r);
                    yield t[3].equals("组") ? village : village + pick(List.of(t[3].split(",")), r);
                }
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
            case 3 -> (withProvince ? "广西壮族自治区" : "") + (r.nextBoolean()
                    ? "峒南市江北区那隆糖厂职工宿舍" + (1 + r.nextInt(8)) + "栋" + (1 + r.nextInt(5))
                    + String.format("%02d", 1 + r.nextInt(20)) + "房"
                    : "峒南市板隆县板隆锰矿生活区" + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(12)) + "号");
            default -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String village = place(t, withProvince, r);
                if (t[3].equals("组")) {
                    yield village + (r.nextBoolean() ? IdentifierForms.chineseNumber(1 + r.nextInt(9))
                            : String.valueOf(1 + r.nextInt(12))) + "组" + (1 + r.nextInt(80)) + "号";
                }
                String hamlet = village + pick(List.of(t[3].split(",")), r);
                yield r.nextBoolean() ? hamlet : hamlet + (1 + r.nextInt(60)) + "号";
            }
        };
    }

    /** Province (when asked), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        String[] places = t[2].split(",");
        return (withProvince ? t[0] : "") + t[1] + places[r.nextInt(places.length)];
    }

    /**
     * An address on the Vietnamese side: a thôn or xóm with its xã, huyện and tỉnh, a street of Móng Cái, a khối of
     * Đồng Đăng, or the first unaccented.
     */
    static String vietnameseAddress(RandomGenerator r) {
        String[] t = pick(VN_HAMLETS, r).split("\\|");
        String hamlet = pick(List.of(t[1].split(",")), r);
        String village = t[0] + " " + hamlet + ", " + t[2] + ", " + t[3] + ", " + t[4];
        return switch (r.nextInt(5)) {
            case 0, 1 -> village;
            case 2 -> "số " + (1 + r.nextInt(180)) + " đường Hùng Vương, phường Ka Long, thành phố Móng Cái, "
                    + "tỉnh Quảng Ninh";
            case 3 -> "khối " + (1 + r.nextInt(9)) + ", thị trấn Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn";
            default -> capitalised(unaccented(village));
        };
    }

    /** Thon Na Pan, Xa Tan Thanh, Huyen Van Lang, Tinh Lang Son. */
    private static String capitalised(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!b.isEmpty()) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /**
     * A date of birth, 1930 to 2007: 1958年6月23日, 1958-06-23, 1958.6.23, 1958/6/23, 一九五八年六月二十三日,
     * 五八年六月二十三号.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(78), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> "" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年"
                    + IdentifierForms.chineseNumber(m) + "月" + IdentifierForms.chineseNumber(d) + "号";
        };
    }

    /** A date of birth as exports write it: 19580623. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1930 + r.nextInt(78), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An English date of birth: 23 Jun 1958, 23-JUN-1958, June 23, 1958. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(55), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> String.format("%02d-%s-%d", d, month.substring(0, 3).toUpperCase(), y);
            default -> month + " " + d + ", " + y;
        };
    }

    /** A Vietnamese date of birth: 23/06/1958, 23-06-1958, ngày 23 tháng 6 năm 1958. */
    static String vietnameseBirthDate(RandomGenerator r) {
        int y = 1960 + r.nextInt(47), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(3)) {
            case 0 -> String.format("%02d/%02d/%d", d, m, y);
            case 1 -> String.format("%02d-%02d-%d", d, m, y);
            default -> "ngày " + d + " tháng " + m + " năm " + y;
        };
    }

    /** An elder's lunar date of birth, 1918 to 1960: 农历1931年三月初八, 1931年农历腊月廿六. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1918 + r.nextInt(43), d = 1 + r.nextInt(30);
        String month = pick(LUNAR_MONTHS, r);
        String day = d <= 10 ? "初" + IdentifierForms.chineseNumber(d)
                : d < 20 || d == 30 ? IdentifierForms.chineseNumber(d)
                : d == 20 ? "二十" : "廿" + NUMERALS.charAt(d - 20);
        return r.nextBoolean() ? "农历" + y + "年" + month + day : y + "年农历" + month + day;
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
                || vietnameseOf(w) != null || VIETNAMESE.stream().anyMatch(v -> givenOfVietnamese(v).equals(w))
                || pinyinOf(w) != null;
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

    /** The Vietnamese pool entry a value writes in Latin script, or null. */
    static String vietnameseOf(String w) {
        return VIETNAMESE.stream().filter(v -> vietnameseForms(v).contains(w)).findFirst().orElse(null);
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

    static List<String> yaoNames() {
        return YAO;
    }

    static List<String> jingNames() {
        return JING;
    }

    static List<String> vietnameseNames() {
        return VIETNAMESE;
    }

    static List<String> nicknames() {
        return NICKNAMES;
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

    /** Every way {@link #vietnameseName} and {@link #pinyinName} write the pools' names. */
    static Stream<String> latinWritten() {
        return Stream.concat(VIETNAMESE.stream().flatMap(v -> vietnameseForms(v).stream()).distinct(),
                PINYIN.stream().flatMap(n -> pinyinForms(n).stream()));
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(PoolNameForms::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(PoolNameForms::given);
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NC" -> out.write(childName(random), EntityKind.NAME);
            case "NM" -> out.write(minorityName(random), EntityKind.NAME);
            case "YN" -> out.write(yaoName(random), EntityKind.NAME);
            case "JN" -> out.write(jingName(random), EntityKind.NAME);
            case "VC" -> out.write(vietnameseChinese(random), EntityKind.NAME);
            case "VN" -> out.write(vietnameseName(random), EntityKind.NAME);
            case "VG" -> out.write(vietnameseGiven(random), EntityKind.NAME);
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
            case "MX" -> out.write(vietnamesePhone(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AV" -> out.write(vietnameseAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBV" -> out.write(vietnameseBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

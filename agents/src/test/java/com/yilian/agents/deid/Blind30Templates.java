package com.yilian.agents.deid;

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
 * Thirtieth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_30}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium on the Yunnan–Myanmar and Yunnan–Laos border,
 * led by the fictional 景棕市人民医院 (Jingzong People's Hospital) in the fictional border city of 景棕 (Jingzong,
 * between Dehong, Lincang, Pu'er and Xishuangbanna), with the fictional 勐蚌县人民医院 and 弄曼县人民医院, 弄曼县妇幼保健院,
 * the township health centre 那勒乡卫生院 (Nale) and the village clinics of 弄岗村 and 曼贺寨, the 景棕市傣医医院 (Dai
 * medicine), the 景棕口岸门诊部 (port clinic) and the border-residents' clinic, the methadone clinic, the 景棕市疾控中心,
 * the 曼竜橡胶农场 (rubber plantation and its numbered teams), tea gardens and the jade market (玉石市场); patients
 * and carers also come from Ruili, Mangshi, Longchuan and Yingjiang in Dehong, Gengma and Cangyuan in Lincang, Pu'er,
 * and Jinghong, Mengla and Menghai in Xishuangbanna, from Muse, Namkham, Lashio and Myitkyina in Myanmar and from Luang
 * Namtha and Boten in Laos, and are referred to Kunming. The people: Dai farmers of Dehong and Xishuangbanna, Jingpo,
 * Wa, Lisu, De'ang, Achang, Hani, Lahu, Yi, Bai, Hui and Han villagers, rubber tappers, tea pickers, jade traders,
 * old educated youth (知青) of the state farms, Burmese, Shan and Kachin cross-border workers and brides, Lao patients,
 * Thai tourists, village doctors, Dai-medicine doctors, port interpreters, NGO staff and malaria researchers. The
 * topics: imported malaria, dengue, HIV/AIDS and the methadone clinic, tuberculosis, snakebite, wild-mushroom poisoning
 * (见手青), rubber-tapping injuries, elephant encounters, thalassaemia, maternal health of cross-border brides,
 * vaccination of cross-border children, family doctors, Dai medicine (睡药), referrals, discharge summaries, nursing
 * handovers, dictations, interpreters, voice notes in Yunnan dialect (给是, 咋个整, 老火, 板扎, 老倌, 脚杆) and in
 * Burmese and Lao, WeChat messages, SMS (also in Burmese and Lao), OCR'd forms with stray blanks and line breaks, CSV,
 * markdown, pipe and tab tables, JSON exports, HL7-like segments and e-mails; about a seventh in English or mostly
 * Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind28Templates} and {@link Blind29Templates}.
 * Every person's name is PHI: patients, relatives, employers, crew leaders, interpreters, village doctors, Dai-medicine
 * doctors, nurses and doctors, in Chinese, Dai script, Burmese script, Lao script or Latin, also straight after a role
 * word, in lists, in table cells, JSON values and HL7 fields. A Chinese surname in a form of address labels the surname
 * only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, 护士长X, X师傅, X大夫, X主任, X医生, X老板, and the Yunnan
 * X大爹 and X老倌. A Chinese given name used alone ({@code PG}) labels the given name; a one-character given name is
 * never used alone. Minority names written in Chinese are labelled whole and have no surname: Xishuangbanna Dai names
 * with their gender word (岩温坦, 玉罕叫: 岩 and 玉 are part of the name), Dehong Dai names (混岗, 喃相), Dai parents named
 * after their first child ({@code DP}: 波岩温, father of 岩温; 咪玉香, mother of 玉香; the 波 or 咪 is part of the name),
 * Jingpo names with their clan name (木然干, 勒排锐), Wa names with their birth-order word (艾扫, 尼块, 叶娥), Lisu,
 * De'ang, Hani and Lahu names (扎约, 娜体). The Dai kin words alone (咪涛 grandmother, 波涛 grandfather) and 小卜少 (girl)
 * are not names. A Dai name in Dai script ({@code DT}: New Tai Lü for Xishuangbanna, Tai Le for Dehong) is labelled
 * whole. Burmese names ({@code BN} in Latin, also in capitals; {@code BB} in Burmese script; {@code BC} in Chinese
 * transliteration) are labelled without the honorific: U, Daw, Ko, Ma, Maung, Mg and ဦး, ဒေါ်, ကို stay outside the
 * span; the Shan Sai and Nang are part of the name and inside it. Kachin and Jingpo names in Latin ({@code JL}: Maran
 * Gam, Lahpai Seng Nu) are labelled whole. Lao names ({@code LN} in Latin, given name first; {@code LL} in Lao script;
 * {@code LC} in Chinese with a middle dot) are labelled whole; a Lao given name used alone ({@code LG}) after Mr or Ms
 * labels the given name only. A child known as a parent's child (X之子, X之女, X家的孩子) labels the parent. A nickname
 * ({@code PK}: 小版纳, 胶林哥) is a name. An OCR'd Chinese name ({@code PO}) broken by a line break, a single blank after
 * the surname, a blank between every character or an ideographic blank between every character, and an OCR'd
 * minority name ({@code NO}) broken by a line break, a blank or an ideographic blank, is one span, the break inside it.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Dehong 5331 (Ruili, Mangshi, Lianghe, Yingjiang, Longchuan), Lincang 5309 and the old 5335 (Linxiang, Shuangjiang,
 * Gengma, Cangyuan), Pu'er 5308 and the old 5327 (Simao, Jiangcheng, Menglian, Lancang, Ximeng), Xishuangbanna 5328
 * (Jinghong, Menghai, Mengla) and Kunming 5301; plain, lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers
 * with a valid birth date, only on codes that existed before 1999); Myanmar National Registration Card numbers are a
 * person's national identity number and are labelled ID_NUMBER ({@code NRC}: 13/MaSaNa(N)123456 in Latin, and in
 * Burmese script and digits, ၁၃/မဆန(နိုင်)၁၂၃၄၅၆); passports (Myanmar MA419273, Lao P2718394) and border passes
 * (J0528713) are not labelled. Phones: mobiles ({@code M}: plain, 139 1234 5678, 139-1234-5678, +86 139 1234 5678,
 * (+86)13912345678; {@code MV}: spoken in voice notes with 幺 or 一 for the one), a foreign phone a person gives is a
 * phone number of that person and is labelled PHONE: Myanmar mobiles ({@code MX}: +95 9 421 234 567, +959421234567,
 * 09-421234567, 09 421 234 567; {@code MB}: in Burmese digits, ၀၉ ၄၂၁ ၂၃၄ ၅၆၇ or run together), Lao mobiles
 * ({@code ML}: +856 20 5512 3456, 020 5512 3456, +8562055123456, and in Lao digits ໐໒໐ ໕໕໑໒ ໓໔໕໖), Thai mobiles of
 * tourists ({@code MF}: +66 81 234 5678, +66812345678, 081-234-5678); landlines ({@code L}: seven-digit numbers on 0692
 * Dehong, 0883 Lincang, 0879 Pu'er and 0691 Xishuangbanna, eight-digit ones on 0871 Kunming, as 0692-4123456,
 * (0691)2123456, 0883 712 3456, with an extension after 转, +86 692 4123456). Addresses ({@code A}, {@code A0}: city
 * streets with an estate and 栋/单元/室 or the short 3-2-501, company dormitories, villages by 乡/镇 with a 村委会 and a
 * named or numbered 村民小组 and a house number, Dai, Jingpo and Wa 寨 and 新寨, state-farm and rubber-plantation teams
 * (七分场三队); {@code A0} may stop at the street, the 乡, the 村委会, the 寨 or the farm; {@code AX}: Myanmar and Lao
 * addresses in Latin, Burmese script, Lao script and Chinese: No. 14, Bogyoke Road, Ward 3, Muse; မူဆယ်မြို့ ရပ်ကွက် ၃;
 * Ban Donkhoune, Muang Sing, Luang Namtha; ບ້ານ ນ້ຳທາ ເມືອງ ຫຼວງນ້ຳທາ; 缅甸掸邦木姐第3区). Record numbers ({@code R}:
 * inpatient JZ24031876, outpatient JZMZ2024031876, Dai-medicine hospital DYY24-03187, methadone client MMT5331020417
 * on an area code, antiretroviral card ART-533102-03187, port clinic KA202403187). Insurance numbers ({@code I}: YNYB
 * and YNJM with ten digits, the old rural cooperative card XNH on an area code and six digits). Bank cards ({@code B}:
 * 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or by hyphens). Dates of birth ({@code DOB}:
 * 1967年3月12日, 1967-03-12, 1967.3.12, 1967/3/12, 一九六七年三月十二日 and the spoken 六七年三月十二号; {@code DOBC}:
 * 19670312 in exports; {@code DOBE}: 12 Mar 1967, 12-MAR-1967, March 12, 1967; {@code DOBD}: a Dai-calendar birthday,
 * 傣历1329年6月15日, the Dai year being the common era less 638, which is a date of birth like any other; {@code DOBB}: a
 * Buddhist-era date of Thai and Lao documents, 12 มี.ค. 2510, 佛历2510年3月12日, 12 Mar B.E. 2510 (B.E. 2510 = 1967),
 * the era word inside the span; {@code DOBX}: Myanmar and Lao writing, 12.3.1967, 12/03/1967, in Burmese digits
 * ၁၂.၃.၁၉၆၇ and in Lao digits ໑໒/໐໓/໑໙໖໗; {@code NB}: a child's, 2014 to 2025). Not labelled: visit, screening and
 * onset dates, days of the week, the water-splashing festival (泼水节), ages, parasite densities and other lab values,
 * CD4 counts and viral loads, methadone doses, specimen, staff, passport, border-pass and message numbers, vaccine lot
 * numbers, vehicle plates (云N·5A213, 云K·3B721), rubber-plantation sections, hotlines, facility names, places alone
 * (孟连, Myanmar, Muse clinic), Dai medicines and treatments (雅解沙把, 雅叫哈顿, 睡药), dishes (撒撇, 酸笋,
 * 竹筒饭, 香茅草烤鱼 …), kin words, titles and dialect words, greetings (မင်္ဂလာပါ, ສະບາຍດີ), ethnic names (傣族, 景颇族,
 * 佤族 …), and words beginning with one of the pools' surnames or name words (玉石, 玉米, 艾滋病, 叶酸, 包扎, 排便,
 * 孟连, 茶园, 茶叶, 胶刀 …; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind29Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of the border would look: the common Han surnames (李, 王, 张, 杨, 刘, 陈, 赵, 周) dominate, the
 * surnames of the Dai chieftain families and of the Bai, Yi and Hui of Yunnan (刀, 孟, 段, 普, 纳, 者) carry a good
 * share, mid-frequency ones follow, with given names of each generation (the 1950s and 1960s 边疆, 援边 and 知青
 * names, the 1980s and 1990s, children of the 2010s and 2020s); a minority have surnames of the region no earlier group
 * used ({@link #RARE_SURNAMES}) or are ordinary words ({@link #WORD_LIKE}). The minority pool holds Dai (with their
 * Dai script), Jingpo and Kachin (with their Latin spelling), Wa, Lisu, De'ang, Hani and Lahu names; a Burmese and Shan
 * pool, each name in Latin, Burmese script and Chinese; a Lao pool, each name in Latin, Lao script and Chinese; a pool
 * of English names of NGO staff, malaria and elephant researchers and Thai tourists; a nickname pool. Own slots:
 * {@code N}, a further Chinese name drawn afresh at each use; {@code NC}, a child's name from the same pool; {@code MN},
 * the record's minority patient (from {@link #minorityName}); {@code NM}, a further minority name; {@code DP},
 * {@code DT}, {@code JL}, {@code BN}, {@code BB}, {@code BC}, {@code LN}, {@code LL}, {@code LC}, {@code LG},
 * {@code PS}, {@code FS}, {@code PG}, {@code PO}, {@code NO}, {@code PK}, {@code NRC}, {@code MV}, {@code MX},
 * {@code MB}, {@code ML}, {@code MF}, {@code AX} above; {@code EG}, an English given name alone; {@code DOBC},
 * {@code DOBE}, {@code DOBD}, {@code DOBB}, {@code DOBX}, {@code NB}. Any non-empty subset of {@link #BLIND_30} uses
 * these pools (see {@link #uses}).
 */
final class Blind30Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261231L;

    static final List<String> BLIND_30 = List.of(
            // Imported malaria.
            "景棕市人民医院 感染科 输入性疟疾个案\n姓名：{MN}  性别：{SEX}  年龄：{AGE}岁\n出生日期：{DOB}\n身份证号：{ID}\n"
                    + "现住址：{A}\n缅北务工返回第9天发热，RDT阳性，镜检P.f 12,400/μL\n报告医师：{DR}\n",
            "疟疾流调：{BC}，缅籍务工人员，在木姐伐木三个月，间日疟；证件：缅甸NRC {NRC}；雇主{N}，电话{M}；流调员小{DS}\n",
            "Malaria case notification\nName: {BN}\nDOB: {DOBX}\nNRC: {NRC}\nCame through Jingzong port 3 days ago; "
                    + "P. falciparum, parasitaemia 2.1%\nMyanmar phone: {MX}\nReported by Dr {ES}\n",
            "[语音转文字] 医生 我是{F} 我家{PG}从缅甸那边回来就打摆子 冷得发抖 给是疟疾 我们在{A0} 电话{MV}\n",
            "疟疾三日随访：{MN}，伯氨喹第3天，尿色正常，G6PD正常；医保号{I}；随访村医{N}，电话{M}\n",
            "Imported malaria cluster, rubber estate\n{BN}, {BN} and {LN}: all P. vivax, same labour camp\n"
                    + "Camp supervisor: {N}, {M}\nMRN: {R}\nNGO liaison: {E}\n",
            "疟疾病例登记表\n1 {BC} {NRC} 恶性疟 {MX}\n2 {LC} 老挝护照P2718394 间日疟 {ML}\n3 {P} {ID} 间日疟 {M}\n登记：{N}\n",
            "[微信群 景棕市疾控中心消除疟疾群]\n{N}：弄岗村发现1例输入性恶性疟，患者{BC}，已收住院\n{DR}：周边10户蚊媒调查，"
                    + "{MN}家也要查\n{N}：收到，我电话{M}\n",
            // Dengue.
            "登革热病例：{P}，{AGE}岁，发热3天，NS1抗原阳性，PLT 42×10^9/L；家住{A}；门诊号{R}；家属{F}，{M}；接诊{DR}\n",
            "登革热疫点入户：{MN}家，积水容器7个，布雷图指数35；户主{NM}，电话{M}；消杀队长{FS}师傅\n",
            "Dengue fever, Thai tourist\nName: {E}\nDOB: {DOBB}\nPhone (Thailand): {MF}\n"
                    + "Day 4 of fever, platelets 38, warning signs absent\nTour guide: {N}\nSeen by Dr {ES}\n",
            "[语音留言] {DS}医生 我是{NM} 我家娃娃发烧三天了 身上起红点点 老火得很 我们在{A0} 电话{MV}\n",
            // HIV/AIDS and methadone.
            "美沙酮维持治疗门诊 服药登记\n编号：{R}\n姓名：{MN}\n出生日期：{DOBD}\n今日剂量：60ml\n尿检：吗啡阴性\n"
                    + "发药护士：{N}\n",
            "艾滋病随访：{P}，{AGE}岁，ART第6年，CD4 412 cells/μL，HIV-1 RNA <20 copies/mL；随访卡号{R}；配偶{F}已检测；"
                    + "随访医生{DR}\n",
            "HIV partner notification (consented)\nIndex: {BN}, cross-border spouse\nPartner: {BN}\nART no.: {R}\n"
                    + "Counsellor: {E}; interpreter {BC}\nContact: {MX}\n",
            "美沙酮门诊转介：{MN}（{DP}之子），{AGE}岁，从勐蚌县转来，剂量45ml；身份证{ID}；家属电话{M}；接收医生{DS}主任\n",
            "[微信 美沙酮门诊]\n{NM}：{DS}医生，我明天去芒市办事，能不能带药\n{DR}：不能带，后天来喝\n{NM}：好嘛，我电话{M}\n",
            "艾滋病母婴阻断：孕妇{BC}，缅籍，孕28周，HIV阳性，已服药；丈夫{P}，身份证{ID}；病案号{R}；"
                    + "专干{N}\n",
            "HIV暴露后预防登记：{N}（橡胶农场卫生员），被针扎伤；PEP已启动；联系{M}；处置医生{DR}\n",
            "[语音转文字] 我是{PK} 戒毒所出来的 想去美沙酮门诊 要带哪样证件 我身份证是{ID} 电话{MV}\n",
            // TB.
            "肺结核患者登记：{MN}，{SEX}，{AGE}岁，痰涂片阳性；登记号{R}；督导员{N}；家属{NM}，电话{M}；住{A0}\n",
            "跨境结核病转介单\n患者：{BN}\nNRC：{NRC}\n缅方地址：{AX}\n治疗：HRZE第2月\n转介医生：{DR}\n缅方联系：{MX}\n",
            "TB contact tracing, Banna border village\nIndex case: {LN} (MRN {R})\nContacts: {LN}, {LG}\nAddress: {AX}\n"
                    + "Tracer: {E}\n",
            "结核病督导服药卡\n患者 {NM}\n已服 异烟肼＋利福平 第{AGE}天\n督导村医 {N}\n村卫生室电话 {L}\n",
            "耐药结核：{P}（大家喊他{PG}），{AGE}岁，玉石商人，GeneXpert利福平耐药；转昆明；车牌云N·5A213；电话{M}\n",
            // Snakebite and mushrooms.
            "毒蛇咬伤：{MN}，{AGE}岁，割胶时被竹叶青咬伤右手，肿胀至前臂；抗蝮蛇毒血清6000U；住院号{R}；家属{NM}，{M}；"
                    + "值班{DS}医生\n",
            "Snakebite in the rubber plantation\nName: {LN}\nDOB: {DOBX}\nBitten by a banded krait at 4 a.m. while tapping\n"
                    + "Ptosis, ventilated 36 hours\nEmployer: {N}\nLao phone: {ML}\n",
            "[语音转文字] 医生 快点 {PS}老倌在胶林头遭蛇咬了 脚杆肿起来了 我们在{A0} 我是{F} 电话{MV}\n",
            "野生菌中毒报告卡\n患者：{P}\n出生日期：{DOB}\n食用：见手青（未炒熟）\n症状：幻视、小人国幻觉\n家属：{F}  电话：{M}\n"
                    + "报告人：{DR}\n",
            "野生菌中毒群体事件：{MN}、{NM}、{NM}三人晚饭吃了自采的白毒伞，迟发性呕吐；{DS}主任组织血液灌流；联系{L}\n",
            "[微信 急诊科群]\n{DR}：又来一家吃菌子的，{P}、{F}，见手青\n{N}：给是没炒熟？\n{DR}：是嘛，家属电话{M}\n",
            // Rubber tapping, tea, elephants, jade.
            "割胶外伤：{P}，{AGE}岁，胶刀划伤左手食指，清创缝合4针；橡胶农场工号XJ-0318；工伤保险{I}；队长{FS}师傅陪同\n",
            "野象伤人：{MN}，{AGE}岁，清晨去茶地被亚洲象撞倒，多发肋骨骨折；住院号{R}；家属{DP}，电话{M}；"
                    + "保险理赔联系{N}\n",
            "Elephant encounter, Mengla\nPatient: {BN}, rubber tapper\nDOB: {DOBE}\nPelvic fracture after an elephant "
                    + "charged the labour camp at night\nEmployer contact: {M}\nSurgeon: {E}\n",
            "茶叶采摘工中暑：{MN}，{AGE}岁，普洱茶园采茶时晕倒；体温39.8℃；茶场老板{N}，{M}；接诊{DR}\n",
            "玉石市场外伤：{P}（绰号{PK}），{AGE}岁，切割翡翠原石时砂轮崩裂，右眼角膜穿通伤；身份证{ID}；电话{M}\n",
            "[语音留言] 喂 {DS}大夫 我是{NM} 大象昨晚上进寨子了 我家{NM}跑的时候摔了 腰杆疼 我们在{A0} 电话{MV}\n",
            "胶工体检名册（曼竜橡胶农场）\n{MN} {ID} 合格\n{BC} {NRC} 合格\n{P} {ID} 血压高\n体检医生：{DR}\n",
            // Thalassaemia and maternal health.
            "地贫筛查：{MN}，{AGE}岁，孕12周，MCV 62fL，HbA2 5.8%，β地贫携带；丈夫{NM}需筛查；电话{M}；产检医生{DR}\n",
            "重型地贫患儿输血登记：{NC}，{NB}出生，Hb 58g/L，每月输血；父亲{F}，母亲{P}；银行卡（救助款）{B}\n",
            "跨境婚姻孕产妇建册\n孕妇：{BN}（缅籍）\n出生日期：{DOBX}\n证件：NRC {NRC}\n丈夫：{P}  身份证：{ID}\n"
                    + "住址：{A}\n建册医生：{N}\n",
            "高危孕妇转诊：{BC}，孕34周，子痫前期；由那勒乡卫生院转景棕市人民医院；翻译{BC}；丈夫{P}，电话{M}；"
                    + "转诊医生{DR}\n",
            "新生儿访视：{DP}家的孩子，{NB}出生，体重3100g，黄疸已退；访视村医{N}；住{A0}\n",
            "[语音转文字] 医生 我老婆是缅甸那边的 叫{BC} 肚子疼 给是要生了 我们在{A0} 我是{P} 电话{MV}\n",
            "Antenatal card (cross-border bride)\nName: {BN}\nDOB: {DOBX}\nHusband: {P}, phone {M}\n"
                    + "Hb 94 g/L, folic acid given\nMidwife: {EG}\n",
            "孕产妇死亡评审原始记录：{BC}，{AGE}岁，缅籍，产后出血，家中分娩；丈夫{P}，身份证{ID}；评审专家{DR}、{N}\n",
            "边境县住院分娩补助发放：{MN}，补助款打入{B}；经办人{N}；联系{L}\n",
            // Vaccination of cross-border children.
            "跨境儿童预防接种：{BC}之女，{NB}出生，在中方接种麻腮风疫苗，批号202405M017；母亲缅甸手机{MX}；接种员{N}\n",
            "预防接种：{NC}（{F}之子），{NB}出生，补种乙肝疫苗第3针；接种员{N}；家长手机{M}\n",
            "Vaccination card, border-residents' clinic\nChild: {LN}\nBorn: {NB}\nMother: {LN}, phone {ML}\n"
                    + "OPV dose 3 given, lot 2024B0917\nNurse: {EG}\n",
            "[语音留言] 阿姨 我是{DP} 我家小卜少的疫苗星期六打 接种本找不见了 电话{MV}\n",
            "疫苗接种异常反应报告：{DP}之子，{NB}出生，接种百白破后高热；批号202309D115；家长电话{M}；报告人{DR}\n",
            // Family doctors, chronic disease and Dai medicine.
            "家庭医生签约服务协议\n乙方：{MN}  身份证号：{ID}\n住址：{A}\n联系电话：{M}\n服务包：高血压＋糖尿病\n"
                    + "团队长：{DR}  签约日期：{D}\n",
            "高血压随访：{DP}，{AGE}岁，血压{BP}，喜欢吃酸笋、撒撇，盐放得多；儿子电话{M}；随访{N}\n",
            "家庭医生上门：{PS}大爹（{P}），{AGE}岁，老知青，脑梗后卧床；女儿{F}在昆明上班，电话{M}；签约医生{DR}\n",
            "[微信群 那勒乡家庭医生群]\n{NM}：{DS}医生，我家咪涛今天血压{BP}\n{DR}：药吃了没有？下午去寨子头看她\n"
                    + "{NM}：吃了，电话{M}\n",
            "签约居民名册（曼贺寨）\n1 {MN} {ID} 高血压\n2 {NM} {ID} 糖尿病\n3 {P} {ID} 残疾人\n团队医生：{DR}  电话：{L}\n",
            "景棕市傣医医院 门诊病历\n姓名：{MN}  性别：{SEX}\n出生日期：{DOBD}\n傣医诊断：拢梅兰申（风湿病）\n"
                    + "治疗：睡药疗法、雅叫哈顿\n傣医师：{NM}\n",
            "傣医睡药登记：{MN}，腰腿痛，睡药第3次；医保号{I}；主治{NM}；陪护家属{DP}\n",
            "ᦈᦹᧈ {DT}\nᦵᦡᦲᧃ ᦀᦸᧅ {DOBD}\nᦑᦲ ᦅᦸᧃ {A0}\nᦷᦖ ᦎᦸᧃ {M}\n",
            "慢病随访记录：{MN}，{AGE}岁，2型糖尿病，空腹血糖9.6mmol/L；家属{DP}，电话{M}；随访医生{DR}\n",
            // Referrals, discharge summaries, handovers, interpreters.
            "双向转诊单（上转）\n患者 {MN}，{AGE}岁，病案号 {R}\n由 勐蚌县人民医院 转 景棕市人民医院 神经内科\n理由：脑出血\n"
                    + "翻译 {NM}；接收医师 {DR}；联系 {L}\n",
            "转诊至昆明：{P}，{AGE}岁，先心病患儿父亲；昆明医科大学附一院已同意接收；身份证{ID}；陪同家属{FS}师傅（{F}）；联系{M}\n",
            "出院小结（感染科）\n患者：{BC}  住院号：{R}\n出院诊断：恶性疟，已治愈\n出院带药：无\n复诊：{D}\n"
                    + "经治医师：{DR}\n",
            "护理交班：3床{MN}，毒蛇咬伤第2天；5床{BC}，疟疾；7床{P}，割胶外伤；值班{N}，接班{N}\n",
            "问诊经翻译：患者{BC}只会说缅语，由口岸翻译{BC}翻译；主诉{SYM}{DUR}；{DS}医生开检查单\n",
            "[口述录音整理] 这个是{DR}口述 病人{MN} {AGE}岁 割胶的 {SYM}{DUR} 病史由他姑娘{NM}提供 翻译{N} 完\n",
            "DISCHARGE SUMMARY - Jingzong People's Hospital\nName: {BN}   MRN: {R}   DOB: {DOBE}\n"
                    + "Dx: severe falciparum malaria, resolved\nFollow-up at Muse clinic; phone {MX}\n"
                    + "Signed: Dr {E}; escort {BN}\n",
            "出院小结\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n住院号：{R}\n诊断：野生菌中毒（肝损害型）\n出院医嘱：禁食野生菌\n"
                    + "医师：{DR}\n",
            "护理交班：2床{LC}，登革热；4床{NM}，象伤；6床{NM}，结核；值班护士{N}，护士长{DS}查房；家属送来菠萝蜜\n",
            "Interpreter log (Burmese-Chinese)\nPatient: {BN}\nInterpreter: {BN}\nDoctor: {DR}\nPhone: {MX}\n",
            "口岸门诊接诊记录：{BC}，入境体温38.9℃；缅甸护照MA419273；边境通行证号J0528713；缅方电话{MX}；同车老挝籍司机{LC}无症状；"
                    + "接诊{DS}医生\n",
            // Voice notes.
            "[语音转文字] 医生你好 我是{NM} 我阿妈的降压药吃完了 医保卡号是{I} 明天过来拿 板扎\n",
            "[语音留言] {DS}大夫 我是弄岗寨子的{NM} 我家娃娃从竹楼上摔下来了 手杆肿了 我们在{A0} 电话{MV}\n",
            "[语音转文字] 咋个整嘛 医生 我是{F} {PG}吃了菌子就说看见小人在跳舞 现在在{A0} 快来 我电话{MV}\n",
            "[语音留言] 医生 我是{MN} 我的出生日期应该是{DOB} 体检表上写错了 帮忙改一下 电话{MV}\n",
            "[语音转文字] 我叫{NM} 橡胶农场的 我老婆生娃三天了 一直发烧 我们在{A} 电话{MV}\n",
            "[语音留言] 我是{PK} 玉石市场的 {PS}老板眼睛遭石头渣子崩到了 我们在{A0} 电话{M}\n",
            "[语音转文字] 给是医院 我们家{P}喝了米酒从摩托上摔下来了 头上淌血 我们在{A} 我是{F} 电话{MV}\n",
            "[语音留言] 我是卫生院的{N} {MN}你的结核复查结果出来了 星期一来拿 我电话{L}\n",
            "[语音转文字] hello doctor 我们是来旅游的 我朋友{E}发烧 全身疼 我们住在{A0} 我电话{MF}\n",
            "[语音留言] 我是{NM} 我阿爸要去昆明做白内障手术 他的身份证{ID} 住{A}\n",
            "[语音转文字] 喂 {DS}医生 我是{P} 我妈的出生日期是{DOB} 您帮忙改一下 {PG}他舅说写错了\n",
            "[语音留言] 我是村医{N} {DP}你家娃娃的疫苗星期六打 记得带接种本 我电话{MV}\n",
            "[语音转文字] မင်္ဂလာပါ ဆရာဝန် ကျွန်မ {BB} ပါ။ ကလေး ဖျားနေတယ်။ ဖုန်း {MB}\n",
            "[语音留言] 老{PS} 我是{F} 你的化验单出来了 转氨酶高 星期三来 电话{MV}\n",
            "[语音转文字] ສະບາຍດີ ທ່ານໝໍ ຂ້ອຍ {LL} ລູກເປັນໄຂ້ ເບີໂທ {ML}\n",
            // WeChat.
            "[微信群 那勒乡疟疾防控群]\n{N}：明天去弄岗村，{MN}、{NM}家没来查血\n{DR}：带上RDT试剂\n{NM}：我在村委会等，电话{M}\n",
            "[微信 聊天记录]\n{F}：医生，我家老爷子{P}发烧，尿像酱油一样\n{DR}：赶紧来，可能是黑尿热\n{F}：好，他电话{M}\n",
            "[微信 翻译群] {N}：{BC}的B超结果出来了，胎位不正，麻烦翻给她听；她姐姐{BC}说明天来\n",
            "[微信 家庭医生]\n{F}：老{PS}今天又没吃药\n{DR}：{DP}家那边也要去看，我下午一起去\n{F}：好，我电话{M}\n",
            "[微信 口岸门诊群]\n{N}：Ko {BN}今天过境来复诊，Daw {BN}陪着\n{DR}：让他们带上NRC\n{N}：好，缅甸电话{MX}\n",
            "[微信] U {BN}，ဆေးရုံ ကို တနင်္လာနေ့ လာပါ။ ဖုန်း {MB} {DR}\n",
            // OCR'd forms.
            "[OCR] 疟 疾 病 例 个 案 调 查 表\n姓 名 {PO}\n出生 日期 {DOB}\n身份 证号 {ID}\n",
            "[OCR] 孕 产 妇 保 健 手 册 孕妇 {NO} 孕周 30 医保 {I} 现住 {A}\n",
            "[OCR] 双 向 转 诊 单 患者 {PO} 转出 弄曼县人民医院 接收医生 {DR} 电话 {L}\n",
            "[OCR] 结 核 病 登 记 卡\n病 人 {NO}\n证件 {ID}\n登记号 {R}\n",
            "[OCR] 家 庭 医 生 签 约 服 务 协 议 乙方 {PO} 手机 {M} 住址 {A0} 团队 那勒乡卫生院\n",
            "[OCR] 出 生 医 学 证 明\n新生儿 {NC}\n出生 时间 {NB}\n出生 地点 竹楼\n母亲 {PO}\n父亲 {F}\n",
            "[OCR] 野 生 菌 中 毒 个 案 卡 姓名 {NO} 出生 {DOB} 电话 {M}\n",
            "[OCR] 美 沙 酮 维 持 治 疗 申 请 表\n申请人 {PO}\n身份 证 {ID}\n住址 {A}\n",
            "[OCR] 跨 境 人 员 健 康 登 记 姓名 {BC} 缅甸 身份证 {NRC} 电话 {MX}\n",
            // Tables.
            "| 床号 | 姓名 | 住院号 | 诊断 | 责任护士 |\n|---|---|---|---|---|\n| 3 | {MN} | {R} | 恶性疟 | {N} |\n"
                    + "| 5 | {BC} | {R} | 登革热 | {N} |\n",
            "姓名|身份证|医保号|紧急联系人|关系\n{P}|{ID}|{I}|{F}|{KIN}\n{NM}|{ID}|{I}|{NM}|儿子\n",
            "name\tnationality\tborn\tphone\n{BN}\tMyanmar\t{DOBX}\t{MX}\n{LN}\tLao\t{DOBX}\t{ML}\n{E}\tThai\t{DOBB}\t{MF}\n",
            "工号\t姓名\t岗位\t工资卡\nMLF0417\t{P}\t割胶工\t{B}\nMLF0522\t{MN}\t司机\t{B}\n",
            "病历号,傣文姓名,中文姓名,出生日期\n{R},{DT},{NM},{DOBC}\n{R},{DT},{NM},{DOBC}\n",
            "序号,户主,出生年月,手机号码,家庭住址\n1,{NM},{DOB},{M},{A}\n2,{P},{DOB},{L},{A0}\n",
            "| 车牌 | 司机 | 电话 | 事由 | 处置 |\n|---|---|---|---|---|\n| 云N·5A213 | {P} | {M} | 高热 | 查血 |\n"
                    + "| 云K·3B721 | {NM} | {M} | 擦伤 | 包扎 |\n",
            "姓名,民族,出生日期,住址\n{P},汉族,{DOB},{A}\n{MN},傣族,{DOB},{A0}\n{NM},景颇族,{DOB},{A}\n{N},白族,{DOB},{A0}\n",
            "Name,Script,DOB,Phone\n{BN},Latin,{DOBC},{MX}\n{BB},Burmese,{DOBX},{MB}\n{LL},Lao,{DOBX},{ML}\n",
            "胶工花名册（七队）\n{MN}、{NM}、{N}、{BC}\n带班：{F}  电话：{M}\n住地：{A0}\n",
            // JSON exports.
            "{\"姓名\":\"{MN}\",\"傣文姓名\":\"{DT}\",\"证件号\":\"{ID}\",\"联系电话\":\"{M}\",\"档案号\":\"{R}\","
                    + "\"疟原虫镜检\":\"阴性\"}\n",
            "{\"name\":\"{BN}\",\"name_my\":\"{BB}\",\"nrc\":\"{NRC}\",\"dob\":\"{DOBX}\",\"phone\":\"{MX}\","
                    + "\"address\":\"{AX}\"}\n",
            "{\"胶工\":\"{P}\",\"身份证号\":\"{ID}\",\"工伤保险号\":\"{I}\",\"工资卡\":\"{B}\",\"林段\":\"7队13号林段\"}\n",
            "{\"name\":\"{LN}\",\"name_lo\":\"{LL}\",\"dob\":\"{DOBX}\",\"phone\":\"{ML}\",\"passport\":\"P2718394\","
                    + "\"address\":\"{AX}\"}\n",
            "{\"产妇\":\"{BC}\",\"丈夫\":{\"姓名\":\"{P}\",\"电话\":\"{M}\"},\"新生儿出生\":\"{NB}\",\"住院号\":\"{R}\","
                    + "\"分娩地点\":\"家中\"}\n",
            // HL7-like segments.
            "MSH|^~\\&|JZLIS|JZRMYY|||20240612101500||ORU^R01|MSG24612|P|2.4\n"
                    + "PID|1||{R}^^^JZRMYY^MR||{BN}||{DOBC}|{SEX}|||{AX}||{MX}\nOBX|1|NM|PF^P.falciparum||12400|/uL\n"
                    + "NK1|1|{BN}|{KIN}||{MX}\n",
            "PID|1||{R}||{LN}||{DOBC}|F|||{AX}||{ML}\n",
            "PID|1||{R}^^^MBXRMYY^MR||{JL}||{DOBC}|M|||{A}^^^^^CHN||{L}|||||{ID}\nIN1|1|YNYB|{I}\n",
            "PV1|1|I|GRK^12||||{DR}\nPID|1||{R}||{MN}||{DOBC}|F\n",
            // SMS.
            "【景棕市人民医院】{MN}您好，您{D}的疟疾复查已预约，住院号{R}，咨询请拨{L}。\n",
            "【那勒乡卫生院】{DP}您好，您的高血压随访时间为{D}，请带医保卡{I}。\n",
            "【勐蚌县医疗保障局】{NM}，您的大病救助金已核定，将转入账户{B}。咨询热线12345。\n",
            "【景棕市傣医医院】{PS}师傅您好，您预约的睡药治疗在星期六上午，请带好医保卡，电话{L}。\n",
            "【Jingzong People's Hospital】Dear {E}, your dengue follow-up blood test is booked. MRN {R}. Tel {L}.\n",
            "【ကျင်ဇုံ ဆေးရုံ】ကို{BB} ရေ၊ သွေးစစ်ချက် အဖြေ ထွက်ပြီ။ ဖုန်း {MB}\n",
            "【弄曼县妇幼保健院】{P}您好，您孩子{NC}（{NB}出生）的第2剂乙肝疫苗接种时间为{D}。\n",
            "【景棕市疾控中心】{NM}，您的登革热密切接触者医学观察已解除。标本号DH2406187。如发热请拨{L}。\n",
            "【弄曼县人民医院】{NM}您好，您的家属{NM}已转入ICU，请尽快联系{DS}主任，电话{L}。\n",
            "【ໂຮງໝໍ ຈິງຊົງ】{LL} ນັດກວດເລືອດ ວັນຈັນ. ໂທ {ML}\n",
            // E-mails.
            "主题：跨境疟疾病例{BC}情况\n收件人：{N}（省寄生虫病防治所）\n正文：{N}您好，患者{BC}（缅甸NRC {NRC}）于{D}"
                    + "确诊恶性疟，住院号{R}。主治医师{DR}，电话{L}\n",
            "Subject: Elephant-conflict injury data\nDear Dr {ES},\nAttached are the CT reports for {BN} (born {DOBE}) "
                    + "and {JL}. Village contact: {JL}, {M}.\nBest, {EG}\n",
            "Subject: Methadone client transferring to Muse\nDear {EG},\n{BN} (DOB {DOBX}) is on 50 ml methadone, MRN {R}. "
                    + "His sister {BN} can be reached on {MX}.\nDr {E}\n",
            "主题：胶工工伤住院费用\n正文：农场{N}同意为{P}垫付住院费，病案号{R}，付款账户{B}；家属{F}已电话告知（{M}），{FS}师傅表示同意\n",
            "Subject: Volunteers for the border malaria screening\nDear Dr {ES},\n{E} and {E2} arrive on Monday {D} to join "
                    + "the screening in Nale. Their driver {JL} is on {M}.\nThanks,\n{EG}\n",
            "主题：缅籍孕产妇名单\n{F}您好：{BC}（{DOB}生）、{BC}的产检报告已出，医保号{I}。景棕市人民医院{N}\n",
            "Subject: Lao patient referral from Boten\nDear Dr {ES},\n{LN} (DOB {DOBX}), thalassaemia major, needs "
                    + "transfusion. Mother {LN}, phone {ML}; home: {AX}. "
                    + "Her uncle, Mr {LG}, will escort her.\n{E}\n",
            // Diet, medicines and everyday words.
            "出院饮食指导：{MN}，高血压，酸笋、撒撇、香茅草烤鱼少放盐，少喝米酒；可以吃菠萝蜜、芒果、玉米；营养师{N}\n",
            "康复指导：{P}，排便正常，叶酸继续吃；艾滋病检测阴性；思茅、孟连一带暂不要去；泼水节前复查；有事联系{F}，电话{M}\n",
            "傣医处方：{MN}，雅解沙把、雅叫哈顿；{NM}开方；忌酸冷，普洱茶可饮\n",
            "护理记录：{MN}，术后夜间疼痛，护士长{DS}查看；家属送来糯米饭和竹筒饭；咪涛、波涛轮流陪护；星期日由小卜少陪夜\n",
            "民族团结义诊签到：傣族、景颇族、佤族、傈僳族、德昂族、阿昌族、汉族群众参加；主讲{DR}；签到{N}、{N}、{NM}\n",
            "ဆေးရုံ မှတ်တမ်း\nအမည် {BB}\nမွေးသက္ကရာဇ် {DOBX}\nမှတ်ပုံတင် {NRC}\nနေရပ် {AX}\nဖုန်း {MB}\n",
            "Jade market first-aid log\n{BN}: cut hand, dressed\n{E} (DOB {DOBB}): heat exhaustion, oral fluids\n{E2}: sunburn\nSupervisor: {N}\n"
                    + "Market office: {L}\n",
            "Outpatient note, Muse liaison clinic\nPatient: Ma {BN}, {AGE}, housemaid in Jingzong\nDOB: {DOBX}\nPhone: {MX}\n"
                    + "Seen by Dr {ES}\n",
            "跨境儿童就诊：Mg {BN}，{AGE}岁，发热咳嗽；母亲Daw {BN}，缅甸电话{MX}；接诊{DS}医生\n",
            "[语音留言] ဆရာ ဦး{BB} ရဲ့ သမီး ပါ။ အမေ ဒေါ်{BB} ဆေးရုံ တက်နေတယ်။ ဖုန်း {MB}\n",
            "Dengue, border school\nMaung {BN}, {AGE}, NS1 positive\nFather: Ko {BN}, NRC {NRC}, phone {MX}\n"
                    + "Lao classmate {LN} also febrile; mother Ms {LG}, {ML}\n",
            "缅籍家政工体检：Ma {BN}，证件NRC {NRC}；雇主{P}，电话{M}；体检医生{DR}\n");

    // The common Han surnames (李, 王, 张, 杨, 刘, 陈, 赵, 周), the Dai chieftain, Bai, Yi and Hui surnames of Yunnan
    // (刀, 孟, 段, 普, 纳, 者), mid-frequency ones, with given names of four generations; four surnames no earlier group
    // used and word-like names.
    private static final List<String> CHINESE = List.of((""
            + "李疆生 李永滇 李跃进 李凤仙 李琼芬 李沐橙 李书瑶 李榕 李德昌 李存宝 李桂仙 李援边 李胜勇 李茂林 李润芝 李景洪 李岱 "
            + "李卫边 李昌盛 "
            + "王边疆 王守边 王兴滇 王卫戍 王秀芬 王琼仙 王丽琼 王存富 王沐泽 王奕辰 王湘云 王建边 王思滇 王彩仙 王绍华 "
            + "张知青 张支滇 张援滇 张润生 张凤芝 张翠仙 张丽芬 张景明 张沐宸 张芮 张茂华 张存仁 张绍兴 "
            + "杨支边 杨援边 杨国滇 杨琼英 杨桂芬 杨润华 杨沐霖 杨芷晴 杨桃 杨正昌 杨秀仙 杨勐 杨庆芬 "
            + "刘卫疆 刘建滇 刘丽仙 刘润芳 刘绍昌 刘梓萌 刘沫 刘文彬 刘永昌 "
            + "陈跃边 陈秀芬 陈存德 陈景瑜 陈沐然 陈琼华 陈昌福 "
            + "赵卫滇 赵翠芬 赵永顺 赵芷涵 赵茂昌 赵诗琪 "
            + "周支边 周正 周润芬 周沐晨 周琼英 周德顺 "
            + "刀建国 刀秀兰 刀金凤 刀永明 刀玉琼 刀国栋 刀思源 刀锋 刀承宗 刀美兰 "
            + "孟凤娣 孟建祥 孟永昌 孟庆芬 孟沐阳 "
            + "段绍华 段丽芬 段永寿 段琼仙 段志坚 "
            + "普正荣 普秀芬 普永才 普兰仙 "
            + "纳家顺 纳秀英 纳占林 纳琼芬 纳雨萱 "
            + "者永福 者秀兰 者德昌 "
            + "何润芝 何永滇 罗绍昌 罗琼英 罗沐言 董存福 董丽仙 高润华 高援疆 郭琼芬 郭永顺 朱景洪 朱丽琼 杜绍明 杜凤琼 "
            + "尹茂林 尹琼芬 鲁绍荣 施丽仙 施永康 "
            + "召存礼 召香兰 茶花 茶永顺 茶丽芬 线秀英 线建明 线永昌 思明芳 思保昌 "
            ).strip().split(" "));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("李沐橙 李书瑶 王沐泽 王奕辰 张沐宸 杨沐霖 杨芷晴 刘梓萌 陈沐然 "
            + "赵芷涵 赵诗琪 周沐晨 刀思源 孟沐阳 纳雨萱 罗沐言").split(" "));
    /**
     * The surnames no earlier blind group gave anyone: 召 and 线 and 思 of the Dai chieftain (土司) families of Dehong and
     * Xishuangbanna, 茶 of the Han and Yi of western Yunnan.
     */
    static final String RARE_SURNAMES = "召茶线思";
    /** Pool names that are also ordinary words: star fruit, upright, blade, camellia. */
    static final List<String> WORD_LIKE = List.of("杨桃", "周正", "刀锋", "茶花");
    /**
     * Dai names: Chinese form|Dai script. Xishuangbanna names (岩 for men, 玉 for women) in New Tai Lü, Dehong names (混
     * for men, 喃 for women) in Tai Le, then parents named after their first child (波 father, 咪 mother).
     */
    private static final List<String> DAI = List.of(
            "岩温坦|ᦀᦻᦀᦳᧃᦎᧃ", "岩香龙|ᦀᦻᦶᦉᧂᦷᦜᧂ", "岩应光|ᦀᦻᦀᦲᧂᦂᦱᧂ", "岩坎帕|ᦀᦻᦃᧃᦕᦱ", "岩丙|ᦀᦻᦔᦲᧂ",
            "岩庄|ᦀᦻᦈᦳᧂ", "岩恩|ᦀᦻᦵᦀᧃ", "玉罕叫|ᦀᦲᦃᧄᦶᦂᧁ", "玉香囡|ᦀᦲᦶᦉᧂᦷᦐᧃ", "玉康|ᦀᦲᦃᦱᧂ",
            "玉应香|ᦀᦲᦀᦲᧂᦶᦉᧂ", "玉南坎|ᦀᦲᦐᦱᧄᦃᧃ", "玉旺|ᦀᦲᦛᦱᧂ", "混岗|ᥞᥧᥢᥐᥣᥒ", "混恩|ᥞᥧᥢᥟᥥᥢ",
            "喃相|ᥢᥣᥒᥔᥦᥒ", "喃帕|ᥢᥣᥒᥚᥣ");
    private static final List<String> PARENTAL = List.of("波岩温|ᦷᦔᦀᦻᦀᦳᧃ", "波岩坎|ᦷᦔᦀᦻᦃᧃ", "咪玉香|ᦶᦖᦀᦲᦶᦉᧂ",
            "咪玉罕|ᦶᦖᦀᦲᦃᧄ", "波玉旺|ᦷᦔᦀᦲᦛᦱᧂ", "咪岩庄|ᦶᦖᦀᦻᦈᦳᧂ");
    /** Jingpo names of Dehong and Kachin names of Myanmar: Chinese form|Latin (clan name first). */
    private static final List<String> JINGPO = List.of("木然干|Maran Gam", "木然鲁|Maran Lu", "勒排堂|Lahpai Tang",
            "勒排锐|Lahpai Roi", "排早腊|Hpai Zau La", "排果|Hpai Kaw", "岳麻途|Hpauyu Ma Tu", "岳早诺|Hpauyu Zau Naw",
            "勒排相努|Lahpai Seng Nu", "恩昆扎东|Nhkum Ja Tawng", "腊邦孔扎|Labang Hkawn Ja", "麻日早途|Marip Zau Tu");
    /** Wa (birth-order words 艾, 尼, 安, 塞, 欧; 叶 for women), Lisu, De'ang, Hani and Lahu names, as written in Chinese. */
    private static final List<String> OTHER_MINORITY = List.of("艾扫", "尼块", "安嘎", "塞布", "欧改", "叶娥", "叶茸",
            "叶块", "余付益", "密四妹", "迪欧付", "麻扒三", "李腊撒", "杨腊翁", "赵依朵", "沙车", "车布", "布然", "者优",
            "扎约", "扎发", "扎克", "娜体", "娜妥", "娜袜");
    /** Burmese and Shan names: Latin|Burmese script|Chinese transliteration. */
    private static final List<String> BURMESE = List.of(
            "Kyaw Zin Htet|ကျော်ဇင်ထက်|觉辛泰", "Aung Myo Thant|အောင်မျိုးသန့်|昂妙丹",
            "Khin Sandar Win|ခင်စန္ဒာဝင်း|钦山达温", "Zaw Lin Tun|ဇော်လင်းထွန်း|佐林吞", "Hnin Ei Phyu|နှင်းအိဖြူ|宁埃漂",
            "Myat Thu Zar|မြတ်သူဇာ|妙苏扎", "Ye Htet Aung|ရဲထက်အောင်|耶泰昂", "Wai Yan Phyo|ဝေယံဖြိုး|韦扬漂",
            "Thet Paing Soe|သက်ပိုင်စိုး|德拜梭", "Su Myat Noe|စုမြတ်နိုး|苏妙诺", "Nilar Htwe|နီလာထွေး|妮拉威",
            "Kyi Kyi Thein|ကြည်ကြည်သိန်း|芝芝登", "Min Khant Kyaw|မင်းခန့်ကျော်|敏康觉", "Soe Moe Naing|စိုးမိုးနိုင်|梭莫奈",
            "Ei Mon Kyaw|အိမွန်ကျော်|埃蒙觉", "Pyae Sone Hlaing|ပြည့်စုံလှိုင်|佩松莱", "Thiri Khaing|သီရိခိုင်|蒂里凯",
            "Htun Lin Zaw|ထွန်းလင်းဇော်|吞林佐", "Sai Hseng Murng|စိုင်းဆိုင်မိုင်း|赛相孟",
            "Nang Kham Noom|နန်းခမ်းနွမ်|喃康侬", "Sai Lao Hseng|စိုင်းလောဆိုင်|赛老相", "Nang Hom Leng|နန်းဟွမ်လိန်|喃宏连",
            "Lin Lin Aye|လင်းလင်းအေး|林林埃", "Chit Su Wai|ချစ်စုဝေ|其苏韦");
    /** Lao names: Latin (given family)|Lao script|Chinese with a middle dot. */
    private static final List<String> LAO = List.of(
            "Souksavanh Phommachanh|ສຸກສະຫວັນ ພົມມະຈັນ|苏沙万·蓬玛占", "Khamla Sengdara|ຄຳຫຼ້າ ແສງດາລາ|坎拉·森达拉",
            "Bounmy Keomany|ບຸນມີ ແກ້ວມະນີ|本米·乔玛尼", "Vilayphone Sisouk|ວິໄລພອນ ສີສຸກ|维莱蓬·西素",
            "Phonesavanh Inthavong|ພອນສະຫວັນ ອິນທະວົງ|蓬沙万·因塔翁", "Noy Xayavong|ນ້ອຍ ໄຊຍະວົງ|诺伊·赛亚翁",
            "Chanthaly Douangchanh|ຈັນທະລີ ດວງຈັນ|占塔丽·端占", "Somphone Vongkhamsao|ສົມພອນ ວົງຄຳເຊົາ|宋蓬·翁坎绍",
            "Keo Sounthone|ແກ້ວ ສູນທອນ|乔·孙通", "Phetsamone Luangrath|ເພັດສະໝອນ ຫຼວງລາດ|佩萨蒙·銮拉",
            "Xaysana Phanthavong|ໄຊສະນະ ພັນທະວົງ|赛萨纳·潘塔翁", "Manivone Sayasith|ມະນີວອນ ໄຊຍະສິດ|玛尼旺·赛亚西");
    /** Minority names of the record's patient (MN) and further ones (NM): Dai, Jingpo, Wa, Lisu, De'ang, Hani, Lahu. */
    private static final List<String> ETHNIC = Stream.of(DAI.stream().map(Blind30Templates::first),
            JINGPO.stream().map(Blind30Templates::first), OTHER_MINORITY.stream()).flatMap(s -> s).toList();
    /** Every non-Han name written in Chinese: the ethnic names, the Dai parents, the Burmese and the Lao names. */
    private static final List<String> MINORITY = Stream.of(ETHNIC.stream(), PARENTAL.stream().map(Blind30Templates::first),
            BURMESE.stream().map(e -> part(e, 2)), LAO.stream().map(e -> part(e, 2))).flatMap(s -> s).toList();
    /** Nicknames of tappers, traders, drivers and children, labelled as names. */
    private static final List<String> NICKNAMES = List.of("小版纳", "老勐腊", "胶林哥", "象哥", "憨包", "大黑", "瘦猴",
            "二憨", "小木瓜", "竹筒哥");
    // given|family: Thai tourists; British, Irish and Cornish NGO staff; Polish, Hungarian, Norwegian, French, Canadian,
    // Nigerian, Indian, Argentine, Belgian, Fijian, Dutch, Czech and Italian researchers and volunteers.
    private static final List<String> ENGLISH = List.of((""
            + "Thanawat|Chaiyaporn Kittisak|Wongsuwan Nattaya|Boonyarit Sirinya|Kaewmanee Chutima|Rattanapong "
            + "Warangkana|Sukprasert "
            + "Philomena|Brereton Clodagh|Finnerty Bronagh|Mulqueen Honora|Kilbride Jocasta|Trewhella Oriel|Pettifer "
            + "Wynne|Marchbank Ebenezer|Hollinrake Ludovica|Ashbury Hortensia|Gatenby "
            + "Leocadia|Wronska Zuzanna|Wierzbicka Benedek|Auersperg Maximilienne|Stoltenberg Osvald|Nyquist "
            + "Mireille|Charbonneau Severine|Desrosiers Marcelin|Beauregard Temitope|Adebanjo Radhika|Kanagaraj "
            + "Facundo|Irigoyen Hilde|Verhaeghe Sefo|Vunipola Wendeline|Schoonhoven Sjoukje|Terpstra Casimir|Zelenka "
            + "Fulvio|Bertinotti Tiziana|Scarpellini "
            ).strip().split("\\s+"));
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Ruili, the old Luxi (now Mangshi), Lianghe, Yingjiang
     * and Longchuan; the old Lincang prefecture's Lincang county, Gengma and Cangyuan; the old Simao prefecture's Simao
     * city, Menglian, Lancang and Ximeng; Jinghong, Menghai and Mengla.
     */
    private static final List<String> LEGACY_AREA = List.of("533102", "533103", "533122", "533123", "533124", "533521",
            "533526", "533527", "532701", "532728", "532729", "532730", "532801", "532822", "532823");
    /**
     * Area codes for 18-digit numbers: Lincang's Linxiang, Fengqing, Shuangjiang, Gengma and Cangyuan, Pu'er's Simao,
     * Jiangcheng, Menglian, Lancang and Ximeng, Kunming's Wuhua and Panlong, and the codes of {@link #LEGACY_AREA}.
     */
    private static final List<String> AREA = Stream.concat(Stream.of("530902", "530921", "530925", "530926", "530927",
            "530802", "530826", "530827", "530828", "530829", "530102", "530103"), LEGACY_AREA.stream()).toList();
    /** Dehong, Lincang, Pu'er and Xishuangbanna (seven local digits), Kunming (eight). */
    private static final List<String> LANDLINE_AREAS = List.of("0692", "0883", "0879", "0691", "0871");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622188", "621799", "623668", "625807");
    /** Province|city or county|streets. */
    private static final List<String> CITY_STREETS = List.of(
            "云南省|景棕市|孔雀大道,凤尾竹路,口岸路,象脚鼓街",
            "云南省|德宏州瑞丽市|姐告大道,珠宝街",
            "云南省|德宏州芒市|勇罕街,团结大街",
            "云南省|西双版纳州景洪市|宣慰大道,勐泐大道",
            "云南省|普洱市思茅区|振兴大道,月光路",
            "云南省|临沧市临翔区|南塘街");
    private static final List<String> ESTATES = List.of("凤尾竹小区", "孔雀湖花园", "金湾家园", "椰林苑", "傣家新城",
            "边贸公司宿舍");
    /** Province|county|townships|village committees|groups (寨 or 村民小组 names). */
    private static final List<String> VILLAGES = List.of(
            "云南省|景棕市勐蚌县|那勒乡,芒怀镇|弄岗村委会,曼贺村委会|弄岗上寨,弄岗下寨,曼贺寨",
            "云南省|德宏州陇川县|户撒乡,清平乡|芒东村委会,邦瓦村委会|芒东,邦瓦新寨",
            "云南省|德宏州盈江县|卡场镇,苏典乡|吾帕村委会,勒新村委会|吾帕,勒新",
            "云南省|临沧市沧源县|勐董镇,班洪乡|永和村委会,南板村委会|永和新寨,南板",
            "云南省|临沧市耿马县|孟定镇,勐简乡|芒团村委会,大寨村委会|芒团,大寨",
            "云南省|西双版纳州勐海县|勐遮镇,打洛镇|曼垒村委会,曼轰村委会|曼垒,曼轰",
            "云南省|普洱市澜沧县|糯扎渡镇,竹塘乡|老达保村委会,班利村委会|老达保,班利");
    /** Province|county|state farms and their branches. */
    private static final List<String> FARMS = List.of(
            "云南省|景棕市勐蚌县|曼竜橡胶农场",
            "云南省|西双版纳州勐腊县|勐满农场,勐捧农场",
            "云南省|西双版纳州景洪市|橄榄坝农场");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final List<String> THAI_MONTHS = List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.",
            "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");
    /** Myanmar townships: Latin state and township|NRC state number|NRC township in Latin|in Burmese script. */
    private static final List<String> NRC_TOWNSHIPS = List.of("13|MaSaNa|မဆန", "13|NaKhaNa|နခန", "13|LaShaNa|လရှန",
            "13|KaKhaNa|ကခန", "1|MaKaNa|မကန", "1|BaMaNa|ဗမန");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String BURMESE_DIGITS = "၀၁၂၃၄၅၆၇၈၉";
    private static final String LAO_DIGITS = "໐໑໒໓໔໕໖໗໘໙";

    private Blind30Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_30 || !templates.isEmpty() && BLIND_30.containsAll(templates);
    }

    private static String part(String entry, int i) {
        return entry.split("\\|")[i];
    }

    private static String first(String entry) {
        return part(entry, 0);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** A child's name, born in the 2010s or 2020s, from the same pool. */
    static String childName(RandomGenerator r) {
        return pick(CHILDREN, r);
    }

    /**
     * A minority name as OCR reads it: broken after its first character (after the clan name of a Jingpo name) by a
     * line break, a blank or an ideographic blank, or with a blank between every character.
     */
    static String scannedMinority(RandomGenerator r) {
        String name = pick(ETHNIC, r);
        int cut = name.startsWith("木然") || name.startsWith("勒排") || name.startsWith("腊邦") || name.startsWith("恩昆")
                || name.startsWith("麻日") ? 2 : 1;
        String a = name.substring(0, cut), b = name.substring(cut);
        return switch (r.nextInt(4)) {
            case 0 -> a + "\n" + b;
            case 1 -> a + " " + b;
            case 2 -> String.join(" ", name.split(""));
            default -> a + "\u3000" + b;
        };
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || ETHNIC.contains(joined));
    }

    /** The record's minority patient (MN): a Dai, Jingpo, Wa, Lisu, De'ang, Hani or Lahu name in Chinese. */
    static String minorityName(RandomGenerator r) {
        return pick(ETHNIC, r);
    }

    /** A Dai parent named after the first child: 波岩温, 咪玉香. */
    static String parentalName(RandomGenerator r) {
        return first(pick(PARENTAL, r));
    }

    /** A Dai name (a parent's too) in Dai script. */
    static String daiScript(RandomGenerator r) {
        return part(pick(r.nextInt(4) == 0 ? PARENTAL : DAI, r), 1);
    }

    static String jingpoLatin(RandomGenerator r) {
        return part(pick(JINGPO, r), 1);
    }

    /** A Burmese name in Latin: Kyaw Zin Htet or KYAW ZIN HTET. */
    static String burmeseLatin(RandomGenerator r) {
        String n = part(pick(BURMESE, r), 0);
        return r.nextInt(4) == 0 ? n.toUpperCase() : n;
    }

    static String burmeseScript(RandomGenerator r) {
        return part(pick(BURMESE, r), 1);
    }

    static String burmeseChinese(RandomGenerator r) {
        return part(pick(BURMESE, r), 2);
    }

    /** A Lao name in Latin: Souksavanh Phommachanh or SOUKSAVANH PHOMMACHANH. */
    static String laoLatin(RandomGenerator r) {
        String n = part(pick(LAO, r), 0);
        return r.nextInt(4) == 0 ? n.toUpperCase() : n;
    }

    static String laoScript(RandomGenerator r) {
        return part(pick(LAO, r), 1);
    }

    static String laoChinese(RandomGenerator r) {
        return part(pick(LAO, r), 2);
    }

    /** A Lao given name alone: Souksavanh. */
    static String laoGiven(RandomGenerator r) {
        return part(pick(LAO, r), 0).split(" ")[0];
    }

    static String nickname(RandomGenerator r) {
        return pick(NICKNAMES, r);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || LAO.stream().anyMatch(e -> first(e).split(" ")[0].equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full, in any script or form (the Chinese form where the pool has one,
     * else the Latin form as written), or null when the value (a surname, a given name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : Stream.of(DAI, PARENTAL).flatMap(List::stream).toList()) {
            if (part(e, 1).equals(w)) return first(e);
        }
        for (String e : JINGPO) {
            if (part(e, 1).equals(w)) return first(e);
        }
        for (String e : Stream.of(BURMESE, LAO).flatMap(List::stream).toList()) {
            if (scriptForms(e).contains(w)) return part(e, 2);
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
    }

    /** The Latin, Latin in capitals and native-script forms of a Burmese or Lao entry. */
    static List<String> scriptForms(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[0], p[0].toUpperCase(), p[1]);
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

    static List<String> ethnicNames() {
        return ETHNIC;
    }

    static List<String> daiNames() {
        return Stream.of(DAI, PARENTAL).flatMap(List::stream).toList();
    }

    static List<String> parentalNames() {
        return PARENTAL.stream().map(Blind30Templates::first).toList();
    }

    static List<String> jingpoNames() {
        return JINGPO;
    }

    static List<String> burmeseNames() {
        return BURMESE;
    }

    static List<String> laoNames() {
        return LAO;
    }

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    /** Every way the pools' Dai, Jingpo, Burmese and Lao names are written in a script other than Chinese. */
    static Stream<String> scriptWritten() {
        return Stream.of(daiNames().stream().map(e -> part(e, 1)), JINGPO.stream().map(e -> part(e, 1)),
                Stream.of(BURMESE, LAO).flatMap(List::stream).flatMap(e -> scriptForms(e).stream())).flatMap(s -> s);
    }

    /** The Latin-script forms alone. */
    static Stream<String> latinWritten() {
        return Stream.of(JINGPO.stream().map(e -> part(e, 1)),
                Stream.of(BURMESE, LAO).flatMap(List::stream).map(e -> part(e, 0))).flatMap(s -> s);
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

    /** Arabic digits in another script's digits (Burmese ၀-၉ or Lao ໐-໙), other characters kept. */
    static String inDigits(String arabic, String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : arabic.toCharArray()) b.append(c >= '0' && c <= '9' ? digits.charAt(c - '0') : c);
        return b.toString();
    }

    static String burmeseDigits(String arabic) {
        return inDigits(arabic, BURMESE_DIGITS);
    }

    static String laoDigits(String arabic) {
        return inDigits(arabic, LAO_DIGITS);
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

    /**
     * A Myanmar National Registration Card number: state number, township code, (N) for a citizen and six digits, in
     * Latin (13/MaSaNa(N)123456) or in Burmese script and digits (၁၃/မဆန(နိုင်)၁၂၃၄၅၆).
     */
    static String nrcNumber(RandomGenerator r) {
        String[] t = pick(NRC_TOWNSHIPS, r).split("\\|");
        String serial = digits(6, r);
        return r.nextInt(3) == 0 ? burmeseDigits(t[0]) + "/" + t[2] + "(နိုင်)" + burmeseDigits(serial)
                : t[0] + "/" + t[1] + "(N)" + serial;
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

    /** A Myanmar mobile, nine digits after the 9: 4xx xxx xxx of MPT, 7xx of Telenor, 9xx of Ooredoo, 6xx of Mytel. */
    private static String myanmarMobile(RandomGenerator r) {
        return "9" + "4796".charAt(r.nextInt(4)) + digits(8, r);
    }

    /** A Myanmar mobile: +95 9 421 234 567, +959421234567, 09-421234567, 09 421 234 567. */
    static String myanmarPhone(RandomGenerator r) {
        String n = myanmarMobile(r);
        String a = n.substring(1, 4), b = n.substring(4, 7), c = n.substring(7);
        return switch (r.nextInt(4)) {
            case 0 -> "+95 9 " + a + " " + b + " " + c;
            case 1 -> "+95" + n;
            case 2 -> "0" + n.substring(0, 1) + "-" + n.substring(1);
            default -> "09 " + a + " " + b + " " + c;
        };
    }

    /** A Myanmar mobile in Burmese digits: ၀၉ ၄၂၁ ၂၃၄ ၅၆၇ or ၀၉၄၂၁၂၃၄၅၆၇. */
    static String burmesePhone(RandomGenerator r) {
        String n = "0" + myanmarMobile(r);
        return burmeseDigits(r.nextBoolean() ? n
                : n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5, 8) + " " + n.substring(8));
    }

    /** A Lao mobile: +856 20 5512 3456, 020 5512 3456, +8562055123456, or 020 5512 3456 in Lao digits. */
    static String laoPhone(RandomGenerator r) {
        String n = "20" + "2579".charAt(r.nextInt(4)) + digits(7, r);
        String a = n.substring(2, 6), b = n.substring(6);
        return switch (r.nextInt(4)) {
            case 0 -> "+856 20 " + a + " " + b;
            case 1 -> "020 " + a + " " + b;
            case 2 -> "+856" + n;
            default -> laoDigits("020 " + a + " " + b);
        };
    }

    /** A Thai mobile: +66 81 234 5678, +66812345678, 081-234-5678. */
    static String thaiPhone(RandomGenerator r) {
        String n = "" + "689".charAt(r.nextInt(3)) + digits(8, r);
        return switch (r.nextInt(3)) {
            case 0 -> "+66 " + n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5);
            case 1 -> "+66" + n;
            default -> "0" + n.substring(0, 2) + "-" + n.substring(2, 5) + "-" + n.substring(5);
        };
    }

    /**
     * A landline, seven local digits (eight in Kunming): 0692-4123456, (0691)2123456, 0883 712 3456,
     * 0879-2123456转801, +86 692 4123456.
     */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = area.equals("0871") ? "6" + digits(7, r) : (char) ('2' + r.nextInt(7)) + digits(6, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, local.length() - 4) + " " + local.substring(local.length() - 4);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * JZ24031876 (inpatient, Jingzong), JZMZ2024031876 (outpatient), DYY24-03187 (Dai-medicine hospital),
     * MMT5331020417 (methadone client on an area code), ART-533102-03187 (antiretroviral card), KA202403187 (port
     * clinic).
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> "JZ" + (year % 100) + digits(6, r);
            case 1 -> "JZMZ" + year + digits(6, r);
            case 2 -> "DYY" + (year % 100) + "-" + digits(5, r);
            case 3 -> "MMT" + pick(AREA, r) + digits(4, r);
            case 4 -> "ART-" + pick(AREA, r) + "-" + digits(5, r);
            default -> "KA" + year + digits(5, r);
        };
    }

    /** Yunnan employees' and residents' medical insurance (ten digits), the old rural cooperative card on an area code. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> "YNYB" + digits(10, r);
            case 1 -> "YNJM" + digits(10, r);
            default -> "XNH" + pick(AREA, r) + digits(6, r);
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
     * An address: a city street with an estate and 栋/单元/室 or the short 3-2-501, a village by 乡 or 镇 with its 村委会,
     * a named 寨 or 村民小组 or a numbered 村民小组 and a house number, a state farm's branch and team; {@code partial}
     * may stop at the street, the 乡, the 村委会, the 寨 or the farm.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r);
                case 1 -> {
                    String[] t = pick(VILLAGES, r).split("\\|");
                    String township = place(t, withProvince, r);
                    yield r.nextBoolean() ? township : township + pick(List.of(t[3].split(",")), r);
                }
                case 2 -> {
                    String[] t = pick(VILLAGES, r).split("\\|");
                    String zhai = pick(List.of(t[4].split(",")), r);
                    yield place(t, withProvince, r) + pick(List.of(t[3].split(",")), r)
                            + (zhai.endsWith("寨") ? zhai : zhai + "寨");
                }
                default -> place(pick(FARMS, r).split("\\|"), withProvince, r);
            };
        }
        return switch (r.nextInt(9)) {
            case 0, 1 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
            case 2 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(4)) + "-" + (1 + r.nextInt(18))
                    + "0" + (1 + r.nextInt(4));
            case 3, 4 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String v = place(t, withProvince, r) + pick(List.of(t[3].split(",")), r)
                        + pick(List.of(t[4].split(",")), r) + "村民小组";
                yield r.nextBoolean() ? v : v + (1 + r.nextInt(120)) + "号";
            }
            case 5 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                yield place(t, withProvince, r) + pick(List.of(t[3].split(",")), r) + (1 + r.nextInt(12)) + "组"
                        + (1 + r.nextInt(80)) + "号";
            }
            case 6 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String zhai = pick(List.of(t[4].split(",")), r);
                yield place(t, withProvince, r) + (zhai.endsWith("寨") ? zhai : zhai + "寨") + (1 + r.nextInt(90)) + "号";
            }
            default -> {
                String farm = place(pick(FARMS, r).split("\\|"), withProvince, r);
                String team = IdentifierForms.chineseNumber(1 + r.nextInt(12)) + "队";
                yield r.nextBoolean() ? farm + IdentifierForms.chineseNumber(1 + r.nextInt(9)) + "分场" + team
                        : farm + team + (1 + r.nextInt(60)) + "号";
            }
        };
    }

    /** Province (when asked), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        String[] places = t[2].split(",");
        return (withProvince ? t[0] : "") + t[1] + places[r.nextInt(places.length)];
    }

    /**
     * A Myanmar or Lao address: No. 14, Bogyoke Road, Ward 3, Muse; Ward 5, Namkham, Northern Shan State; in Burmese
     * script မူဆယ်မြို့ ရပ်ကွက် ၃; Ban Donkhoune, Muang Sing, Luang Namtha; in Lao script ບ້ານ ນ້ຳທາ ເມືອງ ຫຼວງນ້ຳທາ;
     * in Chinese 缅甸掸邦木姐第3区, 老挝南塔省勐新县班东昆村.
     */
    static String foreignAddress(RandomGenerator r) {
        int n = 1 + r.nextInt(120), ward = 1 + r.nextInt(12);
        return switch (r.nextInt(7)) {
            case 0 -> "No. " + n + ", " + pick(List.of("Bogyoke", "Pyidaungsu", "Mandalay-Lashio"), r) + " Road, Ward "
                    + ward + ", Muse";
            case 1 -> "Ward " + ward + ", " + pick(List.of("Namkham", "Muse", "Kutkai"), r) + ", Northern Shan State";
            case 2 -> pick(List.of("မူဆယ်မြို့", "နမ့်ခမ်းမြို့", "မြစ်ကြီးနားမြို့"), r) + " ရပ်ကွက် "
                    + burmeseDigits(String.valueOf(ward));
            case 3 -> "Ban " + pick(List.of("Donkhoune", "Nammat", "Boten"), r) + ", " + pick(List.of("Muang Sing",
                    "Muang Long", "Luang Namtha"), r) + ", Luang Namtha";
            case 4 -> "ບ້ານ " + pick(List.of("ນ້ຳທາ", "ບໍ່ເຕັນ", "ດອນຄູນ"), r) + " ເມືອງ "
                    + pick(List.of("ຫຼວງນ້ຳທາ", "ສິງ"), r);
            case 5 -> "缅甸掸邦" + pick(List.of("木姐", "南坎", "腊戌"), r) + "第" + ward + "区";
            default -> "老挝南塔省" + pick(List.of("勐新县", "南塔县"), r) + "班" + pick(List.of("东昆", "南玛", "磨丁"), r) + "村";
        };
    }

    /**
     * A date of birth, 1930 to 2007: 1967年3月12日, 1967-03-12, 1967.3.12, 1967/3/12, 一九六七年三月十二日,
     * 六七年三月十二号.
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

    /** A date of birth as exports write it: 19670312. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1930 + r.nextInt(78), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An English date of birth: 12 Mar 1967, 12-MAR-1967, March 12, 1967. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(55), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> String.format("%02d-%s-%d", d, month.substring(0, 3).toUpperCase(), y);
            default -> month + " " + d + ", " + y;
        };
    }

    /** A birthday in the Dai calendar (the common era less 638), born 1935 to 2007: 傣历1329年6月15日. */
    static String daiCalendarBirthDate(RandomGenerator r) {
        return "傣历" + (1935 + r.nextInt(73) - 638) + "年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日";
    }

    /**
     * A Buddhist-era date of birth (the common era plus 543), born 1950 to 2006: 12 มี.ค. 2510, 佛历2510年3月12日,
     * 12 Mar B.E. 2510.
     */
    static String buddhistEraBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(57) + 543, m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + THAI_MONTHS.get(m - 1) + " " + y;
            case 1 -> "佛历" + y + "年" + m + "月" + d + "日";
            default -> d + " " + MONTHS.get(m - 1).substring(0, 3) + " B.E. " + y;
        };
    }

    /**
     * A date of birth as Myanmar and Lao papers write it, born 1950 to 2006: 12.3.1967, 12/03/1967, in Burmese digits
     * ၁၂.၃.၁၉၆၇ and in Lao digits ໑໒/໐໓/໑໙໖໗.
     */
    static String foreignBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(57), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String dotted = d + "." + m + "." + y, slashed = String.format("%02d/%02d/%d", d, m, y);
        return switch (r.nextInt(4)) {
            case 0 -> dotted;
            case 1 -> slashed;
            case 2 -> burmeseDigits(dotted);
            default -> laoDigits(slashed);
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

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NC" -> out.write(childName(random), EntityKind.NAME);
            case "NM" -> out.write(minorityName(random), EntityKind.NAME);
            case "DP" -> out.write(parentalName(random), EntityKind.NAME);
            case "DT" -> out.write(daiScript(random), EntityKind.NAME);
            case "JL" -> out.write(jingpoLatin(random), EntityKind.NAME);
            case "BN" -> out.write(burmeseLatin(random), EntityKind.NAME);
            case "BB" -> out.write(burmeseScript(random), EntityKind.NAME);
            case "BC" -> out.write(burmeseChinese(random), EntityKind.NAME);
            case "LN" -> out.write(laoLatin(random), EntityKind.NAME);
            case "LL" -> out.write(laoScript(random), EntityKind.NAME);
            case "LC" -> out.write(laoChinese(random), EntityKind.NAME);
            case "LG" -> out.write(laoGiven(random), EntityKind.NAME);
            case "NO" -> out.write(scannedMinority(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "NRC" -> out.write(nrcNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MX" -> out.write(myanmarPhone(random), EntityKind.PHONE);
            case "MB" -> out.write(burmesePhone(random), EntityKind.PHONE);
            case "ML" -> out.write(laoPhone(random), EntityKind.PHONE);
            case "MF" -> out.write(thaiPhone(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AX" -> out.write(foreignAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBD" -> out.write(daiCalendarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBB" -> out.write(buddhistEraBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBX" -> out.write(foreignBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

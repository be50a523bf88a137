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
 * Thirty-third blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_33}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the Pearl River Delta factory belt, led by the
 * fictional 塘沥市人民医院 (Tangli People's Hospital) in the fictional industrial city of 塘沥 (Tangli, Guangdong), with
 * the fictional district hospital 塘沥市南涌医院, the 塘沥市职业病防治院 (occupational-disease hospital), the
 * 塘沥市妇幼保健院, the 塘沥市康宁医院 (mental health), the 塘沥市疾控中心, the community health service stations of
 * the urban villages (上围村社区卫生服务站, 棠下村社区卫生服务站), the factory clinics (厂医务室) of the 鸿泰电子厂
 * (electronics), 富步鞋业 (shoes), 森雅家具厂 (furniture) and 乐童玩具厂 (toys), the port clinic 塘沥港口岸门诊部 and the
 * international clinic 塘沥国际医疗门诊部 for foreign traders; patients live and work in Dongguan, Shenzhen (Bao'an,
 * Longhua), Foshan, Guangzhou (Baiyun, and Yuexiu's Xiaobei trading district), Zhongshan and Huizhou, and come from
 * Sichuan (Liangshan among them), Hunan, Guangxi, Henan, Jiangxi and Guizhou, from Chaoshan and the Hakka counties, from
 * Hong Kong and Macau, and from abroad. The people: migrant workers of every province and their families, Liangshan Yi
 * workers, Cantonese locals, Hakka and Chaoshan (Teochew) families, line leaders (拉长), factory doctors, HR clerks,
 * landlords of the urban villages, delivery riders, foreign traders and students (Nigerian, Congolese, Malian,
 * Guinean, Yemeni, Egyptian, Iraqi, Pakistani, Indian, Bangladeshi, Russian and Ukrainian) with their interpreters,
 * Hong Kong and Macau residents working across the boundary, nurses and doctors. The topics: occupational disease
 * (n-hexane neuropathy, benzene poisoning, noise deafness, silicosis, punch-press hand injuries), work-injury claims,
 * labour disputes, factory health checks, dengue, tuberculosis screening in dormitories, maternal health of migrant
 * women, children left with grandparents, mental health of young workers, traffic injuries of delivery riders,
 * sexually transmitted infections, foreign patients' insurance and interpreters, referrals, discharge summaries,
 * nursing handovers, dictations, voice notes in Cantonese (佢, 唔该, 咩, 喺, 嘅), Sichuanese and Hunanese-flavoured
 * Mandarin and Chaoshan-flavoured speech, WeChat and WhatsApp messages, SMS, OCR'd forms with stray blanks and line
 * breaks, CSV, markdown, pipe and tab tables, JSON exports, HL7-like segments and e-mails; about a seventh in English
 * or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind29Templates} and {@link Blind28Templates}.
 * Every person's name is PHI: patients, relatives, line leaders, HR clerks, landlords, interpreters, traders, nurses and
 * doctors, in Chinese, in Hong Kong and Macau romanisation, and in Latin for the foreigners, also straight after a role
 * word, at the start of table rows, in lists, in table cells, JSON values and HL7 fields. A Chinese surname in a form
 * of address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, 阿X, the Cantonese X生 (Mr), X太
 * (Mrs) and X姑娘 (nurse), and X师傅, X医生, X主任, X厂长, X组长. A Chinese given name used alone ({@code PG}) labels the
 * given name; a one-character given name is never used alone. A nickname ({@code PK}: 阿灿, 肥仔强, 老四川 …) is a name
 * and is labelled whole, the 阿, 仔, 佬 or 老 with it: it is how the person is called, not a form of address around a
 * name. Liangshan Yi names ({@code MN}, {@code NM}: 吉克伍牛) are written run together, clan name and given name, and
 * labelled whole. Names that are also words are labelled when they name a person ({@link #WORD_LIKE}: 何苦, 钟表, 罗列,
 * 黄历). A child known as a parent's child (X之子, X之女) labels the parent. Kin words, titles and dialect words
 * alone (阿公, 阿婆, 阿嫲, 阿爸, 阿妈, 老公, 老婆, 细佬, 家姐, 老板, 拉长, 靓仔, 佢) are not names. An OCR'd Chinese name
 * ({@code PO}) broken by a line break, a single blank after the surname, a blank between every character or an
 * ideographic blank between every character is one span, the break inside it. Hong Kong and Macau residents'
 * romanised names ({@code HK}: CHAN Wing Sze, Chan Wing-sze, the Macau IEONG Kai Tai) are labelled whole; their Chinese
 * names ({@code HC}) are ordinary Chinese names. Foreign names ({@code E}, {@code E2}: Tochukwu Okwuosa, Chancelle
 * Nsimba, Yarema Melnychenko) are labelled whole, a family name alone ({@code ES}) and a given name alone ({@code EG})
 * too; Arab names with their nasab ({@code AR}: Salem bin Awadh Ba-Jubair, Adel ibn Hussein Al-Kubaisi) are labelled
 * whole, bin or ibn inside the span; a kunya ({@code AK}: Abu Nasser) is how the man is called and is labelled whole,
 * Abu with it. Titles (Dr, Mr, Mrs, Madam) stay outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of the
 * delta (Guangzhou 4401, Shenzhen 4403, Foshan 4406, Dongguan 441900, Zhongshan 442000, Huizhou 4413), Chaoshan
 * (Shantou 4405, Jieyang 4452) and the Hakka county Xingning 441481, and of the workers' home provinces: Liangshan 5134,
 * Guang'an and Nanchong in Sichuan, Shaoyang, Yiyang and Chenzhou in Hunan, Yulin and Guigang in Guangxi, Zhoukou and
 * Nanyang in Henan, Ganzhou in Jiangxi, Bijie and Qiandongnan in Guizhou; plain, lower-case x, 6-8-4 by blanks or by
 * hyphens; 15-digit numbers with a valid birth date, only on codes that existed before 1999); Hong Kong identity cards
 * ({@code HKID}: A123456(7), A123456（7）, XA123456(7), with a valid check character) are personal identity numbers and
 * are labelled ID_NUMBER; Home Return Permit (回乡证, H12345678, M12345678) and passport numbers are travel documents
 * and, as in the earlier groups, are not labelled. Mobiles ({@code M}: plain, 139 1234 5678, 139-1234-5678,
 * +86 139 1234 5678, (+86)13912345678; {@code MV}: spoken in voice notes with 幺 or 一 for the one; {@code MF}: foreign
 * numbers of traders, students and cross-boundary workers, labelled PHONE: Nigeria +234 803 123 4567 and 0803 123 4567,
 * DR Congo +243 81 234 5678, Yemen +967 771 234 567, Pakistan +92 300 1234567, India +91 98765 43210, Bangladesh
 * +880 1711-234567, Russia +7 916 123-45-67, Ukraine +380 67 123 4567, Hong Kong +852 9123 4567, Macau +853 6612 3456),
 * landlines ({@code L}: eight-digit numbers on 020, 0755, 0769, 0757, 0760, 0754 Shantou, 028 Chengdu, 0731 Changsha,
 * 0371 Zhengzhou, 0791 Nanchang and 0851 Guiyang, seven-digit ones on 0752 Huizhou, 0753 Meizhou, 0834 Xichang, 0739
 * Shaoyang, 0775 Yulin, 0394 Zhoukou, 0797 Ganzhou and 0857 Bijie; as 0769-22812345, (020)83812345, 0755 2681 2345,
 * 0752 281 2345, with an extension after 转, +86 769 22812345), addresses ({@code A}, {@code A0}: urban villages with
 * 巷 and 号 (and a room), the Guangzhou 坊, factory dormitories (宿舍3栋402房), estates with the Cantonese X座 and
 * 房/室, the trading towers of Xiaobei, Chaoshan villages with their 片 or 寨 and 巷, Hakka walled houses (围), and
 * the workers' home villages by 乡 or 镇, 村 and 组 (or the Guangxi 屯); {@code A0} may stop at the street, the 街道,
 * the 镇, the 村 or the industrial zone; {@code AD}: a factory dormitory; {@code AV}: an urban-village house), record
 * numbers ({@code R}: inpatient TL24031876, outpatient MZ2024031876, occupational-disease hospital ZYB2024-0318, port
 * clinic GK-2403187, international clinic INTL-24-00387, 17-digit health-archive numbers on a Guangdong area code),
 * insurance numbers ({@code I}: DGSB, SZYB, GZYB, FSYB, ZSYB and HZYB with ten digits, the home-province rural scheme
 * XNH with twelve, a foreign trader's travel policy TI2024-031876), bank cards ({@code B}: 16 or 19 digits with a valid
 * Luhn digit, plain, fours by blanks or by hyphens), dates of birth ({@code DOB}: 1990年11月5日, 1990-11-05, 1990.11.5,
 * 1990/11/5, 一九九〇年十一月五日, the spoken 九〇年十一月五号 and the Cantonese 90年11月5号; {@code DOBC}: 19901105 in
 * exports; {@code DOBE}: as foreign passports and forms write them, day first: 05/11/1990, 05-11-1990, 05.11.1990,
 * 05 NOV 1990, 5 Nov 1990; {@code NB}: a child's, 2014 to 2025). Not labelled: visit, onset and injury dates, ages,
 * lab values (2,5-hexanedione, blood benzene, WBC, platelets, audiometry, NS1, RPR titres), silicosis stages, noise
 * levels, factory badge numbers (工号), work-injury, arbitration and case numbers, rider IDs, Home Return Permit,
 * passport, HIV-test code and message numbers, vaccine lot numbers, vehicle plates (粤S·8K327,
 * 粤B·D2719F), hotlines, facility names, factory names, places alone (小北, 城中村, 虎门), dishes and drinks (凉茶,
 * 王老吉, 肠粉, 陈皮, 牛杂), kin words, titles and dialect words, greetings, and words beginning with one of the pool's
 * surnames (黄埔, 高温, 何时, 李子, 周末, 罗非鱼, 钟点工 …; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind31Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of a delta factory town would look: the commonest surnames (陈, 李, 黄, 张, 王, 刘, 林, 梁, 杨, 吴)
 * dominate, the surnames typical of Cantonese, Hakka and Chaoshan families (何, 罗, 钟, 曾, 邓, 冯, 卢, 麦, 郑, 蔡, 谢,
 * 许, 赖, 温, 邱) carry a good share, mid-frequency ones, many of them the migrants' (周, 赵, 徐, 胡, 朱, 高, 郭, 唐,
 * 彭, 蒋, 谭, 廖, 易, 覃, 韦, 熊), follow, with given names of each generation (the Cantonese 炳, 焯, 棠, 钊, 娣, 嫦,
 * the Chaoshan 镇, 秋, 纯, the migrants' 湘, 川, 黔, 豫, children of the 2010s and 2020s) and the Hong Kong and Macau
 * residents' names; a minority have surnames no earlier group used ({@link #RARE_SURNAMES}) or are ordinary words
 * ({@link #WORD_LIKE}). The minority pool holds Liangshan Yi names. A pool of foreign names (Igbo, Yoruba and Hausa,
 * Congolese, Malian and Guinean in French spelling, Yemeni, Egyptian and Iraqi, Pakistani, Indian, Bangladeshi,
 * Russian and Ukrainian); Arab names with nasab and kunya; Hong Kong and Macau romanisations; a nickname pool. Own
 * slots: {@code N}, a further Chinese name drawn afresh at each use; {@code NC}, a child's name from the same pool;
 * {@code NM}, a further Yi name; {@code MN}, the record's Yi worker (from {@link #minorityName}); {@code HC}, the
 * Chinese name of a Hong Kong or Macau resident; {@code HK}, {@code AR}, {@code AK}, {@code PS}, {@code FS},
 * {@code PG}, {@code PO}, {@code PK}, {@code HKID}, {@code MV}, {@code MF}, {@code AD}, {@code AV} above; {@code EG}, a
 * foreign given name alone; {@code DOBC}, {@code DOBE}, {@code NB}. Any non-empty subset of {@link #BLIND_33} uses these
 * pools (see {@link #uses}).
 */
final class Blind33Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270103L;

    static final List<String> BLIND_33 = List.of(
            // n-hexane, benzene, noise, silicosis, punch presses.
            "塘沥市职业病防治院 入院记录\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁\n出生日期：{DOB}\n身份证号：{ID}\n"
                    + "现住址：{AD}\n职业史：鸿泰电子厂擦拭工4年，接触正己烷\n尿2,5-己二酮 8.6mg/L\n经治医师：{DR}\n",
            "正己烷中毒随访：{P}，{AGE}岁，双下肢麻木无力，肌电图示周围神经损害；住院号{R}；工伤保险{I}；家属{F}，电话{M}；"
                    + "随访{DS}医生\n",
            "慢性苯中毒诊断证明：{P}，{SEX}，{AGE}岁，富步鞋业刷胶工6年，WBC 2.8×10^9/L，血小板58×10^9/L；身份证{ID}；"
                    + "诊断医师{DR}、{N}\n",
            "职业性噪声聋鉴定：{P}，冲压车间，噪声92dB(A)，双耳高频听阈平均48dB；工号DG20417；病案号{R}；{DS}主任签字\n",
            "尘肺病随访：{MN}，{AGE}岁，石英砂打磨工，X线示壹期尘肺；家在{A}；医保号{I}；随访医生{DR}；老乡{NM}陪同\n",
            "手外伤急诊：{P}，{AGE}岁，冲床压伤右手示指、中指，离断；工号HT-08817；拉长{N}送来；老板{FS}生电话{M}；"
                    + "手外科{DS}医生\n",
            "Occupational health referral\nWorker: {E}\nDOB: {DOBE}\nExposure: benzene-based glue, shoe factory, 3 years\n"
                    + "WBC 3.1 x10^9/L\nInterpreter: {N}\nPhone: {MF}\nReferring doctor: Dr {ES}\n",
            "[语音转文字] 医生 我是四川来的{P} 在电子厂抹那个清洗剂 脚杆软得很 走不动路 我住{AD} 电话{MV}\n",
            "职业健康检查异常告知：{N}（工号FB3318）血苯超标，建议调岗；{N}（工号FB3402）听力下降；厂医{DR}；HR{N}，{L}\n",
            "断指再植术后：{P}，{AGE}岁，住院号{R}；家属{F}（{KIN}）；工友叫他{PK}；主管{FS}组长每天来看\n",
            "职业病诊断申请表\n申请人：{P}\n身份证号：{ID}\n用人单位：森雅家具厂\n联系电话：{M}\n通讯地址：{A}\n"
                    + "代理人：{N}（法律援助）\n",
            "[OCR] 职 业 病 诊 断 证 明 书\n姓 名 {PO}\n出生 日期 {DOB}\n身份 证号 {ID}\n诊断：职业性慢性正己烷中毒\n",
            // Work-injury claims and labour disputes.
            "工伤认定申请：{P}，{AGE}岁，{D}在乐童玩具厂注塑车间被机器夹伤左手；工伤认定书编号莞人社工伤〔2024〕03187；"
                    + "工伤保险{I}；赔偿款账户{B}\n",
            "劳动仲裁材料：申请人{P}（身份证{ID}），被申请人塘沥鸿泰电子厂；案号塘劳人仲案字〔2024〕318号；代理律师{N}，"
                    + "电话{L}\n",
            "工伤医疗费垫付说明：{N}厂长同意为{P}垫付住院费，病案号{R}，垫付账户{B}；家属{F}已通知（{M}）\n",
            "[微信 工友群]\n{N}：{PS}哥手被冲床压了，在塘沥市人民医院\n{F}：老板去了没？\n{N}：{FS}厂长说明天去，"
                    + "我电话{M}\n",
            "停工留薪期证明：{P}，右手骨折，停工留薪期3个月；工号SY-2207；证明医生{DR}；厂医务室{DS}姑娘盖章\n",
            // Factory health checks and TB screening in dormitories.
            "上岗前职业健康检查名册（鸿泰电子厂）\n1 {P} {ID} 合格\n2 {N} {ID} 复查\n3 {MN} {ID} 合格\n体检医生：{DR}  "
                    + "联系：{L}\n",
            "宿舍结核病筛查：{MN}，{AGE}岁，住{AD}，咳嗽3周，痰涂片阳性；同宿舍{N}、{N}、{NM}需筛查；报告{DR}\n",
            "肺结核密接筛查登记\n{P} 3栋402 PPD 15mm {M}\n{NM} 3栋402 PPD 6mm {M}\n{N} 3栋405 T-SPOT阳性 {M}\n"
                    + "登记人：{N}\n",
            "[微信 厂医务室]\n{DR}：{PG}，你的胸片有个阴影，明天去疾控中心复查\n{P}：要请假吗？我怕拉长不批\n"
                    + "{DR}：我跟{FS}组长说，你电话{M}\n",
            "结核病督导服药卡\n患者 {P}\n异烟肼+利福平 第{AGE}天\n督导员 {N}\n厂医务室电话 {L}\n",
            "入职体检：{MN}，{AGE}岁，凉山人，乙肝表面抗原阳性，肝功能正常；身份证{ID}；同乡{NM}带来；体检医生{DR}\n",
            // Dengue.
            "登革热个案调查：{P}，{AGE}岁，NS1阳性，血小板42×10^9/L；住{AV}；发病前在城中村出租屋；调查员{N}；电话{M}\n",
            "[微信群 棠下村登革热防控群]\n{N}：7巷有两户积水，{N}家花盆里有孑孓\n{DR}：今晚灭蚊，{PS}生家也要查\n"
                    + "{N}：好，我电话{M}\n",
            "Dengue notification\nPatient: {E}, {AGE} y, trader\nDOB: {DOBE}\nNS1 positive, platelets 38 x10^9/L\n"
                    + "Address: {A}\nPhone: {MF}\nReported by Dr {ES}\n",
            "登革热住院：{HC}，香港居民，{AGE}岁，回乡证H60318724，香港身份证{HKID}；香港电话{MF}；经治{DR}\n",
            "[语音留言] 喂 {DS}医生 我系{A0}嘅房东 我屋企租客{P}发烧 骨头好痛 佢电话{M} 唔该你哋嚟睇下\n",
            "登革热病例名单\n{P} {AV} 发病{D}\n{N} {AV} NS1+\n{HC} {A0} 输入性\n流调：{N}\n",
            // Maternal health of migrant women.
            "孕产妇保健手册（流动人口）\n孕妇：{P}  出生日期：{DOB}\n丈夫：{F}\n户籍：{A}\n现住：{AV}\n"
                    + "建册医生：{DR}\n",
            "高危孕妇转诊：{MN}，孕32周，重度子痫前期；由上围村社区卫生服务站转塘沥市妇幼保健院；老乡{NM}翻译；"
                    + "丈夫电话{M}；转诊医生{DR}\n",
            "新生儿访视：{P}之子，{NB}出生，体重3100g，住{AD}；访视护士{N}；父亲{F}，电话{M}\n",
            "流动孕产妇住院分娩补助：{P}，医保{I}，补助款打入{B}；经办人{N}；咨询{L}\n",
            "出生医学证明补办：新生儿{NC}，{NB}出生；母亲{P}，身份证{ID}；父亲{F}，身份证{ID}；联系电话{M}\n",
            "[语音转文字] 我是湖南嘅 {P} 我老婆大肚八个月 脚肿得好犀利 我哋住{AV} 电话{MV}\n",
            "产后访视：{P}，剖宫产后第7天，伤口愈合好；{P}之女{NB}出生；随访护士小{DS}；电话{L}\n",
            // Children left with grandparents.
            "留守儿童健康档案（寄回湖南）\n儿童：{NC}\n出生日期：{NB}\n监护人：{F}（祖母）\n父亲：{P}（在塘沥打工）\n"
                    + "父亲电话：{M}\n家庭住址：{A}\n",
            "[视频通话记录] {F}：你仔{NC}又咳又发烧，阿婆带他去乡卫生院了\n{P}：钱我转给你，卡号{B}\n{F}：好\n",
            "随迁子女预防接种：{NC}（{P}之女），{NB}出生，补种麻腮风；批号202405M118；接种员{N}；家长手机{M}\n",
            "[语音留言] 妈 我是{P} {NC}的疫苗本子你寄过来 寄到{AD} 我电话{MV}\n",
            "寒假随迁儿童就诊：{NC}，{NB}出生，手足口病；父亲{P}，电话{M}；住{AV}；接诊{DS}医生\n",
            // Mental health of young workers.
            "塘沥市康宁医院 门诊病历\n姓名：{P}  出生日期：{DOB}\n主诉：失眠、情绪低落2月，流水线工作\n"
                    + "诊断：抑郁发作\n紧急联系人：{F}，{M}\n医师：{DR}\n",
            "心理危机干预记录：{P}，{AGE}岁，宿舍楼顶徘徊，被保安发现；同事{N}陪同；厂方联系人{N}，电话{L}；值班{DS}医生\n",
            "[微信] {F}：{DS}医生，{PG}这几天又不吃饭了，在宿舍不出门\n{DR}：带他来复诊，药不要停\n{F}：好，我电话{M}\n",
            "员工心理援助热线转介：{P}（工号LT5126），{AGE}岁，自述压力大；转介至塘沥市康宁医院；HR{N}，{L}\n",
            // Delivery riders and traffic injuries.
            "交通事故：外卖骑手{P}，{AGE}岁，电动车与小车相撞，车牌粤S·8K327；骑手ID 20931746；身份证{ID}；家属{F}，{M}；"
                    + "接诊{DR}\n",
            "急诊抢救记录\n姓名：{P}\n性别：{SEX}\n年龄：{AGE}岁\n受伤经过：送餐途中摔倒，头部着地\nGCS 11分\n"
                    + "联系人：{F}（{KIN}） {M}\n医师：{DR}\n",
            "[语音转文字] 医生 我是跑外卖嘅 我兄弟{PK}喺{A0}撞车 脚断咗 佢叫{P} 我电话{MV}\n",
            "Rider injury (Shenzhen, Longhua)\nName: {HK}\nHKID: {HKID}\nDOB: {DOBE}\nScooter collision, plate 粤B·D2719F\n"
                    + "Mobile: {MF}\n",
            "骑手意外险理赔：{P}，保单对应医保{I}，理赔款账户{B}；住院号{R}；站长{FS}师傅证明\n",
            // STIs.
            "性病门诊登记：{P}，{AGE}岁，RPR 1:32，TPPA阳性；电话{M}；性伴通知卡已发；医师{DR}\n",
            "HIV自愿咨询检测：代号HT-0318，{AGE}岁，快检阳性待确证；本人电话{M}；咨询员{N}\n",
            "STI clinic note\nPatient: {E}\nDOB: {DOBE}\nGonorrhoea, treated with ceftriaxone\nPartner notified: {E2}\n"
                    + "Phone: {MF}\nClinician: Dr {ES}\n",
            "梅毒孕妇随访：{P}，孕20周，RPR 1:8，已予苄星青霉素；丈夫{F}已检测；随访护士{N}，{L}\n",
            // Foreign traders, interpreters and insurance (Xiaobei).
            "塘沥国际医疗门诊部 病历\nName: {E}\nDOB: {DOBE}\nNationality: Nigeria\nPhone: {MF}\n"
                    + "Address: {A}\nInsurance: {I}\nDoctor: {DR}\n",
            "外籍患者住院：{E}，刚果（金）籍，{AGE}岁，疟疾；护照号OP4193027；翻译{N}（法语）；担保人{E2}，电话{MF}；"
                    + "住院号{R}\n",
            "Interpreter log\nPatient: {AR}\nCalled: {AK}\nInterpreter (Arabic-Chinese): {N}\nDoctor: {DR}\n"
                    + "Phone: {MF}\n",
            "[WhatsApp] {E}: Doctor, my brother {E2} is still vomiting, we are in {A0}\n{DR}: Bring him now\n"
                    + "{E}: OK, my number {MF}\n",
            "外籍商人就诊：{AR}，也门籍，{AGE}岁，糖尿病足；大家叫他{AK}；翻译{N}；电话{MF}；住{A}\n",
            "[微信 小北翻译群]\n{N}：{E}明天上午要做胃镜，麻烦你陪一下\n{N}：好的，他电话{MF}\n{N}：他住{A0}\n",
            "外籍学生体检：{E}，巴基斯坦籍，{AGE}岁，护照号BK7310284；结核筛查阴性；学校联系人{N}，{L}\n",
            "Subject: Repatriation of Mr {ES}\nDear {EG},\nYour husband {E} (DOB {DOBE}) is fit to fly on Friday. "
                    + "MRN {R}. Please call {MF}.\nDr {E2}\n",
            "外籍患者费用担保：{AR}为{E}担保住院费用，银行卡{B}；担保人电话{MF}；经办{N}\n",
            "[WhatsApp] {AK}: Salam doctor, my son has fever again\n{DR}: Come to the clinic at 3 pm\n"
                    + "{AK}: OK, my number {MF}\n",
            "外籍孕妇产检：{E}，尼日利亚籍，孕24周；丈夫{E2}，电话{MF}；住{A}；产检医生{DR}\n",
            // Hong Kong and Macau residents across the boundary.
            "港籍人员就诊：{HC}，香港居民，{AGE}岁，在塘沥厂区做品质经理；香港身份证{HKID}；回乡证H71029358；"
                    + "电话{MF}；内地手机{M}\n",
            "Cross-boundary worker, chest pain\nName: {HK}\nHKID: {HKID}\nDOB: {DOBE}\nHome: Tuen Mun, Hong Kong\n"
                    + "Mobile: {MF}\n",
            "澳门居民就诊登记：{HK}（{HC}），回乡证M80317265，出生日期{DOB}，澳门电话{MF}，住{A0}\n",
            "[WhatsApp] {HK}: {DS}医生，我阿妈今日血压好高 点算\n{DR}：带佢过嚟复诊，带埋回乡证\n{HK}：唔该，我电话{MF}\n",
            "港人转诊回港：{HC}，{AGE}岁，中风，家属{HC}要求转回香港医院；香港身份证{HKID}；家属电话{MF}；主治{DS}主任\n",
            // Referrals, discharge summaries, handovers.
            "双向转诊单（上转）\n患者 {P}，{AGE}岁，病案号 {R}\n由 塘沥市南涌医院 转 塘沥市人民医院 心内科\n理由：急性心梗\n"
                    + "接收医师 {DR}；联系 {L}\n",
            "出院小结（手外科）\n患者：{P}  住院号：{R}\n出院诊断：右手示指离断再植术后\n复诊：{D}\n经治医师：{DR}\n"
                    + "家属：{F}（{KIN}）\n",
            "护理交班：3床{P}，正己烷中毒；5床{MN}，肺结核；7床{N}，车祸术后；值班{N}，接班{N}；护士长{DS}查房\n",
            "转诊回原籍：{P}，{AGE}岁，尿毒症，回老家透析；户籍{A}；新农合{I}；家属{F}，{M}；转诊医生{DR}\n",
            "[口述录音整理] 这个是{DR}口述 病人{P} {AGE}岁 鞋厂的 {SYM}{DUR} 病史由他老婆{F}提供 完\n",
            "出院小结\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n住院号：{R}\n诊断：登革热\n出院医嘱：多饮水，防蚊\n"
                    + "医师：{DR}\n",
            "DISCHARGE SUMMARY - Tangli People's Hospital\nName: {E}   MRN: {R}   DOB: {DOBE}\n"
                    + "Dx: crush injury, left hand\nSigned: Dr {ES}; interpreter {N}\n",
            "会诊意见（职业病科{DR}）：{P}符合职业性噪声聋，建议调离噪声岗位；病案号{R}\n",
            // Voice notes.
            "[语音转文字] 喂 {DS}姑娘 我系{P} 我阿爸嘅降压药食完咗 医保卡系{I} 听日过嚟拎 唔该\n",
            "[语音留言] 医生 我是贵州的{P} 我屋头娃儿发烧 我们在{AV} 电话{MV}\n",
            "[语音转文字] 老{PS} 我是{F} 你的化验单出来了 白细胞低 星期三来复查 电话{MV}\n",
            "[语音留言] 我是{PK} 厂里的 {PS}师傅手被机器夹了 在{A0} 快点来 电话{M}\n",
            "[语音转文字] 喂 阿{PS}啊 我系{N} 你个仔{NC}喺学校发烧 你快啲去接佢 我电话{MV}\n",
            "[语音留言] 医生 我是凉山来的{MN} 我老乡{NM}咳血 住{AD} 电话{MV}\n",
            "[语音转文字] 我叫{P} 江西的 我的出生日期系{DOB} 体检表写错了 帮我改一下 电话{MV}\n",
            "[语音留言] {FS}太 我系{DR} 你阿妈嘅结果出咗 冇咩大问题 下个礼拜一返嚟覆诊\n",
            "[语音转文字] 医生 我系潮汕人 我阿嫲{P}跌倒咗 喺{A} 我系佢孙{F} 电话{MV}\n",
            "[语音留言] 喂 是{DS}医生吗 我是{P} 我的身份证是{ID} 工伤那个材料要咋个弄\n",
            "[语音转文字] 医生 我是河南的 我叫{P} 在鞋厂刷胶 头晕 住{AD} 我电话{MV}\n",
            "[语音留言] 阿{DS}医生 我系{HC} 我喺香港 今个礼拜六返上嚟覆诊 我香港电话{MF}\n",
            "[语音转文字] 喂 {N}啊 我系{F} {PG}喺宿舍晕咗 我哋喺{AD} 快啲嚟 我电话{MV}\n",
            "[语音留言] 我是{P} 湖南嘅 我的银行卡号{B} 工伤赔偿打到这个卡\n",
            "[语音转文字] 医生 我系{P} 我生日系{DOB} 住{AV} 佢哋话我要再验血 电话{MV}\n",
            // WeChat and SMS.
            "[微信 家属]\n{F}：{DS}医生，我老公{P}今天退烧了\n{DR}：血小板多少？\n{F}：65，明天来复查，我电话{M}\n",
            "[微信群 上围村家庭医生群]\n{N}：{PS}伯今日血压{BP}\n{DR}：药食咗未？下昼过去睇下\n{N}：食咗，电话{M}\n",
            "[微信 HR]\n{N}：{DS}医生，{P}的工伤材料还差病历\n{DR}：病案号{R}，去病案室复印\n{N}：好的\n",
            "[微信 老乡群] {N}：{MN}在厂里晕倒了，送到塘沥市人民医院了，身份证是{ID}，谁认识他家里人？{NM}电话{M}\n",
            "【塘沥市人民医院】{P}您好，您{D}的手外科复诊已预约，住院号{R}，咨询请拨{L}。\n",
            "【塘沥市职业病防治院】{P}，您的职业病诊断结论已出，请携带身份证{ID}到二楼领取。咨询{L}。\n",
            "【塘沥市社会保险基金管理中心】{P}，您的工伤医疗费已核定，将转入账户{B}。咨询热线12333。\n",
            "【塘沥市疾控中心】{P}您好，您的结核病复查时间为{D}，请带医保卡{I}。\n",
            "【Tangli International Clinic】Dear {E}, your blood test results are ready. MRN {R}. Tel {L}.\n",
            "【塘沥市妇幼保健院】{P}您好，您孩子{NC}（{NB}出生）的第2剂乙肝疫苗接种时间为{D}。\n",
            "【南涌医院】{PS}生您好，您预约的听力复查在星期六上午，请带好身份证，电话{L}。\n",
            "【塘沥港口岸门诊部】{HK}您好，您的入境健康申报已通过，如出现发热请拨{MF}或{L}。\n",
            "【塘沥国际医疗门诊部】{E}先生，您的住院保险预授权已通过，保单号{I}，病历号{R}，翻译{N}电话{M}。\n",
            "【塘沥市康宁医院】{P}您好，您的复诊时间为{D}，如有不适请拨打{L}或心理援助热线12356。\n",
            // OCR'd forms.
            "[OCR] 工 伤 认 定 申 请 表\n申请人 {PO}\n身份 证 {ID}\n联系 电话 {M}\n",
            "[OCR] 孕 产 妇 保 健 手 册 孕妇 {PO} 孕周 30 医保 {I} 现住 {AV}\n",
            "[OCR] 双 向 转 诊 单 患者 {PO} 转出 塘沥市南涌医院 接收医生 {DR} 电话 {L}\n",
            "[OCR] 结 核 病 登 记 卡\n病 人 {PO}\n证件 {ID}\n登记号 {R}\n住址 {AD}\n",
            "[OCR] 出 生 医 学 证 明\n新生儿 {NC}\n出生 时间 {NB}\n出生 地点 塘沥市妇幼保健院\n母亲 {PO}\n父亲 {F}\n",
            "[OCR] 外 籍 人 员 就 诊 登 记\nName {E}\nDOB {DOBE}\nTel {MF}\n",
            "[OCR] 职 业 健 康 检 查 表 姓名 {PO} 出生 {DOB} 工号 HT-09215 电话 {M}\n",
            "[OCR] 香 港 居 民 就 诊 登 记 姓名 {HC} 英文 {HK} 身份证 {HKID}\n",
            "[OCR] 留 守 儿 童 健 康 卡\n儿童 {NC}\n出生 {NB}\n监护人 {PO}\n电话 {M}\n",
            // Tables.
            "| 床号 | 姓名 | 住院号 | 诊断 | 责任护士 |\n|---|---|---|---|---|\n| 3 | {P} | {R} | 正己烷中毒 | {N} |\n"
                    + "| 5 | {MN} | {R} | 肺结核 | {N} |\n",
            "姓名|身份证|医保号|紧急联系人|关系\n{P}|{ID}|{I}|{F}|{KIN}\n{N}|{ID}|{I}|{N}|老乡\n",
            "name\tnationality\tborn\tphone\n{E}\tNigeria\t{DOBE}\t{MF}\n{E2}\tDR Congo\t{DOBE}\t{MF}\n{AR}\tYemen\t{DOBE}\t{MF}\n",
            "工号\t姓名\t车间\t工资卡\nHT0417\t{P}\t冲压\t{B}\nHT0522\t{N}\t喷涂\t{B}\n",
            "病历号,姓名,出生日期,手机\n{R},{P},{DOBC},{M}\n{R},{NM},{DOBC},{M}\n",
            "序号,姓名,出生年月,手机号码,宿舍\n1,{P},{DOB},{M},{AD}\n2,{N},{DOB},{M},{AD}\n",
            "| 车牌 | 骑手 | 电话 | 伤情 | 处置 |\n|---|---|---|---|---|\n| 粤S·8K327 | {P} | {M} | 擦伤 | 包扎 |\n"
                    + "| 粤B·D2719F | {N} | {M} | 骨折 | 住院 |\n",
            "Name,HKID,DOB,Phone\n{HK},{HKID},{DOBC},{MF}\n{HK},{HKID},{DOBC},{MF}\n",
            "姓名,籍贯,出生日期,户籍地址\n{P},四川,{DOB},{A}\n{N},湖南,{DOB},{A}\n{MN},凉山,{DOB},{A0}\n",
            // JSON exports.
            "{\"姓名\":\"{P}\",\"证件号\":\"{ID}\",\"联系电话\":\"{M}\",\"住院号\":\"{R}\",\"诊断\":\"正己烷中毒\"}\n",
            "{\"name\":\"{E}\",\"dob\":\"{DOBE}\",\"phone\":\"{MF}\",\"address\":\"{A}\",\"insurance\":\"{I}\"}\n",
            "{\"工人\":\"{P}\",\"身份证号\":\"{ID}\",\"工伤保险号\":\"{I}\",\"工资卡\":\"{B}\",\"工号\":\"SY-2207\"}\n",
            "{\"产妇\":\"{P}\",\"丈夫\":{\"姓名\":\"{F}\",\"电话\":\"{M}\"},\"新生儿出生\":\"{NB}\",\"住址\":\"{AV}\"}\n",
            "{\"patient\":\"{HK}\",\"hkid\":\"{HKID}\",\"dob\":\"{DOBC}\",\"mobile\":\"{MF}\",\"mrn\":\"{R}\"}\n",
            // HL7-like segments.
            "MSH|^~\\&|TLLIS|TLRMYY|||20240612101500||ORU^R01|MSG24612|P|2.4\n"
                    + "PID|1||{R}^^^TLRMYY^MR||{E}||{DOBC}|{SEX}|||{A}||{MF}\nOBX|1|NM|PLT^Platelets||42|10*9/L\n",
            "PID|1||{R}||{P}||{DOBC}|F|||{A}||{M}\n",
            "PID|1||{R}^^^ZYBFZY^MR||{P}||{DOBC}|M|||{AD}||{L}|||||{ID}\nIN1|1|GSBX|{I}\n",
            "PV1|1|I|SWK^12||||{DR}\nPID|1||{R}||{HK}||{DOBC}|M|||||{MF}\n",
            // E-mails.
            "主题：正己烷中毒患者{P}情况\n收件人：{N}（市职业病防治院）\n正文：{N}您好，患者{PG}（身份证{ID}）于{D}"
                    + "转入，住院号{R}。主治医师{DR}，电话{L}\n",
            "主题：工伤住院费用\n正文：鸿泰电子厂{N}同意为{P}垫付住院费，病案号{R}，付款账户{B}；家属{F}已电话告知（{M}）\n",
            "Subject: Insurance claim, patient {E}\nPolicy {I}; DOB {DOBE}; admitted with dengue fever.\n"
                    + "Contact his brother {E2} on {MF}.\nRegards, {EG}\n",
            "Subject: Cross-boundary referral\nDear Dr {ES},\nMs {HK} (HKID {HKID}) will attend your clinic on Monday. "
                    + "Her phone is {MF}.\nKind regards, {EG}\n",
            "主题：外籍商人住院担保\n{N}您好：也门籍患者{AR}（{AK}）住院号{R}，担保人电话{MF}。塘沥国际医疗门诊部{N}\n",
            // Chaoshan, Hakka and Cantonese families.
            "家庭医生上门：{PS}伯（{P}），{AGE}岁，潮汕人，中风后卧床；阿嫲照顾；女儿{F}在深圳上班，电话{M}；签约医生{DR}\n",
            "客家老人随访：{P}，{AGE}岁，住{A}，高血压；家属{F}，{L}；随访医生{DR}；平时饮凉茶、食陈皮\n",
            "高血压随访：{FS}太（{F}），{AGE}岁，血压{BP}；仔女都在外地；社区{DS}姑娘随访；电话{M}\n",
            "潮汕籍患者：{P}（乡里叫他{PK}），{AGE}岁，肝硬化；家属{F}，电话{L}；户籍{A}；主治{DS}主任\n",
            "饮食指导：{P}，痛风，少食牛杂、海鲜，凉茶可饮，王老吉少饮，肠粉可以食；营养师{N}\n",
            "康复指导：{P}，周末不要加班，高温车间暂不返岗，李子、罗非鱼可以吃；有事联系{F}，电话{M}\n",
            "社区随访：{P}，{AGE}岁，黄埔来的钟点工，何时复诊由{DS}医生定；电话{M}\n",
            // Migrant workers' home provinces.
            "户籍信息核对：{P}，身份证{ID}，户籍{A}，现住{AV}，手机{M}，老家座机{L}\n",
            "新农合异地报销：{P}，参合号{I}，户籍{A}；住院号{R}；报销款转入{B}；经办{N}\n",
            "[微信] {F}：{DS}医生，我是{P}的{KIN}，我们在老家，电话{L}，他在厂里晕倒了怎么样了？\n{DR}：生命体征平稳\n",
            "外出务工人员健康证明：{MN}，{AGE}岁，身份证{ID}，户籍{A}；出具医生{DR}\n",
            "凉山籍务工人员登记\n1 {MN} {ID} {M}\n2 {NM} {ID} {M}\n3 {NM} {ID} {M}\n带工人：{N}  电话：{M}\n",
            "务工人员紧急联系卡\n姓名：{P}\n出生：{DOB}\n户籍：{A}\n紧急联系人：{F}\n老家电话：{L}\n");

    // The commonest surnames of the delta (陈, 李, 黄, 张, 王, 刘, 林, 梁, 杨, 吴), those typical of Cantonese, Hakka and
    // Chaoshan families, mid-frequency ones (many of them the migrants'), four surnames no earlier group used and
    // word-like names; the Hong Kong and Macau residents' names at the end.
    private static final List<String> CHINESE = List.of((""
            + "陈锦棠 陈炳权 陈嫦娣 陈灿辉 陈汉钊 陈月卿 陈秋纯 陈镇雄 陈煜城 陈卓谦 陈友娣 陈桂枝 陈焕珍 陈耀南 陈伟棠 "
            + "陈冬梨 陈建湘 陈芷晴 陈梓谦 "
            + "李焯林 李淑仪 李永钊 李栋梁 李润娣 李锦添 李桂珠 李湘平 李德钊 李湘莲 李宗汉 李凤仪 李家驹 李梓朗 李泳诗 "
            + "李川渝 "
            + "黄炳南 黄惠贞 黄伟廉 黄家乐 黄少棠 黄秀娥 黄昌盛 黄翠娟 黄桂嫦 黄润生 黄子朗 黄启航 黄永钧 黄巧玲 "
            + "张国梁 张志坚 张丽珍 张桂芬 张建川 张海棠 张钧浩 张晓娴 张红妹 张耀荣 张少卿 张梓乔 张子谦 "
            + "王建川 王春娥 王德炯 王秀卿 王庆湘 王桂香 王志豪 王晓蓓 王小翠 王家栋 王梓瑶 王永湘 王一乔 "
            + "刘春桃 刘湘怡 刘学兵 刘建黔 刘翠萍 刘德坤 刘桂枝 刘宇恒 刘雪娥 刘汉桥 刘子墨 "
            + "林炳辉 林秋婵 林镇坤 林泽纯 林佩珊 林汉杰 林淑贤 林梓悠 林锐鹏 林少鸿 "
            + "梁焯华 梁嘉琪 梁志恒 梁美玲 梁锦荣 梁惠芳 梁伟民 梁泳琳 梁少娟 梁卓航 "
            + "杨建湘 杨春妹 杨国富 杨晓琴 杨家富 杨丽蓉 杨秀芝 杨子豪 "
            + "吴镇标 吴秋萍 吴德炎 吴少丽 吴国樑 吴梓航 吴佩仪 "
            + "何炳坤 何丽嫦 何永贤 何嘉豪 何润娟 何苦 罗振声 罗桂香 罗锦洪 罗嘉茵 罗列 钟焕文 钟秀妹 钟伟雄 钟表 "
            + "曾庆祥 曾丽芬 曾子豪 邓志恒 邓秀群 冯锦华 冯少萍 卢伟坤 卢淑娴 麦炳坤 麦秀凤 郑镇南 郑秋纯 郑泽銮 "
            + "蔡镇坤 蔡秋燕 蔡泽坚 谢锦添 谢丽卿 许镇坤 许秋娥 赖振兴 赖秀英 温运发 温淑媚 邱德胜 邱丽嫦 "
            + "周建湘 周春花 赵建豫 赵小芹 徐卫红 徐湘云 孙国庆 胡桂湘 胡建黔 朱振邦 朱秋菊 高翠莲 郭湘平 唐春桃 彭建湘 "
            + "彭秋凤 蒋德湘 蒋春桃 谭伟业 谭湘兰 易德佑 "
            + "廖运昌 易冬梅 覃秀桃 韦金妹 熊德富 龙翠英 黄历 "
            + "伦志强 伦美玲 源锦华 源秀琼 招伟棠 招丽嫦 蚁镇雄 蚁秋纯 "
            + "陈颖诗 李卓贤 黄浩鋆 张锦豪 梁芷澄 何俊贤 林晓岚 吴伟乐 刘诗韵 郑家豪 杨启泰 李嘉雯"
            ).strip().split(" "));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("陈芷晴 陈梓谦 李梓朗 李泳诗 黄子朗 黄启航 张梓乔 张子谦 "
            + "王梓瑶 王一乔 刘宇恒 刘子墨 林梓悠 梁卓航 杨子豪 吴梓航 曾子豪 何嘉豪").split(" "));
    /**
     * The surnames no earlier blind group gave anyone: 伦 and 招 of Nanhai and Shunde, 源 of Kaiping and Taishan, 蚁 of
     * Chaoshan.
     */
    static final String RARE_SURNAMES = "伦源招蚁";
    /** Pool names that are also ordinary words: why bother, clocks, to list, almanac. */
    static final List<String> WORD_LIKE = List.of("何苦", "钟表", "罗列", "黄历");
    /** Hong Kong and Macau residents: the Chinese name|its romanisation, surname first in capitals, as on the card. */
    private static final List<String> HONG_KONG = List.of("陈颖诗|CHAN Wing Sze", "李卓贤|LEE Cheuk Yin",
            "黄浩鋆|WONG Ho Kwan", "张锦豪|CHEUNG Kam Ho", "梁芷澄|LEUNG Tsz Ching", "何俊贤|HO Chun Yin",
            "林晓岚|LAM Hiu Lam", "吴伟乐|NG Wai Lok", "刘诗韵|LAU Sze Wan", "郑家豪|CHENG Ka Ho",
            "杨启泰|IEONG Kai Tai", "李嘉雯|LEI Ka Man");
    /** Liangshan Yi workers: clan name and given name, written run together. */
    private static final List<String> MINORITY = List.of("吉克伍牛", "阿苏尔布", "沙马石洛", "海来木果", "马海伍合",
            "阿的约呷", "俄木拉哈", "吉伍尔呷", "曲比石日", "吉史阿果", "阿牛达体", "俄底子日", "勒格阿妞", "瓦扎曲日",
            "吉尔布哈", "阿约拉莫", "苏呷伍各", "木乃阿衣", "阿尔铁哈", "倮伍阿木", "甲巴日格", "阿西尔古", "日达伍沙",
            "吉克拉莫", "沙马阿妞", "海来依作", "曲比约呷", "俄木阿衣");
    /** Nicknames of workers, riders and Chaoshan and Cantonese neighbours, labelled as names. */
    private static final List<String> NICKNAMES = List.of("阿灿", "阿娣", "肥仔强", "眼镜仔", "大只佬", "老四川", "湘妹子",
            "阿奴弟", "猪肉荣", "黑皮仔");
    /** Arab traders: the name with its nasab (bin, ibn)|the kunya he is called by. */
    private static final List<String> ARAB = List.of("Salem bin Awadh Ba-Jubair|Abu Nasser",
            "Adel ibn Hussein Al-Kubaisi|Abu Haitham", "Tariq bin Saeed Al-Amoudi|Abu Fahd",
            "Hamdi bin Ali Al-Yafei|Abu Ammar", "Ammar ibn Kadhim Al-Shammari|Abu Zainulabideen",
            "Mohsen bin Qasim Al-Dhale'i|Abu Shuaib");
    // given|family: Igbo, Yoruba and Hausa traders, Congolese, Malian and Guinean traders in French spelling, Yemeni,
    // Egyptian and Iraqi traders, Pakistani, Indian and Bangladeshi students and traders, Russian and Ukrainian traders.
    private static final List<String> ENGLISH = List.of((""
            + "Ebuka|Nwadiogbu Chidiebere|Umeadi Tochukwu|Okwuosa Nkiruka|Onyekwelu Somtochukwu|Mbanefo Ugochi|Nwankpa "
            + "Kelechi|Nwaozuzu Ikenna|Obiorah "
            + "Oluwatobi|Oyekunle Gbenga|Ajibulu Folasade|Ogunleye Yetunde|Fashola Ayodele|Ogunbiyi "
            + "Sani|Dankwambo Hadiza|Yakasai Musa|Kurfi "
            + "Dieudonne|Mbuyamba Esperance|Kalombo Patrice|Tshilombo Chancelle|Nsimba "
            + "Boubacar|Sissoko Aminata|Dembele Fousseyni|Kanoute Thierno|Bah Mariama|Camara "
            + "Abdulmalik|Al-Hadhrami Waleed|Ba-Wazir Mahmoud|Abdel-Ghaffar Shaimaa|El-Sayed Haider|Al-Saadi "
            + "Zahraa|Al-Jubouri "
            + "Faisal|Warraich Shahzad|Awan Sadaf|Butt "
            + "Venkatesh|Kothandaraman Harpreet|Sandhu Deepika|Namboodiri "
            + "Shafiqul|Howlader Sharmin|Akhter "
            + "Dobromir|Shcherbakov Yaroslava|Zhdanova Ostap|Kovalchuk Vasylyna|Hnatyuk Yarema|Melnychenko"
            ).strip().split("\\s+"));
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Yuexiu and Baiyun, Bao'an, Dongguan, Zhongshan, the
     * old Nanhai and Shunde cities, Huicheng, the old Chaoyang city, Puning, Xingning, Butuo, Zhaojue and Xichang, Yuechi,
     * Nanbu, Longhui, Wugang, Taojiang, Guiyang of Chenzhou, Pingnan and Rong county, the old Xihua (Zhoukou
     * prefecture), Neixiang, the old Xingguo (Ganzhou prefecture), Xunwu, the old Zhijin (Bijie prefecture) and
     * Huangping.
     */
    private static final List<String> LEGACY_AREA = List.of("440104", "440111", "440306", "441900", "442000",
            "440682", "440681", "441302", "440582", "445281", "441481", "513430", "513431", "513401", "511621",
            "511321", "430524", "430581", "430922", "431021", "450821", "450921", "412722", "411325", "362132",
            "362130", "522425", "522622");
    /**
     * Area codes for 18-digit numbers: the delta, Chaoshan, the Hakka county, and the home provinces, with the codes of
     * the 2000s and 2010s (Longhua, Chancheng, Nanhai and Shunde districts, Huiyang, Chaoyang district, Xihua, Xingguo,
     * Zhijin) and those of {@link #LEGACY_AREA}.
     */
    private static final List<String> AREA = Stream.concat(Stream.of("440106", "440309", "440604", "440605",
            "440606", "441303", "440513", "445202", "411622", "360732", "520524", "411627", "360734", "520525",
            "513432", "450881", "451421"), LEGACY_AREA.stream()).toList();
    /** Area codes of landlines with eight-digit local numbers. */
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("020", "0755", "0769", "0757", "0760", "0754", "028",
            "0731", "0371", "0791", "0851");
    /** Area codes of landlines with seven-digit local numbers. */
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0752", "0753", "0834", "0739", "0775", "0394",
            "0797", "0857");
    private static final List<String> BANK_BINS = List.of("622848", "621700", "622202", "622588", "623668", "621483");
    /** City|districts and towns|urban villages. */
    private static final List<String> URBAN_VILLAGES = List.of(
            "塘沥市|南涌镇,石岭镇|上围村,下围村,新塘村",
            "东莞市|塘尾镇,沙埔镇|鹤洲村,沙头村",
            "深圳市|宝安区沙岭街道,龙华区清湖街道|固围新村,上屋村",
            "广州市|白云区鹤岗街道,白云区棠下街道|棠下村,鹤岗村",
            "佛山市|南海区大沥镇|黄岐村,沥东村");
    /** City|towns|industrial zones|factories. */
    private static final List<String> FACTORIES = List.of(
            "塘沥市|南涌镇,石岭镇|富岭工业区,石岭工业园|永利达电子厂,锦丰鞋业,华森木业,童趣玩具厂",
            "东莞市|塘尾镇,沙埔镇|塘尾第三工业区,沙埔科技园|宏达五金厂,金盛电子厂",
            "深圳市|宝安区沙岭街道,龙华区清湖街道|沙岭工业区,清湖工业园|新达精密厂,华联电子厂",
            "中山市|小榄镇|永宁工业区|美灯灯饰厂",
            "惠州市|惠阳区|新圩工业区|惠力鞋厂");
    /** City|district and road|estates. */
    private static final List<String> ESTATES = List.of(
            "塘沥市|塘沥大道,南涌路,石岭中路|碧涛花园,南涌雅苑,翠湖居",
            "佛山市|南海区桂澜路,禅城区季华路|金沙湾,海逸花园",
            "中山市|东区兴中道|锦绣华庭",
            "惠州市|惠城区江北文昌路|江景豪庭");
    /** Trading towers of Xiaobei, where foreign traders rent flats: street|towers. */
    private static final List<String> XIAOBEI = List.of("广州市越秀区秀华直街|金桥大厦,天恩公寓",
            "广州市越秀区登云路|宝华商贸大厦,环亚公寓");
    /** Province|county or city|townships|villages, and how a village is divided (组 or 屯). */
    private static final List<String> HOME_VILLAGES = List.of(
            "四川省|凉山州布拖县|拖觉镇,特木里镇|阿布洛哈村,火烈村|组",
            "四川省|广安市岳池县|中和镇,石垭镇|桂花村,新桥村|组",
            "湖南省|邵阳市隆回县|桃洪镇,六都寨镇|青山村,大坪村|组",
            "广西壮族自治区|玉林市容县|杨梅镇,石寨镇|大垌村,平安村|屯",
            "河南省|周口市西华县|红花集镇,艾岗乡|王庄村,李楼村|组",
            "江西省|赣州市兴国县|长冈乡,高兴镇|塘背村,茶园村|组",
            "贵州省|毕节市织金县|八步街道,猫场镇|新华村,龙场村|组");
    /** Chaoshan villages (片 or 寨 and 巷) and Hakka walled houses (围): province|city|towns|villages|kind. */
    private static final List<String> LINEAGE_VILLAGES = List.of(
            "广东省|汕头市潮阳区|谷饶镇,和平镇|东山村,下寨村|片",
            "广东省|揭阳市普宁市|洪阳镇,燎原镇|南山村,泥沟村|寨",
            "广东省|梅州市兴宁市|叶塘镇,径南镇|河西村,新群村|围");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final String NUMERALS = "〇一二三四五六七八九";
    /** The letters a Hong Kong identity card begins with. */
    private static final String HK_LETTERS = "ACDEGHKMPRVWYZ";

    private Blind33Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_33 || !templates.isEmpty() && BLIND_33.containsAll(templates);
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
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    /** The record's Yi worker (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** A further Yi name. */
    static String anyMinorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    static String nickname(RandomGenerator r) {
        return pick(NICKNAMES, r);
    }

    /** A Hong Kong or Macau resident's name in romanisation: CHAN Wing Sze, or Chan Wing-sze. */
    static String hongKongName(RandomGenerator r) {
        String roman = pick(HONG_KONG, r).split("\\|")[1];
        return r.nextBoolean() ? roman : mixedCase(roman);
    }

    /** CHAN Wing Sze as Chan Wing-sze. */
    static String mixedCase(String roman) {
        String[] p = roman.split(" ");
        StringBuilder b = new StringBuilder(p[0].charAt(0) + p[0].substring(1).toLowerCase());
        for (int i = 1; i < p.length; i++) {
            b.append(i == 1 ? " " : "-").append(i == 1 ? p[i] : p[i].toLowerCase());
        }
        return b.toString();
    }

    /** A Hong Kong or Macau resident's Chinese name. */
    static String hongKongChinese(RandomGenerator r) {
        return pick(HONG_KONG, r).split("\\|")[0];
    }

    static String arabName(RandomGenerator r) {
        return pick(ARAB, r).split("\\|")[0];
    }

    static String kunya(RandomGenerator r) {
        return pick(ARAB, r).split("\\|")[1];
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Chinese name for a romanised Hong Kong one), or null when the
     * value (a surname, a given name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : HONG_KONG) {
            String[] p = e.split("\\|");
            if (p[1].equals(w) || mixedCase(p[1]).equals(w)) return p[0];
        }
        for (String e : ARAB) {
            String[] p = e.split("\\|");
            if (p[0].equals(w) || p[1].equals(w)) return p[0];
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
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

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> hongKongNames() {
        return HONG_KONG;
    }

    static List<String> arabNames() {
        return ARAB;
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    /** Every Latin form of the Hong Kong and Arab names (romanisations as on the card and mixed case, nasab, kunya). */
    static Stream<String> latinWritten() {
        return Stream.concat(HONG_KONG.stream().flatMap(e -> Stream.of(e.split("\\|")[1], mixedCase(e.split("\\|")[1]))),
                ARAB.stream().flatMap(e -> Stream.of(e.split("\\|"))));
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

    /** A plain 18-character resident identity number with a valid check character, born 1950 to 2007. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1950, 58, r);
    }

    /** A first-generation 15-digit number: a code of the time, yymmdd (born 1940 to 1992), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 40, 53, r);
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

    /** The check character of a Hong Kong identity card: letters (one or two) and six digits. */
    static char hongKongCheck(String letters, String digits) {
        String l = letters.length() == 1 ? " " + letters : letters;
        int sum = 0, weight = 9;
        for (char c : l.toCharArray()) sum += (c == ' ' ? 36 : c - 'A' + 10) * weight--;
        for (char c : digits.toCharArray()) sum += (c - '0') * weight--;
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'A' : (char) ('0' + check);
    }

    /** A Hong Kong identity card: A123456(7), A123456（7）, or with two letters XA123456(7). */
    static String hongKongId(RandomGenerator r) {
        boolean two = r.nextInt(6) == 0;
        String letters = two ? "X" + HK_LETTERS.charAt(r.nextInt(HK_LETTERS.length()))
                : String.valueOf(HK_LETTERS.charAt(r.nextInt(HK_LETTERS.length())));
        String d = digits(6, r);
        char check = hongKongCheck(letters, d);
        return r.nextInt(3) == 0 ? letters + d + "（" + check + "）" : letters + d + "(" + check + ")";
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

    /**
     * A foreign number: Nigeria +234 803 123 4567 or 0803 123 4567, DR Congo +243 81 234 5678, Yemen +967 771 234 567,
     * Pakistan +92 300 1234567, India +91 98765 43210, Bangladesh +880 1711-234567, Russia +7 916 123-45-67, Ukraine
     * +380 67 123 4567, Hong Kong +852 9123 4567, Macau +853 6612 3456.
     */
    static String foreignMobile(RandomGenerator r) {
        return switch (r.nextInt(11)) {
            case 0 -> "+234 80" + "3567".charAt(r.nextInt(4)) + " " + digits(3, r) + " " + digits(4, r);
            case 1 -> "080" + "3567".charAt(r.nextInt(4)) + " " + digits(3, r) + " " + digits(4, r);
            case 2 -> "+243 " + pick(List.of("81", "82", "84", "85", "89", "97", "99"), r) + " " + digits(3, r) + " "
                    + digits(4, r);
            case 3 -> "+967 7" + "0137".charAt(r.nextInt(4)) + digits(1, r) + " " + digits(3, r) + " " + digits(3, r);
            case 4 -> "+92 3" + digits(2, r) + " " + digits(7, r);
            case 5 -> "+91 " + "6789".charAt(r.nextInt(4)) + digits(4, r) + " " + digits(5, r);
            case 6 -> "+880 1" + "3579".charAt(r.nextInt(4)) + digits(2, r) + "-" + digits(6, r);
            case 7 -> "+7 9" + digits(2, r) + " " + digits(3, r) + "-" + digits(2, r) + "-" + digits(2, r);
            case 8 -> "+380 " + pick(List.of("50", "63", "67", "68", "93", "97"), r) + " " + digits(3, r) + " "
                    + digits(4, r);
            case 9 -> "+852 " + "569".charAt(r.nextInt(3)) + digits(3, r) + " " + digits(4, r);
            default -> "+853 6" + digits(3, r) + " " + digits(4, r);
        };
    }

    /**
     * A landline: eight local digits on the delta's and the big home cities' codes, seven on the others: 0769-22812345,
     * (020)83812345, 0755 2681 2345, 0752 281 2345, 0769-22812345转806, +86 769 22812345.
     */
    static String landline(RandomGenerator r) {
        boolean eight = r.nextInt(3) > 0;
        String area = pick(eight ? EIGHT_DIGIT_AREAS : SEVEN_DIGIT_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(eight ? 7 : 6, r);
        int half = eight ? 4 : 3;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * TL24031876 (inpatient, Tangli), MZ2024031876 (outpatient), ZYB2024-0318 (occupational-disease hospital),
     * GK-2403187 (port clinic), INTL-24-00387 (international clinic), a 17-digit health-archive number on a Guangdong
     * area code.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> "TL" + (year % 100) + digits(6, r);
            case 1 -> "MZ" + year + digits(6, r);
            case 2 -> "ZYB" + year + "-" + digits(4, r);
            case 3 -> "GK-" + (year % 100) + digits(5, r);
            case 4 -> "INTL-" + (year % 100) + "-" + digits(5, r);
            default -> pick(AREA.stream().filter(a -> a.startsWith("44")).toList(), r) + digits(11, r);
        };
    }

    /**
     * Guangdong social and medical insurance (DGSB, SZYB, GZYB, FSYB, ZSYB, HZYB with ten digits), the home province's
     * rural scheme (XNH with twelve) and a foreign trader's travel policy (TI2024-031876).
     */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(8)) {
            case 0 -> "XNH" + digits(12, r);
            case 1 -> "TI" + (2016 + r.nextInt(10)) + "-" + digits(6, r);
            default -> List.of("DGSB", "SZYB", "GZYB", "FSYB", "ZSYB", "HZYB").get(r.nextInt(6)) + digits(10, r);
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

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    private static String province(boolean withProvince, String city) {
        return withProvince && !city.startsWith("广州") && !city.startsWith("深圳") ? "广东省" + city : city;
    }

    /** An urban-village house: 东莞市塘尾镇鹤洲村3巷12号, with a room, or the Guangzhou 坊 and 巷. */
    static String urbanVillage(boolean withProvince, RandomGenerator r) {
        String[] t = split(pick(URBAN_VILLAGES, r));
        String base = province(withProvince, t[0]) + one(t[1], r) + one(t[2], r);
        return switch (r.nextInt(4)) {
            case 0 -> base + (1 + r.nextInt(20)) + "巷" + (1 + r.nextInt(40)) + "号" + (1 + r.nextInt(7)) + "0"
                    + (1 + r.nextInt(6)) + "房";
            case 1 -> base + pick(List.of("东", "西", "南", "北"), r) + "坊" + (1 + r.nextInt(12)) + "巷"
                    + (1 + r.nextInt(30)) + "号";
            default -> base + (1 + r.nextInt(20)) + "巷" + (1 + r.nextInt(40)) + "号";
        };
    }

    /** A factory dormitory: 塘沥市南涌镇富岭工业区鸿泰电子厂宿舍3栋402房, or 员工宿舍B栋517. */
    static String dormitory(boolean withProvince, RandomGenerator r) {
        String[] t = split(pick(FACTORIES, r));
        String base = province(withProvince, t[0]) + one(t[1], r) + one(t[2], r) + one(t[3], r);
        return r.nextInt(3) > 0
                ? base + "宿舍" + (1 + r.nextInt(9)) + "栋" + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(9)) + "房"
                : base + "员工宿舍" + "ABCD".charAt(r.nextInt(4)) + "栋" + (1 + r.nextInt(6)) + (10 + r.nextInt(20));
    }

    /**
     * An address: an urban-village house, a factory dormitory, an estate flat (X座XX房 or X栋X单元XXX室), a Xiaobei trading
     * tower, a home village by 乡 or 镇, 村 and 组 or 屯, a Chaoshan village with 片 or 寨 and 巷, a Hakka walled house;
     * {@code partial} may stop at the street, the 镇, the 村 or the industrial zone.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(3) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> {
                    String[] t = split(pick(URBAN_VILLAGES, r));
                    yield t[0] + one(t[1], r) + (r.nextBoolean() ? one(t[2], r) : "");
                }
                case 1 -> {
                    String[] t = split(pick(FACTORIES, r));
                    yield t[0] + one(t[1], r) + one(t[2], r);
                }
                case 2 -> {
                    String[] t = split(pick(ESTATES, r));
                    yield t[0] + one(t[1], r);
                }
                default -> {
                    String[] t = split(pick(HOME_VILLAGES, r));
                    yield t[1] + one(t[2], r) + one(t[3], r);
                }
            };
        }
        return switch (r.nextInt(10)) {
            case 0, 1 -> urbanVillage(withProvince, r);
            case 2 -> dormitory(withProvince, r);
            case 3 -> {
                String[] t = split(pick(ESTATES, r));
                String base = province(withProvince, t[0]) + one(t[1], r) + (1 + r.nextInt(300)) + "号" + one(t[2], r);
                yield r.nextBoolean() ? base + (1 + r.nextInt(12)) + "座" + (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(8))
                        + "房"
                        : base + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(3)) + "单元" + (1 + r.nextInt(25)) + "0"
                        + (1 + r.nextInt(4)) + "室";
            }
            case 4 -> {
                String[] t = split(pick(XIAOBEI, r));
                yield t[0] + (1 + r.nextInt(120)) + "号" + one(t[1], r) + (2 + r.nextInt(25)) + "楼"
                        + (1 + r.nextInt(25)) + "0" + (1 + r.nextInt(9)) + "室";
            }
            case 5, 6, 7 -> {
                String[] t = split(pick(HOME_VILLAGES, r));
                String v = (withProvince ? t[0] : "") + t[1] + one(t[2], r) + one(t[3], r);
                yield t[4].equals("屯") ? v + pick(List.of("那榜", "六垌", "岭脚"), r) + "屯" + (1 + r.nextInt(60)) + "号"
                        : r.nextBoolean() ? v + (1 + r.nextInt(12)) + "组" : v + (1 + r.nextInt(12)) + "组"
                        + (1 + r.nextInt(80)) + "号";
            }
            default -> {
                String[] t = split(pick(LINEAGE_VILLAGES, r));
                String v = (withProvince ? t[0] : "") + t[1] + one(t[2], r) + one(t[3], r);
                yield switch (t[4]) {
                    case "片" -> v + pick(List.of("东", "西", "新"), r) + "片" + (1 + r.nextInt(9)) + "巷"
                            + (1 + r.nextInt(30)) + "号";
                    case "寨" -> v + "老寨" + (1 + r.nextInt(9)) + "巷" + (1 + r.nextInt(30)) + "号";
                    default -> v + pick(List.of("振华围", "德馨围", "善庆围"), r) + (1 + r.nextInt(40)) + "号";
                };
            }
        };
    }

    /**
     * A date of birth, 1940 to 2007: 1990年11月5日, 1990-11-05, 1990.11.5, 1990/11/5, 一九九〇年十一月五日,
     * 九〇年十一月五号, 90年11月5号.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1940 + r.nextInt(68), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            case 5 -> "" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年"
                    + IdentifierForms.chineseNumber(m) + "月" + IdentifierForms.chineseNumber(d) + "号";
            default -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
        };
    }

    /** A date of birth as exports write it: 19901105. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1940 + r.nextInt(68), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** As foreign passports and forms write it, day first: 05/11/1990, 05-11-1990, 05.11.1990, 05 NOV 1990, 5 Nov 1990. */
    static String foreignBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(57), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(5)) {
            case 0 -> String.format("%02d/%02d/%d", d, m, y);
            case 1 -> String.format("%02d-%02d-%d", d, m, y);
            case 2 -> String.format("%02d.%02d.%d", d, m, y);
            case 3 -> String.format("%02d %s %d", d, month, y);
            default -> d + " " + month.charAt(0) + month.substring(1).toLowerCase() + " " + y;
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
            case "NM" -> out.write(anyMinorityName(random), EntityKind.NAME);
            case "HC" -> out.write(hongKongChinese(random), EntityKind.NAME);
            case "HK" -> out.write(hongKongName(random), EntityKind.NAME);
            case "AR" -> out.write(arabName(random), EntityKind.NAME);
            case "AK" -> out.write(kunya(random), EntityKind.NAME);
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
            case "HKID" -> out.write(hongKongId(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MF" -> out.write(foreignMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AD" -> out.write(dormitory(random.nextInt(4) == 0, random), EntityKind.ADDRESS);
            case "AV" -> out.write(urbanVillage(random.nextInt(4) == 0, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(foreignBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

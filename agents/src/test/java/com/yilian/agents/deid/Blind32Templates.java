package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.givenNameOf;
import static com.yilian.agents.deid.PoolNameForms.scannedName;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Thirty-second blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_32}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the Wuling mountains and south-east Guizhou,
 * led by the fictional 榕溪市人民医院 (Rongxi People's Hospital) in the fictional prefecture city of 榕溪 (Rongxi,
 * Guizhou), with the fictional 雷岭县人民医院 (Leiling County) and its 民族中学, the township health centres 高冲镇卫生院
 * (Gaochong) and 摆榜乡卫生院 (Baibang) and the village clinics of their hillside villages (乌岜村卫生室, the 寨 of
 * 乌岜, 岜歹 …), the 榕溪市苗医药医院 (Miao-medicine hospital), the clinic of the relocation-for-poverty-alleviation new
 * town 云岭新区安置点 (易地扶贫搬迁安置点) and the site clinic of the 榕雷高铁三标项目部 (section three of a high-speed
 * railway under construction), the 榕溪市疾控中心, 榕溪市妇幼保健院 and 榕溪市医疗保障局, the 摆榜乡中心小学; patients
 * and carers also live in Qiandongnan (Kaili, Leishan, Rongjiang, Congjiang, Liping), Qiannan (Duyun, Sandu of the
 * Shui), Tongren (Songtao), Xiangxi (Jishou, Fenghuang, Huayuan) and Huaihua (Tongdao) in Hunan, Enshi (Laifeng) in
 * Hubei and Qianjiang and Youyang in Chongqing, or work in Guangdong (Foshan, Dongguan) and Zhejiang (Wenzhou,
 * Yiwu). The people: Miao (Hmong) villagers with patronymic linked names, Dong, Shui, Tujia, Buyi and Yao villagers,
 * left-behind children (留守儿童) and the grandparents who raise them, migrant workers and miners back from Guangdong
 * and Zhejiang, railway construction workers from across China, Miao and Dong healers (苗医, 侗医), the Shui-script
 * master (水书先生), village elders (寨老), village doctors and cadres, teachers, volunteer teachers, NGO midwives,
 * researchers and tourists. The topics: silicosis of returning miners and tunnel workers, snakebite, wild-mushroom
 * and lacquer poisoning, stomach-cancer screening, hypertension, left-behind children's health checks and school
 * nutrition, tuberculosis, HIV, injuries at the construction camp, maternal health and home births in remote
 * villages, rabies, family doctors, referrals and telemedicine, Miao and Dong medicine, discharge summaries, nursing
 * handovers, dictations, voice notes in the south-western Mandarin of Guizhou and Xiangxi (嘞, 哈, 要得, 莫得, 啷个,
 * 么子, 恼火, 脑壳, 屋头, 老者), WeChat messages, SMS, OCR'd forms with stray blanks and line breaks, CSV, markdown,
 * pipe and tab tables, JSON exports, HL7-like segments and e-mails; about a seventh in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind29Templates} and {@link Blind28Templates}.
 * Every person's name is PHI: patients, relatives, workers, foremen, village cadres, healers, elders, interpreters,
 * teachers, village doctors, nurses and doctors, in Chinese or in Latin, also straight after a role word (苗医X, 侗医X,
 * 寨老X, 向导X), at the start of table rows, in lists, in table cells, JSON values and HL7 fields. A Chinese surname in
 * a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, 护士长X, 院长X, and X师傅,
 * X医生, X主任, X书记, X支书, X老师, X工长 and the Guizhou X嬢嬢 (auntie). A Chinese given name used alone
 * ({@code PG}) labels the given name; a one-character given name is never used alone. Miao patronymic linked names
 * (the child's own name followed by the father's: 略往 is 略, child of 往; 耶略往 adds the grandfather) are written
 * with two or three characters and no Han surname, or with a Han surname taken at school before them (杨勾略); they are
 * labelled whole. Dong, Shui, Buyi and Yao names are written with a surname and a given name (吴银练, 蒙熙榜, 盘桂仙).
 * The given name of the record's minority patient ({@code MN}) used alone ({@code LG}) is a name and labels the given
 * name, or the whole linked name when it has no surname. The Dong call a parent after the first child (补X, father of
 * X; 乃X, mother of X): the span is the child's name only, never 补 or 乃, and X is always the {@code LG} of the
 * record's minority patient. A child known as a parent's child (X之子, X之女) labels the parent. Kin words, titles and
 * dialect words alone (阿公, 阿婆, 阿爸, 阿妈, 奶奶, 老者, 娃娃, 娃儿, 嬢嬢, 补, 乃, 苗医, 侗医, 寨老, 水书先生) are not
 * names. Names that are also words are labelled when they name a person ({@link #WORD_LIKE}: 龙潭, 向往, 石岩). A
 * nickname ({@code PK}: 老广东, 钢筋哥 …) is a name. An OCR'd Chinese name ({@code PO}) and an OCR'd minority name
 * ({@code LO}), broken by a line break, a single blank after the first character, a blank between every character or
 * an ideographic blank between every character, is one span, the break inside it. Miao linked names in the Latin
 * Miao orthography of Qiandongnan with its tone letters ({@code ML}: Lieb Vangx for 略往, Yel Lieb Vangx for 耶略往)
 * are labelled whole.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Qiandongnan 5226, Qiannan 5227, Tongren (the old prefecture 5222 and the city 5206 of 2011), Xiangxi 4331, Huaihua
 * 4312, Enshi 4228 and Chongqing's Qianjiang 500114 and Youyang, Xiushan and Pengshui 5002; plain, lower-case x, 6-8-4
 * by blanks or by hyphens; 15-digit numbers with a valid birth date, only on codes that existed before 1999), mobiles
 * ({@code M}: plain, 139 1234 5678, 139-1234-5678, +86 139 1234 5678, (+86)13912345678; {@code MV}: spoken in voice
 * notes with 幺 or 一 for the one), landlines ({@code L}: seven local digits on 0855 Qiandongnan, 0854 Qiannan, 0856
 * Tongren, 0743 Xiangxi, 0745 Huaihua and 0718 Enshi, eight on 023 Chongqing; 0855-8123456, (0855)8123456,
 * 0855 812 3456, with an extension after 转, +86 855 8123456), addresses ({@code A}, {@code A0}: city streets with an
 * estate and 栋/单元/室 or the short 5-2-301, relocation sites (安置点12栋2单元301 or …301室), villages by 乡 or 镇,
 * 村 and 组 with or without a house number, villages by 村 and 寨 or by a 寨 straight under the 镇, the railway camp's
 * 板房, and the migrant workers' factory dormitories in Guangdong and Zhejiang; {@code A0} may stop at the street, the
 * 乡 or 镇, the 村, the 寨 or the 安置点), record numbers ({@code R}: inpatient RX24031876, outpatient RXM2024031876,
 * Miao-medicine hospital MYY24-03187, relocation-site clinic AZD2024-0387, a 17-digit health-archive number on an area
 * code), insurance numbers ({@code I}: GZYB, HUNYB, HBYB and CQYB with ten digits, and the old rural co-operative
 * XNH with twelve), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by blanks or by
 * hyphens), dates of birth ({@code DOB}: 1958年6月23日, 1958-06-23, 1958.6.23, 1958/6/23, 一九五八年六月二十三日 and the
 * spoken 五八年六月二十三号; {@code DOBC}: 19580623 in exports; {@code DOBE}: 23 Jun 1958, 23-JUN-1958, June 23, 1958;
 * {@code DOBL}: a birthday as grandparents give it, by the lunar calendar 农历1948年腊月初八, 农历戊子年冬月十二, the
 * local 老历四八年八月十五, or in the years of the Republic for those born before 1949, 民国三十七年腊月初八;
 * {@code DOBS}: as school registers write it, the year and month 2013.09, 2013年09月, 201309, or 2013/09/05;
 * {@code NB}: a child's, 2014 to 2025). Not labelled: visit, screening and onset dates, days of the week, festivals
 * (苗年, 鼓藏节, 端节, 芦笙节), ages, lab values (SpO2, CD4, PG I/PG II, Hb, ALT), lot, specimen, staff, treatment,
 * passport and message numbers, tunnel chainages (DK128+350), vehicle plates (贵H·3K218, 湘U·5M217), hotlines, facility
 * names, places alone, dishes and drinks (酸汤鱼, 糯米饭, 油茶, 腊肉, 腌鱼, 刺梨汁, 米酒, 甜酒鸡蛋), medicines, mushrooms
 * and Miao diagnoses (见手青, 冷骨风, 云南白药, 龙胆草), kin words, titles and dialect words, ethnic names, and words
 * beginning with one of the pool's surnames (杨梅, 陈旧性, 田坎, 向导, 麻醉, 犹豫, 瓮安 …; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind31Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of the Wuling mountains would look: the surnames the Miao, Dong and Han of the region share (杨, 吴, 龙,
 * 石, 王, 张, 李, 刘, 陈) dominate, the Tujia, Miao, Dong and Shui surnames in Han form (田, 向, 彭, 谭, 麻, 欧, 滕, 粟,
 * 姚, 潘, 韦, 蒙) carry a good share, mid-frequency ones follow, with the generation characters of the older villagers
 * (昌, 正, 通, 再, 光, 秀) and the names of children of the 2010s and 2020s; a few have surnames of Guizhou and
 * Chongqing families no earlier group used ({@link #RARE_SURNAMES}) or are ordinary words ({@link #WORD_LIKE}). The
 * minority pool holds Miao linked names without a surname, each with its Latin form, Miao linked names after a school
 * surname, and Dong, Shui, Yao and Buyi names; a pool of English names of volunteer teachers, NGO staff, researchers
 * and tourists; a nickname pool. Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code NC}, a
 * child's name from the same pool; {@code NM}, a further minority name; {@code MN}, the record's minority patient
 * (from {@link #minorityName}); {@code LG}, {@code LO}, {@code ML}, {@code PS}, {@code FS}, {@code PG}, {@code PO},
 * {@code PK}, {@code MV} above; {@code EG}, an English given name alone; {@code DOBC}, {@code DOBE}, {@code DOBL},
 * {@code DOBS}, {@code NB}. Any non-empty subset of {@link #BLIND_32} uses these pools (see {@link #uses}).
 */
final class Blind32Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270102L;

    static final List<String> BLIND_32 = List.of(
            // Silicosis of miners and tunnel workers back from Guangdong and Zhejiang.
            "榕溪市人民医院 职业病科 尘肺病入院记录\n姓名：{P}  性别：男  年龄：{AGE}岁\n出生日期：{DOB}\n身份证号：{ID}\n现住址：{A}\n"
                    + "职业史：在广东、浙江打隧道当风钻工11年\n胸片：矽肺贰期\n接诊医师：{DR}\n",
            "尘肺病筛查登记（雷岭县）\n1 {P} {ID} 壹期 {M}\n2 {MN} {ID} 可疑 {M}\n3 {N} {ID} 贰期 {L}\n登记人：{N}\n",
            "[语音转文字] 医生嘞 我是{F} 我屋头{P}在广东打了十年风钻 回来就喘不赢 走两步就要歇 我们在{A0} 电话{MV}\n",
            "Silicosis cohort, returning tunnel workers\nName | Born | Province worked | Stage\n{P} | {DOBC} | Guangdong | II\n"
                    + "{MN} | {DOBC} | Zhejiang | I\nPI: {E}\n",
            "尘肺病农民工救助申请：{P}，身份证{ID}，肺灌洗后自付2.6万元；救助金打入{B}；村委会{FS}支书签字；联系电话{M}\n",
            "[微信 尘肺病随访]\n{DR}：{PS}师傅，今天血氧好多？\n{P}：89，爬坡还是喘\n{DR}：氧莫停，星期四来复查，电话{L}\n",
            "职业病诊断证明书\n劳动者：{P}\n出生日期：{DOB}\n用人单位：广东某隧道工程公司（已注销）\n诊断：矽肺贰期\n"
                    + "诊断医师：{DR}、{N}\n",
            // Snakebite.
            "毒蛇咬伤：{MN}，{AGE}岁，在坡上薅包谷时被烙铁头咬伤左足，已用抗蝮蛇毒血清（批号20240611）；住院号{R}；"
                    + "家属{NM}，{M}；经治{DR}\n",
            "[语音留言] {DS}医生 我是{NM} 我阿爸遭蛇咬了 脚肿得好大 我们在{A0} 路不好走 电话{MV}\n",
            "Snakebite, hiker near Leigong Mountain\nName: {E}\nDOB: {DOBE}\nBitten by a Chinese moccasin (five-pacer), "
                    + "swelling to mid-calf\nAntivenom lot 20240611\nEmergency contact: {E2}, {M}\n",
            "苗医蛇伤草药登记：{MN}，蛇伤后先找寨上苗医{NM}敷草药，两天后才来院；身份证{ID}；村委会{FS}书记送来；村医{N}\n",
            // Wild mushrooms and lacquer.
            "野生菌中毒群体事件登记（高冲镇）\n{P} {AGE}岁 呕吐腹泻 {M}\n{N} {AGE}岁 幻视 {M}\n{MN} {AGE}岁 肝功能异常 {L}\n"
                    + "食用：自采见手青、白毒伞\n登记：{DS}医生\n",
            "[语音转文字] 喂 医生 我们家{P}吃了坡上捡的菌子 说看到小人儿在跳 我们在{A} 快来 我是{F} 电话{MV}\n",
            "漆树过敏：{P}，{AGE}岁，上山割漆后面部、双手红肿瘙痒，漆疮；医保号{I}；住{A0}；接诊{DS}医生\n",
            "Wild mushroom poisoning, tourist\nName: {E}\nDOB: {DOBE}\nAte mushrooms bought at a roadside stall in "
                    + "Xijiang; nausea, visual disturbance\nTreating physician: Dr {ES}\nPhone: {M}\n",
            "【榕溪市疾控中心】{P}您好，您家{D}食用野生菌中毒的随访已结束。请勿采食野生菌。咨询{L}。\n",
            // Stomach cancer screening.
            "胃癌早筛登记表（雷岭县）\n姓名：{P}\n出生日期：{DOB}\n身份证号：{ID}\nPG I/PG II：62/18\nHp抗体：阳性\n"
                    + "建议胃镜；联系电话{M}\n筛查员：{N}\n",
            "胃镜预约：{P}，{AGE}岁，长期吃酸汤和腌鱼，胃蛋白酶原比值2.1；预约{D}；门诊号{R}；家属{F}，{M}\n",
            "Gastric cancer screening, Rongxi consortium\nParticipant: {P}\nDOB: {DOBC}\nPG ratio 2.4, H. pylori positive\n"
                    + "Endoscopy booked\nCoordinator: {EG}\nPhone: {M}\n",
            "胃癌术后随访：{PS}嬢嬢（{P}），{AGE}岁，术后第2年，体重回升；女儿{F}在浙江打工，电话{M}；随访医生{DR}\n",
            // Hypertension and family doctors.
            "家庭医生签约（高冲镇卫生院团队）\n签约居民：{P}  身份证：{ID}\n现住：{A}\n手机：{M}\n服务包：高血压＋老年人\n"
                    + "责任医生：{DR}  日期：{D}\n",
            "高血压随访：老{PS}（{P}），{AGE}岁，血压{BP}，腊肉和酸汤吃得多；孙子电话{M}；随访{N}\n",
            "[微信群 高冲镇家庭医生群]\n{F}：{DS}医生，我阿婆今天血压{BP}\n{DR}：药吃了没得？下午来你家\n{F}：吃了，要得，电话{M}\n",
            "签约居民名册（乌岜村）\n1 {MN} {ID} 高血压\n2 {NM} {ID} 糖尿病\n3 {P} {ID} 残疾人\n团队医生：{DR}  电话：{L}\n",
            "家庭医生上门：{PS}老师（{P}），{AGE}岁，退休教师，脑梗后卧床，寨上人叫他{PG}；儿子{F}在佛山，电话{M}；签约医生{DR}\n",
            "【榕溪市人民医院】{P}您好，您的高血压复诊时间为{D}，门诊号{R}，咨询请拨{L}。\n",
            // Left-behind children and school nutrition.
            "留守儿童健康检查表（摆榜乡中心小学）\n姓名：{NC}\n出生年月：{DOBS}\n监护人：{F}（祖母）\n父母外出地：广东东莞\n"
                    + "身高125cm 体重22kg 贫血\n联系电话：{M}\n检查医生：{N}\n",
            "学籍信息导出\n学生姓名,出生日期,身份证号,监护人,联系电话\n{NC},{DOBS},{ID},{F},{M}\n{NC},{DOBS},{ID},{N},{M}\n",
            "[语音留言] 老师 我是{NC}的奶奶 娃儿发烧两天了 他爸妈在浙江 电话打不通 我们在{A0} 我电话{MV}\n",
            "留守儿童营养改善计划 体检汇总\n| 姓名 | 出生年月 | 血红蛋白 | 监护人 | 电话 |\n|---|---|---|---|---|\n"
                    + "| {NC} | {DOBS} | 102g/L | {F} | {M} |\n| {NC} | {DOBS} | 118g/L | {N} | {L} |\n",
            "Left-behind children survey (NGO)\nChild: {NC}, born {DOBS}\nCarer: grandmother {F}\n"
                    + "Parents working in Dongguan; father {P}, {M}\nInterviewer: {E}\n",
            "【摆榜乡中心小学】{NC}家长您好，孩子（{DOBS}出生）营养餐体检显示轻度贫血，请联系校医{N}，电话{L}。\n",
            "预防接种：{NC}（{F}之子），{NB}出生，今日补种麻腮风疫苗，批号202406M118；接种员{N}；家长手机{M}\n",
            "[微信 班主任]\n{N}：{NC}奶奶，娃娃今天在学校流鼻血\n{F}：要得，我这就来接\n{N}：他爸爸电话{M}打不通\n",
            "学生营养餐食堂腹泻排查：{NC}等6名学生腹泻；食堂负责人{N}，电话{M}；校长{DS}；报告{DR}\n",
            "学生体质监测导出\n姓名\t班级\t出生年月\t监护人\n{NC}\t四（2）班\t{DOBS}\t{F}\n{NC}\t五（1）班\t{DOBS}\t{N}\n",
            // Tuberculosis.
            "肺结核患者登记：{P}，{SEX}，{AGE}岁，从浙江返乡，痰涂片阳性；登记号{R}；督导员{N}；家属{F}，电话{M}\n",
            "结核病督导服药卡\n患者 {MN}\n已服 异烟肼＋利福平 第{AGE}天\n督导村医 {N}\n村卫生室电话 {L}\n",
            "[语音转文字] 医生 我是{NM} 我阿妈吃结核药以后眼睛发黄 饭都不想吃 我们在{A0} 电话{MV}\n",
            "学校结核病接触者筛查：{NC}，{NB}出生，PPD强阳性；班主任{N}；家长{F}，电话{M}；学校：雷岭县民族中学\n",
            "TB contact tracing, relocation site\nIndex case: {P} (MRN {R})\nContacts: {MN}, {NM}\nAddress: {A}\n"
                    + "Tracer: {E}\n",
            // HIV.
            "艾滋病随访（保密）：编号HIV-RX-0387，{P}，{AGE}岁，在外务工期间感染，CD4 412；随访医生{DR}；本人电话{M}\n",
            "抗病毒治疗登记：{MN}，身份证{ID}，治疗号ART-2406-118；病毒载量<20 copies/ml；随访护士小{DS}\n",
            "艾滋病随访卡（保密）\n随访对象：{P}\n出生日期：{DOBC}\n病毒载量：未检出\n同伴教育员：{N}\n"
                    + "电话：{M}\n",
            // The high-speed-rail construction camp.
            "榕雷高铁三标项目部工地医务室 外伤登记\n{P} 钢筋划伤右手 {M}\n{N} 石头砸伤脚背 {M}\n{PK} 高处坠落 {L}\n值班：{DR}\n",
            "工伤认定材料：{P}，身份证{ID}，隧道掘进时左小腿开放性骨折；工资卡{B}；项目部劳资员{N}经办；{FS}工长签字\n",
            "[语音留言] 喂 医务室吗 我是二工区的{F} {PS}工长遭钢管砸到脑壳了 流了好多血 我们在{A0} 电话{MV}\n",
            "Construction site injury report\nWorker: {P}\nDOB: {DOB}\nID: {ID}\nCrush injury, left hand, tunnel "
                    + "section DK128+350\nSite doctor: {DR}\nForeman: {N}, {M}\n",
            "工地体检名册（榕雷高铁三标）\n姓名,身份证号,工种,手机\n{P},{ID},风钻工,{M}\n{N},{ID},钢筋工,{M}\n",
            "中暑：{P}，{AGE}岁，四川来的钢筋工，在桥墩上作业时晕倒；住{A}；工友{PK}送来；项目部电话{L}\n",
            "[微信群 二工区安全群]\n{N}：{PK}在隧道口崴了脚\n{DR}：先冰敷，下午拍片\n{N}：好，他电话{M}，车牌贵H·5K207\n",
            "{\"工人\":\"{P}\",\"身份证号\":\"{ID}\",\"工伤保险号\":\"{I}\",\"工资卡\":\"{B}\",\"工区\":\"二工区\"}\n",
            // Maternal health and home births.
            "孕产妇保健手册\n孕妇：{MN}  出生日期：{DOB}\n丈夫：{NM}\n住址：{A}\n高危因素：第三胎，Hb 95g/L\n建册医生：{N}\n",
            "家中分娩补报：产妇{MN}在寨上家中分娩，新生儿男，{NB}出生；接生人{NM}（婆婆）；村医{N}到场；"
                    + "卫生院院长{DS}要求补登；丈夫电话{M}\n",
            "高危孕妇转诊：{MN}，孕34周，子痫前期；由高冲镇卫生院转榕溪市人民医院；翻译{NM}；丈夫电话{M}；转诊医生{DR}\n",
            "新生儿访视：{NM}之女，{NB}出生，体重3000g，脐带已脱落；访视村医{N}；住{A0}\n",
            "[语音转文字] 医生 我老婆{MN}在屋头生了 血流得多 人莫得力气了 我们在{A0} 快来 我是{NM} 电话{MV}\n",
            "Home birth follow-up (NGO midwife)\nMother: {ML}\nDOB: {DOBE}\nBaby born {NB} at home in a hillside "
                    + "village, 2.9 kg\nMidwife: {E}\nVillage doctor: {N}, {M}\n",
            "出生医学证明补办：新生儿{NC}，{NB}出生在寨上；母亲{P}，身份证{ID}；父亲{F}；联系电话{M}\n",
            "产后访视：{P}，产后第7天，母乳喂养，月子里吃甜酒鸡蛋；婆婆{F}陪护；访视医生小{DS}；电话{M}\n",
            "侗寨患儿{MN}，{AGE}岁，发热抽搐；由母亲乃{LG}背来卫生院，父亲补{LG}在广东打工，电话{M}；接诊{DR}\n",
            // Miao and Dong medicine.
            "榕溪市苗医药医院 门诊病历\n姓名：{MN}  性别：{SEX}\n出生日期：{DOBL}\n苗医诊断：冷骨风\n处方：苗药外敷、药酒\n"
                    + "苗医：{NM}\n",
            "苗药熏蒸登记：{MN}，腰腿痛，熏蒸第3天；医保号{I}；主治苗医{NM}；陪护{NM}\n",
            "[语音转文字] 补{LG}啊 我是卫生院的{N} 你家{LG}的化验单出来了 要来复查 米酒先莫喝 电话{L}\n",
            "侗医骨伤登记：{MN}，从杉树上摔下致右前臂骨折，先由侗医{NM}用杉树皮夹板固定；X线对位可；住院号{R}；经治{DS}主任\n",
            "Miao medicine research interview\nInformant: {ML}, Miao healer, born {DOBL}\nInterpreter: {N}\n"
                    + "Remedy: external poultice for bone-setting\nResearcher: {E}\n",
            // Referrals, telemedicine, discharge summaries and handovers.
            "远程会诊申请单\n申请医院：雷岭县人民医院\n患者：{P}  住院号：{R}\n出生日期：{DOB}\n会诊目的：肺部阴影性质\n"
                    + "申请医生：{DR}  电话：{L}\n",
            "双向转诊单：患者{P}，{AGE}岁，身份证{ID}，由高冲镇卫生院转雷岭县人民医院；接收医生{N}；家属{F}，{M}\n",
            "Telemedicine consult note\nPatient: {P}, {AGE} y\nDOB: {DOBC}\nReferring site: Gaochong Township Health "
                    + "Centre\nConsultant: Dr {ES}\nCallback: {L}\n",
            "跨省转诊：{P}，{AGE}岁，湘西人，车祸多发伤，经怀化转入榕溪市人民医院；身份证{ID}；家属{F}，{M}\n",
            "出院小结（神经外科）\n患者：{P}  住院号：{R}\n出院诊断：高处坠落致硬膜下血肿\n出院带药：{DRUG}{DOSE}\n复诊：{D}\n"
                    + "经治医师：{DR}\n",
            "护理交班：3床{P}，矽肺合并感染，SpO2 88%；5床{MN}，烙铁头咬伤；7床{N}，野生菌中毒；值班{N}，接班{N}\n",
            "护理交班：护士长{DS}带队查房；2床{MN}，产后出血；4床{P}，隧道落石伤；6床{NM}，漆疮；值班护士{N}\n",
            "[口述录音整理] 这个是{DR}口述 病人{MN} {AGE}岁 苗族 种稻子的 {SYM}{DUR} 病史由她女儿{NM}提供 完\n",
            "DISCHARGE SUMMARY - Rongxi People's Hospital\nName: {E}   MRN: {R}   DOB: {DOBE}\n"
                    + "Dx: amatoxin mushroom poisoning, recovered\nAdvice: liver function in 2 weeks\nSigned: Dr {ES}\n",
            // The relocation new town.
            "易地扶贫搬迁安置点 健康档案\n户主：{P}\n身份证号：{ID}\n原住址：{A}\n安置地址：{A}\n家庭成员：{F}、{NC}\n"
                    + "责任医生：{DR}\n",
            "[微信群 云岭新区安置点服务群]\n{N}：12栋那个{PS}嬢嬢又头晕了\n{DR}：叫她下楼来站里量血压\n{N}：要得，她电话{M}\n",
            "【云岭新区安置点卫生服务站】{P}您好，您家已签约家庭医生{DR}，医保号{I}，有事请拨{L}。\n",
            "安置点慢病名单\n户主\t出生\t电话\t病情\n{P}\t{DOBC}\t{M}\t高血压\n{MN}\t{DOBC}\t{L}\t糖尿病\n",
            // Voice notes in the south-western Mandarin of Guizhou and Xiangxi.
            "[语音留言] 医生 我是{P} 我的出生日期应该是{DOB} 体检表写错了 啷个改嘛 电话{MV}\n",
            "[语音转文字] 喂 {DS}医生 我是{P} 我奶奶的老历生日是{DOBL} 身份证上写错了 你帮忙改一下哈 叫我{PG}就要得\n",
            "[语音留言] 我是{PK} 工地上的 {PS}工长脑壳痛得恼火 吐了两回 我们在{A0} 电话{M}\n",
            "[语音转文字] 医生 么子情况嘛 我屋头{P}喝了米酒骑摩托在田坎上摔了 脑壳流血 我们在{A} 我是{F} 电话{MV}\n",
            "[语音留言] {LG}啊 我是卫生院的{N} 你的痰检结果出来了 莫得结核 星期一来拿 我电话{L}\n",
            "[语音转文字] 我是{P} 我阿爸要去贵阳做手术 他的身份证{ID} 住{A}\n",
            "[语音留言] 乃{LG} 我是村医{N} 你家娃娃的疫苗星期六打 记得带接种本 我电话{MV}\n",
            "[语音转文字] 老{PS} 我是{F} 你的化验单出来了 血红蛋白78 要输血 星期三来 电话{MV}\n",
            "[语音留言] {DS}嬢嬢 我是{F} 我阿妈的身份证号是{ID} 出生是{DOB} 麻烦你帮她挂个号\n",
            "[语音转文字] 医生 我是{NM} 我们寨子上的{MN}遭狗咬了 要打狂犬疫苗 我们在{A0} 电话{MV}\n",
            "[语音留言] 喂 {DS}医生 我是{P} 从浙江回来了 咳嗽咳了一个月 痰头有血丝 我住{A0} 电话{MV}\n",
            "[语音转文字] Hello doctor, this is {E}, my friend {E2} ate wild mushrooms in the village and keeps vomiting, "
                    + "we are at {A0}, my phone {M}\n",
            "[语音转文字] 我是{PK} 我们是从浙江回来的 我兄弟{P}咳了好久 痰里有血 我们住在{A0} 电话{MV}\n",
            // WeChat.
            "[微信 聊天记录]\n{F}：医生，我家老者{P}发烧，全身酸痛\n{DR}：最近去过哪里？先来抽血\n{F}：刚从广东回来，他电话{M}\n",
            "[微信群 高冲镇卫生院]\n{N}：乌岜寨{P}又摔了\n{DR}：叫他来换药\n{N}：他电话{M}，住{A0}\n",
            "[微信 Volunteer teachers]\n{EG}: Is {NC} from grade 3 at your clinic?\n{DR}: 是的，发烧，已经退了\n"
                    + "{EG}: Thanks, her grandma's number is {M}\n",
            "[微信 聊天记录]\n{F}：{DS}医生，我家{MN}今天拉肚子\n{DR}：吃么子了？\n{F}：吃了酸汤鱼，她电话{M}\n",
            // OCR'd forms.
            "[OCR] 尘 肺 病 诊 断 证 明 书\n姓 名 {PO}\n出生 日期 {DOB}\n身份 证号 {ID}\n",
            "[OCR] 孕 产 妇 保 健 手 册 孕妇 {LO} 孕周 28 医保 {I} 现住 {A} 丈夫 {NM}\n",
            "[OCR] 双 向 转 诊 单 患者 {PO} 转出 雷岭县人民医院 接收医生 {DR} 电话 {L}\n",
            "[OCR] 家 庭 医 生 签 约 服 务 协 议 乙方 {LO} 手机 {M} 住址 {A0} 团队 摆榜乡卫生院\n",
            "[OCR] 出 生 医 学 证 明\n新生儿 {NC}\n出生 时间 {NB}\n出生 地点 高冲镇卫生院\n母亲 {PO}\n父亲 {F}\n",
            "[OCR] 留 守 儿 童 登 记 表 姓名 {NC} 出生 年月 {DOBS} 监护人 {PO} 电话 {M}\n",
            "[OCR] 蛇 伤 登 记 卡 姓名 {LO} 出生 {DOBL} 咬伤 部位 左足 电话 {M}\n",
            "[OCR] 工 伤 报 告 单\n姓 名 {PO}\n工 区 二工区\n身份 证 {ID}\n银行 卡 {B}\n",
            "[OCR] HEALTH CERTIFICATE, RAIL PROJECT\nName {E}\nDate of birth {DOBE}\nEmployer phone {L}\n",
            // Tables.
            "| 床号 | 姓名 | 住院号 | 诊断 | 责任护士 |\n|---|---|---|---|---|\n| 3 | {P} | {R} | 矽肺贰期 | {N} |\n"
                    + "| 5 | {MN} | {R} | 烙铁头咬伤 | {N} |\n",
            "姓名|身份证|医保号|紧急联系人|关系\n{P}|{ID}|{I}|{F}|{KIN}\n{NM}|{ID}|{I}|{N}|女儿\n",
            "工号\t姓名\t工种\t工资卡\nRL3-0417\t{P}\t风钻工\t{B}\nRL3-0522\t{N}\t司机\t{B}\n",
            "序号,户主,出生年月,手机号码,安置地址,搬迁前住址\n1,{MN},{DOB},{M},{A},{A0}\n2,{P},{DOB},{L},{A},{A0}\n",
            "| 车牌 | 司机 | 电话 | 事由 | 处置 |\n|---|---|---|---|---|\n| 贵H·3K218 | {P} | {M} | 中暑 | 补液 |\n"
                    + "| 湘U·5M217 | {N} | {M} | 擦伤 | 包扎 |\n",
            "姓名,民族,出生日期,住址\n{P},土家族,{DOB},{A}\n{MN},苗族,{DOB},{A0}\n{NM},侗族,{DOB},{A}\n{N},水族,{DOB},{A0}\n",
            "| 姓名 | 出生日期 | 老历生日 | 电话 |\n|---|---|---|---|\n| {P} | {DOB} | {DOBL} | {M} |\n"
                    + "| {MN} | {DOB} | {DOBL} | {L} |\n",
            "name\tethnicity\tborn\tphone\n{ML}\tMiao\t{DOBC}\t{M}\n{E}\tUK\t{DOBE}\t{M}\n{P}\tTujia\t{DOBC}\t{L}\n",
            // JSON exports.
            "{\"姓名\":\"{P}\",\"证件号\":\"{ID}\",\"联系电话\":\"{M}\",\"档案号\":\"{R}\",\"尘肺分期\":\"贰期\"}\n",
            "{\"name\":\"{ML}\",\"dob\":\"{DOBC}\",\"phone\":\"{M}\",\"address\":\"{A}\",\"ethnicity\":\"Miao\"}\n",
            "{\"留守儿童\":\"{NC}\",\"出生年月\":\"{DOBS}\",\"监护人\":\"{F}\",\"监护人电话\":\"{M}\",\"学校\":\"摆榜乡中心小学\"}\n",
            "{\"产妇\":\"{MN}\",\"丈夫\":{\"姓名\":\"{NM}\",\"电话\":\"{M}\"},\"新生儿出生\":\"{NB}\",\"分娩地点\":\"家中\",\"住院号\":\"{R}\"}\n",
            "{\"patient\":\"{E}\",\"dob\":\"{DOBE}\",\"phone\":\"{M}\",\"ward\":\"toxicology\",\"interpreter\":\"{N}\"}\n",
            // HL7-like segments.
            "MSH|^~\\&|RXLIS|RXRMYY|||20240612101500||ORU^R01|MSG24612|P|2.4\n"
                    + "PID|1||{R}^^^RXRMYY^MR||{P}||{DOBC}|{SEX}|||{A}||{M}\nOBX|1|NM|ALT^Alanine aminotransferase||1860|U/L\n",
            "PID|1||{R}||{ML}||{DOBC}|F|||{A}||{M}\n",
            "PID|1||{R}^^^LLXRMYY^MR||{P}||{DOBC}|M|||{A}^^^^^CHN||{L}|||||{ID}\nIN1|1|GZYB|{I}\n",
            "PV1|1|I|ZYB^12||||{DR}\nPID|1||{R}||{MN}||{DOBC}|F\n",
            // SMS.
            "【雷岭县人民医院】{N}您好，您的家属{P}已转入ICU，请尽快联系{DS}主任，电话{L}。\n",
            "【高冲镇卫生院】{LG}您好，您的高血压随访时间为{D}，请带医保卡{I}。\n",
            "【榕溪市医疗保障局】{P}，您的尘肺病救助金已核定，将转入账户{B}。咨询热线12345。\n",
            "【榕雷高铁三标项目部】{PS}师傅您好，您的工伤换药时间为星期六上午，电话{L}。\n",
            "【Rongxi People's Hospital】Dear {E}, your liver function test after mushroom poisoning is booked. MRN {R}. "
                    + "Tel {L}.\n",
            "【榕溪市妇幼保健院】{MN}您好，您的产前筛查结果已出，请{D}来取，电话{L}。\n",
            "【榕溪市疾控中心】{P}，您的结核病密切接触者筛查已完成，标本号TB2406187。如咳嗽请拨{L}。\n",
            // E-mails.
            "主题：尘肺病患者{P}情况\n收件人：{N}（省职业病防治院）\n正文：{N}您好，患者{PG}（身份证{ID}）于{D}行大容量肺灌洗，"
                    + "住院号{R}。主治医师{DR}，电话{L}\n",
            "Subject: Volunteer teachers' health checks, Baibang\nDear Dr {ES},\nAttached are the results for {E} "
                    + "(born {DOBE}) and {E2}. Team leader: {EG}, {M}.\nBest, {EG}\n",
            "Subject: Records for my grandmother\nDear doctor,\nMy grandmother {MN} (born {DOBL}) is in Rongxi People's "
                    + "Hospital. I am her grandson {P}, working in Foshan, tel {M}, address {A}.\nThank you\n",
            "主题：工地伤员住院费用\n正文：项目部劳资员{N}同意为{P}垫付住院费，病案号{R}，付款账户{B}；家属{F}已电话告知（{M}）\n",
            "Subject: Miao medicine fieldwork\nDear {EG},\n{E} and {E2} arrive on {D} to interview healers in Leishan. "
                    + "Their local contact {ML} is on {M}.\nCheers,\n{EG}\n",
            "主题：留守儿童{NC}的转学健康证明\n{F}您好：{NC}（{DOBS}出生）的体检已完成，请到校医室领取。摆榜乡中心小学校医{N}，电话{L}\n",
            // Diet, festivals and everyday words.
            "出院饮食指导：{P}，2型糖尿病，酸汤鱼、糯米饭、油茶少吃，腊肉、腌鱼少吃，刺梨汁不加糖，龙胆草泡酒莫喝；营养师{N}\n",
            "康复指导：{P}，陈旧性骨折，符合出院条件；杨梅少吃；不要上坡干重活；云南白药外用；有事联系{F}，电话{M}\n",
            "护理记录：{MN}，术后夜间疼痛，护士长{DS}查看；家属送来油茶和糯米粑；阿公、阿婆轮流陪护；苗年前出院\n",
            "义诊签到：苗族、侗族、水族、土家族群众参加；主讲{DR}；签到{N}、{N}、{NM}\n",
            "水族患者随访（三都）：{NM}，{AGE}岁，高血压；端节期间饮酒多；家属{NM}，电话{M}；随访{DR}；寨上的水书先生也来看望\n",
            "芦笙节意外：{P}，{AGE}岁，斗牛场围观时被牛撞伤右胸；住{A0}；随身卡片写着紧急联系人{F}，{M}；自驾来黔，车牌湘U·8Q901\n",
            "狂犬病暴露处置：{P}，{AGE}岁，被寨上的狗咬伤左小腿，Ⅲ级暴露；疫苗批号202405R033；身份证{ID}；家属{F}，{M}\n",
            "Rabies post-exposure, tourist in Fenghuang\nName: {E}\nDOB: {DOBE}\nBitten by a stray dog near the old town\n"
                    + "Vaccine lot 202405R033\nContact: {E2}, {M}\n",
            "鼓藏节期间食物中毒：{MN}家办酒，{AGE}人腹泻；寨老{NM}报告；村医{N}；村委会电话{L}\n",
            "恩施转诊：{P}，{AGE}岁，来凤县人，土家族，胃镜示胃角溃疡，病理待回，家属犹豫是否手术；门诊号{R}；医保号{I}；女儿{F}，{M}\n",
            "黔江病人：{P}，{AGE}岁，重庆黔江人，在雷岭县做生意，高血压急症，曾在瓮安做工；身份证{ID}；住{A}；家属{F}，{L}\n",
            "银行卡信息核对（救助金发放）\n户名：{P}\n卡号：{B}\n身份证号：{ID}\n开户行：农村信用社高冲分社\n经办：{N}\n",
            "村医工作日志（乌岜村卫生室）\n{D}  {P}  高血压随访  {M}\n{D}  {MN}  换药  {M}\n{D}  {PK}  感冒  {L}\n村医：{N}\n",
            "铜仁转诊：{MN}，{AGE}岁，松桃人，尘肺合并肺结核，麻醉科会诊后行支气管镜；身份证{ID}；住{A}；儿子{NM}，电话{M}；转出医生{DR}\n",
            "学生资助申请：{NC}，出生{DOBS}，父亲{P}因尘肺病丧失劳动能力，母亲{F}外出务工；资助款打入{B}；班主任{N}\n",
            "凤凰古城游客：{E}，{AGE}岁，英国籍，爬南华山时扭伤右踝；护照号533918274；向导{N}，电话{M}；接诊{DS}医生\n");

    // The surnames the Miao, Dong and Han of the Wuling mountains share, the Tujia, Miao, Dong and Shui surnames in Han
    // form, mid-frequency ones, given names of three generations; three surnames no earlier group used; word-like names.
    private static final List<String> CHINESE = List.of((""
            + "杨昌榜 杨通银 杨再发 杨秀碧 杨正芬 杨光耀 杨胜才 杨芝兰 杨仕勇 杨宗发 杨金榜 杨银花 杨朝富 杨建榜 杨梦瑶 "
            + "杨紫涵 杨沐阳 杨一航 杨芷若 石岩 杨胜 杨艳碧 "
            + "吴通榜 吴培贤 吴正芝 吴成榜 吴秀珍 吴光培 吴永仙 吴德政 吴运发 吴满妹 吴子豪 吴诗琪 吴锦航 吴淼 吴秀仙 吴开富 "
            + "吴香兰 吴再学 "
            + "龙再昌 龙光培 龙秀芝 龙宗富 龙启明 龙金翠 龙通贵 龙云芳 龙梓航 龙思妤 龙潭 龙德培 龙银香 龙运兰 "
            + "石昌贵 石秀珍 石光富 石正权 石银花 石启发 石开榜 石宇航 石岚 石仁芬 石志远 石满仙 "
            + "王昌富 王秀碧 王正学 王银仙 王启荣 王诗妍 王筠 王宗贵 王德芝 王仕林 "
            + "张绍发 张秀琼 张正权 张启芬 张沐泽 张翼 张开运 张银妹 "
            + "李昌明 李秀仙 李正邦 李光碧 李芷涵 李世富 李运芳 李茂松 "
            + "刘昌林 刘秀琼 刘正发 刘沐辰 刘启富 刘银凤 "
            + "陈昌运 陈秀碧 陈仕学 陈芊语 陈正芝 陈开银 "
            + "田茂秀 田宗武 田景富 田维新 田秀芝 向往 田沐瑶 田光榜 田振远 "
            + "向宗贵 向茂林 向满英 向梓豪 向昌碧 "
            + "彭宗武 彭茂芝 彭秀珍 彭启航 彭诗雨 "
            + "谭家富 谭茂秀 谭银香 谭子航 "
            + "麻昌富 麻秀英 麻正德 麻沐晨 "
            + "欧昌明 欧秀仙 欧正芬 "
            + "滕昌贵 滕秀碧 滕启英 "
            + "粟培芝 粟宗林 粟银花 "
            + "姚昌运 姚秀碧 姚启芬 "
            + "潘光榜 潘秀仙 潘正贵 潘芷涵 "
            + "韦昌林 韦秀珍 韦启武 "
            + "蒙昌富 蒙秀芝 蒙启贤 "
            + "罗昌贵 罗秀仙 罗正学 黄启芬 黄茂林 周宗富 周银花 赵正芳 赵昌武 胡秀碧 邓昌学 邓秀琼 何正芝 唐启富 曾宪培 "
            + "蒋秀仙 舒昌明 秦茂芝 "
            + "犹昌富 犹秀芝 犹正学 芶启明 芶秀仙 瓮昌林 瓮秀珍 "
            ).strip().split("\\s+"));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("杨紫涵 杨沐阳 杨一航 杨芷若 吴子豪 吴诗琪 吴锦航 龙梓航 龙思妤 "
            + "石宇航 王诗妍 张沐泽 李芷涵 刘沐辰 陈芊语 田沐瑶 向梓豪 彭诗雨 谭子航 麻沐晨 潘芷涵").split(" "));
    /** The surnames no earlier blind group gave anyone: 犹 of Chongqing and Guizhou families, 芶 and 瓮 of Guizhou. */
    static final String RARE_SURNAMES = "犹芶瓮";
    /** Pool names that are also ordinary words: a dragon pool, longing, a rock. */
    static final List<String> WORD_LIKE = List.of("龙潭", "向往", "石岩");
    /**
     * Miao patronymic linked names without a Han surname, the child's own name before the father's (and, in three
     * characters, the grandfather's), each with its Latin form in the Miao orthography of Qiandongnan: Chinese|Latin.
     */
    private static final List<String> LINKED = List.of("略往|Lieb Vangx", "勾巴|Ghob Bas", "九里|Jux Lil",
            "耶秀|Yel Xiud", "往勾|Vangx Ghob", "当九|Dangt Jux", "翁略|Ongd Lieb", "务榜|Wus Bangx", "香耶|Xangd Yel",
            "榜略|Bangx Lieb", "保往|Baob Vangx", "略九|Lieb Jux", "耶当|Yel Dangt", "九保|Jux Baob", "勾翁|Ghob Ongd",
            "仰略|Niangx Lieb", "仰耶|Niangx Yel", "耶略往|Yel Lieb Vangx", "略保当|Lieb Baob Dangt",
            "九香耶|Jux Xangd Yel", "务略九|Wus Lieb Jux", "榜九勾|Bangx Jux Ghob", "当勾巴|Dangt Ghob Bas",
            "翁九略|Ongd Jux Lieb", "金保往|Jenb Baob Vangx", "银略当|Nenx Lieb Dangt");
    /**
     * Miao linked names after a surname taken at school, Dong names (吴, 杨, 石, 龙, 粟, 姚), Shui names (蒙, 韦, 潘),
     * Yao (盘) and Buyi (班, 岑) names: a surname and a given name of two characters.
     */
    private static final List<String> SURNAMED = List.of((""
            + "杨勾略 吴九当 龙耶榜 石略保 麻往九 田当耶 王略香 张务往 潘耶勾 韦榜九 欧保略 滕翁耶 "
            + "吴银练 吴岩培 杨岩贯 杨美銮 石岩勉 石美仙 龙岩松 龙美朵 粟岩信 粟美娥 姚岩恩 姚美练 "
            + "蒙熙榜 蒙阿珍 蒙友芝 韦阿荣 韦熙香 潘阿旺 潘友贤 蒙正翁 "
            + "盘桂仙 盘满妹 班秀芝 岑银芬 班阿六 "
            ).strip().split("\\s+"));
    private static final List<String> MINORITY = Stream.concat(LINKED.stream().map(e -> e.split("\\|")[0]),
            SURNAMED.stream()).toList();
    /** Nicknames of workers, miners and villagers, labelled as names. */
    private static final List<String> NICKNAMES = List.of("老广东", "钢筋哥", "隧道佬", "酸汤哥", "芦笙王", "斗牛哥",
            "老风钻", "背篓妹", "刺梨妹", "矿哥");
    // given|family: volunteer teachers, NGO midwives and doctors, Miao-medicine researchers and tourists from Scotland,
    // England, Cornwall, Ireland, France, Belgium, the Netherlands, Norway, Sweden, Iceland, Denmark, Poland, Germany,
    // Austria, Italy, Czechia, Croatia, the Basque Country, Mexico, the United States, Japan and Nigeria.
    private static final List<String> ENGLISH = List.of((""
            + "Elspeth|Rattray Caspian|Barraclough Hiroki|Kuribayashi Mirela|Vukadin Jolien|Dewaele "
            + "Bastiaan|Hoogendoorn Cosima|Stolzenberg Ingeborg|Solhaug Lowenna|Treharne Eulalia|Arizmendi "
            + "Leofric|Culshaw Ciaran|McGuigan Aurelie|Kerjean Sidonie|Lachapelle Liesel|Wetterberg Fredrik|Sundqvist "
            + "Agnetha|Berggren Wiktor|Ozimek Jadwiga|Brzezinska Oldrich|Kratochvil Amaia|Agirre Chidera|Okonedo "
            + "Folake|Adebayo Tunde|Oyelowo Magnhild|Bjornstad Brynjar|Ekdahl Ulrika|Hammarby Gisele|Beaudoin "
            + "Hedwig|Pospisil Rainier|Kittredge Bettina|Zanetti Manfred|Jelinek Signe|Ostergaard Honorine|Strathdee "
            ).strip().split("\\s+"));
    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Kaili and the counties of Qiandongnan, Duyun and
     * Qiannan's counties, the old Tongren prefecture (5222), Xiangxi and Enshi.
     */
    private static final List<String> LEGACY_AREA = List.of("522601", "522631", "522632", "522633", "522634", "522635",
            "522701", "522732", "522726", "522201", "522225", "522229", "433101", "433123", "433124", "433130",
            "422801", "422802", "422826", "422827");
    /**
     * Area codes for 18-digit numbers: the Tongren city of 2011 (5206), Chongqing's Qianjiang district (2000) and its
     * autonomous counties, Huaihua's district and Miao and Dong counties, more counties of Qiandongnan, Qiannan,
     * Xiangxi and Enshi, and the codes of {@link #LEGACY_AREA}.
     */
    private static final List<String> AREA = Stream.concat(Stream.of("520602", "520603", "520621", "520622", "520627",
            "520628", "500114", "500241", "500242", "500243", "431202", "431226", "431228", "431229", "431230",
            "522622", "522628", "522636", "522702", "522727", "522731", "433125", "433126", "433127", "422822",
            "422825", "422828"), LEGACY_AREA.stream()).toList();
    /** Seven local digits on the prefectures' codes, eight on 023 Chongqing. */
    private static final List<String> LANDLINE_AREAS = List.of("0855", "0855", "0854", "0856", "0743", "0745", "0718",
            "023");
    private static final List<String> BANK_BINS = List.of("622848", "621799", "623668", "621700", "622827", "625826");
    /** Province|city or county|streets. */
    private static final List<String> CITY_STREETS = List.of(
            "贵州省|榕溪市|鼓楼大道,苗岭西路,清溪路,芦笙场路",
            "贵州省|凯里市|北京东路,营盘西路,文化北路",
            "贵州省|都匀市|剑江中路,斗篷山路",
            "贵州省|铜仁市|碧江区锦江大道,万山区仁山街",
            "湖南省|吉首市|人民北路,乾州世纪大道",
            "湖南省|怀化市|鹤城区迎丰西路",
            "湖北省|恩施市|施州大道,航空大道",
            "重庆市|黔江区|城西街道新华大道");
    private static final List<String> ESTATES = List.of("苗岭花园", "清溪苑", "鼓楼小区", "锦江华府", "凤栖家园",
            "武陵山庄");
    /** Province|county|relocation sites. */
    private static final List<String> RELOCATION = List.of("贵州省|榕溪市|云岭新区安置点,望山社区安置点",
            "贵州省|雷岭县|枫香坪安置点,城东安置点", "贵州省|从江县|丙妹镇东城安置点", "贵州省|三都水族自治县|凤羽安置点");
    /** Province|county|towns|villages|寨. */
    private static final List<String> VILLAGES = List.of(
            "贵州省|雷岭县|摆榜乡,高冲镇|乌岜村,岜歹村|乌岜寨,岜歹上寨,岜歹下寨",
            "贵州省|雷山县|望丰乡,大塘镇|排卡村,新桥村|排卡寨,也蒙寨",
            "贵州省|从江县|加勉乡,西山镇|党扭村,拱孖村|党扭寨,拱孖寨",
            "贵州省|黎平县|岩溪镇,高寨乡|纪岩村,平榜村|纪岩上寨,平榜寨",
            "贵州省|三都水族自治县|九阡镇,周覃镇|水各村,板告村|水各寨,板告寨",
            "贵州省|松桃苗族自治县|盘信镇,长兴堡镇|两河村,木树村|木树寨,两河寨",
            "湖南省|花垣县|双龙镇,排碧乡|排料村,金龙村|排料寨,金龙寨",
            "湖南省|凤凰县|山江镇,腊尔山镇|夯卡村,禾排村|夯卡寨,禾排寨",
            "湖南省|通道侗族自治县|坪坦乡,双江镇|坪坦村,芋头村|坪坦寨,芋头寨",
            "湖北省|来凤县|百福司镇,漫水乡|舍米湖村,兴安村|舍米湖寨,兴安寨",
            "重庆市|酉阳土家族苗族自治县|后溪镇,酉水河镇|长潭村,河湾村|河湾寨,长潭寨");
    /** Province|city|factory districts where the migrant workers live in dormitories. */
    private static final List<String> FACTORIES = List.of("广东省|佛山市|南海区狮山镇,顺德区北滘镇",
            "广东省|东莞市|长安镇,虎门镇", "浙江省|温州市|瓯海区娄桥街道", "浙江省|义乌市|稠城街道");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    /** The lunar months as the calendar names them: 正月 … 十月, 冬月, 腊月. */
    private static final List<String> LUNAR_MONTHS = List.of("正", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "冬", "腊");
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private Blind32Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_32 || !templates.isEmpty() && BLIND_32.containsAll(templates);
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
     * The given name as used alone; a one-character given name is not: the full name is written. A Miao linked name
     * without a surname is used whole.
     */
    static String addressedGivenName(String name) {
        if (isLinked(name)) return name;
        String given = givenNameOf(name);
        return given.length() >= 2 ? given : name;
    }

    /** Whether the name is a Miao linked name without a Han surname. */
    static boolean isLinked(String name) {
        return LINKED.stream().anyMatch(e -> e.split("\\|")[0].equals(name));
    }

    /** Whether a value is a pool name as OCR breaks it: the pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    /** The record's minority patient (MN): a Miao, Dong, Shui, Yao or Buyi name. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** A further minority name. */
    static String anyMinorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** A Miao linked name in the Latin Miao orthography. */
    static String miaoLatin(RandomGenerator r) {
        return pick(LINKED, r).split("\\|")[1];
    }

    static String nickname(RandomGenerator r) {
        return pick(NICKNAMES, r);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || MINORITY.stream().anyMatch(n -> addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full, in any script or form (the Chinese form of a Miao name written in
     * Latin), or null when the value (a surname, a given name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : LINKED) {
            String[] p = e.split("\\|");
            if (p[1].equals(w)) return p[0];
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

    /** The Miao linked names as Chinese|Latin. */
    static List<String> linkedNames() {
        return LINKED;
    }

    /** The minority names with a surname. */
    static List<String> surnamedMinorityNames() {
        return SURNAMED;
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

    /** Every way the Miao linked names are written in Latin. */
    static Stream<String> scriptWritten() {
        return LINKED.stream().map(e -> e.split("\\|")[1]);
    }

    /** The Latin-script forms alone, as written. */
    static Stream<String> latinWritten() {
        return scriptWritten();
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

    /** A plain 18-character resident identity number with a valid check character, born 1930 to 2015. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1930, 86, r);
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

    private static String plainMobile(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
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
     * A landline: seven local digits on 0855, 0854, 0856, 0743, 0745 and 0718, eight on 023; 0855-8123456,
     * (0855)8123456, 0855 812 3456, 0855-8123456转806, +86 855 8123456.
     */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        int length = area.equals("023") ? 8 : 7;
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        int split = length - 4;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, split) + " " + local.substring(split);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * RX24031876 (inpatient, Rongxi), RXM2024031876 (outpatient), MYY24-03187 (Miao-medicine hospital), AZD2024-0387
     * (relocation-site clinic), a 17-digit health-archive number on an area code.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "RX" + (year % 100) + digits(6, r);
            case 1 -> "RXM" + year + digits(6, r);
            case 2 -> "MYY" + (year % 100) + "-" + digits(5, r);
            case 3 -> "AZD" + year + "-" + digits(4, r);
            default -> pick(AREA, r) + digits(11, r);
        };
    }

    /** Guizhou, Hunan, Hubei and Chongqing medical insurance with ten digits; the old rural co-operative with twelve. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "XNH" + digits(12, r);
            default -> List.of("GZYB", "GZYB", "HUNYB", "HBYB", "CQYB").get(r.nextInt(5)) + digits(10, r);
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

    /** Province (when asked), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        return (withProvince ? t[0] : "") + t[1] + pick(List.of(t[2].split(",")), r);
    }

    /**
     * An address: a city street with an estate and X栋X单元XXX室 or 5-2-301, a relocation site with X栋X单元XXX(室), a
     * village by 乡 or 镇 with 村 and 组 (and a house number), with 村 and 寨 (and a house number), or with a 寨 straight
     * under the 镇, the railway camp's 板房, a factory dormitory in Guangdong or Zhejiang; {@code partial} may stop at
     * the street, the 乡 or 镇, the 村, the 寨 or the 安置点.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r);
                case 1 -> {
                    String[] t = pick(VILLAGES, r).split("\\|");
                    String town = place(t, withProvince, r);
                    yield switch (r.nextInt(3)) {
                        case 0 -> town;
                        case 1 -> town + pick(List.of(t[3].split(",")), r);
                        default -> town + pick(List.of(t[4].split(",")), r);
                    };
                }
                case 2 -> place(pick(RELOCATION, r).split("\\|"), withProvince, r);
                default -> {
                    String[] t = pick(VILLAGES, r).split("\\|");
                    yield place(t, withProvince, r) + pick(List.of(t[3].split(",")), r)
                            + pick(List.of(t[4].split(",")), r);
                }
            };
        }
        return switch (r.nextInt(11)) {
            case 0, 1 -> {
                String street = place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300))
                        + "号" + pick(ESTATES, r);
                yield r.nextBoolean()
                        ? street + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(18)) + "0"
                                + (1 + r.nextInt(4)) + "室"
                        : street + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(4)) + "-" + (1 + r.nextInt(18)) + "0"
                                + (1 + r.nextInt(4));
            }
            case 2, 3 -> {
                String site = place(pick(RELOCATION, r).split("\\|"), withProvince, r) + (1 + r.nextInt(40)) + "栋"
                        + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(7)) + "0" + (1 + r.nextInt(4));
                yield r.nextBoolean() ? site : site + "室";
            }
            case 4, 5 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String v = place(t, withProvince, r) + pick(List.of(t[3].split(",")), r) + (1 + r.nextInt(12)) + "组";
                yield r.nextBoolean() ? v : v + (1 + r.nextInt(80)) + "号";
            }
            case 6, 7 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String v = place(t, withProvince, r) + pick(List.of(t[3].split(",")), r)
                        + pick(List.of(t[4].split(",")), r);
                yield r.nextBoolean() ? v : v + (1 + r.nextInt(90)) + "号";
            }
            case 8 -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                yield place(t, withProvince, r) + pick(List.of(t[4].split(",")), r) + (1 + r.nextInt(90)) + "号";
            }
            case 9 -> (withProvince ? "贵州省" : "") + "雷岭县高冲镇榕雷高铁三标"
                    + List.of("一", "二", "三").get(r.nextInt(3)) + "工区" + (1 + r.nextInt(40)) + "号板房";
            default -> place(pick(FACTORIES, r).split("\\|"), withProvince, r) + pick(List.of("工业区", "工业园"), r)
                    + (1 + r.nextInt(20)) + "栋宿舍" + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(9)) + "室";
        };
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

    /** A date of birth as exports write it: 19580623, 1930 to 2010. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1930 + r.nextInt(81), 1 + r.nextInt(12), 1 + r.nextInt(28));
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

    /** The day of a lunar month: 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        return d < 30 ? "廿" + NUMERALS.charAt(d - 20) : "三十";
    }

    /** The sexagenary name of a year: 1948 is 戊子. */
    static String ganzhi(int y) {
        return "" + STEMS.charAt(Math.floorMod(y - 4, 10)) + BRANCHES.charAt(Math.floorMod(y - 4, 12));
    }

    /**
     * A birthday as grandparents give it, 1930 to 1975: 农历1948年腊月初八, 农历戊子年冬月十二, 老历四八年八月十五, and for
     * those born before 1949 in the years of the Republic, 民国三十七年腊月初八.
     */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(46), m = 1 + r.nextInt(12), d = 1 + r.nextInt(30);
        String monthDay = LUNAR_MONTHS.get(m - 1) + "月" + lunarDay(d);
        int form = r.nextInt(4);
        if (form == 3 && y >= 1949) form = r.nextInt(3);
        return switch (form) {
            case 0 -> "农历" + y + "年" + monthDay;
            case 1 -> "农历" + ganzhi(y) + "年" + monthDay;
            case 2 -> "老历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + monthDay;
            default -> "民国" + IdentifierForms.chineseNumber(y - 1911) + "年" + monthDay;
        };
    }

    /** A pupil's date of birth as school registers write it, 2008 to 2019: 2013.09, 2013年09月, 201309, 2013/09/05. */
    static String schoolBirthDate(RandomGenerator r) {
        int y = 2008 + r.nextInt(12), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%d.%02d", y, m);
            case 1 -> String.format("%d年%02d月", y, m);
            case 2 -> String.format("%d%02d", y, m);
            default -> String.format("%d/%02d/%02d", y, m, d);
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
            case "LG" -> out.write(addressedGivenName(people[3]), EntityKind.NAME);
            case "LO" -> out.write(scannedName(anyMinorityName(random), random), EntityKind.NAME);
            case "ML" -> out.write(miaoLatin(random), EntityKind.NAME);
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
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBS" -> out.write(schoolBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

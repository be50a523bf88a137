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
 * Fifty-second blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_52}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: a reproductive-medicine and prenatal-genetics network in Sichuan and Chongqing, led by the
 * fictional tertiary 蜀都妇女儿童医院 in Chengdu (its 生殖中心, 新筛中心 and prenatal-diagnosis clinic) with county and district
 * maternal and child health hospitals (妇幼保健院 of Mianyang, Nanchong, Xiushan, Youyang, Liangshan and Ganzi) around it.
 * Couple files and identity checks of both spouses (夫妻双方身份核验), informed-consent pages signed by both, stimulation,
 * egg-retrieval and embryo-transfer notes, embryology reports, follow-up after transfer, antenatal booking, prenatal
 * screening and diagnosis (NIPT, amniocentesis, thalassaemia carrier tests of couples), genetic-counselling pedigrees
 * over three generations, newborn screening recalls (足跟血), haemophilia and rare-disease registry entries with factor
 * VIII dispensing, birth-certificate (出生医学证明) applications, billing and refunds, couples' WeChat chats with nurses, SMS
 * reminders, voice notes in Sichuan and Chongqing speech (啥子, 要得, 巴适, 摆龙门阵, 莫得, 晓得, 嗦, 老汉儿), OCR'd lab reports and
 * certificates, CSV, tab, pipe and markdown tables, JSON exports, e-mails, and English documents for overseas couples,
 * foreign spouses and visiting experts (about a seventh in English).
 *
 * <p>The people: wives (the patient, {@code P}) and husbands ({@code F}), their parents and grandparents in pedigrees,
 * newborns, doctors, embryologists, genetic counsellors and nurses ({@code N}: a further Chinese name), Tujia families
 * of south-eastern Chongqing, Yi families of Liangshan and Tibetan families of Ganzi, returnee couples who sign in
 * pinyin, foreign spouses and visiting experts. Sperm donors are anonymous: donor codes are not names.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, lists, English prose). A surname in a form of address
 * labels the surname only ({@code PS} the wife's, {@code FS} the husband's, {@code DS} the doctor's, {@code NS} a
 * further person's): 老X, 小X, X医生, X老师, X主任, X教授, X护士长, X孃孃, X姐, X哥, X先生, X女士. A given name used alone labels the
 * given name ({@code PG} the wife's, {@code FG} the husband's; a one-character given name is never used alone). A
 * Sichuan nickname ({@code PK}: 邓二娃, 冉老幺) names a person and is labelled whole. A newborn known by the mother's name
 * (X之子, X之女, X宝宝) labels the mother only. Kin words, titles and roles alone are not names: 老公, 老婆, 婆婆, 老汉儿, 孃孃,
 * 幺儿, 娃娃, 女方, 男方, 胚胎师, 遗传咨询师, 护士; nor are dialect words. An OCR'd name ({@code PO}) broken by a line break, a blank
 * after the surname, or a blank or ideographic blank between every character is one span. Yi women ({@code MN}: 吉克沙呷)
 * are written in characters, by the personal name used alone ({@code MG}: 沙呷) and in pinyin ({@code MY}: Jike Shaga);
 * {@code NM} is a Yi husband. Tibetan women of Ganzi ({@code TN}: 四郎翁姆, the one tied to the record's Yi woman) are
 * written in characters, by the part used alone ({@code TG}: 翁姆) and in the Latin spelling of their documents
 * ({@code TY}: Sonam Wangmo); {@code NT} is a Tibetan husband. Returnee couples sign in pinyin ({@code NY}: Yuxi Pu, PU
 * Yuxi, Pu Yuxi), labelled whole. Foreign spouses and experts ({@code E}, {@code E2}) are labelled whole, a family
 * name alone ({@code ES}) and a given name alone ({@code EG}) too; Dr and Nurse stay outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Chengdu 5101, Chongqing 5001 and 5002 (the Tujia counties), Mianyang 5107, Nanchong 5113, Ganzi 5133 and Liangshan
 * 5134; plain, with a lower-case x, 6-8-4 by blanks; 15-digit numbers of grandparents with a valid birth date), mobiles
 * ({@code M}: plain, 3-4-4 by blanks or hyphens, +86, +86 3-4-4; {@code MV}: spoken, 幺 or 一 for one, 零 for nought;
 * {@code MX}: overseas couples' numbers, +1 (626) …, +44 7…, +61 4…, +65 …, +49 15…), landlines ({@code L}: eight
 * digits on 028 Chengdu and 023 Chongqing, or eight digits without the code; seven on 0816 Mianyang, 0817 Nanchong and
 * 0834 Liangshan; an extension 转2217 stays outside), addresses ({@code A}: flats by road and number with N栋N单元N楼N号 or
 * N幢N单元NNN室, Chongqing's 附N号 with floor-room N-N, estates with N栋N单元NNN, villages of the Yi, Tibetan and Tujia counties
 * by 乡/镇, 村, 组; {@code A0}: stopping at the 街道, the road, its number, the town or the village; {@code AE}: in English,
 * Flat 502, Unit 2, Building 3, No. 12 Yulin North Road, Wuhou District, Chengdu), record numbers ({@code RZ}:
 * inpatient Z24031875; {@code RM}: outpatient card SDM + eight digits; {@code RC}: reproductive-centre couple file
 * SZ24-03187; {@code RH}: maternal health handbook 510107-2024-01873; {@code RX}: haemophilia registry HA51-00387),
 * insurance numbers ({@code I}: a social-security card number of a letter and eight digits, or a medical-insurance
 * personal number {@code IP} of a four-digit area code and eight digits), bank cards ({@code B}: 16 or 19 digits with a
 * valid Luhn digit, plain or in fours by blanks or hyphens), dates of birth ({@code DOB}: 1991年3月8日, 1991-03-08,
 * 1991.3.8, 1991/3/8, 一九九一年三月八日, 91年3月8号, 19910308; {@code DOBL}: lunar 农历1948年腊月初八, 阴历四八年冬月十五; {@code DOBE}: 8 March
 * 1991, Mar 8, 1991, 08 Mar 1991; {@code NB}: a newborn's, 2024年11月3日, 2024-11-03, 2024.11.3, 20241103; {@code NBE}: 3
 * November 2024, Nov 3, 2024). Not labelled: visit, retrieval, transfer, menstrual and due dates, ages, gestational
 * weeks, hormone and lab values, embryo grades, doses, amounts, cycle numbers, embryo and oocyte codes, frozen-sperm
 * and donor codes, marriage and divorce certificate numbers, birth-certificate numbers, sample and heel-prick card
 * numbers, factor lot numbers, pedigree IDs, passports, residence permits, licence plates, WeChat IDs, telephone
 * extensions, parking levels, hospitals and other organisations, kin words and roles, dialect words, and words
 * beginning with a pool surname (周期, 黄体, 谢谢, 母亲, 鲜红色, 敬请, 曾经; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind51Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * Sichuan and Chongqing clinic would look: 李, 王, 张, 刘, 陈 dominate, then 杨, 黄, 周, 吴, 罗, 何, 邓, 谢, 曾, the Tujia surnames
 * of south-eastern Chongqing ({@link #TUJIA}: 田, 向, 彭, 覃, 冉, 谭), the Sichuan surnames 蒲, 苟, 母, 税, 鲜, 敬, rare surnames
 * no earlier group gave anyone ({@link #RARE_SURNAMES}: 璩, 步, 越), names of couples born in the 1980s and 1990s and of
 * their parents, with word-like names ({@link #WORD_LIKE}: 冉冉, 鲜明, 敬业). {@link #MINORITY} holds the Yi and Tibetan
 * names, {@link #NICKNAMES} Sichuan nicknames, {@link #ENGLISH} foreign spouses and experts, {@link #PINYIN} returnee
 * couples. Any non-empty subset of {@link #BLIND_52} uses these pools (see {@link #uses}).
 */
final class Blind52Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270122L;

    static final List<String> BLIND_52 = List.of(
            // Couple files and identity checks of both spouses.
            "辅助生殖夫妻双方身份核验表\n女方：{P}  身份证号：{ID}\n男方：{F}  身份证号：{ID}\n结婚证字号：J510107-2019-004381\n"
                    + "核验方式：人脸识别+证件原件\n核验护士：{N}\n",
            "夫妻档案首页\n档案号：{RC}\n女方 {P}，{DOB}生，职业 小学教师\n男方 {F}，{DOB}生，职业 软件工程师\n现住址：{A}\n"
                    + "联系电话：女方{M}  男方{M}\n",
            "档案号,女方,男方,女方身份证,男方身份证,结婚证字号,联系电话\n{RC},{P},{F},{ID},{ID},J500103-2016-001275,{M}\n",
            "{\"coupleFileNo\":\"{RC}\",\"wife\":{\"name\":\"{P}\",\"idNo\":\"{ID}\",\"dob\":\"{DOB}\"},"
                    + "\"husband\":{\"name\":\"{F}\",\"idNo\":\"{ID}\",\"tel\":\"{M}\"},"
                    + "\"marriageCertNo\":\"J510104-2018-002317\",\"indication\":\"输卵管因素\"}\n",
            "[OCR] 结婚证\n持证人 {PO}\n登记日期 2019年05月20日\n结婚证字号 J510107-2019-004381\n身份证件号 {ID}\n",
            "[OCR] 居民身份证（复印件）\n姓名 {PO}\n性别 女  民族 汉\n出生 {DOB}\n住址 {A}\n公民身份号码 {ID}\n",
            "身份核验|女方{P}|{ID}|男方{F}|{ID}|指纹比对通过|核验人{N}|{D}\n",
            "取卵日双人核对：{TIME}，护士{N}与胚胎师{N}共同核对女方{P}（档案号{RC}）姓名、出生日期{DOB}，与男方{F}取精杯标签一致。\n",
            "男方{F}本次无法到场取精，已提前冷冻精液（冻精编号FS-2403-117，共3管），由女方{P}签字确认解冻使用；联系电话{M}\n",
            "再婚夫妇审核：{P}与前夫育有一子，现与{F}再婚，申请辅助生殖；离婚证字号L510106-2017-000812，"
                    + "结婚证字号J510106-2021-003304；审核医生{DR}\n",
            "[OCR] 辅助生殖病历首页\n姓 名 {PO}  民族 土家族\n档案号 {RC}\n籍贯 重庆酉阳\n配偶 {F}\n联系电话 {L}\n",
            "外籍配偶登记：{E}，英国籍，护照号541239877，外国人居留许可CDX2024117305；配偶{P}，身份证{ID}，电话{M}\n",
            "Couple registration (international patients)\nFemale partner: {P}\n"
                    + "Male partner: {E}, passport 534871269 (Australia)\n"
                    + "Marriage registered in Chengdu, 2021\nAddress in Chengdu: {AE}\nContact abroad: {MX}\n"
                    + "File no.: {RC}\n",
            "Subject: Documents for our IVF file\nDear Nurse {N},\nMy husband {E} and I will land in Chengdu on {D}. "
                    + "His passport (P4417823) and our marriage certificate are attached. My Chinese ID is {ID}.\n"
                    + "Best wishes,\n{NY}\n",
            "停车登记：{F}，车牌川A·7K2Q9，送妻子{P}来取卵，车停B2层；电话{M}\n",
            "添加随访护士微信：护士{N}，微信号shudu_ivf_nurse07；患者{P}已添加，备注档案号{RC}\n",
            // Informed consent signed by both spouses.
            "体外受精-胚胎移植知情同意书（签字页）\n女方签名：{P}  日期：{D}\n男方签名：{F}  日期：{D}\n谈话医生：{DR}\n见证护士：{N}\n",
            "胚胎冷冻保存知情同意：夫妻双方{P}、{F}同意将剩余D5囊胚2枚（胚胎编号EM240517-03、EM240517-05）冷冻保存，"
                    + "保存期3年，续费每年1200元；联系电话{M}\n",
            "[OCR] 卵胞浆内单精子注射(ICSI)知情同意书\n女方 {PO}\n男方 {F}\n身份证号 {ID}\n签字日期 {D}\n",
            "植入前遗传学检测(PGT-M)知情同意：夫妇{P}、{F}双方均为β地中海贫血携带者，已生育一重型地贫患儿；"
                    + "遗传咨询师{N}已解释误诊风险约1%；见证医生{DR}\n",
            "供精人工授精知情同意：男方{F}诊断为非梗阻性无精子症，夫妇同意使用四川省人类精子库供精（供精者编码SCSB-2023-0419），"
                    + "供精者身份对双方保密；女方{P}，身份证{ID}\n",
            "Informed consent, frozen embryo transfer\nFemale: {P}  Date of birth: {DOBE}\nMale: {E}\n"
                    + "Interpreter: {N}\nPhysician: {DR}\n",
            // Stimulation, egg retrieval and transfer.
            "取卵记录\n患者：{P}  档案号：{RC}\n周期编号：C2024-1187  方案：拮抗剂方案\nGn 225IU×10天，扳机日E2 2865pg/ml\n"
                    + "获卵12枚，MII 10枚\n术者：{DR}  胚胎师：{N}\n",
            "胚胎移植记录：{P}，{D}移植D5囊胚1枚（4AB），内膜9.8mm，A型；移植医生{DR}；胚胎师{N}核对夫妻姓名{P}/{F}无误\n",
            "| 胚胎编号 | 天数 | 评级 | 处置 |\n|---|---|---|---|\n| EM240517-01 | D3 | 8C-I | 移植 |\n"
                    + "| EM240517-03 | D5 | 4AB | 冷冻 |\n"
                    + "| EM240517-05 | D5 | 4BC | 冷冻 |\n女方：{P}  男方：{F}  胚胎师：{N}\n",
            "日期\t女方\t男方\t获卵数\t受精方式\t胚胎师\n{D}\t{P}\t{F}\t9\tICSI\t{N}\n",
            "促排监测：{P}，月经第8天，左侧优势卵泡18mm×3，右侧16mm×2，E2 1874pg/ml，LH 2.1IU/L；明晚{TIME}打夜针；主管{DS}医生\n",
            "黄体支持：{P}，移植后予黄体酮阴道缓释凝胶90mg qd、地屈孕酮10mg bid；{D}抽血查hCG；如阴道出血鲜红色请电话{L}转2217\n",
            "卵巢过度刺激综合征随访：{P}，取卵后第5天腹胀加重，腹水深度6.2cm，Hct 46%，收住院，住院号{RZ}；丈夫{F}陪护\n",
            "Embryology report\nCouple: {P} / {E}\nOocytes retrieved: 14, MII: 11\nFertilisation: ICSI, 2PN: 9\n"
                    + "Blastocysts frozen: 4 (EM240602-02, -04, -07, -08)\nEmbryologist: {N}\n",
            "冷冻胚胎复苏移植：{P}，档案号{RC}，解冻囊胚1枚存活，辅助孵化后移植；丈夫{FG}在外地出差，已电话（{M}）告知\n",
            "取精室登记：{F}，{TIME}取精，禁欲4天，精液量3.1ml，浓度42×10^6/ml，PR 38%；与女方{P}档案核对一致，登记护士{N}\n",
            "{\"cycleNo\":\"C2024-1187\",\"female\":\"{P}\",\"male\":\"{F}\",\"fileNo\":\"{RC}\","
                    + "\"protocol\":\"antagonist\","
                    + "\"oocytes\":12,\"mii\":10,\"embryologist\":\"{N}\",\"doctor\":\"{DR}\"}\n",
            // Pregnancy follow-up after transfer.
            "【蜀都妇儿生殖中心】{P}您好，请于{D}上午抽血查血hCG及孕酮，结果出来后护士会电话通知您。咨询电话{L}。\n",
            "移植后随访登记：{P}，{D}血hCG 1286mIU/ml，孕酮28ng/ml；{D}超声见宫内孕囊及胎心，单胎；随访护士{N}，电话{M}\n",
            "[微信 生殖中心随访群]\n护士{N}：{PS}姐，今天B超结果出来没有？\n{P}：出来了，看到胎心了！谢谢你们，{DS}老师！\n"
                    + "护士{N}：恭喜恭喜，孕8周再来复查一次\n",
            "妊娠结局随访表\n| 女方 | 移植日期 | 结局 | 分娩医院 | 随访人 |\n|---|---|---|---|---|\n"
                    + "| {P} | {D} | 足月单胎活产 | 绵阳市涪城区妇幼保健院 | {N} |\n| {N} | {D} | 生化妊娠 | — | {N} |\n",
            "Follow-up call after transfer\nPatient: {NY}\nPhone: {MX}\nhCG on day 12: 856 mIU/ml, repeat in 48 h\n"
                    + "Nurse: {N}\n",
            "早孕随访：{P}，孕7+2周，超声示宫内双胎妊娠（双绒双羊），建议减胎，本人及丈夫{F}拒绝，已签字；回当地建卡，住址{A}\n",
            "[语音转文字] 喂 {DS}老师嗦 我是{P} 就是上个月移植那个 今天早上有点见红 颜色不深 要不要紧哦 你给我回个电话嘛 {MV}\n",
            "孕产妇保健手册建档：{P}，孕12+3周，手册编号{RH}，NT 1.8mm；末次月经{D}，预产期{D}；丈夫{F}，电话{M}\n",
            "【重庆市妇幼保健院】{P}，您的孕产妇保健手册（编号{RH}）已建档，下次产检时间{D}，请带好手册和身份证。\n",
            // Prenatal screening and diagnosis.
            "无创产前基因检测(NIPT)报告\n受检者：{P}  孕周：16+2周\n样本编号：NIPT24-0831576\n结果：21、18、13号染色体低风险\n"
                    + "Z-score(21) 0.8\n报告医师：{DR}  审核：{N}\n",
            "{\"sampleNo\":\"NIPT24-0831576\",\"pregnant\":\"{P}\",\"idCard\":\"{ID}\",\"gestation\":\"16+2\","
                    + "\"result\":\"low risk\",\"phone\":\"{M}\",\"address\":\"{A}\"}\n",
            "羊膜腔穿刺术记录：{P}，孕19周，因NIPT提示21三体高风险行羊水穿刺，抽取羊水30ml，过程顺利；术者{DR}；"
                    + "核型及CNV-seq结果约3周后出，咨询电话{L}\n",
            "[OCR] 产前诊断申请单\n孕妇姓名 {PO}\n出生日期 {DOB}\n身份证 {ID}\n申请项目 羊水染色体核型分析\n送检医生 {DR}\n",
            "地中海贫血夫妇筛查：女方{P}，Hb 98g/L，MCV 68fL，MCH 21pg，HbA2 5.8%，提示β地贫携带；男方{F}，MCV 71fL，"
                    + "基因检测--SEA/αα；建议产前诊断；遗传咨询师{N}\n",
            "孕妇,身份证号,孕周,NIPT结果,送检单位,联系电话\n{P},{ID},13+5,低风险,南充市顺庆区妇幼保健院,{M}\n"
                    + "{N},{ID},15+1,T21高风险,绵阳市涪城区妇幼保健院,{M}\n",
            "产前诊断结果告知：{P}、{F}夫妇，胎儿羊水CNV-seq检出22q11.2微缺失（约2.5Mb），已告知预后，夫妇表示回家商量；"
                    + "随访电话{M}；咨询医生{DR}\n",
            "Prenatal diagnosis report (English copy requested)\nPatient: {P}, born {DOBE}\nHusband: {E}\n"
                    + "Amniocentesis at 18+4 weeks\nKaryotype: 46,XX, no abnormality detected\n"
                    + "Genetic counsellor: {N}\n",
            "[微信 地贫筛查随访]\n{DS}医生：{FS}先生，您的地贫基因结果出来了，是α地贫静止型携带，不要太担心\n{F}：好嘛，那我老婆那边呢？\n"
                    + "{DS}医生：她是正常的，娃娃不会是重型\n",
            "重采血通知：{P}，NIPT-plus原样本溶血，新样本编号NIPT24-0902214；报告快递至{A}，收件人{F}，{M}\n",
            "唐氏筛查高风险回访：{P}，中孕期唐筛21三体风险1/180，已电话通知（{M}），孕妇说要和老公商量，{D}来院咨询；回访人{N}\n",
            "[语音转文字] 医生 我想问一哈 我们两口子都是地贫携带 娃儿会不会遭 我老公{FG}说要去重庆做那个穿刺 啥子时候去合适嘛 "
                    + "我电话{MV}\n",
            "编号\t孕妇\t丈夫\t女方MCV\t男方MCV\t结论\nTH-0412\t{P}\t{F}\t66\t82\t女方携带，男方正常\n",
            "Amniocentesis consent for an overseas couple\nPatient: {NY}\nPartner: {E}\n"
                    + "Procedure-related miscarriage risk of about 0.5% explained\nContact in Singapore: {MX}\n",
            "Thalassaemia carrier screening, couple result\nWife: {P}, HbA2 5.6%, beta-thalassaemia trait\n"
                    + "Husband: {E}, normal red-cell indices\nCounsellor: {N}, tel {L}\n",
            "[OCR] 地中海贫血基因检测报告\n受检者 {PO}\n送检单位 南充市顺庆区妇幼保健院\n结果 -α3.7/αα\n样本号 TH24-00917\n",
            // Genetic counselling pedigrees.
            "遗传咨询记录（三代家系）\n先证者：{P}之子，血友病A，FVIII:C <1%\nⅠ代：外祖父{N}（已故），外祖母{N}\n"
                    + "Ⅱ代：母亲{P}（携带者），父亲{F}；姨妈{N}，已生育一子正常\n咨询师：{N}\n",
            "家系调查：{P}的外婆{N}（{DOBL}生）年轻时生了3个娃儿，其中两个男孩幼年夭折，据说“一碰就出血”；舅舅{N}现住{A0}；绘图{N}\n",
            "家系图备注：Ⅰ-1 {N}，Ⅰ-2 {N}（耳聋）；Ⅱ-3 {F}（先天性耳聋，GJB2 c.235delC纯合）；Ⅱ-4 {P}（听力正常，携带者）；"
                    + "Ⅲ-1 先证者\n",
            "Pedigree note for the visiting expert, Dr {ES}\nProband: son of {P}, haemophilia B\n"
                    + "Maternal grandmother: {N} (carrier, deceased)\nMaternal uncle: {N}\nFather: {F}\n",
            "遗传咨询：{MN}（彝族），丈夫{NM}，夫妻系姑舅表婚，已解释近亲婚配风险；翻译{N}；家住{A}\n",
            "家系三代：爷爷{N}，奶奶{N}（{DOBL}生）；外公{N}，外婆{N}；男方{F}有一姐姐患脊髓性肌萎缩症，已故；女方{P}，"
                    + "SMN1 1拷贝携带\n",
            "{\"pedigreeId\":\"PED-2024-0377\",\"proband\":\"{P}\",\"father\":\"{F}\",\"maternalGrandmother\":\"{N}\","
                    + "\"grandmotherDob\":\"{DOB}\",\"counsellor\":\"{N}\",\"gene\":\"F8 intron 22 inversion\"}\n",
            // Newborn screening recalls.
            "【蜀都妇儿新筛中心】{P}宝宝家长您好，孩子足跟血筛查TSH偏高，需复查，请于{D}前带出生医学证明到新筛门诊采血，咨询{L}。\n",
            "新生儿疾病筛查召回登记\n姓名：{P}之女\n出生日期：{NB}\n采血卡号：XS24-118073\n筛查结果：苯丙氨酸(Phe) 186μmol/L↑\n"
                    + "母亲电话：{M}\n家庭住址：{A}\n召回人：{N}\n",
            "卡号,患儿,出生日期,母亲,联系电话,召回原因\nXS24-120541,{P}之子,{NB},{P},{M},17-OHP偏高\n",
            "[语音转文字] 喂 是{P}不嘛 我是新筛中心的 你娃娃的足跟血要复查 莫得啥子大问题 就是有一项偏高 这个礼拜带过来嘛 "
                    + "晓得了哈 有啥子打我电话{MV}\n",
            "新筛阳性确诊：{P}之子，出生{NB}，复查TSH 48mIU/L，FT4降低，确诊先天性甲状腺功能减低症，予左甲状腺素钠12.5μg qd；"
                    + "主治{DR}；病案号{RZ}\n",
            "[微信 新筛随访]\n{N}：{PS}姐，娃娃今天吃药没有？\n{P}：吃了的，每天早上空腹吃\n{N}：要得，下个月来抽血复查\n",
            "Newborn screening recall (parents abroad)\nBaby: daughter of {P} and {E}\nDate of birth: {NBE}\n"
                    + "Heel-prick TSH 28 mIU/L, retest needed\nCall: {L}\n",
            "| 卡号 | 母亲姓名 | 出生日期 | 项目 | 结果 |\n|---|---|---|---|---|\n| XS24-118073 | {P} | {NB} | PKU | 阳性待复查 |\n"
                    + "| XS24-118092 | {N} | {NB} | CH | 阳性待复查 |\n",
            "足跟血采集：{P}之女，出生{NB}，出生体重2650g，早产34+2周，生后72小时采血；采血护士{N}；母亲电话{M}；住{A0}\n",
            // Rare-disease and haemophilia registry.
            "血友病病例登记\n登记号：{RX}\n患者：{P}\n出生日期：{DOB}\n诊断：血友病A（重型），FVIII:C <1%\n抑制物：阴性\n"
                    + "监护人：{F}\n联系电话：{M}\n",
            "凝血因子Ⅷ发放记录：{P}（登记号{RX}），发放重组人凝血因子Ⅷ 250IU×20支，批号20240315A，有效期至2026-03；"
                    + "领取人{F}（父亲）；发药药师{N}\n",
            "登记号\t姓名\t类型\t本月用量(IU)\t领取人\t电话\n{RX}\t{P}\t血友病B\t6000\t{F}\t{M}\n",
            "罕见病登记：{P}，戈谢病Ⅰ型，GBA基因复合杂合突变；医保个人编号{IP}；伊米苷酶每两周一次，已按谈判药品报销；填报医生{DR}\n",
            "[微信 血友病病友群]\n{PK}：这个月的因子领到没有？\n{N}：领到了，今年报销比例高了点\n{NS}哥：我娃娃又关节出血了，膝盖肿得像馒头\n",
            "{\"registryNo\":\"{RX}\",\"patient\":\"{P}\",\"diagnosis\":\"haemophilia A\",\"factorLot\":\"20240315A\","
                    + "\"dispensedIU\":\"5000\",\"guardian\":\"{F}\",\"guardianPhone\":\"{M}\","
                    + "\"insuranceNo\":\"{I}\"}\n",
            "血友病家庭治疗培训：患儿{P}，6岁；母亲{F}已掌握静脉输注，可在家自行注射；家住{A}，离医院120公里；培训护士{N}\n",
            "Haemophilia treatment centre visit\nPatient: {P}, registry no. {RX}\n"
                    + "Factor VIII prophylaxis 25 IU/kg three times "
                    + "weekly\nAccompanied by his father {F}\nVisiting physician: {E}\n",
            // Birth-certificate applications.
            "出生医学证明首次签发申请表\n新生儿姓名：{N}  性别：女\n出生时间：{NB} 14时22分\n出生地点：四川省成都市\n"
                    + "母亲姓名：{P}  身份证号：{ID}\n父亲姓名：{F}  身份证号：{ID}\n申请人：{F}\n",
            "[OCR] 出生医学证明（存根）\n编号 R510347821\n新生儿 {N}\n出生日期 {NB}\n母亲姓名 {PO}\n母亲身份证件号码 {ID}\n父亲姓名 {F}\n",
            "出生医学证明补发：{P}之子原证遗失，已登报声明；母亲{P}、父亲{F}持双方身份证到医务部办理；联系电话{L}\n",
            "Birth registration note for a foreign father\nMother: {P}, resident ID {ID}\n"
                    + "Father: {E}, passport 567120984 (UK)\n"
                    + "Baby born {NBE} at 09:14, 3350 g\nBirth certificate no. R510366105 issued\n",
            "证件编号,新生儿,出生日期,母亲,父亲,领证人\nR510347901,{N},{NB},{P},{F},{F}\n",
            // WeChat chats with nurses.
            "[微信 蜀都生殖中心护士站]\n{P}：{DS}老师，我明天打夜针是几点嘛？\n护士{N}：晚上9点半，剂量医生开好了，打完拍个照发给我\n"
                    + "{P}：要得要得，谢谢孃孃\n",
            "[微信 夫妻档案群]\n{F}：老婆今天取卵，我在深圳赶不回来，能不能先冻精？\n{N}：{FG}，可以，回来那天直接到男科取精室，带身份证和结婚证原件\n"
                    + "{F}：好的，我电话{M}\n",
            "[微信]\n{NY}: Hi nurse, we just landed in Chengdu, can we come tomorrow morning for the scan?\n"
                    + "{N}：可以，早上8点到生殖中心三楼抽血\n{EG}: Thanks, we'll both be there\n",
            "[微信 移植后交流群]\n{PK}：姐妹们我今天验孕棒两条杠了！\n{N}：恭喜！记得回医院抽血\n{N}：巴适得板！我老汉儿说要请客\n",
            "[微信 孕妈随访]\n{N}：{PG}，今天产检做了没得？\n{P}：做了，糖耐有一项高了点\n{N}：那你这几天少吃点甜的，下周一拿报告来\n",
            "[微信 凉山州妇幼转诊群]\n{DR}：今天转过来一个昭觉的孕妇{MN}，彝族，孕32周，重度子痫前期\n{N}：床位留好了，家属电话多少？\n"
                    + "{DR}：她老公电话{M}，汉话说得不太好\n",
            "[微信 秀山县妇幼保健院群]\n{N}：土家族孕妇{P}今天NIPT结果高风险，已通知\n{DS}主任：约她下周一来重庆做羊穿\n"
                    + "{N}：好，她家住{A0}，进城要坐三个小时车\n",
            "[微信 甘孜州妇幼转诊群]\n{N}：理塘送来的孕妇{TN}，藏族，孕28周，妊娠期糖尿病\n{DR}：{TG}的血糖今天多少？\n"
                    + "{N}：空腹6.1，餐后2小时9.4，她家里人电话{M}\n",
            "[微信 产后随访]\n{N}：{FS}先生，{PG}出院后恶露还多不多？\n{F}：不多了，就是晚上睡不好，娃儿闹\n"
                    + "{N}：42天记得带娃娃来复查，我是{NS}护士长\n",
            // SMS reminders.
            "【蜀都妇儿】尊敬的{P}，您预约的{D}胚胎移植请提前30分钟到生殖中心二楼，夫妻双方带身份证、结婚证原件。改期请致电{L}。\n",
            "【四川省产前诊断中心】{P}女士，您的羊水染色体结果已出，请本人或丈夫{F}持身份证到遗传咨询门诊领取，敬请留意。\n",
            "【冷冻胚胎续费提醒】{P}、{F}夫妇：您在本中心冷冻保存的胚胎（3枚）将于{D}到期，续费每年1200元，咨询{L}。\n",
            "【蜀都妇儿】{PS}女士您好，{DS}教授{D}上午停诊，您的复诊已顺延，如需改约请回复或致电{L}。\n",
            // Voice notes in Sichuan and Chongqing speech.
            "[语音转文字] {DS}医生 我是{F} {P}的老公 她今天取了卵回去肚子胀得很 饭都吃不下 是不是那个啥子过度刺激哦 我们住{A0} "
                    + "过来要一个多钟头\n",
            "[语音留言] 孃孃 我是昭觉那边的{MN} 你喊我{MG}就是了 我汉话说得不好 医生说的那个检查 我老公{NM}说要得 我们下个月来成都 电话{MV}\n",
            "[语音转文字] 喂 {PS}孃孃嗦 我是新筛中心的小{NS} 你们屋头幺儿的足跟血结果出来了 莫得问题 巴适得很 你放心嘛\n",
            "[语音转文字] 我跟你摆哈龙门阵嘛 我和我老公{FG}结婚八年了 试管做了三回 这回终于成了 我婆婆高兴惨了 {DS}医生 真的太感谢你了\n",
            "[语音留言] 医生你好 我是{P} 身份证是{ID} 我想查一哈我的NIPT结果出来没得 网上看不到 你晓得不嘛 打我电话{MV}\n",
            "[语音转文字] 老{NS} 你跟{PK}说一声 她那个冻胚续费的单子我帮她拿了 放在护士站 她曾经说过要转到重庆去 你问一哈她\n",
            // Lab reports, clinic records, billing.
            "[OCR] 性激素六项检验报告单\n姓名 {PO}  性别 女  年龄 34岁\n门诊号 {RM}\nFSH 8.6 IU/L  LH 4.2 IU/L\nAMH 1.2 ng/ml\n"
                    + "检验者 {N}\n",
            "[OCR] 精液常规分析报告\n姓名 {F}  禁欲天数 4\n就诊卡号 {RM}\n精液量 2.8ml  浓度 18×10^6/ml\n前向运动(PR) 26%\n报告医师 {DR}\n",
            "门诊病历：{P}，{DOB}生，继发不孕3年，既往人工流产2次，HSG示双侧输卵管梗阻，建议IVF；就诊卡号{RM}；医保号{I}；接诊{DR}\n",
            "生育保险报销：{P}，辅助生殖项目（取卵术、胚胎培养）按成都市医保政策报销，金额3,862.40元，转入本人银行卡{B}；"
                    + "医保个人编号{IP}\n",
            "退费申请：{P}因周期取消申请退还促排药费2,150.00元，收款人{F}（配偶），开户行中国建设银行成都玉林支行，卡号{B}\n",
            "费用结算|{P}|档案号{RC}|取卵+ICSI+囊胚培养|18,640.00元|医保号{I}|退款账户{B}\n",
            "转诊单（县妇幼→蜀都妇儿）：{P}，孕24周，{DOB}生，身份证{ID}，住{A}；南充市高坪区妇幼保健院{DR}转诊，联系电话{L}\n",
            "绵阳市游仙区妇幼保健院随访：{P}，移植后单胎，孕16周，{FS}先生陪同；下次产检{D}；随访电话{L}\n",
            "藏族孕妇建档：{TN}（大家叫她{TG}），孕26周，住{A}，丈夫{NT}在外放牛，电话{M}；高原地区产检不便，已约好远程随访\n",
            "土家族产妇{P}，酉阳人，产后42天复查，恢复好；婆婆{N}陪同，一口一个“{PG}”喊得亲热，说要给孙子办“打三朝”；电话{L}\n",
            "值班|{D}|生殖中心|胚胎实验室{N}|护士{N}|医生{DR}|备班电话{L}\n",
            "彝族夫妇{MN}（姓名拼音{MY}）与{NM}结婚五年未孕，女方（小名{MG}）在西昌打工，输卵管造影示双侧通畅；翻译{N}；电话{M}\n",
            "主题：关于冷冻胚胎转运到重庆的申请\n{DR}主任您好：我们夫妇{P}、{F}因工作调到重庆，想把在贵中心冷冻的2枚囊胚转运过去，"
                    + "请问需要哪些手续？我的电话{M}，现住{A}。谢谢！\n",
            "病友群管理员{N}反映：群里{PK}的冻胚快到期了，请护士站联系她续费，电话{M}\n",
            // English and mostly Latin documents.
            "Subject: Visiting embryologist schedule\nDear {EG},\n"
                    + "Welcome to Chengdu. Dr {ES} joins the ICSI workshop on {D}. "
                    + "Your host is {DR}; the laboratory line is {L}.\nRegards,\n{N}\n",
            "Subject: Our frozen embryos\nDear {DR}, this is {NY}. My husband {E} and I have moved to Melbourne. "
                    + "Can our 3 frozen blastocysts be shipped? You can reach us on {MX}.\n",
            "Referral letter\nTo: Reproductive Centre, Shudu Women's and Children's Hospital\nCouple: {P} and {E}\n"
                    + "Wife's date of birth: {DOBE}\nAddress in China: {AE}\nPhone: {M}\n",
            "Patient portal export\nname,dob,phone,city\n{NY},{DOBE},{MX},Chengdu\n",
            "Yi family interview (translated)\nWife: {MY}, 27\nInterpreter: {N}\nHome: {AE}\n"
                    + "Wishes to deliver at the Zhaojue county maternal and child health hospital\n",
            "Case conference: recurrent implantation failure\nPresent: {DR}, {N}, Dr {ES} (video), {E2}\n"
                    + "Patient: {P}, born {DOBE}\n"
                    + "Plan: endometrial receptivity test before the next transfer; {EG} to send the protocol\n",
            "Referral from Ganzi (translated)\nPatient: {TY}, 31, G2P1, gestational diabetes at 28 weeks\n"
                    + "Home: {A}\nReferring doctor: {DR}, Kangding\nHusband: {NT}, herder, tel {M}\n");

    // Sichuan and Chongqing's commonest surnames first (李, 王, 张, 刘, 陈, then 杨, 黄, 周, 吴, 罗), the region's others, the
    // Tujia surnames of south-eastern Chongqing, the rare surnames of Sichuan and the word-like names.
    static final List<String> CHINESE = List.of((""
            + "李蓉蓉 李芮伊 李渝蓓 李德全 李素琼 李欣蔓 李沁妤 李明贤 李诗涵 李俊杉 李朝芬 李菡 李世清 李航 "
            + "王钧尧 王婧怡 王素琨 王开富 王梦瑶 王浩鸣 王蜀君 王志祥 王茜 王德仁 王秋荪 王亚岑 王宇航 王琼 "
            + "张钰涵 张嘉懿 张开贵 张素琰 张雯 张川 张梓蕤 张泽民 张琳琅 张明翠 张远航 张亦绮 "
            + "刘诗琪 刘德芬 刘俊豪 刘晓蓉 刘世荣 刘洁 刘婕 刘锦秋 刘鸿 刘渝川 "
            + "陈渝 陈露露 陈开琼 陈思睦 陈雅黛 陈德富 陈晞 陈蕊 陈柏林 陈淑蓉 "
            + "杨茂林 杨素华 杨芷萝 杨琴 杨婉清 杨凯翔 杨世琮 杨梓悦 "
            + "黄丹 黄素清 黄梓灏 黄玲 黄维 黄志琼 "
            + "周卓珩 周瑶 周庆林 周晓莉 周世芬 "
            + "吴芸 吴世富 吴佳慧 吴锦涛 "
            + "罗梦琪 罗德清 罗玉琼 罗晓川 罗娅 "
            + "何德顺 何语嫣 何勋 何碧蓉 "
            + "邓茜 邓开明 邓诗雨 谢蓓 谢德坤 谢婉君 曾钰 曾祥焜 曾梦洁 "
            + "彭翠岚 彭世贵 彭莉 向晓岚 田茂菊 田昌富 田秀茵 向清贵 向美玲 向国全 覃祖秀 覃丽蓉 冉光菊 冉启銮 冉晓蓓 谭德芬 谭晓渝 "
            + "冉冉 张卓珩 蒲俊川 蒲秀琼 苟春梅 苟志勇 唐诗琪 唐开秀 赵欣悦 赵德贤 胡蓉 胡志恒 徐梦露 徐开全 廖婧雯 廖世伦 熊丹 熊昆 "
            + "母志容 母德兰 母婷 税春兰 税海川 鲜丽华 鲜明 敬业 敬明川 "
            + "璩德惠 璩小蔓 步婉琳 步海波 越明珍 越秋禾"
            ).strip().split(" "));
    /** Tujia families of Xiushan, Youyang, Shizhu, Pengshui and Qianjiang (田, 向, 彭, 覃, 冉, 谭). */
    static final List<String> TUJIA = List.of("彭翠岚", "彭世贵", "彭莉", "田茂菊", "田昌富", "田秀茵", "向清贵", "向美玲",
            "向国全", "向晓岚", "覃祖秀", "覃丽蓉", "冉光菊", "冉启銮", "冉晓蓓", "冉冉", "谭德芬", "谭晓渝");
    /** Rare surnames, found in Sichuan too, that no earlier blind group gave anyone: 璩, 步, 越. */
    static final String RARE_SURNAMES = "璩步越";
    /** Pool names that are also ordinary words: slowly rising, vivid, dedicated. */
    static final List<String> WORD_LIKE = List.of("冉冉", "鲜明", "敬业");
    /** Yi women of Liangshan: characters|the personal name used alone|pinyin. */
    private static final List<String> YI_WOMEN = List.of("吉克沙呷|沙呷|Jike Shaga", "日火阿衣|阿衣|Rihuo Ayi",
            "马海阿芝|阿芝|Mahai Azhi", "加拉石嫫|石嫫|Jiala Shimo", "阿的日嫫|日嫫|Adi Rimo", "吉木阿呷|阿呷|Jimu Aga",
            "勒格子莫|子莫|Lege Zimo", "洛古依作|依作|Luogu Yizuo");
    /** Yi husbands. */
    private static final List<String> YI_MEN = List.of("阿苏古体|古体|Asu Guti", "瓦扎伍各|伍各|Wazha Wuge",
            "木乃石一|石一|Munai Shiyi", "布约史古|史古|Buyue Shigu", "阿尔莫色|莫色|Aer Mose", "苏呷尔布|尔布|Suga Erbu");
    /** Tibetan women of Ganzi: characters|the part used alone|the Latin spelling of their documents. */
    private static final List<String> TIBETAN_WOMEN = List.of("四郎翁姆|翁姆|Sonam Wangmo", "泽翁拉措|拉措|Tsewang Lhatso",
            "益西央金|央金|Yeshe Yangchen", "达瓦措姆|措姆|Dawa Tsomo");
    /** Tibetan husbands. */
    private static final List<String> TIBETAN_MEN = List.of("泽仁彭措|彭措|Tsering Phuntsok", "扎西贡布|贡布|Tashi Gonpo",
            "昂翁洛布|洛布|Ngawang Norbu");
    private static final List<String> ALL_MINORITY = Stream.of(YI_WOMEN, YI_MEN, TIBETAN_WOMEN, TIBETAN_MEN)
            .flatMap(List::stream).toList();
    /** The Yi and Tibetan names in characters. */
    static final List<String> MINORITY = ALL_MINORITY.stream().map(k -> k.split("\\|")[0]).toList();
    /** Sichuan and Chongqing nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("何幺妹", "邓二娃", "罗三娃子", "冉老幺", "谢毛毛", "曾眼镜儿", "苟大汉",
            "杨妹崽", "汤圆儿", "蒲胖娃");
    /** Foreign spouses and visiting experts, given|family: French, Hungarian, American, Swedish, German, Norwegian,
     * Breton, English, Scottish, Australian, Frisian, Danish. */
    static final List<String> ENGLISH = List.of("Célestine|Lavergne", "Imre|Kisfaludi", "Emeric|Larrouturou",
            "Dashiell|Cornforth", "Ebbe|Wennerström", "Gesine|Sauerbrey", "Oddbjørn|Gjerstad", "Rozenn|Scullion",
            "Jolyon|Haddlesey", "Morven|Auchinleck", "Tucker|Vanderploeg", "Bronte|Wigglesworth", "Hidde|Kuipersma",
            "Bendt|Thorsøe");
    /** Returnee couples as they sign, given|family in pinyin. */
    static final List<String> PINYIN = List.of("Yuxi|Pu", "Chuhan|Mu", "Ruolan|Jing", "Zhiyuan|Yan", "Shiqi|Shui",
            "Yiran|Luo", "Bowen|Zeng", "Keyi|Xie", "Minjie|Deng", "Tianyou|He");

    /** Area codes: Chengdu, Chongqing (with the Tujia counties), Mianyang, Nanchong, Ganzi and Liangshan. */
    private static final List<String> AREA = List.of("510104", "510105", "510106", "510107", "510108", "510112",
            "510116", "510117", "510181", "500101", "500103", "500105", "500106", "500112", "500114", "500240",
            "500241", "500242", "500243", "510703", "510704", "511302", "511303", "513321", "513334", "513401",
            "513431", "513436");
    private static final List<String> BANK_BINS = List.of("621700", "622848", "622202", "621799", "623668", "621485");
    private static final String SS_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** City|district|subdistricts|roads|estates. */
    private static final List<String> URBAN = List.of(
            "成都市|武侯区|玉林街道,浆洗街街道,簇桥街道,晋阳街道|玉林北路,科华北路,武侯祠大街,少陵路,一环路南四段|棕北小区,锦绣花园,晋阳小区",
            "成都市|锦江区|春熙路街道,书院街街道,牛市口街道|东大街,书院西街,静安路,二环路东五段|锦华苑,牛市口小区",
            "成都市|青羊区|少城街道,草市街街道,光华街道|东城根上街,长顺上街,光华大道一段|光华苑,草市小区",
            "成都市|金牛区|抚琴街道,荷花池街道,营门口街道|抚琴西路,营门口路,一环路北二段|抚琴小区,金房苑",
            "成都市|成华区|建设路街道,猛追湾街道,府青路街道|建设北路二段,府青路一段,猛追湾街|建设花园,府青苑",
            "成都市|双流区|东升街道,西航港街道|棠湖西路,航空路,双楠大道|棠湖花园,航港小区",
            "成都市|郫都区|郫筒街道,犀浦街道|望丛东路,犀安路|望丛苑,犀浦花园",
            "成都市|龙泉驿区|龙泉街道,大面街道|驿都中路,星光西路|桃都花园,驿都苑",
            "重庆市|渝中区|解放碑街道,大坪街道,两路口街道|民生路,中山三路,大坪正街,长江二路|大坪小区,枇杷山小区",
            "重庆市|沙坪坝区|小龙坎街道,天星桥街道|小龙坎正街,沙南街,天陈路|天星苑,沙南小区",
            "重庆市|江北区|观音桥街道,石马河街道|建新北路,洋河路,石马河路|洋河花园,石马苑",
            "重庆市|渝北区|龙溪街道,双龙湖街道|余松路,新南路,双龙大道|龙溪花园,松石小区",
            "重庆市|黔江区|城东街道,城西街道|新华大道,城东路|城东小区,濯水苑",
            "绵阳市|涪城区|城厢街道,工区街道|临园路,长虹大道中段,安昌路|临园小区,长虹苑",
            "绵阳市|游仙区|游仙街道,涪江街道|东津路,游仙路|东津小区,游仙苑",
            "南充市|顺庆区|中城街道,北城街道,舞凤街道|五星街,模范街,北湖路|北湖小区,模范苑",
            "南充市|高坪区|白塔街道,清溪街道|江东中路,鹤鸣路|白塔小区,鹤鸣苑",
            "凉山彝族自治州|西昌市|长安街道,北城街道,西城街道|航天大道,胜利路,长安中路|邛海小区,航天苑",
            "甘孜藏族自治州|康定市|炉城街道|东大街,新市前街,光明路|跑马山小区,折多苑");
    /** City|county|towns|villages of the Yi, Tibetan and Tujia counties and of rural Mianyang and Nanchong. */
    private static final List<String> RURAL = List.of(
            "凉山彝族自治州|昭觉县|竹核乡,四开乡,城北乡|瓦吉木村,补约村,洛莫村",
            "凉山彝族自治州|美姑县|巴普镇,牛牛坝乡|依果觉村,拉马村",
            "凉山彝族自治州|喜德县|光明镇,冕山镇|阿吼村,则约村",
            "甘孜藏族自治州|康定市|新都桥镇,塔公镇|日头村,甲根坝村",
            "甘孜藏族自治州|理塘县|甲洼镇,禾尼乡|德西村,卡灰村",
            "重庆市|酉阳土家族苗族自治县|龙潭镇,酉酬镇|梅树村,江西湾村",
            "重庆市|石柱土家族自治县|黄水镇,西沱镇|金花村,独城村",
            "重庆市|秀山土家族苗族自治县|洪安镇,清溪场镇|猛洞村,大寨村",
            "重庆市|彭水苗族土家族自治县|郁山镇,保家镇|中井村,楠木村",
            "绵阳市|三台县|芦溪镇,西平镇|工农村,响水村",
            "南充市|西充县|多扶镇,义兴镇|凤鸣村,石龙村");
    /** Road|district|city in English, for the letters of overseas couples. */
    private static final List<String> ENGLISH_ROADS = List.of("Yulin North Road|Wuhou District|Chengdu",
            "Kehua North Road|Wuhou District|Chengdu", "Shuyuan West Street|Jinjiang District|Chengdu",
            "Guanghua Avenue Section 1|Qingyang District|Chengdu",
            "Jianshe North Road Section 2|Chenghua District|Chengdu",
            "Zhongshan 3rd Road|Yuzhong District|Chongqing", "Minsheng Road|Yuzhong District|Chongqing",
            "Jianxin North Road|Jiangbei District|Chongqing", "Linyuan Road|Fucheng District|Mianyang",
            "Hangtian Avenue|Xichang|Liangshan");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";

    private Blind52Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_52 || !templates.isEmpty() && BLIND_52.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Yi woman (MN), in characters. */
    static String minorityName(RandomGenerator r) {
        return split(pick(YI_WOMEN, r))[0];
    }

    private static String[] entry(String han) {
        for (String k : ALL_MINORITY) {
            String[] p = k.split("\\|");
            if (p[0].equals(han)) return p;
        }
        throw new IllegalArgumentException(han);
    }

    /** The part of a Yi or Tibetan name used alone: 沙呷 of 吉克沙呷, 翁姆 of 四郎翁姆. */
    static String nameAlone(String han) {
        return entry(han)[1];
    }

    /** The Latin form: Jike Shaga of 吉克沙呷, Sonam Wangmo of 四郎翁姆. */
    static String latinName(String han) {
        return entry(han)[2];
    }

    /** The Tibetan woman tied to the record's Yi woman, so that a record writes one Tibetan woman in every form. */
    static String tibetanOf(String yiWoman) {
        int i = YI_WOMEN.stream().map(k -> k.split("\\|")[0]).toList().indexOf(yiWoman);
        return split(TIBETAN_WOMEN.get(i % TIBETAN_WOMEN.size()))[0];
    }

    /** The Yi women in characters (the record's MN). */
    static List<String> yiWomen() {
        return YI_WOMEN.stream().map(k -> k.split("\\|")[0]).toList();
    }

    /** The Tibetan women in characters (the record's TN). */
    static List<String> tibetanWomen() {
        return TIBETAN_WOMEN.stream().map(k -> k.split("\\|")[0]).toList();
    }

    static List<String> aloneForms() {
        return ALL_MINORITY.stream().map(k -> k.split("\\|")[1]).toList();
    }

    static List<String> latinForms() {
        return ALL_MINORITY.stream().map(k -> k.split("\\|")[2]).toList();
    }

    /** A returnee as they sign: Yuxi Pu, PU Yuxi or Pu Yuxi. */
    static String pinyinName(String entry, RandomGenerator r) {
        String g = given(entry), f = family(entry);
        return switch (r.nextInt(3)) {
            case 0 -> g + " " + f;
            case 1 -> f.toUpperCase() + " " + g;
            default -> f + " " + g;
        };
    }

    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String e : PINYIN) {
            out.add(given(e) + " " + family(e));
            out.add(family(e).toUpperCase() + " " + given(e));
            out.add(family(e) + " " + given(e));
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

    /** 四川省成都市 (or 四川省凉山彝族自治州, 四川省凉山州), 成都市, 重庆市, or nothing before the district. */
    private static String prefix(String city, boolean withProvince, RandomGenerator r) {
        String c = city;
        if (c.endsWith("自治州") && r.nextInt(3) == 0) c = c.substring(0, 2) + "州";
        if (city.equals("重庆市")) return withProvince || r.nextBoolean() ? c : "";
        if (withProvince) return "四川省" + c;
        return r.nextInt(3) > 0 ? c : "";
    }

    /**
     * A flat: road and number with N栋N单元N楼N号, or N幢N单元NNN室; Chongqing's 附N号 with floor-room N-N; an estate's
     * N栋N单元NNN; {@code partial} stops at the 街道, the road or its number.
     */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(URBAN, r));
        String district = prefix(t[0], withProvince, r) + t[1];
        String road = district + one(t[3], r);
        String number = road + (1 + r.nextInt(260)) + "号";
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> district + one(t[2], r);
                case 1 -> road;
                default -> number;
            };
        }
        return switch (r.nextInt(4)) {
            case 0 -> number + (1 + r.nextInt(12)) + "栋" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(18)) + "楼"
                    + (1 + r.nextInt(4)) + "号";
            case 1 -> number + (1 + r.nextInt(9)) + "幢" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(9)) + "0"
                    + (1 + r.nextInt(4)) + "室";
            case 2 -> number + "附" + (1 + r.nextInt(9)) + "号" + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(8));
            default -> district + one(t[4], r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4));
        };
    }

    /** A village: 凉山彝族自治州昭觉县竹核乡补约村3组(12号); {@code partial} stops at the town or the village. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(RURAL, r));
        String town = prefix(t[0], withProvince, r) + t[1] + one(t[2], r);
        if (partial) return r.nextBoolean() ? town : town + one(t[3], r);
        String v = town + one(t[3], r) + (1 + r.nextInt(12)) + "组";
        return r.nextBoolean() ? v : v + (1 + r.nextInt(90)) + "号";
    }

    /** An address: a flat (most) or a village. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 7 ? flat(withProvince, partial, r) : village(withProvince, partial, r);
    }

    /** In English: Flat 502, Unit 2, Building 3, No. 12 Yulin North Road, Wuhou District, Chengdu; or 131 Zhongshan 3rd
     * Road, Apt 12-3, Yuzhong District, Chongqing. */
    static String englishAddress(RandomGenerator r) {
        String[] t = split(pick(ENGLISH_ROADS, r));
        int no = 1 + r.nextInt(260);
        if (r.nextBoolean()) {
            return "Flat " + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + ", Unit " + (1 + r.nextInt(4))
                    + ", Building " + (1 + r.nextInt(12)) + ", No. " + no + " " + t[0] + ", " + t[1] + ", " + t[2];
        }
        return no + " " + t[0] + ", Apt " + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(8)) + ", " + t[1] + ", " + t[2];
    }

    /** A resident ID: 18 characters (born 1945 to 2000) plain, with a lower-case x or 6-8-4 by blanks, or a 15-digit
     * one (born 1945 to 1965) as grandparents' old records keep it. */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(AREA, r), 45, 21, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1945, 56, r);
        return switch (r.nextInt(5)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.replace('X', 'x');
            default -> id;
        };
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86 139 1234 5678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        String spaced = n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
        return switch (r.nextInt(6)) {
            case 0 -> spaced;
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86 " + spaced;
            default -> n;
        };
    }

    /** A mobile as said aloud: the one as 幺 or 一 (one way in a number), the nought as 零; 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextInt(3) > 0 ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (c == '1') b.append(one);
            else if (c == '0') b.append('零');
            else b.append(NUMERALS.charAt(c - '0'));
        }
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** An overseas couple's number: +1 (626) 318-4402, +44 7911 123456, +61 412 345 678, +65 9123 4567, +49 151 … */
    static String foreignMobile(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "+1 (" + pick(List.of("626", "917", "647"), r) + ") " + (2 + r.nextInt(8)) + digits(2, r) + "-"
                    + digits(4, r);
            case 1 -> "+44 7" + digits(3, r) + " " + digits(6, r);
            case 2 -> "+61 4" + digits(2, r) + " " + digits(3, r) + " " + digits(3, r);
            case 3 -> "+65 " + (8 + r.nextInt(2)) + digits(3, r) + " " + digits(4, r);
            default -> "+49 15" + (1 + r.nextInt(9)) + " " + digits(8, r);
        };
    }

    /**
     * A landline: eight digits on 028 (Chengdu 8…, 6…) and 023 (Chongqing 6…, 8…, 4…), as 028-85551234, (028)85551234,
     * 023 6555 1234, +86 28 85551234, or eight digits without the code; seven on 0816, 0817 and 0834 as 0816-2251234,
     * (0817)2251234, 0834 3221234.
     */
    static String landline(RandomGenerator r) {
        if (r.nextInt(3) > 0) {
            boolean chengdu = r.nextBoolean();
            String area = chengdu ? "028" : "023";
            String local = (chengdu ? "86" : "684").charAt(r.nextInt(chengdu ? 2 : 3)) + digits(7, r);
            return switch (r.nextInt(6)) {
                case 0 -> "(" + area + ")" + local;
                case 1 -> area + " " + local.substring(0, 4) + " " + local.substring(4);
                case 2 -> "+86 " + area.substring(1) + " " + local;
                case 3 -> local;
                default -> area + "-" + local;
            };
        }
        String area = pick(List.of("0816", "0817", "0834"), r);
        String local = (char) ('2' + r.nextInt(2)) + digits(6, r);
        return switch (r.nextInt(3)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local;
            default -> area + "-" + local;
        };
    }

    /** An inpatient number: Z, the two-digit year and six digits, Z24031875. */
    static String inpatientNumber(RandomGenerator r) {
        return "Z" + (18 + r.nextInt(8)) + digits(6, r);
    }

    /** An outpatient card of the hospital: SDM and eight digits. */
    static String outpatientCard(RandomGenerator r) {
        return "SDM" + digits(8, r);
    }

    /** A reproductive-centre couple file: SZ, the two-digit year, a hyphen and five digits, SZ24-03187. */
    static String coupleFileNumber(RandomGenerator r) {
        return "SZ" + (15 + r.nextInt(11)) + "-" + digits(5, r);
    }

    /** A maternal health handbook number: area code, year, five digits, 510107-2024-01873. */
    static String handbookNumber(RandomGenerator r) {
        return pick(AREA, r) + "-" + (2019 + r.nextInt(7)) + "-" + digits(5, r);
    }

    /** A haemophilia registry number: HA (A) or HB (B), the province code 51 or 50, a hyphen and five digits. */
    static String registryNumber(RandomGenerator r) {
        return (r.nextInt(4) > 0 ? "HA" : "HB") + (r.nextBoolean() ? "51" : "50") + "-" + digits(5, r);
    }

    /** A social-security card number: a letter and eight digits. */
    static String socialSecurityCard(RandomGenerator r) {
        return SS_LETTERS.charAt(r.nextInt(SS_LETTERS.length())) + digits(8, r);
    }

    /** A medical-insurance personal number: a four-digit area code and eight digits. */
    static String personalInsuranceNumber(RandomGenerator r) {
        return pick(AREA, r).substring(0, 4) + digits(8, r);
    }

    /** Where the label says only 医保号: either. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextBoolean() ? socialSecurityCard(r) : personalInsuranceNumber(r);
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

    private static String chineseDate(int y, int m, int d, int form) {
        return switch (form) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> String.format("%d%02d%02d", y, m, d);
            case 4 -> y + "/" + m + "/" + d;
            case 5 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
        };
    }

    /** 1991年3月8日, 1991-03-08, 1991.3.8, 19910308, 1991/3/8, 一九九一年三月八日, 91年3月8号; born 1945 to 2000. */
    static String birthDate(RandomGenerator r) {
        int y = 1945 + r.nextInt(56), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return chineseDate(y, m, d, r.nextInt(7));
    }

    /** A newborn's: 2024年11月3日, 2024-11-03, 2024.11.3, 20241103; born 2023 to 2025. */
    static String newbornDate(RandomGenerator r) {
        int y = 2023 + r.nextInt(3), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return chineseDate(y, m, d, r.nextInt(4));
    }

    /** A day of a lunar month: 初八, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A grandparent's lunar date of birth, 1930 to 1965: 农历1948年腊月初八, 阴历四八年冬月十五. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(36), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return r.nextBoolean() ? "农历" + y + "年" + month + lunarDay(d)
                : "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
    }

    private static String englishDate(int y, int m, int d, int form) {
        String month = MONTHS.get(m - 1);
        return switch (form) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month.substring(0, 3) + " " + d + ", " + y;
            default -> String.format("%02d %s %d", d, month.substring(0, 3), y);
        };
    }

    /** As English documents write it: 8 March 1991, Mar 8, 1991, 08 Mar 1991; born 1960 to 2000. */
    static String englishBirthDate(RandomGenerator r) {
        return englishDate(1960 + r.nextInt(41), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(3));
    }

    /** A newborn's in English: 3 November 2024, Nov 3, 2024. */
    static String englishNewbornDate(RandomGenerator r) {
        return englishDate(2023 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(2));
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
            case "FG" -> out.write(addressedGivenName(people[1]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "MG" -> out.write(nameAlone(people[3]), EntityKind.NAME);
            case "MY" -> out.write(latinName(people[3]), EntityKind.NAME);
            case "NM" -> out.write(split(pick(YI_MEN, random))[0], EntityKind.NAME);
            case "TN" -> out.write(tibetanOf(people[3]), EntityKind.NAME);
            case "TG" -> out.write(nameAlone(tibetanOf(people[3])), EntityKind.NAME);
            case "TY" -> out.write(latinName(tibetanOf(people[3])), EntityKind.NAME);
            case "NT" -> out.write(split(pick(TIBETAN_MEN, random))[0], EntityKind.NAME);
            case "NY" -> out.write(pinyinName(pick(PINYIN, random), random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MX" -> out.write(foreignMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RM" -> out.write(outpatientCard(random), EntityKind.MEDICAL_RECORD);
            case "RC" -> out.write(coupleFileNumber(random), EntityKind.MEDICAL_RECORD);
            case "RH" -> out.write(handbookNumber(random), EntityKind.MEDICAL_RECORD);
            case "RX" -> out.write(registryNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IP" -> out.write(personalInsuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AE" -> out.write(englishAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(newbornDate(random), EntityKind.BIRTH_DATE);
            case "NBE" -> out.write(englishNewbornDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || aloneForms().contains(w)
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /** The pool name a labelled value writes in full, or null when the value (a surname, a given name, the part of a
     * Yi or Tibetan name used alone) names no one in full. The Latin forms stand for the name in characters. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String k : ALL_MINORITY) {
            String[] p = k.split("\\|");
            if (p[2].equals(w)) return p[0];
        }
        if (pinyinForms().contains(w)) return w;
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
        return AREA;
    }
}

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
 * Thirty-sixth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_36}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the Liangshan–Ganzi–Aba corridor in western
 * Sichuan, led by the fictional tertiary 螺髻市第一人民医院 (Luoji First People's Hospital) in the fictional prefecture
 * city of 螺髻 (think Xichang), with county hospitals of Yi and Tibetan counties (昭觉, 布拖, 美姑, 理塘, 茂县), the
 * fictional 阿布县疾控中心 (county CDC) and 则木乡卫生院 (a township health centre in a high valley), village clinics, a
 * poverty-alleviation relocation settlement, a Qiang village rebuilt after the earthquake, a Jiarong Tibetan township,
 * the fictional 甲洛水电站 hydropower construction camp and a drug-rehabilitation centre. The people: Nuosu Yi
 * (written in Chinese transliteration, in the Yi syllabary and in Yi pinyin), Khams and Jiarong Tibetans (in Chinese
 * transliteration and in Latin), Qiang villagers, Han settlers speaking Sichuanese, Hui traders, schoolchildren known
 * by a Yi name and a Chinese school name, village doctors, interpreters, NGO staff. The genres: HIV/ART follow-up and
 * PMTCT (written neutrally), TB and hydatid screening, child nutrition and school health, maternal health and home
 * births, snake and mushroom poisoning, high-altitude illness, construction-site injuries, village doctors' day books,
 * bimo consultations as a clinic records them, WeChat groups, Yi–Chinese and Tibetan–Chinese interpreter notes, voice
 * notes in Sichuanese (莫得, 啥子, 娃儿, 唛, 巴适), OCR'd forms with blanks between characters, CSV, pipe, tab and
 * markdown tables, JSON exports, referral letters, SMS and English NGO reports (about a seventh in English or mostly
 * Latin script).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, children, village doctors,
 * interpreters, bimo and suni, teachers, camp workers, NGO staff, in every position (after a role word, at the start of a
 * chat line, in table cells, CSV fields, JSON values, lists, English prose). A Han surname in a form of address labels the
 * surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, X师傅, X医生, X大夫, X嬢嬢, X大爷, X主任,
 * X护士长. A Han given name used alone ({@code PG}) labels the given name (a one-character given name is never used
 * alone). A Sichuanese nickname
 * ({@code PK}: 王幺妹, 张二娃, 罗么儿) names a person and is labelled whole. A Nuosu Yi name ({@code MN}, {@code NM},
 * {@code CY}, {@code KY}) is clan name and given name written run together and labelled whole; the same person's name in
 * the Yi syllabary ({@code MNY}, {@code NY}, {@code CX}: ꐚꈌꇁꉳ) and in Yi pinyin ({@code MNP}, {@code NP}, {@code CP}:
 * Jjike Laha) is labelled whole too; a Yi given name used alone ({@code MG}: 拉哈) is a name; a clan name used for the
 * family or lineage ({@code MC}: 吉克 in 吉克家支) is labelled like a surname, 家 and 家支 outside. A schoolchild's Chinese
 * school name ({@code CH}, {@code NC}) is an ordinary Chinese name. Tibetan names ({@code TB}, {@code JR}: 四郎降措,
 * 阿旺甲措) have no surname and are labelled whole; their Latin forms ({@code TL}: Sonam Jamtso) whole. A child known as
 * a parent's child (X之子, X之女) labels the parent. Kin words and titles alone are not names: 阿达 (father), 阿嫫
 * (mother), 阿普 (grandfather), 阿妈, 毕摩 (priest), 苏尼 (shaman), 嬢嬢, 老汉儿, 家支; nor are Sichuanese words (莫得,
 * 啥子, 娃儿, 要得, 巴适) or greetings (扎西德勒). An OCR'd name ({@code PO}, {@code DO}, {@code MO}) broken by a line
 * break, a blank after the surname or clan, or a blank or ideographic blank between every character is one span, the
 * break inside it. NGO staff ({@code E}, {@code E2}) are labelled whole, a family name alone ({@code ES}) and a given
 * name alone ({@code EG}) too; Dr stays outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Liangshan 5134, Ganzi 5133 and Aba 5132 (and, for settlers and traders, Chengdu, Ya'an and Linxia); plain, with a
 * lower-case x, or 6-8-4 by blanks; 15-digit numbers with a valid birth date on codes that existed before 1999;
 * {@code IDC}: a child's, born 2008 to 2020, Liangshan codes), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens,
 * +86 plain or grouped; {@code MV}: spoken, the one as 幺 or 一, the nought as 零, grouped by blanks, by commas or not),
 * landlines ({@code L}: seven-digit numbers on 0834 Xichang, 0836 Kangding, 0837 Ma'erkang, 0835 Ya'an, 0812
 * Panzhihua and 0930 Linxia, eight-digit ones on 028 Chengdu; as 0834-3123456, (0834)3123456, 0834 312 3456, with an
 * extension after 转, +86 834 3123456), addresses ({@code A}: Yi villages by 乡/镇, 村, 组 (and 号), Ganzi villages, Jiarong
 * villages, rebuilt Qiang villages (新寨N号), flats in 螺髻 and Chengdu (N栋N单元N楼N号); {@code A0}: stopping at the
 * township, the village, the 组 or the road; {@code AS}: the relocation settlement, N栋N单元N号; {@code AC}: the
 * hydropower camp's prefab blocks), record numbers ({@code R}: inpatient LJ2024031876, outpatient LJMZ247031876,
 * county hospitals ZJ-24-03187 (ZJ, BT, MG, LT, SD, JC, MX), ART numbers ART513431-00387, TB registration TB2024-0387,
 * 17-digit health-archive numbers on an area code), insurance numbers ({@code I}: LSJM, GZJM and ABJM with ten digits,
 * the camp's work-injury insurance GS2024 with eight), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit,
 * plain or in fours by blanks or hyphens), dates of birth ({@code DOB}: 1981年3月5日, 1981-03-05, 1981.3.5, 1981/3/5,
 * 一九八一年三月五日, the spoken 81年3月5号; {@code DOBL}: lunar 农历1978年腊月初八, 阴历七八年冬月十五,
 * 农历一九七八年正月初三, and Tibetan 藏历土马年四月十五; {@code DOBY}: the Yi ten-month solar calendar,
 * 彝历1986年铜母月12日, 彝历一九八六年水公月十二日; {@code DOBE}: 5 March 1987, 05 Mar 1987, March 5, 1987;
 * {@code NB}: a child's, 2008 to 2025: 2016年3月5日, 2016-03-05, 2016.3.5, 20160305). Not labelled: visit dates,
 * ages, lab values (CD4, viral load, Hb, SpO2, cyst sizes, PPD), ART regimens and batch numbers, VCT codes, sample,
 * HPV, methadone-card and rehabilitation-centre admission numbers (入所编号), camp badge numbers (工号), vehicle plates,
 * hotlines, altitudes, facility names, places alone (螺髻山, 折多山, 回民街), Yi and Tibetan kin words and titles,
 * Sichuanese words, festivals and foods (火把节, 彝族年, 杆杆酒), and words beginning with a pool surname (马铃薯, 余额,
 * 达标, 沐浴, 海拔, 穆斯林 …; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind33Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of the corridor's Han, Qiang and Hui would look: the commonest Sichuan surnames (王, 李, 张, 刘, 陈, 杨)
 * dominate, then 马 (Hui and Han), 何, 罗, 黄, 赵, 周, 吴, 余, the Qiang 苟, 韩, 董, and surnames no earlier group
 * used ({@link #RARE_SURNAMES}: 卿, 陇, 达, 沐), with word-like names ({@link #WORD_LIKE}) and the schoolchildren's
 * Chinese school names (吉, 海, 沙, 曲 after the clan). The Yi pool ({@link #MINORITY}) holds adults in three scripts;
 * {@link #KIDS} children with a Yi name, a school name and Yi pinyin; {@link #TIBETAN} Khams and Jiarong names with
 * their Latin forms; {@link #NICKNAMES} Sichuanese nicknames; {@link #ENGLISH} NGO staff. Own slots: {@code N}, a further
 * Chinese name; {@code NQ}, a Qiang villager's; {@code NH}, a Hui trader's; {@code NC}, a child's school name;
 * {@code CY}, {@code CH}, {@code CP}, {@code CX}, the record's child (the same child within a record, by Yi name, school
 * name, Yi pinyin and Yi syllabary); {@code KY}, a further child's Yi name; {@code MNP}, {@code MNY}, {@code MG},
 * {@code MC}, {@code MO}, the record's Yi adult ({@code MN}) in pinyin, in the syllabary, by given name, by clan, OCR'd;
 * {@code NM}, {@code NP}, {@code NY}, further Yi adults; {@code TB}, {@code TL}, {@code JR}; and the identifier slots
 * above. Any non-empty subset of {@link #BLIND_36} uses these pools (see {@link #uses}).
 */
final class Blind36Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270106L;

    static final List<String> BLIND_36 = List.of(
            // HIV and ART follow-up, prevention of mother-to-child transmission (written neutrally).
            "螺髻市第一人民医院感染科 抗病毒治疗随访表\n姓名：{MN}（{MNY}）\n性别：{SEX}  年龄：{AGE}岁\n抗病毒治疗编号：{R}\n"
                    + "身份证号：{ID}\n方案：TDF+3TC+EFV\nCD4 412 cells/μL；HIV-1 RNA <50 copies/mL\n随访医生：{DR}\n",
            "ART随访：{MN}，服药依从性好，本月漏服0次；发药TDF/3TC/DTG 30片，批号LJ2403-17；下次随访由村医{N}提醒，"
                    + "电话{M}\n",
            "预防母婴传播登记：孕妇{MN}，孕28周，丈夫{NM}，住址{A}，产前检查号{R}；产后人工喂养，不建议母乳喂养；"
                    + "随访护士{DR}\n",
            "[语音转文字] 医生 {MG}说她上个月药吃完了 莫得钱坐车下山 我是村医{N} 电话{MV}\n",
            "HIV暴露婴儿随访：{CY}（汉名{CH}），出生{NB}，母亲{MN}，6周龄核酸检测阴性；随访护士{DR}；母亲电话{M}\n",
            "HIV follow-up summary (NGO field report)\nClient: {MNP}\nART no.: {R}\nViral load: undetectable "
                    + "(<50 copies/mL)\nOutreach worker: {EG}\nVillage doctor: {N}, tel {M}\n",
            "失访追踪：{MN}于{D}后未取药，家属{NM}（{KIN}）称其外出打工，现住{A0}；追踪人{DR}，{L}\n",
            "自愿咨询检测登记\n编号VCT-2024-0318\n姓名：{P}  出生日期：{DOB}\n联系电话：{M}\n咨询员：{N}\n",
            "抗病毒药物发放表|{MN}|{R}|TDF+3TC+DTG|30片|领药人{NM}|{D}\n",
            "PMTCT case note\nMother: {MNP} ({MN}), DOB {DOBE}\nInfant: {CP}, born {NB}\nFeeding: formula supplied by "
                    + "the project\nHome: {A}\nCase manager: {E}\n",
            "【阿布县疾控中心】{MG}您好，您的随访预约在{D}，请带上医保卡（{I}）。咨询热线12320\n",
            "单阳家庭随访：丈夫{NM}，妻子{MN}，育有{CY}等3个娃儿；住{AS}；随访医生{DR}，电话{L}\n",
            "ART adherence club roster\n{NP} | {M}\n{NP} | {M}\n{NP} | {M}\nFacilitator: {E}\n",
            // Tuberculosis and hydatid screening.
            "肺结核患者登记本\n登记号：{R}\n患者：{MN}  {SEX}  {AGE}岁\n住址：{A}\n痰涂片 2+，GeneXpert MTB阳性/RIF敏感\n"
                    + "督导员：村医{N}\n",
            "包虫病筛查记录（色达县）：{TB}，{AGE}岁，B超示肝包虫CE1型，直径4.2cm；牧民，住{A}；电话{M}；筛查医生{DR}\n",
            "学校结核病筛查：{CY}（{CH}），PPD硬结12mm，胸片未见异常；班主任{N}；家长{NM}，电话{MV}\n",
            "Echinococcosis screening, Serxu township\nName: {TL}\nDOB: {DOBE}\nUltrasound: CE2 cyst, right lobe, "
                    + "6.1 cm\nReferred to Dr {ES}, Luoji First People's Hospital\nPhone: {M}\n",
            "阿苯达唑服药登记|{TB}|{AGE}岁|400mg bid|{M}|发药人 {N}\n",
            "[微信 结核督导群]\n{DR}：{MG}今天吃药了没？\n{N}：吃了，他阿达看着吃的\n{DR}：好，下次痰检{D}，记得提醒，"
                    + "他电话{M}\n",
            "耐药结核转诊：患者{MN}（{MNP}），身份证{ID}，户籍{A}，转入螺髻市第一人民医院结核科，住院号{R}；"
                    + "陪同翻译{NM}\n",
            "结核病密切接触者筛查\n1 {NM} 同住 PPD 8mm\n2 {KY} 同住 PPD 15mm\n3 {N} 邻居 T-SPOT阴性\n登记：{DR}\n",
            "{TB}之子，3岁，包虫病筛查B超可疑，需转诊；家住{A0}；电话{M}\n",
            "寺院僧人结核筛查：{TB}，{AGE}岁，胸片阴性；寺管会联系人{TB}，{M}\n",
            "Lab requisition: {TL}, DOB {DOBE}, sputum x3 for GeneXpert, requested by {E}, phone {L}\n",
            "Dear {EG}, the ultrasound list for Serxu is ready: {TL} (tel {M}) and {TL}. Best, {E2}\n",
            // Child nutrition and school health.
            "学生营养改善计划体检表\n学校：昭觉县竹核乡中心校\n学生：{CY}  汉名：{CH}\n出生日期：{NB}\n"
                    + "身高118cm 体重19.5kg，Hb 102g/L\n家长：{NM}  电话：{M}\n校医：{N}\n",
            "一年级新生健康档案：{CH}（彝名{CY}，{CX}），身份证{IDC}，出生{NB}，家住{AS}；监护人阿普{NM}\n",
            "学号,彝名,汉名,出生日期,身份证号,监护人电话\n2024031,{CY},{CH},{NB},{IDC},{M}\n2024032,{KY},{NC},{NB},"
                    + "{IDC},{MV}\n",
            "School health roster: student {CP} (Chinese school name {CH}), born {NB}, MUAC 12.1 cm, weight-for-age "
                    + "Z -2.3; mother {MNP}, phone {M}\n",
            "营养包发放登记表|{CY}|{NB}|6-24月龄|营养包30袋|领取人阿嫫{NM}|{MV}\n",
            "[语音转文字] 老师 我是{CH}的阿达{NM} 娃儿这两天拉肚子 莫得来上学 电话{MV}\n",
            "学前学会普通话班体检：{CY}，5岁，蛔虫卵阳性，予阿苯达唑200mg顿服；辅导员{N}\n",
            "驱虫服药登记（一年级二班）\n{CH} {NB} 已服\n{NC} {NB} 已服\n{NC} {NB} 未服（请假）\n校医 {N}\n",
            "Child nutrition survey, relocation site\nHousehold head: {NP}\nChild: {CP}, DOB {NB}\nAddress: {AS}\n"
                    + "Enumerator: {EG}\n",
            "视力筛查：{CH}，右眼4.6，左眼4.8；家长{F}，{M}；复查{D}\n",
            "营养不良儿童随访：{CY}（{CX}），出生{NB}，身长-2.1SD；母亲{MN}（{MNY}）不识汉字，由翻译{N}转述；随访医生{DR}\n",
            "预防接种证补办：儿童{CH}，出生{NB}，身份证{IDC}；母亲{MN}，户籍{A}\n",
            "学生意外伤害：{CH}在操场摔伤左前臂，校医{N}夹板固定；家长{NM}（{MV}）已通知\n",
            "{NM}之女{KY}，出生{NB}，先天性心脏病筛查阳性，家住{A}，申请救助；联系人{N}\n",
            "{\"student\":\"{CP}\",\"han_name\":\"{CH}\",\"dob\":\"{NB}\",\"guardian\":\"{NM}\",\"phone\":\"{M}\","
                    + "\"address\":\"{AS}\"}\n",
            "[OCR] 学 生 健 康 体 检 表\n学生 {CH}\n出生 {NB}\n家长 {MO}\n电话 {M}\n",
            // Maternal health and home births.
            "孕产妇保健手册\n孕妇：{MN}（{MNY}）\n出生日期：{DOBY}\n孕次G4P3，孕32周\n丈夫：{NM}  电话：{M}\n住址：{A}\n"
                    + "建档号：{R}\n",
            "家中分娩报告：{MN}于{D}在家分娩一女婴，由婆婆接生；村医{N}次日上门，新生儿出生{NB}，体重约3000g，嘱温水沐浴；"
                    + "家属{NM}电话{MV}\n",
            "高危孕产妇转诊单\n转出单位：美姑县巴普镇卫生院\n孕妇：{MN}\n身份证号：{ID}\n诊断：孕36周，重度贫血 Hb 68g/L\n"
                    + "转入：螺髻市第一人民医院产科\n联系人：{NM}（丈夫），{M}\n转诊医生：{DR}\n",
            "出生医学证明补办：母亲{MN}，身份证{ID}；父亲{NM}；婴儿出生{NB}，出生地点：家中（{A0}）\n",
            "Home birth follow-up (midwife outreach)\nMother: {MNP}, DOB {DOBE}\nBaby born {NB} at home, Ganluo county\n"
                    + "Traditional birth attendant: {NP}\nReported by {E}\n",
            "孕产妇死亡评审：{MN}，{AGE}岁，产后出血，住{AS}；家属{NM}；评审专家{DR}、{N}\n",
            "孕妇{TB}，理塘县禾尼乡牧民，海拔4100米，产前检查Hb 172g/L；丈夫{TB}，电话{M}；出生：{DOBL}\n",
            "住院分娩补助发放：{MN}，补助600元，一卡通账户{B}；经办{N}\n",
            "[微信 产后访视群]\n{N}：{MG}家今天去看了，娃儿吃奶好\n{DR}：体温多少？\n{N}：36.8℃，阿嫫在照顾\n"
                    + "{DR}：要得，地址发我\n{N}：{AS}\n",
            "{\"孕妇\":\"{MN}\",\"彝历生日\":\"{DOBY}\",\"丈夫\":{\"姓名\":\"{NM}\",\"电话\":\"{MV}\"},\"住址\":\"{AS}\"}\n",
            "Quarterly report, Liangshan maternal health project\nCase 12: {MNP}, aged {AGE}, relocated to {AS}; "
                    + "home birth, PPH managed by township midwife {N}.\nContact: {M}\n",
            // Snakes and mushrooms.
            "急诊：{P}，{AGE}岁，{D}在地里被竹叶青咬伤右足背，局部肿胀，予抗蝮蛇毒血清6000U；家属{F}，电话{M}；"
                    + "接诊{DR}\n",
            "野生菌中毒事件：{MN}、{NM}、{NM}在螺髻山采食见手青后呕吐，其中{NM}出现幻视；样品编号JZ-0712；报告人村医{N}，{L}\n",
            "毒蕈中毒病历：{TB}，{AGE}岁，误食白毒伞，ALT 1860U/L，住院号{R}；翻译{TB}\n",
            "[语音转文字] 医生 我阿普在山上遭蛇咬了 是烙铁头 脚肿得好大 我们在{A0} 我电话{MV}\n",
            "Snakebite case report\nPatient: {NP}, male, {AGE} y\nSpecies: green pit viper\nAntivenom: 4 vials, batch "
                    + "20240612\nAttending: Dr {DS}\nVillage: {A0}\n",
            "野生菌中毒登记表|{P}|{SEX}|{AGE}岁|牛肝菌|{M}|{A0}\n",
            "中毒急救：{MN}服用草药后恶心呕吐，携草药样本来诊；{MC}家支头人陪同；村医{N}，{M}\n",
            // High altitude.
            "高原肺水肿：{P}，{AGE}岁，汉族，成都来色达县工地第3天，咳粉红色泡沫痰，SpO2 62%；住院号{R}；家属{F}，{L}\n",
            "高原红细胞增多症随访：{TB}，{AGE}岁，Hb 226g/L，Hct 68%；住{A}；医生{DR}\n",
            "High-altitude illness log, Litang\nName: {TL}\nDOB: {DOBE}\nSpO2 71% at 4,014 m\nAcetazolamide 125 mg bid\n"
                    + "Phone: {M}\nNurse: {EG}\n",
            "急性高原病转运：{P}（游客），{AGE}岁，折多山出现头痛呕吐，身份证{ID}，电话{M}，由{N}驾车送康定\n",
            "[微信 甲洛电站医务室]\n{DR}：{PS}师傅血氧78，要送下山\n{N}：车在三号营地门口，车牌川V·3G172\n"
                    + "{DR}：通知家属{F}，{M}\n",
            "Case summary: {TL}, a yak herder born {DOBE}, admitted with high-altitude polycythaemia (Hb 231 g/L). "
                    + "Tel {M}.\n",
            // Construction-site injuries at the hydropower camp.
            "工伤急诊：{P}，{AGE}岁，甲洛水电站引水隧洞施工中被落石砸伤左小腿，开放性骨折；工号JL-0317；班组长{N}；"
                    + "住{AC}；工伤保险{I}\n",
            "施工营地医务室日志 {D}\n1 {P} 手指割伤 清创缝合3针\n2 {MN} 腰扭伤\n3 {NH} 发热 38.6℃\n值班医生：{DR}\n",
            "Construction camp incident report\nInjured worker: {N}\nID: {ID}\nInjury: crush injury, right hand\n"
                    + "Camp: {AC}\nSafety officer: {E}\n",
            "工伤认定材料：{MN}（{MNP}），身份证{ID}，{D}爆破作业时耳部受伤；劳务队长{N}，{M}；赔偿账户{B}\n",
            "[语音转文字] 我是工地上的{PK} 我们班的{MN}从架子上摔下来了 在三号营地 快点派车 电话{MV}\n",
            "{\"worker\":\"{P}\",\"id_no\":\"{ID}\",\"camp\":\"{AC}\",\"insurance\":\"{I}\",\"bank\":\"{B}\"}\n",
            "营地医务室登记：{N} | {ID} | 裂伤 | {AC}\n",
            "工地体检名单\n{P} {ID} 血压{BP} 合格\n{NH} {ID} 合格\n{MN} {ID} 复查\n体检医生 {DR}\n",
            // Village doctors' day books.
            "村医日志（{D}，昭觉县四开乡）\n上午：给{MN}测血压{BP}\n给{NM}家的{KY}打疫苗\n下午：{P}咳嗽，阿莫西林0.5g tid\n"
                    + "村医：{N}\n",
            "村卫生室门诊日志|{D}|{NM}|{SEX}|{AGE}|腹泻|口服补液盐|{MV}\n",
            "巡诊记录：上山到{A0}，看了{MN}（高血压）、{NM}（关节痛），{NM}的药还有。路上遇到{N}说他阿嫫病了。村医{DR}\n",
            "村医交接班：{MN}的药在柜子第二格，编号{R}，注意保密；{NM}的娃儿{KY}发烧；交班人{N}\n",
            "家庭医生签约服务协议\n甲方：则木乡卫生院\n乙方：{MN}\n身份证号：{ID}\n住址：{A}\n联系电话：{M}\n签约医生：{DR}\n",
            "村卫生室收费单：{P}，诊查费5元，一卡通{B}；经办人{N}\n",
            "村医{N}记：{MN}出生{DOBY}，身份证上是{DOB}，两个对不上，以身份证为准\n",
            // The bimo and the suni, as a clinic records them.
            "诊所记录：{MN}发热三天，家属先请{NM}毕摩做了驱病仪式，今日来诊，体温{TEMP}；{N}翻译；医生{DR}\n",
            "毕摩与医生联合随访：苏尼{NM}、毕摩{NM}同意劝说{MN}按时服药；{MC}家支负责提醒；村医{N}\n",
            "{MN}的阿达说要先请毕摩看日子才能手术，手术推迟到{D}；住院号{R}；主管医生{DR}\n",
            "Note on traditional healing: the family of {MNP} invited a bimo, {NP}, for a curing rite before agreeing "
                    + "to TB treatment. Interpreter: {N}.\n",
            "[语音转文字] 毕摩说要做个仪式 做完了再来医院 我是{MN}的儿子{NM} 电话{MV}\n",
            "健康教育讲座：主讲{N}；参加者{NM}、{NM}及毕摩{NY}\n",
            // WeChat groups.
            "[微信 则木乡卫生院家庭医生群]\n{DR}：明天到{A0}巡诊，{N}准备血压计\n{N}：收到\n{NM}：医生，我阿妈降压药吃完了，"
                    + "电话{M}\n",
            "[微信 安置点健康群]\n{N}：{AS}的{MN}说肚子痛\n{DR}：让她来卫生室，或者打{L}\n",
            "[微信 ART随访小组]\n{DR}：{MC}家那个病人本月药领了吗\n{N}：领了，编号{R}\n",
            "[微信 羌寨卫生室]\n{NQ}：{DS}医生，我妈血压又高了\n{DR}：量了多少？\n{NQ}：170/100，我们住{A}\n",
            "[微信 嘉绒乡村医生群]\n{JR}：今天下雪，去不了{A0}\n{DR}：那让{JR}家里人来拿药，电话{M}\n",
            "[微信 螺髻市一院转诊群]\n{N}：布拖县转来一个{MN}，{AGE}岁，身份证{ID}\n{DR}：收到，住院号{R}\n",
            "[微信] {NH}：{DS}大夫，我在{A0}，开斋节过了来复查可以不？\n{DR}：可以，带上医保卡{I}\n",
            "[微信 村医群]\n{N}：{FS}嬢嬢的孙女{NC}发烧39度\n{DR}：送卫生院，{L}\n",
            // Interpreters (Nuosu and Khams Tibetan).
            "翻译记录（彝汉）：{MN}（{MNY}）用彝语说胸口痛，翻译{N}转述；她阿嫫{NM}补充：咳了两个月；医生{DR}\n",
            "Interpreter log\nDate: {D}\nPatient: {MNP} / {MN} / {MNY}\nInterpreter (Nuosu-Mandarin): {NP}\n"
                    + "Clinician: Dr {DS}\n",
            "彝汉翻译签字：本人{NM}已将手术风险用彝语告知患者{MN}及其阿达，其同意手术。翻译电话{M}；日期{D}\n",
            "藏汉翻译记录：患者{TB}讲康巴藏语，由{TB}翻译；主诉头痛；医生{DR}；患者电话{M}\n",
            "语言：彝语圣乍方言；患者{MN}不会汉语；翻译{NM}（{NP}），电话{MV}；医生{DR}\n",
            "NGO consent form (English/Nuosu)\nParticipant: {MNP} / {MNY}\nWitness: {NP}\nPhone: {M}\n",
            // OCR'd forms.
            "[OCR] 居 民 健 康 档 案\n姓 名 {PO}\n出 生 日 期 {DOB}\n身 份 证 号 {ID}\n档 案 编 号 {R}\n",
            "[OCR] 住 院 病 案 首 页\n姓名 {MO}  性别 {SEX}\n身份证 {ID}\n现住址 {A}\n联系人 {NM} 电话 {M}\n",
            "[OCR] 新农合报销单 参合人{PO} 医疗证号{I} 开户银行 四川农信 账号{B}\n",
            "[OCR] 易地扶贫搬迁入住登记\n户主 {MO}\n身份证 {ID}\n安置房 {AS}\n电话 {M}\n",
            "[OCR] 藏 医 院 处 方\n患者 {TB}\n年龄 {AGE}\n住址 {A0}\n医师 {DO}\n",
            "[OCR] 转 诊 单\n患 者 {MO}\n出 生 {DOBL}\n转 诊 医 生 {DO}\n联 系 电 话 {L}\n",
            // Tables.
            "姓名,身份证号,电话,住址\n{MN},{ID},{M},{A}\n{NM},{ID},{M},{A}\n",
            "| 序号 | 姓名 | 出生日期 | 电话 |\n|---|---|---|---|\n| 1 | {MN} | {DOBY} | {M} |\n| 2 | {TB} | {DOBL} | {M} |\n",
            "ID|Name|Yi name|DOB|Phone\n001|{MNP}|{MNY}|{DOBE}|{M}\n002|{NP}|{NY}|{DOBE}|{M}\n",
            "姓名\t医保号\t银行卡\n{P}\t{I}\t{B}\n{F}\t{I}\t{B}\n",
            "姓名|性别|出生|户籍|医保\n{TB}|{SEX}|{DOB}|{A}|{I}\n{JR}|{SEX}|{DOBL}|{A}|{I}\n",
            "户口本信息\n户主 {MN}\n妻 {NM}\n长子 {KY}\n次女 {KY}\n住址 {A}\n",
            // JSON exports.
            "{\"姓名\":\"{MN}\",\"彝文名\":\"{MNY}\",\"拼音\":\"{MNP}\",\"身份证号\":\"{ID}\",\"抗病毒治疗编号\":\"{R}\"}\n",
            "{\"患者\":\"{TB}\",\"出生日期\":\"{DOBL}\",\"住址\":\"{A}\",\"医保号\":\"{I}\",\"联系电话\":\"{L}\"}\n",
            "{\"name\":\"{TL}\",\"dob\":\"{DOBE}\",\"hydatid\":\"CE1\",\"village\":\"{A0}\",\"mrn\":\"{R}\"}\n",
            "{\"姓名\":\"{P}\",\"外号\":\"{PK}\",\"电话\":\"{MV}\",\"地址\":\"{A}\",\"出生\":\"{DOB}\"}\n",
            "{\"户主\":\"{MN}\",\"彝文\":\"{MNY}\",\"安置地址\":\"{AS}\",\"一卡通\":\"{B}\",\"医保\":\"{I}\"}\n",
            // Referrals.
            "转诊单\n转出：昭觉县人民医院\n患者：{MN}  性别：{SEX}  出生：{DOB}\n身份证：{ID}\n初步诊断：结核性胸膜炎\n"
                    + "转入：螺髻市第一人民医院呼吸科\n转诊医生：{DR}  电话：{L}\n",
            "上转单：理塘县人民医院→螺髻市第一人民医院\n患者{TB}，{SEX}，出生{DOBL}，诊断肝包虫病（CE3），县医院住院号{R}，"
                    + "家属{TB}电话{M}\n",
            "下转单：螺髻市第一人民医院→茂县人民医院\n患者{NQ}，住址{A}，出院诊断：慢性阻塞性肺疾病；随访医生{DR}\n",
            "Referral letter\nDear Dr {ES},\nI am referring {MNP} ({MN}), DOB {DOBE}, from {A0}, with suspected "
                    + "MDR-TB. Her ID number is {ID}. Please contact her husband {NP} on {M}.\nYours sincerely,\n{E}\n",
            "转诊回执：{P}已于{D}到达螺髻市第一人民医院，住院号{R}，接诊医生{DR}\n",
            "Discharge summary\nPatient: {P}\nDOB: {DOBE}\nMRN: {R}\nInsurance: {I}\nAddress: {A}\nAttending: "
                    + "Dr {ES}\n",
            "出院小结：{P}，{SEX}，出生{DOB}，住院号{R}，诊断：有机磷农药中毒；出院后联系{F}，{M}\n",
            // English NGO reports.
            "Field visit notes ({D}): met village doctor {N} and the Qiang community leader {NQ} in the rebuilt "
                    + "village. Outstanding: hypertension follow-up for {NQ} ({L}).\n",
            "Beneficiary list, vocational course at the rehabilitation centre\n1. {NP}, ID {ID}\n2. {N}, ID {ID}\n"
                    + "Coordinator: {E}\n",
            "E-mail from {E}: please send the hydatid follow-up list for {TL} and {TL} to Dr {ES} before Friday. "
                    + "Patient phone {M}.\n",
            "WASH survey, Jiarong township\nHousehold: {JR}\nAddress: {A}\nLatrine: none\nSurveyor: {EG}\n",
            "乡村医生培训签到：{N}、{N}、{NM}；授课{E2}（外籍专家）；地点螺髻市第一人民医院\n",
            "戒毒康复随访：学员{NP}（彝族，{AGE}岁）已出所，美沙酮每日60mg；社工{E}\n",
            "短信提醒记录：已向{MNP}（{M}）发送取药提醒，取药日期{D}\n",
            "志愿者{EG}与{NQ}走访羌寨，下次去{A0}\n",
            "彝历生日备注：{MNP}的生日彝历记为{DOBY}，身份证上为{DOB}\n",
            // The relocation settlement, the Qiang village, the Jiarong township, rehabilitation and the CDC.
            "安置点入户随访：户主{MN}，住{AS}，家中5口人；{MG}高血压，{NM}糖尿病；随访医生{DR}；户主电话{M}\n",
            "易地扶贫搬迁家庭健康档案\n户主：{MN}\n身份证：{ID}\n原住址：{A}\n安置地址：{AS}\n签约医生：{DR}\n",
            "羌寨震后重建村随访：{NQ}，{AGE}岁，住{A}，高血压；家属{NQ}，电话{L}；村医{N}\n",
            "羌族老人健康体检：{NQ}，出生{DOBL}，住{A}，血压{BP}，未达标；体检医生{DR}\n",
            "嘉绒藏族乡卫生院门诊：{JR}，{AGE}岁，住{A}，慢性胃炎；家属{JR}，电话{M}\n",
            "戒毒康复：学员{MN}，入所编号JD2024-0318，所内病历号{R}；家属{NM}，{MV}；医生{DR}\n",
            "美沙酮维持治疗：{MN}，服药卡号MMT-0412，今日60mg；身份证{ID}；门诊护士{N}\n",
            "传染病报告卡\n患者姓名：{MN}\n有效证件号码：{ID}\n出生日期：{DOB}\n现住址：{A}\n疾病名称：肺结核\n"
                    + "报告医生：{DR}\n报告单位：阿布县疾控中心\n",
            "流行病学调查：{P}，{AGE}岁，{D}从成都返回，住{A}；同住{F}；联系电话{M}；调查员{N}\n",
            "犬伤暴露登记：{TB}，{AGE}岁，被藏獒咬伤右小腿，狂犬病疫苗批号202403B17；电话{M}\n",
            "嘉绒藏族新生儿访视：母亲{JR}，婴儿出生{NB}，住{A}；访视医生{DR}\n",
            "宫颈癌筛查：{TB}，{AGE}岁，HPV16阳性，检查编号HPV-0417；转诊康定；电话{M}\n",
            // Han settlers, Hui traders and Sichuanese speech.
            "[语音转文字] 我是羌寨的{NQ} 我妈{DOB}生的 昨天摔了一跤 人在{A0} 电话{MV}\n",
            "[语音转文字] 喂 是{DS}医生唛 我是{P}屋头的 我老汉儿遭车撞了 啥子时候来看嘛 电话{MV}\n",
            "门诊：{P}（街坊都喊{PK}），{AGE}岁，住{A}，头晕三天；家属{F}；医生{DR}\n",
            "回族商户体检：{NH}，{AGE}岁，回民街牛肉铺老板，住{A}，血脂偏高；电话{M}；医生{DR}\n",
            "汉族移民户随访：{P}，{AGE}岁，住{A}；女儿{F}在成都，{L}；老人说啥子都好，就是莫得胃口\n",
            "[语音转文字] {FS}嬢嬢 你屋头{PG}的药我放在卫生室了 巴适得很 电话{MV}\n",
            "老{PS}，{AGE}岁，种马铃薯的，摔伤腰，住{A0}；小{FS}陪同，{M}\n",
            "食堂从业人员健康证：{NH}，出生{DOB}，身份证{ID}，穆斯林餐厅厨师；体检医生{DR}\n",
            "{PK}（{P}）在{A0}开小卖部，糖尿病；余额不足未取药；家属{F}，{M}\n",
            // More wards, lists and notes.
            "住院患者{P}家属来电，说{PG}想提前出院；主管{DS}医生同意，电话{M}\n",
            "护理记录：{P}，术后第2天，{PG}诉伤口疼，予布洛芬；责任护士{DR}，{DS}护士长已查看\n",
            "彝文名单：{NY}、{NY}、{NY}，请于{D}到卫生院体检；联系{N}，{L}\n",
            "学生花名册（双语）\n{CY} {CX} {CH}\n班主任 {N}\n",
            "[OCR] 门 诊 病 历\n姓名 {PO}\n医师 {DO}\n医保 {I}\n",
            "[OCR] 出 院 证 明\n患者 {PO}  出生 {DOB}\n主治 {DO}\n电话 {M}\n",
            "{PS}大爷，{AGE}岁，住{A}，慢支；老{PS}的儿子{F}，电话{M}\n",
            "工地急救：{PS}师傅从脚手架摔下，即{P}，身份证{ID}，住{AC}\n",
            "邮件抄送{E}、{E2}：理塘包虫病名单已更新，联系电话{L}\n",
            "[语音转文字] {DS}医生 我是{P} 我娃儿{CH}发烧了 电话{MV}\n",
            "嘉绒藏族老人：{JR}，出生{DOBL}，住{A}；女儿{JR}，{M}\n",
            "包虫病手术随访：{TB}，{AGE}岁，术后6月，B超无复发；住院号{R}；{DS}主任随访\n",
            "孕产妇：{MN}（{MNY}），{DOBY}生，彝族年后待产；丈夫{NM}，{MV}\n",
            // SMS.
            "【则木乡卫生院】{MG}您好，请于{D}到卫生院复查血糖，电话{L}\n",
            "【螺髻市第一人民医院】尊敬的{P}，您的住院号{R}，预约{D}复诊。如有疑问请致电{L}\n",
            "【阿布县疾控中心】{MN}家属您好，请带{CY}来接种麻疹疫苗，疫苗批号202405A187。咨询{L}\n",
            "【螺髻市医保局】{P}您好，您的医保号{I}已完成异地就医备案，报销款将转入{B}\n",
            // Tibetan patients.
            "理塘县人民医院门诊：{TB}，{SEX}，出生{DOBL}，身份证{ID}，住{A}，胃痛；医生{DR}\n",
            "[语音转文字] 扎西德勒 医生 我是{TB} 我阿妈在家里走不动 我们在{A0} 电话{MV}\n",
            "牧民流动就诊：{TB}，在{A0}放牧，手机信号差，联系人{TB}，{M}\n",
            "报销明细：{TB}，医保号{I}，住院号{R}，报销金额12386.50元，账户{B}\n",
            // Insurance, relief and bank accounts.
            "城乡居民医保缴费：{MN}，医保号{I}，缴费350元，民政全额代缴；一卡通{B}\n",
            "大病救助申请：{P}，身份证{ID}，医保{I}，救助金转入{B}，开户行四川农信\n",
            "彝族年前慰问：{NM}，{AGE}岁，独居老人，住{AS}，一卡通{B}\n",
            "火把节急诊：{P}喝杆杆酒后摔伤头部，身份证{ID}，电话{M}；陪同{F}\n",
            "病历首页：姓名{P} 出生{DOB} 户籍{A} 医保{I} 身份证{ID}\n",
            "身份核验：{MN}的身份证{ID}与户口本不一致（户口本出生日期{DOBL}），以身份证为准\n",
            "医保异地备案：{P}，医保号{I}，备案地成都，联系电话{L}\n");

    // The commonest Sichuan surnames first, then 马 (Hui and Han), the others of the corridor, the Qiang villagers'
    // (苟, 韩, 董, 余, 何), the Hui traders', four surnames no earlier group used, and the schoolchildren's school names.
    static final List<String> CHINESE = List.of((""
            + "王德彬 王秀琼 王永碧 王家蓉 王学忠 王治升 王素琼 王兴碧 王光灿 王昌琼 王淑碧 王国钧 王梦琪 王泽渠 "
            + "李光琼 李德炳 李秀碧 李昌富 李淑蓉 李兴全 李素华 李沐然 李德勤 李琼英 李绍全 "
            + "张德全 张素芬 张国琼 张正碧 张志彬 张永钊 张学琴 张福蓉 张绍兵 "
            + "刘文琼 刘明灿 刘素华 刘德彪 刘家碧 刘兴蓉 刘正刚 刘光琴 "
            + "陈德蓉 陈兴碧 陈昌贵 陈素琴 陈学勤 陈永芬 陈治国 "
            + "杨春碧 杨德钦 杨秀蓉 杨诗蔓 杨槐 杨成焱 杨学芬 "
            + "黄永碧 黄家琼 黄绍清 黄素贞 赵德渠 赵秀芝 赵光禄 周光彩 周琼珍 周德钧 吴素英 吴天佑 吴绍坤 "
            + "何德蓉 何学斌 何妨 何树清 何秀芝 罗永琼 罗建蓉 罗子骞 罗俊逸 罗绍武 "
            + "邓德勤 邓素珍 谢光碧 谢绍华 唐国钧 唐素琼 曾兴蓉 曾德顺 胡德彪 胡秀琼 蒋秀碧 彭家驹 冯德珍 韩永寿 董秀瑛 "
            + "余德槐 余秀芝 余梦涵 "
            + "马尚彪 马有祥 马桂芝 马雅琪 马俊豪 马国禄 沙国祥 白志祥 海正祥 穆德顺 "
            + "苟德明 苟秀英 苟玉珍 苟安 苟治清 卿德贵 卿秀兰 卿学芬 达观 达永康 达国清 陇光荣 陇素芬 沐秀琼 沐德华 "
            + "吉思雨 吉诗涵 吉宇航 海佳怡 海俊杰 沙雨欣 沙浩宇 曲文韬 曲梦瑶 安子墨 侯欣悦"
            ).strip().split(" "));
    /** Qiang villagers of the rebuilt village and the Wenchuan–Mao county valleys. */
    static final List<String> QIANG = List.of("王治升", "何树清", "韩永寿", "董秀瑛", "余德槐", "余秀芝", "苟德明",
            "苟秀英", "苟玉珍", "苟治清", "杨成焱", "陈学勤");
    /** Hui traders and cooks of the prefecture city. */
    static final List<String> HUI = List.of("马尚彪", "马有祥", "马桂芝", "马国禄", "沙国祥", "白志祥", "海正祥",
            "穆德顺", "达永康", "达国清");
    /** Surnames no earlier blind group gave anyone: 卿 (Sichuan), 陇 (taken by Yi chieftain lineages), 达 (Hui), 沐. */
    static final String RARE_SURNAMES = "卿陇达沐";
    /** Pool names that are also ordinary words: the locust tree, why not, philosophical, to drift along. */
    static final List<String> WORD_LIKE = List.of("杨槐", "何妨", "达观", "苟安");
    /** Nuosu Yi adults: the name in Chinese transliteration (clan and given name)|Yi pinyin|the Yi syllabary. */
    static final List<String> YI = List.of("吉克拉哈|Jjike Laha|ꐚꈌꇁꉳ", "吉克日嫫|Jjike Rrymo|ꐚꈌꎐꂿ",
            "阿苦日且|Axku Rryqie|ꀉꈐꎐꐂ", "阿苦阿依|Axku Ayi|ꀉꈐꀊꑳ", "海来伍且|Hielie Vuqie|ꉰꆽꃶꐂ",
            "海来拉嫫|Hielie Lamo|ꉰꆽꇁꂿ", "沙马尔布|Shama Rrybu|ꎭꂷꎐꀮ", "沙马石嫫|Shama Shymo|ꎭꂷꏂꂿ",
            "俄木约哈|Omu Yoha|ꀑꃅꑿꉳ", "俄木伍嫫|Omu Vumo|ꀑꃅꃶꂿ", "曲比子洛|Qubi Zzylo|ꐎꀘꋩꇉ",
            "曲比衣且|Qubi Yiqie|ꐎꀘꑳꐂ", "马海史者|Mahxa Shyzhe|ꂷꉐꏂꍓ", "马海衣嫫|Mahxa Yimo|ꂷꉐꑳꂿ",
            "阿约尔古|Ayo Rrygu|ꀊꑿꎐꇴ", "阿约子嫫|Ayo Zzymo|ꀊꑿꋩꂿ", "的日铁哈|Dirry Tieha|ꄂꎐꄟꉳ",
            "的日牛嫫|Dirry Nyumo|ꄂꎐꑛꂿ", "吉伍日格|Jjivu Rryge|ꐚꃶꎐꇰ", "吉伍阿呷|Jjivu Aga|ꐚꃶꀊꇤ",
            "瓦扎木且|Vazha Muqie|ꃬꍈꃅꐂ", "瓦扎尔嫫|Vazha Rrymo|ꃬꍈꎐꂿ", "马黑伍各|Mahxi Vuge|ꂷꉈꃶꇰ",
            "马黑日果|Mahxi Rrygo|ꂷꉈꎐꇬ", "俄底拉体|Odi Lati|ꀑꄂꇁꄜ", "阿西依作|Axi Yizzo|ꀊꑟꑳꋝ",
            "勒格阿牛|Lege Anyu|ꇌꇰꀊꑛ", "吉伙日牛|Jjiho Rrynyu|ꐚꉻꎐꑛ", "阿侯尔呷|Aho Rryga|ꀊꉻꎐꇤ",
            "罗洪石哈|Loho Shyha|ꇉꉻꏂꉳ", "阿侯阿芝|Aho Azhy|ꀊꉻꀊꍝ", "吉克尔古|Jjike Rrygu|ꐚꈌꎐꇴ",
            "沙马拉哈|Shama Laha|ꎭꂷꇁꉳ", "海来阿依|Hielie Ayi|ꉰꆽꀊꑳ", "曲比日嫫|Qubi Rrymo|ꐎꀘꎐꂿ",
            "俄木史者|Omu Shyzhe|ꀑꃅꏂꍓ");
    /** The Yi adults in Chinese transliteration. */
    static final List<String> MINORITY = YI.stream().map(e -> e.split("\\|")[0]).toList();
    /** Schoolchildren: the Yi name|the Chinese school name|Yi pinyin|the Yi syllabary. */
    static final List<String> KIDS = List.of("吉克衣嫫|吉思雨|Jjike Yimo|ꐚꈌꑳꂿ", "吉伍子嫫|吉诗涵|Jjivu Zzymo|ꐚꃶꋩꂿ",
            "吉伙伍牛|吉宇航|Jjiho Vunyu|ꐚꉻꃶꑛ", "海来日果|海佳怡|Hielie Rrygo|ꉰꆽꎐꇬ",
            "海来尔呷|海俊杰|Hielie Rryga|ꉰꆽꎐꇤ", "沙马日果|沙雨欣|Shama Rrygo|ꎭꂷꎐꇬ",
            "沙马子洛|沙浩宇|Shama Zzylo|ꎭꂷꋩꇉ", "曲比伍各|曲文韬|Qubi Vuge|ꐎꀘꃶꇰ",
            "曲比衣嫫|曲梦瑶|Qubi Yimo|ꐎꀘꑳꂿ", "马海阿牛|马俊豪|Mahxa Anyu|ꂷꉐꀊꑛ",
            "马黑拉嫫|马雅琪|Mahxi Lamo|ꂷꉈꇁꂿ", "阿苦尔古|安子墨|Axku Rrygu|ꀉꈐꎐꇴ",
            "阿约日嫫|杨诗蔓|Ayo Rrymo|ꀊꑿꎐꂿ", "俄木拉体|吴天佑|Omu Lati|ꀑꃅꇁꄜ",
            "的日伍各|李沐然|Dirry Vuge|ꄂꎐꃶꇰ", "瓦扎阿依|王梦琪|Vazha Ayi|ꃬꍈꀊꑳ",
            "勒格子洛|罗子骞|Lege Zzylo|ꇌꇰꋩꇉ", "阿侯石嫫|侯欣悦|Aho Shymo|ꀊꉻꏂꂿ",
            "罗洪木呷|罗俊逸|Loho Muga|ꇉꉻꃅꇤ", "阿西牛嫫|余梦涵|Axi Nyumo|ꀊꑟꑛꂿ");
    /** Khams Tibetans of Ganzi, then Jiarong Tibetans of Aba: Chinese transliteration|Latin. */
    static final List<String> TIBETAN = List.of("四郎降措|Sonam Jamtso", "泽绒志玛|Tserong Drolma",
            "呷绒翁姆|Garong Wangmo", "格绒登珠|Gerong Dondrub", "降泽拉姆|Jangtse Lhamo", "益西翁姆|Yeshe Wangmo",
            "洛绒曲措|Lorong Chotso", "扎西降初|Tashi Jangchub", "次仁旺修|Tsering Wangchuk",
            "嘎玛泽郎|Karma Tselang", "仁青卓嘎|Rinchen Drolkar", "斯朗卓玛|Sonam Drolma", "贡布泽仁|Gonpo Tsering",
            "降央曲珍|Jamyang Chodron", "登巴次称|Tenpa Tsultrim",
            "阿旺甲措|Ngawang Gyatso", "泽郎王姆|Tselang Wangmo", "斯郎泽尔甲|Sonam Tsergyal",
            "根秋泽仁|Kunchok Tsering", "三朗拉措|Samlang Lhatso");
    /** The Jiarong names of {@link #TIBETAN}, the last five. */
    static final List<String> JIARONG = TIBETAN.subList(15, 20).stream().map(e -> e.split("\\|")[0]).toList();
    /** Sichuanese nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("王幺妹", "张二娃", "罗么儿", "陈胖娃", "李三毛", "刘眼镜", "周老幺",
            "谢大脑壳");
    /** NGO staff, given|family: Norwegian, Dutch, Irish, French, Japanese, Nepali, Kenyan, Icelandic, German, Danish. */
    static final List<String> ENGLISH = List.of("Ingvild|Tronstad", "Reinout|Oudshoorn", "Brigid|Kinsella",
            "Thorvald|Sandvold", "Jorunn|Lilleby", "Gijsbert|Westerhof", "Ailbhe|Tuohy", "Ghislaine|Sauvageot",
            "Yoshiki|Nishikiori", "Prakash|Koirala", "Sabitri|Luitel", "Wambui|Mwangangi", "Kiprop|Kiprono",
            "Halldor|Stenersen", "Mirjam|Bruinsma", "Torsten|Hinterberger", "Odile|Trevaskis", "Berit|Rasmussen");

    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Xichang, Muli, Puge, Butuo, Jinyang, Zhaojue, Xide,
     * Yuexi, Ganluo, Meigu and Leibo of Liangshan; Kangding county, Yajiang, Dawu, Sertar and Litang of Ganzi; Wenchuan,
     * Li county, Mao county, Jinchuan, Xiaojin and Barkam county of Aba; Jinjiang of Chengdu, Hanyuan of Ya'an and
     * Linxia county.
     */
    private static final List<String> LEGACY_AREA = List.of("513401", "513422", "513428", "513429", "513430",
            "513431", "513432", "513434", "513435", "513436", "513437", "513321", "513325", "513326", "513333",
            "513334", "513221", "513222", "513223", "513226", "513227", "513229", "510104", "511823", "622921");
    /** Area codes for 18-digit numbers: the legacy codes and those of later cities (Kangding 2015, Barkam 2015, Huili 2021). */
    private static final List<String> AREA = Stream.concat(Stream.of("513301", "513201", "513402"),
            LEGACY_AREA.stream()).toList();
    /** The Liangshan codes, for children's numbers. */
    private static final List<String> LIANGSHAN_AREA = AREA.stream().filter(a -> a.startsWith("5134")).toList();
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0834", "0836", "0837", "0835", "0812", "0930");
    private static final List<String> BANK_BINS = List.of("622848", "621799", "622188", "623190", "621458");
    private static final List<String> COUNTY_CODES = List.of("ZJ", "BT", "MG", "LT", "SD", "JC", "MX");
    /** The prefecture's names as addresses write them, then county|townships|villages. */
    private static final List<String> YI_VILLAGES = List.of(
            "昭觉县|竹核乡,四开乡,则普乡|补约村,洒拉地坡村,阿并村",
            "布拖县|乐安乡,交际河乡|依撒村,拉达村",
            "美姑县|巴普镇,依果觉乡|瓦古村,尔合村",
            "越西县|普雄镇,书古乡|瓦曲村,觉呷村",
            "金阳县|丙底乡,南瓦乡|洛觉村,呷洛村",
            "喜德县|光明镇,冕山镇|阿吼村,红莫村");
    private static final List<String> GANZI_VILLAGES = List.of(
            "理塘县|禾尼乡,村戈乡|然尼村,格木村",
            "色达县|洛若镇,翁达镇|泥朵村,牙扎村",
            "道孚县|鲜水镇,八美镇|沟普村,惠远村",
            "雅江县|呷拉乡,八角楼乡|白孜村,祝桑村");
    private static final List<String> JIARONG_VILLAGES = List.of(
            "金川县|卡撒乡,咯尔乡|曾达村,俄日村",
            "小金县|沃日镇,达维镇|木栏村,官寨村",
            "马尔康市|松岗镇,卓克基镇|西索村,直波村");
    private static final List<String> QIANG_VILLAGES = List.of(
            "茂县|凤仪镇,南新镇|坪头村,牛尾村",
            "汶川县|雁门镇,龙溪乡|萝卜寨村,阿尔村",
            "理县|桃坪镇,蒲溪乡|增头村,休溪村");
    /** County|town|settlements of the relocation programme. */
    private static final List<String> SETTLEMENTS = List.of(
            "昭觉县|新城镇|幸福家园安置点,阳光新村安置点",
            "布拖县|特木里镇|火普安置小区",
            "美姑县|巴普镇|团结新村安置点",
            "越西县|越城镇|瓦曲安置点",
            "螺髻市|安宁河镇|感恩小区安置点");
    /** City|districts|roads|estates. */
    private static final List<String> CITY = List.of(
            "螺髻市|月华区,安宁区|航天大道,三岔口南路,长安东路,胜利路|邛滨小区,月城花园,康宁苑",
            "成都市|武侯区,金牛区|玉林北路,抚琴西路|锦绣苑,西府家园");
    /** County|township|camps of the hydropower projects. */
    private static final List<String> CAMPS = List.of(
            "雅江县|呷拉乡|甲洛水电站三号营地,甲洛水电站施工营地",
            "九龙县|乌拉溪镇|色曲河二级电站施工营地");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    /** The months of the Yi ten-month solar calendar: earth, copper, water, wood and fire, each male then female. */
    static final List<String> YI_MONTHS = List.of("土公", "土母", "铜公", "铜母", "水公", "水母", "木公", "木母", "火公",
            "火母");
    private static final String ELEMENTS = "木火土铁水";
    private static final String ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪";

    private Blind36Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_36 || !templates.isEmpty() && BLIND_36.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Yi adult (MN), in Chinese transliteration. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] yiEntry(String yiName) {
        for (String e : YI) {
            if (e.startsWith(yiName + "|")) return e.split("\\|");
        }
        throw new IllegalArgumentException(yiName);
    }

    /** A Yi adult's name in Yi pinyin: Jjike Laha. */
    static String yiPinyin(String yiName) {
        return yiEntry(yiName)[1];
    }

    /** A Yi adult's name in the Yi syllabary. */
    static String yiScript(String yiName) {
        return yiEntry(yiName)[2];
    }

    /** The clan name: the first two characters of a Yi name. */
    static String clanOf(String yiName) {
        return yiName.substring(0, 2);
    }

    /** The Yi given name used alone: the last two characters. */
    static String yiGivenName(String yiName) {
        return yiName.substring(2);
    }

    /** The record's child: the same child for the same patient and Yi adult, so that its names agree in a record. */
    static String[] recordChild(String[] people) {
        return KIDS.get(Math.floorMod((people[0] + "|" + people[3]).hashCode(), KIDS.size())).split("\\|");
    }

    /**
     * A name as OCR reads it off a form: broken by a line break, a single blank after the surname (or the clan), a blank
     * between every character, or an ideographic blank between every character.
     */
    static String scannedName(String name, RandomGenerator r) {
        return PoolNameForms.scannedName(name, name.length() == 4 ? 2 : 1, r);
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese or Yi pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** 凉山彝族自治州 or 凉山州, with 四川省 before it or not. */
    private static String prefecture(String full, String shortName, boolean withProvince, RandomGenerator r) {
        return (withProvince ? "四川省" : "") + (r.nextBoolean() ? full : shortName);
    }

    /** A village of Liangshan, Ganzi, Jiarong Aba or the rebuilt Qiang valleys; {@code partial} may stop early. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        int kind = r.nextInt(10);
        String[] t;
        String pref;
        if (kind < 5) {
            t = split(pick(YI_VILLAGES, r));
            pref = prefecture("凉山彝族自治州", "凉山州", withProvince, r);
        } else if (kind < 7) {
            t = split(pick(GANZI_VILLAGES, r));
            pref = prefecture("甘孜藏族自治州", "甘孜州", withProvince, r);
        } else if (kind < 8) {
            t = split(pick(JIARONG_VILLAGES, r));
            pref = prefecture("阿坝藏族羌族自治州", "阿坝州", withProvince, r);
        } else {
            t = split(pick(QIANG_VILLAGES, r));
            pref = prefecture("阿坝藏族羌族自治州", "阿坝州", withProvince, r);
        }
        if (partial) {
            String base = (r.nextBoolean() ? pref : "") + t[0] + one(t[1], r);
            return switch (r.nextInt(3)) {
                case 0 -> base;
                case 1 -> base + one(t[2], r);
                default -> base + one(t[2], r) + (1 + r.nextInt(9)) + "组";
            };
        }
        String v = pref + t[0] + one(t[1], r) + one(t[2], r);
        if (kind >= 8) {
            return r.nextBoolean() ? v + "新寨" + (1 + r.nextInt(80)) + "号"
                    : v + (1 + r.nextInt(9)) + "组" + (1 + r.nextInt(60)) + "号";
        }
        return r.nextBoolean() ? v + (1 + r.nextInt(12)) + "组" : v + (1 + r.nextInt(12)) + "组" + (1 + r.nextInt(90)) + "号";
    }

    /** A flat in 螺髻 or Chengdu: 螺髻市月华区航天大道18号邛滨小区3栋2单元4楼2号. */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(CITY, r));
        String base = (withProvince ? "四川省" : "") + t[0] + one(t[1], r) + one(t[2], r);
        if (partial) return base;
        return base + (1 + r.nextInt(300)) + "号" + one(t[3], r) + (1 + r.nextInt(20)) + "栋" + (1 + r.nextInt(4))
                + "单元" + (1 + r.nextInt(18)) + "楼" + (1 + r.nextInt(4)) + "号";
    }

    /** The relocation settlement: 昭觉县新城镇幸福家园安置点7栋2单元302号, or 12栋502号; {@code partial} the settlement. */
    static String settlement(boolean withPrefecture, boolean partial, RandomGenerator r) {
        String[] t = split(pick(SETTLEMENTS, r));
        String base = (withPrefecture && !t[0].startsWith("螺髻") ? "凉山州" : "") + t[0] + t[1] + one(t[2], r);
        if (partial) return base;
        int floor = 1 + r.nextInt(6);
        return r.nextInt(4) > 0
                ? base + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(4)) + "单元" + floor + "0" + (1 + r.nextInt(4)) + "号"
                : base + (1 + r.nextInt(30)) + "栋" + floor + "0" + (1 + r.nextInt(4)) + "号";
    }

    /** The hydropower camp: 雅江县呷拉乡甲洛水电站三号营地B区7栋板房12号. */
    static String camp(boolean withCounty, RandomGenerator r) {
        String[] t = split(pick(CAMPS, r));
        String base = (withCounty ? t[0] + t[1] : "") + one(t[2], r);
        return r.nextBoolean() ? base + "ABCD".charAt(r.nextInt(4)) + "区" + (1 + r.nextInt(12)) + "栋板房"
                + (1 + r.nextInt(30)) + "号" : base + (1 + r.nextInt(9)) + "号板房" + (1 + r.nextInt(20)) + "室";
    }

    /** An address: a village (most), a flat, the settlement; {@code partial} may stop at the township, village or road. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        int k = r.nextInt(10);
        if (k < 7) return village(withProvince, partial, r);
        if (k < 9) return flat(withProvince, partial, r);
        return settlement(withProvince, partial, r);
    }

    /** An 18-character number on one of {@code areas}, born in the years given, plain, with a lower-case x or 6-8-4. */
    private static String written18(List<String> areas, int fromYear, int years, RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(areas, r), fromYear, years, r);
        return switch (r.nextInt(5)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A resident ID: 18 characters (born 1945 to 2006), or a 15-digit one on a code of its time (born 1940 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 40, 45, r);
        return written18(AREA, 1945, 62, r);
    }

    /** A child's resident ID on a Liangshan code, born 2008 to 2020. */
    static String childIdNumber(RandomGenerator r) {
        return written18(LIANGSHAN_AREA, 2008, 13, r);
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86 139 1234 5678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86 " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            default -> n;
        };
    }

    /** A mobile as said aloud: the one as 幺 (Sichuanese) or 一, the nought as 零; 3-4-4 by blanks, by commas or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '1' ? one : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7);
            case 1 -> s.substring(0, 3) + "，" + s.substring(3, 7) + "，" + s.substring(7);
            default -> s;
        };
    }

    /**
     * A landline: seven local digits on the corridor's codes, eight on 028: 0834-3123456, (0834)3123456, 0834 312 3456,
     * 0834-3123456转806, +86 834 3123456.
     */
    static String landline(RandomGenerator r) {
        boolean chengdu = r.nextInt(5) == 0;
        String area = chengdu ? "028" : pick(SEVEN_DIGIT_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(chengdu ? 7 : 6, r);
        int half = chengdu ? 4 : 3;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * LJ2024031876 (inpatient, Luoji), LJMZ247031876 (outpatient), ZJ-24-03187 (county hospitals), ART513431-00387
     * (antiretroviral treatment number), TB2024-0387 (TB registration), a 17-digit health-archive number on an area code.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> "LJ" + year + digits(6, r);
            case 1 -> "LJMZ" + (year % 100) + digits(7, r);
            case 2 -> pick(COUNTY_CODES, r) + "-" + (year % 100) + "-" + digits(5, r);
            case 3 -> "ART" + pick(AREA, r) + "-" + digits(5, r);
            case 4 -> "TB" + year + "-" + digits(4, r);
            default -> pick(AREA, r) + digits(11, r);
        };
    }

    /** Rural and urban residents' insurance of Liangshan, Ganzi and Aba (LSJM, GZJM, ABJM), the camp's GS2024 policy. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0, 1, 2 -> "LSJM" + digits(10, r);
            case 3 -> "GZJM" + digits(10, r);
            case 4 -> "ABJM" + digits(10, r);
            default -> "GS" + (2016 + r.nextInt(10)) + digits(8, r);
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

    /** 1981年3月5日, 1981-03-05, 1981.3.5, 1981/3/5, 一九八一年三月五日, 81年3月5号; born 1940 to 2006. */
    static String birthDate(RandomGenerator r) {
        int y = 1940 + r.nextInt(67), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
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

    /** The Tibetan year's element and animal: 1978 is 土马 (earth horse). */
    static String tibetanYear(int y) {
        return "" + ELEMENTS.charAt(Math.floorMod(y - 4, 10) / 2) + ANIMALS.charAt(Math.floorMod(y - 4, 12));
    }

    /**
     * A lunar or Tibetan date of birth, 1935 to 2000: 农历1978年腊月初八, 阴历七八年冬月十五, 农历一九七八年正月初三,
     * 藏历土马年四月十五.
     */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(66), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return switch (r.nextInt(4)) {
            case 0 -> "农历" + y + "年" + month + lunarDay(d);
            case 1 -> "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
            case 2 -> "农历" + IdentifierForms.chineseYear(y) + "年" + month + lunarDay(d);
            default -> "藏历" + tibetanYear(y) + "年" + IdentifierForms.chineseNumber(m + 1) + "月" + lunarDay(d);
        };
    }

    /** A date of birth in the Yi ten-month solar calendar (36-day months): 彝历1986年铜母月12日, 彝历一九八六年水公月十二日. */
    static String yiBirthDate(RandomGenerator r) {
        int y = 1940 + r.nextInt(65), d = 1 + r.nextInt(36);
        String month = pick(YI_MONTHS, r) + "月";
        return r.nextBoolean() ? "彝历" + y + "年" + month + d + "日"
                : "彝历" + IdentifierForms.chineseYear(y) + "年" + month + IdentifierForms.chineseNumber(d) + "日";
    }

    /** As English reports write it: 5 March 1987, 05 Mar 1987, March 5, 1987. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1945 + r.nextInt(60), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> String.format("%02d %s %d", d, month.substring(0, 3), y);
            default -> month + " " + d + ", " + y;
        };
    }

    /** A child's date of birth, 2008 to 2025: 2016年3月5日, 2016-03-05, 2016.3.5, 20160305. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2008 + r.nextInt(18), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
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
            case "NQ" -> out.write(pick(QIANG, random), EntityKind.NAME);
            case "NH" -> out.write(pick(HUI, random), EntityKind.NAME);
            case "NC" -> out.write(pick(KIDS, random).split("\\|")[1], EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "DO" -> out.write(scannedName(people[2], random), EntityKind.NAME);
            case "MO" -> out.write(scannedName(people[3], random), EntityKind.NAME);
            case "MNP" -> out.write(yiPinyin(people[3]), EntityKind.NAME);
            case "MNY" -> out.write(yiScript(people[3]), EntityKind.NAME);
            case "MG" -> out.write(yiGivenName(people[3]), EntityKind.NAME);
            case "MC" -> out.write(clanOf(people[3]), EntityKind.NAME);
            case "NM" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "NP" -> out.write(pick(YI, random).split("\\|")[1], EntityKind.NAME);
            case "NY" -> out.write(pick(YI, random).split("\\|")[2], EntityKind.NAME);
            case "CY" -> out.write(recordChild(people)[0], EntityKind.NAME);
            case "CH" -> out.write(recordChild(people)[1], EntityKind.NAME);
            case "CP" -> out.write(recordChild(people)[2], EntityKind.NAME);
            case "CX" -> out.write(recordChild(people)[3], EntityKind.NAME);
            case "KY" -> out.write(pick(KIDS, random).split("\\|")[0], EntityKind.NAME);
            case "TB" -> out.write(pick(TIBETAN, random).split("\\|")[0], EntityKind.NAME);
            case "TL" -> out.write(pick(TIBETAN, random).split("\\|")[1], EntityKind.NAME);
            case "JR" -> out.write(pick(JIARONG, random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDC" -> out.write(childIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AS" -> out.write(settlement(random.nextInt(4) == 0, false, random), EntityKind.ADDRESS);
            case "AC" -> out.write(camp(random.nextBoolean(), random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBY" -> out.write(yiBirthDate(random), EntityKind.BIRTH_DATE);
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
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || MINORITY.stream().anyMatch(n -> clanOf(n).equals(w) || yiGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Yi adult's or child's Chinese transliteration for a pinyin or
     * syllabary form, the Chinese transliteration for a Tibetan Latin form), or null when the value (a surname, a clan,
     * a given name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : YI) {
            String[] p = e.split("\\|");
            if (p[1].equals(w) || p[2].equals(w)) return p[0];
        }
        for (String e : KIDS) {
            String[] p = e.split("\\|");
            if (p[0].equals(w) || p[2].equals(w) || p[3].equals(w)) return p[0];
        }
        for (String e : TIBETAN) {
            String[] p = e.split("\\|");
            if (p[0].equals(w) || p[1].equals(w)) return p[0];
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

    /** Every written form of the Yi adults and children, the Tibetans and the NGO staff, in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : YI) out.addAll(List.of(e.split("\\|")));
        for (String e : KIDS) out.addAll(List.of(e.split("\\|")));
        for (String e : TIBETAN) out.addAll(List.of(e.split("\\|")));
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

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    static List<String> liangshanAreaCodes() {
        return LIANGSHAN_AREA;
    }
}

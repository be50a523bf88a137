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
 * Fifty-ninth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_59}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: the fictional provincial 松辽肿瘤医院 with its Harbin and Changchun campuses and its county partner
 * hospitals in Heilongjiang and Jilin (五常, 尚志, 巴彦, 农安, 龙井, 伊通, farm and forest-bureau hospitals). Oncology admissions,
 * ward notes, handovers and discharges; chemotherapy day-ward schedules and check sheets; radiotherapy plans, fraction
 * logs, SBRT and brachytherapy records; tumour boards (MDT) with remote experts from Beijing and abroad; pathology,
 * genetic-test and genetic-counselling reports; clinical-trial screening logs, the site-only subject identification
 * log, enrolment forms, SAE reports and monitoring letters; cancer registry cards and exports and early-detection
 * screening rosters; hospice and palliative home visits, pain diaries, opioid registers and bereavement calls;
 * patient-support WeChat groups in Dongbei speech (咋整, 整, 嘎哈, 唠嗑, 贼, 老妹儿, 大兄弟, 嗯呐, 闹心, 杠杠的, 好使); charity
 * drug-assistance applications; commercial 惠民保 claims; retired workers of the big state enterprises (一汽, 一重, 哈电, 大庆油田),
 * state-farm and forest-farm families; Korean-Chinese (朝鲜族) families writing Korean, Manchu families, relatives working
 * in Russia and Japan. Free text, forms, tables (CSV, tab, pipe, markdown), JSON, WeChat, voice notes, SMS (one in
 * Korean), e-mails and OCR'd scans, about a sixth in English.
 *
 * <p>The people: patients (retired workers, farmers, forest workers, their wives and husbands), their children and
 * in-laws, doctors, nurses, physicists, therapists, social workers, CRCs, volunteers, farm and forest-farm cadres, all
 * from {@link #NAMES}; Korean-Chinese patients and relatives ({@link #KOREAN}: characters, pinyin and Hangul);
 * daughters married in Japan and their husbands ({@link #JAPANESE}: the daughter by her husband's family name and her
 * own given name, in characters and rōmaji) in-laws in Russia ({@link #RUSSIAN}: Cyrillic and Latin); remote experts,
 * monitors and programme staff abroad ({@link #ENGLISH}); pet names used by family and group members
 * ({@link #NICKNAMES}).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, English prose, a Korean SMS, a bilingual scan). A
 * surname in a form of address labels the surname only ({@code PS} the patient's, {@code FS} the relative's, {@code DS}
 * the record's clinician's (doctor, head nurse, group coordinator), {@code NS} a further person's, {@code MS} the
 * Korean-Chinese patient's): 老X, 小X, X医生, X大夫, X主任, X教授, X护士长, X护士, X老师, X师傅, X姐, X哥, X大爷, X大娘, X叔, X婶, X工, X场长, X书记,
 * X阿妈妮; the title stays outside. A given name used alone ({@code PG}) labels the given name. A pet name ({@code PK}),
 * the same for the record's patient throughout, is labelled whole, also before 他妈. A Hangul name ({@code MH},
 * {@code KH}) is labelled whole and 님 stays outside. Kin words, roles, dialect words and forms of address without a
 * name are not names: 老妹儿, 大兄弟, 大姐, 老伴儿, 老爷子, 老太太, 闺女, 阿妈妮 alone, 어머니, 姑父, 护士长, 场长. An OCR'd name ({@code PO},
 * {@code FO}, {@code MO}) broken by a line break, a blank after the surname, or a blank or ideographic blank between
 * every character is one span. Pinyin in English documents ({@code PY}, {@code FY}, {@code NY}, {@code MY}: Wang
 * Zhenshan, WANG ZHENSHAN, Zhenshan Wang, WANG Zhenshan) is labelled whole; so are a daughter's married name in Japan,
 * her husband's family name and her own given name, in characters ({@code JN}: 山口雅芹 of 刘雅芹) and rōmaji ({@code JR}:
 * Yaqin Yamaguchi, YAMAGUCHI Yaqin), her Japanese husband ({@code JH}: 山口航平; {@code JE}: Kohei Yamaguchi, YAMAGUCHI
 * Kohei), Russian names in Cyrillic ({@code RU}) and Latin ({@code RL}), and foreign experts ({@code E}, {@code E2}),
 * also by family name ({@code ES}) or given name ({@code EG}) alone; Dr stays outside.
 *
 * <p>Clinical-trial conventions: the site-only subject identification log (受试者鉴认代码表) names the subjects in full and
 * those names, IDs and phones are labelled. Subject numbers (01-0387), screening numbers (S01-0387), randomisation
 * numbers and the subjects' pinyin initials (WZS, W-Z-S, J-S-H) are the pseudonyms GCP prescribes for sponsor documents
 * and are NOT labelled; they are written as fixed decoys.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Heilongjiang 23 and Jilin 22, Yanbian 2224 among them, born 1936 to 2002; plain, with a lower-case x, 6-8-4 by blanks
 * or hyphens; one in eight an old 15-digit number of someone born 1930 to 1955; {@code IDV}: read aloud, digit by
 * digit, 幺 or 一 for one, 零 for nought, 叉 for X), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86, (+86);
 * {@code MV}: spoken), numbers abroad ({@code MR}: Russia, +7 914 215-37-08, +7 (924) 215-37-08, 8 914 215 37 08;
 * {@code MJ}: Japan, +81 90-1234-5678, +81-80-…, 090-1234-5678, 080 1234 5678; {@code MK}: Korea, +82 10-1234-5678,
 * 010-1234-5678; {@code MX}: any of these), landlines ({@code L}: 0451 Harbin and 0431 Changchun and 0432 Jilin with
 * eight digits, 0452 Qiqihar, 0453 Mudanjiang and 0433 Yanji with seven; with the code in brackets, a hyphen, a blank,
 * as +86, or the eight digits alone), record numbers ({@code RZ}: inpatient numbers, the year's two digits, H or C for
 * the campus and six digits, 24H058713, or seven digits of a county hospital; {@code RM}: outpatient cards, 88 and ten
 * digits; {@code RT}: radiotherapy patient IDs, RT240387 or RT24-0387; {@code RC}: cancer registry numbers on the
 * province character, 黑230184-2024-00387), insurance numbers ({@code IP}: basic medical insurance, ZG or JM, a city
 * code and eight digits; {@code IH}: 惠民保 policies, HMB-2301-24-0587133 or HMB2301240587133; {@code I}, where the label
 * does not say, either), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks or
 * hyphens), addresses ({@code A}: flats in Harbin, Changchun, Qiqihar, Daqing, Mudanjiang, Jilin and Yanji by road,
 * number, estate, 栋, 单元, 层 and 号 or 室, Changchun's 一汽 街区 by 栋 and 门, enterprise living quarters; villages by 县 or 市, 乡
 * or 镇 (朝鲜族乡, 满族镇), 村 and a 屯 or 窝堡 or 组; state farms by 农场, 管理区 and 作业站 or 作业区, or the 场部 居民区; forest farms by 林业局, 林场
 * and 委/组, 家属区 排/号 or 作业区; {@code AF}: a farm or forest address; {@code A0}: stopping at the district, road, number,
 * town, village, 管理区 or 林场; {@code AR}: a work place in the Russian Far East; {@code AJ}: a home in Japan, by 丁目, 番 and
 * 号 or by hyphens), dates of birth, 1936 to 1985 ({@code DOB}: 1956年3月12日, 1956-03-12, 1956.03.12, 1956/3/12, 19560312; {@code DOBS}:
 * 56年3月12日, 56年03月12日; {@code DOBM}: 1956.03, 1956年3月, 1956-03; {@code DOBE}: 12 March 1956, March 12, 1956, 12MAR1956,
 * 12-Mar-1956; {@code DOBV}: spoken, 一九五六年三月十二号, 五六年三月十二; {@code DOBL}: lunar, 农历1956年三月初八, 阴历五六年腊月二十三, 农历丙申年三月初八).
 *
 * <p>Not labelled: visit, admission, consent and report dates, ages, doses, fractions, Gy, MU, scores (NRS, PPS, ECOG,
 * TPS), lab values and amounts; pathology, specimen, sample, tube, block and report numbers, source and lot numbers,
 * plan names, machines, beds and chairs; protocol, subject, screening, randomisation and claim numbers, charity
 * application numbers, 低保 certificate numbers, work-permit, visa and passport numbers; hotlines of organisations;
 * hospitals, enterprises, farms and forest bureaus named as organisations, programmes and insurers; banners (镶黄旗),
 * ethnic groups, kin words, roles, dialect words and Korean common words; words beginning with a pool surname (关系, 初步,
 * 宫颈, 白细胞, 金额, 高级别, 严重, 韩国, 片子, 衣服, 那块; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind57Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #NAMES},
 * each with its pinyin) is drawn as a northeastern ward would look: 王, 李, 张, 刘 lead, then 于, 赵, 杨, 孙, 高, 徐, the
 * Jiaodong surnames the settlers brought (曲, 姜, 宫, 鞠, 丛, 隋, 初, 修, 栾), the Manchu family names (关, 那, 佟, 富, 赫, 钮, 索, 依)
 * and 秋, which no earlier group gave anyone ({@link #RARE_SURNAMES}); given names of the generation of the state farms
 * and factories (振山, 凤芝, 德库, 殿奎, 占鳌) and of their children, and names that are also words ({@link #WORD_LIKE}). The
 * Korean-Chinese pool carries 金, 朴, 崔, 李 (리), 郑, 全, 韩, 姜, 尹, 玄, 池, 南, 严 and the rare 琴, 河, 片 and 千, with the Yanbian
 * readings in Hangul. Own slots: {@code N}, a further person; {@code KN}, a further Korean-Chinese person in
 * characters; {@code KH}, the Korean-Chinese son or daughter writing in the family chat, in Hangul; {@code MH} the
 * record's Korean-Chinese patient ({@code MN}) in Hangul; {@code NS}, {@code PS}, {@code FS}, {@code DS}, {@code MS},
 * surnames; {@code PG}, {@code PK}, {@code PO}, {@code FO}, {@code MO}, {@code PY}, {@code FY}, {@code NY}, {@code MY},
 * {@code JN}, {@code JR}, {@code JH}, {@code JE}, {@code RU}, {@code RL}, {@code EG} and the identifier slots above.
 * Any non-empty subset of {@link #BLIND_59} uses these pools (see {@link #uses}).
 */
final class Blind59Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270129L;

    static final List<String> BLIND_59 = List.of(
            // Oncology admissions, ward notes and discharges, in Harbin, in Changchun and in the county partner hospitals.
            "肿瘤内科入院记录（哈尔滨院区）\n姓名：{P}  性别：{SEX}  年龄：68岁  住院号：{RZ}\n出生日期：{DOB}  民族：满族  职业：退休工人（原哈尔滨电机厂）\n"
                    + "身份证号：{ID}\n现住址：{A}\n主诉：咳嗽、痰中带血2月，发现右肺占位1周\n"
                    + "入院诊断：右肺上叶腺癌（cT2bN2M0 ⅢA期），EGFR 19del\n联系人：{F}（女儿） 电话：{M}\n经治医师：{DR}\n",
            "入院记录（长春院区）\n患者：{P}，{SEX}，71岁，一汽退休职工\n住院号：{RZ}  就诊卡号：{RM}\n主诉：进行性吞咽困难3月，体重下降8kg\n"
                    + "胃镜：食管距门齿28-33cm溃疡型肿物，活检病理鳞癌\n家属：{F}（儿子，{M}），{N}（儿媳）\n医保个人编号：{IP}\n主治医师：{DR}\n",
            "病程记录 {D}\n{P}，肝细胞癌（BCLC B期）TACE术后第2天，右上腹胀痛NRS 4分，予地佐辛5mg肌注；AFP 1286ng/mL，较术前下降。"
                    + "家属{F}陪护。{DS}主任查房：3天后复查肝功能，下周行第二次TACE。\n记录人：{N}\n",
            "出院小结\n姓名：{P}  住院号：{RZ}\n入院日期：{D}  出院日期：{D}\n出院诊断：乙状结肠腺癌术后（pT3N1bM0 ⅢB期），XELOX方案第4周期后\n"
                    + "出院带药：卡培他滨片1500mg bid d1-14\n随访：3周后到肿瘤内科日间病房，咨询电话{L}\n医师：{DR}\n",
            "入院记录\n姓名：{MN}  民族：朝鲜族  性别：女  住院号：{RZ}\n出生日期：{DOB}  身份证号：{ID}\n户籍地址：{A}\n主诉：发现左乳肿物4月\n"
                    + "穿刺病理：浸润性导管癌，ER 90%，PR 60%，HER2（3+），Ki-67 35%\n联系人：{KN}（丈夫） {M}；女儿在日本，电话{MJ}\n"
                    + "经治医师：{DR}\n",
            "县域医共体上转单\n转出单位：五常市人民医院肿瘤科  转入：松辽肿瘤医院哈尔滨院区\n患者：{P}  性别：{SEX}  住址：{A}\n身份证：{ID}\n"
                    + "初步诊断：胃体低分化腺癌伴幽门梗阻\n转诊医生：{N}  电话：{M}\n接收医生：{DR}\n",
            "[OCR] 住 院 病 案 首 页\n姓 名 {PO}\n住 院 号 {RZ}\n出生日期 {DOB}\n现 住 址 {A}\n联系人姓名 {FO}  关系 配偶\n"
                    + "主要诊断 右肺下叶小细胞肺癌 广泛期\n",
            "Admission summary for the remote tumour board\nPatient: {PY}, 63-year-old retired oil-field worker from Daqing\n"
                    + "Hospital no.: {RZ}\nDate of birth: {DOBE}\nDiagnosis: small-cell lung cancer, extensive stage, liver metastases\n"
                    + "Plan: etoposide, carboplatin and durvalumab, cycle 1 started on admission\nAdmitting physician: Dr {NY}\n",
            "入院记录（转自林业局职工医院）\n患者：{P}，男，61岁，原林区采伐工人\n住址：{AF}\n身份证号：{ID}\n诊断：鼻咽癌（非角化型）T3N2M0\n"
                    + "EBV-DNA 3.2×10^4 copies/mL\n家属：{F}（{M}）\n主管医生：{DR}\n",
            "护理交班 {D}\n12床 {P}，肺癌根治术后第1天，胸腔引流300ml淡血性\n15床 {N}，化疗后呕吐2次，已予甲氧氯普胺\n"
                    + "18床 {MN}，朝鲜族，听不懂汉语，夜班找{NS}护士（会朝鲜语）沟通\n交班：{N}  接班：{N}\n",
            "门诊病历（巴彦县人民医院）\n姓名：{P}  出生日期：{DOBL}（患者自报农历）\n身份证号：{ID}\n主诉：声音嘶哑2月\n喉镜：左声带新生物，活检待回报\n"
                    + "住址：{A}\n医师：{DR}\n",
            // Chemotherapy day-ward schedules.
            "日间化疗病房排班表 {D}\n床位\t患者\t住院号\t方案\t周期\t责任护士\n日间1床\t{P}\t{RZ}\tAC-T（多柔比星+环磷酰胺）\tC3D1\t{N}\n"
                    + "日间2床\t{N}\t{RZ}\t吉西他滨+顺铂\tC2D8\t{N}\n日间3床\t{MN}\t{RZ}\t帕博利珠单抗200mg\tC6\t{N}\n",
            "| 时段 | 患者 | 就诊卡号 | 方案 | 预处理 | 电话 |\n|---|---|---|---|---|---|\n| 08:00 | {P} | {RM} | mFOLFOX6 | 帕洛诺司琼 | {M} |\n"
                    + "| 09:30 | {N} | {RM} | 紫杉醇+卡铂 | 地塞米松 | {M} |\n| 13:00 | {N} | {RM} | 信迪利单抗 | — | {M} |\n",
            "【松辽肿瘤医院】{P}您好，您预约的{D}日间化疗（第5周期，奥沙利铂+卡培他滨）请于7:30前到长春院区门诊楼5楼日间病房报到，空腹抽血，"
                    + "携带就诊卡{RM}。咨询{L}。\n",
            "日间病房化疗核对单\n患者：{P}  出生日期：{DOB}  就诊卡：{RM}\n身高168cm 体重61kg 体表面积1.70m²\n"
                    + "药物：多西他赛127mg（75mg/m²），批号DX2405117，配置时间08:42\n双人核对：{N}、{N}\n输注09:15-10:20，无过敏反应\n",
            "{\"ward\":\"日间化疗中心\",\"date\":\"{D}\",\"patient\":\"{P}\",\"cardNo\":\"{RM}\",\"regimen\":\"XELOX\",\"cycle\":\"C4D1\","
                    + "\"nurse\":\"{N}\",\"phone\":\"{M}\",\"chair\":\"椅位12\"}\n",
            "[微信 日间化疗室通知群]\n{DS}护士长：明天化疗的患者今晚8点前在群里接龙，别忘了带血常规\n{F}：我家老{PS}明天第三个疗程，接龙了\n"
                    + "{N}：{DS}护士长，我爸白细胞2.8，还能整不\n{DS}护士长：先来抽血，大夫看完再定\n",
            "放疗计划单\n患者：{P}  放疗号：{RT}  住院号：{RZ}\n诊断：食管胸中段鳞癌 cT3N1M0\n技术：VMAT  处方：PTV 50.4Gy/28F，GTV同步加量至60Gy\n"
                    + "计划名称：C1_Eso_VMAT_v2  加速器：TrueBeam 3号机\n危及器官：双肺V20 24%，心脏Dmean 18Gy，脊髓Dmax 42Gy\n"
                    + "物理师：{N}  主管医生：{DR}\n",
            "放疗分次记录\n放疗号：{RT}  患者：{P}\n| 分次 | 日期 | 剂量(Gy) | CBCT配准(mm) | 治疗师 |\n|---|---|---|---|---|\n"
                    + "| 12/28 | {D} | 1.8 | X0.8 Y-1.2 Z0.5 | {N} |\n| 13/28 | {D} | 1.8 | X0.3 Y-0.6 Z1.1 | {N} |\n",
            "Radiotherapy treatment summary\nPatient: {PY}\nRT ID: {RT}\nDate of birth: {DOBE}\n"
                    + "Site: left chest wall and supraclavicular fossa after mastectomy\n"
                    + "Dose: 50 Gy in 25 fractions (plan LBr_PMRT_v1), completed without interruption\n"
                    + "Acute toxicity: RTOG grade 2 dermatitis\nRadiation oncologist: Dr {NY}\n",
            "SBRT治疗记录 {D}\n{P}（放疗号{RT}），右肺下叶周围型结节，50Gy/5F，今日第3次，呼吸门控，4D-CT勾画ITV；治疗前CBCT配准由{N}完成，"
                    + "{DR}确认后出束\n",
            "[语音转文字] {DS}大夫啊 我是{P}他老伴儿 我家{PG}这放疗整到第二十来次了 嗓子眼儿贼疼 饭都咽不下去 咋整啊 你给开点药呗 我电话{MV}\n",
            "[微信 放疗科患者群]\n{F}：{DS}主任，我妈放疗那块皮肤都红了，能洗澡不\n{DR}：可以用温水轻轻冲，别搓，别抹乱七八糟的东西\n"
                    + "{F}：嗯呐，谢谢{DS}主任\n",
            "{\"rtId\":\"{RT}\",\"patient\":\"{P}\",\"plan\":\"C1_Rect_IMRT\",\"prescription\":\"50Gy/25F\",\"delivered\":\"22/25\","
                    + "\"machine\":\"Halcyon-2\",\"therapist\":\"{N}\",\"physician\":\"{DR}\"}\n",
            "后装治疗记录\n患者：{P}  放疗号：{RT}\n诊断：宫颈鳞癌ⅡB期，同步放化疗后\n施源器：三管（宫腔管+双卵圆体），HR-CTV D90 7Gy，第2/4次\n"
                    + "放射源：Ir-192（源编号IR-23-1106）\n医生：{DR}  物理师：{N}\n",
            "RT ID,Patient,Fraction,Date,MU,Therapist\n{RT},{PY},7/30,{D},512,{NY}\n{RT},{NY},8/30,{D},509,{NY}\n",
            "【松辽肿瘤医院放疗科】{P}您好，您的放疗定位已约在{D}上午8:30（放疗号{RT}），请提前1小时憋尿，穿宽松衣服。咨询{L}。\n",
            // Tumour boards (MDT) with remote experts.
            "多学科会诊（MDT）记录\n时间：{D} 14:00  方式：线上（哈尔滨院区、长春院区、尚志市人民医院）\n患者：{P}，住院号{RZ}\n"
                    + "病史：胰头癌，CA19-9 1860U/mL，肠系膜上静脉受侵180°\n讨论：肝胆外科{DR}：交界可切除；影像科{N}：腹腔干未受侵；"
                    + "远程专家{N}（北京）：建议新辅助mFOLFIRINOX 4周期后再评估\n结论：新辅助化疗\n记录：{N}\n",
            "Remote tumour board – case summary\nPatient: {PY}, hospital no. {RZ}\n"
                    + "Diagnosis: stage IVA NSCLC, EGFR L858R, progression on osimertinib after 19 months\n"
                    + "Rebiopsy: MET amplification (copy number 9.2)\nQuestion for Dr {E}: savolitinib plus osimertinib versus chemotherapy\n"
                    + "Presenting clinician: Dr {NY}\n",
            "MDT意见书\n患者：{P}  性别：{SEX}  出生日期：{DOB}\n诊断：直肠癌（距肛缘5cm，cT3cN1，MRF阳性）\n"
                    + "多学科意见：全程新辅助治疗（TNT），短程放疗25Gy/5F序贯CAPOX，再评估后决定手术或观察等待\n"
                    + "参会专家：{DR}（结直肠外科）、{N}（放疗科）、{N}（病理科）、{E}（远程）\n",
            "[微信 MDT协调群]\n{N}：周四MDT加一个病例，{P}，肝内胆管癌术后复发\n{DR}：我来汇报，片子已经传到PACS了\n"
                    + "{N}：远程那边{ES}教授确认能参加，翻译找{NS}老师\n",
            "主题：远程会诊病例资料—{P}\n{DS}教授：\n您好！附件为患者{P}（住院号{RZ}）的病理切片扫描链接及影像资料，拟于{D}晚19:00远程MDT讨论。"
                    + "患者女儿{F}在日本工作，届时可能在线旁听，联系电话{MJ}。\n松辽肿瘤医院MDT办公室 {N}\n",
            "Subject: Tumour board – two cases from Harbin\nDear Dr {ES},\nThank you for joining again. Case 1: {PY}, gastric "
                    + "signet-ring cell carcinoma with peritoneal metastasis. Case 2: {NY}, recurrent cervical cancer after "
                    + "chemoradiation. Please call {MX} if the video link fails.\nBest regards,\n{NY}\nMDT office, Songliao Cancer Hospital\n",
            "[OCR] 多 学 科 会 诊 申 请 单\n患 者 {MO}\n住 院 号 {RZ}\n申请科室 胸外科\n拟 请 远程专家\n申请医师 {N}\n",
            "| 序号 | 患者 | 住院号 | 病种 | 汇报医生 | 远程专家 |\n|---|---|---|---|---|---|\n| 1 | {P} | {RZ} | 鼻咽癌复发 | {DR} | {E} |\n"
                    + "| 2 | {N} | {RZ} | 骨肉瘤肺转移 | {N} | {E2} |\n",
            // Pathology and genetic-test reports: pathology, specimen, sample and report numbers are not labelled.
            "病理诊断报告\n病理号：P2024-11873  标本号：S24-058713-02\n姓名：{P}  性别：{SEX}  住院号：{RZ}\n送检医师：{DR}\n"
                    + "大体：右肺上叶切除标本，肿物3.2×2.8×2.5cm\n诊断：浸润性腺癌（腺泡为主型60%，微乳头型20%），脏层胸膜侵犯（PL1），淋巴结2/14\n"
                    + "免疫组化：TTF-1(+)，Napsin A(+)，ALK-D5F3(-)，PD-L1 22C3 TPS 30%\n报告医师：{N}  审核：{N}\n",
            "基因检测报告\n报告编号：GR-HRB-2411-0387  样本编号：NGS24F05871（FFPE）\n受检者：{P}  性别：{SEX}  出生日期：{DOB}\n"
                    + "送检医生：{DR}\n结果：EGFR exon19 del（p.E746_A750del，丰度23.6%），TP53 p.R273H（18.1%）；TMB 6.2 muts/Mb；MSS\n"
                    + "联系电话：{M}\n",
            "Genomic profiling report\nReport no.: FMI-CN-2024-11-0587  Specimen: plasma, tube barcode 7731208845\nPatient: {PY}\n"
                    + "Date of birth: {DOBE}\nFindings: KRAS G12C (VAF 4.1%), STK11 loss\nOrdering physician: Dr {NY}\nMedical record no.: {RZ}\n",
            "遗传咨询记录\n先证者：{P}，卵巢高级别浆液性癌，BRCA1 c.5470_5477del胚系致病变异\n家系：姨妈{N}（乳腺癌，45岁确诊），女儿{F}（32岁，建议检测）\n"
                    + "遗传咨询师：{N}\n样本编号GC24-0387-01、GC24-0387-02\n女儿联系电话：{M}\n",
            "[OCR] 病 理 会 诊 意 见 书\n原单位病理号 NA-24-1187\n姓 名 {PO}\n送检单位 农安县人民医院\n"
                    + "会诊意见 （胃窦）低分化腺癌，部分为印戒细胞癌，HER2（1+）\n会诊医师 {N}\n",
            "病理号,姓名,住院号,标本,诊断,报告日期\nP2024-12006,{P},{RZ},结肠,腺癌G2,{D}\nP2024-12007,{N},{RZ},甲状腺,乳头状癌,{D}\n",
            "【松辽肿瘤医院病理科】{P}您好，您的病理报告（病理号P2024-11873）已发布，可凭就诊卡{RM}在自助机打印，或由家属持身份证代取。\n",
            "[语音转文字] 喂 是病理科不 我是{P}她儿子 我妈那个基因检测结果出来没 你们给的样本编号NGS24F05871 我搁这儿念呢 有信儿给我回个话 "
                    + "我电话{MV}\n",
            "样本编号\t受检者\t检测项目\t结果\t报告编号\nNGS24F05902\t{P}\t肺癌68基因\tEML4-ALK融合（v3）\tGR-HRB-2411-0412\n"
                    + "NGS24F05903\t{N}\t结直肠癌RAS/BRAF\tKRAS G13D\tGR-HRB-2411-0413\n",
            // Clinical-trial screening: subject numbers, screening numbers and initials are not labelled; the site-only
            // identification log names the subjects in full.
            "临床试验筛选登记表\n方案编号：SL-LC-2023-017  中心号：01（哈尔滨）\n| 筛选号 | 受试者缩写 | 知情同意日期 | 结果 | 未入组原因 |\n"
                    + "|---|---|---|---|---|\n| S01-0387 | WZS | {D} | 入组 | — |\n| S01-0388 | LGZ | {D} | 筛败 | 脑转移未控制 |\n"
                    + "主要研究者：{DR}  CRC：{N}\n",
            "受试者鉴认代码表（仅限研究中心保存）\n受试者编号\t姓名\t身份证号\t住院号\t联系电话\n01-0387\t{P}\t{ID}\t{RZ}\t{M}\n"
                    + "01-0391\t{N}\t{ID}\t{RZ}\t{M}\n",
            "Subject enrolment form – protocol SL-LC-2023-017\nSubject no.: 01-0387  Initials: W-Z-S\nDate of birth: {DOBE}\n"
                    + "Sex: male  Ethnic group: Han\nInformed consent obtained by: Dr {NY}\nRandomisation no.: R0154 (arm B)\n",
            "Subject: Monitoring visit follow-up – site 01\nDear Dr {ES},\nDuring the visit I found that the ECG printouts of "
                    + "subject 01-0391 still show the full name and the mobile number ({M}); please redact them before the next "
                    + "visit. Subject 01-0388 (initials L-G-Z) was correctly recorded as a screen failure.\nKind regards,\n{EG}\n"
                    + "Clinical Research Associate\n",
            "[微信 SL-017研究团队群]\n{N}：01-0392今天签知情了，患者{P}，家属{F}一起签的\n{DR}：基线CT约了没\n{N}：约了{D}，{DS}主任\n",
            "{\"siteLog\":\"受试者鉴认代码表\",\"protocol\":\"SL-GC-2024-003\",\"subjectNo\":\"02-0115\",\"name\":\"{MN}\",\"idNo\":\"{ID}\","
                    + "\"phone\":\"{M}\",\"consentDate\":\"{D}\",\"crc\":\"{N}\"}\n",
            "Screening No.,Initials,Age,ECOG,Outcome\nS02-0114,Q-F-C,64,1,screen failure (creatinine clearance 38 mL/min)\n"
                    + "S02-0115,J-S-H,58,0,randomised\nInvestigator: {NY}\n",
            "Serious adverse event report – protocol SL-GC-2024-003\nSubject 02-0115 (initials J-S-H)\n"
                    + "Event: grade 3 immune-related pneumonitis, onset day 43\nReporter: Dr {NY}\nSponsor safety physician: {E}\n",
            // Cancer registry cards.
            "肿瘤登记报告卡\n登记号：{RC}\n姓名：{P}  性别：{SEX}  民族：满族\n出生日期：{DOB}  身份证号：{ID}\n户籍地址：{A}\n"
                    + "诊断：食管鳞状细胞癌  ICD-10：C15.4  ICD-O-3形态学：M8070/3\n诊断日期：{D}  诊断依据：病理（组织学）\n"
                    + "报告单位：巴彦县人民医院  报告医生：{N}\n",
            "登记号,姓名,性别,出生日期,ICD-10,诊断日期,户籍\n{RC},{P},{SEX},{DOB},C16.2,{D},{A0}\n{RC},{MN},女,{DOB},C50.4,{D},{A0}\n",
            "[OCR] 恶 性 肿 瘤 发 病 报 告 卡\n登 记 号 {RC}\n姓 名 {PO}\n出生日期 {DOBS}\n住 址 {A}\n诊 断 肺癌（左上叶）\n",
            "Cancer registry abstract (population-based)\nRegistry no.: {RC}\nName: {PY}\nDate of birth: {DOBE}\n"
                    + "Primary site: C22.0 liver cell carcinoma; basis of diagnosis: AFP and imaging\nVital status at last contact: alive\n"
                    + "Abstractor: {NY}\n",
            "{\"registryNo\":\"{RC}\",\"name\":\"{P}\",\"idNo\":\"{ID}\",\"birthDate\":\"{DOB}\",\"icd10\":\"C34.1\",\"morphology\":\"8140/3\","
                    + "\"address\":\"{A}\",\"reporter\":\"{N}\"}\n",
            "上消化道癌早诊早治筛查登记\n姓名\t性别\t出生日期\t身份证号\t内镜结果\t住址\n{P}\t{SEX}\t{DOB}\t{ID}\t食管低级别上皮内瘤变\t{A0}\n"
                    + "{N}\t{SEX}\t{DOB}\t{ID}\t慢性萎缩性胃炎\t{A0}\n",
            // Hospice, palliative home visits and pain diaries.
            "居家安宁疗护访视记录\n访视日期：{D}  第4次访视\n患者：{P}，胰腺癌肝转移，PPS 30%\n住址：{A}\n症状：腹痛NRS 5分（夜间7分），便秘4天，少尿\n"
                    + "处理：盐酸羟考酮缓释片加至20mg q12h，乳果糖口服液15ml tid\n照护者：{F}（妻子），轻度照护负担\n"
                    + "访视人员：{DR}（医生）、{N}（护士）、{N}（社工）\n",
            "疼痛日记\n患者：{P}  就诊卡号：{RM}\n| 日期 | 最重疼痛(NRS) | 爆发痛次数 | 解救药 | 大便 | 记录人 |\n|---|---|---|---|---|---|\n"
                    + "| {D} | 6 | 3 | 即释吗啡10mg×3 | 无 | {F} |\n| {D} | 4 | 1 | 即释吗啡10mg×1 | 1次 | {F} |\n",
            "[语音转文字] {DS}大夫 我是{P}家属 老爷子这两天贼闹心 晚上不睡觉 净瞎白话 说瞅着他妈了 这是咋回事啊 那个芬太尼贴还整不整 "
                    + "你给回个电话{MV}\n",
            "[微信 居家安宁疗护家属群]\n{F}：{NS}护士，我爸今天尿少了，脚也肿了\n{N}：老妹儿别着急，下午我和{DS}大夫过去瞅瞅\n"
                    + "{F}：好嘞，我家在{A0}，进屯第三家\n",
            "Palliative home-care summary (for the family abroad)\nPatient: {PY}\n"
                    + "Diagnosis: metastatic gastric cancer with peritoneal carcinomatosis\n"
                    + "Goals of care: comfort; death at home as the patient wishes\n"
                    + "Medication: morphine sustained-release 30 mg twice daily; haloperidol 1.5 mg at night\nHome address: {A}\n"
                    + "Hospice nurse: {NY}, {M}\n",
            "【松辽肿瘤医院安宁疗护中心】{F}您好，{P}的居家访视调整至{D}下午，访视医生{DR}，护士{N}，如病情变化请拨打{L}。\n",
            "哀伤随访记录：患者{P}于{D}在家中安详离世。今电话联系其女{F}（{M}），家属情绪平稳，告知可参加医院每月一次的哀伤支持小组；社工{N}\n",
            "林场卫生所疼痛随访：{P}，肺癌骨转移，住{AF}；芬太尼透皮贴25μg/h，每3天更换一次（批号FT2409066）；NRS 3分；"
                    + "卫生所医生{N}代为记录，每周报{DS}大夫\n",
            "{\"diaryOwner\":\"{P}\",\"cardNo\":\"{RM}\",\"entries\":[{\"date\":\"{D}\",\"nrs\":7,\"rescue\":\"2\"},"
                    + "{\"date\":\"{D}\",\"nrs\":5,\"rescue\":\"1\"}],\"recordedBy\":\"{F}\",\"contact\":\"{M}\"}\n",
            "[OCR] 安 宁 疗 护 知 情 同 意 书\n患 者 {PO}\n委 托 人 {FO}\n与患者关系 长子\n联系电话 {M}\n",
            "居家访视：{P}，满族，78岁，祖上镶黄旗，现住{A}；患者希望在家中度过最后的日子，家属{F}、{N}轮流陪护；疼痛控制良好，NRS 2分；"
                    + "访视护士{N}\n",
            "{\"visitId\":\"HV-0387-04\",\"patient\":\"{P}\",\"address\":\"{AF}\",\"pps\":\"40%\",\"nrs\":3,\"caregiver\":\"{F}\","
                    + "\"caregiverPhone\":\"{M}\",\"nurse\":\"{N}\"}\n",
            "Pain diary (translated for the visiting palliative-care fellow)\nPatient: {PY}\n"
                    + "Day 1: worst pain 7/10, three rescue doses of oral morphine 5 mg\nDay 2: worst pain 4/10, one rescue dose\n"
                    + "Caregiver: {FY}\nHospice card: {RM}\n",
            "Home visit schedule – palliative team, Harbin\nTime\tPatient\tAddress\tNurse\n09:00\t{PY}\t{A}\t{NY}\n"
                    + "11:00\t{MY}\t{A}\t{NY}\n",
            "麻醉药品专用处方登记\n日期|患者|身份证号|药品|数量|代办人|代办人身份证号\n{D}|{P}|{ID}|硫酸吗啡缓释片30mg|14片|{F}|{ID}\n",
            "[OCR] 麻 醉 药 品 专 用 卡\n患 者 {PO}\n身份证号 {ID}\n代 办 人 {FO}\n诊 断 胰腺癌 癌痛\n开具医师 {N}\n",
            // Patient-support WeChat groups, Dongbei speech.
            "[微信 肺癌病友互助群（哈尔滨）]\n{N}：大兄弟，你家老爷子吃奥希替尼多长时间了\n{F}：一年半了，贼好使，就是甲沟炎挺闹心\n{N}：那咋整的\n"
                    + "{F}：{DS}主任让用碘伏泡，好多了\n",
            "[微信 乳腺癌姐妹群]\n{N}：老妹儿们，明天谁去长春院区复查，咱们唠唠嗑\n{P}：我去，化疗完头发贼少，戴个帽子\n"
                    + "{N}：{PG}，我也去，{NS}姐开车捎咱们\n",
            "[微信 胃癌术后营养群]\n{DR}：术后三个月内少食多餐，一天六顿\n{F}：{DS}大夫，我妈总说胃里顶得慌，嘎哈都不想吃\n"
                    + "{DR}：可以加点口服营养粉，下周复查带上血常规\n{F}：嗯呐\n",
            "[微信 조선족 암환자 가족방]\n{KH}：어머니 오늘 항암 잘 받으셨어요?\n{MH}：응 잘 받았다 걱정 말아라\n"
                    + "{KH}：의사 선생님이 뭐라고 하셨어요?\n{MH}：다음 주에 CT 찍재\n",
            "[微信 消化道肿瘤病友群]\n{PK}他妈：谁知道惠民保咋报销\n{N}：我上个月刚整完，先在医院结算，再拿发票找冰城惠民保理赔\n"
                    + "{PK}他妈：得劲儿，谢谢大姐\n",
            "[微信 家人群]\n{F}：哥，咱妈下礼拜化疗，你在俄罗斯那边能回来不\n大哥：回不去啊，签证还没办下来，我在哈巴罗夫斯克工地上，"
                    + "有事打我俄罗斯号{MR}\n{F}：行，{DS}大夫说这次整完就评估\n",
            "[微信 食管癌放疗群]\n{N}：大伙儿，放疗整完多长时间能吃硬的\n{DR}：至少一个月，先吃半流质\n"
                    + "{N}：{DS}主任，我家老头儿犟，非得吃大饼子\n{DR}：那可不行，整出食管瘘就麻烦了\n",
            "[微信 哈肿瘤病友群]\n{P}：今天复查CT，肿瘤缩小一半了\n{N}：{PG}，杠杠的！\n{N}：老{PS}你这心态贼好\n{P}：那必须的，该吃吃该喝喝\n",
            "[微信 癌友志愿者群]\n{DS}老师：这周六在社区活动室开唠嗑会，主题是化疗期间吃啥\n{N}：我带俩病友去，{NS}大爷和{NS}大娘\n"
                    + "{DS}老师：好嘞，让{NS}师傅开车接一下\n",
            "[微信 第三管理区职工群]\n{NS}书记：咱区{P}确诊肺癌了，大伙儿能帮一把帮一把\n{N}：我捐500\n{N}：{NS}哥，把暖心筹链接发群里吧\n"
                    + "{N}：小{NS}正整呢\n",
            "[微信 林场老伙计群]\n{NS}场长：老{PS}住院了，在哈尔滨肿瘤医院，谁去看看\n{N}：我明儿个去，他闺女电话多少\n{N}：{M}\n",
            "[微信 一汽退休职工群]\n{N}：老{PS}的事大伙儿知道不，肠癌手术挺顺利\n{N}：{PS}工那人贼好，当年带过我\n"
                    + "{N}：回头咱去看看，我叫上{NS}叔，{NS}婶也说要去\n",
            "[微信 病友互助群]\n{PK}：姐妹们，我这化疗第四次了，手脚发麻咋整\n{N}：奥沙利铂都这样，别碰凉水\n{DR}：严重了告诉我，可以减量\n"
                    + "{PK}：好的{DS}医生\n",
            // Charity drug-assistance programmes.
            "药品援助项目申请表\n项目：白山黑水肿瘤患者用药援助项目（奥希替尼）  申请编号：BSHS-2024-HL-0387\n患者：{P}  身份证号：{ID}\n"
                    + "户籍地址：{A}\n诊断：肺腺癌ⅣB期，EGFR L858R\n低保证编号：230184-DB-0387（附件）\n处方医生：{DR}（项目注册医生）\n"
                    + "联系电话：{M}  备用电话：{L}\n",
            "【白山黑水援助项目办】{P}您好，您的赠药申请（编号BSHS-2024-HL-0387）已审核通过，首批赠药请于{D}前到松辽肿瘤医院哈尔滨院区药房领取，"
                    + "需携带身份证原件及项目医生{DR}开具的处方。\n",
            "[语音转文字] 喂 是那个赠药项目不 我叫{P} 身份证号是{IDV} 我是农场的 离哈尔滨老远了 第三批药能不能给寄过来 我电话{MV}\n",
            "申请编号\t患者\t药品\t援助批次\t领药人\t领药人电话\nBSHS-2024-HL-0387\t{P}\t奥希替尼80mg\t第3批\t{F}\t{M}\n"
                    + "BSHS-2024-JL-0112\t{N}\t帕博利珠单抗\t第5批\t{N}\t{M}\n",
            "Patient assistance programme – eligibility review\nApplicant: {PY}\nDiagnosis: HER2-positive metastatic breast cancer\n"
                    + "Household: retired forest worker, monthly pension 2,350 CNY\nBank account for the travel subsidy: {B}\n"
                    + "Reviewer: {E}\nApplication no. BSHS-2024-JL-0131\n",
            "{\"programme\":\"白山黑水援助\",\"applicationNo\":\"BSHS-2024-JL-0112\",\"patient\":\"{P}\",\"idNo\":\"{ID}\",\"drug\":\"仑伐替尼\","
                    + "\"pharmacist\":\"{N}\",\"subsidyCard\":\"{B}\"}\n",
            "[OCR] 困 难 家 庭 证 明\n兹证明 {PO} 系本场职工家属\n住 址 {AF}\n家庭人均月收入不足800元\n管理区（盖章） 经办人 {N}\n",
            "[语音转文字] 喂 {NS}护士 我是{P} 我在俄罗斯的儿子给我打钱了 援助药的自付部分我明儿个交 我现在住{A0} 电话你记一下{MV}\n",
            // Commercial insurance (惠民保) claims.
            "冰城惠民保理赔申请书\n保单号：{IH}  理赔案件号：LP24110587\n被保险人：{P}  身份证号：{ID}\n出险原因：结肠癌术后化疗（特药：贝伐珠单抗）\n"
                    + "医保结算后自付：38,640.52元  申请赔付：26,980.00元\n收款账户：{B}\n联系人：{F}  电话：{M}\n",
            "【春城惠民保】尊敬的{P}，您的理赔案件LP24120213已结案，赔付金额12,406.80元已转入您的银行卡{B}，保单号{IH}。如有疑问请致电热线4008-226-118。\n",
            "保单号,被保险人,出生日期,理赔类型,申请金额,状态\n{IH},{P},{DOB},特药,18600.00,已赔付\n{IH},{N},{DOB},住院,42310.75,补材料\n",
            "[微信 惠民保理赔咨询群]\n{F}：我爸{P}那个惠民保咋还没赔下来\n{N}：大姐你把保单号发一下\n{F}：{IH}\n"
                    + "{N}：查到了，还差一张病理报告，拍个照片发过来就好使\n",
            "主题：惠民保特药理赔材料补充—{P}\n您好！被保险人{P}（保单号{IH}，医保个人编号{IP}）的特药理赔缺少处方原件，请主管医生{DR}补开后寄至理赔中心。\n"
                    + "家属{F}，电话{M}\n",
            "{\"claimNo\":\"LP24110587\",\"policyNo\":\"{IH}\",\"insured\":\"{P}\",\"birthDate\":\"{DOB}\",\"diagnosis\":\"C18.7\","
                    + "\"payee\":\"{F}\",\"payeeCard\":\"{B}\",\"amount\":\"26980.00\"}\n",
            "[语音转文字] 大兄弟 我跟你唠唠 我家老太太是{DOBV}生的 属猴 今年查出来肠癌 惠民保能报不 保险那个号我念一下{I}\n",
            // Korean-Chinese and Manchu families; relatives working in Russia and Japan.
            "知情同意谈话记录（朝鲜语翻译）\n患者：{MN}（朝鲜族，只会说朝鲜语）\n翻译：{KN}（患者外甥女）\n谈话内容：右半结肠切除术的必要性、风险及替代方案\n"
                    + "患者签名：{MH}（朝鲜文签名）\n谈话医生：{DR}\n",
            "Referral letter to a hospital in Seoul\nPatient: {MY} (Korean name: {MH})\nDate of birth: {DOBE}\n"
                    + "Diagnosis: gastric adenocarcinoma, subtotal gastrectomy, ypT2N0, adjuvant S-1 completed\n"
                    + "Reason: the family now lives near Seoul; follow-up requested\nContact in Korea: {MK}\nPhysician: Dr {NY}\n",
            "[语音转文字] 妈 我是{F} 我在东京这边请不下来假 下个月才能回去 你跟{DS}大夫说 手术同意书让我姑父{N}签 有事打我日本手机{MJ}\n",
            "家属联系信息\n患者：{P}  住院号：{RZ}\n长女：{F}，在日本结婚后随夫姓，日本姓名{JN}，日本手机{MJ}\n女婿：{JH}（日本籍）\n"
                    + "日本住址：{AJ}\n国内联系人：{N}（患者侄子） {M}\n",
            "Subject: My father's treatment plan\nDear Dr {NY},\nI am the daughter of {PY} and live in Chiba; my name in Japan is "
                    + "{JR}, and my husband, {JE}, will come with me. Could you send the English summary to this address? My mobile "
                    + "number is {MJ}.\nSincerely,\n{FY}\n",
            "家属联系登记\n患者：{P}  住院号：{RZ}\n长子：{F}，在俄罗斯务工，俄罗斯手机{MR}，工作地址{AR}\n儿媳：{RU}（俄罗斯籍），电话{MR}\n"
                    + "长子护照号EK4418207，俄罗斯工作签证号RU2478811\n",
            "Message from the patient's daughter-in-law (translated)\nFrom: {RL}\nTo: Dr {NY}\nMy husband {FY} cannot come back "
                    + "before the end of the month because his work permit in Vladivostok (no. 25-1187643) is being renewed. "
                    + "Please call us on {MR}.\n",
            "家族史调查\n先证者：{P}，满族，胃癌\n母亲：{N}，满族，食管癌（已故）\n配偶：{F}，汉族，无肿瘤史\n户籍：{A}\n调查员：{N}\n",
            "[微信 龙井市人民医院转诊群]\n{DR}：明天上转一个患者，{MN}，朝鲜族，胃癌伴出血\n{N}：收到，家属会说汉语不\n{DR}：女儿{KN}会说，电话{M}\n",
            "[OCR] 入 院 登 记\n성명 / 姓名 {MO}\n民 族 朝鲜族\n身份证号 {ID}\n住 址 {A}\n",
            "【松辽肿瘤医院】{MH}님, {D} 오전 9시 항암치료 예약되어 있습니다. 문의 {L}\n",
            "{\"patient\":\"{MN}\",\"patientKorean\":\"{MH}\",\"ethnicity\":\"朝鲜族\",\"idNo\":\"{ID}\",\"interpreter\":\"{KN}\","
                    + "\"phoneKorea\":\"{MK}\"}\n",
            "朝鲜族患者随访：{MN}，胃癌术后2年，住{A0}；儿子{KN}在韩国打工（{MK}），平时由老伴照顾；{MS}阿妈妮说最近胃口好，体重增加2kg；随访护士{N}\n",
            "英文病历摘要申请：患者{P}，护照拼音{PY}；长女{F}，护照拼音{FY}，现居日本；患者出生日期{DOBE}；用途：赴日探亲期间就医，"
                    + "经治医师{DR}\n",
            "To whom it may concern\nThis is to certify that {PY}, date of birth {DOBE}, passport no. EJ5513098, is being treated at "
                    + "Songliao Cancer Hospital (hospital no. {RZ}) for nasopharyngeal carcinoma and needs to visit his daughter, "
                    + "{JR}, in Japan after radiotherapy.\nDr {NY}\n",
            // Retired workers of the big state enterprises, state farms and forest farms.
            "退休职工大病互助申请\n申请人：{P}  原单位：哈尔滨锅炉厂（已退休）\n职工医保个人编号：{IP}\n身份证号：{ID}\n家庭住址：{A}\n"
                    + "病种：膀胱尿路上皮癌\n工会经办人：{N}  电话：{L}\n",
            "[语音转文字] 你好 我是{P} 以前是一重的 退休好些年了 住{A0} 我那个医保号是{IP} 报销那块儿咋整 你给我唠唠\n",
            "[OCR] 职 工 医 疗 保 险 特 殊 病 种 申 请 表\n姓 名 {PO}\n出生年月 {DOBM}\n医保编号 {IP}\n单 位 大庆油田第四采油厂（退休）\n",
            "Subject: Second opinion request – {PY}\nDear Dr {ES},\nOur patient, a 66-year-old retired steelworker born on "
                    + "{DOBE}, has a recurrent soft-tissue sarcoma of the thigh. Slides (block no. B24-3317) will be sent by courier. "
                    + "His son, {FY}, can be reached at {M}.\nRegards,\n{NY}\n",
            "农场医院门诊日志|{D}|{P}|{DOBS}|{AF}|咳嗽3月，胸片右肺门影增大|转松辽肿瘤医院|{DR}\n",
            "Name,Date of birth,RT ID,Fractions,Status\n{PY},{DOBE},{RT},25/25,completed\n{NY},{DOBE},{RT},14/30,on treatment\n",
            "【八五三农场社区卫生服务中心】{P}您好，您的上消化道癌筛查（胃镜）结果提示异常，请于{D}携带身份证到场部医院复诊，联系人{N}，电话{L}。\n",
            "[语音转文字] {DS}大夫 我把我爸的出生日子再说一遍 他是{DOBV}生的 身份证上差了一天 住院登记那块儿能改不 我电话{MV}\n",
            "农场职工肿瘤筛查花名册\n| 姓名 | 出生日期 | 身份证号 | 住址 | 筛查结果 |\n|---|---|---|---|---|\n| {P} | {DOBS} | {ID} | {AF} | 低剂量CT：右肺结节8mm |\n"
                    + "| {N} | {DOBS} | {ID} | {AF} | 未见异常 |\n",
            "林业局职工医院转诊单\n患者：{P}  出生日期：{DOBM}\n住址：{AF}\n诊断：右肝占位，乙肝肝硬化\n转往：松辽肿瘤医院哈尔滨院区肝胆外科\n家属：{F}  电话：{M}\n"
                    + "转诊医生：{N}\n",
            "主题：关于{P}转诊的函\n{DS}主任：\n您好！我院收治的患者{P}（住院号{RZ}），68岁，林业局退休职工，住{AF}，CT提示胰体占位伴肝多发转移，"
                    + "拟转贵院。家属{F}，电话{M}。\n伊通满族自治县医院 {N}\n");

    /** Patients, relatives and staff of the northeast, each with the pinyin of the name (family name first). */
    static final List<String> NAMES = List.of(
            "王振山|Wang Zhenshan", "王凤芝|Wang Fengzhi", "王玉环|Wang Yuhuan", "王德库|Wang Deku", "王宝忠|Wang Baozhong",
            "王立岩|Wang Liyan", "王景山|Wang Jingshan", "王树森|Wang Shusen", "王金库|Wang Jinku", "王春岭|Wang Chunling",
            "李玉珍|Li Yuzhen", "李秀云|Li Xiuyun", "李春雷|Li Chunlei", "李淑芬|Li Shufen", "李大勇|Li Dayong", "李晓丹|Li Xiaodan",
            "李佳慧|Li Jiahui", "李长锁|Li Changsuo", "李凤阁|Li Fengge", "李景岩|Li Jingyan", "李秀坤|Li Xiukun", "李殿武|Li Dianwu",
            "李国臣|Li Guochen", "张永发|Zhang Yongfa", "张占武|Zhang Zhanwu", "张春香|Zhang Chunxiang", "张立君|Zhang Lijun",
            "张海滨|Zhang Haibin", "张宏岩|Zhang Hongyan", "张雪莹|Zhang Xueying", "张万库|Zhang Wanku", "张景岐|Zhang Jingqi",
            "张殿奎|Zhang Diankui", "张德臣|Zhang Dechen", "张桂馥|Zhang Guifu", "刘桂珍|Liu Guizhen", "刘德山|Liu Deshan",
            "刘凤云|Liu Fengyun", "刘振江|Liu Zhenjiang", "刘淑云|Liu Shuyun", "刘大鹏|Liu Dapeng", "刘志远|Liu Zhiyuan",
            "刘秀环|Liu Xiuhuan", "刘殿臣|Liu Dianchen", "刘树森|Liu Shusen", "刘占鳌|Liu Zhanao", "刘雅芹|Liu Yaqin",
            "杨柏松|Yang Baisong", "杨素琴|Yang Suqin", "赵福山|Zhao Fushan", "赵冬梅|Zhao Dongmei", "赵素芹|Zhao Suqin",
            "孙玉霜|Sun Yushuang", "孙菲菲|Sun Feifei", "孙继武|Sun Jiwu", "于海江|Yu Haijiang", "于长顺|Yu Changshun",
            "于佳音|Yu Jiayin", "于占奎|Yu Zhankui", "于素芹|Yu Suqin", "于景岐|Yu Jingqi", "高玉琴|Gao Yuqin", "高振铎|Gao Zhenduo",
            "徐桂芬|Xu Guifen", "徐长山|Xu Changshan", "徐娅楠|Xu Yanan", "徐景岐|Xu Jingqi", "姜立冬|Jiang Lidong",
            "曲凤芹|Qu Fengqin", "曲长河|Qu Changhe", "曲殿武|Qu Dianwu", "宫玉洁|Gong Yujie", "宫素琴|Gong Suqin",
            "鞠振海|Ju Zhenhai", "丛淑艳|Cong Shuyan", "隋国庆|Sui Guoqing", "初永刚|Chu Yonggang", "修丽华|Xiu Lihua",
            "栾德志|Luan Dezhi", "邹凤鸣|Zou Fengming", "侯永利|Hou Yongli", "邵春江|Shao Chunjiang", "吕秀珍|Lyu Xiuzhen",
            "关振清|Guan Zhenqing", "关淑琴|Guan Shuqin", "关殿奎|Guan Diankui", "那文英|Na Wenying", "那素琴|Na Suqin",
            "佟德海|Tong Dehai", "佟秀清|Tong Xiuqing", "佟淑坤|Tong Shukun", "富春山|Fu Chunshan", "赫凤林|He Fenglin",
            "钮玉坤|Niu Yukun", "索长明|Suo Changming", "依凤祥|Yi Fengxiang", "依成林|Yi Chenglin", "秋桂荣|Qiu Guirong",
            "崔明远|Cui Mingyuan", "董岩|Dong Yan", "董晓岚|Dong Xiaolan", "冯晓鸥|Feng Xiaoou", "冯凌霄|Feng Lingxiao",
            "郭兆麟|Guo Zhaolin", "何秋实|He Qiushi", "何思源|He Siyuan", "潘越|Pan Yue", "宋嘉禾|Song Jiahe", "唐慕白|Tang Mubai",
            "曹景阳|Cao Jingyang", "魏卓然|Wei Zhuoran", "石晓溪|Shi Xiaoxi", "苗秋菊|Miao Qiuju", "夏冰清|Xia Bingqing",
            "车晓旭|Che Xiaoxu", "车雪松|Che Xuesong", "满桂芝|Man Guizhi", "吴凤山|Wu Fengshan", "吴铁山|Wu Tieshan",
            "任宝山|Ren Baoshan", "程素芬|Cheng Sufen", "汪德江|Wang Dejiang", "范永庆|Fan Yongqing", "孔庆山|Kong Qingshan",
            "孔令坤|Kong Lingkun", "郑春芹|Zheng Chunqin", "邢立秋|Xing Liqiu", "殷雪玲|Yin Xueling", "尚德仁|Shang Deren",
            "付秀坤|Fu Xiukun", "毕春田|Bi Chuntian", "庞玉洁|Pang Yujie", "陈晓曦|Chen Xiaoxi", "谭逸飞|Tan Yifei", "初雪|Chu Xue",
            "满月|Man Yue", "丛林|Cong Lin", "依然|Yi Ran");
    /** The Chinese names in characters. */
    static final List<String> CHINESE = NAMES.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    /**
     * Surnames no earlier blind group gave anyone: 秋 in {@link #CHINESE}, and the Korean surnames 琴 (금), 河 (하), 片 (편)
     * and 千 (천) in {@link #KOREAN}.
     */
    static final String RARE_SURNAMES = "秋琴河片千";
    /** Pool names that are also words: the first snow, the full moon (and a baby's first month), the jungle, still. */
    static final List<String> WORD_LIKE = List.of("初雪", "满月", "丛林", "依然");
    /** Korean-Chinese patients and relatives: the name in characters|its pinyin|its Hangul (Yanbian reading). */
    static final List<String> KOREAN = List.of(
            "金顺玉|Jin Shunyu|김순옥", "朴英洙|Piao Yingzhu|박영수", "崔龙洙|Cui Longzhu|최룡수", "李春燮|Li Chunxie|리춘섭",
            "郑东焕|Zheng Donghuan|정동환", "全美兰|Quan Meilan|전미란", "韩成镐|Han Chenghao|한성호",
            "姜贞淑|Jiang Zhenshu|강정숙", "尹哲洙|Yin Zhezhu|윤철수", "玄明月|Xuan Mingyue|현명월", "池京花|Chi Jinghua|지경화",
            "南基万|Nan Jiwan|남기만", "琴玉善|Qin Yushan|금옥선", "河正男|He Zhengnan|하정남", "片春植|Pian Chunzhi|편춘식",
            "千顺福|Qian Shunfu|천순복", "严昌洙|Yan Changzhu|엄창수", "朴贞子|Piao Zhenzi|박정자");
    /** The Korean-Chinese names in characters (MN, KN). */
    static final List<String> MINORITY = KOREAN.stream().map(k -> k.split("\\|")[0]).toList();
    /** The Korean-Chinese names in Hangul (MH, KH). */
    static final List<String> HANGUL = KOREAN.stream().map(k -> k.split("\\|")[2]).toList();
    /**
     * The Japanese families the daughters married into: the family name in characters|in rōmaji|the husband's given name
     * in characters|in rōmaji. A daughter married in Japan goes by the husband's family name and her own Chinese given
     * name (山口 and 雅芹 of 刘雅芹: 山口雅芹, Yaqin Yamaguchi); her husband is 山口航平, Kohei Yamaguchi.
     */
    static final List<String> JAPANESE = List.of("山口|Yamaguchi|航平|Kohei", "菅野|Kanno|悠真|Yuma", "平田|Hirata|翔太|Shota",
            "大塚|Otsuka|翼|Tsubasa");
    /** In-laws in Russia: the name in Cyrillic|given|family in Latin letters. */
    static final List<String> RUSSIAN = List.of("Наталья Гречко|Natalya|Grechko", "Ирина Савченко|Irina|Savchenko",
            "Евгения Трофимчук|Yevgeniya|Trofimchuk", "Ростислав Колесников|Rostislav|Kolesnikov",
            "Варвара Лаптева|Varvara|Lapteva", "Тимофей Бурмистров|Timofei|Burmistrov");
    /** Pet names used by family and by fellow patients, labelled whole. */
    static final List<String> NICKNAMES = List.of("老蔫儿", "大胖小", "大喜子", "锁头", "小豆包", "大林子", "秀儿",
            "黑蛋儿", "大兵子", "柱子", "小胖墩", "大眼儿", "小凤儿", "二妞子", "三丫", "二虎", "铁头");
    /** Remote experts, monitors, safety physicians and programme reviewers abroad, given|family. */
    static final List<String> ENGLISH = List.of("Hilke|Ostendorp", "Aksinya|Prudnikova", "Osric|Pemberthy",
            "Evadne|Lightbody", "Thorolf|Brekkestad", "Gisela|Pfannenstiel", "Sabine|Wollersheim", "Corentin|Le Guellec",
            "Ludmila|Hrabalova", "Florimond|Deschamps", "Genoveva|Aranzadi", "Idris|Gruffydd", "Lavinia|Throckmorton",
            "Mechthild|Sonnleitner", "Ivo|Strazicic", "Zoltan|Kisfaludy", "Eszter|Vadasz", "Algirdas|Paulauskas",
            "Ilze|Berzina", "Piret|Lepik");

    /**
     * Area codes of Heilongjiang: Harbin (道里, 南岗, 道外, 平房, 香坊, 呼兰, 巴彦, 尚志, 五常), Qiqihar (富拉尔基, 富裕), Daqing
     * (让胡路), Mudanjiang (宁安), Suihua (望奎), the farm counties (友谊, 宝清, 密山), the forests (铁力, 塔河); and of Jilin:
     * Changchun (南关, 朝阳, 二道, 绿园, 农安, 榆树), Jilin (龙潭), Siping (伊通), Baishan (临江) and Yanbian (延吉, 图们, 敦化, 珲春,
     * 龙井, 和龙).
     */
    private static final List<String> HEILONGJIANG = List.of("230102", "230103", "230104", "230108", "230110",
            "230111", "230126", "230183", "230184", "230206", "230227", "230604", "231084", "231221", "230522",
            "230523", "230382", "230781", "232722");
    private static final List<String> JILIN = List.of("220102", "220104", "220105", "220106", "220122", "220182",
            "220203", "220323", "220681", "222401", "222402", "222403", "222404", "222405", "222406");
    private static final List<String> AREA = Stream.concat(HEILONGJIANG.stream(), JILIN.stream()).toList();
    /** City codes of the insurance numbers: Harbin, Qiqihar, Daqing, Changchun, Jilin, Yanbian. */
    private static final List<String> CITY_CODES = List.of("2301", "2302", "2306", "2201", "2202", "2224");
    private static final List<String> BANK_BINS = List.of("622848", "621661", "622425", "623536", "621799", "625966");
    /** Province|city|district|roads|estates (一汽 街区 and enterprise living quarters among them). */
    private static final List<String> URBAN = List.of(
            "黑龙江省|哈尔滨市|南岗区|西大直街,学府路,红军街,和兴路|龙电花园,文化家园,和兴小区",
            "黑龙江省|哈尔滨市|道里区|安静街,经纬街,友谊路,新阳路|群力家园,安发小区,顾乡小区",
            "黑龙江省|哈尔滨市|道外区|南勋街,景阳街,承德街,北新街|北环小区,太平小区",
            "黑龙江省|哈尔滨市|香坊区|三大动力路,香坊大街,哈平路,和平路|电机厂家属区,轴承厂生活区,红旗小区",
            "黑龙江省|哈尔滨市|平房区|友协大街,新疆大街,联盟大街|飞机厂家属区,平新小区",
            "吉林省|长春市|朝阳区|西安大路,同志街,红旗街,延安大街|湖西小区,白山小区",
            "吉林省|长春市|南关区|人民大街,自由大路,南湖大路|南湖新村,东岭小区",
            "吉林省|长春市|绿园区|东风大街,创业大街,锦程大街|一汽9街区,一汽24街区,一汽41街区",
            "吉林省|长春市|二道区|吉林大路,东盛大街,荣光路|东盛小区,荣光新村",
            "黑龙江省|齐齐哈尔市|富拉尔基区|和平大街,向阳大街,红宝石大街|一重生活区,厂前小区",
            "黑龙江省|大庆市|让胡路区|西宾路,奥林路,乘风大街|乘风庄,银浪小区,创业城小区",
            "黑龙江省|牡丹江市|爱民区|西三条路,太平路,光华街|爱民小区,桥北小区",
            "吉林省|吉林市|船营区|越山路,解放西路,德胜路|化工厂生活区,德胜小区",
            "吉林省|延边朝鲜族自治州|延吉市|光明街,人民路,局子街|河南小区,新兴小区");
    /** Province|city|county|towns|villages|natural villages (屯, 窝堡, 沟). */
    private static final List<String> RURAL = List.of(
            "黑龙江省|哈尔滨市|五常市|民乐朝鲜族乡,拉林满族镇,山河镇|红光村,民乐村,双桥子村|前屯,后屯,朝鲜屯",
            "黑龙江省|哈尔滨市|尚志市|河东朝鲜族乡,亚布力镇,一面坡镇|太平村,东兴村|王家屯,新兴屯",
            "黑龙江省|哈尔滨市|巴彦县|兴隆镇,西集镇|福兴村,永胜村|张家屯,三合屯",
            "黑龙江省|绥化市|望奎县|惠七满族镇,灵山满族乡|厢白头村,正蓝二村|关家屯,那家屯",
            "黑龙江省|齐齐哈尔市|富裕县|友谊达斡尔族满族柯尔克孜族乡,富海镇|三家子村,富路村|前屯,后屯",
            "黑龙江省|牡丹江市|宁安市|渤海镇,江南朝鲜族满族乡|上官地村,明星村|朝鲜屯,西屯",
            "吉林省|长春市|榆树市|五棵树镇,大岭镇,弓棚镇|东兴村,永安村|李家屯,后岗屯",
            "吉林省|长春市|农安县|合隆镇,伏龙泉镇|陈家店村,太平村|腰屯,前窝堡",
            "吉林省|吉林市|龙潭区|乌拉街满族镇|韩屯村,旧街村|北屯,南屯",
            "吉林省|四平市|伊通满族自治县|营城子镇,景台镇|双龙村,马鞍村|张家窝堡,西沟",
            "吉林省|延边朝鲜族自治州|龙井市|智新镇,东盛涌镇|明东村,龙山村|上屯,下屯",
            "吉林省|延边朝鲜族自治州|和龙市|西城镇,八家子镇|金达莱村,头道村|东屯,西屯",
            "吉林省|延边朝鲜族自治州|图们市|月晴镇,石岘镇|白龙村,水南村|前屯,后屯");
    /** Province|city|county|state farm. */
    private static final List<String> FARMS = List.of("黑龙江省|双鸭山市|友谊县|友谊农场", "黑龙江省|双鸭山市|宝清县|八五三农场",
            "黑龙江省|鹤岗市|萝北县|宝泉岭农场", "黑龙江省|鸡西市|密山市|八五一一农场", "黑龙江省|佳木斯市|富锦市|二道河农场",
            "黑龙江省|黑河市|嫩江市|尖山农场");
    /** Province|city or prefecture|forest bureau|forest farms. */
    private static final List<String> FORESTS = List.of("黑龙江省|伊春市|铁力林业局|青山林场,东方红林场",
            "黑龙江省|伊春市|双丰林业局|永青林场,东升林场", "黑龙江省|大兴安岭地区|塔河林业局|盘古林场,瓦拉干林场",
            "吉林省|白山市|临江林业局|闹枝沟林场,西小山林场", "吉林省|延边朝鲜族自治州|黄泥河林业局|团北林场,东兴林场",
            "黑龙江省|牡丹江市|柴河林业局|东村林场,北站林场");
    /** Where sons and daughters work in the Russian Far East: city|streets. */
    private static final List<String> RUSSIA = List.of("俄罗斯哈巴罗夫斯克市|共青团大街,图尔盖涅夫街,谢雷舍夫街",
            "俄罗斯符拉迪沃斯托克市|海洋大街,斯维特兰斯卡亚街", "俄罗斯滨海边疆区乌苏里斯克市|列宁大街,苏哈诺夫街",
            "俄罗斯阿穆尔州布拉戈维申斯克市|列宁大街,阿穆尔大街");
    /** Where daughters live in Japan: prefecture and city|districts. */
    private static final List<String> JAPAN = List.of("千叶县船桥市|本町,前原西,习志野台", "东京都江户川区|西葛西,南小岩,船堀",
            "埼玉县川口市|芝,西川口,并木", "大阪府大阪市生野区|桃谷,胜山北");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String CHINESE_NUMBERS = "一二三四五六七八九十";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸", BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    /** Each written full form and the person it names. */
    private static final Map<String, String> FULL = writtenForms();
    /** Every surname, given name and family name used alone. */
    private static final Set<String> PARTS = parts();

    private Blind59Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_59 || !templates.isEmpty() && BLIND_59.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own (the record's patient, relative and doctor are drawn from it). */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Korean-Chinese patient (MN), in characters. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] korean(String han) {
        for (String k : KOREAN) {
            String[] p = k.split("\\|");
            if (p[0].equals(han)) return p;
        }
        throw new IllegalArgumentException(han);
    }

    /** The Hangul of a Korean-Chinese name: 김순옥 of 金顺玉. */
    static String hangulOf(String han) {
        return korean(han)[2];
    }

    /** The pinyin of a Chinese or Korean-Chinese pool name, family name first: Wang Zhenshan, Piao Yingzhu. */
    static String pinyinOf(String han) {
        for (String e : NAMES) {
            if (e.substring(0, e.indexOf('|')).equals(han)) return e.substring(e.indexOf('|') + 1);
        }
        return korean(han)[1];
    }

    /** A name as English documents spell it: WANG ZHENSHAN, Wang Zhenshan, Zhenshan Wang, WANG Zhenshan. */
    static String pinyinForm(String han, RandomGenerator r) {
        return pinyinForms(han).get(r.nextInt(4));
    }

    private static List<String> pinyinForms(String han) {
        String p = pinyinOf(han), f = p.substring(0, p.indexOf(' ')), g = p.substring(p.indexOf(' ') + 1);
        return List.of(f.toUpperCase() + " " + g.toUpperCase(), p, g + " " + f, f.toUpperCase() + " " + g);
    }

    /** Every written pinyin form of the Chinese and Korean-Chinese pools. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String han : CHINESE) out.addAll(pinyinForms(han));
        for (String han : MINORITY) out.addAll(pinyinForms(han));
        return out;
    }

    /** The Japanese family a relative (the record's F) married into, the same one throughout a record. */
    private static String[] japaneseFamilyOf(String relative) {
        return JAPANESE.get(Math.floorMod(CHINESE.indexOf(relative), JAPANESE.size())).split("\\|");
    }

    /** A daughter's married name in Japan, in characters: the husband's family name and her own given name. */
    static String marriedName(String relative) {
        return japaneseFamilyOf(relative)[0] + PoolNameForms.givenNameOf(relative);
    }

    /** The married name in rōmaji: Yaqin Yamaguchi or, as a Japanese card writes it, YAMAGUCHI Yaqin. */
    static String marriedRomaji(String relative, RandomGenerator r) {
        return marriedRomajiForms(relative).get(r.nextInt(2));
    }

    static List<String> marriedRomajiForms(String relative) {
        String p = pinyinOf(relative), g = p.substring(p.indexOf(' ') + 1), f = japaneseFamilyOf(relative)[1];
        return List.of(g + " " + f, f.toUpperCase() + " " + g);
    }

    /** The daughter's Japanese husband in characters: 山口航平. */
    static String husbandOf(String relative) {
        String[] p = japaneseFamilyOf(relative);
        return p[0] + p[2];
    }

    /** The husband in rōmaji: Kohei Yamaguchi or YAMAGUCHI Kohei. */
    static String husbandRomaji(String relative, RandomGenerator r) {
        return husbandRomajiForms(japaneseFamilyOf(relative)).get(r.nextInt(2));
    }

    private static List<String> husbandRomajiForms(String[] p) {
        return List.of(p[3] + " " + p[1], p[1].toUpperCase() + " " + p[3]);
    }

    /** Every rōmaji form: the married names of the whole Chinese pool and the husbands. */
    static List<String> romajiForms() {
        List<String> out = new ArrayList<>();
        for (String han : CHINESE) out.addAll(marriedRomajiForms(han));
        for (String j : JAPANESE) out.addAll(husbandRomajiForms(j.split("\\|")));
        return out;
    }

    /** The married names in characters of the whole Chinese pool. */
    static List<String> marriedNames() {
        return CHINESE.stream().map(Blind59Templates::marriedName).toList();
    }

    /** The husbands in characters. */
    static List<String> husbandNames() {
        return JAPANESE.stream().map(j -> j.split("\\|")).map(p -> p[0] + p[2]).toList();
    }

    static List<String> japaneseFamilies() {
        return JAPANESE.stream().map(j -> j.substring(0, j.indexOf('|'))).toList();
    }

    static List<String> cyrillicNames() {
        return RUSSIAN.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    }

    /** The Russian names in Latin letters: Svetlana Kuzmina. */
    static List<String> russianLatinNames() {
        return RUSSIAN.stream().map(e -> e.split("\\|")).map(p -> p[1] + " " + p[2]).toList();
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese or Korean-Chinese name once the blanks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** The province and city, the city alone, or nothing before the district or county. */
    private static String prefix(String province, String city, boolean withProvince, RandomGenerator r) {
        if (withProvince) return province + city;
        return r.nextInt(3) > 0 ? city : "";
    }

    /**
     * A flat: road, number, estate and N栋N单元N层N号; road, number, N单元 and NNN室; in the 一汽 街区 of Changchun,
     * NN街区N栋N门NNN; in enterprise living quarters, the quarters, N栋N单元NNN. {@code partial} stops at the district,
     * the road or its number.
     */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(URBAN, r).split("\\|");
        String district = prefix(t[0], t[1], withProvince, r) + t[2];
        String road = district + one(t[3], r);
        String number = road + (1 + r.nextInt(260)) + "号";
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> district;
                case 1 -> road;
                default -> number;
            };
        }
        String estate = one(t[4], r);
        int floor = 1 + r.nextInt(18), room = 1 + r.nextInt(4);
        if (estate.endsWith("街区")) {
            return district + estate + (1 + r.nextInt(40)) + "栋" + (1 + r.nextInt(6)) + "门" + floor
                    + String.format("%02d", room);
        }
        if (estate.endsWith("家属区") || estate.endsWith("生活区")) {
            return district + estate + (1 + r.nextInt(60)) + "栋" + (1 + r.nextInt(6)) + "单元" + floor
                    + String.format("%02d", room);
        }
        return r.nextBoolean()
                ? number + estate + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(6)) + "单元" + floor + "层" + room + "号"
                : number + (1 + r.nextInt(6)) + "单元" + floor + String.format("%02d", room) + "室";
    }

    /** A village: 黑龙江省哈尔滨市五常市民乐朝鲜族乡红光村前屯(12号) or …村3组; {@code partial} stops at the town or village. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(RURAL, r).split("\\|");
        String county = prefix(t[0], t[1], withProvince, r) + t[2];
        String town = county + one(t[3], r);
        String v = town + one(t[4], r);
        if (partial) return r.nextBoolean() ? town : v;
        String full = r.nextInt(3) > 0 ? v + one(t[5], r) : v + (1 + r.nextInt(12)) + "组";
        return r.nextBoolean() ? full : full + (1 + r.nextInt(90)) + "号";
    }

    /** 第三管理区 or 3管理区. */
    private static String managementArea(RandomGenerator r) {
        int n = 1 + r.nextInt(9);
        return r.nextBoolean() ? "第" + CHINESE_NUMBERS.charAt(n - 1) + "管理区" : n + "管理区";
    }

    /**
     * A state farm: the farm, its 管理区 and 作业站 (and a house number), its 管理区 and 第N作业区, or the 场部 居民区 by 栋,
     * 单元 and room; {@code partial} stops at the 管理区.
     */
    static String farm(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(FARMS, r).split("\\|");
        String f = (withProvince ? t[0] + t[1] + t[2] : r.nextInt(3) == 0 ? t[2] : "") + t[3];
        String area = f + managementArea(r);
        if (partial) return area;
        return switch (r.nextInt(3)) {
            case 0 -> area + (1 + r.nextInt(16)) + "作业站" + (r.nextBoolean() ? (1 + r.nextInt(80)) + "号" : "");
            case 1 -> area + "第" + (1 + r.nextInt(20)) + "作业区";
            default -> f + "场部居民区" + (1 + r.nextInt(40)) + "栋" + (1 + r.nextInt(5)) + "单元" + (1 + r.nextInt(6))
                    + String.format("%02d", 1 + r.nextInt(3));
        };
    }

    /**
     * A forest farm: the bureau, the forest farm and N委N组, 家属区N排N号, 第N作业区 or N号楼N单元NNN; {@code partial} stops at
     * the forest farm.
     */
    static String forest(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(FORESTS, r).split("\\|");
        String farm = (withProvince ? t[0] + t[1] : r.nextInt(3) == 0 ? t[1] : "") + t[2] + one(t[3], r);
        if (partial) return farm;
        return switch (r.nextInt(4)) {
            case 0 -> farm + (1 + r.nextInt(6)) + "委" + (1 + r.nextInt(20)) + "组";
            case 1 -> farm + "家属区" + (1 + r.nextInt(12)) + "排" + (1 + r.nextInt(30)) + "号";
            case 2 -> farm + "第" + (1 + r.nextInt(9)) + "作业区";
            default -> farm + (1 + r.nextInt(12)) + "号楼" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(5))
                    + String.format("%02d", 1 + r.nextInt(3));
        };
    }

    /** A state-farm or forest-farm address (AF). */
    static String farmOrForest(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextBoolean() ? farm(withProvince, partial, r) : forest(withProvince, partial, r);
    }

    /** An address of the region: a flat (most), a village, a state farm or a forest farm. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        int k = r.nextInt(20);
        if (k < 9) return flat(withProvince, partial, r);
        if (k < 15) return village(withProvince, partial, r);
        return farmOrForest(withProvince, partial, r);
    }

    /** A work place in the Russian Far East: 俄罗斯哈巴罗夫斯克市共青团大街18号(25室). */
    static String russianAddress(RandomGenerator r) {
        String[] t = pick(RUSSIA, r).split("\\|");
        String a = t[0] + one(t[1], r) + (1 + r.nextInt(160)) + "号";
        return r.nextBoolean() ? a : a + (1 + r.nextInt(90)) + "室";
    }

    /** A home in Japan: 日本千叶县船桥市本町3丁目5番12号 or 日本东京都江户川区西葛西6-14-3(-502). */
    static String japaneseAddress(RandomGenerator r) {
        String[] t = pick(JAPAN, r).split("\\|");
        String a = (r.nextBoolean() ? "日本" : "日本国") + t[0] + one(t[1], r);
        int c = 1 + r.nextInt(8), b = 1 + r.nextInt(30), g = 1 + r.nextInt(25);
        if (r.nextBoolean()) return a + c + "丁目" + b + "番" + g + "号";
        String s = a + c + "-" + b + "-" + g;
        return r.nextBoolean() ? s : s + "-" + (1 + r.nextInt(5)) + String.format("%02d", 1 + r.nextInt(9));
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
     * A resident ID: 18 characters (born 1936 to 2002) on a code of Heilongjiang or Jilin, plain, with a lower-case x,
     * 6-8-4 by blanks or hyphens; or, one in eight, an old 15-digit number of someone born 1930 to 1955.
     */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(8) == 0) return IdentifierForms.legacyId(pick(AREA, r), 30, 26, r);
        return writtenId(IdentifierForms.residentId(pick(AREA, r), 1936, 67, r), r);
    }

    /** An 18-character ID read aloud: 幺 or 一 for one, 零 for nought, 叉 for X; 6-8-4 by blanks or run on. */
    static String spokenIdNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(AREA, r), 1936, 67, r);
        String s = spokenDigits(id, r.nextBoolean() ? '幺' : '一');
        return r.nextBoolean() ? s.substring(0, 6) + " " + s.substring(6, 14) + " " + s.substring(14) : s;
    }

    private static String spokenDigits(String digits, char one) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (c == '1') b.append(one);
            else if (c == '0') b.append('零');
            else if (c == 'X') b.append('叉');
            else b.append(NUMERALS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, (+86)13912345678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "(+86)" + n;
            default -> n;
        };
    }

    /** A mobile as said aloud: the one as 幺 or 一 (one way in a number), the nought as 零; 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String s = spokenDigits(mobileDigits(r), r.nextBoolean() ? '幺' : '一');
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** A Russian mobile of the Far East: +7 914 215-37-08, +7 (924) 215-37-08, 8 914 215 37 08. */
    static String russianMobile(RandomGenerator r) {
        String op = pick(List.of("914", "924", "984", "962"), r), a = digits(3, r), b = digits(2, r), c = digits(2, r);
        return switch (r.nextInt(3)) {
            case 0 -> "+7 " + op + " " + a + "-" + b + "-" + c;
            case 1 -> "+7 (" + op + ") " + a + "-" + b + "-" + c;
            default -> "8 " + op + " " + a + " " + b + " " + c;
        };
    }

    /** A Japanese mobile: +81 90-1234-5678, +81-80-1234-5678, 090-1234-5678, 080 1234 5678. */
    static String japaneseMobile(RandomGenerator r) {
        String op = r.nextBoolean() ? "90" : "80", a = digits(4, r), b = digits(4, r);
        return switch (r.nextInt(4)) {
            case 0 -> "+81 " + op + "-" + a + "-" + b;
            case 1 -> "+81-" + op + "-" + a + "-" + b;
            case 2 -> "0" + op + "-" + a + "-" + b;
            default -> "0" + op + " " + a + " " + b;
        };
    }

    /** A Korean mobile: +82 10-1234-5678 or 010-1234-5678. */
    static String koreanMobile(RandomGenerator r) {
        String a = digits(4, r), b = digits(4, r);
        return r.nextBoolean() ? "+82 10-" + a + "-" + b : "010-" + a + "-" + b;
    }

    /** A number abroad: Russia, Japan or Korea. */
    static String abroadMobile(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> russianMobile(r);
            case 1 -> japaneseMobile(r);
            default -> koreanMobile(r);
        };
    }

    /**
     * A landline: eight digits on 0451 Harbin (3…, 5…, 6…, 8…), 0431 Changchun (5…, 8…) and 0432 Jilin (6…), seven on
     * 0452 Qiqihar (2…), 0453 Mudanjiang (6…) and 0433 Yanji (2…, 8…): (0451)86271234, 0451-86271234, 0451 8627 1234,
     * +86 451 86271234, or the eight digits alone.
     */
    static String landline(RandomGenerator r) {
        String code = pick(List.of("0451", "0451", "0431", "0431", "0432", "0452", "0453", "0433"), r);
        String first = switch (code) {
            case "0451" -> "3568";
            case "0431" -> "58";
            case "0432", "0453" -> "6";
            case "0452" -> "2";
            default -> "28";
        };
        boolean eight = code.equals("0451") || code.equals("0431") || code.equals("0432");
        String local = first.charAt(r.nextInt(first.length())) + digits(eight ? 7 : 6, r);
        return switch (r.nextInt(eight ? 6 : 5)) {
            case 0 -> "(" + code + ")" + local;
            case 1 -> code + " " + local.substring(0, local.length() - 4) + " " + local.substring(local.length() - 4);
            case 2 -> "+86 " + code.substring(1) + " " + local;
            case 5 -> local;
            default -> code + "-" + local;
        };
    }

    /** An inpatient number: the year's two digits, H (Harbin) or C (Changchun) and six digits; or a county's seven. */
    static String inpatientNumber(RandomGenerator r) {
        if (r.nextInt(4) == 0) return "1" + digits(6, r);
        return (16 + r.nextInt(10)) + (r.nextBoolean() ? "H" : "C") + digits(6, r);
    }

    /** An outpatient card: 88 and ten digits. */
    static String outpatientCard(RandomGenerator r) {
        return "88" + digits(10, r);
    }

    /** A radiotherapy patient ID: RT240387 or RT24-0387. */
    static String radiotherapyId(RandomGenerator r) {
        String y = String.valueOf(18 + r.nextInt(8));
        return "RT" + y + (r.nextBoolean() ? "-" : "") + digits(4, r);
    }

    /** A cancer registry number: 黑 or 吉, the county code, the year, five digits. */
    static String registryNumber(RandomGenerator r) {
        String area = pick(AREA, r);
        return (area.startsWith("23") ? "黑" : "吉") + area + "-" + (2016 + r.nextInt(10)) + "-" + digits(5, r);
    }

    /** A basic medical-insurance number: ZG (workers) or JM (residents), a city code and eight digits. */
    static String basicInsuranceNumber(RandomGenerator r) {
        return (r.nextBoolean() ? "ZG" : "JM") + pick(CITY_CODES, r) + digits(8, r);
    }

    /** A 惠民保 policy: HMB-2301-24-0587133 or HMB2301240587133. */
    static String policyNumber(RandomGenerator r) {
        String city = pick(List.of("2301", "2201"), r), y = String.valueOf(21 + r.nextInt(5)), n = digits(7, r);
        return r.nextBoolean() ? "HMB-" + city + "-" + y + "-" + n : "HMB" + city + y + n;
    }

    /** Where the label does not say which: either. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextBoolean() ? basicInsuranceNumber(r) : policyNumber(r);
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

    private static int[] birth(RandomGenerator r) {
        return new int[] {1936 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)};
    }

    /** 1956年3月12日, 1956-03-12, 1956.03.12, 1956/3/12, 19560312. */
    static String birthDate(RandomGenerator r) {
        int[] d = birth(r);
        return switch (r.nextInt(5)) {
            case 0 -> d[0] + "年" + d[1] + "月" + d[2] + "日";
            case 1 -> String.format("%d-%02d-%02d", d[0], d[1], d[2]);
            case 2 -> String.format("%d.%02d.%02d", d[0], d[1], d[2]);
            case 3 -> d[0] + "/" + d[1] + "/" + d[2];
            default -> String.format("%d%02d%02d", d[0], d[1], d[2]);
        };
    }

    /** The year in two digits, as old forms and old people write it: 56年3月12日, 56年03月12日. */
    static String shortBirthDate(RandomGenerator r) {
        int[] d = birth(r);
        String y = String.format("%02d", d[0] % 100);
        return r.nextBoolean() ? y + "年" + d[1] + "月" + d[2] + "日" : String.format("%s年%02d月%02d日", y, d[1], d[2]);
    }

    /** The 出生年月 of forms: 1956.03, 1956年3月, 1956-03. */
    static String birthMonth(RandomGenerator r) {
        int[] d = birth(r);
        return switch (r.nextInt(3)) {
            case 0 -> String.format("%d.%02d", d[0], d[1]);
            case 1 -> d[0] + "年" + d[1] + "月";
            default -> String.format("%d-%02d", d[0], d[1]);
        };
    }

    /** As English documents and trial forms write it: 12 March 1956, March 12, 1956, 12MAR1956, 12-Mar-1956. */
    static String englishBirthDate(RandomGenerator r) {
        int[] d = birth(r);
        String month = MONTHS.get(d[1] - 1), mon = month.substring(0, 3);
        return switch (r.nextInt(4)) {
            case 0 -> d[2] + " " + month + " " + d[0];
            case 1 -> month + " " + d[2] + ", " + d[0];
            case 2 -> String.format("%02d%s%d", d[2], mon.toUpperCase(), d[0]);
            default -> String.format("%02d-%s-%d", d[2], mon, d[0]);
        };
    }

    /** As a relative says it: 一九五六年三月十二号, 五六年三月十二. */
    static String spokenBirthDate(RandomGenerator r) {
        int[] d = birth(r);
        String year = IdentifierForms.chineseYear(d[0]);
        String md = IdentifierForms.chineseNumber(d[1]) + "月" + IdentifierForms.chineseNumber(d[2]);
        return r.nextBoolean() ? year + "年" + md + "号" : year.substring(2) + "年" + md;
    }

    /** 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** The stem-and-branch name of a year: 丙申 of 1956. */
    static String ganzhi(int year) {
        return "" + STEMS.charAt(Math.floorMod(year - 4, 10)) + BRANCHES.charAt(Math.floorMod(year - 4, 12));
    }

    /** A lunar birthday: 农历1956年三月初八, 阴历五六年腊月二十三, 农历丙申年三月初八. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1936 + r.nextInt(50), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String md = LUNAR_MONTHS.charAt(m) + "月" + lunarDay(d);
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + md;
            case 1 -> "阴历" + IdentifierForms.chineseYear(y).substring(2) + "年" + md;
            default -> "农历" + ganzhi(y) + "年" + md;
        };
    }

    /** A further Korean-Chinese person (KN), never the record's Korean-Chinese patient. */
    static String otherKorean(String patient, RandomGenerator r) {
        int i = r.nextInt(MINORITY.size() - 1);
        return MINORITY.get(i >= MINORITY.indexOf(patient) ? i + 1 : i);
    }

    /** The pet name the record's patient goes by (the same one wherever the record names it). */
    static String nicknameOf(String patient) {
        return NICKNAMES.get(Math.floorMod(CHINESE.indexOf(patient), NICKNAMES.size()));
    }

    /**
     * The Korean-Chinese son or daughter writing in the family chat (KH), in Hangul: the same one throughout a record,
     * never the record's Korean-Chinese patient.
     */
    static String childInHangul(String relative, String patient) {
        int i = Math.floorMod(CHINESE.indexOf(relative), HANGUL.size());
        String h = HANGUL.get(i);
        return h.equals(hangulOf(patient)) ? HANGUL.get((i + 1) % HANGUL.size()) : h;
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "P" -> out.write(people[0], EntityKind.NAME);
            case "F" -> out.write(people[1], EntityKind.NAME);
            case "DR" -> out.write(people[2], EntityKind.NAME);
            case "N" -> out.write(pick(CHINESE, random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(pick(CHINESE, random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "MS" -> out.write(surnameOf(people[3]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(nicknameOf(people[0]), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "FO" -> out.write(PoolNameForms.scannedName(people[1], random), EntityKind.NAME);
            case "MO" -> out.write(PoolNameForms.scannedName(people[3], random), EntityKind.NAME);
            case "PY" -> out.write(pinyinForm(people[0], random), EntityKind.NAME);
            case "FY" -> out.write(pinyinForm(people[1], random), EntityKind.NAME);
            case "NY" -> out.write(pinyinForm(pick(CHINESE, random), random), EntityKind.NAME);
            case "MY" -> out.write(pinyinForm(people[3], random), EntityKind.NAME);
            case "MH" -> out.write(hangulOf(people[3]), EntityKind.NAME);
            case "KN" -> out.write(otherKorean(people[3], random), EntityKind.NAME);
            case "KH" -> out.write(childInHangul(people[1], people[3]), EntityKind.NAME);
            case "JN" -> out.write(marriedName(people[1]), EntityKind.NAME);
            case "JR" -> out.write(marriedRomaji(people[1], random), EntityKind.NAME);
            case "JH" -> out.write(husbandOf(people[1]), EntityKind.NAME);
            case "JE" -> out.write(husbandRomaji(people[1], random), EntityKind.NAME);
            case "RU" -> out.write(pick(cyrillicNames(), random), EntityKind.NAME);
            case "RL" -> out.write(pick(russianLatinNames(), random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDV" -> out.write(spokenIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MX" -> out.write(abroadMobile(random), EntityKind.PHONE);
            case "MR" -> out.write(russianMobile(random), EntityKind.PHONE);
            case "MJ" -> out.write(japaneseMobile(random), EntityKind.PHONE);
            case "MK" -> out.write(koreanMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RM" -> out.write(outpatientCard(random), EntityKind.MEDICAL_RECORD);
            case "RT" -> out.write(radiotherapyId(random), EntityKind.MEDICAL_RECORD);
            case "RC" -> out.write(registryNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IP" -> out.write(basicInsuranceNumber(random), EntityKind.INSURANCE);
            case "IH" -> out.write(policyNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AF" -> out.write(farmOrForest(random.nextBoolean(), false, random), EntityKind.ADDRESS);
            case "AR" -> out.write(russianAddress(random), EntityKind.ADDRESS);
            case "AJ" -> out.write(japaneseAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBS" -> out.write(shortBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBV" -> out.write(spokenBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> writtenForms() {
        Map<String, String> out = new HashMap<>();
        for (String n : Stream.of(CHINESE, MINORITY, NICKNAMES).flatMap(List::stream).toList()) out.put(n, n);
        for (String han : Stream.concat(CHINESE.stream(), MINORITY.stream()).toList()) {
            for (String f : pinyinForms(han)) out.put(f, han);
        }
        for (String k : KOREAN) {
            String[] p = k.split("\\|");
            out.put(p[2], p[0]);
        }
        for (String han : CHINESE) {
            out.put(marriedName(han), han);
            for (String f : marriedRomajiForms(han)) out.put(f, han);
        }
        for (String j : JAPANESE) {
            String[] p = j.split("\\|");
            out.put(p[0] + p[2], p[0] + p[2]);
            for (String f : husbandRomajiForms(p)) out.put(f, p[0] + p[2]);
        }
        for (String ru : RUSSIAN) {
            String[] p = ru.split("\\|");
            out.put(p[0], p[0]);
            out.put(p[1] + " " + p[2], p[0]);
        }
        for (String e : ENGLISH) out.put(e.replace('|', ' '), e.replace('|', ' '));
        return Map.copyOf(out);
    }

    private static Set<String> parts() {
        Set<String> out = new HashSet<>();
        for (String n : Stream.concat(CHINESE.stream(), MINORITY.stream()).toList()) {
            out.add(surnameOf(n));
            out.add(addressedGivenName(n));
        }
        for (String e : ENGLISH) {
            out.add(family(e));
            out.add(given(e));
        }
        for (String e : JAPANESE) {
            String[] p = e.split("\\|");
            out.add(p[1]);
            out.add(p[3]);
        }
        for (String e : RUSSIAN) {
            String[] p = e.split("\\|");
            out.add(p[1]);
            out.add(p[2]);
        }
        return Set.copyOf(out);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null || PARTS.contains(w);
    }

    /**
     * The person a labelled value names in full, or null when the value (a surname, a given name) names no one in full:
     * pinyin and Hangul forms stand for the name in characters, rōmaji for the Japanese name in characters, the Latin
     * spelling for the Cyrillic name, foreign names for themselves.
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

    static List<String> hangulNames() {
        return HANGUL;
    }

    static List<String> nicknames() {
        return NICKNAMES;
    }

    /** The foreign experts' names in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : ENGLISH) out.add(e.replace('|', ' '));
        return out;
    }

    /** The Latin family names: the foreign experts', the Japanese in rōmaji, the Russian in Latin letters. */
    static Stream<String> englishSurnames() {
        return Stream.of(ENGLISH.stream().map(PoolNameForms::family), JAPANESE.stream().map(e -> e.split("\\|")[1]),
                RUSSIAN.stream().map(e -> e.split("\\|")[2])).flatMap(s -> s);
    }

    /** The Latin given names: the foreign experts', the Japanese in rōmaji, the Russian in Latin letters. */
    static Stream<String> englishGivenNames() {
        return Stream.of(ENGLISH.stream().map(PoolNameForms::given), JAPANESE.stream().map(e -> e.split("\\|")[3]),
                RUSSIAN.stream().map(e -> e.split("\\|")[1])).flatMap(s -> s);
    }

    static List<String> areaCodes() {
        return AREA;
    }
}

package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Twenty-fifth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_25}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium on the Jiaodong peninsula of Shandong, led by the
 * fictional 鳌海医科大学附属医院 in the fictional coastal city of 鳌海 (between Qingdao, Yantai and Weihai), with the
 * fictional 望潮街道社区卫生服务中心, 蛎湾镇卫生院 in an oyster-farming town, 后夼村卫生室, the elderly-care home
 * 颐寿苑医养结合中心, the hospital's 血液净化中心 and international clinic, the university clinic of 鳌海海洋大学, the
 * shipyard 鳌海蓝湾船舶重工有限公司, the Korean-invested 鳌海世宇电子有限公司, the Japanese-invested 鳌海丰和精工有限公司,
 * the port's 鳌海港冷链物流园 and the sea-cucumber farm 鲍湾海珍品养殖场, whose patients are farmers, fishermen, sea-cucumber,
 * scallop and oyster farmers, port, cold-chain and shipyard workers, workers of the Korean- and Japanese-invested
 * factories, Korean-Chinese (朝鲜族) migrants from Yanbian, South Korean and Japanese managers and their families,
 * retirees, students and foreign teachers of the university, and a few Russian and other foreign seafarers:
 * shipyard occupational-health records (welding fume, noise, confined spaces), industrial-injury (工伤) applications,
 * claims and certificates, cold-chain and port worker screening, aquaculture injuries (decompression sickness,
 * Vibrio from oyster shells, sea-urchin spines), interpreter-assisted consultations with Korean and Japanese patients,
 * elderly-care (医养结合) and long-term-care insurance records, dialysis rosters, university clinic logs, hypertension
 * and diabetes follow-up, pharmacy counselling, referrals up and down, discharge summaries, nursing handovers,
 * dictations, outpatient logs, voice notes in Jiaodong dialect (俺, 恁, 夜来, 饽饽, 小嫚, 老嫚, 哈 for 喝, 知不道, 杠),
 * WeChat group messages, OCR'd forms with stray blanks and line breaks, CSV, markdown, pipe and tab tables, JSON
 * exports, HL7-like segments, SMS (also in Korean and Japanese) and e-mails; about a seventh in English or mostly Latin
 * script.
 *
 * <p>Labelling follows {@link EntityKind} and the conventions of {@link Blind24Templates}. Every person's name is PHI:
 * patients, spouses, relatives, neighbours, workmates, foremen, HR staff, interpreters, carers, village doctors, nurses,
 * pharmacists and doctors, in Chinese, Korean (in Chinese characters, romanised or in Hangul), Japanese (in kanji or
 * romaji), transliterated, English or pinyin form, also straight after a role or verb word (班长X, 场长X, 翻译X), at the
 * start of table rows, in lists joined by 、, blanks or line breaks, in table cells, JSON values and HL7 fields. A
 * surname in a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, 护士长X, X大爷,
 * X大娘, X奶奶, X姨, X师傅, X工, X大夫, X医生, X主任, X老师, X书记, X厂长; a Japanese surname with さん, 様, 先生 or 部长
 * ({@code JS}) labels the surname only. A given name used alone ({@code PG}, also in X他娘) labels the given name; a
 * one-character given name is never used alone. A nickname ({@code PK}: 大嫚, 铁蛋儿, 锁子 …) is a name. A child known as
 * a parent's child (X之子, X之女) labels the parent. An OCR'd name ({@code PO}) broken by a line break, a single blank
 * after the surname, a blank between every character or an ideographic blank between every character is one span, the
 * break inside it. A Korean or transliterated name ({@code MN}, {@code NM}, {@code KC}) and a Japanese name in kanji
 * ({@code JK}) is one span. Romanised Korean names ({@code KR}: Park Jin-woo, PARK JIN WOO, PARK JINWOO, Jin-woo Park, Park Jinwoo),
 * Korean names in Hangul ({@code KH}), Japanese names in romaji ({@code JR}: Sato Kenichi, SATO KENICHI, Kenichi Sato,
 * SATO Kenichi) and pinyin names ({@code PY}: YU ZHENBANG, Yu Zhenbang, Zhenbang YU, YU/ZHENBANG, Yu Zhen-bang) are
 * labelled whole in each written form.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check and area codes of
 * Yantai, Weihai and Qingdao, of Yanbian and of the migrants' home counties, all issued before 2000, plain, lower-case
 * x, 6-8-4 by blanks; 15-digit numbers with a valid birth date), mobiles ({@code M}: plain, 139 1234 5678,
 * 139-1234-5678, +86 13912345678, +86-139-1234-5678; {@code MV}: spoken in voice notes, 幺三九 零二三四 五六七八,
 * with blanks, commas or none), phones in Korea, Japan and Russia ({@code MX}: +82 10-1234-5678, 010-1234-5678,
 * +82 10 1234 5678, +81 90-1234-5678, 090-1234-5678, +7 914 123-45-67), landlines ({@code L}: 0535, 0631, 0532, 0536
 * and Yanji 0433, as 0535-6123456, (0631)5812345, 0532 8765 4321, an extension after 转, +86 535 6123456), addresses
 * ({@code A}, {@code A0}: city streets with an estate and 号楼/单元/室 or the short 12-2-501, factory dormitories, villages
 * with a house number or a lane (东街, 前街) and a number, Yanbian villages with a 组; {@code A0} may stop at the village
 * or the street; {@code AO}: addresses in Korea and Japan in Latin script, Hangul or Japanese, and Vladivostok), record
 * numbers ({@code R}: inpatient numbers AY24031876, eight-digit outpatient numbers 00387216, 17-digit health-archive
 * numbers, dialysis numbers HD-0387, international-clinic numbers GJ24-00387, whatever the label), insurance numbers
 * ({@code I}: AHYB and ten digits, SDJM and ten digits, industrial-injury GS2024-000387, long-term-care CHX37 and eight
 * digits, YT3706- and eight digits), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain, fours by
 * blanks or by hyphens), dates of birth ({@code DOB}: 1958年6月23日, 1958年06月23日, 1958-06-23, 1958.6.23, 1958/06/23,
 * the spoken 一九五八年六月二十三 and 五八年六月二十三号; {@code DOBC}: 19580623 in exports; {@code DOBE}: 23 Jun 1958,
 * June 23, 1958, 23.06.1958, 06/23/1958; {@code DOBJ}: Japanese era dates 昭和33年6月23日, S33.6.23, 平成3年4月5日,
 * H3.4.5; {@code NB}: a child's, 2014 to 2025). Not labelled: visit, injury, dialysis and follow-up dates, times, ages,
 * hull, container, vessel and fishing-boat numbers, passport numbers, student, staff and work numbers, exam, lab-slip,
 * filing and message numbers, the industrial-injury decision number, hotlines, facility, ship and company names, a
 * province or city alone, seafood, fruit and herbal names, drug names, dialect words, and words beginning with one of
 * the pool's surnames (all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind24Templates} nor among the names {@link SyntheticValues} can generate. Most are drawn as a patient list of
 * Jiaodong would look: the common surnames of Shandong (王, 张, 李, then 刘, 孙, 于, 姜, 曲, 杨, 赵, 高) and its
 * mid-frequency ones, many peculiar to the peninsula (丛, 隋, 鞠, 宫, 战, 初, 衣, 栾, 矫, 慕, 滕, 修), with given names of
 * each generation (born before 1950, including old women's names, in the 1960s and 1970s, the 1980s and 1990s, and
 * children of the 2010s and 2020s); a minority have surnames of the region no earlier group used ({@link #RARE_SURNAMES}),
 * compound surnames of old Shandong lineages ({@link #compoundSurnames}) or are ordinary words ({@link #WORD_LIKE}).
 * Korean-Chinese and South Korean names in Chinese characters and transliterated Russian, Vietnamese and Indonesian
 * names in the minority pool; a Korean pool (Chinese characters, romanisation, Hangul); a Japanese pool (kanji, romaji);
 * foreign teachers, classification-society surveyors, Greek and Norwegian shipowners' representatives, Russian,
 * Ukrainian and Filipino seafarers in the English pool; a pinyin pool; a Jiaodong nickname pool. Own slots: {@code N},
 * a further Chinese name drawn afresh at each use; {@code NC}, a child's name from the same pool; {@code NM}, a further
 * minority name; {@code KC}, a Korean-Chinese name from Yanbian out of the minority pool; {@code PS}, {@code FS},
 * {@code PG}, {@code PK}, {@code PO}, {@code PY}, {@code KR}, {@code KH}, {@code JK}, {@code JS}, {@code JR},
 * {@code MV}, {@code MX}, {@code AO} above; {@code EG}, an English given name alone; {@code DOBC}, {@code DOBE},
 * {@code DOBJ}, {@code NB}. Any non-empty subset of {@link #BLIND_25} uses these pools (see {@link #uses}).
 */
final class Blind25Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261226L;

    static final List<String> BLIND_25 = List.of(
            // Shipyard occupational health.
            "鳌海蓝湾船舶重工有限公司 职业健康检查表（在岗期间）\n姓名：{P}  性别：{SEX}  年龄：{AGE}\n身份证号：{ID}\n"
                    + "工种：电焊工  接害因素：电焊烟尘、锰及其化合物、噪声\n胸片：双肺纹理增多\n主检医师：{DR}\n",
            "船厂涂装车间苯系物接触者复查名单\n{P} 涂装一班 {M}\n{N} 涂装二班 {M}\n{N} 打磨班 {M}\n带班：{N}\n",
            "密闭舱室作业中毒：{P}，{AGE}岁，H1287号船双层底舱内涂装时头晕跌倒，工友{N}拖出舱外，120送入院，住院号{R}；"
                    + "安全员{FS}工电话{M}\n",
            "尘肺病随访：{P}，打磨工龄16年，诊断电焊工尘肺壹期，现住{A}；家属{F}（{KIN}）{M}；随访医生{DR}\n",
            "船厂噪声聋复查：{P}，出生日期{DOB}，双耳高频听阈提高45dB，建议调离噪声岗位；厂医{N}，职业卫生科{DS}主任复核\n",
            "Shipyard medical clearance\nWorker: {PY}\nDOB: {DOBC}\nHull No. H1287, confined-space entry: FIT\n"
                    + "Surveyor: {E}\nSite office: {L}\n",
            "外籍监造人员就诊：{E}，船东代表，打磨火花致右眼角膜异物，已剔除；翻译{N}，电话{M}；接诊{DS}大夫\n",
            "船厂高处坠落：{P}，{AGE}岁，分段合拢时从脚手架坠落约3米，右跟骨骨折；班长{N}送医，{FS}厂长到场；家属{F} {M}\n",
            // Industrial-injury applications, claims and certificates.
            "工伤认定申请表\n申请人：{P}  身份证号：{ID}\n用人单位：鳌海世宇电子有限公司\n受伤时间：{D}  受伤部位：右手中指\n"
                    + "联系电话：{M}\n家庭住址：{A}\n",
            "工伤医疗费报销：{P}，工伤保险号{I}，住院号{R}，报销款转入{B}；经办{N}\n",
            "劳动能力鉴定陪同：{P}由妻子{F}陪同，证人{N}、{N}到场；鉴定结论另行送达；联系电话{L}\n",
            "工伤事故经过（车间主任{N}口述）：{D}夜班，{P}在冲压线换模时左手被压伤，工友{N}送厂医务室后转我院，病案号{R}\n",
            "停工留薪期证明：{P}，{DOB}生，左桡骨远端骨折术后，停工留薪期3个月；主治医师{DR}；单位联系人{N} {L}\n",
            "Subject: Work injury of our employee\nDear Dr {ES},\nOur line worker {PY} (DOB {DOBE}) injured his left hand on "
                    + "the press line. Please contact HR ({EG}) on {M}.\nRegards,\n{JR}\n",
            // Cold-chain and port worker screening.
            "鳌海港冷链物流园 从业人员健康检查登记\n姓名：{P}\n出生日期：{DOB}\n岗位：冷库搬运\n联系电话：{M}\n"
                    + "体检编号：LL-2024-0518\n",
            "冷库作业冻伤：{P}，{AGE}岁，在-18℃冷库连续作业6小时，双手Ⅱ度冻伤；叉车司机{N}发现；班组长{FS}师傅电话{M}\n",
            "港口肺结核筛查阳性者追踪：{P}，身份证{ID}，住{A0}，密接者{N}、{NM}；疾控联系电话{L}\n",
            "集装箱码头外伤：{P}被吊具擦伤左肩，集装箱号TGHU8412093，调度{N}；家属{F}电话{M}\n",
            "Russian crew at the port clinic: {E}, DOB {DOBE}, cut to the forearm on a reefer container; shipmate {E2}; "
                    + "agent {MX}.\n",
            // Aquaculture.
            "海参养殖潜水作业减压病：{P}，{AGE}岁，鲍湾海珍品养殖场潜水员，采捕海参上浮过快，四肢关节痛；同船{N}；"
                    + "转高压氧治疗，住院号{R}\n",
            "创伤弧菌感染：{P}，剥牡蛎时被蛎壳划伤右手，12小时后右前臂肿胀发黑，急诊清创；家属{F}（{KIN}）{M}\n",
            "扇贝养殖工人手部感染：{P}，海上分苗作业，手指被扇贝笼铁丝刺伤；合作社负责人{N}，电话{M}；住{A0}\n",
            "海胆刺伤：{P}在养殖筏架上被海胆刺伤足底，刺残留3枚；同村{N}送至蛎湾镇卫生院；接诊{DS}大夫\n",
            "养殖场季节工登记\n{N} {ID} 海阳\n{N} {ID} 延边\n{P} {ID} 本地\n场长：{N} {M}\n",
            "海带晾晒跌伤：{P}，{AGE}岁，从晾晒架跌落，腰1椎体压缩骨折；儿子{F}，电话{M}；医保{I}\n",
            // Interpreter-assisted consultations and the Korean- and Japanese-invested factories.
            "涉外门诊（韩语翻译陪诊）\n患者：{KR}  国籍：韩国\n护照号：M72345618\n出生日期：{DOBE}\n主诉：上腹痛3天\n"
                    + "翻译：{N}  电话：{M}\n接诊医师：{DR}\n",
            "翻译协助问诊记录：患者{KR}（韩文名{KH}），世宇电子生产部长，诉胸闷；公司翻译{N}逐句翻译，患者表示理解；"
                    + "接诊{DS}医生\n",
            "日资企业外派人员体检：{JK}，{DOBJ}生，总经理，血脂偏高；公司联系人{N}，电话{L}；{JS}先生要求报告译成日文\n",
            "[微信 聊天记录]\n{N}（翻译）：{JS}さん今天发烧38.7度\n{DR}：让他来发热门诊\n{N}：好的，他的手机{MX}\n",
            "Japanese patient summary for the insurer\nName: {JR}\nDate of birth: {DOBE}\nDiagnosis: acute gastroenteritis "
                    + "(raw oysters)\nAttending: Dr {PY}\nInterpreter: {N}\nContact in Japan: {MX}\n",
            "韩籍员工住院知情同意：患者{KR}，代理人{N}（同事），翻译{N}；韩国紧急联系电话{MX}；家属住址{AO}\n",
            "日本籍交换生就诊：{JK}，鳌海海洋大学交换生，{DOBJ}生，过敏性鼻炎；紧急联系人{JR}（母亲），电话{MX}\n",
            "韩资企业年度体检名单（鳌海世宇电子有限公司）\n{KR} 法人代表 {DOBE}\n{MN} 品质部长 {DOBE}\n{P} 行政 {DOB}\n"
                    + "联系人：{N} {L}\n",
            "[OCR] 外国人就诊登记表 氏名 {JK} 生年月日 {DOBJ} 在华住址 {A} 电话 {MX}\n",
            "Subject: Sick-leave certificate\nDear Dr {ES},\nCould you issue a sick-leave certificate in English for {KR} "
                    + "(DOB {DOBE}), MRN {R}?\nBest regards,\n{JR}\nFengho Precision, tel {L}\n",
            "日籍员工家属陪诊：{JK}之女，{NB}出生，手足口病；家属{JR}不会中文，由翻译{N}转述；电话{MX}\n",
            "丰和精工工伤：{P}，数控车床操作工，左手示指切割伤；日方{JS}部长到场，翻译{N}；工伤保险号{I}\n",
            // Korean-Chinese migrants from Yanbian.
            "朝鲜族务工人员就诊：{KC}，{AGE}岁，来自吉林省延边州，在韩国餐馆打工，身份证{ID}，现住{A}；联系电话{M}\n",
            "延边籍患者转回原籍：{KC}，出生日期{DOB}，户籍地址{A}，转延边大学附属医院继续治疗；护送{N}\n",
            "异地就医直接结算：{KC}，身份证{ID}，异地备案号YD20240387；差额由儿子{N}刷卡{B}\n",
            // Elderly care (医养结合) and long-term-care insurance.
            "颐寿苑医养结合中心 入住健康评估\n老人姓名：{P}  性别：{SEX}  年龄：{AGE}\n出生日期：{DOB}\n长护险号：{I}\n"
                    + "紧急联系人：{F}（{KIN}）{M}\n责任医生：{DR}\n",
            "医养交班：302室{PS}奶奶夜间起夜4次，未跌倒；305室{N}，{LAB}；护理员{N}，夜班护士{DR}\n",
            "长护险失能评估：{P}，{AGE}岁，卧床，Barthel评分15分，评估员{N}、{N}；家属{F}签字；长护险号{I}\n",
            "[微信群 颐寿苑家属群]\n护理员{N}：{PS}大娘今天吃了一个饽饽半碗小米粥\n{F}：谢谢，俺明天下午来看她\n{DR}：血压{BP}，平稳\n",
            "居家医养上门服务单：服务对象{P}，住址{A}，服务项目：更换胃管、压疮换药；上门护士{N}；家属{F}电话{L}\n",
            "老人走失登记：{P}，{AGE}岁，阿尔茨海默病，今晨6点离开颐寿苑，穿蓝棉袄；儿子{F}电话{M}；护理主管小{DS}已报警\n",
            "医养结合查房：{P}，护工都叫她{PG}，今日情绪好，能自己哈水；{DS}医生调整{DRUG}{DOSE}\n",
            // Dialysis rosters.
            "血液净化中心 排班表（周一三五）\n上午 1号机 {P} {R}\n上午 2号机 {N} {R}\n下午 1号机 {N} {R}\n责任护士：{DR}\n",
            "透析患者交接：{P}，透析号{R}，干体重58kg，今日超滤2.5L，内瘘杂音好；家属{F}接回；值班护士{N}\n",
            "HD roster export\nbed,patient,dob,hd_no,phone\n3,{PY},{DOBC},{R},{M}\n4,{PY},{DOBC},{R},{M}\n",
            "透析通路护理记录：{P}，左前臂内瘘，穿刺由护士长{DS}完成，{D}透析中低血压，予生理盐水；家属电话{M}\n",
            // University clinic.
            "鳌海海洋大学校医院 门诊日志\n{D} {P} 学号2021013487 急性扁桃体炎\n{D} {N} 学号2022051206 踝扭伤\n"
                    + "{D} {E} 留学生 过敏性皮炎\n医师：{DR}\n",
            "学生心理危机转介：{P}，大三，连续失眠，辅导员{N}陪同转鳌海市精神卫生中心；家长{F}（{KIN}）电话{M}\n",
            "外籍教师就诊：{E}，英语系外教，季节性过敏；同事{E2}陪同；外事处{N}，电话{L}\n",
            "留学生医疗保险理赔：{KR}，出生{DOBE}，护照号M72345618，门诊号{R}；国际交流处联系人{N}\n",
            "Faculty health check, School of Ocean Engineering: {E} (Norway), {E2} (Greece), {JR} (Japan); results to "
                    + "Dr {PY}; office {L}.\n",
            // Hypertension and diabetes follow-up.
            "高血压患者随访记录表\n姓名：{P}  编号：{R}\n随访日期：{D}  随访方式：门诊\n血压：{BP}  心率：{HR}次/分\n"
                    + "用药：{DRUG}{DOSE}\n随访医生：{DR}\n",
            "糖尿病随访：{PS}大爷，{AGE}岁，{LAB}，嘱少吃饽饽和地瓜；老伴{F}在场；家庭医生{DR}\n",
            "慢病送药上门名单（后夼村）\n{P} 氨氯地平 {M}\n{N} 二甲双胍 {M}\n{N} 胰岛素 {L}\n村医：{N}\n",
            "糖尿病足转诊：{P}，右足第二趾溃烂2周，村医{N}转来；出生日期{DOB}；医保号{I}\n",
            "慢病随访：{PS}老师，退休教师，血压{BP}，村里{FS}书记陪同来取药；医保号{I}\n",
            // Pharmacy counselling.
            "药学门诊记录：{P}，{AGE}岁，同时服用{DRUG}与华法林，INR 3.6，建议减量；药师{N}；电话回访{M}\n",
            "药店慢病购药登记：{P}，医保号{I}，购买二甲双胍缓释片，药师{N}提醒哈酒后易低血糖\n",
            "用药咨询：{MN}咨询曲马多能否与止咳药同服，药师{N}答不宜；翻译{N}；电话{M}\n",
            // Referrals, discharge summaries, handovers, dictations and outpatient logs.
            "转诊单\n转出单位：蛎湾镇卫生院\n转入单位：鳌海医科大学附属医院急诊科\n患者：{P}  年龄：{AGE}\n"
                    + "初步诊断：急性心肌梗死\n转诊医生：{DR}  联系电话：{L}\n陪同家属：{F}\n",
            "出院小结\n姓名：{P}  住院号：{R}\n入院诊断：{DIS}\n出院医嘱：{DRUG}{DOSE}，{D}复查\n主治医师：{DR}\n",
            "护理交接班：12床{P}，术后第2天，引流通畅；15床{NM}，夜间{SYM}，已告知{DS}医生；交班护士{N}，接班护士{N}\n",
            "[口述录音整理] 患者{P}，男，{AGE}岁，渔民，因{SYM}{DUR}入院。既往高血压，长期哈酒。家属{F}提供病史。口述医师{DR}。\n",
            "门诊日志 {D} 全科\n1. {P} {SEX} {AGE}岁 {SYM} {M}\n2. {N} {SEX} {AGE}岁 {SYM} {M}\n3. {MN} {SEX} {AGE}岁 "
                    + "翻译陪诊\n4. {NM} {SEX} {AGE}岁 体检\n",
            "上转记录：{P}，后夼村卫生室村医{N}电话上报，疑似脑卒中，请{DS}主任安排绿色通道；住址{A0}\n",
            "下转康复：{P}，脑梗死恢复期，转望潮街道社区卫生服务中心康复科；病案号{R}；社区接收{N}，电话{L}\n",
            "Transfer note (repatriation): patient {KR}, DOB {DOBE}, MRN {R}, NSTEMI s/p PCI; escort nurse {E}; family "
                    + "{MX}; destination {AO}.\n",
            "急诊：{P}，{AGE}岁，醉酒后呕吐；{PG}他娘说他夜来哈了一斤白酒；电话{M}；接诊{DR}\n",
            "新生儿筛查：{P}之女，{NB}出生，足跟血已采；父亲{F}，电话{M}；采血护士{N}\n",
            "产科出院：{P}之子{NC}，{NB}出生，体重3350g；母亲住{A}；随访护士{N}\n",
            "预防接种：{F}之子{NC}，出生日期{NB}，乙肝第二针；家长电话{M}；接种护士老{DS}\n",
            // Voice notes in Jiaodong dialect.
            "[语音转文字] 喂 {DS}大夫 俺娘{P}夜来黑天又迷糊了 血压一百八 恁说咋弄 俺电话{MV}\n",
            "[语音留言] 俺是{F} {P}是俺爹 他知不道自己的医保卡号 俺给恁念念 {I}\n",
            "[语音转文字] 俺家小嫚{NC}发烧三天了 她是{NB}生的 恁那儿能看小孩儿吗 俺在{A0}\n",
            "[语音留言] {PS}大爷 俺是村卫生室的 恁家的药到了 叫{PK}来拿 俺电话{L}\n",
            "[语音转文字] 恁好 俺是{P} 俺身份证是{ID} 俺夜来在恁那儿拍的片子 结果出来了吗\n",
            "[语音转文字] 大夫 俺家老嫚{F}说 俺娘{PK}不哈水 光睡觉 恁给看看 俺住{A0}\n",
            "[语音留言] {FS}姨 恁家{PG}让船上的缆绳打了 人在蛎湾镇卫生院 恁赶紧来 俺是{N}\n",
            "[语音转文字] 俺叫{P} 俺是{DOB}生的 恁那个表上写错了 俺电话{MV}\n",
            "[语音留言] 俺是{PS}家闺女 俺爹出海了 俺娘腿疼得下不来炕 恁能上门不 地址{A}\n",
            "[语音转文字] {DS}大夫 俺是{N} 俺家掌柜的{P}哈了二两酒 心口疼 恁看还能来吗 俺手机{M}\n",
            "[语音留言] 俺是后夼村的{P} 俺这个糖尿病的药没了 俺医保号是{I} 给俺开上\n",
            "[语音转文字] 俺是{JS}部长的司机 部长夜来吃了生蚝 今天拉肚子 恁那儿有会说日本话的吗 俺电话{M}\n",
            "[语音留言] 大夫 俺叫{KC} 俺是朝鲜族 汉话说不好 俺家在{A} 俺血压高 电话{MV}\n",
            "[语音转文字] {DS}大夫 俺家{PG}的手让海参圈子的蛎子皮划了 今早上肿得杠粗 俺是他娘{F} 电话{MV}\n",
            "[语音留言] 俺们村的{PK}又哈多了 躺在码头上 叫不醒 恁快派车 俺是{N} {M}\n",
            // WeChat group messages.
            "[微信群 后夼村家庭医生服务群]\n{F}：{DS}大夫，俺娘{P}血压{BP}\n{DR}：明早八点来卫生室复测\n{N}：收到\n",
            "[微信群 蓝湾船厂涂装班]\n班长{N}：今天下午职业体检，{P}、{N}、{N}带身份证\n{P}：俺夜班能改明天吗\n"
                    + "老{DS}：可以，电话{L}\n",
            "[微信 聊天记录]\n{F}：{PS}老师这两天咳嗽厉害\n{DR}：让他来校医院拍个片\n{F}：他学号2021013487，电话{M}\n",
            "[微信群 鲍湾养殖场]\n{N}：{P}下海扎了手 肿了\n场长{N}：送蛎湾镇卫生院，我给{DS}大夫打电话\n{N}：他媳妇电话{M}\n",
            "[微信 翻译群] {N}：{KR}今天复查，化验单号20240518，请帮忙翻译报告；韩方经理{KH}也在群里\n",
            // OCR'd forms.
            "[OCR] 职 业 健 康 检 查 表\n姓 名 {PO}\n出生日期 {DOB}\n身份证号 {ID}\n工 种 电焊\n",
            "[OCR] 工伤保险待遇申请表 申请人 {PO} 银行卡号 {B} 联系电话 {M}\n",
            "[OCR] 长期护理保险 评估 表 被评估人 {PO} 长护险号 {I} 住址 {A}\n",
            "[OCR] 出 院 记 录\n姓 名 {PO}  住院号 {R}\n出生日期 {DOB}\n主治医师 {DR}\n",
            "[OCR] 转 诊 单 患者 {PO} 年龄 {AGE} 转诊医生 {DR} 电话 {L}\n",
            "[OCR] 冷 链 从 业 人 员 健 康 证 {PO} 身份证 {ID} 发证日期 {D}\n",
            "[OCR] 家庭医生签约 乙方 {PO} 电话 {M} 住址 {A0}\n",
            "[OCR] 工 伤 认 定 决 定 书\n职工姓名 {PO}\n工伤保险号 {I}\n鳌人社工伤认字〔2024〕第0387号\n",
            "[OCR] 出生医学证明 新生儿 {NC} 出生 {NB} 母亲 {PO} 父亲 {F}\n",
            // Tables.
            "姓名,性别,出生日期,手机,工种\n{P},{SEX},{DOBC},{M},电焊工\n{N},{SEX},{DOBC},{M},打磨工\n",
            "| 床号 | 姓名 | 住院号 | 责任护士 |\n|---|---|---|---|\n| 12 | {P} | {R} | {N} |\n| 15 | {N} | {R} | {N} |\n",
            "姓名|身份证|长护险号|联系人\n{P}|{ID}|{I}|{F}\n{N}|{ID}|{I}|{N}\n",
            "name\tnationality\tdob\tphone\n{KR}\tKR\t{DOBE}\t{MX}\n{JR}\tJP\t{DOBE}\t{MX}\n{E}\tRU\t{DOBE}\t{MX}\n",
            "工号\t姓名\t工资卡\nSY0387\t{P}\t{B}\nSY0412\t{N}\t{B}\n",
            "patient_id,name_kanji,name_romaji,birth\n{R},{JK},{JR},{DOBJ}\n{R},{JK},{JR},{DOBJ}\n",
            "序号,姓名,出生日期,联系电话,住址\n1,{P},{DOB},{M},{A}\n2,{N},{DOB},{L},{A0}\n",
            "姓名|学号|出生日期|手机\n{P}|2021013487|{DOB}|{M}\n{N}|2022051206|{DOB}|{M}\n",
            // JSON exports.
            "{\"姓名\":\"{P}\",\"证件号\":\"{ID}\",\"联系电话\":\"{M}\",\"档案号\":\"{R}\",\"签约机构\":\"望潮街道社区卫生服务中心\"}\n",
            "{\"name\":\"{KR}\",\"nameHangul\":\"{KH}\",\"dob\":\"{DOBE}\",\"employer\":\"Seyu Electronics\","
                    + "\"phone\":\"{MX}\"}\n",
            "{\"patient\":\"{JR}\",\"birth\":\"{DOBJ}\",\"homeAddress\":\"{AO}\",\"emergency\":{\"name\":\"{JK}\","
                    + "\"tel\":\"{MX}\"}}\n",
            "{\"老人\":\"{P}\",\"长护险号\":\"{I}\",\"家属\":\"{F}\",\"电话\":\"{L}\",\"地址\":\"{A}\"}\n",
            "{\"worker\":\"{PY}\",\"idNo\":\"{ID}\",\"injuryInsNo\":\"{I}\",\"salaryCard\":\"{B}\"}\n",
            // HL7-like segments.
            "MSH|^~\\&|AYFY|HIS|||20240518093000||ADT^A01|MSG24518|P|2.5\n"
                    + "PID|1||{R}^^^AYFY^MR||{P}||{DOBC}|{SEX}|||{A}||{M}\nNK1|1|{F}|{KIN}||{M}\n",
            "PID|1||{R}||{KR}||{DOBC}|M|||{AO}||{MX}\n",
            "PID|1||{R}||{PY}||{DOBC}|F|||{A}||{L}|||||{ID}\nIN1|1|AHYB|{I}\n",
            "PV1|1|O|GJ^03||||{DR}\nPID|1||{R}||{JR}||{DOBC}\n",
            // SMS.
            "【鳌海医科大学附属医院】{P}您好，您预约的{D}心内科复诊已成功，住院号{R}，如需取消请致电{L}。\n",
            "【望潮街道社区卫生服务中心】{PS}大爷您好，您的高血压随访时间为{D}，请带医保卡{I}。\n",
            "【鳌海市医疗保障局】{P}，您的长护险待遇已核定，护理补助将按月转入账户{B}。\n",
            "【蓝湾船厂职业健康】{PS}师傅您好，您的职业健康检查结论为复查，请于{D}前到鳌海市职业病防治院。\n",
            "【Aohai Ocean University Clinic】Dear {E}, your test results are ready. Please call {L}. MRN {R}.\n",
            "【颐寿苑】{F}您好，您家老人{P}今日体温{TEMP}，已请{DS}医生查看。\n",
            "【鳌海医科大学附属医院国际门诊】{KH} 님, 다음 진료 예약은 {D}입니다. 문의 {L}\n",
            "【丰和精工医务室】{JS}様 健康診断の再検査は{D}です。医務室{L}\n",
            // E-mails.
            "主题：工伤职工{P}病情说明\n收件人：{N}（鳌海世宇电子有限公司人事部）\n正文：{N}您好，贵公司员工{P}于{D}受伤，"
                    + "住院号{R}，身份证{ID}，目前病情稳定。主治医师{DR}，电话{L}\n",
            "Subject: Crew member in hospital\nDear {EG},\nSeaman {E} (DOB {DOBE}) from M/V Blue Bay Pioneer is stable "
                    + "after appendectomy, MRN {R}. Agent phone {MX}.\nDr {PY}\n",
            "主题：韩籍员工住院费用担保\n正文：{KR}先生于{D}入院，病案号{R}；公司担保人{N}，担保账户{B}；韩国家属{KH}，"
                    + "电话{MX}\n",
            "Subject: Annual check-up, Japanese staff\nDear Dr {ES},\nAttached are the results for {JR} and {JR}. Both "
                    + "should repeat the liver panel.\nRegards, {EG}\n",
            "主题：长护险评估材料补交\n{F}您好：您父亲{P}的长护险号{I}，请补交身份证{ID}复印件。颐寿苑{N}\n",
            // Diet advice and notes with seafood, fruit, herbs and everyday words.
            "出院饮食指导：{P}，痛风，少吃海参、海肠、鲅鱼水饺、海虹、皮皮虾，忌哈啤酒；可吃莱阳梨、烟台苹果；营养师{N}\n",
            "护士站登记：家属{F}送来大饽饽、姜汤和蜂王浆给{P}，已提醒血糖；值班护士{N}\n",
            "康复指导：{P}，宫颈癌术后，初诊于2019年，迟发性放射性肠炎；由于乏力暂缓化疗；相关事宜联系{F}，电话{M}\n",
            "随访备注：{P}的孙子在韩国留学，于是由女儿{F}代为取药；孙子毕业后回国；矫形鞋垫已订；电话{L}\n",
            "门诊处方：{P}，马齿苋、金银花煎水外洗；栾树花粉过敏；战友{N}陪同；医生{DR}\n",
            "渔船伤员：鲁鳌渔60123 船长{N}，船员{P}右手掌被鲅鱼背刺扎伤，已清创；船东电话{M}\n");

    // The common surnames of Shandong and the mid-frequency ones of the peninsula, with given names of four
    // generations (old men's names such as 殿臣 and 崇礼, old women's names such as 桂芝 and 翠花), four surnames of
    // Jiaodong no earlier group used, two compound surnames of old Shandong lineages and word-like names.
    private static final List<String> CHINESE = List.of((""
            + "王洪仁 王守财 王殿臣 王桂芝 王淑芹 王玉香 王卫疆 王建民 王爱玲 王秀芹 王立群 王鹏飞 王婧 王晓冬 王硕 "
            + "王若曦 王沐辰 王子墨 王翠芬 王国庆 王丰收 张树森 张培基 张玉芝 张素珍 张建设 张卫红 张爱华 张延军 张楠 "
            + "张晓菲 张子航 张可昕 张诗琪 张秀娥 李培善 李宝善 李淑娴 李凤岐 李国柱 李卫国 李春花 李立民 李畅 李雯 "
            + "李奕铭 李芷晴 李殿奎 刘崇礼 刘秀珍 刘作宾 刘爱军 刘志勤 刘美玲 刘悦 刘蕊 刘一凡 刘诗涵 刘德顺 孙茂森 "
            + "孙桂珍 孙焕章 孙学军 孙素萍 孙晓丹 孙聪 孙锦程 孙语汐 于崇德 于翠花 于振邦 于卫红 于建勋 于晓丹 于梦瑶 "
            + "于沐阳 于素芬 姜连城 姜秀芬 姜爱玲 姜学孔 姜雪莹 姜铭远 姜安琪 杨殿奎 杨素珍 杨学勤 杨硕 杨一鸣 赵玉堂 "
            + "赵立民 赵婧 赵子恒 赵秀娥 曲维岳 曲玉香 曲志勤 曲菲菲 曲沐晴 林作栋 林淑芹 林潇潇 林书瑶 宋焕文 宋素萍 "
            + "宋佳音 宋可馨 徐学孔 徐永胜 徐玉珍 徐聪 高振邦 高建设 高淑芹 高云翔 高诗涵 陈鹏程 陈嘉懿 陈淑云 马骁腾 "
            + "马春芝 马德顺 郭长顺 郭卫国 郭蕊 邹丽君 邹雯 邹守义 董秀芝 董莹莹 董炳南 吕春花 吕梦溪 崔美玲 崔颖慧 "
            + "崔连升 谭延军 谭蓓 毕国栋 毕玉叶 柳青松 柳絮飞 夏立群 夏梦琪 周海鹰 周素兰 田丰收 田守业 韩秀云 韩冰冰 "
            + "姚广才 孔繁荣 乔永利 丛培勤 丛秀娥 丛蓉蓉 隋永祥 隋桂荣 隋语桐 鞠洪庆 鞠素芬 鞠晓燕 宫兆明 宫雪 战立新 "
            + "战淑华 初树林 初晓晴 衣凤兰 衣振东 栾守仁 栾佳宁 矫永福 矫丽娜 慕春雷 滕召山 修培文 迟万顺 迟淑珍 迟浩轩 "
            + "由明礼 由佳琪 都兴旺 都玉兰 相振华 相梦琳 毌丘守信 叔孙雅琴 高歌 王道 曲艺 王朝 张扬 曲直 "
            ).strip().split(" "));
    /** The names of the pool given to children of the 2010s and 2020s, for the children's own records. */
    private static final List<String> CHILDREN = List.of(("王若曦 王沐辰 王子墨 张子航 张可昕 张诗琪 李奕铭 李芷晴 刘一凡 "
            + "刘诗涵 孙锦程 孙语汐 于沐阳 姜铭远 姜安琪 曲沐晴 林书瑶 宋可馨 高诗涵 陈嘉懿 赵子恒 杨一鸣 迟浩轩 隋语桐")
            .split(" "));
    /** The surnames of Jiaodong that no earlier blind group gave anyone. */
    static final String RARE_SURNAMES = "迟由都相";
    /** Pool names that are also ordinary words: to sing aloud, the kingly way, folk art, a dynasty, to flaunt, right and wrong. */
    static final List<String> WORD_LIKE = List.of("高歌", "王道", "曲艺", "王朝", "张扬", "曲直");
    private static final List<String> COMPOUND_SURNAMES = List.of("毌丘", "叔孙");
    /**
     * Family|given in Chinese characters|romanised family|romanised given|Hangul: South Korean managers, engineers,
     * students and their families.
     */
    private static final List<String> KOREAN = List.of(
            "朴|振宇|Park|Jin-woo|박진우", "李|承宪|Lee|Seung-heon|이승헌", "崔|允贞|Choi|Yoon-jung|최윤정",
            "金|敏载|Kim|Min-jae|김민재", "郑|多贤|Jung|Da-hyun|정다현", "姜|泰勋|Kang|Tae-hoon|강태훈",
            "尹|夏恩|Yoon|Ha-eun|윤하은", "韩|相哲|Han|Sang-cheol|한상철", "林|秀贞|Lim|Su-jeong|임수정",
            "吴|峻荣|Oh|Jun-young|오준영", "徐|贤珠|Seo|Hyun-ju|서현주", "申|东焕|Shin|Dong-hwan|신동환",
            "黄|恩珠|Hwang|Eun-ju|황은주", "赵|容俊|Cho|Yong-jun|조용준", "宋|知恩|Song|Ji-eun|송지은",
            "安|在成|Ahn|Jae-sung|안재성");
    /** Family|given in kanji (as Chinese clerks write them)|romanised family|romanised given. */
    private static final List<String> JAPANESE = List.of(
            "佐藤|健一|Sato|Kenichi", "铃木|由美|Suzuki|Yumi", "斋藤|直树|Saito|Naoki", "前田|美穗|Maeda|Miho",
            "渡边|裕子|Watanabe|Yuko", "山本|和也|Yamamoto|Kazuya", "中村|惠子|Nakamura|Keiko",
            "小林|拓海|Kobayashi|Takumi", "加藤|洋平|Kato|Yohei", "吉田|真理子|Yoshida|Mariko",
            "松本|亮太|Matsumoto|Ryota", "井上|千夏|Inoue|Chinatsu", "木村|浩二|Kimura|Koji",
            "清水|智子|Shimizu|Tomoko");
    // Korean-Chinese (朝鲜族) names of the older and middle generations, the South Korean names above in Chinese
    // characters, and transliterated Russian seafarers, a Vietnamese wife and an Indonesian trainee.
    private static final List<String> KOREAN_CHINESE = List.of(("金顺子 朴贞淑 崔玉顺 李光洙 全奉洙 郑顺姬 玄英爱 韩龙范 "
            + "南哲浩 尹美淑 申成日 池贞顺 方春植 俞明善 许东哲 朴昌浩").split(" "));
    private static final List<String> MINORITY = Stream.of(KOREAN_CHINESE.stream(),
            KOREAN.stream().map(k -> k.split("\\|")[0] + k.split("\\|")[1]),
            Stream.of("谢尔盖·库兹涅佐夫", "阿列克谢·莫罗佐夫", "奥列格·别洛夫", "阮氏玉兰", "苏珊蒂·维贾亚"))
            .flatMap(n -> n).toList();
    /** Jiaodong nicknames and pet names, labelled as names. */
    private static final List<String> NICKNAMES = List.of("大嫚", "二嫚", "三嫚", "铁蛋儿", "小燕儿", "锁子", "大福子",
            "二柱子");
    // given|family: foreign teachers of the university, surveyors and shipowners' representatives at the shipyard,
    // Russian, Ukrainian and Filipino seafarers.
    private static final List<String> ENGLISH = List.of((""
            + "Duncan|Mair Shona|Baird Angus|Ferrier Sverre|Myklebust Dimitrios|Karras Eleni|Papadaki Dmitry|Zhukov "
            + "Artyom|Gusev Olena|Bondar Reynaldo|Bacani Cheryl|Villaflor Alastair|Ogilvie Kirsty|Lennox Haakon|Eikrem "
            + "Yiannis|Tzanetakis Spyros|Galanis Despina|Antoniou Konstantin|Sorokin Taras|Kravchenko Ruslan|Melnyk "
            + "Junrey|Dumalagan Arnulfo|Saguisag Lorenzo|Pellegrino Rhona|Fairbairn Isla|Cavanagh Fintan|Brosnan "
            + "Meredith|Harlan Wyatt|Boone Glenda|Prescott Clement|Tully Wilhelm|Nygard Anneke|Fossum "
            ).strip().split("\\s+"));
    /** Family|first syllable|second syllable of people written in pinyin only (crew lists, tickets, exports). */
    private static final List<String> PINYIN = List.of(
            "Wang|Shou|Cai", "Zhang|Shu|Sen", "Li|Bao|Shan", "Liu|Chong|Li", "Sun|Huan|Zhang", "Yu|Zhen|Bang",
            "Jiang|Lian|Cheng", "Qu|Wei|Yue", "Cong|Pei|Qin", "Sui|Yong|Xiang", "Ju|Hong|Qing", "Chi|Wan|Shun",
            "Luan|Shou|Ren", "Jiao|Yong|Fu", "Gong|Zhao|Ming", "Zhan|Li|Xin", "Chu|Shu|Lin", "Yi|Zhen|Dong",
            "You|Ming|Li", "Du|Xing|Wang", "Xiang|Zhen|Hua", "Teng|Zhao|Shan", "Mu|Chun|Lei");
    /**
     * Yantai, Weihai and Qingdao districts and county-level cities, all issued before 2000 (so with 15-digit numbers
     * too), Yanbian and other Korean-Chinese counties, and the home counties of migrant workers.
     */
    private static final List<String> AREA = List.of("370602", "370611", "370612", "370613", "370634", "370681",
            "370682", "370683", "370684", "370685", "370686", "370687", "371002", "371081", "371082", "371083",
            "370202", "370203", "370211", "370212", "370214", "370281", "370282", "370283", "370285", "370702",
            "222401", "222403", "222404", "222405", "222406", "222424", "230183", "210682", "411324", "341221");
    /** Area code and length of the local number: Qingdao, Yantai, Weifang, Weihai and Yanji. */
    private static final List<String> LANDLINE_AREAS = List.of("0532|8", "0535|7", "0536|7", "0631|7", "0433|7");
    private static final List<String> BANK_BINS = List.of("622700", "622202", "621226", "622588", "623058", "621799");
    /** Province|city|districts and streets. */
    private static final List<String> CITY_STREETS = List.of("山东省|鳌海市|港城区望潮路,港城区海韵街,滨湾区蛎湾大道",
            "山东省|烟台市|芝罘区南大街,莱山区迎春大街,福山区河滨路", "山东省|威海市|环翠区文化西路,环翠区统一路,荣成市成山大道",
            "山东省|青岛市|即墨区鹤山路,城阳区正阳路");
    private static final List<String> ESTATES = List.of("海韵花园", "渔港新村", "福海小区", "丽景苑", "世纪华庭");
    /** Province|county and town|villages|how a house is found: a number, or a lane and a number. */
    private static final List<String> VILLAGES = List.of("山东省|烟台市海阳市留格庄镇|西泊子村,于家埠村|号",
            "山东省|威海市荣成市俚岛镇|北楮岛村,姜家疃村|街", "山东省|烟台市牟平区养马岛街道|东夼村|号",
            "山东省|青岛市即墨区田横镇|周戈庄村|号", "山东省|烟台市莱阳市照旺庄镇|前河前村|街",
            "山东省|鳌海市蛎湾镇|后夼村,渔家庄村|街");
    /** Korean-Chinese home villages in Yanbian: province|prefecture, city and town|villages. */
    private static final List<String> YANBIAN = List.of("吉林省|延边朝鲜族自治州龙井市东盛涌镇|仁化村,龙山村",
            "吉林省|延边朝鲜族自治州和龙市八家子镇|南坪村", "吉林省|延边朝鲜族自治州图们市月晴镇|白龙村");
    private static final List<String> LANES = List.of("东街", "西街", "前街", "后街");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";

    private Blind25Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_25 || !templates.isEmpty() && BLIND_25.containsAll(templates);
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

    /** The given name: 殿臣 of 王殿臣, 守信 of 毌丘守信. */
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

    /** A Korean-Chinese (朝鲜族) name from Yanbian, from the minority pool. */
    static String koreanChineseName(RandomGenerator r) {
        return pick(KOREAN_CHINESE, r);
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

    /** A Korean name romanised: Park Jin-woo, PARK JIN WOO, PARK JINWOO, Jin-woo Park or Park Jinwoo. */
    static String koreanName(RandomGenerator r) {
        List<String> forms = koreanForms(pick(KOREAN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> koreanForms(String entry) {
        String[] p = entry.split("\\|");
        String family = p[2], given = p[3], joined = given.replace("-", "").toLowerCase();
        joined = Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
        return List.of(family + " " + given, (family + " " + given.replace('-', ' ')).toUpperCase(),
                (family + " " + joined).toUpperCase(), given + " " + family, family + " " + joined);
    }

    /** A Korean name in Hangul: 박진우. */
    static String hangulName(RandomGenerator r) {
        return pick(KOREAN, r).split("\\|")[4];
    }

    /** A Japanese name in kanji: 佐藤健一. */
    static String kanjiName(RandomGenerator r) {
        String[] p = pick(JAPANESE, r).split("\\|");
        return p[0] + p[1];
    }

    /** A Japanese surname in kanji, as used with さん, 様, 先生 or 部长: 佐藤. */
    static String kanjiSurname(RandomGenerator r) {
        return pick(JAPANESE, r).split("\\|")[0];
    }

    /** A Japanese name in romaji: Sato Kenichi, SATO KENICHI, Kenichi Sato or SATO Kenichi. */
    static String romajiName(RandomGenerator r) {
        List<String> forms = romajiForms(pick(JAPANESE, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> romajiForms(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[2] + " " + p[3], (p[2] + " " + p[3]).toUpperCase(), p[3] + " " + p[2],
                p[2].toUpperCase() + " " + p[3]);
    }

    /** A pinyin name: YU ZHENBANG, Yu Zhenbang, Zhenbang YU, YU/ZHENBANG or Yu Zhen-bang. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    static List<String> pinyinForms(String entry) {
        String[] p = entry.split("\\|");
        String f = p[0], given = p[1] + p[2].toLowerCase();
        return List.of(f.toUpperCase() + " " + given.toUpperCase(), f + " " + given, given + " " + f.toUpperCase(),
                f.toUpperCase() + "/" + given.toUpperCase(), f + " " + p[1] + "-" + p[2].toLowerCase());
    }

    /** A plain 18-character resident identity number with a valid check character, born 1936 to 2010. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1936, 75, r);
    }

    /** A first-generation 15-digit number: area, yymmdd (born 1936 to 1992), three digits. */
    static String legacyId(RandomGenerator r) {
        return IdentifierForms.legacyId(pick(AREA, r), 36, 57, r);
    }

    /** A resident identity number: plain, lower-case x, 6-8-4 by blanks, or 15 digits. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(10)) {
            case 0 -> legacyId(r);
            case 1, 2 -> id.replace('X', 'x');
            case 3, 4 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            default -> id;
        };
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86-139-1234-5678. */
    static String mobile(RandomGenerator r) {
        String n = plainMobile(r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0, 1 -> a + " " + b + " " + c;
            case 2 -> a + "-" + b + "-" + c;
            case 3 -> "+86 " + n;
            case 4 -> "+86-" + a + "-" + b + "-" + c;
            default -> n;
        };
    }

    private static String plainMobile(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile as said in a voice note: 幺三九 零二三四 五六七八, with blanks, commas or run together. */
    static String spokenMobile(RandomGenerator r) {
        StringBuilder b = new StringBuilder();
        for (char c : plainMobile(r).toCharArray()) b.append(c == '1' ? '幺' : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String n = b.toString();
        return switch (r.nextInt(3)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "，" + n.substring(3, 7) + "，" + n.substring(7);
            default -> n;
        };
    }

    /**
     * A phone in Korea, Japan or Russia: +82 10-1234-5678, 010-1234-5678, +82 10 1234 5678, +81 90-1234-5678,
     * 090-1234-5678 (or 080), +7 914 123-45-67.
     */
    static String foreignPhone(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> "+82 10-" + digits(4, r) + "-" + digits(4, r);
            case 1 -> "010-" + digits(4, r) + "-" + digits(4, r);
            case 2 -> "+82 10 " + digits(4, r) + " " + digits(4, r);
            case 3 -> "+81 " + "789".charAt(r.nextInt(3)) + "0-" + digits(4, r) + "-" + digits(4, r);
            case 4 -> "0" + "89".charAt(r.nextInt(2)) + "0-" + digits(4, r) + "-" + digits(4, r);
            default -> "+7 914 " + digits(3, r) + "-" + digits(2, r) + "-" + digits(2, r);
        };
    }

    /** A landline: 0535-6123456, (0631)5812345, 0532 8765 4321, 0535-6123456转8021, +86 535 6123456. */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, length - 4) + " " + local.substring(length - 4);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /** AY24031876, 00387216, a 17-digit health-archive number, HD-0387, GJ24-00387. */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "AY" + (year % 100) + digits(6, r);
            case 1 -> "00" + digits(6, r);
            case 2 -> pick(AREA.stream().filter(a -> a.startsWith("37")).toList(), r) + digits(11, r);
            case 3 -> "HD-" + digits(4, r);
            default -> "GJ" + (year % 100) + "-" + digits(5, r);
        };
    }

    /** AHYB, SDJM, industrial-injury GS, long-term-care CHX37 and YT3706- numbers. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0 -> "AHYB" + digits(10, r);
            case 1 -> "SDJM" + digits(10, r);
            case 2 -> "GS" + (2016 + r.nextInt(10)) + "-" + digits(6, r);
            case 3 -> "CHX37" + digits(8, r);
            default -> "YT3706-" + digits(8, r);
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
     * An address: a city street with an estate and 号楼/单元/室 or the short 12-2-501, a factory dormitory, a village with
     * a number or a lane and a number, a Yanbian village with a 组; {@code partial} may stop at the village or the
     * street.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) {
            return r.nextBoolean() ? place(pick(VILLAGES, r).split("\\|"), withProvince, r)
                    : place(pick(CITY_STREETS, r).split("\\|"), withProvince, r);
        }
        return switch (r.nextInt(7)) {
            case 0, 1 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "号楼" + (1 + r.nextInt(4)) + "单元"
                    + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
            case 2 -> place(pick(CITY_STREETS, r).split("\\|"), withProvince, r) + (1 + r.nextInt(300)) + "号"
                    + pick(ESTATES, r) + (1 + r.nextInt(30)) + "-" + (1 + r.nextInt(4)) + "-"
                    + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4));
            case 3 -> (withProvince ? "山东省" : "") + "鳌海市经济技术开发区" + (r.nextBoolean() ? "世宇电子" : "丰和精工")
                    + "员工宿舍" + (1 + r.nextInt(6)) + "号楼" + (1 + r.nextInt(6)) + String.format("%02d", 1 + r.nextInt(20))
                    + "室";
            case 4 -> {
                String[] t = pick(YANBIAN, r).split("\\|");
                String village = place(t, withProvince, r) + (r.nextBoolean() ? IdentifierForms.chineseNumber(
                        1 + r.nextInt(9)) : String.valueOf(1 + r.nextInt(12))) + "组";
                yield r.nextBoolean() ? village : village + (1 + r.nextInt(60)) + "号";
            }
            default -> {
                String[] t = pick(VILLAGES, r).split("\\|");
                String village = place(t, withProvince, r);
                yield village + (t[3].equals("街") ? pick(LANES, r) : "") + (1 + r.nextInt(200)) + "号";
            }
        };
    }

    /** Province (when asked), city or county, and one of the places. */
    private static String place(String[] t, boolean withProvince, RandomGenerator r) {
        String[] places = t[2].split(",");
        return (withProvince ? t[0] : "") + t[1] + places[r.nextInt(places.length)];
    }

    /**
     * An address in Korea, Japan or Russia: Busan and Seoul in Latin script or Hangul, Yokohama in Latin script, Osaka
     * in Japanese, Vladivostok in Latin script.
     */
    static String overseasAddress(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> "Apt " + (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(4)) + ", " + (1 + r.nextInt(90))
                    + " Marine City 2-ro, Haeundae-gu, Busan 48" + digits(3, r);
            case 1 -> (100 + r.nextInt(10)) + "-" + (1 + r.nextInt(20)) + "0" + (1 + r.nextInt(4)) + ", "
                    + (1 + r.nextInt(40)) + " Gangnam-daero 84-gil, Gangnam-gu, Seoul 06" + digits(3, r);
            case 2 -> r.nextBoolean() ? "부산광역시 해운대구 마린시티2로 " + (1 + r.nextInt(90)) + ", " + (1 + r.nextInt(30))
                    + "0" + (1 + r.nextInt(4)) + "호"
                    : "서울특별시 강남구 강남대로84길 " + (1 + r.nextInt(40)) + ", " + (100 + r.nextInt(10)) + "동 "
                    + (1 + r.nextInt(20)) + "0" + (1 + r.nextInt(4)) + "호";
            case 3 -> (1 + r.nextInt(4)) + "-" + (1 + r.nextInt(20)) + "-" + (1 + r.nextInt(12))
                    + " Minatomirai, Nishi-ku, Yokohama 220-00" + digits(2, r);
            case 4 -> "大阪府大阪市北区梅田" + (1 + r.nextInt(3)) + "丁目" + (1 + r.nextInt(12)) + "番" + (1 + r.nextInt(20))
                    + "号";
            default -> "ul. Svetlanskaya " + (1 + r.nextInt(150)) + ", kv. " + (1 + r.nextInt(80))
                    + ", Vladivostok 6900" + digits(2, r);
        };
    }

    /**
     * A date of birth, 1936 to 2007: 1958年6月23日, 1958年06月23日, 1958-06-23, 1958.6.23, 1958/06/23, 一九五八年六月二十三,
     * 五八年六月二十三号.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1936 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d年%02d月%02d日", y, m, d);
            case 2 -> String.format("%d-%02d-%02d", y, m, d);
            case 3 -> y + "." + m + "." + d;
            case 4 -> String.format("%d/%02d/%02d", y, m, d);
            case 5 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d);
            default -> "" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年"
                    + IdentifierForms.chineseNumber(m) + "月" + IdentifierForms.chineseNumber(d) + "号";
        };
    }

    /** A date of birth as exports write it: 19580623. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1936 + r.nextInt(72), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An English date of birth: 23 Jun 1958, June 23, 1958, 23.06.1958 (day first), 06/23/1958 (month first). */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1936 + r.nextInt(72), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> month + " " + d + ", " + y;
            case 2 -> String.format("%02d.%02d.%d", d, m, y);
            default -> String.format("%02d/%02d/%d", m, d, y);
        };
    }

    /** A Japanese era date of birth: 昭和33年6月23日, S33.6.23 (1945 to 1988), 平成3年4月5日, H3.4.5 (1990 to 2005). */
    static String japaneseBirthDate(RandomGenerator r) {
        int y = r.nextInt(3) > 0 ? 1945 + r.nextInt(44) : 1990 + r.nextInt(16), m = 1 + r.nextInt(12),
                d = 1 + r.nextInt(28);
        boolean showa = y <= 1988;
        int year = showa ? y - 1925 : y - 1988;
        return r.nextBoolean() ? (showa ? "昭和" : "平成") + year + "年" + m + "月" + d + "日"
                : (showa ? "S" : "H") + year + "." + m + "." + d;
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
                || JAPANESE.stream().anyMatch(j -> kanjiOf(j).equals(w) || j.split("\\|")[0].equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w))
                || pinyinOf(w) != null || koreanOf(w) != null || romajiOf(w) != null;
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

    /** The pinyin pool entry a value writes, or null. */
    static String pinyinOf(String w) {
        return PINYIN.stream().filter(n -> pinyinForms(n).contains(w)).findFirst().orElse(null);
    }

    /** The Korean pool entry a value writes (romanised or in Hangul), or null. */
    static String koreanOf(String w) {
        return KOREAN.stream().filter(n -> koreanForms(n).contains(w) || n.split("\\|")[4].equals(w)).findFirst()
                .orElse(null);
    }

    /** The Japanese pool entry a value writes (in kanji or romaji, surname alone excepted), or null. */
    static String romajiOf(String w) {
        return JAPANESE.stream().filter(n -> romajiForms(n).contains(w) || kanjiOf(n).equals(w)).findFirst()
                .orElse(null);
    }

    private static String kanjiOf(String entry) {
        String[] p = entry.split("\\|");
        return p[0] + p[1];
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

    static List<String> koreanChineseNames() {
        return KOREAN_CHINESE;
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

    static List<String> koreanNames() {
        return KOREAN;
    }

    static List<String> japaneseNames() {
        return JAPANESE;
    }

    /** The Japanese names in kanji, as {@code JK} writes them. */
    static List<String> kanjiNames() {
        return JAPANESE.stream().map(Blind25Templates::kanjiOf).toList();
    }

    /** The Japanese surnames in kanji, as {@code JS} writes them. */
    static List<String> kanjiSurnames() {
        return JAPANESE.stream().map(j -> j.split("\\|")[0]).toList();
    }

    /** The Korean names in Hangul, as {@code KH} writes them. */
    static List<String> hangulNames() {
        return KOREAN.stream().map(k -> k.split("\\|")[4]).toList();
    }

    static List<String> areaCodes() {
        return AREA;
    }

    /** Every way {@link #pinyinName}, {@link #koreanName} and {@link #romajiName} write the pools' names. */
    static Stream<String> latinWritten() {
        return Stream.of(PINYIN.stream().flatMap(n -> pinyinForms(n).stream()),
                KOREAN.stream().flatMap(n -> koreanForms(n).stream()),
                JAPANESE.stream().flatMap(n -> romajiForms(n).stream())).flatMap(s -> s);
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind25Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind25Templates::given);
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
            case "KC" -> out.write(koreanChineseName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PK" -> out.write(nickname(random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(random), EntityKind.NAME);
            case "KR" -> out.write(koreanName(random), EntityKind.NAME);
            case "KH" -> out.write(hangulName(random), EntityKind.NAME);
            case "JK" -> out.write(kanjiName(random), EntityKind.NAME);
            case "JS" -> out.write(kanjiSurname(random), EntityKind.NAME);
            case "JR" -> out.write(romajiName(random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MX" -> out.write(foreignPhone(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AO" -> out.write(overseasAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBJ" -> out.write(japaneseBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

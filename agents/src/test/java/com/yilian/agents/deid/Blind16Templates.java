package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.chineseYear;
import static com.yilian.agents.deid.IdentifierForms.ordinal;

/**
 * Sixteenth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists, the older groups' sentences or the development templates, in the template language of
 * {@link ClinicalTextGenerator}. To be measured once, with the rules and the model frozen, on seed {@link #SEED}
 * (select it in {@link DeidDevelopmentProbe} as {@code BLIND_16}); a rule changed, or a model retrained, because of
 * its errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium in the south (a tertiary hospital, 岭东医科大学
 * 附属第一医院, with community health centres and township hospitals around it, near the Hong Kong border) outside the
 * ordinary medical record — internet-hospital consultations, repeat prescriptions and prescription hand-offs, complaint
 * letters, 12345 hotline tickets, praise letters and petitions, medical-dispute records (sealing of records, mediation,
 * autopsy notice, lawyers' letters), hospital-acquired infection reports and occupational exposure, blood donation and
 * transfusion, organ-donation coordination, medical-device adverse events, clinical-trial screening and consent, ward
 * rounds written as dialogue, SBAR and nurses' shift books, bed management, inter-hospital transfers and 120 dispatch,
 * home-nursing orders, hospice and bereavement follow-up, school clinics, detention and military clinics, port
 * quarantine, migrant workers' and building-site clinics; writing in Cantonese (佢, 冇, 咗, 嘅) and Hokkien (阿嬷,
 * 伊, 无要紧) flavour, Hong Kong and Taiwan documents in traditional characters, handwritten notes transcribed with
 * their wrong characters (身分证, 电活, 往址, 年令), tab-separated spreadsheet pastes, markdown tables, e-mail threads
 * with quoted replies, calendar invitations (iCalendar), QR-code payloads, URLs with query strings, file names and
 * archive paths, specimen labels, receipts, invoices and bank transfer slips, police, court and lawyers' requests,
 * certificates (出生医学证明, 病假条, 诊断证明书, 健康证); and about a seventh in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, staff, witnesses, workmates,
 * volunteers, police officers, judges, lawyers, in Chinese, minority, English or romanised form. A surname in a form
 * of address (X阿姨, 小X, X伯, X姐, X工, X总, X生, X太, X婆婆, X姑娘, X主任, X教授, Dr X) labels the surname only
 * ({@code PS}, {@code FS}, {@code DS}); a given name used alone ({@code PG}) labels the given name (a single-character
 * given name is never used alone: {@code PG} then writes the full name). New forms of this group: {@code PA}, the
 * Cantonese, Hakka and Hokkien 阿X, where X, the last character of the patient's given name, is labelled and 阿 is
 * not; {@code PY}, a person known only by a Cantonese, Taiwanese (Wade-Giles) or Hokkien romanisation (WONG Siu-fung,
 * WONG, Siu Fung, Wong Siu Fung, Siu-fung Wong, WONG SIU FUNG); {@code HKID}, a Hong Kong identity card number with a
 * valid check character (K123456(7), K123456（7）, K1234567, two letters), and {@code TWID}, a Taiwan national
 * identification number with a valid check digit (A123456789), both labelled as identity numbers; {@code HKP},
 * {@code TWP}, Hong Kong and Taiwan phones (+852 9123 4567, (852) 91234567, 0912-345-678, +886 912 345 678,
 * (02)2712-3456); {@code HKA}, {@code TWA}, Hong Kong and Taiwan addresses in traditional characters (樓/室, 段/巷/號);
 * {@code DOBR}, a date of birth in the Republic-of-China calendar (民國51年4月7日, 51年4月7日, 051/04/07, 民國51.04.07).
 * Mainland identifiers: resident identity numbers ({@code ID}: plain, lower-case x, full-width digits, 6 8 4 by blanks;
 * also Hong Kong and Taiwan residents' permits 810000/830000), mobiles ({@code M}: plain, 3-4-4 by hyphens or blanks,
 * +86 138-1234-5678, 86-13812345678, full-width digits), landlines ({@code L}: 0769-22881234, 0769 22881234,
 * (0769)22881234, 0769-2288-1234, seven-digit numbers of Ganzhou and Zhangzhou, an extension after # or - belonging to
 * the span), addresses ({@code A}, {@code A0}: Guangzhou 号之二…房, Dongguan and Shunde 社区/街道, estates 座/室,
 * Chaozhou 巷, Quanzhou and Ganzhou villages 村/组, Hainan 镇/大街; {@code A0} may stop at the village), record numbers
 * ({@code R}: ZYH2024…, ten digits with leading zeros, BA-123456, JZK…, MZH24-…, HN…), insurance numbers ({@code I}:
 * SB plus ten digits, YB44NN-NNNNNNNN, ZG plus twelve digits, CB-NNNNNNNNN), bank cards ({@code B}: plain, fours by
 * blanks or hyphens, 16 or 19 digits, valid Luhn digit), dates of birth ({@code DOB}: 1962年4月7日, 1962-4-7,
 * 1962/04/07, 1962.4.7, 1962年04月07日, 1962年4月, 1962-04, 一九六二年四月; {@code DOBE}: 7 April 1962,
 * April 7th, 1962, 07 APR 1962, 1962-Apr-07, 07/04/1962 day first; a child's {@code NB}). Conventions of this group:
 * a city or county alone (出生地点：广东省东莞市, 籍贯江西于都) is not an address; 400- service numbers and 12320/12345
 * hotlines, the last four digits of a card (尾号8842), staff numbers (工号), extensions alone (ext 4410, bleep 2231),
 * invoice, order, ticket, transaction, screening, blood-bag, batch, serial and specimen-barcode numbers are not
 * identifiers of the person and are not labelled; nor are bed and room numbers, visit, admission, sampling and death
 * dates, times, ages, doses and lab values, hospital, pharmacy, school, company and department names (岭东中心血站,
 * 东湖街社区卫生服务中心, 石塘镇卫生院, 禾坪茶餐厅), eponymous hospitals (孙逸仙纪念医院, 梁銶琚医院, 何贤纪念医院,
 * 邵逸夫医院), herbs that read as names (徐长卿, 刘寄奴, 何首乌, 田七, 杜仲, 陈皮), words that begin with a surname
 * (高兴, 黄金周, 叶酸, 白细胞, 金额, 江湖), and place words in complaints (香港脚, 潮汕口音, 南洋, 皇岗口岸).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind15Templates} nor among the names {@link SyntheticValues} can generate: older Cantonese, Hakka and
 * Hokkien names (冼润娣, 禤伟棠, 粘秋菊, 蔡乌番), middle-aged (梁健聪, 叶丽娴), young (陈嘉朗, 伍咏诗) and recent
 * cohorts (冼梓萌, 庄芊语), rural Ganzhou and Hainan names (刘满仔, 符亚二, 云振雄, 赖九斤), Hong Kong and Taiwanese
 * names in traditional characters (陳俊傑, 林宥廷, 許雅婷) with two married double surnames (陳黃美玲, 李何慧娟), rare
 * single surnames (佘, 靳, 逯, 谌, 芮, 阚, 钮, 寇, 邬, 郏, 敖, 奚, 练, 缪, 禤, 粘), compound surnames (上官, 东方, 皇甫,
 * 令狐, 夏侯, 端木, 公孙, 南宫, 长孙, 第五, 万俟, 百里, 司马) and two-character names; Uyghur, Kazakh, Kyrgyz, Tajik,
 * Tibetan, Mongolian, Yi, Dai, Naxi and Jingpo names in the minority pool; Thai, Lao, Cambodian, Georgian, Armenian,
 * Hungarian, Ukrainian, Portuguese, Catalan, Basque, Danish, Lithuanian, Latvian, Slovene, Serbian, Albanian, Maltese,
 * Moroccan, Senegalese, Malagasy, Tongan, Fijian, Peruvian, Colombian, Cuban, Jamaican, Québécois, Inuit, South
 * African, Pakistani, Mongolian, Kazakh and Swiss names in the English pool; a pool of romanised names. Only a few
 * ({@link #WORD_LIKE}, under a tenth) are also ordinary words. Own slots: {@code N}, a further Chinese name drawn afresh
 * at each use; {@code PS}, {@code FS}, the surnames of patient and family member; {@code PG}, {@code PA}, {@code PY}
 * above; {@code EG}, {@code ES}, an English given or family name alone. Any non-empty subset of {@link #BLIND_16} uses
 * these pools (see {@link #uses}).
 */
final class Blind16Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261217L;

    static final List<String> BLIND_16 = List.of(
            // Internet hospital: text and video consultations, repeat prescriptions, prescription hand-off.
            "【岭东医联体互联网医院】图文问诊单\n问诊编号：{CODE}\n就诊人：{P}（{SEX}，{AGE}岁）  就诊卡号：{R}\n"
                    + "手机号：{M}\n病情描述：{SYM}{DUR}，之前在石塘镇卫生院看过，吃了{DRUG}没好。\n接诊医生：{DR}（{DEPT}）\n",
            "视频问诊记录 {D} {TIME}\n医生：{P}您好，能听到吗？\n患者：听得到，我是{P}，旁边是我{KIN}{F}。\n"
                    + "医生：您把身份证对着摄像头，我核对一下。\n（已核对证件号{ID}）\n医生：上次{DS}医生开的药还有吗？\n",
            "复诊续方申请\n申请人：{P}  身份证：{ID}\n慢病：{DIS}  上次处方医生：{DR}\n续方药品：{DRUG} {DOSE} ×3盒\n"
                    + "配送方式：快递到家  收货地址：{A}  收货人电话：{M}\n药师审方：{N} 通过\n",
            "互联网医院消息\n[{TIME}] {F}：医生，我是{P}的{KIN}，她今天量了血压{BP}，要不要加药？\n"
                    + "[{TIME}] {DR}：先别加，明天上午挂个视频号，带上她的就诊卡号{R}。\n[{TIME}] {F}：好的谢谢{DS}医生\n",
            "处方流转单（外配处方）\n患者：{P}  年龄：{AGE}  医保个人编号：{I}\nRp：{DRUG} {DOSE}\n开方医生：{DR}  "
                    + "审方药师：{N}\n流转药店：大参林禾坪店  取药验证码：{CODE}\n",
            "问诊订单已退款：就诊人{P}，退款原因：医生停诊；款项原路退回尾号8842的银行卡。客服{N}，客服热线400-830-1203\n",
            "互联网医院夜班交接：{TIME} 问诊人{P}（{PG}）诉{SYM}，已建议到就近的东湖街社区卫生服务中心或拨打120；"
                    + "另有{MN}用维吾尔语留言，已转翻译志愿者{N}。\n",
            "在线评价 ★★★★★ {N}医生非常耐心，半夜一点还回复我，我爸{P}的{DIS}现在稳定多了。——家属{F}\n",
            // Complaints, praise and petitions.
            "投诉信\n尊敬的院领导：\n我是{P}，住在{A}。{D}我带母亲{F}到贵院{DEPT}就诊，排了三个小时，{DS}医生只看了两分钟"
                    + "就开了检查单，态度冷淡，请院方给个说法。\n联系电话：{M}\n投诉人：{P}\n",
            "12345热线工单 工单号{CODE}\n来电人：{F}  来电号码：{M}\n反映：其{KIN}{P}在岭东医科大学附属第一医院住院期间"
                    + "（住院号{R}）陪护床收费不合理，要求退费。\n承办：医务科{N}  回复时限：3个工作日\n",
            "表扬信：感谢{DEPT}的{DR}主任和护士{N}、{N}，在我丈夫{P}抢救时没有放弃。我们全家送上锦旗一面。患者妻子{F} {D}\n",
            "患者意见簿摘抄 {D}：3床家属（{P}的儿子）说夜班护士{N}态度好，就是厕所太少。留电话{M}，希望回访。\n",
            "投诉处理回复函\n{P}先生/女士：\n您于{D}反映的问题已调查核实：当日{DEPT}{DR}医师因抢救危重患者延误门诊，已向您致歉。"
                    + "您提出的退费（发票号码{CODE}，金额128.00元）已原路退回。\n客户服务中心 {N}\n",
            "公众号留言：你们医院那个{DS}医生太过分了！我老婆{P}明明是{DIS}，他说是心理问题！我要投诉！电话{M} —— {F}\n",
            "信访登记：来访人{F}，身份证{ID}，住{A0}，反映其父{P}于{D}在石塘镇卫生院输液后出现皮疹，要求赔偿。接待人{N}，"
                    + "已告知可申请医调委调解。\n",
            // Medical disputes.
            "医疗纠纷病历封存记录\n患者：{P}  住院号：{R}\n封存时间：{D} {TIME}\n封存内容：病历复印件一套、体温单、医嘱单\n"
                    + "医方：医务科{N}  患方：{F}（{KIN}）身份证{ID}\n见证人：{N}\n",
            "医患纠纷人民调解委员会调解笔录\n申请人：{F}，联系电话{M}\n被申请人：岭东医科大学附属第一医院，委托代理人{N}\n"
                    + "患者{P}，{AGE}岁，{D}因{DIS}手术，术后{DUR}死亡。\n调解员：{N}  记录：{N}\n",
            "尸检告知书：{P}家属{F}，患者于{D} {TIME}死亡，对死因有异议的，应在死亡后48小时内进行尸检。家属意见：不同意尸检。"
                    + "签名{F}  告知医师{DR}\n",
            "律师函（摘要）：受{F}委托，就其母{P}（身份证号{ID}）在贵院{DEPT}诊疗一事，请于十日内提供全部病历资料。"
                    + "经办律师{N}，电话{L}\n",
            // Hospital-acquired infection.
            "医院感染病例报告卡\n科室：{DEPT}  床号：17\n患者：{P}  性别：{SEX}  年龄：{AGE}  住院号：{R}\n"
                    + "感染部位：下呼吸道  感染日期：{D}\n病原体：耐碳青霉烯肺炎克雷伯菌\n报告医生：{DR}  院感科审核：{N}\n",
            "多重耐药菌接触隔离告知：{P}（{PG}）痰培养MRSA阳性，已单间隔离，陪护{F}需穿隔离衣、戴手套。责任护士{N}，院感专职{N}\n",
            "院感暴发调查：{D}起{DEPT}先后3例诺如病毒感染，分别为{P}、{N}、{MN}，共同暴露为同一订餐点；调查人{DR}。\n",
            "职业暴露登记：护士{N}，工号0817，针刺伤，源患者{P}（住院号{R}）HBsAg阳性，已注射乙肝免疫球蛋白，随访至{D}。\n",
            // Blood donation and transfusion.
            "无偿献血证\n献血者：{P}  性别：{SEX}  血型：B型RhD阳性\n证件号码：{ID}\n献血量：400ml  献血日期：{D}\n"
                    + "采血单位：岭东中心血站  采血者：{N}\n",
            "用血互助登记：患者{P}（住院号{R}）需备红细胞4U，家属{F}组织亲友{N}、{N}献血，互助联系人电话{M}\n",
            "输血不良反应回报单：受血者{P}，住院号{R}，输注悬浮红细胞约{AGE}分钟时出现寒战、体温{TEMP}，立即停止输血，"
                    + "血袋号{CODE}封存送检。报告医师{DR}，输血科{N}\n",
            "血库发血记录 {D} {TIME} 受血者{P} 血型O+ 交叉配血相合 发血者{N} 取血护士{N}\n",
            "【岭东中心血站】{P}您好，感谢您{D}的无偿献血，您的血液检测结果合格。献血咨询请拨12320或{L}。\n",
            // Organ donation.
            "器官捐献登记表\n捐献者：{P}  出生日期：{DOB}  身份证：{ID}\n捐献意愿：全部器官及组织\n家属代表：{F}（{KIN}）  "
                    + "电话：{M}\n协调员：{N}  见证人：{N}\n",
            "OPO协调记录 {D} {TIME}：潜在捐献者{P}，{AGE}岁，重型颅脑损伤，GCS 3分，已与其{KIN}{F}初次沟通，家属需要时间考虑；"
                    + "协调员{N}（{M}）次日再访。\n",
            "捐献者家属慰问信：{FS}先生/女士，您的{KIN}{P}于{D}完成遗体器官捐献，挽救了三名患者的生命。红十字会 {N}\n",
            // Medical-device adverse events.
            "可疑医疗器械不良事件报告表\n报告单位：岭东医科大学附属第一医院\n患者姓名：{P}  年龄：{AGE}  病历号：{R}\n"
                    + "器械名称：一次性使用输液器  批号：{CODE}\n事件描述：输液中管路与针头连接处脱开，渗液约20ml，患者无不适。\n"
                    + "报告人：{N}  电话：{L}\n",
            "PICC导管破裂事件：{P}（出生{DOB}），置管后{DUR}导管体外段破裂，已拔除；厂家联系人{N}，护理部{N}上报。\n",
            "胰岛素泵报警记录：患儿{P}（{NB}出生，家长{F} {M}）夜间报警“无输注”，更换管路后正常，序列号{CODE}。\n",
            // Clinical trials.
            "临床试验受试者筛选表\n项目编号：LD-2024-017  筛选号：S017\n受试者：{P}  出生日期：{DOB}  联系电话：{M}\n"
                    + "入选标准：全部符合  排除标准：无\n研究者：{DR}  CRC：{N}\n",
            "知情同意过程记录：研究者{DR}于{D}向{P}及其{KIN}{F}解释试验目的与风险，受试者本人签署知情同意书（版本号V2.1），"
                    + "见证人{N}。\n",
            "访视窗口提醒：{P}，访视3应在{D}前后3天内完成；交通补贴200元转入{B}（户名{P}）。CRC {N}，手机{M}\n",
            "筛选失败日志\n| 筛选号 | 姓名 | 原因 |\n|---|---|---|\n| 003 | {P} | eGFR 38 |\n| 004 | {N} | 拒绝签署 |\n"
                    + "| 005 | {MN} | HBV DNA阳性 |\n",
            // Ward rounds as dialogue.
            "查房录音整理 {D}\n{DR}主任：{PS}阿姨，今天感觉怎么样？\n患者：好多了，就是晚上还咳。\n"
                    + "{DR}主任：小{FS}，你是家属吧，记一下，今天开始{DRUG}{DOSE}。\n家属{F}：好的。\n住院医{N}：主任，她肌酐还偏高。\n",
            "教学查房 {DS}教授：这位{P}，{AGE}岁，{DIS}，谁来汇报？\n规培生{N}：患者入院{DUR}……\n{DS}教授：好，{N}你说说鉴别诊断。\n",
            "主任查房：{PS}伯话“我冇事啊，想翻屋企”，{DR}主任用白话解释仲要观察两日，佢个仔{F}话唔该晒。\n",
            "夜查房\n值班医生{N}：{PG}，哪里不舒服？\n患者：胸口闷，喘不过气。\n值班医生：血氧多少？\n护士{N}：91%，"
                    + "已经上了鼻导管。\n值班医生：叫一下{DS}老师。\n",
            // Nurses' shift reports.
            "SBAR交班\nS：12床{P}，{TIME}出现胸痛\nB：{DIS}，既往PCI\nA：血压{BP}，心率{HR}，心电图ST段压低\n"
                    + "R：已通知{DR}医生，复查肌钙蛋白，家属{F}（{M}）已告知\n交班人：{N}\n",
            "护理交接班本 {D}\n在院32人 入院3人 出院5人\n特殊：15床{P}跌倒高风险，家属{F}陪护；22床{N}禁食；"
                    + "加1床{MN}发热{TEMP}\n白班{N}→夜班{N}\n",
            "护士长晨会：昨晚8床{P}（病友都叫她阿{PA}）自己拔了尿管，值班{N}已重插；老人家讲客家话，听不懂普通话，交接时注意。\n",
            "ICU护理记录 {TIME} {P} 镇静RASS -2 去甲肾上腺素0.15μg/kg/min 尿量45ml/h 家属{F}视频探视 记录者{N}\n",
            // Bed management.
            "床位调配单：{DEPT}无空床，{P}（急诊留观12号，住院号{R}）暂借住骨科38床，主管医生仍为{DR}，床位协调员{N}\n",
            "入院等床登记\n| 序号 | 姓名 | 电话 | 病种 | 登记日 |\n|---|---|---|---|---|\n| 1 | {P} | {M} | {DIS} | {D} |\n"
                    + "| 2 | {N} | {M} | 白内障 | {D} |\n",
            "加床通知：今日{DEPT}加床6张，加3床收治{P}，{SEX}，{AGE}岁，住院号{R}；护工{N}负责加床区，夜班{N}。\n",
            // Ambulance and inter-hospital transfer.
            "院间转运单\n转出：石塘镇卫生院  转入：岭东医科大学附属第一医院{DEPT}\n患者：{P}  年龄：{AGE}  身份证：{ID}\n"
                    + "转运原因：{DIS}需介入治疗\n随车：医生{N} 护士{N} 司机{N}\n出发{TIME}，途中血压{BP}\n",
            "120调度台 {TIME} 来电{M}，报称{A}有工人从脚手架坠落，现场联系人{F}，调度员{N}派东湖分站3号车。\n",
            "跨省转运：患者{P}，出生{DOB}，ECMO支持下由江西转入本院，家属{F}随车，转运费用由其{KIN}银行卡{B}支付。转运组长{DR}\n",
            // Home nursing.
            "“互联网+护理服务”订单\n服务项目：PICC维护  预约时间：{D} 14:00-16:00\n服务对象：{P}  年龄：{AGE}岁\n"
                    + "服务地址：{A}\n联系人：{F}  电话：{M}\n接单护士：{N}\n",
            "上门护理记录：{PS}伯（{P}）骶尾部压疮Ⅱ期3×4cm，已清创换药；老伴说下周二再约。护士{N}，电话{M}\n",
            "居家护理医嘱：{P}，鼻饲流质每日1500ml，每月更换胃管；下次上门{D}；家庭地址{A0}；家属{F}，手机{M}。开具医生{DR}\n",
            "【东湖街社区卫生服务中心】{P}您好，护士{N}将于{D}上午到{A0}为您上门采血，请空腹。改期请致电{L}。\n",
            // Hospice and palliative care.
            "安宁疗护病房入院评估\n患者：{P}  {SEX}  {AGE}岁  住院号：{R}\n诊断：胰腺癌晚期伴肝转移\nPPS 30%  疼痛NRS 6分\n"
                    + "主要照顾者：{F}（{KIN}）  电话：{M}\n医保：{I}\n预立医疗照护计划：不行心肺复苏\n主管医生：{DR}  社工：{N}\n",
            "家庭会议记录：参加者{P}的妻子{F}、儿子{N}、女儿{N}，{DR}医生说明病情已进入终末期，家属希望让老人回{A0}老家。\n",
            "安宁疗护日记：今天{PG}奶奶精神好，讲起年轻时从南洋回来的事，还唱了一段潮剧。吗啡缓释片30mg q12h。志愿者{N}\n",
            "哀伤随访：{F}您好，您的{KIN}{P}离开已经一个月了，最近睡得好吗？——安宁疗护团队{N}，{M}\n",
            // School health.
            "校医室晨检记录 {D}\n班级 | 学生 | 症状 | 处理\n三（2）班 | {P} | 发热{TEMP} | 通知家长{F}接回\n"
                    + "五（1）班 | {N} | 腹泻 | 留观\n校医：{N}\n",
            "因病缺课追踪：{P}，{NB}出生，初一（4）班，连续缺课3天，家长{F}（{M}）称诊断为水痘，已报告区疾控。班主任{N}\n",
            "学生健康档案\n姓名：{P}  出生日期：{NB}  身份证号：{ID}\n家庭住址：{A}\n过敏史：青霉素\n家长：{F}  {M}\n",
            "致家长：{F}家长您好，{P}同学今天体育课后诉{SYM}，测血压{BP}，建议到{HOSP}复查。校医{N}，电话{L}\n",
            // Detention and military clinics.
            "看守所医务室就诊登记：在押人员{P}（监室12，身份证{ID}）诉{SYM}，予{DRUG}，需外诊时由民警{N}、{N}押解至"
                    + "岭东医科大学附属第一医院。医生{DR}\n",
            "武警中队卫生室 {D} 战士{P}训练中踝关节扭伤，冰敷制动，班长{N}陪同，卫生员{N}处置。家属联系人{F} {M}\n",
            "强制隔离戒毒所入所体检：{P}，出生{DOB}，HIV抗体阴性，梅毒螺旋体抗体阳性，转介{HOSP}；管教{N}\n",
            // Border-port quarantine.
            "出入境人员健康申报（旅检）\n姓名：{P}  证件号：{HKID}\n交通方式：港珠澳大桥穿梭巴士\n症状：发热{TEMP}\n"
                    + "内地联系电话：{M}  境外电话：{HKP}\n检疫医师：{N}\n",
            "口岸转诊通知：皇岗口岸旅检现场发现入境旅客{PY}体温{TEMP}伴咳嗽，已闭环转运至本院发热门诊，旅客电话{HKP}，"
                    + "海关关员{N}。\n",
            "国际旅行健康检查证明书\n姓名：{P}  出生日期：{DOB}  证件号码：{ID}\n前往国家：马来西亚  目的：劳务\n"
                    + "检查结论：未见异常\n签发医师：{DR}\n",
            // Migrant workers.
            "工地诊所登记本 {D}\n{P} 男 {AGE} 钢筋工 手割伤 清创缝合4针 老板{FS}总付钱\n{N} 男 {AGE} 电焊工 电光性眼炎 眼膏\n"
                    + "老乡{N}陪来的 电话{M}\n",
            "工伤就医证明：兹有{P}（身份证{ID}）于{D}在东莞市某五金厂工作时右手被冲床压伤，在我院手外科住院治疗，"
                    + "住院号{R}。经治医生{DR}\n",
            "外来务工人员免费体检：{P}，籍贯江西于都，暂住{A0}，长安镇某电子厂，电话{M}，医保{I}，体检医生{N}\n",
            "工友代诉：阿{PA}今朝喺车间晕咗，佢全名叫{P}，湖南人，我系佢老乡{N}，我电话{M}。\n",
            // Cantonese and Hokkien flavoured writing.
            "（白话录入）{PS}生话个心口翳咗成个礼拜，食咗{DRUG}都冇用，佢老婆{F}陪住嚟，电话{M}。{DS}医生叫佢做{EXAM}。\n",
            "电话随访（粤语转写）：喂，系咪{P}屋企？我系东湖街社康嘅护士{N}，想问下{PS}婆婆今日血糖几多？佢个女{F}话十点几。\n",
            "闽南话门诊记录：阿嬷{P}讲伊腹肚痛三日，食饭无味，伊后生{F}讲无要紧，我讲愛做{EXAM}。医生{DR}\n",
            "阿{PA}（{P}）今日返嚟覆诊，血压{BP}，同佢讲咗唔好食咸鱼腊肠。{DS}姑娘记\n",
            "潮汕口音的阿伯{P}（我们叫他{PS}伯）说自己是香港脚发炎，其实是下肢蜂窝织炎，住院号{R}。\n",
            // Hong Kong, Macau and Taiwan, in traditional characters.
            "醫院管理局 出院摘要\n病人姓名：{P}  身份證號碼：{HKID}\n出生日期：{DOBE}  病歷號：{R}\n地址：{HKA}\n"
                    + "聯絡電話：{HKP}\n主診醫生：{DR}\n",
            "診斷證明書\n姓名：{P}  出生日期：{DOBR}\n身分證統一編號：{TWID}\n住址：{TWA}\n電話：{TWP}\n應診日期：{D}\n病名：{DIS}\n"
                    + "醫囑：宜休養一週\n醫師：{DR}\n",
            "香港家屬來函：{DR}醫生您好，家母{P}上月在貴院做了手術，現返港休養，地址{HKA}。覆診報告可否電郵給我？"
                    + "我的電話{HKP}。{F}敬上\n",
            "轉介信\n致：岭东医科大学附属第一医院 腫瘤科\n病人：{PY}  香港身份證：{HKID}\n出生日期：{DOBE}\n請跟進其{DIS}。\n"
                    + "醫生 {E} 上\n",
            "台胞就醫登記：{P}，出生{DOBR}，身分證{TWID}，台灣住址{TWA}，大陸聯絡人{F}（{M}），台灣電話{TWP}，接待{N}\n",
            "門診掛號單 看診序號23\n姓名：{P}  病歷號：{R}\n出生：{DOBR}\n手機：{TWP}\n科別：{DEPT}  醫師：{DR}\n",
            "香港居民就醫：{P}（{PS}太）由家人{F}陪同，香港地址{HKA}，電話{HKP}，內地醫保{I}\n",
            "台商就醫：{P}，身分證{TWID}，臺灣戶籍地址{TWA}，行動電話{TWP}，東莞住址{A}\n",
            // Handwritten notes transcribed with their mistakes.
            "（手写病历录入，原文照录）患者{P} 性別{SEX} 年令{AGE} 身分证{ID} 电活{M} 往址{A0} 主述：{SYM}{DUR} 初步珍断：{DIS}\n",
            "家属签子：{F}  关系：{KIN}  联系电化：{M}  日其：{D}（笔迹潦草，护士{N}代为辩认）\n",
            "手写处方转录：{P} 年令{AGE} Rp 阿莫西休0.5 tid ×5天 医师{DR}（字迹难认，疑为{N}）\n",
            "老人自己写的情况说明：我叫{P}，今年{AGE}歲，身份正号{ID}，我儿子{F}不管我，我住在{A}，电话{L}，请医生帮帮我。\n",
            // Spreadsheets pasted with tabs.
            "姓名\t身份证号\t手机\t献血量\t血型\n{P}\t{ID}\t{M}\t200\tA\n{N}\t{ID}\t{M}\t400\tO\n",
            "床号\t患者\t住院号\t护理级别\t陪护\t陪护电话\n03\t{P}\t{R}\t一级\t{F}\t{M}\n05\t{MN}\t{R}\t二级\t—\t—\n",
            "序号\t姓名\t出生日期\t医保号\t家庭住址\t签约医生\n1\t{P}\t{DOB}\t{I}\t{A}\t{DR}\n2\t{N}\t{DOB}\t{I}\t{A}\t{DR}\n",
            // Markdown.
            "| 字段 | 值 |\n|---|---|\n| 姓名 | {P} |\n| 身份证 | {ID} |\n| 手机 | {M} |\n| 病案号 | {R} |\n| 床号 | 26 |\n",
            "### 会诊申请\n- **患者**：{P}（{SEX}/{AGE}岁）\n- **住院号**：`{R}`\n- **申请科室**：{DEPT}\n- **申请医生**：{DR}\n"
                    + "- **会诊医生**：{N}\n",
            // E-mail threads with quoted replies.
            "发件人：病案室 <bags@ldfy.cn>\n主题：回复：{P}病历复印\n\n已办，家属可来取。\n\n> 在 {D}，{DR} 写道：\n"
                    + "> 患者{P}（病案号{R}）家属{F}要求复印病历，身份证{ID}，请协助。\n> 谢谢\n",
            "---------- 转发的邮件 ----------\n发件人：{F}\n> 医生您好，我父亲{P}（出生{DOB}）下周三来复查，能否安排{DS}主任的号？"
                    + "我手机{M}。\n>> 请先在互联网医院预约。\n",
            // Calendar invitations.
            "【日程邀请】家庭会议：{P}病情沟通\n时间：{D} 15:00\n地点：安宁疗护病房谈话间\n参与人：{DR}、{N}（社工）、家属{F}\n",
            // QR payloads, URLs, file names.
            "扫码结果：{\"name\":\"{P}\",\"id\":\"{ID}\",\"tel\":\"{M}\",\"blood\":\"AB\",\"allergy\":\"青霉素\"}\n",
            "腕带二维码：PID={R}|NAME={P}|DOB={DOB}|SEX={SEX}|BED=12|WARD=心内二病区\n",
            "回调日志 GET /api/his/patient?mrn={R}&name={P}&birth={DOB} 200 OK 37ms\n",
            "附件：{P}_胸部CT_20240312.pdf、{P}_出院小结.docx、身份证正反面_{ID}.jpg\n",
            "扫描归档路径 D:\\病案\\2024\\{R}_{P}\\首页.tif（归档员{N}）\n",
            "IMG_2041.JPG（{F}发来的{P}检查单照片，手机{M}）\n",
            // Specimen labels.
            "标本条码标签\n{CODE}\n{P}  {SEX}  {AGE}岁\n{DEPT}  床号09\n紫头管 血常规\n采集：{D} {TIME} 采集者{N}\n",
            "病理标签：病理号P24-03117 患者{P} 住院号{R} 部位：左乳肿物 送检医生{DR}\n",
            // Receipts, invoices, transfers.
            "广东省医疗收费票据（电子）\n票据号码：{CODE}\n交款人：{P}  医保类型：职工医保  医保编号：{I}\n"
                    + "项目：西药费 86.40  检查费 320.00  合计 406.40\n收款单位：东湖街社区卫生服务中心  收款人：{N}\n",
            "收据\n今收到{F}交来{P}住院押金人民币伍仟元整（¥5000.00）\n住院号：{R}\n收款人：{N}  {D}\n",
            "退费申请单：患者{P}，原支付方式银行卡，退至{B}，开户行兴业银行石塘支行，户名{F}，经办{N}\n",
            "转账回单\n付款人：{F}\n付款账号：{B}\n收款人：岭东医科大学附属第一医院\n金额：12,800.00\n附言：{P}住院费 住院号{R}\n"
                    + "交易流水号：{CODE}\n",
            "医疗救助资金拨付名单：{P} 卡号{B} 金额3000；{N} 卡号{B} 金额1500；经办{N}，复核{N}\n",
            // Police, courts, lawyers.
            "协助调查函\n岭东医科大学附属第一医院：\n因办理案件需要，请协助提供{P}（男，身份证号{ID}，住{A}）于{D}在贵院急诊的"
                    + "就诊记录。\n承办民警：{N}、{N}  联系电话：{L}\n",
            "调取证据通知书：原告{F}诉被告{N}交通事故责任纠纷一案，需调取原告之{KIN}{P}的住院病历（住院号{R}）。承办法官{N}\n",
            "交警事故伤者信息：伤者{P}，出生{DOB}，联系电话{M}，送医人{N}，事故经过见事故认定书。\n",
            // Certificates.
            "出生医学证明\n新生儿姓名：{P}  性别：{SEX}\n出生时间：{NB} {TIME}\n出生地点：广东省东莞市\n母亲姓名：{F}  "
                    + "身份证件号码：{ID}\n父亲姓名：{N}  身份证件号码：{ID}\n签发机构：岭东医科大学附属第一医院\n",
            "病假条\n兹有{P}同志因{DIS}于{D}到我院就诊，建议休息{DUR}。\n医师：{DR}\n（仅限本人使用，涂改无效）\n",
            "诊断证明书\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁  门诊号：{R}\n诊断：{DIS}\n建议：{DUR}后复查\n"
                    + "医师签名：{DR}  科室：{DEPT}\n",
            "健康证体检登记（食品从业）：{P} 身份证{ID} 单位：禾坪茶餐厅 粪便培养阴性 发证编号{CODE}\n",
            "死亡证明补办申请：申请人{F}，系死者{P}之{KIN}，死者出生于{DOB}，原证遗失，申请补办。经办人{N}\n",
            // Dialysis, reproduction, allergy cards, outreach, escorts.
            "血透中心排班：一三五上午 {P}（左前臂内瘘）、{N}、{MN}；二四六下午 {N}；责任护士{N}。{P}家属{F}手机{M}\n",
            "生殖中心夫妻档案：女方{P} 出生{DOB} 身份证{ID}；男方{F} 出生{DOB} 身份证{ID}；结婚证已核验；AMH 1.2ng/mL\n",
            "药物过敏卡：{P}，头孢曲松过敏（皮疹），请随身携带。紧急联系人{F} {M}\n",
            "义诊登记（社区广场）：{P} {AGE}岁 血压{BP} 血糖8.1 住{A0} 电话{M}；{N} {AGE}岁 血压{BP}；登记志愿者{N}\n",
            "食堂阿{PA}（{P}）右手烫伤，已冲冷水15分钟，{DS}医生处理，工友{N}陪同。\n",
            "门诊叫号：请 {P} 到 3 诊室就诊，请 {N} 准备。\n",
            "陪诊服务单：陪诊师{N}，服务对象{P}（{AGE}岁，独居），挂{DEPT}{DR}的号，取药缴费，服务费180元。委托人{F}"
                    + "（{KIN}，在深圳）{M}\n",
            // Decoys: herbs named like people, eponymous hospitals, words that begin with a surname.
            "中药处方：{P}  徐长卿15g 刘寄奴12g 制何首乌15g 田七粉3g冲服 杜仲12g 陈皮6g 7剂 水煎服 医师{DR}\n",
            "{P}今天很高兴，说黄金周要回老家，嘱继续叶酸，复查白细胞，自付金额已结清。{DS}医生\n",
            "既往史：{P}曾在孙逸仙纪念医院行甲状腺手术，后在梁銶琚医院、何贤纪念医院随诊，本次由邵逸夫医院转来，门诊号{R}。\n",
            "{P}自述年轻时跑江湖卖药，曾找江湖郎中放血，现{SYM}{DUR}，{KIN}{F}代诉。\n",
            // More habits: glued names, nicknames, relatives.
            "{P}家属{F}今早来问能不能出院，{DS}主任说等{EXAM}结果。\n",
            "{PS}姐（{P}）是老病号了，{PG}这个名字护士站都熟，今天又来打{DRUG}，电话{M}。\n",
            "医生工作站便签：{PS}工（{P}，建筑公司工程师）明天8点空腹采血，别忘了提醒；他太太{F}手机{M}。\n",
            "家属陪护证\n患者：{P}  床号：21\n陪护人：{F}  与患者关系：{KIN}\n陪护人身份证：{ID}\n有效期至：{D}\n",
            "门诊日志：{P}（小名{PG}），{NB}生，咳嗽{DUR}，体重15kg，外婆{N}带来，家长电话{M}，{DR}\n",
            "社工记录：{P}无固定住所，自述原住{A0}，与{KIN}{F}失联多年，已联系民政救助站{N}。\n",
            "短信：【岭东医科大学附属第一医院】{P}您好，您的体检报告已出，如有疑问请拨打400-830-1203或联系{DR}医生{L}。\n",
            "便民门诊留言条：{FS}阿姨，您老公{P}的降压药我放前台了，医保卡{I}已刷。——{N}\n",
            // English and mostly Latin-script.
            "Port health referral: traveller {E} (DOB {DOBE}) arrived via Lok Ma Chau, temp 38.6 C, referred to the fever "
                    + "clinic. Contact in Shenzhen: {E2}, {M}. Officer on duty: {EG}.\n",
            "From: {E}\nTo: intl-patients@ldfy.cn\nSubject: Re: Re: my father's records\n\nThanks. His hospital number is {R}."
                    + "\n\n> On Tue, {EG} (International Patient Centre) wrote:\n> Dear {ES}, could you confirm your father's "
                    + "date of birth?\n>> It is {DOBE}. His name is {E2}.\n",
            "https://hlwyy.ldfy.cn/consult/new?name={P}&phone={M}&idcard={ID}&dept=cardiology&src=wechat\n",
            "BEGIN:VEVENT\nSUMMARY:MDT - {E} ({R})\nDTSTART:20250314T140000\nLOCATION:Clinic Building 5F seminar room\n"
                    + "ORGANIZER;CN={E2}:mailto:mdt@ldfy.cn\nATTENDEE;CN={EG}:mailto:mdt@ldfy.cn\nEND:VEVENT\n",
            "DISCHARGE SUMMARY\nName: {PY}   HKID: {HKID}\nDOB: {DOBE}   Hosp No: {R}\nAddress: {HKA}\nDx: {DIS_EN}\n"
                    + "Follow-up: SOPD in 8 weeks. Dr {E}\n",
            "Dear Patient Relations,\nI am writing to complain about the care my wife {E} received on ward 7B. Dr {ES} did "
                    + "not explain anything and the nurses ignored the call bell. Please call me on {M}.\nYours sincerely,\n{E2}\n",
            "Screening log LD-ONC-031\nScr | Name | DOB | Eligible\n011 | {E} | {DOBE} | Y\n012 | {PY} | {DOBE} | N (eGFR)\n"
                    + "Investigator: Dr {E2}\n",
            "[video 14:02] Dr {ES}: Hi {EG}, can you hear me?\n[14:02] Patient: yes, my son {E2} is here too.\n"
                    + "[14:03] Dr {ES}: Please confirm your date of birth.\n[14:03] Patient: {DOBE}.\n",
            "Incident report: infusion pump alarm failure, patient {E} (MRN {R}), bed 14. Reported by RN {EG} at {TIME}. "
                    + "Biomed on ext 4410.\n",
            "Crossmatch request\nRecipient: {E}\nDOB: {DOBE}   MRN: {R}\nABO/Rh: A pos   Units: 2 RBC\nRequested by Dr {ES}, "
                    + "bleep 2231\n",
            "Palliative care: {E} comfortable on syringe driver (morphine 10 mg/24h). Daughter {E2} at bedside, wishes to be "
                    + "called overnight on {HKP}.\n",
            "Dear parent of {E},\nYour child (DOB {NB}) was seen in the school clinic today with a temperature of 38.2 C. "
                    + "Please collect. Nurse {EG}, tel {L}\n",
            "Medical certificate\nThis is to certify that {E} attended our clinic and is unfit for work for 5 days.\n"
                    + "Dr {E2}\n",
            "Remittance advice\nBeneficiary: {E}\nAccount: {B}\nAmount: CNY 2,400.00 (trial travel reimbursement)\n",
            "Records request: Sgt {ES} of Futian Police requests the ED notes of {E}, DOB {DOBE}, address {A}. Contact {L}.\n",
            "Donor coordinator note: family of {E} (next of kin {E2}, {M}) consented to kidney and cornea donation at {TIME}.\n",
            "| Name | Phone | Ward |\n|---|---|---|\n| {E} | {M} | 5B |\n| {E2} | {HKP} | 7A |\n",
            "QR: MECARD:N:{PY};TEL:{HKP};ADR:{HKA};;\n",
            "Callback https://ld.yl/r?pn={PY}&tel={HKP}&lang=zh-HK&ref=port\n",
            "Migrant clinic, Chang'an: {E}, factory line worker, laceration left hand, 4 sutures. Supervisor {E2} paid cash. "
                    + "Phone {M}. Seen by {EG}.\n");

    // Older Cantonese, Hakka and Hokkien names; middle-aged; young; recent cohorts; rural Ganzhou and Hainan names;
    // Hong Kong and Taiwanese names in traditional characters with two married double surnames; rare single surnames
    // with Quanzhou names; compound surnames; two-character names; word-like names.
    private static final List<String> CHINESE = List.of((
            "冼润娣 黎炳坤 关灿权 谭耀祖 何伙娣 苏彩凤 区润好 邓佩珊 麦炳昌 禤伟棠 赖石妹 温桂招 钟亚满 洪水土 蔡乌番 "
            + "施清河 粘秋菊 庄金枝 傅水仙 尤玉梭 "
            + "邝志鸿 梁健聪 黄惠仪 罗国雄 杜永康 叶丽娴 冯振邦 郑少芬 吴耀辉 谢桂娥 曾丽琼 刘汉杰 詹秀珠 林淑珍 陈金钗 "
            + "卢焕章 古月娇 巫桂兰 练伟雄 缪素贞 "
            + "梁诗琪 黄子晴 陈嘉朗 胡凯翘 潘颖芝 谢卓岚 赵焯文 骆展鹏 伍咏诗 苏俊贤 钟晓桦 何婉澄 黄铭浚 郭靖雯 杨栩乔 "
            + "蔡沐阳 冼梓萌 庄芊语 符俊希 梁若汐 温启航 洪诗蕊 黎可馨 邓一乔 许景琛 曾芷晴 凌禹辰 "
            + "刘满仔 谢木生 王亚妹 符亚二 云振雄 吴二妹 邢诒坤 陈亚六 钟细妹 黄石古 邱火生 赖九斤 "
            + "陳俊傑 黃綺雯 李卓恒 張凱晴 吳翠玲 林宥廷 蔡承翰 許雅婷 廖家豪 謝佩蓁 鄧燕萍 周子軒 陳黃美玲 李何慧娟 鄺偉倫 "
            + "馮頌恩 葉詠琪 "
            + "佘国栋 靳红梅 逯春燕 谌志远 芮晓东 阚德胜 钮佳音 寇海波 邬国平 郏建新 敖丽娟 奚美凤 粘文炜 施能贤 蔡培仁 "
            + "尤明达 "
            + "上官婉珺 东方沁 皇甫逸凡 令狐婧 夏侯锦程 端木清 公孙翊 南宫璇 长孙淳 第五春生 万俟雪 百里嫣 司马承焘 "
            + "冼颖 粘茜 云翔 邬珩 禤琦 "
            + "金钟 白鹭 高飞 沙漠 岳麓 龙舟 简单 苗圃").split(" "));
    /**
     * The pool names that are also ordinary words: 金钟 golden bell, 白鹭 egret, 高飞 fly high, 沙漠 desert, 岳麓 (a
     * mountain), 龙舟 dragon boat, 简单 simple, 苗圃 nursery garden (under a tenth of the pool).
     */
    static final List<String> WORD_LIKE = List.of("金钟", "白鹭", "高飞", "沙漠", "岳麓", "龙舟", "简单", "苗圃");
    private static final List<String> COMPOUND_SURNAMES = List.of("上官", "东方", "皇甫", "令狐", "夏侯", "端木", "公孙",
            "南宫", "长孙", "第五", "万俟", "百里", "司马");
    /** Names made of two single surnames (冠夫姓): the first is the surname used in address, the given name follows. */
    private static final List<String> DOUBLE_SURNAMES = List.of("陳黃美玲", "李何慧娟");
    // Uyghur, Kazakh, Tajik and Kyrgyz (with ·); Tibetan, Mongolian, Yi, Dai, Naxi and Jingpo names.
    private static final List<String> MINORITY = List.of((
            "麦麦提敏·艾则孜 阿依努尔·克热木 吐尔洪·买买提依明 努尔比亚·阿不力孜 艾尼瓦尔·吾守尔 加娜尔·努尔兰 "
            + "别克波拉提·哈力木 阿克泽尔·叶尔肯 阿米娜·夏木西丁 阿斯卡尔·托合托逊 "
            + "索朗次仁 罗布顿珠 朗杰次仁 央吉卓玛 白玛措姆 达瓦平措 "
            + "乌力吉图 布仁特古斯 萨仁图雅 哈斯其木格 "
            + "阿苦日呷 吉木阿牛 沙马拉且 "
            + "玉罕香 岩扁 岩罕温 和志强 勒排早扎").split(" "));
    // given|family: Thai, Lao, Cambodian, Georgian, Armenian, Hungarian, Ukrainian, Portuguese, Catalan, Basque, Danish,
    // Lithuanian, Latvian, Slovene, Serbian, Albanian, Maltese, Moroccan, Senegalese, Malagasy, Tongan, Fijian,
    // Peruvian, Colombian, Cuban, Jamaican, Quebecois, Inuit, South African (Zulu, Afrikaans), Pakistani, Mongolian,
    // Kazakh, Swiss.
    private static final List<String> ENGLISH = List.of("Kanokwan|Srisawat", "Khamphet|Vongsavath", "Sokunthea|Chhum",
            "Tamriko|Gogichaishvili", "Siranush|Khachatryan", "Eniko|Tothfalusi", "Yaryna|Shevchuk",
            "Florbela|Vasconcelos", "Montserrat|Vilaseca", "Unai|Goikoetxea", "Rasmus|Vestergaard", "Ruta|Kazlauskiene",
            "Janis|Berzins", "Ziga|Kovacic", "Milos|Djordjevic", "Arben|Hoxha", "Ritianne|Zammit",
            "Youssef|Benjelloun", "Ousmane|Ndiaye", "Hery|Rakotomalala", "Viliami|Latu", "Losana|Ratuvou",
            "Wilfredo|Huarachi", "Yurani|Ospina", "Yoandri|Echevarria", "Shanice|Beckford", "Genevieve|Tremblay",
            "Aputiaq|Kilabuk", "Sizwe|Mabaso", "Jandre|Steenkamp", "Sana|Chaudhry", "Bolormaa|Tserendorj",
            "Dauren|Abenov", "Urs|Baumgartner");
    /** Family|given of people known by a romanised name only: Cantonese, Taiwanese (Wade-Giles), Hokkien. */
    private static final List<String> ROMANISED = List.of("Wong|Siu-fung", "Cheung|Ka-lok", "Lau|Wing-yan",
            "Ho|Chun-kit", "Leung|Hoi-ching", "Tsang|Yuk-lan", "Kwok|Man-chung", "Yip|Sze-wing", "Fung|Ching-yee",
            "Lam|Tsz-hin", "Mak|Kin-wah", "Tse|Hiu-tung", "Hsu|Ya-ting", "Tsai|Cheng-han", "Chou|Yi-hsuan",
            "Liao|Chia-hao", "Hsieh|Pei-shan", "Kuo|Chih-wei", "Tan|Ah-huat", "Ong|Bee-leng", "Lim|Swee-hock",
            "Khoo|Boon-keat");
    /** Guangdong, Fujian, Jiangxi and Hainan area codes, and the Hong Kong and Taiwan residence permits. */
    private static final List<String> AREA = List.of("440104", "441900", "440606", "440507", "445102", "350582",
            "350581", "360731", "360730", "460400", "460108", "440104", "441900", "350582", "810000", "830000");
    /** Area code and length of the local number. */
    private static final List<String> LANDLINE_AREAS = List.of("020|8", "0769|8", "0757|8", "0754|8", "0768|8",
            "0595|8", "0898|8", "0797|7", "0596|7");
    private static final List<String> BANK_BINS = List.of("622262", "621661", "623668", "622909", "625809", "621792");
    private static final List<String> GUANGZHOU = List.of("越秀区东风中路", "荔湾区龙津西路", "海珠区江南大道中",
            "天河区龙口西路");
    private static final List<String> TOWN_COMMUNITIES = List.of("广东省东莞市长安镇乌沙社区|兴发南路,沙头路",
            "广东省东莞市虎门镇白沙社区|环岛路,振华路", "广东省佛山市顺德区容桂街道海尾社区|桂洲大道,文华路");
    private static final List<String> ESTATES = List.of("广东省佛山市顺德区大良街道|碧水湾花园,顺峰山庄,新松小区",
            "广东省汕头市龙湖区金霞街道|金湖花园,丹霞庄");
    private static final List<String> OLD_TOWN_LANES = List.of("广东省潮州市湘桥区太平路|义兴甲巷,石牌巷,郑厝巷",
            "福建省漳州市芗城区台湾路|香港路巷,新华南巷");
    private static final List<String> VILLAGES = List.of("福建省泉州市晋江市金井镇|围头村,塘东村,石圳村",
            "福建省泉州市石狮市蚶江镇|莲塘村,古湖村", "江西省赣州市于都县罗坳镇|步前村,大岭村",
            "江西省赣州市宁都县黄陂镇|杨依村,大湖村");
    private static final List<String> HAINAN = List.of("海南省儋州市那大镇|中兴大街,人民中路",
            "海南省海口市美兰区海甸岛|海甸五西路,和平大道");
    private static final List<String> HONG_KONG = List.of("香港九龍旺角彌敦道", "香港島北角英皇道", "香港九龍深水埗長沙灣道");
    private static final List<String> HK_ESTATES = List.of("香港新界沙田禾輋邨豐和樓", "香港新界沙田瀝源邨貴和樓",
            "香港新界屯門三聖邨恆福樓");
    private static final List<String> TAIWAN = List.of("臺北市大安區復興南路一段", "臺中市西屯區河南路二段",
            "高雄市苓雅區四維三路");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    private Blind16Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_16 || !templates.isEmpty() && BLIND_16.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character (陳黃美玲 gives 陳). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 春生 of 第五春生, 美玲 of 陳黃美玲. */
    static String givenNameOf(String chineseName) {
        if (DOUBLE_SURNAMES.contains(chineseName)) return chineseName.substring(2);
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a single-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /** The X of 阿X: the last character of the given name (润娣 gives 娣, 冼颖 gives 颖). */
    static String ahName(String chineseName) {
        return chineseName.substring(chineseName.length() - 1);
    }

    /** A minority name. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
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

    /** A romanised name: WONG Siu-fung, WONG, Siu Fung, Wong Siu Fung, Siu-fung Wong or WONG SIU FUNG. */
    static String romanisedName(RandomGenerator r) {
        List<String> forms = romanisedForms(pick(ROMANISED, r));
        return forms.get(r.nextInt(forms.size()));
    }

    private static List<String> romanisedForms(String entry) {
        String f = entry.substring(0, entry.indexOf('|')), g = entry.substring(entry.indexOf('|') + 1);
        String spaced = String.join(" ", Stream.of(g.split("-"))
                .map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1)).toList());
        return List.of(f.toUpperCase() + " " + g, f.toUpperCase() + ", " + spaced, f + " " + spaced, g + " " + f,
                (f + " " + spaced).toUpperCase());
    }

    /** A plain 18-character resident identity number (or residence permit) with a valid check character. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1930, 91, r);
    }

    /** A resident identity number: plain, lower-case x, in full-width digits, or 6 8 4 by blanks. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(8)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> fullWidth(id);
            case 2, 3 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A Hong Kong identity card number: K123456(7), K123456（7）, K1234567, and with two letters XA123456(9). */
    static String hongKongId(RandomGenerator r) {
        String letters = "ABCDEGHKMPRVYZ";
        String prefix = (r.nextInt(6) == 0 ? "X" : "") + letters.charAt(r.nextInt(letters.length()));
        String body = prefix + digits(6, r);
        char check = hongKongIdCheck(body);
        return switch (r.nextInt(4)) {
            case 0 -> body + "（" + check + "）";
            case 1 -> body + check;
            default -> body + "(" + check + ")";
        };
    }

    /** The check character of a Hong Kong identity card number (letters and six digits). */
    static char hongKongIdCheck(String body) {
        String letters = body.substring(0, body.length() - 6);
        int sum = letters.length() == 1 ? 36 * 9 : 0;
        int weight = letters.length() == 1 ? 8 : 9;
        for (char c : body.toCharArray()) {
            sum += (Character.isLetter(c) ? c - 'A' + 10 : c - '0') * weight--;
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'A' : (char) ('0' + check);
    }

    /** A Taiwan national identification number: a letter, 1 or 2, seven digits and a check digit. */
    static String taiwanId(RandomGenerator r) {
        String body = TW_LETTERS.charAt(r.nextInt(TW_LETTERS.length())) + String.valueOf(1 + r.nextInt(2))
                + digits(7, r);
        return body + taiwanIdCheck(body);
    }

    /** The check digit of a Taiwan identification number (letter and eight digits). */
    static char taiwanIdCheck(String body) {
        int code = TW_LETTERS.indexOf(body.charAt(0)) + 10;
        int sum = code / 10 + code % 10 * 9;
        for (int i = 1; i < 9; i++) sum += (body.charAt(i) - '0') * (9 - i);
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** A mobile: plain, 138-1234-5678, 138 1234 5678, +86 138-1234-5678, 86-13812345678 or in full-width digits. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(9)) {
            case 0 -> a + "-" + b + "-" + c;
            case 1 -> a + " " + b + " " + c;
            case 2 -> "+86 " + a + "-" + b + "-" + c;
            case 3 -> "86-" + n;
            case 4 -> fullWidth(n);
            default -> n;
        };
    }

    /**
     * A landline: 0769-22881234, 0769 22881234, (0769)22881234, 0769-2288-1234, seven-digit numbers of Ganzhou and
     * Zhangzhou; sometimes with an extension after # or -.
     */
    static String landline(RandomGenerator r) {
        String[] a = pick(LANDLINE_AREAS, r).split("\\|");
        String area = a[0];
        int length = Integer.parseInt(a[1]);
        String local = (char) ('2' + r.nextInt(7)) + digits(length - 1, r);
        int split = length - 4;
        int form = r.nextInt(5);
        String number = switch (form) {
            case 0 -> area + " " + local;
            case 1 -> "(" + area + ")" + local;
            case 2 -> area + "-" + local.substring(0, split) + "-" + local.substring(split);
            default -> area + "-" + local;
        };
        return switch (r.nextInt(7)) {
            case 0 -> number + "#" + digits(3 + r.nextInt(2), r);
            case 1 -> form >= 3 ? number + "-" + digits(4, r) : number;
            default -> number;
        };
    }

    /** A Hong Kong phone: +852 9123 4567, (852) 91234567 or a landline +852 2123 4567. */
    static String hongKongPhone(RandomGenerator r) {
        String first = String.valueOf("5692".charAt(r.nextInt(4)));
        String n = first + digits(7, r);
        return switch (r.nextInt(3)) {
            case 0 -> "(852) " + n;
            default -> "+852 " + n.substring(0, 4) + " " + n.substring(4);
        };
    }

    /** A Taiwan phone: 0912-345-678, +886 912 345 678, (02)2712-3456 or (04)2236-1234. */
    static String taiwanPhone(RandomGenerator r) {
        String n = "9" + digits(8, r);
        return switch (r.nextInt(4)) {
            case 0 -> "0" + n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6);
            case 1 -> "+886 " + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            default -> "(0" + "247".charAt(r.nextInt(3)) + ")2" + digits(3, r) + "-" + digits(4, r);
        };
    }

    /** Inpatient ZYH and year, ten digits with leading zeros, 病案 BA-, 就诊卡 JZK, outpatient MZH, Hong Kong HN. */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> "ZYH" + year + digits(5, r);
            case 1 -> "00" + (1 + r.nextInt(9)) + digits(7, r);
            case 2 -> "BA-" + digits(6, r);
            case 3 -> "JZK" + digits(8, r);
            case 4 -> "MZH" + (year % 100) + "-" + digits(6, r);
            default -> "HN" + digits(8, r);
        };
    }

    /** Social insurance SB, Guangdong medical insurance YB44, employees' scheme ZG, residents' scheme CB-. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "SB" + digits(10, r);
            case 1 -> "YB44" + String.format("%02d", 1 + r.nextInt(20)) + "-" + digits(8, r);
            case 2 -> "ZG" + digits(12, r);
            default -> "CB-" + digits(9, r);
        };
    }

    /** A bank card of an own issuer prefix, 16 or 19 digits with a valid Luhn digit: plain, fours by blanks or hyphens. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /**
     * A mainland address: Guangzhou 号之二…房, Dongguan and Shunde 社区/街道, estates 座/室, Chaozhou and Zhangzhou 巷,
     * Quanzhou and Ganzhou villages 村 (Ganzhou with 组), Hainan 镇/大街; {@code partial} may stop at the village.
     */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        if (partial && r.nextInt(4) == 0) return place(VILLAGES, withProvince, r);
        return switch (r.nextInt(6)) {
            case 0 -> (withProvince ? "广东省" : "") + "广州市" + pick(GUANGZHOU, r) + (1 + r.nextInt(400)) + "号"
                    + (r.nextBoolean() ? "之" + NUMERALS.charAt(1 + r.nextInt(3)) : "") + (2 + r.nextInt(28)) + "0"
                    + (1 + r.nextInt(8)) + "房";
            case 1 -> place(TOWN_COMMUNITIES, withProvince, r) + (1 + r.nextInt(200)) + "号";
            case 2 -> place(ESTATES, withProvince, r) + (1 + r.nextInt(30)) + "座" + (1 + r.nextInt(32)) + "0"
                    + (1 + r.nextInt(6)) + "室";
            case 3 -> place(OLD_TOWN_LANES, withProvince, r) + (1 + r.nextInt(40)) + "号";
            case 4 -> {
                String village = place(VILLAGES, withProvince, r);
                yield village + (village.contains("江西") || village.contains("赣州")
                        ? chineseNumber(1 + r.nextInt(9)) + "组" : "") + (1 + r.nextInt(300)) + "号";
            }
            default -> place(HAINAN, withProvince, r) + (1 + r.nextInt(250)) + "号";
        };
    }

    /** A Hong Kong address in traditional characters: 彌敦道688號12樓B室, 禾輋邨豐和樓12樓1205室. */
    static String hongKongAddress(RandomGenerator r) {
        int floor = 2 + r.nextInt(30);
        if (r.nextBoolean()) {
            return pick(HONG_KONG, r) + (1 + r.nextInt(700)) + "號" + floor + "樓" + "ABCDEFGH".charAt(r.nextInt(8))
                    + "室";
        }
        return pick(HK_ESTATES, r) + floor + "樓" + floor + String.format("%02d", 1 + r.nextInt(24)) + "室";
    }

    /** A Taiwan address in traditional characters: 復興南路一段123號5樓, 河南路二段45巷6號. */
    static String taiwanAddress(RandomGenerator r) {
        String road = pick(TAIWAN, r);
        return r.nextBoolean() ? road + (1 + r.nextInt(400)) + "號" + (2 + r.nextInt(18)) + "樓"
                : road + (1 + r.nextInt(300)) + "巷" + (1 + r.nextInt(60)) + "號";
    }

    /** A town and one of its villages, streets or estates, with or without the province. */
    private static String place(List<String> towns, boolean withProvince, RandomGenerator r) {
        String[] t = pick(towns, r).split("\\|");
        String[] villages = t[1].split(",");
        String town = withProvince ? t[0] : t[0].substring(t[0].indexOf('省') + 1);
        return town + villages[r.nextInt(villages.length)];
    }

    /**
     * A date of birth: 1962年4月7日, 1962-4-7, 1962/04/07, 1962.4.7, 1962年04月07日, 1962年4月, 1962-04,
     * 一九六二年四月.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(76), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> y + "-" + m + "-" + d;
            case 2 -> String.format("%d/%02d/%02d", y, m, d);
            case 3 -> y + "." + m + "." + d;
            case 4 -> String.format("%d年%02d月%02d日", y, m, d);
            case 5 -> y + "年" + m + "月";
            case 6 -> String.format("%d-%02d", y, m);
            default -> chineseYear(y) + "年" + chineseNumber(m) + "月";
        };
    }

    /** An English date of birth: 7 April 1962, April 7th, 1962, 07 APR 1962, 1962-Apr-07, 07/04/1962 (day first). */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(76), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(5)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month + " " + ordinal(d) + ", " + y;
            case 2 -> String.format("%02d %s %d", d, month.substring(0, 3).toUpperCase(), y);
            case 3 -> String.format("%d-%s-%02d", y, month.substring(0, 3), d);
            default -> String.format("%02d/%02d/%d", d, m, y);
        };
    }

    /** A date of birth in the Republic-of-China calendar: 民國51年4月7日, 51年4月7日, 051/04/07, 民國51.04.07. */
    static String rocBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(76) - 1911, m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> "民國" + y + "年" + m + "月" + d + "日";
            case 1 -> y + "年" + m + "月" + d + "日";
            case 2 -> String.format("%03d/%02d/%02d", y, m, d);
            default -> String.format("民國%d.%02d.%02d", y, m, d);
        };
    }

    /** A child's date of birth, 2014 to 2025: 2021年3月5日, 2021/3/5, 2021-03-05, 2021年3月. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2014 + r.nextInt(12), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> y + "/" + m + "/" + d;
            case 2 -> String.format("%d-%02d-%02d", y, m, d);
            default -> y + "年" + m + "月";
        };
    }

    /** 1 to 12 as 一 … 十二. */
    static String chineseNumber(int n) {
        if (n < 10) return String.valueOf(NUMERALS.charAt(n));
        return n % 10 == 0 ? "十" : "十" + NUMERALS.charAt(n % 10);
    }

    /** ASCII digits as full-width digits (an input method left in full-width mode). */
    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        return b.toString();
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return CHINESE.contains(w) || MINORITY.contains(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w)
                || ahName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w))
                || romanisedOf(w) != null;
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w)) {
            return w;
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    /** The romanised pool entry (Family|Given) a value writes, or null. */
    static String romanisedOf(String w) {
        return ROMANISED.stream().filter(n -> romanisedForms(n).contains(w)).findFirst().orElse(null);
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    static List<String> minorityNames() {
        return MINORITY;
    }

    static List<String> compoundSurnames() {
        return COMPOUND_SURNAMES;
    }

    static List<String> romanisedNames() {
        return ROMANISED;
    }

    /** Every way {@link #romanisedName} writes the pool's names. */
    static Stream<String> romanisedWritten() {
        return ROMANISED.stream().flatMap(n -> romanisedForms(n).stream());
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind16Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind16Templates::given);
    }

    private static String given(String n) {
        return n.substring(0, n.indexOf('|'));
    }

    private static String family(String n) {
        return n.substring(n.indexOf('|') + 1);
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PA" -> out.write(ahName(people[0]), EntityKind.NAME);
            case "PY" -> out.write(romanisedName(random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "HKID" -> out.write(hongKongId(random), EntityKind.ID_NUMBER);
            case "TWID" -> out.write(taiwanId(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "HKP" -> out.write(hongKongPhone(random), EntityKind.PHONE);
            case "TWP" -> out.write(taiwanPhone(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "HKA" -> out.write(hongKongAddress(random), EntityKind.ADDRESS);
            case "TWA" -> out.write(taiwanAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBR" -> out.write(rocBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

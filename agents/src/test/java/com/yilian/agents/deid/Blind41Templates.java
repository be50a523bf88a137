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
 * Forty-first blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_41}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a Zhuhai–Zhongshan–Macau (珠中澳) cross-border consortium on the west bank of
 * the Pearl River estuary, led by the fictional tertiary 香山医科大学附属医院 (Hospital Afiliado de Xiangshan) in the
 * fictional city of 濠岐市 between Zhuhai and Zhongshan, with its cross-border clinic in the fictional 莲洲粤澳合作区
 * (think Hengqin) and the 澳门新邨 estate where Macau residents live, township health centres and village health
 * stations of the west bank (崖门, 白蕉, 南朗, 沙尾), and the fictional Macau partner hospital, 澳门海星医院 (Hospital
 * Estrela do Mar). The people: Macau residents (Chinese names and their Macau Cantonese romanisation, CHAN Ka Wai,
 * Leong Sio Lei; Portuguese Christian names before a Chinese name; Macanese families with Portuguese surnames),
 * Portuguese nationals, Filipino and Indonesian domestic helpers, Cantonese-speaking villagers, Tanka (疍家) fishing
 * families, mainland commuters. The genres: cross-border referral and medical-record transfer (澳门居民内地就医),
 * elderly Macau residents living in Zhongshan, chronic-disease follow-up, dengue notification and vector control,
 * typhoon injuries, fishing and diving injuries, domestic helpers' occupational health, WeChat and WhatsApp chats mixing
 * Cantonese, Portuguese, English and Tagalog, voice notes in Cantonese (係, 唔, 嘅, 咗, 冇, 佢, 喺), bilingual
 * Chinese–Portuguese forms, CSV, tab, pipe and markdown tables, JSON, FHIR-like and HL7 exports, OCR'd identity cards,
 * permits, passports and prescriptions, SMS, e-mails and English and Portuguese letters (about a quarter mostly in Latin
 * script).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, employers, helpers, nurses,
 * doctors, social workers, fishermen, in every position (after a role word, at the start of a chat line, in table
 * cells, CSV fields, JSON values, HL7 fields, English and Portuguese prose). A Chinese surname in a Cantonese form of
 * address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 阿X, X伯, X婶, X姐, X生 (Mr), X太 (Mrs),
 * X姑娘 (nurse), Xsir, X医生, X主任. A Chinese given name used alone ({@code PG}) labels the given name (a one-character
 * given name is never used alone). A Cantonese nickname ({@code PK}: 肥佬锦, 烧腊荣) names a person and is labelled whole.
 * A Macau resident's romanised name ({@code MR}: CHAN Ka Wai, Chan Ka Wai, CHAN KA WAI, Ka Wai Chan; {@code MH}, the HL7
 * form CHAN^KA WAI; {@code NL}, with a Portuguese Christian name, Maria Chan Ka Wai or CHAN KA WAI MARIA) is labelled
 * whole; the romanised surname alone ({@code MS}, after Sr., Sra., Ms, Mr) and the romanised given name alone
 * ({@code MG}: Ka Wai) are names too, the title outside. The record's Macau resident is one person across {@code MC}
 * (Chinese), {@code MR}, {@code MH}, {@code NL}, {@code MS}, {@code MG}. Macanese and Portuguese names ({@code E}:
 * Filomena Remédios) are labelled whole, a family name alone ({@code ES}) and a given name alone ({@code EG}) too;
 * Dr., Dra., Sr., Exmo. stay outside. A Filipino helper's name ({@code FP}: Nenita Cabatingan, CABATINGAN, Nenita,
 * Nenita D. Cabatingan, NENITA CABATINGAN) is one span, the comma and middle initial inside; her given name alone
 * ({@code FG}) is a name, Ate outside. An Indonesian helper's name ({@code MN}, {@code NI}: Sulastri, Muryani Wulandari)
 * is labelled whole, Mbak outside. A child known as a parent's child (X之子, X之女) labels the parent. Kin words, titles
 * and endearments alone are not names: 阿妈, 阿爸, 阿爷, 家婆, 老公, 老细 (boss), 妈咪, 姑娘, lola, lolo, Ate, Mbak,
 * Ma'am, Sir, Senhora; nor are Cantonese words (係, 唔, 嘅, 咗, 冇, 佢, 喺, 睇). An OCR'd name ({@code PO}, {@code DO})
 * broken by a line break, a blank after the surname, or a blank or ideographic blank between every character is one
 * span, the break inside it.
 *
 * <p>Identifiers ({@code ID_NUMBER}): mainland resident identity numbers ({@code ID}: 18 characters with a valid GB 11643
 * check on codes of Zhongshan 442000, Zhuhai 4404, Jiangmen 4407 and Shunde; plain, with a lower-case x, 6-8-4 by
 * blanks or hyphens; 15-digit numbers with a valid birth date on codes that existed before 1999); the residence permit
 * of Macau residents on the mainland ({@code IDR}: 18 characters on 820000 with a valid check); the Macau resident
 * identity card ({@code MID}: 1/234567/8, 1234567(8), 51234567, first digit 1, 5 or 7); the Home Return Permit
 * ({@code HRP}: M12345678, M1234567801); helpers' passports ({@code PP}: Philippine P1234567A and EC1234567,
 * Indonesian C1234567); the Portuguese Cartão de Cidadão and passport ({@code CC}: 12345678 9 ZX4, CB123456). Phones:
 * Macau mobiles ({@code M}: +853 6612 3456, 66123456, 6612 3456, (853) 66123456, 00853-66123456), Macau fixed lines
 * ({@code LM}: 2855 1234, 28551234, +853 2855 1234), mainland mobiles ({@code MM}: plain, 3-4-4 by blanks or hyphens,
 * +86 plain or grouped), mainland landlines ({@code L}: eight local digits on 0760 Zhongshan and 0757 Foshan, seven on
 * 0756 Zhuhai and 0750 Jiangmen; 0760-88123456, (0756)2123456, 0760 8812 3456, with 转 and an extension, +86 760
 * 88123456), helpers' phones ({@code MF}: +63 917 123 4567, 09171234567, 0917 123 4567, +62 812-3456-7890, 0812 3456
 * 7890), mobiles said aloud in Cantonese ({@code MV}: Chinese numerals, 零 for nought, Macau or mainland, by blanks,
 * by commas or run on). Record numbers ({@code R}: inpatient XSY24031876, outpatient XSMZ243187654, the cross-border
 * clinic LZ-24-03187, the Macau partner hospital's processo P/24/031876, township centres BJ-2024-0318 (YM, BJ, SW, NL),
 * 17-digit health-archive numbers on an area code). Insurance ({@code I}: YB4420, YB4404 and YB4407 with ten digits,
 * the cooperation zone's LZYB with eight; {@code IM}: Macau social security FSS-12345678 and private policies
 * MO24-1234567; {@code IF}: PhilHealth 12-345678901-2 and BPJS Kesehatan 0001234567890; {@code IP}: the Portuguese SNS
 * user number, nine digits). Bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks
 * or hyphens). Addresses ({@code A}: flats (N号X花园N座N房) and village lanes (N巷N号) of Zhongshan, Zhuhai, Jiangmen and
 * 濠岐, Tanka fishing villages (渔业新村); {@code A0}: stopping at the town, the village or the road; {@code AM}: Macau in
 * Portuguese (Rua de Cinco de Outubro, n.º 45, Edifício Mar Azul, 8.º andar C, Macau) or Chinese
 * (澳门高士德大马路45号明珠大厦8楼C座); {@code AMC}: Macau in Chinese only; {@code AH}: the cooperation zone's 澳门新邨;
 * {@code AF}: Philippine barangays and Indonesian villages; {@code AP}: Portugal). Dates of birth ({@code DOB}:
 * 1951年3月5日, 1951-03-05, 1951.03.05, 1951/3/5, 一九五一年三月五日, 19510305; {@code DOBP}: 05/03/1951, 5/3/1951,
 * 05-03-1951, 5 de Março de 1951; {@code DOBE}: 5 March 1951, 05 Mar 1951, March 5, 1951, 05-MAR-1951; {@code DOBL}:
 * 农历1951年八月十五, 旧历五一年八月十五, 阴历一九五一年八月十五). Not labelled: visit dates, ages, lab values (NS1, PLT,
 * HbA1c, INR, ALT, IGRA), batch numbers, bed numbers, fishing-boat numbers (粤濠渔20317), Macau plates (MX-12-34),
 * typhoon signals and names (天鸽, 山竹), hotlines, voucher balances, facility names, places alone (横门渔港, 莲洲口岸,
 * 氹仔), kin words and titles, Cantonese words, words beginning with a pool surname (陈皮, 黄疸, 何首乌, 甘油) and
 * other food words (植物油, 招牌菜; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind39Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #CHINESE})
 * is drawn as a west-bank patient list would look: 陈, 梁, 黄, 李, 林, 何 lead, then 吴, 郑, 冯, 刘, 杨, 谭, 黎, 苏, 卢,
 * 萧, 麦, 阮, 郭, 冼, 甘, 容 and four rare Cantonese surnames the first generator never writes
 * ({@link #RARE_SURNAMES}: 禤, 招, 植, 湛), with
 * Cantonese given names (锦, 炳, 焯, 娣, 妹, 好, 嫦), Tanka fishermen ({@link #TANKA}), mainland commuters, word-like
 * names ({@link #WORD_LIKE}) and the Chinese names of the Macau residents ({@link #MACAU}: Chinese|SURNAME|Given).
 * {@link #MINORITY} holds the Indonesian helpers, {@link #ENGLISH} the Macanese and Portuguese ({@link #LUSO}) and the
 * Filipino helpers ({@link #FILIPINO}), {@link #NICKNAMES} Cantonese nicknames. Own slots: {@code N}, a further Chinese
 * name; {@code NT}, a Tanka fisherman; {@code MC}, {@code MR}, {@code MH}, {@code NL}, {@code MS}, {@code MG}, the
 * record's Macau resident; {@code MQ}, a further Macau resident, romanised; {@code FP}, {@code FG}; {@code NI}, a
 * further Indonesian helper; and the identifier slots above. Any non-empty subset of {@link #BLIND_41} uses these pools
 * (see {@link #uses}).
 */
final class Blind41Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270111L;

    static final List<String> BLIND_41 = List.of(
            // Cross-border referral and medical-record transfer.
            "香山医科大学附属医院 澳门居民就医登记表\n姓名：{MC}（{MR}）\n澳门居民身份证：{MID}\n港澳居民来往内地通行证：{HRP}\n"
                    + "出生日期：{DOBP}\n澳门地址：{AM}\n内地住址：{A}\n联系电话：{M}（澳门）／{MM}（内地）\n",
            "跨境转诊单（澳门海星医院→香山医科大学附属医院）\n患者：{MC}  性别：{SEX}  年龄：{AGE}岁\n澳门病历号：{R}\n"
                    + "诊断：冠心病，PCI术后\n转诊医生：{E}\n接收医生：{DR}\n家属：{F}（{KIN}），{M}\n",
            "Guia de transferência / 转院单\nNome: {MR}\nBIR n.º {MID}\nData de nascimento: {DOBP}\nMorada: {AM}\n"
                    + "Médico assistente: Dr. {ES}\nDestino: Hospital Afiliado de Xiangshan, Cardiologia\n",
            "病历资料跨境调阅申请：申请人{MC}（澳门居民身份证{MID}）授权其{KIN}{F}调阅{D}住院病历，住院号{R}；{F}电话{MM}；"
                    + "经办{N}\n",
            "内地就医记录回传澳门：{MR}，香山医附院住院号{R}，出院诊断：2型糖尿病肾病；请澳门海星医院{ES}医生跟进，患者电话{M}\n",
            "{\"patient\":\"{MR}\",\"name_zh\":\"{MC}\",\"bir\":\"{MID}\",\"permit\":\"{HRP}\",\"dob\":\"{DOBP}\","
                    + "\"mrn\":\"{R}\",\"phone\":\"{M}\"}\n",
            "澳门居民内地就医费用结算：{MC}，莲洲粤澳合作区医保号{I}，住院号{R}，自付部分退回银行卡{B}\n",
            "莲洲跨境诊所 首诊记录\n{D} {TIME}\n患者：{MR}（{MC}），{AGE}岁，现住{AH}\n主诉：胸闷3天\n"
                    + "既往：高血压、高脂血症，澳门卫生中心随访\n接诊：{DR}\n",
            "Referral letter\nDear colleague,\nRe: {MR}, born {DOBE}, BIR {MID}\nThis {AGE}-year-old patient, now living "
                    + "in Zhongshan, was admitted to our hospital with NSTEMI. Please continue the follow-up. The patient can "
                    + "be reached on {MM} or at {AH}.\nKind regards,\n{E}\nHospital Estrela do Mar, Macau\n",
            "跨境救护车交接：澳门救护车送{MR}至莲洲口岸，交接给{DR}；回乡证{HRP}；车牌MX-12-34；家属{MQ}，{M}\n",
            "Subject: record transfer, {MR}\nDear colleagues,\nattached is the echocardiogram of the patient (BIR {MID}). "
                    + "The daughter, {MQ} ({M}), will bring the films on {D}.\n{E}\n",
            "授权书 Procuração\n本人{NL}（BIR {MID}）授权{E}代为领取病历（Processo n.º {R}）。\n",
            "病历合并申请：澳门登记为{NL}，内地回乡证{HRP}登记为{MC}，同一人，请合并住院号{R}与{R}；经办{N}\n",
            // Elderly Macau residents living in Zhongshan.
            "[语音转文字] 喂 医生呀 我係{MC}个女 阿妈住喺{A0} 佢今朝起身头晕 行唔到路 你哋可唔可以过嚟睇下 我电话{MV}\n",
            "长者家访记录（{D}）\n{PS}伯，{AGE}岁，澳门退休，现与{KIN}同住{A}\n血压{BP}，双下肢轻度水肿\n"
                    + "澳门养老金按月入账，银行卡{B}\n家访医生：{DR}\n",
            "{PS}婶，澳门居民，在濠岐市颐康养老院住咗三年，失智中期；澳门居民身份证{MID}；紧急联系人{F}，{M}\n",
            "Ficha de visita domiciliária\nUtente: {NL}\nResidência actual: {A}\nContacto (Macau): {LM}\n"
                    + "Familiar: {E}, {M}\nObservações: hipertensão, vive sozinha\n",
            "养老院健康档案|{MC}|{MR}|{DOBL}|{MID}|{AH}|{M}\n",
            "[微信 澳门长者中山生活群]\n{F}：请问{PS}生嘅降压药喺边度攞？\n{DR}：星期三嚟莲洲诊所，带埋回乡证{HRP}\n{F}：唔该晒\n",
            "社区医生随访：{P}，{AGE}岁，澳门长者，现住{A}；{PG}话瞓唔着，已转介心理科；澳门手机{M}，内地手机{MM}\n",
            "澳门社保及医疗：{MC}，社会保障基金编号{IM}，澳门卫生局医疗卡已登记；内地居住证号码{IDR}；现住{AH}\n",
            "港澳台居民居住证申请体检：{MC}，居住证号{IDR}，出生{DOB}，体检医生{DR}\n",
            "跌倒风险评估：{MC}，{AGE}岁，Morse评分55分；住{AH}；紧急联系人{MQ}（{KIN}），{M}\n",
            "长者医疗券核对：{NL}，BIR {MID}，医疗券余额600澳门元；电话{LM}\n",
            "Hospital social work note: {MR} lives with the helper {FP} at {A}; the son {MQ} stays in Macau ({M}). "
                    + "Social security: {IM}.\n",
            // Chronic disease follow-up.
            "慢病随访表\n姓名：{P}  出生：{DOB}\n身份证号：{ID}\n医保号：{I}\n诊断：高血压3级，糖尿病\n本次血压{BP}，"
                    + "HbA1c 8.1%\n随访医生：{DR}\n",
            "糖尿病足门诊：{P}，{SEX}，{AGE}岁，左足第2趾溃疡，Wagner 2级；住院号{R}；家属{F}（{KIN}）{MM}；主诊{DS}医生\n",
            "血透排班表\n| 床位 | 姓名 | 医保号 | 电话 |\n|---|---|---|---|\n| 3 | {P} | {I} | {MM} |\n| 5 | {MC} | {IM} | {M} |\n",
            "COPD follow-up, Lianzhou cross-border clinic\nPatient: {MR}\nDOB: {DOBE}\nFEV1 48% predicted, on tiotropium\n"
                    + "Phone: {M}\nSeen by: {EG}\n",
            "华法林门诊：{P}，INR 2.4，本周剂量3mg qd；下次{D}；电话{L}；护士{N}\n",
            "[语音转文字] {DS}医生 我老公{F}嘅糖尿病药食晒喇 佢而家喺澳门返唔到嚟 可唔可以我帮佢攞 我电话{MM}\n",
            "Consulta de seguimento — diabetes\nDoente: {NL}\nHbA1c 7,4 %\nMédica: Dra. {ES}\nPróxima consulta: {D}\n"
                    + "Telefone: {LM}\n",
            "Utente do SNS n.º {IP}: {E}, regressa a Portugal; morada {AP}; medicação para 3 meses.\n",
            "出院小结：{P}，{SEX}，{DOB}生，住院号{R}，诊断：急性胰腺炎；出院后由{KIN}{F}照顾，{MM}；{DS}医生门诊随访\n",
            "住院患者{P}，术后第3日；{PG}话想饮粥，可进流质，予开塞露（甘油）通便；责任护士{DR}\n",
            "[微信] {F}：阿{PS}今日好啲未？\n{DR}：{PG}退咗烧，听日可以出院\n",
            "居民健康档案首页|{P}|{SEX}|{DOB}|{ID}|{A}|{R}\n",
            // Dengue.
            "登革热病例报告卡\n患者姓名：{P}\n有效证件号码：{ID}\n出生日期：{DOB}\n现住址：{A}\n发病日期：{D}\n"
                    + "NS1抗原阳性，PLT 38×10^9/L\n报告医生：{DR}\n",
            "登革热流调：{MR}，澳门居民，发病前一周往返{A0}与澳门，住{AM}；同住{F}；澳门手机{M}；调查员{N}\n",
            "Dengue notification to the Macau Health Bureau\nName: {MR}\nBIR: {MID}\nAddress in Macau: {AM}\n"
                    + "Onset: {D}\nNS1 positive, platelets 41 x10^9/L\nReporting doctor: {DR}\n",
            "蚊媒防控入户：{A}，户主{P}，积水容器3处已清除，布雷图指数15；联系电话{MM}\n",
            "[微信 村卫生站群]\n{N}：{PS}婶发烧三日，骨痛，好似骨痛热症\n{DR}：送去镇卫生院抽血查NS1，电话{L}\n"
                    + "{N}：好，佢个仔{F}开车\n",
            "Notificação de dengue\nNome: {E}\nData de nascimento: {DOBP}\nCC n.º {CC}\nMorada em Macau: {AM}\n"
                    + "Telemóvel: {M}\n",
            "社区登革热监测名单\n{P}\t{A0}\t{MM}\n{NT}\t{A0}\t{MM}\n{N}\t{A0}\t{L}\n",
            "Dengue cluster, Lianzhou zone: index case {MR} (BIR {MID}) and household contact {E}; both live at {AH}. "
                    + "Vector control notified.\n",
            // Typhoon injuries.
            "台风天鸽后急诊登记\n1 {P} 玻璃割伤右前臂 清创缝合 {MM}\n2 {MC} 跌倒致左髋痛 X线待排 {M}\n"
                    + "3 {NT} 渔船缆绳勒伤手指 {MM}\n值班医生：{DR}\n",
            "台风山竹过后，{P}清理屋顶时从2米高处跌落，L1压缩性骨折；住{A}；家属{F}，{MM}；住院号{R}\n",
            "Typhoon casualty list (Signal No. 10)\n{MR}, {AGE}, laceration, {M}\n{FP}, {AGE}, fall on wet stairs, {MF}\n"
                    + "{E}, {AGE}, crush injury left hand, {M}\n",
            "[WhatsApp] {FP}: Ma'am, lola fell down during the typhoon, she is at the hospital now. Her BIR is {MID}. "
                    + "Please call me {MF}\n",
            "[语音转文字] 打风打到屋企水浸 我阿爷喺楼梯度跣亲 头流血 我哋喺{AMC} 快啲派车 我电话{MV}\n",
            "Relatório médico\nNome: {E}\nDocumento: {CC}\nDiagnóstico: fractura do rádio distal após queda (tufão)\n"
                    + "Médico: {DR}\nContacto: {M}\n",
            "Portuguese national {E} (CC {CC}) brought in by a colleague, {EG}, after a scooter fall on the wet road "
                    + "during Signal 8; GCS 15; lives at {AM}.\n",
            // Fishing and diving injuries, Tanka families.
            "渔民外伤门诊：{NT}，{AGE}岁，疍家渔民，粤濠渔20317号渔船作业时被鱼钩刺穿左手掌；住{A}；破伤风抗毒素1500U已注射；"
                    + "电话{MM}\n",
            "海上救助转运记录\n伤者：{NT}\n船号：粤濠渔20317\n伤情：右小腿被绞网机绞伤，开放性骨折\n船主：{N}\n"
                    + "家属：{NT}（{KIN}），{MM}\n接收医生：{DR}\n",
            "{NT}之子，8岁，随父出海时被海蜇蜇伤，局部红肿；家住{A0}；联系电话{MM}\n",
            "[语音转文字] 医生 我係{NT} 出海捉鱼 俾鲶鱼刺咗手 肿到好似猪蹄咁 我喺横门渔港 电话{MV}\n",
            "疍家渔民健康档案\n姓名：{NT}\n出生：{DOBL}\n身份证：{ID}\n渔船：粤濠渔20317\n住址：{A}\n健康档案号：{R}\n",
            "减压病会诊：{NT}，潜水捕捞后关节痛，予高压氧治疗；{NT}之女陪同，电话{MM}；会诊{DS}主任\n",
            "{NT}，疍家人，出生{DOBL}，住{A}，海上作业时晕厥；{NT}（{KIN}）代诉；住院号{R}\n",
            "[微信 渔村卫生站]\n{NT}：{DS}医生，阿爸喺船上跌亲，而家喺{A0}\n{DR}：唔好郁佢，我叫120\n",
            "Field note, Tanka fishing village outreach: met {NT} and {NT} at the harbour; both hypertensive, no regular "
                    + "follow-up. Contact via {MM}. Nurse {EG}.\n",
            "{NT}之女，12岁，渔船上烫伤右足；家住{A}；母亲电话{MV}\n",
            "[OCR] 疍 家 渔 民 医 疗 救 助 申 请\n申请人 {PO}\n身份证 {ID}\n银行卡 {B}\n",
            // Domestic helpers' occupational health.
            "外地雇员入职体检报告\nName: {FP}\nPassport No.: {PP}\nDate of birth: {DOBE}\nEmployer: {MR}\n"
                    + "Chest X-ray: normal\nHBsAg negative\nExamined by: {DR}\n",
            "家佣职业健康：{MN}，印尼籍，{AGE}岁，双手接触性皮炎（洗洁精、植物油）；雇主{MC}，住{AM}；雇主电话{M}\n",
            "[WhatsApp] {FP}: Sir {MS}, my back is very painful after carrying lolo. Ate {FG} says I should see the "
                    + "doctor tomorrow. My number {MF}\n",
            "Domestic helper occupational health record\nName: {MN}\nNationality: Indonesian\nPassport: {PP}\n"
                    + "BPJS: {IF}\nHome address: {AF}\nNext of kin: {NI}, {MF}\n",
            "腰扭伤：{FP}（菲律宾籍家佣），搬动卧床老人时扭伤；雇主{MC}（{MR}），{LM}；予双氯芬酸钠外用\n",
            "Occupational injury report\nWorker: {FP}\nPhilHealth: {IF}\nEmployer: {E}\nPlace of employment: {AM}\n"
                    + "Injury: scald, left forearm (10 x 4 cm)\nDate: {D}\n",
            "[语音转文字] {FG}话佢头痛咗两日 我带佢嚟睇医生 我係佢老细{MC} 电话{MV}\n",
            "外劳结核筛查名单\n{MN}, {PP}, IGRA阴性\n{NI}, {PP}, IGRA阳性，转胸科\n{FP}, {PP}, IGRA阴性\n",
            "[WhatsApp group: helpers]\n{FG}: Doc, Mbak {MN} has fever 39, she cannot stand\nDr {ES}: bring her to "
                    + "the clinic, address {AM}\n{FG}: ok po, salamat\n",
            "To whom it may concern: {FP}, holder of passport {PP}, was treated at our clinic on {D} for a work-related "
                    + "scald and is fit to resume light duties. Employer contact: {MQ}, {M}.\n",
            "Remittance and next of kin: {MN}, home {AF}, mother {NI}, {MF}\n",
            "疫苗接种：{FP}，菲律宾籍，乙肝疫苗第2针，批号20240815；护照{PP}；电话{MF}\n",
            "Consent 同意书\nI, {FP}, agree to the procedure explained by Dr {ES}. 本人同意。\nWitness: {MQ}\n",
            "[OCR] PASSPORT\nSurname/Given names {FP}\nPassport No. {PP}\nDate of birth {DOBE}\n",
            "[微信 雇主群]\n{MC}：我屋企工人{FG}出咗红疹，係咪过敏？\n{DR}：{MS}生，带佢嚟莲洲诊所，PhilHealth号码{IF}都带埋\n",
            "[WhatsApp] {FG}: Ma'am {MS}, lola has fever again, maybe dengue, I brought her to the clinic at {AH}. The nurse asked "
                    + "for her BIR {MID}. Call me {MF}\n",
            // WeChat and WhatsApp.
            "[微信 莲洲诊所医患群]\n{MC}：医生，我阿妈嘅覆诊改到边日？\n{DR}：{D}上午，带埋澳门身份证{MID}\n{MC}：收到，唔该\n",
            "[微信 转诊协调群]\n{N}：澳门海星医院转来{MR}，{AGE}岁，房颤\n{DR}：收到，8A-12床，住院号{R}\n"
                    + "{N}：家属{F}，{MM}\n",
            "[微信] {F}：{DS}医生你好，我爸{P}今日血压{BP}，要唔要加药？\n{DR}：加氨氯地平5mg，下周复查\n",
            "[微信 镇卫生院]\n{N}：{FS}姐话佢家婆跌亲\n{DR}：叫佢打{L}\n",
            "[WhatsApp] {E}: Bom dia Dra. {ES}, a minha mãe tem consulta amanhã? O meu número é {M}\n",
            "[WhatsApp] {MQ}: Hi {MG}, this is the clinic. Your mum's blood test is fine. Call {LM} if needed.\n",
            "[微信] {DR}：{MG}，你阿妈今日精神好啲，听日可以出院\n",
            // Cantonese voice notes.
            "[语音转文字] 姑娘 我想问下 我阿爷住喺{AMC} 佢想返中山睇医生 要唔要带回乡证 我电话{MV}\n",
            "[语音转文字] 你好 我想预约 我叫{MC} 澳门身份证号码係{MID} 想睇骨科 电话{MV}\n",
            "[语音转文字] 唔好意思 {PS}生今日冇嚟覆诊 佢话身体唔舒服 你打{MM}搵佢个女{F}\n",
            "[语音转文字] 我係{PK} 喺街市卖鱼嗰个 我老婆{F}成日咳 冇气 住喺{A0} 电话{MV}\n",
            "[语音转文字] 喂 {DS}姑娘呀 我个妈咪喺澳门跌亲 而家转咗去你哋医院 佢叫{MC} 住院号係{R}\n",
            // Bilingual forms.
            "病人资料 Dados do utente\n姓名 Nome：{MC} / {MR}\n出生日期 Data de nascimento：{DOBP}\n"
                    + "身份证明文件 Documento：{MID}\n地址 Morada：{AM}\n电话 Telefone：{M}\n",
            "Ficha de inscrição 登记表\nNome 姓名: {E}\nBIR: {MID}\nMorada 地址: {AMC}\nTelefone 电话: {LM}\n",
            // Tables.
            "姓名,澳门身份证,电话,地址\n{MC},{MID},{M},\"{AM}\"\n{MQ},{MID},{LM},\"{AM}\"\n",
            "name\tpermit\tphone\n{MR}\t{HRP}\t{M}\n{MQ}\t{HRP}\t{MM}\n",
            "| 姓名 | 身份证号 | 医保号 | 住址 |\n|---|---|---|---|\n| {P} | {ID} | {I} | {A} |\n| {N} | {ID} | {I} | {A0} |\n",
            "helper,passport,phone,employer\n\"{FP}\",{PP},{MF},{MQ}\n{MN},{PP},{MF},{MQ}\n",
            "序号|姓名|出生日期|回乡证|联系电话\n1|{MC}|{DOBL}|{HRP}|{M}\n2|{MQ}|{DOB}|{HRP}|{MM}\n",
            "家属联系单：患者{P}，{AGE}岁；长子{F} {MM}；次女{N} {M}（澳门）；地址{A}\n",
            // JSON, FHIR-like and HL7 exports.
            "{\"name\":\"{FP}\",\"passport\":\"{PP}\",\"philhealth\":\"{IF}\",\"dob\":\"{DOBE}\",\"home\":\"{AF}\","
                    + "\"mobile\":\"{MF}\"}\n",
            "{\"姓名\":\"{P}\",\"身份证号\":\"{ID}\",\"医保号\":\"{I}\",\"住址\":\"{A}\",\"紧急联系人\":{\"姓名\":\"{F}\","
                    + "\"电话\":\"{MM}\"}}\n",
            "{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"{MR}\"}],\"identifier\":[{\"system\":\"MO-BIR\","
                    + "\"value\":\"{MID}\"}],\"birthDate\":\"{DOB}\",\"telecom\":[{\"value\":\"{M}\"}],"
                    + "\"address\":[{\"text\":\"{AH}\"}]}\n",
            "{\"paciente\":\"{E}\",\"cc\":\"{CC}\",\"sns\":\"{IP}\",\"nascimento\":\"{DOBP}\",\"morada\":\"{AP}\"}\n",
            "{\"患者\":\"{MC}\",\"葡文名\":\"{MR}\",\"居住证\":\"{IDR}\",\"社保\":\"{IM}\",\"地址\":\"{AH}\"}\n",
            "{\"渔民\":\"{NT}\",\"身份证\":\"{ID}\",\"渔船\":\"粤濠渔20317\",\"住址\":\"{A}\",\"银行卡\":\"{B}\"}\n",
            "PID|1||{R}^^^XSYY^MR~{MID}^^^MO^BIR||{MH}||{DOB}|M|||{AH}||{MM}|||||||{IDR}\n",
            "MSH|^~\\&|XSYY|XSY|HEM|MO|{D}||ADT^A03\nPID|1||{R}^^^XSYY||{MH}||{DOB}|F|||{AM}||{LM}~{M}\n"
                    + "NK1|1|{E}|FRIEND|||{M}\n",
            "MSH|^~\\&|LZKJ|LZ|XSYY|XS|{D}||ORU^R01\nPID|1||{R}||{MH}||{DOB}|M|||{AH}\nOBX|1|NM|PLT||41|10*9/L\n",
            // OCR'd forms.
            "[OCR] 香 山 医 科 大 学 附 属 医 院\n出 院 记 录\n姓 名 {PO}\n住 院 号 {R}\n出 生 日 期 {DOB}\n主 治 医 师 {DO}\n",
            "[OCR] 澳门特别行政区居民身份证\n姓名 {MC}\n{MR}\n出生日期 {DOBP}\n编号 {MID}\n",
            "[OCR] 港澳居民来往内地通行证\n{MC} {MR}\n出生日期 {DOB}\n证件号码 {HRP}\n",
            "[OCR] 镇卫生院门诊处方笺\n姓名 {PO}  年龄 {AGE}\n住址 {A0}\n医师 {DO}\n电话 {L}\n",
            "[OCR] 转 诊 单\n患 者 {PO}\n身 份 证 {ID}\n转 诊 医 生 {DO}\n联 系 电 话 {L}\n",
            "[OCR] Cartão de Cidadão\n{E}\nN.º {CC}\nData de nascimento {DOBP}\n",
            // English and Portuguese letters.
            "Dear Ms {MS},\nYour mother's discharge summary (MRN {R}) has been sent to Hospital Estrela do Mar as "
                    + "requested. Please bring her Home Return Permit {HRP} to the next visit on {D}.\nRegards,\n{EG}, "
                    + "Medical Records Office\n",
            "Exmo. Senhor Dr. {ES},\nEncaminho o doente {MR}, de {AGE} anos, residente em {A0}, com insuficiência "
                    + "cardíaca. BIR n.º {MID}. Contacto da filha: {M}.\nCom os melhores cumprimentos,\n{E}\n",
            "Carta de alta\nDoente: {E}\nData de nascimento: {DOBP}\nProcesso: {R}\nMorada: {AP}\nSNS: {IP}\n"
                    + "Telemóvel: {M}\n",
            "Prezada Sra. {MS},\ninformamos que o resultado da análise de {MG} está disponível. Contacto: {LM}.\n",
            // SMS.
            "【香山医科大学附属医院】{P}您好，您预约的{D}心内科门诊请准时就诊，就诊卡号{R}。如需改约请致电{L}，卫生热线12320\n",
            "【莲洲跨境诊所】{MC}您好，您的检查报告已出，请携带港澳居民来往内地通行证{HRP}领取。查询{L}\n",
            "【镇卫生院】{PS}伯家属您好，请提醒老人{D}回来覆诊，带医保卡{I}\n",
            "【Hospital Estrela do Mar】Sr./Sra. {MS}, a sua consulta foi marcada para {D}. Informações: {LM}\n",
            "【医保局】{P}您好，您的医保号{I}已完成跨境结算备案，报销款将转入{B}\n",
            // Villagers, nicknames, forms of address.
            "护理交班：8A-12床{P}，肺炎，夜间SpO2 93%；家属{F}（{MM}）要求转回澳门；责任护士{DR}，{DS}姑娘已通知社工{N}\n",
            "门诊：{P}（街坊叫佢{PK}），{AGE}岁，卖猪肉，右手刀伤；住{A}；{MM}\n",
            "{PK}（{P}）喺{A0}开茶餐厅，招牌菜係陈皮鸭，痛风发作；家属{F}，{MM}\n",
            "老{PS}，{AGE}岁，种香蕉，黄疸查因；住{A0}；阿{FS}陪同，{MM}\n",
            "{FS}太话佢老公{F}食咗何首乌之后肝功能异常，ALT 486U/L；住{A}；电话{MM}\n",
            "{FS}sir（学校老师）带学生{P}来诊，{AGE}岁，踢波扭伤右踝；家长{F}，{MM}\n",
            "{DS}主任查房：{P}，{AGE}岁，社区获得性肺炎；{PS}伯个女{F}问几时出院，电话{MM}\n",
            "村卫生站日志 {D}\n上午：{P} 量血压{BP}\n{NT} 换药\n下午：{N} 发烧 {TEMP}\n村医：{DR}\n",
            "退休金及医疗报销：{P}，银行卡{B}，身份证{ID}；代办人{F}（{KIN}）\n",
            "流动人口健康登记：{P}，广西来濠岐打工，身份证{ID}，住{A}，电话{MM}；登记人{N}\n");

    /**
     * West-bank villagers, townsfolk, doctors and nurses, Tanka fishermen and mainland commuters: 陈, 梁, 黄, 李, 林, 何
     * first, then the others of the Pearl River delta, the four rare surnames, the commuters' northern names.
     */
    private static final List<String> LOCAL = List.of((""
            + "陈志滔 梁宝珠 黄景祥 李润娇 林亚九 何耀坤 吴少卿 郑炳辉 "
            + "陈灶棠 陈炳燊 陈嘉铧 陈少珍 陈好妹 陈沛霖 陈咏仪 陈焕钿 陈亚娣 陈耀骢 陈翠屏 陈颂恩 陈玉珍 "
            + "梁锦汾 梁炽强 梁惠珊 梁满娣 梁焯鸿 梁佩仪 梁润枝 梁钜森 梁笑娟 梁山 "
            + "黄荫棠 黄碧珊 黄耀坚 黄銮英 黄伟聪 黄杏仪 黄润池 "
            + "李钊明 李淑媚 李添寿 李绮雯 李炳基 李爱珍 "
            + "林锦华 林美娟 林振邦 林凤仪 林树培 "
            + "何灏贤 何美玲 何炳权 何惠芬 何锐坚 何水莲 "
            + "吴桂銮 吴焕华 吴嘉蔚 吴永钊 郑润培 郑少萍 郑家灏 郑银好 冯锦辉 冯丽珍 冯颂贤 "
            + "刘德权 刘秀銮 刘梓滔 杨耀华 杨秀卿 谭炳章 谭玉嫦 谭伟棠 苏木 黎惠霞 黎锦标 黎亚胜 "
            + "苏炳森 苏婉仪 苏带喜 卢灿坤 卢润娣 萧亚妹 萧锦源 麦冬 麦九妹 麦志坚 麦少芬 阮国钧 阮好彩 "
            + "郭水生 郭有娣 冼水带 冼伯勤 麦田 甘锦成 容焯明 容婉芬 "
            + "禤国坤 禤丽嫦 招炳南 招玉莲 植润生 植桂芳 湛秀英 湛启明 "
            + "王浩楠 张雅琪 赵一骁 周子墨 孙可馨 邓俊彦 韦柳清 覃秋燕"
            ).strip().split(" "));
    /** Macau residents: Chinese name|SURNAME|Given name, in the Macau Cantonese romanisation. */
    static final List<String> MACAU = List.of("陈嘉蔚|CHAN|Ka Wai", "梁少莉|LEONG|Sio Lei", "黄绮雯|WONG|I Man",
            "李国豪|LEI|Kuok Hou", "林咏诗|LAM|Weng Si", "何锦辉|HO|Kam Fai", "吴志坚|NG|Chi Kin",
            "郑宝莹|CHEANG|Pou Ieng", "冯颖琛|FONG|Weng Sam", "刘德钧|LAO|Tak Kuan", "杨美琪|IEONG|Mei Kei",
            "谭家乐|TAM|Ka Lok", "黎玉嫦|LAI|Iok Seong", "麦永康|MAK|Weng Hong", "卢慧仪|LOU|Wai I",
            "区嘉俊|AU|Ka Chon", "邝美华|KONG|Mei Wa", "容少强|IONG|Sio Keong", "甘丽卿|KAM|Lai Heng",
            "苏锦荣|SOU|Kam Weng", "钟咏恩|CHONG|Weng Ian", "周伟豪|CHAO|Wai Hou", "叶绮华|IP|I Wa",
            "崔家宝|CHOI|Ka Pou", "罗碧霞|LO|Pek Ha", "朱汉明|CHU|Hon Meng", "余秀娥|U|Sau Ngo",
            "袁家聪|UN|Ka Chong", "潘美玲|PUN|Mei Leng", "萧少珍|SIO|Sio Chan", "曾振业|CHANG|Chan Ip",
            "许丽珠|HOI|Lai Chu", "何婉莹|HO|Un Ieng", "梁国耀|LEONG|Kuok Io", "陈凯滢|CHAN|Hoi Ieng",
            "邓淑贞|TANG|Sok Cheng", "刘宝仪|LAO|Pou I");
    /** Every Chinese name: the west bank's people, then the Macau residents' Chinese names. */
    static final List<String> CHINESE = Stream.concat(LOCAL.stream(), MACAU.stream().map(e -> e.split("\\|")[0]))
            .toList();
    /** Tanka (疍家) fishing families of the estuary. */
    static final List<String> TANKA = List.of("郭水生", "郭有娣", "冼水带", "麦九妹", "梁满娣", "黎亚胜", "何水莲",
            "苏带喜", "萧亚妹", "陈亚娣");
    /**
     * Rare Cantonese surnames the first generator never writes: 禤 (Huen), 招 (Chiu), 植 (Chik), 湛 (Cham). Earlier blind
     * groups gave them to other people (hardly a rare surname is left that none did); the names here are new.
     */
    static final String RARE_SURNAMES = "禤招植湛";
    /** Pool names that are also ordinary words: a mountain of Shandong, sappan wood, a wheat field, a herb (Ophiopogon). */
    static final List<String> WORD_LIKE = List.of("梁山", "苏木", "麦田", "麦冬");
    /** Indonesian domestic helpers (Javanese single names and two-part names), labelled whole. */
    static final List<String> MINORITY = List.of("Sulastri", "Partini", "Kasmini", "Muryani Wulandari", "Tukinah",
            "Rukiyah Hasanah", "Sri Murtini", "Eka Yuliana", "Dewi Anggraeni", "Siti Romlah", "Nining Sumarni",
            "Yuyun Wahyuningsih", "Endang Susilowati", "Kustini", "Parsinah", "Wagiyem");
    /** Macanese families and Portuguese nationals, given|family. */
    static final List<String> LUSO = List.of("Filomena|Remédios", "Aurélio|Rosário", "Henrique|Sousa",
            "Natércia|Ozório", "Custódio|Airosa", "Adélia|Noronha", "Amândio|Carion", "Zélia|Nolasco",
            "Abílio|Gracias", "Hermínia|Batalha", "Leonor|Colaço", "Gonçalo|Magalhães", "Benedita|Meireles",
            "Lourenço|Bettencourt", "Graça|Cerqueira", "Baltazar|Quintela", "Perpétua|Sampaio");
    /** Filipino domestic helpers (and one driver), given|family. */
    static final List<String> FILIPINO = List.of("Luzviminda|Lumibao", "Maricris|Bagsic", "Jennelyn|Manuntag",
            "Jovelyn|Dinglasan", "Lorelie|Catacutan", "Cherrylyn|Tabudlo", "Charito|Lagasca", "Divina|Macatangay",
            "Nenita|Cabatingan", "Leonila|Bunagan", "Jerson|Sangalang");
    static final List<String> ENGLISH = Stream.concat(LUSO.stream(), FILIPINO.stream()).toList();
    /** The Portuguese Christian names Macau's Chinese Catholics carry before their Chinese name. */
    static final List<String> CHRISTIAN = List.of("Maria", "José", "António", "Ana", "Paulo", "Teresa", "Francisco",
            "Rosa", "Luís", "Helena");
    /** Cantonese nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("肥佬锦", "大只炳", "高佬坤", "四眼添", "牛精辉", "豆皮华", "靓仔雄",
            "烧腊荣");

    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Zhongshan, Xiangzhou and Doumen county of Zhuhai,
     * Pengjiang and Jianghai of Jiangmen, Taishan, Xinhui (city), Kaiping, Heshan, Enping, Shunde (city).
     */
    private static final List<String> LEGACY_AREA = List.of("442000", "440402", "440421", "440703", "440704",
            "440781", "440782", "440783", "440784", "440785", "440681");
    /** Codes created after 1999: Doumen and Jinwan districts (2001), Xinhui and Shunde districts (2002). */
    static final List<String> NEW_AREA = List.of("440403", "440404", "440705", "440606");
    private static final List<String> AREA = Stream.concat(LEGACY_AREA.stream(), NEW_AREA.stream()).toList();
    /** The code of Macau residents' residence permits on the mainland. */
    static final String MACAU_PERMIT_AREA = "820000";
    private static final List<String> BANK_BINS = List.of("621226", "621661", "623501", "625821", "622406");
    private static final List<String> TOWNSHIPS = List.of("YM", "BJ", "SW", "NL");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> MESES = List.of("Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho",
            "Julho", "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    /** City|districts and towns|roads|estates. */
    private static final List<String> CITY = List.of(
            "中山市|石岐街道,东区街道,坦洲镇|孙文中路,兴中道,界狮南路|碧海豪庭,星晨花园,金港湾",
            "珠海市|香洲区,斗门区,金湾区|迎宾南路,九洲大道,白蕉路|海湾花园,翠湖苑",
            "濠岐市|金斗区,前山湾区|濠岐大道,石门路,岐关东路|海韵豪庭,濠景花园",
            "江门市|新会区,蓬江区|会城中心路,建设二路|冈州花园,江景苑");
    /** City and district|towns|villages. */
    private static final List<String> VILLAGES = List.of(
            "中山市|南朗镇,三乡镇|崖口村,泮沙村",
            "珠海市斗门区|白蕉镇,乾务镇|昭信村,灯笼村",
            "江门市新会区|崖门镇,双水镇|京背村,沙路村",
            "濠岐市金斗区|沙尾镇|沙尾村,鸡笼村");
    /** Tanka fishing villages. */
    private static final List<String> FISHING = List.of("江门市新会区崖门镇渔业新村", "中山市民众街道横门渔业村",
            "濠岐市金斗区沙尾镇疍家新村", "珠海市斗门区白蕉镇渔业新村");
    private static final List<String> MACAU_STREETS = List.of("Avenida de Horta e Costa", "Rua de Cinco de Outubro",
            "Avenida do Almirante Lacerda", "Travessa do Pagode", "Estrada do Repouso", "Rua dos Pescadores",
            "Rua do Regedor");
    private static final List<String> MACAU_BUILDINGS = List.of("Flor de Lótus", "Vista Marítima", "Primavera",
            "Jardim do Oceano", "Mar Azul");
    private static final List<String> MACAU_STREETS_ZH = List.of("高士德大马路", "十月初五日街", "提督马路", "黑沙环新街",
            "罗神父街", "沙梨头海边街", "筷子基北街", "美副将大马路", "氹仔地堡街");
    private static final List<String> MACAU_BUILDINGS_ZH = List.of("明珠大厦", "荷花大厦", "海景花园", "金丽大厦",
            "南湾苑");

    private Blind41Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_41 || !templates.isEmpty() && BLIND_41.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Indonesian helper (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** The record's Macau resident: the same for the same patient and helper, so that its forms agree in a record. */
    static String[] recordMacau(String[] people) {
        return MACAU.get(Math.floorMod((people[0] + "|" + people[3]).hashCode(), MACAU.size())).split("\\|");
    }

    /** The Christian name the record's Macau resident carries (NL). */
    static String recordChristian(String[] people) {
        return CHRISTIAN.get(Math.floorMod((people[3] + "|" + people[0]).hashCode(), CHRISTIAN.size()));
    }

    /** CHAN as Chan. */
    static String title(String surname) {
        return surname.charAt(0) + surname.substring(1).toLowerCase();
    }

    /** The four romanised forms of a Macau entry: CHAN Ka Wai, Chan Ka Wai, CHAN KA WAI, Ka Wai Chan. */
    static List<String> romanised(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[1] + " " + p[2], title(p[1]) + " " + p[2], (p[1] + " " + p[2]).toUpperCase(),
                p[2] + " " + title(p[1]));
    }

    /** The HL7 forms: CHAN^KA WAI, Chan^Ka Wai. */
    static List<String> hl7(String entry) {
        String[] p = entry.split("\\|");
        return List.of(p[1] + "^" + p[2].toUpperCase(), title(p[1]) + "^" + p[2]);
    }

    /** With a Christian name: Maria Chan Ka Wai, CHAN KA WAI MARIA. */
    static List<String> withChristian(String entry, String christian) {
        String[] p = entry.split("\\|");
        return List.of(christian + " " + title(p[1]) + " " + p[2],
                (p[1] + " " + p[2] + " " + christian).toUpperCase());
    }

    /** A Filipino helper's name: Nenita Cabatingan, CABATINGAN, Nenita, Nenita D. Cabatingan, NENITA CABATINGAN. */
    static String filipinoName(String entry, RandomGenerator r) {
        String g = given(entry), f = family(entry);
        return switch (r.nextInt(5)) {
            case 0 -> f.toUpperCase() + ", " + g;
            case 1 -> g + " " + (char) ('A' + r.nextInt(26)) + ". " + f;
            case 2 -> (g + " " + f).toUpperCase();
            default -> g + " " + f;
        };
    }

    /** A name as OCR reads it off a form (see {@link PoolNameForms#scannedName}). */
    static String scannedName(String name, RandomGenerator r) {
        return PoolNameForms.scannedName(name, r);
    }

    /** Whether a value is a Chinese pool name as OCR breaks it. */
    static boolean isScannedName(String w) {
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(w.replaceAll("[ \n\u3000]", ""));
    }

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** A mainland resident ID: 18 characters (born 1935 to 2006), or 15 digits on a code of its time (born 1935 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 35, 50, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1935, 72, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A Macau resident's residence permit on the mainland: 820000, born 1935 to 2005, plain or 6-8-4 by blanks. */
    static String permitNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(MACAU_PERMIT_AREA, 1935, 71, r);
        return r.nextInt(4) == 0 ? id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14) : id;
    }

    /** The Macau resident identity card: 1/234567/8, 1234567(8), 51234567. */
    static String macauId(RandomGenerator r) {
        String n = "157".charAt(r.nextInt(3)) + digits(6, r);
        String check = digits(1, r);
        return switch (r.nextInt(4)) {
            case 0, 1 -> n.charAt(0) + "/" + n.substring(1) + "/" + check;
            case 2 -> n + "(" + check + ")";
            default -> n + check;
        };
    }

    /** The Home Return Permit: M12345678, or the older M1234567801 with its renewal count. */
    static String homeReturnPermit(RandomGenerator r) {
        return r.nextInt(4) == 0 ? "M" + digits(8, r) + String.format("%02d", r.nextInt(6)) : "M" + digits(8, r);
    }

    /** A helper's passport: Philippine P1234567A or EC1234567, Indonesian C1234567. */
    static String passport(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> "P" + digits(7, r) + (char) ('A' + r.nextInt(26));
            case 1 -> "E" + "BC".charAt(r.nextInt(2)) + digits(7, r);
            default -> "ABCX".charAt(r.nextInt(4)) + digits(7, r);
        };
    }

    /** The Portuguese Cartão de Cidadão, 12345678 9 ZX4, or a Portuguese passport, CB123456. */
    static String portugueseId(RandomGenerator r) {
        if (r.nextInt(3) == 0) return "C" + (char) ('A' + r.nextInt(26)) + digits(6, r);
        return digits(8, r) + " " + digits(1, r) + " " + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26))
                + digits(1, r);
    }

    private static String macauMobileDigits(RandomGenerator r) {
        return "6" + "23568".charAt(r.nextInt(5)) + digits(6, r);
    }

    /** A Macau mobile: +853 6612 3456, 66123456, 6612 3456, (853) 66123456, 00853-66123456. */
    static String macauMobile(RandomGenerator r) {
        String n = macauMobileDigits(r);
        String spaced = n.substring(0, 4) + " " + n.substring(4);
        return switch (r.nextInt(6)) {
            case 0, 1 -> "+853 " + spaced;
            case 2 -> spaced;
            case 3 -> "(853) " + n;
            case 4 -> "00853-" + n;
            default -> n;
        };
    }

    /** A Macau fixed line: 2855 1234, 28551234, +853 2855 1234. */
    static String macauLandline(RandomGenerator r) {
        String n = "28" + digits(6, r);
        return switch (r.nextInt(3)) {
            case 0 -> n.substring(0, 4) + " " + n.substring(4);
            case 1 -> "+853 " + n.substring(0, 4) + " " + n.substring(4);
            default -> n;
        };
    }

    private static String mainlandMobileDigits(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
    }

    /** A mainland mobile: plain, 3-4-4 by blanks or hyphens, +86 plain or grouped. */
    static String mainlandMobile(RandomGenerator r) {
        String n = mainlandMobileDigits(r);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86 " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            default -> n;
        };
    }

    /**
     * A mainland landline: eight local digits on 0760 (Zhongshan) and 0757 (Foshan), seven on 0756 (Zhuhai) and 0750
     * (Jiangmen): 0760-88123456, (0756)2123456, 0760 8812 3456, 0760-88123456转806, +86 760 88123456.
     */
    static String landline(RandomGenerator r) {
        String area = pick(List.of("0760", "0760", "0756", "0750", "0757"), r);
        boolean eight = area.equals("0760") || area.equals("0757");
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

    /** A helper's phone: +63 917 123 4567, 09171234567, 0917 123 4567, +62 812-3456-7890, 0812 3456 7890. */
    static String helperMobile(RandomGenerator r) {
        if (r.nextBoolean()) {
            String n = "9" + pick(List.of("17", "18", "27", "47", "56", "95"), r) + digits(7, r);
            return switch (r.nextInt(3)) {
                case 0 -> "+63 " + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
                case 1 -> "0" + n;
                default -> "0" + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            };
        }
        String n = "8" + pick(List.of("12", "13", "21", "52", "57", "77"), r) + digits(8, r);
        return r.nextBoolean() ? "+62 " + n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7)
                : "0" + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
    }

    /** A mobile said aloud in Cantonese: Chinese numerals, 零 for nought; Macau 4-4 or mainland 3-4-4, by blanks, commas or run on. */
    static String spokenMobile(RandomGenerator r) {
        boolean macau = r.nextBoolean();
        String n = macau ? macauMobileDigits(r) : mainlandMobileDigits(r);
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        String sep = switch (r.nextInt(3)) {
            case 0 -> " ";
            case 1 -> "，";
            default -> "";
        };
        return macau ? s.substring(0, 4) + sep + s.substring(4)
                : s.substring(0, 3) + sep + s.substring(3, 7) + sep + s.substring(7);
    }

    /**
     * XSY24031876 (inpatient), XSMZ243187654 (outpatient), LZ-24-03187 (cross-border clinic), P/24/031876 (Macau
     * partner hospital's processo), BJ-2024-0318 (township centres), a 17-digit health-archive number on an area code.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> "XSY" + (year % 100) + digits(6, r);
            case 1 -> "XSMZ" + (year % 100) + digits(7, r);
            case 2 -> "LZ-" + (year % 100) + "-" + digits(5, r);
            case 3 -> "P/" + (year % 100) + "/" + digits(6, r);
            case 4 -> pick(TOWNSHIPS, r) + "-" + year + "-" + digits(4, r);
            default -> pick(AREA, r) + digits(11, r);
        };
    }

    /** Mainland medical insurance: YB4420, YB4404, YB4407 with ten digits; the cooperation zone's LZYB with eight. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0, 1 -> "YB4420" + digits(10, r);
            case 2 -> "YB4404" + digits(10, r);
            case 3 -> "YB4407" + digits(10, r);
            default -> "LZYB" + digits(8, r);
        };
    }

    /** Macau: the social security fund's FSS-12345678, a private policy MO24-1234567. */
    static String macauInsurance(RandomGenerator r) {
        return r.nextInt(3) == 0 ? "MO" + (16 + r.nextInt(10)) + "-" + digits(7, r) : "FSS-" + digits(8, r);
    }

    /** A helper's home insurance: PhilHealth 12-345678901-2 or BPJS Kesehatan 0001234567890. */
    static String helperInsurance(RandomGenerator r) {
        return r.nextBoolean() ? digits(2, r) + "-" + digits(9, r) + "-" + digits(1, r) : "000" + digits(10, r);
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

    /** A flat: 中山市坦洲镇界狮南路38号碧海豪庭5座1203房; {@code partial} stops at the town or the road. */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(CITY, r));
        String base = (withProvince ? "广东省" : "") + t[0] + one(t[1], r);
        if (partial) return r.nextBoolean() ? base : base + one(t[2], r);
        return base + one(t[2], r) + (1 + r.nextInt(300)) + "号" + one(t[3], r) + (1 + r.nextInt(12))
                + (r.nextBoolean() ? "座" : "栋") + (1 + r.nextInt(30)) + "0" + (1 + r.nextInt(6)) + "房";
    }

    /** A village lane: 珠海市斗门区白蕉镇昭信村北坊3巷7号; {@code partial} stops at the town or the village. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(VILLAGES, r));
        String base = (withProvince ? "广东省" : "") + t[0] + one(t[1], r);
        if (partial) return r.nextBoolean() ? base : base + one(t[2], r);
        return base + one(t[2], r) + pick(List.of("大街", "北坊", "西坊", "新村"), r) + (1 + r.nextInt(9)) + "巷"
                + (1 + r.nextInt(40)) + "号";
    }

    /** A Tanka fishing village: 江门市新会区崖门镇渔业新村12栋3号. */
    static String fishingVillage(boolean withProvince, RandomGenerator r) {
        String base = (withProvince ? "广东省" : "") + pick(FISHING, r);
        return r.nextBoolean() ? base + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(12)) + "号"
                : base + (1 + r.nextInt(120)) + "号";
    }

    /** A mainland address: a flat, a village lane or a fishing village; {@code partial} stops early. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        int k = r.nextInt(10);
        if (k < 5) return flat(withProvince, partial, r);
        if (k < 8 || partial) return village(withProvince, partial, r);
        return fishingVillage(withProvince, r);
    }

    /**
     * A Macau address in Portuguese (Rua de Cinco de Outubro, n.º 45, Edifício Mar Azul, 8.º andar C, Macau) or, with
     * {@code chinese}, in Chinese (澳门高士德大马路45号明珠大厦8楼C座).
     */
    static String macauAddress(boolean chinese, RandomGenerator r) {
        int n = 1 + r.nextInt(200), floor = 1 + r.nextInt(25);
        char flat = "ABCDEFGH".charAt(r.nextInt(8));
        if (chinese) {
            String street = pick(MACAU_STREETS_ZH, r);
            String city = street.startsWith("氹仔") ? "澳门" : r.nextBoolean() ? "澳门" : "";
            return city + street + n + "号" + pick(MACAU_BUILDINGS_ZH, r)
                    + (r.nextInt(5) == 0 ? "地下" : floor + "楼" + flat + "座");
        }
        String street = pick(MACAU_STREETS, r);
        String number = r.nextBoolean() ? ", n.º " + n : " " + n;
        String building = (r.nextBoolean() ? ", Edifício " : ", Edf. ") + pick(MACAU_BUILDINGS, r);
        String storey = switch (r.nextInt(4)) {
            case 0 -> ", r/c " + flat;
            case 1 -> ", " + floor + " andar " + flat;
            default -> ", " + floor + ".º andar " + flat;
        };
        String city = street.equals("Rua do Regedor") ? ", Taipa" : r.nextBoolean() ? ", Macau" : "";
        return street + number + building + storey + city;
    }

    /** The cooperation zone's estate: 广东省濠岐市莲洲粤澳合作区环岛东路88号澳门新邨3座1502室. */
    static String zoneAddress(RandomGenerator r) {
        String base = pick(List.of("", "濠岐市", "广东省濠岐市"), r) + "莲洲粤澳合作区";
        if (r.nextInt(5) == 0) return base + "澳门新邨" + (1 + r.nextInt(27)) + "座";
        return base + pick(List.of("环岛东路", "莲洲大道", "濠江路"), r) + (1 + r.nextInt(300)) + "号澳门新邨"
                + (1 + r.nextInt(27)) + "座" + (2 + r.nextInt(30)) + "0" + (1 + r.nextInt(8)) + "室";
    }

    /** A helper's home: a Philippine barangay or an Indonesian village. */
    static String helperHome(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "Purok " + (1 + r.nextInt(7)) + ", Brgy. San Isidro, Bauang, La Union";
            case 1 -> "Blk " + (1 + r.nextInt(40)) + " Lot " + (1 + r.nextInt(30)) + ", Brgy. Malanday, Marikina City";
            case 2 -> "Dusun Krajan RT 0" + (1 + r.nextInt(9)) + "/RW 0" + (1 + r.nextInt(9))
                    + ", Desa Sumberrejo, Kec. Kedungadem, Kab. Bojonegoro, Jawa Timur";
            default -> "Jl. Melati No. " + (1 + r.nextInt(90)) + ", Desa Karangrejo, Kec. Sampung, Kab. Ponorogo";
        };
    }

    /** An address in Portugal: Rua Almirante Reis, 45, 3.º Esq., 1150-012 Lisboa. */
    static String portugalAddress(RandomGenerator r) {
        int n = 1 + r.nextInt(200), floor = 1 + r.nextInt(6);
        String side = r.nextBoolean() ? "Esq." : "Dto.";
        return r.nextBoolean()
                ? "Rua Almirante Reis, " + n + ", " + floor + ".º " + side + ", 1150-0" + digits(2, r) + " Lisboa"
                : "Rua de Cedofeita, " + n + ", " + floor + ".º " + side + ", 4050-1" + digits(2, r) + " Porto";
    }

    /** 1951年3月5日, 1951-03-05, 1951.03.05, 1951/3/5, 一九五一年三月五日, 19510305; born 1930 to 2006. */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(77), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> String.format("%d.%02d.%02d", y, m, d);
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** As Macau and Portugal write it: 05/03/1951, 5/3/1951, 05-03-1951, 5 de Março de 1951. */
    static String portugueseBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(77), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d/%02d/%d", d, m, y);
            case 1 -> d + "/" + m + "/" + y;
            case 2 -> String.format("%02d-%02d-%d", d, m, y);
            default -> d + " de " + MESES.get(m - 1) + " de " + y;
        };
    }

    /** As English forms and passports write it: 5 March 1951, 05 Mar 1951, March 5, 1951, 05-MAR-1951. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1950 + r.nextInt(56), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> String.format("%02d %s %d", d, month.substring(0, 3), y);
            case 2 -> month + " " + d + ", " + y;
            default -> String.format("%02d-%s-%d", d, month.substring(0, 3).toUpperCase(), y);
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

    /** A lunar date of birth, 1925 to 1990: 农历1951年八月十五, 旧历五一年八月十五, 阴历一九五一年八月十五. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(66), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(r.nextInt(12)) + "月";
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + month + lunarDay(d);
            case 1 -> "旧历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
            default -> "阴历" + IdentifierForms.chineseYear(y) + "年" + month + lunarDay(d);
        };
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NT" -> out.write(pick(TANKA, random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "DO" -> out.write(scannedName(people[2], random), EntityKind.NAME);
            case "MC" -> out.write(recordMacau(people)[0], EntityKind.NAME);
            case "MR" -> out.write(pick(romanised(String.join("|", recordMacau(people))), random), EntityKind.NAME);
            case "MH" -> out.write(pick(hl7(String.join("|", recordMacau(people))), random), EntityKind.NAME);
            case "NL" -> out.write(pick(withChristian(String.join("|", recordMacau(people)), recordChristian(people)),
                    random), EntityKind.NAME);
            case "MS" -> out.write(title(recordMacau(people)[1]), EntityKind.NAME);
            case "MG" -> out.write(recordMacau(people)[2], EntityKind.NAME);
            case "MQ" -> out.write(pick(romanised(pick(MACAU, random)), random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(LUSO, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(LUSO, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(LUSO, random)), EntityKind.NAME);
            case "FP" -> out.write(filipinoName(pick(FILIPINO, random), random), EntityKind.NAME);
            case "FG" -> out.write(given(pick(FILIPINO, random)), EntityKind.NAME);
            case "NI" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDR" -> out.write(permitNumber(random), EntityKind.ID_NUMBER);
            case "MID" -> out.write(macauId(random), EntityKind.ID_NUMBER);
            case "HRP" -> out.write(homeReturnPermit(random), EntityKind.ID_NUMBER);
            case "PP" -> out.write(passport(random), EntityKind.ID_NUMBER);
            case "CC" -> out.write(portugueseId(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(macauMobile(random), EntityKind.PHONE);
            case "LM" -> out.write(macauLandline(random), EntityKind.PHONE);
            case "MM" -> out.write(mainlandMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "MF" -> out.write(helperMobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IM" -> out.write(macauInsurance(random), EntityKind.INSURANCE);
            case "IF" -> out.write(helperInsurance(random), EntityKind.INSURANCE);
            case "IP" -> out.write(digits(9, random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) == 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AM" -> out.write(macauAddress(random.nextBoolean(), random), EntityKind.ADDRESS);
            case "AMC" -> out.write(macauAddress(true, random), EntityKind.ADDRESS);
            case "AH" -> out.write(zoneAddress(random), EntityKind.ADDRESS);
            case "AF" -> out.write(helperHome(random), EntityKind.ADDRESS);
            case "AP" -> out.write(portugalAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBP" -> out.write(portugueseBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
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
                || MACAU.stream().map(Blind41Templates::split).anyMatch(p -> title(p[1]).equals(w) || p[2].equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Chinese name for a Macau resident's romanised, HL7 or
     * Christian-name form, the joined name for an OCR'd one, Given Family for a Filipino helper's form), or null when the
     * value (a surname, a given name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : MACAU) {
            String zh = e.substring(0, e.indexOf('|'));
            if (romanised(e).contains(w) || hl7(e).contains(w)) return zh;
            for (String c : CHRISTIAN) {
                if (withChristian(e, c).contains(w)) return zh;
            }
        }
        for (String e : LUSO) {
            if (e.replace('|', ' ').equals(w)) return w;
        }
        for (String e : FILIPINO) {
            String g = given(e), f = family(e);
            if (w.equals(g + " " + f) || w.equals(f.toUpperCase() + ", " + g) || w.equals((g + " " + f).toUpperCase())
                    || w.matches(java.util.regex.Pattern.quote(g) + " [A-Z]\\. " + java.util.regex.Pattern.quote(f))) {
                return g + " " + f;
            }
        }
        return null;
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

    /** Every written form of the Macau residents (romanised and HL7), the Macanese, Portuguese and Filipinos, in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : MACAU) {
            out.addAll(romanised(e));
            out.addAll(hl7(e));
        }
        for (String e : ENGLISH) out.add(e.replace('|', ' '));
        return out;
    }

    /** The Macau romanised surnames, as written alone (Chan) and in capitals (CHAN). */
    static List<String> macauSurnames() {
        return MACAU.stream().map(e -> split(e)[1]).flatMap(s -> Stream.of(s, title(s))).distinct().toList();
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
}

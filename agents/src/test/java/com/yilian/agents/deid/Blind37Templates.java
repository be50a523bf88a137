package com.yilian.agents.deid;

import java.math.BigInteger;
import java.text.Normalizer;
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
 * Thirty-seventh blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_37}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of the overseas-Chinese hometowns (侨乡) of
 * southern Zhejiang, led by the fictional tertiary 瓯江医科大学附属第一医院 in the fictional city of 瓯源市 (between
 * Wenzhou and Lishui, districts 鹤城区 and 莲湖区), with the county hospitals of three fictional counties modelled on
 * Qingtian (青岙县, 青岙县人民医院), Wencheng (文溪县, with the She township 樟坑畲族镇) and Ruian (瑞川市), township
 * health centres, village clinics, and the small-commodity market town 鹿川镇 with its shoe-factory cluster and the
 * Arab and African traders of its 国际商贸城. The people: Wenzhounese and Qingtian families, many living in or
 * returning from Italy (Prato, Florence, Milan, Rome), Spain (Madrid, Barcelona), France (Paris, Aubervilliers), the
 * Netherlands and Austria, with Italian, Spanish, French, Dutch and Austrian spouses and in-laws; children born in
 * Europe with a Chinese and a European name, left behind with grandparents; left-behind elderly; She (畲族) villagers;
 * Yemeni, Syrian, Somali, Malian, Senegalese and Nigerian traders; shoe-factory workers from Guizhou, Jiangxi, Anhui,
 * Henan and Chongqing. The genres: medical records translated for returnees (Italian, Spanish, French, Dutch and
 * German originals), 侨胞 health cards, home visits to left-behind elderly, chronic-disease follow-up by video call from
 * Europe, occupational screening for shoe-glue solvents (benzene, n-hexane), pharmacy mail-order of medicines to Europe,
 * insurance claims (domestic insurance, travel-medical policies, European cards), WeChat family groups mixing Chinese
 * and Italian, voice notes in Wenzhounese (个 for 的, 望望, 吃爻, 娒儿, 阿娘), SMS, HL7 v2 segments and FHIR-like
 * JSON, OCR'd scans of translations with blanks between characters, CSV, pipe, tab and markdown tables, and English,
 * Italian, Spanish and French passages (about a seventh of the templates mostly in Latin script).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives at home and abroad, spouses
 * and in-laws, children, doctors, translators, village doctors, workers and their mates, traders, in every position
 * (after a role word, at the start of a chat line, in table cells, CSV fields, JSON values, HL7 fields, European
 * prose). A surname in a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, and
 * the Wenzhounese X伯 (an elderly man), X姆 (an elderly woman), X师傅, X老板, X医生, X主任; the Wenzhounese 阿X, the
 * last character of the given name after 阿 ({@code PA}: 阿蕊 of 陈秀蕊), labels that character only, 阿 outside. A given
 * name used alone ({@code PG}) labels the given name. A Wenzhounese nickname ({@code PK}: 阿碎, 大头娒, 老鸭, 乌猫) names a
 * person and is labelled whole. She villagers ({@code MN}, {@code NS}) have ordinary Chinese full names of the She
 * surnames (蓝, 雷, 钟), labelled whole. A returnee ({@code Q}) is also written as European papers write him or her
 * ({@code QL}: ZHOU Biyun, Zhou Biyun, Biyun Zhou, ZHOU BIYUN; {@code QH}: ZHOU^BIYUN in HL7), labelled whole; a
 * child born in Europe ({@code C}) is also written by the European given name and the family name ({@code CL}: Samuele
 * Zhou, ZHOU Samuele), labelled whole. European spouses, in-laws, doctors and social workers ({@code E}, {@code E2})
 * are labelled whole, a family name alone ({@code ES}) and a given name alone ({@code EG}) too, and in HL7
 * ({@code EH}: PECCHIOLI^LOREDANA) whole; Dr, Dott.ssa, Mme, Sig.ra stay outside. A trader is labelled whole in Latin
 * ({@code AR}) and in Chinese transliteration ({@code ARC}). A child known as a parent's child (X之子, X之女) labels the
 * parent. Kin words and titles alone are not names: 阿爸, 阿娘 (grandmother), 阿爷, 阿太, 娒儿 (child), 囡儿, 老板 alone,
 * nonna, suocera, figlio, mamá; nor are Wenzhounese words (个, 望望, 吃爻, 快显). An OCR'd name ({@code PO},
 * {@code DO}, {@code MO}) broken by a line break, a blank after the surname, or a blank or ideographic blank between
 * every character is one span, the break inside it.
 *
 * <p>Identifiers, all labelled: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on
 * area codes of Wenzhou 3303 and Lishui 3311, and the pre-2000 Lishui prefecture codes 3325 that Qingtian and Jingning
 * people still carry; plain, with a lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth
 * date on codes of their time; {@code IDW}: shoe-factory workers' numbers of Guizhou, Jiangxi, Anhui, Henan and
 * Chongqing). A person's foreign and travel identifiers are labelled {@link EntityKind#ID_NUMBER}: the Chinese passport
 * ({@code PP}: E12345678, EH1234567), the Italian codice fiscale ({@code CF}: 16 characters with its check letter,
 * derived from the record's returnee and the Belfiore code Z210 for China), the Spanish NIE ({@code NIE}: X1234567L,
 * X-1234567-L, with its check letter) and the Dutch BSN ({@code BSN}: nine digits passing the eleven test, plain or
 * 1234.56.789). A person's health-insurance numbers are labelled {@link EntityKind#INSURANCE}: domestic ({@code I}:
 * WZYB and LSYB with ten digits, the overseas-Chinese travel-medical policy ZHQB with year and eight digits), the
 * French numéro de sécurité sociale ({@code IN}: 15 digits with its key, born abroad 99 216, grouped or plain) and the
 * Italian tessera sanitaria card number ({@code IT}: 20 digits from 80380). Phones ({@code M}: Chinese mobiles, plain,
 * 3-4-4 by blanks or hyphens, +86 or 0086; {@code MV}: a mobile said aloud in Chinese numerals; {@code L}: Wenzhou 0577
 * with eight digits and Lishui 0578 with seven, (0577)88123456, 0577 8812 3456, +86 577 88123456; {@code MI}: European
 * mobiles of Italy, Spain, France, the Netherlands and Austria, with +39, 0039 or none; {@code LE}: European landlines
 * of Prato, Florence, Milan, Rome, Madrid, Barcelona, Paris, Amsterdam, Rotterdam and Vienna). Addresses ({@code A}:
 * villages of the three counties by 乡/镇/街道, 村, 组 and 号, flats in 瓯源市 (N幢N单元N室); {@code A0}: stopping at the
 * township, village or road; {@code AF}: a shoe-factory dormitory, a market-town shop or the traders' apartments of
 * 鹿川镇; {@code AE}: European addresses, Via Pistoiese 212, 59100 Prato (PO), Calle del Labrador 14, 2º B, 28005
 * Madrid, 23 rue de Belleville, 75019 Paris, Zeedijk 104-2, 1012 BB Amsterdam, Praterstraße 33/12, 1020 Wien).
 * Records ({@code R}: inpatient OJ24031876, outpatient card OJMZ24031876, county hospitals QTRY-24-03187 (QTRY, WXRY,
 * RCRY), the 侨胞 health card QBK331121-00318, 17-digit health-archive numbers on an area code). Bank accounts
 * ({@code B}: Chinese cards, 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks or hyphens;
 * {@code IB}: Italian, Spanish, French and Dutch IBANs with valid check digits, plain or in fours by blanks). Dates of
 * birth ({@code DOB}: 1958年3月5日, 1958-03-05, 1958.3.5, 1958/3/5, 一九五八年三月五日, 58年3月5号; {@code DOBE}: European,
 * 05/03/1958, 05.03.1958, 05-03-1958, 5 marzo 1958, 5 de marzo de 1958, 5 mars 1958, 5 March 1958; {@code DOBL}: lunar,
 * 农历戊子年八月廿三, 农历1948年八月廿三, 老历戊子年八月廿三; {@code DOBH}: HL7 19580305; {@code DOBI}: FHIR 1958-03-05;
 * {@code NB}: a child's, 2005 to 2024: 2014年3月5日, 05/03/2014, 2014-03-05). Not labelled: visit dates, ages, lab and
 * exposure values (WBC, benzene in mg/m³, urinary t,t-MA, 2,5-hexanedione, HbA1c, eGFR), drug names and doses,
 * occupational-exam numbers (ZYTJ…), waybills, message ids, invoice amounts, OIDs, hotlines (12320, 12345), plates,
 * facility names, places alone (普拉托, 米兰, 马德里, 巴黎, 维也纳, Prato alone in prose is never written), kin words and
 * titles, dialect words, and words beginning with a pool surname (留守, 留观, 麻醉, 金额, 叶酸, 周一, 陈旧性, 黄疸, 林业站;
 * all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind36Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of the 侨乡 would look: 陈 first, then 林, 王, 黄, 张, 李, 周, 叶, 吴, 郑, 金, 徐, 胡, 潘, a few
 * inland workers' names, and Qingtian and Wenzhou surnames the first generator does not write ({@link #RARE_SURNAMES}: 留, 麻,
 * 池, 缪), with word-like names ({@link #WORD_LIKE}). {@link #RETURNEES} are Chinese pool names with the pinyin of their
 * European papers; {@link #KIDS} Chinese pool names of children born in Europe with their European given names;
 * {@link #MINORITY} She villagers; {@link #NICKNAMES} Wenzhounese nicknames; {@link #ENGLISH} Europeans (Italian,
 * Spanish, Basque, French, Dutch, Austrian); {@link #TRADERS} traders in Latin and in Chinese transliteration. Own
 * slots: {@code N}, a further Chinese name; {@code NS}, a further She villager; {@code Q}, {@code QL}, {@code QH}, the
 * record's returnee; {@code C}, {@code CL}, the record's European-born child; {@code AR}, {@code ARC}; {@code EH};
 * {@code PA}; {@code PK}; {@code PO}, {@code DO}, {@code MO}; and the identifier slots above. Any non-empty subset of
 * {@link #BLIND_37} uses these pools (see {@link #uses}).
 */
final class Blind37Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270107L;

    static final List<String> BLIND_37 = List.of(
            // Medical records translated for returnees.
            "病历翻译件（意译中）\n原件：Azienda USL Toscana Centro 出院小结\n患者：{QL}（中文名{Q}）\n出生日期：{DOBE}\n"
                    + "意大利税号：{CF}\n诊断：2型糖尿病，糖尿病肾病3期\n译者：{N}  校对：{DR}\n",
            "Lettera di dimissione (traduzione allegata)\nPaziente: {QL}\nNata il: {DOBE}\nCodice fiscale: {CF}\n"
                    + "Residenza: {AE}\nMedico curante: Dott.ssa {ES}\nTel. {LE}\n",
            "翻译说明：{Q}在西班牙马德里就诊，NIE号{NIE}，当地病历未附；现住{AE}；回国后到瓯江医科大学附属第一医院内分泌科复诊，"
                    + "住院号{R}\n",
            "法文出院记录译文\n姓名：{QL}\n出生：{DOBE}\n社会保障号（numéro de sécurité sociale）：{IN}\n地址：{AE}\n"
                    + "诊断：乙型肝炎后肝硬化（代偿期）\n翻译：{N}\n",
            "荷兰家庭医生转诊信摘译：患者{Q}（{QL}），BSN {BSN}，出生{DOBE}，荷兰住址{AE}，电话{MI}；建议回国后胃镜复查\n",
            "奥地利维也纳化验单翻译：{QL}，出生{DOBE}，糖化血红蛋白8.1%，估算肾小球滤过率52；家庭医生（Hausarzt）Dr. {ES}，电话{LE}\n",
            "Referto tradotto dal cinese\nPaziente: {Q} ({QL})\nPassaporto: {PP}\nData di nascita: {DOBE}\n"
                    + "Diagnosi: carcinoma gastrico, stadio IIA\nReparto: Chirurgia generale, Primo Ospedale Affiliato\n",
            "翻译件与原件一致声明：兹证明所附意大利语病历系{Q}本人（护照号{PP}，意大利税号{CF}）之病历翻译件。翻译人：{N}，"
                    + "电话{M}\n",
            "西班牙语处方翻译：患者（paciente）{QL}，二甲双胍850毫克每12小时一次；患者现住{AE}，外国人身份号NIE {NIE}；翻译{N}\n",
            "病历翻译申请\n申请人：{F}（患者{KIN}）\n患者：{Q}\n回国日期：{D}\n欧洲住址：{AE}\n联系电话：{MI}\n",
            // Health cards of the overseas Chinese.
            "瓯源市侨胞健康服务卡\n姓名：{Q}  性别：{SEX}\n出生日期：{DOB}\n侨居国：意大利\n健康卡号：{R}\n"
                    + "国内联系人：{F}（{KIN}）{M}\n海外电话：{MI}\n",
            "侨胞健康卡办理登记|{Q}|{QL}|{PP}|{DOB}|{AE}|{MI}\n",
            "侨胞健康档案：{Q}，{AGE}岁，侨居西班牙，NIE {NIE}，国内户籍{A}，医保{I}；签约医生{DR}\n",
            "{\"卡别\":\"侨胞健康卡\",\"姓名\":\"{Q}\",\"外文名\":\"{QL}\",\"护照号\":\"{PP}\",\"出生日期\":\"{DOB}\","
                    + "\"国内住址\":\"{A}\",\"侨居地址\":\"{AE}\"}\n",
            "侨胞回国就医绿色通道：{Q}于{D}回国，持侨胞健康卡（{R}）挂{DEPT}；陪同{F}，{M}\n",
            "侨胞健康卡（中英文）\n持卡人 Holder：{QL}\n出生日期 DOB：{DOBE}\n卡号：{R}\n国内紧急联系人：{F}，{M}\n",
            // Left-behind elderly.
            "留守老人入户随访记录\n老人：{P}（{PS}伯），{AGE}岁，独居\n住址：{A}\n子女：{F}，现居意大利普拉托，电话{MI}\n"
                    + "血压{BP}，药物余量足\n随访医生：{DR}\n",
            "入户随访：{P}，大家喊{PS}姆，今年{AGE}岁，儿子媳妇都在西班牙，孙子{C}在家读书；头晕一周，血压{BP}；住{A0}；"
                    + "随访{DR}\n",
            "[语音转文字] 医生你好 我是{A0}个{P} 屋里娒儿都在意大利 我阿娘血压又高了 你帮忙来望望 电话{MV}\n",
            "留守老人慢病随访表|{P}|{SEX}|{AGE}|高血压|氨氯地平5mg qd|子女在法国|{MI}|{DR}\n",
            "家庭医生上门：{P}（村里人叫{PK}），{AGE}岁，跌倒后左髋痛，拟转瓯江医科大学附属第一医院；女儿{F}在荷兰，电话{MI}；"
                    + "村医{N}\n",
            "孤寡留守老人名册\n1 {P} {DOB} {A0}\n2 {N} {DOB} {A0}\n3 {MN} {DOBL} {A0}\n登记：{DR}\n",
            "老{PS}，{AGE}岁，老伴去世，儿子{F}在奥地利维也纳开餐馆（{LE}），小{FS}每年春节回来一趟；药由村卫生室代配\n",
            "{P}今年{AGE}岁，屋里人喊她阿{PA}，一个人住{A}；空腹血糖8.9mmol/L；随访护士{DR}\n",
            "Visita domiciliare (nota per la famiglia in Italia): la nonna {P}, {AGE} anni, sta bene; pressione {BP}. "
                    + "Contattare il figlio {F} al {MI}.\n",
            "护理记录：{P}，胆囊切除术后第1天，{PG}诉刀口痛，予布洛芬；家属{F}，电话{M}；责任护士{DR}\n",
            "{P}住院期间，同病房的都喊他{PG}；家属{F}从巴黎回来陪护，电话{MI}；主管{DS}医生\n",
            "留守老人体检：{P}，{DOBL}生，住{A}，叶酸片、阿司匹林在吃；女儿{F}在米兰，{LE}；体检医生{DR}\n",
            // Chronic disease follow-up by video call.
            "视频随访（微信视频，对方在意大利普拉托）\n患者：{Q}\n时差：7小时\n自述空腹血糖7.2mmol/L\n当地家庭医生：Dr. {ES}\n"
                    + "下次视频：{D}\n随访医生：{DR}\n",
            "远程复诊记录：{Q}（{QL}）在西班牙巴塞罗那，视频中见双下肢水肿；嘱当地急诊；当地电话{MI}；国内联系人{F}，{M}\n",
            "[微信视频随访] {DR}：{Q}，今天那边几点？\n{Q}：早上七点，我住{AE}\n{DR}：血压多少？\n{Q}：145/90\n",
            "Video follow-up note: {QL} (Paris), hypertension, on amlodipine 5 mg. Home BP 138/86. French GP Dr {ES}, "
                    + "tel {LE}. Next call {D}.\n",
            "远程心电监测：{Q}，护照{PP}，欧洲电话{MI}，上传心电图示房颤，心室率110次/分；建议当地急诊；随访{DR}\n",
            "慢病视频随访登记表\n姓名,侨居地,电话,随访日期\n{Q},Wien,{MI},{D}\n{N},Madrid,{MI},{D}\n",
            "视频问诊知情同意：本人{Q}同意通过视频接受{DR}医生随访；见证人{E}（配偶）；日期{D}\n",
            "[语音转文字] {DS}医生 我是{Q} 在意大利 血糖还是高 药快吃爻了 你帮我开点寄过来 国内号码{MV}\n",
            // Occupational screening in the shoe cluster.
            "职业健康检查表（接触苯、正己烷）\n姓名：{P}  身份证号：{IDW}\n工种：刷胶工  接毒工龄：6年\n"
                    + "企业：瑞川市宏达鞋业有限公司\n血常规：WBC 3.2×10^9/L，PLT 96×10^9/L\n体检编号：ZYTJ2024-0318\n"
                    + "主检医师：{DR}\n",
            "鞋厂工人职业病筛查|{P}|{IDW}|刷胶|尿反-反式粘糠酸 0.32mg/g肌酐|{M}|{AF}\n",
            "疑似职业性慢性苯中毒报告：{P}，{AGE}岁，{IDW}，外省务工人员，住{AF}；车间空气苯 2.1mg/m³；报告医生{DR}\n",
            "正己烷周围神经病随访：{P}，{SEX}，{AGE}岁，双下肢麻木，尿2,5-己二酮 4.6mg/L；工友{N}陪同；电话{M}；暂住{AF}\n",
            "[微信 鞋厂工友群]\n{N}：{PS}师傅今天又头晕，脸色白\n{P}：没事，老毛病\n{N}：去医院查血，老板说报销，电话{M}\n",
            "鹿川鞋业集群职业筛查名单\n{P} | {IDW} | 刷胶 | 白细胞3.4\n{N} | {IDW} | 裁断 | 白细胞5.8\n主检：{DR}\n",
            "工伤认定申请：{P}，身份证{IDW}，{D}在鞋厂被冲床压伤右手，工友{N}送医；住院号{R}；老家贵州纳雍；暂住{AF}；"
                    + "赔偿款账户{B}\n",
            "{\"工人\":\"{P}\",\"身份证\":\"{IDW}\",\"企业\":\"宏达鞋业\",\"车间苯浓度\":1.8,\"白细胞\":3.1,"
                    + "\"宿舍\":\"{AF}\",\"电话\":\"{M}\"}\n",
            "[语音转文字] 医生 我是鞋厂个{P} 江西来个 手脚麻 刷胶刷了五年 宿舍在{AF} 电话{MV}\n",
            "离岗职业健康检查：{P}，{IDW}，接苯7年，血常规正常；建议继续随访；联系人{F}（{KIN}），{M}\n",
            // Pharmacy mail-order to Europe.
            "药品邮寄单（国际快递）\n寄件人：{F}  电话：{M}\n收件人：{QL}\n收件地址：{AE}\n收件电话：{MI}\n"
                    + "内件：二甲双胍缓释片 0.5g×60片（自用）\n运单号：EMS EA123456789CN\n",
            "处方外寄登记|{Q}|{R}|苯磺酸氨氯地平5mg×90|收件{AE}|{MI}|经办{N}\n",
            "药房留言：{Q}的{KIN}{F}来取药，要寄到西班牙，地址{AE}，当地NIE {NIE}，海关要处方复印件\n",
            "个人自用药品申报（寄往欧洲）\n收件人 Consignee：{QL}\n收件地址：{AE}\n电话：{MI}\n护照号：{PP}\n开方医生：{DR}\n",
            "[微信 药房代寄群]\n{F}：我阿爸的药寄去意大利，地址{AE}\n{N}：收到，收件人写{QL}？\n{F}：对，电话{MI}\n",
            "退款通知：药品被海关退回，药费原路退回至{B}，持卡人{F}；金额368.00元\n",
            // Insurance claims.
            "境外医疗费用报销申请\n参保人：{Q}\n身份证号：{ID}\n医保号：{I}\n就诊地：意大利佛罗伦萨\n发票金额：EUR 1,280.00\n"
                    + "收款账户：{B}\n",
            "商业保险理赔：被保险人{Q}，保单号{I}，出险地法国巴黎，法国社保号{IN}，理赔款转入{IB}\n",
            "理赔资料清单|{Q}|{ID}|{I}|意大利医疗卡{IT}|{IB}\n",
            "境外旅行医疗险理赔申请表\n被保险人：{QL}\n护照号：{PP}\n保单号：{I}\n收款账户IBAN：{IB}\n当地主治医生：Dr {ES}\n",
            "意大利医疗卡复印件：持卡人{QL}，Tessera sanitaria卡号{IT}，有效期至2027年；国内联系人{F}，{M}\n",
            "理赔回访：{F}称其{KIN}{Q}在西班牙住院，西班牙医保卡号未提供，NIE {NIE}；国内账户{B}\n",
            "大病保险赔付通知：{P}，医保号{I}，赔付12,836.40元，已转入{B}\n",
            "Nota spese mediche (per il rimborso)\nAssistito: {QL}\nCodice fiscale: {CF}\nTessera sanitaria: {IT}\n"
                    + "IBAN: {IB}\n",
            // WeChat family groups, Chinese and Italian.
            "[微信 家人群]\n{F}：阿娘今日去医院了没\n{N}：去了，{DR}医生讲血压还好\n{E}：Come sta la nonna?\n"
                    + "{F}：Sta bene, grazie\n",
            "[微信 家人群]\n{Q}：妈，{C}发烧了，这边医生讲是influenza\n{F}：带去给Dr. {ES}望望\n{Q}：明天约了，诊所电话{LE}\n",
            "[微信 普拉托老乡群]\n{N}：有人认识会讲中文的医生吗\n{F}：ASL那边有个翻译叫{N}，电话{MI}\n",
            "[微信 家人群]\n{E}：Ciao a tutti, {CL} ha la febbre\n{Q}：囡儿药吃了没\n{E}：sì, tachipirina 250\n"
                    + "{F}：发烧两天了就去看医生，医保卡带好，莫拖\n",
            "[微信 留守老人关爱群]\n{DR}：{PS}姆今天量血压{BP}\n{F}：多谢医生，我在西班牙，电话{MI}\n{DR}：小{FS}放心，药够吃\n",
            "[微信 家人群]\n{F}：阿爷住院了，住院号{R}\n{Q}：我订了{D}的机票\n{F}：护照{PP}带好\n",
            "[微信 家人群]\n{F}：阿{PA}今日血压几多？\n{P}：132/80，好个\n{F}：药莫忘记吃\n",
            "[微信 鹿川商贸城群]\n{AR}：{PS}老板，我的货到了吗\n{P}：到了，在{AF}\n{AR}：ok 明天去拿\n",
            "[微信 家人群]\n{E}：{EG} dice che la suocera deve rifare le analisi\n{F}：好，我明天带阿娘去医院，跟{DS}医生讲，"
                    + "号码是{L}\n",
            // HL7 and FHIR-like exports.
            "MSH|^~\\&|OJFY-HIS|OJFY|QB-PLATFORM|OYWJW|20240312101500||ADT^A04|MSG00318|P|2.5\n"
                    + "PID|1||{R}^^^OJFY^MR~{ID}^^^CHN^NNCHN||{QH}||{DOBH}|F|||{AE}||{MI}\nNK1|1|{EH}|SPO|||{LE}\n",
            "PID|1||{R}^^^QTRY^MR||{QH}||{DOBH}|M|||{A}||{M}\nNK1|1|{EH}|SPO|{AE}|{MI}\n",
            "PID|1||{R}^^^RCRY^MR~{PP}^^^CHN^PPN||{QH}||{DOBH}|F\nPV1|1|O|ENDO^^^OJFY||||{DR}\n",
            "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:oid:2.16.840.1.113883.2.9.4.3.2\","
                    + "\"value\":\"{CF}\"},{\"system\":\"OJFY-MRN\",\"value\":\"{R}\"}],\"name\":[{\"text\":\"{QL}\"},"
                    + "{\"text\":\"{Q}\"}],\"birthDate\":\"{DOBI}\",\"telecom\":[{\"value\":\"{MI}\"}]}\n",
            "{\"resourceType\":\"RelatedPerson\",\"patient\":\"Patient/{R}\",\"name\":\"{E}\",\"relationship\":\"spouse\","
                    + "\"address\":\"{AE}\",\"phone\":\"{MI}\"}\n",
            "{\"患者姓名\":\"{P}\",\"身份证号\":\"{ID}\",\"住址\":\"{A}\",\"联系电话\":\"{L}\",\"出生日期\":\"{DOBI}\","
                    + "\"来源\":\"区域健康平台\"}\n",
            "PID|1||{R}^^^WXRY^MR~{ID}^^^CHN^NNCHN||{QH}||{DOBH}|M\nNK1|1|{EH}|SPO\nOBX|1|NM|718-7^Hemoglobin^LN||98|g/L|115-150|L\n",
            "{\"resourceType\":\"Coverage\",\"beneficiary\":\"{QL}\",\"subscriberId\":\"{IN}\",\"payor\":\"CPAM\","
                    + "\"address\":\"{AE}\"}\n",
            // OCR'd scans.
            "[OCR] 病 历 翻 译 件\n姓 名 {PO}\n出 生 日 期 {DOB}\n意 大 利 税 号 {CF}\n译 者 {DO}\n",
            "[OCR] Carta d'identità (traduzione)\nCognome e nome {QL}\nNata in Cina il {DOBE}\nResidenza {AE}\n",
            "[OCR] 医 保 报 销 单\n参保人 {PO}\n医保号 {I}\n银行账号 {B}\n经办 {DO}\n",
            "[OCR] 出 院 记 录\n患者 {PO}  性别 {SEX}\n住院号 {R}\n家属 {F} 电话 {M}\n",
            "[OCR] 畲 族 老 人 健 康 档 案\n姓名 {MO}\n出生 {DOBL}\n住址 {A}\n档案号 {R}\n",
            "[OCR] Attestation de droits (traduction)\nNom : {QL}\nNuméro de sécurité sociale : {IN}\nAdresse : {AE}\n",
            "[OCR] 职 业 健 康 检 查 结 论\n姓名 {PO}\n身份证 {IDW}\n主检 {DO}\n",
            // Traders of the market town.
            "外籍商户门诊：{AR}（也门籍），{AGE}岁，在鹿川镇做箱包生意，店铺{AF}；发热咳嗽；翻译{N}；电话{M}\n",
            "外国商人健康体检：{ARC}（{AR}），护照号见原件，住{AF}，糖化血红蛋白7.9%；电话{M}\n",
            "鹿川镇卫生院外籍门诊：{AR}，{AGE}岁，马里商人，疟疾快速检测阴性；翻译{N}；电话{M}；店铺{AF}\n",
            "[微信] {ARC}：医生，我朋友{AR}肚子痛，在{AF}\n{DR}：来鹿川镇卫生院，电话{L}\n",
            "外籍人员传染病报告卡：{AR}，{SEX}，国籍尼日利亚，现住{AF}，恶性疟；报告医生{DR}\n",
            "斋月期间血糖管理：{ARC}，2型糖尿病，白天禁食，调整胰岛素；电话{M}；医生{DR}\n",
            // She villagers.
            "畲族村巡诊（{A0}）：{MN}，{AGE}岁，高血压；{NS}，{AGE}岁，关节痛；讲畲话，由村医{N}翻译；医生{DR}\n",
            "畲乡老人体检名单|{MN}|{DOBL}|{A}|{M}\n",
            "[语音转文字] 三月三那日义诊 {NS}跟{NS}都来测血糖了 樟坑畲族镇卫生院{DR}医生讲都还好 我是村医{N}\n",
            "畲族孕产妇随访：{MN}，孕30周，丈夫{NS}，电话{M}，住{A}\n",
            "[语音转文字] 我是畲族村樟坑个{NS} 我阿娘{MN}跌倒了 脚肿起来了 快显来 电话{MV}\n",
            "She village visit (volunteer notes): {MN}, aged {AGE}, lives alone in {A0}; grandson {NS} works in a shoe "
                    + "factory. Volunteer: {E}\n",
            // Voice notes in Wenzhounese.
            "[语音转文字] 喂 {DS}医生啊 我是{P}个囡儿 我阿爸药吃爻了 我在西班牙 号码{MI}\n",
            "[语音转文字] 我是{F} 打给{P} 阿{PA}你药吃了没 医生讲{D}要去复查 我号码{MV}\n",
            "[语音转文字] {FS}伯 你孙儿{C}疫苗打了没 卫生院讲{D}补种 有事打{L}\n",
            // SMS.
            "【瓯江医科大学附属第一医院】{P}您好，您预约的{D}内分泌科视频复诊已成功，就诊卡号{R}。咨询热线12320\n",
            "【瓯源市医保局】{P}您好，医保号{I}的境外就医费用报销已到账，请查收{B}\n",
            "【青岙县侨联】{Q}您好，侨胞健康卡{R}已办结，请回国后到青岙县人民医院领取。咨询热线12345\n",
            "【鹿川镇卫生院】{P}，您的职业健康检查结果已出，请携身份证{IDW}领取\n",
            "【文溪县人民医院】{MN}家属您好，请于{D}陪老人复查，电话{L}\n",
            // Tables.
            "| 姓名 | 护照号 | 欧洲电话 | 侨居地址 |\n|---|---|---|---|\n| {Q} | {PP} | {MI} | {AE} |\n"
                    + "| {N} | {PP} | {MI} | {AE} |\n",
            "姓名\t身份证号\t医保号\t银行卡\n{P}\t{ID}\t{I}\t{B}\n{F}\t{ID}\t{I}\t{B}\n",
            "Nominativo;Codice fiscale;Data di nascita;Telefono\n{QL};{CF};{DOBE};{MI}\n",
            "家属联系表\n关系,姓名,所在国,电话\n女儿,{F},意大利,{MI}\n女婿,{E},意大利,{MI}\n外孙,{CL},意大利,{MI}\n",
            "回国侨胞体检汇总|{Q}|{SEX}|{DOB}|{ID}|{R}\n",
            // English and other European passages.
            "Referral letter\nDear Dr {ES},\nI am referring {QL}, born {DOBE}, resident at {AE}, for follow-up of "
                    + "hepatitis B. She returns to Europe on {D}. Tel. {MI}.\nKind regards,\n{DR}\n",
            "Discharge summary (translated for the GP in Amsterdam)\nPatient: {QL}\nBSN: {BSN}\nMRN: {R}\n"
                    + "Diagnosis: NSTEMI, PCI to LAD\n",
            "Dear {EG}, your mother-in-law {P} was seen today at the village clinic; BP {BP}. Please call me at {L}. "
                    + "{DR}\n",
            "Gentile {EG}, la visita di controllo di {QL} e' fissata per il {D}. Cordiali saluti, {DR}\n",
            "Informe traducido: paciente {QL}, NIE {NIE}, domicilio {AE}, teléfono {MI}\n",
            "境外出生儿童补种名单\n{CL}（{C}），出生{NB}，母亲{QL}\n电话{MI}\n",
            "Huisarts brief (vertaald): mevrouw {QL}, BSN {BSN}, geboren {DOBE}, adres {AE}, telefoon {MI}\n",
            // Children born in Europe, left behind with their grandparents.
            "{Q}之女{C}，{NB}生于意大利，回国随外公外婆生活（留守儿童），补种疫苗；外婆{F}，{M}\n",
            "留守儿童健康检查：{C}（意大利名{CL}），出生{NB}，在{A0}读小学；父母{Q}在普拉托；监护人{F}，{M}\n",
            "儿童保健：{C}，出生{NB}，护照{PP}，随{KIN}{F}回国过暑假；住{A}\n",
            "{F}之子{C}，{NB}生，在巴黎出生，回国后哮喘发作，留观一晚；家长电话{MI}\n",
            // Wards, handovers and notes.
            "交班：3床{P}，陈旧性心梗，{PG}夜里睡得差；家属{F}在马德里，{MI}；值班{DR}\n",
            "术前谈话：患者{P}，麻醉科会诊；家属{F}（{KIN}）从维也纳赶回，电话{LE}；{DS}主任主刀\n",
            "出院小结：{P}，{SEX}，出生{DOB}，住院号{R}，诊断：黄疸待查；出院后联系{F}，{M}\n",
            "病案首页：姓名{P} 出生{DOB} 户籍{A} 医保{I} 身份证{ID}\n",
            "急诊：{P}，{AGE}岁，鞋厂宿舍煤气中毒，住{AF}；同事{N}送来，电话{M}；救护车浙K·2Q318\n",
            "转诊单\n转出：青岙县人民医院\n患者：{P}  出生：{DOB}\n身份证：{ID}\n县医院住院号：{R}\n"
                    + "转入：瓯江医科大学附属第一医院心内科\n转诊医生：{DR}  电话：{L}\n",
            "{\"姓名\":\"{P}\",\"绰号\":\"{PK}\",\"语音留号\":\"{MV}\",\"住址\":\"{A}\",\"出生\":\"{DOB}\"}\n",
            "村卫生室：{PK}（{P}）又来量血压，金额5元；林业站的{N}陪来；电话{M}\n",
            "[OCR] 门 诊 病 历\n姓名 {PO}\n医师 {DO}\n出生 {DOB}\n电话 {L}\n",
            "周一随访名单：{P}（{A0}）、{N}（{A0}）、{MN}（{A0}）；随访医生{DR}\n");

    // 陈 first, then the other surnames of the 侨乡, inland workers' names, four rare Qingtian and Wenzhou surnames,
    // and the word-like names; returnees' and European-born children's Chinese names belong to this pool.
    static final List<String> CHINESE = List.of((""
            + "陈秀蕊 陈锡通 陈碎花 陈岩松 陈益品 陈丽珠 陈伟炯 陈爱芝 陈瓯生 陈乐侨 陈铠乐 陈素钿 陈寿岩 "
            + "林星聚 林彩凤 林锡友 林银娥 林启溪 林岙生 林可萦 林佩琼 林崇寿 "
            + "王锡寿 王月仙 王进瓯 王素钏 王克侨 王晞悦 王桂珍 王银钗 "
            + "黄锡卿 黄碎蕊 黄瑞堂 黄秀弟 黄爱侨 "
            + "张仙菊 张锡岳 张益勤 张素钦 "
            + "李岳群 李碎芬 李南侨 李素蓉 "
            + "周芝瑛 周侨生 周伟驰 周敏侬 周碧云 周思澜 周详 "
            + "叶松青 叶寿岩 叶丽君 叶素仙 叶侨英 叶建岳 叶碧霞 叶诗琪 叶笛 "
            + "吴瓯平 吴秀钗 吴益栋 吴雅芬 吴钰涵 "
            + "郑碎妹 郑岳良 郑慧芬 郑益栋 郑亦凡 "
            + "金爱凤 金宝钏 金益中 金素钗 金乐瑶 黄岩 "
            + "徐岳定 徐丽钦 徐仕侨 徐崇岳 徐沐晴 "
            + "胡佩莲 胡锦海 胡晓蔚 胡子谦 "
            + "潘碧莲 潘崇侨 潘伟炯 潘宇哲 "
            + "朱岩仙 朱岩松 杨碎玉 季爱琴 季松岳 邱素蓉 邱瑞钗 项德銮 项碎弟 夏银钗 夏岳林 "
            + "杨德富 刘长江 罗小芬 付红琼 陶秀芹 黎光芹 冉启芬 "
            + "留德岩 留秀蕊 留建侨 留思侨 麻丽钦 麻岳生 池锦涛 池秀云 缪佩芬 缪雅琴"
            ).strip().split(" "));
    /** Regional surnames the first generator does not write: 留 (Qingtian), 麻 (Lishui and Wenzhou), 池 and 缪 (Ruian). */
    static final String RARE_SURNAMES = "留麻池缪";
    /** Pool names that are also ordinary words: in detail, a Taizhou district, a leaf whistle. */
    static final List<String> WORD_LIKE = List.of("周详", "黄岩", "叶笛");
    /** Inland shoe-factory workers (Guizhou, Jiangxi, Anhui, Henan, Chongqing). */
    static final List<String> WORKERS = List.of("杨德富", "刘长江", "罗小芬", "付红琼", "陶秀芹", "黎光芹", "冉启芬");
    /** Returnees: the Chinese name|the family name as European papers write it|the given name in pinyin|sex. */
    static final List<String> RETURNEES = List.of("周碧云|ZHOU|Biyun|F", "叶建岳|YE|Jianyue|M", "陈秀蕊|CHEN|Xiurui|F",
            "林锡友|LIN|Xiyou|M", "胡晓蔚|HU|Xiaowei|F", "徐崇岳|XU|Chongyue|M", "金素钗|JIN|Suchai|F",
            "郑益栋|ZHENG|Yidong|M", "王月仙|WANG|Yuexian|F", "潘伟炯|PAN|Weijiong|M", "吴雅芬|WU|Yafen|F",
            "留德岩|LIU|Deyan|M", "麻丽钦|MA|Liqin|F", "池锦涛|CHI|Jintao|M", "缪佩芬|MIAO|Peifen|F",
            "黄瑞堂|HUANG|Ruitang|M", "张仙菊|ZHANG|Xianju|F", "李南侨|LI|Nanqiao|M", "夏银钗|XIA|Yinchai|F",
            "季爱琴|JI|Aiqin|F", "朱岩松|ZHU|Yansong|M", "项德銮|XIANG|Deluan|M", "邱素蓉|QIU|Surong|F",
            "叶碧霞|YE|Bixia|F");
    /** Children born in Europe: the Chinese name|the European given name|the family name|sex. */
    static final List<String> KIDS = List.of("周思澜|Samuele|ZHOU|M", "叶诗琪|Ginevra|YE|F", "陈铠乐|Tommaso|CHEN|M",
            "林可萦|Tecla|LIN|F", "胡子谦|Aritz|HU|M", "金乐瑶|Aitana|JIN|F", "徐沐晴|Maëlys|XU|F",
            "郑亦凡|Timéo|ZHENG|M", "王晞悦|Lieke|WANG|F", "潘宇哲|Bram|PAN|M", "吴钰涵|Viola|WU|F",
            "留思侨|Valentin|LIU|M");
    /** She villagers of the Wencheng-like and Jingning-like hills: the She surnames 蓝, 雷, 钟. */
    static final List<String> MINORITY = List.of("蓝仙妹", "蓝水娇", "蓝春弟", "蓝岭生", "蓝樟妹", "蓝木生", "雷细妹",
            "雷樟富", "雷竹青", "雷根旺", "雷田妹", "雷秀娥", "雷石养", "钟石岩", "钟银花", "钟莲妹", "钟凤娇", "钟茶花",
            "钟岳仔", "钟土妹");
    /** Wenzhounese nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("阿碎", "大头娒", "阿豆娒", "细妹头", "老鸭", "阿宝娒", "碎囡",
            "乌猫");
    /** Europeans, given|family: Italian, Spanish and Basque, French, Dutch, Austrian. */
    static final List<String> ENGLISH = List.of("Loredana|Pecchioli", "Gianmarco|Sbraci", "Lorenza|Ciampolini",
            "Arnaldo|Guasti", "Donatella|Magnolfi", "Fiorenzo|Bettazzi", "Garazi|Ugarteburu", "Rocío|Valdepeñas",
            "Abelardo|Quintanilla", "Maite|Urrutia", "Aurélien|Vautrin", "Solène|Mercadier", "Bérénice|Lhermitte",
            "Marieke|Scheepmaker", "Ruurd|Verschuren", "Jorien|Zwanenburg", "Engelbert|Pichlmayr", "Roswitha|Grubhofer");
    /** Traders of the market town: the name in Latin|in Chinese transliteration. */
    static final List<String> TRADERS = List.of("Anwar Shamsan|安瓦尔", "Ghaleb Qassab|加勒布",
            "Hisham Saadeh|希沙姆", "Seydou Traoré|赛杜", "Ogbonnaya Obiefuna|奥贡纳亚", "Lamine Sakho|拉明",
            "Idrissa Konaté|伊德里萨", "Fares Al-Mekhlafi|法雷斯", "Abdirahman Warsame|阿卜迪拉赫曼",
            "Nasser Bouzid|纳赛尔");

    /**
     * Codes in use before 2000, when 15-digit numbers were issued: Lucheng, Longwan, Ouhai, Yongjia, Pingyang, Cangnan,
     * Wencheng, Taishun, Ruian and Yueqing of Wenzhou; the county-level Lishui city, Qingtian, Jinyun and Jingning of
     * the former Lishui prefecture (3325).
     */
    private static final List<String> LEGACY_AREA = List.of("330302", "330303", "330304", "330324", "330326",
            "330327", "330328", "330329", "330381", "330382", "332501", "332522", "332526", "332529");
    /** Codes for 18-digit numbers: the legacy codes and those of Lishui city since 2000 (Liandu, Qingtian, Jinyun, Jingning) and Dongtou 2015. */
    private static final List<String> AREA = Stream.concat(Stream.of("331102", "331121", "331122", "331127", "330305"),
            LEGACY_AREA.stream()).toList();
    /** Inland workers' codes: Nayong (Guizhou), Yongfeng (Jiangxi), Linquan (Anhui), Shangshui (Henan), Yunyang (Chongqing). */
    private static final List<String> WORKER_AREA = List.of("522426", "362425", "341221", "412723", "500235");
    private static final List<String> BANK_BINS = List.of("621226", "622908", "621661", "623059", "622262");
    private static final List<String> COUNTY_CODES = List.of("QTRY", "WXRY", "RCRY");
    /** County|townships|villages of the three counties. */
    private static final List<String> VILLAGES = List.of(
            "青岙县|方岙乡,仁岭镇,阜岙乡,船埠镇|油竹村,龙岙村,樟岭村,下湾村",
            "文溪县|玉岭镇,樟坑畲族镇,峃岭镇|东坑村,上垟村,让川村,樟坑村",
            "瑞川市|汀川街道,塘岙街道,陶山镇|上河村,塘岙村,沙洲村");
    /** City|districts|roads|estates. */
    private static final List<String> CITY = List.of(
            "瓯源市|鹤城区,莲湖区|江滨路,侨联路,解放街,望江东路|侨乡花园,华侨新村,瓯江名苑");
    /** Italy, Spain, France, the Netherlands, Austria: street|postcode and town|country. */
    private static final List<String> EUROPE = List.of(
            "Via Pistoiese|59100 Prato (PO)|Italia", "Via Filzi|59100 Prato (PO)|Italia",
            "Via Galcianese|59100 Prato (PO)|Italia", "Via Palazzuolo|50123 Firenze|Italia",
            "Via Paolo Sarpi|20154 Milano|Italia", "Via Principe Eugenio|00185 Roma|Italia",
            "Calle del Labrador|28005 Madrid|España", "Calle de la Oca|28025 Madrid|España",
            "Carrer de Trafalgar|08010 Barcelona|España",
            "rue de Belleville|75019 Paris|France", "avenue d'Ivry|75013 Paris|France",
            "rue du Moutier|93300 Aubervilliers|France",
            "Zeedijk|1012 BB Amsterdam|Nederland", "West-Kruiskade|3014 AS Rotterdam|Nederland",
            "Praterstraße|1020 Wien|Österreich", "Mariahilfer Straße|1070 Wien|Österreich");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    static final List<String> ITALIAN_MONTHS = List.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
            "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre");
    static final List<String> SPANISH_MONTHS = List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre");
    static final List<String> FRENCH_MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre");
    static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    /** The codice fiscale month letters. */
    static final String CF_MONTHS = "ABCDEHLMPRST";
    private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
            22, 25, 24, 23};
    static final String NIE_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private Blind37Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_37 || !templates.isEmpty() && BLIND_37.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's She villager (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** The record's returnee: the same for the same patient and family member, so that the forms agree in a record. */
    static String[] recordReturnee(String[] people) {
        return RETURNEES.get(Math.floorMod((people[0] + "|" + people[1]).hashCode(), RETURNEES.size())).split("\\|");
    }

    /** The record's European-born child, the same within a record. */
    static String[] recordChild(String[] people) {
        return KIDS.get(Math.floorMod((people[1] + "|" + people[2]).hashCode(), KIDS.size())).split("\\|");
    }

    /** A returnee as European papers write the name: ZHOU Biyun, Zhou Biyun, Biyun Zhou, ZHOU BIYUN. */
    static String latinName(String[] returnee, RandomGenerator r) {
        String fam = returnee[1], giv = returnee[2], cap = fam.charAt(0) + fam.substring(1).toLowerCase();
        return switch (r.nextInt(4)) {
            case 0 -> fam + " " + giv;
            case 1 -> cap + " " + giv;
            case 2 -> giv + " " + cap;
            default -> fam + " " + giv.toUpperCase();
        };
    }

    /** A returnee in an HL7 name field: ZHOU^BIYUN. */
    static String hl7Name(String[] returnee) {
        return returnee[1] + "^" + returnee[2].toUpperCase();
    }

    /** A European-born child by the European given name: Samuele Zhou or ZHOU Samuele. */
    static String childLatinName(String[] kid, RandomGenerator r) {
        String fam = kid[2];
        return r.nextBoolean() ? kid[1] + " " + fam.charAt(0) + fam.substring(1).toLowerCase() : fam + " " + kid[1];
    }

    /** The last character of a Chinese name: 蕊 of 陈秀蕊, as 阿蕊 calls her. */
    static String lastCharOf(String name) {
        return name.substring(name.length() - 1);
    }

    /** A European in HL7: PECCHIOLI^LOREDANA. */
    static String hl7European(String entry) {
        return family(entry).toUpperCase() + "^" + given(entry).toUpperCase();
    }

    /** A name as OCR reads it off a form (the pools have single-character surnames). */
    static String scannedName(String name, RandomGenerator r) {
        return PoolNameForms.scannedName(name, r);
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese or She pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    // ---- identity documents ----

    /** An 18-character number on one of {@code areas}: plain, lower-case x, 6-8-4 by blanks or by hyphens. */
    private static String written18(List<String> areas, int fromYear, int years, RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(areas, r), fromYear, years, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A resident ID of Wenzhou or Lishui (born 1930 to 2006), or a 15-digit one on a code of its time (1925 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(8) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 25, 60, r);
        return written18(AREA, 1930, 77, r);
    }

    /** An inland shoe-factory worker's resident ID, born 1968 to 2005. */
    static String workerIdNumber(RandomGenerator r) {
        return written18(WORKER_AREA, 1968, 38, r);
    }

    /** A Chinese passport: E and eight digits (before 2019's series), or E, a letter and seven digits. */
    static String passport(RandomGenerator r) {
        if (r.nextBoolean()) return "E" + (1 + r.nextInt(9)) + digits(7, r);
        return "E" + "ABCDEFGHJKLMNPQRSTUVWXYZ".charAt(r.nextInt(24)) + digits(7, r);
    }

    /** The three letters of a codice fiscale from a family or given name (given: first, third and fourth consonant). */
    static String cfPart(String name, boolean given) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toUpperCase();
        StringBuilder cons = new StringBuilder(), vow = new StringBuilder();
        for (char c : s.toCharArray()) (("AEIOU".indexOf(c) >= 0) ? vow : cons).append(c);
        if (given && cons.length() >= 4) return "" + cons.charAt(0) + cons.charAt(2) + cons.charAt(3);
        return (cons.toString() + vow + "XXX").substring(0, 3);
    }

    /** The check letter of the first fifteen characters of a codice fiscale. */
    static char cfCheck(String first15) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? CF_ODD[v] : v;
        }
        return (char) ('A' + sum % 26);
    }

    /** A codice fiscale: family, given, year, month letter, day (+40 for women), Belfiore code, check letter. */
    static String codiceFiscale(String fam, String giv, boolean female, int y, int m, int d, String place) {
        String first15 = cfPart(fam, false) + cfPart(giv, true) + String.format("%02d", y % 100) + CF_MONTHS.charAt(m - 1)
                + String.format("%02d", female ? d + 40 : d) + place;
        return first15 + cfCheck(first15);
    }

    /** The record's returnee's codice fiscale, born in China (Z210) in 1940 to 2001. */
    static String returneeCodiceFiscale(String[] returnee, RandomGenerator r) {
        return codiceFiscale(returnee[1], returnee[2], returnee[3].equals("F"), 1940 + r.nextInt(62), 1 + r.nextInt(12),
                1 + r.nextInt(28), "Z210");
    }

    /** A Spanish NIE with its check letter: X1234567L, Y-1234567-L. */
    static String nie(RandomGenerator r) {
        int p = r.nextInt(3);
        String body = digits(7, r);
        char check = NIE_LETTERS.charAt(Integer.parseInt(p + body) % 23);
        char prefix = "XYZ".charAt(p);
        return r.nextInt(3) == 0 ? prefix + "-" + body + "-" + check : prefix + body + check;
    }

    /** Whether nine digits pass the Dutch eleven test. */
    static boolean elevenProof(String bsn) {
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += (9 - i) * (bsn.charAt(i) - '0');
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** A Dutch BSN passing the eleven test: plain or 1234.56.789. */
    static String bsn(RandomGenerator r) {
        while (true) {
            String first8 = (1 + r.nextInt(9)) + digits(7, r);
            int sum = 0;
            for (int i = 0; i < 8; i++) sum += (9 - i) * (first8.charAt(i) - '0');
            int last = sum % 11;
            if (last == 10) continue;
            String n = first8 + last;
            return r.nextBoolean() ? n : n.substring(0, 4) + "." + n.substring(4, 6) + "." + n.substring(6);
        }
    }

    /** The key of a French NIR: 97 minus the thirteen digits modulo 97, two digits. */
    static String nirKey(String thirteen) {
        return String.format("%02d", 97 - Long.parseLong(thirteen) % 97);
    }

    /** A French numéro de sécurité sociale of someone born abroad in China (99 216): grouped or plain. */
    static String nir(RandomGenerator r) {
        String n = (1 + r.nextInt(2)) + String.format("%02d%02d", 40 + r.nextInt(60), 1 + r.nextInt(12)) + "99216"
                + digits(3, r);
        String full = n + nirKey(n);
        return r.nextBoolean() ? full : full.charAt(0) + " " + full.substring(1, 3) + " " + full.substring(3, 5) + " "
                + full.substring(5, 7) + " " + full.substring(7, 10) + " " + full.substring(10, 13) + " "
                + full.substring(13);
    }

    /** An Italian tessera sanitaria card number: 20 digits from 80380. */
    static String teamCard(RandomGenerator r) {
        return "80380" + "00" + (1 + r.nextInt(5)) + digits(12, r);
    }

    // ---- domestic identifiers ----

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "356789".charAt(r.nextInt(6)) + digits(9, r);
    }

    /** A Chinese mobile: plain, 3-4-4 by blanks or hyphens, +86, 0086. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(7)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "0086 " + n;
            default -> n;
        };
    }

    /** A mobile said aloud: Chinese numerals, the one as 幺 or 一, the nought as 零; 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '1' ? one : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** Wenzhou 0577 with eight digits, Lishui 0578 with seven: 0577-88123456, (0578)6123456, 0577 8812 3456, +86 577 …. */
    static String landline(RandomGenerator r) {
        boolean wenzhou = r.nextBoolean();
        String area = wenzhou ? "0577" : "0578";
        String local = wenzhou ? (char) ('5' + r.nextInt(4)) + digits(7, r) : (char) ('2' + r.nextInt(7)) + digits(6, r);
        int half = wenzhou ? 4 : 3;
        return switch (r.nextInt(4)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /** A European mobile of Italy, Spain, France, the Netherlands or Austria, as people write it. */
    static String europeanMobile(RandomGenerator r) {
        return switch (r.nextInt(10)) {
            case 0, 1 -> "+39 3" + (2 + r.nextInt(8)) + digits(1, r) + " " + digits(3, r) + " " + digits(4, r);
            case 2 -> "0039 3" + (2 + r.nextInt(8)) + digits(8, r);
            case 3 -> "3" + (2 + r.nextInt(8)) + digits(1, r) + " " + digits(7, r);
            case 4 -> "+34 6" + digits(2, r) + " " + digits(2, r) + " " + digits(2, r) + " " + digits(2, r);
            case 5 -> "+34 6" + digits(8, r);
            case 6 -> "+33 " + (6 + r.nextInt(2)) + " " + digits(2, r) + " " + digits(2, r) + " " + digits(2, r) + " "
                    + digits(2, r);
            case 7 -> "0" + (6 + r.nextInt(2)) + " " + digits(2, r) + " " + digits(2, r) + " " + digits(2, r) + " "
                    + digits(2, r);
            case 8 -> r.nextBoolean() ? "+31 6 " + digits(4, r) + " " + digits(4, r) : "06-" + digits(8, r);
            default -> (r.nextBoolean() ? "+43 " : "0043 ") + pick(List.of("664", "676", "650", "699"), r) + " "
                    + digits(7, r);
        };
    }

    /** A European landline: Prato, Florence, Milan, Rome, Madrid, Barcelona, Paris, Amsterdam, Rotterdam, Vienna. */
    static String europeanLandline(RandomGenerator r) {
        return switch (r.nextInt(10)) {
            case 0 -> "+39 0574 " + (2 + r.nextInt(7)) + digits(5, r);
            case 1 -> "0574 " + (2 + r.nextInt(7)) + digits(5, r);
            case 2 -> "+39 055 " + (2 + r.nextInt(7)) + digits(6, r);
            case 3 -> "+39 0" + (r.nextBoolean() ? "2" : "6") + " " + digits(4, r) + " " + digits(4, r);
            case 4 -> "+34 9" + (r.nextBoolean() ? "1" : "3") + " " + digits(3, r) + " " + digits(2, r) + " "
                    + digits(2, r);
            case 5 -> "+33 1 " + digits(2, r) + " " + digits(2, r) + " " + digits(2, r) + " " + digits(2, r);
            case 6 -> "01 " + digits(2, r) + " " + digits(2, r) + " " + digits(2, r) + " " + digits(2, r);
            case 7 -> "+31 " + (r.nextBoolean() ? "20" : "10") + " " + digits(3, r) + " " + digits(4, r);
            case 8 -> "+43 1 " + (2 + r.nextInt(7)) + digits(6, r);
            default -> "+39 0574 " + digits(2, r) + " " + digits(2, r) + " " + digits(2, r);
        };
    }

    /**
     * OJ24031876 (inpatient, the university hospital), OJMZ24031876 (outpatient card), QTRY-24-03187 (county
     * hospitals), QBK331121-00318 (the 侨胞 health card), a 17-digit health-archive number on an area code.
     */
    static String recordNumber(RandomGenerator r) {
        int yy = 16 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "OJ" + yy + digits(6, r);
            case 1 -> "OJMZ" + yy + digits(6, r);
            case 2 -> pick(COUNTY_CODES, r) + "-" + yy + "-" + digits(5, r);
            case 3 -> "QBK" + pick(AREA, r) + "-" + digits(5, r);
            default -> pick(AREA, r) + digits(11, r);
        };
    }

    /** Wenzhou and Lishui medical insurance (WZYB, LSYB and ten digits), the travel-medical policy ZHQB, year, eight digits. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0, 1 -> "WZYB" + digits(10, r);
            case 2, 3 -> "LSYB" + digits(10, r);
            default -> "ZHQB" + (2016 + r.nextInt(10)) + digits(8, r);
        };
    }

    /** A Chinese bank card, 16 or 19 digits with a valid Luhn digit: plain, fours by blanks or fours by hyphens. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /** The IBAN check digits of a country code and BBAN. */
    static String ibanCheck(String country, String bban) {
        StringBuilder n = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            n.append(Character.isDigit(c) ? String.valueOf(c - '0') : String.valueOf(c - 'A' + 10));
        }
        int mod = new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format("%02d", 98 - mod);
    }

    /** Whether an IBAN (blanks allowed) has valid check digits. */
    static boolean ibanValid(String iban) {
        String s = iban.replace(" ", "");
        return s.substring(2, 4).equals(ibanCheck(s.substring(0, 2), s.substring(4)));
    }

    /** The two control digits of a Spanish account: bank and branch, then the account number. */
    static String spanishControl(String bankBranch, String account) {
        int[] w = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
        String a = "00" + bankBranch;
        int s1 = 0, s2 = 0;
        for (int i = 0; i < 10; i++) {
            s1 += w[i] * (a.charAt(i) - '0');
            s2 += w[i] * (account.charAt(i) - '0');
        }
        int d1 = 11 - s1 % 11, d2 = 11 - s2 % 11;
        return "" + (d1 == 11 ? 0 : d1 == 10 ? 1 : d1) + (d2 == 11 ? 0 : d2 == 10 ? 1 : d2);
    }

    /** The French RIB key of a numeric bank, branch and account. */
    static String ribKey(String bank, String branch, String account) {
        long k = 97 - (89 * Long.parseLong(bank) + 15 * Long.parseLong(branch) + 3 * Long.parseLong(account)) % 97;
        return String.format("%02d", k);
    }

    /** An Italian, Spanish, French or Dutch IBAN with valid check digits: plain or in fours by blanks. */
    static String iban(RandomGenerator r) {
        String country, bban;
        switch (r.nextInt(4)) {
            case 0 -> {
                country = "IT";
                bban = "ABCDEFGHIJKLMNOPRSTUVWXYZ".charAt(r.nextInt(25)) + pick(List.of("03069", "02008", "05034",
                        "08673"), r) + digits(5, r) + digits(12, r);
            }
            case 1 -> {
                country = "ES";
                String bankBranch = pick(List.of("2100", "0049", "0182"), r) + digits(4, r);
                String account = digits(10, r);
                bban = bankBranch + spanishControl(bankBranch, account) + account;
            }
            case 2 -> {
                country = "FR";
                String bank = pick(List.of("30004", "30003", "20041"), r), branch = digits(5, r), account = digits(11, r);
                bban = bank + branch + account + ribKey(bank, branch, account);
            }
            default -> {
                country = "NL";
                bban = pick(List.of("ABNA", "INGB", "RABO"), r) + "0" + digits(9, r);
            }
        }
        String iban = country + ibanCheck(country, bban) + bban;
        return r.nextBoolean() ? iban : iban.replaceAll("(.{4})(?=.)", "$1 ");
    }

    // ---- addresses ----

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** A village of the three counties; {@code partial} stops at the township or the village. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(VILLAGES, r));
        String pre = (withProvince ? "浙江省" : "") + (withProvince || r.nextBoolean() ? "瓯源市" : "");
        String base = pre + t[0] + one(t[1], r);
        if (partial) return r.nextBoolean() ? base : base + one(t[2], r);
        String v = base + one(t[2], r);
        return switch (r.nextInt(3)) {
            case 0 -> v + (1 + r.nextInt(120)) + "号";
            case 1 -> v + (1 + r.nextInt(9)) + "组" + (1 + r.nextInt(60)) + "号";
            default -> v + (1 + r.nextInt(12)) + "组";
        };
    }

    /** A flat in 瓯源市: 瓯源市鹤城区江滨路118号侨乡花园3幢1单元502室; {@code partial} stops at the road. */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(CITY, r));
        String base = (withProvince ? "浙江省" : "") + t[0] + one(t[1], r) + one(t[2], r);
        if (partial) return base;
        return base + (1 + r.nextInt(300)) + "号" + one(t[3], r) + (1 + r.nextInt(20)) + "幢" + (1 + r.nextInt(4))
                + "单元" + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
    }

    /** A domestic address: a village (most) or a flat; {@code partial} may stop at the township, village or road. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 7 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    /** The market town: a shoe-factory dormitory, a shop in the 国际商贸城, the traders' apartments. */
    static String marketTown(RandomGenerator r) {
        String pre = r.nextBoolean() ? "瑞川市鹿川镇" : "鹿川镇";
        return switch (r.nextInt(3)) {
            case 0 -> pre + "鞋业园区" + pick(List.of("宏达", "金鹰", "华侨"), r) + "鞋厂宿舍" + (1 + r.nextInt(6))
                    + "号楼" + (1 + r.nextInt(5)) + "0" + (1 + r.nextInt(9)) + "室";
            case 1 -> pre + "国际商贸城" + "ABCD".charAt(r.nextInt(4)) + "区" + (1 + r.nextInt(8)) + "街"
                    + (1 + r.nextInt(90)) + "号";
            default -> pre + "外商公寓" + (1 + r.nextInt(8)) + "栋" + (1 + r.nextInt(12)) + "0" + (1 + r.nextInt(6))
                    + "室";
        };
    }

    /** A European address: Via Pistoiese 212, 59100 Prato (PO); 23 rue de Belleville, 75019 Paris; …. */
    static String europeanAddress(RandomGenerator r) {
        String[] e = split(pick(EUROPE, r));
        int n = 1 + r.nextInt(240);
        String country = r.nextInt(3) == 0 ? ", " + e[2] : "";
        return switch (e[2]) {
            case "Italia" -> e[0] + (r.nextBoolean() ? " " : ", ") + n + (r.nextBoolean() ? ", " : " - ") + e[1]
                    + country;
            case "España" -> e[0] + " " + n + ", " + (1 + r.nextInt(8)) + "º " + "ABCD".charAt(r.nextInt(4)) + ", "
                    + e[1] + country;
            case "France" -> n + " " + e[0] + ", " + e[1] + country;
            case "Nederland" -> e[0] + " " + n + (r.nextBoolean() ? "-" + (1 + r.nextInt(4)) : "") + ", " + e[1]
                    + country;
            default -> e[0] + " " + n + "/" + (1 + r.nextInt(30)) + ", " + e[1] + country;
        };
    }

    // ---- dates of birth ----

    /** 1958年3月5日, 1958-03-05, 1958.3.5, 1958/3/5, 一九五八年三月五日, 58年3月5号; born 1930 to 2006. */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(77), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
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

    /** A European date of birth, 1935 to 2005: 05/03/1958, 05.03.1958, 05-03-1958, 5 marzo 1958, 5 de marzo de 1958, 5 mars 1958, 5 March 1958. */
    static String europeanBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(71), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> String.format("%02d/%02d/%d", d, m, y);
            case 1 -> String.format("%02d.%02d.%d", d, m, y);
            case 2 -> String.format("%02d-%02d-%d", d, m, y);
            case 3 -> d + " " + ITALIAN_MONTHS.get(m - 1) + " " + y;
            case 4 -> d + " de " + SPANISH_MONTHS.get(m - 1) + " de " + y;
            case 5 -> d + " " + FRENCH_MONTHS.get(m - 1) + " " + y;
            default -> d + " " + ENGLISH_MONTHS.get(m - 1) + " " + y;
        };
    }

    /** The sexagenary year: 1948 is 戊子. */
    static String ganzhi(int y) {
        return "" + STEMS.charAt(Math.floorMod(y - 4, 10)) + BRANCHES.charAt(Math.floorMod(y - 4, 12));
    }

    /** A day of a lunar month: 初八, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** An elder's lunar date of birth, 1925 to 1965: 农历戊子年八月廿三, 农历1948年八月廿三, 老历戊子年八月廿三. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(41), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String md = LUNAR_MONTHS.charAt(m) + "月" + lunarDay(d);
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + ganzhi(y) + "年" + md;
            case 1 -> "农历" + y + "年" + md;
            default -> "老历" + ganzhi(y) + "年" + md;
        };
    }

    /** An HL7 date of birth, 1935 to 2005: 19580305. */
    static String hl7BirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1935 + r.nextInt(71), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** A FHIR date of birth, 1935 to 2005: 1958-03-05. */
    static String isoBirthDate(RandomGenerator r) {
        return String.format("%d-%02d-%02d", 1935 + r.nextInt(71), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** A child's date of birth, 2005 to 2024: 2014年3月5日, 05/03/2014, 2014-03-05. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2005 + r.nextInt(20), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(3)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%02d/%02d/%d", d, m, y);
            default -> String.format("%d-%02d-%02d", y, m, d);
        };
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NS" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PA" -> out.write(lastCharOf(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "DO" -> out.write(scannedName(people[2], random), EntityKind.NAME);
            case "MO" -> out.write(scannedName(people[3], random), EntityKind.NAME);
            case "Q" -> out.write(recordReturnee(people)[0], EntityKind.NAME);
            case "QL" -> out.write(latinName(recordReturnee(people), random), EntityKind.NAME);
            case "QH" -> out.write(hl7Name(recordReturnee(people)), EntityKind.NAME);
            case "C" -> out.write(recordChild(people)[0], EntityKind.NAME);
            case "CL" -> out.write(childLatinName(recordChild(people), random), EntityKind.NAME);
            case "AR" -> out.write(split(pick(TRADERS, random))[0], EntityKind.NAME);
            case "ARC" -> out.write(split(pick(TRADERS, random))[1], EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "EH" -> out.write(hl7European(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDW" -> out.write(workerIdNumber(random), EntityKind.ID_NUMBER);
            case "PP" -> out.write(passport(random), EntityKind.ID_NUMBER);
            case "CF" -> out.write(returneeCodiceFiscale(recordReturnee(people), random), EntityKind.ID_NUMBER);
            case "NIE" -> out.write(nie(random), EntityKind.ID_NUMBER);
            case "BSN" -> out.write(bsn(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "MI" -> out.write(europeanMobile(random), EntityKind.PHONE);
            case "LE" -> out.write(europeanLandline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IN" -> out.write(nir(random), EntityKind.INSURANCE);
            case "IT" -> out.write(teamCard(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "IB" -> out.write(iban(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AF" -> out.write(marketTown(random), EntityKind.ADDRESS);
            case "AE" -> out.write(europeanAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(europeanBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBH" -> out.write(hl7BirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBI" -> out.write(isoBirthDate(random), EntityKind.BIRTH_DATE);
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
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w)
                        || lastCharOf(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Chinese name for a returnee's or a child's Latin form, the
     * Latin name for a trader's transliteration), or null when the value (a surname, a given name, a last character)
     * names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : RETURNEES) {
            String[] p = split(e);
            if (returneeForms(p).contains(w)) return p[0];
        }
        for (String e : KIDS) {
            String[] p = split(e);
            if (childForms(p).contains(w)) return p[0];
        }
        for (String e : TRADERS) {
            String[] p = split(e);
            if (p[0].equals(w) || p[1].equals(w)) return p[0];
        }
        for (String e : ENGLISH) {
            if (e.replace('|', ' ').equals(w) || hl7European(e).equals(w)) return e.replace('|', ' ');
        }
        return null;
    }

    /** Every Latin form of a returnee: the four of {@link #latinName} and the HL7 one. */
    static List<String> returneeForms(String[] p) {
        String cap = p[1].charAt(0) + p[1].substring(1).toLowerCase();
        return List.of(p[1] + " " + p[2], cap + " " + p[2], p[2] + " " + cap, p[1] + " " + p[2].toUpperCase(),
                hl7Name(p));
    }

    /** Both Latin forms of a European-born child. */
    static List<String> childForms(String[] p) {
        return List.of(p[1] + " " + p[2].charAt(0) + p[2].substring(1).toLowerCase(), p[2] + " " + p[1]);
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

    /** Every written form of the returnees, the children, the traders and the Europeans, in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String e : RETURNEES) out.addAll(returneeForms(split(e)));
        for (String e : KIDS) out.addAll(childForms(split(e)));
        for (String e : TRADERS) out.addAll(List.of(split(e)));
        for (String e : ENGLISH) {
            out.add(e.replace('|', ' '));
            out.add(hl7European(e));
        }
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

    static List<String> workerAreaCodes() {
        return WORKER_AREA;
    }
}

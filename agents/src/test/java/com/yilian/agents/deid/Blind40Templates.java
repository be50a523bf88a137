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
 * Fortieth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be measured
 * once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe} as
 * {@code BLIND_40}); a rule changed, or a model retrained, because of its errors makes it development data and needs a
 * new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a Beijing–Tianjin–Hebei (京津冀) consortium led by the fictional tertiary
 * 燕都医科大学附属医院 (Yandu Medical University Affiliated Hospital) in Beijing, with its branch in the fictional
 * 燕南新区 (a Xiong'an-like new area, 燕南新区院区), its international department for the foreign residents of Sanlitun
 * and Wangjing, county hospitals of Hebei (容城, 安新, 雄县, 蔚县 and the Manchu and Mongol autonomous counties 围场,
 * 丰宁, 青龙), township health centres, community health service stations in Beijing hutongs and Tianjin's old
 * neighbourhoods, and elderly-care homes combining care and medicine (医养结合: the fictional 燕园颐养中心 and others).
 * The people: old Beijingers and Tianjin people addressed as X爷, X大爷, X奶奶, X大妈, X姐, 老X, 小X, X师傅, X老师,
 * X主任, X大夫, and by nicknames; Manchu families with compound surnames (爱新觉罗, 叶赫那拉, 富察, 钮祜禄 …) and with
 * single ones (关, 那, 佟, 索, 肇, 金); Mongol families of the Chengde counties; Hebei villagers, migrant workers on the
 * new area's building sites, retired cadres, relocated villagers of the new area; Korean, Japanese and European
 * residents of Wangjing and Sanlitun. The genres: cross-region insurance filing and settlement (异地就医备案/结算),
 * elderly-care home handovers, dementia (memory clinic) and stroke follow-up, heating-season carbon-monoxide poisoning
 * (coal stoves in 平房, 烧炕), winter falls on ice, research data exports (REDCap-like CSV, SQL INSERT and UPDATE
 * statements, data dictionaries with sample rows, FHIR-like JSON, HL7 PID segments), insurance audit findings, hotline
 * transcripts (12345, 120, 999) in Beijing and Tianjin speech (您呐, 倍儿, 甭, 得嘞, 麻利儿, 嘛, 介), WeChat groups, SMS,
 * OCR'd forms, e-mail, markdown, tab and pipe tables, and English notes for foreign residents (about a seventh in English
 * or mostly Latin script), one WeChat line in Korean.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, neighbours, care workers,
 * doctors, nurses, insurance clerks, interpreters, in every position (after a role word, at the start of a chat line,
 * in table cells, CSV fields, SQL string literals, JSON values, HL7 fields, English prose). A Han surname in a form of
 * address labels the surname only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, X爷, X大爷, X奶奶, X大妈, X姐, X师傅,
 * X老师, X主任, X大夫; {@code 姓X} labels X. A Han given name used alone ({@code PG}: 恩溥, also in 恩溥大爷) labels the
 * given name (a one-character given name is never used alone). A nickname ({@code PK}: 小六子, 嘎子, 小蔫儿) names a
 * person and is labelled whole. A Manchu name with a compound surname ({@code MN}: 爱新觉罗恒澍, 叶赫那拉·婉贞) is
 * labelled whole, the middle dot inside; its compound surname used alone or in a form of address ({@code MS}: 叶赫那拉 in
 * 叶赫那拉大妈, 富察 in 富察家) is labelled whole, the honorific and 家 outside. A Mongol name ({@code MGL}: 特古斯朝克图) has
 * no surname and is labelled whole. A Korean resident's name in Chinese characters ({@code KR}: 朴宰贤), in Latin
 * ({@code KL}: Park Jae-hyun) and in Hangul ({@code KH}: 박재현), and a Japanese resident's in kanji ({@code JP}: 渡边亮介)
 * and in Latin ({@code JL}: Ryosuke Watanabe), are labelled whole, さん outside. European residents ({@code E},
 * {@code E2}) are labelled whole, a family name alone ({@code ES}) and a given name alone ({@code EG}) too; Dr stays
 * outside. A child known as a parent's child (X之子, X之女) labels the parent. Kin words and titles alone are not names:
 * 老伴儿, 闺女, 姑爷, 儿媳, 外孙, 老爷子, 老太太, 街坊, 发小儿, 护理员, 网格员; nor are Beijing and Tianjin words (您呐, 倍儿,
 * 甭, 得嘞, 麻利儿, 局气, 嘛呢, 介) or banner names (正白旗). An OCR'd name ({@code PO}, {@code DO}, {@code MO}) broken by a
 * line break, a blank after the surname (after the compound surname for a Manchu name), or a blank or ideographic blank
 * between every character is one span, the break inside it.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Beijing (1101), Tianjin (1201) and the Hebei counties and cities of the consortium (1303, 1306, 1307, 1308, 1310, 1301),
 * including codes that no longer exist (崇文 110103, 宣武 110104, 塘沽 120107, 密云县 110228, 延庆县 110229, 宁河县 120221,
 * 静海县 120223) and codes created later (密云区 110118, 延庆区 110119, 滨海新区 120116, 宁河区 120117, 静海区 120118,
 * 莲池区 130606); plain, with a lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth date on
 * codes that existed before 1999), foreigners' permanent-residence identity numbers ({@code IDF}: the 2023 card, 9, the
 * province, the ISO numeric nationality, the birth date, a sequence and a GB 11643 check character), passports
 * ({@code PPK}: Korean M12345678; {@code PPJ}: Japanese TR1234567; {@code PPE}: German C01X00T47, French 18AB12345,
 * Italian YA1234567, Swedish 12345678), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86 plain or grouped;
 * {@code MV}: said aloud, the one as 幺 or 一, the nought as 零 or 洞, grouped by blanks or not; {@code MF}: Korean and
 * Japanese mobiles, +82 10-1234-5678, +81 90-1234-5678, 010-1234-5678), landlines ({@code L}: eight-digit numbers on 010
 * Beijing, 022 Tianjin and 0311 Shijiazhuang, seven-digit ones on 0312 Baoding, 0313 Zhangjiakou, 0314 Chengde, 0316
 * Langfang and 0335 Qinhuangdao; as 010-65123456, (010)65123456, 010 6512 3456, 0312-5123456转806, +86 10 65123456, and a
 * bare eight-digit Beijing or Tianjin number 6512 3456), addresses ({@code A}: hutong courtyards 东城区府学胡同23号院5号,
 * 大杂院 rooms and 平房 (N号院东厢房, N号院内N号), Beijing flats N号楼N单元N号 and N号楼N门N号, Tianjin 里 and 大院
 * (N号楼N门N号, N排N号) and 道 (N号), Hebei villages by 村 and 街 (西古堡村南街12号), Yanjiao flats, the new area's
 * resettlement blocks; {@code A0}: stopping at the 街道, the hutong, the 里, the village or the 片区; {@code AX}: the new
 * area's resettlement blocks, 燕南新区容和片区嘉禾社区N号楼N单元N室; {@code AH}: a room of an elderly-care home,
 * 朝阳区松鹤颐养中心3号楼205室), record numbers ({@code R}: inpatient YDZY2024031876, outpatient YD-24-031876, the new-area
 * branch YN202403187, county hospitals WC24-03187 (RC, AX, XS, YX, WC, FN, QL), 17-digit health-archive numbers on an
 * area code, care-home files YL2024-0387), insurance numbers ({@code I}: BJYB, TJYB, HBCX and HBZG with ten digits,
 * long-term-care insurance CHX2024031876, international policies INTL-40318765), bank cards ({@code B}: 16 or 19 digits
 * with a valid Luhn digit, plain or in fours by blanks or hyphens), dates of birth ({@code DOB}: 1938年3月5日,
 * 1938-03-05, 1938.3.5, 1938/3/5, 一九三八年三月五日, the spoken 38年3月5号; {@code DOBL}: lunar 农历1938年腊月初八,
 * 阴历三八年正月初五, 农历一九三八年二月十五, and by the sexagenary year 农历戊寅年腊月初八; {@code DOBE}: 05/03/1987,
 * 05.03.1987, 5 March 1987, March 5, 1987; {@code DOBJ}: Japanese eras, 昭和55年3月5日, 平成3年11月2日, S55.3.5,
 * H3.11.2). Not labelled: visit dates, ages, scores and lab values (MMSE, MoCA, CDR, NIHSS, mRS, COHb, DNT, AQI),
 * doses, bed and chamber numbers, wristband, alarm and subject numbers, REDCap event names, HL7 assigning authorities,
 * hotlines (12345, 12393, 120, 999), amounts, facility names, places alone (王府井, 什刹海, 南锣鼓巷, 五大道, 白洋淀,
 * 石家庄), banners, kin words, dialect words, and words beginning with a pool surname (关节, 关于, 那天, 高血压,
 * 高压氧, 马上, 白细胞, 血常规, 索性, 石膏; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind39Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #CHINESE})
 * is drawn as a patient list of the region would look: 王, 李, 张, 刘 dominate, then 赵, 杨, 高, 孙, 马, 郭, 田 and the
 * other northern surnames, then the Manchu single surnames 关, 金, 那, 佟, 索 and 肇, and four surnames no earlier
 * group used ({@link #RARE_SURNAMES}: 么, 德, 恒, 宝); old Beijingers' names of the 1930s to 1950s (恩溥, 淑贤, 宝山), the 1960s'
 * (卫陇, 援朝, 文革, 跃漳), villagers' (栓宝, 满仓), young doctors' (梓沅, 沐阳), and word-like names ({@link #WORD_LIKE}).
 * {@link #MANCHU} holds Manchu names with compound surnames, {@link #MONGOL} Mongol names, {@link #KOREAN} and
 * {@link #JAPANESE} residents in their scripts, {@link #NICKNAMES} nicknames, {@link #ENGLISH} European residents. Own
 * slots: {@code N}, a further Chinese name; {@code PS}, {@code FS}, {@code PG}, {@code PK}, {@code PO}, {@code DO};
 * {@code MN} (the record's Manchu person, with or without the middle dot), {@code MS} (that person's compound surname),
 * {@code MO} (that person OCR'd); {@code MGL}; {@code KR}, {@code KL}, {@code KH} (the record's Korean resident, the same
 * person within a record); {@code JP}, {@code JL} (the record's Japanese resident); {@code E}, {@code E2}, {@code ES},
 * {@code EG}; and the identifier slots above. Any non-empty subset of {@link #BLIND_40} uses these pools (see
 * {@link #uses}).
 */
final class Blind40Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270110L;

    static final List<String> BLIND_40 = List.of(
            // Cross-region insurance filing and settlement.
            "异地就医备案登记表\n参保人：{P}  性别：{SEX}\n社会保障号码：{ID}\n参保地：河北省保定市容城县\n就医地：北京市\n"
                    + "医保编号：{I}\n常住地址：{A}\n联系电话：{M}\n备案类型：异地长期居住人员\n",
            "【河北医保】{P}您好，您的异地就医备案已通过，就医地北京市，参保编号{I}。如有疑问请拨打12393。\n",
            "跨省直接结算明细|{P}|{ID}|{I}|燕都医科大学附属医院|住院号{R}|统筹支付18652.40元|个人自付4210.15元\n",
            "[微信 异地就医咨询]\n{F}：我爸{P}在燕都住院，身份证{ID}，备案做了，出院能直接结算吗？\n医保办{N}：能，您把医保号{I}"
                    + "发我核一下\n{F}：好嘞\n",
            "异地安置退休人员备案：{P}，天津纺织系统退休，现随子女住{A}；医保个人编号{I}；子女{F}，电话{L}\n",
            "Direct billing query (international department)\nPatient: {E}\nPermanent residence ID: {IDF}\n"
                    + "Insurer policy: {I}\nBilling contact: {EG}, tel {M}\n",
            "手工报销材料清单：参保人{P}，出生{DOB}，医保号{I}，住院号{R}，报销款转入{B}（开户名{F}）\n",
            "异地转诊备案：转出容城县人民医院，转入燕都医科大学附属医院燕南新区院区；患者{P}，身份证{ID}，县医院病案号{R}，"
                    + "经办{N}\n",
            "[12345工单] 来电人{P}，反映在京住院不能直接结算，参保地{A0}，医保号{I}，回访电话{M}\n",
            "【医保服务】{P}您好，您的异地就医备案（就医地北京）已办结，个人编号{I}，有效期至2025年12月31日。\n",
            "[语音转写 12345] 您好 我是天津来北京看病的 我爸{P} 异地备案弄不了 医保号{I} 电话{MV} 介事儿嘛时候能办\n",
            // Elderly-care home handovers (医养结合).
            "燕园颐养中心 交接班记录 {D}\n2床 {P}，{AGE}岁，阿尔茨海默病，夜间游走两次，已加床挡\n5床 {N}，脑梗后遗症，鼻饲\n"
                    + "交班：{DR}  接班：{N}\n",
            "医养结合入住评估\n老人：{P}（{PK}）\n出生日期：{DOBL}\n身份证号：{ID}\n入住房间：{AH}\n长护险编号：{I}\n"
                    + "紧急联系人：{F}（闺女），{M}\n",
            "护理员交接：{PS}奶奶今天午饭吃了半碗，下午闹着要回{A0}，说闺女{F}来接她；已电话{M}\n",
            "[微信 燕园颐养中心家属群]\n护士长{DR}：{PS}大爷今天血压{BP}，精神倍儿好\n{F}：谢谢{DS}护士长！周末我过去\n",
            "医养结合转院交接单\n转出：燕园颐养中心医务室\n转入：燕都医科大学附属医院老年医学科\n老人：{MN}\n身份证：{ID}\n"
                    + "入住档案号：{R}\n陪同：护理员{N}\n家属：{F}，{L}\n",
            "Care home handover (English-speaking resident)\nResident: {E}\nDOB: {DOBE}\nRoom: {AH}\nNext of kin: {E2}, "
                    + "{MF}\nGP: Dr {ES}\n",
            "养老院服药单|{P}|{AH}|多奈哌齐5mg qn|美金刚10mg bid|核对{N}\n",
            "入住合同附页：老人{P}，身份证{ID}，原住址{A}；付款账户{B}，户名{F}\n",
            "[语音转写 护理站] 那个 {PS}大妈又找她老伴儿呢 我跟她说您甭着急 她闺女{F}下午就来 电话是{MV}\n",
            // Dementia (memory clinic) follow-up.
            "记忆门诊随访\n姓名：{P}  性别：{SEX}  出生：{DOB}\n门诊号：{R}\nMMSE 18/30，MoCA 14/30，CDR 1\n照护者：{F}（老伴儿）"
                    + "  电话：{M}\n随访医生：{DR}\n",
            "认知障碍家访：{P}，{AGE}岁，住{A}；近一月夜间吵闹，认不出闺女{F}；街坊都叫他{PK}；社区医生{DR}\n",
            "[微信 记忆门诊随访群]\n{F}：{DS}大夫，我妈{P}这两天老说有人偷她钱\n{DR}：别跟她争，多奈哌齐接着吃，下周带她来复诊，"
                    + "门诊号{R}\n",
            "走失老人协查：{P}，{SEX}，{AGE}岁，中度痴呆，出生{DOBL}，穿蓝棉袄，{D}上午从{A0}走失；家属{F}，电话{M}\n",
            "防走失手环登记\n佩戴人：{P}\n住址：{A}\n监护人：{F}  {M}\n手环编号SH-20231105-0317\n",
            "Memory clinic letter\nRe: {JL}, DOB {DOBJ}\nMMSE 21/30 (Japanese version, with an interpreter). The family "
                    + "reports that he got lost twice in Wangjing.\nContact: {MF}\nDr {ES}\n",
            "痴呆照护者培训签到：{F}（{KIN}）、{N}、{N}；授课{DS}主任；地点交道口社区卫生服务中心\n",
            "护理记录：{P}术后第3天，{PG}说夜里睡不着，要找老伴儿；责任护士{DR}\n",
            "出院随访：{P}回家了，街坊们还叫他{PG}，闺女{F}说{PG}饭量见长；电话{L}\n",
            // Stroke follow-up.
            "脑卒中随访登记表\n患者：{P}\n身份证号：{ID}\n发病日期：{D}\nmRS 3分，NIHSS 4分\n二级预防：阿司匹林100mg qd，"
                    + "阿托伐他汀20mg qn\n家庭住址：{A}\n随访医生：{DR}\n",
            "卒中绿色通道：{P}，{AGE}岁，DNT 38分钟，rt-PA 0.9mg/kg；急诊病历号{R}；家属{F}签字，电话{M}\n",
            "县域卒中中心上转：围场满族蒙古族自治县医院→燕都医科大学附属医院神经内科；患者{MN}（满族），{DOB}生，"
                    + "县医院住院号{R}；随车医生{DR}\n",
            "[微信 卒中康复群]\n{F}：{DS}大夫，我爸左手还是攥不住拳\n{DR}：正常，坚持康复，下次复查{D}\n{F}：得嘞，谢谢您呐\n",
            "Stroke follow-up (international clinic)\nPatient: {KL} ({KR})\nPassport: {PPK}\nmRS 2 at 90 days\n"
                    + "Phone: {MF}\nAddress: {A}\n",
            "社区卒中随访|{P}|{SEX}|{AGE}|{L}|血压{BP}|服药规律|{DR}\n",
            // Heating-season carbon-monoxide poisoning.
            "一氧化碳中毒急诊记录：{P}，{AGE}岁，平房内燃煤取暖，晨起昏迷，COHb 32%，予高压氧治疗；住{A}；同屋{F}轻度中毒\n",
            "[语音转写 120调度] 喂120吗 我们这儿煤气了 俩老人都叫不醒 地址是{A} 我是街坊 姓{FS} 电话{MV} 您麻利儿的\n",
            "高压氧治疗登记|{P}|{ID}|COHb 28%|第3次|2号舱\n",
            "煤改电入户回访：{A0}，住户{P}，家中仍有蜂窝煤炉；已发放一氧化碳报警器，编号CO-7702；回访员{N}\n",
            "Carbon monoxide exposure note: {E} and partner {E2} were found drowsy in a courtyard rental at {A}; "
                    + "COHb 18%. Landlord {N} was called on {L}.\n",
            "县医院门诊（蔚县）：{P}，{AGE}岁，住{A}，冬天烧炕后头痛恶心，考虑一氧化碳中毒；医生{DR}\n",
            "{P}之女，{AGE}岁，冬季室内燃煤取暖后头晕，住{A}；母亲电话{M}\n",
            "{F}之子，{AGE}岁，一氧化碳中毒后迟发性脑病复诊，门诊号{R}\n",
            // Winter falls.
            "跌倒不良事件报告：{P}，{AGE}岁，{D}清晨在胡同口冰面滑倒，右股骨颈骨折；住院号{R}；家属{F}\n",
            "[微信 社区卫生服务站]\n{F}：{DS}大夫，我们家老爷子在胡同里摔了，腿肿了\n{DR}：甭动他，打120，我这就过去\n"
                    + "{F}：我们在{A}\n",
            "髋部骨折术后随访：{P}，{DOB}生，住{A}，术后6周可扶拐行走；陪护的外孙{PK}，电话{M}\n",
            "Fall on ice, Sanlitun: {E}, DOB {DOBE}, distal radius fracture, cast applied. Insurance {I}. Phone {MF}.\n",
            "{PS}师傅扫雪时从房顶滑下来，腰椎压缩骨折；工友{N}送来；身份证{ID}；电话{M}\n",
            "{P}，{AGE}岁，在什刹海冰场滑冰摔倒，先到南锣鼓巷边上的卫生服务站处理，左腕骨折，石膏固定；家属{F}，{M}\n",
            "那天下雪路滑，{PS}姐在菜市场门口摔了一跤，右腕肿；住{A0}；小{FS}陪着来的\n",
            // Research data exports.
            "record_id,redcap_event_name,name,dob,id_card,phone,mmse_total\n1001,baseline_arm_1,{P},{DOB},{ID},{M},22\n"
                    + "1002,baseline_arm_1,{N},{DOB},{ID},{M},17\n",
            "INSERT INTO stroke_registry (patient_name, id_card, mrn, phone, address) VALUES ('{P}', '{ID}', '{R}', "
                    + "'{M}', '{A}');\n",
            "INSERT INTO dementia_cohort VALUES (2031, '{MN}', '{DOBL}', '{L}', 'MoCA=16');\n",
            "数据字典（样例行）\n变量名\t表单\t类型\t标签\t样例\nname\tdemographics\ttext\t姓名\t{P}\n"
                    + "id_card\tdemographics\ttext\t身份证号\t{ID}\nphone\tdemographics\ttext\t联系电话\t{M}\n",
            "Variable / Field Name,Form Name,Field Type,Field Label,Sample value\nparticipant_name,enrolment,text,Name,{E}\n"
                    + "dob,enrolment,text,Date of birth,{DOBE}\nresidence_id,enrolment,text,Permit no.,{IDF}\n",
            "| record_id | 姓名 | 出生日期 | 住址 | 医保号 |\n|---|---|---|---|---|\n| 3007 | {P} | {DOB} | {A} | {I} |\n"
                    + "| 3008 | {MGL} | {DOB} | {AX} | {I} |\n",
            "-- 导出自随访库，勿外传\nUPDATE followup SET phone = '{M}', caregiver = '{F}' WHERE mrn = '{R}';\n",
            "数据核查问题清单：受试者1014姓名录为{P}，身份证{ID}与CRF不符；请CRC {N}核对\n",
            "{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"{P}\"}],\"birthDate\":\"{DOB}\",\"telecom\":[{\"value\":"
                    + "\"{M}\"}],\"address\":[{\"text\":\"{A}\"}]}\n",
            "{\"subject\":\"1021\",\"name\":\"{MN}\",\"id_card\":\"{ID}\",\"caregiver\":\"{F}\",\"caregiver_phone\":\"{M}\"}\n",
            "PID|1||{R}^^^YDFY^MR||{P}||{DOB}|F|||{A}||{M}\n",
            "{\"patient\":\"{KR}\",\"latin\":\"{KL}\",\"passport\":\"{PPK}\",\"permit\":\"{IDF}\",\"mobile\":\"{MF}\"}\n",
            "{\"老人\":\"{P}\",\"房间\":\"{AH}\",\"长护险\":\"{I}\",\"家属\":\"{F}\",\"家属电话\":\"{L}\"}\n",
            // Insurance audit findings.
            "医保飞行检查问题清单\n问题1：患者{P}（医保号{I}）住院号{R}，同日重复收取护理费\n问题2：{N}名下挂床住院，"
                    + "床旁未见本人\n核查人：{DR}\n",
            "稽核发现：长护险参保人{P}（{I}）的服务记录由护理员{N}代签，与入住房间{AH}的记录不符\n",
            "医保基金追回：{P}，身份证{ID}，冒用他人医保卡{I}就医，涉及金额3860.00元；经办{N}\n",
            "Audit finding (international insurer): the claim for {E} (policy {I}) gives DOB {DOBE}; passport {PPE} "
                    + "gives another. Reviewer: {EG}.\n",
            "异地结算稽核抽样|{P}|{I}|{ID}|{R}|疑似分解住院\n",
            // Hotline transcripts.
            "[语音转写 12345] 喂 您好 我反映个事儿 我们这儿{A} 暖气倍儿凉 家里老太太{P}都冻感冒了 我叫{F} 电话{MV}\n",
            "[语音转写 120调度] 老爷子摔了 起不来了 在{A} 我是他儿子{F} 电话{MV} 人叫{P} 八十多了\n",
            "[语音转写 999急救] 他是韩国人 叫{KR} 不会说中文 在望京{A0} 电话{MF}\n",
            "[语音转写 回访] 哎 是{PS}大妈吗 我是社区卫生站的{DR} 您老伴儿的药取了没有 甭客气\n",
            "[语音转写 12345] 嘛呢这是 我家老爷子{P}在养老院让人给摔了 养老院在{AH} 我叫{F} 电话{MV}\n",
            "[语音转写 12345] 喂 我找一下社区 {MS}大爷家的暖气不热 老爷子八十多了 住{A} 您给催催 电话{MV}\n",
            "[语音转写 120调度] 我是{PS}老师的学生 他在家晕倒了 {A} 电话{MV} 您快着点儿\n",
            // WeChat.
            "[微信 胡同街坊群]\n{PK}：{PS}奶奶家烟筒冒烟不对劲\n{N}：我去看看\n{N}：已经叫120了，地址{A}\n",
            "[微信 燕南新区家庭医生群]\n{DR}：明天去{AX}给{P}换尿管\n{N}：收到，他闺女电话{M}\n",
            "[微信 国际部]\n{KR}：医生您好，我是{KL}，明天能约体检吗？护照号{PPK}\n{DR}：可以，上午9点\n",
            "[微信 满族老人联谊会]\n{N}：{MS}大爷，下周三社区量血压，您去吗？\n{MS}大爷：去，把老伴儿也带上\n",
            "[微信 国际部]\n{KH}：선생님, 내일 예약 가능할까요?\n{N}：可以，明天上午，带护照{PPK}\n",
            "[微信 望京国际部]\n{DR}：{JP}さん明天几点来？\n{N}：10点，她女儿陪同，电话{M}\n",
            "[微信 胡同卫生站]\n{F}：{DS}大夫，{PS}爷又不吃药了\n{DR}：我下午去他那儿，{A0}是吧\n",
            // SMS.
            "【燕都医科大学附属医院】{P}您好，您预约的{D}神经内科复诊已成功，门诊号{R}，请携带身份证原件。\n",
            "【燕园颐养中心】{F}您好，{P}老人本月护理费已从账户{B}扣款，如有疑问请致电{L}。\n",
            "【社区卫生服务站】{PS}大爷您好，明天上午社区免费测血糖，请带医保卡{I}。咨询{L}\n",
            "【燕都医大附院国际部】Dear {E}, your appointment on {D} is confirmed. Please bring passport {PPE}. Tel {L}\n",
            "【燕南新区院区】{P}您好，您的家庭医生{DR}将于{D}上门随访，如需改期请回复或致电{L}。\n",
            // OCR'd forms.
            "[OCR] 北 京 市 医 疗 保 险 手 工 报 销 单\n姓 名 {PO}\n身 份 证 号 {ID}\n医 保 编 号 {I}\n开 户 账 号 {B}\n",
            "[OCR] 住 院 病 案 首 页\n姓名 {PO}  性别 {SEX}\n出生日期 {DOB}\n病案号 {R}\n现住址 {A}\n主治医师 {DO}\n",
            "[OCR] 养 老 机 构 入 住 登 记 表\n老 人 {MO}\n民 族 满\n身 份 证 {ID}\n联 系 人 {F} {M}\n",
            "[OCR] 居民死亡医学证明书\n死者姓名 {PO}\n身份证 {ID}\n死亡原因 一氧化碳中毒\n生前住址 {A}\n填报医师 {DO}\n",
            "[OCR] 外 国 人 体 检 表\nName {KL}\n姓名 {KR}\nPassport {PPK}\nDOB {DOB}\n",
            "[OCR] 居 民 健 康 档 案 封 面\n姓 名 {PO}\n档 案 编 号 {R}\n住 址 {A0}\n责 任 医 生 {DO}\n",
            "[OCR] 长 期 护 理 保 险 评 估 表\n姓 名 {PO}\n长 护 险 编 号 {I}\n住 址 {AH}\n评 估 员 {DO}\n",
            "[OCR] 满 族 老 人 生 活 补 贴 申 请\n申请人 {MO}\n出生 {DOBL}\n账户 {B}\n",
            "[OCR] 入 院 通 知\n{MO}\n住 院 号 {R}\n",
            // English notes for foreign residents.
            "International clinic note, Sanlitun\nPatient: {E}, DOB {DOBE}\nResidence permit: {IDF}\nAddress: {A}\n"
                    + "Cough for 3 weeks during the heating season, AQI 212.\nSeen by Dr {ES}.\n",
            "Referral: {JL} (passport {PPJ}), born {DOBJ}, to the neurology department of Yandu Medical University "
                    + "Affiliated Hospital for a suspected TIA. Company HR contact: {E}, {M}.\n",
            "Discharge summary\nName: {KL}\nPassport no.: {PPK}\nDOB: {DOBE}\nMRN: {R}\nDiagnosis: CO poisoning "
                    + "(charcoal grill)\nFollow-up: Dr {ES}\n",
            "Vaccination record request for {E} (DOB {DOBE}) and spouse {E2}; both live at {A}. Phone {MF}.\n",
            "Insurance pre-authorisation: member {E}, policy {I}, permit {IDF}, admitted {D}, MRN {R}.\n",
            "Home visit, Wangjing: {JL}, early dementia, lives with his daughter; emergency contact {MF}; "
                    + "address {A}.\n",
            "Dear Dr {ES},\nI am writing about {E}, born {DOBE}, who fell on ice outside her hutong courtyard at {A}. "
                    + "Please call her husband {EG} on {MF}.\nKind regards,\n{E2}\n",
            "ED triage (English): {KL}, passport {PPK}, tel {MF}, brought by 999 ambulance from {A0}.\n",
            "Wangjing outreach list\n1. {JL}, passport {PPJ}, {MF}\n2. {E}, passport {PPE}, {MF}\n",
            "Subject: CO alarm follow-up\nHi {EG}, the landlord {N} ({L}) has installed the alarm at {A}. Best, {E2}\n",
            // Tables and lists.
            "姓名\t出生日期\t身份证号\t电话\n{P}\t{DOB}\t{ID}\t{M}\n{F}\t{DOBL}\t{ID}\t{L}\n",
            "| 床号 | 老人 | 出生 | 家属电话 |\n|---|---|---|---|\n| 3-201 | {P} | {DOBL} | {M} |\n| 3-202 | {MN} | {DOB} | {L} |\n",
            "姓名,民族,出生日期,住址\n{MGL},蒙古族,{DOB},{A}\n{MN},满族,{DOBL},{A}\n",
            "主题：卒中随访名单（燕南新区）\n{DS}老师：附件是本月名单，{P}（{AX}）和{N}（{L}）需电话随访。\n",
            // Community stations, hutongs and Tianjin neighbourhoods.
            "交道口社区卫生服务站 家庭医生签约\n甲方：{DR}\n乙方：{P}\n身份证号：{ID}\n住址：{A}\n电话：{L}\n",
            "天津社区随访：{P}，年轻时在五大道一带开过照相馆，现住{A}，独居，糖尿病；街坊{PK}说老太太好几天没出门了；随访护士{DR}\n",
            "老{PS}家在{A}，老两口都八十多了，年轻时在王府井百货站柜台；{PG}大爷说屋里烧煤倍儿暖和，不让装报警器\n",
            "小{FS}，社区网格员，代{P}办理异地就医备案，电话{M}\n",
            "退休干部保健：{P}（原区委干部），{AGE}岁，住{A}；秘书{N}，{L}；每年体检安排在燕都医科大学附属医院\n",
            "门诊：{P}，街坊都喊他{PK}，{AGE}岁，住{A}，关节疼痛，马上要入冬了；{DS}大夫嘱查白细胞、血常规\n",
            // Manchu and Mongol families.
            "满族老人健康档案：{MN}，出生{DOBL}，祖上正白旗，住{A}；子{F}，电话{M}\n",
            "{MS}大妈，{AGE}岁，住{A0}，高血压二十年；她儿子{F}说老太太倍儿要强，药得看着吃，她索性把药藏起来\n",
            "蒙古族老人转诊：{MGL}，{AGE}岁，丰宁满族自治县医院转入，病案号{R}；陪同{MGL}，电话{M}\n",
            "围场满族蒙古族自治县乡卫生院门诊日志|{D}|{MGL}|{SEX}|{AGE}|咳嗽|{MV}\n",
            "关于{MS}家：老爷子{MN}脑梗卧床，老伴儿也糊涂了，儿媳{F}照顾；家住{A}\n",
            // Hebei counties, villages, migrant workers and the new area.
            "乡镇卫生院转诊单\n转出：安新县端村镇卫生院\n患者：{P}\n出生日期：{DOB}\n身份证：{ID}\n家庭住址：{A}\n"
                    + "转诊医生：{DR}  电话：{L}\n备注：原拟转石家庄，家属要求转北京\n",
            "燕南新区回迁安置户健康随访：{P}，原住白洋淀边的老村，现住{AX}；高血压；家庭医生{DR}；电话{M}\n",
            "农民工工伤（燕南新区工地）：{P}，{AGE}岁，身份证{ID}，脚手架结冰滑落；工友{PK}陪同；工资卡{B}\n",
            "日本人会健康讲座报名：{JP}（{JL}），出生{DOBJ}，电话{MF}；住{A}\n",
            "外籍人员就诊登记\n姓名：{KR}（{KL}）\n护照号：{PPK}\n永久居留身份证：{IDF}\n出生日期：{DOB}\n住址：{A}\n"
                    + "电话：{MF}\n",
            "外籍人员就诊登记\n姓名：{JP}（{JL}）\n护照号：{PPJ}\n出生日期：{DOBJ}\n联系电话：{M}\n",
            "[微信 望京韩国人社区群]\n{KH}：医生，我妈妈感冒了\n{N}：带她来卫生站，身份证或护照{PPK}都行\n",
            "望京社区韩国居民义诊\n{KR} / {KH}，出生{DOB}，血压{BP}\n翻译：{N}\n");

    /**
     * The commonest northern surnames first (王, 李, 张, 刘), then 赵, 杨, 高, 孙, 马, 郭, 田 and the region's others, the
     * Manchu single surnames (关, 金, 那, 佟, 索, 肇), the four rare ones, and the word-like names.
     */
    static final List<String> CHINESE = List.of((""
            + "王恩溥 王宝山 王淑贤 王振江 王玉珍 王福全 王铁砚 王桂茹 王长顺 王跃漳 王卫陇 王淑琴 王大力 王梓沅 王小虎 王大龙 "
            + "李占山 李桂琴 李宝忠 李秀娥 李德胜 李玉洁 李振声 李胜奎 李向阳 李援朝 李凤云 李思邈 李栓宝 李春来 "
            + "张宝林 张淑芬 张秀云 张国祯 张爱民 张铁钧 张素蕙 张志勤 张连生 张文革 张雨霏 张建伍 "
            + "刘玉蓓 刘宝贵 刘振岳 刘淑蘅 刘长河 刘建民 刘秀芹 刘砚田 刘翠兰 刘子珩 刘满仓 "
            + "赵德祐 赵淑慎 赵永利 赵桂馨 赵一泓 赵金锁 赵立本 "
            + "杨树勋 杨淑芹 杨占奎 杨若曦 高德寿 高玉贞 高晓岚 孙国栋 孙秀筠 孙沐阳 孙二妮 马宝来 马淑芝 马骢 "
            + "郭守信 郭凤仙 郭嘉懿 郭巧莲 田占海 田秀枝 田恬 韩振山 郝建章 齐德茂 史玉琢 魏淑娴 魏琰 石金柱 梁秋菊 "
            + "贾占元 冯德荫 邢福堂 霍连城 耿长庚 常树森 白玉茹 宋佳禾 "
            + "杨凤岐 马继先 孙守田 郭金川 韩淑贞 宋长发 冯秀岩 郝桂珍 白宝泉 齐振武 王鹤龄 李玉堂 "
            + "关振铎 关淑媛 关玉衡 关宝琛 金毓岚 金恒瑜 "
            + "那春莹 那宝琦 佟铁山 佟凤芝 佟玉昆 索桂芬 索长林 肇恩泽 肇书翰 "
            + "么宝玉 么淑敏 德玉琛 德秀芳 恒振林 恒淑芸 宝福山 宝桂兰 "
            + "田丰穰 高振岭 常宝瑄 关爱 金戈 齐眉 关河"
            ).strip().split(" "));
    /** Surnames no earlier blind group gave anyone: 么 (read yāo, of Hebei), 德 and 恒 (Manchu), 宝 (Mongol). */
    static final String RARE_SURNAMES = "么德恒宝";
    /**
     * Pool names that are also ordinary words: loving care, spear and halberd (金戈铁马), brow to brow (举案齐眉),
     * mountain passes and rivers.
     */
    static final List<String> WORD_LIKE = List.of("关爱", "金戈", "齐眉", "关河");
    /** Manchu names with a compound surname: surname|given name. */
    static final List<String> MANCHU = List.of("爱新觉罗|恒澍", "爱新觉罗|毓琨", "爱新觉罗|启骧", "叶赫那拉|婉贞",
            "叶赫那拉|德馨", "富察|明泰", "富察|兆麟", "富察|静姝", "钮祜禄|秀芬", "钮祜禄|承恩", "瓜尔佳|文琇",
            "瓜尔佳|鹤年", "赫舍里|玉珩", "乌拉那拉|静宜", "舒穆禄|恩培", "伊尔根觉罗|宝珣", "完颜|慧珠");
    /** Mongol names of the Chengde counties, no surname. */
    static final List<String> MONGOL = List.of("阿古达木", "伊德日呼", "浩毕斯嘎拉图", "哈日巴拉", "查干夫",
            "莫日根达来", "敖其尔", "图雅", "巴雅尔图", "德力格尔玛", "特古斯朝克图", "其布日", "朝格图", "呼日勒苏和", "苏伊拉",
            "布仁孟和");
    /** Every Manchu and Mongol name in full: the Manchu ones run together (the dotted form is written too). */
    static final List<String> MINORITY = Stream.concat(MANCHU.stream().map(e -> e.replace("|", "")),
            MONGOL.stream()).toList();
    /** Korean residents of Wangjing: Chinese characters|Latin|Hangul. */
    static final List<String> KOREAN = List.of("朴宰贤|Park Jae-hyun|박재현", "金智秀|Kim Ji-su|김지수",
            "崔珉镐|Choi Min-ho|최민호", "郑夏恩|Jung Ha-eun|정하은", "姜允珠|Kang Yun-ju|강윤주",
            "黄仁烈|Hwang In-yeol|황인열", "宋赫洙|Song Hyuk-su|송혁수", "裴秀珍|Bae Su-jin|배수진",
            "权泰勋|Kwon Tae-hoon|권태훈", "全惠仁|Jeon Hye-in|전혜인", "柳承焕|Yoo Seung-hwan|유승환");
    /** Japanese residents: kanji (as Chinese documents write them)|Latin, given name first. */
    static final List<String> JAPANESE = List.of("渡边亮介|Ryosuke Watanabe", "小林美穗|Miho Kobayashi",
            "山口绫乃|Ayano Yamaguchi", "森田拓海|Takumi Morita", "中岛千寻|Chihiro Nakajima",
            "松本浩二|Koji Matsumoto", "石川遥香|Haruka Ishikawa", "冈田雅人|Masato Okada", "藤原沙织|Saori Fujiwara",
            "野村健司|Kenji Nomura");
    /** Nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("小六子", "二丫", "豆包儿", "丫蛋儿", "嘎子", "二毛", "大栓", "狗剩儿",
            "小辫儿", "小蔫儿");
    /** European residents of Sanlitun and Wangjing, given|family: French, German, Italian, Swedish, Dutch, Czech … */
    static final List<String> ENGLISH = List.of("Séverine|Chastagnol", "Joachim|Wendtland", "Pieranna|Cucinotta",
            "Ebba|Sjöholm", "Gerolf|Hoogerwerf", "Radim|Procházka", "Liselotte|Ahlgrimm", "Lotta|Vainikainen",
            "Iñaki|Barrenechea", "Gwenaëlle|Kerbrat", "Fabrizio|Lanzillotta", "Hiltrud|Brüggemann",
            "Valtteri|Hämäläinen", "Torunn|Tveitane", "Gualtiero|Sannino", "Maëlys|Bouvier", "Mikkel|Thygesen",
            "Vinzenz|Hinterstoisser");

    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Dongcheng, Xicheng, Chongwen, Xuanwu, Chaoyang,
     * Fengtai, Haidian, Fangshan, Miyun county and Yanqing county of Beijing; Heping, Hedong, Hexi, Nankai, Hebei,
     * Hongqiao, Tanggu, Ninghe county and Jinghai county of Tianjin; Rongcheng, Anxin, Xiong county, Laishui, Yi county
     * (Baoding), Yu county, Zhangbei (Zhangjiakou), Fengning, Kuancheng, Weichang (Chengde), Qinglong (Qinhuangdao),
     * Sanhe (Langfang) and Chang'an (Shijiazhuang).
     */
    private static final List<String> LEGACY_AREA = List.of("110101", "110102", "110103", "110104", "110105",
            "110106", "110108", "110111", "110228", "110229", "120101", "120102", "120103", "120104", "120105", "120106",
            "120107", "120221", "120223", "130629", "130632", "130638", "130623", "130633", "130726", "130722",
            "130826", "130827", "130828", "130321", "131082", "130102");
    /** Codes created after 1999: Miyun and Yanqing districts, Binhai New Area, Ninghe and Jinghai districts, Lianchi. */
    private static final List<String> NEW_AREA = List.of("110118", "110119", "120116", "120117", "120118", "130606");
    /** Area codes for 18-digit numbers. */
    private static final List<String> AREA = Stream.concat(LEGACY_AREA.stream(), NEW_AREA.stream()).toList();
    /** ISO 3166 numeric codes of the residents' nationalities: Korea, Japan, France, Germany, Italy, Sweden, Netherlands. */
    static final List<String> NATIONALITIES = List.of("410", "392", "250", "276", "380", "752", "528");
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("010", "022", "0311");
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0312", "0313", "0314", "0316", "0335");
    private static final List<String> BANK_BINS = List.of("622208", "621661", "623668", "622280", "621785");
    private static final List<String> COUNTY_CODES = List.of("RC", "AX", "XS", "YX", "WC", "FN", "QL");
    /** District|街道|hutongs of the old city. */
    private static final List<String> HUTONGS = List.of(
            "东城区|交道口街道|府学胡同,炒豆胡同,香饵胡同,北兵马司胡同",
            "东城区|东四街道|东四六条,东四八条",
            "西城区|新街口街道|百花深处胡同,砖塔胡同",
            "西城区|大栅栏街道|铁树斜街,大外廊营胡同",
            "西城区|西长安街街道|小石虎胡同");
    /** District|街道|estates of the flats (Wangjing, Sanlitun, Tuanjiehu). */
    private static final List<String> FLATS = List.of(
            "朝阳区|望京街道|望京西园三区,花家地南里",
            "朝阳区|三里屯街道|幸福一村",
            "朝阳区|团结湖街道|团结湖北里");
    /** District|街道|里, 大院 and 道 of Tianjin's old neighbourhoods. */
    private static final List<String> TIANJIN = List.of(
            "和平区|小白楼街道|成都道,大理道",
            "和平区|南营门街道|庆余里",
            "河北区|望海楼街道|同义里,积善里,宁安大院",
            "红桥区|西于庄街道|德福里,吉庆里",
            "红桥区|丁字沽街道|西沽大院",
            "南开区|鼓楼街道|荣业大街,永安里,二纬路大院");
    /** City|county|towns|villages of Hebei. */
    private static final List<String> VILLAGES = List.of(
            "保定市|容城县|贾光乡,八于乡|东牛村,北张村",
            "保定市|安新县|端村镇,同口镇|西街村,马家寨村",
            "保定市|雄县|昝岗镇,米家务镇|北沙村,东留官营村",
            "张家口市|蔚县|暖泉镇,宋家庄镇|西古堡村,北官堡村",
            "承德市|围场满族蒙古族自治县|御道口乡,克勒沟镇|大唤起村,二道川村",
            "承德市|丰宁满族自治县|大阁镇,土城镇|东窑村,西山村",
            "秦皇岛市|青龙满族自治县|肖营子镇,双山子镇|下庄村,东山村");
    /** Yanjiao, where Beijing commuters live: estates. */
    private static final List<String> YANJIAO = List.of("燕顺小区", "潮白家园", "福润苑");
    /** The new area's 片区 and resettlement 社区. */
    private static final List<String> NEW_AREA_BLOCKS = List.of("容和片区|嘉禾社区,芦荡社区",
            "东湖片区|淀畔社区,秋实社区", "淀北片区|苇塘社区,渔家社区");
    /** Elderly-care homes as an address writes a resident's room. */
    private static final List<String> CARE_HOMES = List.of("朝阳区松鹤颐养中心", "东城区安和养老照料中心",
            "和平区津门康养院", "燕南新区淀畔康养中心");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private Blind40Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_40 || !templates.isEmpty() && BLIND_40.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Manchu person (MN): a compound surname and given name, run together or with a middle dot. */
    static String minorityName(RandomGenerator r) {
        String[] e = pick(MANCHU, r).split("\\|");
        return r.nextInt(3) == 0 ? e[0] + "·" + e[1] : e[0] + e[1];
    }

    /** The compound surname of a Manchu pool name, dotted or not. */
    static String manchuSurname(String name) {
        String joined = name.replace("·", "");
        for (String e : MANCHU) {
            String[] p = e.split("\\|");
            if (joined.equals(p[0] + p[1])) return p[0];
        }
        throw new IllegalArgumentException(name);
    }

    /** The record's Korean resident: the same for the same patient and family member, so that the forms agree. */
    static String[] recordKorean(String[] people) {
        return KOREAN.get(Math.floorMod((people[0] + "|" + people[1]).hashCode(), KOREAN.size())).split("\\|");
    }

    /** The record's Japanese resident. */
    static String[] recordJapanese(String[] people) {
        return JAPANESE.get(Math.floorMod((people[1] + "|" + people[2]).hashCode(), JAPANESE.size())).split("\\|");
    }

    /**
     * A name as OCR reads it off a form: broken by a line break, a single blank after the surname (the whole compound
     * surname for a Manchu name), a blank between every character, or an ideographic blank between every character.
     */
    static String scannedName(String name, RandomGenerator r) {
        String joined = name.replace("·", "");
        int cut = CHINESE.contains(joined) ? 1 : manchuSurname(joined).length();
        return PoolNameForms.scannedName(joined, cut, r);
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese or Manchu pool name once the blanks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined) && !MONGOL.contains(joined));
    }

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    private static int n(int max, RandomGenerator r) {
        return 1 + r.nextInt(max);
    }

    /** A hutong courtyard: 北京市东城区交道口街道府学胡同23号院5号, …号院东厢房, …号院内3号, …号. */
    static String hutong(boolean withCity, boolean partial, RandomGenerator r) {
        String[] t = split(pick(HUTONGS, r));
        String base = (withCity ? "北京市" : "") + t[0] + (r.nextBoolean() ? one(t[1], r) : "");
        if (partial) return r.nextBoolean() ? t[0] + one(t[1], r) : base + one(t[2], r);
        base += one(t[2], r) + n(90, r);
        return switch (r.nextInt(4)) {
            case 0 -> base + "号院" + n(12, r) + "号";
            case 1 -> base + "号院" + pick(List.of("东厢房", "西厢房", "北房", "倒座房"), r);
            case 2 -> base + "号院内" + n(20, r) + "号";
            default -> base + "号";
        };
    }

    /** A Beijing flat: 朝阳区望京街道望京西园三区12号楼3单元1203号, 团结湖北里5号楼2门301号. */
    static String flat(boolean withCity, boolean partial, RandomGenerator r) {
        String[] t = split(pick(FLATS, r));
        String base = (withCity ? "北京市" : "") + t[0] + (r.nextBoolean() ? one(t[1], r) : "") + one(t[2], r);
        if (partial) return base;
        int floor = n(18, r);
        return base + n(30, r) + "号楼" + n(6, r) + (r.nextBoolean() ? "单元" : "门") + floor + "0" + n(4, r) + "号";
    }

    /** Tianjin: 红桥区德福里3号楼2门402号, 西沽大院4排7号, 和平区成都道86号. */
    static String tianjin(boolean withCity, boolean partial, RandomGenerator r) {
        String[] t = split(pick(TIANJIN, r));
        String place = one(t[2], r);
        String base = (withCity ? "天津市" : "") + t[0] + (r.nextBoolean() ? one(t[1], r) : "") + place;
        if (partial) return r.nextBoolean() ? t[0] + one(t[1], r) : base;
        if (place.endsWith("道") || place.endsWith("大街")) return base + n(200, r) + "号";
        return r.nextBoolean() ? base + n(12, r) + "号楼" + n(6, r) + "门" + n(6, r) + "0" + n(3, r) + "号"
                : base + n(15, r) + "排" + n(20, r) + "号";
    }

    /** A Hebei village: 河北省张家口市蔚县暖泉镇西古堡村南街12号, …村38号, …村3排5号; Yanjiao flats. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        if (r.nextInt(6) == 0) {
            String base = (withProvince ? "河北省" : "") + "三河市燕郊镇";
            if (partial) return base;
            return base + pick(YANJIAO, r) + n(40, r) + "号楼" + n(4, r) + "单元" + n(26, r) + "0" + n(4, r) + "室";
        }
        String[] t = split(pick(VILLAGES, r));
        String base = (withProvince ? "河北省" : "") + (r.nextBoolean() ? t[0] : "") + t[1] + one(t[2], r);
        if (partial) return r.nextBoolean() ? base : base + one(t[3], r);
        base += one(t[3], r);
        return switch (r.nextInt(3)) {
            case 0 -> base + pick(List.of("东街", "西街", "南街", "北街", "前街", "后街"), r) + n(99, r) + "号";
            case 1 -> base + n(150, r) + "号";
            default -> base + n(12, r) + "排" + n(20, r) + "号";
        };
    }

    /** The new area's resettlement blocks: 燕南新区容和片区嘉禾社区12号楼2单元1502室; {@code partial}: the 社区 or 片区. */
    static String resettlement(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(NEW_AREA_BLOCKS, r));
        String base = (withProvince ? "河北省" : "") + "燕南新区" + t[0];
        if (partial) return r.nextBoolean() ? base : base + one(t[1], r);
        base += one(t[1], r) + n(40, r) + "号楼";
        return r.nextBoolean() ? base + n(4, r) + "单元" + n(18, r) + "0" + n(4, r) + "室"
                : base + n(18, r) + "0" + n(4, r) + "室";
    }

    /** A care-home room: 朝阳区松鹤颐养中心3号楼205室, …2区17号房. */
    static String careHome(RandomGenerator r) {
        String home = pick(CARE_HOMES, r);
        return r.nextBoolean() ? home + n(6, r) + "号楼" + n(5, r) + "0" + n(9, r) + "室"
                : home + n(4, r) + "区" + n(40, r) + "号房";
    }

    /** An address: a hutong, a flat, Tianjin, a Hebei village or the new area; {@code partial} stops early. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        int k = r.nextInt(20);
        if (k < 6) return hutong(withProvince, partial, r);
        if (k < 9) return flat(withProvince, partial, r);
        if (k < 13) return tianjin(withProvince, partial, r);
        if (k < 18) return village(withProvince, partial, r);
        return resettlement(withProvince, partial, r);
    }

    /** An 18-character number on one of {@code areas}, plain, with a lower-case x, 6-8-4 by blanks or by hyphens. */
    private static String written18(List<String> areas, int fromYear, int years, RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(areas, r), fromYear, years, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A resident ID: 18 characters (born 1925 to 2004), or a 15-digit one on a code of its time (born 1925 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(8) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 25, 60, r);
        return written18(AREA, 1925, 80, r);
    }

    /** The 2023 permanent-residence card: 9, the province (11, 12, 13), the nationality, birth 1950-1999, check. */
    static String foreignerId(RandomGenerator r) {
        String first17 = "9" + pick(List.of("11", "12", "13"), r) + pick(NATIONALITIES, r)
                + String.format("%04d%02d%02d", 1950 + r.nextInt(50), n(12, r), n(28, r)) + digits(3, r);
        return first17 + Checksums.residentIdCheck(first17);
    }

    /** A Korean passport: M and eight digits. */
    static String koreanPassport(RandomGenerator r) {
        return "M" + digits(8, r);
    }

    /** A Japanese passport: TR, TK or TZ and seven digits. */
    static String japanesePassport(RandomGenerator r) {
        return "T" + "RKZ".charAt(r.nextInt(3)) + digits(7, r);
    }

    /** A European passport: German C + eight of its characters, French 18AB12345, Italian YA1234567, Swedish 8 digits. */
    static String europeanPassport(RandomGenerator r) {
        String german = "CFGHJKLMNPRTVWXYZ0123456789";
        return switch (r.nextInt(4)) {
            case 0 -> {
                StringBuilder b = new StringBuilder("C");
                for (int i = 0; i < 8; i++) b.append(german.charAt(r.nextInt(german.length())));
                yield b.toString();
            }
            case 1 -> String.format("%02d", 10 + r.nextInt(15)) + (char) ('A' + r.nextInt(26))
                    + (char) ('A' + r.nextInt(26)) + digits(5, r);
            case 2 -> "Y" + (char) ('A' + r.nextInt(26)) + digits(7, r);
            default -> (char) ('1' + r.nextInt(9)) + digits(7, r);
        };
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "356789".charAt(r.nextInt(6)) + digits(9, r);
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

    /** A mobile said aloud: the one as 幺 or 一, the nought as 零 or 洞 (dispatchers), 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        char zero = r.nextInt(3) == 0 ? '洞' : '零';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '1' ? one : c == '0' ? zero : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** A Korean or Japanese mobile: +82 10-1234-5678, +81 90-1234-5678, 010-1234-5678, 090-1234-5678. */
    static String foreignMobile(RandomGenerator r) {
        boolean korean = r.nextBoolean();
        String prefix = korean ? "10" : pick(List.of("90", "80", "70"), r);
        String rest = digits(4, r) + "-" + digits(4, r);
        return r.nextInt(3) > 0 ? (korean ? "+82 " : "+81 ") + prefix + "-" + rest : "0" + prefix + "-" + rest;
    }

    /**
     * A landline: eight local digits on 010, 022 and 0311, seven on the other Hebei codes: 010-65123456,
     * (010)65123456, 010 6512 3456, 0312-5123456转806, +86 10 65123456, and a bare Beijing or Tianjin 6512 3456.
     */
    static String landline(RandomGenerator r) {
        boolean eight = r.nextInt(5) < 3;
        String area = eight ? pick(EIGHT_DIGIT_AREAS, r) : pick(SEVEN_DIGIT_AREAS, r);
        String first = switch (area) {
            case "010" -> "568";
            case "022" -> "2358";
            case "0311" -> "68";
            default -> "2345678";
        };
        String local = first.charAt(r.nextInt(first.length())) + digits(eight ? 7 : 6, r);
        int half = eight ? 4 : 3;
        return switch (r.nextInt(7)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            case 4 -> area.length() == 3 ? local.substring(0, 4) + " " + local.substring(4) : area + "-" + local;
            default -> area + "-" + local;
        };
    }

    /**
     * YDZY2024031876 (inpatient), YD-24-031876 (outpatient), YN202403187 (the new-area branch), WC24-03187 (county
     * hospitals), a 17-digit health-archive number on an area code, YL2024-0387 (care-home file).
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2015 + r.nextInt(11);
        return switch (r.nextInt(6)) {
            case 0 -> "YDZY" + year + digits(6, r);
            case 1 -> "YD-" + (year % 100) + "-" + digits(6, r);
            case 2 -> "YN" + year + digits(5, r);
            case 3 -> pick(COUNTY_CODES, r) + (year % 100) + "-" + digits(5, r);
            case 4 -> pick(AREA, r) + digits(11, r);
            default -> "YL" + year + "-" + digits(4, r);
        };
    }

    /** BJYB, TJYB, HBCX, HBZG and ten digits; long-term care CHX; international policies INTL-. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0, 1 -> "BJYB" + digits(10, r);
            case 2 -> "TJYB" + digits(10, r);
            case 3 -> "HBCX" + digits(10, r);
            case 4 -> "HBZG" + digits(10, r);
            case 5 -> "CHX" + (2016 + r.nextInt(10)) + digits(6, r);
            default -> "INTL-" + digits(8, r);
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

    /** 1938年3月5日, 1938-03-05, 1938.3.5, 1938/3/5, 一九三八年三月五日, 38年3月5号; born 1925 to 2004. */
    static String birthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(80), m = n(12, r), d = n(28, r);
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

    /** The sexagenary name of a year: 1938 is 戊寅. */
    static String ganzhi(int y) {
        return "" + STEMS.charAt(Math.floorMod(y - 4, 10)) + BRANCHES.charAt(Math.floorMod(y - 4, 12));
    }

    /** A lunar date of birth, 1925 to 1975: 农历1938年腊月初八, 阴历三八年正月初五, 农历一九三八年二月十五, 农历戊寅年腊月初八. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(51), m = r.nextInt(12), d = n(30, r);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return switch (r.nextInt(4)) {
            case 0 -> "农历" + y + "年" + month + lunarDay(d);
            case 1 -> "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
            case 2 -> "农历" + IdentifierForms.chineseYear(y) + "年" + month + lunarDay(d);
            default -> "农历" + ganzhi(y) + "年" + month + lunarDay(d);
        };
    }

    /** As European residents write it: 05/03/1987, 05.03.1987, 5 March 1987, March 5, 1987; born 1940 to 2004. */
    static String europeanBirthDate(RandomGenerator r) {
        int y = 1940 + r.nextInt(65), m = n(12, r), d = n(28, r);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d/%02d/%d", d, m, y);
            case 1 -> String.format("%02d.%02d.%d", d, m, y);
            case 2 -> d + " " + month + " " + y;
            default -> month + " " + d + ", " + y;
        };
    }

    /** A Japanese-era date of birth, 1940 to 2004: 昭和55年3月5日, 平成3年11月2日, S55.3.5, H3.11.2. */
    static String japaneseBirthDate(RandomGenerator r) {
        int y = 1940 + r.nextInt(65), m = n(12, r), d = n(28, r);
        boolean showa = y < 1989 || y == 1989 && m == 1 && d < 8;
        int era = showa ? y - 1925 : y - 1988;
        return r.nextBoolean() ? (showa ? "昭和" : "平成") + era + "年" + m + "月" + d + "日"
                : (showa ? "S" : "H") + era + "." + m + "." + d;
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "DO" -> out.write(scannedName(people[2], random), EntityKind.NAME);
            case "MO" -> out.write(scannedName(people[3], random), EntityKind.NAME);
            case "MS" -> out.write(manchuSurname(people[3]), EntityKind.NAME);
            case "MGL" -> out.write(pick(MONGOL, random), EntityKind.NAME);
            case "KR" -> out.write(recordKorean(people)[0], EntityKind.NAME);
            case "KL" -> out.write(recordKorean(people)[1], EntityKind.NAME);
            case "KH" -> out.write(recordKorean(people)[2], EntityKind.NAME);
            case "JP" -> out.write(recordJapanese(people)[0], EntityKind.NAME);
            case "JL" -> out.write(recordJapanese(people)[1], EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDF" -> out.write(foreignerId(random), EntityKind.ID_NUMBER);
            case "PPK" -> out.write(koreanPassport(random), EntityKind.ID_NUMBER);
            case "PPJ" -> out.write(japanesePassport(random), EntityKind.ID_NUMBER);
            case "PPE" -> out.write(europeanPassport(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MF" -> out.write(foreignMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AX" -> out.write(resettlement(random.nextInt(4) == 0, false, random), EntityKind.ADDRESS);
            case "AH" -> out.write(careHome(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(europeanBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBJ" -> out.write(japaneseBirthDate(random), EntityKind.BIRTH_DATE);
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
                || MANCHU.stream().anyMatch(e -> split(e)[0].equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Manchu name run together for its dotted form, the Korean or
     * Japanese name in Chinese characters for its Latin or Hangul form), or null when the value (a surname, a given
     * name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (w.contains("·") && MINORITY.contains(w.replace("·", "")) && !MONGOL.contains(w.replace("·", ""))
                && w.indexOf('·') == manchuSurname(w).length()) {
            return w.replace("·", "");
        }
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String e : Stream.concat(KOREAN.stream(), JAPANESE.stream()).toList()) {
            String[] p = split(e);
            for (String form : p) {
                if (form.equals(w)) return p[0];
            }
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

    /** Every written form of the Manchu, Mongol, Korean, Japanese and European residents, in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>(MINORITY);
        for (String e : MANCHU) out.add(e.replace("|", "·"));
        for (String e : KOREAN) out.addAll(List.of(split(e)));
        for (String e : JAPANESE) out.addAll(List.of(split(e)));
        for (String e : ENGLISH) out.add(e.replace('|', ' '));
        return out;
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(PoolNameForms::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(PoolNameForms::given);
    }

    static List<String> manchuSurnames() {
        return MANCHU.stream().map(e -> split(e)[0]).distinct().toList();
    }

    static List<String> areaCodes() {
        return AREA;
    }

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }

    static List<String> newAreaCodes() {
        return NEW_AREA;
    }
}

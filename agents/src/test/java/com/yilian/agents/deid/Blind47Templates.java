package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Forty-seventh blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_47}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: a consortium of the Zhoushan archipelago and the East China Sea fisheries (Zhejiang), led by the
 * fictional tertiary 东海岛屿医院 on the main island, with island township health centres on small islands reached by ferry
 * (枸杞, 嵊山, 花鸟, 黄龙, 东极, 虾峙, 衢山, 长涂), ships' medical chests and maritime rescue (舟山海上搜救中心, the rescue helicopters,
 * 12395). The genres: island clinic notes and prescriptions, home visits, family-doctor contracts, telemedicine
 * consultations with fishing boats at sea (satellite-phone transcripts, VHF channel 16 logs, 北斗 short messages, JSON
 * consultation exports), helicopter and ferry transfer forms, crew lists (船员名单) in Chinese, pinyin and English,
 * occupational injuries, decompression sickness and hyperbaric treatment of divers, seasickness and drowning, claims of
 * the fishermen's mutual insurance (渔业互保) and accident insurance, fishing-moratorium (休渔期) health checks, elderly
 * islanders left behind, foreign crew (Indonesian, Burmese, Vietnamese) with their manning agencies, P&amp;I
 * correspondents and consulates, families on shore in WeChat groups and voice messages in Zhoushan speech (阿拉, 侬, 伊, 勿,
 * 交关, 辰光, 做生活, 发寒热, 望一望), OCR'd forms, CSV, tab, pipe and markdown tables, SMS, e-mails and English documents (about a
 * seventh in English or mostly Latin script).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: fishermen and patients, captains (船老大), crew
 * from Zhejiang, Anhui, Henan, Sichuan and Guizhou, island doctors and nurses, rescue and ferry staff, families on
 * shore, foreign crew, agency staff and correspondents, in every position (after a role word, at the start of a chat
 * line, in table cells, CSV fields, JSON values, radio transcripts, English prose). A surname in a form of address
 * labels the surname only ({@code PS} the patient's, {@code DS} the doctor's, {@code NS} a further person's): 老X, 小X,
 * X老大, X船长, X师傅, X医生, X院长, X阿婆, X大伯, X总. A given name used alone ({@code PG}) labels the given name. The Zhoushan
 * hypocoristic 阿 and the last character of the given name ({@code PA}: 阿根 of 王海根) and nicknames ({@code PK}: 阿六头, 黑皮阿龙,
 * 小河南) name a person and are labelled whole. A pool name in pinyin as seafarers' documents write it ({@code PY}: WANG
 * HAIGEN, Wang Haigen, Haigen Wang) is labelled whole, so is the doctor's in English documents ({@code DY}; the family
 * name alone, {@code DYS}: Dr Wang). An OCR'd name ({@code PO}) broken by a line break, a blank after the surname, or a
 * blank or ideographic blank between every character is one span. Foreign crew are labelled as their passports write
 * them ({@code MN}; a shipmate {@code NM}; in capitals {@code MU}), by the name used on board ({@code MG}: Sugeng,
 * Aung, Thang, a mononym whole) and in the Chinese rendering of Chinese documents ({@code MC}: 苏根·里扬托, the
 * Sino-Vietnamese 阮文胜), each whole. Agency staff and correspondents ({@code E}, {@code E2}) are labelled whole, a
 * family name alone ({@code ES}) and a given name alone ({@code EG}) too; Dr stays outside the span. Kin words,
 * titles and roles alone are not names: 船老大, 老大, 船长, 老头子, 阿拉娘, 老伴, 村医, 网格员, 中介, 翻译; nor are Zhoushan words.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Zhoushan (定海, 普陀, 岱山, 嵊泗), the fishing counties 象山 and 温岭, and the crew's home counties in Anhui, Henan, Sichuan and
 * Guizhou; plain, with a lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth date on the
 * Zhoushan and 象山 codes) and foreign national identity numbers ({@code IDF}: Indonesian NIK of 16 digits, Vietnamese
 * CCCD of 12 digits and CMND of 9, Myanmar NRC 6/MaAhNa(N)043127), mobiles ({@code M}: prefixes in use, plain, 3-4-4 by
 * blanks or hyphens, +86; {@code MV}: spoken on the phone (一 or 幺, 零) or read on the radio (幺, 两, 拐, 洞)), landlines
 * ({@code L}: seven local digits on 0580 Zhoushan, eight on 0574 Ningbo, 0576 Taizhou and 021 Shanghai; 0580-2023456,
 * (0580)2023456, 0580 202 3456, with an extension after 转, +86 580 2023456), satellite phones ({@code SAT}: 天通 1740,
 * Inmarsat +870, Iridium +8816) and foreign mobiles ({@code MF}: +62, +84, +95 and their local forms), record numbers
 * ({@code R}: inpatient 2024018765, outpatient MZ20387165, island centres GQWS24-0387, remote consultation files
 * YC2024-00387, 17-digit health archive numbers), insurance numbers ({@code I}: an area code and eight digits, social
 * security cards A05312678; {@code IF}: Indonesian BPJS 0001234567890, Vietnamese BHYT GD4401234567890, Myanmar
 * SSB-6/0387561), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks or
 * hyphens) and foreign accounts ({@code BF}: BRI 0123-01-012345-50-7, BNI, Vietcombank, Agribank, KBZ), addresses
 * ({@code A}: island villages, flats of 定海, 沈家门 and 岱山, the crew's home villages; {@code A0}: stopping at the town, the
 * village or the road; {@code AF}: the foreign crew's homes in Brebes, Tegal, Indramayu, Nghệ An, Hà Tĩnh, Kawthaung,
 * Myeik), dates of birth ({@code DOB}: 1968年4月9日, 1968-04-09, 1968.4.9, 1968/4/9, 一九六八年四月九日, 68年4月9号, 19680409;
 * {@code DOBL}: 农历1968年三月初九, 阴历六八年腊月廿三, the Zhoushan 老历; {@code DOBO}: an elderly islander's, in the forms of
 * {@code DOB}; {@code DOBE}: 09 APR 1968, 09/04/1968, 09-04-1968, 9 April 1968, Apr 9, 1968). A foreign crew member's
 * ID, phone, insurance, account and home are of his own country. Not labelled: visit dates and times, ages, vital signs
 * and lab values, doses, vessel names and numbers (浙岱渔03187), MMSI, call signs, positions, 北斗 card numbers, passport
 * and seafarer's book numbers, crew certificates, policy, claim and report numbers, consultation and escort-card
 * numbers, helicopter registrations, ferries, berths and piers, tide and weather figures, hotlines (12395), facilities
 * and places alone, kin words and roles, Zhoushan words, and words beginning with a pool surname (胡话, 应急, 周边, 石膏, 夏季,
 * 能否; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind45Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * Zhoushan fishing port's roll would look: 王, 李, 张, 陈, 林, 周, 徐, 胡, 刘, 金 carry more than half, then the islands' 乐, 邬,
 * 虞, 贺, 应, 翁, 洪, 毛, 傅, 鲍, 俞, older islanders' names with 娣, 根, 岳, 信, 阿, the inland crew's names (满囤, 红旗, 二壮, 留柱) with
 * their provinces' surnames (蒲, 苟, 龙, 韦), and surnames no earlier group used ({@link #RARE_SURNAMES}: 励 of Ningbo and
 * Zhoushan, 能 of Sichuan, 睢 of Henan), with word-like names ({@link #WORD_LIKE}). {@link #MINORITY} holds the foreign
 * crew, {@link #NICKNAMES} nicknames of the port, {@link #ENGLISH} agency staff, consular staff and correspondents. Own
 * slots: {@code N}, a further Chinese name; {@code NS}, a further person's surname; and the forms and identifier slots
 * above. Any non-empty subset of {@link #BLIND_47} uses these pools (see {@link #uses}).
 */
final class Blind47Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270117L;

    static final List<String> BLIND_47 = List.of(
            // Island township health centres.
            "嵊泗县枸杞乡卫生院 门诊病历\n姓名：{P}  性别：男  年龄：46岁\n门诊号：{R}\n主诉：起网时右手被网绞轧伤1小时\n"
                    + "查体：右手示指、中指开放性伤口约3cm，肌腱外露\n处理：清创包扎，破伤风抗毒素1500IU肌注，建议乘下一班客渡去本岛手外科\n接诊医师：{DR}\n",
            "[OCR] 普陀区东极镇卫生院 处方笺\n姓名 {PO}  年龄 {AGE}\n住址 {A}\n诊断 晕动病\nRp 茶苯海明片 50mg 开船前30分钟口服\n医师 {DR}\n",
            "衢山镇卫生院出诊记录：{D} {TIME}，{PS}大伯在家中跌倒，左髋疼痛不能站立，疑股骨颈骨折；已联系东海岛屿医院骨科，明早7:40乘衢山—三江客渡转诊；"
                    + "儿子{F}陪同，电话{M}\n",
            "海岛慢病随访记录\n姓名：{P}  出生日期：{DOBO}\n身份证号：{ID}\n健康档案号：{R}\n诊断：高血压2级  血压{BP}\n用药：氨氯地平片 5mg qd\n"
                    + "子女均在宁波打工，独居；女儿{F}每周来电：{M}\n随访医生：{DR}\n",
            "花鸟乡卫生院值班记录：22:10 {PS}阿婆来电讲胸口闷，{DS}医生上门，心电图示房颤伴快速心室率，心率{HR}次/分；风力7级，客渡停航，"
                    + "已报舟山海上搜救中心申请直升机\n",
            "[语音转文字] {DS}医生啊 阿拉屋里老头子{P}今朝发寒热 交关吃力 饭也勿要吃 侬好勿好来望一望 阿拉住{A0} 电话{MV}\n",
            "黄龙乡留守老人健康登记\n姓名\t出生日期\t子女电话\t住址\n{P}\t{DOBO}\t{M}\t{A}\n{N}\t{DOBO}\t{M}\t{A}\n",
            "[微信 东极镇卫生院-本岛远程会诊群]\n{DR}：庙子湖一位78岁老伯{P}，胸痛2小时，心电图已上传，V1-V4 ST段抬高\n"
                    + "{N}：小{DS}，考虑急性前壁心梗，先嚼服阿司匹林300mg、替格瑞洛180mg，马上联系直升机\n{DR}：好，家属{F}电话{M}\n",
            "家庭医生签约服务协议\n签约居民：{P}  身份证号：{ID}\n出生日期：{DOB}\n住址：{A}\n签约医生：{DR}（虾峙镇卫生院）  联系电话：{L}\n",
            "{P}，51岁，嵊山镇渔民，常年在船上，腰痛十余年，外院片子示L4/5椎间盘突出；医保卡号{I}；家住{A}\n",
            "海岛巡回医疗：医疗船停靠青浜岛，为{P}（{A0}）、{N}（{A0}）测血糖、配降压药；随船医生{DR}，联系电话{L}\n",
            "卫生院转诊单\n患者：{P}  性别：{SEX}  出生日期：{DOB}\n医保类型：城乡居民  医保号：{I}\n转出：岱山县长涂镇卫生院  转入：东海岛屿医院心内科\n"
                    + "转诊医生：{DR}  审核：{NS}院长  电话：{L}\n",
            // Telemedicine with boats at sea: satellite phone, VHF, 北斗.
            "远程医疗会诊记录（海上）\n会诊编号 HY-2024-0317\n船名：浙岱渔03187  船位：29°58.3′N 122°47.6′E\n患者：{P}，男，37岁，船员\n"
                    + "联系方式：卫星电话{SAT}\n主诉：腹痛6小时，转移至右下腹\n会诊医生：{DR}\n意见：考虑急性阑尾炎，口服头孢克肟，立即返港\n",
            "VHF 16频道通话记录 {TIME}\n浙普渔68012呼叫舟山海岸电台：船员{P}被绞机夹伤左小腿，出血不止\n船老大{N}报船位30°12′N 123°05′E\n"
                    + "海岸电台转接东海岛屿医院急诊{DR}医生，指导加压包扎\n回拨卫星电话{SAT}\n",
            "【北斗短报文】浙嵊渔07745 {TIME} 船员{P}发烧39度 咳嗽 船上药箱只有感冒药 请求医生指导 船长{N} 北斗卡号246819\n",
            "【北斗回复】浙嵊渔07745：{PS}姓船员予对乙酰氨基酚0.5g q6h，多饮水；如气急立即返港或拨12395。东海岛屿医院{DS}医生\n",
            "[语音转写 卫星电话] 喂 东海岛屿医院吗 我是浙岱渔03187船老大{N} 船上有个四川的伙计{P} 从桅杆上摔下来 人叫勿醒 "
                    + "我们在北纬29度40分 东经123度10分 这个电话是{SAT}\n",
            "{\"consultId\":\"TM20240317-08\",\"vessel\":\"浙普渔68012\",\"mmsi\":\"412417368\",\"patient\":\"{P}\","
                    + "\"age\":44,\"satPhone\":\"{SAT}\",\"doctor\":\"{DR}\",\"advice\":\"tourniquet release "
                    + "hourly\"}\n",
            "Radio medical advice (TMAS)\nVessel: ZHE DAI YU 03187, call sign BZVK7, MMSI 412423517\nPatient: {MN}, "
                    + "deckhand, DOB {DOBE}\nComplaint: crush injury of the right hand in the net hauler\n"
                    + "Advice given by Dr {DYS} over satellite phone {SAT}\n",
            "船舶医疗箱用药登记（浙岱渔03187）\n日期 {D}\n使用人 {P}\n药品 碘伏棉签5支、无菌纱布2包、阿莫西林胶囊6粒\n登记人 船长{N}\n",
            "远程心电会诊：{P}，58岁，流刺网渔船船员，船上便携心电图经北斗+4G上传；报告医生{DR}；回电{SAT}；入院后住院号{R}\n",
            "[微信 浙岱渔03187船员家属群]\n{F}：船老大，阿拉{PA}到底哪能了？\n{N}：勿要急，医生讲是阑尾炎，船已经往沈家门开了，明早到港\n"
                    + "{F}：伊电话打勿通，{M}是我号码，到了叫伊打我\n",
            "海上搜救中心接警记录\n报警电话：12395\n报警人：{N}（船老大）  回拨：{SAT}\n遇险船：浙岱渔03187  MMSI 412423517\n"
                    + "位置：30°05′N 123°22′E，周边渔船已赶往\n伤员：{P}，意识模糊\n",
            "VHF通话转写 {TIME}\n“舟山海岸电台，舟山海岸电台，浙普渔68012呼叫”\n“船上{MG}发高烧，讲胡话”\n“请报回拨电话”\n“回拨电话{MV}”\n"
                    + "值班员：{N}\n",
            "出海船员健康申报（北斗终端填报）\n船名 浙嵊渔07745\n申报人 {P}\n体温 {TEMP}\n症状 无\n申报时间 {D} {TIME}\n",
            "远程随访记录：{PY}（船员证拼音），29岁，浙嵊渔07745，{TIME}经卫星电话{SAT}联系；血压{BP}；建议返港。值班医生：{DR}\n",
            // Helicopter and ferry transfers.
            "直升机转运申请单\n申请单位：嵊泗县花鸟乡卫生院\n患者：{P}  性别：{SEX}  年龄：{AGE}岁\n身份证号：{ID}\n诊断：急性ST段抬高型心肌梗死\n"
                    + "起降点：花鸟岛直升机停机坪（已启动海上医疗应急预案）\n接收医院：东海岛屿医院  接收医生：{DR}\n家属：{F}  电话：{M}\n",
            "东海第一救助飞行队 出动记录\n机号 B-7328  起飞 {TIME}\n任务：浙普渔68012船员{P}海上吊运\n救生员 {N}\n绞车手 {N}\n着陆 朱家尖机场\n"
                    + "交接 东海岛屿医院急诊 {DR}\n",
            "海岛病人客渡转运单\n客渡：嵊翔6号（李柱山码头—沈家门半升洞码头）\n患者：{P}，{AGE}岁，担架\n陪同：{F}（{KIN}）{M}\n"
                    + "客渡值班：{NS}师傅\n出港时间：{TIME}\n",
            "120与渔船海上交接记录：{D} {TIME}，东海救113轮在岙山锚地接收浙岱渔03187船员{P}，交接医生{DR}，{NS}老大签字；潮位3.85m，北风6级\n",
            "Medevac request to Zhoushan MRCC\nCasualty: {MN}, deckhand\nPosition 30°25'N 124°10'E, 140 nm ESE of "
                    + "Shengsi\nManning agent: {E}, tel {MF}\nOn-scene advice: Dr {DY}\n",
            "客渡船员报告：{TIME}，嵊翔6号航行中乘客{P}晕倒，船员{N}给予吸氧；靠港后由{DS}医生接诊，联系电话{L}\n",
            "| 转运环节 | 人员 | 电话 |\n|---|---|---|\n| 卫生院医生 | {DR} | {L} |\n| 随船护士 | {N} | {M} |\n| 家属 | {F} | {M} |\n",
            "【舟山海上搜救中心】{F}您好，您的家属{P}已于{TIME}由救助直升机送达东海岛屿医院急诊，咨询电话{L}。\n",
            "[OCR] 转 诊 单\n患者 {PO}\n自 衢山镇卫生院 转至 东海岛屿医院\n陪同 {F}\n联系电话 {M}\n",
            "Helicopter handover, Zhujiajian heliport\nPatient: {PY}\nDOB: {DOBE}\nGCS 13, BP {BP}\n"
                    + "Received by Dr {DY}\n",
            "客渡绿色通道登记\n姓名 {P}\n身份证 {ID}\n陪同 {F}\n客渡 嵊翔6号 第3航班\n登记人 售票员{N}\n",
            // Crew lists.
            "船员名单\n船名：浙岱渔03187  船籍港：岱山\n| 序号 | 姓名 | 职务 | 身份证号 | 籍贯 |\n|---|---|---|---|---|\n"
                    + "| 1 | {N} | 船长 | {ID} | 浙江岱山 |\n| 2 | {P} | 轮机长 | {ID} | 安徽太和 |\n| 3 | {MN} | 普通船员 | 护照C4821736 "
                    + "| 外籍 |\n| 4 | {NM} | 普通船员 | 护照B 5527193 | 外籍 |\n",
            "序号,姓名,拼音,出生日期,联系电话\n1,{P},{PY},{DOB},{M}\n",
            "CREW LIST\nVessel: ZHE PU YU 68012  Call sign: BZWJ5  MMSI: 412417368\n1. {PY}, Master\n"
                    + "2. {MU}, Deckhand, passport C4821736, seaman's book F 287154\n3. {NM}, Deckhand\n",
            "渔船船员登记\n姓名\t身份证号\t家庭住址\t紧急联系人\n{P}\t{ID}\t{A}\t{F} {M}\n",
            "{\"vessel\":\"浙嵊渔07745\",\"crew\":[{\"name\":\"{P}\",\"idNo\":\"{ID}\",\"role\":\"大副\"},"
                    + "{\"name\":\"{MU}\",\"passport\":\"B 5527193\",\"role\":\"水手\"}]}\n",
            "[OCR] 渔 船 船 员 名 册\n船名 浙普渔68012\n姓名 {PO}\n出生 {DOB}\n籍贯 {A0}\n船员证 ZJ2023-D-04817\n",
            "Crew particulars (manning agency)\nName: {MU}\nNational ID: {IDF}\nDate of birth: {DOBE}\nHome address: "
                    + "{AF}\nFamily phone: {MF}\n",
            "外籍船员登记表\n姓名：{MN}（{MC}）\n身份证件号：{IDF}\n出生日期：{DOBE}\n家庭住址：{AF}\n中介联系人：{E}  {MF}\n",
            "出海报告：浙岱渔03187于{D}出港，船员11人（含外籍3人）；船长{N}，电话{M}；随船医药箱已检查；新上船船员{P}（{PY}）\n",
            "船员身份核对：{P}身份证{ID}与船员证ZJ2023-D-04817一致；联系电话{M}；核对人渔港边防{N}\n",
            // Occupational injuries, decompression sickness, diving, seasickness, drowning.
            "减压病诊疗记录\n患者：{P}，41岁，潜水采捕海参\n潜水深度32米，水底停留40分钟，快速上升\n症状：双下肢麻木、关节痛\n诊断：减压病II型\n"
                    + "处理：高压氧舱再压治疗（美国海军治疗表6）\n住院号：{R}\n主治医生：{DR}\n",
            "高压氧舱治疗登记|{P}|{ID}|2.8ATA 60min×3|舱内陪护{N}|{D}\n",
            "[OCR] 高压氧治疗知情同意书\n患者 {PO}\n身份证号 {ID}\n家属签字 {F}\n与患者关系 {KIN}\n联系电话 {M}\n",
            "Hyperbaric chamber log\nDiver: {PY}, age 36\nDive: 38 m for 35 min, no decompression stops\n"
                    + "Treatment: USN Table 6, extended\nMRN: {R}\nAttending: Dr {DYS}\n",
            "工伤事故报告\n事故时间：{D} {TIME}\n地点：浙岱渔03187甲板  船位29°40′N 123°10′E\n伤者：{P}  身份证号：{ID}\n伤情：左手第4、5指离断\n"
                    + "船东：{N}  电话：{M}\n报告人：船长{N}\n",
            "溺水抢救记录：{P}，{AGE}岁，在沈家门渔港落水约8分钟，由船员{N}救起，到院时GCS 7分，SpO2 82%；急诊医生{DR}；家属{F}（{KIN}）{M}\n",
            "晕船致脱水：{P}，河南籍新船员，首次随船出海，连续呕吐3天，东极镇卫生院补液；{NS}船长讲下只航次勿带伊了；电话{M}\n",
            "刺毒鱼刺伤：{P}被鲉鱼背鳍刺伤右手掌，局部剧痛；45℃热水浸泡30分钟；接诊{DR}医生；医保号{I}\n",
            "船上人都叫伊{PA}，真名{P}，33岁，机舱烫伤左前臂II度约3%TBSA；家属电话{M}\n",
            "[语音转文字] 喂 是海岛医院急诊吧 我是浙普渔68012的{N} 船上那个外国伙计{MG}拉网辰光被钢丝绳打到头 现在在吐 "
                    + "离沈家门还有4个钟头 能否派快艇 我电话{MV}\n",
            "潜水员健康档案\n姓名：{P}\n出生日期：{DOB}\n档案号：{R}\n潜水作业年限：15年\n骨关节X线：双侧肱骨头无菌性坏死（I期）\n建议：停止潜水作业\n",
            "Diving injury report (translated for the agency)\nDiver: {MN}\nNational ID: {IDF}\nHospital no.: {R}\n"
                    + "Diagnosis: decompression sickness type II\nAgency contact: {E}, {MF}\ncc: {E2}\n",
            "冷库作业冻伤：{P}在船舱冷库搬鱼箱4小时，双手指端青紫麻木；复温处理；医保{I}；{KIN}{F}电话{M}\n",
            "外籍船员{MN}左眉弓裂伤，系与同船{NM}口角推搡所致；清创缝合5针；翻译{N}；中介电话{MF}\n",
            // Fishermen's mutual insurance (渔业互保) and accident claims.
            "渔业互保理赔申请书\n被保险人：{P}  身份证号：{ID}\n所在渔船：浙岱渔03187  互保保单号：HB3309212024000387\n出险经过：起网时被网具打伤右眼\n"
                    + "收款账户：{B}  户名：{P}\n联系电话：{M}\n",
            "渔民人身平安互保 理赔材料\n1. 身份证复印件（{P}，{ID}）\n2. 出院小结（住院号{R}）\n3. 银行卡复印件（{B}）\n4. 船东证明（{N}签字）\n"
                    + "报案号 BA20240317008\n",
            "| 出险人 | 身份证号 | 伤残等级 | 赔付金额 | 收款卡号 |\n|---|---|---|---|---|\n| {P} | {ID} | 九级 | 86,000元 | {B} |\n",
            "死亡理赔：{P}随浙嵊渔07745出海作业落水失踪，搜寻无果，经法院宣告死亡；受益人{F}（{KIN}），身份证{ID}，账户{B}\n",
            "P&I claim notification\nMember vessel: ZHE DAI YU 03187\n"
                    + "Injured crew: {MN}, DOB {DOBE}, national ID {IDF}\nHospital: Donghai Islands Hospital, MRN {R}\n"
                    + "Correspondent: {E}\n",
            "渔业互保协会回访：电话回访{P}（{M}），伤口已愈合，对赔付无异议；回访人{N}\n",
            "{\"claimNo\":\"LP2024-0387\",\"insured\":\"{P}\",\"idCard\":\"{ID}\",\"hospitalNo\":\"{R}\","
                    + "\"bankCard\":\"{B}\",\"vessel\":\"浙普渔68012\"}\n",
            "外籍船员伤残赔付：{MN}，赔付款汇至本国账户{BF}（户名同护照），经办人{N}，中介电话{MF}\n",
            "[OCR] 渔业互保 出险通知书\n被保险人 {PO}\n身份证 {ID}\n渔船 浙嵊渔07745\n报案电话 {M}\n",
            "【渔业互保】{P}您好，您的理赔款已汇入账户{B}，请注意查收，如有疑问请致电{L}。\n",
            // Fishing-moratorium (休渔期) health checks.
            "休渔期渔民健康体检表\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n身份证号：{ID}\n所属渔船：浙普渔68012\n血压{BP}  空腹血糖 6.9mmol/L\n"
                    + "听力：左耳高频听力下降\n结论：建议内分泌科复查\n体检医生：{DR}\n",
            "姓名,身份证号,船名,血压,结论\n{P},{ID},浙岱渔03187,{BP},合格\n{N},{ID},浙岱渔03187,{BP},高血压待复查\n",
            "【东海岛屿医院】{P}您好，夏季休渔期渔民免费体检安排在{D}上午，地点沈家门街道社区卫生服务中心，请带身份证和医保卡（{I}）。咨询{L}\n",
            "[OCR] 休 渔 期 渔 民 体 检 报 告\n姓名 {PO}\n医保卡号 {I}\n胸片 双肺纹理增粗\n电测听 双耳 40dB\n",
            "Fishing moratorium screening, Shenjiamen\nScreened: 412 fishermen, 36 referred\nReferred for "
                    + "hypertension: {PY}, BP {BP}\nReferred for hearing loss: {N}\nReport by {DR}\n",
            "休渔期体检 渔船轮机员噪声聋筛查：{P}，轮机员，工龄22年，双耳高频听阈下降；建议佩戴耳塞；医保编号{I}\n",
            "休渔期回乡船员健康随访：{P}，休渔期回老家{A}，血压{BP}，电话{M}，9月16日开渔前返回舟山\n",
            "| 姓名 | 出生日期 | 籍贯 | 结论 |\n|---|---|---|---|\n| {P} | {DOB} | {A0} | 合格 |\n| {N} | {DOB} | {A0} | 复查 |\n",
            // Elderly islanders left behind.
            "[语音转文字] 喂 {DS}医生 我是{A0}的{P} 今年八十三岁了 屋里就我一个人 儿子在上海做生活 这两天头晕 走路要跌倒 侬好来一趟勿啦 电话{MV}\n",
            "留守老人关爱探访：{PS}阿婆，87岁，独居，子女在宁波；米缸空了一半，降压药剩5天；已联系其女儿{F}（{M}）；探访人：村医{DR}、网格员{N}\n",
            "东极镇留守老人名单\n1. {P}（{DOBO}，{A0}）子女电话{M}\n2. {N}（{DOBO}，{A0}）子女电话{M}\n",
            "{F}讲伊拉娘{P}过的是农历生日，{DOBL}，身份证上是按阳历登记的，两个日子对勿牢\n",
            "高龄津贴申请\n申请人：{P}\n出生日期：{DOBL}（农历）\n身份证号：{ID}\n户籍地址：{A}\n代办人：{F}（儿子）\n津贴发放卡号：{B}\n",
            "[微信 家属群]\n{F}：{DS}医生，阿拉娘这两天勿肯吃饭\n{DR}：我下半日去望一望，上趟量血压{BP}\n{F}：谢谢侬，我在上海回勿来，有事打我{M}\n",
            "视频问诊：{P}（79岁，住{A0}）由女儿{F}在上海通过视频陪同，{DR}医生查看下肢水肿，调整呋塞米20mg qd；电话{M}\n",
            "{PK}是{P}的绰号，今年七十六岁，老伴走了以后一个人住在{A0}，村里人讲伊交关要强\n",
            "老年人家中跌倒：老{PS}，81岁，凌晨起夜跌倒在灶间，躺了4个钟头才被邻居{N}发现；住{A}；儿子{F}电话{M}\n",
            "独居老人紧急呼叫器登记\n姓名 {P}\n出生 {DOBL}\n住址 {A}\n紧急联系人 {F} {M}\n村医 {DR} {L}\n",
            // Foreign crew and their agencies.
            "外籍船员入院登记\n姓名：{MU}\n中文译名：{MC}\n身份证件号：{IDF}\n出生日期：{DOBE}\n护照号：C4821736（仅作核对）\n家属电话：{MF}\n",
            "Patient {MN} (called {MG} on board) was brought in by the agent {E}. Next of kin at {AF}, phone {MF}.\n",
            "外籍船员{MC}（{MN}）出示本国医保卡{IF}，我院无法结算，按自费处理；中介{N}电话{M}\n",
            "[微信 外籍船员翻译群]\n翻译{N}：{MG}讲胸口痛了两天，昨晚没睡着，以前没有心脏病\n{DR}：让他今天来做心电图，他老家电话多少？\n翻译：{MF}\n",
            "主题：外籍船员{MN}住院通知\n{E}先生/女士：\n贵司派遣船员{MG}于{D}因右手压榨伤住院，住院号{R}。请协助联系其家属（{MF}）。\n"
                    + "东海岛屿医院国际医疗部 {DR}\n",
            "Remittance instruction\nBeneficiary: {MU}\nBeneficiary account: {BF}\nPurpose: wages and injury "
                    + "compensation\nAuthorised by shipowner {PY}\n",
            "遗体运返：{MN}于浙普渔68012船上猝死；家属地址{AF}；中介{E}（{MF}）；船东{N}\n",
            "| Name | National ID | DOB | Home phone |\n|---|---|---|---|\n| {MU} | {IDF} | {DOBE} | {MF} |\n| {NM} | "
                    + "pending | pending | pending |\n",
            "[语音转文字] 医生 阿拉船上那个外国伙计{MG} 中国话讲勿清爽 伊手指头被鱼钩钩牢了 我是船老大{N} 电话{SAT}\n",
            "[WhatsApp] to agent {ES}: is {MG} in hospital in Zhoushan? This is his wife's number {MF}. Thank you.\n",
            "Fit-to-work certificate\nSeafarer: {MU}\nPassport: B 5527193\nSeaman's book: F 287154\nDate of birth: "
                    + "{DOBE}\nExamining doctor: {DY}\n",
            "{MG}的家属托中介要求复印病历，寄往{AF}；本国医保卡号{IF}\n",
            "外籍船员保险及账户信息：{MC}，本国医保号{IF}，本国身份证号{IDF}，工资账户{BF}\n",
            "中介对接记录：船员服务公司{N}讲{MC}的护照在船东{NS}总手里，身份证件号{IDF}可以先登记\n",
            "Consular notification\nTo: {E2}, Consulate-General, Shanghai\nRe: {MN}, admitted to Donghai Islands "
                    + "Hospital on {D}\nInpatient no.: {R}\nWard phone: {L}\n",
            "船员中介{ES}来电，询问{MC}出院时间及费用，回电{MF}\n",
            "[WhatsApp] {EG}: is {MG} discharged? Boat leaves Shenjiamen on Friday.\n{DR}: Yes, discharged today, "
                    + "wound check in 7 days. Call {L} if needed.\n",
            "致{EG}（P&I通讯代理）：船员{MN}需第二次高压氧治疗，预计费用8,600 CNY。\n",
            "Subject: discharge of crew member {MN}\nDear {EG},\nThe crew member was discharged today. Please arrange "
                    + "the repatriation; the family phone is {MF}.\nKind regards,\n{DR}\n",
            "{\"crewName\":\"{MU}\",\"nationalId\":\"{IDF}\",\"insurance\":\"{IF}\",\"account\":\"{BF}\","
                    + "\"agent\":\"{E}\"}\n",
            // Families on shore and the wards.
            "家属来电记录：{D} {TIME}，{F}（{P}的{KIN}）来电询问病情，已告知；来电号码{M}；接听护士{N}\n",
            "[微信 病区-家属沟通]\n{F}：护士，阿拉{PG}今朝手术好了哦？\n{N}：好了，在复苏室，{DS}医生等一歇会跟侬讲\n{F}：好个，我电话{M}\n",
            "【东海岛屿医院】{F}您好，您的家属{P}（住院号{R}）预交金余额不足，请及时续缴。\n",
            "陪护登记：{F}陪护{P}，陪护证号PH-0386，电话{M}\n",
            "[微信 嵊山渔嫂群]\n{F}：阿拉老公讲船上有人落水了，啥人晓得是啥人？\n{N}：听讲是{P}，已经救上来了，送到沈家门去了\n"
                    + "{F}：伊屋里人晓得了伐？\n",
            "渔船失联后心理干预：{F}（失联船员{P}的{KIN}）失眠、反复哭泣；心理咨询师{N}；电话{M}；住{A}\n",
            "[语音留言] {NS}老大 我是{P}的老婆 伊手机一直打勿通 船到哪里了 我电话{MV}\n",
            "[语音转文字] 喂 医生 阿拉是{PA}屋里的 伊昨日夜里出海回来就讲头痛 现在人勿大清爽 阿拉住{A0} 电话{MV}\n",
            "[微信 沈家门渔港群]\n{N}：{PK}今朝又没来上船，电话也勿接\n{NS}老大：伊老婆讲伊住院了，在东海岛屿医院\n",
            "[微信 家属群]\n{F}：{DS}医生，{PG}今朝好点了伐？夜里还咳勿咳？\n{DR}：好多了，明朝可以出院\n",
            "门诊收费：{P}，医保卡号{I}，统筹支付 312.60元，个人支付 85.40元\n",
            "住院证\n姓名：{P}  性别：{SEX}  年龄：{AGE}\n身份证号：{ID}\n入院科室：高压氧科\n门诊诊断：减压病\n医保号：{I}\n",
            "{P}的{KIN}讲，屋里人都叫伊{PG}，从小在船上长大，十六岁就跟{NS}老大出海\n",
            "{PK}大名叫{P}，码头上都叫伊绰号；今朝在码头搬鱼箱闪了腰，{DS}医生给伊开了膏药\n",
            "预交金退款：转入{B}，户名{F}，患者{P}，住院号{R}\n",
            "出院小结\n患者：{P}  住院号：{R}\n出生日期：{DOB}\n出院诊断：右胫腓骨开放性骨折术后，石膏固定\n出院医嘱：3个月内勿出海，骨科门诊复查\n"
                    + "主治医师：{DR}  科室电话：{L}\n",
            "Discharge summary\nName: {PY}\nDOB: {DOBE}\nMRN: {R}\nDiagnosis: decompression sickness type II, resolved "
                    + "after two USN Table 6 treatments\nFollow-up: hyperbaric clinic, tel {L}\nPhysician: Dr {DYS}\n",
            "Transfer note: {E2} from the P&I club called at {TIME} about crew {MN}; claim ref. PI/24/0387; the agent "
                    + "({ES}) can be reached at {MF}.\n",
            "{\"patientName\":\"{P}\",\"pinyin\":\"{PY}\",\"dob\":\"{DOB}\",\"idCard\":\"{ID}\",\"phone\":\"{M}\","
                    + "\"address\":\"{A}\"}\n");

    /** Han name and pinyin (family|given): the fishing port's roll. */
    private static final Map<String, String> PINYIN = pinyin(""
            // The commonest surnames of Zhoushan: older islanders, inland crew, younger staff.
            + "王海根 Wang|Haigen,王信康 Wang|Xinkang,王岳定 Wang|Yueding,王菊娣 Wang|Judi,王国舟 Wang|Guozhou,"
            + "王阿友 Wang|Ayou,王彩娣 Wang|Caidi,王定发 Wang|Dingfa,王昌岳 Wang|Changyue,王雅琴 Wang|Yaqin,"
            + "王启潮 Wang|Qichao,王保国 Wang|Baoguo,王满囤 Wang|Mantun,王亚飞 Wang|Yafei,"
            + "李来发 Li|Laifa,李素娣 Li|Sudi,李志根 Li|Zhigen,李雪娣 Li|Xuedi,李仁昌 Li|Renchang,李梦琪 Li|Mengqi,"
            + "李沛然 Li|Peiran,李建设 Li|Jianshe,李保仓 Li|Baocang,李泽远 Li|Zeyuan,"
            + "张财发 Zhang|Caifa,张亚芬 Zhang|Yafen,张国良 Zhang|Guoliang,张银娣 Zhang|Yindi,张岱生 Zhang|Daisheng,"
            + "张卫海 Zhang|Weihai,张红旗 Zhang|Hongqi,张晟 Zhang|Sheng,张秋月 Zhang|Qiuyue,"
            + "陈宝娣 Chen|Baodi,陈仁康 Chen|Renkang,陈阿根 Chen|Agen,陈秋芸 Chen|Qiuyun,陈定康 Chen|Dingkang,"
            + "陈伟岳 Chen|Weiyue,陈舒婷 Chen|Shuting,陈远帆 Chen|Yuanfan,"
            + "林岳根 Lin|Yuegen,林杏娣 Lin|Xingdi,林道明 Lin|Daoming,林信发 Lin|Xinfa,林海潮 Lin|Haichao,"
            + "林昭航 Lin|Zhaohang,林月仙 Lin|Yuexian,"
            + "周康定 Zhou|Kangding,周亚娣 Zhou|Yadi,周渭清 Zhou|Weiqing,周祥根 Zhou|Xianggen,周可岚 Zhou|Kelan,周仁宝 Zhou|Renbao,"
            + "徐根财 Xu|Gencai,徐彩菊 Xu|Caiju,徐定国 Xu|Dingguo,徐亚君 Xu|Yajun,徐昀 Xu|Yun,"
            + "胡岳林 Hu|Yuelin,胡秀珠 Hu|Xiuzhu,胡仁杰 Hu|Renjie,胡冬生 Hu|Dongsheng,"
            + "刘满堂 Liu|Mantang,刘根宝 Liu|Genbao,刘翠英 Liu|Cuiying,刘二强 Liu|Erqiang,"
            + "金阿龙 Jin|Along,金信昌 Jin|Xinchang,金雪芬 Jin|Xuefen,金仕杰 Jin|Shijie,"
            // The islands' other surnames.
            + "乐天 Yue|Tian,乐其昌 Yue|Qichang,乐菊英 Yue|Juying,邬定海 Wu|Dinghai,邬彩凤 Wu|Caifeng,虞永根 Yu|Yonggen,"
            + "虞信德 Yu|Xinde,贺岳明 He|Yueming,贺小娣 He|Xiaodi,应海宁 Ying|Haining,应秀娣 Ying|Xiudi,"
            + "翁国平 Weng|Guoping,翁来娣 Weng|Laidi,洪涛 Hong|Tao,洪福根 Hong|Fugen,毛信根 Mao|Xingen,"
            + "傅如松 Fu|Rusong,鲍岳年 Bao|Yuenian,俞阿娣 Yu|Adi,丁海松 Ding|Haisong,石浦 Shi|Pu,夏根娣 Xia|Gendi,"
            + "孙阿宝 Sun|Abao,孙桂娣 Sun|Guidi,郑信宝 Zheng|Xinbao,郑巧英 Zheng|Qiaoying,杨正刚 Yang|Zhenggang,"
            // Inland crew: Anhui, Henan, Sichuan, Guizhou.
            + "程大伟 Cheng|Dawei,汪守富 Wang|Shoufu,赵留柱 Zhao|Liuzhu,孙二壮 Sun|Erzhuang,马占林 Ma|Zhanlin,"
            + "郭书勤 Guo|Shuqin,何光全 He|Guangquan,罗志蓉 Luo|Zhirong,谢德彬 Xie|Debin,蒲家兴 Pu|Jiaxing,"
            + "苟长富 Gou|Changfu,龙正刚 Long|Zhenggang,罗福全 Luo|Fuquan,石光耀 Shi|Guangyao,潘银贵 Pan|Yingui,韦永碧 Wei|Yongbi,"
            // Rare surnames no earlier group used.
            + "励岳祥 Li|Yuexiang,励杏娣 Li|Xingdi,能德全 Neng|Dequan,能小蓉 Neng|Xiaorong,睢国栋 Sui|Guodong,睢春燕 Sui|Chunyan,"
            // Younger doctors, nurses and rescue staff.
            + "虞思恬 Yu|Sitian,应嘉禾 Ying|Jiahe,乐可昕 Yue|Kexin,贺晨曦 He|Chenxi,邬梓萌 Wu|Zimeng,傅一鸣 Fu|Yiming,"
            + "俞诗涵 Yu|Shihan,翁子墨 Weng|Zimo");
    static final List<String> CHINESE = List.copyOf(PINYIN.keySet());
    /** Surnames of the region no earlier blind group gave anyone: 励 (Ningbo, Zhoushan), 能 (Sichuan), 睢 (Henan). */
    static final String RARE_SURNAMES = "励能睢";
    /** Pool names that are also ordinary words: to be content with one's lot, great waves, a fishing town. */
    static final List<String> WORD_LIKE = List.of("乐天", "洪涛", "石浦");
    /** Foreign crew as their passports write them: Indonesian (Java's north coast), Burmese, Vietnamese. */
    static final List<String> INDONESIAN = List.of("Sugeng Riyanto", "Jumadi", "Sobirin Hasan", "Darmaji Wiyono",
            "Tarmuji", "Casmadi", "Khaerul Anwar", "Muhamad Tohirin", "Rasito");
    static final List<String> BURMESE = List.of("Aung Myint Oo", "Kyaw Soe Naing", "Thet Naing Win", "Zaw Lin Htet");
    static final List<String> VIETNAMESE = List.of("Nguyen Van Thang", "Le Van Hieu", "Ho Sy Thuc", "Phan Dinh Quy",
            "Trần Văn Lực");
    static final List<String> MINORITY = Stream.of(INDONESIAN, BURMESE, VIETNAMESE).flatMap(List::stream).toList();
    /** The name used on board, and the Chinese rendering of Chinese documents, of each foreign crew member. */
    private static final Map<String, String[]> CALLED_AND_CHINESE = called(
            "Sugeng Riyanto|Sugeng|苏根·里扬托", "Jumadi|Jumadi|朱马迪", "Sobirin Hasan|Sobirin|索比林·哈桑",
            "Darmaji Wiyono|Darmaji|达尔马吉·维约诺", "Tarmuji|Tarmuji|塔尔穆吉", "Casmadi|Casmadi|恰斯马迪",
            "Khaerul Anwar|Khaerul|海鲁尔·安瓦尔", "Muhamad Tohirin|Tohirin|穆罕默德·托希林", "Rasito|Rasito|拉西托",
            "Aung Myint Oo|Aung|昂敏乌", "Kyaw Soe Naing|Kyaw|觉梭奈", "Thet Naing Win|Thet|德奈温",
            "Zaw Lin Htet|Zaw|佐林泰", "Nguyen Van Thang|Thang|阮文胜", "Le Van Hieu|Hieu|黎文孝",
            "Ho Sy Thuc|Thuc|胡士识", "Phan Dinh Quy|Quy|潘廷贵", "Trần Văn Lực|Lực|陈文力");
    /** Nicknames of the port that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("阿六头", "小毛头", "黑皮阿龙", "长脚阿四", "癞头阿二", "大头阿三",
            "阿狗", "胖阿福", "小河南", "小安徽");
    /** Agency staff, consular staff and correspondents, given|family: Indonesian, Batak, Norwegian, Singaporean,
     * Indian. */
    static final List<String> ENGLISH = List.of("Wawan|Sukmawijaya", "Retno|Wulandari", "Dimas|Prasetyadi",
            "Yulia|Kartikasari", "Rizal|Firmansyah", "Siti|Nurhalimah", "Agnes|Tumbelaka", "Ferdinand|Lumbantobing",
            "Parlindungan|Sitorus", "Torstein|Brekkeflat", "Synnøve|Hovdenak", "Oddveig|Rasmussen-Bakke",
            "Kelvin|Seah", "Arvind|Nambiar");

    /** Zhoushan (定海, 普陀, 岱山, 嵊泗) and 象山: codes in use before 1999, when 15-digit numbers were issued. */
    private static final List<String> LEGACY_AREA = List.of("330902", "330903", "330921", "330922", "330225");
    /** Area codes for 18-digit numbers: the legacy codes, 温岭, and the crew's home counties (太和, 涡阳, 舒城, 太康,
     * 商城, 南部, 开江, 正安, 务川). */
    private static final List<String> AREA = Stream.concat(LEGACY_AREA.stream(), Stream.of("331081", "341222",
            "341621", "341523", "411627", "411524", "511321", "511723", "520324", "520326")).toList();
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0580");
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("0574", "0576", "021");
    private static final List<String> BANK_BINS = List.of("621058", "623091", "622682", "628316", "621799");
    private static final List<String> ISLAND_CENTRES = List.of("GQ", "SS", "HN", "HL", "DJ", "XZ", "QS", "CT");
    /** Province|city|district|town|villages of the islands. */
    private static final List<String> ISLANDS = List.of(
            "浙江省|舟山市|嵊泗县|枸杞乡|里西村,奇观村,干斜村",
            "浙江省|舟山市|嵊泗县|嵊山镇|箱子岙村,泗洲塘村",
            "浙江省|舟山市|嵊泗县|黄龙乡|峙岙村,东咀头村",
            "浙江省|舟山市|嵊泗县|花鸟乡|花鸟村",
            "浙江省|舟山市|普陀区|东极镇|庙子湖村,青浜村,东福山村",
            "浙江省|舟山市|普陀区|虾峙镇|湖泥村,栅棚村",
            "浙江省|舟山市|普陀区|六横镇|台门村,峧头村",
            "浙江省|舟山市|岱山县|衢山镇|岛斗村,凉峙村",
            "浙江省|舟山市|岱山县|长涂镇|后沙洋村,小长涂村",
            "浙江省|舟山市|定海区|金塘镇|大浦村,沥港村");
    /** Province|city|district|roads|estates of the towns. */
    private static final List<String> TOWNS = List.of(
            "浙江省|舟山市|定海区|解放西路,昌国路,人民北路|绿岛小区,海山花园,东海新村",
            "浙江省|舟山市|普陀区|东海中路,兴建路,滨港路|渔港新村,海港小区,半升洞新村",
            "浙江省|舟山市|岱山县|长河路,竹屿路|海景苑,蓬莱新村");
    /** Province|city|county|towns|villages the inland crew come from. */
    private static final List<String> HOMETOWNS = List.of(
            "安徽省|阜阳市|太和县|宫集镇,双浮镇|王庄村,李楼村",
            "安徽省|亳州市|涡阳县|义门镇,高公镇|前进村,刘大庄村",
            "河南省|周口市|太康县|马头镇,逊母口镇|大王庄村,孙楼村",
            "河南省|信阳市|商城县|上石桥镇,余集镇|柳林村,新店村",
            "四川省|南充市|南部县|升钟镇,双佛镇|白鹤村,团结村",
            "四川省|达州市|开江县|讲治镇,普安镇|三清村,双河村",
            "贵州省|遵义市|正安县|格林镇,土坪镇|青山村,新田村");
    /** Indonesian villages: desa|kecamatan|kabupaten|province; and the NIK regency codes. */
    private static final List<String> DESA = List.of("Kluwut|Bulakamba|Brebes|Jawa Tengah|3329",
            "Randusanga Kulon|Brebes|Brebes|Jawa Tengah|3329", "Munjung Agung|Kramat|Tegal|Jawa Tengah|3328",
            "Eretan Wetan|Kandanghaur|Indramayu|Jawa Barat|3212");
    /** Vietnamese communes: commune|district|province|CCCD province code. */
    private static final List<String> XA = List.of("Quỳnh Lập|thị xã Hoàng Mai|Nghệ An|040",
            "Diễn Kim|huyện Diễn Châu|Nghệ An|040", "Thạch Kim|huyện Lộc Hà|Hà Tĩnh|042",
            "Kỳ Lợi|thị xã Kỳ Anh|Hà Tĩnh|042");
    /** Myanmar towns: street|town|region|NRC prefix. */
    private static final List<String> MYANMAR = List.of("Bo Gyoke Road|Kawthaung|Tanintharyi Region|6/KaThaNa",
            "Strand Road|Myeik|Tanintharyi Region|6/MaAhNa", "Lower Main Road|Mawlamyine|Mon State|10/MaLaMa");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";

    private Blind47Templates() {
    }

    private static Map<String, String> pinyin(String entries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String e : entries.split(",")) {
            String[] p = e.strip().split(" ");
            if (out.put(p[0], p[1]) != null) throw new IllegalStateException("twice in the pool: " + p[0]);
        }
        return out;
    }

    private static Map<String, String[]> called(String... entries) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String e : entries) {
            String[] p = e.split("\\|");
            out.put(p[0], new String[] {p[1], p[2]});
        }
        return out;
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_47 || !templates.isEmpty() && BLIND_47.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's foreign crew member (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** Another foreign crew member of the record's boat (NM), not the record's own. */
    static String shipmate(String crew, RandomGenerator r) {
        String other = pick(MINORITY, r);
        while (other.equals(crew)) other = pick(MINORITY, r);
        return other;
    }

    /** The name a foreign crew member is called by on board: Sugeng of Sugeng Riyanto, Thang of Nguyen Van Thang. */
    static String calledName(String crew) {
        return CALLED_AND_CHINESE.get(crew)[0];
    }

    /** The Chinese rendering of a foreign crew member's name: 苏根·里扬托, 阮文胜. */
    static String chineseRendering(String crew) {
        return CALLED_AND_CHINESE.get(crew)[1];
    }

    /** Zhoushan's 阿 and the last character of the given name: 阿根 of 王海根. */
    static String hypocoristic(String chineseName) {
        return "阿" + chineseName.substring(chineseName.length() - 1);
    }

    /** The pinyin of a pool name as seafarers' documents write it: WANG HAIGEN, Wang Haigen, Haigen Wang. */
    static String pinyinName(String chineseName, RandomGenerator r) {
        String[] p = PINYIN.get(chineseName).split("\\|");
        return switch (r.nextInt(3)) {
            case 0 -> (p[0] + " " + p[1]).toUpperCase(Locale.ROOT);
            case 1 -> p[0] + " " + p[1];
            default -> p[1] + " " + p[0];
        };
    }

    /** The pinyin family name of a pool name, as an English document writes the doctor's: Wang of 王海根. */
    static String pinyinFamily(String chineseName) {
        return PINYIN.get(chineseName).split("\\|")[0];
    }

    /** Every pinyin form of every pool name. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String v : PINYIN.values()) {
            String[] p = v.split("\\|");
            out.add((p[0] + " " + p[1]).toUpperCase(Locale.ROOT));
            out.add(p[0] + " " + p[1]);
            out.add(p[1] + " " + p[0]);
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

    /** Province and city, the city alone, or neither. */
    private static String prefix(String[] t, boolean withProvince, RandomGenerator r) {
        if (withProvince) return t[0] + t[1];
        return r.nextBoolean() ? t[1] : "";
    }

    /** An island village: 浙江省舟山市嵊泗县嵊山镇箱子岙村37号; {@code partial} stops at the town or the village. */
    static String island(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(ISLANDS, r));
        String town = prefix(t, withProvince, r) + t[2] + t[3];
        if (partial) return r.nextBoolean() ? town : town + one(t[4], r);
        return town + one(t[4], r) + (1 + r.nextInt(160)) + "号";
    }

    /** A flat: 舟山市定海区解放西路88号绿岛小区3幢2单元302室; {@code partial} stops at the road or its number. */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(TOWNS, r));
        String road = (withProvince ? t[0] + t[1] : t[1]) + t[2] + one(t[3], r);
        if (partial) return r.nextBoolean() ? road : road + (1 + r.nextInt(300)) + "号";
        return road + (1 + r.nextInt(300)) + "号" + one(t[4], r) + (1 + r.nextInt(30)) + "幢" + (1 + r.nextInt(4))
                + "单元" + (1 + r.nextInt(12)) + "0" + (1 + r.nextInt(4)) + "室";
    }

    /** A crew member's home village: 安徽省阜阳市太和县宫集镇王庄村5组; {@code partial} stops at the town or the village. */
    static String hometown(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(HOMETOWNS, r));
        String town = prefix(t, withProvince, r) + t[2] + one(t[3], r);
        if (partial) return r.nextBoolean() ? town : town + one(t[4], r);
        return town + one(t[4], r) + (1 + r.nextInt(12)) + "组";
    }

    /** An address: an island village, a flat or a crew member's home village. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        int k = r.nextInt(10);
        if (k < 5) return island(withProvince, partial, r);
        return k < 7 ? flat(withProvince, partial, r) : hometown(withProvince, partial, r);
    }

    /** A foreign crew member's home, in his own country. */
    static String foreignAddress(String crew, RandomGenerator r) {
        if (INDONESIAN.contains(crew)) {
            String[] d = split(pick(DESA, r));
            return "Desa " + d[0] + " RT " + String.format("%03d", 1 + r.nextInt(9)) + "/RW "
                    + String.format("%03d", 1 + r.nextInt(6)) + ", Kec. " + d[1] + ", Kab. " + d[2] + ", " + d[3];
        }
        if (VIETNAMESE.contains(crew)) {
            String[] x = split(pick(XA, r));
            return "Xóm " + (1 + r.nextInt(12)) + ", xã " + x[0] + ", " + x[1] + ", tỉnh " + x[2];
        }
        String[] m = split(pick(MYANMAR, r));
        return "No. " + (1 + r.nextInt(120)) + ", " + m[0] + ", Ward " + (1 + r.nextInt(6)) + ", " + m[1] + ", " + m[2];
    }

    /**
     * A foreign crew member's national identity number: an Indonesian NIK (regency, district, birth date, serial), a
     * Vietnamese CCCD (province, century and sex, year, six digits) or old CMND (nine digits), a Myanmar NRC.
     */
    static String foreignId(String crew, RandomGenerator r) {
        int y = 1970 + r.nextInt(36), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        if (INDONESIAN.contains(crew)) {
            return split(pick(DESA, r))[4] + String.format("%02d%02d%02d%02d", 1 + r.nextInt(17), d, m, y % 100)
                    + String.format("%04d", 1 + r.nextInt(600));
        }
        if (VIETNAMESE.contains(crew)) {
            if (r.nextInt(4) == 0) return "18" + (6 + r.nextInt(2)) + digits(6, r);
            return split(pick(XA, r))[3] + (y >= 2000 ? "2" : "0") + String.format("%02d", y % 100) + digits(6, r);
        }
        return split(pick(MYANMAR, r))[3] + "(N)" + digits(6, r);
    }

    /** A foreign crew member's mobile or his family's, in the country's written forms. */
    static String foreignMobile(String crew, RandomGenerator r) {
        if (INDONESIAN.contains(crew)) {
            String n = "8" + "12358".charAt(r.nextInt(5)) + digits(9, r);
            return switch (r.nextInt(3)) {
                case 0 -> "+62 " + n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
                case 1 -> "0" + n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
                default -> "+62" + n;
            };
        }
        if (VIETNAMESE.contains(crew)) {
            String n = "9" + digits(8, r);
            return switch (r.nextInt(3)) {
                case 0 -> "+84 " + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
                case 1 -> "0" + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
                default -> "+84" + n;
            };
        }
        String n = "9" + "4567".charAt(r.nextInt(4)) + digits(8, r);
        return r.nextBoolean() ? "+95 9 " + n.substring(1, 4) + " " + n.substring(4, 7) + " " + n.substring(7)
                : "09 " + n.substring(1);
    }

    /** A foreign crew member's health insurance: Indonesian BPJS Kesehatan, Vietnamese BHYT, Myanmar SSB. */
    static String foreignInsurance(String crew, RandomGenerator r) {
        if (INDONESIAN.contains(crew)) return "0001" + digits(9, r);
        if (VIETNAMESE.contains(crew)) {
            return pick(List.of("GD", "DN", "HN"), r) + (1 + r.nextInt(5)) + split(pick(XA, r))[3].substring(1)
                    + digits(10, r);
        }
        String nrc = split(pick(MYANMAR, r))[3];
        return "SSB-" + nrc.substring(0, nrc.indexOf('/')) + "/" + digits(7, r);
    }

    /** A foreign crew member's account at home: BRI 0123-01-012345-50-7 or BNI, Vietcombank or Agribank, KBZ. */
    static String foreignAccount(String crew, RandomGenerator r) {
        if (INDONESIAN.contains(crew)) {
            if (r.nextBoolean()) return digits(4, r) + "-01-" + digits(6, r) + "-5" + r.nextInt(4) + "-" + digits(1, r);
            return "0" + digits(9, r);
        }
        if (VIETNAMESE.contains(crew)) return (r.nextBoolean() ? "007100" + digits(7, r) : "3604205" + digits(6, r));
        return "0273" + digits(13, r);
    }

    /** A resident ID: 18 characters (born 1940 to 2005) plain, with a lower-case x, 6-8-4 by blanks or hyphens, or a
     * 15-digit one on a Zhoushan or 象山 code (born 1940 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 40, 45, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1940, 66, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** The three-digit prefixes of mobiles in use, not 170/171 (resold) nor 174 (天通 satellite phones). */
    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "134", "135", "136", "137",
            "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "173", "175", "176", "177",
            "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199");

    private static String mobileDigits(RandomGenerator r) {
        return pick(MOBILE_PREFIXES, r) + digits(8, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(5)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            default -> n;
        };
    }

    /**
     * A mobile as said aloud: on the phone the one as 幺 or 一 and the nought as 零; as read on the radio, 幺, 两, 拐 and
     * 洞 for one, two, seven and nought. 3-4-4 by blanks or run on.
     */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        boolean radio = r.nextInt(3) == 0;
        char one = radio || r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (c == '1') b.append(one);
            else if (c == '0') b.append(radio ? '洞' : '零');
            else if (radio && c == '2') b.append('两');
            else if (radio && c == '7') b.append('拐');
            else b.append(NUMERALS.charAt(c - '0'));
        }
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /**
     * A landline: seven local digits on 0580, eight on 0574, 0576 and 021: 0580-2023456, (0580)2023456, 0580 202 3456,
     * 0580-2023456转8012, +86 580 2023456.
     */
    static String landline(RandomGenerator r) {
        boolean seven = r.nextInt(5) < 3;
        String area = pick(seven ? SEVEN_DIGIT_AREAS : EIGHT_DIGIT_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(seven ? 6 : 7, r);
        int half = seven ? 3 : 4;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /** A satellite phone: 天通 1740…, Inmarsat +870 7…, Iridium +8816 …, as boats and logs write them. */
    static String satellitePhone(RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0, 1 -> "1740" + digits(7, r);
            case 2 -> {
                String n = "1740" + digits(7, r);
                yield n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            }
            case 3 -> "+870 7" + digits(8, r);
            case 4 -> {
                String n = "7" + digits(8, r);
                yield "00870 " + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            }
            case 5 -> "+8816 " + digits(4, r) + " " + digits(4, r);
            default -> "008816" + digits(8, r);
        };
    }

    /**
     * 2024018765 (inpatient), MZ20387165 (outpatient), GQWS24-0387 (island centres), YC2024-00387 (remote consultation
     * files), 33092210301200387 (17-digit health archive numbers).
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2015 + r.nextInt(11);
        return switch (r.nextInt(5)) {
            case 0 -> year + digits(6, r);
            case 1 -> "MZ" + digits(8, r);
            case 2 -> pick(ISLAND_CENTRES, r) + "WS" + (year % 100) + "-" + digits(4, r);
            case 3 -> "YC" + year + "-" + digits(5, r);
            default -> pick(LEGACY_AREA.subList(0, 4), r) + (100 + r.nextInt(20)) + String.format("%03d",
                    1 + r.nextInt(30)) + digits(5, r);
        };
    }

    /** An area code and eight digits (medical insurance), or a social security card: a letter and eight digits. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextBoolean() ? pick(AREA, r) + digits(8, r) : "ABCDH".charAt(r.nextInt(5)) + digits(8, r);
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

    /** 1968年4月9日, 1968-04-09, 1968.4.9, 1968/4/9, 一九六八年四月九日, 68年4月9号, 19680409; born 1930 to 2005. */
    static String birthDate(RandomGenerator r) {
        return birthDate(1930, 76, r);
    }

    /** {@link #birthDate(RandomGenerator)} of an elderly islander, born 1928 to 1955. */
    static String elderBirthDate(RandomGenerator r) {
        return birthDate(1928, 28, r);
    }

    private static String birthDate(int fromYear, int years, RandomGenerator r) {
        int y = fromYear + r.nextInt(years), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "/" + m + "/" + d;
            case 4 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            case 5 -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
            default -> String.format("%d%02d%02d", y, m, d);
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

    /** A lunar date of birth, 1922 to 1955: 农历1938年三月初九, 老历1938年三月初九, 阴历三八年腊月廿三. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1922 + r.nextInt(34), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + month + lunarDay(d);
            case 1 -> "老历" + y + "年" + month + lunarDay(d);
            default -> "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
        };
    }

    /** As passports and English documents write it: 09 APR 1968, 09/04/1968, 09-04-1968, 9 April 1968, Apr 9, 1968. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1965 + r.nextInt(41), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(5)) {
            case 0 -> String.format("%02d %s %d", d, month.substring(0, 3).toUpperCase(Locale.ROOT), y);
            case 1 -> String.format("%02d/%02d/%d", d, m, y);
            case 2 -> String.format("%02d-%02d-%d", d, m, y);
            case 3 -> d + " " + month + " " + y;
            default -> month.substring(0, 3) + " " + d + ", " + y;
        };
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        String crew = people[3];
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(chineseName(random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PA" -> out.write(hypocoristic(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(people[0], random), EntityKind.NAME);
            case "DY" -> out.write(pinyinName(people[2], random), EntityKind.NAME);
            case "DYS" -> out.write(pinyinFamily(people[2]), EntityKind.NAME);
            case "MU" -> out.write(crew.toUpperCase(Locale.ROOT), EntityKind.NAME);
            case "MG" -> out.write(calledName(crew), EntityKind.NAME);
            case "MC" -> out.write(chineseRendering(crew), EntityKind.NAME);
            case "NM" -> out.write(shipmate(crew, random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDF" -> out.write(foreignId(crew, random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "SAT" -> out.write(satellitePhone(random), EntityKind.PHONE);
            case "MF" -> out.write(foreignMobile(crew, random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IF" -> out.write(foreignInsurance(crew, random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "BF" -> out.write(foreignAccount(crew, random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AF" -> out.write(foreignAddress(crew, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBO" -> out.write(elderBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
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
                        || hypocoristic(n).equals(w))
                || MINORITY.stream().anyMatch(n -> calledName(n).equals(w))
                || CHINESE.stream().anyMatch(n -> pinyinFamily(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /** The pool name a labelled value writes in full, or null when the value (a surname, a given name, a name used on
     * board, 阿X) names no one in full. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String n : CHINESE) {
            for (String form : List.of("upper", "title", "western")) {
                String[] p = PINYIN.get(n).split("\\|");
                String written = switch (form) {
                    case "upper" -> (p[0] + " " + p[1]).toUpperCase(Locale.ROOT);
                    case "title" -> p[0] + " " + p[1];
                    default -> p[1] + " " + p[0];
                };
                if (written.equals(w)) return n;
            }
        }
        for (String n : MINORITY) {
            if (n.toUpperCase(Locale.ROOT).equals(w) || chineseRendering(n).equals(w)) return n;
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

    /** The Chinese renderings of the foreign crew. */
    static List<String> chineseRenderings() {
        return MINORITY.stream().map(Blind47Templates::chineseRendering).toList();
    }

    /** The names the foreign crew are called by on board. */
    static List<String> calledNames() {
        return MINORITY.stream().map(Blind47Templates::calledName).distinct().toList();
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

    static List<String> legacyAreaCodes() {
        return LEGACY_AREA;
    }
}

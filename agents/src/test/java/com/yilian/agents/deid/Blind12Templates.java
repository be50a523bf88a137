package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;

/**
 * Twelfth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists, the older groups' sentences or the development templates, in the template language of
 * {@link ClinicalTextGenerator}. To be measured once, with the rules and the model frozen, on seed {@link #SEED}
 * (select it in {@link DeidDevelopmentProbe} as {@code BLIND_12}); a rule changed, or a model retrained, because of
 * its errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: genres the earlier groups did not centre on, all of a regional medical consortium — pharmacy and
 * medication-reconciliation records (用药重整, 审方, 麻精药品专册), dialysis and chemotherapy day-unit rosters, PICC
 * maintenance cards, rehabilitation and physiotherapy notes, dental and ophthalmology clinic notes, psychological
 * counselling and crisis-intervention notes, hospice / palliative care and 家庭病床 home-visit nursing, 医养结合
 * nursing-home resident records, paediatric growth and vaccination catch-up, internet-hospital and telemedicine chat
 * transcripts (@mentions, emojis, 【】 tags), 12320 hotline and call-centre logs, medical-record copying and
 * insurance-claim correspondence, research-consent pages and biobank registers, staff duty rosters and shift
 * handovers, 不良事件 incident reports, lost-and-found and security logs, SMS reminders, e-mails in English with
 * signatures, and machine exports (semicolon CSV, key=value logs, XML-ish and YAML-ish snippets).
 *
 * <p>Labelling (as in {@link Blind11Templates}). Every person's name is PHI: patients, residents, clients, relatives,
 * guardians, claimants, research subjects, and staff (doctors, nurses, pharmacists, therapists, counsellors, social
 * workers, call-centre agents, security guards, cleaners, claims officers), in Chinese, minority, English or pinyin
 * form. A surname used as a form of address (老X, X阿姨, X奶奶, X大爷, X先生, X医生, X主任) labels the surname only ({@code PS},
 * {@code FS}, {@code DS}); a given name used alone ({@code PG}, also after an @ in a chat) labels the given name (a
 * single-character given name is never used alone: {@code PG} then writes the full name). Resident identity numbers
 * ({@code ID}: plain, lower-case x, grouped 6 8 4 by blanks or hyphens), mobiles ({@code M}: plain, 3 4 4 by blanks,
 * dots or hyphens, with 86, +86, (+86) or 0086) and landlines ({@code L}: area code with - or brackets, or none,
 * sometimes with an extension 转NNNN, which belongs to the span), addresses ({@code A}, {@code A0}: 弄/支弄, 号院, 大院, rural
 * 组/社/队 and 自然村), record, dialysis, archive and card numbers ({@code R}), insurance numbers in several provinces'
 * styles ({@code I}), bank cards for reimbursement ({@code B}) and dates of birth ({@code DOB}, at least year and
 * month, also 56年3月; English {@code DOBE} — day first, 7/3/1956 — and a child's {@code NB}) are labelled; the
 * birth-date span is the date only, without 生于 before it or 生, 出生 after it. Not labelled: a sexagenary birth year or
 * zodiac animal (属猴, 丙申年生): they name no day or month, and without the cycle they name no year either, so they tell
 * less than an age, which is not labelled either; dates of visits, calls, sessions, incidents and sampling; times;
 * ages; bed, machine and room numbers; work-order, policy, claim, sample and subject codes ({@code CODE}, also
 * pseudonymised research codes such as SUB… or BB…, which identify no one without the key kept apart); laboratory
 * values; hospital, department, platform and company names. Decoys that look like names but are not PHI: herbs and
 * patent medicines (刘寄奴, 徐长卿, 王不留行, 何首乌, 杜仲, 使君子, 罗汉果, 马钱子, 牛黄解毒片, 云南白药), brands (李锦记), eponyms (克罗恩病, Barthel,
 * Brunnstrom, Snellen, Parkinson's, Addison's), institutions named after people (孙逸仙纪念医院, 南阳张仲景博物馆), places (岳阳, 张家口,
 * 马鞍山, 周口), television programmes (《养生堂》, 《健康之路》) and the 114 booking platform.
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind11Templates} nor among the names {@link SyntheticValues} can generate: several generations (葆华, 蔼如,
 * 援朝, 跃进, 言蹊, 沐晴), rural names (铁锤, 狗剩, 拴柱, 招娣), Cantonese and Hong Kong / Taiwan names, some in
 * traditional characters (陳大文, 黃美玲, 伍詠詩), rare single surnames (勾, 扈, 冼, 卜, 卞, 佟, 冀, 茹, 郁, 荆, 牟, 植,
 * 揭, 蒙, 巩, 寇, 褚, 蔺, 谌, 逯, 暴, 母, 闵, 缪, 戚, 朴), compound surnames (欧阳, 上官, 诸葛, 皇甫, 公孙, 令狐, 端木,
 * 尉迟, 夏侯, 司马, 长孙), married double surnames (李陈淑贞), a Korean-Chinese name; in the minority pool Uyghur,
 * Kazakh, Tibetan, Mongolian, Yi, Zhuang and Hui names; in the English pool English, Dutch, Danish, Norwegian, Czech,
 * Hungarian, Romanian, Polish, Sri Lankan, South African, Ghanaian, Nigerian, Bangladeshi, Indian, Pakistani, Iranian,
 * Arab, Vietnamese, Japanese, Hawaiian and Hong Kong names and pinyin. Only a few ({@link #WORD_LIKE}, under a tenth)
 * are also ordinary words. The generator draws patient, family member and doctor from {@link #chineseName}, the
 * minority person from {@link #minorityName}, {@code DS} from {@link #surnameOf} the doctor. Own slots: {@code N}, a
 * further Chinese name drawn afresh at each use; {@code PS}, {@code FS}, the surnames of patient and family member;
 * {@code PG}, the patient's given name; {@code EG}, {@code ES}, an English given or family name alone; and the
 * identifier slots above. Any non-empty subset of {@link #BLIND_12} uses these pools (see {@link #uses}).
 */
final class Blind12Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261213L;

    static final List<String> BLIND_12 = List.of(
            // Pharmacy and medication reconciliation.
            "用药重整记录（入院）\n患者：{P}  住院号：{R}  过敏史：青霉素\n家中自备药：苯磺酸氨氯地平片 5mg qd；复方丹参滴丸 10丸 tid\n"
                    + "信息来源：患者{KIN}{F}（{M}）口述+药盒核对\n核对药师：{N}  责任护士：{N}\n",
            "药学门诊 {D}\n{P}，{AGE}岁，华法林与三七粉同服，INR 3.4。已告知{PS}阿姨暂停三七和何首乌，一周后复查。临床药师{DR}\n",
            "处方审核不通过：开方医生{DR}，患者{P}（就诊卡{R}），牛黄解毒片与马钱子同用有重复毒性风险，请{DS}医生修改后重新提交。"
                    + "审方药师：{N}\n",
            "[发药单] 取药人 {F}（代{P}取药） 证件号 {ID} 药品：刘寄奴颗粒×2 徐长卿胶囊×1 王不留行籽耳贴×1 发药人 {N}\n",
            "麻醉药品、第一类精神药品专册登记\n患者：{P}  身份证：{ID}\n代办人：{F}  身份证：{ID}  电话：{M}\n"
                    + "诊断：胰腺癌晚期癌痛  药品：硫酸吗啡缓释片\n处方医师：{DR}\n",
            // Dialysis and chemotherapy day units.
            "血透室排班（周一三五 上午）\n01机 {P}  透析号{R}  左前臂内瘘\n02机 {N}  透析号{R}  右颈内临时导管\n"
                    + "03机 {MN}  透析号{R}\n责任护士：{N}  主管医生：{DR}\n",
            "化疗日间病房 {D}\n床位 | 患者 | ID号 | 方案 | 周期\n+01 | {P} | {R} | FOLFOX | C4\n+02 | {N} | {R} | AC-T | C2\n"
                    + "当班护士：{N}\n",
            "透析患者交通补助发放：{P}，医保号{I}，每周三次往返{A0}与县医院，补助款打入本人卡{B}。经办人{N}\n",
            "PICC维护手册\n姓名：{P}  出生日期：{DOB}  置管日期：{D}\n置管者：{DR}  外露长度 3cm\n维护护士：{N}\n"
                    + "下次维护请提前预约：{L}\n",
            // Rehabilitation and physiotherapy.
            "康复评定：Barthel指数45分，Brunnstrom分期上肢III期。患者{P}，脑梗死后{DUR}，由{KIN}{F}陪同训练。"
                    + "治疗师{N}；主管医师{DR}。{DS}医生嘱加站立床训练。\n",
            "理疗预约（{P}）：{PG}，明早9点冲击波，记得带上次拍的片子哈~ 理疗科{N} {L}\n",
            "Physiotherapy progress note\nPatient: {E}, ACL reconstruction, week 6. ROM 0-110, quads lag 5 degrees.\n"
                    + "Physiotherapist: {E2}. Next session booked; patient mobile {M}.\n",
            // Dental and ophthalmology.
            "口腔科门诊病历  卡号：{R}\n{P}  {SEX}  {AGE}岁\n主诉：右下后牙咬物痛{DUR}\n检查：46 叩（+），冷测一过性敏感\n"
                    + "处置：46 开髓引流  医师：{DR}  护士：{N}\n",
            "眼科：{P}，视力 右0.3 左0.5（Snellen），眼压正常，诊断年龄相关性白内障，拟行超声乳化+IOL植入。"
                    + "家属{F}电话{M}。术者{DR}\n",
            "【{HOSP}口腔科】{PG}家长您好，孩子{P}的正畸复诊约在{D} {TIME}，如需改约请致电{L}。\n",
            "糖尿病视网膜病变筛查名单\n{P}，{DOB}，{ID}，右眼 NPDR 中度\n{N}，{DOB}，{ID}，未见异常\n阅片医生：{DR}\n",
            // Psychological counselling.
            "心理咨询记录（第3次）\n来访者：{P}  档案号：{R}\n主诉：失眠，与{KIN}{F}关系紧张。PHQ-9 14分，GAD-7 11分。\n"
                    + "咨询师：{N}  督导：{DR}\n",
            "危机干预记录：来访者{P}，{DOB}生，自述近期有轻生念头，已联系紧急联系人{F}（{M}）到场陪护，并转介{HOSP}精神科{DR}。"
                    + "记录人{N}\n",
            "团体辅导签到表（主题：情绪管理）\n{N}、{P}、{MN}、{N}\n带领者：{DR}  助理：{N}\n",
            // Hospice, palliative care and home sickbeds.
            "家庭病床建床通知书\n病床编号：{CODE}\n患者：{P}  身份证：{ID}\n建床地址：{A}\n主管医生：{DR}  责任护士：{N}\n"
                    + "联系人：{F}（{KIN}）{M}\n",
            "安宁疗护病程：{P}，晚期肺癌伴骨转移，疼痛NRS 6分，予吗啡滴定。其{KIN}{F}希望老人在家离世，{FS}先生已与{DS}主任沟通。"
                    + "主管医生{DR}，护士{N}\n",
            "上门护理记录 {D} {TIME}\n地址：{A0}\n对象：{P}，长期卧床，骶尾部压疮II期，已清创换药。\n护士：{N}、{N}\n",
            "哀伤随访电话：逝者{P}的{KIN}{F}，电话{L}，情绪基本平稳，已告知可参加下月哀伤支持小组。社工{N}\n",
            // Nursing-home (医养结合) residents.
            "医养结合机构入住评估表\n长者姓名：{P}  出生：{DOB}  籍贯：湖南岳阳\n身份证号：{ID}\n房间：3号楼207\n"
                    + "紧急联系人1：{F} {M}\n紧急联系人2：{N} {M}\n评估员：{N}\n",
            "护理院交班：207房{P}（{PS}奶奶）夜间起夜三次，属猴，自述丙申年生，是张家口人；晨起指尖血糖偏高，{DS}医生已看过。"
                    + "交班人{N}\n",
            "长者走失登记：{P}，生于{DOB}，穿灰色夹克，爱看《养生堂》，口音像马鞍山一带。家属{F}：{M}。保安{N}已调取监控。\n",
            // Paediatric growth and vaccination catch-up.
            "儿童保健手册\n儿童姓名：{P}  出生日期：{NB}\n母亲：{F}  电话：{M}\n住址：{A}\n身高98.5cm（P50）  体重14.2kg\n"
                    + "保健医生：{DR}\n",
            "预防接种补种通知：{P}（{NB}出生，接种证编号{R}）缺种麻腮风第2剂、乙脑减毒活疫苗第2剂，请监护人{F}于{D}携接种证到"
                    + "{HOSP}预防接种门诊补种。\n",
            "入托入学接种证查验：{N}（{NB}）、{MN}（{NB}）需补种；班主任{N}，电话{M}。\n",
            "生长发育门诊：{P}，矮小待查，骨龄落后约2岁，父亲{F}身高168cm，母亲{N}身高155cm。接诊医生{DR}\n",
            // Internet hospital and telemedicine chats.
            "【互联网医院·图文问诊】\n患者 {P}：医生，我妈吃了您开的药还是咳 😷\n{DR}：@{P} 有痰吗？拍张舌苔照片看看\n"
                    + "患者 {P}：[图片]\n系统：处方已由药师{N}审核通过 ✅\n",
            "[视频问诊] 主诊 {DR} | 远程会诊 {N} | 患者 {MN} | 就诊卡 {R} | 结论：建议转诊 👉 {HOSP}\n",
            "群聊【家庭医生{DR}团队】\n{F}：@{DR} 我爸{P}今天血压160/95，要不要加药🙏\n{N}：@{F} 先别着急，下午{DS}医生上门看看\n",
            "#复诊续方# 用户：{P}｜身份证：{ID}｜手机：{M}｜诊断：原发性高血压｜审方：{N} 👍\n",
            "【患者群】护士{N}：@{PG}（{P}） 您{KIN}{F}的检查报告出来了，记得周四来拿哦😊\n",
            // 12320 hotline and call centre.
            "12320卫生热线工单 {CODE}\n来电号码：{M}\n来电人：{F}，自称患者{P}的{KIN}\n诉求：咨询{DR}医生的出诊时间\n处理人：{N}\n",
            "客服回访录音摘要：坐席{N}致电{P}（{M}），核对出生日期{DOB}无误后告知体检报告已出。\n",
            "预约挂号投诉：{P}反映用身份证{ID}在114平台约不上{DR}的号，要求回电{L}。受理人{N}\n",
            // Medical-record copying and insurance claims.
            "病案复印申请单\n申请人：{F}  与患者关系：{KIN}\n申请人身份证：{ID}\n患者姓名：{P}  住院号：{R}\n"
                    + "复印用途：商业保险理赔\n邮寄地址：{A}\n经办人：{N}\n",
            "理赔补充材料通知：被保险人{P}（医保号{I}，理赔案号{CODE}）需补交出院小结及费用清单，赔款将转入{B}。理赔专员{N}，"
                    + "电话{L}\n",
            "Claim correspondence\nClaimant: {E}\nDate of birth: {DOBE}\nMember ID: {I}\nPlease remit the refund to "
                    + "account {B}.\nClaims officer: {E2}\n",
            "商业保险直赔确认：被保险人{P}，身份证号{ID}，出生日期{DOB}，开户名{F}，银行卡{B}（中国建设银行），理赔号{CODE}。\n",
            // Research consent and biobank.
            "知情同意书签署页\n受试者姓名：{P}  受试者编号：S-{CODE}\n联系电话：{M}\n法定代理人：{F}\n研究者签名：{DR}  "
                    + "日期：{D}\n",
            "生物样本库入库登记\n样本编码;受试者编码;采集日期;采集人\nBB{CODE};SUB{CODE};{D};{N}\n"
                    + "（编码与身份对照表由{DR}单独保管；本批含患者{P}，病案号{R}）\n",
            "Subject: withdrawal of consent\nHi {EG},\nSubject 04-{CODE} (Mr. {ES}) withdrew consent today, "
                    + "please destroy the serum aliquots.\nThanks,\n{E3}\nStudy coordinator | tel {M}\n",
            // Duty rosters and handovers.
            "急诊科护理排班（{D}）\nA班：{N}、{N}\nP班：{N}\nN班：{N}、{N}\n二线医生：{DR}  护士长电话：{L}\n",
            "床旁交接：12床{P}，术后第2天，引流通畅；15床{MN}，血钾低已补。接班{N}，交班{N}，值班医生{DR}。\n",
            "值班表（内科）\n日期,一线,二线,三线\n{D},{N},{DR},{N}\n总值班电话：{L}\n",
            // Incident reports.
            "不良事件报告（跌倒/坠床）\n当事患者：{P}  住院号：{R}  年龄：{AGE}\n发现人：{N}  上报人：{N}\n"
                    + "经过：患者夜间如厕时滑倒，{DS}医生查看后予头颅CT。\n科室负责人：{DR}\n",
            "给药差错上报：护士{N}将{P}的阿司匹林误发给同病室的{N}，未造成伤害，已向其{KIN}{F}说明并致歉。\n",
            // Lost and found, security.
            "失物招领登记：门诊二楼拾得钱包一个，内有身份证（{P}，{ID}）、社保卡{I}、银行卡{B}。拾得人：保洁员{N}\n",
            "保卫科值班日志 {TIME}：{F}在住院部与{DR}医师发生争执，称其{KIN}{P}被耽误治疗，已劝离。处置：保安{N}、{N}\n",
            // SMS reminders.
            "【{HOSP}】尊敬的{P}，您预约的{DR}专家号已确认，就诊日期{D}，请凭就诊卡{R}取号。退订回T\n",
            "【体检中心】{P}您好，您的体检报告有异常指标，请尽快联系{DR}医生复查，电话{L}。\n",
            // English e-mails and letters.
            "From: {E}\nTo: International Patient Centre\nSubject: follow-up for my mother\nHello, my mother {P} (born "
                    + "{DOBE}) needs a follow-up for Parkinson's disease. Her ID card number is {ID}.\nKind regards\n"
                    + "Mobile {M}\n",
            "Dear Dr. {ES},\nThank you for reviewing {E}, born {DOBE}, in your Addison's clinic. Home address: {A}.\n"
                    + "Yours sincerely,\n{E2}\nConsultant, tel {L}\n",
            "Hi {EG},\nhanding over the home-visit list: {E} - pressure sore; {E2} - palliative, family asks for "
                    + "Dr. {ES}.\nCheers,\n{E3}\n",
            // Machine exports.
            "patient_name;gender;birth_date;id_card;mobile;address\n{P};{SEX};{DOB};{ID};{M};{A0}\n"
                    + "{N};{SEX};{DOB};{ID};{M};{A0}\n",
            "2025-11-03T08:14:22 INFO his.sync op=D0137 patient=\"{P}\" mrn={R} phone={M} dob={DOB} status=OK\n",
            "<Patient><Name>{P}</Name><IDCard>{ID}</IDCard><Birth>{DOB}</Birth><Tel>{L}</Tel><Doctor>{DR}</Doctor>"
                    + "</Patient>\n",
            "resident:\n  name: {P}\n  guardian: {F}\n  phone: \"{M}\"\n  insurance_no: {I}\n  address: {A}\n",
            "refund visit_no={CODE} name={P} card_no={R} bank_card={B} operator={N} result=SUCCESS\n",
            // Notes with decoys.
            "中医门诊：{P}，舌淡苔白，脉沉细。杜仲15g 使君子10g 罗汉果1枚 何首乌12g，七剂；外用云南白药。医师{DR}"
                    + "（曾在南阳张仲景博物馆义诊）\n",
            "转诊单：{P}，家住{A}，疑似克罗恩病，转孙逸仙纪念医院消化科{DR}。联系电话{M}\n",
            "家访：{P}家在{A0}，墙上挂着李锦记的挂历，老人爱看《健康之路》。{PS}大爷说{KIN}{F}在周口打工。村医{N}\n");

    // Several generations (older, 1950s-70s, recent); rural names; Hong Kong / Taiwan names in traditional characters;
    // a Korean-Chinese name; rare single surnames; compound surnames; married double surnames; word-like names.
    private static final List<String> CHINESE = List.of((
            "王葆华 李砚农 张蕴如 刘佩弦 陈墨林 杨绍棠 赵蔼如 黄韵清 周雁冰 吴庆澜 徐馥芬 孙茂林 马凤岐 朱鹤年 "
            + "胡葵芳 郭焕英 何卓然 高凤池 林荫棠 罗荷芬 郑翠微 梁宝琛 谢淑珊 宋铁柱 唐素娴 许佩瑜 韩耀先 冯锦堂 "
            + "邓淑蓉 曹继尧 彭桂馨 曾碧霞 田润生 董佩兰 袁瑞麟 蒋淑媛 蔡秀蓉 苏秉义 魏振邦 吕素琴 "
            + "任红旗 姜建疆 崔援朝 钟抗美 陆秀芹 汪学军 范立群 石海鸥 廖春桃 贾蕙霞 夏艳秋 韦秀珠 付冬梅 方巧云 "
            + "邹素梅 孟庆祥 熊兆丰 秦凤琴 邱月娥 江雪芹 尹秋菊 薛碧云 闫翠兰 段永胜 雷锦秀 侯桂芝 "
            + "龙芷若 史沐晴 陶奕辰 黎思淼 贺锦瑜 顾言蹊 郝悦琪 龚子墨 邵一航 钱宸熙 严书瑶 覃柳青 武晟睿 戴筱雨 "
            + "莫芷晴 孔令仪 施嘉禾 文子衿 "
            + "牛铁锤 樊狗剩 葛拴柱 邢三喜 安招娣 齐来弟 乔大妮 庞阿娣 "
            + "陳大文 黃美玲 張志偉 伍詠詩 朴春子 金惠顺 "
            + "勾红玲 扈永清 冼丽芳 卜骞 卞秀兰 佟桂荣 冀海峰 茹梦琪 郁文亮 牟小芬 植少贞 揭春生 蒙秀英 巩玉芝 "
            + "寇德才 褚红梅 蔺小军 谌丽娟 逯建军 暴淑芬 闵秀芳 缪晓红 戚美珍 "
            + "欧阳淑娴 上官蕙茹 诸葛明远 皇甫素梅 公孙俊彦 令狐秋生 端木蕙兰 尉迟恺 夏侯卓 长孙婉仪 "
            + "李陈淑贞 王林秀凤 黄郭美华 "
            + "罗砚田 沈向阳 姚跃进 卢爱国 谭胜利 毛宇航 万星辰 葛鸿儒 石榴 谷满仓 母光荣 司马如意 荆长河").split(" "));
    /**
     * The pool names that are, or whose given name is, an ordinary word: 向阳 facing the sun, 跃进 leap forward,
     * 爱国 patriotic, 胜利 victory, 宇航 spaceflight, 星辰 the stars, 石榴 pomegranate, 光荣 glory, 如意 as one
     * wishes, 长河 a long river (under a tenth of the pool).
     */
    static final List<String> WORD_LIKE = List.of("沈向阳", "姚跃进", "卢爱国", "谭胜利", "毛宇航", "万星辰", "石榴",
            "母光荣", "司马如意", "荆长河");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "上官", "诸葛", "皇甫", "公孙", "令狐", "端木",
            "尉迟", "夏侯", "司马", "长孙");
    /** Names made of two single surnames (冠夫姓): the first is the surname used in address, the given name follows. */
    private static final List<String> DOUBLE_SURNAMES = List.of("李陈淑贞", "王林秀凤", "黄郭美华");
    // Uyghur (with · or none), Kazakh, Tibetan, Mongolian, Yi (with and without ·), Zhuang and Hui names.
    private static final List<String> MINORITY = List.of((
            "努尔比亚·吾买尔 艾合麦提江·托乎提 帕尔哈提·艾山 阿依努尔·卡斯木 麦麦提敏·图尔迪 米日古丽阿巴斯 "
            + "努尔兰·哈森 别克波拉提·吐尔逊别克 阿依达娜·叶尔肯 哈依夏·塔买 "
            + "旦增欧珠 次仁旺姆 贡觉措姆 平措罗布 普布卓嘎 "
            + "苏和巴特尔 苏布达 孟和乌力吉 通拉嘎 额日和木巴雅尔 "
            + "阿力木呷 沙马阿果 吉克·曲布 阿说日哈 "
            + "农丽芬 蓝桂娥 "
            + "纳文彬 撒忠义 者秀琴").split(" "));
    // given|family: English, Dutch, Danish, Norwegian, Czech, Hungarian, Romanian, Polish, Sri Lankan, South African,
    // Ghanaian, Nigerian, Bangladeshi, Indian, Pakistani, Iranian, Arab, Vietnamese, Japanese, Hawaiian, Hong Kong
    // names; pinyin.
    private static final List<String> ENGLISH = List.of("Tamsin|Greenhalgh", "Alaric|Quarrington",
            "Rosamund|Pettigrew", "Cuthbert|Ashdown", "Eglantine|Wolstenholme", "Ptolemy|Thistlewood",
            "Ermengarde|Marchbanks", "Peregrine|Hollingsworth", "Anouk|Verhoeven", "Mads|Kjeldsen", "Torgunn|Fjellstad",
            "Jarmila|Dvorakova", "Vaclav|Prochazka", "Zsofia|Farkas", "Radu|Dragomir", "Aurelia|Vasilescu",
            "Tadeusz|Wroblewski", "Kalinda|Perera", "Nimal|Jayasuriya", "Nokuthula|Mabuza", "Themba|Mthembu",
            "Kwadwo|Owusu-Ansah", "Amaka|Ezeagwu", "Rezaul|Talukder", "Vaishali|Gokhale", "Zubair|Mahmood",
            "Shirin|Rostami",
            "Dalia|Nassar", "Quynh|Dinh", "Ryo|Kuroda", "Makoa|Kealoha", "Ka-wai|Cheung", "Wenbin|Na",
            "Yanqiu|Xia", "Baochen|Liang");
    private static final List<String> AREA = List.of("530102", "511302", "450103", "620102", "310106", "110106",
            "360702", "140213", "350502", "652301", "420502", "210302", "532901", "513822", "451002", "622901");
    private static final List<String> REGIONS = List.of("云南省|昆明市|盘龙区", "四川省|南充市|顺庆区",
            "广西壮族自治区|南宁市|青秀区", "甘肃省|兰州市|城关区", "江西省|赣州市|章贡区", "山西省|大同市|平城区",
            "福建省|泉州市|鲤城区", "新疆维吾尔自治区|昌吉回族自治州|昌吉市", "湖北省|宜昌市|西陵区", "辽宁省|鞍山市|铁东区");
    private static final List<String> SHANGHAI = List.of("上海市静安区", "上海市虹口区", "上海市徐汇区");
    private static final List<String> BEIJING = List.of("北京市丰台区", "北京市海淀区", "北京市西城区");
    private static final List<String> STREETS = List.of("康定路", "中山北路", "逸仙路", "曲阳路", "东大街", "北营房路",
            "学院路", "新华西街", "果园路", "滨江路");
    private static final List<String> COMPOUNDS = List.of("粮食局大院", "水泥厂大院", "卫校大院", "邮电局大院", "农机站大院");
    private static final List<String> RURAL = List.of("四川省南充市仪陇县马鞍镇", "四川省宜宾市屏山县新市镇",
            "甘肃省定西市通渭县碧玉乡", "广西壮族自治区百色市田阳区那坡镇", "山西省大同市广灵县作疃乡");
    private static final List<String> VILLAGES = List.of("石佛村", "青杠村", "团结村", "那满村", "南村");
    private static final List<String> REGIMENT = List.of("新疆维吾尔自治区昌吉回族自治州玛纳斯县兰州湾镇",
            "新疆维吾尔自治区塔城地区沙湾市老沙湾镇");
    private static final List<String> HAMLETS = List.of("云南省大理白族自治州巍山彝族回族自治县马鞍山乡青云村委会",
            "云南省楚雄彝族自治州双柏县大麦地镇峨足村委会", "贵州省黔西南布依族苗族自治州册亨县丫他镇板其村");
    private static final List<String> NATURAL_VILLAGES = List.of("小箐", "大平掌", "岩脚", "上寨", "干海子");
    private static final List<String> LANDLINE_AREAS = List.of("0871", "0817", "0771", "0931", "021", "010", "0797",
            "0352", "0595", "0994", "0717", "0412");
    private static final List<String> BANK_BINS = List.of("622262", "621661", "622908", "623668", "621799", "622700",
            "625911");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Blind12Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_12 || !templates.isEmpty() && BLIND_12.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character (李陈淑贞 gives 李). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 恺 of 尉迟恺, 淑贞 of 李陈淑贞. */
    static String givenNameOf(String chineseName) {
        if (DOUBLE_SURNAMES.contains(chineseName)) return chineseName.substring(2);
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a single-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
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

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1930, 95, r);
    }

    /** A resident identity number: plain, lower-case x, 6 8 4 by blanks or by hyphens. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(8)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2, 3 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mobile: plain, 3 4 4 by blanks, dots or hyphens, with 86, +86, (+86) or 0086. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(11)) {
            case 0 -> a + " " + b + " " + c;
            case 1 -> a + "." + b + "." + c;
            case 2 -> a + "-" + b + "-" + c;
            case 3 -> "+86 " + n;
            case 4 -> "+86-" + a + "-" + b + "-" + c;
            case 5 -> "0086 " + n;
            case 6 -> "86 " + a + " " + b + " " + c;
            case 7 -> "(+86)" + n;
            default -> n;
        };
    }

    /** A landline: 0xxx-, (0xxx), a blank or no area code, sometimes with an extension 转NNNN. */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(area.length() == 3 ? 7 : 6 + r.nextInt(2), r);
        String number = switch (r.nextInt(4)) {
            case 0 -> area + "-" + local;
            case 1 -> "(" + area + ")" + local;
            case 2 -> area + " " + local;
            default -> local;
        };
        return r.nextInt(3) == 0 ? number + "转" + (8000 + r.nextInt(2000)) : number;
    }

    /** Case-record, inpatient, dialysis, health-archive, visiting-card and vaccination-certificate numbers. */
    static String recordNumber(RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> "BA" + digits(7, r);
            case 1 -> "ZYH" + (2019 + r.nextInt(7)) + digits(6, r);
            case 2 -> "T" + (19 + r.nextInt(7)) + "-" + digits(4, r);
            case 3 -> pick(AREA, r) + "-" + (2010 + r.nextInt(16)) + "-" + digits(5, r);
            case 4 -> "JZK" + digits(10, r);
            default -> digits(10, r);
        };
    }

    /** Insurance numbers in several provinces' styles. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "SC" + digits(11, r);
            case 1 -> "GX" + digits(10, r);
            case 2 -> "YN-" + digits(4, r) + "-" + digits(6, r);
            default -> (char) ('J' + r.nextInt(5)) + digits(9, r);
        };
    }

    /** A bank card of an own issuer prefix, 16 or 19 digits with a valid Luhn digit, plain, in fours or with dashes. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> IdentifierForms.inFours(card, "-");
            default -> card;
        };
    }

    /** An address: 弄/支弄, 号院, a unit 大院, a street number, a rural 组/社, a 兵团-style 队, or a 自然村. */
    static String address(boolean withProvince, RandomGenerator r) {
        String[] region = pick(REGIONS, r).split("\\|");
        String head = (withProvince ? region[0] : "") + region[1] + region[2];
        return switch (r.nextInt(7)) {
            case 0 -> pick(SHANGHAI, r) + pick(STREETS.subList(0, 4), r) + (100 + r.nextInt(900)) + "弄"
                    + (r.nextBoolean() ? (1 + r.nextInt(9)) + "支弄" : "") + (1 + r.nextInt(60)) + "号"
                    + (r.nextBoolean() ? (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(4)) + "室" : "");
            case 1 -> pick(BEIJING, r) + pick(STREETS.subList(4, 8), r) + (1 + r.nextInt(80)) + "号院"
                    + (1 + r.nextInt(12)) + "号楼" + (1 + r.nextInt(4)) + "单元" + (1 + r.nextInt(18)) + "0"
                    + (1 + r.nextInt(4)) + "室";
            case 2 -> head + pick(COMPOUNDS, r) + (1 + r.nextInt(12)) + "栋" + (1 + r.nextInt(30)) + "号";
            case 3 -> head + pick(STREETS.subList(6, 10), r) + (1 + r.nextInt(500)) + "号";
            case 4 -> {
                String rural = pick(RURAL, r);
                yield (withProvince ? rural : rural.substring(rural.indexOf('省') + 1).replaceFirst("^.*自治区", ""))
                        + pick(VILLAGES, r) + (1 + r.nextInt(12)) + (r.nextBoolean() ? "组" : "社");
            }
            case 5 -> {
                String regiment = pick(REGIMENT, r);
                yield (withProvince ? regiment : regiment.substring("新疆维吾尔自治区".length()))
                        + pick(VILLAGES, r) + (1 + r.nextInt(9)) + "队" + (1 + r.nextInt(40)) + "号";
            }
            default -> {
                String hamlet = pick(HAMLETS, r);
                yield (withProvince ? hamlet : hamlet.substring(hamlet.indexOf('省') + 1))
                        + pick(NATURAL_VILLAGES, r) + "自然村" + (1 + r.nextInt(50)) + "号";
            }
        };
    }

    /** A date of birth: 1956年3月7日, 1956年3月7号, 1956-3-7, 1956.03.07, 56年3月, 19560307, 1956/03/07, 1956年03月. */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(95), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> y + "年" + m + "月" + d + "号";
            case 2 -> y + "-" + m + "-" + d;
            case 3 -> String.format("%d.%02d.%02d", y, m, d);
            case 4 -> String.format("%02d年%d月", y % 100, m);
            case 5 -> String.format("%d%02d%02d", y, m, d);
            case 6 -> String.format("%d/%02d/%02d", y, m, d);
            default -> String.format("%d年%02d月", y, m);
        };
    }

    /** An English date of birth, day first where numeric: 7/3/1956, 7th March 1956, 07-Mar-1956, 1956-03-07. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(94), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> d + "/" + m + "/" + y;
            case 1 -> d + ordinal(d) + " " + MONTHS.get(m - 1) + " " + y;
            case 2 -> String.format("%02d-%s-%d", d, MONTHS.get(m - 1).substring(0, 3), y);
            default -> String.format("%d-%02d-%02d", y, m, d);
        };
    }

    /** A child's date of birth, 2012 to 2025: 2019年4月8日, 2019-04-08, 2019.4.8, 2019/4/8. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2012 + r.nextInt(14), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> y + "/" + m + "/" + d;
        };
    }

    private static String ordinal(int d) {
        if (d >= 11 && d <= 13) return "th";
        return switch (d % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return CHINESE.contains(w) || MINORITY.contains(w)
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w));
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w)) {
            return w;
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
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

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind12Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind12Templates::given);
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
            case "E", "E2", "E3" -> out.write(englishName(random), EntityKind.NAME);
            case "ES" -> out.write(englishSurname(random), EntityKind.NAME);
            case "EG" -> out.write(englishGiven(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "NB" -> out.write(childBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }
}

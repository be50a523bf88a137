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
 * Fifty-fifth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_55}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: haemodialysis and kidney-transplant follow-up in southern Fujian (Xiamen, Quanzhou, Zhangzhou,
 * Jinjiang, Shishi), in a consortium led by the fictional tertiary 鹭江医院 in Xiamen with county dialysis rooms (晋南血透中心,
 * 蚶江透析室, 漳浦县第二医院血透室) and township health centres (旧镇, 五显). Dialysis session sheets with machine and station numbers,
 * dry weight, Kt/V and URR, monthly labs, orders, complications, peritoneal dialysis at home, vascular-access (AVF,
 * catheter, PTA) notes, shift rosters and swaps of dialysis nurses, transport of patients three times a week,
 * kidney-transplant waiting lists, follow-up with tacrolimus levels, rejection and yearly checks, donor-family liaison
 * written neutrally (donors anonymous, donor codes only), hepatitis B and C screening and zoning, relatives abroad in
 * the Philippines, Indonesia, Malaysia and Singapore (remittances, guarantees, holiday dialysis, letters in English),
 * Taiwan compatriots dialysing in Xiamen (some crossing from Kinmen), 闽南话 voice notes and WeChat lines (汝, 伊, 阮, 无, 歹势,
 * 拍谢, 食饭, 厝), clan associations and temples helping poor patients, insurance and billing, OCR'd forms, CSV, tab, pipe
 * and markdown tables, JSON exports, SMS and e-mails (about a seventh in English or mostly Latin script).
 *
 * <p>The people: dialysis and transplant patients of the Minnan countryside and towns, their spouses, sons (后生) and
 * daughters (查某囝), neighbours (厝边), nephrologists, dialysis nurses, coordinators and drivers, temple and clan officers,
 * overseas Chinese relatives known by three names (characters, Hokkien romanisation, the name used abroad), Taiwan
 * compatriots in traditional characters and Wade-Giles, and foreign doctors and nurses in Manila, Jakarta, Penang and
 * Singapore (Filipino, Filipino-Chinese, Indonesian, Indonesian-Chinese, Malaysian and Singaporean names).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, lists, English prose). A surname in a form of address
 * labels the surname only ({@code PS} the patient's, {@code FS} the relative's, {@code DS} the doctor's, {@code NS} a
 * further person's, {@code MS} the overseas relative's, {@code TS} the Taiwan compatriot's, in traditional characters):
 * 老X, 小X, X伯, X叔, X婶, X姆, X姨, X阿姨, X先生, X医生, X医师, X主任, X护士长, X老师, X师傅, X董, and X家 for the family abroad. A given name
 * used alone ({@code PG}) labels the given name (a one-character given name is never used alone). A Minnan nickname
 * ({@code PK}: 阿忠仔, 乌狗, 番薯伯) names a person and is labelled whole. A son or daughter known by a parent (X家后生, X家查某囝)
 * labels the parent. Kin words and roles alone are not names: 阿公, 阿嬷, 阿伯, 阿姆, 阿叔, 后生, 查某囝, 阮翁, 厝边, 头家, 协调员, 护士长; nor
 * are Minnan words (汝, 伊, 阮, 无, 歹势, 拍谢, 食饭, 厝, 洗肾, 无要紧). An OCR'd name ({@code PO}) broken by a line break, a blank
 * after the surname, or a blank or ideographic blank between every character is one span. Chinese names also stand in
 * passport pinyin ({@code PY}: CHEN JINSHUI, Chen Jinshui, Jinshui Chen, CHEN Jinshui; {@code NY} a further person) and
 * as a pinyin surname after Mr ({@code PZ}). The overseas relative ({@code MN}, the generator's fourth person) is
 * written in characters, in Hokkien romanisation ({@code MY}: SEE CHIN LAM, See Chin Lam), by the name used abroad
 * ({@code MW}: Antonio See) and its given name alone ({@code MG}: Antonio). The Taiwan compatriot of a record
 * ({@code TW}, in traditional characters: 陳俊宏) also stands in Wade-Giles ({@code TY}: CHEN, CHUN-HUNG; CHEN CHUN-HUNG;
 * Chun-Hung Chen; Chen Chun-Hung). Foreign doctors and nurses ({@code E}, {@code E2}) are labelled whole, a family name
 * alone ({@code ES}) and a given name alone ({@code EG}) too; Dr, Mr and Ms stay outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Xiamen 3502 (also the former 鼓浪屿 350202 and 开元 350204), Quanzhou 3505 and Zhangzhou 3506 (also the former 龙海市
 * 350681); plain, with a lower-case x, 6-8-4 by blanks; one in ten an older patient's 15-digit number with a valid
 * birth date; {@code IDV}: read aloud in a voice note, 幺 for one, 叉 for X), mobiles ({@code M}: plain, 3-4-4 by blanks
 * or hyphens, +86, +86-3-4-4; {@code MV}: spoken, 幺 or 一 for one, 零 for nought), Taiwan mobiles ({@code MTW}:
 * 0912-345-678, 0912 345 678, 0912345678, +886 912 345 678, +886-912-345-678, +886912345678), mobiles abroad
 * ({@code MPH} the Philippines +63 917 123 4567, 0917 123 4567, 0917-123-4567, +639171234567; {@code MID} Indonesia +62
 * 812-3456-7890, 0812-3456-789; {@code MMY} Malaysia +60 12-345 6789, 012-345 6789, 011-2345 6789; {@code MSG}
 * Singapore +65 9123 4567, +65-8123-4567, 9123 4567; {@code MX} any of them; {@code MR} the overseas relative's, in the
 * forms of the relative's country), landlines ({@code L}: eight digits on 0592 Xiamen and 0595 Quanzhou, seven on 0596
 * Zhangzhou, with the code in brackets, a hyphen or a blank, as +86 592 / 595 / 596, or without the code), record
 * numbers ({@code RZ}: eight-digit inpatient numbers opening with the year; {@code RD}: dialysis numbers XT-XM-0387 by
 * centre; {@code RT}: transplant follow-up numbers KT2019-0387), insurance numbers ({@code IP}: fourteen-digit
 * medical-insurance personal numbers on a city code 3502, 3505, 3506; {@code IS}: social-security card numbers, a
 * letter and eight digits; {@code I}, where the label does not say, either), bank cards ({@code B}: 16 or 19 digits
 * with a valid Luhn digit, plain or in fours by blanks or hyphens), addresses ({@code A}: flats in Xiamen, Quanzhou,
 * Jinjiang, Shishi and Zhangzhou by road and number (with 之N in the Xiamen way), 巷, estate, 号楼 or 栋 and room, urban
 * villages by 街道 and 社, villages by 镇, 村 and 组 or a natural village in 厝 or 社; {@code A0}: stopping at the 街道, the
 * road, its number, the town or the village; {@code ATW}: Taiwan and Kinmen addresses in traditional characters with 段,
 * 巷, 弄, 號, 樓 or 里 and 鄰; {@code AR}: the overseas relative's address, in the way of the relative's country: Binondo and
 * Quezon City, Singapore HDB blocks, George Town and Kuala Lumpur, Medan and Jakarta), dates of birth ({@code DOB}:
 * 1952年8月15日, 1952-08-15, 1952.8.15, 1952/08/15, 19520815; {@code DOBM}: 1952.08, 1952年8月; {@code DOBL}: lunar,
 * 农历1952年八月十五, 1952年农历八月十五, 农历五二年八月十五; {@code DOBT}: Republic of China years, 民國41年8月15日, 民国41年8月15日, 041/08/15,
 * 41.08.15; {@code DOBE}: 15 August 1952, August 15, 1952, 15 AUG 1952; {@code DOBD}: 15/08/1952, 15-08-1952).
 *
 * <p>Not labelled: dialysis machine, station and bed numbers, dialyser lots, session, dispatch and lab order numbers,
 * nurses' work numbers, donor codes (FJ-DCD-…) and liaison registration numbers, report-card numbers, 台胞证 numbers, a
 * Taiwan residence-permit number (830000…, shaped like an identity number), passports, platform IDs, licence plates,
 * HLA types and PRA, Kt/V, URR, dry weight, lab values, tacrolimus levels and doses, amounts, visit dates and times,
 * ages, organisations, temples and clan associations, kin words, roles and Minnan words, and words beginning with a
 * pool surname (叶酸, 周三, 曾经, 杨桃, 连续, 陈旧; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind54Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #NAMES},
 * each with its passport pinyin) is drawn as a Minnan ward would look: 陈, 林, 黄, 蔡, 吴, 王 carry half, then 郑, 施, 洪, 许, 庄,
 * 苏, 柯, 叶, 颜, 曾, 谢, 邱, 连, 尤, 翁, 丁 of 陈埭 and 郭 of 百崎, 钟 of 钟宅, with rare surnames no earlier group used
 * ({@link #RARE_SURNAMES}), the names of the old Minnan generations (罔舍, 金水, 水木, 宝缎, 秀绸), of their children and
 * grandchildren (宥辰, 妤彤, 沐晨), and names that are also words ({@link #WORD_LIKE}). {@link #OVERSEAS} holds the relatives
 * abroad with their Hokkien romanisation, the name used abroad and their country, {@link #MINORITY} their names in
 * characters, {@link #TAIWAN} Taiwan compatriots with their Wade-Giles, {@link #NICKNAMES} Minnan nicknames,
 * {@link #ENGLISH} foreign doctors, nurses and Filipino-Chinese and Indonesian-Chinese acquaintances. Own slots:
 * {@code N}, a further Chinese name; {@code NS}, {@code PS}, {@code FS}, {@code DS}, {@code MS}, {@code TS}, surnames;
 * {@code PG}, {@code PK}, {@code PO}, {@code PY}, {@code PZ}, {@code NY}, {@code MY}, {@code MW}, {@code MG},
 * {@code TW}, {@code TY}, {@code EG} and the identifier slots above. Any non-empty subset of {@link #BLIND_55} uses
 * these pools (see {@link #uses}).
 */
final class Blind55Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270125L;

    static final List<String> BLIND_55 = List.of(
            // Dialysis session sheets.
            "血液透析记录单\n姓名：{P}  性别：{SEX}  透析号：{RD}\n日期：{D}  机号：07  透析位：B-12\n干体重：58.5kg  透前体重：61.2kg  "
                    + "超滤目标：2.7L\n血流量250ml/min  透析器FX80（批号2403172）\n透前血压{BP}  肝素首剂2000IU\n责任护士：{N}  医生：{DR}\n",
            "透析充分性评估（季度）\n| 透析号 | 姓名 | Kt/V | URR | 干体重 |\n|---|---|---|---|---|\n| {RD} | {P} | 1.38 | 70.2% | 58.5kg |\n"
                    + "| {RD} | {N} | 1.12 | 62.5% | 47.0kg |\n| {RD} | {N} | 1.45 | 72.8% | 66.0kg |\n",
            "日期,透析号,姓名,机号,透前体重,透后体重,超滤量,护士\n{D},{RD},{P},12号机,63.4,60.9,2.5,{N}\n"
                    + "{D},{RD},{N},05号机,52.1,50.0,2.1,{N}\n",
            "上午班透析患者\t机号\t方式\t电话\n{P}\t03\tHDF\t{M}\n{N}\t04\tHD\t{M}\n{N}\t09（乙肝机）\tHD\t{L}\n",
            "透析中并发症记录：{P}（{RD}）透析第3小时血压降至82/50mmHg，诉抽筋，予停超滤、生理盐水200ml快速滴注，"
                    + "血流量调至200ml/min后缓解；当班护士{N}，值班医生{DR}\n",
            "{\"sessionId\":\"HD20240918-0387\",\"dialysisNo\":\"{RD}\",\"patient\":\"{P}\",\"machine\":\"FMC-4008S-0387\","
                    + "\"station\":\"A-07\",\"dryWeightKg\":58.5,\"ktv\":1.38,\"nurse\":\"{N}\"}\n",
            "高钾血症急诊透析：{P}，{AGE}岁，周末在厝食了两粒香蕉、一碗杨桃汤，周一来透前血钾6.9mmol/L，心电图T波高尖，即刻上机，"
                    + "透后复查血钾4.1mmol/L；家属{F}电话{M}；医生{DR}\n",
            "诱导透析记录\n患者：{P}  出生日期：{DOB}  住院号：{RZ}\n原发病：糖尿病肾病，eGFR 6ml/min\n临时导管：右颈内静脉\n"
                    + "首次透析2小时，血流量150ml/min，无失衡综合征\n主管医生：{DR}\n",
            "月度化验（血透中心）\n| 姓名 | Hb | 血磷 | iPTH | 白蛋白 |\n|---|---|---|---|---|\n| {P} | 98 | 2.31 | 612 | 36.2 |\n"
                    + "| {N} | 112 | 1.68 | 288 | 39.5 |\n| {N} | 87 | 2.02 | 1045 | 34.8 |\n",
            "医嘱：{P}，透析号{RD}，促红素10000IU每周一次皮下注射，蔗糖铁100mg每周三透析时静滴，碳酸镧0.5g tid随餐嚼服，叶酸5mg qd；"
                    + "医生{DR}\n",
            "透析患者营养评估：{P}，{SEX}，{AGE}岁，SGA B级，白蛋白33g/L，自述食欲差，三顿食粥配菜脯，少食肉；"
                    + "建议每日蛋白1.2g/kg；营养师{N}\n",
            "腹膜透析随访：{P}（{RD}），在厝自做腹透每日4袋，超滤约800ml，出口处无红肿；由{N}家后生协助换液；随访护士{N}，电话{L}\n",
            "透析间期体重增长超标名单\n透析号\t姓名\t干体重\t本次增长\t宣教护士\n{RD}\t{P}\t55.0\t4.1kg\t{N}\n{RD}\t{N}\t62.5\t3.8kg\t{N}\n",
            "Haemodialysis prescription (for the visiting unit)\nName: {PY}\nDate of birth: {DOBE}\nDialysis no.: {RD}\n"
                    + "Dry weight 58.5 kg; Qb 250 ml/min; Qd 500 ml/min; 4 h, 3 times a week; last Kt/V 1.41\nHeparin 2000 IU bolus + 500 IU/h\n"
                    + "HBsAg neg, anti-HCV neg, HIV neg ({D})\nPrescribing nephrologist: {NY}\n",
            // Vascular access.
            "动静脉内瘘评估\n患者：{P}  透析号：{RD}\n部位：左前臂桡动脉-头静脉内瘘（{D}建立）\n震颤：良好  杂音：连续性\n"
                    + "彩超血流量：680ml/min\n穿刺方式：绳梯法\n评估护士：{N}\n",
            "内瘘成形术记录：{P}，{AGE}岁，于{D}行左前臂AVF成形术，端侧吻合，术后震颤可扪及；嘱4-6周成熟后再穿刺，术侧勿测血压、"
                    + "勿提重物；术者{DR}\n",
            "[微信 通路护士群]\n{N}：{P}今日内瘘震颤变弱，穿刺抽无血\n{DR}：明早约彩超，狭窄就安排球囊扩张\n"
                    + "{NS}护士长：今日先改单针，交班给下午班\n",
            "PTA手术通知：{P}（住院号{RZ}）内瘘吻合口狭窄约75%，拟{D}行经皮腔内血管成形术，需家属{F}签字，联系电话{M}；介入医生{DR}\n",
            "长期导管维护记录\n| 日期 | 姓名 | 导管部位 | 出口处 | 封管 | 护士 |\n|---|---|---|---|---|---|\n"
                    + "| {D} | {P} | 右颈内 | 干洁 | 肝素钠 | {N} |\n| {D} | {N} | 右股静脉 | 少许渗血 | 枸橼酸钠 | {N} |\n",
            "Vascular access note (holiday dialysis abroad)\nPatient: {PY}\nDOB: {DOBE}\n"
                    + "Access: left radiocephalic AVF, good thrill, 15G needles, buttonhole technique\n"
                    + "Last PTA: {D}\nNephrologist: Dr {NY}, Lujiang Hospital, Xiamen\n",
            "[语音转文字] {DS}医生 我是{P}的查某囝 阮老爸手的内瘘昨暝摸着无咧震 伊讲无要紧 我惊惊 汝看欲按怎 我电话{MV}\n",
            // Nurse rosters.
            "血透室护士排班表（第38周）\n| 班次 | 周一 | 周二 | 周三 |\n|---|---|---|---|\n| 早班 | {N} | {N} | {N} |\n"
                    + "| 中班 | {N} | {N} | {N} |\n| 夜班（急诊备班） | {N} | — | {N} |\n",
            "姓名\t工号\t层级\t本周班次\t手机\n{N}\tHN0387\tN3\t早早中休\t{M}\n{N}\tHN0412\tN2\t中中早早\t{M}\n{N}\tHN0519\tN1\t休早早中\t{M}\n",
            "[微信 血透护士群]\n{NS}护士长：下周三{N}请假，谁能替早班\n{N}：我可以，歹势上周欠人一个班\n{N}：那我周五帮汝顶夜班\n",
            "日期,院区,班次,护士,电话\n{D},晋南血透中心,早班,{N},{M}\n{D},蚶江透析室,中班,{N},{L}\n{D},旧镇卫生院透析点,早班,{N},{M}\n",
            "Nursing roster – visiting nurses from Manila (exchange programme)\nWeek 38\nMon AM: {E} with {NY}\n"
                    + "Wed AM: {E2} with {NY}\nFri PM: {E} with {NY}\nNote: {EG} prefers early shifts\nCoordinator: {NY}, {M}\n",
            // Transport.
            "透析接送安排（周一三五）\n| 线路 | 患者 | 接送地址 | 电话 | 车牌 |\n|---|---|---|---|---|\n"
                    + "| 龙湖线 | {P} | {A} | {M} | 闽C·5T219 |\n| 龙湖线 | {N} | {A0} | {M} | 闽C·5T219 |\n",
            "【鹭江医院血透中心】{P}您好，明天（周三）接送车改为6:40到{A0}路口，司机{N}，车牌闽D·8K372，有事请打{M}。\n",
            "[语音转文字] 喂 {NS}师傅 我{P}啦 明仔载阮厝里无人 汝六点半来载阮去洗肾好无 阮蹛{A0} 电话{MV}\n",
            "{\"dispatchNo\":\"JS-2024-0918-07\",\"patient\":\"{P}\",\"pickup\":\"{A}\",\"phone\":\"{M}\",\"driver\":\"{N}\","
                    + "\"plate\":\"闽E·3Q807\",\"wheelchair\":\"yes\"}\n",
            "透析患者交通补助申请：{P}，身份证{ID}，家住{A}，距透析点约23公里，每周往返3次，申请镇慈善会补助每月300元；村委经办{N}\n",
            "小三通往返透析登记：台胞{TW}（台胞证号码05813264）每周二、五搭船自金门水头码头到厦门五通码头，再打车来院透析；"
                    + "台湾手机{MTW}；在台住址{ATW}\n",
            "接送车司机交接\n车牌：闽D·8K372\n司机：{N}  手机：{M}\n今日接送：{P}（{A0}）、{N}（{A0}）\n备注：{PS}伯坐轮椅，需两人扶\n",
            // Transplant waiting list and follow-up.
            "肾移植等待者登记表\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n身份证号：{ID}\n血型：B型  HLA：A2,A11；B46,B58；DR9,DR15\n"
                    + "PRA：0%\n透析龄：4年（{RD}）\n联系电话：{M}  备用：{L}\n登记医生：{DR}\n",
            "肾移植术后随访\n随访号：{RT}\n患者：{P}  术后第{AGE}个月\n他克莫司谷浓度6.8ng/ml，肌酐112μmol/L，尿蛋白(-)\n"
                    + "方案：他克莫司+吗替麦考酚酯+泼尼松\n随访医生：{DR}\n",
            "随访号,姓名,术后天数,FK506谷浓度,肌酐,BK病毒\n{RT},{P},30,9.2,135,阴性\n{RT},{N},180,6.5,98,阴性\n"
                    + "{RT},{N},365,5.1,121,1.2E+03\n",
            "[微信 肾移植随访群]\n{DR}：{P}这周他克莫司浓度3.2，偏低，有漏食无\n{P}：拍谢医生，去泉州食喜酒，暗时忘记食\n"
                    + "{DR}：千万莫漏，下周一空腹再抽血\n{F}：{PG}，汝听着无？\n",
            "移植术后急诊：{P}（随访号{RT}）发热38.6℃、尿量减少，肌酐由105升至248μmol/L，考虑急性排斥反应，收入移植病房"
                    + "（住院号{RZ}），予甲泼尼龙冲击；移植肾穿刺已约；家属{F}电话{M}\n",
            "Kidney transplant follow-up summary (for the family in Singapore)\nPatient: {PY}\nFollow-up no.: {RT}\n"
                    + "Transplanted in 2019; creatinine 118 umol/L, tacrolimus trough 5.8 ng/mL\nNext review: {D}\n"
                    + "Transplant clinic: {L}\n",
            "{\"followupNo\":\"{RT}\",\"name\":\"{P}\",\"tacTrough\":6.8,\"scr\":112,\"egfr\":58,\"cmvPcr\":\"<500\",\"bkv\":\"neg\","
                    + "\"nextVisit\":\"{D}\",\"doctor\":\"{DR}\"}\n",
            "移植等待名单复核（季度）\n| 姓名 | 血型 | PRA | 透析龄 | 状态 |\n|---|---|---|---|---|\n| {P} | O | 12% | 6年 | 有效 |\n"
                    + "| {N} | A | 0% | 2年 | 暂停（感染） |\n| {N} | AB | 45% | 9年 | 有效 |\n",
            "[语音转文字] {DS}主任 我是{F} {PS}伯的某啦 伊今仔日食药了后吐出来 彼个他克莫司毋知欲閣食一摆无 阮真烦恼 "
                    + "汝有闲回我电话{MV}\n",
            "【鹭江医院器官移植科】{P}您好，您的术后随访抽血时间为{D}早上7:30（空腹，服他克莫司前抽血），随访号{RT}。咨询{L}\n",
            "配型通知记录：{D} {TIME} 电话通知{P}（{M}）有合适供肾，要求2小时内到院；患者在晋江，由{F}开车送来；接诊医生{DR}\n",
            "检验号\t姓名\t项目\t结果\t参考范围\n2409180387\t{P}\tFK506谷浓度\t6.8 ng/ml\t5-10\n2409180412\t{N}\tFK506谷浓度\t11.9 ng/ml\t5-10\n",
            "肾移植受者档案\n随访号：{RT}\n姓名：{P}（{PY}）\n出生日期：{DOB}\n身份证号：{ID}\n医保个人编号：{IP}\n住址：{A}\n"
                    + "紧急联系人：{F}，{M}\n",
            // Donor-family liaison, written neutrally: donors stay anonymous.
            "器官捐献缅怀纪念活动通知：{D}上午在市红十字会捐献者纪念园举行缅怀活动，捐献者家属自愿参加；受者可书写匿名感谢信，"
                    + "由协调员{N}（{M}）统一转交，信件请注明捐献者编号（如FJ-DCD-2023-0387），勿写受者真实姓名\n",
            "致捐献者家属的匿名感谢信（协调员登记）\n登记号：XG-2024-017\n对应捐献者编号：FJ-DCD-2024-0112\n受者代称：一位泉州的父亲\n"
                    + "转交协调员：{N}\n经审核信中无受者、医院、手术日期等可识别信息\n审核人：{DR}\n",
            "OPO工作记录：捐献者编号FJ-DCD-2023-0387，双肾分配结果经系统确认，其中一侧由本院受者{P}（{RT}）接受；供者信息按规定"
                    + "不向受者披露；协调员{N}，电话{L}\n",
            "[微信 OPO协调员群]\n{N}：FJ-DCD-2024-0112的家属问会当知影受者近况无\n{NS}老师：可以转告受者恢复良好，姓名和医院不能讲\n"
                    + "{N}：好，我回复伊\n",
            "Donor family liaison (summary for a family member abroad)\nDonor code: FJ-DCD-2023-0387\n"
                    + "The family's representative, {MW} ({MR}), asked whether a letter from the recipients may be forwarded. "
                    + "Coordinator {NY} explained that letters are anonymous and checked before they are passed on.\n",
            // Hepatitis B and C screening.
            "血透患者乙肝丙肝筛查（半年）\n| 透析号 | 姓名 | HBsAg | 抗-HCV | HCV RNA | 分区 |\n|---|---|---|---|---|---|\n"
                    + "| {RD} | {P} | 阳性 | 阴性 | — | 乙肝区 |\n| {RD} | {N} | 阴性 | 阳性 | 2.1E+05 | 丙肝区 |\n"
                    + "| {RD} | {N} | 阴性 | 阴性 | — | 普通区 |\n",
            "丙肝抗体阳转报告：{P}（透析号{RD}）本次抗-HCV阳性，半年前阴性，HCV RNA 3.8×10^5 IU/ml；已转入丙肝专区专机（12号机），"
                    + "启动索磷布韦/维帕他韦治疗；同班次患者{N}、{N}加测；报告人{DR}\n",
            "传染病报告卡（丙型肝炎）\n姓名：{P}  身份证号：{ID}\n出生日期：{DOB}\n现住址：{A}\n联系电话：{M}\n报告卡编号 35020324000117\n"
                    + "报告医生：{DR}\n",
            "新入透析患者传染病筛查：{P}，{DOB}生，HBsAg(-)，抗-HCV(-)，梅毒(-)，HIV(-)；曾经在漳浦县第二医院透析半年，"
                    + "按规定安排普通区并3个月后复查；医生{DR}\n",
            "HBV/HCV screening log (English export)\nDialysis no.,Name,HBsAg,Anti-HCV,Zone\n{RD},{PY},neg,neg,general\n"
                    + "{RD},{NY},pos,neg,HBV zone\n",
            // Relatives abroad: the Philippines, Indonesia, Malaysia, Singapore.
            "Dear {MG},\nThis is to update you on your uncle {PY}. He has been on haemodialysis three times a week since "
                    + "March and his dry weight is now 58.5 kg. The team suggests a family visit before the Spring Festival.\n"
                    + "Best regards,\nDr {NY}\nRenal Unit, Lujiang Hospital, Xiamen\n",
            "Subject: Holiday dialysis request – {PY}\nDear Dr {ES},\nOur patient {PY} will stay with his relative {MW} from {D} "
                    + "and needs six sessions of haemodialysis. HBsAg, anti-HCV and HIV negative; dry weight 62 kg; AVF left arm.\n"
                    + "Relative's address: {AR}\nRelative's mobile: {MR}\nKind regards,\n{NY}\n",
            "侨亲资助透析登记：{P}的透析自付费用由在南洋的堂亲{MN}（{MW}）每月资助，经侨联{N}核实；患者收款卡号{B}\n",
            "[微信 南洋亲戚群]\n{MN}：阮阿兄今日洗肾有顺利无？\n{F}：有啦，医生讲干体重要顾，伊汤饮太济\n"
                    + "{MW}：拍谢阮无法度转来，钱我已经汇过去\n{F}：汝免烦恼\n",
            "Letter of guarantee (translated copy)\nI, {MW}, residing at {AR}, undertake to pay the medical expenses of my "
                    + "uncle {PY} at Lujiang Hospital, Xiamen.\nContact: {MR}\nDate of birth of the guarantor: {DOBD}\n",
            "海外亲属联系卡\n患者：{P}\n海外亲属：{MN}（护照姓名{MY}）\n关系：堂亲\n居住地：{AR}\n电话：{MR}\n微信号：wxid_8k2p9q1z\n",
            "[语音转文字] 喂 是{MS}家无 汝好 阮是鹭江医院血透室 汝阿叔{P}这礼拜血钾较悬 医生讲要紧 汝若有闲转来看伊 阮电话{L}\n",
            "Visiting relative registration\nName: {MW}\nHokkien name: {MY}\nChinese name: {MN}\nRelation: relative of "
                    + "{PY}\nDate of birth: {DOBD}\nPhone abroad: {MR}\nAddress abroad: {AR}\n",
            "主题：{P}赴南洋探亲期间透析的安排\n{MS}家各位亲人：您好！\n您的阿叔{P}拟于{D}出发，需在当地透析约三周。"
                    + "我们已备好英文透析处方和传染病筛查报告，请协助联系当地血透中心。联系人{N}，电话{M}。\n鹭江医院血透中心\n",
            "Medical summary for relatives abroad\nPatient: {PY} ({P})\nDate of birth: {DOBE}\nDiagnosis: ESRD due to "
                    + "hypertensive nephropathy, on HD since 2021\nHepatitis markers: HBsAg neg, anti-HCV neg\n"
                    + "Attending nephrologist: {NY}\ncc: Dr {ES} (guest unit)\n",
            "Clinical abstract (guest patient)\nPatient: {PY}, guest patient from Xiamen\n"
                    + "Admitted for fluid overload after two missed sessions; HD x2, discharged stable\nAttending: Dr {E}\n"
                    + "Mr {PZ} was advised not to miss sessions again.\nRelative: {MW} ({MR})\n",
            "Guest patient booking confirmation\nGuest: {PY}\nHome unit: Lujiang Hospital HD centre, Xiamen\n"
                    + "Sessions from {D}, three a week\nLocal contact: {MW}, {MR}\nUnit nurse manager: {E}\n",
            "【鹭江医院血透中心】Dear {MW}, your uncle {PY} is stable after today's session. For updates please call {L}.\n",
            "Subject: Re: dialysis slots for Mr {PZ}\nDear Ms {ES},\nThank you. Mr {PZ} ({PY}) will arrive on {D}; his niece "
                    + "will bring him to the unit. Her mobile is {MX}.\nRegards,\n{NY}\n",
            "[OCR] SPECIAL POWER OF ATTORNEY\nI, {MW}, of legal age, residing at {AR},\nappoint {F} to sign the consent for "
                    + "the kidney transplant of my\nuncle {PY}.\nSigned {D}\n",
            "侨汇到账登记\n| 汇款人 | 汇出地 | 金额 | 收款人 | 收款卡号 |\n|---|---|---|---|---|\n| {MY} | 南洋 | 3000美元 | {F} | {B} |\n",
            // Taiwan compatriots.
            "台胞就医登记\n姓名：{TW}  性别：{SEX}\n出生日期：{DOBT}\n台胞证号码：05813264\n大陆手机：{M}  台湾手机：{MTW}\n"
                    + "在台住址：{ATW}\n在厦住址：{A}\n医保：厦门市城乡居民医保，个人编号{IP}\n",
            "[微信 台商透析病友群]\n{TW}：歹势，下礼拜我转去台中，周三的透析可以调到周四吗\n{N}：可以，{TS}先生您周四早班，7点到\n"
                    + "{TW}：感恩\n",
            "Transfer letter from a dialysis clinic in Taiwan\nPatient: {TY}\nDate of birth: {DOBT} (ROC)\n"
                    + "On haemodialysis since 2016, HDF 4 h three times a week\nHBsAg neg, anti-HCV pos (treated, SVR12)\n"
                    + "Mobile in Taiwan: {MTW}\nHome address: {ATW}\n",
            "居住证信息核对：{TW}，台湾居民居住证号码830000196805170034（非大陆身份证），台胞证号码10723148；在厦住址{A}；"
                    + "紧急联系人{F}（配偶）{M}\n",
            "金门往返透析登记\n| 姓名 | 台胞证 | 透析日 | 台湾电话 | 船班 |\n|---|---|---|---|---|\n| {TW} | 06213795 | 二、五 | {MTW} | 水头8:30 |\n备注：{TS}先生坐轮椅，需码头接驳\n",
            "【鹭江医院血透中心】{TS}先生您好，您{D}的透析已改至下午班，如有问题请致电{L}。\n",
            "台胞医疗费用结算：{TW}（{TY}），本次透析按厦门城乡居民医保结算，医保个人编号{IP}；自付部分由其女儿{N}以银行卡{B}支付\n",
            "[语音转文字] 喂 {DS}医师 我是{TW} 阮后生讲汝欲叫我去验血 我这礼拜人佇高雄 下礼拜二才转来厦门 "
                    + "我台湾的号码是{MTW}\n",
            "{\"twCompatriot\":true,\"name\":\"{TW}\",\"romanized\":\"{TY}\",\"mtpNo\":\"05813264\",\"twMobile\":\"{MTW}\","
                    + "\"cnMobile\":\"{M}\",\"dob\":\"{DOBT}\"}\n",
            // Minnan voice notes and WeChat.
            "[语音转文字] {PG}啊 汝今仔日有去洗肾无 阿公阿嬷煮了面线糊 汝洗了转来食 莫食傷咸 医生讲汝水莫饮太济 阮电话{MV}\n",
            "[语音转文字] 阿伯 阿姆 我是血透室的{N} 汝明仔载早起六点半有车来载 阮这爿电话{L} 汝若无欲去愛先讲\n",
            "[微信 龙湖透析病友群]\n{P}：今日{NS}姆无来洗肾，有人知影无？\n{N}：伊后生讲伊跋倒，去泉州住院\n{PK}：阮明仔载去看伊\n",
            "[微信 家属群]\n{F}：{PS}伯今日透析了后头壳晕\n{DR}：血压几多？\n{F}：{BP}\n{DR}：{FS}婶，先予伊倒落来歇睏，莫起来傷紧，若无好转拍{L}\n",
            "[语音转文字] {DS}医生 我是{PK} 汝会记得无 阮老爸{P}进前佇汝遐洗肾 伊这马欲去南洋探亲 愛佇遐洗三礼拜 "
                    + "汝会当共伊写一张英文的证明无 我电话{MV}\n",
            "[微信 鹭江血透中心通知群]\n{NS}护士长：台风明天登陆，周三上午班全部提前到今晚8点透析\n{N}：收到，{P}阮会通知\n"
                    + "{PK}：阮厝淹水，无法度出门\n{DR}：先莫慌，我们联系转运车\n",
            "[语音转文字] 喂 汝好 我{N} 是{P}的厝边 伊一个人蹛 今仔日无去洗肾 我叩门无人应 汝紧派人来看 伊厝佇{A}\n",
            "[微信 蚶江透析室]\n{N}：老{PS}今日无来，电话也无人接\n{NS}姨：伊查某囝讲伊去石狮看病\n{DR}：叫伊明仔载一定愛来，"
                    + "血钾上回6.2\n",
            "[语音转文字] 小{NS} 我{P}啦 汝共{DS}主任讲 我这礼拜五欲做头七 无法度来洗 可以换礼拜六无 身份证号码汝愛的 {IDV}\n",
            "[微信 同安五显透析点]\n{DR}：{P}透前血压{BP}，今日降压药有食无\n{P}：有啦，早起食了\n{N}：{PS}叔，汝的干体重这礼拜又加1公斤\n{DR}：{PG}，下礼拜愛抽血，莫忘记\n",
            // Clan associations and temples.
            "宗亲会助医款发放记录\n龙湖宗亲会 第12批助医款\n| 姓名 | 病种 | 金额 | 收款账户 |\n|---|---|---|---|\n"
                    + "| {P} | 尿毒症透析 | 5000元 | {B} |\n| {N} | 肾移植术后 | 8000元 | {B} |\n经办：{N}\n",
            "慈济宫保生大帝诞辰义诊登记：{D}，{P}，{AGE}岁，透析3年，血压{BP}；宫庙头家{N}联系电话{M}；肾内科{DR}现场咨询\n",
            "[微信 青龙宫理事会]\n{N}：{P}厝里困难，伊后生也佇洗肾\n{NS}董：按呢这季香油钱拨两万给伊\n{N}：收到，我联络伊某{F}\n",
            "Clan association acknowledgement\nTo: {MW}\nAddress: {AR}\nDear {MG},\nThe association thanks you for your donation of "
                    + "PHP 200,000 to the dialysis fund for members in Longhu. Your cousin {PY} received the first payment.\n"
                    + "Secretary: {NY}\n",
            "宗祠理事会来函：本族{P}（身份证{ID}，参保编号{I}）尿毒症透析多年，家境困难，恳请鹭江医院减免部分费用；联系人{N}，电话{L}\n",
            // OCR'd forms.
            "[OCR] 门诊特殊病种申请表（尿毒症透析）\n姓 名 {PO}\n出生年月 {DOBM}\n身份证 {ID}\n社保卡号 {IS}\n定点透析机构 晋南血透中心\n申请日期 {D}\n",
            "[OCR] 肾 移 植 随 访 卡\n姓名 {PO}\n随访号 {RT}\n出生 {DOB}\n电话 {M}\n",
            "[OCR] 台湾居民来往大陆通行证（复印件）\n姓名 {TW}\n{TY}\n出生日期 {DOB}\n证件号码 05813264\n签发机关 公安部出入境管理局\n",
            "[OCR] 透析患者转院介绍信\n兹有患者 {PO}，住 {A}，\n在我院透析3年（透析号 {RD}），现因迁居转至贵中心，请予接收。\n",
            "[OCR] 住院病案首页（节选）\n姓名 {PO}  住院号 {RZ}\n出生日期 {DOB}\n现住址 {A}\n联系人 {F}  电话 {M}\n",
            "[OCR] 医保报销单\n姓名 {PO}\n医保编号 {IP}\n开户行 兴业银行晋江支行\n卡号 {B}\n",
            "[OCR] 血透室交班本\n{D} 早班\n3床 {PO} 透中低血压 已处理\n7床 {N} 内瘘渗血 加压包扎\n交班人 {N}\n",
            "[OCR] 乙 肝 疫 苗 接 种 卡\n姓 名 {PO}\n出生年月 {DOBM}\n电话 {M}\n",
            "[OCR] 血 液 透 析 治 疗 知 情 同 意 书\n患者姓名 {PO}\n身份证号 {ID}\n透析方式 HD/HDF\n签字人 {F}  与患者关系 女儿\n"
                    + "联系电话 {M}\n",
            "[OCR] 老年人优待证申请\n姓名 {PO}\n出生 {DOBL}\n住址 {A}\n",
            // Insurance and billing.
            "透析费用月结\n| 姓名 | 医保个人编号 | 透析次数 | 总费用 | 自付 |\n|---|---|---|---|---|\n"
                    + "| {P} | {IP} | 13 | 5460元 | 546元 |\n| {N} | {IP} | 12 | 5040元 | 504元 |\n",
            "退费通知：{P}因转往晋南血透中心，本院预存透析费余额1,280.00元退至{B}（户名{F}），经办{N}\n",
            "大病保险二次报销申请\n申请人：{P}\n身份证号：{ID}\n医保编号：{I}\n社保卡号：{IS}\n开户行：中国建设银行石狮支行\n卡号：{B}\n联系电话：{M}\n",
            // Registers, letters and exports.
            "{\"patientId\":\"{RD}\",\"name\":\"{P}\",\"idCard\":\"{ID}\",\"birthDate\":\"{DOB}\",\"phone\":\"{M}\","
                    + "\"address\":\"{A}\",\"hbsag\":\"neg\",\"hcvAb\":\"neg\"}\n",
            "{\"relative\":\"{MN}\",\"hokkien\":\"{MY}\",\"abroadName\":\"{MW}\",\"phone\":\"{MR}\",\"address\":\"{AR}\","
                    + "\"relation\":\"cousin\",\"patient\":\"{P}\"}\n",
            "{\"rosterWeek\":38,\"nurses\":[{\"name\":\"{N}\",\"shift\":\"AM\"},{\"name\":\"{N}\",\"shift\":\"PM\"}],"
                    + "\"headNurse\":\"{N}\"}\n",
            "透析患者基本信息\n透析号：{RD}\n姓名：{P}\n出生日期：{DOB}\n身份证号：{ID}\n社保卡号：{IS}\n住址：{A}\n家属：{F}（女儿）{M}\n"
                    + "家庭电话：{L}\n",
            "老年透析患者档案\n姓名：{P}\n出生：{DOBL}（身份证登记{DOB}）\n住址：{A}\n后生：{N}，{M}\n查某囝：{N}，{MX}\n",
            "主题：关于{P}转入本中心透析的交接\n{DS}主任：\n患者{P}（透析号{RD}）原在漳浦县第二医院透析，现随女儿迁居厦门，"
                    + "下周一起在本中心透析。原中心联系人{N}，电话{L}。\n鹭江医院血透中心\n",
            "家访记录：{D}到{A0}{P}家中，独居，视力差，由厝边{N}帮忙买菜；其查某囝佇新加坡，电话{MSG}；留下中心电话{L}\n",
            "海外亲属来访登记：{MN}（{MW}），当地手机{MR}，护照号P4827163B；探视患者{P}，登记护士{N}\n",
            "客座透析联络（马尼拉）：合作血透中心护士长{E}来电{MPH}，确认{PY}探亲期间的6次透析已排好；转告家属{F}\n",
            "Guest dialysis contact list\nCity,Contact,Role,Phone\nManila,{E},nurse manager,{MPH}\nMedan,Dr {E},nephrologist,{MID}\n"
                    + "Penang,{E},HD coordinator,{MMY}\nSingapore,{E2},transplant coordinator,{MSG}\n",
            "印尼合作医院联络：棉兰 Dr {E}，电话{MID}，负责{PY}探亲期间透析；患者女儿{N}同行\n",
            "槟城合作透析中心回复：{EG}说{P}的透析可安排在每周一三五上午，电话{MMY}，需提前两周发传染病筛查报告\n",
            "器官移植科门诊日志\n| 时间 | 姓名 | 随访号 | 他克莫司 | 医生 |\n|---|---|---|---|---|\n| 08:10 | {P} | {RT} | 7.2 | {DR} |\n"
                    + "| 08:25 | {N} | {RT} | 4.9 | {DR} |\n",
            "【鹭江医院血透中心】{F}您好，{P}今日透析顺利结束，下次透析{D}。如有不适请拨{L}。\n",
            "乙肝病毒携带透析患者专机安排\n机号\t患者\t班次\n09\t{P}\t一三五上午\n10\t{N}\t二四六下午\n",
            "[微信 旧镇透析点]\n{N}：{N}家查某囝今日来载伊，讲欲转去厦门食饭\n{DR}：好，透析记录单愛带去\n{N}：{FS}婶，汝记得共药带齐\n",
            "[语音转文字] {DS}医师 我{F} 阮翁{P}今仔日透析了后脚抽筋 转来厝了后闲闲无代志 汝讲无要紧就好 伊身份证{IDV} 挂号愛用\n",
            "[微信 海沧透析病友群]\n{PK}：{N}家后生今日载阮去洗肾，真好心\n{N}：歹势啦，顺路\n{NS}阿姨：下礼拜我嘛愛坐\n",
            "移植前评估会诊\n患者：{P}  出生日期：{DOB}\n心脏彩超EF 62%，冠脉CTA未见明显狭窄\n陈旧性肺结核，无活动\n"
                    + "结论：可列入等待名单\n会诊：{DR}、{N}\n");

    /**
     * The Chinese pool with each name's passport pinyin (family name first): Minnan patients, their spouses, sons and
     * daughters, neighbours, nephrologists, dialysis nurses, coordinators and drivers.
     */
    static final List<String> NAMES = List.of(
            "陈金水|Chen Jinshui", "陈添桂|Chen Tiangui", "陈宝缎|Chen Baoduan", "陈秀绸|Chen Xiuchou",
            "陈清江|Chen Qingjiang", "陈火炎|Chen Huoyan", "陈碧珠|Chen Bizhu", "陈进财|Chen Jincai", "陈宥辰|Chen Youchen",
            "陈文贤|Chen Wenxian", "陈淑惠|Chen Shuhui", "陈炳煌|Chen Binghuang", "陈水木|Chen Shuimu", "陈素卿|Chen Suqing",
            "陈妤彤|Chen Yutong", "陈荣钦|Chen Rongqin", "林金枝|Lin Jinzhi", "林玉叶|Lin Yuye", "林添福|Lin Tianfu",
            "林水生|Lin Shuisheng", "林美玉|Lin Meiyu", "林清泉|Lin Qingquan", "林瑞昌|Lin Ruichang", "林宝缘|Lin Baoyuan",
            "林金钗|Lin Jinchai", "林志鸿|Lin Zhihong", "林筱婷|Lin Xiaoting", "林锦绣|Lin Jinxiu", "林国梁|Lin Guoliang",
            "林秋菊|Lin Qiuju", "林沛霖|Lin Peilin", "林天助|Lin Tianzhu", "黄素珠|Huang Suzhu", "黄天赐|Huang Tianci",
            "黄水源|Huang Shuiyuan", "黄丽卿|Huang Liqing", "黄金城|Huang Jincheng", "黄碧霞|Huang Bixia",
            "黄文焕|Huang Wenhuan", "黄来好|Huang Laihao", "黄月娇|Huang Yuejiao", "黄俊彦|Huang Junyan",
            "黄梓晴|Huang Ziqing", "蔡宝贵|Cai Baogui", "蔡明宗|Cai Mingzong", "蔡丽珍|Cai Lizhen", "蔡清河|Cai Qinghe",
            "蔡锦治|Cai Jinzhi", "蔡振坤|Cai Zhenkun", "蔡佳蓉|Cai Jiarong", "蔡水仙|Cai Shuixian", "蔡宗翰|Cai Zonghan",
            "蔡梅香|Cai Meixiang", "蔡沐晨|Cai Muchen", "吴添财|Wu Tiancai", "吴美娟|Wu Meijuan", "吴启明|Wu Qiming",
            "吴丽玲|Wu Liling", "吴金山|Wu Jinshan", "吴淑媛|Wu Shuyuan", "吴志远|Wu Zhiyuan", "吴宇航|Wu Yuhang",
            "吴玉霜|Wu Yushuang", "王金练|Wang Jinlian", "王罔舍|Wang Wangshe", "王秀缎|Wang Xiuduan", "王清标|Wang Qingbiao",
            "王文雅|Wang Wenya", "王宗坤|Wang Zongkun", "王美凤|Wang Meifeng", "王水土|Wang Shuitu", "王俊鸿|Wang Junhong",
            "王芷晴|Wang Zhiqing",
            "郑成发|Zheng Chengfa", "郑秀銮|Zheng Xiuluan", "郑天佑|Zheng Tianyou", "郑雅芬|Zheng Yafen", "连胜|Lian Sheng",
            "施金钟|Shi Jinzhong", "施碧云|Shi Biyun", "洪荣华|Hong Ronghua", "洪淑芬|Hong Shufen", "洪清德|Hong Qingde",
            "洪宸睿|Hong Chenrui", "许再添|Xu Zaitian", "许美华|Xu Meihua", "许志聪|Xu Zhicong", "庄宏图|Zhuang Hongtu",
            "庄顺发|Zhuang Shunfa", "庄素云|Zhuang Suyun", "庄子谦|Zhuang Ziqian", "尤佳|You Jia", "苏文章|Su Wenzhang",
            "苏玉环|Su Yuhuan", "李再兴|Li Zaixing", "李碧莲|Li Bilian", "李育德|Li Yude", "杨清水|Yang Qingshui",
            "杨碧蓉|Yang Birong", "杨惠玲|Yang Huiling", "张火旺|Zhang Huowang", "张素梅|Zhang Sumei",
            "张育诚|Zhang Yucheng", "柯金墩|Ke Jindun", "柯雅琴|Ke Yaqin", "卢振益|Lu Zhenyi", "叶清溪|Ye Qingxi",
            "叶美珠|Ye Meizhu", "叶晓芸|Ye Xiaoyun", "颜再发|Yan Zaifa", "颜秀珍|Yan Xiuzhen", "曾金火|Zeng Jinhuo",
            "曾雅慧|Zeng Yahui", "谢天送|Xie Tiansong", "谢美惠|Xie Meihui", "谢佩珊|Xie Peishan", "刘添寿|Liu Tianshou",
            "刘承宗|Liu Chengzong", "周宝玉|Zhou Baoyu", "周妤婕|Zhou Yujie", "邱文祥|Qiu Wenxiang", "邱淑真|Qiu Shuzhen",
            "连城|Lian Cheng", "连金桂|Lian Jingui", "尤秀玉|You Xiuyu", "尤振隆|You Zhenlong", "傅天来|Fu Tianlai",
            "戴宗仁|Dai Zongren", "丁国良|Ding Guoliang", "郭清辉|Guo Qinghui", "钟金宝|Zhong Jinbao", "骆文俊|Luo Wenjun",
            "萧丽云|Xiao Liyun", "翁振发|Weng Zhenfa", "康进益|Kang Jinyi", "康泰|Kang Tai", "龚清海|Gong Qinghai", "纪秀绒|Ji Xiurong",
            "花金叶|Hua Jinye", "花素霞|Hua Suxia", "弘振忠|Hong Zhenzhong", "弘清源|Hong Qingyuan",
            "双玉梅|Shuang Yumei", "双水旺|Shuang Shuiwang", "卓秀珠|Zhuo Xiuzhu");
    /** The Chinese names in characters. */
    static final List<String> CHINESE = NAMES.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    /**
     * Rare surnames no earlier blind group gave anyone: 花 (Hua), 弘 (Hong), 双 (Shuang).
     */
    static final String RARE_SURNAMES = "花弘双";
    /**
     * Pool names that are also ordinary words: a winning streak, especially good, worth several cities, in good health.
     */
    static final List<String> WORD_LIKE = List.of("连胜", "尤佳", "连城", "康泰");
    /**
     * Relatives abroad: characters|Hokkien romanisation, family name first|the name used abroad|country (PH the
     * Philippines, SG Singapore, MY Malaysia, ID Indonesia, where the name used abroad is Indonesian).
     */
    static final List<String> OVERSEAS = List.of("施振南|See Chin Lam|Antonio See|PH",
            "蔡锦绣|Choa Kim Siu|Lourdes Choa|PH", "吴文质|Go Bun Chit|Ramon Go|PH", "洪秋月|Ang Chiu Guat|Teresita Ang|PH",
            "许振源|Co Chin Guan|Vicente Co|PH", "刘清福|Lao Ching Hok|Rodrigo Lao|PH", "石文宝|Chioh Bun Po|Benjamin Chioh|SG",
            "林亚珠|Lim Ah Choo|Jenny Lim|SG", "郑宝珍|Tay Poh Tin|Scholastica Tay|SG", "王天恩|Ong Thian Un|Henry Ong|MY",
            "邱金狮|Khoo Kim Sai|Alan Khoo|MY", "杨美兰|Yeoh Bee Lan|Catherine Yeoh|MY",
            "黄德源|Oei Tek Goan|Haryanto Wijaya|ID", "蔡美娘|Tjoa Bie Nio|Lindawati Tjahjadi|ID",
            "林福寿|Liem Hok Siu|Budiman Halim|ID", "吴素华|Go Soh Hua|Susanti Gozali|ID");
    /** The relatives abroad in characters (MN). */
    static final List<String> MINORITY = OVERSEAS.stream().map(o -> o.split("\\|")[0]).toList();
    /** Taiwan compatriots: traditional characters|Wade-Giles as their passports write it, family name first. */
    static final List<String> TAIWAN = List.of("陳俊宏|Chen Chun-Hung", "張雅惠|Chang Ya-Hui", "黃志偉|Huang Chih-Wei",
            "賴美玲|Lai Mei-Ling", "簡宏達|Chien Hung-Ta", "許文雄|Hsu Wen-Hsiung", "蕭淑惠|Hsiao Shu-Hui",
            "吳建興|Wu Chien-Hsing", "鄭麗華|Cheng Li-Hua", "楊宗憲|Yang Tsung-Hsien", "葉佩玲|Yeh Pei-Ling",
            "莊國榮|Chuang Kuo-Jung");
    /** Minnan nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("阿忠仔", "憨虎仔", "乌狗", "番薯伯", "肥仔坤", "矮仔德", "大头成", "阿猫仔",
            "瘦猴荣", "红龟仔");
    /**
     * Foreign doctors, nurses and acquaintances, given|family: Filipino, Filipino-Chinese, Indonesian,
     * Indonesian-Chinese, Malaysian and Singaporean.
     */
    static final List<String> ENGLISH = List.of("Lualhati|Villaruel", "Cristina|Manglicmot", "Joselito|Pagdanganan",
            "Herminigilda|Dimayuga", "Nurhayati|Siregar", "Sugeng|Hadiwinoto", "Fransiskus|Kusnadi",
            "Sandra|Tanuwidjaja", "Thilaga|Letchumanan", "Eugene|Cheah", "Melvin|Tneoh", "Cyprian|Seetoh",
            "Darlene|Gocheco", "Rommel|Chuatico",
            "Patricia|Sytiongco", "Kenneth|Limcangco", "Wilson|Tanhueco", "Rohana|Baharuddin", "Gregorio|Lacsamana",
            "Feliciano|Tiongson");

    /**
     * Area codes of Xiamen (思明, 海沧, 湖里, 集美, 同安, 翔安, and the former 鼓浪屿 and 开元), Quanzhou (鲤城, 丰泽, 洛江, 泉港, 惠安,
     * 安溪, 永春, 石狮, 晋江, 南安) and Zhangzhou (芗城, 龙文, 龙海 and the former 龙海市, 云霄, 漳浦, 诏安, 东山, 南靖, 平和).
     */
    private static final List<String> AREA = List.of("350203", "350205", "350206", "350211", "350212", "350213",
            "350202", "350204",
            "350502", "350503", "350504", "350505", "350521", "350524", "350525", "350581", "350582", "350583",
            "350602", "350603", "350604", "350681", "350622", "350623", "350624", "350626", "350627", "350628");
    private static final List<String> BANK_BINS = List.of("622908", "622909", "622262", "621700", "622202", "622848",
            "621661");
    /** Province|city|district|subdistricts|roads|estates|urban villages (社) of the cities. */
    private static final List<String> URBAN = List.of(
            "福建省|厦门市|思明区|中华街道,鹭江街道,厦港街道,莲前街道|中山路,大同路,思明南路,莲前西路,民族路|莲花五村,华侨新村,前埔南区,瑞景新村"
                    + "|曾厝垵社,黄厝社,何厝社",
            "福建省|厦门市|湖里区|殿前街道,禾山街道,江头街道|兴隆路,殿前路,湖里大道,枋湖路|华荣小区,禾山新村,枋湖花园|后坑社,钟宅社,县后社",
            "福建省|厦门市|海沧区|新阳街道,海沧街道|新阳路,沧林路|沧林小区,海沧新村|霞阳社,新垵社",
            "福建省|厦门市|集美区|侨英街道,集美街道|银江路,嘉庚路|侨英新村,银江花园|孙厝社,后溪社",
            "福建省|泉州市|鲤城区|开元街道,海滨街道|中山中路,新华北路,涂门街|聚宝小区,新门新村|浮桥社",
            "福建省|泉州市|丰泽区|东湖街道,丰泽街道|刺桐路,丰泽街,田安路|东湖花园,丰泽新村|东梅社",
            "福建省|泉州市|晋江市|青阳街道,梅岭街道|世纪大道,青华路|阳光花园,梅岭新村|洪山社",
            "福建省|泉州市|石狮市|湖滨街道,凤里街道|八七路,石泉路|湖滨花园,凤里新村|后垵社",
            "福建省|漳州市|芗城区|南坊街道,东铺头街道|南昌路,延安北路,胜利西路|南昌花园,东铺头新村|浦头社");
    /** Province|city|county|towns|villages|natural villages (厝, 社) the patients come from. */
    private static final List<String> RURAL = List.of(
            "福建省|厦门市|同安区|五显镇,莲花镇|三秀山村,后埔村|顶厝,下厝",
            "福建省|厦门市|翔安区|新店镇,马巷镇|蔡厝村,洪厝村|东头社,西边社",
            "福建省|泉州市|晋江市|龙湖镇,陈埭镇,安海镇,金井镇|衙口村,岸兜村,洪溪村,塘东村|后厝,顶厝,南浔社",
            "福建省|泉州市|石狮市|永宁镇,蚶江镇,宝盖镇|港边村,梅林村,塘后村|林厝,下尾社",
            "福建省|泉州市|南安市|水头镇,官桥镇|朴里村,内厝村|后垵,吴厝",
            "福建省|泉州市|惠安县|崇武镇,净峰镇|大岞村,山霞村|下厝,西头社",
            "福建省|漳州市|龙海区|角美镇,海澄镇|白礁村,豆巷村|顶社,王厝",
            "福建省|漳州市|漳浦县|旧镇镇,佛昙镇|浯江村,港头村|林厝,后湖社",
            "福建省|漳州市|东山县|铜陵镇,陈城镇|澳角村,山口村|下坑社,顶厝",
            "福建省|漳州市|南靖县|书洋镇,梅林镇|塔下村,官洋村|楼下社,新厝");
    /** City|districts|roads|neighbourhoods (里) of Taiwan and Kinmen, in traditional characters. */
    private static final List<String> TAIWAN_PLACES = List.of("臺北市|大安區,中山區,士林區|和平東路,忠孝東路,中山北路|龍安里,民安里",
            "新北市|板橋區,中和區|文化路,中山路|留侯里,福和里", "臺中市|北屯區,西屯區|松竹路,文心路,崇德路|松竹里,大鵬里",
            "臺南市|北區,東區|公園路,長榮路|大興里,東門里", "高雄市|三民區,苓雅區|建工路,自強路|寶興里,林圍里",
            "彰化縣|鹿港鎮,和美鎮|中山路,彰鹿路|玉順里,和西里", "金門縣|金城鎮,金湖鎮|民生路,中山路|東門里,新市里");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final List<String> LUNAR_MONTHS = List.of("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月",
            "九月", "十月", "冬月", "腊月");
    /** Mobile prefixes after the 0: the Philippines, Indonesia, Malaysia (where 11 has eight digits more). */
    private static final List<String> PH_PREFIXES = List.of("905", "915", "917", "918", "919", "920", "927", "939",
            "947", "956", "977", "998");
    private static final List<String> ID_PREFIXES = List.of("811", "812", "813", "821", "822", "852", "857", "878");
    private static final List<String> MY_PREFIXES = List.of("11", "12", "13", "16", "17", "19");
    /** The countries of the relatives abroad, by the slots that write their numbers. */
    static final List<String> COUNTRIES = List.of("PH", "ID", "MY", "SG");
    /** Dialysis centres of the consortium, by their code in dialysis numbers. */
    private static final List<String> CENTRES = List.of("XM", "HC", "TA", "QZ", "JJ", "SS", "ZZ", "ZP", "LH");
    /** Every full written form of a pool name and the pool name it stands for, built once for the checks. */
    private static final Map<String, String> FULL_NAMES = fullNames();
    /** The name parts the slots write alone. */
    private static final Set<String> PARTS = parts();

    private Blind55Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_55 || !templates.isEmpty() && BLIND_55.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's relative abroad (MN), in characters. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] overseas(String han) {
        for (String o : OVERSEAS) {
            String[] p = o.split("\\|");
            if (p[0].equals(han)) return p;
        }
        throw new IllegalArgumentException(han);
    }

    /** The Hokkien romanisation of a relative abroad: See Chin Lam of 施振南. */
    static String hokkienOf(String han) {
        return overseas(han)[1];
    }

    /** The name used abroad: Antonio See of 施振南. */
    static String abroadName(String han) {
        return overseas(han)[2];
    }

    /** The given name used abroad, alone: Antonio of 施振南. */
    static String abroadGiven(String han) {
        String n = abroadName(han);
        return n.substring(0, n.lastIndexOf(' '));
    }

    /** The relative's country: PH, SG, MY or ID. */
    static String countryOf(String han) {
        return overseas(han)[3];
    }

    /** The Hokkien romanisation as written: SEE CHIN LAM or See Chin Lam. */
    static String hokkienForm(String han, RandomGenerator r) {
        String h = hokkienOf(han);
        return r.nextBoolean() ? h.toUpperCase() : h;
    }

    static List<String> hokkienForms() {
        List<String> out = new ArrayList<>();
        for (String han : MINORITY) {
            out.add(hokkienOf(han));
            out.add(hokkienOf(han).toUpperCase());
        }
        return out;
    }

    static List<String> abroadNames() {
        return MINORITY.stream().map(Blind55Templates::abroadName).toList();
    }

    static List<String> abroadGivenNames() {
        return MINORITY.stream().map(Blind55Templates::abroadGiven).toList();
    }

    /** The family names used abroad: See of Antonio See. */
    static List<String> abroadFamilies() {
        return MINORITY.stream().map(h -> abroadName(h).substring(abroadName(h).lastIndexOf(' ') + 1)).toList();
    }

    /** The Taiwan compatriot of a record: drawn from the patient's name, so that TW, TY and TS are one person. */
    static String taiwanEntry(String patient) {
        return TAIWAN.get(Math.floorMod(patient.hashCode(), TAIWAN.size()));
    }

    static String taiwanName(String entry) {
        return entry.substring(0, entry.indexOf('|'));
    }

    static List<String> taiwanNames() {
        return TAIWAN.stream().map(Blind55Templates::taiwanName).toList();
    }

    /** Wade-Giles as written: CHEN, CHUN-HUNG; CHEN CHUN-HUNG; Chun-Hung Chen; Chen Chun-Hung. */
    static String wadeGilesForm(String entry, RandomGenerator r) {
        return wadeGilesForms(entry).get(r.nextInt(4));
    }

    private static List<String> wadeGilesForms(String entry) {
        String w = entry.substring(entry.indexOf('|') + 1);
        String f = w.substring(0, w.indexOf(' ')), g = w.substring(w.indexOf(' ') + 1);
        return List.of(f.toUpperCase() + ", " + g.toUpperCase(), f.toUpperCase() + " " + g.toUpperCase(), g + " " + f,
                f + " " + g);
    }

    static List<String> wadeGilesForms() {
        return TAIWAN.stream().flatMap(e -> wadeGilesForms(e).stream()).toList();
    }

    /** The passport pinyin of a Chinese pool name, family name first: Chen Jinshui. */
    static String pinyinOf(String han) {
        for (String e : NAMES) {
            if (e.substring(0, e.indexOf('|')).equals(han)) return e.substring(e.indexOf('|') + 1);
        }
        throw new IllegalArgumentException(han);
    }

    private static String pinyinFamily(String han) {
        String p = pinyinOf(han);
        return p.substring(0, p.indexOf(' '));
    }

    private static String pinyinGiven(String han) {
        String p = pinyinOf(han);
        return p.substring(p.indexOf(' ') + 1);
    }

    private static List<String> pinyinForms(String han) {
        String f = pinyinFamily(han), g = pinyinGiven(han);
        return List.of(f.toUpperCase() + " " + g.toUpperCase(), f + " " + g, g + " " + f, f.toUpperCase() + " " + g);
    }

    /** A name as passports and letters abroad spell it: CHEN JINSHUI, Chen Jinshui, Jinshui Chen, CHEN Jinshui. */
    static String pinyinForm(String han, RandomGenerator r) {
        return pinyinForms(han).get(r.nextInt(4));
    }

    /** The pinyin family name after Mr: Chen or CHEN. */
    static String pinyinSurname(String han, RandomGenerator r) {
        String f = pinyinFamily(han);
        return r.nextBoolean() ? f : f.toUpperCase();
    }

    /** Every written pinyin form of the pool's names. */
    static List<String> pinyinForms() {
        return CHINESE.stream().flatMap(h -> pinyinForms(h).stream()).toList();
    }

    static List<String> pinyinSurnames() {
        List<String> out = new ArrayList<>();
        for (String han : CHINESE) {
            out.add(pinyinFamily(han));
            out.add(pinyinFamily(han).toUpperCase());
        }
        return out.stream().distinct().toList();
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /** 福建省厦门市, 厦门市 or nothing before the district; a county-level city stands alone or after its city. */
    private static String prefix(String province, String city, boolean withProvince, RandomGenerator r) {
        if (withProvince) return province + city;
        return r.nextInt(3) > 0 ? city : "";
    }

    /**
     * A flat or house in a city: road, number, estate and N号楼NNN室 or N栋NNN室; road, N号之N and NNN室 (the Xiamen
     * way); road, N巷 and N号; 街道, estate, N栋NNN室; or an urban village, 街道, N社 and N号. {@code partial} stops at
     * the 街道, the road or its number.
     */
    static String cityAddress(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(URBAN, r).split("\\|");
        String district = prefix(t[0], t[1], withProvince, r) + t[2];
        String street = district + one(t[3], r);
        String road = district + one(t[4], r);
        String number = road + (1 + r.nextInt(420)) + "号";
        int floor = 1 + r.nextInt(18), room = 1 + r.nextInt(6);
        String flat = floor + String.format("%02d", room) + "室";
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> street;
                case 1 -> road;
                default -> number;
            };
        }
        return switch (r.nextInt(5)) {
            case 0 -> number + one(t[5], r) + (1 + r.nextInt(40)) + (r.nextBoolean() ? "号楼" : "栋") + flat;
            case 1 -> number + "之" + (1 + r.nextInt(6)) + flat;
            case 2 -> road + (1 + r.nextInt(30)) + "巷" + (1 + r.nextInt(60)) + "号";
            case 3 -> street + one(t[5], r) + (1 + r.nextInt(40)) + "栋" + flat;
            default -> street + one(t[6], r) + (1 + r.nextInt(400)) + "号";
        };
    }

    /**
     * A village address: 福建省泉州市晋江市龙湖镇衙口村后厝12号, …村5组, …村38号; {@code partial} stops at the town or the
     * village.
     */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(RURAL, r).split("\\|");
        String county = prefix(t[0], t[1], withProvince, r) + t[2];
        String town = county + one(t[3], r);
        String v = town + one(t[4], r);
        if (partial) return r.nextBoolean() ? town : v;
        return switch (r.nextInt(3)) {
            case 0 -> v + one(t[5], r) + (1 + r.nextInt(120)) + "号";
            case 1 -> v + (1 + r.nextInt(12)) + "组";
            default -> v + (1 + r.nextInt(300)) + "号";
        };
    }

    /** An address: a village (half of the patients) or a flat or house in a city. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextBoolean() ? village(withProvince, partial, r) : cityAddress(withProvince, partial, r);
    }

    /**
     * A Taiwan or Kinmen address in traditional characters: 臺中市北屯區松竹路二段88巷5弄3號4樓, 臺中市北屯區松竹里12鄰松竹路88號; 臺 is
     * sometimes written 台.
     */
    static String taiwanAddress(RandomGenerator r) {
        String[] t = pick(TAIWAN_PLACES, r).split("\\|");
        String city = r.nextInt(4) == 0 ? t[0].replace('臺', '台') : t[0];
        StringBuilder b = new StringBuilder(city).append(one(t[1], r));
        if (r.nextInt(3) == 0) b.append(one(t[3], r)).append(1 + r.nextInt(30)).append("鄰");
        b.append(one(t[2], r));
        if (r.nextBoolean()) b.append("一二三四".charAt(r.nextInt(4))).append("段");
        if (r.nextBoolean()) {
            b.append(1 + r.nextInt(300)).append("巷");
            if (r.nextBoolean()) b.append(1 + r.nextInt(20)).append("弄");
        }
        b.append(1 + r.nextInt(200)).append("號");
        if (r.nextBoolean()) b.append(2 + r.nextInt(14)).append("樓");
        return b.toString();
    }

    /** The address of a relative abroad, in the way of the country (PH, SG, MY, ID). */
    static String abroadAddress(String country, RandomGenerator r) {
        int n = 1 + r.nextInt(480);
        return switch (country) {
            case "PH" -> switch (r.nextInt(3)) {
                case 0 -> n + " Ongpin Street, Binondo, Manila";
                case 1 -> n + " Masangkay Street, Binondo, Manila 1006";
                default -> "Unit " + (2 + r.nextInt(20)) + "B, " + n + " Banawe Street, Quezon City";
            };
            case "SG" -> "Blk " + (100 + r.nextInt(600))
                    + (r.nextBoolean() ? " Toa Payoh Lorong 4" : " Ang Mo Kio Avenue 3") + ", #"
                    + String.format("%02d-%03d", 2 + r.nextInt(20), 1 + r.nextInt(400)) + ", Singapore "
                    + (r.nextBoolean() ? "31" : "56") + digits(4, r);
            case "MY" -> switch (r.nextInt(3)) {
                case 0 -> n + ", Jalan Burma, 10050 George Town, Penang";
                case 1 -> n + ", Lorong Kulit, 10460 George Town, Penang";
                default -> n + ", Jalan Pasar, 55100 Kuala Lumpur";
            };
            case "ID" -> switch (r.nextInt(3)) {
                case 0 -> "Jl. Asia No. " + n + ", Medan 20214";
                case 1 -> "Jl. Mangga Besar Raya No. " + n + ", Jakarta Barat 11180";
                default -> "Jl. Pecenongan No. " + n + ", Jakarta Pusat 10120";
            };
            default -> throw new IllegalArgumentException(country);
        };
    }

    /**
     * A resident ID: 18 characters (born 1935 to 2005) plain, with a lower-case x or 6-8-4 by blanks, or an older
     * patient's 15-digit number (born 1930 to 1959).
     */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(10) == 0) return IdentifierForms.legacyId(pick(AREA, r), 30, 30, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1935, 71, r);
        return switch (r.nextInt(5)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** An 18-character resident ID read aloud: 幺 for one, 零 for nought, 叉 for X, run on. */
    static String spokenIdNumber(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(AREA, r), 1935, 71, r);
        StringBuilder b = new StringBuilder();
        for (char c : id.toCharArray()) {
            if (c == 'X') b.append('叉');
            else if (c == '1') b.append('幺');
            else if (c == '0') b.append('零');
            else b.append(NUMERALS.charAt(c - '0'));
        }
        return b.toString();
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86-139-1234-5678. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86-" + n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            default -> n;
        };
    }

    /** A mobile as said aloud: the one as 幺 or 一 (one way in a number), the nought as 零; 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (c == '1') b.append(one);
            else b.append(NUMERALS.charAt(c - '0'));
        }
        String s = b.toString().replace('〇', '零');
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** A Taiwan mobile: 0912-345-678, 0912 345 678, 0912345678, +886 912 345 678, +886-912-345-678, +886912345678. */
    static String taiwanMobile(RandomGenerator r) {
        String n = "9" + r.nextInt(9) + digits(7, r);
        String a = n.substring(0, 3), b = n.substring(3, 6), c = n.substring(6);
        return switch (r.nextInt(6)) {
            case 0 -> "0" + a + "-" + b + "-" + c;
            case 1 -> "0" + a + " " + b + " " + c;
            case 2 -> "0" + n;
            case 3 -> "+886 " + a + " " + b + " " + c;
            case 4 -> "+886-" + a + "-" + b + "-" + c;
            default -> "+886" + n;
        };
    }

    /**
     * A mobile abroad, with the country code or as dialled there: the Philippines +63 917 123 4567, +639171234567,
     * 0917 123 4567, 0917-123-4567; Indonesia +62 812-3456-7890, 0812-3456-789; Malaysia +60 12-345 6789,
     * 012-345 6789, 011-2345 6789; Singapore +65 9123 4567, +65-8123-4567, 9123 4567.
     */
    static String abroadMobile(String country, RandomGenerator r) {
        boolean local = r.nextInt(3) == 0;
        return switch (country) {
            case "PH" -> {
                String p = pick(PH_PREFIXES, r), a = digits(3, r), b = digits(4, r);
                yield local ? "0" + p + (r.nextBoolean() ? " " + a + " " + b : "-" + a + "-" + b)
                        : r.nextBoolean() ? "+63 " + p + " " + a + " " + b : "+63" + p + a + b;
            }
            case "ID" -> {
                String n = pick(ID_PREFIXES, r) + "-" + digits(4, r) + "-" + digits(3 + r.nextInt(2), r);
                yield local ? "0" + n : "+62 " + n;
            }
            case "MY" -> {
                String p = pick(MY_PREFIXES, r);
                String n = p + "-" + (p.equals("11") ? digits(4, r) : digits(3, r)) + " " + digits(4, r);
                yield local ? "0" + n : "+60 " + n;
            }
            case "SG" -> {
                String a = "89".charAt(r.nextInt(2)) + digits(3, r), b = digits(4, r);
                yield local ? a + " " + b : r.nextBoolean() ? "+65 " + a + " " + b : "+65-" + a + "-" + b;
            }
            default -> throw new IllegalArgumentException(country);
        };
    }

    /**
     * A landline: eight digits on 0592 (Xiamen) or 0595 (Quanzhou, Jinjiang, Shishi), seven on 0596 (Zhangzhou), as
     * 0592-5123456 7, (0592)…, 0592 5123 4567 (0596 212 3456), +86 592 …, or the local number alone.
     */
    static String landline(RandomGenerator r) {
        int city = r.nextInt(3);
        String code = List.of("0592", "0595", "0596").get(city);
        String local = city == 0 ? "25678".charAt(r.nextInt(5)) + digits(7, r)
                : city == 1 ? "2678".charAt(r.nextInt(4)) + digits(7, r) : "23456".charAt(r.nextInt(5)) + digits(6, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + code + ")" + local;
            case 1 -> code + " " + local.substring(0, local.length() - 4) + " " + local.substring(local.length() - 4);
            case 2 -> "+86 " + code.substring(1) + " " + local;
            case 3 -> local;
            default -> code + "-" + local;
        };
    }

    /** An inpatient number of 鹭江医院: the year's two digits and six more, 24038712. */
    static String inpatientNumber(RandomGenerator r) {
        return (18 + r.nextInt(8)) + digits(6, r);
    }

    /** A dialysis number: XT, the centre's code and four digits, XT-JJ-0157. */
    static String dialysisNumber(RandomGenerator r) {
        return "XT-" + pick(CENTRES, r) + "-" + digits(4, r);
    }

    /** A transplant follow-up number: KT, the year of the transplant (2008 to 2025) and four digits, KT2019-0387. */
    static String transplantNumber(RandomGenerator r) {
        return "KT" + (2008 + r.nextInt(18)) + "-" + digits(4, r);
    }

    /** A medical-insurance personal number: a city code (3502, 3505, 3506) and ten digits. */
    static String personalInsuranceNumber(RandomGenerator r) {
        return pick(List.of("3502", "3505", "3506"), r) + digits(10, r);
    }

    /** A social-security card number: a letter (not I or O) and eight digits. */
    static String socialSecurityCard(RandomGenerator r) {
        return "ABCDEFGHJKLMNPQRSTUVWXYZ".charAt(r.nextInt(24)) + digits(8, r);
    }

    /** Where the label does not say which: either. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextBoolean() ? personalInsuranceNumber(r) : socialSecurityCard(r);
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

    /** 1952年8月15日, 1952-08-15, 1952.8.15, 1952/08/15, 19520815; born 1935 to 2005. */
    static String birthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(71), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(5)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> String.format("%d/%02d/%02d", y, m, d);
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** The 出生年月 of forms: 1952.08, 1952年8月; born 1935 to 2005. */
    static String birthMonth(RandomGenerator r) {
        int y = 1935 + r.nextInt(71), m = 1 + r.nextInt(12);
        return r.nextBoolean() ? String.format("%d.%02d", y, m) : y + "年" + m + "月";
    }

    private static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return IdentifierForms.chineseNumber(d);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A lunar birthday of the old: 农历1938年八月十五, 1938年农历八月十五, 农历三八年八月十五; born 1930 to 1965. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(36);
        String md = pick(LUNAR_MONTHS, r) + lunarDay(1 + r.nextInt(30));
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + md;
            case 1 -> y + "年农历" + md;
            default -> "农历" + IdentifierForms.chineseYear(y).substring(2).replace('〇', '零') + "年" + md;
        };
    }

    /** A birth date in Republic of China years: 民國41年8月15日, 民国41年8月15日, 041/08/15, 41.08.15; born 1935 to 1995. */
    static String rocBirthDate(RandomGenerator r) {
        int y = 24 + r.nextInt(61), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> "民國" + y + "年" + m + "月" + d + "日";
            case 1 -> "民国" + y + "年" + m + "月" + d + "日";
            case 2 -> String.format("%03d/%02d/%02d", y, m, d);
            default -> String.format("%d.%02d.%02d", y, m, d);
        };
    }

    /** As letters abroad write it: 15 August 1952, August 15, 1952, 15 AUG 1952; born 1935 to 2005. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(71), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month + " " + d + ", " + y;
            default -> String.format("%02d %s %d", d, month.substring(0, 3).toUpperCase(), y);
        };
    }

    /** Day first, as Singapore, Malaysia and Indonesia write it: 15/08/1962, 15-08-1962; born 1940 to 2000. */
    static String dayFirstBirthDate(RandomGenerator r) {
        int y = 1940 + r.nextInt(61), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return String.format(r.nextBoolean() ? "%02d/%02d/%d" : "%02d-%02d-%d", d, m, y);
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(chineseName(random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "MS" -> out.write(surnameOf(people[3]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "PY" -> out.write(pinyinForm(people[0], random), EntityKind.NAME);
            case "PZ" -> out.write(pinyinSurname(people[0], random), EntityKind.NAME);
            case "NY" -> out.write(pinyinForm(chineseName(random), random), EntityKind.NAME);
            case "MY" -> out.write(hokkienForm(people[3], random), EntityKind.NAME);
            case "MW" -> out.write(abroadName(people[3]), EntityKind.NAME);
            case "MG" -> out.write(abroadGiven(people[3]), EntityKind.NAME);
            case "TW" -> out.write(taiwanName(taiwanEntry(people[0])), EntityKind.NAME);
            case "TY" -> out.write(wadeGilesForm(taiwanEntry(people[0]), random), EntityKind.NAME);
            case "TS" -> out.write(surnameOf(taiwanName(taiwanEntry(people[0]))), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDV" -> out.write(spokenIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MTW" -> out.write(taiwanMobile(random), EntityKind.PHONE);
            case "MPH" -> out.write(abroadMobile("PH", random), EntityKind.PHONE);
            case "MID" -> out.write(abroadMobile("ID", random), EntityKind.PHONE);
            case "MMY" -> out.write(abroadMobile("MY", random), EntityKind.PHONE);
            case "MSG" -> out.write(abroadMobile("SG", random), EntityKind.PHONE);
            case "MX" -> out.write(abroadMobile(pick(COUNTRIES, random), random), EntityKind.PHONE);
            case "MR" -> out.write(abroadMobile(countryOf(people[3]), random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RD" -> out.write(dialysisNumber(random), EntityKind.MEDICAL_RECORD);
            case "RT" -> out.write(transplantNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IP" -> out.write(personalInsuranceNumber(random), EntityKind.INSURANCE);
            case "IS" -> out.write(socialSecurityCard(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "ATW" -> out.write(taiwanAddress(random), EntityKind.ADDRESS);
            case "AR" -> out.write(abroadAddress(countryOf(people[3]), random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBT" -> out.write(rocBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBD" -> out.write(dayFirstBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return FULL_NAMES.containsKey(w) || PARTS.contains(w);
    }

    /**
     * The pool name a labelled value writes in full, or null when the value (a surname, a given name) names no one in
     * full. Pinyin forms stand for the Chinese name, Hokkien forms and names used abroad for the relative in
     * characters, Wade-Giles for the Taiwan compatriot in characters, an OCR'd name for the name unbroken.
     */
    static String fullNameOf(String w) {
        return FULL_NAMES.get(w);
    }

    private static Map<String, String> fullNames() {
        Map<String, String> out = new HashMap<>();
        for (String n : Stream.of(CHINESE, MINORITY, NICKNAMES, taiwanNames()).flatMap(List::stream).toList()) {
            out.put(n, n);
        }
        for (String han : CHINESE) {
            for (String f : pinyinForms(han)) out.put(f, han);
            String first = han.substring(0, 1), rest = han.substring(1);
            for (String scanned : List.of(first + "\n" + rest, first + " " + rest, String.join(" ", han.split("")),
                    String.join("\u3000", han.split("")))) {
                out.put(scanned, han);
            }
        }
        for (String han : MINORITY) {
            out.put(hokkienOf(han), han);
            out.put(hokkienOf(han).toUpperCase(), han);
            out.put(abroadName(han), han);
        }
        for (String t : TAIWAN) {
            for (String f : wadeGilesForms(t)) out.put(f, taiwanName(t));
        }
        for (String e : ENGLISH) out.put(e.replace('|', ' '), e.replace('|', ' '));
        return Map.copyOf(out);
    }

    /** The parts that name someone only in part: surnames, given names used alone, pinyin surnames. */
    private static Set<String> parts() {
        Set<String> out = new HashSet<>();
        for (String n : Stream.of(CHINESE, MINORITY, taiwanNames()).flatMap(List::stream).toList()) {
            out.add(surnameOf(n));
        }
        for (String n : CHINESE) out.add(addressedGivenName(n));
        out.addAll(pinyinSurnames());
        out.addAll(abroadGivenNames());
        out.addAll(abroadFamilies());
        for (String e : ENGLISH) {
            out.add(family(e));
            out.add(given(e));
        }
        return Set.copyOf(out);
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
        return ENGLISH.stream().map(e -> e.replace('|', ' ')).toList();
    }

    /** The family names of the foreign names and of the names used abroad. */
    static Stream<String> englishSurnames() {
        return Stream.concat(ENGLISH.stream().map(PoolNameForms::family), abroadFamilies().stream()).distinct();
    }

    /** The given names of the foreign names and of the names used abroad. */
    static Stream<String> englishGivenNames() {
        return Stream.concat(ENGLISH.stream().map(PoolNameForms::given), abroadGivenNames().stream()).distinct();
    }

    static List<String> areaCodes() {
        return AREA;
    }
}

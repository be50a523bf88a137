package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.chineseYear;
import static com.yilian.agents.deid.IdentifierForms.chineseNumber;

/**
 * Fourteenth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists, the older groups' sentences or the development templates, in the template language of
 * {@link ClinicalTextGenerator}. To be measured once, with the rules and the model frozen, on seed {@link #SEED}
 * (select it in {@link DeidDevelopmentProbe} as {@code BLIND_14}); a rule changed, or a model retrained, because of
 * its errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: the daily work of a county hospital's departments, written in a hurry, and what such a hospital
 * exchanges with the consortium hub — chest-pain-centre and stroke-centre green-channel time sheets (胸痛中心/卒中中心
 * 时间节点, D2W, DNT), cardiology handovers, oncology MDT minutes, endocrinology, nephrology (血透排班, 腹透随访) and
 * hepatology clinics, orthopaedic trauma and road-accident registers, burns admissions and dressing notes, psychiatric
 * (non-voluntary) admissions and night notes, geriatric assessments, transfers to rehabilitation; up- and down-referral
 * phone notes (上转/下转), teleconsultation group chats and voice-to-text transcripts whose non-PHI words carry
 * recognition errors (心机梗死, 淀粉没, 一线炎), medical-insurance audit queries (DRG/DIP 疑点, 病案首页质控, 稽核),
 * pharmacy interventions and prescription reviews, laboratory critical-value call logs, blood-bank requests and issue
 * logs, pathology requests and reports, radiology reports compared with prior studies, follow-up SMS batches, relief
 * and refund slips, and about a tenth in English or mixed (teleconsult note, international-patient discharge summary,
 * pharmacy page, critical-value callback, SMS batch, MDT minutes, burns handover, ED and stroke-alert notes). Clinicians'
 * habits: abbreviations, missing punctuation, names glued to the next word ({@code {P}{AGE}岁}, {@code {P}老爷子}),
 * several people in one sentence (also two names glued: {@code 带{N}{N}查房}), relatives by relation plus name (老伴,
 * 他老婆, 小孙女), nicknames (老X, 小X, X哥, X阿姨, X工, X总), given names used alone, names that appear only once.
 *
 * <p>Labelling (as in {@link Blind13Templates}). Every person's name is PHI: patients, relatives, companions, workmates,
 * employers, guarantors, drivers in an accident, and staff (doctors, nurses, pharmacists, coders, insurance officers,
 * lab and blood-bank staff, therapists, social workers, village doctors), in Chinese, minority, English or pinyin form.
 * A surname used as a form of address (老X, 小X, X哥, X阿姨, X工, X总, X先生, X女士, X医生, X主任, Dr. X) labels the
 * surname only ({@code PS}, {@code FS}, {@code DS}); a given name used alone ({@code PG}) labels the given name (a
 * single-character given name is never used alone: {@code PG} then writes the full name); an English given or family
 * name alone ({@code EG}, {@code ES}) is labelled. Labelled identifiers: resident identity numbers ({@code ID}: plain,
 * lower-case x, 6-8-4 by hyphens, 6 8 4 by blanks), mobiles ({@code M}: plain, 138-1234-5678, 138 1234 5678,
 * +86-13812345678, 0086 13812345678, 1381234 5678), landlines ({@code L}: 0898-23456789, 0898 23456789,
 * (0898)23456789, with an extension written 转802, -802 or ext.802, which belongs to the span), addresses
 * ({@code A}, {@code A0}: urban 路/号/小区/幢/单元/室, county-town 巷, north-eastern 乡/村/屯, Guangxi 乡/村/屯,
 * Xinjiang 兵团 团/连, Hainan 农场/队), record, inpatient, outpatient, imaging and pathology numbers ({@code R}:
 * ZYH2024123456, 0001234567, BL24-01234, CT2024-012345, XT-20240315-007, 住院号 as H plus eight digits), insurance
 * numbers ({@code I}: a letter and eight digits as on a social-security card, XNH plus fourteen digits of the rural
 * co-operative scheme, JX plus twelve digits, YBZH-1234-12345678), bank cards for relief, refunds and donations
 * ({@code B}: plain, in fours, or the six-digit issuer prefix then the rest), dates of birth ({@code DOB}: 1957年03月12日,
 * 1957-3-12, 1957.3.12, 1957年3月, 57年3月12日, 一九五七年三月, 1957/03/12, 1957年3月12号 — at least year and month;
 * English {@code DOBE}: 12 Mar 1957, March 12, 1957, 1957-03-12, 12.03.1957; a child's {@code NB}). The birth-date span
 * is the date only, without 出生 or 生 around it. Not labelled: dates of onset, visits, operations, calls and
 * sampling; times and time intervals (D2W, DNT); ages; bed, dialysis-station and room numbers; work numbers
 * ({@code CODE}); DRG/DIP group codes; laboratory and vital values; scores; hospital, department, county, village
 * clinic, company, brand and platform names. Decoys that look like names but are not PHI: herbs and drugs that read
 * as names (徐长卿, 刘寄奴, 何首乌, 使君子, 华法林, 罗红霉素, 万古霉素, 甘精胰岛素, 曲美他嗪, 安宫牛黄丸), pharmacies
 * and brands named after people (张仲景大药房, 李宁), eponyms (Killip, Child-Pugh, Garden, Gustilo, Parkland, Gleason,
 * Barthel, Brunnstrom, Morse, Wagner, 洼田饮水试验, 桥本甲状腺炎, 库欣综合征, 阿尔茨海默病, Guillain-Barre), buildings
 * named after people (逸夫楼, 中山楼), and counties named after people or reading as names (方正县, 孙吴县, 左权县,
 * 靖宇县, 志丹县; 方正县 also stands inside labelled addresses).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind13Templates} nor among the names {@link SyntheticValues} can generate: several generations (of the
 * 1920s–40s such as 史崇礼, 侯恩溥, 万淑娴; of the 1950s–70s 段卫东, 邵志坚; of the 1980s–90s 蔺思远, 邹筱彤; recent
 * cohorts 应梓睿, 阚一诺), rural names (牛狗剩, 白改花, 郝招娣), Zhuang names written in Chinese (韦/覃/农/蒙),
 * Cantonese, Minnan and Hong Kong / Taiwan names, some in traditional characters (謝佩珊, 黎淑儀, 林罔市), a
 * Korean-Chinese name, rare single surnames (亓, 薄, 虞, 逯, 郇, 扈, 芮, 缪, 巫, 佘, 闵, 濮, 訾, 钮, 冼, 湛, 暴, 酆),
 * compound surnames (上官, 皇甫, 司马, 夏侯, 令狐, 公孙, 端木, 申屠, 南宫, 万俟), married double surnames (黄郭月娥);
 * in the minority pool Uyghur, Kazakh, Tibetan, Mongolian, Yi, Dai, Jingpo and Naxi names; in the English pool
 * English, Scottish, Ukrainian, Nigerian, Ghanaian, Pakistani, Uzbek, Kazakh, Thai, Burmese, Lao, Peruvian,
 * Bulgarian, Hungarian, Polish, Danish, Basque, Israeli and Indian names and pinyin. Only a few ({@link #WORD_LIKE},
 * under a tenth) are also ordinary words. The generator draws patient, family member and doctor from
 * {@link #chineseName}, the minority person from {@link #minorityName}, {@code DS} from {@link #surnameOf} the doctor.
 * Own slots: {@code N}, a further Chinese name drawn afresh at each use; {@code PS}, {@code FS}, the surnames of
 * patient and family member; {@code PG}, the patient's given name; {@code EG}, {@code ES}, an English given or family
 * name alone; and the identifier slots above. Any non-empty subset of {@link #BLIND_14} uses these pools (see
 * {@link #uses}).
 */
final class Blind14Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261215L;

    static final List<String> BLIND_14 = List.of(
            // Chest-pain centre and cardiology.
            "胸痛中心时间节点\n患者 {P} {SEX} {AGE}岁 住院号{R}\n发病{TIME} 首次医疗接触{TIME} 首份心电图{TIME} 双抗负荷{TIME}\n"
                    + "导管室激活{TIME} D2W 68min\n介入{DR} 助手{N} 导管室护士{N}\n",
            "STEMI绿道：{P}下壁心梗Killip I级 家属{F}签字同意急诊PCI {DS}主任已上台 华法林停 先嚼服阿司匹林300mg替格瑞洛180mg "
                    + "家属电话{M}\n",
            "心内交班 12床{P}老{PS}房颤射频术后第1天 穿刺点无渗血 曲美他嗪继续 晚上他儿子{F}陪护 有事打{M} 值班{N}\n",
            "起搏器植入术后随访卡\n姓名：{P}  出生日期：{DOB}\n起搏器：DDD 程控参数正常\n家庭电话：{L}  手机：{M}\n随访医生：{DR}\n",
            // Stroke centre.
            "卒中中心时间节点 {D}\n患者：{P}  发病：{TIME}（{KIN}{F}发现）到院{TIME} CT完成{TIME} 溶栓开始{TIME} DNT 41min\n"
                    + "NIHSS 入院9分 24h 3分  TOAST：大动脉粥样硬化型\n溶栓医生：{DR}\n",
            "卒中绿道 {P}{AGE}岁右侧肢体无力2h 老伴{F}说早上还好好的 既往房颤吃华法林INR1.3 {DS}医生决定rt-PA 联系电话{M}\n",
            // Oncology MDT.
            "肿瘤MDT讨论记录\n时间：{D}  地点：逸夫楼6楼会议室\n患者：{P}  病理号：{R}  直肠癌cT3N1M0\n"
                    + "参加：肿瘤科{DR} 胃肠外科{N} 放疗科{N} 影像科{N} 病理科{N}\n意见：新辅助放化疗后再评估，由{DS}主任向患者{KIN}{F}交代\n",
            "MDT纪要：{P}（{PG}）肝转移灶3枚 Child-Pugh A级 外科{N}认为可切 介入{N}倾向先TACE 最后{DR}拍板先化疗4周期\n",
            // Endocrinology.
            "内分泌门诊 {P} {SEX} {AGE}岁 门诊号{R}\nT2DM 10年 甘精胰岛素18u qn 二甲双胍0.5 tid HbA1c 8.9%\n"
                    + "桥本甲状腺炎 优甲乐50μg qd\n下次带血糖本来 医生{DR}\n",
            "糖尿病足：{P}左足第2趾溃疡Wagner 2级 {KIN}{F}每天给换药 嘱穿李宁那种软底鞋别穿拖鞋 有事找{DS}医生 {L}\n",
            "库欣综合征待排 {P} 出生{DOB} 身份证{ID} 午夜皮质醇高 小剂量地塞米松抑制试验不被抑制 请{DR}会诊\n",
            "儿童生长发育门诊：{P}，{NB}出生，身高低于同龄P3，骨龄落后2岁，拟行生长激素激发试验；母亲{F}，手机{M}。医生{DR}\n",
            // Nephrology.
            "血透排班\n周一三五上午：{P}（内瘘左前臂）、{N}、{N}\n周二四六下午：{MN}、{N}\n责任护士{N}  透析室{L}\n",
            "腹透随访电话：{P}本人接的 超滤每天600ml左右 下肢不肿 他老婆{F}在旁边说胃口差 下次门诊{D} 随访护士小{DS}\n",
            // Hepatology.
            "肝病门诊 乙肝肝硬化代偿期 {P} 医保{I} HBV-DNA<20IU/ml 恩替卡韦继续 AFP正常 半年一次彩超 {DR}\n",
            "肝穿刺知情同意书\n患者姓名：{P}  住院号：{R}\n授权委托人：{F}  与患者关系：{KIN}  身份证号：{ID}  联系电话：{M}\n"
                    + "谈话医生：{DR}\n",
            "乙肝母婴阻断随访：母亲{F}，宝宝{P}，{NB}出生，乙肝疫苗第3针已打，HBsAg阴性 抗-HBs 356，电话{M}\n",
            "查房 {DR}带{N}{N}查12床{P} 肝性脑病II期 扑翼样震颤+ 血氨89 乳果糖灌肠 {KIN}{F}说昨晚吃了红烧肉\n",
            // Orthopaedic trauma.
            "骨科急诊：{P}骑电动车摔伤 右股骨颈骨折Garden III型 左胫腓骨开放骨折Gustilo II型 工友{N}送来 老板{FS}总说费用他出 "
                    + "电话{M} 今晚{DR}急诊清创\n",
            "交通事故伤员登记\n姓名：{P}  身份证：{ID}\n住址：{A}\n肇事方：{F}  电话：{M}\n交警经办：{N}\n",
            "急诊抢救室：{P}（{PS}哥）喝了半斤白酒后呕血约300ml 工地的{N}和{FS}工一起送来 BP 86/50 已叫消化科{DR}\n",
            // Burns.
            "烧伤科入院：{P}，{AGE}岁，家中液化气爆燃致面部双手烧伤 TBSA 18% 深II度为主 按Parkland公式补液 {KIN}{F}陪同 "
                    + "住院号{R} 主管{DR}\n",
            "烧伤换药记录 {D} {P} 创面渗出减少 磺胺嘧啶银外用 换药{N}、{N}\n",
            "爱心捐款转账：烧伤患者{P}的{KIN}{F}提供银行卡{B} 社工{N}已核对 身份证{ID}\n",
            // Psychiatry.
            "精神科入院记录\n患者：{P}  {SEX}  {AGE}岁  住院号：{R}\n送诊人：{F}（{KIN}）  电话：{M}\n入院方式：非自愿 家属签字\n"
                    + "现病史：半月来凭空闻语 说邻居{N}要害他 砸坏家中电视\n主治：{DR}\n",
            "精神科夜班：{P}（家里人叫他{PG}）兴奋话多 要打电话给前妻{N} 予奥氮平10mg 保护性约束2h 医嘱{DR}\n",
            "心理科门诊：{P}（{PG}）失眠焦虑 HAMA 22分 丈夫{F}说她最近总提起去世的母亲{N} 予舍曲林 {DS}医生嘱两周复诊\n",
            // Geriatrics and rehabilitation.
            "老年综合评估 {P} {AGE}岁 出生{DOB} Barthel 45分 MMSE 19 Morse 55 高危 女儿{F}和保姆{N}轮流陪护 {FS}女士电话{M}\n",
            "老年科：{P}老爷子 阿尔茨海默病 认不出儿子{F} 只认得小孙女{N} 住{A0} 主管{DR}\n",
            "转科（康复）记录\n{P} 脑出血术后第21天 Brunnstrom 右上肢III期 洼田饮水试验3级\n转入康复科{DR}组 治疗师{N}\n"
                    + "家属：{F} {M}\n",
            // Up- and down-referrals.
            "上转电话记录 {TIME} 镇卫生院{N}来电 患者{P}{AGE}岁胸闷大汗1h 心电图V1-V4抬高 已给阿司匹林 120在路上 回拨{L}\n",
            "下转单\n患者：{P}  医保号：{I}\n转往：方正县中心卫生院\n医嘱：阿托伐他汀20mg qn 监测血压\n接收医生：{N}  转出医生：{DR}  "
                    + "联系电话：{L}\n",
            "下转电话 跟孙吴县人民医院{N}说好了 {P}明天转回去 他家{KIN}{F}开车来接 手机{M}\n",
            "上转预约：左权县医院转来{P}，身份证{ID}，住{A}，胃镜示胃角溃疡待病理，联系人{F}{M}\n",
            // Teleconsultation.
            "远程会诊群聊\n{DR}：@{N} 那个{P}的CT传上来没\n{N}：传了 影像号{R}\n{DR}：看到了 左基底节出血20ml左右 中线没偏 先保守\n"
                    + "{N}：好的 家属{FS}先生问能不能转上来\n",
            "语音转文字：喂{DS}主任你好我是县医院急诊的小{FS}啊有个病人叫{P}肚子疼三天了淀粉没一千多考虑重症一线炎想往你们那边转"
                    + "可以吗我电话{M}\n",
            "远程会诊（自动转写）患者{P}男{AGE}岁心机梗死后第三天又胸痛了肌钙蛋白还在升心电图没变化我们这边{DR}的意思是造影家属{F}"
                    + "同意电话{M}\n",
            // Medical-insurance audit.
            "医保智能审核疑点反馈\n参保人：{P}  医保编号：{I}  住院号：{R}\n疑点：DRG分组ES23 主要诊断选择不当 疑似高套\n"
                    + "请科室3个工作日内说明  经办：医保办{N}  电话：{L}\n",
            "DIP病案首页质控：{P}（{R}）出院诊断漏填并发症 编码员{N}已退回 主治{DR} 请{DS}医生今天补写\n",
            "医保稽核：{P}住院期间请假回家 住{A} 村医{N}反映其{KIN}{F}代刷卡 身份证{ID} 待核实\n",
            "异地就医备案：{MN}，医保{I}，常住{A0}，备案至我院肾内科，经办{N}\n",
            // Pharmacy.
            "药学干预：{P} CrCl 28ml/min 万古霉素1g q12h 建议改q24h并测谷浓度 已与{DR}沟通 采纳 药师{N}\n",
            "处方点评（不合理）：门诊号{R} 患者{P} 华法林+罗红霉素合用未监测INR 处方医生{N} 点评药师{N}\n",
            "中药房：{P}的方子里徐长卿、刘寄奴、何首乌、使君子各10g 何首乌肝损风险已电话告知{DS}医生 药剂{N} 取药人{F}\n",
            // Laboratory critical values.
            "危急值报告登记本\n日期 时间 患者 住院号 项目 结果 报告人 接收人\n{D} {TIME} {P} {R} 血钾 6.8mmol/L {N} {N}\n"
                    + "{D} {TIME} {MN} {R} 血小板 12×10^9/L {N} {N}\n",
            "检验科危急值电话：{TIME}通知急诊{N} 患者{P}血糖1.9mmol/L 已复述确认 报告人{N} 工号{CODE}\n",
            // Blood bank.
            "输血申请单\n受血者：{P}  {SEX}  {AGE}岁  住院号：{R}  血型：B RhD(+)\n申请：悬浮红细胞2U 血浆400ml\n"
                    + "申请医生：{DR}  采血护士：{N}\n",
            "血库发血登记 {P} A+ 去白红细胞3U 取血人{N} 发血人{N} 交叉配血相合 血库电话{L}\n",
            // Pathology.
            "病理申请单\n姓名：{P}  性别：{SEX}  年龄：{AGE}  病理号：{R}\n临床诊断：甲状腺结节 术中冰冻\n标本：右侧甲状腺叶\n"
                    + "送检医生：{DR}  电话：{L}\n",
            "病理报告：{P} 前列腺穿刺 Gleason 4+3=7分 ISUP 3级 审核{N} 报告{DR}\n",
            // Radiology.
            "CT报告\n姓名：{P}  影像号：{R}  检查日期：{D}\n所见：右肺上叶结节约9mm 较前片（{D}）增大2mm 边缘毛刺\n印象：建议MDT\n"
                    + "报告医生：{N}  审核：{DR}\n",
            "MRI复查：{P} 对比前次外院片（{KIN}{F}带来）L4/5椎间盘突出 较前无明显变化 报告{N}\n",
            // Follow-up SMS.
            "【县人民医院】{P}您好，您{D}的复诊已预约，请带医保卡（{I}）8点前到心内科门诊。咨询{L}\n",
            "短信群发 内分泌随访\n{P} {M} 已发送\n{N} {M} 已发送\n{N} {M} 失败(空号)\n{MN} {M} 已发送\n",
            "【随访提醒】{F}您好，您{KIN}{P}出院满一个月，请回院复查血常规肝功能，有疑问联系{DS}医生{M}\n",
            // Relief, refunds, nurses' notes.
            "大病救助申请\n申请人：{P}  身份证：{ID}\n开户行：农村商业银行  卡号：{B}\n家庭住址：{A}\n村委会证明人：{N}\n",
            "退费申请：{P} 住院押金退回{B} 开户名{F}（{KIN}） 财务{N}\n",
            "护士站便条：12床{P}（{PS}阿姨）的儿子{F}下午来缴费 医保卡{I}放抽屉了 记得跟{FS}先生说押金还差两千 —{N}\n",
            // Mixed.
            "ED note: pt {P} {AGE}y M, CP 2h, ECG STE II III aVF, trop+ -> cath lab activated {TIME}, Dr. {DS} on call, "
                    + "wife {F} {M}\n",
            "Stroke alert: {P}, LKW {TIME}, NIHSS 12, CTA L M1 occlusion -> EVT. Consent by {F}. Neuro IR {DR}\n",
            // English.
            "Teleconsult note\nPatient: {E}, DOB {DOBE}, MRN {R}\nHx: Guillain-Barre syndrome, IVIG day 3\n"
                    + "Local team: Dr. {E2}; remote: Dr. {ES}\nFamily contact: {E3} {M}\n",
            "Discharge summary (international patient)\nName: {E}  DOB: {DOBE}\nAddress in China: {A}\n"
                    + "Diagnosis: STEMI, s/p PCI to LAD, Killip I\nCardiologist: {E2}\n",
            "Hi {EG}, pharmacy here - bed 7 ({E}) is on warfarin + clarithromycin, INR 4.6 this am. Pls review. {E2}, "
                    + "ext {L}\n",
            "Critical value callback: K 6.9 for {E} (MRN {R}) phoned to {EG} at {TIME}, read back OK. Lab: {E2}\n",
            "SMS batch - rehab follow-up\n{E} {M} sent\n{E2} {M} sent\n{E3} {M} failed\n",
            "MDT minutes (oncology)\nCase: {E}, DOB {DOBE}\nPresent: {E2} (surgery), {E3} (radiology), Dr. {ES} (oncology)\n"
                    + "Plan: neoadjuvant FOLFOX, reassess after 4 cycles\n",
            "Burns unit handover: {E}, TBSA 12%, Parkland fluids running, tetanus given. Reg {EG} to review at 6. "
                    + "Wife {E2} on {M}.\n");

    // Generations (1920s-40s, 1950s-70s, 1980s-90s, recent); rural names; Zhuang names; Cantonese, Minnan, Hong Kong /
    // Taiwan names, some in traditional characters; a Korean-Chinese name; rare single surnames; compound surnames;
    // married double surnames; word-like names.
    private static final List<String> CHINESE = List.of((
            "史崇礼 侯恩溥 万淑娴 饶德馨 贺秉忠 蒲玉珂 龚振铎 葛佩璋 邢德懋 伍瑞棠 车素绢 包蕴仪 郦文澜 柯鹤龄 姬玉蓉 "
            + "秦守拙 钮慧贞 "
            + "段卫东 邵志坚 骆援朝 景秀芝 苟四清 侯亚珺 匡德胜 裘建伟 褚淑华 邬立新 汤凤翘 莫志韬 蒋冬梅 付长河 宗玉珍 "
            + "郎保国 屠春燕 "
            + "邹筱彤 蔺思远 阚雪莹 芦嘉伟 计梦琪 乔钰涵 臧一鸣 娄悦宁 栗欣怡 项子健 桂思琪 井昊天 "
            + "应梓睿 阚一诺 芦沐阳 计诗涵 濮奕辰 訾锦汐 钮若曦 亓梓萌 "
            + "牛狗剩 白改花 郝招娣 秦拴柱 付来弟 牛二愣 杭三妹 申满堂 "
            + "韦秀娥 覃美莲 农建勋 蒙春桃 黄妹仔 陆翠嫦 "
            + "冼炳坤 黎淑儀 謝佩珊 林罔市 蔡阿嬌 黃春嬌 梁國棟 陳美玲 何詠詩 湛家樂 朴顺姬 "
            + "亓凤阁 薄继东 虞慧琳 逯广田 郇秀蓁 扈德兴 芮雅萍 缪振华 巫月娥 佘宝生 闵巧玲 濮存良 訾玉筠 钮春和 暴海泉 "
            + "酆淑珍 逯晓蕾 扈翠莲 芮明远 缪晓婷 "
            + "上官曼殊 皇甫钧 司马俊驰 夏侯韫 令狐秋霞 公孙黛 端木岫 申屠国华 南宫璎 万俟宏 "
            + "黄郭月娥 林蔡宝珠 叶卢美玉 "
            + "武跃进 褚红旗 景爱民 任向阳 房建军 熊抗美 金满仓 邵卫星 蒲公英 晏红军").split(" "));
    /**
     * The pool names whose given name is an ordinary word: 跃进 leap forward, 红旗 red flag, 爱民 love the people,
     * 向阳 facing the sun, 建军 army founding, 抗美 resist America, 满仓 full granary, 卫星 satellite, 公英 (蒲公英,
     * dandelion), 红军 Red Army (under a tenth of the pool).
     */
    static final List<String> WORD_LIKE = List.of("武跃进", "褚红旗", "景爱民", "任向阳", "房建军", "熊抗美", "金满仓",
            "邵卫星", "蒲公英", "晏红军");
    private static final List<String> COMPOUND_SURNAMES = List.of("上官", "皇甫", "司马", "夏侯", "令狐", "公孙", "端木",
            "申屠", "南宫", "万俟");
    /** Names made of two single surnames (冠夫姓): the first is the surname used in address, the given name follows. */
    private static final List<String> DOUBLE_SURNAMES = List.of("黄郭月娥", "林蔡宝珠", "叶卢美玉");
    // Uyghur, Kazakh (with ·), Tibetan, Mongolian, Yi, Dai, Jingpo and Naxi names.
    private static final List<String> MINORITY = List.of((
            "艾尼瓦尔·司马义 努尔比亚·阿布都热合曼 帕提曼·吾守尔 麦麦提敏·亚森 再努尔·卡德尔 阿迪力·买买提明 "
            + "努尔兰·哈力木别克 沙吾列·加尔肯 别克波拉提·加帕尔 "
            + "次旦卓嘎 格桑旺姆 尼玛顿珠 白玛拥措 强巴平措 "
            + "乌云毕力格 额尔敦巴特尔 敖日格乐 宝音仓 朝格吉勒图 "
            + "吉克阿果 沙马拉毅 阿约伍合 海来阿木 "
            + "岩香腊 玉南罕 岩腊 玉波 "
            + "勒排早腊 和四宝").split(" "));
    // given|family: English, Scottish, Ukrainian, Nigerian, Ghanaian, Pakistani, Uzbek, Kazakh, Thai, Burmese, Lao,
    // Peruvian, Bulgarian, Hungarian, Polish, Danish, Basque, Israeli, Indian; pinyin.
    private static final List<String> ENGLISH = List.of("Aldous|Scarisbrick", "Clemency|Throssell",
            "Ruaraidh|Urquhart", "Isolde|Gathercole", "Yevhen|Zhukovsky", "Solomiya|Hrytsenko", "Ifeoma|Ezeugwu",
            "Obiora|Ugwuanyi", "Akwasi|Asamoah", "Shahzeb|Paracha", "Dilnoza|Yusupova", "Bolat|Zhaksylykov", "Somchai|Wongsakul",
            "Thiri|Htwe", "Bounmy|Phommachanh", "Wayra|Huaman", "Radostina|Ilieva", "Boglarka|Takacs",
            "Mateusz|Grzybowski", "Torben|Kjaergaard", "Iker|Arrizabalaga", "Yosef|Mizrahi", "Aniruddha|Kulkarni",
            "Pooja|Bhandarkar", "Gudrid|Aasheim", "Alasdair|Sillars", "Euphemia|Gillespie", "Yanping|Nong",
            "Chengzhi|Gou", "Meizhen|Pu", "Shuxian|Lian", "Guilan|Ao", "Xiaodie|Nie", "Runze|Zang");
    private static final List<String> AREA = List.of("460400", "360731", "230124", "451024", "659001", "130533",
            "411625", "231124", "140722", "220622", "610625", "330782");
    private static final List<String> CITIES = List.of("江西省|赣州市|章贡区", "海南省|儋州市|那大镇",
            "河北省|邢台市|信都区", "浙江省|金华市|婺城区", "吉林省|白山市|浑江区", "河南省|周口市|川汇区");
    private static final List<String> ROADS = List.of("文清路", "中山路", "人民大道", "八一街", "胜利北路", "解放西路");
    private static final List<String> ESTATES = List.of("滨江花园", "丽景湾小区", "供销社家属院", "盛世华城",
            "水岸名居", "粮食局宿舍");
    private static final List<String> COUNTY_TOWNS = List.of("江西省赣州市于都县贡江镇", "河北省邢台市威县洺州镇",
            "河南省周口市郸城县汲冢镇", "浙江省金华市义乌市佛堂镇");
    private static final List<String> ALLEYS = List.of("长征巷", "米市巷", "油坊巷", "东门巷", "仓前巷");
    private static final List<String> NORTHEAST = List.of("黑龙江省哈尔滨市方正县德善乡", "黑龙江省黑河市孙吴县辰清镇",
            "吉林省白山市靖宇县濛江乡");
    private static final List<String> NE_VILLAGES = List.of("永富村", "东升村", "兴隆村", "太平村");
    private static final List<String> TUN = List.of("前屯", "后屯", "三屯", "西大屯");
    private static final List<String> GUANGXI = List.of("广西壮族自治区百色市德保县燕峒乡", "广西壮族自治区河池市都安瑶族自治县保安乡",
            "广西壮族自治区崇左市大新县硕龙镇");
    private static final List<String> GX_VILLAGES = List.of("那亮村弄塘屯", "坡造村那豆屯", "隘江村陇敏屯");
    private static final List<String> REGIMENTS = List.of("一四三团", "一四一团", "一三六团", "一四七团");
    private static final List<String> FARMS = List.of("海南省儋州市西联农场", "海南省琼中黎族苗族自治县阳江农场",
            "黑龙江省佳木斯市友谊农场");
    private static final List<String> LANDLINE_AREAS = List.of("0898", "0797", "0451", "0776", "0993", "0319", "0394",
            "0456", "0354", "0439", "0911", "0579");
    private static final List<String> BANK_BINS = List.of("622202", "621661", "622700", "623668", "621799", "622823");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Blind14Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_14 || !templates.isEmpty() && BLIND_14.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character (黄郭月娥 gives 黄). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 钧 of 皇甫钧, 月娥 of 黄郭月娥. */
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
        return IdentifierForms.residentId(pick(AREA, r), 1925, 88, r);
    }

    /** A resident identity number: plain, lower-case x, 6-8-4 by hyphens, 6 8 4 by blanks. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(8)) {
            case 0 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 1 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 2, 3 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mobile: plain, 138-1234-5678, 138 1234 5678, +86-13812345678, 0086 13812345678 or 1381234 5678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(7)) {
            case 0 -> a + "-" + b + "-" + c;
            case 1 -> a + " " + b + " " + c;
            case 2 -> "+86-" + n;
            case 3 -> "0086 " + n;
            case 4 -> a + b + " " + c;
            default -> n;
        };
    }

    /** A landline: 0xxx-local, 0xxx local or (0xxx)local, sometimes with an extension 转NNN, -NNN or ext.NNN. */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(6 + r.nextInt(2), r);
        String number = switch (r.nextInt(3)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local;
            default -> area + "-" + local;
        };
        String ext = String.valueOf(100 + r.nextInt(900));
        return switch (r.nextInt(6)) {
            case 0 -> area + "-" + local + "-" + ext;
            case 1 -> number + "转" + ext;
            case 2 -> area + "-" + local + " ext." + ext;
            default -> number;
        };
    }

    /** Inpatient, outpatient, pathology, imaging, chest-pain-centre registration and H-numbers. */
    static String recordNumber(RandomGenerator r) {
        int year = 2019 + r.nextInt(7);
        return switch (r.nextInt(6)) {
            case 0 -> "ZYH" + year + digits(6, r);
            case 1 -> "000" + digits(7, r);
            case 2 -> "BL" + (year % 100) + "-" + digits(5, r);
            case 3 -> "CT" + year + "-" + digits(6, r);
            case 4 -> String.format("XT-%d%02d%02d-%03d", year, 1 + r.nextInt(12), 1 + r.nextInt(28),
                    1 + r.nextInt(200));
            default -> "H" + digits(8, r);
        };
    }

    /** Social-security card, rural co-operative (新农合), Jiangxi and account-style insurance numbers. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "ABCDEFGHJKLMNPQRSTUVWXYZ".charAt(r.nextInt(24)) + digits(8, r);
            case 1 -> "XNH" + digits(14, r);
            case 2 -> "JX" + digits(12, r);
            default -> "YBZH-" + digits(4, r) + "-" + digits(8, r);
        };
    }

    /** A bank card of an own issuer prefix, 16 or 19 digits with a valid Luhn digit: plain, in fours, or 6 + rest. */
    static String bankCard(RandomGenerator r) {
        String card = IdentifierForms.cardNumber(pick(BANK_BINS, r), r);
        return switch (r.nextInt(4)) {
            case 0 -> IdentifierForms.inFours(card, " ");
            case 1 -> card.substring(0, 6) + " " + card.substring(6);
            default -> card;
        };
    }

    /**
     * An address: urban 路/号/小区/幢/单元/室, county-town 巷, north-eastern 乡/村/屯, Guangxi 乡/村/屯, a Xinjiang
     * 兵团 团/连, a state farm's 队.
     */
    static String address(boolean withProvince, RandomGenerator r) {
        return switch (r.nextInt(6)) {
            case 0 -> {
                String[] c = pick(CITIES, r).split("\\|");
                yield (withProvince ? c[0] : "") + c[1] + c[2] + pick(ROADS, r) + (1 + r.nextInt(400)) + "号"
                        + pick(ESTATES, r) + (1 + r.nextInt(18)) + "幢" + (1 + r.nextInt(3)) + "单元"
                        + (1 + r.nextInt(18)) + "0" + (1 + r.nextInt(4)) + "室";
            }
            case 1 -> strip(pick(COUNTY_TOWNS, r), withProvince) + pick(ALLEYS, r) + (1 + r.nextInt(60)) + "号";
            case 2 -> strip(pick(NORTHEAST, r), withProvince) + pick(NE_VILLAGES, r) + pick(TUN, r)
                    + (1 + r.nextInt(80)) + "号";
            case 3 -> {
                String g = pick(GUANGXI, r);
                yield (withProvince ? g : g.substring("广西壮族自治区".length())) + pick(GX_VILLAGES, r)
                        + (1 + r.nextInt(50)) + "号";
            }
            case 4 -> (withProvince ? "新疆维吾尔自治区" : "") + "石河子市" + pick(REGIMENTS, r)
                    + (1 + r.nextInt(20)) + "连" + (1 + r.nextInt(60)) + "号";
            default -> strip(pick(FARMS, r), withProvince) + chineseNumber(1 + r.nextInt(15)) + "队"
                    + (1 + r.nextInt(90)) + "号";
        };
    }

    private static String strip(String place, boolean withProvince) {
        return withProvince ? place : place.substring(place.indexOf('省') + 1);
    }

    /**
     * A date of birth: 1957年03月12日, 1957-3-12, 1957.3.12, 1957年3月, 57年3月12日, 一九五七年三月, 1957/03/12,
     * 1957年3月12号.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(81), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> String.format("%d年%02d月%02d日", y, m, d);
            case 1 -> y + "-" + m + "-" + d;
            case 2 -> y + "." + m + "." + d;
            case 3 -> y + "年" + m + "月";
            case 4 -> String.format("%02d年%d月%d日", y % 100, m, d);
            case 5 -> chineseYear(y) + "年" + chineseNumber(m) + "月";
            case 6 -> String.format("%d/%02d/%02d", y, m, d);
            default -> y + "年" + m + "月" + d + "号";
        };
    }

    /** An English date of birth: 12 Mar 1957, March 12, 1957, 1957-03-12, 12.03.1957 (day first). */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(81), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> month + " " + d + ", " + y;
            case 2 -> String.format("%d-%02d-%02d", y, m, d);
            default -> String.format("%02d.%02d.%d", d, m, y);
        };
    }

    /** A child's date of birth, 2012 to 2025: 2024年1月5日, 2024-01-05, 2024.1.5, 20240105. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2012 + r.nextInt(14), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> String.format("%d%02d%02d", y, m, d);
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
        return ENGLISH.stream().map(Blind14Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind14Templates::given);
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

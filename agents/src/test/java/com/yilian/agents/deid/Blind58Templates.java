package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * Fifty-eighth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_58}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: cross-boundary care between Hong Kong and Shenzhen, Huizhou and Guangzhou. Hong Kong elderly who
 * have retired to Shenzhen, Huizhou (惠阳, 大亚湾, 博罗), Panyu and Fenggang use the fictional tertiary 深圳前海康宁医院 (Qianhai
 * Kangning Hospital), run with a Hong Kong-style management: admission notes, clinic notes, discharge summaries,
 * nursing and ward notes, consent forms, bills with direct billing to Hong Kong insurers, registration of the residence
 * permit and of the Shenzhen medical insurance, SMS reminders and WeChat groups of its cross-boundary service centre.
 * Hong Kong doctors' referral letters, medical reports and replies in English and in Traditional Chinese (Hospital
 * Authority discharge summaries, GOPC summaries, private family physicians); elderly health care vouchers used in the
 * Greater Bay Area pilot (confirmations, statements, CSV and JSON exports, eHealth SMS); cross-boundary ambulance
 * transfers at the Shenzhen Bay and Lok Ma Chau control points (applications, clearance lists, handover records,
 * ambulance journey records, consents, coordination chats); community health files, family-doctor contracts and
 * neighbours' WeChat groups of the retirees; domestic helpers from the Philippines and Indonesia (employer notes,
 * WhatsApp chats in English, Taglish and Indonesian, the helper's own clinic note, the employment contract's medical
 * attachment, carer training); Cantonese WhatsApp and WeChat chats and voice notes in Traditional and in simplified
 * characters (嘅, 咗, 唔該, 唔该, 佢, 喺, 冇, 啲, 揸車, 琴日); claims, pre-authorisations and notices of Hong Kong insurers (the
 * fictional 維港人壽 Victoria Harbour Life and 獅子山醫療保險 Lion Rock Medical); dementia day centres in Hong Kong and Shenzhen
 * (admission assessments, attendance, carer meetings, case conferences); OCR'd identity cards, permits and forms; CSV,
 * tab, pipe and markdown tables, JSON exports, SMS and e-mails (a fifth open in English; with the JSON exports, tables
 * and helpers' chats about a third are mostly in Latin script, as the bilingual Hong Kong paperwork is).
 *
 * <p>The people: Hong Kong elderly (born 1928 to 1962) with old-fashioned Cantonese names, a few with English names;
 * married women whose Hong Kong documents carry the husband's surname before their own name (陳黃玉嬋, CHAN WONG Yuk-shim)
 * while their mainland permits carry their own name; their children, Hong Kong doctors, nurses, social workers and
 * claims staff, each with a Cantonese name and an English first name; mainland doctors, nurses, social workers,
 * ambulance escorts and neighbours; domestic helpers; a few expatriate doctors and insurers' staff.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position and script. A Hong Kong person
 * is written in Traditional Chinese ({@code PT}, {@code FT}, {@code HD}, {@code N}, {@code OT}), in simplified
 * characters in mainland documents ({@code P}, {@code F}, {@code NC}, {@code O}), in Hong Kong romanisation, surname
 * first with a hyphenated given name or not, upper or title case, given name first, or with the English first name
 * ({@code PY}, {@code FY}, {@code HDY}, {@code NY}, {@code OY}: CHAN Hoi-ching, Chan Hoi Ching, CHAN HOI CHING,
 * Hoi-ching Chan, Winsome Chan, Winsome CHAN Hoi-ching, Chan Hoi Ching Winsome), as the identity card prints it
 * ({@code PYC}: CHAN, Hoi Ching), as the English name and surname ({@code FE}, {@code NE}) and by the English first
 * name alone ({@code FG}); all labelled whole. A married woman's Hong Kong name ({@code PM}, {@code PMY}: 陳黃玉嬋, CHAN
 * WONG Yuk-shim) is labelled whole, husband's surname included, and her own name ({@code PW}) as well. A surname in a
 * form of address labels the surname only: X伯 of an elderly man ({@code MS}, {@code MSS}), X太 with the husband's
 * surname ({@code PMS}), X姑娘, X醫生, X医生, X社工, X先生／女士, 阿X, 老X ({@code PST}, {@code FS}, {@code FST}, {@code DS},
 * {@code HDS}, {@code NS}, {@code SS}), and Mr, Mrs, Ms, Madam and Dr stay outside a romanised surname ({@code PSY},
 * {@code HDSY}, {@code NSY}) or name. A given name used alone ({@code PG}, {@code PGT}) labels the given name. A
 * Cantonese nickname ({@code PK}: 阿嬋, 肥仔榮) is labelled whole. Mainland staff ({@code DR}, {@code S}) are written in
 * simplified characters and in pinyin ({@code DY}, {@code SY}). A helper ({@code MN}) is labelled whole, by the given
 * name alone ({@code HG}: Ate X, X姐 leave the kin word outside) and by the family name alone ({@code HF}); expatriates
 * ({@code E}, {@code ES}, {@code EG}) likewise. OCR'd names broken by a line break or blanks ({@code PO}, {@code FO}
 * Traditional, {@code PX} simplified) are one span. Kin words, roles and Cantonese words stay outside: 阿媽, 阿爸, 媽咪, 老豆,
 * 老人家, 屋企人, 阿嫲, 家母, 工人姐姐, 外傭, 姑娘 alone, 社工, lola, lolo, nenek, Ibu, ma'am. The common {@code SEX} slot is drawn by the
 * generator and may not match the person.
 *
 * <p>Identifiers: the Hong Kong identity card number is labelled {@link EntityKind#ID_NUMBER}: the classes this group
 * may read (TemplateChecks, IdentifierForms) do not say how the older groups treated it, so this group labels it as the
 * identity number it is ({@code HK}: a letter, or rarely two, six digits and the check character, in brackets,
 * full-width brackets, with a blank before the bracket, or run on; {@code HW}: a helper's, on W), and leaves the Home
 * Return Permit (H and eight or ten digits), passports and visa references unlabelled as decoys. Also labelled as
 * identity numbers: the residence permit for Hong Kong residents ({@code RP}: 18 characters on 810000 with a valid GB
 * 11643 check, plain or 6-8-4 by blanks) and mainland resident IDs of escorts and staff ({@code ID}: Guangdong codes of
 * Shenzhen, Huizhou, Panyu, Dongguan and the home towns, 18 characters with a lower-case x or 6-8-4 by blanks or
 * hyphens, one in twelve a 15-digit number). Phones: Hong Kong mobiles ({@code MH}: eight digits on 5, 6 or 9, 4-4 by a
 * blank, run on, +852, +852 run on, (852)), landlines ({@code LH}: on 2 or 3), a Hong Kong mobile said aloud in
 * Cantonese ({@code MV}: 九一二三 四五六七, 零 for nought), mainland mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86,
 * +86 3-4-4) and landlines ({@code L}: 0755 and 0769 with eight digits on 2 or 8, 020 on 3 or 8, 0752 with seven on 2,
 * 3, 5 or 8; with a hyphen, in brackets, 4-4 by a blank, +86). Records: the Shenzhen hospital's patient number
 * ({@code RS}: QK, the year's two digits and six more) and inpatient number ({@code RZ}: IP, the year, six digits), the
 * Hospital Authority hospital number ({@code RH}: HN, eight digits, a check character in brackets or run on).
 * Insurance: Hong Kong insurers' policy and member numbers (Victoria Harbour Life {@code IV}: VH and eight digits; Lion
 * Rock Medical {@code IL}: LR-1234567-02; where the insurer is not named {@code IH}: either, or a group card GM and
 * nine digits in 3-6) and the Shenzhen medical-insurance computer number ({@code IS}: nine digits on 6 or 7). Bank
 * cards ({@code B}: UnionPay, Visa and Mastercard, 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks
 * or hyphens). Addresses: Hong Kong flats in English ({@code AH}: Flat 1807, 18/F, Lok Shun House, Lok Fu Estate, Wong
 * Tai Sin, Kowloon; Flat B, 23/F, Block 3, …; Room 5, 3/F, 118 Pei Ho Street, …; the Housing Authority's upper-case
 * abbreviations FLAT 1807 18/F LOK SHUN HSE LOK FU EST …) and in Traditional Chinese ({@code AC}: 九龍黃大仙樂富邨樂信樓18樓1807室,
 * 香港鰂魚涌康怡花園K座20樓C室, 九龍深水埗北河街118號3樓5室), a Hong Kong estate or street with its district ({@code AP}), mainland flats in
 * Shenzhen, Huizhou, Panyu and Fenggang ({@code AS}: 惠州市惠阳区淡水街道碧湖花园6栋1803房, 深圳市福田区福华三路88号碧海云天花园B座1805, …栋2单元801室) and
 * stopping at the 街道, the road or the estate ({@code A0}). Dates of birth of the elderly, 1928 to 1962 ({@code DOB}:
 * 12/03/1941, 12-03-1941, 1941-03-12, 1941年3月12日, 1941.03.12, 19410312; {@code DOBE}: 12 Mar 1941, 12 March 1941,
 * 12-MAR-1941, March 12, 1941; {@code DOBC}: 1941年3月12日, 一九四一年三月十二日; {@code DOBL}: lunar, simplified, 农历辛巳年二月十六,
 * 农历1941年二月十六, 阴历辛巳年腊月初八; {@code DOBT}: lunar, Traditional, 農曆辛巳年二月十六日, 舊曆辛巳年臘月初八).
 *
 * <p>Not labelled: Home Return Permit numbers (H60387126, H0387126501), passports and visa references, the employment
 * contract form ID 407, voucher transaction, claim, pre-authorisation and transfer numbers, day-centre member numbers,
 * Medical Council registration numbers, ambulance and cross-boundary licence plates (粤Z·A387港, AM 3871), device
 * serials, the last digits of a card (尾號3871), visit, service, validity and letter dates (03/04/2025 in the Hong Kong
 * order), times, amounts in HK$ and RMB, scores (MMSE, HK-MoCA, CDR, ZBI, Morse), "79 F", hospitals, insurers, centres,
 * control points and ports, kin words, roles, Cantonese, Tagalog and Indonesian words, and words beginning with a pool
 * surname (陳皮, 黄斑, 叶酸, 關節, 麥皮, 謝謝, 嚴重, 凌晨, 戴口罩, 朱古力, 方便; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind57Templates} nor among the names {@link SyntheticValues} can generate. {@link #ELDERS} and
 * {@link #HONG_KONGERS} hold each person in Traditional and simplified characters, the romanised surname and given
 * name, the English first name, the sex and, for a married woman, the husband's surname; the surnames are those of Hong
 * Kong (陳, 黃, 李, 張, 梁, 何, 林, 劉, 吳, 鄧 lead, then Cantonese ones such as 冼, 岑, 甄, 鄺, 區, 麥, 禤, 植, 湛), with surname
 * characters no earlier group wrote ({@link #RARE_SURNAMES}: the Traditional 勞, 鄔, 車, 竇 and 牧). {@link #MAINLAND} holds
 * the mainland staff and neighbours with their pinyin, three of them names that are also words ({@link #WORD_LIKE});
 * {@link #HELPERS} the domestic helpers, {@link #NICKNAMES} Cantonese nicknames, {@link #EXPATS} expatriates
 * ({@link #ENGLISH} keeps every Latin given|family pair of the pools for later groups' comparisons). The record's
 * patient ({@code P}) is always an elder, its family member ({@code F}) and Hong Kong doctor ({@code HD}) Hong Kong
 * adults, its doctor ({@code DR}) mainland staff and its married woman ({@code PM}) a married elder and its X伯
 * ({@code MS}) an elderly man (the name the generator draws stands for one of the right kind, see {@link #elderOf},
 * {@link #hongKongerOf}, {@link #staffOf}, {@link #wifeOf} and {@link #manOf}); the helper ({@code MN}) is the
 * generator's minority person. Any non-empty subset of {@link #BLIND_58} uses these pools (see {@link #uses}).
 */
final class Blind58Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270128L;

    static final List<String> BLIND_58 = List.of(
            // The Shenzhen hospital (simplified Chinese, some English): admissions, clinics, wards, bills.
            "深圳前海康宁医院 入院记录\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n病人编号：{RS}  住院号：{RZ}\n"
                    + "证件：香港身份证 {HK}；回乡证 H60387126\n内地住址：{AS}\n香港住址：{AH}\n"
                    + "联系人：{F}（子女）  香港手机 {MH}  内地手机 {M}\n主诉：反复气促3月，加重伴双下肢水肿1周\n"
                    + "入院诊断：慢性心力衰竭（NYHA Ⅲ级），2型糖尿病\n主管医生：{DR}\n",
            "门诊病历（港澳居民服务门诊）\n就诊日期：{D}\n患者：{P}，{SEX}，病人编号 {RS}，香港身份证 {HK}\n"
                    + "主诉：记忆力下降2年，近半年两次外出迷路\n陪诊：外籍家务助理{MN}；家属{F}在香港，电话{MH}\n"
                    + "查体：MMSE（粤语版）19/30，HK-MoCA 14/30\n初步诊断：阿尔茨海默病（轻中度）\n"
                    + "处理：多奈哌齐5mg qn，1月后复诊；费用以长者医疗券支付\n医生：{DR}\n",
            "出院小结\n患者：{P}（{PY}）  病人编号：{RS}  住院号：{RZ}\n出生日期：{DOB}\n"
                    + "出院诊断：右股骨颈骨折，人工股骨头置换术后\n出院去向：经深圳湾口岸跨境转运回港，由屯门医院接收\n"
                    + "出院带药：阿哌沙班2.5mg bid × 35天\n主治医师：{DR}  香港联络医生：Dr {HDY}\n",
            "长者医疗券使用记录\n日期\t病人编号\t姓名\t香港身份证\t科室\t医疗券金额\n{D}\t{RS}\t{P}\t{HK}\t骨科门诊\tHK$420\n"
                    + "{D}\t{RS}\t{O}\t{HK}\t眼科复诊\tHK$380\n",
            "{\"hospital\":\"深圳前海康宁医院\",\"patientNo\":\"{RS}\",\"name\":\"{P}\",\"nameEn\":\"{PY}\",\"hkid\":\"{HK}\","
                    + "\"dob\":\"{DOB}\",\"voucher\":{\"amount\":\"HK$650\",\"txnNo\":\"EHV2403871265\"},\"phoneHK\":\"{MH}\"}\n",
            "【深圳前海康宁医院】{P}您好，您预约的{D}心内科门诊（{DS}医生）已确认，请携带回乡证及香港身份证，病人编号{RS}。"
                    + "查询请致电{L}。\n",
            "护理记录 {D} 22:40\n{P}，82岁，认知障碍，夜间躁动，反复讲“我要返屋企”，由家务助理{MN}陪护；已电话通知家属{F}"
                    + "（{MH}），家属同意使用床栏；值班护士：{S}\n",
            "港澳台居民居住证信息核对\n姓名：{P}  居住证号码：{RP}\n港澳居民来往内地通行证：H0387126501（旧版，已换领）\n"
                    + "居住地址：{AS}\n出生日期：{DOB}\n核对人：{S}\n",
            "手术知情同意书（摘录）\n患者：{P}  病人编号：{RS}\n拟行手术：右眼白内障超声乳化摘除+人工晶体植入术\n"
                    + "患者本人签名：{P}\n授权委托人：{F}（香港身份证{HK}）  关系：子女\n谈话医生：{DR}\n",
            "深圳前海康宁医院 跨境门诊 / Qianhai Kangning Hospital, Shenzhen – Cross-boundary Clinic\nPatient: {PY}   HKID: {HK}\nPatient No.: {RS}\n"
                    + "DOB: {DOB}\nDiagnosis: type 2 diabetes mellitus with CKD stage 3b\n"
                    + "Plan: continue linagliptin 5 mg daily; HbA1c in 3 months\nClinician: Dr {DY}\nNext of kin: {FY}, {MH}\n",
            "| 床号 | 姓名 | 病人编号 | 诊断 | 陪护 |\n|---|---|---|---|---|\n| 12床 | {P} | {RS} | 社区获得性肺炎 | 家务助理{MN} |\n"
                    + "| 15床 | {O} | {RS} | 脑梗死恢复期 | 家属{F} |\n",
            "认知功能评估报告\n受评者：{P}，{SEX}，出生日期{DOB}\n评估工具：MMSE（粤语版）18/30；画钟测验2/4；CDR 1.0；NPI总分22\n"
                    + "主要照顾者：{MN}（外籍家务助理）；家属{F}（{M}）\n结论：中度认知症，伴夜间精神行为症状\n"
                    + "评估者：{S}（心理治疗师）  审核：{DR}\n",
            "住院费用清单（保险直付）\n患者：{P}  病人编号：{RS}  住院号：{RZ}\n保险公司：维港人寿（香港）  保单号：{IV}\n"
                    + "总费用：RMB 86,420.50  保险直付：RMB 80,000.00  自付：RMB 6,420.50\n预授权编号：PA-VH-2404-0387\n"
                    + "经办：{S}\n",
            "[语音转文字] {DS}医生你好 我系{PW}个女 我阿妈琴日开始唔肯食嘢 成日话头晕 佢啲降压药系咪要减 你得闲覆我啦 "
                    + "我香港号码{MV} 唔该晒\n",
            "【深圳前海康宁医院】{F}您好，您的家人{P}已于今日出院，出院小结已按您的同意上传至医健通（eHealth），"
                    + "如需复印病历请致电{L}。\n",
            "病程记录 {D}\n{P}今日诉胸闷，心电图示房颤伴快速心室率，予胺碘酮静滴；其子女{F}经落马洲口岸过关，约16:00到院；"
                    + "已与香港{HDY}医生电话沟通既往病史\n记录：{DR}\n",
            "深圳医保参保登记（港澳居民）\n姓名：{P}  居住证号码：{RP}\n出生日期：{DOB}\n参保档次：基本医疗保险一档\n"
                    + "医保电脑号：{IS}\n银行扣费账户：{B}\n居住地址：{AS}\n经办：{S}\n",
            "入院通知（英文摘要，供家属） Admission note\nName: {PY}   Patient No.: {RS}   Inpatient No.: {RZ}\n"
                    + "Admitted on {D} with fever and confusion; urine culture grew ESBL-producing E. coli\n"
                    + "Treatment: ertapenem 1 g daily\nThe helper, {MN}, stays overnight; the family ({FE}) has been updated "
                    + "by phone\nDoctor in charge: Dr {DY}\n",
            "出院带药及随访单\n{P}，{SEX}，病人编号{RS}\n华法林3mg qd（INR目标2.0-3.0），{D}复查INR\n"
                    + "如在香港抽血，请将结果拍照发至本院跨境服务中心WhatsApp {MH}\n经治医生：{DR}\n",
            "眼科门诊记录 {D}\n{P}，病人编号{RS}，左眼湿性年龄相关性黄斑变性，行雷珠单抗玻璃体腔注射（第3针）；费用以长者医疗券"
                    + "HK$2,000及现金支付；嘱多食深绿色蔬菜，补充叶酸\n医生：{DR}\n",
            "[微信 前海康宁医院跨境服务群]\n{S}：各位家属，{P}明天上午出院，请带齐回乡证和香港身份证\n"
                    + "{FE}：收到，唔该晒{SS}姑娘\n{S}：出院结算可以用长者医疗券\n{FE}：好，我哋十点到\n",
            "时间,来电人,关系,电话,事由\n09:12,{F},子女,{MH},查询{P}的检查报告\n10:40,{NC},邻居,{M},代{O}预约复诊\n",
            // Hong Kong doctors' letters, in English and in Traditional Chinese, and the replies.
            "Queen Elizabeth Hospital – Geriatric Day Hospital\nDear Colleague,\nRe: {PY} (HKID {HK}), DOB {DOB}, HN {RH}\n"
                    + "Thank you for seeing this 84-year-old patient who has retired to Huizhou. Chronic AF on warfarin (INR "
                    + "target 2-3), CKD stage 4 and mild cognitive impairment. I would be grateful if you could continue the "
                    + "follow-up.\nYours sincerely,\nDr {HDY}\nMCHK Reg. No. M09387\ncc: Dr {E}, visiting geriatrician\n",
            "轉介信\n致：深圳前海康寧醫院 老人科\n病人：{PT}（{PY}）\n香港身份證號碼：{HK}  出生日期：{DOB}\n醫院編號：{RH}\n"
                    + "病人已移居{AS}，每月回港覆診不便，現轉介貴院跟進高血壓及認知障礙症。\n"
                    + "現用藥物：Amlodipine 5mg daily、Donepezil 5mg nocte\n主診醫生：{HD}\n聯絡電話：{LH}\n",
            "To: Cross-boundary Clinic, Qianhai Kangning Hospital\nFrom: Dr {HDY}, family physician\nDate: 03/04/2025\n"
                    + "Re: Madam {PMY}, 79 F, HKID {HK}\nThe patient has lived in Shenzhen since 2019 with a domestic "
                    + "helper, {MN}. Known hypertension and osteoporosis on denosumab 60 mg every 6 months, last dose "
                    + "12/01/2025. Kindly arrange the next dose.\nClinic tel.: {LH}\n",
            "Reply to referral\nDear Dr {HDSY},\nThank you for referring {PY} (your HN {RH}; our Patient No. {RS}). We saw "
                    + "the patient on {D} together with the helper, {MN}. CT brain showed small-vessel disease only; we "
                    + "have booked the memory clinic and will write again after the neuropsychological assessment.\n"
                    + "Best regards,\nDr {DY}\nGeriatric Medicine, Qianhai Kangning Hospital\n",
            "Discharge Summary – Tuen Mun Hospital\nName: {PY}   Age: 86\nHKID: {HK}   HN: {RH}\n"
                    + "Address (HK): {AH}\nAddress (Mainland): {AS}\nDiagnosis: acute exacerbation of COPD\n"
                    + "Follow-up: respiratory clinic in 8 weeks, or Qianhai Kangning Hospital (elderly health care voucher "
                    + "accepted)\nMO: Dr {HDY}\n",
            "醫療報告\n病人姓名：{PT}  身份證號碼：{HK}\n出生日期：{DOBC}\n"
                    + "病人於2024年11月在深圳前海康寧醫院住院（病人編號{RS}），診斷為急性心肌梗塞，接受經皮冠狀動脈介入治療，"
                    + "病情嚴重但已穩定。\n此報告應保險公司要求發出，保單號碼{IH}。\n主診醫生：{HD}（香港醫務委員會註冊編號 M12387）\n",
            "| 姓名 | 身份證號碼 | 內地住址 | 香港電話 | 覆診 |\n|---|---|---|---|---|\n| {PT} | {HK} | {AS} | {MH} | 每三個月 |\n"
                    + "| {OT} | {HK} | {A0} | {MH} | 每六個月 |\n",
            "致前海康寧醫院醫生：\n家母{PM}（身份證{HK}）由外傭{MN}陪同覆診，{HG}熟悉家母每日用藥，如有需要請聯絡本人。謝謝！\n"
                    + "{FT}\n電話：{MH}\n",
            "General Out-patient Clinic – medical summary\nPatient: {PY}\nHKID: {HK}   Date of birth: {DOBE}\n"
                    + "Problems: hypertension since 2008, gout, benign prostatic hyperplasia\n"
                    + "Medications: amlodipine 10 mg daily, allopurinol 100 mg daily, tamsulosin 0.4 mg nocte\n"
                    + "Now lives at {AS} and may use the elderly health care voucher at Qianhai Kangning Hospital.\n"
                    + "Doctor: {HDY}\n",
            "[OCR] 醫 院 管 理 局\n轉 介 信\n病人姓名 {PO}\n身份證號碼 {HK}\n醫院編號 {RH}\n出生日期 {DOB}\n轉介醫生 {HD}\n",
            "Subject: Release of medical records – {PY}\nDear Medical Records Officer,\nPlease release the discharge "
                    + "summaries of my parent, {PY} (HKID {HK}, HN {RH}), to Qianhai Kangning Hospital, Shenzhen. My parent "
                    + "now lives at {AS}.\nYours faithfully,\n{FE}\nTel: {MH}\n",
            "主题：关于香港居民{P}的转诊资料\n{HDY}医生：\n您好！患者（香港身份证{HK}，我院病人编号{RS}）拟于下周返港覆诊，"
                    + "附上出院小结及检验结果，请查收。\n深圳前海康宁医院 跨境服务中心 {S}\n",
            "覆函\n{HDS}醫生：\n多謝轉介{PT}（醫院編號{RH}）。病人已於{D}在本院老人科初診，已安排每三個月覆診，藥物維持不變。\n"
                    + "深圳前海康寧醫院 老人科 Dr {DY}\n",
            "診所病歷摘要\n病人：{PT}  性別：{SEX}  出生日期：{DOB}\n身份證：{HK}\n住址：{AC}\n電話：{LH}\n"
                    + "病歷：糖尿病、高膽固醇、右膝退化性關節炎\n備註：長居深圳，每年兩次回港取藥\n醫生：{HD}\n",
            // Elderly health care vouchers.
            "長者醫療券使用確認書\n醫療券使用者：{PT}\n香港身份證號碼：{HK}\n使用金額：HK$500\n"
                    + "服務提供者：深圳前海康寧醫院（長者醫療券大灣區試點）\n交易編號：EHV2403871268\n使用者簽署：{PT}\n",
            "【醫健通】{PT}，你的長者醫療券戶口已於{D}使用HK$650，戶口結餘HK$1,350。查詢請致電{LH}。\n",
            "HKID,Name,Service date,Amount (HK$),Transaction No.\n{HK},{PY},{D},420,EHV2403871266\n"
                    + "{HK},{OY},{D},280,EHV2403871267\n",
            "{\"scheme\":\"EHVS-GBA\",\"provider\":\"Qianhai Kangning Hospital\",\"recipient\":\"{PY}\",\"hkid\":\"{HK}\","
                    + "\"dob\":\"{DOB}\",\"voucherUsed\":\"HK$780\",\"balance\":\"HK$1,220\",\"txn\":\"EHV2404387126\"}\n",
            "[微信 长者医疗券咨询]\n{FE}：请问我屋企老人家{P}可唔可以用医疗券睇牙？\n{S}：可以的，牙科门诊也适用，需要本人香港身份证原件\n"
                    + "{FE}：佢个身份证号系{HK}，使唔使预先登记？\n{S}：不用，到时刷卡就可以\n",
            "[語音轉文字] 喂 {NS}姑娘 我係{PT}屋企人 佢今朝去前海康寧睇咗醫生 用咗醫療券 但係張收據寫錯咗名 "
                    + "你可唔可以幫我哋改返 我電話{MV}\n",
            "長者醫療券使用紀錄 Elderly Health Care Voucher – voucher use statement\nRecipient: {PY}\nHKID: {HK}\nDate of birth: {DOBE}\n"
                    + "Service provider: Qianhai Kangning Hospital (Greater Bay Area pilot)\nAmount: HK$1,200 (dental)\n"
                    + "Contact phone: {MH}\n",
            // Cross-boundary ambulance transfers at Shenzhen Bay and Lok Ma Chau.
            "跨境救护车转运申请表\n患者：{P}（{PY}）  香港身份证：{HK}\n转出：深圳前海康宁医院  病人编号：{RS}\n"
                    + "转入：屯门医院急症室\n口岸：深圳湾口岸（港方接驳点）  预计过关时间：14:30\n随车：{S}（医生）、{S}（护士）\n"
                    + "家属：{F}，香港手机{MH}\n救护车：粤B·D3871X\n",
            "Cross-boundary Patient Handover – Shenzhen Bay Control Point\nPatient: {PY}   HKID: {HK}\nDOB: {DOB}\n"
                    + "From: Qianhai Kangning Hospital (Patient No. {RS})\nTo: Tuen Mun Hospital A&E\n"
                    + "At handover: BP 132/78, HR 96, SpO2 95% on 2 L O2\nHanded over by: Dr {DY}\n"
                    + "Received by: ambulanceman {NY}\nEscort: {FY} (relative)\n",
            "落马洲口岸跨境转运记录 {D}\n14:05 救护车抵达皇岗口岸，患者{P}，车牌粤Z·A387港\n"
                    + "14:20 边检查验完毕（回乡证 H70387126）\n14:32 与香港消防处救护员{NY}完成交接\n14:58 送抵北区医院急症室\n"
                    + "随车医生：{DR}\n",
            "跨境转运人员通关名单\n序号|姓名|证件类型|证件号码|身份\n1|{P}|港澳居民来往内地通行证|H60387126|患者\n"
                    + "2|{F}|香港身份证|{HK}|家属\n3|{S}|居民身份证|{ID}|随车医生\n4|{S}|居民身份证|{ID}|随车护士\n",
            "FSD Ambulance Journey Record\nPick-up: Lok Ma Chau Control Point, handover bay\nPatient: {PY}, about 80 years\n"
                    + "HKID: {HK}\nComplaint: shortness of breath, suspected pneumonia\nDestination: North District Hospital "
                    + "A&E\nRelative on board: {FY}, tel. {MH}\nCrew: {NY}, {NY}\nAmbulance: AM 3871\n",
            "跨境轉運同意書\n本人{FT}（香港身份證號碼：{HK}），為病人{PT}之家屬，同意病人於{D}經深圳灣口岸由內地救護車轉送香港醫院，"
                    + "並明白轉運途中之風險。\n聯絡電話：{MH}\n簽署：{FT}\n",
            "[微信 跨境转运协调群]\n{S}：{P}的转运定了，明早10点深圳湾口岸\n{DR}：出院小结和影像光盘已备好\n"
                    + "{FE}：好，我哋9点半喺口岸等，唔该晒\n{S}：{FG}，香港那边的救护车已约好，车牌AM 4126\n",
            "[语音转文字] 喂 {DS}医生 我系{P}屋企人 我哋而家喺深圳湾口岸 香港救护车仲未到 佢血压好似有啲低 "
                    + "你可唔可以打畀香港嗰边问下 我电话{MV}\n",
            "{\"transferId\":\"CBT-2404-0387\",\"patient\":\"{P}\",\"hkid\":\"{HK}\",\"permit\":\"H60387126\","
                    + "\"from\":\"深圳前海康宁医院\",\"to\":\"North District Hospital\",\"port\":\"落马洲\",\"escortDoctor\":\"{S}\","
                    + "\"relativePhone\":\"{MH}\"}\n",
            "Subject: Cross-boundary transfer – {PY}\nDear Dr {HDSY},\nWe plan to transfer the above patient (HKID {HK}; "
                    + "our Patient No. {RS}) through the Shenzhen Bay Control Point on {D}, arriving at about 10:30. The "
                    + "relative travelling with the patient is {FE} ({MH}).\nRegards,\n{SY}\n"
                    + "Patient Liaison Office, Qianhai Kangning Hospital\n",
            "时间\t地点\t事件\t经办人\n09:40\t病房\t出院手续完成\t{S}\n10:15\t深圳湾口岸\t边检查验患者{P}证件\t{S}\n"
                    + "10:32\t港方接驳区\t交接香港救护车\t{NY}\n",
            "Handover checklist – cross-boundary ambulance, Shenzhen Bay\n[x] English discharge summary  [x] imaging CD  "
                    + "[x] Home Return Permit H60387126 returned to the relative\nPatient: {PY}   DOB: {DOBE}\n"
                    + "Oxygen 2 L/min, SpO2 96%\nSigned (mainland escort): {SY}\nSigned (HK crew): {NY}\n",
            "跨境救護接收記錄（北區醫院急症室）\n病人：{PT}  身份證：{HK}\n由落馬洲管制站接收，內地病人編號{RS}\n"
                    + "分流類別：第二類（危急）\n家屬：{FT}  {MH}\n當值醫生：{HD}\n",
            "【深圳前海康宁医院】{FS}先生／女士您好，{P}的跨境转运已安排于{D}上午经深圳湾口岸，请于9:30前到港方接驳区等候。"
                    + "如有变动请致电{L}。\n",
            // Retired in Huizhou, Shenzhen, Panyu and Fenggang: community health, neighbours, estates.
            "社区健康档案（港澳居民）\n姓名：{P}  居住证号：{RP}\n出生日期：{DOB}\n现住址：{AS}\n既往史：高血压20年，2019年脑梗死\n配偶：{S}（内地居民，身份证{ID}）\n"
                    + "紧急联系人：{F}（{MH}）\n家庭医生：{DR}  社康中心电话：{L}\n",
            "[微信 大亞灣港人街坊群]\n{OT}：今朝見到{MS}伯喺樓下跌咗，有冇人有佢屋企人電話？\n{N}：我有佢屋企人{FG}嘅WhatsApp，{MH}\n"
                    + "{OT}：唔該晒，我而家打俾佢\n{N}：救護車嚟咗，送咗去惠州市中心人民醫院\n",
            "物业服务中心事件报告\n时间：{D} 07:40\n地点：{A0}\n事件：住户{P}（香港居民，独居）两日未取快递，邻居{S}报告；"
                    + "保安与社区民警开门后发现其倒地，意识清醒\n处理：拨打120送最近医院急诊；已联系其在港子女{F}（{MH}）\n"
                    + "经办：{S}\n",
            "Home visit note – Hong Kong retiree\nName: {PY}\nAddress: {AS}\nLives with spouse, {OY}; the "
                    + "child, {FE}, visits monthly from Hong Kong\nFalls risk: high (Morse 65); no grab bars in the {PSY} family's bathroom\n"
                    + "Advice: shower chair, night light, hip protectors\nVisiting nurse: {SY}\n",
            "港澳长者服务站 登记表\n姓名：{P}  性别：{SEX}\n出生日期：{DOBL}（本人按农历提供）\n居住证号：{RP}\n住址：{AS}\n"
                    + "香港联系人：{F}  电话：{MH}\n登记人：{S}\n",
            "[微信 碧湖花園港人互助群]\n{OT}：邊個知惠陽邊間診所收長者醫療券？\n{N}：淡水冇，要去深圳前海康寧\n"
                    + "{OT}：咁遠，{PMS}太上個禮拜都係搭車去\n{N}：係呀，佢屋企人{FG}揸車送佢，方便啲\n",
            "家庭医生签约服务协议（摘要）\n乙方（居民）：{P}  证件：港澳台居民居住证 {RP}\n出生日期：{DOB}\n住址：{A0}\n"
                    + "联系电话：{M}\n代签人：{S}（配偶，身份证{ID}）\n甲方（家庭医生团队）：{DR}、{S}\n签约日期：{D}\n",
            "[语音转文字] 喂 系咪社康中心 我系{P} 住喺{AS} 我想问下打流感针使唔使钱 我系香港人嚟嘅 我个电话系{M}\n",
            "Name,Phone (HK),Phone (mainland),Estate (health talk sign-in)\n{PY},{MH},{M},{A0}\n{OY},{MH},{M},{A0}\n",
            "WhatsApp 對話紀錄（截圖文字）\n{FE}：阿媽，今日社康醫生有冇幫你量血壓？\n{PM}：有呀，152，佢話高咗少少\n"
                    + "{FE}：咁你記得食藥呀，我星期六返嚟睇你\n{PM}：知道喇，你揸車小心啲\n",
            "【社区健康服务中心】{P}您好，您已成功签约家庭医生{DR}，签约期一年。如需上门服务请致电{L}。\n",
            // Domestic helpers from the Philippines and Indonesia.
            "Note for the doctor\nTo the doctor, Qianhai Kangning Hospital:\nMy mother, {PMY}, will be accompanied by our "
                    + "domestic helper, {MN} (HKID {HW}, passport P3871265B). {HG} knows the medicines and the daily "
                    + "routine. Please call me on {MH} if anything is needed.\n{FE}\n",
            "[WhatsApp] {FE} – {HG}\n{FG}: Ate {HG}, did lola take the 8pm medicine?\n{HG}: Yes ma'am, already. But she "
                    + "don't want dinner, only soup\n{FG}: OK thanks. Tomorrow 10am Dr {DY} appointment, bring the blue "
                    + "book and the HKID card\n{HG}: Noted ma'am\n",
            "[WhatsApp] {HG} – {FE}\n{HG}: Ibu, nenek jatuh di kamar mandi tadi pagi, kepala tidak berdarah tapi tangan "
                    + "kiri sakit\n{FG}: 吓！我而家打俾醫院，{HG} you stay with her\n{HG}: Baik Ibu. Saya sudah telepon 120, "
                    + "ambulans datang\n",
            "门诊病历\n姓名：{MN}（外籍家务助理，香港身份证{HW}）\n雇主：{F}  雇主电话：{MH}\n主诉：右手腕疼痛2周，扶抱老人时加重\n"
                    + "诊断：桡骨茎突狭窄性腱鞘炎\n处理：支具固定，双氯芬酸凝胶外用\n医生：{DR}\n",
            "Standard Employment Contract (ID 407) – medical attachment\nHelper: {MN}\nHKID: {HW}\n"
                    + "Employer: {FY}, HKID {HK}\nPlace of work: {AH}\nPre-employment check: chest X-ray clear, HBsAg "
                    + "negative\nVisa reference: FDH-24-038712\n",
            "工人姐姐交更簿 {D}\n{HG}：Sir，屋企尿片就快用晒\n{HG}：阿嫲朝早食咗半碗麥皮，十點食藥，血壓138/80\n{HG}：下晝日間中心{NS}姑娘打嚟，話聽日活動改咗"
                    + "時間\n{FG}：收到，唔該晒{HG}姐\n",
            "[WhatsApp voice note, auto-transcribed] Ma'am {FG}, this is {HG}. Lolo is coughing the whole night, "
                    + "temperature 38.2, I gave him Panadol already. Dr {HDSY} clinic is closed today, should I bring him "
                    + "to Kangning Hospital? Please call me, {MH}.\n",
            "Helper,HKID,HK mobile,Mainland mobile,Employer\n{MN},{HW},{MH},{M},{FE}\n",
            "{\"escortRegistry\":{\"patient\":\"{PY}\",\"patientNo\":\"{RS}\",\"helper\":\"{MN}\",\"helperHkid\":\"{HW}\","
                    + "\"helperMobile\":\"{M}\",\"employer\":\"{FE}\",\"employerPhone\":\"{MH}\",\"passport\":\"P3871265B\"}}\n",
            "外傭陪診授權書\n本人{FT}（身份證{HK}）授權本人僱用之外籍家庭傭工{MN}（身份證{HW}）陪同家人{PT}"
                    + "在深圳前海康寧醫院覆診及代領藥物。\n僱主電話：{MH}\n日期：15/04/2025\n",
            "照顾者培训记录 Carer training record – Qianhai Kangning Hospital\nTrainee: {MN} (domestic helper)\nPatient: {PY}\n"
                    + "Topics: nasogastric tube feeding, pressure-area care, safe transfer bed to chair\n"
                    + "Assessed competent on {D} by nurse {SY}\nEmployer informed: {FE}, {MH}\n",
            "[微信 前海康宁医院病房]\n{S}：{HF}女士，请问{MSS}伯今天大便了吗？\n{MN}: Yes po, one time this morning, soft\n"
                    + "{S}：好的，谢谢。下午{DS}医生查房，阿{SS}会跟进\n",
            // Family chats in Cantonese (WhatsApp, WeChat) and voice notes.
            "[WhatsApp 屋企群組]\n{FE}：阿爸今日喺前海康寧覆診，醫生話佢血糖高咗，要加藥\n{NE}：咁老豆有冇乖乖食嘢？\n"
                    + "{FE}：{HG}話佢成日偷食朱古力\n{NE}：唉，我星期日返上去\n",
            "[微信 康宁医院心内科随访群]\n{DR}：{P}家属在吗？下周二复查心超\n{F}：喺度，唔该{DS}医生，我哋会准时到\n"
                    + "{DR}：{FG}，记得带埋香港医院的出院小结\n{F}：好，佢喺香港嘅医院编号系{RH}\n",
            "[語音轉文字] {FG}呀 係媽咪呀 我今日喺惠州個社康量咗血壓 高咗少少 醫生叫我返香港覆診嗰陣同{HDS}醫生講 "
                    + "你幫我約咗未呀 我個電話係{MV}\n",
            "前海康寧醫院：{PT}，閣下於{D}之覆診已確認，病人編號{RS}。請攜帶香港身份證及回鄉證。查詢：{LH}\n",
            "[WhatsApp] Dr {HDSY} – {FE}\n{FE}: Dr {HDSY}, my mother had a fall in Shenzhen last night, X-ray no "
                    + "fracture. Should she still take the aspirin?\n{HDY}: Hold it for 3 days if the bruise is big. Please "
                    + "send me the X-ray report.\n{FE}: Thanks doctor, sending now\n",
            "[語音轉文字] {PGT}呀 你喺邊度呀 我喺樓下等咗你半個鐘喇 今日要去前海康寧睇眼 你唔好又唔記得帶回鄉證呀 "
                    + "有事打我電話{MV}\n",
            "[微信 大亞灣港人街坊群]\n{N}：{PK}今日冇落嚟飲茶，係咪唔舒服？\n{OT}：佢個女話佢感冒，喺屋企休息\n"
                    + "{N}：咁我煲啲陳皮水畀佢\n",
            "[WhatsApp 街坊飲茶群]\n{NE}：聽日七點半{A0}樓下等，叫埋老{PST}\n{OT}：{PK}話佢腳痛，唔去喇\n{NE}：咁我哋幫佢買返個叉燒包\n",
            "[微信 康宁医院骨科病房]\n{S}：{MSS}伯今晚疼痛评分4分，已按医嘱给止痛药\n{F}：唔该晒姑娘，佢凌晨成日醒\n"
                    + "{S}：我们会留意，有事按铃\n",
            // Insurance claims with Hong Kong insurers.
            "住院及手術保障索償表 Claim Form – Hospital & Surgical Benefits\nInsurer: Victoria Harbour Life Assurance (Hong Kong)\n"
                    + "Policy No.: {IV}\nInsured person: {PY}\nHKID: {HK}\nDate of birth: {DOB}\n"
                    + "Hospital: Qianhai Kangning Hospital, Shenzhen (Patient No. {RS})\nDiagnosis: community-acquired "
                    + "pneumonia\nPayee: {FY}\nCard for reimbursement: {B}\nClaim No.: VH-CLM-24-038712\n",
            "理賠申請表\n受保人：{PT}  身份證號碼：{HK}\n保單號碼：{IH}\n住院醫院：深圳前海康寧醫院（病人編號{RS}）\n"
                    + "住院日期：{D}（共5日）\n通訊地址：{AC}\n聯絡電話：{MH}\n申請人簽署：{FT}\n",
            "Subject: Pre-authorisation for admission – Qianhai Kangning Hospital\nDear {FE},\nWe refer to the "
                    + "pre-authorisation request for {PY} (member no. {IL}). The admission for elective total knee "
                    + "replacement is approved up to HK$120,000 under the cross-boundary network benefit. Ref. "
                    + "PA-LR-2404-0387.\nClaims officer: {E}\nLion Rock Medical Insurance\n",
            "{\"claimNo\":\"LR-CLM-2404-038712\",\"memberNo\":\"{IL}\",\"insured\":\"{PY}\",\"hkid\":\"{HK}\","
                    + "\"hospital\":\"Qianhai Kangning Hospital\",\"patientNo\":\"{RS}\",\"amountClaimed\":\"HK$68,420\","
                    + "\"payeeCard\":\"{B}\",\"handler\":\"{E}\"}\n",
            "| 保單號碼 | 受保人 | 醫院 | 索償金額 | 狀態 |\n|---|---|---|---|---|\n| {IH} | {PT} | 深圳前海康寧醫院 | HK$68,420 | 已批核 |\n"
                    + "| {IH} | {OT} | 深圳前海康寧醫院 | HK$12,300 | 補交文件 |\n",
            "[語音轉文字] 你好 獅子山醫療保險 我想查下我媽咪{PM}張單 保單號碼係{IL} 佢喺深圳住院 醫院話可以直接結賬 "
                    + "係咪真㗎 我電話{MH}\n",
            "索償結果通知\n{FST}先生／女士：\n有關受保人{PT}（保單號碼{IL}）於深圳前海康寧醫院之住院索償（索償編號LR-CLM-2404-038712），"
                    + "本公司已批核HK$45,600，款項將存入尾號3871之信用卡。\n獅子山醫療保險 理賠部 {N}\n",
            "保险直付授权书\n患者：{P}  病人编号：{RS}\n保险公司：狮子山医疗保险  会员号：{IL}\n授权人：{F}  香港身份证：{HK}\n"
                    + "信用卡预授权：{B}\n医院经办：{S}\n",
            "【獅子山醫療保險】{FE}，你為{PY}提交的索償（參考編號LR-CLM-2405-0387）已收到，需補交出院小結正本。查詢{LH}。\n",
            "Subject: Claim for {PY}, policy {IH}\nAttn: {ES}, Claims Department\nThe itemised bill from Qianhai Kangning Hospital is "
                    + "attached. The card ending 3871 was charged for the deposit; please reimburse to {B}.\n"
                    + "Kind regards,\n{FE}\n",
            // Dementia day centres in Hong Kong and Shenzhen.
            "認知障礙症日間中心 入會評估\n會員：{PT}（會員編號 DC-0387）\n出生日期：{DOBC}\n住址：{AC}\n"
                    + "主要照顧者：{FT}（{MH}）；外傭：{MN}\n評估：HK-MoCA 12/30；CDR 1；NPI：激動、重複發問\n負責社工：{N}\n",
            "福田区颐康长者日间照料中心 每日记录 {D}\n学员：{P}\n09:30 怀旧小组：讲起年轻时住{AP}，在工厂车衣\n"
                    + "11:00 手工：完成剪纸\n14:00 午睡后情绪低落，问“几时返香港”\n照护员：{S}\n",
            "Carer support group – minutes\nPresent: {FE}, {NE}, social worker {NY}\n{FG} reported that the parent with "
                    + "dementia wanders at night and once walked to the bus terminus at 3 a.m.\nAdvice: door alarm, GPS "
                    + "watch (serial GW-2404-3871), respite at the day centre\nNext meeting: {D}\n",
            "[WhatsApp] 日間中心\n中心姑娘：{FG}，{MS}伯今日喺中心有啲發脾氣，唔肯食晏\n{FT}：唔好意思呀，佢琴晚瞓得唔好\n"
                    + "中心姑娘：明白，我哋會留意，今日提早三點送佢返屋企\n",
            "日間中心出席紀錄\n日期\t會員\t接送\t情緒\t備註\n{D}\t{PT}\t中心車\t平穩\t家人{FT}接\n{D}\t{OT}\t外傭{HG}陪同\t焦慮\t重複問時間\n",
            "Zarit Burden Interview – carer\nCarer: {FY} (child), HKID {HK}\nCared-for person: {PY}, dementia (CDR 2)\n"
                    + "ZBI score: 52/88 (severe)\nSupport: day care 3 days a week; helper {HG}\nSocial worker: {NY}\n",
            "[语音转文字] {SS}社工你好 我系{P}屋企人{F} 佢喺日间中心又话要返香港搵佢阿妈 佢阿妈都走咗几十年喇 "
                    + "你哋点样安抚佢 我电话{M}\n",
            "{\"centre\":\"颐康长者日间照料中心\",\"member\":\"{P}\",\"permit\":\"{RP}\",\"dob\":\"{DOB}\",\"mmse\":17,"
                    + "\"cdr\":1.0,\"carer\":\"{F}\",\"carerPhoneHK\":\"{MH}\",\"helper\":\"{MN}\"}\n",
            "[OCR] 長 者 日 間 護 理 中 心\n申 請 表\n申請人 {PO}\n身份證號碼 {HK}\n出生日期 {DOBC}\n住 址 {AC}\n聯絡人 {FO}\n",
            "個案會議紀錄\n日期：{D}\n出席：{N}（社工）、{HD}（老人精神科醫生）、{FT}（家屬）\n"
                    + "個案：{PT}，認知障礙症（中度），近月於深圳居住期間走失一次\n決議：申請回港入住院舍，輪候期間加強日間中心服務\n",
            "長者登記表（日間中心）\n姓名：{PT}\n街坊稱呼：{PK}\n出生日期：{DOBT}（農曆，本人提供）\n身份證：{HK}\n住址：{AC}\n"
                    + "緊急聯絡人：{FT}  {MH}\n",
            "Day centre application – cover e-mail\nSubject: Day care place for {PY}\nDear Ms {NSY},\nMy parent, {PY}, "
                    + "has moderate dementia and has just moved back from Huizhou after six years. We live at {AH}. Could "
                    + "we visit the centre next week?\nThank you,\n{FE}\n{MH}\n",
            // Scans, married women's names, and what is left.
            "[OCR] 香港永久性居民身份證\nHONG KONG PERMANENT IDENTITY CARD\n{PO}\n{PYC}\n出生日期 Date of Birth\n{DOB}\n"
                    + "***AZ\n{HK}\n",
            "[OCR] 港澳居民來往內地通行證\n姓名 {PO}\n{PYC}\n出生日期 {DOB}\n證件號碼 H60387126\n有效期限 2019.05.14-2029.05.13\n",
            "[OCR] 深 圳 前 海 康 宁 医 院\n出 院 证 明\n姓 名 {PX}\n病人编号 {RS}\n出院诊断 肺炎 好转\n家属签名 {FO}\n",
            "[OCR] 保 險 索 償 表 格\n受保人 {PO}\n保單號碼 {IH}\n身份證 {HK}\n地 址 {AC}\n",
            "[OCR] 港澳台居民居住证\n姓 名 {PX}\n公民身份号码 {RP}\n住 址 {AS}\n",
            "[OCR] 跨 境 转 运 交 接 单\n患 者 {PX}\n香港身份证 {HK}\n随车医生 {S}\n接收救护员 {NY}\n",
            "住院登记（姓名核对）\n香港身份证姓名：{PM}\n回乡证及居住证姓名：{PW}\n居住证号码：{RP}\n出生日期：{DOB}\n"
                    + "说明：香港证件冠夫姓，内地证件为本名，两者为同一人\n经办：{S}\n",
            "Referral letter\nRe: Mrs {PMY} (HKID {HK})\nDOB: {DOBE}\nThe patient is known in mainland records by her "
                    + "maiden name, {PW}.\nOsteoarthritis of both knees; listed for total knee replacement at Qianhai "
                    + "Kangning Hospital.\nDr {HDY}\n",
            "保單持有人：{PM}（{PMY}）\n保單號碼：{IH}\n受益人：{FT}\n通訊地址：{AC}\n",
            "日間中心會員名單\n| 會員 | 身份證 | 緊急聯絡電話 |\n|---|---|---|\n| {PM} | {HK} | {MH} |\n| {OT} | {HK} | {MH} |\n",
            "[微信 前海康宁医院病房]\n{S}：请问{PW}的家属在吗？香港身份证上的名字是{PM}，出院证明按哪个写？\n"
                    + "{FE}：按回乡证写，唔该晒\n",
            "医疗券账户核对 Voucher account check\nName on HKID: {PMY}\nName on Home Return Permit: {PW}\nHKID: {HK}\n"
                    + "Result: same person, voucher claim accepted\nChecked by: {SY}\n",
            "家属来访登记|{F}|香港身份证{HK}|探视{P}|{D}|{MH}\n",
            "出院随访电话记录：{D}致电{P}（{M}），{PG}由女儿陪同，已按时服药，血压128/76mmHg；叮嘱戴口罩，避免去人多的地方\n",
            "[语音转文字] {MSS}伯你好 我系前海康宁医院跨境服务中心{S} 你下个礼拜三要复诊 记得带香港身份证同回乡证 "
                    + "有问题打我哋电话{L}\n",
            "探访义工记录\n{D} 探访{P}（{SEX}，独居），家住{A0}\n情况：精神好，讲起当年在{AP}住，话好挂住街坊\n"
                    + "跟进：下周再访；如有需要联络其在港亲属{FT}（{MH}）\n义工：{S}\n",
            "Dear {EG},\nThank you for seeing {PY} at the memory clinic. The family, through {FE}, consents to "
                    + "sharing the MRI with Qianhai Kangning Hospital.\nWith thanks,\nDr {HDY}\n",
            "服藥時間表 Medication list for the helper (bilingual)\nPatient / 病人: {PY} / {PT}\nDOB: {DOBE}\n"
                    + "08:00 Amlodipine 5 mg, 1 tab (降血壓)\n08:00 Metformin 500 mg, 1 tab (糖尿)\n"
                    + "21:00 Donepezil 5 mg, 1 tab (認知)\nHelper: {HG}\nFamily: {FE} {MH}\n",
            "记忆门诊 神经心理报告 / Memory clinic – neuropsychology report\nName: {PY}\nDOB: {DOBE}\nHKID: {HK}\n"
                    + "Tests (Cantonese): MMSE 20/30, HK-MoCA 16/30, verbal fluency 9 animals a minute\n"
                    + "Impression: mild Alzheimer's disease dementia\nPsychologist: {SY}\nConsultant: Dr {DY}\n"
);

    /**
     * Hong Kong elderly: Traditional|simplified|romanised surname|romanised given name|English first name or
     * nothing|sex|the husband's surname, for a married woman whose Hong Kong documents carry it.
     */
    static final List<String> ELDERS = List.of(
            "黃玉嬋|黄玉婵|WONG|Yuk-shim||F|陳", "何金好|何金好|HO|Kam-ho||F|李", "梁帶娣|梁带娣|LEUNG|Tai-tai||F|張",
            "禤月娥|禤月娥|HUEN|Yuet-ngo||F|", "鄧細妹|邓细妹|TANG|Sai-mui||F|何", "區寶珠|区宝珠|AU|Po-chu||F|",
            "麥笑芳|麦笑芳|MAK|Siu-fong||F|梁", "冼碧霞|冼碧霞|SIN|Pik-ha||F|", "岑淑嫻|岑淑娴|SHAM|Shuk-han|Mabel|F|",
            "甄佩瓊|甄佩琼|YAN|Pui-king||F|黃", "鄺桂蘭|邝桂兰|KWONG|Kwai-lan||F|", "譚瑞卿|谭瑞卿|TAM|Sui-hing||F|羅",
            "曾惠貞|曾惠贞|TSANG|Wai-ching|Josephine|F|", "葉月嬌|叶月娇|YIP|Yuet-kiu||F|周", "植燕嫦|植燕嫦|CHIK|Yin-sheung||F|",
            "盧彩鳳|卢彩凤|LO|Choi-fung||F|鄭", "羅艷芬|罗艳芬|LAW|Yim-fun||F|", "鄭少英|郑少英|CHENG|Siu-ying||F|譚",
            "關婉貞|关婉贞|KWAN|Yuen-ching||F|", "莫妹|莫妹|MOK|Mui||F|區", "郭麗珍|郭丽珍|KWOK|Lai-chun|Doris|F|",
            "鄔潔芳|邬洁芳|WOO|Kit-fong||F|麥",
            "陳炳堯|陈炳尧|CHAN|Ping-yiu||M|", "李達燊|李达燊|LEE|Tat-san||M|", "張順興|张顺兴|CHEUNG|Shun-hing||M|",
            "劉福全|刘福全|LAU|Fuk-chuen||M|", "吳錦泉|吴锦泉|NG|Kam-chuen||M|", "林煥章|林焕章|LAM|Woon-cheung||M|",
            "牧樹森|牧树森|MUK|Shu-sum||M|", "郭耀祖|郭耀祖|KWOK|Yiu-cho||M|", "潘國樑|潘国梁|POON|Kwok-leung||M|",
            "車志雄|车志雄|CHE|Chi-hung||M|", "鍾兆基|钟兆基|CHUNG|Siu-kei|Wilfred|M|", "朱伯棠|朱伯棠|CHU|Pak-tong||M|",
            "袁滿堂|袁满堂|YUEN|Mun-tong||M|", "容漢生|容汉生|YUNG|Hon-sang||M|", "湯根|汤根|TONG|Kan||M|",
            "黃日昌|黄日昌|WONG|Yat-cheong||M|", "何鏡波|何镜波|HO|Keng-po||M|", "梁德勝|梁德胜|LEUNG|Tak-sing||M|",
            "麥來喜|麦来喜|MAK|Loi-hei||M|", "鄧水生|邓水生|TANG|Shui-sang||M|", "區耀華|区耀华|AU|Yiu-wah||M|",
            "黎啟泰|黎启泰|LAI|Kai-tai|Cyril|M|");
    /**
     * Hong Kong adults (the elders' children, Hong Kong doctors, nurses, social workers and claims staff):
     * Traditional|simplified|romanised surname|romanised given name|English first name|sex.
     */
    static final List<String> HONG_KONGERS = List.of(
            "陳凱澄|陈凯澄|CHAN|Hoi-ching|Winsome|F", "黃家豪|黄家豪|WONG|Ka-ho|Kinson|M",
            "李穎琛|李颖琛|LEE|Wing-sum|Yanny|F", "張卓賢|张卓贤|CHEUNG|Cheuk-yin|Hinson|M",
            "梁曉嵐|梁晓岚|LEUNG|Hiu-laam|Sukie|F", "何俊鏗|何俊铿|HO|Chun-hang|Bosco|M",
            "林凱琪|林凯琪|LAM|Hoi-kei|Kenix|F", "劉啟聰|刘启聪|LAU|Kai-chung|Dickson|M",
            "吳綺雯|吴绮雯|NG|Yee-man|Eunice|F", "鄧卓謙|邓卓谦|TANG|Cheuk-him|Wingo|M",
            "麥嘉敏|麦嘉敏|MAK|Ka-man|Ceci|F", "區浩霖|区浩霖|AU|Ho-lam|Cyrus|M",
            "冼頌恩|冼颂恩|SIN|Chung-yan|Gigi|F", "岑卓朗|岑卓朗|SHAM|Cheuk-long|Horace|M",
            "甄曉彤|甄晓彤|YAN|Hiu-tung|Kayee|F", "鄺子樂|邝子乐|KWONG|Tsz-lok|Wallace|M",
            "葉芷晴|叶芷晴|YIP|Tsz-ching|Apple|F", "曾偉鋒|曾伟锋|TSANG|Wai-fung|Ellis|M",
            "蔡穎瑜|蔡颖瑜|CHOI|Wing-yu|Fanny|F", "譚兆麟|谭兆麟|TAM|Siu-lun|Dicky|M",
            "馮蔚琳|冯蔚琳|FUNG|Wai-lam|Cannie|F", "盧啟明|卢启明|LO|Kai-ming|Ricky|M",
            "鄭樂怡|郑乐怡|CHENG|Lok-yi|Joyce|F", "謝家樂|谢家乐|TSE|Ka-lok|Quinton|M",
            "羅巧兒|罗巧儿|LAW|Hau-yi|Phoebe|F", "周家朗|周家朗|CHOW|Ka-long|Jacky|M",
            "郭靄琳|郭霭琳|KWOK|Oi-lam|Yoyo|F", "湛國威|湛国威|CHAM|Kwok-wai|Benson|M",
            "胡慧珊|胡慧珊|WU|Wai-shan|Yvonne|F", "朱俊彥|朱俊彦|CHU|Chun-yin|Mathew|M",
            "潘詠芝|潘咏芝|POON|Wing-chi|Tania|F", "莫浩賢|莫浩贤|MOK|Ho-yin|Alvin|M",
            "關曉瑩|关晓莹|KWAN|Hiu-ying|Mimi|F", "袁志恆|袁志恒|YUEN|Chi-hang|Derek|M",
            "鍾淑儀|钟淑仪|CHUNG|Shuk-yee|Wincy|F", "容子健|容子健|YUNG|Tsz-kin|Gary|M",
            "湯凱晴|汤凯晴|TONG|Hoi-ching|Cleo|F", "黎卓駿|黎卓骏|LAI|Cheuk-chun|Sherman|M",
            "勞穎嵐|劳颖岚|LO|Wing-laam|Karman|F", "石家康|石家康|SHEK|Ka-hong|Rocky|M",
            "伍靜儀|伍静仪|NG|Ching-yee|Bobo|F", "黃志聰|黄志聪|WONG|Chi-chung|Edmond|M",
            "溫詠欣|温咏欣|WAN|Wing-yan|Queenie|F", "簡俊霆|简俊霆|KAN|Chun-ting|Terrence|M",
            "傅凱琳|傅凯琳|FU|Hoi-lam|Janice|F", "尹卓峰|尹卓峰|WAN|Cheuk-fung|Raymond|M",
            "竇嘉儀|窦嘉仪|TAU|Ka-yee|Cherie|F", "陳子謙|陈子谦|CHAN|Tsz-him|Ivan|M",
            "李綺婷|李绮婷|LEE|Yee-ting|Stephanie|F", "梁子聰|梁子聪|LEUNG|Tsz-chung|Benedict|M",
            "張巧盈|张巧盈|CHEUNG|Hau-ying|Maggie|F", "吳鎮邦|吴镇邦|NG|Chun-pong|Lawrence|M",
            "林慧敏|林慧敏|LAM|Wai-man|Natalie|F", "畢志豪|毕志豪|PAT|Chi-ho|Issac|M",
            "何曉晴|何晓晴|HO|Hiu-ching|Gladys|F", "游家傑|游家杰|YAU|Ka-kit|Leslie|M",
            "黃嘉琪|黄嘉琪|WONG|Ka-kei|Venus|F", "劉卓穎|刘卓颖|LAU|Cheuk-wing|Kristy|F",
            "鄧建業|邓建业|TANG|Kin-yip|Samuel|M", "陳詠琴|陈咏琴|CHAN|Wing-kam|Rosanna|F");
    /** Mainland doctors, nurses, social workers, escorts and neighbours, with the pinyin (family name first). */
    static final List<String> MAINLAND = List.of(
            "陈永铿|Chen Yongkeng", "李晓琰|Li Xiaoyan", "张嘉炜|Zhang Jiawei", "刘钰涵|Liu Yuhan", "黄耀斌|Huang Yaobin",
            "吴楚君|Wu Chujun", "郑伟鸿|Zheng Weihong", "林蔚然|Lin Weiran", "杨梓豪|Yang Zihao", "周燕玲|Zhou Yanling",
            "罗俊驰|Luo Junchi", "许晓彬|Xu Xiaobin", "邓雅琪|Deng Yaqi", "曾志坚|Zeng Zhijian", "谢婉仪|Xie Wanyi",
            "叶海鹰|Ye Haiying", "苏敏仪|Su Minyi", "赖小琼|Lai Xiaoqiong", "钟泽锋|Zhong Zefeng", "温雪莹|Wen Xueying",
            "卢晓锋|Lu Xiaofeng", "蓝天宇|Lan Tianyu", "江梓晴|Jiang Ziqing", "邱永康|Qiu Yongkang", "严秋菊|Yan Qiuju",
            "利嘉欣|Li Jiaxin", "练志强|Lian Zhiqiang", "古振宇|Gu Zhenyu", "巫美玲|Wu Meiling", "江月|Jiang Yue",
            "海涛|Hai Tao", "冬青|Dong Qing");
    /** Mainland pool names that are also words: the moon over the river, waves of the sea, holly. */
    static final List<String> WORD_LIKE = List.of("江月", "海涛", "冬青");
    /**
     * Surname characters no earlier blind group wrote: the Traditional forms of 劳, 邬, 车 and 窦 (the older groups wrote
     * these surnames in simplified characters only) and 牧, in neither script.
     */
    static final String RARE_SURNAMES = "勞鄔車竇牧";
    /** Domestic helpers: given name|family name|PH (the Philippines) or ID (Indonesia). */
    static final List<String> HELPERS = List.of(
            "Rhealyn|Quibuyen|PH", "Mayflor|Dimalanta|PH", "Mercedita|Lumanlan|PH", "Genalyn|Agbayani|PH",
            "Arlyn|Magsino|PH", "Jonalyn|Dumlao|PH", "Rubylyn|Sumalinog|PH", "Leonisa|Balagtas|PH",
            "Lovely|Tabuzo|PH", "Flordeliza|Batungbakal|PH", "Yanti|Kurniasih|ID", "Eka|Susilowati|ID", "Nur|Khasanah|ID",
            "Suparmi|Maemunah|ID", "Wiwik|Handayani|ID", "Umi|Kalsum|ID", "Endang|Prihatin|ID", "Ratna|Puspitorini|ID",
            "Sumiati|Ningsih|ID", "Tutik|Mardiyah|ID");
    /** Expatriate doctors and insurers' staff, given|family. */
    static final List<String> EXPATS = List.of("Bhimsen|Limbu", "Rustom|Shroff", "Zarine|Bharucha",
            "Jaswinder|Grewal", "Sunaina|Melwani", "Dilip|Daswani", "Lavinia|Swithinbank", "Ferelith|Blakiston",
            "Fionnuala|Devereux", "Dolores|Gonsalves", "Clarice|Santamaria", "Lorraine|Vreeswijk");
    /** Cantonese nicknames, labelled whole. */
    static final List<String> NICKNAMES = List.of("阿嬋", "阿彩", "阿好", "阿卿", "阿勝", "阿炳", "阿順", "肥仔榮", "高佬泉",
            "大隻坤", "蝦仔", "豬肉榮");

    private static final List<String[]> ELDER_ROWS = ELDERS.stream().map(e -> e.split("\\|", -1)).toList();
    private static final List<String[]> HK_ROWS = HONG_KONGERS.stream().map(e -> e.split("\\|", -1)).toList();
    /** The elders by their Traditional names (the record's patient). */
    private static final List<String> ELDER_NAMES = ELDER_ROWS.stream().map(p -> p[0]).toList();
    /** The Hong Kong adults by their Traditional names. */
    private static final List<String> HK_NAMES = HK_ROWS.stream().map(p -> p[0]).toList();
    /** The married elders, whose Hong Kong name carries the husband's surname. */
    private static final List<String> WIVES = ELDER_ROWS.stream().filter(p -> !p[6].isEmpty()).map(p -> p[0]).toList();
    /** The elderly men (X伯). */
    private static final List<String> MEN = ELDER_ROWS.stream().filter(p -> p[5].equals("M")).map(p -> p[0]).toList();
    private static final List<String> STAFF_NAMES = MAINLAND.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    /** The names the generator draws the record's people from: elders, Hong Kong adults, mainland staff. */
    private static final List<String> DRAWN = Stream.of(ELDER_NAMES, HK_NAMES, STAFF_NAMES).flatMap(List::stream)
            .toList();
    /** Every full Han name of the pools: Traditional, simplified and mainland (the comparisons of later groups). */
    static final List<String> CHINESE = Stream.of(ELDER_ROWS.stream().flatMap(p -> Stream.of(p[0], p[1])),
                    HK_ROWS.stream().flatMap(p -> Stream.of(p[0], p[1])), STAFF_NAMES.stream())
            .flatMap(s -> s).distinct().toList();
    /** The helpers in full (the generator's minority person). */
    static final List<String> MINORITY = HELPERS.stream().map(h -> h.substring(0, h.lastIndexOf('|')).replace('|', ' '))
            .toList();
    /** Every Latin given|family pair of the pools: expatriates, helpers, Hong Kong English names with the surname. */
    static final List<String> ENGLISH = Stream.of(EXPATS.stream(),
                    HELPERS.stream().map(h -> h.substring(0, h.lastIndexOf('|'))),
                    Stream.concat(ELDER_ROWS.stream(), HK_ROWS.stream()).filter(p -> !p[4].isEmpty())
                            .map(p -> p[4] + "|" + title(p[2])))
            .flatMap(s -> s).toList();

    /** Hong Kong estates: estate|English|district|English|region|English|houses, each Chinese:English. */
    private static final List<String> PUBLIC = List.of(
            "樂富邨|Lok Fu Estate|黃大仙|Wong Tai Sin|九龍|Kowloon|樂信樓:Lok Shun House,樂善樓:Lok Sin House,樂誠樓:Lok Shing House",
            "彩虹邨|Choi Hung Estate|黃大仙|Wong Tai Sin|九龍|Kowloon|金漢樓:Kam Hon House,紫薇樓:Tsz Mei House",
            "寶林邨|Po Lam Estate|將軍澳|Tseung Kwan O|新界|New Territories|寶勤樓:Po Kan House,寶儀樓:Po Yee House",
            "石硤尾邨|Shek Kip Mei Estate|深水埗|Sham Shui Po|九龍|Kowloon|美映樓:Mei Ying House,美亮樓:Mei Leung House",
            "華富邨|Wah Fu Estate|薄扶林|Pok Fu Lam|香港|Hong Kong|華安樓:Wah On House,華樂樓:Wah Lok House",
            "太和邨|Tai Wo Estate|大埔|Tai Po|新界|New Territories|翠和樓:Chui Wo House,居和樓:Kui Wo House",
            "祥華邨|Cheung Wah Estate|粉嶺|Fanling|新界|New Territories|祥禮樓:Cheung Lai House,祥智樓:Cheung Chi House",
            "天瑞邨|Tin Shui Estate|天水圍|Tin Shui Wai|新界|New Territories|瑞恆樓:Shui Hang House,瑞泰樓:Shui Tai House",
            "秀茂坪邨|Sau Mau Ping Estate|觀塘|Kwun Tong|九龍|Kowloon|秀明樓:Sau Ming House,秀義樓:Sau Yee House",
            "大興邨|Tai Hing Estate|屯門|Tuen Mun|新界|New Territories|興盛樓:Hing Shing House,興財樓:Hing Choi House");
    /** Private estates with lettered or numbered blocks: estate|English|district|English|region|English. */
    private static final List<String> PRIVATE = List.of(
            "康怡花園|Kornhill|鰂魚涌|Quarry Bay|香港|Hong Kong", "美孚新邨|Mei Foo Sun Chuen|荔枝角|Lai Chi Kok|九龍|Kowloon",
            "沙田第一城|City One Shatin|沙田|Sha Tin|新界|New Territories", "麗港城|Laguna City|藍田|Lam Tin|九龍|Kowloon",
            "嘉湖山莊|Kingswood Villas|天水圍|Tin Shui Wai|新界|New Territories",
            "杏花邨|Heng Fa Chuen|柴灣|Chai Wan|香港|Hong Kong");
    /** Tenement streets: street|English|district|English|region|English. */
    private static final List<String> STREETS = List.of(
            "北河街|Pei Ho Street|深水埗|Sham Shui Po|九龍|Kowloon", "春秧街|Chun Yeung Street|北角|North Point|香港|Hong Kong",
            "上海街|Shanghai Street|油麻地|Yau Ma Tei|九龍|Kowloon", "大南街|Tai Nam Street|深水埗|Sham Shui Po|九龍|Kowloon",
            "譚公道|Tam Kung Road|土瓜灣|To Kwa Wan|九龍|Kowloon");
    /** Mainland cities: city|district|subdistricts|roads|estates. */
    private static final List<String> MAINLAND_AREAS = List.of(
            "深圳市|福田区|福田街道,香蜜湖街道,沙头街道|福华三路,红荔西路,香梅路|碧海云天花园,香蜜湖畔居,金地海景花园",
            "深圳市|南山区|蛇口街道,招商街道,粤海街道|工业八路,南海大道,海湾路|海月花园,南海玫瑰园,半岛城邦",
            "深圳市|罗湖区|黄贝街道,东门街道,莲塘街道|深南东路,罗沙路,翠竹路|东湖丽苑,仙湖山庄,翠竹苑",
            "深圳市|宝安区|西乡街道,新安街道|宝民二路,新湖路|海滨广场,富盈门",
            "惠州市|惠阳区|淡水街道,秋长街道|开城大道,白云一路,人民四路|金碧世纪花园,丽日豪庭,碧湖花园",
            "惠州市|大亚湾|西区街道,澳头街道|石化大道,龙山八路,响水河路|海湾明珠,滨海一号,海景湾畔",
            "惠州市|博罗县|罗阳街道,园洲镇|罗阳二路,北门路|罗浮山庄,东江华府",
            "广州市|番禺区|钟村街道,大石街道|汉溪大道,钟屏路|祈福新邨,华南碧桂园",
            "东莞市|凤岗镇|雁田社区,天堂围社区|凤深大道,雁田路|天安花园,港逸豪庭");
    /**
     * Guangdong area codes: Shenzhen, Huizhou, Panyu, Yuexiu, Dongguan, and the home towns of Taishan, Kaiping, Xinhui,
     * Chaozhou, Meixian and Shunde.
     */
    private static final List<String> GUANGDONG = List.of("440303", "440304", "440305", "440306", "440307", "441302",
            "441303", "441322", "441323", "440113", "440104", "441900", "440781", "440783", "440705", "445102", "441403",
            "440606");
    /** The area code of the residence permits of Hong Kong residents. */
    static final String HONG_KONG_PERMIT = "810000";
    private static final List<String> BANK_BINS = List.of("622202", "621785", "625911", "456351", "552373", "621226");
    private static final String CHINESE_DIGITS = "零一二三四五六七八九";
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸", BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊", LUNAR_MONTHS_TRAD = "正二三四五六七八九十冬臘";
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    /** Every written full form and the person it names (Traditional for Hong Kong people, simplified for the staff). */
    private static final Map<String, String> FULL = writtenForms();
    /** Every surname, given name and family name used alone. */
    private static final Set<String> PARTS = parts();

    private Blind58Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_58 || !templates.isEmpty() && BLIND_58.containsAll(templates);
    }

    /** A Chinese name from the pools (the record's patient, family member and doctor are drawn from it). */
    static String chineseName(RandomGenerator r) {
        return pick(DRAWN, r);
    }

    /** The record's helper (MN), in full. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String of(List<String> kind, String drawn) {
        return kind.contains(drawn) ? drawn : kind.get(DRAWN.indexOf(drawn) % kind.size());
    }

    /** The record's patient: the drawn name when it is an elder's, else the elder it stands for (by its place). */
    static String elderOf(String drawn) {
        return of(ELDER_NAMES, drawn);
    }

    /** The record's family member or Hong Kong doctor: a Hong Kong adult. */
    static String hongKongerOf(String drawn) {
        return of(HK_NAMES, drawn);
    }

    /** The record's mainland doctor. */
    static String staffOf(String drawn) {
        return of(STAFF_NAMES, drawn);
    }

    /** The record's married woman (PM, PMY, PMS, PW). */
    static String wifeOf(String drawn) {
        return of(WIVES, drawn);
    }

    /** The record's elderly man called X伯 (MS, MSS). */
    static String manOf(String drawn) {
        return of(MEN, drawn);
    }

    static List<String> elderNames() {
        return ELDER_NAMES;
    }

    static List<String> hongKongerNames() {
        return HK_NAMES;
    }

    static List<String> staffNames() {
        return STAFF_NAMES;
    }

    static List<String> wives() {
        return WIVES;
    }

    static List<String> men() {
        return MEN;
    }

    /** The names the generator draws from. */
    static List<String> drawnNames() {
        return DRAWN;
    }

    private static String[] row(String trad) {
        for (String[] p : ELDER_ROWS) if (p[0].equals(trad)) return p;
        for (String[] p : HK_ROWS) if (p[0].equals(trad)) return p;
        throw new IllegalArgumentException(trad);
    }

    private static String title(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase();
    }

    /** Yuk-shim as Yuk Shim. */
    private static String spaced(String given) {
        StringBuilder b = new StringBuilder();
        for (String s : given.split("-")) b.append(b.isEmpty() ? "" : " ").append(title(s.toUpperCase()));
        return b.toString();
    }

    /** The simplified name of a Hong Kong person. */
    static String simplified(String trad) {
        return row(trad)[1];
    }

    /** The romanised surname as a form of address writes it: Chan. */
    static String romanisedSurname(String trad) {
        return title(row(trad)[2]);
    }

    static String englishName(String trad) {
        return row(trad)[4];
    }

    /** English first name and surname: Winsome Chan. */
    static String englishForm(String trad) {
        String[] p = row(trad);
        return p[4] + " " + title(p[2]);
    }

    /**
     * Every romanised form: CHAN Hoi-ching, Chan Hoi Ching, CHAN HOI CHING, Hoi-ching Chan, Chan Hoi-ching and, with an
     * English first name, Winsome Chan, Winsome CHAN Hoi-ching, Chan Hoi Ching Winsome.
     */
    static List<String> romanisedForms(String trad) {
        String[] p = row(trad);
        String s = p[2], t = title(s), g = p[3];
        Set<String> out = new LinkedHashSet<>(List.of(s + " " + g, t + " " + spaced(g),
                (s + " " + spaced(g)).toUpperCase(), g + " " + t, t + " " + g));
        if (!p[4].isEmpty()) {
            out.addAll(List.of(p[4] + " " + t, p[4] + " " + s + " " + g, t + " " + spaced(g) + " " + p[4]));
        }
        return List.copyOf(out);
    }

    static String romanised(String trad, RandomGenerator r) {
        return pick(romanisedForms(trad), r);
    }

    /** As the identity card and the permit print it: CHAN, Wing Sze. */
    static String cardForm(String trad) {
        String[] p = row(trad);
        return p[2] + ", " + spaced(p[3]);
    }

    private static String romanisedOfSurname(String tradSurname) {
        for (String[] p : ELDER_ROWS) if (p[0].startsWith(tradSurname)) return p[2];
        for (String[] p : HK_ROWS) if (p[0].startsWith(tradSurname)) return p[2];
        throw new IllegalArgumentException(tradSurname);
    }

    /** A married woman's Hong Kong name: the husband's surname before her own, 陳黃玉嬋. */
    static String marriedName(String trad) {
        return row(trad)[6] + trad;
    }

    /** Romanised: CHAN WONG Yuk-shim, Chan Wong Yuk Shim, CHAN WONG YUK SHIM. */
    static List<String> marriedForms(String trad) {
        String[] p = row(trad);
        String h = romanisedOfSurname(p[6]);
        return List.of(h + " " + p[2] + " " + p[3], title(h) + " " + title(p[2]) + " " + spaced(p[3]),
                (h + " " + p[2] + " " + spaced(p[3])).toUpperCase());
    }

    /** The pinyin of a mainland name, family name first. */
    static String pinyinOf(String simplified) {
        for (String e : MAINLAND) if (e.startsWith(simplified + "|")) return e.substring(e.indexOf('|') + 1);
        throw new IllegalArgumentException(simplified);
    }

    /** CHEN YONGKENG, Chen Yongkeng, Yongkeng Chen, CHEN Yongkeng. */
    static List<String> pinyinForms(String simplified) {
        String p = pinyinOf(simplified), f = p.substring(0, p.indexOf(' ')), g = p.substring(p.indexOf(' ') + 1);
        return List.of(p.toUpperCase(), p, g + " " + f, f.toUpperCase() + " " + g);
    }

    /** The four ways OCR breaks a name (PoolNameForms#scannedName): line break, blank after the surname, blanks, 　. */
    static List<String> scannedForms(String name) {
        return List.copyOf(new LinkedHashSet<>(List.of(name.charAt(0) + "\n" + name.substring(1),
                name.charAt(0) + " " + name.substring(1), String.join(" ", name.split("")),
                String.join("\u3000", name.split("")))));
    }

    private static String[] helper(String full) {
        for (String h : HELPERS) {
            String[] p = h.split("\\|");
            if ((p[0] + " " + p[1]).equals(full)) return p;
        }
        throw new IllegalArgumentException(full);
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        String name = switch (slot) {
            case "P", "PT", "PY", "PYC", "PS", "PST", "PSY", "PG", "PGT", "PO", "PX" -> elderOf(people[0]);
            case "PM", "PMY", "PMS", "PW" -> wifeOf(people[0]);
            case "MS", "MSS" -> manOf(people[0]);
            case "F", "FT", "FY", "FE", "FG", "FS", "FST", "FSY", "FO" -> hongKongerOf(people[1]);
            case "HD", "HDY", "HDS", "HDSY" -> hongKongerOf(people[2]);
            case "DR", "DS", "DY" -> staffOf(people[2]);
            case "O", "OT", "OY" -> pick(ELDER_NAMES, random);
            case "N", "NC", "NY", "NE", "NS", "NSY" -> pick(HK_NAMES, random);
            case "S", "SS", "SY" -> pick(STAFF_NAMES, random);
            default -> null;
        };
        if (name != null) {
            out.write(personForm(slot, name, random), EntityKind.NAME);
            return true;
        }
        switch (slot) {
            case "MN" -> out.write(people[3], EntityKind.NAME);
            case "HG" -> out.write(helper(people[3])[0], EntityKind.NAME);
            case "HF" -> out.write(helper(people[3])[1], EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(EXPATS, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(EXPATS, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(EXPATS, random)), EntityKind.NAME);
            case "HK" -> out.write(hongKongId(random), EntityKind.ID_NUMBER);
            case "HW" -> out.write(helperId(random), EntityKind.ID_NUMBER);
            case "RP" -> out.write(residencePermit(random), EntityKind.ID_NUMBER);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "MH" -> out.write(hongKongMobile(random), EntityKind.PHONE);
            case "LH" -> out.write(hongKongLandline(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "RS" -> out.write(patientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RH" -> out.write(hospitalNumber(random), EntityKind.MEDICAL_RECORD);
            case "IH" -> out.write(policyNumber(random), EntityKind.INSURANCE);
            case "IV" -> out.write(victoriaHarbourNumber(random), EntityKind.INSURANCE);
            case "IL" -> out.write(lionRockNumber(random), EntityKind.INSURANCE);
            case "IS" -> out.write(shenzhenInsuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "AH" -> out.write(hongKongAddress(random), EntityKind.ADDRESS);
            case "AC" -> out.write(hongKongChineseAddress(random), EntityKind.ADDRESS);
            case "AP" -> out.write(hongKongPlace(random), EntityKind.ADDRESS);
            case "AS" -> out.write(mainlandFlat(random), EntityKind.ADDRESS);
            case "A0" -> out.write(mainlandPlace(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBC" -> out.write(chineseBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBT" -> out.write(traditionalLunarBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** What a person slot writes for the person {@code name} (Traditional, or simplified for mainland staff). */
    private static String personForm(String slot, String name, RandomGenerator r) {
        return switch (slot) {
            case "P", "F", "O", "NC" -> simplified(name);
            case "PT", "FT", "HD", "OT", "N", "DR", "S" -> name;
            case "PY", "FY", "HDY", "OY", "NY" -> romanised(name, r);
            case "PYC" -> cardForm(name);
            case "FE", "NE" -> englishForm(name);
            case "FG" -> englishName(name);
            case "PS", "FS" -> surnameOf(simplified(name));
            case "PST", "FST", "HDS", "NS", "DS", "SS" -> surnameOf(name);
            case "PSY", "FSY", "HDSY", "NSY" -> romanisedSurname(name);
            case "PG" -> addressedGivenName(simplified(name));
            case "PGT" -> addressedGivenName(name);
            case "PO", "FO" -> PoolNameForms.scannedName(name, r);
            case "PX" -> PoolNameForms.scannedName(simplified(name), r);
            case "PM" -> marriedName(name);
            case "PMS" -> row(name)[6];
            case "MS" -> surnameOf(name);
            case "MSS" -> surnameOf(simplified(name));
            case "PMY" -> pick(marriedForms(name), r);
            case "PW" -> simplified(name);
            case "DY", "SY" -> pick(pinyinForms(name), r);
            default -> throw new IllegalArgumentException(slot);
        };
    }

    /**
     * Every value a person slot can write for the person {@code name} of its kind (an elder, a married elder, a Hong
     * Kong adult, mainland staff or a helper): the record's people are checked against these.
     */
    static Set<String> formsOf(String slot, String name) {
        return switch (slot) {
            case "PY", "FY", "HDY", "OY", "NY" -> Set.copyOf(romanisedForms(name));
            case "PMY" -> Set.copyOf(marriedForms(name));
            case "DY", "SY" -> Set.copyOf(pinyinForms(name));
            case "PO", "FO" -> Set.copyOf(scannedForms(name));
            case "PX" -> Set.copyOf(scannedForms(simplified(name)));
            case "MN" -> Set.of(name);
            case "HG" -> Set.of(helper(name)[0]);
            case "HF" -> Set.of(helper(name)[1]);
            default -> Set.of(personForm(slot, name, null));
        };
    }

    /** The kind of person a person slot names: elder, wife, hongkonger, staff or helper; null for other slots. */
    static String kindOf(String slot) {
        return switch (slot) {
            case "P", "PT", "PY", "PYC", "PS", "PST", "PSY", "PG", "PGT", "PO", "PX", "O", "OT", "OY" -> "elder";
            case "PM", "PMY", "PMS", "PW" -> "wife";
            case "MS", "MSS" -> "man";
            case "F", "FT", "FY", "FE", "FG", "FS", "FST", "FSY", "FO", "HD", "HDY", "HDS", "HDSY", "N", "NC", "NY", "NE",
                 "NS", "NSY" -> "hongkonger";
            case "DR", "DS", "DY", "S", "SS", "SY" -> "staff";
            case "MN", "HG", "HF" -> "helper";
            default -> null;
        };
    }

    /** The people of a kind. */
    static List<String> peopleOf(String kind) {
        return switch (kind) {
            case "elder" -> ELDER_NAMES;
            case "wife" -> WIVES;
            case "man" -> MEN;
            case "hongkonger" -> HK_NAMES;
            case "staff" -> STAFF_NAMES;
            default -> MINORITY;
        };
    }

    /** The slots that name one person of a record: the patient, the wife, the man, the family member, the doctors. */
    static final List<List<String>> ROLES = List.of(
            List.of("P", "PT", "PY", "PYC", "PS", "PST", "PSY", "PG", "PGT", "PO", "PX"),
            List.of("PM", "PMY", "PMS", "PW"), List.of("MS", "MSS"),
            List.of("F", "FT", "FY", "FE", "FG", "FS", "FST", "FSY", "FO"), List.of("HD", "HDY", "HDS", "HDSY"),
            List.of("DR", "DS", "DY"), List.of("MN", "HG", "HF"));

    // Identifiers.

    private static int hkValue(char c) {
        return c == ' ' ? 36 : c - 'A' + 10;
    }

    /** The check character of a Hong Kong identity card number: weights 9 to 2, modulus 11, 10 written A. */
    static char hongKongIdCheck(String letters, String digits) {
        String l = letters.length() == 1 ? " " + letters : letters;
        int sum = 9 * hkValue(l.charAt(0)) + 8 * hkValue(l.charAt(1));
        for (int i = 0; i < 6; i++) sum += (7 - i) * (digits.charAt(i) - '0');
        int c = (11 - sum % 11) % 11;
        return c == 10 ? 'A' : (char) ('0' + c);
    }

    private static String writtenHongKongId(String letters, RandomGenerator r) {
        String d = digits(6, r);
        char c = hongKongIdCheck(letters, d);
        return switch (r.nextInt(6)) {
            case 0 -> letters + d + "（" + c + "）";
            case 1 -> letters + d + c;
            case 2 -> letters + d + " (" + c + ")";
            default -> letters + d + "(" + c + ")";
        };
    }

    /** A Hong Kong identity card number: A123456(3), A123456（3）, A1234563, A123456 (3); rarely on two letters. */
    static String hongKongId(RandomGenerator r) {
        String letters = r.nextInt(12) == 0 ? "X" + "ABCDEG".charAt(r.nextInt(6))
                : String.valueOf("ABCDEGKPRZ".charAt(r.nextInt(10)));
        return writtenHongKongId(letters, r);
    }

    /** A helper's identity card number, on W. */
    static String helperId(RandomGenerator r) {
        return writtenHongKongId("W", r);
    }

    /** The residence permit of a Hong Kong resident: 810000, born 1928 to 1995, check character; plain or 6-8-4. */
    static String residencePermit(RandomGenerator r) {
        String id = IdentifierForms.residentId(HONG_KONG_PERMIT, 1928, 68, r);
        return r.nextInt(3) == 0 ? id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14) : id;
    }

    /** A mainland resident ID on a Guangdong code, born 1940 to 2002; one in twelve a 15-digit number. */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(12) == 0) return IdentifierForms.legacyId(pick(GUANGDONG, r), 40, 40, r);
        String id = IdentifierForms.residentId(pick(GUANGDONG, r), 1940, 63, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    private static String eight(String first, RandomGenerator r) {
        return first.charAt(r.nextInt(first.length())) + digits(7, r);
    }

    private static String hongKongNumber(String n, RandomGenerator r) {
        String split = n.substring(0, 4) + " " + n.substring(4);
        return switch (r.nextInt(7)) {
            case 0 -> n;
            case 1 -> "+852 " + split;
            case 2 -> "+852" + n;
            case 3 -> "(852) " + split;
            default -> split;
        };
    }

    /** A Hong Kong mobile: 9123 4567, 91234567, +852 9123 4567, +85291234567, (852) 9123 4567. */
    static String hongKongMobile(RandomGenerator r) {
        return hongKongNumber(eight("569", r), r);
    }

    /** A Hong Kong landline, on 2 or 3, in the same forms. */
    static String hongKongLandline(RandomGenerator r) {
        return hongKongNumber(eight("23", r), r);
    }

    /** A Hong Kong mobile said in Cantonese: 九一二三 四五六七 or run on, 零 for nought. */
    static String spokenMobile(RandomGenerator r) {
        String n = eight("569", r);
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(CHINESE_DIGITS.charAt(c - '0'));
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 4) + " " + s.substring(4) : s;
    }

    /** A mainland mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, +86 139 1234 5678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86 " + n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            default -> n;
        };
    }

    /**
     * A mainland landline: Shenzhen 0755 and Dongguan 0769 with eight digits on 2 or 8, Guangzhou 020 on 3 or 8, Huizhou
     * 0752 with seven on 2, 3, 5 or 8: 0755-86912345, (0755)86912345, 0755 8691 2345, +86 755 8691 2345.
     */
    static String landline(RandomGenerator r) {
        String code = pick(List.of("0755", "0752", "020", "0769"), r);
        String local = switch (code) {
            case "0752" -> "2358".charAt(r.nextInt(4)) + digits(6, r);
            case "020" -> eight("38", r);
            default -> eight("28", r);
        };
        int cut = local.length() - 4;
        String split = local.substring(0, cut) + " " + local.substring(cut);
        return switch (r.nextInt(5)) {
            case 0 -> "(" + code + ")" + local;
            case 1 -> code + " " + split;
            case 2 -> "+86 " + code.substring(1) + " " + split;
            default -> code + "-" + local;
        };
    }

    /** The Shenzhen hospital's patient number: QK, the year's two digits, six more. */
    static String patientNumber(RandomGenerator r) {
        return "QK" + (18 + r.nextInt(8)) + digits(6, r);
    }

    /** Its inpatient number: IP, the year's two digits, six more. */
    static String inpatientNumber(RandomGenerator r) {
        return "IP" + (18 + r.nextInt(8)) + digits(6, r);
    }

    /** A Hospital Authority hospital number: HN, eight digits and a check character, in brackets or run on. */
    static String hospitalNumber(RandomGenerator r) {
        String n = "HN" + String.format("%02d", r.nextInt(25)) + digits(6, r);
        char c = "0123456789A".charAt(r.nextInt(11));
        return r.nextBoolean() ? n + "(" + c + ")" : n + c;
    }

    /** Victoria Harbour Life's policy number: VH and eight digits. */
    static String victoriaHarbourNumber(RandomGenerator r) {
        return "VH" + digits(8, r);
    }

    /** Lion Rock Medical's member number: LR-1234567-02 (the member's place on the policy last). */
    static String lionRockNumber(RandomGenerator r) {
        return "LR-" + digits(7, r) + "-0" + (1 + r.nextInt(4));
    }

    /** A Hong Kong insurer's number where the insurer is not named: either of those, or a group card GM123-456789. */
    static String policyNumber(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> victoriaHarbourNumber(r);
            case 1 -> lionRockNumber(r);
            default -> "GM" + digits(3, r) + "-" + digits(6, r);
        };
    }

    /** The Shenzhen medical-insurance computer number: nine digits on 6 or 7. */
    static String shenzhenInsuranceNumber(RandomGenerator r) {
        return "67".charAt(r.nextInt(2)) + digits(8, r);
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

    // Addresses.

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    private static String flatNo(int floor, RandomGenerator r) {
        return floor + String.format("%02d", 1 + r.nextInt(20));
    }

    /**
     * A Hong Kong flat in English: Flat 1807, 18/F, Lok Shun House, Lok Fu Estate, Wong Tai Sin, Kowloon; Rm 1807, 18/F,
     * …; FLAT 1807 18/F LOK SHUN HSE LOK FU EST WONG TAI SIN KLN; Flat B, 23/F, Block 3, Kornhill, Quarry Bay, Hong
     * Kong; Room 5, 3/F, 118 Pei Ho Street, Sham Shui Po, Kowloon.
     */
    static String hongKongAddress(RandomGenerator r) {
        int kind = r.nextInt(5);
        int floor = 2 + r.nextInt(35);
        if (kind < 3) {
            String[] t = pick(PUBLIC, r).split("\\|");
            String house = one(t[6], r).split(":")[1], flat = flatNo(floor, r);
            return switch (kind) {
                case 0 -> "Flat " + flat + ", " + floor + "/F, " + house + ", " + t[1] + ", " + t[3] + ", " + t[5];
                case 1 -> "Rm " + flat + ", " + floor + "/F, " + house + ", " + t[1] + ", " + t[5];
                default -> ("FLAT " + flat + " " + floor + "/F " + house.replace("House", "HSE") + " "
                        + t[1].replace("Estate", "EST") + " " + t[3] + " "
                        + switch (t[5]) {
                            case "Kowloon" -> "KLN";
                            case "New Territories" -> "NT";
                            default -> "HK";
                        }).toUpperCase();
            };
        }
        if (kind == 3) {
            String[] t = pick(PRIVATE, r).split("\\|");
            String block = r.nextBoolean() ? String.valueOf(1 + r.nextInt(40))
                    : String.valueOf("ABCDEFGHJK".charAt(r.nextInt(10)));
            return "Flat " + "ABCDEFGH".charAt(r.nextInt(8)) + ", " + floor + "/F, Block " + block + ", " + t[1] + ", "
                    + t[3] + ", " + t[5];
        }
        String[] t = pick(STREETS, r).split("\\|");
        return "Room " + (1 + r.nextInt(8)) + ", " + (1 + r.nextInt(7)) + "/F, " + (2 + r.nextInt(240)) + " " + t[1]
                + ", " + t[3] + ", " + t[5];
    }

    /** 九龍黃大仙樂富邨樂信樓18樓1807室, 樂富邨樂信樓1807室, 香港鰂魚涌康怡花園K座20樓C室, 九龍深水埗北河街118號3樓5室. */
    static String hongKongChineseAddress(RandomGenerator r) {
        int kind = r.nextInt(4), floor = 2 + r.nextInt(35);
        boolean withRegion = r.nextBoolean();
        if (kind < 2) {
            String[] t = pick(PUBLIC, r).split("\\|");
            String house = one(t[6], r).split(":")[0], flat = flatNo(floor, r);
            if (kind == 1) return t[0] + house + flat + "室";
            return (withRegion ? t[4] : "") + t[2] + t[0] + house + floor + "樓" + flat + "室";
        }
        if (kind == 2) {
            String[] t = pick(PRIVATE, r).split("\\|");
            String block = r.nextBoolean() ? String.valueOf(1 + r.nextInt(40))
                    : String.valueOf("ABCDEFGHJK".charAt(r.nextInt(10)));
            return (withRegion ? t[4] : "") + t[2] + t[0] + block + "座" + floor + "樓" + "ABCDEFGH".charAt(r.nextInt(8))
                    + "室";
        }
        String[] t = pick(STREETS, r).split("\\|");
        return (withRegion ? t[4] : "") + t[2] + t[0] + (2 + r.nextInt(240)) + "號" + (1 + r.nextInt(7)) + "樓"
                + (r.nextBoolean() ? (1 + r.nextInt(8)) + "室" : r.nextBoolean() ? "前座" : "後座");
    }

    /** A Hong Kong estate or street with its district: 黃大仙樂富邨, 深水埗北河街. */
    static String hongKongPlace(RandomGenerator r) {
        int kind = r.nextInt(3);
        String[] t = pick(kind == 0 ? PUBLIC : kind == 1 ? PRIVATE : STREETS, r).split("\\|");
        return t[0].startsWith(t[2]) ? t[0] : t[2] + t[0];
    }

    /**
     * A mainland flat: 惠州市惠阳区淡水街道碧湖花园6栋1803房; 深圳市福田区福华三路88号碧海云天花园B座1805; 街道, estate, N栋N单元NNN室;
     * with 广东省 before it one time in four.
     */
    static String mainlandFlat(RandomGenerator r) {
        String[] t = pick(MAINLAND_AREAS, r).split("\\|");
        String head = (r.nextInt(4) == 0 ? "广东省" : "") + t[0] + t[1];
        int floor = 2 + r.nextInt(30);
        String room = floor + String.format("%02d", 1 + r.nextInt(6));
        return switch (r.nextInt(3)) {
            case 0 -> head + one(t[2], r) + one(t[4], r) + (1 + r.nextInt(30)) + "栋" + room + "房";
            case 1 -> head + one(t[3], r) + (1 + r.nextInt(300)) + "号" + one(t[4], r)
                    + "ABCDEF".charAt(r.nextInt(6)) + "座" + room;
            default -> head + one(t[2], r) + one(t[4], r) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(4)) + "单元" + room
                    + "室";
        };
    }

    /** A mainland place that stops at the 街道, the road or the estate: 惠州市惠阳区淡水街道, 南山区海湾路, 大亚湾西区街道海湾明珠. */
    static String mainlandPlace(RandomGenerator r) {
        String[] t = pick(MAINLAND_AREAS, r).split("\\|");
        return switch (r.nextInt(3)) {
            case 0 -> t[0] + t[1] + one(t[2], r);
            case 1 -> t[1] + one(t[3], r);
            default -> t[1] + one(t[2], r) + one(t[4], r);
        };
    }

    // Dates of birth of the elderly, 1928 to 1962.

    private static int year(RandomGenerator r) {
        return 1928 + r.nextInt(35);
    }

    /** 12/03/1941, 12-03-1941, 1941-03-12, 1941年3月12日, 1941.03.12, 19410312. */
    static String birthDate(RandomGenerator r) {
        int y = year(r), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> String.format("%02d/%02d/%d", d, m, y);
            case 1 -> String.format("%02d-%02d-%d", d, m, y);
            case 2 -> String.format("%d-%02d-%02d", y, m, d);
            case 3 -> y + "年" + m + "月" + d + "日";
            case 4 -> String.format("%d.%02d.%02d", y, m, d);
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** 12 Mar 1941, 12 March 1941, 12-MAR-1941, March 12, 1941. */
    static String englishBirthDate(RandomGenerator r) {
        int y = year(r), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> d + " " + month + " " + y;
            case 2 -> String.format("%02d-%s-%d", d, month.substring(0, 3).toUpperCase(), y);
            default -> month + " " + d + ", " + y;
        };
    }

    /** 1941年3月12日 or 一九四一年三月十二日. */
    static String chineseBirthDate(RandomGenerator r) {
        int y = year(r), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return r.nextBoolean() ? y + "年" + m + "月" + d + "日"
                : IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                        + IdentifierForms.chineseNumber(d) + "日";
    }

    /** The sexagenary year: 辛巳 for 1941. */
    static String ganzhi(int y) {
        return "" + STEMS.charAt((y - 4) % 10) + BRANCHES.charAt((y - 4) % 12);
    }

    /** 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** Lunar, simplified: 农历辛巳年二月十六, 农历1941年二月十六, 阴历辛巳年腊月初八. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = year(r), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String md = LUNAR_MONTHS.charAt(m) + "月" + lunarDay(d);
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + ganzhi(y) + "年" + md;
            case 1 -> "农历" + y + "年" + md;
            default -> "阴历" + ganzhi(y) + "年" + md;
        };
    }

    /** Lunar, Traditional: 農曆辛巳年二月十六日, 舊曆辛巳年臘月初八, 農曆1941年二月十六日. */
    static String traditionalLunarBirthDate(RandomGenerator r) {
        int y = year(r), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String md = LUNAR_MONTHS_TRAD.charAt(m) + "月" + lunarDay(d);
        return switch (r.nextInt(3)) {
            case 0 -> "農曆" + ganzhi(y) + "年" + md + "日";
            case 1 -> "舊曆" + ganzhi(y) + "年" + md;
            default -> "農曆" + y + "年" + md + "日";
        };
    }

    // The pools' written forms.

    private static Map<String, String> writtenForms() {
        Map<String, String> out = new HashMap<>();
        for (String[] p : Stream.concat(ELDER_ROWS.stream(), HK_ROWS.stream()).toList()) {
            put(out, p[0], p[0]);
            put(out, p[1], p[0]);
            for (String f : romanisedForms(p[0])) put(out, f, p[0]);
            put(out, cardForm(p[0]), p[0]);
            if (!p[4].isEmpty()) put(out, englishForm(p[0]), p[0]);
            if (p.length > 6 && !p[6].isEmpty()) {
                put(out, marriedName(p[0]), p[0]);
                for (String f : marriedForms(p[0])) put(out, f, p[0]);
            }
        }
        for (String s : STAFF_NAMES) {
            put(out, s, s);
            for (String f : pinyinForms(s)) put(out, f, s);
        }
        for (String n : Stream.of(MINORITY, NICKNAMES).flatMap(List::stream).toList()) put(out, n, n);
        for (String e : EXPATS) put(out, e.replace('|', ' '), e.replace('|', ' '));
        return Map.copyOf(out);
    }

    /** Each written form names one person only. */
    private static void put(Map<String, String> out, String form, String person) {
        String before = out.put(form, person);
        if (before != null && !before.equals(person)) {
            throw new IllegalStateException("two people written alike: " + form);
        }
    }

    private static Set<String> parts() {
        Set<String> out = new HashSet<>();
        for (String[] p : Stream.concat(ELDER_ROWS.stream(), HK_ROWS.stream()).toList()) {
            out.addAll(List.of(surnameOf(p[0]), surnameOf(p[1]), title(p[2]), addressedGivenName(p[0]),
                    addressedGivenName(p[1])));
            if (!p[4].isEmpty()) out.add(p[4]);
        }
        for (String s : STAFF_NAMES) out.add(surnameOf(s));
        for (String h : HELPERS) out.addAll(List.of(h.split("\\|")[0], h.split("\\|")[1]));
        for (String e : EXPATS) out.addAll(List.of(given(e), family(e)));
        return Set.copyOf(out);
    }

    /** Whether a value is a pool name as OCR breaks it: a pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && FULL.containsKey(joined)
                && joined.codePoints().noneMatch(TemplateChecks::isLatin);
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null || PARTS.contains(w);
    }

    /** The person a labelled value names in full, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        String full = FULL.get(w);
        if (full != null) return full;
        return isScannedName(w) ? FULL.get(w.replaceAll("[ \n\u3000]", "")) : null;
    }

    /** Every written full form (Han, romanised, pinyin, married, English, helpers, expatriates, nicknames). */
    static Set<String> writtenFullForms() {
        return FULL.keySet();
    }

    static List<String> nicknames() {
        return NICKNAMES;
    }

    static List<String> minorityNames() {
        return MINORITY;
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    /** The expatriates in full. */
    static List<String> fullForms() {
        return EXPATS.stream().map(e -> e.replace('|', ' ')).toList();
    }

    /** The Latin family names of the pools: expatriates and helpers (romanised Hong Kong surnames are not new). */
    static Stream<String> englishSurnames() {
        return Stream.concat(EXPATS.stream().map(PoolNameForms::family), HELPERS.stream().map(h -> h.split("\\|")[1]));
    }

    /** The Latin given names: expatriates, helpers and the English first names of Hong Kong people. */
    static Stream<String> englishGivenNames() {
        return Stream.of(EXPATS.stream().map(PoolNameForms::given), HELPERS.stream().map(h -> h.split("\\|")[0]),
                Stream.concat(ELDER_ROWS.stream(), HK_ROWS.stream()).map(p -> p[4]).filter(s -> !s.isEmpty()))
                .flatMap(s -> s);
    }

    /** The romanised Hong Kong surnames, title case. */
    static List<String> romanisedSurnames() {
        return Stream.concat(ELDER_ROWS.stream(), HK_ROWS.stream()).map(p -> title(p[2])).distinct().toList();
    }

    static List<String> areaCodes() {
        return GUANGDONG;
    }

    /** The Traditional and simplified forms of the Hong Kong people, and their surnames' pairs. */
    static Map<String, String> simplifiedByTraditional() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] p : Stream.concat(ELDER_ROWS.stream(), HK_ROWS.stream()).toList()) out.put(p[0], p[1]);
        return out;
    }

    static List<String> allRomanisedForms() {
        List<String> out = new ArrayList<>();
        for (String n : Stream.concat(ELDER_NAMES.stream(), HK_NAMES.stream()).toList()) out.addAll(romanisedForms(n));
        for (String w : WIVES) out.addAll(marriedForms(w));
        for (String s : STAFF_NAMES) out.addAll(pinyinForms(s));
        return out;
    }
}

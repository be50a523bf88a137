package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.chineseYear;
import static com.yilian.agents.deid.IdentifierForms.chineseNumber;
import static com.yilian.agents.deid.IdentifierForms.ordinal;

/**
 * Fifteenth blind group: templates, name pools and identifier forms written without seeing the rules, the model, their
 * error lists, the older groups' sentences or the development templates, in the template language of
 * {@link ClinicalTextGenerator}. To be measured once, with the rules and the model frozen, on seed {@link #SEED}
 * (select it in {@link DeidDevelopmentProbe} as {@code BLIND_15}); a rule changed, or a model retrained, because of
 * its errors makes it development data and needs a new blind group for the next honest estimate.
 *
 * <p>The documents: primary care and public health as a county medical consortium sees them, and what flows up to the
 * tertiary hospital — family-doctor contracts (家庭医生签约: agreement, roster, home visits, renewal and cancellation),
 * village-clinic day books and village doctors' notes, two-way referral slips and letters, infectious-disease report
 * cards, TB tracing and epidemiological interviews, chronic-disease follow-up forms (hypertension, diabetes, severe
 * mental illness), vaccination certificates, reminders and adverse-event reports, death certificates and death-case
 * discussions, pharmacy dispensing and controlled-drug registers, rehabilitation, dental, ophthalmology, psychiatry
 * and counselling, nursing-home logs and long-term-care assessments, occupational-disease examinations, doctors'
 * WeChat groups, SMS reminders and e-mails, speech-recognised notes without punctuation, OCR'd scans with letters
 * spaced apart and fields broken over lines, CSV/TSV/pipe exports with headers, JSON, XML and HL7 fragments,
 * commercial and public insurance claims, discharge summaries, consent forms with signatures, handovers, laboratory
 * report headers, maternal and child health (pregnancy booklets, birth certificates, newborn visits), traditional
 * Chinese medicine, health check-ups, pre-hospital (120) records, paediatrics, disability and relief forms; and about a
 * tenth in English (referral letter, lab header, vaccination record, claim form, chat message, handover, e-mail,
 * death certificate, recall SMS, psychiatric note, occupational health, pharmacy log, CSV export).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, guardians, witnesses,
 * village doctors, nurses, pharmacists, therapists, carers, drivers, dispatchers, in Chinese, minority, English or
 * pinyin form. A surname in a form of address (老X, 小X, X姐, X奶奶, X大爷, X爷爷, X师傅, X老师, X院长, X老中医,
 * X先生, X主任, Dr X) labels the surname only ({@code PS}, {@code FS}, {@code DS}); a given name used alone
 * ({@code PG}, e.g. 秀云阿姨) labels the given name (a single-character given name is never used alone: {@code PG} then
 * writes the full name). New forms of this group: {@code PO}, the patient's name as an OCR engine returns it, its
 * characters spaced apart (冉 德 昭, 冉 德昭), labelled as one span with the blanks; {@code PY}, a person known only by a
 * pinyin name (RAN SHUYI, Ran Shuyi, RAN Shuyi, Shuyi RAN). Labelled identifiers: resident identity numbers
 * ({@code ID}: plain, lower-case x, 6 4 4 4 by blanks), mobiles ({@code M}: plain, 3-4-4 by hyphens or blanks,
 * +86 138 1234 5678, (+86)13812345678, 138 12345678), landlines ({@code L}: 0855-8234567, 0855－8234567 with a
 * full-width hyphen, 08558234567, (0855)8234567, Shanghai 021-6234 5678, with an extension 分机NNN or 转NNN that
 * belongs to the span), addresses ({@code A}, {@code A0}: urban 路/号/小区/栋/单元/室, Shanghai 弄, Guizhou and Liangshan
 * 村/组, Inner Mongolian 旗/苏木/嘎查, Gansu 村/社, county-town streets, coastal and Shandong villages), record numbers
 * ({@code R}: MZ2024001234 outpatient, ZY00345678 inpatient, a bare seven-digit 病案号, JZ24-01234 emergency,
 * KQ-2024-0312 dental, HIS000123456), insurance numbers ({@code I}: NH plus sixteen digits of the rural scheme, CX plus
 * fourteen of the urban-rural residents' scheme, YB520-123456789, two letters and seven digits of long-term care),
 * bank cards ({@code B}: plain, in fours by blanks or by hyphens), dates of birth ({@code DOB}: 1962年4月7日,
 * 1962-04-07, 1962.04.07, 19620407, 1962年04月, 一九六二年四月七日, 1962/4/7, 62年4月7号; English {@code DOBE}:
 * 07-Apr-1962, Apr 7, 1962, 7th April 1962, 1962-04-07, 04/07/1962; a child's {@code NB}). The birth-date span is the
 * date only. Not labelled: dates of visits, contracts, onset, vaccination, sampling, death; times; ages and 月龄; bed,
 * room, queue, appointment, prescription, tube, card-serial and batch numbers ({@code CODE}); money amounts; lab and
 * refraction values; hospital, clinic, school, company and department names; herbs and drugs that read as names
 * (王不留行, 白头翁, 当归, 黄芪, 马钱子), eponymous institutions (白求恩国际和平医院, 李时珍中医院, 宋庆龄
 * 基金会), words that begin with a surname (马上, 高峰期, 黄疸, 石膏, 文明), place words in complaints (北京东路 only
 * inside addresses; 东北口音, 南方人).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind14Templates} nor among the names {@link SyntheticValues} can generate: people born in the 1920s–40s
 * (冉德昭, 瞿叙伦), 1950s–70s (戚志刚, 栾素琴), 1980s–90s (阙思琪, 邰梦瑶), recent cohorts (岑沐宸, 鲍知夏), rural
 * names (吕石头, 杨四妮, 马栓牢), Miao, Dong and Buyei names of Guizhou written in Chinese (龙金花, 石老乔, 欧妹九),
 * Tujia names, Taiwanese, Hakka and Cantonese names in traditional characters (鍾嘉穎, 區志雄), married double surnames
 * (張林美惠), Korean-Chinese names, rare single surnames (庾, 綦, 雒, 昝, 嵇, 乜, 蹇, 亢, 伏, 仇, 盖, 查), compound surnames
 * (欧阳, 诸葛, 慕容, 尉迟, 呼延, 宇文, 司徒, 澹台, 钟离, 闻人, 太史, 赫连, 公冶) and two-character names; in the minority
 * pool Uyghur, Kazakh, Kyrgyz, Tajik, Tibetan, Mongolian, Yi and Dai names; in the English pool Irish, Welsh, Filipino,
 * Vietnamese, Russian, Korean, Japanese, Brazilian, Mexican, Ethiopian, Kenyan, Egyptian, Iranian, Turkish, Greek,
 * Dutch, Finnish, Czech, Romanian, Sri Lankan, Nepali, Bangladeshi, Indonesian, Malaysian, Samoan, Maori, Zambian,
 * Cameroonian, Chilean, Norwegian, Icelandic, Estonian and Australian names; a pool of pinyin names. Only a few
 * ({@link #WORD_LIKE}, under a tenth) are also ordinary words. Own slots: {@code N}, a further Chinese name drawn
 * afresh at each use; {@code PS}, {@code FS}, the surnames of patient and family member; {@code PG}, the patient's
 * given name; {@code PO}, {@code PY} above; {@code EG}, {@code ES}, an English given or family name alone. Any
 * non-empty subset of {@link #BLIND_15} uses these pools (see {@link #uses}).
 */
final class Blind15Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20261216L;

    static final List<String> BLIND_15 = List.of(
            // Family-doctor contracts.
            "家庭医生签约服务协议书\n甲方（签约团队）：{HOSP}全科团队  团队长：{DR}\n乙方（居民）：{P}  身份证号：{ID}\n"
                    + "联系电话：{M}  现住址：{A}\n签约包：高血压个性化服务包（年费120元，医保统筹支付100元）\n"
                    + "乙方签字：{P}  签约日期：{D}\n",
            "签约居民花名册（控拜村）\n序号 姓名 性别 出生年月 联系电话 重点人群\n1 {P} {SEX} {DOB} {M} 老年人/高血压\n"
                    + "2 {N} 女 {DOB} {M} 孕产妇\n3 {MN} 男 {DOB} {M} 糖尿病\n",
            "家医团队上门：{D}到{PS}奶奶家，{P}{AGE}岁独居，血压{BP}，硝苯地平控释片30mg qd照吃，药盒里还剩一板；"
                    + "儿子{F}在温州打工，电话{M}，已让他下月寄药。签约医生{DR}、护士{N}\n",
            "续签提醒：{P}您好，您与{DR}医生团队的家庭医生签约将于月底到期，续签请带身份证和医保电子凭证到村卫生室，"
                    + "或回复1由{DS}医生上门办理。\n",
            "解约申请：本人{P}（身份证{ID}）因搬到{A0}居住，申请解除与{N}医生的签约关系。申请人：{P} {D}\n",
            // Village doctors.
            "村卫生室门诊日志 {D}\n{P} {SEX} {AGE}岁 感冒 {DRUG}{DOSE} 收费8元\n{N} 男 {AGE}岁 腰疼 膏药 5元\n"
                    + "{PS}家二小子 擦伤 碘伏 2元\n村医：{DR}\n",
            "{P}他妈打电话说娃烧到39度 我骑摩托过去看了 扁桃体二度大 给了点布洛芬混悬液 叫明天去乡卫生院找{DS}院长看看 "
                    + "她家住{A0}\n",
            "村医巡诊记录 老{PS}（{P}）脑梗后遗症 右侧肢体活动不利 拄拐能走 吃饭呛咳 已经跟他闺女{F}讲了要软食 "
                    + "下回来量血压 村医{N}\n",
            "乡村医生代购药品登记：{P} 需二甲双胍缓释片 3盒 代领人{F}（{KIN}） 电话{M} 医保{I}\n",
            "{PS}大爷（{P}）今早在地里晕倒 邻居{N}发现 我到时已醒 血糖2.8 喂了糖水 马上联系了{HOSP} 120 回电{L}\n",
            // Referrals.
            "双向转诊（上转）单\n患者姓名：{P}  性别：{SEX}  年龄：{AGE}  身份证：{ID}\n初步诊断：{DIS}\n"
                    + "转出单位：雷山县人民医院  转出医生：{DR}（电话{M}）\n转入单位：{HOSP}{DEPT}\n"
                    + "病情摘要：{SYM}{DUR}，当地治疗效果欠佳。\n",
            "转诊介绍信\n{HOSP}{DEPT}各位老师：\n兹有我院患者{P}，{SEX}，{AGE}岁，住院号{R}，因{DIS}需进一步诊治，"
                    + "特转上贵院，请予接诊为盼。\n此致\n敬礼\n经治医生：{DR}  {D}\n",
            "回转单：{P}在白求恩国际和平医院行PCI术后病情稳定，下转回社区继续管理，请{N}医生按时随访，患者手机{M}，"
                    + "住址{A}\n",
            "转诊预约回执\n预约序号：0341  就诊序号：12\n患者：{P}  医保卡号：{I}\n预约科室：{DEPT}  就诊时间：{D} 上午\n"
                    + "转诊医生：{DR}\n",
            "危重孕产妇转诊记录：{P}，孕32周，血压{BP}，头痛视物模糊，子痫前期重度，{TIME}由乡卫生院转出，随车医生{N}，"
                    + "丈夫{F}（{M}）陪同，预计{TIME}到达州医院产科。\n",
            // Infectious disease and public health.
            "中华人民共和国传染病报告卡\n卡片编号：{CODE}  报卡类别：初次报告\n患者姓名：{P}  家长姓名：{F}\n"
                    + "有效证件号：{ID}  性别：{SEX}  出生日期：{DOB}\n工作单位：个体  联系电话：{M}\n现住址：{A}\n"
                    + "病例分类：临床诊断病例  疾病名称：手足口病\n报告医生：{DR}  填卡日期：{D}\n",
            "肺结核转诊追踪：{P}，痰涂片阳性，登记号{CODE}，已告知其到县疾控结核门诊，疾控{N}于{D}电话追踪，"
                    + "本人手机{M}，家中座机{L}\n",
            "发热门诊流调：{P}近14天去过{A0}，同住人{F}、{N}，密接均已登记，东北口音，自述是跑长途的，流调员{N}\n",
            // Chronic-disease follow-up.
            "高血压患者随访服务记录表\n姓名：{P}  编号：{CODE}\n随访日期：{D}  随访方式：门诊\n症状：无  血压：{BP}  "
                    + "心率：{HR}次/分  体重：68kg\n用药：{DRUG}{DOSE}\n下次随访：{D}  随访医生签名：{DR}\n",
            "2型糖尿病随访 {P} 空腹血糖9.6 没按时吃药 说是药吃完了没去拿 已交代他爱人{F}督促 随访医生{DS}\n",
            "慢病管理系统导出\n姓名,身份证号,管理病种,最近随访,责任医生\n{P},{ID},高血压,{D},{DR}\n{N},{ID},糖尿病,{D},{DR}\n",
            "严重精神障碍患者随访：{P}，病情稳定，利培酮2mg qn，监护人{F}（{KIN}），监护人电话{M}，危险性评估0级，"
                    + "随访人{N}\n",
            // Vaccination.
            "预防接种证\n儿童姓名：{P}  性别：{SEX}  出生日期：{NB}\n父亲：{F}  母亲：{N}\n联系电话：{M}\n家庭住址：{A}\n"
                    + "接种单位：西江镇卫生院预防接种门诊\n",
            "接种记录：乙肝疫苗第2剂 批号202312A07 部位左上臂三角肌 接种者{N} 受种者{P}（{NB}出生）留观30分钟无异常\n",
            "【接种提醒】{F}家长您好，您的孩子{P}应于{D}接种麻腮风疫苗第1剂，请携带接种证前往接种门诊，咨询电话{L}。\n",
            "疫苗异常反应报告：{P}，{NB}生，接种百白破后{DUR}出现发热{TEMP}，接种点局部红肿3cm，报告人{N}，家长{F}电话{M}\n",
            // Deaths.
            "居民死亡医学证明（推断）书\n死者姓名：{P}  性别：{SEX}  民族：汉  身份证号：{ID}\n出生日期：{DOB}  "
                    + "死亡日期：{D}\n生前住址：{A}\n直接死亡原因：急性心肌梗死\n家属姓名：{F}  联系电话：{M}\n医师签名：{DR}\n",
            "死亡病例讨论：{P}入院后{DUR}死亡，主持人{DR}，参加{N}、{N}、{N}，死亡原因：{DIS}并多器官功能衰竭，"
                    + "家属{F}拒绝尸检\n",
            // Pharmacy.
            "门诊药房发药单\n处方号：{CODE}  患者：{P}  {SEX}  {AGE}岁  门诊号：{R}\n{DRUG} {DOSE} ×2盒\n"
                    + "审核：{N}  调配：{N}  核对发药：{N}\n",
            "药房窗口：{P}的药是{KIN}{F}代取的 核对了{P}的身份证{ID} 麻醉药品登记本已签字 发药药师{N}\n",
            "第二类精神药品专册登记 {D} 患者{P} 身份证{ID} 艾司唑仑1mg×14片 处方医生{DR} 取药人签名{P}\n",
            "用药咨询热线记录：来电人{F}，电话{L}，咨询其母{P}服用华法林能否同吃当归、黄芪，药师{N}答复：当归可能增强"
                    + "抗凝作用，需监测INR\n",
            // Rehabilitation.
            "康复评定记录 {P} 脑梗死后3个月 Fugl-Meyer 上肢32分 下肢21分 Barthel 60分 治疗师{N} 康复医师{DR} "
                    + "下次评定{D}\n",
            "康复科治疗单 床号23 {P} PT+OT+针灸 每日一次 陪护：{F}（{KIN}）{M}\n",
            "居家康复电话回访：{PG}阿姨恢复得不错 能扶着助行器走到楼下了 {P}的女儿{F}问能不能减巴氯芬 已请{DS}医生回电\n",
            // Dental.
            "口腔科门诊病历 {D}\n姓名：{P}  病历号：{R}\n主诉：右下后牙咬物痛{DUR}\n检查：46 深龋及髓，叩(+)\n"
                    + "处置：46 开髓引流，预约根管治疗\n医师：{DR}  护士：{N}\n",
            "种植牙知情同意书 患者{P} 种植位点36、37 种植体品牌登腾 患者签名{P} 医生签名{DR} 见证人{N} 电话{M}\n",
            "正畸复诊预约：{P}小朋友（{NB}生）下次换弓丝{D}，家长{F}手机{M}，{DS}医生\n",
            "牙科诊所收费单 患者{P} 会员卡号{CODE} 洁牙280元 树脂充填×2 360元 微信支付 收费员{N}\n",
            // Ophthalmology.
            "眼科门诊 {P} {AGE}岁 视力 OD 0.3 OS 0.8 眼压 OD 28mmHg OS 17mmHg C/D 0.7 考虑原发性开角型青光眼 "
                    + "拉坦前列素qn 门诊号{R} {DR}\n",
            "白内障复明工程登记表\n姓名：{P}  身份证：{ID}\n住址：{A}\n手术眼：右眼  人工晶体：+21.5D\n"
                    + "手术医生：{DR}  补助账户：{B}\n",
            "眼底筛查（糖网）：{P} 双眼NPDR中度 建议激光 {KIN}{F}陪同 电话{M} 筛查医生{N}\n",
            "配镜处方 {P} OD -3.25DS/-0.75DC×180 OS -2.75DS PD 62mm 验光师{N} {D}\n",
            // Psychiatry and counselling.
            "心理咨询记录（保密）来访者{P}，{AGE}岁，大二学生，近一月情绪低落，PHQ-9 17分，提到室友{N}和辅导员{N}，"
                    + "咨询师{DR}，紧急联系人{F}{M}\n",
            "精神科会诊：{P}（病区里都叫她{PG}）术后谵妄 夜间喊她丈夫{F}的名字 喹硫平12.5mg qn {DR}\n",
            "住院患者外出请假单 患者{P} 住院号{R} 请假事由：回家过中秋 担保人{F}（{KIN}） 身份证{ID} 主治医师{DR}同意\n",
            "睡眠门诊：{P} PSQI 15分 自述邻居{N}家装修吵 阿普唑仑0.4mg prn {DS}医生\n",
            // Nursing homes and long-term care.
            "护理日志 {D} 夜班\n201房{P}（{PS}奶奶）凌晨{TIME}起夜一次，无跌倒\n203房{N}咳嗽，体温{TEMP}，"
                    + "已告知值班医生{DR}\n记录人：{N}\n",
            "养老院入住登记\n老人姓名：{P}  出生日期：{DOB}  身份证号：{ID}\n护理等级：二级\n紧急联系人：{F}（{KIN}） "
                    + "手机：{M}\n原住址：{A}\n",
            "护工交接：{PS}爷爷今天吃了大半碗粥，下午他闺女{F}来送了香蕉，血压{BP}。护工{N}\n",
            "长护险评估 {P} {AGE}岁 失能等级重度 长护险编号{I} 评估员{N}、{N} 家属{F}在场\n",
            // Occupational disease.
            "职业健康检查表\n姓名：{P}  身份证号：{ID}\n用人单位：沂南县石材厂  工种：切割工  接害工龄：11年\n"
                    + "危害因素：矽尘、噪声\n胸片：双肺散在小阴影 建议职业病诊断\n主检医师：{DR}\n",
            "职业病诊断证明书 {P}（{PS}师傅） 尘肺病贰期 诊断医师{DR}、{N}、{N} 用人单位联系人{N} 电话{L}\n",
            "农药中毒报告：{P}，{AGE}岁，喷洒百草枯后{DUR}口腔溃疡，家属{F}送入院，住址{A0}，住院号{R}\n",
            // Doctors' chat groups.
            "【县域医共体会诊群】\n{DR}：@{N} 你们那边那个{P} 肌酐多少\n{N}：286 上周是190\n"
                    + "{DR}：嗯 让{PS}老师明天转过来吧 床我留着\n{N}：好的 家属电话{M} 我发你了\n",
            "医生群聊天记录\n[语音] 6秒\n{N}：收到 {DS}主任\n{N}：12床那个{P}的片子我放共享盘了 影像号{R}\n[图片]\n"
                    + "{DR}：ok\n",
            "[微信] {F}：医生您好，我是{P}的{KIN}，我妈今天早上血糖13点几，要不要加胰岛素\n"
                    + "{DR}：先别加，中午饭后两小时再测一次发我\n{F}：好的谢谢{DS}医生\n",
            "护理群通知：明天护理部检查，各病区把{N}、{N}两位新护士的带教记录补齐。另：19床{P}家属{F}投诉陪护床收费，"
                    + "已由护士长{N}处理\n",
            "转发：“{P}，男，{AGE}岁，身份证{ID}，现在急诊，谁认识家属？电话打不通{M}” 来自急诊{N}\n",
            // SMS.
            "【州人民医院】尊敬的{P}，您预约的{DEPT}{DR}医生号源（{D} 第8号）已成功，就诊卡号{R}，如需取消请提前一天"
                    + "拨打{L}。\n",
            "【体检中心】{P}先生/女士您好，您的体检报告（体检号{CODE}）已出，有异常项请联系{N}医生{M}。\n",
            "【随访】{F}您好，{P}的出院复查时间为{D}，请空腹，带上医保卡{I}。回复TD退订\n",
            "短信发送记录 {D} {TIME}\n接收号码：{M}\n内容：{P}您好，您的化验结果已出，请尽快来院复诊。\n状态：已送达\n",
            // E-mail.
            "发件人：{N}\n收件人：{DR}\n主题：关于患者{P}（病案号{R}）的病历复印申请\n{DS}主任：\n"
                    + "患者家属{F}要求复印全部病历用于商业保险理赔，已核对委托书及身份证{ID}，请审批。\n病案室 {N}\n",
            // Speech recognition without punctuation.
            "语音病历 患者{P}男性{AGE}岁因为反复咳嗽咳痰二十年加重三天入院既往慢阻肺病史吸烟四十年每天一包家属{F}诉"
                    + "昨晚喘得厉害主管医生{DR}\n",
            "语音录入 今天查房{PS}大爷说晚上睡不着觉 腿还是肿 尿量一千二 呋塞米继续 跟他儿子{F}说了明天做心超 {DS}主任\n",
            "转写：嗯那个病人叫{P}吧身份证号是{ID}对然后电话是{M}住在{A0}就是说昨天晚上开始肚子疼\n",
            "电话录音转写 {TIME} 来电者自称是{P}的{KIN}叫{F}说老人在家摔了一跤起不来了地址是{A}我们已派车\n",
            "语音输入 病人{P}出生于{DOB}既往高血压糖尿病对青霉素过敏主诉胸闷气短{DUR}\n",
            // OCR'd scans.
            "[OCR] 姓 名：{PO}  性 别：{SEX}\n身份证号 码：{ID}\n住 院 号：{R}\n入 院 日 期：{D}\n",
            "扫描件识别结果\n患者{PO}\n出生\n日期 {DOB}\n联系\n电话 {M}\n医生签名：{DR}\n",
            "OCR| 出院证明书 |姓名 {PO} |科别 {DEPT} |住院号 {R} |出院诊断 {DIS} |医师 {DR}|\n",
            "（手写体识别）患者：{P}\n家属签字：{F}\n与患者关系：{KIN}\n签 字 日 期：{D}\n身 份 证：{ID}\n",
            "病历首页扫描\n姓名 {PO}    性别 {SEX}    出生日期 {DOB}\n现住址 {A}\n联系人姓名 {F}  关系 {KIN}  电话 {L}\n",
            // Spreadsheet exports.
            "住院号\t姓名\t性别\t年龄\t床号\t主管医生\n{R}\t{P}\t{SEX}\t{AGE}\t15\t{DR}\n{R}\t{N}\t{SEX}\t{AGE}\t16\t{DR}\n",
            "\"序号\",\"患者姓名\",\"身份证号\",\"银行卡号\",\"补助金额\"\n\"1\",\"{P}\",\"{ID}\",\"{B}\",\"3000.00\"\n"
                    + "\"2\",\"{N}\",\"{ID}\",\"{B}\",\"1500.00\"\n",
            "导出时间：{D}\n科室|床号|姓名|诊断|医保类别|医保号\n{DEPT}|08|{P}|{DIS}|城乡居民|{I}\n"
                    + "{DEPT}|09|{MN}|{DIS2}|职工|{I}\n",
            "排班表\n日期,白班,夜班,备班\n{D},{N},{N},{DR}\n{D},{N},{N},{DR}\n",
            // JSON, XML, HL7.
            "{\"patientName\":\"{P}\",\"idCard\":\"{ID}\",\"mobile\":\"{M}\",\"visitDate\":\"{D}\",\"dept\":\"{DEPT}\"}\n",
            "<Patient><Name>{P}</Name><Gender>{SEX}</Gender><BirthDate>{DOB}</BirthDate><IDCard>{ID}</IDCard>"
                    + "<Tel>{M}</Tel></Patient>\n",
            "HL7片段\nPID|1||{R}^^^HIS||{PY}||{DOB}|{SEX}|||{A}||{M}\n",
            "{\"cardNo\":\"{B}\",\"holder\":\"{P}\",\"insuranceNo\":\"{I}\",\"address\":\"{A}\",\"remark\":\"退费\"}\n",
            "<followup date=\"{D}\" doctor=\"{DR}\"><resident id=\"{ID}\" name=\"{P}\"/><bp>{BP}</bp></followup>\n",
            // Insurance and claims.
            "商业保险理赔申请书\n被保险人：{P}  证件号码：{ID}\n出险日期：{D}  就诊医院：{HOSP}\n申请人：{F}  "
                    + "与被保险人关系：{KIN}\n收款账户：{B}  开户行：农业银行\n联系电话：{M}\n",
            "医保报销结算单\n姓名：{P}  医保编号：{I}  住院号：{R}\n总费用 23,456.78 统筹支付 15,882.10 个人自付 7,574.68\n"
                    + "经办人：{N}\n",
            "门诊慢特病待遇申请：{P}，身份证{ID}，申请病种：慢性肾衰竭（透析），医保{I}，鉴定医生{DR}、{N}\n",
            "大病保险二次报销 {P} 户主{F} 户籍{A} 开户账号{B} 村委经办{N} 电话{M}\n",
            // Discharge.
            "出院小结\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁  住院号：{R}\n入院日期：{D}  出院日期：{D}\n"
                    + "出院诊断：{DIS}；{DIS2}\n出院医嘱：{DRUG}{DOSE}，两周后{DEPT}门诊复查\n主治医师：{DR}  住院医师：{N}\n",
            "出院带药清单 {P} 床号07 {DRUG} {DOSE} ×7天 药师{N} 护士{N} 家属{F}签收\n",
            "出院随访卡：{P}（{PG}）剖宫产术后第5天出院 宝宝{N} {NB}出生 体重3350g 产后访视护士{N} 电话{L}\n",
            "出院登记本 {D} {P} {R} 好转出院 黄疸已退 经办{N}\n",
            // Consent forms.
            "输血治疗知情同意书\n患者：{P}  住院号：{R}  血型：O型 RhD阳性\n……我已充分了解上述风险，同意输血。\n"
                    + "患者签名：{P}\n委托代理人签名：{F}  关系：{KIN}  电话：{M}\n医师签名：{DR}  {D} {TIME}\n",
            "手术知情同意书（摘录）拟行手术：腹腔镜胆囊切除术 术者{DR} 一助{N} 麻醉医师{N} 患者本人{P}因不识字由其{KIN}"
                    + "{F}代签 按手印 见证护士{N}\n",
            "授权委托书\n委托人：{P}  身份证：{ID}\n受托人：{F}  身份证：{ID}\n现委托{FS}先生/女士全权代理本人在住院期间的"
                    + "知情同意事宜。\n委托人签字：{P}  日期：{D}\n",
            "拒绝治疗声明：本人{P}，出生于{DOB}，经{DR}医生详细告知，仍拒绝行气管插管，后果自负。签名：{P} 见证人：{N}\n",
            // Handovers.
            "夜班交班报告 {D}\n新入：9床 {P} {AGE}岁 {DIS} 已予{DRUG}\n手术：14床 {N} 全麻下阑尾切除 返室生命体征平稳\n"
                    + "危重：21床 {MN} 血氧88% 已通知{DS}医生\n交班护士：{N}  接班护士：{N}\n",
            "ICU交班 {P} 机械通气第4天 PEEP 8 FiO2 45% 去甲肾0.2μg/kg/min 老婆{F}下午探视哭了 已请心理科 今晚{DR}值班\n",
            "急诊交班 {TIME} 留观3号 {PS}姐 {AGE}岁 腹痛待查 淀粉酶正常 B超胆囊结石 等外科{N}会诊\n",
            "产房交班：{P} G2P1 孕39+2周 宫口开3cm 胎心140 丈夫{F}在门外 助产士{N} 医生{DR}\n",
            // Laboratory.
            "检验报告单\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁  病历号：{R}\n科室：{DEPT}  床号：12  标本：静脉血\n"
                    + "送检医生：{DR}  采样时间：{D} {TIME}\n检验者：{N}  审核者：{N}\n",
            "病理标本交接登记：{D} {P} 住院号{R} 胃窦活检3块 送检护士{N} 接收{N} 交接时间{TIME}\n",
            "核酸检测采样登记：{P}，身份证{ID}，手机{M}，采样点：西江镇卫生院，试管号{CODE}\n",
            "外送检验单 {P} {SEX} 出生{DOB} 送检项目 HLA-B27 外送单位金域 条码{CODE} 开单医生{DR}\n",
            // Maternal and child health.
            "孕产妇保健手册建册\n孕妇姓名：{P}  出生日期：{DOB}  身份证：{ID}\n丈夫姓名：{F}  电话：{M}\n户籍地址：{A}\n"
                    + "末次月经：{D}  预产期：{D}\n建册医生：{DR}\n",
            "出生医学证明首次签发登记\n新生儿姓名：{N}  出生时间：{NB} {TIME}\n母亲：{P}  身份证：{ID}\n父亲：{F}  "
                    + "身份证：{ID}\n接生人员：{N}\n",
            "新生儿访视：{N}（{NB}出生）黄疸消退 脐带已脱 母亲{P}母乳喂养 社区护士{N} 下次{D}\n",
            "产后42天检查 {P} 恶露已净 血压{BP} 宝宝体重增加1.2kg 家庭医生{DR}\n",
            // Traditional Chinese medicine.
            "中医门诊处方\n姓名：{P}  门诊号：{R}\n辨证：气阴两虚\n黄芪30g 党参15g 麦冬12g 五味子6g 王不留行10g 白头翁10g\n"
                    + "7剂 水煎服 日一剂\n医师：{DR}  调剂：{N}\n",
            "针灸治疗记录 {P} 取穴足三里 三阴交 合谷 太冲 留针30分钟 治疗师{N} 第5次 李时珍中医院针灸科\n",
            "膏方预约 {P} 体质偏阳虚 {DS}老中医开方 含鹿角胶 阿胶 冬虫夏草 代煎 快递至{A} 收件电话{M}\n",
            // Check-ups.
            "健康体检报告封面\n体检编号：{CODE}\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n单位：凯里市第三中学\n"
                    + "主检医生：{DR}\n",
            "入职体检异常通知：{P}，ALT 126U/L，HBsAg阳性，请于一周内到{DEPT}复查。通知人{N}，联系电话{L}\n",
            "老年人免费体检登记 {P} {AGE}岁 身份证{ID} 住{A0} B超：脂肪肝 心电图：窦性心律 签约医生{DR}\n",
            // Pre-hospital.
            "院前急救病历\n呼救时间：{TIME}  呼救电话：{M}\n现场地址：{A}\n患者：{P}  年龄：{AGE}  主诉：{SYM}\n"
                    + "随车医生：{DR}  护士：{N}  驾驶员：{N}\n",
            "120调度记录 {TIME} 报警人{F}称其{KIN}在家中昏迷 地址{A0} 回拨电话{M} 派车站点：城东分站\n",
            // Paediatrics.
            "儿科门诊 患儿{P} {NB}生 咳嗽{DUR} 体重14kg 阿莫西林颗粒按体重 妈妈{F}说幼儿园同班{N}也在咳 {DR}\n",
            "新生儿科入院：{P}之子，胎龄33周，出生体重1850g，{NB}出生，暂未取名，母亲身份证{ID}，父亲{F}手机{M}，"
                    + "住院号{R}\n",
            "儿保：{P}（家里叫{PG}）{AGE}月龄 发育评估正常 奶奶{N}带来 下次接种{D}\n",
            // Disability and relief.
            "残疾人证评定：{P}，身份证{ID}，肢体残疾三级，评定医生{DR}、{N}，监护人{F}\n",
            "低保户医疗救助审批表 申请人{P} 家庭住址{A} 救助金打卡{B} 乡镇民政{N} 审批{D} 宋庆龄基金会配套\n",
            // Pinyin names.
            "国际医疗部接诊登记：患者{PY}，美籍华人，护照号码见附件，出生日期{DOBE}，国内联系人{F}（{KIN}）{M}\n",
            "不宜乘机证明：兹证明{PY}（中文名见护照）于{D}在我院急诊就诊，诊断{DIS}，不宜乘机。医生{DR}\n",
            "医保备案（港澳台）：{PY} 台胞证号{CODE} 医保{I} 联系电话{M}\n",
            // More village, chat, handover and form habits.
            "小{FS}啊 你爸{P}的降压药我给你放村部了 记得来拿 钱不用给 他医保{I}刷过了 —村医{N}\n",
            "群接龙 今日门诊量\n1. {DR} 内科 42\n2. {N} 儿科 35\n3. {N} 中医 18\n备注：{P}家属{F}电话{M}找{DS}主任 已转告\n",
            "交接班本：{P}（{PG}）南方人 听不太懂普通话 晚上要{KIN}{F}翻译 高峰期输液注意滴速 {N}\n",
            "护士长查房：文明病房检查 {P}床头卡信息不全 出生日期{DOB}与身份证不符 责任护士{N}已整改 检查人{DR}\n",
            "入户随访表 户主{F} 家庭成员{P}（{KIN}） 住{A} 家庭医生{DR} 家庭电话{L}\n",
            "{DS}院长：{P}今天又来闹 说药费报得少 他女儿{F}在旁边劝 我已经把结算单给他看了 医保{I} 明天请您再解释一下 "
                    + "—收费室{N}\n",
            "骨科门诊 {P} 石膏固定第4周 复查X线 骨痂形成 电话{M} {DR}\n",
            "马钱子中毒 {P} 自服药酒约50ml后抽搐 {KIN}{F}送来 住院号{R} {DR}会诊\n",
            // English.
            "Referral letter\nDear Dr {ES},\nRe: {E}, DOB {DOBE}, hospital no. {R}\nI would be grateful if you could "
                    + "review this gentleman with worsening exertional dyspnoea. He lives at {A}.\nKind regards,\n{E2}\n",
            "LAB REPORT\nPatient: {E}   Sex: {SEX}   DOB: {DOBE}\nMRN: {R}   Ward: 5B   Bed: 12\nRequested by: Dr. {E2}\n"
                    + "Hb 98 g/L, Plt 143, Cr 88 umol/L\n",
            "Vaccination record\nChild: {E}\nDate of birth: {NB}\nParent/guardian: {E2}, tel {M}\n"
                    + "MMR dose 1 given {D} by nurse {EG}\n",
            "Insurance claim form (Section A)\nInsured: {E}   Passport/ID: {ID}\nBank account for reimbursement: {B}\n"
                    + "Claimant signature: {E2}\n",
            "WeChat msg from {EG}: hi doc, my dad {E} got discharged today, his new address is {A0}, can the community "
                    + "nurse come? my number {M}\n",
            "Handover (night): bed 4 {E}, 78F, #NOF post-op day 1, Hb 84 -> 1 unit given. Family ({E2}) updated at {TIME}. "
                    + "Reg on call Dr {ES}.\n",
            "Email\nFrom: {E}\nSubject: appointment change\nDear clinic, I'm writing on behalf of my mother {E2} "
                    + "(DOB {DOBE}, patient no. {R}). Please call me on {L}.\n",
            "Death certificate (translation)\nName of deceased: {E}\nDate of birth: {DOBE}\nUsual residence: {A}\n"
                    + "Cause of death: (a) cardiogenic shock (b) acute MI\nCertifying doctor: {E2}\n",
            "Dental recall SMS: Hi {EG}, this is a reminder for {E}'s check-up with Dr {ES} on {D}. Reply Y to confirm "
                    + "or call {L}.\n",
            "Psych note: {E} seen with partner {E2}. PHQ-9 19, no active SI. Safety plan shared; crisis line and GP "
                    + "{ES} informed. Contact {M}.\n",
            "Occupational health: {E}, forklift driver, noise-induced hearing loss, audiogram notch 4 kHz. "
                    + "Employer contact {E2} ({L}).\n",
            "Pharmacy dispensing log\nRx {CODE} | {E} | {DRUG} {DOSE} | dispensed by {EG} | {D}\n",
            "name,dob,phone,mrn\n{E},{DOBE},{M},{R}\n{E2},{DOBE},{M},{R}\n");

    // 1920s-40s; 1950s-70s; 1980s-90s; recent cohorts; rural names; Miao, Dong and Buyei names; Tujia names;
    // Taiwanese, Hakka, Minnan and Cantonese names in traditional characters with two married double surnames;
    // Korean-Chinese names; rare single surnames; compound surnames; two-character names.
    private static final List<String> CHINESE = List.of((
            "冉德昭 瞿叙伦 房慕贤 晁佩兰 阎守诚 滕绍棠 巩淑芸 殷鸿畴 蓝玉笙 柴念慈 邝锦棠 甄懿德 麻存厚 富增祥 仝耀庭 "
            + "揭桂馥 谈蕴华 习振纲 谯文炳 "
            + "戚志刚 栾素琴 郜卫国 满桂琴 荆玉霞 隆长海 植国柱 宫凤芝 班志勇 廉秀云 占金水 柏淑兰 况德明 仲学军 桑美华 "
            + "鞠建设 边国庆 "
            + "阙思琪 邰梦瑶 贲佳慧 乐嘉琪 池雨桐 冷俊熙 言若瑜 幸婧怡 官博文 漆宇恒 佟欣妍 苑浩然 粟晓蕾 晋雅楠 "
            + "岑沐宸 鲍知夏 屈奕歆 惠梓宸 储语桐 宣辰逸 滑安琪 邸禹泽 雍星辰 牟一苒 阮知予 "
            + "吕石头 丁铁蛋 杨四妮 马栓牢 黄引弟 谭丑妹 贾满囤 韩锁柱 毛秋菊 侯来福 "
            + "龙金花 石老乔 吴银花 欧妹九 罗阿旺 潘老岩 杨秀禾 "
            + "向前进 田茂林 彭秋妹 "
            + "鍾嘉穎 賴淑惠 吳秀鳳 蘇志豪 簡明輝 卓麗雯 游淑貞 許家銘 邱阿桂 張林美惠 王蔡月琴 區志雄 麥燕芬 "
            + "金正淑 朴奎完 崔恩惠 "
            + "庾文漪 綦春晖 雒海涛 昝玉梅 嵇承宇 乜秋月 蹇翠芬 亢建平 伏丽萍 仇晓燕 盖云飞 查慧敏 "
            + "欧阳蔚然 诸葛骁 慕容清扬 尉迟雁 呼延庚 宇文昭 司徒婉清 澹台翎 钟离晏 闻人馨悦 太史亮 赫连铮 公冶逸 "
            + "冉晔 邰岚 覃蔚 甘泉 麦穗").split(" "));
    /**
     * The pool names whose given name (or whole name) is an ordinary word: 卫国 defend the country, 建设 construction,
     * 国庆 National Day, 星辰 the stars, 石头 stone, 铁蛋 iron egg (a nickname), 前进 forward, 甘泉 sweet spring, 麦穗
     * ear of wheat (under a tenth of the pool).
     */
    static final List<String> WORD_LIKE = List.of("郜卫国", "鞠建设", "边国庆", "雍星辰", "吕石头", "丁铁蛋", "向前进",
            "甘泉", "麦穗");
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "诸葛", "慕容", "尉迟", "呼延", "宇文", "司徒",
            "澹台", "钟离", "闻人", "太史", "赫连", "公冶");
    /** Names made of two single surnames (冠夫姓): the first is the surname used in address, the given name follows. */
    private static final List<String> DOUBLE_SURNAMES = List.of("張林美惠", "王蔡月琴");
    // Uyghur, Kazakh, Kyrgyz and Tajik (with ·); Tibetan, Mongolian, Yi and Dai names.
    private static final List<String> MINORITY = List.of((
            "买合木提·吐尔地 古丽加玛丽·依不拉音 阿布来提·依明 热孜宛古丽·托合提 艾克拜尔·米吉提 祖丽皮亚·吾买尔 "
            + "叶尔兰·努尔别克 阿依达娜·吐尔逊别克 哈那提·巴合提 托合提别克·阿山 塔吉古丽·阿力甫 "
            + "旦增格列 边巴普赤 拉巴卓玛 仁增旺堆 普布仓决 益西拉姆 "
            + "吉日木图那顺 阿拉坦其其格 苏和巴鲁 哈斯额尔敦 那仁满都拉 "
            + "日火拉哈 吉克尔布 俄木伍各 俄底伍沙 "
            + "岩温香 岩罕拉").split(" "));
    // given|family: Irish, Welsh, Filipino, Vietnamese, Russian, Korean, Japanese, Brazilian, Mexican, Ethiopian, Kenyan,
    // Egyptian, Iranian, Turkish, Greek, Dutch, Finnish, Czech, Romanian, Sri Lankan, Nepali, Bangladeshi, Indonesian,
    // Malaysian, Samoan, Maori, Zambian, Cameroonian, Chilean, Norwegian, Icelandic, Estonian, Australian.
    private static final List<String> ENGLISH = List.of("Aoibheann|Breathnach", "Rhodri|Prydderch",
            "Marites|Dimaculangan", "Nguyet|Truong", "Svyatoslav|Korolyov", "Da-eun|Hwang", "Sosuke|Kawaguchi",
            "Thiago|Cavalcanti", "Yatziri|Arredondo", "Tsion|Gebremedhin", "Nyokabi|Njoroge", "Mostafa|Abdelrahman",
            "Golnar|Tabatabaei", "Ebru|Karakaya", "Stavros|Papadimitriou", "Maartje|Schoonderwoerd", "Tuulikki|Hietanen",
            "Vojtech|Vondracek", "Ioana|Dumitrescu", "Chaminda|Ekanayake", "Sabina|Gurung", "Tanvir|Bhuiyan",
            "Wahyu|Setiawan", "Nurul|Aminuddin", "Lealofi|Tuilagi", "Wiremu|Rangihuna", "Mwape|Mulenga", "Achille|Mbarga",
            "Catalina|Fuenzalida", "Ingebjorg|Lysebraate", "Eydis|Gunnarsdottir", "Kristjan|Tamm", "Brodie|Tregonning");
    /** Family|given of people known by a pinyin name only. */
    private static final List<String> PINYIN = List.of("Ran|Shuyi", "Mo|Zhihang", "Tan|Yunxi", "Gou|Ruixue",
            "Xian|Baoyi", "Yue|Mingze", "Hua|Qiaoling", "Shi|Jianhong", "Cen|Xiaoran", "Qiu|Dehai", "Ji|Wanting",
            "Nie|Haoran", "Rong|Xinyue", "Pang|Junjie", "Liao|Shuhua", "Wei|Zhaohui", "Kang|Ruolan", "Tang|Yiheng",
            "Zhuo|Lingfeng", "Bai|Yuetong");
    private static final List<String> AREA = List.of("522601", "522634", "620502", "621121", "433123", "341221",
            "513431", "150423", "150521", "350921", "371321", "530602", "511302", "310107");
    private static final List<String> CITIES = List.of("贵州省|黔东南苗族侗族自治州凯里市", "甘肃省|天水市秦州区",
            "湖南省|邵阳市双清区", "安徽省|阜阳市颍州区", "福建省|宁德市蕉城区", "山东省|临沂市兰山区",
            "四川省|南充市顺庆区", "云南省|昭通市昭阳区");
    private static final List<String> ROADS = List.of("北京东路", "民主西路", "宝庆东路", "清河路", "八一五中路",
            "沂蒙路", "模范街", "海楼路", "环城北路");
    private static final List<String> ESTATES = List.of("金域蓝湾", "阳光花城", "电力小区", "教师公寓", "铁路新村",
            "锦绣华庭");
    private static final List<String> SHANGHAI = List.of("普陀区长寿路", "杨浦区控江路", "闵行区莘松路", "虹口区四平路");
    private static final List<String> VILLAGE_TOWNS = List.of("贵州省黔东南苗族侗族自治州雷山县西江镇|控拜村,麻料村,乌尧村",
            "贵州省毕节市威宁彝族回族苗族自治县石门乡|年丰村,新街村", "四川省凉山彝族自治州昭觉县四开乡|好谷村,洒拉地坡村");
    private static final List<String> GACHA = List.of("内蒙古自治区赤峰市巴林右旗巴彦塔拉苏木|查干诺尔嘎查,巴彦包力格嘎查",
            "内蒙古自治区通辽市科尔沁左翼中旗花吐古拉镇|乌兰嘎查,哈日努拉嘎查");
    private static final List<String> GANSU = List.of("甘肃省定西市通渭县平襄镇|孟河村,城关村,锦屏村",
            "甘肃省天水市甘谷县大像山镇|渭阳村,姚庄村");
    private static final List<String> TOWN_STREETS = List.of("安徽省阜阳市临泉县城关街道|姜寨路,长官路",
            "湖南省湘西土家族苗族自治州凤凰县沱江镇|虹桥中路,回龙阁", "湖南省邵阳市隆回县桃洪镇|五一路,花门街");
    private static final List<String> COAST_VILLAGES = List.of("山东省临沂市沂南县依汶镇|后峪子村,北寨村",
            "福建省宁德市霞浦县三沙镇|东山村,古镇村");
    private static final List<String> LANDLINE_AREAS = List.of("0855", "0938", "0932", "0743", "0739", "0558", "0834",
            "0476", "0475", "0593", "0539", "0870", "0817", "021");
    private static final List<String> BANK_BINS = List.of("621700", "622848", "621226", "622588", "621098", "623190");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Blind15Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_15 || !templates.isEmpty() && BLIND_15.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The surname used in address: the compound surname, or the first character (張林美惠 gives 張). */
    static String surnameOf(String chineseName) {
        return COMPOUND_SURNAMES.stream().filter(chineseName::startsWith).findFirst()
                .orElse(chineseName.substring(0, 1));
    }

    /** The given name: 庚 of 呼延庚, 美惠 of 張林美惠. */
    static String givenNameOf(String chineseName) {
        if (DOUBLE_SURNAMES.contains(chineseName)) return chineseName.substring(2);
        return chineseName.substring(surnameOf(chineseName).length());
    }

    /** The given name as used alone to address someone; a single-character given name is not, the full name is. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /** A name as an OCR engine returns it: every character apart (冉 德 昭), or the surname apart (冉 德昭). */
    static String scannedName(String chineseName, RandomGenerator r) {
        if (r.nextInt(3) == 0) {
            String surname = surnameOf(chineseName);
            return surname + " " + chineseName.substring(surname.length());
        }
        return String.join(" ", chineseName.split(""));
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

    /** A pinyin name: RAN SHUYI, Ran Shuyi, RAN Shuyi or Shuyi RAN. */
    static String pinyinName(RandomGenerator r) {
        List<String> forms = pinyinForms(pick(PINYIN, r));
        return forms.get(r.nextInt(forms.size()));
    }

    private static List<String> pinyinForms(String entry) {
        String f = entry.substring(0, entry.indexOf('|')), g = entry.substring(entry.indexOf('|') + 1);
        return List.of(f.toUpperCase() + " " + g.toUpperCase(), f + " " + g, f.toUpperCase() + " " + g,
                g + " " + f.toUpperCase());
    }

    /** A plain 18-character resident identity number with a valid check character. */
    static String plainId(RandomGenerator r) {
        return IdentifierForms.residentId(pick(AREA, r), 1928, 85, r);
    }

    /** A resident identity number: plain, lower-case x, or 6 4 4 4 by blanks. */
    static String idNumber(RandomGenerator r) {
        String id = plainId(r);
        return switch (r.nextInt(8)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 10) + " " + id.substring(10, 14) + " "
                    + id.substring(14);
            case 1, 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A mobile: plain, 138-1234-5678, 138 1234 5678, +86 138 1234 5678, (+86)13812345678 or 138 12345678. */
    static String mobile(RandomGenerator r) {
        String n = "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
        String a = n.substring(0, 3), b = n.substring(3, 7), c = n.substring(7);
        return switch (r.nextInt(8)) {
            case 0 -> a + "-" + b + "-" + c;
            case 1 -> a + " " + b + " " + c;
            case 2 -> "+86 " + a + " " + b + " " + c;
            case 3 -> "(+86)" + n;
            case 4 -> a + " " + b + c;
            default -> n;
        };
    }

    /**
     * A landline: 0855-8234567, 0855－8234567, 08558234567, (0855)8234567, Shanghai 021-62345678 or 021-6234 5678;
     * sometimes with an extension 分机NNN(N) or 转NNN.
     */
    static String landline(RandomGenerator r) {
        String area = pick(LANDLINE_AREAS, r);
        String number;
        if (area.equals("021")) {
            String local = (char) ('2' + r.nextInt(7)) + digits(7, r);
            number = r.nextBoolean() ? "021-" + local : "021-" + local.substring(0, 4) + " " + local.substring(4);
        } else {
            String local = (char) ('2' + r.nextInt(7)) + digits(6, r);
            number = switch (r.nextInt(5)) {
                case 0 -> "(" + area + ")" + local;
                case 1 -> area + "－" + local;
                case 2 -> area + local;
                default -> area + "-" + local;
            };
        }
        return switch (r.nextInt(6)) {
            case 0 -> number + "分机" + digits(3 + r.nextInt(2), r);
            case 1 -> number + "转" + (100 + r.nextInt(900));
            default -> number;
        };
    }

    /** Outpatient MZ, inpatient ZY, a bare seven-digit 病案号, emergency JZ, dental KQ, HIS numbers. */
    static String recordNumber(RandomGenerator r) {
        int year = 2018 + r.nextInt(8);
        return switch (r.nextInt(6)) {
            case 0 -> "MZ" + year + digits(6, r);
            case 1 -> "ZY" + digits(8, r);
            case 2 -> (1 + r.nextInt(9)) + digits(6, r);
            case 3 -> "JZ" + (year % 100) + "-" + digits(5, r);
            case 4 -> "KQ-" + year + "-" + digits(4, r);
            default -> "HIS" + digits(9, r);
        };
    }

    /** Rural scheme NH, urban-rural residents CX, regional YB, long-term care (two letters and seven digits). */
    static String insuranceNumber(RandomGenerator r) {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        return switch (r.nextInt(4)) {
            case 0 -> "NH" + digits(16, r);
            case 1 -> "CX" + digits(14, r);
            case 2 -> "YB" + (500 + r.nextInt(100)) + "-" + digits(9, r);
            default -> "" + letters.charAt(r.nextInt(letters.length())) + letters.charAt(r.nextInt(letters.length()))
                    + digits(7, r);
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
     * An address: urban 路/号/小区/栋/单元/室, Shanghai 弄, Guizhou and Liangshan 村/组, Inner Mongolian 旗/苏木/嘎查,
     * Gansu 村/社, county-town streets, coastal and Shandong villages.
     */
    static String address(boolean withProvince, RandomGenerator r) {
        return switch (r.nextInt(7)) {
            case 0 -> {
                String[] c = pick(CITIES, r).split("\\|");
                yield (withProvince ? c[0] : "") + c[1] + pick(ROADS, r) + (1 + r.nextInt(300)) + "号"
                        + pick(ESTATES, r) + (1 + r.nextInt(24)) + "栋" + (1 + r.nextInt(4)) + "单元"
                        + (1 + r.nextInt(26)) + "0" + (1 + r.nextInt(4)) + "室";
            }
            case 1 -> (withProvince ? "上海市" : "") + pick(SHANGHAI, r) + (1 + r.nextInt(1500)) + "弄"
                    + (1 + r.nextInt(40)) + "号" + (1 + r.nextInt(6)) + "0" + (1 + r.nextInt(4)) + "室";
            case 2 -> place(VILLAGE_TOWNS, withProvince, r) + chineseNumber(1 + r.nextInt(9)) + "组"
                    + (1 + r.nextInt(60)) + "号";
            case 3 -> place(GACHA, withProvince, r) + (1 + r.nextInt(120)) + "号";
            case 4 -> place(GANSU, withProvince, r) + (1 + r.nextInt(12)) + "社" + (1 + r.nextInt(80)) + "号";
            case 5 -> place(TOWN_STREETS, withProvince, r) + (1 + r.nextInt(200)) + "号";
            default -> place(COAST_VILLAGES, withProvince, r) + (1 + r.nextInt(300)) + "号";
        };
    }

    /** A town and one of its villages (or streets), with or without the province. */
    private static String place(List<String> towns, boolean withProvince, RandomGenerator r) {
        String[] t = pick(towns, r).split("\\|");
        String[] villages = t[1].split(",");
        String town = t[0];
        if (!withProvince) {
            int cut = town.startsWith("内蒙古自治区") ? "内蒙古自治区".length() : town.indexOf('省') + 1;
            town = town.substring(cut);
        }
        return town + villages[r.nextInt(villages.length)];
    }

    /**
     * A date of birth: 1962年4月7日, 1962-04-07, 1962.04.07, 19620407, 1962年04月, 一九六二年四月七日, 1962/4/7,
     * 62年4月7号.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1928 + r.nextInt(77), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(8)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> String.format("%d.%02d.%02d", y, m, d);
            case 3 -> String.format("%d%02d%02d", y, m, d);
            case 4 -> String.format("%d年%02d月", y, m);
            case 5 -> chineseYear(y) + "年" + chineseNumber(m) + "月" + chineseNumber(d) + "日";
            case 6 -> y + "/" + m + "/" + d;
            default -> String.format("%02d年%d月%d号", y % 100, m, d);
        };
    }

    /** An English date of birth: 07-Apr-1962, Apr 7, 1962, 7th April 1962, 1962-04-07, 04/07/1962 (month first). */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1928 + r.nextInt(77), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(5)) {
            case 0 -> String.format("%02d-%s-%d", d, month.substring(0, 3), y);
            case 1 -> month.substring(0, 3) + " " + d + ", " + y;
            case 2 -> ordinal(d) + " " + month + " " + y;
            case 3 -> String.format("%d-%02d-%02d", y, m, d);
            default -> String.format("%02d/%02d/%d", m, d, y);
        };
    }

    /** A child's date of birth, 2013 to 2025: 2023年11月3日, 2023-11-03, 2023.11.3, 2023年11月. */
    static String childBirthDate(RandomGenerator r) {
        int y = 2013 + r.nextInt(13), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(4)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            default -> y + "年" + m + "月";
        };
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return CHINESE.contains(w) || MINORITY.contains(w)
                || w.contains(" ") && CHINESE.contains(w.replace(" ", ""))
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> n.replace('|', ' ').equals(w) || family(n).equals(w)
                || given(n).equals(w))
                || pinyinOf(w) != null;
    }

    /** The pool name a labelled value stands for, or null when the value (a surname, a given name) names no one. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w)) {
            return w;
        }
        return ENGLISH.stream().filter(n -> n.replace('|', ' ').equals(w)).findFirst()
                .map(n -> n.replace('|', ' ')).orElse(null);
    }

    /** The pinyin pool entry (Family|Given) a value writes, or null. */
    static String pinyinOf(String w) {
        return PINYIN.stream().filter(n -> pinyinForms(n).contains(w)).findFirst().orElse(null);
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

    static List<String> pinyinNames() {
        return PINYIN;
    }

    /** Every way {@link #pinyinName} writes the pool's names. */
    static Stream<String> pinyinWritten() {
        return PINYIN.stream().flatMap(n -> pinyinForms(n).stream());
    }

    static Stream<String> englishNames() {
        return ENGLISH.stream().map(n -> n.replace('|', ' '));
    }

    static Stream<String> englishSurnames() {
        return ENGLISH.stream().map(Blind15Templates::family);
    }

    static Stream<String> englishGivenNames() {
        return ENGLISH.stream().map(Blind15Templates::given);
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
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(random), EntityKind.NAME);
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

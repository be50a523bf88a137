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
 * Forty-sixth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_46}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: the internet hospital (互联网医院) of the fictional tertiary 之江医科大学附属杭城医院 in Hangzhou, its app and
 * WeChat mini-program 杭城云医, its online pharmacy and the consortium's grassroots clinics (淳安, 建德, 磐安 township health
 * centres) and the partner clinics of the east–west pairing programme (从江 in Guizhou, 日喀则 in Tibet). The genres: chat
 * consultations (图文问诊), video-visit logs, e-prescriptions and pharmacists' reviews (审方), delivery orders, waybills,
 * courier notes and parcel-locker SMS, account profiles with several 就诊人 under one phone number, real-name checks with
 * OCR'd identity cards, chronic-disease refills (慢病续方), remote consultation requests from township clinics to the
 * tertiary specialists, online payment, refunds and commercial health-insurance claims (西湖益联保 and international plans),
 * customer-service tickets and call transcripts, WeChat groups of doctors, pharmacists and customer service, exports as
 * JSON, CSV, tab-separated and markdown tables, and log lines (application, access and payment logs). About a seventh is
 * in English or mostly Latin script: expatriates in Hangzhou, international insurers, English log lines and exports.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients (就诊人), account holders and the family
 * members who use their phone, doctors, pharmacists, customer-service agents, couriers, township doctors, claim handlers
 * and interpreters, in every position (after a role word, at the start of a chat line, in table cells, CSV fields, JSON
 * values, key=value log fields, URLs, English prose). A surname in a form of address labels the surname only ({@code PS}
 * the patient's, {@code FS} the account holder's, {@code DS} the doctor's, {@code NS} a further person's): 老X, 小X,
 * X先生, X女士, X阿姨, X大爷, X奶奶, X医生, X主任, X药师, X师傅, X老师, X书记. A given name used alone ({@code PG}) labels
 * the given name, also in a teknonym (PG妈妈 labels PG). A child known as a parent's child (X之子, X之女) labels the parent.
 * <b>Nicknames (网名, 昵称):</b> a display name built on a person's name or call name ({@code PK}: 阿珺妹, 芸姐, Vivian吴) names
 * that person and is labelled whole; a handle that names no one (岁月静好, 平安是福, 向日葵, 一路有你) is not labelled. Kin words, titles and roles alone are not names (妈妈, 老公, 家长, 客服, 快递员, 药师, 村医). An OCR'd name
 * ({@code PO}) broken by a line break, a blank after the surname, or a blank or ideographic blank between every character
 * is one span. Uyghur and Kazakh names ({@code MN}, {@code NM}) are labelled whole with the dot and the personal name used
 * alone ({@code MG}) too; Tibetan, Mongolian and Yi names ({@code NT}: 次旦央宗, 查干巴拉, 吉克阿牛) are labelled whole.
 * Foreign patients and contacts ({@code E}, {@code E2}) are labelled whole, a family name alone ({@code ES}) and a given
 * name alone ({@code EG}) too; Dr stays outside the span. Names in pinyin ({@code PY}: QIU MUYAO, Qiu Muyao, Muyao Qiu,
 * QIU/MUYAO, as card and insurance systems write them) are labelled whole.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on codes of Hangzhou,
 * Jinhua and Shaoxing and of the provinces the patients write from (Henan, Hunan, Sichuan, Guizhou, Tibet, Inner
 * Mongolia, Xinjiang); plain, with a lower-case x, 6-8-4 by blanks; 15-digit numbers with a valid birth date on codes
 * that existed before 1999; also as the 社会保障号码 of a social-security card), residence permits of people from Hong
 * Kong, Macau and Taiwan ({@code IDP}: 810000, 820000, 830000 and a GB 11643 check), foreign identity numbers
 * ({@code IDF}: a Korean resident registration number 870512-1234567 with its check digit, or the 18-digit Foreign
 * Permanent Resident ID Card number 9+province+nationality+date+sequence+check), mobiles ({@code M}: plain, 3-4-4 by
 * blanks or hyphens, +86; {@code MV}: spoken with 一 or 幺 and 零, 3-4-4 by blanks or run on), landlines ({@code L}: eight
 * local digits on 0571 Hangzhou and 0579 Jinhua, seven on 0855 Qiandongnan and 0892 Xigaze; 0571-87301234, (0571)87301234,
 * 0571 8730 1234, with an extension after 转, +86 571 87301234), addresses ({@code A}: a flat in each province's form,
 * Zhejiang's 幢/单元/室, Beijing's 号楼/单元, Shanghai's 弄/号/室, Guangdong's 栋/座/房, Chongqing's 栋 12-3, the north-east's
 * 单元/层/号; villages by 镇/乡, 村, 组, 号; Inner Mongolia's 旗, 苏木, 嘎查; Xinjiang's 地区; now and then spaced by
 * province, city and district as shopping apps write it; {@code AP}: a pick-up point where the patient collects the
 * parcel: an estate's 菜鸟驿站 or 丰巢快递柜, a town's 菜鸟驿站, a village's 村委会, labelled up to and with the point, a
 * note such as 代收 outside; {@code A0}: stopping at the town, the village, the 街道 or the road), record numbers ({@code R}:
 * outpatient 0018736521, inpatient Z24018765, the platform's 就诊卡号 HC2403187652; {@code RA}: the consortium's 17-digit
 * 居民健康档案号 on a county code), insurance numbers ({@code I}: 社保卡号, a letter and eight digits; {@code PN}: a personal
 * health-insurance policy such as 西湖益联保's, P330100 2024 0012345 run on; {@code IF}: a UK NHS number 943 476 5919 with its check digit or a German health-insurance number A123456780
 * with its check digit), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain or in fours by blanks or
 * hyphens), dates of birth ({@code DOB}: 1987年5月12日, 1987-05-12, 1987/5/12, 1987.05.12, 19870512, 87年5月12号;
 * {@code DOBE}: 12 May 1987, May 12, 1987, 12/05/1987; {@code DOBM}: the month only, 1987年5月, 1987-05; {@code DOBO}: as
 * OCR reads an identity card, 1987年5月12日 or 1987 年 5 月 12 日). Not labelled: order, transaction, refund, waybill,
 * prescription, review, ticket, claim-report, consultation and room numbers, pick-up and verification codes, coupon
 * codes, app versions, device IDs and IMEIs, IP addresses, passport numbers, doctors' licence numbers and staff numbers
 * (工号), masked numbers the platform already hid (138****5678, 尾号8832), platform hotlines (400-867-0571, 95338),
 * visit dates and times, ages, amounts and lab values, handles that name no one, facilities and places alone, and words
 * beginning with a pool surname (楼下, 金额, 应急, 高血压, 周一; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind45Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as the
 * platform's users would look, from all over China: 王, 李, 张, 刘, 陈, 杨, 黄, 赵, 吴, 周 dominate, then others, the
 * Zhejiang staff's 沈, 俞, 金, 蒋, 童, 钱, 邵, 叶, 楼 (Yiwu, Dongyang), 竺 and 裘 (Shengzhou), the Miao and Dong
 * patients' 龙, 石, the Hui patients' 马, and surnames of Zhejiang no earlier group used ({@link #RARE_SURNAMES}: 斯 of
 * Zhuji, 泮 of Ningbo), with word-like names ({@link #WORD_LIKE}). {@link #MINORITY} holds Uyghur and Kazakh names, {@link #STANDALONE} Tibetan,
 * Mongolian and Yi names, {@link #NICKNAMES} display names that name a person, {@link #ENGLISH} expatriates and foreign
 * contacts, {@link #PINYIN} names as card and insurance systems spell them. Own slots: {@code N}, a further Chinese name;
 * {@code NS}, a further person's surname; {@code PS}, {@code FS}, {@code PG}, {@code PK}, {@code PO}, {@code MG},
 * {@code NM}, {@code NT}, {@code PY}, and the identifier slots above. Any non-empty subset of {@link #BLIND_46} uses these
 * pools (see {@link #uses}).
 */
final class Blind46Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270116L;

    static final List<String> BLIND_46 = List.of(
            // Chat consultations (图文问诊).
            "【图文问诊】订单号 202403171530218845\n就诊人：{P}（{SEX}，{AGE}岁）\n主诉：{SYM}{DUR}\n接诊医生：{DR}（{DEPT}）\n"
                    + "{DR}：您好，我是{DS}医生，请问是持续的还是一阵一阵的？\n患者：一阵一阵的，晚上明显\n",
            "[图文问诊记录] 咨询人：{F}（账号持有人） 就诊人：{P}（子女） 问题：孩子昨晚体温{TEMP}，吃了美林还没退，要不要去急诊？ 回复医生：{DR} 儿科\n",
            "就诊人：{P}\n{DR}：{PG}妈妈，{PG}今天还咳吗？\n家长：咳少了，夜里还有两声\n{DR}：继续雾化三天，布地奈德混悬液 1mg bid\n",
            "患者昵称：岁月静好 | 实名：{P} | 手机：{M} | 问诊类型：图文 | 科室：皮肤科 | 医生：{DR}（工号Q03187）\n",
            "[图文问诊] {PK}：医生，我妈{AGE}岁，血压{BP}，氨氯地平吃了一个月还是高\n{DR}：请上传近一周的血压记录，并把就诊人切换成您母亲{P}本人\n",
            "问诊小结：{P}，{SEX}，{AGE}岁，线上复诊。诊断：2型糖尿病。处理：二甲双胍缓释片 0.5g bid，续方30天。医生：{DR}。复诊提醒已发送至{M}。\n",
            "本账号为{F}（{KIN}）的手机号{M}，实际就诊人为{P}，已核对身份证{ID}，同意由家属代为问诊。\n",
            "[图文问诊] 医生{DS}主任您好，我是{P}的女儿，我妈上周在您这里看的甲状腺，B超报告我拍照上传了\n{DR}：看到了，TI-RADS 3类，半年后复查\n",
            "[图文问诊] {FS}先生：医生，我老婆{P}怀孕十周，昨天见红一点点\n{DR}：量多吗？先去最近的医院查B超和HCG，别拖\n",
            "[图文问诊] 我是{P}的儿子{F}，我爸{AGE}岁，出生日期{DOB}，他昨天在{A0}摔了一跤，现在髋部疼不能走路\n",
            "用户反馈：昵称“一路有你”的用户其实是{P}本人，她说老公{F}也用这个账号帮她问诊，手机号{M}是老公的\n",
            "医生 我妈妈{P} 今早血压{BP} 头有点晕 要不要加药啊 她的身份证{ID} 我是她女儿{F}\n",
            // Video visits.
            "视频问诊日志\n2024-03-17 14:02:11 [INFO] room=VR2403170018 doctor={DR} doctorNo=Q03187 patient={P}\n"
                    + "2024-03-17 14:02:15 [INFO] client=Android 14 app=v5.12.3 ip=115.236.47.102\n2024-03-17 14:19:40 [INFO] hangup duration=17m25s\n",
            "2024-03-18T09:31:07+08:00 INFO video.session start doctor=\"{DR}\" patient=\"{P}\" device=iPhone15,3 os=iOS 17.4.1 "
                    + "ip=2409:8a28:4c1:9e0::1f\n",
            "视频复诊记录：{D} {TIME}，{DR}与{P}视频连线，{P}由{KIN}{F}扶着坐在镜头前，口角歪斜较前好转；网络卡顿两次，重连后完成。\n",
            "[视频问诊] 信号不好，{P}的家属{F}改用语音通话，电话{M}；医生{DR}嘱其尽快到当地卫生院测指尖血糖\n",
            "Video visit summary\nPatient: {E}\nDOB: {DOBE}\nDoctor: Dr {DS}, Internal Medicine\nDevice: iPadOS 17.3, app v5.11.0\n"
                    + "Notes: sore throat for 3 days, no fever; warm fluids, review if worse\n",
            // E-prescriptions and pharmacists' review.
            "电子处方笺\n处方编号：CF2024031700128\n姓名：{P}  性别：{SEX}  年龄：{AGE}岁\n身份证号：{ID}\n门诊号：{R}\n诊断：高血压病\n"
                    + "Rp：苯磺酸氨氯地平片 5mg×28片 用法：5mg qd\n开方医师：{DR}  审核药师：{N}  调配药师：{N}\n",
            "审方记录 审方单号SF-240317-0093：处方CF2024031700457，患者{P}，华法林与阿司匹林联用，出血风险高，退回医师{DR}修改；审方药师{N}（工号YS0215）\n",
            "{\"rxNo\":\"CF2024031900871\",\"patient\":\"{P}\",\"idCard\":\"{ID}\",\"doctor\":\"{DR}\",\"pharmacist\":\"{N}\","
                    + "\"reviewNo\":\"SF-240319-0412\",\"status\":\"APPROVED\"}\n",
            "[OCR] 外院纸质处方上传\n姓名 {PO}  年龄 {AGE}\n诊断 慢性胃炎\n奥美拉唑肠溶胶囊 20mg qd\n医师 {N}\n",
            "E-prescription (English copy for the insurer)\nRx no. CF2024032000219\nPatient: {E}, DOB {DOBE}\n"
                    + "Prescriber: Dr {DR}\nVerified by pharmacist {N}\nItems: cetirizine 10 mg once daily x 14\n",
            "[微信 杭城云医药师群]\n{N}：{P}那张处方审过了吗？\n{N}：审了，审方单号SF-240405-0217，我签的\n{DR}：谢谢两位\n",
            "药师用药指导：{N}药师电话随访{P}（{M}），告知华法林需定期测INR，{P}表示理解\n",
            "{NS}药师：{PS}阿姨您好，二甲双胍饭后吃，别自己加量；就诊人{P}的处方已审核通过\n",
            "2024-04-01 08:12:33.417 WARN  [rx-review] pharmacist={N} staffNo=YS0308 rx=CF2024040100077 patient={P} reason=dose_exceeds_max\n",
            // Delivery.
            "药品配送单\n订单号：202403201012557731\n收货人：{F}\n联系电话：{M}\n收货地址：{A}\n快递：顺丰速运  运单号：SF1423768590214\n",
            "收货信息：{F} {M} {AP}（放驿站就行，别打电话）\n",
            "配送异常工单：运单号 YT7412589630215，收件人{F}称未收到药品；快递员{N}（{M}）称已放{AP}；客服{N}跟进\n",
            "【杭城云医】您购买的处方药已由中通快递发出，运单号 78456123987456，收货人{F}，派送至{A0}附近。如有疑问请致电400-867-0571\n",
            "收件人：{F}；电话：{M}；地址：{A}；备注：家里老人{P}在家，下午送，楼下按门铃\n",
            "收货人{F}，{M}，送到{AP}，那边有人代收；村里没有快递点，找{NS}书记就行\n",
            "顺丰小哥{NS}师傅：{PS}奶奶，药给您放{AP}了，取件码 5-2-3018，就诊人{P}的药都在里面\n",
            "快递员：{N}  工号：ZT330127015  电话：{M}\n派送区域：{A0}\n",
            "{\"orderNo\":\"202403211845093327\",\"receiver\":\"{F}\",\"receiverPhone\":\"{M}\",\"address\":\"{A}\","
                    + "\"trackingNo\":\"JT5218749630147\",\"carrier\":\"极兔\"}\n",
            "订单号,收货人,电话,地址,运单号\n202403221130054126,{F},{M},{A},SF1429876543021\n202403221131187743,{N},{M},{AP},YT7418529630741\n",
            "[语音转文字] 喂 快递员啊 我是{F} 那个药你放楼下快递柜就好 我在上班 我电话是{MV}\n",
            "快递柜超时未取：收件人{F}，{M}，柜点{AP}，已超时48小时，转人工客服\n",
            "[OCR] 快递面单\n收 {F} {M}\n{A}\n寄 杭城医院互联网药房 400-867-0571\n运单 SF1431209876543\n",
            "Delivery to: {E}, {M}, {AP}\nCourier: SF Express, waybill SF1440987612345\nNote from {EG}: leave it in the locker, do not call\n",
            "【菜鸟驿站】您的中通包裹已到{AP}，取件码 8-3-1127，收件人{F}，请及时领取\n",
            // Accounts with several 就诊人, real-name checks.
            "账号：{M}（实名：{F}）\n就诊人列表：\n1. {F}（本人）身份证 {ID}\n2. {P}（{KIN}）出生日期 {DOB}\n3. {N}（子女）出生日期 {DOB}\n",
            "新增就诊人：{P}，与账号持有人关系：{KIN}，证件类型：居民身份证，证件号码：{ID}，手机号：{M}（同账号）\n",
            "就诊人信息修改：{P} 出生日期由 {DOB} 更正为 {DOB}（原登记有误），操作人：客服{N}，工单号 KF20240323-0157\n",
            "{\"account\":\"{M}\",\"nickname\":\"平安是福\",\"patients\":[{\"name\":\"{P}\",\"relation\":\"self\",\"birthDate\":\"{DOB}\"},"
                    + "{\"name\":\"{N}\",\"relation\":\"child\",\"birthDate\":\"{DOB}\"}]}\n",
            "就诊人：{P}（港澳台居民）\n证件类型：港澳台居民居住证\n证件号码：{IDP}\n联系电话：{M}\n",
            "Patient profile\nName: {E}\nNationality: Republic of Korea\nID no.: {IDF}\nPassport: M48213675\nPhone: {M}\nAddress: {A}\n",
            "实名认证失败：{P}上传的身份证照片模糊，OCR识别号码为{ID}，与填写的不一致，请重新上传。设备ID a3f9c2e1b7d40856\n",
            "[OCR] 居民身份证（正面）\n姓名 {PO}\n性别 {SEX}  民族 汉\n出生 {DOBO}\n住址 {A}\n公民身份号码 {ID}\n",
            "[OCR] 商业保险理赔材料-门诊收费票据\n患者姓名 {PO}\n医保类型 职工基本医疗保险\n社会保障卡号 {I}\n合计 386.40\n",
            "[OCR] 社会保障卡\n姓名 {PO}\n社会保障号码 {ID}\n社会保障卡号 {I}\n",
            "就诊人：{P}，{SEX}，出生年月：{DOBM}，身份证号：{ID}，社保卡号：{I}，签约医生：{N}\n",
            "外籍就诊人：{E}，国籍：韩国，外国人永久居留身份证{IDF}，手机{M}，住{A}；紧急联系人{E2}\n",
            // Chronic-disease refills (慢病续方).
            "慢病续方申请\n申请人：{P}\n慢病病种：高血压、2型糖尿病\n上次处方：CF2024021200388\n近一周血压：{BP}\n"
                    + "续方药品：缬沙坦胶囊 80mg qd，二甲双胍片 0.5g tid\n审核医生：{DR}\n",
            "【杭城云医】{P}您好，您的慢病续方（糖尿病）将于{D}到期，请提前在线复诊续方。回TD退订\n",
            "续方驳回：{P}近3个月未线下复诊，按规定不能再线上续方，请于{D}前到淳安县威坪镇卫生院或签约家庭医生{N}处面诊（{L}）\n",
            "家属{F}代{KIN}{P}申请续方，上传了社区医院病历，社保卡号{I}，药品寄到{A}\n",
            "| 就诊人 | 病种 | 末次续方 | 药品 | 联系电话 |\n|---|---|---|---|---|\n| {P} | 高血压 | {D} | 硝苯地平控释片 | {M} |\n"
                    + "| {N} | 冠心病 | {D} | 阿托伐他汀钙片 | {M} |\n",
            "续方提醒名单\t{P}\t{M}\t{DOB}\t慢阻肺\t噻托溴铵粉吸入剂\n",
            "{PS}大爷，您儿子{F}在App上给您续了降压药，快递明天到{AP}，记得去拿\n",
            "[微信 杭城医院-建德医共体群]\n{N}：老{PS}的降糖药续方今天能寄吗？他在{A0}\n{DR}：处方开了，{N}药师审完就发\n",
            // Remote consultation from township clinics.
            "远程会诊申请单\n申请单位：淳安县威坪镇卫生院\n申请医生：{N}  联系电话：{L}\n患者：{P}  性别：{SEX}  年龄：{AGE}岁\n"
                    + "居民健康档案号：{RA}\n病情摘要：反复心悸{DUR}，心电图示房颤\n会诊目的：是否需要抗凝\n受邀专家：{DR}（心内科）\n",
            "远程会诊意见：{P}，考虑阵发性房颤，CHA2DS2-VASc 3分，建议利伐沙班 15mg qd，2周后镇卫生院复查肾功能。会诊专家{DR}，会诊单号 YC2024031700008\n",
            "[微信 杭城医院-淳安医共体远程会诊群]\n{N}（威坪镇卫生院）：{DS}主任，今天下午那个病人{P}，家属到了\n{DR}：好的，三点开视频，档案号发我\n{N}：{RA}\n",
            "[微信 从江县丙妹镇卫生院对口帮扶群]\n{N}：杭州的{DS}老师，今天有个苗族老人{P}，{AGE}岁，咳了两个月\n{DR}：先拍个胸片传上来\n{N}：好的，家属电话{M}\n",
            "远程影像会诊报告\n送检单位：建德市乾潭镇卫生院\n患者：{P}  健康档案号：{RA}\n检查：胸部DR\n意见：右下肺炎症，建议抗感染治疗后复查\n"
                    + "报告医师：{DR}  审核医师：{N}\n",
            "[语音转文字] {DS}主任你好 我是磐安尖山镇卫生院的{N} 有个病人{P} 血糖二十几 人有点迷糊 你看要不要转上来 我手机{MV}\n",
            "Teleconsultation request\nFrom: Bingmei Township Health Center, Congjiang, Guizhou\nReferring doctor: {N}\n"
                    + "Patient: {P}, {AGE} y, archive no. {RA}\nQuestion: suspected pulmonary TB, sputum smear pending\nConsultant: Dr {DR}\n",
            "[OCR] 村卫生室转诊单\n患者 {PO}  年龄 {AGE}\n住址 {A}\n转诊原因 血压控制不佳\n转诊医生 {N}\n",
            "远程会诊：患者{NT}，日喀则牧民，高原红细胞增多症待排，Hb 215g/L；申请医生{N}；翻译{NT}；联系电话{M}；会诊专家{DR}\n",
            "[微信 援藏医疗队群]\n{N}：{NT}阿妈的续方办好了吗\n{DR}：办好了，药寄到{AP}\n{N}：谢谢{DS}主任\n",
            "基层转诊回执：{P}已于{D}在杭城医院心内科住院，住院号{R}，主管医生{DR}；回执发送至威坪镇卫生院{N}（{L}）\n",
            // Payment, refunds and insurance claims.
            "支付成功\n订单号：202403241020391156\n商户单号：HC2024032410203911\n微信支付交易单号：4200002187202403241234567890\n付款人：{F}\n金额：￥58.00\n",
            "退款申请：{P}的视频问诊未接通，退款单号 50300009012024032412345678901，原路退回{F}尾号8832的银行卡；客服{N}\n",
            "商业健康险理赔申请\n被保险人：{P}  出生日期：{DOB}\n证件号码：{ID}\n保单号：{PN}\n报案号：LP20240325000187\n"
                    + "收款账户：{B}（户名：{F}）\n开户行：招商银行杭州分行\n",
            "{\"claimNo\":\"LP20240326000932\",\"insured\":\"{P}\",\"policyNo\":\"{PN}\",\"idNo\":\"{ID}\",\"bankCard\":\"{B}\","
                    + "\"payee\":\"{F}\",\"amount\":\"1286.50\"}\n",
            "西湖益联保线上结算：{P}，医保个人账户支付 126.30元，惠民保赔付 88.00元，保单号{PN}，交易流水 2024032518301299\n",
            "Claim form - international health plan\nMember: {E}\nDate of birth: {DOBE}\nMember ID / NHS no.: {IF}\n"
                    + "Claim ref: CLM-24-031877\nProvider: Hangcheng Hospital Internet Hospital\nBank account: {B}\n",
            "理赔材料补充通知：{DS}医生，理赔员{N}（{M}）需要您给{P}补开一份诊断证明，保单号{PN}\n",
            "银行卡绑定：持卡人{F}，卡号{B}，预留手机{M}；交易单号 2024032722001458671234567890\n",
            "支付宝账单 | {F} | 问诊费 ¥29.90 | 交易号 2024032822001412345678901234 | 优惠券 HCYY-8K2M-X7PL\n",
            "收款人：{N}，卡号：{B}，说明：{P}理赔款（案件号LP20240329000551）\n",
            "Cardholder: {PY}\nCard: {B}\nTransaction: 4200002211202404041357924680\nAmount: CNY 299.00 (annual family doctor package)\n",
            "Claim submitted for {PY}, DOB {DOBE}, policy {PN}; payee account {B}; report no. LP20240407000913\n",
            "WARN payment.callback order=202404061930224418 payer={PY} card={B} status=REFUNDED refund=50300009012024040611223344556\n",
            // Customer-service tickets and calls.
            "客服工单\n工单号：KF20240329-0412\n来电人：{F}  来电号码：{M}\n就诊人：{P}\n问题：处方药三天还没发货\n处理人：{N}（工号KF0387）\n"
                    + "处理结果：已催促药房加急\n",
            "[语音转文字] 喂 你好 我是给我妈{P}买药的 订单号我念一下 二零二四零三三零……算了 你记我手机{MV} 我叫{F}\n",
            "[语音转文字] 客服你好 我爸{P}不会用手机 问诊都是我用我的号{MV}帮他问的 药能不能寄到{A}\n",
            "工单备注：用户{PK}（实名{F}）投诉{DS}医生回复太慢；接诊医生{DR}当日接诊86单；已致歉并赠送优惠券 HCYY-5T9Q-R2MN\n",
            "客服回访：{FS}先生您好，您反映的{P}退款问题已处理，退款将在1-3个工作日到账。回访人{N}\n",
            "{PS}女士投诉：视频问诊时医生{DR}迟到20分钟，就诊人{P}等了很久。处理：补偿优惠券。工单 KF20240331-0066\n",
            "[微信 杭城云医客服群]\n{N}：有个用户{F}一直打{M}投诉，说药寄错了\n{N}：她家老人{P}的药对不对？\n{N}：对的，是快递员{N}送错小区了\n",
            "投诉转办单：投诉人{F}，{L}，被投诉人药师{N}，事由：审方太慢耽误{P}用药；转药学部{NS}主任处理\n",
            "Ticket #KF-2024-0331-118\nUser: {E}\nContact: {M}\nIssue: cannot add family member {E2} as a patient, passport not accepted\n"
                    + "Agent: {N}\nFollow-up: called Ms {ES} back on {D}\n",
            "您好，我是客服小{NS}，工号KF0412。{FS}女士您好，您给{P}预约的{D}视频复诊已改期，新的时间会短信发到{M}\n",
            "来电记录：{TIME} 来电 138****5678（号码已脱敏），自称{P}的{KIN}，要求查询处方进度，已核实身份证{ID}\n",
            "IP归属地异常：账号{M}（{F}）于{TIME}在IP 183.157.92.18（浙江杭州）和 117.136.8.201（贵州黔东南）同时登录，已冻结\n",
            // SMS.
            "【杭城医院】{P}，您预约的{D} {TIME}视频复诊（医生：{DR}）将在15分钟后开始，请提前打开杭城云医App。\n",
            "【杭城云医】验证码 482913，您正在为就诊人{P}绑定账号，如非本人操作请忽略。\n",
            "【杭城云医】{F}您好，您的药品已签收（{AP}），如有问题请联系药师{N}：{L}\n",
            "【杭城云医】{F}您好，您的理赔款已转入尾号8832的银行卡，被保险人{P}，客服热线95338\n",
            // Exports and log lines.
            "2024-04-01 10:45:02 INFO [delivery] order=202404011045021183 receiver={F} phone={M} addr={A} carrier=SF track=SF1439012876543\n",
            "access.log 115.236.47.102 - - [01/Apr/2024:11:02:17 +0800] \"GET /api/v2/patients?name={P}&mobile={M} HTTP/1.1\" 200 1842 "
                    + "\"HangchengYunyi/5.12.3 (iPhone; iOS 17.4.1)\"\n",
            "user_id,nickname,real_name,mobile,id_card,register_ip\n100287431,向日葵,{F},{M},{ID},36.27.198.54\n"
                    + "100287432,{PK},{N},{M},{ID},60.186.22.9\n",
            "{\"event\":\"video_end\",\"roomId\":\"VR2404010031\",\"doctor\":\"{DR}\",\"patient\":\"{P}\",\"patientMobile\":\"{M}\","
                    + "\"appVersion\":\"5.12.3\",\"deviceId\":\"864512045678912\"}\n",
            "{\"consultId\":\"TW2404020188\",\"patientName\":\"{P}\",\"birthday\":\"{DOB}\",\"mrn\":\"{R}\",\"messages\":[{\"from\":\"doctor\","
                    + "\"text\":\"请问过敏史？\"},{\"from\":\"patient\",\"text\":\"青霉素过敏\"}]}\n",
            "患者导出\t姓名\t出生日期\t身份证号\t手机\t地址\n1\t{P}\t{DOB}\t{ID}\t{M}\t{A}\n",
            "就诊记录导出（CSV）\n就诊号,姓名,性别,年龄,门诊号,医生\nJZ2404030015,{P},{SEX},{AGE},{R},{DR}\n",
            "{\"patient\":\"{MN}\",\"idCard\":\"{ID}\",\"phone\":\"{M}\",\"address\":\"{A}\",\"helper\":\"{NM}\"}\n",
            "{\"holder\":\"{PY}\",\"cardNo\":\"{B}\",\"insuranceNo\":\"{IF}\",\"dob\":\"{DOBE}\",\"ip\":\"115.236.47.102\"}\n",
            "平台医生资质：{DR}，主任医师，执业证书编码 110330100012345，工号Q01276，手机{M}（仅内部可见）\n",
            // Minority patients.
            "[图文问诊] 就诊人：{MN}，{AGE}岁，从喀什来杭州打工，胃痛一周；由老乡{NM}帮忙打字；手机{M}\n",
            "{MG}的药寄到{A}，收货人写的是{MG}，快递员{N}说村里找不到这个人，已联系{MG}本人（{M}）\n",
            "就诊人：{NT}，{DOB}生，牧民，慢病续方（高血压），收货地址：{A}\n",
            "Interpreter note: {MG} ({MN}) speaks Uyghur and some Mandarin; family contact {NM}, tel {M}\n",
            "[微信 新疆籍患者服务群]\n{N}：{MN}的社保卡号是{I}吗？\n{NM}：是的，他是我弟弟，电话{MV}\n",
            // Foreign patients and English documents.
            "Hi Dr {DS}, this is {E}. My daughter {EG} has had a rash since yesterday, photos uploaded. My number is {M}.\n",
            "Online consultation (English)\nPatient: {E}\nDOB: {DOBE}\nID: {IDF}\nChief complaint: lower back pain for 2 weeks\n"
                    + "Doctor: Dr {DR}, Orthopaedics\nReferred by: Dr {ES}, Hangzhou International Clinic\nAdvice: MRI at Hangcheng Hospital, book via the app\n",
            "外籍就诊人：{E}，国籍：德国，护照号 C4J8K2N7Q，德国法定医保号 {IF}，手机{M}，住{A}\n",
            "Refund notice: Dear {ES}, your payment for order 202404031422087795 (video visit with Dr {DR}) has been refunded to "
                    + "card ending 4417. Refund ID 50300009012024040398765432101.\n",
            "Family account\nHolder: {PY}\nPatients: {PY} (child), {E2} (spouse)\nPhone: {M}\nInsurance: {IF}\n",
            "Dear {EG}, your husband's prescription (CF2024040800512) was approved by pharmacist {N} and shipped to {AP}. "
                    + "Questions: {L}\n",
            // Families, minors and general notes.
            "{F}之女{P}，14岁，在线咨询过敏性鼻炎；因未成年由母亲{F}代为操作，聊天里一直叫她{PG}\n",
            "线上复诊：{F}之子，9岁，多动症复诊，家长手机{M}\n",
            "预约检查：{P}，{D}上午8:30，腹部B超，需空腹；就诊卡{R}；地点：杭城医院滨江院区门诊楼3楼；咨询{L}\n",
            "家庭医生签约：{P}与{N}（淳安县威坪镇卫生院家庭医生团队）签约，签约服务包A，健康档案号{RA}，社保卡号{I}\n",
            "[语音转文字] 喂 是杭城云医吗 我姓{NS} 我帮我外婆{P}问的 她住{A0} 药还没到 你们查一下 我电话{MV}\n",
            "随访表\t{P}\t{SEX}\t{DOB}\t{R}\t{DR}\t应急联系人{F}\n",
            "就诊人{P}的金额明细：问诊费29.90元，药费126.30元，快递费0元；周一前寄出；下单人{F}\n");

    // The commonest surnames of China first (the platform's patients come from everywhere), then others, the Zhejiang
    // staff's, the Miao, Dong and Hui patients', the rare surnames of Zhejiang, and word-like names.
    static final List<String> CHINESE = List.of((""
            + "王桂馥 王守蓬 王叙白 王丽珺 王建楠 王秋禾 王雪芬 王根娣 王亦舟 王德钧 王春妹 王絮帆 王耀庭 王淑贞 王沛霖 "
            + "李素贞 李长庚 李沐禾 李婉蘅 李国樑 李秀媛 李兆麟 李苒苒 李荷香 李奕珩 李承恩 "
            + "张翠岫 张秉坤 张淑珍 张晏清 张梓萌 张耀垣 张菊妹 张启航 张雅芬 "
            + "刘香莲 刘家驹 刘沛然 刘宗燧 刘巧蓁 刘思琪 刘炳炎 "
            + "陈阿根 陈素绮 陈奕然 陈思远 陈锦澜 陈杏娟 陈淑仪 陈立夫 "
            + "杨巧玲 杨丰收 杨书瑶 杨秀莼 杨老岩 杨宛如 "
            + "黄美珍 黄炳堃 黄子樾 黄佩芸 黄守义 "
            + "赵德胜 赵雅琴 赵承泽 赵桂芝 "
            + "吴根宝 吴雪茵 吴梓岚 吴佩芸 吴老金 "
            + "周凤仙 周明远 周语棠 周慧娴 "
            + "徐芊羽 徐阿大 孙金娣 孙晓菲 胡炳荣 朱丽君 高培元 林雅涵 何秀媛 郭振声 罗小蓉 韩玉珍 "
            + "沈阿毛 沈雅芬 俞国庆 金彩凤 蒋梦婕 童振声 钱耀宗 邵慧萍 叶佩珊 "
            + "龙金蔓 石秀娥 马福祯 马如龙 "
            + "楼金水 楼雅琴 楼宇 竺丽娜 竺根法 裘根发 裘佳颖 斯梦瑶 斯志刚 泮阿福 泮雅静 "
            + "甘棠 江潮"
            ).strip().split(" "));
    /** Surnames of Zhejiang no earlier blind group gave anyone: 斯 (Zhuji) and 泮 (Ningbo). */
    static final String RARE_SURNAMES = "斯泮";
    /** Pool names that are also ordinary words: a birch-leaf pear (a word of the Book of Songs), a building, the river's tide. */
    static final List<String> WORD_LIKE = List.of("甘棠", "楼宇", "江潮");
    /** Uyghur and Kazakh patients and relatives: personal name·father's name. */
    static final List<String> MINORITY = List.of("艾克拜尔·阿不力孜", "古再丽努尔·买合木提", "阿迪力江·吐尔地", "米热班·艾合麦提",
            "努尔比亚·司马义", "阿卜杜萨拉木·麦麦提", "帕尔哈提·吾守尔", "布阿依谢姆·吐尔洪", "阿依达娜·叶尔兰",
            "叶尔波拉提·加肯", "巴合提江·努尔太", "古丽巴哈尔·赛力克");
    /** Tibetan, Mongolian and Yi names, written without a dot and labelled whole. */
    static final List<String> STANDALONE = List.of("次旦央宗", "强巴曲扎", "阿旺平措", "巴桑拉姆", "嘎玛德央", "查干巴拉",
            "毕力格巴图", "苏日古嘎", "吉克阿牛", "阿说约呷");
    /** Display names that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("阿珺妹", "琴琴", "阿彬哥", "芸姐", "阿强哥", "老沈头", "Vivian吴", "Sunny王",
            "Jenny楼", "燕姐");
    /** Expatriates in Hangzhou and foreign contacts, given|family: German, Dutch, Finnish, Chilean, Nigerian, Indian,
     * British, Australian, Uzbek, Romanian, Korean, Japanese. */
    static final List<String> ENGLISH = List.of("Gisbert|Albrecht", "Wiebren|Wijnbergen", "Tuomas|Nurmivaara",
            "Matias|Barrientos", "Chibuikem|Okorafor", "Priyamvada|Venkatachalapathy", "Callista|Worthington",
            "Ruairidh|Kinnersley", "Sevara|Tursunbaeva", "Teodor|Caragiale", "Hyunwoo|Namgung", "Takumi|Hamazaki");
    /** Names in pinyin as card and insurance systems spell them, family|given. */
    static final List<String> PINYIN = List.of("Qiu|Muyao", "Zhu|Hanqing", "Ying|Zhuoran", "Shen|Yiheng", "Luo|Jiale",
            "Yu|Tingshu", "Jin|Chenxi", "Tong|Ruoxuan", "Si|Wenjun", "Fang|Zhiyuan");

    /**
     * Codes in use before 1999: Xihu, Chun'an, Tonglu, Jiande (Hangzhou), Yiwu, Dongyang (Jinhua), Zhuji (Shaoxing), Hua
     * (Anyang, Henan), Shaodong county (Hunan), Zhongjiang (Sichuan), Congjiang (Guizhou), Kashgar city, Yining county
     * (Xinjiang), Xigaze city (Tibet, before 2014), Linxi (Inner Mongolia).
     */
    private static final List<String> LEGACY_AREA = List.of("330106", "330127", "330122", "330182", "330782", "330783",
            "330681", "410526", "430521", "510623", "522633", "653101", "654021", "542301", "150424");
    /** And codes created later: Xiaoshan 2001, Yuhang 2001, Fuyang 2014, Lin'an 2017, Samzhubze 2014, Shaodong city
     * 2019. */
    static final List<String> NEW_CODES = List.of("330109", "330110", "330111", "330112", "540202", "430582");
    private static final List<String> AREA = Stream.concat(NEW_CODES.stream(), LEGACY_AREA.stream()).toList();
    /** The consortium's counties, for the 17-digit health-archive numbers: Chun'an, Jiande, Pan'an, Congjiang. */
    private static final List<String> ARCHIVE_COUNTIES = List.of("330127", "330182", "330727", "522633");
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("0571", "0579");
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0855", "0892");
    private static final List<String> BANK_BINS = List.of("622588", "621483", "622609", "621700", "622848", "623058");
    /** Foreign Permanent Resident ID cards: province of issue and nationality (Korea, Germany, UK, USA, Japan). */
    private static final List<String> PR_PROVINCES = List.of("33", "31", "11");
    private static final List<String> PR_NATIONS = List.of("410", "276", "826", "840", "392");
    /** Province|city|district|roads|estates|style of the flat number. */
    private static final List<String> CITY = List.of(
            "浙江省|杭州市|西湖区|文三路,古墩路,天目山路|嘉绿苑,古荡新村,西溪诚园|Z",
            "浙江省|杭州市|余杭区|五常大道,文一西路|西溪水岸花苑,海创园公寓|Z",
            "浙江省|杭州市|滨江区|江南大道,滨盛路|星耀城,东方郡|Z",
            "浙江省|金华市|义乌市|稠州北路,宾王路|宾王小区,江滨绿园|Z",
            "江苏省|苏州市|姑苏区|干将西路,人民路|三香新村,桐泾新村|Z",
            "北京市||朝阳区|望京街,北苑路|望京西园三区,北苑家园|B",
            "上海市||浦东新区|张杨路,东方路|潍坊新村,东方城市花园|S",
            "重庆市||渝北区|金开大道,龙湖路|龙湖新壹城,金开名都|C",
            "广东省|深圳市|南山区|科苑路,南海大道|蔚蓝海岸,桃源村|G",
            "广东省|广州市|天河区|天河北路,中山大道|华景新城,骏景花园|G",
            "四川省|成都市|武侯区|科华北路,玉林南路|棕北小区,玉林小区|D",
            "湖北省|武汉市|洪山区|珞喻路,雄楚大道|光谷新世界,卓刀泉小区|D",
            "广西壮族自治区|南宁市|青秀区|民族大道,竹溪大道|凤岭小区,青秀苑|D",
            "新疆维吾尔自治区|乌鲁木齐市|天山区|解放南路,新华南路|和平小区,南门花苑|D",
            "黑龙江省|哈尔滨市|南岗区|西大直街,学府路|河松小区,学府家园|N");
    /** Province|city|county|towns|villages|style: V villages with 组, M Inner Mongolia's 苏木 and 嘎查. */
    private static final List<String> RURAL = List.of(
            "浙江省|杭州市|淳安县|威坪镇,汾口镇|叶家村,茶园村,唐村|V",
            "浙江省|杭州市|建德市|乾潭镇,大同镇|梓源村,劳村|V",
            "浙江省|金华市|磐安县|尖山镇,玉山镇|管头村,岭口村|V",
            "贵州省|黔东南苗族侗族自治州|从江县|丙妹镇,往洞镇|岜沙村,增冲村|V",
            "河南省|安阳市|滑县|道口镇,留固镇|东关村,后营村|V",
            "湖南省|邵阳市|邵东市|廉桥镇,流光岭镇|长塘村,石株桥村|V",
            "甘肃省|临夏回族自治州|临夏县|土桥镇,韩集镇|大庄村,阳洼村|V",
            "新疆维吾尔自治区|喀什地区|疏附县|托克扎克镇,乌帕尔镇|阿亚格曼干村,库木巴格村|V",
            "西藏自治区|日喀则市|桑珠孜区|江当乡,东嘎乡|江当村,帕当村|V",
            "内蒙古自治区|锡林郭勒盟|正蓝旗|那日图苏木,桑根达来镇|巴彦胡舒嘎查,宝日陶勒盖嘎查|M");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";

    private Blind46Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_46 || !templates.isEmpty() && BLIND_46.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Uyghur or Kazakh patient (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    /** The personal name of a Uyghur or Kazakh name, used alone: 艾克拜尔 of 艾克拜尔·阿不力孜. */
    static String personalName(String minorityName) {
        return minorityName.substring(0, minorityName.indexOf('·'));
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
    }

    /** A pinyin entry as written: QIU MUYAO, Qiu Muyao, Muyao Qiu or QIU/MUYAO. */
    static String pinyinName(String entry, RandomGenerator r) {
        String fam = entry.substring(0, entry.indexOf('|')), giv = entry.substring(entry.indexOf('|') + 1);
        return switch (r.nextInt(4)) {
            case 0 -> (fam + " " + giv).toUpperCase();
            case 1 -> fam + " " + giv;
            case 2 -> giv + " " + fam;
            default -> fam.toUpperCase() + "/" + giv.toUpperCase();
        };
    }

    /** Every written form of the pinyin pool. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String e : PINYIN) {
            String fam = e.substring(0, e.indexOf('|')), giv = e.substring(e.indexOf('|') + 1);
            out.addAll(List.of((fam + " " + giv).toUpperCase(), fam + " " + giv, giv + " " + fam,
                    fam.toUpperCase() + "/" + giv.toUpperCase()));
        }
        return out;
    }

    private static String[] split(String entry) {
        return entry.split("\\|", -1);
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    private static int between(int lo, int hi, RandomGenerator r) {
        return lo + r.nextInt(hi - lo + 1);
    }

    /** Province, city and district (county) in full, run on or, as shopping apps write them, spaced. */
    private static String head(String[] t, boolean withProvince, boolean spaced, RandomGenerator r) {
        List<String> parts = new ArrayList<>();
        if (withProvince) parts.add(t[0]);
        if (!t[1].isEmpty() && (withProvince || r.nextInt(4) > 0)) parts.add(t[1]);
        if (parts.isEmpty() && t[1].isEmpty()) parts.add(t[0]);
        parts.add(t[2]);
        return String.join(spaced ? " " : "", parts);
    }

    /** The flat of an estate in the province's own form. */
    private static String flatNumber(String style, RandomGenerator r) {
        int floor = between(1, 28, r), room = between(1, 4, r);
        return switch (style) {
            case "B" -> between(1, 40, r) + "号楼" + between(1, 6, r) + "单元" + floor + "0" + room;
            case "S" -> between(1, 60, r) + "号" + floor + "0" + room + "室";
            case "C" -> between(1, 20, r) + "栋" + floor + "-" + room;
            case "G" -> r.nextBoolean() ? between(1, 12, r) + "栋" + "ABCD".charAt(r.nextInt(4)) + "座" + floor + "0" + room + "房"
                    : between(1, 12, r) + "栋" + floor + "0" + room + "房";
            case "N" -> between(1, 30, r) + "栋" + between(1, 6, r) + "单元" + Math.min(floor, 9) + "层" + room + "号";
            case "Z" -> between(1, 30, r) + "幢" + between(1, 4, r) + "单元" + floor + "0" + room + "室";
            default -> between(1, 30, r) + "栋" + between(1, 6, r) + "单元" + floor + "0" + room + "室";
        };
    }

    /** A flat: 浙江省杭州市西湖区文三路259号嘉绿苑12幢3单元501室, 上海市浦东新区张杨路1280弄12号602室. */
    static String flat(boolean withProvince, boolean spaced, RandomGenerator r) {
        String[] t = split(pick(CITY, r));
        String road = one(t[3], r);
        String number = t[5].equals("S") ? between(100, 2000, r) + "弄" : between(1, 600, r) + "号";
        String estate = t[5].equals("S") ? "" : one(t[4], r);
        return head(t, withProvince, spaced, r) + (spaced ? " " : "") + road + number + estate + flatNumber(t[5], r);
    }

    /** A village: 贵州省黔东南苗族侗族自治州从江县丙妹镇岜沙村3组12号, 内蒙古自治区锡林郭勒盟正蓝旗那日图苏木巴彦胡舒嘎查. */
    static String village(boolean withProvince, boolean spaced, RandomGenerator r) {
        String[] t = split(pick(RURAL, r));
        String base = head(t, withProvince, spaced, r) + (spaced ? " " : "") + one(t[3], r) + one(t[4], r);
        if (t[5].equals("M")) return r.nextBoolean() ? base : base + between(1, 90, r) + "号";
        return switch (r.nextInt(3)) {
            case 0 -> base + between(1, 12, r) + "组";
            case 1 -> base + between(1, 12, r) + "组" + between(1, 80, r) + "号";
            default -> base + between(1, 200, r) + "号";
        };
    }

    /** A full address: a flat or a village, with the province (most) or from the city, now and then spaced. */
    static String address(RandomGenerator r) {
        boolean withProvince = r.nextInt(4) > 0, spaced = r.nextInt(6) == 0;
        return r.nextInt(10) < 6 ? flat(withProvince, spaced, r) : village(withProvince, spaced, r);
    }

    /**
     * A pick-up point: an estate's 菜鸟驿站 or 丰巢快递柜 (浙江省杭州市西湖区文三路259号嘉绿苑东门丰巢快递柜), a town's 菜鸟驿站
     * (淳安县威坪镇威坪大街112号菜鸟驿站), a village's 村委会 (从江县丙妹镇岜沙村村委会).
     */
    static String pickUpPoint(RandomGenerator r) {
        boolean withProvince = r.nextBoolean();
        if (r.nextBoolean()) {
            String[] t = split(pick(CITY, r));
            String gate = pick(List.of("东门", "南门", "西门", "北门", ""), r);
            return head(t, withProvince, false, r) + one(t[3], r) + between(1, 600, r) + "号" + one(t[4], r) + gate
                    + pick(List.of("菜鸟驿站", "丰巢快递柜", "快递柜"), r);
        }
        String[] t = split(pick(RURAL, r));
        String town = one(t[3], r);
        if (r.nextBoolean()) {
            String street = town.substring(0, town.length() - 1) + pick(List.of("大街", "路", "街"), r);
            return head(t, withProvince, false, r) + town + street + between(1, 200, r) + "号菜鸟驿站";
        }
        return head(t, withProvince, false, r) + town + one(t[4], r) + (t[5].equals("M") ? "委员会" : "村委会");
    }

    /** An address that stops early: 从江县丙妹镇, 从江县丙妹镇岜沙村, 西湖区文三路, 杭州市西湖区文三路259号, 西湖区西溪街道. */
    static String partialAddress(RandomGenerator r) {
        if (r.nextBoolean()) {
            String[] t = split(pick(RURAL, r));
            String county = (r.nextBoolean() && !t[1].isEmpty() ? t[1] : "") + t[2];
            return r.nextBoolean() ? county + one(t[3], r) : county + one(t[3], r) + one(t[4], r);
        }
        String[] t = split(pick(CITY, r));
        String district = (t[1].isEmpty() ? t[0] : r.nextBoolean() ? t[1] : "") + t[2];
        return switch (r.nextInt(3)) {
            case 0 -> district + one(t[3], r);
            case 1 -> district + one(t[3], r) + between(1, 600, r) + "号";
            default -> district + one(t[4], r);
        };
    }

    /** A resident ID: 18 characters (born 1935 to 2023) plain, with a lower-case x or 6-8-4 by blanks, or a 15-digit
     * one on a code of its time (born 1935 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 35, 50, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1935, 89, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A residence permit of a person from Hong Kong (810000), Macau (820000) or Taiwan (830000). */
    static String residencePermit(RandomGenerator r) {
        return IdentifierForms.residentId(pick(List.of("810000", "820000", "830000"), r), 1945, 60, r);
    }

    /** The check digit of a Korean resident registration number (its first twelve digits). */
    static int koreanCheck(String first12) {
        int[] w = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (first12.charAt(i) - '0') * w[i];
        return (11 - sum % 11) % 10;
    }

    /** A foreign identity number: a Korean resident registration number, or a Foreign Permanent Resident ID card. */
    static String foreignId(RandomGenerator r) {
        int y = between(1950, 2015, r), m = between(1, 12, r), d = between(1, 28, r);
        if (r.nextBoolean()) {
            String sex = String.valueOf((y < 2000 ? 1 : 3) + r.nextInt(2));
            String first12 = String.format("%02d%02d%02d", y % 100, m, d) + sex + digits(5, r);
            return first12.substring(0, 6) + "-" + first12.substring(6) + koreanCheck(first12);
        }
        String first17 = "9" + pick(PR_PROVINCES, r) + pick(PR_NATIONS, r) + String.format("%d%02d%02d", y, m, d)
                + digits(3, r);
        return first17 + Checksums.residentIdCheck(first17);
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
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

    /** A mobile as said on the phone: the one as 幺 or 一, the nought as 零; 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '1' ? one : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /**
     * A landline: eight local digits on 0571 and 0579, seven on 0855 and 0892: 0571-87301234, (0571)87301234,
     * 0571 8730 1234, 0571-87301234转806, +86 571 87301234.
     */
    static String landline(RandomGenerator r) {
        boolean eight = r.nextInt(3) > 0;
        String area = pick(eight ? EIGHT_DIGIT_AREAS : SEVEN_DIGIT_AREAS, r);
        String local = (char) ((eight ? '5' : '2') + r.nextInt(eight ? 4 : 7)) + digits(eight ? 7 : 6, r);
        int half = eight ? 4 : 3;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3, r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /** 0018736521 (outpatient), Z24018765 (inpatient), HC2403187652 (就诊卡号). */
    static String recordNumber(RandomGenerator r) {
        int year = 2015 + r.nextInt(11);
        return switch (r.nextInt(3)) {
            case 0 -> "00" + digits(8, r);
            case 1 -> "Z" + (year % 100) + digits(6, r);
            default -> "HC" + (year % 100) + digits(8, r);
        };
    }

    /** A 居民健康档案号 of the consortium: county code, township, village and five digits, 33012710300100387. */
    static String archiveNumber(RandomGenerator r) {
        return pick(ARCHIVE_COUNTIES, r) + String.format("%03d%03d", between(1, 25, r), between(1, 40, r))
                + digits(5, r);
    }

    /** 社保卡号: a letter and eight digits. */
    static String insuranceNumber(RandomGenerator r) {
        return "ABCDEFGHJK".charAt(r.nextInt(10)) + digits(8, r);
    }

    /** A 西湖益联保 policy: P330100, the year and seven digits. */
    static String policyNumber(RandomGenerator r) {
        return "P330100" + (2021 + r.nextInt(4)) + digits(7, r);
    }

    /** The check digit of an NHS number (its first nine digits), or -1 when none is valid. */
    static int nhsCheck(String first9) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (first9.charAt(i) - '0') * (10 - i);
        int c = 11 - sum % 11;
        return c == 11 ? 0 : c == 10 ? -1 : c;
    }

    /** The check digit of a German health-insurance number: the letter as two digits, then the eight digits. */
    static int kvnrCheck(char letter, String eight) {
        String s = String.format("%02d", letter - 'A' + 1) + eight;
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            int p = (s.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
            sum += p / 10 + p % 10;
        }
        return sum % 10;
    }

    /** A foreign health-insurance number: an NHS number 943 476 5919 or a German one A123456780. */
    static String foreignInsurance(RandomGenerator r) {
        if (r.nextBoolean()) {
            while (true) {
                String first9 = (char) ('4' + r.nextInt(6)) + digits(8, r);
                int c = nhsCheck(first9);
                if (c < 0) continue;
                String n = first9 + c;
                return r.nextBoolean() ? n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6) : n;
            }
        }
        char letter = (char) ('A' + r.nextInt(26));
        String eight = digits(8, r);
        return "" + letter + eight + kvnrCheck(letter, eight);
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

    /** 1987年5月12日, 1987-05-12, 1987/5/12, 1987.05.12, 19870512, 87年5月12号; born 1935 to 2023. */
    static String birthDate(RandomGenerator r) {
        int y = between(1935, 2023, r), m = between(1, 12, r), d = between(1, 28, r);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "/" + m + "/" + d;
            case 3 -> String.format("%d.%02d.%02d", y, m, d);
            case 4 -> String.format("%d%02d%02d", y, m, d);
            default -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
        };
    }

    /** The month of birth only: 1987年5月, 1987-05. */
    static String birthMonth(RandomGenerator r) {
        int y = between(1935, 2023, r), m = between(1, 12, r);
        return r.nextBoolean() ? y + "年" + m + "月" : String.format("%d-%02d", y, m);
    }

    /** As OCR reads an identity card: 1987年5月12日 or 1987 年 5 月 12 日. */
    static String cardBirthDate(RandomGenerator r) {
        int y = between(1935, 2023, r), m = between(1, 12, r), d = between(1, 28, r);
        return r.nextBoolean() ? y + "年" + m + "月" + d + "日" : y + " 年 " + m + " 月 " + d + " 日";
    }

    /** As English documents write it: 12 May 1987, May 12, 1987, 12/05/1987. */
    static String englishBirthDate(RandomGenerator r) {
        int y = between(1945, 2022, r), m = between(1, 12, r), d = between(1, 28, r);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month.substring(0, 3) + " " + d + ", " + y;
            default -> String.format("%02d/%02d/%d", d, m, y);
        };
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NS" -> out.write(surnameOf(chineseName(random)), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "MG" -> out.write(personalName(people[3]), EntityKind.NAME);
            case "NM" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "NT" -> out.write(pick(STANDALONE, random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(pick(PINYIN, random), random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "IDP" -> out.write(residencePermit(random), EntityKind.ID_NUMBER);
            case "IDF" -> out.write(foreignId(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "RA" -> out.write(archiveNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "PN" -> out.write(policyNumber(random), EntityKind.INSURANCE);
            case "IF" -> out.write(foreignInsurance(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random), EntityKind.ADDRESS);
            case "AP" -> out.write(pickUpPoint(random), EntityKind.ADDRESS);
            case "A0" -> out.write(partialAddress(random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
            case "DOBO" -> out.write(cardBirthDate(random), EntityKind.BIRTH_DATE);
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
                || CHINESE.stream().anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || MINORITY.stream().anyMatch(n -> personalName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /** The pool name a labelled value writes in full, or null when the value (a surname, a given name) names no one in
     * full. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || STANDALONE.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        if (pinyinForms().contains(w)) return w;
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
    }

    static List<String> chineseNames() {
        return CHINESE;
    }

    static List<String> minorityNames() {
        return MINORITY;
    }

    static List<String> standaloneNames() {
        return STANDALONE;
    }

    static List<String> nicknames() {
        return NICKNAMES;
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

    /** The provinces, cities, districts and counties an address may open with. */
    static List<String> addressHeads() {
        List<String> out = new ArrayList<>();
        for (String e : Stream.concat(CITY.stream(), RURAL.stream()).toList()) {
            String[] t = split(e);
            for (int i = 0; i < 3; i++) if (!t[i].isEmpty() && !out.contains(t[i])) out.add(t[i]);
        }
        return out;
    }
}

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
 * Fifty-fourth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_54}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: an international travel-health and medical-evacuation centre (the fictional 丝路国际旅行健康中心, 西安总部
 * and 长沙分中心, in a consortium with a tertiary hospital) that looks after the Chinese workers of the fictional 陕湘国际工程集团
 * on Belt and Road projects in Angola, Algeria, Nigeria, Ethiopia, Saudi Arabia, Iraq, Kazakhstan and Pakistan, and their
 * families at home. Pre-departure health checks and vaccination (yellow fever, meningitis, typhoid) with their
 * certificates, malaria and typhoid among returnees (admission notes, report cards, follow-up), medical-evacuation
 * (医疗转运) requests and assistance-company case files, flight manifests, PNRs and escort notes, project-site clinic
 * reports in French (Algeria), Portuguese (Angola), Arabic script (Saudi Arabia, Iraq) and English, embassy and
 * company HR letters, insurance claims and payouts, families in Shaanxi and Hunan villages calling or sending voice
 * notes in dialect, repatriation of remains, psychological support after incidents, WeChat groups of the project
 * teams, SMS, OCR'd forms, CSV, tab, pipe and markdown tables, JSON exports and e-mails (between a seventh and a
 * fifth start in English, French or Portuguese).
 *
 * <p>The people: engineers, welders, cooks and drivers from Shaanxi, Hunan, Henan and Sichuan, their wives, parents
 * and children, project and centre doctors, nurses, psychologists and HR staff, Hui interpreters from Xi'an's Muslim
 * quarter, and foreign colleagues: local doctors, nurses, drivers and assistance coordinators with Algerian, Saudi,
 * Iraqi, Pakistani, Angolan, Hausa and Igbo, Ethiopian and Kazakh names.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, lists, manifests, English, French and Portuguese
 * prose). A surname in a form of address labels the surname only ({@code PS} the patient's, {@code FS} the
 * relative's, {@code DS} the doctor's, {@code NS} a further person's, {@code MS} the Hui interpreter's): 老X, 小X, X工, X师傅,
 * X经理, X总, X医生, X大夫, X主任, X队长, X班长, X哥, X姐, X嗲, X翻译. A given name used alone ({@code PG}) labels the given
 * name (a one-character given name is never used alone). A work-site or village nickname ({@code PK}: 王黑蛋, 眼镜李,
 * 小甘肃) names a person and is labelled whole. A wife known by her husband's name (X屋里人, X家堂客) labels the husband.
 * Kin words, dialect words, titles and roles alone are not names: 屋里人, 堂客, 娭毑, 满崽, 老汉儿, 媳妇, 工友, 司机, 翻译,
 * 安全员, 随行医生, 协调员; nor are 老陕 and other demonyms. An OCR'd name ({@code PO}) broken by a line break, a blank after
 * the surname, or a blank or ideographic blank between every character is one span. Chinese names also stand in
 * passport pinyin ({@code PY}: WANG JUNFENG, Wang Junfeng, Junfeng Wang, WANG Junfeng; {@code NY} a further person),
 * in the airline form ({@code PW}, {@code NW}: WANG/JUNFENG) and as a pinyin surname after M., Mr or Sr. ({@code PZ}:
 * Wang, WANG), all labelled whole and without the title. Hui interpreters ({@code MN}) are written in characters,
 * by their Muslim name (经名) in characters ({@code MJ}: 尔撒) and in Arabic script ({@code MA}: عيسى), and in passport
 * pinyin ({@code MY}: Mi Zhenxi); {@code NM} is a further Hui name. Foreign colleagues ({@code E}, {@code E2}) are
 * labelled whole, a family name alone ({@code ES}) and a given name alone ({@code EG}) too; Dr, Dr., M., Sr., Ato and
 * Oga stay outside the span; {@code EA} writes an Arabic-script name (Saudi, Iraqi, Algerian and Pakistani
 * colleagues, Urdu letters for the last) whole.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Shaanxi 61, Hunan 43, Henan 41 and Sichuan 51; plain, with a lower-case x, 6-8-4 by blanks or hyphens; one in ten a
 * parent's 15-digit number with a valid birth date), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86,
 * 0086; {@code MV}: spoken, 幺 or 一 for one, 零 for nought), numbers abroad in the forms of each country, with the
 * country code and as dialled locally ({@code MAO} Angola +244, {@code MDZ} Algeria +213 and 0661 …, {@code MNG}
 * Nigeria +234 and 0803 …, {@code MET} Ethiopia +251 and 09…, {@code MSA} Saudi Arabia +966 and 05…, {@code MIQ} Iraq
 * +964 and 07…, {@code MKZ} Kazakhstan +7 and 8 7…, {@code MPK} Pakistan +92 and 03…, {@code MX} any of them),
 * satellite phones of remote camps ({@code MT}: Thuraya +882 16 …, Iridium +8816 …), landlines ({@code L}: eight
 * digits on 029 Xi'an and 0731 Changsha, with the code in brackets, a hyphen or a blank, as +86 29 / +86 731, or
 * without the code), record numbers ({@code RZ}: ten-digit inpatient numbers 00xxxxxxxx; {@code RM}: health-check and
 * travel-health files XA24-038712 / CS25-001873; {@code RX}: project-site clinic files YD24-0387), insurance numbers
 * ({@code IP}: twelve-digit medical-insurance personal numbers on a city code; {@code IO}: overseas group-medical
 * member numbers 86-0038712-01; {@code I}, where the label does not say, either), bank cards ({@code B}: 16 or 19
 * digits with a valid Luhn digit, plain or in fours by blanks or hyphens), addresses ({@code A}: flats in Xi'an and
 * Changsha by road, number, estate and 号楼/单元/室 or 栋 and room, or by 街道 and estate; villages of Shaanxi, Hunan, Henan and
 * Sichuan by 县, 镇, 村 and 组; {@code A0}: stopping at the 街道, the road, its number, the town or the village), dates of
 * birth ({@code DOB}: 1986年3月12日, 1986-03-12, 1986.3.12, 1986/03/12, 19860312; {@code DOBM}: 1986.03, 1986年3月;
 * {@code DOBD}: 12/03/1986, 12.03.1986; {@code DOBF}: 12 mars 1986, 1er mars 1986; {@code DOBP}: 12 de Março de 1986,
 * 12 de março de 1986; {@code DOBE}: 12 MAR 1986, 12 March 1986, March 12, 1986).
 *
 * <p>Not labelled: passport, visa, iqama and residence-permit numbers, vaccination and embalming certificate numbers,
 * vaccine lot numbers, infectious-disease report-card numbers, assistance case references, claim and report numbers,
 * group policy numbers, flight and seat numbers, PNRs, e-ticket and air-waybill numbers, GAMCA slips, employee
 * numbers, licence plates, coordinates, the short consular hotline 12308, visit and travel dates and times, ages,
 * scores (GCS, PCL-5, PHQ-9, K10), parasite densities, lab values and doses, amounts in RMB, USD and the like, company,
 * hospital, clinic and project names, kin words, roles and dialect words, and words beginning with a pool surname
 * (高烧, 马上, 白天, 司机, 折叠, 麻疹, 敬请, 石膏, 雷暴, 田间, 常规; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind51Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #NAMES},
 * each with its passport pinyin) is drawn as the workforce and families of the four provinces would look: 王, 李, 张, 刘,
 * 陈, 杨 carry half, then Shaanxi surnames (党, 雷, 薛, 强, 寇, 惠, 拓, 折, 雒, 屈, 樊, 郝, 贺, 员, 淡), Hunan ones (谭, 彭, 曾, 邓, 龚, 伍,
 * 向, 田, 覃 of the Tujia, 麻, 龙, 石 of the Miao, 粟, 弋), Henan (牛, 司, 范, 郭, 孔) and Sichuan (何, 罗, 蒲, 苟, 敬, 廖, 冉), with
 * surnames of the regions no earlier group used ({@link #RARE_SURNAMES}), the names of the 1950s to 1970s (拴劳, 社教,
 * 改琴, 满仓, 建党), the Hunan and Shaanxi names of the workers (湘平, 渭军, 细妹), their children's (沐阳, 若汐) and names
 * that are also words ({@link #WORD_LIKE}). {@link #MINORITY} holds Hui names with their Muslim names in characters and
 * Arabic script and their passport forms, {@link #NICKNAMES} work-site and village nicknames, {@link #ENGLISH} foreign
 * colleagues, {@link #ARABIC} the Arabic-script forms of some of them. Own slots: {@code N}, a further Chinese name;
 * {@code NS}, {@code PS}, {@code FS}, {@code DS}, {@code MS}, surnames; {@code PG}, {@code PK}, {@code PO},
 * {@code PY}, {@code PW}, {@code PZ}, {@code NY}, {@code NW}, {@code MJ}, {@code MA}, {@code MY}, {@code NM}, {@code EA}
 * and the identifier slots above. Any non-empty subset of {@link #BLIND_54} uses these pools (see {@link #uses}).
 */
final class Blind54Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270124L;

    static final List<String> BLIND_54 = List.of(
            // Pre-departure health checks and vaccination.
            "出国劳务人员健康体检表\n体检编号：{RM}\n姓名：{P}  性别：{SEX}  出生日期：{DOB}\n身份证号：{ID}\n护照号：E83716524\n"
                    + "派往国家：安哥拉  派出单位：陕湘国际工程集团\n胸片：未见异常  疟疾既往史：无\n结论：合格\n主检医师：{DR}\n",
            "国际预防接种证书（黄皮书）登记\n受种者：{P}（{PY}）\n出生日期：{DOBE}\n护照号码：EJ3826417\n"
                    + "黄热病疫苗 批号 YF20240317 接种日期{D}\n证书编号 ICV-610100-24-003871\n接种医生：{DR}\n",
            "A群C群脑膜炎球菌多糖疫苗接种登记|{P}|{ID}|批号 MCV-A2403017|{D}|接种护士{N}\n",
            "体检编号,姓名,身份证号,派往国家,黄热病疫苗,流脑疫苗,联系电话\n{RM},{P},{ID},尼日利亚,已接种,已接种,{M}\n"
                    + "{RM},{N},{ID},埃塞俄比亚,已接种,待补种,{M}\n",
            "| 姓名 | 工种 | 派往 | 体检结论 | 备注 |\n|---|---|---|---|---|\n| {P} | 电焊工 | 阿尔及利亚 | 合格 | 乙肝表面抗原阳性，肝功正常 |\n"
                    + "| {N} | 厨师 | 阿尔及利亚 | 合格 | 需补种伤寒疫苗 |\n| {N} | 司机 | 沙特 | 复查 | 血压{BP} |\n",
            "【丝路国际旅行健康中心】{P}您好，您预约的出国前体检及黄热病疫苗接种时间为{D}上午，请空腹并携带护照原件和身份证，体检编号{RM}。"
                    + "咨询{L}\n",
            "疫苗接种禁忌评估：{P}，拟赴安哥拉罗安达项目部，自述鸡蛋过敏史（皮疹），黄热病疫苗为鸡胚来源，经{DR}评估后于观察室接种，"
                    + "留观30分钟无不良反应；同时接种伤寒Vi多糖疫苗，麻疹抗体阳性无需补种\n",
            "[OCR] 出 境 人 员 体 检 证 明\n姓 名 {PO}\n出生年月 {DOBM}\n身份证号 {ID}\n前往国家 伊拉克\n体检结论 合 格\n有效期至 2025年12月\n",
            "Pre-departure medical clearance\nName: {PY}\nDate of birth: {DOBE}\nPassport: EA4402718\n"
                    + "Destination: Kano, Nigeria (power plant project)\nYellow fever: vaccinated {D}, certificate "
                    + "ICV-430100-24-011872\nMalaria chemoprophylaxis: atovaquone-proguanil\nExamining doctor: {DR}\n",
            "疟疾预防用药处方：{P}，赴尼日利亚卡诺，预计驻外18个月，予甲氟喹250mg 每周一次，出发前2周开始服用；联系电话{M}；处方医师{DR}\n",
            "{\"checkNo\":\"{RM}\",\"name\":\"{P}\",\"idCard\":\"{ID}\",\"passportNo\":\"EB1937264\",\"destination\":\"沙特阿拉伯\","
                    + "\"hbsag\":\"阴性\",\"fitForWork\":true,\"tel\":\"{M}\"}\n",
            "出国前健康教育签到表\n序号\t姓名\t工种\t派往国家\t电话\n1\t{P}\t钢筋工\t哈萨克斯坦\t{M}\n2\t{N}\t电工\t哈萨克斯坦\t{M}\n"
                    + "3\t{N}\t翻译\t哈萨克斯坦\t{MKZ}\n",
            "[语音转文字] {DS}医生 我是{P} 下礼拜就要去阿尔及利亚了 公司说那个黄皮书得带原件 我那个证书上拼音写错了 护照上是{PY} "
                    + "你看咋弄 我电话{MV}\n",
            "Health declaration for work visa (Saudi Arabia)\nApplicant: {PY}\nDate of birth: {DOBD}\nMobile: {M}\n"
                    + "HIV, HBsAg, HCV, TB: negative\nGAMCA slip no. 24/0387126\nPhysician: {DR}\n",
            // Malaria and typhoid among returnees.
            "入院记录\n姓名：{P}  性别：{SEX}  住院号：{RZ}\n主诉：发热、寒战4天，自尼日利亚回国第6天\n"
                    + "现病史：患者在卡诺电站项目部工作2年，未规律服用预防药，回国后高烧39.8℃，伴头痛、乏力\n查体：体温{TEMP}，脾肋下2cm\n"
                    + "疟原虫镜检：恶性疟原虫，原虫密度2.4%\n诊断：恶性疟（重症倾向）\n接诊医师：{DR}\n",
            "传染病报告卡（疟疾）\n患者姓名：{P}  身份证号：{ID}\n现住址：{A}\n联系电话：{M}\n感染地：安哥拉\n诊断：恶性疟 确诊病例\n"
                    + "报告医生：{DR}\n报告卡编号 61011224000387\n",
            "[微信 疟疾返乡随访群]\n{DR}：{P}今天复查原虫转阴了吗？\n{N}：转阴了，血小板回升到98\n"
                    + "{DR}：好，告诉他家里人别让他马上下地干活\n",
            "青蒿琥酯静脉给药记录：{P}（住院号{RZ}），体重68kg，青蒿琥酯2.4mg/kg即163mg，于0、12、24小时给药，后改口服蒿甲醚本芴醇；"
                    + "护士{N}\n",
            "门诊病历\n患者：{P}，{AGE}岁，从巴基斯坦卡拉奇港口项目回国\n发热10天，相对缓脉，玫瑰疹（-）\n"
                    + "血培养：伤寒沙门菌，对环丙沙星耐药\n处理：头孢曲松2g qd，收入感染科\n联系人：{F}（爱人）{M}\n医师：{DR}\n",
            "Returnee fever screening log\nDate,Name,Country,Temp,RDT,Action,Phone\n{D},{PY},Angola,{TEMP},P.f positive,"
                    + "admitted,{M}\n{D},{NY},Ethiopia,{TEMP},negative,blood film,{M}\n",
            "出院小结\n患者：{P}  住院号：{RZ}\n入院诊断：重症恶性疟，急性肾损伤\n住院期间行血液透析3次，肌酐由486降至132μmol/L\n"
                    + "出院医嘱：1月内暂不返回疫区，回{A0}休养\n主治医师：{DR}\n",
            "疟疾病例流行病学个案调查：{P}，{SEX}，出生日期{DOB}，职业 钢筋工，{D}自安哥拉罗安达回国，经埃塞俄比亚转机（航班ET 606，"
                    + "座位41K）；同行工友{N}、{N}暂无症状；户籍地{A}\n",
            "[语音转文字] 喂 是{DS}大夫不 我是{P}屋里人 他从非洲回来这两天一直发烧 打摆子 一阵冷一阵热 村里卫生室说可能是疟疾 "
                    + "叫我们赶紧去长沙 我们屋在{A0} 电话{MV}\n",
            "伤寒病例密切接触者登记表\n| 姓名 | 关系 | 电话 | 体温 | 粪培养 |\n|---|---|---|---|---|\n| {F} | 配偶 | {M} | 36.5℃ | 待回报 |\n"
                    + "| {N} | 同灶吃饭工友 | {M} | 36.8℃ | 阴性 |\n",
            "Discharge summary (for the insurer)\nPatient: {PY}\nDOB: {DOBE}\nHospital no.: {RZ}\n"
                    + "Diagnosis: severe P. falciparum malaria, acute kidney injury\n"
                    + "Treatment: IV artesunate, 3 sessions of haemodialysis\nMember no.: {IO}\nAttending physician: {DR}\n",
            "[微信 卡诺电站项目部]\n{N}：{PS}工发烧三天了，营地诊所查了RDT阳性\n"
                    + "{DR}：先上蒿甲醚本芴醇，体温超过39度或者意识不好马上联系转运\n{NS}经理：已报保险公司，案件号MA-24-018734\n",
            "疟疾复发随访：{P}，去年在埃塞俄比亚诊断间日疟，未服伯氨喹根治，本次回国第5个月再次发热，镜检间日疟原虫；G6PD活性正常，"
                    + "予伯氨喹0.5mg/kg×14天；随访医生{DR}，电话{L}\n",
            "随访登记|{P}|{ID}|{A0}|{M}|回国第28天|无发热\n",
            // Medical evacuation requests and assistance-company case files.
            "医疗转运申请单\n申请日期：{D}\n患者：{P}  性别：{SEX}  出生日期：{DOB}\n护照号：EC2719384\n"
                    + "所在项目：伊拉克巴士拉炼油厂改造项目部\n病情：高处坠落致腰1椎体爆裂骨折，双下肢感觉减退\n"
                    + "申请转运方式：商业航班担架+医生护士陪护\n联系人：{F}（妻子）{M}\n项目部联系人：{N}  {MIQ}\n",
            "Assistance case file\nCase ref: EA-2024-07-1183\nMember: {PY}\nDOB: {DOBE}\nPolicy member no.: {IO}\n"
                    + "Location: Jizan, Saudi Arabia\nTreating physician: Dr {E}, {MSA}\nFamily contact: {F} (wife), {M}\n"
                    + "Coordinator: {E2}\n",
            "转运评估意见：{P}，GCS 14分，SpO2 95%（鼻导管2L/min），血红蛋白92g/L，可耐受商业航班担架转运，需随行医生1名、护士1名，"
                    + "全程供氧（氧气瓶4个，每个2L），备折叠担架；评估医生{DR}\n",
            "{\"caseRef\":\"EA-2024-09-0417\",\"patient\":\"{PY}\",\"dob\":\"{DOBE}\",\"memberNo\":\"{IO}\",\"country\":\"AO\","
                    + "\"diagnosis\":\"cerebral malaria\",\"gcs\":11,\"evacMode\":\"air ambulance\","
                    + "\"nextOfKin\":{\"name\":\"{F}\",\"phone\":\"{M}\"}}\n",
            "[微信 转运协调群]\n{E}：Patient stable overnight, GCS 15, ready for transfer\n{N}：收到，已订ET 607经亚的斯回广州，再转长沙\n"
                    + "{DR}：随行护士定{N}，明早8点机场集合\n{NS}翻译：医院的出院文件已经在翻了\n",
            "医疗转运费用预估\n| 项目 | 金额（美元） |\n|---|---|\n| 担架位（9座） | 18,600 |\n| 随行医生护士 | 6,400 |\n"
                    + "| 地面救护车 | 1,200 |\n合计 26,200美元，由保险公司直付\n被保险人：{P}，会员号{IO}\n",
            "电话记录：{D} {TIME} 接{E}（救援公司协调员）来电，称{P}所在的罗安达医院需预付押金3000美元，已联系陕湘国际HR{N}（{M}）处理；"
                    + "家属{F}已知情\n",
            "Evacuation request (Kazakhstan site)\nPatient: {PY}, {AGE} y, welder\n"
                    + "Problem: chest pain, troponin I 2.8 ng/mL, inferior STEMI\n"
                    + "Local hospital: Shymkent regional cardiology centre, Dr {E}\nSite contact: {NY}, {MKZ}\n"
                    + "Sat phone at camp: {MT}\nRequested: air ambulance to Urumqi, then commercial to Xi'an\n",
            "【陕湘国际】{P}家属您好：{PS}师傅已于今日经迪拜转机，预计明早6:40抵达西安咸阳机场，救护车在T3国际到达接机，"
                    + "随行医生{DR}电话{M}。\n",
            "转运交接单\n患者：{P}  出生日期：{DOB}\n住院号（我院）：{RZ}\n外方医院病历摘要：已收（英文，12页）\n转出医生：Dr {E}\n"
                    + "接收医生：{DR}\n交接时间：{D} {TIME}\n携带物品：护照（EE0482735）、CT光盘2张、手机1部\n",
            "救援公司来函（译文）：我司已为被保险人{P}（会员号{IO}）安排空中救护，机组包括重症医生{E}与护士{E2}，预计{D}抵达尼日利亚卡诺，"
                    + "请项目部安排地面陪同人员{N}（{MNG}）\n",
            "[语音转文字] {DS}主任 我是卡诺项目部的{N} 我们这个工友{P}今天早上昏迷了 营地诊所说是脑型疟 当地医院条件不行 "
                    + "保险公司那边我已经报了 你帮忙催一下转运 我卫星电话{MT}\n",
            "{\"event\":\"medevac_closed\",\"caseRef\":\"EA-2024-11-0092\",\"patient\":\"{P}\",\"hospitalNo\":\"{RZ}\","
                    + "\"escort\":[\"{N}\",\"{N}\"],\"flight\":\"EK 362\",\"seat\":\"45A-47C\"}\n",
            "转运病例汇总\n日期,姓名,国家,诊断,方式,费用(美元)\n{D},{P},伊拉克,腰1骨折,商业担架,26200\n{D},{N},尼日利亚,脑型疟,空中救护,"
                    + "86500\n{D},{NM},沙特,热射病,商业担架,24800\n",
            // Flight manifests and escort notes.
            "MEDEVAC FLIGHT MANIFEST\nFlight: ET 606 ADD-CAN  Date: {D}\nSeat 41A-41C (stretcher): {PW}  Passport EG7721946\n"
                    + "Seat 40C: {NW} (escort physician)  Passport EF3018275\nSeat 40D: {NW} (escort nurse)\n"
                    + "Oxygen: 4 x 2 L cylinders, POC approved\n",
            "护送记录（商业航班担架）\n患者：{P}  护照：EH5532817\n航班：EK 362 迪拜—广州  担架位于经济舱第45-47排\n"
                    + "起飞后2小时SpO2 91%，氧流量调至3L/min后升至96%\n中途排尿400ml，生命体征平稳\n随行医生：{DR}  护士：{N}\n",
            "PNR K7Q2XM\n1.{PW} MR\n2.{NW} MR\nSSR STCR ET HK1 ADDCAN 606\nSSR MEDA ET HK1 OXYGEN\nCTCM {MET}\n",
            "乘机人员名单（遗体运返随行）\n姓名\t护照号\t航班\t座位\n{N}\tEJ1129384\tCA 868\t36B\n{N}\tEA3771920\tCA 868\t36C\n",
            "| 日期 | 航班 | 姓名 | 护照 | 座位 | 备注 |\n|---|---|---|---|---|---|\n| {D} | SV 884 | {PW} | EA2281937 | 54A-56C | 担架 |\n"
                    + "| {D} | SV 884 | {NW} | EB6620391 | 53C | 随行医生 |\n",
            // Project-site clinic reports: French (Algeria), Portuguese (Angola), Arabic script, English.
            "Rapport médical – infirmerie du chantier (Hassi Messaoud)\nPatient : {PY}\nDate de naissance : {DOBF}\n"
                    + "N° dossier : {RX}\nMotif : piqûre de scorpion à la main droite, douleur intense, sueurs\n"
                    + "Conduite : sérum antiscorpionique, surveillance 24 h\nMédecin : Dr {E}\nTél. : {MDZ}\n",
            "Certificat d'arrêt de travail\nJe soussigné, Dr {E}, certifie avoir examiné M. {PZ} ({PY}), né le {DOBF}, "
                    + "et lui prescrire un arrêt de travail de 10 jours pour fièvre typhoïde.\nFait à Alger, le {D}\n",
            "Relatório Médico\nNome: {PY}\nData de nascimento: {DOBP}\nProcesso n.º: {RX}\n"
                    + "Diagnóstico: malária grave por P. falciparum, anemia (Hb 6,8 g/dL)\n"
                    + "Tratamento: artesunato EV, transfusão de 1 unidade\nMédico assistente: Dr. {E}\nContacto: {MAO}\n",
            "Guia de transferência\nDoente: Sr. {PZ} ({PY})\nDe: posto médico do estaleiro, Cacuaco\nPara: Clínica Mulemba, Luanda\n"
                    + "Motivo: suspeita de febre tifóide, desidratação\nEnfermeira: {E}\nTelefone: {MAO}\n",
            "تقرير طبي\nاسم المريض: {PY}\nتاريخ الميلاد: {DOBD}\nرقم الملف: {RX}\nالتشخيص: ضربة شمس، جفاف\nالطبيب المعالج: {EA}\n"
                    + "المترجم: {MA}\nهاتف: {MSA}\n",
            "[OCR] 巴士拉医院诊断证明（阿拉伯文原件）\nالاسم {PY}\nالطبيب {EA}\n诊断：腰1椎体骨折\n翻译：{MN}（经名{MJ}）\n",
            "Site clinic weekly report – Addis Ababa–Djibouti railway O&M\n"
                    + "Consultations: 64 (malaria RDT+ 3, diarrhoea 11, injuries 7)\n"
                    + "Referred: {PY} (suspected typhoid) to a private hospital in Addis\nLocal nurse on duty: Ato {EG}\n"
                    + "Clinic phone: {MET}\n",
            "营地诊所病历\n病历号：{RX}\n姓名：{P}  工种：电焊工\n{D} 因电焊弧光致双眼刺痛、流泪就诊，诊断电光性眼炎，予丁卡因滴眼、冷敷；"
                    + "当地护士{E}协助\n医生：{DR}\n",
            "Medical note (Shymkent city hospital No. 2)\nPatient: {PY}\nDate of birth: {DOBD}\n"
                    + "Diagnosis: frostbite of both feet, grade II\nDoctor: {E}\nInterpreter: {NY}\nTel.: {MKZ}\n",
            "Karachi port project – clinic referral\nName: {PY}\nComplaint: high fever 7 days, Typhidot IgM positive\n"
                    + "Referred to: private hospital, Clifton\nReferring doctor: Dr {ES}\n"
                    + "Security escort vehicle: BGT-4471\nContact: {MPK}\n",
            "营地诊所月报（埃塞俄比亚）\n| 病历号 | 姓名 | 诊断 | 处理 |\n|---|---|---|---|\n| {RX} | {P} | 细菌性痢疾 | 阿奇霉素 |\n"
                    + "| {RX} | {N} | 间日疟 | 氯喹+伯氨喹 |\n| {RX} | {E} | 外伤 | 清创缝合 |\n",
            // Embassy and company HR letters, insurance claims.
            "主题：关于我司外派员工{P}回国治疗的情况说明\n{DS}主任：\n您好！我司员工{P}（身份证号{ID}）在沙特吉赞经济城项目部工作期间"
                    + "突发脑出血，现已转运回国入住贵院。公司承诺承担全部医疗费用，联系人HR {N}，电话{M}，座机{L}。\n"
                    + "陕湘国际工程集团人力资源部\n",
            "中国驻安哥拉大使馆领事部 致函（摘录）：我国公民{P}（护照号EE7719203）于{D}在罗安达遭遇交通事故，现于当地医院救治。"
                    + "请其家属{F}尽快与使馆联系，联系人{N}；亦可拨打外交部全球领事保护与服务应急热线12308。\n",
            "境外团体医疗保险理赔申请书\n被保险人：{P}  会员号：{IO}\n身份证号：{ID}\n出险地点：埃塞俄比亚亚的斯亚贝巴\n出险原因：伤寒\n"
                    + "申请金额：USD 4,860.00\n收款人：{F}（配偶）  银行卡号：{B}\n团体保单号 GP-SX-2024-0038\n报案号 LP2024091800172\n",
            "Claim form – overseas group medical\nInsured member: {PY}\nMember no.: {IO}\nDate of birth: {DOBE}\n"
                    + "Claim no.: CLM-2024-118734\nAmount claimed: USD 12,640.00\nPayee account (spouse {F}): {B}\nPhone: {M}\n",
            "工伤认定申请（境外）\n申请人：{P}  身份证号：{ID}\n用人单位：陕湘国际工程集团\n事故经过：{D}在伊拉克巴士拉项目现场高处坠落\n"
                    + "申请人住址：{A}\n联系电话：{M}\n委托代理人：{F}\n",
            "【丝盾保险】尊敬的{F}，被保险人{P}的理赔款人民币38,450.00元已支付至您的账户{B}，报案号LP2024100300415。\n",
            "Embassy letter (English copy)\nTo whom it may concern\nThis is to confirm that Mr {PY}, holder of Chinese passport "
                    + "EA5503817, is an employee of Shaan-Xiang International Engineering Group on the Kano power plant "
                    + "project and requires medical evacuation to China.\nContact at the project: {NY}, {MNG}\n",
            "医保报销备案：{P}，医保个人编号{IP}，境外就医发票已翻译公证，回国后在长沙住院费用按异地就医结算；经办{N}\n",
            "[微信 HR保险对接群]\n{N}：{P}在吉赞住院了，报案要用的保险号是{I}\n{NS}姐：好，我现在打给救援公司，病人护照拼音是{PY}吧\n"
                    + "{N}：对\n",
            "保险信息核对\n姓名：{P}\n境外医疗险会员号：{IO}\n国内医保：{IP}\n工资卡：{B}\n核对人：{N}\n",
            "Subject: Medevac request – {PY}\nDear {EG},\nPlease find attached the medical report for our employee "
                    + "(passport EF4402193), now in the ICU of a private hospital in Erbil. His wife {F} can be reached on "
                    + "{M}.\nBest regards,\n{NY}\nHR, Shaan-Xiang International\n",
            "主题：{P}转运回国后续治疗安排\n{DS}主任您好：\n患者已于昨晚抵达，现收入感染科（住院号{RZ}）。救援公司要求3日内回传入院记录，"
                    + "联系人{E}。家属{F}电话{M}。\n{N}\n",
            "Objet : Dossier médical de M. {PZ}\nBonjour Dr {ES},\nMerci de nous transmettre le compte rendu d'hospitalisation "
                    + "de M. {PY} (né le {DOBF}). Son épouse, {F}, souhaite être informée. Tél. en Chine : {M}.\n"
                    + "Cordialement,\n{NY}\n",
            // Families at home in Shaanxi and Hunan villages.
            "[语音转文字] {PG} 你在那边咋样 妈听说你们那搭儿有人得了疟疾 你嫑吓妈 药按时吃 屋里都好 你爸腿还那样 有事给屋里打{L}\n",
            "[语音转文字] {PG}啊 我是娭毑 你在安哥拉要恰饱饭 莫到外面乱跑 听讲那边打摆子的多 有么子事就打你堂客电话{MV}\n",
            "家属来电登记\n来电人：{F}（{P}之妻）  电话：{M}\n来电时间：{D} {TIME}\n内容：询问丈夫在尼日利亚住院情况，要求视频；"
                    + "已转告项目部{N}，约定晚8点视频\n接听：{N}\n",
            "[微信 家属群]\n{F}：{PS}工今天咋样了？\n{DR}：体温正常了，今天吃了半碗粥\n{F}：谢谢医生，娃他爷爷在屋里急得睡不着\n",
            "家访记录：{D}到{A0}{P}家中，其父{N}，72岁，独居，听力差；儿子在阿尔及利亚项目上，每周六视频一次；留下中心值班电话{L}\n",
            "【丝路国际旅行健康中心】{F}您好，您家属{P}已于今日转入我院ICU，探视时间每日15:00-15:30，主管医生{DR}，咨询{L}。\n",
            "{N}家堂客来电：问{P}啥时候出院，说屋里晚稻要收了，她一个人忙不过来；回电{M}\n",
            "[微信 相亲相爱一家人]\n{F}：满崽今天视频冇接\n{N}：他在营地诊所打针，么子事都冇得，莫急\n{F}：你问下{DS}医生，要不要紧\n",
            "[OCR] 委 托 书\n本人{PO}，身份证号{ID}，因儿子在海外工作期间病故，委托{F}全权办理遗体运返及保险理赔事宜。\n"
                    + "委托人住址 {A}\n电话 {M}\n",
            "[语音转文字] 喂 {DS}大夫 我是{P}他爸 额在富平屋里 娃在伊拉克摔了 额们屋里没人懂这些 保险那些事你跟他媳妇说 她电话{MV}\n",
            "[语音转文字] 喂 {PK}嗦 你在伊拉克还巴适不 你老汉儿说屋头那个保险单寄回来了 要你的身份证号 我给他念 {ID} 对不对\n",
            "村医转介：{P}，{DOB}出生，住{A}，丈夫在尼日利亚务工，本人近一周发热伴皮疹，无出国史；{DR}建议排查登革热，电话{M}\n",
            "[微信 湘籍工友群]\n{N}：{PK}在罗安达住院哒\n{N}：么子病？\n{N}：打摆子，{NS}嗲讲冇得大事\n",
            "家属慰问登记\n姓名,关系,住址,电话,慰问金\n{F},父亲,{A0},{L},2000元\n{N},母亲,{A0},{M},2000元\n",
            // Repatriation of remains.
            "遗体运返材料清单\n逝者：{P}  护照号：EC6619027\n出生日期：{DOB}\n死亡地点：安哥拉罗安达\n"
                    + "所需材料：死亡证明（葡文原件及中文翻译）、防腐证明（编号EMB-2024-0387）、无传染病证明、使馆领事认证\n家属：{F}，{M}\n",
            "Certidão de óbito (tradução resumida)\nNome: {PY}\nData de nascimento: {DOBP}\n"
                    + "Local do óbito: Hospital Municipal de Cacuaco\nCausa: malária cerebral\nMédico: Dr. {E}\n",
            "遗体运返进度通报：{P}遗体已于{D}由罗安达经亚的斯亚贝巴运抵长沙黄花机场（货运单号071-38127465），殡仪车接运至{A0}；"
                    + "随行工友{N}、{N}；家属{F}已在机场等候\n",
            "[微信 善后工作组]\n{N}：{P}家属明天到西安，住宿安排在中心对面酒店\n{NS}总：家属情绪怎么样\n"
                    + "{NS}姐：他媳妇还好，老父亲一直哭，心理老师{N}晚上过去陪\n",
            "丧葬补助及抚恤金发放通知：{F}（{P}之妻，身份证{ID}）：公司依规发放丧葬补助金及一次性抚恤金共计人民币486,000元，已转入{B}，"
                    + "敬请查收。\n",
            "[OCR] 入境尸体卫生检疫证明（节选）\n姓 名 {PO}\n出生日期 {DOB}\n户籍地 {A}\n证书编号 6100-2024-00387\n",
            // Psychological support after incidents.
            "心理支持记录（事件后）\n对象：{P}  岗位：司机\n事件：{D}项目营地附近发生交通事故，同车工友受伤\n"
                    + "评估：PCL-5 38分，PHQ-9 12分，睡眠差，反复回想事故画面\n干预：心理急救，每周视频随访2次\n心理咨询师：{N}\n",
            "团体心理支持签到\n序号,姓名,岗位,电话\n1,{P},钢筋工,{M}\n2,{N},安全员,{MIQ}\n3,{NM},翻译,{MX}\n",
            "[语音转文字] {PG} 我是心理热线的{N}老师 上次你说睡不着 这周好点没有 你不用急 慢慢说 我们约的是星期四晚上八点 有事打我{M}\n",
            "Psychological first aid follow-up\nClient: {PY}\nEvent: security incident near the Basra site, no physical injury\n"
                    + "K10: 24 (moderate)\nPlan: weekly video sessions with {N}\nFamily informed: {F}\n",
            // WeChat groups of the project teams.
            "[微信 阿尔及利亚东西高速项目部]\n{NS}经理：今天气温46度，下午两点到五点停工\n{N}：收到\n{PK}：厨房今天熬了绿豆汤，大家去打\n"
                    + "{DR}：{P}有点中暑，已经在诊所输液了\n",
            "[微信 安哥拉罗安达社会住房项目部]\n{N}：{PS}哥今天早上发烧39度\n{NS}队长：赶紧送诊所测疟疾\n{N}：测了，阳性\n"
                    + "{DR}：先口服蒿甲醚本芴醇，我下午过去看\n",
            "[微信 沙特吉赞项目部医务群]\n{DR}：通知：本周五统一接种流脑疫苗（ACYW135），地点营地诊所\n{N}：{NM}能不能帮忙跟当地司机说一下\n"
                    + "{N}：收到\n",
            "[微信 哈萨克斯坦奇姆肯特项目]\n{N}：{PK}昨晚在宿舍摔了一跤，手腕肿了\n{NS}班长：拍片了吗\n"
                    + "{N}：拍了，桡骨远端骨折，明天Dr {ES}给打石膏\n",
            "[微信 卡诺电站中方员工群]\n{N}：提醒大家按时吃预防药，周日一粒\n{N}：{PG}又忘吃了\n{P}：吃了吃了，刚吃\n",
            "[微信 巴基斯坦卡拉奇项目部]\n{NS}总：{E}医生说{P}的伤寒要住院至少一周\n{N}：保险那边要护照首页和入境章，我晚上发\n"
                    + "{N}：家属电话{M}，医院电话{MPK}，我都打过了\n",
            "[微信 伊拉克项目家属联络群]\n{F}：{N}你好，我老公{P}手机一直关机\n{N}：嫂子别急，他在巴士拉医院，手机没电了，这是病房护士电话{MIQ}\n",
            "[微信 沙特项目翻译组]\n{MN}：医生说的是热射病，需要降温和补液\n{N}：老{MS}，你跟医院说我们要英文病历\n"
                    + "{MS}翻译：好的，我去找Dr {ES}\n",
            "[微信 尼日利亚卡诺医务室]\n{E}：Oga, the driver {EG} has fever since yesterday\n{DR}：RDT做了吗\n"
                    + "{E}：Yes, positive. I gave him AL\n{DR}：好，小{NS}你去把他的体温记一下\n",
            "[微信 项目部医务群]\n{DR}：{P}血常规出来了，血小板46，转长沙分中心\n{NS}总：好，我联系{E}那边的救援公司\n"
                    + "{N}：卫星电话号码{MT}，营地信号不好打这个\n",
            // Hui interpreters from Xi'an.
            "外派翻译人员登记：{MN}，回族，经名{MJ}（{MA}），西安北院门人，阿拉伯语专业，护照姓名{MY}，派往沙特吉赞项目部；"
                    + "紧急联系人{F}，{M}\n",
            "{\"interpreter\":\"{MN}\",\"muslimName\":\"{MA}\",\"passportName\":\"{MY}\",\"site\":\"Jizan\","
                    + "\"phoneKSA\":\"{MSA}\",\"iqamaNo\":\"2487316590\"}\n",
            "斋月期间外派人员健康提示：{MN}（翻译）斋戒期间白天不进饮食，项目医生{DR}已调整其工作时段，避免午间户外作业；"
                    + "如出现头晕乏力请及时联系{M}\n",
            "[语音转文字] 老{MS} 我是项目部的{N} 医院那边要你过去给翻译一下 那个工友{P}的化验单 阿拉伯文的 我们都看不懂 你到了给我打电话{MV}\n",
            "Visa support list – Jizan project\nName,Passport,Role,Phone\n{PY},EA1180274,welder,{MSA}\n"
                    + "{MY},EB2291837,interpreter,{MSA}\n",
            "伊拉克项目翻译{MJ}（{MN}）回国休假体检：血压{BP}，尿酸512μmol/L；家住{A}；联系电话{M}\n",
            // Rosters, registers and exports.
            "营地员工花名册（节选）\n工号\t姓名\t工种\t籍贯\t手机\nSX-0387\t{P}\t电焊工\t陕西富平\t{M}\nSX-0412\t{N}\t厨师\t湖南涟源\t{M}\n"
                    + "SX-0519\t{NM}\t翻译\t陕西西安\t{MX}\n",
            "{\"employeeNo\":\"SX-0387\",\"name\":\"{P}\",\"pinyin\":\"{PY}\",\"idCard\":\"{ID}\",\"passport\":\"EE9013826\","
                    + "\"bloodType\":\"O+\",\"emergencyContact\":\"{F}\",\"emergencyPhone\":\"{M}\",\"homeAddress\":\"{A}\"}\n",
            "| 序号 | 姓名 | 国家 | 诊断 | 结局 |\n|---|---|---|---|---|\n| 1 | {P} | 安哥拉 | 恶性疟 | 治愈 |\n| 2 | {N} | 尼日利亚 | 伤寒 | 治愈 |\n"
                    + "| 3 | {NM} | 沙特 | 热射病 | 转运回国 |\n",
            "[OCR] 保险理赔收款确认书\n收款人 {PO}\n身份证 {ID}\n开户行 中国农业银行富平县支行\n卡号 {B}\n电话 {M}\n",
            "[OCR] 家 属 联 系 卡\n员工 {PO}\n家庭住址 {A}\n家属 {F}  关系 父亲\n电话 {L}\n",
            "[OCR] Ficha de admissão\nNome {PY}\nData de nasc. {DOBD}\nTelefone {MAO}\nMédico {E}\n",
            "[OCR] 医疗转运知情同意书\n患者 {PO}\n出生日期 {DOB}\n身份证号 {ID}\n签字 {F}  关系 配偶\n日期 {D}\n",
            "[OCR] 出院证明书（长沙分中心）\n姓名 {PO}  住院号 {RZ}\n诊断 恶性疟\n出院日期 {D}\n经治医师 {DR}\n",
            "[OCR] 陕湘国际工程集团 外派人员信息表\n姓 名 {PO}\n出生年月 {DOBM}\n户籍地址 {A}\n本人手机 {M}\n家庭电话 {L}\n",
            "【陕湘国际】{P}您好，您的外派体检已通过，请于{D}前到西安总部领取护照及签证（签证号V2024-038712），黄热病疫苗证书请随身携带。\n",
            "【丝路国际旅行健康中心】{P}您好，您从疟疾流行区回国已{AGE}天，若出现发热请立即就医并告知旅行史。中心24小时电话{L}。\n",
            "外派员工家属档案\n员工：{P}  身份证号：{ID}  出生日期：{DOB}\n配偶：{F}  电话：{M}\n子女：{N}，在{A0}上小学\n"
                    + "父母住址：{A}\n项目：埃塞俄比亚亚吉铁路运维\n",
            "体检中心预约导出\n姓名\t身份证号\t出生日期\t手机\t预约项目\n{P}\t{ID}\t{DOB}\t{M}\t外派体检+黄热病疫苗\n"
                    + "{N}\t{ID}\t{DOB}\t{M}\t流脑疫苗\n",
            "{\"patient\":\"{P}\",\"passportName\":\"{PW}\",\"dob\":\"{DOBD}\",\"siteClinicFile\":\"{RX}\",\"satPhone\":\"{MT}\","
                    + "\"gps\":\"36.7538,3.0588\",\"status\":\"awaiting MEDEVAC\"}\n",
            "项目部急救点坐标 36.7538,3.0588；伤员{P}由营地医生{DR}陪同乘救护车前往阿尔及尔，车牌 16-00387-116；司机{E}，电话{MDZ}\n",
            "工伤登记：雷暴预警停工当晚，{P}从宿舍去田间小路查看排水时滑倒，右踝肿胀；{PS}工由营地医生{DR}检查，X线未见骨折，予常规冰敷制动\n",
            "海外员工健康档案摘要\n姓名：{P}（{PY}）\n健康档案号：{RM}\n出生日期：{DOB}\n保险号：{I}\n既往：高血压，2022年在安哥拉患恶性疟1次\n"
                    + "紧急联系人：{F}，{L}\n");

    /**
     * The Chinese pool with each name's passport pinyin (family name first): Shaanxi, Hunan, Henan and Sichuan workers,
     * their wives, parents and children, doctors, nurses and HR staff.
     */
    static final List<String> NAMES = List.of(
            "王俊锋|Wang Junfeng", "王拴劳|Wang Shuanlao", "王改琴|Wang Gaiqin", "王少博|Wang Shaobo", "王存劳|Wang Cunlao",
            "王腊梅|Wang Lamei", "王亚妮|Wang Yani", "李骊生|Li Lisheng", "李卫锋|Li Weifeng", "李改霞|Li Gaixia",
            "李西平|Li Xiping", "张拴成|Zhang Shuancheng", "张秦生|Zhang Qinsheng", "张银娟|Zhang Yinjuan", "张存良|Zhang Cunliang",
            "刘社教|Liu Shejiao", "刘彩侠|Liu Caixia", "刘渭军|Liu Weijun", "陈亚宁|Chen Yaning", "杨锁平|Yang Suoping",
            "杨翠侠|Yang Cuixia", "赵孝忠|Zhao Xiaozhong", "赵粉莲|Zhao Fenlian", "党振国|Dang Zhenguo", "党红霞|Dang Hongxia",
            "雷鸣远|Lei Mingyuan", "雷秀芹|Lei Xiuqin", "雷霆|Lei Ting", "薛建秦|Xue Jianqin", "强宝林|Qiang Baolin",
            "寇振西|Kou Zhenxi", "惠小宁|Hui Xiaoning", "拓海军|Tuo Haijun", "拓翠萍|Tuo Cuiping", "雒文博|Luo Wenbo",
            "屈卫东|Qu Weidong", "樊亚楠|Fan Yanan", "郝宝成|Hao Baocheng", "贺延军|He Yanjun", "折彩霞|She Caixia",
            "折建平|She Jianping", "员建民|Yun Jianmin", "淡巧莲|Tan Qiaolian", "强盛|Qiang Sheng", "惠泽|Hui Ze",
            "谭湘平|Tan Xiangping", "谭伏妹|Tan Fumei", "谭沐阳|Tan Muyang", "彭德湘|Peng Dexiang", "彭冬莲|Peng Donglian",
            "彭一航|Peng Yihang", "曾国栋|Zeng Guodong", "曾细妹|Zeng Ximei", "邓志湘|Deng Zhixiang", "邓腊香|Deng Laxiang",
            "刘湘龙|Liu Xianglong", "刘满香|Liu Manxiang", "李资江|Li Zijiang", "李翠兰|Li Cuilan", "陈伏生|Chen Fusheng",
            "陈湘桂|Chen Xianggui", "王湘军|Wang Xiangjun", "王满秀|Wang Manxiu", "张湘林|Zhang Xianglin", "张伏秀|Zhang Fuxiu",
            "周资生|Zhou Zisheng", "周菊香|Zhou Juxiang", "龚立湘|Gong Lixiang", "伍超群|Wu Chaoqun", "向德清|Xiang Deqing",
            "司南|Si Nan", "田玉姣|Tian Yujiao", "敬业|Jing Ye", "覃兴顺|Qin Xingshun", "麻金华|Ma Jinhua",
            "龙秀银|Long Xiuyin", "石兰芝|Shi Lanzhi", "粟满林|Su Manlin", "弋湘华|Yi Xianghua", "贺湘云|He Xiangyun",
            "蒋细桃|Jiang Xitao", "易满生|Yi Mansheng", "罗伏龙|Luo Fulong", "唐云峰|Tang Yunfeng", "胡腊秀|Hu Laxiu",
            "黄冬生|Huang Dongsheng", "肖满姣|Xiao Manjiao", "廖志坚|Liao Zhijian", "袁秋生|Yuan Qiusheng", "朱益民|Zhu Yimin",
            "段卫民|Duan Weimin", "王楚才|Wang Chucai", "王资水|Wang Zishui", "李二强|Li Erqiang", "李豫生|Li Yusheng",
            "张河山|Zhang Heshan", "张翠云|Zhang Cuiyun", "刘保安|Liu Baoan", "牛建设|Niu Jianshe", "司国强|Si Guoqiang",
            "范秋云|Fan Qiuyun", "郭满仓|Guo Mancang", "孔昭贤|Kong Zhaoxian", "李来福|Li Laifu", "陈银凤|Chen Yinfeng",
            "李德蓉|Li Derong", "张蜀平|Zhang Shuping", "刘川生|Liu Chuansheng", "陈泽蓉|Chen Zerong", "杨澧兰|Yang Lilan",
            "何仕林|He Shilin", "罗德全|Luo Dequan", "蒲光荣|Pu Guangrong", "苟仁贵|Gou Rengui", "敬世明|Jing Shiming",
            "廖素芬|Liao Sufen", "冉启华|Ran Qihua", "王梓骞|Wang Ziqian", "刘芮溪|Liu Ruixi", "张若汐|Zhang Ruoxi",
            "陈浩宸|Chen Haochen", "李南乔|Li Nanqiao", "王卫秦|Wang Weiqin", "赵欣悦|Zhao Xinyue", "杨渭平|Yang Weiping",
            "张亚利|Zhang Yali", "李亚茹|Li Yaru", "王卫星|Wang Weixing", "李满屯|Li Mantun", "陈冬梅|Chen Dongmei",
            "李秋莲|Li Qiulian", "王水生|Wang Shuisheng", "张引娣|Zhang Yindi", "刘金锁|Liu Jinsuo", "陈润生|Chen Runsheng",
            "杨永康|Yang Yongkang", "李巧云|Li Qiaoyun", "王建党|Wang Jiandang", "李沅生|Li Yuansheng", "张永胜|Zhang Yongsheng",
            "刘汉江|Liu Hanjiang", "陈腊枝|Chen Lazhi", "杨翠芬|Yang Cuifen", "李素琴|Li Suqin", "王巧玲|Wang Qiaoling",
            "张伏牛|Zhang Funiu", "刘亚军|Liu Yajun");
    /** The Chinese names in characters. */
    static final List<String> CHINESE = NAMES.stream().map(e -> e.substring(0, e.indexOf('|'))).toList();
    /** Surnames of the regions no earlier blind group gave anyone: 员 (Yun) and 淡 (Tan) of Shaanxi, 弋 (Yi) of Hunan. */
    static final String RARE_SURNAMES = "员淡弋";
    /** Pool names that are also ordinary words: strong and thriving, bounty bestowed, the south-pointing spoon (the old compass), dedicated to one's work, thunderbolt. */
    static final List<String> WORD_LIKE = List.of("强盛", "惠泽", "司南", "敬业", "雷霆");
    /** Hui names of Xi'an and Henan: characters|Muslim name in characters|in Arabic script|passport pinyin. */
    private static final List<String> HUI = List.of("马守仁|伊卜拉欣|إبراهيم|Ma Shouren", "白守义|优努斯|يونس|Bai Shouyi",
            "沙玉梅|法蒂麦|فاطمة|Sha Yumei", "哈文忠|木撒|موسى|Ha Wenzhong", "穆世英|阿依舍|عائشة|Mu Shiying",
            "金效武|达伍德|داود|Jin Xiaowu", "丁秀茹|哈丽麦|حليمة|Ding Xiuru", "马凤琴|海迪哲|خديجة|Ma Fengqin",
            "米振西|尔撒|عيسى|Mi Zhenxi", "铁国华|阿里|علي|Tie Guohua", "安学礼|哈桑|حسن|An Xueli",
            "洪建平|侯赛因|حسين|Hong Jianping", "撒秀珍|麦尔彦|مريم|Sa Xiuzhen");
    /** The Hui names in characters (MN, NM). */
    static final List<String> MINORITY = HUI.stream().map(h -> h.split("\\|")[0]).toList();
    /** Work-site and village nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("王黑蛋", "李狗娃", "刘胖娃", "谭满伢子", "龙胡子", "张大炮", "眼镜李", "小甘肃",
            "邓二毛", "何幺娃");
    /**
     * Foreign colleagues, given|family: Algerian, Saudi, Iraqi, Pakistani, Angolan, Nigerian (Hausa, Igbo), Ethiopian
     * (given and father's name), Kazakh, and assistance coordinators (French, South African, Norwegian, Cornish).
     */
    static final List<String> ENGLISH = List.of("Abdelghani|Mekhloufi", "Nacéra|Hadjeres", "Lounès|Tighilt",
            "Mourad|Zeghdoudi", "Bandar|Al-Ruwaili", "Hessa|Al-Mutlaq", "Muntadhar|Al-Fartousi", "Ruqaya|Al-Khafaji",
            "Shehryar|Mohmand", "Tahira|Kalhoro", "Adelino|Kassoma", "Etelvina|Chipenda", "Mateus|Sapalo",
            "Luzia|Ngonga", "Aminu|Gwadabe", "Rakiya|Tsanyawa", "Obumneme|Anyaoku", "Mulugeta|Woldeyes",
            "Meaza|Alemayehu", "Yirgalem|Tessema", "Yerbolat|Sarsenbayev", "Aizhan|Tokhtarova", "Zhandos|Abilkairov",
            "Bénédicte|Pottecher", "Gerrit|Oosthuizen", "Sigrunn|Halvorsrud", "Jenifry|Trethewey");
    /** Arabic-script forms of the Arabic-named (and, in Urdu letters, the Pakistani) colleagues: Latin|script. */
    static final List<String> ARABIC = List.of("Abdelghani Mekhloufi|عبد الغني مخلوفي", "Nacéra Hadjeres|نصيرة حجرس",
            "Mourad Zeghdoudi|مراد زغدودي", "Bandar Al-Ruwaili|بندر الرويلي", "Hessa Al-Mutlaq|حصة المطلق",
            "Muntadhar Al-Fartousi|منتظر الفرطوسي", "Ruqaya Al-Khafaji|رقية الخفاجي", "Shehryar Mohmand|شہریار مہمند",
            "Tahira Kalhoro|طاہرہ کلہوڑو");

    /**
     * Area codes of Shaanxi (Xi'an, Baoji, Xianyang, Weinan and 富平, Hanzhong, Yulin and 横山, Shangluo and 丹凤), Hunan
     * (Changsha, Zhuzhou, Xiangtan, Hengyang, Shaoyang and 新邵, Yueyang and 平江, Changde, 南县, 涟源, 凤凰), Henan (Zhengzhou,
     * Luoyang, Nanyang and 南召, 商水, Zhumadian) and Sichuan (Chengdu, Zigong, Mianyang, Nanchong and 南部, Bazhong, Ziyang).
     */
    private static final List<String> AREA = List.of("610102", "610103", "610104", "610111", "610112", "610113",
            "610116", "610302", "610323", "610402", "610424", "610502", "610528", "610702", "610722", "610802",
            "610823", "611002", "611022",
            "430102", "430103", "430104", "430105", "430111", "430121", "430181", "430202", "430302", "430421",
            "430502", "430522", "430602", "430626", "430702", "430921", "431382", "433123",
            "410102", "410105", "410302", "411302", "411321", "411623", "411702",
            "510104", "510107", "510304", "510703", "511302", "511321", "511902", "512002");
    private static final List<String> BANK_BINS = List.of("622202", "621700", "622848", "621661", "623668", "622700",
            "621226", "622845");
    /** City|district|subdistricts|roads|estates of Xi'an and Changsha. */
    private static final List<String> URBAN = List.of(
            "陕西省|西安市|雁塔区|小寨路街道,电子城街道,丈八沟街道|小寨东路,太白南路,丈八北路,科技路|长延堡小区,电子城家属院,丈八东方小区",
            "陕西省|西安市|未央区|张家堡街道,大明宫街道|凤城五路,文景路,太华北路|文景小区,凤城花园",
            "陕西省|西安市|莲湖区|北院门街道,青年路街道|大皮院,化觉巷,洒金桥,青年路|大皮院小区,洒金桥家属院",
            "陕西省|西安市|灞桥区|纺织城街道,席王街道|纺北路,纺正街|纺织城家属院,纺正小区",
            "湖南省|长沙市|岳麓区|望月湖街道,岳麓街道,观沙岭街道|桐梓坡路,麓山南路,金星北路|望月湖小区,麓山名园",
            "湖南省|长沙市|雨花区|左家塘街道,砂子塘街道,井湾子街道|韶山北路,劳动东路,万家丽中路|砂子塘小区,井湾子新村",
            "湖南省|长沙市|开福区|伍家岭街道,四方坪街道|芙蓉中路,三一大道|伍家岭小区,四方坪新村",
            "湖南省|长沙市|长沙县|星沙街道|开元路,东三路|星沙小区,松雅湖家园");
    /** Province|city|county|towns|villages the workers come from. */
    private static final List<String> RURAL = List.of(
            "陕西省|渭南市|富平县|庄里镇,淡村镇,流曲镇|永安村,南社村,荆川村",
            "陕西省|咸阳市|乾县|薛录镇,梁村镇|周城村,羊毛湾村",
            "陕西省|宝鸡市|岐山县|蔡家坡镇,凤鸣镇|东坡村,孔头村",
            "陕西省|榆林市|横山区|石湾镇,波罗镇|高家沟村,波罗村",
            "陕西省|商洛市|丹凤县|棣花镇,竹林关镇|棣花村,万湾村",
            "陕西省|汉中市|城固县|原公镇,五堵镇|原公村,五堵村",
            "湖南省|邵阳市|新邵县|酿溪镇,寸石镇|龙山村,白水洞村",
            "湖南省|娄底市|涟源市|桥头河镇,伏口镇|石狮村,伏口村",
            "湖南省|衡阳市|衡阳县|西渡镇,界牌镇|梅花村,界牌村",
            "湖南省|岳阳市|平江县|安定镇,三市镇|安定村,三市村",
            "湖南省|湘西土家族苗族自治州|凤凰县|阿拉营镇,廖家桥镇|舒家塘村,菖蒲塘村",
            "湖南省|益阳市|南县|茅草街镇,三仙湖镇|茅草街村,三仙湖村",
            "河南省|周口市|商水县|黄寨镇,练集镇|黄寨村,练集村",
            "河南省|南阳市|南召县|云阳镇,皇后乡|云阳村,皇后村",
            "四川省|南充市|南部县|升钟镇,大桥镇|升钟村,大桥村",
            "四川省|巴中市|巴州区|曾口镇,清江镇|曾口村,清江村");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> MOIS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre");
    private static final List<String> MESES = List.of("janeiro", "fevereiro", "março", "abril", "maio", "junho",
            "julho", "agosto", "setembro", "outubro", "novembro", "dezembro");
    /** The countries of the projects, by the slots that write their numbers. */
    static final List<String> COUNTRIES = List.of("AO", "DZ", "NG", "ET", "SA", "IQ", "KZ", "PK");
    private static final List<String> NIGERIAN_PREFIXES = List.of("803", "806", "813", "703", "706", "810", "903",
            "906");
    private static final List<String> KAZAKH_PREFIXES = List.of("701", "702", "705", "707", "747", "771", "775",
            "777", "778");
    private static final String NUMERALS = "〇一二三四五六七八九";

    private Blind54Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_54 || !templates.isEmpty() && BLIND_54.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Hui interpreter (MN), in characters. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] hui(String han) {
        for (String h : HUI) {
            String[] p = h.split("\\|");
            if (p[0].equals(han)) return p;
        }
        throw new IllegalArgumentException(han);
    }

    /** The Muslim name (经名) in characters: 尔撒 of 米振西. */
    static String muslimName(String han) {
        return hui(han)[1];
    }

    /** The Muslim name in Arabic script: عيسى of 米振西. */
    static String arabicMuslimName(String han) {
        return hui(han)[2];
    }

    /** The pinyin on a Hui interpreter's passport: Mi Zhenxi of 米振西. */
    static String passportName(String han) {
        return hui(han)[3];
    }

    static List<String> muslimNames() {
        return HUI.stream().map(h -> h.split("\\|")[1]).toList();
    }

    static List<String> arabicMuslimNames() {
        return HUI.stream().map(h -> h.split("\\|")[2]).toList();
    }

    static List<String> passportNames() {
        return HUI.stream().map(h -> h.split("\\|")[3]).toList();
    }

    /** The passport pinyin of a Chinese pool name, family name first: Wang Junfeng. */
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

    /** A name as passports and foreign documents spell it: WANG JUNFENG, Wang Junfeng, Junfeng Wang, WANG Junfeng. */
    static String pinyinForm(String han, RandomGenerator r) {
        String f = pinyinFamily(han), g = pinyinGiven(han);
        return switch (r.nextInt(4)) {
            case 0 -> f.toUpperCase() + " " + g.toUpperCase();
            case 1 -> f + " " + g;
            case 2 -> g + " " + f;
            default -> f.toUpperCase() + " " + g;
        };
    }

    /** The airline form of manifests and PNRs: WANG/JUNFENG. */
    static String airlineForm(String han) {
        return pinyinFamily(han).toUpperCase() + "/" + pinyinGiven(han).toUpperCase();
    }

    /** The pinyin family name after M., Mr or Sr.: Wang or WANG. */
    static String pinyinSurname(String han, RandomGenerator r) {
        String f = pinyinFamily(han);
        return r.nextBoolean() ? f : f.toUpperCase();
    }

    /** Every written pinyin form of the pool's names. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String han : CHINESE) {
            String f = pinyinFamily(han), g = pinyinGiven(han);
            out.addAll(List.of(f.toUpperCase() + " " + g.toUpperCase(), f + " " + g, g + " " + f,
                    f.toUpperCase() + " " + g, airlineForm(han)));
        }
        return out;
    }

    static List<String> pinyinSurnames() {
        List<String> out = new ArrayList<>();
        for (String han : CHINESE) {
            out.add(pinyinFamily(han));
            out.add(pinyinFamily(han).toUpperCase());
        }
        return out.stream().distinct().toList();
    }

    /** An Arabic-script name of a colleague. */
    static String arabicScriptName(RandomGenerator r) {
        String e = pick(ARABIC, r);
        return e.substring(e.indexOf('|') + 1);
    }

    static List<String> arabicScriptNames() {
        return ARABIC.stream().map(e -> e.substring(e.indexOf('|') + 1)).toList();
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

    /** 陕西省西安市, 西安市 or nothing before the district. */
    private static String prefix(String province, String city, boolean withProvince, RandomGenerator r) {
        if (withProvince) return province + city;
        return r.nextInt(3) > 0 ? city : "";
    }

    /**
     * A flat in Xi'an or Changsha: road, number, estate and N号楼N单元NNNN室; road, number, estate and N栋NNNN; or 街道, estate
     * and N号楼N单元N楼N号. {@code partial} stops at the 街道, the road or its number.
     */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(URBAN, r).split("\\|");
        String district = prefix(t[0], t[1], withProvince, r) + t[2];
        String road = district + one(t[4], r);
        String number = road + (1 + r.nextInt(260)) + "号";
        int floor = 1 + r.nextInt(32), room = 1 + r.nextInt(4);
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> district + one(t[3], r);
                case 1 -> road;
                default -> number;
            };
        }
        return switch (r.nextInt(3)) {
            case 0 -> number + one(t[5], r) + (1 + r.nextInt(24)) + "号楼" + (1 + r.nextInt(4)) + "单元" + floor
                    + String.format("%02d", room) + "室";
            case 1 -> number + one(t[5], r) + (1 + r.nextInt(30)) + "栋" + floor + String.format("%02d", room);
            default -> district + one(t[3], r) + one(t[5], r) + (1 + r.nextInt(24)) + "号楼" + (1 + r.nextInt(4))
                    + "单元" + floor + "楼" + room + "号";
        };
    }

    /** A village: 陕西省渭南市富平县庄里镇永安村4组(12号); {@code partial} stops at the town or the village. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = pick(RURAL, r).split("\\|");
        String county = prefix(t[0], t[1], withProvince, r) + t[2];
        String town = county + one(t[3], r);
        if (partial) return r.nextBoolean() ? town : town + one(t[4], r);
        String v = town + one(t[4], r) + (1 + r.nextInt(12)) + "组";
        return r.nextBoolean() ? v : v + (1 + r.nextInt(60)) + "号";
    }

    /** An address: a village (most of the workers' families) or a flat in Xi'an or Changsha. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 6 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    /** A resident ID: 18 characters (born 1950 to 2003) plain, with a lower-case x, 6-8-4 by blanks or hyphens, or a
     * parent's 15-digit number (born 1940 to 1962). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(10) == 0) return IdentifierForms.legacyId(pick(AREA, r), 40, 23, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1950, 54, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "3456789".charAt(r.nextInt(7)) + digits(9, r);
    }

    /** A mobile: plain, 139 1234 5678, 139-1234-5678, +86 13912345678, 0086 13912345678 (as dialled from abroad). */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(6)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "0086 " + n;
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

    /**
     * A mobile in one of the project countries, with the country code or as dialled there: Angola +244 923 456 789,
     * +244923456789; Algeria +213 661 23 45 67, 0661 23 45 67; Nigeria +234 803 123 4567, 0803 123 4567; Ethiopia
     * +251 91 123 4567, 0911 234 567; Saudi Arabia +966 55 123 4567, 055 123 4567; Iraq +964 770 123 4567,
     * 0770 123 4567; Kazakhstan +7 701 234 56 78, 8 701 234 56 78; Pakistan +92 300 1234567, +92-300-1234567,
     * 0300-1234567.
     */
    static String abroadMobile(String country, RandomGenerator r) {
        boolean local = r.nextInt(3) == 0;
        return switch (country) {
            case "AO" -> {
                String n = "9" + "12349".charAt(r.nextInt(5)) + digits(7, r);
                yield local ? "+244" + n : "+244 " + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
            }
            case "DZ" -> {
                String n = "567".charAt(r.nextInt(3)) + digits(8, r);
                String grouped = n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5, 7) + " "
                        + n.substring(7);
                yield local ? "0" + grouped : "+213 " + grouped;
            }
            case "NG" -> {
                String n = pick(NIGERIAN_PREFIXES, r) + " " + digits(3, r) + " " + digits(4, r);
                yield local ? "0" + n : "+234 " + n;
            }
            case "ET" -> {
                String n = "9" + digits(8, r);
                yield local ? "0" + n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6)
                        : "+251 " + n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5);
            }
            case "SA" -> {
                String n = "5" + digits(1, r) + " " + digits(3, r) + " " + digits(4, r);
                yield local ? "0" + n : "+966 " + n;
            }
            case "IQ" -> {
                String n = "7" + "5789".charAt(r.nextInt(4)) + digits(1, r) + " " + digits(3, r) + " " + digits(4, r);
                yield local ? "0" + n : "+964 " + n;
            }
            case "KZ" -> {
                String n = pick(KAZAKH_PREFIXES, r) + " " + digits(3, r) + " " + digits(2, r) + " " + digits(2, r);
                yield local ? "8 " + n : "+7 " + n;
            }
            case "PK" -> {
                String op = "3" + "01234".charAt(r.nextInt(5)) + digits(1, r), sub = digits(7, r);
                yield local ? "0" + op + "-" + sub : r.nextBoolean() ? "+92 " + op + " " + sub : "+92-" + op + "-" + sub;
            }
            default -> throw new IllegalArgumentException(country);
        };
    }

    /** A satellite phone of a remote camp: Thuraya +882 16 1234 5678, Iridium +8816 3123 4567. */
    static String satellitePhone(RandomGenerator r) {
        return r.nextBoolean() ? "+882 16 " + digits(4, r) + " " + digits(4, r)
                : "+8816 " + (2 + r.nextInt(3)) + digits(3, r) + " " + digits(4, r);
    }

    /**
     * A landline of eight digits on 029 (Xi'an, 8… and 6…) or 0731 (Changsha with Zhuzhou and Xiangtan: 8…, 4…, 2…, 5…):
     * 029-88231234, (029)88231234, 029 8823 1234, +86 29 88231234, or the eight digits alone; the same on 0731.
     */
    static String landline(RandomGenerator r) {
        boolean xian = r.nextBoolean();
        String code = xian ? "029" : "0731";
        String local = (xian ? "68".charAt(r.nextInt(2)) : "8452".charAt(r.nextInt(4))) + digits(7, r);
        return switch (r.nextInt(6)) {
            case 0 -> "(" + code + ")" + local;
            case 1 -> code + " " + local.substring(0, 4) + " " + local.substring(4);
            case 2 -> "+86 " + code.substring(1) + " " + local;
            case 3 -> local;
            default -> code + "-" + local;
        };
    }

    /** An inpatient number of the consortium hospital: ten digits, zero-padded, 0023874615. */
    static String inpatientNumber(RandomGenerator r) {
        return "00" + (1 + r.nextInt(9)) + digits(7, r);
    }

    /** A health-check and travel-health file of the centre: XA (Xi'an) or CS (Changsha), the year, six digits. */
    static String healthCheckNumber(RandomGenerator r) {
        return (r.nextBoolean() ? "XA" : "CS") + (18 + r.nextInt(8)) + "-" + digits(6, r);
    }

    /** A project-site clinic file: YD (营地), the year, four digits. */
    static String siteClinicNumber(RandomGenerator r) {
        return "YD" + (18 + r.nextInt(8)) + "-" + digits(4, r);
    }

    /** A medical-insurance personal number: a city's four-digit code and eight digits. */
    static String personalInsuranceNumber(RandomGenerator r) {
        return pick(AREA, r).substring(0, 4) + digits(8, r);
    }

    /** An overseas group-medical member number: 86, seven digits, and 01 for the worker or 02 to 04 for dependants. */
    static String overseasMemberNumber(RandomGenerator r) {
        return "86-" + digits(7, r) + "-0" + (1 + r.nextInt(4));
    }

    /** Where the label does not say which: either. */
    static String insuranceNumber(RandomGenerator r) {
        return r.nextBoolean() ? personalInsuranceNumber(r) : overseasMemberNumber(r);
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

    /** 1986年3月12日, 1986-03-12, 1986.3.12, 1986/03/12, 19860312; born 1948 to 2003. */
    static String birthDate(RandomGenerator r) {
        int y = 1948 + r.nextInt(56), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(5)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> String.format("%d/%02d/%02d", y, m, d);
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** The 出生年月 of forms: 1986.03, 1986年3月; born 1950 to 2003. */
    static String birthMonth(RandomGenerator r) {
        int y = 1950 + r.nextInt(54), m = 1 + r.nextInt(12);
        return r.nextBoolean() ? String.format("%d.%02d", y, m) : y + "年" + m + "月";
    }

    /** Day first, as Algerian, Saudi, Iraqi and Kazakh forms write it: 12/03/1986, 12.03.1986; born 1958 to 2003. */
    static String dayFirstBirthDate(RandomGenerator r) {
        int y = 1958 + r.nextInt(46), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return String.format(r.nextBoolean() ? "%02d/%02d/%d" : "%02d.%02d.%d", d, m, y);
    }

    /** In French: 12 mars 1986, 1er mars 1986; born 1958 to 2003. */
    static String frenchBirthDate(RandomGenerator r) {
        int y = 1958 + r.nextInt(46), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return (d == 1 ? "1er" : String.valueOf(d)) + " " + MOIS.get(m - 1) + " " + y;
    }

    /** In Portuguese: 12 de Março de 1986 (as Angola still writes it) or 12 de março de 1986; born 1958 to 2003. */
    static String portugueseBirthDate(RandomGenerator r) {
        int y = 1958 + r.nextInt(46), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MESES.get(m - 1);
        if (r.nextBoolean()) month = Character.toUpperCase(month.charAt(0)) + month.substring(1);
        return d + " de " + month + " de " + y;
    }

    /** As passports and English documents write it: 12 MAR 1986, 12 March 1986, March 12, 1986; born 1958 to 2003. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1958 + r.nextInt(46), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> String.format("%02d %s %d", d, month.substring(0, 3).toUpperCase(), y);
            case 1 -> d + " " + month + " " + y;
            default -> month + " " + d + ", " + y;
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
            case "MS" -> out.write(surnameOf(people[3]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(PoolNameForms.scannedName(people[0], random), EntityKind.NAME);
            case "PY" -> out.write(pinyinForm(people[0], random), EntityKind.NAME);
            case "PW" -> out.write(airlineForm(people[0]), EntityKind.NAME);
            case "PZ" -> out.write(pinyinSurname(people[0], random), EntityKind.NAME);
            case "NY" -> out.write(pinyinForm(chineseName(random), random), EntityKind.NAME);
            case "NW" -> out.write(airlineForm(chineseName(random)), EntityKind.NAME);
            case "MJ" -> out.write(muslimName(people[3]), EntityKind.NAME);
            case "MA" -> out.write(arabicMuslimName(people[3]), EntityKind.NAME);
            case "MY" -> out.write(passportName(people[3]), EntityKind.NAME);
            case "NM" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "EA" -> out.write(arabicScriptName(random), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MAO" -> out.write(abroadMobile("AO", random), EntityKind.PHONE);
            case "MDZ" -> out.write(abroadMobile("DZ", random), EntityKind.PHONE);
            case "MNG" -> out.write(abroadMobile("NG", random), EntityKind.PHONE);
            case "MET" -> out.write(abroadMobile("ET", random), EntityKind.PHONE);
            case "MSA" -> out.write(abroadMobile("SA", random), EntityKind.PHONE);
            case "MIQ" -> out.write(abroadMobile("IQ", random), EntityKind.PHONE);
            case "MKZ" -> out.write(abroadMobile("KZ", random), EntityKind.PHONE);
            case "MPK" -> out.write(abroadMobile("PK", random), EntityKind.PHONE);
            case "MX" -> out.write(abroadMobile(pick(COUNTRIES, random), random), EntityKind.PHONE);
            case "MT" -> out.write(satellitePhone(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RM" -> out.write(healthCheckNumber(random), EntityKind.MEDICAL_RECORD);
            case "RX" -> out.write(siteClinicNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IP" -> out.write(personalInsuranceNumber(random), EntityKind.INSURANCE);
            case "IO" -> out.write(overseasMemberNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
            case "DOBD" -> out.write(dayFirstBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBF" -> out.write(frenchBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBP" -> out.write(portugueseBirthDate(random), EntityKind.BIRTH_DATE);
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
                || Stream.concat(CHINESE.stream(), MINORITY.stream()).anyMatch(n -> surnameOf(n).equals(w))
                || CHINESE.stream().anyMatch(n -> addressedGivenName(n).equals(w))
                || pinyinSurnames().contains(w)
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full, or null when the value (a surname, a given name) names no one in
     * full. Pinyin forms stand for the Chinese name, Muslim names and passport forms for the Hui name in characters.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String han : CHINESE) {
            String f = pinyinFamily(han), g = pinyinGiven(han);
            if (List.of(f.toUpperCase() + " " + g.toUpperCase(), f + " " + g, g + " " + f, f.toUpperCase() + " " + g,
                    airlineForm(han)).contains(w)) {
                return han;
            }
        }
        for (String h : HUI) {
            String[] p = h.split("\\|");
            if (p[1].equals(w) || p[2].equals(w) || p[3].equals(w)) return p[0];
        }
        for (String a : ARABIC) {
            if (a.substring(a.indexOf('|') + 1).equals(w)) return a.substring(0, a.indexOf('|'));
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
}

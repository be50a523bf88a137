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
 * Forty-second blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_42}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: the research and registry side of a regional medical consortium of central China
 * (Hubei–Hunan–Jiangxi), led by the fictional tertiary 云梦医科大学附属同济医院 in Wuhan with county and city hospitals
 * as trial sites and registry nodes (云梦, 汉川, 红安, 松滋, 恩施, 浏阳, 临湘, 吉首 and 花垣 in 湘西, 都昌, 于都, 樟树),
 * where clinical text is exported for research: multicentre clinical-trial CRFs, screening logs, subject
 * identification logs and their query logs (DCF), SAE reports, monitoring-visit reports, subsidy payment lists,
 * pharmacovigilance and adverse-drug-reaction reports (药品不良反应/事件报告表), biobank sample manifests and transfer
 * forms, genetic counselling notes with pedigrees (先证者, 父, 母, 胞兄, 胞姐 and pedigree positions II-3), a rare-disease
 * registry, cancer-registry follow-up and death verification, ethics-committee correspondence, data-management SQL,
 * psql and CSV dumps, de-duplication logs of the master patient index (EMPI), HL7 and FHIR-like exports, e-mail between
 * coordinators, monitors and sponsors, WeChat groups of CRCs and subjects, SMS reminders, voice notes in dialect
 * (Wuhan: 么样, 冇得, 蛮, 克; Changsha: 咯, 嗯咯, 晓得哒, 娭毑, 爷老倌, 伢子; Nanchang: 么里, 冇), OCR'd consent forms
 * and subsidy receipts. The people: patients, subjects and donors of the three provinces and their relatives, Tujia and
 * Miao subjects of the 湘西 and 恩施 sites, investigators, CRCs, pharmacists and ethics secretaries (in Chinese and in
 * pinyin in English reports), foreign monitors and sponsors' staff (English names). About a seventh of the templates
 * are in English or mostly Latin script.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, subjects, donors, relatives named in
 * pedigrees and counselling notes, guardians and legally authorised representatives, investigators, CRCs, monitors,
 * pharmacists, ethics secretaries, in every position (after a role word, at the start of a chat line, in table cells,
 * CSV fields, SQL literals, JSON values, HL7 fields, English prose). A surname in a form of address labels the surname
 * only ({@code PS}, {@code FS}, {@code DS}): 老X, 小X, X爹, X嗲嗲, X娭毑, X婆婆, X老师, X医生, X教授, X主任; the form of
 * address stays outside. A given name used alone ({@code PG}) labels the given name (a one-character given name is
 * never used alone). A nickname of the region ({@code PK}: 刘满伢, 陈三伢子, 熊满妹子, 邹细崽 — surname and a 伢, 妹子
 * or 崽 nickname) names a person and is labelled whole. A name in pinyin ({@code PY} the record's patient, {@code DY}
 * its investigator, {@code NY} a further person: Wang Hanqing, WANG Hanqing, WANG Han-qing, Hanqing Wang, Wang
 * Han-Qing) is labelled whole, titles (Dr, Prof.) outside. A subject's initials in a CRF ({@code PI}: WHQ, W.H.Q.,
 * W-H-Q; for a two-character name W-H, WH, W.H.) are labelled as a name: this group decides, with the EMA's guidance on
 * anonymising clinical reports, that initials derived from the subject's name are a direct identifier, while the
 * research codes beside them are not. Kin words and titles alone are not names: 先证者, 父, 母, 胞兄, 胞姐, 爷老倌,
 * 娭毑, 嗲嗲, 爹 (alone), 老倌, 伢子, 研究者, 监查员; nor are dialect words. A child or relative known as another's
 * (X之子, X之女, X之母) labels the other person; the kin word stays outside. An OCR'd name ({@code PO}, {@code DO})
 * broken by a line break, a blank after the surname, or a blank or ideographic blank between every character is one
 * span, the break inside it. Monitors and sponsors' staff ({@code E}, {@code E2}) are labelled whole, a family name
 * alone ({@code ES}) and a given name alone ({@code EG}) too. A Tujia or Miao subject ({@code MN}) has a Han-style name
 * and is labelled whole.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Hubei (Wuhan 420103, 420106, 420111; Xiaogan, Yunmeng, Hanchuan; Jingzhou, Songzi; Hong'an, Wuxue; Enshi), Hunan
 * (Changsha 430105, 430111, Liuyang; Yueyang county, Linxiang; Heshan; Jishou and Huayuan of 湘西; Shaodong city
 * 430582 since 2019) and Jiangxi (Nanchang 360102, Nanchang county, Honggutan 360113 since 2019; Xunyang, Duchang;
 * Zhanggong, Yudu; Zhangshu; Guangxin 361104 since 2019); plain, with a lower-case x, 6-8-4 by blanks or by hyphens;
 * 15-digit numbers with a valid birth date on codes that existed before 1999), mobiles ({@code M}: plain, 3-4-4 by
 * blanks or hyphens, +86 plain or +86-3-4-4; {@code MV}: spoken, the one as 幺 or 一, the nought as 零, grouped by
 * blanks, by commas or run on), landlines ({@code L}: eight-digit numbers on 027 Wuhan, 0731 Changsha and 0791
 * Nanchang, seven-digit ones on 0712 Xiaogan, 0713 Huanggang, 0716 Jingzhou, 0718 Enshi, 0730 Yueyang, 0743 湘西,
 * 0792 Jiujiang, 0795 Yichun and 0797 Ganzhou; as 027-87654321, (0712)2345678, 027 8765 4321, 0712 234 5678, with an
 * extension after 转, +86 27 87654321), addresses ({@code A}: villages by 镇/乡, 村, 组 (and 号), Jiangxi's 村委会 and
 * 村小组, flats in Wuhan, Changsha and Nanchang (N栋N单元N室, N栋N单元N层N号, N栋N号), with or without province and
 * city; {@code A0}: stopping at the town, the village, the road or the road number), record numbers ({@code R}:
 * inpatient TJZY24031876, outpatient TJMZ-24031876, county and city hospitals YM24031876 (YM, HC, HA, LY, JS, DC, YD),
 * EMPI numbers EMPI4200318764, seven-digit 病案号 0318764), insurance numbers ({@code I}: employees' YB4201, YB4301,
 * YB3601 with eight digits; rural residents' NH on a county code with six), bank cards ({@code B}: 16 or 19 digits
 * with a valid Luhn digit, plain or in fours by blanks or hyphens; trial subsidies are paid to them), dates of birth
 * ({@code DOB}: 1968年3月5日, 1968-03-05, 1968/3/5, 1968.03.05, 19680305, 一九六八年三月五日, the spoken 68年3月5号;
 * {@code DOBE}: the CRF's 05-MAR-1968, 05/Mar/1968, 5 March 1968, March 5, 1968; {@code DOBL}: lunar 农历1948年腊月初八,
 * 阴历四八年冬月十五, 农历戊子年腊月初八). Not labelled (decoys, some right beside the identifiers, labelled and
 * unlabelled): subject numbers (012-0345), screening and randomisation numbers (S03-0112, R0417), drug kit numbers,
 * site numbers, protocol numbers (YMTJ-ONC-2023-011), ethics approval numbers (伦审[2024]第073号, TJ-IRB-2023-118),
 * ADR case and report numbers (ADR-0731-2024-0061, 4209002024000318), SAE, query, deviation and complaint numbers,
 * sample barcodes and biobank numbers (BB2403180017, S24A0031872), batch and lot numbers, registry numbers of the
 * research registries (RD-HB-2023-0417, TR-2019-0318), pedigree numbers and positions, courier numbers, insurance
 * policy numbers of the trial's liability cover, hotlines, lab values, visit dates, ages, facility names, places alone,
 * dialect words, kin words, and words beginning with a pool surname (熊猫血, 万古霉素, 涂片, 黄疸, 麻醉, 舒张压 …;
 * all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind39Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool ({@link #CHINESE},
 * each name with its pinyin) is drawn as a patient list of the three provinces would look: 王, 李, 张, 刘, 陈, 胡
 * dominate, then the region's 黄, 周, 吴, 徐, 熊, 万, 余, 汪, 涂, 肖, 程, 唐, 彭, 谭, 曾, 罗, 邓, 蒋, 邹, 喻, 晏, 龚,
 * 向, 舒, and surnames no earlier group used ({@link #RARE_SURNAMES}: 虢 of Hunan; the region's other rare surnames are all taken), with
 * word-like names ({@link #WORD_LIKE}). {@link #MINORITY} holds Tujia and Miao subjects (麻, 滕, 龙, 石, 田, 向, 覃);
 * {@link #NICKNAMES} nicknames of the region; {@link #ENGLISH} monitors and sponsors' staff. Own slots: {@code N}, a
 * further Chinese name; {@code PS}, {@code FS}, {@code DS}, {@code PG}, {@code PK}, {@code PO}, {@code DO}, {@code PY},
 * {@code DY}, {@code NY}, {@code PI}, and the identifier slots above. Any non-empty subset of {@link #BLIND_42} uses
 * these pools (see {@link #uses}).
 */
final class Blind42Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270112L;

    static final List<String> BLIND_42 = List.of(
            // Multicentre trials: CRFs, screening and identification logs, queries, SAEs, monitoring, subsidies.
            "多中心临床试验病例报告表（CRF）\n方案编号：YMTJ-CARD-2023-07  中心编号：07\n受试者编号：007-0318  随机号：R0417\n"
                    + "受试者姓名缩写：{PI}\n出生日期：{DOBE}\n研究者签名：{DR}  日期：{D}\n",
            "筛选入选表 | 中心03 | 筛选号S03-0112 | 姓名 {P} | 缩写 {PI} | 身份证 {ID} | 电话 {M}\n",
            "受试者鉴认代码表（仅存研究中心，不得外传）\n受试者编号,姓名,身份证号,联系电话,住址\n012-0345,{P},{ID},{M},{A}\n"
                    + "012-0346,{N},{ID},{M},{A0}\n",
            "Subject ID: 012-0345   Initials: {PI}   DOB: {DOBE}\nRandomisation no.: R-2-0417   Kit no.: K3-1127\n"
                    + "Investigator: Prof. {DY}\n",
            "数据质疑表（DCF）\n质疑号：Q-2024-0871\n受试者：015-0212（{PI}）\n问题：访视3出生日期{DOB}与筛选期不一致，请核实\n"
                    + "回复：已核对身份证{ID}，以身份证为准\nCRC：{N}  监查员：{E}\n",
            "Query #1187 (site 05, subject 005-0031): the DOB on the ICF ({DOBE}) differs from the eCRF. Please verify "
                    + "against the ID card. Raised by {E}; answered by CRC {NY} on {D}.\n",
            "严重不良事件报告（SAE）\n报告类型：首次  SAE编号：SAE-07-2024-003\n受试者：007-0215，缩写{PI}，出生日期{DOB}\n"
                    + "事件：{DIS}，住院号{R}\n报告者：{DR}（主要研究者），电话{L}\n",
            "Monitoring Visit Report - Site 07 (Yunmeng Medical University Tongji Hospital)\nCRA: {E}\nPI: Prof. {DY}\n"
                    + "Finding: for subject 007-0118 the ICF was signed by the legal representative {NY}; the ID card number "
                    + "{ID} was typed into an eCRF comment field and must be removed.\n",
            "CRC交接：07中心在研受试者\n1. 007-0031 {P} {M} 下次访视{D}\n2. 007-0032 {N} {M} 已出组\n交接人：{N}\n",
            "eCRF备注字段导出：SUBJID=014-0088; COMMENT=受试者{P}电话由{M}改为{M}，现住{A0}\n",
            "IWRS随机确认函\n方案号：HNX-2022-105\n中心：长沙（11）\n受试者号：011-0042  随机号：0417  药物编号：K3-1127\n"
                    + "受试者缩写：{PI}  出生日期：{DOB}\n申请人：{DR}\n",
            "知情同意书签字页\n受试者签名：{P}  日期：{D}\n联系电话：{M}\n法定代理人：{F}（与受试者关系：{KIN}）\n"
                    + "研究者签名：{DR}  电话：{L}\n伦理批件号：TJ-IRB-2023-118\n",
            "| 偏离编号 | 受试者 | 缩写 | 描述 | 研究者 |\n|---|---|---|---|---|\n| PD-07-011 | 007-0115 | {PI} | 访视超窗3天 | {DR} |\n",
            "SDV finding: the HIS shows inpatient no. {R} for subject 009-0041 ({PY}); the eCRF gives the hospital "
                    + "number of another patient. DOB in the HIS: {DOBE}.\n",
            "受试者交通补助发放表\n受试者编号\t姓名\t银行卡号\t开户行\t金额\n003-0107\t{P}\t{B}\t农业银行云梦支行\t300.00\n"
                    + "003-0108\t{N}\t{B}\t邮储银行汉川支行\t300.00\n",
            "主题：07中心受试者补助打款信息\n{E}，您好：\n本月补助名单见附件，其中{P}（受试者007-0031）银行卡号{B}，身份证{ID}。"
                    + "请勿转发。\n{N}\n云梦医科大学附属同济医院GCP办公室\n",
            "受试者筛选失败登记：{P}，{SEX}，{AGE}岁，筛选号S11-0093，eGFR 38 mL/min不符合入选标准；联系电话{M}；研究医生{DR}\n",
            "老{PS}，{AGE}岁，云梦县人，入组后第3周ALT 186U/L，研究者{DR}判断可能相关，暂停研究药物；受试者号007-0052\n",
            "{DS}主任查房：{P}（012-0345）耐受好，继续研究药物；{PS}爹的儿子{F}要求复印病历，身份证{ID}\n",
            "入组核查：{P}，生日{DOBL}（身份证上为{DOB}），以身份证{ID}为准；医保{I}；受试者号011-0057\n",
            "PK采血时间表 受试者 010-0023（{PI}）| 给药 08:00 | 采血点 0.5h 1h 2h 4h 8h 24h | 采血护士 {N}\n",
            "Subject diary card returned by {PY} (010-0023); missed doses 2; contact number on file {M}.\n",
            "Medical monitor review: subject 016-0007 ({PI}); Dr {ES} agrees with the PI, Prof. {DY}, that the event "
                    + "is unrelated. Hospital no. {R}.\n",
            "Subject: eTMF access\nHi {EG},\nplease grant read access to {NY} (CRC, site 14) and to Dr {DY}.\n{E}\n",
            // Pharmacovigilance and adverse-drug-reaction reports.
            "药品不良反应/事件报告表\n报告编号：4209002024000318\n患者姓名：{P}  性别：{SEX}  出生日期：{DOB}\n联系方式：{M}\n"
                    + "病历号/门诊号：{R}\n怀疑药品：{DRUG}  批号230817\n不良反应：皮疹伴瘙痒\n报告人：{N}（药师）  电话：{L}\n",
            "ADR报告|{P}|{SEX}|{AGE}岁|{DRUG}|批号B2308173|过敏性休克|报告人 {DR}|{L}\n",
            "ADR case CN-YMTJ-2024-00317 (serious, expedited)\nPatient: {PY}, born {DOBE}\nHospital no.: {R}\n"
                    + "Suspected drug: vancomycin, lot 23K0917\nReporter: pharmacist {NY}, tel {L}\n",
            "药物警戒回访：{D}电话联系患者{P}（{M}），其{KIN}{F}代述停药后皮疹消退；ADR病例号ADR-0731-2024-0061；回访药师{N}\n",
            "新的严重ADR：{P}，{AGE}岁，输注万古霉素后出现红人综合征，住院号{R}，身份证{ID}；上报人临床药师{N}\n",
            "疑似预防接种异常反应：儿童{P}，出生{DOB}，接种后高热惊厥；家长{F}，{M}；疫苗批号202311A047；浏阳市疾控中心\n",
            "Subject: Follow-up request, case CN-YMTJ-2024-00871\nDear {EG},\nThe reporter, Dr {DS}, confirmed that the "
                    + "patient ({PI}, DOB {DOBE}) has recovered. The hospital record {R} stays at the site.\nRegards,\n"
                    + "{NY}\n",
            "[OCR] 药品不良反应/事件报告表\n患者姓名 {PO}\n出生日期 {DOB}\n报告人 {DO}\n联系电话 {L}\n",
            "ADR汇总（季度）：{P} 熊猫血 输血后发热；{N} 舒张压下降；{F} 万古霉素肾损伤，均已上报，上报人{DR}\n",
            "用药错误报告：{P}（住院号{R}）误发他人药品，发药药师{N}，已向{KIN}{F}致歉，电话{M}\n",
            // Biobank.
            "sample_id,subject_id,name,id_no,dob,tube\nS24A0031872,007-0031,{P},{ID},{DOB},EDTA-2\n"
                    + "S24A0031873,007-0032,{N},{ID},{DOB},SST-1\n",
            "生物样本库入库单\n样本条码：BB2403180017\n捐献者：{P}  身份证：{ID}\n采集科室：{DEPT}  冻存位置：-80℃冰箱3层A架\n"
                    + "知情同意编号：ICF-BB-2024-0318\n经手人：{N}\n",
            "条码\t姓名\t住院号\t采样时间\nBB2403180017\t{P}\t{R}\t{TIME}\nBB2403180018\t{F}\t{R}\t{TIME}\n",
            "Biobank withdrawal request: donor {PY} (sample BB2403180017, DOB {DOBE}) withdrew consent; destroy "
                    + "aliquots 1-4. Contact {M}. Logged by {E}.\n",
            "样本转运交接单 | 批次TR-2024-017 | 48管 | 干冰 | 寄件人 {N} {M} | 收件人 {E} | {D}\n",
            "INSERT INTO biobank_donor (donor_id, name, id_card, phone, address) VALUES ('BD-0318', '{P}', '{ID}', "
                    + "'{M}', '{A}');\n",
            "样本库随访：捐献者{P}来电（{M}）询问基因检测结果，告知按协议不返还个人结果；样本号BB2403180017；接听人{N}\n",
            // Genetic counselling and pedigrees.
            "遗传咨询记录\n先证者：{P}，{SEX}，{AGE}岁，临床诊断：杜氏肌营养不良\n家系：父{F}（表型正常），母{N}（携带者），"
                    + "胞兄{N}（已故）\n系谱编号：PED-HB-0417，先证者位置II-3\n咨询医师：{DR}\n",
            "家系调查：先证者{P}之母{N}，出生{DOB}，住{A}；其胞姐{N}同患视网膜色素变性，电话{M}\n",
            "{F}之子，6岁，先证者，全外显子测序示SMN1第7外显子纯合缺失；家住{A0}；父{F}，{M}\n",
            "Genetic counselling note\nProband: {PY} (II-1), DOB {DOBE}\nFather: {NY} (I-1), unaffected\n"
                    + "Mother: {NY} (I-2), obligate carrier\nCounsellor: {E}\n",
            "[语音转文字] 医生咯 我是{P}的娭毑 我屋里伢子一走路就跌跤 嗯咯 他爷老倌{F}的电话是{MV}\n",
            "| 代-号 | 关系 | 姓名 | 出生日期 | 表型 |\n|---|---|---|---|---|\n| II-3 | 先证者 | {P} | {DOB} | 患病 |\n"
                    + "| II-2 | 胞兄 | {N} | {DOB} | 正常 |\n| I-2 | 母 | {F} | {DOBL} | 携带者 |\n",
            "产前诊断知情同意：孕妇{P}，{AGE}岁，丈夫{F}，身份证{ID}；羊水样本号PND-2024-0318；联系电话{M}\n",
            "[微信 遗传咨询随访群]\n{DR}：{PS}老师，您父亲的血样寄了吗？\n{P}：寄了，快递单号SF1402837465\n"
                    + "{N}：收到，{FS}娭毑的口腔拭子也到了\n",
            "遗传咨询：{N}之女{P}，{AGE}岁，血清铜蓝蛋白0.05g/L，肝豆状核变性；咨询医师{DS}教授；家属电话{L}\n",
            "家系成员采血登记\n序号 姓名 关系 身份证号\n1 {P} 先证者 {ID}\n2 {F} 母 {ID}\n3 {N} 胞兄 {ID}\n",
            // Rare-disease registry.
            "罕见病登记系统导出\n登记号：RD-HB-2023-0417\n患者：{P}\n证件号：{ID}\n诊断：戈谢病I型（E75.2）\n"
                    + "确诊医院：云梦医科大学附属同济医院\n联系人：{F}（{KIN}），{M}\n",
            "{\"registry_id\":\"RD-HN-2022-0093\",\"name\":\"{P}\",\"id_card\":\"{ID}\",\"birth\":\"{DOB}\","
                    + "\"guardian\":\"{F}\",\"phone\":\"{M}\"}\n",
            "Rare disease registry, Jiangxi node\nPatient: {PY}, registry no. RD-JX-2021-0152, Wilson disease "
                    + "(ceruloplasmin 0.05 g/L)\nDOB: {DOBE}\nAddress: {A}\n",
            "罕见病药物援助：{P}，援助编号ASSIST-0417，医保{I}，补助打入{B}；项目联系人{N}\n",
            "【浏阳市人民医院】{P}您好，您已纳入湖南省罕见病登记，登记号RD-HN-2022-0093，请妥善保管。随访医生{DR}，{L}\n",
            "罕见病多学科会诊：{P}（{R}），{AGE}岁，脊髓性肌萎缩2型；父{F}，母{N}；会诊专家{DS}教授、{N}\n",
            // Cancer registry follow-up.
            "肿瘤登记随访表\n肿瘤登记号：TR420922-2019-0318\n姓名：{P}  身份证：{ID}\n诊断：肺腺癌 T2aN1M0\n随访方式：电话{M}\n"
                    + "随访结果：存活\n随访人：{N}\n",
            "死因核实：{P}已于{D}死亡，根本死因C34.9；家属{F}（{KIN}）接听，电话{L}；核实人{N}\n",
            "[语音转文字] 喂 是{PS}爹屋里吧 我是同济肿瘤随访的 么样 身体还好吧 冇得么事就好 您儿子电话还是{MV}吧\n",
            "登记号,姓名,性别,出生日期,诊断,随访状态,电话\nTR-2019-0318,{P},{SEX},{DOB},胃癌,存活,{M}\n"
                    + "TR-2019-0319,{N},{SEX},{DOB},肝癌,死亡,{L}\n",
            "Cancer registry linkage: {PY}, ID {ID}, matched to a death record; date of birth {DOBE}. Linked by {NY}.\n",
            "失访追踪：{P}原电话{M}已停机，户籍地址{A}，村医{N}称其随儿子去了东莞；登记号TR-2020-1187\n",
            "肿瘤随访电话记录：{D} 拨打{L}，{FS}婆婆接听，称{P}在{A0}女儿家住，新号码{M}\n",
            "癌症筛查阳性追踪：{P}，粪便隐血阳性，建议肠镜；住{A}；医保{I}；筛查编号CS-2024-0771\n",
            // Ethics committee.
            "伦理委员会审查意见函\n伦审[2024]第073号\n项目编号：YMTJ-NEU-2023-09\n主要研究者：{DR}\n致{DS}教授：贵课题组上报的"
                    + "受试者012-0345（{PI}）严重不良事件已审阅，同意继续试验。\n伦理委员会秘书：{N}  电话：{L}\n",
            "伦理委员会受理受试者投诉：投诉人{P}，电话{M}，称未收到交通补助，银行卡{B}；受理编号TS-2024-005；经办{N}\n",
            "Subject: IRB approval TJ-IRB-2023-118, amendment 2\nDear Dr {DS},\nThe committee approved version 3.0 of the "
                    + "ICF. Please re-consent subject 012-0345 ({PY}).\nContact: {N}, {L}\n",
            "伦理跟踪审查报告\n项目：HNX-2022-105\n本中心入组12例，SAE 1例（受试者{PI}，住院号{R}）\n报告人：{DR}\n",
            "伦理委员会会议纪要：委员{N}回避表决（与申办方有利益关系）；主审委员{DS}主任；秘书{N}\n",
            // Data management: SQL, psql and CSV dumps.
            "SELECT * FROM patient WHERE id_card = '{ID}' AND name = '{P}';\n",
            "UPDATE crf_subject SET phone = '{M}', addr = '{A0}' WHERE subj_id = '011-0042'; -- 原电话{M}\n",
            "mysql> select empi, name, birth from mpi where name = '{P}';\n| {R} | {P} | {DOB} |\n| {R} | {P} | {DOB} |\n",
            "\"{R}\",\"{P}\",\"{SEX}\",\"{DOB}\",\"{ID}\",\"{I}\"\n",
            "COPY trial_subsidy (subj, name, card) FROM stdin;\n007-0031\t{P}\t{B}\n007-0032\t{N}\t{B}\n\\.\n",
            "导出日志：{TIME} 用户{N}导出受试者清单（含姓名、身份证号），首行：{P},{ID},{M}\n",
            // Master patient index de-duplication.
            "[EMPI去重] 疑似重复：{R}（{P}，{DOB}，{ID}）与{R}（{P}，{DOB}）匹配得分0.93，规则R7（姓名+出生日期），待人工确认\n",
            "MPI merge log 02:13: survivor {R} ({PY}, DOB {DOBE}) <- merged {R}; match on ID {ID}; operator {NY}\n",
            "EMPI合并日志|{TIME}|主索引{R}|被合并{R}|{P}|{ID}|操作员{N}\n",
            "去重人工复核：{P}与{F}同住{A}，电话同为{M}，但身份证{ID}与{ID}不同，判定为不同人，不合并；复核人{N}\n",
            "拆分错误合并：{R}原为{P}，被误并入{F}（{R}）；医保号{I}随{P}拆回；操作员{N}\n",
            // Coordinators' e-mail, WeChat and SMS.
            "主题：关于011中心受试者失访\n{DS}老师：\n受试者011-0042（{P}）已连续两次未到访，电话{M}无人接听，家属{F}留的座机"
                    + "{L}也打不通。是否按方案记为失访？\n{N}\n",
            "Subject: Re: site 07 SDV\nHi {EG},\nSite 07 (CRC {NY}) will keep the source files of subjects 007-0031 and "
                    + "007-0032. The patient {PY} asked to be called on {M} only.\nBest,\n{E}\n",
            "From: {E2}\nSubject: drug shipment K3 to site 11\nPlease ask {NY} to confirm receipt. Subject 011-0042's "
                    + "LAR, {PY}, may be reached at {L}.\n",
            "【同济医院药物临床试验机构】{PS}爹，明天{TIME}来抽血，记得空腹咯。有事打{L}找{N}\n",
            "[微信 YMTJ-ONC-011 CRC群]\n{N}：07中心{P}今天SAE了，住院号{R}\n{E}：Please upload the SAE form within 24h.\n"
                    + "{N}：好的，PI {DS}主任已签字\n",
            "[微信 07中心受试者随访群]\n{N}：{PS}娭毑，明天记得带身份证和用药日记卡\n{P}：嗯咯，晓得哒\n"
                    + "{N}：地址还是{A0}吧？研究药品寄过去\n",
            "【云梦医科大学附属同济医院】{P}您好，您的住院号{R}，病理结果已出，请至肿瘤科随访门诊复诊。咨询热线12320\n",
            "[微信] {F}：{DS}医生，我妈{P}的CT报告出来了吗？她电话{M}打不通\n{DR}：出来了，住院号{R}，明天来拿\n",
            "【云梦县人民医院】{PS}爹您好，请于{D}来院领取受试者交通补助，带身份证。联系人{N}，{M}\n",
            "【临床试验受试者补助】{P}您好，第3次访视补助300元已转入您的银行卡{B}，如有疑问联系{N}，{L}\n",
            "[微信 松滋分中心CRC]\n{N}：小{DS}，{P}的补助卡号{B}核对了吗？\n{N}：核对了，开户名一致，受试者号006-0071\n",
            "[微信 红安分中心]\n{N}：{PS}嗲嗲今天冇来，打他屋里座机{L}冇人接\n{DR}：让村医去{A0}看一下\n",
            // Dialect voice notes.
            "[语音转文字] {DS}医生 我是{P}啊 那个药吃了么样搞的 身上起疹子 冇得办法 我电话{MV}\n",
            "[语音转文字] 喂 {DS}教授咯 我是{F} 我娭毑吃了你们那个试验药 脑壳晕 嗯咯 住在{A0}\n",
            "[语音转文字] 医生 我屋里老倌{F}昨天夜里发烧 么里药都冇吃 你打我电话{MV}\n",
            "[语音转文字] 喂 我是同济的{N} 您的补助打到{B}这个卡上了 您看下到了冇\n",
            "[语音转文字] 我是{PK} 我屋里{F}要我问一下 那个随访么时候搞 电话{MV}\n",
            "[语音转文字] 我是{MN} 住在花垣那边 你们寄的药盒子收到了 嗯咯 电话{MV}\n",
            "[语音转文字] 喂 我是{PK}的姆妈 伢在屋里冇得么事 就是咳 你们么样还要抽血 电话{MV}\n",
            "[微信 浏阳分中心]\n{N}：{FS}娭毑，您家{P}明天访视，记得带药盒子\n{F}：晓得哒，要得咯\n",
            "[语音转文字] 喂 {DS}主任 {PK}今天冇来复查 他讲屋里冇得人送 住在{A0}\n",
            "[语音转文字] {PG}啊 我是{DS}医生 你的抽血结果蛮好 下个月{D}再来 冇得问题\n",
            // OCR'd consent forms and receipts.
            "[OCR] 知 情 同 意 书\n受试者姓名 {PO}\n身份证号 {ID}\n联系电话 {M}\n研究者 {DO}\n",
            "[OCR] 受试者补助签收单 姓名{PO} 卡号{B} 签名：________ 日期{D}\n",
            "[OCR] 遗传学检测知情同意书\n先证者 {PO}\n监护人 {F}\n出生日期 {DOB}\n",
            "[OCR] 生物样本捐赠同意书 捐赠者{PO} 身份证{ID} 住址{A} 见证人{DO}\n",
            "[OCR] INFORMED CONSENT FORM\nSubject name: {PY}\nSubject No.: 012-0345\nDate of birth: {DOBE}\n"
                    + "Investigator: {DO}\n",
            "[OCR] 罕见病登记授权书\n患者 {PO}\n住址 {A0}\n电话 {M}\n医保卡 {I}\n",
            // JSON, FHIR and HL7 exports.
            "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:ymtj:empi\",\"value\":\"{R}\"}],"
                    + "\"name\":[{\"text\":\"{P}\"}],\"birthDate\":\"{DOB}\",\"telecom\":[{\"value\":\"{M}\"}]}\n",
            "MSH|^~\\&|HIS|YMTJ|CTMS|YMTJ|20240318||ADT^A08|MSG0318|P|2.4\nPID|1||{R}^^^YMTJ||{PY}||{DOB}|||{A}||{M}\n",
            "{\"case_no\":\"ADR-0731-2024-0061\",\"patient\":{\"name\":\"{P}\",\"initials\":\"{PI}\",\"dob\":\"{DOB}\"},"
                    + "\"reporter\":\"{DR}\",\"reporter_tel\":\"{L}\"}\n",
            "{\"barcode\":\"BB2403180017\",\"donor\":\"{PY}\",\"id_no\":\"{ID}\",\"consent\":\"ICF-BB-2024-0318\"}\n",
            "{\"subj\":\"003-0107\",\"payee\":\"{P}\",\"card\":\"{B}\",\"bank\":\"农业银行\",\"insurance\":\"{I}\"}\n",
            "{\"pedigree\":\"PED-HB-0417\",\"proband\":\"{P}\",\"father\":\"{F}\",\"mother\":\"{N}\",\"address\":\"{A}\"}\n",
            // Sites: county hospitals, 湘西 and 恩施, Jiangxi.
            "都昌县人民医院转同济医院：{P}，{SEX}，{AGE}岁，住{A}，医保{I}，转诊医生{DR}，电话{L}\n",
            "湘西分中心（吉首）入组：{MN}，苗族，身份证{ID}，住{A}，联络员{N}，{M}；中心编号16\n",
            "恩施分中心：{MN}，土家族，{AGE}岁，出生{DOB}，医保{I}，联系电话{M}；麻醉评估正常\n",
            "于都县人民医院随访：{P}，出生{DOBL}，住{A}，其{KIN}{F}陪同；随访编号YD-FU-0318\n",
            "樟树分中心受试者：{P}，身份证{ID}，银行卡{B}（补助），医保{I}，住{A0}\n",
            "临湘市人民医院：{P}之母{F}代签知情同意，电话{M}，涂片抗酸杆菌阴性，黄疸指数正常\n");

    // 王, 李, 张, 刘, 陈, 胡 first, then the region's others, the word-like names, and the rare surnames of Jiangxi and
    // Hubei. Each entry: the name|the surname in pinyin|the given name in pinyin, its syllables joined by a hyphen.
    static final List<String> PINYIN = List.of(
            "王汉卿|Wang|Han-qing", "王楚雄|Wang|Chu-xiong", "王腊英|Wang|La-ying", "王冬莲|Wang|Dong-lian",
            "王德炎|Wang|De-yan", "王满珍|Wang|Man-zhen", "王志坤|Wang|Zhi-kun", "王秋潮|Wang|Qiu-chao",
            "王梓澄|Wang|Zi-cheng", "王晖|Wang|Hui", "王焕炳|Wang|Huan-bing", "王素贞|Wang|Su-zhen",
            "王靖雯|Wang|Jing-wen", "王先富|Wang|Xian-fu",
            "李国钰|Li|Guo-yu", "李凤姣|Li|Feng-jiao", "李腊梅|Li|La-mei", "李厚德|Li|Hou-de", "李秋云|Li|Qiu-yun",
            "李楚瑶|Li|Chu-yao", "李铁牛|Li|Tie-niu", "李翠屏|Li|Cui-ping", "李春桥|Li|Chun-qiao", "李嘉禾|Li|Jia-he",
            "李婉清|Li|Wan-qing", "李昌鹏|Li|Chang-peng",
            "张桂茹|Zhang|Gui-ru", "张建湘|Zhang|Jian-xiang", "张远山|Zhang|Yuan-shan", "张秀枝|Zhang|Xiu-zhi",
            "张雨墨|Zhang|Yu-mo", "张金宝|Zhang|Jin-bao", "张晋豪|Zhang|Jin-hao", "张梦溪|Zhang|Meng-xi",
            "张竹青|Zhang|Zhu-qing", "张汉生|Zhang|Han-sheng",
            "刘满秀|Liu|Man-xiu", "刘桂元|Liu|Gui-yuan", "刘德厚|Liu|De-hou", "刘湘平|Liu|Xiang-ping",
            "刘冬梅|Liu|Dong-mei", "刘振楚|Liu|Zhen-chu", "刘梓航|Liu|Zi-hang", "刘玉蓓|Liu|Yu-bei",
            "刘述贤|Liu|Shu-xian", "刘可欣|Liu|Ke-xin", "刘正伦|Liu|Zheng-lun", "刘小满|Liu|Xiao-man",
            "陈继光|Chen|Ji-guang", "陈菊香|Chen|Ju-xiang", "陈楚材|Chen|Chu-cai", "陈美云|Chen|Mei-yun",
            "陈国柱|Chen|Guo-zhu", "陈思璇|Chen|Si-xuan", "陈德胜|Chen|De-sheng", "陈三妹|Chen|San-mei",
            "陈浩楠|Chen|Hao-nan", "陈慧敏|Chen|Hui-min",
            "胡大志|Hu|Da-zhi", "胡春桃|Hu|Chun-tao", "胡汉林|Hu|Han-lin", "胡美玲|Hu|Mei-ling", "胡志远|Hu|Zhi-yuan",
            "胡晓蓓|Hu|Xiao-bei", "胡家驹|Hu|Jia-ju", "胡梓钦|Hu|Zi-qin",
            "黄菊仙|Huang|Ju-xian", "黄德望|Huang|De-wang", "余音|Yu|Yin",
            "周秋香|Zhou|Qiu-xiang", "周正清|Zhou|Zheng-qing", "吴凤珍|Wu|Feng-zhen", "吴志桓|Wu|Zhi-huan",
            "徐腊香|Xu|La-xiang", "徐国富|Xu|Guo-fu", "熊汉桥|Xiong|Han-qiao", "熊腊花|Xiong|La-hua",
            "熊子墨|Xiong|Zi-mo", "万全|Wan|Quan", "万桂秋|Wan|Gui-qiu", "余水生|Yu|Shui-sheng", "余翠兰|Yu|Cui-lan",
            "汪德炳|Wang|De-bing", "汪小芹|Wang|Xiao-qin", "涂克强|Tu|Ke-qiang", "涂细莲|Tu|Xi-lian",
            "肖腊珍|Xiao|La-zhen", "肖楚南|Xiao|Chu-nan", "程远航|Cheng|Yuan-hang", "程秀珍|Cheng|Xiu-zhen",
            "唐仲文|Tang|Zhong-wen", "唐满姣|Tang|Man-jiao", "彭湘云|Peng|Xiang-yun", "彭铁军|Peng|Tie-jun",
            "谭桂秋|Tan|Gui-qiu", "谭伯勋|Tan|Bo-xun", "曾凡勋|Zeng|Fan-xun", "曾秋月|Zeng|Qiu-yue",
            "罗湘君|Luo|Xiang-jun", "罗长根|Luo|Chang-gen", "邓菊芬|Deng|Ju-fen", "邓远志|Deng|Yuan-zhi",
            "蒋满英|Jiang|Man-ying", "邹水根|Zou|Shui-gen", "邹冬妹|Zou|Dong-mei", "喻明轩|Yu|Ming-xuan",
            "晏秋萍|Yan|Qiu-ping", "龚德润|Gong|De-run", "程度|Cheng|Du", "舒展|Shu|Zhan",
            "邹冬根|Zou|Dong-gen", "龚细桂|Gong|Xi-gui", "徐小琴|Xu|Xiao-qin", "彭秋霞|Peng|Qiu-xia",
            "蒋志坚|Jiang|Zhi-jian", "虢国庆|Guo|Guo-qing", "虢冬英|Guo|Dong-ying", "虢少华|Guo|Shao-hua");
    /** The Chinese pool: the names of {@link #PINYIN}. */
    static final List<String> CHINESE = PINYIN.stream().map(e -> e.split("\\|")[0]).toList();
    /**
     * Surnames no earlier blind group gave anyone: 虢 of Hunan. The region's other rare surnames (帅, 揭, 敖, 冷, 鄢, 况, 漆,
     * 艾, 桂, 谌, 但, 佘, 粟, 瞿, 冉 …) all stand in earlier groups' pools.
     */
    static final String RARE_SURNAMES = "虢";
    /** Pool names that are also words: degree, foolproof, a lingering sound, to unfold. */
    static final List<String> WORD_LIKE = List.of("程度", "万全", "余音", "舒展");
    /** Tujia and Miao subjects of the 湘西 and 恩施 sites: Han-style names on the Miao 麻, 滕, 龙, 石 and the Tujia 田, 向, 覃. */
    static final List<String> MINORITY = List.of("麻金花", "麻秀妹", "麻岩生", "滕树林", "滕桂英", "滕三妹", "龙再兴",
            "龙银花", "石岩妹", "田家和", "田翠莲", "覃祖福", "向桂枝");
    /** Nicknames of the region: a surname and a 伢, 妹子 or 崽 nickname, labelled whole. */
    static final List<String> NICKNAMES = List.of("刘满伢", "王细伢", "陈三伢子", "胡毛伢", "熊满妹子", "谭狗伢子",
            "涂幺姑", "邹细崽");
    /** Monitors and sponsors' staff, given|family: Austrian, Romanian, Welsh, Cornish, Scottish, Czech, Croatian, Nordic … */
    static final List<String> ENGLISH = List.of("Leopoldine|Haberkorn", "Sorin|Vatamanu", "Rhiannon|Penhallurick",
            "Iseult|Muirhead", "Bohumil|Hrabalik", "Hildegund|Pfisterer", "Eachann|Macquarrie",
            "Wigbert|Aufderheide", "Jadranka|Kranjc", "Hallvard|Eikeland", "Nesta|Wolstencroft", "Veikko|Halonen",
            "Aurelio|Sbarbaro", "Solenne|Lavallee", "Torunn|Ostvold", "Demelza|Trebilcock", "Fingal|Gillanders",
            "Vebjorn|Tjeldflaat");

    /**
     * Codes in use before 1999, when 15-digit numbers were issued: Jiang'an… Jianghan, Wuchang and Hongshan of Wuhan,
     * Xiaonan, Yunmeng and Hanchuan of Xiaogan, Shashi and Songzi of Jingzhou, Hong'an and Wuxue of Huanggang, Enshi
     * city; Kaifu, Yuhua and Liuyang of Changsha, Yueyang county and Linxiang, Heshan of Yiyang, Jishou and Huayuan of
     * 湘西; Donghu and Nanchang county of Nanchang, Xunyang and Duchang of Jiujiang, Zhanggong and Yudu of Ganzhou,
     * Zhangshu.
     */
    private static final List<String> LEGACY_AREA = List.of("420103", "420106", "420111", "420902", "420922",
            "420984", "421002", "421087", "421122", "421182", "422801", "430105", "430111", "430181", "430621",
            "430682", "430903", "433101", "433124", "360102", "360121", "360403", "360428", "360702", "360731",
            "360982");
    /** Codes created since 2019, on which only 18-digit numbers exist: Shaodong city, Guangxin and Honggutan districts. */
    static final List<String> NEW_AREA = List.of("430582", "361104", "360113");
    private static final List<String> AREA = Stream.concat(LEGACY_AREA.stream(), NEW_AREA.stream()).toList();
    private static final List<String> EIGHT_DIGIT_AREAS = List.of("027", "0731", "0791");
    private static final List<String> SEVEN_DIGIT_AREAS = List.of("0712", "0713", "0716", "0718", "0730", "0743",
            "0792", "0795", "0797");
    private static final List<String> BANK_BINS = List.of("622848", "622845", "621661", "623668", "622188");
    private static final List<String> SITE_CODES = List.of("YM", "HC", "HA", "LY", "JS", "DC", "YD");
    /** Province|city|city short or empty|county|towns|villages. */
    private static final List<String> RURAL = List.of(
            "湖北省|孝感市||云梦县|城关镇,义堂镇,曾店镇,伍洛镇|胡家湾村,涂家垴村,熊家岗村,北河村",
            "湖北省|孝感市||汉川市|马口镇,分水镇,沉湖镇|万福村,新河村,沙湖村",
            "湖北省|黄冈市||红安县|七里坪镇,八里湾镇,华家河镇|柳林河村,程家冲村",
            "湖北省|荆州市||松滋市|新江口镇,八宝镇,涴市镇|杨林村,永兴村",
            "湖北省|恩施土家族苗族自治州|恩施州|恩施市|龙凤镇,芭蕉侗族乡,盛家坝乡|青堡村,高拱桥村",
            "湖南省|长沙市||浏阳市|大瑶镇,永安镇,官渡镇,沙市镇|南川河村,杨花村,坪上村",
            "湖南省|岳阳市||临湘市|羊楼司镇,詹桥镇,忠防镇|龙窖山村,长安村",
            "湖南省|湘西土家族苗族自治州|湘西州|花垣县|双龙镇,边城镇,花垣镇|磨老村,金龙村",
            "湖南省|湘西土家族苗族自治州|湘西州|吉首市|矮寨镇,马颈坳镇|坪朗村,排兄村",
            "湖南省|益阳市||赫山区|泉交河镇,沧水铺镇|碧云峰村,邓石桥村",
            "江西省|九江市||都昌县|周溪镇,多宝乡,三汊港镇|泗山村,马影湖村",
            "江西省|赣州市||于都县|罗坳镇,岭背镇,银坑镇|步前村,谢屋村",
            "江西省|宜春市||樟树市|阁山镇,临江镇,洲上乡|彭家村,曾家村");
    /** Jiangxi's natural villages under a 村委会. */
    private static final List<String> JIANGXI_HAMLETS = List.of("下湾", "上屋", "新屋场", "樟树下", "塘背");
    /** Province|city|districts|roads|estates. */
    private static final List<String> CITY = List.of(
            "湖北省|武汉市|江岸区,江汉区,硚口区,武昌区,洪山区,青山区|解放大道,中山大道,建设大道,徐东大街,武珞路,珞喻路,中北路"
                    + "|百步亭花园,晒湖小区,南湖山庄,徐东花园,青和居",
            "湖南省|长沙市|芙蓉区,开福区,雨花区,岳麓区,天心区|五一大道,韶山北路,芙蓉中路,劳动西路,麓山南路"
                    + "|东塘小区,砂子塘小区,望月湖小区,枫林绿洲",
            "江西省|南昌市|东湖区,西湖区,青山湖区,红谷滩区|八一大道,阳明路,北京东路,丰和中大道,孺子路"
                    + "|洪都新村,百花洲小区,青山湖小区,绿茵路小区");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private Blind42Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_42 || !templates.isEmpty() && BLIND_42.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Tujia or Miao subject (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] pinyinEntry(String name) {
        for (String e : PINYIN) {
            if (e.startsWith(name + "|")) return e.split("\\|");
        }
        throw new IllegalArgumentException(name);
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase() + s.substring(1);
    }

    /**
     * Every pinyin form of a pool name: Wang Hanqing, WANG Hanqing, WANG Han-qing, Hanqing Wang, Wang Han-Qing (for a
     * one-syllable given name the forms coincide in part).
     */
    static List<String> pinyinForms(String name) {
        String[] p = pinyinEntry(name);
        String family = p[1], hyphenated = capitalised(p[2]), joined = capitalised(p[2].replace("-", ""));
        String[] syllables = p[2].split("-");
        StringBuilder title = new StringBuilder();
        for (String s : syllables) title.append(title.isEmpty() ? "" : "-").append(capitalised(s));
        return List.of(family + " " + joined, family.toUpperCase() + " " + joined,
                family.toUpperCase() + " " + hyphenated, joined + " " + family, family + " " + title);
    }

    /** A pool name in one of its pinyin forms. */
    static String pinyin(String name, RandomGenerator r) {
        return pick(pinyinForms(name), r);
    }

    /** The initials a CRF writes: WHQ, W.H.Q., W-H-Q; for a two-character name W-H, WH, W.H. */
    static List<String> initialForms(String name) {
        String[] p = pinyinEntry(name);
        List<String> letters = new ArrayList<>();
        letters.add(p[1].substring(0, 1));
        for (String s : p[2].split("-")) letters.add(s.substring(0, 1).toUpperCase());
        if (letters.size() == 2) {
            String a = letters.get(0), b = letters.get(1);
            return List.of(a + "-" + b, a + b, a + "." + b + ".");
        }
        return List.of(String.join("", letters), String.join(".", letters) + ".", String.join("-", letters));
    }

    /**
     * A name as OCR reads it off a form: broken by a line break, a single blank after the surname, a blank between every
     * character, or an ideographic blank between every character.
     */
    static String scannedName(String name, RandomGenerator r) {
        return PoolNameForms.scannedName(name, r);
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+") && CHINESE.contains(joined);
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
            case "PY" -> out.write(pinyin(people[0], random), EntityKind.NAME);
            case "DY" -> out.write(pinyin(people[2], random), EntityKind.NAME);
            case "NY" -> out.write(pinyin(chineseName(random), random), EntityKind.NAME);
            case "PI" -> out.write(pick(initialForms(people[0]), random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(crfBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
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
                        || initialForms(n).contains(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Chinese name for a pinyin form or an OCR'd one), or null when
     * the value (a surname, a given name, initials) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String n : CHINESE) {
            if (pinyinForms(n).contains(w)) return n;
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

    /** Every pinyin form of the Chinese pool and every English name, in full. */
    static List<String> fullForms() {
        List<String> out = new ArrayList<>();
        for (String n : CHINESE) {
            for (String f : pinyinForms(n)) {
                if (!out.contains(f)) out.add(f);
            }
        }
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

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    /**
     * A village of the three provinces: 湖北省孝感市云梦县义堂镇胡家湾村3组, 云梦县义堂镇胡家湾村3组12号, Jiangxi's
     * 都昌县周溪镇泗山村委会下湾村小组; {@code partial} stops at the town, the village or the 组.
     */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(RURAL, r));
        boolean withCity = withProvince || r.nextBoolean();
        String city = !withCity ? "" : t[2].isEmpty() || r.nextBoolean() ? t[1] : t[2];
        String base = (withProvince ? t[0] : "") + city + t[3] + one(t[4], r);
        String village = one(t[5], r);
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> base;
                case 1 -> base + village;
                default -> base + village + (1 + r.nextInt(12)) + "组";
            };
        }
        if (t[0].equals("江西省") && r.nextInt(3) == 0) {
            return base + village + "委会" + pick(JIANGXI_HAMLETS, r) + "村小组";
        }
        return r.nextBoolean() ? base + village + (1 + r.nextInt(12)) + "组"
                : base + village + (1 + r.nextInt(12)) + "组" + (1 + r.nextInt(80)) + "号";
    }

    /**
     * A flat in Wuhan, Changsha or Nanchang: 武汉市洪山区珞喻路128号南湖山庄3栋2单元502室, …3栋2单元5层2号, …3栋502号;
     * {@code partial} stops at the road or its number.
     */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(CITY, r));
        String road = (withProvince ? t[0] : "") + t[1] + one(t[2], r) + one(t[3], r);
        if (partial) return r.nextBoolean() ? road : road + (1 + r.nextInt(900)) + "号";
        String estate = road + (1 + r.nextInt(900)) + "号" + one(t[4], r) + (1 + r.nextInt(30)) + "栋";
        int floor = 1 + r.nextInt(28), door = 1 + r.nextInt(6);
        return switch (r.nextInt(3)) {
            case 0 -> estate + (1 + r.nextInt(4)) + "单元" + floor + "0" + door + "室";
            case 1 -> estate + (1 + r.nextInt(4)) + "单元" + floor + "层" + door + "号";
            default -> estate + floor + "0" + door + "号";
        };
    }

    /** An address: a village (a little more than half) or a flat; {@code partial} may stop early. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 6 ? village(withProvince, partial, r) : flat(withProvince, partial, r);
    }

    /** A resident ID: 18 characters (born 1935 to 2018), or a 15-digit one on a code of its time (born 1935 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(8) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 35, 50, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1935, 84, r);
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

    /** A mobile as said aloud: the one as 幺 or 一, the nought as 零; 3-4-4 by blanks, by commas or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) b.append(c == '1' ? one : c == '0' ? '零' : NUMERALS.charAt(c - '0'));
        String s = b.toString();
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7);
            case 1 -> s.substring(0, 3) + "，" + s.substring(3, 7) + "，" + s.substring(7);
            default -> s;
        };
    }

    /**
     * A landline: eight local digits on 027, 0731 and 0791, seven on the other codes: 027-87654321, (0712)2345678,
     * 027 8765 4321, 0712 234 5678, 027-87654321转806, +86 27 87654321.
     */
    static String landline(RandomGenerator r) {
        boolean eight = r.nextInt(5) < 2;
        String area = eight ? pick(EIGHT_DIGIT_AREAS, r) : pick(SEVEN_DIGIT_AREAS, r);
        String local = (char) ('2' + r.nextInt(7)) + digits(eight ? 7 : 6, r);
        int half = eight ? 4 : 3;
        return switch (r.nextInt(6)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local.substring(0, half) + " " + local.substring(half);
            case 2 -> area + "-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 3 -> "+86 " + area.substring(1) + " " + local;
            default -> area + "-" + local;
        };
    }

    /**
     * TJZY24031876 (inpatient, Tongji), TJMZ-24031876 (outpatient), YM24031876 (county and city hospitals),
     * EMPI4200318764 (master patient index), 0318764 (病案号).
     */
    static String recordNumber(RandomGenerator r) {
        int yy = 16 + r.nextInt(10);
        return switch (r.nextInt(5)) {
            case 0 -> "TJZY" + yy + digits(6, r);
            case 1 -> "TJMZ-" + yy + digits(6, r);
            case 2 -> pick(SITE_CODES, r) + yy + digits(6, r);
            case 3 -> "EMPI" + digits(10, r);
            default -> digits(7, r);
        };
    }

    /** Employees' insurance of Wuhan, Changsha and Nanchang (YB4201, YB4301, YB3601), rural residents' NH on a county code. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "YB4201" + digits(8, r);
            case 1 -> "YB4301" + digits(8, r);
            case 2 -> "YB3601" + digits(8, r);
            default -> "NH" + pick(LEGACY_AREA, r) + digits(6, r);
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

    /** 1968年3月5日, 1968-03-05, 1968/3/5, 1968.03.05, 19680305, 一九六八年三月五日, 68年3月5号; born 1935 to 2018. */
    static String birthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(84), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "/" + m + "/" + d;
            case 3 -> String.format("%d.%02d.%02d", y, m, d);
            case 4 -> String.format("%d%02d%02d", y, m, d);
            case 5 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
        };
    }

    /** As CRFs and English reports write it: 05-MAR-1968, 05/Mar/1968, 5 March 1968, March 5, 1968. */
    static String crfBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(84), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(4)) {
            case 0 -> String.format("%02d-%s-%d", d, month.substring(0, 3).toUpperCase(), y);
            case 1 -> String.format("%02d/%s/%d", d, month.substring(0, 3), y);
            case 2 -> d + " " + month + " " + y;
            default -> month + " " + d + ", " + y;
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

    /** The sexagenary year: 1948 is 戊子. */
    static String ganzhi(int y) {
        return "" + STEMS.charAt(Math.floorMod(y - 4, 10)) + BRANCHES.charAt(Math.floorMod(y - 4, 12));
    }

    /** A lunar date of birth, 1930 to 1979: 农历1948年腊月初八, 阴历四八年冬月十五, 农历戊子年腊月初八. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(50), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + month + lunarDay(d);
            case 1 -> "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
            default -> "农历" + ganzhi(y) + "年" + month + lunarDay(d);
        };
    }
}

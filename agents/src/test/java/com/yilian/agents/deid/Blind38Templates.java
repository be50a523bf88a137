package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

import static com.yilian.agents.deid.IdentifierForms.digits;
import static com.yilian.agents.deid.IdentifierForms.pick;
import static com.yilian.agents.deid.PoolNameForms.addressedGivenName;
import static com.yilian.agents.deid.PoolNameForms.family;
import static com.yilian.agents.deid.PoolNameForms.given;
import static com.yilian.agents.deid.PoolNameForms.givenNameOf;
import static com.yilian.agents.deid.PoolNameForms.surnameOf;

/**
 * Thirty-eighth blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_38}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: what passes through a regional medical consortium of Chongqing's mountain city and the Three Gorges
 * reservoir, led by the fictional tertiary 渝岭医科大学附属第一医院 (渝岭医大附一院, Yuling Medical University First
 * Affiliated Hospital) in the fictional mountain city of 渝岭市 (districts 朝门区 and 嘉岭区, streets of stone stairs,
 * 梯坎 and 巷, floors counted from the road above or below), with district and county hospitals, street community
 * health centres (望龙门街道社区卫生服务中心), township health centres of the resettled reservoir counties (云阳, 奉节,
 * 巫山, 忠县, 万州), Tujia village clinics up the gorges (石柱, 彭水, 酉阳) and the fictional river-port clinic
 * 宝塔坪港务卫生所. The people: Chongqing-dialect speakers, addressed as 老X, 小X, X嬢嬢, X孃, X哥, X妹儿, X老汉儿,
 * X幺爸, X师傅, X师; 棒棒 porters and others known by nicknames (谭幺妹, 铁脚板, 瘦猴儿); Tujia villagers (向, 田, 冉, 谭,
 * 覃, 彭); resettled (移民) families; boat crews; motorbike-taxi drivers; returned migrant miners; a visiting
 * foreign team. The genres: emergency and trauma notes (falls on stairs, river accidents, drowning), hotpot-kitchen
 * burns, silicosis screening of returned miners, elderly chronic disease management, family-doctor contracts,
 * resettlement health archives, village clinic day books, voice notes in Chongqing dialect (啥子, 莫得, 梭下去, 搞快点,
 * 脑壳, 脚杆, 要得, 恼火, 咋个), WeChat groups, CSV, tab, pipe and markdown tables, JSON exports, HL7 v2 segments (PID,
 * NK1, PV1; names as SURNAME^GIVEN in pinyin or 谭^德富 in characters), DICOM-style header dumps, OCR'd forms with
 * blanks between characters, SMS, referral letters and English summaries for the visiting team (about a sixth of the
 * templates in English or mostly Latin script).
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI: patients, relatives, neighbours, porters, boat
 * masters, village doctors, doctors and nurses, visiting team members, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, HL7 fields, DICOM values, English prose). A surname in
 * a form of address labels the surname only ({@code PS}, {@code FS}, {@code DS}, {@code MS}): 老X, 小X, X嬢嬢, X孃, X哥,
 * X妹儿, X老汉儿, X幺爸, X师傅, X师, X医生, X主任, X护士长. A given name used alone ({@code PG}) labels the given name (a
 * one-character given name is never used alone). A nickname ({@code PK}: 谭幺妹, 铁脚板, 瘦猴儿, 牟老幺) names a person
 * and is labelled whole. A Tujia villager's name ({@code MN}, {@code NT}) is an ordinary three-character name, labelled
 * whole. A name in pinyin is labelled whole: in English prose ({@code PY}, {@code FY}, {@code DY}, {@code NY},
 * {@code MY}: Tan Defu, TAN Defu, Defu Tan) and in HL7 and DICOM ({@code PH}, {@code FH}, {@code DH}: TAN^DEFU, the caret
 * inside the span, a doctor's number before it outside); a name in characters with the HL7 caret ({@code PC}: 谭^德富) is
 * one span. Kin words and titles alone are not names: 老汉儿 (father), 嬢嬢, 幺爸, 家家 (grandmother), 幺儿, 妹儿, 梯玛
 * (the Tujia ritual master); nor are dialect words, Tujia words (毕兹卡, 摆手舞, 吊脚楼, 西兰卡普) or foods (毛肚,
 * 老鹰茶, 小面). An OCR'd name ({@code PO}, {@code DO}, {@code MO}) broken by a line break, a blank after the surname,
 * or a blank or ideographic blank between every character is one span, the break inside it. Visiting team members
 * ({@code E}, {@code E2}) are labelled whole, a family name alone ({@code ES}) and a given name alone ({@code EG}) too;
 * Dr stays outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on Chongqing codes
 * (500101 万州 … 500243 彭水, 500154 开州 of 2016) and on the Sichuan codes the city and the 万县 prefecture had before
 * 1997 (5102, 5122); plain, with a lower-case x, 6-8-4 by blanks or by hyphens; 15-digit numbers with a valid birth date
 * on codes that existed before 1999), mobiles ({@code M}: plain, 3-4-4 by blanks or hyphens, +86 plain, +86-3-4-4,
 * (+86) plain; {@code MV}: spoken, the one as 幺 and the nought as 零, or the boatmen's radio way 幺两三四五六拐八勾洞;
 * grouped by blanks, by commas or run on), landlines ({@code L}: 023 with eight digits: 023-63881234, (023)63881234,
 * 023 6388 1234, the local 6388 1234 without the code, an extension after 转, +86 23 6388 1234), addresses ({@code A}:
 * flats of 渝岭市 by 梯坎, 巷, 坡, 路 with 号附N号 and floors below the road (负3楼2号, 负2-1) or above (5-3);
 * resettlement blocks; villages by 组 or 社 (and 号); {@code A0}: stopping at the district, street, road, township,
 * village or estate; {@code AY}: resettlement blocks, N栋N单元N-N, N栋附N号), record numbers ({@code R}: inpatient
 * Y24-068213, outpatient card YLMZ2403068213, county and district hospitals FJ2024/06821 (WZ, YY, FJ, WS, ZX, SZ, CM,
 * JL), silicosis screening CF2024-0318, family-doctor contracts QY-500235-24-0317, 17-digit health-archive numbers on an
 * area code; {@code RP}: the PACS and HIS patient ID YL00682135), insurance numbers ({@code I}: CQJM and CQZG with ten
 * digits, work-injury GS-2024-031876), bank cards ({@code B}: 16 or 19 digits with a valid Luhn digit, plain or in fours
 * by blanks or hyphens), dates of birth ({@code DOB}: 1950年3月5日, 1950年3月5号, 1950-03-05, 1950.3.5, 1950/3/5,
 * 一九五〇年三月五日, the spoken 50年3月5号; {@code DOBL}: lunar 农历1950年冬月初八, 阴历五〇年腊月二十,
 * 农历一九五〇年正月初三; {@code DOBE}: 5 Mar 1950, March 5, 1950, 05/03/1950; {@code DOBH}: 19500305 in HL7 and DICOM).
 * Not labelled: visit dates, ages, lab values (TBSA, ILO grades, FEV1/FVC, SpO2, GCS, MMSE, HbA1c), accession, message
 * and batch numbers, vehicle plates (渝F·3K172), boat names (渝云阳货0317), hotlines, subsidy amounts, facility names,
 * places alone (瞿塘峡, 较场口, 朝天门), kin words and titles, dialect and Tujia words, foods, and words beginning with
 * a pool surname (但是, 明天, 黄桷树, 向日葵, 田坎, 周末, 熊猫, 何时, 付款, 文件; all listed in the test, with other words such as
 * 幸福, 犹豫, 税费, 粟米).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind36Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as a
 * patient list of the mountain city would look: the commonest surnames (王, 李, 张, 刘, 陈, 杨) carry about half, then
 * the city's 谭, 周, 黄, 何, 罗, 唐, 邓, 熊, 秦 and others, and two surnames no earlier group
 * used ({@link #RARE_SURNAMES}: 明, 莘), with word-like names ({@link #WORD_LIKE}); given names of the older
 * generation (德芬, 泽琼, 开碧, 孝全) and the younger (梓瑜, 沁怡, 芷溪). {@link #MINORITY} holds Tujia villagers,
 * {@link #NICKNAMES} nicknames, {@link #ENGLISH} the visiting team. Own slots: {@code N}, a further Chinese name;
 * {@code NT}, a further Tujia villager; {@code MS}, {@code MY}, {@code MO}, the record's Tujia villager ({@code MN}) by
 * surname, in pinyin, OCR'd; {@code PY}, {@code FY}, {@code DY}, {@code PH}, {@code FH}, {@code DH}, {@code PC}, the
 * record's patient, relative and doctor in pinyin and HL7 forms; {@code NY}, a further name in pinyin; and the
 * identifier slots above. Any non-empty subset of {@link #BLIND_38} uses these pools (see {@link #uses}).
 */
final class Blind38Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270108L;

    static final List<String> BLIND_38 = List.of(
            // Emergency and trauma: falls on the stairs of the mountain city, river accidents, motorbike taxis.
            "渝岭医科大学附属第一医院急诊科 抢救记录\n患者：{P}  性别：{SEX}  年龄：{AGE}岁\n急诊号：{R}\n"
                    + "主诉：在{A0}下梯坎时踩虚了，从约20级石阶滚落，头部着地1小时\nGCS 13分，头颅CT示右额颞硬膜下血肿\n"
                    + "家属：{F}（{KIN}），{M}\n接诊医生：{DR}\n",
            "[语音转文字] 喂 120嘛 我屋头老汉儿在{A}门口下梯坎 梭下去了 脑壳在流血 喊都喊不应 搞快点嘛 我电话{MV}\n",
            "急诊交班：{PS}嬢嬢，{AGE}岁，住{A0}，凌晨下梯坎扳了一跤，左股骨颈骨折，已请骨科{DS}医生会诊；女儿{F}陪护，{M}\n",
            "棒棒{PK}，{AGE}岁，在较场口帮人背冰箱下梯坎时摔伤，腰1椎体压缩性骨折；本名{P}，身份证{ID}；工友{N}送来\n",
            "River accident report, Yangtze near the Qutang Gorge\nCasualty: {PY}, deckhand, {AGE} y\nFell overboard from a "
                    + "bulk carrier, about 8 minutes in the water; SpO2 86% on arrival\nMRN {RP}\nShip's master: {FY}, tel {M}\n"
                    + "Seen by Dr {DY}\n",
            "港口卫生所出诊记录：{D}，宝塔坪码头趸船上船员{P}被缆绳打伤右前臂，所在船舶渝云阳货0317；船长{N}，电话{M}；"
                    + "出诊医生{DR}\n",
            "[语音转文字] 我是渝云阳货0317的船老板 我们船上的{PK}落水了 捞起来了 人还清醒 在{A0}下头的趸船 电话{MV}\n",
            "溺水抢救记录\n姓名：{P}  {SEX}  {AGE}岁\n身份证号：{ID}\n住址：{A}\n经过：在长江边野泳时溺水，被渔船救起，"
                    + "心肺复苏约10分钟恢复自主循环\n送诊人：{N}，{M}\n",
            "摩的司机{P}（{AGE}岁）载客下坡时与货车相撞，右胫腓骨开放性骨折；车牌渝F·3K172；乘客{N}轻伤；医保{I}\n",
            "[微信 急诊科工作群]\n{DR}：{PS}师傅CT出来了，蛛网膜下腔出血，喊神外{DS}主任下来看一下\n{N}：好，家属{F}在门口，"
                    + "电话{M}\n",
            "外伤登记|{D}|{P}|{SEX}|{AGE}|梯坎摔伤|左桡骨远端骨折|{A0}|{M}\n",
            "Trauma handover (ED to orthopaedics)\nPatient: {PY}, {AGE} y, fell down some 30 stone steps near {A0}\n"
                    + "L1 burst fracture, neurologically intact\nID {ID}\nDaughter: {FY}, {M}\n",
            "急诊留观：老{PS}，{AGE}岁，喝了酒在{A0}的梯坎上睡着了，路灯坏了漆黑一片，早上被环卫工人发现，体温34.8℃；儿子{F}，{L}\n",
            "[语音转文字] {FS}孃 你们屋头的{PG}在我们店门口梭下梯坎了 我已经打了120 你快点过来 在{A0} 我电话{MV}\n",
            "小{PS}，{AGE}岁，外卖骑手，在{A0}的梯坎上连人带车摔了，左锁骨骨折；同事{N}送来，{M}\n",
            // Hotpot-kitchen burns.
            "烧伤科入院记录\n患者：{P}  {SEX}  {AGE}岁\n职业：火锅店后厨\n住院号：{R}\n"
                    + "现病史：炒底料时锅内牛油起火，面部及双上肢烧伤，TBSA约12%，II度为主\n联系人：{F}（{KIN}）{M}\n"
                    + "主管医生：{DR}\n",
            "[微信 烧伤科病友群]\n{N}：{DS}医生，我老公{P}换药是明天哪个时间嘛\n{DR}：上午9点，带上住院号{R}\n{N}：要得\n",
            "火锅店后厨烫伤：{PK}（店里都这么喊他，本名{P}），{AGE}岁，端锅时红汤泼到双足，浅II度约4%；老板{N}，电话{M}\n",
            "Burns ward summary for the visiting team\nPatient: {PY}, {AGE}, hotpot restaurant cook\nDOB: {DOBE}\n"
                    + "Flash burn from beef-tallow broth, TBSA 18%, partial thickness\nMRN {R}\nWife: {FY}\n",
            "烧伤随访表|{P}|{DOB}|{R}|面颈部瘢痕增生|压力衣|{M}\n",
            "[语音转文字] 医生 我是江边老码头火锅店的 我们店里的{P}遭油烫了 手杆上起了好多泡 我们在{A0} 你们那边咋个走嘛 "
                    + "电话{MV}\n",
            "工伤申报：{P}，身份证{ID}，{D}在火锅店后厨被滚油烫伤，工伤保险{I}；单位联系人{N}，{L}\n",
            "{\"patient\":\"{P}\",\"burn_tbsa\":\"9%\",\"dob\":\"{DOB}\",\"mrn\":\"{R}\",\"phone\":\"{M}\",\"address\":\"{A}\"}\n",
            "烧伤植皮术后：{PS}哥，{AGE}岁，右手背自体皮片存活良好；家属{F}；下次换药{D}；{DS}医生查看\n",
            "儿童烫伤：患儿{P}，{AGE}岁，在家中火锅桌旁打翻锅底，前胸烫伤；母亲{F}，{M}；家住{A}\n",
            "火锅店员工烧伤登记\n{P} 双手 II度 5%\n{N} 面部 I度\n{NT} 左前臂 深II度 3%\n店长 {F}  电话 {M}\n",
            // Silicosis screening of returned migrant miners.
            "尘肺病筛查登记表\n姓名：{P}  性别：男  年龄：{AGE}岁\n身份证号：{ID}\n筛查编号：{R}\n"
                    + "接尘工龄：11年（外省煤矿掘进）\n胸片：双肺弥漫小阴影，ILO分级1/1\n联系电话：{M}\n",
            "返乡矿工尘肺随访：{NT}，{AGE}岁，住{A}，FEV1/FVC 62%，已确诊壹期尘肺；妻子{NT}，电话{M}；随访医生{DR}\n",
            "Silicosis screening of returned migrant miners, Wushan county\nName: {PY}\nDOB: {DOBE}\n"
                    + "Years underground: 14\nChest film: ILO 2/1\nReferred to Dr {DY}\nPhone: {M}\n",
            "序号,姓名,身份证号,接尘年限,胸片分级,联系电话\n1,{P},{ID},12年,1/0,{M}\n2,{N},{ID},8年,0/1,{M}\n"
                    + "3,{NT},{ID},15年,2/1,{M}\n",
            "[语音转文字] 医生 我在外头挖了十几年煤 这两年爬梯坎就喘 走两步就要歇 恼火得很 我叫{P} 住{A0} 电话{MV}\n",
            "职业病诊断申请：{P}，身份证{ID}，曾在外省煤矿打工；医保{I}；救助金账户{B}；联系人{F}（{KIN}）\n",
            "尘肺病人家庭医生随访\n患者：{MN}\n出生：{DOBL}\n住址：{A}\n指脉氧 91%，家庭氧疗每日15小时\n签约医生：{DR}\n",
            "| 姓名 | 出生日期 | 胸片 | 电话 |\n|---|---|---|---|\n| {P} | {DOB} | 壹期 | {M} |\n| {NT} | {DOB} | 贰期 | {M} |\n",
            "{\"name\":\"{PY}\",\"name_zh\":\"{P}\",\"id\":\"{ID}\",\"dust_years\":12,\"ilo\":\"1/1\",\"screening_no\":\"{R}\"}\n",
            "矿工{PS}老汉儿，{AGE}岁，咳嗽气紧两年，在外省煤矿干了二十年；儿子{F}在深圳打工，{M}\n",
            "Silicosis cohort table\nName | Birth | FEV1 | Phone\n{NY} | {DOBH} | 1.62 L | {M}\n{NY} | {DOBH} | 1.18 L | {M}\n",
            // Elderly chronic disease management.
            "高血压随访记录\n姓名：{P}  年龄：{AGE}岁\n住址：{A}\n血压：{BP}\n用药：{DRUG}{DOSE}\n下次随访：{D}\n随访医生：{DR}\n",
            "[语音转文字] {DS}医生 我是{A0}的{P} 我那个降压药吃完了 你帮我开点嘛 我脚杆痛 走不得梯坎 电话{MV}\n",
            "慢病管理：{PS}嬢嬢，{AGE}岁，糖尿病10年，空腹血糖8.9mmol/L，早上吃粟米粥；住{AY}；儿子{F}在广东，{M}\n",
            "老年人健康体检\n{P}  {SEX}  {DOB}\n血压{BP}  HbA1c 7.8%\n体检医生 {DR}\n",
            "糖尿病足随访：{PS}幺爸，{AGE}岁，住{A0}，右足溃疡；{FS}妹儿（{KIN}）每天给他换药，{M}\n",
            "独居老人上门随访：{P}，{AGE}岁，住{A}，楼梯陡，下不得楼；邻居{N}帮忙买药，{M}\n",
            "慢阻肺：{P}，{AGE}岁，长期吸叶子烟，{SYM}；家庭氧疗；女儿{F}，{L}\n",
            "{P}的慢病药品清单：{DRUG}{DOSE}；{DRUG}{DOSE}；医保{I}；取药人{F}\n",
            "Home visit, chronic disease programme (Chaomen district)\nPatient: {PY}, {AGE} y\nAddress: {A}\nBP {BP}\n"
                    + "Visiting GP: Dr {DY}\nCarer: {FY}, tel {L}\n",
            "脑卒中后遗症随访：{P}，{SEX}，{AGE}岁，住{AY}，右侧肢体偏瘫；照顾者{F}；康复治疗师{N}\n",
            "[微信 望龙门社区家庭医生群]\n{F}：{DR}医生，我妈{PG}今天血压170/100，脑壳有点昏\n{DR}：先吃一片硝苯地平，"
                    + "我下午过来，还是住{A}吗\n{F}：是的\n",
            "老年认知筛查：{P}，{AGE}岁，MMSE 18分；{FS}老汉儿陪同，说她经常找不到屋；住{A0}\n",
            "{PS}师，你的片子出来了，肺上有个小结节，{D}来复查；电话{M}；{DS}医生\n",
            // Family-doctor contracts.
            "家庭医生签约服务协议书\n签约编号：{R}\n甲方：望龙门街道社区卫生服务中心\n乙方：{P}\n身份证号：{ID}\n"
                    + "联系电话：{M}\n住址：{A}\n签约医生：{DR}\n",
            "签约居民名单|{P}|{ID}|{M}|{DR}团队|{D}\n",
            "家庭医生团队服务记录：{D}，{DR}团队上门，为{P}（{AGE}岁）测血压{BP}；{P}的{KIN}{F}代签字\n",
            "【望龙门街道社区卫生服务中心】{P}您好，您的家庭医生{DR}提醒您{D}来中心免费体检，咨询电话{L}\n",
            "续签：{MN}，土家族，住{A}，签约医生{DR}；家属{NT}，{M}\n",
            "签约服务包：{P}，基础包+慢病包，医保{I}，自付部分从{B}扣款，但是每月不超过12元\n",
            "Family doctor contract summary\nResident: {PY}\nDOB: {DOBE}\nContract no.: {R}\nGP: Dr {DY}\n",
            "[微信] {P}：{DS}医生，签约那个表我填好了，身份证号{ID}，电话{M}\n{DR}：收到，明天来拿药\n",
            // Resettlement (移民) health archives.
            "三峡移民健康档案\n户主：{P}\n身份证号：{ID}\n原籍：{A}\n安置地址：{AY}\n档案编号：{R}\n"
                    + "家庭成员：{F}（{KIN}）、{N}\n建档医生：{DR}\n",
            "移民后期扶持人员登记表|{P}|{ID}|{AY}|后扶资金600元/年|直补卡{B}\n",
            "[OCR] 移 民 安 置 户 健 康 档 案\n户 主 {PO}\n出 生 {DOB}\n安 置 地 址 {AY}\n电 话 {M}\n",
            "2002年从老县城搬到新县城，{P}（{AGE}岁）说老屋在江边，那时候幸福得很，现在淹在库区水底了；现住{AY}；女儿{F}，{M}\n",
            "移民村入户随访：{MN}，{AGE}岁，土家族，住{A}；吊脚楼拆了搬进安置房后上下楼不方便；随访医生{DR}\n",
            "Resettlement household health profile\nHead of household: {PY}\nResettled from: {A0} (now under the "
                    + "reservoir)\nCurrent address: {AY}\nID: {ID}\nSurveyor: {EG}\n",
            "移民安置小区慢病名单\n{P} {AY} 高血压\n{N} {AY} 糖尿病\n{NT} {AY} 冠心病\n登记：{DR}\n",
            "户籍迁移核对：{P}，原户籍{A}，现户籍{AY}，身份证{ID}，两处出生日期一致（{DOB}）\n",
            "{\"户主\":\"{P}\",\"身份证号\":\"{ID}\",\"安置地址\":\"{AY}\",\"健康档案号\":\"{R}\",\"联系电话\":\"{M}\"}\n",
            "【云阳县双江街道社区卫生服务中心】{P}您好，移民健康档案已更新，档案号{R}，如有疑问请拨{L}\n",
            "移民老人{PS}老汉儿，{AGE}岁，搬迁后一直住不惯，想回{A0}看看；孙子{F}，{M}\n",
            "移民户主{P}之子，{AGE}岁，先天性心脏病，住{AY}，申请救助；联系人{N}\n",
            // Tujia villages up the gorges and their clinics.
            "村卫生室日志（{D}，石柱中益）\n上午：{MN}量血压{BP}\n{NT}家的娃儿打疫苗\n下午：{P}脚杆扭伤，{DRUG}{DOSE}\n"
                    + "村医：{N}\n",
            "[语音转文字] {MS}嬢嬢 你屋头老汉儿的药到了 放在村卫生室 你啥子时候下来拿 我是村医{N} 电话{MV}\n",
            "土家族老人{MN}，{AGE}岁，住{A}，跳摆手舞时扭伤膝关节；家属{NT}；村医{DR}\n",
            "山区巡诊记录：走了两个小时山路到{A0}，看了{MN}（高血压）和{NT}（风湿），{NT}说她家家病了。巡诊医生{DR}\n",
            "{NT}之女，{AGE}岁，在吊脚楼上摔下，左肱骨骨折，由村医{N}夹板固定后转乡卫生院；家住{A0}\n",
            "村卫生室门诊日志|{D}|{NT}|{SEX}|{AGE}|腹泻|口服补液盐|{M}\n",
            "梯玛做了法事后家属才同意送医：{MN}，高热3天，体温{TEMP}；陪同{NT}；乡卫生院医生{DR}\n",
            "[微信 中益乡村医群]\n{N}：{MS}孃家的孙子发烧39度\n{DR}：送乡卫生院，电话{L}\n{N}：要得\n",
            "Village clinic visit, Tujia community above the gorge\nPatient: {MY}, {AGE} y\nAddress: {A0}\n"
                    + "Village doctor: {NY}\nNote: the family weave xilankapu brocade; no interpreter needed\n",
            "[OCR] 乡 卫 生 院 门 诊 处 方\n患者 {MO}\n年龄 {AGE}\n住址 {A0}\n医师 {DO}\n",
            "Tujia elder {MY} ({MN}), {AGE}, lives in a stilt house at {A0}; knee osteoarthritis, walks two hours to "
                    + "the township clinic. Daughter-in-law: {NY}, tel {M}\n",
            "{\"patient\":\"{MY}\",\"ethnicity\":\"Tujia\",\"village\":\"{A0}\",\"phone\":\"{M}\",\"dob\":\"{DOBH}\"}\n",
            "[OCR] 土 家 族 老 人 体 检 表\n姓名 {MO}\n出生 {DOB}\n住址 {A}\n村医 {N}\n",
            "土家族自称毕兹卡；{MN}（{AGE}岁）说向日葵地里摔了一跤，右踝肿；住{A}；家属{NT}，{M}\n",
            "{MS}幺爸在田坎上被蛇咬了（{MN}，{AGE}岁），抗蛇毒血清已用；村医{N}，{MV}\n",
            // Voice notes and chats in Chongqing dialect.
            "[语音转文字] 喂 {DS}医生唛 我是{P}屋头的 我妈今天早上起来脑壳昏 站都站不稳 我们在{A0} 你看咋个整嘛 电话{MV}\n",
            "[语音留言] 我是跑摩的的{PK} 刚才拉了个婆婆 在{A0}晕倒了 她说她叫{N} 我电话{MV}\n",
            "[语音转文字] 幺儿 我是你{FS}幺爸 你老汉儿{P}住院了 在渝岭医大附一院 住院号{R} 你回来一趟嘛\n",
            "[微信 棒棒群]\n{PK}：今天朝天门那边有活路没得\n{PK}：{N}的脚杆摔了，在医院，住院号{R}\n",
            "[微信 移民安置小区网格群]\n{N}：{AY}的{P}两天没出门了，敲门没人应\n{DR}：我马上上去看，有事打我{M}\n",
            "[微信 家属群]\n{F}：{DR}医生，我老汉儿{P}今天咋样了\n{DR}：好多了，明天可以下床，记得带医保卡{I}\n",
            "[微信 港口卫生所]\n{DR}：今天趸船上有个船员{P}发烧，身份证{ID}\n{N}：收到，我问下他在哪个船上\n",
            "[语音转文字] {DS}主任 我是{MN}的女儿 我妈是{DOBL}生的 身份证上写错了 电话{MV}\n",
            "[微信 周末义诊群]\n{N}：{D}在黄桷树下面义诊，{DR}带队\n{N}：{PS}嬢嬢报名了，电话{M}\n",
            // HL7 v2 and DICOM-style exports.
            "MSH|^~\\&|HIS|YLFY|PACS|YLFY|202403151032||ADT^A01|MSG00317|P|2.4\nPID|1||{RP}^^^YLFY^MR||{PH}||{DOBH}|M|||"
                    + "{A}||{M}|||||||{ID}\nPV1|1|I|GK^0317^02||||0417^{DH}\n",
            "PID|1||{RP}^^^YLFY^MR~{ID}^^^CHN^NNCHN||{PH}||{DOBH}|F|||{A}||{M}\nNK1|1|{FH}|SPO|||{M}\n",
            "PID|1||{RP}||{PC}||{DOBH}|M|||{AY}||{L}\n",
            "MSH|^~\\&|LIS|YLFY|||202403151032||ORU^R01|MSG00418|P|2.5\nPID|1||{RP}||{PC}||{DOBH}|F\nNK1|1|{FH}|CHD|||{M}\n"
                    + "OBX|1|NM|HGB||102|g/L\n",
            "PID|1||{RP}^^^WZRM^MR||{PC}||{DOBH}|M|||{AY}\nNK1|1|{FH}|SON|||{L}\nPV1|1|O|HX||||0522^{DH}\n",
            "(0008,0080) LO [渝岭医科大学附属第一医院]\n(0008,0050) SH [CT24031876]\n(0010,0010) PN [{PH}]\n(0010,0020) LO [{RP}]\n"
                    + "(0010,0030) DA [{DOBH}]\n(0010,0040) CS [M]\n(0008,0090) PN [{DH}]\n",
            "# Dicom-Meta-Information\n(0010,0010) PN [{PH}]  # PatientName\n(0010,0020) LO [{RP}]  # PatientID\n"
                    + "(0010,0030) DA [{DOBH}]  # PatientBirthDate\n(0010,1040) LO [{A}]  # PatientAddress\n"
                    + "(0018,0015) CS [CHEST]\n",
            // Tables.
            "姓名\t身份证号\t医保号\t银行卡\n{P}\t{ID}\t{I}\t{B}\n{N}\t{ID}\t{I}\t{B}\n",
            "床号|姓名|住院号|诊断|责任护士\n12|{P}|{R}|股骨颈骨折|{N}\n13|{NT}|{R}|烧伤|{N}\n",
            "| 姓名 | 外号 | 电话 | 住址 |\n|---|---|---|---|\n| {P} | {PK} | {M} | {A} |\n",
            "姓名,出生日期,农历生日,安置地址\n{P},{DOB},{DOBL},{AY}\n{NT},{DOB},{DOBL},{AY}\n",
            // English for the visiting team.
            "Summary for the visiting team: {PY} ({P}), {AGE}, a retired boatman born {DOBE}, admitted via the river-port "
                    + "clinic with an exacerbation of COPD. Son {FY} can be reached at {M}.\n",
            "Subject: referral of {PY}\nDear Dr {ES},\nI am referring {PY}, DOB {DOBE}, MRN {R}, with progressive massive "
                    + "fibrosis. His wife {FY} will come with him (tel {M}).\nRegards,\n{DY}\n",
            "Visiting team roster: {E} (burns), {E2} (respiratory), coordinator {EG}; local host Dr {DY}, office {L}\n",
            "Ward round, burns unit: {E} and {E2} saw {PY}; Dr {ES} to review the HRCT; interpreter {NY}\n",
            "Subject: silicosis follow-up list\nDear Dr {ES},\nattached are the films of {PY} (MRN {RP}) and two others "
                    + "from Wushan. {E2} will bring the spirometry.\nBest wishes,\n{E}\n",
            "Note from {E}: saw {PY} at the resettlement block, {AY}, together with {EG}; oxygen concentrator working.\n",
            "Subject: discharge of {PY}\nAddress: {A}\nInsurance: {I}\nFollow-up with Dr {DY} in two weeks. Cheers, {EG}\n",
            // Referrals, forms, SMS, OCR.
            "转诊单\n转出：云阳县人民医院\n患者：{P}  性别：{SEX}  出生：{DOB}\n身份证：{ID}\n县医院住院号：{R}\n"
                    + "诊断：重度烧伤\n转入：渝岭医科大学附属第一医院烧伤科\n转诊医生：{DR}  电话：{L}\n",
            "下转单：渝岭医大附一院→巫山县人民医院\n患者{P}，住址{A}，出院诊断：尘肺病合并肺部感染；随访医生{DR}\n",
            "【渝岭医大附一院】尊敬的{P}，您预约的{D}胸部CT已确认，请携带就诊卡{R}。退订回T\n",
            "【云阳县医保局】{P}您好，您的医保号{I}本年度缴费已到账，补助转入{B}\n",
            "【宝塔坪港务卫生所】{P}您好，您的体检报告已出，何时来取均可，电话{L}\n",
            "[OCR] 住 院 病 案 首 页\n姓名 {PO}  性别 {SEX}\n出生日期 {DOB}\n身份证 {ID}\n现住址 {A}\n联系人 {F} 电话 {M}\n",
            "[OCR] 出 院 证 明\n患者 {PO}\n住院号 {R}\n主治医师 {DO}\n",
            "[OCR] 尘 肺 病 随 访 卡\n姓名 {MO}\n出生 {DOBL}\n电话 {L}\n",
            "[OCR] 家 庭 医 生 签 约 表\n居民 {PO}\n身份证 {ID}\n医生 {DO}\n",
            "出院小结：{P}，{SEX}，出生{DOB}，住院号{R}，诊断：左股骨颈骨折（下梯坎摔伤）；出院后联系{F}，{M}\n",
            "{PK}（{P}），棒棒，{AGE}岁，在{A0}一带背货，腰痛半年；医保{I}\n",
            "身份核验：{P}身份证{ID}，户口本上农历生日记为{DOBL}，以身份证为准\n",
            "民政救助：{P}，身份证{ID}，救助金转入{B}，开户行重庆农商行；付款前核对文件，免税费\n",
            "摩的司机体检：{P}，出生{DOB}，身份证{ID}，驾驶证年审；体检医生{DR}\n",
            "住院患者{P}，{DS}护士长交代：{PG}夜里要下床，注意防跌倒；家属{F}，{M}\n",
            "产后随访：{P}，母乳喂养，还在犹豫要不要加奶粉，住{A}；丈夫{F}，{M}；随访护士{DR}\n",
            "{F}之子{P}，{AGE}岁，在熊猫馆门口的梯坎上摔伤下巴，缝合4针；家住{A0}；电话{M}\n",
            "老{FS}陪{PS}嬢嬢来看病，两个人都住{AY}；{PS}嬢嬢血压{BP}，老{FS}喝老鹰茶、吃小面，血糖偏高\n",
            "火锅店老板{P}请吃毛肚鸭肠后胃出血，住院号{R}；朋友{N}陪同，{M}\n");

    // The commonest surnames first, then the mountain city's others, four rare ones and four word-like names.
    static final List<String> CHINESE = List.of((""
            + "王德芬 王泽琼 王世容 王开碧 王朝蓉 王孝全 王继红 王梓瑜 王远贵 王守成 王绍碧 王昌银 "
            + "李淑仙 李大坤 李仕贵 李玉碧 李家富 李朝富 李诗琪 李泽川 李德银 李远琼 李孝凡 "
            + "张世富 张孝琼 张德坤 张素碧 张继伦 张朝军 张沁怡 张大全 张开秀 张远林 "
            + "刘仕伦 刘素琼 刘朝碧 刘长寿 刘永庆 刘芷溪 刘继芳 刘大勇 "
            + "陈泽富 陈世琼 陈开伦 陈德碧 陈孝芬 陈一鸣 陈远洪 陈俊廷 陈开云 "
            + "杨世碧 杨朝贵 杨德伦 杨淑芬 杨继成 杨梓晴 杨大福 杨孝兰 "
            + "谭德富 谭世芬 谭绍清 谭孝银 谭大坤 周世琼 周德坤 周泽伦 周开明 黄开富 黄素碧 黄朝林 "
            + "何孝英 何德伦 何梓宸 何世全 罗世贵 罗淑碧 罗大坤 唐开芬 唐继明 唐绍伦 邓世伦 邓素琼 邓远芳 "
            + "熊德碧 熊大树 熊朝贵 秦开富 秦淑琼 秦子墨 蒋孝伦 蒋素芬 胡德琼 胡仕全 付世容 付大勇 文德富 文淑琴 "
            + "余开贵 余淑蓉 袁德伦 袁素琼 吴世伦 吴开琼 曾孝富 曾素碧 程朝伦 "
            + "明世贵 明淑琼 明可馨 明开银 明淑芬 明开伦 莘素珍 莘德伦 莘朝富 莘世琼 "
            + "余温 何为 但愿 况且"
            ).strip().split(" "));
    /** Surnames of Chongqing and Sichuan no earlier blind group gave anyone: 明 (as of 明玉珍, who founded
     * 大夏 at Chongqing) and 莘. */
    static final String RARE_SURNAMES = "明莘";
    /** Pool names that are also ordinary words: lingering warmth, what is, if only, moreover. */
    static final List<String> WORD_LIKE = List.of("余温", "何为", "但愿", "况且");
    /** Tujia villagers of the gorges: the Tujia surnames 向, 田, 冉, 谭, 覃, 彭. */
    static final List<String> MINORITY = List.of("向玉翠", "向大树", "向茂才", "向开银", "向桂香", "向远莲", "田茂香",
            "田大银", "田应德", "田秀翠", "田启凤", "田二银", "冉光银", "冉启富", "冉隆芳", "冉茂林", "冉素云", "冉继翠",
            "谭登科", "谭翠莲", "谭远菊", "谭应福", "覃远富", "覃巧云", "覃茂清", "覃大菊", "覃世兰", "彭义顺", "彭永翠",
            "彭茂兰", "彭开秀", "彭启银");
    /** Nicknames that name a person (porters, cooks, boatmen, motorbike-taxi drivers), labelled whole. */
    static final List<String> NICKNAMES = List.of("谭幺妹", "向二妹", "冉大汉", "何三娃", "杨麻杆", "铁脚板", "瘦猴儿",
            "牟老幺", "眼镜儿", "熊大个");
    /** The visiting team, given|family: Finnish, Flemish, Welsh, Irish, Scottish, Norwegian, German, French, Ghanaian … */
    static final List<String> ENGLISH = List.of("Ilkka|Harjunpaa", "Margit|Pirttijarvi", "Katrijn|Nuttgens",
            "Eluned|Tremethick", "Eirlys|Quilliam", "Blathnaid|Dunphy", "Jonah|Lindores", "Ngaio|Tereora",
            "Pernille|Kvamme", "Hallgerd|Hareide", "Ottokar|Vorbrugg", "Liesbeth|Inglethorpe", "Oriane|Dauphinot",
            "Zdenka|Vulcheva", "Ambrogio|Tarantelli", "Fiifi|Amponsah", "Kwamina|Okyere", "Wislawa|Szczygiel");
    /** The pinyin of every character of the pools (surnames as surnames are read: 覃 Qin, 曾 Zeng, 佘 She). */
    private static final Map<Character, String> PINYIN = pinyinTable("一yi 世shi 义yi 二er 云yun 仕shi 付fu 伦lun "
            + "但dan 何he 余yu 俊jun 光guang 全quan 兰lan 冉ran 军jun 况kuang 凡fan 凤feng 刘liu 到dao 前qian 勇yong "
            + "向xiang 启qi 吴wu 周zhou 唐tang 坤kun 墨mo 大da 子zi 孝xiao 守shou 家jia 宸chen 容rong 富fu 寿shou "
            + "山shan 川chuan 巧qiao 庆qing 应ying 廷ting 开kai 张zhang 彭peng 德de 怡yi 成cheng 才cai 文wen 昌chang "
            + "明ming 晴qing 曾zeng 朝chao 李li 杨yang 林lin 树shu 桂gui 梓zi 永yong 江jiang 沁qin 泽ze 洪hong "
            + "涵han 淑shu 清qing 熊xiong 玉yu 王wang 珍zhen 琪qi 琴qin 琼qiong 田tian 登deng 碧bi 福fu 秀xiu "
            + "科ke 秦qin 程cheng 素su 红hong 绍shao 继ji 罗luo 翠cui 胡hu 芬fen 芳fang 芷zhi 若ruo 英ying 茂mao "
            + "瑜yu 仙xian 溪xi 温wen 为wei 愿yuan 且qie 莘shen 可ke 馨xin "
            + "莲lian 菊ju 萌meng 蒋jiang 蓉rong 袁yuan 覃qin 诗shi 谭tan 贵gui 远yuan 邓deng 银yin 长chang 陈chen "
            + "隆long 顺shun 香xiang 鸣ming 黄huang");
    /** Codes in use before 1999: Chongqing's districts and 万县's counties under Sichuan (to 1997), then 5002 counties. */
    private static final List<String> LEGACY_AREA = List.of("510202", "510211", "510212", "510214", "512221",
            "512222", "512223", "512225", "512226", "512227", "500230", "500233", "500235", "500236", "500237",
            "500240", "500242", "500243");
    /** Codes for 18-digit numbers: the districts of today, 开州 (2016), and the old codes people keep. */
    private static final List<String> AREA = Stream.concat(Stream.of("500101", "500103", "500105", "500106",
            "500108", "500112", "500154", "500238"), LEGACY_AREA.stream()).toList();
    private static final List<String> BANK_BINS = List.of("621449", "622368", "623163", "621098", "622262");
    private static final List<String> COUNTY_CODES = List.of("WZ", "YY", "FJ", "WS", "ZX", "SZ", "CM", "JL");
    /** The fictional mountain city: city|district|streets|stairs, lanes and roads. */
    private static final List<String> CITY = List.of(
            "渝岭市|朝门区|望龙门街道,七星岗街道|凤凰梯坎,青石板坡,望江巷,纸盐河街,千厮坡,临江梯道",
            "渝岭市|嘉岭区|石门街道,观音岩街道|嘉岭大道,石门路,黄葛坡,缆车巷,十九梯");
    /** County|street|resettlement estates of the reservoir counties. */
    private static final List<String> RESETTLEMENT = List.of(
            "云阳县|双江街道|移民新村,滨江安置小区",
            "奉节县|永安街道|夔门移民小区,白帝安置点",
            "巫山县|高唐街道|平湖移民新区,神女安置小区",
            "忠县|忠州街道|白公移民小区",
            "万州区|太白街道|江南移民新城");
    /** County|townships|villages of the Tujia and the resettled up the gorges. */
    private static final List<String> VILLAGES = List.of(
            "石柱土家族自治县|中益乡,黄水镇,冷水镇|华溪村,坪坝村,八龙村",
            "彭水苗族土家族自治县|鞍子镇,桑柘镇|新式村,石磨村",
            "酉阳土家族苗族自治县|酉酬镇,后溪镇|江西村,长潭村",
            "巫山县|竹贤乡,官阳镇|下庄村,柳坪村",
            "奉节县|平安乡,龙桥土家族乡|文峰村,阳坪村",
            "云阳县|清水土家族乡,龙角镇|岩上村,歧山村");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    /** The boatmen's radio numerals: nought to nine. */
    private static final String RADIO = "洞幺两三四五六拐八勾";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";

    private Blind38Templates() {
    }

    private static Map<Character, String> pinyinTable(String table) {
        Map<Character, String> out = new HashMap<>();
        for (String e : table.split(" ")) out.put(e.charAt(0), e.substring(1));
        return Map.copyOf(out);
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_38 || !templates.isEmpty() && BLIND_38.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Tujia villager (MN). */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The pinyin of a pool name's surname and given name: {Tan, Defu}. */
    static String[] pinyinParts(String name) {
        StringBuilder given = new StringBuilder();
        for (char c : givenNameOf(name).toCharArray()) given.append(PINYIN.get(c));
        return new String[] {capitalised(PINYIN.get(name.charAt(0))), capitalised(given.toString())};
    }

    /** A name in pinyin as English prose writes it: Tan Defu, TAN Defu, or given name first, Defu Tan. */
    static String pinyinName(String name, RandomGenerator r) {
        String[] p = pinyinParts(name);
        return switch (r.nextInt(3)) {
            case 0 -> p[0] + " " + p[1];
            case 1 -> p[0].toUpperCase() + " " + p[1];
            default -> p[1] + " " + p[0];
        };
    }

    /** A name as HL7 and DICOM write it: TAN^DEFU. */
    static String hl7Name(String name) {
        String[] p = pinyinParts(name);
        return p[0].toUpperCase() + "^" + p[1].toUpperCase();
    }

    /** A name in characters with the HL7 component separator: 谭^德富. */
    static String caretName(String name) {
        return surnameOf(name) + "^" + givenNameOf(name);
    }

    /** The written pinyin and HL7 forms of a pool name. */
    static List<String> pinyinForms(String name) {
        String[] p = pinyinParts(name);
        return List.of(p[0] + " " + p[1], p[0].toUpperCase() + " " + p[1], p[1] + " " + p[0], hl7Name(name));
    }

    /**
     * A name as OCR reads it off a form: broken by a line break, a single blank after the surname, a blank between every
     * character, or an ideographic blank between every character.
     */
    static String scannedName(String name, RandomGenerator r) {
        return PoolNameForms.scannedName(name, r);
    }

    /** Whether a value is a pool name as OCR breaks it: a Chinese or Tujia pool name once the blanks and breaks are gone. */
    static boolean isScannedName(String w) {
        String joined = w.replaceAll("[ \n\u3000]", "");
        return w.matches("[^ \n\u3000]+([ \n\u3000]+[^ \n\u3000]+)+")
                && (CHINESE.contains(joined) || MINORITY.contains(joined));
    }

    private static String[] split(String entry) {
        return entry.split("\\|");
    }

    private static String one(String list, RandomGenerator r) {
        String[] xs = list.split(",");
        return xs[r.nextInt(xs.length)];
    }

    private static int n(int lo, int hi, RandomGenerator r) {
        return lo + r.nextInt(hi - lo + 1);
    }

    /**
     * A flat of the mountain city: 渝岭市朝门区望龙门街道凤凰梯坎28号附3号, …号附3号5-2 (floor 5, door 2), …18号2栋负3-1
     * (three floors below the road), …18号2单元负2楼3号; {@code partial} stops at the district, street or road.
     */
    static String flat(boolean withCity, boolean partial, RandomGenerator r) {
        String[] t = split(pick(CITY, r));
        String base = (withCity || partial && r.nextBoolean() ? t[0] : "") + t[1];
        if (partial) {
            return switch (r.nextInt(3)) {
                case 0 -> base;
                case 1 -> base + one(t[2], r);
                default -> base + one(t[3], r);
            };
        }
        base += (r.nextBoolean() ? one(t[2], r) : "") + one(t[3], r) + n(1, 199, r) + "号";
        return switch (r.nextInt(4)) {
            case 0 -> base + "附" + n(1, 12, r) + "号";
            case 1 -> base + "附" + n(1, 12, r) + "号" + n(1, 18, r) + "-" + n(1, 6, r);
            case 2 -> base + n(1, 9, r) + "栋负" + n(1, 5, r) + "-" + n(1, 6, r);
            default -> base + n(1, 4, r) + "单元负" + n(1, 5, r) + "楼" + n(1, 6, r) + "号";
        };
    }

    /**
     * A resettlement block: 云阳县双江街道移民新村7栋2单元5-3, …12栋附3号; {@code partial} stops at the estate.
     */
    static String resettlement(boolean withMunicipality, boolean partial, RandomGenerator r) {
        String[] t = split(pick(RESETTLEMENT, r));
        String base = (withMunicipality ? "重庆市" : "") + t[0] + t[1] + one(t[2], r);
        if (partial) return base;
        return r.nextInt(3) > 0 ? base + n(1, 40, r) + "栋" + n(1, 4, r) + "单元" + n(1, 18, r) + "-" + n(1, 6, r)
                : base + n(1, 40, r) + "栋附" + n(1, 9, r) + "号";
    }

    /**
     * A village by 组 or 社: 石柱土家族自治县中益乡华溪村3组, …村5社12号; {@code partial} stops at the county and
     * township or the village.
     */
    static String village(boolean withMunicipality, boolean partial, RandomGenerator r) {
        String[] t = split(pick(VILLAGES, r));
        String base = (withMunicipality ? "重庆市" : "") + t[0] + one(t[1], r);
        if (partial) return r.nextBoolean() ? base : base + one(t[2], r);
        String v = base + one(t[2], r) + n(1, 12, r) + (r.nextBoolean() ? "组" : "社");
        return r.nextBoolean() ? v : v + n(1, 90, r) + "号";
    }

    /** An address: a flat of the city, a resettlement block, a village; {@code partial} may stop early. */
    static String address(boolean withMunicipality, boolean partial, RandomGenerator r) {
        int k = r.nextInt(10);
        if (k < 4) return flat(withMunicipality, partial, r);
        if (k < 6) return resettlement(withMunicipality, partial, r);
        return village(withMunicipality, partial, r);
    }

    /** An 18-character number, born 1940 to 2006: plain, with a lower-case x, 6-8-4 by blanks or by hyphens. */
    private static String written18(RandomGenerator r) {
        String id = IdentifierForms.residentId(pick(AREA, r), 1940, 67, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
    }

    /** A resident ID: 18 characters, or a 15-digit one on a code of its time (born 1935 to 1984). */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(9) == 0) return IdentifierForms.legacyId(pick(LEGACY_AREA, r), 35, 50, r);
        return written18(r);
    }

    private static String mobileDigits(RandomGenerator r) {
        return "1" + "35789".charAt(r.nextInt(5)) + digits(9, r);
    }

    /** A mobile: plain, 139 2345 6789, 139-2345-6789, +86 13923456789, +86-139-2345-6789, (+86)13923456789. */
    static String mobile(RandomGenerator r) {
        String n = mobileDigits(r);
        return switch (r.nextInt(7)) {
            case 0 -> n.substring(0, 3) + " " + n.substring(3, 7) + " " + n.substring(7);
            case 1 -> n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 2 -> "+86 " + n;
            case 3 -> "+86-" + n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7);
            case 4 -> "(+86)" + n;
            default -> n;
        };
    }

    /**
     * A mobile as said aloud: the one as 幺 and the nought as 零, or the boatmen's radio numerals (幺两三四五六拐八勾洞);
     * 3-4-4 by blanks, by commas, or run on.
     */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        boolean radio = r.nextInt(3) == 0;
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            int d = c - '0';
            b.append(radio ? RADIO.charAt(d) : d == 1 ? '幺' : d == 0 ? '零' : NUMERALS.charAt(d));
        }
        String s = b.toString();
        return switch (r.nextInt(3)) {
            case 0 -> s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7);
            case 1 -> s.substring(0, 3) + "，" + s.substring(3, 7) + "，" + s.substring(7);
            default -> s;
        };
    }

    /**
     * A landline on 023, eight local digits: 023-63881234, (023)63881234, 023 6388 1234, 6388 1234 (local, no code),
     * 023-63881234转8012, +86 23 6388 1234.
     */
    static String landline(RandomGenerator r) {
        String local = (char) ('4' + r.nextInt(5)) + digits(7, r);
        String spaced = local.substring(0, 4) + " " + local.substring(4);
        return switch (r.nextInt(6)) {
            case 0 -> "(023)" + local;
            case 1 -> "023 " + spaced;
            case 2 -> spaced;
            case 3 -> "023-" + local + "转" + digits(3 + r.nextInt(2), r);
            case 4 -> "+86 23 " + spaced;
            default -> "023-" + local;
        };
    }

    /**
     * Y24-068213 (inpatient, 附一院), YLMZ2403068213 (outpatient card), FJ2024/06821 (county and district hospitals),
     * CF2024-0318 (silicosis screening), QY-500235-24-0317 (family-doctor contract), a 17-digit health-archive number
     * on an area code, the patient ID YL00682135.
     */
    static String recordNumber(RandomGenerator r) {
        int year = 2016 + r.nextInt(10);
        return switch (r.nextInt(7)) {
            case 0 -> "Y" + (year % 100) + "-" + digits(6, r);
            case 1 -> "YLMZ" + digits(10, r);
            case 2 -> pick(COUNTY_CODES, r) + year + "/" + digits(5, r);
            case 3 -> "CF" + year + "-" + digits(4, r);
            case 4 -> "QY-" + pick(AREA, r) + "-" + (year % 100) + "-" + digits(4, r);
            case 5 -> pick(AREA, r) + digits(11, r);
            default -> patientId(r);
        };
    }

    /** The PACS and HIS patient ID: YL and eight digits. */
    static String patientId(RandomGenerator r) {
        return "YL" + digits(8, r);
    }

    /** Residents' (CQJM) and employees' (CQZG) medical insurance, work-injury insurance GS-2024-031876. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(5)) {
            case 0, 1 -> "CQJM" + digits(10, r);
            case 2, 3 -> "CQZG" + digits(10, r);
            default -> "GS-" + (2016 + r.nextInt(10)) + "-" + digits(6, r);
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

    /**
     * 1950年3月5日, 1950年3月5号, 1950-03-05, 1950.3.5, 1950/3/5, 一九五〇年三月五日, the spoken 50年3月5号; born 1930 to
     * 2006.
     */
    static String birthDate(RandomGenerator r) {
        int y = 1930 + r.nextInt(77), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(7)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> y + "年" + m + "月" + d + "号";
            case 2 -> String.format("%d-%02d-%02d", y, m, d);
            case 3 -> y + "." + m + "." + d;
            case 4 -> y + "/" + m + "/" + d;
            case 5 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            default -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
        };
    }

    /** A day of a lunar month: 初八, 初十, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A lunar date of birth, 1925 to 1990: 农历1950年冬月初八, 阴历五〇年腊月二十, 农历一九五〇年正月初三. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(66), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return switch (r.nextInt(3)) {
            case 0 -> "农历" + y + "年" + month + lunarDay(d);
            case 1 -> "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
            default -> "农历" + IdentifierForms.chineseYear(y) + "年" + month + lunarDay(d);
        };
    }

    /** As the visiting team writes it: 5 Mar 1950, March 5, 1950, 05/03/1950 (day first). */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1935 + r.nextInt(70), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month.substring(0, 3) + " " + y;
            case 1 -> month + " " + d + ", " + y;
            default -> String.format("%02d/%02d/%d", d, m, y);
        };
    }

    /** As HL7 and DICOM write it: 19500305. */
    static String compactBirthDate(RandomGenerator r) {
        return String.format("%d%02d%02d", 1930 + r.nextInt(77), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** This set's own slots: writes the slot and returns true, or returns false to leave it to the common ones. */
    static boolean fill(String slot, String[] people, RandomGenerator random, ClinicalTextGenerator.LabelWriter out) {
        switch (slot) {
            case "N" -> out.write(chineseName(random), EntityKind.NAME);
            case "NT" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "PS" -> out.write(surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> out.write(surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> out.write(surnameOf(people[2]), EntityKind.NAME);
            case "MS" -> out.write(surnameOf(people[3]), EntityKind.NAME);
            case "PG" -> out.write(addressedGivenName(people[0]), EntityKind.NAME);
            case "PK" -> out.write(pick(NICKNAMES, random), EntityKind.NAME);
            case "PO" -> out.write(scannedName(people[0], random), EntityKind.NAME);
            case "DO" -> out.write(scannedName(people[2], random), EntityKind.NAME);
            case "MO" -> out.write(scannedName(people[3], random), EntityKind.NAME);
            case "PY" -> out.write(pinyinName(people[0], random), EntityKind.NAME);
            case "FY" -> out.write(pinyinName(people[1], random), EntityKind.NAME);
            case "DY" -> out.write(pinyinName(people[2], random), EntityKind.NAME);
            case "MY" -> out.write(pinyinName(people[3], random), EntityKind.NAME);
            case "NY" -> out.write(pinyinName(chineseName(random), random), EntityKind.NAME);
            case "PH" -> out.write(hl7Name(people[0]), EntityKind.NAME);
            case "FH" -> out.write(hl7Name(people[1]), EntityKind.NAME);
            case "DH" -> out.write(hl7Name(people[2]), EntityKind.NAME);
            case "PC" -> out.write(caretName(people[0]), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "R" -> out.write(recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "RP" -> out.write(patientId(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) == 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "AY" -> out.write(resettlement(random.nextInt(4) == 0, false, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBL" -> out.write(lunarBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBE" -> out.write(englishBirthDate(random), EntityKind.BIRTH_DATE);
            case "DOBH" -> out.write(compactBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Every name form these pools and slots can produce. */
    static boolean isPoolName(String w) {
        return fullNameOf(w) != null
                || Stream.concat(CHINESE.stream(), MINORITY.stream())
                        .anyMatch(n -> surnameOf(n).equals(w) || addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /**
     * The pool name a labelled value writes in full (the Chinese or Tujia name for a pinyin, HL7, caret or OCR'd form),
     * or null when the value (a surname, a given name) names no one in full.
     */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String n : allChinese()) {
            if (caretName(n).equals(w) || pinyinForms(n).contains(w)) return n;
        }
        return ENGLISH.stream().map(n -> n.replace('|', ' ')).filter(w::equals).findFirst().orElse(null);
    }

    /** The Chinese pool and the Tujia villagers. */
    static List<String> allChinese() {
        return Stream.concat(CHINESE.stream(), MINORITY.stream()).toList();
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

    /** Every pinyin and HL7 form of every Chinese and Tujia pool name. */
    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String n : allChinese()) out.addAll(pinyinForms(n));
        return out;
    }

    /** The visiting team's names in full. */
    static List<String> fullForms() {
        return ENGLISH.stream().map(e -> e.replace('|', ' ')).toList();
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

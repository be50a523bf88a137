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
 * Fifty-first blind group: templates, name pools and identifier forms written without seeing the rules, the model,
 * their error lists or the development templates, in the template language of {@link ClinicalTextGenerator}. To be
 * measured once, with the rules and the model frozen, on seed {@link #SEED} (select it in {@link DeidDevelopmentProbe}
 * as {@code BLIND_51}); a rule changed, or a model retrained, because of its errors makes it development data and needs
 * a new blind group for the next honest estimate.
 *
 * <p>The documents: long-term care in the old industrial base of Liaoning (Shenyang, Anshan, Fushun, Benxi, Dandong),
 * in a consortium led by the fictional tertiary 辽中医科大学附属浑河医院 with community health centres (工人村, 彩屯, 龙凤 …), care homes
 * (铁西颐康护理院) and home-care agencies (沈阳福满家居家护理服务有限公司). Long-term-care insurance (长期护理保险) applications, disability
 * assessments (Barthel, 失能等级) and their reviews, home-care visit logs with GPS check-ins and service items, care-home
 * admission contracts, rosters and incident reports, dementia and stroke follow-up, wandering alerts from alarm
 * wristbands, pressure-ulcer records, palliative care at home, factory pension and retiree records (单位退休职工, 养老金资格认证),
 * heating-season and snow-day notices, 东北话 voice notes, WeChat groups of families, care workers and grid workers,
 * Korean-language chats of Korean-Chinese families, OCR'd forms, CSV, tab, pipe and markdown tables, JSON exports, SMS,
 * e-mails and English documents for children abroad and visiting experts (about a seventh in English or mostly Latin
 * script).
 *
 * <p>The people: elderly retired steel, coal and machine-factory workers and their spouses, adult children working in
 * the south or abroad (Japan, Korea, Australia, Canada), care workers (护理员) and their dispatchers, LTC assessors,
 * community grid workers (网格员), doctors and nurses, Manchu, Xibe, Hui and Korean-Chinese families, neighbours, and
 * foreign experts and in-laws.
 *
 * <p>Labelling follows {@link EntityKind}. Every person's name is PHI, in every position (after a role word, at the
 * start of a chat line, in table cells, CSV fields, JSON values, lists, English prose). A surname in a form of address
 * labels the surname only ({@code PS} the patient's, {@code FS} the relative's, {@code DS} the doctor's, {@code NS} a
 * further person's, {@code MS} the Korean-Chinese patient's): 老X, 小X, 老X头, 老X太太, X大爷, X大娘, X奶奶, X姨, X姐, X师傅, X大夫, X主任,
 * X护士长, X站长, X书记, X科长, X阿姨, X先生, X哥. A given name used alone ({@code PG}) labels the given name (a one-character given
 * name is never used alone). A Dongbei nickname ({@code PK}: 曲老蔫儿, 隋铁蛋儿) names a person and is labelled whole. A child
 * known by a parent (X家大儿子, X家老闺女) labels the parent. Kin words, titles and roles alone are not names: 老伴儿, 老头子, 闺女,
 * 姑爷, 大哥, 老妹儿, 网格员, 护理员, 评估员, 调度, 站长; nor are Dongbei words (嘎哈, 咋整, 埋汰, 波棱盖儿, 大下晚儿). An OCR'd name ({@code PO}) broken
 * by a line break, a blank after the surname, or a blank or ideographic blank between every character is one span.
 * Korean-Chinese patients ({@code MN}) are written in characters, in Hangul ({@code MH}: 박순복) and as their Chinese
 * passports spell them in pinyin ({@code MY}: Piao Shunfu); {@code NM} is a further Korean-Chinese name. Children
 * abroad sign in pinyin ({@code NY}: Jingwen Sui, SUI Jingwen, Sui Jingwen), labelled whole. Foreign experts and
 * in-laws ({@code E}, {@code E2}) are labelled whole, a family name alone ({@code ES}) and a given name alone
 * ({@code EG}) too; Dr and Ms stay outside the span.
 *
 * <p>Identifiers: resident identity numbers ({@code ID}: 18 characters with a valid GB 11643 check on area codes of
 * Shenyang 2101, Anshan 2103, Fushun 2104, Benxi 2105 and Dandong 2106; plain, with a lower-case x, 6-8-4 by blanks or
 * hyphens; 15-digit numbers with a valid birth date, as old retiree records keep them), mobiles ({@code M}: plain,
 * 3-4-4 by blanks or hyphens, +86; {@code MV}: spoken, 幺 or 一 for one, 零 for nought; {@code MX}: children's numbers
 * abroad, +82 10-…, +81 90-…, +61 4…, +1 (416) …; {@code MK}: Korean mobiles as Korean-Chinese families write them, +82
 * 10-…, +82-10-…, 010-1234-5678), landlines ({@code L}: eight digits on 024 — Shenyang, and since the merged network
 * Fushun (5…) and Benxi (4…) — or eight digits without the area code; seven on 0412 Anshan and 0415 Dandong;
 * {@code LO}: the seven-digit numbers of old records on the former codes 0413 Fushun and 0414 Benxi), addresses
 * ({@code A}: flats in the old factory districts, by 街道 with N委N组, by road and number with 2-5-2 (单元-楼层-户) or N号楼N门 or
 * N栋N单元N层N号 or an estate with N号楼N单元N室, and villages of the Manchu and Xibe counties by 镇/乡, 村, 组; {@code A0}: stopping
 * at the 街道, the 委, the road, its number, the town or the village), record numbers ({@code RZ}: inpatient 24018765;
 * {@code RM}: outpatient card HHM + eight digits; {@code RA}: 17-digit resident health archive numbers on an area code;
 * {@code RJ}: home-sickbed numbers JC2024-0387), insurance numbers ({@code I}, where the label says only 参保编号: any of
 * social-security card numbers of a letter and eight digits, ten-digit medical-insurance personal numbers ({@code IP})
 * and LTC insured numbers CH on an area code with six digits ({@code IC})), bank cards ({@code B}: 16 or 19 digits with
 * a valid Luhn digit, plain or in fours by blanks or hyphens), dates of birth ({@code DOB}: 1938年4月9日, 1938-04-09,
 * 1938.4.9, 一九三八年四月九日, 38年4月9号, 19380409; {@code DOBM}: the 出生年月 of factory forms, 1938.04, 1938年4月; {@code DOBL}:
 * lunar 农历1938年腊月初八, 阴历三八年冬月十五; {@code DOBE}: 9 April 1938, Apr 9, 1938, 09 Apr 1938). Not labelled: visit dates and
 * times, ages, Barthel, MMSE, Braden and other scores, disability grades, lab values and doses, pension and fee
 * amounts, care-worker certificate numbers, service-order and acceptance numbers, device IDs and IMEIs of alarm
 * wristbands, GPS coordinates, factory work numbers, heating account numbers, repair orders, bed and room numbers, door
 * codes, facilities and places alone, kin words and roles, Dongbei words, and words beginning with a pool surname (关节,
 * 高血压, 马上, 白天, 那个, 常规, 回家; all listed in the test).
 *
 * <p>The people come from pools of their own, whose names occur neither in the pools of {@link Blind3Templates} to
 * {@link Blind48Templates} nor among the names {@link SyntheticValues} can generate. The Chinese pool is drawn as an
 * elderly ward of Liaoning would look: 王, 李, 张, 刘 dominate, then 赵, 孙, 于, 杨, 高, the Shandong-born surnames of Liaodong
 * (曲, 宫, 隋, 鞠, 衣, 姜, 战, 栾, 丛, 苑), Manchu families ({@link #MANCHU}: 关, 佟, 那, 富, 赫, 肇), Xibe ({@link #XIBE}), Hui
 * ({@link #HUI}: 马, 白, 沙, 回), surnames of the region no earlier group used ({@link #RARE_SURNAMES}), the names of the
 * 1930s to 1950s (殿魁, 淑娴, 援朝, 援越, 铁锁) and of their children and grandchildren, with word-like names
 * ({@link #WORD_LIKE}). {@link #MINORITY} holds Korean-Chinese names with their Hangul and passport forms,
 * {@link #NICKNAMES} Dongbei nicknames, {@link #ENGLISH} foreign experts and in-laws, {@link #PINYIN} children abroad.
 * Own slots: {@code N}, a further Chinese name; {@code NS}, {@code FS}, {@code MS}, surnames; {@code NM}, {@code MH},
 * {@code MY}, {@code NY}, {@code PO}, {@code PK}, and the identifier slots above. Any non-empty subset of
 * {@link #BLIND_51} uses these pools (see {@link #uses}).
 */
final class Blind51Templates {
    /** The seed on which this group is to be measured once. */
    static final long SEED = 20270121L;

    static final List<String> BLIND_51 = List.of(
            // Long-term-care insurance applications and disability assessments.
            "长期护理保险待遇申请表\n申请人：{P}  性别：{SEX}\n出生日期：{DOB}\n身份证号：{ID}\n参保编号：{I}\n现居住地址：{A}\n"
                    + "委托代理人：{F}（儿子）  联系电话：{M}\n申请护理方式：居家上门护理\n",
            "失能等级评估结论通知书\n被评估人：{P}  身份证号：{ID}\nBarthel指数 35分（重度依赖），评定为重度失能Ⅲ级\n评估员：{N}、{N}\n"
                    + "复核：{DR}\n如有异议请于15个工作日内向沈阳市医疗保障事务服务中心申请复评。\n",
            "| 项目 | 得分 |\n|---|---|\n| 进食 | 5 |\n| 洗澡 | 0 |\n| 修饰 | 0 |\n| 穿衣 | 5 |\n| 大便控制 | 10 |\n"
                    + "| 小便控制 | 5 |\n| 如厕 | 5 |\n| 床椅转移 | 5 |\n| 平地行走 | 0 |\n| 上下楼梯 | 0 |\n"
                    + "Barthel总分 35分  被评估人：{P}  评估员：{N}\n",
            "[OCR] 长期护理保险失能评估表（入户）\n姓 名 {PO}\n出生年月 {DOBM}\n评估地点 {A}\nBarthel 评 分 40\n评估员签字 {N}\n",
            "入户评估记录：{D}上午到{A0}，{PS}大爷躺在炕上，老伴{F}说他前年冬天脑梗以后就下不了地了，波棱盖儿也疼；Barthel 20分；"
                    + "评估员{N}、{NS}\n",
            "受理编号,申请人,身份证号,失能等级,评估日期,评估员\nSL20241207-0318,{P},{ID},重度Ⅱ级,{D},{N}\n",
            "复评申请：{F}代其母亲{P}申请复评，理由为“评的等级太低了，老太太整天在炕上，屎尿都得人收拾”；联系电话{M}\n",
            "【沈阳医保】{P}您好，您的长期护理保险失能评估已受理（受理编号SL20241207-0318），评估员将于{D}入户，请保持电话{M}畅通。\n",
            "长护险待遇核定单\n参保人：{P}\n参保编号：{I}\n失能等级：重度失能Ⅰ级\n待遇标准：居家护理 每月1500元\n"
                    + "定点护理机构：沈阳福满家居家护理服务有限公司\n经办人：{N}\n",
            "{\"applicant\":\"{P}\",\"idNo\":\"{ID}\",\"insuredNo\":\"{I}\",\"barthel\":30,\"level\":\"重度Ⅱ级\","
                    + "\"agent\":\"{F}\",\"agentTel\":\"{M}\"}\n",
            "LTC insurance claim summary\nInsured: {P}\nInsurance no.: {I}\nBarthel index 25/100, severe dependency\n"
                    + "Assessor: {N}\nAgency: Fumanjia Home Care, Shenyang\n",
            "评估员{N}（证书编号S000021060012487）与{NS}主任一同入户；被评估人{P}，{DOB}出生，现住{A}\n",
            "认知功能评估：{P}，MMSE 14分，画钟试验不能完成，诊断阿尔茨海默病（中度）；家属{F}，电话{L}\n",
            "长护险异议复核意见：经复核，维持{P}（参保号{I}）中度失能等级；复核专家{DR}、{N}；已告知代理人{F}\n",
            "主题：关于我父亲{P}的长护险评估\n{N}老师您好，我是他大儿子{F}，常年在深圳上班，没法回去陪评估。老人住{A}，"
                    + "平时是我老姨照看，电话{M}。评估那天能不能给我打个视频？\n",
            // Home-care visit logs with GPS check-ins.
            "居家护理服务记录\n服务对象：{P}\n服务地址：{A}\n护理员：{N}（证书编号S000021030004519）\n签到 {TIME} 定位 41.7962,123.3598 偏差86米\n"
                    + "签退 {TIME}\n服务项目：床上擦浴、口腔护理、协助翻身、压疮预防\n家属签字：{F}\n",
            "服务工单号\t服务对象\t护理员\t服务地址\t联系电话\nGD2024120700318\t{P}\t{N}\t{A}\t{M}\n",
            "签到异常：护理员{N}于{TIME}签到，定位显示在{A0}附近，与服务地址{A}不符（距离1.2公里），请站长{NS}核实\n",
            "{\"orderNo\":\"GD2024120800471\",\"client\":\"{P}\",\"caregiver\":\"{N}\",\"checkIn\":\"{TIME}\","
                    + "\"lat\":41.8372,"
                    + "\"lng\":123.4451,\"address\":\"{A}\",\"items\":[\"助浴\",\"鼻饲\"]}\n",
            "[微信 福满家护理员群]\n{N}：{PS}大娘家今天去了，屋里贼热，暖气烧得挺好\n{NS}站长：翻身记得拍照上传\n"
                    + "{N}：嗯呢，骶尾部那块压疮见好\n",
            "护理员交接：{P}家在{A}，单元门密码1379#，老人耳背，敲门得使劲；儿子{F}在昆山上班，有事打{M}\n",
            "Home-care visit log\nClient: {P}\nCaregiver: {N}\nCheck-in {TIME} (GPS 41.2876,123.0391, within 50 m)\n"
                    + "Tasks: bed bath, catheter care, repositioning every 2 h\n"
                    + "Family contact: {NY} (daughter, overseas), {MX}\n",
            "服务项目确认单|{P}|{A0}|助浴1次 鼻饲2次 更换尿袋1次|护理员{N}|{D}|家属签字{F}\n",
            "上门护理投诉：{F}反映护理员{N}上周三没来，说是下大雪道不好走，也没提前说一声；老人{P}一天没人翻身；请公司回电{FS}先生，{M}\n",
            "雪天服务通知\n各位护理员：今明两天暴雪，请提前出门，实在去不了的提前跟服务对象家属说好，不许不签到就走。\n"
                    + "有事找调度{N}，电话{M}\n",
            "[语音转文字] 喂 {DS}大夫啊 我是{P}家的 我妈这两天腚底下那块又红了 护理员说得找你们看看 你啥时候能过来一趟 我电话是{MV}\n",
            "护理计划\n服务对象：{P}\n主要问题：右侧偏瘫、吞咽困难、骶尾部Ⅱ期压疮、关节挛缩\n护理措施：每2小时翻身，气垫床，鼻饲流质每日5次\n"
                    + "责任护士：{DR}\n护理员：{N}\n",
            "护理员月度考核：{N}，本月服务42单，GPS签到率98%，家属满意；{N}，迟到3次，{P}家属{F}投诉1次\n",
            // Care-home admission contracts, rosters and incidents.
            "养老机构入住合同（节选）\n甲方：沈阳市铁西区颐康护理院\n乙方（入住老人）：{P}  身份证号：{ID}\n丙方（担保人）：{F}  与乙方关系：女儿\n"
                    + "丙方住址：{A}  电话：{M}\n床位：3楼东区12床  护理等级：特级\n月费：4,680元（含餐费、护理费）\n",
            "入住评估\n姓名：{P}  出生：{DOB}\n既往：脑梗死后遗症、2型糖尿病、高血压3级\n入院时骶尾部压疮Ⅲ期，大小4cm×3cm\n"
                    + "送住人：{F}，{L}\n",
            "| 床号 | 姓名 | 护理等级 | 责任护理员 |\n|---|---|---|---|\n| 301-1 | {P} | 特级 | {N} |\n| 301-2 | {N} | 一级 | {N} |\n"
                    + "| 302-1 | {MN} | 二级 | {N} |\n",
            "护理院排班表（12月第2周）\n早班：{N}、{N}\n中班：{N}\n夜班：{N}（兼管3楼）\n护士长：{DS}护士长\n",
            "床号,姓名,性别,出生日期,入住日期,紧急联系人,电话\n206-2,{P},{SEX},{DOB},{D},{F},{M}\n",
            "探视登记：{F}（姑爷）探望{P}，带来酸菜馅饺子一盒；访客测体温{TEMP}；护理员{N}陪同\n",
            "退住结算单\n老人：{P}  床位号B-206\n押金退还至{F}名下银行卡{B}\n结算金额 12,360.00元\n经办：{N}\n",
            "Admission agreement summary (for family abroad)\nResident: {P}\nGuarantor: {NY}, son, overseas, tel {MX}\n"
                    + "Monthly fee RMB 5,200, room 2-18\nFacility: Tiexi Yikang Care Home, Shenyang\n",
            "[OCR] 入住人员健康体检表\n姓名 {PO}  性别 {SEX}  民族 满族\n身份证号 {ID}\n体检医院 辽中医科大学附属浑河医院\n空腹血糖 8.9mmol/L 肌酐 121μmol/L\n",
            "跌倒事件报告：{D}凌晨{TIME}，{PS}奶奶起夜时在卫生间滑倒，右髋部疼痛，值班护理员{N}发现后报告值班医生{DR}，急送浑河医院，"
                    + "X线示股骨颈骨折；已通知其女儿{F}\n",
            "入住老人{MN}（朝鲜族），说朝鲜语，汉语能听懂一些；饮食习惯：辣白菜、大酱汤；女儿{NM}在韩国打工，电话{MK}\n",
            "夜班巡视：2:00 {PS}大爷睡眠好；3:30 {N}叫喊要回家，安抚后入睡；5:00 老{NS}太太尿湿，已更换；值班护理员{N}\n",
            "{\"resident\":\"{P}\",\"bed\":\"301-1\",\"idCard\":\"{ID}\",\"dob\":\"{DOB}\","
                    + "\"guarantor\":{\"name\":\"{F}\","
                    + "\"tel\":\"{M}\"}}\n",
            // Dementia and stroke follow-up, wandering and alarm wristbands.
            "脑卒中患者社区随访记录\n姓名：{P}  健康档案号：{RA}\n随访日期：{D}  方式：入户\n血压{BP}  心率{HR}次/分\n"
                    + "mRS 4级，右侧肢体肌力2级\n随访医生：{DR}\n",
            "痴呆患者随访：{P}，近一月夜间吵闹，把老伴{F}当成外人，说“你是谁啊，上俺家嘎哈来了”；予奥氮平2.5mg qn；下次随访{D}\n",
            "走失预警：{P}，男，患阿尔茨海默病，于{D}下午从{A0}家中走失，身穿蓝色棉袄，戴狗皮帽子；佩戴防走失手环（设备号WB-SY-04417）；"
                    + "家属{F}电话{M}\n",
            "[微信 工人村社区网格群]\n网格员{N}：大伙注意，{A0}的{PS}大爷又走丢了，穿灰色羽绒服，谁看着了给我打电话{M}\n"
                    + "{NS}姐：刚才好像在菜市场那边看着了\n",
            "手环报警记录\n设备IMEI 864972043158206\n佩戴人：{P}\n报警类型：跌倒/SOS\n报警时间：{D} {TIME}\n定位：{A}\n"
                    + "通知：{F}（{M}）、网格员{N}\n",
            "卒中后吞咽评估：洼田饮水试验3级；{P}，{DOB}生，留置胃管；康复治疗师{N}；{DR}主任查房\n",
            "[语音转文字] {DS}主任 我是{PG}他老伴儿 他这两天又不认人了 昨个大下晚儿自个儿开门要上厂里上班去 说是要接班 我拦都拦不住 你看咋整啊\n",
            "Memory clinic follow-up\nPatient: {P}, born {DOBE}\nMoCA 11/30, CDR 2\nCaregiver: wife {F}\n"
                    + "Daughter overseas: {NY}, {MX}\nNext review: {D}\n",
            "痴呆照护者负担评估（ZBI）：照护者{F}，ZBI 52分，重度负担；已与{FS}阿姨约好下周喘息服务上门；联系电话{L}\n",
            "{\"wearer\":\"{P}\",\"imei\":\"864972043158206\",\"event\":\"SOS\",\"lat\":41.1108,\"lng\":122.9951,"
                    + "\"guardianPhone\":\"{M}\",\"gridWorker\":\"{N}\"}\n",
            "Alarm wristband event export\ndevice_id,wearer,event,time,contact\nWB-SY-04417,{P},FALL,{TIME},{M}\n",
            // Pressure ulcers.
            "压疮记录单\n姓名：{P}  住院号：{RZ}\n部位：骶尾部  分期：Ⅲ期  大小：5cm×4cm×1cm\nBraden评分 11分\n"
                    + "处理：清创、藻酸盐银敷料，每3天换药\n记录护士：{DR}\n",
            "Pressure injury photo log\nResident: {P}\nSite: left heel, stage 2, 2 x 1.5 cm\nBraden 13\n"
                    + "Photographed by {N} on {D}\nWound nurse: {DR}\n",
            "家庭病床换药记录：{P}（家床号{RJ}），右髋部压疮Ⅱ期，创面2cm×2cm，渗出少；换药护士{N}；下次{D}\n",
            "[微信 家庭病床群]\n{F}：{DS}大夫，我爸屁股那块今天看着有点发黑\n{DR}：拍个照片发过来我瞅瞅\n{F}：[图片]\n"
                    + "{DR}：明天上午过去，别让他总一个姿势躺着\n",
            // Palliative care at home.
            "居家安宁疗护记录\n患者：{P}  诊断：肺癌晚期骨转移\n疼痛评分NRS 6分，予吗啡缓释片30mg q12h\n家属：{F}（儿媳妇），{M}\n"
                    + "上门医生：{DR}  护士：{N}\n",
            "安宁疗护家庭会议：{F}、{N}（{P}的二儿子，从大连赶回来）均在场，同意不再送ICU抢救，签署预立医疗照护计划；主持{DR}\n",
            "[语音留言] {DS}大夫 我爸今天早上走的 挺安详的 谢谢你们这些日子老往家跑 后事我们自己整 有啥手续你给我打电话{MV}\n",
            "Palliative home visit note\nPatient: {P}, 84\nFamily present: {F} and {NY} (flew in from Vancouver)\n"
                    + "PPS 30%, comfortable\nPlan: continue morphine, oxygen concentrator at home\nPhysician: {DR}\n",
            "死亡证明领取：{P}（身份证{ID}）于{D}在家中死亡，居家安宁疗护；家属{F}凭身份证到社区卫生服务中心领取《居民死亡医学证明（推断）书》\n",
            // Factory pensions and retiree records.
            "[OCR] 沈阳重型机器厂 退休职工登记表\n姓名 {PO}  工号 08817\n出生年月 {DOBM}\n参加工作 1958.09  退休 1993.10\n身份证 {ID}\n"
                    + "家庭住址 {A}\n联系电话 {L}\n",
            "离退休人员养老金领取资格认证：{P}，原鞍钢第三炼钢厂职工，月养老金 3,268.50元，发放账户{B}；本人现随子女在外地居住，委托{F}代办\n",
            "退休职工医疗费报销\n单位：抚顺矿业集团老虎台矿\n职工：{P}  职工编号 LHT-040871\n医保个人编号：{IP}\n报销金额 2,841.60元\n"
                    + "收款账户：{B}\n",
            "本钢离退休职工管理中心通知：{P}师傅的遗属待遇材料已收到，请家属{F}于{D}前带户口本、死亡证明到彩屯服务站签字，电话{L}\n",
            "Pension life certificate (overseas)\nRetiree: {P}, former worker at Shenyang Tractor Plant\n"
                    + "Date of birth: {DOBE}\n"
                    + "Resident ID: {ID}\nCurrent address: with son {NY} overseas, tel {MX}\n",
            "家属楼住户登记|{P}|原沈阳冶炼厂|{A}|{L}|供暖户号0103871552\n",
            "[OCR] 鞍钢集团 离退休职工档案卡\n姓 名 {PO}\n工 号 200387\n出生 {DOB}\n配偶 {F}\n住址 {A}\n",
            "退休职工慰问名单\n序号,姓名,原单位,住址,电话\n1,{P},沈阳变压器厂,{A0},{M}\n2,{N},沈阳电缆厂,{A0},{L}\n",
            "原机床一厂退管办{N}和{NS}科长上门慰问{PS}师傅，送来米面油和500元慰问金，老爷子拉着手唠了半天厂里的事\n",
            "{\"retiree\":\"{P}\",\"factory\":\"本溪钢铁公司\",\"workNo\":\"BG-1975-0412\",\"pensionAccount\":\"{B}\","
                    + "\"monthlyPension\":\"3412.80\"}\n",
            "[OCR] 抚顺石油二厂 职工家属登记（1987年）\n职工 {PO}\n出生年月 {DOBM}\n爱人 {F}\n宅电 {LO}\n",
            "[OCR] 本溪钢铁公司 1995年职工花名册（节选）\n姓名\t出生年月\t车间\t电话\n{PO}\t{DOBM}\t二炼钢\t{LO}\n{N}\t{DOBM}\t轧钢\t{LO}\n",
            // Heating season and snow days.
            "【铁西区供暖】尊敬的用户{P}，您的房屋（供暖户号0103871552）2024-2025采暖期热费2,856.00元尚未缴纳，"
                    + "如已申请低保减免请联系社区{N}，电话{L}。\n",
            "供暖季独居老人走访表\n| 姓名 | 住址 | 室温 | 走访人 |\n|---|---|---|---|\n| {P} | {A} | 16℃ | {N} |\n"
                    + "| {N} | {A} | 21℃ | {N} |\n",
            "暴雪预警：社区网格员{N}提醒，{A0}一带独居老人请储备三天口粮和药品，行动不便的老人请打网格电话{M}，我们上门送\n",
            "停暖报修：{F}称其母{P}家（{A}）暖气不热，室温只有12度，老人有慢阻肺；已报热力公司，工单号RL20241215-0093\n",
            "[微信 抚顺望花区网格群]\n{N}：今天零下二十八度，独居的{PS}奶奶家我去看了，炉子生着呢\n{NS}书记：好，晚上再打个电话问问，她家座机{L}\n",
            "【丹东供热】{P}用户：您家（{A}）已列入独居老人优先抢修名单，停热请直接拨打{L}，网格员{N}会同步上门。\n",
            // 东北话 voice notes.
            "[语音转文字] 喂 是福满家吧 我是{P}的闺女 我搁南方上班回不去 我爸那个护理员{N}这礼拜咋一次都没来呢 你们给我回个电话 {MV}\n",
            "[语音转文字] 老妹儿 我跟你说 {PS}大爷那屋埋汰得没法下脚 尿壶都满了 他儿子在日本也管不了 你跟社区说说 让{NS}主任过来瞅一眼\n",
            "[语音留言] {DS}大夫 我是{A0}的{F} 我家老头子今天早上卡了个跟头 脑瓜子磕了个包 现在嘴有点歪 你说用不用上医院啊 电话{MV}\n",
            "[语音转文字] 那个啥 我是网格员{N} 跟你核实一下啊 你是{P}不 出生日子是{DOB}不 你家住{A}是吧 行 那没啥事了\n",
            "[语音转文字] {PK}他妈 你家那口子又喝多了 搁楼道里躺着呢 赶紧下来整回去 别冻着了 我是楼下老{NS}太太\n",
            "[语音转文字] 小{NS}啊 我是{PS}大娘 我那个降压药没了 你下礼拜来的时候帮我捎两盒 钱我给你 我生日是{DOBL} 医生问我老记不住\n",
            "[语音转文字] {PG}啊 你老姑从大连来电话了 说你奶奶生日是{DOBL} 让你别忘了给老太太过生日 打你电话{MV}也没人接\n",
            // WeChat groups of families, care workers and grid workers.
            "[微信 老爸护理家属群]\n{F}：今天护理员{N}几点到的？\n{NY}：I just saw the GPS check-in at 8:42\n{F}：行，我下班过去看看\n",
            "[微信 相亲相爱一家人]\n大哥：妈的长护险评下来了，重度二级\n{F}：每月能给多少？\n大哥：居家护理一个月1500，护理员是{N}，电话{M}\n",
            "[微信 西塔朝鲜族老人互助群]\n{NM}：老{MS}今天血压{BP}，有点高\n{N}：让闺女带着去医院看看吧，闺女电话{MK}\n",
            "[微信 어머니 돌봄방]\n{NM}: {MH} 어르신 오늘 점심 잘 드셨습니다\n{NM}: 감사합니다, 저녁에 {M} 로 전화할게요\n",
            "[微信 鞍山立山区护理员工作群]\n调度{N}：明天暴雪，{A0}那片的单子能去的吱一声\n{N}：我去，我家离得近\n{N}：我去不了，孩子发烧\n"
                    + "调度{N}：行，{PS}大娘那单给你了\n",
            "[微信 本溪彩屯社区群]\n{N}：谁家有轮椅闲着的？{P}大爷出院了，得借一个\n{NS}大姐：我家有，老头子走了以后一直搁那放着\n",
            "[微信 丹东振兴区家医群]\n{DR}：{P}这周血糖控制不好，空腹11点多\n{N}：家属说老太太偷吃黏豆包\n{DR}：跟她儿子{F}说一下，{M}\n",
            "[微信 家属群]\n{NS}姨：{FS}哥，你爸今天尿少，尿袋才200毫升\n{F}：知道了，我晚上过去看看\n",
            "[微信 护理员{NS}姨]\n{FS}姐，你妈今天挺好的，午饭吃了大半碗小米粥，下午我推她下楼晒了会儿太阳\n{F}：辛苦了，这个月工资我转你卡上了\n",
            "[微信 龙凤矿老工友群]\n{N}：{PK}住院了，在浑河医院，脑梗\n{N}：哪个病房？明天去看看\n{N}：神经内科，他家老疙瘩{F}在那陪床，电话{M}\n",
            // Korean-Chinese families.
            "家庭医生签约：{MN}（韩文名{MH}），朝鲜族，和平区西塔人，独居；女儿{NM}在首尔；签约医生{DR}；健康档案号{RA}\n",
            "Referral to day-care centre\nClient: {MN} ({MY} on passport), Korean-Chinese, 81\n"
                    + "Main carer: daughter {NM}, tel {M}\n"
                    + "Needs: assistance with bathing, mild dementia\n",
            "{\"name\":\"{MN}\",\"nameKo\":\"{MH}\",\"passportName\":\"{MY}\",\"phoneAbroad\":\"{MX}\"}\n",
            "[语音转文字] 老{MS}啊 你闺女从韩国来电话了 说打你手机老不接 让你给她回过去 号码是{MK}\n",
            "朝鲜族老人节活动签到：老{MS}、{NM}、{NM}，联系人{N}，电话{M}\n",
            // Manchu, Xibe and Hui families.
            "家庭医生签约：{P}，满族，新宾满族自治县人，年轻时在抚顺西露天矿当电工；签约医生{DR}；居民健康档案号{RA}\n",
            "{P}，锡伯族，沈北新区人，老伴{F}去世后独居，每年西迁节都去锡伯族家庙；长护险参保号{IC}；住{A}\n",
            "回族老人饮食提示：{P}（回族）入住后全部清真餐，禁用猪油，护理员{N}已知晓；家属{F}，{L}\n",
            "{PK}大名叫{P}，厂里老师傅都这么叫他，退休前在铸造车间，现住{A0}\n",
            "{F}家大儿子{P}，五十多岁，下岗后一直在家照顾老娘，自己也有高血压；家住{A}\n",
            "{F}家老闺女，在沈阳一家护理站当护理员，每天骑电动车跑四五家；电话{M}\n",
            // Hospital, community and discharge.
            "【浑河医院】{P}家属您好，患者将于{D}出院转回社区家庭病床，社区医生{DR}联系电话{L}。\n",
            "【福满家护理】您好，护理员{N}已于{TIME}到达{P}家开始服务，服务时长约60分钟，如有疑问请致电{L}。\n",
            "出院小结\n患者：{P}  住院号：{RZ}\n出院诊断：脑梗死恢复期；吸入性肺炎；骶尾部压疮Ⅱ期\n出院医嘱：家庭病床管理，长护险居家护理\n"
                    + "主治医师：{DR}\n",
            "明日入户评估名单：\n1. {P} {A0} {M}\n2. {N} {A0} {L}\n3. {MN} {A0} {MV}\n",
            "门诊就诊卡：{P}，卡号{RM}，医保个人编号{IP}，{DOB}出生；初步诊断：帕金森病\n",
            "社区转诊单：{P}，{SEX}，身份证{ID}，因反复肺部感染由{DR}转至浑河医院呼吸科；家属{F}电话{M}；住{A0}\n",
            "家属{F}说老太太真生日是{DOBL}，身份证上是{DOB}，当年上户口的时候报错了\n",
            "[OCR] 居民健康档案封面\n档案编号 {RA}\n姓名 {PO}\n现住址 {A}\n联系电话 {M}\n建档单位 工人村社区卫生服务中心\n",
            "[OCR] 长期护理保险居家护理服务协议\n甲方 {PO}  身份证号 {ID}\n乙方 沈阳福满家居家护理服务有限公司\n服务地址 {A}\n签约日期 {D}\n",
            "[OCR] 居民死亡医学证明 存根\n死者 {PO}\n出生 {DOB}\n常住地址 {A0}\n申报人 {F}\n",
            "家访：{P}白天一个人在家，儿子{F}上夜班，马上就要入冬了，建议申请助餐服务；网格员{N}，电话{M}\n",
            "家访：{P}，家里人都叫她{PG}，耳朵背，说话得大点声；女儿{F}每周六来；住{A0}\n",
            "常规随访：{P}血压{BP}，关节疼，老{PS}头自己说“没啥大事，就是腿不得劲儿”；责任医生{DR}\n",
            // English and mostly Latin documents.
            "Subject: Dad's care plan\nHi {N}, this is {NY}, {P}'s daughter overseas. Could the caregiver also help "
                    + "with his "
                    + "insulin at 7 am? My number is {MX}. Thanks!\n",
            "Site visit report, international LTC exchange\nVisitors: {E}, {E2}\nHost: {DR}, Hunhe Hospital\n"
                    + "Home visits: Gongrencun community health centre area\nInterpreter: {N}\n",
            "Dear {EG}, thank you for the dementia care training last week. {MY} in Building 3 is calmer "
                    + "with the music "
                    + "you suggested. Best, {N}\n",
            "Discharge letter for family abroad\nPatient: {P}\nDOB: {DOBE}\nHospital no.: {RZ}\n"
                    + "Diagnosis: left MCA infarct, aspiration pneumonia\nFollow-up with the home-care team, tel {L}\n",
            "WeChat (translated for Dr {ES})\n{F}: Mum's Barthel was 35 last time, is that bad?\n"
                    + "{DR}: It means she needs a lot "
                    + "of help every day\n",
            "LTC service invoice\nOrder GD-20241207-0318\nClient: {P}\nInsurance no.: {I}\n"
                    + "Service hours: 18 h at RMB 50\n"
                    + "Payout account: {B}\n",
            "Home visit with {E} (Buurtzorg-style pilot)\nClient: {P}, lives alone at {A}\nNeighbour with a key: {N}\n"
                    + "Notes: heating fine, fridge almost empty\n",
            "Case conference minutes\nAttendees: {DR}, {N}, Dr {ES} (video)\nResident: {P}\n"
                    + "Action: {EG} to send the Japanese care-level comparison by {D}\n",
            "Hello {EG}, my mother-in-law {P} (born {DOBE}) starts home care on Monday. Her caregiver is {N}, "
                    + "and the agency line is {L}. Regards, {E}\n",
            "To: Ms {ES}\nFrom: {DR}\nRe: {MY}, 79, stroke follow-up\nThe daughter in Seoul can be reached at {MK}.\n");

    // Liaoning's commonest surnames first (王, 李, 张, 刘, then 赵, 杨, 孙, 于, 高), the region's others, the Shandong-born
    // surnames of Liaodong, Manchu, Xibe and Hui families, the rare surnames of the region, and word-like names.
    static final List<String> CHINESE = List.of((""
            + "王殿魁 王淑娴 王铁锁 王玉芝 王援朝 王素芹 王振镛 王凤岐 王艳秋 王德山 王海鹰 王景春 王占奎 王秀芝 王冬雪 王梓翀 "
            + "李连升 李桂馥 李跃堂 李淑贤 李洪恩 李翠芹 李长栓 李玉璞 李春香 李卫东 李晓冬 李凤琴 李佳蔓 李想 "
            + "张福堂 张素瑛 张援越 张凤彩 张树林 张秀峦 张启顺 张艳玲 张铁栓 张雪芹 张宝山 张博远 张望 "
            + "刘胜昌 刘淑坤 刘国庆 刘翠香 刘宝钧 刘丽媛 刘春雷 刘玉琴 刘占岳 刘秋菊 刘一鸣 刘珣 "
            + "赵景田 赵桂芹 赵永魁 赵素云 赵辽生 赵艳茹 赵雨檬 "
            + "杨树槐 杨玉贞 杨振山 杨秋萍 "
            + "孙德胜 孙凤翠 孙立栋 孙淑媛 孙海潮 孙浩冉 "
            + "于长河 于桂珍 于春江 于秀琴 于晓蕊 "
            + "高玉珊 高殿臣 高丽芬 高天翔 高升 "
            + "陈德彪 陈素馨 陈铁民 徐桂蓉 徐长仁 郭玉祥 郭春芝 宋殿发 宋淑芬 姜凤岚 姜德水 董玉坤 董秀苓 "
            + "曲宝成 曲秀珍 宫振海 宫淑芝 隋德元 隋秀英 鞠长林 衣振岳 衣凤阁 "
            + "关佩芝 关玉山 关凤鸣 佟殿臣 佟桂芬 那桂兰 那启明 富连升 富春荣 赫玉清 "
            + "佟雅琴 韩淑筠 伊凤霞 吴殿英 何振声 "
            + "马福麟 马秀芬 马永禄 白永清 白凤芹 沙玉洁 回德旺 "
            + "肇恒昌 战国栋 初玉兰 栾树德 丛桂香 苑淑清 揣德厚 揣秀梅 "
            + "付清 富贵 郎玉海 孟庆丰 商玉和 邢占魁 温殿举 谭金铃"
            ).strip().split(" "));
    /** Manchu families (关, 佟, 那, 富, 赫, 肇 — the Han surnames of the old clans). */
    static final List<String> MANCHU = List.of("关佩芝", "关玉山", "关凤鸣", "佟殿臣", "佟桂芬", "那桂兰", "那启明", "富连升",
            "富春荣", "赫玉清", "肇恒昌");
    /** Xibe families of 沈北 and 新民. */
    static final List<String> XIBE = List.of("佟雅琴", "韩淑筠", "伊凤霞", "吴殿英", "何振声");
    /** Hui families. */
    static final List<String> HUI = List.of("马福麟", "马秀芬", "马永禄", "白永清", "白凤芹", "沙玉洁", "回德旺");
    /** Surnames of the region no earlier blind group gave anyone: 揣 (Shandong-born Liaodong) and 回 (Hui). */
    static final String RARE_SURNAMES = "揣回";
    /** Pool names that are also ordinary words: paid off, wealth, to look around, promotion. */
    static final List<String> WORD_LIKE = List.of("付清", "富贵", "张望", "高升");
    /** Korean-Chinese names: characters|Hangul (Chinese-Korean spelling)|pinyin as on a Chinese passport. */
    private static final List<String> KOREAN = List.of("朴顺福|박순복|Piao Shunfu", "金贞玉|김정옥|Jin Zhenyu",
            "崔奎洙|최규수|Cui Kuizhu", "玄春子|현춘자|Xuan Chunzi", "南桂淑|남계숙|Nan Guishu", "池万吉|지만길|Chi Wanji",
            "全福顺|전복순|Quan Fushun", "申昌浩|신창호|Shen Changhao", "卢明花|로명화|Lu Minghua", "韩相烈|한상렬|Han Xianglie",
            "严贞淑|엄정숙|Yan Zhenshu", "方永哲|방영철|Fang Yongzhe");
    /** The Korean-Chinese names in characters (MN, NM). */
    static final List<String> MINORITY = KOREAN.stream().map(k -> k.split("\\|")[0]).toList();
    /** Dongbei nicknames that name a person, labelled whole. */
    static final List<String> NICKNAMES = List.of("于大辫子", "孙二嘎子", "曲老蔫儿", "隋铁蛋儿", "宫胖丫", "刘小五子",
            "郎大个子", "赵二丫", "常大嗓门", "张老疙瘩");
    /** Foreign experts and in-laws, given|family: Japanese, German, Estonian, Canadian, Russian, Icelandic, Finnish,
     * Dutch, Scottish, Polish. */
    static final List<String> ENGLISH = List.of("Fumiko|Tsukahara", "Hideaki|Kumagai", "Kiyomi|Igarashi",
            "Reinhild|Oberschelp", "Kalev|Vahtramae", "Maiwenn|Thibodeau", "Vasilisa|Shmeleva",
            "Sigurlaug|Gunnlaugsdottir",
            "Pirkko|Heikkilä", "Hiltje|Brinkhuis", "Marjolein|Tjallema", "Murdo|Ashcroft", "Bronisława|Szczepaniak",
            "Tomoya|Kurosaki");
    /** Children abroad as they sign, given|family in pinyin. */
    static final List<String> PINYIN = List.of("Jingwen|Sui", "Haochen|Qu", "Shuang|Tong", "Ruoxi|Guan",
            "Dongxu|Gong", "Mengyao|Ju", "Yuchen|Luan", "Xiaoqing|Yi", "Zihan|Na", "Boyang|Zhan");

    /** Area codes of Shenyang, Anshan, Fushun, Benxi and Dandong, all in use before 1999 (15-digit numbers too). */
    private static final List<String> AREA = List.of("210102", "210103", "210104", "210105", "210106", "210113",
            "210302", "210303", "210304", "210402", "210403", "210404", "210422", "210502", "210503", "210504",
            "210521",
            "210602", "210603", "210624");
    private static final List<String> BANK_BINS = List.of("622202", "621799", "621700", "622848", "621661", "623575");
    private static final String SS_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** City|district|subdistricts|roads|estates of the old factory districts. */
    private static final List<String> URBAN = List.of(
            "沈阳市|铁西区|工人村街道,兴华街道,重工街道,保工街道|兴华北街,肇工南街,卫工北街,重工南街,北二西路,南十三路|"
                    + "工人村家属楼,机床厂宿舍,重型家属楼,电缆厂家属院",
            "沈阳市|大东区|津桥街道,上园街道|小北关街,东北大马路,黎明街|黎明宿舍,拖拉机厂家属楼",
            "沈阳市|皇姑区|三台子街道,华山街道|华山路,宁山中路,崇山中路|飞机厂家属楼,华山里小区",
            "沈阳市|和平区|西塔街道,集贤街道|西塔街,安图街,延边街|西塔小区,民族家园",
            "鞍山市|铁东区|山南街道,园林街道,湖南街道|胜利南路,二一九路,园林路|鞍钢家属楼,湖南小区",
            "鞍山市|立山区|灵山街道,曙光街道,友好街道|友好街,鞍千路,曙光路|曙光家属楼,灵山新村",
            "抚顺市|望花区|建设街道,古城子街道|雷锋路,建设路,和平路|石油二厂家属楼,钢厂宿舍",
            "抚顺市|东洲区|龙凤街道,老虎台街道|龙凤路,矿前街|龙凤矿家属楼,老虎台矿宿舍",
            "本溪市|溪湖区|彩屯街道,河东街道|钢铁路,彩北路|本钢家属楼,彩屯新村",
            "本溪市|平山区|工人街道,千金街道|千金路,解放北路|本钢二炼宿舍,千金小区",
            "丹东市|振兴区|站前街道,帽盔山街道|锦山大街,六纬路,七经街|纺织厂家属楼,锦山小区",
            "丹东市|元宝区|八道街道,九道街道|兴东路,九道街|丝绸厂宿舍,元宝新村");
    /** City|county|towns|villages of the Manchu and Xibe counties. */
    private static final List<String> RURAL = List.of(
            "沈阳市|沈北新区|兴隆台锡伯族镇,黄家锡伯族乡|兴隆台村,石佛寺村,黄家村",
            "抚顺市|新宾满族自治县|永陵镇,上夹河镇|赫图阿拉村,永陵村,腰站村",
            "本溪市|本溪满族自治县|小市镇,草河口镇|小市村,桥头村",
            "本溪市|桓仁满族自治县|五里甸子镇,二棚甸子镇|荒沟村,五里甸子村",
            "丹东市|宽甸满族自治县|长甸镇,虎山镇,青椅山镇|河口村,虎山村,拉古哨村");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String NUMERALS = "〇一二三四五六七八九";
    private static final String LUNAR_MONTHS = "正二三四五六七八九十冬腊";

    private Blind51Templates() {
    }

    /** Whether a template list is this group or part of it (then the generator draws people from these pools). */
    static boolean uses(List<String> templates) {
        return templates == BLIND_51 || !templates.isEmpty() && BLIND_51.containsAll(templates);
    }

    /** A Chinese full name from a pool of its own. */
    static String chineseName(RandomGenerator r) {
        return pick(CHINESE, r);
    }

    /** The record's Korean-Chinese patient (MN), in characters. */
    static String minorityName(RandomGenerator r) {
        return pick(MINORITY, r);
    }

    private static String[] korean(String han) {
        for (String k : KOREAN) {
            String[] p = k.split("\\|");
            if (p[0].equals(han)) return p;
        }
        throw new IllegalArgumentException(han);
    }

    /** The Hangul form of a Korean-Chinese name: 박순복 of 朴顺福. */
    static String hangul(String han) {
        return korean(han)[1];
    }

    /** The pinyin form on a Chinese passport: Piao Shunfu of 朴顺福. */
    static String passportName(String han) {
        return korean(han)[2];
    }

    static List<String> hangulNames() {
        return KOREAN.stream().map(k -> k.split("\\|")[1]).toList();
    }

    static List<String> passportNames() {
        return KOREAN.stream().map(k -> k.split("\\|")[2]).toList();
    }

    /** A child abroad as they sign: Jingwen Sui, SUI Jingwen or Sui Jingwen. */
    static String pinyinName(String entry, RandomGenerator r) {
        String g = given(entry), f = family(entry);
        return switch (r.nextInt(3)) {
            case 0 -> g + " " + f;
            case 1 -> f.toUpperCase() + " " + g;
            default -> f + " " + g;
        };
    }

    static List<String> pinyinForms() {
        List<String> out = new ArrayList<>();
        for (String e : PINYIN) {
            out.add(given(e) + " " + family(e));
            out.add(family(e).toUpperCase() + " " + given(e));
            out.add(family(e) + " " + given(e));
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

    /** 辽宁省沈阳市, 沈阳市 or nothing before the district. */
    private static String prefix(String city, boolean withProvince, RandomGenerator r) {
        if (withProvince) return "辽宁省" + city;
        return r.nextInt(3) > 0 ? city : "";
    }

    /**
     * A flat in an old factory district: by 街道 with N委N组, by road and number with 2-5-2, N号楼N门NNN, or an estate's
     * N号楼N单元N室, or N栋N单元N层N号; {@code partial} stops at the 街道, the 委, the road or its number.
     */
    static String flat(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(URBAN, r));
        String district = prefix(t[0], withProvince, r) + t[1];
        String road = district + one(t[3], r);
        String number = road + (1 + r.nextInt(180)) + "号";
        if (partial) {
            return switch (r.nextInt(4)) {
                case 0 -> district + one(t[2], r);
                case 1 -> district + one(t[2], r) + (1 + r.nextInt(24)) + "委";
                case 2 -> road;
                default -> number;
            };
        }
        return switch (r.nextInt(5)) {
            case 0 -> district + one(t[2], r) + (1 + r.nextInt(24)) + "委" + (1 + r.nextInt(9)) + "组";
            case 1 -> number + (1 + r.nextInt(6)) + "-" + (1 + r.nextInt(7)) + "-" + (1 + r.nextInt(3));
            case 2 -> number + (1 + r.nextInt(12)) + "号楼" + (1 + r.nextInt(6)) + "门" + (1 + r.nextInt(7)) + "0"
                    + (1 + r.nextInt(3));
            case 3 -> number + one(t[4], r) + (1 + r.nextInt(30)) + "号楼" + (1 + r.nextInt(6)) + "单元"
                    + (1 + r.nextInt(7)) + "0" + (1 + r.nextInt(3)) + "室";
            default -> district + one(t[4], r) + (1 + r.nextInt(40)) + "栋" + (1 + r.nextInt(6)) + "单元"
                    + (1 + r.nextInt(7)) + "层" + (1 + r.nextInt(3)) + "号";
        };
    }

    /** A village: 丹东市宽甸满族自治县长甸镇河口村3组(12号); {@code partial} stops at the town or the village. */
    static String village(boolean withProvince, boolean partial, RandomGenerator r) {
        String[] t = split(pick(RURAL, r));
        String town = prefix(t[0], withProvince, r) + t[1] + one(t[2], r);
        if (partial) return r.nextBoolean() ? town : town + one(t[3], r);
        String v = town + one(t[3], r) + (1 + r.nextInt(12)) + "组";
        return r.nextBoolean() ? v : v + (1 + r.nextInt(90)) + "号";
    }

    /** An address: a flat (most) or a village. */
    static String address(boolean withProvince, boolean partial, RandomGenerator r) {
        return r.nextInt(10) < 7 ? flat(withProvince, partial, r) : village(withProvince, partial, r);
    }

    /** A resident ID: 18 characters (born 1928 to 1995) plain, with a lower-case x, 6-8-4 by blanks or hyphens, or a
     * 15-digit one (born 1928 to 1962) as old retiree records keep it. */
    static String idNumber(RandomGenerator r) {
        if (r.nextInt(7) == 0) return IdentifierForms.legacyId(pick(AREA, r), 28, 35, r);
        String id = IdentifierForms.residentId(pick(AREA, r), 1928, 68, r);
        return switch (r.nextInt(6)) {
            case 0 -> id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
            case 1 -> id.substring(0, 6) + "-" + id.substring(6, 14) + "-" + id.substring(14);
            case 2 -> id.replace('X', 'x');
            default -> id;
        };
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

    /** A mobile as said aloud: the one as 幺 or 一 (one way in a number), the nought as 零; 3-4-4 by blanks or run on. */
    static String spokenMobile(RandomGenerator r) {
        String n = mobileDigits(r);
        char one = r.nextBoolean() ? '幺' : '一';
        StringBuilder b = new StringBuilder();
        for (char c : n.toCharArray()) {
            if (c == '1') b.append(one);
            else if (c == '0') b.append('零');
            else b.append(NUMERALS.charAt(c - '0'));
        }
        String s = b.toString();
        return r.nextBoolean() ? s.substring(0, 3) + " " + s.substring(3, 7) + " " + s.substring(7) : s;
    }

    /** A child's number abroad: +82 10-1234-5678, +81 90-1234-5678, +61 412 345 678, +1 (416) 555-0123. */
    static String foreignMobile(RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> "+82 10-" + digits(4, r) + "-" + digits(4, r);
            case 1 -> "+81 " + (r.nextBoolean() ? "90" : "80") + "-" + digits(4, r) + "-" + digits(4, r);
            case 2 -> "+61 4" + digits(2, r) + " " + digits(3, r) + " " + digits(3, r);
            default -> "+1 (" + pick(List.of("416", "604", "403"), r) + ") " + (2 + r.nextInt(8)) + digits(2, r) + "-"
                    + digits(4, r);
        };
    }

    /** A Korean mobile as Korean-Chinese families write it: +82 10-1234-5678, +82-10-1234-5678, 010-1234-5678. */
    static String koreanMobile(RandomGenerator r) {
        String local = "10-" + digits(4, r) + "-" + digits(4, r);
        return switch (r.nextInt(3)) {
            case 0 -> "+82 " + local;
            case 1 -> "+82-" + local;
            default -> "0" + local;
        };
    }

    /**
     * A landline: eight digits on 024 (Shenyang 2, 3, 6, 8…; Fushun 5…; Benxi 4…), seven on 0412 and 0415, as
     * 024-23861234, (024)23861234, 024 2386 1234, +86 24 23861234, 0412-5551234, or eight digits without the code.
     */
    static String landline(RandomGenerator r) {
        if (r.nextInt(3) > 0) {
            String local = "23568".charAt(r.nextInt(5)) + digits(7, r);
            if (local.charAt(0) == '5' && r.nextBoolean()) local = "4" + local.substring(1);
            return switch (r.nextInt(6)) {
                case 0 -> "(024)" + local;
                case 1 -> "024 " + local.substring(0, 4) + " " + local.substring(4);
                case 2 -> "+86 24 " + local;
                case 3 -> local;
                default -> "024-" + local;
            };
        }
        String area = r.nextBoolean() ? "0412" : "0415";
        String local = (char) ('2' + r.nextInt(7)) + digits(6, r);
        return switch (r.nextInt(3)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + " " + local;
            default -> area + "-" + local;
        };
    }

    /** A number of the old records: seven digits on the former codes 0413 (Fushun) and 0414 (Benxi), or alone. */
    static String oldLandline(RandomGenerator r) {
        String area = r.nextBoolean() ? "0413" : "0414";
        String local = (char) ('2' + r.nextInt(7)) + digits(6, r);
        return switch (r.nextInt(3)) {
            case 0 -> "(" + area + ")" + local;
            case 1 -> area + "-" + local;
            default -> local;
        };
    }

    /** An inpatient number: the two-digit year and six digits, 24018765. */
    static String inpatientNumber(RandomGenerator r) {
        return (15 + r.nextInt(11)) + digits(6, r);
    }

    /** An outpatient card of the hospital: HHM and eight digits. */
    static String outpatientCard(RandomGenerator r) {
        return "HHM" + digits(8, r);
    }

    /** A 17-digit resident health archive number: area code, 街道 (3), 社区 (3), serial (5): 21010600300700418. */
    static String healthArchiveNumber(RandomGenerator r) {
        return pick(AREA, r) + String.format("%03d%03d", 1 + r.nextInt(12), 1 + r.nextInt(30)) + digits(5, r);
    }

    /** A home-sickbed number: JC2024-0387. */
    static String homeSickbedNumber(RandomGenerator r) {
        return "JC" + (2015 + r.nextInt(11)) + "-" + digits(4, r);
    }

    /** A social-security card number: a letter and eight digits. */
    static String socialSecurityCard(RandomGenerator r) {
        return SS_LETTERS.charAt(r.nextInt(SS_LETTERS.length())) + digits(8, r);
    }

    /** A ten-digit personal medical-insurance number. */
    static String personalInsuranceNumber(RandomGenerator r) {
        return (1 + r.nextInt(2)) + digits(9, r);
    }

    /** An LTC insured number: CH on an area code with six digits. */
    static String ltcInsuredNumber(RandomGenerator r) {
        return "CH" + pick(AREA, r) + digits(6, r);
    }

    /** Where the label says only 参保编号 or insurance no.: any of the three. */
    static String insuranceNumber(RandomGenerator r) {
        return switch (r.nextInt(3)) {
            case 0 -> socialSecurityCard(r);
            case 1 -> personalInsuranceNumber(r);
            default -> ltcInsuredNumber(r);
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

    /** 1938年4月9日, 1938-04-09, 1938.4.9, 一九三八年四月九日, 38年4月9号, 19380409; born 1925 to 1994. */
    static String birthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(70), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        return switch (r.nextInt(6)) {
            case 0 -> y + "年" + m + "月" + d + "日";
            case 1 -> String.format("%d-%02d-%02d", y, m, d);
            case 2 -> y + "." + m + "." + d;
            case 3 -> IdentifierForms.chineseYear(y) + "年" + IdentifierForms.chineseNumber(m) + "月"
                    + IdentifierForms.chineseNumber(d) + "日";
            case 4 -> String.format("%02d", y % 100) + "年" + m + "月" + d + "号";
            default -> String.format("%d%02d%02d", y, m, d);
        };
    }

    /** The 出生年月 of factory forms: 1938.04, 1938年4月; born 1925 to 1965. */
    static String birthMonth(RandomGenerator r) {
        int y = 1925 + r.nextInt(41), m = 1 + r.nextInt(12);
        return r.nextBoolean() ? String.format("%d.%02d", y, m) : y + "年" + m + "月";
    }

    /** A day of a lunar month: 初八, 十五, 二十, 廿三, 三十. */
    static String lunarDay(int d) {
        if (d <= 10) return "初" + IdentifierForms.chineseNumber(d);
        if (d < 20) return "十" + NUMERALS.charAt(d - 10);
        if (d == 20) return "二十";
        if (d < 30) return "廿" + NUMERALS.charAt(d - 20);
        return "三十";
    }

    /** A lunar date of birth, 1925 to 1960: 农历1938年腊月初八, 阴历三八年冬月十五. */
    static String lunarBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(36), m = r.nextInt(12), d = 1 + r.nextInt(30);
        String month = LUNAR_MONTHS.charAt(m) + "月";
        return r.nextBoolean() ? "农历" + y + "年" + month + lunarDay(d)
                : "阴历" + NUMERALS.charAt(y / 10 % 10) + NUMERALS.charAt(y % 10) + "年" + month + lunarDay(d);
    }

    /** As English documents write it: 9 April 1938, Apr 9, 1938, 09 Apr 1938; born 1925 to 1964. */
    static String englishBirthDate(RandomGenerator r) {
        int y = 1925 + r.nextInt(40), m = 1 + r.nextInt(12), d = 1 + r.nextInt(28);
        String month = MONTHS.get(m - 1);
        return switch (r.nextInt(3)) {
            case 0 -> d + " " + month + " " + y;
            case 1 -> month.substring(0, 3) + " " + d + ", " + y;
            default -> String.format("%02d %s %d", d, month.substring(0, 3), y);
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
            case "MH" -> out.write(hangul(people[3]), EntityKind.NAME);
            case "MY" -> out.write(passportName(people[3]), EntityKind.NAME);
            case "NM" -> out.write(pick(MINORITY, random), EntityKind.NAME);
            case "NY" -> out.write(pinyinName(pick(PINYIN, random), random), EntityKind.NAME);
            case "E", "E2", "E3" -> out.write(pick(ENGLISH, random).replace('|', ' '), EntityKind.NAME);
            case "ES" -> out.write(family(pick(ENGLISH, random)), EntityKind.NAME);
            case "EG" -> out.write(given(pick(ENGLISH, random)), EntityKind.NAME);
            case "ID" -> out.write(idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> out.write(mobile(random), EntityKind.PHONE);
            case "MV" -> out.write(spokenMobile(random), EntityKind.PHONE);
            case "MX" -> out.write(foreignMobile(random), EntityKind.PHONE);
            case "MK" -> out.write(koreanMobile(random), EntityKind.PHONE);
            case "L" -> out.write(landline(random), EntityKind.PHONE);
            case "LO" -> out.write(oldLandline(random), EntityKind.PHONE);
            case "RZ" -> out.write(inpatientNumber(random), EntityKind.MEDICAL_RECORD);
            case "RM" -> out.write(outpatientCard(random), EntityKind.MEDICAL_RECORD);
            case "RA" -> out.write(healthArchiveNumber(random), EntityKind.MEDICAL_RECORD);
            case "RJ" -> out.write(homeSickbedNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> out.write(insuranceNumber(random), EntityKind.INSURANCE);
            case "IP" -> out.write(personalInsuranceNumber(random), EntityKind.INSURANCE);
            case "IC" -> out.write(ltcInsuredNumber(random), EntityKind.INSURANCE);
            case "B" -> out.write(bankCard(random), EntityKind.BANK_CARD);
            case "A" -> out.write(address(random.nextInt(3) > 0, false, random), EntityKind.ADDRESS);
            case "A0" -> out.write(address(false, true, random), EntityKind.ADDRESS);
            case "DOB" -> out.write(birthDate(random), EntityKind.BIRTH_DATE);
            case "DOBM" -> out.write(birthMonth(random), EntityKind.BIRTH_DATE);
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
                || Stream.concat(CHINESE.stream(), MINORITY.stream()).anyMatch(n -> surnameOf(n).equals(w))
                || CHINESE.stream().anyMatch(n -> addressedGivenName(n).equals(w))
                || ENGLISH.stream().anyMatch(n -> family(n).equals(w) || given(n).equals(w));
    }

    /** The pool name a labelled value writes in full, or null when the value (a surname, a given name) names no one in
     * full. Hangul and passport forms stand for the name in characters. */
    static String fullNameOf(String w) {
        if (CHINESE.contains(w) || MINORITY.contains(w) || NICKNAMES.contains(w)) return w;
        if (isScannedName(w)) return w.replaceAll("[ \n\u3000]", "");
        for (String k : KOREAN) {
            String[] p = k.split("\\|");
            if (p[1].equals(w) || p[2].equals(w)) return p[0];
        }
        if (pinyinForms().contains(w)) return w;
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

package com.yilian.agents.deid;

import java.util.List;

/**
 * Template groups that were each first measured blind once and then used to revise the rules: development data
 * since. {@code FORMER_BLIND_2} (formerly {@code BlindTemplates.BLIND_2}) was written with the rules frozen and
 * measured once (seed 20261125: recall 0.9313, precision 0.9348, names 0.9096 / 0.9142); {@code DEVELOPMENT_3} was
 * written after that, before any rule was changed, and measured once as a mini-blind (see the module README).
 */
final class DevelopmentTemplates {
    static final List<String> FORMER_BLIND_2 = List.of(
            // Referral letters
            "转诊介绍信：兹有患者{P}，{SEX}，{AGE}岁，因{DIS}转至贵院{DEPT}，望予诊治。此致 敬礼！转出医师：{DR}",
            "尊敬的{DS}主任：现转诊{P}一名，既往{DIS}，近期{SYM}{DUR}，请协助诊治。",
            "双向转诊回转单：{P}（身份证号{ID}）经{HOSP}治疗后病情稳定，转回社区继续随访。",
            "转诊联系人：{F}，与患者关系：{KIN}，手机{M}，家庭地址{A}。",
            "接收医院：{HOSP}；接诊科室：{DEPT}；接诊医生：{DR}；患者：{P}；联系电话：{M}。",
            "Referral: {E2}, {AGE} years old, known {DIS_EN}, referred to {HOSP} by Dr. {ES}.",
            // Nursing notes
            "护理记录：{D} 08:00 {P}神志清，精神可，诉{SYM}，遵医嘱予{DRUG}{DOSE}，责任护士{DR}。",
            "夜班护士{DR}巡视：{AGE}床{P}睡眠差，{SYM}，已报告值班医生{DS}医师。",
            "{P}家属{F}陪护，已告知防跌倒注意事项，{F}表示理解。",
            "交接班记录：{P}今日行{EXAM}，术后安返病房，{DR}护士已交代注意事项。",
            "健康宣教对象：患者本人及其{KIN}{F}；宣教护士：{DR}；宣教内容：{DIS}饮食指导。",
            "患者{MN}，{SEX}，{AGE}岁，维吾尔族，入院时{SYM}，翻译由其{KIN}{F}协助。",
            "{MN}的家属诉其夜间{SYM}，已通知{DS}医生。",
            // Discharge summaries
            "出院小结 姓名：{P} 住院号：{R} 入院日期：{D} 出院日期：{D} 出院诊断：{DIS}",
            "出院医嘱：{DRUG}{DOSE}，{D}至{HOSP}{DEPT}复诊，如有不适及时联系{DR}医生（{L}）。",
            "经治疗{P}病情好转，于{D}办理出院，由{KIN}{F}接回家中（{A}）。",
            "主治医师{DR}、住院医师{DR}共同查房后同意{P}出院。",
            "出院时{P}一般情况可，{LAB}，嘱低盐低脂饮食，戒烟限酒。",
            "Discharge summary: {E} was discharged on {D}; follow-up with {E2} at the clinic.",
            // Phone follow-up records
            "电话随访：{D}随访人{DR}，被随访人{P}，电话{M}，诉{SYM}较前减轻，继续{DRUG}治疗。",
            "{D}电话回访{P}家属{F}，{F}称患者已按时服药，无不良反应。",
            "随访未成功：拨打{M}无人接听，{D}再次联系{P}。",
            "{F}来电咨询{P}的{EXAM}报告，已告知到{DEPT}领取。",
            "慢病随访卡：{P}，医保卡号{I}，{DIS}，随访医生{DR}，下次随访{D}。",
            "Phone follow-up: spoke with {E2} (daughter of {E}), who reports no fever since {D}.",
            // Family history
            "家族史：父亲{F}患{DIS}，母亲体健，否认家族遗传病史。",
            "家族史：其{KIN}有{DIS}病史，已故；兄弟姐妹体健。患者{P}否认家族性{DIS2}。",
            "{P}之母{F}于{D}因{DIS}去世，享年{AGE}岁。",
            "婚育史：已婚，配偶{F}体健，育有一子一女。",
            // Admission, consent, administration
            "入院记录：患者{P}，{SEX}，{AGE}岁，出生于{DOB}，籍贯{A0}，因“{SYM}{DUR}”入院。",
            "知情同意书签署人：{F}（患者{KIN}），身份证号码：{ID}，联系电话：{M}。",
            "授权委托书：本人{P}委托{F}代为办理住院及医保报销手续。",
            "缴费凭证：{P}，门诊号{R}，社保卡号{I}，已缴费。",
            "退费申请：申请人{F}，收款银行卡{B}，开户人{F}，原因：取消{EXAM}。",
            "{DS}主任查房意见：{P}诊断明确，{DIS}，建议完善{EXAM}后再议手术。",
            "多学科会诊：参加人员{DR}（{DEPT}）、{DS}教授；患者{P}，{DIS}。",
            "患者{MN}，身份证号{ID}，现住址{A}，联系人{F}，电话{M}。",
            "病史由患者本人及其{KIN}{F}提供，可靠。{P}既往{DIS}{DUR}。",
            "化验单：姓名 {P}  性别 {SEX}  年龄 {AGE}岁  标本号 {CODE}  {LAB}",
            "医患沟通记录：{D}，{DR}医师与患者{P}及家属{F}沟通病情及治疗方案。",
            "Consent signed by {E} (patient) and witnessed by nurse {E2}; ID {ID}.",
            "紧急联系人（{KIN}）：{F}，住址：{A}，手机号码：{M}，座机{L}。",
            "{P}，{AGE}岁，{DOB}生，{DIS}，{D}在{HOSP}行{EXAM}，报告医师{DR}。",
            "社区首诊：{P}由{F}陪同就诊，诉{SYM}{DUR}，测血压{BP}，转诊至{HOSP}。");

    // Ward rounds, nursing handovers, emergency and outpatient notes, lab reports and English letters, written
    // before the revision that followed FORMER_BLIND_2; names in roles, kinship and positions the rules had not seen.
    static final List<String> DEVELOPMENT_3 = List.of(
            // Ward rounds
            "{D}查房记录：{DR}副主任医师带领管床医生{DS}医生查房，{P}诉昨夜睡眠欠佳，余无特殊。",
            "上级医师查房：{P}目前{DIS}诊断成立，嘱完善{EXAM}，管床医生{DR}执行。",
            "首次病程记录：{P}，{SEX}，{AGE}岁，主因{SYM}{DUR}入院，门诊以{DIS}收入我科。",
            "{TIME}查房，{P}精神好转，{LAB}，继续{DRUG}{DOSE}。",
            "主刀医生{DR}，麻醉医生{DS}医生，巡回护士{F}；手术名称：{EXAM}。",
            "会诊记录：应{DEPT}邀请，{DR}医师会诊，{P}考虑{DIS}，建议{DRUG}{DOSE}。",
            // Nursing handovers
            "护理交班：{AGE}床{P}，{DIS}术后第2天，体温{TEMP}，引流通畅，白班护士已交代{KIN}{F}注意事项。",
            "夜间{P}诉{SYM}，值班医生到场查看，予{DRUG}{DOSE}后缓解。",
            "责任护士：{DR} 护理级别：一级 饮食：低盐低脂 {P}跌倒风险评分5分",
            "{TIME} 巡视病房，{P}安静入睡，陪护{F}在床旁。",
            "实习护士{DR}在带教老师{DS}老师指导下为{P}留置胃管。",
            "入院宣教已完成，{P}及其儿媳{F}知晓病区环境、探视制度。",
            "{DEPT}护士站：{AGE}床{P}家属来电，找主管医生{DR}，已转告。",
            // Emergency notes
            "急诊病历：{P}由120送入，{SYM}{DUR}，血压{BP}，心率{HR}次/分，分诊护士{DR}。",
            "患者由其外甥{F}送至急诊，自述{SYM}，既往{DIS}。",
            "抢救记录：{TIME}{P}突发意识不清，{DR}医师立即予胸外按压，{TIME}恢复自主心律。",
            "急诊留观：{P}，{AGE}岁，{DIS}？嘱{KIN}{F}密切观察，如有{SYM}加重随时就诊。",
            "接诊时{P}面色苍白，四肢湿冷，立即开放静脉通路。",
            // Outpatient notes
            "门诊记录 {D} {DEPT} 就诊者：{P} 年龄：{AGE}岁 主诉：{SYM}{DUR} 处理：{DRUG}{DOSE}",
            "复诊：{P}服药后{SYM}减轻，血压{BP}，建议继续随诊，签约家庭医生{DR}。",
            "{P}携{EXAM}报告来诊，报告提示{DIS}可能，建议至{HOSP}进一步诊治。",
            "孕妇{P}，孕28周，产检医生{DR}，丈夫{F}陪同，电话{M}。",
            "儿保门诊：患儿{P}，{DOB}出生，由奶奶{F}带来体检，身长体重正常。",
            "门诊收费：{P}，医保卡{I}，自费金额35元，收费员{DR}。",
            "出院随访：{D}由社区医生{DR}电话随访，{P}血糖控制可，{SYM}未再发作。",
            // Lab and imaging reports
            "检验报告单 患者姓名：{P} 送检科室：{DEPT} 标本类型：血清 {LAB} 检验者：{DR} 审核者：{F}",
            "病理报告：{P}，住院号{R}，{EXAM}活检示慢性炎症，报告医生{DR}",
            "危急值报告：{D}{TIME}检验科{DR}电话通知{DEPT}护士{F}，{P}血钾2.8mmol/L。",
            "影像报告：{P}，{SEX}，{AGE}岁，检查号{CODE}，{EXAM}未见明显异常。诊断医师：{DR}",
            "{P}今晨空腹抽血，{LAB}；曾于{HOSP}行{EXAM}，余无特殊。",
            // English letters and notes
            "Dear Dr. {ES}, thank you for seeing {E3}, a {AGE}-year-old with {DIS_EN}. Yours sincerely, {E3}",
            "Referral from {HOSP}: {E3} (DOB {DOB}) was seen in the Emergency Department on {D}; Chest X-ray clear.",
            "Nursing note: {E3} ambulating independently, wife {E3} at bedside, Foley catheter removed.",
            "Attending: {E3}. Resident: {E3}. Patient: {E}, MRN {R}.",
            "{E3} called on Monday asking about her Holter results; call back on {M}.",
            "Please contact the patient's son, {E3}, on {M} before discharge in March.",
            // Family, consent, transfers
            "患者{P}之妻{F}要求出院后转当地医院康复治疗，已签字。",
            "其子{F}（{M}）代诉：患者近3天{SYM}，食欲差。",
            "知情同意：患方代表{F}，与患者关系为{KIN}，已详细告知{EXAM}风险。",
            "转科记录：{P}因{DIS}由{DEPT}转入，转出医生{DR}转入医生{DS}医生",
            "患者{MN}由其{KIN}{F}陪同，汉语交流困难，康复医生已到场评估。");

    private DevelopmentTemplates() {
    }
}

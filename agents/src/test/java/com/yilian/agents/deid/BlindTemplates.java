package com.yilian.agents.deid;

import java.util.List;

/**
 * Templates written after the last revision of the rules, with the rules frozen, and measured once
 * ({@link DeidEvaluationTest#BLIND_2_SEED}). Their results must never be used to change the rules: once they are,
 * they become development data like {@link ClinicalTextGenerator#FORMER_BLIND} and a new blind group is needed.
 */
final class BlindTemplates {
    static final List<String> BLIND_2 = List.of(
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
}

package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled synthetic Chinese clinical records (主诉、现病史、联系方式、家属、转诊单…) with identifiers in varied
 * positions and decoy clinical content. History of the template groups: {@code DEVELOPMENT} templates were used
 * while writing the rules; {@code REVIEWED}, then {@code UNSEEN}, then {@code FRESH} ones were each first measured
 * blind and then used to revise them. {@code FORMER_BLIND} (formerly {@code BLIND}) was measured blind at recall
 * 0.959 (names 0.935, seed 20261124) and has since been development data: its misses were analysed and the rules
 * revised on them (larger surname list, clause-initial names, closing brackets, name propagation, English surname
 * list). {@link DevelopmentTemplates#FORMER_BLIND_2} was written after that revision, with the rules frozen, measured
 * once (recall 0.931, names 0.910) and then used, with {@link DevelopmentTemplates#DEVELOPMENT_3} (measured once
 * before use as well), for the next revision: both are development data since.
 */
final class ClinicalTextGenerator {
    static final List<String> DEVELOPMENT = List.of(
            "患者{P}，{SEX}，{AGE}岁，因{SYM}{DUR}就诊于{HOSP}{DEPT}。",
            "主诉：{SYM}{DUR}。现病史：{P}自诉既往有{DIS}病史，长期服用{DRUG}{DOSE}。",
            "联系方式：{M}，家属{F}（{KIN}）。",
            "{DS}医生查房后建议加用{DRUG}{DOSE}，{D}复查{LAB}。",
            "家庭住址：{A}。",
            "身份证号：{ID}，出生日期：{DOB}。",
            "住院号：{R}，医保卡号：{I}。",
            "退费请转入银行卡{B}（开户名：{P}）。",
            "转诊单：患者{P}，{AGE}岁，诊断{DIS}，转至{HOSP}{DEPT}，接诊医师{DR}。",
            "患者{E}，外籍，电话{M}，{D}在{DEPT}就诊。",
            "既往史：{DIS}{DUR}，否认{DIS2}，{D}于{HOSP}行{EXAM}。",
            "主治医师：{DR}；记录时间{D}；{LAB}。",
            "紧急联系人{F}，电话{L}。",
            "{P}，{SEX}，{AGE}岁，门诊号{R}。");
    // Measured blind once (first evaluation), then looked at while the rules were revised.
    static final List<String> REVIEWED = List.of(
            "今日{F}陪同来诊，诉{SYM}加重，予{DRUG}{DOSE}。",
            "已电话告知{F}病情，{F}表示理解并签字。",
            "{E} was admitted on {D} with {DIS_EN}; contact Dr. {ES} at {M}.",
            "现住{A0}，户籍地址：{A}。",
            "患者生于{DOB}，{D}首次确诊{DIS}，年龄{AGE}岁。",
            "紧急联系人：{F}，手机：{M}；座机：{L}。",
            "病案号{R}，社保号为{I}，身份证{ID}。",
            "与患者{KIN}{F}沟通后，同意行{EXAM}。",
            "{DR}{TITLE}于{D}随访，血压{BP}，嘱继续{DRUG}治疗。",
            "门诊号：{R}；{P}，{DOB}出生，身份证号{ID}。",
            "出院后请至{HOSP}{DEPT}复诊，联系人{E}先生，电话{M}。",
            "检验条码{CODE}，{LAB}，{DIS}待排，请{DS}主任会诊。",
            "{P}的女儿{F}代为签署知情同意书。",
            "银行卡号：{B}，持卡人{P}，医保号：{I}。",
            "{D}{DEPT}{DR}接诊，查体：体温{TEMP}，心率{HR}次/分。",
            "家住{A0}的{P}今晨出现{SYM}。");
    // Measured blind once (second evaluation), then looked at while the rules were revised again.
    static final List<String> UNSEEN = List.of(
            "患者姓名：{P}  性别：{SEX}  年龄：{AGE}岁  出生日期：{DOB}  联系电话：{M}",
            "{P}于{D}因{SYM}到我院就诊，既往{DIS}病史。",
            "护士{DR}为{P}完成{EXAM}前准备。",
            "Patient {E}, DOB {DOB}, phone {M}, lives at {A}.",
            "病人家属{F}电话未接通，已短信通知。",
            "经{DR}主任医师审核，同意{P}转上级医院。",
            "患者{P}（{AGE}岁）诉{SYM}，其{KIN}{F}补充病史。",
            "回访记录：{D}电话随访{P}（{M}），{P}诉症状好转。",
            "身份证：{ID}；医保：{I}；住址{A}。",
            "开户行：中国工商银行，卡号{B}，户名{P}。",
            "{F}（{KIN}，{M}）代{P}取药：{DRUG}{DOSE}。",
            "住院病案号：{R}，{P}，{SEX}，{DOB}生，{AGE}岁。",
            "致{P}：您的{EXAM}结果已出，请于{D}前来{HOSP}{DEPT}复诊。",
            "Referred by Dr. {E} from {HOSP}; family contact {E} ({M}).",
            "{DS}大夫建议{P}低盐饮食，监测{LAB}。");
    // Measured blind once (third evaluation), then looked at while the rules were revised a last time.
    static final List<String> FRESH = List.of(
            "入院记录 姓名：{P} 性别：{SEX} 年龄：{AGE}岁 住院号：{R} 入院日期：{D}",
            "{DR}副主任医师查看患者后指示：完善{EXAM}，予{DRUG}{DOSE}。",
            "患儿{P}，{AGE}岁，由其{KIN}{F}抱入诊室。",
            "交班：{AGE}床{P}，{DIS}，夜间{SYM}，已通知{DS}医生。",
            "术前谈话：向患者及家属{F}交代手术风险，{F}表示知情。",
            "快递寄送病历至{A}，收件人{P}，{M}。",
            "Mr. {ES} (father of the patient) can be reached at {M}.",
            "医保卡号{I}，社保卡号{I}，报销账户{B}。",
            "电话号码{L}（家），{M}（本人）。",
            "患者{P}自{D}起服用{DRUG}，{DOB}出生，现年{AGE}岁。",
            "随访护士{DR}：{D}电话联系{P}，未接通。",
            "患者家住{A}，距我院约5公里。",
            "Family members {E} and {E} visited on {D}.",
            "签名：{DR}  日期：{D}",
            "{P}（身份证{ID}）今日办理出院。");
    // Measured blind once (fourth evaluation), then used to revise the rules: development data since.
    static final List<String> FORMER_BLIND = List.of(
            "病程记录：{D}，{DR}主治医师查房，患者{P}诉{SYM}较前缓解。",
            "患者{P}之{KIN}{F}，联系电话{M}，要求复印病历。",
            "会诊意见（{DEPT}{DR}）：考虑{DIS}，建议加用{DRUG}{DOSE}。",
            "户籍：{A}；现居：{A0}；邮编{CODE}。",
            "{P}, female, {AGE} y/o, ID {ID}, presented with chest pain.",
            "就诊人：{P}；证件号码：{ID}；医保卡：{I}；就诊卡号：{R}。",
            "今晨{DS}护士长巡视病房，{P}生命体征平稳。",
            "预约挂号成功：{P}，{D}上午，{HOSP}{DEPT}，请携带身份证{ID}。",
            "家属{F}称患者{P}近一周食欲下降。",
            "出生：{DOB}；民族：汉；职业：退休；联系人：{F}（{KIN}）{M}。",
            "退款账户：{B}，账户名{F}。",
            "Dr. {ES} reviewed the CT with {E} on {D}.",
            "{F}代患者签字，关系：{KIN}，电话{L}。",
            "门诊病历 {D} {DEPT} 医师：{DR} 患者：{P} 主诉：{SYM}{DUR}。");
    private static final List<String> DRUGS = List.of("阿莫西林", "布洛芬", "二甲双胍", "阿司匹林", "氨氯地平", "阿托伐他汀",
            "头孢克肟", "奥美拉唑", "硝苯地平", "胰岛素", "左氧氟沙星", "氯吡格雷", "甲硝唑", "连花清瘟胶囊", "Amoxicillin");
    private static final List<String> DISEASES = List.of("高血压", "2型糖尿病", "冠心病", "慢性阻塞性肺疾病", "社区获得性肺炎",
            "急性胃肠炎", "脑梗死", "帕金森病", "类风湿关节炎", "慢性肾病3期", "甲状腺功能亢进", "支气管哮喘", "白细胞减少症");
    private static final List<String> HOSPITALS = List.of("协和医院", "北京协和医院", "华西医院", "复旦大学附属中山医院",
            "市第一人民医院", "浙江大学医学院附属第一医院", "县人民医院", "朝阳区社区卫生服务中心", "同仁医院", "湘雅医院",
            "仁济医院", "中日友好医院", "上级医院");
    private static final List<String> DEPTS = List.of("心内科", "呼吸科", "消化内科", "内分泌科", "神经内科", "全科", "急诊科",
            "骨科", "儿科", "肾内科", "普外科");
    private static final List<String> SYMPTOMS = List.of("胸痛", "咳嗽咳痰", "发热", "头晕", "腹痛", "气促", "心悸", "乏力",
            "双下肢水肿", "关节疼痛");
    private static final List<String> LABS = List.of("血常规：WBC 11.2×10^9/L", "空腹血糖7.8mmol/L", "肌酐132μmol/L",
            "HbA1c 7.2%", "CRP 35mg/L", "血钾3.4mmol/L", "LDL-C 3.6mmol/L");
    private static final List<String> EXAMS = List.of("胸部CT", "冠脉造影", "胃镜检查", "心脏彩超", "腹部B超", "头颅MRI");
    private static final List<String> KIN = List.of("儿子", "女儿", "丈夫", "妻子", "母亲", "父亲", "配偶");
    private static final List<String> TITLES = List.of("医生", "主任", "护士", "大夫", "教授");
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9_]+)}");

    private final Random random;
    private final SyntheticValues v;
    private final List<String> templates;
    /** A blind set's own people and slots, or null: the development pools of SyntheticValues. */
    private final OwnPools own;

    /**
     * A blind set draws its people from pools of its own, which the rules have never seen, also when only some of its
     * templates are used; later sets also fill slots and write identifiers in forms of their own (see BlindNTemplates).
     */
    private record OwnPools(Function<RandomGenerator, String> chineseName, Function<RandomGenerator, String> minorityName,
                            SlotFiller slots) {
    }

    /** Fills a slot the set treats its own way; false leaves it to the common slots. */
    private interface SlotFiller {
        boolean fill(String slot, String[] people, StringBuilder text, List<Span> gold);
    }

    /** A blind set's own slots, written in its BlindNTemplates: the slot's value goes to the writer, true when filled. */
    interface SetSlots {
        boolean fill(String slot, String[] people, RandomGenerator random, LabelWriter out);
    }

    /** A blind set from BLIND_11 on: its pools and its own slots, all in its BlindNTemplates. */
    private record SlotSet(Predicate<List<String>> uses, Function<RandomGenerator, String> chineseName,
                           Function<RandomGenerator, String> minorityName, SetSlots fill) {
    }

    /** The blind sets that fill their own slots; a new set adds its line here. */
    private static final List<SlotSet> SLOT_SETS = List.of(
            new SlotSet(Blind11Templates::uses, Blind11Templates::chineseName, Blind11Templates::minorityName,
                    Blind11Templates::fill),
            new SlotSet(Blind12Templates::uses, Blind12Templates::chineseName, Blind12Templates::minorityName,
                    Blind12Templates::fill),
            new SlotSet(Blind13Templates::uses, Blind13Templates::chineseName, Blind13Templates::minorityName,
                    Blind13Templates::fill),
            new SlotSet(Blind14Templates::uses, Blind14Templates::chineseName, Blind14Templates::minorityName,
                    Blind14Templates::fill),
            new SlotSet(Blind15Templates::uses, Blind15Templates::chineseName, Blind15Templates::minorityName,
                    Blind15Templates::fill),
            new SlotSet(Blind16Templates::uses, Blind16Templates::chineseName, Blind16Templates::minorityName,
                    Blind16Templates::fill),
            new SlotSet(Blind17Templates::uses, Blind17Templates::chineseName, Blind17Templates::minorityName,
                    Blind17Templates::fill),
            new SlotSet(Blind18Templates::uses, Blind18Templates::chineseName, Blind18Templates::minorityName,
                    Blind18Templates::fill),
            new SlotSet(Blind19Templates::uses, Blind19Templates::chineseName, Blind19Templates::minorityName,
                    Blind19Templates::fill),
            new SlotSet(Blind20Templates::uses, Blind20Templates::chineseName, Blind20Templates::minorityName,
                    Blind20Templates::fill),
            new SlotSet(Blind21Templates::uses, Blind21Templates::chineseName, Blind21Templates::minorityName,
                    Blind21Templates::fill),
            new SlotSet(Blind22Templates::uses, Blind22Templates::chineseName, Blind22Templates::minorityName,
                    Blind22Templates::fill),
            new SlotSet(Blind23Templates::uses, Blind23Templates::chineseName, Blind23Templates::minorityName,
                    Blind23Templates::fill),
            new SlotSet(Blind24Templates::uses, Blind24Templates::chineseName, Blind24Templates::minorityName,
                    Blind24Templates::fill),
            new SlotSet(Blind25Templates::uses, Blind25Templates::chineseName, Blind25Templates::minorityName,
                    Blind25Templates::fill),
            new SlotSet(Blind26Templates::uses, Blind26Templates::chineseName, Blind26Templates::minorityName,
                    Blind26Templates::fill),
            new SlotSet(Blind27Templates::uses, Blind27Templates::chineseName, Blind27Templates::minorityName,
                    Blind27Templates::fill),
            new SlotSet(Blind28Templates::uses, Blind28Templates::chineseName, Blind28Templates::minorityName,
                    Blind28Templates::fill),
            new SlotSet(Blind29Templates::uses, Blind29Templates::chineseName, Blind29Templates::minorityName,
                    Blind29Templates::fill),
            new SlotSet(Blind30Templates::uses, Blind30Templates::chineseName, Blind30Templates::minorityName,
                    Blind30Templates::fill),
            new SlotSet(Blind31Templates::uses, Blind31Templates::chineseName, Blind31Templates::minorityName,
                    Blind31Templates::fill),
            new SlotSet(Blind32Templates::uses, Blind32Templates::chineseName, Blind32Templates::minorityName,
                    Blind32Templates::fill),
            new SlotSet(Blind33Templates::uses, Blind33Templates::chineseName, Blind33Templates::minorityName,
                    Blind33Templates::fill),
            new SlotSet(Blind34Templates::uses, Blind34Templates::chineseName, Blind34Templates::minorityName,
                    Blind34Templates::fill),
            new SlotSet(Blind35Templates::uses, Blind35Templates::chineseName, Blind35Templates::minorityName,
                    Blind35Templates::fill),
            new SlotSet(Blind36Templates::uses, Blind36Templates::chineseName, Blind36Templates::minorityName,
                    Blind36Templates::fill),
            new SlotSet(Blind37Templates::uses, Blind37Templates::chineseName, Blind37Templates::minorityName,
                    Blind37Templates::fill),
            new SlotSet(Blind38Templates::uses, Blind38Templates::chineseName, Blind38Templates::minorityName,
                    Blind38Templates::fill),
            new SlotSet(Blind39Templates::uses, Blind39Templates::chineseName, Blind39Templates::minorityName,
                    Blind39Templates::fill),
            new SlotSet(Blind40Templates::uses, Blind40Templates::chineseName, Blind40Templates::minorityName,
                    Blind40Templates::fill),
            new SlotSet(Blind41Templates::uses, Blind41Templates::chineseName, Blind41Templates::minorityName,
                    Blind41Templates::fill),
            new SlotSet(Blind42Templates::uses, Blind42Templates::chineseName, Blind42Templates::minorityName,
                    Blind42Templates::fill),
            new SlotSet(Blind43Templates::uses, Blind43Templates::chineseName, Blind43Templates::minorityName,
                    Blind43Templates::fill),
            new SlotSet(Blind44Templates::uses, Blind44Templates::chineseName, Blind44Templates::minorityName,
                    Blind44Templates::fill),
            new SlotSet(Blind45Templates::uses, Blind45Templates::chineseName, Blind45Templates::minorityName,
                    Blind45Templates::fill),
            new SlotSet(Blind46Templates::uses, Blind46Templates::chineseName, Blind46Templates::minorityName,
                    Blind46Templates::fill),
            new SlotSet(Blind47Templates::uses, Blind47Templates::chineseName, Blind47Templates::minorityName,
                    Blind47Templates::fill),
            new SlotSet(Blind48Templates::uses, Blind48Templates::chineseName, Blind48Templates::minorityName,
                    Blind48Templates::fill),
            new SlotSet(Blind49Templates::uses, Blind49Templates::chineseName, Blind49Templates::minorityName,
                    Blind49Templates::fill),
            new SlotSet(Blind50Templates::uses, Blind50Templates::chineseName, Blind50Templates::minorityName,
                    Blind50Templates::fill),
            new SlotSet(Blind51Templates::uses, Blind51Templates::chineseName, Blind51Templates::minorityName,
                    Blind51Templates::fill),
            new SlotSet(Blind52Templates::uses, Blind52Templates::chineseName, Blind52Templates::minorityName,
                    Blind52Templates::fill),
            new SlotSet(Blind53Templates::uses, Blind53Templates::chineseName, Blind53Templates::minorityName,
                    Blind53Templates::fill),
            new SlotSet(Blind54Templates::uses, Blind54Templates::chineseName, Blind54Templates::minorityName,
                    Blind54Templates::fill),
            new SlotSet(Blind55Templates::uses, Blind55Templates::chineseName, Blind55Templates::minorityName,
                    Blind55Templates::fill),
            new SlotSet(Blind56Templates::uses, Blind56Templates::chineseName, Blind56Templates::minorityName,
                    Blind56Templates::fill),
            new SlotSet(Blind57Templates::uses, Blind57Templates::chineseName, Blind57Templates::minorityName,
                    Blind57Templates::fill),
            new SlotSet(Blind58Templates::uses, Blind58Templates::chineseName, Blind58Templates::minorityName,
                    Blind58Templates::fill),
            new SlotSet(Blind59Templates::uses, Blind59Templates::chineseName, Blind59Templates::minorityName,
                    Blind59Templates::fill),
            new SlotSet(Blind60Templates::uses, Blind60Templates::chineseName, Blind60Templates::minorityName,
                    Blind60Templates::fill));

    /** Appends a value to the record and labels it with its kind. */
    interface LabelWriter {
        void write(String value, EntityKind kind);
    }

    private SlotFiller slots(SetSlots set) {
        return (slot, people, text, gold) -> set.fill(slot, people, random, (value, kind) -> label(text, gold, value, kind));
    }

    ClinicalTextGenerator(long seed, List<String> templates) {
        this.random = new Random(seed);
        this.v = new SyntheticValues(random);
        this.templates = templates;
        this.own = ownPools(templates);
    }

    private OwnPools ownPools(List<String> templates) {
        if (templates == Blind3Templates.BLIND_3) {
            return new OwnPools(Blind3Templates::chineseName, Blind3Templates::minorityName,
                    (slot, people, text, gold) -> fillBlind3(slot, people[2], text, gold));
        }
        if (Blind4Templates.uses(templates)) {
            return new OwnPools(Blind4Templates::chineseName, Blind4Templates::minorityName,
                    (slot, people, text, gold) -> fillBlind4(slot, people[2], text, gold));
        }
        if (Blind5Templates.uses(templates)) {
            return new OwnPools(Blind5Templates::chineseName, Blind5Templates::minorityName,
                    (slot, people, text, gold) -> fillBlind5(slot, people[2], text, gold));
        }
        if (Blind6Templates.uses(templates)) {
            return new OwnPools(Blind6Templates::chineseName, Blind6Templates::minorityName, this::fillBlind6);
        }
        if (Blind7Templates.uses(templates)) {
            return new OwnPools(Blind7Templates::chineseName, Blind7Templates::minorityName, this::fillBlind7);
        }
        if (Blind8Templates.uses(templates)) {
            return new OwnPools(Blind8Templates::chineseName, Blind8Templates::minorityName, this::fillBlind8);
        }
        if (Blind9Templates.uses(templates)) {
            return new OwnPools(Blind9Templates::chineseName, Blind9Templates::minorityName, this::fillBlind9);
        }
        if (Blind10Templates.uses(templates)) {
            return new OwnPools(Blind10Templates::chineseName, Blind10Templates::minorityName, this::fillBlind10);
        }
        for (SlotSet set : SLOT_SETS) {
            if (set.uses().test(templates)) {
                return new OwnPools(set.chineseName(), set.minorityName(), slots(set.fill()));
            }
        }
        return null;
    }

    List<LabelledRecord> generate(int n) {
        List<LabelledRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(record());
        return out;
    }

    /** One record: one to three sentences about the same patient, family member and doctor. */
    LabelledRecord record() {
        String patient = own == null ? v.chineseName() : own.chineseName().apply(random);
        String family = own == null ? v.chineseName() : own.chineseName().apply(random);
        String doctor = own == null ? v.chineseName() : own.chineseName().apply(random);
        String minority = own == null ? v.minorityName() : own.minorityName().apply(random);
        StringBuilder text = new StringBuilder();
        List<Span> gold = new ArrayList<>();
        int sentences = v.between(1, 3);
        for (int s = 0; s < sentences; s++) {
            String template = v.pick(templates);
            Matcher m = SLOT.matcher(template);
            int last = 0;
            while (m.find()) {
                text.append(template, last, m.start());
                fill(m.group(1), new String[] {patient, family, doctor, minority}, text, gold);
                last = m.end();
            }
            text.append(template.substring(last));
        }
        return new LabelledRecord(text.toString(), gold);
    }

    /** People of one record: patient, family member, doctor, and a patient with a minority name (MN). */
    private void fill(String slot, String[] people, StringBuilder text, List<Span> gold) {
        String p = people[0], f = people[1], dr = people[2];
        if (own != null && own.slots().fill(slot, people, text, gold)) {
            return;
        }
        switch (slot) {
            case "MN" -> label(text, gold, people[3], EntityKind.NAME);
            case "E2" -> label(text, gold, v.otherEnglishName(), EntityKind.NAME);
            case "E3" -> label(text, gold, v.thirdEnglishName(), EntityKind.NAME);
            case "P" -> label(text, gold, p, EntityKind.NAME);
            case "F" -> label(text, gold, f, EntityKind.NAME);
            case "DR" -> label(text, gold, dr, EntityKind.NAME);
            case "DS" -> label(text, gold, SyntheticValues.surnameOf(dr), EntityKind.NAME);
            case "E" -> label(text, gold, v.englishName(), EntityKind.NAME);
            case "ES" -> label(text, gold, v.pick(SyntheticValues.EN_LAST), EntityKind.NAME);
            case "ID" -> label(text, gold, v.between(1, 10) == 1 ? v.legacyId() : v.residentId(), EntityKind.ID_NUMBER);
            case "M" -> label(text, gold, v.mobile(), EntityKind.PHONE);
            case "L" -> label(text, gold, v.landline(), EntityKind.PHONE);
            case "A" -> label(text, gold, v.address(v.between(0, 2) > 0), EntityKind.ADDRESS);
            case "A0" -> label(text, gold, v.address(false), EntityKind.ADDRESS);
            case "R" -> label(text, gold, v.recordNumber(), EntityKind.MEDICAL_RECORD);
            case "I" -> label(text, gold, v.insuranceNumber(), EntityKind.INSURANCE);
            case "B" -> label(text, gold, v.bankCard(), EntityKind.BANK_CARD);
            case "DOB" -> label(text, gold, v.formatDate(v.birth()), EntityKind.BIRTH_DATE);
            case "D" -> text.append(v.visitDate());
            case "SEX" -> text.append(v.between(0, 1) == 0 ? "男" : "女");
            case "AGE" -> text.append(v.between(1, 95));
            case "DUR" -> text.append(v.between(1, 30)).append(v.pick(List.of("天", "周", "月", "年")));
            case "DOSE" -> text.append(v.pick(List.of("0.5g tid", "10mg qd", "500mg bid", "20mg qn", "1片 qd")));
            case "DRUG" -> text.append(v.pick(DRUGS));
            case "DIS", "DIS2" -> text.append(v.pick(DISEASES));
            case "DIS_EN" -> text.append(v.pick(List.of("Pneumonia", "Type 2 Diabetes", "Parkinson's disease")));
            case "HOSP" -> text.append(v.pick(HOSPITALS));
            case "DEPT" -> text.append(v.pick(DEPTS));
            case "SYM" -> text.append(v.pick(SYMPTOMS));
            case "LAB" -> text.append(v.pick(LABS));
            case "EXAM" -> text.append(v.pick(EXAMS));
            case "KIN" -> text.append(v.pick(KIN));
            case "TITLE" -> text.append(v.pick(TITLES));
            case "BP" -> text.append(v.between(100, 180)).append('/').append(v.between(60, 110)).append("mmHg");
            case "CODE" -> text.append(v.digits(v.between(10, 14)));
            case "TEMP" -> text.append(v.between(36, 39)).append('.').append(v.between(0, 9)).append("℃");
            case "HR" -> text.append(v.between(55, 130));
            case "TIME" -> text.append(String.format("%02d:%02d", v.between(0, 23), v.between(0, 59)));
            default -> throw new IllegalArgumentException("unknown slot " + slot);
        }
    }

    private boolean fillBlind3(String slot, String doctor, StringBuilder text, List<Span> gold) {
        switch (slot) {
            case "DS" -> label(text, gold, Blind3Templates.surnameOf(doctor), EntityKind.NAME);
            case "E", "E2", "E3" -> label(text, gold, Blind3Templates.englishName(random), EntityKind.NAME);
            case "ES" -> label(text, gold, Blind3Templates.englishSurname(random), EntityKind.NAME);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean fillBlind4(String slot, String doctor, StringBuilder text, List<Span> gold) {
        switch (slot) {
            case "DS" -> label(text, gold, Blind4Templates.surnameOf(doctor), EntityKind.NAME);
            case "E", "E2", "E3" -> label(text, gold, Blind4Templates.englishName(random), EntityKind.NAME);
            case "ES" -> label(text, gold, Blind4Templates.englishSurname(random), EntityKind.NAME);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean fillBlind5(String slot, String doctor, StringBuilder text, List<Span> gold) {
        switch (slot) {
            case "DS" -> label(text, gold, Blind5Templates.surnameOf(doctor), EntityKind.NAME);
            case "E", "E2", "E3" -> label(text, gold, Blind5Templates.englishName(random), EntityKind.NAME);
            case "ES" -> label(text, gold, Blind5Templates.englishSurname(random), EntityKind.NAME);
            case "ID" -> label(text, gold, Blind5Templates.idNumber(
                    v.between(1, 10) == 1 ? v.legacyId() : v.residentId(), random), EntityKind.ID_NUMBER);
            case "R" -> label(text, gold, Blind5Templates.recordNumber(v.recordNumber(), random),
                    EntityKind.MEDICAL_RECORD);
            case "M" -> label(text, gold, Blind5Templates.mobile(v.mobile(), random), EntityKind.PHONE);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean fillBlind6(String slot, String[] people, StringBuilder text, List<Span> gold) {
        switch (slot) {
            case "N" -> label(text, gold, Blind6Templates.chineseName(random), EntityKind.NAME);
            case "PX" -> label(text, gold, Blind6Templates.brokenName(people[0], random), EntityKind.NAME);
            case "DS" -> label(text, gold, Blind6Templates.surnameOf(people[2]), EntityKind.NAME);
            case "E", "E2", "E3" -> label(text, gold, Blind6Templates.englishName(random), EntityKind.NAME);
            case "ES" -> label(text, gold, Blind6Templates.englishSurname(random), EntityKind.NAME);
            case "EU" -> label(text, gold, Blind6Templates.englishUpper(random), EntityKind.NAME);
            case "EL" -> label(text, gold, Blind6Templates.englishFamilyFirst(random), EntityKind.NAME);
            case "EI" -> label(text, gold, Blind6Templates.englishInitial(random), EntityKind.NAME);
            case "ID" -> label(text, gold, Blind6Templates.idNumber(
                    v.between(1, 10) == 1 ? v.legacyId() : v.residentId(), random), EntityKind.ID_NUMBER);
            case "R" -> label(text, gold, Blind6Templates.recordNumber(v.recordNumber(), random),
                    EntityKind.MEDICAL_RECORD);
            case "M" -> label(text, gold, Blind6Templates.mobile(v.mobile(), random), EntityKind.PHONE);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean fillBlind7(String slot, String[] people, StringBuilder text, List<Span> gold) {
        switch (slot) {
            case "N" -> label(text, gold, Blind7Templates.chineseName(random), EntityKind.NAME);
            case "PS" -> label(text, gold, Blind7Templates.surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> label(text, gold, Blind7Templates.surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> label(text, gold, Blind7Templates.surnameOf(people[2]), EntityKind.NAME);
            case "E", "E2", "E3" -> label(text, gold, Blind7Templates.englishName(random), EntityKind.NAME);
            case "ES" -> label(text, gold, Blind7Templates.englishSurname(random), EntityKind.NAME);
            case "EG" -> label(text, gold, Blind7Templates.englishGiven(random), EntityKind.NAME);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean fillBlind8(String slot, String[] people, StringBuilder text, List<Span> gold) {
        switch (slot) {
            case "N" -> label(text, gold, Blind8Templates.chineseName(random), EntityKind.NAME);
            case "PS" -> label(text, gold, Blind8Templates.surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> label(text, gold, Blind8Templates.surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> label(text, gold, Blind8Templates.surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> label(text, gold, Blind8Templates.givenNameOf(people[0]), EntityKind.NAME);
            case "PW" -> label(text, gold, Blind8Templates.spaced(people[0], random), EntityKind.NAME);
            case "E", "E2", "E3" -> label(text, gold, Blind8Templates.englishName(random), EntityKind.NAME);
            case "ES" -> label(text, gold, Blind8Templates.englishSurname(random), EntityKind.NAME);
            case "EG" -> label(text, gold, Blind8Templates.englishGiven(random), EntityKind.NAME);
            case "ID" -> label(text, gold, Blind8Templates.idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> label(text, gold, Blind8Templates.mobile(random), EntityKind.PHONE);
            case "R" -> label(text, gold, Blind8Templates.recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "A" -> label(text, gold, Blind8Templates.address(random.nextInt(3) > 0, random), EntityKind.ADDRESS);
            case "A0" -> label(text, gold, Blind8Templates.address(false, random), EntityKind.ADDRESS);
            case "DOB" -> label(text, gold, Blind8Templates.birthDate(v.formatDate(v.birth()), random),
                    EntityKind.BIRTH_DATE);
            case "NB" -> label(text, gold, Blind8Templates.newbornBirth(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean fillBlind9(String slot, String[] people, StringBuilder text, List<Span> gold) {
        switch (slot) {
            case "N" -> label(text, gold, Blind9Templates.chineseName(random), EntityKind.NAME);
            case "PS" -> label(text, gold, Blind9Templates.surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> label(text, gold, Blind9Templates.surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> label(text, gold, Blind9Templates.surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> label(text, gold, Blind9Templates.addressedGivenName(people[0]), EntityKind.NAME);
            case "E", "E2", "E3" -> label(text, gold, Blind9Templates.englishName(random), EntityKind.NAME);
            case "ES" -> label(text, gold, Blind9Templates.englishSurname(random), EntityKind.NAME);
            case "EG" -> label(text, gold, Blind9Templates.englishGiven(random), EntityKind.NAME);
            case "EH" -> label(text, gold, Blind9Templates.hl7Name(random), EntityKind.NAME);
            case "ID" -> label(text, gold, Blind9Templates.idNumber(random), EntityKind.ID_NUMBER);
            case "IDV" -> label(text, gold, Blind9Templates.spokenIdNumber(random), EntityKind.ID_NUMBER);
            case "M" -> label(text, gold, Blind9Templates.mobile(random), EntityKind.PHONE);
            case "MV" -> label(text, gold, Blind9Templates.spokenMobile(random), EntityKind.PHONE);
            case "L" -> label(text, gold, Blind9Templates.landline(random), EntityKind.PHONE);
            case "R" -> label(text, gold, Blind9Templates.recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> label(text, gold, Blind9Templates.insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> label(text, gold, Blind9Templates.bankCard(random), EntityKind.BANK_CARD);
            case "A" -> label(text, gold, Blind9Templates.address(random.nextInt(3) > 0, random), EntityKind.ADDRESS);
            case "A0" -> label(text, gold, Blind9Templates.address(false, random), EntityKind.ADDRESS);
            case "DOB" -> label(text, gold, Blind9Templates.birthDate(v.formatDate(v.birth()), random),
                    EntityKind.BIRTH_DATE);
            case "DV" -> label(text, gold, Blind9Templates.spokenBirthDate(random), EntityKind.BIRTH_DATE);
            case "DE" -> label(text, gold, Blind9Templates.englishBirthDate(random), EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean fillBlind10(String slot, String[] people, StringBuilder text, List<Span> gold) {
        switch (slot) {
            case "N" -> label(text, gold, Blind10Templates.chineseName(random), EntityKind.NAME);
            case "PS" -> label(text, gold, Blind10Templates.surnameOf(people[0]), EntityKind.NAME);
            case "FS" -> label(text, gold, Blind10Templates.surnameOf(people[1]), EntityKind.NAME);
            case "DS" -> label(text, gold, Blind10Templates.surnameOf(people[2]), EntityKind.NAME);
            case "PG" -> label(text, gold, Blind10Templates.addressedGivenName(people[0]), EntityKind.NAME);
            case "E", "E2", "E3" -> label(text, gold, Blind10Templates.englishName(random), EntityKind.NAME);
            case "ES" -> label(text, gold, Blind10Templates.englishSurname(random), EntityKind.NAME);
            case "EG" -> label(text, gold, Blind10Templates.englishGiven(random), EntityKind.NAME);
            case "ID" -> label(text, gold, Blind10Templates.idNumber(random), EntityKind.ID_NUMBER);
            case "M" -> label(text, gold, Blind10Templates.mobile(random), EntityKind.PHONE);
            case "L" -> label(text, gold, Blind10Templates.landline(random), EntityKind.PHONE);
            case "R" -> label(text, gold, Blind10Templates.recordNumber(random), EntityKind.MEDICAL_RECORD);
            case "I" -> label(text, gold, Blind10Templates.insuranceNumber(random), EntityKind.INSURANCE);
            case "B" -> label(text, gold, Blind10Templates.bankCard(random), EntityKind.BANK_CARD);
            case "A" -> label(text, gold, Blind10Templates.address(random.nextInt(3) > 0, random), EntityKind.ADDRESS);
            case "A0" -> label(text, gold, Blind10Templates.address(false, random), EntityKind.ADDRESS);
            case "DOB" -> label(text, gold, Blind10Templates.birthDate(v.formatDate(v.birth()), random),
                    EntityKind.BIRTH_DATE);
            default -> {
                return false;
            }
        }
        return true;
    }














    private static void label(StringBuilder text, List<Span> gold, String value, EntityKind kind) {
        gold.add(new Span(text.length(), text.length() + value.length(), kind));
        text.append(value);
    }
}

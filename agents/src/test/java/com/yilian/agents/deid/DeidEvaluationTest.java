package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures entity-level recall, precision and F2 per kind on fixed-seed synthetic sets and prints them. Development
 * used seed 7 (and 99 for the probe) with the development groups; the evaluation seeds were never used while writing
 * the rules. Every group here has been used to revise the rules (see the generator for the history), so these are
 * development figures; a blind group is measured once, with the rules frozen, before it joins them.
 */
class DeidEvaluationTest {
    static final long EVALUATION_SEED = 20261122L;
    static final long UNSEEN_SEED = 20261123L;
    static final long FORMER_BLIND_SEED = 20261124L;
    static final long FORMER_BLIND_2_SEED = 20261125L;
    static final long DEVELOPMENT_3_SEED = 20261126L;
    static final long BLIND_3_SEED = 20261127L;
    /**
     * Records per set. Each set was measured blind on 1,000 (see the figures in the comments); the floors guard
     * against regression at this count, which keeps the fifty-odd sets within a few minutes on two cores.
     */
    static final int SET_RECORDS = 500;

    /** Every template group the rules were written or revised on. */
    static final List<String> DEVELOPMENT_GROUPS = Stream.of(ClinicalTextGenerator.DEVELOPMENT,
            ClinicalTextGenerator.REVIEWED, ClinicalTextGenerator.UNSEEN, ClinicalTextGenerator.FRESH,
            ClinicalTextGenerator.FORMER_BLIND).flatMap(List::stream).toList();

    private final Deidentifier deid = new Deidentifier();

    @Test
    void reportsRecallPrecisionAndF2() {
        DeidMetrics mixed = measure("all development templates", EVALUATION_SEED, DEVELOPMENT_GROUPS, 2000);
        DeidMetrics fresh = measure("fresh templates only", UNSEEN_SEED, ClinicalTextGenerator.FRESH, 800);
        DeidMetrics former = measure("former blind templates (development since)", FORMER_BLIND_SEED,
                ClinicalTextGenerator.FORMER_BLIND, 800);
        DeidMetrics blind = measure("former BLIND_2 templates", FORMER_BLIND_2_SEED, DevelopmentTemplates.FORMER_BLIND_2, SET_RECORDS);
        DeidMetrics dev3 = measure("DEVELOPMENT_3 templates", DEVELOPMENT_3_SEED, DevelopmentTemplates.DEVELOPMENT_3, SET_RECORDS);

        // The goal holds on the evaluation seed, whose templates are all ones the rules were revised on.
        assertThat(mixed.overall().recall()).as("overall recall").isGreaterThanOrEqualTo(0.99);
        assertThat(mixed.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(0.95);
        assertThat(fresh.overall().recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(former.overall().recall()).as("former blind recall").isGreaterThanOrEqualTo(0.99);
        // Floors just under the figures measured after the revision on them, to catch regressions (see README).
        assertThat(blind.overall().recall()).as("former BLIND_2 recall").isGreaterThanOrEqualTo(0.995);
        assertThat(blind.perKind.get(EntityKind.NAME).recall()).as("former BLIND_2 name recall")
                .isGreaterThanOrEqualTo(0.994);
        assertThat(blind.overall().precision()).as("former BLIND_2 precision").isGreaterThanOrEqualTo(0.998);
        assertThat(dev3.overall().recall()).as("DEVELOPMENT_3 recall").isGreaterThanOrEqualTo(DEVELOPMENT_3_RECALL_FLOOR);
        assertThat(dev3.perKind.get(EntityKind.NAME).recall()).as("DEVELOPMENT_3 name recall")
                .isGreaterThanOrEqualTo(DEVELOPMENT_3_NAME_RECALL_FLOOR);
        assertThat(dev3.overall().precision()).as("DEVELOPMENT_3 precision").isGreaterThanOrEqualTo(0.998);
    }

    // DEVELOPMENT_3 measured once before the revision (its mini-blind): recall 0.7624, precision 0.8646, names
    // 0.7363 / 0.8478. Development data since; these floors sit just under the figures of the person-slot revision
    // (recall 0.9933, names 0.9926).
    static final double DEVELOPMENT_3_RECALL_FLOOR = 0.992;
    static final double DEVELOPMENT_3_NAME_RECALL_FLOOR = 0.991;

    /** The third blind set: its templates and people were written without seeing the rules (see Blind3Templates). */
    @Test
    void blindThree() {
        DeidMetrics blind = measure("BLIND_3 templates (rules frozen)", BLIND_3_SEED, Blind3Templates.BLIND_3, SET_RECORDS);
        // Measured once with the rules frozen (2026-11-22): recall 0.8625, precision 0.9696, names 0.8507 / 0.9638.
        // Development data since: the person-slot revision was made on its error classes and measures recall 0.9888,
        // precision 0.9996, names 0.9865 / 0.9997. The floors guard against regression and are not a target.
        assertThat(blind.overall().recall()).as("BLIND_3 recall").isGreaterThanOrEqualTo(0.986);
        assertThat(blind.perKind.get(EntityKind.NAME).recall()).as("BLIND_3 name recall").isGreaterThanOrEqualTo(0.984);
        assertThat(blind.perKind.get(EntityKind.ADDRESS).recall()).as("BLIND_3 address recall").isGreaterThanOrEqualTo(0.99);
        assertThat(blind.perKind.get(EntityKind.INSURANCE).recall()).as("BLIND_3 insurance recall")
                .isGreaterThanOrEqualTo(0.99);
        assertThat(blind.overall().precision()).as("BLIND_3 precision").isGreaterThanOrEqualTo(0.997);
    }

    /**
     * The fourth and fifth blind sets, each measured once before it was used (BLIND_4 with the rules alone: recall
     * 0.912, precision 0.959; BLIND_5 with the rules and the learned name model: 0.885 / 0.949, names 0.925 / 0.938).
     * BLIND_4 is in the name model's training data and BLIND_5's number formats were added to the rules since; the
     * floors sit just under the development figures and guard against regression.
     */
    @Test
    void blindFourAndFive() {
        DeidMetrics four = measure("BLIND_4 templates (development since)", Blind4Templates.SEED, Blind4Templates.BLIND_4, SET_RECORDS);
        DeidMetrics five = measure("BLIND_5 templates (development since)", Blind5Templates.SEED, Blind5Templates.BLIND_5, SET_RECORDS);
        assertThat(four.overall().recall()).as("BLIND_4 recall").isGreaterThanOrEqualTo(0.965);
        // 0.965 until the tagger stopped keeping words HanLP reads as names under once in fifty (方向; 文明 went with it).
        assertThat(four.perKind.get(EntityKind.NAME).recall()).as("BLIND_4 name recall").isGreaterThanOrEqualTo(0.964);
        assertThat(four.overall().precision()).as("BLIND_4 precision").isGreaterThanOrEqualTo(0.958);
        assertThat(five.overall().recall()).as("BLIND_5 recall").isGreaterThanOrEqualTo(0.954);
        assertThat(five.perKind.get(EntityKind.NAME).recall()).as("BLIND_5 name recall").isGreaterThanOrEqualTo(0.936);
        assertThat(five.perKind.get(EntityKind.ID_NUMBER).recall()).as("BLIND_5 grouped IDs").isGreaterThanOrEqualTo(0.99);
        assertThat(five.perKind.get(EntityKind.MEDICAL_RECORD).recall()).as("BLIND_5 record numbers")
                .isGreaterThanOrEqualTo(0.99);
        assertThat(five.overall().precision()).as("BLIND_5 precision").isGreaterThanOrEqualTo(0.97);
    }

    /**
     * The sixth blind set, measured once with the rules and the first model (recall 0.913, precision 0.968, names
     * 0.909 / 0.966); in the model's training data and its record, insurance and phone formats in the rules since.
     */
    @Test
    void blindSix() {
        DeidMetrics six = measure("BLIND_6 templates (development since)", Blind6Templates.SEED, Blind6Templates.BLIND_6, SET_RECORDS);
        assertThat(six.overall().recall()).as("BLIND_6 recall").isGreaterThanOrEqualTo(0.965);
        assertThat(six.perKind.get(EntityKind.NAME).recall()).as("BLIND_6 name recall").isGreaterThanOrEqualTo(0.96);
        // Record numbers in a register's columns with no label beside them (14:44 蓝天 ZYH0031870) stay unmasked.
        assertThat(six.perKind.get(EntityKind.MEDICAL_RECORD).recall()).as("BLIND_6 record numbers")
                .isGreaterThanOrEqualTo(0.935);
        assertThat(six.overall().precision()).as("BLIND_6 precision").isGreaterThanOrEqualTo(0.972);
    }

    @Test
    void blindSeven() {
        DeidMetrics seven = measure("BLIND_7 templates (development since)", Blind7Templates.SEED, Blind7Templates.BLIND_7,
                SET_RECORDS);
        // Names that are ordinary words outside any person slot (…，于是术后第2天) are still missed.
        assertThat(seven.perKind.get(EntityKind.NAME).recall()).as("BLIND_7 name recall").isGreaterThanOrEqualTo(0.90);
        assertThat(seven.overall().recall()).as("BLIND_7 recall").isGreaterThanOrEqualTo(0.92);
        assertThat(seven.overall().precision()).as("BLIND_7 precision").isGreaterThanOrEqualTo(0.98);
    }

    /**
     * The eighth blind set, measured once at 3d18576 (recall 0.863, precision 0.966; names 0.885 / 0.955; addresses
     * 0.66, record numbers 0.65, dates of birth 0.26); its table columns, addresses and birth forms in the rules since.
     */
    @Test
    void blindEight() {
        DeidMetrics eight = measure("BLIND_8 templates (development since)", Blind8Templates.SEED, Blind8Templates.BLIND_8,
                SET_RECORDS);
        assertThat(eight.overall().recall()).as("BLIND_8 recall").isGreaterThanOrEqualTo(0.93);
        assertThat(eight.perKind.get(EntityKind.NAME).recall()).as("BLIND_8 name recall").isGreaterThanOrEqualTo(0.90);
        for (EntityKind kind : List.of(EntityKind.ADDRESS, EntityKind.MEDICAL_RECORD, EntityKind.BIRTH_DATE)) {
            assertThat(eight.perKind.get(kind).recall()).as("BLIND_8 " + kind).isGreaterThanOrEqualTo(0.99);
        }
        assertThat(eight.overall().precision()).as("BLIND_8 precision").isGreaterThanOrEqualTo(0.99);
    }

    /**
     * The ninth blind set, measured once at c42a95a (recall 0.899, precision 0.977; names 0.964 / 0.970): formats of
     * interface logs (HL7, JSON), dictation, English insurance forms, county and banner addresses in the rules since.
     */
    @Test
    void blindNine() {
        DeidMetrics nine = measure("BLIND_9 templates (development since)", Blind9Templates.SEED, Blind9Templates.BLIND_9,
                SET_RECORDS);
        assertThat(nine.overall().recall()).as("BLIND_9 recall").isGreaterThanOrEqualTo(0.965);
        assertThat(nine.perKind.get(EntityKind.ADDRESS).recall()).as("BLIND_9 addresses").isGreaterThanOrEqualTo(0.96);
        assertThat(nine.perKind.get(EntityKind.BIRTH_DATE).recall()).as("BLIND_9 birth dates").isGreaterThanOrEqualTo(0.99);
        assertThat(nine.perKind.get(EntityKind.NAME).recall()).as("BLIND_9 name recall").isGreaterThanOrEqualTo(0.965);
        assertThat(nine.perKind.get(EntityKind.PHONE).recall()).as("BLIND_9 phones").isGreaterThanOrEqualTo(0.98);
        assertThat(nine.overall().precision()).as("BLIND_9 precision").isGreaterThanOrEqualTo(0.985);
    }

    /**
     * The tenth blind set, measured once at d71995a (recall 0.949, precision 0.982; names 0.967 / 0.983): local phone
     * numbers, the full-width dash and 档案编号 in the rules since.
     */
    @Test
    void blindTen() {
        DeidMetrics ten = measure("BLIND_10 templates (development since)", Blind10Templates.SEED,
                Blind10Templates.BLIND_10, SET_RECORDS);
        assertThat(ten.overall().recall()).as("BLIND_10 recall").isGreaterThanOrEqualTo(0.96);
        assertThat(ten.perKind.get(EntityKind.PHONE).recall()).as("BLIND_10 phones").isGreaterThanOrEqualTo(0.99);
        assertThat(ten.overall().precision()).as("BLIND_10 precision").isGreaterThanOrEqualTo(0.985);
    }

    /**
     * The eleventh blind set, measured once at e32716b (recall 0.938, precision 0.970; names 0.960 / 0.959): full-width
     * digits, two-digit birth years, booklet and donor numbers, prefectures of several peoples, spaced names and the
     * short forms of a name given in full in the rules since.
     */
    @Test
    void blindEleven() {
        DeidMetrics eleven = measure("BLIND_11 templates (development since)", Blind11Templates.SEED,
                Blind11Templates.BLIND_11, SET_RECORDS);
        assertThat(eleven.overall().recall()).as("BLIND_11 recall").isGreaterThanOrEqualTo(0.98);
        assertThat(eleven.perKind.get(EntityKind.ID_NUMBER).recall()).as("BLIND_11 IDs").isGreaterThanOrEqualTo(0.99);
        assertThat(eleven.perKind.get(EntityKind.PHONE).recall()).as("BLIND_11 phones").isGreaterThanOrEqualTo(0.99);
        assertThat(eleven.overall().precision()).as("BLIND_11 precision").isGreaterThanOrEqualTo(0.985);
    }

    /**
     * The twelfth blind set, measured once at ab9a9a3 (recall 0.892, precision 0.977; names 0.943 / 0.973): export and
     * log pairs, dotted phones, extensions, dashed insurance numbers, dates beside a name, traditional characters and
     * English sign-offs in the rules since.
     */
    @Test
    void blindTwelve() {
        DeidMetrics twelve = measure("BLIND_12 templates (development since)", Blind12Templates.SEED,
                Blind12Templates.BLIND_12, SET_RECORDS);
        assertThat(twelve.overall().recall()).as("BLIND_12 recall").isGreaterThanOrEqualTo(0.97);
        assertThat(twelve.perKind.get(EntityKind.BIRTH_DATE).recall()).as("BLIND_12 birth dates").isGreaterThanOrEqualTo(0.99);
        assertThat(twelve.perKind.get(EntityKind.ADDRESS).recall()).as("BLIND_12 addresses").isGreaterThanOrEqualTo(0.99);
        assertThat(twelve.overall().precision()).as("BLIND_12 precision").isGreaterThanOrEqualTo(0.985);
    }

    /**
     * The thirteenth blind set, measured once at ee43c55 (recall 0.913, precision 0.959; names 0.937 / 0.941): village
     * teams, 嘎查, Tianjin's 门, No. record numbers, codes in brackets after a name, extensions and theatre roles in the
     * rules since. Birth dates in a newborn list without a header (0.90) are still missed.
     */
    @Test
    void blindThirteen() {
        DeidMetrics thirteen = measure("BLIND_13 templates (development since)", Blind13Templates.SEED,
                Blind13Templates.BLIND_13, SET_RECORDS);
        assertThat(thirteen.overall().recall()).as("BLIND_13 recall").isGreaterThanOrEqualTo(0.95);
        assertThat(thirteen.perKind.get(EntityKind.ADDRESS).recall()).as("BLIND_13 addresses").isGreaterThanOrEqualTo(0.99);
        assertThat(thirteen.perKind.get(EntityKind.MEDICAL_RECORD).recall()).as("BLIND_13 records").isGreaterThanOrEqualTo(0.99);
        assertThat(thirteen.overall().precision()).as("BLIND_13 precision").isGreaterThanOrEqualTo(0.975);
    }

    /**
     * The fourteenth blind set, measured once at 0337f83 (recall 0.924, precision 0.987; names 0.927 / 0.982): farms,
     * regiments, ext. extensions, 影像号 and dotted birth dates in the rules since. Names stay the gap (0.93): people
     * after a department word (胃肠外科车素绢), rare surnames (暴, 钮), word names (蒲公英).
     */
    @Test
    void blindFourteen() {
        DeidMetrics fourteen = measure("BLIND_14 templates (development since)", Blind14Templates.SEED,
                Blind14Templates.BLIND_14, SET_RECORDS);
        assertThat(fourteen.overall().recall()).as("BLIND_14 recall").isGreaterThanOrEqualTo(0.94);
        assertThat(fourteen.perKind.get(EntityKind.ADDRESS).recall()).as("BLIND_14 addresses").isGreaterThanOrEqualTo(0.99);
        assertThat(fourteen.perKind.get(EntityKind.PHONE).recall()).as("BLIND_14 phones").isGreaterThanOrEqualTo(0.99);
        assertThat(fourteen.overall().precision()).as("BLIND_14 precision").isGreaterThanOrEqualTo(0.98);
    }

    /**
     * The fifteenth blind set, measured once at 1b43018 (recall 0.939, precision 0.980; names 0.937 / 0.981): rare
     * surnames of the 百家姓 (雒, 谯, 占) and 傅/洪/赖, Shanghai districts, lower-case export keys, OCR'd spaced names,
     * 长护险 and YB…-… insurance numbers in the rules since. Its writer labels 体检编号, TB 登记号 and a follow-up
     * form's 编号 as no identifier, which the rules mask as record numbers (record precision 0.86).
     */
    @Test
    void blindFifteen() {
        DeidMetrics fifteen = measure("BLIND_15 templates (development since)", Blind15Templates.SEED,
                Blind15Templates.BLIND_15, SET_RECORDS);
        assertThat(fifteen.overall().recall()).as("BLIND_15 recall").isGreaterThanOrEqualTo(0.955);
        assertThat(fifteen.perKind.get(EntityKind.ADDRESS).recall()).as("BLIND_15 addresses").isGreaterThanOrEqualTo(0.99);
        assertThat(fifteen.perKind.get(EntityKind.INSURANCE).recall()).as("BLIND_15 insurance").isGreaterThanOrEqualTo(0.99);
        assertThat(fifteen.overall().precision()).as("BLIND_15 precision").isGreaterThanOrEqualTo(0.975);
    }

    /**
     * The sixteenth blind set, measured once at 6d6b697 (recall 0.898, precision 0.968; names 0.937 / 0.959): Hong Kong
     * and Taiwan identity cards, phones and addresses, 民國 birth dates, 05 MAR 1976, Hosp No and markdown labels in the
     * rules since. Names stay the gap (0.94).
     */
    @Test
    void blindSixteen() {
        DeidMetrics sixteen = measure("BLIND_16 templates (development since)", Blind16Templates.SEED,
                Blind16Templates.BLIND_16, SET_RECORDS);
        assertThat(sixteen.overall().recall()).as("BLIND_16 recall").isGreaterThanOrEqualTo(0.945);
        assertThat(sixteen.perKind.get(EntityKind.ID_NUMBER).recall()).as("BLIND_16 IDs").isGreaterThanOrEqualTo(0.99);
        assertThat(sixteen.perKind.get(EntityKind.PHONE).recall()).as("BLIND_16 phones").isGreaterThanOrEqualTo(0.99);
        assertThat(sixteen.overall().precision()).as("BLIND_16 precision").isGreaterThanOrEqualTo(0.975);
    }

    /**
     * The seventeenth blind set, measured once at 05c4c84 (recall 0.889, precision 0.976; names 0.863 / 0.978): Yunnan
     * and Guizhou surnames (杞, 卯, 矣, 者, 字…), 嬢嬢 and sir after a surname, sign-offs after a dash and English
     * "taken by" roles in the rules since. Still missed: lunar birthdays (农历戊戌年腊月廿三), partial addresses. Its
     * writer labels a commercial policy's 保单号 as none, BLIND_23's as an insurance number; the rules mask it (a health
     * plan's number identifies its holder), which costs this set about 0.002 of precision.
     */
    @Test
    void blindSeventeen() {
        DeidMetrics seventeen = measure("BLIND_17 templates (development since)", Blind17Templates.SEED,
                Blind17Templates.BLIND_17, SET_RECORDS);
        assertThat(seventeen.overall().recall()).as("BLIND_17 recall").isGreaterThanOrEqualTo(0.945);
        assertThat(seventeen.perKind.get(EntityKind.NAME).recall()).as("BLIND_17 names").isGreaterThanOrEqualTo(0.95);
        assertThat(seventeen.overall().precision()).as("BLIND_17 precision").isGreaterThanOrEqualTo(0.97);
    }

    /**
     * The eighteenth and nineteenth blind sets, measured once at 1f6cf7d (0.951 / 0.972; names 0.929) and 67dcf07
     * (0.915 / 0.965; names 0.888): passport pinyin in capitals, nicknames and formal names, acupoints, English first
     * names with Chinese surnames (Winnie 帅, 屠Gavin) and slash lists in the rules since; then heads of units (车间组长,
     * 店长), names opening a row before their phone or ID number, names after a department (急诊科揭九斤呼叫) and English
     * roles (GP Bazzi, Coordinator Clotilde). Names stay the gap: word names (温泉, 熊猫) outside such slots.
     */
    @Test
    void blindEighteenAndNineteen() {
        DeidMetrics eighteen = measure("BLIND_18 templates (development since)", Blind18Templates.SEED,
                Blind18Templates.BLIND_18, SET_RECORDS);
        assertThat(eighteen.overall().recall()).as("BLIND_18 recall").isGreaterThanOrEqualTo(0.955);
        assertThat(eighteen.overall().precision()).as("BLIND_18 precision").isGreaterThanOrEqualTo(0.975);
        DeidMetrics nineteen = measure("BLIND_19 templates (development since)", Blind19Templates.SEED,
                Blind19Templates.BLIND_19, SET_RECORDS);
        assertThat(nineteen.overall().recall()).as("BLIND_19 recall").isGreaterThanOrEqualTo(0.955);
        assertThat(nineteen.overall().precision()).as("BLIND_19 precision").isGreaterThanOrEqualTo(0.96);
    }

    /**
     * The twentieth blind set, measured once at eec8478 (0.742 / 0.974; names 0.640): the north-west's surnames (妥, 虎,
     * 贠, 剡, 巨, 锁, 喇…) were missing from the list, passports' machine-readable lines, Amdo Tibetan, Mongolian and
     * undotted Uyghur names, record numbers with the year after a slash (0089814/22), year.month birth dates. Still
     * missed: Hui given names of three characters (马尕西木), word names (冶金, 辛勤).
     */
    @Test
    void blindTwenty() {
        DeidMetrics twenty = measure("BLIND_20 templates (development since)", Blind20Templates.SEED,
                Blind20Templates.BLIND_20, SET_RECORDS);
        assertThat(twenty.overall().recall()).as("BLIND_20 recall").isGreaterThanOrEqualTo(0.92);
        assertThat(twenty.overall().precision()).as("BLIND_20 precision").isGreaterThanOrEqualTo(0.975);
    }

    /** BLIND_24 (0.868 / 0.959) and BLIND_25 (0.882 / 0.964), each measured once, development data since. */
    @Test
    void blindTwentyFourAndTwentyFive() {
        DeidMetrics fujian = measure("BLIND_24 templates (development since)", Blind24Templates.SEED,
                Blind24Templates.BLIND_24, SET_RECORDS);
        assertThat(fujian.overall().recall()).as("BLIND_24 recall").isGreaterThanOrEqualTo(0.95);
        assertThat(fujian.overall().precision()).as("BLIND_24 precision").isGreaterThanOrEqualTo(0.99);
        DeidMetrics jiaodong = measure("BLIND_25 templates (development since)", Blind25Templates.SEED,
                Blind25Templates.BLIND_25, SET_RECORDS);
        assertThat(jiaodong.overall().recall()).as("BLIND_25 recall").isGreaterThanOrEqualTo(0.93);
        assertThat(jiaodong.overall().precision()).as("BLIND_25 precision").isGreaterThanOrEqualTo(0.99);
    }

    /** BLIND_26 (0.872 / 0.951) and BLIND_27 (0.867 / 0.932), each measured once, development data since. */
    @Test
    void blindTwentySixAndTwentySeven() {
        DeidMetrics jinShaanMeng = measure("BLIND_26 templates (development since)", Blind26Templates.SEED,
                Blind26Templates.BLIND_26, SET_RECORDS);
        assertThat(jinShaanMeng.overall().recall()).as("BLIND_26 recall").isGreaterThanOrEqualTo(0.965);
        assertThat(jinShaanMeng.overall().precision()).as("BLIND_26 precision").isGreaterThanOrEqualTo(0.975);
        DeidMetrics vietnamBorder = measure("BLIND_27 templates (development since)", Blind27Templates.SEED,
                Blind27Templates.BLIND_27, SET_RECORDS);
        assertThat(vietnamBorder.overall().recall()).as("BLIND_27 recall").isGreaterThanOrEqualTo(0.95);
        assertThat(vietnamBorder.overall().precision()).as("BLIND_27 precision").isGreaterThanOrEqualTo(0.98);
    }

    /** BLIND_28 (0.879 / 0.986) and BLIND_29 (0.855 / 0.985), each measured once, development data since. */
    @Test
    void blindTwentyEightAndTwentyNine() {
        DeidMetrics xinjiang = measure("BLIND_28 templates (development since)", Blind28Templates.SEED,
                Blind28Templates.BLIND_28, SET_RECORDS);
        assertThat(xinjiang.overall().recall()).as("BLIND_28 recall").isGreaterThanOrEqualTo(0.965);
        assertThat(xinjiang.overall().precision()).as("BLIND_28 precision").isGreaterThanOrEqualTo(0.99);
        DeidMetrics plateau = measure("BLIND_29 templates (development since)", Blind29Templates.SEED,
                Blind29Templates.BLIND_29, SET_RECORDS);
        assertThat(plateau.overall().recall()).as("BLIND_29 recall").isGreaterThanOrEqualTo(0.96);
        assertThat(plateau.overall().precision()).as("BLIND_29 precision").isGreaterThanOrEqualTo(0.985);
    }

    /** BLIND_30 (0.814 / 0.988) and BLIND_31 (0.941 / 0.978), each measured once, development data since. */
    @Test
    void blindThirtyAndThirtyOne() {
        DeidMetrics yunnanBorder = measure("BLIND_30 templates (development since)", Blind30Templates.SEED,
                Blind30Templates.BLIND_30, SET_RECORDS);
        assertThat(yunnanBorder.overall().recall()).as("BLIND_30 recall").isGreaterThanOrEqualTo(0.89);
        assertThat(yunnanBorder.overall().precision()).as("BLIND_30 precision").isGreaterThanOrEqualTo(0.985);
        DeidMetrics hainan = measure("BLIND_31 templates (development since)", Blind31Templates.SEED,
                Blind31Templates.BLIND_31, SET_RECORDS);
        assertThat(hainan.overall().recall()).as("BLIND_31 recall").isGreaterThanOrEqualTo(0.97);
        assertThat(hainan.overall().precision()).as("BLIND_31 precision").isGreaterThanOrEqualTo(0.99);
    }

    /** BLIND_32 (0.937 / 0.978) and BLIND_33 (0.944 / 0.982), each measured once, development data since. */
    @Test
    void blindThirtyTwoAndThirtyThree() {
        DeidMetrics wuling = measure("BLIND_32 templates (development since)", Blind32Templates.SEED,
                Blind32Templates.BLIND_32, SET_RECORDS);
        assertThat(wuling.overall().recall()).as("BLIND_32 recall").isGreaterThanOrEqualTo(0.945);
        assertThat(wuling.overall().precision()).as("BLIND_32 precision").isGreaterThanOrEqualTo(0.99);
        DeidMetrics pearlRiver = measure("BLIND_33 templates (development since)", Blind33Templates.SEED,
                Blind33Templates.BLIND_33, SET_RECORDS);
        assertThat(pearlRiver.overall().recall()).as("BLIND_33 recall").isGreaterThanOrEqualTo(0.97);
        assertThat(pearlRiver.overall().precision()).as("BLIND_33 precision").isGreaterThanOrEqualTo(0.99);
    }

    /** BLIND_34 (0.937 / 0.991), BLIND_35 (0.884 / 0.962) and BLIND_36 (0.850 / 0.980), measured once, development since. */
    @Test
    void blindThirtyFourToThirtySix() {
        DeidMetrics hakka = measure("BLIND_34 templates (development since)", Blind34Templates.SEED,
                Blind34Templates.BLIND_34, SET_RECORDS);
        assertThat(hakka.overall().recall()).as("BLIND_34 recall").isGreaterThanOrEqualTo(0.95);
        assertThat(hakka.overall().precision()).as("BLIND_34 precision").isGreaterThanOrEqualTo(0.985);
        DeidMetrics shanghai = measure("BLIND_35 templates (development since)", Blind35Templates.SEED,
                Blind35Templates.BLIND_35, SET_RECORDS);
        assertThat(shanghai.overall().recall()).as("BLIND_35 recall").isGreaterThanOrEqualTo(0.905);
        assertThat(shanghai.overall().precision()).as("BLIND_35 precision").isGreaterThanOrEqualTo(0.96);
        DeidMetrics liangshan = measure("BLIND_36 templates (development since)", Blind36Templates.SEED,
                Blind36Templates.BLIND_36, SET_RECORDS);
        assertThat(liangshan.overall().recall()).as("BLIND_36 recall").isGreaterThanOrEqualTo(0.93);
        assertThat(liangshan.overall().precision()).as("BLIND_36 precision").isGreaterThanOrEqualTo(0.975);
    }

    /** BLIND_37 (0.817 / 0.967), BLIND_38 (0.885 / 0.988) and BLIND_39 (0.824 / 0.964), measured once, development since. */
    @Test
    void blindThirtySevenToThirtyNine() {
        DeidMetrics returnees = measure("BLIND_37 templates (development since)", Blind37Templates.SEED,
                Blind37Templates.BLIND_37, SET_RECORDS);
        assertThat(returnees.overall().recall()).as("BLIND_37 recall").isGreaterThanOrEqualTo(0.865);
        assertThat(returnees.overall().precision()).as("BLIND_37 precision").isGreaterThanOrEqualTo(0.965);
        DeidMetrics mountainCity = measure("BLIND_38 templates (development since)", Blind38Templates.SEED,
                Blind38Templates.BLIND_38, SET_RECORDS);
        assertThat(mountainCity.overall().recall()).as("BLIND_38 recall").isGreaterThanOrEqualTo(0.925);
        assertThat(mountainCity.overall().precision()).as("BLIND_38 precision").isGreaterThanOrEqualTo(0.98);
        DeidMetrics tumen = measure("BLIND_39 templates (development since)", Blind39Templates.SEED,
                Blind39Templates.BLIND_39, SET_RECORDS);
        assertThat(tumen.overall().recall()).as("BLIND_39 recall").isGreaterThanOrEqualTo(0.845);
        assertThat(tumen.overall().precision()).as("BLIND_39 precision").isGreaterThanOrEqualTo(0.96);
    }

    /** BLIND_40 (0.882 / 0.965), BLIND_41 (0.730 / 0.965) and BLIND_42 (0.907 / 0.965), measured once, development since. */
    @Test
    void blindFortyToFortyTwo() {
        DeidMetrics capital = measure("BLIND_40 templates (development since)", Blind40Templates.SEED,
                Blind40Templates.BLIND_40, SET_RECORDS);
        assertThat(capital.overall().recall()).as("BLIND_40 recall").isGreaterThanOrEqualTo(0.89);
        assertThat(capital.overall().precision()).as("BLIND_40 precision").isGreaterThanOrEqualTo(0.96);
        DeidMetrics macau = measure("BLIND_41 templates (development since)", Blind41Templates.SEED,
                Blind41Templates.BLIND_41, SET_RECORDS);
        assertThat(macau.overall().recall()).as("BLIND_41 recall").isGreaterThanOrEqualTo(0.77);
        assertThat(macau.overall().precision()).as("BLIND_41 precision").isGreaterThanOrEqualTo(0.975);
        DeidMetrics research = measure("BLIND_42 templates (development since)", Blind42Templates.SEED,
                Blind42Templates.BLIND_42, SET_RECORDS);
        assertThat(research.overall().recall()).as("BLIND_42 recall").isGreaterThanOrEqualTo(0.90);
        assertThat(research.overall().precision()).as("BLIND_42 precision").isGreaterThanOrEqualTo(0.965);
    }

    /** BLIND_43 (0.879 / 0.978), BLIND_44 (0.900 / 0.960) and BLIND_45 (0.955 / 0.976), measured once, development since. */
    @Test
    void blindFortyThreeToFortyFive() {
        DeidMetrics hulunbuir = measure("BLIND_43 templates (development since)", Blind43Templates.SEED,
                Blind43Templates.BLIND_43, SET_RECORDS);
        assertThat(hulunbuir.overall().recall()).as("BLIND_43 recall").isGreaterThanOrEqualTo(0.88);
        assertThat(hulunbuir.overall().precision()).as("BLIND_43 precision").isGreaterThanOrEqualTo(0.97);
        DeidMetrics chaoshan = measure("BLIND_44 templates (development since)", Blind44Templates.SEED,
                Blind44Templates.BLIND_44, SET_RECORDS);
        assertThat(chaoshan.overall().recall()).as("BLIND_44 recall").isGreaterThanOrEqualTo(0.925);
        assertThat(chaoshan.overall().precision()).as("BLIND_44 precision").isGreaterThanOrEqualTo(0.965);
        DeidMetrics mentalHealth = measure("BLIND_45 templates (development since)", Blind45Templates.SEED,
                Blind45Templates.BLIND_45, SET_RECORDS);
        assertThat(mentalHealth.overall().recall()).as("BLIND_45 recall").isGreaterThanOrEqualTo(0.95);
        assertThat(mentalHealth.overall().precision()).as("BLIND_45 precision").isGreaterThanOrEqualTo(0.97);
    }

    /** BLIND_46 (0.925 / 0.971), BLIND_47 (0.891 / 0.972) and BLIND_48 (0.937 / 0.960), measured once, development since. */
    @Test
    void blindFortySixToFortyEight() {
        DeidMetrics internetHospital = measure("BLIND_46 templates (development since)", Blind46Templates.SEED,
                Blind46Templates.BLIND_46, SET_RECORDS);
        assertThat(internetHospital.overall().recall()).as("BLIND_46 recall").isGreaterThanOrEqualTo(0.955);
        assertThat(internetHospital.overall().precision()).as("BLIND_46 precision").isGreaterThanOrEqualTo(0.97);
        DeidMetrics islands = measure("BLIND_47 templates (development since)", Blind47Templates.SEED,
                Blind47Templates.BLIND_47, SET_RECORDS);
        assertThat(islands.overall().recall()).as("BLIND_47 recall").isGreaterThanOrEqualTo(0.93);
        assertThat(islands.overall().precision()).as("BLIND_47 precision").isGreaterThanOrEqualTo(0.975);
        DeidMetrics northwest = measure("BLIND_48 templates (development since)", Blind48Templates.SEED,
                Blind48Templates.BLIND_48, SET_RECORDS);
        assertThat(northwest.overall().recall()).as("BLIND_48 recall").isGreaterThanOrEqualTo(0.945);
        assertThat(northwest.overall().precision()).as("BLIND_48 precision").isGreaterThanOrEqualTo(0.965);
    }

    /** BLIND_49 (0.919 / 0.950), BLIND_50 (0.843 / 0.971) and BLIND_51 (0.930 / 0.977), measured once, development since. */
    @Test
    void blindFortyNineToFiftyOne() {
        DeidMetrics occupational = measure("BLIND_49 templates (development since)", Blind49Templates.SEED,
                Blind49Templates.BLIND_49, SET_RECORDS);
        assertThat(occupational.overall().recall()).as("BLIND_49 recall").isGreaterThanOrEqualTo(0.915);
        assertThat(occupational.overall().precision()).as("BLIND_49 precision").isGreaterThanOrEqualTo(0.945);
        DeidMetrics campus = measure("BLIND_50 templates (development since)", Blind50Templates.SEED,
                Blind50Templates.BLIND_50, SET_RECORDS);
        assertThat(campus.overall().recall()).as("BLIND_50 recall").isGreaterThanOrEqualTo(0.865);
        assertThat(campus.overall().precision()).as("BLIND_50 precision").isGreaterThanOrEqualTo(0.965);
        DeidMetrics longTermCare = measure("BLIND_51 templates (development since)", Blind51Templates.SEED,
                Blind51Templates.BLIND_51, SET_RECORDS);
        assertThat(longTermCare.overall().recall()).as("BLIND_51 recall").isGreaterThanOrEqualTo(0.945);
        assertThat(longTermCare.overall().precision()).as("BLIND_51 precision").isGreaterThanOrEqualTo(0.97);
    }

    /** BLIND_52 (0.952 / 0.979), BLIND_53 (0.909 / 0.980) and BLIND_54 (0.934 / 0.945), measured once, development since. */
    @Test
    void blindFiftyTwoToFiftyFour() {
        DeidMetrics reproductive = measure("BLIND_52 templates (development since)", Blind52Templates.SEED,
                Blind52Templates.BLIND_52, SET_RECORDS);
        assertThat(reproductive.overall().recall()).as("BLIND_52 recall").isGreaterThanOrEqualTo(0.948);
        assertThat(reproductive.overall().precision()).as("BLIND_52 precision").isGreaterThanOrEqualTo(0.975);
        DeidMetrics migrant = measure("BLIND_53 templates (development since)", Blind53Templates.SEED,
                Blind53Templates.BLIND_53, SET_RECORDS);
        assertThat(migrant.overall().recall()).as("BLIND_53 recall").isGreaterThanOrEqualTo(0.93);
        assertThat(migrant.overall().precision()).as("BLIND_53 precision").isGreaterThanOrEqualTo(0.98);
        DeidMetrics abroad = measure("BLIND_54 templates (development since)", Blind54Templates.SEED,
                Blind54Templates.BLIND_54, SET_RECORDS);
        assertThat(abroad.overall().recall()).as("BLIND_54 recall").isGreaterThanOrEqualTo(0.925);
        assertThat(abroad.overall().precision()).as("BLIND_54 precision").isGreaterThanOrEqualTo(0.98);
    }

    /** BLIND_55 (0.942 / 0.941), BLIND_56 (0.930 / 0.969) and BLIND_57 (0.939 / 0.963), measured once, development since. */
    @Test
    void blindFiftyFiveToFiftySeven() {
        DeidMetrics dialysis = measure("BLIND_55 templates (development since)", Blind55Templates.SEED,
                Blind55Templates.BLIND_55, SET_RECORDS);
        assertThat(dialysis.overall().recall()).as("BLIND_55 recall").isGreaterThanOrEqualTo(0.938);
        assertThat(dialysis.overall().precision()).as("BLIND_55 precision").isGreaterThanOrEqualTo(0.94);
        DeidMetrics earthquake = measure("BLIND_56 templates (development since)", Blind56Templates.SEED,
                Blind56Templates.BLIND_56, SET_RECORDS);
        assertThat(earthquake.overall().recall()).as("BLIND_56 recall").isGreaterThanOrEqualTo(0.925);
        assertThat(earthquake.overall().precision()).as("BLIND_56 precision").isGreaterThanOrEqualTo(0.965);
        DeidMetrics children = measure("BLIND_57 templates (development since)", Blind57Templates.SEED,
                Blind57Templates.BLIND_57, SET_RECORDS);
        assertThat(children.overall().recall()).as("BLIND_57 recall").isGreaterThanOrEqualTo(0.935);
        assertThat(children.overall().precision()).as("BLIND_57 precision").isGreaterThanOrEqualTo(0.975);
    }

    /** BLIND_58 (0.804 / 0.956), BLIND_59 (0.918 / 0.966) and BLIND_60 (0.915 / 0.969), measured once, development since. */
    @Test
    void blindFiftyEightToSixty() {
        DeidMetrics hongKong = measure("BLIND_58 templates (development since)", Blind58Templates.SEED,
                Blind58Templates.BLIND_58, SET_RECORDS);
        assertThat(hongKong.overall().recall()).as("BLIND_58 recall").isGreaterThanOrEqualTo(0.905);
        assertThat(hongKong.overall().precision()).as("BLIND_58 precision").isGreaterThanOrEqualTo(0.975);
        DeidMetrics cancer = measure("BLIND_59 templates (development since)", Blind59Templates.SEED,
                Blind59Templates.BLIND_59, SET_RECORDS);
        assertThat(cancer.overall().recall()).as("BLIND_59 recall").isGreaterThanOrEqualTo(0.94);
        assertThat(cancer.overall().precision()).as("BLIND_59 precision").isGreaterThanOrEqualTo(0.975);
        DeidMetrics county = measure("BLIND_60 templates (development since)", Blind60Templates.SEED,
                Blind60Templates.BLIND_60, SET_RECORDS);
        assertThat(county.overall().recall()).as("BLIND_60 recall").isGreaterThanOrEqualTo(0.94);
        assertThat(county.overall().precision()).as("BLIND_60 precision").isGreaterThanOrEqualTo(0.975);
    }

    private DeidMetrics measure(String name, long seed, List<String> templates, int n) {
        List<LabelledRecord> records = new ClinicalTextGenerator(seed, templates).generate(n);
        // The de-identifier is shared safely between threads (DeidConcurrencyTest): use every core, count in order.
        List<List<Span>> found = records.parallelStream().map(r -> deid.find(r.text())).toList();
        DeidMetrics metrics = new DeidMetrics();
        for (int i = 0; i < records.size(); i++) metrics.add(records.get(i).gold(), found.get(i));
        long sentences = records.stream().mapToLong(r -> r.text().split("[。.](?=\\S|$)").length).sum();
        System.out.printf("%nDe-identification, %s: seed %d, %d records, %d sentences%n", name, seed, n, sentences);
        System.out.print(metrics.report());
        assertThat(sentences).isGreaterThanOrEqualTo(n);
        return metrics;
    }
}

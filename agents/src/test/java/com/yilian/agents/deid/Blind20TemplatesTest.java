package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the twentieth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says, every
 * pool name turns up, forms of address and titles (老X, 尕X, X老汉, X家婆姨, X奶奶, X爷, X师, X大夫, X阿訇, X主任, X院长,
 * X护士长, X站长, X队长, X连长) label the surname only and a given name used alone the given name, OCR'd names broken by
 * a line break, an ideographic blank or blanks are one span, minority names are labelled whole with a middle dot, a
 * bullet or none, passport machine-readable names without their filler, resident identity numbers (also with a
 * lower-case x, in full-width digits or grouped 6 4 4 4 by blanks) carry a valid GB 11643 check character and 15-digit
 * numbers a valid birth date, bank cards a valid Luhn digit, the phone, record, insurance, address and birth-date forms
 * the group promises do occur, a child known by a parent's name labels the parent, the decoys (hotlines, bed, exam,
 * specimen, order, blood-bag, courier, plate, staff, badge, filing and batch numbers, facilities, places alone, foods
 * and products with place words, words beginning with a surname) stand in the text and are never labelled, the
 * generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the pools
 * are new and mostly not ordinary words. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind20TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    /** What a literal brace may not touch once the slots are gone: a letter, digit or underscore (a mistyped slot). */
    private static final Pattern BROKEN_SLOT = Pattern.compile("\\{[A-Za-z0-9_]|[A-Za-z0-9_]}");
    private static final List<String> PHONES = List.of(
            "1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}", "\\(\\+86\\)1[3-9]\\d{9}", "0086 1[3-9]\\d{9}",
            "\\+86-1[3-9]\\d-\\d{4}-\\d{4}", "0\\d{2,3}-[2-8]\\d{6,7}((转|-)\\d{3,4})?",
            "\\(0\\d{2,3}\\)[2-8]\\d{6,7}((转|-)\\d{3,4})?", "0\\d{2,3} [2-8]\\d{6,7}((转|-)\\d{3,4})?",
            "0\\d{2,3}\uFF0D[2-8]\\d{6,7}((转|-)\\d{3,4})?");
    private static final String CN_DIGITS = "[〇一二三四五六七八九十]";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{2}月\\d{2}日",
            "(19|20)\\d{2}-\\d{1,2}-\\d{1,2}", "(19|20)\\d{2}\\.\\d{2}\\.\\d{2}",
            "[一二][〇一二三四五六七八九]{3}年" + CN_DIGITS + "{1,2}月" + CN_DIGITS + "{1,3}日",
            "(19|20)\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}", "(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}/\\d{2}/\\d{2}", "(19|20)\\d{2}\\.\\d{2}", "\\d{2} [A-Z]{3} (19|20)\\d{2}",
            "\\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ (19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}",
            "(19|20)\\d{2}-[A-Z][a-z]{2}-\\d{2}", "20\\d{2}\\.\\d{1,2}\\.\\d{1,2}");
    private static final String RECORD = "H(1[5-9]|2[0-5])-\\d{6}|MZ20(1[5-9]|2[0-5])\\d{6}|\\d{7}/(1[5-9]|2[0-5])"
            + "|QL\\d{8}";
    private static final String INSURANCE = "GS62\\d{12}|NX64-\\d{10}|QHYB63\\d{9}|XJ-65-\\d{10}|SN61\\d{11}";
    private static final String ADDRESS = "(甘肃省|宁夏回族自治区|青海省|新疆维吾尔自治区|陕西省)?(兰州市|银川市|西宁市|乌鲁木齐市"
            + "|西安市|临夏回族自治州|吴忠市|榆林市|喀什地区|固原市|天水市|庆阳市|海东市|阿克苏地区|海南藏族自治州|甘南藏族自治州"
            + "|果洛藏族自治州|石河子市|阿拉尔市)\\S+?(\\d+(号|室|号院)|村|社|组|连|牧场|路|街)";
    private static final List<String> HONORIFICS = List.of("老汉", "家婆姨", "奶奶", "爷", "师", "大夫", "阿訇", "主任",
            "院长", "护士长", "站长", "队长", "连长");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NM", "PS", "FS", "PG", "PK",
                "PY", "PZ", "PO", "MX", "EG"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind20Templates.BLIND_20).hasSizeBetween(260, 320).doesNotHaveDuplicates();
        assertThat(Blind20Templates.BLIND_20).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
                .doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6)
                .doesNotContainAnyElementsOf(Blind7Templates.BLIND_7)
                .doesNotContainAnyElementsOf(Blind8Templates.BLIND_8)
                .doesNotContainAnyElementsOf(Blind9Templates.BLIND_9)
                .doesNotContainAnyElementsOf(Blind10Templates.BLIND_10)
                .doesNotContainAnyElementsOf(Blind11Templates.BLIND_11)
                .doesNotContainAnyElementsOf(Blind12Templates.BLIND_12)
                .doesNotContainAnyElementsOf(Blind13Templates.BLIND_13)
                .doesNotContainAnyElementsOf(Blind14Templates.BLIND_14)
                .doesNotContainAnyElementsOf(Blind15Templates.BLIND_15)
                .doesNotContainAnyElementsOf(Blind16Templates.BLIND_16)
                .doesNotContainAnyElementsOf(Blind17Templates.BLIND_17)
                .doesNotContainAnyElementsOf(Blind18Templates.BLIND_18)
                .doesNotContainAnyElementsOf(Blind19Templates.BLIND_19);
        List<String> used = Blind20Templates.BLIND_20.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "NM", "PS", "FS", "DS", "PG", "PK", "PY",
                "PZ", "PO", "MX", "EG", "ES", "MN", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "E",
                "E2", "E3", "P", "F", "DR");
        for (String slot : List.of("P", "N", "NM", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB",
                "PS", "FS", "PG", "PK", "PY", "PO", "MX", "MN")) {
            assertThat(used.stream().filter(slot::equals).count()).as("slot " + slot + " used often enough")
                    .isGreaterThanOrEqualTo(slot.equals("FS") || slot.equals("PK") ? 3 : 4);
        }
        long english = TemplateChecks.mostlyLatin(Blind20Templates.BLIND_20);
        assertThat(english).as("English or mostly Latin-script templates").isBetween(36L, 56L);
        TemplateChecks.checkSlots(Blind20Templates.BLIND_20, PHI);
        for (String t : Blind20Templates.BLIND_20) {
            String literal = TemplateChecks.SLOT.matcher(t).replaceAll("");
            assertThat(literal).as("mistyped slot in " + t).doesNotContainPattern(BROKEN_SLOT);
            if (literal.contains("{") || literal.contains("}")) {
                assertThat(literal).as("only JSON exports carry literal braces: " + t).startsWith("{\"");
            }
            assertThat(TemplateChecks.slots(t).stream().filter("MN"::equals).count())
                    .as("MN is one person per record, written once: " + t).isLessThanOrEqualTo(1);
            assertThat(t).as("every template ends a line: " + t).endsWith("\n");
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind20Templates.BLIND_20, checkedNames(), Blind20Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind20Templates.BLIND_20, Blind20Templates.SEED, PHI,
                Blind20TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        List<LabelledRecord> a = new ClinicalTextGenerator(Blind20Templates.SEED, Blind20Templates.BLIND_20)
                .generate(300);
        List<LabelledRecord> b = new ClinicalTextGenerator(Blind20Templates.SEED, Blind20Templates.BLIND_20)
                .generate(300);
        List<LabelledRecord> c = new ClinicalTextGenerator(Blind20Templates.SEED + 1, Blind20Templates.BLIND_20)
                .generate(300);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(a.stream().map(LabelledRecord::text).distinct().count()).as("records vary").isGreaterThan(290);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind20Templates.BLIND_20, Blind20Templates.SEED, PHI,
                Blind20Templates::surnameOf, Blind20Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind20Templates.surnameOf("完颜福海")).isEqualTo("完颜");
        assertThat(Blind20Templates.surnameOf("呼延翀")).isEqualTo("呼延");
        assertThat(Blind20Templates.surnameOf("冶占福")).isEqualTo("冶");
        assertThat(Blind20Templates.addressedGivenName("呼延翀")).isEqualTo("呼延翀");
        assertThat(Blind20Templates.addressedGivenName("虎崧")).isEqualTo("虎崧");
        assertThat(Blind20Templates.addressedGivenName("冶占福")).isEqualTo("占福");
        assertThat(Blind20Templates.addressedGivenName("马尕西木")).isEqualTo("尕西木");
        assertThat(Blind20Templates.addressedGivenName("万俟拴成")).isEqualTo("拴成");
    }

    @Test
    void formsOfAddressStayOutsideTheSurnameSpan() {
        Pattern around = Pattern.compile("[老尕]\\{(PS|FS|DS)}|\\{(PS|FS|DS)}(" + String.join("|", HONORIFICS) + ")");
        int prefixed = 0, suffixed = 0;
        Set<String> honorificsSeen = new HashSet<>();
        for (String template : Blind20Templates.BLIND_20) {
            if (!around.matcher(template).find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(Blind20Templates.SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    boolean surname = Blind20Templates.chineseNames().stream()
                            .anyMatch(n -> Blind20Templates.surnameOf(n).equals(v));
                    if (!surname) continue;
                    String after = r.text().substring(s.end());
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    assertThat(v).as(r.text()).doesNotContain("老", "尕", "婆姨", "奶奶", "大夫", "阿訇", "长");
                    if (before == '老' || before == '尕') prefixed++;
                    for (String h : HONORIFICS) {
                        if (after.startsWith(h)) {
                            honorificsSeen.add(h);
                            suffixed++;
                            break;
                        }
                    }
                }
            }
        }
        assertThat(prefixed).as("老X and 尕X").isGreaterThan(30);
        assertThat(suffixed).as("X老汉, X大夫, X阿訇 …").isGreaterThan(200);
        assertThat(honorificsSeen).as("every form of address is written").containsAll(HONORIFICS);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, blanks = 0, ideographic = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind20Templates.SEED, Blind20Templates.BLIND_20)
                .generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                if (Blind20Templates.mixedOf(v) != null) continue;
                assertThat(Blind20Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.contains(" ")) blanks++;
                if (v.contains("\u3000")) ideographic++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(blanks).as("names broken by blanks").isGreaterThan(10);
        assertThat(ideographic).as("names broken by an ideographic blank").isGreaterThan(5);
        assertThat(Blind20Templates.isScannedName("冶\n占福")).isTrue();
        assertThat(Blind20Templates.isScannedName("冶\u3000占福")).isTrue();
        assertThat(Blind20Templates.isScannedName("冶占福")).isFalse();
        assertThat(Blind20Templates.isScannedName("冶\n占")).isFalse();
    }

    @Test
    void minorityAndMachineReadableNamesAreLabelledWhole() {
        int dotted = 0, bullet = 0, undotted = 0, machine = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind20Templates.SEED, Blind20Templates.BLIND_20)
                .generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                String entry = Blind20Templates.minorityOf(v);
                if (entry != null && entry.contains("·")) {
                    if (v.contains("·")) dotted++;
                    else if (v.contains("•")) bullet++;
                    else undotted++;
                    assertThat(r.text().charAt(s.end() - 1)).as(r.text()).isNotIn('·', '•');
                }
                if (Blind20Templates.machineReadableOf(v) != null) {
                    machine++;
                    assertThat(v).contains("<<").doesNotStartWith("<").doesNotEndWith("<");
                    assertThat(r.text().substring(s.end())).startsWith("<<<");
                    assertThat(r.text().substring(0, s.start())).endsWith("P<CHN");
                }
            }
        }
        assertThat(dotted).as("minority names with a middle dot").isGreaterThan(50);
        assertThat(bullet).as("minority names with a bullet").isGreaterThan(5);
        assertThat(undotted).as("minority names without a dot").isGreaterThan(20);
        assertThat(machine).as("machine-readable passport names").isGreaterThan(10);
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        int checked = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind20Templates.SEED, Blind20Templates.BLIND_20)
                .generate(RECORDS)) {
            for (String child : List.of("之子", "之女")) {
                for (int at : TemplateChecks.occurrences(r.text(), child)) {
                    assertThat(r.gold()).as("parent before " + child + " in: " + r.text())
                            .anyMatch(s -> s.end() == at && s.kind() == EntityKind.NAME);
                    assertThat(r.gold()).as(r.text()).noneMatch(s -> s.start() < at + 2 && s.end() > at);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, spaced = 0, fullWidth = 0, legacy = 0;
        int cards = 0, cardsSpaced = 0, cardsBin = 0, cards19 = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind20Templates.SEED, Blind20Templates.BLIND_20)
                .generate(2500)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    checkIdentity(v);
                    ids++;
                    if (v.endsWith("x")) lower++;
                    if (v.contains(" ")) spaced++;
                    if (v.chars().anyMatch(c -> c >= '０' && c <= '９')) fullWidth++;
                    if (v.length() == 15) legacy++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    checkBankCard(v);
                    cards++;
                    if (v.matches("(\\d{4} )+\\d{1,4}")) cardsSpaced++;
                    if (v.matches("\\d{6} \\d{10}|\\d{6} \\d{13}")) cardsBin++;
                    if (v.replace(" ", "").length() == 19) cards19++;
                }
            }
        }
        assertThat(ids).isGreaterThan(300);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(spaced).as("identity numbers 6 4 4 4 by blanks").isGreaterThan(0);
        assertThat(fullWidth).as("identity numbers in full-width digits").isGreaterThan(0);
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsBin).as("bank cards split after the bank number").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        // The checks reject what they should.
        assertThat(legacyIdValid("622926620230123")).as("30 February").isFalse();
        assertThat(legacyIdValid("622926621103123")).isTrue();
        assertThat(Checksums.luhn("6217780000000001")).isFalse();
        assertThat(Blind20Templates.halfWidth("６２２９２６")).isEqualTo("622926");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Set<String> phones = new HashSet<>(), records = new HashSet<>(), insurance = new HashSet<>(),
                addresses = new HashSet<>(), births = new HashSet<>();
        for (LabelledRecord r : new ClinicalTextGenerator(Blind20Templates.SEED, Blind20Templates.BLIND_20)
                .generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                switch (s.kind()) {
                    case PHONE -> phones.add(v);
                    case MEDICAL_RECORD -> records.add(v);
                    case INSURANCE -> insurance.add(v);
                    case ADDRESS -> addresses.add(v);
                    case BIRTH_DATE -> births.add(v);
                    default -> {
                    }
                }
            }
        }
        for (String form : PHONES) {
            assertThat(phones).as("phone form " + form).anyMatch(p -> p.matches(form));
        }
        assertThat(phones).anyMatch(p -> p.contains("转")).anyMatch(p -> p.matches("0\\d{2,3}\\D[2-8]\\d{6,7}-\\d+"))
                .anyMatch(p -> p.matches("0931-[2-8]\\d{6}")).anyMatch(p -> p.matches("029[- ][2-8]\\d{7}"))
                .anyMatch(p -> p.matches("\\(0971\\)[2-8]\\d{6}")).anyMatch(p -> p.startsWith("0991"))
                .anyMatch(p -> p.startsWith("0951"));
        assertThat(records).anyMatch(v -> v.matches("H\\d{2}-\\d{6}")).anyMatch(v -> v.startsWith("MZ"))
                .anyMatch(v -> v.contains("/")).anyMatch(v -> v.startsWith("QL"));
        assertThat(insurance).anyMatch(v -> v.startsWith("GS62")).anyMatch(v -> v.startsWith("NX64-"))
                .anyMatch(v -> v.startsWith("QHYB63")).anyMatch(v -> v.startsWith("XJ-65-"))
                .anyMatch(v -> v.startsWith("SN61"));
        assertThat(addresses).anyMatch(a -> a.startsWith("甘肃省兰州市")).anyMatch(a -> a.startsWith("银川市"))
                .anyMatch(a -> a.contains("号楼") && a.contains("单元") && a.endsWith("室"))
                .anyMatch(a -> a.contains("号院"))
                .anyMatch(a -> a.contains("回族乡") && a.contains("村"))
                .anyMatch(a -> a.matches(".*村[一二三四五六七八九十]+社.*")).anyMatch(a -> a.matches(".*村\\d+社.*"))
                .anyMatch(a -> a.matches(".*村\\d+组.*"))
                .anyMatch(a -> a.endsWith("冬季牧场")).anyMatch(a -> a.endsWith("夏季牧场"))
                .anyMatch(a -> a.matches(".*团[一二三四五六七八九十]+连.*")).anyMatch(a -> a.matches(".*团\\d+连.*"))
                .anyMatch(a -> a.endsWith("村")).anyMatch(a -> a.endsWith("路") || a.endsWith("街"))
                .anyMatch(a -> a.startsWith("新疆维吾尔自治区")).anyMatch(a -> a.startsWith("宁夏回族自治区"))
                .anyMatch(a -> a.startsWith("青海省")).anyMatch(a -> a.startsWith("陕西省"))
                .anyMatch(a -> a.startsWith("临夏回族自治州东乡族自治县")).anyMatch(a -> a.startsWith("石河子市"));
        for (String form : BIRTH_DATES) {
            assertThat(births).as("birth-date form " + form).anyMatch(b -> b.matches(form));
        }
        assertThat(births).as("Chinese-numeral dates").anyMatch(b -> b.startsWith("一九"));
        assertThat(births).as("children's dates").anyMatch(b -> b.matches("20(1[2-9]|2\\d)年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(b -> b.matches("20(1[2-9]|2\\d)-\\d{2}-\\d{2}"));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        List<String> decoys = List.of("拨打12320", "400-690-1200", "拨打12345", "拨打120", "12床", "加3床", "bed 3",
                "CT-24-1187", "BR24-0633", "YZ240618-02", "BB24-011873", "ZTO735198266043", "甘A·7K316", "宁D·3X708",
                "工号GY0412", "工号SF0917", "工号YS2031", "警号620317", "BA-65-2406-0317", "批号20240318-2",
                "WX2406181123458", "DD2406118842", "DR-0618-07", "KJ-2207", "兰州牛肉面", "宁夏枸杞",
                "吐鲁番葡萄干", "库尔勒香梨", "盐池滩羊", "陇西黄芪", "岷县当归", "静宁苹果", "虎口", "虎红平板", "豆浆", "燕麦",
                "鱼刺", "辛辣", "敏感", "星期", "同步", "冶炼厂", "锁骨", "海拔", "参保地：甘肃省临夏州",
                "就医地：新疆维吾尔自治区乌鲁木齐市", "从青海省西宁市转往陕西省西安市", "岷阳医学院附属医院", "洮川县人民医院",
                "达坂回族乡卫生院", "阳洼村卫生室", "草原流动医疗队", "三河口棉场", "祁连山铜矿", "陇东油田采油三厂",
                "岷阳市中心血站", "岷阳市城关区人民法院", "洮川县公安局城关派出所", "洮川县城关第三小学", "格尔木市人民医院",
                "石河子大学医学院第一附属医院", "海拔3600米", "八十了", "Hb 231g/L", "1,648.00元", "14:32");
        Set<String> seen = new HashSet<>();
        for (LabelledRecord r : new ClinicalTextGenerator(Blind20Templates.SEED, Blind20Templates.BLIND_20)
                .generate(RECORDS)) {
            for (String decoy : decoys) {
                for (int at : TemplateChecks.occurrences(r.text(), decoy)) {
                    seen.add(decoy);
                    assertThat(r.gold()).as("decoy " + decoy + " labelled in: " + r.text())
                            .noneMatch(s -> s.start() < at + decoy.length() && s.end() > at);
                }
            }
        }
        assertThat(seen).as("every decoy is written").containsExactlyInAnyOrderElementsOf(decoys);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind20Templates.SEED, Blind20Templates.BLIND_20)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        Set<String> mixed = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind20TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind20Templates.fullNameOf(value) != null) labelledNames.add(Blind20Templates.fullNameOf(value));
                if (Blind20Templates.pinyinOf(value) != null) pinyin.add(Blind20Templates.pinyinOf(value));
                if (Blind20Templates.machineReadableOf(value) != null) {
                    pinyin.add(Blind20Templates.machineReadableOf(value));
                }
                if (Blind20Templates.mixedOf(value) != null) mixed.add(Blind20Templates.mixedOf(value));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind20Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind20Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind20Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind20Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind20Templates.pinyinNames());
        assertThat(mixed).as("every mixed pool name is drawn").containsAll(Blind20Templates.mixedNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind20Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind20Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind20Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind20Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+")).anyMatch(v -> v.matches("[A-Z]+, [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+") && Blind20Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z]+<<[A-Z]+"))
                .anyMatch(v -> v.matches(".*[āáǎàēéěèīíǐìōóǒòūúǔùĀÁǍÀ].*"));
        assertThat(labelledValues).as("mixed names in each written form")
                .anyMatch(v -> v.matches("[A-Z][a-z]+\\p{IsHan}")).anyMatch(v -> v.matches("\\p{IsHan} [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+") && Blind20Templates.mixedOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z][a-z]+") && Blind20Templates.mixedOf(v) != null);
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind20Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind20Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 5)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4
                        && Blind20Templates.compoundSurnames().contains(n.substring(0, 2)))
                .anyMatch(n -> n.length() == 3 && Blind20Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind20Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind20Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind20Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind20Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind20Templates.minorityNames())
                .as("Uyghur and Kazakh names with a dot, Tibetan and Mongol without")
                .anyMatch(n -> n.contains("·")).anyMatch(n -> !n.contains("·"));
        assertThat(Blind20Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind20Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind20Templates.mixedNames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(Blind20Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<Class<?>> older = OlderGroups.upTo(19);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(19);
        List<String> givenNames = Stream.concat(Blind20Templates.englishGivenNames(),
                Blind20Templates.mixedGivenNames()).toList();
        List<String> minorityWritten = Blind20Templates.minorityWritten().toList();
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, minorityWritten,
                Blind20Templates.englishSurnames().toList(), givenNames))
                .as("names that are not new").isEmpty();
        Set<String> olderChinese = new HashSet<>();
        Set<String> olderLatin = new HashSet<>();
        for (Class<?> c : older) {
            olderChinese.addAll(TemplateChecks.list(c, "CHINESE"));
            olderChinese.addAll(TemplateChecks.list(c, "MINORITY"));
            for (String n : TemplateChecks.list(c, "ENGLISH")) olderLatin.add(key(n));
        }
        Set<String> olderMinorityBare = new HashSet<>();
        for (String n : olderChinese) olderMinorityBare.add(n.replaceAll("[·•・]", ""));
        assertThat(Blind20Templates.minorityNames().stream().map(n -> n.replace("·", "")))
                .as("minority names that are not new once the dot is gone").noneMatch(olderMinorityBare::contains);
        olderChinese.addAll(Blind17Templates.nicknames());
        olderChinese.addAll(Blind18Templates.nicknames());
        olderChinese.addAll(Blind19Templates.nicknames());
        for (Class<?> c : List.of(Blind5Templates.class, Blind6Templates.class, Blind15Templates.class)) {
            for (String n : TemplateChecks.list(c, "PINYIN")) olderLatin.add(key(n));
        }
        for (String n : TemplateChecks.list(Blind16Templates.class, "ROMANISED")) olderLatin.add(key(n));
        for (String n : Blind17Templates.pinyinNames()) olderLatin.add(pinyinKey(n));
        for (String n : Blind18Templates.pinyinNames()) olderLatin.add(pinyinKey(n));
        for (String n : Blind19Templates.pinyinNames()) olderLatin.add(pinyinKey(Blind19Templates.toneless(n)));
        for (String n : Blind19Templates.mixedNames()) olderLatin.add(key(n.split("\\|")[0] + "|" + n.split("\\|")[2]));
        assertThat(Blind20Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
        assertThat(Blind20Templates.pinyinNames().stream().map(n -> pinyinKey(Blind20Templates.toneless(n))))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
        assertThat(Blind20Templates.mixedNames().stream().map(n -> key(n.split("\\|")[0] + "|" + n.split("\\|")[2])))
                .as("mixed names that are not new as Latin names").noneMatch(olderLatin::contains);
    }

    /** A Latin name pair, lower case, either order, without hyphens: the same for Tai-man|Chan and Chan|Taiman. */
    private static String key(String pair) {
        String[] p = pair.toLowerCase().replace("-", "").split("\\|");
        return p[0].compareTo(p[1]) < 0 ? p[0] + "|" + p[1] : p[1] + "|" + p[0];
    }

    /** The key of a pinyin entry Family|Syllable|Syllable. */
    private static String pinyinKey(String entry) {
        String[] p = entry.split("\\|");
        return key(p[0] + "|" + p[1] + p[2]);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese names, minority names as written (with a
     * dot, a bullet or none), English names, nicknames, compound surnames, pinyin, machine-readable and mixed names as
     * written, and English and mixed given names and English family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind20Templates.chineseNames().stream(), Blind20Templates.minorityWritten(),
                        Blind20Templates.nicknames().stream(), Blind20Templates.compoundSurnames().stream(),
                        Blind20Templates.englishNames(), Blind20Templates.pinyinWritten(),
                        Blind20Templates.mixedWritten(), Blind20Templates.mixedGivenNames(),
                        Blind20Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind20Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    /** A first-generation number: 15 digits, the birth date yymmdd of a 19xx year valid. */
    static boolean legacyIdValid(String id) {
        if (!id.matches("\\d{15}")) return false;
        try {
            LocalDate.of(1900 + Integer.parseInt(id.substring(6, 8)), Integer.parseInt(id.substring(8, 10)),
                    Integer.parseInt(id.substring(10, 12)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static void checkIdentity(String v) {
        if (v.length() == 15) {
            assertThat(legacyIdValid(v)).as(v + " 15-digit number with a valid birth date").isTrue();
            assertThat(Blind20Templates.areaCodes()).as(v).contains(v.substring(0, 6));
            return;
        }
        assertThat(v).matches("\\d{17}[\\dXx]|\\d{6} \\d{4} \\d{4} \\d{3}[\\dXx]|[０-９]{17}[０-９X]");
        String id = Blind20Templates.halfWidth(v).replace(" ", "").replace('x', 'X');
        TemplateChecks.checkResidentId(v, id);
        assertThat(Blind20Templates.areaCodes()).as(v).contains(id.substring(0, 6));
    }

    private static void checkBankCard(String written) {
        assertThat(written).as(written).matches("\\d{16}|\\d{19}|(\\d{4} ){3,4}\\d{3,4}|\\d{6} \\d{10}|\\d{6} \\d{13}");
        TemplateChecks.checkBankCard(written);
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind20Templates.isPoolName(value)).as("name from the BLIND_20 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> checkBankCard(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

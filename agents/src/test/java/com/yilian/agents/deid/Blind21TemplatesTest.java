package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the twenty-first blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says,
 * every pool name turns up, forms of address and titles (X嬢嬢, X幺妹, 阿X, X伯, X公, X婶, X嬷, X老师, X大爷, X医生,
 * X主任, X护士长, X院长) label the surname only and a given name used alone the given name, OCR'd names broken by a line
 * break, a blank or an ideographic blank are one span, resident identity numbers (also with a lower-case x or grouped
 * by blanks) carry a valid GB 11643 check character and an area code of the group's provinces, 15-digit numbers a valid
 * birth date, bank cards a valid Luhn digit, the phone, record, insurance, address and birth-date forms the group
 * promises do occur, a child known by a parent's name labels the parent, the decoys (hotlines, bed, triage-tag, exam,
 * specimen, order, claim, courier, batch, staff and subject numbers, facilities, places alone, foods and teas with place
 * words, drug names, words beginning with a surname, ages alone) stand in the text and are never labelled, the
 * generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the pools
 * and their surnames are new. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind21TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    /** What a literal brace may not touch once the slots are gone: a letter, digit or underscore (a mistyped slot). */
    private static final Pattern BROKEN_SLOT = Pattern.compile("\\{[A-Za-z0-9_]|[A-Za-z0-9_]}");
    private static final List<String> PHONES = List.of(
            "1[3578]\\d{9}", "1[3578]\\d \\d{4} \\d{4}", "\\+86-1[3578]\\d{9}", "0086 1[3578]\\d \\d{4} \\d{4}",
            "0\\d{2,3}-[2-8]\\d{6,7}", "0\\d{2,3}-[2-8]\\d{6,7}-\\d{3,4}", "（0\\d{2,3}）[2-8]\\d{6,7}",
            "0\\d{2,3} [2-8]\\d{6,7}");
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}年\\d{2}月\\d{2}日", "(19|20)\\d{2}-\\d{1,2}-\\d{1,2}", "(19|20)\\d{2}\\.\\d{2}\\.\\d{2}",
            "[〇一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
            "(19|20)\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}", "\\d{1,2}(st|nd|rd|th) [A-Z][a-z]+ (19|20)\\d{2}",
            "\\d{2} [A-Z]{3} (19|20)\\d{2}", "[A-Z][a-z]{2}\\. \\d{1,2}, (19|20)\\d{2}", "(19|20)\\d{2}/\\d{2}/\\d{2}");
    private static final String RECORD = "RY20(1[6-9]|2[0-5])/\\d{6}|YMFY\\d{8}|WJ\\d{7}-\\d{2}|HLW\\d{10}";
    private static final String INSURANCE = "CDYB\\d{10}|CQ-500-\\d{9}|GX45R\\d{10}|HI46-\\d{10}|MB35\\d{11}";
    private static final String ADDRESS = "(四川省|广西壮族自治区|海南省|福建省)?(成都市|重庆市|南宁市|海口市|福州市|泉州市"
            + "|南充市|雅安市|凉山彝族自治州|河池市|柳州市|文昌市)\\S+?(\\d+号|\\d+-\\d+|村|会|社|组|屯|寨|坡|街|路|道)";
    private static final List<String> HONORIFICS = List.of("嬢嬢", "孃孃", "幺妹", "伯", "公", "婶", "嬷", "老师", "大爷",
            "姐", "哥", "护士长", "院长", "医生", "主任");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PK", "PY",
                "PO", "MX", "EG", "PH"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        phi.put("DOBC", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind21Templates.BLIND_21).hasSizeBetween(260, 320).doesNotHaveDuplicates();
        assertThat(Blind21Templates.BLIND_21).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
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
        List<String> used = Blind21Templates.BLIND_21.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "DS", "PG", "PK", "PY", "PO",
                "MX", "EG", "ES", "MN", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "E", "E2", "P",
                "F", "DR", "PH", "DOBC");
        TemplateChecks.checkSlotsUsedAtLeast(Blind21Templates.BLIND_21, 4, List.of("P", "N", "ID", "M", "L", "R", "I",
                "B", "A", "A0", "DOB", "DOBE", "NB", "PS", "FS", "PG", "PK", "PY", "PO", "MX", "MN", "PH", "DOBC"));
        long english = TemplateChecks.mostlyLatin(Blind21Templates.BLIND_21);
        assertThat(english).as("English or mostly Latin-script templates").isBetween(45L, 62L);
        TemplateChecks.checkSlots(Blind21Templates.BLIND_21, PHI);
        for (String t : Blind21Templates.BLIND_21) {
            // The only literal braces are those of JSON objects: {" opens one and "} closes it.
            assertThat(TemplateChecks.SLOT.matcher(t).replaceAll("").replace("{\"", "").replace("\"}", ""))
                    .as("stray brace in " + t).doesNotContain("{", "}");
        }
        assertThat(Blind21Templates.BLIND_21.stream().filter(t -> t.startsWith("{\"")).count()).as("JSON exports")
                .isGreaterThanOrEqualTo(3);
        for (String t : Blind21Templates.BLIND_21) {
            assertThat(TemplateChecks.SLOT.matcher(t).replaceAll("")).as("mistyped slot in " + t)
                    .doesNotContainPattern(BROKEN_SLOT);
            assertThat(TemplateChecks.slots(t).stream().filter("MN"::equals).count())
                    .as("MN is one person per record, written once: " + t).isLessThanOrEqualTo(1);
            assertThat(t).as("every template ends a line: " + t).endsWith("\n");
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind21Templates.BLIND_21, checkedNames(), Blind21Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind21Templates.BLIND_21, Blind21Templates.SEED, PHI,
                Blind21TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        List<LabelledRecord> a = new ClinicalTextGenerator(Blind21Templates.SEED, Blind21Templates.BLIND_21)
                .generate(300);
        List<LabelledRecord> b = new ClinicalTextGenerator(Blind21Templates.SEED, Blind21Templates.BLIND_21)
                .generate(300);
        List<LabelledRecord> c = new ClinicalTextGenerator(Blind21Templates.SEED + 1, Blind21Templates.BLIND_21)
                .generate(300);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(a.stream().map(LabelledRecord::text).distinct().count()).as("records vary").isGreaterThan(290);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind21Templates.BLIND_21, Blind21Templates.SEED, PHI,
                Blind21Templates::surnameOf, Blind21Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind21Templates.surnameOf("完颜秀芝")).isEqualTo("完颜");
        assertThat(Blind21Templates.surnameOf("乐正淳")).isEqualTo("乐正");
        assertThat(Blind21Templates.surnameOf("税长贵")).isEqualTo("税");
        assertThat(Blind21Templates.addressedGivenName("乐正淳")).isEqualTo("乐正淳");
        assertThat(Blind21Templates.addressedGivenName("代琼")).isEqualTo("代琼");
        assertThat(Blind21Templates.addressedGivenName("税长贵")).isEqualTo("长贵");
        assertThat(Blind21Templates.addressedGivenName("梁丘婉秋")).isEqualTo("婉秋");
    }

    @Test
    void formsOfAddressStayOutsideTheSurnameSpan() {
        Pattern around = Pattern.compile("阿\\{(PS|FS|DS)}|\\{(PS|FS|DS)}(" + String.join("|", HONORIFICS) + ")");
        int prefixed = 0, suffixed = 0;
        Set<String> honorificsSeen = new HashSet<>();
        for (String template : Blind21Templates.BLIND_21) {
            if (!around.matcher(template).find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(Blind21Templates.SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    boolean surname = Blind21Templates.chineseNames().stream()
                            .anyMatch(n -> Blind21Templates.surnameOf(n).equals(v));
                    if (!surname) continue;
                    String after = r.text().substring(s.end());
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    assertThat(v).as(r.text()).doesNotContain("阿", "嬢", "孃", "幺", "伯", "公", "婶", "嬷", "老师",
                            "大爷", "姐", "哥", "医生", "主任", "院长");
                    if (before == '阿') prefixed++;
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
        assertThat(prefixed).as("阿X").isGreaterThan(20);
        assertThat(suffixed).as("X嬢嬢, X幺妹, X伯 …").isGreaterThan(200);
        assertThat(honorificsSeen).as("every form of address is written").containsAll(HONORIFICS);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, blanks = 0, ideographic = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind21Templates.SEED, Blind21Templates.BLIND_21)
                .generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                if (Blind21Templates.minorityNames().contains(v)) continue;
                assertThat(Blind21Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.contains(" ")) blanks++;
                if (v.contains("\u3000")) ideographic++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(20);
        assertThat(blanks).as("names broken by blanks").isGreaterThan(20);
        assertThat(ideographic).as("names broken by an ideographic blank").isGreaterThan(5);
        assertThat(Blind21Templates.isScannedName("税\n长贵")).isTrue();
        assertThat(Blind21Templates.isScannedName("税\u3000长贵")).isTrue();
        assertThat(Blind21Templates.isScannedName("税长贵")).isFalse();
        assertThat(Blind21Templates.isScannedName("税\n长")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        int checked = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind21Templates.SEED, Blind21Templates.BLIND_21)
                .generate(RECORDS)) {
            for (String child : List.of("之子", "之女", "家的娃")) {
                for (int at : TemplateChecks.occurrences(r.text(), child)) {
                    assertThat(r.gold()).as("parent before " + child + " in: " + r.text())
                            .anyMatch(s -> s.end() == at && s.kind() == EntityKind.NAME);
                    assertThat(r.gold()).as(r.text()).noneMatch(s -> s.start() < at + child.length() && s.end() > at);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, spaced = 0, legacy = 0;
        int cards = 0, cardsSpaced = 0, cardsBin = 0, cards19 = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind21Templates.SEED, Blind21Templates.BLIND_21)
                .generate(2500)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    checkIdentity(v);
                    ids++;
                    if (v.endsWith("x")) lower++;
                    if (v.contains(" ")) spaced++;
                    if (v.length() == 15) legacy++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    checkBankCard(v);
                    cards++;
                    if (v.matches("(\\d{4} )+\\d{1,4}")) cardsSpaced++;
                    if (v.matches("\\d{6} \\d{10,13}")) cardsBin++;
                    if (v.replaceAll("[ -]", "").length() == 19) cards19++;
                }
            }
        }
        assertThat(ids).isGreaterThan(300);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(spaced).as("identity numbers 6 8 4 by blanks").isGreaterThan(0);
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsBin).as("bank cards with the BIN apart").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        // The checks reject what they should.
        assertThat(legacyIdValid("511321620230123")).as("30 February").isFalse();
        assertThat(legacyIdValid("511321621103123")).isTrue();
        assertThat(Checksums.luhn("6228480000000001")).isFalse();
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Set<String> phones = new HashSet<>(), records = new HashSet<>(), insurance = new HashSet<>(),
                addresses = new HashSet<>(), births = new HashSet<>();
        for (LabelledRecord r : new ClinicalTextGenerator(Blind21Templates.SEED, Blind21Templates.BLIND_21)
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
        assertThat(phones).anyMatch(p -> p.matches("028-[2-8]\\d{7}")).anyMatch(p -> p.matches("（023）[2-8]\\d{7}"))
                .anyMatch(p -> p.matches("0898[- ][2-8]\\d{7}(-\\d{3,4})?"))
                .anyMatch(p -> p.matches("0771-[2-8]\\d{6}-\\d{3,4}")).anyMatch(p -> p.startsWith("0595"))
                .anyMatch(p -> p.startsWith("0834"));
        assertThat(records).anyMatch(v -> v.startsWith("RY")).anyMatch(v -> v.startsWith("YMFY"))
                .anyMatch(v -> v.startsWith("WJ")).anyMatch(v -> v.startsWith("HLW"));
        assertThat(insurance).anyMatch(v -> v.startsWith("CDYB")).anyMatch(v -> v.startsWith("CQ-500-"))
                .anyMatch(v -> v.startsWith("GX45R")).anyMatch(v -> v.startsWith("HI46-"))
                .anyMatch(v -> v.startsWith("MB35"));
        assertThat(addresses).anyMatch(a -> a.startsWith("四川省成都市")).anyMatch(a -> a.startsWith("成都市"))
                .anyMatch(a -> a.contains("栋") && a.contains("单元") && a.contains("楼") && a.endsWith("号"))
                .anyMatch(a -> a.matches("重庆市\\S+\\d+号附\\d+号\\d+-\\d+"))
                .anyMatch(a -> a.matches("重庆市\\S+路\\d+号\\d+-\\d+"))
                .anyMatch(a -> a.contains("场镇") && a.endsWith("号"))
                .anyMatch(a -> a.matches(".*村\\d+社(\\d+号)?"))
                .anyMatch(a -> a.matches(".*村[一二三四五六七八九十]+组.*")).anyMatch(a -> a.matches(".*村\\d+组.*"))
                .anyMatch(a -> a.matches(".*村\\S+屯(\\d+号)?")).anyMatch(a -> a.matches(".*村\\S+寨(\\d+号)?"))
                .anyMatch(a -> a.matches(".*村委会\\S+坡(\\d+号)?")).anyMatch(a -> a.endsWith("村委会山尾村"))
                .anyMatch(a -> a.matches(".*安溪县\\S+村\\d+号"))
                .anyMatch(a -> a.endsWith("村")).anyMatch(a -> a.endsWith("路") || a.endsWith("街"))
                .anyMatch(a -> a.startsWith("广西壮族自治区")).anyMatch(a -> a.startsWith("海南省"))
                .anyMatch(a -> a.startsWith("福建省泉州市")).anyMatch(a -> a.startsWith("四川省凉山彝族自治州"))
                .anyMatch(a -> a.startsWith("河池市")).anyMatch(a -> a.startsWith("文昌市"));
        for (String form : BIRTH_DATES) {
            assertThat(births).as("birth-date form " + form).anyMatch(b -> b.matches(form));
        }
        assertThat(births).as("children's dates").anyMatch(b -> b.matches("20(1[6-9]|2\\d)年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(b -> b.matches("20(1[6-9]|2\\d)-\\d{1,2}-\\d{1,2}"))
                .anyMatch(b -> b.matches("20(1[6-9]|2\\d)\\.\\d{2}\\.\\d{2}"));
        assertThat(births).as("dates in Chinese numerals").anyMatch(b -> b.startsWith("一九"));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        List<String> decoys = List.of("拨打12320", "拨打12345", "拨打120", "400-616-1200", "加3床", "抢救1床", "bed 12",
                "检伤卡No.0037", "tag No.0037 yellow", "ZS-0112", "DR2405-117", "BX0918-33", "YZ-0918-502", "LP2024091800317",
                "YT7301234567890", "批号240512B", "工号CQ1207", "S-021", "S-022", "ZSF", "LWQ", "MMT-0418", "闽霞渔01688",
                "健字第2024-0815号", "RX-HLW-0917", "YM-ONC-2024-03", "MT-2024-0918", "HU7281", "MSG00123",
                "20240918093000", "郫县豆瓣", "涪陵榨菜", "文昌鸡", "兴隆咖啡", "安溪铁观音", "汉源花椒", "季德胜蛇药片",
                "美沙酮口服液", "抗五步蛇毒血清", "水飞蓟宾", "代谢", "阳性", "艾灸", "危重", "连续", "利尿剂", "鲜血浆", "但是",
                "艾滋病", "凉山州", "参保地重庆市", "就医地海南省海口市", "67岁", "年龄：45", "67 years old",
                "雅岷医科大学附属医院", "汶溪县人民医院", "花椒坪镇卫生院", "石板沟村卫生室", "琼北椰乡医院", "闽南茶乡卫生院",
                "雅岷市疾病预防控制中心", "雅岷市蜀香调味品厂", "Yamin Medical University Hospital", "MV Coral Dawn",
                "86,500.00元", "23,416.50元", "48000 U/L", "CD4：412");
        Set<String> seen = new HashSet<>();
        for (LabelledRecord r : new ClinicalTextGenerator(Blind21Templates.SEED, Blind21Templates.BLIND_21)
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
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind21Templates.SEED, Blind21Templates.BLIND_21)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        Set<String> mixed = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind21TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind21Templates.fullNameOf(value) != null) labelledNames.add(Blind21Templates.fullNameOf(value));
                if (Blind21Templates.pinyinOf(value) != null) pinyin.add(Blind21Templates.pinyinOf(value));
                if (Blind21Templates.mixedOf(value) != null) mixed.add(Blind21Templates.mixedOf(value));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind21Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind21Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind21Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind21Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind21Templates.pinyinNames());
        assertThat(mixed).as("every mixed pool name is drawn").containsAll(Blind21Templates.mixedNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind21Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind21Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind21Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind21Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+")).anyMatch(v -> v.matches("[A-Z]+, [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+") && Blind21Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+/[A-Z]+")).anyMatch(v -> v.matches("[A-Z]+\\^[A-Z]+"));
        assertThat(labelledValues).as("mixed names in each written form")
                .anyMatch(v -> v.matches("[A-Z][a-z]+ \\p{IsHan}")).anyMatch(v -> v.matches("\\p{IsHan}[A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+") && Blind21Templates.mixedOf(v) != null);
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind21Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind21Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind21Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind21Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind21Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind21Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind21Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind21Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind21Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind21Templates.mixedNames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(Blind21Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<Class<?>> older = OlderGroups.upTo(19);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(19);
        List<String> givenNames = Stream.concat(Blind21Templates.englishGivenNames(),
                Blind21Templates.mixedGivenNames()).toList();
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind21Templates.minorityNames(),
                Blind21Templates.englishSurnames().toList(), givenNames))
                .as("names that are not new").isEmpty();
        Set<String> olderChinese = new HashSet<>();
        Set<String> olderLatin = new HashSet<>();
        for (Class<?> c : older) {
            olderChinese.addAll(TemplateChecks.list(c, "CHINESE"));
            olderChinese.addAll(TemplateChecks.list(c, "MINORITY"));
            for (String n : TemplateChecks.list(c, "ENGLISH")) olderLatin.add(key(n));
        }
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
        Set<String> olderGiven = new HashSet<>(Blind19Templates.mixedGivenNames().toList());
        assertThat(givenNames).as("English given names that are not new").noneMatch(olderGiven::contains);
        // No surname of the Chinese pool is one an earlier blind group gave any of its people.
        Set<String> surnames = new HashSet<>(chinese.stream().map(Blind21Templates::surnameOf).toList());
        Set<String> olderCompounds = new HashSet<>(TemplateChecks.list(SyntheticValues.class, "COMPOUND"));
        List<String> olderHan = new ArrayList<>();
        for (Class<?> c : older) {
            olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
            try {
                olderCompounds.addAll(TemplateChecks.list(c, "COMPOUND_SURNAMES"));
            } catch (NoSuchFieldException e) {
                // this group wrote no compound surnames of its own
            }
        }
        assertThat(olderHan.stream().filter(n -> {
            String surname = olderCompounds.stream().filter(n::startsWith).findFirst().orElse(n.substring(0, 1));
            return surnames.contains(surname) || surnames.stream().anyMatch(x -> x.length() == 2 && n.startsWith(x));
        }).toList()).as("older names with this group's surnames").isEmpty();
        assertThat(surnames).as("surnames").hasSizeGreaterThanOrEqualTo(25);
        assertThat(Blind21Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
        assertThat(Blind21Templates.pinyinNames().stream().map(Blind21TemplatesTest::pinyinKey))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
        assertThat(Blind21Templates.mixedNames().stream().map(n -> key(n.split("\\|")[0] + "|" + n.split("\\|")[2])))
                .as("mixed names that are not new as Latin names").noneMatch(olderLatin::contains);
    }

    /** A Latin name pair, lower case, in either order and without hyphens: the same for Tai-man|Chan and Chan|Taiman. */
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
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, nicknames,
     * compound surnames, pinyin and mixed names as written, and English and mixed given names and English family names
     * of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind21Templates.chineseNames().stream(), Blind21Templates.minorityNames().stream(),
                        Blind21Templates.nicknames().stream(), Blind21Templates.compoundSurnames().stream(),
                        Blind21Templates.englishNames(), Blind21Templates.pinyinWritten(),
                        Blind21Templates.mixedWritten(), Blind21Templates.mixedGivenNames(),
                        Blind21Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind21Templates.englishGivenNames().filter(s -> s.length() >= 3))
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
            assertThat(Blind21Templates.areaCodes()).as(v).contains(v.substring(0, 6));
            return;
        }
        assertThat(v).matches("\\d{17}[\\dXx]|\\d{6}-\\d{8}-\\d{3}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dXx]");
        String id = v.replaceAll("[- ]", "").replace('x', 'X');
        TemplateChecks.checkResidentId(v, id);
        assertThat(Blind21Templates.areaCodes()).as(v).contains(id.substring(0, 6));
    }

    private static void checkBankCard(String written) {
        assertThat(written).as(written).matches("\\d{16}|\\d{19}|(\\d{4} ){3,4}\\d{3,4}|\\d{6} \\d{10}|\\d{6} \\d{13}");
        TemplateChecks.checkBankCard(written.replace("-", ""));
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind21Templates.isPoolName(value)).as("name from the BLIND_21 pools: " + value)
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

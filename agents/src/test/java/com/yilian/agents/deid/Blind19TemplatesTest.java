package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the nineteenth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says, every
 * pool name turns up, forms of address and titles (老X, 小X, X师傅, X姐, X哥, X嫂, X爹, X娭毑, X婆婆, X主任医师, X副院长)
 * label the surname only and a given name used alone the given name, OCR'd names broken by a line break or blanks are
 * one span, resident identity numbers (also with a lower-case x, grouped by blanks or hyphens) carry a valid GB 11643
 * check character and 15-digit numbers a valid birth date, bank cards a valid Luhn digit, the phone, record,
 * insurance, address and birth-date forms the group promises do occur, a child known by a parent's name labels the
 * parent, the decoys (hotlines, bed, exam, specimen, order, courier and staff numbers, facilities, places alone, teas
 * and foods with place words, words beginning with a surname) stand in the text and are never labelled, the generator
 * is deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and
 * mostly not ordinary words. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind19TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    /** What a literal brace may not touch once the slots are gone: a letter, digit or underscore (a mistyped slot). */
    private static final Pattern BROKEN_SLOT = Pattern.compile("\\{[A-Za-z0-9_]|[A-Za-z0-9_]}");
    private static final List<String> PHONES = List.of(
            "1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}", "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}",
            "\\+861[3-9]\\d{9}", "0\\d{2,3}-[2-8]\\d{6,7}((转|分机)\\d{3,4})?",
            "\\(0\\d{2,3}\\)[2-8]\\d{6,7}((转|分机)\\d{3,4})?", "0\\d{2,3} [2-8]\\d{6,7}((转|分机)\\d{3,4})?");
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{6}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}", "(19|20)\\d{2}年\\d{1,2}月",
            "\\d{2}-[A-Z][a-z]{2}-(19|20)\\d{2}", "[A-Z][a-z]+ \\d{1,2}, (19|20)\\d{2}",
            "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}", "20\\d{2}\\.\\d{2}\\.\\d{2}");
    private static final String RECORD = "20(1[6-9]|2[0-5])\\d{6}|BA(1[6-9]|2[0-5])-\\d{6}|YGT\\d{9}|JZ\\d{10}";
    private static final String INSURANCE = "HBYB\\d{10}|HN43-\\d{4}-\\d{6}|JXNH\\d{11}|AH34\\d{10}|ZJ33-\\d{10}";
    private static final String ADDRESS = "(湖北省|湖南省|江西省|安徽省|浙江省|江苏省)?(武汉市|长沙市|南昌市|合肥市|苏州市"
            + "|湖州市|金华市|宿迁市|六安市|岳阳市|黄冈市|上饶市|安庆市|荆州市|益阳市)\\S+?(\\d+(号|室)|村|组|湾|垸|路|街|道)";
    private static final List<String> HONORIFICS = List.of("师傅", "姐", "哥", "嫂", "爹", "娭毑", "婆婆", "家阿婆",
            "主任医师", "副院长", "医生", "主任");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PK", "PY",
                "PO", "MX", "EG"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind19Templates.BLIND_19).hasSizeBetween(130, 190).doesNotHaveDuplicates();
        assertThat(Blind19Templates.BLIND_19).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
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
                .doesNotContainAnyElementsOf(Blind18Templates.BLIND_18);
        List<String> used = Blind19Templates.BLIND_19.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "DS", "PG", "PK", "PY", "PO",
                "MX", "EG", "ES", "MN", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "E", "E2", "P",
                "F", "DR");
        for (String slot : List.of("P", "N", "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "PS",
                "FS", "PG", "PK", "PY", "PO", "MX", "MN")) {
            assertThat(used.stream().filter(slot::equals).count()).as("slot " + slot + " used often enough")
                    .isGreaterThanOrEqualTo(slot.equals("FS") || slot.equals("PK") ? 3 : 4);
        }
        long english = TemplateChecks.mostlyLatin(Blind19Templates.BLIND_19);
        assertThat(english).as("English or mostly Latin-script templates").isBetween(18L, 32L);
        TemplateChecks.checkSlots(Blind19Templates.BLIND_19, PHI);
        TemplateChecks.checkNoStrayBraces(Blind19Templates.BLIND_19);
        for (String t : Blind19Templates.BLIND_19) {
            assertThat(TemplateChecks.SLOT.matcher(t).replaceAll("")).as("mistyped slot in " + t)
                    .doesNotContainPattern(BROKEN_SLOT);
            assertThat(TemplateChecks.slots(t).stream().filter("MN"::equals).count())
                    .as("MN is one person per record, written once: " + t).isLessThanOrEqualTo(1);
            assertThat(t).as("every template ends a line: " + t).endsWith("\n");
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind19Templates.BLIND_19, checkedNames(), Blind19Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind19Templates.BLIND_19, Blind19Templates.SEED, PHI,
                Blind19TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(Blind19Templates.BLIND_19, Blind19Templates.SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind19Templates.BLIND_19, Blind19Templates.SEED, PHI,
                Blind19Templates::surnameOf, Blind19Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind19Templates.surnameOf("欧阳晓岚")).isEqualTo("欧阳");
        assertThat(Blind19Templates.surnameOf("司马慧")).isEqualTo("司马");
        assertThat(Blind19Templates.surnameOf("覃春桃")).isEqualTo("覃");
        assertThat(Blind19Templates.addressedGivenName("司马慧")).isEqualTo("司马慧");
        assertThat(Blind19Templates.addressedGivenName("覃淼")).isEqualTo("覃淼");
        assertThat(Blind19Templates.addressedGivenName("覃春桃")).isEqualTo("春桃");
        assertThat(Blind19Templates.addressedGivenName("诸葛秋萍")).isEqualTo("秋萍");
    }

    @Test
    void formsOfAddressStayOutsideTheSurnameSpan() {
        Pattern around = Pattern.compile("[老小]\\{(PS|FS|DS)}|\\{(PS|FS|DS)}(" + String.join("|", HONORIFICS) + ")");
        int prefixed = 0, suffixed = 0;
        Set<String> honorificsSeen = new HashSet<>();
        for (String template : Blind19Templates.BLIND_19) {
            if (!around.matcher(template).find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(Blind19Templates.SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    boolean surname = Blind19Templates.chineseNames().stream()
                            .anyMatch(n -> Blind19Templates.surnameOf(n).equals(v));
                    if (!surname) continue;
                    String after = r.text().substring(s.end());
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    assertThat(v).as(r.text()).doesNotContain("老", "小", "师傅", "姐", "哥", "嫂", "爹", "娭毑", "婆");
                    if (before == '老' || before == '小') prefixed++;
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
        assertThat(prefixed).as("老X and 小X").isGreaterThan(30);
        assertThat(suffixed).as("X师傅, X姐, X嫂, X爹 …").isGreaterThan(200);
        assertThat(honorificsSeen).as("every form of address is written").contains("师傅", "姐", "哥", "嫂", "爹", "娭毑",
                "婆婆", "家阿婆", "主任医师", "副院长");
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, blanks = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind19Templates.SEED, Blind19Templates.BLIND_19)
                .generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                if (Blind19Templates.minorityNames().contains(v)) continue;
                assertThat(Blind19Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.contains(" ")) blanks++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(20);
        assertThat(blanks).as("names broken by blanks").isGreaterThan(20);
        assertThat(Blind19Templates.isScannedName("覃\n春桃")).isTrue();
        assertThat(Blind19Templates.isScannedName("覃春桃")).isFalse();
        assertThat(Blind19Templates.isScannedName("覃\n春")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        int checked = TemplateChecks.checkParentBeforeKinWords(Blind19Templates.BLIND_19, Blind19Templates.SEED,
                RECORDS, List.of("之子", "之女"));
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, hyphenated = 0, spaced = 0, legacy = 0;
        int cards = 0, cardsSpaced = 0, cardsHyphenated = 0, cards19 = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(Blind19Templates.SEED, Blind19Templates.BLIND_19)
                .generate(2500)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    checkIdentity(v);
                    ids++;
                    if (v.endsWith("x")) lower++;
                    if (v.contains("-")) hyphenated++;
                    if (v.contains(" ")) spaced++;
                    if (v.length() == 15) legacy++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    checkBankCard(v);
                    cards++;
                    if (v.matches("(\\d{4} )+\\d{1,4}")) cardsSpaced++;
                    if (v.matches("(\\d{4}-)+\\d{1,4}")) cardsHyphenated++;
                    if (v.replaceAll("[ -]", "").length() == 19) cards19++;
                }
            }
        }
        assertThat(ids).isGreaterThan(300);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(hyphenated).as("identity numbers 6-8-4 by hyphens").isGreaterThan(0);
        assertThat(spaced).as("identity numbers 6 8 4 by blanks").isGreaterThan(0);
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsHyphenated).as("bank cards in fours by hyphens").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        // The checks reject what they should.
        assertThat(TemplateChecks.legacyIdValid("421123620230123")).as("30 February").isFalse();
        assertThat(TemplateChecks.legacyIdValid("421123621103123")).isTrue();
        assertThat(Checksums.luhn("6227000000000001")).isFalse();
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values =
                TemplateChecks.valuesByKind(Blind19Templates.BLIND_19, Blind19Templates.SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE), records = values.get(EntityKind.MEDICAL_RECORD),
                insurance = values.get(EntityKind.INSURANCE), addresses = values.get(EntityKind.ADDRESS),
                births = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        assertThat(phones).anyMatch(p -> p.contains("转")).anyMatch(p -> p.contains("分机"))
                .anyMatch(p -> p.matches("027-[2-8]\\d{7}")).anyMatch(p -> p.matches("0713[- ][2-8]\\d{6}"))
                .anyMatch(p -> p.matches("\\(0731\\)[2-8]\\d{7}"));
        assertThat(records).anyMatch(v -> v.matches("20\\d{8}")).anyMatch(v -> v.startsWith("BA"))
                .anyMatch(v -> v.startsWith("YGT")).anyMatch(v -> v.startsWith("JZ"));
        assertThat(insurance).anyMatch(v -> v.startsWith("HBYB")).anyMatch(v -> v.startsWith("HN43-"))
                .anyMatch(v -> v.startsWith("JXNH")).anyMatch(v -> v.startsWith("AH34"))
                .anyMatch(v -> v.startsWith("ZJ33-"));
        assertThat(addresses).anyMatch(a -> a.startsWith("湖北省武汉市")).anyMatch(a -> a.startsWith("长沙市"))
                .anyMatch(a -> a.contains("栋") && a.contains("单元") && a.endsWith("室"))
                .anyMatch(a -> a.contains("幢") && a.endsWith("室"))
                .anyMatch(a -> a.contains("湾") && a.contains("村")).anyMatch(a -> a.contains("垸"))
                .anyMatch(a -> a.matches(".*村[一二三四五六七八九十]+组.*")).anyMatch(a -> a.matches(".*村\\d+组.*"))
                .anyMatch(a -> a.endsWith("村")).anyMatch(a -> a.endsWith("路") || a.endsWith("街"))
                .anyMatch(a -> a.startsWith("浙江省")).anyMatch(a -> a.startsWith("金华市义乌市"))
                .anyMatch(a -> a.startsWith("江西省上饶市")).anyMatch(a -> a.startsWith("安徽省"))
                .anyMatch(a -> a.startsWith("江苏省")).anyMatch(a -> a.startsWith("湖南省岳阳市"));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, births);
        assertThat(births).as("two-digit years").anyMatch(b -> b.matches("\\d{2}年\\d{1,2}月\\d{1,2}日"));
        assertThat(births).as("children's dates").anyMatch(b -> b.matches("20(1[5-9]|2\\d)年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(b -> b.matches("20(1[5-9]|2\\d)-\\d{2}-\\d{2}"));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        List<String> decoys = List.of("拨打12320", "400-880-9120", "拨打12345", "拨打120", "23床", "加5床", "ICU4床",
                "CCU-2床", "18床", "二十三床", "bed 7", "CT240517-088", "S2405-0318", "YZ88213", "RX0517-2231",
                "P2405-1187", "MG0517-014", "SF1402236651578", "湘F·A2317", "JK2024-0331", "学号2021301587", "工号H0231",
                "工号A3307", "批号J20240517", "TJ0517A22", "YD20240517093412", "GLU-07", "A017", "恩施玉露", "洪湖莲藕",
                "君山银针", "武昌鱼", "鄱阳湖", "黄疸", "高热", "江边", "金银花", "参保地江西省上饶市", "就医地浙江省杭州市",
                "浙江义乌", "楚江医学院附属第一医院", "白沙湖县人民医院", "龙潭镇卫生院", "何家湾村卫生室", "白沙湖县茶叶公司",
                "吡喹酮60mg/kg", "吡喹酮40mg/kg", "血钾6.3mmol/L", "8,214.60元", "Chujiang First Hospital",
                "ICBC Wuhan branch", "D2W：68min", "14:32");
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(Blind19Templates.BLIND_19, Blind19Templates.SEED, RECORDS,
                decoys);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind19Templates.SEED, Blind19Templates.BLIND_19)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        Set<String> mixed = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind19TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind19Templates.fullNameOf(value) != null) labelledNames.add(Blind19Templates.fullNameOf(value));
                if (Blind19Templates.pinyinOf(value) != null) pinyin.add(Blind19Templates.pinyinOf(value));
                if (Blind19Templates.mixedOf(value) != null) mixed.add(Blind19Templates.mixedOf(value));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind19Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind19Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind19Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind19Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind19Templates.pinyinNames());
        assertThat(mixed).as("every mixed pool name is drawn").containsAll(Blind19Templates.mixedNames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind19Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind19Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind19Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind19Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]\\.[A-Z]\\. [A-Z][a-z]+"))
                .anyMatch(v -> v.matches(".*[āáǎàēéěèīíǐìōóǒòūúǔùĀÁǍÀ].*"));
        assertThat(labelledValues).as("mixed names in each written form")
                .anyMatch(v -> v.matches("[A-Z][a-z]+ \\p{IsHan}")).anyMatch(v -> v.matches("\\p{IsHan}[A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+") && Blind19Templates.mixedOf(v) != null);
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind19Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind19Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind19Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind19Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind19Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind19Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind19Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind19Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind19Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind19Templates.mixedNames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(Blind19Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<Class<?>> older = OlderGroups.upTo(18);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(18);
        List<String> givenNames = Stream.concat(Blind19Templates.englishGivenNames(),
                Blind19Templates.mixedGivenNames()).toList();
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind19Templates.minorityNames(),
                Blind19Templates.englishSurnames().toList(), givenNames))
                .as("names that are not new").isEmpty();
        Set<String> olderChinese = new HashSet<>();
        Set<String> olderLatin = new HashSet<>();
        for (Class<?> c : older) {
            olderChinese.addAll(TemplateChecks.list(c, "CHINESE"));
            olderChinese.addAll(TemplateChecks.list(c, "MINORITY"));
            for (String n : TemplateChecks.list(c, "ENGLISH")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        olderChinese.addAll(Blind17Templates.nicknames());
        olderChinese.addAll(Blind18Templates.nicknames());
        for (Class<?> c : List.of(Blind5Templates.class, Blind6Templates.class, Blind15Templates.class)) {
            for (String n : TemplateChecks.list(c, "PINYIN")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind16Templates.class, "ROMANISED")) {
            olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : Blind17Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind18Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        assertThat(Blind19Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
        assertThat(Blind19Templates.pinyinNames().stream()
                .map(n -> TemplateChecks.pinyinKey(Blind19Templates.toneless(n))))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
        assertThat(Blind19Templates.mixedNames().stream()
                .map(n -> TemplateChecks.latinPairKey(n.split("\\|")[0] + "|" + n.split("\\|")[2])))
                .as("mixed names that are not new as Latin names").noneMatch(olderLatin::contains);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, nicknames,
     * compound surnames, pinyin and mixed names as written, and English and mixed given names and English family names
     * of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind19Templates.chineseNames().stream(), Blind19Templates.minorityNames().stream(),
                        Blind19Templates.nicknames().stream(), Blind19Templates.compoundSurnames().stream(),
                        Blind19Templates.englishNames(), Blind19Templates.pinyinWritten(),
                        Blind19Templates.mixedWritten(), Blind19Templates.mixedGivenNames(),
                        Blind19Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind19Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        if (v.length() == 15) {
            assertThat(TemplateChecks.legacyIdValid(v)).as(v + " 15-digit number with a valid birth date").isTrue();
            assertThat(Blind19Templates.areaCodes()).as(v).contains(v.substring(0, 6));
            return;
        }
        assertThat(v).matches("\\d{17}[\\dXx]|\\d{6}-\\d{8}-\\d{3}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dXx]");
        String id = v.replaceAll("[- ]", "").replace('x', 'X');
        TemplateChecks.checkResidentId(v, id);
        assertThat(Blind19Templates.areaCodes()).as(v).contains(id.substring(0, 6));
    }

    private static void checkBankCard(String written) {
        assertThat(written).as(written).matches("\\d{16}|\\d{19}|(\\d{4} ){3,4}\\d{3,4}|(\\d{4}-){3,4}\\d{3,4}");
        TemplateChecks.checkBankCard(written.replace("-", ""));
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind19Templates.isPoolName(value)).as("name from the BLIND_19 pools: " + value)
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

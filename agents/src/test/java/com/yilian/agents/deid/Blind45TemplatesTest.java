package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.yilian.agents.deid.CheckRejections.reject;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the forty-fifth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role and
 * identifiers of elsewhere), every pool name turns up (Jianghuai Han names, Hui villagers, Uyghur and Kazakh names and
 * personal names, Jianghuai nicknames, foreign students and contacts), forms of address (老X, 小X, X大爷, X奶奶, X大姐,
 * X师傅, X警官, X所长, X医生, X主任) label the surname only and a given name used alone the given name, OCR'd names
 * broken by a line break or blanks are one span, resident identity numbers (also with a lower-case x, 6-8-4 by blanks
 * or hyphens) carry a valid GB 11643 check character and a code of Yangzhou, Huai'an, Chuzhou or Bengbu, 15-digit
 * numbers a valid birth date and a code of their time, bank cards a valid Luhn digit, the phone (also spoken on the
 * phone and as the police read numbers, on every landline area code), record, insurance, address and birth-date forms
 * (Gregorian, lunar, English) the group promises do occur, a child known by a parent's name labels the parent, the
 * decoys (scores, lab values, doses, batch, badge, case, court, alarm, detention, sample and visiting-card numbers,
 * plates, hotlines, facilities, places, kin words and roles, Jianghuai words, words beginning with a pool surname)
 * stand in the text and are never labelled, the generator is deterministic by seed, no pool name stands anywhere in the
 * text outside a labelled span, and the pools are new and carry the surnames of the region. No de-identifier is run
 * here: the group stays blind until it is measured once.
 */
class Blind45TemplatesTest {
    private static final List<String> T = Blind45Templates.BLIND_45;
    private static final long SEED = Blind45Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}");
    private static final String PHONE_DIGIT = "[幺一零二三四五六七八九]";
    private static final String RADIO_DIGIT = "[幺洞两三四五六拐八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五七八九]" + PHONE_DIGIT + " " + PHONE_DIGIT + "{4} " + PHONE_DIGIT + "{4}",
            "[幺一][三五七八九]" + PHONE_DIGIT + "{9}",
            "幺[三五拐八九]" + RADIO_DIGIT + " " + RADIO_DIGIT + "{4} " + RADIO_DIGIT + "{4}",
            "幺[三五拐八九]" + RADIO_DIGIT + "{9}");
    private static final List<String> LANDLINE_AREAS = List.of("0514", "0517", "025", "0550", "0552");
    private static final String AREAS8 = "(0514|0517)", AREAS7 = "(0550|0552)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS8 + "\\)[5-8]\\d{7}",
            AREAS8 + " [5-8]\\d{3} \\d{4}", AREAS8 + "-[5-8]\\d{7}转\\d{3}", "\\+86 (514|517) [5-8]\\d{7}",
            AREAS8 + "-[5-8]\\d{7}", "\\(025\\)[2-8]\\d{7}", "025 [2-8]\\d{3} \\d{4}", "025-[2-8]\\d{7}转\\d{3}",
            "\\+86 25 [2-8]\\d{7}", "025-[2-8]\\d{7}", "\\(" + AREAS7 + "\\)[2-8]\\d{6}",
            AREAS7 + " [2-8]\\d{2} \\d{4}",
            AREAS7 + "-[2-8]\\d{6}转\\d{3}", "\\+86 (550|552) [2-8]\\d{6}", AREAS7 + "-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES).flatMap(List::stream)
            .toList();
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}");
    private static final List<String> LUNAR = List.of("农历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " (19|20)\\d{2}",
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, (19|20)\\d{2}",
            "\\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (19|20)\\d{2}");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, LUNAR, ENGLISH_DATES).flatMap(List::stream)
            .toList();
    private static final String YEARS = "(1[5-9]|2[0-5])";
    private static final String RECORD = "NK20" + YEARS + "\\d{6}|NKMZ" + YEARS + "-\\d{7}|(GY|BY|LS|XY|DY|TC)-J"
            + YEARS + "-\\d{4}|JF\\d{6}-\\d{6}";
    private static final String INSURANCE = "YB\\d{14}|MT20" + YEARS + "\\d{6}|AH\\d{10}";
    private static final String ADDRESS = "((江苏省)?(扬州市|淮安市)|(安徽省)?(滁州市|蚌埠市))?"
            + "(高邮市|宝应县|仪征市|涟水县|盱眙县|金湖县|定远县|天长市|怀远县|邗江区|广陵区|清江浦区|琅琊区)"
            + "\\S*?(组|号|室|村|乡|镇|路|大道)";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("大爷", "奶奶", "大姐", "师傅", "警官", "所长", "医生", "主任");
    private static final String RARE_SURNAMES = Blind45Templates.RARE_SURNAMES;
    /** The commonest surnames of the Jianghuai plain. */
    private static final String COMMON_SURNAMES = "王陈张朱刘李徐孙周吴";
    /** Codes created after 1999, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("321003", "320803", "321012", "320812");
    /** The last older group this one was written against (43 and 44 were written alongside it). */
    private static final int LAST_OLDER = 42;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind45TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NP", "NS", "PS", "PG",
                "PK", "PO", "MG", "NM", "EG"));
        phi.put("DOBL", EntityKind.BIRTH_DATE);
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(80, 100).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "PG", "PK", "PO", "N", "NP",
                "NS", "MN", "MG", "NM", "E", "E2", "ES", "EG", "ID", "M", "MV", "L", "R", "I", "B", "A", "A0", "DOB",
                "DOBL", "DOBE"));
        // About a seventh in English; the JSON exports with English keys count as mostly Latin too.
        assertThat(T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count() * 7)
                .as("about a seventh in English").isBetween(T.size() - 20L, T.size() + 20L);
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(14L, 24L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, OCR, 5, VOICE, 5, WECHAT, 6, SMS, 4));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.contains("民警") || t.contains("警官") || t.contains("police")).count())
                .as("police in the records").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.contains("鉴定") || t.contains("Forensic") || t.contains("看守所")).count())
                .as("forensic evaluations and the detention clinic").isGreaterThanOrEqualTo(6);
        assertThat(T.stream().filter(t -> t.contains("监护人") || t.contains("Guardian")).count())
                .as("guardians").isGreaterThanOrEqualTo(12);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(困觉|困得|困两|望望|嚼|没得|伢子|家来).*")).count())
                .as("Jianghuai speech").isGreaterThanOrEqualTo(8);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind45Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind45TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("老头子", "伢子", "村书记", "妇女主任", "民警", "监护人", "所医")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "321012650409123", "a 15-digit number on a code created in 2011"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0550-31234567", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "0514-3123456", "seven digits on an eight-digit code"),
                reject(EntityKind.BIRTH_DATE, "农历1968年三月初十一", "no such lunar day"),
                reject(EntityKind.MEDICAL_RECORD, "KS2024-0412", "a detention-centre number"),
                reject(EntityKind.INSURANCE, "YB3210841234567", "seven digits after the area code")));
        CheckRejections.checkRejections(T, "【定远县疾控】", SEED, PHI, Blind45TemplatesTest::checkValue, rejected);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, PoolNameForms::surnameOf,
                PoolNameForms::addressedGivenName);
        assertThat(checked).isGreaterThan(30);
        assertThat(PoolNameForms.surnameOf("印家林")).isEqualTo("印");
        assertThat(PoolNameForms.addressedGivenName("印家林")).isEqualTo("家林");
        assertThat(PoolNameForms.addressedGivenName("居安")).isEqualTo("居安");
        assertThat(Blind45Templates.personalName("玉苏甫·托合提")).isEqualTo("玉苏甫");
        assertThat(Blind45Templates.fullNameOf("玉苏甫")).isNull();
        assertThat(Blind45Templates.isPoolName("玉苏甫")).isTrue();
        // The minority patient's personal name (MG) is the record's patient (MN).
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("MG") || !slots.contains("MN")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    String mn = values.get(k + slots.indexOf("MN"));
                    assertThat(mn).as(r.text()).startsWith(values.get(k + slots.indexOf("MG")) + "·");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind45Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotEndWith("医生").doesNotEndWith("师傅")
                            .doesNotEndWith("警官").doesNotEndWith("所长").doesNotStartWith("民警")
                            .doesNotStartWith("老头子").doesNotEndWith("之子").doesNotEndWith("之女");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X大爷, X警官, X医生 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind45Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,2}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(Blind45Templates.isScannedName("印\n家林")).isTrue();
        assertThat(Blind45Templates.isScannedName("印 家 林")).isTrue();
        assertThat(Blind45Templates.isScannedName("印家林")).isFalse();
        assertThat(Blind45Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind45TemplatesTest::checkIdentity,
                Blind45Templates.legacyAreaCodes(), v -> false);
        tally.checkEveryPromisedForm(250, 60);
        assertThat(tally.issuedIn("3210")).as("issued in Yangzhou").isGreaterThan(50);
        assertThat(tally.issuedIn("3208")).as("issued in Huai'an").isGreaterThan(50);
        assertThat(tally.issuedIn("3411")).as("issued in Chuzhou").isGreaterThan(30);
        assertThat(tally.issuedIn("3403")).as("issued in Bengbu").isGreaterThan(5);
        IdentifierTally.checkTheChecksReject("321084", "32108419631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*", ".*洞.*", ".*两.*",
                ".*拐.*"), phones);
        assertThat(phones).as("a spoken number says the one one way")
                .noneMatch(v -> v.contains("幺") && v.contains("一"));
        assertThat(phones).as("a spoken number says the nought one way")
                .noneMatch(v -> v.contains("洞") && v.contains("零"));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("NK20.*", "NKMZ.*", "GY-.*", "BY-.*", "LS-.*",
                "XY-.*", "DY-.*", "TC-.*", "JF3210.*", "JF3208.*", "JF3411.*", "JF3403.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("YB.*", "MT.*", "AH.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+组", ".*村\\d+组\\d+号",
                ".*幢\\d单元\\d+室", ".*[乡镇]", ".*村", ".*(路|大道)", ".*(路|大道)\\d+号", "江苏省.*", "安徽省.*",
                "扬州市.*", "淮安市.*", "滁州市.*", "蚌埠市.*", "高邮市.*", "宝应县.*", "定远县.*", ".*菱塘回族乡.*"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Scores, lab values, doses, figures.
                "BPRS 58分", "PANSS阳性量表31分", "肌张力正常", "F20.0", "F31.1", "利培酮片 2mg bid", "氯氮平片 100mg qn",
                "棕榈酸帕利哌酮 150mg", "1,287人", "92.4%", "12,386.40元", "1,102.70元",
                // Badge, case, court, alarm, detention, sample, batch and visiting-card numbers, plates, hotlines.
                "警号321847", "badge 073165", "badge 032716", "\"policeBadge\":\"321065\"", "J0412",
                "淮扬司鉴所[2024]精鉴字第318号", "（2024）苏1084刑初123号", "(2024) Su 0102 Xing Chu No. 123",
                "（2023）苏08刑医2号", "JQ20240317-0081", "case JQ-0317", "入所编号KS2024-0412", "标本号TX-0923",
                "批号 23H07A", "探视证号TS-0617", "苏K·2J709", "心理援助热线12356",
                // Facilities and places alone.
                "淮扬医科大学附属脑科医院", "高邮市公安局城南派出所", "扬州市公安局邗江分局", "高邮市看守所",
                "淮安市精神卫生中心", "Yangzhou University", "Yangzhou East railway station",
                // Kin words, roles and Jianghuai words.
                "老头子", "伢子", "村书记", "妇女主任", "困觉", "望望", "嚼蛆", "没得事", "家来",
                // Words beginning with one of the pool's surnames.
                "周期", "顾虑", "张力", "戴口罩", "严重精神障碍"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind45TemplatesTest::checkValue, checkedNames(), Blind45Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind45Templates.chineseNames());
        assertThat(values).as("every minority name is drawn").containsAll(Blind45Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind45Templates.nicknames());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind45Templates.fullForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind45Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind45Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind45Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("minority personal names used alone (MG)").anyMatch(v -> !v.contains("·")
                && Blind45Templates.minorityNames().stream().anyMatch(n -> n.startsWith(v + "·")));
        assertThat(values).as("rare surnames are used alone (DS, PS, NS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind45Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind45Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(110).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind45Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind45Templates.HUI).as("Hui villagers belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(5);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry three fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 3L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王').count()).as("王 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '陈').count());
        List<String> minority = Blind45Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{2,4}·\\p{IsHan}{2,5}"));
        assertThat(minority.stream().map(Blind45Templates::personalName).distinct().count())
                .as("personal names tell the minority patients apart").isEqualTo(minority.size());
        assertThat(Blind45Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind45Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        assertThat(TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, minority,
                Blind45Templates.englishSurnames().toList(), Blind45Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind45Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Blind45Templates.fullForms().stream().filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
        assertThat(olderHan.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0))
                .as("older names with this group's rare surnames").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind45Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind45Templates.areaCodes();
        assertThat(areas).as("codes of Yangzhou, Huai'an, Chuzhou and Bengbu only")
                .allMatch(a -> a.matches("3210\\d{2}|3208\\d{2}|3411\\d{2}|3403\\d{2}")).doesNotHaveDuplicates();
        assertThat(Blind45Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and minority names, nicknames, the
     * foreign names in full, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind45Templates.chineseNames().stream(), Blind45Templates.minorityNames().stream(),
                        Blind45Templates.nicknames().stream(), Blind45Templates.fullForms().stream(),
                        Blind45Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind45Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind45Templates.areaCodes());
        if (v.length() == 15) {
            assertThat(Blind45Templates.legacyAreaCodes()).as("15-digit number on a code of its time: " + v)
                    .contains(v.substring(0, 6));
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind45Templates.isPoolName(value)).as("name from the BLIND_45 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.startsWith("JF")) {
                    assertThat(Blind45Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(2, 8));
                }
            }
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE);
                if (value.startsWith("YB")) {
                    assertThat(Blind45Templates.areaCodes()).as("insurance number on an area code: " + value)
                            .contains(value.substring(2, 8));
                }
            }
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.yilian.agents.deid.TemplateGenre.EMAIL;
import static com.yilian.agents.deid.TemplateGenre.HL7;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.TABLES;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static com.yilian.agents.deid.CheckRejections.reject;

/**
 * Well-formedness of the thirty-first blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind and a name from outside the pools), every pool name turns up
 * (Chinese, Li, Miao and Hui names, nicknames, overseas Chinese names in Latin, Russian names in Cyrillic and Latin,
 * English names), forms of address and titles label the surname only, a given name used alone the given name, the Li
 * teknonyms 帕X and 拜X the child's given name only, that of the record's Li, Miao or Hui patient, OCR'd names broken by
 * a line break or blanks are one span, resident identity numbers (also with a lower-case x, or 6-8-4 by blanks or
 * hyphens) carry a valid GB 11643 check character and an area code of Hainan, Zhanjiang or the retirees' north-east,
 * 15-digit numbers a valid birth date and a code of their time, bank cards a valid Luhn digit, the phone (also spoken,
 * abroad, on every landline area code), record, insurance, address (also abroad) and birth-date forms (also lunar,
 * overseas and Russian) the group promises do occur, a child known by a parent's name labels the parent, the decoys
 * (lab values, dive depths, boat numbers, plates, lot, passport, specimen, receipt and message numbers, hotlines,
 * facilities, places, typhoons, dishes, kin words and titles, dialect words, festivals, days, ethnic names, words
 * beginning with a pool surname) stand in the text and are never labelled, the generator is deterministic by seed, no
 * pool name stands anywhere in the text outside a labelled span, the pools, their written forms and their rare surnames
 * are new, and the Chinese names carry the surnames of the island as a Hainan patient list would. No de-identifier is
 * run here: the group stays blind until it is measured once.
 */
class Blind31TemplatesTest {
    private static final List<String> T = Blind31Templates.BLIND_31;
    private static final long SEED = Blind31Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d \\d{4} \\d{4}", "\\(\\+86\\)1[3-9]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> FOREIGN_MOBILES = List.of("\\+60 1\\d-\\d{3} \\d{4}", "01\\d-\\d{3} \\d{4}",
            "\\+62 81\\d-\\d{4}-\\d{4}", "081\\d-\\d{4}-\\d{4}", "\\+65 [89]\\d{3} \\d{4}", "\\+66 8\\d \\d{3} \\d{4}",
            "\\+7 9\\d{2} \\d{3}-\\d{2}-\\d{2}");
    private static final List<String> LANDLINE_AREAS = List.of("0898", "0759", "0451", "0431", "024");
    /** Eight local digits on 0898, 0451, 0431 and 024, seven on 0759. */
    private static final String LOCAL = "((0898|0451|0431|024)[-)]?[2-8]\\d{7}|0759[-)]?[2-8]\\d{6})";
    private static final List<String> LANDLINES = List.of("\\((0898|0451|0431|024)\\)[2-8]\\d{7}",
            "\\(0759\\)[2-8]\\d{6}", "(0898|0451|0431|024) [2-8]\\d{3} \\d{4}", "0759 [2-8]\\d{2} \\d{4}",
            "(0898|0451|0431|024)-[2-8]\\d{7}转\\d{3,4}", "0759-[2-8]\\d{6}转\\d{3,4}",
            "\\+86 (898|451|431|24) [2-8]\\d{7}", "\\+86 759 [2-8]\\d{6}", "(0898|0451|0431|024)-[2-8]\\d{7}",
            "0759-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, FOREIGN_MOBILES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR = "(农历((19|20)\\d{2}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])|阴历[〇一二三四五六七八九]{2})年"
            + "[正二三四五六七八九十冬腊]月(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String INDONESIAN_OR_MALAY = "(Januari|Februari|Maret|Mac|April|Mei|Juni|Jun|Juli|Julai"
            + "|Agustus|Ogos|September|Oktober|November|Desember|Disember)";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "号",
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "\\d{2}-[A-Z]{3}-(19|20)\\d{2}",
            "[A-Z][a-z]{2,8} \\d{1,2}, (19|20)\\d{2}", LUNAR, "\\d{2}/\\d{2}/(19|20)\\d{2}", "\\d{2}-\\d{2}-(19|20)\\d{2}",
            "\\d{1,2} " + INDONESIAN_OR_MALAY + " (19|20)\\d{2}", "\\d{2}\\.\\d{2}\\.(19|20)\\d{2}");
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "QL" + YEARS + "\\d{6}|QLM20" + YEARS + "\\d{6}|NK1\\d{2}-\\d{5}"
            + "|HNL20" + YEARS + "-\\d{4}|46\\d{15}";
    private static final String INSURANCE = "(HNYB|ZJYB|HLJYB|JLYB|LNYB)\\d{10}";
    private static final String ADDRESS = "(海南省|广东省|黑龙江省|吉林省|辽宁省)?"
            + "(琼澜市|海口市|三亚市|儋州市|湛江市|哈尔滨市|大庆市|长春市|沈阳市|文昌市|琼海市|五指山市|临高县"
            + "|琼中黎族苗族自治县|保亭黎族苗族自治县|乐东黎族自治县)"
            + "\\S*?(\\d+房|\\d+室|\\d+-\\d+-\\d+|\\d+号|村|村委会|村民小组|镇|乡|路|街|大道南?|农场|队)";
    private static final String FOREIGN_ADDRESS = "No\\. \\d+, Jalan (Hainan|Kemajuan|Bunga Raya) \\d, "
            + "\\d{5} [A-Z][a-z]+( [A-Z][a-z]+)?, [A-Z][a-z]+"
            + "|Jl\\. (Gajah Mada|Pemuda|Sisingamangaraja) No\\. \\d+, (Medan|Pontianak|Jakarta Barat) \\d{5}"
            + "|Blk \\d{3} Bedok North Ave \\d, #\\d{2}-\\d{3}, Singapore 46\\d{4}"
            + "|г\\. (Хабаровск|Иркутск|Новосибирск), ул\\. (Карла Маркса|Ленина|Пушкина), д\\. \\d+, кв\\. \\d+";
    private static final List<String> PREFIXES = List.of("老", "小", "护士长", "院长");
    private static final List<String> HONORIFICS = List.of("公", "婆", "叔", "嫂", "大哥", "姐", "师傅", "医生", "主任",
            "书记", "船长", "场长");
    /** The Li words by which a parent is called after the first child: 帕 (father of), 拜 (mother of). */
    private static final List<String> TEKNONYMS = List.of("帕", "拜");
    private static final String RARE_SURNAMES = Blind31Templates.RARE_SURNAMES;
    /** The commonest surnames of the island. */
    private static final String COMMON_SURNAMES = "符吴陈王林李黄";
    /** Typically Hainanese surnames. */
    private static final String HAINAN_SURNAMES = "云邢冯郑韩蒙羊麦卢文潘";
    /** Mid-frequency surnames, with those of the north-eastern retirees. */
    private static final String MID_SURNAMES = "周梁何杨张刘钟许詹庞朱唐曾谢赵孙于高";
    /** Codes created after 1999 (the Haikou districts of 2002, the Sanya districts of 2014, Danzhou of 2015, 4690xx). */
    private static final List<String> NEW_CODES = List.of("460105", "460106", "460107", "460108", "460202", "460203",
            "460204", "460205", "460400", "469001", "469002", "469030");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "LG", "LO", "OC",
                "RC", "RL", "PS", "FS", "PG", "PO", "PK", "EG"));
        for (String s : List.of("DOBC", "DOBE", "DOBL", "DOBO", "DOBR", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("MX", EntityKind.PHONE);
        phi.put("AL", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(29);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(145, 155).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NC", "NM", "MN", "LG", "LO",
                "OC", "RC", "RL", "PS", "FS", "PG", "PK", "PO", "E", "E2", "ES", "EG", "ID", "M", "MV", "MX", "L", "R",
                "I", "B", "A", "A0", "AL", "DOB", "DOBC", "DOBE", "DOBL", "DOBO", "DOBR", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(18L, 26L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, HL7, 4, OCR, 9, VOICE, 15, WECHAT, 6, SMS, 9,
                EMAIL, 6, TABLES, 8));
        assertThat(T.stream().filter(t -> literalHas(t, Character.UnicodeScript.CYRILLIC)).count())
                .as("texts in Russian").isGreaterThanOrEqualTo(2);
        assertThat(T.stream().filter(t -> t.contains("Halo dokter")).count()).as("a voice note in Indonesian")
                .isGreaterThanOrEqualTo(1);
    }

    /** Whether the template's own text, slots left out, has letters of the script. */
    private static boolean literalHas(String t, Character.UnicodeScript script) {
        return TemplateChecks.SLOT.matcher(t).replaceAll("").codePoints()
                .anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == script);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind31Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind31TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        CheckRejections.checkRejections(T, "【南椰镇卫生院】", SEED, PHI, Blind31TemplatesTest::checkValue, List.of(
                reject(EntityKind.NAME, "张三", "a name from outside the pools"),
                reject(EntityKind.NAME, "符亚九", "a Li name from outside the pools"),
                reject(EntityKind.NAME, "帕亚扁", "a teknonym with its Li word"),
                reject(EntityKind.NAME, "Foo Ah Seng", "an overseas name from elsewhere"),
                reject(EntityKind.BIRTH_DATE, "三月三", "a festival, not a date"),
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0898-6681234", "seven digits on 0898")));
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
        assertThat(PoolNameForms.surnameOf("符琼英")).isEqualTo("符");
        assertThat(PoolNameForms.addressedGivenName("符琼英")).isEqualTo("琼英");
        assertThat(PoolNameForms.addressedGivenName("符瑶")).isEqualTo("符瑶");
        assertThat(PoolNameForms.addressedGivenName("蒲阿依莎")).isEqualTo("阿依莎");
        assertThat(PoolNameForms.addressedGivenName("符亚扁")).isEqualTo("亚扁");
    }

    @Test
    void aLiGivenNameAloneAndInATeknonymIsThatOfTheRecordsMinorityPatient() {
        int checked = 0;
        for (String template : T) {
            List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("MN") || !slots.contains("LG")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k++) {
                    if (!slots.get(k % slots.size()).equals("LG")) continue;
                    String patient = values.get(k - k % slots.size() + slots.indexOf("MN"));
                    assertThat(values.get(k)).as(r.text()).isEqualTo(PoolNameForms.addressedGivenName(patient));
                    assertThat(patient).as(r.text()).endsWith(values.get(k));
                    assertThat(Blind31Templates.minorityNames()).as(r.text()).contains(patient);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(Blind31Templates.minorityNames()).as("the given name of every Li, Miao or Hui name has two characters"
                + " or more").allMatch(n -> PoolNameForms.addressedGivenName(n).length() >= 2
                && !PoolNameForms.addressedGivenName(n).equals(n));
    }

    @Test
    void formsOfAddressTitlesAndTeknonymsStayOutsideTheNameSpan() {
        int teknonyms = 0;
        Set<String> seenTeknonyms = new HashSet<>();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind31Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        Set<String> minorityGiven = new HashSet<>();
        for (String n : Blind31Templates.minorityNames()) minorityGiven.add(PoolNameForms.addressedGivenName(n));
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    for (String w : TEKNONYMS) assertThat(v).as(r.text()).doesNotStartWith(w);
                    forms.count(v, before, after, r.text());
                    if (minorityGiven.contains(v)) {
                        for (String w : TEKNONYMS) {
                            if (before.endsWith(w)) {
                                seenTeknonyms.add(w);
                                teknonyms++;
                            }
                        }
                    }
                }
            }
        }
        forms.check("老X, 小X, 护士长X, 院长X", 20, "X公, X婆, X叔, X嫂, X医生, X船长 …", 150);
        assertThat(teknonyms).as("帕X, 拜X").isGreaterThan(30);
        assertThat(seenTeknonyms).as("both teknonyms").containsExactlyInAnyOrderElementsOf(TEKNONYMS);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        int minorityBroken = 0, minoritySingle = 0, minorityIdeographic = 0, minoritySpaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                        && Character.isLetter(c))) {
                    continue;
                }
                assertThat(Blind31Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                String joined = v.replaceAll("[ \n\u3000]", "");
                boolean chinese = Blind31Templates.chineseNames().contains(joined);
                if (!chinese) assertThat(Blind31Templates.minorityNames()).as(v).contains(joined);
                if (v.contains("\n")) {
                    if (chinese) broken++; else minorityBroken++;
                }
                if (v.matches("\\S \\S{1,3}")) {
                    if (chinese) single++; else minoritySingle++;
                }
                if (v.contains("\u3000")) {
                    if (chinese) ideographic++; else minorityIdeographic++;
                }
                if (v.matches("(\\S ){2,}\\S")) {
                    if (chinese) spaced++; else minoritySpaced++;
                }
            }
        }
        assertThat(broken).as("Chinese names broken by a line break").isGreaterThan(10);
        assertThat(single).as("Chinese names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("Chinese names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("Chinese names with a blank between every character").isGreaterThan(5);
        assertThat(minorityBroken).as("Li, Miao and Hui names broken by a line break").isGreaterThan(5);
        assertThat(minoritySingle).as("Li, Miao and Hui names with a blank after the surname").isGreaterThan(5);
        assertThat(minorityIdeographic).as("Li, Miao and Hui names with ideographic blanks").isGreaterThan(5);
        assertThat(minoritySpaced).as("Li, Miao and Hui names with a blank between every character").isGreaterThan(5);
        assertThat(Blind31Templates.isScannedName("符\n琼英")).isTrue();
        assertThat(Blind31Templates.isScannedName("符 亚 扁")).isTrue();
        assertThat(Blind31Templates.isScannedName("蒲\u3000阿\u3000依\u3000莎")).isTrue();
        assertThat(Blind31Templates.isScannedName("符琼英")).isFalse();
        assertThat(Blind31Templates.isScannedName("符\n亚九")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind31TemplatesTest::checkIdentity,
                Blind31Templates.legacyAreaCodes(), v -> false);
        tally.checkEveryPromisedForm(250, 50);
        assertThat(tally.issuedIn("4601")).as("issued in Haikou").isGreaterThan(15);
        assertThat(tally.issuedIn("4602")).as("issued in Sanya").isGreaterThan(10);
        assertThat(tally.issuedIn("4604", "4600")).as("issued in Danzhou and the old province-direct places")
                .isGreaterThan(15);
        assertThat(tally.issuedIn("4690")).as("issued in the province-direct cities and counties").isGreaterThan(15);
        assertThat(tally.issuedIn("4408")).as("issued in Zhanjiang").isGreaterThan(10);
        assertThat(tally.issuedIn("2301", "2306", "2201", "2101")).as("issued in the retirees' north-east")
                .isGreaterThan(10);
        IdentifierTally.checkTheChecksReject("460102", "46900219631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken one", List.of("幺.*", "一.*"), phones);
        assertThat(phones).as("a spoken number says the one one way").noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        assertThat(phones).as("landlines have as many local digits as their area code gives")
                .filteredOn(p -> p.matches("\\(?0(898|759|451|431|24)\\D.*"))
                .allMatch(p -> p.replaceAll("转\\d+$", "").replaceAll("\\D", "").matches(LOCAL.replaceAll("\\[-\\)]\\?", "")));
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("lunar birthday", List.of("农历(19|20)\\d{2}年.*", "农历[甲乙丙丁戊己庚辛壬癸].*",
                "阴历.*", ".*正月.*", ".*冬月.*", ".*腊月.*", ".*月廿.", ".*月初十", ".*月三十"), dates);
        assertThat(dates).as("lunar birthdays read as the calendar writes them").filteredOn(d -> d.matches("[农阴]历.*"))
                .isNotEmpty().allMatch(d -> d.matches(LUNAR));
        TemplateChecks.checkEveryFormOccurs("dates abroad", List.of("\\d+ (Maret|Juni|Juli|Agustus|Desember) .*",
                "\\d+ (Mac|Jun|Julai|Ogos|Disember) .*"), dates);
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("QL\\d.*", "QLM.*", "NK.*", "HNL.*", "46\\d{15}"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("HNYB.*", "ZJYB.*", "HLJYB.*", "JLYB.*",
                "LNYB.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*\\d+栋\\d单元\\d+房", ".*(苑|家园|花园|小区)\\d+栋\\d+房",
                ".*号楼\\d单元\\d+室", ".*(小区|家属院|花园)\\d+-\\d-\\d+", ".*村委会.+村\\d+号", ".*村委会.+村第\\d村民小组",
                ".*村委会\\d村民小组", ".*农场[一二三四五六七八九十]+队\\d+号", ".*农场\\d+队\\d+号", ".*队宿舍\\d+栋\\d+号",
                ".*渔民新村\\d+巷\\d+号", ".*(路|街|大道南?)", ".*[镇乡]", ".*村委会", ".*[^会]村", ".*农场", ".*农场.+队",
                "海南省.*", "广东省.*", "黑龙江省.*", "吉林省.*", "辽宁省.*", "琼澜市.*", "海口市.*", "三亚市.*", "儋州市.*",
                "湛江市.*", "哈尔滨市.*", "长春市.*", "沈阳市.*", "文昌市.*", "琼中黎族苗族自治县.*", "临高县.*", "No\\. .*",
                "Jl\\. .*", "Blk .*", "г\\. .*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values, dive depths and pressures, treatment tables.
                "NS1抗原阳性", "PLT 23×10^9/L", "platelets 41 x10^9/L", "MCV 62fL", "HbA2 5.1%",
                "Hb 62g/L", "--SEA/αα", "HbE/β", "HbH病", "潜水深度32米", "max depth 28 m", "2.8 ATA", "美国海军治疗表6",
                "血红蛋白68", "11.3mmol/L", "血糖18.6", "PLT 31", "3100g", "9.2mmol/L", "PLT^Platelets",
                // Boats, plates, passports, lots, specimens, receipts, staff and message numbers, hotlines.
                "琼临渔12087", "琼文渔31562", "琼B·3F628", "粤G·5M217", "黑A·8Q901", "75 4128731", "75 4918236",
                "A41728893", "400-820-1234", "20240517", "202405J021", "DG2406187", "DF20240612887",
                "MSG24612", "HL0417", "HL0522", "热线12345",
                // Facilities and places alone, typhoons.
                "琼澜市人民医院", "椰岭县人民医院", "南椰镇卫生院", "番茅乡卫生院", "红岭农场医院", "潭澳渔港卫生所",
                "椰梦湾旅游区诊所", "琼澜市黎医药研究所", "琼澜市疾控中心", "琼澜市妇幼保健院", "琼澜市医疗保障局",
                "徐闻县人民医院", "椰林候鸟老人服务中心", "Qionglan People's Hospital", "Yemeng Bay", "吉隆坡",
                "海安港", "西双版纳", "三亚湾", "博鳌乐城", "回辉村", "潭澳渔港", "Wuzhishan", "Boao Lecheng", "摩羯",
                "威马逊",
                // Dishes, drinks and medicines.
                "文昌鸡", "清补凉", "抱罗粉", "海南粉", "椰子饭", "老爸茶", "山兰酒", "山兰米粥", "椰子水", "菠萝蜜",
                "云南白药",
                // Kin words, titles, dialect words, festivals and days.
                "阿公", "阿婆", "阿爸", "阿妈", "阿弟", "侬仔", "婆婆", "老爷子", "老伴", "帕", "拜", "厝", "食药",
                "临高话", "三月三前出院", "星期一", "星期三", "星期六", "Halo dokter", "Уважаемый", "Медицинская справка",
                // Ethnic names.
                "回族", "汉族",
                // Words beginning with one of the pool's surnames.
                "符合", "陈旧性", "黄皮", "林场干重活", "黄疸", "海上"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind31TemplatesTest::checkValue, checkedNames(), Blind31Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind31Templates.chineseNames());
        assertThat(values).as("every Li, Miao and Hui name is written").containsAll(Blind31Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind31Templates.nicknames());
        assertThat(values).as("every English pool name is drawn").containsAll(Blind31Templates.englishNames().toList());
        assertThat(values).as("every overseas name as written").containsAll(Blind31Templates.overseasNames());
        assertThat(Blind31Templates.overseasNames()).as("overseas names in passport capitals")
                .anyMatch(n -> values.contains(n.toUpperCase()));
        for (String e : Blind31Templates.russianNames()) {
            String[] p = e.split("\\|");
            assertThat(values).as("Russian name in Cyrillic: " + e).contains(p[0]);
            assertThat(values).as("Russian name in Latin: " + e).containsAnyOf(p[1], p[1].toUpperCase());
        }
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind31Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind31Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind31Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("Li, Miao and Hui given names used alone (LG)").anyMatch(v -> !Blind31Templates
                .minorityNames().contains(v) && Blind31Templates.minorityNames().stream().anyMatch(n -> n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind31Templates.WORD_LIKE);
    }

    @Test
    void scriptFormsAreWrittenInTheirScripts() {
        for (String n : Blind31Templates.overseasNames()) {
            assertThat(n).as(n).matches("[A-Z][a-z]+( [A-Z][a-z]+)*");
        }
        for (String e : Blind31Templates.russianNames()) {
            String[] p = e.split("\\|");
            assertThat(p).as(e).hasSize(2);
            assertThat(p[0]).as(e).matches("[\\p{IsCyrillic}]+ [\\p{IsCyrillic}]+");
            assertThat(p[1]).as(e).matches("[A-Z][a-z]+ [A-Z][a-z]+");
        }
        assertThat(Blind31Templates.scriptWritten().toList()).as("each written form names one person")
                .doesNotHaveDuplicates();
        assertThat(Blind31Templates.fullNameOf("FOO AH KOW")).isEqualTo("Foo Ah Kow");
        assertThat(Blind31Templates.fullNameOf("Всеволод Кудряшов")).isEqualTo("Vsevolod Kudryashov");
        assertThat(Blind31Templates.fullNameOf("VSEVOLOD KUDRYASHOV")).isEqualTo("Vsevolod Kudryashov");
        assertThat(Blind31Templates.fullNameOf("Foo")).isNull();
        assertThat(Blind31Templates.ganzhi(1958)).isEqualTo("戊戌");
        assertThat(Blind31Templates.ganzhi(1984)).isEqualTo("甲子");
        assertThat(Blind31Templates.lunarDay(6)).isEqualTo("初六");
        assertThat(Blind31Templates.lunarDay(15)).isEqualTo("十五");
        assertThat(Blind31Templates.lunarDay(23)).isEqualTo("廿三");
        assertThat(Blind31Templates.lunarDay(30)).isEqualTo("三十");
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind31Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(8);
        assertThat(chinese).as("old Hainanese names with 妚 or 亚").filteredOn(n -> n.contains("妚") || n.contains("亚"))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind31Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind31Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind31Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a Hainan patient list: the island's commonest surnames dominate, the typically Hainanese ones carry a good
        // share, the mid-frequency ones most of the rest, the rare ones are a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long hainan = chinese.stream().filter(n -> HAINAN_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long mid = chinese.stream().filter(n -> MID_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the island's commonest surnames carry half or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(hainan * 5).as("typically Hainanese surnames carry a fifth or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(mid * 10).as("mid-frequency surnames carry a tenth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat((common + hainan + mid) * 10).as("common, Hainanese and mid-frequency surnames carry nine tenths")
                .isGreaterThanOrEqualTo(chinese.size() * 9L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size());
        Map<Character, Long> bySurname = new HashMap<>();
        for (String n : chinese) bySurname.merge(n.charAt(0), 1L, Long::sum);
        assertThat(bySurname.get('符')).as("符 is the commonest surname of the island")
                .isEqualTo(bySurname.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        List<String> minority = Blind31Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(70).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese)
                .allMatch(n -> n.length() >= 3 && n.length() <= 4)
                .allMatch(n -> !n.contains("帕") && !n.contains("拜"));
        assertThat(minority).as("Li names of the older generation with 亚").filteredOn(n -> n.charAt(1) == '亚')
                .hasSizeGreaterThanOrEqualTo(25);
        assertThat(minority).as("Li surnames 吉, 卓, 董, 韦").filteredOn(n -> "吉卓董韦".indexOf(n.charAt(0)) >= 0)
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(minority).as("Miao surnames 盘 and 蒋").filteredOn(n -> "盘蒋".indexOf(n.charAt(0)) >= 0)
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(minority).as("Hui surnames of Sanya 蒲, 海, 哈, 米").filteredOn(n -> "蒲海哈米".indexOf(n.charAt(0)) >= 0)
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(minority.stream().map(PoolNameForms::addressedGivenName))
                .as("a given name alone is never a Chinese pool name").noneMatch(chinese::contains);
        assertThat(Blind31Templates.overseasNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind31Templates.overseasNames()).as("Hainanese romanisations")
                .filteredOn(n -> n.matches("(\\w+ )?(Foo|Phoo|Hoo|Woon|Hoon) .*")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind31Templates.overseasNames()).as("Indonesian single names")
                .filteredOn(n -> !n.contains(" ")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind31Templates.russianNames()).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
        assertThat(Blind31Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind31Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind31Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind31Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(29);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, minority,
                Blind31Templates.englishSurnames().toList(), Blind31Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.strings(OLDER);
        assertThat(Stream.of(chinese, minority, Blind31Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        assertThat(Blind31Templates.scriptWritten().filter(olderStrings::contains))
                .as("Latin and Cyrillic forms an older group has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) {
                olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
                olderKeys.add(OlderGroups.latinKey(p[0]));
                olderKeys.add(OlderGroups.latinKey(p[1]));
            }
        }
        assertThat(Blind31Templates.latinWritten().filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : OLDER) olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
        assertThat(olderHan.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0))
                .as("older names with this group's rare surnames").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(29);
        assertThat(Blind31Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind31Templates.areaCodes();
        assertThat(areas).as("Hainan, Zhanjiang and north-eastern codes only")
                .allMatch(a -> a.matches("46\\d{4}|4408\\d{2}|230[16]\\d{2}|2201\\d{2}|2101\\d{2}"))
                .doesNotHaveDuplicates();
        assertThat(areas).as("Haikou").filteredOn(a -> a.startsWith("4601")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("Sanya").filteredOn(a -> a.startsWith("4602")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(areas).as("Danzhou").contains("460400", "460003");
        assertThat(areas).as("province-direct places today").filteredOn(a -> a.startsWith("4690"))
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(areas).as("Zhanjiang").filteredOn(a -> a.startsWith("4408")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("the retirees' north-east").filteredOn(a -> a.matches("2[23]0\\d{3}|210\\d{3}"))
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind31Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, Li, Miao and Hui names, nicknames,
     * English names, every overseas and Russian form, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind31Templates.chineseNames().stream(), Blind31Templates.minorityNames().stream(),
                        Blind31Templates.nicknames().stream(), Blind31Templates.englishNames(),
                        Blind31Templates.scriptWritten(),
                        Blind31Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind31Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind31Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind31Templates.isPoolName(value)).as("name from the BLIND_31 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind31Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> {
                if (value.codePoints().anyMatch(c -> Character.isLetter(c)
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN)) {
                    assertThat(value).matches(FOREIGN_ADDRESS);
                } else {
                    assertThat(value).doesNotContain(" ").matches(ADDRESS);
                }
            }
        }
    }
}

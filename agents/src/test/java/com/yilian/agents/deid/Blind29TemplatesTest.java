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
 * Well-formedness of the twenty-ninth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind and a name from outside the pools), every pool name turns up
 * (Chinese, Mongol and Tibetan names in Chinese, every Tibetan name in Tibetan script and in Latin, Wylie forms),
 * forms of address and titles label the surname only, a given name used alone the given name, a Tibetan first part
 * before or after 阿佳, 阿妈, 阿爸, 曼巴, 阿克, 觉姆, 啦, 喇嘛, 活佛 or ་ལགས the name only, and the first part alone is
 * that of the record's Tibetan patient, OCR'd names broken by a line break or blanks are one span, resident identity
 * numbers (also with a lower-case x, or 6-8-4 by blanks or hyphens) carry a valid GB 11643 check character and an
 * area code of Tibet, Qinghai, Garzê, Ngawa or Gannan, 15-digit numbers a valid birth date and a code of their time,
 * bank cards a valid Luhn digit, the phone (also spoken, in Tibetan digits, on every landline area code), record,
 * insurance, address (also in Tibetan script and Latin) and birth-date forms (also the Tibetan calendar and Tibetan
 * script) the group promises do occur, a child known by a parent's name labels the parent, the decoys (lab values,
 * altitudes, plates, lot, staff, passport, specimen and message numbers, hotlines, facilities, places, Tibetan
 * medicines, dishes, kin words and titles, greetings, days of the week, ethnic names, words beginning with a pool
 * surname) stand in the text and are never labelled, the generator is deterministic by seed, no pool name stands
 * anywhere in the text outside a labelled span, the pools, their written forms and their rare surnames are new, and
 * the Chinese names carry the surnames of the Han, Hui, Salar and Tu families as a patient list of Qinghai would. No
 * de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind29TemplatesTest {
    private static final List<String> T = Blind29Templates.BLIND_29;
    private static final long SEED = Blind29Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final String TIB_DIGIT = "[\u0F20-\u0F29]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d \\d{4} \\d{4}", "\\(\\+86\\)1[3-9]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> TIBETAN_MOBILES = List.of("༡[༣-༩]" + TIB_DIGIT + "{9}",
            "༡[༣-༩]" + TIB_DIGIT + " " + TIB_DIGIT + "{4} " + TIB_DIGIT + "{4}");
    private static final List<String> LANDLINE_AREAS = List.of("0891", "0892", "0896", "0971", "0976", "0975", "0836",
            "0837", "0941");
    private static final String AREAS = "(089[126]|097[156]|083[67]|0941)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS + "\\)[2-8]\\d{6}",
            AREAS + " [2-8]\\d{2} \\d{4}", AREAS + "-[2-8]\\d{6}转\\d{3,4}",
            "\\+86 (89[126]|97[156]|83[67]|941) [2-8]\\d{6}", AREAS + "-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, TIBETAN_MOBILES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String TIBETAN_CALENDAR = "藏历(第十[六七]饶迥)?[木火土铁水][鼠牛虎兔龙蛇马羊猴鸡狗猪]年"
            + "(十[一二]|[一二三四五六七八九十])月(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十)日";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "号",
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "\\d{2}-[A-Z]{3}-(19|20)\\d{2}",
            "[A-Z][a-z]{2,8} \\d{1,2}, (19|20)\\d{2}", TIBETAN_CALENDAR,
            "སྤྱི་ལོ་[༡༢][༩༠]" + TIB_DIGIT + "{2} ཟླ་" + TIB_DIGIT + "{1,2} ཚེས་" + TIB_DIGIT + "{1,2}",
            "སྤྱི་ལོ་(19|20)\\d{2} ཟླ་\\d{1,2} ཚེས་\\d{1,2}");
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "GT" + YEARS + "\\d{6}|MZ20" + YEARS + "\\d{6}|ZYY" + YEARS + "-\\d{5}"
            + "|(54|63|51|62)\\d{15}|FJH20" + YEARS + "-\\d{5}";
    private static final String INSURANCE = "(QHYB|XZYB|SCYB|GSJM)\\d{10}";
    private static final String ADDRESS = "(青海省|西藏自治区|四川省|甘肃省)?"
            + "(岗日塘市|西宁市|拉萨市|甘孜州|海东市|甘南州|那曲市|日喀则市|阿坝州)"
            + "\\S*?(\\d+室|\\d+-\\d+-\\d+|\\d+号|村|组|社|乡|镇|路|街|大道|牧场|定居点|寺)";
    private static final String SCRIPT_ADDRESS = "གངས་རི་ཐང་གྲོང་ཁྱེར་ (བདེ་སྐྱིད|གངས་རྒྱན|ནོར་གླིང)་ལམ་ ཨང་ \\d+"
            + "|ལ་ཆུ་རྫོང་ (ར་དགའ|སྟག་རྩེ་ཐང)་ཤང་ གྲོང་ཚོ་" + TIB_DIGIT + "+"
            + "|No\\. \\d+ (Dekyi|Gangyen|Norling) Road, Gangrithang"
            + "|Village \\d+, (Ragha|Dagzetang) Township, Lachu County";
    private static final List<String> PREFIXES = List.of("老", "小", "护士长", "院长");
    private static final List<String> HONORIFICS = List.of("师傅", "大夫", "主任", "医生", "书记");
    /** Kin words, forms of address and monastic titles before a Tibetan name, and after it. */
    private static final List<String> TIBETAN_BEFORE = List.of("阿佳", "阿妈", "阿爸", "曼巴", "阿克", "觉姆");
    private static final List<String> TIBETAN_AFTER = List.of("啦", "喇嘛", "活佛", "曼巴", "་ལགས");
    private static final String RARE_SURNAMES = Blind29Templates.RARE_SURNAMES;
    /** The common Han surnames. */
    private static final String COMMON_SURNAMES = "王李张刘陈杨赵周吴孙徐胡";
    /** Hui, Salar and Tu surnames of Haidong and Xining (李 and 杨 are counted with the Han ones). */
    private static final String QINGHAI_SURNAMES = "马韩祁鲁沙白";
    /** Mid-frequency surnames. */
    private static final String MID_SURNAMES = "郭何高罗朱彭冯邓曾魏蒋谢宋唐付严苏";
    /** Codes created after 1999 (city districts and cities of the 2010s), on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("540103", "540202", "540602", "630202", "630203", "632701",
            "513301", "513201");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "TB", "TG", "TT",
                "TW", "TL", "TO", "MO", "PS", "FS", "PG", "PO", "PK", "EG"));
        for (String s : List.of("DOBC", "DOBE", "DOBT", "DOBB", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("MT", EntityKind.PHONE);
        phi.put("AT", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(28);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(140, 150).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NC", "NM", "MN", "TB", "TG",
                "TT", "TW", "TL", "TO", "MO", "PS", "FS", "PG", "PK", "PO", "E", "E2", "ES", "EG", "ID", "M", "MV",
                "MT", "L", "R", "I", "B", "A", "A0", "AT", "DOB", "DOBC", "DOBE", "DOBT", "DOBB", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(18L, 26L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, HL7, 4, OCR, 9, VOICE, 15, WECHAT, 6, SMS, 9,
                EMAIL, 6, TABLES, 8));
        assertThat(T.stream().filter(t -> literalHas(t, Character.UnicodeScript.TIBETAN)).count())
                .as("texts in Tibetan script").isGreaterThanOrEqualTo(4);
    }

    /** Whether the template's own text, slots left out, has letters of the script. */
    private static boolean literalHas(String t, Character.UnicodeScript script) {
        return TemplateChecks.SLOT.matcher(t).replaceAll("").codePoints()
                .anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == script);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind29Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind29TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        CheckRejections.checkRejections(T, "【达孜塘乡卫生院】", SEED, PHI, Blind29TemplatesTest::checkValue, List.of(
                reject(EntityKind.NAME, "张三", "a name from outside the pools"),
                reject(EntityKind.NAME, "次珠", "a Tibetan name from outside the pools"),
                reject(EntityKind.BIRTH_DATE, "藏历新年", "a festival, not a date"),
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere")));
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
        assertThat(PoolNameForms.surnameOf("王建青")).isEqualTo("王");
        assertThat(PoolNameForms.addressedGivenName("王建青")).isEqualTo("建青");
        assertThat(PoolNameForms.addressedGivenName("马法图麦")).isEqualTo("法图麦");
        assertThat(PoolNameForms.addressedGivenName("杨宸")).isEqualTo("杨宸");
        assertThat(Blind29Templates.shortOf("扎西伦珠")).isEqualTo("扎西");
        assertThat(Blind29Templates.shortOf("卓玛措")).isEqualTo("卓玛");
        assertThat(Blind29Templates.shortOf("卓玛")).isEqualTo("卓玛");
        assertThat(Blind29Templates.shortOf("德康·格桑旺堆")).isEqualTo("格桑");
    }

    @Test
    void aTibetanFirstPartAloneIsThatOfTheRecordsTibetanPatient() {
        int checked = 0;
        for (String template : T) {
            List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("MN") || !slots.contains("TG")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k++) {
                    if (!slots.get(k % slots.size()).equals("TG")) continue;
                    String patient = values.get(k - k % slots.size() + slots.indexOf("MN"));
                    assertThat(values.get(k)).as(r.text()).isEqualTo(Blind29Templates.shortOf(patient));
                    assertThat(patient).as(r.text()).contains(values.get(k));
                    assertThat(Blind29Templates.tibetanChineseNames()).as(r.text()).contains(patient);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        int tibetanBefore = 0, tibetanAfter = 0;
        Set<String> seenBefore = new HashSet<>(), seenAfter = new HashSet<>();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind29Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    forms.count(v, before, after, r.text());
                    if (isTibetan(v)) {
                        for (String p : TIBETAN_BEFORE) {
                            assertThat(v).as(r.text()).doesNotStartWith(p);
                            if (before.endsWith(p)) {
                                seenBefore.add(p);
                                tibetanBefore++;
                            }
                        }
                        for (String h : TIBETAN_AFTER) {
                            assertThat(v).as(r.text()).doesNotEndWith(h).doesNotContain("་ལགས");
                            if (after.startsWith(h)) {
                                seenAfter.add(h);
                                tibetanAfter++;
                            }
                        }
                    }
                }
            }
        }
        forms.check("老X, 小X, 护士长X, 院长X", 20, "X师傅, X大夫, X主任 …", 150);
        assertThat(tibetanBefore).as("阿佳X, 阿妈X, 阿爸X, 曼巴X, 阿克X, 觉姆X").isGreaterThan(100);
        assertThat(tibetanAfter).as("X啦, X喇嘛, X活佛, X曼巴, X་ལགས").isGreaterThan(80);
        assertThat(seenBefore).as("every word before a Tibetan name").containsExactlyInAnyOrderElementsOf(TIBETAN_BEFORE);
        assertThat(seenAfter).as("every word after a Tibetan name").containsExactlyInAnyOrderElementsOf(TIBETAN_AFTER);
    }

    /** A Tibetan name of the pool in any of its forms, or its first part. */
    private static boolean isTibetan(String v) {
        return Blind29Templates.tibetanChineseNames().contains(v)
                || Blind29Templates.tibetanChineseNames().stream().anyMatch(n -> Blind29Templates.shortOf(n).equals(v))
                || Blind29Templates.scriptWritten().anyMatch(v::equals);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        int tibetanBroken = 0, tibetanBlank = 0, tibetanIdeographic = 0, tibetanSpaced = 0, dotBlanks = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                        && Character.isLetter(c))) {
                    continue;
                }
                assertThat(Blind29Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                String joined = v.replaceAll("[ \n\u3000]", "");
                if (Blind29Templates.chineseNames().contains(joined)) {
                    if (v.contains("\n")) broken++;
                    if (v.matches("\\S \\S{1,3}")) single++;
                    if (v.contains("\u3000")) ideographic++;
                    if (v.matches("(\\S )+\\S")) spaced++;
                    continue;
                }
                assertThat(Blind29Templates.tibetanChineseNames()).as(v).contains(joined);
                if (v.contains("\n")) tibetanBroken++;
                if (v.contains("\u3000")) tibetanIdeographic++;
                if (v.contains(" · ")) dotBlanks++;
                if (v.matches("\\S{2,} \\S+") && !v.contains("·")) tibetanBlank++;
                if (v.matches("(\\S )+\\S") && v.length() > 3) tibetanSpaced++;
            }
        }
        assertThat(broken).as("Chinese names broken by a line break").isGreaterThan(10);
        assertThat(single).as("Chinese names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("Chinese names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("Chinese names with a blank between every character").isGreaterThan(5);
        assertThat(tibetanBroken).as("Tibetan names broken between their parts by a line break").isGreaterThan(10);
        assertThat(tibetanBlank).as("Tibetan names with a blank between their parts").isGreaterThan(5);
        assertThat(tibetanIdeographic).as("Tibetan names with an ideographic blank between their parts")
                .isGreaterThan(5);
        assertThat(tibetanSpaced).as("Tibetan names with a blank between every character").isGreaterThan(5);
        assertThat(dotBlanks).as("house names with blanks round the dot").isGreaterThan(0);
        assertThat(Blind29Templates.isScannedName("王\n建青")).isTrue();
        assertThat(Blind29Templates.isScannedName("扎西\n伦珠")).isTrue();
        assertThat(Blind29Templates.isScannedName("德康 · 格桑旺堆")).isTrue();
        assertThat(Blind29Templates.isScannedName("扎 西 伦 珠")).isTrue();
        assertThat(Blind29Templates.isScannedName("扎西伦珠")).isFalse();
        assertThat(Blind29Templates.isScannedName("扎西\n顿")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女", "的尕娃")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind29TemplatesTest::checkIdentity,
                Blind29Templates.legacyAreaCodes(), v -> false);
        tally.checkEveryPromisedForm(250, 50);
        assertThat(tally.issuedIn("5401")).as("issued in Lhasa").isGreaterThan(15);
        assertThat(tally.issuedIn("5402", "5423")).as("issued in Shigatse").isGreaterThan(15);
        assertThat(tally.issuedIn("5406", "5424")).as("issued in Nagqu").isGreaterThan(15);
        assertThat(tally.issuedIn("6301")).as("issued in Xining").isGreaterThan(15);
        assertThat(tally.issuedIn("6302", "6321")).as("issued in Haidong").isGreaterThan(15);
        assertThat(tally.issuedIn("6326")).as("issued in Golog").isGreaterThan(15);
        assertThat(tally.issuedIn("6327")).as("issued in Yushu").isGreaterThan(15);
        assertThat(tally.issuedIn("5133")).as("issued in Garzê").isGreaterThan(15);
        assertThat(tally.issuedIn("5132")).as("issued in Ngawa").isGreaterThan(10);
        assertThat(tally.issuedIn("6230")).as("issued in Gannan").isGreaterThan(10);
        IdentifierTally.checkTheChecksReject("540102", "63262219631103123");
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
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("Tibetan calendar", List.of("藏历第十六饶迥.*", "藏历第十七饶迥.*",
                "藏历[木火土铁水].*", ".*年十[一二]月.*", ".*月初十日", ".*月三十日"), dates);
        assertThat(dates).as("the Tibetan year names its element and animal right")
                .filteredOn(d -> d.startsWith("藏历")).isNotEmpty()
                .allMatch(d -> d.matches(TIBETAN_CALENDAR));
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("GT.*", "MZ.*", "ZYY.*", "(54|63|51|62)\\d{15}",
                "FJH.*"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("QHYB.*", "XZYB.*", "SCYB.*", "GSJM.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*号楼\\d单元\\d+室",
                ".*(苑|明珠|家园|花园|小区)\\d+-\\d-\\d+", ".*寺僧舍\\d+号", ".*[东西]僧舍\\d排\\d+号",
                ".*[乡镇]\\d+村\\d+组", ".*[乡镇]\\d+村\\d+组\\d+号", ".*(卓扎滩|班彦|三兰巴海|苏只)村\\d+组.*",
                ".*村\\d社", ".*牧委会\\d社", ".*牧民定居点\\d+号", ".*牧民定居点\\d+排\\d+号", ".*夏季牧场",
                ".*冬季牧场", ".*[乡镇]牧民定居点", ".*寺", ".*[乡镇]", ".*\\d+村", ".*(卓扎滩|班彦|三兰巴海|苏只)村",
                ".*(路|街|大道)", "青海省.*", "西藏自治区.*", "四川省.*", "甘肃省.*", "岗日塘市.*", "西宁市.*", "拉萨市.*",
                "甘孜州.*", "海东市.*", "甘南州.*", "那曲市.*", "日喀则市.*", "阿坝州.*", ".*ཨང་ \\d+",
                ".*གྲོང་ཚོ་" + TIB_DIGIT + "+", "No\\. .*", "Village .*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Altitudes, oxygen saturation, haemoglobin and other values.
                "SpO2 62%", "海拔4700米", "4,650 m", "SpO2 74%", "Lake Louise评分9分", "Hb 236 g/L", "HCT 71%", "4520米",
                "228g/L", "Hb 241g/L", "Hb 219g/L", "CE1型", "CE2", "CE3b", "SAT 1:160", "虎红平板凝集试验阳性",
                "F1抗体：阴性", "PPD强阳性", "GeneXpert", "Hb 92g/L", "2900g", "4,300 m", "Hb 86g/L", "6,100 m",
                "3,500 m", "3,200 m", "血红蛋白226", "SpO2 86%", "||231|",
                // Plates, lots, staff, passport, specimen and message numbers, roads, hotlines.
                "青A·7D652", "藏A·3K218", "川V·2B719", "X39217745", "QH2406187", "202405C031", "202309B112",
                "202406R007", "GRT0417", "GRT0522", "MSG24612", "热线12345", "G214线K412", "国道214线",
                // Facilities and places alone, the monastery, the mountains.
                "岗日塘市人民医院", "岗日塘市藏医院", "拉曲县人民医院", "觉隆县人民医院", "热嘎乡卫生院", "达孜塘乡卫生院",
                "拉曲县妇幼保健院", "拉曲县医疗保障局", "岗日塘市疾控中心", "华西医院", "拉曲县民族中学", "省包虫病防治中心",
                "觉吾岗寺", "尼姑寺", "Gangrithang People's Hospital", "Lachu County People's Hospital",
                "Jowogang monastery", "Xining", "Golog", "Yushu", "Switzerland", "Nepal", "瑞士籍", "祁连山",
                "གངས་རི་ཐང་སྨན་ཁང", "གངས་རི་ཐང་བོད་སྨན་ཁང",
                // Tibetan medicines and treatments, dishes.
                "二十五味珍珠丸", "仁青常觉", "七十味珍珠丸", "坐珠达西", "佐太", "藏药浴", "放血", "糌粑", "酥油茶", "甜茶",
                "牦牛肉", "青稞酒", "尕面片", "酸奶", "奶渣",
                // Kin words, titles, dialect words, greetings and days.
                "阿妈", "阿爸", "阿佳", "曼巴", "阿克", "喇嘛", "活佛", "觉姆", "尕娃", "婆婆", "阿门个", "ཨ་མ", "ལགས",
                "扎西德勒", "Tashi delek", "བཀྲ་ཤིས་བདེ་ལེགས", "星期一", "星期三", "星期六", "星期日", "Monday",
                "གཟའ་ཕུར་བུ", "གཟའ་མིག་དམར", "藏历新年", "格桑花",
                // Ethnic names and languages.
                "藏族", "回族", "撒拉族", "土族", "蒙古族", "汉族", "安多藏语", "Tibetan-Chinese",
                // Words beginning with one of the pool's surnames.
                "马上", "马背", "高原", "高反", "白天", "沙棘", "高海拔"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind29TemplatesTest::checkValue, checkedNames(), Blind29Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind29Templates.chineseNames());
        assertThat(values).as("every Tibetan and Mongol name is written in Chinese")
                .containsAll(Blind29Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind29Templates.nicknames());
        assertThat(values).as("every English pool name is drawn").containsAll(Blind29Templates.englishNames().toList());
        int wylie = 0;
        for (String e : Blind29Templates.tibetanNames()) {
            List<String> forms = Blind29Templates.scriptForms(e);
            assertThat(values).as("Tibetan name in Tibetan script: " + e).contains(forms.get(0));
            assertThat(values).as("Tibetan name in Latin: " + e).containsAnyOf(forms.get(2), forms.get(3));
            if (values.contains(forms.get(1))) wylie++;
        }
        assertThat(wylie * 10).as("nine tenths of the names in Wylie")
                .isGreaterThanOrEqualTo(Blind29Templates.tibetanNames().size() * 9);
        for (int form = 2; form < 4; form++) {
            int f = form;
            assertThat(Blind29Templates.tibetanNames()).as("Latin as written and in capitals, form " + form)
                    .anyMatch(e -> values.contains(Blind29Templates.scriptForms(e).get(f)));
        }
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind29Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind29Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind29Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("Tibetan first parts used alone (TG)").anyMatch(v -> !Blind29Templates.minorityNames()
                .contains(v) && Blind29Templates.tibetanChineseNames().stream().anyMatch(n -> n.startsWith(v)));
        assertThat(values).as("house names' first parts used alone").anyMatch(v -> Blind29Templates
                .tibetanChineseNames().stream().anyMatch(n -> n.contains("·" + v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind29Templates.WORD_LIKE);
        assertThat(values).as("names that are also words or days").contains("卓玛", "尼玛", "达瓦", "边巴");
    }

    @Test
    void scriptFormsAreWrittenInTheirScripts() {
        for (String e : Blind29Templates.tibetanNames()) {
            String[] p = e.split("\\|");
            assertThat(p).as(e).hasSize(4);
            assertThat(p[0]).as(e).matches("(\\p{IsHan}{2}·)?\\p{IsHan}{1,2}( \\p{IsHan}{1,2})?");
            assertThat(p[1]).as(e).matches("[\\p{IsTibetan}]+").doesNotEndWith("་").doesNotContain("་་");
            assertThat(p[2]).as(e).matches("[a-z'.]+( [a-z'.]+)+");
            assertThat(p[3]).as(e).matches("[A-Z][a-z]+( [A-Z][a-z]+)*");
            int han = p[0].replaceAll("[ ·]", "").length(), words = p[2].split(" ").length;
            int syllables = p[1].split("་").length, stacked = p[1].contains("པདྨ") || p[1].contains("ཀརྨ") ? 1 : 0;
            assertThat(words).as("a Wylie syllable for each Chinese one: " + e).isEqualTo(han);
            assertThat(syllables + stacked).as("a Tibetan syllable for each Wylie one: " + e).isEqualTo(words);
            assertThat(p[3].split(" ").length).as("a Latin word for each part: " + e)
                    .isEqualTo(p[0].split("[ ·]").length);
        }
        assertThat(Blind29Templates.scriptWritten().toList()).as("each written form names one person")
                .doesNotHaveDuplicates();
        assertThat(Blind29Templates.tibetanChineseNames()).doesNotHaveDuplicates();
        assertThat(Blind29Templates.fullNameOf("TASHI LHUNDRUB")).isEqualTo("扎西伦珠");
        assertThat(Blind29Templates.fullNameOf("བཀྲ་ཤིས་ལྷུན་གྲུབ")).isEqualTo("扎西伦珠");
        assertThat(Blind29Templates.fullNameOf("bkra shis lhun grub")).isEqualTo("扎西伦珠");
        assertThat(Blind29Templates.fullNameOf("Tsering Gyatso")).isEqualTo("才让加措");
        assertThat(Blind29Templates.fullNameOf("Tashi")).isNull();
        assertThat(Blind29Templates.tibetanDigits("1985")).isEqualTo("༡༩༨༥");
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind29Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(8);
        assertThat(chinese).as("Hui and Salar names with an Islamic given name").filteredOn(n -> n.length() == 4)
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind29Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind29Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind29Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a Qinghai patient list: the common Han surnames dominate, the Hui, Salar and Tu ones carry a good share,
        // the mid-frequency ones most of the rest, the rare ones are a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long qinghai = chinese.stream().filter(n -> QINGHAI_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long mid = chinese.stream().filter(n -> MID_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the common Han surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(qinghai * 5).as("Hui, Salar and Tu surnames carry a fifth or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(mid * 10).as("mid-frequency surnames carry a tenth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat((common + qinghai + mid) * 10).as("common, Qinghai and mid-frequency surnames carry nine tenths")
                .isGreaterThanOrEqualTo(chinese.size() * 9L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王' || n.charAt(0) == '李' || n.charAt(0) == '张')
                .count() * 5).as("王, 李 and 张 carry a fifth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '马').count()).as("马 is the commonest Hui surname")
                .isGreaterThan(chinese.stream().filter(n -> n.charAt(0) == '韩').count());
        List<String> minority = Blind29Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(70).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese);
        List<String> tibetan = Blind29Templates.tibetanNames();
        assertThat(tibetan).as("Tibetan names").hasSizeGreaterThanOrEqualTo(60);
        assertThat(tibetan).as("names of one part").filteredOn(e -> !e.split("\\|")[0].matches(".*[ ·].*"))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(tibetan).as("names with a house or place name").filteredOn(e -> e.contains("·"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(tibetan).as("Amdo names (才让, 拉毛, 万玛, 尕藏 …)")
                .filteredOn(e -> e.matches("(才让|拉毛|万玛|公保|旦正|吉毛|周毛|更登|尕藏|华旦|多杰|南加|索南|桑杰|曲吉|仁增|贡却).*"))
                .hasSizeGreaterThanOrEqualTo(12);
        assertThat(tibetan).as("Kham names (泽仁, 四郎, 降初 …)")
                .filteredOn(e -> e.matches("(泽仁|四郎|降初|嘎玛|斯朗|泽郎|降央).*")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind29Templates.tibetanChineseNames().stream().map(Blind29Templates::shortOf))
                .as("a first part alone is never a Chinese pool name").noneMatch(chinese::contains);
        assertThat(Blind29Templates.mongolNames()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind29Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind29Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind29Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind29Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(28);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, minority,
                Blind29Templates.englishSurnames().toList(), Blind29Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.strings(OLDER);
        assertThat(Stream.of(chinese, minority, Blind29Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        assertThat(minority.stream().filter(n -> n.contains("·")).map(n -> n.replace("·", ""))
                .filter(olderStrings::contains)).as("house names an older group has without the dot").isEmpty();
        assertThat(Blind29Templates.scriptWritten().filter(olderStrings::contains))
                .as("Tibetan-script and Latin forms an older group has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        assertThat(Blind29Templates.latinWritten().filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
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
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(28);
        assertThat(Blind29Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind29Templates.areaCodes();
        assertThat(areas).as("plateau codes only").allMatch(a -> a.matches("54\\d{4}|63\\d{4}|513[23]\\d{2}|6230\\d{2}"))
                .doesNotHaveDuplicates();
        assertThat(areas).as("Tibet").filteredOn(a -> a.startsWith("54")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(areas).as("Qinghai").filteredOn(a -> a.startsWith("63")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(areas).as("Garzê").filteredOn(a -> a.startsWith("5133")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(areas).as("Ngawa").filteredOn(a -> a.startsWith("5132")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(areas).as("Gannan").filteredOn(a -> a.startsWith("6230")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind29Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, Tibetan and Mongol names, nicknames,
     * English names, every Tibetan-script, Wylie and Latin form, and English given and family names of three letters
     * or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind29Templates.chineseNames().stream(), Blind29Templates.minorityNames().stream(),
                        Blind29Templates.nicknames().stream(), Blind29Templates.englishNames(),
                        Blind29Templates.scriptWritten(),
                        Blind29Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind29Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind29Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind29Templates.isPoolName(value)).as("name from the BLIND_29 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind29Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> {
                if (value.codePoints().anyMatch(c -> Character.isLetter(c)
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN)) {
                    assertThat(value).matches(SCRIPT_ADDRESS);
                } else {
                    assertThat(value).doesNotContain(" ").matches(ADDRESS);
                }
            }
        }
    }

}

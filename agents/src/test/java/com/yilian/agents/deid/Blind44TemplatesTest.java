package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.yilian.agents.deid.CheckRejections.reject;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.HL7;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the forty-fourth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word and identifiers of
 * elsewhere or with a wrong check), every pool name turns up (Teochew names, nicknames, Thai relatives in Thai script
 * and romanised, overseas relatives in Teochew romanisation, Hong Kong relatives, letter writers), a Thai person's two
 * forms in one record name the same person, forms of address (老X, X伯, X姆, X兄, X姨, X医生, X主任, X护士长) label
 * the surname only and a given name used alone the given name, OCR'd names broken by a line break or blanks are one
 * span, mainland identity numbers (also with a lower-case x, 6-8-4 by blanks or hyphens) carry a valid GB 11643 check
 * character and a Chaoshan code, 15-digit ones a valid birth date and a code of their time, Thai identity numbers their
 * mod-11 check digit, NRICs their check letter, Hong Kong identity cards their check, bank cards a valid Luhn digit,
 * the phone (mainland, spoken, abroad, every landline area), record, insurance, address (Chinese and Thai) and
 * birth-date forms (Gregorian, lunar, Thai Buddhist era, English, children's) the group promises occur, a child known
 * by a parent's name labels the parent, the decoys stand in the text and are never labelled, the generator is
 * deterministic by seed, no pool name stands anywhere outside a labelled span, and the pools are new and carry the
 * surnames of the region. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind44TemplatesTest {
    private static final List<String> T = Blind44Templates.BLIND_44;
    private static final long SEED = Blind44Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[零一二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "一[三五七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "一[三五七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> FOREIGN_MOBILES = List.of("\\+66 [689]\\d \\d{3} \\d{4}",
            "0[689]\\d-\\d{3}-\\d{4}", "\\+60 1\\d-\\d{3} \\d{4}", "\\+65 [89]\\d{3} \\d{4}",
            "\\+852 [569]\\d{3} \\d{4}");
    private static final String AREAS = "(0754|0768|0663)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS + "\\)[2358]\\d{7}",
            AREAS + " [2358]\\d{3} \\d{4}", AREAS + "-[2358]\\d{7}转\\d{4}", "\\+86 (754|768|663) [2358]\\d{7}",
            AREAS + "-[2358]\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, FOREIGN_MOBILES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日", "20[12]\\d{5}");
    private static final List<String> LUNAR = List.of("农历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final String THAI_MONTH = "(" + String.join("|", Blind44Templates.THAI_MONTHS) + ")";
    private static final String THAI_MONTH_SHORT = "(" + String.join("|", Blind44Templates.THAI_MONTHS_SHORT.stream()
            .map(m -> m.replace(".", "\\.")).toList()) + ")";
    private static final List<String> THAI_DATES = List.of("\\d{1,2} " + THAI_MONTH_SHORT + " 2[45]\\d{2}",
            "\\d{1,2} " + THAI_MONTH + " 2[45]\\d{2}", "\\d{2}/\\d{2}/2[45]\\d{2}");
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " (19|20)\\d{2}",
            "\\d{2}-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(19|20)\\d{2}",
            MONTH + " \\d{1,2}, (19|20)\\d{2}");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, LUNAR, THAI_DATES, ENGLISH_DATES)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "HJ20" + YEARS + "\\d{6}|HJMZ" + YEARS + "\\d{6}|(CY|CN|CH|XQ|RP|PN|HL)20"
            + YEARS + "-\\d{5}|DP-20" + YEARS + "-\\d{4}|QJ" + YEARS + "\\d{5}";
    private static final String INSURANCE = "(STJM|CZJM|JYJM|RGYB)\\d{10}";
    private static final String CHINESE_ADDRESS = "(广东省)?(汕头市|潮州市|揭阳市|榕港市)\\S*?(区|县|市)\\S*?"
            + "(镇|街道|村|路|大道|巷\\d+号|老寨\\d+号|座\\d+号|\\d+房)";
    private static final String THAI_ADDRESS = "\\d+(/\\d+)? (Moo \\d+, Tambon |Soi Charoen Krung \\d+, Khwaeng "
            + "|หมู่ \\d+ ตำบล|ซอยเจริญกรุง \\d+ แขวง).*(Changwat .*|Bangkok|จังหวัด\\S+|กรุงเทพมหานคร) \\d{5}";
    private static final String MAINLAND_ID = "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]"
            + "|\\d{15}";
    private static final String THAI_ID = "\\d-\\d{4}-\\d{5}-\\d{2}-\\d|\\d{13}";
    private static final String NRIC = "[ST]\\d{7}[A-Z]";
    private static final String HKID = "[A-Z]\\d{6}\\([0-9A]\\)";
    private static final List<String> PREFIXES = List.of("老");
    private static final List<String> HONORIFICS = List.of("伯", "姆", "兄", "姨", "医生", "主任", "护士长");
    /** Codes created after 1999, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("440511", "440512", "440513", "440514", "440515", "445103",
            "445203");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PK", "PO",
                "DO", "MNR", "TN", "TR", "OR", "HK", "EG"));
        for (String s : List.of("DOBL", "DOBT", "DOBE", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        for (String s : List.of("MV", "MF", "MTH", "MMY", "MSG", "MHK")) phi.put(s, EntityKind.PHONE);
        for (String s : List.of("TID", "NRIC", "HKID")) phi.put(s, EntityKind.ID_NUMBER);
        phi.put("AT", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(42);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(85, 110).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PK", "PO", "DO", "N",
                "MN", "MNR", "TN", "TR", "OR", "HK", "E", "ES", "EG", "ID", "TID", "NRIC", "HKID", "M", "MV", "MF",
                "MTH", "MMY", "MSG", "MHK",
                "L", "R", "I", "B", "A", "A0", "AT", "DOB", "DOBL", "DOBT", "DOBE", "NB"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("PG", "E2"));
        // JSON keys and HL7 segments count as Latin script; English prose alone is about a seventh.
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(20L, 30L);
        assertThat(TemplateChecks.mostlyLatin(T.stream().filter(t -> !t.startsWith("{\"") && !t.contains("PID|"))
                .toList())).as("English prose").isBetween(12L, 20L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, HL7, 2, OCR, 5, VOICE, 6, WECHAT, 5, SMS, 5));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.startsWith("[LINE]") || t.contains("\"LINE\"")).count()).as("LINE chats")
                .isGreaterThanOrEqualTo(3);
        assertThat(T.stream().filter(t -> TemplateChecks.SLOT.matcher(t).replaceAll("").codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI)).count())
                .as("Thai letters, certificates and chats").isGreaterThanOrEqualTo(6);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(伊|侬|唔|囝|做呢|阮).*")).count())
                .as("Teochew speech").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(地贫|地中海贫血|G6PD|蚕豆|Thalass).*")).count())
                .as("thalassaemia and G6PD").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(鼻咽|EBV|NPC).*")).count()).as("NPC screening")
                .isGreaterThanOrEqualTo(7);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(痛风|尿酸|[Gg]out|urate).*")).count()).as("gout")
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind44Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind44TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "Somchai Jaidee", "a Thai name from outside the pools"));
        for (String kin : List.of("阿嬷", "阿公", "阿伯", "阿姆", "阿兄", "阿姨", "妹仔")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word or form of address alone"));
        }
        String thai12 = "310050012345";
        char thaiCheck = Blind44Templates.thaiIdCheck(thai12);
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, thai12 + (thaiCheck == '0' ? '1' : '0'), "a wrong Thai check digit"),
                reject(EntityKind.ID_NUMBER, "S1234567A", "a wrong NRIC check letter"),
                reject(EntityKind.PHONE, "020-83123456", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0754-8812345", "seven digits on an eight-digit code"),
                reject(EntityKind.MEDICAL_RECORD, "JQ20240212-031", "a police receipt number"),
                reject(EntityKind.ADDRESS, "广州市天河区体育西路", "a city outside Chaoshan")));
        CheckRejections.checkRejections(T, "【榕港市医保局】", SEED, PHI, Blind44TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("翁锦钿")).isEqualTo("翁");
        assertThat(PoolNameForms.addressedGivenName("翁锦钿")).isEqualTo("锦钿");
        assertThat(PoolNameForms.addressedGivenName("翁惜")).isEqualTo("翁惜");
        assertThat(Blind44Templates.fullNameOf("Wichai Saelim")).isEqualTo("วิชัย แซ่ลิ้ม");
        assertThat(Blind44Templates.thaiRoman("วิชัย แซ่ลิ้ม")).isEqualTo("Wichai Saelim");
        assertThat(Blind44Templates.fullNameOf("锦钿")).isNull();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind44Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("คุณ").doesNotEndWith("医生")
                            .doesNotEndWith("伯").doesNotEndWith("姆").doesNotStartWith("阿伯").doesNotStartWith("阿公")
                            .doesNotStartWith("阿嬷");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X", 3, "X伯, X姆, X兄, X姨, X医生 …", 60);
    }

    /** Per record of one template: each identifier slot and the values written for it, in order. */
    private static List<Map<String, List<String>>> slotValues(String template, long seed, int records) {
        List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
        List<Map<String, List<String>>> out = new ArrayList<>();
        for (LabelledRecord r : new ClinicalTextGenerator(seed, List.of(template)).generate(records)) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (int k = 0; k < r.gold().size(); k++) {
                values.computeIfAbsent(slots.get(k % slots.size()), s -> new ArrayList<>())
                        .add(r.gold().get(k).in(r.text()));
            }
            out.add(values);
        }
        return out;
    }

    @Test
    void aThaiPersonsTwoFormsInOneRecordNameTheSamePerson() {
        int checked = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t);
            if (!slots.contains("MNR")) continue;
            for (Map<String, List<String>> v : slotValues(t, SEED, 30)) {
                Set<String> thai = new HashSet<>(v.getOrDefault("MN", List.of()));
                for (String r : v.get("MNR")) thai.add(Blind44Templates.fullNameOf(r));
                assertThat(thai).as("one Thai relative per record: " + v).hasSize(1);
                assertThat(Blind44Templates.minorityNames()).containsAll(thai);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void aPhoneAbroadIsOfTheCountryTheTextNames() {
        Map<String, String> countries = Map.of("MTH", "\\+66 .*|0[689]\\d-.*", "MMY", "\\+60 .*", "MSG", "\\+65 .*",
                "MHK", "\\+852 .*");
        int checked = 0;
        for (String t : T) {
            for (Map<String, List<String>> v : slotValues(t, SEED, 10)) {
                for (Map.Entry<String, String> c : countries.entrySet()) {
                    for (String phone : v.getOrDefault(c.getKey(), List.of())) {
                        assertThat(phone).as(c.getKey() + " in " + t).matches(c.getValue());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
        TemplateChecks.checkEveryFormOccurs("phone abroad", FOREIGN_MOBILES,
                TemplateChecks.valuesByKind(T.stream().filter(t -> t.contains("{MF}")).toList(), SEED, 300)
                        .get(EntityKind.PHONE));
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(c -> TemplateChecks.isLatin(c)
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI)) {
                    continue;
                }
                assertThat(Blind44Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind44Templates.isScannedName("翁\n锦钿")).isTrue();
        assertThat(Blind44Templates.isScannedName("陈 锐 鸿")).isTrue();
        assertThat(Blind44Templates.isScannedName("陈锐鸿")).isFalse();
        assertThat(Blind44Templates.isScannedName("阿\n伯")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidChecksAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 3000, Blind44TemplatesTest::checkMainlandId,
                Blind44Templates.legacyAreaCodes(), v -> !v.matches(MAINLAND_ID));
        tally.checkIdentityForms(300, 10, true);
        assertThat(tally.issuedIn("4405")).as("issued in Shantou").isGreaterThan(60);
        assertThat(tally.issuedIn("4451")).as("issued in Chaozhou").isGreaterThan(30);
        assertThat(tally.issuedIn("4452")).as("issued in Jieyang").isGreaterThan(60);
        tally.checkCardForms(40);
        int thai = 0, thaiGrouped = 0, nric = 0, nricT = 0, hk = 0;
        for (String v : tally.otherIds) {
            checkOtherId(v);
            if (v.matches(THAI_ID)) thai++;
            if (v.contains("-")) thaiGrouped++;
            if (v.matches(NRIC)) nric++;
            if (v.startsWith("T")) nricT++;
            if (v.matches(HKID)) hk++;
        }
        assertThat(thai).as("Thai identity numbers").isGreaterThan(100);
        assertThat(thaiGrouped).as("Thai numbers grouped 1-4-5-2-1").isGreaterThan(50).isLessThan(thai);
        assertThat(nric).as("Singapore NRICs").isGreaterThan(50);
        assertThat(nricT).as("NRICs of those born from 2000").isGreaterThan(0);
        assertThat(hk).as("Hong Kong identity cards").isGreaterThan(50);
        IdentifierTally.checkTheChecksReject("445224", "44522419631103123");
        // Known values: 1-1017-00230-70-8 is the Thai sample number with a valid check; S1234567D the NRIC sample.
        assertThat(Blind44Templates.thaiIdCheck("110170023070")).isEqualTo('8');
        assertThat(Blind44Templates.nricCheck('S', "1234567")).isEqualTo('D');
        assertThat(Checksums.isHongKongId("A", "123456", '3')).isTrue();
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("phone area", List.of("\\(?0754\\D.*|\\+86 754 .*",
                "\\(?0768\\D.*|\\+86 768 .*",
                "\\(?0663\\D.*|\\+86 663 .*"), phones);
        TemplateChecks.checkEveryFormOccurs("spoken nought", List.of(".*零.*"), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1\\d|2[0-5])年\\d{1,2}月\\d{1,2}日",
                "20(1\\d|2[0-5])-\\d{2}-\\d{2}", "20(1\\d|2[0-5])\\d{4}"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("HJ20.*", "HJMZ.*", "CY20.*", "CN20.*", "CH20.*",
                "XQ20.*", "RP20.*", "PN20.*", "HL20.*", "DP-.*", "QJ.*"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("STJM.*", "CZJM.*", "JYJM.*", "RGYB.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+巷\\d+号", ".*村老寨\\d+号",
                ".*村新厝区\\d+座\\d+号", ".*栋\\d+房", ".*[镇道]", ".*村", ".*(路|大道)", "广东省.*", "汕头市.*", "潮州市.*",
                "揭阳市.*", "榕港市.*", ".*Moo \\d+, Tambon .*Changwat .*", ".*Soi Charoen Krung .*Bangkok 10100",
                ".*หมู่ \\d+ ตำบล.*จังหวัด.*", ".*ซอยเจริญกรุง.*กรุงเทพมหานคร 10100", "\\d+/\\d+ .*", "\\d+ .*"),
                values.get(EntityKind.ADDRESS));
        TemplateChecks.checkEveryFormOccurs("identity form", List.of("\\d-\\d{4}-\\d{5}-\\d{2}-\\d", "\\d{13}",
                "S\\d{7}[A-Z]", "T\\d{7}[A-Z]", HKID, "\\d{15}", "\\d{17}x",
                "\\d{6} \\d{8} \\d{4}|\\d{6} \\d{8} \\d{3}X",
                "\\d{6}-\\d{8}-\\d{3}[\\dX]"), values.get(EntityKind.ID_NUMBER));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values, genotypes, doses.
                "Hb 98g/L", "MCV 62fL", "HbA2 5.8%", "--SEA/αα", "β41-42/N", "G6PD 1.2U/gHb", "VCA-IgA 阳性（1:80）",
                "EBNA1-IgA", "尿酸 612μmol/L", "uric acid 598 μmol/L", "HbA1c 7.9%", "EBV DNA 2,400 copies/mL",
                "Serum urate 9.8", "T2N1M0", "6%TBSA", "血糖2.9", "右耳40dB",
                // Badges, police, plates, hotlines, HL7 dates.
                "工号T-2041", "W0318", "JQ20240212-031", "粤D·3K712", "咨询热线12320", "HJYFY",
                // Facilities and places alone.
                "韩江医学院第一附属医院", "Han River Medical College First Affiliated Hospital", "榕港市妇幼保健院",
                "澄海区莲下镇卫生院", "潮南区陈店镇卫生院", "湘桥区人民医院", "惠来县人民医院", "中国农业银行汕头分行",
                "Bangkok Bank, Yaowarat branch", "老爷宫", "槟城", "曼谷",
                // Festivals, foods, customs.
                "营老爷", "游神", "出花园", "工夫茶", "生腌", "卤鹅", "鱼饭", "侨批", "三牲", "砂铫",
                // Kin words, forms of address alone, Teochew words, Thai particles and greetings.
                "阿嬷", "阿公", "阿伯", "阿爸", "阿妈", "阿兄", "妹仔", "做呢", "唔识", "侬", "ค่ะ", "สวัสดี", "ขอบคุณ",
                // Words beginning with one of the pool's surnames (none of them is a name here).
                "陈皮", "黄芪", "许可", "庄稼"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind44TemplatesTest::checkValue, checkedNames(), Blind44Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind44Templates.chineseNames());
        assertThat(values).as("every Thai relative is drawn in Thai script")
                .containsAll(Blind44Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind44Templates.nicknames());
        assertThat(values).as("every written form of the Thai, overseas, Hong Kong and English pools")
                .containsAll(Blind44Templates.fullForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind44Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind44Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind44Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && Blind44Templates.RARE_SURNAMES.contains(v));
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind44Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(90).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(4);
        long teochew = chinese.stream().filter(n -> Blind44Templates.TEOCHEW_SURNAMES.indexOf(n.charAt(0)) >= 0)
                .count();
        assertThat(teochew * 3).as("the ten Teochew surnames carry two thirds or more")
                .isGreaterThanOrEqualTo(chinese.size() * 2L);
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '陈').count()).as("陈 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '林').count());
        long rare = chinese.stream().filter(n -> Blind44Templates.RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(Blind44Templates.RARE_SURNAMES::contains)
                .distinct().count()).as("rare surnames in use").isEqualTo(Blind44Templates.RARE_SURNAMES.length());
        List<String> thai = Blind44Templates.minorityNames();
        assertThat(Blind44Templates.THAI).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates()
                .allMatch(e -> e.matches("\\p{IsThai}+ \\p{IsThai}+\\|[A-Z][a-z]+ [A-Z][a-z]+(-[a-z]+)?"));
        List<String> allThai = Blind44Templates.THAI.stream().map(e -> e.split("\\|")[0]).toList();
        assertThat(thai).as("the record's Thai relatives are women of the pool").isSubsetOf(allThai)
                .hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
        assertThat(allThai.stream().filter(n -> n.contains(" แซ่")).count()).as("Sae- clan surnames")
                .isGreaterThanOrEqualTo(12);
        assertThat(Blind44Templates.TEOCHEW_ROMAN).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(Blind44Templates.HONG_KONG).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("([A-Z][a-z]+ )?[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+"));
        assertThat(Blind44Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind44Templates.fullForms()).as("no name form stands inside another")
                .allMatch(a -> Blind44Templates.fullForms().stream().noneMatch(b -> !a.equals(b) && b.contains(a)));
        assertThat(Blind44Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(42);
        // The older groups that keep Chinese, minority and English pools (some keep their people otherwise).
        List<Class<?>> withPools = OLDER.stream().filter(c -> Stream.of("CHINESE", "MINORITY", "ENGLISH")
                .allMatch(f -> Stream.of(c.getDeclaredFields()).anyMatch(x -> x.getName().equals(f)))).toList();
        assertThat(withPools.size()).as("older groups with pools").isGreaterThan(30);
        assertThat(TemplateChecks.namesNotNew(withPools, olderSurnames, chinese, allThai,
                Blind44Templates.englishSurnames().toList(), Blind44Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, allThai, Blind44Templates.nicknames(), Blind44Templates.TEOCHEW_ROMAN,
                Blind44Templates.HONG_KONG).flatMap(List::stream).filter(olderStrings::contains))
                .as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Blind44Templates.fullForms().stream().filter(n -> n.codePoints().anyMatch(TemplateChecks::isLatin))
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(Blind44Templates.RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(42);
        assertThat(Blind44Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind44Templates.areaCodes();
        assertThat(areas).as("codes of Shantou, Chaozhou and Jieyang only")
                .allMatch(a -> a.matches("4405\\d{2}|445[12]\\d{2}"))
                .doesNotHaveDuplicates();
        assertThat(Blind44Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese names, nicknames, every written form of
     * the Thai, overseas, Hong Kong and English pools, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind44Templates.chineseNames().stream(), Blind44Templates.nicknames().stream(),
                        Blind44Templates.fullForms().stream(),
                        Blind44Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind44Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkMainlandId(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind44Templates.areaCodes());
    }

    /** A Thai identity number with its check digit, an NRIC with its check letter, a Hong Kong card with its check. */
    private static void checkOtherId(String v) {
        if (v.matches(THAI_ID)) {
            String d = v.replace("-", "");
            assertThat(d.charAt(0)).as(v).isBetween('1', '8');
            assertThat(Blind44Templates.thaiIdCheck(d.substring(0, 12))).as(v + " Thai check digit")
                    .isEqualTo(d.charAt(12));
        } else if (v.matches(NRIC)) {
            assertThat(Blind44Templates.nricCheck(v.charAt(0), v.substring(1, 8))).as(v + " NRIC check letter")
                    .isEqualTo(v.charAt(8));
        } else {
            assertThat(v).matches(HKID);
            assertThat(Checksums.isHongKongId(v.substring(0, 1), v.substring(1, 7), v.charAt(8))).as(v + " HKID check")
                    .isTrue();
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind44Templates.isPoolName(value)).as("name from the BLIND_44 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> {
                if (value.matches(MAINLAND_ID)) {
                    checkMainlandId(value);
                } else {
                    checkOtherId(value);
                }
            }
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).matches(value.contains(" ") ? THAI_ADDRESS : CHINESE_ADDRESS);
        }
    }
}

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
import static com.yilian.agents.deid.TemplateGenre.EMAIL;
import static com.yilian.agents.deid.TemplateGenre.HL7;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the thirty-eighth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word and identifiers of
 * elsewhere), every pool name turns up (the mountain city's Han names, Tujia villagers, nicknames, the visiting team),
 * a person's pinyin, HL7, caret and OCR'd forms in one record name the same person as the characters, the pinyin
 * spells the characters, forms of address (老X, 小X, X嬢嬢, X孃, X哥, X妹儿, X老汉儿, X幺爸, X师傅, X师, X医生, X主任,
 * X护士长) label the surname only and a given name used alone the given name, OCR'd names broken by a line break or
 * blanks are one span, resident identity numbers (also with a lower-case x, 6-8-4 by blanks or hyphens) carry a valid
 * GB 11643 check character and a Chongqing code (or the Sichuan code of before 1997), 15-digit numbers a valid birth
 * date and a code of their time, bank cards a valid Luhn digit, the phone (also spoken, in the boatmen's radio
 * numerals, and the local landline without its code), record, insurance, address and birth-date forms (Gregorian,
 * lunar, English, HL7) the group promises do occur, a child known by a parent's name labels the parent, the decoys
 * (lab values, accession, message and batch numbers, plates, boat names, hotlines, facilities, places, kin words and
 * titles, dialect and Tujia words, foods, words beginning with a pool surname) stand in the text and are never
 * labelled, the generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span,
 * and the pools are new and carry the surnames of the region. No de-identifier is run here: the group stays blind
 * until it is measured once.
 */
class Blind38TemplatesTest {
    private static final List<String> T = Blind38Templates.BLIND_38;
    private static final long SEED = Blind38Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String DIGIT = "[幺零二三四五六七八九]";
    private static final String RADIO_DIGIT = "[洞幺两三四五六拐八勾]";
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}", "\\+86-1[35789]\\d-\\d{4}-\\d{4}",
            "\\(\\+86\\)1[35789]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "幺[三五七八九]" + DIGIT + " " + DIGIT + "{4} " + DIGIT + "{4}",
            "幺[三五七八九]" + DIGIT + "，" + DIGIT + "{4}，" + DIGIT + "{4}",
            "幺[三五七八九]" + DIGIT + "{9}",
            "幺[三五拐八勾]" + RADIO_DIGIT + " " + RADIO_DIGIT + "{4} " + RADIO_DIGIT + "{4}",
            "幺[三五拐八勾]" + RADIO_DIGIT + "，" + RADIO_DIGIT + "{4}，" + RADIO_DIGIT + "{4}",
            "幺[三五拐八勾]" + RADIO_DIGIT + "{9}");
    private static final List<String> LANDLINES = List.of("\\(023\\)[4-8]\\d{7}", "023 [4-8]\\d{3} \\d{4}",
            "[4-8]\\d{3} \\d{4}", "023-[4-8]\\d{7}转\\d{3,4}", "\\+86 23 [4-8]\\d{3} \\d{4}", "023-[4-8]\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES).flatMap(List::stream)
            .toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}",
            "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号");
    private static final List<String> LUNAR = List.of("农历(19|20)\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "农历[一二][〇一二三四五六七八九]{3}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> ENGLISH_DATES = List.of(
            "\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (19|20)\\d{2}", MONTH + " \\d{1,2}, (19|20)\\d{2}",
            "\\d{2}/\\d{2}/(19|20)\\d{2}");
    private static final List<String> COMPACT = List.of("(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d)");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, LUNAR, ENGLISH_DATES, COMPACT)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "Y" + YEARS + "-\\d{6}|YLMZ\\d{10}|(WZ|YY|FJ|WS|ZX|SZ|CM|JL)20" + YEARS
            + "/\\d{5}|CF20" + YEARS + "-\\d{4}|QY-\\d{6}-" + YEARS + "-\\d{4}|\\d{17}|YL\\d{8}";
    private static final String INSURANCE = "(CQJM|CQZG)\\d{10}|GS-20" + YEARS + "-\\d{6}";
    private static final String ADDRESS = "(重庆市)?(渝岭市)?(朝门区|嘉岭区|云阳县|奉节县|巫山县|忠县|万州区"
            + "|石柱土家族自治县|彭水苗族土家族自治县|酉阳土家族苗族自治县)(\\S*?"
            + "(组|社|号|村|乡|镇|街道|梯坎|坡|巷|街|路|大道|梯道|梯|小区|新村|安置点|新区|新城|\\d+-\\d+))?";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("嬢嬢", "孃", "哥", "妹儿", "老汉儿", "幺爸", "师傅", "师",
            "医生", "主任", "护士长");
    private static final String RARE_SURNAMES = Blind38Templates.RARE_SURNAMES;
    /** The commonest surnames. */
    private static final String COMMON_SURNAMES = "王李张刘陈杨";
    /** The mountain city's other surnames. */
    private static final String CITY_SURNAMES = "谭周黄何罗唐邓熊秦蒋胡付文余袁吴曾程向江";
    /** The Tujia surnames. */
    private static final String TUJIA_SURNAMES = "向田冉谭覃彭";
    /** Codes created after 1999, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("500154");
    private static final List<Class<?>> OLDER = OlderGroups.upTo(36);
    /** The older groups that keep their pools as CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_WITH_POOLS = OLDER.stream().filter(c -> Stream.of("CHINESE", "MINORITY",
            "ENGLISH").allMatch(f -> Stream.of(c.getDeclaredFields()).anyMatch(d -> d.getName().equals(f)))).toList();

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NT", "PS", "FS", "MS", "PG",
                "PK", "PO", "DO", "MO", "PY", "FY", "DY", "MY", "NY", "PH", "FH", "DH", "PC", "EG"));
        for (String s : List.of("DOBL", "DOBE", "DOBH")) phi.put(s, EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("RP", EntityKind.MEDICAL_RECORD);
        phi.put("AY", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(120, 135).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "MS", "PG", "PK", "PO",
                "DO", "MO", "N", "NT", "MN", "PY", "FY", "DY", "MY", "NY", "PH", "FH", "DH", "PC", "E", "E2", "ES", "EG",
                "ID", "M", "MV", "L", "R", "RP", "I", "B", "A", "A0", "AY", "DOB", "DOBL", "DOBE", "DOBH"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English, HL7 and DICOM templates").isBetween(20L, 30L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 45, JSON, 4, HL7, 5, OCR, 7, VOICE, 10, WECHAT, 10, SMS, 5,
                EMAIL, 3));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*") && !t.contains("PID|")).count())
                .as("tables: markdown, tab, pipe and CSV").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.contains("(0010,0010)")).count()).as("DICOM header dumps")
                .isGreaterThanOrEqualTo(2);
        assertThat(T.stream().filter(t -> t.contains("梯坎") || t.contains("stone steps")).count())
                .as("falls on the stairs").isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.contains("火锅") || t.contains("hotpot")).count())
                .as("hotpot-kitchen burns").isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.contains("尘肺") || t.contains("ilicosis")).count())
                .as("silicosis screening").isGreaterThanOrEqualTo(7);
        assertThat(T.stream().filter(t -> t.contains("移民") || t.contains("esettle")).count())
                .as("resettlement archives").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.contains("土家") || t.contains("Tujia") || t.contains("梯玛")).count())
                .as("Tujia villages").isGreaterThanOrEqualTo(6);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(啥子|莫得|梭下|搞快点|脑壳|脚杆|要得|恼火|咋个|屋头|老汉儿|嬢嬢|幺爸).*"))
                .count()).as("Chongqing speech").isGreaterThanOrEqualTo(15);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind38Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind38TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "Zhang San", "a pinyin name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "ZHANG^SAN", "an HL7 name from outside the pools"));
        for (String kin : List.of("老汉儿", "嬢嬢", "幺爸", "家家", "幺儿", "梯玛", "棒棒")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, title or trade alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "023-6388123", "seven digits on 023"),
                reject(EntityKind.PHONE, "幺三八一二三四五六七八", "a spoken number mixing 幺 and 一"),
                reject(EntityKind.BIRTH_DATE, "农历1950年冬月卅一", "no 31st day of a lunar month"),
                reject(EntityKind.MEDICAL_RECORD, "CT24031876", "an accession number"),
                reject(EntityKind.INSURANCE, "K123456789", "another group's insurance form"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address of elsewhere")));
        CheckRejections.checkRejections(T, "【渝岭医大附一院】", SEED, PHI, Blind38TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("明世贵")).isEqualTo("明");
        assertThat(PoolNameForms.addressedGivenName("明世贵")).isEqualTo("世贵");
        assertThat(PoolNameForms.addressedGivenName("何为")).isEqualTo("何为");
        assertThat(Blind38Templates.fullNameOf("Tan Defu")).isEqualTo("谭德富");
        assertThat(Blind38Templates.fullNameOf("TAN^DEFU")).isEqualTo("谭德富");
        assertThat(Blind38Templates.fullNameOf("谭^德富")).isEqualTo("谭德富");
        assertThat(Blind38Templates.fullNameOf("Yucui Xiang")).isEqualTo("向玉翠");
        assertThat(Blind38Templates.fullNameOf("德富")).isNull();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind38Templates.allChinese(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotEndWith("医生").doesNotEndWith("师傅")
                            .doesNotEndWith("嬢嬢").doesNotEndWith("老汉儿").doesNotEndWith("幺爸")
                            .doesNotStartWith("棒棒").doesNotStartWith("0").doesNotStartWith("^");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X嬢嬢, X孃, X哥, X妹儿, X老汉儿, X幺爸, X师傅, X师, X医生 …", 100);
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

    /**
     * The values of {@code slots} name one pool person: a full name ({@code full}), or a pinyin, HL7, caret, OCR'd or
     * surname form of it; returns whether any value was checked.
     */
    private static boolean onePerson(Map<String, List<String>> v, String full, List<String> forms, String surname) {
        List<String> values = new ArrayList<>();
        for (String s : forms) values.addAll(v.getOrDefault(s, List.of()));
        List<String> surnames = v.getOrDefault(surname, List.of());
        List<String> fulls = v.getOrDefault(full, List.of());
        if (values.isEmpty() && surnames.isEmpty()) return false;
        List<String> candidates = fulls.isEmpty() ? Blind38Templates.allChinese() : List.of(fulls.get(0));
        assertThat(fulls.stream().distinct().count()).as("one person per record: " + v).isLessThanOrEqualTo(1);
        assertThat(candidates).as("one person behind every form: " + v).anyMatch(n -> values.stream().allMatch(x ->
                Blind38Templates.pinyinForms(n).contains(x) || Blind38Templates.caretName(n).equals(x)
                        || x.replaceAll("[ \n\u3000]", "").equals(n))
                && surnames.stream().allMatch(s -> n.startsWith(s)));
        return true;
    }

    @Test
    void aPersonsPinyinHl7AndScannedFormsInOneRecordNameTheSamePerson() {
        int checked = 0;
        for (String t : T) {
            for (Map<String, List<String>> v : slotValues(t, SEED, 30)) {
                if (onePerson(v, "P", List.of("PY", "PH", "PC", "PO"), "PS")) checked++;
                if (onePerson(v, "F", List.of("FY", "FH"), "FS")) checked++;
                if (onePerson(v, "DR", List.of("DY", "DH", "DO"), "DS")) checked++;
                if (onePerson(v, "MN", List.of("MY", "MO"), "MS")) checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void thePinyinSpellsTheCharacters() {
        assertThat(Blind38Templates.pinyinParts("谭德富")).containsExactly("Tan", "Defu");
        assertThat(Blind38Templates.hl7Name("谭德富")).isEqualTo("TAN^DEFU");
        assertThat(Blind38Templates.caretName("谭德富")).isEqualTo("谭^德富");
        assertThat(Blind38Templates.pinyinParts("覃巧云")).containsExactly("Qin", "Qiaoyun");
        assertThat(Blind38Templates.pinyinParts("明可馨")).containsExactly("Ming", "Kexin");
        assertThat(Blind38Templates.pinyinParts("曾孝富")).containsExactly("Zeng", "Xiaofu");
        assertThat(Blind38Templates.pinyinParts("莘德伦")).containsExactly("Shen", "Delun");
        Set<String> keys = new HashSet<>();
        for (String n : Blind38Templates.allChinese()) {
            String[] p = Blind38Templates.pinyinParts(n);
            assertThat(p[0]).as(n).matches("[A-Z][a-z]+");
            assertThat(p[1]).as(n).matches("[A-Z][a-z]+");
            assertThat(keys.add(p[0] + " " + p[1])).as("two pool names spelled alike: " + n).isTrue();
        }
        assertThat(Blind38Templates.lunarDay(8)).isEqualTo("初八");
        assertThat(Blind38Templates.lunarDay(10)).isEqualTo("初十");
        assertThat(Blind38Templates.lunarDay(15)).isEqualTo("十五");
        assertThat(Blind38Templates.lunarDay(20)).isEqualTo("二十");
        assertThat(Blind38Templates.lunarDay(23)).isEqualTo("廿三");
        assertThat(Blind38Templates.lunarDay(30)).isEqualTo("三十");
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, tujia = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind38Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,2}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                if (Blind38Templates.minorityNames().contains(v.replaceAll("[ \n\u3000]", ""))) tujia++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(tujia).as("Tujia names broken").isGreaterThan(5);
        assertThat(Blind38Templates.isScannedName("明\n世贵")).isTrue();
        assertThat(Blind38Templates.isScannedName("向 玉 翠")).isTrue();
        assertThat(Blind38Templates.isScannedName("明世贵")).isFalse();
        assertThat(Blind38Templates.isScannedName("明\n世富")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind38TemplatesTest::checkIdentity,
                Blind38Templates.legacyAreaCodes(), v -> false);
        tally.checkIdentityForms(300, 10, true);
        assertThat(tally.issuedIn("5002")).as("issued in the reservoir counties").isGreaterThan(100);
        assertThat(tally.issuedIn("5001")).as("issued in the city's districts").isGreaterThan(30);
        assertThat(tally.issuedIn("5102", "5122")).as("issued under Sichuan before 1997").isGreaterThan(30);
        tally.checkCardForms(40);
        IdentifierTally.checkTheChecksReject("512226", "51222619631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("radio numerals", List.of(".*拐.*", ".*勾.*", ".*洞.*", ".*两.*"), phones);
        assertThat(phones).as("a spoken number says the one as 幺").noneMatch(v -> v.contains("一"));
        assertThat(phones).as("a spoken number says the digits one way")
                .noneMatch(v -> v.matches(".*[拐勾洞两].*") && v.matches(".*[七九零二].*"));
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("lunar months", List.of("农历.*冬月.*", "阴历.*腊月.*", "农历.*正月.*"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("Y\\d{2}-\\d{6}", "YLMZ.*", "WZ.*", "YY.*", "FJ.*",
                "WS.*", "ZX.*", "SZ.*", "CM.*", "JL.*", "CF20.*", "QY-.*", "\\d{17}", "YL\\d{8}"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("CQJM.*", "CQZG.*", "GS-.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*号附\\d+号", ".*号附\\d+号\\d+-\\d", ".*栋负\\d-\\d",
                ".*单元负\\d楼\\d号", ".*栋\\d单元\\d+-\\d", ".*栋附\\d号", ".*村\\d+组", ".*村\\d+社", ".*村\\d+[组社]\\d+号",
                ".*梯坎.*", ".*巷.*", ".*坡.*", ".*[乡镇]", ".*村", ".*街道", ".*(路|大道|梯道|街|梯)", ".*(新村|小区|安置点|新区|新城)",
                "重庆市.*", "渝岭市.*", "朝门区.*", "嘉岭区.*", "云阳县.*", "奉节县.*", "巫山县.*", "忠县.*", "万州区.*",
                "石柱土家族自治县.*", "彭水苗族土家族自治县.*", "酉阳土家族苗族自治县.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values and scores.
                "GCS 13分", "TBSA约12%", "TBSA 18%", "ILO分级1/1", "ILO 2/1", "FEV1/FVC 62%", "SpO2 86%", "HbA1c 7.8%",
                "空腹血糖8.9mmol/L", "MMSE 18分", "指脉氧 91%",
                // Accession, message and boat numbers, plates, subsidies.
                "CT24031876", "MSG00317", "MSG00418", "渝F·3K172", "渝云阳货0317", "后扶资金600元/年",
                // Facilities and places alone.
                "渝岭医科大学附属第一医院", "渝岭医大附一院", "望龙门街道社区卫生服务中心", "云阳县人民医院", "巫山县人民医院",
                "宝塔坪港务卫生所", "云阳县双江街道社区卫生服务中心", "重庆农商行", "江边老码头火锅店", "较场口", "朝天门",
                "长江", "库区", "Qutang Gorge", "Wushan county",
                // Tujia words and titles.
                "梯玛", "摆手舞", "吊脚楼", "毕兹卡", "xilankapu", "土家族老人",
                // Kin words and dialect.
                "老汉儿", "嬢嬢", "幺爸", "家家", "幺儿", "啥子", "梭下去", "搞快点", "脑壳", "脚杆", "要得", "恼火", "咋个",
                "屋头", "棒棒",
                // Foods.
                "毛肚", "老鹰茶", "小面", "牛油", "叶子烟",
                // Words beginning with one of the pool's surnames.
                "但是", "明天", "黄桷树", "向日葵", "田坎", "周末", "熊猫", "何时", "付款", "文件",
                // Other words.
                "幸福", "犹豫", "漆黑", "母乳", "税费", "粟米"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind38TemplatesTest::checkValue, checkedNames(), Blind38Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind38Templates.chineseNames());
        assertThat(values).as("every Tujia villager is drawn").containsAll(Blind38Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind38Templates.nicknames());
        assertThat(values).as("every visiting team member in full").containsAll(Blind38Templates.fullForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind38Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind38Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind38Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("pinyin in prose").anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z][a-z]+"));
        assertThat(values).as("HL7 names in pinyin").anyMatch(v -> v.matches("[A-Z]+\\^[A-Z]+"));
        assertThat(values).as("HL7 names in characters").anyMatch(v -> v.matches("\\p{IsHan}\\^\\p{IsHan}{1,2}"));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("Tujia surnames are used alone (MS)")
                .anyMatch(v -> v.length() == 1 && "田冉覃".contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind38Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind38Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind38Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind38Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the mountain city: the commonest surnames carry two fifths or more, the city's others
        // a quarter or more, the rare ones a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long city = chinese.stream().filter(n -> CITY_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry two fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 2L);
        assertThat(city * 4).as("the city's other surnames carry a quarter or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王').count()).as("王 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '李').count());
        List<String> tujia = Blind38Templates.minorityNames();
        assertThat(tujia).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese)
                .allMatch(n -> n.length() == 3 && TUJIA_SURNAMES.indexOf(n.charAt(0)) >= 0);
        assertThat(tujia.stream().map(PoolNameForms::surnameOf).distinct().count()).as("every Tujia surname")
                .isEqualTo(TUJIA_SURNAMES.length());
        assertThat(Blind38Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(tujia);
        assertThat(Blind38Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(36);
        assertThat(TemplateChecks.namesNotNew(OLDER_WITH_POOLS, olderSurnames, chinese, tujia,
                Blind38Templates.englishSurnames().toList(), Blind38Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        assertThat(tujia.stream().filter(n -> {
            try {
                return TemplateChecks.syntheticValuesCanGenerate(n);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        })).as("Tujia names SyntheticValues can generate").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, tujia, Blind38Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Blind38Templates.fullForms().stream().filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : OLDER_WITH_POOLS) olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
        assertThat(olderHan.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0))
                .as("older names with this group's rare surnames").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(36);
        assertThat(Blind38Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind38Templates.areaCodes();
        assertThat(areas).as("codes of Chongqing and of Sichuan before 1997 only")
                .allMatch(a -> a.matches("500[12]\\d{2}|5102\\d{2}|5122\\d{2}")).doesNotHaveDuplicates();
        assertThat(areas).as("the reservoir and Tujia counties").filteredOn(a -> a.startsWith("5002"))
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind38Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and Tujia names, nicknames, every pinyin
     * and HL7 form of them, the visiting team in full, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind38Templates.chineseNames().stream(), Blind38Templates.minorityNames().stream(),
                        Blind38Templates.nicknames().stream(), Blind38Templates.pinyinForms().stream(),
                        Blind38Templates.fullForms().stream(),
                        Blind38Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind38Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind38Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind38Templates.isPoolName(value)).as("name from the BLIND_38 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind38Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
                if (value.startsWith("QY-")) {
                    assertThat(Blind38Templates.areaCodes()).as("contract number on an area code: " + value)
                            .contains(value.substring(3, 9));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

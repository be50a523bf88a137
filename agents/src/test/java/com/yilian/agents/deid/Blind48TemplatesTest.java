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
import static com.yilian.agents.deid.TemplateGenre.EMAIL;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the forty-eighth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role, sample,
 * contract and ear-tag numbers, and identifiers of elsewhere), every pool name turns up (the Han and Hui names of 西海固
 * and Linxia, Dongxiang, Salar and Bao'an villagers, Hui people by their Chinese name, their religious name and the
 * surname with it, nicknames, old women's 氏 names, foreign students and consultants, local people in pinyin), forms of
 * address (老X, 尕X, 小X, X大大, X阿奶, X阿爷, X阿訇, X书记, X大夫, X师傅, X医生, X主任, X嫂子) label the surname only and a given
 * name used alone the given name, a Hui person's religious name belongs to the person of the record, OCR'd names broken
 * by a line break or blanks are one span, resident identity numbers (also with a lower-case x, 6-8-4 by blanks or
 * hyphens, and read out in voice notes) carry a valid GB 11643 check character and a code of Yinchuan, Wuzhong, Guyuan,
 * Zhongwei or Linxia, 15-digit numbers a valid birth date and a code of their time, foreign identity numbers their
 * forms, bank cards a valid Luhn digit, the phone (also read out, on every landline area code), record, archive, TB
 * register, insurance, address (Chinese and English) and birth-date forms (Gregorian, year and month, lunar, English, a
 * child's) the group promises do occur, a child known by a parent's name labels the parent, the decoys (amounts, lab
 * values, ear tags, relocation batches, contract, sample, vaccine, dog-tag and birth-certificate numbers, passports,
 * plates, mosques, hospitals, workshops, village names as facilities, kin words and roles, dialect words, words
 * beginning with a pool surname) stand in the text and are never labelled, the generator is deterministic by seed, no
 * pool name stands anywhere in the text outside a labelled span, and the pools are new and carry the surnames of the
 * region. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind48TemplatesTest {
    private static final List<String> T = Blind48Templates.BLIND_48;
    private static final long SEED = Blind48Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}");
    private static final String YAO_DIGIT = "[幺零二三四五六七八九]", YI_DIGIT = "[一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "幺[三五七八九]" + YAO_DIGIT + " " + YAO_DIGIT + "{4} " + YAO_DIGIT + "{4}",
            "幺[三五七八九]" + YAO_DIGIT + "{9}",
            "一[三五七八九]" + YI_DIGIT + " " + YI_DIGIT + "{4} " + YI_DIGIT + "{4}",
            "一[三五七八九]" + YI_DIGIT + "{9}");
    private static final List<String> LANDLINE_AREAS = List.of("0951", "0953", "0954", "0955", "0930");
    private static final String AREAS = "(0951|0953|0954|0955|0930)";
    private static final List<String> LANDLINES = List.of(AREAS + "-[235678]\\d{6}", "\\(" + AREAS + "\\)[235678]\\d{6}",
            AREAS + " [235678]\\d{2} \\d{4}", AREAS + "-[235678]\\d{6}转\\d{3}", "\\+86 (951|953|954|955|930) [235678]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES).flatMap(List::stream)
            .toList();
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}");
    private static final List<String> YEAR_MONTH = List.of("19\\d{2}年\\d{1,2}月", "19\\d{2}\\.\\d{2}",
            "19\\d{2}-\\d{2}", "200[0-7]年\\d{1,2}月", "200[0-7]\\.\\d{2}", "200[0-7]-\\d{2}");
    private static final List<String> LUNAR = List.of("农历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " (19|20)\\d{2}",
            MONTH + " \\d{1,2}, (19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}");
    private static final List<String> CHILD_DATES = List.of("20(1[6-9]|2[0-5])年\\d{1,2}月\\d{1,2}日",
            "20(1[6-9]|2[0-5])-\\d{2}-\\d{2}", "20(1[6-9]|2[0-5])\\.\\d{1,2}\\.\\d{1,2}",
            "20(1[6-9]|2[0-5])年\\d{2}月\\d{2}日");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, YEAR_MONTH, LUNAR, ENGLISH_DATES, CHILD_DATES)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[5-9]|2[0-5])";
    private static final String RECORD = "FZ20" + YEARS + "\\d{6}|(XJ|HY|TX|YZ|DX|JSS|HSB)" + YEARS + "-\\d{5}";
    private static final String ARCHIVE = "\\d{6}1\\d{2}0\\d{2}\\d{5}|\\d{6}-1\\d{2}-0\\d{2}-\\d{5}";
    private static final String TB_REGISTER = "\\d{6}20" + YEARS + "\\d{4}";
    private static final String INSURANCE = "[A-FHJK]\\d{8}|64\\d{12}-0[1-8]|G6229\\d{9}";
    private static final String ADDRESS = "((宁夏回族自治区|甘肃省|新疆维吾尔自治区|内蒙古自治区)?"
            + "(银川市|固原市|中卫市|吴忠市|临夏回族自治州|昌吉回族自治州|鄂尔多斯市|阿拉善盟))?"
            + "(西吉县|原州区|海原县|同心县|东乡族自治县|积石山保安族东乡族撒拉族自治县|临夏县|永宁县|红寺堡区|兴庆区|贺兰县|金凤区"
            + "|临夏市|昌吉市|东胜区|阿拉善左旗)\\S*?(组|队|社|号|室|村|园|乡|镇|路|街)";
    private static final String ENGLISH_ADDRESS = "(No\\. \\d+, )?Group \\d+, [A-Za-z]+ Village, [A-Za-z]+ "
            + "(Town|Township), [A-Za-z]+ County(, [A-Za-z]+, (Ningxia|Gansu))?";
    private static final String CNIC = "[1-7]\\d{4}-\\d{7}-[1-9]", KYRGYZ = "[12](0[1-9]|1\\d|2[0-8])(0[1-9]|1[0-2])"
            + "(199[5-9]|200[0-4])\\d{5}";
    private static final List<String> PREFIXES = List.of("老", "尕", "小");
    private static final List<String> HONORIFICS = List.of("大大", "阿奶", "阿爷", "阿訇", "书记", "大夫", "师傅", "医生",
            "主任", "嫂子");
    private static final String RARE_SURNAMES = Blind48Templates.RARE_SURNAMES;
    /** The commonest surnames of 西海固 and Linxia. */
    private static final String COMMON_SURNAMES = "马杨李王张刘海田";
    /** Codes created in 2002 or later, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("640104", "640106", "640402", "640422", "640324", "640303",
            "640522");
    /** The last older group this one was written against (46 and 47 were written alongside it). */
    private static final int LAST_OLDER = 45;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind48TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "PG", "PK", "OW",
                "PO", "MJ", "MS", "NJ", "EG", "PY"));
        for (String s : List.of("DOBM", "DOBL", "DOBE", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        for (String s : List.of("IDV", "FID")) phi.put(s, EntityKind.ID_NUMBER);
        for (String s : List.of("RA", "RT", "RF", "RC")) phi.put(s, EntityKind.MEDICAL_RECORD);
        for (String s : List.of("AW", "AE", "AR", "AV")) phi.put(s, EntityKind.ADDRESS);
        phi.put("MV", EntityKind.PHONE);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "PG", "PK", "PO", "OW", "N",
                "NS", "MN", "MJ", "MS", "NJ", "E", "E2", "ES", "EG", "PY", "ID", "IDV", "FID", "M", "MV", "L", "R", "RF",
                "RC", "RA", "RT", "I", "B", "A", "A0", "AV", "AR", "AW", "AE", "DOB", "DOBM", "DOBL", "DOBE", "NB"));
        // About a seventh start in Latin script; the JSON exports with English keys count as mostly Latin too.
        assertThat(T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count() * 7)
                .as("about a seventh in English").isBetween(T.size() - 20L, T.size() + 20L);
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(15L, 28L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 50, JSON, 6, OCR, 6, VOICE, 8, WECHAT, 12, SMS, 6,
                EMAIL, 1));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("签约|履约|Family doctor")).as("family-doctor contracts").isGreaterThanOrEqualTo(6);
        assertThat(count("建档立卡|先诊疗后付费|一站式|脱贫|帮扶|救助|poor household")).as("poverty-alleviation health")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("孕|分娩|新生儿|儿童|Maternal|children")).as("maternal and child health")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("包虫|布病|耳标|犬|[Ee]chinococc|[Bb]rucell|hydatid")).as("echinococcosis and brucellosis")
                .isGreaterThanOrEqualTo(14);
        assertThat(count("结核|TB")).as("tuberculosis follow-up").isGreaterThanOrEqualTo(10);
        assertThat(count("转诊|会诊|凤城|[Rr]eferr|Teleconsultation")).as("referrals").isGreaterThanOrEqualTo(12);
        assertThat(count("阿訇|清真|寺|斋|imam|Mosque")).as("imams and mosques").isGreaterThanOrEqualTo(8);
        assertThat(count("打工|务工|新疆|内蒙古|Xinjiang|Inner Mongolia")).as("migrant workers")
                .isGreaterThanOrEqualTo(14);
        assertThat(count("婆姨|娃娃|大大|阿奶|阿爷|饭罢|没麻达|尕")).as("Northwestern speech").isGreaterThanOrEqualTo(20);
        assertThat(count("移民|闽宁|原隆|红寺堡|Minning")).as("the resettlement towns").isGreaterThanOrEqualTo(5);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind48Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind48TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "Ma Zhancang", "a pinyin name from outside the pools"));
        for (String kin : List.of("婆姨", "娃娃", "大大", "阿奶", "阿爷", "阿訇", "乡老", "村医", "网格员", "驻村第一书记",
                "帮扶责任人", "寺管会主任", "尕娃")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "640422650409123", "a 15-digit number on a code created in 2002"),
                reject(EntityKind.ID_NUMBER, "364042203187654", "a sheep's ear tag"),
                reject(EntityKind.ID_NUMBER, "六四零四二二一九六八零四零九一二三四", "a read-out number with a wrong check"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0954-20312345", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "幺三九一二三四五六七八", "a read-out number saying the one two ways"),
                reject(EntityKind.BIRTH_DATE, "农历1952年腊月初十一", "no such lunar day"),
                reject(EntityKind.MEDICAL_RECORD, "BC24-0318", "a screening sample number"),
                reject(EntityKind.MEDICAL_RECORD, "QY640422-2024-0318", "a family-doctor contract number"),
                reject(EntityKind.MEDICAL_RECORD, "11010110200300187", "an archive number of elsewhere"),
                reject(EntityKind.INSURANCE, "64042210301287-2", "a member number of one digit"),
                reject(EntityKind.ADDRESS, "单家集北寺", "a mosque alone"),
                reject(EntityKind.ADDRESS, "Danjiaji Mosque", "a mosque alone, in English")));
        CheckRejections.checkRejections(T, "【固原市医保局】", SEED, PHI, Blind48TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("亥志忠")).isEqualTo("亥");
        assertThat(PoolNameForms.addressedGivenName("亥志忠")).isEqualTo("志忠");
        assertThat(PoolNameForms.addressedGivenName("海棠")).isEqualTo("海棠");
        assertThat(Blind48Templates.religiousName("海守仁|尔萨")).isEqualTo("尔萨");
        assertThat(Blind48Templates.registeredName("韩尕林|伊斯哈格")).isEqualTo("韩伊斯哈格");
        assertThat(Blind48Templates.fullNameOf("尔萨")).isNull();
        assertThat(Blind48Templates.fullNameOf("海尔萨")).isEqualTo("海尔萨");
        assertThat(Blind48Templates.isPoolName("尔萨")).isTrue();
        assertThat(Blind48Templates.pinyinForm("Ma|Rongsheng", 1)).isEqualTo("MA Rongsheng");
        assertThat(Blind48Templates.pinyinForm("Ma|Rongsheng", 2)).isEqualTo("Rongsheng Ma");
        // A Hui person's religious name (MJ) and registered name (MS) are those of the record's Hui person (MN).
        int hui = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("MN") || !slots.contains("MJ") && !slots.contains("MS")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    String mn = values.get(k + slots.indexOf("MN"));
                    String entry = Blind48Templates.HUI.stream().filter(h -> Blind48Templates.huiName(h).equals(mn))
                            .findFirst().orElseThrow();
                    if (slots.contains("MJ")) {
                        assertThat(values.get(k + slots.indexOf("MJ"))).as(r.text())
                                .isEqualTo(Blind48Templates.religiousName(entry));
                    }
                    if (slots.contains("MS")) {
                        assertThat(values.get(k + slots.indexOf("MS"))).as(r.text())
                                .isEqualTo(Blind48Templates.registeredName(entry));
                    }
                    hui++;
                }
            }
        }
        assertThat(hui).isGreaterThan(50);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind48Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotEndWith("医生").doesNotEndWith("师傅")
                            .doesNotEndWith("阿訇").doesNotEndWith("书记").doesNotEndWith("大夫").doesNotEndWith("阿奶")
                            .doesNotEndWith("大大").doesNotStartWith("村医").doesNotStartWith("阿奶")
                            .doesNotEndWith("之子").doesNotEndWith("之女");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 尕X, 小X", 10, "X大大, X阿訇, X书记 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind48Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind48Templates.isScannedName("亥\n志忠")).isTrue();
        assertThat(Blind48Templates.isScannedName("海 棠")).isTrue();
        assertThat(Blind48Templates.isScannedName("亥志忠")).isFalse();
        assertThat(Blind48Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind48TemplatesTest::checkIdentity,
                Blind48Templates.legacyAreaCodes(), Blind48TemplatesTest::otherId);
        tally.checkEveryPromisedForm(250, 60);
        assertThat(tally.issuedIn("6401")).as("issued in Yinchuan").isGreaterThan(30);
        assertThat(tally.issuedIn("6404", "6422")).as("issued in Guyuan").isGreaterThan(50);
        assertThat(tally.issuedIn("6403")).as("issued in Wuzhong").isGreaterThan(10);
        assertThat(tally.issuedIn("6405")).as("issued in Zhongwei").isGreaterThan(5);
        assertThat(tally.issuedIn("6229")).as("issued in Linxia").isGreaterThan(50);
        IdentifierTally.checkTheChecksReject("642223", "64222319631103123");
        List<String> spoken = tally.otherIds.stream().filter(v -> !v.matches(".*\\d.*")).toList();
        List<String> foreign = tally.otherIds.stream().filter(v -> v.matches(".*\\d.*")).toList();
        assertThat(spoken).as("identity numbers read out").hasSizeGreaterThan(20)
                .anyMatch(v -> v.contains("幺")).anyMatch(v -> v.contains("一")).anyMatch(v -> v.contains(" "))
                .anyMatch(v -> v.endsWith("叉"));
        assertThat(foreign).as("foreign identity numbers").anyMatch(v -> v.matches(CNIC))
                .anyMatch(v -> v.matches(KYRGYZ));
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        Set<String> records = values.get(EntityKind.MEDICAL_RECORD);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("FZ20.*", "XJ\\d.*", "HY\\d.*", "TX\\d.*",
                "YZ\\d.*", "DX\\d.*", "JSS\\d.*", "HSB\\d.*", "\\d{17}", "\\d{6}-\\d{3}-\\d{3}-\\d{5}", "\\d{14}",
                "6404.*", "6405.*", "6403.*", "6401.*", "6229.*"), records);
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("[A-K]\\d{8}", "64.*-0\\d", "G6229.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+组", ".*村\\d+组\\d+号",
                ".*村[一二三四五六七八九十]+队", ".*村\\d+队\\d+号", ".*村\\d+社", ".*村[一二三四五六七八九十]+社\\d+号",
                ".*\\d+区\\d+排\\d+号", ".*号楼\\d单元\\d+室", ".*[乡镇]", ".*村", ".*(路|街)", ".*(路|街)\\d+号",
                "宁夏回族自治区.*", "甘肃省.*", "新疆维吾尔自治区.*", "内蒙古自治区.*", "银川市.*", "固原市.*", "中卫市.*",
                "吴忠市.*", "临夏回族自治州.*", "西吉县.*", "海原县.*", "同心县.*", "东乡族自治县.*", "永宁县闽宁镇.*",
                "红寺堡区.*", ".*滨河家园.*", "昌吉.*|.*昌吉市.*", ".*鄂尔多斯市.*|东胜区.*",
                "Group \\d+, .*", "No\\. \\d+, Group.*", ".*County, [A-Za-z]+, Ningxia", ".*County, Linxia, Gansu"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Amounts, lab values, doses and figures.
                "18,652.30元", "316.50元", "1,205.00元", "3,412.60元", "500元", "伍佰元整", "每月80元", "RMB 500",
                "CE1型", "1:200++", "2HRZE/4HR", "空腹血糖7.9mmol/L", "5.2×4.8cm", "海拔2100米",
                // Ear tags, relocation batches, contract, sample, vaccine, dog-tag, birth-certificate and passport
                // numbers, plates and hotlines.
                "耳标号364042203187654", "耳标264032401872310", "364032400418721 to 364032400418745", "YM2012-03",
                "YM2011-07", "YM2013-02", "QY640422-2024-0318", "QY640522-2023-1187", "QY640324-2024-0652",
                "样本号：BC24-0318", "\"sample\":\"BC24-0318\"", "TB-S-0912", "B2403A17", "XJ-D-0417", "R640318752",
                "Passport No. AK4820317", "宁D·A3127", "甘N·52871", "120已派车",
                // Mosques, hospitals, workshops and village names as facilities or teams.
                "单家集北寺", "同心清真大寺", "单家集村健康宣传群", "三队的羊", "原隆村扶贫车间", "原隆村慢病管理群", "闽宁镇卫生院",
                "大河乡卫生院", "大河家镇保安族腰刀厂", "凤城医科大学总医院", "同心县人民医院", "海原县人民医院",
                "积石山县人民医院", "东乡族自治县人民医院", "Xiji County People's Hospital",
                "Haiyuan County People's Hospital", "Minning resettlement town",
                // Kin words, roles and Northwestern words.
                "婆姨", "娃娃", "大大", "阿奶", "阿爷", "阿訇", "乡老", "寺管会主任", "驻村第一书记", "帮扶责任人", "网格员", "村医",
                "饭罢", "没麻达", "尕娃",
                // Words beginning with one of the pool's surnames.
                "马上", "海拔", "田间", "金额", "白细胞", "苏醒", "虎口", "锁骨", "妥善", "撒生石灰", "穆斯林", "买药",
                "舍不得"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind48TemplatesTest::checkValue, checkedNames(), Blind48Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind48Templates.chineseNames());
        assertThat(values).as("every Hui person is drawn").containsAll(Blind48Templates.huiNames());
        assertThat(values).as("every religious name is drawn").containsAll(Blind48Templates.religiousNames());
        assertThat(values).as("every registered name is drawn").containsAll(Blind48Templates.registeredNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind48Templates.nicknames());
        assertThat(values).as("every old woman's name is drawn").containsAll(Blind48Templates.oldWomen());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind48Templates.fullForms());
        assertThat(values).as("every pinyin form is drawn").containsAll(Blind48Templates.pinyinForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind48Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind48Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind48Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, NS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind48Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind48Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(110).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind48Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind48Templates.LINXIA_PEOPLES).as("Dongxiang, Salar and Bao'an villagers belong to the pool")
                .isSubsetOf(chinese).hasSizeGreaterThanOrEqualTo(6);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry three fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 3L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        long ma = chinese.stream().filter(n -> n.charAt(0) == '马').count();
        for (char s : COMMON_SURNAMES.substring(1).toCharArray()) {
            assertThat(ma).as("马 is the commonest surname").isGreaterThan(chinese.stream()
                    .filter(n -> n.charAt(0) == s).count() * 2);
        }
        List<String> hui = Blind48Templates.huiNames();
        assertThat(Blind48Templates.HUI).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{3}\\|\\p{IsHan}{2,4}"));
        assertThat(hui).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese);
        assertThat(Blind48Templates.religiousNames()).as("religious names tell the Hui people apart")
                .doesNotHaveDuplicates();
        assertThat(Blind48Templates.registeredNames()).doesNotContainAnyElementsOf(chinese);
        assertThat(Blind48Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind48Templates.oldWomen()).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{2}氏"))
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind48Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(Blind48Templates.PINYIN).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> han = Stream.concat(chinese.stream(), hui.stream()).toList();
        List<String> religious = Stream.concat(Blind48Templates.religiousNames().stream(),
                Blind48Templates.registeredNames().stream()).toList();
        assertThat(TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, han, religious,
                Blind48Templates.englishSurnames().toList(), Blind48Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(han, religious, Blind48Templates.nicknames(), Blind48Templates.oldWomen())
                .flatMap(List::stream).filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
            if (p.length == 3) {
                olderKeys.add(OlderGroups.latinKey(p[0] + " " + p[1] + p[2]));
                olderKeys.add(OlderGroups.latinKey(p[1] + p[2] + " " + p[0]));
            }
        }
        olderKeys.remove("");
        assertThat(Stream.concat(Blind48Templates.fullForms().stream(), Blind48Templates.pinyinForms().stream())
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
        assertThat(olderHan.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count())
                .as("older names with this group's rare surnames").isZero();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind48Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind48Templates.areaCodes();
        assertThat(areas).as("codes of Yinchuan, Wuzhong, Guyuan, Zhongwei and Linxia only")
                .allMatch(a -> a.matches("6401\\d{2}|6403\\d{2}|6404\\d{2}|6405\\d{2}|6422\\d{2}|6229\\d{2}"))
                .doesNotHaveDuplicates();
        assertThat(Blind48Templates.legacyAreaCodes()).as("codes of before 2002 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
        assertThat(Blind48Templates.countyAreaCodes()).as("archives and registers on today's county codes")
                .allMatch(a -> a.matches("64\\d{4}|6229\\d{2}")).noneMatch(a -> a.startsWith("6422"));
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese names, Hui people's Chinese, religious and
     * registered names, nicknames, old women's names, the foreign names in full, English given and family names of
     * three letters or more, and the pinyin forms.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind48Templates.chineseNames().stream(), Blind48Templates.huiNames().stream(),
                        Blind48Templates.religiousNames().stream(), Blind48Templates.registeredNames().stream(),
                        Blind48Templates.nicknames().stream(), Blind48Templates.oldWomen().stream(),
                        Blind48Templates.fullForms().stream(),
                        Blind48Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind48Templates.englishGivenNames().filter(s -> s.length() >= 3),
                        Blind48Templates.pinyinForms().stream())
                .flatMap(s -> s).distinct().toList();
    }

    /** Identity values that are not written resident IDs: read out in words, or a foreign national number. */
    private static boolean otherId(String v) {
        return !v.matches(".*\\d.*") || v.matches(CNIC) || v.matches(KYRGYZ);
    }

    private static void checkIdentity(String v) {
        if (otherId(v)) {
            if (!v.matches(".*\\d.*")) {
                assertThat(v).as("read out: " + v).matches("[零幺二三四五六七八九叉]{18}|[零一二三四五六七八九叉]{18}"
                        + "|[零幺二三四五六七八九]{6} [零幺二三四五六七八九]{8} [零幺二三四五六七八九叉]{4}"
                        + "|[零一二三四五六七八九]{6} [零一二三四五六七八九]{8} [零一二三四五六七八九叉]{4}");
                TemplateChecks.checkWrittenResidentId(Blind48Templates.unspoken(v), "\\d{17}[\\dX]",
                        Blind48Templates.areaCodes());
            }
            return;
        }
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind48Templates.areaCodes());
        if (v.length() == 15) {
            assertThat(Blind48Templates.legacyAreaCodes()).as("15-digit number on a code of its time: " + v)
                    .contains(v.substring(0, 6));
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind48Templates.isPoolName(value)).as("name from the BLIND_48 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD + "|" + ARCHIVE + "|" + TB_REGISTER);
                if (!value.startsWith("FZ") && value.matches("\\d.*")) {
                    assertThat(Blind48Templates.countyAreaCodes()).as("archive or register on a county code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE);
                if (value.startsWith("64")) {
                    assertThat(Blind48Templates.areaCodes()).as("insurance number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
                if (value.startsWith("G")) {
                    assertThat(Blind48Templates.areaCodes()).as("insurance number on an area code: " + value)
                            .contains(value.substring(1, 7));
                }
            }
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> {
                if (value.codePoints().anyMatch(TemplateChecks::isLatin)) {
                    assertThat(value).matches(ENGLISH_ADDRESS);
                } else {
                    assertThat(value).doesNotContain(" ").matches(ADDRESS);
                }
            }
        }
    }
}

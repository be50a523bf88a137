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
 * Well-formedness of the thirty-second blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind and a name from outside the pools), every pool name turns up
 * (Chinese names, Miao linked names with and without a school surname and in the Latin Miao orthography, Dong, Shui,
 * Yao and Buyi names, nicknames, English names), forms of address and titles label the surname only, a given name used
 * alone the given name, the Dong teknonyms 补X and 乃X the child's name only, that of the record's minority patient,
 * OCR'd names broken by a line break or blanks are one span, resident identity numbers (also with a lower-case x, or
 * 6-8-4 by blanks or hyphens) carry a valid GB 11643 check character and an area code of Qiandongnan, Qiannan, Tongren,
 * Xiangxi, Huaihua, Enshi or Chongqing's south-east, 15-digit numbers a valid birth date and a code of their time, bank
 * cards a valid Luhn digit, the phone (also spoken, on every landline area code, seven local digits or eight on 023),
 * record, insurance, address (relocation sites, 组 and 寨 villages, the camp's 板房, factory dormitories) and
 * birth-date forms (also lunar, 老历 and Republican as grandparents give them, and the school registers' year and
 * month) the group promises do occur, a child known by a parent's name labels the parent, the decoys (lab values, lot,
 * treatment, specimen, staff, passport and message numbers, chainages, plates, hotlines, facilities, places, dishes,
 * Miao diagnoses and medicines, kin words, titles and dialect words, festivals, days, ethnic names, words beginning with
 * a pool surname) stand in the text and are never labelled, the generator is deterministic by seed, no pool name
 * stands anywhere in the text outside a labelled span, the pools, their written forms and their rare surnames are new,
 * and the Chinese names carry the surnames of the Wuling mountains as a patient list of the region would. No
 * de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind32TemplatesTest {
    private static final List<String> T = Blind32Templates.BLIND_32;
    private static final long SEED = Blind32Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d \\d{4} \\d{4}", "\\(\\+86\\)1[3-9]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> LANDLINE_AREAS = List.of("0855", "0854", "0856", "0743", "0745", "0718", "023");
    /** The prefectures' codes, with seven local digits. */
    private static final String SEVEN = "(0855|0854|0856|0743|0745|0718)";
    private static final List<String> LANDLINES = List.of("\\(" + SEVEN + "\\)[2-8]\\d{6}", "\\(023\\)[2-8]\\d{7}",
            SEVEN + " [2-8]\\d{2} \\d{4}", "023 [2-8]\\d{3} \\d{4}", SEVEN + "-[2-8]\\d{6}转\\d{3,4}",
            "023-[2-8]\\d{7}转\\d{3,4}", "\\+86 (855|854|856|743|745|718) [2-8]\\d{6}", "\\+86 23 [2-8]\\d{7}",
            SEVEN + "-[2-8]\\d{6}", "023-[2-8]\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES).flatMap(List::stream)
            .toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR = "(农历((19|20)\\d{2}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])"
            + "|老历[〇一二三四五六七八九]{2}|民国(十九|二十[一二三四五六七八九]?|三十[一二三四五六七]?))年"
            + "[正二三四五六七八九十冬腊]月(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final List<String> SCHOOL = List.of("20[01]\\d\\.\\d{2}", "20[01]\\d年\\d{2}月", "20[01]\\d(0[1-9]|1[0-2])",
            "20[01]\\d/\\d{2}/\\d{2}");
    private static final List<String> BIRTH_DATES = Stream.concat(Stream.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "号",
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "\\d{2}-[A-Z]{3}-(19|20)\\d{2}",
            "[A-Z][a-z]{2,8} \\d{1,2}, (19|20)\\d{2}", LUNAR), SCHOOL.stream()).toList();
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "RX" + YEARS + "\\d{6}|RXM20" + YEARS + "\\d{6}|MYY" + YEARS + "-\\d{5}"
            + "|AZD20" + YEARS + "-\\d{4}|(52|50|43|42)\\d{15}";
    private static final String INSURANCE = "(GZYB|HUNYB|HBYB|CQYB)\\d{10}|XNH\\d{12}";
    private static final String ADDRESS = "(贵州省|湖南省|湖北省|重庆市|广东省|浙江省)?"
            + "(榕溪市|凯里市|都匀市|铜仁市|吉首市|怀化市|恩施市|黔江区|雷岭县|雷山县|从江县|黎平县|三都水族自治县"
            + "|松桃苗族自治县|花垣县|凤凰县|通道侗族自治县|来凤县|酉阳土家族苗族自治县|佛山市|东莞市|温州市|义乌市)"
            + "\\S*?(\\d+室|\\d+-\\d+-\\d+|\\d+栋\\d单元\\d+|\\d+号|\\d+号板房|村|组|寨|乡|镇|路|街|大道|安置点)";
    private static final List<String> PREFIXES = List.of("老", "小", "护士长", "院长");
    private static final List<String> HONORIFICS = List.of("师傅", "医生", "主任", "书记", "支书", "老师", "工长", "嬢嬢");
    /** The Dong words by which a parent is called after the first child: 补 (father of), 乃 (mother of). */
    private static final List<String> TEKNONYMS = List.of("补", "乃");
    private static final String RARE_SURNAMES = Blind32Templates.RARE_SURNAMES;
    /** The surnames the Miao, Dong and Han of the region share. */
    private static final String COMMON_SURNAMES = "杨吴龙石王张李刘陈";
    /** Tujia, Miao, Dong and Shui surnames in Han form. */
    private static final String REGIONAL_SURNAMES = "田向彭谭麻欧滕粟姚潘韦蒙";
    /** Mid-frequency surnames. */
    private static final String MID_SURNAMES = "罗黄周赵胡邓何唐曾蒋舒秦";
    /** Codes created after 1999: the Tongren city of 2011 and its districts and counties, Qianjiang district (2000). */
    private static final List<String> NEW_CODES = List.of("520602", "520603", "520621", "520622", "520627", "520628",
            "500114");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "LG", "LO", "ML",
                "PS", "FS", "PG", "PO", "PK", "EG"));
        for (String s : List.of("DOBC", "DOBE", "DOBL", "DOBS", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(31);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(145, 155).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NC", "NM", "MN", "LG", "LO",
                "ML", "PS", "FS", "PG", "PK", "PO", "E", "E2", "ES", "EG", "ID", "M", "MV", "L", "R", "I", "B", "A",
                "A0", "DOB", "DOBC", "DOBE", "DOBL", "DOBS", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(18L, 26L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, HL7, 4, OCR, 9, VOICE, 15, WECHAT, 6, SMS, 9,
                EMAIL, 6, TABLES, 8));
        assertThat(T.stream().filter(t -> t.matches("(?s).*(要得|莫得|啷个|么子|恼火|脑壳|屋头).*")).count())
                .as("south-western Mandarin of Guizhou and Xiangxi").isGreaterThanOrEqualTo(10);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind32Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind32TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        CheckRejections.checkRejections(T, "【高冲镇卫生院】", SEED, PHI, Blind32TemplatesTest::checkValue, List.of(
                reject(EntityKind.NAME, "张三", "a name from outside the pools"),
                reject(EntityKind.NAME, "略耶", "a Miao name from outside the pools"),
                reject(EntityKind.NAME, "补略往", "a teknonym with its Dong word"),
                reject(EntityKind.NAME, "Lieb Yel", "a Latin Miao name from elsewhere"),
                reject(EntityKind.BIRTH_DATE, "苗年", "a festival, not a date"),
                reject(EntityKind.BIRTH_DATE, "民国四十年正月初一", "no Republic after 1949"),
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0855-81234567", "eight digits on 0855"),
                reject(EntityKind.PHONE, "023-7912345", "seven digits on 023")));
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, PoolNameForms::surnameOf,
                Blind32Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(30);
        assertThat(PoolNameForms.surnameOf("杨昌榜")).isEqualTo("杨");
        assertThat(Blind32Templates.addressedGivenName("杨昌榜")).isEqualTo("昌榜");
        assertThat(Blind32Templates.addressedGivenName("杨胜")).isEqualTo("杨胜");
        assertThat(Blind32Templates.addressedGivenName("吴银练")).isEqualTo("银练");
        assertThat(Blind32Templates.addressedGivenName("杨勾略")).isEqualTo("勾略");
        assertThat(Blind32Templates.addressedGivenName("略往")).as("a linked name without a surname is used whole")
                .isEqualTo("略往");
        assertThat(Blind32Templates.addressedGivenName("耶略往")).isEqualTo("耶略往");
    }

    @Test
    void aMinorityGivenNameAloneAndInATeknonymIsThatOfTheRecordsMinorityPatient() {
        int checked = 0;
        for (String template : T) {
            List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("MN") || !slots.contains("LG")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k++) {
                    if (!slots.get(k % slots.size()).equals("LG")) continue;
                    String patient = values.get(k - k % slots.size() + slots.indexOf("MN"));
                    assertThat(values.get(k)).as(r.text()).isEqualTo(Blind32Templates.addressedGivenName(patient));
                    assertThat(patient).as(r.text()).endsWith(values.get(k));
                    assertThat(Blind32Templates.minorityNames()).as(r.text()).contains(patient);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(Blind32Templates.surnamedMinorityNames()).as("the given name of every surnamed minority name has two"
                + " characters").allMatch(n -> Blind32Templates.addressedGivenName(n).length() == 2
                && !Blind32Templates.addressedGivenName(n).equals(n));
        assertThat(Blind32Templates.linkedNames().stream().map(e -> e.split("\\|")[0]))
                .as("a linked name is used whole").allMatch(n -> Blind32Templates.addressedGivenName(n).equals(n));
    }

    @Test
    void formsOfAddressTitlesAndTeknonymsStayOutsideTheNameSpan() {
        int teknonyms = 0;
        Set<String> seenTeknonyms = new HashSet<>();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind32Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        Set<String> minorityGiven = new HashSet<>();
        for (String n : Blind32Templates.minorityNames()) minorityGiven.add(Blind32Templates.addressedGivenName(n));
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
        forms.check("老X, 小X, 护士长X, 院长X", 20, "X师傅, X医生, X主任, X书记, X支书, X老师, X工长, X嬢嬢", 150);
        assertThat(teknonyms).as("补X, 乃X").isGreaterThan(30);
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
                assertThat(Blind32Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                String joined = v.replaceAll("[ \n\u3000]", "");
                boolean chinese = Blind32Templates.chineseNames().contains(joined);
                if (!chinese) assertThat(Blind32Templates.minorityNames()).as(v).contains(joined);
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
        assertThat(minorityBroken).as("minority names broken by a line break").isGreaterThan(5);
        assertThat(minoritySingle).as("minority names with a blank after the first character").isGreaterThan(5);
        assertThat(minorityIdeographic).as("minority names with ideographic blanks").isGreaterThan(5);
        assertThat(minoritySpaced).as("minority names with a blank between every character").isGreaterThan(5);
        assertThat(Blind32Templates.isScannedName("杨\n昌榜")).isTrue();
        assertThat(Blind32Templates.isScannedName("耶 略 往")).isTrue();
        assertThat(Blind32Templates.isScannedName("吴\u3000银\u3000练")).isTrue();
        assertThat(Blind32Templates.isScannedName("杨昌榜")).isFalse();
        assertThat(Blind32Templates.isScannedName("略\n耶")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind32TemplatesTest::checkIdentity,
                Blind32Templates.legacyAreaCodes(), v -> false);
        tally.checkEveryPromisedForm(250, 50);
        assertThat(tally.issuedIn("5226")).as("issued in Qiandongnan").isGreaterThan(30);
        assertThat(tally.issuedIn("5227")).as("issued in Qiannan").isGreaterThan(15);
        assertThat(tally.issuedIn("5222")).as("issued in the old Tongren prefecture").isGreaterThan(10);
        assertThat(tally.issuedIn("5206")).as("issued in the Tongren city of 2011").isGreaterThan(15);
        assertThat(tally.issuedIn("4331")).as("issued in Xiangxi").isGreaterThan(15);
        assertThat(tally.issuedIn("4312")).as("issued in Huaihua").isGreaterThan(10);
        assertThat(tally.issuedIn("4228")).as("issued in Enshi").isGreaterThan(15);
        assertThat(tally.issuedIn("5001", "5002")).as("issued in Chongqing's south-east").isGreaterThan(10);
        IdentifierTally.checkTheChecksReject("522632", "52062819631103123");
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
                .filteredOn(p -> p.matches("(\\(?0|\\+86 )(855|854|856|743|745|718|23)\\D.*"))
                .allMatch(p -> p.replaceAll("转\\d+$", "").replaceAll("\\D", "")
                        .matches("(86|0)(855|854|856|743|745|718)[2-8]\\d{6}|(86|0)23[2-8]\\d{7}"));
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("grandparents' birthday", List.of("农历(19|20)\\d{2}年.*",
                "农历[甲乙丙丁戊己庚辛壬癸].*", "老历.*", "民国.*", ".*正月.*", ".*冬月.*", ".*腊月.*", ".*月廿.",
                ".*月初十", ".*月三十"), dates);
        assertThat(dates).as("lunar birthdays read as the calendar writes them")
                .filteredOn(d -> d.matches("(农历|老历|民国).*")).isNotEmpty().allMatch(d -> d.matches(LUNAR));
        assertThat(dates).as("the Republic's years end in 1948 (民国三十七年)").filteredOn(d -> d.startsWith("民国"))
                .isNotEmpty().noneMatch(d -> d.startsWith("民国三十八") || d.startsWith("民国三十九"));
        TemplateChecks.checkEveryFormOccurs("school registers", SCHOOL, dates);
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("RX\\d.*", "RXM.*", "MYY.*", "AZD.*", "52\\d{15}",
                "50\\d{15}", "43\\d{15}", "42\\d{15}"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("GZYB.*", "HUNYB.*", "HBYB.*", "CQYB.*",
                "XNH\\d{12}"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*\\d+栋\\d单元\\d+室", ".*(苑|家园|花园|小区|华府|山庄)\\d+-\\d-\\d+",
                ".*安置点\\d+栋\\d单元\\d+", ".*安置点\\d+栋\\d单元\\d+室", ".*村\\d+组", ".*村\\d+组\\d+号", ".*村.+寨",
                ".*村.+寨\\d+号", ".*[镇乡][^村]+寨\\d+号", ".*[镇乡][^村]+寨", ".*工区\\d+号板房", ".*工业[区园]\\d+栋宿舍\\d+室",
                ".*(路|街|大道)", ".*[镇乡]", ".*[^寨]村", ".*安置点", "贵州省.*", "湖南省.*", "湖北省.*", "重庆市.*", "广东省.*",
                "浙江省.*", "榕溪市.*", "凯里市.*", "雷岭县.*", "三都水族自治县.*", "松桃苗族自治县.*", "花垣县.*",
                "通道侗族自治县.*", "来凤县.*", "酉阳土家族苗族自治县.*", "黔江区.*", "吉首市.*", "恩施市.*", "佛山市.*"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values and clinical numbers.
                "SpO2 88%", "CD4 412", "PG I/PG II：62/18", "PG ratio 2.4", "Hb 95g/L", "血红蛋白78", "102g/L", "118g/L",
                "<20 copies/ml", "ALT^Alanine aminotransferase", "矽肺贰期", "胃蛋白酶原比值2.1", "Ⅲ级暴露",
                // Lots, treatment, specimen, staff, passport and message numbers, chainages, plates, hotlines.
                "20240611", "202406M118", "202405R033", "TB2406187", "HIV-RX-0387", "ART-2406-118", "RL3-0417",
                "RL3-0522", "DK128+350", "533918274", "MSG24612", "贵H·3K218", "湘U·5M217", "贵H·5K207", "湘U·8Q901",
                "热线12345",
                // Facilities and places alone.
                "榕溪市人民医院", "雷岭县人民医院", "高冲镇卫生院", "摆榜乡卫生院", "榕溪市苗医药医院", "云岭新区安置点卫生服务站",
                "榕雷高铁三标项目部", "榕溪市疾控中心", "榕溪市妇幼保健院", "榕溪市医疗保障局", "摆榜乡中心小学", "雷岭县民族中学",
                "乌岜村卫生室", "Rongxi People's Hospital", "Gaochong Township Health Centre", "Leigong Mountain",
                "Xijiang", "Fenghuang", "Dongguan", "Leishan", "贵阳", "广东东莞", "南华山", "凤凰古城", "湘西人",
                // Dishes, drinks, mushrooms, medicines and Miao diagnoses.
                "酸汤鱼", "糯米饭", "油茶", "腊肉", "腌鱼", "刺梨汁", "米酒", "糯米粑", "甜酒鸡蛋", "见手青", "白毒伞",
                "冷骨风", "云南白药", "龙胆草", "杉树皮夹板", "烙铁头",
                // Kin words, titles, dialect words, festivals and days.
                "阿公", "阿婆", "阿爸", "阿妈", "奶奶", "老者", "娃娃", "娃儿", "补", "乃", "苗医", "侗医", "寨老",
                "水书先生", "要得", "莫得", "啷个", "么子", "恼火", "脑壳", "屋头", "苗年", "鼓藏节", "端节", "芦笙节",
                "星期一", "星期三", "星期四", "星期六",
                // Ethnic names.
                "苗族、侗族、水族、土家族群众", ",土家族,", ",苗族,", ",侗族,", ",水族,",
                // Words beginning with one of the pool's surnames.
                "杨梅", "陈旧性", "田坎", "向导", "麻醉", "犹豫", "瓮安", "石头"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind32TemplatesTest::checkValue, checkedNames(), Blind32Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind32Templates.chineseNames());
        assertThat(values).as("every minority name is written").containsAll(Blind32Templates.minorityNames());
        assertThat(values).as("every Miao linked name in Latin")
                .containsAll(Blind32Templates.scriptWritten().toList());
        assertThat(values).as("every nickname is drawn").containsAll(Blind32Templates.nicknames());
        assertThat(values).as("every English pool name is drawn").containsAll(Blind32Templates.englishNames().toList());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind32Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind32Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind32Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("minority given names used alone (LG)").anyMatch(v -> !Blind32Templates
                .minorityNames().contains(v) && Blind32Templates.minorityNames().stream().anyMatch(n -> n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind32Templates.WORD_LIKE);
    }

    @Test
    void miaoLinkedNamesAreWrittenInChineseAndInTheLatinMiaoOrthography() {
        for (String e : Blind32Templates.linkedNames()) {
            String[] p = e.split("\\|");
            assertThat(p).as(e).hasSize(2);
            assertThat(p[0]).as(e).matches("\\p{IsHan}{2,3}");
            assertThat(p[1]).as(e).matches("[A-Z][a-z]+( [A-Z][a-z]+){1,2}");
            assertThat(p[1].split(" ").length).as("a Latin syllable for each character: " + e)
                    .isEqualTo(p[0].length());
            assertThat(p[1].split(" ")).as("each syllable ends in a tone letter or a vowel: " + e)
                    .allMatch(w -> w.matches(".*[bxdltskfaeiou]"));
        }
        Map<Character, String> syllables = new HashMap<>();
        for (String e : Blind32Templates.linkedNames()) {
            String[] p = e.split("\\|");
            String[] words = p[1].split(" ");
            for (int i = 0; i < words.length; i++) {
                String before = syllables.putIfAbsent(p[0].charAt(i), words[i]);
                assertThat(before == null || before.equals(words[i])).as("one spelling per character: " + e).isTrue();
            }
        }
        assertThat(Blind32Templates.scriptWritten().toList()).as("each written form names one person")
                .doesNotHaveDuplicates();
        assertThat(Blind32Templates.fullNameOf("Lieb Vangx")).isEqualTo("略往");
        assertThat(Blind32Templates.fullNameOf("Yel Lieb Vangx")).isEqualTo("耶略往");
        assertThat(Blind32Templates.fullNameOf("Lieb")).isNull();
        assertThat(Blind32Templates.ganzhi(1948)).isEqualTo("戊子");
        assertThat(Blind32Templates.ganzhi(1984)).isEqualTo("甲子");
        assertThat(Blind32Templates.lunarDay(8)).isEqualTo("初八");
        assertThat(Blind32Templates.lunarDay(15)).isEqualTo("十五");
        assertThat(Blind32Templates.lunarDay(23)).isEqualTo("廿三");
        assertThat(Blind32Templates.lunarDay(30)).isEqualTo("三十");
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind32Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(8);
        assertThat(chinese).as("older villagers' generation characters 昌, 正, 通, 再")
                .filteredOn(n -> n.matches(".[昌正通再].")).hasSizeGreaterThanOrEqualTo(30);
        assertThat(Blind32Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind32Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind32Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the Wuling mountains: the shared surnames dominate, the Tujia, Miao, Dong and Shui ones
        // carry a good share, the mid-frequency ones most of the rest, the rare ones are a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long regional = chinese.stream().filter(n -> REGIONAL_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long mid = chinese.stream().filter(n -> MID_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the shared surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(regional * 5).as("Tujia, Miao, Dong and Shui surnames carry a fifth or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(mid * 10).as("mid-frequency surnames carry a tenth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat((common + regional + mid) * 10).as("common, regional and mid-frequency surnames carry nine tenths")
                .isGreaterThanOrEqualTo(chinese.size() * 9L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size());
        Map<Character, Long> bySurname = new HashMap<>();
        for (String n : chinese) bySurname.merge(n.charAt(0), 1L, Long::sum);
        assertThat(bySurname.get('杨')).as("杨 is the commonest surname of the region")
                .isEqualTo(bySurname.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        assertThat(bySurname.get('吴')).as("吴 comes next").isGreaterThan(bySurname.get('王'));
        List<String> minority = Blind32Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese)
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> !n.startsWith("补") && !n.startsWith("乃"));
        assertThat(Blind32Templates.linkedNames()).as("Miao linked names without a surname")
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(Blind32Templates.linkedNames()).as("linked names of three characters, with the grandfather")
                .filteredOn(e -> e.indexOf('|') == 3).hasSizeGreaterThanOrEqualTo(6);
        List<String> linked = Blind32Templates.linkedNames().stream().map(e -> e.split("\\|")[0]).toList();
        List<String> surnamed = Blind32Templates.surnamedMinorityNames();
        assertThat(surnamed).as("a linked name after a school surname")
                .filteredOn(n -> "杨吴龙石麻田王张潘韦欧滕".indexOf(n.charAt(0)) >= 0
                        && linked.stream().anyMatch(l -> l.contains(n.substring(1, 2))))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(surnamed).as("Dong surnames 吴, 杨, 石, 龙, 粟, 姚 with 岩 and 美 names")
                .filteredOn(n -> "吴杨石龙粟姚".indexOf(n.charAt(0)) >= 0 && (n.charAt(1) == '岩' || n.charAt(1) == '美'))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(surnamed).as("Shui surnames 蒙, 韦, 潘").filteredOn(n -> "蒙韦潘".indexOf(n.charAt(0)) >= 0)
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(minority.stream().map(Blind32Templates::addressedGivenName))
                .as("a given name alone is never a Chinese pool name").noneMatch(chinese::contains);
        assertThat(surnamed.stream().map(Blind32Templates::addressedGivenName))
                .as("a given name alone is never a linked name").noneMatch(linked::contains);
        assertThat(Blind32Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind32Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind32Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind32Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(31);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, minority,
                Blind32Templates.englishSurnames().toList(), Blind32Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.strings(OLDER);
        assertThat(Stream.of(chinese, minority, Blind32Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        assertThat(Blind32Templates.scriptWritten().filter(olderStrings::contains))
                .as("Latin forms an older group has").isEmpty();
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
        assertThat(Blind32Templates.latinWritten().filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
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
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(31);
        assertThat(Blind32Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind32Templates.areaCodes();
        assertThat(areas).as("codes of the Wuling mountains and south-east Guizhou only")
                .allMatch(a -> a.matches("522[267]\\d{2}|5206\\d{2}|4331\\d{2}|4312\\d{2}|4228\\d{2}|500[12]\\d{2}"))
                .doesNotHaveDuplicates();
        assertThat(areas).as("Qiandongnan").filteredOn(a -> a.startsWith("5226")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(areas).as("Qiannan, with Sandu of the Shui").filteredOn(a -> a.startsWith("5227"))
                .contains("522732").hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("the old Tongren prefecture").filteredOn(a -> a.startsWith("5222"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(areas).as("the Tongren city of 2011").filteredOn(a -> a.startsWith("5206"))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("Xiangxi").filteredOn(a -> a.startsWith("4331")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("Huaihua").filteredOn(a -> a.startsWith("4312")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(areas).as("Enshi").filteredOn(a -> a.startsWith("4228")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("Chongqing's Qianjiang and its neighbours").contains("500114")
                .filteredOn(a -> a.startsWith("500")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind32Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES).noneMatch(a -> a.startsWith("5206") || a.startsWith("500"));
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and minority names, nicknames, English
     * names, every Latin Miao form, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind32Templates.chineseNames().stream(), Blind32Templates.minorityNames().stream(),
                        Blind32Templates.nicknames().stream(), Blind32Templates.englishNames(),
                        Blind32Templates.scriptWritten(),
                        Blind32Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind32Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind32Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind32Templates.isPoolName(value)).as("name from the BLIND_32 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind32Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

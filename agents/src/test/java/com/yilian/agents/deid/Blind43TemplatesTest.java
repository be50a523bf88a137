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
import static com.yilian.agents.deid.TemplateGenre.HL7;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.TABLES;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the forty-third blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or title, and
 * identifiers of elsewhere), every pool name turns up (north-eastern Han, Daur, Evenki and Oroqen names, Russian-Chinese
 * names, Barga and Buryat Mongols in Chinese, Cyrillic and Latin, Russians in Cyrillic, Chinese and Latin, nicknames,
 * researchers), a Mongol's and a Russian's forms in one record name the same person, forms of address (老X, 小X,
 * X师傅, X大夫, X姐, X哥, X大爷, X老师) label the surname only and a given name used alone the given name, OCR'd names
 * broken by a line break or blanks are one span, resident identity numbers (also with a lower-case x, or 6-8-4 by
 * blanks or hyphens) carry a valid GB 11643 check character and a code of Hulunbuir, Heihe, Daxing'anling or Harbin,
 * 15-digit numbers a valid birth date and a code of their time, Russian passports their series, bank cards a valid
 * Luhn digit, the phone (also spoken and Russian, on every landline area code), record, insurance, address and
 * birth-date forms (Gregorian, Russian, English, lunar, pupils') the group promises do occur, a child known by a
 * parent's name labels the parent, the decoys stand in the text and are never labelled, the generator is deterministic
 * by seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and carry the
 * region's surnames. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind43TemplatesTest {
    private static final List<String> T = Blind43Templates.BLIND_43;
    private static final long SEED = Blind43Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}", "\\+86 1[35789]\\d \\d{4} \\d{4}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三五七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三五七八九]" + SPOKEN_DIGIT + "{9}");
    private static final String RU_CODE = "(914|924|999)";
    private static final List<String> RUSSIAN_MOBILES = List.of("\\+7 " + RU_CODE + " \\d{3}-\\d{2}-\\d{2}",
            "8 " + RU_CODE + " \\d{3} \\d{2} \\d{2}", "\\+7" + RU_CODE + "\\d{7}", "8 \\(" + RU_CODE + "\\) \\d{7}");
    private static final List<String> LANDLINE_AREAS = List.of("0470", "0456", "0457", "0451");
    private static final String AREAS7 = "(0470|0456|0457)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS7 + "\\)[2-8]\\d{6}",
            AREAS7 + " [2-8]\\d{2} \\d{4}", AREAS7 + "-[2-8]\\d{6}转\\d{3,4}",
            "\\+86 (470|456|457) [2-8]\\d{6}", AREAS7 + "-[2-8]\\d{6}", "\\(0451\\)[2-8]\\d{7}",
            "0451 [2-8]\\d{3} \\d{4}", "0451-[2-8]\\d{7}转\\d{3,4}", "\\+86 451 [2-8]\\d{7}", "0451-[2-8]\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, RUSSIAN_MOBILES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "20[0-2]\\d{5}");
    private static final List<String> RUSSIAN_DATES = List.of("(0[1-9]|[12]\\d)\\.(0[1-9]|1[0-2])\\.(19|20)\\d{2}",
            "\\d{1,2} (" + String.join("|", Blind43Templates.RUSSIAN_MONTHS) + ") (19|20)\\d{2} г\\.");
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " (19|20)\\d{2}",
            "\\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (19|20)\\d{2}",
            MONTH + " \\d{1,2}, (19|20)\\d{2}");
    private static final List<String> LUNAR = List.of("农历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, RUSSIAN_DATES, ENGLISH_DATES, LUNAR)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "HL20" + YEARS + "\\d{6}|HLMZ" + YEARS + "\\d{7}|GM-" + YEARS + "-\\d{6}"
            + "|(EWK|MDW|CBE|XZQ|XYQ|ELC|GH|EEG)-" + YEARS + "-\\d{5}|(BRU|TBE)20" + YEARS + "-\\d{4}|\\d{17}";
    private static final String INSURANCE = "(HLBJM|HHJM)\\d{10}|LQZG\\d{9}";
    private static final String ADDRESS = "(内蒙古自治区|黑龙江省)?(呼伦贝尔市)?"
            + "(陈巴尔虎旗|鄂温克族自治旗|新巴尔虎左旗|新巴尔虎右旗|根河市|牙克石市|额尔古纳市|鄂伦春自治旗"
            + "|莫力达瓦达斡尔族自治旗|黑河市|大兴安岭地区|伦湖市|海拉尔区|满洲里市)\\S*?"
            + "(组|号|室|村|乡|镇|苏木|嘎查|冬营盘|牧点|猎民点|林场|街道|大街|路|街)";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("师傅", "大夫", "姐", "哥", "大爷", "老师");
    private static final String RARE_SURNAMES = Blind43Templates.RARE_SURNAMES;
    /** North-eastern Han surnames. */
    private static final String HAN_SURNAMES = "王李张刘赵孙于杨高徐马";
    /** The Daur, Evenki and Oroqen clan surnames. */
    private static final String CLAN_SURNAMES = "敖郭何孟苏沃鄂杜涂卡布索古关莫葛魏";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NE", "PS", "FS", "PG", "PK",
                "PO", "DO", "MO", "MNC", "MNL", "NM", "RU", "RC", "RL", "EG"));
        for (String s : List.of("DOBR", "DOBE", "DOBL", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("RM", EntityKind.PHONE);
        phi.put("PP", EntityKind.ID_NUMBER);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(42);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(95, 105).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "PG", "PK", "PO", "DO", "MO",
                "N", "NE", "MN", "MNC", "MNL", "NM", "RU", "RC", "RL", "E", "ES", "EG", "ID", "PP", "M", "MV", "RM",
                "L", "R", "I", "B", "A", "A0", "DOB", "DOBR", "DOBE", "DOBL", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(12L, 20L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 30, JSON, 5, HL7, 2, OCR, 6, VOICE, 8, WECHAT, 8, SMS, 4,
                TABLES, 6));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(12);
        assertThat(T.stream().filter(t -> t.contains("翻译") || t.contains("nterpreter") || t.contains("ереводчик"))
                .count()).as("interpreted consultations").isGreaterThanOrEqualTo(7);
        assertThat(T.stream().filter(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.CYRILLIC)).count()).as("Russian text in a template").isGreaterThan(0);
        for (String genre : List.of("冻伤", "森林脑炎", "布", "口岸", "猎民点", "寄宿", "扑火|油锯|伐木")) {
            assertThat(T.stream().filter(t -> t.matches("(?s).*(" + genre + ").*")).count()).as(genre)
                    .isGreaterThanOrEqualTo(4);
        }
        assertThat(T.stream().filter(t -> t.matches("(?s).*(咋整|贼拉|埋汰|唠嗑|那嘎达|俺家).*")).count())
                .as("north-eastern speech").isGreaterThanOrEqualTo(5);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind43Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind43TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("额吉", "阿布", "萨满", "外祖母", "老头")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word or title alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "15070219850312001", "seventeen digits"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0470-82123456", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "+7 495 123-45-67", "a Moscow landline"),
                reject(EntityKind.BIRTH_DATE, "31.13.1980", "a thirteenth month"),
                reject(EntityKind.MEDICAL_RECORD, "GH-0317", "a worker's number")));
        CheckRejections.checkRejections(T, "【根河市人民医院】", 3, SEED, PHI, Blind43TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("敖福山")).isEqualTo("敖");
        assertThat(PoolNameForms.addressedGivenName("敖福山")).isEqualTo("福山");
        assertThat(PoolNameForms.addressedGivenName("关怀")).isEqualTo("关怀");
        assertThat(PoolNameForms.addressedGivenName("于瓦莉娅")).isEqualTo("瓦莉娅");
        assertThat(Blind43Templates.fullNameOf("Чулуунбаатар")).isEqualTo("朝鲁巴特尔");
        assertThat(Blind43Templates.fullNameOf("Chuluunbaatar")).isEqualTo("朝鲁巴特尔");
        assertThat(Blind43Templates.fullNameOf("塔季扬娜·舍斯塔科娃")).isEqualTo("Татьяна Шестакова");
        assertThat(Blind43Templates.fullNameOf("Tatiana Shestakova")).isEqualTo("Татьяна Шестакова");
        assertThat(Blind43Templates.fullNameOf("福山")).isNull();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind43Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Mr ").doesNotEndWith("大夫")
                            .doesNotEndWith("师傅").doesNotEndWith("妈妈").doesNotStartWith("额吉")
                            .doesNotStartWith("阿布").doesNotStartWith("萨满");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 0, "X师傅, X大夫, X姐 …", 50);
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
    void aMongolsAndARussiansFormsInOneRecordNameTheSamePerson() {
        int mongols = 0, russians = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t);
            boolean mongol = Stream.of("MN", "MNC", "MNL", "MO").filter(slots::contains).count() >= 2;
            boolean russian = Stream.of("RU", "RC", "RL").filter(slots::contains).count() >= 2;
            if (!mongol && !russian) continue;
            for (Map<String, List<String>> v : slotValues(t, SEED, 30)) {
                Set<String> m = new HashSet<>();
                for (String s : List.of("MN", "MNC", "MNL", "MO")) {
                    for (String x : v.getOrDefault(s, List.of())) m.add(Blind43Templates.fullNameOf(x));
                }
                if (mongol) {
                    assertThat(m).as("one Mongol per record: " + v).hasSize(1);
                    assertThat(Blind43Templates.minorityNames()).containsAll(m);
                    mongols++;
                }
                Set<String> ru = new HashSet<>();
                for (String s : List.of("RU", "RC", "RL")) {
                    for (String x : v.getOrDefault(s, List.of())) ru.add(Blind43Templates.fullNameOf(x));
                }
                if (russian) {
                    assertThat(ru).as("one Russian per record: " + v).hasSize(1).doesNotContainNull();
                    russians++;
                }
            }
        }
        assertThat(mongols).isGreaterThan(60);
        assertThat(russians).isGreaterThan(100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, mongol = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(c -> TemplateChecks.isLatin(c)
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) continue;
                assertThat(Blind43Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S{1,2} \\S{1,4}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                if (Blind43Templates.minorityNames().contains(v.replaceAll("[ \n\u3000]", ""))) mongol++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(mongol).as("Mongol names broken").isGreaterThan(10);
        assertThat(Blind43Templates.isScannedName("朝鲁\n巴特尔")).isTrue();
        assertThat(Blind43Templates.isScannedName("敖 福 山")).isTrue();
        assertThat(Blind43Templates.isScannedName("敖福山")).isFalse();
        assertThat(Blind43Templates.isScannedName("朝鲁\n门")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind43TemplatesTest::checkIdentity,
                Blind43Templates.legacyAreaCodes(), Blind43Templates::isPassport);
        tally.checkEveryPromisedForm(300, 60);
        assertThat(tally.issuedIn("1521")).as("issued by the Hulunbuir League").isGreaterThan(50);
        assertThat(tally.issuedIn("1507")).as("issued by Hulunbuir city").isGreaterThan(100);
        assertThat(tally.issuedIn("2311", "2327")).as("issued in Heihe and Daxing'anling").isGreaterThan(30);
        assertThat(tally.issuedIn("2301")).as("issued in Harbin").isGreaterThan(3);
        assertThat(tally.otherIds).as("Russian passports").hasSizeGreaterThan(100)
                .allMatch(v -> v.matches("7[2-5] ?\\d{7}")).anyMatch(v -> v.contains(" "))
                .anyMatch(v -> !v.contains(" "));
        IdentifierTally.checkTheChecksReject("152128", "15212819631103123");
        assertThat(Blind43Templates.isPassport(CheckRejections.BEIJING_ID)).isFalse();
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken one", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way").noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        TemplateChecks.checkEveryFormOccurs("Russian mobile code", List.of(".*914.*", ".*924.*", ".*999.*"),
                phones.stream().filter(p -> p.startsWith("+7") || p.startsWith("8 ")).collect(
                        java.util.stream.Collectors.toSet()));
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("pupils' dates", List.of("20(0[89]|1\\d|20)年\\d{1,2}月\\d{1,2}日",
                "20(0[89]|1\\d|20)-\\d{2}-\\d{2}", "20(0[89]|1\\d|20)\\.\\d{1,2}\\.\\d{1,2}",
                "20(0[89]|1\\d|20)\\d{4}"), dates);
        TemplateChecks.checkEveryFormOccurs("Russian months", Blind43Templates.RUSSIAN_MONTHS.stream()
                .map(m -> ".* " + m + " .*").toList(), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("HL20.*", "HLMZ.*", "GM-.*", "EWK-.*", "MDW-.*",
                "CBE-.*", "XZQ-.*", "XYQ-.*", "ELC-.*", "GH-.*", "EEG-.*", "BRU20.*", "TBE20.*", "1521\\d{13}",
                "1507\\d{13}", "23\\d{15}"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("HLBJM.*", "HHJM.*", "LQZG.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*嘎查\\d+组", ".*嘎查\\d+号", ".*冬营盘",
                ".*\\d+号牧点", ".*林场\\d委\\d+号", ".*村\\d+组", ".*村\\d+号", ".*猎民点", ".*号楼\\d单元\\d+室",
                ".*苏木", ".*[乡镇]", ".*(路|街|大街)", "内蒙古自治区呼伦贝尔市.*", "呼伦贝尔市.*", "黑龙江省.*",
                "内蒙古自治区伦湖市.*", "伦湖市.*", "满洲里市.*", "陈巴尔虎旗.*", "鄂温克族自治旗.*", "新巴尔虎左旗.*",
                "新巴尔虎右旗.*", "根河市.*", "额尔古纳市.*", "鄂伦春自治旗.*", "莫力达瓦达斡尔族自治旗.*", "黑河市.*",
                "大兴安岭地区.*", ".*俄罗斯族民族乡.*", ".*鄂伦春族乡.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values, temperatures, burns, pressures.
                "核心体温31.2℃", "虎红平板凝集试验阳性", "SAT 1:400", "SAT 1:200", "Rose Bengal +", "TBEV-IgM阳性",
                "8%TBSA", "SpO2 86%", "168/98mmHg", "30.4 °C", "38.6℃",
                // Batch, worker and train numbers, plates, hotlines and switchboards.
                "批号202403017", "批号202404011", "工号GH-0317", "工号GH-0417", "K19次列车", "蒙E·7K318", "咨询12320",
                "0470-8212000",
                // Facilities and places alone.
                "满洲里国门医院", "呼伦医学院附属医院", "Hulun Medical College Hospital", "鄂温克族自治旗人民医院",
                "莫力达瓦达斡尔族自治旗人民医院", "陈巴尔虎旗民族学校", "伦湖市疾控中心", "根河市人民医院",
                "伦湖市第二人民医院", "后贝加尔斯克", "赤塔", "Aoluguya", "Genhe", "Xin Barag Right Banner",
                "Chen Barag",
                // Kin words, titles, dialect words, foods and festivals.
                "额吉", "阿布", "外祖母", "萨满", "孩子他爹", "老头", "咋整", "贼拉", "埋汰", "唠嗑", "那嘎达", "俺家",
                "列巴", "格瓦斯", "奶茶", "那达慕", "瑟宾节",
                // Words beginning with one of the pool's surnames.
                "苏木卫生院", "卡介苗", "关节", "敖包"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind43TemplatesTest::checkValue, checkedNames(), Blind43Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind43Templates.chineseNames());
        assertThat(values).as("every Mongol is drawn").containsAll(Blind43Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind43Templates.nicknames());
        assertThat(values).as("every written form of the Mongols, the Russians and the researchers")
                .containsAll(Blind43Templates.fullForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind43Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind43Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind43Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind43Templates.WORD_LIKE);
        assertThat(values).as("Russian-Chinese names are labelled").containsAll(Blind43Templates.HUAYI);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind43Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(90).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind43Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind43Templates.HUAYI).as("Russian-Chinese names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind43Templates.ETHNIC).as("Daur, Evenki and Oroqen names belong to the pool").isSubsetOf(chinese)
                .doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(20)
                .allMatch(n -> CLAN_SURNAMES.indexOf(n.charAt(0)) >= 0);
        assertThat(Blind43Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        long han = chinese.stream().filter(n -> HAN_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long clans = chinese.stream().filter(n -> CLAN_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(han * 2).as("north-eastern Han surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(clans * 4).as("the clan surnames carry a quarter or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(han + clans).as("every name carries a surname of the region").isEqualTo(chinese.size());
        assertThat(rare * 6).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        List<String> minority = Blind43Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese)
                .allMatch(n -> n.length() >= 3 && n.length() <= 6);
        assertThat(Blind43Templates.MONGOL).allMatch(e -> e.matches("\\p{IsHan}{3,6}\\|\\p{IsCyrillic}+\\|[A-Z][a-z]+"));
        assertThat(Blind43Templates.RUSSIAN).hasSizeGreaterThanOrEqualTo(15)
                .allMatch(e -> e.matches("\\p{IsCyrillic}+ \\p{IsCyrillic}+\\|\\p{IsHan}+·\\p{IsHan}+\\|"
                        + "[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(Blind43Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        assertThat(Blind43Templates.fullForms()).as("no name form stands inside another").doesNotHaveDuplicates()
                .allMatch(a -> Blind43Templates.fullForms().stream().noneMatch(b -> !a.equals(b) && b.contains(a)));
        assertThat(Stream.concat(chinese.stream(), minority.stream()))
                .as("no Chinese or Mongol name stands inside another")
                .allMatch(a -> Stream.concat(chinese.stream(), minority.stream())
                        .noneMatch(b -> !a.equals(b) && b.contains(a)));
        assertThat(Blind43Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(42);
        List<String> allMinority = new ArrayList<>(minority);
        Blind43Templates.RUSSIAN.forEach(e -> allMinority.add(e.split("\\|")[1]));
        // The older groups that keep Chinese, minority and English pools by those names; every other list of every
        // older group is compared below, string by string.
        List<Class<?>> withPools = OLDER.stream().filter(c -> Stream.of("CHINESE", "MINORITY", "ENGLISH")
                .allMatch(f -> Stream.of(c.getDeclaredFields()).anyMatch(x -> x.getName().equals(f)))).toList();
        assertThat(withPools).hasSizeGreaterThanOrEqualTo(20);
        assertThat(TemplateChecks.namesNotNew(withPools, olderSurnames, chinese, allMinority,
                Blind43Templates.englishSurnames().toList(), Blind43Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind43Templates.nicknames(), Blind43Templates.fullForms())
                .flatMap(List::stream).filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Blind43Templates.fullForms().stream().filter(n -> n.codePoints().anyMatch(TemplateChecks::isLatin))
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
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
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(42);
        assertThat(Blind43Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind43Templates.areaCodes();
        assertThat(areas).as("codes of Hulunbuir, Heihe, Daxing'anling and Harbin only")
                .allMatch(a -> a.matches("1507\\d{2}|1521\\d{2}|2311\\d{2}|2327\\d{2}|230102")).doesNotHaveDuplicates();
        assertThat(Blind43Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(Blind43Templates.NEW_CODES)
                .noneMatch(a -> a.startsWith("1507"));
        assertThat(areas).containsAll(Blind43Templates.NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and Mongol names, nicknames, every written
     * form of the Mongols, the Russians and the researchers, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind43Templates.chineseNames().stream(), Blind43Templates.minorityNames().stream(),
                        Blind43Templates.nicknames().stream(), Blind43Templates.fullForms().stream(),
                        Blind43Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind43Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind43Templates.areaCodes());
        String id = v.replaceAll("[- ]", "");
        if (id.length() == 18 && Blind43Templates.legacyAreaCodes().contains(id.substring(0, 6))
                && id.startsWith("1521")) {
            assertThat(Integer.parseInt(id.substring(6, 10))).as("a League number is of someone born by 1984: " + v)
                    .isLessThanOrEqualTo(1984);
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind43Templates.isPoolName(value)).as("name from the BLIND_43 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> {
                if (Blind43Templates.isPassport(value)) return;
                checkIdentity(value);
            }
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind43Templates.areaCodes()).as("archive number on an area code: " + value)
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

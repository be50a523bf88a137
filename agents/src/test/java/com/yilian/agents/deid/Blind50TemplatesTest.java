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
import java.util.stream.Stream;

import static com.yilian.agents.deid.CheckRejections.reject;
import static com.yilian.agents.deid.TemplateGenre.EMAIL;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.TABLES;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the fiftieth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says (and the
 * check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role, identifiers of
 * elsewhere and broken check digits), every pool name turns up (Hubei and Jiangsu names in Han characters and in
 * pinyin, campus nicknames, the international students in Latin, passport and Chinese forms, their contacts abroad),
 * forms of address (老X, 小X, X老师, X医生, X同学, X主任, X阿姨) label the surname only and a given name used alone the given name,
 * OCR'd names broken by a line break or blanks are one span, the forms of one international student in a record name
 * the same student, resident identity numbers carry a valid GB 11643 check character and a code of Wuhan, Nanjing or
 * the home counties, 15-digit numbers a valid birth date and a code of their time, the foreign identity numbers the
 * form and check digit of their country, bank cards a valid Luhn digit, IBANs valid check digits, the phone, record,
 * insurance, address and birth-date forms the group promises do occur, a child known by a parent's name labels the
 * parent, the decoys (student, staff, campus-card, course, seat, CET, passport, visa, residence-permit, policy,
 * invoice, claim, sample and batch numbers, dormitory buildings without a room, clinic rooms, facilities, kin words and
 * roles, Wuhan and Nanjing words, words beginning with a pool surname) stand in the text and are never labelled, the
 * generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the pools
 * are new. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind50TemplatesTest {
    private static final List<String> T = Blind50Templates.BLIND_50;
    private static final long SEED = Blind50Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> MOBILES = List.of("1[356789]\\d{9}", "1[356789]\\d \\d{4} \\d{4}",
            "1[356789]\\d-\\d{4}-\\d{4}", "\\+86 1[356789]\\d{9}");
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final String AREAS = "(027|025)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS + "\\)[5-8]\\d{7}",
            AREAS + " [5-8]\\d{3} \\d{4}", AREAS + "-[5-8]\\d{7}转\\d{3,4}", "\\+86 (27|25) [5-8]\\d{7}",
            AREAS + "-[5-8]\\d{7}");
    /** Phones at home abroad, one form per country. */
    private static final Map<String, String> FOREIGN_PHONES = Map.ofEntries(
            Map.entry("NG", "\\+234 (803|806|813|816|703|810|905) \\d{3} \\d{4}"),
            Map.entry("GH", "\\+233 (24|54|55|20|50) \\d{3} \\d{4}"),
            Map.entry("KE", "\\+254 7\\d{2} \\d{3} \\d{3}"),
            Map.entry("TZ", "\\+255 7(54|15|67|13) \\d{3} \\d{3}"),
            Map.entry("ZM", "\\+260 (97|96|95|77|76) \\d{3} \\d{4}"),
            Map.entry("PK", "\\+92 3(00|01|21|33|45) \\d{7}"),
            Map.entry("IN", "\\+91 [6-9]\\d{4} \\d{5}"),
            Map.entry("BD", "\\+880 1(711|819|912|556|677)-\\d{6}"),
            Map.entry("NP", "\\+977 98\\d{8}"),
            Map.entry("KZ", "\\+7 7(01|02|05|47|77) \\d{3} \\d{2} \\d{2}"),
            Map.entry("UZ", "\\+998 9[013479] \\d{3} \\d{2} \\d{2}"),
            Map.entry("KG", "\\+996 (555|700|770|505) \\d{3} \\d{3}"),
            Map.entry("VN", "\\+84 9\\d{2} \\d{3} \\d{3}"),
            Map.entry("ID", "\\+62 8(12|13|21|52|78)-\\d{4}-\\d{4}"),
            Map.entry("TH", "\\+66 (81|86|89|92|95) \\d{3} \\d{4}"));
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES,
            List.copyOf(FOREIGN_PHONES.values())).flatMap(List::stream).toList();
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}");
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " (19|20)\\d{2}",
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, (19|20)\\d{2}",
            "\\d{2}/\\d{2}/(19|20)\\d{2}", "\\d{2}\\.\\d{2}\\.(19|20)\\d{2}");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, ENGLISH_DATES).flatMap(List::stream).toList();
    private static final String YY = "(1[89]|2[0-5])";
    private static final Map<String, String> RECORDS_BY_FORM = Map.of(
            "clinic", "XYMZ" + YY + "\\d{6}|SCXY" + YY + "\\d{6}|JK20" + YY + "\\d{6}",
            "hospital", "[12]\\d{6}|ZS" + YY + "\\d{6}",
            "counselling", "XL20" + YY + "-\\d{4}|XLZX" + YY + "\\d{4}",
            "tb", "TB(4201|3201)\\d{2}-20" + YY + "-\\d{4}|JH20" + YY + "\\d{5}");
    private static final String RECORD = String.join("|", RECORDS_BY_FORM.values());
    private static final String INSURANCE = "(4201|3201)\\d{10}|XSYB20" + YY + "\\d{6}|[1-9]\\d{7}|000\\d{10}"
            + "|SV4(01|79|31|48|38)\\d{10}|LH" + YY + "\\d{8}";
    private static final String CHINESE_ADDRESS = "((湖北省|河南省|江苏省|江西省)?(黄冈市|恩施土家族苗族自治州|孝感市|信阳市|盐城市|九江市|武汉市|南京市))?"
            + "(麻城市|利川市|云梦县|光山县|阜宁县|都昌县|洪山区|武昌区|江岸区|栖霞区|鼓楼区|江宁区)\\S*?(组|号|村|乡|镇|路|大道|大街|室)";
    private static final String STAFF_HOUSING = "(武汉市洪山区珞喻路168号)?东湖大学南村\\d{1,2}栋\\d门\\d0\\d号";
    private static final String DORM = "国际学生公寓\\d号楼\\d{3,4}"
            + "|(荷园|松园|竹园|枫园)\\d{1,2}(栋\\d{3}|舍\\d{3}室)|东湖大学(荷园|松园|竹园|枫园)\\d{1,2}栋\\d{3}室"
            + "|武汉市洪山区珞喻路168号东湖大学(荷园|松园|竹园|枫园)\\d{1,2}栋\\d{3}"
            + "|(紫荆苑|桃李苑|梅园)\\d{1,2}幢\\d{3}(室)?|石城大学仙林校区(紫荆苑|桃李苑|梅园)\\d{1,2}幢\\d{3}室"
            + "|南京市栖霞区文苑路9号石城大学仙林校区(紫荆苑|桃李苑|梅园)\\d{1,2}幢\\d{3}";
    private static final String DORM_EN = "Room \\d{3,4}, Building \\d{1,2}, International Students' Apartments, "
            + "Donghu University|Rm \\d{3,4}, Bldg \\d{1,2}, Heyuan Dormitory|Building \\d{1,2}, Room \\d{3,4}, "
            + "Zijing Court, Shicheng University Xianlin Campus|International Students' Apartment \\d{1,2}-\\d{3,4}";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("老师", "医生", "同学", "主任", "阿姨");
    private static final String RARE_SURNAMES = Blind50Templates.RARE_SURNAMES;
    /** The commonest surnames of Hubei and Jiangsu. */
    private static final String COMMON_SURNAMES = "王李张刘陈杨黄周胡吴徐";
    /** Codes created after 1998, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("420116", "420117", "320115", "320116", "320117", "320118",
            "341522");
    /** The last older group this one was written against. */
    private static final int LAST_OLDER = 48;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind50TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "PG", "PK",
                "PO", "PY", "DY", "DSY", "NY", "MG", "EG", "EU"));
        phi.put("IDF", EntityKind.ID_NUMBER);
        phi.put("MV", EntityKind.PHONE);
        phi.put("MF", EntityKind.PHONE);
        phi.put("RH", EntityKind.MEDICAL_RECORD);
        phi.put("RX", EntityKind.MEDICAL_RECORD);
        phi.put("RT", EntityKind.MEDICAL_RECORD);
        phi.put("IF", EntityKind.INSURANCE);
        phi.put("BF", EntityKind.BANK_CARD);
        phi.put("AD", EntityKind.ADDRESS);
        phi.put("ADE", EntityKind.ADDRESS);
        phi.put("AF", EntityKind.ADDRESS);
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "PG", "PK", "PO", "PY", "DY",
                "DSY", "NY", "N", "NS", "MN", "MG", "E", "E2", "E3", "EU", "ES", "EG", "ID", "IDF", "M", "MV", "MF"
                    + "", "L",
                "R", "RH", "RX", "RT", "I", "IF", "B", "BF", "A", "A0", "AD", "ADE", "AF", "DOB", "DOBE"));
        // About a third in English or mostly Latin script (the JSON exports with English keys count too).
        assertThat(TemplateChecks.mostlyLatin(T) * 3).as("about a third mostly Latin")
                .isBetween(T.size() - 15L, T.size() + 25L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 50, JSON, 8, OCR, 7, VOICE, 5, WECHAT, 10, SMS, 5, EMAIL, 4,
                TABLES, 10));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(14);
        assertThat(count("结核|PPD|T-SPOT|TB|IGRA")).as("TB contact screening").isGreaterThanOrEqualTo(10);
        assertThat(count("诺如|水痘|流感|influenza")).as("other dormitory outbreaks").isGreaterThanOrEqualTo(4);
        assertThat(count("疫苗|狂犬|vaccine|Vaccination|rabies|PEP")).as("vaccination").isGreaterThanOrEqualTo(10);
        assertThat(count("医保|保险|[Ii]nsurance|理赔|[Cc]laim")).as("insurance").isGreaterThanOrEqualTo(14);
        assertThat(count("心理|[Cc]ounsell|来访")).as("counselling").isGreaterThanOrEqualTo(8);
        assertThat(count("转诊|转介|[Rr]eferral|[Tt]ransfer")).as("referrals").isGreaterThanOrEqualTo(8);
        assertThat(count("扭伤|拉伤|韧带|[Ss]ports injury|sprain")).as("sports injuries").isGreaterThanOrEqualTo(5);
        assertThat(count("体检|[Hh]ealth exam|health check")).as("health examinations").isGreaterThanOrEqualTo(8);
        assertThat(count("病假|请假|缓考|休学|[Ll]eave")).as("leave certificates").isGreaterThanOrEqualTo(6);
        assertThat(count("辅导员|class adviser")).as("class advisers").isGreaterThanOrEqualTo(10);
        assertThat(count("\\{(E|EU|EG|ES|MN|MG|IDF|MF|AF|IF|BF)}")).as("international students")
                .isGreaterThanOrEqualTo(35);
        assertThat(count("教工|教职工|工号|staff")).as("faculty, staff and families").isGreaterThanOrEqualTo(6);
        assertThat(count("冇得|么样|克临江|明天克|阿是|多大事|伢子")).as("Wuhan and Nanjing speech").isGreaterThanOrEqualTo(3);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind50Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind50TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "John Smith", "a Latin name from outside the pools"));
        for (String role : List.of("辅导员", "室友", "宿管阿姨", "楼长", "教练", "队医", "老头子", "伢子", "roommate", "Mum")) {
            rejected.add(reject(EntityKind.NAME, role, "a kin word, title or role alone"));
        }
        String aadhaar = "2345 6789 012" + Blind50Templates.verhoeffDigit("23456789012");
        String wrongAadhaar = aadhaar.substring(0, 13) + (aadhaar.charAt(13) == '0' ? '1' : '0');
        String thai = "110370123456" + Blind50Templates.thaiCheck("110370123456");
        String wrongThai = thai.substring(0, 12) + (thai.charAt(12) == '0' ? '1' : '0');
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "320115650409123", "a 15-digit number on a code created in 2000"),
                reject(EntityKind.ID_NUMBER, wrongAadhaar, "an Aadhaar number with a wrong Verhoeff digit"),
                reject(EntityKind.ID_NUMBER, wrongThai, "a Thai number with a wrong check digit"),
                reject(EntityKind.ID_NUMBER, "A08765432", "a passport number"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "027-8765123", "seven digits on an eight-digit code"),
                reject(EntityKind.PHONE, "+44 7700 900123", "a country no student comes from"),
                reject(EntityKind.BIRTH_DATE, "2003年13月14日", "no such month"),
                reject(EntityKind.MEDICAL_RECORD, "T24090312001", "a sample number"),
                reject(EntityKind.MEDICAL_RECORD, "2022302110087", "a student number"),
                reject(EntityKind.INSURANCE, "PEAH202442010000031287", "a group policy number"),
                reject(EntityKind.BANK_CARD, "PK00SCBL0000001123456702", "an IBAN with wrong check digits"),
                reject(EntityKind.ADDRESS, "荷园7栋", "a dormitory building without a room")));
        assertThat(checkedThai(thai)).isTrue();
        assertThat(verhoeffValid(aadhaar.replace(" ", ""))).isTrue();
        assertThat(verhoeffValid("2363")).as("the Verhoeff example: 236 takes 3").isTrue();
        CheckRejections.checkRejections(T, "【东湖大学校医院】", SEED, PHI, Blind50TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("鄢雨桐")).isEqualTo("鄢");
        assertThat(PoolNameForms.addressedGivenName("鄢雨桐")).isEqualTo("雨桐");
        assertThat(PoolNameForms.addressedGivenName("张沁")).isEqualTo("张沁");
        assertThat(Blind50Templates.personalName("丘库埃布卡·安耶格布")).isEqualTo("丘库埃布卡");
        assertThat(Blind50Templates.personalName("吴氏秋荷")).isEqualTo("吴氏秋荷");
        assertThat(Blind50Templates.fullNameOf("丘库埃布卡")).isNull();
        assertThat(Blind50Templates.isPoolName("丘库埃布卡")).isTrue();
        assertThat(Blind50Templates.fullNameOf("WANG Yihan")).isEqualTo("王亦菡");
        assertThat(Blind50Templates.fullNameOf("Yihan Wang")).isEqualTo("王亦菡");
        assertThat(Blind50Templates.fullNameOf("NGO THI THU HA")).isEqualTo("Ngô Thị Thu Hà");
        assertThat(Blind50Templates.fullNameOf("TEMBO, MEMORY")).isEqualTo("Memory Tembo");
        assertThat(Blind50Templates.isPoolName("Usman")).isTrue();
        assertThat(Blind50Templates.isPoolName("Ha")).isTrue();
    }

    /** The Han, Latin, passport, called and family forms in one record name the record's one international student. */
    @Test
    void theFormsOfOneInternationalStudentNameTheSameStudent() {
        Map<String, String> byLatin = new HashMap<>(), byHan = new HashMap<>();
        for (String s : Blind50Templates.STUDENTS) {
            byLatin.put(Blind50Templates.latinName(s, true), s);
            byHan.put(Blind50Templates.hanName(s), s);
        }
        List<String> own = List.of("MN", "MG", "E", "EU", "EG", "ES", "E2", "IDF", "MF", "AF", "IF", "BF");
        int checked = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (slots.stream().filter(own::contains).count() < 2) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                String student = null;
                for (int k = 0; k < values.size(); k++) {
                    String slot = slots.get(k % slots.size()), v = values.get(k);
                    String s = switch (slot) {
                        case "MN" -> byHan.get(v);
                        case "E", "EU" -> byLatin.get(Blind50Templates.fullNameOf(v));
                        default -> null;
                    };
                    if (s == null) continue;
                    if (student == null) student = s;
                    assertThat(s).as(r.text()).isEqualTo(student);
                }
                if (student == null) continue;
                for (int k = 0; k < values.size(); k++) {
                    String slot = slots.get(k % slots.size()), v = values.get(k);
                    String country = Blind50Templates.country(student);
                    switch (slot) {
                        case "MG" -> assertThat(v).as(r.text())
                                .isEqualTo(Blind50Templates.personalName(Blind50Templates.hanName(student)));
                        case "EG" -> assertThat(v).as(r.text()).isIn(Blind50Templates.callName(student, true),
                                Blind50Templates.callName(student, false));
                        case "ES" -> assertThat(v).as(r.text()).isIn(Blind50Templates.familyName(student, true),
                                Blind50Templates.familyName(student, false));
                        case "MF" -> assertThat(v).as(r.text()).matches(FOREIGN_PHONES.get(country));
                        case "E2" -> assertThat(Blind50Templates.fullNameOf(v)).as(r.text())
                                .isEqualTo(Blind50Templates.latinName(Blind50Templates.contactOf(student), true));
                        case "IDF" -> assertThat(foreignIdCountries(v)).as(r.text()).contains(country);
                        default -> {
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind50Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Mr ")
                            .doesNotStartWith("Prof").doesNotEndWith("医生").doesNotEndWith("老师").doesNotEndWith("同学")
                            .doesNotEndWith("阿姨").doesNotEndWith("主任").doesNotStartWith("辅导员").doesNotStartWith("教练")
                            .doesNotStartWith("队医").doesNotStartWith("楼长").doesNotEndWith("之子").doesNotEndWith("之女");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X老师, X医生 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind50Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind50Templates.isScannedName("鄢\n雨桐")).isTrue();
        assertThat(Blind50Templates.isScannedName("鄢 雨 桐")).isTrue();
        assertThat(Blind50Templates.isScannedName("鄢雨桐")).isFalse();
        assertThat(Blind50Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersAndAccountsCarryValidCheckDigits() {
        int ids = 0, lowerX = 0, blanks = 0, hyphens = 0, legacy = 0, cards = 0, cardsSpaced = 0, cardsHyphens = 0,
                cards19 = 0, wuhan = 0, nanjing = 0, home = 0;
        Set<String> countries = new HashSet<>(), accounts = new HashSet<>();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    checkIdentity(v);
                    if (!isChineseId(v)) {
                        countries.addAll(foreignIdCountries(v));
                        continue;
                    }
                    ids++;
                    if (v.endsWith("x")) lowerX++;
                    if (v.contains(" ")) blanks++;
                    if (v.contains("-")) hyphens++;
                    if (v.length() == 15) legacy++;
                    if (v.startsWith("4201")) wuhan++;
                    else if (v.startsWith("3201")) nanjing++;
                    else home++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    checkAccount(v);
                    if (v.startsWith("PK")) accounts.add("PK");
                    else if (v.startsWith("KZ")) accounts.add("KZ");
                    else if (v.matches("\\d{10}")) accounts.add("NUBAN");
                    else {
                        cards++;
                        if (v.contains(" ")) cardsSpaced++;
                        if (v.contains("-")) cardsHyphens++;
                        if (v.replaceAll("[ -]", "").length() == 19) cards19++;
                    }
                    if (v.matches("(PK|KZ)\\d{2} .*")) accounts.add("IBAN in fours");
                }
            }
        }
        assertThat(ids).isGreaterThan(250);
        assertThat(lowerX).as("identity numbers with a lower-case x").isPositive();
        assertThat(blanks).as("identity numbers 6-8-4 by blanks").isPositive();
        assertThat(hyphens).as("identity numbers 6-8-4 by hyphens").isPositive();
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(wuhan).as("issued in Wuhan").isGreaterThan(50);
        assertThat(nanjing).as("issued in Nanjing").isGreaterThan(50);
        assertThat(home).as("issued in the home counties").isGreaterThan(20);
        assertThat(countries).as("foreign identity numbers of every country")
                .containsAll(List.of("NG", "GH", "KE", "TZ", "ZM", "PK", "IN", "BD", "NP", "KZ", "UZ", "KG", "VN",
                        "ID", "TH"));
        assertThat(cards).isGreaterThan(60);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isPositive();
        assertThat(cardsHyphens).as("bank cards in fours by hyphens").isPositive();
        assertThat(cards19).as("nineteen-digit cards").isPositive();
        assertThat(accounts).as("IBANs and NUBANs").containsAll(List.of("PK", "KZ", "NUBAN", "IBAN in fours"));
        IdentifierTally.checkTheChecksReject("420106", "42010620031103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way")
                .noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("phone area", List.of("\\(?027\\D.*", "\\(?025\\D.*", "\\+86 27 .*",
                "\\+86 25 .*"), phones);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        Set<String> records = values.get(EntityKind.MEDICAL_RECORD);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("XYMZ.*", "SCXY.*", "JK.*", "\\d{7}", "ZS.*",
                "XL20.*", "XLZX.*", "TB4201.*", "TB3201.*", "JH.*"), records);
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("4201\\d{10}", "3201\\d{10}", "XSYB.*",
                "[1-9]\\d{7}", "000\\d{10}", "SV4.*", "LH.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+组", ".*村\\d+组\\d+号",
                ".*单元\\d+室", ".*[乡镇]", ".*村", ".*(路|大道|大街)", ".*(路|大道|大街)\\d+号", "湖北省.*", "江苏省.*",
                "河南省.*", "江西省.*", "武汉市.*", "南京市.*", "麻城市.*", "利川市.*", "洪山区.*", "栖霞区.*",
                "东湖大学南村.*", "武汉市洪山区珞喻路168号东湖大学南村.*", "(荷园|松园|竹园|枫园)\\d+栋\\d{3}",
                ".*舍\\d{3}室", "东湖大学.*栋\\d{3}室", "武汉市洪山区珞喻路168号东湖大学.*栋\\d{3}", ".*幢\\d{3}",
                "石城大学仙林校区.*幢\\d{3}室", "南京市栖霞区文苑路9号.*", "国际学生公寓.*", "Room .*", "Rm .*",
                "Building .*", "International Students' Apartment \\d.*", ".*Lagos", ".*Accra", ".*Nairobi",
                ".*Dar es Salaam", ".*Lusaka", ".*Islamabad", ".*Chennai", ".*Dhaka", ".*Lalitpur", ".*Almaty",
                ".*Tashkent", ".*Bishkek", ".*Hà Nội", ".*Bandung", ".*Bangkok"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Student, staff, campus-card, course, seat and CET numbers.
                "学号：2022302110087", "学号2021301520146", "2023302080115", "2023390012", "学号2021305170032",
                "2020301890042", "2022303050118", "2021211089", "2021302050093", "2023303120087", "2022301670045",
                "校园卡号 3108762", "工号：D20087", "D19543", "PHED2105", "MED3104", "CHEM1201", "CMED3104",
                "考场B203 座位号27", "准考证号420051242101327",
                // Passport, residence-permit, policy, invoice, claim, sample and batch numbers.
                "A08765432", "visa no. 07123456", "Z5123456", "AB1234561", "AK0123456", "P0471236", "4201240316578",
                "PEAH202442010000031287", "\"invoiceNo\":\"04231876\"", "CLM-2024-118734", "T24090312001",
                "批号202403B12", "batch 20240611", "尾号6021", "intl@dhu.edu.cn",
                // Classes, dormitory buildings without a room, clinic rooms, facilities.
                "计科2103班", "荷园7栋学生工作群", "荷园7栋有学生过敏", "荷园7栋的宿管", "紫荆苑3幢有同学水痘", "7栋3—5层",
                "Building 7, floors 3-5", "dorm 12", "二楼203室", "心理中心204室", "room 203", "东湖大学附属临江医院",
                "石城大学附属钟山医院", "武汉市结核病防治所", "洪山区疾控中心", "Bank of China, Luoyu Road sub-branch, Wuhan",
                "已叫120",
                // Scores, lab values and amounts.
                "BMI 20.6", "PHQ-9 14分", "GAD-7 11分", "ALT 86 U/L", "WBC 13.6×10^9/L", "1,286.50元", "8,342.17元",
                "CNY 6,450.00",
                // Kin words, roles, Wuhan and Nanjing words.
                "辅导员", "室友", "宿管阿姨", "楼长", "教练", "队医", "家长", "老头子", "伢子", "roommate",
                "class adviser", "Mum", "冇得", "么样搞", "阿是", "多大事啊", "克临江",
                // Words beginning with one of the pool's surnames.
                "安排", "方案", "张数", "程序", "马上", "周六"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind50TemplatesTest::checkValue, checkedNames(), Blind50Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind50Templates.chineseNames());
        assertThat(values).as("every student's Chinese name is drawn").containsAll(Blind50Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind50Templates.nicknames());
        assertThat(fullNames).as("every foreign name is drawn").containsAll(Blind50Templates.fullForms());
        assertThat(values).as("names without diacritics").contains("Ngo Thi Thu Ha", "NGO THI THU HA");
        assertThat(values).as("passport forms").anyMatch(v -> v.matches("[A-Z'-]+, [A-Z. ]+"))
                .anyMatch(v -> v.matches("[A-Z'-]+ [A-Z][a-z]+"));
        assertThat(values).as("pinyin forms").anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z']+"))
                .anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z']+"));
        assertThat(values).as("called names (EG)").contains("Usman", "Rakibul");
        assertThat(values).as("Vietnamese called names").containsAnyOf("Hà", "Ha", "Khoa", "Thắng", "Thang");
        assertThat(values).as("family names alone (ES)")
                .containsAnyElementsOf(Blind50Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind50Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("transliterated personal names used alone (MG)").anyMatch(v -> !v.contains("·")
                && Blind50Templates.minorityNames().stream().anyMatch(n -> n.startsWith(v + "·")));
        assertThat(values).as("rare surnames are used alone (DS, PS, NS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind50Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind50Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(110).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind50Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        for (String n : chinese) {
            assertThat(Blind50Templates.pinyin(n, 0)).as("pinyin of " + n).matches("[A-Z][a-z]+ [A-Z][a-z']+");
        }
        assertThat(Blind50Templates.latinFullForms()).as("pinyin forms tell the names apart")
                .doesNotHaveDuplicates();
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry three fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 3L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王').count()).as("王 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '李').count());
        List<String> minority = Blind50Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{2,7}(·[\\p{IsHan}-]{1,9}){0,2}"));
        assertThat(minority.stream().map(Blind50Templates::personalName).distinct().count())
                .as("first parts tell the students apart").isEqualTo(minority.size());
        assertThat(Blind50Templates.STUDENTS.stream().map(Blind50Templates::country).distinct().count())
                .as("students of fifteen countries").isEqualTo(15);
        assertThat(Blind50Templates.STUDENTS.stream().map(s -> Blind50Templates.callName(s, false)).distinct()
                .count()).as("called names tell the students apart").isEqualTo(Blind50Templates.STUDENTS.size());
        assertThat(Blind50Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind50Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        // The comparisons with the older groups report only this group's names, or counts, never the older names.
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        assertThat(TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, minority,
                Blind50Templates.englishSurnames().toList(), Blind50Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind50Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Blind50Templates.latinFullForms().stream().filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
        for (char s : RARE_SURNAMES.toCharArray()) {
            assertThat(olderHan.stream().filter(n -> n.charAt(0) == s).count())
                    .as("older names with this group's rare surname " + s).isZero();
        }
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind50Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind50Templates.areaCodes();
        assertThat(areas).as("codes of Wuhan, Nanjing and the home counties").doesNotHaveDuplicates()
                .allMatch(a -> a.matches("4201\\d{2}|3201\\d{2}|421181|422802|420923|411522|320923|360428|341522"));
        assertThat(Blind50Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese names and their pinyin, the students'
     * Chinese names, nicknames, every full Latin form, and Latin given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind50Templates.chineseNames().stream(), Blind50Templates.minorityNames().stream(),
                        Blind50Templates.nicknames().stream(), Blind50Templates.latinFullForms().stream(),
                        Blind50Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind50Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static boolean isChineseId(String v) {
        return v.matches("\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]|\\d{15}");
    }

    private static boolean dateValid(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int n(String v, int from, int to) {
        return Integer.parseInt(v.substring(from, to));
    }

    private static boolean verhoeffValid(String digits) {
        int[][] d = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
                {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
                {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
        int[][] p = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
                {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
        int c = 0;
        for (int i = 0; i < digits.length(); i++) c = d[c][p[i % 8][digits.charAt(digits.length() - 1 - i) - '0']];
        return c == 0;
    }

    private static boolean checkedThai(String digits) {
        int s = 0;
        for (int i = 0; i < 12; i++) s += (digits.charAt(i) - '0') * (13 - i);
        return (11 - s % 11) % 10 == digits.charAt(12) - '0';
    }

    private static boolean iinValid(String v) {
        int s = 0;
        for (int i = 0; i < 11; i++) s += (v.charAt(i) - '0') * (i + 1);
        int c = s % 11;
        if (c == 10) {
            int[] w = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
            s = 0;
            for (int i = 0; i < 11; i++) s += (v.charAt(i) - '0') * w[i];
            c = s % 11;
        }
        int century = v.charAt(6) - '0';
        int year = (century <= 4 ? 1900 : 2000) + n(v, 0, 2);
        return c < 10 && c == v.charAt(11) - '0' && century >= 3 && century <= 6
                && dateValid(year, n(v, 2, 4), n(v, 4, 6));
    }

    private static boolean pinflValid(String v) {
        int[] w = {7, 3, 1};
        int s = 0;
        for (int i = 0; i < 13; i++) s += (v.charAt(i) - '0') * w[i % 3];
        int century = v.charAt(0) - '0';
        int year = (century <= 4 ? 1900 : 2000) + n(v, 5, 7);
        return s % 10 == v.charAt(13) - '0' && dateValid(year, n(v, 3, 5), n(v, 1, 3));
    }

    /** The countries whose identity number form (and check digit) a value fits. */
    private static Set<String> foreignIdCountries(String v) {
        Set<String> out = new HashSet<>();
        if (v.matches("[1-9]\\d{10}")) out.add("NG");
        if (v.matches("GHA-[1-9]\\d{8}-\\d")) out.add("GH");
        if (v.matches("[23]\\d{7}")) out.add("KE");
        if (v.matches("(199[6-9]|200[0-6])\\d{4}-\\d{5}-\\d{5}-\\d{2}")
                && dateValid(n(v, 0, 4), n(v, 4, 6), n(v, 6, 8))) {
            out.add("TZ");
        }
        if (v.matches("\\d{6}/\\d{2}/1")) out.add("ZM");
        if (v.matches("(35202|61101|42101|37405|17301)-\\d{7}-\\d")) out.add("PK");
        if (v.matches("[2-9]\\d{3} \\d{4} \\d{4}") && verhoeffValid(v.replace(" ", ""))) out.add("IN");
        if (v.matches("[1-9]\\d{9}|(199[6-9]|200[0-6])\\d{13}")) out.add("BD");
        if (v.matches("\\d{2}-\\d{2}-\\d{2}-\\d{5}")) out.add("NP");
        if (v.matches("\\d{12}") && iinValid(v)) out.add("KZ");
        if (v.matches("[3-6]\\d{13}") && pinflValid(v)) out.add("UZ");
        if (v.matches("[12]\\d{13}") && dateValid(n(v, 5, 9), n(v, 3, 5), n(v, 1, 3))) out.add("KG");
        if (v.matches("0(01|79|31|48|38)[0-3]\\d{8}")) out.add("VN");
        if (v.matches("(317101|327301|340401|351501)\\d{10}")) {
            int d = n(v, 6, 8);
            if (dateValid(2000 + n(v, 10, 12), n(v, 8, 10), d > 40 ? d - 40 : d)) out.add("ID");
        }
        String thai = v.replaceAll("[ -]", "");
        if (v.matches("[1-8]\\d{12}|[1-8]( \\d{4} \\d{5} \\d{2} \\d)|[1-8](-\\d{4}-\\d{5}-\\d{2}-\\d)")
                && checkedThai(thai)) {
            out.add("TH");
        }
        return out;
    }

    private static void checkIdentity(String v) {
        if (isChineseId(v)) {
            TemplateChecks.checkWrittenResidentId(v,
                    "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                    Blind50Templates.areaCodes());
            if (v.length() == 15) {
                assertThat(Blind50Templates.legacyAreaCodes()).as("15-digit number on a code of its time: " + v)
                        .contains(v.substring(0, 6));
            }
            return;
        }
        assertThat(foreignIdCountries(v)).as("a foreign identity number of a student's country: " + v).isNotEmpty();
    }

    private static boolean ibanValid(String iban) {
        String s = iban.replace(" ", "");
        String moved = s.substring(4) + s.substring(0, 4);
        int mod = 0;
        for (char c : moved.toCharArray()) {
            String digits = Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c);
            for (char x : digits.toCharArray()) mod = (mod * 10 + (x - '0')) % 97;
        }
        return mod == 1;
    }

    private static void checkAccount(String v) {
        if (v.startsWith("PK") || v.startsWith("KZ")) {
            assertThat(v.replace(" ", "")).as(v).matches("PK\\d{2}[A-Z]{4}\\d{16}|KZ\\d{18}");
            assertThat(v).as(v).matches("[A-Z]{2}\\d{2}\\S+|([A-Z0-9]{4} )+[A-Z0-9]{1,4}");
            assertThat(ibanValid(v)).as("IBAN check digits: " + v).isTrue();
            return;
        }
        if (v.matches("\\d{10}")) {
            assertThat(Stream.of("058", "044", "057", "011", "033")
                    .anyMatch(bank -> Blind50Templates.nubanCheck(bank, v.substring(0, 9)) == v.charAt(9)))
                    .as("NUBAN check digit: " + v).isTrue();
            return;
        }
        TemplateChecks.checkCardInFours(v);
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind50Templates.isPoolName(value)).as("name from the BLIND_50 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.startsWith("TB")) {
                    assertThat(Blind50Templates.areaCodes()).as("register on an area code: " + value)
                            .contains(value.substring(2, 8));
                }
            }
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE);
                if (value.matches("(4201|3201)\\d{10}")) {
                    assertThat(Blind50Templates.areaCodes()).as("insurance number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case BANK_CARD -> checkAccount(value);
            case BIRTH_DATE -> {
                assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
                assertThat(value).as("month").doesNotContain("年13月").doesNotContain("年0月");
            }
            case ADDRESS -> {
                if (value.codePoints().anyMatch(TemplateChecks::isLatin)) {
                    assertThat(Stream.concat(Stream.of(DORM_EN), Blind50Templates.homePatterns().stream())
                            .anyMatch(value::matches)).as("address abroad or in English: " + value).isTrue();
                } else {
                    assertThat(value).doesNotContain(" ").matches(CHINESE_ADDRESS + "|" + STAFF_HOUSING + "|" + DORM);
                }
            }
        }
    }
}

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
 * Well-formedness of the forty-sixth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role and
 * identifiers of elsewhere or with a wrong check digit), every pool name turns up (Han names of users from all over
 * China, Uyghur and Kazakh names and personal names, Tibetan, Mongolian and Yi names, display names that name a person,
 * expatriates, names in pinyin), forms of address (老X, 小X, X先生, X女士, X阿姨, X大爷, X奶奶, X医生, X主任, X药师,
 * X师傅, X老师, X书记) label the surname only and a given name used alone the given name, OCR'd names broken by a line
 * break or blanks are one span, resident identity numbers carry a valid GB 11643 check character and a code of the
 * group's areas, 15-digit numbers a valid birth date and a code of their time, residence permits of Hong Kong, Macau and
 * Taiwan people and Foreign Permanent Resident ID cards their check character, Korean registration numbers, NHS and
 * German insurance numbers their check digits, bank cards a valid Luhn digit, the phone, record, insurance, address
 * (each province's flat form, villages, 苏木 and 嘎查, pick-up points, spaced) and birth-date forms the group promises
 * do occur, a child known by a parent's name labels the parent, the decoys (order, transaction, refund, waybill,
 * prescription, review, ticket, claim, room and consultation numbers, pick-up and verification codes, coupons, app
 * versions, device IDs, IMEIs, IP addresses, passports, licence and staff numbers, masked numbers, hotlines, handles
 * that name no one, facilities, roles and words beginning with a pool surname) stand in the text and are never
 * labelled, the generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span,
 * and the pools are new. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind46TemplatesTest {
    private static final List<String> T = Blind46Templates.BLIND_46;
    private static final long SEED = Blind46Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}");
    private static final String PHONE_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五七八九]" + PHONE_DIGIT + " " + PHONE_DIGIT + "{4} " + PHONE_DIGIT + "{4}",
            "[幺一][三五七八九]" + PHONE_DIGIT + "{9}");
    private static final List<String> LANDLINE_AREAS = List.of("0571", "0579", "0855", "0892");
    private static final String AREAS8 = "(0571|0579)", AREAS7 = "(0855|0892)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS8 + "\\)[5-8]\\d{7}",
            AREAS8 + " [5-8]\\d{3} \\d{4}", AREAS8 + "-[5-8]\\d{7}转\\d{3}", "\\+86 (571|579) [5-8]\\d{7}",
            AREAS8 + "-[5-8]\\d{7}", "\\(" + AREAS7 + "\\)[2-8]\\d{6}", AREAS7 + " [2-8]\\d{2} \\d{4}",
            AREAS7 + "-[2-8]\\d{6}转\\d{3}", "\\+86 (855|892) [2-8]\\d{6}", AREAS7 + "-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES).flatMap(List::stream)
            .toList();
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String YEAR = "(19[3-9]\\d|20[0-2]\\d)";
    private static final List<String> GREGORIAN = List.of(YEAR + "年([1-9]|1[0-2])月([1-9]|1\\d|2[0-8])日",
            YEAR + "-(0[1-9]|1[0-2])-(0[1-9]|1\\d|2[0-8])", YEAR + "/([1-9]|1[0-2])/([1-9]|1\\d|2[0-8])",
            YEAR + "\\.(0[1-9]|1[0-2])\\.(0[1-9]|1\\d|2[0-8])", YEAR + "(0[1-9]|1[0-2])(0[1-9]|1\\d|2[0-8])",
            "\\d{2}年([1-9]|1[0-2])月([1-9]|1\\d|2[0-8])号");
    private static final List<String> MONTH_ONLY = List.of(YEAR + "年([1-9]|1[0-2])月", YEAR + "-(0[1-9]|1[0-2])");
    private static final List<String> CARD_DATES = List.of(YEAR + " 年 ([1-9]|1[0-2]) 月 ([1-9]|1\\d|2[0-8]) 日");
    private static final List<String> ENGLISH_DATES = List.of("([1-9]|1\\d|2[0-8]) " + MONTH + " " + YEAR,
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]|1\\d|2[0-8]), " + YEAR,
            "(0[1-9]|1\\d|2[0-8])/(0[1-9]|1[0-2])/" + YEAR);
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, MONTH_ONLY, CARD_DATES, ENGLISH_DATES)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[5-9]|2[0-5])";
    private static final String RECORD = "00\\d{8}|Z" + YEARS + "\\d{6}|HC" + YEARS + "\\d{8}"
            + "|(330127|330182|330727|522633)(0[0-2]\\d)(0[0-4]\\d)\\d{5}";
    private static final String INSURANCE = "[A-HJK]\\d{8}|P330100202[1-4]\\d{7}";
    private static final String NHS = "[4-9]\\d{9}|[4-9]\\d{2} \\d{3} \\d{4}";
    private static final String KVNR = "[A-Z]\\d{9}";
    private static final String ADDRESS = "(" + String.join("|", Blind46Templates.addressHeads()) + ")"
            + "[\\p{IsHan}0-9A-D\\- ]*[\\p{IsHan}0-9]";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("先生", "女士", "阿姨", "大爷", "奶奶", "医生", "主任", "药师",
            "师傅", "老师", "书记");
    private static final String RARE_SURNAMES = Blind46Templates.RARE_SURNAMES;
    /** The commonest surnames of China. */
    private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周";
    /** The last older group this one was written against. */
    private static final int LAST_OLDER = 45;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind46TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "FS", "PG",
                "PK", "PO", "MG", "NM", "NT", "PY", "EG"));
        phi.put("IDP", EntityKind.ID_NUMBER);
        phi.put("IDF", EntityKind.ID_NUMBER);
        phi.put("MV", EntityKind.PHONE);
        phi.put("AP", EntityKind.ADDRESS);
        phi.put("IF", EntityKind.INSURANCE);
        phi.put("PN", EntityKind.INSURANCE);
        phi.put("RA", EntityKind.MEDICAL_RECORD);
        phi.put("DOBM", EntityKind.BIRTH_DATE);
        phi.put("DOBO", EntityKind.BIRTH_DATE);
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
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PG", "PK", "PO", "N",
                "NS", "MN", "MG", "NM", "NT", "PY", "E", "E2", "ES", "EG", "ID", "IDF", "M", "MV", "L", "R", "RA", "I",
                "PN", "IF", "B", "A", "AP", "A0", "DOB", "DOBE"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("IDP", "DOBM", "DOBO"));
        // About a seventh in English; the JSON exports with English keys and the log lines count as mostly Latin too.
        assertThat(T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count() * 7)
                .as("about a seventh in English").isBetween(T.size() - 20L, T.size() + 20L);
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(16L, 32L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 7, OCR, 6, VOICE, 5, WECHAT, 7, SMS, 6));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("图文问诊|问诊小结|Hi Dr")).as("chat consultations").isGreaterThanOrEqualTo(8);
        assertThat(count("视频|video|Video")).as("video visits").isGreaterThanOrEqualTo(8);
        assertThat(count("处方|审方|Rx|prescription")).as("e-prescriptions and reviews").isGreaterThanOrEqualTo(12);
        assertThat(count("收货|收件|快递|Delivery|Courier|驿站")).as("delivery").isGreaterThanOrEqualTo(15);
        assertThat(count("\\{AP}")).as("pick-up points").isGreaterThanOrEqualTo(10);
        assertThat(count("就诊人")).as("patients under an account").isGreaterThanOrEqualTo(15);
        assertThat(count("续方")).as("chronic refills").isGreaterThanOrEqualTo(8);
        assertThat(count("远程|会诊|Teleconsultation|卫生院|医共体")).as("remote consultation").isGreaterThanOrEqualTo(12);
        assertThat(count("支付|退款|理赔|保单|Claim|claim|Refund|payment|Cardholder")).as("payment and claims")
                .isGreaterThanOrEqualTo(14);
        assertThat(count("客服|工单|Ticket")).as("customer service").isGreaterThanOrEqualTo(12);
        assertThat(count("INFO|WARN|access.log")).as("log lines").isGreaterThanOrEqualTo(5);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind46Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind46TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("妈妈", "老公", "家长", "客服", "快递员", "药师", "村医", "岁月静好", "向日葵")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, role or a handle that names no one"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "330110650409123", "a 15-digit number on a code created in 2001"),
                reject(EntityKind.ID_NUMBER, "870512-1234567", "a Korean number with a wrong check digit"),
                reject(EntityKind.ID_NUMBER, "110330100012345", "a doctor's licence number"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0855-31234567", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "0571-3123456", "seven digits on an eight-digit code"),
                reject(EntityKind.PHONE, "400-867-0571", "the platform hotline"),
                reject(EntityKind.BIRTH_DATE, "1987年13月5日", "no such month"),
                reject(EntityKind.MEDICAL_RECORD, "KF20240329-0412", "a ticket number"),
                reject(EntityKind.MEDICAL_RECORD, "CF2024031700128", "a prescription number"),
                reject(EntityKind.INSURANCE, "LP20240325000187", "a claim report number"),
                reject(EntityKind.INSURANCE, "9434765918", "an NHS number with a wrong check digit"),
                reject(EntityKind.BANK_CARD, "6225880000000002", "a card failing Luhn"),
                reject(EntityKind.ADDRESS, "杭城医院滨江院区", "a facility")));
        CheckRejections.checkRejections(T, "收货信息：", 3, SEED, PHI, Blind46TemplatesTest::checkValue, rejected);
        assertThat(Blind46Templates.nhsCheck("943476591")).isEqualTo(9);
        assertThat(Blind46Templates.koreanCheck("870512123456")).isBetween(0, 9);
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
        assertThat(PoolNameForms.surnameOf("楼金水")).isEqualTo("楼");
        assertThat(PoolNameForms.addressedGivenName("楼金水")).isEqualTo("金水");
        assertThat(PoolNameForms.addressedGivenName("楼宇")).isEqualTo("楼宇");
        assertThat(Blind46Templates.personalName("艾克拜尔·阿不力孜")).isEqualTo("艾克拜尔");
        assertThat(Blind46Templates.fullNameOf("艾克拜尔")).isNull();
        assertThat(Blind46Templates.isPoolName("艾克拜尔")).isTrue();
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
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind46Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotEndWith("医生").doesNotEndWith("师傅")
                            .doesNotEndWith("药师").doesNotEndWith("先生").doesNotEndWith("女士").doesNotStartWith("客服")
                            .doesNotStartWith("快递员").doesNotEndWith("之子").doesNotEndWith("之女")
                            .doesNotEndWith("妈妈");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X先生, X医生, X药师 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind46Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind46Templates.isScannedName("楼\n金水")).isTrue();
        assertThat(Blind46Templates.isScannedName("楼 金 水")).isTrue();
        assertThat(Blind46Templates.isScannedName("楼金水")).isFalse();
        assertThat(Blind46Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind46TemplatesTest::checkIdentity,
                Blind46Templates.legacyAreaCodes(), Blind46TemplatesTest::otherIdentity);
        tally.checkIdentityForms(250, 10, false);
        tally.checkCardForms(60);
        assertThat(tally.issuedIn("3301")).as("issued in Hangzhou").isGreaterThan(50);
        assertThat(tally.issuedIn("3307", "3306")).as("issued in Jinhua and Shaoxing").isGreaterThan(10);
        assertThat(tally.issuedIn("41", "43", "51", "52", "54", "65", "15")).as("issued in other provinces")
                .isGreaterThan(50);
        assertThat(tally.otherIds).as("Korean, permanent-resident and residence-permit numbers")
                .anyMatch(v -> v.matches("\\d{6}-\\d{7}")).anyMatch(v -> v.startsWith("9"))
                .anyMatch(v -> v.startsWith("810000")).anyMatch(v -> v.startsWith("830000"));
        IdentifierTally.checkTheChecksReject("330127", "33012719631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way")
                .noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("00\\d{8}", "Z.*", "HC.*", "330127.*", "330182.*",
                "330727.*", "522633.*"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("[A-HJK]\\d{8}", "P330100.*", NHS, KVNR,
                "\\d{3} \\d{3} \\d{4}"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("identity form", List.of("\\d{17}[\\dX]", "\\d{17}x", "\\d{15}",
                "\\d{6} \\d{8} \\d{3}[\\dX]", "\\d{6}-\\d{7}", "9\\d{17}", "8[123]0000\\d{12}"),
                values.get(EntityKind.ID_NUMBER));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(
                ".*幢\\d单元\\d+室", ".*号楼\\d单元\\d+", ".*弄\\d+号\\d+室", ".*栋[A-D]座\\d+房", ".*栋\\d+房",
                ".*栋\\d+-\\d", ".*单元\\d层\\d号", ".*栋\\d单元\\d+室", ".*村\\d+组", ".*村\\d+组\\d+号", ".*村\\d+号",
                ".*苏木.*嘎查(\\d+号)?", ".*菜鸟驿站", ".*丰巢快递柜", ".*[东南西北]门快递柜", ".*村委会", ".*嘎查委员会",
                ".*[镇乡]", ".*村", ".*[路街道]", ".*路\\d+号", ".*(苑|园|小区|新村|城|郡|都|公寓|海岸|村)",
                "浙江省.*", "北京市.*", "上海市.*", "重庆市.*", "广西壮族自治区.*", "新疆维吾尔自治区.*", "内蒙古自治区.*",
                "西藏自治区.*", "贵州省.*", "黑龙江省.*", "杭州市.*", "西湖区.*", "淳安县.*", ".*地区.*", ".*盟.*旗.*",
                "\\S+ \\S+ \\S+.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Order, transaction, refund, waybill, prescription, review, ticket, claim, room, consultation numbers.
                "202403171530218845", "202403201012557731", "4200002187202403241234567890",
                "50300009012024032412345678901", "2024032722001458671234567890", "SF1423768590214",
                "YT7412589630215", "78456123987456", "JT5218749630147", "CF2024031700128", "SF-240317-0093",
                "KF20240323-0157", "KF20240329-0412", "LP20240325000187", "CLM-24-031877", "VR2403170018",
                "YC2024031700008", "TW2404020188", "2024032518301299",
                // Pick-up and verification codes, coupons, app versions, device IDs, IMEIs, IP addresses.
                "取件码 5-2-3018", "验证码 482913", "HCYY-8K2M-X7PL", "HCYY-5T9Q-R2MN", "v5.12.3", "iOS 17.4.1",
                "a3f9c2e1b7d40856", "864512045678912", "115.236.47.102", "2409:8a28:4c1:9e0::1f", "183.157.92.18",
                "36.27.198.54",
                // Passports, licence and staff numbers, masked numbers, hotlines.
                "M48213675", "C4J8K2N7Q", "110330100012345", "Q03187", "YS0215", "ZT330127015", "KF0387",
                "138****5678", "尾号8832", "card ending 4417", "400-867-0571", "客服热线95338",
                // Handles that name no one, roles, facilities and places alone.
                "岁月静好", "平安是福", "向日葵", "一路有你", "快递员", "家长", "老公", "淳安县威坪镇卫生院",
                "建德市乾潭镇卫生院", "杭城医院互联网药房", "招商银行杭州分行", "杭城医院滨江院区",
                "Hangcheng Hospital Internet Hospital", "Bingmei Township Health Center",
                // Words beginning with one of the pool's surnames.
                "楼下", "金额", "应急", "周一", "高血压"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind46TemplatesTest::checkValue, checkedNames(), Blind46Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind46Templates.chineseNames());
        assertThat(values).as("every minority name is drawn").containsAll(Blind46Templates.minorityNames());
        assertThat(values).as("every Tibetan, Mongolian and Yi name is drawn")
                .containsAll(Blind46Templates.standaloneNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind46Templates.nicknames());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind46Templates.fullForms());
        assertThat(values).as("every pinyin form is drawn").containsAll(Blind46Templates.pinyinForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind46Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind46Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind46Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("minority personal names used alone (MG)").anyMatch(v -> !v.contains("·")
                && Blind46Templates.minorityNames().stream().anyMatch(n -> n.startsWith(v + "·")));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS, NS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind46Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind46Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(110).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind46Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry three fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 3L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王').count()).as("王 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '李').count());
        List<String> minority = Blind46Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{2,6}·\\p{IsHan}{2,5}"));
        assertThat(minority.stream().map(Blind46Templates::personalName).distinct().count())
                .as("personal names tell the minority patients apart").isEqualTo(minority.size());
        List<String> standalone = Blind46Templates.standaloneNames();
        assertThat(standalone).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{4,6}")).doesNotContainAnyElementsOf(chinese);
        assertThat(Blind46Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind46Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(Blind46Templates.PINYIN).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> allMinority = Stream.concat(minority.stream(), standalone.stream()).toList();
        assertThat(TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, allMinority,
                Blind46Templates.englishSurnames().toList(), Blind46Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, allMinority, Blind46Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
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
        assertThat(Stream.concat(Blind46Templates.fullForms().stream(), Blind46Templates.pinyinForms().stream())
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        Set<String> olderHanSurnames = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) {
            for (String n : TemplateChecks.list(c, "CHINESE")) olderHanSurnames.add(n.substring(0, 1));
        }
        assertThat(RARE_SURNAMES.chars().mapToObj(c -> String.valueOf((char) c)).filter(olderHanSurnames::contains))
                .as("this group's rare surnames that an older pool already gave someone").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind46Templates.nicknames().stream().filter(olderNicknames::contains))
                .as("nicknames that are not new").isEmpty();
        List<String> areas = Blind46Templates.areaCodes();
        assertThat(areas).doesNotHaveDuplicates().containsAll(Blind46Templates.NEW_CODES);
        assertThat(Blind46Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(Blind46Templates.NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and standalone names, nicknames,
     * the foreign names in full, the pinyin forms, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind46Templates.chineseNames().stream(), Blind46Templates.minorityNames().stream(),
                        Blind46Templates.standaloneNames().stream(), Blind46Templates.nicknames().stream(),
                        Blind46Templates.fullForms().stream(), Blind46Templates.pinyinForms().stream(),
                        Blind46Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind46Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    /** A Korean registration number, a Foreign Permanent Resident ID card or a residence permit of HK, Macau, Taiwan. */
    private static boolean otherIdentity(String v) {
        return v.matches("\\d{6}-\\d{7}") || v.matches("9\\d{16}[\\dX]") || v.matches("8[123]0000\\d{11}[\\dX]");
    }

    private static void checkIdentity(String v) {
        if (v.matches("\\d{6}-\\d{7}")) {
            String digits = v.replace("-", "");
            assertThat(Blind46Templates.koreanCheck(digits.substring(0, 12))).as("Korean check digit " + v)
                    .isEqualTo(digits.charAt(12) - '0');
            assertThat(v.charAt(7)).as("Korean sex and century digit " + v).isIn('1', '2', '3', '4');
            return;
        }
        if (v.matches("9\\d{16}[\\dX]") || v.matches("8[123]0000\\d{11}[\\dX]")) {
            assertThat(Checksums.residentIdCheck(v.substring(0, 17))).as("check character " + v)
                    .isEqualTo(v.charAt(17));
            if (v.startsWith("9")) {
                assertThat(v.substring(1, 3)).as("province of issue " + v).isIn("33", "31", "11");
                assertThat(v.substring(3, 6)).as("nationality " + v).isIn("410", "276", "826", "840", "392");
            }
            return;
        }
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]",
                Blind46Templates.areaCodes());
        if (v.length() == 15) {
            assertThat(Blind46Templates.legacyAreaCodes()).as("15-digit number on a code of its time: " + v)
                    .contains(v.substring(0, 6));
        }
    }

    private static void checkInsurance(String value) {
        if (value.matches(INSURANCE)) return;
        if (value.matches(NHS)) {
            String d = value.replace(" ", "");
            assertThat(Blind46Templates.nhsCheck(d.substring(0, 9))).as("NHS check digit " + value)
                    .isEqualTo(d.charAt(9) - '0');
            return;
        }
        assertThat(value).as("insurance " + value).matches(KVNR);
        assertThat(Blind46Templates.kvnrCheck(value.charAt(0), value.substring(1, 9))).as("KVNR check " + value)
                .isEqualTo(value.charAt(9) - '0');
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind46Templates.isPoolName(value)).as("name from the BLIND_46 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> checkInsurance(value);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).matches(ADDRESS).doesNotContain("  ");
        }
    }
}

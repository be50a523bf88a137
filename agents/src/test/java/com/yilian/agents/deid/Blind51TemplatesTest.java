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
import static com.yilian.agents.deid.TemplateGenre.TABLES;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the fifty-first blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says (and the
 * check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role and identifiers of
 * elsewhere), every pool name turns up (Liaoning Han names, Manchu, Xibe and Hui families, Korean-Chinese names in
 * characters, Hangul and passport pinyin, Dongbei nicknames, children abroad in pinyin, foreign experts and in-laws),
 * forms of address (老X, 小X, 老X头, 老X太太, X大爷, X大娘, X奶奶, X姨, X阿姨, X姐, X先生, X哥, X大姐, X师傅, X大夫, X主任, X护士长, X站长, X书记, X科长)
 * label the surname only and a given name used alone the given name, the Hangul and passport forms are the record's
 * Korean-Chinese patient, OCR'd names broken by a line break or blanks are one span, resident identity numbers (also
 * with a lower-case x, 6-8-4 by blanks or hyphens) carry a valid GB 11643 check character and a code of Shenyang,
 * Anshan, Fushun, Benxi or Dandong, 15-digit numbers a valid birth date, bank cards a valid Luhn digit, the phone
 * (spoken, abroad, on 024 with and without the code, on 0412 and 0415, on the former 0413 and 0414), record, insurance,
 * address and birth-date forms (Gregorian, year and month, lunar, English) the group promises do occur, a child known
 * by a parent's name labels the parent, the decoys (scores, grades, amounts, certificate, order, acceptance, device,
 * IMEI, work, heating and repair numbers, coordinates, beds, door codes, facilities, kin words and roles, Dongbei
 * words, words beginning with a pool surname) stand in the text and are never labelled, the generator is deterministic
 * by seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and carry the
 * surnames of the region. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind51TemplatesTest {
    private static final List<String> T = Blind51Templates.BLIND_51;
    private static final long SEED = Blind51Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}");
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三五七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> ABROAD = List.of("\\+82 10-\\d{4}-\\d{4}", "\\+81 90-\\d{4}-\\d{4}",
            "\\+81 80-\\d{4}-\\d{4}", "\\+61 4\\d{2} \\d{3} \\d{3}", "\\+1 \\((416|604|403)\\) [2-9]\\d{2}-\\d{4}");
    private static final List<String> KOREAN_MOBILES = List.of("\\+82 10-\\d{4}-\\d{4}", "\\+82-10-\\d{4}-\\d{4}",
            "010-\\d{4}-\\d{4}");
    private static final String LOCAL8 = "[2-68]\\d{7}", SEVEN = "(0412|0415)", FORMER = "(0413|0414)";
    private static final List<String> LANDLINES = List.of("\\(024\\)" + LOCAL8, "024 [2-68]\\d{3} \\d{4}",
            "\\+86 24 " + LOCAL8, LOCAL8, "024-" + LOCAL8, "\\(" + SEVEN + "\\)[2-8]\\d{6}", SEVEN + " [2-8]\\d{6}",
            SEVEN + "-[2-8]\\d{6}");
    private static final List<String> OLD_LANDLINES = List.of("\\(" + FORMER + "\\)[2-8]\\d{6}",
            FORMER + "-[2-8]\\d{6}", "[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, ABROAD, KOREAN_MOBILES, LANDLINES,
            OLD_LANDLINES)
            .flatMap(List::stream).toList();
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> GREGORIAN = List.of("19\\d{2}年\\d{1,2}月\\d{1,2}日", "19\\d{2}-\\d{2}-\\d{2}",
            "19\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "一九[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "19\\d{6}");
    private static final List<String> YEAR_MONTH = List.of("19\\d{2}\\.\\d{2}", "19\\d{2}年\\d{1,2}月");
    private static final List<String> LUNAR = List.of("农历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " 19\\d{2}",
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, 19\\d{2}",
            "\\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 19\\d{2}");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, YEAR_MONTH, LUNAR, ENGLISH_DATES)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[5-9]|2[0-5])";
    private static final String RECORD = YEARS + "\\d{6}|HHM\\d{8}|210[1-6]\\d{13}|JC20" + YEARS + "-\\d{4}";
    private static final String INSURANCE = "[A-HJ-NP-Z]\\d{8}|[12]\\d{9}|CH\\d{12}";
    private static final String ADDRESS = "(辽宁省)?(沈阳市|鞍山市|抚顺市|本溪市|丹东市)?"
            + "(铁西区|大东区|皇姑区|和平区|铁东区|立山区|望花区|东洲区|溪湖区|平山区|振兴区|元宝区|沈北新区|新宾满族自治县"
            + "|本溪满族自治县|桓仁满族自治县|宽甸满族自治县)"
            + "\\S*?(委|组|号|室|村|镇|乡|街道|路|街|门\\d0\\d|\\d-\\d-\\d)";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("大爷", "大娘", "奶奶", "姨", "阿姨", "姐", "哥", "大姐", "先生", "师傅",
            "大夫", "主任", "护士长", "站长", "书记", "科长", "头", "太太");
    private static final String RARE_SURNAMES = Blind51Templates.RARE_SURNAMES;
    /** The commonest surnames of Liaoning. */
    private static final String COMMON_SURNAMES = "王李张刘赵杨孙于高";
    /** The last older group this one was written against (49 and 50 are written alongside it). */
    private static final int LAST_OLDER = 48;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind51TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "FS", "MS", "PG",
                "PK", "PO", "MH", "MY", "NM", "NY", "EG"));
        phi.put("DOBM", EntityKind.BIRTH_DATE);
        phi.put("DOBL", EntityKind.BIRTH_DATE);
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("MX", EntityKind.PHONE);
        phi.put("LO", EntityKind.PHONE);
        phi.put("MK", EntityKind.PHONE);
        for (String r : List.of("RZ", "RM", "RA", "RJ")) phi.put(r, EntityKind.MEDICAL_RECORD);
        phi.put("IP", EntityKind.INSURANCE);
        phi.put("IC", EntityKind.INSURANCE);
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
                "NS", "MN", "MS", "MH", "MY", "NM", "NY", "E", "ES", "EG", "ID", "M", "MV", "MX", "MK", "L", "LO", "RZ",
                "RA", "I", "B", "A", "A0", "DOB", "DOBM", "DOBL", "DOBE"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("E2", "RM", "RJ", "IP", "IC"));
        // About a seventh in English; the JSON exports with English keys count as mostly Latin too.
        assertThat(T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count() * 7)
                .as("about a seventh in English").isBetween(T.size() - 20L, T.size() + 20L);
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(16L, 28L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 50, JSON, 5, OCR, 8, VOICE, 8, WECHAT, 12, SMS, 5,
                EMAIL, 2, TABLES, 10));
        assertThat(count("\\|.*\\|.*\\|")).as("pipe and markdown tables").isGreaterThanOrEqualTo(5);
        assertThat(count("长护|长期护理|LTC|失能")).as("long-term-care insurance").isGreaterThanOrEqualTo(14);
        assertThat(count("Barthel")).as("Barthel scores").isGreaterThanOrEqualTo(6);
        assertThat(count("签到|定位|GPS")).as("GPS check-ins").isGreaterThanOrEqualTo(6);
        assertThat(count("护理员|caregiver|Caregiver")).as("care workers").isGreaterThanOrEqualTo(20);
        assertThat(count("网格")).as("grid workers").isGreaterThanOrEqualTo(6);
        assertThat(count("厂|矿|鞍钢|本钢|Plant|退休")).as("factories and retirees").isGreaterThanOrEqualTo(12);
        assertThat(count("压疮|Pressure")).as("pressure ulcers").isGreaterThanOrEqualTo(6);
        assertThat(count("安宁|Palliative")).as("palliative care at home").isGreaterThanOrEqualTo(4);
        assertThat(count("痴呆|阿尔茨海默|走失|卒中|脑梗|Memory|stroke")).as("dementia and stroke")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("供暖|暖气|供热|暴雪|大雪|零下")).as("heating season and snow").isGreaterThanOrEqualTo(7);
        assertThat(count("朝鲜族|Korean|韩国|首尔|Seoul|\\p{IsHangul}")).as("Korean-Chinese families")
                .isGreaterThanOrEqualTo(7);
        assertThat(count("满族|锡伯族|回族")).as("Manchu, Xibe and Hui families").isGreaterThanOrEqualTo(4);
        assertThat(count("嘎哈|咋整|埋汰|波棱盖|大下晚|贼热|嗯呢|吱一声|瞅|搁|唠|整回去|得劲|老妹儿|卡了个跟头"))
                .as("Dongbei speech").isGreaterThanOrEqualTo(12);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind51Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind51TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("老伴儿", "老头子", "闺女", "姑爷", "老疙瘩", "网格员", "护理员", "老妹儿", "调度")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "210106430230123", "a 15-digit number born on 30 February"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0412-55512345", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "024-5551234", "seven digits on 024"),
                reject(EntityKind.BIRTH_DATE, "农历1938年腊月初十一", "no such lunar day"),
                reject(EntityKind.MEDICAL_RECORD, "LHT-040871", "a factory work number"),
                reject(EntityKind.MEDICAL_RECORD, "11010100300700418", "an archive number of elsewhere"),
                reject(EntityKind.INSURANCE, "CH21010612345", "five digits after the area code"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address outside the five cities")));
        CheckRejections.checkRejections(T, "回族老人饮食提示", 4, SEED, PHI, Blind51TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("肇恒昌")).isEqualTo("肇");
        assertThat(PoolNameForms.addressedGivenName("肇恒昌")).isEqualTo("恒昌");
        assertThat(PoolNameForms.addressedGivenName("刘珣")).isEqualTo("刘珣");
        assertThat(Blind51Templates.hangul("朴顺福")).isEqualTo("박순복");
        assertThat(Blind51Templates.passportName("朴顺福")).isEqualTo("Piao Shunfu");
        assertThat(Blind51Templates.fullNameOf("박순복")).isEqualTo("朴顺福");
        assertThat(Blind51Templates.fullNameOf("Piao Shunfu")).isEqualTo("朴顺福");
        assertThat(Blind51Templates.fullNameOf("恒昌")).isNull();
        assertThat(Blind51Templates.isPoolName("恒昌")).isTrue();
        assertThat(Blind51Templates.isPoolName("朴")).isTrue();
        // The Hangul (MH) and passport (MY) forms are the record's Korean-Chinese patient (MN).
        int korean = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("MN") || !slots.contains("MH") && !slots.contains("MY")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    String mn = values.get(k + slots.indexOf("MN"));
                    if (slots.contains("MH")) {
                        assertThat(values.get(k + slots.indexOf("MH"))).as(r.text())
                                .isEqualTo(Blind51Templates.hangul(mn));
                        korean++;
                    }
                    if (slots.contains("MY")) {
                        assertThat(values.get(k + slots.indexOf("MY"))).as(r.text())
                                .isEqualTo(Blind51Templates.passportName(mn));
                        korean++;
                    }
                }
            }
        }
        assertThat(korean).isGreaterThan(50);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        List<String> surnamed = Stream.concat(Blind51Templates.chineseNames().stream(),
                Blind51Templates.minorityNames().stream()).toList();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(surnamed, PREFIXES, HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Ms ").doesNotEndWith("大夫")
                            .doesNotEndWith("师傅").doesNotEndWith("主任").doesNotEndWith("大爷").doesNotEndWith("大娘")
                            .doesNotEndWith("姨").doesNotStartWith("网格员").doesNotStartWith("护理员")
                            .doesNotStartWith("调度").doesNotEndWith("家大儿子").doesNotEndWith("家老闺女");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X大爷, X姨, X大夫 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind51Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind51Templates.isScannedName("肇\n恒昌")).isTrue();
        assertThat(Blind51Templates.isScannedName("肇 恒 昌")).isTrue();
        assertThat(Blind51Templates.isScannedName("肇恒昌")).isFalse();
        assertThat(Blind51Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("家大儿子", "家老闺女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind51TemplatesTest::checkIdentity,
                Blind51Templates.areaCodes(), v -> false);
        tally.checkEveryPromisedForm(250, 40);
        assertThat(tally.issuedIn("2101")).as("issued in Shenyang").isGreaterThan(50);
        assertThat(tally.issuedIn("2103")).as("issued in Anshan").isGreaterThan(30);
        assertThat(tally.issuedIn("2104")).as("issued in Fushun").isGreaterThan(30);
        assertThat(tally.issuedIn("2105")).as("issued in Benxi").isGreaterThan(30);
        assertThat(tally.issuedIn("2106")).as("issued in Dandong").isGreaterThan(30);
        IdentifierTally.checkTheChecksReject("210106", "21010619431103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way")
                .noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("Shenyang, Fushun and Benxi on 024", List.of("(\\(?024\\)?[ -]?|\\+86 24 )?"
                + "[2368]\\d{3} ?\\d{4}", "(\\(?024\\)?[ -]?|\\+86 24 )?5\\d{3} ?\\d{4}",
                "(\\(?024\\)?[ -]?|\\+86 24 )?4\\d{3} ?\\d{4}"), phones);
        TemplateChecks.checkEveryFormOccurs("phone area", List.of("\\(?0412\\D.*", "\\(?0415\\D.*", "\\(?0413\\D.*",
                "\\(?0414\\D.*", "\\+82 .*", "\\+81 .*", "\\+61 .*", "\\+1 .*"), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of(YEARS + "\\d{6}", "HHM.*", "2101\\d{13}",
                "2103\\d{13}", "2104\\d{13}", "2105\\d{13}", "2106\\d{13}", "JC.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("[A-Z]\\d{8}", "[12]\\d{9}", "CH.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*\\d+委\\d+组", ".*号\\d-\\d-\\d",
                ".*号楼\\d门\\d0\\d", ".*单元\\d0\\d室", ".*栋\\d单元\\d层\\d号", ".*村\\d+组", ".*村\\d+组\\d+号",
                ".*街道", ".*街道\\d+委", ".*(路|街)", ".*(路|街)\\d+号", ".*[镇乡]", ".*村", "辽宁省.*", "沈阳市.*",
                "鞍山市.*", "抚顺市.*", "本溪市.*", "丹东市.*", "铁西区.*", "宽甸满族自治县.*", ".*锡伯族[镇乡].*",
                ".*工人村街道.*", ".*西塔街道.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Scores, grades, lab values, doses.
                "Barthel指数 35分", "重度失能Ⅲ级", "Barthel 20分", "Barthel总分 35分", "Barthel index 25/100",
                "MMSE 14分", "Braden评分 11分", "Braden 13", "ZBI 52分", "NRS 6分", "mRS 4级", "洼田饮水试验3级",
                "MoCA 11/30", "PPS 30%", "奥氮平2.5mg qn", "吗啡缓释片30mg q12h",
                // Amounts.
                "每月1500元", "4,680元", "12,360.00元", "3,268.50元", "2,841.60元", "2,856.00元", "3412.80",
                "RMB 5,200", "500元慰问金",
                // Certificate, order, acceptance, device, work, heating and repair numbers, coordinates, beds, codes.
                "S000021060012487", "S000021030004519", "SL20241207-0318", "GD2024120700318", "GD2024120800471",
                "GD-20241207-0318", "WB-SY-04417", "864972043158206", "41.7962,123.3598", "41.2876,123.0391",
                "工号 08817", "工 号 200387", "LHT-040871", "BG-1975-0412", "供暖户号0103871552", "RL20241215-0093",
                "1379#", "床位号B-206", "301-1", "206-2", "3楼东区12床",
                // Facilities and places alone.
                "辽中医科大学附属浑河医院", "沈阳市医疗保障事务服务中心", "沈阳福满家居家护理服务有限公司", "沈阳市铁西区颐康护理院",
                "鞍钢第三炼钢厂", "抚顺矿业集团老虎台矿", "沈阳重型机器厂", "本钢离退休职工管理中心", "工人村社区卫生服务中心",
                "Shenyang Tractor Plant", "Tiexi Yikang Care Home", "Fumanjia Home Care", "Hunhe Hospital",
                // Kin words, roles and Dongbei words.
                "老伴儿", "老头子", "闺女", "姑爷", "大哥", "老妹儿", "儿媳妇", "网格员", "评估员", "调度", "嘎哈", "咋整",
                "埋汰", "波棱盖儿", "大下晚儿", "贼热", "嗯呢", "吱一声",
                // Words beginning with one of the pool's surnames.
                "关节", "高血压", "马上", "白天", "那个", "常规", "回家", "初步诊断"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind51TemplatesTest::checkValue, checkedNames(), Blind51Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind51Templates.chineseNames());
        assertThat(values).as("every Korean-Chinese name is drawn").containsAll(Blind51Templates.minorityNames());
        assertThat(values).as("every Hangul form is drawn").containsAll(Blind51Templates.hangulNames());
        assertThat(values).as("every passport form is drawn").containsAll(Blind51Templates.passportNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind51Templates.nicknames());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind51Templates.fullForms());
        for (String entry : Blind51Templates.PINYIN) {
            assertThat(values).as("child abroad " + entry).anyMatch(v -> OlderGroups.latinKey(v)
                    .equals(OlderGroups.latinKey(PoolNameForms.family(entry) + " " + PoolNameForms.given(entry)))
                    || OlderGroups.latinKey(v).equals(OlderGroups.latinKey(
                    PoolNameForms.given(entry) + " " + PoolNameForms.family(entry))));
        }
        assertThat(values).as("children abroad in every written order")
                .anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind51Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind51Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind51Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, NS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("Korean-Chinese surnames used alone (MS)").anyMatch(v -> v.length() == 1
                && Blind51Templates.minorityNames().stream().anyMatch(n -> n.startsWith(v)));
        assertThat(values).as("word-like names are labelled").containsAll(Blind51Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind51Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind51Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind51Templates.MANCHU).as("Manchu families belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind51Templates.XIBE).as("Xibe families belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind51Templates.HUI).as("Hui families belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(5);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the commonest surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王').count()).as("王 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '李').count());
        List<String> minority = Blind51Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{3}")).doesNotContainAnyElementsOf(chinese);
        for (String n : minority) {
            assertThat(TemplateChecks.syntheticValuesCanGenerate(n)).as("SyntheticValues writes " + n).isFalse();
            assertThat(Blind51Templates.hangul(n)).as(n).matches("\\p{IsHangul}{3}");
            assertThat(Blind51Templates.passportName(n)).as(n).matches("[A-Z][a-z]+ [A-Z][a-z]+");
        }
        assertThat(Blind51Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind51Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(Blind51Templates.PINYIN).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        assertThat(TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, minority,
                Blind51Templates.englishSurnames().toList(), Blind51Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind51Templates.nicknames(), Blind51Templates.hangulNames())
                .flatMap(List::stream).filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind51Templates.fullForms(), Blind51Templates.pinyinForms(),
                        Blind51Templates.passportNames()).flatMap(List::stream)
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case or order").isEmpty();
        // Only the surname characters are compared, so that no older pool name is printed here.
        Set<Character> olderSurnameChars = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) {
            for (String n : TemplateChecks.list(c, "CHINESE")) olderSurnameChars.add(n.charAt(0));
        }
        assertThat(RARE_SURNAMES.chars().mapToObj(c -> (char) c).filter(olderSurnameChars::contains))
                .as("rare surnames an older group already gave someone").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind51Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        assertThat(Blind51Templates.areaCodes()).as("codes of Shenyang, Anshan, Fushun, Benxi and Dandong only")
                .allMatch(a -> a.matches("210[1-6]\\d{2}")).doesNotHaveDuplicates();
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and Korean-Chinese names in every script,
     * nicknames, children abroad and foreign names in full, and English given and family names of three letters or
     * more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind51Templates.chineseNames().stream(), Blind51Templates.minorityNames().stream(),
                        Blind51Templates.hangulNames().stream(), Blind51Templates.passportNames().stream(),
                        Blind51Templates.nicknames().stream(), Blind51Templates.fullForms().stream(),
                        Blind51Templates.pinyinForms().stream(),
                        Blind51Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind51Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind51Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind51Templates.isPoolName(value)).as("name from the BLIND_51 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.length() == 17) {
                    assertThat(Blind51Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE);
                if (value.startsWith("CH")) {
                    assertThat(Blind51Templates.areaCodes()).as("LTC number on an area code: " + value)
                            .contains(value.substring(2, 8));
                }
            }
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

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
import static com.yilian.agents.deid.TemplateGenre.HL7;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the forty-ninth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role, credit
 * codes, film and health-check numbers and identifiers of elsewhere), every pool name turns up (Han names of Loudi,
 * Leiyang and Liupanshui, Yi names and personal names, Xiang and Guizhou nicknames, volunteers and researchers, pinyin
 * names), forms of address (老X, 小X, X师傅, X嫂子, X律师, X医生, X主任, X科长, X爹爹, X娭毑, X嬢嬢, X老师, X姐) label the surname
 * only and a given name used alone the given name, OCR'd names broken by a line break or blanks are one span, resident
 * identity numbers (also with a lower-case x, 6-8-4 by blanks or hyphens, a blank between every character, or read
 * aloud) carry a valid GB 11643 check character and a code of Loudi (also the old 娄底地区 codes), Leiyang or Liupanshui,
 * 15-digit numbers a valid birth date and a code of their time, bank cards a valid Luhn digit, the phone (also spoken,
 * on every landline area code), record, insurance, bank, address (also in English) and birth-date forms (Gregorian, year
 * and month, lunar with the year in figures, numerals or 干支, English, compact) the group promises do occur, a person
 * known as another's wife or child labels that other person, the decoys (credit codes, case, certificate, film, report,
 * health-check, acceptance, contract, pass and employee numbers, serials, plates, passports, hotlines, ILO grades, stages,
 * dust figures, lab values, amounts, law and standard articles, employers, mines, tunnels, facilities, kin words and
 * roles, dialect words, words beginning with a pool surname) stand in the text and are never labelled, the generator is
 * deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and
 * carry the surnames of the region. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind49TemplatesTest {
    private static final List<String> T = Blind49Templates.BLIND_49;
    private static final long SEED = Blind49Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}");
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of("[幺一][三五七八九]" + SPOKEN_DIGIT + "{9}",
            "[幺一][三五七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三五七八九]" + SPOKEN_DIGIT + " \\d{4} \\d{4}");
    private static final List<String> LANDLINE_AREAS = List.of("0738", "0734", "0858", "0731", "0851");
    private static final String AREAS7 = "(0738|0734|0858)", AREAS8 = "(0731|0851)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS7 + "\\)[2-8]\\d{6}",
            AREAS7 + " [2-8]\\d{2} \\d{4}", AREAS7 + "-[2-8]\\d{6}转\\d{3}", "\\+86 (738|734|858) [2-8]\\d{6}",
            AREAS7 + "-[2-8]\\d{6}", "\\(" + AREAS8 + "\\)[2-8]\\d{7}", AREAS8 + " [2-8]\\d{3} \\d{4}",
            AREAS8 + "-[2-8]\\d{7}转\\d{3}", "\\+86 (731|851) [2-8]\\d{7}", AREAS8 + "-[2-8]\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES).flatMap(List::stream)
            .toList();
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String MON = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}", "(19|20)\\d{2}年\\d{1,2}月", "(19|20)\\d{2}\\.\\d{2}");
    private static final List<String> LUNAR = List.of("农历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MON + " (19|20)\\d{2}",
            MONTH + " \\d{1,2}, (19|20)\\d{2}", "\\d{2}-" + MON.toUpperCase() + "-(19|20)\\d{2}");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, LUNAR, ENGLISH_DATES).flatMap(List::stream)
            .toList();
    private static final String YEARS = "(1[5-9]|2[0-5])";
    private static final String RECORD = "[12]\\d{7}|XLMZ" + YEARS + "-\\d{6}|ZYB-\\d{6}-\\d{4}|(LSJ|LY|XH|LPS)"
            + YEARS + "\\d{5}";
    private static final String INSURANCE = "[ABDEGHJ]\\d{8}|(43|52)\\d{8}|\\d{13}";
    private static final String PASSBOOK = "81\\d{15}";
    private static final String ADDRESS = "((湖南省)?(娄底市|衡阳市|长沙市)|(贵州省)?六盘水市)?"
            + "(冷水江市|涟源市|新化县|双峰县|娄星区|耒阳市|开福区|水城区|盘州市|六枝特区|钟山区)"
            + "\\S*?(组|号|室|村|社区|镇|街道|路|大道|街)";
    private static final String ENGLISH_ADDRESS = "((No\\. \\d+, )?Group \\d+, )?[A-Z][a-z']+ (Village|Community), "
            + "[A-Z][a-z]+ (Town|Subdistrict), [A-Z][a-z]+( County| District)?(, [A-Z][a-z]+, (Hunan|Guizhou))?";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("师傅", "嫂子", "律师", "医生", "主任", "科长", "爹爹", "娭毑",
            "嬢嬢", "老师", "姐");
    private static final String RARE_SURNAMES = Blind49Templates.RARE_SURNAMES;
    /** The commonest surnames of Loudi, Leiyang and Liupanshui. */
    private static final String COMMON_SURNAMES = "刘李陈王谢曾罗杨彭张";
    /** Codes created in 1999 or later, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("431302", "431321", "431322", "431381", "431382", "520204",
            "520281");
    /** The last older group this one was written against. */
    private static final int LAST_OLDER = 48;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind49TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "FS", "PG", "PK",
                "PO", "MG", "NM", "EG", "NY", "NH"));
        phi.put("IDV", EntityKind.ID_NUMBER);
        phi.put("MV", EntityKind.PHONE);
        phi.put("AE", EntityKind.ADDRESS);
        phi.put("DOBL", EntityKind.BIRTH_DATE);
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("DOBN", EntityKind.BIRTH_DATE);
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
                "NS", "MN", "MG", "NM", "E", "E2", "ES", "EG", "NY", "NH", "ID", "IDV", "M", "MV", "L", "R", "I", "B",
                "A", "A0", "AE", "DOB", "DOBL", "DOBE", "DOBN"));
        // About a seventh in English; the JSON exports with English keys and the mixed chats count as mostly Latin too.
        assertThat(T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count() * 7)
                .as("about a seventh in English").isBetween(T.size() - 20L, T.size() + 20L);
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(16L, 28L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 45, JSON, 5, OCR, 6, VOICE, 6, WECHAT, 8, SMS, 4, HL7, 2,
                EMAIL, 1));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("诊断|Diagnosis|diagnosis")).as("diagnosis papers").isGreaterThanOrEqualTo(15);
        assertThat(count("职业史|接触史|井下|工种")).as("occupational and exposure histories").isGreaterThanOrEqualTo(6);
        assertThat(count("ILO|片号|胸片|影像号|读片")).as("chest films and ILO grades").isGreaterThanOrEqualTo(8);
        assertThat(count("工伤|伤残|劳动能力|工亡")).as("work injury and disability").isGreaterThanOrEqualTo(10);
        assertThat(count("仲裁|[Aa]rbitration|律师")).as("labour arbitration").isGreaterThanOrEqualTo(12);
        assertThat(count("灌洗|lavage")).as("lung lavage").isGreaterThanOrEqualTo(8);
        assertThat(count("氧|[Oo]xygen|SpO2")).as("oxygen therapy").isGreaterThanOrEqualTo(10);
        assertThat(count("苯|铅|汞|听阈|[Ll]ead|Audiometry")).as("poisoning and hearing").isGreaterThanOrEqualTo(6);
        assertThat(count("救助|补助|抚恤|津贴|养老|[Pp]ension")).as("relief, pension and subsidies")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("村医|卫生院|[Vv]illage doctor")).as("village doctors and township health centres")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("堂客|老倌|爷老倌|冇|出不赢|霸蛮|啵|么子|晓得|讲|屋里|伢崽"))
                .as("Xiang speech").isGreaterThanOrEqualTo(15);
        assertThat(count("哪样|咋个|莫得|没得|要得|嬢嬢|里头")).as("southwestern Mandarin").isGreaterThanOrEqualTo(6);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind49Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind49TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("堂客", "老倌子", "爷老倌", "伢崽", "安全员", "人事专员", "村医", "仲裁员")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, title or role alone"));
        }
        String cardBody = "621799123456789";
        char wrong = (char) ('0' + (SyntheticValues.luhnDigit(cardBody) - '0' + 1) % 10);
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "431381650409123", "a 15-digit number on a code created in 1999"),
                reject(EntityKind.ID_NUMBER, "914304817680235419", "a unified social credit code"),
                reject(EntityKind.ID_NUMBER, "91431381MA4L7QX52N", "a unified social credit code"),
                reject(EntityKind.ID_NUMBER, "四三幺三八一一九六五零三零八一二三四", "a number read with both 幺 and 一"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0738-83123456", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "0731-8312345", "seven digits on an eight-digit code"),
                reject(EntityKind.PHONE, "拨打12333", "a hotline"),
                reject(EntityKind.BIRTH_DATE, "农历1963年腊月十一十", "no such lunar day"),
                reject(EntityKind.BIRTH_DATE, "农历癸卯月腊月初八", "no such lunar year"),
                reject(EntityKind.MEDICAL_RECORD, "DR20240318-0047", "a film number"),
                reject(EntityKind.MEDICAL_RECORD, "TJ2024-06183", "a health-check number"),
                reject(EntityKind.MEDICAL_RECORD, "ZYB-110101-0387", "an archive number on an area code of elsewhere"),
                reject(EntityKind.INSURANCE, "K123456789", "a letter and nine digits"),
                reject(EntityKind.INSURANCE, "1101011234567", "a co-operative certificate on a code of elsewhere"),
                reject(EntityKind.BANK_CARD, cardBody + wrong, "a card with a wrong Luhn digit"),
                reject(EntityKind.ADDRESS, "冷水江市锡星锑业有限公司", "an employer"),
                reject(EntityKind.ADDRESS, "Xikuangshan south mine", "a mine")));
        CheckRejections.checkRejections(T, "【冷水江人社】", SEED, PHI, Blind49TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("资冬秀")).isEqualTo("资");
        assertThat(PoolNameForms.addressedGivenName("资冬秀")).isEqualTo("冬秀");
        assertThat(PoolNameForms.addressedGivenName("龙腾")).isEqualTo("龙腾");
        assertThat(Blind49Templates.personalName("沙马拉格")).isEqualTo("拉格");
        assertThat(Blind49Templates.fullNameOf("拉格")).isNull();
        assertThat(Blind49Templates.isPoolName("拉格")).isTrue();
        assertThat(Blind49Templates.fullNameOf("KUANG^SHUIQING")).isEqualTo("Kuang Shuiqing");
        assertThat(Blind49Templates.fullNameOf("Shuiqing Kuang")).isEqualTo("Kuang Shuiqing");
        assertThat(Blind49Templates.ganzhi(1963)).isEqualTo("癸卯");
        assertThat(Blind49Templates.ganzhi(1984)).isEqualTo("甲子");
        // The Yi worker's personal name (MG) is the record's Yi worker (MN).
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("MG") || !slots.contains("MN")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    String mn = values.get(k + slots.indexOf("MN"));
                    assertThat(mn).as(r.text()).endsWith(values.get(k + slots.indexOf("MG")));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind49Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotEndWith("医生").doesNotEndWith("师傅")
                            .doesNotEndWith("律师").doesNotEndWith("科长").doesNotEndWith("嫂子").doesNotEndWith("爹爹")
                            .doesNotEndWith("娭毑").doesNotEndWith("嬢嬢").doesNotEndWith("老师")
                            .doesNotStartWith("老倌子").doesNotStartWith("堂客").doesNotStartWith("村医")
                            .doesNotStartWith("安全员").doesNotEndWith("之子").doesNotEndWith("之女").doesNotEndWith("之妻")
                            .doesNotEndWith("的崽").doesNotEndWith("的堂客");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X师傅, X律师, X医生 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind49Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind49Templates.isScannedName("资\n冬秀")).isTrue();
        assertThat(Blind49Templates.isScannedName("资 冬 秀")).isTrue();
        assertThat(Blind49Templates.isScannedName("资冬秀")).isFalse();
        assertThat(Blind49Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aPersonKnownAsAnothersWifeOrChildLabelsTheOther() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS,
                List.of("之妻", "之子", "之女", "的崽", "的堂客"))).isGreaterThan(100);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        Map<String, Integer> n = new HashMap<>();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.BANK_CARD) {
                    checkBank(v);
                    n.merge(v.matches(PASSBOOK) ? "passbook" : "card" + v.replaceAll("\\D", "").length(), 1,
                            Integer::sum);
                }
                if (s.kind() != EntityKind.ID_NUMBER) continue;
                checkIdentity(v);
                String id = spoken(v) ? fromSpoken(v) : v.replaceAll("[- ]", "").replace('x', 'X');
                if (id.startsWith("4313")) n.merge("Loudi", 1, Integer::sum);
                if (id.startsWith("4325")) n.merge("Loudi before 1999", 1, Integer::sum);
                if (id.startsWith("4325") && id.length() == 18) n.merge("18 on an old Loudi code", 1, Integer::sum);
                if (id.startsWith("430481")) n.merge("Leiyang", 1, Integer::sum);
                if (id.startsWith("5202")) n.merge("Liupanshui", 1, Integer::sum);
                String form = spoken(v) ? (v.contains("幺") ? "spoken 幺" : "spoken 一")
                        : v.length() == 15 ? "15 digits"
                        : v.matches("\\d{17}[\\dX]") ? "plain"
                        : v.endsWith("x") ? "lower-case x"
                        : v.matches("\\d{6} \\d{8} \\d{3}[\\dX]") ? "6-8-4 blanks"
                        : v.matches("\\d{6}-\\d{8}-\\d{3}[\\dX]") ? "6-8-4 hyphens" : "boxed";
                n.merge(form, 1, Integer::sum);
                if (spoken(v) && v.matches(".*[叉X]")) n.merge("spoken " + v.charAt(v.length() - 1), 1, Integer::sum);
                if (spoken(v) && v.contains(" ")) n.merge("spoken in groups", 1, Integer::sum);
            }
        }
        for (String form : List.of("plain", "6-8-4 blanks", "6-8-4 hyphens", "boxed", "15 digits", "spoken 幺",
                "spoken 一")) {
            assertThat(n.getOrDefault(form, 0)).as("identity numbers " + form).isGreaterThan(20);
        }
        for (String form : List.of("lower-case x", "spoken 叉", "spoken X", "spoken in groups", "passbook", "card16",
                "card19", "18 on an old Loudi code")) {
            assertThat(n.getOrDefault(form, 0)).as(form).isGreaterThan(3);
        }
        assertThat(n.getOrDefault("Loudi", 0)).as("issued in Loudi").isGreaterThan(100);
        assertThat(n.getOrDefault("Loudi before 1999", 0)).as("issued in 娄底地区").isGreaterThan(60);
        assertThat(n.getOrDefault("Leiyang", 0)).as("issued in Leiyang").isGreaterThan(20);
        assertThat(n.getOrDefault("Liupanshui", 0)).as("issued in Liupanshui").isGreaterThan(100);
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*"), phones);
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("[12]\\d{7}", "XLMZ.*", "ZYB-4313.*",
                "ZYB-4325.*", "ZYB-430481.*", "ZYB-5202.*", "LSJ.*", "LY\\d.*", "XH.*", "LPS.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("[A-Z]\\d{8}", "43\\d{8}", "52\\d{8}",
                "4313\\d{9}", "4325\\d{9}", "5202\\d{9}"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("bank form", List.of(PASSBOOK, "\\d{16}", "\\d{19}", "(\\d{4} ){3}\\d{4}",
                "(\\d{4} ){4}\\d{3}", "(\\d{4}-){3}\\d{4}", "(\\d{4}-){4}\\d{3}"), values.get(EntityKind.BANK_CARD));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+组", ".*组\\d+号", ".*栋\\d单元\\d+室",
                ".*镇", ".*街道", ".*村", ".*社区\\d+组", ".*(路|大道|街)", ".*(路|大道|街)\\d+号", "湖南省.*", "贵州省.*",
                "娄底市.*", "衡阳市.*", "六盘水市.*", "长沙市.*", "冷水江市.*", "新化县.*", "耒阳市.*", "水城区.*",
                "盘州市.*", ".*锡矿山街道.*", "Group \\d+, .*, (Hunan|Guizhou)", "No\\. .*",
                "[A-Z][a-z]+ Village, [A-Za-z]+ Town, [A-Za-z ]+", ".*Community.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Employers' unified social credit codes, case, certificate, film, report and other numbers.
                "91431381MA4L7QX52N", "914304817680235419", "91520201MA6DL0X47K", "91431382MA4PXK2Y7C",
                "湘麓职诊〔2024〕第0219号", "湘麓职诊〔2023〕第1187号", "冷人社工认字〔2023〕第0387号", "娄劳鉴〔2023〕第112号",
                "娄劳人仲案字〔2023〕第187号", "耒劳人仲案〔2024〕56号", "六盘水劳人仲案字〔2022〕第41号", "冷劳人仲裁字〔2024〕第9号",
                "Lou Lao Ren Zhong An Zi (2023) No. 187", "No. 41 (2022)", "DR20240318-0047", "X23-08871",
                "CT2403180112", "TJ2024-06183", "GS-2024-0318", "QY-2024-0387", "PH-0617", "LS-03187",
                "YU7F5-2107-3318", "湘K·5D218", "贵B·73Q15", "PA3318807", "拨打12333",
                // ILO grades, stages, standards and law articles.
                "2/2 q/r", "3/3 r/r ax", "2/1 q/q", "1/0 p/p", "矽肺贰期", "煤工尘肺叁期", "GBZ 70-2015",
                "《职业病防治法》第四十八条", "《工伤保险条例》第十四条",
                // Dust, lab and hearing figures, amounts.
                "18.6mg/m³", "5.2mg/m³", "41.3%", "SpO2 86%", "2.1μmol/L", "58μg/g肌酐", "46dB HL",
                "WBC 2.9×10^9/L", "18000ml", "¥1,027,380.00", "¥386,500.00", "¥38,216.50",
                // Facilities, employers, mines and tunnels alone.
                "湘麓医科大学附属第三医院", "湘麓职防所", "冷水江市锡星锑业有限公司", "涟源市斗笠山煤业有限责任公司",
                "六盘水市汪家寨矿业有限公司", "盘州市火铺矿业有限公司", "锡矿山南矿", "渣渡煤矿", "导子煤矿", "雪峰山隧道",
                "导子镇卫生院", "米箩镇卫生院", "渣渡镇卫生院", "Xikuangshan south mine", "Yangmei'ao Tunnel",
                "Panzhou Huopu Mining Co.",
                // Kin words, roles and dialect words.
                "堂客", "老倌子", "爷老倌", "伢崽", "冇得", "出不赢", "霸蛮", "要得", "哪样", "咋个", "莫得", "安全员", "人事专员",
                "村医", "仲裁员",
                // Words beginning with one of the pool's surnames.
                "石英", "雷管", "曾经", "谢谢", "周围", "陈旧性", "龙门阵", "金属"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind49TemplatesTest::checkValue, checkedNames(), Blind49Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind49Templates.chineseNames());
        assertThat(values).as("every Yi name is drawn").containsAll(Blind49Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind49Templates.nicknames());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind49Templates.fullForms());
        assertThat(fullNames).as("every pinyin name is drawn").containsAll(Blind49Templates.pinyinNames());
        assertThat(values).as("every pinyin form is written").containsAll(Blind49Templates.pinyinForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind49Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind49Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind49Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("Yi personal names used alone (MG)").anyMatch(v -> v.length() == 2
                && Blind49Templates.minorityNames().stream().anyMatch(n -> n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS, NS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind49Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind49Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind49Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry three fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 3L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '刘').count()).as("刘 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '李').count());
        List<String> minority = Blind49Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{4}"));
        assertThat(minority.stream().map(Blind49Templates::personalName).distinct().count())
                .as("personal names tell the Yi workers apart").isEqualTo(minority.size());
        assertThat(Blind49Templates.nicknames()).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind49Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(Blind49Templates.PINYIN).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        assertThat(TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, minority,
                Blind49Templates.englishSurnames().toList(), Blind49Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind49Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderUndotted = new HashSet<>();
        for (String s : olderStrings) olderUndotted.add(s.replaceAll("[·•・ ]", ""));
        assertThat(minority).as("Yi names an older group has, with or without a dot").noneMatch(olderUndotted::contains);
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
        assertThat(Stream.concat(Blind49Templates.fullForms().stream(), Blind49Templates.pinyinForms().stream())
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case or order").isEmpty();
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
        // Only the surname is reported, so that a failure does not show this group the older groups' names.
        assertThat(olderHan.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).map(n -> n.substring(0, 1))
                .distinct()).as("rare surnames an older group already gave someone").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind49Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind49Templates.areaCodes();
        assertThat(areas).as("codes of Loudi (also 娄底地区), Leiyang and Liupanshui only")
                .allMatch(a -> a.matches("4313\\d{2}|4325\\d{2}|430481|5202\\d{2}")).doesNotHaveDuplicates();
        assertThat(Blind49Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and Yi names, nicknames, the foreign
     * names in full, English given and family names of three letters or more, and the pinyin names in every form.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind49Templates.chineseNames().stream(), Blind49Templates.minorityNames().stream(),
                        Blind49Templates.nicknames().stream(), Blind49Templates.fullForms().stream(),
                        Blind49Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind49Templates.englishGivenNames().filter(s -> s.length() >= 3),
                        Blind49Templates.pinyinForms().stream())
                .flatMap(s -> s).distinct().toList();
    }

    private static boolean spoken(String v) {
        return v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String fromSpoken(String v) {
        StringBuilder b = new StringBuilder();
        for (char c : v.replace(" ", "").toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            b.append(c == '幺' ? '1' : c == '叉' || c == 'X' ? 'X' : (char) ('0' + d));
        }
        return b.toString();
    }

    private static void checkIdentity(String v) {
        if (spoken(v)) {
            String d = "[幺一零二三四五六七八九]";
            assertThat(v).as("an ID read aloud").matches(d + "{17}(" + d + "|叉|X)|" + d + "{6} " + d + "{8} " + d
                    + "{3}(" + d + "|叉|X)");
            assertThat(v.contains("幺") && v.contains("一")).as("the one read one way: " + v).isFalse();
            String id = fromSpoken(v);
            TemplateChecks.checkResidentId(v, id);
            assertThat(Blind49Templates.areaCodes()).as(v).contains(id.substring(0, 6));
            return;
        }
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]"
                + "|(\\d ){17}[\\dX]", Blind49Templates.areaCodes());
        if (v.length() == 15) {
            assertThat(Blind49Templates.legacyAreaCodes()).as("15-digit number on a code of its time: " + v)
                    .contains(v.substring(0, 6));
        }
    }

    private static void checkBank(String v) {
        if (v.matches(PASSBOOK)) return;
        TemplateChecks.checkCardInFours(v);
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind49Templates.isPoolName(value)).as("name from the BLIND_49 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> {
                assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
                assertThat(value.contains("幺") && value.contains("一")).as("the one said one way: " + value).isFalse();
            }
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.startsWith("ZYB")) {
                    assertThat(Blind49Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(4, 10));
                }
            }
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE);
                if (value.length() == 13) {
                    assertThat(Blind49Templates.areaCodes()).as("certificate on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case BANK_CARD -> checkBank(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value.matches(ADDRESS) && !value.contains(" ") || value.matches(ENGLISH_ADDRESS))
                    .as("address " + value).isTrue();
        }
    }
}

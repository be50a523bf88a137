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
 * Well-formedness of the fifty-second blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role, embryo
 * and cycle codes and identifiers of elsewhere), every pool name turns up (Sichuan and Chongqing Han names, Tujia
 * families, Yi and Tibetan names in characters, used alone and in Latin letters, Sichuan nicknames, returnees in
 * pinyin, foreign spouses and experts), forms of address (老X, 小X, X医生, X老师, X主任, X教授, X护士长, X孃孃, X姐, X哥, X先生, X女士)
 * label the surname only and a given name used alone (the wife's, the husband's) the given name, the Yi and Tibetan
 * forms are the record's own woman, OCR'd names broken by a line break or blanks are one span, resident identity
 * numbers (also with a lower-case x or 6-8-4 by blanks) carry a valid GB 11643 check character and a code of Chengdu,
 * Chongqing, Mianyang, Nanchong, Ganzi or Liangshan, 15-digit numbers a valid birth date, bank cards a valid Luhn
 * digit, the phone (spoken, abroad, on 028 and 023 with and without the code, on 0816, 0817 and 0834), record,
 * insurance, address and birth-date forms (adults', grandparents' lunar, newborns', English) the group promises do
 * occur, a newborn known by the mother's name labels the mother, the decoys (lab values, embryo grades, amounts, cycle,
 * embryo, sperm, donor, sample, card, lot, pedigree and certificate numbers, passports, permits, plates, WeChat IDs,
 * extensions, organisations, kin words and roles, dialect words, words beginning with a pool surname) stand in the text
 * and are never labelled, the generator is deterministic by seed, no pool name stands anywhere in the text outside a
 * labelled span, and the pools are new and carry the surnames of the region. Failure messages about older groups name
 * only this group's entries by their place in its lists. No de-identifier is run here: the group stays blind until it
 * is measured once.
 */
class Blind52TemplatesTest {
    private static final List<String> T = Blind52Templates.BLIND_52;
    private static final long SEED = Blind52Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}", "\\+86 1[35789]\\d \\d{4} \\d{4}");
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三五七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> ABROAD = List.of("\\+1 \\((626|917|647)\\) [2-9]\\d{2}-\\d{4}",
            "\\+44 7\\d{3} \\d{6}", "\\+61 4\\d{2} \\d{3} \\d{3}", "\\+65 [89]\\d{3} \\d{4}", "\\+49 15[1-9] \\d{8}");
    private static final String CD = "[68]\\d{7}", CQ = "[468]\\d{7}", SEVEN = "(0816|0817|0834)";
    private static final List<String> LANDLINES = List.of("\\(028\\)" + CD, "028 [68]\\d{3} \\d{4}", "\\+86 28 " + CD,
            "028-" + CD, "\\(023\\)" + CQ, "023 [468]\\d{3} \\d{4}", "\\+86 23 " + CQ, "023-" + CQ, CQ,
            "\\(" + SEVEN + "\\)[23]\\d{6}", SEVEN + " [23]\\d{6}", SEVEN + "-[23]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, ABROAD, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String MON = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final String ADULT = "(19\\d{2}|2000)", NEWBORN = "202[345]";
    private static final List<String> GREGORIAN = List.of(ADULT + "年\\d{1,2}月\\d{1,2}日", ADULT + "-\\d{2}-\\d{2}",
            ADULT + "\\.\\d{1,2}\\.\\d{1,2}", ADULT + "\\d{4}", ADULT + "/\\d{1,2}/\\d{1,2}",
            "(一九[〇一二三四五六七八九]{2}|二〇〇〇)年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号");
    private static final List<String> NEWBORN_DATES = List.of(NEWBORN + "年\\d{1,2}月\\d{1,2}日",
            NEWBORN + "-\\d{2}-\\d{2}", NEWBORN + "\\.\\d{1,2}\\.\\d{1,2}", NEWBORN + "\\d{4}");
    private static final List<String> LUNAR = List.of("农历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " " + ADULT,
            MON + " \\d{1,2}, " + ADULT, "\\d{2} " + MON + " " + ADULT, "\\d{1,2} " + MONTH + " " + NEWBORN,
            MON + " \\d{1,2}, " + NEWBORN);
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, NEWBORN_DATES, LUNAR, ENGLISH_DATES)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[5-9]|2[0-5])";
    private static final String RECORD = "Z(1[89]|2[0-5])\\d{6}|SDM\\d{8}|SZ" + YEARS + "-\\d{5}"
            + "|\\d{6}-20(19|2[0-5])-\\d{5}|H[AB]5[01]-\\d{5}";
    private static final String AREA4 = "(5101|5001|5002|5107|5113|5133|5134)";
    private static final String INSURANCE = "[A-HJ-NP-Z]\\d{8}|" + AREA4 + "\\d{8}";
    private static final String DISTRICTS = "(武侯区|锦江区|青羊区|金牛区|成华区|双流区|郫都区|龙泉驿区|渝中区|沙坪坝区|江北区|渝北区"
            + "|黔江区|涪城区|游仙区|顺庆区|高坪区|西昌市|康定市|昭觉县|美姑县|喜德县|理塘县|酉阳土家族苗族自治县|石柱土家族自治县"
            + "|秀山土家族苗族自治县|彭水苗族土家族自治县|三台县|西充县)";
    private static final String ADDRESS = "(四川省)?(成都市|重庆市|绵阳市|南充市|凉山彝族自治州|甘孜藏族自治州|凉山州|甘孜州)?"
            + DISTRICTS + "\\S*?(街道|路|街|段|道|号|室|组|村|镇|乡|\\d+-\\d|单元\\d{3,4})";
    private static final String ENGLISH_ADDRESS = "(Flat \\d{3,4}, Unit \\d, Building \\d{1,2}, No\\. \\d+ |\\d+ )"
            + "[A-Z][A-Za-z0-9 ]+(, Apt \\d+-\\d)?, [A-Z][a-z]+( District)?, (Chengdu|Chongqing|Mianyang|Liangshan)";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("医生", "老师", "主任", "教授", "护士长", "孃孃", "姐", "哥", "先生",
            "女士");
    private static final String RARE_SURNAMES = Blind52Templates.RARE_SURNAMES;
    /** The commonest surnames of Sichuan and Chongqing. */
    private static final String COMMON_SURNAMES = "李王张刘陈杨黄周吴罗";
    /** The last older group this one was written against (the two groups written alongside it are left out). */
    private static final int LAST_OLDER = 51;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind52TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "FS", "PG", "FG",
                "PK", "PO", "MG", "MY", "NM", "TN", "TG", "TY", "NT", "NY", "EG"));
        for (String d : List.of("DOBL", "DOBE", "NB", "NBE")) phi.put(d, EntityKind.BIRTH_DATE);
        for (String p : List.of("MV", "MX")) phi.put(p, EntityKind.PHONE);
        for (String r : List.of("RZ", "RM", "RC", "RH", "RX")) phi.put(r, EntityKind.MEDICAL_RECORD);
        phi.put("IP", EntityKind.INSURANCE);
        phi.put("AE", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PG", "FG", "PK", "PO",
                "N", "NS", "MN", "NM", "NY", "E", "ES", "EG", "ID", "M", "MV", "MX", "L", "RM", "RC", "RX", "I", "B",
                "A", "A0", "AE", "DOB", "DOBE", "NB"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("MG", "MY", "TN", "TG", "NT", "RZ", "RH", "IP", "DOBL",
                "NBE"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("E2", "TY"));
        assertThat(T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count() * 7)
                .as("about a seventh in English").isBetween(T.size() - 20L, T.size() + 20L);
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(15L, 30L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T, List.of("MN", "TN"));
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 50, JSON, 5, OCR, 8, VOICE, 8, WECHAT, 12, SMS, 5,
                EMAIL, 3, TABLES, 10));
        assertThat(count("\\|.*\\|.*\\|")).as("pipe and markdown tables").isGreaterThanOrEqualTo(5);
        assertThat(count("女方|男方|夫妻|夫妇|Couple|husband|Husband")).as("couples").isGreaterThanOrEqualTo(35);
        assertThat(count("取卵|移植|胚胎|囊胚|ICSI|IVF|[Ee]mbryo|Oocyte")).as("IVF and ICSI cycles")
                .isGreaterThanOrEqualTo(20);
        assertThat(count("同意|[Cc]onsent")).as("consent signed by both spouses").isGreaterThanOrEqualTo(7);
        assertThat(count("NIPT|羊水|羊穿|羊膜|[Aa]mnio|产前诊断|唐")).as("prenatal screening and diagnosis")
                .isGreaterThanOrEqualTo(10);
        assertThat(count("地贫|地中海|[Tt]halass")).as("thalassaemia carrier tests").isGreaterThanOrEqualTo(6);
        assertThat(count("家系|[Pp]edigree|三代")).as("pedigrees").isGreaterThanOrEqualTo(5);
        assertThat(count("足跟血|新筛|新生儿疾病筛查|[Hh]eel")).as("newborn screening").isGreaterThanOrEqualTo(7);
        assertThat(count("血友病|因子|[Hh]aemophilia|罕见病")).as("haemophilia and rare diseases").isGreaterThanOrEqualTo(7);
        assertThat(count("出生医学证明|[Bb]irth certificate")).as("birth certificates").isGreaterThanOrEqualTo(5);
        assertThat(count("彝族|昭觉|凉山|Yi family")).as("Yi families").isGreaterThanOrEqualTo(4);
        assertThat(count("藏族|甘孜|理塘|Ganzi")).as("Tibetan families").isGreaterThanOrEqualTo(3);
        assertThat(count("土家族|酉阳|秀山")).as("Tujia families").isGreaterThanOrEqualTo(3);
        assertThat(count("啥子|要得|巴适|龙门阵|莫得|晓得|嗦|一哈|老汉儿|孃孃|娃儿|屋头")).as("Sichuan and Chongqing speech")
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind52Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind52TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        String first17 = "51010719910308123";
        char check = Checksums.residentIdCheck(first17);
        char wrong = check == '0' ? '1' : '0';
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("老公", "老婆", "婆婆", "老汉儿", "孃孃", "幺儿", "胚胎师", "女方", "男方", "供精者")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, first17 + wrong, "a wrong check character"),
                reject(EntityKind.ID_NUMBER, "510107650230123", "a 15-digit number born on 30 February"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0816-22512345", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "028-5551234", "seven digits on 028"),
                reject(EntityKind.BIRTH_DATE, "农历1948年腊月初十一", "no such lunar day"),
                reject(EntityKind.BIRTH_DATE, "2019年05月20日", "a marriage registration date"),
                reject(EntityKind.MEDICAL_RECORD, "EM240517-03", "an embryo code"),
                reject(EntityKind.MEDICAL_RECORD, "C2024-1187", "a cycle number"),
                reject(EntityKind.MEDICAL_RECORD, "110101-2024-01873", "a handbook number of elsewhere"),
                reject(EntityKind.INSURANCE, "110112345678", "a personal number of elsewhere"),
                reject(EntityKind.BANK_CARD, "6217001234567890", "a card without a valid Luhn digit"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address outside the region")));
        assertThat(Checksums.luhn("6217001234567890")).as("the rejected card fails Luhn").isFalse();
        CheckRejections.checkRejections(T, "取精室登记", 3, SEED, PHI, Blind52TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("敬明川")).isEqualTo("敬");
        assertThat(PoolNameForms.addressedGivenName("敬明川")).isEqualTo("明川");
        assertThat(PoolNameForms.addressedGivenName("母婷")).isEqualTo("母婷");
        assertThat(Blind52Templates.nameAlone("吉克沙呷")).isEqualTo("沙呷");
        assertThat(Blind52Templates.latinName("吉克沙呷")).isEqualTo("Jike Shaga");
        assertThat(Blind52Templates.fullNameOf("Jike Shaga")).isEqualTo("吉克沙呷");
        assertThat(Blind52Templates.fullNameOf("沙呷")).isNull();
        assertThat(Blind52Templates.isPoolName("沙呷")).isTrue();
        assertThat(Blind52Templates.fullNameOf("明川")).isNull();
        assertThat(Blind52Templates.isPoolName("明川")).isTrue();
        assertThat(Blind52Templates.isPoolName("敬")).isTrue();
        // The husband's given name (FG) is the F of the record; the Yi forms (MG, MY) are the record's Yi woman (MN),
        // the Tibetan forms (TG, TY) the record's Tibetan woman (TN).
        int husbands = 0, yi = 0, tibetan = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            boolean fg = slots.contains("F") && slots.contains("FG");
            boolean mn = slots.contains("MN") && (slots.contains("MG") || slots.contains("MY"));
            boolean tn = slots.contains("TN") && (slots.contains("TG") || slots.contains("TY"));
            boolean tibetanAlone = !slots.contains("TN") && (slots.contains("TG") || slots.contains("TY"));
            if (!fg && !mn && !tn && !tibetanAlone) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    if (fg) {
                        String f = values.get(k + slots.indexOf("F"));
                        assertThat(values.get(k + slots.indexOf("FG"))).as(r.text())
                                .isEqualTo(PoolNameForms.addressedGivenName(f));
                        husbands++;
                    }
                    if (mn) {
                        String w = values.get(k + slots.indexOf("MN"));
                        if (slots.contains("MG")) {
                            assertThat(values.get(k + slots.indexOf("MG"))).as(r.text())
                                    .isEqualTo(Blind52Templates.nameAlone(w));
                        }
                        if (slots.contains("MY")) {
                            assertThat(values.get(k + slots.indexOf("MY"))).as(r.text())
                                    .isEqualTo(Blind52Templates.latinName(w));
                        }
                        yi++;
                    }
                    if (tn) {
                        String w = values.get(k + slots.indexOf("TN"));
                        if (slots.contains("TG")) {
                            assertThat(values.get(k + slots.indexOf("TG"))).as(r.text())
                                    .isEqualTo(Blind52Templates.nameAlone(w));
                        }
                        if (slots.contains("TY")) {
                            assertThat(values.get(k + slots.indexOf("TY"))).as(r.text())
                                    .isEqualTo(Blind52Templates.latinName(w));
                        }
                        tibetan++;
                    }
                    if (tibetanAlone) {
                        String ty = values.get(k + slots.indexOf("TY"));
                        assertThat(Blind52Templates.tibetanWomen()).as(r.text())
                                .contains(Blind52Templates.fullNameOf(ty));
                        tibetan++;
                    }
                }
            }
        }
        assertThat(husbands).as("husbands' given names").isGreaterThan(50);
        assertThat(yi).as("Yi forms").isGreaterThan(50);
        assertThat(tibetan).as("Tibetan forms").isGreaterThan(50);
        for (String w : Blind52Templates.yiWomen()) {
            assertThat(Blind52Templates.tibetanWomen()).contains(Blind52Templates.tibetanOf(w));
        }
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind52Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Nurse ")
                            .doesNotEndWith("医生").doesNotEndWith("老师").doesNotEndWith("主任").doesNotEndWith("孃孃")
                            .doesNotEndWith("先生").doesNotEndWith("女士").doesNotStartWith("护士")
                            .doesNotStartWith("胚胎师").doesNotEndWith("之子").doesNotEndWith("之女")
                            .doesNotEndWith("宝宝");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X医生, X孃孃, X先生 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind52Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind52Templates.isScannedName("敬\n明川")).isTrue();
        assertThat(Blind52Templates.isScannedName("敬 明 川")).isTrue();
        assertThat(Blind52Templates.isScannedName("敬明川")).isFalse();
        assertThat(Blind52Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aNewbornKnownByTheMothersNameLabelsTheMother() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女", "宝宝")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, 2500);
        Set<String> ids = values.get(EntityKind.ID_NUMBER);
        ids.forEach(Blind52TemplatesTest::checkIdentity);
        assertThat(ids.stream().filter(v -> v.matches("\\d{17}[\\dX]")).count()).as("plain").isGreaterThan(250);
        assertThat(ids.stream().filter(v -> v.matches("\\d{17}x")).count()).as("lower-case x").isPositive();
        assertThat(ids.stream().filter(v -> v.matches("\\d{6} \\d{8} \\d{3}[\\dX]")).count()).as("6-8-4 by blanks")
                .isGreaterThan(40);
        assertThat(ids.stream().filter(v -> v.matches("\\d{15}")).count()).as("15 digits").isGreaterThan(20);
        for (String area : List.of("5101", "5001", "5002", "5107", "5113", "5133", "5134")) {
            assertThat(ids.stream().filter(v -> v.startsWith(area)).count()).as("issued in " + area).isGreaterThan(15);
        }
        Set<String> cards = values.get(EntityKind.BANK_CARD);
        cards.forEach(TemplateChecks::checkCardInFours);
        TemplateChecks.checkEveryFormOccurs("bank card form", List.of("\\d{16}", "\\d{19}", "(\\d{4} ){3}\\d{4}",
                "(\\d{4} ){4}\\d{3}", "(\\d{4}-){3}\\d{4}", "(\\d{4}-){4}\\d{3}"), cards);
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way")
                .noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("phone area", List.of(".*028.*", ".*023.*", "\\+86 28 .*", "\\+86 23 .*",
                "\\(?0816\\D.*", "\\(?0817\\D.*", "\\(?0834\\D.*", "[68]\\d{7}", "4\\d{7}", "\\+1 .*", "\\+44 .*",
                "\\+61 .*", "\\+65 .*", "\\+49 .*"), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("Z\\d{8}", "SDM.*", "SZ.*", "5101\\d{2}-.*",
                "500\\d{3}-.*", "HA.*", "HB.*"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("[A-Z]\\d{8}", "\\d{12}"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*栋\\d+单元\\d+楼\\d号", ".*幢\\d单元\\d0\\d室",
                ".*附\\d号\\d+-\\d", ".*[苑区园]\\d+栋\\d单元\\d{3,4}", ".*村\\d+组", ".*村\\d+组\\d+号", ".*街道",
                ".*(路|街|段|道)", ".*(路|街|段|道)\\d+号", ".*[镇乡]", ".*村", "四川省.*", "重庆市.*", "成都市.*",
                "凉山州.*", "四川省凉山彝族自治州.*", "甘孜.*", "绵阳市.*", "南充市.*", "武侯区.*", ".*土家族.*自治县.*",
                "Flat .*", "\\d+ .*, Apt .*", ".*, Chongqing", ".*, Chengdu"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values, embryo grades, stimulation, doses and scores.
                "Gn 225IU×10天", "E2 2865pg/ml", "获卵12枚", "MII 10枚", "4AB", "8C-I", "内膜9.8mm", "E2 1874pg/ml",
                "Hct 46%", "42×10^6/ml", "血hCG 1286mIU/ml", "NT 1.8mm", "Z-score(21) 0.8", "HbA2 5.8%", "MCV 68fL",
                "--SEA/αα", "-α3.7/αα", "22q11.2", "1/180", "FVIII:C <1%", "GJB2 c.235delC", "186μmol/L",
                "TSH 48mIU/L", "250IU×20支", "AMH 1.2 ng/ml", "孕12+3周", "12.5μg qd",
                // Amounts.
                "1200元", "3,862.40元", "2,150.00元", "18,640.00元",
                // Certificate, cycle, embryo, sperm, donor, sample, card, lot, pedigree and document numbers; dates
                // that are no birth dates; passports, permits, plates, WeChat IDs and extensions.
                "J510107-2019-004381", "J500103-2016-001275", "J510104-2018-002317", "L510106-2017-000812",
                "J510106-2021-003304", "2019年05月20日", "C2024-1187", "EM240517-03", "EM240517-05", "EM240602-02",
                "FS-2403-117", "SCSB-2023-0419", "NIPT24-0831576", "NIPT24-0902214", "TH-0412", "TH24-00917",
                "XS24-118073", "XS24-120541", "20240315A", "PED-2024-0377", "R510347821", "R510366105", "R510347901",
                "541239877", "CDX2024117305", "534871269", "P4417823", "567120984", "川A·7K2Q9", "shudu_ivf_nurse07",
                "转2217", "B2层",
                // Organisations and places alone.
                "蜀都妇儿", "四川省人类精子库", "四川省产前诊断中心", "绵阳市涪城区妇幼保健院", "南充市顺庆区妇幼保健院",
                "南充市高坪区妇幼保健院", "绵阳市游仙区妇幼保健院", "中国建设银行成都玉林支行", "Shudu Women's and Children's Hospital",
                // Kin words, roles and dialect words.
                "老公", "老婆", "婆婆", "老汉儿", "孃孃", "幺儿", "娃娃", "女方", "男方", "胚胎师", "遗传咨询师", "姐妹们",
                "啥子", "要得", "巴适", "摆哈龙门阵", "莫得", "晓得", "嗦", "一哈",
                // Words beginning with one of the pool's surnames.
                "周期", "黄体", "谢谢", "母亲", "鲜红色", "敬请", "曾经"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind52TemplatesTest::checkValue, checkedNames(), Blind52Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind52Templates.chineseNames());
        assertThat(values).as("every Yi and Tibetan name is drawn").containsAll(Blind52Templates.minorityNames());
        for (String w : Stream.concat(Blind52Templates.yiWomen().stream(), Blind52Templates.tibetanWomen().stream())
                .toList()) {
            assertThat(values).as("used alone: " + w).contains(Blind52Templates.nameAlone(w));
            assertThat(values).as("in Latin letters: " + w).contains(Blind52Templates.latinName(w));
        }
        assertThat(values).as("every nickname is drawn").containsAll(Blind52Templates.nicknames());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind52Templates.fullForms());
        for (String entry : Blind52Templates.PINYIN) {
            assertThat(values).as("returnee " + entry).anyMatch(v -> OlderGroups.latinKey(v)
                    .equals(OlderGroups.latinKey(PoolNameForms.family(entry) + " " + PoolNameForms.given(entry)))
                    || OlderGroups.latinKey(v).equals(OlderGroups.latinKey(
                    PoolNameForms.given(entry) + " " + PoolNameForms.family(entry))));
        }
        assertThat(values).as("returnees in every written order")
                .anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind52Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind52Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG, FG)").anyMatch(v -> v.length() >= 2
                && Blind52Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, NS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind52Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind52Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind52Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind52Templates.TUJIA).as("Tujia families belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(10).allMatch(n -> "田向彭覃冉谭".indexOf(n.charAt(0)) >= 0);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the commonest surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        for (String s : List.of("李", "王", "张", "刘", "陈")) {
            assertThat(chinese.stream().filter(n -> n.startsWith(s)).count()).as("many named " + s)
                    .isGreaterThanOrEqualTo(10);
        }
        List<String> minority = Blind52Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{4}")).doesNotContainAnyElementsOf(chinese);
        for (String n : minority) {
            assertThat(TemplateChecks.syntheticValuesCanGenerate(n)).as("SyntheticValues writes " + n).isFalse();
            assertThat(n).as(n).endsWith(Blind52Templates.nameAlone(n));
            assertThat(Blind52Templates.latinName(n)).as(n).matches("[A-Z][a-z]+ [A-Z][a-z]+");
        }
        assertThat(Blind52Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind52Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(Blind52Templates.PINYIN).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        // Only this group's entries are named, by their place in its lists, so that no older pool name is printed.
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> english = Blind52Templates.ENGLISH;
        List<String> clashes = TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, minority,
                Blind52Templates.englishSurnames().toList(), Blind52Templates.englishGivenNames().toList());
        assertThat(clashes.stream().map(c -> placeOf(c.substring(c.indexOf(": ") + 2))).toList())
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind52Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains).map(Blind52TemplatesTest::placeOf))
                .as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind52Templates.fullForms(), Blind52Templates.pinyinForms(),
                        Blind52Templates.latinForms()).flatMap(List::stream)
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))).map(Blind52TemplatesTest::placeOf))
                .as("Latin names an older list keeps, in any case or order").isEmpty();
        Set<Character> olderSurnameChars = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) {
            for (String n : TemplateChecks.list(c, "CHINESE")) olderSurnameChars.add(n.charAt(0));
        }
        List<Integer> oldRare = new ArrayList<>();
        for (int i = 0; i < RARE_SURNAMES.length(); i++) {
            if (olderSurnameChars.contains(RARE_SURNAMES.charAt(i))) oldRare.add(i);
        }
        assertThat(oldRare).as("places in RARE_SURNAMES of surnames an older group already gave someone").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind52Templates.nicknames().stream().filter(olderNicknames::contains)
                .map(Blind52TemplatesTest::placeOf)).as("nicknames that are not new").isEmpty();
        assertThat(english.stream().map(PoolNameForms::family).distinct().count()).as("distinct family names")
                .isEqualTo(english.size());
        assertThat(Blind52Templates.areaCodes()).as("codes of Chengdu, Chongqing, Mianyang, Nanchong, Ganzi, Liangshan")
                .allMatch(a -> a.matches(AREA4 + "\\d{2}")).doesNotHaveDuplicates();
    }

    /** Where a name stands in this group's lists, e.g. CHINESE[12] or ENGLISH[3] family: never the name itself. */
    private static String placeOf(String name) {
        List<String> places = new ArrayList<>();
        addPlace(places, "CHINESE", Blind52Templates.chineseNames(), name);
        addPlace(places, "MINORITY", Blind52Templates.minorityNames(), name);
        addPlace(places, "NICKNAMES", Blind52Templates.nicknames(), name);
        addPlace(places, "ENGLISH full", Blind52Templates.fullForms(), name);
        addPlace(places, "ENGLISH family", Blind52Templates.englishSurnames().toList(), name);
        addPlace(places, "ENGLISH given", Blind52Templates.englishGivenNames().toList(), name);
        addPlace(places, "PINYIN form", Blind52Templates.pinyinForms(), name);
        addPlace(places, "MINORITY Latin", Blind52Templates.latinForms(), name);
        return places.isEmpty() ? "(not in this group's lists)" : String.join("/", places);
    }

    private static void addPlace(List<String> places, String list, List<String> names, String name) {
        int i = names.indexOf(name);
        if (i >= 0) places.add(list + "[" + i + "]");
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, Yi and Tibetan names in characters and
     * Latin letters, nicknames, returnees and foreign names in full, and English given and family names of three
     * letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind52Templates.chineseNames().stream(), Blind52Templates.minorityNames().stream(),
                        Blind52Templates.latinForms().stream(), Blind52Templates.nicknames().stream(),
                        Blind52Templates.fullForms().stream(), Blind52Templates.pinyinForms().stream(),
                        Blind52Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind52Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]",
                Blind52Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind52Templates.isPoolName(value)).as("name from the BLIND_52 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{6}-.*")) {
                    assertThat(Blind52Templates.areaCodes()).as("handbook number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE);
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

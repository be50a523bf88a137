package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
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
import static com.yilian.agents.deid.TemplateGenre.TABLES;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the fortieth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says (and the
 * check does reject a shifted span, a wrong kind, a name from outside the pools, kin words, a number issued elsewhere, a
 * 15-digit number on a code created later, a phone of elsewhere, an impossible Japanese era, a wristband number, a
 * hotline and a place alone), every pool name turns up (old Beijingers, Tianjin people, Hebei villagers, Manchu families
 * with single and compound surnames, Mongols, Korean and Japanese residents in each of their scripts, nicknames,
 * European residents), a Manchu, Korean or Japanese person's forms in one record name the same person, forms of
 * address (老X, 小X, X爷, X大爷, X奶奶, X大妈, X姐, X师傅, X老师, X主任, X大夫) label the surname only, a compound Manchu
 * surname is labelled whole, a given name used alone labels the given name, OCR'd names broken by a line break or blanks
 * are one span, resident identity numbers (also with a lower-case x, or 6-8-4 by blanks or hyphens) carry a valid
 * GB 11643 check character and a code of Beijing, Tianjin or the Hebei counties, 15-digit numbers a valid birth date and
 * a code of their time, foreigners' permanent-residence numbers a valid check character, passports their countries'
 * forms, bank cards a valid Luhn digit, every phone (also spoken, and Korean and Japanese mobiles), record, insurance,
 * address and birth-date form (Gregorian, lunar, sexagenary, European, Japanese era) the group promises does occur, a
 * child known by a parent's name labels the parent, the decoys (scores, lab values, wristband, alarm, chamber, bed and
 * subject numbers, hotlines, amounts, facilities, places, banners, kin words, Beijing and Tianjin words, words
 * beginning with a pool surname) stand in the text and are never labelled, the generator is deterministic by seed, no
 * pool name stands anywhere in the text outside a labelled span, and the pools are new and carry the surnames of the
 * region. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind40TemplatesTest {
    private static final List<String> T = Blind40Templates.BLIND_40;
    private static final long SEED = Blind40Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零洞二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[356789]\\d{9}", "1[356789]\\d \\d{4} \\d{4}",
            "1[356789]\\d-\\d{4}-\\d{4}", "\\+86 1[356789]\\d{9}", "\\+86 1[356789]\\d \\d{4} \\d{4}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> FOREIGN_MOBILES = List.of("\\+82 10-\\d{4}-\\d{4}", "\\+81 [987]0-\\d{4}-\\d{4}",
            "010-\\d{4}-\\d{4}", "0[987]0-\\d{4}-\\d{4}");
    private static final String AREAS8 = "(010|022|0311)", AREAS7 = "(0312|0313|0314|0316|0335)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS8 + "\\)[2-8]\\d{7}",
            "\\(" + AREAS7 + "\\)[2-8]\\d{6}", AREAS8 + " [2-8]\\d{3} \\d{4}", AREAS7 + " [2-8]\\d{2} \\d{4}",
            AREAS8 + "-[2-8]\\d{7}转\\d{3,4}", AREAS7 + "-[2-8]\\d{6}转\\d{3,4}", "\\+86 (10|22|311) [2-8]\\d{7}",
            "\\+86 (312|313|314|316|335) [2-8]\\d{6}", "[2-8]\\d{3} \\d{4}", AREAS8 + "-[2-8]\\d{7}",
            AREAS7 + "-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, FOREIGN_MOBILES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final List<String> LANDLINE_AREAS = List.of("010", "022", "0311", "0312", "0313", "0314", "0316",
            "0335");
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号");
    private static final List<String> LUNAR = List.of("农历(19|20)\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "农历[一二][〇一二三四五六七八九]{3}年" + LUNAR_MONTH + LUNAR_DAY,
            "农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> EUROPEAN = List.of("\\d{2}/\\d{2}/(19|20)\\d{2}", "\\d{2}\\.\\d{2}\\.(19|20)\\d{2}",
            "\\d{1,2} " + MONTH + " (19|20)\\d{2}", MONTH + " \\d{1,2}, (19|20)\\d{2}");
    private static final List<String> JAPANESE_ERA = List.of("(昭和|平成)\\d{1,2}年\\d{1,2}月\\d{1,2}日",
            "[SH]\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, LUNAR, EUROPEAN, JAPANESE_ERA)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[5-9]|2[0-5])";
    private static final String RECORD = "YDZY20" + YEARS + "\\d{6}|YD-" + YEARS + "-\\d{6}|YN20" + YEARS + "\\d{5}"
            + "|(RC|AX|XS|YX|WC|FN|QL)" + YEARS + "-\\d{5}|\\d{17}|YL20" + YEARS + "-\\d{4}";
    private static final String INSURANCE = "(BJYB|TJYB|HBCX|HBZG)\\d{10}|CHX20(1[6-9]|2[0-5])\\d{6}|INTL-\\d{8}";
    private static final String ADDRESS = "(北京市|天津市|河北省)?(保定市|张家口市|承德市|秦皇岛市)?"
            + "(东城区|西城区|朝阳区|和平区|河北区|红桥区|南开区|容城县|安新县|雄县|蔚县|围场满族蒙古族自治县|丰宁满族自治县"
            + "|青龙满族自治县|三河市|燕南新区)\\S*?(号|室|房|村|乡|镇|街道|胡同|条|斜街|里|大院|道|大街|社区|片区|区)";
    private static final String PASSPORTS = "M\\d{8}|T[RKZ]\\d{7}|C[CFGHJKLMNPRTVWXYZ0-9]{8}|\\d{2}[A-Z]{2}\\d{5}"
            + "|Y[A-Z]\\d{7}|[1-9]\\d{7}";
    private static final String FOREIGNER_ID = "9(11|12|13)(410|392|250|276|380|752|528)(19[5-9]\\d)\\d{7}[\\dX]";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("大爷", "大妈", "奶奶", "爷", "姐", "师傅", "老师", "主任",
            "大夫");
    private static final String RARE_SURNAMES = Blind40Templates.RARE_SURNAMES;
    /** The commonest surnames of the north. */
    private static final String COMMON_SURNAMES = "王李张刘";
    /** The region's other surnames, the Manchu single surnames 关, 金, 那, 佟, 索 and 肇 among them. */
    private static final String REGION_SURNAMES = "赵杨高孙马郭田韩郝齐史魏石梁贾冯邢霍耿常白宋关金那佟索肇";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PK", "PO",
                "DO", "MO", "MS", "MGL", "KR", "KL", "KH", "JP", "JL", "EG"));
        for (String s : List.of("DOBL", "DOBE", "DOBJ")) phi.put(s, EntityKind.BIRTH_DATE);
        for (String s : List.of("MV", "MF")) phi.put(s, EntityKind.PHONE);
        for (String s : List.of("IDF", "PPK", "PPJ", "PPE")) phi.put(s, EntityKind.ID_NUMBER);
        for (String s : List.of("AX", "AH")) phi.put(s, EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(39);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(120, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PG", "PK", "PO", "DO",
                "MO", "N", "MN", "MS", "MGL", "KR", "KL", "KH", "JP", "JL", "E", "E2", "ES", "EG", "ID", "IDF", "PPK",
                "PPJ", "PPE", "M", "MV", "MF", "L", "R", "I", "B", "A", "A0", "AX", "AH", "DOB", "DOBL", "DOBE", "DOBJ"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(18L, 30L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 45, JSON, 4, HL7, 1, OCR, 9, VOICE, 9, WECHAT, 10, SMS, 5,
                EMAIL, 2, TABLES, 8));
        assertThat(T.stream().filter(t -> t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("pipe and markdown tables")
                .isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.contains("INSERT INTO") || t.contains("UPDATE ") || t.contains("record_id")
                || t.contains("Field Name") || t.contains("数据字典")).count()).as("research data exports")
                .isGreaterThanOrEqualTo(6);
        assertThat(T.stream().filter(t -> t.contains("异地") || t.contains("direct billing") || t.contains("Direct billing"))
                .count()).as("cross-region insurance").isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.contains("12345") || t.contains("120") || t.contains("999")).count())
                .as("hotline calls").isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.contains("一氧化碳") || t.contains("COHb") || t.contains("煤")
                || t.contains("Carbon monoxide")).count()).as("heating-season CO poisoning").isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(您呐|倍儿|甭|得嘞|麻利儿|好嘞|嘛呢|介事儿|快着点儿).*")).count())
                .as("Beijing and Tianjin speech").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)).count())
                .as("a line in Korean").isGreaterThanOrEqualTo(1);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind40Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind40TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("老伴儿", "闺女", "姑爷", "街坊", "老爷子", "老太太", "网格员", "正白旗")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, title or banner alone"));
        }
        String sichuan = "51343119631103123" + Checksums.residentIdCheck("51343119631103123");
        char check = Checksums.residentIdCheck("91141019870305123");
        String wrongCheck = "91141019870305123" + (check == '0' ? '1' : '0');
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, sichuan, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "110118631103123", "a 15-digit number on a code created in 2015"),
                reject(EntityKind.ID_NUMBER, wrongCheck, "a permanent-residence number with a wrong check"),
                reject(EntityKind.PHONE, "0755-26512345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0312-51234567", "eight digits on a seven-digit code"),
                reject(EntityKind.BIRTH_DATE, "昭和70年3月5日", "Showa ended in its 64th year"),
                reject(EntityKind.BIRTH_DATE, "农历甲丑年正月初五", "a stem and a branch that never pair"),
                reject(EntityKind.MEDICAL_RECORD, "SH-20231105-0317", "a wristband number"),
                reject(EntityKind.INSURANCE, "12393", "the insurance hotline"),
                reject(EntityKind.ADDRESS, "什刹海", "a place alone")));
        CheckRejections.checkRejections(T, "【河北医保】", SEED, PHI, Blind40TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("么宝玉")).isEqualTo("么");
        assertThat(PoolNameForms.addressedGivenName("王恩溥")).isEqualTo("恩溥");
        assertThat(PoolNameForms.addressedGivenName("田恬")).isEqualTo("田恬");
        assertThat(Blind40Templates.manchuSurname("叶赫那拉·婉贞")).isEqualTo("叶赫那拉");
        assertThat(Blind40Templates.manchuSurname("伊尔根觉罗宝珣")).isEqualTo("伊尔根觉罗");
        assertThat(Blind40Templates.fullNameOf("叶赫那拉·婉贞")).isEqualTo("叶赫那拉婉贞");
        assertThat(Blind40Templates.fullNameOf("Park Jae-hyun")).isEqualTo("朴宰贤");
        assertThat(Blind40Templates.fullNameOf("박재현")).isEqualTo("朴宰贤");
        assertThat(Blind40Templates.fullNameOf("Ryosuke Watanabe")).isEqualTo("渡边亮介");
        assertThat(Blind40Templates.fullNameOf("叶赫那拉")).isNull();
        assertThat(Blind40Templates.isPoolName("叶赫那拉")).isTrue();
        assertThat(Blind40Templates.isPoolName("那拉")).isFalse();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind40Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        int compound = 0;
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotEndWith("大夫").doesNotEndWith("师傅")
                            .doesNotEndWith("大爷").doesNotEndWith("大妈").doesNotEndWith("奶奶").doesNotEndWith("家")
                            .doesNotEndWith("さん").doesNotStartWith("老伴").doesNotStartWith("闺女");
                    forms.count(v, before, after, r.text());
                    if (Blind40Templates.manchuSurnames().contains(v)) {
                        assertThat(after).as(r.text()).matches("(?s)(大爷|大妈|家).*");
                        compound++;
                    }
                }
            }
        }
        forms.check("老X, 小X", 10, "X爷, X大爷, X奶奶, X大妈, X姐, X师傅, X老师, X主任, X大夫", 100);
        assertThat(compound).as("compound Manchu surnames in forms of address, labelled whole").isGreaterThan(40);
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
    void aManchuKoreanOrJapanesePersonsFormsInOneRecordNameTheSamePerson() {
        int manchu = 0, korean = 0, japanese = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t);
            boolean m = Stream.of("MN", "MS", "MO").filter(slots::contains).count() >= 1;
            boolean k = Stream.of("KR", "KL", "KH").filter(slots::contains).count() >= 1;
            boolean j = Stream.of("JP", "JL").filter(slots::contains).count() >= 1;
            if (!m && !k && !j) continue;
            for (Map<String, List<String>> v : slotValues(t, SEED, 30)) {
                Set<String> full = new HashSet<>();
                for (String s : v.getOrDefault("MN", List.of())) full.add(Blind40Templates.fullNameOf(s));
                for (String s : v.getOrDefault("MO", List.of())) full.add(Blind40Templates.fullNameOf(s));
                if (!full.isEmpty()) {
                    assertThat(full).as("one Manchu person per record: " + v).hasSize(1);
                    String name = full.iterator().next();
                    assertThat(Blind40Templates.minorityNames()).contains(name);
                    for (String s : v.getOrDefault("MS", List.of())) assertThat(name).startsWith(s);
                }
                if (m) manchu++;
                Set<String> kr = new HashSet<>();
                for (String s : List.of("KR", "KL", "KH")) {
                    for (String x : v.getOrDefault(s, List.of())) kr.add(Blind40Templates.fullNameOf(x));
                }
                if (!kr.isEmpty()) {
                    assertThat(kr).as("one Korean resident per record: " + v).hasSize(1);
                    korean++;
                }
                Set<String> jp = new HashSet<>();
                for (String s : List.of("JP", "JL")) {
                    for (String x : v.getOrDefault(s, List.of())) jp.add(Blind40Templates.fullNameOf(x));
                }
                if (!jp.isEmpty()) {
                    assertThat(jp).as("one Japanese resident per record: " + v).hasSize(1);
                    japanese++;
                }
            }
        }
        assertThat(manchu).isGreaterThan(300);
        assertThat(korean).isGreaterThan(200);
        assertThat(japanese).isGreaterThan(100);
        for (String e : Blind40Templates.KOREAN) {
            String[] p = e.split("\\|");
            assertThat(p[1]).matches("[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+");
            assertThat(p[2].codePoints()).as(e).allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
            assertThat(p[2].length()).as("family name and two syllables: " + e).isEqualTo(3);
        }
        for (String e : Blind40Templates.JAPANESE) {
            assertThat(e).matches("\\p{IsHan}{4}\\|[A-Z][a-z]+ [A-Z][a-z]+");
        }
        assertThat(Blind40Templates.ganzhi(1938)).isEqualTo("戊寅");
        assertThat(Blind40Templates.ganzhi(1949)).isEqualTo("己丑");
        assertThat(Blind40Templates.ganzhi(1964)).isEqualTo("甲辰");
        assertThat(Blind40Templates.lunarDay(8)).isEqualTo("初八");
        assertThat(Blind40Templates.lunarDay(15)).isEqualTo("十五");
        assertThat(Blind40Templates.lunarDay(23)).isEqualTo("廿三");
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, manchu = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind40Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S{1,5} \\S{1,3}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                if (Blind40Templates.minorityNames().contains(v.replaceAll("[ \n\u3000]", ""))) manchu++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(manchu).as("Manchu names broken").isGreaterThan(10);
        assertThat(Blind40Templates.isScannedName("叶赫那拉\n婉贞")).isTrue();
        assertThat(Blind40Templates.isScannedName("佟 铁 山")).isTrue();
        assertThat(Blind40Templates.isScannedName("佟铁山")).isFalse();
        assertThat(Blind40Templates.isScannedName("特古斯 朝克图")).as("Mongol names are not OCR'd here").isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    private static boolean foreignDocument(String v) {
        return v.length() == 18 && v.startsWith("9") || v.matches(PASSPORTS);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind40TemplatesTest::checkIdentity,
                Blind40Templates.legacyAreaCodes(), Blind40TemplatesTest::foreignDocument);
        tally.checkEveryPromisedForm(300, 60);
        assertThat(tally.issuedIn("1101")).as("issued in Beijing").isGreaterThan(60);
        assertThat(tally.issuedIn("1201")).as("issued in Tianjin").isGreaterThan(40);
        assertThat(tally.issuedIn("13")).as("issued in Hebei").isGreaterThan(60);
        // Counted by the whole area code (the tally counts by province and prefecture).
        Map<String, Integer> byCode = new HashMap<>();
        for (String v : TemplateChecks.valuesByKind(T, SEED, 2500).get(EntityKind.ID_NUMBER)) {
            if (!foreignDocument(v)) byCode.merge(v.substring(0, 6), 1, Integer::sum);
        }
        assertThat(Stream.of("110103", "110104", "120107", "110228", "110229", "120221", "120223")
                .mapToInt(c -> byCode.getOrDefault(c, 0)).sum()).as("codes that no longer exist").isGreaterThan(10);
        assertThat(Blind40Templates.newAreaCodes().stream().mapToInt(c -> byCode.getOrDefault(c, 0)).sum())
                .as("codes created after 1999").isGreaterThan(5);
        List<String> residence = tally.otherIds.stream().filter(v -> v.length() == 18).toList();
        assertThat(residence).as("permanent-residence numbers").hasSizeGreaterThan(40);
        for (String v : residence) {
            assertThat(v).matches(FOREIGNER_ID);
            assertThat(Checksums.residentIdCheck(v.substring(0, 17))).as(v).isEqualTo(v.charAt(17));
        }
        TemplateChecks.checkEveryFormOccurs("passport", List.of("M\\d{8}", "T[RKZ]\\d{7}",
                "C[CFGHJKLMNPRTVWXYZ0-9]{8}", "\\d{2}[A-Z]{2}\\d{5}", "Y[A-Z]\\d{7}", "[1-9]\\d{7}"),
                new HashSet<>(tally.otherIds));
        TemplateChecks.checkEveryFormOccurs("nationality", Blind40Templates.NATIONALITIES.stream()
                .map(n -> "9\\d{2}" + n + "\\d{11}[\\dX]").toList(), new HashSet<>(residence));
        IdentifierTally.checkTheChecksReject("110104", "11010419631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*", ".*洞.*"), phones);
        assertThat(phones).as("a spoken number says the one one way").noneMatch(v -> v.contains("幺") && v.contains("一"));
        assertThat(phones).as("a spoken number says the nought one way").noneMatch(v -> v.contains("零") && v.contains("洞"));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("eras", List.of("昭和.*", "平成.*", "S.*", "H.*"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("YDZY.*", "YD-.*", "YN.*", "RC.*", "AX.*", "XS.*",
                "YX.*", "WC.*", "FN.*", "QL.*", "1101\\d{13}", "1201\\d{13}", "13\\d{15}", "YL.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("BJYB.*", "TJYB.*", "HBCX.*", "HBZG.*", "CHX.*",
                "INTL-.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*胡同\\d+号院\\d+号", ".*号院(东厢房|西厢房|北房|倒座房)",
                ".*号院内\\d+号", ".*(胡同|条|斜街)\\d+号", ".*号楼\\d+单元\\d+号", ".*号楼\\d+门\\d+号", ".*里\\d+排\\d+号",
                ".*大院\\d+排\\d+号", ".*道\\d+号", ".*大街\\d+号", ".*村[东西南北前后]街\\d+号", ".*村\\d+号", ".*村\\d+排\\d+号",
                ".*燕郊镇.*室", ".*社区\\d+号楼\\d+单元\\d+室", ".*社区\\d+号楼\\d+室", ".*(颐养中心|照料中心|康养院|康养中心)\\d+号楼\\d+室",
                ".*\\d+区\\d+号房", ".*街道", ".*(胡同|条|斜街)", ".*里", ".*村", ".*[乡镇]", ".*片区", ".*社区",
                "北京市.*", "天津市.*", "河北省.*", "保定市.*", "张家口市.*", "承德市.*", "秦皇岛市.*", "东城区.*", "西城区.*",
                "朝阳区.*", "和平区.*", "河北区.*", "红桥区.*", "南开区.*", "容城县.*", "安新县.*", "雄县.*", "蔚县.*",
                "围场满族蒙古族自治县.*", "丰宁满族自治县.*", "青龙满族自治县.*", "三河市.*", "燕南新区.*"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Scores and lab values.
                "MMSE 18/30", "MoCA 14/30", "CDR 1", "NIHSS 4分", "mRS 3分", "COHb 32%", "COHb 28%", "COHb 18%",
                "DNT 38分钟", "rt-PA 0.9mg/kg", "AQI 212", "MMSE 21/30", "MoCA=16", "多奈哌齐5mg qn",
                // Wristband, alarm, chamber, bed and subject numbers, event names, amounts.
                "手环编号SH-20231105-0317", "编号CO-7702", "2号舱", "受试者1014", "1001,baseline_arm_1", "| 3-201 |",
                "18652.40元", "4210.15元", "3860.00元", "YDFY^MR",
                // Hotlines.
                "拨打12393", "12345工单", "语音转写 12345", "喂120吗", "打120", "999急救", "999 ambulance",
                // Facilities and places alone.
                "燕都医科大学附属医院", "Yandu Medical University", "燕园颐养中心", "交道口社区卫生服务中心", "容城县人民医院",
                "安新县端村镇卫生院", "围场满族蒙古族自治县医院", "丰宁满族自治县医院", "燕南新区院区", "王府井", "什刹海",
                "南锣鼓巷", "五大道", "白洋淀", "石家庄", "Sanlitun", "Wangjing", "望京社区",
                // Banners, kin words and titles.
                "正白旗", "老伴儿", "闺女", "街坊", "老爷子", "老太太", "护理员", "网格员", "外孙", "儿媳", "さん",
                // Beijing and Tianjin words.
                "您呐", "倍儿", "甭", "得嘞", "好嘞", "麻利儿", "嘛呢", "介事儿", "快着点儿",
                // Words beginning with one of the pool's surnames.
                "关节", "关于", "那天", "高血压", "高压氧", "马上", "白细胞", "血常规", "索性", "石膏"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind40TemplatesTest::checkValue, checkedNames(), Blind40Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind40Templates.chineseNames());
        assertThat(fullNames).as("every Manchu and Mongol name is drawn").containsAll(Blind40Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind40Templates.nicknames());
        assertThat(values).as("every written form of the Manchu, Mongol, Korean, Japanese and European residents")
                .containsAll(Blind40Templates.fullForms());
        assertThat(values).as("every compound Manchu surname alone").containsAll(Blind40Templates.manchuSurnames());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind40Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind40Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind40Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind40Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind40Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind40Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind40Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the region would look: 王, 李, 张, 刘 carry a third or more, the region's others most of
        // the rest, the rare ones a minority, 王 the commonest.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long region = chinese.stream().filter(n -> REGION_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 3).as("the commonest surnames carry a third or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(region * 5).as("the region's other surnames carry two fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 2L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(common + region + rare).as("every name carries a surname of the region").isEqualTo(chinese.size());
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王').count()).as("王 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '李').count());
        assertThat(chinese.stream().filter(n -> n.matches("[关金那佟索肇].*")).count()).as("Manchu single surnames")
                .isGreaterThanOrEqualTo(12);
        List<String> manchu = Blind40Templates.MANCHU.stream().map(e -> e.replace("|", "")).toList();
        assertThat(Blind40Templates.MANCHU).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates()
                .allMatch(e -> e.matches("(爱新觉罗|叶赫那拉|富察|钮祜禄|瓜尔佳|赫舍里|乌拉那拉|舒穆禄|伊尔根觉罗|完颜)\\|\\p{IsHan}{2}"));
        assertThat(Blind40Templates.manchuSurnames()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind40Templates.MONGOL).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind40Templates.minorityNames()).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese);
        assertThat(Blind40Templates.KOREAN).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind40Templates.JAPANESE).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind40Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(Blind40Templates.minorityNames());
        List<String> forms = Stream.concat(Blind40Templates.fullForms().stream(), Stream.concat(chinese.stream(),
                Blind40Templates.nicknames().stream())).distinct().toList();
        assertThat(forms).as("no name form stands inside another")
                .allMatch(a -> forms.stream().noneMatch(b -> !a.equals(b) && b.contains(a)));
        assertThat(Blind40Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(39);
        List<String> hanScript = new ArrayList<>(chinese);
        List<String> koreanJapanese = Stream.concat(Blind40Templates.KOREAN.stream(), Blind40Templates.JAPANESE.stream())
                .map(e -> e.split("\\|")[0]).toList();
        hanScript.addAll(koreanJapanese);
        // Group by group: a group that keeps no separate Chinese, minority or English pool is left to the check of
        // every listed string below.
        List<String> notNew = new ArrayList<>();
        for (Class<?> c : OLDER) {
            try {
                notNew.addAll(TemplateChecks.namesNotNew(List.of(c), olderSurnames, hanScript,
                        Blind40Templates.minorityNames(), Blind40Templates.englishSurnames().toList(),
                        Blind40Templates.englishGivenNames().toList()));
            } catch (NoSuchFieldException pools) {
                notNew.addAll(TemplateChecks.namesNotNew(List.of(), olderSurnames, hanScript,
                        Blind40Templates.minorityNames(), Blind40Templates.englishSurnames().toList(),
                        Blind40Templates.englishGivenNames().toList()));
            }
        }
        assertThat(notNew).as("names that are not new").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, Blind40Templates.fullForms(), Blind40Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Blind40Templates.fullForms().stream().filter(n -> n.codePoints().anyMatch(TemplateChecks::isLatin))
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : OLDER) {
            try {
                olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
            } catch (NoSuchFieldException none) {
                // A group without a Chinese pool.
            }
        }
        assertThat(olderHan.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0))
                .as("older names with this group's rare surnames").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(39);
        assertThat(Blind40Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind40Templates.areaCodes();
        assertThat(areas).as("codes of Beijing, Tianjin and Hebei only").allMatch(a -> a.matches("(11|12|13)\\d{4}"))
                .doesNotHaveDuplicates();
        assertThat(areas).as("Beijing").filteredOn(a -> a.startsWith("11")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(areas).as("Tianjin").filteredOn(a -> a.startsWith("12")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(areas).as("Hebei").filteredOn(a -> a.startsWith("13")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind40Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(Blind40Templates.newAreaCodes());
        assertThat(areas).containsAll(Blind40Templates.newAreaCodes());
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, Manchu and Mongol names, nicknames, every
     * written form of the Manchu, Korean, Japanese and European residents, compound Manchu surnames, and English given
     * and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind40Templates.chineseNames().stream(), Blind40Templates.minorityNames().stream(),
                        Blind40Templates.nicknames().stream(), Blind40Templates.fullForms().stream(),
                        Blind40Templates.manchuSurnames().stream(),
                        Blind40Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind40Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind40Templates.areaCodes());
        if (v.length() == 15) assertThat(Blind40Templates.legacyAreaCodes()).as(v).contains(v.substring(0, 6));
    }

    private static void checkBirthDate(String v) {
        assertThat(BIRTH_DATES).as("birth date " + v).anyMatch(v::matches);
        if (v.matches("(昭和|平成|S|H)\\d.*")) {
            boolean showa = v.startsWith("昭和") || v.startsWith("S");
            int era = Integer.parseInt(v.replaceAll("^(昭和|平成|S|H)(\\d+).*", "$2"));
            assertThat(era).as(v).isBetween(1, showa ? 64 : 31);
        }
        if (v.matches("农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年.*")) {
            int stem = "甲乙丙丁戊己庚辛壬癸".indexOf(v.charAt(2)), branch = "子丑寅卯辰巳午未申酉戌亥".indexOf(v.charAt(3));
            assertThat(stem % 2).as("a stem and a branch that pair: " + v).isEqualTo(branch % 2);
        }
        if (v.matches("(19|20)\\d{2}-\\d{2}-\\d{2}")) {
            try {
                LocalDate.parse(v);
            } catch (DateTimeException e) {
                throw new AssertionError(v, e);
            }
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind40Templates.isPoolName(value)).as("name from the BLIND_40 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> {
                if (value.length() == 18 && value.startsWith("9")) {
                    assertThat(value).matches(FOREIGNER_ID);
                    assertThat(Checksums.residentIdCheck(value.substring(0, 17))).as(value).isEqualTo(value.charAt(17));
                } else if (value.matches(PASSPORTS)) {
                    assertThat(value).doesNotMatch("\\d{15}|\\d{17}[\\dXx]");
                } else {
                    checkIdentity(value);
                }
            }
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind40Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> checkBirthDate(value);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

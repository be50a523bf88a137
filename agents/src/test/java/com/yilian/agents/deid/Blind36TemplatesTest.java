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
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the thirty-sixth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word and identifiers of
 * elsewhere), every pool name turns up (Han, Qiang and Hui names, Yi adults and children in Chinese transliteration, in
 * Yi pinyin and in the Yi syllabary, schoolchildren's Chinese school names, Khams and Jiarong Tibetan names and their
 * Latin forms, Sichuanese nicknames, NGO staff), a Yi adult's and a child's forms in one record name the same person,
 * the syllabary spells what the pinyin says, forms of address (老X, 小X, X师傅, X医生, X大夫, X嬢嬢, X大爷, X主任,
 * X护士长) label the surname only and a given name used alone the given name, OCR'd names broken by a line break or
 * blanks are one span, resident identity numbers (also with a lower-case x, or 6-8-4 by blanks) carry a valid GB 11643
 * check character and a code of Liangshan, Ganzi or Aba (or of the settlers' and traders' home places), children's a
 * Liangshan code and a birth year of 2008 to 2020, 15-digit numbers a valid birth date and a code of their time, bank
 * cards a valid Luhn digit, the phone (also spoken, on every landline area code), record, insurance, address and
 * birth-date forms (Gregorian, lunar, Tibetan, Yi solar calendar, English, children's) the group promises do occur, a
 * child known by a parent's name labels the parent, the decoys (lab values, regimens, batch, badge, card, sample and
 * admission numbers, plates, hotlines, altitudes, facilities, places, Yi and Tibetan kin words and titles, Sichuanese
 * words, festivals and drinks, words beginning with a pool surname) stand in the text and are never labelled, the
 * generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the pools
 * are new and carry the surnames of the corridor. No de-identifier is run here: the group stays blind until it is
 * measured once.
 */
class Blind36TemplatesTest {
    private static final List<String> T = Blind36Templates.BLIND_36;
    private static final long SEED = Blind36Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}", "\\+86 1[35789]\\d \\d{4} \\d{4}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三五七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三五七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> LANDLINE_AREAS = List.of("0834", "0836", "0837", "0835", "0812", "0930", "028");
    private static final String AREAS7 = "(0834|0836|0837|0835|0812|0930)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS7 + "\\)[2-8]\\d{6}",
            AREAS7 + " [2-8]\\d{2} \\d{4}", AREAS7 + "-[2-8]\\d{6}转\\d{3,4}",
            "\\+86 (834|836|837|835|812|930) [2-8]\\d{6}", AREAS7 + "-[2-8]\\d{6}", "\\(028\\)[2-8]\\d{7}",
            "028 [2-8]\\d{3} \\d{4}", "028-[2-8]\\d{7}转\\d{3,4}", "\\+86 28 [2-8]\\d{7}", "028-[2-8]\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES).flatMap(List::stream)
            .toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String YI_MONTH = "(土|铜|水|木|火)(公|母)月";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "20[0-2]\\d{5}");
    private static final List<String> LUNAR = List.of("农历(19|20)\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "农历[一二][〇一二三四五六七八九]{3}年" + LUNAR_MONTH + LUNAR_DAY,
            "藏历[木火土铁水][鼠牛虎兔龙蛇马羊猴鸡狗猪]年(十[一二]?|[一二三四五六七八九])月" + LUNAR_DAY);
    private static final List<String> YI_CALENDAR = List.of("彝历(19|20)\\d{2}年" + YI_MONTH + "([1-9]|[12]\\d|3[0-6])日",
            "彝历[一二][〇一二三四五六七八九]{3}年" + YI_MONTH + CHINESE_DAY + "日");
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " (19|20)\\d{2}",
            "\\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (19|20)\\d{2}",
            MONTH + " \\d{1,2}, (19|20)\\d{2}");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, LUNAR, YI_CALENDAR, ENGLISH_DATES)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "LJ20" + YEARS + "\\d{6}|LJMZ" + YEARS + "\\d{7}|(ZJ|BT|MG|LT|SD|JC|MX)-"
            + YEARS + "-\\d{5}|ART\\d{6}-\\d{5}|TB20" + YEARS + "-\\d{4}|\\d{17}";
    private static final String INSURANCE = "(LSJM|GZJM|ABJM)\\d{10}|GS20" + YEARS + "\\d{8}";
    private static final String ADDRESS = "(四川省)?(凉山彝族自治州|凉山州|甘孜藏族自治州|甘孜州|阿坝藏族羌族自治州|阿坝州)?"
            + "(昭觉县|布拖县|美姑县|越西县|金阳县|喜德县|理塘县|色达县|道孚县|雅江县|金川县|小金县|马尔康市|茂县|汶川县|理县"
            + "|螺髻市|成都市|九龙县|甲洛水电站|色曲河二级电站)\\S*?(组|号|室|村|乡|镇|路|大道|安置点|小区)";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("师傅", "医生", "大夫", "嬢嬢", "大爷", "主任", "护士长");
    private static final String RARE_SURNAMES = Blind36Templates.RARE_SURNAMES;
    /** The commonest surnames of Sichuan. */
    private static final String COMMON_SURNAMES = "王李张刘陈杨";
    /** The other surnames of the corridor's Han, Qiang and Hui. */
    private static final String CORRIDOR_SURNAMES = "马何罗黄赵周吴余邓谢唐曾胡蒋彭冯韩董苟沙白海穆";
    /** The surnames the schoolchildren's school names take after their clan or from the Han. */
    private static final String SCHOOL_SURNAMES = "吉海沙曲马安杨吴李王罗侯余";
    /** Codes created after 1999, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("513301", "513201", "513402");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NQ", "NH", "NC", "PS", "FS",
                "PG", "PK", "PO", "DO", "MO", "MNP", "MNY", "MG", "MC", "NM", "NP", "NY", "CY", "CH", "CP", "CX", "KY",
                "TB", "TL", "JR", "EG"));
        for (String s : List.of("DOBL", "DOBY", "DOBE", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("IDC", EntityKind.ID_NUMBER);
        phi.put("AS", EntityKind.ADDRESS);
        phi.put("AC", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(33);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(170, 190).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PG", "PK", "PO", "DO",
                "MO", "N", "NQ", "NH", "NC", "MN", "MNP", "MNY", "MG", "MC", "NM", "NP", "NY", "CY", "CH", "CP", "CX",
                "KY", "TB", "TL", "JR", "E", "E2", "ES", "EG", "ID", "IDC", "M", "MV", "L", "R", "I", "B", "A", "A0",
                "AS", "AC", "DOB", "DOBL", "DOBY", "DOBE", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(22L, 30L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        for (String t : T) {
            assertThat(TemplateChecks.SLOT.matcher(t).replaceAll("").codePoints()).as("no literal Yi syllable in " + t)
                    .noneMatch(c -> c >= 0xA000 && c <= 0xA4CF);
        }
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 50, JSON, 8, OCR, 9, VOICE, 10, WECHAT, 10, SMS, 5));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(12);
        assertThat(T.stream().filter(t -> t.contains("翻译") || t.contains("Interpreter")).count())
                .as("interpreted consultations").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.contains("毕摩") || t.contains("苏尼") || t.contains("bimo")).count())
                .as("bimo and suni in the records").isGreaterThanOrEqualTo(6);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(莫得|啥子|娃儿|巴适|要得|唛|嬢嬢|老汉儿).*")).count())
                .as("Sichuanese speech").isGreaterThanOrEqualTo(10);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind36Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind36TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("阿达", "阿嫫", "阿普", "毕摩", "苏尼", "嬢嬢")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word or title alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0834-31234567", "eight digits on a seven-digit code"),
                reject(EntityKind.BIRTH_DATE, "彝历1986年铜母月37日", "a 37th day of a Yi month"),
                reject(EntityKind.MEDICAL_RECORD, "JD2024-0318", "a rehabilitation-centre admission number")));
        CheckRejections.checkRejections(T, "【则木乡卫生院】", SEED, PHI, Blind36TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("苟德明")).isEqualTo("苟");
        assertThat(PoolNameForms.addressedGivenName("苟德明")).isEqualTo("德明");
        assertThat(PoolNameForms.addressedGivenName("达观")).isEqualTo("达观");
        assertThat(Blind36Templates.clanOf("吉克拉哈")).isEqualTo("吉克");
        assertThat(Blind36Templates.yiGivenName("吉克拉哈")).isEqualTo("拉哈");
        assertThat(Blind36Templates.fullNameOf("Jjike Laha")).isEqualTo("吉克拉哈");
        assertThat(Blind36Templates.fullNameOf("ꐚꈌꇁꉳ")).isEqualTo("吉克拉哈");
        assertThat(Blind36Templates.fullNameOf("Sonam Jamtso")).isEqualTo("四郎降措");
        assertThat(Blind36Templates.fullNameOf("拉哈")).isNull();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind36Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotEndWith("医生").doesNotEndWith("师傅")
                            .doesNotEndWith("毕摩").doesNotStartWith("毕摩").doesNotStartWith("苏尼")
                            .doesNotStartWith("阿普").doesNotStartWith("阿嫫").doesNotEndWith("家支");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X师傅, X医生, X嬢嬢 …", 100);
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
    void aYiPersonsFormsAndAChildsNamesInOneRecordNameTheSamePerson() {
        int adults = 0, children = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t);
            boolean adult = slots.contains("MN") || Stream.of("MNP", "MNY", "MG", "MC", "MO").anyMatch(slots::contains);
            boolean child = Stream.of("CY", "CH", "CP", "CX").filter(slots::contains).count() >= 2
                    || Stream.of("CY", "CH", "CP", "CX").anyMatch(slots::contains) && slots.contains("MN");
            if (!adult && !child) continue;
            for (Map<String, List<String>> v : slotValues(t, SEED, 30)) {
                Set<String> yi = new HashSet<>();
                v.getOrDefault("MN", List.of()).forEach(yi::add);
                for (String p : v.getOrDefault("MNP", List.of())) yi.add(Blind36Templates.fullNameOf(p));
                for (String y : v.getOrDefault("MNY", List.of())) yi.add(Blind36Templates.fullNameOf(y));
                for (String o : v.getOrDefault("MO", List.of())) yi.add(Blind36Templates.fullNameOf(o));
                if (!yi.isEmpty()) {
                    assertThat(yi).as("one Yi adult per record: " + v).hasSize(1);
                    String mn = yi.iterator().next();
                    assertThat(Blind36Templates.minorityNames()).contains(mn);
                    for (String g : v.getOrDefault("MG", List.of())) assertThat(mn).endsWith(g);
                    for (String c : v.getOrDefault("MC", List.of())) assertThat(mn).startsWith(c);
                    adults++;
                }
                Set<String> kids = new HashSet<>();
                for (String s : List.of("CY", "CP", "CX")) {
                    for (String x : v.getOrDefault(s, List.of())) kids.add(Blind36Templates.fullNameOf(x));
                }
                for (String h : v.getOrDefault("CH", List.of())) {
                    kids.add(Blind36Templates.KIDS.stream().filter(e -> e.split("\\|")[1].equals(h))
                            .map(e -> e.split("\\|")[0]).findFirst().orElseThrow());
                }
                if (!kids.isEmpty()) {
                    assertThat(kids).as("one child per record: " + v).hasSize(1);
                    children++;
                }
            }
        }
        assertThat(adults).isGreaterThan(300);
        assertThat(children).isGreaterThan(100);
    }

    @Test
    void theSyllabarySpellsWhatThePinyinSays() {
        List<String> entries = new ArrayList<>();
        for (String e : Blind36Templates.YI) {
            String[] p = e.split("\\|");
            entries.add(p[1] + "|" + p[2]);
        }
        for (String e : Blind36Templates.KIDS) {
            String[] p = e.split("\\|");
            entries.add(p[2] + "|" + p[3]);
        }
        for (String e : entries) {
            String pinyin = e.split("\\|")[0], script = e.split("\\|")[1];
            assertThat(pinyin).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            assertThat(script.codePoints()).as(script).allMatch(c -> c >= 0xA000 && c <= 0xA48F);
            StringBuilder spelled = new StringBuilder();
            script.codePoints().forEach(c -> spelled.append(Character.getName(c).replace("YI SYLLABLE ", "")
                    .toLowerCase()));
            assertThat(spelled.toString()).as(e).isEqualTo(pinyin.replace(" ", "").toLowerCase());
            assertThat(script.codePointCount(0, script.length())).as("clan and given name, two syllables each: " + e)
                    .isEqualTo(4);
        }
        assertThat(Blind36Templates.tibetanYear(1978)).isEqualTo("土马");
        assertThat(Blind36Templates.tibetanYear(1984)).isEqualTo("木鼠");
        assertThat(Blind36Templates.tibetanYear(2000)).isEqualTo("铁龙");
        assertThat(Blind36Templates.lunarDay(8)).isEqualTo("初八");
        assertThat(Blind36Templates.lunarDay(10)).isEqualTo("初十");
        assertThat(Blind36Templates.lunarDay(15)).isEqualTo("十五");
        assertThat(Blind36Templates.lunarDay(23)).isEqualTo("廿三");
        assertThat(Blind36Templates.lunarDay(30)).isEqualTo("三十");
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, yi = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind36Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S{1,2} \\S{1,3}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                if (Blind36Templates.minorityNames().contains(v.replaceAll("[ \n\u3000]", ""))) yi++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname or clan").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(yi).as("Yi names broken").isGreaterThan(10);
        assertThat(Blind36Templates.isScannedName("吉克\n拉哈")).isTrue();
        assertThat(Blind36Templates.isScannedName("苟 德 明")).isTrue();
        assertThat(Blind36Templates.isScannedName("苟德明")).isFalse();
        assertThat(Blind36Templates.isScannedName("吉克\n阿大")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind36TemplatesTest::checkIdentity,
                Blind36Templates.legacyAreaCodes(), v -> false);
        tally.checkIdentityForms(300, 10, false);
        assertThat(tally.issuedIn("5134")).as("issued in Liangshan").isGreaterThan(100);
        assertThat(tally.issuedIn("5133")).as("issued in Ganzi").isGreaterThan(30);
        assertThat(tally.issuedIn("5132")).as("issued in Aba").isGreaterThan(30);
        assertThat(tally.issuedIn("5101", "5118", "6229")).as("settlers' and traders' home places").isGreaterThan(5);
        tally.checkCardForms(80);
        // A child's number: a Liangshan code, born 2008 to 2020.
        int childIds = 0;
        for (String t : T) {
            if (!TemplateChecks.slots(t).contains("IDC")) continue;
            for (Map<String, List<String>> v : slotValues(t, SEED, 40)) {
                for (String id : v.get("IDC")) {
                    String plain = id.replace(" ", "");
                    assertThat(plain).as(id).hasSize(18);
                    assertThat(Blind36Templates.liangshanAreaCodes()).as(id).contains(plain.substring(0, 6));
                    assertThat(Integer.parseInt(plain.substring(6, 10))).as(id).isBetween(2008, 2020);
                    childIds++;
                }
            }
        }
        assertThat(childIds).isGreaterThan(100);
        IdentifierTally.checkTheChecksReject("513431", "51343119631103123");
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
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(0[89]|1\\d|2[0-5])年\\d{1,2}月\\d{1,2}日",
                "20(0[89]|1\\d|2[0-5])-\\d{2}-\\d{2}", "20(0[89]|1\\d|2[0-5])\\.\\d{1,2}\\.\\d{1,2}",
                "20(0[89]|1\\d|2[0-5])\\d{4}"), dates);
        TemplateChecks.checkEveryFormOccurs("Tibetan elements", List.of("藏历木.*", "藏历火.*", "藏历土.*", "藏历铁.*",
                "藏历水.*"), dates);
        TemplateChecks.checkEveryFormOccurs("Yi months", Blind36Templates.YI_MONTHS.stream()
                .map(m -> "彝历.*" + m + "月.*").toList(), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("LJ20.*", "LJMZ.*", "ZJ-.*", "BT-.*", "MG-.*",
                "LT-.*", "SD-.*", "JC-.*", "MX-.*", "ART5134.*", "ART5133.*", "ART5132.*", "TB20.*", "\\d{17}"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("LSJM.*", "GZJM.*", "ABJM.*", "GS.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+组", ".*村\\d+组\\d+号", ".*新寨\\d+号",
                ".*栋\\d单元\\d+楼\\d号", ".*安置点\\d+栋\\d单元\\d+号", ".*(安置点|小区)\\d+栋\\d+号",
                ".*栋板房\\d+号", ".*号板房\\d+室", ".*[乡镇]", ".*村", ".*(路|大道)", "四川省.*", "凉山彝族自治州.*",
                "凉山州.*", "甘孜藏族自治州.*", "甘孜州.*", "阿坝藏族羌族自治州.*", "阿坝州.*", "螺髻市.*", "成都市.*",
                "雅江县.*", "九龙县.*", "甲洛水电站.*", "色曲河.*", "昭觉县.*", "理塘县.*", "金川县.*", "茂县.*", "汶川县.*"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values, regimens, sizes, altitudes.
                "CD4 412 cells/μL", "HIV-1 RNA <50 copies/mL", "TDF+3TC+EFV", "TDF/3TC/DTG", "GeneXpert", "CE1型",
                "4.2cm", "PPD硬结12mm", "Hb 102g/L", "400mg bid", "Hb 68g/L", "SpO2 62%", "Hb 226g/L", "4,014 m",
                "抗蝮蛇毒血清6000U", "ALT 1860U/L", "海拔4100米", "12386.50元",
                // Batch, code, badge, card, sample and admission numbers, plates, hotlines.
                "批号LJ2403-17", "VCT-2024-0318", "JZ-0712", "batch 20240612", "工号JL-0317", "JD2024-0318",
                "MMT-0412", "HPV-0417", "202403B17", "202405A187", "川V·3G172", "咨询热线12320",
                // Facilities and places alone.
                "螺髻市第一人民医院", "Luoji First People's Hospital", "阿布县疾控中心", "则木乡卫生院",
                "昭觉县竹核乡中心校", "美姑县巴普镇卫生院", "理塘县人民医院", "茂县人民医院", "甲洛水电站引水隧洞",
                "螺髻山", "折多山", "回民街", "康定", "Serxu township", "Ganluo county",
                // Yi and Tibetan kin words, titles, festivals, drinks and greetings.
                "阿达", "阿嫫", "阿普", "阿妈", "毕摩", "苏尼", "家支", "火把节", "彝族年", "杆杆酒", "扎西德勒", "藏獒",
                // Sichuanese words.
                "莫得", "啥子", "娃儿", "要得", "巴适", "老汉儿", "嬢嬢",
                // Words beginning with one of the pool's surnames.
                "马铃薯", "余额", "达标", "沐浴", "海拔", "穆斯林"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind36TemplatesTest::checkValue, checkedNames(), Blind36Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind36Templates.chineseNames());
        assertThat(values).as("every Yi adult is drawn").containsAll(Blind36Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind36Templates.nicknames());
        assertThat(values).as("every written form of the Yi, the children, the Tibetans and the NGO staff")
                .containsAll(Blind36Templates.fullForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind36Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind36Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind36Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("Yi given names used alone (MG)").anyMatch(v -> v.length() == 2
                && Blind36Templates.minorityNames().stream().anyMatch(n -> n.endsWith(v)));
        assertThat(values).as("Yi clan names used alone (MC)").anyMatch(v -> v.length() == 2
                && Blind36Templates.minorityNames().stream().anyMatch(n -> n.startsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind36Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind36Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind36Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind36Templates.QIANG).as("Qiang villagers belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind36Templates.HUI).as("Hui traders belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(6);
        List<String> schoolNames = Blind36Templates.KIDS.stream().map(e -> e.split("\\|")[1]).toList();
        assertThat(schoolNames).as("school names belong to the pool").isSubsetOf(chinese).doesNotHaveDuplicates()
                .allMatch(n -> SCHOOL_SURNAMES.indexOf(n.charAt(0)) >= 0);
        assertThat(Blind36Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the corridor's Han, Qiang and Hui: the commonest Sichuan surnames carry two fifths, the
        // corridor's others most of the rest, the rare ones a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long corridor = chinese.stream().filter(n -> CORRIDOR_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry two fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 2L);
        assertThat(corridor * 4).as("the corridor's other surnames carry a quarter or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王').count()).as("王 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '李').count());
        List<String> minority = Blind36Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese)
                .allMatch(n -> n.length() == 4);
        List<String> kidsYi = Blind36Templates.KIDS.stream().map(e -> e.split("\\|")[0]).toList();
        assertThat(kidsYi).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(minority).allMatch(n -> n.length() == 4);
        assertThat(Stream.concat(minority.stream(), kidsYi.stream()).map(Blind36Templates::clanOf).distinct().count())
                .as("Yi clans").isGreaterThanOrEqualTo(15);
        List<String> tibetan = Blind36Templates.TIBETAN.stream().map(e -> e.split("\\|")[0]).toList();
        assertThat(Blind36Templates.TIBETAN).hasSizeGreaterThanOrEqualTo(18)
                .allMatch(e -> e.matches("\\p{IsHan}{4,5}\\|[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(Blind36Templates.JIARONG).isSubsetOf(tibetan).hasSizeGreaterThanOrEqualTo(5);
        assertThat(Blind36Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        assertThat(Blind36Templates.fullForms()).as("no name form stands inside another")
                .allMatch(a -> Blind36Templates.fullForms().stream().noneMatch(b -> !a.equals(b) && b.contains(a)));
        assertThat(Blind36Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(33);
        List<String> allChinese = new ArrayList<>(chinese);
        List<String> allMinority = new ArrayList<>(minority);
        allMinority.addAll(kidsYi);
        allMinority.addAll(tibetan);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, allChinese, allMinority,
                Blind36Templates.englishSurnames().toList(), Blind36Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, kidsYi, tibetan, Blind36Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Blind36Templates.fullForms().stream().filter(n -> n.codePoints().anyMatch(TemplateChecks::isLatin))
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
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(33);
        assertThat(Blind36Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind36Templates.areaCodes();
        assertThat(areas).as("codes of the corridor and the settlers' and traders' home places only")
                .allMatch(a -> a.matches("513[234]\\d{2}|510104|511823|622921")).doesNotHaveDuplicates();
        assertThat(areas).as("Liangshan").filteredOn(a -> a.startsWith("5134")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(areas).as("Ganzi").filteredOn(a -> a.startsWith("5133")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("Aba").filteredOn(a -> a.startsWith("5132")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(Blind36Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
        assertThat(Blind36Templates.liangshanAreaCodes()).allMatch(a -> a.startsWith("5134"))
                .hasSizeGreaterThanOrEqualTo(10);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and Yi names, nicknames, every written
     * form of the Yi adults and children, the Tibetans and the NGO staff, and English given and family names of three
     * letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind36Templates.chineseNames().stream(), Blind36Templates.minorityNames().stream(),
                        Blind36Templates.nicknames().stream(), Blind36Templates.fullForms().stream(),
                        Blind36Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind36Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]",
                Blind36Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind36Templates.isPoolName(value)).as("name from the BLIND_36 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind36Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
                if (value.startsWith("ART")) {
                    assertThat(Blind36Templates.areaCodes()).as("ART number on an area code: " + value)
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

package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 * Well-formedness of the fifty-seventh blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role and
 * identifiers of elsewhere), every pool name turns up (Henan children, parents, grandparents and staff, in characters
 * and pinyin; welfare-home children by their home-given names, in pinyin, by their new Chinese and English names, and
 * their adoptive parents; pet names; visiting experts), the record's child is one of the children and its parent and
 * doctor are adults, a newborn known by the mother (X之子, X之女, Baby of X) labels the
 * mother only, forms of address (老X, 小X, X医生, X大夫, X主任, X老师, X校长, X院长, X社工, X警官, X妈妈) label the surname only and a
 * given name used alone the given name, the pinyin forms are the record's child or parent and the adoption forms the
 * record's home child, OCR'd names broken by a line break or blanks are one span, resident identity numbers (also with
 * a lower-case x, 6-8-4 by blanks or hyphens) carry a valid GB 11643 check character and a code of Henan (children) or
 * of Henan, Guangdong or Zhejiang (adults), 15-digit numbers a valid birth date, bank cards a valid Luhn digit, the
 * phone (spoken, abroad, on 0371, 0379, 0377, 0394 and 0370 with and without the code), record, insurance, address
 * (Henan flats and villages, work places in Guangdong and Zhejiang) and birth-date forms (Chinese, newborn, year and
 * month, English, spoken, lunar) the group promises do occur, the decoys (lots, trace codes, certificate, agreement,
 * case, badge, student and card numbers, plates, passports, visa foils, platform IDs, scores, amounts, organisations,
 * kin words, roles and dialect words, words beginning with a pool surname) stand in the text and are never labelled,
 * the generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the
 * pools are new and carry the surnames of the region. No de-identifier is run here: the group stays blind until it is
 * measured once. Failure messages about older groups name only this group's entries, by index. The records are
 * generated a few times only, so that the class runs in seconds.
 */
class Blind57TemplatesTest {
    private static final List<String> T = Blind57Templates.BLIND_57;
    private static final long SEED = Blind57Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 2000;
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}");
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> ABROAD = List.of("\\+1 \\((612|503|919)\\) [2-9]\\d{2}-\\d{4}",
            "\\+1 (612|503|919)-[2-9]\\d{2}-\\d{4}", "\\+31 6 \\d{4} \\d{4}", "\\+46 7[0236] \\d{3} \\d{2} \\d{2}",
            "\\+47 [49]\\d{2} \\d{2} \\d{3}", "\\+34 6\\d{2} \\d{3} \\d{3}", "\\+354 [678]\\d{2} \\d{4}");
    /** The local numbers of each area code. */
    private static final Map<String, String> LOCAL = Map.of("0371", "[568]\\d{7}", "0379", "6\\d{7}", "0377",
            "6\\d{7}", "0394", "8\\d{7}", "0370", "[236]\\d{7}");
    private static final List<String> LANDLINES = landlines();
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, ABROAD, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String Y = "(200[89]|201\\d|202[0-5])";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> CHINESE_DATES = List.of(Y + "年\\d{1,2}月\\d{1,2}日", Y + "-\\d{2}-\\d{2}",
            Y + "\\.\\d{1,2}\\.\\d{1,2}", Y + "/\\d{2}/\\d{2}", Y + "\\d{4}");
    private static final List<String> NEWBORN = List.of("202[45]年\\d{1,2}月\\d{1,2}日", "202[45]-\\d{2}-\\d{2}",
            "202[45]\\.\\d{2}\\.\\d{2}");
    private static final List<String> YEAR_MONTH = List.of(Y + "\\.\\d{2}", Y + "年\\d{1,2}月");
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " " + Y,
            MONTH + " \\d{1,2}, " + Y, "\\d{2} (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) " + Y);
    private static final String CN_YEAR = "(〇[八九]|一[〇一二三四五六七八九]|二[〇一二三四五])";
    private static final String CN_DAY = "[一二三四五六七八九十]{1,3}";
    private static final List<String> SPOKEN_DATES = List.of(CN_YEAR + "年" + CN_DAY + "月" + CN_DAY + "号",
            "二〇" + CN_YEAR + "年" + CN_DAY + "月" + CN_DAY + "号");
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final List<String> LUNAR = List.of("农历" + Y + "年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历" + CN_YEAR + "年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> BIRTH_DATES = Stream.of(CHINESE_DATES, NEWBORN, YEAR_MONTH, ENGLISH_DATES,
            SPOKEN_DATES, LUNAR).flatMap(List::stream).toList();
    private static final String RECORD = "(1[89]|2[0-5])\\d{6}|ET\\d{10}|41\\d{4}" + Y + "\\d{5}"
            + "|CQ41\\d{4}-20(1[89]|2[0-5])-\\d{4}";
    private static final String INSURANCE = "41(01|03|13|16|14)\\d{10}|41\\d{4}-\\d{6}-0[1-6]";
    private static final String HENAN_ADDRESS = "(河南省)?(郑州市|洛阳市|南阳市|周口市|商丘市)?"
            + "(金水区|二七区|中原区|管城回族区|涧西区|西工区|卧龙区|宛城区|川汇区|梁园区|睢阳区|郸城县|太康县|鹿邑县|沈丘县|虞城县"
            + "|柘城县|睢县|淅川县|镇平县|方城县|栾川县|嵩县|伊川县|中牟县)"
            + "\\S*?(组|号|室|村|镇|乡|街道|路|大道|庄|寨|营|\\d)";
    private static final Pattern PHONE_FORM = anyOf(PHONES), BIRTH_FORM = anyOf(BIRTH_DATES);
    private static final String WORK_ADDRESS = "(广东省|浙江省)?(东莞市|深圳市|佛山市|义乌市|温州市|宁波市)\\S+?\\d+号"
            + "(宿舍\\d+栋\\d{3,4})?";
    private static final Pattern RECORD_FORM = Pattern.compile(RECORD),
            INSURANCE_FORM = Pattern.compile(INSURANCE),
            ADDRESS_FORM = Pattern.compile(HENAN_ADDRESS + "|" + WORK_ADDRESS);
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("医生", "大夫", "主任", "老师", "校长", "院长", "社工", "警官",
            "妈妈");
    private static final String RARE_SURNAMES = Blind57Templates.RARE_SURNAMES;
    /** The commonest surnames of Henan. */
    private static final String COMMON_SURNAMES = "王李张刘陈杨赵郭";
    /** The last older group this one was written against (55 and 56 are written alongside it). */
    private static final int LAST_OLDER = 54;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind57TemplatesTest::keepsPools).toList();
    /** The records most checks share, generated once. */
    private static List<LabelledRecord> records;

    private static synchronized List<LabelledRecord> records() {
        if (records == null) records = new ClinicalTextGenerator(SEED, T).generate(RECORDS);
        return records;
    }

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** One pattern for a list of forms, compiled once: the checks run on every labelled value. */
    private static Pattern anyOf(List<String> forms) {
        return Pattern.compile(String.join("|", forms.stream().map(f -> "(?:" + f + ")").toList()));
    }

    private static List<String> landlines() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : LOCAL.entrySet()) {
            String code = e.getKey(), local = e.getValue();
            String split = local.replace("\\d{7}", "\\d{3} \\d{4}");
            out.addAll(List.of("\\(" + code + "\\)" + local, code + "-" + local, code + " " + split,
                    "\\+86 " + code.substring(1) + " " + local));
        }
        out.add("[23568]\\d{7}");
        return List.copyOf(out);
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "C", "CY", "NS", "PS", "FS", "PG", "PK",
                "PO", "FO", "MO", "PY", "FY", "NY", "MY", "MC", "ME", "MG", "MS", "MF", "MM", "EG"));
        phi.put("MV", EntityKind.PHONE);
        phi.put("MX", EntityKind.PHONE);
        phi.put("IDC", EntityKind.ID_NUMBER);
        for (String r : List.of("RZ", "RM", "RB", "RD")) phi.put(r, EntityKind.MEDICAL_RECORD);
        phi.put("IP", EntityKind.INSURANCE);
        phi.put("IN", EntityKind.INSURANCE);
        phi.put("AW", EntityKind.ADDRESS);
        for (String d : List.of("DOBN", "DOBM", "DOBE", "DOBV", "DOBL")) phi.put(d, EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PG", "PK", "PO", "FO", "PY", "FY",
                "NY", "N", "C", "NS", "MN", "MY", "MC", "ME", "MF", "MM", "E", "ES", "ID", "IDC", "M", "MV", "MX", "L", "RZ",
                "RM", "RB", "RD", "B", "A", "A0", "DOB", "DOBN", "DOBE"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("MO", "IP", "AW", "MS", "CY"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("MG", "I", "IN", "DOBM", "DOBV", "DOBL"));
        // About a sixth in English: at least a seventh, at most a fifth (JSON exports and tables are mostly Latin too).
        long latin = T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count();
        assertThat(latin * 7).as("at least a seventh in Latin script").isGreaterThanOrEqualTo(T.size());
        assertThat(latin * 5).as("at most a fifth in Latin script").isLessThanOrEqualTo(T.size());
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(20L, 34L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 70, JSON, 8, OCR, 9, VOICE, 9, WECHAT, 14, SMS, 8,
                EMAIL, 5, TABLES, 15));
        assertThat(count("\\|.*\\|.*\\|")).as("pipe and markdown tables").isGreaterThanOrEqualTo(8);
        assertThat(count("NICU|新生儿|暖箱|Neonatal|neonatolog|Baby of")).as("NICU notes").isGreaterThanOrEqualTo(16);
        assertThat(count("之子|之女|Baby of")).as("newborns known by the mother").isGreaterThanOrEqualTo(14);
        assertThat(count("缺陷|缺 陷|Birth defects|registryNo")).as("birth-defect registry").isGreaterThanOrEqualTo(7);
        assertThat(count("儿保|生长|高危儿|Growth")).as("child-health checks").isGreaterThanOrEqualTo(7);
        assertThat(count("学校|小学|幼儿园|班家长群|入园|School|pupils|roster")).as("schools and kindergartens")
                .isGreaterThanOrEqualTo(10);
        assertThat(count("补种|接种|vaccination")).as("vaccination").isGreaterThanOrEqualTo(8);
        assertThat(count("忽视|儿童保护|派出所|民警|警官|Child protection|社工介入|neglect|询问")).as("child protection")
                .isGreaterThanOrEqualTo(7);
        assertThat(count("福利院|institute")).as("welfare homes").isGreaterThanOrEqualTo(14);
        assertThat(count("收养|寄养|adopt|placement")).as("adoption and foster families").isGreaterThanOrEqualTo(10);
        assertThat(count("留守|务工|打工|Left-behind")).as("left-behind children").isGreaterThanOrEqualTo(10);
        assertThat(count("广东|东莞|深圳|浙江|义乌|温州|宁波|杭州|Guangdong")).as("parents' work places")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("白血病|ALL|救助|筹款|化疗|骨穿|Tumour|肿瘤")).as("oncology and charity").isGreaterThanOrEqualTo(12);
        assertThat(count("俺|恁|中不中|得劲|咋|弄啥嘞|妮儿|孬")).as("Henan speech").isGreaterThanOrEqualTo(12);
        for (String word : List.of("中不中", "得劲", "咋", "恁", "俺", "弄啥嘞", "妮儿", "孬")) {
            assertThat(count(word)).as("dialect word " + word).isPositive();
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind57Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind57TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("奶奶", "姥姥", "他爹", "孩儿", "妮儿", "闺女", "保育员", "社工", "民警", "村医", "班主任",
                "之子", "Baby")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, dialect word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "410105430230123", "a 15-digit number born on 30 February"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0371-5551234", "seven digits on 0371"),
                reject(EntityKind.PHONE, "0394-65871234", "a Zhoukou number starting with 6"),
                reject(EntityKind.PHONE, "+44 7911 123456", "a country none of the families is in"),
                reject(EntityKind.BIRTH_DATE, "1986-03-12", "an adult's birth date, not a child's"),
                reject(EntityKind.BIRTH_DATE, "12 marzo 2019", "an Italian month"),
                reject(EntityKind.MEDICAL_RECORD, "JZ-411625-19-0387", "a vaccination-certificate number"),
                reject(EntityKind.MEDICAL_RECORD, "CQ110101-2024-0387", "a registry number of elsewhere"),
                reject(EntityKind.INSURANCE, "ZYSE-BXB-2024-118", "a charity project number"),
                reject(EntityKind.INSURANCE, "11010012345678", "a medical-insurance number of elsewhere"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address outside Henan and the work places")));
        CheckRejections.checkRejections(T, "新生儿科入院记录", 7, SEED, PHI, Blind57TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("买梓涵")).isEqualTo("买");
        assertThat(PoolNameForms.addressedGivenName("买梓涵")).isEqualTo("梓涵");
        assertThat(PoolNameForms.addressedGivenName("向晚")).isEqualTo("向晚");
        assertThat(Blind57Templates.pinyinOf("买梓涵")).isEqualTo("Mai Zihan");
        assertThat(Blind57Templates.fullNameOf("Zihan Mai")).isEqualTo("买梓涵");
        assertThat(Blind57Templates.fullNameOf("MAI Zihan")).isEqualTo("买梓涵");
        assertThat(Blind57Templates.newChineseName("国安澜")).isEqualTo("陈知远");
        assertThat(Blind57Templates.fullNameOf("陈知远")).isEqualTo("国安澜");
        assertThat(Blind57Templates.fullNameOf("Leilani Anlan Tolliver")).isEqualTo("国安澜");
        assertThat(Blind57Templates.fullNameOf("GUO ANLAN")).isEqualTo("国安澜");
        assertThat(Blind57Templates.adoptiveFather("国安澜")).isEqualTo("Jedediah Tolliver");
        assertThat(Blind57Templates.fullNameOf("梓涵")).isNull();
        assertThat(Blind57Templates.isPoolName("梓涵")).isTrue();
        assertThat(Blind57Templates.isPoolName("Tolliver")).isTrue();
        assertThat(Blind57Templates.isPoolName("国")).isTrue();
        // The pinyin forms are the record's child (PY) and parent (FY); the adoption forms the record's home child (MN).
        int pinyin = 0, adoption = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            boolean child = slots.contains("P") && slots.contains("PY") || slots.contains("F") && slots.contains("FY");
            boolean home = slots.contains("MN")
                    && Stream.of("MY", "MC", "ME", "MG", "MS", "MF", "MM").anyMatch(slots::contains);
            if (!child && !home) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(20)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    for (String[] pair : List.of(new String[] {"P", "PY"}, new String[] {"F", "FY"})) {
                        if (!slots.contains(pair[0]) || !slots.contains(pair[1])) continue;
                        assertThat(Blind57Templates.fullNameOf(values.get(k + slots.indexOf(pair[1])))).as(r.text())
                                .isEqualTo(values.get(k + slots.indexOf(pair[0])));
                        pinyin++;
                    }
                    if (!home) continue;
                    String mn = values.get(k + slots.indexOf("MN"));
                    for (String s : List.of("MY", "MC", "ME")) {
                        if (!slots.contains(s)) continue;
                        assertThat(Blind57Templates.fullNameOf(values.get(k + slots.indexOf(s)))).as(r.text())
                                .isEqualTo(mn);
                        adoption++;
                    }
                    for (String s : List.of("MF", "MM", "MS", "MG")) {
                        if (!slots.contains(s)) continue;
                        String v = values.get(k + slots.indexOf(s));
                        String expected = switch (s) {
                            case "MF" -> Blind57Templates.adoptiveFather(mn);
                            case "MM" -> Blind57Templates.adoptiveMother(mn);
                            case "MS" -> Blind57Templates.adoptiveFamily(mn);
                            default -> Blind57Templates.adoptiveGiven(mn);
                        };
                        assertThat(v).as(r.text()).isEqualTo(expected);
                        adoption++;
                    }
                }
            }
        }
        assertThat(pinyin).isGreaterThan(40);
        assertThat(adoption).isGreaterThan(40);
    }

    @Test
    void theChildIsAChildAndTheParentAndDoctorAreAdults() {
        int checked = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (Stream.of("P", "F", "DR", "N", "C").noneMatch(slots::contains)) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(10)) {
                for (int k = 0; k < r.gold().size(); k++) {
                    String slot = slots.get(k % slots.size()), v = r.gold().get(k).in(r.text());
                    if (slot.equals("P") || slot.equals("C")) {
                        assertThat(Blind57Templates.childNames()).as(r.text()).contains(v);
                        checked++;
                    }
                    if (slot.equals("F") || slot.equals("DR") || slot.equals("N")) {
                        assertThat(Blind57Templates.adultNames()).as(r.text()).contains(v);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(Blind57Templates.childOf("买梓涵")).isEqualTo("买梓涵");
        assertThat(Blind57Templates.childNames()).contains(Blind57Templates.childOf("向晚"));
        assertThat(Blind57Templates.adultOf("向晚")).isEqualTo("向晚");
        assertThat(Blind57Templates.adultNames()).contains(Blind57Templates.adultOf("买梓涵"));
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        List<String> surnamed = Stream.concat(Blind57Templates.chineseNames().stream(),
                Blind57Templates.minorityNames().stream()).toList();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(surnamed, PREFIXES, HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr").doesNotStartWith("Ms ").doesNotStartWith("Mrs")
                            .doesNotStartWith("Officer").doesNotStartWith("Baby").doesNotEndWith("之子")
                            .doesNotEndWith("之女").doesNotEndWith("医生").doesNotEndWith("大夫").doesNotEndWith("主任")
                            .doesNotEndWith("老师").doesNotEndWith("妈妈").doesNotEndWith("妈").doesNotEndWith("爸爸")
                            .doesNotEndWith("社工").doesNotEndWith("警官").doesNotEndWith("院长")
                            .doesNotStartWith("民警").doesNotStartWith("院长").doesNotStartWith("护士");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 0, "X医生, X老师, X妈妈 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, home = 0;
        for (LabelledRecord r : records()) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind57Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,2}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                if (Blind57Templates.minorityNames().contains(v.replaceAll("[ \n\u3000]", ""))) home++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(home).as("home-given names scanned").isPositive();
        assertThat(Blind57Templates.isScannedName("买\n梓涵")).isTrue();
        assertThat(Blind57Templates.isScannedName("向 晚")).isTrue();
        assertThat(Blind57Templates.isScannedName("国　安　澜")).isTrue();
        assertThat(Blind57Templates.isScannedName("买梓涵")).isFalse();
        assertThat(Blind57Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aNewbornKnownByTheMotherLabelsTheMother() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(250);
        int babyOf = 0;
        for (LabelledRecord r : records()) {
            for (int at = r.text().indexOf("Baby of "); at >= 0; at = r.text().indexOf("Baby of ", at + 1)) {
                int start = at + "Baby of ".length(), from = at;
                assertThat(r.gold()).as("the mother after Baby of in: " + r.text())
                        .anyMatch(s -> s.start() == start && s.kind() == EntityKind.NAME
                                && Blind57Templates.chineseNames().contains(Blind57Templates.fullNameOf(s.in(r.text()))));
                assertThat(r.gold()).as(r.text()).noneMatch(s -> s.start() < start && s.end() > from);
                babyOf++;
            }
        }
        assertThat(babyOf).isGreaterThan(20);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        Map<EntityKind, Set<String>> values = valuesByKind();
        Set<String> ids = values.get(EntityKind.ID_NUMBER);
        ids.forEach(Blind57TemplatesTest::checkIdentity);
        TemplateChecks.checkEveryFormOccurs("identity number form", List.of("\\d{17}[\\dX]", "\\d{17}x",
                "\\d{6} \\d{8} \\d{3}[\\dX]", "\\d{6}-\\d{8}-\\d{3}[\\dX]", "\\d{15}"), ids);
        for (String province : List.of("41", "44", "33")) {
            assertThat(ids.stream().filter(v -> v.startsWith(province)).count()).as("issued in " + province)
                    .isGreaterThan(province.equals("41") ? 300 : 10);
        }
        assertThat(ids).as("children's numbers, born 2008 or later")
                .anyMatch(v -> v.length() > 15 && v.replaceAll("[- ]", "").substring(6, 10).compareTo("2008") >= 0);
        Set<String> cards = values.get(EntityKind.BANK_CARD);
        cards.forEach(TemplateChecks::checkCardInFours);
        TemplateChecks.checkEveryFormOccurs("bank card form", List.of("\\d{16}", "\\d{19}", "(\\d{4} ){3}\\d{4}",
                "(\\d{4} ){4}\\d{3}", "(\\d{4}-){3}\\d{4}", "(\\d{4}-){4}\\d{3}"), cards);
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = valuesByKind();
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way")
                .noneMatch(v -> v.contains("幺") && v.contains("一"));
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("(1[89]|2[0-5])\\d{6}", "ET\\d{10}",
                "41\\d{13}", "CQ.*"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("4101\\d{10}", "4103\\d{10}", "4113\\d{10}",
                "4116\\d{10}", "4114\\d{10}", "41\\d{4}-\\d{6}-0[1-6]"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*号院\\d+号楼\\d单元\\d{3,4}号",
                ".*栋\\d单元\\d{3,4}室", ".*街道.*号楼\\d单元\\d+楼\\d号", ".*街坊\\d+栋\\d门\\d{3,4}", ".*村\\d+组",
                ".*村\\d+组\\d+号", ".*[庄寨营]\\d+组.*", ".*街道", ".*(路|大道)", ".*(路|大道)\\d+号", ".*[镇乡]", ".*村",
                ".*[庄寨营]", "河南省.*", "郑州市.*", "洛阳市.*", "南阳市.*", "周口市.*", "商丘市.*", "郸城县.*", "管城回族区.*",
                "(广东省)?东莞市.*", "(广东省)?深圳市.*", "浙江省.*", "(浙江省)?义乌市.*\\d+号", ".*宿舍\\d+栋\\d{3,4}"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lots, trace codes, devices, catheters, blood-spot cards and certificates.
                "SN 10387126", "PC2411037", "4116280387", "JZ-411625-19-0387", "202311A027", "P202402016", "202403B017",
                "81234567890123456789", "201911C044", "Q410387126", "（2024）豫收字第0387号", "JY-2024-017",
                // Case, report, badge, project, student and platform numbers, plates, passports and visa foils.
                "410105-2024-1103-0387", "CP-ZZ-2024-0387", "警号041387", "ZYSE-BXB-2024-118", "XJ41032920190317",
                "2023050317", "2023050318", "2021040112", "7731920485", "豫A·7K3M2", "583920174", "583920175",
                "EJ7720193", "T04127735",
                // Beds, incubators, times, weights, gestational ages, scores, lab values and amounts.
                "暖箱12号", "NICU-07", "17床", "04:17", "1650g", "31+4周", "Bayley-III cognitive 85", "GMFCS Ⅱ级",
                "TSH 38.6mIU/L", "186,400.00元", "41,270.00元", "30000元", "300,000元", "12,386.50元", "8,670.55元",
                // Hospitals, homes, funds and offices.
                "嵩岳儿童医院", "郸城县妇幼保健院", "郑州市嵩阳儿童福利院", "洛阳市洛浦儿童福利院", "中原少儿大病救助基金",
                "花园路派出所", "管城回族区未成年人保护工作站", "Songyue Children's Hospital",
                // Kin words, roles and dialect words.
                "奶奶", "姥姥", "他爹", "他娘", "孩儿", "妮儿", "闺女", "保育员", "社工", "民警", "村医", "班主任", "网格员",
                "中不中", "得劲", "恁", "俺", "弄啥嘞", "孬好", "咋",
                // Words beginning with one of the pool's surnames.
                "高热", "高危", "马蹄内翻足", "牛奶", "申请", "金额", "方案", "文书", "孙辈", "常规"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        Set<String> values = new HashSet<>(), fullNames = new HashSet<>();
        List<String> checked = checkedNames();
        assertThat(checked).as("Han names and pet names are two or three characters (see standingIn)")
                .filteredOn(n -> n.codePoints().noneMatch(TemplateChecks::isLatin))
                .allMatch(n -> n.length() == 2 || n.length() == 3);
        Map<String, List<String>> latinWords = new HashMap<>();
        for (String n : checked) {
            if (n.codePoints().anyMatch(TemplateChecks::isLatin)) latinWords.put(n, List.of(n.split(" ")));
        }
        for (LabelledRecord r : records()) {
            TemplateChecks.checkSpans(r, Blind57TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                if (s.kind() != EntityKind.NAME) continue;
                String v = s.in(r.text());
                values.add(v);
                if (Blind57Templates.fullNameOf(v) != null) fullNames.add(Blind57Templates.fullNameOf(v));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, standingIn(r.text(), checked, latinWords));
        }
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind57Templates.chineseNames());
        assertThat(values).as("every home-given name is drawn").containsAll(Blind57Templates.minorityNames());
        assertThat(values).as("every new Chinese name is drawn").containsAll(Blind57Templates.newChineseNames());
        assertThat(values).as("every pet name is drawn").containsAll(Blind57Templates.nicknames());
        assertThat(values).as("every visiting expert is drawn").containsAll(Blind57Templates.fullForms());
        assertThat(values).as("every adoptive parent is drawn").containsAll(Blind57Templates.adoptiveForms().stream()
                .filter(n -> Blind57Templates.fullNameOf(n).equals(n)).toList());
        assertThat(values).as("adoptive names with and without the home-given middle name")
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> Blind57Templates.adoptiveForms().contains(v) && v.split(" ").length == 2
                        && Blind57Templates.minorityNames().contains(Blind57Templates.fullNameOf(v)));
        assertThat(values).as("pinyin in every written form").anyMatch(v -> v.matches("[A-Z]+ [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z]+"));
        assertThat(values).as("English given names are used alone (EG, MG)")
                .containsAnyElementsOf(Blind57Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES, MS)")
                .containsAnyElementsOf(Blind57Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind57Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, NS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind57Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind57Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(130).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{2,3}"));
        assertThat(Blind57Templates.NAMES).allMatch(e -> e.matches("\\p{IsHan}{2,3}\\|[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind57Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 3).as("the commonest surnames of Henan carry a third or more")
                .isGreaterThanOrEqualTo(chinese.size());
        List<String> minority = Blind57Templates.minorityNames();
        List<String> renamed = Blind57Templates.newChineseNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{3}")).doesNotContainAnyElementsOf(chinese);
        assertThat(renamed).doesNotHaveDuplicates().allMatch(n -> n.matches("\\p{IsHan}{3}"))
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        assertThat(Blind57Templates.HOME).allMatch(h -> h.matches(
                "\\p{IsHan}{3}\\|[A-Z][a-z]+ [A-Z][a-z]+\\|\\p{IsHan}{3}(\\|[A-Z][a-z]+){4}"));
        for (String n : minority) {
            assertThat(Blind57Templates.pinyinOf(n).toLowerCase().replace(" ", ""))
                    .as("the pinyin of a home-given name is its own").isNotEmpty();
        }
        List<String> rareIn = Stream.concat(chinese.stream(), minority.stream()).map(PoolNameForms::surnameOf)
                .filter(RARE_SURNAMES::contains).distinct().toList();
        assertThat(rareIn).as("rare surnames in use").hasSize(RARE_SURNAMES.length());
        long rareChinese = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(rareChinese * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size())
                .isPositive();
        assertThat(Blind57Templates.childNames()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Blind57Templates.adultNames()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(Stream.concat(Blind57Templates.childNames().stream(), Blind57Templates.adultNames().stream()))
                .as("the pool is the children and the adults").containsExactlyElementsOf(chinese);
        assertThat(Blind57Templates.nicknames()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> Stream.concat(chinese.stream(), minority.stream()).noneMatch(k::contains));
        assertThat(Blind57Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        assertThat(Blind57Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind57Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        // Comparisons with the older groups name only this group's entries, by list and index.
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> han = Stream.concat(chinese.stream(), renamed.stream()).toList();
        List<String> clashes = TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, han, minority,
                Blind57Templates.englishSurnames().toList(), Blind57Templates.englishGivenNames().toList());
        assertThat(clashes.stream().map(c -> where(c.substring(c.indexOf(": ") + 2))).toList())
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, renamed, Blind57Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains).map(Blind57TemplatesTest::where).toList())
                .as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind57Templates.fullForms(), Blind57Templates.pinyinForms(),
                        Blind57Templates.adoptiveForms(), Blind57Templates.englishGivenNames().toList(),
                        Blind57Templates.englishSurnames().toList()).flatMap(List::stream)
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))).map(Blind57TemplatesTest::where).toList())
                .as("Latin names an older list keeps, in any case or order").isEmpty();
        // Only the surname characters are compared, so that no older pool name is printed here.
        Set<Character> olderSurnameChars = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) {
            for (String n : TemplateChecks.list(c, "CHINESE")) olderSurnameChars.add(n.charAt(0));
        }
        List<Integer> usedRare = new ArrayList<>();
        for (int i = 0; i < RARE_SURNAMES.length(); i++) {
            if (olderSurnameChars.contains(RARE_SURNAMES.charAt(i))) usedRare.add(i);
        }
        assertThat(usedRare).as("positions in RARE_SURNAMES of surnames an older group already gave someone")
                .isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind57Templates.nicknames().stream().filter(olderNicknames::contains)
                .map(Blind57TemplatesTest::where).toList()).as("nicknames that are not new").isEmpty();
        assertThat(Blind57Templates.areaCodes()).as("codes of Henan, Guangdong and Zhejiang only")
                .allMatch(a -> a.matches("(41|44|33)\\d{4}")).doesNotHaveDuplicates();
        assertThat(Blind57Templates.henanAreaCodes()).allMatch(a -> a.startsWith("41"));
    }

    /** Where an entry of this group's pools stands (list and index), so that no older name is printed. */
    private static String where(String name) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("CHINESE", Blind57Templates.chineseNames());
        lists.put("HOME", Blind57Templates.minorityNames());
        lists.put("NEW_NAMES", Blind57Templates.newChineseNames());
        lists.put("NICKNAMES", Blind57Templates.nicknames());
        lists.put("ENGLISH_FULL", Blind57Templates.fullForms());
        lists.put("ENGLISH_FAMILY", Blind57Templates.englishSurnames().toList());
        lists.put("ENGLISH_GIVEN", Blind57Templates.englishGivenNames().toList());
        lists.put("ADOPTIVE_FORMS", Blind57Templates.adoptiveForms());
        lists.put("PINYIN_FORMS", Blind57Templates.pinyinForms());
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            int i = e.getValue().indexOf(name);
            if (i >= 0) return e.getKey() + "#" + i;
        }
        return "an entry not found in this group's lists";
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, home-given and new names, pet names,
     * pinyin forms, the visiting experts and the adoptive forms in full, and English given and family names of three
     * letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind57Templates.chineseNames().stream(), Blind57Templates.minorityNames().stream(),
                        Blind57Templates.newChineseNames().stream(), Blind57Templates.nicknames().stream(),
                        Blind57Templates.pinyinForms().stream(), Blind57Templates.fullForms().stream(),
                        Blind57Templates.adoptiveForms().stream(),
                        Blind57Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind57Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    /**
     * The names of {@code names} that may stand in {@code text}: a Han name or pet name (two or three characters) when
     * the text has it as a substring, a Latin name when the text has each of its words; the exact check then runs on
     * these only, so that it stays fast.
     */
    private static List<String> standingIn(String text, List<String> names, Map<String, List<String>> latinWords) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            grams.add(text.substring(i, i + 2));
            if (i + 3 <= text.length()) grams.add(text.substring(i, i + 3));
        }
        Set<String> words = new HashSet<>(List.of(text.split("[^A-Za-z]+")));
        List<String> out = new ArrayList<>();
        for (String name : names) {
            List<String> nameWords = latinWords.get(name);
            if (nameWords == null ? grams.contains(name) : words.containsAll(nameWords)) out.add(name);
        }
        return out;
    }

    private static Map<EntityKind, Set<String>> valuesByKind() {
        Map<EntityKind, Set<String>> values = new HashMap<>();
        for (EntityKind kind : EntityKind.values()) values.put(kind, new HashSet<>());
        for (LabelledRecord r : records()) {
            for (Span s : r.gold()) values.get(s.kind()).add(s.in(r.text()));
        }
        return values;
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind57Templates.areaCodes());
        if (v.length() == 15) {
            assertThat(Blind57Templates.henanAreaCodes()).as("a grandparent's number of Henan: " + v)
                    .contains(v.substring(0, 6));
            return;
        }
        String id = v.replaceAll("[- ]", "");
        int year = Integer.parseInt(id.substring(6, 10));
        assertThat(year).as("born 1968 to 2003 or 2008 to 2025: " + v).matches(y -> y >= 1968 && y <= 2003
                || y >= 2008 && y <= 2025);
        if (year >= 2008) {
            assertThat(Blind57Templates.henanAreaCodes()).as("a child's number of Henan: " + v)
                    .contains(id.substring(0, 6));
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind57Templates.isPoolName(value)).as("name from the BLIND_57 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONE_FORM.matcher(value).matches()).as("phone " + value).isTrue();
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD_FORM);
                if (value.startsWith("41") || value.startsWith("CQ")) {
                    String area = value.startsWith("CQ") ? value.substring(2, 8) : value.substring(0, 6);
                    assertThat(Blind57Templates.henanAreaCodes()).as("county code of " + value).contains(area);
                }
            }
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE_FORM);
                if (value.contains("-")) {
                    assertThat(Blind57Templates.henanAreaCodes()).as("county code of " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_FORM.matcher(value).matches()).as("birth date " + value).isTrue();
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS_FORM);
        }
    }
}

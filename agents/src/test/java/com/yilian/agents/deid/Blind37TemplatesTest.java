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
 * Well-formedness of the thirty-seventh blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, Wenzhounese and Italian kin
 * words, and identifiers of elsewhere or with a wrong check character), every pool name turns up (Wenzhounese and
 * Qingtian names, returnees in Chinese and in the Latin forms of their European papers, European-born children by both
 * names, She villagers, Wenzhounese nicknames, Europeans, traders in Latin and in Chinese), a returnee's and a child's
 * forms in one record name the same person and the returnee's codice fiscale is built from that name, forms of address
 * (老X, 小X, X伯, X姆, X师傅, X老板, X医生, X主任) label the surname only, 阿X the last character and a given name used
 * alone the given name, OCR'd names broken by a line break or blanks are one span, resident identity numbers (also with
 * a lower-case x, or 6-8-4 by blanks or hyphens) carry a valid GB 11643 check character and a code of Wenzhou or Lishui
 * (workers' of their inland home counties), 15-digit numbers a valid birth date and a code of their time, codici
 * fiscali, NIEs, BSNs, NIRs, bank cards and IBANs their check characters, the phone (Chinese, spoken, Wenzhou and Lishui
 * landlines, European mobiles and landlines), record, insurance, address and birth-date forms (Chinese, European,
 * lunar with the sexagenary year, HL7, FHIR, children's) the group promises do occur, a child known by a parent's name
 * labels the parent, the decoys (lab and exposure values, exam, waybill and message numbers, amounts, OIDs, plates,
 * hotlines, facilities, places, kin words, dialect words, words beginning with a pool surname) stand in the text and are
 * never labelled, the generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled
 * span, and the pools are new and carry the surnames of the 侨乡. No de-identifier is run here: the group stays blind
 * until it is measured once.
 */
class Blind37TemplatesTest {
    private static final List<String> T = Blind37Templates.BLIND_37;
    private static final long SEED = Blind37Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[356789]\\d{9}", "1[356789]\\d \\d{4} \\d{4}",
            "1[356789]\\d-\\d{4}-\\d{4}", "\\+86 1[356789]\\d{9}", "0086 1[356789]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> LANDLINES = List.of("\\(0577\\)[5-8]\\d{7}", "0577 [5-8]\\d{3} \\d{4}",
            "\\+86 577 [5-8]\\d{7}", "0577-[5-8]\\d{7}", "\\(0578\\)[2-8]\\d{6}", "0578 [2-8]\\d{2} \\d{4}",
            "\\+86 578 [2-8]\\d{6}", "0578-[2-8]\\d{6}");
    private static final List<String> EUROPEAN_MOBILES = List.of("\\+39 3[2-9]\\d \\d{3} \\d{4}", "0039 3[2-9]\\d{8}",
            "3[2-9]\\d \\d{7}", "\\+34 6\\d{2} \\d{2} \\d{2} \\d{2}", "\\+34 6\\d{8}", "\\+33 [67]( \\d{2}){4}",
            "0[67]( \\d{2}){4}", "\\+31 6 \\d{4} \\d{4}", "06-\\d{8}", "\\+43 (664|676|650|699) \\d{7}",
            "0043 (664|676|650|699) \\d{7}");
    private static final List<String> EUROPEAN_LANDLINES = List.of("\\+39 0574 [2-8]\\d{5}", "0574 [2-8]\\d{5}",
            "\\+39 055 [2-8]\\d{6}", "\\+39 02 \\d{4} \\d{4}", "\\+39 06 \\d{4} \\d{4}", "\\+34 91 \\d{3} \\d{2} \\d{2}",
            "\\+34 93 \\d{3} \\d{2} \\d{2}", "\\+33 1( \\d{2}){4}", "01( \\d{2}){4}", "\\+31 20 \\d{3} \\d{4}",
            "\\+31 10 \\d{3} \\d{4}", "\\+43 1 [2-8]\\d{6}", "\\+39 0574( \\d{2}){3}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES, EUROPEAN_MOBILES,
            EUROPEAN_LANDLINES).flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR = "[正二三四五六七八九十冬腊]月(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十"
            + "|廿[一二三四五六七八九]|三十)";
    private static final String GANZHI = "[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}");
    private static final String Y = "(19|20)\\d{2}";
    private static final List<String> EUROPEAN_DATES = List.of("\\d{2}/\\d{2}/" + Y, "\\d{2}\\.\\d{2}\\." + Y,
            "\\d{2}-\\d{2}-" + Y,
            "\\d{1,2} (" + String.join("|", Blind37Templates.ITALIAN_MONTHS) + ") " + Y,
            "\\d{1,2} de (" + String.join("|", Blind37Templates.SPANISH_MONTHS) + ") de " + Y,
            "\\d{1,2} (" + String.join("|", Blind37Templates.FRENCH_MONTHS) + ") " + Y,
            "\\d{1,2} (" + String.join("|", Blind37Templates.ENGLISH_MONTHS) + ") " + Y);
    private static final List<String> LUNAR_DATES = List.of("农历" + GANZHI + "年" + LUNAR, "农历19\\d{2}年" + LUNAR,
            "老历" + GANZHI + "年" + LUNAR);
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, EUROPEAN_DATES, LUNAR_DATES)
            .flatMap(List::stream).toList();
    private static final String YY = "(1[6-9]|2[0-5])";
    private static final String RECORD = "OJ" + YY + "\\d{6}|OJMZ" + YY + "\\d{6}|(QTRY|WXRY|RCRY)-" + YY
            + "-\\d{5}|QBK\\d{6}-\\d{5}|\\d{17}";
    private static final String INSURANCE = "(WZYB|LSYB)\\d{10}|ZHQB20" + YY + "\\d{8}";
    private static final String NIR = "[12]\\d{4}99216\\d{5}|[12] \\d{2} \\d{2} 99 216 \\d{3} \\d{2}";
    private static final String TEAM = "80380\\d{15}";
    private static final String DOMESTIC = "(浙江省)?(瓯源市)?(青岙县|文溪县|瑞川市|鹤城区|莲湖区|鹿川镇)\\S*?"
            + "(号|室|村|乡|镇|街道|路|街|组)";
    private static final String TOWNS = "(59100 Prato \\(PO\\)|50123 Firenze|20154 Milano|00185 Roma|28005 Madrid"
            + "|28025 Madrid|08010 Barcelona|75019 Paris|75013 Paris|93300 Aubervilliers|1012 BB Amsterdam"
            + "|3014 AS Rotterdam|1020 Wien|1070 Wien)";
    private static final String EUROPEAN = "[^\n]*\\d[^\n]*(, | - )" + TOWNS + "(, (Italia|España|France|Nederland"
            + "|Österreich))?";
    private static final String PASSPORT = "E\\d{8}|E[A-HJ-NP-Z]\\d{7}";
    private static final String CODICE_FISCALE = "[A-Z]{6}\\d{2}[ABCDEHLMPRST]\\d{2}Z210[A-Z]";
    private static final String NIE = "[XYZ]\\d{7}[A-Z]|[XYZ]-\\d{7}-[A-Z]";
    private static final String BSN = "[1-9]\\d{8}|[1-9]\\d{3}\\.\\d{2}\\.\\d{3}";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("伯", "姆", "师傅", "老板", "医生", "主任");
    private static final String RARE_SURNAMES = Blind37Templates.RARE_SURNAMES;
    /** The commonest surnames of the Wenzhou and Qingtian 侨乡. */
    private static final String COMMON_SURNAMES = "陈林王黄张李周叶吴郑金徐胡潘";
    /** Codes created in or after 2000, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("331102", "331121", "331122", "331127", "330305");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "FS", "PG", "PA",
                "PK", "PO", "DO", "MO", "Q", "QL", "QH", "C", "CL", "AR", "ARC", "EG", "EH"));
        for (String s : List.of("IDW", "PP", "CF", "NIE", "BSN")) phi.put(s, EntityKind.ID_NUMBER);
        for (String s : List.of("MV", "MI", "LE")) phi.put(s, EntityKind.PHONE);
        for (String s : List.of("AF", "AE")) phi.put(s, EntityKind.ADDRESS);
        for (String s : List.of("IN", "IT")) phi.put(s, EntityKind.INSURANCE);
        phi.put("IB", EntityKind.BANK_CARD);
        for (String s : List.of("DOBE", "DOBL", "DOBH", "DOBI", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    /** The older groups, for templates and listed strings; those with pools of the shared shape, for the name checks. */
    private static final List<Class<?>> OLDER = OlderGroups.upTo(36);
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(c -> hasFields(c, "CHINESE", "MINORITY",
            "ENGLISH")).toList();

    private static boolean hasFields(Class<?> c, String... names) {
        try {
            for (String n : names) c.getDeclaredField(n);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(90, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PG", "PA", "PK", "PO",
                "DO", "N", "NS", "MN", "Q", "QL", "QH", "C", "CL", "AR", "ARC", "E", "ES", "EG", "ID", "IDW", "PP", "CF",
                "NIE", "BSN", "M", "MV", "L", "MI", "LE", "R", "I", "IN", "IT", "B", "IB", "A", "A0", "AF", "AE", "DOB",
                "DOBE", "DOBL", "DOBH", "NB"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("MO", "EH", "DOBI"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(15L, 25L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 6, HL7, 4, OCR, 8, VOICE, 8, WECHAT, 10, SMS, 5,
                TABLES, 5));
        assertThat(T.stream().filter(t -> t.matches("(?s).*\\|.*\\|.*\\|.*") && !t.contains("PID|")).count())
                .as("pipe tables").isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(翻译|译文|traduzione|tradotto|traducido|traduction|vertaald"
                + "|translated).*")).count()).as("translated records").isGreaterThanOrEqualTo(12);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(视频|Video).*")).count()).as("video-call follow-up")
                .isGreaterThanOrEqualTo(6);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(苯|正己烷|鞋厂|刷胶|shoe).*")).count())
                .as("shoe-glue occupational screening").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(个|望望|吃爻|娒儿|囡儿|阿娘|快显).*")).count())
                .as("Wenzhounese speech").isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.startsWith("[微信") && t.matches("(?s).*(Ciao|nonna|grazie|dice|sì).*"))
                .count()).as("WeChat family groups mixing Chinese and Italian").isGreaterThanOrEqualTo(3);
        assertThat(T.stream().filter(t -> t.contains("畲") || t.contains("She village")).count())
                .as("She villagers").isGreaterThanOrEqualTo(7);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind37Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind37TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("阿爸", "阿娘", "阿爷", "阿太", "娒儿", "囡儿", "老板", "nonna", "suocera", "figlio")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word or title alone"));
        }
        String cf = Blind37Templates.codiceFiscale("ZHOU", "Biyun", true, 1968, 3, 5, "Z210");
        String wrongCf = cf.substring(0, 15) + (cf.charAt(15) == 'A' ? 'B' : 'A');
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, wrongCf, "a codice fiscale with a wrong check letter"),
                reject(EntityKind.ID_NUMBER, "X1234567T", "an NIE with a wrong check letter"),
                reject(EntityKind.ID_NUMBER, "111222334", "a BSN failing the eleven test"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0577-6123456", "seven digits on the eight-digit Wenzhou code"),
                reject(EntityKind.BANK_CARD, "NL92ABNA0417164300", "an IBAN with wrong check digits"),
                reject(EntityKind.INSURANCE, "2 55 08 99 216 025 38", "a NIR with a wrong key"),
                reject(EntityKind.MEDICAL_RECORD, "ZYTJ2024-0318", "an occupational-exam number"),
                reject(EntityKind.BIRTH_DATE, "农历戊子年十三月初一", "a thirteenth lunar month"),
                reject(EntityKind.ADDRESS, "Via Pistoiese", "a street alone")));
        CheckRejections.checkRejections(T, "【瓯源市医保局】", 3, SEED, PHI, Blind37TemplatesTest::checkValue, rejected);
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
        int called = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t);
            if (!slots.contains("PA")) continue;
            assertThat(slots).as("阿X is written with the person it calls: " + t).contains("P");
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                for (Map<String, List<String>> v : List.of(slotValues(t, r))) {
                    for (int k = 0; k < v.get("PA").size(); k++) {
                        assertThat(v.get("P").get(k)).as(r.text()).endsWith(v.get("PA").get(k));
                        assertThat(v.get("PA").get(k)).hasSize(1);
                        called++;
                    }
                }
                for (Span s : r.gold()) {
                    if (s.length() == 1 && s.start() > 0 && r.text().charAt(s.start() - 1) == '阿') {
                        assertThat(r.text().substring(s.start() - 1, s.end())).as("阿 stays outside").startsWith("阿");
                    }
                }
            }
        }
        assertThat(called).isGreaterThan(20);
        assertThat(PoolNameForms.surnameOf("留德岩")).isEqualTo("留");
        assertThat(PoolNameForms.addressedGivenName("留德岩")).isEqualTo("德岩");
        assertThat(PoolNameForms.addressedGivenName("周详")).isEqualTo("周详");
        assertThat(Blind37Templates.lastCharOf("陈秀蕊")).isEqualTo("蕊");
        assertThat(Blind37Templates.fullNameOf("ZHOU Biyun")).isEqualTo("周碧云");
        assertThat(Blind37Templates.fullNameOf("Biyun Zhou")).isEqualTo("周碧云");
        assertThat(Blind37Templates.fullNameOf("ZHOU^BIYUN")).isEqualTo("周碧云");
        assertThat(Blind37Templates.fullNameOf("Samuele Zhou")).isEqualTo("周思澜");
        assertThat(Blind37Templates.fullNameOf("安瓦尔")).isEqualTo("Anwar Shamsan");
        assertThat(Blind37Templates.fullNameOf("PECCHIOLI^LOREDANA")).isEqualTo("Loredana Pecchioli");
        assertThat(Blind37Templates.fullNameOf("碧云")).isNull();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind37Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr").doesNotStartWith("Dott").doesNotEndWith("医生")
                            .doesNotEndWith("师傅").doesNotEndWith("老板").doesNotStartWith("阿娘").doesNotStartWith("阿爸");
                    if (v.length() == 2) assertThat(v).as(r.text()).doesNotEndWith("伯").doesNotEndWith("姆");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X伯, X姆, X师傅, X老板, X医生, X主任", 60);
    }

    /** Each identifier slot of one record of a template and the values written for it, in order. */
    private static Map<String, List<String>> slotValues(String template, LabelledRecord r) {
        List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int k = 0; k < r.gold().size(); k++) {
            values.computeIfAbsent(slots.get(k % slots.size()), s -> new ArrayList<>()).add(r.gold().get(k).in(r.text()));
        }
        return values;
    }

    @Test
    void aReturneesAndAChildsFormsInOneRecordNameTheSamePerson() {
        int returnees = 0, fiscal = 0, children = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t);
            boolean returnee = Stream.of("Q", "QL", "QH", "CF").filter(slots::contains).count() >= 2;
            boolean child = slots.contains("C") && slots.contains("CL");
            if (!returnee && !child) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                Map<String, List<String>> v = slotValues(t, r);
                Set<String> who = new HashSet<>();
                v.getOrDefault("Q", List.of()).forEach(who::add);
                for (String s : List.of("QL", "QH")) {
                    for (String x : v.getOrDefault(s, List.of())) who.add(Blind37Templates.fullNameOf(x));
                }
                if (!who.isEmpty()) {
                    assertThat(who).as("one returnee per record: " + r.text()).hasSize(1);
                    String name = who.iterator().next();
                    String[] entry = Blind37Templates.RETURNEES.stream().filter(e -> e.startsWith(name + "|"))
                            .findFirst().orElseThrow().split("\\|");
                    for (String cf : v.getOrDefault("CF", List.of())) {
                        assertThat(cf.substring(0, 6)).as(r.text()).isEqualTo(Blind37Templates.cfPart(entry[1], false)
                                + Blind37Templates.cfPart(entry[2], true));
                        int day = Integer.parseInt(cf.substring(9, 11));
                        assertThat(day > 40).as("women's day +40: " + cf).isEqualTo(entry[3].equals("F"));
                        fiscal++;
                    }
                    returnees++;
                }
                if (child) {
                    Set<String> kids = new HashSet<>(v.get("C"));
                    for (String x : v.get("CL")) kids.add(Blind37Templates.fullNameOf(x));
                    assertThat(kids).as("one child per record: " + r.text()).hasSize(1);
                    children++;
                }
            }
        }
        assertThat(returnees).isGreaterThan(200);
        assertThat(fiscal).isGreaterThan(30);
        assertThat(children).isGreaterThan(50);
    }

    @Test
    void theForeignChecksAndCalendarsComputeWhatTheyShould() {
        assertThat(Blind37Templates.cfCheck("RSSMRA85T10A562")).isEqualTo('S');
        assertThat(Blind37Templates.codiceFiscale("Rossi", "Mario", false, 1985, 12, 10, "A562"))
                .isEqualTo("RSSMRA85T10A562S");
        assertThat(Blind37Templates.cfPart("HU", false)).isEqualTo("HUX");
        assertThat(Blind37Templates.cfPart("Xiaowei", true)).isEqualTo("XWI");
        assertThat(Blind37Templates.cfPart("Chongyue", true)).isEqualTo("CNG");
        assertThat(nieValid("X1234567L")).isTrue();
        assertThat(nieValid("X-1234567-L")).isTrue();
        assertThat(Blind37Templates.elevenProof("111222333")).isTrue();
        assertThat(Blind37Templates.nirKey("2550814168025")).isEqualTo("38");
        assertThat(Blind37Templates.ribKey("30006", "00001", "12345678901")).isEqualTo("89");
        assertThat(Blind37Templates.spanishControl("21000418", "0200051332")).isEqualTo("45");
        assertThat(Blind37Templates.ibanValid("ES91 2100 0418 4502 0005 1332")).isTrue();
        assertThat(Blind37Templates.ibanValid("FR7630006000011234567890189")).isTrue();
        assertThat(Blind37Templates.ibanValid("NL91ABNA0417164300")).isTrue();
        assertThat(Blind37Templates.ibanValid("NL91ABNA0417164301")).isFalse();
        assertThat(Blind37Templates.ganzhi(1948)).isEqualTo("戊子");
        assertThat(Blind37Templates.ganzhi(1984)).isEqualTo("甲子");
        assertThat(Blind37Templates.ganzhi(1937)).isEqualTo("丁丑");
        assertThat(Blind37Templates.lunarDay(8)).isEqualTo("初八");
        assertThat(Blind37Templates.lunarDay(23)).isEqualTo("廿三");
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, she = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind37Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,2}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                if (Blind37Templates.minorityNames().contains(v.replaceAll("[ \n\u3000]", ""))) she++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(she).as("She names broken").isGreaterThan(3);
        assertThat(Blind37Templates.isScannedName("留\n德岩")).isTrue();
        assertThat(Blind37Templates.isScannedName("蓝 仙 妹")).isTrue();
        assertThat(Blind37Templates.isScannedName("留德岩")).isFalse();
        assertThat(Blind37Templates.isScannedName("留\n守老")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    private static boolean otherId(String v) {
        return v.matches(PASSPORT) || v.matches(CODICE_FISCALE) || v.matches(NIE) || v.matches(BSN);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        List<String> noIban = T.stream().filter(t -> !t.contains("{IB}")).toList();
        IdentifierTally tally = IdentifierTally.of(noIban, SEED, 3000, Blind37TemplatesTest::checkIdentity,
                Blind37Templates.legacyAreaCodes(), Blind37TemplatesTest::otherId);
        tally.checkIdentityForms(300, 10, true);
        assertThat(tally.issuedIn("3303")).as("issued in Wenzhou").isGreaterThan(100);
        assertThat(tally.issuedIn("3311", "3325")).as("issued in Lishui and the former prefecture").isGreaterThan(50);
        assertThat(tally.issuedIn("5224", "3624", "3412", "4127", "5002")).as("workers' home counties")
                .isGreaterThan(50);
        tally.checkCardForms(60);
        int passports = 0, newSeries = 0, cf = 0, nie = 0, nieHyphen = 0, bsn = 0, bsnDotted = 0;
        for (String v : tally.otherIds) {
            if (v.matches(PASSPORT)) {
                passports++;
                if (v.matches("E[A-Z]\\d{7}")) newSeries++;
            }
            if (v.matches(CODICE_FISCALE)) cf++;
            if (v.matches(NIE)) {
                nie++;
                if (v.contains("-")) nieHyphen++;
            }
            if (v.matches(BSN)) {
                bsn++;
                if (v.contains(".")) bsnDotted++;
            }
        }
        assertThat(passports).isGreaterThan(50);
        assertThat(newSeries).as("passports of the E-letter series").isGreaterThan(10);
        assertThat(cf).as("codici fiscali").isGreaterThan(30);
        assertThat(nie).as("NIEs").isGreaterThan(30);
        assertThat(nieHyphen).as("NIEs written X-1234567-L").isGreaterThan(3);
        assertThat(bsn).as("BSNs").isGreaterThan(10);
        assertThat(bsnDotted).as("BSNs written 1234.56.789").isGreaterThan(3);
        int ibans = 0, ibanGrouped = 0;
        Set<String> countries = new HashSet<>();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.BANK_CARD || !Character.isLetter(v.charAt(0))) continue;
                ibans++;
                if (v.contains(" ")) ibanGrouped++;
                countries.add(v.substring(0, 2));
            }
        }
        assertThat(ibans).isGreaterThan(50);
        assertThat(ibanGrouped).isGreaterThan(10);
        assertThat(countries).containsExactlyInAnyOrder("IT", "ES", "FR", "NL");
        IdentifierTally.checkTheChecksReject("332522", "33252219631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken one", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way").noneMatch(v -> v.contains("幺") && v.contains("一"));
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(0[5-9]|1\\d|2[0-4])年\\d{1,2}月\\d{1,2}日",
                "\\d{2}/\\d{2}/20(0[5-9]|1\\d|2[0-4])", "20(0[5-9]|1\\d|2[0-4])-\\d{2}-\\d{2}"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("OJ\\d{8}", "OJMZ.*", "QTRY-.*", "WXRY-.*",
                "RCRY-.*", "QBK3303.*", "QBK3311.*", "QBK3325.*", "3303\\d{13}", "33[12]\\d{14}"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("WZYB.*", "LSYB.*", "ZHQB.*", "[12]\\d{14}",
                "[12] \\d{2} .*", "80380.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+号", ".*村\\d+组\\d+号", ".*村\\d+组",
                ".*幢\\d单元\\d+室", ".*[乡镇]", ".*街道", ".*村", ".*(路|街)", "浙江省.*", "瓯源市.*", "青岙县.*", "文溪县.*",
                "瑞川市.*", ".*畲族镇.*", ".*鞋厂宿舍\\d号楼\\d+室", ".*国际商贸城[A-D]区\\d街\\d+号", ".*外商公寓.*",
                "Via .*", "Calle .*", "Carrer .*", "\\d+ rue .*", "\\d+ avenue .*", "Zeedijk .*", "West-Kruiskade .*",
                "Praterstraße .*", "Mariahilfer Straße .*", ".*\\d+º [A-D],.*", ".*\\d+-\\d, .*", ".*\\d+/\\d+, .*",
                ".* - 59100.*", ".*, Italia", ".*, España", ".*, France", ".*, Nederland", ".*, Österreich"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab and exposure values, amounts.
                "糖化血红蛋白8.1%", "二甲双胍850毫克", "WBC 3.2×10^9/L",
                "尿反-反式粘糠酸 0.32mg/g肌酐", "2.1mg/m³", "2,5-己二酮 4.6mg/L", "糖化血红蛋白7.9%", "空腹血糖8.9mmol/L",
                "EUR 1,280.00", "12,836.40元", "tachipirina 250",
                // Exam, waybill and message numbers, OIDs, codes, plates, hotlines.
                "ZYTJ2024-0318", "EA123456789CN", "MSG00318", "urn:oid:2.16.840.1.113883.2.9.4.3.2",
                "718-7^Hemoglobin^LN", "CPAM", "浙K·2Q318", "咨询热线12320", "咨询热线12345",
                // Facilities and places alone.
                "Azienda USL Toscana Centro", "Primo Ospedale Affiliato", "Hausarzt", "区域健康平台", "瓯江医科大学附属第一医院",
                "青岙县人民医院", "鹿川镇卫生院", "文溪县人民医院", "樟坑畲族镇卫生院", "宏达鞋业", "贵州纳雍", "普拉托",
                "米兰", "马德里", "巴黎", "维也纳", "佛罗伦萨", "巴塞罗那",
                // Kin words, titles and Wenzhounese words.
                "阿娘", "阿爸", "阿爷", "娒儿", "囡儿", "吃爻", "望望", "快显", "老板说报销", "nonna", "suocera",
                // Words beginning with one of the pool's surnames.
                "留守", "留观", "麻醉科", "金额", "叶酸片", "周一", "陈旧性", "黄疸", "林业站"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind37TemplatesTest::checkValue, checkedNames(), Blind37Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind37Templates.chineseNames());
        assertThat(values).as("every She villager is drawn").containsAll(Blind37Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind37Templates.nicknames());
        assertThat(values).as("every written form of the returnees, children, traders and Europeans")
                .containsAll(Blind37Templates.fullForms());
        assertThat(values).as("European given names are used alone (EG)")
                .containsAnyElementsOf(Blind37Templates.englishGivenNames().toList());
        assertThat(values).as("European family names are used alone (ES)")
                .containsAnyElementsOf(Blind37Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind37Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind37Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind37Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(110).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind37Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind37Templates.WORKERS).as("workers belong to the pool").isSubsetOf(chinese);
        List<String> returnees = Blind37Templates.RETURNEES.stream().map(e -> e.split("\\|")[0]).toList();
        List<String> kids = Blind37Templates.KIDS.stream().map(e -> e.split("\\|")[0]).toList();
        assertThat(returnees).as("returnees belong to the pool").isSubsetOf(chinese).doesNotHaveDuplicates()
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(kids).as("European-born children belong to the pool").isSubsetOf(chinese).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(returnees).hasSizeGreaterThanOrEqualTo(10);
        for (String e : Blind37Templates.RETURNEES) {
            String[] p = e.split("\\|");
            assertThat(p[1]).as(e).matches("[A-Z]+");
            assertThat(p[2]).as(e).matches("[A-Z][a-z]+");
            assertThat(p[3]).as(e).matches("[MF]");
        }
        for (String e : Blind37Templates.KIDS) {
            String[] p = e.split("\\|");
            assertThat(Blind37Templates.RETURNEES).as("a child's family name is a returnee's: " + e)
                    .anyMatch(x -> x.split("\\|")[1].equals(p[2]) && x.charAt(0) == p[0].charAt(0));
        }
        // As a patient list of the 侨乡: 陈 first, the commonest surnames three fifths or more, the rare a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry three fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 3L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        Map<Character, Long> bySurname = new HashMap<>();
        for (String n : chinese) bySurname.merge(n.charAt(0), 1L, Long::sum);
        assertThat(bySurname.get('陈')).as("陈 is the commonest surname")
                .isEqualTo(bySurname.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        List<String> she = Blind37Templates.minorityNames();
        assertThat(she).hasSizeGreaterThanOrEqualTo(18).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese)
                .allMatch(n -> "蓝雷钟".indexOf(n.charAt(0)) >= 0);
        assertThat(chinese).as("She surnames stay with the She").noneMatch(n -> "蓝雷钟".indexOf(n.charAt(0)) >= 0);
        assertThat(Blind37Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(she);
        assertThat(Blind37Templates.fullForms()).as("no name form stands inside another")
                .allMatch(a -> Blind37Templates.fullForms().stream().noneMatch(b -> !a.equals(b) && b.contains(a)));
        assertThat(Blind37Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind37Templates.TRADERS).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        List<String> traderChinese = Blind37Templates.TRADERS.stream().map(e -> e.split("\\|")[1]).toList();
        List<String> families = new ArrayList<>(Blind37Templates.englishSurnames().toList());
        List<String> givens = new ArrayList<>(Blind37Templates.englishGivenNames().toList());
        for (String e : Blind37Templates.TRADERS) {
            String latin = e.split("\\|")[0];
            givens.add(latin.substring(0, latin.indexOf(' ')));
            families.add(latin.substring(latin.indexOf(' ') + 1));
        }
        for (String e : Blind37Templates.KIDS) givens.add(e.split("\\|")[1]);
        List<String> allMinority = new ArrayList<>(she);
        allMinority.addAll(traderChinese);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(36);
        assertThat(TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, allMinority, families, givens))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, she, traderChinese, Blind37Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Blind37Templates.fullForms().stream().filter(n -> n.codePoints().anyMatch(TemplateChecks::isLatin))
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(36);
        assertThat(Blind37Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind37Templates.areaCodes();
        assertThat(areas).as("codes of Wenzhou and Lishui only").allMatch(a -> a.matches("3303\\d{2}|3311\\d{2}|3325\\d{2}"))
                .doesNotHaveDuplicates();
        assertThat(Blind37Templates.legacyAreaCodes()).as("codes of before 2000 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
        assertThat(Blind37Templates.workerAreaCodes()).doesNotContainAnyElementsOf(areas).hasSize(5);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and She names, nicknames, every written
     * form of the returnees, children, traders and Europeans, and European given and family names of three letters or
     * more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind37Templates.chineseNames().stream(), Blind37Templates.minorityNames().stream(),
                        Blind37Templates.nicknames().stream(), Blind37Templates.fullForms().stream(),
                        Blind37Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind37Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        List<String> codes = new ArrayList<>(Blind37Templates.areaCodes());
        codes.addAll(Blind37Templates.workerAreaCodes());
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                codes);
        if (v.length() == 15) assertThat(Blind37Templates.legacyAreaCodes()).contains(v.substring(0, 6));
    }

    private static boolean nieValid(String v) {
        String s = v.replace("-", "");
        int n = Integer.parseInt("XYZ".indexOf(s.charAt(0)) + s.substring(1, 8));
        return Blind37Templates.NIE_LETTERS.charAt(n % 23) == s.charAt(8);
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind37Templates.isPoolName(value)).as("name from the BLIND_37 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> {
                if (value.matches(PASSPORT)) return;
                if (value.matches(CODICE_FISCALE)) {
                    assertThat(Blind37Templates.cfCheck(value.substring(0, 15))).as(value).isEqualTo(value.charAt(15));
                    return;
                }
                if (value.matches(NIE)) {
                    assertThat(nieValid(value)).as("NIE check letter " + value).isTrue();
                    return;
                }
                if (value.matches(BSN)) {
                    assertThat(Blind37Templates.elevenProof(value.replace(".", ""))).as("BSN " + value).isTrue();
                    return;
                }
                checkIdentity(value);
            }
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind37Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
                if (value.startsWith("QBK")) {
                    assertThat(Blind37Templates.areaCodes()).as("health card on an area code: " + value)
                            .contains(value.substring(3, 9));
                }
            }
            case INSURANCE -> {
                if (value.matches(NIR)) {
                    String n = value.replace(" ", "");
                    assertThat(Blind37Templates.nirKey(n.substring(0, 13))).as("NIR key " + value)
                            .isEqualTo(n.substring(13));
                } else if (!value.matches(TEAM)) {
                    assertThat(value).matches(INSURANCE);
                }
            }
            case BANK_CARD -> {
                if (Character.isLetter(value.charAt(0))) {
                    assertThat(value).matches("(IT|ES|FR|NL)\\d{2}[A-Z0-9]+|(IT|ES|FR|NL)\\d{2}( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?");
                    assertThat(Blind37Templates.ibanValid(value)).as("IBAN check digits " + value).isTrue();
                } else {
                    TemplateChecks.checkCardInFours(value);
                }
            }
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value.matches(DOMESTIC) && !value.contains(" ") || value.matches(EUROPEAN))
                    .as("address " + value).isTrue();
        }
    }
}

package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * Well-formedness of the twenty-eighth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says,
 * every pool name turns up (Uyghur names in Chinese, with each separator for the dot, in Arabic script, in Latin and
 * pinyin-like, Kazakh, Kyrgyz and Russian names in Cyrillic, Kazakh, Kyrgyz, Tajik and Russian names in Latin), forms of
 * address and titles label the surname only, a given name used alone the given name, a minority given name before 阿卡,
 * 阿恰, 大叔 or 大姐 the given name of the record's minority patient, OCR'd names broken by a line break or blanks are
 * one span, resident identity numbers (also with a lower-case x, or 6-8-4 by blanks or hyphens) carry a valid GB 11643
 * check character and a Xinjiang area code, 15-digit numbers a valid birth date and a code of their time, bank cards a
 * valid Luhn digit, the phone (also spoken, of Kazakhstan and Kyrgyzstan, on every landline area code), record,
 * insurance, address (also in Uyghur script and Latin) and birth-date forms (also dd.mm.yyyy and Uyghur) the group
 * promises do occur, a child known by a parent's name labels the parent, the decoys (cyst types, titres, plates, lot,
 * staff, passport, specimen and message numbers, hotlines, facilities, places, Uyghur medicines, dishes, kin and
 * dialect words, ethnic names, words beginning with a pool surname) stand in the text and are never labelled, the
 * generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span, the pools,
 * their written forms and their rare surnames are new, and the Chinese names carry the surnames of the Han Bingtuan
 * families and the Hui, as a patient list of the region would. No de-identifier is run here: the group stays blind
 * until it is measured once.
 */
class Blind28TemplatesTest {
    private static final List<String> T = Blind28Templates.BLIND_28;
    private static final long SEED = Blind28Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d \\d{4} \\d{4}", "\\(\\+86\\)1[3-9]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> FOREIGN_PHONES = List.of("\\+7 7\\d{2} \\d{3} \\d{2} \\d{2}",
            "\\+7 \\(7\\d{2}\\) \\d{3}-\\d{2}-\\d{2}", "8 7\\d{2} \\d{3} \\d{4}", "\\+996 [257]\\d{2} \\d{3} \\d{3}",
            "\\+996 \\([257]\\d{2}\\) \\d{2}-\\d{2}-\\d{2}", "0[257]\\d{2} \\d{3} \\d{3}");
    private static final List<String> LANDLINE_AREAS = List.of("0998", "0903", "0997", "0991", "0999", "0906");
    /** The areas with seven-digit local numbers; Urumqi (0991) has eight. */
    private static final String SEVEN = "(099[789]|0903|0906)";
    private static final List<String> LANDLINES = List.of(
            "\\(" + SEVEN + "\\)[2-8]\\d{6}|\\(0991\\)[2-8]\\d{7}",
            SEVEN + " [2-8]\\d{2} \\d{4}|0991 [2-8]\\d{3} \\d{4}",
            SEVEN + "-[2-8]\\d{6}转\\d{3,4}|0991-[2-8]\\d{7}转\\d{3,4}",
            "\\+86 (99[789]|903|906) [2-8]\\d{6}|\\+86 991 [2-8]\\d{7}",
            SEVEN + "-[2-8]\\d{6}|0991-[2-8]\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, FOREIGN_PHONES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "号",
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "\\d{2}-[A-Z]{3}-(19|20)\\d{2}",
            "[A-Z][a-z]{2,8} \\d{1,2}, (19|20)\\d{2}", "\\d{2}\\.\\d{2}\\.(19|20)\\d{2}",
            "(19|20)\\d{2}-يىلى \\d{1,2}-ئاينىڭ \\d{1,2}-كۈنى");
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "ZY" + YEARS + "\\d{6}|KB20" + YEARS + "\\d{6}|65\\d{15}|BT251-\\d{5}"
            + "|JHB20" + YEARS + "\\d{5}";
    private static final String INSURANCE = "XJYB\\d{10}|XJJM\\d{10}|XNH65\\d{10}|BTYB\\d{10}";
    private static final String ADDRESS = "(新疆维吾尔自治区|新疆生产建设兵团)?"
            + "(库木巴格市|乌鲁木齐市|第十五师|伊犁哈萨克自治州|阿勒泰地区)"
            + "\\S*?(\\d+室|\\d+-\\d+-\\d+|\\d+号|村|组|连|队|乡|镇|路|巷|大道|牧场|定居点)";
    private static final String SCRIPT_ADDRESS = "قۇمباغ شەھىرى (ئىتتىپاق|بوستان) يولى \\d+-نومۇر"
            + "|ئاچاتاغ ناھىيەسى (توغراق|يېڭىباغ) يېزىسى \\d+-كەنت \\d+-گۇرۇپپا"
            + "|No\\. \\d+ (Ittipaq|Bostan) Road, Kumbagh"
            + "|Group \\d+, Village \\d+, (Toghraq|Yengibagh) Township, Achatagh County";
    private static final List<String> PREFIXES = List.of("老", "小", "连长", "护士长");
    private static final List<String> HONORIFICS = List.of("大妈", "师傅", "书记", "大夫", "主任", "医生");
    /** The honorifics after a minority given name: elder brother and elder sister in Uyghur, uncle, elder sister. */
    private static final List<String> MINORITY_HONORIFICS = List.of("阿卡", "阿恰", "大叔", "大姐");
    private static final String RARE_SURNAMES = Blind28Templates.RARE_SURNAMES;
    /** The common surnames of the Han Bingtuan families. */
    private static final String COMMON_SURNAMES = "王李张刘陈杨赵周吴孙徐胡";
    /** Hui surnames (杨 and 马 are common among the Hui too; 杨 is counted with the common ones). */
    private static final String HUI_SURNAMES = "马丁白海哈纳穆沙";
    /** Mid-frequency surnames of the Bingtuan families. */
    private static final String MID_SURNAMES = "郭何高罗朱彭冯邓曾魏蒋谢宋唐韩付";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "UY", "UD", "UO",
                "UA", "UL", "UP", "KZ", "KY", "TJ", "RU", "MO", "XB", "CY", "LT", "MG", "PS", "FS", "PG", "PO", "PK",
                "EG"));
        for (String s : List.of("DOBC", "DOBE", "DOBR", "DOBU", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        phi.put("MX", EntityKind.PHONE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("AU", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(27);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(140, 150).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NC", "NM", "MN", "MG", "UY",
                "UD", "UO", "UA", "UL", "UP", "KZ", "KY", "TJ", "RU", "MO", "XB", "CY", "LT", "PS", "FS", "PG", "PK",
                "PO", "E", "E2", "ES", "EG", "ID", "M", "MV", "MX", "L", "R", "I", "B", "A", "A0", "AU", "DOB", "DOBC",
                "DOBE", "DOBR", "DOBU", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(18L, 24L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, HL7, 4, OCR, 9, VOICE, 15, WECHAT, 6, SMS, 9,
                EMAIL, 6, TABLES, 8));
        assertThat(T.stream().filter(t -> literalHas(t, Character.UnicodeScript.ARABIC)).count())
                .as("texts in Uyghur script").isGreaterThanOrEqualTo(4);
        assertThat(T.stream().filter(t -> literalHas(t, Character.UnicodeScript.CYRILLIC)).count())
                .as("texts in Kazakh Cyrillic").isGreaterThanOrEqualTo(3);
    }

    /** Whether the template's own text, slots left out, has letters of the script. */
    private static boolean literalHas(String t, Character.UnicodeScript script) {
        return TemplateChecks.SLOT.matcher(t).replaceAll("").codePoints()
                .anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == script);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind28Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind28TemplatesTest::checkValue);
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
        assertThat(PoolNameForms.surnameOf("王守田")).isEqualTo("王");
        assertThat(PoolNameForms.addressedGivenName("王守田")).isEqualTo("守田");
        assertThat(PoolNameForms.addressedGivenName("马骁")).isEqualTo("马骁");
        assertThat(Blind28Templates.givenOfMinority("艾尔肯·吐拉洪")).isEqualTo("艾尔肯");
        assertThat(Blind28Templates.givenOfMinority("才仁道尔吉")).isEqualTo("才仁道尔吉");
    }

    @Test
    void aMinorityGivenNameAloneIsThatOfTheRecordsMinorityPatient() {
        int checked = 0;
        for (String template : T) {
            List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("MN") || !slots.contains("MG")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                String patient = values.get(slots.indexOf("MN"));
                for (int k = 0; k < values.size(); k++) {
                    if (!slots.get(k % slots.size()).equals("MG")) continue;
                    assertThat(values.get(k)).as(r.text()).isEqualTo(Blind28Templates.givenOfMinority(patient));
                    assertThat(patient).as(r.text()).startsWith(values.get(k) + "·");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void formsOfAddressStayOutsideTheNameSpan() {
        Pattern around = Pattern.compile("(" + String.join("|", PREFIXES) + ")\\{(PS|FS|DS)}|\\{(PS|FS|DS)}("
                + String.join("|", HONORIFICS) + ")|\\{MG}(" + String.join("|", MINORITY_HONORIFICS) + ")");
        int prefixed = 0, suffixed = 0, minority = 0;
        Set<String> seen = new HashSet<>();
        for (String template : T) {
            if (!around.matcher(template).find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    boolean surname = Blind28Templates.chineseNames().stream()
                            .anyMatch(n -> PoolNameForms.surnameOf(n).equals(v));
                    boolean given = Blind28Templates.turkicNames().stream()
                            .anyMatch(n -> Blind28Templates.givenOfMinority(n).equals(v));
                    if (surname) {
                        assertThat(v).as(r.text()).hasSize(1).doesNotContain("老", "小", "连", "长", "护", "士", "大",
                                "妈", "师", "傅", "书", "记", "夫", "主", "任", "医", "生");
                        for (String p : PREFIXES) {
                            if (before.endsWith(p)) {
                                seen.add(p);
                                prefixed++;
                                break;
                            }
                        }
                        for (String h : HONORIFICS) {
                            if (after.startsWith(h)) {
                                seen.add(h);
                                suffixed++;
                                break;
                            }
                        }
                    }
                    if (given) {
                        for (String h : MINORITY_HONORIFICS) {
                            assertThat(v).as(r.text()).doesNotEndWith(h);
                            if (after.startsWith(h)) {
                                seen.add(h);
                                minority++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(prefixed).as("老X, 小X, 连长X, 护士长X").isGreaterThan(20);
        assertThat(suffixed).as("X大妈, X师傅, X大夫 …").isGreaterThan(150);
        assertThat(minority).as("X阿卡, X阿恰, X大叔, X大姐").isGreaterThan(40);
        assertThat(seen).as("every form of address is written")
                .containsAll(Stream.of(PREFIXES, HONORIFICS, MINORITY_HONORIFICS).flatMap(List::stream).toList());
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, dotBroken = 0, dotBlanks = 0, dotSpaced = 0;
        int blankForDot = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                        && Character.isLetter(c))) {
                    continue;
                }
                if (Blind28Templates.dotVariantOf(v) != null) {
                    assertThat(v).as(r.text()).doesNotContain("\n", "\u3000", "·");
                    blankForDot++;
                    continue;
                }
                assertThat(Blind28Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("·")) {
                    if (v.contains("\n")) dotBroken++;
                    if (v.matches("\\S+ · \\S+")) dotBlanks++;
                    if (v.matches("(\\S )+\\S")) dotSpaced++;
                    continue;
                }
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,2}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("Chinese names broken by a line break").isGreaterThan(10);
        assertThat(single).as("Chinese names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("Chinese names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("Chinese names with a blank between every character").isGreaterThan(5);
        assertThat(dotBroken).as("minority names broken at the dot by a line break").isGreaterThan(10);
        assertThat(dotBlanks).as("minority names with blanks round the dot").isGreaterThan(5);
        assertThat(dotSpaced).as("minority names with a blank between every character").isGreaterThan(5);
        assertThat(blankForDot).as("minority names with a blank for the dot").isGreaterThan(5);
        assertThat(Blind28Templates.isScannedName("王\n守田")).isTrue();
        assertThat(Blind28Templates.isScannedName("艾尔肯·\n吐拉洪")).isTrue();
        assertThat(Blind28Templates.isScannedName("艾 尔 肯 · 吐 拉 洪")).isTrue();
        assertThat(Blind28Templates.isScannedName("王守田")).isFalse();
        assertThat(Blind28Templates.isScannedName("王\n守")).isFalse();
        assertThat(Blind28Templates.dotVariantOf("艾尔肯•吐拉洪")).isEqualTo("艾尔肯·吐拉洪");
        assertThat(Blind28Templates.dotVariantOf("艾尔肯吐拉洪")).isNull();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女", "的巴郎")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind28TemplatesTest::checkIdentity,
                Blind28Templates.legacyAreaCodes(), v -> false);
        tally.checkEveryPromisedForm(250, 50);
        assertThat(tally.issuedIn("6531")).as("issued in Kashgar").isGreaterThan(40);
        assertThat(tally.issuedIn("6532")).as("issued in Hotan").isGreaterThan(20);
        assertThat(tally.issuedIn("6529")).as("issued in Aksu").isGreaterThan(20);
        assertThat(tally.issuedIn("6501")).as("issued in Urumqi").isGreaterThan(15);
        assertThat(tally.issuedIn("6540")).as("issued in Ili").isGreaterThan(15);
        assertThat(tally.issuedIn("6543")).as("issued in Altay").isGreaterThan(10);
        assertThat(tally.issuedIn("6590")).as("issued in the Bingtuan cities").isGreaterThan(5);
        assertThat(tally.issuedIn("6530")).as("issued in Kizilsu").isGreaterThan(0);
        IdentifierTally.checkTheChecksReject("653101", "65312419631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken one", List.of("幺.*", "一.*"), phones);
        assertThat(phones).as("a spoken number says the one one way").noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        TemplateChecks.checkEveryFormOccurs("Kazakhstan and Kyrgyzstan", List.of("\\+7 .*", "8 7.*", "\\+996 .*",
                "0[257].*"), phones);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("record form", List.of("ZY.*", "KB.*", "65\\d{15}", "BT251-.*", "JHB.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("XJYB.*", "XJJM.*", "XNH.*", "BTYB.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*号楼\\d单元\\d+室", ".*(小区|苑|明珠)\\d+-\\d-\\d+",
                ".*老城区.*巷\\d+号", ".*乡\\d+村\\d+组", ".*乡\\d+村\\d+组\\d+号", ".*镇\\d+村\\d+组.*",
                ".*(苏盖提|恰瓦克|英阿瓦提)村\\d+组.*", ".*团\\d+连", ".*连住宅区\\d+栋\\d+号", ".*团部胡杨小区\\d+栋\\d单元\\d+室",
                ".*牧业[一二三四]队", ".*冬牧场\\d号定居点", ".*夏牧场", ".*[乡镇]", ".*\\d+村", ".*(苏盖提|恰瓦克|英阿瓦提)村",
                ".*(路|大道)", "新疆维吾尔自治区.*", "新疆生产建设兵团.*", "库木巴格市.*", "乌鲁木齐市.*", "第十五师.*",
                "伊犁哈萨克自治州.*", "阿勒泰地区.*", ".*-نومۇر", ".*-گۇرۇپپا", "No\\. .*", "Group .*"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Cyst types, titres and other values.
                "CE1型", "CE2", "CE3b", "SAT 1:200", "虎红平板凝集试验阳性", "RBPT positive", "PPD强阳性", "GeneXpert",
                "Hb 212 g/L", "Hb 96 g/L", "41.2℃", "38.4℃", "3150g", "6.9mmol/L", "CAT评分20分", "ST-T改变", "血氧90%",
                "168/98", "HbA1c 8.1%",
                // Plates, lots, staff, passport, specimen and message numbers, hotlines.
                "新Q·7K203", "新A·3D721", "202403B017", "202311A085", "BT0317", "BT0412", "N12873465",
                "XJ2406120387", "MSG24612", "热线12345",
                // Facilities and places alone.
                "库木巴格医学院第一附属医院", "阿恰塔格县人民医院", "托格拉克乡卫生院", "二五一团医院", "库木巴格市疾控中心",
                "阿恰塔格县妇幼保健院", "阿恰塔格县医疗保障局", "自治区包虫病防治中心", "自治区胸科医院", "库木巴格市第三中学",
                "Kumbagh Medical College First Affiliated Hospital", "Kumbagh First Hospital", "霍尔果斯口岸",
                "吐尔尕特口岸", "库尔德宁", "吐鲁番", "甘肃定西", "河南周口", "Khorgos", "Kazakhstan", "Kyrgyzstan",
                "吉尔吉斯斯坦", "哈萨克斯坦", "قۇمباغ دوختۇرخانىسى", "Қумбағ ауруханасы",
                // Uyghur medicines and treatments, dishes.
                "复方木尼孜其颗粒", "驱白巴布期片", "祖卡木颗粒", "玫瑰花糖膏", "西帕依固龈液", "沙疗",
                "抓饭", "馕", "烤包子", "拉条子", "手抓肉", "马肠子", "奶茶", "馓子", "酸奶疙瘩", "红枣",
                // Kin words, dialect and common words in Uyghur and Kazakh.
                "阿帕", "阿达", "巴郎子", "亚克西", "中不中", "咋个办", "俺爹", "俺娘", "冬窝子", "毡房", "转场", "老汉", "娃娃",
                "دوختۇر", "ئاپام", "Телефон", "Дәрігер",
                // Ethnic names and languages.
                "维吾尔族", "哈萨克族", "柯尔克孜族", "塔吉克族", "回族", "锡伯族", "蒙古族", "俄罗斯族", "维吾尔医", "维吾尔语",
                "Uyghur",
                // Words beginning with one of the pool's surnames.
                "马上", "白天", "杨树", "海拔", "王不留行", "陈皮", "张力性头痛", "高原", "高血压", "周口"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind28TemplatesTest::checkValue, checkedNames(), Blind28Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind28Templates.chineseNames());
        assertThat(values).as("every minority pool name is written in Chinese")
                .containsAll(Blind28Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind28Templates.nicknames());
        assertThat(values).as("every English pool name is drawn").containsAll(Blind28Templates.englishNames().toList());
        for (String e : Blind28Templates.uyghurNames()) {
            List<String> forms = Blind28Templates.uyghurForms(e);
            assertThat(values).as("Uyghur name in Arabic script: " + e).contains(forms.get(0));
            assertThat(values).as("Uyghur name in Latin: " + e).containsAnyOf(forms.get(1), forms.get(2));
            assertThat(values).as("Uyghur name pinyin-like: " + e).containsAnyOf(forms.get(3), forms.get(4));
            assertThat(values).as("Uyghur name with another separator: " + e)
                    .containsAnyElementsOf(Blind28Templates.dotVariants(e.split("\\|")[0]));
        }
        for (int form = 1; form < 5; form++) {
            int f = form;
            assertThat(Blind28Templates.uyghurNames()).as("Uyghur form " + form)
                    .anyMatch(e -> values.contains(Blind28Templates.uyghurForms(e).get(f)));
        }
        for (String separator : Blind28Templates.SEPARATORS) {
            assertThat(values).as("dot written as [" + separator + "]").anyMatch(v -> v.contains(separator)
                    && Blind28Templates.dotVariantOf(v) != null);
        }
        for (String e : Blind28Templates.cyrillicNames()) {
            assertThat(values).as("name in Cyrillic: " + e).contains(e.split("\\|")[1]);
        }
        for (String e : Blind28Templates.latinNames()) {
            assertThat(values).as("name in Latin: " + e).containsAnyElementsOf(Blind28Templates.latinForms(e));
        }
        assertThat(Blind28Templates.latinNames()).as("Latin names as written and in capitals")
                .anyMatch(e -> values.contains(Blind28Templates.latinForms(e).get(0)))
                .anyMatch(e -> values.contains(Blind28Templates.latinForms(e).get(1)));
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind28Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind28Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind28Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("minority given names used alone (MG)").anyMatch(v -> !v.contains("·")
                && Blind28Templates.turkicNames().stream().anyMatch(n -> n.startsWith(v + "·")));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAnyElementsOf(Blind28Templates.WORD_LIKE);
    }

    @Test
    void scriptFormsAreWrittenInTheirScripts() {
        for (String e : Blind28Templates.uyghurNames()) {
            String[] p = e.split("\\|");
            assertThat(p).as(e).hasSize(4);
            assertThat(p[0]).as(e).matches("\\p{IsHan}+·\\p{IsHan}+");
            assertThat(p[1]).as(e).matches("[\\p{IsArabic}]+ [\\p{IsArabic}]+");
            assertThat(p[2]).as(e).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            assertThat(p[3]).as(e).matches("[A-Z][a-z]+ [A-Z][a-z]+");
        }
        for (String e : Blind28Templates.cyrillicNames()) {
            String[] p = e.split("\\|");
            assertThat(p[0]).as(e).matches("\\p{IsHan}+·\\p{IsHan}+");
            assertThat(p[1]).as(e).matches("[\\p{IsCyrillic}]+( [\\p{IsCyrillic}]+){1,2}");
        }
        for (String e : Blind28Templates.latinNames()) {
            String[] p = e.split("\\|");
            assertThat(p[0]).as(e).matches("\\p{IsHan}+·\\p{IsHan}+");
            assertThat(p[p.length - 1]).as(e).matches("[A-Z][a-z]+( [A-Za-z][a-z]+){1,2}");
        }
        assertThat(Blind28Templates.scriptWritten().toList()).as("each written form names one person")
                .doesNotHaveDuplicates();
        assertThat(Blind28Templates.fullNameOf("ERKIN TURAXUN")).isEqualTo("艾尔肯·吐拉洪");
        assertThat(Blind28Templates.fullNameOf("Гүлназ Нұрланқызы")).isEqualTo("古丽娜孜·努尔兰");
        assertThat(Blind28Templates.fullNameOf("AMANTUR KADYRBEK UULU")).isEqualTo("阿曼吐尔·卡德尔别克");
        assertThat(Blind28Templates.fullNameOf("Erkin")).isNull();
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind28Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind28Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind28Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind28Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a Bingtuan and city patient list: the common Han surnames dominate, the Hui ones carry a good share, the
        // mid-frequency ones most of the rest, the rare ones are a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long hui = chinese.stream().filter(n -> HUI_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long mid = chinese.stream().filter(n -> MID_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the common Han surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(hui * 10).as("Hui surnames carry a tenth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(mid * 10).as("mid-frequency surnames carry a tenth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat((common + hui + mid) * 10).as("common, Hui and mid-frequency surnames carry nine tenths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 9L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王' || n.charAt(0) == '李' || n.charAt(0) == '张')
                .count() * 5).as("王, 李 and 张 carry a fifth or more").isGreaterThanOrEqualTo(chinese.size());
        List<String> minority = Blind28Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese);
        assertThat(Blind28Templates.uyghurNames()).as("Uyghur names").hasSizeGreaterThanOrEqualTo(40);
        assertThat(Blind28Templates.turkicNames()).as("Uyghur, Kazakh, Kyrgyz and Tajik names are dotted")
                .allMatch(n -> n.matches("\\p{IsHan}+·\\p{IsHan}+"));
        assertThat(minority).as("a given name alone is never itself a full pool name")
                .noneMatch(n -> chinese.contains(Blind28Templates.givenOfMinority(n)));
        assertThat(Blind28Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind28Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind28Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind28Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(27);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, minority,
                Blind28Templates.englishSurnames().toList(), Blind28Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        List<String> generable = new ArrayList<>();
        for (String n : minority) {
            if (TemplateChecks.syntheticValuesCanGenerate(n)) generable.add(n);
        }
        assertThat(generable).as("minority names SyntheticValues can generate as Chinese names").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.strings(OLDER);
        assertThat(Stream.of(chinese, minority, Blind28Templates.nicknames()).flatMap(List::stream))
                .as("Han names an older group already has").noneMatch(olderStrings::contains);
        assertThat(minority.stream().filter(n -> n.contains("·")).map(n -> n.replace("·", "")))
                .as("minority names an older group has without the dot").noneMatch(olderStrings::contains);
        assertThat(Blind28Templates.scriptWritten()).as("Arabic-script, Cyrillic and Latin forms an older group has")
                .noneMatch(olderStrings::contains);
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        assertThat(Blind28Templates.latinWritten().map(OlderGroups::latinKey))
                .as("Latin names an older list keeps, in any case").noneMatch(olderKeys::contains);
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : OLDER) olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
        assertThat(olderHan).as("older names with this group's rare surnames")
                .noneMatch(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0);
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(27);
        assertThat(Blind28Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind28Templates.areaCodes();
        assertThat(areas).as("Xinjiang codes only").allMatch(a -> a.matches("65\\d{4}")).doesNotHaveDuplicates();
        assertThat(areas).as("Kashgar").filteredOn(a -> a.startsWith("6531")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(areas).as("Hotan").filteredOn(a -> a.startsWith("6532")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(areas).as("Aksu").filteredOn(a -> a.startsWith("6529")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("Urumqi").filteredOn(a -> a.startsWith("6501")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("Ili").filteredOn(a -> a.startsWith("6540")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("Altay").filteredOn(a -> a.startsWith("6543")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(areas).as("Bingtuan cities").filteredOn(a -> a.startsWith("6590")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind28Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .noneMatch(a -> a.startsWith("6540") || a.equals("659002") || a.equals("659003"));
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and minority names (also with another
     * separator for the dot), nicknames, English names, every Arabic-script, Cyrillic and Latin form, and English given
     * and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind28Templates.chineseNames().stream(), Blind28Templates.minorityNames().stream(),
                        Blind28Templates.minorityNames().stream().filter(n -> n.contains("·"))
                                .flatMap(n -> Blind28Templates.dotVariants(n).stream()),
                        Blind28Templates.nicknames().stream(), Blind28Templates.englishNames(),
                        Blind28Templates.scriptWritten(),
                        Blind28Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind28Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind28Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind28Templates.isPoolName(value)).as("name from the BLIND_28 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> {
                if (value.codePoints().anyMatch(c -> Character.isLetter(c)
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN)) {
                    assertThat(value).matches(SCRIPT_ADDRESS);
                } else {
                    assertThat(value).doesNotContain(" ").matches(ADDRESS);
                }
            }
        }
    }

}

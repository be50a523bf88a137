package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import static com.yilian.agents.deid.CheckRejections.reject;

/**
 * Well-formedness of the thirtieth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says (and the
 * check does reject a shifted span, a wrong kind and a name from outside the pools), every pool name turns up (Chinese,
 * Dai, Jingpo, Wa, Lisu, De'ang, Hani, Lahu, Burmese and Lao names in Chinese, every Dai name in Dai script, every
 * Jingpo name in Latin, every Burmese name in Latin and Burmese script, every Lao name in Latin and Lao script), forms
 * of address and titles label the surname only, a given name used alone the given name, the Burmese honorifics (U,
 * Daw, Ko, Ma, Maung, Mg, ဦး, ဒေါ်, ကို) and Mr or Ms before a Lao given name stay outside the span, OCR'd names broken by
 * a line break or blanks are one span, resident identity numbers (also with a lower-case x, or 6-8-4 by blanks or
 * hyphens) carry a valid GB 11643 check character and an area code of Dehong, Lincang, Pu'er, Xishuangbanna or
 * Kunming, 15-digit numbers a valid birth date and a code of their time, Myanmar NRC numbers are labelled as identity
 * numbers in Latin and in Burmese script, bank cards carry a valid Luhn digit, the phone (also spoken, Myanmar, Burmese
 * digits, Lao, Lao digits, Thai, on every landline area code), record, insurance, address (also Myanmar and Lao, in
 * Latin, Burmese, Lao and Chinese) and birth-date forms (also the Dai calendar, the Buddhist era, Burmese and Lao
 * digits) the group promises do occur, a child known by a parent's name labels the parent, the decoys (lab values,
 * doses, plates, lot, staff, passport, border-pass, specimen and message numbers, hotlines, facilities, Dai medicines,
 * dishes, kin words and titles, dialect words, greetings, days, ethnic names, words beginning with a pool surname or
 * name word) stand in the text and are never labelled, the generator is deterministic by seed, no pool name stands
 * anywhere in the text outside a labelled span, the pools, their written forms and their rare surnames are new, and
 * the Chinese names carry the surnames of the Han and of the Dai chieftain, Bai, Yi and Hui families as a patient list
 * of the Yunnan border would. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind30TemplatesTest {
    private static final List<String> T = Blind30Templates.BLIND_30;
    private static final long SEED = Blind30Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final String MY = "[၀-၉]";
    private static final String LO = "[໐-໙]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d \\d{4} \\d{4}", "\\(\\+86\\)1[3-9]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> MYANMAR_MOBILES = List.of("\\+95 9 [4796]\\d{2} \\d{3} \\d{3}",
            "\\+959[4796]\\d{8}", "09-[4796]\\d{8}", "09 [4796]\\d{2} \\d{3} \\d{3}");
    private static final List<String> BURMESE_MOBILES = List.of("၀၉[၄၇၉၆]" + MY + "{8}",
            "၀၉ [၄၇၉၆]" + MY + "{2} " + MY + "{3} " + MY + "{3}");
    private static final List<String> LAO_MOBILES = List.of("\\+856 20 [2579]\\d{3} \\d{4}", "020 [2579]\\d{3} \\d{4}",
            "\\+85620[2579]\\d{7}", "໐໒໐ [໒໕໗໙]" + LO + "{3} " + LO + "{4}");
    private static final List<String> THAI_MOBILES = List.of("\\+66 [689]\\d \\d{3} \\d{4}", "\\+66[689]\\d{8}",
            "0[689]\\d-\\d{3}-\\d{4}");
    private static final List<String> LANDLINE_AREAS = List.of("0692", "0883", "0879", "0691", "0871");
    private static final String AREAS = "(069[12]|0883|0879)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS + "\\)[2-8]\\d{6}|\\(0871\\)6\\d{7}",
            AREAS + " [2-8]\\d{2} \\d{4}|0871 6\\d{3} \\d{4}", AREAS + "-[2-8]\\d{6}转\\d{3,4}|0871-6\\d{7}转\\d{3,4}",
            "\\+86 (69[12]|883|879) [2-8]\\d{6}|\\+86 871 6\\d{7}", AREAS + "-[2-8]\\d{6}|0871-6\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, MYANMAR_MOBILES, BURMESE_MOBILES,
            LAO_MOBILES, THAI_MOBILES, LANDLINES).flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String BUDDHIST_YEAR = "(249[3-9]|25[0-4]\\d)";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "号",
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "\\d{2}-[A-Z]{3}-(19|20)\\d{2}",
            "[A-Z][a-z]{2,8} \\d{1,2}, (19|20)\\d{2}", "傣历1(29[7-9]|3[0-6]\\d)年\\d{1,2}月\\d{1,2}日",
            "\\d{1,2} (ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.) "
                    + BUDDHIST_YEAR,
            "佛历" + BUDDHIST_YEAR + "年\\d{1,2}月\\d{1,2}日", "\\d{1,2} [A-Z][a-z]{2} B\\.E\\. " + BUDDHIST_YEAR,
            "\\d{1,2}\\.\\d{1,2}\\.(19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}",
            MY + "{1,2}\\." + MY + "{1,2}\\.[၁၂][၉၀]" + MY + "{2}", LO + "{2}/" + LO + "{2}/[໑໒][໙໐]" + LO + "{2}");
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "JZ" + YEARS + "\\d{6}|JZMZ20" + YEARS + "\\d{6}|DYY" + YEARS + "-\\d{5}"
            + "|MMT53\\d{8}|ART-53\\d{4}-\\d{5}|KA20" + YEARS + "\\d{5}";
    private static final String INSURANCE = "YNYB\\d{10}|YNJM\\d{10}|XNH53\\d{10}";
    private static final String ADDRESS = "(云南省)?(景棕市|德宏州|西双版纳州|普洱市|临沧市)"
            + "\\S*?(\\d+室|\\d+-\\d+-\\d+|\\d+号|村民小组|寨|乡|镇|村委会|农场|队|路|街|大道)"
            + "|缅甸掸邦(木姐|南坎|腊戌)第\\d+区|老挝南塔省(勐新县|南塔县)班(东昆|南玛|磨丁)村";
    private static final String SCRIPT_ADDRESS = "No\\. \\d+, (Bogyoke|Pyidaungsu|Mandalay-Lashio) Road, Ward \\d+, Muse"
            + "|Ward \\d+, (Namkham|Muse|Kutkai), Northern Shan State"
            + "|(မူဆယ်မြို့|နမ့်ခမ်းမြို့|မြစ်ကြီးနားမြို့) ရပ်ကွက် " + MY + "+"
            + "|Ban (Donkhoune|Nammat|Boten), (Muang Sing|Muang Long|Luang Namtha), Luang Namtha"
            + "|ບ້ານ (ນ້ຳທາ|ບໍ່ເຕັນ|ດອນຄູນ) ເມືອງ (ຫຼວງນ້ຳທາ|ສິງ)";
    private static final String NRC = "(1|13)/(MaSaNa|NaKhaNa|LaShaNa|KaKhaNa|MaKaNa|BaMaNa)\\(N\\)\\d{6}"
            + "|(၁|၁၃)/(မဆန|နခန|လရှန|ကခန|မကန|ဗမန)\\(နိုင်\\)" + MY + "{6}";
    private static final List<String> PREFIXES = List.of("老", "小", "护士长");
    private static final List<String> HONORIFICS = List.of("师傅", "大夫", "主任", "医生", "老板", "大爹", "老倌");
    /** Honorifics before a Burmese name, in Latin and Burmese script, and before a Lao given name. */
    private static final List<String> BURMESE_BEFORE = List.of("U ", "Daw ", "Ko ", "Ma ", "Mg ", "Maung ", "ဦး", "ဒေါ်",
            "ကို");
    private static final List<String> LAO_BEFORE = List.of("Mr ", "Ms ");
    private static final String RARE_SURNAMES = Blind30Templates.RARE_SURNAMES;
    /** The common Han surnames. */
    private static final String COMMON_SURNAMES = "李王张杨刘陈赵周";
    /** The Dai chieftain families and the Bai, Yi and Hui of Yunnan. */
    private static final String BORDER_SURNAMES = "刀孟段普纳者";
    /** Mid-frequency surnames. */
    private static final String MID_SURNAMES = "何罗董高郭朱杜尹鲁施";
    /** Codes created after 1999 (Lincang and Pu'er became cities), on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("530902", "530926", "530927", "530802", "530827", "530828",
            "530829");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "DP", "DT", "JL",
                "BN", "BB", "BC", "LN", "LL", "LC", "LG", "NO", "PS", "FS", "PG", "PO", "PK", "EG"));
        for (String s : List.of("DOBC", "DOBE", "DOBD", "DOBB", "DOBX", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        for (String s : List.of("MV", "MX", "MB", "ML", "MF")) phi.put(s, EntityKind.PHONE);
        phi.put("NRC", EntityKind.ID_NUMBER);
        phi.put("AX", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(29);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(145, 155).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NC", "NM", "MN", "DP", "DT",
                "JL", "BN", "BB", "BC", "LN", "LL", "LC", "LG", "NO", "PS", "FS", "PG", "PK", "PO", "E", "ES", "EG",
                "ID", "NRC", "M", "MV", "MX", "MB", "ML", "MF", "L", "R", "I", "B", "A", "A0", "AX", "DOB", "DOBC",
                "DOBE", "DOBD", "DOBB", "DOBX", "NB"));
        assertThat(used).contains("E2");
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(18L, 28L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, HL7, 4, OCR, 9, VOICE, 15, WECHAT, 6, SMS, 9,
                EMAIL, 6, TABLES, 8));
        assertThat(T.stream().filter(t -> literalHas(t, Character.UnicodeScript.MYANMAR)).count())
                .as("texts in Burmese script").isGreaterThanOrEqualTo(4);
        assertThat(T.stream().filter(t -> literalHas(t, Character.UnicodeScript.LAO)).count())
                .as("texts in Lao script").isGreaterThanOrEqualTo(2);
        assertThat(T.stream().filter(t -> literalHas(t, Character.UnicodeScript.NEW_TAI_LUE)).count())
                .as("texts in Dai script").isGreaterThanOrEqualTo(1);
    }

    /** Whether the template's own text, slots left out, has letters of the script. */
    private static boolean literalHas(String t, Character.UnicodeScript script) {
        return TemplateChecks.SLOT.matcher(t).replaceAll("").codePoints()
                .anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == script);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind30Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind30TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        CheckRejections.checkRejections(T, "【那勒乡卫生院】", SEED, PHI, Blind30TemplatesTest::checkValue, List.of(
                reject(EntityKind.NAME, "张三", "a name from outside the pools"),
                reject(EntityKind.NAME, "岩温", "a Dai name from outside the pools"),
                reject(EntityKind.NAME, "Daw Nilar Htwe", "a Burmese name with its honorific"),
                reject(EntityKind.BIRTH_DATE, "泼水节", "a festival, not a date"),
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "MA419273", "a passport number"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere")));
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
        assertThat(PoolNameForms.surnameOf("王边疆")).isEqualTo("王");
        assertThat(PoolNameForms.addressedGivenName("王边疆")).isEqualTo("边疆");
        assertThat(PoolNameForms.addressedGivenName("李榕")).isEqualTo("李榕");
    }

    @Test
    void formsOfAddressAndHonorificsStayOutsideTheNameSpan() {
        int burmese = 0, lao = 0;
        Set<String> seenBurmese = new HashSet<>(), seenLao = new HashSet<>();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind30Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        Set<String> burmeseForms = new HashSet<>();
        for (String e : Blind30Templates.burmeseNames()) burmeseForms.addAll(Blind30Templates.scriptForms(e));
        Set<String> laoGiven = new HashSet<>();
        for (String e : Blind30Templates.laoNames()) laoGiven.add(e.split("\\|")[0].split(" ")[0]);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    forms.count(v, before, after, r.text());
                    if (burmeseForms.contains(v)) {
                        for (String h : BURMESE_BEFORE) {
                            assertThat(v).as(r.text()).doesNotStartWith(h);
                            if (before.endsWith(h)) {
                                seenBurmese.add(h);
                                burmese++;
                            }
                        }
                    }
                    if (laoGiven.contains(v)) {
                        for (String h : LAO_BEFORE) {
                            if (before.endsWith(h)) {
                                seenLao.add(h);
                                lao++;
                            }
                        }
                    }
                }
            }
        }
        forms.check("老X, 小X, 护士长X", 20, "X师傅, X大夫, X主任 …", 150);
        assertThat(burmese).as("U, Daw, Ko, Ma, Maung, Mg, ဦး, ဒေါ်, ကို before a Burmese name").isGreaterThan(60);
        assertThat(lao).as("Mr, Ms before a Lao given name").isGreaterThan(10);
        assertThat(seenBurmese).as("every Burmese honorific").containsExactlyInAnyOrderElementsOf(BURMESE_BEFORE);
        assertThat(seenLao).as("Mr and Ms").containsExactlyInAnyOrderElementsOf(LAO_BEFORE);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        int minorityBroken = 0, minorityBlank = 0, minorityIdeographic = 0, minoritySpaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                        && Character.isLetter(c))) {
                    continue;
                }
                assertThat(Blind30Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                String joined = v.replaceAll("[ \n\u3000]", "");
                if (Blind30Templates.chineseNames().contains(joined)) {
                    if (v.contains("\n")) broken++;
                    if (v.matches("\\S \\S{1,3}")) single++;
                    if (v.contains("\u3000")) ideographic++;
                    if (v.matches("(\\S )+\\S")) spaced++;
                    continue;
                }
                assertThat(Blind30Templates.ethnicNames()).as(v).contains(joined);
                if (v.contains("\n")) minorityBroken++;
                if (v.contains("\u3000")) minorityIdeographic++;
                if (v.matches("\\S+ \\S+")) minorityBlank++;
                if (v.matches("(\\S )+\\S") && v.length() > 3) minoritySpaced++;
            }
        }
        assertThat(broken).as("Chinese names broken by a line break").isGreaterThan(10);
        assertThat(single).as("Chinese names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("Chinese names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("Chinese names with a blank between every character").isGreaterThan(5);
        assertThat(minorityBroken).as("minority names broken by a line break").isGreaterThan(5);
        assertThat(minorityBlank).as("minority names with a blank").isGreaterThan(5);
        assertThat(minorityIdeographic).as("minority names with an ideographic blank").isGreaterThan(5);
        assertThat(minoritySpaced).as("minority names with a blank between every character").isGreaterThan(2);
        assertThat(Blind30Templates.isScannedName("王\n边疆")).isTrue();
        assertThat(Blind30Templates.isScannedName("木然\n干")).isTrue();
        assertThat(Blind30Templates.isScannedName("岩 温 坦")).isTrue();
        assertThat(Blind30Templates.isScannedName("岩温坦")).isFalse();
        assertThat(Blind30Templates.isScannedName("岩\n温")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女", "家的孩子")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind30TemplatesTest::checkIdentity,
                Blind30Templates.legacyAreaCodes(), v -> v.contains("/"));
        tally.checkEveryPromisedForm(250, 40);
        List<String> nrc = tally.otherIds;
        assertThat(nrc).as("Myanmar NRC numbers").hasSizeGreaterThan(50).allMatch(v -> v.matches(NRC));
        assertThat(nrc).as("NRC numbers in Burmese script").filteredOn(v -> v.contains("နိုင်")).hasSizeGreaterThan(10);
        assertThat(tally.issuedIn("5331")).as("issued in Dehong").isGreaterThan(15);
        assertThat(tally.issuedIn("5309", "5335")).as("issued in Lincang").isGreaterThan(15);
        assertThat(tally.issuedIn("5308", "5327")).as("issued in Pu'er").isGreaterThan(15);
        assertThat(tally.issuedIn("5328")).as("issued in Xishuangbanna").isGreaterThan(15);
        assertThat(tally.issuedIn("5301")).as("issued in Kunming").isGreaterThan(5);
        IdentifierTally.checkTheChecksReject("533102", "53282219631103123");
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
        TemplateChecks.checkEveryFormOccurs("Myanmar operators", List.of("(\\+95 ?|0)9[ -]?4.*", "(\\+95 ?|0)9[ -]?7.*",
                "(\\+95 ?|0)9[ -]?9.*", "(\\+95 ?|0)9[ -]?6.*"), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        assertThat(dates).as("a Dai-calendar year is the common era less 638").filteredOn(d -> d.startsWith("傣历"))
                .isNotEmpty().allMatch(d -> {
                    int y = Integer.parseInt(d.substring(2, 6)) + 638;
                    return y >= 1935 && y <= 2007;
                });
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("JZ\\d.*", "JZMZ.*", "DYY.*", "MMT.*", "ART-.*",
                "KA.*"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("YNYB.*", "YNJM.*", "XNH.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*栋\\d单元\\d+室",
                ".*(小区|花园|家园|苑|新城|宿舍)\\d+-\\d-\\d+", ".*村委会.*村民小组", ".*村委会.*村民小组\\d+号",
                ".*村委会\\d+组\\d+号", ".*寨\\d+号", ".*村委会.*寨", ".*[乡镇]", ".*村委会", ".*农场",
                ".*分场[一二三四五六七八九十]+队", ".*队\\d+号", ".*(路|街|大道)", "云南省.*", "景棕市.*", "德宏州.*",
                "西双版纳州.*", "普洱市.*", "临沧市.*", "缅甸.*", "老挝.*", "No\\. .*", "Ward .*", ".*ရပ်ကွက် .*", "Ban .*",
                "ບ້ານ .*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Parasites, lab values, doses.
                "RDT阳性", "P.f 12,400/μL", "parasitaemia 2.1%", "G6PD正常", "NS1抗原阳性", "PLT 42×10^9/L",
                "布雷图指数35", "CD4 412 cells/μL", "HIV-1 RNA <20 copies/mL", "60ml", "吗啡阴性", "45ml", "HRZE",
                "GeneXpert", "6000U", "39.8℃", "MCV 62fL", "HbA2 5.8%", "Hb 58g/L", "Hb 94 g/L", "3100g", "38.9℃",
                "空腹血糖9.6mmol/L", "50 ml", "||12400|",
                // Plates, passports, border passes, lots, staff, specimen and message numbers, hotlines, sections.
                "云N·5A213", "云K·3B721", "MA419273", "P2718394", "J0528713", "202405M017", "2024B0917", "202309D115",
                "XJ-0318", "MLF0417", "MLF0522", "MSG24612", "DH2406187", "热线12345", "7队13号林段",
                // Facilities and places alone.
                "景棕市人民医院", "勐蚌县人民医院", "弄曼县人民医院", "弄曼县妇幼保健院", "那勒乡卫生院", "景棕市傣医医院",
                "景棕市疾控中心", "勐蚌县医疗保障局", "昆明医科大学附一院", "省寄生虫病防治所", "Jingzong People's Hospital",
                "Jingzong port", "Muse clinic", "Myanmar", "ကျင်ဇုံ ဆေးရုံ", "ໂຮງໝໍ ຈິງຊົງ", "孟连",
                // Dai medicine, dishes and fruit.
                "雅解沙把", "雅叫哈顿", "睡药", "拢梅兰申", "撒撇", "酸笋", "竹筒饭", "糯米饭", "香茅草烤鱼", "米酒",
                "菠萝蜜", "芒果", "普洱茶", "见手青", "白毒伞", "竹叶青",
                // Kin words, titles, dialect words, greetings and days.
                "咪涛", "波涛", "小卜少", "阿妈", "阿爸", "姑娘", "大爹", "老倌", "给是", "咋个整", "老火", "板扎", "脚杆",
                "打摆子", "泼水节", "星期六", "星期一", "Monday", "မင်္ဂလာပါ", "ဆရာဝန်", "ສະບາຍດີ", "ທ່ານໝໍ",
                // Ethnic names.
                "傣族", "景颇族", "佤族", "傈僳族", "德昂族", "阿昌族", "汉族", "白族",
                // Words beginning with one of the pools' surnames or name words.
                "玉石", "玉米", "艾滋病", "叶酸", "包扎", "排便", "茶园", "茶叶", "胶刀", "刀划伤"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind30TemplatesTest::checkValue, checkedNames(), Blind30Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind30Templates.chineseNames());
        assertThat(values).as("every minority name is written in Chinese").containsAll(Blind30Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind30Templates.nicknames());
        assertThat(values).as("every English pool name is drawn").containsAll(Blind30Templates.englishNames().toList());
        for (String e : Blind30Templates.daiNames()) {
            assertThat(values).as("Dai name in Dai script: " + e).contains(e.split("\\|")[1]);
        }
        for (String e : Blind30Templates.jingpoNames()) {
            assertThat(values).as("Jingpo name in Latin: " + e).contains(e.split("\\|")[1]);
        }
        for (String e : Stream.of(Blind30Templates.burmeseNames(), Blind30Templates.laoNames()).flatMap(List::stream)
                .toList()) {
            List<String> forms = Blind30Templates.scriptForms(e);
            assertThat(values).as("name in Latin: " + e).containsAnyOf(forms.get(0), forms.get(1));
            assertThat(values).as("name in its own script: " + e).contains(forms.get(2));
        }
        assertThat(Blind30Templates.burmeseNames()).as("Burmese names in capitals")
                .anyMatch(e -> values.contains(Blind30Templates.scriptForms(e).get(1)));
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind30Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind30Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind30Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("Lao given names used alone (LG)").anyMatch(v -> Blind30Templates.laoNames().stream()
                .anyMatch(e -> e.startsWith(v + " ")));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind30Templates.WORD_LIKE);
        assertThat(values).as("Dai parents named after their first child")
                .containsAll(Blind30Templates.parentalNames());
    }

    @Test
    void scriptFormsAreWrittenInTheirScripts() {
        for (String e : Blind30Templates.daiNames()) {
            String[] p = e.split("\\|");
            assertThat(p).as(e).hasSize(2);
            assertThat(p[0]).as(e).matches("\\p{IsHan}{2,3}");
            assertThat(p[1].codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.NEW_TAI_LUE)
                    || p[1].codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.TAI_LE))
                    .as("New Tai Lü or Tai Le: " + e).isTrue();
            assertThat(p[1].codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.TAI_LE))
                    .as("Tai Le for the Dehong names (混, 喃): " + e).isEqualTo(p[0].matches("[混喃].*"));
        }
        for (String e : Blind30Templates.jingpoNames()) {
            String[] p = e.split("\\|");
            assertThat(p[0]).as(e).matches("\\p{IsHan}{2,4}");
            assertThat(p[1]).as(e).matches("[A-Z][a-z]+( [A-Z][a-z]+)+");
        }
        for (String e : Blind30Templates.burmeseNames()) {
            String[] p = e.split("\\|");
            assertThat(p).as(e).hasSize(3);
            assertThat(p[0]).as(e).matches("[A-Z][a-z]+( [A-Z][a-z]+)+");
            assertThat(p[1].codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.MYANMAR))
                    .as("Burmese script: " + e).isTrue();
            assertThat(p[2]).as(e).matches("\\p{IsHan}{3,4}");
            for (String h : List.of("U ", "Daw ", "Ko ", "Ma ", "Mg ", "Maung ")) {
                assertThat(p[0]).as("no honorific in the name: " + e).doesNotStartWith(h);
            }
            assertThat(p[1]).as(e).doesNotStartWith("ဦး").doesNotStartWith("ဒေါ်").doesNotStartWith("ကို");
        }
        for (String e : Blind30Templates.laoNames()) {
            String[] p = e.split("\\|");
            assertThat(p).as(e).hasSize(3);
            assertThat(p[0]).as(e).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            assertThat(p[1]).as(e).matches("\\S+ \\S+");
            assertThat(p[1].replace(" ", "").codePoints()
                    .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LAO)).as(e).isTrue();
            assertThat(p[2]).as(e).matches("\\p{IsHan}+·\\p{IsHan}+");
        }
        assertThat(Blind30Templates.scriptWritten().toList()).as("each written form names one person")
                .doesNotHaveDuplicates();
        assertThat(Blind30Templates.fullNameOf("KYAW ZIN HTET")).isEqualTo("觉辛泰");
        assertThat(Blind30Templates.fullNameOf("ကျော်ဇင်ထက်")).isEqualTo("觉辛泰");
        assertThat(Blind30Templates.fullNameOf("Maran Gam")).isEqualTo("木然干");
        assertThat(Blind30Templates.fullNameOf("ສຸກສະຫວັນ ພົມມະຈັນ")).isEqualTo("苏沙万·蓬玛占");
        assertThat(Blind30Templates.fullNameOf("Souksavanh")).isNull();
        assertThat(Blind30Templates.burmeseDigits("1967")).isEqualTo("၁၉၆၇");
        assertThat(Blind30Templates.laoDigits("1967")).isEqualTo("໑໙໖໗");
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind30Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind30Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind30Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind30Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the Yunnan border: the common Han surnames dominate, the Dai chieftain, Bai, Yi and Hui
        // ones carry a good share, the mid-frequency ones most of the rest, the rare ones are a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long border = chinese.stream().filter(n -> BORDER_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long mid = chinese.stream().filter(n -> MID_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the common Han surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(border * 5).as("Dai chieftain, Bai, Yi and Hui surnames carry a fifth or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(mid * 10).as("mid-frequency surnames carry a tenth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat((common + border + mid) * 10).as("common, border and mid-frequency surnames carry nine tenths")
                .isGreaterThanOrEqualTo(chinese.size() * 9L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '李' || n.charAt(0) == '王' || n.charAt(0) == '张')
                .count() * 5).as("李, 王 and 张 carry a fifth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '杨').count()).as("杨 is common in Yunnan")
                .isGreaterThan(chinese.stream().filter(n -> n.charAt(0) == '刘').count());
        List<String> minority = Blind30Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(90).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese);
        assertThat(Blind30Templates.ethnicNames()).as("Xishuangbanna Dai names with 岩 or 玉")
                .filteredOn(n -> n.matches("[岩玉].+")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(Blind30Templates.ethnicNames()).as("Dehong Dai names with 混 or 喃")
                .filteredOn(n -> n.matches("[混喃].+")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind30Templates.parentalNames()).as("parents named after their first child")
                .allMatch(n -> n.matches("[波咪][岩玉].+")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind30Templates.ethnicNames()).as("Jingpo names with a clan name")
                .filteredOn(n -> n.matches("(木然|勒排|排|岳|腊邦|恩昆|麻日).+")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind30Templates.ethnicNames()).as("Wa names with a birth-order word")
                .filteredOn(n -> n.matches("[艾尼安塞欧叶].")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind30Templates.ethnicNames()).as("Lahu names with 扎 or 娜")
                .filteredOn(n -> n.matches("[扎娜].")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind30Templates.burmeseNames()).as("Burmese names").hasSizeGreaterThanOrEqualTo(20);
        assertThat(Blind30Templates.burmeseNames()).as("Shan names with Sai or Nang")
                .filteredOn(e -> e.matches("(Sai|Nang) .*")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind30Templates.laoNames()).as("Lao names").hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind30Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind30Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind30Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind30Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(29);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, minority,
                Blind30Templates.englishSurnames().toList(), Blind30Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.strings(OLDER);
        assertThat(Stream.of(chinese, minority, Blind30Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        assertThat(minority.stream().filter(n -> n.contains("·")).map(n -> n.replace("·", ""))
                .filter(olderStrings::contains)).as("Lao names an older group has without the dot").isEmpty();
        assertThat(Blind30Templates.scriptWritten().filter(olderStrings::contains))
                .as("Dai-script, Burmese-script, Lao-script and Latin forms an older group has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        assertThat(Blind30Templates.latinWritten().filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
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
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(29);
        assertThat(Blind30Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind30Templates.areaCodes();
        assertThat(areas).as("Yunnan border and Kunming codes only")
                .allMatch(a -> a.matches("5331\\d{2}|5309\\d{2}|5335\\d{2}|5308\\d{2}|5327\\d{2}|5328\\d{2}|5301\\d{2}"))
                .doesNotHaveDuplicates();
        assertThat(areas).as("Dehong").filteredOn(a -> a.startsWith("5331")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(areas).as("Lincang").filteredOn(a -> a.matches("5309.*|5335.*")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(areas).as("Pu'er").filteredOn(a -> a.matches("5308.*|5327.*")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(areas).as("Xishuangbanna").filteredOn(a -> a.startsWith("5328")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind30Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and minority names, nicknames, English
     * names, every Dai-script, Jingpo, Burmese and Lao form, Lao given names, and English given and family names of
     * three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind30Templates.chineseNames().stream(), Blind30Templates.minorityNames().stream(),
                        Blind30Templates.nicknames().stream(), Blind30Templates.englishNames(),
                        Blind30Templates.scriptWritten(),
                        Blind30Templates.laoNames().stream().map(e -> e.split("\\|")[0].split(" ")[0]),
                        Blind30Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind30Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind30Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind30Templates.isPoolName(value)).as("name from the BLIND_30 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> {
                if (value.contains("/")) {
                    assertThat(value).matches(NRC);
                } else {
                    checkIdentity(value);
                }
            }
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.startsWith("MMT") || value.startsWith("ART-")) {
                    assertThat(Blind30Templates.areaCodes()).as("number on an area code: " + value)
                            .contains(value.replaceAll("\\D", "").substring(0, 6));
                }
            }
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE);
                if (value.startsWith("XNH")) {
                    assertThat(Blind30Templates.areaCodes()).as(value).contains(value.substring(3, 9));
                }
            }
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

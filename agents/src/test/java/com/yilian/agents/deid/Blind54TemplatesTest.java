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
 * Well-formedness of the fifty-fourth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says (and the
 * check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role and identifiers of
 * elsewhere), every pool name turns up (Shaanxi, Hunan, Henan and Sichuan names, in characters and in passport and
 * airline pinyin; Hui interpreters in characters, by their Muslim names in characters and Arabic script and in passport
 * pinyin; nicknames; foreign colleagues in Latin and Arabic script), forms of address (老X, 小X, X工, X师傅, X经理, X总, X医生,
 * X大夫, X主任, X队长, X班长, X哥, X姐, X嗲, X翻译) label the surname only and a given name used alone the given name, the pinyin
 * forms are the record's patient and the Muslim-name and passport forms the record's Hui interpreter, OCR'd names broken
 * by a line break or blanks are one span, a wife known by her husband's name labels the husband, resident identity
 * numbers (also with a lower-case x, 6-8-4 by blanks or hyphens) carry a valid GB 11643 check character and a code of
 * Shaanxi, Hunan, Henan or Sichuan, 15-digit numbers a valid birth date, bank cards a valid Luhn digit, the phone forms
 * (spoken, +86 and 0086, each project country with its code and as dialled there, satellite, 029 and 0731 with and
 * without the code), record, insurance, address and birth-date forms (Chinese, year and month, day first, French,
 * Portuguese, English) the group promises do occur, the decoys (passports, visas, iqamas, certificates, lots, case,
 * claim and policy numbers, flights, seats, PNRs, air waybills, employee numbers, plates, coordinates, scores, amounts,
 * organisations, kin words, roles and dialect words, words beginning with a pool surname) stand in the text and are
 * never labelled, the generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled
 * span, and the pools are new and carry the surnames of the regions. No de-identifier is run here: the group stays
 * blind until it is measured once. Failure messages about older groups name only this group's entries, by index.
 */
class Blind54TemplatesTest {
    private static final List<String> T = Blind54Templates.BLIND_54;
    private static final long SEED = Blind54Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}", "0086 1[3-9]\\d{9}");
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final String NG = "(803|806|813|703|706|810|903|906)";
    private static final String KZ = "(701|702|705|707|747|771|775|777|778)";
    /** The numbers of the project countries, with the country code and as dialled there, by country. */
    private static final Map<String, List<String>> ABROAD = Map.of(
            "AO", List.of("\\+244 9[12349]\\d \\d{3} \\d{3}", "\\+2449[12349]\\d{7}"),
            "DZ", List.of("\\+213 [567]\\d{2} \\d{2} \\d{2} \\d{2}", "0[567]\\d{2} \\d{2} \\d{2} \\d{2}"),
            "NG", List.of("\\+234 " + NG + " \\d{3} \\d{4}", "0" + NG + " \\d{3} \\d{4}"),
            "ET", List.of("\\+251 9\\d \\d{3} \\d{4}", "09\\d{2} \\d{3} \\d{3}"),
            "SA", List.of("\\+966 5\\d \\d{3} \\d{4}", "05\\d \\d{3} \\d{4}"),
            "IQ", List.of("\\+964 7[5789]\\d \\d{3} \\d{4}", "07[5789]\\d \\d{3} \\d{4}"),
            "KZ", List.of("\\+7 " + KZ + " \\d{3} \\d{2} \\d{2}", "8 " + KZ + " \\d{3} \\d{2} \\d{2}"),
            "PK", List.of("\\+92 3[0-4]\\d \\d{7}", "\\+92-3[0-4]\\d-\\d{7}", "03[0-4]\\d-\\d{7}"));
    private static final Map<String, String> COUNTRY_SLOTS = Map.of("MAO", "AO", "MDZ", "DZ", "MNG", "NG", "MET",
            "ET", "MSA", "SA", "MIQ", "IQ", "MKZ", "KZ", "MPK", "PK");
    private static final List<String> SATELLITE = List.of("\\+882 16 \\d{4} \\d{4}", "\\+8816 [234]\\d{3} \\d{4}");
    private static final String XIAN = "[68]\\d{7}", CHANGSHA = "[2458]\\d{7}";
    private static final List<String> LANDLINES = List.of("\\(029\\)" + XIAN, "029 [68]\\d{3} \\d{4}",
            "\\+86 29 " + XIAN, "029-" + XIAN, "\\(0731\\)" + CHANGSHA, "0731 [2458]\\d{3} \\d{4}",
            "\\+86 731 " + CHANGSHA, "0731-" + CHANGSHA, "[24568]\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES,
                    ABROAD.values().stream().flatMap(List::stream).toList(), SATELLITE, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String Y = "(19[4-9]\\d|200[0-3])";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String MOIS = "(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
            + "|novembre|décembre)";
    private static final String MESES = "([Jj]aneiro|[Ff]evereiro|[Mm]arço|[Aa]bril|[Mm]aio|[Jj]unho|[Jj]ulho"
            + "|[Aa]gosto|[Ss]etembro|[Oo]utubro|[Nn]ovembro|[Dd]ezembro)";
    private static final List<String> CHINESE_DATES = List.of(Y + "年\\d{1,2}月\\d{1,2}日", Y + "-\\d{2}-\\d{2}",
            Y + "\\.\\d{1,2}\\.\\d{1,2}", Y + "/\\d{2}/\\d{2}", Y + "\\d{4}");
    private static final List<String> YEAR_MONTH = List.of(Y + "\\.\\d{2}", Y + "年\\d{1,2}月");
    private static final List<String> DAY_FIRST = List.of("\\d{2}/\\d{2}/" + Y, "\\d{2}\\.\\d{2}\\." + Y);
    private static final List<String> FRENCH = List.of("(1er|[2-9]|[12]\\d) " + MOIS + " " + Y);
    private static final List<String> PORTUGUESE = List.of("\\d{1,2} de " + MESES + " de " + Y);
    private static final List<String> ENGLISH_DATES = List.of(
            "\\d{2} (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) " + Y, "\\d{1,2} " + MONTH + " " + Y,
            MONTH + " \\d{1,2}, " + Y);
    private static final List<String> BIRTH_DATES = Stream.of(CHINESE_DATES, YEAR_MONTH, DAY_FIRST, FRENCH,
            PORTUGUESE, ENGLISH_DATES).flatMap(List::stream).toList();
    private static final String YEARS = "(1[89]|2[0-5])";
    private static final String RECORD = "00[1-9]\\d{7}|(XA|CS)" + YEARS + "-\\d{6}|YD" + YEARS + "-\\d{4}";
    private static final String INSURANCE = "(61|43|41|51)\\d{10}|86-\\d{7}-0[1-4]";
    private static final String ADDRESS = "(陕西省|湖南省|河南省|四川省)?"
            + "(西安市|长沙市|渭南市|咸阳市|宝鸡市|榆林市|商洛市|汉中市|邵阳市|娄底市|衡阳市|岳阳市|湘西土家族苗族自治州|益阳市|周口市"
            + "|南阳市|南充市|巴中市)?"
            + "(雁塔区|未央区|莲湖区|灞桥区|岳麓区|雨花区|开福区|长沙县|富平县|乾县|岐山县|横山区|丹凤县|城固县|新邵县|涟源市|衡阳县"
            + "|平江县|凤凰县|南县|商水县|南召县|南部县|巴州区)"
            + "\\S*?(组|号|室|村|镇|乡|街道|路|街|巷|院|桥|大道|\\d)";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("师傅", "工", "经理", "总", "医生", "大夫", "主任", "队长", "班长",
            "哥", "姐", "嗲", "翻译");
    private static final String RARE_SURNAMES = Blind54Templates.RARE_SURNAMES;
    /** The commonest surnames of the four provinces. */
    private static final String COMMON_SURNAMES = "王李张刘陈杨";
    /** The last older group this one was written against (52 and 53 are written alongside it). */
    private static final int LAST_OLDER = 51;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind54TemplatesTest::keepsPools).toList();

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
                "PK", "PO", "PY", "PW", "PZ", "NY", "NW", "MJ", "MA", "MY", "NM", "EG", "EA"));
        for (String p : List.of("MV", "MAO", "MDZ", "MNG", "MET", "MSA", "MIQ", "MKZ", "MPK", "MX", "MT")) {
            phi.put(p, EntityKind.PHONE);
        }
        for (String r : List.of("RZ", "RM", "RX")) phi.put(r, EntityKind.MEDICAL_RECORD);
        phi.put("IP", EntityKind.INSURANCE);
        phi.put("IO", EntityKind.INSURANCE);
        for (String d : List.of("DOBM", "DOBD", "DOBF", "DOBP", "DOBE")) phi.put(d, EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "PG", "PK", "PO", "PY", "PZ",
                "PW", "N", "NS", "NY", "NW", "MN", "MS", "MJ", "MA", "MY", "NM", "E", "ES", "ID", "M", "MV", "MT", "L",
                "RZ", "RM", "RX", "IO", "B", "A", "A0", "DOB", "DOBD", "DOBF", "DOBE", "MAO", "MIQ", "MKZ", "MSA"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("E2", "EG", "EA", "IP", "DOBM", "DOBP", "MDZ", "MNG", "MET",
                "MPK", "MX"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("I"));
        // About a seventh to a fifth start in English, French or Portuguese.
        long latin = T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count();
        assertThat(latin * 7).as("at least a seventh in Latin script").isGreaterThanOrEqualTo(T.size());
        assertThat(latin * 5).as("at most a fifth in Latin script").isLessThanOrEqualTo(T.size());
        assertThat(TemplateChecks.mostlyLatin(T)).as("English, French, Portuguese or mostly Latin-script templates")
                .isBetween(18L, 34L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 60, JSON, 6, OCR, 9, VOICE, 8, WECHAT, 14, SMS, 5,
                EMAIL, 3, TABLES, 15));
        assertThat(count("\\|.*\\|.*\\|")).as("pipe and markdown tables").isGreaterThanOrEqualTo(8);
        assertThat(count("[\u0600-\u06FF]")).as("Arabic script").isGreaterThanOrEqualTo(2);
        assertThat(count("Rapport|Certificat|Objet|Né le|né le")).as("French documents").isGreaterThanOrEqualTo(3);
        assertThat(count("Relatório|Guia de|Certidão|Ficha")).as("Portuguese documents").isGreaterThanOrEqualTo(3);
        assertThat(count("体检|medical clearance|Health declaration")).as("pre-departure checks")
                .isGreaterThanOrEqualTo(10);
        assertThat(count("黄热病|黄皮书|Yellow fever|流脑|脑膜炎|伤寒Vi")).as("vaccination").isGreaterThanOrEqualTo(7);
        assertThat(count("疟|malaria|malária|RDT|打摆子")).as("malaria").isGreaterThanOrEqualTo(15);
        assertThat(count("伤寒|typhoid|typhoïde|tifóide|Widal")).as("typhoid").isGreaterThanOrEqualTo(7);
        assertThat(count("转运|MEDEVAC|Medevac|evacuation|Evacuation|救援|救护")).as("medical evacuation")
                .isGreaterThanOrEqualTo(15);
        assertThat(count("航班|Flight|PNR|ET 60|EK 362|SV 884|CA 868")).as("flights").isGreaterThanOrEqualTo(6);
        assertThat(count("保险|理赔|insurer|Claim|Member no|会员号")).as("insurance").isGreaterThanOrEqualTo(12);
        assertThat(count("遗体|óbito|抚恤|善后")).as("repatriation of remains").isGreaterThanOrEqualTo(5);
        assertThat(count("心理|Psychological")).as("psychological support").isGreaterThanOrEqualTo(4);
        assertThat(count("安哥拉|罗安达|Angola|Luanda")).as("Angola").isGreaterThanOrEqualTo(6);
        assertThat(count("阿尔及利亚|Alger|Hassi")).as("Algeria").isGreaterThanOrEqualTo(4);
        assertThat(count("尼日利亚|卡诺|Nigeria|Kano")).as("Nigeria").isGreaterThanOrEqualTo(6);
        assertThat(count("埃塞俄比亚|亚的斯|Ethiopia|Addis")).as("Ethiopia").isGreaterThanOrEqualTo(5);
        assertThat(count("沙特|吉赞|Saudi|Jizan")).as("Saudi Arabia").isGreaterThanOrEqualTo(6);
        assertThat(count("伊拉克|巴士拉|Basra|Erbil")).as("Iraq").isGreaterThanOrEqualTo(6);
        assertThat(count("哈萨克斯坦|奇姆肯特|Kazakhstan|Shymkent")).as("Kazakhstan").isGreaterThanOrEqualTo(3);
        assertThat(count("巴基斯坦|卡拉奇|Karachi")).as("Pakistan").isGreaterThanOrEqualTo(3);
        assertThat(count("回族|经名|斋|Muslim|muslim")).as("Hui interpreters").isGreaterThanOrEqualTo(3);
        assertThat(count("嫑|那搭儿|咋弄|额|娭毑|恰饱饭|么子|冇|莫急|哒|嗦|巴适|老汉儿|屋头|堂客|满崽"))
                .as("Shaanxi, Hunan and Sichuan speech").isGreaterThanOrEqualTo(8);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind54Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind54TemplatesTest::checkValue);
    }

    @Test
    void numbersAbroadAreThoseOfTheirCountry() {
        int checked = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (slots.stream().noneMatch(COUNTRY_SLOTS::containsKey)) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(20)) {
                for (int k = 0; k < r.gold().size(); k++) {
                    String country = COUNTRY_SLOTS.get(slots.get(k % slots.size()));
                    if (country == null) continue;
                    String v = r.gold().get(k).in(r.text());
                    assertThat(ABROAD.get(country)).as(country + " number " + v).anyMatch(v::matches);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("屋里人", "堂客", "娭毑", "满崽", "老汉儿", "媳妇", "工友", "司机", "翻译", "老陕", "Oga")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, dialect word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "610102430230123", "a 15-digit number born on 30 February"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "029-5551234", "seven digits on 029"),
                reject(EntityKind.PHONE, "+244 823 456 789", "an Angolan number that is not a mobile"),
                reject(EntityKind.PHONE, "+86 29 12345678", "a Xi'an number starting with 1"),
                reject(EntityKind.BIRTH_DATE, "12 marzo 1986", "an Italian month"),
                reject(EntityKind.BIRTH_DATE, "2024-03-12", "a visit date, not a birth date"),
                reject(EntityKind.MEDICAL_RECORD, "SX-0387", "an employee number"),
                reject(EntityKind.MEDICAL_RECORD, "YD24-38712", "five digits on a site clinic file"),
                reject(EntityKind.INSURANCE, "GP-SX-2024-0038", "a group policy number"),
                reject(EntityKind.INSURANCE, "110100012345", "a medical-insurance number of elsewhere"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address outside the four provinces")));
        CheckRejections.checkRejections(T, "传染病报告卡（疟疾）", 5, SEED, PHI, Blind54TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("折彩霞")).isEqualTo("折");
        assertThat(PoolNameForms.addressedGivenName("折彩霞")).isEqualTo("彩霞");
        assertThat(PoolNameForms.addressedGivenName("司南")).isEqualTo("司南");
        assertThat(Blind54Templates.pinyinOf("折彩霞")).isEqualTo("She Caixia");
        assertThat(Blind54Templates.airlineForm("折彩霞")).isEqualTo("SHE/CAIXIA");
        assertThat(Blind54Templates.fullNameOf("SHE/CAIXIA")).isEqualTo("折彩霞");
        assertThat(Blind54Templates.fullNameOf("Caixia She")).isEqualTo("折彩霞");
        assertThat(Blind54Templates.fullNameOf("SHE Caixia")).isEqualTo("折彩霞");
        assertThat(Blind54Templates.muslimName("米振西")).isEqualTo("尔撒");
        assertThat(Blind54Templates.arabicMuslimName("米振西")).isEqualTo("عيسى");
        assertThat(Blind54Templates.passportName("米振西")).isEqualTo("Mi Zhenxi");
        assertThat(Blind54Templates.fullNameOf("عيسى")).isEqualTo("米振西");
        assertThat(Blind54Templates.fullNameOf("彩霞")).isNull();
        assertThat(Blind54Templates.isPoolName("彩霞")).isTrue();
        assertThat(Blind54Templates.isPoolName("SHE")).isTrue();
        assertThat(Blind54Templates.isPoolName("撒")).isTrue();
        // The pinyin forms (PY, PW, PZ) are the record's patient (P); the Muslim-name and passport forms (MJ, MA, MY)
        // the record's Hui interpreter (MN).
        int pinyin = 0, hui = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            boolean patient = slots.contains("P") && Stream.of("PY", "PW", "PZ").anyMatch(slots::contains)
                    || slots.contains("PZ") && slots.contains("PY");
            boolean interpreter = slots.contains("MN") && Stream.of("MJ", "MA", "MY").anyMatch(slots::contains);
            if (!patient && !interpreter) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    String py = slots.contains("PY") ? values.get(k + slots.indexOf("PY")) : null;
                    if (slots.contains("P")) {
                        String p = values.get(k + slots.indexOf("P"));
                        for (String s : List.of("PY", "PW")) {
                            if (!slots.contains(s)) continue;
                            assertThat(Blind54Templates.fullNameOf(values.get(k + slots.indexOf(s)))).as(r.text())
                                    .isEqualTo(p);
                            pinyin++;
                        }
                    }
                    if (slots.contains("PZ") && py != null) {
                        String pz = values.get(k + slots.indexOf("PZ"));
                        assertThat(Blind54Templates.pinyinOf(Blind54Templates.fullNameOf(py)).toLowerCase())
                                .as(r.text()).startsWith(pz.toLowerCase() + " ");
                        pinyin++;
                    }
                    if (interpreter) {
                        String mn = values.get(k + slots.indexOf("MN"));
                        for (String s : List.of("MJ", "MA", "MY")) {
                            if (!slots.contains(s)) continue;
                            assertThat(Blind54Templates.fullNameOf(values.get(k + slots.indexOf(s)))).as(r.text())
                                    .isEqualTo(mn);
                            hui++;
                        }
                    }
                }
            }
        }
        assertThat(pinyin).isGreaterThan(50);
        assertThat(hui).isGreaterThan(50);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        List<String> surnamed = Stream.concat(Blind54Templates.chineseNames().stream(),
                Blind54Templates.minorityNames().stream()).toList();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(surnamed, PREFIXES, HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr").doesNotStartWith("M. ").doesNotStartWith("Mr")
                            .doesNotStartWith("Sr.").doesNotStartWith("Ato ").doesNotStartWith("Oga")
                            .doesNotEndWith(" MR").doesNotEndWith("师傅").doesNotEndWith("主任").doesNotEndWith("医生")
                            .doesNotEndWith("大夫").doesNotEndWith("翻译").doesNotEndWith("经理").doesNotEndWith("屋里人")
                            .doesNotEndWith("家堂客").doesNotEndWith("老师").doesNotStartWith("工友")
                            .doesNotStartWith("护士").doesNotStartWith("司机");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X工, X师傅, X医生 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
                    continue;
                }
                assertThat(Blind54Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind54Templates.isScannedName("折\n彩霞")).isTrue();
        assertThat(Blind54Templates.isScannedName("司 南")).isTrue();
        assertThat(Blind54Templates.isScannedName("折彩霞")).isFalse();
        assertThat(Blind54Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aWifeKnownByHerHusbandsNameLabelsTheHusband() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("屋里人", "家堂客")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> ids = values.get(EntityKind.ID_NUMBER);
        ids.forEach(Blind54TemplatesTest::checkIdentity);
        TemplateChecks.checkEveryFormOccurs("identity number form", List.of("\\d{17}[\\dX]", "\\d{17}x",
                "\\d{6} \\d{8} \\d{3}[\\dX]", "\\d{6}-\\d{8}-\\d{3}[\\dX]", "\\d{15}"), ids);
        for (String province : List.of("61", "43", "41", "51")) {
            assertThat(ids.stream().filter(v -> v.startsWith(province)).count()).as("issued in " + province)
                    .isGreaterThan(province.equals("61") || province.equals("43") ? 80 : 25);
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
        TemplateChecks.checkEveryFormOccurs("Xi'an and Changsha", List.of("(\\(?029\\)?[ -]?|\\+86 29 )8.*",
                "(\\(?029\\)?[ -]?|\\+86 29 )6.*", "(\\(?0731\\)?[ -]?|\\+86 731 )8.*",
                "(\\(?0731\\)?[ -]?|\\+86 731 )[245].*"), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("French and Portuguese dates", List.of("1er .*", ".* de [A-Z].*",
                ".* de [a-z].*"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("00[1-9]\\d{7}", "XA.*", "CS.*", "YD.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("61\\d{10}", "43\\d{10}", "41\\d{10}",
                "51\\d{10}", "86-.*-01", "86-.*-0[234]"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*号楼\\d单元\\d{3,4}室", ".*栋\\d{3,4}",
                ".*街道.*号楼\\d单元\\d+楼\\d号", ".*村\\d+组", ".*村\\d+组\\d+号", ".*街道", ".*(路|街|巷|院|桥)",
                ".*(路|街|巷|院|桥)\\d+号", ".*[镇乡]", ".*村", "陕西省.*", "湖南省.*", "河南省.*", "四川省.*", "西安市.*",
                "长沙市.*", "渭南市.*", "邵阳市.*", "湘西土家族苗族自治州.*", "莲湖区.*", "富平县.*", ".*北院门街道.*",
                ".*望月湖街道.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Passports, visas, iqamas (all decoys in this evaluation).
                "E83716524", "EJ3826417", "EA4402718", "EB1937264", "EC2719384", "EE0482735", "EG7721946",
                "EF3018275", "EH5532817", "EE7719203", "EA5503817", "EF4402193", "EC6619027", "EJ1129384",
                "EA3771920", "EA2281937", "EB6620391", "EA1180274", "EB2291837", "EE9013826", "V2024-038712",
                "2487316590",
                // Certificates, lots, report cards, cases, claims, policies.
                "ICV-610100-24-003871", "ICV-430100-24-011872", "EMB-2024-0387", "6100-2024-00387",
                "61011224000387", "24/0387126", "YF20240317", "MCV-A2403017", "EA-2024-07-1183", "EA-2024-09-0417",
                "EA-2024-11-0092", "MA-24-018734", "CLM-2024-118734", "LP2024091800172", "LP2024100300415",
                "GP-SX-2024-0038",
                // Flights, seats, PNRs, air waybills, employee numbers, plates, coordinates, the consular hotline.
                "ET 606", "ET 607", "EK 362", "SV 884", "CA 868", "41K", "45A-47C", "54A-56C", "36B", "36C",
                "41A-41C", "K7Q2XM", "071-38127465", "SX-0387", "SX-0412", "SX-0519", "BGT-4471", "16-00387-116",
                "36.7538,3.0588", "热线12308",
                // Scores, densities, doses and amounts.
                "GCS 14分", "PCL-5 38分", "PHQ-9 12分", "K10: 24", "原虫密度2.4%", "甲氟喹250mg", "163mg",
                "USD 4,860.00", "USD 12,640.00", "38,450.00元", "486,000元", "26,200美元", "3000美元", "2000元",
                // Organisations.
                "陕湘国际工程集团", "丝路国际旅行健康中心", "长沙分中心", "丝盾保险", "Clínica Mulemba",
                "Shaan-Xiang International Engineering Group", "Shymkent regional cardiology centre",
                // Kin words, roles and dialect words.
                "屋里人", "堂客", "娭毑", "满崽", "老汉儿", "媳妇", "工友", "司机", "翻译", "安全员", "随行医生", "协调员",
                "打摆子", "嫑", "恰饱饭", "巴适", "么子", "冇得", "咋弄", "那搭儿", "Oga", "Ato",
                // Words beginning with one of the pool's surnames.
                "高烧", "马上", "白天", "折叠担架", "麻疹", "敬请", "石膏", "雷暴", "田间", "常规"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind54TemplatesTest::checkValue, checkedNames(), Blind54Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind54Templates.chineseNames());
        assertThat(values).as("every Hui name is drawn").containsAll(Blind54Templates.minorityNames());
        assertThat(values).as("every Muslim name is drawn").containsAll(Blind54Templates.muslimNames());
        assertThat(values).as("every Arabic-script Muslim name is drawn")
                .containsAll(Blind54Templates.arabicMuslimNames());
        assertThat(values).as("every Hui passport name is drawn").containsAll(Blind54Templates.passportNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind54Templates.nicknames());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind54Templates.fullForms());
        assertThat(values).as("every Arabic-script colleague is drawn")
                .containsAll(Blind54Templates.arabicScriptNames());
        assertThat(values).as("pinyin in every written form").anyMatch(v -> v.matches("[A-Z]+ [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]+/[A-Z]+"));
        assertThat(values).as("pinyin surnames alone (PZ)").anyMatch(v -> v.matches("[A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]{2,}"));
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind54Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind54Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind54Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, NS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("Hui surnames used alone (MS)").anyMatch(v -> v.length() == 1
                && Blind54Templates.minorityNames().stream().anyMatch(n -> n.startsWith(v)));
        assertThat(values).as("word-like names are labelled").containsAll(Blind54Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind54Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(130).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind54Templates.NAMES).allMatch(e -> e.matches("\\p{IsHan}{2,3}\\|[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind54Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the commonest surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        List<String> minority = Blind54Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{3}")).doesNotContainAnyElementsOf(chinese);
        for (String n : minority) {
            assertThat(TemplateChecks.syntheticValuesCanGenerate(n)).as("SyntheticValues writes Hui name").isFalse();
            assertThat(Blind54Templates.arabicMuslimName(n)).as(n).matches("[\u0600-\u06FF]+");
            assertThat(Blind54Templates.muslimName(n)).as(n).matches("\\p{IsHan}{2,4}");
            assertThat(Blind54Templates.passportName(n)).as(n).matches("[A-Z][a-z]+ [A-Z][a-z]+");
        }
        assertThat(Blind54Templates.muslimNames()).doesNotHaveDuplicates();
        assertThat(Blind54Templates.arabicMuslimNames()).doesNotHaveDuplicates();
        assertThat(Blind54Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind54Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        assertThat(Blind54Templates.ARABIC).allMatch(a -> Blind54Templates.fullForms()
                .contains(a.substring(0, a.indexOf('|'))));
        // Comparisons with the older groups name only this group's entries, by list and index.
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> clashes = TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, minority,
                Blind54Templates.englishSurnames().toList(), Blind54Templates.englishGivenNames().toList());
        assertThat(clashes.stream().map(c -> where(c.substring(c.indexOf(": ") + 2))).toList())
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind54Templates.nicknames(), Blind54Templates.muslimNames(),
                        Blind54Templates.arabicMuslimNames(), Blind54Templates.arabicScriptNames())
                .flatMap(List::stream).filter(olderStrings::contains).map(Blind54TemplatesTest::where).toList())
                .as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind54Templates.fullForms(), Blind54Templates.pinyinForms(),
                        Blind54Templates.passportNames()).flatMap(List::stream)
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))).map(Blind54TemplatesTest::where).toList())
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
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind54Templates.nicknames().stream().filter(olderNicknames::contains)
                .map(Blind54TemplatesTest::where).toList()).as("nicknames that are not new").isEmpty();
        assertThat(Blind54Templates.areaCodes()).as("codes of Shaanxi, Hunan, Henan and Sichuan only")
                .allMatch(a -> a.matches("(61|43|41|51)\\d{4}")).doesNotHaveDuplicates();
    }

    /** Where an entry of this group's pools stands (list and index), so that no older name is printed. */
    private static String where(String name) {
        Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
        lists.put("CHINESE", Blind54Templates.chineseNames());
        lists.put("MINORITY", Blind54Templates.minorityNames());
        lists.put("NICKNAMES", Blind54Templates.nicknames());
        lists.put("MUSLIM", Blind54Templates.muslimNames());
        lists.put("MUSLIM_ARABIC", Blind54Templates.arabicMuslimNames());
        lists.put("ARABIC", Blind54Templates.arabicScriptNames());
        lists.put("ENGLISH_FULL", Blind54Templates.fullForms());
        lists.put("ENGLISH_FAMILY", Blind54Templates.englishSurnames().toList());
        lists.put("ENGLISH_GIVEN", Blind54Templates.englishGivenNames().toList());
        lists.put("PINYIN_FORMS", Blind54Templates.pinyinForms());
        lists.put("PASSPORT", Blind54Templates.passportNames());
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            int i = e.getValue().indexOf(name);
            if (i >= 0) return e.getKey() + "#" + i;
        }
        return "an entry not found in this group's lists";
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and Hui names in every script and
     * spelling, Muslim names, nicknames, foreign names in full and in Arabic script, and English given and family names
     * of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind54Templates.chineseNames().stream(), Blind54Templates.minorityNames().stream(),
                        Blind54Templates.muslimNames().stream(), Blind54Templates.arabicMuslimNames().stream(),
                        Blind54Templates.passportNames().stream(), Blind54Templates.nicknames().stream(),
                        Blind54Templates.fullForms().stream(), Blind54Templates.arabicScriptNames().stream(),
                        Blind54Templates.pinyinForms().stream(),
                        Blind54Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind54Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind54Templates.areaCodes());
        if (v.length() != 15) {
            int year = Integer.parseInt(v.replaceAll("[- ]", "").substring(6, 10));
            assertThat(year).as("born 1950 to 2003: " + v).isBetween(1950, 2003);
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind54Templates.isPoolName(value)).as("name from the BLIND_54 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE);
                if (!value.startsWith("86-")) {
                    assertThat(Blind54Templates.areaCodes()).as("insurance number on a city code: " + value)
                            .anyMatch(a -> a.startsWith(value.substring(0, 4)));
                }
            }
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

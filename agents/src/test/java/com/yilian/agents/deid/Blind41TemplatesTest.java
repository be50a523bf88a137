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
 * Well-formedness of the forty-first blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, kin words and titles, and
 * identifiers of elsewhere), every pool name turns up (west-bank villagers, Tanka fishermen, mainland commuters, Macau
 * residents in Chinese and in their Macau romanisation, with and without a Christian name, Macanese and Portuguese,
 * Filipino and Indonesian helpers, Cantonese nicknames), the record's Macau resident is one person across its Chinese,
 * romanised, HL7 and Christian-name forms and its surname and given name alone, forms of address (老X, 阿X, X伯, X婶,
 * X姐, X生, X太, X姑娘, Xsir, X医生, X主任) label the surname only and a given name used alone the given name, OCR'd
 * names broken by a line break or blanks are one span, mainland identity numbers (also with a lower-case x, or 6-8-4
 * by blanks or hyphens) carry a valid GB 11643 check character and a code of Zhongshan, Zhuhai, Jiangmen or Shunde,
 * Macau residents' residence permits one on 820000, 15-digit numbers a valid birth date and a code of their time, bank
 * cards a valid Luhn digit, every Macau, Portuguese, Philippine and Indonesian identity form, every phone (Macau,
 * mainland on each area code, helpers', spoken in Cantonese), record, insurance, address and birth-date form
 * (Chinese, Portuguese, English, lunar) the group promises does occur, a child known by a parent's name labels the
 * parent, the decoys (lab values, batch, bed and boat numbers, plates, typhoon signals and names, hotlines, facilities,
 * places, kin words and titles, Cantonese words, words beginning with a pool surname) stand in the text and are never
 * labelled, the generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span,
 * and the pools are new and carry the surnames of the estuary. No de-identifier is run here: the group stays blind
 * until it is measured once.
 */
class Blind41TemplatesTest {
    private static final List<String> T = Blind41Templates.BLIND_41;
    private static final long SEED = Blind41Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 6000;
    private static final String S = "[零一二三四五六七八九]";
    private static final List<String> MACAU_MOBILES = List.of("\\+853 6[23568]\\d{2} \\d{4}", "6[23568]\\d{2} \\d{4}",
            "\\(853\\) 6[23568]\\d{6}", "00853-6[23568]\\d{6}", "6[23568]\\d{6}");
    private static final List<String> MACAU_FIXED = List.of("28\\d{2} \\d{4}", "\\+853 28\\d{2} \\d{4}", "28\\d{6}");
    private static final List<String> MAINLAND_MOBILES = List.of("1[35789]\\d{9}", "1[35789]\\d \\d{4} \\d{4}",
            "1[35789]\\d-\\d{4}-\\d{4}", "\\+86 1[35789]\\d{9}", "\\+86 1[35789]\\d \\d{4} \\d{4}");
    private static final String EIGHT = "(0760|0757)", SEVEN = "(0756|0750)";
    private static final List<String> LANDLINES = List.of("\\(" + EIGHT + "\\)[2-8]\\d{7}",
            EIGHT + " [2-8]\\d{3} \\d{4}", EIGHT + "-[2-8]\\d{7}转\\d{3,4}", "\\+86 (760|757) [2-8]\\d{7}",
            EIGHT + "-[2-8]\\d{7}", "\\(" + SEVEN + "\\)[2-8]\\d{6}", SEVEN + " [2-8]\\d{2} \\d{4}",
            SEVEN + "-[2-8]\\d{6}转\\d{3,4}", "\\+86 (756|750) [2-8]\\d{6}", SEVEN + "-[2-8]\\d{6}");
    private static final List<String> HELPER_PHONES = List.of("\\+63 9\\d{2} \\d{3} \\d{4}", "09\\d{9}",
            "09\\d{2} \\d{3} \\d{4}", "\\+62 8\\d{2}-\\d{4}-\\d{4}", "08\\d{2} \\d{4} \\d{4}");
    private static final List<String> SPOKEN = List.of("六[二三五六八]" + S + "{2} " + S + "{4}",
            "六[二三五六八]" + S + "{2}，" + S + "{4}", "六[二三五六八]" + S + "{6}",
            "一[三五七八九]" + S + " " + S + "{4} " + S + "{4}", "一[三五七八九]" + S + "，" + S + "{4}，" + S + "{4}",
            "一[三五七八九]" + S + "{9}");
    private static final List<String> PHONES = Stream.of(MACAU_MOBILES, MACAU_FIXED, MAINLAND_MOBILES, LANDLINES,
            HELPER_PHONES, SPOKEN).flatMap(List::stream).toList();
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String MES = "(Janeiro|Fevereiro|Março|Abril|Maio|Junho|Julho|Agosto|Setembro|Outubro"
            + "|Novembro|Dezembro)";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{2}\\.\\d{2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日", "(19|20)\\d{6}",
            "\\d{2}/\\d{2}/(19|20)\\d{2}", "[1-9]/[1-9]/(19|20)\\d{2}|\\d{1,2}/\\d{1,2}/(19|20)\\d{2}",
            "\\d{2}-\\d{2}-(19|20)\\d{2}", "\\d{1,2} de " + MES + " de (19|20)\\d{2}",
            "\\d{1,2} " + MONTH + " (19|20)\\d{2}",
            "\\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (19|20)\\d{2}", MONTH + " \\d{1,2}, (19|20)\\d{2}",
            "\\d{2}-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-(19|20)\\d{2}",
            "农历(19|20)\\d{2}年" + LUNAR_MONTH + LUNAR_DAY, "旧历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[一二][〇一二三四五六七八九]{3}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final String YY = "(1[6-9]|2[0-5])";
    private static final String RECORD = "XSY" + YY + "\\d{6}|XSMZ" + YY + "\\d{7}|LZ-" + YY + "-\\d{5}|P/" + YY
            + "/\\d{6}|(YM|BJ|SW|NL)-20" + YY + "-\\d{4}|\\d{17}";
    private static final String INSURANCE = "YB44(20|04|07)\\d{10}|LZYB\\d{8}|FSS-\\d{8}|MO" + YY
            + "-\\d{7}|\\d{2}-\\d{9}-\\d|000\\d{10}|\\d{9}";
    private static final List<String> OTHER_IDS = List.of("[157]/\\d{6}/\\d", "[157]\\d{6}\\(\\d\\)", "[157]\\d{7}",
            "M\\d{8}", "M\\d{10}", "P\\d{7}[A-Z]", "E[BC]\\d{7}", "[ABCX]\\d{7}", "\\d{8} \\d [A-Z]{2}\\d",
            "C[A-Z]\\d{6}");
    private static final String MAINLAND_CITY = "(广东省)?(中山市|珠海市|濠岐市|江门市)";
    private static final String MACAU_STREET_ZH = "(高士德大马路|十月初五日街|提督马路|黑沙环新街|罗神父街|沙梨头海边街"
            + "|筷子基北街|美副将大马路|氹仔地堡街)";
    private static final List<String> ADDRESSES = List.of(
            MAINLAND_CITY + "\\S*?(街道|镇|区|路|道|村|号|房)",
            "(广东省)?(濠岐市)?莲洲粤澳合作区\\S*?(座|室)",
            "(澳门)?" + MACAU_STREET_ZH + "\\d+号\\S+?(楼[A-H]座|地下)",
            "(Avenida|Rua|Travessa|Estrada) [^,\\d]+(, n\\.º)? \\d+, (Edifício|Edf\\.) [^,]+, "
                    + "(r/c [A-H]|\\d+ andar [A-H]|\\d+\\.º andar [A-H])(, Macau|, Taipa)?",
            "(Purok|Blk|Dusun|Jl\\.) .+", "Rua (Almirante Reis|de Cedofeita), \\d+, \\d\\.º (Esq\\.|Dto\\.), "
                    + "\\d{4}-\\d{3} (Lisboa|Porto)");
    private static final List<String> PREFIXES = List.of("老", "阿");
    private static final List<String> HONORIFICS = List.of("伯", "婶", "姐", "生", "太", "姑娘", "sir", "医生", "主任");
    private static final String RARE_SURNAMES = Blind41Templates.RARE_SURNAMES;
    /** The commonest surnames of the west bank of the estuary. */
    private static final String COMMON_SURNAMES = "陈梁黄李林何";
    /** The other surnames of the Pearl River delta. */
    private static final String DELTA_SURNAMES = "吴郑冯刘杨谭黎苏卢萧麦阮郭冼甘容区邝钟周叶崔罗朱余袁潘曾许邓";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NT", "PS", "FS", "PG", "PK",
                "PO", "DO", "MC", "MR", "MH", "NL", "MS", "MG", "MQ", "FP", "FG", "NI", "EG"));
        for (String s : List.of("IDR", "MID", "HRP", "PP", "CC")) phi.put(s, EntityKind.ID_NUMBER);
        for (String s : List.of("LM", "MM", "MF", "MV")) phi.put(s, EntityKind.PHONE);
        for (String s : List.of("IM", "IF", "IP")) phi.put(s, EntityKind.INSURANCE);
        for (String s : List.of("AM", "AMC", "AH", "AF", "AP")) phi.put(s, EntityKind.ADDRESS);
        for (String s : List.of("DOBP", "DOBE", "DOBL")) phi.put(s, EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(39);
    /** The older groups that keep CHINESE, MINORITY and ENGLISH pools (the others are compared by their strings). */
    private static final List<Class<?>> OLDER_WITH_POOLS = OLDER.stream()
            .filter(c -> Stream.of("CHINESE", "MINORITY", "ENGLISH").allMatch(f -> hasField(c, f))).toList();

    private static boolean hasField(Class<?> c, String name) {
        try {
            c.getDeclaredField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** What the older groups' static method {@code name} returns, from those that have it. */
    @SuppressWarnings("unchecked")
    private static List<String> olderLists(String name) throws ReflectiveOperationException {
        List<String> out = new ArrayList<>();
        for (Class<?> c : OLDER) {
            java.lang.reflect.Method m;
            try {
                m = c.getDeclaredMethod(name);
            } catch (NoSuchMethodException e) {
                continue;
            }
            m.setAccessible(true);
            Object r = m.invoke(null);
            if (r instanceof Stream<?> st) st.forEach(x -> out.add((String) x));
            if (r instanceof List<?> l) l.forEach(x -> out.add((String) x));
        }
        return out;
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(120, 140).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PG", "PK", "PO", "DO",
                "N", "NT", "MC", "MR", "MH", "NL", "MS", "MG", "MQ", "E", "ES", "EG", "FP", "FG", "MN", "NI", "ID",
                "IDR", "MID", "HRP", "PP", "CC", "M", "LM", "MM", "L", "MF", "MV", "R", "I", "IM", "IF", "IP", "B", "A",
                "A0", "AM", "AMC", "AH", "AF", "AP", "DOB", "DOBP", "DOBE", "DOBL"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or Portuguese, or mostly Latin-script templates")
                .isBetween(38L, 50L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 45, JSON, 6, HL7, 3, OCR, 6, VOICE, 10, WECHAT, 10, SMS, 5,
                EMAIL, 1, TABLES, 6));
        assertThat(T.stream().filter(t -> t.startsWith("[WhatsApp")).count()).as("WhatsApp messages")
                .isGreaterThanOrEqualTo(6);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(Nome|Morada|Doente|Utente|Exmo|Prezada|Bom dia|Relatório"
                + "|Carta de alta|Notificação).*")).count()).as("Portuguese forms, letters and chats")
                .isGreaterThanOrEqualTo(12);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(係|唔|嘅|咗|冇|佢|喺|睇).*")).count())
                .as("Cantonese speech").isGreaterThanOrEqualTo(20);
        assertThat(T.stream().filter(t -> t.contains("澳门") || t.contains("Macau") || t.contains("BIR")).count())
                .as("cross-border records").isGreaterThanOrEqualTo(30);
        assertThat(T.stream().filter(t -> t.contains("疍家") || t.contains("渔") || t.contains("Tanka")).count())
                .as("fishing families").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.contains("登革热") || t.contains("Dengue") || t.contains("dengue")
                || t.contains("NS1")).count()).as("dengue").isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.contains("台风") || t.contains("打风") || t.contains("yphoon")
                || t.contains("Signal") || t.contains("tufão")).count()).as("typhoons").isGreaterThanOrEqualTo(6);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(),
                w -> Blind41Templates.isPoolName(w) || Blind41Templates.macauSurnames().contains(w));
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind41TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "Chan Tai Man", "a romanised name from outside the pools"));
        for (String kin : List.of("阿妈", "阿爷", "家婆", "老细", "妈咪", "姑娘", "Ate", "Mbak", "lola", "Senhora")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word or title alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "MX-12-34", "a Macau plate"),
                reject(EntityKind.ID_NUMBER, "3/123456/7", "a Macau card number starting with 3"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0756-21234567", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "0760-2123456", "seven digits on an eight-digit code"),
                reject(EntityKind.PHONE, "+853 4612 3456", "a Macau mobile starting with 4"),
                reject(EntityKind.MEDICAL_RECORD, "粤濠渔20317", "a fishing-boat number"),
                reject(EntityKind.BIRTH_DATE, "农历1951年十三月初一", "a thirteenth lunar month"),
                reject(EntityKind.ADDRESS, "横门渔港", "a place alone")));
        CheckRejections.checkRejections(T, "【医保局】", 3, SEED, PHI, Blind41TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("禤国坤")).isEqualTo("禤");
        assertThat(PoolNameForms.addressedGivenName("禤国坤")).isEqualTo("国坤");
        assertThat(PoolNameForms.addressedGivenName("麦田")).isEqualTo("麦田");
        assertThat(Blind41Templates.fullNameOf("CHAN Ka Wai")).isEqualTo("陈嘉蔚");
        assertThat(Blind41Templates.fullNameOf("Ka Wai Chan")).isEqualTo("陈嘉蔚");
        assertThat(Blind41Templates.fullNameOf("LEONG^SIO LEI")).isEqualTo("梁少莉");
        assertThat(Blind41Templates.fullNameOf("Maria Leong Sio Lei")).isEqualTo("梁少莉");
        assertThat(Blind41Templates.fullNameOf("LEONG SIO LEI MARIA")).isEqualTo("梁少莉");
        assertThat(Blind41Templates.fullNameOf("CABATINGAN, Nenita")).isEqualTo("Nenita Cabatingan");
        assertThat(Blind41Templates.fullNameOf("Nenita D. Cabatingan")).isEqualTo("Nenita Cabatingan");
        assertThat(Blind41Templates.fullNameOf("Ka Wai")).isNull();
        assertThat(Blind41Templates.isPoolName("Ka Wai")).isTrue();
        assertThat(Blind41Templates.isPoolName("Chan")).isTrue();
        assertThat(Blind41Templates.isPoolName("Maria")).isFalse();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind41Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Dr.").doesNotStartWith("Sr.").doesNotStartWith("Ms ")
                            .doesNotStartWith("Ate ").doesNotStartWith("Mbak ").doesNotStartWith("Sir ")
                            .doesNotEndWith("医生").doesNotEndWith("姑娘").doesNotEndWith("伯").doesNotEndWith("婶")
                            .doesNotEndWith("太").doesNotStartWith("老").doesNotStartWith("阿");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 阿X", 10, "X伯, X婶, X生, X太, X姑娘, X医生 …", 100);
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
    void theRecordsMacauResidentIsOnePersonInEveryForm() {
        int records = 0, surnames = 0, givenNames = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t);
            if (Stream.of("MC", "MR", "MH", "NL", "MS", "MG").filter(slots::contains).count() < 2) continue;
            for (Map<String, List<String>> v : slotValues(t, SEED, 30)) {
                Set<String> people = new HashSet<>(v.getOrDefault("MC", List.of()));
                for (String s : List.of("MR", "MH", "NL")) {
                    for (String x : v.getOrDefault(s, List.of())) people.add(Blind41Templates.fullNameOf(x));
                }
                if (people.isEmpty()) {
                    // Only the surname and the given name: one Macau resident has both.
                    List<String> ms = v.getOrDefault("MS", List.of()), mg = v.getOrDefault("MG", List.of());
                    if (ms.isEmpty() || mg.isEmpty()) continue;
                    assertThat(Blind41Templates.MACAU.stream().map(e -> e.split("\\|"))
                            .filter(e -> ms.stream().allMatch(Blind41Templates.title(e[1])::equals)
                                    && mg.stream().allMatch(e[2]::equals))).as(v.toString()).isNotEmpty();
                    surnames += ms.size();
                    givenNames += mg.size();
                    records++;
                    continue;
                }
                assertThat(people).as("one Macau resident per record: " + v).hasSize(1).doesNotContainNull();
                String zh = people.iterator().next();
                String[] entry = Blind41Templates.MACAU.stream().filter(e -> e.startsWith(zh + "|")).findFirst()
                        .orElseThrow().split("\\|");
                for (String s : v.getOrDefault("MS", List.of())) {
                    assertThat(s).as(v.toString()).isEqualTo(Blind41Templates.title(entry[1]));
                    surnames++;
                }
                for (String g : v.getOrDefault("MG", List.of())) {
                    assertThat(g).as(v.toString()).isEqualTo(entry[2]);
                    givenNames++;
                }
                records++;
            }
        }
        assertThat(records).isGreaterThanOrEqualTo(300);
        assertThat(surnames).isGreaterThan(5);
        assertThat(givenNames).isGreaterThan(5);
        assertThat(Blind41Templates.lunarDay(8)).isEqualTo("初八");
        assertThat(Blind41Templates.lunarDay(15)).isEqualTo("十五");
        assertThat(Blind41Templates.lunarDay(23)).isEqualTo("廿三");
        assertThat(Blind41Templates.lunarDay(30)).isEqualTo("三十");
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind41Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind41Templates.isScannedName("禤\n国坤")).isTrue();
        assertThat(Blind41Templates.isScannedName("陈 嘉 蔚")).isTrue();
        assertThat(Blind41Templates.isScannedName("陈嘉蔚")).isFalse();
        assertThat(Blind41Templates.isScannedName("陈\n大文")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 3000, Blind41TemplatesTest::checkIdentity,
                Blind41Templates.legacyAreaCodes(), v -> !v.matches("[\\d Xx-]{15,22}"));
        tally.checkIdentityForms(200, 5, true);
        assertThat(tally.issuedIn("4420")).as("issued in Zhongshan").isGreaterThan(15);
        assertThat(tally.issuedIn("4404")).as("issued in Zhuhai").isGreaterThan(15);
        assertThat(tally.issuedIn("4407")).as("issued in Jiangmen").isGreaterThan(30);
        assertThat(tally.issuedIn("4406")).as("issued in Shunde").isGreaterThan(5);
        assertThat(tally.issuedIn("8200")).as("Macau residents' residence permits").isGreaterThan(20);
        tally.checkCardForms(40);
        for (String v : tally.otherIds) {
            assertThat(OTHER_IDS).as("Macau, Portuguese, Philippine or Indonesian document " + v)
                    .anyMatch(v::matches);
        }
        TemplateChecks.checkEveryFormOccurs("other identity documents", OTHER_IDS, new HashSet<>(tally.otherIds));
        IdentifierTally.checkTheChecksReject("442000", "44200019631103123");
        String permit = "82000019510305123" + Checksums.residentIdCheck("82000019510305123");
        checkIdentity(permit);
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("phone area", List.of("\\(?0760\\D.*|\\+86 760 .*",
                "\\(?0757\\D.*|\\+86 757 .*", "\\(?0756\\D.*|\\+86 756 .*", "\\(?0750\\D.*|\\+86 750 .*"), phones);
        TemplateChecks.checkEveryFormOccurs("spoken nought", List.of(".*零.*"), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("Portuguese day first", List.of("[1-9]/[1-9]/(19|20)\\d{2}",
                "0[1-9]/0[1-9]/(19|20)\\d{2}"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("XSY\\d+", "XSMZ.*", "LZ-.*", "P/.*", "YM-.*",
                "BJ-.*", "SW-.*", "NL-.*", "4420\\d{13}", "4407\\d{13}"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("YB4420.*", "YB4404.*", "YB4407.*", "LZYB.*",
                "FSS-.*", "MO\\d{2}-.*", "\\d{2}-\\d{9}-\\d", "000\\d{10}", "\\d{9}"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*\\d+号\\S+\\d+座\\d+房", ".*\\d+号\\S+\\d+栋\\d+房",
                ".*巷\\d+号", ".*渔业新村\\d+栋\\d+号", ".*渔业村\\d+号", ".*疍家新村.*", ".*[镇道]", ".*村", ".*路",
                "广东省.*", "中山市.*", "珠海市.*", "濠岐市.*", "江门市.*", ".*, n\\.º \\d+.*", ".*, r/c [A-H].*",
                ".*\\.º andar [A-H].*", ".* \\d+ andar [A-H].*", ".*, Taipa", ".*, Macau", ".*Edf\\. .*",
                "澳门.*\\d+楼[A-H]座", "[^澳].*\\d+楼[A-H]座", ".*地下", "莲洲粤澳合作区.*", "广东省濠岐市莲洲.*",
                ".*澳门新邨\\d+座", ".*澳门新邨\\d+座\\d+室", "Purok .*", "Blk .*", ".*Jawa Timur", ".*Ponorogo",
                ".*Lisboa", ".*Porto"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values, scores and doses.
                "HbA1c 8.1%", "NS1抗原阳性", "PLT 38×10^9/L", "platelets 41 x10^9/L", "ALT 486U/L", "INR 2.4",
                "SpO2 93%", "布雷图指数15", "FEV1 48%", "Morse评分55分", "破伤风抗毒素1500U", "IGRA阳性", "GCS 15",
                // Bed, batch and boat numbers, plates, signals, hotlines, vouchers.
                "8A-12床", "粤濠渔20317", "MX-12-34", "批号20240815", "医疗券余额600澳门元", "Signal No. 10", "Signal 8",
                "卫生热线12320", "叫120",
                // Facilities, places and typhoons.
                "香山医科大学附属医院", "Hospital Estrela do Mar", "澳门海星医院", "莲洲跨境诊所", "莲洲口岸", "镇卫生院",
                "颐康养老院", "Hospital Afiliado de Xiangshan", "横门渔港", "Zhongshan", "台风天鸽", "台风山竹",
                // Kin words, titles, endearments.
                "阿妈", "阿爷", "阿爸", "家婆", "老公", "老细", "妈咪", "lola", "lolo", "Ate", "Mbak", "Ma'am", "Sir",
                "姑娘",
                // Cantonese words.
                "係", "唔", "嘅", "咗", "冇", "佢", "喺", "睇",
                // Words beginning with one of the pool's surnames, and other food words.
                "陈皮", "黄疸", "何首乌", "甘油", "植物油", "招牌菜"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind41TemplatesTest::checkValue, checkedNames(), Blind41Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind41Templates.chineseNames());
        assertThat(values).as("every Indonesian helper is drawn").containsAll(Blind41Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind41Templates.nicknames());
        assertThat(values).as("every Tanka fisherman is drawn").containsAll(Blind41Templates.TANKA);
        List<String> romanised = Blind41Templates.MACAU.stream().flatMap(e -> Blind41Templates.romanised(e).stream())
                .toList();
        assertThat(values).as("every romanised form of every Macau resident").containsAll(romanised);
        assertThat(values).as("every Macanese, Portuguese and Filipino name in full").containsAll(
                Blind41Templates.ENGLISH.stream().map(e -> e.replace('|', ' ')).toList());
        assertThat(values).as("HL7 names").anyMatch(v -> v.contains("^"));
        assertThat(values).as("Christian names before a Chinese name").anyMatch(v -> v.startsWith("Maria ")
                || v.startsWith("José ")).anyMatch(v -> v.matches("[A-Z ]+ (MARIA|JOSÉ|ANTÓNIO|ANA|PAULO|TERESA"
                        + "|FRANCISCO|ROSA|LUÍS|HELENA)"));
        assertThat(values).as("Filipino names surname first, with a middle initial, in capitals")
                .anyMatch(v -> v.matches("[A-Z]+, [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z]\\. [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+") && !Blind41Templates.macauSurnames().contains(v.split(" ")[0]));
        assertThat(values).as("English given names are used alone (EG, FG)")
                .containsAnyElementsOf(Blind41Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind41Templates.englishSurnames().toList());
        assertThat(values).as("Chinese given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind41Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind41Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind41Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind41Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind41Templates.TANKA).as("Tanka fishermen belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind41Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of the west bank: its six commonest surnames carry a third or more, the delta's others most
        // of the rest, the rare ones a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long delta = chinese.stream().filter(n -> DELTA_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 3).as("the commonest surnames carry a third or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(delta * 3).as("the delta's other surnames carry a third or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '陈').count()).as("陈 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '梁').count());
        List<String> macau = Blind41Templates.MACAU;
        assertThat(macau).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates()
                .allMatch(e -> e.matches("\\p{IsHan}{3}\\|[A-Z]+\\|[A-Z][a-z]*( [A-Z][a-z]*)?"));
        assertThat(Blind41Templates.CHRISTIAN).hasSizeGreaterThanOrEqualTo(8);
        List<String> minority = Blind41Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(14).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[A-Z][a-z]+( [A-Z][a-z]+)?"));
        assertThat(Blind41Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<String> forms = Blind41Templates.fullForms();
        assertThat(forms).as("no name form stands inside another").allMatch(a -> forms.stream()
                .noneMatch(b -> !a.equals(b) && TemplateChecks.occurrences(b, a).size() > 0));
        assertThat(chinese).as("no Chinese name stands inside another").allMatch(a -> chinese.stream()
                .noneMatch(b -> !a.equals(b) && b.contains(a)));
        assertThat(Blind41Templates.LUSO).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind41Templates.FILIPINO).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
        assertThat(OLDER_WITH_POOLS.size()).as("older groups compared pool by pool").isGreaterThan(30);
        List<String> olderSurnames = olderLists("englishSurnames");
        assertThat(TemplateChecks.namesNotNew(OLDER_WITH_POOLS, olderSurnames, chinese, minority,
                Blind41Templates.englishSurnames().toList(), Blind41Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind41Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.concat(forms.stream(), minority.stream())
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = new HashSet<>(olderLists("nicknames"));
        assertThat(Blind41Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind41Templates.areaCodes();
        assertThat(areas).as("codes of Zhongshan, Zhuhai, Jiangmen and Shunde only")
                .allMatch(a -> a.matches("442000|4404\\d{2}|4407\\d{2}|4406\\d{2}")).doesNotHaveDuplicates();
        assertThat(Blind41Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(Blind41Templates.NEW_AREA);
        assertThat(areas).containsAll(Blind41Templates.NEW_AREA);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese names, the Indonesian helpers, nicknames,
     * every romanised and HL7 form of the Macau residents, the Macanese, Portuguese and Filipino names in full, their
     * given and family names and the Macau romanised surnames of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind41Templates.chineseNames().stream(), Blind41Templates.minorityNames().stream(),
                        Blind41Templates.nicknames().stream(), Blind41Templates.fullForms().stream(),
                        Blind41Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind41Templates.englishGivenNames().filter(s -> s.length() >= 3),
                        Blind41Templates.macauSurnames().stream().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        List<String> codes = new ArrayList<>(Blind41Templates.areaCodes());
        codes.add(Blind41Templates.MACAU_PERMIT_AREA);
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                codes);
        if (v.startsWith("820000")) assertThat(v).as("permits are written plain or 6-8-4 by blanks")
                .matches("\\d{17}[\\dX]|\\d{6} \\d{8} \\d{3}[\\dX]");
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind41Templates.isPoolName(value)).as("name from the BLIND_41 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> {
                if (OTHER_IDS.stream().anyMatch(value::matches)) return;
                checkIdentity(value);
            }
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind41Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(ADDRESSES).as("address " + value).anyMatch(value::matches);
        }
    }
}

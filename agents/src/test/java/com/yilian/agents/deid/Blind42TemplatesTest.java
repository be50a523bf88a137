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
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the forty-second blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, kin words, research codes and
 * identifiers of elsewhere), every pool name turns up (patients, relatives and staff of Hubei, Hunan and Jiangxi, Tujia
 * and Miao subjects, nicknames, monitors and sponsors' staff), a record's pinyin names, initials and OCR'd names name
 * the same patient or investigator as its Chinese names, every pinyin and initials form occurs, forms of address (老X,
 * 小X, X爹, X嗲嗲, X娭毑, X婆婆, X老师, X医生, X教授, X主任) label the surname only and a given name used alone the given
 * name, OCR'd names broken by a line break or blanks are one span, a relative known by another's name labels that
 * person, resident identity numbers (also with a lower-case x, 6-8-4 by blanks or hyphens) carry a valid GB 11643 check
 * character and a code of the three provinces, 15-digit numbers a valid birth date and a code of their time, bank cards
 * a valid Luhn digit, the phone (also spoken, on every area code), record, insurance, address and birth-date forms
 * (Gregorian, CRF and English, lunar and sexagenary) the group promises do occur, the decoys (subject, screening,
 * randomisation, kit, protocol, ethics, ADR, SAE, query, sample, registry, pedigree and courier numbers, lab values,
 * hotlines, facilities, places, kin words, dialect words, words beginning with a pool surname) stand in the text and are
 * never labelled, the generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled
 * span, and the pools are new and carry the surnames of the region. No de-identifier is run here: the group stays blind
 * until it is measured once.
 */
class Blind42TemplatesTest {
    private static final List<String> T = Blind42Templates.BLIND_42;
    private static final long SEED = Blind42Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}", "\\+86-1[3-9]\\d-\\d{4}-\\d{4}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> LANDLINE_AREAS = List.of("027", "0731", "0791", "0712", "0713", "0716", "0718",
            "0730", "0743", "0792", "0795", "0797");
    private static final String AREAS8 = "(027|0731|0791)";
    private static final String AREAS7 = "(0712|0713|0716|0718|0730|0743|0792|0795|0797)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS8 + "\\)[2-8]\\d{7}",
            AREAS8 + " [2-8]\\d{3} \\d{4}", AREAS8 + "-[2-8]\\d{7}转\\d{3,4}", "\\+86 (27|731|791) [2-8]\\d{7}",
            AREAS8 + "-[2-8]\\d{7}", "\\(" + AREAS7 + "\\)[2-8]\\d{6}", AREAS7 + " [2-8]\\d{2} \\d{4}",
            AREAS7 + "-[2-8]\\d{6}转\\d{3,4}", "\\+86 (712|713|716|718|730|743|792|795|797) [2-8]\\d{6}",
            AREAS7 + "-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES).flatMap(List::stream)
            .toList();
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}", "(19|20)\\d{2}\\.\\d{2}\\.\\d{2}",
            "(19|20)\\d{6}", "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号");
    private static final List<String> CRF_DATES = List.of(
            "\\d{2}-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-(19|20)\\d{2}",
            "\\d{2}/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/(19|20)\\d{2}",
            "\\d{1,2} " + MONTH + " (19|20)\\d{2}", MONTH + " \\d{1,2}, (19|20)\\d{2}");
    private static final List<String> LUNAR = List.of("农历19[3-7]\\d年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[三四五六七][〇一二三四五六七八九]年" + LUNAR_MONTH + LUNAR_DAY,
            "农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, CRF_DATES, LUNAR).flatMap(List::stream)
            .toList();
    private static final String YY = "(1[6-9]|2[0-5])";
    private static final String RECORD = "TJZY" + YY + "\\d{6}|TJMZ-" + YY + "\\d{6}|(YM|HC|HA|LY|JS|DC|YD)" + YY
            + "\\d{6}|EMPI\\d{10}|\\d{7}";
    private static final String INSURANCE = "YB(4201|4301|3601)\\d{8}|NH(42|43|36)\\d{4}\\d{6}";
    private static final String ADDRESS = "(湖北省|湖南省|江西省)?(武汉市|长沙市|南昌市|孝感市|黄冈市|荆州市"
            + "|恩施土家族苗族自治州|恩施州|岳阳市|湘西土家族苗族自治州|湘西州|益阳市|九江市|赣州市|宜春市)?"
            + "(云梦县|汉川市|红安县|松滋市|恩施市|浏阳市|临湘市|花垣县|吉首市|赫山区|都昌县|于都县|樟树市"
            + "|江岸区|江汉区|硚口区|武昌区|洪山区|青山区|芙蓉区|开福区|雨花区|岳麓区|天心区|东湖区|西湖区|青山湖区|红谷滩区)"
            + "\\S*?(组|号|室|村|乡|镇|路|大道|大街|村小组)";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("爹", "嗲嗲", "娭毑", "婆婆", "老师", "医生", "教授", "主任");
    private static final String RARE_SURNAMES = Blind42Templates.RARE_SURNAMES;
    /** The commonest surnames of the three provinces. */
    private static final String COMMON_SURNAMES = "王李张刘陈胡";
    /** The region's other surnames. */
    private static final String REGIONAL_SURNAMES = "黄周吴徐熊万余汪涂肖程唐彭谭曾罗邓蒋邹喻晏龚向舒";
    private static final List<String> INITIALS = List.of("[A-Z]{3}", "([A-Z]\\.){3}", "[A-Z]-[A-Z]-[A-Z]",
            "[A-Z]-[A-Z]", "[A-Z]{2}", "[A-Z]\\.[A-Z]\\.");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PK", "PO",
                "DO", "PY", "DY", "NY", "PI", "EG"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("DOBL", EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        return Map.copyOf(phi);
    }

    /** The older groups; Blind40 and Blind41 are written alongside this one and left out. */
    private static final List<Class<?>> OLDER = OlderGroups.upTo(39);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(110, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PK", "PO", "DO", "N",
                "MN", "PY", "DY", "NY", "PI", "E", "EG", "ID", "M", "MV", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE",
                "DOBL"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("PG", "ES", "E2"));
        // English prose about a seventh; with the SQL, HL7, JSON and CSV dumps, whose keys are Latin, about a quarter to
        // a third.
        assertThat(T.stream().filter(t -> TemplateChecks.SLOT.matcher(t).replaceAll("").codePoints()
                .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count())
                .as("templates in English or Latin script only").isBetween(26L, 34L);
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(30L, 40L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkNoStrayBraces(T.stream().filter(t -> !t.startsWith("{\"")).toList());
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 40, JSON, 6, OCR, 6, VOICE, 8, WECHAT, 6, SMS, 5,
                EMAIL, 6, HL7, 1));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(14);
        assertThat(T.stream().filter(t -> t.contains("INSERT INTO") || t.contains("SELECT") || t.contains("UPDATE ")
                || t.contains("COPY ") || t.contains("mysql>")).count()).as("SQL and psql dumps")
                .isGreaterThanOrEqualTo(5);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(么样|冇得|冇|蛮).*")).count()).as("Wuhan speech")
                .isGreaterThanOrEqualTo(5);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(咯|嗯咯|晓得哒|娭毑|爷老倌).*")).count())
                .as("Changsha speech").isGreaterThanOrEqualTo(5);
        assertThat(T.stream().filter(t -> t.contains("么里")).count()).as("Nanchang speech").isGreaterThanOrEqualTo(1);
        assertThat(T.stream().filter(t -> t.matches("(?s).*\\d{3}-\\d{4}.*")).count())
                .as("subject numbers in the templates").isGreaterThanOrEqualTo(25);
        assertThat(T.stream().filter(t -> t.contains("先证者") || t.contains("Proband") || t.contains("pedigree")).count())
                .as("pedigrees and probands").isGreaterThanOrEqualTo(7);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind42Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind42TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "Zhang San", "a pinyin name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "ADR", "an abbreviation that is no pool name's initials"));
        for (String kin : List.of("先证者", "胞兄", "娭毑", "嗲嗲", "爷老倌", "老倌", "伢子", "研究者")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word or title alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "43058219850312001", "seventeen characters"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "027-8765432", "seven digits on an eight-digit code"),
                reject(EntityKind.PHONE, "0712-23456789", "eight digits on a seven-digit code"),
                reject(EntityKind.MEDICAL_RECORD, "012-0345", "a subject number"),
                reject(EntityKind.MEDICAL_RECORD, "BB2403180017", "a sample barcode"),
                reject(EntityKind.INSURANCE, "PICC-CT-2023-0418", "the trial's liability insurance policy"),
                reject(EntityKind.BIRTH_DATE, "05-Mar-1968x", "not a date form of the group"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address of elsewhere")));
        CheckRejections.checkRejections(T, "筛选入选表", 4, SEED, PHI, Blind42TemplatesTest::checkValue,
                rejected);
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
        assertThat(PoolNameForms.surnameOf("虢国庆")).isEqualTo("虢");
        assertThat(PoolNameForms.addressedGivenName("虢国庆")).isEqualTo("国庆");
        assertThat(PoolNameForms.addressedGivenName("万全")).isEqualTo("万全");
        assertThat(Blind42Templates.pinyinForms("王汉卿")).containsExactly("Wang Hanqing", "WANG Hanqing",
                "WANG Han-qing", "Hanqing Wang", "Wang Han-Qing");
        assertThat(Blind42Templates.initialForms("王汉卿")).containsExactly("WHQ", "W.H.Q.", "W-H-Q");
        assertThat(Blind42Templates.initialForms("王晖")).containsExactly("W-H", "WH", "W.H.");
        assertThat(Blind42Templates.fullNameOf("Hanqing Wang")).isEqualTo("王汉卿");
        assertThat(Blind42Templates.fullNameOf("WHQ")).isNull();
        assertThat(Blind42Templates.isPoolName("WHQ")).isTrue();
        assertThat(Blind42Templates.fullNameOf("汉卿")).isNull();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind42Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Prof.")
                            .doesNotEndWith("医生").doesNotEndWith("教授").doesNotEndWith("娭毑").doesNotEndWith("爹")
                            .doesNotEndWith("老师").doesNotStartWith("先证者").doesNotStartWith("胞兄")
                            .doesNotEndWith("之子").doesNotEndWith("之女").doesNotEndWith("之母");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X爹, X娭毑, X老师 …", 100);
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
    void aRecordsPinyinInitialsAndOcrNamesNameItsPatientAndInvestigator() {
        int patients = 0, doctors = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t);
            boolean patient = Stream.of("PY", "PI", "PO", "PS", "PG").anyMatch(slots::contains);
            boolean doctor = Stream.of("DY", "DO", "DS").anyMatch(slots::contains);
            if (!patient && !doctor) continue;
            for (Map<String, List<String>> v : slotValues(t, SEED, 30)) {
                Set<String> p = new HashSet<>(v.getOrDefault("P", List.of()));
                for (String y : v.getOrDefault("PY", List.of())) p.add(Blind42Templates.fullNameOf(y));
                for (String o : v.getOrDefault("PO", List.of())) p.add(Blind42Templates.fullNameOf(o));
                if (!p.isEmpty()) {
                    assertThat(p).as("one patient per record: " + v).hasSize(1).doesNotContainNull();
                    String name = p.iterator().next();
                    for (String i : v.getOrDefault("PI", List.of())) {
                        assertThat(Blind42Templates.initialForms(name)).as(v.toString()).contains(i);
                    }
                    for (String s : v.getOrDefault("PS", List.of())) assertThat(name).startsWith(s);
                    for (String g : v.getOrDefault("PG", List.of())) assertThat(name).endsWith(g);
                    patients++;
                }
                Set<String> d = new HashSet<>(v.getOrDefault("DR", List.of()));
                for (String y : v.getOrDefault("DY", List.of())) d.add(Blind42Templates.fullNameOf(y));
                for (String o : v.getOrDefault("DO", List.of())) d.add(Blind42Templates.fullNameOf(o));
                if (!d.isEmpty()) {
                    assertThat(d).as("one investigator per record: " + v).hasSize(1).doesNotContainNull();
                    String name = d.iterator().next();
                    for (String s : v.getOrDefault("DS", List.of())) assertThat(name).startsWith(s);
                    doctors++;
                }
            }
        }
        assertThat(patients).isGreaterThan(300);
        assertThat(doctors).isGreaterThan(150);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind42Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind42Templates.isScannedName("虢\n国庆")).isTrue();
        assertThat(Blind42Templates.isScannedName("虢 少 华")).isTrue();
        assertThat(Blind42Templates.isScannedName("虢少华")).isFalse();
        assertThat(Blind42Templates.isScannedName("虢\n大明")).isFalse();
    }

    @Test
    void aRelativeKnownByAnothersNameLabelsThatPerson() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女", "之母")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind42TemplatesTest::checkIdentity,
                Blind42Templates.legacyAreaCodes(), v -> false);
        tally.checkEveryPromisedForm(300, 80);
        assertThat(tally.issuedIn("42")).as("issued in Hubei").isGreaterThan(80);
        assertThat(tally.issuedIn("43")).as("issued in Hunan").isGreaterThan(60);
        assertThat(tally.issuedIn("36")).as("issued in Jiangxi").isGreaterThan(60);
        assertThat(tally.issuedIn("4305", "3611", "360113")).as("codes created since 2019").isGreaterThan(5);
        IdentifierTally.checkTheChecksReject("420922", "42092219631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressNameAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken one", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way").noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("TJZY.*", "TJMZ-.*", "YM\\d+", "HC\\d+", "HA\\d+",
                "LY\\d+", "JS\\d+", "DC\\d+", "YD\\d+", "EMPI\\d+", "\\d{7}"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("YB4201.*", "YB4301.*", "YB3601.*", "NH42.*",
                "NH43.*", "NH36.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+组", ".*村\\d+组\\d+号", ".*村委会.*村小组",
                ".*栋\\d单元\\d+室", ".*栋\\d单元\\d+层\\d号", ".*(小区|花园|山庄|新村|绿洲|居)\\d+栋\\d+号", ".*[乡镇]",
                ".*村", ".*\\d组", ".*(路|大道|大街)", ".*(路|大道|大街)\\d+号", "湖北省.*", "湖南省.*", "江西省.*",
                "武汉市.*", "长沙市.*", "南昌市.*", "恩施州.*", "恩施土家族苗族自治州.*", "湘西州.*",
                "湘西土家族苗族自治州.*", "云梦县.*", "都昌县.*", "于都县.*", "浏阳市.*", "花垣县.*"),
                values.get(EntityKind.ADDRESS));
        Set<String> names = values.get(EntityKind.NAME);
        Set<Integer> pinyinForms = new HashSet<>();
        for (String n : Blind42Templates.chineseNames()) {
            List<String> f = Blind42Templates.pinyinForms(n);
            if (n.length() < 3) continue;
            for (int i = 0; i < f.size(); i++) {
                if (names.contains(f.get(i))) pinyinForms.add(i);
            }
        }
        assertThat(pinyinForms).as("every pinyin form").containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        TemplateChecks.checkEveryFormOccurs("initials", INITIALS, names);
        assertThat(names).as("nicknames").containsAll(Blind42Templates.nicknames());
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Research codes: subject, screening, randomisation, kit, site, protocol and ethics numbers.
                "012-0345", "007-0318", "011-0042", "007-0031", "003-0107", "S03-0112", "S11-0093", "R0417",
                "R-2-0417", "K3-1127", "YMTJ-CARD-2023-07", "YMTJ-ONC-011", "HNX-2022-105", "YMTJ-NEU-2023-09",
                "伦审[2024]第073号", "TJ-IRB-2023-118", "中心编号16",
                // ADR, SAE, query, deviation, complaint and follow-up numbers.
                "4209002024000318", "ADR-0731-2024-0061", "CN-YMTJ-2024-00317", "SAE-07-2024-003", "Q-2024-0871",
                "#1187", "PD-07-011", "TS-2024-005", "YD-FU-0318", "CS-2024-0771",
                // Samples, batches, registries, pedigrees, couriers.
                "BB2403180017", "S24A0031872", "ICF-BB-2024-0318", "BD-0318", "TR-2024-017", "PND-2024-0318",
                "批号230817", "B2308173", "lot 23K0917", "202311A047", "RD-HB-2023-0417", "RD-HN-2022-0093",
                "RD-JX-2021-0152", "TR420922-2019-0318", "TR-2019-0318", "ASSIST-0417", "PED-HB-0417", "II-3",
                "SF1402837465", "MSG0318",
                // Lab values, hotlines.
                "ALT 186U/L", "eGFR 38 mL/min", "0.05g/L", "C34.9", "E75.2", "T2aN1M0", "咨询热线12320",
                // Facilities and places alone.
                "云梦医科大学附属同济医院", "Yunmeng Medical University Tongji Hospital", "农业银行云梦支行",
                "邮储银行汉川支行", "浏阳市疾控中心", "都昌县人民医院", "于都县人民医院", "临湘市人民医院", "云梦县人",
                "东莞", "花垣那边",
                // Kin words, titles and dialect words.
                "先证者", "胞兄", "胞姐", "爷老倌", "老倌", "娭毑", "么样", "冇得", "嗯咯", "晓得哒", "么里",
                "脑壳",
                // Words beginning with one of the pools' surnames.
                "熊猫血", "万古霉素", "涂片", "黄疸", "麻醉", "舒张压"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind42TemplatesTest::checkValue, checkedNames(), Blind42Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind42Templates.chineseNames());
        assertThat(values).as("every Tujia and Miao subject is drawn").containsAll(Blind42Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind42Templates.nicknames());
        assertThat(values).as("every English name in full").containsAll(Blind42Templates.ENGLISH.stream()
                .map(e -> e.replace('|', ' ')).toList());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind42Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind42Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() == 2
                && Blind42Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind42Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind42Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(110).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(4);
        for (String e : Blind42Templates.PINYIN) {
            String[] p = e.split("\\|");
            assertThat(p).as(e).hasSize(3);
            assertThat(p[1]).as(e).matches("[A-Z][a-z]+");
            assertThat(p[2]).as(e).matches("[A-Z][a-z]+(-[a-z]+)?");
            assertThat(p[2].split("-").length).as("a syllable for each given character: " + e)
                    .isEqualTo(p[0].length() - 1);
            assertThat(p[2].split("-")).as("no syllable needs an apostrophe: " + e)
                    .allMatch(s -> s.equals(p[2].split("-")[0]) || "aoe".indexOf(s.charAt(0)) < 0);
        }
        List<String> forms = Blind42Templates.fullForms();
        assertThat(Blind42Templates.chineseNames().stream().flatMap(n -> Blind42Templates.pinyinForms(n).stream()
                .distinct()).count()).as("no two pool names share a pinyin form").isEqualTo(forms.size()
                - Blind42Templates.ENGLISH.size());
        assertThat(Blind42Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind42Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long regional = chinese.stream().filter(n -> REGIONAL_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry two fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 2L);
        assertThat(regional * 4).as("the region's other surnames carry a quarter or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> "熊万涂余汪".indexOf(n.charAt(0)) >= 0).count())
                .as("surnames typical of Hubei and Jiangxi").isGreaterThanOrEqualTo(8);
        List<String> minority = Blind42Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese)
                .allMatch(n -> "麻滕龙石田向覃".indexOf(n.charAt(0)) >= 0);
        assertThat(Blind42Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority)
                .allMatch(n -> n.matches(".+(伢|伢子|妹子|崽|姑)"));
        assertThat(Blind42Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(39);
        List<String> allMinority = new ArrayList<>(minority);
        allMinority.addAll(Blind42Templates.nicknames());
        assertThat(TemplateChecks.namesNotNew(withPools(OLDER), olderSurnames, chinese, minority,
                Blind42Templates.englishSurnames().toList(), Blind42Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, allMinority).flatMap(List::stream).filter(olderStrings::contains))
                .as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
            if (p.length == 3) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[2]));
        }
        olderKeys.remove("");
        assertThat(forms.stream().filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : withPools(OLDER)) olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
        assertThat(olderHan.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0))
                .as("older names with this group's rare surnames").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(39);
        assertThat(Blind42Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind42Templates.areaCodes();
        assertThat(areas).as("codes of the three provinces only").allMatch(a -> a.matches("(42|43|36)\\d{4}"))
                .doesNotHaveDuplicates();
        assertThat(areas).as("Hubei").filteredOn(a -> a.startsWith("42")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(areas).as("Hunan").filteredOn(a -> a.startsWith("43")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(areas).as("Jiangxi").filteredOn(a -> a.startsWith("36")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind42Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(Blind42Templates.NEW_AREA);
        assertThat(areas).containsAll(Blind42Templates.NEW_AREA);
        assertThat(Blind42Templates.ganzhi(1948)).isEqualTo("戊子");
        assertThat(Blind42Templates.ganzhi(1984)).isEqualTo("甲子");
        assertThat(Blind42Templates.ganzhi(1976)).isEqualTo("丙辰");
        assertThat(Blind42Templates.lunarDay(8)).isEqualTo("初八");
        assertThat(Blind42Templates.lunarDay(23)).isEqualTo("廿三");
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, Tujia and Miao names, nicknames, every
     * pinyin form of the Chinese pool, English names in full and English given and family names of three letters or
     * more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind42Templates.chineseNames().stream(), Blind42Templates.minorityNames().stream(),
                        Blind42Templates.nicknames().stream(), Blind42Templates.fullForms().stream(),
                        Blind42Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind42Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    /** The older groups that keep their pools in CHINESE, MINORITY and ENGLISH (the others are compared by strings). */
    private static List<Class<?>> withPools(List<Class<?>> older) {
        return older.stream().filter(c -> Stream.of("CHINESE", "MINORITY", "ENGLISH").allMatch(f -> {
            try {
                c.getDeclaredField(f);
                return true;
            } catch (NoSuchFieldException e) {
                return false;
            }
        })).toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind42Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind42Templates.isPoolName(value)).as("name from the BLIND_42 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE);
                if (value.startsWith("NH")) {
                    assertThat(Blind42Templates.legacyAreaCodes()).as("rural insurance on a county code: " + value)
                            .contains(value.substring(2, 8));
                }
            }
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

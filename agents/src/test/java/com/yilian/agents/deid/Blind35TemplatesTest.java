package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.yilian.agents.deid.CheckRejections.reject;
import static com.yilian.agents.deid.TemplateGenre.HL7;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the thirty-fifth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind and a name from outside the pools), every pool name turns up
 * (Chinese, carers', nicknames, English, and every foreign person in their own script, in Latin, in Chinese
 * transliteration and in the other form), the forms of one foreign person in one record name that person, forms of
 * address and honorifics (老X, 小X, X阿姨, X医生, X先生, X老师, さん, 様, г-жа, Mr, Ms, Herr, Frau) label the family
 * name only, a given name used alone the given name, OCR'd names broken by a line break or blanks are one span,
 * resident identity numbers carry a valid GB 11643 check character and an area code of Shanghai, Suzhou, Kunshan or
 * the carers' Anhui and Jiangxi counties, 15-digit numbers a valid birth date and a code of their time, the new
 * permanent-residence cards a valid check character, their province and a nationality code, the old ones a
 * three-letter nationality, bank cards a valid Luhn digit, the phone (also spoken, of every foreign country, on every
 * landline area code), record, insurance (also foreign policies), address (lilong rooms, Pudong flats, Jiangsu, the
 * carers' villages, and abroad in each country's form) and birth-date forms (Japanese eras, Korean, lunar, ISO,
 * DD.MM.YYYY, MM/DD/YYYY) the group promises do occur, the decoys (lab values, trial screening, randomisation, subject,
 * protocol and sample numbers, lot, passport and message numbers, facilities, insurers, places, dishes, kin and
 * dialect words, greetings, words beginning with a pool surname) stand in the text and are never labelled, the
 * generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span, the pools and
 * their rare surnames are new, and the Chinese names carry the surnames of a Shanghai patient list. No de-identifier
 * is run here: the group stays blind until it is measured once.
 */
class Blind35TemplatesTest {
    private static final List<String> T = Blind35Templates.BLIND_35;
    private static final long SEED = Blind35Templates.SEED;
    private static final List<String> GROUPS = Blind35Templates.GROUPS;
    private static final List<String> NAME_FORMS = List.of("", "N", "L", "C", "A", "S", "LS");
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d \\d{4} \\d{4}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "幺[三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "幺[三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    /** By country: Japan, Korea, Russia, Kazakhstan, UAE, Thailand, India, Vietnam, Spain, Portugal, Germany. */
    private static final Map<String, List<String>> FOREIGN_PHONES = Map.ofEntries(
            Map.entry("JPN", List.of("\\+81 [789]0-\\d{4}-\\d{4}", "0[789]0-\\d{4}-\\d{4}")),
            Map.entry("KOR", List.of("\\+82 10-\\d{4}-\\d{4}", "010-\\d{4}-\\d{4}")),
            Map.entry("RUS", List.of("\\+7 9\\d{2} \\d{3}-\\d{2}-\\d{2}")),
            Map.entry("KAZ", List.of("\\+7 7[0457]\\d \\d{3} \\d{4}")),
            Map.entry("ARE", List.of("\\+971 5[0245] \\d{3} \\d{4}")),
            Map.entry("THA", List.of("\\+66 [689]\\d \\d{3} \\d{4}")),
            Map.entry("IND", List.of("\\+91 [6-9]\\d{4} \\d{5}")),
            Map.entry("VNM", List.of("\\+84 9\\d{2} \\d{3} \\d{3}")),
            Map.entry("ESP", List.of("\\+34 6\\d{2} \\d{2} \\d{2} \\d{2}")),
            Map.entry("PRT", List.of("\\+351 9[1236]\\d \\d{3} \\d{3}")),
            Map.entry("DEU", List.of("\\+49 15\\d \\d{8}")));
    private static final List<String> FOREIGN_MOBILES = FOREIGN_PHONES.values().stream().flatMap(List::stream).toList();
    private static final List<String> LANDLINE_AREAS = List.of("021", "0512", "0558", "0564", "0556", "0793", "0792");
    private static final String AREAS8 = "(021|0512)";
    private static final String AREAS7 = "(0558|0564|0556|0793|0792)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS8 + "\\)[2-8]\\d{7}",
            AREAS8 + " [2-8]\\d{3} \\d{4}", AREAS8 + "-[2-8]\\d{7}转\\d{3,4}", "\\+86 (21|512) [2-8]\\d{7}",
            AREAS8 + "-[2-8]\\d{7}", "\\(" + AREAS7 + "\\)[2-8]\\d{6}", AREAS7 + " [2-8]\\d{2} \\d{4}",
            AREAS7 + "-[2-8]\\d{6}转\\d{3,4}", "\\+86 (558|564|556|793|792) [2-8]\\d{6}", AREAS7 + "-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, FOREIGN_MOBILES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八])";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年(正|二|三|四|五|六|七|八|九|十|十一|腊)月" + LUNAR_DAY,
            "(昭和|平成|令和)\\d{1,2}年\\d{1,2}月\\d{1,2}日", "[SHR]\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}",
            "(19|20)\\d{2}년 \\d{1,2}월 \\d{1,2}일", "(19|20)\\d{2}\\.\\d{2}\\.\\d{2}", "(19|20)\\d{6}",
            "\\d{2}\\.\\d{2}\\.(19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}", "\\d{2} [A-Z][a-z]{2} (19|20)\\d{2}");
    private static final String YY = "(1[6-9]|2[0-5])";
    private static final List<String> RECORDS_FORMS = List.of("RHZ" + YY + "\\d{6}", "RHM20" + YY + "\\d{4}",
            "IMC-20" + YY + "-\\d{5}", "IVF20" + YY + "-\\d{4}", "TJ20" + YY + "(0[1-9]|1[0-2])(0[1-9]|1\\d|2[0-8])\\d{4}",
            "SZRH\\d{8}", "KS" + YY + "-\\d{6}", "31\\d{15}");
    private static final List<String> INSURANCE_FORMS = List.of("JS\\d{11}", "AHNH\\d{10}", "JXNH\\d{10}",
            "31\\d{8}[A-Z]");
    private static final List<String> POLICY_FORMS = List.of("U\\d{8}-0[1-4]", "ACP\\d{7}", "BG \\d{4} \\d{4}",
            "AXA-(JP|HK|SG|FR)-\\d{6}", "MSH\\d{9}", "GBG\\d{9}");
    /** Chinese addresses: Shanghai, Suzhou and Kunshan, or the carers' home villages. */
    private static final String HOME_ADDRESS = "(上海市|江苏省)?(黄浦区|静安区|虹口区|徐汇区|长宁区|杨浦区|浦东新区|闵行区"
            + "|青浦区|苏州市姑苏区|苏州工业园区|昆山市)\\S*(号|弄|楼|室|间|阁|房|路|街|道|镇)"
            + "|(安徽省|江西省)?(阜阳市|六安市|安庆市|上饶市|九江市)\\S+(组|号|村)";
    /** Addresses abroad in each country's own form. */
    private static final Map<String, String> FOREIGN_ADDRESSES = Map.ofEntries(
            Map.entry("JPN", "〒\\d{3}-\\d{4} \\S+?(\\d丁目\\d+-\\d+|\\d-\\d+-\\d+ \\d+号室)"),
            Map.entry("KOR", "\\S+ \\S+ \\S+동 \\d{3}-\\d+ \\d{3}동 \\d+호"),
            Map.entry("RUS", "г\\. (Москва|Санкт-Петербург|Новосибирск), ул\\. \\S+, д\\. \\d+, кв\\. \\d+"),
            Map.entry("KAZ", "г\\. (Алматы|Астана), (ул|пр)\\. \\S+, д\\. \\d+, кв\\. \\d+"),
            Map.entry("ARE", "Villa \\d+, Street \\d+, [A-Za-z ]+\\d?, (Dubai|Abu Dhabi)"),
            Map.entry("THA", "\\d+/\\d+ .+ \\d{5}"),
            Map.entry("IND", "Flat \\d+, [A-Za-z ,]+ \\d{6}"),
            Map.entry("VNM", "Số \\d+ ngõ \\d+ .+"),
            Map.entry("ESP", "[\\p{L} ]+ \\d+, \\dº [A-D], \\d{5} \\p{L}+"),
            Map.entry("PRT", "[\\p{L} ]+ \\d+, \\d\\.º Esq\\., \\d{4}-\\d{3} Lisboa"),
            Map.entry("DEU", "\\p{L}+straße \\d+, \\d{5} [\\p{L} ]+"));
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("阿姨", "医生", "先生", "老师", "护士", "阿婆", "老伯伯",
            "家阿娘");
    private static final String RARE_SURNAMES = Blind35Templates.RARE_SURNAMES;
    /** The commonest surnames of Shanghai. */
    private static final String COMMON_SURNAMES = "张王陈李朱周徐陆沈顾";
    /** Other Jiangnan surnames. */
    private static final String JIANGNAN_SURNAMES = "吴杨黄钱金孙胡蒋曹姚倪俞严范施汤龚邵潘";
    /** The carers' Anhui and Jiangxi surnames. */
    private static final String CARER_SURNAMES = "汪程葛储胡方吴许檀陶鲍余邹熊涂饶彭万罗黄";
    private static final Map<String, String> NATION_NUMBERS = Map.ofEntries(Map.entry("JPN", "392"),
            Map.entry("KOR", "410"), Map.entry("RUS", "643"), Map.entry("KAZ", "398"), Map.entry("ARE", "784"),
            Map.entry("THA", "764"), Map.entry("IND", "356"), Map.entry("VNM", "704"), Map.entry("ESP", "724"),
            Map.entry("PRT", "620"), Map.entry("DEU", "276"));

    private static Map<String, EntityKind> phi() {
        List<String> names = new ArrayList<>(List.of("N", "CW", "CS", "PS", "FS", "PG", "PO", "PK", "XN", "XL", "EG",
                "ML", "MC", "MA", "MS", "MLS"));
        for (String g : GROUPS) for (String f : NAME_FORMS) names.add(g + f);
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots(names.toArray(String[]::new)));
        for (String s : List.of("DJ", "DK", "DE", "DOBC")) phi.put(s, EntityKind.BIRTH_DATE);
        for (String s : List.of("MV", "MF")) phi.put(s, EntityKind.PHONE);
        for (String s : List.of("PR", "PRN", "PRO")) phi.put(s, EntityKind.ID_NUMBER);
        for (String s : List.of("AL", "AP", "AF")) phi.put(s, EntityKind.ADDRESS);
        phi.put("IF", EntityKind.INSURANCE);
        for (String g : GROUPS) {
            phi.put(g + "F", EntityKind.ADDRESS);
            phi.put(g + "M", EntityKind.PHONE);
        }
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(33);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(140, 200).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("P", "F", "DR", "DS", "N", "CW", "CS", "PS", "FS", "PG",
                "PK", "PO", "MN", "ML", "MC", "MA", "MLS", "XN", "XL", "E", "E2", "ES", "EG", "JP", "JPA", "JPS", "JPM",
                "KR", "KRM", "RU", "RUM", "ID", "PR", "M", "MV", "MF", "L", "R", "I", "IF", "B", "A", "A0", "AL", "AP",
                "AF", "DOB", "DJ", "DK", "DE", "DOBC"));
        for (String g : GROUPS) {
            assertThat(used).as("group " + g + " written in its own script, with a home phone and address")
                    .contains(g, g + "M").anyMatch(s -> s.equals(g + "F") || g.equals("KR") || g.equals("JP"));
        }
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(28L, 36L);
        TemplateChecks.checkSlots(T, PHI);
        // MN is this group's foreign patient, written in several forms: no slot is held to one writing.
        TemplateChecks.checkLiteralBracesAndLineEnds(T, List.of());
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 50, JSON, 6, HL7, 4, OCR, 6, VOICE, 4, WECHAT, 8, SMS, 5));
        assertThat(T.stream().filter(t -> t.startsWith("[LINE]")).count()).as("LINE").isGreaterThanOrEqualTo(2);
        assertThat(T.stream().filter(t -> t.startsWith("[KakaoTalk]")).count()).as("KakaoTalk").isGreaterThanOrEqualTo(2);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(主题：|Subject:|件名：).*")).count()).as("e-mails")
                .isGreaterThanOrEqualTo(7);
        assertThat(T.stream().filter(t -> t.matches("(?s)[^\n]*,[^\n]*,[^\n]*\n.*")).count()).as("CSV exports")
                .isGreaterThanOrEqualTo(3);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(筛选号|随机号|受试者|Subject number|SAE).*")).count())
                .as("phase I trial documents").isGreaterThanOrEqualTo(15);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(IVF|生殖|胚胎|取卵|精液|Fertility).*")).count())
                .as("fertility-centre documents").isGreaterThanOrEqualTo(10);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(阿拉|侬|伊|老早|屋里厢|覅).*")).count())
                .as("Shanghainese speech").isGreaterThanOrEqualTo(12);
        assertThat(T.stream().filter(t -> t.contains("{IF}")).count()).as("foreign insurers' policies")
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind35Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind35TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        String card = "931392198503120011";
        String wrongCheck = card.substring(0, 17) + (Checksums.residentIdCheck(card.substring(0, 17)) == '0' ? '1' : '0');
        // The opening template has four identifier slots.
        CheckRejections.checkRejections(T, "【瑞和生殖医学中心】", 4, SEED, PHI, Blind35TemplatesTest::checkValue, List.of(
                reject(EntityKind.NAME, "张三", "a name from outside the pools"),
                reject(EntityKind.NAME, "阿娘", "a kin word alone"),
                reject(EntityKind.NAME, "山田 太郎", "a Japanese name of no pool"),
                reject(EntityKind.ID_NUMBER, "E51827734", "a passport number"),
                reject(EntityKind.MEDICAL_RECORD, "S017", "a screening number"),
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, wrongCheck, "a residence card with a wrong check character"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0558-28123456", "eight digits on a seven-digit code"),
                reject(EntityKind.BIRTH_DATE, "昭和70年3月12日", "an era year that never was")));
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
        assertThat(PoolNameForms.surnameOf("陆根宝")).isEqualTo("陆");
        assertThat(PoolNameForms.addressedGivenName("陆根宝")).isEqualTo("根宝");
        assertThat(PoolNameForms.addressedGivenName("张骅")).isEqualTo("张骅");
        assertThat(Blind35Templates.fullNameOf("オオクボ チヒロ")).isEqualTo("大久保 千尋");
        assertThat(Blind35Templates.fullNameOf("叶卡捷琳娜·斯米尔诺娃")).isEqualTo("Смирнова Екатерина Андреевна");
        assertThat(Blind35Templates.fullNameOf("Nunez")).isNull();
        assertThat(Blind35Templates.isPoolName("Núñez")).isTrue();
    }

    /** The forms of one foreign person in one record (MN, ML, MC …; JP, JPA, JPS …) name that person. */
    @Test
    void theFormsOfAForeignPersonInARecordNameThatPerson() {
        int checked = 0;
        List<String[]> entries = Blind35Templates.foreignEntries().stream().map(e -> e.split("\\|")).toList();
        for (String template : T) {
            List<String> slots = TemplateChecks.slots(template).stream().filter(PHI::containsKey).toList();
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(15)) {
                Map<String, Set<String>> people = new HashMap<>();
                for (int k = 0; k < r.gold().size(); k++) {
                    String slot = slots.get(k % slots.size());
                    String value = r.gold().get(k).in(r.text());
                    String owner = slot.startsWith("M") && NAME_FORMS.contains(slot.substring(1)) ? "M"
                            : slot.length() >= 2 && GROUPS.contains(slot.substring(0, 2))
                            && NAME_FORMS.contains(slot.substring(2)) ? slot.substring(0, 2) : null;
                    if (owner == null || slot.equals("M")) continue;
                    String form = owner.equals("M") ? slot.substring(1) : slot.substring(2);
                    int index = List.of("", "N", "L", "C", "A", "S", "LS").indexOf(form);
                    int field = index <= 1 ? 0 : index - 1;
                    Set<String> who = new HashSet<>();
                    for (String[] e : entries) {
                        if (e[field].equals(value) && (owner.equals("M") || e[7].equals(owner))) who.add(e[0]);
                    }
                    assertThat(who).as(slot + " " + value + " in " + r.text()).isNotEmpty();
                    people.computeIfAbsent(owner, o -> new HashSet<>(who)).retainAll(who);
                    assertThat(people.get(owner)).as("one person for " + owner + " in " + r.text()).isNotEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(800);
    }

    @Test
    void formsOfAddressAndHonorificsStayOutsideTheNameSpan() {
        int foreign = 0;
        Set<String> seen = new HashSet<>();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind35Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Mr ").doesNotStartWith("Ms ")
                            .doesNotStartWith("г-жа").doesNotEndWith("医生").doesNotEndWith("阿姨").doesNotEndWith("さん")
                            .doesNotEndWith("様").doesNotEndWith(" 씨");
                    forms.count(v, before, after, r.text());
                    for (String h : List.of("さん", "様", " 씨")) {
                        if (after.startsWith(h)) {
                            seen.add(h);
                            foreign++;
                        }
                    }
                    for (String h : List.of("Mr ", "Ms ", "г-жа ", "Herr/Frau ", "Sr./Sra. ", "Dr ")) {
                        if (before.endsWith(h)) {
                            seen.add(h);
                            foreign++;
                        }
                    }
                }
            }
        }
        forms.check("老X, 小X", 10, "X阿姨, X医生, X先生 …", 100);
        assertThat(foreign).as("さん, 様, 씨, Mr, Ms, г-жа …").isGreaterThan(60);
        assertThat(seen).as("every foreign form of address is written")
                .containsAll(List.of("さん", "様", " 씨", "Mr ", "Ms ", "г-жа ", "Herr/Frau ", "Sr./Sra. ", "Dr "));
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (Blind35Templates.foreignForms().anyMatch(v::equals) || Blind35Templates.englishNames()
                        .anyMatch(v::equals)) {
                    continue;
                }
                assertThat(Blind35Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,3}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("Chinese names broken by a line break").isGreaterThan(5);
        assertThat(single).as("Chinese names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("Chinese names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("Chinese names with a blank between every character").isGreaterThan(5);
        assertThat(Blind35Templates.isScannedName("陆\n根宝")).isTrue();
        assertThat(Blind35Templates.isScannedName("陆 根 宝")).isTrue();
        assertThat(Blind35Templates.isScannedName("陆根宝")).isFalse();
        assertThat(Blind35Templates.isScannedName("大久保 千尋")).isFalse();
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        // Permanent-residence cards, new (9…, 18 characters) and old (three letters), are counted apart.
        IdentifierTally tally = IdentifierTally.of(T, SEED, RECORDS, Blind35TemplatesTest::checkIdentity,
                Blind35Templates.legacyAreaCodes(), v -> v.startsWith("9") && v.length() == 18 || v.matches("[A-Z]{3}.*"));
        int cardsNew = 0, cardsOld = 0, jiangsuCards = 0;
        Set<String> nations = new HashSet<>();
        for (String v : tally.otherIds) {
            checkIdentity(v);
            if (v.startsWith("9") && v.length() == 18) {
                cardsNew++;
                nations.add(v.substring(3, 6));
                if (v.startsWith("932")) jiangsuCards++;
            } else {
                cardsOld++;
                nations.add(v.substring(0, 3));
            }
        }
        tally.checkIdentityForms(300, 10, false);
        assertThat(tally.issuedIn("3101")).as("issued in Shanghai").isGreaterThan(100);
        assertThat(tally.issuedIn("3205")).as("issued in Suzhou and Kunshan").isGreaterThan(20);
        assertThat(tally.issuedIn("3412", "3415", "3408")).as("issued in Anhui").isGreaterThan(20);
        assertThat(tally.issuedIn("3611", "3604")).as("issued in Jiangxi").isGreaterThan(5);
        assertThat(cardsNew).as("permanent-residence cards of 2023").isGreaterThan(40);
        assertThat(cardsOld).as("old permanent-residence cards").isGreaterThan(20);
        assertThat(jiangsuCards).as("cards issued in Jiangsu").isGreaterThan(0);
        assertThat(nations).as("every nationality on a card, by number and by letters")
                .containsAll(NATION_NUMBERS.keySet()).containsAll(NATION_NUMBERS.values());
        tally.checkCardForms(50);
        assertThat(TemplateChecks.legacyIdValid("310103420230123")).as("30 February").isFalse();
        assertThat(TemplateChecks.legacyIdValid("310103421103123")).isTrue();
        assertThat(Checksums.luhn("6222020000000001")).isFalse();
    }

    @Test
    void thePromisedPhoneRecordInsuranceAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("era", List.of("昭和.*", "平成.*", "令和.*", "S.*", "H.*", "R.*"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", RECORDS_FORMS, values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", Stream.concat(INSURANCE_FORMS.stream(),
                POLICY_FORMS.stream()).toList(), values.get(EntityKind.INSURANCE));
        Set<String> addresses = values.get(EntityKind.ADDRESS);
        TemplateChecks.checkEveryFormOccurs("address abroad", List.copyOf(FOREIGN_ADDRESSES.values()), addresses);
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*弄\\d+号\\d楼(亭子间|前楼|后楼|灶披间|三层阁|前厢房"
                + "|后厢房|客堂间)", ".*弄\\d+号(亭子间|前楼|后楼|灶披间|三层阁|前厢房|后厢房|客堂间)", ".*弄\\d+号\\d楼",
                ".*弄\\d+号", ".*亭子间", ".*灶披间", ".*三层阁", "(上海市)?浦东新区.*弄\\d+号\\d+室",
                "(上海市)?浦东新区.*\\d+号楼\\d+室", ".*幢\\d+室", ".*幢\\d单元\\d+室", "(江苏省)?苏州市姑苏区.*号",
                "(江苏省)?苏州工业园区.*", "(江苏省)?昆山市.*", ".*村\\d+组", ".*村\\d+组\\d+号", "安徽省.*", "江西省.*",
                "上海市.*", "(长宁区|浦东新区|闵行区|青浦区).*弄\\d+号\\d+室", ".*(路|街|道)", ".*弄", ".*镇", ".*村"),
                addresses);
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values and doses.
                "ALT 3.2×ULN", "QTc 512ms", "Cmax 1.84μg/mL", "AMH 1.2ng/mL", "FSH 9.6IU/L", "18×10^6/mL",
                "LDL-C 4.1mmol/L", "7.9mmol/L", "CRP 12 mg/L", "BMI 22.4", "SpO2 96%", "80 mg/kg/day", "200mg",
                // Trial codes: protocol, screening, randomisation, subject, sample and bed numbers.
                "RH-PK-2024-01", "S017", "S018", "S019", "S022", "S031", "S040", "SCR-017", "R1024", "R1031", "R1040",
                "01-017", "01-022", "01-031", "PK031-05", "PK-12",
                // Lot, embryo, examination, escort-pass, passport and message numbers.
                "TD4471B", "HA20931", "E24-0318", "GS240318", "PH-0318", "E51827734", "7512 338104", "MSG618093",
                // Facilities and insurers.
                "上海瑞和医院", "国际医疗部", "蓬莱坊社区卫生服务中心", "惠南新城社区卫生服务中心", "苏州瑞和园区医院",
                "昆山花桥瑞和医院", "Shanghai Ruihe Hospital", "Cigna Global", "Allianz Care", "Bupa Global",
                "MSH International",
                // Places alone and dishes.
                "石库门", "外滩", "陆家嘴", "古北", "虹桥", "生煎", "粢饭糕", "腌笃鲜", "小笼",
                // Kin words and Shanghainese.
                "阿拉", "侬", "老早", "姆妈", "爷叔", "阿爷", "老头子", "屋里厢", "覅",
                // Greetings in other scripts.
                "감사합니다", "Спасибо", "Gracias",
                // Words beginning with one of the pool's surnames.
                "陆续", "顾虑", "周末", "金额", "严重", "施工", "钱包", "黄梅天"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind35TemplatesTest::checkValue, checkedNames(), Blind35Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind35Templates.chineseNames());
        assertThat(values).as("every carer is named").containsAll(Blind35Templates.carerNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind35Templates.nicknames());
        assertThat(values).as("every English name is drawn").containsAll(Blind35Templates.englishNames().toList());
        assertThat(values).as("every foreign person in every form")
                .containsAll(Blind35Templates.foreignFullForms().toList());
        assertThat(values).as("foreign family names alone, in their script and in Latin")
                .containsAll(Blind35Templates.foreignEntries().stream().map(e -> e.split("\\|"))
                        .filter(p -> List.of("JP", "RU", "GE").contains(p[7])).map(p -> p[4]).toList())
                .containsAnyElementsOf(Blind35Templates.foreignEntries().stream().map(e -> e.split("\\|")[4])
                        .filter(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                                == Character.UnicodeScript.ARABIC)).toList())
                .containsAnyElementsOf(Blind35Templates.foreignEntries().stream().map(e -> e.split("\\|")[5]).toList());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind35Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind35Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind35Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind35Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind35Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind35Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind35Templates.carerNames()).as("carers belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates()
                .allMatch(n -> CARER_SURNAMES.indexOf(n.charAt(0)) >= 0);
        assertThat(Blind35Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a Shanghai patient list: the commonest surnames carry close to half, other Jiangnan ones much of the rest,
        // the carers' a share, the rare ones a small minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long jiangnan = chinese.stream().filter(n -> JIANGNAN_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long carers = chinese.stream().filter(n -> CARER_SURNAMES.indexOf(n.charAt(0)) >= 0
                && JIANGNAN_SURNAMES.indexOf(n.charAt(0)) < 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry two fifths or more").isGreaterThanOrEqualTo(chinese.size() * 2L);
        assertThat(jiangnan * 4).as("other Jiangnan surnames carry a quarter or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(carers * 20).as("the carers' surnames carry a twentieth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 20).as("rare surnames are a small minority").isLessThanOrEqualTo(chinese.size());
        assertThat((common + jiangnan + carers + rare) + Blind35Templates.WORD_LIKE.size()).as("every name accounted for")
                .isGreaterThanOrEqualTo(chinese.size());
        List<String> entries = Blind35Templates.foreignEntries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates()
                .allMatch(e -> e.split("\\|").length == 8)
                .allMatch(e -> NATION_NUMBERS.containsKey(e.split("\\|")[6]) && GROUPS.contains(e.split("\\|")[7]));
        for (String g : GROUPS) {
            assertThat(entries).as("group " + g).filteredOn(e -> e.endsWith("|" + g)).hasSizeGreaterThanOrEqualTo(2);
        }
        for (String e : entries) {
            String[] p = e.split("\\|");
            assertThat(p[0]).as("the own script holds the family name: " + e).contains(p[4]);
            assertThat(p[1]).as("the Latin form holds the Latin family name: " + e).contains(p[5]);
            assertThat(p[2]).as("the Chinese form is Han: " + e).matches("[\\p{IsHan}·]+");
            Character.UnicodeScript script = switch (p[7]) {
                case "JP" -> Character.UnicodeScript.HAN;
                case "KR" -> Character.UnicodeScript.HANGUL;
                case "RU" -> Character.UnicodeScript.CYRILLIC;
                case "AR" -> Character.UnicodeScript.ARABIC;
                case "TH" -> Character.UnicodeScript.THAI;
                case "HI" -> Character.UnicodeScript.DEVANAGARI;
                default -> Character.UnicodeScript.LATIN;
            };
            assertThat(Character.UnicodeScript.of(p[0].codePointAt(0))).as("own script: " + e).isEqualTo(script);
            if (p[7].equals("JP")) {
                assertThat(p[3]).as("kana reading").matches("[\\p{IsKatakana}\\p{IsHiragana}ー]+ [\\p{IsKatakana}"
                        + "\\p{IsHiragana}ー]+");
            }
            if (List.of("VI", "IB", "GE").contains(p[7])) {
                assertThat(p[0]).as("diacritics in the own form: " + e).isNotEqualTo(p[1])
                        .matches(".*[^\\x00-\\x7F].*");
                assertThat(p[1]).as("ASCII in the Latin form: " + e).matches("[\\x20-\\x7E]+");
            }
        }
        assertThat(Blind35Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        assertThat(Blind35Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind35Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind35Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).allMatch(n -> n.matches("阿.|小.{1,2}|.囡囡"));
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(33);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, List.of(),
                Blind35Templates.englishSurnames().toList(), Blind35Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.strings(OLDER);
        assertThat(Stream.of(chinese, Blind35Templates.nicknames(), Blind35Templates.foreignFullForms().toList())
                .flatMap(List::stream).filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.concat(Blind35Templates.foreignFullForms().filter(n -> n.codePoints()
                        .anyMatch(TemplateChecks::isLatin)), Blind35Templates.englishNames())
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
        assertThat(Blind35Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind35Templates.areaCodes();
        assertThat(areas).as("codes of Shanghai, Jiangsu, Anhui and Jiangxi only")
                .allMatch(a -> a.matches("(31|32|34|36)\\d{4}")).doesNotHaveDuplicates();
        assertThat(areas).as("Shanghai").filteredOn(a -> a.startsWith("31")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind35Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(Blind35Templates.newAreaCodes())
                .contains("310102", "310103", "310108");
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese names, nicknames, English names, every
     * full form of every foreign person, foreign family names of two characters or more in their own scripts, Latin
     * family and given names of four letters or more.
     */
    private static List<String> checkedNames() {
        List<String[]> entries = Blind35Templates.foreignEntries().stream().map(e -> e.split("\\|")).toList();
        return Stream.of(Blind35Templates.chineseNames().stream(), Blind35Templates.nicknames().stream(),
                        Blind35Templates.englishNames(), Blind35Templates.foreignFullForms(),
                        entries.stream().map(p -> p[4]).filter(s -> s.length() >= 2 && !s.codePoints()
                                .anyMatch(TemplateChecks::isLatin)),
                        entries.stream().map(p -> p[5]).filter(s -> s.length() >= 4),
                        Blind35Templates.englishSurnames().filter(s -> s.length() >= 4),
                        Blind35Templates.englishGivenNames().filter(s -> s.length() >= 4))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        if (v.startsWith("9") && v.length() == 18) {
            assertThat(v).as("residence card " + v).matches("9(31|32)\\d{14}[\\dX]");
            assertThat(NATION_NUMBERS.values()).as("nationality of " + v).contains(v.substring(3, 6));
            assertThat(Checksums.residentIdCheck(v.substring(0, 17))).as("check character of " + v)
                    .isEqualTo(v.charAt(17));
            assertThat(Checksums.validDate(v.substring(6, 14))).as("birth date in " + v).isTrue();
            return;
        }
        if (v.matches("[A-Z]{3}.*")) {
            assertThat(v).as("old residence card " + v).matches("[A-Z]{3}(31|32)\\d{10}");
            assertThat(NATION_NUMBERS).as("nationality of " + v).containsKey(v.substring(0, 3));
            assertThat(TemplateChecks.legacyIdValid("310101" + v.substring(5, 11) + "000")).as("birth date in " + v)
                    .isTrue();
            return;
        }
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]",
                Blind35Templates.areaCodes());
    }

    private static void checkBirthDate(String value) {
        assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
        Matcher era = Pattern.compile("(昭和|平成|令和|S|H|R)(\\d{1,2})[年.].*").matcher(value);
        if (era.matches()) {
            int y = Integer.parseInt(era.group(2));
            switch (era.group(1)) {
                case "昭和", "S" -> assertThat(y).as(value).isBetween(1, 64);
                case "平成", "H" -> assertThat(y).as(value).isBetween(1, 31);
                default -> assertThat(y).as(value).isBetween(1, 7);
            }
        }
    }

    private static void checkAddress(String value) {
        boolean chinese = value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !value.startsWith("〒");
        if (chinese) {
            assertThat(value).doesNotContain(" ").matches(HOME_ADDRESS);
            return;
        }
        assertThat(FOREIGN_ADDRESSES.values()).as("address abroad " + value).anyMatch(value::matches);
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind35Templates.isPoolName(value)).as("name from the BLIND_35 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(RECORDS_FORMS).as("record " + value).anyMatch(value::matches);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind35Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> assertThat(Stream.concat(INSURANCE_FORMS.stream(), POLICY_FORMS.stream()))
                    .as("insurance " + value).anyMatch(value::matches);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> checkBirthDate(value);
            case ADDRESS -> checkAddress(value);
        }
    }
}

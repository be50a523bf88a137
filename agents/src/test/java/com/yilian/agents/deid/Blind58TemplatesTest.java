package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
 * Well-formedness of the fifty-eighth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role and
 * identifiers of elsewhere), every pool name turns up (Hong Kong elderly and adults in Traditional and simplified
 * characters, romanised and with English first names, married women under the husband's surname, mainland staff in
 * characters and pinyin, helpers, nicknames, expatriates), the slots that name one person of a record (the patient, the
 * married woman, the family member, the Hong Kong doctor, the mainland doctor, the helper) name the same person and one
 * of the right kind, forms of address (X伯, X太, X姑娘, X醫生, X医生, X先生, X社工, 阿X, 老X) label the surname only, OCR'd names
 * broken by a line break or blanks are one span, Hong Kong identity card numbers carry their check character (compared
 * with {@link Checksums#isHongKongId}), residence permits (810000) and Guangdong resident IDs a valid GB 11643 check
 * character, 15-digit numbers a valid birth date, bank cards a valid Luhn digit, the phone (Hong Kong mobiles and
 * landlines, spoken Cantonese, mainland mobiles, Shenzhen, Huizhou, Guangzhou and Dongguan landlines), record,
 * insurance, address (Hong Kong flats in English and Chinese, estates, mainland flats and places) and birth-date forms
 * (Hong Kong order, English, Chinese numerals, lunar with the sexagenary year) the group promises do occur, the decoys
 * (Home Return Permits, passports, visa references, voucher, claim, transfer and member numbers, registration numbers,
 * plates, serials, letter dates, amounts, scores, organisations and ports, kin words, roles, Cantonese words, words
 * beginning with a pool surname) stand in the text and are never labelled, the generator is deterministic by seed, no
 * pool name stands anywhere in the text outside a labelled span, and the pools are new. No de-identifier is run here:
 * the group stays blind until it is measured once. Failure messages about older groups name only this group's entries,
 * by index. The records are generated a few times only, so that the class runs in seconds.
 */
class Blind58TemplatesTest {
    private static final List<String> T = Blind58Templates.BLIND_58;
    private static final long SEED = Blind58Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 2000;
    private static final String HK8 = "\\d{3} \\d{4}";
    private static final List<String> HONG_KONG_PHONES = hongKongPhones();
    private static final String SPOKEN = "[零一二三四五六七八九]";
    private static final List<String> SPOKEN_PHONES = List.of("[五六九]" + SPOKEN + "{3} " + SPOKEN + "{4}",
            "[五六九]" + SPOKEN + "{7}");
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}", "\\+86 1[3-9]\\d \\d{4} \\d{4}");
    /** The local numbers of each mainland area code. */
    private static final Map<String, String> LOCAL = Map.of("0755", "[28]\\d{7}", "0769", "[28]\\d{7}", "020",
            "[38]\\d{7}", "0752", "[2358]\\d{6}");
    private static final List<String> LANDLINES = landlines();
    private static final List<String> PHONES = Stream.of(HONG_KONG_PHONES, SPOKEN_PHONES, MOBILES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String Y = "(192[89]|19[3-5]\\d|196[0-2])";
    private static final String MON = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> NUMERIC_DATES = List.of("\\d{2}/\\d{2}/" + Y, "\\d{2}-\\d{2}-" + Y,
            Y + "-\\d{2}-\\d{2}", Y + "年\\d{1,2}月\\d{1,2}日", Y + "\\.\\d{2}\\.\\d{2}", Y + "\\d{4}");
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MON + " " + Y,
            "\\d{1,2} " + MONTH + " " + Y,
            "\\d{2}-" + MON.toUpperCase() + "-" + Y, MONTH + " \\d{1,2}, " + Y);
    private static final String CN_DAY = "[一二三四五六七八九十]{1,3}";
    private static final List<String> CHINESE_NUMERAL_DATES = List.of(
            "一九(二[八九]|[三四五][〇一二三四五六七八九]|六[〇一二])年" + CN_DAY + "月" + CN_DAY + "日");
    private static final String GANZHI = "[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final List<String> LUNAR = List.of("农历" + GANZHI + "年[正二三四五六七八九十冬腊]月" + LUNAR_DAY,
            "农历" + Y + "年[正二三四五六七八九十冬腊]月" + LUNAR_DAY, "阴历" + GANZHI + "年[正二三四五六七八九十冬腊]月" + LUNAR_DAY,
            "農曆" + GANZHI + "年[正二三四五六七八九十冬臘]月" + LUNAR_DAY + "日",
            "舊曆" + GANZHI + "年[正二三四五六七八九十冬臘]月" + LUNAR_DAY,
            "農曆" + Y + "年[正二三四五六七八九十冬臘]月" + LUNAR_DAY + "日");
    private static final List<String> BIRTH_DATES = Stream.of(NUMERIC_DATES, ENGLISH_DATES, CHINESE_NUMERAL_DATES,
            LUNAR).flatMap(List::stream).toList();
    private static final String RECORD = "QK(1[89]|2[0-5])\\d{6}|IP(1[89]|2[0-5])\\d{6}|HN\\d{8}(\\([0-9A]\\)|[0-9A])";
    private static final String INSURANCE = "VH\\d{8}|LR-\\d{7}-0[1-4]|GM\\d{3}-\\d{6}|[67]\\d{8}";
    private static final String HK_REGIONS = "(Kowloon|New Territories|Hong Kong)";
    private static final String HK_ENGLISH = "(Flat \\d{3,4}|Rm \\d{3,4}), \\d{1,2}/F, [A-Z][a-z]+ [A-Z][a-z]+ House, "
            + "[A-Z][A-Za-z ]+ Estate, ([A-Z][A-Za-z ]+, )?" + HK_REGIONS
            + "|FLAT \\d{3,4} \\d{1,2}/F [A-Z]+ [A-Z]+ HSE [A-Z ]+ EST [A-Z ]+ (KLN|NT|HK)"
            + "|Flat [A-H], \\d{1,2}/F, Block [0-9A-K]{1,2}, [A-Z][A-Za-z ]+, [A-Z][A-Za-z ]+, " + HK_REGIONS
            + "|Room \\d, \\d/F, \\d{1,3} ([A-Z][a-z]+ )+(Street|Road), [A-Z][A-Za-z ]+, " + HK_REGIONS;
    private static final String HK_DISTRICTS = "(黃大仙|將軍澳|深水埗|薄扶林|大埔|粉嶺|天水圍|觀塘|屯門|鰂魚涌|荔枝角|沙田|藍田|柴灣|北角"
            + "|油麻地|土瓜灣)";
    private static final String HK_CHINESE = "(九龍|新界|香港)?" + HK_DISTRICTS + "?\\S+(邨|花園|新邨|第一城|城|山莊|街|道)"
            + "\\S*(室|前座|後座)|" + HK_DISTRICTS + "\\S+(邨|花園|新邨|第一城|城|山莊|街|道)";
    private static final String MAINLAND = "(广东省)?(深圳市|惠州市|广州市|东莞市)?(福田区|南山区|罗湖区|宝安区|惠阳区|大亚湾|博罗县"
            + "|番禺区|凤岗镇)\\S+";
    private static final Pattern PHONE_FORM = anyOf(PHONES), BIRTH_FORM = anyOf(BIRTH_DATES),
            RECORD_FORM = Pattern.compile(RECORD), INSURANCE_FORM = Pattern.compile(INSURANCE),
            ADDRESS_FORM = Pattern.compile(HK_ENGLISH + "|" + HK_CHINESE + "|" + MAINLAND);
    private static final Pattern HONG_KONG_ID = Pattern.compile(
            "(W|[ABCDEGKPRZ]|X[ABCDEG])(\\d{6})(?:\\(([0-9A])\\)|（([0-9A])）| \\(([0-9A])\\)|([0-9A]))");
    private static final List<String> PREFIXES = List.of("阿", "老");
    private static final List<String> HONORIFICS = List.of("伯", "太", "姑娘", "醫生", "医生", "先生", "社工");
    private static final String RARE_SURNAMES = Blind58Templates.RARE_SURNAMES;
    /** The commonest surnames of Hong Kong, Traditional. */
    private static final String COMMON_SURNAMES = "陳黃李張梁何林劉吳鄧";
    /** The last older group this one was written against. */
    private static final int LAST_OLDER = 57;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind58TemplatesTest::keepsPools).toList();
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

    private static List<String> hongKongPhones() {
        List<String> out = new ArrayList<>();
        for (String first : List.of("[569]", "[23]")) {
            out.addAll(List.of(first + "\\d{7}", first + HK8, "\\+852 " + first + HK8, "\\+852" + first + "\\d{7}",
                    "\\(852\\) " + first + HK8));
        }
        return List.copyOf(out);
    }

    private static List<String> landlines() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : LOCAL.entrySet()) {
            String code = e.getKey(), local = e.getValue();
            String split = local.endsWith("{7}") ? local.replace("\\d{7}", "\\d{3} \\d{4}")
                    : local.replace("\\d{6}", "\\d{2} \\d{4}");
            out.addAll(List.of("\\(" + code + "\\)" + local, code + "-" + local, code + " " + split,
                    "\\+86 " + code.substring(1) + " " + split));
        }
        return List.copyOf(out);
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("PT", "PY", "PYC", "PS", "PST",
                "PSY", "PG", "PGT", "PO", "PX", "PK", "PM", "PMY", "PMS", "PW", "MS", "MSS", "O", "OT", "OY", "FT",
                "FY", "FE", "FG", "FS", "FST", "FSY", "FO", "HD", "HDY", "HDS", "HDSY", "DY", "N", "NC", "NY", "NE",
                "NS", "NSY", "S", "SS", "SY", "HG", "HF", "EG"));
        for (String s : List.of("HK", "HW", "RP")) phi.put(s, EntityKind.ID_NUMBER);
        for (String s : List.of("MH", "LH", "MV")) phi.put(s, EntityKind.PHONE);
        for (String s : List.of("RS", "RZ", "RH")) phi.put(s, EntityKind.MEDICAL_RECORD);
        for (String s : List.of("IH", "IV", "IL", "IS")) phi.put(s, EntityKind.INSURANCE);
        for (String s : List.of("AH", "AC", "AP", "AS")) phi.put(s, EntityKind.ADDRESS);
        for (String s : List.of("DOBE", "DOBC", "DOBL", "DOBT")) phi.put(s, EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "PT", "PY", "PO", "PX", "F", "FT", "FY", "FE", "FG",
                "HD", "HDY", "HDSY", "DR", "DS", "DY", "O", "OT", "OY", "N", "NY", "NE", "S", "SS", "SY", "MN", "HG",
                "PK", "PM", "PMY", "PW", "MSS", "HK", "HW", "RP", "ID", "MH", "LH", "MV", "M", "L", "RS", "RZ", "RH",
                "IH", "IL", "B", "AH", "AC", "AS", "A0", "DOB", "DOBE", "DOBC", "E"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("PYC", "FO", "HDS", "NS", "MS", "AP", "IV"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("PST", "PSY", "PG", "PGT", "PMS", "FS", "FST", "NC", "NSY",
                "HF", "ES", "EG", "IS", "DOBL", "DOBT"));
        // About a sixth in English: at least a seventh, at most a fifth.
        long latin = T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count();
        assertThat(latin * 7).as("at least a seventh in Latin script").isGreaterThanOrEqualTo(T.size());
        assertThat(latin * 5).as("at most a fifth in Latin script").isLessThanOrEqualTo(T.size());
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates (JSON, tables, chats)")
                .isBetween(24L, 44L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 100, JSON, 6, OCR, 8, VOICE, 5, WECHAT, 10, SMS, 6,
                EMAIL, 6, TABLES, 20));
        assertThat(count("^\\[語音轉文字\\]|^\\[WhatsApp voice")).as("Traditional and WhatsApp voice notes")
                .isGreaterThanOrEqualTo(4);
        assertThat(count("^\\[WhatsApp|^WhatsApp")).as("WhatsApp chats").isGreaterThanOrEqualTo(7);
        assertThat(count("\\|.*\\|.*\\|")).as("pipe and markdown tables").isGreaterThanOrEqualTo(6);
        assertThat(count("前海康宁|前海康寧|Qianhai Kangning|Kangning")).as("the Shenzhen hospital")
                .isGreaterThanOrEqualTo(40);
        assertThat(count("轉介|Referral|referral|referring|Dear Colleague|GOPC|General Out-patient|覆函"))
                .as("Hong Kong doctors' letters").isGreaterThanOrEqualTo(7);
        assertThat(count("醫療券|医疗券|[Vv]oucher")).as("elderly health care vouchers").isGreaterThanOrEqualTo(12);
        assertThat(count("跨境转运|跨境救护|跨境轉運|跨境救護|[Cc]ross-boundary (transfer|[Pp]atient|ambulance)|Ambulance"))
                .as("cross-boundary ambulance transfers").isGreaterThanOrEqualTo(10);
        assertThat(count("深圳湾|深圳灣|Shenzhen Bay|落马洲|落馬洲|Lok Ma Chau|皇岗")).as("the control points")
                .isGreaterThanOrEqualTo(10);
        assertThat(count("惠州|惠阳|惠陽|大亚湾|大亞灣|Huizhou|retire|社康|社区健康|长者服务站|街坊"))
                .as("retired in Huizhou, Shenzhen and Guangzhou")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("\\{MN}|\\{HG}|\\{HW}|外傭|helper")).as("domestic helpers").isGreaterThanOrEqualTo(18);
        assertThat(count("保單|保单|保险|保險|[Ii]nsur|[Cc]laim|[Pp]olicy")).as("insurance claims")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("日間中心|日间照料|[Dd]ay centre|認知障礙|认知|[Dd]ementia")).as("dementia day centres")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("回乡证|回鄉證|Home Return Permit|通行证|通行證")).as("home return permits")
                .isGreaterThanOrEqualTo(8);
        for (String word : List.of("嘅", "咗", "唔該", "唔该", "佢", "喺", "冇", "啲", "揸車", "琴日")) {
            assertThat(count(word)).as("Cantonese word " + word).isPositive();
        }
        assertThat(count("嘅|咗|唔該|唔该|佢|喺|冇|啲")).as("Cantonese speech").isGreaterThanOrEqualTo(20);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind58Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind58TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "Chan Tai Man", "a romanised name from outside the pools"));
        for (String kin : List.of("阿媽", "阿爸", "媽咪", "老豆", "老婆", "阿嫲", "家母", "工人姐姐", "外傭", "姑娘", "社工", "lola",
                "nenek", "Ibu", "Ate", "Madam")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, Cantonese word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "A123456(4)", "a Hong Kong identity card number with a wrong check"),
                reject(EntityKind.ID_NUMBER, "H60387126", "a Home Return Permit"),
                reject(EntityKind.ID_NUMBER, "440304430230123", "a 15-digit number born on 30 February"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "4123 4567", "a Hong Kong number on 4"),
                reject(EntityKind.PHONE, "9123 456", "seven digits in Hong Kong"),
                reject(EntityKind.PHONE, "0752-86912345", "eight digits in Huizhou"),
                reject(EntityKind.BIRTH_DATE, "1985-03-12", "a birth date too young for the elderly"),
                reject(EntityKind.BIRTH_DATE, "03/04/25", "a two-digit year"),
                reject(EntityKind.MEDICAL_RECORD, "CBT-2404-0387", "a transfer number"),
                reject(EntityKind.MEDICAL_RECORD, "DC-0387", "a day-centre member number"),
                reject(EntityKind.INSURANCE, "LR-CLM-2404-038712", "a claim number"),
                reject(EntityKind.INSURANCE, "PA-VH-2404-0387", "a pre-authorisation number"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address outside Hong Kong and Guangdong")));
        CheckRejections.checkRejections(T, "深圳前海康宁医院 入院记录", 11, SEED, PHI, Blind58TemplatesTest::checkValue,
                rejected);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void theSlotsOfOnePersonNameTheSamePersonOfTheRightKind() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, PoolNameForms::surnameOf,
                PoolNameForms::addressedGivenName);
        assertThat(checked).isGreaterThan(20);
        int roles = 0, singles = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (slots.stream().noneMatch(s -> Blind58Templates.kindOf(s) != null)) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(20)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    Map<String, List<String>> bySlot = new LinkedHashMap<>();
                    for (int i = 0; i < slots.size(); i++) {
                        bySlot.computeIfAbsent(slots.get(i), x -> new ArrayList<>()).add(values.get(k + i));
                    }
                    for (List<String> role : Blind58Templates.ROLES) {
                        List<String> present = role.stream().filter(bySlot::containsKey).toList();
                        if (present.isEmpty()) continue;
                        String kind = Blind58Templates.kindOf(present.get(0));
                        List<String> fit = Blind58Templates.peopleOf(kind).stream()
                                .filter(p -> present.stream().allMatch(s -> bySlot.get(s).stream()
                                        .allMatch(v -> Blind58Templates.formsOf(s, p).contains(v))))
                                .toList();
                        assertThat(fit).as(present + " name one " + kind + " in: " + r.text()).isNotEmpty();
                        roles++;
                    }
                    for (String s : bySlot.keySet()) {
                        String kind = Blind58Templates.kindOf(s);
                        boolean inRole = Blind58Templates.ROLES.stream().anyMatch(role -> role.contains(s));
                        if (kind == null || inRole) continue;
                        for (String v : bySlot.get(s)) {
                            assertThat(Blind58Templates.peopleOf(kind)).as(s + " is a " + kind + ": " + v)
                                    .anyMatch(p -> Blind58Templates.formsOf(s, p).contains(v));
                            singles++;
                        }
                    }
                }
            }
        }
        assertThat(roles).isGreaterThan(2000);
        assertThat(singles).isGreaterThan(500);
        assertThat(Blind58Templates.elderOf("陳凱澄")).isIn(Blind58Templates.elderNames());
        assertThat(Blind58Templates.elderOf("黃玉嬋")).isEqualTo("黃玉嬋");
        assertThat(Blind58Templates.hongKongerOf("陈永铿")).isIn(Blind58Templates.hongKongerNames());
        assertThat(Blind58Templates.staffOf("黃玉嬋")).isIn(Blind58Templates.staffNames());
        assertThat(Blind58Templates.wifeOf("陳炳堯")).isIn(Blind58Templates.wives());
        assertThat(Blind58Templates.marriedName("黃玉嬋")).isEqualTo("陳黃玉嬋");
        assertThat(Blind58Templates.marriedForms("黃玉嬋")).contains("CHAN WONG Yuk-shim", "Chan Wong Yuk Shim",
                "CHAN WONG YUK SHIM");
        assertThat(Blind58Templates.romanisedForms("陳凱澄")).contains("CHAN Hoi-ching", "Chan Hoi Ching",
                "CHAN HOI CHING", "Hoi-ching Chan", "Winsome Chan", "Winsome CHAN Hoi-ching", "Chan Hoi Ching Winsome");
        assertThat(Blind58Templates.cardForm("陳凱澄")).isEqualTo("CHAN, Hoi Ching");
        assertThat(Blind58Templates.fullNameOf("陈凯澄")).isEqualTo("陳凱澄");
        assertThat(Blind58Templates.fullNameOf("陳黃玉嬋")).isEqualTo("黃玉嬋");
        assertThat(Blind58Templates.fullNameOf("Chen Yongkeng")).isEqualTo("陈永铿");
        assertThat(Blind58Templates.fullNameOf("凱澄")).isNull();
        assertThat(Blind58Templates.isPoolName("凱澄")).isTrue();
        assertThat(Blind58Templates.isPoolName("凯澄")).isTrue();
        assertThat(Blind58Templates.isPoolName("Chan")).isTrue();
        assertThat(Blind58Templates.isPoolName("Winsome")).isTrue();
        assertThat(Blind58Templates.isPoolName("牧")).isTrue();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        List<String> surnamed = Stream.of(Blind58Templates.chineseNames()).flatMap(List::stream).toList();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(surnamed, PREFIXES, HONORIFICS);
        int latin = 0;
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Mr ").doesNotStartWith("Ms ")
                            .doesNotStartWith("Mrs ").doesNotStartWith("Madam").doesNotStartWith("Ate ")
                            .doesNotStartWith("Ma'am").doesNotEndWith("伯").doesNotEndWith("太").doesNotEndWith("姑娘")
                            .doesNotEndWith("醫生").doesNotEndWith("医生").doesNotEndWith("先生").doesNotEndWith("社工")
                            .doesNotStartWith("阿媽").doesNotStartWith("阿爸").doesNotStartWith("家母")
                            .doesNotStartWith("外傭").doesNotStartWith("家务助理");
                    forms.count(v, before, after, r.text());
                    if (Blind58Templates.romanisedSurnames().contains(v)
                            && Stream.of("Dr ", "Mr ", "Ms ", "Mrs ", "Madam ").anyMatch(before::endsWith)) {
                        latin++;
                    }
                }
            }
        }
        forms.check("阿X, 老X", 5, "X伯, X太, X姑娘, X醫生 …", 100);
        assertThat(latin).as("Dr, Mr, Ms, Mrs and Madam before a romanised surname").isGreaterThan(30);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, simplified = 0;
        for (LabelledRecord r : records()) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind58Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,2}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                String joined = v.replaceAll("[ \n\u3000]", "");
                if (!Blind58Templates.fullNameOf(joined).equals(joined)) simplified++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(simplified).as("simplified names scanned").isPositive();
        assertThat(Blind58Templates.isScannedName("黃\n玉嬋")).isTrue();
        assertThat(Blind58Templates.isScannedName("陈 凯 澄")).isTrue();
        assertThat(Blind58Templates.isScannedName("莫\u3000妹")).isTrue();
        assertThat(Blind58Templates.isScannedName("黃玉嬋")).isFalse();
        assertThat(Blind58Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void marriedWomenAreLabelledWholeUnderBothNames() {
        int married = 0, own = 0;
        for (LabelledRecord r : records()) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                String full = Blind58Templates.fullNameOf(v);
                if (s.kind() != EntityKind.NAME || full == null || !Blind58Templates.wives().contains(full)) continue;
                if (v.equals(Blind58Templates.marriedName(full)) || Blind58Templates.marriedForms(full).contains(v)) {
                    married++;
                    if (v.codePoints().noneMatch(TemplateChecks::isLatin)) {
                        assertThat(v).as(r.text()).hasSizeBetween(3, 4).endsWith(full);
                    } else {
                        assertThat(v.split(" ").length).as(r.text()).isGreaterThanOrEqualTo(3);
                    }
                } else {
                    own++;
                }
            }
        }
        assertThat(married).as("married names").isGreaterThan(30);
        assertThat(own).as("the same women under their own names").isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        assertThat(Blind58Templates.hongKongIdCheck("A", "123456")).isEqualTo('3');
        assertThat(Checksums.isHongKongId("A", "123456", '3')).isTrue();
        Map<EntityKind, Set<String>> values = valuesByKind();
        Set<String> ids = values.get(EntityKind.ID_NUMBER);
        ids.forEach(Blind58TemplatesTest::checkIdentity);
        TemplateChecks.checkEveryFormOccurs("identity number form", List.of("[A-Z]\\d{6}\\([0-9A]\\)",
                "[A-Z]\\d{6}（[0-9A]）", "[A-Z]\\d{6}[0-9A]", "[A-Z]\\d{6} \\([0-9A]\\)", "X[A-Z]\\d{6}.*", "W\\d{6}.*",
                "810000\\d{11}[\\dX]", "810000 \\d{8} \\d{3}[\\dX]", "44\\d{15}[\\dX]",
                "44\\d{4} \\d{8} \\d{3}[\\dX]", "44\\d{4}-\\d{8}-\\d{3}[\\dX]", "44\\d{13}"), ids);
        assertThat(ids.stream().filter(v -> HONG_KONG_ID.matcher(v).matches()).count()).as("Hong Kong identity cards")
                .isGreaterThan(300);
        assertThat(ids.stream().filter(v -> v.startsWith("810000")).count()).as("residence permits")
                .isGreaterThan(30);
        Set<String> cards = values.get(EntityKind.BANK_CARD);
        cards.forEach(TemplateChecks::checkCardInFours);
        TemplateChecks.checkEveryFormOccurs("bank card form", List.of("\\d{16}", "\\d{19}", "(\\d{4} ){3}\\d{4}",
                "(\\d{4} ){4}\\d{3}", "(\\d{4}-){3}\\d{4}", "(\\d{4}-){4}\\d{3}", "4.*", "5.*", "62.*"), cards);
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = valuesByKind();
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("QK\\d{8}", "IP\\d{8}", "HN\\d{8}\\([0-9A]\\)",
                "HN\\d{8}[0-9A]"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("VH\\d{8}", "LR-\\d{7}-0[1-4]", "GM\\d{3}-\\d{6}",
                "[67]\\d{8}"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of("Flat \\d{3,4}, .* House, .* Estate, .*",
                "Rm \\d{3,4}, .*", "FLAT \\d{3,4} .* HSE .* EST .* (KLN|NT|HK)", "Flat [A-H], \\d+/F, Block .*",
                "Room \\d, \\d/F, .* (Street|Road), .*", ".*, Kowloon", ".*, New Territories", ".*, Hong Kong",
                "(九龍|新界|香港).*樓\\d{3,4}室", "[^九新香]\\S*邨\\S+樓\\d{3,4}室", ".*座\\d+樓[A-H]室", ".*街\\d+號\\d樓\\d室",
                ".*號\\d樓[前後]座", "黃大仙樂富邨|黃大仙彩虹邨|將軍澳寶林邨|深水埗石硤尾邨|薄扶林華富邨|大埔太和邨|粉嶺祥華邨"
                        + "|天水圍天瑞邨|觀塘秀茂坪邨|屯門大興邨", "\\S+(花園|新邨|第一城|城|山莊)", "\\S+(街|道)",
                "广东省.*", "深圳市.*", "惠州市.*", "广州市.*", "东莞市.*", ".*栋\\d{3,4}房", ".*号\\S+[A-F]座\\d{3,4}",
                ".*栋\\d单元\\d{3,4}室", ".*(街道|社区)", "\\S+区\\S+(路|大道)", "\\S+(街道|社区|镇)\\S+(花园|苑|园|庄|府|湾畔|明珠|"
                        + "一号|邨|广场|门|城邦|居|庭)"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Permits, passports, visa references, the contract form, voucher, claim and transfer numbers.
                "H60387126", "H0387126501", "H70387126", "P3871265B", "ID 407", "FDH-24-038712", "EHV2403871265",
                "EHV2403871266", "EHV2403871267", "EHV2403871268", "EHV2404387126", "VH-CLM-24-038712",
                "LR-CLM-2404-038712", "LR-CLM-2405-0387", "PA-VH-2404-0387", "PA-LR-2404-0387", "CBT-2404-0387",
                "DC-0387", "M09387", "M12387", "GW-2404-3871", "尾號3871",
                // Plates, letter and validity dates, ages, amounts and scores.
                "粤B·D3871X", "粤Z·A387港", "AM 3871", "AM 4126", "03/04/2025", "12/01/2025", "15/04/2025",
                "2019.05.14-2029.05.13", "79 F", "HK$420", "HK$68,420", "RMB 86,420.50", "19/30", "HK-MoCA 12/30",
                "52/88", "Morse 65",
                // Hospitals, insurers, centres and control points.
                "深圳前海康宁医院", "深圳前海康寧醫院", "Qianhai Kangning Hospital", "Queen Elizabeth Hospital",
                "Tuen Mun Hospital", "North District Hospital", "Victoria Harbour Life Assurance",
                "Lion Rock Medical Insurance", "獅子山醫療保險", "深圳湾口岸", "落马洲口岸", "Shenzhen Bay Control Point",
                "Lok Ma Chau Control Point", "颐康长者日间照料中心",
                // Kin words, roles, Cantonese, Tagalog and Indonesian words.
                "阿媽", "阿爸", "媽咪", "老豆", "老人家", "屋企人", "阿嫲", "家母", "工人姐姐", "外傭", "姑娘", "社工", "lola", "Lolo",
                "nenek", "Ibu", "ma'am", "嘅", "咗", "唔該", "唔该", "佢", "喺", "冇", "啲", "揸車", "琴日",
                // Words beginning with one of the pool's surnames.
                "陳皮", "黄斑", "叶酸", "關節", "麥皮", "謝謝", "嚴重", "凌晨", "戴口罩", "朱古力", "方便"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        Set<String> values = new HashSet<>(), fullNames = new HashSet<>();
        List<String> checked = checkedNames();
        assertThat(checked).as("Han names and nicknames are two to four characters (see standingIn)")
                .filteredOn(n -> n.codePoints().noneMatch(TemplateChecks::isLatin))
                .allMatch(n -> n.length() >= 2 && n.length() <= 4);
        Map<String, List<String>> latinWords = new HashMap<>();
        for (String n : checked) {
            if (n.codePoints().anyMatch(TemplateChecks::isLatin)) latinWords.put(n, List.of(n.split("[ ,]+")));
        }
        for (LabelledRecord r : records()) {
            TemplateChecks.checkSpans(r, Blind58TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                if (s.kind() != EntityKind.NAME) continue;
                String v = s.in(r.text());
                values.add(v);
                if (Blind58Templates.fullNameOf(v) != null) fullNames.add(Blind58Templates.fullNameOf(v));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, standingIn(r.text(), checked, latinWords));
        }
        assertThat(fullNames).as("every drawn name is drawn").containsAll(Blind58Templates.drawnNames());
        assertThat(values).as("every helper is drawn").containsAll(Blind58Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind58Templates.nicknames());
        assertThat(values).as("every expatriate is drawn").containsAll(Blind58Templates.fullForms());
        assertThat(values).as("every married name is written")
                .containsAll(Blind58Templates.wives().stream().map(Blind58Templates::marriedName).toList());
        assertThat(values).as("simplified names of Hong Kong people")
                .containsAll(Blind58Templates.simplifiedByTraditional().values());
        assertThat(values).as("romanised in every form").anyMatch(v -> v.matches("[A-Z]+ [A-Z][a-z]+-[a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+ [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+-[a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]+, [A-Z][a-z]+ [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z]+ [A-Z][a-z]+-[a-z]+"));
        assertThat(values).as("English first names used alone (FG)")
                .containsAnyElementsOf(Blind58Templates.englishGivenNames().toList());
        assertThat(values).as("romanised surnames used alone")
                .containsAnyElementsOf(Blind58Templates.romanisedSurnames());
        assertThat(values).as("helpers' given names used alone").anyMatch(v -> Blind58Templates.minorityNames().stream()
                .anyMatch(m -> m.startsWith(v + " ")));
        assertThat(values).as("rare surnames are used alone")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind58Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind58Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{2,3}"));
        assertThat(Blind58Templates.ELDERS).hasSizeGreaterThanOrEqualTo(40).allMatch(e -> e.matches(
                "\\p{IsHan}{2,3}\\|\\p{IsHan}{2,3}\\|[A-Z]{2,6}\\|[A-Z][a-z]+(-[a-z]+)?\\|([A-Z][a-z]+)?\\|[FM]"
                        + "\\|\\p{IsHan}?"));
        assertThat(Blind58Templates.HONG_KONGERS).hasSizeGreaterThanOrEqualTo(50).allMatch(e -> e.matches(
                "\\p{IsHan}{3}\\|\\p{IsHan}{3}\\|[A-Z]{2,6}\\|[A-Z][a-z]+-[a-z]+\\|[A-Z][a-z]+\\|[FM]"));
        assertThat(Blind58Templates.MAINLAND).hasSizeGreaterThanOrEqualTo(30)
                .allMatch(e -> e.matches("\\p{IsHan}{2,3}\\|[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(Blind58Templates.wives()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind58Templates.WORD_LIKE).isSubsetOf(Blind58Templates.staffNames());
        List<String> hongKong = Stream.concat(Blind58Templates.elderNames().stream(),
                Blind58Templates.hongKongerNames().stream()).toList();
        long common = hongKong.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 3).as("the commonest surnames of Hong Kong carry a third or more")
                .isGreaterThanOrEqualTo(hongKong.size());
        List<String> rareIn = hongKong.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .toList();
        assertThat(rareIn).as("rare surnames in use").hasSize(RARE_SURNAMES.length());
        long rare = hongKong.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(rare * 6).as("rare surnames are a minority").isLessThanOrEqualTo(hongKong.size()).isPositive();
        assertThat(Blind58Templates.nicknames()).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind58Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(16).doesNotHaveDuplicates();
        assertThat(Blind58Templates.EXPATS).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
        assertThat(Blind58Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind58Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        // Comparisons with the older groups name only this group's entries, by list and index.
        List<String> married = Blind58Templates.wives().stream().map(Blind58Templates::marriedName).toList();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> clashes = TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames,
                Stream.concat(chinese.stream(), married.stream()).toList(), Blind58Templates.minorityNames(),
                Blind58Templates.englishSurnames().toList(), Blind58Templates.englishGivenNames().toList());
        assertThat(clashes.stream().map(c -> where(c.substring(c.indexOf(": ") + 2))).toList())
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, married, Blind58Templates.minorityNames(), Blind58Templates.nicknames())
                .flatMap(List::stream).filter(olderStrings::contains).map(Blind58TemplatesTest::where).toList())
                .as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind58Templates.fullForms(), Blind58Templates.allRomanisedForms(),
                        Blind58Templates.minorityNames(), Blind58Templates.englishGivenNames().toList(),
                        Blind58Templates.englishSurnames().toList()).flatMap(List::stream)
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))).map(Blind58TemplatesTest::where).toList())
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
        assertThat(usedRare).as("positions in RARE_SURNAMES of surname characters an older group already wrote")
                .isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind58Templates.nicknames().stream().filter(olderNicknames::contains)
                .map(Blind58TemplatesTest::where).toList()).as("nicknames that are not new").isEmpty();
        assertThat(Blind58Templates.areaCodes()).as("codes of Guangdong only").allMatch(a -> a.matches("44\\d{4}"))
                .doesNotHaveDuplicates();
    }

    /** Where an entry of this group's pools stands (list and index), so that no older name is printed. */
    private static String where(String name) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("CHINESE", Blind58Templates.chineseNames());
        lists.put("MARRIED", Blind58Templates.wives().stream().map(Blind58Templates::marriedName).toList());
        lists.put("HELPERS", Blind58Templates.minorityNames());
        lists.put("NICKNAMES", Blind58Templates.nicknames());
        lists.put("EXPATS", Blind58Templates.fullForms());
        lists.put("ENGLISH_FAMILY", Blind58Templates.englishSurnames().toList());
        lists.put("ENGLISH_GIVEN", Blind58Templates.englishGivenNames().toList());
        lists.put("ROMANISED_FORMS", Blind58Templates.allRomanisedForms());
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            int i = e.getValue().indexOf(name);
            if (i >= 0) return e.getKey() + "#" + i;
        }
        return "an entry not found in this group's lists";
    }

    /**
     * The names that must never appear outside a labelled span: every written full form (Han, romanised, pinyin,
     * married, English, helpers, expatriates, nicknames), and Latin given, family and romanised surnames of three
     * letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind58Templates.writtenFullForms().stream().sorted(),
                        Blind58Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind58Templates.englishGivenNames().filter(s -> s.length() >= 3),
                        Blind58Templates.romanisedSurnames().stream().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    /**
     * The names of {@code names} that may stand in {@code text}: a Han name or nickname (two to four characters) when
     * the text has it as a substring, a Latin name when the text has each of its words; the exact check then runs on
     * these only, so that it stays fast.
     */
    private static List<String> standingIn(String text, List<String> names, Map<String, List<String>> latinWords) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            for (int n = 2; n <= 4 && i + n <= text.length(); n++) grams.add(text.substring(i, i + n));
        }
        Set<String> words = new HashSet<>(List.of(text.split("[^A-Za-z'-]+")));
        words.addAll(List.of(text.split("[^A-Za-z]+")));
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
        Matcher hk = HONG_KONG_ID.matcher(v);
        if (hk.matches()) {
            String check = Stream.of(hk.group(3), hk.group(4), hk.group(5), hk.group(6)).filter(c -> c != null)
                    .findFirst().orElseThrow();
            assertThat(Blind58Templates.hongKongIdCheck(hk.group(1), hk.group(2))).as("check character of " + v)
                    .isEqualTo(check.charAt(0));
            assertThat(Checksums.isHongKongId(hk.group(1), hk.group(2), check.charAt(0))).as("valid: " + v).isTrue();
            return;
        }
        List<String> codes = new ArrayList<>(Blind58Templates.areaCodes());
        codes.add(Blind58Templates.HONG_KONG_PERMIT);
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                codes);
        if (v.length() == 15) return;
        String id = v.replaceAll("[- ]", "");
        int year = Integer.parseInt(id.substring(6, 10));
        if (id.startsWith(Blind58Templates.HONG_KONG_PERMIT)) {
            assertThat(v).as("a permit is written plain or 6-8-4 by blanks")
                    .matches("\\d{17}[\\dX]|\\d{6} \\d{8} \\d{3}[\\dX]");
            assertThat(year).as("a Hong Kong resident born 1928 to 1995: " + v).isBetween(1928, 1995);
        } else {
            assertThat(year).as("born 1940 to 2002: " + v).isBetween(1940, 2002);
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind58Templates.isPoolName(value)).as("name from the BLIND_58 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONE_FORM.matcher(value).matches()).as("phone " + value).isTrue();
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD_FORM);
            case INSURANCE -> assertThat(value).matches(INSURANCE_FORM);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_FORM.matcher(value).matches()).as("birth date " + value).isTrue();
            case ADDRESS -> {
                assertThat(value).matches(ADDRESS_FORM);
                if (value.codePoints().noneMatch(TemplateChecks::isLatin)) assertThat(value).doesNotContain(" ");
            }
        }
    }
}

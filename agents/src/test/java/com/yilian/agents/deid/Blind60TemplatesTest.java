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
 * Well-formedness of the sixtieth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says (and the
 * check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word, dialect word or role and
 * identifiers of elsewhere), every pool name turns up (villagers, staff and children of southern Shaanxi in characters
 * and pinyin, monastics by their dharma names, pet names, the visiting eye team), the record's patient and relative
 * are villagers, its doctor one of the staff and its children children, forms of address (老X, 小X, X医生, X大夫, X主任,
 * X院长, X书记, X师傅, X姨, X股长) label the surname only and a given name used alone the given name, the pinyin forms
 * (also the list form with a comma and the surname after Mr or Mrs) are the record's patient or relative, OCR'd names
 * broken by a line break or blanks are one span, resident identity numbers (also with a lower-case x, 6-8-4 by blanks
 * or hyphens, or a blank between every character) carry a valid GB 11643 check character and a code of southern
 * Shaanxi (today's or the old prefectures') or of the bordering counties, 15-digit numbers a valid birth date on an old
 * prefecture code, bank cards a valid Luhn digit, the phone (spoken, abroad, seven digits on 0916, 0915 and 0914 and
 * eight on 029, with and without the code), record (inpatient, outpatient, health file, the three registers, the
 * master index), insurance, address (villages with Arabic and Chinese 组 and natural villages, resettlement
 * communities, flats) and birth-date forms (Chinese, children's, year and month, English, spoken, lunar with the
 * sexagenary year, Republican) the group promises do occur, the decoys (lots, serials, referral, contract, delivery,
 * agreement, incident, case, batch and letter numbers, plates, passports, platform IDs, amounts, scores, organisations,
 * herbs, snakes and mushrooms, kin words, roles and dialect words, words beginning with a pool surname) stand in the
 * text and are never labelled, the generator is deterministic by seed, no pool name stands anywhere in the text outside
 * a labelled span, and the pools are new and carry the surnames of the region. No de-identifier is run here: the group
 * stays blind until it is measured once. Failure messages about older groups name only this group's entries, by index.
 * The records are generated a few times only, so that the class runs in seconds.
 */
class Blind60TemplatesTest {
    private static final List<String> T = Blind60Templates.BLIND_60;
    private static final long SEED = Blind60Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 2000;
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d \\d{4} \\d{4}");
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> ABROAD = List.of("\\+977 98\\d{8}", "\\+61 4\\d{2} \\d{3} \\d{3}",
            "\\+64 21 \\d{3} \\d{4}", "\\+44 7\\d{3} \\d{6}", "\\+91 9\\d{4} \\d{5}", "\\+251 9\\d \\d{3} \\d{4}",
            "\\+63 9\\d{2} \\d{3} \\d{4}");
    /** The local numbers of each area code: seven digits in the three cities, eight in Xi'an. */
    private static final Map<String, String> LOCAL = Map.of("0916", "[2-8]\\d{6}", "0915", "[2-8]\\d{6}", "0914",
            "[2-8]\\d{6}", "029", "8\\d{7}");
    private static final List<String> LANDLINES = landlines();
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, ABROAD, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String Y = "(19[3-9]\\d|200[0-3])";
    private static final String YC = "(201\\d|202[0-4])";
    private static final String MON = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> CHINESE_DATES = chineseDates(Y);
    private static final List<String> CHILD_DATES = chineseDates(YC);
    private static final List<String> YEAR_MONTH = List.of(Y + "\\.\\d{2}", Y + "年\\d{1,2}月");
    private static final List<String> ENGLISH_DATES = List.of("\\d{2}-" + MON + "-" + Y, "\\d{1,2} " + MON + " " + Y,
            MONTH + " \\d{1,2}, " + Y);
    private static final String CN_YY = "[三四五六][〇一二三四五六七八九]";
    private static final String CN_DAY = "[一二三四五六七八九十]{1,3}";
    private static final List<String> SPOKEN_DATES = List.of(CN_YY + "年" + CN_DAY + "月" + CN_DAY + "号",
            "一九" + CN_YY + "年" + CN_DAY + "月" + CN_DAY + "号");
    private static final String LUNAR_MONTH_DAY = "[正二三四五六七八九十冬腊]月"
            + "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final List<String> LUNAR = List.of("农历19[3-6]\\d年" + LUNAR_MONTH_DAY, "古历" + CN_YY + "年" + LUNAR_MONTH_DAY,
            "[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年" + LUNAR_MONTH_DAY);
    private static final List<String> REPUBLICAN = List.of(
            "民国(二十[四五六七八九]|三十[一二三四五六七]?)年" + CN_DAY + "月" + CN_DAY + "日",
            "民国(2[4-9]|3[0-7])年\\d{1,2}月\\d{1,2}日");
    private static final List<String> BIRTH_DATES = Stream.of(CHINESE_DATES, CHILD_DATES, YEAR_MONTH, ENGLISH_DATES,
            SPOKEN_DATES, LUNAR, REPUBLICAN).flatMap(List::stream).toList();
    private static final String RECORD = "(2019|202[0-5])\\d{6}|MZ(19|2[0-5])\\d{8}|61\\d{4}1\\d{10}"
            + "|61\\d{4}-1\\d{2}-\\d{3}-\\d{5}|(GXY|TNB|YZJ)-61\\d{4}-\\d{5}|YGT61\\d{12}";
    private static final String INSURANCE = "[ABCDKNS]\\d{8}|61\\d{4}\\d{6}0[1-7]";
    private static final String COUNTY = "(汉台区|南郑区|西乡县|镇巴县|宁强县|洋县|留坝县|佛坪县|城固县|汉滨区|紫阳县|平利县|岚皋县|汉阴县"
            + "|石泉县|宁陕县|镇坪县|旬阳市|商州区|柞水县|镇安县|山阳县|丹凤县|商南县|洛南县)";
    private static final String ADDRESS = "(陕西省)?(汉中市|安康市|商洛市)?" + COUNTY
            + "\\S*?(组|号|室|村|镇|街道|路|大道|街|社区|小区|安置点|新村|湾|沟|坪|梁|\\d)";
    private static final Pattern PHONE_FORM = anyOf(PHONES), BIRTH_FORM = anyOf(BIRTH_DATES),
            RECORD_FORM = Pattern.compile(RECORD), INSURANCE_FORM = Pattern.compile(INSURANCE),
            ADDRESS_FORM = Pattern.compile(ADDRESS);
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("医生", "大夫", "主任", "院长", "书记", "师傅", "姨", "股长");
    private static final String RARE_SURNAMES = Blind60Templates.RARE_SURNAMES;
    /** The commonest surnames of southern Shaanxi. */
    private static final String COMMON_SURNAMES = "王张李刘陈杨";
    /** The last older group this one was written against (58 and 59 are written alongside it). */
    private static final int LAST_OLDER = 57;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind60TemplatesTest::keepsPools).toList();
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

    private static List<String> chineseDates(String y) {
        return List.of(y + "年\\d{1,2}月\\d{1,2}日", y + "-\\d{2}-\\d{2}", y + "\\.\\d{2}\\.\\d{2}",
                y + "/\\d{1,2}/\\d{1,2}", y + "\\d{4}");
    }

    /** One pattern for a list of forms, compiled once: the checks run on every labelled value. */
    private static Pattern anyOf(List<String> forms) {
        return Pattern.compile(String.join("|", forms.stream().map(f -> "(?:" + f + ")").toList()));
    }

    private static List<String> landlines() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : LOCAL.entrySet()) {
            String code = e.getKey(), local = e.getValue();
            String split = local.replace("\\d{6}", "\\d{2} \\d{4}").replace("\\d{7}", "\\d{3} \\d{4}");
            out.addAll(List.of("\\(" + code + "\\)" + local, code + "-" + local, code + " " + split,
                    "\\+86 " + code.substring(1) + " " + local));
        }
        out.add("[2-8]\\d{6}|8\\d{7}");
        return List.copyOf(out);
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "C", "NS", "PS", "FS", "PG",
                "PK", "PO", "FO", "CO", "PY", "PYL", "PYS", "FY", "NY", "NYS", "MA", "MY", "EG"));
        phi.put("MV", EntityKind.PHONE);
        phi.put("MX", EntityKind.PHONE);
        for (String id : List.of("IDX", "IDC", "IDO")) phi.put(id, EntityKind.ID_NUMBER);
        for (String r : List.of("RZ", "RM", "RH", "RG", "RT", "RJ", "RE")) phi.put(r, EntityKind.MEDICAL_RECORD);
        phi.put("IS", EntityKind.INSURANCE);
        phi.put("IN", EntityKind.INSURANCE);
        for (String d : List.of("DOBC", "DOBM", "DOBE", "DOBV", "DOBL", "DOBR")) phi.put(d, EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NS", "PO", "FO", "PY", "NY",
                "E", "ID", "IDO", "M", "MV", "L", "RZ", "RM", "RH", "RJ", "RT", "A", "A0", "DOB", "DOBE", "C", "MA"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("MN", "PK", "PYL", "FY", "E2", "EG", "MX", "IS", "IN", "IDC",
                "RG", "RE", "B", "DOBC", "DOBM"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("PS", "FS", "PG", "CO", "PYS", "NYS", "MY", "E3", "ES",
                "IDX", "I", "DOBV", "DOBL", "DOBR"));
        // About a sixth in English: at least a seventh, at most a fifth (JSON exports are mostly Latin too).
        long latin = T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count();
        assertThat(latin * 7).as("at least a seventh in Latin script").isGreaterThanOrEqualTo(T.size());
        assertThat(latin * 5).as("at most a fifth in Latin script").isLessThanOrEqualTo(T.size());
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(20L, 34L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 70, JSON, 8, OCR, 9, VOICE, 9, WECHAT, 14, SMS, 8,
                EMAIL, 5, TABLES, 15));
        assertThat(count("\\|.*\\|.*\\|")).as("pipe and markdown tables").isGreaterThanOrEqualTo(8);
        assertThat(count("心电|影像|CT|DR正位|ECG")).as("remote ECG and imaging").isGreaterThanOrEqualTo(10);
        assertThat(count("转诊|上转|下转|Referral")).as("referral up and down").isGreaterThanOrEqualTo(10);
        assertThat(count("签约|contract")).as("family-doctor contracts").isGreaterThanOrEqualTo(10);
        assertThat(count("高血压|糖尿病|精神|慢病|GXY|TNB|register")).as("chronic-disease registers")
                .isGreaterThanOrEqualTo(14);
        assertThat(count("健康档案|体检|档案号|health file")).as("health files and check-ups").isGreaterThanOrEqualTo(12);
        assertThat(count("配送|药房|药事|药车")).as("pharmacy deliveries").isGreaterThanOrEqualTo(4);
        assertThat(count("搬迁|安置|relocation")).as("relocated households").isGreaterThanOrEqualTo(5);
        assertThat(count("茶园|茶厂|茶农|中药材|天麻|tea")).as("tea gardens and herb farms").isGreaterThanOrEqualTo(8);
        assertThat(count("蛇|Snake|snake")).as("snakebite").isGreaterThanOrEqualTo(8);
        assertThat(count("菌|蘑菇")).as("wild-mushroom poisoning").isGreaterThanOrEqualTo(4);
        assertThat(count("卫健局|卫生健康局|卫生健康委|export")).as("county health commission").isGreaterThanOrEqualTo(5);
        assertThat(count("Lantern Eye Trust|cataract|SICS|phaco|eye camp|Eye camp")).as("the NGO eye team")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("寺|monastic|Buddhist")).as("mountain temples").isGreaterThanOrEqualTo(4);
        assertThat(count("额|咋咧|嫽|谝|瓜娃|碎娃|老汉|女子|屋里人")).as("Shaanxi speech").isGreaterThanOrEqualTo(12);
        for (String word : List.of("额", "咋咧", "嫽", "谝", "瓜娃", "碎娃", "老汉", "女子", "屋里人")) {
            assertThat(count(word)).as("dialect word " + word).isPositive();
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind60Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind60TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("额大", "额妈", "老汉", "女子", "屋里人", "碎娃", "瓜娃", "居士", "师父", "法师", "村医",
                "网格员", "书记", "带工", "释", "Mrs")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, dialect word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "612323450230123", "a 15-digit number born on 30 February"),
                reject(EntityKind.ID_NUMBER, "610724530312123", "a 15-digit number on today's code"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0916-22123456", "eight digits on 0916"),
                reject(EntityKind.PHONE, "029-2212345", "seven digits on 029"),
                reject(EntityKind.PHONE, "+33 6 12 34 56 78", "a country none of the team is from"),
                reject(EntityKind.BIRTH_DATE, "2006-03-12", "a year between the adults' and the children's"),
                reject(EntityKind.BIRTH_DATE, "12 marzo 1952", "an Italian month"),
                reject(EntityKind.BIRTH_DATE, "民国五十年三月二日", "a Republican year after 1948"),
                reject(EntityKind.MEDICAL_RECORD, "ZZ-610925-2024-0387", "a referral-slip number"),
                reject(EntityKind.MEDICAL_RECORD, "GXY-110101-00387", "a register number of elsewhere"),
                reject(EntityKind.INSURANCE, "E59103872", "a passport number"),
                reject(EntityKind.INSURANCE, "11010112345602", "a cooperative number of elsewhere"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address outside southern Shaanxi")));
        CheckRejections.checkRejections(T, "远程心电诊断报告", 4, SEED, PHI, Blind60TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("雒金锁")).isEqualTo("雒");
        assertThat(PoolNameForms.addressedGivenName("雒金锁")).isEqualTo("金锁");
        assertThat(PoolNameForms.addressedGivenName("余粮")).isEqualTo("余粮");
        assertThat(Blind60Templates.pinyinOf("雒金锁")).isEqualTo("Luo Jinsuo");
        assertThat(Blind60Templates.fullNameOf("Jinsuo Luo")).isEqualTo("雒金锁");
        assertThat(Blind60Templates.fullNameOf("LUO, Jinsuo")).isEqualTo("雒金锁");
        assertThat(Blind60Templates.fullNameOf("Luo, Jinsuo")).isEqualTo("雒金锁");
        assertThat(Blind60Templates.fullNameOf("SHI MIAOYUN")).isEqualTo("释妙云");
        assertThat(Blind60Templates.dharmaName("释妙云")).isEqualTo("妙云");
        assertThat(Blind60Templates.fullNameOf("金锁")).isNull();
        assertThat(Blind60Templates.isPoolName("金锁")).isTrue();
        assertThat(Blind60Templates.isPoolName("妙云")).isTrue();
        assertThat(Blind60Templates.isPoolName("Luo")).isTrue();
        assertThat(Blind60Templates.isPoolName("雒")).isTrue();
        assertThat(Blind60Templates.ganzhi(1952)).isEqualTo("壬辰");
        assertThat(Blind60Templates.ganzhi(1937)).isEqualTo("丁丑");
        // The pinyin forms are the record's patient (PY, PYL, PYS) and relative (FY).
        int pinyin = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            boolean related = slots.contains("P") && Stream.of("PY", "PYL", "PYS").anyMatch(slots::contains)
                    || slots.contains("F") && slots.contains("FY");
            if (!related) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(20)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    for (String[] pair : List.of(new String[] {"P", "PY"}, new String[] {"P", "PYL"},
                            new String[] {"F", "FY"})) {
                        if (!slots.contains(pair[0]) || !slots.contains(pair[1])) continue;
                        assertThat(Blind60Templates.fullNameOf(values.get(k + slots.indexOf(pair[1])))).as(r.text())
                                .isEqualTo(values.get(k + slots.indexOf(pair[0])));
                        pinyin++;
                    }
                    if (slots.contains("P") && slots.contains("PYS")) {
                        assertThat(values.get(k + slots.indexOf("PYS"))).as(r.text())
                                .isEqualTo(Blind60Templates.pinyinSurname(values.get(k + slots.indexOf("P"))));
                        pinyin++;
                    }
                }
            }
        }
        assertThat(pinyin).isGreaterThan(30);
        // Where the monastic and the dharma name or its pinyin stand in one record, they are the same person.
        int monastic = 0;
        for (LabelledRecord r : records()) {
            Set<String> named = new HashSet<>();
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (Blind60Templates.minorityNames().contains(v)) named.add(v);
                if (Blind60Templates.dharmaNames().contains(v)) named.add("释" + v);
                String full = Blind60Templates.fullNameOf(v);
                if (full != null && Blind60Templates.minorityNames().contains(full)) named.add(full);
            }
            assertThat(named).as(r.text()).hasSizeLessThanOrEqualTo(1);
            monastic += named.size();
        }
        assertThat(monastic).isGreaterThan(30);
    }

    @Test
    void thePatientIsAVillagerTheDoctorStaffAndTheChildAChild() {
        int checked = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (Stream.of("P", "F", "DR", "N", "C").noneMatch(slots::contains)) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(10)) {
                for (int k = 0; k < r.gold().size(); k++) {
                    String slot = slots.get(k % slots.size()), v = r.gold().get(k).in(r.text());
                    List<String> pool = switch (slot) {
                        case "P", "F" -> Blind60Templates.patientNames();
                        case "DR" -> Blind60Templates.staffNames();
                        case "N" -> Blind60Templates.adultNames();
                        case "C" -> Blind60Templates.childNames();
                        default -> null;
                    };
                    if (pool == null) continue;
                    assertThat(pool).as(slot + " in " + r.text()).contains(v);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(Blind60Templates.patientOf("雒金锁")).isEqualTo("雒金锁");
        assertThat(Blind60Templates.patientNames()).contains(Blind60Templates.patientOf("时光"));
        assertThat(Blind60Templates.staffOf("时光")).isEqualTo("时光");
        assertThat(Blind60Templates.staffNames()).contains(Blind60Templates.staffOf("雒嘉欣"));
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        List<String> surnamed = Stream.concat(Blind60Templates.chineseNames().stream(),
                Blind60Templates.minorityNames().stream()).toList();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(surnamed, PREFIXES, HONORIFICS);
        int dharma = 0;
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr").doesNotStartWith("Mr").doesNotStartWith("Mrs")
                            .doesNotEndWith("医生").doesNotEndWith("大夫").doesNotEndWith("主任").doesNotEndWith("院长")
                            .doesNotEndWith("书记").doesNotEndWith("师傅").doesNotEndWith("师父").doesNotEndWith("法师")
                            .doesNotEndWith("姨").doesNotEndWith("股长").doesNotEndWith("他爸").doesNotEndWith("他妈")
                            .doesNotStartWith("村医").doesNotStartWith("民警").doesNotStartWith("居士")
                            .doesNotStartWith("网格员").doesNotStartWith("额");
                    forms.count(v, before, after, r.text());
                    if (Blind60Templates.dharmaNames().contains(v)) {
                        assertThat(after).as(r.text()).matches("(?s)(师父|法师).*");
                        dharma++;
                    }
                    if (v.matches("[A-Z][a-z]+") && before.matches("(?s).*(Mr|Mrs) ")) {
                        assertThat(Blind60Templates.pinyinSurnames()).as(r.text()).contains(v);
                    }
                }
            }
        }
        forms.check("老X, 小X", 0, "X医生, X书记, X师傅, X姨 …", 100);
        assertThat(dharma).as("dharma names before 师父 or 法师").isGreaterThan(20);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, children = 0;
        for (LabelledRecord r : records()) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind60Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,2}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                if (Blind60Templates.childNames().contains(v.replaceAll("[ \n\u3000]", ""))) children++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(children).as("children's names scanned").isPositive();
        assertThat(Blind60Templates.isScannedName("雒\n金锁")).isTrue();
        assertThat(Blind60Templates.isScannedName("余 粮")).isTrue();
        assertThat(Blind60Templates.isScannedName("王　德　昶")).isTrue();
        assertThat(Blind60Templates.isScannedName("雒金锁")).isFalse();
        assertThat(Blind60Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        Map<EntityKind, Set<String>> values = valuesByKind();
        Set<String> ids = values.get(EntityKind.ID_NUMBER);
        ids.forEach(Blind60TemplatesTest::checkIdentity);
        TemplateChecks.checkEveryFormOccurs("identity number form", List.of("\\d{17}[\\dX]", "\\d{17}x",
                "\\d{6} \\d{8} \\d{3}[\\dX]", "\\d{6}-\\d{8}-\\d{3}[\\dX]", "(\\d ){17}[\\dX]", "\\d{15}"), ids);
        Map<String, Long> byArea = new LinkedHashMap<>();
        for (String v : ids) {
            String id = v.replaceAll("[- ]", "");
            String kind = Blind60Templates.countyCodes().contains(id.substring(0, 6)) ? "county"
                    : Blind60Templates.oldCodes().contains(id.substring(0, 6)) ? "old" : "border";
            byArea.merge(kind, 1L, Long::sum);
        }
        assertThat(byArea.get("county")).as("today's county codes").isGreaterThan(300);
        assertThat(byArea.get("old")).as("old prefecture codes").isGreaterThan(50);
        assertThat(byArea.get("border")).as("bordering counties").isGreaterThan(10);
        assertThat(ids).as("18-digit numbers on old prefecture codes")
                .anyMatch(v -> v.replaceAll("[- ]", "").length() == 18 && v.startsWith("612"));
        assertThat(ids).as("children's numbers, born 2010 or later")
                .anyMatch(v -> v.length() > 15 && v.replaceAll("[- ]", "").substring(6, 10).compareTo("2010") >= 0);
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
        TemplateChecks.checkEveryFormOccurs("record form", List.of("(2019|202[0-5])\\d{6}", "MZ\\d{10}",
                "61\\d{15}", "61\\d{4}-\\d{3}-\\d{3}-\\d{5}", "GXY-.*", "TNB-.*", "YZJ-.*", "YGT\\d{14}"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("[ABCDKNS]\\d{8}", "6107\\d{10}", "6109\\d{10}",
                "6110\\d{10}"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+组", ".*村\\d+组\\d+号",
                ".*村[一二三四五六七八九十]+组.*", ".*组(王家湾|黄家沟|柳树坪|石板沟|陈家梁|核桃树坪)",
                ".*(社区|小区|安置点|新村)\\d+号楼\\d单元\\d{3,4}室", ".*(社区|小区|安置点|新村)\\d+栋\\d{3,4}",
                ".*号.*\\d+栋\\d单元\\d{3,4}室", ".*号.*\\d+号楼\\d{3,4}", ".*[镇道]", ".*村", ".*(社区|小区|安置点|新村)",
                ".*(路|街|大道)", ".*(路|街|大道)\\d+号", "陕西省.*", "汉中市.*", "安康市.*", "商洛市.*", "旬阳市.*",
                "西乡县.*", "紫阳县.*", "柞水县.*", "汉台区.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lots, serials and the numbers of slips, contracts, deliveries, agreements, incidents and letters.
                "ECG12-HZ0387", "AH230917", "C2311062", "BJ240612", "20231107", "23A0871", "ECG-HZ-2024-118734",
                "ZZ-610925-2024-0387", "ZZ-610729-2024-0112", "QY-610926-2024-00387", "QY-610726-2024-01187",
                "JQ-611025-2024-1187", "PS-2024-110387", "PS-610726-20241103-07", "AZ-2023-0418", "SB-2024-0387",
                "JZ-2024-11", "HZWJ-2024-087",
                // Plates, passports and platform IDs.
                "陕G·12087", "陕F·D0387", "陕F·7K308", "陕H·52A87", "PA7713905", "8830172654", "7730215846",
                // Amounts, scores, lab values and counts.
                "8,734.20元", "5,920.11元", "318.00元", "2,360.00元", "4000元", "MMSE）22分", "QTc 452ms",
                "ALT 4210U/L", "6000U", "18,342", "83.6%",
                // Hospitals, health centres, clinics, cooperatives, offices and the NGO.
                "西乡县人民医院", "镇巴县渔渡镇卫生院", "汉中市中心医院", "西京医院", "燕子砭镇桑树湾村卫生室",
                "镇安县疾控中心", "陕西信合", "商南县卫生健康局", "Lantern Eye Trust",
                "Xixiang County People's Hospital",
                // Herbs, snakes and mushrooms.
                "天麻", "五味子", "竹叶青", "秦岭蝮", "鹅膏菌", "亚稀褶红菇", "魔芋",
                // Kin words, roles and dialect words.
                "额大", "额妈", "额", "老汉", "女子", "屋里人", "碎娃", "瓜娃", "咋咧", "嫽扎咧", "谝", "居士", "师父", "法师",
                "村医", "网格员", "带工", "茶农", "民警", "老伴",
                // Words beginning with one of the pool's surnames.
                "马上", "马蜂", "高血压", "白内障", "秦岭", "石斛", "黄芪", "杜仲", "周岁", "金额"));
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
            if (n.codePoints().anyMatch(TemplateChecks::isLatin)) latinWords.put(n, List.of(n.split("[ ,]+")));
        }
        for (LabelledRecord r : records()) {
            TemplateChecks.checkSpans(r, Blind60TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                if (s.kind() != EntityKind.NAME) continue;
                String v = s.in(r.text());
                values.add(v);
                if (Blind60Templates.fullNameOf(v) != null) fullNames.add(Blind60Templates.fullNameOf(v));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, standingIn(r.text(), checked, latinWords));
        }
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind60Templates.chineseNames());
        assertThat(values).as("every monastic is drawn").containsAll(Blind60Templates.minorityNames());
        assertThat(values).as("every dharma name is used alone").containsAll(Blind60Templates.dharmaNames());
        assertThat(values).as("every pet name is drawn").containsAll(Blind60Templates.nicknames());
        assertThat(values).as("every member of the eye team is drawn").containsAll(Blind60Templates.fullForms());
        assertThat(values).as("pinyin in every written form").anyMatch(v -> v.matches("[A-Z]+ [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z]+"))
                .anyMatch(v -> v.matches("[A-Z]+, [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+, [A-Z][a-z]+"));
        assertThat(values).as("monastics in pinyin")
                .anyMatch(v -> v.startsWith("Shi ") || v.startsWith("SHI ") || v.endsWith(" Shi"));
        assertThat(values).as("pinyin surnames alone after Mr or Mrs")
                .containsAnyElementsOf(Blind60Templates.pinyinSurnames());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind60Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind60Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind60Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, NS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind60Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind60Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(130).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{2,3}"));
        assertThat(Blind60Templates.NAMES).allMatch(e -> e.matches("\\p{IsHan}{2,3}\\|[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(Blind60Templates.NAMES.stream().map(e -> e.substring(e.indexOf('|') + 1)).toList())
                .as("every pinyin names one person").doesNotHaveDuplicates();
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind60Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 3).as("the commonest surnames of southern Shaanxi carry a third or more")
                .isGreaterThanOrEqualTo(chinese.size());
        List<String> minority = Blind60Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("释\\p{IsHan}{2}")).doesNotContainAnyElementsOf(chinese);
        assertThat(Blind60Templates.MONASTICS).allMatch(e -> e.matches("释\\p{IsHan}{2}\\|Shi [A-Z][a-z]+"));
        assertThat(Blind60Templates.dharmaNames()).doesNotHaveDuplicates()
                .allMatch(d -> chinese.stream().noneMatch(n -> n.contains(d)));
        List<String> rareIn = chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains)
                .distinct().toList();
        assertThat(rareIn).as("rare surnames in use").hasSize(RARE_SURNAMES.length());
        long rareChinese = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(rareChinese * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size())
                .isPositive();
        assertThat(Blind60Templates.patientNames()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(Blind60Templates.staffNames()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Blind60Templates.childNames()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Stream.of(Blind60Templates.patientNames(), Blind60Templates.staffNames(),
                Blind60Templates.childNames()).flatMap(List::stream))
                .as("the pool is the villagers, the staff and the children").containsExactlyElementsOf(chinese);
        assertThat(Blind60Templates.nicknames()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> Stream.concat(chinese.stream(), minority.stream()).noneMatch(k::contains));
        assertThat(Blind60Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        assertThat(Blind60Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind60Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        // Comparisons with the older groups name only this group's entries, by list and index.
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> clashes = TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, minority,
                Blind60Templates.englishSurnames().toList(), Blind60Templates.englishGivenNames().toList());
        assertThat(clashes.stream().map(c -> where(c.substring(c.indexOf(": ") + 2))).toList())
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind60Templates.dharmaNames(), Blind60Templates.nicknames())
                .flatMap(List::stream).filter(olderStrings::contains).map(Blind60TemplatesTest::where).toList())
                .as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind60Templates.fullForms(), Blind60Templates.pinyinForms(),
                        Blind60Templates.englishGivenNames().toList(), Blind60Templates.englishSurnames().toList())
                .flatMap(List::stream).filter(n -> olderKeys.contains(OlderGroups.latinKey(n)))
                .map(Blind60TemplatesTest::where).distinct().toList())
                .as("Latin names an older list keeps, in any case or order").isEmpty();
        // Only the surname characters are compared, so that no older pool name is printed here.
        Set<Character> olderSurnameChars = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) {
            for (String n : TemplateChecks.list(c, "CHINESE")) olderSurnameChars.add(n.charAt(0));
            for (String n : TemplateChecks.list(c, "MINORITY")) {
                if (!n.isEmpty()) olderSurnameChars.add(n.charAt(0));
            }
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
        assertThat(Blind60Templates.nicknames().stream().filter(olderNicknames::contains)
                .map(Blind60TemplatesTest::where).toList()).as("nicknames that are not new").isEmpty();
        assertThat(Blind60Templates.areaCodes()).as("codes of southern Shaanxi and the bordering counties only")
                .allMatch(a -> a.matches("(6107|6109|6110|6123|6124|6125|5119|5108|4203|5002)\\d{2}"))
                .doesNotHaveDuplicates();
    }

    /** Where an entry of this group's pools stands (list and index), so that no older name is printed. */
    private static String where(String name) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("CHINESE", Blind60Templates.chineseNames());
        lists.put("MONASTICS", Blind60Templates.minorityNames());
        lists.put("DHARMA", Blind60Templates.dharmaNames());
        lists.put("NICKNAMES", Blind60Templates.nicknames());
        lists.put("ENGLISH_FULL", Blind60Templates.fullForms());
        lists.put("ENGLISH_FAMILY", Blind60Templates.englishSurnames().toList());
        lists.put("ENGLISH_GIVEN", Blind60Templates.englishGivenNames().toList());
        lists.put("PINYIN_FORMS", Blind60Templates.pinyinForms());
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            int i = e.getValue().indexOf(name);
            if (i >= 0) {
                // A pinyin form names its Chinese entry: report that entry's index.
                if (e.getKey().equals("PINYIN_FORMS")) {
                    int entry = i / 6;
                    return entry < Blind60Templates.chineseNames().size() ? "CHINESE(pinyin)#" + entry
                            : "MONASTICS(pinyin)#" + (entry - Blind60Templates.chineseNames().size());
                }
                return e.getKey() + "#" + i;
            }
        }
        return "an entry not found in this group's lists";
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese names and monastics, pet names, pinyin
     * forms, the eye team in full, and English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind60Templates.chineseNames().stream(), Blind60Templates.minorityNames().stream(),
                        Blind60Templates.nicknames().stream(), Blind60Templates.pinyinForms().stream(),
                        Blind60Templates.fullForms().stream(),
                        Blind60Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind60Templates.englishGivenNames().filter(s -> s.length() >= 3))
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
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]"
                + "|(\\d ){17}[\\dX]", Blind60Templates.areaCodes());
        if (v.length() == 15) {
            assertThat(Blind60Templates.oldCodes()).as("an elder's number on an old prefecture code: " + v)
                    .contains(v.substring(0, 6));
            return;
        }
        String id = v.replaceAll("[- ]", "");
        int year = Integer.parseInt(id.substring(6, 10));
        assertThat(year).as("born 1930 to 2003 or 2010 to 2024: " + v).matches(y -> y >= 1930 && y <= 2003
                || y >= 2010 && y <= 2024);
        if (year >= 2010) {
            assertThat(Blind60Templates.countyCodes()).as("a child's number on today's county code: " + v)
                    .contains(id.substring(0, 6));
        }
        if (Blind60Templates.borderCodes().contains(id.substring(0, 6))) {
            assertThat(year).as("a worker or spouse from the bordering counties: " + v).isBetween(1960, 2003);
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind60Templates.isPoolName(value)).as("name from the BLIND_60 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONE_FORM.matcher(value).matches()).as("phone " + value).isTrue();
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD_FORM);
                String digits = value.replaceAll("\\D", "");
                if (value.startsWith("61") || value.startsWith("YGT") || value.contains("-")) {
                    assertThat(Blind60Templates.countyCodes()).as("county code of " + value)
                            .contains(digits.substring(0, 6));
                }
            }
            case INSURANCE -> {
                assertThat(value).matches(INSURANCE_FORM);
                if (value.startsWith("61")) {
                    assertThat(Blind60Templates.countyCodes()).as("county code of " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_FORM.matcher(value).matches()).as("birth date " + value).isTrue();
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS_FORM);
        }
    }
}

package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
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
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the thirty-ninth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, kin words and titles in
 * Chinese and Korean, and identifiers of elsewhere or with a wrong check), every pool name turns up (Han
 * north-easterners and Korean Chinese in characters, the Korean Chinese also in Hangul, romanised and in passport
 * pinyin, Russians in Cyrillic, Latin and Chinese, North Korean workers in characters and Hangul, nicknames, the partner
 * hospitals' doctors), a Korean Chinese elder's, a Russian's and a worker's forms in one record name the same person,
 * the Hangul forms follow the Yanbian orthography, forms of address (老X, 小X, X姐, X大姐, X哥, X大娘, X婶, X大爷, X奶奶,
 * X大夫, X医生, X主任, X护士长, X师傅, X老师) label the surname only and a given name used alone the given name, OCR'd
 * names broken by a line break or blanks are one span, resident identity numbers (also with a lower-case x, 6-8-4 by
 * blanks or hyphens) carry a valid GB 11643 check character and a Yanbian code (or one of the Han settlers' home
 * places), 15-digit numbers a valid birth date, Korean registration numbers a valid date and check digit, Russian
 * passports the Primorye series, bank cards a valid Luhn digit, the Chinese, Korean and Russian phone, record,
 * insurance, address and birth-date forms (Chinese, lunar, Korean, Russian, English, HL7, newborns') the group promises
 * do occur, a newborn known by the mother's name labels the mother, the decoys (lab values, badge, boat, ECG, alarm,
 * receipt and message numbers, plates, hotlines, facilities, places, kin words and titles, north-eastern and Korean
 * words, words beginning with a pool surname) stand in the text and are never labelled, the generator is deterministic
 * by seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and carry the
 * surnames of the region. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind39TemplatesTest {
    private static final List<String> T = Blind39Templates.BLIND_39;
    private static final long SEED = Blind39Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}", "\\+86-1[3-9]\\d-\\d{4}-\\d{4}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "幺[三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "幺[三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "幺[三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final String AREAS7 = "(0433|0415)", AREAS8 = "(0431|0451)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS7 + "\\)[2-8]\\d{6}",
            AREAS7 + " [2-8]\\d{2} \\d{4}", AREAS7 + "-[2-8]\\d{6}转\\d{3,4}", "\\+86 (433|415) [2-8]\\d{6}",
            AREAS7 + "-[2-8]\\d{6}", "\\(" + AREAS8 + "\\)[2-8]\\d{7}", AREAS8 + " [2-8]\\d{3} \\d{4}",
            AREAS8 + "-[2-8]\\d{7}转\\d{3,4}", "\\+86 (431|451) [2-8]\\d{7}", AREAS8 + "-[2-8]\\d{7}");
    private static final List<String> KOREAN_PHONES = List.of("010-\\d{4}-\\d{4}", "010 \\d{4} \\d{4}", "010\\d{8}",
            "\\+82 10-\\d{4}-\\d{4}", "\\+82-10-\\d{4}-\\d{4}", "02-[2-9]\\d{2,3}-\\d{4}",
            "0(31|32|51)-[2-9]\\d{2,3}-\\d{4}", "\\+82 2-[2-9]\\d{2,3}-\\d{4}");
    private static final String RU_MOBILE = "9(14|24|02|08|51)";
    private static final List<String> RUSSIAN_PHONES = List.of("\\+7 " + RU_MOBILE + " \\d{3}-\\d{2}-\\d{2}",
            "\\+7 \\(" + RU_MOBILE + "\\) \\d{3}-\\d{2}-\\d{2}", "8 " + RU_MOBILE + " \\d{3} \\d{2} \\d{2}",
            "8-" + RU_MOBILE + "-\\d{3}-\\d{2}-\\d{2}", "\\+7" + RU_MOBILE + "\\d{7}",
            "\\+7 \\(423\\) 2\\d{2}-\\d{2}-\\d{2}", "8 \\(4233[1-9]\\) [2-9]-\\d{2}-\\d{2}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES, KOREAN_PHONES,
            RUSSIAN_PHONES).flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> CHINESE_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{2}\\.\\d{2}", "(19|20)\\d{6}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日", "\\d{2}年\\d{1,2}月\\d{1,2}日");
    private static final List<String> LUNAR = List.of("农历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历一九[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY, "农历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> KOREAN_DATES = List.of("19\\d{2}년 ([1-9]|1[0-2])월 ([1-9]|[12]\\d)일",
            "19\\d{2}\\. ([1-9]|1[0-2])\\. ([1-9]|[12]\\d)\\.", "\\d{2}\\.(0[1-9]|1[0-2])\\.(0[1-9]|[12]\\d)",
            "음력 19\\d{2}년 ([1-9]|1[0-2])월 ([1-9]|[12]\\d)일");
    private static final List<String> RUSSIAN_DATES = List.of("(0[1-9]|[12]\\d)\\.(0[1-9]|1[0-2])\\.(19|20)\\d{2}",
            "([1-9]|[12]\\d) (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) "
                    + "(19|20)\\d{2}");
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " (19|20)\\d{2}",
            MONTH + " \\d{1,2}, (19|20)\\d{2}", "\\d{2} (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) (19|20)\\d{2}");
    private static final List<String> CHILD_DATES = List.of("20(0[89]|1\\d|2[0-5])年\\d{1,2}月\\d{1,2}日",
            "20(0[89]|1\\d|2[0-5])-\\d{2}-\\d{2}", "20(0[89]|1\\d|2[0-5])\\.\\d{1,2}\\.\\d{1,2}",
            "20(0[89]|1\\d|2[0-5])\\d{4}");
    private static final List<String> BIRTH_DATES = Stream.of(CHINESE_DATES, LUNAR, KOREAN_DATES, RUSSIAN_DATES,
            ENGLISH_DATES, CHILD_DATES).flatMap(List::stream).toList();
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "TJ20" + YEARS + "\\d{6}|TJMZ-" + YEARS + "-\\d{7}|(HL|WQ|AT|HC|TM|DH)ZY"
            + YEARS + "\\d{5}|KA-" + YEARS + "-\\d{4}|ZYJK20" + YEARS + "\\d{5}|\\d{8}";
    private static final String INSURANCE = "(YBJM|YBZG)\\d{10}|\\d{11}|\\d{16}";
    private static final String KOREAN_REGISTRATION = "\\d{6}-[1-8]\\d{6}|\\d{6}[1-8]\\d{6}";
    private static final String RUSSIAN_PASSPORT = "05 (1\\d|2[0-4]) \\d{6}|05(1\\d|2[0-4]) \\d{6}|05(1\\d|2[0-4])\\d{6}"
            + "|7[2-7] \\d{7}|7[2-7]\\d{7}";
    private static final String YANBIAN_ADDRESS = "(吉林省)?(延边朝鲜族自治州|延边州)?(龙井市|和龙市|珲春市|图们市|安图县|汪清县"
            + "|敦化市|海兰市|延吉市)\\S*?(镇|村|组|号|室|路|街|\\d+-\\d+-\\d+|单元\\d+)";
    private static final String DORMITORY = "(珲春市)?边境经济合作区(水产加工园|海产品加工区)\\d号宿舍楼\\d0\\d室";
    private static final String KOREAN_ADDRESS = "(서울특별시|경기도|인천광역시) \\S+ (\\S+ )?\\S+(로|대로|동) \\d+"
            + "(, \\d0\\d호|-\\d+)?|(首尔特别市|京畿道)\\S+洞\\d+-\\d+号";
    private static final String RUSSIAN_ADDRESS = "(г\\. Владивосток|Приморский край), .*ул\\. \\S+, д\\. \\d+"
            + "(, кв\\. \\d+)?|符拉迪沃斯托克市\\S+街\\d+号\\d+室";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("大姐", "大娘", "大爷", "大夫", "姐", "哥", "婶", "奶奶",
            "主任", "护士长", "医生", "师傅", "老师");
    private static final String RARE_SURNAMES = Blind39Templates.RARE_SURNAMES;
    /** The commonest surnames of Jilin's Han. */
    private static final String COMMON_SURNAMES = "王李张刘赵孙于杨";
    /** The surnames of the Korean Chinese. */
    private static final String KOREAN_SURNAMES = "金朴崔李郑韩南玄吴俞许姜";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "PK", "PO",
                "DO", "MO", "MH", "MR", "MP", "MS", "MHS", "NK", "KH", "KR", "RU", "RL", "RP", "RC", "RF", "RX",
                "WK", "WH", "WO", "EG"));
        for (String s : List.of("DOBL", "DOBK", "DOBR", "DOBE", "DOBH", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        for (String s : List.of("MV", "KM", "KL", "RM")) phi.put(s, EntityKind.PHONE);
        for (String s : List.of("KRN", "RPP")) phi.put(s, EntityKind.ID_NUMBER);
        for (String s : List.of("AD", "KA", "RA")) phi.put(s, EntityKind.ADDRESS);
        phi.put("RK", EntityKind.MEDICAL_RECORD);
        phi.put("KI", EntityKind.INSURANCE);
        phi.put("RI", EntityKind.INSURANCE);
        return Map.copyOf(phi);
    }

    /** Groups 37 and 38 were written alongside this one. */
    private static final List<Class<?>> OLDER = OlderGroups.upTo(36);
    /** The older groups that keep their pools as CHINESE and MINORITY lists, for the pool-by-pool comparison. */
    private static final List<Class<?>> POOL_GROUPS = OlderGroups.upTo(33);

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s)" + regex)).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(90, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PG", "PK", "PO", "DO",
                "MO", "N", "MN", "MH", "MR", "MP", "MS", "MHS", "NK", "KH", "KR", "RU", "RL", "RP", "RC", "RF", "RX",
                "WK", "WH", "WO", "E", "ES", "EG", "ID", "KRN", "RPP", "M", "MV", "L", "KM", "KL", "RM", "R", "RK",
                "I", "KI", "RI", "B", "A", "A0", "AD", "KA", "RA", "DOB", "DOBL", "DOBK", "DOBR", "DOBE", "DOBH",
                "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(18L, 32L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 50, JSON, 5, HL7, 4, OCR, 7, VOICE, 6, WECHAT, 9,
                SMS, 5));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.*")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(12);
        assertThat(count(".*[\uAC00-\uD7A3]{2}.*")).as("templates with Korean text").isGreaterThanOrEqualTo(20);
        assertThat(count(".*[\u0400-\u04FF]{3}.*")).as("templates with Russian text").isGreaterThanOrEqualTo(6);
        assertThat(count("\\[카카오톡\\].*")).as("KakaoTalk chats").isGreaterThanOrEqualTo(3);
        assertThat(count(".*(翻译|Interpreter|Переводчик).*")).as("interpreted consultations").isGreaterThanOrEqualTo(10);
        assertThat(count(".*(煤烟|一氧化碳|COHb|CO中毒|冻伤|冻疮|frostbite|Frostbite).*")).as("winter injuries")
                .isGreaterThanOrEqualTo(15);
        assertThat(count(".*(辣白菜|泡菜|김장|kimchi).*")).as("kimchi season").isGreaterThanOrEqualTo(6);
        assertThat(count(".*(在韩国|在韩|한국|in Korea).*")).as("children in Korea").isGreaterThanOrEqualTo(12);
        assertThat(count(".*(俺|嘎哈|咋整|这嘎达|老鼻子|贼|哎呀妈呀|好嘞|屯里).*")).as("north-eastern speech")
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind39Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind39TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("大娘", "老爷子", "할머니", "어머니", "선생님", "고려인", "Andrei Ivanov")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, a title or a name from outside the pools"));
        }
        String first12 = "850312123456";
        int check = Blind39Templates.koreanCheck(first12);
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "850312-123456" + (check + 1) % 10, "a wrong Korean check digit"),
                reject(EntityKind.ID_NUMBER, "851312-123456" + Blind39Templates.koreanCheck("851312123456"),
                        "a thirteenth month"),
                reject(EntityKind.ID_NUMBER, "4510 123456", "a Moscow passport series"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0433-25123456", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "+7 495 123-45-67", "a Moscow mobile code"),
                reject(EntityKind.BIRTH_DATE, "05.13.1987", "a thirteenth month"),
                reject(EntityKind.MEDICAL_RECORD, "YG-0317", "a worker's badge number"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address of elsewhere")));
        CheckRejections.checkRejections(T, "【珲春口岸卫生所】", SEED, PHI, Blind39TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.addressedGivenName("夫振东")).isEqualTo("振东");
        assertThat(PoolNameForms.addressedGivenName("朴实")).isEqualTo("朴实");
        assertThat(Blind39Templates.koreanSurnameOf("南宫顺子")).isEqualTo("南宫");
        assertThat(Blind39Templates.koreanSurnameOf("황보명희")).isEqualTo("황보");
        assertThat(Blind39Templates.koreanSurnameOf("金龙洙")).isEqualTo("金");
        assertThat(Blind39Templates.fullNameOf("Kim Ryong-su")).isEqualTo("金龙洙");
        assertThat(Blind39Templates.fullNameOf("PIAO SHUNNV")).isEqualTo("朴顺女");
        assertThat(Blind39Templates.fullNameOf("KOVALCHUK ANDREI")).isEqualTo("Ковальчук Андрей Викторович");
        assertThat(Blind39Templates.fullNameOf("安德烈·科瓦利丘克")).isEqualTo("Ковальчук Андрей Викторович");
        assertThat(Blind39Templates.fullNameOf("Андрей Викторович")).isNull();
        assertThat(Blind39Templates.fullNameOf("리광철")).isEqualTo("李光哲");
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind39Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr").doesNotEndWith("大夫").doesNotEndWith("大娘")
                            .doesNotEndWith("할머니").doesNotEndWith("씨").doesNotEndWith("선생님").doesNotEndWith("婶")
                            .doesNotStartWith("老").doesNotEndWith("之女").doesNotEndWith("之子");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 10, "X大姐, X哥, X大娘, X婶 …", 100);
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
    void anEldersARussiansAndAWorkersFormsInOneRecordNameTheSamePerson() {
        int elders = 0, russians = 0, workers = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t);
            boolean elder = Stream.of("MN", "MH", "MR", "MP", "MS", "MHS", "MO").filter(slots::contains).count() >= 2;
            boolean russian = Stream.of("RU", "RL", "RP", "RC", "RF").filter(slots::contains).count() >= 2;
            boolean worker = slots.contains("WK") && slots.contains("WH");
            if (!elder && !russian && !worker) continue;
            for (Map<String, List<String>> v : slotValues(t, SEED, 30)) {
                if (elder) {
                    Set<String> names = new HashSet<>(v.getOrDefault("MN", List.of()));
                    for (String s : List.of("MH", "MR", "MP", "MO")) {
                        for (String x : v.getOrDefault(s, List.of())) names.add(Blind39Templates.fullNameOf(x));
                    }
                    if (!names.isEmpty()) {
                        assertThat(names).as("one elder per record: " + v).hasSize(1);
                        String mn = names.iterator().next();
                        assertThat(Blind39Templates.minorityNames()).contains(mn);
                        for (String s : v.getOrDefault("MS", List.of())) {
                            assertThat(s).isEqualTo(Blind39Templates.koreanSurnameOf(mn));
                        }
                    }
                    for (String h : v.getOrDefault("MHS", List.of())) {
                        for (String mh : v.getOrDefault("MH", List.of())) assertThat(mh).startsWith(h);
                    }
                    elders++;
                }
                if (russian) {
                    Set<String> names = new HashSet<>(v.getOrDefault("RU", List.of()));
                    for (String s : List.of("RL", "RC")) {
                        for (String x : v.getOrDefault(s, List.of())) names.add(Blind39Templates.fullNameOf(x));
                    }
                    assertThat(names).as("one Russian per record: " + v).hasSizeLessThanOrEqualTo(1);
                    for (String full : names) {
                        for (String f : v.getOrDefault("RF", List.of())) assertThat(full).startsWith(f + " ");
                        for (String p : v.getOrDefault("RP", List.of())) assertThat(full).endsWith(" " + p);
                    }
                    russians++;
                }
                if (worker) {
                    Set<String> names = new HashSet<>();
                    for (String s : List.of("WK", "WH")) {
                        for (String x : v.getOrDefault(s, List.of())) names.add(Blind39Templates.fullNameOf(x));
                    }
                    assertThat(names).as("one worker per record: " + v).hasSize(1);
                    workers++;
                }
            }
        }
        assertThat(elders).isGreaterThan(200);
        assertThat(russians).isGreaterThan(60);
        assertThat(workers).isGreaterThan(60);
    }

    @Test
    void theKoreanFormsFollowTheNamesInCharacters() {
        for (String e : Blind39Templates.KOREAN) {
            String[] p = e.split("\\|");
            String han = p[0], hangul = p[1], roman = p[2], passport = p[3];
            assertThat(hangul.codePoints()).as(e).allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
            assertThat(hangul).as("one syllable a character: " + e).hasSameSizeAs(han);
            String surname = Blind39Templates.koreanSurnameOf(han);
            assertThat(Blind39Templates.koreanSurnameOf(hangul)).as(e).hasSameSizeAs(surname);
            if (han.startsWith("李")) assertThat(hangul).as("Yanbian 리, not 이: " + e).startsWith("리");
            if (han.startsWith("柳")) assertThat(hangul).as("Yanbian 류, not 유: " + e).startsWith("류");
            if (han.startsWith("卢")) assertThat(hangul).as("Yanbian 로, not 노: " + e).startsWith("로");
            assertThat(roman).as(e).matches("[A-Z][a-z]* [A-Z][a-z]+(-[a-z]+)?");
            assertThat(roman.split(" ")[1].split("-")).as("a syllable a given-name character: " + e)
                    .hasSize(han.length() - surname.length());
            assertThat(passport).as(e).matches("[A-Z]+ [A-Z]+");
        }
        for (String e : Blind39Templates.WORKERS) {
            String[] p = e.split("\\|");
            assertThat(p[1]).as(e).hasSameSizeAs(p[0]);
            if (p[0].startsWith("李") || p[0].startsWith("林") || p[0].startsWith("罗")) {
                assertThat(p[1]).as("the northern orthography keeps the initial r: " + e).matches("[리림라].*");
            }
        }
        assertThat(Blind39Templates.lunarDay(5)).isEqualTo("初五");
        assertThat(Blind39Templates.lunarDay(18)).isEqualTo("十八");
        assertThat(Blind39Templates.lunarDay(23)).isEqualTo("廿三");
        assertThat(Blind39Templates.lunarDay(30)).isEqualTo("三十");
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, korean = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(c -> TemplateChecks.isLatin(c) || c >= 0x0400 && c <= 0x04FF)) continue;
                assertThat(Blind39Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S{1,2} \\S{1,3}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                if (Blind39Templates.minorityNames().contains(v.replaceAll("[ \n\u3000]", ""))) korean++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(korean).as("Korean Chinese names broken").isGreaterThan(10);
        assertThat(Blind39Templates.isScannedName("南宫\n顺子")).isTrue();
        assertThat(Blind39Templates.isScannedName("夫 振 东")).isTrue();
        assertThat(Blind39Templates.isScannedName("夫振东")).isFalse();
        assertThat(Blind39Templates.isScannedName("南宫\n大娘")).isFalse();
    }

    @Test
    void aNewbornKnownByTheMothersNameLabelsTheMother() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    private static boolean isOtherId(String v) {
        return v.matches(KOREAN_REGISTRATION) || v.matches(RUSSIAN_PASSPORT);
    }

    /** A Korean registration number: a valid date in the century its seventh digit says, and its check digit. */
    private static void checkKoreanRegistration(String v) {
        assertThat(v).matches(KOREAN_REGISTRATION);
        String n = v.replace("-", "");
        int s = n.charAt(6) - '0';
        int century = s == 1 || s == 2 || s == 5 || s == 6 ? 1900 : 2000;
        try {
            LocalDate.of(century + Integer.parseInt(n.substring(0, 2)), Integer.parseInt(n.substring(2, 4)),
                    Integer.parseInt(n.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new AssertionError("invalid date in " + v, e);
        }
        assertThat(n.charAt(12) - '0').as(v + " check digit").isEqualTo(Blind39Templates.koreanCheck(n));
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind39TemplatesTest::checkIdentity,
                Blind39Templates.legacyAreaCodes(), Blind39TemplatesTest::isOtherId);
        tally.checkIdentityForms(200, 10, true);
        assertThat(tally.issuedIn("2224")).as("issued in Yanbian").isGreaterThan(150);
        assertThat(tally.issuedIn("2201", "2301", "2106")).as("Han settlers' home places").isGreaterThan(20);
        tally.checkCardForms(60);
        int citizens = 0, aliens = 0, internal = 0, international = 0;
        for (String v : tally.otherIds) {
            if (v.matches(KOREAN_REGISTRATION)) {
                checkKoreanRegistration(v);
                if ("1234".indexOf(v.replace("-", "").charAt(6)) >= 0) citizens++;
                else aliens++;
            } else {
                assertThat(v).matches(RUSSIAN_PASSPORT);
                if (v.startsWith("05")) internal++;
                else international++;
            }
        }
        assertThat(citizens).as("Korean resident registration numbers").isGreaterThan(20);
        assertThat(aliens).as("Korean alien registration numbers").isGreaterThan(20);
        assertThat(internal).as("Russian internal passports").isGreaterThan(20);
        assertThat(international).as("Russian international passports").isGreaterThan(10);
        IdentifierTally.checkTheChecksReject("222405", "22240519631103123");
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken nought", List.of(".*零.*"), phones);
        TemplateChecks.checkEveryFormOccurs("phone area", List.of("\\(?0433\\D.*|\\+86 433 .*", "\\(?0415\\D.*",
                "\\(?0431\\D.*", "\\(?0451\\D.*", "0(31|32|51)-.*"), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("every lunar month", List.of("农.*正月.*", ".*腊月.*", ".*冬月.*"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("TJ20.*", "TJMZ-.*", "HLZY.*", "WQZY.*", "ATZY.*",
                "HCZY.*", "TMZY.*", "DHZY.*", "KA-.*", "ZYJK.*", "\\d{8}"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("YBJM.*", "YBZG.*", "\\d{11}", "\\d{16}"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+组", ".*村\\d+组\\d+号", ".*[镇]", ".*村",
                ".*(路|街)", ".*号楼\\d+单元\\d+室", ".*栋\\d+单元\\d+", ".*\\d+-\\d+-\\d+", "吉林省.*",
                "延边朝鲜族自治州.*", "延边州.*", "海兰市.*", "延吉市.*", "龙井市.*", "和龙市.*", "珲春市.*", "图们市.*",
                "安图县.*", "汪清县.*", "敦化市.*", "边境经济合作区.*", "珲春市边境.*", ".*\\d0\\d호", ".*(로|대로) \\d+",
                ".*동 \\d+-\\d+", "首尔特别市.*", "京畿道.*", "г\\. Владивосток.*", ".*г\\. Уссурийск.*",
                ".*Хасанский.*", "符拉迪沃斯托克市.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values, doses, temperatures, amounts.
                "COHb 28%", "8.4 mmol/L", "阿司匹林100mg qd", "-25℃", "-31°C", "4 kHz", "体温32.1℃", "38.4℃",
                "Apgar 9-10分", "3350g", "1,284,000원", "암로디핀 5mg",
                // Badge, boat, ECG, alarm, receipt, lot and message numbers, plates, hotlines.
                "YG-0317", "YG-0412", "吉珲渔0318", "ECG-2403-118", "CO-2312-044", "YJ-0318", "TT2410-07", "MSG0318",
                "吉H·A3127", "А318КМ 125RUS", "咨询热线12320", "拨打120", "F-4",
                // Facilities and places alone.
                "图们江医学院附属医院", "Tumen River Medical College Hospital", "珲春口岸卫生所", "龙井市医院",
                "水产品加工园区", "水产加工二厂", "延边州医疗保障局", "图们江边", "防川", "海参崴", "Краскино", "Seoul",
                "Ansan",
                // Kin words, titles and greetings in Chinese and Korean, north-eastern words.
                "老爷子", "俺妈", "俺爹", "어머니", "할머니", "엄마", "오빠", "선생님", "간호사", "보호자", "고려인",
                "嘎哈", "咋整", "这嘎达", "老鼻子", "哎呀妈呀", "好嘞", "火炕", "辣白菜",
                // Words beginning with one of the pools' surnames, in Chinese and in Hangul.
                "金额", "全身", "车间", "申请", "严重", "高压氧", "韩国", "김장철", "정말", "최근"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind39TemplatesTest::checkValue, checkedNames(), Blind39Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind39Templates.chineseNames());
        assertThat(values).as("every Korean Chinese elder is drawn").containsAll(Blind39Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind39Templates.nicknames());
        assertThat(values).as("every written form of the Korean Chinese, the Russians, the workers and the doctors")
                .containsAll(Blind39Templates.fullForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind39Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind39Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind39Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("compound Korean surnames used alone (MS, MHS)").contains("南宫", "皇甫", "鲜于", "남궁");
        assertThat(values).as("Russian name and patronymic (RP)").anyMatch(v -> v.matches("\\p{IsCyrillic}+ "
                + "\\p{IsCyrillic}+(ич|на)"));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind39Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind39Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind39Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind39Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of Yanbian: the commonest Han surnames carry two fifths, the Korean surnames a quarter or
        // more, the rare ones a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long korean = chinese.stream().filter(n -> KOREAN_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest Han surnames carry two fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 2L);
        assertThat(korean * 4).as("Korean surnames carry a quarter or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        List<String> minority = Blind39Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(minority).as("compound surnames").filteredOn(n -> Blind39Templates.koreanSurnameOf(n).length() == 2)
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(minority.stream().map(Blind39Templates::koreanSurnameOf).distinct().count()).as("Korean surnames")
                .isGreaterThanOrEqualTo(25);
        List<String> workers = Blind39Templates.workerNames();
        assertThat(workers).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        assertThat(Blind39Templates.RUSSIAN).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates()
                .allMatch(e -> e.matches("\\p{IsCyrillic}+\\|\\p{IsCyrillic}+\\|\\p{IsCyrillic}+(ич|на)\\|[A-Z][a-z]+"
                        + "\\|[A-Z][a-z]+\\|\\p{IsHan}+·\\p{IsHan}+"));
        assertThat(Blind39Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        assertThat(Blind39Templates.fullForms()).as("no name form stands inside another")
                .allMatch(a -> Blind39Templates.fullForms().stream().noneMatch(b -> !a.equals(b) && b.contains(a)));
        assertThat(Blind39Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(36);
        List<String> allMinority = new ArrayList<>(minority);
        allMinority.addAll(workers);
        assertThat(TemplateChecks.namesNotNew(POOL_GROUPS, olderSurnames, new ArrayList<>(chinese), allMinority,
                Blind39Templates.englishSurnames().toList(), Blind39Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        assertThat(TemplateChecks.namesNotNew(POOL_GROUPS, olderSurnames, workers, List.of(), List.of(), List.of()))
                .as("workers' names the first generator or an older group has").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, workers, Blind39Templates.nicknames(), Blind39Templates.fullForms())
                .flatMap(List::stream).filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Blind39Templates.fullForms().stream().filter(n -> n.codePoints().anyMatch(TemplateChecks::isLatin))
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        assertThat(olderStrings.stream().filter(n -> n.matches("\\p{IsHan}{2,3}"))
                .filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0))
                .as("older names with this group's rare surnames").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(36);
        assertThat(Blind39Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind39Templates.areaCodes();
        assertThat(areas).as("codes of Yanbian and the settlers' home places only")
                .allMatch(a -> a.matches("2224\\d{2}|220102|230103|210602")).doesNotHaveDuplicates();
        assertThat(areas).as("Yanbian").filteredOn(a -> a.startsWith("2224")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(Blind39Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, Korean and worker names, nicknames,
     * every written form of the Korean Chinese, the Russians, the workers and the doctors, and English given and family
     * names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind39Templates.chineseNames().stream(), Blind39Templates.minorityNames().stream(),
                        Blind39Templates.nicknames().stream(), Blind39Templates.fullForms().stream(),
                        Blind39Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind39Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind39Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind39Templates.isPoolName(value)).as("name from the BLIND_39 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> {
                if (value.matches(KOREAN_REGISTRATION)) checkKoreanRegistration(value);
                else if (!value.matches(RUSSIAN_PASSPORT)) checkIdentity(value);
            }
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).as("address " + value)
                    .matches(YANBIAN_ADDRESS + "|" + DORMITORY + "|" + KOREAN_ADDRESS + "|" + RUSSIAN_ADDRESS);
        }
    }
}

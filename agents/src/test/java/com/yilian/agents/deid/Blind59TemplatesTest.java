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
 * Well-formedness of the fifty-ninth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word, dialect word or
 * role, and identifiers of elsewhere), every pool name turns up (patients, relatives and staff of the northeast in
 * characters and pinyin; Korean-Chinese patients and relatives in characters, pinyin and Hangul; relatives in Japan in
 * characters and rōmaji and in-laws in Russia in Cyrillic and Latin; pet names; foreign experts), forms of address (老X,
 * 小X, X医生, X大夫, X主任, X教授, X护士长, X护士, X老师, X师傅, X姐, X哥, X大爷, X大娘, X叔, X婶, X工, X场长, X书记, X阿妈妮) label the
 * surname only and a given name used alone the given name, pinyin and Hangul forms are the record's patient, relative
 * or Korean-Chinese patient, OCR'd names broken by a line break or blanks are one span, resident identity numbers (also
 * with a lower-case x, 6-8-4 by blanks or hyphens, and read aloud) carry a valid GB 11643 check character and a code of
 * Heilongjiang or Jilin, 15-digit numbers a valid birth date, bank cards a valid Luhn digit, the phone (spoken; Russian,
 * Japanese and Korean; on 0451, 0431, 0432, 0452, 0453 and 0433 with and without the code), record, insurance, address
 * (flats, 一汽 街区, enterprise quarters, villages with 屯 and 窝堡, state farms, forest farms, Russia, Japan) and
 * birth-date forms (Chinese, two-digit year, year and month, English and trial forms, spoken, lunar with the year's
 * stem and branch) the group promises do occur, the decoys (pathology, specimen, sample and report numbers; protocol,
 * subject, screening and randomisation numbers and subjects' initials; claim, application, certificate, passport, visa
 * and permit numbers; plans, machines, lots, amounts, scores, organisations, banners, kin words, roles, dialect and
 * Korean words, words beginning with a pool surname) stand in the text and are never labelled, the generator is
 * deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and
 * carry the surnames of the region. No de-identifier is run here: the group stays blind until it is measured once.
 * Failure messages about older groups name only this group's entries, by index. The records are generated a few times
 * only, so that the class runs in seconds.
 */
class Blind59TemplatesTest {
    private static final List<String> T = Blind59Templates.BLIND_59;
    private static final long SEED = Blind59Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 2000;
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}", "\\(\\+86\\)1[3-9]\\d{9}");
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final String RU_OPERATOR = "9(14|24|84|62)";
    private static final List<String> RUSSIA = List.of("\\+7 " + RU_OPERATOR + " \\d{3}-\\d{2}-\\d{2}",
            "\\+7 \\(" + RU_OPERATOR + "\\) \\d{3}-\\d{2}-\\d{2}", "8 " + RU_OPERATOR + " \\d{3} \\d{2} \\d{2}");
    private static final List<String> JAPAN = List.of("\\+81 [89]0-\\d{4}-\\d{4}", "\\+81-[89]0-\\d{4}-\\d{4}",
            "0[89]0-\\d{4}-\\d{4}", "0[89]0 \\d{4} \\d{4}");
    private static final List<String> KOREA = List.of("\\+82 10-\\d{4}-\\d{4}", "010-\\d{4}-\\d{4}");
    /** The local numbers of each area code: eight digits in Harbin, Changchun and Jilin, seven in the others. */
    private static final Map<String, String> LOCAL = Map.of("0451", "[3568]\\d{7}", "0431", "[58]\\d{7}", "0432",
            "6\\d{7}", "0452", "2\\d{6}", "0453", "6\\d{6}", "0433", "[28]\\d{6}");
    private static final List<String> LANDLINES = landlines();
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, RUSSIA, JAPAN, KOREA, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String Y = "(193[6-9]|19[4-7]\\d|198[0-5])";
    private static final String YY = "(3[6-9]|[4-7]\\d|8[0-5])";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> CHINESE_DATES = List.of(Y + "年\\d{1,2}月\\d{1,2}日", Y + "-\\d{2}-\\d{2}",
            Y + "\\.\\d{2}\\.\\d{2}", Y + "/\\d{1,2}/\\d{1,2}", Y + "\\d{4}");
    private static final List<String> SHORT_DATES = List.of(YY + "年[1-9]\\d?月[1-9]\\d?日", YY + "年\\d{2}月\\d{2}日");
    private static final List<String> YEAR_MONTH = List.of(Y + "\\.\\d{2}", Y + "年\\d{1,2}月", Y + "-\\d{2}");
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " " + Y,
            MONTH + " \\d{1,2}, " + Y, "\\d{2}(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)" + Y,
            "\\d{2}-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-" + Y);
    private static final String CN_YY = "([三四五六七][〇一二三四五六七八九]|八[〇一二三四五])";
    private static final String CN_DAY = "[一二三四五六七八九十]{1,3}";
    private static final List<String> SPOKEN_DATES = List.of("一九" + CN_YY + "年" + CN_DAY + "月" + CN_DAY + "号",
            CN_YY + "年" + CN_DAY + "月" + CN_DAY);
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final List<String> LUNAR = List.of("农历" + Y + "年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历" + CN_YY + "年" + LUNAR_MONTH + LUNAR_DAY,
            "农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> BIRTH_DATES = Stream.of(CHINESE_DATES, SHORT_DATES, YEAR_MONTH, ENGLISH_DATES,
            SPOKEN_DATES, LUNAR).flatMap(List::stream).toList();
    private static final String RECORD = "(1[6-9]|2[0-5])[HC]\\d{6}|1\\d{6}|88\\d{10}|RT(1[89]|2[0-5])-?\\d{4}"
            + "|[黑吉](23|22)\\d{4}-20(1[6-9]|2[0-5])-\\d{5}";
    private static final String INSURANCE = "(ZG|JM)(2301|2302|2306|2201|2202|2224)\\d{8}"
            + "|HMB-(2301|2201)-2[1-5]-\\d{7}|HMB(2301|2201)2[1-5]\\d{7}";
    /** Where an address of the region starts: the province, the city, the district or county, the farm or the bureau. */
    private static final String PLACES = "(黑龙江省|吉林省|哈尔滨市|长春市|齐齐哈尔市|大庆市|牡丹江市|吉林市|延边朝鲜族自治州"
            + "|绥化市|四平市|双鸭山市|鹤岗市|鸡西市|佳木斯市|黑河市|伊春市|大兴安岭地区|白山市"
            + "|南岗区|道里区|道外区|香坊区|平房区|朝阳区|南关区|绿园区|二道区|富拉尔基区|让胡路区|爱民区|船营区|延吉市|五常市|尚志市"
            + "|巴彦县|望奎县|富裕县|宁安市|榆树市|农安县|龙潭区|伊通满族自治县|龙井市|和龙市|图们市|友谊县|宝清县|萝北县|密山市|富锦市"
            + "|嫩江市|(友谊|八五三|宝泉岭|八五一一|二道河|尖山)农场|(铁力|双丰|塔河|临江|黄泥河|柴河)林业局)";
    private static final String HOME_ADDRESS = PLACES + "(\\S*(区|县|市|号|室|层|门|单元\\d+|\\d{3,4}|村|屯|窝堡|沟|组|镇|乡|街"
            + "|路|大道|管理区|作业站|作业区|林场))?";
    private static final String ABROAD = "俄罗斯\\S+号(\\d+室)?|日本国?\\S+(\\d+丁目\\d+番\\d+号|\\d+-\\d+-\\d+(-\\d{3})?)";
    private static final Pattern PHONE_FORM = anyOf(PHONES), BIRTH_FORM = anyOf(BIRTH_DATES);
    private static final Pattern RECORD_FORM = Pattern.compile(RECORD),
            INSURANCE_FORM = Pattern.compile(INSURANCE),
            ADDRESS_FORM = Pattern.compile(HOME_ADDRESS + "|" + ABROAD);
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("医生", "大夫", "主任", "教授", "护士长", "护士", "老师", "师傅",
            "姐", "哥", "大爷", "大娘", "叔", "婶", "工", "场长", "书记", "阿妈妮");
    private static final String RARE_SURNAMES = Blind59Templates.RARE_SURNAMES;
    /** The commonest surnames of the northeast. */
    private static final String COMMON_SURNAMES = "王李张刘于";
    /** The last older group this one was written against (58 is written alongside it). */
    private static final int LAST_OLDER = 57;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind59TemplatesTest::keepsPools).toList();
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

    private static List<String> landlines() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : LOCAL.entrySet()) {
            String code = e.getKey(), local = e.getValue();
            String split = local.replace("\\d{7}", "\\d{3} \\d{4}").replace("\\d{6}", "\\d{2} \\d{4}");
            out.addAll(List.of("\\(" + code + "\\)" + local, code + "-" + local, code + " " + split,
                    "\\+86 " + code.substring(1) + " " + local));
        }
        out.add("[3568]\\d{7}");
        return List.copyOf(out);
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "FS", "MS", "PG",
                "PK", "PO", "FO", "MO", "PY", "FY", "NY", "MY", "MH", "KN", "KH", "JN", "JR", "JH", "JE", "RU", "RL", "EG"));
        for (String m : List.of("MV", "MX", "MR", "MJ", "MK")) phi.put(m, EntityKind.PHONE);
        phi.put("IDV", EntityKind.ID_NUMBER);
        for (String r : List.of("RZ", "RM", "RT", "RC")) phi.put(r, EntityKind.MEDICAL_RECORD);
        phi.put("IP", EntityKind.INSURANCE);
        phi.put("IH", EntityKind.INSURANCE);
        for (String a : List.of("AF", "AR", "AJ")) phi.put(a, EntityKind.ADDRESS);
        for (String d : List.of("DOBS", "DOBM", "DOBE", "DOBV", "DOBL")) phi.put(d, EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "PG", "PO", "FO", "PY", "FY",
                "NY", "N", "NS", "MN", "MH", "KN", "E", "ES", "ID", "M", "MV", "MJ", "MR", "L", "RZ", "RM", "RT", "RC",
                "IP", "IH", "B", "A", "A0", "AF", "DOB", "DOBS", "DOBE"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("PK", "MO", "MY", "MK", "KH", "JR", "DOBM", "DOBV"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("MS", "JN", "JH", "JE", "RU", "RL", "EG", "E2", "MX", "IDV", "I", "AR",
                "AJ", "DOBL"));
        // About a sixth in English: at least a seventh, at most a fifth (JSON exports and tables are mostly Latin too).
        long latin = T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count();
        assertThat(latin * 7).as("at least a seventh in Latin script").isGreaterThanOrEqualTo(T.size());
        assertThat(latin * 5).as("at most a fifth in Latin script").isLessThanOrEqualTo(T.size());
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(20L, 36L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 80, JSON, 8, OCR, 9, VOICE, 9, WECHAT, 16, SMS, 8,
                EMAIL, 6, TABLES, 15));
        assertThat(count("\\|.*\\|.*\\|")).as("pipe and markdown tables").isGreaterThanOrEqualTo(8);
        assertThat(count("入院|出院|病程|交班|Admission|转诊|上转")).as("admissions and ward notes")
                .isGreaterThanOrEqualTo(10);
        assertThat(count("日间|化疗|chemo")).as("chemotherapy day ward").isGreaterThanOrEqualTo(12);
        assertThat(count("放疗|RT ID|Radiotherapy|SBRT|后装")).as("radiotherapy plans and fraction logs")
                .isGreaterThanOrEqualTo(10);
        assertThat(count("MDT|tumour board|Tumour board|会诊")).as("tumour boards").isGreaterThanOrEqualTo(8);
        assertThat(count("病理|基因|Genomic|遗传|样本")).as("pathology and genetic tests").isGreaterThanOrEqualTo(9);
        assertThat(count("受试者|筛选|Subject|Screening No|protocol|SL-\\d|CRC")).as("clinical trials")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("登记号|登 记 号|Registry no|registryNo")).as("cancer registry").isGreaterThanOrEqualTo(5);
        assertThat(count("安宁|疼痛|NRS|Palliative|Pain|palliative|哀伤|麻醉药品")).as("hospice and pain")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("援助|赠药|assistance")).as("charity drug assistance").isGreaterThanOrEqualTo(7);
        assertThat(count("惠民保")).as("惠民保 claims").isGreaterThanOrEqualTo(6);
        assertThat(count("朝鲜族|조선족|Korean|Seoul")).as("Korean-Chinese families").isGreaterThanOrEqualTo(8);
        assertThat(count("满族")).as("Manchu families").isGreaterThanOrEqualTo(4);
        assertThat(count("俄罗斯|Vladivostok|Russia")).as("relatives in Russia").isGreaterThanOrEqualTo(4);
        assertThat(count("日本|东京|Japan|Chiba")).as("relatives in Japan").isGreaterThanOrEqualTo(5);
        assertThat(count("农场|林场|林业局|管理区|forest")).as("state farms and forest farms").isGreaterThanOrEqualTo(8);
        assertThat(count("退休|一汽|一重|大庆|retired")).as("retired workers of the state enterprises")
                .isGreaterThanOrEqualTo(8);
        for (String word : List.of("咋整", "整", "嘎哈", "唠嗑", "贼", "老妹儿", "大兄弟", "嗯呐", "闹心", "杠杠的", "好使")) {
            assertThat(count(word)).as("dialect word " + word).isPositive();
        }
        assertThat(count("咋|整|嘎哈|唠|贼|老妹儿|大兄弟|嗯呐|闹心|杠杠|好使|瞅|犟")).as("Dongbei speech")
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind59Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind59TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        rejected.add(reject(EntityKind.NAME, "이순신", "a Hangul name from outside the pools"));
        for (String kin : List.of("老妹儿", "大兄弟", "大姐", "大哥", "老伴儿", "老爷子", "老太太", "闺女", "姑父", "阿妈妮", "어머니",
                "护士长", "场长", "书记", "CRC")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, dialect word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "230103560230123", "a 15-digit number born on 30 February"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0451-5551234", "seven digits on 0451"),
                reject(EntityKind.PHONE, "0452-26271234", "eight digits on 0452"),
                reject(EntityKind.PHONE, "+44 7911 123456", "a country none of the families is in"),
                reject(EntityKind.BIRTH_DATE, "2019-03-12", "a child's birth date, not a patient's"),
                reject(EntityKind.BIRTH_DATE, "12 marzo 1956", "an Italian month"),
                reject(EntityKind.MEDICAL_RECORD, "P2024-11873", "a pathology number"),
                reject(EntityKind.MEDICAL_RECORD, "S01-0387", "a screening number"),
                reject(EntityKind.MEDICAL_RECORD, "黑110101-2024-00387", "a registry number of elsewhere"),
                reject(EntityKind.INSURANCE, "LP24110587", "a claim number"),
                reject(EntityKind.INSURANCE, "BSHS-2024-HL-0387", "a charity application number"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address outside the northeast")));
        CheckRejections.checkRejections(T, "肿瘤内科入院记录", 8, SEED, PHI, Blind59TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("依凤祥")).isEqualTo("依");
        assertThat(PoolNameForms.addressedGivenName("依凤祥")).isEqualTo("凤祥");
        assertThat(PoolNameForms.addressedGivenName("满月")).isEqualTo("满月");
        assertThat(Blind59Templates.pinyinOf("依凤祥")).isEqualTo("Yi Fengxiang");
        assertThat(Blind59Templates.fullNameOf("Fengxiang Yi")).isEqualTo("依凤祥");
        assertThat(Blind59Templates.fullNameOf("PIAO YINGZHU")).isEqualTo("朴英洙");
        assertThat(Blind59Templates.fullNameOf("박영수")).isEqualTo("朴英洙");
        assertThat(Blind59Templates.hangulOf("李春燮")).isEqualTo("리춘섭");
        assertThat(Blind59Templates.marriedName("刘雅芹")).endsWith("雅芹").hasSize(4);
        assertThat(Blind59Templates.fullNameOf(Blind59Templates.marriedName("刘雅芹"))).isNotNull();
        assertThat(Blind59Templates.marriedRomajiForms("刘雅芹")).allMatch(v -> v.contains("Yaqin"));
        assertThat(Blind59Templates.husbandNames()).contains(Blind59Templates.husbandOf("刘雅芹"));
        assertThat(Blind59Templates.fullNameOf("Irina Savchenko")).isEqualTo("Ирина Савченко");
        assertThat(Blind59Templates.fullNameOf("凤祥")).isNull();
        assertThat(Blind59Templates.isPoolName("凤祥")).isTrue();
        assertThat(Blind59Templates.isPoolName("琴")).isTrue();
        assertThat(Blind59Templates.ganzhi(1956)).isEqualTo("丙申");
        assertThat(Blind59Templates.ganzhi(1984)).isEqualTo("甲子");
        // Pinyin forms are the record's patient (PY) and relative (FY); MY, MH, MS and MO the Korean-Chinese patient.
        int pinyin = 0, korean = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            boolean chinese = slots.contains("P") && slots.contains("PY") || slots.contains("F") && slots.contains("FY");
            boolean minority = slots.contains("MN") || Stream.of("MY", "MH").filter(slots::contains).count() == 2;
            if (!chinese && !minority) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(20)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    for (String[] pair : List.of(new String[] {"P", "PY"}, new String[] {"F", "FY"})) {
                        if (!slots.contains(pair[0]) || !slots.contains(pair[1])) continue;
                        assertThat(Blind59Templates.fullNameOf(values.get(k + slots.indexOf(pair[1])))).as(r.text())
                                .isEqualTo(values.get(k + slots.indexOf(pair[0])));
                        pinyin++;
                    }
                    List<String> forms = Stream.of("MN", "MY", "MH", "MO").filter(slots::contains).toList();
                    if (forms.size() < 2 && !slots.contains("MS")) continue;
                    String first = Blind59Templates.fullNameOf(values.get(k + slots.indexOf(forms.get(0))));
                    for (String s : forms) {
                        assertThat(Blind59Templates.fullNameOf(values.get(k + slots.indexOf(s)))).as(r.text())
                                .isEqualTo(first);
                        korean++;
                    }
                    if (slots.contains("MS")) {
                        assertThat(values.get(k + slots.indexOf("MS"))).as(r.text())
                                .isEqualTo(PoolNameForms.surnameOf(first));
                        korean++;
                    }
                }
            }
        }
        assertThat(pinyin).isGreaterThan(20);
        assertThat(korean).isGreaterThan(40);
        // A married name in Japan (JN, JR) and the husband (JH) are the record's relative's (F).
        int japanese = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("F") || Stream.of("JN", "JR", "JH").noneMatch(slots::contains)) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(20)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    String f = values.get(k + slots.indexOf("F"));
                    if (slots.contains("JN")) {
                        assertThat(values.get(k + slots.indexOf("JN"))).as(r.text())
                                .isEqualTo(Blind59Templates.marriedName(f));
                        japanese++;
                    }
                    if (slots.contains("JR")) {
                        assertThat(Blind59Templates.marriedRomajiForms(f)).as(r.text())
                                .contains(values.get(k + slots.indexOf("JR")));
                        japanese++;
                    }
                    if (slots.contains("JH")) {
                        assertThat(values.get(k + slots.indexOf("JH"))).as(r.text())
                                .isEqualTo(Blind59Templates.husbandOf(f));
                        japanese++;
                    }
                }
            }
        }
        assertThat(japanese).isGreaterThan(20);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        List<String> surnamed = Stream.concat(Blind59Templates.chineseNames().stream(),
                Blind59Templates.minorityNames().stream()).toList();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(surnamed, PREFIXES, HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr").doesNotStartWith("Mr").doesNotStartWith("Ms")
                            .doesNotEndWith("医生").doesNotEndWith("大夫").doesNotEndWith("主任").doesNotEndWith("教授")
                            .doesNotEndWith("护士").doesNotEndWith("护士长").doesNotEndWith("老师").doesNotEndWith("师傅")
                            .doesNotEndWith("姐").doesNotEndWith("哥").doesNotEndWith("大爷").doesNotEndWith("大娘")
                            .doesNotEndWith("叔").doesNotEndWith("婶").doesNotEndWith("场长").doesNotEndWith("书记")
                            .doesNotEndWith("阿妈妮").doesNotEndWith("님").doesNotEndWith("他妈").doesNotEndWith("様")
                            .doesNotStartWith("患者").doesNotStartWith("家属").doesNotStartWith("老妹儿")
                            .doesNotStartWith("大兄弟");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 0, "X医生, X大夫, X护士长 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0, korean = 0;
        for (LabelledRecord r : records()) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin) || v.matches(".*\\p{IsCyrillic}.*")) continue;
                assertThat(Blind59Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,2}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
                if (Blind59Templates.minorityNames().contains(v.replaceAll("[ \n\u3000]", ""))) korean++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(korean).as("Korean-Chinese names scanned").isPositive();
        assertThat(Blind59Templates.isScannedName("依\n凤祥")).isTrue();
        assertThat(Blind59Templates.isScannedName("满 月")).isTrue();
        assertThat(Blind59Templates.isScannedName("朴　英　洙")).isTrue();
        assertThat(Blind59Templates.isScannedName("依凤祥")).isFalse();
        assertThat(Blind59Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        Map<EntityKind, Set<String>> values = valuesByKind();
        Set<String> ids = values.get(EntityKind.ID_NUMBER);
        ids.forEach(Blind59TemplatesTest::checkIdentity);
        TemplateChecks.checkEveryFormOccurs("identity number form", List.of("\\d{17}[\\dX]", "\\d{17}x",
                "\\d{6} \\d{8} \\d{3}[\\dX]", "\\d{6}-\\d{8}-\\d{3}[\\dX]", "\\d{15}", "[幺一零二三四五六七八九叉]{18}",
                "\\S{6} \\S{8} \\S{4}", ".*叉", ".*幺.*"), ids);
        for (String province : List.of("23", "22", "2224")) {
            assertThat(ids.stream().filter(v -> v.startsWith(province)).count()).as("issued in " + province)
                    .isGreaterThan(province.length() == 2 ? 150 : 10);
        }
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
        TemplateChecks.checkEveryFormOccurs("record form", List.of("\\d{2}H\\d{6}", "\\d{2}C\\d{6}", "1\\d{6}",
                "88\\d{10}", "RT\\d{6}", "RT\\d{2}-\\d{4}", "黑23.*", "吉22.*", "吉2224.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("ZG\\d{12}", "JM\\d{12}", "..2224\\d{8}",
                "HMB-2301-.*", "HMB-2201-.*", "HMB\\d{13}"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*栋\\d单元\\d+层\\d号", ".*号\\d单元\\d{3,4}室",
                ".*一汽\\d+街区\\d+栋\\d门\\d{3,4}", ".*(家属区|生活区)\\d+栋\\d单元\\d{3,4}", ".*村[^\\d组]*屯", ".*屯\\d+号",
                ".*窝堡.*", ".*村\\d+组", ".*村\\d+组\\d+号", ".*朝鲜族乡.*", ".*满族镇.*", ".*管理区\\d+作业站",
                ".*管理区\\d+作业站\\d+号", ".*第[一二三四五六七八九]管理区.*", ".*\\d管理区.*", ".*管理区第\\d+作业区",
                ".*场部居民区\\d+栋\\d单元\\d{3}", ".*林场\\d委\\d+组", ".*家属区\\d+排\\d+号", ".*林场第\\d作业区",
                ".*林场\\d+号楼\\d单元\\d{3}", ".*[区县市]", ".*(街|路|大道)", ".*(街|路|大道)\\d+号", ".*[镇乡]", ".*村",
                ".*管理区", ".*林场", "黑龙江省.*", "吉林省.*", "哈尔滨市.*", "长春市.*", "延边朝鲜族自治州.*", "伊春市.*",
                "俄罗斯.*号", "俄罗斯.*室", "日本.*丁目\\d+番\\d+号", "日本国.*", "日本.*\\d+-\\d+-\\d+",
                "日本.*\\d+-\\d+-\\d+-\\d{3}"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Pathology, specimen, sample, tube, block, report, source and lot numbers.
                "P2024-11873", "S24-058713-02", "GR-HRB-2411-0387", "NGS24F05871", "FMI-CN-2024-11-0587", "7731208845",
                "GC24-0387-01", "NA-24-1187", "P2024-12006", "NGS24F05902", "GR-HRB-2411-0412", "B24-3317",
                "IR-23-1106", "FT2409066", "DX2405117",
                // Plans, machines, chairs, beds and visit numbers.
                "C1_Eso_VMAT_v2", "LBr_PMRT_v1", "TrueBeam 3号机", "Halcyon-2", "椅位12", "日间1床", "HV-0387-04",
                // Protocol, subject, screening and randomisation numbers and the subjects' initials.
                "SL-LC-2023-017", "SL-GC-2024-003", "S01-0387", "S02-0114", "01-0387", "01-0391", "02-0115", "R0154",
                "WZS", "LGZ", "W-Z-S", "L-G-Z", "J-S-H", "Q-F-C",
                // Claims, charity applications, certificates, hotlines, passports, visas and permits.
                "LP24110587", "LP24120213", "BSHS-2024-HL-0387", "BSHS-2024-JL-0112", "230184-DB-0387", "4008-226-118",
                "EK4418207", "RU2478811", "25-1187643", "EJ5513098",
                // Amounts, doses and scores.
                "38,640.52元", "26,980.00元", "12,406.80元", "2,350 CNY", "18600.00", "PPS 30%", "TPS 30%", "50.4Gy/28F",
                "NRS 4分",
                // Hospitals, enterprises, programmes, insurers, platforms and banners.
                "松辽肿瘤医院", "Songliao Cancer Hospital", "五常市人民医院", "农安县人民医院", "巴彦县人民医院", "伊通满族自治县医院",
                "冰城惠民保", "春城惠民保", "白山黑水肿瘤患者用药援助项目", "哈尔滨锅炉厂", "大庆油田第四采油厂",
                "八五三农场社区卫生服务中心", "暖心筹", "镶黄旗", "Ethnic group: Han",
                // Kin words, roles, dialect and Korean words.
                "老妹儿", "大兄弟", "大姐", "大哥", "老伴儿", "老爷子", "老太太", "闺女", "姑父", "阿妈妮", "咋整", "嘎哈", "唠嗑", "贼",
                "嗯呐", "闹心", "杠杠的", "好使", "大饼子", "어머니", "선생님", "항암",
                // Words beginning with one of the pools' surnames.
                "关系", "初步", "宫颈", "白细胞", "常规", "金额", "高级别", "严重", "韩国", "片子", "衣服", "那块"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        Set<String> values = new HashSet<>(), fullNames = new HashSet<>();
        List<String> checked = checkedNames();
        Map<String, List<String>> latinWords = new HashMap<>();
        for (String n : checked) {
            if (n.codePoints().anyMatch(TemplateChecks::isLatin)) latinWords.put(n, List.of(n.split(" ")));
        }
        for (LabelledRecord r : records()) {
            TemplateChecks.checkSpans(r, Blind59TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                if (s.kind() != EntityKind.NAME) continue;
                String v = s.in(r.text());
                values.add(v);
                if (Blind59Templates.fullNameOf(v) != null) fullNames.add(Blind59Templates.fullNameOf(v));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, standingIn(r.text(), checked, latinWords));
        }
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind59Templates.chineseNames());
        assertThat(fullNames).as("every Korean-Chinese name is drawn").containsAll(Blind59Templates.minorityNames());
        assertThat(values).as("every Hangul name is written").containsAll(Blind59Templates.hangulNames());
        assertThat(values).as("every Japanese husband in characters").containsAll(Blind59Templates.husbandNames());
        for (String family : Blind59Templates.japaneseFamilies()) {
            assertThat(values).as("a married name on " + family).anyMatch(v -> v.startsWith(family)
                    && Blind59Templates.marriedNames().contains(v));
        }
        assertThat(values).as("every Russian name in Cyrillic").containsAll(Blind59Templates.cyrillicNames());
        assertThat(values).as("every Russian name in Latin letters").containsAll(Blind59Templates.russianLatinNames());
        assertThat(values).as("every pet name is drawn").containsAll(Blind59Templates.nicknames());
        assertThat(values).as("every foreign expert is drawn").containsAll(Blind59Templates.fullForms());
        assertThat(values).as("rōmaji in both orders")
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+") && Blind59Templates.romajiForms().contains(v))
                .anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z]+") && Blind59Templates.romajiForms().contains(v));
        assertThat(values).as("pinyin in every written form").anyMatch(v -> v.matches("[A-Z]+ [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z]+"));
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind59Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind59Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind59Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, NS, PS, MS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind59Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind59Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(130).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{2,3}"));
        assertThat(Blind59Templates.NAMES).allMatch(e -> e.matches("\\p{IsHan}{2,3}\\|[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind59Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 3).as("the commonest surnames of the northeast carry a third or more")
                .isGreaterThanOrEqualTo(chinese.size());
        long manchu = chinese.stream().filter(n -> "关那佟富赫钮索依".indexOf(n.charAt(0)) >= 0).count();
        assertThat(manchu).as("Manchu family names").isGreaterThanOrEqualTo(8);
        List<String> minority = Blind59Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{3}")).doesNotContainAnyElementsOf(chinese);
        assertThat(Blind59Templates.KOREAN).allMatch(k -> k.matches("\\p{IsHan}{3}\\|[A-Z][a-z]+ [A-Z][a-z]+\\|\\p{IsHangul}{3}"));
        assertThat(Blind59Templates.hangulNames()).doesNotHaveDuplicates();
        assertThat(Blind59Templates.pinyinForms()).as("no two pool names share a pinyin form").doesNotHaveDuplicates();
        assertThat(Blind59Templates.husbandNames()).doesNotHaveDuplicates().allMatch(n -> n.matches("\\p{IsHan}{3,4}"))
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind59Templates.marriedNames()).allMatch(n -> n.matches("\\p{IsHan}{3,4}"))
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        assertThat(Blind59Templates.cyrillicNames()).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsCyrillic}+ \\p{IsCyrillic}+"));
        List<String> rareIn = Stream.concat(chinese.stream(), minority.stream()).map(PoolNameForms::surnameOf)
                .filter(RARE_SURNAMES::contains).distinct().toList();
        assertThat(rareIn).as("rare surnames in use").hasSize(RARE_SURNAMES.length());
        long rareChinese = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(rareChinese * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size())
                .isPositive();
        assertThat(Blind59Templates.nicknames()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> Stream.concat(chinese.stream(), minority.stream()).noneMatch(k::contains));
        assertThat(Blind59Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
        assertThat(Blind59Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind59Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        // Comparisons with the older groups name only this group's entries, by list and index.
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> han = Stream.of(chinese, minority, Blind59Templates.husbandNames(),
                Blind59Templates.marriedNames()).flatMap(List::stream).toList();
        List<String> clashes = TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, han, minority,
                Blind59Templates.englishSurnames().toList(), Blind59Templates.englishGivenNames().toList());
        assertThat(clashes.stream().map(c -> c.substring(0, c.indexOf(": ")) + " " + where(c.substring(c.indexOf(": ") + 2)))
                .toList())
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind59Templates.hangulNames(), Blind59Templates.husbandNames(),
                        Blind59Templates.marriedNames(), Blind59Templates.japaneseFamilies(),
                        Blind59Templates.cyrillicNames(), Blind59Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains).map(Blind59TemplatesTest::where).toList())
                .as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind59Templates.fullForms(), Blind59Templates.pinyinForms(),
                        Blind59Templates.romajiForms(), Blind59Templates.russianLatinNames(),
                        Blind59Templates.englishGivenNames().toList(), Blind59Templates.englishSurnames().toList())
                .flatMap(List::stream)
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))).map(Blind59TemplatesTest::where).toList())
                .as("Latin names an older list keeps, in any case or order").isEmpty();
        // Only the surname characters are compared, so that no older pool name is printed here.
        Set<Character> olderSurnameChars = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) {
            for (String n : TemplateChecks.list(c, "CHINESE")) olderSurnameChars.add(n.charAt(0));
            for (String n : TemplateChecks.list(c, "MINORITY")) if (!n.isEmpty()) olderSurnameChars.add(n.charAt(0));
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
        assertThat(Blind59Templates.nicknames().stream().filter(olderNicknames::contains)
                .map(Blind59TemplatesTest::where).toList()).as("nicknames that are not new").isEmpty();
        assertThat(Blind59Templates.areaCodes()).as("codes of Heilongjiang and Jilin only")
                .allMatch(a -> a.matches("(23|22)\\d{4}")).doesNotHaveDuplicates();
    }

    /** Where an entry of this group's pools stands (list and index), so that no older name is printed. */
    private static String where(String name) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("CHINESE", Blind59Templates.chineseNames());
        lists.put("KOREAN", Blind59Templates.minorityNames());
        lists.put("HANGUL", Blind59Templates.hangulNames());
        lists.put("HUSBANDS", Blind59Templates.husbandNames());
        lists.put("MARRIED", Blind59Templates.marriedNames());
        lists.put("JAPANESE_FAMILIES", Blind59Templates.japaneseFamilies());
        lists.put("CYRILLIC", Blind59Templates.cyrillicNames());
        lists.put("NICKNAMES", Blind59Templates.nicknames());
        lists.put("ENGLISH_FULL", Blind59Templates.fullForms());
        lists.put("LATIN_FAMILY", Blind59Templates.englishSurnames().toList());
        lists.put("LATIN_GIVEN", Blind59Templates.englishGivenNames().toList());
        lists.put("ROMAJI_FORMS", Blind59Templates.romajiForms());
        lists.put("RUSSIAN_LATIN", Blind59Templates.russianLatinNames());
        lists.put("PINYIN_FORMS", Blind59Templates.pinyinForms());
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            int i = e.getValue().indexOf(name);
            if (i >= 0) return e.getKey() + "#" + i;
        }
        return "an entry not found in this group's lists";
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, Korean-Chinese, Hangul, Japanese and
     * Cyrillic names, pet names, pinyin, rōmaji and Latin Russian forms, the foreign experts in full, and Latin given and
     * family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind59Templates.chineseNames().stream(), Blind59Templates.minorityNames().stream(),
                        Blind59Templates.hangulNames().stream(), Blind59Templates.husbandNames().stream(),
                        Blind59Templates.marriedNames().stream(),
                        Blind59Templates.cyrillicNames().stream(), Blind59Templates.nicknames().stream(),
                        Blind59Templates.pinyinForms().stream(), Blind59Templates.romajiForms().stream(),
                        Blind59Templates.russianLatinNames().stream(), Blind59Templates.fullForms().stream(),
                        Blind59Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind59Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    /**
     * The names of {@code names} that may stand in {@code text}: a non-Latin name when the text contains it, a Latin
     * name when the text has each of its words; the exact check then runs on these only, so that it stays fast.
     */
    private static List<String> standingIn(String text, List<String> names, Map<String, List<String>> latinWords) {
        Set<String> words = new HashSet<>(List.of(text.split("[^A-Za-z]+")));
        List<String> out = new ArrayList<>();
        for (String name : names) {
            List<String> nameWords = latinWords.get(name);
            if (nameWords == null ? text.contains(name) : words.containsAll(nameWords)) out.add(name);
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

    /** An ID read aloud, back to its digits: 幺 and 一 are one, 零 nought, 叉 X; blanks go. */
    private static String digitsOf(String spoken) {
        StringBuilder b = new StringBuilder();
        for (char c : spoken.replace(" ", "").toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            b.append(c == '幺' ? '1' : c == '叉' ? 'X' : d >= 0 ? (char) ('0' + d) : c);
        }
        return b.toString();
    }

    private static void checkIdentity(String v) {
        String written = v.matches("[幺一零二三四五六七八九叉 ]+") ? digitsOf(v) : v;
        if (!written.equals(v)) {
            assertThat(v).as("an ID read aloud says the one one way: " + v)
                    .matches(s -> !(s.contains("幺") && s.contains("一")));
            assertThat(v).as("read aloud run on or 6-8-4: " + v).matches("\\S{18}|\\S{6} \\S{8} \\S{4}");
        }
        TemplateChecks.checkWrittenResidentId(written,
                "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]", Blind59Templates.areaCodes());
        if (written.length() == 15) {
            assertThat(Integer.parseInt(written.substring(6, 8))).as("born 1930 to 1955: " + v).isBetween(30, 55);
            return;
        }
        int year = Integer.parseInt(written.replaceAll("[- ]", "").substring(6, 10));
        assertThat(year).as("born 1936 to 2002: " + v).isBetween(1936, 2002);
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind59Templates.isPoolName(value)).as("name from the BLIND_59 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONE_FORM.matcher(value).matches()).as("phone " + value).isTrue();
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD_FORM);
                if (value.startsWith("黑") || value.startsWith("吉")) {
                    assertThat(Blind59Templates.areaCodes()).as("county code of " + value)
                            .contains(value.substring(1, 7));
                    assertThat(value.charAt(0) == '黑').as("province character of " + value)
                            .isEqualTo(value.startsWith("黑23"));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE_FORM);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_FORM.matcher(value).matches()).as("birth date " + value).isTrue();
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS_FORM);
        }
    }
}

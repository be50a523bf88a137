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
 * Well-formedness of the fifty-sixth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says (and the
 * check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word, dialect word or role, and
 * identifiers of elsewhere), every pool name turns up (Hui, Salar, Dongxiang, Bao'an, Tu and Han names in characters
 * and pinyin, Muslim villagers in characters, by their religious names and in pinyin, Tibetan names in characters and
 * English spelling, nicknames, foreign NGO staff), forms of address (老X, 尕X, X队长, X支书, X大夫, X医生, X主任, X阿訇,
 * X老师, X护士长, X会计, X师傅, X阿爷) label the surname only and a given name used alone the given name, the pinyin forms
 * are the record's patient and the religious names the record's Muslim villager, OCR'd names broken by a line break or
 * blanks are one span, a child known by a parent labels the parent, resident identity numbers (also with a lower-case
 * x, 6-8-4 by blanks or hyphens, or read aloud in numerals) carry a valid GB 11643 check character and a code of Linxia,
 * Haidong, Lanzhou, Xining or the rescuers' provinces, 15-digit numbers a valid birth date, bank cards a valid Luhn
 * digit, the phone forms (spoken, +86, satellite, abroad, 0930, 0972 and 0931 with and without the code), record,
 * insurance, address and birth-date forms (Chinese, year and month, lunar, English, a newborn's) the group promises do
 * occur, the decoys (tags, tents, plates, aircraft, passports, platform IDs, student numbers, receipts, policies,
 * claims, certificates, lots, magnitudes, coordinates, scores, amounts, organisations, kin words, roles and dialect
 * words, words beginning with a pool surname) stand in the text and are never labelled, the generator is deterministic
 * by seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new. No de-identifier is
 * run here: the group stays blind until it is measured once. Failure messages about older groups name only this
 * group's entries, by index.
 */
class Blind56TemplatesTest {
    private static final List<String> T = Blind56Templates.BLIND_56;
    private static final long SEED = Blind56Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 1600;
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}", "\\+86-1[3-9]\\d-\\d{4}-\\d{4}");
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> SATELLITE = List.of("1740[0-5]\\d{6}", "174 0[0-5]\\d{2} \\d{4}");
    private static final List<String> ABROAD = List.of("\\+47 [49]\\d{2} \\d{2} \\d{3}",
            "\\+41 7[6-9] \\d{3} \\d{2} \\d{2}", "\\+81 [89]0-\\d{4}-\\d{4}", "\\+977 98\\d{8}",
            "\\+90 5\\d{2} \\d{3} \\d{2} \\d{2}", "\\+60 1\\d-\\d{3} \\d{4}", "\\+98 9\\d{2} \\d{3} \\d{4}",
            "\\+43 6\\d{2} \\d{7}", "\\+1 \\((416|514|604)\\) \\d{3}-\\d{4}");
    private static final List<String> LANDLINES = landlines();
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, SATELLITE, ABROAD, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String Y = "(19[3-9]\\d|20[01]\\d|202[0-5])";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> CHINESE_DATES = List.of(Y + "年\\d{1,2}月\\d{1,2}日", Y + "-\\d{2}-\\d{2}",
            Y + "\\.\\d{1,2}\\.\\d{1,2}", Y + "/\\d{1,2}/\\d{1,2}", Y + "\\d{4}");
    private static final List<String> YEAR_MONTH = List.of(Y + "年\\d{1,2}月", Y + "\\.\\d{2}");
    private static final List<String> LUNAR = List.of("19[3-6]\\d年" + lunarMonthDay(),
            "[三四五六][〇一二三四五六七八九]年" + lunarMonthDay());
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " " + Y,
            MONTH + " \\d{1,2}, " + Y, "\\d{2}/\\d{2}/" + Y);
    private static final List<String> NEWBORN = List.of("202[3-5]年\\d{1,2}月\\d{1,2}日", "202[3-5]-\\d{2}-\\d{2}",
            "202[3-5]\\.\\d{1,2}\\.\\d{1,2}", "\\d{1,2} " + MONTH + " 202[3-5]", MONTH + " \\d{1,2}, 202[3-5]");
    private static final List<String> BIRTH_DATES = Stream.of(CHINESE_DATES, YEAR_MONTH, LUNAR, ENGLISH_DATES)
            .flatMap(List::stream).toList();
    private static final String RECORD = "[3-5]\\d{7}|YZ[1-3]-\\d{4}|JSS\\d{6}|MH\\d{7}";
    private static final String INSURANCE = "(6229|6302|6201|6301)\\d{8}|(622927|622926|622924|630222|630225|630224)"
            + "\\d{8}";
    private static final String COUNTY = "(积石山保安族东乡族撒拉族自治县|积石山县|民和回族土族自治县|民和县"
            + "|循化撒拉族自治县|循化县|临夏县|城关区|七里河区|临夏市|城东区)";
    private static final String TOWN = "(大河家镇|柳沟乡|刘集乡|石塬乡|吹麻滩镇|中川乡|官亭镇|杏儿乡|古鄯镇|街子镇"
            + "|积石镇|莲花镇|尹集镇)";
    private static final String ADDRESS = "(甘肃省|青海省)?(临夏回族自治州|海东市|兰州市|西宁市)?(" + COUNTY + TOWN + "?|"
            + TOWN + ")\\S*?(村|社|组|号|室|镇|乡|路|大街)";
    private static final List<String> PREFIXES = List.of("老", "尕");
    private static final List<String> HONORIFICS = List.of("队长", "支书", "大夫", "医生", "主任", "阿訇", "老师",
            "护士长", "会计", "师傅", "阿爷");
    private static final String RARE_SURNAMES = Blind56Templates.RARE_SURNAMES;
    /** The commonest surnames of the region. */
    private static final String COMMON_SURNAMES = "马韩王李张刘杨";
    /** The last older group this one was written against (55 and 57 are written alongside it). */
    private static final int LAST_OLDER = 54;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind56TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static String lunarMonthDay() {
        return "(正|二|三|四|五|六|七|八|九|十|冬|腊)月(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十"
                + "|廿[一二三四五六七八])";
    }

    private static List<String> landlines() {
        List<String> out = new ArrayList<>();
        for (String[] c : List.of(new String[] {"0930", "[67]\\d{6}"}, new String[] {"0972", "8\\d{6}"},
                new String[] {"0931", "[2-8]\\d{6}"})) {
            out.addAll(List.of("\\(" + c[0] + "\\)" + c[1], c[0] + " " + c[1],
                    "\\+86 " + c[0].substring(1) + " " + c[1], c[0] + "-" + c[1], c[0] + "－" + c[1]));
        }
        out.add("[2-8]\\d{6}");
        return List.copyOf(out);
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "FS", "MS", "PG",
                "PK", "PO", "PY", "NY", "MJ", "MY", "NM", "TB", "TE", "EG"));
        for (String p : List.of("MV", "MT", "MX")) phi.put(p, EntityKind.PHONE);
        for (String r : List.of("RZ", "RF", "RC")) phi.put(r, EntityKind.MEDICAL_RECORD);
        phi.put("IP", EntityKind.INSURANCE);
        phi.put("IC", EntityKind.INSURANCE);
        phi.put("IDV", EntityKind.ID_NUMBER);
        phi.put("IDR", EntityKind.ID_NUMBER);
        phi.put("AV", EntityKind.ADDRESS);
        for (String d : List.of("DOBM", "DOBL", "DOBE", "DOBN", "DOBNE", "DOBC")) phi.put(d, EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "NS", "PG", "PK", "PO", "PY", "N",
                "NY", "MN", "MJ", "NM", "TB", "E", "EG", "ID", "M", "MV", "MT", "MX", "L", "RZ", "RF", "RC", "B",
                "A", "A0", "DOB", "DOBE"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("PS", "ES", "E2", "TE", "I", "IP", "IC", "IDV", "DOBM",
                "DOBL"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 1, List.of("FS", "MS", "MY", "IDR", "AV", "DOBC", "DOBN",
                "DOBNE"));
        // About a seventh to a fifth start in English.
        long latin = T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count();
        assertThat(latin * 7).as("at least a seventh in Latin script").isGreaterThanOrEqualTo(T.size());
        assertThat(latin * 5).as("at most a fifth in Latin script").isLessThanOrEqualTo(T.size());
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(24L, 32L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 70, JSON, 5, OCR, 8, VOICE, 8, WECHAT, 14, SMS, 5,
                EMAIL, 4, TABLES, 20));
        assertThat(count("\\|.*\\|.*\\|")).as("pipe and markdown tables").isGreaterThanOrEqualTo(8);
        assertThat(count("检伤|伤票|START|Tag|红标|黄标")).as("triage").isGreaterThanOrEqualTo(6);
        assertThat(count("野战医院|帐篷医院|Field hospital|field hospital|收治号")).as("field hospital")
                .isGreaterThanOrEqualTo(10);
        assertThat(count("挤压|压埋|Crush|crush|截肢|amputation|fasciotomy|Fasciotomy")).as("crush and amputation")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("转运|救护车|直升机|Helicopter|helicopter|Transfer|转诊")).as("transfers")
                .isGreaterThanOrEqualTo(9);
        assertThat(count("寻亲|寻找人|tracing|被寻人|无人陪伴")).as("tracing and reunification")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("安置点|帐篷号|Shelter|shelter")).as("resettlement sites").isGreaterThanOrEqualTo(15);
        assertThat(count("救援队|消防救援|Rescue|志愿者|Volunteer|volunteer")).as("rescuers and volunteers")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("心理|Psychological|PFA")).as("psychological first aid").isGreaterThanOrEqualTo(4);
        assertThat(count("防疫|消杀|腹泻|流感|ILI|补种|一氧化碳|晨检")).as("epidemic prevention")
                .isGreaterThanOrEqualTo(6);
        assertThat(count("捐赠|Donation|Donor")).as("donations").isGreaterThanOrEqualTo(4);
        assertThat(count("救助金|抚慰金|Cash assistance|理赔|医保|合作医疗")).as("relief and insurance")
                .isGreaterThanOrEqualTo(9);
        assertThat(count("死亡|遇难|Death|deceased")).as("deaths").isGreaterThanOrEqualTo(5);
        assertThat(count("阿訇|经名|清真|教门|埋体|东乡|撒拉|保安族")).as("Muslim villagers").isGreaterThanOrEqualTo(8);
        assertThat(count("藏族|Tibetan|土族|黄南")).as("Tibetan and Tu").isGreaterThanOrEqualTo(4);
        assertThat(count("啥|咋|阿达|没麻达|胡都|攒劲|连手|尕娃|娃娃")).as("north-western speech")
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind56Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind56TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("阿大", "阿妈", "阿爷", "阿奶", "娃娃", "尕娃", "丫头", "老汉", "阿訇", "支书", "志愿者",
                "队长", "连手")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, dialect word or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "622927430230123", "a 15-digit number born on 30 February"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0930-12345678", "eight digits on 0930"),
                reject(EntityKind.PHONE, "0972-6123456", "a Haidong number not starting with 8"),
                reject(EntityKind.PHONE, "+47 12 34 56 78", "a Norwegian number that is not a mobile"),
                reject(EntityKind.BIRTH_DATE, "12 marzo 1956", "an Italian month"),
                reject(EntityKind.BIRTH_DATE, "2031-01-05", "a date after the earthquake"),
                reject(EntityKind.MEDICAL_RECORD, "JSS-R-0387", "a triage tag number"),
                reject(EntityKind.MEDICAL_RECORD, "YZ2-38712", "five digits on a field-hospital number"),
                reject(EntityKind.INSURANCE, "PHEB202362290000387", "a housing-insurance policy number"),
                reject(EntityKind.INSURANCE, "110100012345", "a medical-insurance number of elsewhere"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address outside the region")));
        CheckRejections.checkRejections(T, "伤员转运交接单（救护车）", 4, SEED, PHI, Blind56TemplatesTest::checkValue,
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
        assertThat(PoolNameForms.surnameOf("癿进财")).isEqualTo("癿");
        assertThat(PoolNameForms.addressedGivenName("马尕虎")).isEqualTo("尕虎");
        assertThat(PoolNameForms.addressedGivenName("祁连")).isEqualTo("祁连");
        assertThat(Blind56Templates.pinyinOf("喇尕三")).isEqualTo("La Gasan");
        assertThat(Blind56Templates.fullNameOf("Gasan La")).isEqualTo("喇尕三");
        assertThat(Blind56Templates.fullNameOf("LA Gasan")).isEqualTo("喇尕三");
        assertThat(Blind56Templates.religiousName("马全福")).isEqualTo("优素夫");
        assertThat(Blind56Templates.fullNameOf("优素夫")).isEqualTo("马全福");
        assertThat(Blind56Templates.fullNameOf("Ma Quanfu")).isEqualTo("马全福");
        assertThat(Blind56Templates.fullNameOf("Gendun")).isEqualTo("更登");
        assertThat(Blind56Templates.fullNameOf("尕虎")).isNull();
        assertThat(Blind56Templates.isPoolName("尕虎")).isTrue();
        assertThat(Blind56Templates.isPoolName("癿")).isTrue();
        assertThat(Blind56Templates.isPoolName("阿大")).isFalse();
        // The pinyin forms (PY) are the record's patient (P); the religious names and pinyin (MJ, MY) the record's
        // Muslim villager (MN).
        int pinyin = 0, muslim = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            boolean patient = slots.contains("P") && slots.contains("PY");
            boolean villager = slots.contains("MN") && Stream.of("MJ", "MY").anyMatch(slots::contains);
            if (!patient && !villager) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    if (patient) {
                        assertThat(Blind56Templates.fullNameOf(values.get(k + slots.indexOf("PY")))).as(r.text())
                                .isEqualTo(values.get(k + slots.indexOf("P")));
                        pinyin++;
                    }
                    if (villager) {
                        String mn = values.get(k + slots.indexOf("MN"));
                        for (String s : List.of("MJ", "MY")) {
                            if (!slots.contains(s)) continue;
                            assertThat(Blind56Templates.fullNameOf(values.get(k + slots.indexOf(s)))).as(r.text())
                                    .isEqualTo(mn);
                            muslim++;
                        }
                    }
                }
            }
        }
        assertThat(pinyin).isGreaterThan(20);
        assertThat(muslim).isGreaterThan(60);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        List<String> surnamed = Stream.concat(Blind56Templates.chineseNames().stream(),
                Blind56Templates.minorityNames().stream()).toList();
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(surnamed, PREFIXES, HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Dr.").doesNotStartWith("老")
                            .doesNotEndWith("队长").doesNotEndWith("支书").doesNotEndWith("大夫").doesNotEndWith("医生")
                            .doesNotEndWith("主任").doesNotEndWith("阿訇").doesNotEndWith("老师").doesNotEndWith("会计")
                            .doesNotEndWith("师傅").doesNotEndWith("阿爷").doesNotEndWith("老汉").doesNotEndWith("家")
                            .doesNotEndWith("之女").doesNotStartWith("志愿者").doesNotStartWith("护士");
                    if (!Blind56Templates.nicknames().contains(v)) forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 尕X", 10, "X队长, X支书, X大夫 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind56Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,3}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(5);
        assertThat(Blind56Templates.isScannedName("癿\n进财")).isTrue();
        assertThat(Blind56Templates.isScannedName("祁 连")).isTrue();
        assertThat(Blind56Templates.isScannedName("癿进财")).isFalse();
        assertThat(Blind56Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aChildKnownByAParentLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("家的丫头", "家的尕娃", "之女")))
                .isGreaterThan(60);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> ids = values.get(EntityKind.ID_NUMBER);
        ids.forEach(Blind56TemplatesTest::checkIdentity);
        TemplateChecks.checkEveryFormOccurs("identity number form", List.of("\\d{17}[\\dX]", "\\d{17}x",
                "\\d{6} \\d{8} \\d{3}[\\dX]", "\\d{6}-\\d{8}-\\d{3}[\\dX]", "\\d{15}", "\\D{18}",
                "\\D{6} \\D{8} \\D{4}", ".*幺.*", ".*叉"), ids);
        for (String area : List.of("6229", "6302", "620", "630", "51", "61", "64", "50")) {
            assertThat(ids.stream().filter(v -> v.startsWith(area)).count()).as("issued in " + area).isPositive();
        }
        assertThat(ids.stream().filter(v -> v.startsWith("622927")).count()).as("Jishishan").isGreaterThan(40);
        assertThat(ids.stream().filter(v -> v.startsWith("630222")).count()).as("Minhe").isGreaterThan(40);
        Set<String> cards = values.get(EntityKind.BANK_CARD);
        cards.forEach(TemplateChecks::checkCardInFours);
        TemplateChecks.checkEveryFormOccurs("bank card form", List.of("\\d{16}", "\\d{19}", "(\\d{4} ){3}\\d{4}",
                "(\\d{4} ){4}\\d{3}", "(\\d{4}-){3}\\d{4}", "(\\d{4}-){4}\\d{3}"), cards);
    }

    @Test
    void rescuersCarryIdentityNumbersOfTheirHomeProvincesAndVillagersAVillage() {
        int rescuers = 0, villages = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("IDR") && !slots.contains("AV")) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(20)) {
                for (int k = 0; k < r.gold().size(); k++) {
                    String slot = slots.get(k % slots.size()), v = r.gold().get(k).in(r.text());
                    if (slot.equals("IDR")) {
                        assertThat(v).as("a rescuer's ID from Sichuan, Shaanxi, Ningxia or Chongqing")
                                .matches("(51|61|64|50)\\d{4}.*");
                        rescuers++;
                    }
                    if (slot.equals("AV")) {
                        assertThat(v).as("a village").endsWith("村");
                        villages++;
                    }
                }
            }
        }
        assertThat(rescuers).isGreaterThan(50);
        assertThat(villages).isGreaterThan(50);
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way")
                .noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("Linxia, Haidong and Lanzhou", List.of(".*0930.?6\\d{6}",
                ".*0930.?7\\d{6}", ".*\\+86 930 .*", ".*0972.*", ".*\\+86 972 .*", ".*0931.*"), phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("newborn birth date", NEWBORN, dates);
        TemplateChecks.checkEveryFormOccurs("lunar months", List.of(".*腊月.*", ".*冬月.*", ".*正月.*", ".*初.*",
                ".*廿.*"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("[3-5]\\d{7}", "YZ.*", "JSS.*", "MH.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("6229\\d{8}", "6302\\d{8}", "6201\\d{8}",
                "6301\\d{8}", "622927\\d{8}", "630222\\d{8}", "630225\\d{8}"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d社", ".*村[一二三四五六七八九]社",
                ".*村\\d组", ".*村[一二三四五六七八九]社\\d+号", ".*村\\d社\\d+号", ".*[镇乡]", ".*村",
                "甘肃省临夏回族自治州积石山保安族东乡族撒拉族自治县.*", "青海省海东市民和回族土族自治县.*",
                "临夏回族自治州.*", "海东市.*", "积石山县.*", "民和县.*", "循化县.*", "大河家镇.*", "中川乡.*",
                "甘肃省兰州市城关区.*", "兰州市.*", "临夏市.*", "西宁市城东区.*", ".*号楼\\d单元\\d{3,4}室", ".*路",
                ".*大街", ".*路\\d+号", ".*大街\\d+号"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Triage tags, tents, beds, plates, aircraft.
                "JSS-R-0387", "T-0412", "T-0413", "T-0415", "MH-Y-0215", "MH-G-0216", "MH-B-0217", "JSS-R-0391",
                "JSS-Y-0392", "JSS-R-0394", "伤票 0517", "A-12", "A-13", "A-14", "B-17", "B-18", "B-19", "C-05",
                "D-21", "3排8号", "C-01 to C-06", "6床", "9床", "甘N·12037", "甘N·20981", "青B·3K172", "青B·5J310",
                "B-7328",
                // Registration, tracing, household, case, receipt, policy, claim and certificate numbers, lots.
                "ZY-20231219-017", "XQ-0387", "XQ-0398", "UC-017", "RFL-CN-0387", "HH-0387", "HH-0388",
                "DR-2023-12-0387", "甘捐字（2023）第0038712号", "PHEB202362290000387", "RCL-2023-12-0417",
                "620000-2023-00417", "620000-2023-00421", "202311047", "J202310025",
                // Passports, platform user IDs, student numbers (decoys in this evaluation).
                "FJ2839174", "TS1837264", "U12873645", "38712654", "40291837", "wxid_jss0387", "20230415", "20230416",
                // Magnitude, coordinates, scores, lab values, amounts.
                "6.2级", "35.70°N、102.79°E", "CK 38,720 U/L", "血钾6.8mmol/L", "Apgar评分1分钟9分", "GCS 10",
                "COHb 28%", "3150g", "¥5,000.00", "CHF 2,000.00", "38,450.00", "12,870.00", "人民币伍万元", "壹仟捌佰元",
                // Organisations and sites.
                "陇原大学第一医院", "积石山县人民医院", "民和县人民医院", "临夏州人民医院", "大河家镇卫生院", "中川乡卫生院",
                "甘肃省慈善总会", "四川某消防救援支队", "宁夏回族自治区某救援队", "IFRC", "Swiss Red Cross",
                "Gansu Red Cross", "Longyuan University First Hospital", "积石山县抗震救灾指挥部", "积石山县民政局",
                "大河家镇第三安置点", "中川乡第一安置点",
                // Kin words, roles and dialect words.
                "阿大", "阿妈", "阿爷", "阿奶", "阿姐", "娃娃", "尕娃", "丫头", "老汉", "阿訇", "乡老", "支书", "志愿者",
                "啥", "咋", "阿达", "没麻达", "胡都", "攒劲", "连手", "搜救犬训导员", "医疗兵", "经名", "埋体", "教门",
                // Words beginning with one of the pool's surnames.
                "马上", "安置点", "喇叭", "虎口", "鲜血", "纳入", "陈旧性", "高危"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind56TemplatesTest::checkValue, checkedNames(), Blind56Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind56Templates.chineseNames());
        assertThat(values).as("every Muslim villager is drawn").containsAll(Blind56Templates.minorityNames());
        assertThat(values).as("every religious name is drawn").containsAll(Blind56Templates.religiousNames());
        assertThat(values).as("every Muslim villager's pinyin is drawn")
                .containsAll(Blind56Templates.muslimPinyinNames());
        assertThat(values).as("every Tibetan name is drawn").containsAll(Blind56Templates.tibetanNames());
        assertThat(values).as("every Tibetan name in English spelling is drawn")
                .containsAll(Blind56Templates.tibetanLatinNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind56Templates.nicknames());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind56Templates.fullForms());
        assertThat(values).as("pinyin in every written form").anyMatch(v -> v.matches("[A-Z]+ [A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+")).anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z]+"));
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind56Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind56Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind56Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone").anyMatch(v -> v.length() == 1
                && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind56Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind56Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind56Templates.NAMES).allMatch(e -> e.matches("\\p{IsHan}{2,4}\\|[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(Blind56Templates.pinyinForms()).doesNotHaveDuplicates();
        assertThat(Blind56Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the commonest surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 5).as("the local rare surnames are a minority").isLessThanOrEqualTo(chinese.size())
                .isPositive();
        List<String> minority = Blind56Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{3}")).doesNotContainAnyElementsOf(chinese);
        for (String n : minority) {
            assertThat(TemplateChecks.syntheticValuesCanGenerate(n)).as("SyntheticValues writes MINORITY#"
                    + minority.indexOf(n)).isFalse();
            assertThat(Blind56Templates.religiousName(n)).as(n).matches("\\p{IsHan}{2,4}");
            assertThat(Blind56Templates.muslimPinyin(n)).as(n).matches("[A-Z][a-z]+ [A-Z][a-z]+");
        }
        List<String> religious = Blind56Templates.religiousNames();
        assertThat(religious).doesNotHaveDuplicates();
        assertThat(religious.stream().filter(m -> Stream.concat(chinese.stream(), minority.stream())
                .anyMatch(n -> n.contains(m))).toList()).as("religious names inside a pool name").isEmpty();
        List<String> tibetan = Blind56Templates.tibetanNames();
        assertThat(tibetan).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind56Templates.tibetanLatinNames()).doesNotHaveDuplicates();
        assertThat(Blind56Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind56Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(16).doesNotHaveDuplicates();
        // Comparisons with the older groups name only this group's entries, by list and index.
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> clashes = TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese,
                Stream.concat(minority.stream(), tibetan.stream()).toList(),
                Blind56Templates.englishSurnames().toList(), Blind56Templates.englishGivenNames().toList());
        assertThat(clashes.stream().map(c -> where(c.substring(c.indexOf(": ") + 2))).toList())
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind56Templates.nicknames(), religious, tibetan)
                .flatMap(List::stream).filter(olderStrings::contains).map(Blind56TemplatesTest::where).toList())
                .as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind56Templates.fullForms(), Blind56Templates.pinyinForms(),
                        Blind56Templates.muslimPinyinNames(), Blind56Templates.tibetanLatinNames())
                .flatMap(List::stream)
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))).map(Blind56TemplatesTest::where).toList())
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
        assertThat(Blind56Templates.nicknames().stream().filter(olderNicknames::contains)
                .map(Blind56TemplatesTest::where).toList()).as("nicknames that are not new").isEmpty();
        assertThat(Blind56Templates.areaCodes()).as("codes of the region and the rescuers' provinces only")
                .allMatch(a -> a.matches("(6229|6302|6201|6301)\\d{2}|(51|61|64|50)\\d{4}")).doesNotHaveDuplicates();
    }

    /** Where an entry of this group's pools stands (list and index), so that no older name is printed. */
    private static String where(String name) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("CHINESE", Blind56Templates.chineseNames());
        lists.put("MINORITY", Blind56Templates.minorityNames());
        lists.put("RELIGIOUS", Blind56Templates.religiousNames());
        lists.put("MUSLIM_PINYIN", Blind56Templates.muslimPinyinNames());
        lists.put("TIBETAN", Blind56Templates.tibetanNames());
        lists.put("TIBETAN_LATIN", Blind56Templates.tibetanLatinNames());
        lists.put("NICKNAMES", Blind56Templates.nicknames());
        lists.put("ENGLISH_FULL", Blind56Templates.fullForms());
        lists.put("ENGLISH_FAMILY", Blind56Templates.englishSurnames().toList());
        lists.put("ENGLISH_GIVEN", Blind56Templates.englishGivenNames().toList());
        lists.put("PINYIN_FORMS", Blind56Templates.pinyinForms());
        for (Map.Entry<String, List<String>> e : lists.entrySet()) {
            int i = e.getValue().indexOf(name);
            if (i >= 0) return e.getKey() + "#" + i;
        }
        return "an entry not found in this group's lists";
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, Muslim and Tibetan names in every script
     * and spelling, religious names, nicknames, foreign names in full, and English given and family names of three
     * letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind56Templates.chineseNames().stream(), Blind56Templates.minorityNames().stream(),
                        Blind56Templates.religiousNames().stream(), Blind56Templates.muslimPinyinNames().stream(),
                        Blind56Templates.tibetanNames().stream(), Blind56Templates.tibetanLatinNames().stream(),
                        Blind56Templates.nicknames().stream(), Blind56Templates.fullForms().stream(),
                        Blind56Templates.pinyinForms().stream(),
                        Blind56Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind56Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    /** A spoken ID back in digits: 幺 and 一 one, 零 nought, 叉 X, blanks dropped. */
    private static String spokenDigits(String v) {
        StringBuilder b = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c == ' ') continue;
            if (c == '幺' || c == '一') b.append('1');
            else if (c == '零') b.append('0');
            else if (c == '叉') b.append('X');
            else b.append((char) ('0' + "〇一二三四五六七八九".indexOf(c)));
        }
        return b.toString();
    }

    private static void checkIdentity(String v) {
        if (v.matches("[幺一零二三四五六七八九叉 ]+")) {
            assertThat(v).as("spoken ID run on or 6-8-4").matches(".{18}|.{6} .{8} .{4}");
            assertThat(v.contains("幺") && v.contains("一")).as("the one said one way: " + v).isFalse();
            String id = spokenDigits(v);
            TemplateChecks.checkResidentId(v, id);
            assertThat(Blind56Templates.areaCodes()).as(v).contains(id.substring(0, 6));
            return;
        }
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind56Templates.areaCodes());
        if (v.length() != 15) {
            int year = Integer.parseInt(v.replaceAll("[- ]", "").substring(6, 10));
            assertThat(year).as("born 1935 to 2020: " + v).isBetween(1935, 2020);
        }
    }

    private static final List<Pattern> PHONE_PATTERNS = PHONES.stream().map(Pattern::compile).toList();
    private static final List<Pattern> BIRTH_PATTERNS = BIRTH_DATES.stream().map(Pattern::compile).toList();
    private static final Pattern RECORD_PATTERN = Pattern.compile(RECORD);
    private static final Pattern INSURANCE_PATTERN = Pattern.compile(INSURANCE);
    private static final Pattern ADDRESS_PATTERN = Pattern.compile(ADDRESS);

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind56Templates.isPoolName(value)).as("name from the BLIND_56 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONE_PATTERNS.stream().anyMatch(p -> p.matcher(value).matches()))
                    .as("phone " + value).isTrue();
            case MEDICAL_RECORD -> assertThat(RECORD_PATTERN.matcher(value).matches()).as("record " + value).isTrue();
            case INSURANCE -> assertThat(INSURANCE_PATTERN.matcher(value).matches()).as("insurance " + value).isTrue();
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_PATTERNS.stream().anyMatch(p -> p.matcher(value).matches()))
                    .as("birth date " + value).isTrue();
            case ADDRESS -> assertThat(!value.contains(" ") && ADDRESS_PATTERN.matcher(value).matches())
                    .as("address " + value).isTrue();
        }
    }
}

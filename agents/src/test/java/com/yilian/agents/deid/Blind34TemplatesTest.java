package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.yilian.agents.deid.CheckRejections.reject;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.TABLES;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the thirty-fourth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word, a Taiwan
 * compatriot permit and a passport), every pool name turns up (Chinese, She, She ranking names, nicknames, overseas
 * Hakka and Taiwan romanisations), forms of address and titles (老X, 小X, 阿X, X伯, X叔, X嫂, X婆, X医生, X主任, X师傅,
 * X矿长, X社长, X院长, X先生) label the surname only, a given name used alone the given name, OCR'd names broken by a
 * line break or blanks are one span, resident identity numbers (also with a lower-case x, or 6-8-4 by blanks or
 * hyphens) carry a valid GB 11643 check character and an area code of Gannan, Meizhou, Longyan or Sanming, 15-digit
 * numbers a valid birth date and a code of their time, Taiwan residence permits their check character on 830000,
 * Taiwan identity cards their check digit, MyKad numbers a valid birth date and state code, NIKs a valid birth date
 * (a woman's day plus 40) and region, bank cards a valid Luhn digit, the phone (also spoken, abroad, on every landline
 * area code), record, insurance, address and birth-date forms (also lunar and Minguo) the group promises do occur, a
 * child known by a parent's name labels the parent, the decoys (lab and exposure values, badge, lot, contract, permit
 * and passport numbers, hotlines, facilities and clan halls, places, dishes, kin and dialect words, words beginning
 * with a pool surname) stand in the text and are never labelled, the generator is deterministic by seed, no pool name
 * stands anywhere in the text outside a labelled span, the pools and their rare surnames are new, and the Chinese
 * names carry the surnames of a Hakka heartland patient list. No de-identifier is run here: the group stays blind until
 * it is measured once.
 */
class Blind34TemplatesTest {
    private static final List<String> T = Blind34Templates.BLIND_34;
    private static final long SEED = Blind34Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}", "\\+86-1[3-9]\\d-\\d{4}-\\d{4}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> FOREIGN_MOBILES = List.of("\\+60 1[0234679]-\\d{3} \\d{4}",
            "01[0234679]-\\d{3} \\d{4}", "\\+60 88-[2-8]\\d{5}", "\\+62 81[1235789]-\\d{4}-\\d{4}",
            "\\+230 5\\d{3} \\d{4}", "\\+886 9\\d{2} \\d{3} \\d{3}", "09\\d{2}-\\d{3}-\\d{3}", "\\(03\\)4\\d{6}",
            "\\(037\\)[2-8]\\d{5}");
    private static final List<String> LANDLINE_AREAS = List.of("0797", "0753", "0597", "0598", "0755", "0769");
    private static final String AREAS7 = "(0797|0753|0597|0598)";
    private static final String AREAS8 = "(0755|0769)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS7 + "\\)[2-8]\\d{6}",
            AREAS7 + " [2-8]\\d{2} \\d{4}", AREAS7 + "-[2-8]\\d{6}转\\d{3,4}", "\\+86 (797|753|597|598) [2-8]\\d{6}",
            AREAS7 + "-[2-8]\\d{6}", "\\(" + AREAS8 + "\\)[2-8]\\d{7}", AREAS8 + " [2-8]\\d{3} \\d{4}",
            AREAS8 + "-[2-8]\\d{7}转\\d{3,4}", "\\+86 (755|769) [2-8]\\d{7}", AREAS8 + "-[2-8]\\d{7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, FOREIGN_MOBILES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final String LUNAR_MONTH_DAY = "(正|二|三|四|五|六|七|八|九|十|冬|腊)月"
            + "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String ENGLISH_MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final List<String> LUNAR_DATES = List.of("(19|20)\\d{2}年" + LUNAR_MONTH_DAY,
            "一九[〇一二三四五六七八九]{2}年" + LUNAR_MONTH_DAY, "[〇一二三四五六七八九]{2}年" + LUNAR_MONTH_DAY,
            "[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年" + LUNAR_MONTH_DAY);
    private static final List<String> MINGUO_DATES = List.of("民國\\d{2}年\\d{1,2}月\\d{1,2}日", "民国\\d{2}年\\d{1,2}月\\d{1,2}日",
            "民國[一二三四五六七八九十]{1,3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日", "0\\d{2}/\\d{2}/\\d{2}");
    private static final List<String> BIRTH_DATES = Stream.of(List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "号",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}", "\\d{1,2} " + ENGLISH_MONTH + " (19|20)\\d{2}",
            ENGLISH_MONTH + " \\d{1,2}, (19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}",
            "\\d{2}-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(19|20)\\d{2}"), LUNAR_DATES, MINGUO_DATES)
            .flatMap(List::stream).toList();
    private static final String YEARS = "(1[5-9]|2[0-5])";
    private static final String RECORD = "QT" + YEARS + "\\d{6}|QTMZ20" + YEARS + "\\d{6}|LXZY" + YEARS + "\\d{5}"
            + "|CF-20" + YEARS + "-\\d{4}|WK" + YEARS + "-\\d{4}|(36|44|35)\\d{15}";
    private static final String INSURANCE = "QTYB\\d{10}|CXJM\\d{12}|GS20" + YEARS + "\\d{6}|MZSB\\d{10}|LYYB\\d{10}";
    private static final String CHINESE_ADDRESS = "(江西省|广东省|福建省)?(虔汀市|赣州市|梅州市|龙岩市|三明市|东莞市|深圳市"
            + "|岚溪县|坪岭县|乌石县|信丰县|寻乌县|于都县|梅县区|兴宁市|大埔县|永定区|上杭县|宁化县|\\S{1,4}[镇乡])"
            + "\\S*(号|室|房|组|村|镇|乡)";
    private static final String ABROAD_ADDRESS = "(Lot|No\\.) \\d+, Jalan [A-Za-z0-9/ ]+, \\d{5} [A-Za-z ]+, "
            + "(Sabah|Selangor)|No\\. \\d+, Lorong Merbau 3, 93250 Kuching, Sarawak"
            + "|Jl\\. (Diponegoro|Sudirman) No\\. \\d+, (Singkawang, Kalimantan Barat|Pangkalpinang, Bangka)"
            + "|\\d+ (Royal Road, Rose-Hill|Avenue Bernardin, Quatre Bornes), Mauritius"
            + "|桃園市楊梅區中山北路一段\\d+號|苗栗縣頭份市中正路\\d+號3樓|新竹縣竹東鎮東林路88巷\\d+號|桃園市平鎮區中豐路\\d+號";
    private static final List<String> PREFIXES = List.of("老", "小", "阿");
    private static final List<String> HONORIFICS = List.of("伯", "叔", "嫂", "婆", "医生", "主任", "师傅", "矿长", "社长",
            "院长", "先生");
    private static final String RARE_SURNAMES = Blind34Templates.RARE_SURNAMES;
    /** The commonest surnames of the Hakka heartland. */
    private static final String COMMON_SURNAMES = "李陈黄张刘钟曾罗";
    /** The other typically Hakka surnames. */
    private static final String HAKKA_SURNAMES = "谢廖邱温赖叶古朱杨林彭魏肖邹严";
    /** Other surnames. */
    private static final String OTHER_SURNAMES = "吴何卢胡郭王徐周邓汤";
    private static final String SHE_SURNAMES = "蓝雷钟盘李";
    /** Codes created after 1999, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("360703", "360704", "360783", "441403", "350803", "350404",
            "350405");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "SR", "TW", "TR",
                "TS", "PS", "FS", "PG", "PO", "PK", "EG"));
        for (String s : List.of("DOBL", "DOBT", "DOBE", "DOBC", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        for (String s : List.of("MV", "MF", "MT")) phi.put(s, EntityKind.PHONE);
        for (String s : List.of("TWID", "TRP", "MYIC", "NIK")) phi.put(s, EntityKind.ID_NUMBER);
        for (String s : List.of("AW", "AM", "AF", "AO", "AT")) phi.put(s, EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(33);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(170, 200).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NC", "NM", "MN", "SR", "TW",
                "TR", "TS", "PS", "FS", "PG", "PK", "PO", "E", "ES", "EG", "ID", "TWID", "TRP", "MYIC", "NIK", "M", "MV",
                "MF", "MT", "L", "R", "I", "B", "A", "A0", "AW", "AM", "AF", "AO", "AT", "DOB", "DOBL", "DOBT", "DOBE",
                "DOBC", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(22L, 32L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 60, JSON, 6, OCR, 10, VOICE, 20, WECHAT, 12, SMS, 9,
                TABLES, 9));
        assertThat(T.stream().filter(t -> t.startsWith("[WhatsApp]")).count()).as("WhatsApp").isGreaterThanOrEqualTo(1);
        assertThat(T.stream().filter(t -> t.contains("主题：") || t.contains("Subject:") || t.startsWith("Dear "))
                .count()).as("e-mails and letters").isGreaterThanOrEqualTo(8);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(𠊎|佢|冇|係).*")).count()).as("Hakka texts")
                .isGreaterThanOrEqualTo(30);
        assertThat(T.stream().filter(t -> t.contains("农历{DOBL}")).count()).as("lunar birthdays after 农历")
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind34Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind34TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        for (String notAName : List.of("张三", "阿姆", "阿公", "细妹", "老弟", "𠊎", "Uncle")) {
            rejected.add(reject(EntityKind.NAME, notAName, "not a pool name"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, "08123456", "a Taiwan compatriot permit"),
                reject(EntityKind.ID_NUMBER, "A38172645", "a Malaysian passport"),
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "580230-12-5283", "MyKad of 30 February"),
                reject(EntityKind.ID_NUMBER, "580312-99-5283", "MyKad of no state"),
                reject(EntityKind.ID_NUMBER, "6172017503780002", "NIK of day 35"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0797-81234567", "eight digits on a seven-digit code"),
                reject(EntityKind.BIRTH_DATE, "农历1953年腊月十八", "the calendar word"),
                reject(EntityKind.BIRTH_DATE, "47年3月12日", "a Minguo year without its era")));
        CheckRejections.checkRejections(T, "【虔汀市医疗保障局】", SEED, PHI, Blind34TemplatesTest::checkValue, rejected);
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
        assertThat(PoolNameForms.surnameOf("钟添寿")).isEqualTo("钟");
        assertThat(PoolNameForms.addressedGivenName("钟添寿")).isEqualTo("添寿");
        assertThat(PoolNameForms.addressedGivenName("温润")).isEqualTo("温润");
        assertThat(Blind34Templates.taiwanForms("邱垂鸿|CHIU|CHUI-HUNG"))
                .containsExactly("CHIU CHUI-HUNG", "CHIU, CHUI-HUNG", "Chiu Chui-hung");
        assertThat(Blind34Templates.fullNameOf("Chiu Chui-hung")).isEqualTo("邱垂鸿");
        assertThat(Blind34Templates.fullNameOf("CHIU, CHUI-HUNG")).isEqualTo("邱垂鸿");
        assertThat(Blind34Templates.fullNameOf("Lam Po Tang")).as("a family name alone names no one in full").isNull();
        assertThat(Blind34Templates.isPoolName("Lam Po Tang")).isTrue();
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind34Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Mr ").doesNotStartWith("Mrs ")
                            .doesNotStartWith("Uncle ").doesNotEndWith("医生").doesNotEndWith("师傅")
                            .doesNotEndWith("先生").doesNotEndWith("伯");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X, 阿X", 20, "X伯, X叔, X医生 …", 150);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                        && Character.isLetter(c))) {
                    continue;
                }
                assertThat(Blind34Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S \\S{1,3}")) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("Chinese names broken by a line break").isGreaterThan(10);
        assertThat(single).as("Chinese names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("Chinese names with an ideographic blank between the characters").isGreaterThan(5);
        assertThat(spaced).as("Chinese names with a blank between every character").isGreaterThan(5);
        assertThat(Blind34Templates.isScannedName("钟\n添寿")).isTrue();
        assertThat(Blind34Templates.isScannedName("钟 添 寿")).isTrue();
        assertThat(Blind34Templates.isScannedName("钟添寿")).isFalse();
        assertThat(Blind34Templates.isScannedName("钟\n顿")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        // Taiwan identity cards, MyKad numbers, NIKs and Taiwan residence permits (830000) are counted apart.
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind34TemplatesTest::checkIdentity,
                Blind34Templates.legacyAreaCodes(), v -> v.matches("[A-Z]\\d{9}|\\d{6}-\\d{2}-\\d{4}|\\d{12}|\\d{16}")
                        || v.startsWith("830000"));
        int permits = 0, taiwan = 0, myKad = 0, myKadPlain = 0, nik = 0, nikWomen = 0;
        for (String v : tally.otherIds) {
            checkIdentity(v);
            if (v.matches("[A-Z]\\d{9}")) {
                taiwan++;
            } else if (v.matches("\\d{6}-\\d{2}-\\d{4}|\\d{12}")) {
                myKad++;
                if (!v.contains("-")) myKadPlain++;
            } else if (v.matches("\\d{16}")) {
                nik++;
                if (Integer.parseInt(v.substring(6, 8)) > 40) nikWomen++;
            } else {
                permits++;
            }
        }
        tally.checkIdentityForms(250, 20, true);
        assertThat(permits).as("Taiwan residence permits").isGreaterThan(10);
        assertThat(taiwan).as("Taiwan identity cards").isGreaterThan(10);
        assertThat(myKad).as("MyKad numbers").isGreaterThan(15);
        assertThat(myKadPlain).as("MyKad numbers run together").isGreaterThan(0);
        assertThat(nik).as("Indonesian NIKs").isGreaterThan(10);
        assertThat(nikWomen).as("NIKs of women, day plus 40").isGreaterThan(0);
        assertThat(tally.issuedIn("3607", "3621")).as("issued in Gannan").isGreaterThan(60);
        assertThat(tally.issuedIn("4414")).as("issued in Meizhou").isGreaterThan(40);
        assertThat(tally.issuedIn("3508")).as("issued in Longyan").isGreaterThan(20);
        assertThat(tally.issuedIn("3504")).as("issued in Sanming").isGreaterThan(20);
        tally.checkCardForms(50);
        IdentifierTally.checkTheChecksReject("441421", "36073119631103123");
        String tw = Blind34Templates.taiwanId(new java.util.Random(1));
        assertThat(Checksums.isTaiwanId(tw)).isTrue();
        assertThat(Checksums.isTaiwanId(tw.substring(0, 9) + (char) ('0' + (tw.charAt(9) - '0' + 1) % 10)))
                .as("wrong Taiwan check digit").isFalse();
        assertThat(Blind34Templates.ganzhi(1953)).isEqualTo("癸巳");
        assertThat(Blind34Templates.ganzhi(1984)).isEqualTo("甲子");
        assertThat(Blind34Templates.lunarDay(1)).isEqualTo("初一");
        assertThat(Blind34Templates.lunarDay(10)).isEqualTo("初十");
        assertThat(Blind34Templates.lunarDay(15)).isEqualTo("十五");
        assertThat(Blind34Templates.lunarDay(20)).isEqualTo("二十");
        assertThat(Blind34Templates.lunarDay(23)).isEqualTo("廿三");
        assertThat(Blind34Templates.lunarDay(30)).isEqualTo("三十");
        assertThat(Blind34Templates.chineseNumber99(47)).isEqualTo("四十七");
        assertThat(Blind34Templates.chineseNumber99(80)).isEqualTo("八十");
        assertThat(Blind34Templates.chineseNumber99(24)).isEqualTo("二十四");
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
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1\\d|2[0-4])年\\d{1,2}月\\d{1,2}日",
                "20(1\\d|2[0-4])-\\d{2}-\\d{2}", "20(1\\d|2[0-4])\\.\\d{1,2}\\.\\d{1,2}", "20(1\\d|2[0-4])\\d{4}"), dates);
        TemplateChecks.checkEveryFormOccurs("lunar months", List.of(".*正月.*", ".*冬月.*", ".*腊月.*", ".*初十",
                ".*廿\\S", ".*三十"), dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("QT\\d.*", "QTMZ.*", "LXZY.*", "CF-.*", "WK.*",
                "36\\d{15}", "44\\d{15}", "35\\d{15}"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("QTYB.*", "CXJM.*", "GS.*", "MZSB.*", "LYYB.*"),
                values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+组", ".*村\\d+组\\d+号",
                ".*(围|屋下|堂)\\d+号", ".*楼[一二三四]层\\d+号", ".*楼\\d+号", ".*(新街|老街|解放街|圩镇路)\\d+号",
                ".*栋\\d单元\\d+室", ".*(宿舍|生活区)\\d+栋\\d+[号室]", ".*宿舍\\d栋\\d+房", ".*畲族乡.*", ".*村",
                ".*[镇乡]", "(Lot|No\\.) .*Sabah", ".*Selangor", ".*Sarawak", "Jl\\. .*", ".*Mauritius",
                "桃園市.*", "苗栗縣.*", "新竹縣.*", "江西省.*", "广东省.*", "福建省.*", "虔汀市.*", "赣州市.*", "梅州市.*",
                "龙岩市.*", "三明市.*", "东莞市.*", "深圳市.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab and exposure values.
                "FEV1/FVC 62%", "4.6mg/m³", "SiO2 38%", "COHb 18%", "WBC 3.6×10^9/L", "12.4mg/L", "86μg/L",
                "胆碱酯酶活性28%", "阿托品5mg iv", "0.8μg/ml", "38.6℃", "Hb 98g/L", "186μmol/L", "7.2mmol/L",
                "8.1mmol/L", "FEV1 2.1 L", "Cholinesterase 31%", "NH3-N 12.4 mg/L", "矽肺壹期", "矽肺贰期",
                // Badge, lot, contract, certificate, permit and passport numbers, hotlines.
                "WK-3127", "XT-0527", "XT-0611", "202403B087", "QY2024-0318", "JKZ2024-318",
                "台胞证号08123456", "台胞证号07293815", "台胞证号09156273", "护照A38172645", "护照MU2031847",
                "咨询热线12393",
                // Facilities, clan halls and places alone.
                "虔汀市人民医院", "虔汀市职业病防治院", "岚溪县人民医院", "岚溪县桃溪镇卫生院", "坪岭县凤岗畲族乡卫生院",
                "虔汀市光荣院", "桃溪脐橙专业合作社", "赖氏宗祠", "曾氏宗祠", "Qianting People's Hospital",
                "Queen Elizabeth Hospital", "Lanxi County Hospital", "Kuifeng tungsten mine", "Port Louis", "山口洋",
                "苗栗人",
                // Dishes.
                "酿豆腐", "白斩鸡", "盐焗鸡", "擂茶", "乌饭节",
                // Kin and dialect words.
                "阿姆", "阿公", "阿婆", "阿爸", "老弟", "细妹", "𠊎", "佢", "冇", "係", "食饭", "今朝",
                // Words beginning with one of the pool's surnames.
                "黄龙病", "叶面喷施", "雷雨", "曾经", "古田会议", "温度", "何时", "黄酒", "盘山公路", "Huanglongbing"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind34TemplatesTest::checkValue, checkedNames(), Blind34Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind34Templates.chineseNames());
        assertThat(values).as("every She name is drawn").containsAll(Blind34Templates.minorityNames());
        assertThat(values).as("every She ranking name is drawn").containsAll(Blind34Templates.sheRankNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind34Templates.nicknames());
        assertThat(values).as("every overseas name is drawn").containsAll(Blind34Templates.englishNames().toList());
        assertThat(values).as("every Taiwan romanisation is written").containsAll(Blind34Templates.latinWritten().toList());
        assertThat(values).as("called names are used alone (EG)")
                .containsAnyElementsOf(Blind34Templates.englishGivenNames().toList());
        assertThat(values).as("overseas family names are used alone (ES)")
                .containsAnyElementsOf(Blind34Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind34Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind34Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind34Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind34Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind34Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
        assertThat(Blind34Templates.taiwanNames()).hasSizeGreaterThanOrEqualTo(10)
                .allMatch(e -> e.matches("\\p{IsHan}{3}\\|[A-Z]+\\|[A-Z]+-[A-Z]+"));
        assertThat(Blind34Templates.taiwanNames().stream().map(e -> e.split("\\|")[0]))
                .as("Taiwan relatives' Chinese names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind34Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a Hakka heartland patient list: the commonest surnames carry half or more, the other Hakka ones a good
        // share, other surnames a tenth, the rare ones are a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long hakka = chinese.stream().filter(n -> HAKKA_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long other = chinese.stream().filter(n -> OTHER_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the commonest surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(hakka * 5).as("the other Hakka surnames carry a fifth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(other * 10).as("other surnames carry a tenth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat((common + hakka + other) * 10).as("common, Hakka and other surnames carry nine tenths")
                .isGreaterThanOrEqualTo(chinese.size() * 9L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '李').count()).as("李 before 王 in the Hakka counties")
                .isGreaterThan(chinese.stream().filter(n -> n.charAt(0) == '王').count());
        List<String> minority = Blind34Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese)
                .allMatch(n -> n.length() == 3 && SHE_SURNAMES.indexOf(n.charAt(0)) >= 0);
        assertThat(Blind34Templates.sheRankNames()).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority)
                .allMatch(n -> n.matches("[蓝雷钟盘李][大小百千万念][一二三四五六七八九十]"));
        assertThat(Blind34Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(24).doesNotHaveDuplicates();
        assertThat(Blind34Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind34Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind34Templates.englishNames().toList()).as("each written name holds its family and called name")
                .allMatch(n -> Blind34Templates.englishSurnames().anyMatch(n::contains)
                        && Blind34Templates.englishGivenNames().anyMatch(n::contains));
        assertThat(Blind34Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority)
                .allMatch(n -> n.matches("(细|阿|老)\\p{IsHan}+|\\p{IsHan}+(古|牯)"));
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(33);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese,
                Stream.concat(minority.stream(), Blind34Templates.sheRankNames().stream()).toList(),
                Blind34Templates.englishSurnames().toList(), Blind34Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.strings(OLDER);
        assertThat(Stream.of(chinese, minority, Blind34Templates.sheRankNames(), Blind34Templates.nicknames())
                .flatMap(List::stream).filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.concat(Blind34Templates.latinWritten(), Blind34Templates.englishNames())
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
        assertThat(Blind34Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind34Templates.areaCodes();
        assertThat(areas).as("codes of Gannan, Meizhou, Longyan and Sanming only")
                .allMatch(a -> a.matches("(3607|3621|4414|3508|3504)\\d{2}")).doesNotHaveDuplicates();
        assertThat(Blind34Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES)
                .noneMatch(a -> a.startsWith("3607") || a.startsWith("3508"));
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and She names, She ranking names,
     * nicknames, overseas names, every Taiwan romanisation, and overseas family and called names of three letters or
     * more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind34Templates.chineseNames().stream(), Blind34Templates.minorityNames().stream(),
                        Blind34Templates.sheRankNames().stream(), Blind34Templates.nicknames().stream(),
                        Blind34Templates.englishNames(), Blind34Templates.latinWritten(),
                        Blind34Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind34Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static boolean validDate(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static void checkIdentity(String v) {
        if (v.matches("[A-Z]\\d{9}")) {
            assertThat(Checksums.isTaiwanId(v)).as("Taiwan ID check digit " + v).isTrue();
            assertThat(Blind34Templates.TAIWAN_LETTERS).as("a Hakka county's letter: " + v).contains(v.substring(0, 1));
            return;
        }
        if (v.matches("\\d{6}-\\d{2}-\\d{4}|\\d{12}")) {
            String n = v.replace("-", "");
            assertThat(validDate(2000 + Integer.parseInt(n.substring(0, 2)), Integer.parseInt(n.substring(2, 4)),
                    Integer.parseInt(n.substring(4, 6)))).as("MyKad birth date " + v).isTrue();
            assertThat(Blind34Templates.MY_STATES).as("MyKad state " + v).contains(n.substring(6, 8));
            return;
        }
        if (v.matches("\\d{16}")) {
            int day = Integer.parseInt(v.substring(6, 8));
            assertThat(validDate(2000 + Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(8, 10)),
                    day > 40 ? day - 40 : day)).as("NIK birth date " + v).isTrue();
            assertThat(Blind34Templates.NIK_REGIONS).as("NIK region " + v).contains(v.substring(0, 6));
            return;
        }
        List<String> areas = new ArrayList<>(Blind34Templates.areaCodes());
        areas.add("830000");
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                areas);
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind34Templates.isPoolName(value)).as("name from the BLIND_34 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind34Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value.matches(ABROAD_ADDRESS)
                    || !value.contains(" ") && value.matches(CHINESE_ADDRESS)).as("address " + value).isTrue();
        }
    }
}

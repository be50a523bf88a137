package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
import static com.yilian.agents.deid.CheckRejections.reject;

/**
 * Well-formedness of the thirty-third blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind and a name from outside the pools), every pool name turns up
 * (Chinese, Yi, nicknames, foreign, Arab and Hong Kong names), forms of address and titles (老X, 小X, 阿X, X生, X太,
 * X姑娘, X师傅, X医生, X主任, X厂长, X组长) label the surname only, a given name used alone the given name, OCR'd names
 * broken by a line break or blanks are one span, resident identity numbers (also with a lower-case x, or 6-8-4 by blanks
 * or hyphens) carry a valid GB 11643 check character and an area code of the delta, Chaoshan, the Hakka county or the
 * workers' home provinces, 15-digit numbers a valid birth date and a code of their time, Hong Kong identity cards a
 * valid check character, bank cards a valid Luhn digit, the phone (also spoken, foreign, on every landline area code),
 * record, insurance, address and birth-date forms the group promises do occur, a child known by a parent's name labels
 * the parent, the decoys (lab values, noise levels, plates, badge, case, rider, lot, passport, permit, code and
 * message numbers, hotlines, facilities, factories, places, dishes and drinks, kin words, titles and
 * dialect words, words beginning with a pool surname) stand in the text and are never labelled, the generator is
 * deterministic by seed, no pool name stands anywhere in the text outside a labelled span, the pools and their rare
 * surnames are new, and the Chinese names carry the surnames of a delta factory town's patient list. No de-identifier
 * is run here: the group stays blind until it is measured once.
 */
class Blind33TemplatesTest {
    private static final List<String> T = Blind33Templates.BLIND_33;
    private static final long SEED = Blind33Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d \\d{4} \\d{4}", "\\(\\+86\\)1[3-9]\\d{9}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "[幺一][三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> FOREIGN_MOBILES = List.of("\\+234 80[3567] \\d{3} \\d{4}",
            "080[3567] \\d{3} \\d{4}", "\\+243 (81|82|84|85|89|97|99) \\d{3} \\d{4}", "\\+967 7[0137]\\d \\d{3} \\d{3}",
            "\\+92 3\\d{2} \\d{7}", "\\+91 [6-9]\\d{4} \\d{5}", "\\+880 1[3579]\\d{2}-\\d{6}",
            "\\+7 9\\d{2} \\d{3}-\\d{2}-\\d{2}", "\\+380 (50|63|67|68|93|97) \\d{3} \\d{4}", "\\+852 [569]\\d{3} \\d{4}",
            "\\+853 6\\d{3} \\d{4}");
    private static final List<String> LANDLINE_AREAS = List.of("020", "0755", "0769", "0757", "0760", "0754", "028",
            "0731", "0371", "0791", "0851", "0752", "0753", "0834", "0739", "0775", "0394", "0797", "0857");
    private static final String AREAS8 = "(020|0755|0769|0757|0760|0754|028|0731|0371|0791|0851)";
    private static final String AREAS7 = "(0752|0753|0834|0739|0775|0394|0797|0857)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS8 + "\\)[2-8]\\d{7}",
            AREAS8 + " [2-8]\\d{3} \\d{4}", AREAS8 + "-[2-8]\\d{7}转\\d{3,4}",
            "\\+86 (20|755|769|757|760|754|28|731|371|791|851) [2-8]\\d{7}", AREAS8 + "-[2-8]\\d{7}",
            "\\(" + AREAS7 + "\\)[2-8]\\d{6}", AREAS7 + " [2-8]\\d{2} \\d{4}", AREAS7 + "-[2-8]\\d{6}转\\d{3,4}",
            "\\+86 (752|753|834|739|775|394|797|857) [2-8]\\d{6}", AREAS7 + "-[2-8]\\d{6}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, FOREIGN_MOBILES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final String CHINESE_DAY = "[一二三四五六七八九十]{1,3}";
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "日",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月" + CHINESE_DAY + "号",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}", "\\d{2}/\\d{2}/(19|20)\\d{2}", "\\d{2}-\\d{2}-(19|20)\\d{2}",
            "\\d{2}\\.\\d{2}\\.(19|20)\\d{2}", "\\d{2} [A-Z]{3} (19|20)\\d{2}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}");
    private static final String YEARS = "(1[6-9]|2[0-5])";
    private static final String RECORD = "TL" + YEARS + "\\d{6}|MZ20" + YEARS + "\\d{6}|ZYB20" + YEARS + "-\\d{4}"
            + "|GK-" + YEARS + "\\d{5}|INTL-" + YEARS + "-\\d{5}|44\\d{15}";
    private static final String INSURANCE = "(DGSB|SZYB|GZYB|FSYB|ZSYB|HZYB)\\d{10}|XNH\\d{12}|TI20" + YEARS + "-\\d{6}";
    private static final String ADDRESS = "(广东省|四川省|湖南省|广西壮族自治区|河南省|江西省|贵州省)?"
            + "(塘沥市|东莞市|深圳市|广州市|佛山市|中山市|惠州市|汕头市|揭阳市|梅州市|凉山州|广安市|邵阳市|玉林市|周口市"
            + "|赣州市|毕节市)\\S*?(\\d+房|\\d+室|\\d+号|栋\\d+|\\d+组|村|镇|街道|区|路|道|工业区|工业园|科技园)";
    private static final List<String> PREFIXES = List.of("老", "小", "阿");
    private static final List<String> HONORIFICS = List.of("生", "太", "姑娘", "师傅", "医生", "主任", "厂长", "组长");
    private static final String RARE_SURNAMES = Blind33Templates.RARE_SURNAMES;
    /** The commonest surnames of the delta. */
    private static final String COMMON_SURNAMES = "陈李黄张王刘林梁杨吴";
    /** Surnames typical of Cantonese, Hakka and Chaoshan families. */
    private static final String LOCAL_SURNAMES = "何罗钟曾邓冯卢麦郑蔡谢许赖温邱";
    /** Mid-frequency surnames, many of them the migrants'. */
    private static final String MID_SURNAMES = "周赵徐孙胡朱高郭唐彭蒋谭廖易覃韦熊龙";
    /** Codes created after 1999, on which no 15-digit number was issued. */
    private static final List<String> NEW_CODES = List.of("440309", "440604", "440605", "440606", "441303", "440513",
            "445202", "411622", "360732", "520524");

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "HC", "HK", "AR",
                "AK", "PS", "FS", "PG", "PO", "PK", "EG"));
        for (String s : List.of("DOBC", "DOBE", "NB")) phi.put(s, EntityKind.BIRTH_DATE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("MF", EntityKind.PHONE);
        phi.put("HKID", EntityKind.ID_NUMBER);
        phi.put("AD", EntityKind.ADDRESS);
        phi.put("AV", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(31);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(140, 155).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "N", "NC", "NM", "MN", "HC", "HK",
                "AR", "AK", "PS", "FS", "PG", "PK", "PO", "E", "E2", "ES", "EG", "ID", "HKID", "M", "MV", "MF", "L",
                "R", "I", "B", "A", "A0", "AD", "AV", "DOB", "DOBC", "DOBE", "NB"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(18L, 26L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 35, JSON, 5, HL7, 4, OCR, 9, VOICE, 15, WECHAT, 6, SMS, 9,
                EMAIL, 6, TABLES, 8));
        assertThat(T.stream().filter(t -> t.startsWith("[WhatsApp]")).count()).as("WhatsApp messages")
                .isGreaterThanOrEqualTo(3);
        assertThat(T.stream().filter(t -> t.matches("(?s).*(佢|唔该|咩|喺|嘅).*")).count())
                .as("Cantonese texts").isGreaterThanOrEqualTo(10);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind33Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind33TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        CheckRejections.checkRejections(T, "【塘沥市疾控中心】", SEED, PHI, Blind33TemplatesTest::checkValue, List.of(
                reject(EntityKind.NAME, "张三", "a name from outside the pools"),
                reject(EntityKind.NAME, "Abu", "a kin word alone"),
                reject(EntityKind.ID_NUMBER, "H60318724", "a Home Return Permit"),
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0752-28123456", "eight digits on a seven-digit code")));
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
        assertThat(PoolNameForms.surnameOf("陈锦棠")).isEqualTo("陈");
        assertThat(PoolNameForms.addressedGivenName("陈锦棠")).isEqualTo("锦棠");
        assertThat(PoolNameForms.addressedGivenName("何苦")).isEqualTo("何苦");
        assertThat(Blind33Templates.mixedCase("CHAN Wing Sze")).isEqualTo("Chan Wing-sze");
        assertThat(Blind33Templates.fullNameOf("Chan Wing-sze")).isEqualTo("陈颖诗");
        assertThat(Blind33Templates.fullNameOf("IEONG Kai Tai")).isEqualTo("杨启泰");
        assertThat(Blind33Templates.fullNameOf("Abu Nasser")).isEqualTo("Salem bin Awadh Ba-Jubair");
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind33Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Mr ").doesNotStartWith("Ms ")
                            .doesNotEndWith("医生").doesNotEndWith("姑娘").doesNotEndWith("师傅");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X, 阿X", 20, "X生, X太, X姑娘, X师傅, X医生 …", 150);
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
                assertThat(Blind33Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind33Templates.isScannedName("陈\n锦棠")).isTrue();
        assertThat(Blind33Templates.isScannedName("陈 锦 棠")).isTrue();
        assertThat(Blind33Templates.isScannedName("陈锦棠")).isFalse();
        assertThat(Blind33Templates.isScannedName("陈\n顿")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        IdentifierTally tally = IdentifierTally.of(T, SEED, 2500, Blind33TemplatesTest::checkIdentity,
                Blind33Templates.legacyAreaCodes(), v -> v.matches("[A-Z].*"));
        tally.checkEveryPromisedForm(250, 50);
        List<String> hongKong = tally.otherIds;
        hongKong.forEach(Blind33TemplatesTest::checkIdentity);
        assertThat(hongKong).as("Hong Kong identity cards").hasSizeGreaterThan(30);
        assertThat(hongKong).as("Hong Kong identity cards with two letters").anyMatch(v -> v.matches("[A-Z]{2}.*"));
        assertThat(hongKong).as("Hong Kong identity cards with full-width brackets").anyMatch(v -> v.contains("（"));
        assertThat(tally.issuedIn("4401", "4403", "4406", "4419", "4420", "4413")).as("issued in the delta")
                .isGreaterThan(60);
        assertThat(tally.issuedIn("4405", "4452")).as("issued in Chaoshan").isGreaterThan(10);
        assertThat(tally.issuedIn("4414")).as("issued in Xingning").isGreaterThan(5);
        assertThat(tally.issuedIn("5134")).as("issued in Liangshan").isGreaterThan(10);
        assertThat(tally.issuedIn("5116", "5113")).as("issued in Guang'an and Nanchong").isGreaterThan(5);
        assertThat(tally.issuedIn("4305", "4309", "4310")).as("issued in Hunan").isGreaterThan(10);
        assertThat(tally.issuedIn("4508", "4509", "4514")).as("issued in Guangxi").isGreaterThan(10);
        assertThat(tally.issuedIn("4116", "4127", "4113")).as("issued in Henan").isGreaterThan(10);
        assertThat(tally.issuedIn("3607", "3621")).as("issued in Jiangxi").isGreaterThan(5);
        assertThat(tally.issuedIn("5205", "5224", "5226")).as("issued in Guizhou").isGreaterThan(5);
        IdentifierTally.checkTheChecksReject("441900", "44190019631103123");
        assertThat(Blind33Templates.hongKongCheck("A", "123456")).isEqualTo('3');
        assertThat(Checksums.isHongKongId("A", "123456", '3')).isTrue();
        assertThat(Checksums.isHongKongId("A", "123456", '4')).isFalse();
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
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("TL.*", "MZ.*", "ZYB.*", "GK-.*", "INTL-.*",
                "44\\d{15}"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("DGSB.*", "SZYB.*", "GZYB.*", "FSYB.*",
                "ZSYB.*", "HZYB.*", "XNH.*", "TI.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+巷\\d+号", ".*村\\d+巷\\d+号\\d+房",
                ".*[东西南北]坊\\d+巷\\d+号", ".*宿舍\\d栋\\d+房", ".*员工宿舍[A-D]栋\\d+", ".*座\\d+房",
                ".*栋\\d单元\\d+室", ".*(大厦|公寓)\\d+楼\\d+室", ".*村\\d+组", ".*村\\d+组\\d+号", ".*屯\\d+号",
                ".*片\\d巷\\d+号", ".*老寨\\d巷\\d+号", ".*围\\d+号", ".*村", ".*[镇乡]", ".*街道", ".*(工业区|工业园|科技园)",
                ".*(路|道)", "广东省.*", "四川省.*", "湖南省.*", "广西壮族自治区.*", "河南省.*", "江西省.*", "贵州省.*",
                "塘沥市.*", "东莞市.*", "深圳市.*", "广州市越秀区.*", "广州市白云区.*", "佛山市.*", "中山市.*", "惠州市.*",
                "汕头市.*", "揭阳市.*", "梅州市.*", "凉山州.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Lab values, exposure and noise levels.
                "8.6mg/L", "2.8×10^9/L", "58×10^9/L", "92dB(A)", "48dB", "3.1 x10^9/L", "42×10^9/L", "38 x10^9/L",
                "RPR 1:32", "RPR 1:8", "PPD 15mm", "T-SPOT阳性", "NS1阳性", "壹期尘肺", "GCS 11分", "3100g",
                "||42|",
                // Plates, badge, case, rider, lot, passport, permit, visa and message numbers, hotlines.
                "粤S·8K327", "粤B·D2719F", "DG20417", "HT-08817", "FB3318", "FB3402", "SY-2207", "LT5126", "HT0417",
                "HT0522", "HT-09215", "莞人社工伤〔2024〕03187", "塘劳人仲案字〔2024〕318号", "骑手ID 20931746", "202405M118",
                "OP4193027", "BK7310284", "H60318724", "H71029358",
                "M80317265", "代号HT-0318", "MSG24612", "咨询热线12333", "援助热线12356",
                // Facilities, factories and places alone.
                "塘沥市人民医院", "塘沥市职业病防治院", "塘沥市南涌医院", "塘沥市妇幼保健院", "塘沥市康宁医院", "塘沥市疾控中心",
                "上围村社区卫生服务站", "塘沥国际医疗门诊部", "鸿泰电子厂", "富步鞋业", "森雅家具厂", "乐童玩具厂",
                "Tangli People's Hospital", "Tangli International Clinic", "Tuen Mun", "Nigeria", "DR Congo", "Yemen", "小北", "城中村", "凉山人",
                // Dishes and drinks.
                "凉茶", "王老吉", "肠粉", "陈皮", "牛杂",
                // Kin words, titles and dialect words.
                "阿婆", "阿嫲", "阿妈", "阿爸", "老公", "老婆", "老板", "拉长", "老乡", "佢", "唔该", "喺", "嘅", "咩",
                "Salam",
                // Words beginning with one of the pool's surnames.
                "黄埔", "高温", "何时", "李子", "周末", "罗非鱼", "钟点工"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind33TemplatesTest::checkValue, checkedNames(), Blind33Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind33Templates.chineseNames());
        assertThat(values).as("every Yi name is drawn").containsAll(Blind33Templates.minorityNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind33Templates.nicknames());
        assertThat(values).as("every foreign pool name is drawn").containsAll(Blind33Templates.englishNames().toList());
        assertThat(values).as("every Hong Kong and Arab form is written")
                .containsAll(Blind33Templates.latinWritten().toList());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind33Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind33Templates.englishSurnames().toList());
        assertThat(values).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind33Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind33Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind33Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind33Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind33Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind33Templates.hongKongNames().stream().map(e -> e.split("\\|")[0]))
                .as("Hong Kong and Macau residents' Chinese names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind33Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a delta factory town's patient list: the commonest surnames dominate, the Cantonese, Hakka and Chaoshan
        // ones carry a good share, the mid-frequency ones most of the rest, the rare ones are a minority.
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long local = chinese.stream().filter(n -> LOCAL_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long mid = chinese.stream().filter(n -> MID_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the commonest surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(local * 6).as("Cantonese, Hakka and Chaoshan surnames carry a sixth or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(mid * 10).as("mid-frequency surnames carry a tenth or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat((common + local + mid) * 10).as("common, local and mid-frequency surnames carry nine tenths")
                .isGreaterThanOrEqualTo(chinese.size() * 9L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '陈').count()).as("陈 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '王').count());
        List<String> minority = Blind33Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates().doesNotContainAnyElementsOf(chinese)
                .allMatch(n -> n.length() == 4);
        assertThat(Blind33Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        assertThat(Blind33Templates.englishSurnames().toList()).doesNotHaveDuplicates();
        assertThat(Blind33Templates.englishGivenNames().toList()).doesNotHaveDuplicates();
        assertThat(Blind33Templates.arabNames()).hasSizeGreaterThanOrEqualTo(5)
                .allMatch(e -> e.matches("[A-Z][a-z]+ (bin|ibn) [A-Z][a-z]+ [A-Z][A-Za-z'-]+\\|Abu [A-Z][a-z]+"));
        assertThat(Blind33Templates.hongKongNames()).hasSizeGreaterThanOrEqualTo(10)
                .allMatch(e -> e.matches("\\p{IsHan}{3}\\|[A-Z]+ [A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(Blind33Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(minority);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(31);
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, minority,
                Blind33Templates.englishSurnames().toList(), Blind33Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        // Any string an older group or SyntheticValues keeps in a list or a constant: no name of these pools, in any
        // of its written forms, is one.
        Set<String> olderStrings = OlderGroups.strings(OLDER);
        assertThat(Stream.of(chinese, minority, Blind33Templates.nicknames()).flatMap(List::stream)
                .filter(olderStrings::contains)).as("names an older group already has").isEmpty();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.concat(Blind33Templates.latinWritten(), Blind33Templates.englishNames())
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
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(31);
        assertThat(Blind33Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind33Templates.areaCodes();
        assertThat(areas).as("codes of Guangdong and the home provinces only")
                .allMatch(a -> a.matches("(44|51|43|45|41|36|52)\\d{4}")).doesNotHaveDuplicates();
        assertThat(areas).as("Guangdong").filteredOn(a -> a.startsWith("44")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(areas).as("home provinces").filteredOn(a -> !a.startsWith("44")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Blind33Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .doesNotContainAnyElementsOf(NEW_CODES);
        assertThat(areas).containsAll(NEW_CODES);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and Yi names, nicknames, foreign names,
     * every Hong Kong and Arab form, and foreign given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind33Templates.chineseNames().stream(), Blind33Templates.minorityNames().stream(),
                        Blind33Templates.nicknames().stream(), Blind33Templates.englishNames(),
                        Blind33Templates.latinWritten(),
                        Blind33Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind33Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        if (v.matches("[A-Z]{1,2}\\d{6}[(（][\\dA][)）]")) {
            String letters = v.replaceAll("\\d.*", ""), digits = v.substring(letters.length(), letters.length() + 6);
            assertThat(Checksums.isHongKongId(letters, digits, v.charAt(v.length() - 2))).as("HKID check " + v).isTrue();
            assertThat(v).as("brackets match: " + v).matches(".*\\(.\\)|.*（.）");
            return;
        }
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind33Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind33Templates.isPoolName(value)).as("name from the BLIND_33 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> {
                assertThat(value).matches(RECORD);
                if (value.matches("\\d{17}")) {
                    assertThat(Blind33Templates.areaCodes()).as("archive number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

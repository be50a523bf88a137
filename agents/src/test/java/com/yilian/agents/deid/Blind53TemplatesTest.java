package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Well-formedness of the fifty-third blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says (and the
 * check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word, role or handle, and
 * identifiers of elsewhere), every pool name turns up (migrant workers and their families from seven provinces, Yi
 * workers by their Yi name, Han work name, pinyin and personal name, handles, workers in pinyin, foreign auditors, NGO
 * staff and insurers), forms of address (老X, 小X, 阿X, X生, X姑娘, X工, X总, X老板, X师傅, X医生, X律师, X站长, X宿管, X老表, X姐,
 * X哥, X叔, X嫂, X妹) label the surname only and a given name used alone the given name, the Han work name, pinyin and
 * personal name are the record's Yi worker, OCR'd names broken by a line break or blanks are one span, resident
 * identity numbers (also with a lower-case x, 6-8-4 by blanks or hyphens) carry a valid GB 11643 check character and a
 * county code of the home provinces (Yi workers' a Liangshan code and a birth year of 1998 to 2008), 15-digit numbers a
 * valid birth date on a code of the time, bank cards a valid Luhn digit, the phone (spoken, abroad, on 0755, 0769 and
 * 0571 with and without the code, home-county numbers of seven digits and Guizhou's of eight), record, insurance,
 * address and birth-date forms (Gregorian, children's, year and month, lunar, English) the group promises do occur, a
 * child known by a parent's name labels the parent, the decoys (scores, grades, amounts, rider and driver IDs, ticket,
 * claim, report, policy, case, decision and certificate numbers, plates, residence-permit and passport numbers,
 * coordinates, beds, masked numbers, hotlines, organisations, kin words and roles, dialect words, handles that name no
 * one, words beginning with a pool surname) stand in the text and are never labelled, the generator is deterministic by
 * seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and carry the surnames
 * of the provinces. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind53TemplatesTest {
    private static final List<String> T = Blind53Templates.BLIND_53;
    private static final long SEED = Blind53Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    /** The prefixes in use: 13x, 15x but 154, 166, 167, 17x but 172, 174, 179, 18x, 19x but 192, 194. */
    private static final String PREFIX = "1(3\\d|5[0-35-9]|6[67]|7[0135-8]|8\\d|9[013-9])";
    private static final String MOBILE = PREFIX + "\\d{8}", MOBILE_SPACED = PREFIX + " \\d{4} \\d{4}";
    private static final List<String> MOBILES = List.of(MOBILE, MOBILE_SPACED, PREFIX + "-\\d{4}-\\d{4}",
            "\\+86 " + MOBILE, "\\+86 " + MOBILE_SPACED, "\\(\\+86\\)" + MOBILE);
    private static final String SPOKEN_DIGIT = "[幺一零二三四五六七八九]", SPOKEN_HEAD = "[幺一][三五六七八九]" + SPOKEN_DIGIT;
    private static final List<String> SPOKEN_MOBILES = List.of(SPOKEN_HEAD + SPOKEN_DIGIT + "{8}",
            SPOKEN_HEAD + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            SPOKEN_HEAD + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}");
    private static final List<String> ABROAD = List.of("\\+852 [569]\\d{3} \\d{4}",
            "\\+1 \\((212|646|415)\\) [2-9]\\d{2}-\\d{4}", "\\+49 (151|160|171|176) \\d{8}", "\\+44 7\\d{3} \\d{6}");
    private static final String CITY = "(0755|0769|0571)", LOCAL8 = "[2-8]\\d{7}";
    private static final List<String> LANDLINES = List.of("\\(" + CITY + "\\)" + LOCAL8,
            CITY + " [2-8]\\d{3} \\d{4}", "\\+86 (755|769|571) " + LOCAL8, LOCAL8, CITY + "-" + LOCAL8);
    private static final String COUNTY = "(0739|0394|0817|0775|0753)", LOCAL7 = "[2-8]\\d{6}";
    private static final List<String> HOME_LANDLINES = List.of("\\(" + COUNTY + "\\)" + LOCAL7, COUNTY + " " + LOCAL7,
            COUNTY + "-" + LOCAL7, LOCAL7, "\\(0851\\)" + LOCAL8, "0851 " + LOCAL8, "0851-" + LOCAL8);
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, ABROAD, LANDLINES, HOME_LANDLINES)
            .flatMap(List::stream).toList();
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String Y = "(19[6-9]\\d|200[0-6])", YC = "20(1[2-9]|2[0-4])";
    private static final List<String> GREGORIAN = List.of(Y + "年\\d{1,2}月\\d{1,2}日", Y + "-\\d{2}-\\d{2}",
            Y + "\\.\\d{1,2}\\.\\d{1,2}", Y + "/\\d{1,2}/\\d{1,2}", "\\d{2}年\\d{1,2}月\\d{1,2}号", Y + "\\d{4}");
    private static final List<String> CHILDREN = List.of(YC + "年\\d{1,2}月\\d{1,2}日", YC + "-\\d{2}-\\d{2}",
            YC + "\\.\\d{1,2}\\.\\d{1,2}", YC + "\\d{4}");
    private static final List<String> YEAR_MONTH = List.of(Y + "\\.\\d{2}", Y + "年\\d{1,2}月");
    private static final List<String> LUNAR = List.of("农历19[4-7]\\d年" + LUNAR_MONTH + LUNAR_DAY,
            "阴历[四五六七][〇一二三四五六七八九]年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> ENGLISH_DATES = List.of("\\d{1,2} " + MONTH + " " + Y,
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, " + Y, "\\d{2}/\\d{2}/" + Y);
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, CHILDREN, YEAR_MONTH, LUNAR, ENGLISH_DATES)
            .flatMap(List::stream).toList();
    private static final String DISTRICTS = "(440304|440305|440306|440307|440309|441900|330102|330110)";
    private static final String RECORD = "PW(1[89]|2[0-5])\\d{6}"
            + "|JZ20(19|2[0-5])(0[1-9]|1[0-2])(0[1-9]|[12]\\d)\\d{4}"
            + "|" + DISTRICTS + "\\d{11}"
            + "|" + DISTRICTS + "-" + YC + "-\\d{5}"
            + "|(DG|SZ|HZ)JH20(19|2[0-5])\\d{4}";
    private static final String INSURANCE = "[6-8]\\d{8}|(43|41|51|45|52|36|44)\\d{10}";
    private static final String ADDRESS = "(广东省|浙江省|湖南省|河南省|四川省|广西壮族自治区|贵州省|江西省)?"
            + "(深圳市|东莞市|杭州市|邵阳市|衡阳市|永州市|湘西土家族苗族自治州|周口市|驻马店市|信阳市|南充市|达州市|凉山彝族自治州"
            + "|玉林市|河池市|黔东南苗族侗族自治州|赣州市|梅州市|河源市)?"
            + "(福田区|南山区|宝安区|龙华区|龙岗区|上城区|余杭区|长安镇|九堡街道|锦厦工业园|厦边科技园|九堡电商产业园"
            + "|隆回县|祁东县|宁远县|保靖县|商水县|上蔡县|潢川县|营山县|渠县|昭觉县|博白县|都安瑶族自治县|从江县|于都县|兴国县"
            + "|五华县|龙川县)"
            + "\\S*?(号|楼|房|室|村|组|街道|社区|镇|乡|巷|\\d)";
    private static final List<String> PREFIXES = List.of("老", "小", "阿");
    private static final List<String> HONORIFICS = List.of("生", "姑娘", "工", "总", "老板", "师傅", "医生", "律师", "站长",
            "宿管", "老表", "姐", "哥", "叔", "嫂", "妹");
    private static final String RARE_SURNAMES = Blind53Templates.RARE_SURNAMES;
    /** The commonest surnames of the migrant workers' ward. */
    private static final String COMMON_SURNAMES = "陈李黄张刘王杨";
    /** The last older group this one was written against (52 and 54 are written alongside it). */
    private static final int LAST_OLDER = 51;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind53TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "FS", "PG", "PK",
                "PO", "PY", "DY", "DSY", "NY", "MW", "MY", "MG", "NM", "EG"));
        for (String s : List.of("IDY", "IDO")) phi.put(s, EntityKind.ID_NUMBER);
        for (String s : List.of("MV", "MX", "LH")) phi.put(s, EntityKind.PHONE);
        for (String s : List.of("RZ", "RE", "RA", "RV", "RT")) phi.put(s, EntityKind.MEDICAL_RECORD);
        for (String s : List.of("IP", "IR")) phi.put(s, EntityKind.INSURANCE);
        for (String s : List.of("AD", "AH", "AH0")) phi.put(s, EntityKind.ADDRESS);
        for (String s : List.of("DOBC", "DOBM", "DOBL", "DOBE")) phi.put(s, EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static long count(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "FS", "PG", "PK", "PO", "N",
                "NS", "PY", "NY", "DSY", "MN", "MW", "MY", "MG", "NM", "E", "ES", "EG", "ID", "IDY", "M", "MV", "MX",
                "L", "LH", "RZ", "RE", "RA", "RV", "RT", "I", "IP", "IR", "B", "A", "A0", "AD", "AH", "AH0", "DOB",
                "DOBC", "DOBM", "DOBL", "DOBE"));
        TemplateChecks.checkSlotsUsedAtLeast(T, 2, List.of("E2", "DY", "IDO"));
        // About a seventh in English; the JSON exports with English keys count as mostly Latin too.
        assertThat(T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count() * 7)
                .as("about a seventh in English").isBetween(T.size() - 20L, T.size() + 20L);
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(16L, 30L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 50, JSON, 5, OCR, 8, VOICE, 8, WECHAT, 12, SMS, 5,
                EMAIL, 2, TABLES, 10));
        assertThat(count("\\|.*\\|.*\\|")).as("pipe and markdown tables").isGreaterThanOrEqualTo(5);
        assertThat(count("骑手|外卖|送单|跑单|rider|Rider")).as("delivery riders").isGreaterThanOrEqualTo(15);
        assertThat(count("网约车|司机|ride-hailing")).as("ride-hailing drivers").isGreaterThanOrEqualTo(4);
        assertThat(count("直播|主播|Livestream|stream")).as("live-streamers").isGreaterThanOrEqualTo(5);
        assertThat(count("仓库|仓|分拣|warehouse")).as("warehouse workers").isGreaterThanOrEqualTo(6);
        assertThat(count("工地|包工头|班组|钢筋|架子|site|Subcontractor")).as("construction sites")
                .isGreaterThanOrEqualTo(12);
        assertThat(count("工伤|职业伤害|劳动能力鉴定|Occupational injury|injury protection")).as("work injury")
                .isGreaterThanOrEqualTo(10);
        assertThat(count("仲裁|调解|判决|劳动监察|讨薪|法律援助|私了|arbitration|legal aid")).as("labour disputes")
                .isGreaterThanOrEqualTo(8);
        assertThat(count("中暑|热射病|高温|避暑|Heat|heat stroke")).as("heat stroke").isGreaterThanOrEqualTo(6);
        assertThat(count("结核|疥疮|TB|IGRA")).as("dormitory TB and scabies").isGreaterThanOrEqualTo(8);
        assertThat(count("接种|疫苗|卡介苗|MMR")).as("vaccination catch-up").isGreaterThanOrEqualTo(6);
        assertThat(count("孕|产检|分娩|Antenatal")).as("pregnant migrant women").isGreaterThanOrEqualTo(6);
        assertThat(count("留守|老家|奶奶|爷爷|座机")).as("left-behind families").isGreaterThanOrEqualTo(6);
        assertThat(count("筹款|捐|Fundraising")).as("crowdfunding").isGreaterThanOrEqualTo(5);
        assertThat(count("老乡|老表")).as("fellow villagers").isGreaterThanOrEqualTo(10);
        assertThat(count("彝族|凉山|Yi,|\\{MN\\}|\\{MY\\}|\\{MG\\}")).as("Yi workers").isGreaterThanOrEqualTo(6);
        assertThat(count("冇|睇|佢|系|唔|嘅|咗|捱|麽个|嗰")).as("Cantonese and Hakka-flavoured lines")
                .isGreaterThanOrEqualTo(10);
        assertThat(count("么子|莫得|啥子|中不中|俺|咯|哒|蛮好|老汉儿|崽|晓得|屋头")).as("Hunan, Sichuan and Henan speech")
                .isGreaterThanOrEqualTo(6);
        assertThat(count("城中村|村\\d|巷|白石洲")).as("urban villages").isGreaterThanOrEqualTo(3);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind53Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind53TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String kin : List.of("老乡", "老表", "工友", "包工头", "班组长", "站长", "屋里人", "满崽", "妹崽", "老汉儿")) {
            rejected.add(reject(EntityKind.NAME, kin, "a kin word, title or role alone"));
        }
        for (String handle : List.of("追风少年", "一路向南", "爱心人士", "20887431", "D44030587261")) {
            rejected.add(reject(EntityKind.NAME, handle, "a handle naming no one or a platform ID"));
        }
        String id = "43052219860314123";
        String goodId = id + Checksums.residentIdCheck(id);
        String badCheck = id + (goodId.charAt(17) == '0' ? '1' : '0');
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, badCheck, "a wrong check character"),
                reject(EntityKind.ID_NUMBER, "430522600230123", "a 15-digit number born on 30 February"),
                reject(EntityKind.ID_NUMBER, "411623720314123", "a 15-digit number on a code of after 1999"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0755-2386123", "seven digits on 0755"),
                reject(EntityKind.PHONE, "0739-52361234", "eight digits on 0739"),
                reject(EntityKind.PHONE, "0851-5236123", "seven digits on 0851"),
                reject(EntityKind.PHONE, "138****5678", "a masked number"),
                reject(EntityKind.PHONE, "154-1234-5678", "a mobile prefix not in use"),
                reject(EntityKind.BIRTH_DATE, "农历1958年腊月初十一", "no such lunar day"),
                reject(EntityKind.BIRTH_DATE, "2026年6月18日", "a date after every birth in the group"),
                reject(EntityKind.MEDICAL_RECORD, "D44030587261", "a driver ID"),
                reject(EntityKind.MEDICAL_RECORD, "RGD2024061800387", "a claim report number"),
                reject(EntityKind.MEDICAL_RECORD, "11010100300700418", "an archive number of elsewhere"),
                reject(EntityKind.INSURANCE, "12345678", "eight digits"),
                reject(EntityKind.INSURANCE, "461234567890", "no home province"),
                reject(EntityKind.BANK_CARD, "6228480012345678", "a wrong Luhn digit"),
                reject(EntityKind.ADDRESS, "北京市朝阳区建国路88号", "an address outside the region")));
        assertThat(goodId).isNotEqualTo(badCheck);
        CheckRejections.checkRejections(T, "网约车司机疲劳驾驶预警", 3, SEED, PHI, Blind53TemplatesTest::checkValue,
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
        assertThat(PoolNameForms.surnameOf("罗细军")).isEqualTo("罗");
        assertThat(PoolNameForms.addressedGivenName("罗细军")).isEqualTo("细军");
        assertThat(PoolNameForms.addressedGivenName("金山")).isEqualTo("金山");
        assertThat(Blind53Templates.pinyin("罗细军", 0)).isEqualTo("Luo Xijun");
        assertThat(Blind53Templates.pinyin("罗细军", 1)).isEqualTo("Xijun Luo");
        assertThat(Blind53Templates.pinyin("罗细军", 2)).isEqualTo("LUO Xijun");
        assertThat(Blind53Templates.fullNameOf("LUO Xijun")).isEqualTo("罗细军");
        assertThat(Blind53Templates.workName("吉狄拉铁")).isEqualTo("吉宏彬");
        assertThat(Blind53Templates.yiPinyin("吉狄拉铁")).isEqualTo("Jidi Latie");
        assertThat(Blind53Templates.yiPersonalName("吉狄拉铁")).isEqualTo("拉铁");
        assertThat(Blind53Templates.fullNameOf("吉宏彬")).isEqualTo("吉狄拉铁");
        assertThat(Blind53Templates.fullNameOf("Jidi Latie")).isEqualTo("吉狄拉铁");
        assertThat(Blind53Templates.fullNameOf("细军")).isNull();
        assertThat(Blind53Templates.isPoolName("细军")).isTrue();
        assertThat(Blind53Templates.isPoolName("拉铁")).isTrue();
        assertThat(Blind53Templates.isPoolName("Luo")).isTrue();
        // The Han work name (MW), pinyin (MY) and personal name (MG) are the record's Yi worker (MN).
        int yi = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (!slots.contains("MN") || Stream.of("MW", "MY", "MG").noneMatch(slots::contains)) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k += slots.size()) {
                    String mn = values.get(k + slots.indexOf("MN"));
                    if (slots.contains("MW")) {
                        assertThat(values.get(k + slots.indexOf("MW"))).as(r.text())
                                .isEqualTo(Blind53Templates.workName(mn));
                        yi++;
                    }
                    if (slots.contains("MY")) {
                        assertThat(values.get(k + slots.indexOf("MY"))).as(r.text())
                                .isEqualTo(Blind53Templates.yiPinyin(mn));
                        yi++;
                    }
                    if (slots.contains("MG")) {
                        assertThat(values.get(k + slots.indexOf("MG"))).as(r.text())
                                .isEqualTo(Blind53Templates.yiPersonalName(mn));
                        yi++;
                    }
                }
            }
        }
        assertThat(yi).isGreaterThan(100);
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind53Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Ms ").doesNotEndWith("医生")
                            .doesNotEndWith("师傅").doesNotEndWith("站长").doesNotEndWith("老板").doesNotEndWith("律师")
                            .doesNotEndWith("姑娘").doesNotStartWith("包工头").doesNotStartWith("班组长")
                            .doesNotStartWith("社工").doesNotEndWith("家满崽").doesNotEndWith("家妹崽");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X, 阿X", 10, "X生, X姑娘, X师傅, X医生 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind53Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind53Templates.isScannedName("罗\n细军")).isTrue();
        assertThat(Blind53Templates.isScannedName("罗 细 军")).isTrue();
        assertThat(Blind53Templates.isScannedName("罗细军")).isFalse();
        assertThat(Blind53Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("家满崽", "家妹崽")))
                .isGreaterThan(30);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        Map<String, Integer> byProvince = new HashMap<>();
        Set<String> forms = new HashSet<>();
        int yi = 0, legacy = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            if (Stream.of("ID", "IDY", "IDO", "B").noneMatch(slots::contains)) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(60)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k++) {
                    String slot = slots.get(k % slots.size()), v = values.get(k);
                    switch (slot) {
                        case "ID", "IDY", "IDO" -> {
                            checkIdentity(v);
                            String plain = v.replaceAll("[- ]", "");
                            byProvince.merge(plain.substring(0, 2), 1, Integer::sum);
                            forms.add(v.length() == 15 ? "15" : v.contains(" ") ? "blanks" : v.contains("-")
                                    ? "hyphens" : v.endsWith("x") ? "x" : "plain");
                            if (slot.equals("IDY")) {
                                assertThat(Blind53Templates.liangshanCodes()).as(v).contains(v.substring(0, 6));
                                assertThat(Integer.parseInt(v.substring(6, 10))).as(v).isBetween(1998, 2008);
                                yi++;
                            }
                            if (slot.equals("IDO")) {
                                assertThat(v).hasSize(15);
                                assertThat(Blind53Templates.legacyAreaCodes()).as(v).contains(v.substring(0, 6));
                                legacy++;
                            }
                        }
                        case "B" -> TemplateChecks.checkCardInFours(v);
                        default -> {
                        }
                    }
                }
            }
        }
        assertThat(forms).as("identity number forms").contains("plain", "x", "blanks", "hyphens", "15");
        for (String province : List.of("43", "41", "51", "45", "52", "36", "44")) {
            assertThat(byProvince.getOrDefault(province, 0)).as("issued in province " + province).isGreaterThan(20);
        }
        assertThat(yi).as("Yi workers' numbers").isGreaterThan(50);
        assertThat(legacy).as("15-digit numbers").isGreaterThan(30);
        assertThatThrownBy(() -> checkIdentity("43052219860314123" + "Y")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> checkIdentity("430522861332123")).isInstanceOf(AssertionError.class);
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*"), phones);
        assertThat(phones).as("a spoken number says the one one way")
                .noneMatch(v -> v.contains("幺") && v.contains("一"));
        TemplateChecks.checkEveryFormOccurs("phone area", List.of("\\(?0755\\D.*", "\\(?0769\\D.*", "\\(?0571\\D.*",
                "\\+86 755 .*", "\\+86 769 .*", "\\+86 571 .*", "\\(?0739\\D.*", "\\(?0394\\D.*", "\\(?0817\\D.*",
                "\\(?0775\\D.*", "\\(?0753\\D.*", "\\(?0851\\D.*", "\\+852 .*", "\\+1 .*", "\\+49 .*", "\\+44 .*"),
                phones);
        Set<String> dates = values.get(EntityKind.BIRTH_DATE);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, dates);
        TemplateChecks.checkEveryFormOccurs("record form", List.of("PW.*", "JZ.*", "4403\\d{13}", "441900\\d{11}",
                "3301\\d{13}", "\\d{6}-20\\d{2}-\\d{5}", "DGJH.*", "SZJH.*", "HZJH.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("[6-8]\\d{8}", "43\\d{10}", "41\\d{10}",
                "51\\d{10}", "45\\d{10}", "52\\d{10}", "36\\d{10}", "44\\d{10}"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("bank card form", List.of("\\d{16}", "\\d{19}", "(\\d{4} ){3}\\d{4}",
                "(\\d{4}-){4}\\d{3}"), values.get(EntityKind.BANK_CARD));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+巷\\d+号\\d楼", ".*坊\\d+栋\\d0\\d",
                ".*新村\\d+巷\\d+号\\d0\\d房", ".*楼\\d0\\d", ".*村\\d+组\\d+号\\d0\\d室", ".*村\\d+组\\d+号\\d楼",
                ".*街道", ".*社区", ".*村", ".*村\\d+巷", "广东省深圳市.*", "广东省东莞市.*", "浙江省杭州市.*", "深圳市.*",
                "福田区.*", "长安镇.*", ".*区宿舍\\d栋\\d0\\d房", ".*宿舍[A-D]栋\\d{3}", ".*员工宿舍\\d幢\\d0\\d室",
                "锦厦工业园.*", ".*村\\d+组", ".*村\\d+组\\d+号", ".*[镇乡]", "湖南省.*", "河南省.*", "四川省.*",
                "广西壮族自治区.*", "贵州省.*", "江西省.*", "广东省梅州市.*", "凉山彝族自治州.*", "隆回县.*",
                ".*白地市镇.*"), values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Scores, grades, weeks, temperatures.
                "GCS 14分", "ISS 22", "41.2℃", "3150g", "孕28周", "孕周 11+3", "G3P1", "gcs\":14",
                // Amounts.
                "38,642.17元", "28,000元", "300,000元", "126,473元", "218,000元",
                "9,482.50元", "8,640元", "1,286.30元", "RMB 83,600", "¥10,000.00",
                // Rider and driver IDs, ticket, claim, report, policy, case, decision and certificate numbers.
                "骑手ID 20887431", "D44030587261", "RGD2024061800387", "ZYSH20240618-0093", "CS20240618-7731",
                "深宝劳人仲案〔2024〕12873号", "(2024)粤0306民初12873号", "深人社认字〔2024〕第03871号", "职诊〔2009〕0387号",
                "TS-GD-2024-01873", "PICC-GD-2024-GR-0318", "JZ33010420240618", "R-17", "C4RJ7K2M9", "打12333",
                "138****5678", "22.5431,113.9286",
                // Licence plates.
                "粤B·7F3K2", "粤B·D12345", "浙A·F3L09", "浙A·8K9U3", "浙A·D7215",
                // Beds.
                "EICU 3床", "5-312-1", "5-312-2",
                // Organisations and places alone.
                "鹏湾医院", "东莞市锦厦五金制品有限公司", "杭州星耀文化传媒有限公司", "东莞市结核病防治所", "广东鹏法律师事务所", "余杭区人民医院", "九堡社区卫生服务中心",
                "岗厦社区健康服务中心", "宝安外来工服务中心",
                // Kin words, roles and dialect words.
                "老乡", "工友", "包工头", "班组长", "站长", "屋里人", "老汉儿", "满崽", "妹崽", "冇事", "睇过", "么子", "莫得事",
                "中不中", "麽个", "边个", "唔该晒",
                // Handles that name no one.
                "追风少年", "一路向南", "爱心人士",
                // Words beginning with one of the pool's surnames.
                "黄疸", "叶酸", "谢谢", "余额", "石膏", "温度", "周围", "罗红霉素", "蒙脱石散"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind53TemplatesTest::checkValue, checkedNames(), Blind53Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind53Templates.chineseNames());
        assertThat(values).as("every Yi name is drawn").containsAll(Blind53Templates.minorityNames());
        assertThat(values).as("every Han work name is drawn").containsAll(Blind53Templates.workNames());
        assertThat(values).as("every Yi pinyin name is drawn").containsAll(Blind53Templates.yiPinyinNames());
        assertThat(values).as("every Yi personal name is drawn").containsAll(Blind53Templates.yiPersonalNames());
        assertThat(values).as("every handle is drawn").containsAll(Blind53Templates.nicknames());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind53Templates.fullForms());
        assertThat(values).as("workers in pinyin in every written order")
                .anyMatch(v -> v.matches("[A-Z]{2,} [A-Z][a-z']+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z']+"));
        assertThat(values).as("doctors' surnames in pinyin after Dr (DSY)")
                .anyMatch(v -> v.matches("[A-Z][a-z]+") && Blind53Templates.chineseNames().stream()
                        .anyMatch(n -> Blind53Templates.surnamePinyin(n).equals(v)));
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind53Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind53Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind53Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, NS, FS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind53Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind53Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind53Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(chinese).as("every name has its pinyin").allMatch(n -> Blind53Templates.pinyin(n, 0)
                .matches("[A-Z][a-z]+ [A-Z][a-z']+"));
        assertThat(Blind53Templates.pinyinForms()).as("pinyin forms name one person each").doesNotHaveDuplicates();
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 5).as("the commonest surnames carry two fifths or more")
                .isGreaterThanOrEqualTo(chinese.size() * 2L);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '陈').count()).as("陈 is the commonest surname")
                .isGreaterThanOrEqualTo(chinese.stream().filter(n -> n.charAt(0) == '李').count());
        assertThat(chinese.stream().filter(n -> "韦覃蒙农陆莫黎".indexOf(n.charAt(0)) >= 0).count())
                .as("Guangxi surnames").isGreaterThanOrEqualTo(8);
        assertThat(chinese.stream().filter(n -> "钟温赖古巫邱".indexOf(n.charAt(0)) >= 0).count())
                .as("Hakka surnames").isGreaterThanOrEqualTo(6);
        List<String> minority = Blind53Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}{4}")).doesNotContainAnyElementsOf(chinese);
        List<String> work = Blind53Templates.workNames();
        assertThat(work).doesNotHaveDuplicates().allMatch(n -> n.matches("\\p{IsHan}{3}"))
                .doesNotContainAnyElementsOf(chinese);
        for (String n : work) {
            assertThat(TemplateChecks.syntheticValuesCanGenerate(n)).as("SyntheticValues writes " + n).isFalse();
        }
        for (String n : minority) {
            assertThat(TemplateChecks.syntheticValuesCanGenerate(n)).as("SyntheticValues writes " + n).isFalse();
            assertThat(Blind53Templates.yiPinyin(n)).as(n).matches("[A-Z][a-z']+ [A-Z][a-z]+");
            assertThat(n).as(n).endsWith(Blind53Templates.yiPersonalName(n));
        }
        assertThat(Blind53Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind53Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        List<String> chineseAndWork = Stream.concat(chinese.stream(), work.stream()).toList();
        // Counts only, here and below, so that a failure prints no older group's name.
        assertThat(TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chineseAndWork, minority,
                Blind53Templates.englishSurnames().toList(), Blind53Templates.englishGivenNames().toList()).size())
                .as("how many names are not new").isZero();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, work, Blind53Templates.nicknames())
                .flatMap(List::stream).filter(olderStrings::contains).count())
                .as("how many names an older group already has").isZero();
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind53Templates.fullForms(), Blind53Templates.yiPinyinNames())
                .flatMap(List::stream).filter(n -> olderKeys.contains(OlderGroups.latinKey(n))).count())
                .as("how many Latin names an older list keeps, in any case or order").isZero();
        // Only the surname characters are compared, so that no older pool name is printed here.
        Set<Character> olderSurnameChars = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) {
            for (String n : TemplateChecks.list(c, "CHINESE")) olderSurnameChars.add(n.charAt(0));
        }
        assertThat(RARE_SURNAMES.chars().mapToObj(c -> (char) c).filter(olderSurnameChars::contains).count())
                .as("how many rare surnames an older group already gave someone").isZero();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind53Templates.nicknames().stream().filter(olderNicknames::contains).count())
                .as("how many nicknames are not new").isZero();
        assertThat(Blind53Templates.areaCodes()).as("county codes of the home provinces only")
                .allMatch(a -> a.matches("(43|41|51|45|52|36|44)\\d{4}")).doesNotHaveDuplicates();
        assertThat(Blind53Templates.cityAreaCodes()).as("district codes of Shenzhen, Dongguan and Hangzhou")
                .allMatch(a -> a.matches("4403\\d{2}|441900|3301\\d{2}"));
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese and Yi names, Han work names, Yi names in
     * pinyin, handles, workers in pinyin and foreign names in full, and English given and family names of three
     * letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind53Templates.chineseNames().stream(), Blind53Templates.minorityNames().stream(),
                        Blind53Templates.workNames().stream(), Blind53Templates.yiPinyinNames().stream(),
                        Blind53Templates.nicknames().stream(), Blind53Templates.fullForms().stream(),
                        Blind53Templates.pinyinForms().stream(),
                        Blind53Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind53Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        if (v.length() == 15) {
            assertThat(Blind53Templates.legacyAreaCodes()).as("15-digit number on a code of the time: " + v)
                    .contains(v.substring(0, 6));
        }
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind53Templates.areaCodes());
        if (v.length() > 15) {
            int year = Integer.parseInt(v.replaceAll("[- ]", "").substring(6, 10));
            assertThat(year).as("born 1962 to 2008: " + v).isBetween(1962, 2008);
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind53Templates.isPoolName(value)).as("name from the BLIND_53 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).doesNotContain(" ").matches(ADDRESS);
        }
    }
}

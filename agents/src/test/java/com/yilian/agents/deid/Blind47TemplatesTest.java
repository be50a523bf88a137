package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.yilian.agents.deid.CheckRejections.reject;
import static com.yilian.agents.deid.TemplateGenre.EMAIL;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.VOICE;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the forty-seventh blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says
 * (and the check does reject a shifted span, a wrong kind, a name from outside the pools, a kin word or role, and
 * identifiers and numbers of other kinds), every pool name turns up (Zhoushan islanders, inland crew, rare surnames,
 * word-like names, nicknames and 阿X, pinyin names, foreign crew in passport form, in capitals, by the name used on
 * board and in Chinese rendering, agency staff and correspondents), forms of address (老X, 小X, X老大, X船长, X师傅, X医生, X院长,
 * X阿婆, X大伯, X总) label the surname only and a given name used alone the given name, the derived forms (阿X, pinyin,
 * capitals, name on board, Chinese rendering) belong to the record's person, a foreign crew member's ID, phone,
 * insurance, account and home are of his own country, OCR'd names broken by a line break or blanks are one span,
 * resident identity numbers carry a valid GB 11643 check character and a code of Zhoushan, 象山, 温岭 or the crew's home
 * counties, 15-digit numbers a valid birth date and a code of their time, bank cards a valid Luhn digit, the foreign
 * numbers their countries' forms, the phone (spoken, satellite, foreign), record, insurance, address and birth-date
 * forms the group promises do occur, the decoys (vessels, MMSI, call signs, positions, 北斗 cards, hotlines, passports
 * and seafarer's books, certificates, policy and claim numbers, tides and weather, facilities and places, roles,
 * Zhoushan words, words beginning with a pool surname) stand in the text and are never labelled, the generator is
 * deterministic by seed, no pool name stands anywhere in the text outside a labelled span, and the pools are new and
 * carry the surnames of the region. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind47TemplatesTest {
    private static final List<String> T = Blind47Templates.BLIND_47;
    private static final long SEED = Blind47Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    /** The mobile prefixes in use: no 170/171 (resold) and no 174 (天通 satellite phones). */
    private static final String MOBILE = "1(3\\d|5[0-35-9]|7[35-8]|8\\d|9[189])";
    private static final List<String> MOBILES = List.of(MOBILE + "\\d{8}", MOBILE + " \\d{4} \\d{4}",
            MOBILE + "-\\d{4}-\\d{4}", "\\+86 " + MOBILE + "\\d{8}");
    private static final String PHONE_DIGIT = "[幺一零二三四五六七八九]";
    private static final String RADIO_DIGIT = "[幺洞两三四五六拐八九]";
    private static final List<String> SPOKEN_MOBILES = List.of(
            "[幺一][三五七八九]" + PHONE_DIGIT + " " + PHONE_DIGIT + "{4} " + PHONE_DIGIT + "{4}",
            "[幺一][三五七八九]" + PHONE_DIGIT + "{9}",
            "幺[三五拐八九]" + RADIO_DIGIT + " " + RADIO_DIGIT + "{4} " + RADIO_DIGIT + "{4}",
            "幺[三五拐八九]" + RADIO_DIGIT + "{9}");
    private static final String AREAS8 = "(0574|0576|021)";
    private static final List<String> LANDLINES = List.of("\\(0580\\)[2-8]\\d{6}", "0580 [2-8]\\d{2} \\d{4}",
            "0580-[2-8]\\d{6}转\\d{3,4}", "\\+86 580 [2-8]\\d{6}", "0580-[2-8]\\d{6}",
            "\\(" + AREAS8 + "\\)[2-8]\\d{7}", AREAS8 + " [2-8]\\d{3} \\d{4}", AREAS8 + "-[2-8]\\d{7}转\\d{3,4}",
            "\\+86 (574|576|21) [2-8]\\d{7}", AREAS8 + "-[2-8]\\d{7}");
    private static final List<String> SATELLITE = List.of("1740\\d{7}", "174 0\\d{3} \\d{4}", "\\+870 7\\d{8}",
            "00870 7\\d{2} \\d{3} \\d{3}", "\\+8816 \\d{4} \\d{4}", "008816\\d{8}");
    private static final List<String> INDONESIAN_PHONES = List.of("\\+62 8[12358]\\d-\\d{4}-\\d{4}",
            "08[12358]\\d-\\d{4}-\\d{4}", "\\+628[12358]\\d{9}");
    private static final List<String> VIETNAMESE_PHONES = List.of("\\+84 9\\d{2} \\d{3} \\d{3}",
            "09\\d{2} \\d{3} \\d{3}", "\\+849\\d{8}");
    private static final List<String> MYANMAR_PHONES = List.of("\\+95 9 [4-7]\\d{2} \\d{3} \\d{3}", "09 [4-7]\\d{8}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, LANDLINES, SATELLITE,
            INDONESIAN_PHONES, VIETNAMESE_PHONES, MYANMAR_PHONES).flatMap(List::stream).toList();
    private static final String LUNAR_MONTH = "[正二三四五六七八九十冬腊]月";
    private static final String LUNAR_DAY = "(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final String MON = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final List<String> GREGORIAN = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}", "(19|20)\\d{2}/\\d{1,2}/\\d{1,2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日",
            "\\d{2}年\\d{1,2}月\\d{1,2}号", "(19|20)\\d{6}");
    private static final List<String> LUNAR = List.of("农历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY,
            "老历19\\d{2}年" + LUNAR_MONTH + LUNAR_DAY, "阴历[〇一二三四五六七八九]{2}年" + LUNAR_MONTH + LUNAR_DAY);
    private static final List<String> ENGLISH_DATES = List.of(
            "\\d{2} (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) (19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}",
            "\\d{2}-\\d{2}-(19|20)\\d{2}", "\\d{1,2} " + MONTH + " (19|20)\\d{2}", MON + " \\d{1,2}, (19|20)\\d{2}");
    private static final List<String> BIRTH_DATES = Stream.of(GREGORIAN, LUNAR, ENGLISH_DATES).flatMap(List::stream)
            .toList();
    private static final String YEARS = "(1[5-9]|2[0-5])";
    private static final String ZHOUSHAN = "(330902|330903|330921|330922)";
    private static final String RECORD = "20" + YEARS + "\\d{6}|MZ\\d{8}|(GQ|SS|HN|HL|DJ|XZ|QS|CT)WS" + YEARS
            + "-\\d{4}|YC20" + YEARS + "-\\d{5}|" + ZHOUSHAN + "1[01]\\d(0[0-2]\\d|030)\\d{5}";
    private static final String CHINESE_INSURANCE = "\\d{14}|[ABCDH]\\d{8}";
    private static final String FOREIGN_INSURANCE = "0001\\d{9}|(GD|DN|HN)[1-5](40|42)\\d{10}|SSB-(6|10)/\\d{7}";
    private static final String FOREIGN_ACCOUNT = "\\d{4}-01-\\d{6}-5[0-3]-\\d|0\\d{9}|007100\\d{7}|3604205\\d{6}"
            + "|0273\\d{13}";
    private static final String NIK = "(3329|3328|3212)(0[1-9]|1[0-7])(0[1-9]|1\\d|2[0-8])(0[1-9]|1[0-2])\\d{2}"
            + "(0[0-5]\\d\\d|0600)";
    private static final String CCCD = "(040|042)[02]\\d{2}\\d{6}";
    private static final String CMND = "18[67]\\d{6}";
    private static final String NRC = "(6/KaThaNa|6/MaAhNa|10/MaLaMa)\\(N\\)\\d{6}";
    private static final String ISLAND_ADDRESS = "((浙江省)?舟山市)?(嵊泗县|普陀区|岱山县|定海区)\\S*?(号|室|村|乡|镇|路)";
    private static final String HOME_ADDRESS = "((安徽省|河南省|四川省|贵州省)?(阜阳市|亳州市|周口市|信阳市|南充市|达州市|遵义市))?"
            + "(太和县|涡阳县|太康县|商城县|南部县|开江县|正安县)\\S*?(组|村|镇)";
    private static final String FOREIGN_ADDRESS = "Desa [A-Za-z ]+ RT 00\\d/RW 00\\d, Kec\\. [A-Za-z ]+, "
            + "Kab\\. [A-Za-z]+, Jawa (Tengah|Barat)"
            + "|Xóm \\d{1,2}, xã [\\p{L} ]+, (thị xã|huyện) [\\p{L} ]+, tỉnh (Nghệ An|Hà Tĩnh)"
            + "|No\\. \\d{1,3}, [A-Za-z ]+, Ward \\d, (Kawthaung|Myeik|Mawlamyine), (Tanintharyi Region|Mon State)";
    private static final List<String> PREFIXES = List.of("老", "小");
    private static final List<String> HONORIFICS = List.of("老大", "船长", "师傅", "医生", "院长", "阿婆", "大伯", "总");
    private static final String RARE_SURNAMES = Blind47Templates.RARE_SURNAMES;
    /** The commonest surnames of Zhoushan. */
    private static final String COMMON_SURNAMES = "王李张陈林周徐胡刘金";
    /** The islands' own surnames, rarer elsewhere. */
    private static final String ISLAND_SURNAMES = "乐邬虞贺应翁洪";
    /** The last older group this one was written against (46 was written alongside it). */
    private static final int LAST_OLDER = 45;
    private static final List<Class<?>> OLDER = OlderGroups.upTo(LAST_OLDER);
    /** The older groups that keep their people in CHINESE, MINORITY and ENGLISH lists, for the pool comparisons. */
    private static final List<Class<?>> OLDER_POOLS = OLDER.stream().filter(Blind47TemplatesTest::keepsPools).toList();

    private static boolean keepsPools(Class<?> c) {
        try {
            for (String f : List.of("CHINESE", "MINORITY", "ENGLISH")) c.getDeclaredField(f);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NS", "PS", "PG", "PA",
                "PK", "PO", "PY", "DY", "DYS", "MU", "MG", "MC", "NM", "EG"));
        phi.put("IDF", EntityKind.ID_NUMBER);
        phi.put("MV", EntityKind.PHONE);
        phi.put("SAT", EntityKind.PHONE);
        phi.put("MF", EntityKind.PHONE);
        phi.put("IF", EntityKind.INSURANCE);
        phi.put("BF", EntityKind.BANK_CARD);
        phi.put("AF", EntityKind.ADDRESS);
        phi.put("DOBO", EntityKind.BIRTH_DATE);
        phi.put("DOBL", EntityKind.BIRTH_DATE);
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    private static long containing(String regex) {
        return T.stream().filter(t -> t.matches("(?s).*(" + regex + ").*")).count();
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 130).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "F", "DR", "DS", "PS", "PG", "PA", "PK", "PO", "PY",
                "DY", "DYS", "N", "NS", "MN", "MU", "MG", "MC", "NM", "E", "E2", "ES", "EG", "ID", "IDF", "M", "MV",
                "L", "SAT", "MF", "R", "I", "IF", "B", "BF", "A", "A0", "AF", "DOB", "DOBO", "DOBL", "DOBE"));
        // About a seventh in English or mostly Latin script.
        assertThat(T.stream().filter(t -> TemplateChecks.isLatin(t.codePointAt(0))).count() * 7)
                .as("about a seventh in English").isBetween(T.size() - 20L, T.size() + 20L);
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(15L, 26L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 40, JSON, 5, OCR, 6, VOICE, 6, WECHAT, 8, SMS, 5,
                EMAIL, 2));
        assertThat(T.stream().filter(t -> t.contains("|---|") || t.contains("\t") || t.matches("(?s)[^\n]*,[^\n]*\n.+")
                || t.matches("(?s).*\\|.*\\|.*\\|.*")).count()).as("tables: markdown, tab, pipe and CSV")
                .isGreaterThanOrEqualTo(10);
        assertThat(containing("卫星|VHF|北斗|Inmarsat|Tiantong|TMAS|海岸电台")).as("boats at sea").isGreaterThanOrEqualTo(10);
        assertThat(containing("直升机|客渡|Medevac|Helicopter|救助")).as("helicopter and ferry transfers")
                .isGreaterThanOrEqualTo(8);
        assertThat(containing("船员名单|名册|CREW LIST|Crew particulars|船员登记|\"crew\"")).as("crew lists")
                .isGreaterThanOrEqualTo(6);
        assertThat(containing("减压|潜水|高压氧|[Hh]yperbaric|Diving")).as("divers").isGreaterThanOrEqualTo(6);
        assertThat(containing("溺水|落水|晕船|晕动病")).as("drowning and seasickness").isGreaterThanOrEqualTo(5);
        assertThat(containing("互保|理赔|P&I|claim")).as("mutual insurance and claims").isGreaterThanOrEqualTo(10);
        assertThat(containing("休渔|moratorium")).as("moratorium health checks").isGreaterThanOrEqualTo(5);
        assertThat(containing("留守|独居|高龄")).as("elderly islanders left behind").isGreaterThanOrEqualTo(5);
        assertThat(containing("阿拉|侬|勿|交关|辰光|做生活|发寒热|望一望|伊")).as("Zhoushan speech")
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind47Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind47TemplatesTest::checkValue);
    }

    @Test
    void theSpanChecksRejectWhatTheyShould() {
        List<CheckRejections.Rejected> rejected = new ArrayList<>();
        rejected.add(reject(EntityKind.NAME, "张三", "a name from outside the pools"));
        for (String role : List.of("船老大", "老大", "船长", "老头子", "阿拉娘", "老伴", "村医", "网格员", "中介", "翻译",
                "Pak", "Mr")) {
            rejected.add(reject(EntityKind.NAME, role, "a kin word, title or role alone"));
        }
        rejected.addAll(List.of(
                reject(EntityKind.ID_NUMBER, CheckRejections.BEIJING_ID, "an area code of elsewhere"),
                reject(EntityKind.ID_NUMBER, "331081650409123", "a 15-digit number on a code of after its time"),
                reject(EntityKind.ID_NUMBER, "C4821736", "a passport number"),
                reject(EntityKind.ID_NUMBER, "3329053102940003", "an NIK born on 31 February"),
                reject(EntityKind.PHONE, "010-62812345", "an area code of elsewhere"),
                reject(EntityKind.PHONE, "0580-20234567", "eight digits on a seven-digit code"),
                reject(EntityKind.PHONE, "0574-2023456", "seven digits on an eight-digit code"),
                reject(EntityKind.PHONE, "412417368", "an MMSI"),
                reject(EntityKind.PHONE, "12395", "the maritime rescue hotline"),
                reject(EntityKind.BIRTH_DATE, "农历1968年三月初十一", "no such lunar day"),
                reject(EntityKind.MEDICAL_RECORD, "HY-2024-0317", "a consultation number"),
                reject(EntityKind.INSURANCE, "HB3309212024000387", "a mutual-insurance policy number"),
                reject(EntityKind.BANK_CARD, "6228480000000001", "a card failing Luhn"),
                reject(EntityKind.ADDRESS, "浙岱渔03187", "a vessel")));
        CheckRejections.checkRejections(T, "渔业互保协会回访", 3, SEED, PHI, Blind47TemplatesTest::checkValue, rejected);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void addressTermsAndDerivedFormsBelongToTheRecordsPeople() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, PoolNameForms::surnameOf,
                PoolNameForms::addressedGivenName);
        assertThat(checked).isGreaterThan(30);
        assertThat(Blind47Templates.hypocoristic("王海根")).isEqualTo("阿根");
        assertThat(Blind47Templates.calledName("Muhamad Tohirin")).isEqualTo("Tohirin");
        assertThat(Blind47Templates.chineseRendering("Nguyen Van Thang")).isEqualTo("阮文胜");
        assertThat(Blind47Templates.fullNameOf("WANG HAIGEN")).isEqualTo("王海根");
        assertThat(Blind47Templates.fullNameOf("Haigen Wang")).isEqualTo("王海根");
        assertThat(Blind47Templates.fullNameOf("阿根")).isNull();
        assertThat(Blind47Templates.isPoolName("阿根")).isTrue();
        int derived = 0, nations = 0;
        for (String t : T) {
            List<String> slots = TemplateChecks.slots(t).stream().filter(PHI::containsKey).toList();
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(t)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                String patient = null, crew = null;
                for (int k = 0; k < values.size(); k++) {
                    String slot = slots.get(k % slots.size()), v = values.get(k);
                    if (slot.equals("P")) patient = v;
                    if (slot.equals("MN") || slot.equals("MU") || slot.equals("MC")) {
                        String c = Blind47Templates.fullNameOf(v);
                        assertThat(crew == null || crew.equals(c)).as("one foreign crew member: " + r.text()).isTrue();
                        crew = c;
                    }
                }
                for (int k = 0; k < values.size(); k++) {
                    String slot = slots.get(k % slots.size()), v = values.get(k);
                    if (slot.equals("PA") && patient != null) {
                        assertThat(v).as(r.text()).isEqualTo(Blind47Templates.hypocoristic(patient));
                        derived++;
                    }
                    if (slot.equals("PY") && patient != null) {
                        assertThat(Blind47Templates.fullNameOf(v)).as(r.text()).isEqualTo(patient);
                        derived++;
                    }
                    if (slot.equals("MG") && crew != null) {
                        assertThat(v).as(r.text()).isEqualTo(Blind47Templates.calledName(crew));
                        derived++;
                    }
                    if (crew != null && List.of("IDF", "MF", "IF", "BF", "AF").contains(slot)) {
                        assertThat(nationOf(slot, v)).as(slot + " " + v + " of " + crew + " in " + r.text())
                                .isEqualTo(nationOf(crew));
                        nations++;
                    }
                }
            }
        }
        assertThat(derived).as("derived forms checked").isGreaterThan(150);
        assertThat(nations).as("foreign identifiers checked against the crew member's country").isGreaterThan(500);
    }

    private static String nationOf(String crew) {
        if (Blind47Templates.INDONESIAN.contains(crew)) return "ID";
        return Blind47Templates.VIETNAMESE.contains(crew) ? "VN" : "MM";
    }

    /** The country a foreign identifier of the given slot is written for. */
    private static String nationOf(String slot, String v) {
        return switch (slot) {
            case "IDF" -> v.matches(NIK) ? "ID" : v.matches(CCCD) || v.matches(CMND) ? "VN"
                    : v.matches(NRC) ? "MM" : "?";
            case "MF" -> INDONESIAN_PHONES.stream().anyMatch(v::matches) ? "ID"
                    : VIETNAMESE_PHONES.stream().anyMatch(v::matches) ? "VN"
                    : MYANMAR_PHONES.stream().anyMatch(v::matches) ? "MM" : "?";
            case "IF" -> v.startsWith("0001") ? "ID" : v.startsWith("SSB") ? "MM" : "VN";
            case "BF" -> v.contains("-") || v.length() == 10 ? "ID" : v.length() == 13 ? "VN" : "MM";
            default -> v.startsWith("Desa") ? "ID" : v.startsWith("Xóm") ? "VN" : "MM";
        };
    }

    @Test
    void formsOfAddressAndTitlesStayOutsideTheNameSpan() {
        TemplateChecks.AddressForms forms = new TemplateChecks.AddressForms(Blind47Templates.chineseNames(), PREFIXES,
                HONORIFICS);
        for (String template : T) {
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    if (s.kind() != EntityKind.NAME) continue;
                    String v = s.in(r.text());
                    String before = r.text().substring(0, s.start()), after = r.text().substring(s.end());
                    assertThat(v).as(r.text()).doesNotStartWith("Dr ").doesNotStartWith("Mr ").doesNotStartWith("Pak ")
                            .doesNotEndWith("医生").doesNotEndWith("师傅").doesNotEndWith("老大").doesNotEndWith("船长")
                            .doesNotEndWith("阿婆").doesNotEndWith("大伯").doesNotStartWith("船老大")
                            .doesNotStartWith("阿拉");
                    forms.count(v, before, after, r.text());
                }
            }
        }
        forms.check("老X, 小X", 20, "X老大, X医生, X阿婆 …", 100);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind47Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
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
        assertThat(Blind47Templates.isScannedName("王\n海根")).isTrue();
        assertThat(Blind47Templates.isScannedName("王 海 根")).isTrue();
        assertThat(Blind47Templates.isScannedName("王海根")).isFalse();
        assertThat(Blind47Templates.isScannedName("张 三")).isFalse();
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lowerX = 0, blanks = 0, hyphens = 0, legacy = 0, cards = 0, cardsSpaced = 0, cardsHyphens = 0,
                cards19 = 0, accounts = 0;
        Map<String, Integer> regions = new HashMap<>();
        List<String> foreignIds = new ArrayList<>();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(2500)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    if (isForeignId(v)) {
                        checkForeignId(v);
                        foreignIds.add(v);
                        continue;
                    }
                    checkIdentity(v);
                    ids++;
                    if (v.endsWith("x")) lowerX++;
                    if (v.contains(" ")) blanks++;
                    if (v.contains("-")) hyphens++;
                    if (v.length() == 15) legacy++;
                    regions.merge(v.substring(0, 2), 1, Integer::sum);
                    regions.merge(v.substring(0, 4), 1, Integer::sum);
                    regions.merge(v.substring(0, 6), 1, Integer::sum);
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    if (v.matches(FOREIGN_ACCOUNT)) {
                        accounts++;
                        continue;
                    }
                    TemplateChecks.checkCardInFours(v);
                    cards++;
                    if (v.contains(" ")) cardsSpaced++;
                    if (v.contains("-")) cardsHyphens++;
                    if (v.replaceAll("[ -]", "").length() == 19) cards19++;
                }
            }
        }
        assertThat(ids).isGreaterThan(250);
        assertThat(lowerX).as("identity numbers with a lower-case x").isPositive();
        assertThat(blanks).as("identity numbers 6-8-4 by blanks").isPositive();
        assertThat(hyphens).as("identity numbers 6-8-4 by hyphens").isPositive();
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(cards).isGreaterThan(60);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isPositive();
        assertThat(cardsHyphens).as("bank cards in fours by hyphens").isPositive();
        assertThat(cards19).as("nineteen-digit cards").isPositive();
        assertThat(accounts).as("foreign crew's accounts at home").isGreaterThan(30);
        assertThat(regions.getOrDefault("3309", 0)).as("issued in Zhoushan").isGreaterThan(60);
        assertThat(regions.getOrDefault("330225", 0) + regions.getOrDefault("331081", 0)).as("issued in 象山 and 温岭")
                .isGreaterThan(10);
        for (String province : List.of("34", "41", "51", "52")) {
            assertThat(regions.getOrDefault(province, 0)).as("issued in the crew's home province " + province)
                    .isGreaterThan(5);
        }
        for (String form : List.of(NIK, CCCD, CMND, NRC)) {
            assertThat(foreignIds).as("foreign identity numbers " + form).anyMatch(v -> v.matches(form));
        }
        IdentifierTally.checkTheChecksReject("330921", "33092119631103123");
    }

    @Test
    void thePromisedPhoneRecordInsuranceAccountAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, phones);
        TemplateChecks.checkEveryFormOccurs("spoken digits", List.of("幺.*", "一.*", ".*零.*", ".*洞.*", ".*两.*",
                ".*拐.*"), phones);
        assertThat(phones).as("a spoken number says the one one way")
                .noneMatch(v -> v.contains("幺") && v.contains("一"));
        assertThat(phones).as("a spoken number says the nought one way")
                .noneMatch(v -> v.contains("洞") && v.contains("零"));
        TemplateChecks.checkEveryFormOccurs("phone area", List.of("\\(?0580\\D.*", "\\(?0574\\D.*", "\\(?0576\\D.*",
                "\\(?021\\D.*"), phones);
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("record form", List.of("20\\d{8}", "MZ.*", "GQWS.*", "DJWS.*", "YC.*",
                "330922\\d{11}"), values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("3309\\d{10}", "3[45]\\d{12}", "[A-H]\\d{8}",
                "0001\\d{9}", "GD.*", "DN.*", "HN.*", "SSB-6/.*", "SSB-10/.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("account form", List.of("\\d{4}-01-.*", "0\\d{9}", "007100\\d{7}",
                "3604205\\d{6}", "0273\\d{13}", "\\d{16}", "\\d{19}", "(\\d{4} ){3}\\d{4}", "(\\d{4}-){4}\\d{3}"),
                values.get(EntityKind.BANK_CARD));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*村\\d+号", ".*幢\\d单元\\d+室", ".*[乡镇]",
                ".*村", ".*路", ".*路\\d+号", ".*村\\d+组", "浙江省.*", "舟山市.*", "嵊泗县.*", "普陀区.*", "岱山县.*",
                "定海区.*", "安徽省.*", "河南省.*", "四川省.*", "贵州省.*", ".*东极镇.*", "Desa .*", "Xóm .*", "No\\. .*"),
                values.get(EntityKind.ADDRESS));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of(
                // Vessels, MMSI, call signs, positions, 北斗 cards, hotlines, consultation numbers.
                "浙岱渔03187", "浙普渔68012", "浙嵊渔07745", "ZHE DAI YU 03187", "ZHE PU YU 68012",
                "MMSI 412423517", "\"mmsi\":\"412417368\"", "BZVK7", "BZWJ5", "29°58.3′N 122°47.6′E",
                "30°12′N 123°05′E", "30°25'N 124°10'E", "北纬29度40分", "北斗卡号246819", "拨12395", "报警电话：12395",
                "HY-2024-0317", "TM20240317-08",
                // Helicopters, ferries, piers, anchorages, tides and weather.
                "B-7328", "嵊翔6号", "东海救113轮", "李柱山码头", "半升洞码头", "岙山锚地", "潮位3.85m", "北风6级", "风力7级",
                // Passports, seafarer's books, certificates, policy, report and claim numbers, escort cards.
                "护照C4821736", "passport C4821736", "B 5527193", "F 287154", "ZJ2023-D-04817", "HB3309212024000387",
                "BA20240317008", "LP2024-0387", "PI/24/0387", "PH-0386",
                // Treatment tables, pressures, money.
                "2.8ATA", "美国海军治疗表6", "USN Table 6", "86,000元", "312.60元", "8,600 CNY",
                // Facilities and places alone.
                "东海岛屿医院", "嵊泗县枸杞乡卫生院", "舟山海上搜救中心", "东海第一救助飞行队", "朱家尖机场", "沈家门渔港",
                "Donghai Islands Hospital", "Zhoushan MRCC", "Consulate-General, Shanghai", "Shenjiamen",
                // Roles, kin words and Zhoushan words.
                "船老大", "老头子", "阿拉娘", "老伴", "村医", "网格员", "中介", "翻译", "阿拉", "交关", "辰光", "做生活",
                "发寒热", "望一望", "勿要急",
                // Words beginning with one of the pool's surnames.
                "胡话", "应急", "周边", "石膏", "夏季", "能否"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        TemplateChecks.LabelledNames labelled = TemplateChecks.checkLabelledNames(T, SEED, RECORDS,
                Blind47TemplatesTest::checkValue, checkedNames(), Blind47Templates::fullNameOf);
        Set<String> fullNames = labelled.fullNames(), values = labelled.values();
        assertThat(fullNames).as("every Chinese pool name is drawn").containsAll(Blind47Templates.chineseNames());
        assertThat(values).as("every foreign crew member is written as the passport writes him")
                .containsAll(Blind47Templates.minorityNames());
        assertThat(values).as("every foreign crew member in capitals").containsAll(Blind47Templates.minorityNames()
                .stream().map(n -> n.toUpperCase(Locale.ROOT)).toList());
        assertThat(values).as("every Chinese rendering").containsAll(Blind47Templates.chineseRenderings());
        assertThat(values).as("every name used on board").containsAll(Blind47Templates.calledNames());
        assertThat(values).as("every nickname is drawn").containsAll(Blind47Templates.nicknames());
        assertThat(values).as("every foreign name is drawn").containsAll(Blind47Templates.fullForms());
        assertThat(values).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind47Templates.englishGivenNames().toList());
        assertThat(values).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind47Templates.englishSurnames().toList());
        assertThat(values).as("Han given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind47Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(values).as("阿X (PA)").anyMatch(v -> v.matches("阿\\p{IsHan}")
                && Blind47Templates.chineseNames().stream().anyMatch(n -> Blind47Templates.hypocoristic(n).equals(v)));
        assertThat(values).as("pinyin names, in capitals, title case and given name first (PY)")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+")).anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+"));
        assertThat(values).as("the doctor's pinyin family name alone (DYS)").anyMatch(v -> v.matches("[A-Z][a-z]+")
                && Blind47Templates.chineseNames().stream().anyMatch(n -> Blind47Templates.pinyinFamily(n).equals(v)));
        assertThat(values).as("rare surnames are used alone (DS, PS, NS)")
                .anyMatch(v -> v.length() == 1 && RARE_SURNAMES.contains(v));
        assertThat(values).as("word-like names are labelled").containsAll(Blind47Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind47Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 3)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(5);
        assertThat(Blind47Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        long common = chinese.stream().filter(n -> COMMON_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long island = chinese.stream().filter(n -> ISLAND_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(common * 2).as("the commonest surnames carry half or more").isGreaterThanOrEqualTo(chinese.size());
        assertThat(island).as("the islands' own surnames").isGreaterThanOrEqualTo(15);
        assertThat(rare * 10).as("rare surnames are a minority").isLessThanOrEqualTo(chinese.size()).isPositive();
        assertThat(chinese.stream().filter(n -> n.charAt(0) == '王').count()).as("王 is the commonest surname")
                .isGreaterThan(chinese.stream().filter(n -> n.charAt(0) == '李').count());
        assertThat(chinese.stream().map(Blind47Templates::hypocoristic).filter(chinese::contains))
                .as("阿X is no pool name").isEmpty();
        List<String> minority = Blind47Templates.minorityNames();
        assertThat(minority).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind47Templates.INDONESIAN).hasSizeGreaterThanOrEqualTo(6);
        assertThat(Blind47Templates.BURMESE).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Blind47Templates.VIETNAMESE).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Blind47Templates.calledNames()).as("the names used on board tell the crew apart")
                .hasSize(minority.size());
        assertThat(Blind47Templates.chineseRenderings()).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("\\p{IsHan}+(·\\p{IsHan}+)?")).doesNotContainAnyElementsOf(chinese);
        assertThat(Blind47Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese)
                .allMatch(k -> chinese.stream().noneMatch(k::contains));
        assertThat(Blind47Templates.ENGLISH).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(LAST_OLDER);
        assertThat(TemplateChecks.namesNotNew(OLDER_POOLS, olderSurnames, chinese, minority,
                Blind47Templates.englishSurnames().toList(), Blind47Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
        Set<String> olderStrings = OlderGroups.stringsAndListedParts(OLDER);
        assertThat(Stream.of(chinese, minority, Blind47Templates.nicknames(), Blind47Templates.chineseRenderings(),
                        Blind47Templates.calledNames()).flatMap(List::stream).filter(olderStrings::contains))
                .as("names an older group already has").isEmpty();
        Set<String> olderHanNames = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) {
            olderHanNames.addAll(TemplateChecks.list(c, "CHINESE"));
            olderHanNames.addAll(TemplateChecks.list(c, "MINORITY"));
        }
        assertThat(Blind47Templates.chineseRenderings()).as("Chinese renderings an older pool has")
                .noneMatch(olderHanNames::contains);
        Set<String> olderKeys = new HashSet<>();
        for (String s : olderStrings) {
            olderKeys.add(OlderGroups.latinKey(s.replace('|', ' ')));
            String[] p = s.split("\\|");
            if (p.length == 2) olderKeys.add(OlderGroups.latinKey(p[1] + " " + p[0]));
            if (p.length == 3) olderKeys.add(OlderGroups.latinKey(p[0] + " " + p[1] + p[2]));
        }
        olderKeys.remove("");
        assertThat(Stream.of(Blind47Templates.fullForms(), minority, Blind47Templates.calledNames(),
                        Blind47Templates.pinyinForms()).flatMap(List::stream)
                .filter(n -> olderKeys.contains(OlderGroups.latinKey(n))))
                .as("Latin names an older list keeps, in any case").isEmpty();
        Set<String> olderHan = new HashSet<>();
        for (Class<?> c : OLDER_POOLS) olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
        assertThat(olderHan.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0))
                .as("older names with this group's rare surnames").isEmpty();
        String svSurnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(PoolNameForms::surnameOf).filter(RARE_SURNAMES::contains).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        Set<String> olderNicknames = OlderGroups.nicknamesUpTo(LAST_OLDER);
        assertThat(Blind47Templates.nicknames()).as("nicknames that are not new").noneMatch(olderNicknames::contains);
        List<String> areas = Blind47Templates.areaCodes();
        assertThat(areas).as("codes of Zhoushan, 象山, 温岭 and the crew's home counties")
                .allMatch(a -> a.matches("3309\\d{2}|330225|331081|34\\d{4}|41\\d{4}|51\\d{4}|52\\d{4}"))
                .doesNotHaveDuplicates();
        assertThat(Blind47Templates.legacyAreaCodes()).as("codes of before 1999 only").isSubsetOf(areas)
                .allMatch(a -> a.startsWith("3309") || a.equals("330225"));
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese names, the foreign crew in every full
     * form, nicknames, the agency staff in full, pinyin names, and English and on-board names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind47Templates.chineseNames().stream(), Blind47Templates.minorityNames().stream(),
                        Blind47Templates.minorityNames().stream().map(n -> n.toUpperCase(Locale.ROOT)),
                        Blind47Templates.chineseRenderings().stream(), Blind47Templates.nicknames().stream(),
                        Blind47Templates.fullForms().stream(), Blind47Templates.pinyinForms().stream(),
                        Blind47Templates.calledNames().stream().filter(s -> s.length() >= 3),
                        Blind47Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind47Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static boolean isForeignId(String v) {
        return v.matches(NIK) || v.matches(CCCD) || v.matches(CMND) || v.matches(NRC);
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]|\\d{6}-\\d{8}-\\d{3}[\\dX]",
                Blind47Templates.areaCodes());
        if (v.length() == 15) {
            assertThat(Blind47Templates.legacyAreaCodes()).as("15-digit number on a code of its time: " + v)
                    .contains(v.substring(0, 6));
        }
    }

    private static void checkForeignId(String v) {
        assertThat(isForeignId(v)).as("foreign identity number " + v).isTrue();
        if (v.matches(CCCD)) {
            int yy = Integer.parseInt(v.substring(4, 6));
            assertThat(v.charAt(3) == '2' ? yy <= 5 : yy >= 70).as("century digit of " + v).isTrue();
        }
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind47Templates.isPoolName(value)).as("name from the BLIND_47 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> {
                if (value.matches("\\d{9}|\\d{12}|\\d{16}|.*/.*")) checkForeignId(value);
                else checkIdentity(value);
            }
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> {
                assertThat(value).matches(CHINESE_INSURANCE + "|" + FOREIGN_INSURANCE);
                if (value.matches("\\d{14}")) {
                    assertThat(Blind47Templates.areaCodes()).as("insurance number on an area code: " + value)
                            .contains(value.substring(0, 6));
                }
            }
            case BANK_CARD -> {
                if (!value.matches(FOREIGN_ACCOUNT)) TemplateChecks.checkCardInFours(value);
            }
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> assertThat(value).matches(v -> v.matches(FOREIGN_ADDRESS)
                    || !v.contains(" ") && (v.matches(ISLAND_ADDRESS) || v.matches(HOME_ADDRESS)), "an address");
        }
    }
}

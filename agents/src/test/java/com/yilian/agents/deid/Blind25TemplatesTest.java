package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.yilian.agents.deid.TemplateGenre.EMAIL;
import static com.yilian.agents.deid.TemplateGenre.HL7;
import static com.yilian.agents.deid.TemplateGenre.JSON;
import static com.yilian.agents.deid.TemplateGenre.MULTI_LINE;
import static com.yilian.agents.deid.TemplateGenre.OCR;
import static com.yilian.agents.deid.TemplateGenre.SMS;
import static com.yilian.agents.deid.TemplateGenre.WECHAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the twenty-fifth blind group only: its templates expand through the generator, every record
 * carries identifiers, every labelled span is exactly the value substituted for its slot and reads as its kind says,
 * every pool name turns up, forms of address and titles (also a Japanese surname with さん, 様, 先生 or 部长) label the
 * surname only and a given name used alone the given name, OCR'd names broken by a line break or blanks are one span,
 * resident identity numbers (also with a lower-case x or 6-8-4 by blanks) carry a valid GB 11643 check character and an
 * area code of the group's regions, 15-digit numbers a valid birth date, bank cards a valid Luhn digit, the phone (at
 * home, spoken, in Korea, Japan and Russia), record, insurance, address and birth-date forms the group promises do
 * occur, a child known by a parent's name labels the parent, the decoys stand in the text and are never labelled, the
 * generator is deterministic by seed, no pool name stands anywhere in the text outside a labelled span, the pools,
 * their rare surnames and compound surnames are new, and most names carry common surnames, as a patient list of
 * Jiaodong would. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind25TemplatesTest {
    private static final List<String> T = Blind25Templates.BLIND_25;
    private static final long SEED = Blind25Templates.SEED;
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;
    private static final String SPOKEN_DIGIT = "[幺零二三四五六七八九]";
    private static final List<String> MOBILES = List.of("1[3-9]\\d{9}", "1[3-9]\\d \\d{4} \\d{4}",
            "1[3-9]\\d-\\d{4}-\\d{4}", "\\+86 1[3-9]\\d{9}", "\\+86-1[3-9]\\d-\\d{4}-\\d{4}");
    private static final List<String> SPOKEN_MOBILES = List.of(
            "幺[三四五六七八九]" + SPOKEN_DIGIT + " " + SPOKEN_DIGIT + "{4} " + SPOKEN_DIGIT + "{4}",
            "幺[三四五六七八九]" + SPOKEN_DIGIT + "，" + SPOKEN_DIGIT + "{4}，" + SPOKEN_DIGIT + "{4}",
            "幺[三四五六七八九]" + SPOKEN_DIGIT + "{9}");
    private static final List<String> FOREIGN_PHONES = List.of("\\+82 10-\\d{4}-\\d{4}", "010-\\d{4}-\\d{4}",
            "\\+82 10 \\d{4} \\d{4}", "\\+81 [789]0-\\d{4}-\\d{4}", "0[89]0-\\d{4}-\\d{4}", "\\+7 914 \\d{3}-\\d{2}-\\d{2}");
    private static final String AREAS = "(0532|0535|0536|0631|0433)";
    private static final List<String> LANDLINES = List.of("\\(" + AREAS + "\\)[2-8]\\d{6,7}",
            AREAS + " [2-8]\\d{2,3} \\d{4}", AREAS + "-[2-8]\\d{6,7}转\\d{3,4}", "\\+86 (532|535|536|631|433) [2-8]\\d{6,7}",
            AREAS + "-[2-8]\\d{6,7}");
    private static final List<String> PHONES = Stream.of(MOBILES, SPOKEN_MOBILES, FOREIGN_PHONES, LANDLINES)
            .flatMap(List::stream).toList();
    private static final List<String> BIRTH_DATES = List.of("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日",
            "(19|20)\\d{2}年0\\d月\\d{2}日", "(19|20)\\d{2}-\\d{2}-\\d{2}", "(19|20)\\d{2}\\.\\d{1,2}\\.\\d{1,2}",
            "(19|20)\\d{2}/\\d{2}/\\d{2}",
            "[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}",
            "[〇一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}号",
            "(19|20)\\d{6}", "\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}", "[A-Z][a-z]{2,8} \\d{1,2}, (19|20)\\d{2}",
            "\\d{2}\\.\\d{2}\\.(19|20)\\d{2}", "\\d{2}/\\d{2}/(19|20)\\d{2}", "(昭和|平成)\\d{1,2}年\\d{1,2}月\\d{1,2}日",
            "[SH]\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}");
    private static final String RECORD = "AY(1[6-9]|2[0-5])\\d{6}|00\\d{6}|37\\d{15}|HD-\\d{4}"
            + "|GJ(1[6-9]|2[0-5])-\\d{5}";
    private static final String INSURANCE = "AHYB\\d{10}|SDJM\\d{10}|GS20(1[6-9]|2[0-5])-\\d{6}|CHX37\\d{8}"
            + "|YT3706-\\d{8}";
    private static final String ADDRESS = "(山东省|吉林省)?(鳌海市|烟台市|威海市|青岛市|延边朝鲜族自治州)"
            + "\\S*?(\\d+室|\\d+-\\d+-\\d+|\\d+号|村|组|路|街|大道|大街)";
    private static final String LATIN_ADDRESS = ".*\\d.*(Busan 48\\d{3}|Seoul 06\\d{3}|Yokohama 220-00\\d{2}"
            + "|Vladivostok 6900\\d{2})";
    private static final String HANGUL_ADDRESS = "(부산광역시 해운대구|서울특별시 강남구) \\S+ \\d+, (\\d+동 )?\\d+호";
    private static final String JAPANESE_ADDRESS = "大阪府大阪市北区梅田\\d丁目\\d+番\\d+号";
    private static final List<String> LANDLINE_AREAS = List.of("0532", "0535", "0536", "0631", "0433");
    private static final List<String> HONORIFICS = List.of("大爷", "大娘", "奶奶", "姨", "师傅", "工", "大夫", "医生",
            "主任", "老师", "书记", "厂长");
    private static final List<String> JAPANESE_HONORIFICS = List.of("さん", "様", "先生", "部长");
    /** The pool's surnames that no earlier blind group gave anyone. */
    private static final String RARE_SURNAMES = Blind25Templates.RARE_SURNAMES;
    /** Mid-frequency surnames peculiar to the peninsula (used by earlier groups too, but not among the common ones). */
    private static final String JIAODONG_SURNAMES = "丛隋鞠宫战初衣栾矫慕滕修";

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "NC", "NM", "PS", "FS", "PG", "PK",
                "PY", "PO", "EG", "KR", "KH", "JK", "JS", "JR", "KC"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("DOBJ", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        phi.put("DOBC", EntityKind.BIRTH_DATE);
        phi.put("MX", EntityKind.PHONE);
        phi.put("MV", EntityKind.PHONE);
        phi.put("AO", EntityKind.ADDRESS);
        return Map.copyOf(phi);
    }

    private static final List<Class<?>> OLDER = OlderGroups.upTo(24);

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() throws ReflectiveOperationException {
        assertThat(T).hasSizeBetween(100, 150).doesNotHaveDuplicates();
        OlderGroups.checkNoTemplateRepeated(T, OLDER);
        List<String> used = T.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "NC", "NM", "PS", "FS", "DS", "PG", "PK", "PY",
                "PO", "KR", "KH", "JK", "JS", "JR", "KC", "EG", "ES", "MN", "ID", "M", "MV", "MX", "L", "R", "I", "B", "A", "A0",
                "AO", "DOB", "DOBE", "DOBC", "DOBJ", "NB", "E", "E2", "P", "F", "DR");
        TemplateChecks.checkSlotsUsedAtLeast(T, 3, List.of("P", "N", "NC", "NM", "ID", "M", "MV", "MX", "L", "R", "I",
                "B", "A", "A0", "AO", "DOB", "DOBE", "DOBC", "DOBJ", "NB", "PS", "FS", "PG", "PK", "PY", "PO", "KR",
                "KH", "JK", "JS", "JR", "KC", "MN", "EG", "ES", "E2"));
        assertThat(TemplateChecks.mostlyLatin(T)).as("English or mostly Latin-script templates").isBetween(17L, 24L);
        TemplateChecks.checkSlots(T, PHI);
        TemplateChecks.checkLiteralBracesAndLineEnds(T);
        TemplateGenre.checkAtLeast(T, Map.of(MULTI_LINE, 30, JSON, 4, HL7, 4, OCR, 8, WECHAT, 5, SMS, 8, EMAIL, 5));
        assertThat(T.stream().filter(t -> t.startsWith("[语音")).count()).as("dialect voice notes")
                .isGreaterThanOrEqualTo(12);
        assertThat(T.stream().filter(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HANGUL || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA))
                .count()).as("texts with Korean or Japanese script").isGreaterThanOrEqualTo(3);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(T, checkedNames(), Blind25Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(T, SEED, PHI, Blind25TemplatesTest::checkValue);
    }

    @Test
    void theGeneratorIsDeterministicBySeed() {
        TemplateChecks.checkDeterministicBySeed(T, SEED);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(T, SEED, PHI, Blind25Templates::surnameOf,
                Blind25Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(30);
        assertThat(Blind25Templates.surnameOf("毌丘守信")).isEqualTo("毌丘");
        assertThat(Blind25Templates.surnameOf("叔孙雅琴")).isEqualTo("叔孙");
        assertThat(Blind25Templates.surnameOf("王殿臣")).isEqualTo("王");
        assertThat(Blind25Templates.addressedGivenName("王殿臣")).isEqualTo("殿臣");
        assertThat(Blind25Templates.addressedGivenName("叔孙雅琴")).isEqualTo("雅琴");
        assertThat(Blind25Templates.addressedGivenName("王婧")).isEqualTo("王婧");
    }

    @Test
    void formsOfAddressStayOutsideTheSurnameSpan() {
        Pattern around = Pattern.compile("[老小]\\{(PS|FS|DS)}|护士长\\{DS}|\\{(PS|FS|DS)}("
                + String.join("|", HONORIFICS) + ")|\\{JS}");
        int prefixed = 0, suffixed = 0, japanese = 0;
        Set<String> honorificsSeen = new HashSet<>();
        Set<String> japaneseSeen = new HashSet<>();
        for (String template : T) {
            if (!around.matcher(template).find()) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(SEED, List.of(template)).generate(20)) {
                for (Span s : r.gold()) {
                    String v = s.in(r.text());
                    String after = r.text().substring(s.end());
                    if (Blind25Templates.kanjiSurnames().contains(v)) {
                        for (String h : JAPANESE_HONORIFICS) {
                            if (after.startsWith(h)) {
                                japaneseSeen.add(h);
                                japanese++;
                            }
                        }
                        continue;
                    }
                    boolean surname = Blind25Templates.chineseNames().stream()
                            .anyMatch(n -> Blind25Templates.surnameOf(n).equals(v));
                    if (!surname) continue;
                    char before = s.start() > 0 ? r.text().charAt(s.start() - 1) : ' ';
                    assertThat(v).as(r.text()).doesNotContain("老", "小", "大", "爷", "娘", "奶", "姨", "师", "傅", "工",
                            "夫", "医", "生", "主", "任", "书", "记", "厂", "长");
                    if (before == '老' || before == '小' || r.text().startsWith("护士长", Math.max(0, s.start() - 3))) {
                        prefixed++;
                    }
                    for (String h : HONORIFICS) {
                        if (after.startsWith(h)) {
                            honorificsSeen.add(h);
                            suffixed++;
                            break;
                        }
                    }
                }
            }
        }
        assertThat(prefixed).as("老X, 小X, 护士长X").isGreaterThan(20);
        assertThat(suffixed).as("X大夫, X大爷, X师傅 …").isGreaterThan(150);
        assertThat(honorificsSeen).as("every form of address is written").containsAll(HONORIFICS);
        assertThat(japanese).as("Japanese surnames with a form of address").isGreaterThan(20);
        assertThat(japaneseSeen).as("every Japanese form of address is written").containsAll(JAPANESE_HONORIFICS);
    }

    @Test
    void ocrBrokenNamesAreOneSpanAroundTheBreak() {
        int broken = 0, single = 0, ideographic = 0, spaced = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() != EntityKind.NAME || !v.matches("(?s).*[ \n\u3000].*")) continue;
                if (v.codePoints().anyMatch(TemplateChecks::isLatin)) continue;
                assertThat(Blind25Templates.isScannedName(v)).as(v + " in " + r.text()).isTrue();
                if (v.contains("\n")) broken++;
                if (v.matches("\\S+ \\S+") && v.length() > 3) single++;
                if (v.contains("\u3000")) ideographic++;
                if (v.matches("(\\S )+\\S")) spaced++;
            }
        }
        assertThat(broken).as("names broken by a line break").isGreaterThan(10);
        assertThat(single).as("names with a blank after the surname").isGreaterThan(5);
        assertThat(ideographic).as("names with an ideographic blank between the characters").isGreaterThan(10);
        assertThat(spaced).as("names with a blank between every character").isGreaterThan(10);
        assertThat(Blind25Templates.isScannedName("王\n殿臣")).isTrue();
        assertThat(Blind25Templates.isScannedName("王 殿臣")).isTrue();
        assertThat(Blind25Templates.isScannedName("王\u3000殿\u3000臣")).isTrue();
        assertThat(Blind25Templates.isScannedName("王殿臣")).isFalse();
        assertThat(Blind25Templates.isScannedName("王\n殿")).isFalse();
    }

    @Test
    void aChildKnownByAParentsNameLabelsTheParent() {
        assertThat(TemplateChecks.checkParentBeforeKinWords(T, SEED, RECORDS, List.of("之子", "之女")))
                .isGreaterThan(10);
    }

    @Test
    void identityNumbersCarryValidCheckCharactersAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, blanks = 0, legacy = 0, yanbian = 0;
        int cards = 0, cardsSpaced = 0, cardsHyphens = 0, cards19 = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(2500)) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    checkIdentity(v);
                    ids++;
                    if (v.endsWith("x")) lower++;
                    if (v.contains(" ")) blanks++;
                    if (v.length() == 15) legacy++;
                    if (v.startsWith("2224")) yanbian++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    TemplateChecks.checkCardInFours(v);
                    cards++;
                    if (v.contains(" ")) cardsSpaced++;
                    if (v.contains("-")) cardsHyphens++;
                    if (v.replaceAll("[ -]", "").length() == 19) cards19++;
                }
            }
        }
        assertThat(ids).isGreaterThan(250);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(blanks).as("identity numbers 6-8-4 by blanks").isGreaterThan(0);
        assertThat(legacy).as("15-digit identity numbers").isGreaterThan(10);
        assertThat(yanbian).as("identity numbers issued in Yanbian").isGreaterThan(10);
        assertThat(cards).isGreaterThan(50);
        assertThat(cardsSpaced).as("bank cards in fours by blanks").isGreaterThan(0);
        assertThat(cardsHyphens).as("bank cards in fours by hyphens").isGreaterThan(0);
        assertThat(cards19).as("nineteen-digit cards").isGreaterThan(0);
        // The checks reject what they should.
        assertThat(TemplateChecks.legacyIdValid("370682630230123")).as("30 February").isFalse();
        assertThat(TemplateChecks.legacyIdValid("370682631103123")).isTrue();
        assertThat(Checksums.luhn("6222020000000002")).isFalse();
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values = TemplateChecks.valuesByKind(T, SEED, RECORDS);
        TemplateChecks.checkEveryFormOccurs("phone form", PHONES, values.get(EntityKind.PHONE));
        TemplateChecks.checkEveryFormOccurs("birth-date form", BIRTH_DATES, values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("record form", List.of("AY.*", "00\\d{6}", "37\\d{15}", "HD-.*", "GJ.*"),
                values.get(EntityKind.MEDICAL_RECORD));
        TemplateChecks.checkEveryFormOccurs("insurance form", List.of("AHYB.*", "SDJM.*", "GS.*", "CHX37.*",
                "YT3706-.*"), values.get(EntityKind.INSURANCE));
        TemplateChecks.checkEveryFormOccurs("address form", List.of(".*号楼\\d单元\\d+室", ".*[园村苑庭区]\\d+-\\d-\\d+",
                ".*员工宿舍\\d号楼\\d+室", ".*村[东西前后]街\\d+号", ".*村\\d+号", ".*村\\d+组", ".*村[一二三四五六七八九]组",
                ".*组\\d+号", ".*村", ".*(路|街|大道)", "山东省.*", "吉林省.*", "鳌海市.*", "烟台市.*", "威海市.*", "青岛市.*",
                "延边.*", "Apt .*Busan 48\\d{3}", ".*Seoul 06\\d{3}", "부산광역시.*", "서울특별시.*", ".*Yokohama.*",
                "大阪府.*", ".*Vladivostok.*"), values.get(EntityKind.ADDRESS));
        TemplateChecks.checkEveryFormOccurs("phone area", LANDLINE_AREAS.stream()
                .map(a -> "\\(?" + a + "\\D.*|\\+86 " + a.substring(1) + " .*").toList(), values.get(EntityKind.PHONE));
        TemplateChecks.checkEveryFormOccurs("children's dates", List.of("20(1[4-9]|2\\d)年\\d{1,2}月\\d{1,2}日",
                "20(1[4-9]|2\\d)-\\d{2}-\\d{2}", "20(1[4-9]|2\\d)\\.\\d{1,2}\\.\\d{1,2}", "20(1[4-9]|2\\d)\\d{4}"),
                values.get(EntityKind.BIRTH_DATE));
        TemplateChecks.checkEveryFormOccurs("Japanese era dates", List.of("昭和.*", "平成.*", "S\\d.*", "H\\d.*"),
                values.get(EntityKind.BIRTH_DATE));
    }

    @Test
    void decoysStandInTheTextAndAreNeverLabelled() {
        TemplateChecks.checkDecoysWrittenAndNeverLabelled(T, SEED, RECORDS, List.of("H1287号船", "Hull No. H1287",
                "TGHU8412093", "LL-2024-0518", "-18℃", "护照号：M72345618", "护照号M72345618", "学号2021013487",
                "学号2022051206", "YD20240387", "鳌人社工伤认字〔2024〕第0387号", "化验单号20240518", "MSG24518", "SY0387",
                "SY0412", "鲁鳌渔60123", "M/V Blue Bay Pioneer", "Seyu Electronics", "Fengho Precision",
                "鳌海蓝湾船舶重工有限公司", "鳌海世宇电子有限公司", "鳌海港冷链物流园", "鲍湾海珍品养殖场", "蛎湾镇卫生院",
                "后夼村卫生室", "望潮街道社区卫生服务中心", "颐寿苑医养结合中心", "血液净化中心", "鳌海海洋大学",
                "鳌海医科大学附属医院", "鳌海市精神卫生中心", "延边大学附属医院", "鳌海市职业病防治院", "丰和精工医务室",
                "Aohai Ocean University Clinic", "吉林省延边州", "国籍：韩国", "在韩国留学", "38.7度", "45dB",
                "Barthel评分15分", "INR 3.6", "3350g",
                "俺", "恁", "夜来", "饽饽", "小嫚", "老嫚", "哈酒", "哈水", "哈了", "知不道", "杠粗", "掌柜", "闺女",
                "于是", "曲马多", "孙子", "蜂王浆", "姜汤", "宫颈癌", "初诊", "迟发性", "栾树", "毕业", "战友", "矫形鞋垫",
                "由于", "相关", "马齿苋", "金银花", "海参", "海肠", "鲅鱼", "海虹", "皮皮虾", "莱阳梨", "烟台苹果", "蛎壳",
                "扇贝笼", "海胆", "海带", "生蚝", "高压氧", "醉酒后呕吐", "韩国餐馆", "日本话",
                "raw oysters"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        Set<String> pinyin = new HashSet<>();
        Set<String> korean = new HashSet<>();
        Set<String> japanese = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : new ClinicalTextGenerator(SEED, T).generate(RECORDS)) {
            TemplateChecks.checkSpans(r, Blind25TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() != EntityKind.NAME) continue;
                labelledValues.add(value);
                if (Blind25Templates.fullNameOf(value) != null) labelledNames.add(Blind25Templates.fullNameOf(value));
                if (Blind25Templates.pinyinOf(value) != null) pinyin.add(Blind25Templates.pinyinOf(value));
                if (Blind25Templates.koreanOf(value) != null) korean.add(Blind25Templates.koreanOf(value));
                if (Blind25Templates.romajiOf(value) != null) japanese.add(Blind25Templates.romajiOf(value));
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind25Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind25Templates.minorityNames());
        assertThat(labelledNames).as("every nickname is drawn").containsAll(Blind25Templates.nicknames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind25Templates.englishNames().toList());
        assertThat(pinyin).as("every pinyin pool name is drawn").containsAll(Blind25Templates.pinyinNames());
        assertThat(korean).as("every Korean pool name is drawn").containsAll(Blind25Templates.koreanNames());
        assertThat(japanese).as("every Japanese pool name is drawn").containsAll(Blind25Templates.japaneseNames());
        assertThat(labelledValues).as("Korean names in Hangul (KH)").containsAnyElementsOf(Blind25Templates.hangulNames());
        assertThat(labelledValues).as("Japanese names in kanji (JK)").containsAnyElementsOf(Blind25Templates.kanjiNames());
        assertThat(labelledValues).as("Japanese surnames used alone (JS)")
                .containsAnyElementsOf(Blind25Templates.kanjiSurnames());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind25Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("English family names are used alone (ES)")
                .containsAnyElementsOf(Blind25Templates.englishSurnames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind25Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind25Templates.compoundSurnames());
        assertThat(labelledValues).as("pinyin names in each written form")
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+") && Blind25Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]+") && Blind25Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z]+") && Blind25Templates.pinyinOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+/[A-Z]+"))
                .anyMatch(v -> v.matches("[A-Z][a-z]* [A-Z][a-z]*-[a-z]+") && Blind25Templates.pinyinOf(v) != null);
        assertThat(labelledValues).as("Korean names in each written form")
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+") && Blind25Templates.koreanOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+ [A-Z]+") && Blind25Templates.koreanOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+") && Blind25Templates.koreanOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]+-[a-z]+ [A-Z][a-z]+") && Blind25Templates.koreanOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+") && Blind25Templates.koreanOf(v) != null);
        assertThat(labelledValues).as("Japanese names in each written form")
                .anyMatch(v -> v.matches("[A-Z][a-z]+ [A-Z][a-z]+") && Blind25Templates.romajiOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z]+") && Blind25Templates.romajiOf(v) != null)
                .anyMatch(v -> v.matches("[A-Z]+ [A-Z][a-z]+") && Blind25Templates.romajiOf(v) != null);
        assertThat(labelledValues).as("word-like names are labelled").containsAnyElementsOf(Blind25Templates.WORD_LIKE);
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind25Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(Blind25Templates.compoundSurnames()).as("every compound surname has a name")
                .allMatch(c -> chinese.stream().anyMatch(n -> n.startsWith(c)));
        assertThat(chinese).as("two-character names").filteredOn(n -> n.length() == 2).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Blind25Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind25Templates.childNames()).as("children's names belong to the pool").isSubsetOf(chinese)
                .hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind25Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        // As a patient list of Jiaodong: a handful of surnames dominate, the peninsula's own ones are a good share,
        // rare and compound ones are a minority.
        String common = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES");
        long commonSurnames = chinese.stream()
                .filter(n -> !Blind25Templates.compoundSurnames().contains(Blind25Templates.surnameOf(n))
                        && common.indexOf(n.charAt(0)) >= 0)
                .count();
        long rare = chinese.stream().filter(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0
                || Blind25Templates.compoundSurnames().contains(Blind25Templates.surnameOf(n))).count();
        long topThree = chinese.stream().filter(n -> "王张李".indexOf(n.charAt(0)) >= 0).count();
        long jiaodong = chinese.stream().filter(n -> JIAODONG_SURNAMES.indexOf(n.charAt(0)) >= 0).count();
        assertThat(commonSurnames * 10).as("names with common surnames").isGreaterThanOrEqualTo(chinese.size() * 7L);
        assertThat(topThree * 5).as("王, 张 and 李 carry a fifth of the names or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(jiaodong * 10).as("surnames peculiar to the peninsula carry a tenth or more")
                .isGreaterThanOrEqualTo(chinese.size());
        assertThat(rare * 5).as("rare and compound surnames are a minority").isLessThanOrEqualTo(chinese.size());
        assertThat(Blind25Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        assertThat(Blind25Templates.koreanChineseNames()).as("Korean-Chinese names belong to the minority pool")
                .hasSizeGreaterThanOrEqualTo(12).isSubsetOf(Blind25Templates.minorityNames());
        assertThat(Blind25Templates.kanjiNames()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese).doesNotContainAnyElementsOf(Blind25Templates.minorityNames());
        assertThat(Blind25Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        assertThat(Blind25Templates.pinyinNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind25Templates.koreanNames()).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
        assertThat(Blind25Templates.hangulNames()).doesNotHaveDuplicates();
        assertThat(Blind25Templates.japaneseNames()).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(Blind25Templates.nicknames()).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(chinese);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(24);
        List<String> givenNames = Blind25Templates.englishGivenNames().toList();
        List<String> foreignHan = Stream.concat(Blind25Templates.minorityNames().stream(),
                Blind25Templates.kanjiNames().stream()).toList();
        assertThat(TemplateChecks.namesNotNew(OLDER, olderSurnames, chinese, foreignHan,
                Blind25Templates.englishSurnames().toList(), givenNames))
                .as("names that are not new").isEmpty();
        List<String> generable = new ArrayList<>();
        for (String n : foreignHan) {
            if (TemplateChecks.syntheticValuesCanGenerate(n)) generable.add(n);
        }
        assertThat(generable).as("Korean and Japanese names in Chinese characters SyntheticValues can generate")
                .isEmpty();
        Set<String> olderChinese = new HashSet<>();
        Set<String> olderLatin = new HashSet<>();
        Set<String> olderCompounds = new HashSet<>(TemplateChecks.list(SyntheticValues.class, "COMPOUND"));
        List<String> olderHan = new ArrayList<>();
        for (Class<?> c : OLDER) {
            olderHan.addAll(TemplateChecks.list(c, "CHINESE"));
            olderChinese.addAll(TemplateChecks.list(c, "CHINESE"));
            olderChinese.addAll(TemplateChecks.list(c, "MINORITY"));
            for (String n : TemplateChecks.list(c, "ENGLISH")) olderLatin.add(TemplateChecks.latinPairKey(n));
            try {
                olderCompounds.addAll(TemplateChecks.list(c, "COMPOUND_SURNAMES"));
            } catch (NoSuchFieldException e) {
                // this group wrote no compound surnames of its own
            }
        }
        assertThat(Blind25Templates.compoundSurnames()).as("compound surnames that are not new")
                .noneMatch(olderCompounds::contains);
        assertThat(olderHan).as("older names with this group's rare surnames")
                .noneMatch(n -> RARE_SURNAMES.indexOf(n.charAt(0)) >= 0
                        || Blind25Templates.compoundSurnames().stream().anyMatch(n::startsWith));
        String svSurnames = common + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        assertThat(RARE_SURNAMES.chars()).as("rare surnames the first generator does not write")
                .noneMatch(c -> svSurnames.indexOf(c) >= 0);
        assertThat(chinese.stream().map(Blind25Templates::surnameOf).filter(s -> RARE_SURNAMES.contains(s)).distinct()
                .count()).as("rare surnames in use").isEqualTo(RARE_SURNAMES.length());
        olderChinese.addAll(Blind17Templates.nicknames());
        olderChinese.addAll(Blind18Templates.nicknames());
        olderChinese.addAll(Blind19Templates.nicknames());
        olderChinese.addAll(Blind20Templates.nicknames());
        olderChinese.addAll(Blind21Templates.nicknames());
        olderChinese.addAll(Blind22Templates.nicknames());
        olderChinese.addAll(Blind23Templates.nicknames());
        olderChinese.addAll(Blind24Templates.nicknames());
        assertThat(Blind25Templates.nicknames()).as("nicknames that are not new").noneMatch(olderChinese::contains);
        for (Class<?> c : List.of(Blind5Templates.class, Blind6Templates.class, Blind15Templates.class)) {
            for (String n : TemplateChecks.list(c, "PINYIN")) olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind16Templates.class, "ROMANISED")) {
            olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : TemplateChecks.list(Blind23Templates.class, "STAFF")) {
            olderLatin.add(TemplateChecks.latinPairKey(n));
        }
        for (String n : Blind17Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind18Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind19Templates.pinyinNames()) {
            olderLatin.add(TemplateChecks.pinyinKey(Blind19Templates.toneless(n)));
        }
        for (String n : Blind20Templates.pinyinNames()) {
            olderLatin.add(TemplateChecks.pinyinKey(Blind20Templates.toneless(n)));
        }
        for (String n : Blind21Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind22Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind23Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind24Templates.pinyinNames()) olderLatin.add(TemplateChecks.pinyinKey(n));
        for (String n : Blind24Templates.hokkienNames()) olderLatin.add(TemplateChecks.latinPairKey(n.replace(" ", "")));
        for (String n : Blind24Templates.wadeGilesNames()) {
            olderLatin.add(TemplateChecks.latinPairKey(n.replace(" ", "")));
        }
        assertThat(Blind25Templates.pinyinNames().stream().map(TemplateChecks::pinyinKey))
                .as("pinyin names that are not new").noneMatch(olderLatin::contains);
        assertThat(Stream.concat(Blind25Templates.koreanNames().stream().map(k -> k.split("\\|"))
                                .map(p -> p[2] + "|" + p[3]),
                        Blind25Templates.japaneseNames().stream().map(j -> j.split("\\|")).map(p -> p[2] + "|" + p[3]))
                .map(TemplateChecks::latinPairKey))
                .as("romanised Korean and Japanese names that are not new").noneMatch(olderLatin::contains);
        assertThat(Blind25Templates.areaCodes()).as("Yantai, Weihai and Qingdao area codes")
                .filteredOn(a -> a.startsWith("37")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Blind25Templates.areaCodes()).as("Yanbian area codes")
                .filteredOn(a -> a.startsWith("2224")).hasSizeGreaterThanOrEqualTo(5);
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority, Japanese (kanji) and English
     * names, nicknames, compound surnames, Hangul names, pinyin, romanised Korean and romaji names as written, and
     * English given and family names of three letters or more.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind25Templates.chineseNames().stream(), Blind25Templates.minorityNames().stream(),
                        Blind25Templates.kanjiNames().stream(), Blind25Templates.hangulNames().stream(),
                        Blind25Templates.nicknames().stream(), Blind25Templates.compoundSurnames().stream(),
                        Blind25Templates.englishNames(), Blind25Templates.latinWritten(),
                        Blind25Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind25Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkIdentity(String v) {
        TemplateChecks.checkWrittenResidentId(v, "\\d{17}[\\dXx]|\\d{6} \\d{8} \\d{3}[\\dX]", Blind25Templates.areaCodes());
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind25Templates.isPoolName(value)).as("name from the BLIND_25 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> checkIdentity(value);
            case PHONE -> assertThat(PHONES).as("phone " + value).anyMatch(value::matches);
            case MEDICAL_RECORD -> assertThat(value).matches(RECORD);
            case INSURANCE -> assertThat(value).matches(INSURANCE);
            case BANK_CARD -> TemplateChecks.checkCardInFours(value);
            case BIRTH_DATE -> assertThat(BIRTH_DATES).as("birth date " + value).anyMatch(value::matches);
            case ADDRESS -> {
                if (value.codePoints().anyMatch(TemplateChecks::isLatin)) {
                    assertThat(value).matches(LATIN_ADDRESS);
                } else if (value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HANGUL)) {
                    assertThat(value).matches(HANGUL_ADDRESS);
                } else if (value.startsWith("大阪府")) {
                    assertThat(value).matches(JAPANESE_ADDRESS);
                } else {
                    assertThat(value).doesNotContain(" ").matches(ADDRESS);
                }
            }
        }
    }
}

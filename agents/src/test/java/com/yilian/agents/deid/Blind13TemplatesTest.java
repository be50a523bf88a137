package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the thirteenth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, address
 * terms label the surname only and a given name used alone the given name, identity numbers (also with a lower-case x
 * or grouped 6 8 4 or 6 4 4 4) carry a valid check digit and bank cards a valid Luhn digit, the phone, address and
 * birth-date forms the group promises do occur, OCR misreadings (O for 0, l for 1) stay outside the labelled spans, no
 * pool name stands anywhere in the text outside a labelled span, and the pools are new and mostly not ordinary words.
 * No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind13TemplatesTest {
    private static final Map<String, EntityKind> PHI = phi();
    private static final int RECORDS = 4000;

    private static Map<String, EntityKind> phi() {
        Map<String, EntityKind> phi = new HashMap<>(TemplateChecks.phiWithNameSlots("N", "PS", "FS", "PG", "EG"));
        phi.put("DOBE", EntityKind.BIRTH_DATE);
        phi.put("NB", EntityKind.BIRTH_DATE);
        return Map.copyOf(phi);
    }

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind13Templates.BLIND_13).hasSizeBetween(55, 70).doesNotHaveDuplicates();
        assertThat(Blind13Templates.BLIND_13).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
                .doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6)
                .doesNotContainAnyElementsOf(Blind7Templates.BLIND_7)
                .doesNotContainAnyElementsOf(Blind8Templates.BLIND_8)
                .doesNotContainAnyElementsOf(Blind9Templates.BLIND_9)
                .doesNotContainAnyElementsOf(Blind10Templates.BLIND_10)
                .doesNotContainAnyElementsOf(Blind11Templates.BLIND_11)
                .doesNotContainAnyElementsOf(Blind12Templates.BLIND_12);
        List<String> used = Blind13Templates.BLIND_13.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "PG", "EG", "ES", "MN", "DS",
                "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "E", "E2", "E3", "P", "F", "DR", "CODE");
        long english = TemplateChecks.mostlyLatin(Blind13Templates.BLIND_13);
        assertThat(english).as("English or mostly Latin-script templates (letters, exports)").isBetween(6L, 11L);
        TemplateChecks.checkSlots(Blind13Templates.BLIND_13, PHI);
        TemplateChecks.checkNoStrayBraces(Blind13Templates.BLIND_13);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind13Templates.BLIND_13, checkedNames(), Blind13Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind13Templates.BLIND_13, Blind13Templates.SEED, PHI,
                Blind13TemplatesTest::checkValue);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind13Templates.BLIND_13, Blind13Templates.SEED, PHI,
                Blind13Templates::surnameOf, Blind13Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind13Templates.surnameOf("司徒健樑")).isEqualTo("司徒");
        assertThat(Blind13Templates.surnameOf("东方晓晖")).isEqualTo("东方");
        assertThat(Blind13Templates.surnameOf("区志荣")).isEqualTo("区");
        assertThat(Blind13Templates.surnameOf("张黄丽卿")).isEqualTo("张");
        assertThat(Blind13Templates.givenNameOf("张黄丽卿")).isEqualTo("丽卿");
        assertThat(Blind13Templates.addressedGivenName("宇文澈")).isEqualTo("宇文澈");
        assertThat(Blind13Templates.addressedGivenName("晏清")).isEqualTo("晏清");
        assertThat(Blind13Templates.addressedGivenName("鄭家豪")).isEqualTo("家豪");
        assertThat(Blind13Templates.addressedGivenName("钟离梦溪")).isEqualTo("梦溪");
    }

    @Test
    void identityNumbersCarryAValidCheckDigitAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, grouped = 0, grouped4 = 0, cards = 0;
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind13Templates.SEED, Blind13Templates.BLIND_13)
                .generate(2500);
        for (LabelledRecord r : records) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    if (v.endsWith("x")) lower++;
                    if (v.matches("\\d{6} \\d{8} \\d{3}[\\dXx]")) grouped++;
                    if (v.matches("\\d{6} \\d{4} \\d{4} \\d{3}[\\dXx]")) grouped4++;
                    TemplateChecks.checkResidentId(v, asciiId(v));
                    ids++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    TemplateChecks.checkBankCard(v);
                    cards++;
                }
            }
        }
        assertThat(ids).isGreaterThan(100);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(grouped).as("identity numbers grouped 6 8 4").isGreaterThan(0);
        assertThat(grouped4).as("identity numbers grouped 6 4 4 4").isGreaterThan(0);
        assertThat(cards).isGreaterThan(20);
    }

    @Test
    void thePromisedPhoneAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values =
                TemplateChecks.valuesByKind(Blind13Templates.BLIND_13, Blind13Templates.SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE), addresses = values.get(EntityKind.ADDRESS),
                births = values.get(EntityKind.BIRTH_DATE);
        assertThat(phones).anyMatch(p -> p.matches("1\\d{2}-\\d{4}-\\d{4}"))
                .anyMatch(p -> p.matches("1\\d{2} \\d{4} \\d{4}")).anyMatch(p -> p.matches("\\+86\\(1\\d{2}\\)\\d{8}"))
                .anyMatch(p -> p.startsWith("+86 ")).anyMatch(p -> p.matches("0\\d{2,3}-\\d{7,8}-\\d{3,4}"))
                .anyMatch(p -> p.contains("转")).anyMatch(p -> p.contains("分机")).anyMatch(p -> p.startsWith("("));
        assertThat(addresses).anyMatch(a -> a.contains("小区") && a.contains("单元") && a.endsWith("室"))
                .anyMatch(a -> a.contains("号楼")).anyMatch(a -> a.contains("弄"))
                .anyMatch(a -> a.contains("镇") && a.contains("村") && a.endsWith("组"))
                .anyMatch(a -> a.contains("乡") && a.endsWith("组")).anyMatch(a -> a.contains("嘎查"))
                .anyMatch(a -> a.contains("村民小组"));
        assertThat(births).anyMatch(b -> b.matches("19\\d{2}年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(b -> b.matches("19\\d{2}\\.\\d{2}\\.\\d{2}")).anyMatch(b -> b.matches("\\d{2}-\\d{1,2}-\\d{1,2}"))
                .anyMatch(b -> b.matches("一九[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日"))
                .anyMatch(b -> b.matches("一九[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月"))
                .anyMatch(b -> b.matches("\\d{2}-[A-Z][a-z]{2}-19\\d{2}"))
                .anyMatch(b -> b.matches("[A-Z][a-z]{2} \\d{1,2}, 19\\d{2}"))
                .anyMatch(b -> b.matches("20[12]\\d.*"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind13Templates.SEED, Blind13Templates.BLIND_13)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind13TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind13Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind13Templates.fullNameOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
            for (String misread : List.of("l2", "l42/9O", "2Omg", "2O25-O3-l4", "6O岁", "lO年", "l周")) {
                for (int at : TemplateChecks.occurrences(r.text(), misread)) {
                    assertThat(r.gold()).as("an OCR misreading is not labelled: " + r.text())
                            .noneMatch(s -> s.start() < at + misread.length() && s.end() > at);
                }
            }
            for (Span s : r.gold()) {
                if (s.kind() != EntityKind.NAME) {
                    assertThat(s.in(r.text())).as("no misreading inside a labelled value: " + r.text())
                            .doesNotContainPattern("\\d[Ol]|[Ol]\\d");
                }
            }
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind13Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind13Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind13Templates.englishNames().toList());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind13Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind13Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind13Templates.compoundSurnames());
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind13Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind13Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind13Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind13Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind13Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind13Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        List<Class<?>> older = OlderGroups.upTo(12);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(12);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind13Templates.minorityNames(),
                Blind13Templates.englishSurnames().toList(), Blind13Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family and given names of three letters or more (as whole words).
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind13Templates.chineseNames().stream(), Blind13Templates.minorityNames().stream(),
                        Blind13Templates.compoundSurnames().stream(), Blind13Templates.englishNames(),
                        Blind13Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind13Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static String asciiId(String written) {
        return written.replace(" ", "").replace('x', 'X');
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind13Templates.isPoolName(value)).as("name from the BLIND_13 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value).matches("\\d{18}|\\d{17}[Xx]|\\d{6} \\d{8} \\d{3}[\\dXx]"
                    + "|\\d{6} \\d{4} \\d{4} \\d{3}[\\dXx]");
            case PHONE -> assertThat(value).matches("(\\+86 )?1[3-9]\\d{9}|1\\d{2}([ -])\\d{4}\\2\\d{4}"
                    + "|\\+86\\(1\\d{2}\\)\\d{8}|(0\\d{2,3}-|\\(0\\d{2,3}\\))[2-8]\\d{6,7}((-|转|分机)\\d{3,4})?");
            case MEDICAL_RECORD -> assertThat(value).matches("MZ-20\\d{2}-\\d{7}|ZY20\\d{2}-\\d{6}|TJ20\\d{8}"
                    + "|JKDA-\\d{6}-\\d{5}|No\\.\\d{8}|BAH-\\d{3}-\\d{5}");
            case INSURANCE -> assertThat(value).matches("GZYB\\d{12}|HN-\\d{10}|NMG\\d{10}|SX-\\d{3}-\\d{7}"
                    + "|YB53\\d{9}[A-HJ-NP-Z]");
            case BANK_CARD -> TemplateChecks.checkBankCard(value);
            case BIRTH_DATE -> assertThat(value).as(value).matches("(19|20)\\d{2}(年\\d{1,2}月(\\d{1,2}[日号])?"
                            + "|\\.\\d{1,2}\\.\\d{1,2}|/\\d{1,2}/\\d{1,2}|\\d{4}|-\\d{2}-\\d{2})|\\d{2}-\\d{1,2}-\\d{1,2}"
                            + "|[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]+月([一二三四五六七八九十]+日)?"
                            + "|\\d{2}-[A-Z][a-z]{2}-(19|20)\\d{2}|\\d{1,2} [A-Z][a-z]+ (19|20)\\d{2}"
                            + "|[A-Z][a-z]{2} \\d{1,2}, (19|20)\\d{2}|\\d{2}/\\d{2}/(19|20)\\d{2}")
                    .doesNotEndWith("生").doesNotStartWith("生");
            case ADDRESS -> assertThat(value).matches(".+[省市县区乡镇州旗].+\\d+(号|组|室|号楼\\d+门\\d+室)");
        }
    }
}

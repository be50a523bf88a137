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
 * Well-formedness of the twelfth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, address
 * terms label the surname only and a given name used alone the given name, identity numbers (also with a lower-case x
 * or grouped 6 8 4) carry a valid check digit and bank cards a valid Luhn digit, the phone, address and birth-date
 * forms the group promises do occur, no pool name stands anywhere in the text outside a labelled span, and the pools
 * are new and mostly not ordinary words. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind12TemplatesTest {
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
        assertThat(Blind12Templates.BLIND_12).hasSizeBetween(55, 70).doesNotHaveDuplicates();
        assertThat(Blind12Templates.BLIND_12).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
                .doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6)
                .doesNotContainAnyElementsOf(Blind7Templates.BLIND_7)
                .doesNotContainAnyElementsOf(Blind8Templates.BLIND_8)
                .doesNotContainAnyElementsOf(Blind9Templates.BLIND_9)
                .doesNotContainAnyElementsOf(Blind10Templates.BLIND_10)
                .doesNotContainAnyElementsOf(Blind11Templates.BLIND_11);
        List<String> used = Blind12Templates.BLIND_12.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "PG", "EG", "ES", "MN", "DS",
                "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "E", "E2", "E3", "P", "F", "DR", "CODE");
        long english = TemplateChecks.mostlyLatin(Blind12Templates.BLIND_12);
        assertThat(english).as("English or mostly Latin-script templates (letters, exports)").isBetween(6L, 12L);
        TemplateChecks.checkSlots(Blind12Templates.BLIND_12, PHI);
        TemplateChecks.checkNoStrayBraces(Blind12Templates.BLIND_12);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind12Templates.BLIND_12, checkedNames(), Blind12Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind12Templates.BLIND_12, Blind12Templates.SEED, PHI,
                Blind12TemplatesTest::checkValue);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind12Templates.BLIND_12, Blind12Templates.SEED, PHI,
                Blind12Templates::surnameOf, Blind12Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind12Templates.surnameOf("欧阳淑娴")).isEqualTo("欧阳");
        assertThat(Blind12Templates.surnameOf("长孙婉仪")).isEqualTo("长孙");
        assertThat(Blind12Templates.surnameOf("司马如意")).isEqualTo("司马");
        assertThat(Blind12Templates.surnameOf("李陈淑贞")).isEqualTo("李");
        assertThat(Blind12Templates.givenNameOf("李陈淑贞")).isEqualTo("淑贞");
        assertThat(Blind12Templates.addressedGivenName("尉迟恺")).isEqualTo("尉迟恺");
        assertThat(Blind12Templates.addressedGivenName("卜骞")).isEqualTo("卜骞");
        assertThat(Blind12Templates.addressedGivenName("陳大文")).isEqualTo("大文");
        assertThat(Blind12Templates.addressedGivenName("诸葛明远")).isEqualTo("明远");
    }

    @Test
    void identityNumbersCarryAValidCheckDigitAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, grouped = 0, cards = 0;
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind12Templates.SEED, Blind12Templates.BLIND_12)
                .generate(2500);
        for (LabelledRecord r : records) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    if (v.endsWith("x")) lower++;
                    if (v.matches("\\d{6}[ -]\\d{8}[ -]\\d{3}[\\dXx]")) grouped++;
                    TemplateChecks.checkResidentId(v, asciiId(v));
                    ids++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    TemplateChecks.checkBankCard(v.replace("-", " "));
                    cards++;
                }
            }
        }
        assertThat(ids).isGreaterThan(100);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(grouped).as("identity numbers grouped 6 8 4").isGreaterThan(0);
        assertThat(cards).isGreaterThan(20);
    }

    @Test
    void thePromisedPhoneAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values =
                TemplateChecks.valuesByKind(Blind12Templates.BLIND_12, Blind12Templates.SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE), addresses = values.get(EntityKind.ADDRESS),
                births = values.get(EntityKind.BIRTH_DATE);
        assertThat(phones).anyMatch(p -> p.matches("1\\d{2}\\.\\d{4}\\.\\d{4}")).anyMatch(p -> p.startsWith("0086 "))
                .anyMatch(p -> p.startsWith("+86")).anyMatch(p -> p.startsWith("86 ")).anyMatch(p -> p.contains("转"));
        assertThat(addresses).anyMatch(a -> a.contains("支弄")).anyMatch(a -> a.contains("号院"))
                .anyMatch(a -> a.contains("大院")).anyMatch(a -> a.endsWith("组")).anyMatch(a -> a.endsWith("社"))
                .anyMatch(a -> a.matches(".*\\d队\\d+号")).anyMatch(a -> a.contains("自然村"));
        assertThat(births).anyMatch(b -> b.matches("\\d{1,2}/\\d{1,2}/19\\d{2}"))
                .anyMatch(b -> b.matches("\\d{2}年\\d{1,2}月"))
                .anyMatch(b -> b.matches("\\d{1,2}(st|nd|rd|th) \\w+ \\d{4}"))
                .anyMatch(b -> b.matches("20[12]\\d.*"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind12Templates.SEED, Blind12Templates.BLIND_12)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind12TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind12Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind12Templates.fullNameOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
            assertThat(r.text()).as("a sexagenary year is not labelled").satisfies(t -> {
                int at = t.indexOf("丙申年");
                if (at >= 0) assertThat(r.gold()).noneMatch(s -> s.start() <= at && s.end() > at);
            });
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind12Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind12Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind12Templates.englishNames().toList());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind12Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind12Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind12Templates.compoundSurnames());
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind12Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind12Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind12Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind12Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind12Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind12Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        List<Class<?>> older = OlderGroups.upTo(11);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(11);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind12Templates.minorityNames(),
                Blind12Templates.englishSurnames().toList(), Blind12Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family and given names of three letters or more (as whole words).
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind12Templates.chineseNames().stream(), Blind12Templates.minorityNames().stream(),
                        Blind12Templates.compoundSurnames().stream(), Blind12Templates.englishNames(),
                        Blind12Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind12Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static String asciiId(String written) {
        return written.replaceAll("[ -]", "").replace('x', 'X');
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind12Templates.isPoolName(value)).as("name from the BLIND_12 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value).matches("\\d{6}([ -]?)\\d{8}\\1\\d{3}[\\dXx]");
            case PHONE -> assertThat(value).matches("(\\+86 |\\+86-|0086 |86 |\\(\\+86\\))?"
                    + "1\\d{2}([ .-]?)\\d{4}\\2\\d{4}|(0\\d{2,3}[- ]|\\(0\\d{2,3}\\))?[2-8]\\d{6,7}(转\\d{4})?");
            case MEDICAL_RECORD -> assertThat(value).matches("BA\\d{7}|ZYH20\\d{8}|T\\d{2}-\\d{4}"
                    + "|\\d{6}-20\\d{2}-\\d{5}|JZK\\d{10}|\\d{10}");
            case INSURANCE -> assertThat(value).matches("SC\\d{11}|GX\\d{10}|YN-\\d{4}-\\d{6}|[J-N]\\d{9}");
            case BANK_CARD -> TemplateChecks.checkBankCard(value.replace("-", " "));
            case BIRTH_DATE -> assertThat(value).as(value).matches(".*\\d{2}.*").doesNotEndWith("生");
            case ADDRESS -> assertThat(value).matches(".+[省市县区乡镇州].+\\d+[号组室社队]");
        }
    }
}

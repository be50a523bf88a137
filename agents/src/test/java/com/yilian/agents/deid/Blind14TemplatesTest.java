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
 * Well-formedness of the fourteenth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, address
 * terms label the surname only and a given name used alone the given name, identity numbers (also with a lower-case x
 * or grouped 6-8-4 by hyphens or 6 8 4 by blanks) carry a valid check digit and bank cards a valid Luhn digit, the
 * phone, record, address and birth-date forms the group promises do occur, voice-to-text errors stay in unlabelled
 * words, no pool name stands anywhere in the text outside a labelled span, and the pools are new and mostly not
 * ordinary words. No de-identifier is run here: the group stays blind until it is measured once.
 */
class Blind14TemplatesTest {
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
        assertThat(Blind14Templates.BLIND_14).hasSizeBetween(55, 70).doesNotHaveDuplicates();
        assertThat(Blind14Templates.BLIND_14).doesNotContainAnyElementsOf(Blind3Templates.BLIND_3)
                .doesNotContainAnyElementsOf(Blind4Templates.BLIND_4)
                .doesNotContainAnyElementsOf(Blind5Templates.BLIND_5)
                .doesNotContainAnyElementsOf(Blind6Templates.BLIND_6)
                .doesNotContainAnyElementsOf(Blind7Templates.BLIND_7)
                .doesNotContainAnyElementsOf(Blind8Templates.BLIND_8)
                .doesNotContainAnyElementsOf(Blind9Templates.BLIND_9)
                .doesNotContainAnyElementsOf(Blind10Templates.BLIND_10)
                .doesNotContainAnyElementsOf(Blind11Templates.BLIND_11)
                .doesNotContainAnyElementsOf(Blind12Templates.BLIND_12)
                .doesNotContainAnyElementsOf(Blind13Templates.BLIND_13);
        List<String> used = Blind14Templates.BLIND_14.stream().flatMap(t -> TemplateChecks.slots(t).stream()).toList();
        assertThat(used).as("the group's own slots are used").contains("N", "PS", "FS", "PG", "EG", "ES", "MN", "DS",
                "ID", "M", "L", "R", "I", "B", "A", "A0", "DOB", "DOBE", "NB", "E", "E2", "E3", "P", "F", "DR", "CODE");
        long english = TemplateChecks.mostlyLatin(Blind14Templates.BLIND_14);
        assertThat(english).as("English or mostly Latin-script templates (notes, pages, minutes)").isBetween(6L, 11L);
        TemplateChecks.checkSlots(Blind14Templates.BLIND_14, PHI);
        TemplateChecks.checkNoStrayBraces(Blind14Templates.BLIND_14);
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        TemplateChecks.checkNoLiteralPoolName(Blind14Templates.BLIND_14, checkedNames(), Blind14Templates::isPoolName);
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind14Templates.BLIND_14, Blind14Templates.SEED, PHI,
                Blind14TemplatesTest::checkValue);
    }

    @Test
    void addressTermsLabelTheSurnameAndGivenNamesTheGivenName() {
        int checked = TemplateChecks.checkAddressTerms(Blind14Templates.BLIND_14, Blind14Templates.SEED, PHI,
                Blind14Templates::surnameOf, Blind14Templates::addressedGivenName);
        assertThat(checked).isGreaterThan(100);
        assertThat(Blind14Templates.surnameOf("上官曼殊")).isEqualTo("上官");
        assertThat(Blind14Templates.surnameOf("万俟宏")).isEqualTo("万俟");
        assertThat(Blind14Templates.surnameOf("万淑娴")).isEqualTo("万");
        assertThat(Blind14Templates.surnameOf("黄郭月娥")).isEqualTo("黄");
        assertThat(Blind14Templates.givenNameOf("黄郭月娥")).isEqualTo("月娥");
        assertThat(Blind14Templates.addressedGivenName("皇甫钧")).isEqualTo("皇甫钧");
        assertThat(Blind14Templates.addressedGivenName("南宫璎")).isEqualTo("南宫璎");
        assertThat(Blind14Templates.addressedGivenName("謝佩珊")).isEqualTo("佩珊");
        assertThat(Blind14Templates.addressedGivenName("司马俊驰")).isEqualTo("俊驰");
    }

    @Test
    void identityNumbersCarryAValidCheckDigitAndBankCardsALuhnDigit() {
        int ids = 0, lower = 0, grouped = 0, hyphenated = 0, cards = 0, cardsGrouped = 0, cardsSplit = 0;
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind14Templates.SEED, Blind14Templates.BLIND_14)
                .generate(2500);
        for (LabelledRecord r : records) {
            for (Span s : r.gold()) {
                String v = s.in(r.text());
                if (s.kind() == EntityKind.ID_NUMBER) {
                    if (v.endsWith("x")) lower++;
                    if (v.matches("\\d{6} \\d{8} \\d{3}[\\dXx]")) grouped++;
                    if (v.matches("\\d{6}-\\d{8}-\\d{3}[\\dXx]")) hyphenated++;
                    TemplateChecks.checkResidentId(v, asciiId(v));
                    ids++;
                }
                if (s.kind() == EntityKind.BANK_CARD) {
                    TemplateChecks.checkBankCard(v);
                    if (v.matches("(\\d{4} )+\\d{1,4}")) cardsGrouped++;
                    if (v.matches("\\d{6} \\d{10,13}")) cardsSplit++;
                    cards++;
                }
            }
        }
        assertThat(ids).isGreaterThan(100);
        assertThat(lower).as("identity numbers with a lower-case x").isGreaterThan(0);
        assertThat(grouped).as("identity numbers grouped 6 8 4").isGreaterThan(0);
        assertThat(hyphenated).as("identity numbers grouped 6-8-4 by hyphens").isGreaterThan(0);
        assertThat(cards).isGreaterThan(20);
        assertThat(cardsGrouped).as("bank cards in fours").isGreaterThan(0);
        assertThat(cardsSplit).as("bank cards as issuer prefix and rest").isGreaterThan(0);
    }

    @Test
    void thePromisedPhoneRecordAddressAndBirthDateFormsOccur() {
        Map<EntityKind, Set<String>> values =
                TemplateChecks.valuesByKind(Blind14Templates.BLIND_14, Blind14Templates.SEED, RECORDS);
        Set<String> phones = values.get(EntityKind.PHONE), records = values.get(EntityKind.MEDICAL_RECORD),
                insurance = values.get(EntityKind.INSURANCE), addresses = values.get(EntityKind.ADDRESS),
                births = values.get(EntityKind.BIRTH_DATE);
        assertThat(phones).anyMatch(p -> p.matches("1\\d{2}-\\d{4}-\\d{4}"))
                .anyMatch(p -> p.matches("1\\d{2} \\d{4} \\d{4}")).anyMatch(p -> p.matches("\\+86-1\\d{10}"))
                .anyMatch(p -> p.matches("0086 1\\d{10}")).anyMatch(p -> p.matches("1\\d{6} \\d{4}"))
                .anyMatch(p -> p.matches("1\\d{10}")).anyMatch(p -> p.matches("0\\d{3}-\\d{7,8}-\\d{3}"))
                .anyMatch(p -> p.matches("0\\d{3} \\d{7,8}")).anyMatch(p -> p.contains("转"))
                .anyMatch(p -> p.contains(" ext.")).anyMatch(p -> p.startsWith("("));
        assertThat(records).anyMatch(v -> v.startsWith("ZYH")).anyMatch(v -> v.startsWith("000"))
                .anyMatch(v -> v.startsWith("BL")).anyMatch(v -> v.startsWith("CT")).anyMatch(v -> v.startsWith("XT-"))
                .anyMatch(v -> v.matches("H\\d{8}"));
        assertThat(insurance).anyMatch(v -> v.matches("[A-Z]\\d{8}")).anyMatch(v -> v.startsWith("XNH"))
                .anyMatch(v -> v.startsWith("JX")).anyMatch(v -> v.startsWith("YBZH-"));
        assertThat(addresses).anyMatch(a -> a.contains("小区") && a.contains("幢") && a.endsWith("室"))
                .anyMatch(a -> a.contains("巷")).anyMatch(a -> a.contains("乡") && a.contains("屯"))
                .anyMatch(a -> a.startsWith("广西") && a.contains("屯")).anyMatch(a -> a.contains("团") && a.contains("连"))
                .anyMatch(a -> a.contains("农场") && a.contains("队")).anyMatch(a -> a.contains("方正县"));
        assertThat(births).anyMatch(b -> b.matches("(19|20)\\d{2}年\\d{2}月\\d{2}日"))
                .anyMatch(b -> b.matches("19\\d{2}-\\d{1,2}-\\d{1,2}")).anyMatch(b -> b.matches("19\\d{2}\\.\\d{1,2}\\.\\d{1,2}"))
                .anyMatch(b -> b.matches("19\\d{2}年\\d{1,2}月")).anyMatch(b -> b.matches("\\d{2}年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(b -> b.matches("一九[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月"))
                .anyMatch(b -> b.matches("19\\d{2}/\\d{2}/\\d{2}")).anyMatch(b -> b.endsWith("号"))
                .anyMatch(b -> b.matches("\\d{1,2} [A-Z][a-z]{2} 19\\d{2}"))
                .anyMatch(b -> b.matches("[A-Z][a-z]+ \\d{1,2}, 19\\d{2}"))
                .anyMatch(b -> b.matches("\\d{2}\\.\\d{2}\\.19\\d{2}"))
                .anyMatch(b -> b.matches("20[12]\\d{5}"));
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind14Templates.SEED, Blind14Templates.BLIND_14)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> labelledValues = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            TemplateChecks.checkSpans(r, Blind14TemplatesTest::checkValue);
            for (Span s : r.gold()) {
                String value = s.in(r.text());
                if (s.kind() == EntityKind.NAME) labelledValues.add(value);
                if (s.kind() == EntityKind.NAME && Blind14Templates.fullNameOf(value) != null) {
                    labelledNames.add(Blind14Templates.fullNameOf(value));
                }
            }
            TemplateChecks.checkNoNameOutsideSpans(r, checked);
            for (String misheard : List.of("心机梗死", "淀粉没", "一线炎")) {
                for (int at : TemplateChecks.occurrences(r.text(), misheard)) {
                    assertThat(r.gold()).as("a voice-to-text error is not labelled: " + r.text())
                            .noneMatch(s -> s.start() < at + misheard.length() && s.end() > at);
                }
            }
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn").containsAll(Blind14Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn").containsAll(Blind14Templates.minorityNames());
        assertThat(labelledNames).as("every English pool name is drawn")
                .containsAll(Blind14Templates.englishNames().toList());
        assertThat(labelledValues).as("English given names are used alone (EG)")
                .containsAnyElementsOf(Blind14Templates.englishGivenNames().toList());
        assertThat(labelledValues).as("given names used alone (PG)").anyMatch(v -> v.length() >= 2
                && Blind14Templates.chineseNames().stream().anyMatch(n -> !n.equals(v) && n.endsWith(v)));
        assertThat(labelledValues).as("compound surnames are used alone (DS, PS, FS)")
                .containsAnyElementsOf(Blind14Templates.compoundSurnames());
    }

    @Test
    void poolsAreNewRealisticAndGiveEnoughNames() throws ReflectiveOperationException {
        List<String> chinese = Blind14Templates.chineseNames();
        assertThat(chinese).hasSizeGreaterThanOrEqualTo(120).doesNotHaveDuplicates()
                .allMatch(n -> n.length() >= 2 && n.length() <= 4)
                .allMatch(n -> n.codePoints()
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertThat(chinese).as("compound-surname names").anyMatch(n -> n.length() == 4)
                .anyMatch(n -> n.length() == 3 && Blind14Templates.compoundSurnames().contains(n.substring(0, 2)));
        assertThat(Blind14Templates.WORD_LIKE).as("word-like names belong to the pool").isSubsetOf(chinese);
        assertThat(Blind14Templates.WORD_LIKE.size() * 10).as("at most a tenth of the names are ordinary words")
                .isLessThanOrEqualTo(chinese.size());
        assertThat(Blind14Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(Blind14Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
        List<Class<?>> older = OlderGroups.upTo(13);
        List<String> olderSurnames = OlderGroups.englishSurnamesUpTo(13);
        assertThat(TemplateChecks.namesNotNew(older, olderSurnames, chinese, Blind14Templates.minorityNames(),
                Blind14Templates.englishSurnames().toList(), Blind14Templates.englishGivenNames().toList()))
                .as("names that are not new").isEmpty();
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family and given names of three letters or more (as whole words).
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind14Templates.chineseNames().stream(), Blind14Templates.minorityNames().stream(),
                        Blind14Templates.compoundSurnames().stream(), Blind14Templates.englishNames(),
                        Blind14Templates.englishSurnames().filter(s -> s.length() >= 3),
                        Blind14Templates.englishGivenNames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static String asciiId(String written) {
        return written.replace(" ", "").replace("-", "").replace('x', 'X');
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind14Templates.isPoolName(value)).as("name from the BLIND_14 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value).matches("\\d{18}|\\d{17}[Xx]|\\d{6}([ -])\\d{8}\\1\\d{3}[\\dXx]");
            case PHONE -> assertThat(value).matches("((\\+86-|0086 )?1[3-9]\\d{9}|1\\d{2}([ -])\\d{4}\\3\\d{4}"
                    + "|1\\d{6} \\d{4}|(0\\d{3}[- ]|\\(0\\d{3}\\))[2-8]\\d{6,7}((-|转| ext\\.)\\d{3})?)");
            case MEDICAL_RECORD -> assertThat(value).matches("ZYH20\\d{8}|000\\d{7}|BL\\d{2}-\\d{5}|CT20\\d{2}-\\d{6}"
                    + "|XT-20\\d{6}-\\d{3}|H\\d{8}");
            case INSURANCE -> assertThat(value).matches("[A-HJ-NP-Z]\\d{8}|XNH\\d{14}|JX\\d{12}|YBZH-\\d{4}-\\d{8}");
            case BANK_CARD -> TemplateChecks.checkBankCard(value);
            case BIRTH_DATE -> assertThat(value).as(value).matches("(19|20)\\d{2}(年\\d{1,2}月(\\d{1,2}[日号])?"
                            + "|\\.\\d{1,2}\\.\\d{1,2}|/\\d{2}/\\d{2}|\\d{4}|-\\d{1,2}-\\d{1,2})|\\d{2}年\\d{1,2}月\\d{1,2}日"
                            + "|[一二][〇一二三四五六七八九]{3}年[一二三四五六七八九十]+月"
                            + "|\\d{1,2} [A-Z][a-z]{2} (19|20)\\d{2}|[A-Z][a-z]+ \\d{1,2}, (19|20)\\d{2}"
                            + "|\\d{2}\\.\\d{2}\\.(19|20)\\d{2}")
                    .doesNotEndWith("生").doesNotStartWith("生").doesNotStartWith("出生");
            case ADDRESS -> assertThat(value).matches(".+[省市县区乡镇团场].+\\d+(号|室)");
        }
    }
}

package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the fifth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, no pool
 * name stands anywhere in the text outside a labelled span, and the pools are new. No de-identifier is run here: the
 * group stays blind until it is measured once.
 */
class Blind5TemplatesTest {
    /** The identifier slots of the generator and the kind each is labelled with. */
    private static final Map<String, EntityKind> PHI = Map.ofEntries(
            Map.entry("P", EntityKind.NAME), Map.entry("F", EntityKind.NAME), Map.entry("DR", EntityKind.NAME),
            Map.entry("DS", EntityKind.NAME), Map.entry("MN", EntityKind.NAME), Map.entry("E", EntityKind.NAME),
            Map.entry("E2", EntityKind.NAME), Map.entry("E3", EntityKind.NAME), Map.entry("ES", EntityKind.NAME),
            Map.entry("ID", EntityKind.ID_NUMBER), Map.entry("M", EntityKind.PHONE), Map.entry("L", EntityKind.PHONE),
            Map.entry("A", EntityKind.ADDRESS), Map.entry("A0", EntityKind.ADDRESS),
            Map.entry("R", EntityKind.MEDICAL_RECORD), Map.entry("I", EntityKind.INSURANCE),
            Map.entry("B", EntityKind.BANK_CARD), Map.entry("DOB", EntityKind.BIRTH_DATE));
    /** The other slots the generator fills (unlabelled clinical content). */
    private static final List<String> OTHER = List.of("D", "SEX", "AGE", "DUR", "DOSE", "DRUG", "DIS", "DIS2", "DIS_EN",
            "HOSP", "DEPT", "SYM", "LAB", "EXAM", "KIN", "TITLE", "BP", "CODE", "TEMP", "HR", "TIME");
    private static final int RECORDS = 3000;

    @Test
    void templatesUseOnlyGeneratorSlotsAndEachHasAnIdentifier() {
        assertThat(Blind5Templates.BLIND_5).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(Blind5Templates.BLIND_5).doesNotContainAnyElementsOf(Blind4Templates.BLIND_4);
        for (String t : Blind5Templates.BLIND_5) {
            List<String> slots = TemplateChecks.slots(t);
            assertThat(slots).as(t).allMatch(s -> PHI.containsKey(s) || OTHER.contains(s));
            assertThat(slots).as(t).anyMatch(PHI::containsKey);
            assertThat(TemplateChecks.SLOT.matcher(t).replaceAll("")).as("stray brace in " + t).doesNotContain("{", "}");
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        for (String t : Blind5Templates.BLIND_5) {
            String literal = TemplateChecks.SLOT.matcher(t).replaceAll("\u0000");
            for (String name : checkedNames()) {
                assertThat(TemplateChecks.occurrences(literal, name)).as("literal pool name " + name + " in " + t).isEmpty();
                assertThat(Blind5Templates.isPoolName(name)).as(name).isTrue();
            }
        }
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        TemplateChecks.checkEveryTemplate(Blind5Templates.BLIND_5, Blind5Templates.SEED, PHI,
                Blind5TemplatesTest::checkValue);
    }

    @Test
    void blindSetRecordsAreLabelledFromTheirOwnPoolsAndNoNameLeaksOutsideTheSpans() {
        List<LabelledRecord> records = new ClinicalTextGenerator(Blind5Templates.SEED, Blind5Templates.BLIND_5)
                .generate(RECORDS);
        Set<String> labelledNames = new HashSet<>();
        Set<String> idForms = new HashSet<>();
        List<String> checked = checkedNames();
        for (LabelledRecord r : records) {
            assertThat(r.gold()).as(r.text()).isNotEmpty();
            int end = 0;
            for (Span s : r.gold()) {
                assertThat(s.start()).as(r.text()).isGreaterThanOrEqualTo(end);
                assertThat(s.end()).as(r.text()).isGreaterThan(s.start()).isLessThanOrEqualTo(r.text().length());
                end = s.end();
                String value = r.text().substring(s.start(), s.end());
                assertThat(value).as(r.text()).isEqualTo(value.strip());
                checkValue(s.kind(), value);
                if (s.kind() == EntityKind.NAME) labelledNames.add(value);
                if (s.kind() == EntityKind.ID_NUMBER) idForms.add(value.contains(" ") ? "split" : "plain");
            }
            for (String name : checked) {
                for (int at : TemplateChecks.occurrences(r.text(), name)) {
                    assertThat(r.gold()).as("[" + name + "] outside a labelled span in: " + r.text())
                            .anyMatch(s -> s.start() <= at && s.end() >= at + name.length());
                }
            }
        }
        assertThat(labelledNames).as("every Chinese pool name is drawn")
                .containsAll(Blind5Templates.chineseNames());
        assertThat(labelledNames).as("every minority pool name is drawn")
                .containsAll(Blind5Templates.minorityNames());
        assertThat(labelledNames).as("every English and pinyin pool name is drawn")
                .containsAll(Blind5Templates.englishNames().toList());
        assertThat(labelledNames).as("compound surnames are used alone (DS)")
                .containsAnyElementsOf(Blind5Templates.compoundSurnames());
        assertThat(idForms).as("identity numbers both plain and split by spaces").contains("plain", "split");
    }

    @Test
    void poolsAreNewAndGiveEnoughNames() throws ReflectiveOperationException {
        assertThat(Blind5Templates.chineseNames()).hasSizeGreaterThanOrEqualTo(110).doesNotHaveDuplicates();
        assertThat(Blind5Templates.minorityNames()).hasSizeGreaterThanOrEqualTo(28).doesNotHaveDuplicates();
        assertThat(Blind5Templates.englishNames().toList()).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
        // Names the older generator can produce: a surname of its lists followed by one or two of its given characters.
        String surnames = (String) TemplateChecks.field(SyntheticValues.class, "SURNAMES")
                + TemplateChecks.field(SyntheticValues.class, "RARE_SURNAMES");
        @SuppressWarnings("unchecked")
        List<String> compound = (List<String>) TemplateChecks.field(SyntheticValues.class, "COMPOUND");
        String given = (String) TemplateChecks.field(SyntheticValues.class, "GIVEN");
        Set<String> olderNames = new HashSet<>();
        olderNames.addAll(TemplateChecks.list(Blind3Templates.class, "CHINESE"));
        olderNames.addAll(TemplateChecks.list(Blind3Templates.class, "MINORITY"));
        for (String name : Blind5Templates.chineseNames()) {
            assertThat(Blind4Templates.isPoolName(name)).as("in the BLIND_4 pool: " + name).isFalse();
            assertThat(olderNames).as("in the BLIND_3 pool").doesNotContain(name);
            String surname = compound.stream().filter(name::startsWith).findFirst()
                    .orElse(surnames.indexOf(name.charAt(0)) >= 0 ? name.substring(0, 1) : null);
            if (surname != null) {
                String rest = name.substring(surname.length());
                boolean generable = rest.length() >= 1 && rest.length() <= 2
                        && rest.chars().allMatch(c -> given.indexOf(c) >= 0);
                assertThat(generable).as("SyntheticValues can generate " + name).isFalse();
            }
        }
        @SuppressWarnings("unchecked")
        List<String> parts = (List<String>) TemplateChecks.field(SyntheticValues.class, "MINORITY_PARTS");
        for (String name : Blind5Templates.minorityNames()) {
            assertThat(Blind4Templates.isPoolName(name)).as("in the BLIND_4 pool: " + name).isFalse();
            assertThat(olderNames).as("in the BLIND_3 pool").doesNotContain(name);
            String[] p = name.split("[·•・]");
            assertThat(p.length == 2 && parts.contains(p[0]) && parts.contains(p[1]))
                    .as("SyntheticValues can generate " + name).isFalse();
        }
        Set<String> olderFamilies = new HashSet<>();
        for (String f : List.of("EN_LAST", "EN_LAST_2", "EN_LAST_3")) {
            olderFamilies.addAll(TemplateChecks.list(SyntheticValues.class, f));
        }
        TemplateChecks.list(Blind3Templates.class, "ENGLISH").forEach(n -> olderFamilies.add(n.substring(n.indexOf('|') + 1)));
        for (String family : Blind5Templates.englishSurnames().toList()) {
            assertThat(olderFamilies).as("older English family name").doesNotContain(family);
            assertThat(Blind4Templates.isPoolName(family)).as("in the BLIND_4 pool: " + family).isFalse();
        }
        for (String full : Blind5Templates.englishNames().toList()) {
            assertThat(Blind4Templates.isPoolName(full)).as("in the BLIND_4 pool: " + full).isFalse();
        }
    }

    /**
     * The names that must never appear outside a labelled span: full Chinese, minority and English names, compound
     * surnames, and English family names of three letters or more (as whole words). Single-character Chinese surnames
     * and the two-letter pinyin ones (Ma, Li, QI) are ordinary text.
     */
    private static List<String> checkedNames() {
        return Stream.of(Blind5Templates.chineseNames().stream(), Blind5Templates.minorityNames().stream(),
                        Blind5Templates.compoundSurnames().stream(), Blind5Templates.englishNames(),
                        Blind5Templates.englishSurnames().filter(s -> s.length() >= 3))
                .flatMap(s -> s).distinct().toList();
    }

    private static void checkValue(EntityKind kind, String value) {
        switch (kind) {
            case NAME -> assertThat(Blind5Templates.isPoolName(value)).as("name from the BLIND_5 pools: " + value)
                    .isTrue();
            case ID_NUMBER -> assertThat(value).matches("[\\dX]{4,}( [\\dX]{2,})*")
                    .satisfies(v -> assertThat(v.replace(" ", "")).matches("\\d{17}[\\dX]|\\d{15}"));
            case PHONE -> assertThat(value).matches("[+(\\d][\\d +()-]{6,}\\d");
            case MEDICAL_RECORD -> assertThat(value).matches("[A-Z]{0,2}\\d[\\d-]*\\d");
            case BANK_CARD -> assertThat(value).matches("\\d[\\d ]{10,}\\d");
            case BIRTH_DATE -> assertThat(value).matches(".*\\d{4}.*");
            default -> assertThat(value).isNotBlank();
        }
    }

}

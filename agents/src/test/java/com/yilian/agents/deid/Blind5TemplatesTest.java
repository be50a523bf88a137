package com.yilian.agents.deid;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-formedness of the fifth blind group only: its templates expand through the generator, every record carries
 * identifiers, every labelled span is exactly the value substituted for its slot, every pool name turns up, no pool
 * name stands anywhere in the text outside a labelled span, and the pools are new. No de-identifier is run here: the
 * group stays blind until it is measured once.
 */
class Blind5TemplatesTest {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9_]+)}");
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
            List<String> slots = slots(t);
            assertThat(slots).as(t).allMatch(s -> PHI.containsKey(s) || OTHER.contains(s));
            assertThat(slots).as(t).anyMatch(PHI::containsKey);
            assertThat(SLOT.matcher(t).replaceAll("")).as("stray brace in " + t).doesNotContain("{", "}");
        }
    }

    @Test
    void noTemplateTypesAPoolNameLiterally() {
        for (String t : Blind5Templates.BLIND_5) {
            String literal = SLOT.matcher(t).replaceAll("\u0000");
            for (String name : checkedNames()) {
                assertThat(occurrences(literal, name)).as("literal pool name " + name + " in " + t).isEmpty();
                assertThat(Blind5Templates.isPoolName(name)).as(name).isTrue();
            }
        }
    }

    @Test
    void everyTemplateExpandsAndItsSpansAreTheSubstitutedValues() {
        int i = 0;
        for (String t : Blind5Templates.BLIND_5) {
            List<String> phiSlots = slots(t).stream().filter(PHI::containsKey).toList();
            for (LabelledRecord r : new ClinicalTextGenerator(Blind5Templates.SEED + i++, List.of(t)).generate(40)) {
                assertThat(r.gold()).as(r.text()).isNotEmpty();
                assertThat(r.gold().size() % phiSlots.size()).as(r.text()).isZero();
                int repeats = r.gold().size() / phiSlots.size();
                assertThat(repeats).as(r.text()).isBetween(1, 3);
                checkAlignment(t, repeats, r);
            }
        }
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
                for (int at : occurrences(r.text(), name)) {
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
        String surnames = (String) field(SyntheticValues.class, "SURNAMES")
                + field(SyntheticValues.class, "RARE_SURNAMES");
        @SuppressWarnings("unchecked")
        List<String> compound = (List<String>) field(SyntheticValues.class, "COMPOUND");
        String given = (String) field(SyntheticValues.class, "GIVEN");
        Set<String> olderNames = new HashSet<>();
        olderNames.addAll(list(Blind3Templates.class, "CHINESE"));
        olderNames.addAll(list(Blind3Templates.class, "MINORITY"));
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
        List<String> parts = (List<String>) field(SyntheticValues.class, "MINORITY_PARTS");
        for (String name : Blind5Templates.minorityNames()) {
            assertThat(Blind4Templates.isPoolName(name)).as("in the BLIND_4 pool: " + name).isFalse();
            assertThat(olderNames).as("in the BLIND_3 pool").doesNotContain(name);
            String[] p = name.split("[·•・]");
            assertThat(p.length == 2 && parts.contains(p[0]) && parts.contains(p[1]))
                    .as("SyntheticValues can generate " + name).isFalse();
        }
        Set<String> olderFamilies = new HashSet<>();
        for (String f : List.of("EN_LAST", "EN_LAST_2", "EN_LAST_3")) {
            olderFamilies.addAll(list(SyntheticValues.class, f));
        }
        list(Blind3Templates.class, "ENGLISH").forEach(n -> olderFamilies.add(n.substring(n.indexOf('|') + 1)));
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

    /** Where a name occurs; Latin names only as whole words. */
    private static List<Integer> occurrences(String text, String name) {
        List<Integer> out = new ArrayList<>();
        boolean latin = name.codePoints().anyMatch(Blind5TemplatesTest::isLatin);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (latin && (at > 0 && isLatin(text.charAt(at - 1))
                    || at + name.length() < text.length() && isLatin(text.charAt(at + name.length())))) {
                continue;
            }
            out.add(at);
        }
        return out;
    }

    private static boolean isLatin(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * The record must be the template repeated, with each identifier slot replaced by the text of its span, in order
     * and at the span's position, and each non-identifier slot by some non-empty text.
     */
    private static void checkAlignment(String template, int repeats, LabelledRecord r) {
        StringBuilder regex = new StringBuilder();
        List<EntityKind> kinds = new ArrayList<>();
        int span = 0;
        for (int k = 0; k < repeats; k++) {
            Matcher m = SLOT.matcher(template);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start())));
                EntityKind kind = PHI.get(m.group(1));
                if (kind != null) {
                    Span s = r.gold().get(span++);
                    regex.append('(').append(Pattern.quote(r.text().substring(s.start(), s.end()))).append(')');
                    kinds.add(kind);
                } else {
                    regex.append(".+?");
                }
                last = m.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
        }
        Matcher whole = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(r.text());
        assertThat(whole.matches()).as("record does not follow its template: " + r.text()).isTrue();
        for (int g = 0; g < kinds.size(); g++) {
            Span s = r.gold().get(g);
            assertThat(s.kind()).as(r.text()).isEqualTo(kinds.get(g));
            assertThat(whole.start(g + 1)).as(r.text()).isEqualTo(s.start());
            assertThat(whole.end(g + 1)).as(r.text()).isEqualTo(s.end());
            checkValue(s.kind(), r.text().substring(s.start(), s.end()));
        }
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

    private static List<String> slots(String template) {
        List<String> out = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static Object field(Class<?> owner, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Class<?> owner, String name) throws ReflectiveOperationException {
        return (List<String>) field(owner, name);
    }
}

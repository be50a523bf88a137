package com.yilian.agents.deid;

import java.lang.reflect.Field;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the well-formedness tests of the blind template sets check alike. */
final class TemplateChecks {
    static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9_]+)}");
    /** The identifier slots of the generator and the kind each is labelled with; groups add name slots of their own. */
    static final Map<String, EntityKind> PHI = Map.ofEntries(
            Map.entry("P", EntityKind.NAME), Map.entry("F", EntityKind.NAME), Map.entry("DR", EntityKind.NAME),
            Map.entry("DS", EntityKind.NAME), Map.entry("MN", EntityKind.NAME), Map.entry("E", EntityKind.NAME),
            Map.entry("E2", EntityKind.NAME), Map.entry("E3", EntityKind.NAME), Map.entry("ES", EntityKind.NAME),
            Map.entry("ID", EntityKind.ID_NUMBER), Map.entry("M", EntityKind.PHONE), Map.entry("L", EntityKind.PHONE),
            Map.entry("A", EntityKind.ADDRESS), Map.entry("A0", EntityKind.ADDRESS),
            Map.entry("R", EntityKind.MEDICAL_RECORD), Map.entry("I", EntityKind.INSURANCE),
            Map.entry("B", EntityKind.BANK_CARD), Map.entry("DOB", EntityKind.BIRTH_DATE));
    /** The other slots the generator fills (unlabelled clinical content). */
    static final List<String> OTHER = List.of("D", "SEX", "AGE", "DUR", "DOSE", "DRUG", "DIS", "DIS2", "DIS_EN",
            "HOSP", "DEPT", "SYM", "LAB", "EXAM", "KIN", "TITLE", "BP", "CODE", "TEMP", "HR", "TIME");

    private TemplateChecks() {
    }

    static List<String> slots(String template) {
        List<String> out = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /**
     * The record must be the template repeated, with each identifier slot ({@code phi}) replaced by the text of its
     * span, in order and at the span's position, and each non-identifier slot by some non-empty text; each labelled
     * value is then checked by {@code value}.
     */
    static void checkAlignment(String template, int repeats, LabelledRecord r, Map<String, EntityKind> phi,
                               BiConsumer<EntityKind, String> value) {
        StringBuilder regex = new StringBuilder();
        List<EntityKind> kinds = new ArrayList<>();
        int span = 0;
        for (int k = 0; k < repeats; k++) {
            Matcher m = SLOT.matcher(template);
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(template.substring(last, m.start())));
                EntityKind kind = phi.get(m.group(1));
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
            value.accept(s.kind(), r.text().substring(s.start(), s.end()));
        }
    }

    /** {@link #PHI} with a group's own name slots. */
    static Map<String, EntityKind> phiWithNameSlots(String... slots) {
        Map<String, EntityKind> phi = new HashMap<>(PHI);
        for (String slot : slots) phi.put(slot, EntityKind.NAME);
        return Map.copyOf(phi);
    }

    /** Every template uses only the generator's slots, at least one of them an identifier. */
    static void checkSlots(List<String> templates, Map<String, EntityKind> phi) {
        for (String t : templates) {
            List<String> slots = slots(t);
            assertThat(slots).as(t).allMatch(s -> phi.containsKey(s) || OTHER.contains(s));
            assertThat(slots).as(t).anyMatch(phi::containsKey);
        }
    }

    static void checkNoStrayBraces(List<String> templates) {
        for (String t : templates) {
            assertThat(SLOT.matcher(t).replaceAll("")).as("stray brace in " + t).doesNotContain("{", "}");
        }
    }

    /** What a literal brace may not touch once the slots are gone: a letter, digit or underscore (a mistyped slot). */
    static final Pattern BROKEN_SLOT = Pattern.compile("\\{[A-Za-z0-9_]|[A-Za-z0-9_]}");

    /**
     * No template has a mistyped slot, only JSON exports carry literal braces, the one minority patient (MN) is
     * written at most once, and every template ends a line.
     */
    static void checkLiteralBracesAndLineEnds(List<String> templates) {
        checkLiteralBracesAndLineEnds(templates, List.of("MN"));
    }

    /** As above, with {@code writtenOnce} the slots each naming one person per record that a template writes once. */
    static void checkLiteralBracesAndLineEnds(List<String> templates, List<String> writtenOnce) {
        for (String t : templates) {
            String literal = SLOT.matcher(t).replaceAll("");
            assertThat(literal).as("mistyped slot in " + t).doesNotContainPattern(BROKEN_SLOT);
            if (literal.contains("{") || literal.contains("}")) {
                assertThat(literal).as("only JSON exports carry literal braces: " + t).startsWith("{\"");
            }
            for (String once : writtenOnce) {
                assertThat(slots(t).stream().filter(once::equals).count())
                        .as(once + " is one person per record, written once: " + t).isLessThanOrEqualTo(1);
            }
            assertThat(t).as("every template ends a line: " + t).endsWith("\n");
        }
    }

    /** Each of {@code slots} stands at least {@code times} times in all the templates. */
    static void checkSlotsUsedAtLeast(List<String> templates, int times, List<String> slots) {
        List<String> used = templates.stream().flatMap(t -> slots(t).stream()).toList();
        for (String slot : slots) {
            assertThat(used.stream().filter(slot::equals).count()).as("slot " + slot + " used often enough")
                    .isGreaterThanOrEqualTo(times);
        }
    }

    /** How many templates are written mostly in Latin script. */
    static long mostlyLatin(List<String> templates) {
        return templates.stream().map(t -> SLOT.matcher(t).replaceAll(""))
                .filter(t -> t.codePoints().filter(TemplateChecks::isLatin).count() > t.codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count())
                .count();
    }

    /** No template types a pool name outside its slots, and every name checked is one of the pools'. */
    static void checkNoLiteralPoolName(List<String> templates, List<String> names, Predicate<String> isPoolName) {
        // Once per name, not per template: a set's pool lookup may be slow.
        for (String name : names) assertThat(isPoolName.test(name)).as(name).isTrue();
        for (String t : templates) {
            String literal = SLOT.matcher(t).replaceAll("\u0000");
            for (String name : names) {
                assertThat(occurrences(literal, name)).as("literal pool name " + name + " in " + t).isEmpty();
            }
        }
    }

    /** The record has spans, in order, inside the text, without surrounding blanks, each value as {@code value} wants. */
    static void checkSpans(LabelledRecord r, BiConsumer<EntityKind, String> value) {
        assertThat(r.gold()).as(r.text()).isNotEmpty();
        int end = 0;
        for (Span s : r.gold()) {
            assertThat(s.start()).as(r.text()).isGreaterThanOrEqualTo(end);
            assertThat(s.end()).as(r.text()).isGreaterThan(s.start()).isLessThanOrEqualTo(r.text().length());
            end = s.end();
            String v = r.text().substring(s.start(), s.end());
            assertThat(v).as(r.text()).isEqualTo(v.strip());
            value.accept(s.kind(), v);
        }
    }

    /** The name values labelled in a set's records, and the full pool names they stand for. */
    record LabelledNames(Set<String> values, Set<String> fullNames) {
    }

    /**
     * Checks every record of {@code records} with {@link #checkSpans} and {@link #checkNoNameOutsideSpans}; returns
     * the labelled names and, where {@code fullNameOf} knows one, the pool name each stands for.
     */
    static LabelledNames checkLabelledNames(List<String> templates, long seed, int records,
                                            BiConsumer<EntityKind, String> value, List<String> checked,
                                            UnaryOperator<String> fullNameOf) {
        Set<String> values = new HashSet<>(), fullNames = new HashSet<>();
        for (LabelledRecord r : new ClinicalTextGenerator(seed, templates).generate(records)) {
            checkSpans(r, value);
            for (Span s : r.gold()) {
                if (s.kind() != EntityKind.NAME) continue;
                String v = s.in(r.text());
                values.add(v);
                if (fullNameOf.apply(v) != null) fullNames.add(fullNameOf.apply(v));
            }
            checkNoNameOutsideSpans(r, checked);
        }
        return new LabelledNames(values, fullNames);
    }

    /** Wherever one of {@code names} stands in the record, a labelled span covers it. */
    static void checkNoNameOutsideSpans(LabelledRecord r, List<String> names) {
        for (String name : names) {
            for (int at : occurrences(r.text(), name)) {
                assertThat(r.gold()).as("[" + name + "] outside a labelled span in: " + r.text())
                        .anyMatch(s -> s.start() <= at && s.end() >= at + name.length());
            }
        }
    }

    /** The first generator's pools can produce this Chinese name: one of its surnames and one or two given characters. */
    static boolean syntheticValuesCanGenerate(String name) throws ReflectiveOperationException {
        String surnames = (String) field(SyntheticValues.class, "SURNAMES") + field(SyntheticValues.class, "RARE_SURNAMES");
        String given = (String) field(SyntheticValues.class, "GIVEN");
        String surname = list(SyntheticValues.class, "COMPOUND").stream().filter(name::startsWith).findFirst()
                .orElse(surnames.indexOf(name.charAt(0)) >= 0 ? name.substring(0, 1) : null);
        if (surname == null) return false;
        String rest = name.substring(surname.length());
        return rest.length() >= 1 && rest.length() <= 2 && rest.chars().allMatch(c -> given.indexOf(c) >= 0);
    }

    /** The first generator's two-part minority names can produce this one. */
    static boolean syntheticValuesCanGenerateMinority(String name) throws ReflectiveOperationException {
        List<String> parts = list(SyntheticValues.class, "MINORITY_PARTS");
        String[] p = name.split("[·•・]");
        return p.length == 2 && parts.contains(p[0]) && parts.contains(p[1]);
    }

    /**
     * Each template alone, 40 records on its own seed: every record repeats the template one to three times and its
     * spans are exactly the values substituted for the identifier slots.
     */
    static void checkEveryTemplate(List<String> templates, long seed, Map<String, EntityKind> phi,
                                   BiConsumer<EntityKind, String> value) {
        int i = 0;
        for (String t : templates) {
            List<String> phiSlots = slots(t).stream().filter(phi::containsKey).toList();
            for (LabelledRecord r : new ClinicalTextGenerator(seed + i++, List.of(t)).generate(40)) {
                assertThat(r.gold()).as(r.text()).isNotEmpty();
                assertThat(r.gold().size() % phiSlots.size()).as(r.text()).isZero();
                int repeats = r.gold().size() / phiSlots.size();
                assertThat(repeats).as(r.text()).isBetween(1, 3);
                checkAlignment(t, repeats, r, phi, value);
            }
        }
    }

    /** Where a name occurs in a text; Latin names only as whole words. */
    /**
     * Checks, in records of every template that writes a person and an address form of the same person, that a
     * surname form (PS, FS, DS) is that person's surname and a given-name form (PG) the given name used alone; returns
     * how many forms were checked.
     */
    static int checkAddressTerms(List<String> templates, long seed, Map<String, EntityKind> phi,
            UnaryOperator<String> surnameOf, UnaryOperator<String> addressedGivenName) {
        int checked = 0;
        for (String template : templates) {
            List<String> slots = slots(template).stream().filter(phi::containsKey).toList();
            boolean related = slots.contains("P") && (slots.contains("PS") || slots.contains("PG"))
                    || slots.contains("F") && slots.contains("FS") || slots.contains("DR") && slots.contains("DS");
            if (!related) continue;
            for (LabelledRecord r : new ClinicalTextGenerator(seed, List.of(template)).generate(30)) {
                List<String> values = r.gold().stream().map(s -> s.in(r.text())).toList();
                for (int k = 0; k < values.size(); k++) {
                    String slot = slots.get(k % slots.size());
                    int base = k - k % slots.size();
                    String patient = slots.contains("P") ? values.get(base + slots.indexOf("P")) : null;
                    String family = slots.contains("F") ? values.get(base + slots.indexOf("F")) : null;
                    String doctor = slots.contains("DR") ? values.get(base + slots.indexOf("DR")) : null;
                    String v = values.get(k);
                    if (slot.equals("PS") && patient != null) {
                        assertThat(v).as(r.text()).isEqualTo(surnameOf.apply(patient));
                        checked++;
                    }
                    if (slot.equals("PG") && patient != null) {
                        assertThat(v).as(r.text()).isEqualTo(addressedGivenName.apply(patient));
                        assertThat(patient).as(r.text()).endsWith(v);
                        checked++;
                    }
                    if (slot.equals("FS") && family != null) {
                        assertThat(v).as(r.text()).isEqualTo(surnameOf.apply(family));
                        checked++;
                    }
                    if (slot.equals("DS") && doctor != null) {
                        assertThat(v).as(r.text()).isEqualTo(surnameOf.apply(doctor));
                        assertThat(doctor).as(r.text()).startsWith(v);
                        checked++;
                    }
                }
            }
        }
        return checked;
    }

    static List<Integer> occurrences(String text, String name) {
        List<Integer> out = new ArrayList<>();
        boolean latin = name.codePoints().anyMatch(TemplateChecks::isLatin);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            if (latin && (at > 0 && isLatin(text.charAt(at - 1))
                    || at + name.length() < text.length() && isLatin(text.charAt(at + name.length())))) {
                continue;
            }
            out.add(at);
        }
        return out;
    }

    static boolean isLatin(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** A private static field of another template class (its name pools), for the tests that compare pools. */
    static Object field(Class<?> owner, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }

    @SuppressWarnings("unchecked")
    static List<String> list(Class<?> owner, String name) throws ReflectiveOperationException {
        return (List<String>) field(owner, name);
    }

    /**
     * The names of a new blind set's pools that are not new: in an older set's Chinese or minority pool, among the
     * names SyntheticValues can generate, or, for English, an older family or given name ({@code olderSurnames}: the
     * separate family-name pools of the older sets). Empty when every name is new.
     */
    static List<String> namesNotNew(List<Class<?>> older, List<String> olderSurnames, List<String> chinese,
                                    List<String> minority, List<String> families, List<String> givenNames)
            throws ReflectiveOperationException {
        Set<String> olderNames = new HashSet<>();
        for (Class<?> c : older) {
            olderNames.addAll(list(c, "CHINESE"));
            olderNames.addAll(list(c, "MINORITY"));
        }
        List<String> clashes = new ArrayList<>();
        for (String name : chinese) {
            if (olderNames.contains(name)) clashes.add("older pool: " + name);
            if (syntheticValuesCanGenerate(name)) clashes.add("SyntheticValues: " + name);
        }
        for (String name : minority) {
            if (olderNames.contains(name)) clashes.add("older pool: " + name);
            if (syntheticValuesCanGenerateMinority(name)) clashes.add("SyntheticValues: " + name);
        }
        Set<String> olderFamilies = new HashSet<>(olderSurnames);
        Set<String> olderFirst = new HashSet<>();
        for (String f : List.of("EN_LAST", "EN_LAST_2", "EN_LAST_3")) {
            olderFamilies.addAll(list(SyntheticValues.class, f));
        }
        for (String f : List.of("EN_FIRST", "EN_FIRST_2", "EN_FIRST_3")) {
            olderFirst.addAll(list(SyntheticValues.class, f));
        }
        for (Class<?> c : older) {
            for (String n : list(c, "ENGLISH")) {
                olderFamilies.add(n.substring(n.indexOf('|') + 1));
                olderFirst.add(n.substring(0, n.indexOf('|')));
            }
        }
        for (String family : families) {
            if (olderFamilies.contains(family)) clashes.add("older English family name: " + family);
        }
        for (String first : givenNames) {
            if (olderFirst.contains(first)) clashes.add("older English given name: " + first);
        }
        return clashes;
    }

    /** A resident ID as a blind set writes it (grouped by spaces, a lower-case x) carries its GB 11643 check digit. */
    static void checkResidentId(String written, String id) {
        assertThat(id).as(written).matches("\\d{17}[\\dX]");
        assertThat(Checksums.isResidentId18(id)).as(written + " check digit").isTrue();
    }

    /** A bank card as a blind set writes it has 16 or 19 digits and a valid Luhn digit. */
    static void checkBankCard(String written) {
        String card = written.replace(" ", "");
        assertThat(card).as(written).matches("\\d{16}|\\d{19}");
        assertThat(Checksums.luhn(card)).as(written + " Luhn digit").isTrue();
    }

    /** A bank card plain or in fours by blanks or hyphens, as the later sets write it, with a valid Luhn digit. */
    static void checkCardInFours(String written) {
        assertThat(written).as(written).matches("\\d{16}|\\d{19}|(\\d{4} ){3,4}\\d{3,4}|(\\d{4}-){3,4}\\d{3,4}");
        checkBankCard(written.replace("-", ""));
    }

    /**
     * A resident ID in one of a set's written {@code forms}, from one of its {@code areaCodes}: a 15-digit one with a
     * valid birth date, an 18-digit one with its check character.
     */
    static void checkWrittenResidentId(String v, String forms, List<String> areaCodes) {
        if (v.length() == 15) {
            assertThat(legacyIdValid(v)).as(v + " 15-digit number with a valid birth date").isTrue();
            assertThat(areaCodes).as(v).contains(v.substring(0, 6));
            return;
        }
        assertThat(v).matches(forms);
        String id = v.replaceAll("[- ]", "").replace('x', 'X');
        checkResidentId(v, id);
        assertThat(areaCodes).as(v).contains(id.substring(0, 6));
    }

    /** The same seed gives the same records, another seed others, and the records vary. */
    static void checkDeterministicBySeed(List<String> templates, long seed) {
        List<LabelledRecord> a = new ClinicalTextGenerator(seed, templates).generate(300);
        List<LabelledRecord> b = new ClinicalTextGenerator(seed, templates).generate(300);
        List<LabelledRecord> c = new ClinicalTextGenerator(seed + 1, templates).generate(300);
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
        assertThat(a.stream().map(LabelledRecord::text).distinct().count()).as("records vary").isGreaterThan(290);
    }

    /** The labelled values of {@code records} records, by kind; every kind has a set, empty when none was labelled. */
    static Map<EntityKind, Set<String>> valuesByKind(List<String> templates, long seed, int records) {
        Map<EntityKind, Set<String>> values = new EnumMap<>(EntityKind.class);
        for (EntityKind kind : EntityKind.values()) values.put(kind, new HashSet<>());
        for (LabelledRecord r : new ClinicalTextGenerator(seed, templates).generate(records)) {
            for (Span s : r.gold()) values.get(s.kind()).add(s.in(r.text()));
        }
        return values;
    }

    /** Each of {@code forms} (regular expressions) matches at least one of {@code values}. */
    static void checkEveryFormOccurs(String what, List<String> forms, Set<String> values) {
        for (String form : forms) {
            assertThat(values).as(what + " " + form).anyMatch(v -> v.matches(form));
        }
    }

    /** Every decoy is written somewhere in {@code records} records and no labelled span ever overlaps one. */
    static void checkDecoysWrittenAndNeverLabelled(List<String> templates, long seed, int records,
                                                   List<String> decoys) {
        Set<String> seen = new HashSet<>();
        for (LabelledRecord r : new ClinicalTextGenerator(seed, templates).generate(records)) {
            for (String decoy : decoys) {
                for (int at : occurrences(r.text(), decoy)) {
                    seen.add(decoy);
                    assertThat(r.gold()).as("decoy " + decoy + " labelled in: " + r.text())
                            .noneMatch(s -> s.start() < at + decoy.length() && s.end() > at);
                }
            }
        }
        assertThat(seen).as("every decoy is written").containsExactlyInAnyOrderElementsOf(decoys);
    }

    /**
     * Where a child is named by a parent ("X之子"), the parent's name ends right before the kin word and the kin word is
     * not labelled; returns how many such places were checked.
     */
    static int checkParentBeforeKinWords(List<String> templates, long seed, int records, List<String> kinWords) {
        int checked = 0;
        for (LabelledRecord r : new ClinicalTextGenerator(seed, templates).generate(records)) {
            for (String kin : kinWords) {
                for (int at : occurrences(r.text(), kin)) {
                    assertThat(r.gold()).as("parent before " + kin + " in: " + r.text())
                            .anyMatch(s -> s.end() == at && s.kind() == EntityKind.NAME);
                    assertThat(r.gold()).as(r.text()).noneMatch(s -> s.start() < at + kin.length() && s.end() > at);
                    checked++;
                }
            }
        }
        return checked;
    }

    /** A Latin name pair, lower case, either order, no hyphens: the same for Tai-man|Chan and Chan|Taiman. */
    static String latinPairKey(String pair) {
        String[] p = pair.toLowerCase().replace("-", "").split("\\|");
        return p[0].compareTo(p[1]) < 0 ? p[0] + "|" + p[1] : p[1] + "|" + p[0];
    }

    /** The {@link #latinPairKey} of a pinyin entry Family|Syllable|Syllable. */
    static String pinyinKey(String entry) {
        String[] p = entry.split("\\|");
        return latinPairKey(p[0] + "|" + p[1] + p[2]);
    }

    /** A first-generation number: 15 digits, the birth date yymmdd of a 19xx year valid. */
    static boolean legacyIdValid(String id) {
        if (!id.matches("\\d{15}")) return false;
        try {
            LocalDate.of(1900 + Integer.parseInt(id.substring(6, 8)), Integer.parseInt(id.substring(8, 10)),
                    Integer.parseInt(id.substring(10, 12)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * The Chinese forms of address written around a labelled pool surname: the first of a set's prefixes before it (老X,
     * 小X …) and the first of its honorifics after it (X医生, X师傅 …). The surname span is the one character alone.
     */
    static final class AddressForms {
        private final Set<String> surnames = new HashSet<>(), seen = new HashSet<>();
        private final List<String> prefixes, honorifics;
        private int prefixed, suffixed;

        AddressForms(List<String> chineseNames, List<String> prefixes, List<String> honorifics) {
            for (String n : chineseNames) surnames.add(PoolNameForms.surnameOf(n));
            this.prefixes = prefixes;
            this.honorifics = honorifics;
        }

        /** Counts the forms around {@code v} (a labelled name in {@code text}) when it is a pool surname. */
        void count(String v, String before, String after, String text) {
            if (!surnames.contains(v)) return;
            assertThat(v).as(text).hasSize(1);
            prefixes.stream().filter(before::endsWith).findFirst().ifPresent(p -> {
                seen.add(p);
                prefixed++;
            });
            honorifics.stream().filter(after::startsWith).findFirst().ifPresent(h -> {
                seen.add(h);
                suffixed++;
            });
        }

        /** More than {@code minPrefixed} and {@code minSuffixed} of each side, and every prefix and honorific seen. */
        void check(String prefixForms, int minPrefixed, String suffixForms, int minSuffixed) {
            assertThat(prefixed).as(prefixForms).isGreaterThan(minPrefixed);
            assertThat(suffixed).as(suffixForms).isGreaterThan(minSuffixed);
            assertThat(seen).as("every Chinese form of address is written")
                    .containsAll(Stream.of(prefixes, honorifics).flatMap(List::stream).toList());
        }
    }
}

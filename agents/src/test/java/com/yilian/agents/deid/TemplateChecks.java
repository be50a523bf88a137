package com.yilian.agents.deid;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the well-formedness tests of the blind template sets check alike. */
final class TemplateChecks {
    static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9_]+)}");

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
}

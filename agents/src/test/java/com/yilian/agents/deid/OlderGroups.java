package com.yilian.agents.deid;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blind template groups a new group is compared with, so that it repeats none of their templates or names. Each
 * test names the last older group it was written against (a group written alongside another leaves that one out).
 */
final class OlderGroups {
    /** The first group with a template class, the first that keeps English family names apart, the first with nicknames. */
    private static final int FIRST = 3, FIRST_WITH_SURNAMES = 5, FIRST_WITH_NICKNAMES = 17;

    private OlderGroups() {
    }

    /** Blind3Templates … Blind{last}Templates. */
    static List<Class<?>> upTo(int last) {
        List<Class<?>> out = new ArrayList<>();
        for (int n = FIRST; n <= last; n++) out.add(group(n));
        return List.copyOf(out);
    }

    /** The separate English family-name pools of groups 5 to {@code last}. */
    static List<String> englishSurnamesUpTo(int last) throws ReflectiveOperationException {
        List<String> out = new ArrayList<>();
        for (int n = FIRST_WITH_SURNAMES; n <= last; n++) {
            @SuppressWarnings("unchecked")
            Stream<String> surnames = (Stream<String>) group(n).getDeclaredMethod("englishSurnames").invoke(null);
            surnames.forEach(out::add);
        }
        return out;
    }

    /** The nicknames of groups 17 to {@code last}. */
    static Set<String> nicknamesUpTo(int last) throws ReflectiveOperationException {
        Set<String> out = new HashSet<>();
        for (int n = FIRST_WITH_NICKNAMES; n <= last; n++) {
            @SuppressWarnings("unchecked")
            List<String> nicknames = (List<String>) group(n).getDeclaredMethod("nicknames").invoke(null);
            out.addAll(nicknames);
        }
        return out;
    }

    /** None of {@code templates} is one of an older group's (its BLIND_n list). */
    static void checkNoTemplateRepeated(List<String> templates, List<Class<?>> older)
            throws ReflectiveOperationException {
        for (Class<?> c : older) {
            String field = "BLIND_" + c.getSimpleName().replaceAll("\\D", "");
            assertThat(templates).as("templates of " + field).doesNotContainAnyElementsOf(TemplateChecks.list(c, field));
        }
    }

    /** Every string the older groups and SyntheticValues keep in a static list or constant. */
    static Set<String> strings(List<Class<?>> older) throws ReflectiveOperationException {
        return strings(older, false);
    }

    /** {@link #strings}, and each part of a listed string split at '|' (an entry's forms one by one). */
    static Set<String> stringsAndListedParts(List<Class<?>> older) throws ReflectiveOperationException {
        return strings(older, true);
    }

    private static Set<String> strings(List<Class<?>> older, boolean listedParts) throws ReflectiveOperationException {
        Set<String> out = new HashSet<>();
        List<Class<?>> owners = new ArrayList<>(older);
        owners.add(SyntheticValues.class);
        for (Class<?> c : owners) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                Object value = f.get(null);
                if (value instanceof String s) out.add(s);
                if (value instanceof List<?> list) {
                    for (Object o : list) {
                        if (!(o instanceof String s)) continue;
                        out.add(s);
                        if (listedParts) out.addAll(List.of(s.split("\\|")));
                    }
                }
            }
        }
        return out;
    }

    /** Lower case, unaccented, single blanks: the same for Tashi Lhundrub and TASHI LHUNDRUB. */
    static String latinKey(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase()
                .replaceAll("[^a-z]+", " ").strip();
    }

    private static Class<?> group(int n) {
        try {
            return Class.forName(OlderGroups.class.getPackageName() + ".Blind" + n + "Templates");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no template group " + n, e);
        }
    }
}

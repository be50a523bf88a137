package com.yilian.agents.deid;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

/**
 * Countries and the world's larger cities in Latin script (Saudi Arabia, Addis Ababa, Luanda), as records of work
 * abroad name them: capitalised words in a row read as a name, and a place is none. The countries are the JDK's
 * country names in English, French, Portuguese and Spanish; the cities those of the time-zone database with two
 * words or more. A country that is also a listed given or family name (Jordan) is left to the name rules.
 */
final class WorldPlaces {
    private static final Set<String> PLACES = places();

    private WorldPlaces() {
    }

    private static Set<String> places() {
        Set<String> out = new HashSet<>();
        for (String country : Locale.getISOCountries()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.of("pt"), Locale.of("es"))) {
                out.add(key(Locale.of("", country).getDisplayCountry(language)));
            }
        }
        // A city of one word is often a family name as well (Mendoza, Noronha): only cities of two words or more.
        for (String zone : TimeZone.getAvailableIDs()) {
            int slash = zone.lastIndexOf('/');
            String city = zone.substring(slash + 1).replace('_', ' ');
            if (slash > 0 && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/") && city.contains(" ")) out.add(key(city));
        }
        out.removeIf(p -> p.isBlank() || !p.contains(" ") && EnglishNameDetector.knownName(EnglishVocabulary.capitalised(p)));
        return Set.copyOf(out);
    }

    /** Names found in a place's words are dropped, unless a label or a title says a person stands there. */
    static List<Span> without(String text, List<Span> spans) {
        return spans.stream().filter(s -> s.kind() != EntityKind.NAME || !PLACES.contains(key(s.in(text)))
                || NameContext.labelBefore(text, s.start()) || NameContext.strongAt(text, s.end())).toList();
    }

    private static String key(String place) {
        return place.strip().toLowerCase(Locale.ROOT);
    }
}

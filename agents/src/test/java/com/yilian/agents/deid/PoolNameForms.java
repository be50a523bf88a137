package com.yilian.agents.deid;

import java.util.random.RandomGenerator;

/**
 * The name forms the blind template groups build alike: a Chinese pool name's surname and given name, the given name
 * as used alone, an English pool entry's parts, and a name as OCR reads it off a form. Each group keeps its own pools;
 * {@link #scannedName} draws from the generator exactly as the code it replaced, so the groups' fixed records do not
 * change.
 */
final class PoolNameForms {
    private PoolNameForms() {
    }

    /** The surname used in address: the first character (the pools have no compound surnames). */
    static String surnameOf(String chineseName) {
        return chineseName.substring(0, 1);
    }

    /** The given name: 德寿 of 韦德寿. */
    static String givenNameOf(String chineseName) {
        return chineseName.substring(1);
    }

    /** The given name as used alone; a one-character given name is not: the full name is written. */
    static String addressedGivenName(String chineseName) {
        String given = givenNameOf(chineseName);
        return given.length() >= 2 ? given : chineseName;
    }

    /**
     * The name as OCR reads it off a form: broken by a line break, a single blank after the surname (its first
     * character), a blank between every character, or an ideographic blank between every character.
     */
    static String scannedName(String name, RandomGenerator r) {
        return scannedName(name, 1, r);
    }

    /** {@link #scannedName(String, RandomGenerator)} with the line break or single blank after {@code cut} characters. */
    static String scannedName(String name, int cut, RandomGenerator r) {
        return switch (r.nextInt(4)) {
            case 0 -> name.substring(0, cut) + "\n" + name.substring(cut);
            case 1 -> name.substring(0, cut) + " " + name.substring(cut);
            case 2 -> String.join(" ", name.split(""));
            default -> String.join("\u3000", name.split(""));
        };
    }

    /** The given name of an English pool entry written {@code Given|Family}. */
    static String given(String englishEntry) {
        return englishEntry.substring(0, englishEntry.indexOf('|'));
    }

    /** The family name of an English pool entry written {@code Given|Family}. */
    static String family(String englishEntry) {
        return englishEntry.substring(englishEntry.indexOf('|') + 1);
    }
}

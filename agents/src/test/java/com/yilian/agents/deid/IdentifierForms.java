package com.yilian.agents.deid;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The identifier and numeral forms the blind template groups build alike. Each group keeps its own pools and year
 * ranges and passes them in; every helper draws from the generator in the same order as the code it replaced, so the
 * groups' fixed records do not change.
 */
final class IdentifierForms {
    private static final String NUMERALS = "〇一二三四五六七八九";

    private IdentifierForms() {
    }

    static String pick(List<String> xs, RandomGenerator r) {
        return xs.get(r.nextInt(xs.size()));
    }

    static String digits(int n, RandomGenerator r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('0' + r.nextInt(10)));
        return b.toString();
    }

    /**
     * An 18-character resident identity number: the area code, a birth date in {@code fromYear} to
     * {@code fromYear + years - 1} (day 1 to 28), a sequence number and its GB 11643 check character.
     */
    static String residentId(String area, int fromYear, int years, RandomGenerator r) {
        String first17 = area + String.format("%04d%02d%02d", fromYear + r.nextInt(years), 1 + r.nextInt(12),
                1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
        return first17 + Checksums.residentIdCheck(first17);
    }

    /** A first-generation 15-digit number: the area code, yymmdd of a 19xx birth date and a sequence number. */
    static String legacyId(String area, int fromYy, int years, RandomGenerator r) {
        return area + String.format("%02d%02d%02d", fromYy + r.nextInt(years), 1 + r.nextInt(12), 1 + r.nextInt(28))
                + String.format("%03d", r.nextInt(1000));
    }

    /** A 16- or 19-digit card number on the given issuer prefix (six digits), ending in its Luhn digit. */
    static String cardNumber(String bin, RandomGenerator r) {
        String body = bin + digits(r.nextBoolean() ? 9 : 12, r);
        return body + SyntheticValues.luhnDigit(body);
    }

    /** The digits in groups of four joined by {@code separator}, the last group as long as is left. */
    static String inFours(String digits, String separator) {
        return digits.replaceAll("(\\d{4})(?=\\d)", "$1" + separator);
    }

    /** 1958 as 一九五八. */
    static String chineseYear(int y) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(y).toCharArray()) b.append(NUMERALS.charAt(c - '0'));
        return b.toString();
    }

    /** 1 to 39 as 一 … 三十九. */
    static String chineseNumber(int n) {
        if (n < 10) return String.valueOf(NUMERALS.charAt(n));
        String tens = n / 10 == 1 ? "十" : NUMERALS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + NUMERALS.charAt(n % 10);
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
    static String ordinal(int d) {
        String suffix = d % 100 >= 11 && d % 100 <= 13 ? "th"
                : switch (d % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return d + suffix;
    }
}

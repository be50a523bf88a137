package com.yilian.agents.deid;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Check digits that separate real identifiers from arbitrary digit runs (lab codes, order numbers). */
public final class Checksums {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private Checksums() {
    }

    /** GB 11643 check character of the first 17 digits. */
    public static char residentIdCheck(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        return ID_CHECK.charAt(sum % 11);
    }

    /** 18-digit resident ID: digits, a real birth date and the GB 11643 check character. */
    public static boolean isResidentId18(String s) {
        if (s.length() != 18 || !s.substring(0, 17).chars().allMatch(Character::isDigit)) return false;
        return validDate(s.substring(6, 14)) && Character.toUpperCase(s.charAt(17)) == residentIdCheck(s);
    }

    /** Legacy 15-digit ID (before 1999): area code, YYMMDD, sequence; it has no check digit, so the date must be real. */
    public static boolean isResidentId15(String s) {
        if (s.length() != 15 || !s.chars().allMatch(Character::isDigit) || s.charAt(0) == '0' || s.charAt(0) == '9') {
            return false;
        }
        return validDate("19" + s.substring(6, 12));
    }

    /** Luhn check used by UnionPay and the card schemes. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) return false;
            if (dbl) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** Hong Kong identity card: one or two letters, six digits and the mod-11 check character (A123456(3)). */
    public static boolean isHongKongId(String letters, String digits, char check) {
        if (letters.isEmpty() || letters.length() > 2 || digits.length() != 6) return false;
        // A lone prefix letter counts as a space (value 36) before it.
        int sum = letters.length() == 1 ? 36 * 9 + letterValue(letters.charAt(0)) * 8
                : letterValue(letters.charAt(0)) * 9 + letterValue(letters.charAt(1)) * 8;
        for (int i = 0; i < 6; i++) sum += (digits.charAt(i) - '0') * (7 - i);
        int expected = (11 - sum % 11) % 11;
        return Character.toUpperCase(check) == (expected == 10 ? 'A' : (char) ('0' + expected));
    }

    // Taiwan's letters in the order of their values 10…35 (I and O came last).
    private static final String TAIWAN_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    /** Taiwan national ID (and the new residence permit): a letter, 1/2 (8/9), eight digits, weighted mod 10 = 0. */
    public static boolean isTaiwanId(String s) {
        if (s.length() != 10 || TAIWAN_LETTERS.indexOf(s.charAt(0)) < 0 || "1289".indexOf(s.charAt(1)) < 0
                || !s.substring(1).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int code = TAIWAN_LETTERS.indexOf(s.charAt(0)) + 10;
        int sum = code / 10 + code % 10 * 9 + (s.charAt(9) - '0');
        for (int i = 1; i <= 8; i++) sum += (s.charAt(i) - '0') * (9 - i);
        return sum % 10 == 0;
    }

    private static int letterValue(char c) {
        return Character.toUpperCase(c) - 'A' + 10;
    }

    static boolean validDate(String yyyymmdd) {
        try {
            int y = Integer.parseInt(yyyymmdd.substring(0, 4));
            LocalDate d = LocalDate.of(y, Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
            return y >= 1880 && !d.isAfter(LocalDate.now().plusYears(1));
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    // Checks of other countries' numbers (ForeignNumberDetector).
    private static final String NIE_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    // The codice fiscale's check: characters in odd places by this table, in even places by their own value.
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22,
            25, 24, 23};

    /** Spain's DNI and NIE: the number (an NIE's X, Y, Z as 0, 1, 2) modulo 23 picks the letter. */
    static boolean spanishIdLetter(String number, char letter) {
        return NIE_LETTERS.charAt((int) (Long.parseLong(number) % 23)) == letter;
    }

    static boolean codiceFiscale(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[value] : value;
        }
        return code.charAt(15) == 'A' + sum % 26;
    }

    // A birth date (yymmdd), a sex and century digit, and the check digit over the first twelve.
    static boolean koreanRrn(String digits) {
        int month = Integer.parseInt(digits.substring(2, 4)), day = Integer.parseInt(digits.substring(4, 6));
        char sex = digits.charAt(6);
        if (month < 1 || month > 12 || day < 1 || day > 31 || sex < '1' || sex > '8') return false;
        int[] weights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (digits.charAt(i) - '0') * weights[i];
        return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
    }

    // Sex, year, month, place, commune and order, then a key of 97 less the number modulo 97 (Corsica: 2A, 2B).
    static boolean frenchNir(String digits) {
        int month = Integer.parseInt(digits.substring(3, 5));
        if (month < 1 || month > 12 && month < 20 || month > 42) return false;
        String number = digits.substring(0, 13).replace("2A", "19").replace("2B", "18");
        long key = 97 - Long.parseLong(number) % 97;
        return key == Long.parseLong(digits.substring(13));
    }

    // The country and check digits moved to the end, letters as 10 to 35: the number modulo 97 is 1.
    static boolean iban(String code) {
        if (code.length() < 15 || code.length() > 34) return false;
        String moved = code.substring(4) + code.substring(0, 4);
        int rest = 0;
        for (char c : moved.toCharArray()) {
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            rest = (value > 9 ? rest * 100 + value : rest * 10 + value) % 97;
        }
        return rest == 1;
    }

    static boolean thaiId(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (digits.charAt(i) - '0') * (13 - i);
        return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
    }

    // Weights 2765432 over the digits, four more for T and G, then the letter of the remainder.
    static boolean singaporeNric(String code) {
        int[] weights = {2, 7, 6, 5, 4, 3, 2};
        int sum = "TG".indexOf(code.charAt(0)) >= 0 ? 4 : 0;
        for (int i = 0; i < 7; i++) sum += (code.charAt(i + 1) - '0') * weights[i];
        String letters = "ST".indexOf(code.charAt(0)) >= 0 ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
        return letters.charAt(sum % 11) == code.charAt(8);
    }

    static boolean elevenTest(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += (9 - i) * (digits.charAt(i) - '0');
        return (sum - (digits.charAt(8) - '0')) % 11 == 0;
    }
}

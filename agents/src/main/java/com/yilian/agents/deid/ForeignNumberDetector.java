package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of the countries returnees and traders live in, by their own check: Italy's codice fiscale, Spain's NIE and
 * DNI, Korea's resident registration number, Thailand's citizen number, Singapore's NRIC, France's social-security
 * number and a European health card's number (insurance numbers), an IBAN (a bank account, as a card is), and, after
 * its label only, the Dutch BSN. A code of the same shape whose check fails is none. A passport's number is a
 * travel document's, not a national number, and stays (as {@link HongKongTaiwanNumberDetector} keeps it).
 */
final class ForeignNumberDetector implements Detector {
    private static final Pattern CODICE_FISCALE = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{6}\\d{2}[A-EHLMPRST]\\d{2}[A-Z]\\d{3}[A-Z](?![A-Za-z0-9])");
    private static final Pattern SPANISH = Pattern.compile("(?<![A-Za-z0-9-])(?:([XYZ])-?(\\d{7})|(\\d{8}))-?([A-Z])(?![A-Za-z0-9-])");
    private static final Pattern KOREAN_RRN = Pattern.compile("(?<![\\d-])(\\d{6})-(\\d{7})(?![\\d-])");
    private static final Pattern FRENCH_NIR = Pattern.compile(
            "(?<!\\d)(?<!\\d )([12]) ?(\\d{2}) ?(\\d{2}) ?(\\d{2}|2[AB]) ?(\\d{3}) ?(\\d{3}) ?(\\d{2})(?![\\d])");
    private static final Pattern BSN = Pattern.compile("\\bBSN[:：\\s]*(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3})(?![\\d.])");
    // An IBAN: country, two check digits, the account, in fours by blanks or not (IT06 Y030 6992 …, NL91RABO0498647093).
    private static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");
    // A European health insurance card: 80, the country's numeric code (Italy 380, France 250, Spain 724 …), fifteen more.
    private static final Pattern EHIC = Pattern.compile("(?<!\\d)80(?:380|250|724|528|040|276|056|620|756)\\d{15}(?!\\d)");
    // Thailand's citizen number (1-2345-67890-12-3); Singapore's NRIC and FIN with their check letter.
    // Only in its hyphenated form: thirteen digits run together are too common a shape (00853-62327453 is a phone).
    private static final Pattern THAI_ID = Pattern.compile("(?<![\\d-])\\d-\\d{4}-\\d{5}-\\d{2}-\\d(?![\\d-])");
    private static final Pattern SINGAPORE_NRIC = Pattern.compile("(?<![A-Za-z0-9])[STFG]\\d{7}[A-Z](?![A-Za-z0-9])");
    private static final String NIE_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    // The codice fiscale's check: characters in odd places by this table, in even places by their own value.
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher cf = CODICE_FISCALE.matcher(text);
        while (cf.find()) if (codiceFiscale(cf.group())) out.add(new Span(cf.start(), cf.end(), EntityKind.ID_NUMBER));
        Matcher es = SPANISH.matcher(text);
        while (es.find()) {
            String number = es.group(1) != null ? "XYZ".indexOf(es.group(1)) + es.group(2) : es.group(3);
            if (NIE_LETTERS.charAt((int) (Long.parseLong(number) % 23)) == es.group(4).charAt(0)) {
                out.add(new Span(es.start(), es.end(), EntityKind.ID_NUMBER));
            }
        }
        Matcher rrn = KOREAN_RRN.matcher(text);
        while (rrn.find()) if (koreanRrn(rrn.group(1) + rrn.group(2))) out.add(new Span(rrn.start(), rrn.end(), EntityKind.ID_NUMBER));
        Matcher nir = FRENCH_NIR.matcher(text);
        while (nir.find()) {
            String digits = nir.group().replace(" ", "");
            if (frenchNir(digits)) out.add(new Span(nir.start(), nir.end(), EntityKind.INSURANCE));
        }
        Matcher iban = IBAN.matcher(text);
        while (iban.find()) if (iban(iban.group().replace(" ", ""))) out.add(new Span(iban.start(), iban.end(), EntityKind.BANK_CARD));
        Matcher ehic = EHIC.matcher(text);
        while (ehic.find()) out.add(new Span(ehic.start(), ehic.end(), EntityKind.INSURANCE));
        Matcher thai = THAI_ID.matcher(text);
        while (thai.find()) {
            if (thaiId(thai.group().replace("-", ""))) out.add(new Span(thai.start(), thai.end(), EntityKind.ID_NUMBER));
        }
        Matcher nric = SINGAPORE_NRIC.matcher(text);
        while (nric.find()) if (singaporeNric(nric.group())) out.add(new Span(nric.start(), nric.end(), EntityKind.ID_NUMBER));
        Matcher bsn = BSN.matcher(text);
        while (bsn.find()) if (elevenTest(bsn.group(1).replace(".", ""))) out.add(new Span(bsn.start(1), bsn.end(1), EntityKind.ID_NUMBER));
        return out;
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

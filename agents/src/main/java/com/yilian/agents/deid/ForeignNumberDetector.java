package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of the countries returnees and traders live in, by their own check: Italy's codice fiscale, Spain's NIE and
 * DNI, Korea's resident registration number, Thailand's citizen number, Singapore's NRIC, France's social-security
 * number and a European health card's number (insurance numbers), an IBAN (a bank account, as a card is), and, after
 * its label only, the Dutch BSN. A code of the same shape whose check fails is none. A passport's number is a
 * travel document's, not a national number, and stays (as {@link HongKongTaiwanNumberDetector} keeps it). The checks
 * themselves are {@link Checksums}'.
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
    // Portugal's citizen card: the civil number, its check digit, the card's version and check (29804308 1 XO4); no other
    // number has that shape, so it is taken as written.
    private static final Pattern PORTUGUESE_CC = Pattern.compile("(?<![A-Za-z0-9])\\d{8} \\d [A-Z]{2}\\d(?![A-Za-z0-9])");
    private static final Pattern SINGAPORE_NRIC = Pattern.compile("(?<![A-Za-z0-9])[STFG]\\d{7}[A-Z](?![A-Za-z0-9])");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        take(out, CODICE_FISCALE.matcher(text), 0, Checksums::codiceFiscale, EntityKind.ID_NUMBER);
        for (Matcher cc = PORTUGUESE_CC.matcher(text); cc.find(); ) out.add(new Span(cc.start(), cc.end(), EntityKind.ID_NUMBER));
        Matcher es = SPANISH.matcher(text);
        while (es.find()) {
            String number = es.group(1) != null ? "XYZ".indexOf(es.group(1)) + es.group(2) : es.group(3);
            if (Checksums.spanishIdLetter(number, es.group(4).charAt(0))) {
                out.add(new Span(es.start(), es.end(), EntityKind.ID_NUMBER));
            }
        }
        take(out, KOREAN_RRN.matcher(text), 0, v -> Checksums.koreanRrn(v.replace("-", "")), EntityKind.ID_NUMBER);
        take(out, FRENCH_NIR.matcher(text), 0, v -> Checksums.frenchNir(v.replace(" ", "")), EntityKind.INSURANCE);
        take(out, IBAN.matcher(text), 0, v -> Checksums.iban(v.replace(" ", "")), EntityKind.BANK_CARD);
        take(out, EHIC.matcher(text), 0, v -> true, EntityKind.INSURANCE);
        take(out, THAI_ID.matcher(text), 0, v -> Checksums.thaiId(v.replace("-", "")), EntityKind.ID_NUMBER);
        take(out, SINGAPORE_NRIC.matcher(text), 0, Checksums::singaporeNric, EntityKind.ID_NUMBER);
        take(out, BSN.matcher(text), 1, v -> Checksums.elevenTest(v.replace(".", "")), EntityKind.ID_NUMBER);
        return out;
    }

    /** Every match whose group passes its country's check, as {@code kind}. */
    private static void take(List<Span> out, Matcher m, int group, Predicate<String> check, EntityKind kind) {
        while (m.find()) if (check.test(m.group(group))) out.add(new Span(m.start(group), m.end(group), kind));
    }
}

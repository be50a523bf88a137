package com.yilian.agents.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity cards and phones of Hong Kong, Macao and Taiwan, which patients of a consortium on the coast carry: a Hong
 * Kong ID (A123456(3), HKID: XA7241418) or Taiwan ID (身分證A123456789) by its check character and label, a phone by
 * its country code or Taiwan's dashed mobile form (0912-345-678).
 */
final class HongKongTaiwanNumberDetector implements Detector {
    private static final Pattern HONG_KONG_ID = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{1,2})(\\d{6})\\s?(?:\\(([0-9A])\\)|（([0-9A])）|([0-9A]))(?![A-Za-z0-9])");
    // One code in eleven (ten) passes the check by chance (BA9688819, a record column's A112011765): unless the Hong
    // Kong check character is bracketed, the card's own label must stand before it (text is folded: 身分證 → 身分证).
    private static final Pattern ID_LABEL = Pattern.compile("(?:HKID|身份证|身分证|统一编号|证件|ID)[^\\n]{0,12}$",
            Pattern.CASE_INSENSITIVE);
    // …and a passport named right before it is a passport, whatever label stands before that (证件：越南护照 C3871264).
    private static final Pattern PASSPORT_BEFORE = Pattern.compile("(?:护照|(?i:passport))[^\\n]{0,6}$");

    // A Macau identity card: its first digit, six more, the check digit, by slashes or the check in brackets
    // (1/146388/6, 5956766(2)).
    private static final Pattern MACAU_ID = Pattern.compile("(?<![\\d/])[157]/\\d{6}/\\d(?![\\d/])|(?<!\\d)[157]\\d{6}[(（]\\d[)）]");
    // …or its eight digits run together, which only the card's label tells from any other number (BIR n.º 71257163,
    // 澳门居民身份证：53922826).
    private static final Pattern MACAU_ID_PLAIN = Pattern.compile("(?<![\\d/])[157]\\d{7}(?![\\d/(（])");
    private static final Pattern MACAU_LABEL = Pattern.compile("(?:\\bBIR\\b|澳门(?:居民)?身份证)[^\\n\\d]{0,12}$");
    // A Macau mobile has eight digits from 62 to 68 (6274 5579, 66601187); without +853 it is told from other numbers
    // only where the record speaks of Macau, and never after another number's label (工号, n.º).
    private static final Pattern MACAU_MOBILE = Pattern.compile("(?<![\\dA-Za-z/.,:-])6[2-8]\\d{2} ?\\d{4}(?![\\d/.,:-]|\\s?[(（]\\d)");
    private static final Pattern MACAU = Pattern.compile("澳门|澳門|(?i:Macau|Macao)");
    private static final Pattern OTHER_NUMBER_LABEL = Pattern.compile("(?:号|號|码|碼|No\\.?|n\\.º|ID|证|證|#)\\s*[:：]?\\s*$");
    // A Hong Kong number has eight digits opening 2, 3, 5, 6 or 9 (2537 2454, 95929935); without +852 it is told from
    // other numbers only where the record speaks of Hong Kong, never after another number's label, and never when the
    // digits are a date (20240621).
    private static final Pattern HONG_KONG_LOCAL = Pattern.compile(
            "(?<![\\dA-Za-z/.,:$-])[235679]\\d{3} ?\\d{4}(?![\\d/.,:-]|\\s?[(（]\\d)");
    private static final Pattern HONG_KONG = Pattern.compile("香港|(?i:Hong Kong|Kowloon)|九龙|新界|HKID|\\bHK\\b|HK\\$");
    private static final Pattern TAIWAN_ID = Pattern.compile("(?<![A-Za-z0-9])[A-Z][1289]\\d{8}(?![A-Za-z0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\dA-Za-z])(?:"
            // Hong Kong and Macao: eight digits after +852/+853 or (852).
            + "(?:\\+|00)85[23][ -]?\\d{4}[ -]?\\d{4}|[(（]85[23][)）][ -]?\\d{4}[ -]?\\d{4}"
            // Taiwan: +886, then a mobile (9xx xxx xxx) or an area code and a local number.
            + "|(?:\\+|00)886[ -]?(?:9\\d{2}[ -]?\\d{3}[ -]?\\d{3}|\\(?0?\\d{1,2}\\)?[ -]?\\d{3,4}[ -]?\\d{4})"
            + "|09\\d{2}-\\d{3}-\\d{3})(?![\\d-])");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher hk = HONG_KONG_ID.matcher(text);
        while (hk.find()) {
            String check = hk.group(3) != null ? hk.group(3) : hk.group(4) != null ? hk.group(4) : hk.group(5);
            boolean bracketed = hk.group(5) == null;
            String before = text.substring(Math.max(0, hk.start() - 16), hk.start());
            if (Checksums.isHongKongId(hk.group(1), hk.group(2), check.charAt(0)) && !NumberDetector.labelledOther(text, hk.start())
                    && (bracketed || ID_LABEL.matcher(before).find()) && !PASSPORT_BEFORE.matcher(before).find()) {
                out.add(new Span(hk.start(), hk.end(), EntityKind.ID_NUMBER));
            }
        }
        Matcher tw = TAIWAN_ID.matcher(text);
        while (tw.find()) {
            String before = text.substring(Math.max(0, tw.start() - 16), tw.start());
            if (Checksums.isTaiwanId(tw.group()) && !NumberDetector.labelledOther(text, tw.start()) && ID_LABEL.matcher(before).find()) {
                out.add(new Span(tw.start(), tw.end(), EntityKind.ID_NUMBER));
            }
        }
        for (Matcher macau = MACAU_ID.matcher(text); macau.find(); ) {
            out.add(new Span(macau.start(), macau.end(), EntityKind.ID_NUMBER));
        }
        for (Matcher macau = MACAU_ID_PLAIN.matcher(text); macau.find(); ) {
            if (MACAU_LABEL.matcher(text.substring(Math.max(0, macau.start() - 24), macau.start())).find()) {
                out.add(new Span(macau.start(), macau.end(), EntityKind.ID_NUMBER));
            }
        }
        localNumbers(text, MACAU, MACAU_MOBILE, out);
        localNumbers(text, HONG_KONG, HONG_KONG_LOCAL, out);
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) out.add(new Span(phone.start(), phone.end(), EntityKind.PHONE));
        return out;
    }

    /** Numbers without their country code, only where the record names the place, never after another number's label. */
    private static void localNumbers(String text, Pattern place, Pattern number, List<Span> out) {
        if (!place.matcher(text).find()) return;
        for (Matcher local = number.matcher(text); local.find(); ) {
            String before = text.substring(Math.max(0, local.start() - 12), local.start());
            if (!Checksums.validDate(local.group().replace(" ", "")) && !OTHER_NUMBER_LABEL.matcher(before).find()
                    && !NumberDetector.labelledOther(text, local.start())) {
                out.add(new Span(local.start(), local.end(), EntityKind.PHONE));
            }
        }
    }
}

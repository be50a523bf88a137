package com.yilian.agents.deid;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity numbers that overseas relatives from Malaysia and Indonesia carry: the Malaysian MyKad number (birth date,
 * place-of-birth code, four digits: 600810-01-6547) and the Indonesian NIK (region, birth date with 40 added to a
 * woman's day, four digits). Both are lifelong national numbers, unlike a passport's. The MyKad's hyphenated form is
 * taken anywhere; its bare twelve digits and the NIK only after their label, since other numbers have their lengths.
 */
final class MalaysiaIndonesiaIdDetector implements Detector {
    private static final Pattern MYKAD_HYPHENATED = Pattern.compile("(?<![\\d-])(\\d{6})-(\\d{2})-\\d{4}(?![\\d-])");
    private static final Pattern MYKAD_BARE = Pattern.compile("(?<!\\d)(\\d{6})(\\d{2})\\d{4}(?!\\d)");
    private static final Pattern NIK = Pattern.compile("(?<!\\d)\\d{6}(\\d{6})\\d{4}(?!\\d)");
    private static final Pattern MYKAD_LABEL = Pattern.compile(
            "(?:MyKad|NRIC|IC|I/C|K/P|Kad Pengenalan|身份证)\\s*(?:No\\.?|号码?)?\\s*[:：]?\\s*$");
    private static final Pattern NIK_LABEL = Pattern.compile("(?:NIK|KTP)\\s*[:：]?\\s*$");

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = MYKAD_HYPHENATED.matcher(text);
        while (m.find()) {
            if (validBirth(m.group(1), 0) && placeOfBirth(m.group(2))) {
                out.add(new Span(m.start(), m.end(), EntityKind.ID_NUMBER));
            }
        }
        Matcher bare = MYKAD_BARE.matcher(text);
        while (bare.find()) {
            if (labelled(text, bare.start(), MYKAD_LABEL) && validBirth(bare.group(1), 0) && placeOfBirth(bare.group(2))) {
                out.add(new Span(bare.start(), bare.end(), EntityKind.ID_NUMBER));
            }
        }
        Matcher nik = NIK.matcher(text);
        while (nik.find()) {
            String ddmmyy = nik.group(1);
            String yymmdd = ddmmyy.substring(4) + ddmmyy.substring(2, 4) + ddmmyy.substring(0, 2);
            if (labelled(text, nik.start(), NIK_LABEL) && (validBirth(yymmdd, 0) || validBirth(yymmdd, 40))) {
                out.add(new Span(nik.start(), nik.end(), EntityKind.ID_NUMBER));
            }
        }
        return out;
    }

    private static boolean labelled(String text, int start, Pattern label) {
        return label.matcher(text.substring(Math.max(0, start - 16), start)).find();
    }

    /** A YYMMDD birth date, the day less {@code dayOffset}, that exists in some century. */
    private static boolean validBirth(String yymmdd, int dayOffset) {
        int month = Integer.parseInt(yymmdd.substring(2, 4)), day = Integer.parseInt(yymmdd.substring(4, 6)) - dayOffset;
        try {
            LocalDate.of(2000, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    // Malaysian states 01–16 and foreign-birth codes 21–59, 60–68, 71–72, 74–79, 82–93, 98–99; 00, 17–20, 69–70, 73,
    // 80–81 and 94–97 are not issued.
    private static boolean placeOfBirth(String code) {
        int c = Integer.parseInt(code);
        return c >= 1 && c <= 16 || c >= 21 && c <= 68 || c == 71 || c == 72 || c >= 74 && c <= 79 || c >= 82 && c <= 93
                || c >= 98;
    }
}

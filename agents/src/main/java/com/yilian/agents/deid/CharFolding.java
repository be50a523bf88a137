package com.yilian.agents.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text the detectors read: full-width digits and letters as ASCII (scans and some input methods write １３８…, ＭＺ),
 * digits of other scripts as ASCII (Tibetan ༡༣༨…, Arabic-Indic ١٣٨…), traditional characters as simplified (黃美玲, 張志偉
 * from Hong Kong or Taiwan). Only mappings of one char to one char
 * are used, so a span found in the folded text is the same span of the original.
 */
final class CharFolding {
    // HanLP's own traditional-to-simplified table, shipped in its jar.
    private static final String T2S = "/data/dictionary/tc/t2s.txt";
    private static final char[] SIMPLIFIED = load();

    private CharFolding() {
    }

    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') chars[i] = (char) (c - 0xFEE0);
            else if (SIMPLIFIED[c] != 0) chars[i] = SIMPLIFIED[c];
        }
        return new String(chars);
    }

    private static char[] load() {
        char[] map = new char[Character.MAX_VALUE + 1];
        try (InputStream in = CharFolding.class.getResourceAsStream(T2S)) {
            if (in == null) throw new IllegalStateException(T2S + " is missing from the classpath (hanlp-portable)");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (eq == 1 && line.length() == 3) map[line.charAt(0)] = line.charAt(2);
            }
            // Other scripts' decimal digits, in the same table: one lookup per character.
            for (char c = 0x80; c < Character.MAX_VALUE; c++) {
                if (Character.isDigit(c)) map[c] = (char) ('0' + Character.digit(c, 10));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}

package com.yilian.tenants;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for names the file got slightly wrong: typos, other casing, snake_case or kebab-case. */
final class Suggest {
    private Suggest() {
    }

    static Optional<String> closest(String word, Collection<String> options) {
        String plain = normalize(word);
        for (String option : options) {
            if (normalize(option).equals(plain)) {
                return Optional.of(option);
            }
        }
        // Short words get one edit, longer ones two: beyond that a guess is more noise than help.
        int allowed = plain.length() < 6 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String option : options) {
            int d = distance(plain, normalize(option));
            if (d <= allowed && d < bestDistance) {
                best = option;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * "unknown role `x`, did you mean `y`? Allowed: a, b", or with no close match "unknown role `x`; allowed: a, b".
     */
    static String unknown(String what, String word, Collection<String> options, String allowedLabel) {
        String start = "unknown " + what + " `" + word + "`";
        String list = ": " + String.join(", ", options);
        return closest(word, options)
                .map(s -> start + ", did you mean `" + s + "`? " + allowedLabel + list)
                .orElseGet(() -> start + "; " + allowedLabel.substring(0, 1).toLowerCase(Locale.ROOT)
                        + allowedLabel.substring(1) + list);
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Edit distance that counts swapping two neighbouring letters as one edit ("sahre" is one from "share"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

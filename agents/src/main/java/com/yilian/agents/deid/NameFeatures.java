package com.yilian.agents.deid;

import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the learned name finder sees of each character: the characters around it and their pairs, their kind (Han,
 * digit, Latin, punctuation, space), whether they are surnames, how often HanLP's name corpus has them in a given
 * name, and the word HanLP's segmenter puts them in with its part of speech. The dictionary features are what lets the
 * model judge names it never saw: a character's identity is learned from the training pools, its role is not.
 * One instance serves one tagger, so the per-text analysis is cached without locks.
 */
final class NameFeatures implements AdaptiveFeatureGenerator {
    private String[] analysedTokens;
    private String[] termNature;
    private char[] termPosition;
    private String[] roles;
    private List<String>[] byToken;

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != analysedTokens) analyse(tokens);
        // The beam search asks once per hypothesis; nothing here depends on the previous outcomes.
        if (byToken[index] == null) {
            List<String> own = new ArrayList<>(40);
            features(own, tokens, index);
            byToken[index] = own;
        }
        features.addAll(byToken[index]);
    }

    private void features(List<String> features, String[] tokens, int index) {
        features.add("b");
        for (int k = -3; k <= 3; k++) features.add("w" + k + "=" + charAt(tokens, index + k));
        features.add("w-2w-1=" + charAt(tokens, index - 2) + charAt(tokens, index - 1));
        features.add("w-1w0=" + charAt(tokens, index - 1) + charAt(tokens, index));
        features.add("w0w1=" + charAt(tokens, index) + charAt(tokens, index + 1));
        features.add("w1w2=" + charAt(tokens, index + 1) + charAt(tokens, index + 2));
        features.add("w-1w1=" + charAt(tokens, index - 1) + charAt(tokens, index + 1));
        StringBuilder shape = new StringBuilder();
        for (int k = -2; k <= 2; k++) {
            String kind = kind(charAt(tokens, index + k));
            shape.append(kind);
            features.add("k" + k + "=" + kind);
            features.add("r" + k + "=" + roleAt(index + k));
        }
        features.add("shape=" + shape);
        features.add("r0r1=" + roleAt(index) + roleAt(index + 1));
        features.add("r-1r0=" + roleAt(index - 1) + roleAt(index));
        for (int k = -2; k <= 0; k++) {
            if (compoundSurnameAt(tokens, index + k)) features.add("cs" + k);
        }
        for (int k = -1; k <= 1; k++) {
            int j = index + k;
            String term = j < 0 || j >= tokens.length ? "none" : termNature[j] + "_" + termPosition[j];
            features.add("t" + k + "=" + term);
        }
        features.add("t0w0=" + termNature[index] + "_" + termPosition[index] + charAt(tokens, index));
    }

    private String roleAt(int i) {
        return i < 0 || i >= roles.length ? "-" : roles[i];
    }

    @SuppressWarnings("unchecked")
    private void analyse(String[] tokens) {
        String text = String.join("", tokens);
        termNature = new String[tokens.length];
        termPosition = new char[tokens.length];
        roles = new String[tokens.length];
        byToken = new List[tokens.length];
        for (int j = 0; j < tokens.length; j++) roles[j] = nameRoles(charAt(tokens, j));
        HanlpView view = HanlpView.of(text);
        for (Map.Entry<Integer, Integer> term : view.termEnds().entrySet()) {
            int from = term.getKey(), to = Math.min(term.getValue(), tokens.length);
            String nature = coarse(view.natureAt(from));
            for (int j = from; j < to; j++) {
                termNature[j] = nature;
                termPosition[j] = to - from == 1 ? 'S' : j == from ? 'B' : j == to - 1 ? 'E' : 'M';
            }
        }
        for (int j = 0; j < tokens.length; j++) {
            if (termNature[j] == null) {
                termNature[j] = "x";
                termPosition[j] = 'S';
            }
        }
        analysedTokens = tokens;
    }

    // Person-name tags keep their detail (nr, nrf, nrj); the rest keep their first letter and 'nh' (medical terms).
    private static String coarse(String nature) {
        if (nature.isEmpty()) return "x";
        if (nature.startsWith("nr") || nature.startsWith("nh") || nature.startsWith("ns") || nature.startsWith("nt")) {
            return nature.length() > 3 ? nature.substring(0, 3) : nature;
        }
        return nature.substring(0, 1);
    }

    private static String charAt(String[] tokens, int i) {
        if (i < 0) return "^";
        if (i >= tokens.length) return "$";
        String t = tokens[i];
        return t.equals("\n") || t.equals("\r") ? "NL" : t.isBlank() ? "SP" : t;
    }

    private static String kind(String c) {
        if (c.equals("^") || c.equals("$")) return "E";
        if (c.equals("NL") || c.equals("SP")) return "S";
        int cp = c.codePointAt(0);
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return "H";
        if (Character.isDigit(cp)) return "D";
        if (Character.isLetter(cp)) return Character.isUpperCase(cp) ? "U" : "L";
        return "P";
    }

    /**
     * Surname (S; s: only in HanLP's corpus), given-name character (G: often; g: ever), seen right before (k) or after
     * (l) a name in that corpus, as one short code.
     */
    private static String nameRoles(String c) {
        if (c.length() != 1 || kind(c).charAt(0) != 'H') return "-";
        char ch = c.charAt(0);
        String surname = Surnames.SINGLES.contains(c) ? "S" : Surnames.knownToHanlp(ch) ? "s" : "";
        String given = GivenNameCharacters.likely(ch) ? "G" : GivenNameCharacters.possible(ch) ? "g" : "";
        var item = PersonDictionary.dictionary.get(c);
        String before = item != null && item.getFrequency(NR.K) > 0 ? "k" : "";
        String after = item != null && item.getFrequency(NR.L) > 0 ? "l" : "";
        String role = surname + given + before + after;
        return role.isEmpty() ? "0" : role;
    }

    private static boolean compoundSurnameAt(String[] tokens, int i) {
        if (i < 0 || i + 1 >= tokens.length) return false;
        return Surnames.COMPOUND.contains(tokens[i] + tokens[i + 1]);
    }
}

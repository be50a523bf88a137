package com.yilian.agents.baseline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Medications and allergies as the patient words them; kept verbatim for the clinician, never interpreted. */
final class HistoryPhrases {

    private static final String UNTIL_CLAUSE_END = "([^，,。.;；!！?？\\n]{1,30})";
    private static final List<Pattern> MEDICATION = List.of(
            Pattern.compile("(?:在吃|正在服用|服用|用药|吃的药是|在用)[：:]?\\s*" + UNTIL_CLAUSE_END),
            Pattern.compile("(?i)\\b(?:taking|on medication)\\s+" + UNTIL_CLAUSE_END));
    private static final List<Pattern> ALLERGY = List.of(
            Pattern.compile("对([^，,。.;；!！?？\\n]{1,15}?)过敏"),
            Pattern.compile("过敏(?:史)?[：:]\\s*" + UNTIL_CLAUSE_END),
            Pattern.compile("(?i)\\ballergic to\\s+" + UNTIL_CLAUSE_END));

    private HistoryPhrases() { }

    static Set<String> medications(String text) {
        return find(MEDICATION, text);
    }

    static Set<String> allergies(String text) {
        return find(ALLERGY, text);
    }

    private static Set<String> find(List<Pattern> patterns, String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) return out;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String phrase = m.group(1).strip();
                if (!phrase.isEmpty()) out.add(phrase);
            }
        }
        return out;
    }
}

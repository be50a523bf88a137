package com.yilian.agents.deid;

import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No condition, symptom or answer of the DDXPlus knowledge base is masked, alone or in the sentence frames where a
 * name would be taken: Chinese at a clause start, after 患者 or before a predicate; English (capitalised as a
 * heading, mid-sentence, and before a verb), where runs of capitalised words are read as names.
 */
class DeidClinicalVocabularyTest {
    private static final List<String> FRAMES = List.of("%s", "患者诉%s。", "查体无殊，%s，建议复查。", "既往%s病史，%s。",
            "今日%s加重", "家属诉%s较前缓解。");
    private static final List<String> ENGLISH_FRAMES = List.of("%s", "Assessment: %s.", "Seen with %s in clinic.",
            "%s was ruled out.", "Patient reports %s, referred to Cardiology.");

    private final Deidentifier deid = new Deidentifier();

    @Test
    void masksNoKnowledgeBaseTerm() {
        Set<String> terms = knowledgeBaseTerms();
        assertThat(terms).hasSizeGreaterThan(300);
        List<String> masked = new ArrayList<>();
        for (String term : terms) {
            for (String frame : FRAMES) {
                String sentence = frame.replace("%s", term);
                List<Span> found = deid.find(sentence);
                if (!found.isEmpty()) masked.add(sentence + " → " + found.stream().map(s -> s.in(sentence)).toList());
            }
        }
        Set<String> english = knowledgeBaseTerms(Text::en);
        assertThat(english).hasSizeGreaterThan(300);
        List<String> titleCased = new ArrayList<>();
        for (String term : english) {
            masked.addAll(maskedIn(term));
            // Short terms (conditions, findings) also as a heading would write them: Acute Pulmonary Edema.
            if (term.split(" ").length <= 4) titleCased.addAll(maskedIn(titleCase(term)));
        }
        System.out.printf("DDXPlus vocabulary: %d Chinese terms × %d frames, %d English terms × %d frames: %d sentences "
                + "with a masked span; title-cased short English terms: %d sentences with a masked span%n", terms.size(),
                FRAMES.size(), english.size(), ENGLISH_FRAMES.size(), masked.size(), titleCased.size());
        titleCased.forEach(System.out::println);
        assertThat(titleCased).isEmpty();
        masked.forEach(System.out::println);
        assertThat(masked).isEmpty();
    }

    private List<String> maskedIn(String term) {
        List<String> out = new ArrayList<>();
        for (String frame : ENGLISH_FRAMES) {
            String sentence = frame.replace("%s", term);
            List<Span> found = deid.find(sentence);
            if (!found.isEmpty()) out.add(sentence + " → " + found.stream().map(s -> s.in(sentence)).toList());
        }
        return out;
    }

    private static Set<String> knowledgeBaseTerms() {
        Set<String> out = new LinkedHashSet<>();
        for (String zh : knowledgeBaseTerms(Text::zh)) if (zh.matches(".*\\p{IsHan}.*")) out.add(zh);
        return out;
    }

    private static Set<String> knowledgeBaseTerms(Function<Text, String> language) {
        KnowledgeBase kb = KnowledgeBase.load();
        List<Text> texts = new ArrayList<>();
        kb.conditions().forEach(c -> texts.add(c.name()));
        for (Evidence e : kb.evidences()) {
            texts.add(e.term());
            texts.add(e.question());
            e.values().forEach(v -> texts.add(e.valueText(v)));
        }
        Set<String> out = new LinkedHashSet<>();
        for (Text t : texts) if (t != null && language.apply(t) != null && !language.apply(t).isBlank()) out.add(language.apply(t));
        return out;
    }

    /** Every word capitalised, as in a heading (Acute Pulmonary Edema), where capitals say nothing about names. */
    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return b.toString();
    }
}

package com.yilian.agents.deid;

import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No condition, symptom or answer of the DDXPlus knowledge base (Chinese text) is masked, alone or in the sentence
 * frames where a name would be taken: at a clause start, after 患者 or before a predicate.
 */
class DeidClinicalVocabularyTest {
    private static final List<String> FRAMES = List.of("%s", "患者诉%s。", "查体无殊，%s，建议复查。", "既往%s病史，%s。",
            "今日%s加重", "家属诉%s较前缓解。");

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
        System.out.printf("DDXPlus vocabulary: %d terms × %d frames, %d sentences with a masked span%n", terms.size(),
                FRAMES.size(), masked.size());
        masked.forEach(System.out::println);
        assertThat(masked).isEmpty();
    }

    private static Set<String> knowledgeBaseTerms() {
        KnowledgeBase kb = KnowledgeBase.load();
        Set<String> out = new LinkedHashSet<>();
        kb.conditions().forEach(c -> addChinese(out, c.name()));
        for (Evidence e : kb.evidences()) {
            addChinese(out, e.term());
            addChinese(out, e.question());
            e.values().forEach(v -> addChinese(out, e.valueText(v)));
        }
        return out;
    }

    private static void addChinese(Set<String> out, Text text) {
        if (text != null && text.zh() != null && text.zh().matches(".*\\p{IsHan}.*")) out.add(text.zh());
    }
}

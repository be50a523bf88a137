package com.yilian.agents.baseline;

import com.yilian.agents.eval.ChinesePatientResponder;
import com.yilian.agents.eval.DdxPatient;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.yilian.agents.baseline.AgentFixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** The simulated Chinese patient speaks so that the interviewer understands it. */
class ChinesePatientResponderTest {

    @Test
    void everyOpeningComplaintOfTheDevPatientsIsRecognised() throws Exception {
        LexicalEvidenceExtractor extractor = new LexicalEvidenceExtractor(ENGINE.knowledgeBase());
        Set<String> complaints = new LinkedHashSet<>();
        Set<String> missed = new LinkedHashSet<>();
        for (DdxPatient p : AgentFixtures.devPatients()) {
            if (!complaints.add(p.initialEvidence())) continue;
            String opening = new ChinesePatientResponder(ENGINE.knowledgeBase(), p).openingMessage();
            List<EvidenceExtractor.Mention> m = extractor.extract(opening);
            if (m.isEmpty() || !m.get(0).code().equals(p.initialEvidence()) || !m.get(0).positive()) {
                missed.add(p.initialEvidence() + " " + opening + " -> " + m);
            }
        }
        System.out.printf("opening complaints recognised: %d of %d%n", complaints.size() - missed.size(), complaints.size());
        missed.forEach(System.out::println);
        assertThat(missed).isEmpty();
    }

    @Test
    void answersAreWhatAPatientWouldSay() throws Exception {
        DdxPatient p = AgentFixtures.devPatients().get(0);   // the pneumonia patient of the file's first line
        ChinesePatientResponder r = new ChinesePatientResponder(ENGINE.knowledgeBase(), p);
        assertThat(r.answer("E_91")).isEqualTo("有");
        assertThat(r.answer("E_14")).isEqualTo("没有");
        assertThat(r.answer("E_56")).isEqualTo("大概2分");
        assertThat(r.answer("E_55")).contains("右侧胸部").contains("左侧胸部");
        assertThat(AnswerParser.parse(ENGINE.knowledgeBase().evidence("E_55"), r.answer("E_55"), List.of()))
                .isEqualTo(p.complete().answers().get("E_55"));
    }
}

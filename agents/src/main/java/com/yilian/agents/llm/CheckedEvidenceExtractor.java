package com.yilian.agents.llm;

import com.yilian.agents.baseline.AnswerParser;
import com.yilian.agents.baseline.EvidenceExtractor;
import com.yilian.agents.engine.Answer;
import com.yilian.agents.knowledge.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engine's own reading of a patient's message, completed by the model's. The model only fills gaps: where the
 * lexical reading, the reply to the pending question, or an answer given before says otherwise, the engine's side is
 * kept and the disagreement goes to {@code corrections}.
 */
final class CheckedEvidenceExtractor implements EvidenceExtractor {

    private final EvidenceExtractor lexical;
    private final List<Mention> modelMentions;
    private final Evidence pending;
    private final String message;
    private final Map<String, Boolean> answeredBefore;
    private final Corrections corrections;

    /**
     * @param modelMentions  the model's findings, codes and values already checked against the knowledge base
     * @param pending        the question the message replies to, or null
     * @param answeredBefore the polarity of every finding stored before this message
     */
    CheckedEvidenceExtractor(EvidenceExtractor lexical, List<Mention> modelMentions, Evidence pending, String message,
                             Map<String, Boolean> answeredBefore, Corrections corrections) {
        this.lexical = lexical;
        this.modelMentions = modelMentions;
        this.pending = pending;
        this.message = message;
        this.answeredBefore = answeredBefore;
        this.corrections = corrections;
    }

    @Override
    public List<Mention> extract(String text) {
        List<Mention> engineMentions = lexical.extract(text);
        List<Mention> out = new ArrayList<>(engineMentions);
        Answer engineReply = pending == null ? null : AnswerParser.parse(pending, message, engineMentions);
        for (Mention m : modelMentions) {
            Boolean engineSays = engineMentions.stream().filter(e -> e.code().equals(m.code())).findFirst()
                    .map(Mention::positive).orElse(null);
            if (engineSays == null && pending != null && m.code().equals(pending.code()) && engineReply != null) {
                engineSays = engineReply.positive();
            }
            if (engineSays == null) engineSays = answeredBefore.get(m.code());
            if (engineSays == null) {
                out.add(m);
            } else if (engineSays != m.positive()) {
                corrections.add("evidence." + m.code(), (m.positive() ? "yes: " : "no: ") + m.span(),
                        engineSays ? "yes" : "no",
                        "模型对该证据的理解与患者原话或此前的回答相反，以引擎的理解为准。",
                        "The model read this finding opposite to the patient's words or an earlier answer; the engine's reading is kept.");
            }
        }
        return out;
    }
}

package com.yilian.agents.llm;

import com.yilian.agents.engine.PatientState;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.List;

/** Holds the findings a model cites against the knowledge base and the patient's answers; each failure is recorded. */
final class EvidenceCheck {

    private final KnowledgeBase kb;
    private final Corrections corrections;

    EvidenceCheck(KnowledgeBase kb, Corrections corrections) {
        this.kb = kb;
        this.corrections = corrections;
    }

    /**
     * Whether the findings the model says the patient has hold: every code known to the knowledge base and none
     * denied by the patient ({@code state} may be null when no intake is known: then only the codes are checked).
     */
    boolean findingsHold(List<String> codes, PatientState state, String field) {
        boolean hold = true;
        for (String code : codes == null ? List.<String>of() : codes) {
            if (!kb.hasEvidence(code)) {
                hold = false;
                corrections.add(field, code, "-", "模型引用了知识库中不存在的证据代码 " + code + "，相应内容已改为引擎的说明。",
                        "The model cited evidence code " + code + ", unknown to the knowledge base; the engine's text is used instead.");
            } else if (state != null && state.asked(code) && !state.isPositive(code)) {
                hold = false;
                String zh = kb.evidence(code).term().zh(), en = kb.evidence(code).term().en();
                corrections.add(field, code + " " + zh, "denied", "模型称患者有“" + zh + "”，但患者已否认；相应内容已改为引擎的说明。",
                        "The model claimed '" + en + "', which the patient denied; the engine's text is used instead.");
            }
        }
        return hold;
    }
}

package com.yilian.agents.llm;

import com.yilian.agents.engine.Candidate;
import com.yilian.agents.engine.Differential;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.List;

/** Holds a model's claims against the engine's evidence; each contradiction is corrected and recorded. */
final class EvidenceCheck {

    /** A leader the engine ranks below this place, or below this share of the top probability, is "far below". */
    static final int MAX_LEADING_RANK = 3;
    static final double MIN_SHARE_OF_TOP = 0.2;

    private final KnowledgeBase kb;
    private final Corrections corrections;

    EvidenceCheck(KnowledgeBase kb, Corrections corrections) {
        this.kb = kb;
        this.corrections = corrections;
    }

    /** The leading candidate to show: the model's when the engine ranks it near the top, else the engine's. */
    String leading(String modelLeading, Differential d, String field) {
        Candidate top = d.top();
        if (modelLeading == null || modelLeading.isBlank() || modelLeading.equals(top.conditionId())) return top.conditionId();
        List<Candidate> all = d.candidates();
        int rank = -1;
        for (int i = 0; i < all.size(); i++) if (all.get(i).conditionId().equals(modelLeading)) rank = i;
        if (rank < 0) {
            corrections.add(field, modelLeading, top.conditionId(), "模型给出的首位诊断不在知识库中，首位诊断以引擎为准："
                    + top.name().zh() + "。", "The model's leading diagnosis is not in the knowledge base; the engine's leader is kept: "
                    + top.name().en() + ".");
            return top.conditionId();
        }
        Candidate c = all.get(rank);
        if (rank >= MAX_LEADING_RANK || c.probability() < MIN_SHARE_OF_TOP * top.probability()) {
            corrections.add(field, modelLeading, top.conditionId(),
                    "模型把引擎排第 " + (rank + 1) + " 位（概率 " + percent(c.probability()) + "）的“" + c.name().zh()
                            + "”列为首位，与证据不符；首位诊断以引擎为准：" + top.name().zh() + "（" + percent(top.probability()) + "）。",
                    "The model presented '" + c.name().en() + "', ranked " + (rank + 1) + " by the engine ("
                            + percent(c.probability()) + "), as leading; the engine's leader is kept: " + top.name().en() + ".");
            return top.conditionId();
        }
        return modelLeading;
    }

    /**
     * Whether the findings the model says the patient has hold: every code known to the knowledge base and none
     * denied by the patient. Each failure is recorded.
     */
    boolean findingsHold(List<String> codes, PatientState state, String field) {
        boolean hold = true;
        for (String code : codes == null ? List.<String>of() : codes) {
            if (!kb.hasEvidence(code)) {
                hold = false;
                corrections.add(field, code, "-", "模型引用了知识库中不存在的证据代码 " + code + "，相应内容已改为引擎的说明。",
                        "The model cited evidence code " + code + ", unknown to the knowledge base; the engine's text is used instead.");
            } else if (state.asked(code) && !state.isPositive(code)) {
                hold = false;
                String zh = kb.evidence(code).term().zh(), en = kb.evidence(code).term().en();
                corrections.add(field, code + " " + zh, "denied", "模型称患者有“" + zh + "”，但患者已否认；相应内容已改为引擎的说明。",
                        "The model claimed '" + en + "', which the patient denied; the engine's text is used instead.");
            }
        }
        return hold;
    }

    static String percent(double p) {
        return Math.round(p * 1000) / 10.0 + "%";
    }
}

package com.yilian.agents.engine;

import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.RedFlags;
import com.yilian.agents.knowledge.Text;

import java.util.ArrayList;
import java.util.List;

/** Finds the red flags of the knowledge base in a patient's answers and differential. */
final class RedFlagDetector {

    private final RedFlags rules;

    RedFlagDetector(KnowledgeBase kb) {
        this.rules = kb.redFlags();
    }

    boolean isRedFlagCondition(String conditionId) {
        return rules.conditions().contains(conditionId);
    }

    List<RedFlagAlert> detect(PatientState state, Differential differential) {
        List<RedFlagAlert> out = new ArrayList<>();
        for (RedFlags.FindingRule r : rules.findings()) {
            if (matches(r, state)) out.add(new RedFlagAlert("finding", r.id(), r.text(), 1.0));
        }
        for (Candidate c : differential.candidates()) {
            if (c.redFlag() && c.probability() >= rules.conditionThreshold()) {
                out.add(new RedFlagAlert("condition", c.conditionId(),
                        new Text("可能为急危重症：" + c.name().zh(), "Possible emergency: " + c.name().en()), c.probability()));
            }
        }
        return List.copyOf(out);
    }

    private static boolean matches(RedFlags.FindingRule r, PatientState state) {
        if (!r.allOf().stream().allMatch(state::isPositive)) return false;
        if (r.valueEvidence() == null || r.anyValueOf() == null || r.anyValueOf().isEmpty()) return true;
        Answer a = state.answers().get(r.valueEvidence());
        return a != null && a.values().stream().anyMatch(r.anyValueOf()::contains);
    }
}

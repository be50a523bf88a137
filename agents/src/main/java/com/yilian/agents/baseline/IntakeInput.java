package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.Text;

/** The patient state behind an {@code intakeSummary} input, for the agents that work after the interview. */
public final class IntakeInput {

    public static final Text MISSING = new Text("缺少可用的预问诊结果（intakeSummary），无法生成建议；请医生完成问诊后重试。",
            "No usable intake summary (intakeSummary): nothing to base a suggestion on; complete the intake and retry.");

    private IntakeInput() { }

    /** The state, or null when the summary is absent, not JSON, or carries neither patient nor findings. */
    public static PatientState state(KnowledgeBase kb, JsonNode intakeSummary) {
        ObjectNode summary = Json.objectInput(intakeSummary);
        if (summary == null || !summary.path("evidence").isObject()) return null;
        try {
            PatientState s = InterviewState.restore(kb, null, summary).patientState();
            return s.answers().isEmpty() ? null : s;
        } catch (IllegalArgumentException unusable) {
            return null;
        }
    }
}

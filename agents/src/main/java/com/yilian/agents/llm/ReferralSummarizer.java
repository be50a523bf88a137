package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.EngineAgent;
import com.yilian.agents.baseline.Json;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.List;

/**
 * 上转 summary for the tertiary hospital: the engine agent's selected clinical fields, with a summary and questions
 * for the specialist the model writes from them. A summary that cites a denied or unknown finding is replaced.
 */
public final class ReferralSummarizer extends LlmStepAgent {

    public record ReferralDraft(String summaryZh, String summaryEn, List<String> keyFindings,
                                String questionsForSpecialistZh) {}

    public ReferralSummarizer(ModelRouter router, DiagnosticEngine engine, EngineAgent engineSummarizer) {
        super(router, engine, engineSummarizer);
    }

    @Override
    protected StepResult enrich(StepRequest request, StepResult grounded, ModelSession session, Corrections corrections) {
        ObjectNode result = grounded.result();
        PatientState state = intakeState(request);
        ObjectNode p = Prompts.task("根据下面的转诊资料为上级医院写转诊摘要（summaryZh/En），keyFindings 列出摘要中引用的阳性证据代码，"
                + "questionsForSpecialistZh 写希望专科解决的问题。 Write the referral summary for the receiving hospital, "
                + "the evidence codes it cites, and questions for the specialist.");
        ObjectNode facts = result.deepCopy();
        facts.remove(List.of("notice", "degraded", "knowledgeBaseVersion"));
        p.set("referral", facts);
        ReferralDraft draft = session.ask(ReferralDraft.class, "referralDraft", Prompts.RULES, p.toPrettyString(),
                tools(state),
                (ReferralDraft x) -> Texts.blank(x.summaryZh()) ? "summaryZh is required" : null);

        boolean holds = new EvidenceCheck(kb, corrections).findingsHold(draft.keyFindings(), state, "summary");
        result.set("summary", holds ? Json.text(draft.summaryZh(), Texts.orElse(draft.summaryEn(), ""))
                : Json.text("阳性发现：" + Prompts.terms(result.path("keyPositive"), "zh"),
                        "Positive findings: " + Prompts.terms(result.path("keyPositive"), "en")));
        result.put("summarySource", holds ? "model" : "engine");
        result.put("questionsForSpecialist", Texts.orElse(draft.questionsForSpecialistZh(), ""));
        return grounded;
    }
}

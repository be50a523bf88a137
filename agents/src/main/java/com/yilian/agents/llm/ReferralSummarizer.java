package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.Differential;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.tools.EngineTools;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import dev.langchain4j.agentic.Agent;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

import java.util.List;
import java.util.Map;

/** 上转 summary for the tertiary hospital: the model writes it, the engine's leader and red flags stay as they are. */
public final class ReferralSummarizer extends LlmStepAgent {

    static final List<String> CONTEXT = List.of("referralReason", "urgency", "examPlan", "followUpPlan",
            "checkInAssessment", "reviewComment");

    public record ReferralDraft(String summaryZh, String summaryEn, String leadingConditionId, List<String> keyFindings,
                                String questionsForSpecialistZh) {}

    public interface ReferralWriter {
        @UserMessage("{{request}}")
        @Agent(description = "Writes the up-referral summary", outputKey = "referralDraft")
        ReferralDraft write(@V("request") String request);
    }

    private final DiagnosticEngine engine;
    private final KnowledgeBase kb;
    private final PatientStates states;

    public ReferralSummarizer(ModelRouter router, DiagnosticEngine engine, Fallback fallback) {
        super(AgentNames.REFERRAL_SUMMARIZER, router, fallback);
        this.engine = engine;
        this.kb = engine.knowledgeBase();
        this.states = new PatientStates(kb);
    }

    @Override
    protected StepResult enrich(StepRequest request, ModelSession session) {
        PatientState state = states.read(request);
        Differential d = engine.differential(state);
        ObjectNode p = EngineJson.MAPPER.createObjectNode();
        p.put("task", "为上级医院写转诊摘要（summaryZh/En），leadingConditionId 为首位诊断，keyFindings 列出摘要中引用的阳性证据代码，"
                + "questionsForSpecialistZh 写希望专科解决的问题。Write the referral summary for the receiving hospital.");
        p.set("patient", Prompts.patient(kb, state));
        p.set("leadingCandidates", Prompts.leading(d, 5));
        p.set("redFlags", EngineJson.tree(engine.redFlags(state)));
        for (String name : CONTEXT) {
            JsonNode v = request.input(name);
            if (v != null) p.set(name, v);
        }
        ReferralDraft draft = session.ask(ReferralWriter.class, "referralDraft", Prompts.RULES, p.toPrettyString(),
                new EngineTools(engine, state),
                (ReferralDraft x) -> Texts.blank(x.summaryZh()) ? "summaryZh is required" : null);

        Corrections corrections = new Corrections();
        EvidenceCheck check = new EvidenceCheck(kb, corrections);
        ObjectNode result = EngineJson.MAPPER.createObjectNode();
        result.put("knowledgeBaseVersion", kb.version());
        boolean holds = check.findingsHold(draft.keyFindings(), state, "summary");
        result.set("summary", holds ? EngineJson.text(draft.summaryZh(), Texts.orElse(draft.summaryEn(), ""))
                : EngineJson.text("已报告：" + String.join("、", Prompts.findingTerms(kb, state, true, true)),
                "Reported: " + String.join(", ", Prompts.findingTerms(kb, state, true, false))));
        result.put("summarySource", holds ? "model" : "engine");
        String leading = check.leading(draft.leadingConditionId(), d, "leadingConditionId");
        result.put("leadingConditionId", leading);
        result.set("leadingCondition", EngineJson.text(kb.condition(leading).name()));
        result.set("differential", Prompts.leading(d, 5));
        result.set("redFlags", EngineJson.tree(engine.redFlags(state)));
        result.put("questionsForSpecialist", Texts.orElse(draft.questionsForSpecialistZh(), ""));
        EngineJson.finish(result, session.model(), corrections);
        return StepResult.done(result, Map.of(), null);
    }
}

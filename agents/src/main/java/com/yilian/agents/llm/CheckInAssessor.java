package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.RedFlagAlert;
import com.yilian.agents.engine.Sex;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.tools.EngineTools;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import dev.langchain4j.agentic.Agent;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assesses a patient's check-in report. The model reads the report and proposes an outcome; the engine's red flags
 * (on the findings the model extracted) and a list of alarm words set a floor the model cannot lower.
 */
public final class CheckInAssessor extends LlmStepAgent {

    static final List<String> OUTCOMES = List.of("STABLE", "NEEDS_VISIT", "ESCALATE");
    // Alarm words that escalate whatever the model says; the engine's finding rules cover the coded form.
    private static final Pattern ALARM = Pattern.compile("胸痛|胸闷|呼吸困难|喘不上气|晕厥|昏倒|意识不清|咯血|呕血|黑便|抽搐");

    public record CheckInDraft(String outcome, String assessmentZh, String assessmentEn, List<String> reportedFindings,
                               List<String> concernsZh) {}

    public interface CheckInReader {
        @UserMessage("{{request}}")
        @Agent(description = "Assesses a follow-up check-in report", outputKey = "checkInDraft")
        CheckInDraft assess(@V("request") String request);
    }

    private final DiagnosticEngine engine;
    private final KnowledgeBase kb;
    private final PatientStates states;

    public CheckInAssessor(ModelRouter router, DiagnosticEngine engine, Fallback fallback) {
        super(AgentNames.CHECK_IN_ASSESSOR, router, fallback);
        this.engine = engine;
        this.kb = engine.knowledgeBase();
        this.states = new PatientStates(kb);
    }

    @Override
    protected StepResult enrich(StepRequest request, ModelSession session) {
        String report = request.text("checkInReport");
        if (report == null) throw new IllegalArgumentException("input 'checkInReport' is required");
        JsonNode plan = request.input("followUpPlan");
        boolean known = plan != null && plan.has("patientState");
        // Without the plan's state only the finding rules apply, and they do not depend on age or sex.
        PatientState state = known ? states.read(plan.get("patientState"), "followUpPlan.patientState")
                : PatientState.start(40, Sex.F, null);
        ObjectNode p = EngineJson.MAPPER.createObjectNode();
        p.put("task", "评估随访报告：outcome 取 STABLE|NEEDS_VISIT|ESCALATE；assessmentZh/En 给医生的评估；reportedFindings 列出报告中出现的阳性证据代码（E_xx）；concernsZh 列出关注点。"
                + " Assess the report: outcome, assessment, evidence codes reported, concerns.");
        p.put("report", report);
        if (plan != null) p.set("plan", plan.path("plan"));
        String watchFor = request.text("watchFor");
        if (watchFor != null) p.put("watchFor", watchFor);
        if (known) p.set("patient", Prompts.patient(kb, state));
        CheckInDraft d = session.ask(CheckInReader.class, "checkInDraft", Prompts.RULES, p.toPrettyString(),
                new EngineTools(engine, state),
                (CheckInDraft x) -> x.outcome() == null || !OUTCOMES.contains(x.outcome())
                        ? "outcome must be one of " + OUTCOMES : null);

        Corrections corrections = new Corrections();
        PatientState now = state;
        for (String code : d.reportedFindings() == null ? List.<String>of() : d.reportedFindings()) {
            if (kb.hasEvidence(code)) now = now.with(code, Answer.YES);
            else corrections.add("reportedFindings", code, "-", "模型引用了知识库中不存在的证据代码，已忽略。",
                    "The model cited an evidence code unknown to the knowledge base; ignored.");
        }
        List<RedFlagAlert> flags = engine.redFlags(now).stream().filter(f -> f.kind().equals("finding")).toList();
        Matcher alarm = ALARM.matcher(report);
        String alarmWord = alarm.find() ? alarm.group() : null;
        String outcome = d.outcome();
        if ((!flags.isEmpty() || alarmWord != null) && !outcome.equals("ESCALATE")) {
            String why = !flags.isEmpty() ? flags.get(0).text().zh() : alarmWord;
            corrections.add("outcome", outcome, "ESCALATE", "报告中有危险信号（" + why + "），结论由 " + outcome + " 升级为 ESCALATE。",
                    "The report holds a red flag (" + (!flags.isEmpty() ? flags.get(0).text().en() : alarmWord)
                            + "); the outcome is raised from " + outcome + " to ESCALATE.");
            outcome = "ESCALATE";
        }
        ObjectNode result = EngineJson.MAPPER.createObjectNode();
        result.put("knowledgeBaseVersion", kb.version()).put("outcome", outcome);
        result.set("assessment", EngineJson.text(Texts.orElse(d.assessmentZh(), ""), Texts.orElse(d.assessmentEn(), "")));
        (d.concernsZh() == null ? List.<String>of() : d.concernsZh()).forEach(result.putArray("concerns")::add);
        result.set("redFlags", EngineJson.tree(flags));
        Map<String, String> routing = new LinkedHashMap<>();
        routing.put("checkInOutcome", outcome);
        if (outcome.equals("ESCALATE")) {
            routing.put("redFlagCode", !flags.isEmpty() ? flags.get(0).id() : "check-in-alarm");
            routing.put("redFlagSeverity", "critical");
        }
        EngineJson.finish(result, session.model(), corrections);
        return StepResult.done(result, routing, null);
    }
}

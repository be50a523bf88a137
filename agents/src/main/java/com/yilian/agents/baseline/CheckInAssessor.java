package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.DiagnosisMatrix;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.RedFlagAlert;
import com.yilian.agents.engine.Sex;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assesses a patient's check-in: a red-flag finding escalates, worsening or a watched item needs a visit, a clear
 * improvement is stable, and anything unclear needs a visit (the safe side). The result names what led to it.
 */
public final class CheckInAssessor extends EngineAgent {

    private static final Pattern WORSE = Pattern.compile("加重|恶化|更严重|更厉害|没有好转|没好转|不见好|没见好|越来越|反复|\\bworse\\b|\\bworsening\\b|\\bnot better\\b");
    private static final Pattern BETTER = Pattern.compile("好转|好多了|好些了|好了|没有不适|没什么不舒服|没有不舒服|恢复|正常了|\\bbetter\\b|\\bimproved\\b|\\bfine\\b|\\bwell\\b");
    private static final Pattern CHEST = Pattern.compile("胸|chest");
    private static final Pattern WATCH_SPLIT = Pattern.compile("[、，,;；]");
    /** Any chest location of the pain-location question: enough for the chest-pain red-flag rules. */
    private static final String CHEST_LOCATION = "V_101";

    private final EvidenceExtractor extractor;

    public CheckInAssessor(DiagnosticEngine engine, EvidenceExtractor extractor) {
        super(engine);
        this.extractor = extractor;
    }

    @Override
    public String name() { return AgentNames.CHECK_IN_ASSESSOR; }

    @Override
    public StepResult run(StepRequest request, StepResult.Degradation why) {
        KnowledgeBase kb = engine.knowledgeBase();
        String report = reportText(request.input("checkInReport"));
        ObjectNode plan = Json.objectInput(request.input("followUpPlan"));
        String lower = report.toLowerCase(Locale.ROOT);
        List<EvidenceExtractor.Mention> mentions = extractor.extract(report);
        List<RedFlagAlert> flags = redFlagFindings(plan, mentions, lower);

        ObjectNode out = Json.object().put("knowledgeBaseVersion", kb.version()).put("report", report);
        ArrayNode findings = out.putArray("findings");
        for (EvidenceExtractor.Mention m : mentions) {
            findings.addObject().put("code", m.code()).put("positive", m.positive()).put("words", m.span())
                    .set("text", Json.text(kb.evidence(m.code()).term()));
        }
        ArrayNode reasons = out.putArray("reasons");
        Map<String, String> routing = new LinkedHashMap<>();
        String outcome;
        if (!flags.isEmpty()) {
            outcome = "ESCALATE";
            RedFlagAlert lead = Severities.leading(flags, kb);
            routing.put("redFlagCode", lead.id());
            routing.put("redFlagSeverity", Severities.of(lead, kb));
            flags.forEach(f -> reasons.addObject().put("kind", "red-flag").put("code", f.id()).set("text", Json.text(f.text())));
        } else {
            List<String> worse = words(WORSE, lower);
            List<String> watched = watched(plan, Json.str(request.inputs(), "watchFor", null), mentions, lower);
            worse.forEach(w -> reasons.addObject().put("kind", "worsening").put("words", w));
            watched.forEach(w -> reasons.addObject().put("kind", "watched").put("words", w));
            List<String> better = BETTER.matcher(lower.replaceAll("没有好转|没好转", "")).find()
                    ? words(BETTER, lower.replaceAll("没有好转|没好转", "")) : List.of();
            if (!worse.isEmpty() || !watched.isEmpty()) {
                outcome = "NEEDS_VISIT";
            } else if (!better.isEmpty()) {
                outcome = "STABLE";
                better.forEach(w -> reasons.addObject().put("kind", "improving").put("words", w));
            } else {
                outcome = "NEEDS_VISIT";
                reasons.addObject().put("kind", "unclear").set("text", Json.text(
                        "无法判断病情是否好转，按需复诊处理以确保安全", "Could not tell whether the patient is better: a visit, to be safe"));
            }
        }
        out.put("outcome", outcome);
        out.set("notice", Json.text(DiagnosisMatrix.NOTICE));
        routing.put("checkInOutcome", outcome);
        return StepResult.done(out, routing, why);
    }

    private static String reportText(JsonNode input) {
        if (input == null) return "";
        ObjectNode asObject = Json.objectInput(input);
        if (asObject != null) return Json.str(asObject, "text", asObject.toString());
        return input.isTextual() ? input.asText() : input.toString();
    }

    /** The knowledge base's red-flag finding rules over what the report says (age and sex do not matter to them). */
    private List<RedFlagAlert> redFlagFindings(ObjectNode plan, List<EvidenceExtractor.Mention> mentions, String lower) {
        JsonNode p = plan == null ? null : plan.path("patient");
        int age = p != null && p.path("age").canConvertToInt() ? p.path("age").asInt() : 40;
        Sex sex = p != null && "M".equals(p.path("sex").asText()) ? Sex.M : Sex.F;
        PatientState s = PatientState.start(age, sex, null);
        for (EvidenceExtractor.Mention m : mentions) s = s.with(m.code(), Answer.of(m.positive()));
        if (s.isPositive("E_53") && CHEST.matcher(lower).find()) s = s.with("E_55", Answer.values(Set.of(CHEST_LOCATION), "V_123"));
        return engine.redFlags(s).stream().filter(a -> "finding".equals(a.kind())).toList();
    }

    /** Watched items the report mentions: the plan's evidence codes, and the DMN's watch list words. */
    private static List<String> watched(ObjectNode plan, String watchFor, List<EvidenceExtractor.Mention> mentions, String lower) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        if (plan != null) plan.path("watchFor").forEach(w -> w.path("evidence").forEach(c -> codes.add(c.asText())));
        for (EvidenceExtractor.Mention m : mentions) if (m.positive() && codes.contains(m.code())) out.add(m.span());
        if (watchFor != null) {
            for (String item : WATCH_SPLIT.split(watchFor)) {
                String zh = item.replaceAll("[^\\p{IsHan}]", "");
                int at = zh.length() >= 2 ? lower.indexOf(zh) : -1;
                if (at >= 0 && !LexicalEvidenceExtractor.negated(lower, at, at + zh.length())) out.add(zh);
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> words(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) if (!out.contains(m.group())) out.add(m.group());
        return out;
    }
}

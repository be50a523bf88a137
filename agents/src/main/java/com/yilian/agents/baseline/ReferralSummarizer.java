package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosisMatrix;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.Map;

/**
 * The referral summary for the receiving tertiary hospital: reason, urgency and the clinical picture only. It copies
 * selected clinical fields and never free-text or identifying ones (it gets no name, ID or contact, and adds none).
 */
public final class ReferralSummarizer extends EngineAgent {

    static final int MAX_FINDINGS = 12, MAX_CANDIDATES = 5, MAX_EXAMS = 6;

    public ReferralSummarizer(DiagnosticEngine engine) {
        super(engine);
    }

    @Override
    public String name() { return AgentNames.REFERRAL_SUMMARIZER; }

    @Override
    public StepResult run(StepRequest request, StepResult.Degradation why) {
        ObjectNode intake = Json.objectInput(request.input("intakeSummary"));
        ObjectNode matrix = Json.objectInput(request.input("diagnosisMatrix"));
        ObjectNode exams = Json.objectInput(request.input("examPlan"));
        ObjectNode plan = Json.objectInput(request.input("followUpPlan"));
        ObjectNode checkIn = Json.objectInput(request.input("checkInAssessment"));
        if (intake == null && matrix == null && checkIn == null) return StepResult.cannotDecide(IntakeInput.MISSING);

        ObjectNode out = Json.object().put("knowledgeBaseVersion", engine.knowledgeBase().version());
        out.put("referralReason", Json.str(request.inputs(), "referralReason", null));
        out.put("urgency", Json.str(request.inputs(), "urgency", null));
        if (intake != null) {
            JsonNode p = intake.path("patient");
            out.putObject("patient").put("age", p.path("age").asInt()).put("sex", p.path("sex").asText());
            JsonNode cc = intake.path("chiefComplaint");
            if (cc.isObject()) out.putObject("chiefComplaint").put("code", cc.path("code").asText()).set("term", cc.path("term").deepCopy());
            else out.putNull("chiefComplaint");
            out.set("keyPositive", findings(intake, true));
            out.set("keyNegative", findings(intake, false));
            out.set("medications", intake.path("medications").deepCopy());
            out.set("allergies", intake.path("allergies").deepCopy());
        }
        ArrayNode candidates = out.putArray("leadingCandidates");
        if (matrix != null) {
            for (JsonNode r : matrix.path("rows")) {
                if (candidates.size() >= MAX_CANDIDATES) break;
                ObjectNode c = candidates.addObject().put("conditionId", r.path("conditionId").asText())
                        .put("icd10", r.path("icd10").asText());
                c.set("name", r.path("name").deepCopy());
                c.put("probability", r.path("probability").asDouble()).put("severityLevel", r.path("severityLevel").asText());
            }
        }
        ArrayNode flags = out.putArray("redFlags");
        for (ObjectNode source : new ObjectNode[] {intake, matrix}) {
            if (source == null) continue;
            for (JsonNode f : source.path("redFlags")) {
                boolean seen = false;
                for (JsonNode x : flags) seen |= x.path("code").equals(f.path("code"));
                if (!seen) flags.addObject().put("code", f.path("code").asText()).put("severity", f.path("severity").asText())
                        .set("text", f.path("text").deepCopy());
            }
        }
        ArrayNode proposed = out.putArray("examsProposed");
        if (exams != null) {
            for (JsonNode e : exams.path("exams")) {
                if (proposed.size() >= MAX_EXAMS) break;
                proposed.addObject().put("examId", e.path("examId").asText()).set("name", e.path("name").deepCopy());
            }
        }
        if (plan != null) out.set("followUpCondition", plan.path("condition").deepCopy());
        if (checkIn != null) {
            ObjectNode c = out.putObject("lastCheckIn").put("outcome", checkIn.path("outcome").asText());
            c.set("reasons", checkIn.path("reasons").deepCopy());
        }
        String comment = request.text("reviewComment");
        if (comment != null) out.put("clinicianComment", comment);
        out.set("notice", Json.text(DiagnosisMatrix.NOTICE));
        return StepResult.done(out, Map.of(), why);
    }

    /** Present-illness findings of one polarity, as code and clinical term only. */
    private static ArrayNode findings(ObjectNode intake, boolean positive) {
        ArrayNode out = Json.array();
        for (JsonNode f : intake.path("presentIllness")) {
            if (f.path("positive").asBoolean() != positive || out.size() >= MAX_FINDINGS) continue;
            ObjectNode o = out.addObject().put("code", f.path("code").asText());
            o.set("term", f.path("term").deepCopy());
            if (f.path("values").size() > 0) o.set("values", f.path("values").deepCopy());
        }
        return out;
    }
}

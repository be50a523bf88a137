package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.Candidate;
import com.yilian.agents.engine.DiagnosisMatrix;
import com.yilian.agents.engine.InterviewStep;
import com.yilian.agents.engine.RedFlagAlert;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.knowledge.Text;

import java.util.Map;
import java.util.TreeSet;

/** Writes the {@code intakeSummary}: the structured history for the clinician and the interview's whole state. */
final class IntakeSummaryWriter {

    private final KnowledgeBase kb;

    IntakeSummaryWriter(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** @param step null while the interview is still looking for the complaint */
    ObjectNode write(InterviewState s, InterviewStep step, String status, Text pendingText) {
        ObjectNode out = Json.object();
        out.put("knowledgeBaseVersion", kb.version());
        out.putObject("patient").put("age", s.age).put("sex", s.sex.name());
        if (s.chiefComplaint == null) {
            out.putNull("chiefComplaint");
        } else {
            ObjectNode cc = out.putObject("chiefComplaint").put("code", s.chiefComplaint);
            cc.set("term", Json.text(kb.evidence(s.chiefComplaint).term()));
            cc.put("patientWords", s.patientWords);
        }
        ArrayNode present = out.putArray("presentIllness");
        ArrayNode past = out.putArray("pastHistory");
        ObjectNode evidence = out.putObject("evidence");
        for (Map.Entry<String, Answer> e : s.evidence.entrySet()) {
            Evidence ev = kb.evidence(e.getKey());
            ObjectNode item = (ev.antecedent() ? past : present).addObject().put("code", ev.code());
            item.set("term", Json.text(ev.term()));
            item.put("positive", e.getValue().positive());
            ArrayNode values = item.putArray("values");
            for (String v : new TreeSet<>(e.getValue().values())) {
                values.addObject().put("value", v).set("text", Json.text(ev.valueText(v)));
            }
            ObjectNode stored = evidence.putObject(ev.code()).put("positive", e.getValue().positive());
            ArrayNode storedValues = stored.putArray("values");
            new TreeSet<>(e.getValue().values()).forEach(storedValues::add);
            if (s.unclear.contains(ev.code())) {
                stored.put("unclear", true);
                item.put("unclear", true);
            }
        }
        ArrayNode meds = out.putArray("medications");
        s.medications.forEach(meds::add);
        ArrayNode allergies = out.putArray("allergies");
        s.allergies.forEach(allergies::add);
        ArrayNode flags = out.putArray("redFlags");
        if (step != null) {
            for (RedFlagAlert a : step.redFlags()) {
                flags.addObject().put("code", a.id()).put("kind", a.kind()).put("severity", Severities.of(a, kb))
                        .set("text", Json.text(a.text()));
            }
        }
        if (pendingText == null) {
            out.putNull("pendingQuestion");
        } else {
            boolean open = InterviewState.OPEN.equals(s.pendingCode);
            ObjectNode p = out.putObject("pendingQuestion").put("kind", open ? "open" : "evidence");
            if (open) p.putNull("code"); else p.put("code", s.pendingCode);
            p.set("text", Json.text(pendingText));
            p.put("retries", s.pendingRetries);
        }
        out.set("transcript", s.transcript);
        out.put("questionsAsked", s.questionsAsked);
        out.put("openQuestions", s.openQuestions);
        out.put("status", status);
        out.set("differentialPreview", preview(step));
        out.set("notice", Json.text(DiagnosisMatrix.NOTICE));
        return out;
    }

    private static ObjectNode preview(InterviewStep step) {
        ObjectNode p = Json.object().put("audience", "clinician");
        p.set("note", Json.text("仅供医生参考，不向患者展示", "For the clinician only; not shown to the patient"));
        ArrayNode top = p.putArray("candidates");
        if (step == null) return p;
        for (Candidate c : step.differential().candidates().subList(0, Math.min(3, step.differential().candidates().size()))) {
            ObjectNode row = top.addObject().put("conditionId", c.conditionId()).put("icd10", c.icd10());
            row.set("name", Json.text(c.name()));
            row.put("probability", Json.round(c.probability()));
        }
        return p;
    }
}

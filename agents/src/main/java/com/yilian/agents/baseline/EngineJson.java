package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.ExamRecommendation;
import com.yilian.agents.engine.Finding;
import com.yilian.agents.engine.MatrixRow;
import com.yilian.agents.engine.NextStep;
import com.yilian.agents.engine.RedFlagAlert;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.List;

/** Engine records as the JSON the workflows store: zh/en texts, rounded probabilities, codes as evidence. */
final class EngineJson {

    private final KnowledgeBase kb;

    EngineJson(KnowledgeBase kb) {
        this.kb = kb;
    }

    ObjectNode row(MatrixRow r) {
        ObjectNode o = Json.object().put("conditionId", r.conditionId()).put("icd10", r.icd10());
        o.set("name", Json.text(r.name()));
        o.put("probability", Json.round(r.probability())).put("plausibility", Json.round(r.plausibility()));
        o.put("severity", r.severity()).put("severityLevel", Severities.of(r.severity())).put("redFlag", r.redFlag());
        o.set("supporting", findings(r.supporting()));
        o.set("opposing", findings(r.opposing()));
        o.set("missing", findings(r.missing()));
        return o;
    }

    ArrayNode findings(List<Finding> findings) {
        ArrayNode a = Json.array();
        for (Finding f : findings) {
            a.addObject().put("code", f.evidenceCode()).put("expected", Json.round(f.expected()))
                    .set("text", Json.text(f.term()));
        }
        return a;
    }

    ObjectNode redFlag(RedFlagAlert a) {
        ObjectNode o = Json.object().put("code", a.id()).put("kind", a.kind()).put("severity", Severities.of(a, kb));
        o.set("text", Json.text(a.text()));
        return o.put("probability", Json.round(a.probability()));
    }

    ArrayNode redFlags(List<RedFlagAlert> alerts) {
        ArrayNode a = Json.array();
        alerts.forEach(x -> a.add(redFlag(x)));
        return a;
    }

    ObjectNode nextStep(NextStep n) {
        ObjectNode o = Json.object().put("kind", n.kind()).put("code", n.code());
        o.set("text", Json.text(n.text()));
        o.set("why", Json.text(n.why()));
        return o;
    }

    ObjectNode exam(ExamRecommendation e, int order) {
        ObjectNode o = Json.object().put("order", order).put("examId", e.examId());
        o.set("name", Json.text(e.name()));
        o.put("costTier", e.costTier()).put("costCny", e.costCny()).put("invasiveness", e.invasiveness())
                .put("radiation", e.radiation()).put("turnaround", e.turnaround()).put("grassroots", e.grassroots())
                .put("deferred", e.deferred()).put("expectedGain", Json.round(e.expectedGain()));
        o.set("whyNow", Json.text(e.why()));
        ArrayNode sep = o.putArray("separates");
        for (String c : e.separates()) {
            sep.addObject().put("conditionId", c).set("name", Json.text(kb.condition(c).name()));
        }
        return o;
    }
}

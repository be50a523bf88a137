package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosisMatrix;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.ExamLadder;
import com.yilian.agents.engine.ExamRecommendation;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.Map;

/** The exam plan: the engine's ladder, cheap and non-invasive first, demanding exams deferred while many candidates remain. */
public final class ExamRecommender extends EngineAgent {

    static final int MAX_NOW = 6, MAX_DEFERRED = 4;

    public ExamRecommender(DiagnosticEngine engine) {
        super(engine);
    }

    @Override
    public String name() { return AgentNames.EXAM_RECOMMENDER; }

    @Override
    public StepResult run(StepRequest request, StepResult.Degradation why) {
        PatientState state = IntakeInput.state(engine.knowledgeBase(), request.input("intakeSummary"));
        if (state == null) return StepResult.cannotDecide(IntakeInput.MISSING);
        ExamLadder ladder = engine.examLadder(state);
        EngineJson json = new EngineJson(engine.knowledgeBase());
        ObjectNode out = Json.object().put("knowledgeBaseVersion", ladder.knowledgeBaseVersion());
        out.put("openCandidates", ladder.openCandidates());
        ArrayNode now = out.putArray("exams");
        ArrayNode later = out.putArray("deferred");
        int order = 0;
        for (ExamRecommendation e : ladder.exams()) {
            if (e.expectedGain() <= 0) continue;   // an exam that speaks to none of the candidates is not proposed
            if (!e.deferred() && now.size() < MAX_NOW) now.add(json.exam(e, ++order));
            else if (e.deferred() && later.size() < MAX_DEFERRED) later.add(json.exam(e, ++order));
        }
        out.set("policy", Json.text("先做便宜、低风险、无创的检查；候选诊断超过3个时，昂贵或有创检查暂缓",
                "Cheap, low-risk, non-invasive exams first; costly or invasive ones wait while more than 3 candidates remain"));
        String comment = request.text("reviewComment");
        if (comment != null) out.put("clinicianComment", comment);
        out.set("notice", Json.text(DiagnosisMatrix.NOTICE));
        return StepResult.done(out, Map.of(), why);
    }
}

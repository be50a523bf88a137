package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosisMatrix;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.MatrixRow;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;

import java.util.Map;

/** The diagnosis matrix (鉴别诊断矩阵) of the intake's findings, as the engine computes it. */
public final class DiagnosisMatrixAgent extends EngineAgent {

    /** Rows shown: those still in play, at least {@value #MIN_ROWS} and at most {@value #MAX_ROWS}. */
    static final int MIN_ROWS = 3, MAX_ROWS = 10;
    static final double IN_PLAY = 0.01;

    public DiagnosisMatrixAgent(DiagnosticEngine engine) {
        super(engine);
    }

    @Override
    public String name() { return AgentNames.DIAGNOSIS_MATRIX; }

    @Override
    public StepResult run(StepRequest request, StepResult.Degradation why) {
        PatientState state = IntakeInput.state(engine.knowledgeBase(), request.input("intakeSummary"));
        if (state == null) return StepResult.cannotDecide(IntakeInput.MISSING);
        DiagnosisMatrix m = engine.diagnosisMatrix(state);
        EngineJson json = new EngineJson(engine.knowledgeBase());
        ObjectNode out = Json.object().put("knowledgeBaseVersion", m.knowledgeBaseVersion());
        ArrayNode rows = out.putArray("rows");
        for (MatrixRow r : m.rows()) {
            boolean inPlay = r.probability() >= IN_PLAY || r.plausibility() >= 0.4;
            if (rows.size() >= MAX_ROWS || (rows.size() >= MIN_ROWS && !inPlay)) break;
            rows.add(json.row(r));
        }
        out.set("redFlags", json.redFlags(m.redFlags()));
        out.set("nextStep", json.nextStep(m.nextStep()));
        // Exam results are kept for the clinician; the engine does not read free-text results.
        String exams = request.text("examResults");
        if (exams != null) out.put("examResults", exams);
        String comment = request.text("reviewComment");
        if (comment != null) out.put("clinicianComment", comment);
        out.set("notice", Json.text(m.notice()));
        return StepResult.done(out, Map.of(), why);
    }
}

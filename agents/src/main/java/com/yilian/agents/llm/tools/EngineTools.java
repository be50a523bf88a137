package com.yilian.agents.llm.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.Candidate;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.QuestionChoice;
import com.yilian.agents.baseline.Json;
import dev.langchain4j.agent.tool.Tool;

/**
 * The knowledge engine as tools for the model, bound to one patient's state: the model may look things up, but the
 * numbers it works with are the engine's.
 */
public final class EngineTools {

    private final DiagnosticEngine engine;
    private final PatientState state;

    public EngineTools(DiagnosticEngine engine, PatientState state) {
        this.engine = engine;
        this.state = state;
    }

    @Tool("鉴别诊断：按概率排序的候选诊断（前 10 个） Differential: the 10 most probable conditions with probability and plausibility")
    public String differential() {
        ArrayNode out = Json.array();
        for (Candidate c : engine.differential(state).candidates().subList(0, 10)) {
            out.addObject().put("conditionId", c.conditionId()).put("name", c.name().zh() + " / " + c.name().en())
                    .put("probability", round(c.probability())).put("plausibility", round(c.plausibility()))
                    .put("redFlag", c.redFlag());
        }
        return out.toString();
    }

    @Tool("下一个最有信息量的问题 The most informative next question, with the candidates it separates")
    public String nextQuestion() {
        QuestionChoice q = engine.nextQuestion(state);
        return q == null ? "{}" : Json.tree(q).toString();
    }

    @Tool("检查阶梯：先低成本无创检查，后针对性检查 Exam ladder: cheap non-invasive exams first, demanding ones deferred")
    public String examLadder() {
        return Json.tree(engine.examLadder(state)).toString();
    }

    @Tool("鉴别诊断矩阵：每个候选的支持、反对与缺失证据 Diagnosis matrix: supporting, opposing and missing findings per candidate")
    public String diagnosisMatrix() {
        return Json.tree(engine.diagnosisMatrix(state)).toString();
    }

    @Tool("当前状态的危险信号 Red flags raised by the current answers or a plausible emergency")
    public String redFlags() {
        ObjectNode out = Json.object();
        out.set("redFlags", Json.tree(engine.redFlags(state)));
        return out.toString();
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}

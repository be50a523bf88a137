package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.Candidate;
import com.yilian.agents.engine.Differential;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules every agent's model follows, and the patient facts in the form the prompts show them. */
public final class Prompts {

    public static final String RULES = """
            你是医联体临床辅助决策系统中的一个智能体，服务对象是基层医生和护士。
            规则：
            1. 你的输出是辅助决策建议，须经医生审核；绝不开具处方，绝不写药名的剂量、用法或频次。
            2. 诊断概率、检查顺序、危险信号以临床知识引擎（工具和下面给出的引擎结果）为准；不要改动引擎的排序或数值。
            3. 只引用引擎给出的证据代码（E_xx）与诊断 ID；知识库以外的想法只能放在标为 outsideKnowledgeBase 的建议里。
            4. 不要声称患者有其否认的症状。
            5. 用简体中文写给临床的文字，并给出对应的英文。只输出要求的 JSON。
            You are an agent of a medical consortium's clinical decision support. Never prescribe or give doses.
            The knowledge engine's numbers and codes are authoritative. Answer with the requested JSON only.
            """;

    private Prompts() { }

    /** Age, sex and the answers so far, each with its clinical term. */
    public static ObjectNode patient(KnowledgeBase kb, PatientState state) {
        ObjectNode out = EngineJson.MAPPER.createObjectNode();
        out.put("age", state.age()).put("sex", state.sex().name());
        ArrayNode reported = out.putArray("reported"), denied = out.putArray("denied");
        for (Map.Entry<String, Answer> e : state.answers().entrySet()) {
            Evidence ev = kb.evidence(e.getKey());
            String line = e.getKey() + " " + ev.term().zh() + valuesText(ev, e.getValue());
            (e.getValue().positive() ? reported : denied).add(line);
        }
        return out;
    }

    public static ArrayNode leading(Differential d, int n) {
        ArrayNode out = EngineJson.MAPPER.createArrayNode();
        for (Candidate c : d.candidates().subList(0, Math.min(n, d.candidates().size()))) {
            out.addObject().put("conditionId", c.conditionId()).put("name", c.name().zh())
                    .put("probability", Math.round(c.probability() * 1000) / 1000.0);
        }
        return out;
    }

    /** A plain summary from the engine's facts alone: what was reported and what was denied. */
    public static List<String> findingTerms(KnowledgeBase kb, PatientState state, boolean positive, boolean zh) {
        List<String> out = new ArrayList<>();
        state.answers().forEach((code, a) -> {
            if (a.positive() == positive) out.add(zh ? kb.evidence(code).term().zh() : kb.evidence(code).term().en());
        });
        return out;
    }

    private static String valuesText(Evidence ev, Answer a) {
        if (a.values().isEmpty()) return "";
        return "：" + String.join("、", a.values().stream().map(v -> ev.valueText(v).zh()).toList());
    }
}

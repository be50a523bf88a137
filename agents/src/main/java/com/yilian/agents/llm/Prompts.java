package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.Json;
import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules every agent's model follows, and engine facts in the form the prompts show them. */
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

    private static final int TERMS_SHOWN = 6;

    private Prompts() { }

    /** A prompt's JSON, starting with the task (zh first, then en, in one text the model reads). */
    public static ObjectNode task(String task) {
        return Json.object().put("task", task);
    }

    /** Age, sex and the answers so far, each with its clinical term. */
    public static ObjectNode patient(KnowledgeBase kb, PatientState state) {
        ObjectNode out = Json.object().put("age", state.age()).put("sex", state.sex().name());
        ArrayNode reported = out.putArray("reported"), denied = out.putArray("denied");
        for (Map.Entry<String, Answer> e : state.answers().entrySet()) {
            Evidence ev = kb.evidence(e.getKey());
            String values = e.getValue().values().isEmpty() ? ""
                    : "：" + String.join("、", e.getValue().values().stream().map(v -> ev.valueText(v).zh()).toList());
            (e.getValue().positive() ? reported : denied).add(e.getKey() + " " + ev.term().zh() + values);
        }
        return out;
    }

    /** A findings array of an engine result ({@code [{code, text}]}) as "E_91 发热；E_77 咳痰". */
    public static String findings(JsonNode findings) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings) if (out.size() < TERMS_SHOWN) out.add(f.path("code").asText() + " " + f.at("/text/zh").asText());
        return String.join("；", out);
    }

    /** The terms of a findings array ({@code text} or {@code term} per item) in one language, or none. */
    public static String terms(JsonNode findings, String lang) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings) {
            if (out.size() < TERMS_SHOWN) out.add((f.has("term") ? f.get("term") : f.path("text")).path(lang).asText());
        }
        if (out.isEmpty()) return lang.equals("zh") ? "无" : "none";
        return String.join(lang.equals("zh") ? "、" : ", ", out);
    }
}

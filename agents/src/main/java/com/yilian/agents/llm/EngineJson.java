package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.DiagnosisMatrix;
import com.yilian.agents.knowledge.Text;
import com.yilian.agents.llm.routing.RoutedModel;

/** Engine records as JSON, and the parts every LLM result carries. */
public final class EngineJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private EngineJson() { }

    public static JsonNode tree(Object engineRecord) {
        return MAPPER.valueToTree(engineRecord);
    }

    public static ObjectNode text(String zh, String en) {
        return MAPPER.createObjectNode().put("zh", zh).put("en", en);
    }

    public static ObjectNode text(Text t) {
        return text(t.zh(), t.en());
    }

    /** Which model enriched the result, the corrections, and the decision-support notice. */
    public static void finish(ObjectNode result, RoutedModel model, Corrections corrections) {
        result.putObject("model").put("endpoint", model.endpoint().id()).put("model", model.endpoint().model())
                .put("dataClassSent", model.dataClassSent());
        result.set("corrections", corrections.asJson());
        result.set("notice", text(DiagnosisMatrix.NOTICE));
    }
}

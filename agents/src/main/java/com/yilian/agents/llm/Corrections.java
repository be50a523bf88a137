package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Where the model contradicted the knowledge engine and what was kept instead. Corrections are shown with the
 * result, never applied silently.
 */
public final class Corrections {

    private final ArrayNode list = JsonNodeFactory.instance.arrayNode();

    /**
     * @param field     where in the result, e.g. {@code rows[2].rationale}
     * @param modelSaid what the model claimed
     * @param kept      what the engine's evidence says and the result keeps
     */
    public void add(String field, String modelSaid, String kept, String zh, String en) {
        list.addObject().put("field", field).put("modelSaid", modelSaid).put("kept", kept)
                .putObject("note").put("zh", zh).put("en", en);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public ArrayNode asJson() {
        return list.deepCopy();
    }
}

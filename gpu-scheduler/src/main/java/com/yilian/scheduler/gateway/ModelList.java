package com.yilian.scheduler.gateway;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.Tenant;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code GET /v1/models}: the models of the pools the caller's hospital lists in its data policy, each once. */
final class ModelList {
    private ModelList() {
    }

    static void answer(HttpServerRequest req, Consortium consortium, Tenant tenant) {
        Set<String> poolIds = new LinkedHashSet<>();
        tenant.dataPolicy().poolsByDataClass().values().forEach(poolIds::addAll);
        JsonArray data = new JsonArray();
        Set<String> seen = new LinkedHashSet<>();
        for (String id : poolIds) {
            consortium.pool(id).filter(p -> seen.add(p.model())).ifPresent(p -> data.add(new JsonObject()
                    .put("id", p.model()).put("object", "model").put("owned_by", p.id())
                    .put("yilian_pool_kind", p.kind().yamlName())));
        }
        req.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("object", "list").put("data", data).encode());
    }
}

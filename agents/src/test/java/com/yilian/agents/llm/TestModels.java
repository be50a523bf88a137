package com.yilian.agents.llm;

import com.yilian.agents.deid.Deidentifier;
import com.yilian.agents.llm.audit.AuditRecord;
import com.yilian.agents.llm.routing.EndpointConfig;
import com.yilian.agents.llm.routing.ModelFactory;
import com.yilian.agents.llm.routing.ModelRouter;
import com.yilian.agents.llm.routing.RouteConfig;
import com.yilian.agents.llm.routing.RoutingConfig;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A router whose one endpoint is a scripted model; headers each client was built with are kept for assertions. */
final class TestModels {

    final ScriptedChatModel model = new ScriptedChatModel();
    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> headers = new CopyOnWriteArrayList<>();
    final ModelRouter router;

    TestModels() {
        this(false);
    }

    TestModels(boolean remote) {
        EndpointConfig endpoint = new EndpointConfig("scheduler", "http://127.0.0.1:1/v1", "qwen-test", "k", remote,
                null, null, Map.of());
        RoutingConfig config = new RoutingConfig(List.of(endpoint),
                List.of(new RouteConfig(List.of("*"), List.of("*"), List.of("*"), "scheduler")));
        ModelFactory factory = new ModelFactory() {
            @Override
            public ChatModel chatModel(EndpointConfig e, String apiKey, Map<String, String> h, List<ChatModelListener> l) {
                headers.add(h);
                model.listenWith(l);
                return model;
            }

            @Override
            public StreamingChatModel streamingChatModel(EndpointConfig e, String apiKey, Map<String, String> h,
                                                         List<ChatModelListener> l) {
                return null;
            }
        };
        router = new ModelRouter(config, factory, audit::add, Deidentifier::new);
    }
}

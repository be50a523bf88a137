package com.yilian.agents.llm.routing;

import com.yilian.agents.deid.Deidentifier;
import com.yilian.agents.llm.audit.AuditSink;
import com.yilian.agents.llm.audit.AuditingListener;
import com.yilian.agents.llm.audit.CallAttributes;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Picks the endpoint for a call from the configuration, and gives the models bound to that call: the tenant's
 * credential, the data-class and priority headers the gpu-scheduler reads, the audit context, and de-identification
 * when PHI would otherwise reach a remote endpoint. Clients are cached per endpoint, tenant, data class and priority.
 */
public final class ModelRouter {

    public static final String DATA_CLASS_HEADER = "X-Yilian-Data-Class";
    public static final String PRIORITY_HEADER = "X-Yilian-Priority";

    private final RoutingConfig config;
    private final ModelFactory factory;
    private final List<ChatModelListener> listeners;
    private final Supplier<Deidentifier> deidentifier;
    private final Map<String, ChatModel> chatModels = new ConcurrentHashMap<>();
    private final Map<String, StreamingChatModel> streamingModels = new ConcurrentHashMap<>();

    public ModelRouter(RoutingConfig config, ModelFactory factory, AuditSink audit, Supplier<Deidentifier> deidentifier) {
        this.config = config.validated();
        this.factory = factory;
        this.listeners = List.of(new AuditingListener(audit));
        this.deidentifier = memoize(deidentifier);
    }

    /** The router over langchain4j-open-ai clients, de-identifying with the standard {@link Deidentifier}. */
    public static ModelRouter openAi(RoutingConfig config, AuditSink audit) {
        return new ModelRouter(config, new OpenAiModelFactory(), audit, Deidentifier::new);
    }

    /** The models for this call, or empty when no route matches (the step then runs on the knowledge engine). */
    public Optional<RoutedModel> route(ModelCall call) {
        return config.endpointFor(call).map(endpoint -> bind(endpoint, call));
    }

    private RoutedModel bind(EndpointConfig endpoint, ModelCall call) {
        boolean mask = endpoint.remote() && "phi".equals(call.dataClass());
        String sent = mask ? "deidentified" : call.dataClass();
        String priority = RoutingConfig.PRIORITIES.contains(call.priority()) ? call.priority() : "standard";
        Map<String, String> headers = Map.of(DATA_CLASS_HEADER, sent, PRIORITY_HEADER, priority);
        String key = endpoint.id() + '\n' + call.tenantId() + '\n' + sent + '\n' + priority;
        String apiKey = endpoint.apiKeyFor(call.tenantId());
        CallAttributes attributes = new CallAttributes(call, endpoint.id(), sent);

        ChatModel chat = new CallScopedChatModel(chatModels.computeIfAbsent(key,
                k -> factory.chatModel(endpoint, apiKey, headers, listeners)), attributes);
        StreamingChatModel streaming = CallScopedChatModel.streaming(streamingModels.computeIfAbsent(key,
                k -> factory.streamingChatModel(endpoint, apiKey, headers, listeners)), attributes);
        if (mask) {
            chat = new DeidentifyingChatModel(chat, deidentifier.get());
            streaming = new DeidentifyingStreamingChatModel(streaming, deidentifier.get());
        }
        return new RoutedModel(endpoint, sent, chat, streaming);
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) value = s.get();
                        v = value;
                    }
                }
                return v;
            }
        };
    }
}

package com.yilian.agents.llm.audit;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.output.TokenUsage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/** Writes one {@link AuditRecord} per model call, successful or not. Calls without {@link CallAttributes} are skipped. */
public final class AuditingListener implements ChatModelListener {

    private static final String STARTED = AuditingListener.class.getName() + ".started";

    private final AuditSink sink;

    public AuditingListener(AuditSink sink) {
        this.sink = sink;
    }

    @Override
    public void onRequest(ChatModelRequestContext context) {
        context.attributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        TokenUsage usage = context.chatResponse().tokenUsage();
        write(context.attributes(), context.chatRequest(), context.chatResponse().modelName(),
                usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount(), "ok");
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        write(context.attributes(), context.chatRequest(), null, null, null,
                context.error().getClass().getSimpleName());
    }

    private void write(Map<Object, Object> attributes, ChatRequest request, String servedModel, Integer in, Integer out,
                       String outcome) {
        CallAttributes call = CallAttributes.from(attributes);
        if (call == null) return;
        Object started = attributes.get(STARTED);
        long latencyMs = started == null ? 0 : (System.nanoTime() - (Long) started) / 1_000_000;
        String model = servedModel != null ? servedModel : request.modelName();
        sink.write(new AuditRecord(Instant.now(), call.call().tenantId(), call.call().agent(), call.call().encounterId(),
                model, call.endpointId(), call.dataClassSent(), in, out, latencyMs, sha256(request), outcome));
    }

    static String sha256(ChatRequest request) {
        StringBuilder prompt = new StringBuilder();
        for (ChatMessage m : request.messages()) prompt.append(m.type()).append(": ").append(text(m)).append('\n');
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(prompt.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String text(ChatMessage m) {
        return switch (m) {
            case SystemMessage s -> s.text();
            case UserMessage u -> u.hasSingleText() ? u.singleText() : u.contents().toString();
            case AiMessage a -> a.text() + (a.hasToolExecutionRequests() ? " " + a.toolExecutionRequests() : "");
            case ToolExecutionResultMessage t -> t.text();
            default -> m.toString();
        };
    }
}

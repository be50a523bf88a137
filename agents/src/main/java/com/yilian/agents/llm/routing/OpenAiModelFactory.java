package com.yilian.agents.llm.routing;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

import java.util.List;
import java.util.Map;

/** Clients of OpenAI-compatible endpoints (the gpu-scheduler, vLLM, remote APIs) through langchain4j-open-ai. */
public final class OpenAiModelFactory implements ModelFactory {

    // The scheduler accepts a Bearer key; some local pools need none, but the client insists on one.
    private static final String NO_KEY = "none";

    @Override
    public ChatModel chatModel(EndpointConfig e, String apiKey, Map<String, String> headers,
                               List<ChatModelListener> listeners) {
        return OpenAiChatModel.builder()
                .baseUrl(e.baseUrl())
                .apiKey(apiKey == null ? NO_KEY : apiKey)
                .modelName(e.model())
                .timeout(e.timeout())
                .maxRetries(e.maxRetries())
                .customHeaders(headers)
                .listeners(listeners)
                .build();
    }

    @Override
    public StreamingChatModel streamingChatModel(EndpointConfig e, String apiKey, Map<String, String> headers,
                                                 List<ChatModelListener> listeners) {
        return OpenAiStreamingChatModel.builder()
                .baseUrl(e.baseUrl())
                .apiKey(apiKey == null ? NO_KEY : apiKey)
                .modelName(e.model())
                .timeout(e.timeout())
                .customHeaders(headers)
                .listeners(listeners)
                .build();
    }
}

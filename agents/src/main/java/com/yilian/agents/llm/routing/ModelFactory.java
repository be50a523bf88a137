package com.yilian.agents.llm.routing;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;

import java.util.List;
import java.util.Map;

/** Builds the client of one endpoint for one tenant; the router caches what it returns. */
public interface ModelFactory {

    ChatModel chatModel(EndpointConfig endpoint, String apiKey, Map<String, String> headers,
                        List<ChatModelListener> listeners);

    StreamingChatModel streamingChatModel(EndpointConfig endpoint, String apiKey, Map<String, String> headers,
                                          List<ChatModelListener> listeners);
}

package com.yilian.agents.llm.routing;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;

/**
 * The models for one call, already bound to its tenant, audit context and privacy rule.
 *
 * @param dataClassSent what leaves the hub: {@code deidentified} when PHI is de-identified for a remote endpoint
 */
public record RoutedModel(EndpointConfig endpoint, String dataClassSent, ChatModel chatModel,
                          StreamingChatModel streamingChatModel) {}

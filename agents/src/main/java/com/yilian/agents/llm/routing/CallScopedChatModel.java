package com.yilian.agents.llm.routing;

import com.yilian.agents.llm.audit.CallAttributes;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * A cached endpoint model seen through one call: every request carries the call's {@link CallAttributes} as listener
 * attributes, so that the shared model's audit listener knows whose call it was.
 */
final class CallScopedChatModel implements ChatModel {

    private final ChatModel delegate;
    private final ChatRequestOptions options;

    CallScopedChatModel(ChatModel delegate, CallAttributes attributes) {
        this.delegate = delegate;
        this.options = ChatRequestOptions.builder().listenerAttributes(attributes.asListenerAttributes()).build();
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return delegate.chat(request, options);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public java.util.Set<dev.langchain4j.model.chat.Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    static StreamingChatModel streaming(StreamingChatModel delegate, CallAttributes attributes) {
        ChatRequestOptions options = ChatRequestOptions.builder()
                .listenerAttributes(attributes.asListenerAttributes()).build();
        return new StreamingChatModel() {
            @Override
            public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
                delegate.chat(request, options, handler);
            }

            @Override
            public ChatRequestParameters defaultRequestParameters() {
                return delegate.defaultRequestParameters();
            }
        };
    }
}

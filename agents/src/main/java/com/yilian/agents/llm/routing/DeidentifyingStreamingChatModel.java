package com.yilian.agents.llm.routing;

import com.yilian.agents.deid.Deidentifier;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * The streaming form of {@link DeidentifyingChatModel}. A placeholder may arrive split over chunks, so text after an
 * unclosed {@code [} is held back until the placeholder is complete.
 */
final class DeidentifyingStreamingChatModel implements StreamingChatModel {

    private final StreamingChatModel delegate;
    private final Deidentifier deidentifier;

    DeidentifyingStreamingChatModel(StreamingChatModel delegate, Deidentifier deidentifier) {
        this.delegate = delegate;
        this.deidentifier = deidentifier;
    }

    @Override
    public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
        ConversationDeidentifier conversation = new ConversationDeidentifier(deidentifier);
        ChatRequest masked = request.toBuilder()
                .messages(DeidentifyingChatModel.map(request.messages(), conversation::deidentify)).build();
        delegate.chat(masked, new StreamingChatResponseHandler() {
            private final StringBuilder pending = new StringBuilder();

            @Override
            public void onPartialResponse(String partial) {
                pending.append(partial);
                int open = pending.lastIndexOf("[");
                int cut = open >= 0 && pending.indexOf("]", open) < 0 ? open : pending.length();
                if (cut == 0) return;
                String ready = pending.substring(0, cut);
                pending.delete(0, cut);
                handler.onPartialResponse(conversation.restore(ready));
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                if (!pending.isEmpty()) handler.onPartialResponse(conversation.restore(pending.toString()));
                handler.onCompleteResponse(response.toBuilder()
                        .aiMessage(DeidentifyingChatModel.map(response.aiMessage(), conversation::restore)).build());
            }

            @Override
            public void onError(Throwable error) {
                handler.onError(error);
            }
        });
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }
}

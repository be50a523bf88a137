package com.yilian.agents.llm.routing;

import com.yilian.agents.deid.Deidentifier;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps PHI on the hub when a PHI step is served by a remote endpoint: every message is de-identified before it
 * leaves and the placeholders in the answer (text and tool arguments) are put back. One instance per step call,
 * so that the whole conversation, tool round trips included, shares one numbering.
 */
final class DeidentifyingChatModel implements ChatModel {

    private final ChatModel delegate;
    private final ConversationDeidentifier conversation;

    DeidentifyingChatModel(ChatModel delegate, Deidentifier deidentifier) {
        this.delegate = delegate;
        this.conversation = new ConversationDeidentifier(deidentifier);
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatRequest masked;
        synchronized (conversation) {
            masked = request.toBuilder().messages(map(request.messages(), conversation::deidentify)).build();
        }
        ChatResponse response = delegate.chat(masked);
        synchronized (conversation) {
            return response.toBuilder().aiMessage(map(response.aiMessage(), conversation::restore)).build();
        }
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public java.util.Set<dev.langchain4j.model.chat.Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    static List<ChatMessage> map(List<ChatMessage> messages, UnaryOperator<String> f) {
        return messages.stream().map(m -> map(m, f)).toList();
    }

    static ChatMessage map(ChatMessage m, UnaryOperator<String> f) {
        return switch (m) {
            // System messages are the project's own instructions (Prompts.RULES), never patient data: masking them
            // only garbles them (医生和护士 read as a name).
            case SystemMessage s -> s;
            case UserMessage u -> UserMessage.from(u.contents().stream()
                    .map(c -> c instanceof TextContent t ? TextContent.from(f.apply(t.text())) : c).toList());
            case AiMessage a -> map(a, f);
            case ToolExecutionResultMessage t -> ToolExecutionResultMessage.from(t.id(), t.toolName(), f.apply(t.text()));
            default -> m;
        };
    }

    static AiMessage map(AiMessage a, UnaryOperator<String> f) {
        List<ToolExecutionRequest> tools = a.hasToolExecutionRequests()
                ? a.toolExecutionRequests().stream()
                    .map(r -> r.toBuilder().arguments(f.apply(r.arguments())).build()).toList()
                : List.of();
        return a.toBuilder().text(f.apply(a.text())).toolExecutionRequests(tools).build();
    }
}

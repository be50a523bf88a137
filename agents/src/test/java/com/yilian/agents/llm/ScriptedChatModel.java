package com.yilian.agents.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A ChatModel test double: answers from a queue (or a function once the queue is empty) and records every request. */
final class ScriptedChatModel implements ChatModel {

    private final Deque<Object> queue = new ArrayDeque<>();
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final List<ChatModelListener> listeners = new CopyOnWriteArrayList<>();
    private Function<ChatRequest, String> responder = r -> {
        throw new AssertionError("no scripted answer left for: " + r.messages());
    };

    /** Queues answers: a String is the model's text, a ToolExecutionRequest a tool call,
     * a RuntimeException is thrown instead. */
    ScriptedChatModel then(Object... answers) {
        for (Object a : answers) queue.add(a);
        return this;
    }

    ScriptedChatModel otherwise(Function<ChatRequest, String> responder) {
        this.responder = responder;
        return this;
    }

    void listenWith(List<ChatModelListener> l) {
        listeners.clear();
        listeners.addAll(l);
    }

    List<ChatRequest> requests() {
        return requests;
    }

    @Override
    public List<ChatModelListener> listeners() {
        return listeners;
    }

    @Override
    public synchronized ChatResponse doChat(ChatRequest request) {
        requests.add(request);
        Object next = queue.isEmpty() ? responder.apply(request) : queue.poll();
        if (next instanceof RuntimeException e) throw e;
        if (next instanceof dev.langchain4j.agent.tool.ToolExecutionRequest tool) {
            return ChatResponse.builder().aiMessage(AiMessage.from(tool)).modelName("scripted").build();
        }
        String text = (String) next;
        return ChatResponse.builder().aiMessage(AiMessage.from(text)).modelName("scripted")
                .tokenUsage(new TokenUsage(request.messages().toString().length() / 4, text.length() / 4)).build();
    }

    /** The text of the last user message of a request. */
    static String lastUserText(ChatRequest r) {
        return r.messages().stream().filter(m -> m instanceof dev.langchain4j.data.message.UserMessage)
                .map(m -> ((dev.langchain4j.data.message.UserMessage) m).singleText()).reduce((a, b) -> b).orElse("");
    }
}

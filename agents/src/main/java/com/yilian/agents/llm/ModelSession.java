package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yilian.agents.llm.guard.Degradations;
import com.yilian.agents.llm.guard.FailureClassifier;
import com.yilian.agents.llm.guard.InvalidOutputException;
import com.yilian.agents.llm.guard.ModelFailure;
import com.yilian.agents.llm.guard.UnsafeOutputGuard;
import com.yilian.agents.llm.routing.RoutedModel;
import dev.langchain4j.agentic.AgenticServices;
import dev.langchain4j.agentic.UntypedAgent;

import java.util.Map;
import java.util.function.Function;

/**
 * The model calls of one step. Each question is a langchain4j-agentic agent with a structured (record) output, the
 * knowledge engine as its tools and the call's routed model. An unreadable answer is asked once more with a repair
 * note; anything else that goes wrong becomes a {@link ModelFailure} and the step falls back.
 */
public final class ModelSession {

    public static final String REQUEST = "request";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RoutedModel model;

    ModelSession(RoutedModel model) {
        this.model = model;
    }

    public RoutedModel model() {
        return model;
    }

    /**
     * Asks for one structured answer and returns it checked.
     *
     * @param answerType the record the model answers with (its JSON form is what the prompt asks for)
     * @param outputKey  names the answer in the agentic scope and the audit trail, e.g. {@code matrixDraft}
     * @param check      names what is wrong with a parsed answer (missing field, unknown code), or null when it is fine
     */
    public <D> D ask(Class<D> answerType, String outputKey, String systemMessage, String request, Object tools,
                     Function<D, String> check) {
        try {
            return askOnce(answerType, outputKey, systemMessage, request, tools, check);
        } catch (ModelFailure decided) {
            throw decided;
        } catch (RuntimeException first) {
            if (!FailureClassifier.isInvalidOutput(first)) throw new ModelFailure(FailureClassifier.classify(first), first);
            String repair = request + "\n\n【格式修正 Format repair】上一次回答无法使用：" + first.getMessage()
                    + "\n请只输出一个符合上述格式的 JSON 对象，不要附加其他文字。";
            try {
                return askOnce(answerType, outputKey, systemMessage, repair, tools, check);
            } catch (ModelFailure decided) {
                throw decided;
            } catch (RuntimeException second) {
                throw new ModelFailure(FailureClassifier.classify(second), second);
            }
        }
    }

    private <D> D askOnce(Class<D> answerType, String outputKey, String systemMessage, String request, Object tools,
                          Function<D, String> check) {
        // Built per call: in 1.16.1-beta26 an agent keeps the model chosen for an invocation in shared state, so one
        // agent instance serving concurrent steps (each with its own tenant and audit context) would mix them up.
        UntypedAgent agent = AgenticServices.agentBuilder()
                .returnType(answerType)
                .inputKey(String.class, REQUEST)
                .userMessage("{{" + REQUEST + "}}")
                .name(outputKey)
                .chatModel(model.chatModel())
                .systemMessage(systemMessage)
                .tools(tools)
                .outputKey(outputKey)
                .build();
        D answer = answerType.cast(agent.invoke(Map.of(REQUEST, request)));
        if (answer == null) throw new InvalidOutputException("empty answer");
        String problem = check.apply(answer);
        if (problem != null) throw new InvalidOutputException(problem);
        String unsafe = UnsafeOutputGuard.find(toJson(answer));
        if (unsafe != null) throw new ModelFailure(Degradations.unsafeOutput(unsafe), null);
        return answer;
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}

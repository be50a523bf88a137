package com.yilian.agents.llm;

import com.yilian.agents.knowledge.Evidence;
import dev.langchain4j.model.chat.request.ChatRequest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A scripted model for the interview: reads replies as the test says, phrases every question the same way. */
final class IntakeTurns {

    static final String PHRASED = "想再了解一下您的情况，可以吗？";
    private static final Pattern PENDING = Pattern.compile("\"pendingQuestion\" : \\{\\s*\"code\" : \"([^\"]+)\"");

    private IntakeTurns() { }

    static boolean isReading(ChatRequest r) {
        return ScriptedChatModel.lastUserText(r).contains("\"catalogue\"");
    }

    static String phrasing() {
        return "{\"questionZh\":\"" + PHRASED + "\",\"questionEn\":\"May I ask a little more?\"}";
    }

    /** The reply to the pending question read as {@code positive}; a choice question gets a value other than its default. */
    static String reading(ChatRequest r, boolean positive) {
        String user = ScriptedChatModel.lastUserText(r);
        Matcher pending = PENDING.matcher(user);
        if (!pending.find()) return "{\"findings\":[{\"code\":\"E_201\",\"positive\":true,\"words\":\"咳嗽\"}]}";
        Evidence e = Requests.ENGINE.knowledgeBase().evidence(pending.group(1));
        String values = !positive ? "" : e.values().stream().filter(v -> !v.equals(e.defaultValue()))
                .findFirst().map(v -> "\"" + v + "\"").orElse("");
        return "{\"findings\":[{\"code\":\"" + pending.group(1) + "\",\"positive\":" + positive
                + ",\"values\":[" + values + "]}]}";
    }

    static String pendingCode(ChatRequest r) {
        Matcher pending = PENDING.matcher(ScriptedChatModel.lastUserText(r));
        return pending.find() ? pending.group(1) : null;
    }
}

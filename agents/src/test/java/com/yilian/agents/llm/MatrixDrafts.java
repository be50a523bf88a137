package com.yilian.agents.llm;

import dev.langchain4j.model.chat.request.ChatRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Model answers for the diagnosis matrix, written from the candidates the prompt shows. */
final class MatrixDrafts {

    private static final Pattern CONDITION = Pattern.compile("\"conditionId\" : \"([^\"]+)\"");

    static List<String> conditionIds(ChatRequest r) {
        List<String> ids = new ArrayList<>();
        Matcher m = CONDITION.matcher(ScriptedChatModel.lastUserText(r));
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    /** A faithful answer: a rationale per row citing {@code cited}. */
    static String faithful(ChatRequest r, String cited) {
        return draft(conditionIds(r), cited, "符合上呼吸道感染表现");
    }

    static String draft(List<String> ids, String cited, String rationale) {
        StringBuilder rows = new StringBuilder();
        for (String id : ids) {
            if (!rows.isEmpty()) rows.append(',');
            rows.append("{\"conditionId\":\"").append(id).append("\",\"rationaleZh\":\"").append(rationale)
                    .append("\",\"rationaleEn\":\"fits\",\"citedFindings\":[\"").append(cited).append("\"]}");
        }
        return "{\"rows\":[" + rows + "],\"suggestions\":[{\"nameZh\":\"百日咳后综合征\",\"nameEn\":\"Post-pertussis syndrome\","
                + "\"reasonZh\":\"咳嗽迁延\",\"reasonEn\":\"lingering cough\"}]}";
    }
}

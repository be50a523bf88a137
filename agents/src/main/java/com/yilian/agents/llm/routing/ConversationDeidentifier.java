package com.yilian.agents.llm.routing;

import com.yilian.agents.deid.DeidentifiedText;
import com.yilian.agents.deid.Deidentifier;
import com.yilian.agents.deid.EntityKind;
import com.yilian.agents.deid.Span;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * De-identifies every message of one conversation with one numbering: the same person is {@code [姓名1]} in the
 * system prompt, the patient's message and a tool result alike, so that the model can follow who is who and the
 * answer restores to the right originals. Not thread-safe: one per call.
 */
final class ConversationDeidentifier {

    private final Deidentifier deidentifier;
    private final Map<EntityKind, Map<String, String>> placeholders = new EnumMap<>(EntityKind.class);
    private final Map<String, String> originals = new LinkedHashMap<>();

    ConversationDeidentifier(Deidentifier deidentifier) {
        this.deidentifier = deidentifier;
    }

    String deidentify(String text) {
        if (text == null || text.isEmpty()) return text;
        // Identifiers already masked earlier in the conversation are masked again even where the detector, lacking
        // context in this message, would not find them.
        String known = text;
        for (Map.Entry<String, String> e : originals.entrySet()) known = known.replace(e.getValue(), e.getKey());
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Span s : deidentifier.find(known)) {
            String original = s.in(known);
            Map<String, String> seen = placeholders.computeIfAbsent(s.kind(), k -> new HashMap<>());
            String placeholder = seen.computeIfAbsent(original, o -> s.kind().placeholder(seen.size() + 1));
            originals.putIfAbsent(placeholder, original);
            out.append(known, pos, s.start()).append(placeholder);
            pos = s.end();
        }
        return out.append(known.substring(pos)).toString();
    }

    String restore(String answer) {
        return answer == null ? null : new DeidentifiedText(answer, originals).restore(answer);
    }

    boolean masked() {
        return !originals.isEmpty();
    }
}

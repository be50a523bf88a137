package com.yilian.agents.deid;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A de-identified text and the placeholder → original mapping that stays on the hub; only {@link #text()} may leave.
 */
public record DeidentifiedText(String text, Map<String, String> mapping) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:姓名|身份证号|电话|地址|病历号|医保号|银行卡号|出生日期)\\d+]");

    public DeidentifiedText {
        mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    }

    /** Puts the originals back into a model's answer; placeholders this record did not issue are left as they are. */
    public String restore(String modelAnswer) {
        Matcher m = PLACEHOLDER.matcher(modelAnswer);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(mapping.getOrDefault(m.group(), m.group())));
        m.appendTail(out);
        return out.toString();
    }

    /** How many distinct values of each kind were replaced. */
    public Map<EntityKind, Integer> counts() {
        Map<EntityKind, Integer> counts = new LinkedHashMap<>();
        for (String placeholder : mapping.keySet()) {
            for (EntityKind k : EntityKind.values()) {
                if (placeholder.matches("\\[" + k.label() + "\\d+]")) counts.merge(k, 1, Integer::sum);
            }
        }
        return counts;
    }
}

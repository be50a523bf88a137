package com.yilian.agents.llm.guard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds prescriptions and doses in a model's answer. AI output is decision support: any dose, frequency or
 * prescribing wording discards the answer. Disclaimers ("不构成处方", "not a prescription") are not findings.
 */
public final class UnsafeOutputGuard {

    private static final Pattern DISCLAIMER = Pattern.compile(
            "(不构成|并非|不是|非)(诊断或)?(处方|诊断)|(not|never) (a |an )?(diagnosis or a )?prescription",
            Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> UNSAFE = List.of(
            Pattern.compile("\\d+(\\.\\d+)?\\s*(mg|mcg|µg|μg|ug|g|ml|mL|iu|IU|u)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("[\\d一二两三四五六七八九十半]+(\\.\\d+)?\\s*(毫克|微克|克|毫升|片|粒|丸|袋|支|单位|滴)"),
            Pattern.compile("(每日|每天|一日|一天)\\s*[\\d一二两三四五六七八九十]+\\s*次"),
            Pattern.compile("处方|开药|开具|用药剂量|服用剂量|剂量为|给药方案"),
            Pattern.compile("\\b(b\\.?i\\.?d|t\\.?i\\.?d|q\\.?i\\.?d|q\\.?d|q\\d+h|prn)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(prescri\\w*|dosage|dose of|take \\d+)", Pattern.CASE_INSENSITIVE));

    private UnsafeOutputGuard() { }

    /** The first prescribing or dosing phrase in {@code text}, or null when there is none. */
    public static String find(String text) {
        if (text == null) return null;
        String scanned = DISCLAIMER.matcher(text).replaceAll(" ");
        for (Pattern p : UNSAFE) {
            Matcher m = p.matcher(scanned);
            if (m.find()) return m.group();
        }
        return null;
    }
}

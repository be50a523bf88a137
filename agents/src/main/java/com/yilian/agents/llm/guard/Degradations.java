package com.yilian.agents.llm.guard;

import com.yilian.agents.knowledge.Text;
import com.yilian.agents.step.StepResult.Degradation;

/** The reasons a step ran on the knowledge engine alone, worded for the clinician (zh first, then en). */
public final class Degradations {

    private static final String ENGINE_ONLY_ZH = "本结果仅由临床知识引擎生成，请医生重点审核。";
    private static final String ENGINE_ONLY_EN = "This result comes from the clinical knowledge engine alone; review it with care.";

    private Degradations() { }

    public static Degradation unreachable(String detail) {
        return of("model-unreachable", "大模型服务无法连接或出错（" + detail + "）。",
                "The language model service could not be reached or failed (" + detail + ").");
    }

    public static Degradation quotaExhausted() {
        return of("quota-exhausted", "本院的大模型算力配额已用尽（HTTP 429）。",
                "This hospital's model quota is exhausted (HTTP 429).");
    }

    public static Degradation timeout() {
        return of("timeout", "大模型在时限内未作答。", "The language model did not answer in time.");
    }

    public static Degradation invalidOutput(String detail) {
        return of("invalid-output", "大模型两次给出的结果格式无效（" + detail + "），已弃用。",
                "The language model's output was malformed twice (" + detail + ") and was discarded.");
    }

    public static Degradation unsafeOutput(String found) {
        return of("unsafe-output", "大模型的回答含有处方或剂量内容（“" + found + "”），已弃用：AI 不得开具处方。",
                "The language model's answer contained a prescription or dose (\"" + found
                        + "\") and was discarded: AI output may not prescribe.");
    }

    private static Degradation of(String code, String zh, String en) {
        return new Degradation(code, new Text(zh + ENGINE_ONLY_ZH, en + " " + ENGINE_ONLY_EN));
    }
}

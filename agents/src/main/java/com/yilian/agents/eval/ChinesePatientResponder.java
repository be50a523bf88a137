package com.yilian.agents.eval;

import com.yilian.agents.engine.Answer;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A DDXPlus patient who speaks Chinese as a patient would: the opening message names the initial evidence in
 * everyday words, yes/no questions get 有 / 没有, scales a number, categorical and multi-choice questions the value
 * text. Used to drive the intake interview end to end through its natural-language interface.
 */
public final class ChinesePatientResponder {

    /** Everyday words for the commonest opening complaints; other complaints use the clinical term's first part. */
    private static final Map<String, String> OPENING = Map.ofEntries(
            Map.entry("E_53", "身上疼"), Map.entry("E_201", "咳嗽"), Map.entry("E_66", "喘不上气"),
            Map.entry("E_181", "鼻塞流鼻涕"), Map.entry("E_91", "发烧"), Map.entry("E_129", "起疹子"),
            Map.entry("E_151", "身上有的地方肿了"), Map.entry("E_177", "身上有的地方发麻"), Map.entry("E_77", "咳痰，痰是黄的"), Map.entry("E_50", "出汗特别多"),
            Map.entry("E_89", "总觉得很累"), Map.entry("E_144", "浑身肌肉酸痛"), Map.entry("E_148", "恶心想吐"),
            Map.entry("E_97", "嗓子疼"), Map.entry("E_45", "咳血"), Map.entry("E_155", "心慌"), Map.entry("E_82", "头晕"));
    private static final Pattern TERM_SPLIT = Pattern.compile("[/（）()、，,]");

    private final KnowledgeBase kb;
    private final DdxPatient patient;

    public ChinesePatientResponder(KnowledgeBase kb, DdxPatient patient) {
        this.kb = kb;
        this.patient = patient;
    }

    /** The first message: the complaint the patient came with. */
    public String openingMessage() {
        String code = patient.initialEvidence();
        String words = OPENING.get(code);
        if (words == null) words = "有" + TERM_SPLIT.split(kb.evidence(code).term().zh())[0].trim() + "的情况";
        return "医生您好，我最近" + words + "。";
    }

    /** The reply to the question with this evidence code, from the patient's evidence list (absent: no / default). */
    public String answer(String evidenceCode) {
        Evidence e = kb.evidence(evidenceCode);
        Answer a = patient.complete().answers().get(evidenceCode);
        if (e.type() == EvidenceType.BINARY) return a != null && a.positive() ? "有" : "没有";
        if (a == null || !a.positive()) return "没有";
        List<String> reported = new TreeSet<>(a.values()).stream().filter(v -> !v.equals(e.defaultValue())).toList();
        if (reported.stream().allMatch(v -> v.matches("\\d+"))) return "大概" + reported.get(0) + "分";
        if (reported.size() == 1 && "是".equals(e.valueText(reported.get(0)).zh())) return "是的";
        return String.join("、", reported.stream().map(v -> e.valueText(v).zh()).toList());
    }
}

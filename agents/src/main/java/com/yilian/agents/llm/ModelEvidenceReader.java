package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.EvidenceExtractor.Mention;
import com.yilian.agents.baseline.Json;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a patient's free text into the knowledge base's evidence codes with the model. Codes the knowledge base does
 * not know and values a question does not have are dropped and recorded; contradictions are left to
 * {@link CheckedEvidenceExtractor}.
 */
final class ModelEvidenceReader {

    /** @param words the patient's words the finding comes from */
    public record Finding(String code, Boolean positive, List<String> values, String words) {}

    public record Reading(List<Finding> findings) {}

    private final KnowledgeBase kb;
    /** Every finding as "code term", so that the model maps the patient's words onto the knowledge base's codes. */
    private final String catalogue;

    ModelEvidenceReader(KnowledgeBase kb) {
        this.kb = kb;
        this.catalogue = kb.evidences().stream().map(e -> e.code() + " " + e.term().zh())
                .collect(Collectors.joining("；"));
    }

    List<Mention> read(ModelSession session, String message, Evidence pending, Object tools, Corrections corrections) {
        ObjectNode p = Prompts.task("把患者的话转成知识库的证据代码：findings 每项给 code、positive（患者有为 true，否认为 false）、"
                + "values（选择题所选的值代码）、words（患者的原话）；只用下面目录中的代码，没提到的不要列。"
                + " Map the patient's message onto the catalogue's evidence codes: code, positive, chosen values, the words.");
        p.put("patientMessage", message);
        if (pending != null) {
            ObjectNode q = p.putObject("pendingQuestion").put("code", pending.code()).put("question", pending.question().zh());
            if (pending.type() != EvidenceType.BINARY) {
                ObjectNode values = q.putObject("allowedValues");
                pending.values().forEach(v -> values.put(v, pending.valueText(v).zh()));
            }
        }
        p.put("catalogue", catalogue);
        Reading r = session.ask(Reading.class, "reading", Prompts.RULES, p.toPrettyString(), tools,
                (Reading x) -> x.findings() == null ? "findings is required (an empty list when nothing is said)"
                        : x.findings().stream().anyMatch(f -> f.code() == null || f.positive() == null)
                        ? "every finding needs code and positive" : null);
        List<Mention> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (!kb.hasEvidence(f.code())) {
                corrections.add("evidence", f.code(), "-", "模型给出了知识库中不存在的证据代码 " + f.code() + "，已忽略。",
                        "The model gave evidence code " + f.code() + ", unknown to the knowledge base; ignored.");
                continue;
            }
            Evidence e = kb.evidence(f.code());
            Set<String> values = new LinkedHashSet<>();
            for (String v : f.values() == null ? List.<String>of() : f.values()) {
                if (e.values().contains(v)) values.add(v);
                else corrections.add("evidence." + e.code() + ".values", v, String.join(",", e.values()),
                        "模型给出了该问题不存在的选项 " + v + "，已忽略。", "The model chose value " + v
                                + ", which question " + e.code() + " does not have; ignored.");
            }
            String words = Texts.orElse(f.words(), e.term().zh());
            out.add(new Mention(e.code(), f.positive(), values, words, Math.max(0, message.indexOf(words))));
        }
        return out;
    }
}

package com.yilian.agents.baseline;

import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads findings said in words no table lists (嗓子眼儿疼得咽口水都难受, 老是喘不上气): each clause of the message is
 * embedded with the in-process Chinese model and mapped to the nearest yes/no finding of the question bank, when it
 * is close enough ({@link #threshold}) and clearly closer than the next finding ({@link #margin}). Negation is the
 * lexical reader's, over the clause's own words. Same text, same mentions: inference is deterministic on the CPU.
 */
public final class EmbeddingEvidenceExtractor implements EvidenceExtractor {

    /** Tuned on the tuning half of the labelled utterances (EvidenceReadingEvaluationTest); see the README. */
    public static final double DEFAULT_THRESHOLD = 0.64;
    public static final double DEFAULT_MARGIN = 0.02;

    /** Words that carry no finding: a clause of only these (有, 没有, 是的, 医生您好, 大概7分) is not embedded. */
    private static final Pattern NO_CONTENT = Pattern.compile(
            "医生|大夫|您好|你好|谢谢|我|您|你|是的|是|不是|对|嗯|有|没有|没|不|大概|可能|好像|也|就|都|还|吧|啊|呢|了|的|吗|哦|呀|分|最近|这几天|一点");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final List<EvidencePhrases.Phrase> phrases;
    private final double threshold;
    private final double margin;
    private volatile List<float[]> vectors;   // lazily: the model loads on the first message that needs it

    public EmbeddingEvidenceExtractor(KnowledgeBase kb) {
        this(kb, DEFAULT_THRESHOLD, DEFAULT_MARGIN);
    }

    public EmbeddingEvidenceExtractor(KnowledgeBase kb, double threshold, double margin) {
        this.phrases = EvidencePhrases.of(kb);
        this.threshold = threshold;
        this.margin = margin;
    }

    @Override
    public List<Mention> extract(String text) {
        List<Mention> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        for (Clauses.Clause c : Clauses.of(text)) read(c).ifPresent(out::add);
        return out;
    }

    /** The finding one clause names, if any is near enough. */
    Optional<Mention> read(Clauses.Clause clause) {
        if (!hasContent(clause.text())) return Optional.empty();
        float[] v = ChineseEmbeddings.embed(clause.text());
        List<float[]> bank = vectors();
        String bestCode = null;
        double best = -1, second = -1;
        // Best score per finding over its phrases; the runner-up must be a different finding.
        Map<String, Double> perCode = new LinkedHashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            perCode.merge(phrases.get(i).code(), ChineseEmbeddings.cosine(v, bank.get(i)), Math::max);
        }
        for (var e : perCode.entrySet()) {
            if (e.getValue() > best) {
                second = best;
                best = e.getValue();
                bestCode = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (bestCode == null || best < threshold || best - second < margin) return Optional.empty();
        String lower = clause.text().toLowerCase(Locale.ROOT);
        boolean negated = LexicalEvidenceExtractor.negated(lower, lower.length(), lower.length());
        return Optional.of(new Mention(bestCode, !negated, Set.of(), clause.text(), clause.start()));
    }

    private static boolean hasContent(String clause) {
        String rest = NO_CONTENT.matcher(clause).replaceAll("");
        return HAN.matcher(rest).results().count() >= 2;
    }

    private List<float[]> vectors() {
        List<float[]> v = vectors;
        if (v == null) {
            synchronized (this) {
                v = vectors;
                if (v == null) vectors = v = ChineseEmbeddings.phrases(phrases.stream().map(EvidencePhrases.Phrase::text).toList());
            }
        }
        return v;
    }
}

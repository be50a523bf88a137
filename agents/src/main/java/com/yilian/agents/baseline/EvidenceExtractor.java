package com.yilian.agents.baseline;

import java.util.List;
import java.util.Set;

/**
 * Finds the knowledge base's findings in a patient's free text (Chinese or English), with negation: by listed words
 * ({@link LexicalEvidenceExtractor}), by meaning ({@link EmbeddingEvidenceExtractor}), or both
 * ({@link CombinedEvidenceExtractor}, the engine agents' default).
 */
public interface EvidenceExtractor {

    /**
     * One finding the text mentions.
     *
     * @param code     evidence code
     * @param positive false when the text denies it (没有发烧, 不咳嗽, 否认胸痛, no fever)
     * @param values   values of a categorical or multi-choice evidence the text names; empty for yes/no
     * @param span     the words that matched, as the patient wrote them
     * @param start    where the span starts in the text
     */
    record Mention(String code, boolean positive, Set<String> values, String span, int start) {
        public Mention {
            values = Set.copyOf(values);
        }
    }

    /** Mentions in the order they appear; never throws on odd text. */
    List<Mention> extract(String text);
}

package com.yilian.agents.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The engine interviewer's default reader: the lexical reader first, because a listed phrase is an exact reading;
 * the embedding reader for the clauses in which the lexical reader found nothing. A one-character hit (疼, 痛, 咳, 肿,
 * 喘) is not exact: it says little about which finding is meant (嗓子眼儿疼 is a sore throat, 骨头缝里酸疼 muscle
 * aches), so in its clause the embedding reader's finding, when it has one, replaces it.
 */
public final class CombinedEvidenceExtractor implements EvidenceExtractor {

    private static final System.Logger LOG = System.getLogger(CombinedEvidenceExtractor.class.getName());

    private final LexicalEvidenceExtractor lexical;
    private final EmbeddingEvidenceExtractor embedding;
    /** Set when the model cannot run here (e.g. no native runtime for the platform): read lexically, keep going. */
    private volatile boolean embeddingUnavailable;

    public CombinedEvidenceExtractor(LexicalEvidenceExtractor lexical, EmbeddingEvidenceExtractor embedding) {
        this.lexical = lexical;
        this.embedding = embedding;
    }

    @Override
    public List<Mention> extract(String text) {
        List<Mention> lexicalMentions = lexical.extract(text);
        if (text == null || text.isBlank()) return lexicalMentions;
        List<Mention> out = new ArrayList<>();
        List<Clauses.Clause> clauses = Clauses.of(text);
        for (Clauses.Clause c : clauses) {
            List<Mention> inClause = lexicalMentions.stream()
                    .filter(m -> m.start() >= c.start() && m.start() < c.end()).toList();
            boolean exact = inClause.stream().anyMatch(m -> m.span().length() > 1);
            Optional<Mention> embedded = exact ? Optional.empty() : readEmbedded(c);
            if (embedded.isPresent()) out.add(embedded.get());
            else out.addAll(inClause);
        }
        // Lexical mentions outside every clause (none today) are kept rather than lost.
        lexicalMentions.stream().filter(m -> !out.contains(m) && clauses.stream()
                .noneMatch(c -> m.start() >= c.start() && m.start() < c.end())).forEach(out::add);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private Optional<Mention> readEmbedded(Clauses.Clause clause) {
        if (embeddingUnavailable) return Optional.empty();
        try {
            return embedding.read(clause);
        } catch (RuntimeException | LinkageError e) {
            // An interview must not fail because the model would not load: the lexical reading still stands.
            embeddingUnavailable = true;
            LOG.log(System.Logger.Level.WARNING, "Chinese embedding model unavailable; reading free text lexically only", e);
            return Optional.empty();
        }
    }
}

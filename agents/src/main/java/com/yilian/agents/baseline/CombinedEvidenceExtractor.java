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

    private final LexicalEvidenceExtractor lexical;
    private final EmbeddingEvidenceExtractor embedding;

    public CombinedEvidenceExtractor(LexicalEvidenceExtractor lexical, EmbeddingEvidenceExtractor embedding) {
        this.lexical = lexical;
        this.embedding = embedding;
    }

    @Override
    public List<Mention> extract(String text) {
        List<Mention> lexicalMentions = lexical.extract(text);
        if (text == null || text.isBlank()) return lexicalMentions;
        List<Mention> out = new ArrayList<>();
        for (Clauses.Clause c : Clauses.of(text)) {
            List<Mention> inClause = lexicalMentions.stream()
                    .filter(m -> m.start() >= c.start() && m.start() < c.end()).toList();
            boolean exact = inClause.stream().anyMatch(m -> m.span().length() > 1);
            Optional<Mention> embedded = exact ? Optional.empty() : embedding.read(c);
            if (embedded.isPresent()) out.add(embedded.get());
            else out.addAll(inClause);
        }
        // Lexical mentions outside every clause (none today) are kept rather than lost.
        lexicalMentions.stream().filter(m -> !out.contains(m) && Clauses.of(text).stream()
                .noneMatch(c -> m.start() >= c.start() && m.start() < c.end())).forEach(out::add);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}

package com.yilian.agents.baseline;

import org.junit.jupiter.api.Test;

import static com.yilian.agents.baseline.AgentFixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedding reader and how it is combined with the lexical one. */
class EmbeddingEvidenceExtractorTest {

    private static final LexicalEvidenceExtractor LEXICAL = new LexicalEvidenceExtractor(ENGINE.knowledgeBase());
    private static final EmbeddingEvidenceExtractor EMBEDDING = new EmbeddingEvidenceExtractor(ENGINE.knowledgeBase());
    private static final CombinedEvidenceExtractor COMBINED = new CombinedEvidenceExtractor(LEXICAL, EMBEDDING);

    @Test
    void readsAPhrasingNoTableListsAndTheNegationInItsClause() {
        assertThat(LEXICAL.extract("心跳得快要蹦出来了")).extracting(EvidenceExtractor.Mention::code)
                .doesNotContain("E_155");
        assertThat(COMBINED.extract("心跳得快要蹦出来了")).extracting(m -> m.code() + ":" + m.positive())
                .containsExactly("E_155:true");
        assertThat(LEXICAL.extract("睡到半夜突然喘不过来")).extracting(m -> m.code() + ":" + m.positive())
                .containsExactly("E_66:true");
        assertThat(COMBINED.extract("我咳嗽，鼻子通气挺好的")).extracting(m -> m.code() + ":" + m.positive())
                .containsExactly("E_201:true", "E_181:false");
    }

    @Test
    void lexicalReadingsStandAndClausesWithoutContentAreNotEmbedded() {
        assertThat(COMBINED.extract("我咳嗽三天了，没有发烧")).isEqualTo(LEXICAL.extract("我咳嗽三天了，没有发烧"));
        for (String noContent : new String[] {"有", "没有", "是的", "医生您好", "大概7分", "嗯嗯"}) {
            assertThat(EMBEDDING.extract(noContent)).as(noContent).isEmpty();
        }
    }

    @Test
    void aOneCharacterLexicalHitGivesWayToTheEmbeddingReading() {
        // 疼 alone is "pain" (E_53) to the table; the clause is about the throat.
        assertThat(LEXICAL.extract("嗓子眼儿疼得咽口水都难受")).extracting(EvidenceExtractor.Mention::code)
                .containsExactly("E_53");
        assertThat(COMBINED.extract("嗓子眼儿疼得咽口水都难受")).extracting(EvidenceExtractor.Mention::code)
                .doesNotContain("E_53").isNotEmpty();
    }

    @Test
    void sameTextSameReading() {
        String text = "这两天老是喘不上气，嗓子眼儿疼得咽口水都难受，没怎么发烧";
        assertThat(new CombinedEvidenceExtractor(LEXICAL, new EmbeddingEvidenceExtractor(ENGINE.knowledgeBase()))
                .extract(text)).isEqualTo(COMBINED.extract(text));
    }
}

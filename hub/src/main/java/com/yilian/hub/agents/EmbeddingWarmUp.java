package com.yilian.hub.agents;

import com.yilian.agents.baseline.ChineseEmbeddings;
import com.yilian.agents.baseline.EmbeddingEvidenceExtractor;
import com.yilian.agents.engine.DiagnosticEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the in-process Chinese embedding model and embeds the question bank right after start-up, in the
 * background: otherwise the first patient of the day waits seconds for it in the middle of an interview.
 */
@Component
@ConditionalOnProperty(name = "yilian.agents.warm-up", havingValue = "true", matchIfMissing = true)
class EmbeddingWarmUp {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingWarmUp.class);

    private final DiagnosticEngine engine;

    EmbeddingWarmUp(DiagnosticEngine engine) {
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("embedding-warm-up").start(() -> {
            long t0 = System.nanoTime();
            try {
                new EmbeddingEvidenceExtractor(engine.knowledgeBase()).extract("这两天嗓子有点疼");
                log.info("Chinese embedding model ready in {} ms (model load {} ms)",
                        (System.nanoTime() - t0) / 1_000_000, ChineseEmbeddings.loadMillis());
            } catch (RuntimeException | LinkageError e) {
                // The interviewer still reads text lexically; say why the better reader is missing.
                log.warn("Chinese embedding model could not be loaded; interviews read free text lexically only", e);
            }
        });
    }
}

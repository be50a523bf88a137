package com.yilian.agents.deid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeidMetricsTest {
    @Test
    void anIdentifierMaskedUnderAnotherKindCountsAsMaskedNotAsRecalled() {
        DeidMetrics m = new DeidMetrics();
        // A record number masked as a bank card, a phone masked in two pieces, a name left half open.
        m.add(List.of(new Span(0, 17, EntityKind.MEDICAL_RECORD), new Span(20, 31, EntityKind.PHONE),
                new Span(40, 43, EntityKind.NAME)),
                List.of(new Span(0, 17, EntityKind.BANK_CARD), new Span(20, 24, EntityKind.PHONE),
                        new Span(24, 31, EntityKind.PHONE), new Span(40, 42, EntityKind.NAME)));
        assertThat(m.maskedRecall()).isEqualTo(2.0 / 3);
        assertThat(m.overall().recall()).isZero();
        assertThat(m.report()).contains("masked by any placeholder: 0.6667 (2 of 3)");
    }
}

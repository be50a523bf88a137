package com.yilian.agents.eval;

import com.yilian.agents.engine.Candidate;
import com.yilian.agents.engine.Differential;
import com.yilian.agents.knowledge.Text;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The metrics on two patients worked out by hand. */
class MetricsTest {

    static Candidate c(String id, double p, double plausibility) {
        return new Candidate(id, "X00", new Text(id, id), p, plausibility, 3, false);
    }

    @Test
    void computesTheDdxplusMetricsAsWorkedOutByHand() {
        Metrics m = new Metrics(0.1);
        // Patient 1: truth A, differential {A, B, C}; predicted ranking A, B, D; plausible (>= 0.1): A, B, D.
        Differential d1 = new Differential("v", List.of(c("A", 0.6, 0.5), c("B", 0.3, 0.3), c("D", 0.1, 0.15), c("C", 0.0, 0.05)));
        m.add("A", truth("A", "B", "C"), d1, 4, 2_000_000, false);
        // Patient 2: truth C, differential {C}; predicted ranking B, D, C; plausible: B only.
        Differential d2 = new Differential("v", List.of(c("B", 0.7, 0.9), c("D", 0.2, 0.05), c("C", 0.1, 0.05), c("A", 0.0, 0.0)));
        m.add("C", truth("C"), d2, 10, 4_000_000, true);
        Metrics.Report r = m.report();
        assertThat(r.n()).isEqualTo(2);
        assertThat(r.gtpa1()).isEqualTo(0.5);          // A right, B wrong
        assertThat(r.gtpa3()).isEqualTo(1.0);          // C is third for patient 2
        // Recall: 2/3 and 0/1 -> 1/3. Precision: 2/3 and 0/1 -> 1/3. F1 of the means: 1/3.
        assertThat(r.ddr()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.ddp()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.ddf1()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.il()).isEqualTo(7.0);
        assertThat(r.msPerPatient()).isCloseTo(3.0, within(1e-9));
        assertThat(r.redFlagStops()).isEqualTo(1);
        assertThat(r.perCondition().get("A")).containsExactly(1, 1);
        assertThat(r.perCondition().get("C")).containsExactly(1, 0);
    }

    @Test
    void f1IsTheHarmonicMeanOfMeanRecallAndPrecision() {
        Metrics m = new Metrics(0.2);
        // Truth {A, B}; plausible {A, B, C, D} -> recall 1, precision 1/2, F1 2/3.
        Differential d = new Differential("v", List.of(c("A", 0.4, 0.25), c("B", 0.3, 0.25), c("C", 0.2, 0.25), c("D", 0.1, 0.25)));
        m.add("A", truth("A", "B"), d, 0, 0, false);
        Metrics.Report r = m.report();
        assertThat(r.ddr()).isEqualTo(1.0);
        assertThat(r.ddp()).isEqualTo(0.5);
        assertThat(r.ddf1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    static Map<String, Double> truth(String... ids) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String id : ids) m.put(id, 1.0 / ids.length);
        return m;
    }
}

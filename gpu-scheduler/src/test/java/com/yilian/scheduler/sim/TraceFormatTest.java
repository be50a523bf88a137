package com.yilian.scheduler.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.scheduler.Priority;
import com.yilian.tenants.DataClass;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceFormatTest {
    private static final Set<String> TENANTS = Set.of("a", "b");

    private static Trace read(String text) throws Exception {
        return TraceFormat.read("t.jsonl", new BufferedReader(new StringReader(text)), TENANTS);
    }

    @Test
    void readsLinesAndSortsThemByTime() throws Exception {
        Trace t = read("""
                {"t_ms": 500, "tenant": "b", "priority": "batch", "data_class": "public", "prompt_tokens": 5, "output_tokens": 6}

                {"t_ms": 10, "tenant": "a", "priority": "interactive", "data_class": "phi", "prompt_tokens": 1, "output_tokens": 2}
                """);
        assertThat(t.problems()).isEmpty();
        assertThat(t.records()).containsExactly(
                new TraceRecord(10, "a", Priority.INTERACTIVE, DataClass.PHI, 1, 2),
                new TraceRecord(500, "b", Priority.BATCH, DataClass.PUBLIC, 5, 6));
    }

    @Test
    void skipsEachBadLineWithItsNumberAndWhatIsAllowed() throws Exception {
        Trace t = read(String.join("\n",
                "{\"t_ms\": 1, \"tenant\": \"a\", \"priority\": \"standard\", \"data_class\": \"phi\", \"prompt_tokens\": 1, \"output_tokens\": 1}",
                "{\"t_ms\": 2, \"tenant\": \"zz\", \"priority\": \"standard\", \"data_class\": \"phi\", \"prompt_tokens\": 1, \"output_tokens\": 1}",
                "{\"t_ms\": 3, \"tenant\": \"a\", \"priority\": \"urgent\", \"data_class\": \"phi\", \"prompt_tokens\": 1, \"output_tokens\": 1}",
                "{\"t_ms\": 4, \"tenant\": \"a\", \"priority\": \"batch\", \"data_class\": \"secret\", \"prompt_tokens\": 1, \"output_tokens\": 1}",
                "{\"t_ms\": -4, \"tenant\": \"a\", \"priority\": \"batch\", \"data_class\": \"phi\", \"prompt_tokens\": 1, \"output_tokens\": 1}",
                "{\"t_ms\": 5, \"tenant\": \"a\", \"priority\": \"batch\", \"data_class\": \"phi\", \"prompt_tokens\": \"many\", \"output_tokens\": 1}",
                "{\"t_ms\": 6, \"tenant\": \"a\", \"priority\": \"batch\", \"data_class\": \"phi\", \"prompt_tokens\": 1}",
                "not json at all",
                "[1, 2]"));
        assertThat(t.records()).hasSize(1);
        assertThat(t.problems()).hasSize(8);
        assertThat(t.problems().get(0)).startsWith("t.jsonl:2: unknown tenant \"zz\"").endsWith("a, b");
        assertThat(t.problems().get(1)).isEqualTo("t.jsonl:3: priority \"urgent\" is not one of interactive, standard, batch");
        assertThat(t.problems().get(2)).isEqualTo("t.jsonl:4: data_class \"secret\" is not one of phi, deidentified, public");
        assertThat(t.problems().get(3)).startsWith("t.jsonl:5: \"t_ms\" must be at least 0");
        assertThat(t.problems().get(4)).startsWith("t.jsonl:6: \"prompt_tokens\" must be a whole number");
        assertThat(t.problems().get(5)).isEqualTo("t.jsonl:7: missing \"output_tokens\"");
        assertThat(t.problems().get(6)).startsWith("t.jsonl:8: not a JSON object");
        assertThat(t.problems().get(7)).isEqualTo("t.jsonl:9: not a JSON object");
    }

    @Test
    void threeGeneratedDaysRepeatTheDayEachWithItsOwnMorningPeak() {
        List<TraceRecord> days = new TraceGenerator(SmallConsortium.of(), 3).generate(72);
        assertThat(days).isSortedAccordingTo(java.util.Comparator.comparingLong(TraceRecord::tMs));
        for (int d = 0; d < 3; d++) {
            long from = d * 24L;
            long morning = days.stream().filter(r -> r.tMs() / 3_600_000 >= from + 8 && r.tMs() / 3_600_000 < from + 10)
                    .count();
            long lull = days.stream().filter(r -> r.tMs() / 3_600_000 >= from + 12 && r.tMs() / 3_600_000 < from + 14)
                    .count();
            assertThat(morning).as("day " + d).isGreaterThan(3 * lull);
        }
        assertThat(days.get(days.size() - 1).tMs()).isBetween(71 * 3_600_000L, 72 * 3_600_000L);
    }

    @Test
    void aGeneratedDayHasMorningPeaksOvernightBatchAndTwentyToFortyPercentPhi() throws Exception {
        var consortium = SmallConsortium.of();
        List<TraceRecord> day = new TraceGenerator(consortium, 3).generate(24);
        StringWriter out = new StringWriter();
        TraceFormat.write(day, out);
        Set<String> tenants = Set.copyOf(consortium.tenants().stream().map(t -> t.id()).toList());
        Trace back = TraceFormat.read("day", new BufferedReader(new StringReader(out.toString())), tenants);
        assertThat(back.problems()).isEmpty();
        assertThat(back.records()).isEqualTo(day);

        long morning = day.stream().filter(r -> hour(r) >= 8 && hour(r) < 10).count();
        long lull = day.stream().filter(r -> hour(r) >= 12 && hour(r) < 14).count();
        assertThat(morning).isGreaterThan(3 * lull);
        long nightBatch = day.stream().filter(r -> hour(r) < 5 && r.priority() == Priority.BATCH).count();
        assertThat(nightBatch).isGreaterThan(day.stream().filter(r -> hour(r) < 5).count() / 2);
        for (var t : consortium.tenants()) {
            List<TraceRecord> mine = day.stream().filter(r -> r.tenant().equals(t.id())).toList();
            double phi = mine.stream().filter(r -> r.dataClass() == DataClass.PHI).count() / (double) mine.size();
            assertThat(phi).as(t.id()).isBetween(0.2, 0.4);
        }
    }

    private static double hour(TraceRecord r) {
        return r.tMs() / 3_600_000.0;
    }
}

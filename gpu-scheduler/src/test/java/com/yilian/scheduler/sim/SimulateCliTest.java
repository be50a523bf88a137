package com.yilian.scheduler.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String command, String... args) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return command.equals("trace") ? TraceCli.run(List.of(args), o, e) : SimulateCli.run(List.of(args), o, e);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneJsonObjectWithEveryFieldPerPolicyAndSkipsBadLines() throws Exception {
        Path trace = dir.resolve("t.jsonl");
        assertThat(run("trace", "generate", "--seed", "5", "--hours", "0.05", "--out", trace.toString())).isZero();
        Files.writeString(trace, Files.readString(trace) + "{\"t_ms\": 1, \"tenant\": \"nobody\"}\n");
        int lines = Files.readAllLines(trace).size();

        assertThat(run("simulate", "--trace", trace.toString(), "--policies", "fcfs,static,vtc,yilian")).isZero();

        assertThat(err()).contains("t.jsonl:" + lines + ": unknown tenant \"nobody\"").contains("(line skipped)");
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.fieldNames()).toIterable().containsExactly("policies");
        assertThat(root.get("policies").fieldNames()).toIterable().containsExactly("fcfs", "static", "vtc", "yilian");
        for (JsonNode p : root.get("policies")) {
            assertThat(p.fieldNames()).toIterable().containsExactly("throughput_tok_s", "avg_service_diff",
                    "avg_service_diff_stderr",
                    "max_service_diff", "service_diff_windows", "jain", "work_conservation", "reclaim_p99_s",
                    "reclaim_episodes", "reclaim_p99_s_any_below_guarantee", "reclaim_episodes_any_below_guarantee",
                    "slo_attainment", "gpu_hours", "remote_tokens", "remote_cost", "phi_remote",
                    "service_diff_same_windows");
            assertThat(p.get("slo_attainment").fieldNames()).toIterable()
                    .containsExactly("all", "interactive", "by_tenant", "by_tenant_peak_hour");
            assertThat(p.get("slo_attainment").get("by_tenant").fieldNames()).toIterable()
                    .containsExactly("linjiang-first", "chengdong-chc", "nanhu-chc", "xishan-thc");
            assertThat(p.get("slo_attainment").get("by_tenant_peak_hour").fieldNames()).toIterable()
                    .containsExactly("linjiang-first", "chengdong-chc", "nanhu-chc", "xishan-thc");
            assertThat(p.get("phi_remote").asLong()).isZero();
            assertThat(p.get("throughput_tok_s").isNumber()).isTrue();
        }
    }

    @Test
    void anUnknownPolicyNamesTheAllowedOnes() {
        assertThat(run("simulate", "--trace", "x.jsonl", "--policies", "fcfs,lottery")).isEqualTo(2);
        assertThat(err()).contains("unknown policy \"lottery\"; the policies are fcfs, static, vtc, yilian");
    }

    @Test
    void aMissingFileIsAMessageNotAStackTrace() {
        assertThat(run("simulate", "--trace", dir.resolve("none.jsonl").toString())).isEqualTo(2);
        assertThat(err()).contains("none.jsonl: it does not exist").doesNotContain("Exception");
        assertThat(run("simulate", "--trace", "t", "--consortium", dir.resolve("c.yaml").toString())).isEqualTo(2);
        assertThat(err()).contains("c.yaml").doesNotContain("Exception");
    }

    @Test
    void badOptionsAreNamed() {
        assertThat(run("simulate", "--tracefile", "x")).isEqualTo(2);
        assertThat(err()).contains("unknown argument --tracefile").contains("--trace");
        assertThat(run("simulate", "--trace", "x", "--replicas-per-pool", "nowhere=2")).isEqualTo(2);
        assertThat(err()).contains("no local pool \"nowhere\"; the local pools are local-qwen, local-intake");
        assertThat(run("trace", "generate", "--hours", "-1")).isEqualTo(2);
        assertThat(err()).contains("--hours must be a number from");
        assertThat(run("trace", "sample")).isEqualTo(2);
        assertThat(err()).contains("usage: trace generate");
    }

    @Test
    void traceGenerateWritesJsonLinesToStandardOutput() {
        assertThat(run("trace", "generate", "--seed", "1", "--hours", "0.01")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).isNotEmpty().allMatch(l -> l.startsWith("{\"t_ms\":"));
    }
}

package com.yilian.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.hub.support.HubProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's command-line tools, run as IT runs them. */
class CommandLineIT {

    @TempDir
    Path work;

    record Run(int exit, String out) {
    }

    @Test
    void validateReportsEveryProblemWithLineAndExitsNonZero() throws Exception {
        Path bad = work.resolve("bad.yaml");
        Files.writeString(bad, """
                consortium:
                  id: test
                  name: { zh: 测试, en: Test }
                modelPools: []
                tenants:
                  - id: only
                    tier: teritary
                """, StandardCharsets.UTF_8);
        Run run = run(List.of("tenants", "validate", bad.toString()), "");
        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).contains("bad.yaml:7:").contains("tenants[0].tier");
    }

    @Test
    void validateAcceptsTheExampleWrittenOnFirstStart() throws Exception {
        Path good = work.resolve("tenants.yaml");
        Files.writeString(good, com.yilian.tenants.ExampleConsortium.yaml(), StandardCharsets.UTF_8);
        Run run = run(List.of("tenants", "validate", good.toString()), "");
        assertThat(run.exit()).as(run.out()).isZero();
    }

    @Test
    void hashPasswordReadsStandardInputAndPrintsABcryptHash() throws Exception {
        Run run = run(List.of("tenants", "hash-password"), "a-long-enough-password\n");
        assertThat(run.exit()).isZero();
        assertThat(run.out().trim()).startsWith("{bcrypt}$2a$");
        assertThat(run(List.of("tenants", "hash-password"), "short\n").exit()).isNotZero();
    }

    @Test
    void unknownCommandPrintsUsage() throws Exception {
        Run run = run(List.of("frobnicate"), "");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("usage:").contains("tenants validate FILE");
    }

    @Test
    void theHubRefusesToStartOnABadConsortiumFileAndSaysWhatToFix() throws Exception {
        Path dataDir = work.resolve("data");
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("tenants.yaml"), com.yilian.tenants.ExampleConsortium.yaml()
                .replaceFirst("tier: community", "tier: comunity"), StandardCharsets.UTF_8);
        Run run = run(List.of("--server.port=0", "--yilian.data-dir=" + dataDir), "");
        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).contains("is not valid").contains("tenants[1].tier").contains("did you mean `community`")
                .contains("tenants validate");
    }

    @Test
    void aGeneratedTraceReplaysAgainstThePolicies() throws Exception {
        Path trace = work.resolve("day.jsonl");
        assertThat(run(List.of("trace", "generate", "--seed", "5", "--hours", "1", "--out", trace.toString()), "").exit())
                .isZero();
        Run run = run(List.of("simulate", "--trace", trace.toString(), "--policies", "fcfs,yilian"), "");
        assertThat(run.exit()).as(run.out()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out().substring(run.out().indexOf('{')));
        assertThat(json.get("policies").get("yilian").get("phi_remote").asInt()).isZero();
        assertThat(json.get("policies").get("fcfs").get("throughput_tok_s").asDouble()).isPositive();
    }

    @Test
    void deidReplacesIdentifiersLineByLine() throws Exception {
        Run run = run(List.of("deid"), "患者张伟，身份证号110101199003074514，电话13912345678，主诉咳嗽三天。\n无特殊。\n");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("[姓名1]").contains("[身份证号1]").contains("[电话1]").contains("主诉咳嗽三天")
                .doesNotContain("张伟").doesNotContain("110101199003074514").doesNotContain("13912345678")
                .contains("无特殊。");
    }

    private Run run(List<String> args, String stdin) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(HubProcess.javaCommand(args.toArray(String[]::new)))
                .redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }
}

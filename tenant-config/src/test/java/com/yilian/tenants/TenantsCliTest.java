package com.yilian.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantsCliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return TenantsCli.run(List.of(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                raw -> "{test}" + new StringBuilder(raw).reverse());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aValidFileExitsZeroWithASummary() throws IOException {
        Path file = write("example.yaml", ExampleConsortium.yaml());
        assertThat(run("", "validate", file.toString())).isZero();
        assertThat(out()).isEqualTo(file + ": valid; consortium linjiang: 4 hospitals, 13 people, 3 model pools"
                + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void problemsGoToStandardErrorOneLineEachAndExitOne() throws IOException {
        Path file = write("tenants.yaml", TestYaml.VALID.with("share: 0.6", "share: 1.4")
                .with("kind: remote", "kind: cloud").text());
        assertThat(run("", "validate", file.toString())).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err().lines()).containsExactly(
                file + ":13:11: modelPools[1].kind: unknown pool kind `cloud`; allowed: local, remote",
                file + ":23:14: tenants[0].quota.share: must be between 0 and 1, was 1.4");
    }

    @Test
    void anUnreadableFileIsAProblemToo() {
        Path absent = dir.resolve("absent.yaml");
        assertThat(run("", "validate", absent.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(absent + ": cannot read the file: it does not exist" + System.lineSeparator());
    }

    @Test
    void wrongUsageExitsTwoWithTheUsageOnStandardError() {
        assertThat(run("", "validate")).isEqualTo(2);
        assertThat(err()).startsWith("usage: java -jar yilian-hub.jar tenants <command>").contains("validate FILE");
        assertThat(run("", "check", "x.yaml")).isEqualTo(2);
        assertThat(run("")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(run("", "--help")).isZero();
        assertThat(out()).contains("api-key-hash");
    }

    @Test
    void apiKeyHashPrintsTheHashOfTheKeyOnStandardInput() {
        assertThat(run("demo-key-nanhu-chc\n", "api-key-hash")).isZero();
        String hash = out().strip();
        assertThat(hash).isEqualTo(ApiKeyHash.of("demo-key-nanhu-chc"));
        assertThat(ExampleConsortium.load().consortium().tenant("nanhu-chc").orElseThrow().apiKeys().get(0).keyHash())
                .isEqualTo(hash);
    }

    @Test
    void apiKeyHashRefusesAnEmptyKey() {
        assertThat(run("\n", "api-key-hash")).isEqualTo(1);
        assertThat(err()).startsWith("no API key on standard input");
        assertThat(out()).isEmpty();
    }

    @Test
    void hashPasswordUsesTheHashersItIsGivenAndOtherwiseSendsToTheHub() {
        assertThat(run("secret\n", "hash-password")).isZero();
        assertThat(out().strip()).isEqualTo("{test}terces");
        ByteArrayOutputStream noHasherErr = new ByteArrayOutputStream();
        int status = TenantsCli.run(List.of("hash-password"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(noHasherErr, true,
                        StandardCharsets.UTF_8), null);
        assertThat(status).isEqualTo(2);
        assertThat(noHasherErr.toString(StandardCharsets.UTF_8))
                .contains("java -jar yilian-hub.jar tenants hash-password");
    }
}

package com.yilian.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the file itself: I/O, YAML syntax, the shape of mappings and the types of values. */
class TenantConfigLoaderTest {
    private static final TestYaml VALID = TestYaml.VALID;

    @Test
    void readsTheTestConsortium() {
        LoadResult result = VALID.load();
        assertThat(result.problems()).isEmpty();
        Consortium c = result.consortium();
        assertThat(c.tenants()).extracting(Tenant::id).containsExactly("main-hospital", "small-clinic");
        assertThat(c.tenant("small-clinic").orElseThrow().parent()).isEqualTo("main-hospital");
        assertThat(c.pool("remote-b").orElseThrow().inputPricePerMillionTokens()).isEqualTo(2.0);
        assertThat(c.pool("remote-b").orElseThrow().requestsPerMinute()).isZero();
        assertThat(c.person("lead.one").orElseThrow().email()).isEqualTo("lead@main.example");
        assertThat(c.person("dr.one").orElseThrow().email()).isNull();
        assertThat(c.tenant("small-clinic").orElseThrow().dataPolicy().poolsFor(DataClass.DEIDENTIFIED)).isEmpty();
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tenants.yaml");
        Files.writeString(file, "\uFEFF" + VALID.text(), StandardCharsets.UTF_8);
        assertThat(TenantConfigLoader.load(file).ok()).isTrue();
    }

    @Test
    void aMissingFileIsAProblemNotAnException(@TempDir Path dir) {
        Path file = dir.resolve("absent.yaml");
        LoadResult result = TenantConfigLoader.load(file);
        assertThat(result.consortium()).isNull();
        assertThat(result.problems()).containsExactly(
                new ConfigProblem(file.toString(), 0, 0, "", "cannot read the file: it does not exist"));
        assertThat(result.problems().get(0)).hasToString(file + ": cannot read the file: it does not exist");
    }

    @Test
    void aDirectoryOrNonUtf8FileIsAProblem(@TempDir Path dir) throws IOException {
        assertThat(TenantConfigLoader.load(dir).problems()).singleElement()
                .extracting(ConfigProblem::message).isEqualTo("cannot read the file: it is a directory");
        Path gbk = dir.resolve("gbk.yaml");
        Files.write(gbk, "name: 临江".getBytes("GBK"));
        assertThat(TenantConfigLoader.load(gbk).problems()).singleElement()
                .extracting(ConfigProblem::message).isEqualTo("cannot read the file: it is not UTF-8 text");
    }

    @Test
    void aSyntaxErrorPointsWhereSnakeYamlFoundIt() {
        TestYaml broken = VALID.with("workflows: [intake, follow-up]", "workflows: [intake, follow-up");
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEmpty();
            // SnakeYAML notices the missing ']' at the next key, on the line after
            assertThat(p.line()).isEqualTo(broken.at("workflows: [intake, follow-up").line() + 1);
            assertThat(p.message()).startsWith("YAML syntax: expected ',' or ']'")
                    .contains("while parsing a flow sequence at line "
                            + broken.at("workflows: [intake, follow-up").line());
        });
    }

    @Test
    void aTabIndentIsASyntaxError() {
        LoadResult result = TenantConfigLoader.load("t.yaml", "consortium:\n\tid: x\n");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.toString()).startsWith("t.yaml:2:1: YAML syntax: ");
        });
    }

    @Test
    void anEmptyFileOrAListAtTheTopIsReported() {
        assertThat(TenantConfigLoader.load("t.yaml", "# nothing yet\n").problems()).singleElement()
                .hasToString("t.yaml: the file is empty; it needs the keys consortium, modelPools, tenants");
        assertThat(TenantConfigLoader.load("t.yaml", "- a\n- b\n").problems()).singleElement()
                .hasToString("t.yaml:1:1: the top level must be a mapping with the keys consortium, modelPools,"
                        + " tenants, was a list");
    }

    @Test
    void anUnknownKeySuggestsTheClosestAllowedKeyAndIsNotAlsoReportedMissing() {
        TestYaml typo = VALID.with("      share: 0.6", "      sahre: 0.6");
        typo.hasOnlyProblem(typo.at("sahre: 0.6", "sahre"), "tenants[0].quota.sahre",
                "unknown key `sahre`, did you mean `share`? Allowed keys: share, guaranteed, borrowLimit,"
                        + " dailyTokenBudget, requestsPerMinute");
    }

    @Test
    void anUnknownKeyWithNothingCloseListsTheAllowedKeys() {
        TestYaml extra = VALID.with("  id: test", "  id: test\n  region: east");
        extra.hasOnlyProblem(extra.at("region"), "consortium.region",
                "unknown key `region`; allowed keys: id, name");
        TestYaml snake = VALID.with("    workflows: [intake, referral]", "    work_flows: [intake, referral]");
        snake.hasProblem(snake.at("work_flows"), "tenants[0].work_flows", "did you mean `workflows`?");
    }

    @Test
    void aMissingRequiredFieldPointsAtTheMappingThatLacksIt() {
        TestYaml missing = VALID.with("      requestsPerMinute: 100\n", "");
        missing.hasOnlyProblem(missing.at("share: 0.6", "share"), "tenants[0].quota.requestsPerMinute",
                "required, but missing");
        TestYaml empty = VALID.with("    tier: community", "    tier: ~");
        empty.hasOnlyProblem(empty.at("tier: ~", "~"), "tenants[1].tier", "required, but empty");
    }

    @Test
    void textWhereANumberBelongsIsReportedWithItsType() {
        TestYaml text = VALID.with("dailyTokenBudget: 1000000", "dailyTokenBudget: lots");
        text.hasOnlyProblem(text.at("lots"), "tenants[0].quota.dailyTokenBudget",
                "must be a whole number, was text `lots`");
        TestYaml quoted = VALID.with("share: 0.6", "share: \"0.6\"");
        quoted.hasOnlyProblem(quoted.at("\"0.6\""), "tenants[0].quota.share",
                "must be a number, was text `0.6`; write it without quotes");
        TestYaml fraction = VALID.with("requestsPerMinute: 50", "requestsPerMinute: 50.5");
        fraction.hasOnlyProblem(fraction.at("50.5"), "tenants[1].quota.requestsPerMinute",
                "must be a whole number, was the number 50.5");
    }

    @Test
    void aListWhereAMappingBelongsAndTheReverse() {
        TestYaml list = VALID.with("  name: { zh: 测试医联体, en: Test Consortium }", "  name: [测试医联体, Test Consortium]");
        list.hasOnlyProblem(list.at("[测试医联体"), "consortium.name", "must be a mapping of key: value, was a list");
        TestYaml scalar = VALID.with("workflows: [intake, referral]", "workflows: intake");
        scalar.hasOnlyProblem(scalar.at("workflows: intake", "intake"), "tenants[0].workflows",
                "must be a list, was text `intake`");
    }

    @Test
    void aKeyWrittenTwiceIsReported() {
        TestYaml twice = VALID.with("    workflows: [intake, referral]",
                "    workflows: [intake, referral]\n    workflows: [intake]");
        twice.hasOnlyProblem(twice.at("workflows: [intake]", "workflows"), "tenants[0].workflows",
                "`workflows` appears twice in this mapping, first at line "
                        + twice.at("workflows: [intake, referral]").line());
    }

    @Test
    void mergeKeysFillInWhatAMappingDoesNotSet() {
        TestYaml merged = VALID
                .with("      share: 0.6\n      guaranteed: 0.4",
                        "      <<: &base { guaranteed: 0.4, sahre: 1 }\n      share: 0.6")
                .with("      share: 0.4\n      guaranteed: 0.2",
                        "      <<: *base\n      share: 0.4\n      guaranteed: 0.2");
        // the typo inside the anchor is reported once for each mapping that merges it, and nothing else is wrong
        assertThat(merged.problems()).extracting(ConfigProblem::field)
                .containsExactly("tenants[0].quota.sahre", "tenants[1].quota.sahre");
        Consortium clean = merged.with("sahre: 1", "borrowLimit: 0.3").load().consortium();
        assertThat(clean.tenant("main-hospital").orElseThrow().quota().guaranteed()).isEqualTo(0.4); // merged in
        assertThat(clean.tenant("small-clinic").orElseThrow().quota().guaranteed()).isEqualTo(0.2); // its own
    }

    @Test
    void aMergeKeyThatRefersToItselfEndsReading() {
        LoadResult result = TenantConfigLoader.load("t.yaml", "consortium:\n  <<: &loop [ *loop ]\n  id: linjiang\n");
        assertThat(result.problems()).extracting(ConfigProblem::field).containsExactly("tenants", "consortium.name");
    }

    @Test
    void severalMistakesAreAllReportedInFileOrder() {
        TestYaml many = VALID
                .with("  id: test", "  id: Test")
                .with("    replicas: 1", "    replicas: 0")
                .with("      share: 0.6", "      share: 1.4")
                .with("roles: [it-admin]", "roles: [it-admn]")
                .with("    parent: main-hospital", "    parent: main-hospitl");
        assertThat(many.problems()).extracting(ConfigProblem::toString).containsExactly(
                "tenants.yaml:2:7: consortium.id: must be 2 to 63 characters: a lowercase letter, then lowercase"
                        + " letters, digits or '-'; was `Test`",
                "tenants.yaml:9:15: modelPools[0].replicas: must be at least 1 for a local pool, was 0",
                "tenants.yaml:23:14: tenants[0].quota.share: must be between 0 and 1, was 1.4",
                "tenants.yaml:31:57: tenants[0].people[0].roles[0]: unknown role `it-admn`, did you mean `it-admin`?"
                        + " Allowed: clinician, clinical-lead, it-admin",
                "tenants.yaml:37:13: tenants[1].parent: unknown tenant `main-hospitl`, did you mean"
                        + " `main-hospital`? Tenants: main-hospital, small-clinic");
    }
}

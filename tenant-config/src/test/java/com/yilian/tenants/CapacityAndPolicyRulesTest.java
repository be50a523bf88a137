package com.yilian.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tiers, quotas, model pools, data policies and workflows. */
class CapacityAndPolicyRulesTest {
    private static final TestYaml VALID = TestYaml.VALID;

    @Test
    void exactlyOneTertiaryHospital() {
        TestYaml two = VALID.with("tier: community\n    parent: main-hospital\n", "tier: tertiary  # a second one\n");
        two.hasOnlyProblem(two.at("# a second one", "tertiary"), "tenants[1].tier",
                "only one tenant may be tertiary, and `main-hospital` (tenants[0]) already is");
        TestYaml none = VALID.with("tier: tertiary", "tier: community\n    parent: small-clinic");
        none.hasProblem(none.at("  - id: main-hospital", "-"), "tenants",
                "no tertiary hospital: exactly one tenant must have `tier: tertiary`");
        TestYaml unknown = VALID.with("tier: community", "tier: primary");
        unknown.hasOnlyProblem(unknown.at("primary"), "tenants[1].tier",
                "unknown tier `primary`; allowed: tertiary, community");
    }

    @Test
    void communityHospitalsNameTheirTertiaryHospitalAsParent() {
        TestYaml orphan = VALID.with("    parent: main-hospital\n", "");
        orphan.hasOnlyProblem(orphan.at("  - id: small-clinic", "id"), "tenants[1].parent",
                "required for a community hospital: the id of its tertiary hospital, `main-hospital`");
        TestYaml self = VALID.with("parent: main-hospital", "parent: small-clinic");
        self.hasOnlyProblem(self.at("parent: small-clinic", "small-clinic"), "tenants[1].parent",
                "must name the tertiary hospital; `small-clinic` is a community hospital");
        TestYaml tertiaryWithParent = VALID.with("    tier: tertiary", "    tier: tertiary\n    parent: small-clinic");
        tertiaryWithParent.hasOnlyProblem(tertiaryWithParent.at("parent: small-clinic", "small-clinic"),
                "tenants[0].parent", "a tertiary hospital has no parent; remove it");
    }

    @Test
    void quotaFractionsLieBetweenZeroAndOne() {
        TestYaml high = VALID.with("share: 0.6", "share: 1.4");
        high.hasOnlyProblem(high.at("1.4"), "tenants[0].quota.share", "must be between 0 and 1, was 1.4");
        TestYaml negative = VALID.with("borrowLimit: 0.3", "borrowLimit: -0.1");
        negative.hasOnlyProblem(negative.at("-0.1"), "tenants[1].quota.borrowLimit",
                "must be between 0 and 1, was -0.1");
        assertThat(high.problems().get(0)).hasToString("tenants.yaml:" + high.at("1.4").line() + ":14:"
                + " tenants[0].quota.share: must be between 0 and 1, was 1.4");
    }

    @Test
    void guaranteedFitsInsideShareAndBorrowingInsideTheCapacity() {
        TestYaml greedy = VALID.with("guaranteed: 0.2", "guaranteed: 0.5");
        greedy.hasOnlyProblem(greedy.at("0.5"), "tenants[1].quota.guaranteed",
                "must not exceed share (0.4): the guarantee is reserved out of the tenant's own share; was 0.5");
        TestYaml borrow = VALID.with("borrowLimit: 0.4", "borrowLimit: 0.7");
        borrow.hasOnlyProblem(borrow.at("0.7"), "tenants[0].quota.borrowLimit",
                "guaranteed + borrowLimit must not exceed 1, the consortium's whole capacity; was 0.4 + 0.7");
    }

    @Test
    void sharesAddUpToOne() {
        TestYaml over = VALID.with("share: 0.4", "share: 0.5");
        over.hasOnlyProblem(over.at("  - id: main-hospital", "-"), "tenants",
                "quota shares add up to 1.1 but must add up to 1: shares are fractions of the consortium's capacity"
                        + " (main-hospital 0.6, small-clinic 0.5)");
        TestYaml rounded = VALID.with("share: 0.6", "share: 0.6005").with("share: 0.4", "share: 0.3999");
        assertThat(rounded.problems()).isEmpty();
    }

    @Test
    void guaranteesFitInTheCapacity() {
        // with each guarantee inside its share this can only happen when the shares are too large as well
        TestYaml over = VALID
                .with("share: 0.6\n      guaranteed: 0.4", "share: 0.7\n      guaranteed: 0.6")
                .with("share: 0.4\n      guaranteed: 0.2", "share: 0.5\n      guaranteed: 0.5");
        assertThat(over.problems()).hasSize(2);
        over.hasProblem(over.at("  - id: main-hospital", "-"), "tenants", "quota shares add up to 1.2");
        over.hasProblem(over.at("  - id: main-hospital", "-"), "tenants",
                "guaranteed quotas add up to 1.1, more than the consortium's whole capacity (1) can reserve"
                        + " (main-hospital 0.6, small-clinic 0.5)");
    }

    @Test
    void budgetsAndRateLimitsArePositive() {
        TestYaml zero = VALID.with("dailyTokenBudget: 500000", "dailyTokenBudget: 0");
        zero.hasOnlyProblem(zero.at("dailyTokenBudget: 0", "0"), "tenants[1].quota.dailyTokenBudget",
                "must be greater than 0, was 0");
        TestYaml negative = VALID.with("requestsPerMinute: 100", "requestsPerMinute: -5");
        negative.hasOnlyProblem(negative.at("-5"), "tenants[0].quota.requestsPerMinute",
                "must be greater than 0, was -5");
    }

    @Test
    void localPoolsNeedTheirCapacity() {
        TestYaml missing = VALID.with("    tokensPerSecond: 1000\n", "");
        missing.hasOnlyProblem(missing.at("- id: local-a", "id"), "modelPools[0].tokensPerSecond",
                "required for a local pool, but missing");
        TestYaml zero = VALID.with("maxConcurrentSequences: 32", "maxConcurrentSequences: 0");
        zero.hasOnlyProblem(zero.at("maxConcurrentSequences: 0", "0"), "modelPools[0].maxConcurrentSequences",
                "must be at least 1 for a local pool, was 0");
        TestYaml remoteReplicas = VALID.with("    apiKeyEnv: REMOTE_B_KEY",
                "    apiKeyEnv: REMOTE_B_KEY\n    replicas: 3");
        remoteReplicas.hasOnlyProblem(remoteReplicas.at("replicas: 3", "3"), "modelPools[1].replicas",
                "applies only to local pools");
    }

    @Test
    void poolsHaveHttpEndpointsKnownKindsAndNonNegativePrices() {
        TestYaml endpoint = VALID.with("http://vllm-a:8000/v1", "vllm-a:8000");
        endpoint.hasOnlyProblem(endpoint.at("vllm-a:8000"), "modelPools[0].endpoint",
                "must be an http:// or https:// URL such as http://vllm-qwen:8000/v1, was `vllm-a:8000`");
        TestYaml kind = VALID.with("kind: remote", "kind: cloud");
        kind.hasOnlyProblem(kind.at("cloud"), "modelPools[1].kind",
                "unknown pool kind `cloud`; allowed: local, remote");
        TestYaml price = VALID.with("inputPricePerMillionTokens: 2.0", "inputPricePerMillionTokens: -2");
        price.hasOnlyProblem(price.at("-2"), "modelPools[1].inputPricePerMillionTokens", "must not be negative");
        TestYaml secret = VALID.with("apiKeyEnv: REMOTE_B_KEY", "apiKeyEnv: sk-live-0123456789");
        secret.hasOnlyProblem(secret.at("sk-live"), "modelPools[1].apiKeyEnv",
                "the key itself never goes in this file");
        assertThat(secret.problems().get(0).message()).doesNotContain("sk-live");
    }

    @Test
    void phiGoesOnlyToLocalPools() {
        TestYaml leak = VALID.with("phi: [local-a], public: [remote-b]",
                "phi: [local-a, remote-b], public: [remote-b]");
        leak.hasOnlyProblem(leak.at("phi: [local-a, remote-b]", "remote-b"), "tenants[1].dataPolicy.phi[1]",
                "PHI must stay on the consortium's own GPUs: pool `remote-b` is remote");
    }

    @Test
    void dataPoliciesNameExistingPoolsAndKnownDataClasses() {
        TestYaml unknownPool = VALID.with("public: [remote-b]", "public: [remote-c]");
        unknownPool.hasOnlyProblem(unknownPool.at("remote-c"), "tenants[1].dataPolicy.public[0]",
                "unknown model pool `remote-c`, did you mean `remote-b`?"
                        + " Pools defined under modelPools: local-a, remote-b");
        TestYaml unknownClass = VALID.with("public: [remote-b]", "pii: [remote-b]");
        unknownClass.hasOnlyProblem(unknownClass.at("pii"), "tenants[1].dataPolicy.pii",
                "unknown key `pii`, did you mean `phi`? Allowed keys: phi, deidentified, public");
        TestYaml nothing = VALID.with("dataPolicy: { phi: [local-a], public: [remote-b] }", "dataPolicy: {}");
        assertThat(nothing.problems()).isEmpty();
        DataPolicy none = nothing.load().consortium().tenant("small-clinic").orElseThrow().dataPolicy();
        assertThat(none.poolsFor(DataClass.PHI)).isEmpty();
    }

    @Test
    void workflowsAreTheKnownOnes() {
        TestYaml unknown = VALID.with("workflows: [intake, follow-up]", "workflows: [intake, followup]");
        unknown.hasOnlyProblem(unknown.at("followup"), "tenants[1].workflows[1]",
                "unknown workflow `followup`, did you mean `follow-up`?");
        TestYaml twice = VALID.with("workflows: [intake, follow-up]", "workflows: [intake, follow-up, intake]");
        twice.hasOnlyProblem(twice.at("workflows: [intake, follow-up, intake]", "intake]"), "tenants[1].workflows[2]",
                "`intake` is listed twice");
    }
}

package com.yilian.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * A small valid consortium file that each test changes in one place, plus the means to say where in the text
 * a problem must point. Changes must match exactly once, so a test cannot pass by changing nothing.
 */
record TestYaml(String text) {
    static final String FILE = "tenants.yaml";
    /** bcrypt of "yilian-demo". */
    static final String BCRYPT = "{bcrypt}$2a$10$eFDgIUDU.UG1UWkdJ5HBdO/MRiIc4mLKaKmHUFQNv8S7uV.O3l1Oy";
    static final String KEY_1 = ApiKeyHash.of("key-one");
    static final String KEY_2 = ApiKeyHash.of("key-two");

    static final TestYaml VALID = new TestYaml("""
            consortium:
              id: test
              name: { zh: 测试医联体, en: Test Consortium }
            modelPools:
              - id: local-a
                kind: local
                endpoint: http://vllm-a:8000/v1
                model: qwen2.5-14b-instruct
                replicas: 1
                maxConcurrentSequences: 32
                tokensPerSecond: 1000
              - id: remote-b
                kind: remote
                endpoint: https://api.example.com/v1
                model: chat-model
                apiKeyEnv: REMOTE_B_KEY
                inputPricePerMillionTokens: 2.0
            tenants:
              - id: main-hospital
                tier: tertiary
                name: { zh: 中心医院, en: Central Hospital }
                quota:
                  share: 0.6
                  guaranteed: 0.4
                  borrowLimit: 0.4
                  dailyTokenBudget: 1000000
                  requestsPerMinute: 100
                dataPolicy: { phi: [local-a], deidentified: [local-a, remote-b] }
                workflows: [intake, referral]
                people:
                  - { username: it.admin, displayName: 管理员, roles: [it-admin], passwordHash: "HASH" }
                  - { username: lead.one, displayName: 主任, email: lead@main.example, roles: [clinical-lead], passwordHash: "HASH" }
                apiKeys:
                  - { id: his, roles: [clinician], keyHash: "KEY1" }
              - id: small-clinic
                tier: community
                parent: main-hospital
                name: { zh: 社区中心, en: Community Center }
                quota:
                  share: 0.4
                  guaranteed: 0.2
                  borrowLimit: 0.3
                  dailyTokenBudget: 500000
                  requestsPerMinute: 50
                dataPolicy: { phi: [local-a], public: [remote-b] }
                workflows: [intake, follow-up]
                people:
                  - { username: dr.one, displayName: 医生, roles: [clinician], passwordHash: "HASH" }
                apiKeys:
                  - { id: his, roles: [clinician], keyHash: "KEY2" }
            """.replace("HASH", BCRYPT).replace("KEY1", KEY_1).replace("KEY2", KEY_2));

    /** The text with {@code from} replaced, which must occur exactly once. */
    TestYaml with(String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("`%s` occurs in the test YAML", from).isNotNegative();
        assertThat(text.indexOf(from, at + 1)).as("`%s` occurs only once in the test YAML", from).isNegative();
        return new TestYaml(text.substring(0, at) + to + text.substring(at + from.length()));
    }

    LoadResult load() {
        return TenantConfigLoader.load(FILE, text);
    }

    List<ConfigProblem> problems() {
        return load().problems();
    }

    /** Where {@code node} starts (its first occurrence) on the only line that contains {@code line}. */
    Position at(String line, String node) {
        String[] lines = text.split("\n", -1);
        int found = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(line)) {
                assertThat(found).as("`%s` is on one line only", line).isNegative();
                found = i;
            }
        }
        assertThat(found).as("`%s` is in the test YAML", line).isNotNegative();
        int column = lines[found].indexOf(node);
        assertThat(column).as("`%s` is on the line of `%s`", node, line).isNotNegative();
        return new Position(found + 1, column + 1);
    }

    Position at(String node) {
        return at(node, node);
    }

    record Position(int line, int column) {
    }

    /** Asserts the file has exactly this one problem, so a mistake is neither missed nor reported twice. */
    void hasOnlyProblem(Position where, String field, String message) {
        assertThat(problems()).as("problems of the changed file").hasSize(1);
        hasProblem(where, field, message);
    }

    /** Asserts one of the problems is at this place and field, with a message containing {@code message}. */
    void hasProblem(Position where, String field, String message) {
        assertThat(problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(message);
            assertThat(p.line()).as("line").isEqualTo(where.line());
            assertThat(p.column()).as("column").isEqualTo(where.column());
        });
    }
}

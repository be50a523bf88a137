package com.yilian.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids, usernames, credentials and the people a consortium needs. */
class PeopleAndIdsRulesTest {
    private static final TestYaml VALID = TestYaml.VALID;

    @Test
    void idsAreLowercaseWithDigitsAndDashes() {
        TestYaml tenant = VALID.with("id: small-clinic", "id: Small_Clinic");
        tenant.hasOnlyProblem(tenant.at("id: Small_Clinic", "Small_Clinic"), "tenants[1].id",
                "a lowercase letter, then lowercase letters, digits or '-'; was `Small_Clinic`");
        // references to a badly shaped id still find it: the id is reported once, not at every use
        TestYaml pool = VALID
                .with("- id: local-a", "- id: Local-A")
                .with("phi: [local-a], deidentified: [local-a, remote-b]", "phi: [Local-A], deidentified: [remote-b]")
                .with("phi: [local-a], public", "phi: [Local-A], public");
        pool.hasOnlyProblem(pool.at("- id: Local-A", "Local-A"), "modelPools[0].id", "was `Local-A`");
        TestYaml key = VALID.with("{ id: his, roles: [clinician], keyHash: \"" + TestYaml.KEY_2,
                "{ id: h, roles: [clinician], keyHash: \"" + TestYaml.KEY_2);
        key.hasOnlyProblem(key.at("id: h,", "h,"), "tenants[1].apiKeys[0].id", "must be 2 to 63 characters");
    }

    @Test
    void duplicateTenantAndPoolIdsPointAtTheFirst() {
        TestYaml tenant = VALID.with("id: small-clinic", "id: main-hospital  # again");
        tenant.hasOnlyProblem(tenant.at("# again", "main-hospital"), "tenants[1].id",
                "tenant id `main-hospital` is already used at line " + VALID.at("id: main-hospital").line()
                        + " (tenants[0].id); tenant ids must be unique");
        TestYaml pool = VALID.with("- id: remote-b", "- id: local-a");
        assertThat(pool.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("modelPools[1].id");
            assertThat(p.message()).startsWith("pool id `local-a` is already used at line 5 (modelPools[0].id)");
        });
    }

    @Test
    void usernamesAreUniqueAcrossTheConsortium() {
        TestYaml twice = VALID.with("username: dr.one", "username: lead.one");
        twice.hasOnlyProblem(twice.at("username: lead.one, displayName: 医生", "lead.one"),
                "tenants[1].people[0].username",
                "username `lead.one` is already used at line " + VALID.at("lead.one").line()
                        + " (tenants[0].people[1].username); usernames are unique across the consortium");
        TestYaml shape = VALID.with("username: dr.one", "username: Dr Wang");
        shape.hasOnlyProblem(shape.at("Dr Wang"), "tenants[1].people[0].username",
                "(pinyin such as dr.wang); was `Dr Wang`");
    }

    @Test
    void apiKeyIdsAreUniqueWithinAHospitalAndKeysAcrossTheConsortium() {
        TestYaml sameId = VALID.with("      - { id: his, roles: [clinician], keyHash: \"" + TestYaml.KEY_2 + "\" }",
                "      - { id: his, roles: [clinician], keyHash: \"" + TestYaml.KEY_2 + "\" }\n"
                        + "      - { id: his, roles: [clinician], keyHash: \"" + ApiKeyHash.of("three") + "\" }");
        sameId.hasOnlyProblem(sameId.at(ApiKeyHash.of("three"), "his"), "tenants[1].apiKeys[1].id",
                "API key id `his` is already used at line " + sameId.at(TestYaml.KEY_2).line());
        TestYaml sameKey = VALID.with(TestYaml.KEY_2, TestYaml.KEY_1);
        assertThat(sameKey.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("tenants[1].apiKeys[0].keyHash");
            assertThat(p.message()).isEqualTo("the same key as tenants[0].apiKeys[0].keyHash (line "
                    + VALID.at(TestYaml.KEY_1).line() + "): every API key must be different, because the key alone"
                    + " decides which hospital is calling");
        });
    }

    @Test
    void keyHashesAreSha256InLowercaseHexAndNeverEchoed() {
        TestYaml raw = VALID.with(TestYaml.KEY_2, "demo-key-small-clinic");
        raw.hasOnlyProblem(raw.at("\"demo-key-small-clinic\""), "tenants[1].apiKeys[0].keyHash",
                "must be sha256: followed by 64 lowercase hex digits; store only the key's hash, computed with"
                        + " `java -jar yilian-hub.jar tenants api-key-hash`");
        assertThat(raw.problems().get(0).message()).doesNotContain("demo-key");
        TestYaml upper = VALID.with(TestYaml.KEY_2, TestYaml.KEY_2.toUpperCase().replace("SHA256", "sha256"));
        assertThat(upper.problems()).singleElement().extracting(ConfigProblem::message)
                .isEqualTo("write the hex digits in lower case");
    }

    @Test
    void passwordsMustBeBcryptHashesAndAreNeverEchoed() {
        TestYaml plain = withDoctorsPassword("hunter2");
        plain.hasOnlyProblem(plain.at("\"hunter2\""), "tenants[1].people[0].passwordHash",
                "looks like a plain-text password: store only a hash; generate one with"
                        + " `java -jar yilian-hub.jar tenants hash-password`");
        assertThat(onlyMessage(plain)).doesNotContain("hunter2");
        assertThat(onlyMessage(withDoctorsPassword("{noop}hunter2"))).startsWith("looks like a plain-text password");
        assertThat(onlyMessage(withDoctorsPassword(TestYaml.BCRYPT.substring(8))))
                .startsWith("add the `{bcrypt}` prefix");
        assertThat(onlyMessage(withDoctorsPassword(TestYaml.BCRYPT.substring(0, 40))))
                .startsWith("is not a complete bcrypt hash");
        assertThat(onlyMessage(withDoctorsPassword("{pbkdf2}abc"))).startsWith("only bcrypt hashes");
        assertThat(withDoctorsPassword(TestYaml.BCRYPT.replace("$2a$", "$2y$")).problems()).isEmpty();
    }

    private static TestYaml withDoctorsPassword(String passwordHash) {
        return VALID.with("roles: [clinician], passwordHash: \"" + TestYaml.BCRYPT,
                "roles: [clinician], passwordHash: \"" + passwordHash);
    }

    private static String onlyMessage(TestYaml yaml) {
        assertThat(yaml.problems()).hasSize(1);
        return yaml.problems().get(0).message();
    }

    @Test
    void rolesAreKnownAndNotEmpty() {
        TestYaml none = VALID.with("displayName: 医生, roles: [clinician]", "displayName: 医生, roles: []");
        none.hasOnlyProblem(none.at("displayName: 医生", "[]"), "tenants[1].people[0].roles",
                "must name at least one role; allowed: clinician, clinical-lead, it-admin");
        TestYaml unknown = VALID.with("displayName: 医生, roles: [clinician]", "displayName: 医生, roles: [doctor]");
        unknown.hasOnlyProblem(unknown.at("doctor"), "tenants[1].people[0].roles[0]",
                "unknown role `doctor`; allowed: clinician, clinical-lead, it-admin");
        TestYaml missing = VALID.with("displayName: 医生, roles: [clinician], ", "displayName: 医生, ");
        missing.hasOnlyProblem(missing.at("displayName: 医生", "{"), "tenants[1].people[0].roles",
                "required, but missing");
    }

    @Test
    void anEmailMustLookLikeOne() {
        TestYaml email = VALID.with("lead@main.example", "lead.main.example");
        email.hasOnlyProblem(email.at("lead.main.example"), "tenants[0].people[1].email", "must be an e-mail address");
    }

    @Test
    void theTertiaryHospitalNeedsAnItAdminAndAClinicalLead() {
        TestYaml noAdmin = VALID.with("roles: [it-admin]", "roles: [clinician]");
        noAdmin.hasOnlyProblem(noAdmin.at("username: it.admin", "- {"), "tenants[0].people",
                "the tertiary hospital needs at least one person with role it-admin");
        TestYaml noLead = VALID.with("roles: [clinical-lead]", "roles: [clinician]");
        assertThat(noLead.problems()).singleElement().extracting(ConfigProblem::message).asString()
                .startsWith("the tertiary hospital needs at least one person with role clinical-lead");
        // a misspelt roles key is the one problem: the admin it hides is not reported missing as well
        TestYaml typo = VALID.with("roles: [it-admin]", "rols: [it-admin]");
        typo.hasOnlyProblem(typo.at("rols"), "tenants[0].people[0].rols", "did you mean `roles`?");
        // community hospitals are served by central IT and may have no it-admin of their own
        assertThat(VALID.load().consortium().tenant("small-clinic").orElseThrow().people())
                .noneMatch(p -> p.hasRole(Role.IT_ADMIN));
    }
}

package com.yilian.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExampleConsortiumTest {
    private static final LoadResult RESULT = ExampleConsortium.load();
    private static final Consortium EXAMPLE = RESULT.consortium();

    @Test
    void validatesWithoutProblems() {
        assertThat(RESULT.problems()).isEmpty();
        assertThat(RESULT.ok()).isTrue();
        assertThat(EXAMPLE.id()).isEqualTo("linjiang");
        assertThat(EXAMPLE.name()).isEqualTo(new LocalizedName("临江市医联体", "Linjiang Medical Consortium"));
    }

    @Test
    void hasOneTertiaryHospitalAndThreeCommunityHospitals() {
        assertThat(EXAMPLE.tenants()).extracting(Tenant::id)
                .containsExactly("linjiang-first", "chengdong-chc", "nanhu-chc", "xishan-thc");
        assertThat(EXAMPLE.tertiary().name().zh()).isEqualTo("临江市第一人民医院");
        assertThat(EXAMPLE.members("linjiang-first")).extracting(Tenant::tier).containsOnly(Tier.COMMUNITY).hasSize(3);
        assertThat(EXAMPLE.tenant("xishan-thc").orElseThrow().name())
                .isEqualTo(new LocalizedName("西山镇卫生院", "Xishan Township Health Center"));
        assertThat(EXAMPLE.tenants()).allSatisfy(t -> assertThat(t.name().en()).isNotBlank());
    }

    @Test
    void everyHospitalHasAClinicianAClinicalLeadAndAnItAdmin() {
        for (Tenant tenant : EXAMPLE.tenants()) {
            for (Role role : Role.values()) {
                assertThat(tenant.people()).as("%s has a %s", tenant.id(), role).anyMatch(p -> p.hasRole(role));
            }
        }
        assertThat(EXAMPLE.tertiary().people()).filteredOn(p -> p.roles().equals(Set.of(Role.CLINICIAN))).hasSize(2);
    }

    @Test
    void usernamesAreUniqueAndEveryPersonCanBeFoundWithTheirHospital() {
        List<String> usernames = EXAMPLE.tenants().stream().flatMap(t -> t.people().stream())
                .map(Person::username).toList();
        assertThat(usernames).hasSize(13).doesNotHaveDuplicates().contains("dr.wang", "lead.liu", "it.chen");
        assertThat(EXAMPLE.tenantOf("lead.zhou")).map(Tenant::id).contains("chengdong-chc");
        assertThat(EXAMPLE.person("it.chen")).map(Person::displayName).contains("陈敏");
        assertThat(EXAMPLE.person("nobody")).isEmpty();
    }

    @Test
    void passwordsAreBcryptHashesAndApiKeysAreTheDocumentedDemoKeys() {
        assertThat(EXAMPLE.tenants()).flatExtracting(Tenant::people)
                .allSatisfy(p -> assertThat(((Person) p).passwordHash()).matches("\\{bcrypt}\\$2a\\$10\\$.{53}"));
        for (Tenant tenant : EXAMPLE.tenants()) {
            assertThat(tenant.apiKeys()).hasSize(1);
            assertThat(ApiKeyHash.matches(ExampleConsortium.demoApiKey(tenant.id()), tenant.apiKeys().get(0).keyHash()))
                    .as("%s's key is demo-key-%s", tenant.id(), tenant.id()).isTrue();
        }
        assertThat(EXAMPLE.apiKey("demo-key-nanhu-chc")).map(m -> m.tenant().id()).contains("nanhu-chc");
        assertThat(EXAMPLE.apiKey("demo-key-unknown")).isEmpty();
        assertThat(ExampleConsortium.yaml()).contains("yilian-demo", "demo-key-<tenant-id>");
    }

    @Test
    void phiStaysOnLocalPools() {
        assertThat(EXAMPLE.modelPools()).extracting(ModelPool::id).containsExactly("local-qwen", "local-intake",
                "deepseek");
        ModelPool deepseek = EXAMPLE.pool("deepseek").orElseThrow();
        assertThat(deepseek.kind()).isEqualTo(PoolKind.REMOTE);
        assertThat(deepseek.mayReceive(DataClass.PHI)).isFalse();
        assertThat(deepseek.mayReceive(DataClass.DEIDENTIFIED)).isTrue();
        assertThat(deepseek.apiKeyEnv()).isEqualTo("DEEPSEEK_API_KEY");
        for (Tenant tenant : EXAMPLE.tenants()) {
            assertThat(tenant.dataPolicy().poolsFor(DataClass.PHI)).isNotEmpty()
                    .allSatisfy(id -> assertThat(EXAMPLE.pool(id).orElseThrow().kind()).isEqualTo(PoolKind.LOCAL));
        }
        assertThat(EXAMPLE.tenant("xishan-thc").orElseThrow().dataPolicy().poolsFor(DataClass.PUBLIC))
                .containsExactly("local-qwen");
    }

    @Test
    void quotasShareTheWholeCapacity() {
        double shares = EXAMPLE.tenants().stream().mapToDouble(t -> t.quota().share()).sum();
        assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(EXAMPLE.tertiary().quota())
                .isEqualTo(new Quota(0.4, 0.3, 0.3, 20_000_000, 600));
        assertThat(EXAMPLE.tertiary().workflows()).containsExactly(Workflow.values());
    }

    @Test
    void credentialsStayOutOfToString() {
        assertThat(EXAMPLE.toString()).doesNotContain("$2a$", "sha256:").contains("it.chen");
    }
}

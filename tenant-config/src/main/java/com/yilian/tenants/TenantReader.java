package com.yilian.tenants;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one entry of {@code tenants}: a hospital, its quota, data policy, workflows, people and API keys. */
final class TenantReader {
    static final List<String> KEYS = List.of("id", "tier", "name", "parent", "quota", "dataPolicy", "workflows",
            "people", "apiKeys");
    static final List<String> NAME_KEYS = List.of("zh", "en");

    private final Problems problems;
    private final QuotaReader quotas;
    private final DataPolicyReader policies;
    private final CredentialReader credentials;

    /** @param pools the consortium's pools by id, which data policies may name */
    TenantReader(Problems problems, Map<String, ModelPool> pools) {
        this.problems = problems;
        this.quotas = new QuotaReader(problems);
        this.policies = new DataPolicyReader(problems, pools);
        this.credentials = new CredentialReader(problems);
    }

    Optional<Tenant> read(Located<Node> item) {
        return YamlMap.of(item.value(), item.path(), problems, KEYS).map(this::read);
    }

    private Tenant read(YamlMap m) {
        // dataPolicy and workflows are required so that what a hospital may do is always written down,
        // even when it is nothing: `dataPolicy: {}` and `workflows: []` are allowed.
        m.require("id", "tier", "name", "quota", "dataPolicy", "workflows");
        String id = m.checkedText("id", Formats::id).orElse(null);
        Tier tier = m.choice("tier", Tier.class, "tier").orElse(null);
        LocalizedName name = name(m, "name", problems).orElse(null);
        String parent = m.text("parent").orElse(null);
        Quota quota = m.map("quota", QuotaReader.KEYS).flatMap(quotas::read).orElse(null);
        DataPolicy dataPolicy = m.map("dataPolicy", DataPolicyReader.KEYS).map(policies::read).orElse(null);
        List<Workflow> workflows = m.choices("workflows", Workflow.class, "workflow");
        List<Person> people = credentials.people(m);
        List<ApiKey> apiKeys = credentials.apiKeys(m);
        return new Tenant(id, tier, name, parent, people, apiKeys, quota, dataPolicy,
                Copies.enumSet(Workflow.class, workflows));
    }

    /** A Chinese and English name, both required: the consoles show either language. */
    static Optional<LocalizedName> name(YamlMap owner, String key, Problems problems) {
        return owner.map(key, NAME_KEYS).flatMap(n -> {
            n.require("zh", "en");
            Optional<String> zh = nonBlank(n, "zh", problems);
            Optional<String> en = nonBlank(n, "en", problems);
            return zh.isPresent() && en.isPresent()
                    ? Optional.of(new LocalizedName(zh.get(), en.get())) : Optional.empty();
        });
    }

    private static Optional<String> nonBlank(YamlMap m, String key, Problems problems) {
        return m.text(key).filter(t -> {
            if (t.isBlank()) {
                problems.at(m.path(key), "must not be blank");
            }
            return !t.isBlank();
        });
    }
}

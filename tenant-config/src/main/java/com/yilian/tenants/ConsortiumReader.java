package com.yilian.tenants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a whole consortium file. Pools are read before tenants, wherever they stand in the file, so that data
 * policies can be checked against them; checks across tenants run once every tenant has been read.
 */
final class ConsortiumReader {
    static final List<String> TOP_KEYS = List.of("consortium", "modelPools", "tenants");
    static final List<String> CONSORTIUM_KEYS = List.of("id", "name");

    private final Problems problems;

    ConsortiumReader(Problems problems) {
        this.problems = problems;
    }

    /** The consortium as far as it could be read; only meaningful when no problems were found. */
    Consortium read(Node root) {
        YamlMap top = YamlMap.of(root, "", problems, TOP_KEYS).orElse(null);
        if (top == null) {
            return null;
        }
        // modelPools may be left out: with no pools the hub runs on its knowledge engine alone.
        top.require("consortium", "tenants");
        YamlMap header = top.map("consortium", CONSORTIUM_KEYS).orElse(null);
        String id = null;
        LocalizedName name = null;
        if (header != null) {
            header.require("id", "name");
            id = header.checkedText("id", Formats::id).orElse(null);
            name = TenantReader.name(header, "name", problems).orElse(null);
        }
        Map<String, ModelPool> pools = pools(top);
        List<Located<Tenant>> tenants = tenants(top, pools);
        new ConsortiumChecks(problems).check(tenants);
        return new Consortium(id, name, List.copyOf(pools.values()), tenants.stream().map(Located::value).toList());
    }

    private Map<String, ModelPool> pools(YamlMap top) {
        PoolReader reader = new PoolReader(problems);
        Seen ids = new Seen();
        Map<String, ModelPool> pools = new LinkedHashMap<>();
        for (Located<Node> item : top.list("modelPools")) {
            reader.read(item).filter(pool -> pool.id() != null).ifPresent(pool -> {
                Seen.check(ids, pool.id(), item.path() + ".id", problems, "pool id", "pool ids must be unique");
                pools.putIfAbsent(pool.id(), pool);
            });
        }
        return pools;
    }

    private List<Located<Tenant>> tenants(YamlMap top, Map<String, ModelPool> pools) {
        TenantReader reader = new TenantReader(problems, pools);
        Seen ids = new Seen();
        List<Located<Tenant>> tenants = new ArrayList<>();
        List<Located<Node>> items = top.list("tenants");
        if (top.get("tenants").filter(n -> n instanceof SequenceNode s && s.getValue().isEmpty()).isPresent()) {
            problems.at(top.path("tenants"), "must list at least one hospital: the tertiary hospital first,"
                    + " then its community hospitals");
        }
        for (Located<Node> item : items) {
            reader.read(item).ifPresent(tenant -> {
                if (tenant.id() != null) {
                    Seen.check(ids, tenant.id(), item.path() + ".id", problems, "tenant id",
                            "tenant ids must be unique");
                }
                tenants.add(new Located<>(item.path(), tenant));
            });
        }
        return tenants;
    }
}

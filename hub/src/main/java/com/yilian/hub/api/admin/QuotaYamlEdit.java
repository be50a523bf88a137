package com.yilian.hub.api.admin;

import com.yilian.tenants.Quota;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Rewrites one tenant's quota numbers inside the consortium file's text. Only the five scalar values are replaced,
 * at the positions the YAML parser reports, so comments, key order, flow or block style and every other byte of
 * the file stay as IT wrote them (a GitOps diff shows exactly the changed numbers).
 */
final class QuotaYamlEdit {

    /** Why the text could not be edited; the caller reports it as a conflict with the file on disk. */
    static final class NotEditable extends Exception {
        NotEditable(String message) {
            super(message);
        }
    }

    private record Replacement(int start, int end, String text) {
    }

    private QuotaYamlEdit() {
    }

    static String apply(String yaml, String tenantId, Quota quota) throws NotEditable {
        MappingNode quotaNode = quotaOf(yaml, tenantId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("share", decimal(quota.share()));
        values.put("guaranteed", decimal(quota.guaranteed()));
        values.put("borrowLimit", decimal(quota.borrowLimit()));
        values.put("dailyTokenBudget", Long.toString(quota.dailyTokenBudget()));
        values.put("requestsPerMinute", Integer.toString(quota.requestsPerMinute()));
        List<Replacement> replacements = new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            Node node = valueOf(quotaNode, value.getKey()).orElseThrow(() -> new NotEditable(
                    "tenant " + tenantId + " has no quota." + value.getKey() + " in the file on disk"));
            if (!(node instanceof ScalarNode)) {
                throw new NotEditable("quota." + value.getKey() + " of tenant " + tenantId + " is not a plain number");
            }
            // Marks count code points; String offsets count UTF-16 units.
            replacements.add(new Replacement(yaml.offsetByCodePoints(0, node.getStartMark().getIndex()),
                    yaml.offsetByCodePoints(0, node.getEndMark().getIndex()), value.getValue()));
        }
        StringBuilder text = new StringBuilder(yaml);
        replacements.stream().sorted(Comparator.comparingInt(Replacement::start).reversed())
                .forEach(r -> text.replace(r.start(), r.end(), r.text()));
        return text.toString();
    }

    private static MappingNode quotaOf(String yaml, String tenantId) throws NotEditable {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            throw new NotEditable("the file on disk is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode top) || !(valueOf(top, "tenants").orElse(null) instanceof SequenceNode tenants)) {
            throw new NotEditable("the file on disk has no list of tenants");
        }
        for (Node tenant : tenants.getValue()) {
            if (tenant instanceof MappingNode map && valueOf(map, "id").filter(id -> id instanceof ScalarNode s
                    && s.getValue().equals(tenantId)).isPresent()) {
                if (valueOf(map, "quota").orElse(null) instanceof MappingNode quota) {
                    return quota;
                }
                throw new NotEditable("tenant " + tenantId + " has no quota mapping in the file on disk");
            }
        }
        throw new NotEditable("tenant " + tenantId + " is not in the file on disk");
    }

    private static Optional<Node> valueOf(MappingNode map, String key) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    /** 0.25 rather than 0.25000000000000001 or 2.5E-1. */
    static String decimal(double value) {
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}

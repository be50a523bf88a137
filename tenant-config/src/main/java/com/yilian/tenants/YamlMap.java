package com.yilian.tenants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping read against the keys it may hold. Unknown, duplicated and missing keys and values of the
 * wrong type become problems; the accessors then return empty, so reading goes on and finds the next problem.
 * Every value read is located under its field path, e.g. {@code tenants[2].quota.share}.
 */
final class YamlMap {
    private final Node node;
    private final String path;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    /** Keys that an unknown key looks like a typo of: reporting them as missing too would say the same twice. */
    private final Set<String> misspelled = new HashSet<>();

    private YamlMap(Node node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    static Optional<YamlMap> of(Node node, String path, Problems problems, List<String> allowedKeys) {
        problems.locate(path, node);
        if (!(node instanceof MappingNode mapping)) {
            String expected = path.isEmpty()
                    ? "the top level must be a mapping with the keys " + String.join(", ", allowedKeys)
                    : "must be a mapping of key: value";
            problems.at(node, path, expected + ", was " + Scalars.describe(node));
            return Optional.empty();
        }
        YamlMap map = new YamlMap(node, path, problems);
        List<NodeTuple> merged = new ArrayList<>();
        for (NodeTuple entry : mapping.getValue()) {
            if (Tag.MERGE.equals(entry.getKeyNode().getTag())) {
                collectMerge(entry.getValueNode(), merged, Collections.newSetFromMap(new IdentityHashMap<>()));
            } else {
                map.accept(entry, allowedKeys, false);
            }
        }
        // YAML merge keys (<<: *defaults) fill in only what the mapping does not set itself.
        merged.forEach(entry -> map.accept(entry, allowedKeys, true));
        return Optional.of(map);
    }

    /** An alias may point back at its own list ({@code <<: &s [*s]}), so each node is visited once. */
    private static void collectMerge(Node value, List<NodeTuple> into, Set<Node> visited) {
        if (!visited.add(value)) {
            return;
        }
        if (value instanceof MappingNode m) {
            into.addAll(m.getValue());
        } else if (value instanceof SequenceNode s) {
            s.getValue().forEach(item -> collectMerge(item, into, visited));
        }
    }

    private void accept(NodeTuple entry, List<String> allowedKeys, boolean merged) {
        if (!(entry.getKeyNode() instanceof ScalarNode keyNode)) {
            problems.at(entry.getKeyNode(), path,
                    "keys must be plain names, was " + Scalars.describe(entry.getKeyNode()));
            return;
        }
        String key = keyNode.getValue();
        if (values.containsKey(key)) {
            if (!merged) {
                problems.at(keyNode, path(key), "`" + key + "` appears twice in this mapping, first at line "
                        + (values.get(key).getStartMark().getLine() + 1) + "; keep one");
            }
            return;
        }
        if (!allowedKeys.contains(key)) {
            problems.at(keyNode, path(key), Suggest.unknown("key", key, allowedKeys, "Allowed keys"));
            Suggest.closest(key, allowedKeys).ifPresent(misspelled::add);
            return;
        }
        values.put(key, entry.getValueNode());
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Reports each key that is missing or empty; the mapping itself is the place to add it. */
    void require(String... keys) {
        requireBecause("required", keys);
    }

    /** As {@link #require}, with the reason in the message, e.g. "required for a local pool". */
    void requireBecause(String reason, String... keys) {
        for (String key : keys) {
            Node value = values.get(key);
            if (value == null) {
                if (!misspelled.contains(key)) {
                    problems.at(node, path(key), reason + ", but missing");
                }
            } else if (Scalars.isNull(value)) {
                problems.at(value, path(key), reason + ", but empty");
            }
        }
    }

    boolean has(String key) {
        return values.containsKey(key) && !Scalars.isNull(values.get(key));
    }

    /** The value of a key that is present and not empty. */
    Optional<Node> get(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = values.get(key);
        problems.locate(path(key), value);
        return Optional.of(value);
    }

    Optional<String> text(String key) {
        return get(key).flatMap(v -> Scalars.text(v, path(key), problems));
    }

    /**
     * Text checked against a rule from {@link Formats}. Text that breaks the rule is reported but still returned,
     * so that an id with a wrong shape does not also turn every reference to it into a problem.
     */
    Optional<String> checkedText(String key, Function<String, Optional<String>> check) {
        Optional<String> text = text(key);
        text.flatMap(check).ifPresent(message -> problems.at(path(key), message));
        return text;
    }

    OptionalDouble number(String key) {
        return get(key).map(v -> Scalars.number(v, path(key), problems)).orElse(OptionalDouble.empty());
    }

    OptionalLong whole(String key) {
        return get(key).map(v -> Scalars.whole(v, path(key), problems)).orElse(OptionalLong.empty());
    }

    Optional<YamlMap> map(String key, List<String> allowedKeys) {
        return get(key).flatMap(v -> of(v, path(key), problems, allowedKeys));
    }

    /** The items of a list, each with its path ({@code people[3]}); empty when absent or not a list. */
    List<Located<Node>> list(String key) {
        Optional<Node> value = get(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problems.at(value.get(), path(key), "must be a list, was " + Scalars.describe(value.get()));
            return List.of();
        }
        List<Located<Node>> items = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Node item = sequence.getValue().get(i);
            String itemPath = path(key) + "[" + i + "]";
            problems.locate(itemPath, item);
            items.add(new Located<>(itemPath, item));
        }
        return items;
    }

    /** Every text item of a list, each with its path; items that are not text are reported and left out. */
    List<Located<String>> texts(String key) {
        List<Located<String>> texts = new ArrayList<>();
        for (Located<Node> item : list(key)) {
            Scalars.text(item.value(), item.path(), problems).ifPresent(t -> texts.add(new Located<>(item.path(), t)));
        }
        return texts;
    }

    /** One of an enum's YAML names, e.g. {@code tier: community}. */
    <E extends Enum<E>> Optional<E> choice(String key, Class<E> type, String what) {
        return text(key).flatMap(t -> choice(new Located<>(path(key), t), type, what));
    }

    /** A list of an enum's YAML names, e.g. {@code roles: [clinician, it-admin]}; repeats are reported. */
    <E extends Enum<E>> List<E> choices(String key, Class<E> type, String what) {
        List<E> chosen = new ArrayList<>();
        for (Located<String> item : texts(key)) {
            choice(item, type, what).ifPresent(c -> {
                if (chosen.contains(c)) {
                    problems.at(item.path(), "`" + item.value() + "` is listed twice");
                } else {
                    chosen.add(c);
                }
            });
        }
        return chosen;
    }

    private <E extends Enum<E>> Optional<E> choice(Located<String> text, Class<E> type, String what) {
        Optional<E> found = YamlNames.find(type, text.value());
        if (found.isEmpty()) {
            problems.at(text.path(), Suggest.unknown(what, text.value(), YamlNames.all(type), "Allowed"));
        }
        return found;
    }
}

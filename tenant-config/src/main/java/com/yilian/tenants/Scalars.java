package com.yilian.tenants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed reading of single YAML values. The tag SnakeYAML resolved says what the author wrote: {@code 0.4} is a
 * number, {@code "0.4"} is text. A value of the wrong type becomes a problem and an empty result, never an exception.
 */
final class Scalars {
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");

    private Scalars() {
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    static Optional<String> text(Node node, String path, Problems problems) {
        if (node instanceof ScalarNode s && !isNull(s)) {
            return Optional.of(s.getValue());
        }
        problems.at(node, path, "must be text, was " + describe(node));
        return Optional.empty();
    }

    static OptionalDouble number(Node node, String path, Problems problems) {
        if (node instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
            try {
                double value = Double.parseDouble(s.getValue().replace("_", ""));
                if (Double.isFinite(value)) {
                    return OptionalDouble.of(value);
                }
            } catch (NumberFormatException e) {
                // falls through to the problem below: .inf, .nan and other forms Java does not read
            }
            problems.at(node, path, "must be a finite decimal number, was `" + s.getValue() + "`");
            return OptionalDouble.empty();
        }
        problems.at(node, path, "must be a number, was " + describe(node) + unquoteHint(node));
        return OptionalDouble.empty();
    }

    static OptionalLong whole(Node node, String path, Problems problems) {
        if (node instanceof ScalarNode s && Tag.INT.equals(s.getTag())) {
            try {
                return OptionalLong.of(Long.parseLong(s.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                problems.at(node, path, "must be a whole number written in decimal, was `" + s.getValue() + "`");
                return OptionalLong.empty();
            }
        }
        problems.at(node, path, "must be a whole number, was " + describe(node) + unquoteHint(node));
        return OptionalLong.empty();
    }

    private static String unquoteHint(Node node) {
        boolean quotedNumber = node instanceof ScalarNode s && Tag.STR.equals(s.getTag())
                && NUMERIC.matcher(s.getValue()).matches();
        return quotedNumber ? "; write it without quotes" : "";
    }

    /** How a value reads to the author: "a list", "text `abc`", "the number 1.4". */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        if (isNull(s)) {
            return "empty";
        }
        String value = s.getValue().length() > 40 ? s.getValue().substring(0, 40) + "…" : s.getValue();
        if (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag())) {
            return "the number " + value;
        }
        if (Tag.BOOL.equals(s.getTag())) {
            return "the yes/no value `" + value + "`";
        }
        return "text `" + value + "`";
    }

    /** 1.4 rather than 1.4000000000000001, 20000000 rather than 2.0E7. */
    static String format(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}

package com.yilian.tenants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The problems found in one file, and where each field path was read: checks that look across the file
 * name a path and get the line and column of its value, or of the nearest enclosing value when it is missing.
 */
final class Problems {
    private final String file;
    private final List<ConfigProblem> found = new ArrayList<>();
    private final Map<String, Mark> marks = new HashMap<>();

    Problems(String file) {
        this.file = file;
    }

    void locate(String path, Node node) {
        marks.putIfAbsent(path, node.getStartMark());
    }

    void at(Node node, String path, String message) {
        add(node.getStartMark(), path, message);
    }

    void at(String path, String message) {
        add(markOf(path), path, message);
    }

    void add(Mark mark, String path, String message) {
        int line = mark == null ? 0 : mark.getLine() + 1;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        found.add(new ConfigProblem(file, line, column, path, message));
    }

    /** The 1-based line a path was read from, for messages that point at an earlier occurrence. */
    int lineOf(String path) {
        Mark mark = markOf(path);
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private Mark markOf(String path) {
        for (String p = path; ; p = parent(p)) {
            Mark mark = marks.get(p);
            if (mark != null || p.isEmpty()) {
                return mark;
            }
        }
    }

    /** {@code tenants[2].quota.share} to {@code tenants[2].quota} to {@code tenants[2]} to {@code tenants}. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** Whether a problem was found in a field whose path passes the test. */
    boolean any(Predicate<String> field) {
        return found.stream().map(ConfigProblem::field).anyMatch(field);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** In file order, as a reader fixes them; checks that run later would otherwise come last. */
    List<ConfigProblem> inFileOrder() {
        return found.stream()
                .sorted(Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column))
                .toList();
    }
}

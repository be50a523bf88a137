package com.yilian.tenants;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a consortium file and reports every problem in it at once, so a change is fixed in one round.
 * The file is read as a tree of YAML nodes, not bound to objects: nodes carry the line and column that
 * each problem points at, and no YAML tag can make the loader build an object of its choosing.
 */
public final class TenantConfigLoader {
    private TenantConfigLoader() {
    }

    /** Reads the file as UTF-8; a file that cannot be read is a problem like any other, never an exception. */
    public static LoadResult load(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return failed(name, "cannot read the file: it does not exist");
        } catch (CharacterCodingException e) {
            return failed(name, "cannot read the file: it is not UTF-8 text");
        } catch (AccessDeniedException | SecurityException e) {
            return failed(name, "cannot read the file: permission denied");
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "it is a directory" : e.getMessage();
            return failed(name, "cannot read the file: " + why);
        }
        return load(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** @param fileName how problems name the file, e.g. {@code tenants.yaml} */
    public static LoadResult load(String fileName, String yamlText) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setProcessComments(false);
            root = new Yaml(options).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            return syntaxError(fileName, e);
        } catch (YAMLException e) {
            return failed(fileName, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return failed(fileName, "the file is empty; it needs the keys "
                    + String.join(", ", ConsortiumReader.TOP_KEYS));
        }
        Problems problems = new Problems(fileName);
        Consortium consortium = new ConsortiumReader(problems).read(root);
        return problems.isEmpty() ? new LoadResult(consortium, List.of())
                : new LoadResult(null, problems.inFileOrder());
    }

    private static LoadResult syntaxError(String fileName, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String context = e.getContext() == null ? "" : " (" + e.getContext()
                + (e.getContextMark() == null ? "" : " at line " + (e.getContextMark().getLine() + 1)) + ")";
        Problems problems = new Problems(fileName);
        problems.add(mark, "", "YAML syntax: " + e.getProblem() + context);
        return new LoadResult(null, problems.inFileOrder());
    }

    private static LoadResult failed(String fileName, String message) {
        return new LoadResult(null, List.of(new ConfigProblem(fileName, 0, 0, "", message)));
    }
}

package com.yilian.hub.tenancy;

import com.yilian.tenants.ConfigProblem;
import java.nio.file.Path;
import java.util.List;

/** The hub cannot start on a consortium file with problems: there would be nobody it could let in safely. */
public class InvalidConsortiumException extends RuntimeException {

    private final transient Path file;
    private final transient List<ConfigProblem> problems;

    public InvalidConsortiumException(Path file, List<ConfigProblem> problems) {
        super("the consortium file " + file + " has " + problems.size() + " problem(s)");
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}

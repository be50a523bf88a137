package com.yilian.tenants;

import java.util.List;

/**
 * The outcome of loading a configuration file: a consortium, or every problem found in the file.
 *
 * @param consortium null when there are problems: a half-valid consortium must not be served
 * @param problems   in the order they appear in the file
 */
public record LoadResult(Consortium consortium, List<ConfigProblem> problems) {
    public LoadResult {
        problems = Copies.list(problems);
        if (problems.isEmpty() == (consortium == null)) {
            throw new IllegalArgumentException("a load result has either a consortium or problems");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

package com.yilian.tenants;

/**
 * One thing wrong with a configuration file, located the way compilers do so editors and CI can jump to it.
 *
 * @param line   1-based; 0 when the problem concerns the whole file (it could not be read, say)
 * @param column 1-based; 0 with line 0
 * @param field  the path of the offending value, e.g. {@code tenants[2].quota.share}; empty for the file itself
 */
public record ConfigProblem(String file, int line, int column, String field, String message) {

    /** {@code file:line:column: field: message}, e.g. {@code tenants.yaml:42:7: tenants[2].quota.share: ...}. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}

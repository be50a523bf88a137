package com.yilian.tenants;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes names and credentials must have. Each check returns what is wrong, phrased for the file's author,
 * or empty. Messages about credentials never repeat the value: it may be a real password or key pasted by mistake.
 */
final class Formats {
    static final String HASH_PASSWORD = "java -jar yilian-hub.jar tenants hash-password";
    static final String HASH_API_KEY = "java -jar yilian-hub.jar tenants api-key-hash";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,62}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ENV_VAR = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");
    private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern HEX64 = Pattern.compile("(sha256:)?[0-9a-fA-F]{64}");

    private Formats() {
    }

    static Optional<String> id(String value) {
        return ID.matcher(value).matches() ? Optional.empty() : Optional.of(
                "must be 2 to 63 characters: a lowercase letter, then lowercase letters, digits or '-'; was `"
                        + value + "`");
    }

    static Optional<String> username(String value) {
        return USERNAME.matcher(value).matches() ? Optional.empty() : Optional.of(
                "must be 2 to 63 characters: a lowercase letter, then lowercase letters, digits, '.', '_' or '-'"
                        + " (pinyin such as dr.wang); was `" + value + "`");
    }

    static Optional<String> email(String value) {
        return EMAIL.matcher(value).matches() ? Optional.empty()
                : Optional.of("must be an e-mail address such as wang@hospital.example, was `" + value + "`");
    }

    static Optional<String> envVar(String value) {
        return ENV_VAR.matcher(value).matches() ? Optional.empty() : Optional.of(
                "must be the name of an environment variable (upper-case letters, digits and '_', such as"
                        + " DEEPSEEK_API_KEY); the key itself never goes in this file");
    }

    static Optional<String> httpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // reported below, with what a valid endpoint looks like
        }
        return Optional.of("must be an http:// or https:// URL such as http://vllm-qwen:8000/v1, was `" + value + "`");
    }

    static Optional<String> passwordHash(String value) {
        if (value.startsWith("{bcrypt}") && BCRYPT.matcher(value.substring(8)).matches()) {
            return Optional.empty();
        }
        if (BCRYPT.matcher(value).matches()) {
            return Optional.of("add the `{bcrypt}` prefix: hashes are in Spring Security's format {bcrypt}$2a$10$…");
        }
        if (value.startsWith("{bcrypt}")) {
            return Optional.of("is not a complete bcrypt hash: expected {bcrypt}$2a$NN$ followed by 53 characters"
                    + " of [./A-Za-z0-9]; generate one with `" + HASH_PASSWORD + "`");
        }
        if (value.startsWith("{") && !value.startsWith("{noop}") && value.indexOf('}') > 1) {
            return Optional.of("only bcrypt hashes ({bcrypt}$2a$…) are accepted, was a `"
                    + value.substring(0, value.indexOf('}') + 1) + "` hash; generate one with `" + HASH_PASSWORD + "`");
        }
        return Optional.of("looks like a plain-text password: store only a hash; generate one with `"
                + HASH_PASSWORD + "`");
    }

    static Optional<String> keyHash(String value) {
        if (SHA256.matcher(value).matches()) {
            return Optional.empty();
        }
        if (HEX64.matcher(value).matches()) {
            return Optional.of(value.startsWith("sha256:") ? "write the hex digits in lower case"
                    : "add the `sha256:` prefix");
        }
        return Optional.of("must be sha256: followed by 64 lowercase hex digits; store only the key's hash,"
                + " computed with `" + HASH_API_KEY + "`");
    }
}

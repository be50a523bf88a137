package com.yilian.tenants;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code tenants} commands of the hub's jar: central IT checks a consortium file before deploying it
 * (in CI, say), and hashes the credentials it adds to the file.
 */
public final class TenantsCli {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: java -jar yilian-hub.jar tenants <command>
              validate FILE    check a consortium file; prints every problem as file:line:column: field: message
              api-key-hash     read an API key from standard input, print the sha256: hash to put in apiKeys
              hash-password    read a password from standard input, print the {bcrypt} hash to put in people
            exit status: 0 valid, 1 problems found, 2 wrong usage""";

    private TenantsCli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err, null);
    }

    /**
     * @param in             where api-key-hash and hash-password read the secret, one line
     * @param passwordHasher makes the stored form of a password ({@code {bcrypt}$2a$10$...}); the hub passes
     *                       Spring Security's encoder because this module has no bcrypt. With null,
     *                       hash-password explains that it needs the hub.
     */
    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err,
                          UnaryOperator<String> passwordHasher) {
        String command = args.isEmpty() ? "" : args.get(0);
        return switch (command) {
            case "validate" -> args.size() == 2 ? validate(args.get(1), out, err) : usage(err);
            case "api-key-hash" -> args.size() == 1 ? hash(in, out, err, "API key", ApiKeyHash::of) : usage(err);
            case "hash-password" -> args.size() != 1 ? usage(err) : passwordHasher == null ? noHasher(err)
                    : hash(in, out, err, "password", passwordHasher);
            case "help", "-h", "--help" -> {
                out.println(USAGE_TEXT);
                yield OK;
            }
            default -> usage(err);
        };
    }

    private static int validate(String fileName, PrintStream out, PrintStream err) {
        Path file;
        try {
            file = Path.of(fileName);
        } catch (InvalidPathException e) {
            err.println(fileName + ": not a valid file name: " + e.getReason());
            return PROBLEMS;
        }
        LoadResult result = TenantConfigLoader.load(file);
        if (!result.ok()) {
            result.problems().forEach(err::println);
            return PROBLEMS;
        }
        Consortium c = result.consortium();
        long people = c.tenants().stream().mapToLong(t -> t.people().size()).sum();
        out.println(file + ": valid; consortium " + c.id() + ": " + count(c.tenants().size(), "hospital") + ", "
                + count(people, "person", "people") + ", " + count(c.modelPools().size(), "model pool"));
        return OK;
    }

    private static int hash(InputStream in, PrintStream out, PrintStream err, String what,
                            UnaryOperator<String> hasher) {
        String secret;
        try {
            secret = readSecret(in);
        } catch (IOException e) {
            err.println("cannot read the " + what + " from standard input: " + e.getMessage());
            return PROBLEMS;
        }
        if (secret == null || secret.isBlank()) {
            err.println("no " + what + " on standard input; type it, or pipe it in: printf '%s' \"$SECRET\" | ...");
            return PROBLEMS;
        }
        out.println(hasher.apply(secret.strip()));
        return OK;
    }

    /** The first line of standard input, so that the secret can be piped in and stays out of shell history. */
    private static String readSecret(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    }

    private static int noHasher(PrintStream err) {
        err.println("hash-password needs bcrypt, which the hub provides: run " + Formats.HASH_PASSWORD);
        return USAGE;
    }

    private static int usage(PrintStream err) {
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

package com.yilian.hub.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Turns a password into the hash the consortium file stores, so that plain passwords never reach the file.
 * Reads from standard input rather than the command line, which would leave the password in shell history.
 */
final class PasswordHashCommand {

    static final int MIN_LENGTH = 10;

    private PasswordHashCommand() {
    }

    static int run(InputStream in, PrintStream out, PrintStream err) {
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            err.println("could not read the password from standard input: " + e.getMessage());
            return 1;
        }
        if (password == null || password.isBlank()) {
            err.println("give the password on standard input, e.g.: read -s PW; echo \"$PW\" | java -jar yilian-hub.jar tenants hash-password");
            return 2;
        }
        if (password.length() < MIN_LENGTH) {
            err.println("password too short: at least " + MIN_LENGTH + " characters");
            return 1;
        }
        out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        return 0;
    }
}

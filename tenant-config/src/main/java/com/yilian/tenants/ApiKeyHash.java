package com.yilian.tenants;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Hashes of API keys as the configuration stores them: {@code sha256:} and 64 lowercase hex digits.
 * A fast hash is enough here, unlike for passwords: API keys are long random strings, not guessable words.
 */
public final class ApiKeyHash {
    public static final String PREFIX = "sha256:";
    private static final HexFormat HEX = HexFormat.of();
    /** One digest per thread: the gateway hashes the key of every call, and a provider lookup per call costs more. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private ApiKeyHash() {
    }

    public static String of(String rawKey) {
        Objects.requireNonNull(rawKey, "rawKey");
        // digest() resets the digest, so the thread's next call starts clean
        return PREFIX + HEX.formatHex(SHA256.get().digest(rawKey.getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant-time, so response times do not reveal how much of a guessed key was right. */
    public static boolean matches(String rawKey, String keyHash) {
        return rawKey != null && sameHash(of(rawKey), keyHash);
    }

    static boolean sameHash(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}

package com.yilian.hub.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, that a password matched its bcrypt hash. Camunda Modeler and the web apps send HTTP
 * Basic on every request, and bcrypt is deliberately slow (tens of milliseconds). Only successes are remembered, keyed
 * by a salted digest of password and hash together, so a changed hash in the consortium file misses the cache.
 */
public class VerifiedPasswordCache implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

    public VerifiedPasswordCache(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = digest(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verifiedUntil.get(key);
        if (until != null && until.isAfter(now)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.entrySet().removeIf(e -> !e.getValue().isAfter(now));
            }
            verifiedUntil.put(key, now.plus(ttl));
        }
        return matches;
    }

    private String digest(CharSequence rawPassword, String encodedPassword) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

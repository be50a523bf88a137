package com.yilian.hub.tenancy;

import com.yilian.tenants.ConfigProblem;
import com.yilian.tenants.ExampleConsortium;
import com.yilian.tenants.LoadResult;
import com.yilian.tenants.TenantConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/** Reads the consortium file and turns it into a snapshot or a list of problems; never throws for bad content. */
public class ConsortiumFileLoader {

    /** What one read of the file produced. Exactly one of snapshot and problems is meaningful. */
    public record Outcome(String sha256, ConsortiumSnapshot snapshot, List<ConfigProblem> problems) {
        public boolean ok() {
            return snapshot != null;
        }
    }

    private final Path file;
    private final Clock clock;

    public ConsortiumFileLoader(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** First start of an embedded hub: give it the example consortium so it is usable at once. */
    public boolean installExampleIfAbsent() {
        if (Files.exists(file)) {
            return false;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, ExampleConsortium.yaml(), StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the example consortium to " + file, e);
        }
    }

    /** The content's hash, or null when the file cannot be read (the loader then reports why). */
    public String currentHash() {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }

    public Outcome load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LoadResult unreadable = TenantConfigLoader.load(file);
            return new Outcome(null, null, unreadable.problems());
        }
        String hash = sha256(text.getBytes(StandardCharsets.UTF_8));
        LoadResult result = TenantConfigLoader.load(file.getFileName().toString(), text);
        if (!result.ok()) {
            return new Outcome(hash, null, result.problems());
        }
        return new Outcome(hash, ConsortiumSnapshot.of(result.consortium(), hash, clock.instant()), List.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package com.yilian.hub.api.admin;

import com.yilian.hub.outbox.Outbox;
import com.yilian.hub.outbox.OutboxTopics;
import com.yilian.hub.tenancy.ConsortiumFileLoader;
import com.yilian.hub.tenancy.ConsortiumReloader;
import com.yilian.hub.tenancy.TenantDirectory;
import com.yilian.tenants.ConfigProblem;
import com.yilian.tenants.LoadResult;
import com.yilian.tenants.Quota;
import com.yilian.tenants.Tenant;
import com.yilian.tenants.TenantConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Changes one tenant's quota in the consortium file: edit the text in place, validate the whole new file exactly as
 * a reload would, and only then replace the file atomically and put it in force. A refused change leaves the file
 * byte for byte as it was.
 */
@Service
public class QuotaFileUpdater {

    /** The audit trail of quota changes, kept apart so operators can route it to its own appender. */
    private static final Logger audit = LoggerFactory.getLogger("com.yilian.audit.quota");

    /** What a change did, for the caller and the audit line. */
    public record Change(String tenantId, Quota previous, Quota current, String sha256) {
    }

    /** The new file would have problems: nothing was written. */
    public static final class Refused extends Exception {
        private final transient List<ConfigProblem> problems;

        Refused(List<ConfigProblem> problems) {
            super(problems.size() + " problem(s)");
            this.problems = List.copyOf(problems);
        }

        public List<ConfigProblem> problems() {
            return problems;
        }
    }

    /** The file on disk cannot be edited (missing tenant, unreadable, read-only mount). */
    public static final class NotWritable extends Exception {
        NotWritable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ConsortiumFileLoader loader;
    private final ConsortiumReloader reloader;
    private final TenantDirectory directory;
    private final Outbox outbox;
    private final Clock clock;

    public QuotaFileUpdater(ConsortiumFileLoader loader, ConsortiumReloader reloader, TenantDirectory directory,
                            Outbox outbox) {
        this.loader = loader;
        this.reloader = reloader;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    /** One change at a time: two IT admins saving at once must not overwrite each other's edit. */
    public synchronized Change update(String tenantId, Quota quota, String actor) throws Refused, NotWritable {
        Path file = loader.file();
        String before;
        try {
            before = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NotWritable("cannot read " + file + ": " + e.getMessage(), e);
        }
        String after;
        try {
            after = QuotaYamlEdit.apply(before, tenantId, quota);
        } catch (QuotaYamlEdit.NotEditable e) {
            throw new NotWritable(e.getMessage(), e);
        }
        LoadResult checked = TenantConfigLoader.load(file.getFileName().toString(), after);
        if (!checked.ok()) {
            throw new Refused(checked.problems());
        }
        Quota previous = previousQuota(file, before, tenantId);
        writeAtomically(file, after);
        reloader.reloadIfChanged();
        Change change = new Change(tenantId, previous, quota, directory.current().sha256());
        audit.info("quota of tenant {} changed by {} at {}: {} -> {}", tenantId, actor, clock.instant(),
                previous, quota);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("at", clock.instant().toString());
        event.put("by", actor);
        event.put("tenant", tenantId);
        event.put("previous", previous);
        event.put("current", quota);
        event.put("sha256", change.sha256());
        outbox.append(OutboxTopics.AUDIT, tenantId, tenantId, "quota-changed", event);
        return change;
    }

    private Quota previousQuota(Path file, String before, String tenantId) {
        LoadResult onDisk = TenantConfigLoader.load(file.getFileName().toString(), before);
        var consortium = onDisk.ok() ? onDisk.consortium() : directory.current().consortium();
        return consortium.tenant(tenantId).map(Tenant::quota).orElse(null);
    }

    /** Write beside the file and rename over it, so a reader never sees half a file. */
    private static void writeAtomically(Path file, String text) throws NotWritable {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            keepPermissions(target, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new NotWritable("cannot write " + target + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); a file mounted read-only is changed through its source instead", e);
        }
    }

    /** A temporary file is private to its owner; the consortium file keeps the permissions IT gave it. */
    private static void keepPermissions(Path original, Path replacement) {
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system, or nothing to copy: the default permissions stand
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the failure that matters is reported by the caller
        }
    }
}

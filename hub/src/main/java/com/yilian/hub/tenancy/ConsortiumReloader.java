package com.yilian.hub.tenancy;

import com.yilian.tenants.ConfigProblem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Picks up edits of the consortium file without a restart. Polls the content hash rather than watching the file,
 * because a Kubernetes ConfigMap is swapped through a symlink that file watchers miss.
 */
public class ConsortiumReloader {

    private static final Logger log = LoggerFactory.getLogger(ConsortiumReloader.class);

    private final ConsortiumFileLoader loader;
    private final TenantDirectory directory;
    private final Clock clock;
    private final Counter accepted;
    private final Counter rejected;

    public ConsortiumReloader(ConsortiumFileLoader loader, TenantDirectory directory, Clock clock, MeterRegistry meters) {
        this.loader = loader;
        this.directory = directory;
        this.clock = clock;
        this.accepted = Counter.builder("yilian.tenant.config.reloads").tag("result", "accepted")
                .description("Edits of the consortium file put in force").register(meters);
        this.rejected = Counter.builder("yilian.tenant.config.reloads").tag("result", "rejected")
                .description("Edits of the consortium file refused because of problems").register(meters);
    }

    @Scheduled(fixedDelayString = "${yilian.reload-interval:5s}", initialDelayString = "${yilian.reload-interval:5s}")
    public void poll() {
        reloadIfChanged();
    }

    /** @return true when a new configuration was put in force */
    public synchronized boolean reloadIfChanged() {
        String hash = loader.currentHash();
        TenantDirectory.Rejection lastRejection = directory.lastRejection();
        boolean seen = Objects.equals(hash, directory.current().sha256())
                || (lastRejection != null && Objects.equals(hash, lastRejection.sha256()));
        if (seen) {
            return false;
        }
        ConsortiumFileLoader.Outcome outcome = loader.load();
        if (!outcome.ok()) {
            directory.reject(new TenantDirectory.Rejection(clock.instant(), outcome.sha256(), outcome.problems()));
            rejected.increment();
            log.error("Consortium file {} was edited but is not valid; the previous configuration stays in force:\n  {}",
                    loader.file(), String.join("\n  ", outcome.problems().stream().map(ConfigProblem::toString).toList()));
            return false;
        }
        directory.accept(outcome.snapshot());
        accepted.increment();
        log.info("Consortium file {} reloaded: {} hospitals (sha256 {})", loader.file(),
                outcome.snapshot().consortium().tenants().size(), outcome.sha256().substring(0, 12));
        return true;
    }
}

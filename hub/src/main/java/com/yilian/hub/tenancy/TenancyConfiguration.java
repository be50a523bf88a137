package com.yilian.hub.tenancy;

import com.yilian.hub.HubProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the consortium at start-up (refusing to start on a bad file) and keeps it current. */
@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TenancyConfiguration.class);

    @Bean
    ConsortiumFileLoader consortiumFileLoader(HubProperties properties) {
        return new ConsortiumFileLoader(properties.effectiveTenantsFile(), Clock.systemUTC());
    }

    @Bean
    TenantDirectory tenantDirectory(ConsortiumFileLoader loader, MeterRegistry meters) {
        if (loader.installExampleIfAbsent()) {
            log.warn("No consortium file at {}: wrote the example consortium there (demo credentials; replace them)",
                    loader.file().toAbsolutePath());
        }
        ConsortiumFileLoader.Outcome outcome = loader.load();
        if (!outcome.ok()) {
            throw new InvalidConsortiumException(loader.file(), outcome.problems());
        }
        TenantDirectory directory = new TenantDirectory(outcome.snapshot());
        Gauge.builder("yilian.tenants", directory, d -> d.current().consortium().tenants().size())
                .description("Hospitals in the consortium configuration in force").register(meters);
        Gauge.builder("yilian.tenant.config.rejected", directory, d -> d.lastRejection() == null ? 0 : 1)
                .description("1 while the latest edit of the consortium file is refused").register(meters);
        return directory;
    }

    @Bean
    ConsortiumReloader consortiumReloader(ConsortiumFileLoader loader, TenantDirectory directory, MeterRegistry meters) {
        return new ConsortiumReloader(loader, directory, Clock.systemUTC(), meters);
    }
}

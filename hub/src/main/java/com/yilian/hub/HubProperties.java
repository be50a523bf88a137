package com.yilian.hub;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the hub keeps its state and finds the consortium.
 *
 * @param dataDir         the embedded default's data directory (H2 database, the consortium file on first start)
 * @param tenantsFile     the consortium file; when absent on first start, the example consortium is written there
 * @param reloadInterval  how often the consortium file is checked for edits
 * @param maxDeploymentSize the largest deployment a client may upload, in bytes
 */
@Validated
@ConfigurationProperties(prefix = "yilian")
public record HubProperties(
        @NotNull @DefaultValue("data") Path dataDir,
        Path tenantsFile,
        @NotNull @DefaultValue("5s") Duration reloadInterval,
        @DefaultValue("20971520") long maxDeploymentSize) {

    public Path effectiveTenantsFile() {
        return tenantsFile != null ? tenantsFile : dataDir.resolve("tenants.yaml");
    }
}

package com.yilian.hub;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the data directory absolute before anything uses it: H2 refuses database paths that are implicitly relative,
 * and every other part of the hub should agree on one place whatever the working directory is.
 */
public class DataDirectoryEnvironment implements EnvironmentPostProcessor {

    static final String PROPERTY = "yilian.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY, "data");
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("yilian-data-dir", Map.of(PROPERTY, absolute)));
    }
}

package com.yilian.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the project's modules point one way: hub uses the others, gpu-scheduler uses tenant-config,
 * and agents, workflows and tenant-config use none of them. Read from the module poms, so a new edge fails here.
 */
class ModuleDependenciesTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "tenant-config", Set.of(),
            "agents", Set.of(),
            "workflows", Set.of(),
            "helm", Set.of(),
            "gpu-scheduler", Set.of("tenant-config"),
            "hub", Set.of("tenant-config", "agents", "workflows", "gpu-scheduler"));

    private static final Pattern PROJECT_DEPENDENCY = Pattern.compile(
            "<dependency>\\s*<groupId>com\\.yilian</groupId>\\s*<artifactId>([^<]+)</artifactId>");

    @Test
    void modulesDependOnlyInTheAllowedDirection() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (Map.Entry<String, Set<String>> module : ALLOWED.entrySet()) {
            String pom = Files.readString(root.resolve(module.getKey()).resolve("pom.xml"));
            Set<String> used = new TreeSet<>();
            Matcher matcher = PROJECT_DEPENDENCY.matcher(pom.replaceAll("(?s)<parent>.*?</parent>", ""));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
            assertThat(used).as(module.getKey() + " depends on").isSubsetOf(module.getValue());
        }
    }

    @Test
    void everyModuleIsInTheBuild() throws IOException {
        String parent = Files.readString(Path.of("..", "pom.xml"));
        ALLOWED.keySet().forEach(module -> assertThat(parent).contains("<module>" + module + "</module>"));
    }
}

package com.yilian.hub.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys the consortium's shipped workflow models (BPMN and DMN from the workflows module) at start-up, shared by
 * every hospital (no tenant). Duplicate filtering makes a restart with unchanged models a no-op, and a changed
 * model a new version; a hospital's own variant, deployed from Camunda Modeler into its tenant, still wins for it.
 */
public class SharedModelDeployer {

    static final String DEPLOYMENT_NAME = "yilian-workflows";
    static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:dmn/*.dmn"};
    private static final Logger log = LoggerFactory.getLogger(SharedModelDeployer.class);

    private final RepositoryService repository;

    public SharedModelDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    public Deployment deploy() {
        DeploymentBuilder builder = repository.createDeployment().name(DEPLOYMENT_NAME).source("yilian-hub")
                .enableDuplicateFiltering(true);
        int models = 0;
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        builder.addInputStream(resource.getFilename(), in);
                        models++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped workflow models", e);
        }
        Deployment deployment = builder.deploy();
        log.info("Shared workflow models: {} files in deployment {} ({})", models, deployment.getId(), DEPLOYMENT_NAME);
        return deployment;
    }
}

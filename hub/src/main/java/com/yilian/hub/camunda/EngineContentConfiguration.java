package com.yilian.hub.camunda;

import com.yilian.hub.tenancy.TenantDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
/** What the engine gets from the hub at start-up: the consortium's people and its shared models. */
public class EngineContentConfiguration {

    @Bean
    ConsortiumIdentitySync consortiumIdentitySync(ProcessEngine engine, TenantDirectory directory) {
        return new ConsortiumIdentitySync(engine, directory);
    }

    @Bean
    SharedModelDeployer sharedModelDeployer(ProcessEngine engine) {
        SharedModelDeployer deployer = new SharedModelDeployer(engine.getRepositoryService());
        deployer.deploy();
        return deployer;
    }
}

package com.yilian.hub.camunda;

import com.yilian.hub.tenancy.TenantDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class IdentitySyncConfiguration {

    @Bean
    ConsortiumIdentitySync consortiumIdentitySync(ProcessEngine engine, TenantDirectory directory) {
        return new ConsortiumIdentitySync(engine, directory);
    }
}

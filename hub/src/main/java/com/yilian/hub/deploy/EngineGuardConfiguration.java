package com.yilian.hub.deploy;

import com.yilian.hub.HubProperties;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class EngineGuardConfiguration {

    @Bean
    FilterRegistrationBean<EngineRequestGuard> engineRequestGuard(RepositoryService repository, HubProperties properties) {
        FilterRegistrationBean<EngineRequestGuard> registration =
                new FilterRegistrationBean<>(new EngineRequestGuard(repository, properties.maxDeploymentSize()));
        registration.setName("yilian-engine-request-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // Right after Spring Security has established the caller, before the engine sees the request.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        return registration;
    }
}

package com.yilian.hub.camunda;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that the consortium's tenant model needs. */
@Configuration(proxyBeanMethods = false)
public class EnginePluginConfiguration {

    static final String IDENTITY_ID_PATTERN = "[a-z][a-z0-9._-]*|camunda-admin";

    @Bean
    ProcessEnginePlugin consortiumTenancyPlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setTenantIdProvider(new CallerTenantIdProvider());
                configuration.setTenantCheckEnabled(true);
                // The consortium file's ids (dr.wang, chengdong-chc) have dots and hyphens; it validates their shape.
                configuration.setGeneralResourceWhitelistPattern(IDENTITY_ID_PATTERN);
            }
        };
    }
}

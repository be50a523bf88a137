package com.yilian.hub.security;

import com.yilian.hub.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Every endpoint needs a credential of the consortium: HTTP Basic for people (Camunda Modeler, the web apps, curl),
 * API keys for systems. Only the bare health probes (without details, for the orchestrator) and the web console's
 * static files stay open.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String IT = "ROLE_IT_ADMIN";
    private static final String LEAD = "ROLE_CLINICAL_LEAD";
    private static final String[] CONSOLE_FILES = {"/", "/index.html", "/assets/**", "/favicon.svg"};

    @Bean
    DaoAuthenticationProvider consortiumAuthenticationProvider(TenantDirectory directory) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new ConsortiumUserDetailsService(directory));
        provider.setPasswordEncoder(new VerifiedPasswordCache(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), Duration.ofMinutes(5), Clock.systemUTC()));
        return provider;
    }

    @Bean
    SecurityFilterChain hubSecurity(HttpSecurity http, TenantDirectory directory,
                                    DaoAuthenticationProvider consortiumAuthenticationProvider) throws Exception {
        http
                .authenticationProvider(consortiumAuthenticationProvider)
                // The web apps keep their own session and CSRF token; API clients send a credential every time.
                .csrf(AbstractHttpConfigurer::disable)
                // Security headers go out before the handler runs: written lazily, at the end of the filter chain,
                // they raced the interview's SSE thread committing the same response (Tomcat's header array broke).
                .headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .httpBasic(basic -> basic.realmName("Yilian").authenticationEntryPoint(new BilingualEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new BilingualEntryPoint())
                        .accessDeniedHandler(new BilingualAccessDeniedHandler()))
                .addFilterBefore(new ApiKeyAuthenticationFilter(directory), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasAnyAuthority(IT)
                        // The web console's files hold no data; everything it shows comes from the API below.
                        .requestMatchers(HttpMethod.GET, CONSOLE_FILES).permitAll()
                        .requestMatchers("/api/admin/**").hasAuthority(HubUser.CONSORTIUM_IT)
                        // Every web app asks /camunda/api/admin/auth who is logged in; the rest of Admin is for IT.
                        .requestMatchers("/camunda/api/admin/auth/**").authenticated()
                        .requestMatchers("/camunda/app/admin/**", "/camunda/api/admin/**").hasAuthority(IT)
                        .requestMatchers("/camunda/app/cockpit/**", "/camunda/api/cockpit/**").hasAnyAuthority(IT, LEAD)
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

}

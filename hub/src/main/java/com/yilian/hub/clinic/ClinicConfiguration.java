package com.yilian.hub.clinic;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clinic API's services. {@code yilian.clinic.reply-timeout}: how long a patient's message waits for the answer. */
@Configuration(proxyBeanMethods = false)
public class ClinicConfiguration {

    /** Building the R4 context reads every structure definition: done once, and only when first asked for. */
    @Bean
    @org.springframework.context.annotation.Lazy
    ca.uhn.fhir.context.FhirContext fhirContext() {
        return ca.uhn.fhir.context.FhirContext.forR4();
    }

    @Bean
    CallerEngine callerEngine(ProcessEngine engine) {
        return new CallerEngine(engine);
    }

    @Bean
    EncounterService encounterService(CallerEngine callerEngine) {
        return new EncounterService(callerEngine);
    }

    @Bean
    InterviewReplies interviewReplies(CallerEngine callerEngine,
                                      @Value("${yilian.clinic.reply-timeout:60s}") Duration timeout) {
        return new InterviewReplies(callerEngine, timeout);
    }
}

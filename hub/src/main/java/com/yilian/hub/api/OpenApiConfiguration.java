package com.yilian.hub.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (for authenticated callers): the hub's own /api endpoints. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI yilianOpenApi() {
        return new OpenAPI()
                .info(new Info().title("医联 Yilian hub API").version("v1")
                        .description("医联体 AI 中枢的诊所接口：接诊、预问诊、医生审核、随访与 FHIR 视图。AI 结果仅供医生参考，"
                                + "须经医生批准。医院由凭证决定，不在请求体中。 / The clinic API of the consortium's AI hub: "
                                + "encounters, intake interview, clinician reviews, follow-up and FHIR views. AI results "
                                + "are decision support and count only once a clinician approves them. The hospital comes "
                                + "from the credential, never from the body."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}

package com.yilian.hub.clinic;

import ca.uhn.fhir.context.FhirContext;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.annotation.Lazy;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** FHIR R4 views of an encounter's results, for a hospital's HIS or EMR. */
@RestController
@Tag(name = "FHIR", description = "FHIR R4 视图 / FHIR R4 views")
public class FhirController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private final CallerEngine callerEngine;
    private final EncounterService encounters;
    private final FhirContext fhir;

    public FhirController(CallerEngine callerEngine, EncounterService encounters, @Lazy FhirContext fhir) {
        this.callerEngine = callerEngine;
        this.encounters = encounters;
        this.fhir = fhir;
    }

    @GetMapping(path = "/api/encounters/{id}/fhir", produces = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "接诊结果的 FHIR 文档集 / The encounter's results as a FHIR R4 Bundle",
            description = "QuestionnaireResponse（问诊）、Condition（鉴别诊断，differential）、ServiceRequest（检查建议，"
                    + "proposal）、CarePlan（随访计划，批准前为 draft） / intake, differential Conditions, proposed exams, "
                    + "follow-up CarePlan (draft until approved)")
    public ResponseEntity<String> bundle(@PathVariable String id) {
        EncounterView encounter = encounters.view(callerEngine.caller(), id);
        String body = fhir.newJsonParser().setPrettyPrint(false).encodeResourceToString(FhirBundleWriter.bundle(encounter));
        return ResponseEntity.ok().contentType(FHIR_JSON).body(body);
    }
}

package com.yilian.hub.clinic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;

/**
 * An encounter's AI results as FHIR R4 resources for a HIS or EMR: the intake as a QuestionnaireResponse, each
 * candidate of the diagnosis matrix as a differential Condition, each proposed exam as a ServiceRequest with intent
 * proposal, the follow-up plan as a CarePlan that stays draft until a clinician approves it. Nothing here is an order.
 */
final class FhirBundleWriter {

    static final String ENCOUNTER_SYSTEM = "https://yilian.example/fhir/encounter-id";
    static final String PATIENT_SYSTEM = "https://yilian.example/fhir/patient-id";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String EVIDENCE_SYSTEM = "https://yilian.example/fhir/ddxplus-evidence";
    static final String EXAM_SYSTEM = "https://yilian.example/fhir/exam";

    private FhirBundleWriter() {
    }

    static Bundle bundle(EncounterView encounter) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem(ENCOUNTER_SYSTEM).setValue(encounter.id()));
        bundle.setTimestamp(new Date());
        Reference patient = new Reference().setIdentifier(new Identifier().setSystem(PATIENT_SYSTEM)
                .setValue(encounter.patientId())).setDisplay(encounter.patientId());
        EncounterView.Result intake = encounter.results().get("intakeSummary");
        if (intake != null) {
            add(bundle, intake(intake, patient));
        }
        EncounterView.Result matrix = encounter.results().get("diagnosisMatrix");
        if (matrix != null) {
            for (JsonNode row : rows(matrix.value())) {
                add(bundle, condition(row, patient));
            }
        }
        EncounterView.Result exams = encounter.results().get("examPlan");
        if (exams != null) {
            for (JsonNode exam : exams.value().path("exams")) {
                add(bundle, serviceRequest(exam, patient, exams));
            }
        }
        EncounterView.Result plan = encounter.results().get("followUpPlan");
        if (plan != null) {
            add(bundle, carePlan(plan, patient));
        }
        return bundle;
    }

    private static QuestionnaireResponse intake(EncounterView.Result intake, Reference patient) {
        QuestionnaireResponse q = new QuestionnaireResponse().setSubject(patient)
                .setStatus("approved".equals(intake.status()) ? QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
                        : QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
        JsonNode summary = intake.value();
        JsonNode complaint = summary.path("chiefComplaint");
        if (!complaint.isMissingNode() && !complaint.isNull()) {
            q.addItem().setLinkId("chiefComplaint").setText("主诉 Chief complaint")
                    .addAnswer().setValue(new StringType(text(complaint.path("term")) + textOr(complaint.path("patientWords"))));
        }
        for (String section : new String[] {"presentIllness", "pastHistory"}) {
            var group = q.addItem().setLinkId(section)
                    .setText(section.equals("presentIllness") ? "现病史 History of present illness" : "既往史 Past history");
            for (JsonNode finding : summary.path(section)) {
                var item = group.addItem().setLinkId(finding.path("code").asText()).setText(text(finding.path("term")));
                item.addAnswer().setValue(new org.hl7.fhir.r4.model.BooleanType(finding.path("positive").asBoolean()));
                for (JsonNode value : finding.path("values")) {
                    item.addAnswer().setValue(new StringType(text(value.path("text"))));
                }
            }
        }
        return q;
    }

    private static Condition condition(JsonNode row, Reference patient) {
        Condition c = new Condition().setSubject(patient);
        c.setVerificationStatus(new CodeableConcept(new Coding(CONDITION_VERIFICATION, "differential", "Differential")));
        c.addCategory(new CodeableConcept(new Coding(CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis")));
        CodeableConcept code = new CodeableConcept().setText(text(row.path("name")));
        if (row.hasNonNull("icd10")) {
            code.addCoding(new Coding(ICD10, row.path("icd10").asText(), row.path("name").path("en").asText(null)));
        }
        c.setCode(code);
        c.addNote(new Annotation().setText("鉴别诊断候选（AI 建议，需医生确认），概率 / Differential candidate (AI proposal, "
                + "for a clinician to confirm), probability " + row.path("probability").asText()));
        for (JsonNode finding : row.path("supporting")) {
            c.addEvidence().addCode(new CodeableConcept(new Coding(EVIDENCE_SYSTEM, finding.path("code").asText(),
                    text(finding.path("text")))));
        }
        return c;
    }

    private static ServiceRequest serviceRequest(JsonNode exam, Reference patient, EncounterView.Result plan) {
        ServiceRequest s = new ServiceRequest().setSubject(patient).setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL)
                .setStatus("approved".equals(plan.status()) ? ServiceRequest.ServiceRequestStatus.ACTIVE
                        : ServiceRequest.ServiceRequestStatus.DRAFT);
        s.setCode(new CodeableConcept(new Coding(EXAM_SYSTEM, exam.path("examId").asText(), exam.path("name").path("en")
                .asText(null))).setText(text(exam.path("name"))));
        if (exam.has("whyNow")) {
            s.addNote(new Annotation().setText(text(exam.path("whyNow"))));
        }
        for (JsonNode separated : exam.path("separates")) {
            s.addReasonCode(new CodeableConcept().setText(text(separated.path("name"))));
        }
        return s;
    }

    private static CarePlan carePlan(EncounterView.Result plan, Reference patient) {
        JsonNode value = plan.value();
        CarePlan c = new CarePlan().setSubject(patient).setIntent(CarePlan.CarePlanIntent.PLAN)
                .setStatus("approved".equals(plan.status()) ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.DRAFT);
        c.setTitle("全病程随访计划 Full-course follow-up plan");
        JsonNode condition = value.path("condition");
        if (!condition.isMissingNode()) {
            c.setDescription(text(condition.path("name")));
        }
        for (JsonNode question : value.path("checkInQuestions")) {
            c.addActivity().getDetail().setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                    .setDescription(text(question.path("text")));
        }
        if (value.has("scope")) {
            c.addNote(new Annotation().setText(text(value.path("scope"))));
        }
        return c;
    }

    private static Iterable<JsonNode> rows(JsonNode matrix) {
        return matrix.has("rows") ? matrix.path("rows") : matrix.path("candidates");
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setResource(resource);
    }

    /** A {"zh","en"} text as "zh / en", or a plain string as it is. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isTextual()) {
            return node.asText();
        }
        String zh = node.path("zh").asText("");
        String en = node.path("en").asText("");
        return zh.isEmpty() ? en : en.isEmpty() ? zh : zh + " / " + en;
    }

    private static String textOr(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? "（" + node.asText() + "）" : "";
    }
}

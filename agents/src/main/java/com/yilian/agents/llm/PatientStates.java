package com.yilian.agents.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.Sex;
import com.yilian.agents.knowledge.Evidence;
import com.yilian.agents.knowledge.EvidenceType;
import com.yilian.agents.knowledge.KnowledgeBase;
import com.yilian.agents.step.StepRequest;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the patient state the intake summary carries between steps:
 * {@code {"patient":{"age":58,"sex":"F"},"chiefComplaint":"E_66","answers":{"E_53":true,"E_55":["V_55"]}}}.
 * A first intake step may instead give {@code patient} with {@code age}, {@code sex} and {@code chiefComplaint}.
 */
public final class PatientStates {

    private final KnowledgeBase kb;

    public PatientStates(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The state from {@code intakeSummary}, else from {@code patient}; bad inputs name the field. */
    public PatientState read(StepRequest request) {
        JsonNode summary = request.input("intakeSummary");
        if (summary != null && summary.has("patient")) return read(summary, "intakeSummary");
        JsonNode patient = request.input("patient");
        if (patient == null || !patient.isObject()) {
            throw new IllegalArgumentException("input 'intakeSummary' (with 'patient') or 'patient' is required: "
                    + "{\"age\":58,\"sex\":\"F\",\"chiefComplaint\":\"E_66\"}");
        }
        return read(EngineJson.MAPPER.createObjectNode().<ObjectNode>set("patient", patient)
                .set("chiefComplaint", patient.get("chiefComplaint")), "patient");
    }

    /** The state written by {@link #write} into {@code source}; {@code where} names it in errors. */
    public PatientState read(JsonNode source, String where) {
        JsonNode patient = source.path("patient");
        if (!patient.path("age").canConvertToInt()) throw new IllegalArgumentException(where + ".patient.age: a number is required");
        Sex sex = Sex.parse(patient.path("sex").asText(""));
        JsonNode ccNode = source.get("chiefComplaint");
        String cc = ccNode == null || ccNode.isNull() ? null : ccNode.asText();
        if (cc != null && !kb.hasEvidence(cc)) throw new IllegalArgumentException(where + ".chiefComplaint: unknown evidence code '" + cc + "'");
        PatientState state = PatientState.start(patient.get("age").asInt(), sex, cc);
        if (source.has("answers")) {
            for (Map.Entry<String, JsonNode> e : source.get("answers").properties()) {
                if (!kb.hasEvidence(e.getKey())) {
                    throw new IllegalArgumentException(where + ".answers: unknown evidence code '" + e.getKey() + "'");
                }
                state = state.with(e.getKey(), answer(kb.evidence(e.getKey()), e.getValue()));
            }
        }
        return state;
    }

    /** An answer as stored: a boolean for yes/no questions, the chosen values otherwise. */
    public static Answer answer(Evidence e, JsonNode value) {
        if (e.type() == EvidenceType.BINARY || value.isBoolean()) return Answer.of(value.asBoolean());
        Set<String> values = new LinkedHashSet<>();
        if (value.isArray()) value.forEach(v -> values.add(v.asText()));
        else values.add(value.asText());
        return Answer.values(values, e.defaultValue());
    }

    /** Writes the state into {@code out} in the form {@link #read} takes back. */
    public static void write(PatientState state, ObjectNode out) {
        out.putObject("patient").put("age", state.age()).put("sex", state.sex().name());
        out.put("chiefComplaint", state.chiefComplaint());
        ObjectNode answers = out.putObject("answers");
        state.answers().forEach((code, a) -> {
            if (a.values().isEmpty()) answers.put(code, a.positive());
            else a.values().forEach(answers.putArray(code)::add);
        });
    }
}

package com.yilian.agents.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.engine.Answer;
import com.yilian.agents.engine.PatientState;
import com.yilian.agents.engine.Sex;
import com.yilian.agents.knowledge.KnowledgeBase;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interview so far, rebuilt from the previous {@code intakeSummary}: the summary is the whole state, so that a
 * re-run of a step gives the same result.
 */
final class InterviewState {

    static final String OPEN = "open";

    int age;
    Sex sex;
    String chiefComplaint;
    String patientWords;
    final Map<String, Answer> evidence = new LinkedHashMap<>();
    final Set<String> unclear = new LinkedHashSet<>();
    String pendingCode;             // an evidence code, OPEN, or null
    int pendingRetries;
    int questionsAsked;
    int openQuestions;
    final ArrayNode transcript = Json.array();
    final Set<String> medications = new LinkedHashSet<>();
    final Set<String> allergies = new LinkedHashSet<>();

    /** @throws IllegalArgumentException when neither the input nor the previous summary gives age and sex */
    static InterviewState restore(KnowledgeBase kb, JsonNode patient, ObjectNode previous) {
        InterviewState s = new InterviewState();
        JsonNode p = patient != null && patient.isObject() ? patient : previous == null ? null : previous.get("patient");
        if (p == null || !p.path("age").canConvertToInt() || !p.hasNonNull("sex")) {
            throw new IllegalArgumentException("intake-interviewer needs input 'patient' as {\"age\": 45, \"sex\": \"F\"|\"M\"}"
                    + " (or a previous 'intakeSummary' carrying it), got: " + p);
        }
        s.age = p.path("age").asInt();
        s.sex = Sex.parse(p.path("sex").asText());
        if (previous == null) return s;
        JsonNode cc = previous.path("chiefComplaint");
        s.chiefComplaint = cc.hasNonNull("code") && kb.hasEvidence(cc.path("code").asText()) ? cc.path("code").asText() : null;
        s.patientWords = Json.str(cc, "patientWords", null);
        previous.path("evidence").properties().forEach(e -> {
            if (!kb.hasEvidence(e.getKey())) return;   // a code of another knowledge base version: not ours to judge
            Set<String> values = new TreeSet<>();
            e.getValue().path("values").forEach(v -> values.add(v.asText()));
            s.evidence.put(e.getKey(), new Answer(e.getValue().path("positive").asBoolean(), values));
            if (e.getValue().path("unclear").asBoolean()) s.unclear.add(e.getKey());
        });
        JsonNode pending = previous.path("pendingQuestion");
        if (pending.isObject()) {
            String code = Json.str(pending, "code", null);
            s.pendingCode = OPEN.equals(Json.str(pending, "kind", null)) ? OPEN
                    : code != null && kb.hasEvidence(code) ? code : null;
            s.pendingRetries = pending.path("retries").asInt(0);
        }
        s.questionsAsked = previous.path("questionsAsked").asInt(0);
        s.openQuestions = previous.path("openQuestions").asInt(0);
        previous.path("transcript").forEach(t -> s.transcript.add(t.deepCopy()));
        previous.path("medications").forEach(m -> s.medications.add(m.asText()));
        previous.path("allergies").forEach(m -> s.allergies.add(m.asText()));
        return s;
    }

    PatientState patientState() {
        Map<String, Answer> answers = new LinkedHashMap<>(evidence);
        if (chiefComplaint != null) answers.put(chiefComplaint, Answer.YES);
        return new PatientState(age, sex, chiefComplaint, answers);
    }

    void say(String role, String text) {
        transcript.addObject().put("role", role).put("text", text);
    }
}

package com.yilian.agents.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is known about a patient so far. Immutable: each answer gives a new state.
 *
 * @param chiefComplaint code of the evidence the patient came with (also present in {@code answers}), or null
 * @param answers        answers by evidence code, in the order they were given
 */
public record PatientState(int age, Sex sex, String chiefComplaint, Map<String, Answer> answers) {

    public PatientState {
        if (age < 0 || age > 130) throw new IllegalArgumentException("age out of range: " + age);
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** A new interview: age, sex and the complaint the patient states first (a yes/no evidence). */
    public static PatientState start(int age, Sex sex, String chiefComplaint) {
        Map<String, Answer> a = new LinkedHashMap<>();
        if (chiefComplaint != null) a.put(chiefComplaint, Answer.YES);
        return new PatientState(age, sex, chiefComplaint, a);
    }

    public PatientState with(String code, Answer answer) {
        Map<String, Answer> a = new LinkedHashMap<>(answers);
        a.put(code, answer);
        return new PatientState(age, sex, chiefComplaint, a);
    }

    public boolean asked(String code) {
        return answers.containsKey(code);
    }

    public boolean isPositive(String code) {
        Answer a = answers.get(code);
        return a != null && a.positive();
    }

    /** Number of questions answered after the chief complaint. */
    public int questionsAsked() {
        return answers.size() - (chiefComplaint != null && answers.containsKey(chiefComplaint) ? 1 : 0);
    }
}

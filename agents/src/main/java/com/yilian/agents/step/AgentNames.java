package com.yilian.agents.step;

import java.util.List;

/** The agents the workflows call, by the names the BPMN models and the element template use. */
public final class AgentNames {

    public static final String INTAKE_INTERVIEWER = "intake-interviewer";
    public static final String EXAM_RECOMMENDER = "exam-recommender";
    public static final String DIAGNOSIS_MATRIX = "diagnosis-matrix";
    public static final String FOLLOW_UP_PLANNER = "follow-up-planner";
    public static final String CHECK_IN_ASSESSOR = "check-in-assessor";
    public static final String REFERRAL_SUMMARIZER = "referral-summarizer";

    public static final List<String> ALL = List.of(INTAKE_INTERVIEWER, EXAM_RECOMMENDER, DIAGNOSIS_MATRIX,
            FOLLOW_UP_PLANNER, CHECK_IN_ASSESSOR, REFERRAL_SUMMARIZER);

    private AgentNames() { }
}

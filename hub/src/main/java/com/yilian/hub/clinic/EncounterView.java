package com.yilian.hub.clinic;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An encounter as the clinic sees it.
 *
 * @param status       {@code active}, {@code completed} or the engine's other end states, lower case
 * @param currentSteps where the encounter stands now (the innermost activities, across called workflows)
 * @param interview    the intake interview's state: whether it waits for the patient, and the question asked
 * @param openReview   the review task waiting for a clinician, if any
 * @param results      the agents' results by variable name; each a proposal until a clinician approves it
 * @param degraded     true when any result came from the knowledge engine alone (no model answered)
 * @param timers       scheduled timers, e.g. the next follow-up check-in
 * @param incidents    failed steps that need a person (IT or the clinical lead)
 */
public record EncounterView(String id, String patientId, String status, Instant startedAt, Instant endedAt,
                            List<Step> currentSteps, Interview interview, OpenTask openReview, List<OpenTask> openTasks,
                            Map<String, Result> results, boolean degraded, List<Timer> timers,
                            List<Problem> incidents) {

    /** {@code questionCode} is the knowledge base's evidence code of the question, null for an open question. */
    public record Interview(String status, boolean waitingForPatient, String question, String questionCode) {
    }

    public record Step(String process, String activityId, String name) {
    }

    /** A user task of the encounter; {@code subject} names the result under review (null for other tasks). */
    public record OpenTask(String id, String task, String name, String subject, String assignee, Instant created) {
    }

    /**
     * @param status {@code proposal} (not yet approved), {@code approved} or {@code rejected}
     */
    public record Result(String status, boolean degraded, JsonNode degradedReason, JsonNode value) {
    }

    public record Timer(String process, String activityId, Instant due) {
    }

    public record Problem(String activityId, String message) {
    }

    /** One line of the encounter list. */
    public record Summary(String id, String patientId, String status, Instant startedAt, Instant endedAt) {
    }

    public record Page(List<Summary> items, int page, int size, long total) {
    }
}

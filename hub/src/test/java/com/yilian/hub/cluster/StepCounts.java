package com.yilian.hub.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

/**
 * What went in and what came out, per encounter, once no agent step is left open: one interviewer step per patient
 * message plus the opening, every agent task created completed exactly once, and one step-completed outbox event
 * per completed step. Prints the totals.
 */
final class StepCounts {

    private StepCounts() {
    }

    static void assertEveryStepRanOnce(ClusterDatabase database, String scenario, List<Interview> interviews) throws Exception {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> database.openAgentSteps() == 0 && database.openAgentSteps() == 0);
        int messages = 0;
        int steps = 0;
        int events = 0;
        for (Interview interview : interviews) {
            String encounter = interview.encounter();
            int interviewerSteps = database.completedAgentSteps(encounter, "Task_Interview");
            int completed = database.completedAgentSteps(encounter, null);
            assertThat(interviewerSteps).as(encounter + ": one interviewer step per message plus the opening")
                    .isEqualTo(interview.messages() + 1);
            assertThat(completed).as(encounter + ": every agent task created was completed")
                    .isEqualTo(database.createdAgentSteps(encounter));
            assertThat(database.stepCompletedEvents(encounter)).as(encounter + ": one step-completed event per step")
                    .isEqualTo(completed);
            messages += interview.messages() + 1;
            steps += completed;
            events += database.stepCompletedEvents(encounter);
        }
        System.out.printf("[cluster] %s: %d encounters, %d patient messages in (openings included), %d agent steps"
                        + " completed, %d step-completed events, %d completed twice, %d incidents%n", scenario,
                interviews.size(), messages, steps, events, database.tasksCompletedTwice().size(), database.incidents());
        assertThat(database.tasksCompletedTwice()).as("tasks completed more than once").isEmpty();
        assertThat(database.incidents()).isZero();
    }

}

package com.yilian.hub.worker;

import com.yilian.agents.step.StepResult;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Writes a step's outcome back to the engine: the result as a Spin JSON value (stored as a byte array, so results
 * of any length work on H2 and PostgreSQL, and expressions can still read its fields) plus the plain routing
 * variables the gateways read; a clinical "cannot decide" as BPMN error; a failure as a retry, then an incident.
 */
final class StepCompletion {

    static final String CANNOT_DECIDE = "AGENT_CANNOT_DECIDE";

    private final ExternalTaskService tasks;
    private final String workerId;

    StepCompletion(ExternalTaskService tasks, String workerId) {
        this.tasks = tasks;
        this.workerId = workerId;
    }

    void done(AgentTask task, StepResult result) {
        if (task.resultVariable() == null || task.resultVariable().isBlank()) {
            throw new IllegalArgumentException("task " + task.activityId()
                    + " has no 'resultVariable' input; set it in the BPMN model (AI agent task template)");
        }
        Map<String, Object> variables = new HashMap<>(result.routing());
        variables.put(task.resultVariable(), SpinValues.jsonValue(result.result().toString()).create());
        tasks.complete(task.id(), workerId, variables);
    }

    void cannotDecide(AgentTask task, StepResult result) {
        String reason = result.reason() == null ? "智能体无法判断 / The agent cannot decide"
                : result.reason().zh() + " / " + result.reason().en();
        Map<String, Object> variables = Map.of("agentErrorCode", CANNOT_DECIDE, "agentErrorMessage", reason);
        tasks.handleBpmnError(task.id(), workerId, CANNOT_DECIDE, reason, variables);
    }

    /** Returns true when this failure used the last retry and the engine now raises an incident. */
    boolean failed(AgentTask task, Throwable cause, WorkerProperties settings) {
        int failures = task.failuresSoFar(settings.retries()) + 1;
        int retriesLeft = task.retriesAfterFailure(settings.retries());
        String message = retriesLeft == 0 ? FailureMessages.incident(task, failures, cause)
                : FailureMessages.retrying(task, failures, retriesLeft, cause);
        long backoff = retriesLeft == 0 ? 0 : settings.backoffAfter(failures).toMillis();
        tasks.handleFailure(task.id(), workerId, message, stackTrace(cause), retriesLeft, backoff);
        return retriesLeft == 0;
    }

    private static String stackTrace(Throwable cause) {
        java.io.StringWriter out = new java.io.StringWriter();
        cause.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}

package com.yilian.hub.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the engine reports to the outbox, inside the engine's own transaction: a process start that rolls back leaves
 * no event behind. Encounter events go to the workflow topic; a clinician's decision goes to the audit topic with
 * who made it.
 */
final class WorkflowEventListeners {

    static final String ENCOUNTER_PROCESS = "outpatient-encounter";
    static final String REFERRAL_PROCESS = "up-referral";

    private final Outbox outbox;

    WorkflowEventListeners(Outbox outbox) {
        this.outbox = outbox;
    }

    ExecutionListener processStarted() {
        return execution -> {
            String key = processKey(execution);
            String type = ENCOUNTER_PROCESS.equals(key) ? "encounter-started"
                    : REFERRAL_PROCESS.equals(key) ? "referred" : "process-started";
            workflow(execution, type, Map.of());
        };
    }

    ExecutionListener agentStepCompleted() {
        return execution -> {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("agent", String.valueOf(execution.getVariableLocal("agent")));
            extra.put("resultVariable", String.valueOf(execution.getVariableLocal("resultVariable")));
            workflow(execution, "step-completed", extra);
        };
    }

    ExecutionListener escalated() {
        return execution -> workflow(execution, "escalated", Map.of());
    }

    /** Who decided what on a review or sign-off task: the audit trail of clinical decisions. */
    TaskListener taskCompleted() {
        return task -> {
            DelegateExecution execution = task.getExecution();
            Map<String, Object> payload = base(execution);
            payload.put("taskId", task.getId());
            payload.put("taskDefinitionKey", task.getTaskDefinitionKey());
            payload.put("taskName", task.getName());
            payload.put("by", actor(task));
            for (String name : new String[] {"decision", "reviewComment", "consent", "referralOutcome"}) {
                Object v = task.getVariable(name);
                if (v != null) payload.put(name, String.valueOf(v));
            }
            outbox.append(OutboxTopics.AUDIT, key(execution), execution.getTenantId(), "clinical-decision", payload);
        };
    }

    private void workflow(DelegateExecution execution, String type, Map<String, Object> extra) {
        Map<String, Object> payload = base(execution);
        payload.put("activityId", execution.getCurrentActivityId());
        payload.put("by", currentUser());
        payload.putAll(extra);
        outbox.append(OutboxTopics.WORKFLOW, key(execution), execution.getTenantId(), type, payload);
    }

    private static Map<String, Object> base(DelegateExecution execution) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("at", Instant.now().toString());
        payload.put("tenant", execution.getTenantId());
        payload.put("encounterId", execution.getProcessBusinessKey());
        payload.put("processKey", processKey(execution));
        payload.put("processInstanceId", execution.getProcessInstanceId());
        return payload;
    }

    /** One encounter's events share a key (its business key), so Kafka keeps them in order. */
    private static String key(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        return businessKey != null ? businessKey : execution.getProcessInstanceId();
    }

    private static String processKey(DelegateExecution execution) {
        String definitionId = execution.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.split(":")[0];
    }

    private static String actor(DelegateTask task) {
        String user = currentUser();
        return user != null ? user : task.getAssignee();
    }

    private static String currentUser() {
        Authentication auth = org.camunda.bpm.engine.impl.context.Context.getCommandContext() == null ? null
                : org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}

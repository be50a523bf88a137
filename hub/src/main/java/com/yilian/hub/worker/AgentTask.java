package com.yilian.hub.worker;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One locked {@code yilian-agent} task, read through the contract of workflows/README.md: the local inputs
 * {@code agent}, {@code agentInputs}, {@code resultVariable}, {@code priority}, {@code dataClass}, and in
 * {@code variables} those local inputs plus the process variables that {@code agentInputs} names.
 */
public record AgentTask(String id, String agent, List<String> agentInputs, String resultVariable, String priority,
                        String dataClass, String tenantId, String encounterId, String activityId,
                        String processInstanceId, Integer retries, VariableMap variables,
                        String executionId) {

    /** {@code task} was fetched with its local variables only: the contract's inputs. */
    public static AgentTask of(LockedExternalTask task) {
        VariableMap vars = Variables.createVariables();
        vars.putAll(task.getVariables());
        return new AgentTask(task.getId(), text(vars, "agent"), names(text(vars, "agentInputs")),
                text(vars, "resultVariable"), text(vars, "priority"), text(vars, "dataClass"), task.getTenantId(),
                task.getBusinessKey(), task.getActivityId(), task.getProcessInstanceId(), task.getRetries(), vars,
                task.getExecutionId());
    }

    /**
     * Adds the variables {@code agentInputs} names that are not local inputs, read only now and only by name: a
     * fetch of all variables would load and copy every earlier step's JSON result, however few the agent needs.
     */
    void readProcessInputs(ProcessVariables reader) {
        List<String> notLocal = agentInputs.stream().filter(name -> !variables.containsKey(name)).toList();
        if (!notLocal.isEmpty()) {
            variables.putAll(reader.read(executionId, notLocal));
        }
    }

    /** Reads named variables as seen from an execution (the nearest scope's value wins), without deserializing. */
    @FunctionalInterface
    public interface ProcessVariables {
        VariableMap read(String executionId, List<String> names);
    }

    /** Failures so far: the engine keeps no count until the first failure sets retries to the configured number. */
    public int failuresSoFar(int configuredRetries) {
        return retries == null ? 0 : Math.max(configuredRetries - retries + 1, 1);
    }

    /** Retries left after one more failure. */
    public int retriesAfterFailure(int configuredRetries) {
        return retries == null ? configuredRetries : Math.max(retries - 1, 0);
    }

    private static String text(VariableMap vars, String name) {
        Object value = vars.get(name);
        return value == null ? null : value.toString().trim();
    }

    private static List<String> names(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

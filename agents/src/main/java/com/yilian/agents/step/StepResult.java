package com.yilian.agents.step;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.knowledge.Text;

import java.util.Map;

/**
 * What an agent gives back for one step.
 *
 * @param outcome      {@link Outcome#DONE}, or {@link Outcome#CANNOT_DECIDE} for a clinical "cannot decide" that the
 *                     process routes to a clinician (BPMN error {@code AGENT_CANNOT_DECIDE})
 * @param result       the structured result, stored as JSON in the task's {@code resultVariable}; null when the
 *                     agent could not decide. Always carries {@code degraded} (boolean) and, when degraded,
 *                     {@code degradedReason} ({@code {"zh","en"}}) so that every reader sees it
 * @param routing      plain routing variables for the gateways (see workflows/README.md), e.g. {@code intakeStatus}
 * @param degradation  why the result came from the knowledge engine alone, or null when a model answered
 * @param reason       for CANNOT_DECIDE: what a clinician should know (zh and en)
 */
public record StepResult(Outcome outcome, ObjectNode result, Map<String, String> routing, Degradation degradation,
                         Text reason) {

    public enum Outcome { DONE, CANNOT_DECIDE }

    /**
     * Why a step ran on the knowledge engine alone.
     *
     * @param code   machine-readable: {@code no-model}, {@code model-unreachable}, {@code quota-exhausted},
     *               {@code invalid-output}, {@code unsafe-output}, {@code timeout}
     * @param reason for the clinician, zh and en
     */
    public record Degradation(String code, Text reason) { }

    public StepResult {
        routing = routing == null ? Map.of() : Map.copyOf(routing);
        if (outcome == Outcome.DONE && result == null) throw new IllegalArgumentException("a DONE step needs a result");
    }

    public static StepResult done(ObjectNode result, Map<String, String> routing, Degradation degradation) {
        result.put("degraded", degradation != null);
        if (degradation != null) {
            result.put("degradedCode", degradation.code());
            result.putObject("degradedReason").put("zh", degradation.reason().zh()).put("en", degradation.reason().en());
        }
        return new StepResult(Outcome.DONE, result, routing, degradation, null);
    }

    public static StepResult cannotDecide(Text reason) {
        return new StepResult(Outcome.CANNOT_DECIDE, null, Map.of(), null, reason);
    }

    public boolean degraded() {
        return degradation != null;
    }
}

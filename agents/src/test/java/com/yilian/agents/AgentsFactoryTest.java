package com.yilian.agents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.yilian.agents.baseline.Json;
import com.yilian.agents.engine.DiagnosticEngine;
import com.yilian.agents.llm.audit.AuditRecord;
import com.yilian.agents.llm.routing.EndpointConfig;
import com.yilian.agents.llm.routing.RouteConfig;
import com.yilian.agents.llm.routing.RoutingConfig;
import com.yilian.agents.step.AgentNames;
import com.yilian.agents.step.StepAgents;
import com.yilian.agents.step.StepContext;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentsFactoryTest {

    private static final DiagnosticEngine ENGINE = DiagnosticEngine.standard();
    private final List<AuditRecord> audit = new CopyOnWriteArrayList<>();

    private static StepRequest matrixStep() {
        ObjectNode intake = Json.object();
        intake.putObject("patient").put("age", 45).put("sex", "M");
        intake.putObject("chiefComplaint").put("code", "E_201");
        intake.putObject("evidence").putObject("E_201").put("positive", true).putArray("values");
        ObjectNode inputs = Json.object();
        inputs.set("intakeSummary", intake);
        return new StepRequest(AgentNames.DIAGNOSIS_MATRIX, new StepContext("community-a", "enc-1", null, null), inputs);
    }

    @Test
    void withoutEndpointsTheWorkflowsRunOnTheEngineAlone() {
        StepAgents agents = AgentsFactory.agents(RoutingConfig.none(), audit::add, ENGINE);
        assertThat(agents.names()).containsExactlyInAnyOrderElementsOf(AgentNames.ALL);
        StepResult r = agents.run(matrixStep());
        assertThat(r.degradation().code()).isEqualTo("no-model");
        assertThat(r.result().get("rows")).isNotEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void withEndpointsEveryAgentAsksItsModelAndFallsBackOnTheEngine() {
        // Nothing listens on port 1: the model is unreachable, the step completes on the engine, and the call is audited.
        EndpointConfig endpoint = new EndpointConfig("scheduler", "http://127.0.0.1:1/v1", "qwen-test", "k", false,
                Duration.ofSeconds(5), 0, null);
        RoutingConfig config = new RoutingConfig(List.of(endpoint),
                List.of(new RouteConfig(List.of("*"), List.of("*"), List.of("*"), "scheduler")));
        StepAgents agents = AgentsFactory.agents(config, audit::add, ENGINE);
        assertThat(agents.names()).containsExactlyInAnyOrderElementsOf(AgentNames.ALL);
        StepResult r = agents.run(matrixStep());
        assertThat(r.degradation().code()).isEqualTo("model-unreachable");
        assertThat(r.result().get("rows")).isNotEmpty();
        assertThat(audit).singleElement().satisfies(a -> assertThat(a.endpoint()).isEqualTo("scheduler"));
    }

    @Test
    void aBrokenConfigurationIsRejectedUpFront() {
        RoutingConfig config = new RoutingConfig(List.of(new EndpointConfig("scheduler", "http://127.0.0.1:1/v1",
                "qwen-test", "k", false, null, null, null)),
                List.of(new RouteConfig(null, null, null, "gpu-pool-9")));
        assertThatThrownBy(() -> AgentsFactory.agents(config, audit::add, ENGINE)).hasMessageContaining("gpu-pool-9");
    }
}

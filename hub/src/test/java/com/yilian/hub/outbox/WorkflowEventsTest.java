package com.yilian.hub.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yilian.hub.support.RunningHubTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine writes workflow and audit events into the outbox, in its own transaction. */
class WorkflowEventsTest extends RunningHubTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReviewedProcessLeavesItsStartAndWhoDecidedInTheOutbox() {
        String key = "outbox-review-" + System.nanoTime();
        deploy(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).startEvent()
                .userTask("review").camundaCandidateGroups("clinician").endEvent().done());
        String encounter = "enc-" + System.nanoTime();
        // As the hub's API calls the engine for a clinician of 城东 (chengdong-chc).
        engine.getIdentityService().setAuthentication("dr.sun", List.of("clinician"), List.of("chengdong-chc"));
        try {
            var instance = engine.getRuntimeService().startProcessInstanceByKey(key, encounter);
            var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
            engine.getTaskService().complete(task.getId(), Map.of("decision", "approve"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT topic, event_type, payload FROM yilian_outbox WHERE event_key = ? ORDER BY id", encounter);
        assertThat(events).extracting(e -> e.get("EVENT_TYPE")).containsExactly("process-started", "clinical-decision");
        assertThat(events.get(0).get("TOPIC")).isEqualTo(OutboxTopics.WORKFLOW);
        assertThat(events.get(1).get("TOPIC")).isEqualTo(OutboxTopics.AUDIT);
        assertThat(jdbc.queryForList("SELECT tenant_id FROM yilian_outbox WHERE event_key = ?", String.class, encounter))
                .containsOnly("chengdong-chc");
        assertThat((String) events.get(1).get("PAYLOAD")).contains("\"by\":\"dr.sun\"", "\"decision\":\"approve\"",
                "\"taskDefinitionKey\":\"review\"");
    }

    @Test
    void aStartThatFailsLeavesNoEventBehind() {
        String key = "outbox-failing-" + System.nanoTime();
        deploy(Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).startEvent()
                .serviceTask("broken").camundaExpression("${noSuchBean.call()}").endEvent().done());
        String encounter = "enc-" + System.nanoTime();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(key, encounter));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM yilian_outbox WHERE event_key = ?", Long.class, encounter))
                .as("the start listener's event rolled back with the start").isZero();
    }

    private void deploy(BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment().name("outbox-test")
                .addModelInstance("outbox-test.bpmn", model).deploy();
    }
}

package com.yilian.workflows;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** One in-memory engine (camunda.cfg.xml) shared by all process tests; each test class deploys its models. */
@ExtendWith(ProcessEngineExtension.class)
abstract class AbstractProcessTest {

  ProcessEngine engine;
  SimulatedHub hub;

  @BeforeEach
  void setUpHub(ProcessEngine engine) {
    this.engine = engine;
    init(engine);
    hub = new SimulatedHub(engine);
  }

  /** Fires the timer or async job waiting at {@code activityId}, as the job executor would once it is due. */
  org.camunda.bpm.engine.runtime.Job executeJobAt(String processInstanceId, String activityId) {
    var job = engine.getManagementService().createJobQuery()
        .processInstanceId(processInstanceId).activityId(activityId).singleResult();
    org.assertj.core.api.Assertions.assertThat(job).as("job at %s", activityId).isNotNull();
    engine.getManagementService().executeJob(job.getId());
    return job;
  }

  long incidents(String processInstanceId) {
    return engine.getRuntimeService().createIncidentQuery().processInstanceId(processInstanceId).count();
  }
}

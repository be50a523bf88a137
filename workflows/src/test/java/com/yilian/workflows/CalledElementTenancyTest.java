package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pins down how Camunda resolves a call activity's called element when definitions are shared (no tenant) and a
 * hospital deploys its own variant, because the consortium relies on "a hospital's variant wins for that hospital".
 */
class CalledElementTenancyTest extends AbstractProcessTest {

  static final String HOSPITAL = "hospital-a";
  final List<String> deployments = new ArrayList<>();

  /** Like the hub's provider: instances of shared definitions take the caller's tenant. */
  static final class CallerTenant implements TenantIdProvider {
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      if (ctx.getSuperExecution() != null) {
        return ctx.getSuperExecution().getTenantId();
      }
      return (String) ctx.getVariables().get("tenant");
    }

    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return null;
    }

    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return null;
    }
  }

  ProcessEngineConfigurationImpl config() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  static BpmnModelInstance caller(String tenantExpression) {
    var call = Bpmn.createExecutableProcess("caller").camundaHistoryTimeToLive(1).startEvent()
        .callActivity("call").calledElement("callee");
    if (tenantExpression != null) {
      call.camundaCalledElementTenantId(tenantExpression);
    }
    return call.endEvent().done();
  }

  static BpmnModelInstance callee(String variant) {
    return Bpmn.createExecutableProcess("callee").camundaHistoryTimeToLive(1).startEvent()
        .userTask("Task_" + variant).endEvent().done();
  }

  void deploy(String tenant, String name, BpmnModelInstance model) {
    deployments.add(engine.getRepositoryService().createDeployment().tenantId(tenant)
        .addModelInstance(name + ".bpmn", model).deploy().getId());
  }

  ProcessInstance startShared() {
    return engine.getRuntimeService().createProcessInstanceByKey("caller").processDefinitionWithoutTenantId()
        .setVariable("tenant", HOSPITAL).execute();
  }

  String calledTask(ProcessInstance pi) {
    String called = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).singleResult().getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(called).singleResult().getTaskDefinitionKey();
  }

  @AfterEach
  void cleanUp() {
    config().setTenantIdProvider(null);
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void defaultBindingFromASharedCallerCallsTheSharedDefinitionEvenWhenTheHospitalHasAVariant() {
    config().setTenantIdProvider(new CallerTenant());
    deploy(null, "caller", caller(null));
    deploy(null, "callee", callee("shared"));
    deploy(HOSPITAL, "callee", callee("hospital"));
    ProcessInstance pi = startShared();
    assertThat(pi.getTenantId()).isEqualTo(HOSPITAL);
    assertThat(calledTask(pi)).isEqualTo("Task_shared");
  }

  @Test
  void executionTenantIdPicksTheHospitalVariantButHasNoFallbackToTheSharedOne() {
    config().setTenantIdProvider(new CallerTenant());
    deploy(null, "caller", caller("${execution.tenantId}"));
    deploy(HOSPITAL, "callee", callee("hospital"));
    assertThat(calledTask(startShared())).isEqualTo("Task_hospital");

    engine.getRepositoryService().deleteDeployment(deployments.remove(1), true);
    deploy(null, "callee", callee("shared"));
    assertThatThrownBy(this::startShared).isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void aVariantOfTheCallerDeployedForTheHospitalAlsoFindsNoSharedCallee() {
    deploy(HOSPITAL, "caller", caller(null));
    deploy(null, "callee", callee("shared"));
    assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceByKey("caller")
        .processDefinitionTenantId(HOSPITAL).execute()).isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void anExpressionThatPrefersTheHospitalVariantFallsBackToTheSharedDefinition() {
    config().setTenantIdProvider(new CallerTenant());
    deploy(null, "caller", caller(OutpatientModels.VARIANT_OR_SHARED.formatted("callee")));
    deploy(null, "callee", callee("shared"));
    assertThat(calledTask(startShared())).isEqualTo("Task_shared");

    deploy(HOSPITAL, "callee", callee("hospital"));
    assertThat(calledTask(engine.getRuntimeService().createProcessInstanceByKey("caller")
        .processDefinitionWithoutTenantId().setVariable("tenant", "hospital-b").execute())).isEqualTo("Task_shared");
    assertThat(calledTask(startShared())).isEqualTo("Task_hospital");
  }
}

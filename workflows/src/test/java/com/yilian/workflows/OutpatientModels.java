package com.yilian.workflows;

/** Expressions the composed models use, kept here so the tests pin them. */
final class OutpatientModels {

  /**
   * calledElementTenantId for a call activity in a shared model: the caller's tenant if that hospital deployed its own
   * variant of the called process, else null, which selects the shared definition.
   */
  static final String VARIANT_OR_SHARED = "${execution.tenantId == null ? null : "
      + "(execution.processEngineServices.repositoryService.createProcessDefinitionQuery()"
      + ".processDefinitionKey('%s').tenantIdIn(execution.tenantId).count() > 0 ? execution.tenantId : null)}";

  private OutpatientModels() {
  }
}

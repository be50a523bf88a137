package com.yilian.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/** Rules every model and element template in this module keeps, so the hub's worker and Camunda Modeler can rely on them. */
class ModelConventionsTest extends AbstractProcessTest {

  static final Set<String> AGENTS = Set.of("intake-interviewer", "exam-recommender", "diagnosis-matrix",
      "follow-up-planner", "check-in-assessor", "referral-summarizer");
  static final Path RESOURCES = Path.of("src/main/resources");
  static final Path TEMPLATES = RESOURCES.resolve(".camunda/element-templates");

  static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void everyProcessIsExecutableWithHistoryTimeToLiveAndLayout() throws IOException {
    List<Path> models = files(RESOURCES, ".bpmn");
    assertThat(models).hasSizeGreaterThanOrEqualTo(7);
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Bpmn.validateModel(model);
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.isExecutable()).as("%s executable", file).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s historyTimeToLive", file).isNotBlank();
        assertThat(process.getName()).as("%s name", file).matches("^\\p{IsHan}.*[A-Za-z].*");
      }
      Set<String> shapes = new java.util.HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        assertThat(shapes).as("%s has a diagram shape for %s", file, node.getId()).contains(node.getId());
      }
    }
  }

  @Test
  void everyServiceTaskIsAKnownAgentOnTheYilianAgentTopic() throws IOException {
    Set<String> used = new java.util.HashSet<>();
    for (Path file : files(RESOURCES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        String where = file.getFileName() + "#" + task.getId();
        assertThat(task.getCamundaType()).as(where).isEqualTo("external");
        assertThat(task.getCamundaTopic()).as(where).isEqualTo("yilian-agent");
        List<String> agent = task.getExtensionElements().getElementsQuery()
            .filterByType(CamundaInputOutput.class).singleResult().getCamundaInputParameters().stream()
            .filter(p -> "agent".equals(p.getCamundaName())).map(p -> p.getTextContent().trim()).toList();
        assertThat(agent).as(where).hasSize(1);
        assertThat(AGENTS).as(where).contains(agent.get(0));
        used.add(agent.get(0));
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaCandidateGroups()).as(file.getFileName() + "#" + task.getId()).isNotBlank();
      }
    }
    assertThat(used).as("every agent is used by some model").isEqualTo(AGENTS);
  }

  @Test
  void callActivitiesPreferTheHospitalsVariantAndFallBackToTheSharedDefinition() throws IOException {
    int calls = 0;
    for (Path file : files(RESOURCES, ".bpmn")) {
      for (CallActivity call : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(CallActivity.class)) {
        if (call.getCalledElement().equals("referral-intake")) {
          continue; // the tertiary hospital's own process: always the shared definition
        }
        assertThat(call.getCamundaCalledElementTenantId()).as("%s#%s", file.getFileName(), call.getId())
            .isEqualTo(OutpatientModels.VARIANT_OR_SHARED.formatted(call.getCalledElement()));
        calls++;
      }
    }
    assertThat(calls).isEqualTo(6);
  }

  @Test
  void everyDecisionHasHistoryTimeToLive() throws IOException {
    for (Path file : files(RESOURCES, ".dmn")) {
      for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(file.toString()).isNotBlank();
      }
    }
  }

  @Test
  void theEngineDeploysAllModelsTogether() throws IOException {
    var deployment = engine.getRepositoryService().createDeployment().name("all-models");
    List<Path> all = new ArrayList<>(files(RESOURCES, ".bpmn"));
    all.addAll(files(RESOURCES, ".dmn"));
    for (Path file : all) {
      deployment.addInputStream(file.getFileName().toString(), Files.newInputStream(file));
    }
    String id = deployment.deploy().getId();
    try {
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(id).count()).isEqualTo(7);
      assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().deploymentId(id).count()).isEqualTo(2);
    } finally {
      engine.getRepositoryService().deleteDeployment(id, true);
    }
  }

  @Test
  void elementTemplatesAreWhereModelerFindsThemAndListExactlyTheKnownAgents() throws IOException {
    List<Path> files = files(TEMPLATES, ".json");
    assertThat(files).isNotEmpty();
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new java.util.HashSet<>();
    for (Path file : files) {
      JsonNode root = json.readTree(file.toFile());
      for (JsonNode template : root.isArray() ? root : List.of(root)) {
        for (String field : List.of("name", "id", "appliesTo", "properties")) {
          assertThat(template.hasNonNull(field)).as("%s needs %s", file, field).isTrue();
        }
        ids.add(template.get("id").asText());
        for (JsonNode property : template.get("properties")) {
          assertThat(property.has("binding")).isTrue();
          if ("agent".equals(property.path("binding").path("name").asText())) {
            List<String> choices = new ArrayList<>();
            property.get("choices").forEach(c -> choices.add(c.get("value").asText()));
            assertThat(choices).containsExactlyInAnyOrderElementsOf(AGENTS);
          }
        }
      }
    }
    assertThat(ids).contains("com.yilian.agent-task", "com.yilian.clinician-review");
    // templates sit above the diagrams, so Modeler applies them to everything in bpmn/
    for (Path model : files(RESOURCES, ".bpmn")) {
      assertThat(model.toAbsolutePath().startsWith(TEMPLATES.getParent().getParent().toAbsolutePath())).isTrue();
      String xml = Files.readString(model);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("camunda:modelerTemplate=\"([^\"]+)\"").matcher(xml);
      while (m.find()) {
        assertThat(ids).as("%s uses a shipped template", model).contains(m.group(1));
      }
    }
  }
}

package com.yilian.hub.clinic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;

/**
 * The agents' results of one encounter and whether a clinician has approved each. Read from history, so that it
 * holds however the review was done (this API or Camunda Tasklist): a result is approved when its latest review
 * (a task whose {@code reviewSubject} names it) ended with approve, edit or refer and no agent has produced it again
 * since (agent tasks name it in their {@code resultVariable} input).
 */
final class EncounterResults {

    static final List<String> NAMES = List.of("intakeSummary", "diagnosisMatrix", "examPlan", "followUpPlan",
            "checkInAssessment", "referralSummary");
    private static final Set<String> APPROVING = Set.of("approve", "edit", "refer");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HistoryService history;
    private final String encounterId;
    private final List<HistoricProcessInstance> instances;
    private final Map<String, List<HistoricVariableUpdate>> decisionsByInstance = new HashMap<>();
    private List<HistoricActivityInstance> agentSteps;

    EncounterResults(ProcessEngine engine, String encounterId, List<HistoricProcessInstance> instances) {
        this.history = engine.getHistoryService();
        this.encounterId = encounterId;
        this.instances = instances;
    }

    Map<String, EncounterView.Result> read() {
        String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        Map<String, EncounterView.Result> results = new LinkedHashMap<>();
        if (ids.length == 0) {
            return results;
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < instances.size(); i++) {
            order.put(instances.get(i).getId(), i);
        }
        // The newest instance holding a result has its latest version: called workflows rework it there.
        Map<String, HistoricVariableInstance> latest = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
                .variableNameIn(NAMES.toArray(String[]::new)).list()) {
            HistoricVariableInstance seen = latest.get(v.getName());
            if (seen == null || order.get(v.getProcessInstanceId()) > order.get(seen.getProcessInstanceId())) {
                latest.put(v.getName(), v);
            }
        }
        Map<String, String> localInputs = localInputs(ids);
        List<HistoricTaskInstance> reviews = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(encounterId).finished().list();
        for (String name : NAMES) {
            HistoricVariableInstance v = latest.get(name);
            if (v == null || v.getValue() == null) {
                continue;
            }
            JsonNode value = json(v.getValue());
            results.put(name, new EncounterView.Result(status(name, reviews, localInputs, ids), value.path("degraded")
                    .asBoolean(false), value.get("degradedReason"), value));
        }
        return results;
    }

    private String status(String name, List<HistoricTaskInstance> reviews, Map<String, String> localInputs,
                          String[] ids) {
        HistoricTaskInstance lastReview = null;
        for (HistoricTaskInstance t : reviews) {
            String subject = localInputs.get("reviewSubject|" + t.getActivityInstanceId());
            if (subject != null && Arrays.asList(subject.split("\\s*,\\s*")).contains(name) && t.getEndTime() != null
                    && (lastReview == null || t.getEndTime().after(lastReview.getEndTime()))) {
                lastReview = t;
            }
        }
        if (lastReview == null) {
            return "proposal";
        }
        Date reviewed = lastReview.getEndTime();
        for (HistoricActivityInstance step : agentSteps(ids)) {
            if (name.equals(localInputs.get("resultVariable|" + step.getId())) && step.getEndTime().after(reviewed)) {
                return "proposal";
            }
        }
        String decision = decisionOf(lastReview);
        if (decision != null && APPROVING.contains(decision)) {
            return "approved";
        }
        return "reject".equals(decision) ? "rejected" : "proposal";
    }

    private List<HistoricActivityInstance> agentSteps(String[] ids) {
        if (agentSteps == null) {
            agentSteps = new ArrayList<>();
            for (String id : ids) {
                agentSteps.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(id)
                        .activityType("serviceTask").finished().list());
            }
        }
        return agentSteps;
    }

    /** The activities' local inputs {@code reviewSubject} and {@code resultVariable}, by activity instance. */
    private Map<String, String> localInputs(String[] ids) {
        Map<String, String> inputs = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
                .variableNameIn("reviewSubject", "resultVariable").list()) {
            if (v.getValue() != null) {
                inputs.put(v.getName() + "|" + v.getActivityInstanceId(), v.getValue().toString());
            }
        }
        return inputs;
    }

    /** The {@code decision} set when the task was completed: the last one in its instance up to its end. */
    private String decisionOf(HistoricTaskInstance task) {
        List<HistoricVariableUpdate> decisions = decisionsByInstance.computeIfAbsent(task.getProcessInstanceId(), pi -> {
            List<HistoricVariableUpdate> found = new ArrayList<>();
            for (HistoricDetail d : history.createHistoricDetailQuery().variableUpdates().processInstanceId(pi)
                    .disableBinaryFetching().orderPartiallyByOccurrence().asc().list()) {
                if (d instanceof HistoricVariableUpdate u && "decision".equals(u.getVariableName())) {
                    found.add(u);
                }
            }
            return found;
        });
        String decision = null;
        for (HistoricVariableUpdate u : decisions) {
            if (!u.getTime().after(task.getEndTime()) && u.getValue() != null) {
                decision = u.getValue().toString();
            }
        }
        return decision;
    }

    static JsonNode json(Object value) {
        try {
            return JSON.readTree(value.toString());
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(value.toString());
        }
    }
}

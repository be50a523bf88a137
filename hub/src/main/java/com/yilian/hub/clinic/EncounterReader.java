package com.yilian.hub.clinic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Reads an encounter across the workflows it called (they all carry the encounter id as business key). Runs inside
 * {@link CallerEngine#as}, so another hospital's encounter is simply not found.
 */
final class EncounterReader {

    static final String PROCESS = "outpatient-encounter";

    private final ProcessEngine engine;

    EncounterReader(ProcessEngine engine) {
        this.engine = engine;
    }

    Optional<HistoricProcessInstance> encounter(String id) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey(PROCESS).list().stream()
                .filter(p -> p.getSuperProcessInstanceId() == null).findFirst();
    }

    HistoricProcessInstance require(String id) {
        return encounter(id).orElseThrow(() -> ClinicProblem.unknownEncounter(id));
    }

    /** Every process instance of the encounter, oldest first. */
    List<HistoricProcessInstance> instances(String id) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .orderByProcessInstanceStartTime().asc().list();
    }

    EncounterView view(String id) {
        HistoricProcessInstance root = require(id);
        List<HistoricProcessInstance> instances = instances(id);
        List<HistoricProcessInstance> active = instances.stream().filter(p -> p.getEndTime() == null).toList();
        List<EncounterView.OpenTask> tasks = openTasks(id);
        Map<String, EncounterView.Result> results = new EncounterResults(engine, id, instances).read();
        boolean degraded = results.values().stream().anyMatch(EncounterView.Result::degraded);
        EncounterView.OpenTask review = tasks.stream().filter(t -> t.subject() != null).findFirst()
                .orElse(tasks.stream().findFirst().orElse(null));
        return new EncounterView(id, text(variable(root.getId(), "patientId")), status(root),
                instant(root.getStartTime()), instant(root.getEndTime()), currentSteps(active), interview(id, instances), review, tasks,
                results, degraded, timers(active), incidents(active));
    }

    /** The latest intake interview of the encounter, or null before it started. */
    private EncounterView.Interview interview(String id, List<HistoricProcessInstance> instances) {
        HistoricProcessInstance intake = null;
        for (HistoricProcessInstance p : instances) {
            if ("intake-interview".equals(p.getProcessDefinitionKey())) {
                intake = p;
            }
        }
        if (intake == null) {
            return null;
        }
        boolean waiting = EncounterService.waitingFor(engine, id, EncounterService.PATIENT_MESSAGE).isPresent();
        Object summary = variable(intake.getId(), "intakeSummary");
        String code = null;
        if (summary != null) {
            var pending = EncounterResults.json(summary).path("pendingQuestion");
            code = pending.path("code").isTextual() ? pending.path("code").asText() : null;
        }
        return new EncounterView.Interview(text(variable(intake.getId(), "intakeStatus")), waiting,
                waiting ? text(variable(intake.getId(), "nextQuestion")) : null, waiting ? code : null);
    }

    List<EncounterView.OpenTask> openTasks(String id) {
        List<EncounterView.OpenTask> open = new ArrayList<>();
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id)
                .orderByTaskCreateTime().asc().list()) {
            // An input parameter of the user task: local to the task's execution, not to the task.
            Object subject = engine.getRuntimeService().getVariableLocal(task.getExecutionId(), "reviewSubject");
            open.add(new EncounterView.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    subject == null ? null : subject.toString(), task.getAssignee(), instant(task.getCreateTime())));
        }
        return open;
    }

    Object variable(String processInstanceId, String name) {
        HistoricVariableInstance v = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).list().stream().findFirst().orElse(null);
        return v == null ? null : v.getValue();
    }

    private List<EncounterView.Step> currentSteps(List<HistoricProcessInstance> active) {
        HistoryService history = engine.getHistoryService();
        List<EncounterView.Step> steps = new ArrayList<>();
        for (HistoricProcessInstance p : active) {
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                    .unfinished().orderByHistoricActivityInstanceStartTime().asc().list()) {
                if (!"callActivity".equals(a.getActivityType())) {
                    steps.add(new EncounterView.Step(p.getProcessDefinitionKey(), a.getActivityId(), a.getActivityName()));
                }
            }
        }
        return steps;
    }

    private List<EncounterView.Timer> timers(List<HistoricProcessInstance> active) {
        List<EncounterView.Timer> timers = new ArrayList<>();
        for (HistoricProcessInstance p : active) {
            for (Job job : engine.getManagementService().createJobQuery().processInstanceId(p.getId()).timers().list()) {
                String activity = engine.getManagementService().createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId()).list().stream().findFirst()
                        .map(d -> d.getActivityId()).orElse(null);
                timers.add(new EncounterView.Timer(p.getProcessDefinitionKey(), activity, instant(job.getDuedate())));
            }
        }
        timers.sort(Comparator.comparing(EncounterView.Timer::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return timers;
    }

    private List<EncounterView.Problem> incidents(List<HistoricProcessInstance> active) {
        List<EncounterView.Problem> problems = new ArrayList<>();
        for (HistoricProcessInstance p : active) {
            for (Incident i : engine.getRuntimeService().createIncidentQuery().processInstanceId(p.getId()).list()) {
                problems.add(new EncounterView.Problem(i.getActivityId(), i.getIncidentMessage()));
            }
        }
        return problems;
    }

    static String status(HistoricProcessInstance p) {
        return p.getState() == null ? (p.getEndTime() == null ? "active" : "completed") : p.getState().toLowerCase();
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

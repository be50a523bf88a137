package com.yilian.hub.clinic;

import com.yilian.hub.security.HubUser;
import com.yilian.tenants.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.HttpStatus;

/** The clinic's actions on encounters, each run as the caller (see {@link CallerEngine}). */
public class EncounterService {

    static final String PATIENT_MESSAGE = "IntakePatientMessage";
    static final String CHECK_IN = "FollowUpCheckIn";
    private static final Set<String> REVIEW_DECISIONS = Set.of("approve", "edit", "reject");
    private static final Set<String> SIGN_OFF_DECISIONS = Set.of("approve", "refer", "reject");
    private static final String SIGN_OFF = "Task_EncounterSignOff";

    private final CallerEngine callerEngine;

    public EncounterService(CallerEngine callerEngine) {
        this.callerEngine = callerEngine;
    }

    public EncounterView start(HubUser caller, ClinicRequests.NewEncounter body) {
        if (body == null) {
            throw ClinicProblem.badField("body", "缺少请求体", "the request body is missing");
        }
        String patientId = required("patientId", body.patientId());
        if (body.age() == null || body.age() < 0 || body.age() > 130) {
            throw ClinicProblem.badField("age", "必须是 0 到 130 之间的整数", "must be a whole number from 0 to 130");
        }
        String sex = required("sex", body.sex()).toUpperCase();
        if (!sex.equals("F") && !sex.equals("M")) {
            throw ClinicProblem.badField("sex", "只能是 F 或 M", "must be F or M");
        }
        String message = required("message", body.message());
        String encounterId = "enc-" + UUID.randomUUID();
        VariableMap variables = Variables.createVariables()
                .putValue("patientId", patientId)
                .putValue("encounterId", encounterId)
                .putValue("patient", SpinValues.jsonValue("{\"age\":" + body.age() + ",\"sex\":\"" + sex + "\"}").create())
                .putValue("patientMessage", message);
        return callerEngine.as(caller, () -> {
            ProcessEngine engine = callerEngine.engine();
            var builder = engine.getRuntimeService().createProcessInstanceByKey(EncounterReader.PROCESS)
                    .businessKey(encounterId).setVariables(variables);
            // The hospital's own variant wins; otherwise the model shared by the consortium.
            boolean ownVariant = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(EncounterReader.PROCESS).tenantIdIn(caller.tenantId()).count() > 0;
            (ownVariant ? builder.processDefinitionTenantId(caller.tenantId()) : builder.processDefinitionWithoutTenantId())
                    .execute();
            return new EncounterReader(engine).view(encounterId);
        });
    }

    public EncounterView.Page list(HubUser caller, int page, int size) {
        if (page < 0) {
            throw ClinicProblem.badField("page", "不能为负数", "must not be negative");
        }
        if (size < 1 || size > 200) {
            throw ClinicProblem.badField("size", "必须在 1 到 200 之间", "must be from 1 to 200");
        }
        return callerEngine.as(caller, () -> {
            ProcessEngine engine = callerEngine.engine();
            HistoricProcessInstanceQuery query = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey(EncounterReader.PROCESS).rootProcessInstances();
            long total = query.count();
            EncounterReader reader = new EncounterReader(engine);
            List<EncounterView.Summary> items = query.orderByProcessInstanceStartTime().desc()
                    .listPage(page * size, size).stream().map(p -> summary(reader, p)).toList();
            return new EncounterView.Page(items, page, size, total);
        });
    }

    public EncounterView view(HubUser caller, String id) {
        return callerEngine.as(caller, () -> new EncounterReader(callerEngine.engine()).view(id));
    }

    /**
     * Completes the open review task as the caller: assigned to them first, so history shows who decided. On edit the
     * edited result replaces the one under review.
     */
    public EncounterView review(HubUser caller, String id, ClinicRequests.Review body) {
        if (body == null) {
            throw ClinicProblem.badField("body", "缺少请求体", "the request body is missing");
        }
        String decision = required("decision", body.decision());
        return callerEngine.as(caller, () -> {
            ProcessEngine engine = callerEngine.engine();
            EncounterReader reader = new EncounterReader(engine);
            reader.require(id);
            if (!caller.has(Role.CLINICIAN)) {
                throw new ClinicProblem(HttpStatus.FORBIDDEN, "clinician_only", "只有临床医生可以审核 AI 建议",
                        "Only clinicians review AI proposals", null);
            }
            List<EncounterView.OpenTask> open = reader.openTasks(id).stream()
                    .filter(t -> t.subject() != null || SIGN_OFF.equals(t.task())).toList();
            EncounterView.OpenTask task = pick(open, body.task());
            Set<String> allowed = SIGN_OFF.equals(task.task()) ? SIGN_OFF_DECISIONS : REVIEW_DECISIONS;
            if (!allowed.contains(decision)) {
                throw ClinicProblem.badField("decision", "只能是 " + String.join("、", allowed),
                        "must be one of " + String.join(", ", allowed));
            }
            VariableMap variables = Variables.createVariables().putValue("decision", decision)
                    .putValue("reviewComment", body.comment());
            if (decision.equals("edit")) {
                if (body.editedResult() == null || !body.editedResult().isObject()) {
                    throw ClinicProblem.badField("editedResult", "修改后批准时必须提供修改后的结果（JSON 对象）",
                            "an edit needs the edited result as a JSON object");
                }
                variables.putValue(task.subject(), SpinValues.jsonValue(body.editedResult().toString()).create());
            }
            engine.getTaskService().setAssignee(task.id(), caller.id());
            engine.getTaskService().complete(task.id(), variables);
            return reader.view(id);
        });
    }

    public Map<String, Object> checkIn(HubUser caller, String id, ClinicRequests.PatientText body) {
        String text = required("text", body == null ? null : body.text());
        return callerEngine.as(caller, () -> {
            ProcessEngine engine = callerEngine.engine();
            new EncounterReader(engine).require(id);
            Execution waiting = waitingFor(engine, id, CHECK_IN).orElseThrow(() -> ClinicProblem.conflict(
                    "not_waiting_for_check_in", "该接诊目前不在等待随访反馈（随访尚未到期或已结束）",
                    "This encounter is not waiting for a check-in (none is due yet, or follow-up has ended)"));
            engine.getRuntimeService().createMessageCorrelation(CHECK_IN)
                    .processInstanceId(waiting.getProcessInstanceId()).setVariable("checkInReport", text).correlate();
            return Map.of("encounterId", id, "accepted", true);
        });
    }

    static Optional<Execution> waitingFor(ProcessEngine engine, String encounterId, String message) {
        return engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(encounterId)
                .messageEventSubscriptionName(message).list().stream().findFirst();
    }

    private static EncounterView.OpenTask pick(List<EncounterView.OpenTask> open, String taskKey) {
        if (open.isEmpty()) {
            String named = taskKey == null || taskKey.isBlank() ? "" : " (" + taskKey + ")";
            throw ClinicProblem.conflict("no_open_review", "该接诊目前没有待审核的任务" + named,
                    "This encounter has no open review task" + named);
        }
        if (taskKey == null || taskKey.isBlank()) {
            if (open.size() > 1) {
                throw ClinicProblem.badField("task", "有多个待审核任务，请指明任务",
                        "several reviews are open; name one of " + open.stream().map(EncounterView.OpenTask::task).toList());
            }
            return open.get(0);
        }
        return open.stream().filter(t -> t.task().equals(taskKey)).findFirst().orElseThrow(() -> ClinicProblem.conflict(
                "no_open_review", "任务 " + taskKey + " 当前没有待审核", "No open review task " + taskKey));
    }

    private static EncounterView.Summary summary(EncounterReader reader, HistoricProcessInstance p) {
        return new EncounterView.Summary(p.getBusinessKey(), EncounterReader.text(reader.variable(p.getId(), "patientId")),
                EncounterReader.status(p), EncounterReader.instant(p.getStartTime()), EncounterReader.instant(p.getEndTime()));
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ClinicProblem.badField(field, "必填，不能为空", "is required and must not be blank");
        }
        return value.trim();
    }
}

package com.yilian.hub.clinic;

import com.fasterxml.jackson.databind.JsonNode;
import com.yilian.hub.security.HubUser;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A patient's message to the intake interview and the interviewer's answer: the message is correlated to the waiting
 * interview, then the reply is read once the interviewer's next step has finished (in this hub or another replica).
 */
public class InterviewReplies {

    /** One event of the reply: {@code status}, {@code question}, {@code done}, {@code red-flag} or {@code error}. */
    public record Event(String name, Map<String, Object> data) {
    }

    private static final Logger log = LoggerFactory.getLogger(InterviewReplies.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int THINKING_EVERY = 30;

    private final CallerEngine callerEngine;
    private final Duration timeout;

    public InterviewReplies(CallerEngine callerEngine, Duration timeout) {
        this.callerEngine = callerEngine;
        this.timeout = timeout;
    }

    /** Checks and correlates the message; returns the interview's process instance and its finished-step count. */
    public Sent send(HubUser caller, String id, ClinicRequests.PatientText body) {
        String text = EncounterService.required("text", body == null ? null : body.text());
        return callerEngine.as(caller, () -> {
            ProcessEngine engine = callerEngine.engine();
            new EncounterReader(engine).require(id);
            Execution waiting = EncounterService.waitingFor(engine, id, EncounterService.PATIENT_MESSAGE)
                    .orElseThrow(() -> ClinicProblem.conflict("not_waiting_for_patient",
                            "问诊目前不在等待患者回复（可能仍在处理上一条消息，或问诊已结束）",
                            "The interview is not waiting for the patient (still answering the last message, or ended)"));
            String interview = waiting.getProcessInstanceId();
            long before = finishedSteps(engine, interview);
            engine.getRuntimeService().createMessageCorrelation(EncounterService.PATIENT_MESSAGE)
                    .processInstanceId(interview).setVariable("patientMessage", text).correlate();
            return new Sent(interview, before);
        });
    }

    public record Sent(String interviewInstanceId, long finishedStepsBefore) {
    }

    /** Waits for the interviewer's answer, telling {@code status} while it waits; the last event ends the reply. */
    public Event awaitReply(HubUser caller, Sent sent, Consumer<Event> status) {
        Instant deadline = Instant.now().plus(timeout);
        status.accept(new Event("status", Map.of("stage", "received", "zh", "已收到，正在分析", "en", "Received, thinking")));
        for (int poll = 1; Instant.now().isBefore(deadline); poll++) {
            Event event = checkOrWait(caller, sent);
            if (event != null) {
                return event;
            }
            if (poll % THINKING_EVERY == 0) {
                // Keeps the stream alive through proxies while a model takes its time.
                status.accept(new Event("status", Map.of("stage", "thinking", "zh", "正在分析", "en", "Thinking")));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Event("error", Map.of("code", "timeout", "zh", "等待问诊回复超时，请稍后查看接诊状态",
                "en", "No answer from the interviewer in time; check the encounter later"));
    }

    /**
     * The message is already committed when the reply is awaited: a database error now (a connection cut, a failover)
     * must not answer the request with an error, or the client would send the message again. Poll on instead.
     */
    private Event checkOrWait(HubUser caller, Sent sent) {
        try {
            return callerEngine.as(caller, () -> check(callerEngine.engine(), sent));
        } catch (RuntimeException e) {
            log.warn("Could not read the interview's reply yet (process instance {}), trying again: {}",
                    sent.interviewInstanceId(), e.toString());
            return null;
        }
    }

    private Event check(ProcessEngine engine, Sent sent) {
        String pi = sent.interviewInstanceId();
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).list().stream()
                .findFirst().orElse(null);
        if (incident != null) {
            return new Event("error", Map.of("code", "incident", "message", String.valueOf(incident.getIncidentMessage())));
        }
        if (finishedSteps(engine, pi) <= sent.finishedStepsBefore()) {
            return null;
        }
        EncounterReader reader = new EncounterReader(engine);
        String status = EncounterReader.text(reader.variable(pi, "intakeStatus"));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("intakeStatus", status);
        Object error = reader.variable(pi, "agentErrorCode");
        if (error != null) {
            data.put("manual", true);
            data.put("reason", EncounterReader.text(reader.variable(pi, "agentErrorMessage")));
            return new Event("done", data);
        }
        if ("RED_FLAG".equals(status)) {
            data.put("redFlagCode", reader.variable(pi, "redFlagCode"));
            data.put("redFlagSeverity", reader.variable(pi, "redFlagSeverity"));
            data.put("escalation", reader.variable(pi, "escalation"));
            data.put("action", reader.variable(pi, "escalationAction"));
            return new Event("red-flag", data);
        }
        if ("ASKING".equals(status)) {
            data.put("question", reader.variable(pi, "nextQuestion"));
            Object summary = reader.variable(pi, "intakeSummary");
            JsonNode pending = summary == null ? null : EncounterResults.json(summary).get("pendingQuestion");
            if (pending != null && !pending.isNull()) {
                data.put("code", pending.path("code").isNull() ? null : pending.path("code").asText(null));
                data.put("kind", pending.path("kind").asText(null));
            }
            return new Event("question", data);
        }
        return new Event("done", data);
    }

    private static long finishedSteps(ProcessEngine engine, String processInstanceId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityType("serviceTask").finished().count();
    }
}

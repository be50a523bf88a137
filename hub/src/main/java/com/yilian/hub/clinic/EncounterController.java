package com.yilian.hub.clinic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yilian.hub.security.HubUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The clinic API: encounters of the caller's own hospital, whose id comes from the credential. */
@RestController
@RequestMapping("/api/encounters")
@Tag(name = "接诊 Encounters", description = "门诊接诊：预问诊、鉴别诊断、检查推荐、随访 / Outpatient encounters")
public class EncounterController {

    private final CallerEngine callerEngine;
    private final EncounterService encounters;
    private final InterviewReplies replies;
    private final ObjectMapper json;

    public EncounterController(CallerEngine callerEngine, EncounterService encounters, InterviewReplies replies,
                               ObjectMapper json) {
        this.callerEngine = callerEngine;
        this.encounters = encounters;
        this.replies = replies;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "开始接诊 / Start an encounter",
            description = "以新的接诊编号启动门诊接诊流程，患者开场白进入预问诊 / Starts outpatient-encounter with a new id")
    public ResponseEntity<EncounterView> start(@RequestBody(required = false) ClinicRequests.NewEncounter body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(encounters.start(callerEngine.caller(), body));
    }

    @GetMapping
    @Operation(summary = "本院接诊列表 / This hospital's encounters", description = "最新在前，分页 / Newest first, paged")
    public EncounterView.Page list(@RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        return encounters.list(callerEngine.caller(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "接诊详情 / An encounter",
            description = "状态、当前步骤、待审任务、各项结果（批准前均为建议）和降级标记 / Status, current step, open review, "
                    + "results (proposals until approved) and degraded flags")
    public EncounterView get(@PathVariable String id) {
        return encounters.view(callerEngine.caller(), id);
    }

    @PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "患者回复问诊 / The patient answers the interview",
            description = "Accept: text/event-stream 时以 SSE 返回：status 事件，然后 question、done、red-flag 或 error；"
                    + "否则返回最后一个事件的 JSON / Server-sent events (status, then question, done, red-flag or error), "
                    + "or the final event as JSON")
    public SseEmitter message(@PathVariable String id, @RequestBody(required = false) ClinicRequests.PatientText body,
                              @RequestHeader(value = "Accept", required = false) String accept,
                              HttpServletResponse response) throws IOException {
        HubUser caller = callerEngine.caller();
        InterviewReplies.Sent sent = replies.send(caller, id, body);
        if (accept == null || !accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE)) {
            InterviewReplies.Event reply = replies.awaitReply(caller, sent, status -> { });
            response.setStatus(HttpStatus.OK.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), Map.of("event", reply.name(), "data", reply.data()));
            return null;
        }
        SseEmitter emitter = new SseEmitter(0L);
        Thread.ofVirtual().name("yilian-interview-reply").start(() -> {
            try {
                InterviewReplies.Event reply = replies.awaitReply(caller, sent, status -> send(emitter, status));
                send(emitter, reply);
                emitter.complete();
            } catch (RuntimeException e) {
                emitter.completeWithError(e);
            }
        });
        return emitter;
    }

    @PostMapping(path = "/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "医生审核 / A clinician reviews a proposal",
            description = "以调用者身份完成待审任务：approve、edit（附 editedResult）或 reject / Completes the open review "
                    + "task as the caller")
    public EncounterView review(@PathVariable String id, @RequestBody(required = false) ClinicRequests.Review body) {
        return encounters.review(callerEngine.caller(), id, body);
    }

    @PostMapping(path = "/{id}/check-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "随访反馈 / A follow-up check-in", description = "患者的随访反馈交给随访评估 / The patient's check-in")
    public ResponseEntity<Map<String, Object>> checkIn(@PathVariable String id,
                                                       @RequestBody(required = false) ClinicRequests.PatientText body) {
        return ResponseEntity.accepted().body(encounters.checkIn(callerEngine.caller(), id, body));
    }

    private static void send(SseEmitter emitter, InterviewReplies.Event event) {
        try {
            emitter.send(SseEmitter.event().name(event.name()).data(event.data(), MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            throw new IllegalStateException("the client went away", e);
        }
    }
}

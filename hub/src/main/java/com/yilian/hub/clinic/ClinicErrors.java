package com.yilian.hub.clinic;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Clinic API errors as JSON shaped like the hub's other errors (see security/ErrorResponses), zh first. Written
 * straight to the response, so that a client that asked for server-sent events still gets the JSON error.
 */
@RestControllerAdvice(assignableTypes = {EncounterController.class, FhirController.class})
public class ClinicErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ExceptionHandler(ClinicProblem.class)
    void problem(ClinicProblem problem, HttpServletResponse response) throws IOException {
        write(response, problem.status(), problem.code(), problem.zh(), problem.en(), problem.field());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException e, HttpServletResponse response) throws IOException {
        write(response, HttpStatus.BAD_REQUEST, "invalid_body", "请求体不是有效的 JSON，或字段类型不对",
                "The request body is not valid JSON or a field has the wrong type", "body");
    }

    @ExceptionHandler(AuthorizationException.class)
    void forbidden(AuthorizationException e, HttpServletResponse response) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "forbidden", "您的角色无权执行此操作", "Your role may not do this", null);
    }

    static void write(HttpServletResponse response, HttpStatus status, String code, String zh, String en, String field)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", code);
        body.put("message", zh + " / " + en);
        body.put("message_zh", zh);
        body.put("message_en", en);
        if (field != null) {
            body.put("field", field);
        }
        response.setStatus(status.value());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }
}

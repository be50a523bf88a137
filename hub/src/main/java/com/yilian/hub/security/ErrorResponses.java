package com.yilian.hub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Error bodies that the filters write themselves (they run before Spring MVC): a machine-readable code and a message
 * in Chinese first and English second, shaped like Spring's problem details.
 */
public final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {
    }

    public static void write(HttpServletResponse response, int status, String code, String zh, String en)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", code);
        body.put("message", zh + " / " + en);
        body.put("message_zh", zh);
        body.put("message_en", en);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }
}

package com.yilian.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 that names the role the page needs, so the user knows whom to ask. */
class BilingualAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String zh;
        String en;
        if (path.startsWith("/api/admin")) {
            zh = "医联体信息中心（牵头医院信息科）";
            en = "consortium IT (an IT admin of the tertiary hospital)";
        } else if (path.startsWith("/camunda/app/cockpit") || path.startsWith("/camunda/api/cockpit")) {
            zh = "临床负责人或信息科";
            en = "a clinical lead or IT admin";
        } else {
            zh = "信息科";
            en = "an IT admin";
        }
        ErrorResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                "您的角色无权访问此页面，需要：" + zh, "Your role may not open this; it needs " + en);
    }
}

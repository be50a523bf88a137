package com.yilian.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 with the Basic challenge (browsers and Camunda Modeler then ask for a login) and a message a person can act on.
 * Script calls that say so ({@code X-Requested-With: XMLHttpRequest}, as the web console does) get no challenge:
 * the page shows its own login form instead of the browser's dialog.
 */
class BilingualEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Yilian\", charset=\"UTF-8\"");
        }
        ErrorResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated",
                "请使用本院账号登录（用户名和密码），或提供 API 密钥",
                "Log in with your hospital account (username and password), or send an API key");
    }
}

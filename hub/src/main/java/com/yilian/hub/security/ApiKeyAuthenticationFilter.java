package com.yilian.hub.security;

import com.yilian.hub.tenancy.TenantDirectory;
import com.yilian.tenants.ApiKeyMatch;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates systems (a hospital's HIS, a scheduler, Camunda Modeler with a token) by API key: header
 * {@code X-API-Key: KEY} or {@code Authorization: Bearer KEY}. A key that is presented but unknown ends the request
 * with 401 rather than falling through to another scheme.
 */
public class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final TenantDirectory directory;

    public ApiKeyAuthenticationFilter(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKeyMatch> match = directory.current().consortium().apiKey(presented.get());
        if (match.isEmpty()) {
            ErrorResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid_api_key",
                    "API 密钥无效或已被撤销，请向本院信息科索取新密钥",
                    "The API key is not valid or was revoked; ask your hospital's IT for a new one");
            return;
        }
        HubUser user = HubUser.apiKey(match.get().apiKey().id(), match.get().tenant(), match.get().apiKey().roles());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    static Optional<String> presentedKey(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (key != null && !key.isBlank()) {
            return Optional.of(key.trim());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim());
        }
        return Optional.empty();
    }
}

package com.yilian.hub.camunda;

import com.yilian.hub.security.CurrentCaller;
import com.yilian.hub.security.HubUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Hands the caller that Spring Security authenticated to the engine (REST API and web apps), with groups and the one
 * tenant taken from the credential. The engine then applies its tenant check and authorizations to that caller.
 * Instantiated by the engine's filters through its class name, hence the no-argument constructor.
 */
public class SpringSecurityEngineAuthentication implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Optional<HubUser> caller = CurrentCaller.get();
        if (caller.isEmpty()) {
            return AuthenticationResult.unsuccessful();
        }
        HubUser user = caller.get();
        AuthenticationResult result = AuthenticationResult.successful(user.id());
        result.setGroups(user.engineGroups());
        result.setTenants(List.of(user.tenantId()));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already challenged unauthenticated requests; nothing reaches here without a caller.
    }
}

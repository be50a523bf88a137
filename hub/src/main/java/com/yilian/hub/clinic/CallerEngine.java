package com.yilian.hub.clinic;

import com.yilian.hub.security.CurrentCaller;
import com.yilian.hub.security.HubUser;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;

/**
 * Runs engine calls as the API's caller: their user id, groups and their one hospital as the only tenant, so that
 * Camunda's tenant check and authorizations decide what the call may see and do, exactly as for /engine-rest.
 */
public class CallerEngine {

    private final ProcessEngine engine;

    public CallerEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    public ProcessEngine engine() {
        return engine;
    }

    public HubUser caller() {
        return CurrentCaller.get().orElseThrow(() -> new ClinicProblem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                "需要登录", "Authentication required", null));
    }

    /**
     * Runs {@code work} as {@code user}; the engine's authentication is per thread and is cleared afterwards. The
     * engine's administrator group is left out: it would switch the tenant check off, and the clinic API shows
     * every caller, central IT included, only their own hospital's encounters.
     */
    public <T> T as(HubUser user, Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = user.engineGroups().stream().filter(g -> !Groups.CAMUNDA_ADMIN.equals(g)).toList();
        identity.setAuthentication(user.id(), groups, List.of(user.tenantId()));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}

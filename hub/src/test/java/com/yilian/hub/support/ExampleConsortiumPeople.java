package com.yilian.hub.support;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.ExampleConsortium;
import com.yilian.tenants.LoadResult;
import com.yilian.tenants.Role;
import com.yilian.tenants.Tenant;
import com.yilian.tenants.Tier;

/** Finds people of the shipped example consortium by hospital and role, so tests do not hard-code usernames. */
public final class ExampleConsortiumPeople {

    public static final Consortium CONSORTIUM = load();

    private ExampleConsortiumPeople() {
    }

    public static String tertiaryId() {
        return CONSORTIUM.tertiary().id();
    }

    /** The first and second community hospitals of the example. */
    public static String community(int index) {
        return CONSORTIUM.tenants().stream().filter(t -> t.tier() == Tier.COMMUNITY).skip(index).findFirst()
                .map(Tenant::id).orElseThrow();
    }

    /** A person of the hospital who has the role and, where possible, no other role. */
    public static String username(String tenantId, Role role) {
        Tenant tenant = CONSORTIUM.tenant(tenantId).orElseThrow();
        return tenant.people().stream().filter(p -> p.roles().equals(java.util.Set.of(role))).findFirst()
                .or(() -> tenant.people().stream().filter(p -> p.roles().contains(role)).findFirst())
                .orElseThrow(() -> new AssertionError(tenantId + " has nobody with role " + role))
                .username();
    }

    public static HubHttp.Credential login(String tenantId, Role role) {
        return HubHttp.Credential.demo(username(tenantId, role));
    }

    /** The example's API keys are documented as demo-key-TENANT. */
    public static HubHttp.Credential apiKey(String tenantId) {
        return HubHttp.Credential.bearer("demo-key-" + tenantId);
    }

    private static Consortium load() {
        LoadResult result = com.yilian.tenants.TenantConfigLoader.load("example-consortium.yaml", ExampleConsortium.yaml());
        if (!result.ok()) {
            throw new AssertionError("the example consortium must be valid: " + result.problems());
        }
        return result.consortium();
    }
}

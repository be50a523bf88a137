package com.yilian.hub.security;

import com.yilian.tenants.Role;
import com.yilian.tenants.Tenant;
import com.yilian.tenants.Tier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is calling: a person or a system's API key, always of exactly one hospital. Everything the hub and the engine
 * decide about tenants comes from here, never from a request body.
 *
 * @param id        the engine's user id: the username, or {@code apikey:<tenant>:<key id>} for a key
 * @param tenantId  the hospital the credential belongs to
 * @param tier      that hospital's tier; consortium-wide rights belong to the tertiary hospital only
 */
public record HubUser(String id, String displayName, String tenantId, Tier tier, Set<Role> roles, boolean apiKey) {

    public static final String CONSORTIUM_IT = "CONSORTIUM_IT";

    public static HubUser person(String username, String displayName, Tenant tenant, Set<Role> roles) {
        return new HubUser(username, displayName, tenant.id(), tenant.tier(), Set.copyOf(roles), false);
    }

    public static HubUser apiKey(String keyId, Tenant tenant, Set<Role> roles) {
        return new HubUser("apikey:" + tenant.id() + ":" + keyId, keyId, tenant.id(), tenant.tier(), Set.copyOf(roles), true);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean tertiary() {
        return tier == Tier.TERTIARY;
    }

    /** Central IT of the consortium: the tertiary hospital's IT admins. */
    public boolean consortiumIt() {
        return tertiary() && has(Role.IT_ADMIN);
    }

    /** Clinical leads of the tertiary hospital own the models shared by the whole consortium. */
    public boolean consortiumLead() {
        return tertiary() && has(Role.CLINICAL_LEAD);
    }

    /** The engine groups this caller is in; see {@link com.yilian.hub.camunda.ConsortiumGroups}. */
    public List<String> engineGroups() {
        return com.yilian.hub.camunda.ConsortiumGroups.of(this);
    }

    public Collection<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        if (consortiumIt()) {
            authorities.add(new SimpleGrantedAuthority(CONSORTIUM_IT));
        }
        return authorities;
    }
}

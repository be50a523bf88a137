package com.yilian.hub.camunda;

import com.yilian.hub.security.HubUser;
import com.yilian.hub.tenancy.ConsortiumSnapshot;
import com.yilian.hub.tenancy.TenantDirectory;
import com.yilian.tenants.Person;
import com.yilian.tenants.Tenant;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engine's hospitals (tenants), people (users), groups and memberships in step with the consortium file,
 * which is their only source: anything in the engine that the file does not name is removed. Runs at start-up and
 * after every accepted reload, as the hub itself (no caller), so the engine's own checks do not apply to it.
 */
public class ConsortiumIdentitySync {

    private static final Logger log = LoggerFactory.getLogger(ConsortiumIdentitySync.class);
    static final String DEFAULT_FILTER_NAME = "本院待办 Tasks of my hospital";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final ProcessEngine engine;
    private final SecureRandom random = new SecureRandom();

    public ConsortiumIdentitySync(ProcessEngine engine, TenantDirectory directory) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
        this.authorizations = engine.getAuthorizationService();
        this.filters = engine.getFilterService();
        grantAuthorizations();
        ensureDefaultTaskFilter();
        directory.onChange(this::sync);
    }

    synchronized void sync(ConsortiumSnapshot snapshot) {
        try {
            syncTenants(snapshot);
            syncGroups();
            syncUsers(snapshot);
            log.info("Engine identity in step with the consortium: {} hospitals, {} people",
                    snapshot.consortium().tenants().size(), snapshot.membersByUsername().size());
        } catch (RuntimeException e) {
            // The configuration is in force for authentication either way; the next reload or restart retries.
            log.error("Could not bring the engine's users and tenants in step with the consortium file", e);
        }
    }

    private void syncTenants(ConsortiumSnapshot snapshot) {
        Map<String, Tenant> wanted = snapshot.consortium().tenants().stream()
                .collect(Collectors.toMap(Tenant::id, Function.identity()));
        for (org.camunda.bpm.engine.identity.Tenant existing : identity.createTenantQuery().list()) {
            if (!wanted.containsKey(existing.getId())) {
                identity.deleteTenant(existing.getId());
            }
        }
        for (Tenant tenant : wanted.values()) {
            org.camunda.bpm.engine.identity.Tenant engineTenant =
                    identity.createTenantQuery().tenantId(tenant.id()).singleResult();
            String name = tenant.name().zh() + " " + tenant.name().en();
            if (engineTenant == null) {
                engineTenant = identity.newTenant(tenant.id());
            } else if (name.equals(engineTenant.getName())) {
                continue;
            }
            engineTenant.setName(name);
            identity.saveTenant(engineTenant);
        }
    }

    private void syncGroups() {
        for (String groupId : ConsortiumGroups.ALL) {
            if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
                Group group = identity.newGroup(groupId);
                group.setName(ConsortiumGroups.displayName(groupId));
                group.setType(groupId.equals(ConsortiumGroups.CONSORTIUM_IT) ? "SYSTEM" : "WORKFLOW");
                identity.saveGroup(group);
            }
        }
        for (Group group : identity.createGroupQuery().list()) {
            if (!ConsortiumGroups.ALL.contains(group.getId())) {
                identity.deleteGroup(group.getId());
            }
        }
    }

    private void syncUsers(ConsortiumSnapshot snapshot) {
        Map<String, ConsortiumSnapshot.Member> wanted = snapshot.membersByUsername();
        for (User existing : identity.createUserQuery().list()) {
            if (!wanted.containsKey(existing.getId())) {
                identity.deleteUser(existing.getId());
            }
        }
        for (ConsortiumSnapshot.Member member : wanted.values()) {
            Person person = member.person();
            User user = identity.createUserQuery().userId(person.username()).singleResult();
            if (user == null) {
                user = identity.newUser(person.username());
                // People log in through the hub against the file's hash; the engine's own password is never used.
                byte[] unusable = new byte[32];
                random.nextBytes(unusable);
                user.setPassword(Base64.getEncoder().encodeToString(unusable));
            }
            user.setFirstName(person.displayName());
            user.setLastName(member.tenant().name().zh());
            user.setEmail(person.email());
            identity.saveUser(user);
            syncMemberships(person, member.tenant());
        }
    }

    private void syncMemberships(Person person, Tenant tenant) {
        HubUser asCaller = HubUser.person(person.username(), person.displayName(), tenant, person.roles());
        Set<String> wantedGroups = new HashSet<>(asCaller.engineGroups());
        for (Group group : identity.createGroupQuery().groupMember(person.username()).list()) {
            if (!wantedGroups.remove(group.getId())) {
                identity.deleteMembership(person.username(), group.getId());
            }
        }
        wantedGroups.forEach(group -> identity.createMembership(person.username(), group));

        boolean inTenant = false;
        for (org.camunda.bpm.engine.identity.Tenant member : identity.createTenantQuery().userMember(person.username()).list()) {
            if (member.getId().equals(tenant.id())) {
                inTenant = true;
            } else {
                identity.deleteTenantUserMembership(member.getId(), person.username());
            }
        }
        if (!inTenant) {
            identity.createTenantUserMembership(tenant.id(), person.username());
        }
    }

    /** The grants do not depend on the file, only on the hub's version: replace them wholesale at start-up. */
    private void grantAuthorizations() {
        for (String group : ConsortiumGroups.ALL) {
            for (Authorization existing : authorizations.createAuthorizationQuery().groupIdIn(group).list()) {
                authorizations.deleteAuthorization(existing.getId());
            }
        }
        for (ConsortiumAuthorizations.Grant grant : ConsortiumAuthorizations.all()) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.group());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            grant.permissions().forEach(authorization::addPermission);
            authorizations.saveAuthorization(authorization);
        }
    }

    /** Tasklist shows nothing without a filter; the tenant check narrows this one to the user's hospital. */
    private void ensureDefaultTaskFilter() {
        if (filters.createFilterQuery().filterName(DEFAULT_FILTER_NAME).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(DEFAULT_FILTER_NAME);
        filter.setQuery(engine.getTaskService().createTaskQuery());
        filter.setProperties(Map.of("description", "本院所有待办任务 All open tasks of my hospital", "priority", -10));
        filters.saveFilter(filter);
    }
}

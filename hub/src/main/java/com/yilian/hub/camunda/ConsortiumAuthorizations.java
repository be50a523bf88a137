package com.yilian.hub.camunda;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Permissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE_TASK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each consortium group may do in the engine. Which hospital's data it applies to is left to the tenant check;
 * these grants decide the kind of action. Nothing here lets a community hospital change what is shared by the whole
 * consortium (suspending a shared model, for instance): only consortium leads and central IT hold such rights.
 */
public final class ConsortiumAuthorizations {

    /** One grant: a group may do these things to resources of this type with this id ("*" for all). */
    public record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
    }

    private ConsortiumAuthorizations() {
    }

    public static List<Grant> all() {
        List<Grant> grants = new ArrayList<>();
        for (String group : List.of(ConsortiumGroups.CLINICIAN, ConsortiumGroups.CLINICAL_LEAD, ConsortiumGroups.IT_ADMIN)) {
            grants.addAll(everyoneInAHospital(group));
        }
        for (String group : List.of(ConsortiumGroups.CLINICAL_LEAD, ConsortiumGroups.IT_ADMIN)) {
            grants.add(new Grant(group, Resources.APPLICATION, "cockpit", List.of(ACCESS)));
        }
        // Community leads deploy their own variants; the deployment gateway checks the tenant, which the engine does not.
        grants.add(new Grant(ConsortiumGroups.CLINICAL_LEAD, Resources.DEPLOYMENT, "*", List.of(CREATE, DELETE)));
        for (Resource resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION,
                Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION)) {
            grants.add(new Grant(ConsortiumGroups.CONSORTIUM_LEAD, resource, "*", List.of(ALL)));
        }
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(ConsortiumGroups.CONSORTIUM_IT, resource, "*", List.of(ALL)));
        }
        return merged(grants);
    }

    /** The engine keeps one authorization per group, resource type and id: grants that meet there are combined. */
    private static List<Grant> merged(List<Grant> grants) {
        Map<String, Grant> byKey = new LinkedHashMap<>();
        for (Grant grant : grants) {
            String key = grant.group() + "|" + grant.resource().resourceType() + "|" + grant.resourceId();
            byKey.merge(key, grant, (a, b) -> {
                List<Permission> permissions = new ArrayList<>(a.permissions());
                b.permissions().stream().filter(p -> !permissions.contains(p)).forEach(permissions::add);
                return new Grant(a.group(), a.resource(), a.resourceId(), List.copyOf(permissions));
            });
        }
        return List.copyOf(byKey.values());
    }

    /** Clinical work on the hospital's own patients: start workflows, see them, work on their tasks. */
    private static List<Grant> everyoneInAHospital(String group) {
        return List.of(
                new Grant(group, Resources.APPLICATION, "tasklist", List.of(ACCESS)),
                new Grant(group, Resources.PROCESS_DEFINITION, "*", List.of(READ, CREATE_INSTANCE, READ_INSTANCE,
                        READ_TASK, UPDATE_TASK, TASK_WORK, TASK_ASSIGN, READ_HISTORY)),
                new Grant(group, Resources.PROCESS_INSTANCE, "*", List.of(CREATE, READ, UPDATE)),
                new Grant(group, Resources.TASK, "*", List.of(READ, UPDATE, TASK_WORK, TASK_ASSIGN)),
                new Grant(group, Resources.DEPLOYMENT, "*", List.of(READ)),
                new Grant(group, Resources.DECISION_DEFINITION, "*", List.of(READ, CREATE_INSTANCE, READ_HISTORY)),
                new Grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", List.of(READ)),
                new Grant(group, Resources.FILTER, "*", List.of(READ)));
    }
}

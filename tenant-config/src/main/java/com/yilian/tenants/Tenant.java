package com.yilian.tenants;

import java.util.List;
import java.util.Set;

/**
 * One hospital of the consortium.
 *
 * @param parent the id of the tertiary hospital a community hospital belongs to; null for the tertiary hospital
 */
public record Tenant(String id, Tier tier, LocalizedName name, String parent, List<Person> people,
                     List<ApiKey> apiKeys, Quota quota, DataPolicy dataPolicy, Set<Workflow> workflows) {
    public Tenant {
        people = Copies.list(people);
        apiKeys = Copies.list(apiKeys);
        workflows = Copies.enumSet(Workflow.class, workflows);
    }

    public boolean runs(Workflow workflow) {
        return workflows.contains(workflow);
    }
}

package com.yilian.tenants;

import java.util.List;
import java.util.Optional;

/**
 * The whole consortium as configured. One from a {@link LoadResult} that is {@link LoadResult#ok() ok} has every
 * required field set, exactly one tertiary hospital, and unique tenant ids, pool ids, usernames and API keys.
 */
public record Consortium(String id, LocalizedName name, List<ModelPool> modelPools, List<Tenant> tenants) {
    public Consortium {
        modelPools = Copies.list(modelPools);
        tenants = Copies.list(tenants);
    }

    public Optional<Tenant> tenant(String id) {
        return tenants.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The tertiary hospital; a validated consortium always has exactly one. */
    public Tenant tertiary() {
        return tenants.stream().filter(t -> t.tier() == Tier.TERTIARY).findFirst()
                .orElseThrow(() -> new IllegalStateException("consortium " + id + " has no tertiary hospital"));
    }

    /** The community hospitals whose parent is the given tenant. */
    public List<Tenant> members(String parentId) {
        return tenants.stream().filter(t -> parentId.equals(t.parent())).toList();
    }

    public Optional<ModelPool> pool(String id) {
        return modelPools.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Person> person(String username) {
        return tenants.stream().flatMap(t -> t.people().stream())
                .filter(p -> p.username().equals(username)).findFirst();
    }

    /** The hospital a person works for; usernames are unique across the consortium. */
    public Optional<Tenant> tenantOf(String username) {
        return tenants.stream()
                .filter(t -> t.people().stream().anyMatch(p -> p.username().equals(username)))
                .findFirst();
    }

    /** The API key a raw key presented by a caller matches, compared in constant time. */
    public Optional<ApiKeyMatch> apiKey(String rawKey) {
        if (rawKey == null || rawKey.isEmpty()) {
            return Optional.empty();
        }
        String hash = ApiKeyHash.of(rawKey);
        for (Tenant tenant : tenants) {
            for (ApiKey key : tenant.apiKeys()) {
                if (ApiKeyHash.sameHash(hash, key.keyHash())) {
                    return Optional.of(new ApiKeyMatch(tenant, key));
                }
            }
        }
        return Optional.empty();
    }
}

package com.yilian.tenants;

/** The API key a raw key matched, and the tenant it belongs to: the key alone decides the caller's tenant. */
public record ApiKeyMatch(Tenant tenant, ApiKey apiKey) {
}

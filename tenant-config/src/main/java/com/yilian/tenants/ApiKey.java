package com.yilian.tenants;

import java.util.Set;

/**
 * A machine credential, typically for a hospital's HIS. Only the key's hash is configured; see {@link ApiKeyHash}.
 *
 * @param keyHash {@code sha256:} followed by 64 lowercase hex digits
 */
public record ApiKey(String id, Set<Role> roles, String keyHash) {
    public ApiKey {
        roles = Copies.enumSet(Role.class, roles);
    }

    /** Leaves the hash out: hashes do not belong in logs. */
    @Override
    public String toString() {
        return "ApiKey[id=" + id + ", roles=" + roles + "]";
    }
}

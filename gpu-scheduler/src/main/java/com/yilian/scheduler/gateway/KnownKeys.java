package com.yilian.scheduler.gateway;

import com.yilian.tenants.ApiKeyMatch;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.Tenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant of a presented API key for one consortium, remembering keys that matched so that a known caller costs a
 * map lookup instead of a SHA-256 per call. Only matched keys are kept: there are at most as many as the consortium
 * configures (each hash has one key), so random keys cannot grow it; a bound guards it all the same. A reload makes a
 * new instance, so a removed key is forgotten with the consortium that had it. Touched only on the event loop.
 */
final class KnownKeys {
    /** Far above any consortium's key count; past it, keys still work, through the hash. */
    static final int MAX_REMEMBERED = 4096;
    private final Consortium consortium;
    private final Map<Presented, Tenant> matched = new HashMap<>();

    KnownKeys(Consortium consortium) {
        this.consortium = consortium;
    }

    Optional<Tenant> tenant(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        Presented presented = new Presented(key);
        Tenant known = matched.get(presented);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Tenant> tenant = consortium.apiKey(key).map(ApiKeyMatch::tenant);
        if (tenant.isPresent() && matched.size() < MAX_REMEMBERED) {
            matched.put(presented, tenant.get());
        }
        return tenant;
    }

    int remembered() {
        return matched.size();
    }

    /**
     * A presented key compared in constant time, as the hashes were: a guess that lands in a remembered key's bucket
     * learns nothing from how long the comparison took.
     */
    private static final class Presented {
        private final byte[] bytes;
        private final int hash;

        Presented(String key) {
            this.bytes = key.getBytes(StandardCharsets.UTF_8);
            this.hash = key.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Presented p && MessageDigest.isEqual(bytes, p.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}

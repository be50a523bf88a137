package com.yilian.hub.tenancy;

import com.yilian.tenants.ApiKey;
import com.yilian.tenants.ApiKeyHash;
import com.yilian.tenants.Consortium;
import com.yilian.tenants.Person;
import com.yilian.tenants.Tenant;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One loaded, valid consortium with the look-ups authentication needs, built once per load so that no request
 * walks the tenant lists.
 *
 * @param sha256 the file content's hash, which tells IT which edit is in force
 */
public record ConsortiumSnapshot(Consortium consortium, String sha256, Instant loadedAt,
                                 Map<String, Member> membersByUsername, Map<String, KeyHolder> keysByHash) {

    /** A person and the hospital they belong to. */
    public record Member(Person person, Tenant tenant) {
    }

    /** An API key and the hospital it acts for. */
    public record KeyHolder(ApiKey key, Tenant tenant) {
    }

    public static ConsortiumSnapshot of(Consortium consortium, String sha256, Instant loadedAt) {
        Map<String, Member> members = new HashMap<>();
        Map<String, KeyHolder> keys = new HashMap<>();
        for (Tenant tenant : consortium.tenants()) {
            for (Person person : tenant.people()) {
                members.put(person.username(), new Member(person, tenant));
            }
            for (ApiKey key : tenant.apiKeys()) {
                keys.put(key.keyHash(), new KeyHolder(key, tenant));
            }
        }
        return new ConsortiumSnapshot(consortium, sha256, loadedAt, Map.copyOf(members), Map.copyOf(keys));
    }

    public Optional<Member> member(String username) {
        return Optional.ofNullable(membersByUsername.get(username));
    }

    /** Keys are looked up by their hash, so the raw key is never stored or compared as text. */
    public Optional<KeyHolder> keyHolder(String rawKey) {
        return Optional.ofNullable(keysByHash.get(ApiKeyHash.of(rawKey)));
    }
}

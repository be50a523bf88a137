package com.yilian.hub.tenancy;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.Person;
import com.yilian.tenants.Tenant;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One loaded, valid consortium with the people indexed by username, built once per load so that no login walks
 * the tenant lists. API keys are matched by {@link Consortium#apiKey}, which compares hashes in constant time.
 *
 * @param sha256 the file content's hash, which tells IT which edit is in force
 */
public record ConsortiumSnapshot(Consortium consortium, String sha256, Instant loadedAt,
                                 Map<String, Member> membersByUsername) {

    /** A person and the hospital they belong to. */
    public record Member(Person person, Tenant tenant) {
    }

    public static ConsortiumSnapshot of(Consortium consortium, String sha256, Instant loadedAt) {
        Map<String, Member> members = new HashMap<>();
        for (Tenant tenant : consortium.tenants()) {
            for (Person person : tenant.people()) {
                members.put(person.username(), new Member(person, tenant));
            }
        }
        return new ConsortiumSnapshot(consortium, sha256, loadedAt, Map.copyOf(members));
    }

    public Optional<Member> member(String username) {
        return Optional.ofNullable(membersByUsername.get(username));
    }
}

package com.yilian.tenants;

import java.util.Set;

/**
 * Someone who signs in to the hub. Usernames are unique across the whole consortium, so a username alone
 * tells the hub which hospital a person works for.
 *
 * @param email        may be null
 * @param passwordHash Spring Security's delegating format, {@code {bcrypt}$2a$10$...}
 */
public record Person(String username, String displayName, String email, Set<Role> roles, String passwordHash) {
    public Person {
        roles = Copies.enumSet(Role.class, roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Leaves the hash out: hashes do not belong in logs. */
    @Override
    public String toString() {
        return "Person[username=" + username + ", displayName=" + displayName + ", email=" + email
                + ", roles=" + roles + "]";
    }
}

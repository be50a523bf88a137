package com.yilian.tenants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a tenant's people and API keys. Usernames and keys are unique across the whole consortium, because
 * a credential alone decides which hospital a caller acts for.
 */
final class CredentialReader {
    static final List<String> PERSON_KEYS = List.of("username", "displayName", "email", "roles", "passwordHash");
    static final List<String> API_KEY_KEYS = List.of("id", "roles", "keyHash");

    private final Problems problems;
    private final Seen usernames = new Seen();
    private final Seen keyHashes = new Seen();

    CredentialReader(Problems problems) {
        this.problems = problems;
    }

    List<Person> people(YamlMap tenant) {
        List<Person> people = new ArrayList<>();
        for (Located<Node> item : tenant.list("people")) {
            YamlMap.of(item.value(), item.path(), problems, PERSON_KEYS).map(this::person).ifPresent(people::add);
        }
        return people;
    }

    List<ApiKey> apiKeys(YamlMap tenant) {
        Seen ids = new Seen();
        List<ApiKey> keys = new ArrayList<>();
        for (Located<Node> item : tenant.list("apiKeys")) {
            YamlMap.of(item.value(), item.path(), problems, API_KEY_KEYS).map(m -> apiKey(m, ids)).ifPresent(keys::add);
        }
        return keys;
    }

    private Person person(YamlMap m) {
        m.require("username", "displayName", "roles", "passwordHash");
        Optional<String> username = m.checkedText("username", Formats::username);
        username.ifPresent(u -> Seen.check(usernames, u, m.path("username"), problems, "username",
                "usernames are unique across the consortium"));
        String displayName = m.text("displayName").orElse(null);
        if (displayName != null && displayName.isBlank()) {
            problems.at(m.path("displayName"), "must not be blank: it is the name colleagues see");
        }
        String email = m.checkedText("email", Formats::email).orElse(null);
        Set<Role> roles = roles(m);
        String passwordHash = m.checkedText("passwordHash", Formats::passwordHash).orElse(null);
        return new Person(username.orElse(null), displayName, email, roles, passwordHash);
    }

    private ApiKey apiKey(YamlMap m, Seen idsInTenant) {
        m.require("id", "roles", "keyHash");
        Optional<String> id = m.checkedText("id", Formats::id);
        id.ifPresent(i -> Seen.check(idsInTenant, i, m.path("id"), problems, "API key id",
                "ids of a hospital's API keys are unique"));
        Set<Role> roles = roles(m);
        Optional<String> keyHash = m.checkedText("keyHash", Formats::keyHash);
        keyHash.filter(h -> Formats.keyHash(h).isEmpty())
                .flatMap(h -> keyHashes.add(h, m.path("keyHash")))
                .ifPresent(first -> problems.at(m.path("keyHash"), "the same key as " + first + " (line "
                        + problems.lineOf(first) + "): every API key must be different, because the key alone"
                        + " decides which hospital is calling"));
        return new ApiKey(id.orElse(null), roles, keyHash.orElse(null));
    }

    private Set<Role> roles(YamlMap m) {
        List<Role> roles = m.choices("roles", Role.class, "role");
        if (m.get("roles").filter(n -> n instanceof SequenceNode s && s.getValue().isEmpty()).isPresent()) {
            problems.at(m.path("roles"), "must name at least one role; allowed: "
                    + String.join(", ", YamlNames.all(Role.class)));
        }
        return Copies.enumSet(Role.class, roles);
    }
}

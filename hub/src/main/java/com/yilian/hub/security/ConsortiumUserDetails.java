package com.yilian.hub.security;

import org.springframework.security.core.userdetails.User;

/** A person of the consortium as Spring Security sees them, carrying the hub's view of the caller. */
public class ConsortiumUserDetails extends User {

    private final HubUser hubUser;

    public ConsortiumUserDetails(HubUser hubUser, String passwordHash) {
        super(hubUser.id(), passwordHash, hubUser.authorities());
        this.hubUser = hubUser;
    }

    public HubUser hubUser() {
        return hubUser;
    }
}

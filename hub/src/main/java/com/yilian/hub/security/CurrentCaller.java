package com.yilian.hub.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of the current request, whichever way they authenticated. */
public final class CurrentCaller {

    private CurrentCaller() {
    }

    public static Optional<HubUser> get() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<HubUser> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof ConsortiumUserDetails details) {
            return Optional.of(details.hubUser());
        }
        if (principal instanceof HubUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}

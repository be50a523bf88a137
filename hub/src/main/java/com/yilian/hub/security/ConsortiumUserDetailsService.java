package com.yilian.hub.security;

import com.yilian.hub.tenancy.TenantDirectory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Finds people in the consortium configuration in force, so that a reload takes effect at the next request. */
public class ConsortiumUserDetailsService implements UserDetailsService {

    private final TenantDirectory directory;

    public ConsortiumUserDetailsService(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return directory.current().member(username)
                .map(m -> new ConsortiumUserDetails(
                        HubUser.person(m.person().username(), m.person().displayName(), m.tenant(), m.person().roles()),
                        m.person().passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such person in the consortium"));
    }
}

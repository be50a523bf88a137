package com.yilian.hub.api;

import com.yilian.hub.security.CurrentCaller;
import com.yilian.hub.security.HubUser;
import com.yilian.hub.tenancy.TenantDirectory;
import com.yilian.tenants.LocalizedName;
import com.yilian.tenants.Role;
import com.yilian.tenants.Tenant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Who the credential belongs to: clients use it to show the hospital and to know which actions to offer. */
@RestController
@RequestMapping("/api")
public class MeController {

    public record HospitalView(String id, String tier, LocalizedName name, String parent) {
        static HospitalView of(Tenant tenant) {
            return new HospitalView(tenant.id(), tenant.tier().name().toLowerCase(), tenant.name(), tenant.parent());
        }
    }

    public record Me(String id, String displayName, boolean apiKey, List<String> roles, HospitalView hospital,
                     boolean consortiumLead, boolean consortiumIt) {
    }

    private final TenantDirectory directory;

    public MeController(TenantDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/me")
    public Me me() {
        HubUser user = CurrentCaller.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        Tenant tenant = directory.current().consortium().tenant(user.tenantId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "hospital no longer configured"));
        return new Me(user.id(), user.displayName(), user.apiKey(), user.roles().stream().map(Role::yamlName).sorted().toList(),
                HospitalView.of(tenant), user.consortiumLead(), user.consortiumIt());
    }
}

package com.yilian.hub.api;

import com.yilian.hub.tenancy.ConsortiumReloader;
import com.yilian.hub.tenancy.ConsortiumSnapshot;
import com.yilian.hub.tenancy.TenantDirectory;
import com.yilian.tenants.ConfigProblem;
import com.yilian.tenants.Quota;
import com.yilian.tenants.Tenant;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Central IT's view of the consortium configuration: what is in force, since when, and why the latest edit was
 * refused if it was. Access is limited to consortium IT by the security configuration.
 */
@RestController
@RequestMapping("/api/admin/consortium")
public class ConsortiumAdminController {

    public record HospitalSummary(MeController.HospitalView hospital, int people, int apiKeys, Quota quota,
                                  List<String> workflows) {
    }

    public record Rejected(Instant at, String sha256, List<ConfigProblem> problems) {
    }

    public record Status(String consortiumId, String sha256, Instant loadedAt, List<HospitalSummary> hospitals,
                         Rejected latestEditRejected) {
    }

    private final TenantDirectory directory;
    private final ConsortiumReloader reloader;

    public ConsortiumAdminController(TenantDirectory directory, ConsortiumReloader reloader) {
        this.directory = directory;
        this.reloader = reloader;
    }

    @GetMapping
    public Status status() {
        ConsortiumSnapshot snapshot = directory.current();
        TenantDirectory.Rejection rejection = directory.lastRejection();
        List<HospitalSummary> hospitals = snapshot.consortium().tenants().stream().map(this::summary).toList();
        return new Status(snapshot.consortium().id(), snapshot.sha256(), snapshot.loadedAt(), hospitals,
                rejection == null ? null : new Rejected(rejection.at(), rejection.sha256(), rejection.problems()));
    }

    /** Check the file now instead of at the next poll, e.g. right after a GitOps sync. */
    @PostMapping("/reload")
    public Status reload() {
        reloader.reloadIfChanged();
        return status();
    }

    private HospitalSummary summary(Tenant tenant) {
        return new HospitalSummary(MeController.HospitalView.of(tenant), tenant.people().size(), tenant.apiKeys().size(),
                tenant.quota(), tenant.workflows().stream().map(w -> w.yamlName()).sorted().toList());
    }
}

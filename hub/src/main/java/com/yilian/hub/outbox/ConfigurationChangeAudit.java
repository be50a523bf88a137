package com.yilian.hub.outbox;

import com.yilian.hub.tenancy.ConsortiumSnapshot;
import com.yilian.hub.tenancy.TenantDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every consortium configuration that comes into force (a GitOps edit, a ConfigMap update, a quota saved in the
 * console) leaves an audit event with its hash, so that central IT can tell which configuration was in force when.
 */
@Component
public class ConfigurationChangeAudit {

    public ConfigurationChangeAudit(TenantDirectory directory, Outbox outbox) {
        directory.onChange(snapshot -> outbox.append(OutboxTopics.AUDIT, "consortium:" + snapshot.consortium().id(),
                null, "consortium-config-changed", describe(snapshot)));
    }

    private static Map<String, Object> describe(ConsortiumSnapshot snapshot) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("at", snapshot.loadedAt().toString());
        event.put("consortium", snapshot.consortium().id());
        event.put("sha256", snapshot.sha256());
        event.put("hospitals", snapshot.consortium().tenants().size());
        return event;
    }
}

package com.yilian.scheduler.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.Tenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Known callers skip the hash; unknown keys are never remembered; a reload forgets removed keys. */
class KnownKeysTest {
    private final Consortium consortium =
            GatewayConsortium.of("http://127.0.0.1:1/v1", "http://127.0.0.1:2/v1", 1);

    @Test
    void aMatchedKeyIsRememberedAndStillNamesItsTenant() {
        KnownKeys keys = new KnownKeys(consortium);
        Tenant first = keys.tenant(GatewayConsortium.FIRST_KEY).orElseThrow();
        assertThat(keys.remembered()).isEqualTo(1);
        assertThat(keys.tenant(GatewayConsortium.FIRST_KEY)).containsSame(first);
        assertThat(keys.tenant(GatewayConsortium.SECOND_KEY).orElseThrow().id()).isNotEqualTo(first.id());
        assertThat(keys.remembered()).isEqualTo(2);
    }

    @Test
    void unknownKeysAreRefusedAndNeverRemembered() {
        KnownKeys keys = new KnownKeys(consortium);
        for (int i = 0; i < 1000; i++) {
            assertThat(keys.tenant(UUID.randomUUID().toString())).isEmpty();
        }
        // a near miss of a remembered key is no match either
        keys.tenant(GatewayConsortium.FIRST_KEY);
        assertThat(keys.tenant(GatewayConsortium.FIRST_KEY + "x")).isEmpty();
        assertThat(keys.tenant(GatewayConsortium.FIRST_KEY.substring(1))).isEmpty();
        assertThat(keys.tenant("")).isEmpty();
        assertThat(keys.tenant(null)).isEmpty();
        assertThat(keys.remembered()).isEqualTo(1);
    }

    @Test
    void theKeysOfAReloadedConsortiumDoNotIncludeARemovedOne() {
        // GatewayReloadTest checks the same through the gateway, whose first call has the key remembered
        KnownKeys before = new KnownKeys(consortium);
        assertThat(before.tenant(GatewayConsortium.FIRST_KEY)).isPresent();

        Consortium without = new Consortium(consortium.id(), consortium.name(), consortium.modelPools(),
                List.of(consortium.tenants().get(1)));
        KnownKeys after = new KnownKeys(without);
        assertThat(after.tenant(GatewayConsortium.FIRST_KEY)).isEmpty();
        assertThat(after.tenant(GatewayConsortium.SECOND_KEY)).isPresent();
        assertThat(after.remembered()).isEqualTo(1);
    }
}

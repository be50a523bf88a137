package com.yilian.scheduler.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.tenants.Consortium;
import com.yilian.tenants.ModelPool;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Local pools and remote APIs get separate backend clients: their connections are worth keeping for different times. */
@ExtendWith(VertxExtension.class)
class BackendClientsTest {

    @Test
    void remotePoolsUseTheClientThatKeepsConnectionsLonger(Vertx vertx) {
        HttpClient local = vertx.createHttpClient();
        HttpClient remote = vertx.createHttpClient();
        BackendRelay relay = new BackendRelay(local, remote, name -> null);
        Consortium c = GatewayConsortium.of("http://127.0.0.1:1/v1", "https://api.example.com/v1", 1);
        ModelPool localPool = c.pool("local-a").orElseThrow();
        ModelPool remotePool = c.pool("remote-b").orElseThrow();

        assertThat(relay.clientFor(localPool)).isSameAs(local);
        assertThat(relay.clientFor(remotePool)).isSameAs(remote);
        // below vLLM's own 5 s for local pools; longer for remote APIs, where a new connection costs a TLS handshake
        assertThat(GatewayVerticle.BACKEND_IDLE_SECONDS).isLessThan(5);
        assertThat(GatewayVerticle.REMOTE_IDLE_SECONDS).isGreaterThan(GatewayVerticle.BACKEND_IDLE_SECONDS);
    }
}

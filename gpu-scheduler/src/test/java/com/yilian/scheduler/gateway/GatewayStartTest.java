package com.yilian.scheduler.gateway;

import static com.yilian.scheduler.gateway.GatewayClient.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The entry point an application uses: it deploys the gateway and hands back the listening server. */
@ExtendWith(VertxExtension.class)
class GatewayStartTest {

    @Test
    void startsOnAFreePortAndServesTheModelList(Vertx vertx) throws Exception {
        HttpServer server = await(Gateway.start(vertx,
                GatewayConsortium.of("http://127.0.0.1:9/v1", "http://127.0.0.1:9/v1", 1), 0));

        GatewayClient.Reply models = await(new GatewayClient(vertx, server.actualPort())
                .get(GatewayConsortium.FIRST_KEY, "/v1/models"));

        assertThat(server.actualPort()).isPositive();
        assertThat(models.status()).isEqualTo(200);
        assertThat(models.json().getString("object")).isEqualTo("list");
    }
}

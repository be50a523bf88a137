package com.yilian.scheduler.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** The gateway's per-call parsing without regular expressions or decoding gives what the old string code gave. */
class HotPathParsingTest {
    @Test
    void countsStreamedEventsButNotDone() {
        assertThat(BackendRelay.dataEvents(Buffer.buffer("data: {\"a\":1}\n\ndata: {\"a\":2}\n\n"))).isEqualTo(2);
        assertThat(BackendRelay.dataEvents(Buffer.buffer("data:{\"a\":1}\n\ndata: [DONE]\n\n"))).isEqualTo(1);
        assertThat(BackendRelay.dataEvents(Buffer.buffer("data:[DONE]\n\n"))).isZero();
        assertThat(BackendRelay.dataEvents(Buffer.buffer(": keep-alive\n\n"))).isZero();
        assertThat(BackendRelay.dataEvents(Buffer.buffer("data"))).isZero();
        // multi-byte UTF-8 text around and inside events does not confuse the byte scan
        assertThat(BackendRelay.dataEvents(Buffer.buffer("data: {\"content\":\"咳嗽两天 data:\"}\n\ndata: 发热\n\n")))
                .isEqualTo(3);
    }

    @Test
    void stripsTrailingSlashesOnly() {
        assertThat(GatewayVerticle.withoutTrailingSlashes("/v1/chat/completions//")).isEqualTo("/v1/chat/completions");
        assertThat(GatewayVerticle.withoutTrailingSlashes("/health")).isEqualTo("/health");
        assertThat(GatewayVerticle.withoutTrailingSlashes("///")).isEmpty();
        assertThat(GatewayVerticle.withoutTrailingSlashes("")).isEmpty();
        for (String s : new String[] {"/a/", "/a//b/", "x", "/"}) {
            assertThat(GatewayVerticle.withoutTrailingSlashes(s)).isEqualTo(s.replaceAll("/+$", ""));
        }
    }
}

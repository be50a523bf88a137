package com.yilian.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ApiKeyHashTest {
    @Test
    void isSha256InLowercaseHexWithAPrefix() {
        // the SHA-256 test vector of FIPS 180-2 for "abc"
        assertThat(ApiKeyHash.of("abc"))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeyHash.of("临江")).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void aKeyMatchesItsOwnHashOnly() {
        String hash = ApiKeyHash.of("demo-key-xishan-thc");
        assertThat(ApiKeyHash.matches("demo-key-xishan-thc", hash)).isTrue();
        assertThat(ApiKeyHash.matches("demo-key-xishan-thd", hash)).isFalse();
        assertThat(ApiKeyHash.matches("demo-key-xishan-thc", hash.toUpperCase())).isFalse();
        assertThat(ApiKeyHash.matches("demo-key-xishan-thc", hash.substring(0, 20))).isFalse();
        assertThat(ApiKeyHash.matches(null, hash)).isFalse();
        assertThat(ApiKeyHash.matches("demo-key-xishan-thc", null)).isFalse();
        assertThatNullPointerException().isThrownBy(() -> ApiKeyHash.of(null));
    }
}

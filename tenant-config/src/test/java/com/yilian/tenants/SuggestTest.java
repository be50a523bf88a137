package com.yilian.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> QUOTA = QuotaReader.KEYS;

    @Test
    void findsTyposSwapsAndOtherSpellingsOfAName() {
        assertThat(Suggest.closest("sahre", QUOTA)).contains("share");
        assertThat(Suggest.closest("guarenteed", QUOTA)).contains("guaranteed");
        assertThat(Suggest.closest("daily_token_budget", QUOTA)).contains("dailyTokenBudget");
        assertThat(Suggest.closest("RequestsPerMinute", QUOTA)).contains("requestsPerMinute");
        assertThat(Suggest.closest("clinical_lead", YamlNames.all(Role.class))).contains("clinical-lead");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(Suggest.closest("limit", QUOTA)).isEmpty();
        assertThat(Suggest.closest("region", List.of("id", "name"))).isEmpty();
        assertThat(Suggest.distance("sahre", "share")).isEqualTo(1);
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    }
}

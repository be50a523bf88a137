package com.yilian.hub.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yilian.tenants.Quota;
import org.junit.jupiter.api.Test;

/** The in-place edit keeps comments and layout, in block style as in flow style. */
class QuotaYamlEditTest {

    private static final String FILE = """
            # 医联体配置 consortium file
            tenants:
              - id: a-hospital   # 甲院
                quota:
                  share: 0.5        # half of everything
                  guaranteed: 0.25
                  borrowLimit: 0.5
                  dailyTokenBudget: 1000
                  requestsPerMinute: 60
              - id: b-hospital
                quota: { share: 0.5, guaranteed: 0.25, borrowLimit: 0.5, dailyTokenBudget: 1000, requestsPerMinute: 60 }
            """;

    @Test
    void blockStyleValuesAreReplacedWhereTheyStand() throws Exception {
        String edited = QuotaYamlEdit.apply(FILE, "a-hospital", new Quota(0.5, 0.1, 0.3, 2000, 120));

        assertThat(edited).isEqualTo(FILE.replace("guaranteed: 0.25\n", "guaranteed: 0.1\n")
                .replace("borrowLimit: 0.5\n", "borrowLimit: 0.3\n")
                .replace("dailyTokenBudget: 1000\n", "dailyTokenBudget: 2000\n")
                .replace("requestsPerMinute: 60\n", "requestsPerMinute: 120\n"));
    }

    @Test
    void flowStyleStaysOnItsLine() throws Exception {
        String edited = QuotaYamlEdit.apply(FILE, "b-hospital", new Quota(0.5, 0.2, 0.3, 1000, 60));

        assertThat(edited).contains("quota: { share: 0.5, guaranteed: 0.2, borrowLimit: 0.3, dailyTokenBudget: 1000,"
                + " requestsPerMinute: 60 }").contains("# half of everything").contains("guaranteed: 0.25\n");
    }

    @Test
    void aTenantNotInTheFileIsNamed() {
        assertThatThrownBy(() -> QuotaYamlEdit.apply(FILE, "c-hospital", new Quota(0.5, 0.2, 0.3, 1, 1)))
                .hasMessageContaining("c-hospital");
    }
}

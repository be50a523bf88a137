package com.yilian.helm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** values.schema.json refuses what would otherwise be silently ignored or fail only once pods start. */
class ValuesSchemaTest {

    @Test
    void aWrongTypeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> YilianChart.template("schema-error").call())
                .hasMessageContaining("/hub/replicas")
                .hasMessageContaining("want integer");
    }

    @Test
    void aMisspeltTopLevelKeyIsRefusedNamingIt() {
        assertThatThrownBy(() -> YilianChart.template("schema-typo").call())
                .hasMessageContaining("additional properties 'schedular' not allowed");
    }

    @Test
    void aMissingDatabasePasswordIsRefusedSayingWhatToSet() {
        assertThatThrownBy(() -> YilianChart.template("default").set("database.existingSecret", "").call())
                .hasMessageContaining("database.password")
                .hasMessageContaining("database.existingSecret");
    }

    @Test
    void aPoolThatIsNotALocalPoolOfTheConsortiumIsRefused() {
        assertThatThrownBy(() -> YilianChart.template("unknown-pool").call())
                .hasMessageContaining("vllm.pools[0].id")
                .hasMessageContaining("local-intake, local-qwen");
    }

    @Test
    void aPoolRunningOtherConcurrencyThanTheSchedulerPlansForIsRefused() {
        assertThatThrownBy(() -> YilianChart.template("seqs-mismatch").call())
                .hasMessageContaining("vllm.pools[0].maxNumSeqs: 32")
                .hasMessageContaining("local-qwen maxConcurrentSequences 64");
    }

    @Test
    void aPoolWithoutItsModelIsRefusedNamingTheMissingFields() {
        assertThatThrownBy(() -> YilianChart.template("default").set("vllm.pools[0].id", "local-qwen").call())
                .hasMessageContaining("/vllm/pools/0")
                .hasMessageContaining("'model'");
    }

    @Test
    void anIngressWithoutHostIsRefused() {
        assertThatThrownBy(() -> YilianChart.template("default").set("hub.ingress.enabled", true).call())
                .hasMessageContaining("/hub/ingress/host");
    }

    @Test
    void anUnknownKedaTriggerIsRefused() {
        assertThatThrownBy(() -> YilianChart.template("default").set("keda.trigger", "cpu").call())
                .hasMessageContaining("/keda/trigger");
    }
}

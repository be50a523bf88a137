package com.yilian.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import org.junit.jupiter.api.Test;

/** NOTES.txt, as `helm install` prints it (a client-only dry run: no cluster needed). */
class NotesTest {

    @Test
    void defaultInstallWarnsThatTheExampleConsortiumHasPublicCredentials() {
        String output = new Helm(YilianChart.CHART).install().withName(YilianChart.RELEASE)
                .withNamespace(YilianChart.NAMESPACE).clientOnly().dryRun().call().getOutput();

        assertThat(output).contains("WARNING: this release runs the EXAMPLE consortium")
                .contains("http://yl-yilian-gpu-scheduler.yilian.svc:8090/v1")
                .contains("yilian-database (key password)")
                .contains("DEEPSEEK_API_KEY");
    }

    @Test
    void productionInstallNamesItsSecretsAndGivesNoDemoWarning() {
        String output = new Helm(YilianChart.CHART).install().withName(YilianChart.RELEASE)
                .withNamespace(YilianChart.NAMESPACE).withValuesFile(YilianChart.valuesFile("production"))
                .clientOnly().dryRun().call().getOutput();

        assertThat(output).doesNotContain("EXAMPLE consortium")
                .contains("KEDA ScaledObjects (prometheus trigger)")
                .contains("yilian-pg (key app-password)")
                .contains("DEEPSEEK_API_KEY, QWEN_CLOUD_API_KEY")
                .contains("yilian-prometheus-scraper");
    }
}

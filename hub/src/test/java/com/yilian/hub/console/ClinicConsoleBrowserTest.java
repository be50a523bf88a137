package com.yilian.hub.console;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.username;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.yilian.hub.support.HeadlessChromium;
import com.yilian.hub.support.HubHttp;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.tenants.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The clinic's encounters in the browser. These need the hub's encounter API (POST/GET /api/encounters); while
 * the hub has none, they are skipped with that reason rather than failing on a missing endpoint.
 */
class ClinicConsoleBrowserTest extends RunningHubTest {

    private final String clinic = community(0);
    private final String otherClinic = community(2);
    private HeadlessChromium browser;

    @BeforeEach
    void openBrowser() {
        Reply probe = http().get("/api/encounters", login(clinic, Role.CLINICIAN));
        assumeTrue(probe.status() != 404, "the encounter API (/api/encounters) is not in this hub yet");
        browser = HeadlessChromium.open("http://127.0.0.1:" + port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aClinicianStartsAnEncounterAndSeesTheInterview() {
        String patientId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn(username(clinic, Role.CLINICIAN), HubHttp.DEMO_PASSWORD);
        WebElement form = browser.await("new-encounter");
        form.findElement(By.name("patientId")).sendKeys(patientId);
        form.findElement(By.name("age")).sendKeys("46");
        form.findElement(By.name("message")).sendKeys("咳嗽三天，发热");
        browser.await("start-encounter").click();

        browser.await("encounter-view");
        assertThat(browser.await("encounter-patient").getText()).isEqualTo(patientId);
        assertThat(browser.await("intake").getText()).contains("预问诊");
        assertThat(browser.await("notice").getText()).contains("不是处方");
    }

    @Test
    void aClinicCannotOpenAnotherClinicsEncounter() {
        String patientId = "P-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = http().postJson("/api/encounters",
                Map.of("patientId", patientId, "age", 60, "sex", "M", "message", "胸痛两小时"),
                login(clinic, Role.CLINICIAN));
        assertThat(created.status()).as(created.toString()).isBetween(200, 299);
        String encounterId = created.json().get("id").asText();

        browser.logIn(username(otherClinic, Role.CLINICIAN), HubHttp.DEMO_PASSWORD);
        browser.await("clinic-view");
        browser.go("/#/encounters/" + encounterId);

        browser.await("encounter-error");
        assertThat(browser.present("encounter-view")).isFalse();
        assertThat(browser.driver().getPageSource()).doesNotContain(patientId);
        assertThat(http().get("/api/encounters/" + encounterId, login(otherClinic, Role.CLINICIAN)).status())
                .isIn(403, 404);
    }
}

package com.yilian.hub.console;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.login;
import static com.yilian.hub.support.ExampleConsortiumPeople.tertiaryId;
import static com.yilian.hub.support.ExampleConsortiumPeople.username;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.hub.support.ExampleConsortiumPeople;
import com.yilian.hub.support.HeadlessChromium;
import com.yilian.hub.support.HubHttp;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.hub.tenancy.ConsortiumReloader;
import com.yilian.tenants.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The web console in a real headless Chromium against a running hub: who sees what, and a quota edit end to end. */
class ConsoleBrowserTest extends RunningHubTest {

    @Autowired
    ConsortiumReloader reloader;

    private final String clinic = community(0);
    private final String otherClinic = community(2);
    private HeadlessChromium browser;
    private byte[] consortiumFile;

    @BeforeEach
    void openBrowser() throws IOException {
        consortiumFile = Files.readAllBytes(tenantsFile());
        browser = HeadlessChromium.open("http://127.0.0.1:" + port);
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws IOException {
        if (browser != null) {
            browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse(""));
            browser.close();
        }
        Files.write(tenantsFile(), consortiumFile);
        reloader.reloadIfChanged();
    }

    @Test
    void aClinicianLogsInAndSeesTheClinicViewOfTheirHospital() {
        browser.logIn(username(clinic, Role.CLINICIAN), HubHttp.DEMO_PASSWORD);

        browser.await("clinic-view");
        String hospitalName = ExampleConsortiumPeople.CONSORTIUM.tenant(clinic).orElseThrow().name().zh();
        assertThat(browser.await("who").getText()).contains(hospitalName);
        assertThat(browser.await("notice").getText()).contains("不是处方");
        assertThat(browser.present("new-encounter")).isTrue();

        browser.await("lang").click();
        assertThat(browser.await("notice").getText()).contains("not a prescription");

        browser.await("logout").click();
        browser.await("login-form");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheLoginForm() {
        browser.logIn(username(clinic, Role.CLINICIAN), "not-the-password");

        assertThat(browser.await("login-error").getText()).contains("用户名或密码不正确");
        assertThat(browser.present("clinic-view")).isFalse();
    }

    @Test
    void aClinicianDoesNotGetTheItView() {
        browser.logIn(username(clinic, Role.CLINICIAN), HubHttp.DEMO_PASSWORD);
        browser.await("clinic-view");
        assertThat(browser.present("nav-it")).isFalse();

        browser.go("/#/it");
        browser.await("clinic-view");
        assertThat(browser.present("it-view")).isFalse();
        // The page hides it; the API refuses it anyway.
        assertThat(http().get("/api/admin/consortium", login(clinic, Role.CLINICIAN)).status()).isEqualTo(403);
    }

    @Test
    void consortiumItChangesAQuotaAndSeesItApplied() throws IOException {
        browser.logIn(username(tertiaryId(), Role.IT_ADMIN), HubHttp.DEMO_PASSWORD);
        browser.await("nav-it").click();
        browser.await("quota-table");

        WebElement editor = openEditor(otherClinic);
        setField(editor, "requestsPerMinute", "150");
        browser.await("save-quota").click();

        assertThat(browser.await("quota-applied").getText()).contains(otherClinic);
        awaitCellText(otherClinic, "requestsPerMinute", "150");
        assertThat(Files.readString(tenantsFile(), StandardCharsets.UTF_8)).contains("requestsPerMinute: 150");
        // The hub reads the embedded scheduler for the page: its pools' advice shows, and its metrics feed the charts.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> browser.await("replicas").getText().contains("local-qwen"));
        assertThat(browser.present("metrics-unavailable")).isFalse();
    }

    @Test
    void aQuotaThatBreaksTheConsortiumShowsItsProblemsAndChangesNothing() {
        browser.logIn(username(tertiaryId(), Role.IT_ADMIN), HubHttp.DEMO_PASSWORD);
        browser.await("nav-it").click();
        browser.await("quota-table");
        String shareBefore = cell(otherClinic, "share").getText();

        WebElement editor = openEditor(otherClinic);
        setField(editor, "share", "0.9");
        browser.await("save-quota").click();

        assertThat(browser.await("quota-error").getText()).contains("tenants.yaml:").contains("shares add up to");
        assertThat(cell(otherClinic, "share").getText()).isEqualTo(shareBefore);
        assertThat(readFile()).isEqualTo(consortiumFile);
    }

    private WebElement openEditor(String tenantId) {
        browser.await("edit-quota-" + tenantId).click();
        return browser.await("quota-editor");
    }

    private static void setField(WebElement form, String name, String value) {
        WebElement input = form.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    private WebElement cell(String tenantId, String field) {
        By locator = By.cssSelector("tr[data-tenant='" + tenantId + "'] td[data-field='" + field + "']");
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The table is reloaded from the hub after a save; wait for the value the hub now reports. */
    private void awaitCellText(String tenantId, String field, String text) {
        By locator = By.cssSelector("tr[data-tenant='" + tenantId + "'] td[data-field='" + field + "']");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(locator, text));
    }

    private byte[] readFile() {
        try {
            return Files.readAllBytes(tenantsFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

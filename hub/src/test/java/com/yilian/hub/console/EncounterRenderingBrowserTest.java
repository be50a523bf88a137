package com.yilian.hub.console;

import static com.yilian.hub.support.ExampleConsortiumPeople.community;
import static com.yilian.hub.support.ExampleConsortiumPeople.username;
import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.hub.support.HeadlessChromium;
import com.yilian.hub.support.HubHttp;
import com.yilian.hub.support.RunningHubTest;
import com.yilian.tenants.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How the console renders an encounter of the documented shape (src/test/resources/console/encounter.json). The
 * encounter endpoints are answered inside the page by a scripted fetch; login and everything else go to the real hub.
 */
class EncounterRenderingBrowserTest extends RunningHubTest {

    private static final String ID = "enc-fixture-1";
    private HeadlessChromium browser;

    @BeforeEach
    void openBrowserWithScriptedEncounterApi() throws IOException {
        browser = HeadlessChromium.open("http://127.0.0.1:" + port);
        String script = """
                (() => {
                  const encounter = %s;
                  const json = (body) => new Response(JSON.stringify(body), {headers: {'Content-Type': 'application/json'}});
                  const realFetch = window.fetch.bind(window);
                  window.__reviews = []; window.__messages = [];
                  window.fetch = async (url, init = {}) => {
                    const path = String(url);
                    if (path === '/api/encounters/%2$s' ) return json(encounter);
                    if (path === '/api/encounters/%2$s/reviews') { window.__reviews.push(JSON.parse(init.body)); return json({}); }
                    if (path === '/api/encounters/%2$s/messages') {
                      const text = JSON.parse(init.body).text;
                      window.__messages.push(text);
                      const intake = encounter.results.intakeSummary;
                      intake.transcript.push({role: 'patient', text});
                      intake.pendingQuestion = {text: '咳嗽有痰吗？'};
                      const body = 'event: status\\ndata: {"status":"intake"}\\n\\n'
                        + 'event: question\\ndata: {"text":"咳嗽有痰吗？"}\\n\\nevent: done\\ndata: {}\\n\\n';
                      return new Response(body, {headers: {'Content-Type': 'text/event-stream'}});
                    }
                    return realFetch(url, init);
                  };
                })();
                """.formatted(fixture(), ID);
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
        browser.logIn(username(community(0), Role.CLINICIAN), HubHttp.DEMO_PASSWORD);
        browser.await("clinic-view");
        browser.go("/#/encounters/" + ID);
        browser.await("encounter-view");
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) {
        if (browser != null) {
            browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().map(m -> m.getName()).orElse(""));
            browser.close();
        }
    }

    @Test
    void theMatrixShowsEvidenceAndMarksTheRedFlagRow() {
        WebElement matrix = browser.await("diagnosis-matrix");
        List<WebElement> rows = matrix.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("社区获得性肺炎", "46%", "发热；咳嗽", "无呼吸困难", "胸部影像");
        assertThat(rows.get(0).getAttribute("class")).doesNotContain("red-flag");
        assertThat(rows.get(1).getAttribute("class")).contains("red-flag");
        assertThat(rows.get(1).getText()).contains("胸痛伴气促");
        assertThat(matrix.getText()).contains("先查血常规和胸片");
    }

    @Test
    void aDegradedResultSaysSoWithItsReason() {
        List<WebElement> banners = browser.driver().findElements(HeadlessChromium.byTestId("degraded-banner"));
        assertThat(banners).hasSize(1);
        assertThat(banners.get(0).getText()).contains("降级模式", "本院未配置可用模型");
    }

    @Test
    void examsAreListedCheapestFirstWithCostAndInvasiveness() {
        List<WebElement> exams = browser.await("exam-ladder").findElements(By.cssSelector("li"));
        assertThat(exams).extracting(WebElement::getText).satisfiesExactly(
                first -> assertThat(first).contains("血常规", "low", "minimal", "区分细菌与病毒感染"),
                second -> assertThat(second).contains("胸部X线", "medium"),
                third -> assertThat(third).contains("胸部CT", "high"));
    }

    @Test
    void theFollowUpPlanAndTheNoticeAreShown() {
        assertThat(browser.await("follow-up").getText()).contains("今天体温多少？", "呼吸困难加重", "3 天后复诊");
        assertThat(browser.await("notice").getText()).contains("不是处方");
    }

    @Test
    void anAnswerStreamsBackTheNextQuestion() {
        assertThat(browser.await("pending-question").getText()).contains("有没有胸痛？");
        WebElement input = browser.await("intake").findElement(By.name("answer"));
        input.sendKeys("没有胸痛");
        browser.await("intake").findElement(By.cssSelector("button[type=submit]")).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> browser.await("pending-question").getText().contains("咳嗽有痰吗？"));
        assertThat(browser.driver().executeScript("return window.__messages")).isEqualTo(List.of("没有胸痛"));
        assertThat(browser.await("intake").getText()).contains("没有胸痛");
    }

    @Test
    void approvingSendsTheDecisionForTheOpenTask() {
        browser.await("approve").click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> ((List<?>) browser.driver().executeScript("return window.__reviews")).size() == 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> review = (Map<String, Object>) ((List<?>) browser.driver()
                .executeScript("return window.__reviews")).get(0);
        assertThat(review).containsEntry("task", "task-77").containsEntry("decision", "approve");
    }

    @Test
    void theEnglishSwitchTranslatesTheResults() {
        browser.await("lang").click();
        assertThat(browser.await("diagnosis-matrix").getText()).contains("Community-acquired pneumonia", "Supporting");
        assertThat(browser.await("notice").getText()).contains("not a prescription");
    }

    private static String fixture() throws IOException {
        try (InputStream in = EncounterRenderingBrowserTest.class.getResourceAsStream("/console/encounter.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

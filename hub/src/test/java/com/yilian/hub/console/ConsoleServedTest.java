package com.yilian.hub.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.hub.support.HubHttp.Credential;
import com.yilian.hub.support.HubHttp.Reply;
import com.yilian.hub.support.RunningHubTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console's files are served at "/" without a login (they hold no data); the API behind them is not open. */
class ConsoleServedTest extends RunningHubTest {

    @Test
    void theConsoleAndItsAssetsAreServedAtTheRoot() {
        Reply page = http().get("/", Credential.none(), "text/html");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"app\">").contains("医联");

        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).as("the page loads its script from /assets/").isTrue();
        Reply asset = http().get(script.group(1), Credential.none(), "*/*");
        assertThat(asset.status()).isEqualTo(200);
    }

    @Test
    void scriptCallsGetA401WithoutTheBrowsersLoginDialog() {
        Reply plain = http().get("/api/me", Credential.none());
        assertThat(plain.headers()).containsKey("www-authenticate");

        Reply script = http().get("/api/me", new Credential("X-Requested-With", "XMLHttpRequest"));
        assertThat(script.status()).isEqualTo(401);
        assertThat(script.headers()).doesNotContainKey("www-authenticate");
    }

    @Test
    void theCamundaAppsStayWhereTheyWere() {
        Reply cockpit = http().get("/camunda/app/welcome/default/", Credential.none(), "text/html");
        assertThat(cockpit.status()).isNotEqualTo(404);
    }
}

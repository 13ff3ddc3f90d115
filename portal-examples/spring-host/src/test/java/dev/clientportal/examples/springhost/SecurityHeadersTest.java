package dev.clientportal.examples.springhost;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page tells the browser: script only from the host's own files, no framing, no Referer, no sniffing; the
 * progress script served as JavaScript; health for the platform.
 */
class SecurityHeadersTest extends RunningHost {

    @Test
    void pagesCarryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/w/" + workspace() + "/sign-in", "/sign-in?token=x", "/no/such/page"}) {
            TestBrowser.Page page = browser().get(path);

            assertThat(page.header("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("frame-ancestors 'none'").contains("script-src 'self'").contains("default-src 'self'")
                    .doesNotContain("unsafe-inline"));
            assertThat(page.header("X-Frame-Options")).as(path).contains("DENY");
            assertThat(page.header("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.header("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle_andLabelledInputs() {
        String signIn = browser().get("/w/" + workspace() + "/sign-in").body();

        assertThat(signIn).doesNotContain("<script").doesNotContain("style=");
        assertThat(signIn).contains("<label for=\"email\">").contains("id=\"email\"");
        assertThat(signIn).contains("/w/" + workspace() + "/theme.css");
    }

    @Test
    void theProgressScript_isServedAsJavaScript_fromTheHostItself() {
        TestBrowser.Page script = browser().get("/js/progress.js", "*/*");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/javascript"));
        assertThat(script.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(script.body()).contains("data-upload-progress", "upload.addEventListener('progress'");
    }

    @Test
    void theWorkspaceColours_comeAsAStylesheet() {
        TestBrowser.Page theme = browser().get("/w/" + workspace() + "/theme.css", "text/css,*/*;q=0.1");

        assertThat(theme.status()).isEqualTo(200);
        assertThat(theme.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(theme.body()).contains("--brand: #1d3557").contains("--accent: #c2410c");
    }

    @Test
    void outputIsEscaped() {
        TestBrowser browser = browser();
        browser.get("/w/" + workspace() + "/sign-in");

        String sent = browser.submit("/w/" + workspace() + "/sign-in",
                Map.of("email", "<b>x</b>@example.com")).body();

        assertThat(sent).doesNotContain("<b>x</b>").contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void healthIsUp_andNoOtherActuatorEndpointIsExposed() {
        TestBrowser.Page health = browser().get("/actuator/health", "application/json");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(browser().get("/actuator/env", "application/json").status()).isEqualTo(404);
    }
}

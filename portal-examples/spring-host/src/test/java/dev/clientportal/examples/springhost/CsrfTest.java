package dev.clientportal.examples.springhost;

import dev.clientportal.core.access.SignInLink;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form POST needs the CSRF token of a page the portal served; without it nothing happens. */
class CsrfTest extends RunningHost {

    @Test
    void aSignInRequestWithoutToken_isRefused_andSendsNothing() {
        int before = mailbox.newestFirst().size();
        TestBrowser browser = browser();
        browser.get("/w/" + workspace() + "/sign-in");

        TestBrowser.Page refused = browser.post("/w/" + workspace() + "/sign-in",
                Map.of("email", "ben@globex.example"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).contains("http.403");
        assertThat(mailbox.newestFirst()).hasSize(before);
    }

    @Test
    void redeemingWithoutToken_isRefused_andLeavesTheLinkUsable() {
        SignInLink invitation = portal.access().invite(owner(), contact("ben@globex.example").id());
        TestBrowser browser = browser();
        browser.get("/sign-in?token=" + invitation.token());

        assertThat(browser.post("/sign-in", Map.of("token", invitation.token())).status()).isEqualTo(403);

        assertThat(browser.submit("/sign-in", Map.of("token", invitation.token())).status()).isEqualTo(302);
        assertThat(browser.get("/portal").status()).isEqualTo(200);
    }

    @Test
    void aTokenFromAnotherBrowsersSession_isRefused() {
        TestBrowser attacker = browser();
        attacker.get("/w/" + workspace() + "/sign-in");
        TestBrowser victim = signedInAs("ben@globex.example");
        String attackersToken = attacker.get("/w/" + workspace() + "/sign-in").body()
                .replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        assertThat(victim.post("/sign-out", Map.of("_csrf", attackersToken)).status()).isEqualTo(403);
        assertThat(victim.get("/portal").status()).isEqualTo(200);
    }
}

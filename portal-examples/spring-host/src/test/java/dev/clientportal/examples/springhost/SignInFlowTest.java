package dev.clientportal.examples.springhost;

import dev.clientportal.core.access.SignInLink;
import dev.clientportal.examples.demo.DevMailbox;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Magic-link sign-in over HTTP: request, dev mailbox, Continue on POST, the session cookie, sign-out. */
class SignInFlowTest extends RunningHost {

    @Test
    void aRequestedLink_arrivesInTheMailbox_andSignsInOnlyWhenContinueIsPressed() {
        TestBrowser browser = browser();
        browser.get("/w/" + workspace() + "/sign-in");
        TestBrowser.Page sent = browser.submit("/w/" + workspace() + "/sign-in",
                Map.of("email", "ben@globex.example"));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("a sign-in link is on its way");

        String link = latestLinkTo("ben@globex.example");
        assertThat(link).startsWith("http://localhost:" + PORT + "/sign-in?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());

        // a link scanner fetching the link twice neither signs in nor uses it up
        assertThat(browser.get("/sign-in?token=" + token).body()).contains("Continue");
        assertThat(browser.get("/sign-in?token=" + token).status()).isEqualTo(200);
        assertThat(browser.get("/portal").status()).isEqualTo(302);

        TestBrowser.Page signedIn = browser.submit("/sign-in", Map.of("token", token));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/portal"));
        assertThat(signedIn.all("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith(PortalSessions.COOKIE + "=").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure"));
        TestBrowser.Page dashboard = browser.get("/portal");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Amount due").contains("USD 7,532.50").contains("Credit: <span");
    }

    @Test
    void aLinkWorksOnce() {
        SignInLink invitation = portal.access().invite(owner(), contact("ben@globex.example").id());
        assertThat(browser().signIn(invitation.token()).status()).isEqualTo(302);

        TestBrowser.Page again = browser().signIn(invitation.token());

        assertThat(again.status()).isEqualTo(401);
        assertThat(again.errorCode()).contains("access.token_used");
        assertThat(again.body()).contains("This link no longer works");
    }

    @Test
    void anUnknownAddress_getsTheSamePage_andNoMail() {
        int before = mailbox.newestFirst().size();
        TestBrowser browser = browser();
        browser.get("/w/" + workspace() + "/sign-in");

        TestBrowser.Page sent = browser.submit("/w/" + workspace() + "/sign-in",
                Map.of("email", "stranger@example.com"));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("a sign-in link is on its way");
        assertThat(mailbox.newestFirst()).hasSize(before);
    }

    @Test
    void requestsForOneAddress_areRateLimited() {
        TestBrowser browser = browser();
        browser.get("/w/" + workspace() + "/sign-in");
        for (int i = 0; i < 5; i++) {
            assertThat(browser.submit("/w/" + workspace() + "/sign-in", Map.of("email", "ivo@initech.example"))
                    .status()).isEqualTo(200);
        }

        TestBrowser.Page limited = browser.submit("/w/" + workspace() + "/sign-in",
                Map.of("email", "ivo@initech.example"));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).contains("access.rate_limited");
    }

    @Test
    void signingOut_endsThePortalSession() {
        TestBrowser browser = signedInAs("ben@globex.example");
        assertThat(browser.get("/portal").status()).isEqualTo(200);

        assertThat(browser.submit("/sign-out", Map.of()).status()).isEqualTo(302);

        assertThat(browser.get("/portal").status()).isEqualTo(302);
    }

    private String latestLinkTo(String recipient) {
        List<DevMailbox.Mail> mails = mailbox.newestFirst().stream()
                .filter(mail -> mail.recipient().equals(recipient)).toList();
        assertThat(mails).isNotEmpty();
        return mails.get(0).links().get(0);
    }
}

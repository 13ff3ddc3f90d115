package dev.clientportal.examples.springhost;

import dev.clientportal.core.messaging.Message;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.MessageThread;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.examples.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's message pages: a contact reads a thread (which marks it read), replies and starts a thread of its own;
 * another client's thread, a viewer's reply and a form without its CSRF token post nothing.
 */
class MessagePagesTest extends RunningHost {

    @Test
    void aContact_readsAThread_andReplies() {
        MessageThread thread = threadFromTheBusiness("Globex Corporation");
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        String page = "/portal/messages/" + thread.id();
        assertThat(unread(ana, thread)).isEqualTo("1");

        TestBrowser.Page shown = ana.get(page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("The first sketches are in your files.");
        assertThat(unread(ana, thread)).isEqualTo("0");

        TestBrowser.Page replied = ana.submit(page, Map.of("body", "Thanks, <b>looking</b> now"));

        assertThat(replied.status()).isEqualTo(302);
        assertThat(portal.messaging().messages(owner(), thread.id(), 0, 10)).extracting(Message::body)
                .containsExactly("The first sketches are in your files.", "Thanks, <b>looking</b> now");
        assertThat(ana.get(page).body()).contains("Thanks, &lt;b&gt;looking&lt;/b&gt; now");
    }

    @Test
    void aContact_startsAThread_thatTheBusinessSees() {
        String subject = "Question " + UUID.randomUUID().toString().substring(0, 8);
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        ana.get("/portal/messages");

        TestBrowser.Page started = ana.submit("/portal/messages", Map.of("subject", subject,
                "body", "Can we move Thursday's call?"));

        assertThat(started.status()).isEqualTo(302);
        assertThat(portal.messaging().threads(owner(), client("Globex Corporation").id()))
                .extracting(summary -> summary.thread().subject()).contains(subject);
        assertThat(ana.get(started.header("Location").orElseThrow()).body())
                .contains(subject, "Can we move Thursday");
    }

    @Test
    void anotherClientsThread_isNotFound_andTakesNoReply() {
        MessageThread initechs = threadFromTheBusiness("Initech GmbH");
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        String page = "/portal/messages/" + initechs.id();

        TestBrowser.Page shown = ana.get(page);
        TestBrowser.Page replied = ana.submit(page, Map.of("body", "Hello?"));

        assertThat(shown.status()).isEqualTo(404);
        assertThat(shown.errorCode()).contains("thread.not_found");
        assertThat(shown.body()).doesNotContain("The first sketches");
        assertThat(replied.status()).isEqualTo(404);
        assertThat(ana.get("/portal/messages").body()).doesNotContain(initechs.subject());
        assertThat(portal.messaging().messages(owner(), initechs.id(), 0, 10)).hasSize(1);
    }

    @Test
    void aViewersReply_andAReplyWithoutCsrfToken_areRefused() {
        MessageThread thread = threadFromTheBusiness("Globex Corporation");
        TestBrowser ben = signedInAs("ben@globex.example");
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        assertThat(ben.get("/portal/messages/" + thread.id()).status()).isEqualTo(200);
        ana.get("/portal/messages/" + thread.id());

        TestBrowser.Page viewer = ben.submit("/portal/messages/" + thread.id(), Map.of("body", "Me too"));
        TestBrowser.Page forged = ana.post("/portal/messages/" + thread.id(), Map.of("body", "Forged"));

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.errorCode()).contains("access.role_required");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(portal.messaging().messages(owner(), thread.id(), 0, 10)).hasSize(1);
    }

    /** The unread count the thread list shows for the thread. */
    private static String unread(TestBrowser browser, MessageThread thread) {
        Matcher matcher = Pattern.compile("data-unread=\"(\\d+)\">\\s*<a href=\"/portal/messages/" + thread.id() + "\"")
                .matcher(browser.get("/portal/messages").body());
        return matcher.find() ? matcher.group(1) : "not listed";
    }

    /** A thread of its own, started by the business, so that the demo's thread stays as the other tests expect it. */
    private MessageThread threadFromTheBusiness(String clientName) {
        return portal.messaging().startThread(owner(), client(clientName).id(), NewThread.titled(
                "Sketches " + UUID.randomUUID().toString().substring(0, 8),
                MessageContent.text("The first sketches are in your files.")));
    }
}

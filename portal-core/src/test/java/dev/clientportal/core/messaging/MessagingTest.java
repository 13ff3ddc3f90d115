package dev.clientportal.core.messaging;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class MessagingTest {

    private static final ClientRequest BROWSER = ClientRequest.get("203.0.113.7", "Mozilla/5.0 Firefox/133.0");

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Messaging messaging = fixture.portal.messaging();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final ContactPrincipal ana = signIn(globex, "ana@globex.example", Role.BILLING, Role.APPROVER);

    @Test
    void theBusinessAndAContactConverse_andEachSeesWhatTheOtherWroteAsUnread() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        MessageThread thread = messaging.startThread(owner, globex.id(), NewThread.about(
                DocumentRef.of(DocumentType.INVOICE, invoice.id()), "About your invoice",
                MessageContent.text("Here is the invoice for March.")));
        assertThat(thread.about()).contains(DocumentRef.of(DocumentType.INVOICE, invoice.id()));
        assertThat(messaging.unreadCount(ana)).isEqualTo(1);
        assertThat(fixture.portal.clientViews().dashboard(ana).unreadMessages()).isEqualTo(1);

        fixture.clock.advance(Duration.ofMinutes(5));
        Message reply = messaging.post(ana, thread.id(), MessageContent.text("Thanks <b>a lot</b>, paying today."));

        assertThat(reply.sequence()).isEqualTo(2);
        assertThat(reply.body()).as("bodies are kept as plain text, never interpreted")
                .isEqualTo("Thanks <b>a lot</b>, paying today.");
        assertThat(messaging.unreadCount(ana)).as("writing a reply reads the thread").isZero();
        assertThat(messaging.threads(owner, globex.id())).singleElement()
                .satisfies(summary -> assertThat(summary.unread()).isEqualTo(1));
        assertThat(messaging.messages(owner, thread.id(), 0, 50)).extracting(Message::author)
                .containsExactly(owner.actor(), ana.actor());

        messaging.markRead(owner, thread.id(), 2);
        assertThat(messaging.threads(owner, globex.id()).get(0).unread()).isZero();
        assertThat(fixture.eventsOf(MessagePosted.class)).extracting(MessagePosted::sequence).containsExactly(1, 2);
    }

    @Test
    void messagesArePagedAfterASequenceNumber() {
        MessageThread thread = messaging.startThread(ana, NewThread.titled("Question", MessageContent.text("1")));
        for (int i = 2; i <= 5; i++) {
            messaging.post(owner, thread.id(), MessageContent.text(Integer.toString(i)));
        }
        assertThat(messaging.messages(ana, thread.id(), 2, 2)).extracting(Message::body).containsExactly("3", "4");
        assertThat(messaging.threads(ana)).singleElement().satisfies(summary -> {
            assertThat(summary.thread().messageCount()).isEqualTo(5);
            assertThat(summary.unread()).isEqualTo(4);
        });
    }

    @Test
    void attachmentsMustBeFilesOfTheSameClientsLibrary() {
        SharedFile brief = fixture.portal.files().share(owner, globex.id(), new FileUpload("brief.txt", "text/plain",
                new ByteArrayInputStream("the brief".getBytes(StandardCharsets.UTF_8))));
        Client initech = fixture.client(owner, "Initech");
        SharedFile theirs = fixture.portal.files().share(owner, initech.id(), new FileUpload("other.txt",
                "text/plain", new ByteArrayInputStream("other".getBytes(StandardCharsets.UTF_8))));
        MessageThread thread = messaging.startThread(owner, globex.id(), NewThread.titled("Brief",
                MessageContent.text("Attached").attach(brief.id())));

        assertThat(messaging.messages(ana, thread.id(), 0, 10).get(0).attachments()).containsExactly(brief.id());
        assertRejected(() -> messaging.post(ana, thread.id(), MessageContent.text("wrong").attach(theirs.id())),
                ErrorCode.FILE_NOT_FOUND);
        assertThat(messaging.messages(owner, thread.id(), 0, 10)).hasSize(1);
    }

    @Test
    void aContactNeverReachesAnotherClientsThreads_andAViewerCannotWrite() {
        Client initech = fixture.client(owner, "Initech");
        MessageThread theirs = messaging.startThread(owner, initech.id(), NewThread.titled("Private",
                MessageContent.text("for Initech only")));
        ContactPrincipal viewer = signIn(globex, "viewer@globex.example", Role.VIEWER);

        assertRejected(() -> messaging.messages(ana, theirs.id(), 0, 10), ErrorCode.THREAD_NOT_FOUND);
        assertRejected(() -> messaging.post(ana, theirs.id(), MessageContent.text("hi")), ErrorCode.THREAD_NOT_FOUND);
        assertRejected(() -> messaging.markRead(ana, theirs.id(), 1), ErrorCode.THREAD_NOT_FOUND);
        assertThat(messaging.threads(ana)).isEmpty();
        assertRejected(() -> messaging.startThread(viewer, NewThread.titled("Hello", MessageContent.text("hi"))),
                ErrorCode.ROLE_REQUIRED);
        PortalPrincipal preview = PortalPrincipal.staffPreview(owner, globex.id());
        assertRejected(() -> messaging.startThread(preview, NewThread.titled("Hello", MessageContent.text("hi"))),
                ErrorCode.READ_ONLY_ACCESS);
        StaffPrincipal otherWorkspace = fixture.workspace("Initrode", USD);
        assertRejected(() -> messaging.messages(otherWorkspace, theirs.id(), 0, 10), ErrorCode.THREAD_NOT_FOUND);
        // another client's thread is not there for them, whatever they may do in their own portal
        assertRejected(() -> messaging.post(viewer, theirs.id(), MessageContent.text("hi")),
                ErrorCode.THREAD_NOT_FOUND);
        assertRejected(() -> messaging.post(preview, theirs.id(), MessageContent.text("hi")),
                ErrorCode.THREAD_NOT_FOUND);
        assertThat(messaging.messages(owner, theirs.id(), 0, 10)).hasSize(1);
    }

    @Test
    void aThreadAboutADocumentOfAnotherClient_isRefused() {
        Client initech = fixture.client(owner, "Initech");
        Invoice theirs = fixture.issuedInvoice(owner, initech, "50.00");
        assertRejected(() -> messaging.startThread(ana, NewThread.about(DocumentRef.of(DocumentType.INVOICE,
                theirs.id()), "Question", MessageContent.text("?"))), ErrorCode.DOCUMENT_NOT_FOUND);
        assertThat(messaging.threads(owner, globex.id())).isEmpty();
    }

    @Test
    void emptyOrOversizedBodies_areRejected() {
        assertRejected(() -> MessageContent.text(" "), ErrorCode.REQUIRED);
        assertRejected(() -> MessageContent.text("x".repeat(20_001)), ErrorCode.INVALID_VALUE);
    }

    @Test
    void twoPeoplePostingAtOnce_bothGetDistinctConsecutiveNumbers() throws Exception {
        MessageThread thread = messaging.startThread(owner, globex.id(), NewThread.titled("Busy",
                MessageContent.text("start")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Message>> posts = List.of(
                    pool.submit(() -> {
                        go.await();
                        return messaging.post(owner, thread.id(), MessageContent.text("from the business"));
                    }),
                    pool.submit(() -> {
                        go.await();
                        return messaging.post(ana, thread.id(), MessageContent.text("from Ana"));
                    }));
            go.countDown();
            assertThat(List.of(posts.get(0).get(10, TimeUnit.SECONDS).sequence(),
                    posts.get(1).get(10, TimeUnit.SECONDS).sequence())).containsExactlyInAnyOrder(2, 3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(messaging.messages(owner, thread.id(), 0, 10)).extracting(Message::sequence)
                .containsExactly(1, 2, 3);
    }

    private ContactPrincipal signIn(Client client, String email, Role... roles) {
        var contact = fixture.portal.clients().addContact(owner, new AddContact(client.id(), email, email,
                Set.of(roles)));
        return fixture.portal.access().signIn(fixture.portal.access().invite(owner, contact.id()).token(), BROWSER)
                .principal();
    }
}

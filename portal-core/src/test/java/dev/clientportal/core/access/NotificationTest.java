package dev.clientportal.core.access;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.notification.NotificationSender;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.RecordingNotificationSender;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Invitations, sign-in links and receipts go out through the {@link NotificationSender} once their transaction has
 * committed — never inside it, never after a rollback — and a sign-in secret appears nowhere but in the link of the
 * message to its recipient.
 */
class NotificationTest {

    private static final URI SIGN_IN_PAGE = URI.create("https://portal.acme.example/sign-in");

    private final InMemoryStores stores = InMemoryStores.create();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .signInPage(SIGN_IN_PAGE));
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);

    @Test
    void invitingAContact_sendsTheInvitationAfterCommit_linkingToTheSignInPageWithTheToken() {
        SignInLink link = fixture.portal.access().invite(acme, ana.id());

        assertThat(sender.sends()).singleElement().satisfies(sent -> {
            assertThat(sent.insideTransaction()).as("sent after commit").isFalse();
            Notification invitation = sent.notification();
            assertThat(invitation.kind()).isEqualTo(Notification.Kind.INVITATION);
            assertThat(invitation.recipient()).isEqualTo(ana.email());
            assertThat(invitation.workspaceId()).isEqualTo(acme.workspaceId());
            assertThat(invitation.subject()).isEqualTo("Acme invited you to its client portal");
            assertThat(invitation.text()).contains(SIGN_IN_PAGE + "?token=" + link.token());
            assertThat(invitation.html()).contains("href=\"" + SIGN_IN_PAGE + "?token=" + link.token() + "\"");
            assertThat(invitation.about()).isEmpty();
        });
        assertThat(fixture.portal.access().signIn(link.token(), fixture.browser()).principal().contactId())
                .as("the link returned as before still signs in").isEqualTo(ana.id());
    }

    @Test
    void requestingSignIn_sendsEachContactWithThatAddressItsOwnLink_afterCommit() {
        Client initech = fixture.client(acme, "Initech");
        Contact anaAtInitech = fixture.portal.clients().addContact(acme, new AddContact(
                initech.id(), "Ana Ruiz", ana.email(), Set.of(Role.VIEWER)));
        fixture.portal.access().invite(acme, ana.id());
        fixture.portal.access().invite(acme, anaAtInitech.id());

        List<SignInLink> links = fixture.portal.access().requestSignIn(acme.workspaceId(), ana.email(),
                fixture.browser());

        List<RecordingNotificationSender.Sent> signIns = sender.sends().stream()
                .filter(sent -> sent.notification().kind() == Notification.Kind.SIGN_IN_LINK).toList();
        assertThat(links).hasSize(2);
        assertThat(signIns).hasSize(2).noneMatch(RecordingNotificationSender.Sent::insideTransaction);
        for (int i = 0; i < links.size(); i++) {
            assertThat(signIns.get(i).notification().recipient()).isEqualTo(ana.email());
            assertThat(signIns.get(i).notification().text()).contains("?token=" + links.get(i).token());
            assertThat(signIns.get(i).notification().subject()).isEqualTo("Your sign-in link for Acme");
        }
    }

    @Test
    void anUnknownAddressAskingForALink_getsNothingSent() {
        fixture.portal.access().invite(acme, ana.id());

        assertThat(fixture.portal.access().requestSignIn(acme.workspaceId(), "nobody@globex.example",
                fixture.browser())).isEmpty();

        assertThat(sender.ofKind(Notification.Kind.SIGN_IN_LINK)).isEmpty();
    }

    @Test
    void insideTheHostsTransaction_theInvitationWaitsForItsCommit() {
        stores.transactions().inTransaction(() -> {
            fixture.portal.access().invite(acme, ana.id());
            assertThat(sender.notifications()).as("nothing sent before the host commits").isEmpty();
            return null;
        });

        assertThat(sender.ofKind(Notification.Kind.INVITATION)).hasSize(1);
    }

    @Test
    void aHostTransactionThatRollsBack_sendsNothing() {
        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            fixture.portal.access().invite(acme, ana.id());
            fixture.portal.access().requestSignIn(acme.workspaceId(), ana.email(), fixture.browser());
            throw new IllegalStateException("the host's own work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(sender.notifications()).isEmpty();
        assertThat(fixture.portal.access().accessOf(acme, ana.id())).as("rolled back").isEmpty();
    }

    @Test
    void theToken_appearsNowhereButInTheLinkOfTheMessageToItsRecipient() {
        Contact bob = fixture.contact(acme, globex, "Bob Stone", Role.VIEWER);
        fixture.portal.access().invite(acme, bob.id());
        SignInLink link = fixture.portal.access().invite(acme, ana.id());
        String url = SIGN_IN_PAGE + "?token=" + link.token();

        Notification toAna = sender.ofKind(Notification.Kind.INVITATION).stream()
                .filter(notification -> notification.recipient().equals(ana.email())).findFirst().orElseThrow();
        assertThat(toAna.text()).containsOnlyOnce(link.token());
        assertThat(toAna.text().replace(url, "")).doesNotContain(link.token());
        assertThat(toAna.html()).containsOnlyOnce(link.token());
        assertThat(toAna.html().replace("href=\"" + url + "\"", "")).doesNotContain(link.token());
        assertThat(toAna.subject()).doesNotContain(link.token());
        assertThat(toAna.toString()).doesNotContain(link.token());
        assertThat(sender.notifications()).filteredOn(notification -> notification != toAna)
                .allSatisfy(other -> assertThat(other.text() + other.html() + other.subject())
                        .doesNotContain(link.token()));
        assertThat(fixture.events).allSatisfy(event -> assertThat(event.toString()).doesNotContain(link.token()));
        assertThat(stores.dumpForInspection()).allSatisfy(row -> assertThat(row).doesNotContain(link.token()));
        assertThat(link.toString()).doesNotContain(link.token());
    }

    @Test
    void recordingAPayment_sendsTheClientAReceiptAboutIt_afterCommit_once() {
        Invoice invoice = fixture.issuedInvoice(acme, globex, "250.00");
        RecordPayment command = RecordPayment.manual(globex.id(), Money.of("300.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-7781").allocateTo(invoice.id());

        Payment payment = fixture.portal.payments().record(acme, command);
        fixture.portal.payments().record(acme, command);

        assertThat(sender.sends()).singleElement().satisfies(sent -> {
            assertThat(sent.insideTransaction()).isFalse();
            Notification receipt = sent.notification();
            assertThat(receipt.kind()).isEqualTo(Notification.Kind.RECEIPT);
            assertThat(receipt.recipient()).isEqualTo(globex.email());
            assertThat(receipt.about()).contains(DocumentRef.of(DocumentType.RECEIPT, payment.id()));
            assertThat(receipt.subject()).isEqualTo("Payment receipt from Acme");
            assertThat(receipt.text()).contains("USD 300.00", "wire-7781", invoice.number() + ": USD 250.00",
                    "Credit for future invoices: USD 50.00");
        });
    }

    @Test
    void aSenderThatFails_doesNotUndoWhatWasCommitted() {
        PortalFixture failing = PortalFixture.inMemory(builder -> builder.signInPage(SIGN_IN_PAGE)
                .notifications(notification -> {
                    throw new IllegalStateException("mail server down");
                }));
        StaffPrincipal owner = failing.workspace("Acme", USD);
        Contact contact = failing.contact(owner, failing.client(owner, "Globex"), "Ana Ruiz", Role.BILLING);

        SignInLink link = failing.portal.access().invite(owner, contact.id());

        assertThat(failing.portal.access().signIn(link.token(), failing.browser()).principal().contactId())
                .isEqualTo(contact.id());
    }

    @Test
    void aNotificationThatCannotBeMade_isNotSent_butTheInvitationStands() {
        Contact odd = fixture.portal.clients().addContact(acme, new AddContact(globex.id(), "Odd Address",
                "odd,bcc@globex.example", Set.of(Role.VIEWER)));

        SignInLink link = fixture.portal.access().invite(acme, odd.id());

        assertThat(sender.notifications()).isEmpty();
        assertThat(fixture.portal.access().signIn(link.token(), fixture.browser()).principal().contactId())
                .isEqualTo(odd.id());
    }

    @Test
    void notificationsWithoutASignInPage_areRefusedWhenThePortalIsBuilt() {
        ClientPortal.Builder builder = ClientPortal.builder().stores(InMemoryStores.create())
                .fileStore(InMemoryStores.create().fileStore()).notifications(sender);

        assertRejected(builder::build, ErrorCode.MISSING_PORT);
        assertRejected(() -> ClientPortal.builder().stores(InMemoryStores.create())
                .fileStore(InMemoryStores.create().fileStore()).notifications(sender)
                .signInPage(URI.create("/sign-in")).build(), ErrorCode.INVALID_VALUE);
    }

    @Test
    void aSignInPageWithAQuery_getsTheTokenAsOneMoreParameter() {
        PortalFixture withQuery = PortalFixture.over(InMemoryStores.create(), builder -> builder.notifications(sender)
                .signInPage(URI.create("https://acme.example/portal?tenant=acme")));
        StaffPrincipal owner = withQuery.workspace("Acme", USD);
        Contact contact = withQuery.contact(owner, withQuery.client(owner, "Globex"), "Ana Ruiz", Role.BILLING);

        SignInLink link = withQuery.portal.access().invite(owner, contact.id());

        assertThat(sender.notifications().get(0).text())
                .contains("https://acme.example/portal?tenant=acme&token=" + link.token());
    }

    @Test
    void aNotification_refusesASecondRecipientOrAHeaderInTheSubject_andKeepsItsBodiesOutOfItsText() {
        WorkspaceId workspace = acme.workspaceId();

        assertRejected(() -> new Notification(workspace, Notification.Kind.RECEIPT, "a@x.example, b@y.example", "s",
                "t", "h", Optional.empty()), ErrorCode.INVALID_VALUE);
        assertRejected(() -> new Notification(workspace, Notification.Kind.RECEIPT, "a@x.example\nBcc: b@y.example",
                "s", "t", "h", Optional.empty()), ErrorCode.INVALID_VALUE);
        assertRejected(() -> new Notification(workspace, Notification.Kind.RECEIPT, "a@x.example",
                "Hi\r\nBcc: b@y.example", "t", "h", Optional.empty()), ErrorCode.INVALID_VALUE);
        assertRejected(() -> new Notification(workspace, Notification.Kind.RECEIPT, "a@x.example", "s", " ", "h",
                Optional.empty()), ErrorCode.REQUIRED);
        Notification ok = new Notification(workspace, Notification.Kind.RECEIPT, "a@x.example", "Receipt",
                "secret text", "<p>secret html</p>", Optional.empty());
        assertThat(ok.toString()).contains("RECEIPT", "a@x.example", "Receipt").doesNotContain("secret");
        assertThat(Notification.subjectLine("Acme\r\nBcc: x" + "y".repeat(300))).hasSize(200).doesNotContain("\n");
        assertThat(Notification.escapeHtml("<b>\"R&D\" 'co'</b>"))
                .isEqualTo("&lt;b&gt;&quot;R&amp;D&quot; &#39;co&#39;&lt;/b&gt;");
    }
}

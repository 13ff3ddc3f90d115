package dev.clientportal.core;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.Approve;
import dev.clientportal.core.approval.CreateDeliverable;
import dev.clientportal.core.approval.Milestone;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.approval.RequestChanges;
import dev.clientportal.core.approval.VersionPin;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.client.UpdateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.NewThread;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.clientview.InvoiceListQuery;
import dev.clientportal.core.workspace.PostalAddress;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every free text a command carries has a documented limit, every list element and date is checked, and the client's
 * address is an IP literal: hostile input is answered with a typed rejection that names the field, and nothing is
 * written.
 */
class BoundedInputTest {

    private static final String MEGABYTE = "x".repeat(1 << 20);
    private static final String FIVE_MEGABYTES = "r".repeat(5 << 20);
    private static final ClientRequest REQUEST = ClientRequest.get("203.0.113.9", PortalFixture.BROWSER);

    private final PortalFixture fixture = PortalFixture.over(InMemoryStores.create());
    private final ClientPortal portal = fixture.portal;
    private final StaffPrincipal owner = fixture.workspace("Acme", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.APPROVER, Role.BILLING);
    private final ContactPrincipal asAna = fixture.signedInAs(owner, ana);
    private final Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");

    private List<String> snapshot() {
        List<String> dump = new ArrayList<>(((InMemoryStores) fixture.stores).dumpForInspection());
        dump.addAll(portal.quotes().forClient(owner, globex.id()).stream().map(Quote::toString).toList());
        dump.add("events=" + fixture.events.size());
        return dump;
    }

    /** Asserts the call is rejected with the code, naming the field, and wrote nothing. */
    private void assertRefused(ThrowingCallable call, ErrorCode code, String field) {
        List<String> before = snapshot();
        assertRejected(call, code).hasMessageContaining(field).satisfies(e ->
                assertThat(e.getMessage().length()).as("message quotes a truncated input").isLessThan(500));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Nested
    class TheIssuesExamples {

        @Test
        void aFiveMegabyteQuoteRejectionReason_isRefusedAndTheQuoteStaysSent() {
            Quote quote = portal.quotes().send(owner, portal.quotes().createDraft(owner,
                    DraftQuote.forClient(globex.id()).line("Website", "1", "", Money.of("1000.00", USD))).id());

            assertRefused(() -> portal.quotes().reject(asAna, quote.id(), FIVE_MEGABYTES, REQUEST),
                    ErrorCode.INVALID_VALUE, "reason");
            assertRefused(() -> portal.quotes().requestChanges(asAna, quote.id(), MEGABYTE, REQUEST),
                    ErrorCode.INVALID_VALUE, "comment");

            String longest = "r".repeat(InputLimits.REASON);
            assertThat(portal.quotes().reject(asAna, quote.id(), longest, REQUEST).decisions())
                    .hasSize(1);
        }

        @Test
        void megabyteNames_areRefusedNamingTheField() {
            assertRefused(() -> portal.clients().create(owner, new CreateClient(MEGABYTE, "a@b.example")),
                    ErrorCode.INVALID_VALUE, "client.name");
            assertRefused(() -> portal.clients().update(owner, new UpdateClient(globex.id(), MEGABYTE,
                    "a@b.example", null, "", false, null)), ErrorCode.INVALID_VALUE, "client.name");
            assertRefused(() -> portal.clients().addContact(owner, new AddContact(globex.id(), MEGABYTE,
                    "m@globex.example", Set.of(Role.VIEWER))), ErrorCode.INVALID_VALUE, "contact.name");
            assertRefused(() -> portal.agreements().createDraft(owner, new DraftAgreement(globex.id(), MEGABYTE,
                    AgreementDocument.text("Terms"), List.of(ana.id()))), ErrorCode.INVALID_VALUE, "title");
            assertRefused(() -> portal.messaging().startThread(owner, globex.id(),
                    NewThread.titled(MEGABYTE, MessageContent.text("Hi"))), ErrorCode.INVALID_VALUE, "subject");
            assertRefused(() -> new CreateClient("Globex", "a@b.example").withBilling(
                    new PostalAddress(List.of(MEGABYTE), "", "", "", ""), ""), ErrorCode.INVALID_VALUE,
                    "address.lines");
            assertRefused(() -> TaxRate.of(MEGABYTE, "10"), ErrorCode.INVALID_VALUE, "taxRate.name");
        }

        @Test
        void megabyteReasons_areRefusedNamingTheField() {
            assertRefused(() -> portal.invoicing().voidInvoice(owner, invoice.id(), MEGABYTE),
                    ErrorCode.INVALID_VALUE, "reason");
            assertRefused(() -> portal.invoicing().markUncollectible(owner, invoice.id(), MEGABYTE),
                    ErrorCode.INVALID_VALUE, "reason");
            assertRefused(() -> portal.invoicing().issueCreditNote(owner, IssueCreditNote.full(invoice.id(),
                    MEGABYTE)), ErrorCode.INVALID_VALUE, "reason");
            assertRefused(() -> portal.access().revokeContact(owner, ana.id(), MEGABYTE),
                    ErrorCode.INVALID_VALUE, "reason");
            assertRefused(() -> portal.access().revokeClient(owner, globex.id(), MEGABYTE),
                    ErrorCode.INVALID_VALUE, "reason");
        }

        @Test
        void megabyteReferencesAndNotes_areRefusedNamingTheField() {
            assertRefused(() -> portal.payments().record(owner, RecordPayment.manual(globex.id(),
                    Money.of("10.00", USD), PaymentMethod.CASH, MEGABYTE)), ErrorCode.INVALID_VALUE, "reference");
            assertRefused(() -> portal.payments().record(owner, RecordPayment.manual(globex.id(),
                    Money.of("10.00", USD), PaymentMethod.CASH, "cash-1").note(MEGABYTE)),
                    ErrorCode.INVALID_VALUE, "note");
            assertRefused(() -> portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                    .notes(MEGABYTE)), ErrorCode.INVALID_VALUE, "notes");
            assertRefused(() -> portal.quotes().createDraft(owner, DraftQuote.forClient(globex.id())
                    .terms(MEGABYTE)), ErrorCode.INVALID_VALUE, "terms");
            assertRefused(() -> portal.payments().findByReference(owner, MEGABYTE), ErrorCode.INVALID_VALUE,
                    "reference");
            Payment paid = portal.payments().record(owner, RecordPayment.manual(globex.id(),
                    Money.of("10.00", USD), PaymentMethod.CASH, "cash-2"));
            assertRefused(() -> portal.payments().refund(owner, RefundPayment.of(paid.id(), Money.of("1.00", USD),
                    "refund-1", MEGABYTE)), ErrorCode.INVALID_VALUE, "reason");
        }

        @Test
        void aMegabyteClientAddress_isRefused() {
            assertRefused(() -> ClientRequest.get(MEGABYTE, PortalFixture.BROWSER), ErrorCode.INVALID_VALUE,
                    "request.address");
        }
    }

    @Nested
    class ClientAddresses {

        @ParameterizedTest
        @ValueSource(strings = {"203.0.113.9", "0.0.0.0", "255.255.255.255", "2001:db8::7", "::", "::1",
                "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:192.0.2.1", "fe80::1:2:3:4:5:6", "1::"})
        void ipLiterals_areAccepted(String address) {
            assertThat(ClientRequest.get(" " + address + " ", "").address()).isEqualTo(address);
        }

        @Test
        void ipv6IsKeptInLowerCase_andAMissingAddressIsEmpty() {
            assertThat(ClientRequest.get("2001:DB8::A", "").address()).isEqualTo("2001:db8::a");
            assertThat(ClientRequest.get(null, null).address()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"localhost", "example.com", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4",
                "1.2.3.4:80", "[2001:db8::1]", "2001:db8::1%eth0", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::",
                "::ffff:999.0.0.1", "g::1", "１.２.３.４", "1.2.3.٤", "1.2.\n3.4", "a\u0000b"})
        void hostNamesAndMalformedAddresses_areRefusedWithoutALookup(String address) {
            assertRejected(() -> ClientRequest.get(address, ""), ErrorCode.INVALID_VALUE)
                    .hasMessageContaining("request.address");
        }

        @Test
        void aHugeUserAgent_isCutAndClearedOfControlCharacters() {
            ClientRequest request = ClientRequest.get("203.0.113.9", "Agent\r\nX-Forged: 1" + MEGABYTE);

            assertThat(request.userAgent()).hasSize(InputLimits.USER_AGENT).startsWith("Agent  X-Forged: 1")
                    .doesNotContain("\n", "\r");
        }

        @Test
        void aHugeOrOddMethod_isRefused() {
            assertRejected(() -> new ClientRequest("203.0.113.9", "", MEGABYTE), ErrorCode.INVALID_VALUE)
                    .hasMessageContaining("request.method");
            assertRejected(() -> new ClientRequest("203.0.113.9", "", "GET /"), ErrorCode.INVALID_VALUE);
            assertThat(new ClientRequest("203.0.113.9", "", "head").method()).isEqualTo("HEAD");
        }
    }

    @Nested
    class TextRules {

        @Test
        void controlCharacters_areRefusedInNames_andOnlyTabsAndLineBreaksPassInTexts() {
            assertRejected(() -> new CreateClient("Glo\u0000bex", "a@b.example"), ErrorCode.INVALID_VALUE)
                    .hasMessageContaining("client.name").hasMessageContaining("U+0000");
            assertRejected(() -> new CreateClient("Glo\nbex", "a@b.example"), ErrorCode.INVALID_VALUE);
            assertRejected(() -> DraftInvoice.forClient(globex.id()).notes("a\u001Bb"), ErrorCode.INVALID_VALUE)
                    .hasMessageContaining("notes");
            assertThat(DraftInvoice.forClient(globex.id()).notes(" Line 1\n\tLine 2\r\n").notes())
                    .isEqualTo("Line 1\n\tLine 2");
        }

        @Test
        void aTextAtItsLimit_passes_andOneCharacterMore_isRefused() {
            String name = "n".repeat(InputLimits.NAME);
            assertThat(new CreateClient(name, "a@b.example").name()).isEqualTo(name);
            assertRejected(() -> new CreateClient(name + "n", "a@b.example"), ErrorCode.INVALID_VALUE)
                    .hasMessageContaining("must be at most 200 characters");
            assertThat(MessageContent.text("b".repeat(InputLimits.BODY)).body()).hasSize(InputLimits.BODY);
            assertRejected(() -> MessageContent.text("b".repeat(InputLimits.BODY + 1)), ErrorCode.INVALID_VALUE);
        }

        @Test
        void aShortLimitOnALongText_quotesAPrefixWithoutFailing() {
            assertRejected(() -> PortalException.limitText("y".repeat(30), "code", 10), ErrorCode.INVALID_VALUE)
                    .hasMessageContaining("code = " + "y".repeat(30) + "… (30 characters)");
            assertRejected(() -> PortalException.limitText("😀".repeat(100), "emoji", 10), ErrorCode.INVALID_VALUE)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\uD83D…"));
        }

        @Test
        void typedSignatureNames_areOneLineOfAtMost200Characters() {
            Quote quote = portal.quotes().send(owner, portal.quotes().createDraft(owner,
                    DraftQuote.forClient(globex.id()).line("Website", "1", "", Money.of("1000.00", USD))).id());

            assertRefused(() -> portal.quotes().accept(asAna, quote.id(), MEGABYTE, REQUEST),
                    ErrorCode.INVALID_VALUE, "typedName");
            assertRefused(() -> portal.quotes().accept(asAna, quote.id(), "Ana\nRuiz", REQUEST),
                    ErrorCode.INVALID_VALUE, "typedName");
        }
    }

    @Nested
    class ListElements {

        private final LineItem line = LineItem.of("Design", "1", "h", Money.of("10.00", USD));

        @Test
        void aNullElementInAnyCommandList_isRefusedNamingItsIndex() {
            assertRejected(() -> DraftInvoice.forClient(globex.id()).lines(Arrays.asList(line, null)),
                    ErrorCode.REQUIRED).hasMessageContaining("lines[1]");
            assertRejected(() -> DraftQuote.forClient(globex.id()).lines(Arrays.asList(null, line)),
                    ErrorCode.REQUIRED).hasMessageContaining("lines[0]");
            assertRejected(() -> new IssueCreditNote(invoice.id(), Arrays.asList(line, null), "Typo"),
                    ErrorCode.REQUIRED).hasMessageContaining("lines[1]");
            assertRejected(() -> IssueCreditNote.partial(invoice.id(), "Typo", line, null), ErrorCode.REQUIRED);
            assertRejected(() -> new RecordPayment(globex.id(), Money.of("1.00", USD), PaymentMethod.CASH, "",
                    "r-1", null, Arrays.asList((RecordPayment.Request) null), false, ""), ErrorCode.REQUIRED)
                    .hasMessageContaining("allocations[0]");
            assertRejected(() -> new RefundPayment(new dev.clientportal.core.payment.PaymentId(
                    java.util.UUID.randomUUID()), Money.of("1.00", USD), "r-1", "", null,
                    Arrays.asList((Refund.Part) null)), ErrorCode.REQUIRED).hasMessageContaining("fromInvoices[0]");
            assertRejected(() -> new DraftAgreement(globex.id(), "MSA", AgreementDocument.text("Terms"),
                    Arrays.asList(ana.id(), null)), ErrorCode.REQUIRED).hasMessageContaining("signers[1]");
            assertRejected(() -> new RequestApproval(new dev.clientportal.core.approval.DeliverableId(
                    java.util.UUID.randomUUID()), Arrays.asList(null, ana.id()),
                    dev.clientportal.core.approval.ApprovalRule.ALL), ErrorCode.REQUIRED)
                    .hasMessageContaining("approvers[0]");
            assertRejected(() -> AddVersion.of(new dev.clientportal.core.approval.DeliverableId(
                    java.util.UUID.randomUUID()), "v2", (dev.clientportal.core.files.FileId) null),
                    ErrorCode.REQUIRED).hasMessageContaining("files[0]");
            assertRejected(() -> MessageContent.text("Hi").attach((dev.clientportal.core.files.FileId) null),
                    ErrorCode.REQUIRED).hasMessageContaining("attachments[0]");
            assertRejected(() -> Milestone.issuedOnApproval("Phase 1", line, null), ErrorCode.REQUIRED)
                    .hasMessageContaining("milestone.lines[1]");
            assertRejected(() -> PaymentSchedule.of(new Installment("Deposit", LocalDate.of(2026, 4, 1),
                    Money.of("1.00", USD)), null), ErrorCode.REQUIRED).hasMessageContaining("installments[1]");
            assertRejected(() -> LineItem.of("Design", "1", "h", Money.of("10.00", USD), (TaxRate) null),
                    ErrorCode.REQUIRED).hasMessageContaining("line.taxes[0]");
            assertRejected(() -> new PostalAddress(Arrays.asList("Main St 1", null), "", "", "", ""),
                    ErrorCode.REQUIRED).hasMessageContaining("address.lines[1]");
            Set<Role> roles = new HashSet<>(Arrays.asList(Role.VIEWER, null));
            assertRejected(() -> new AddContact(globex.id(), "Mo", "mo@globex.example", roles), ErrorCode.REQUIRED)
                    .hasMessageContaining("contact.roles");
            assertRefused(() -> portal.clients().changeRoles(owner, ana.id(), roles), ErrorCode.REQUIRED,
                    "contact.roles");
            Set<InvoiceStatus> statuses = new HashSet<>(Collections.singleton(null));
            assertRejected(() -> new InvoiceFilter(Optional.empty(), statuses), ErrorCode.REQUIRED)
                    .hasMessageContaining("statuses[0]");
            Set<InvoiceListQuery.Show> shows = new HashSet<>(Collections.singleton(null));
            assertRejected(() -> new InvoiceListQuery(shows, 0, 10), ErrorCode.REQUIRED)
                    .hasMessageContaining("show[0]");
        }

        @Test
        void aDeliverableDecisionWithHugeTexts_isRefused() {
            var deliverable = portal.approvals().create(owner, CreateDeliverable.forClient(globex.id(), "Logo"));
            var file = fixture.sharedFile(owner, globex, "logo.txt", "the logo");
            assertRefused(() -> portal.approvals().addVersion(owner, AddVersion.of(deliverable.id(), MEGABYTE,
                    file.id())), ErrorCode.INVALID_VALUE, "note");
            portal.approvals().addVersion(owner, AddVersion.of(deliverable.id(), "v1", file.id()));
            portal.approvals().requestApproval(owner, RequestApproval.fromAll(deliverable.id(), ana.id()));

            assertRefused(() -> portal.approvals().approve(asAna, Approve.of(deliverable.id(), VersionPin.number(1))
                    .comment(MEGABYTE), REQUEST), ErrorCode.INVALID_VALUE, "comment");
            assertRefused(() -> portal.approvals().requestChanges(asAna, RequestChanges.of(deliverable.id(),
                    VersionPin.number(1), MEGABYTE), REQUEST), ErrorCode.INVALID_VALUE, "comment");
            assertRefused(() -> portal.approvals().withdraw(owner, deliverable.id(), MEGABYTE),
                    ErrorCode.INVALID_VALUE, "reason");
        }
    }

    @Nested
    class AmountsAndDates {

        private final Payment payment = portal.payments().record(owner, RecordPayment.manual(globex.id(),
                Money.of("100.00", USD), PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(invoice.id()));

        @Test
        void refundPartsOfZeroNegativeOrNoAmount_areTypedRejections() {
            assertRejected(() -> new Refund.Part(invoice.id(), Money.zero(USD)), ErrorCode.NEGATIVE_AMOUNT)
                    .hasMessageContaining("fromInvoices.amount");
            assertRejected(() -> new Refund.Part(invoice.id(), Money.of("-1.00", USD)), ErrorCode.NEGATIVE_AMOUNT);
            assertRejected(() -> new Refund.Part(invoice.id(), null), ErrorCode.REQUIRED)
                    .hasMessageContaining("fromInvoices.amount");
            assertRejected(() -> new Refund.Part(null, Money.of("1.00", USD)), ErrorCode.REQUIRED)
                    .hasMessageContaining("fromInvoices.invoiceId");
            assertRefused(() -> portal.payments().refund(owner, RefundPayment.of(payment.id(), Money.of("5.00", USD),
                    "refund-1", "").fromInvoice(invoice.id(), Money.of("-1.00", USD))), ErrorCode.NEGATIVE_AMOUNT,
                    "fromInvoices.amount");
        }

        @Test
        void extremePaymentAndRefundDates_areRefused() {
            for (LocalDate date : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1899, 12, 31),
                    LocalDate.of(3000, 1, 1))) {
                assertRefused(() -> portal.payments().record(owner, RecordPayment.manual(globex.id(),
                        Money.of("1.00", USD), PaymentMethod.CASH, "cash-" + date).receivedOn(date)),
                        ErrorCode.INVALID_VALUE, "receivedOn");
                assertRefused(() -> portal.payments().refund(owner, RefundPayment.of(payment.id(),
                        Money.of("1.00", USD), "refund-" + date, "").refundedOn(date)), ErrorCode.INVALID_VALUE,
                        "refundedOn");
                assertRejected(() -> DraftQuote.forClient(globex.id()).expiresOn(date), ErrorCode.INVALID_VALUE)
                        .hasMessageContaining("expiresOn");
                assertRejected(() -> new Installment("Deposit", date, Money.of("1.00", USD)),
                        ErrorCode.INVALID_VALUE).hasMessageContaining("installment.dueDate");
            }
            assertThat(portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("1.00", USD),
                    PaymentMethod.CASH, "cash-old").receivedOn(InputLimits.EARLIEST_DATE)).receivedOn())
                    .isEqualTo(InputLimits.EARLIEST_DATE);
        }

        @Test
        void aGatewayEventAtInstantMinOrMax_isRefused() {
            for (Instant at : List.of(Instant.MIN, Instant.MAX)) {
                assertRefused(() -> portal.payments().applyGatewayEvent(new GatewayEvent.Succeeded("stripe", "evt_1",
                        owner.workspaceId(), invoice.id(), Money.of("1.00", USD), "pi_1", PaymentMethod.CARD, at)),
                        ErrorCode.INVALID_VALUE, "occurredAt");
            }
        }

        @Test
        void aLinkExpiringAtInstantMax_isRefused_andTenYearsIsTheLongestLink() {
            DocumentRef ref = PortalFixture.ref(invoice);
            Instant now = fixture.clock.instant();

            assertRefused(() -> portal.access().shareDocument(owner, ref, Optional.of(Instant.MAX)),
                    ErrorCode.INVALID_VALUE, "expiresAt");
            assertRefused(() -> portal.access().shareDocument(owner, ref,
                    Optional.of(now.plus(Duration.ofDays(3_661)))), ErrorCode.INVALID_VALUE, "expiresAt");
            assertThat(portal.access().shareDocument(owner, ref, Optional.of(now.plus(Duration.ofDays(3_660))))
                    .link().expiresAt()).isEqualTo(now.plus(Duration.ofDays(3_660)));
        }
    }

    @Test
    void theLimitsHoldForEveryKindOfCaller_soAContactCannotStoreAHugeMessage() {
        var thread = portal.messaging().startThread(asAna, NewThread.titled("Question", MessageContent.text("Hi")));
        assertRefused(() -> portal.messaging().post(asAna, thread.id(), MessageContent.text(FIVE_MEGABYTES)),
                ErrorCode.INVALID_VALUE, "body");
    }
}

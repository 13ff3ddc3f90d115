package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.ScriptedPaymentGateway;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class PayInvoiceTest {

    private final ScriptedPaymentGateway gateway = ScriptedPaymentGateway.named("stripe");
    private final PortalFixture fixture = PortalFixture.inMemory(builder -> builder.gateway(gateway));
    private final Payments payments = fixture.portal.payments();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
    private final ContactPrincipal billing = fixture.signedInAs(owner,
            fixture.contact(owner, globex, "Ana Ruiz", Role.BILLING));

    @Test
    void aBillingContact_startsACheckoutForTheAmountDue_andTheStartIsAudited() {
        PaymentOutcome outcome = payments.pay(billing, PayInvoice.amountDue(invoice.id())
                .returningTo(URI.create("https://portal.example/paid")));

        assertThat(outcome).isEqualTo(new PaymentOutcome.RequiresAction("cs_test_1",
                URI.create("https://checkout.example/cs_test_1"), ""));
        CheckoutRequest request = gateway.checkouts().get(0);
        assertThat(request.amount()).isEqualTo(usd("100.00"));
        assertThat(request.purpose()).isEqualTo(new CheckoutPurpose.AmountDue());
        assertThat(request.clientId()).isEqualTo(globex.id());
        assertThat(request.invoiceNumber()).isEqualTo(invoice.number());
        assertThat(request.returnUrl()).isEqualTo(URI.create("https://portal.example/paid"));
        List<AuditEntry> audit = fixture.portal.audit().forSubject(owner, "invoice", invoice.id().toString());
        assertThat(audit).extracting(AuditEntry::action).contains("payment.checkout_started");
        assertThat(audit).filteredOn(entry -> entry.action().equals("payment.checkout_started"))
                .extracting(AuditEntry::actor).containsExactly(billing.actor());
        assertThat(payments.forClient(owner, globex.id())).isEmpty();
    }

    @Test
    void aPrincipalObtainedBeforeItsContactWasRevoked_paysNothing() {
        fixture.portal.access().revokeContact(owner, billing.contactId(), "left the company");

        assertRejected(() -> payments.pay(billing, PayInvoice.amountDue(invoice.id())), ErrorCode.ACCESS_REVOKED);
        assertThat(gateway.checkouts()).isEmpty();
    }

    @Test
    void startingTheSamePaymentTwice_sendsTheSameIdempotencyKey_untilTheInvoiceChanges() {
        PaymentOutcome first = payments.pay(billing, PayInvoice.amountDue(invoice.id()));
        PaymentOutcome again = payments.pay(billing, PayInvoice.amountDue(invoice.id()));
        payments.record(owner, RecordPayment.manual(globex.id(), usd("30.00"), PaymentMethod.CHECK, "chk-1")
                .allocateTo(invoice.id()));
        PaymentOutcome afterPartialPayment = payments.pay(billing, PayInvoice.amountDue(invoice.id()));

        assertThat(again).isEqualTo(first);
        assertThat(afterPartialPayment).isNotEqualTo(first);
        List<CheckoutRequest> requests = gateway.checkouts();
        assertThat(requests.get(1).idempotencyKey()).isEqualTo(requests.get(0).idempotencyKey());
        assertThat(requests.get(2).idempotencyKey()).isNotEqualTo(requests.get(0).idempotencyKey());
        assertThat(requests.get(2).amount()).isEqualTo(usd("70.00"));
    }

    @Test
    void anInstallment_isPaidWithWhatSettlesIt_andAPaidInstallmentIsRefused() {
        Invoice scheduled = fixture.issue(owner, DraftInvoice.forClient(globex.id())
                .line("Website", "1", "", usd("300.00"))
                .schedule(PaymentSchedule.of(new Installment("Deposit", LocalDate.of(2026, 3, 10), usd("100.00")),
                        new Installment("Design", LocalDate.of(2026, 4, 10), usd("120.00")),
                        new Installment("Launch", LocalDate.of(2026, 5, 10), usd("80.00")))));

        payments.pay(billing, PayInvoice.installment(scheduled.id(), 1));
        payments.pay(billing, PayInvoice.installment(scheduled.id(), 2));
        payments.record(owner, RecordPayment.manual(globex.id(), usd("100.00"), PaymentMethod.CHECK, "chk-1")
                .allocateTo(scheduled.id()));
        payments.pay(billing, PayInvoice.installment(scheduled.id(), 2));

        assertThat(gateway.checkouts()).extracting(CheckoutRequest::amount)
                .containsExactly(usd("100.00"), usd("220.00"), usd("120.00"));
        assertThat(gateway.checkouts()).extracting(CheckoutRequest::purpose).containsExactly(
                new CheckoutPurpose.Installment(1, "Deposit"), new CheckoutPurpose.Installment(2, "Design"),
                new CheckoutPurpose.Installment(2, "Design"));
        assertRejected(() -> payments.pay(billing, PayInvoice.installment(scheduled.id(), 1)),
                ErrorCode.INSTALLMENT_SETTLED);
        assertRejected(() -> payments.pay(billing, PayInvoice.installment(scheduled.id(), 4)),
                ErrorCode.UNKNOWN_INSTALLMENT);
        assertRejected(() -> payments.pay(billing, PayInvoice.installment(invoice.id(), 1)),
                ErrorCode.UNKNOWN_INSTALLMENT);
    }

    // ---- who may pay ----

    @Test
    void aContactWithoutTheBillingRole_isRefused_andTheGatewayIsNotCalled() {
        ContactPrincipal approver = fixture.signedInAs(owner,
                fixture.contact(owner, globex, "Abe Approver", Role.APPROVER, Role.VIEWER));

        assertRejected(() -> payments.pay(approver, PayInvoice.amountDue(invoice.id())), ErrorCode.ROLE_REQUIRED);

        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void aDocumentLinkAndAStaffPreview_areReadOnly() {
        PortalPrincipal link = fixture.openLink(owner, PortalFixture.ref(invoice));
        PortalPrincipal preview = PortalPrincipal.staffPreview(owner, globex.id());

        assertRejected(() -> payments.pay(link, PayInvoice.amountDue(invoice.id())), ErrorCode.READ_ONLY_ACCESS);
        assertRejected(() -> payments.pay(preview, PayInvoice.amountDue(invoice.id())), ErrorCode.READ_ONLY_ACCESS);
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void anInvoiceOfAnotherClientOrWorkspace_orADraft_isNotFound() {
        Client hooli = fixture.client(owner, "Hooli");
        Invoice theirs = fixture.issuedInvoice(owner, hooli, "50.00");
        StaffPrincipal initech = fixture.workspace("Initech", USD);
        Invoice foreign = fixture.issuedInvoice(initech, fixture.client(initech, "Umbrella"), "70.00");
        Invoice draft = fixture.portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Later", "1", "", usd("10.00")));

        assertRejected(() -> payments.pay(billing, PayInvoice.amountDue(theirs.id())), ErrorCode.INVOICE_NOT_FOUND);
        assertRejected(() -> payments.pay(billing, PayInvoice.amountDue(foreign.id())), ErrorCode.INVOICE_NOT_FOUND);
        assertRejected(() -> payments.pay(billing, PayInvoice.amountDue(draft.id())), ErrorCode.INVOICE_NOT_FOUND);
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void aVoidOrPaidInvoice_isRefusedAsNotPayable() {
        Invoice voided = fixture.portal.invoicing().voidInvoice(owner,
                fixture.issuedInvoice(owner, globex, "20.00").id(), "duplicate");
        payments.record(owner, RecordPayment.manual(globex.id(), usd("100.00"), PaymentMethod.CHECK, "chk-1")
                .allocateTo(invoice.id()));

        assertRejected(() -> payments.pay(billing, PayInvoice.amountDue(voided.id())), ErrorCode.INVOICE_NOT_PAYABLE);
        assertRejected(() -> payments.pay(billing, PayInvoice.amountDue(invoice.id())),
                ErrorCode.INVOICE_NOT_PAYABLE);
        assertThat(gateway.requests()).isEmpty();
    }

    // ---- the gateway ----

    @Test
    void withoutAGateway_payingIsRefusedWithATypedError() {
        PortalFixture withoutGateway = PortalFixture.inMemory();
        StaffPrincipal acme = withoutGateway.workspace("Acme", USD);
        Client client = withoutGateway.client(acme, "Globex");
        Invoice open = withoutGateway.issuedInvoice(acme, client, "10.00");
        ContactPrincipal ana = withoutGateway.signedInAs(acme,
                withoutGateway.contact(acme, client, "Ana Ruiz", Role.BILLING));

        assertRejected(() -> withoutGateway.portal.payments().pay(ana, PayInvoice.amountDue(open.id())),
                ErrorCode.GATEWAY_NOT_CONFIGURED);
    }

    @Test
    void anUnreachableGateway_isARetryableTypedError_andAVendorExceptionNeverEscapes() {
        gateway.thenUnavailable().thenThrow(new IllegalStateException("com.stripe.exception.ApiConnectionException"));

        assertRejected(() -> payments.pay(billing, PayInvoice.amountDue(invoice.id())),
                ErrorCode.GATEWAY_UNAVAILABLE);
        assertRejected(() -> payments.pay(billing, PayInvoice.amountDue(invoice.id())),
                ErrorCode.GATEWAY_UNAVAILABLE).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(ErrorCode.GATEWAY_UNAVAILABLE.kind()).isEqualTo(ErrorCode.Kind.UNAVAILABLE);
        assertThat(fixture.portal.audit().forSubject(owner, "invoice", invoice.id().toString()))
                .extracting(AuditEntry::action).doesNotContain("payment.checkout_started");
    }

    @Test
    void theGatewayIsCalledOutsideAnyTransaction() {
        FaultInjectingStores stores = FaultInjectingStores.over(InMemoryStores.create());
        PortalFixture watched = PortalFixture.over(stores);
        List<Boolean> inTransaction = new java.util.concurrent.CopyOnWriteArrayList<>();
        ScriptedPaymentGateway inner = ScriptedPaymentGateway.named("stripe");
        PaymentGateway watching = new PaymentGateway() {
            @Override
            public String name() {
                return inner.name();
            }

            @Override
            public PaymentOutcome startCheckout(CheckoutRequest request) {
                inTransaction.add(stores.inTransaction());
                return inner.startCheckout(request);
            }

            @Override
            public PaymentOutcome chargeSavedMethod(OffSessionCharge charge) {
                return inner.chargeSavedMethod(charge);
            }

            @Override
            public RefundOutcome refund(RefundRequest request) {
                return inner.refund(request);
            }
        };
        StaffPrincipal acme = watched.workspace("Acme", USD);
        Client client = watched.client(acme, "Globex");
        Invoice open = watched.issuedInvoice(acme, client, "10.00");
        ContactPrincipal ana = watched.signedInAs(acme, watched.contact(acme, client, "Ana Ruiz", Role.BILLING));

        watched.anotherInstance(builder -> builder.gateway(watching)).payments()
                .pay(ana, PayInvoice.amountDue(open.id()));

        assertThat(inTransaction).containsExactly(false);
    }

    @Test
    void aCheckoutTheGatewayDeclines_isReturnedAndAudited_andRecordsNothing() {
        gateway.thenAnswer(new PaymentOutcome.Declined("pi_x", "card_declined", "Your card was declined."));

        PaymentOutcome outcome = payments.pay(billing, PayInvoice.amountDue(invoice.id()));

        assertThat(outcome).isInstanceOfSatisfying(PaymentOutcome.Declined.class,
                declined -> assertThat(declined.code()).isEqualTo("card_declined"));
        assertThat(fixture.portal.audit().forSubject(owner, "invoice", invoice.id().toString()))
                .extracting(AuditEntry::action).contains("payment.declined");
        assertThat(payments.forClient(owner, globex.id())).isEmpty();
    }

    @Test
    void aCheckoutThatSucceedsAtOnce_recordsThePayment_andItsWebhookLaterChangesNothing() {
        gateway.thenAnswer(new PaymentOutcome.Succeeded("pi_7", usd("100.00"), PaymentMethod.CARD));

        payments.pay(billing, PayInvoice.amountDue(invoice.id()));
        GatewayEventOutcome webhook = payments.applyGatewayEvent(new GatewayEvent.Succeeded("stripe", "evt_7",
                owner.workspaceId(), invoice.id(), usd("100.00"), "pi_7", PaymentMethod.CARD,
                Instant.parse("2026-03-02T09:01:00Z")));

        assertThat(webhook.status()).isEqualTo(GatewayEventOutcome.Status.IGNORED);
        assertThat(payments.forClient(owner, globex.id())).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED));
        assertThat(fixture.portal.invoicing().get(owner, invoice.id()).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aCheckoutThatIsPendingAtOnce_storesAPendingPayment_andLeavesTheInvoiceDue() {
        gateway.thenAnswer(new PaymentOutcome.Pending("pi_8", usd("100.00"), PaymentMethod.DIRECT_DEBIT));

        payments.pay(billing, PayInvoice.amountDue(invoice.id()));

        assertThat(payments.findByReference(owner, "pi_8")).hasValueSatisfying(payment ->
                assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING));
        assertThat(fixture.portal.invoicing().get(owner, invoice.id()).amountDue()).isEqualTo(usd("100.00"));
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}

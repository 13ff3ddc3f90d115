package dev.clientportal.core.payment;

import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.GatewayEventOutcome.Status;
import dev.clientportal.core.testing.AutoCommitTransactions;
import dev.clientportal.core.testing.Pause;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class GatewayEventsTest {

    private static final String STRIPE = "stripe";
    private static final Instant T1 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T11:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-02T12:00:00Z");

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Payments payments = fixture.portal.payments();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");

    // ---- pending payments ----

    @Test
    void aPendingPayment_isStoredAndVisible_butNeverMarksTheInvoicePaidNorReducesWhatIsDue() {
        GatewayEventOutcome outcome = payments.applyGatewayEvent(pending("evt_1", "pi_1", "100.00", T1));

        Payment payment = payments.get(owner, outcome.paymentId());
        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.receiptNumber()).isEmpty();
        assertThat(payment.method()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
        assertThat(payments.forClient(owner, globex.id())).containsExactly(payment);
        assertThat(payments.findByReference(owner, "pi_1")).contains(payment);
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("100.00"));
        assertThat(fixture.portal.receivables().statement(owner, globex.id(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31)).closingBalance()).isEqualTo(usd("100.00"));
        assertThat(fixture.eventsOf(PaymentPending.class)).hasSize(1);
        assertThat(fixture.eventsOf(PaymentRecorded.class)).isEmpty();
        assertThat(fixture.eventsOf(InvoicePaid.class)).isEmpty();
    }

    @Test
    void aPendingPaymentThatSucceeds_appliesItsAllocations() {
        payments.applyGatewayEvent(pending("evt_1", "pi_1", "100.00", T1));

        GatewayEventOutcome outcome = payments.applyGatewayEvent(succeeded("evt_2", "pi_1", "100.00", T2));

        Payment payment = payments.get(owner, outcome.paymentId());
        assertThat(outcome.status()).isEqualTo(Status.APPLIED);
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.receiptNumber()).isEqualTo("RCT-2026-00001");
        assertThat(payment.allocations()).extracting(Allocation::amount).containsExactly(usd("100.00"));
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(fixture.eventsOf(InvoicePaid.class)).hasSize(1);
        assertThat(fixture.eventsOf(PaymentRecorded.class)).hasSize(1);
    }

    @Test
    void aPendingPaymentThatFails_appliesNothing_andCannotBeRefunded() {
        payments.applyGatewayEvent(pending("evt_1", "pi_1", "100.00", T1));

        GatewayEventOutcome outcome = payments.applyGatewayEvent(failed("evt_2", "pi_1", T2));

        Payment payment = payments.get(owner, outcome.paymentId());
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("100.00"));
        assertThat(fixture.portal.clients().get(owner, globex.id()).creditBalance(USD)).isEqualTo(usd("0.00"));
        assertThat(fixture.eventsOf(PaymentFailed.class)).extracting(PaymentFailed::reason)
                .containsExactly("insufficient_funds");
        assertRejected(() -> payments.refund(owner, RefundPayment.of(payment.id(), usd("10.00"), "rf-1", "")),
                ErrorCode.PAYMENT_TRANSITION);
    }

    @Test
    void aPaymentThatSucceedsAfterTheInvoiceWasPaidOtherwise_becomesClientCredit() {
        payments.applyGatewayEvent(pending("evt_1", "pi_1", "100.00", T1));
        payments.record(owner, RecordPayment.manual(globex.id(), usd("60.00"), PaymentMethod.BANK_TRANSFER, "wire-1")
                .allocateTo(invoice.id()));

        Payment payment = payments.get(owner,
                payments.applyGatewayEvent(succeeded("evt_2", "pi_1", "100.00", T2)).paymentId());

        assertThat(payment.allocations()).extracting(Allocation::amount).containsExactly(usd("40.00"));
        assertThat(payment.toCredit()).isEqualTo(usd("60.00"));
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(fixture.portal.clients().get(owner, globex.id()).creditBalance(USD)).isEqualTo(usd("60.00"));
    }

    // ---- exactly once ----

    @Test
    void theSameEventFiveTimes_appliesOnce_andAnswersTheEarlierOutcomeEachTime() {
        GatewayEvent event = succeeded("evt_1", "pi_1", "40.00", T1);

        GatewayEventOutcome first = payments.applyGatewayEvent(event);
        for (int i = 0; i < 4; i++) {
            assertThat(payments.applyGatewayEvent(event)).isEqualTo(first);
        }

        assertThat(payments.forClient(owner, globex.id())).hasSize(1);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("60.00"));
        assertThat(fixture.eventsOf(PaymentRecorded.class)).hasSize(1);
        assertThat(fixture.portal.audit().forSubject(owner, "payment", first.paymentId().toString()))
                .hasSize(1);
    }

    @Test
    void aRefundEventFiveTimes_refundsOnce() {
        payments.applyGatewayEvent(succeeded("evt_1", "pi_1", "100.00", T1));
        GatewayEvent refund = refunded("evt_2", "pi_1", "re_1", "30.00", T2);

        for (int i = 0; i < 5; i++) {
            payments.applyGatewayEvent(refund);
        }

        Payment payment = payments.findByReference(owner, "pi_1").orElseThrow();
        assertThat(payment.refunded()).isEqualTo(usd("30.00"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("30.00"));
    }

    @Test
    void anEventIdReceivedAgainWithOtherContent_isAConflict_andChangesNothing() {
        payments.applyGatewayEvent(succeeded("evt_1", "pi_1", "40.00", T1));

        assertRejected(() -> payments.applyGatewayEvent(succeeded("evt_1", "pi_1", "90.00", T1)),
                ErrorCode.GATEWAY_EVENT_CONFLICT);

        assertThat(reload(invoice).amountDue()).isEqualTo(usd("60.00"));
    }

    @Test
    void theSameEventFromTwoThreads_appliesOnce() {
        GatewayEvent event = succeeded("evt_1", "pi_1", "100.00", T1);

        List<Race.Outcome<GatewayEventOutcome>> outcomes = Race.run(() -> payments.applyGatewayEvent(event),
                () -> fixture.anotherInstance().payments().applyGatewayEvent(event));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.get(0).value()).isEqualTo(outcomes.get(1).value());
        assertThat(payments.forClient(owner, globex.id())).hasSize(1);
        assertThat(fixture.eventsOf(PaymentRecorded.class)).hasSize(1);
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
    }

    /**
     * The second instance reads the inbox (nothing yet) and pauses; the first applies the event and commits; the
     * second goes on, finds the payment received, and its inbox insert loses on the unique key: it retries in a new
     * transaction and answers the first one's outcome.
     */
    @Test
    void anInstanceThatReadTheInboxBeforeAnotherCommitted_answersTheWinnersOutcome() throws Exception {
        GatewayEvent event = succeeded("evt_1", "pi_1", "100.00", T1);
        Pause afterRead = Pause.create();
        Payments second = fixture.anotherInstance(StoresWith.of(fixture.stores)
                .gatewayEvents(afterRead.after(GatewayEventInbox.class, fixture.stores.gatewayEvents(),
                        "findOrParked"))
                .transactions(AutoCommitTransactions.over(fixture.stores.transactions()))).payments();

        List<Race.Outcome<GatewayEventOutcome>> outcomes = Race.run(() -> second.applyGatewayEvent(event), () -> {
            afterRead.awaitReached();
            try {
                return payments.applyGatewayEvent(event);
            } finally {
                afterRead.resume();
            }
        });

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.get(0).value()).isEqualTo(outcomes.get(1).value());
        assertThat(outcomes.get(1).value().detail()).isEqualTo("payment recorded");
        assertThat(payments.forClient(owner, globex.id())).hasSize(1);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("0.00"));
    }

    // ---- out of order ----

    @Test
    void aRefundBeforeItsPayment_isParked_andAppliedWhenThePaymentArrives() {
        GatewayEventOutcome parked = payments.applyGatewayEvent(refunded("evt_2", "pi_1", "re_1", "30.00", T2));

        assertThat(parked.status()).isEqualTo(Status.PARKED);
        assertThat(payments.findByReference(owner, "pi_1")).isEmpty();

        payments.applyGatewayEvent(succeeded("evt_1", "pi_1", "100.00", T1));

        Payment payment = payments.findByReference(owner, "pi_1").orElseThrow();
        assertThat(payment.refunded()).isEqualTo(usd("30.00"));
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("30.00"));
        assertThat(payments.applyGatewayEvent(refunded("evt_2", "pi_1", "re_1", "30.00", T2)))
                .isEqualTo(new GatewayEventOutcome(Status.APPLIED, payment.id(), "refund re_1 applied"));
    }

    @Test
    void aRefundOfAPaymentStillPending_staysParkedUntilItSucceeds() {
        payments.applyGatewayEvent(pending("evt_1", "pi_1", "100.00", T1));

        assertThat(payments.applyGatewayEvent(refunded("evt_3", "pi_1", "re_1", "100.00", T3)).status())
                .isEqualTo(Status.PARKED);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("100.00"));

        payments.applyGatewayEvent(succeeded("evt_2", "pi_1", "100.00", T2));

        assertThat(payments.findByReference(owner, "pi_1").orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("100.00"));
    }

    @Test
    void aFailureBeforeItsPendingPayment_isParked_andFailsThePaymentWhenItArrives() {
        assertThat(payments.applyGatewayEvent(failed("evt_2", "pi_1", T2)).status()).isEqualTo(Status.PARKED);

        payments.applyGatewayEvent(pending("evt_1", "pi_1", "100.00", T1));

        Payment payment = payments.findByReference(owner, "pi_1").orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("100.00"));
        assertThat(payments.applyGatewayEvent(failed("evt_2", "pi_1", T2)).status()).isEqualTo(Status.APPLIED);
    }

    @Test
    void aParkedFailureOfAnEarlierAttempt_isIgnoredWhenTheRetryIsPending() {
        payments.applyGatewayEvent(failed("evt_1", "pi_1", T1));

        payments.applyGatewayEvent(pending("evt_2", "pi_1", "100.00", T2));

        assertThat(payments.findByReference(owner, "pi_1").orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payments.applyGatewayEvent(failed("evt_1", "pi_1", T1)).status()).isEqualTo(Status.IGNORED);
    }

    @Test
    void aFailureAfterThePaymentSucceeded_isIgnored() {
        payments.applyGatewayEvent(succeeded("evt_2", "pi_1", "100.00", T2));

        GatewayEventOutcome outcome = payments.applyGatewayEvent(failed("evt_1", "pi_1", T1));

        assertThat(outcome.status()).isEqualTo(Status.IGNORED);
        assertThat(payments.findByReference(owner, "pi_1").orElseThrow().status())
                .isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(reload(invoice).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void aPendingEventAfterTheSuccess_isIgnored() {
        payments.applyGatewayEvent(succeeded("evt_2", "pi_1", "100.00", T2));

        assertThat(payments.applyGatewayEvent(pending("evt_1", "pi_1", "100.00", T1)).status())
                .isEqualTo(Status.IGNORED);
        assertThat(payments.findByReference(owner, "pi_1").orElseThrow().status())
                .isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void aDisputeBeforeItsPayment_isParked_andRecordedWhenThePaymentArrives() {
        payments.applyGatewayEvent(new GatewayEvent.Disputed(STRIPE, "evt_9", owner.workspaceId(), null,
                usd("100.00"), "pi_1", "dp_1", "fraudulent", T3));

        payments.applyGatewayEvent(succeeded("evt_1", "pi_1", "100.00", T1));

        assertThat(fixture.eventsOf(PaymentDisputed.class)).extracting(PaymentDisputed::disputeReference)
                .containsExactly("dp_1");
    }

    // ---- scope ----

    @Test
    void anEventForAnInvoiceOfAnotherWorkspace_isNotFound_andNothingIsStored() {
        StaffPrincipal initech = fixture.workspace("Initech", USD);

        assertRejected(() -> payments.applyGatewayEvent(new GatewayEvent.Succeeded(STRIPE, "evt_1",
                initech.workspaceId(), invoice.id(), usd("100.00"), "pi_1", PaymentMethod.CARD, T1)),
                ErrorCode.INVOICE_NOT_FOUND);

        assertThat(fixture.stores.transactions().inTransaction(() ->
                fixture.stores.gatewayEvents().find(initech.workspaceId(), STRIPE, "evt_1"))).isEmpty();
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("100.00"));
    }

    @Test
    void anEventForAReferenceRecordedManually_isAConflict() {
        payments.record(owner, RecordPayment.manual(globex.id(), usd("10.00"), PaymentMethod.CHECK, "pi_1"));

        assertRejected(() -> payments.applyGatewayEvent(succeeded("evt_1", "pi_1", "10.00", T1)),
                ErrorCode.PAYMENT_REFERENCE_CONFLICT);
    }

    // ---- helpers ----

    private GatewayEvent pending(String eventId, String reference, String amount, Instant at) {
        return new GatewayEvent.Pending(STRIPE, eventId, owner.workspaceId(), invoice.id(), usd(amount), reference,
                PaymentMethod.DIRECT_DEBIT, at);
    }

    private GatewayEvent succeeded(String eventId, String reference, String amount, Instant at) {
        return new GatewayEvent.Succeeded(STRIPE, eventId, owner.workspaceId(), invoice.id(), usd(amount), reference,
                PaymentMethod.DIRECT_DEBIT, at);
    }

    private GatewayEvent failed(String eventId, String reference, Instant at) {
        return new GatewayEvent.Failed(STRIPE, eventId, owner.workspaceId(), invoice.id(), usd("100.00"), reference,
                "insufficient_funds", at);
    }

    private GatewayEvent refunded(String eventId, String reference, String refundReference, String amount,
                                  Instant at) {
        return new GatewayEvent.Refunded(STRIPE, eventId, owner.workspaceId(), null, usd(amount), reference,
                refundReference, "requested_by_customer", at);
    }

    private Invoice reload(Invoice stale) {
        return fixture.portal.invoicing().get(owner, stale.id());
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}

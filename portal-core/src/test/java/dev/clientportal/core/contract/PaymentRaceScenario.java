package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.GatewayEventOutcome;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.ReadGate;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One payment recorded by two host instances at once (a webhook and a retry, two nodes): it is recorded once and
 * both callers get it, never a duplicate-key failure. Gateway events about one payment delivered to two instances at
 * once: one that must wait for the payment (a refund, a failure) is never left waiting when the payment changes
 * beside it. A scenario over any {@link PortalStores}; an adapter runs it by extending it and implementing
 * {@link #newStores()}.
 */
public abstract class PaymentRaceScenario {

    private static final String STRIPE = "stripe";
    private static final Instant T1 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T11:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-02T12:00:00Z");

    private final ReadGate gate = ReadGate.on(newStores(), "payments", "findByReference");
    private final PortalFixture fixture = PortalFixture.over(gate.stores());
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    /**
     * Whether two transactions of these stores can be open at once, as on every database. Then both instances look
     * the reference up before either records it (a {@link ReadGate}); stores that serialize transactions answer
     * {@code false} and race unforced.
     */
    protected boolean interleavesTransactions() {
        return true;
    }

    @Test
    void twoInstancesRecordingOnePaymentAtOnce_recordItOnceAndBothGetIt() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        RecordPayment command = RecordPayment.manual(globex.id(), Money.of("40.00", USD), PaymentMethod.BANK_TRANSFER,
                "wire-1").allocateTo(invoice.id());
        ClientPortal other = fixture.anotherInstance();

        if (interleavesTransactions()) {
            gate.arm(2);
        }
        List<Race.Outcome<Payment>> outcomes = Race.run(() -> fixture.portal.payments().record(owner, command),
                () -> other.payments().record(owner, command));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        assertThat(outcomes.get(0).value()).isEqualTo(outcomes.get(1).value());
        assertThat(fixture.portal.payments().forClient(owner, globex.id())).containsExactly(outcomes.get(0).value());
        assertThat(fixture.portal.invoicing().get(owner, invoice.id()).amountDue())
                .isEqualTo(Money.of("60.00", USD));
    }

    @Test
    void aRefundArrivingBesideThePaymentsSuccess_isAppliedOnceTheMoneyIsRecorded() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        fixture.portal.payments().applyGatewayEvent(new GatewayEvent.Pending(STRIPE, "evt_pending",
                owner.workspaceId(), invoice.id(), Money.of("100.00", USD), "pi_1", PaymentMethod.DIRECT_DEBIT, T1));
        ClientPortal other = fixture.anotherInstance();

        if (interleavesTransactions()) {
            gate.arm(2);
        }
        List<Race.Outcome<GatewayEventOutcome>> outcomes = Race.run(
                () -> fixture.portal.payments().applyGatewayEvent(new GatewayEvent.Succeeded(STRIPE, "evt_succeeded",
                        owner.workspaceId(), invoice.id(), Money.of("100.00", USD), "pi_1",
                        PaymentMethod.DIRECT_DEBIT, T2)),
                () -> other.payments().applyGatewayEvent(new GatewayEvent.Refunded(STRIPE, "evt_refunded",
                        owner.workspaceId(), null, Money.of("30.00", USD), "pi_1", "re_1", "requested_by_customer",
                        T3)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        Payment payment = fixture.portal.payments().findByReference(owner, "pi_1").orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(payment.refunded()).isEqualTo(Money.of("30.00", USD));
        assertThat(payment.refunds()).hasSize(1);
    }

    @Test
    void aFailureArrivingBesideThePaymentsFirstEvent_failsThePaymentOnceItExists() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        ClientPortal other = fixture.anotherInstance();

        if (interleavesTransactions()) {
            gate.arm(2);
        }
        List<Race.Outcome<GatewayEventOutcome>> outcomes = Race.run(
                () -> fixture.portal.payments().applyGatewayEvent(new GatewayEvent.Pending(STRIPE, "evt_pending",
                        owner.workspaceId(), invoice.id(), Money.of("100.00", USD), "pi_1",
                        PaymentMethod.DIRECT_DEBIT, T1)),
                () -> other.payments().applyGatewayEvent(new GatewayEvent.Failed(STRIPE, "evt_failed",
                        owner.workspaceId(), invoice.id(), Money.of("100.00", USD), "pi_1", "insufficient_funds",
                        T2)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
        Payment payment = fixture.portal.payments().findByReference(owner, "pi_1").orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(fixture.portal.invoicing().get(owner, invoice.id()).amountDue())
                .isEqualTo(Money.of("100.00", USD));
    }
}

package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments driven by the outside world arrive twice, from two instances, at once: a payment or refund reference
 * applies exactly once, and the same reference with other content is a conflict ({@link PaymentRaceScenario}:
 * two instances at once). A scenario over any {@link PortalStores}; an adapter runs it by extending it and
 * implementing {@link #newStores()}.
 */
public abstract class PaymentIdempotencyScenario {

    private final PortalFixture fixture = PortalFixture.over(newStores());
    private final Payments payments = fixture.portal.payments();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    /**
     * Fresh, empty stores; called once per test, while the scenario is constructed (so it must not depend on the
     * subclass's own fields).
     */
    protected abstract PortalStores newStores();

    @Test
    void recordingTheSameReferenceAgain_returnsTheSamePaymentAndChangesNothing() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        RecordPayment command = received("40.00", "wire-1").allocateTo(invoice.id());
        Payment first = payments.record(owner, command);
        Invoice afterFirst = reload(invoice);
        int events = fixture.events.size();
        long auditEntries = auditEntries();

        Payment again = payments.record(owner, command);

        assertThat(again).isEqualTo(first);
        assertThat(reload(invoice)).isEqualTo(afterFirst);
        assertThat(payments.forClient(owner, globex.id())).containsExactly(first);
        assertThat(fixture.events).hasSize(events);
        assertThat(auditEntries()).isEqualTo(auditEntries);
    }

    @Test
    void theSameReferenceWithAnotherAmountOrClient_isAReferenceConflict() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        payments.record(owner, received("40.00", "wire-1").allocateTo(invoice.id()));
        Client initech = fixture.client(owner, "Initech");

        assertRejected(() -> payments.record(owner, received("40.01", "wire-1")), ErrorCode.PAYMENT_REFERENCE_CONFLICT)
                .hasMessageContaining("wire-1").hasMessageContaining("USD 40.00");
        assertRejected(() -> payments.record(owner, RecordPayment.manual(initech.id(), usd("40.00"),
                PaymentMethod.CASH, "wire-1")), ErrorCode.PAYMENT_REFERENCE_CONFLICT);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("60.00"));
    }

    @Test
    void refundingWithTheSameReferenceAgain_changesNothing() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        Payment payment = payments.record(owner, received("100.00", "wire-1").allocateTo(invoice.id()));
        RefundPayment command = RefundPayment.of(payment.id(), usd("30.00"), "refund-1", "damaged");
        Payment first = payments.refund(owner, command);
        int events = fixture.events.size();

        assertThat(payments.refund(owner, command)).isEqualTo(first);
        assertThat(payments.get(owner, payment.id()).refunds()).hasSize(1);
        assertThat(reload(invoice).amountDue()).isEqualTo(usd("30.00"));
        assertThat(fixture.events).hasSize(events);
        assertRejected(() -> payments.refund(owner, RefundPayment.of(payment.id(), usd("31.00"), "refund-1", "")),
                ErrorCode.REFUND_REFERENCE_CONFLICT);
    }

    private RecordPayment received(String amount, String reference) {
        return RecordPayment.manual(globex.id(), usd(amount), PaymentMethod.BANK_TRANSFER, reference);
    }

    private Invoice reload(Invoice invoice) {
        return fixture.portal.invoicing().get(owner, invoice.id());
    }

    private long auditEntries() {
        return fixture.portal.audit().verify(owner).entriesChecked();
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}

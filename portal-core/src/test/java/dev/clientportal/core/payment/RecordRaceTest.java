package dev.clientportal.core.payment;

import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.testing.AutoCommitTransactions;
import dev.clientportal.core.testing.Pause;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances record the same payment reference at once. The second reads "not recorded yet" and pauses; the
 * first records it and commits; the second goes on and loses on the unique (workspace, reference) key — and must
 * answer the first one's payment, never {@code DUPLICATE_KEY}. The second instance runs without the in-memory
 * stores' global lock ({@link AutoCommitTransactions}), as two instances over one database do.
 */
class RecordRaceTest {

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Payments first = fixture.portal.payments();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Pause afterRead = Pause.create();
    private final Payments second = fixture.anotherInstance(StoresWith.of(fixture.stores)
            .payments(afterRead.after(PaymentRepository.class, fixture.stores.payments(), "findByReference"))
            .transactions(AutoCommitTransactions.over(fixture.stores.transactions()))).payments();

    @Test
    void theInstanceThatLostTheInsert_returnsThePaymentTheOtherRecorded() {
        RecordPayment credit = RecordPayment.manual(globex.id(), usd("50.00"), PaymentMethod.BANK_TRANSFER, "wire-1");

        List<Race.Outcome<Payment>> outcomes = race(credit, credit);

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.get(0).value()).isEqualTo(outcomes.get(1).value());
        assertThat(first.forClient(owner, globex.id())).hasSize(1);
        assertThat(fixture.portal.clients().get(owner, globex.id()).creditBalance(USD)).isEqualTo(usd("50.00"));
        assertThat(fixture.eventsOf(PaymentRecorded.class)).hasSize(1);
    }

    @Test
    void theInstanceWhoseInvoiceWasPaidMeanwhile_alsoReturnsTheEarlierPayment() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "80.00");
        RecordPayment payment = RecordPayment.manual(globex.id(), usd("80.00"), PaymentMethod.CARD, "ch_1")
                .allocateTo(invoice.id());

        List<Race.Outcome<Payment>> outcomes = race(payment, payment);

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.get(0).value()).isEqualTo(outcomes.get(1).value());
        assertThat(fixture.eventsOf(InvoicePaid.class)).hasSize(1);
        assertThat(fixture.portal.invoicing().get(owner, invoice.id()).amountDue()).isEqualTo(usd("0.00"));
    }

    @Test
    void theSameReferenceWithAnotherAmount_isAReferenceConflict_neverADuplicateKey() {
        List<Race.Outcome<Payment>> outcomes = race(
                RecordPayment.manual(globex.id(), usd("99.00"), PaymentMethod.BANK_TRANSFER, "wire-1"),
                RecordPayment.manual(globex.id(), usd("50.00"), PaymentMethod.BANK_TRANSFER, "wire-1"));

        assertThat(outcomes.get(1).succeeded()).isTrue();
        assertThat(outcomes.get(0).failure()).isInstanceOfSatisfying(PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PAYMENT_REFERENCE_CONFLICT));
        assertThat(first.findByReference(owner, "wire-1")).hasValueSatisfying(stored ->
                assertThat(stored.amount()).isEqualTo(usd("50.00")));
    }

    /** The second instance records {@code paused} and pauses after its read while the first records {@code winner}. */
    private List<Race.Outcome<Payment>> race(RecordPayment paused, RecordPayment winner) {
        return Race.run(() -> second.record(owner, paused), () -> {
            afterRead.awaitReached();
            try {
                return first.record(owner, winner);
            } finally {
                afterRead.resume();
            }
        });
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}

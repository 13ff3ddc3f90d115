package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundId;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.contract.PaymentBuilder.aPayment;
import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.clientportal.core.payment.PaymentRepository}. */
public abstract class PaymentRepositoryContract extends WorkspaceScopedRepositoryContract<Payment> {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    private ClientId clientId;
    private Invoice first;
    private Invoice second;
    private int references;

    @BeforeEach
    void storeTwoIssuedInvoices() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
        first = stored(anInvoice(workspaceId, clientId).amount("400.00", USD)
                .issued("INV-2026-00001", LocalDate.of(2026, 3, 2)).build());
        second = stored(anInvoice(workspaceId, clientId).amount("200.00", USD)
                .issued("INV-2026-00002", LocalDate.of(2026, 3, 2)).build());
    }

    /**
     * A card payment through a gateway: two allocations, credit left over, and two refunds, one of them taking from
     * both the credit and an allocation.
     */
    @Override
    protected Payment newAggregate() {
        references++;
        return aPayment(workspaceId, clientId, "ch_3PqRsT" + references)
                .via("stripe", PaymentMethod.CARD).note("Paid by card ending 4242 — thanks!")
                .receivedOn(MARCH_10).recordedAt(Samples.CREATED)
                .allocate(first, "300.00").allocate(second, "150.00").toCredit("50.00")
                .refund("re_" + references + "a", "10.00", first, "20.00", LocalDate.of(2026, 3, 12))
                .refundFromCredit("re_" + references + "b", "5.00", LocalDate.of(2026, 3, 13))
                .build();
    }

    @Override
    protected Payment save(Payment payment) {
        return stores.payments().save(payment);
    }

    @Override
    protected Optional<Payment> findIn(WorkspaceId workspace, Payment payment) {
        return stores.payments().find(workspace, payment.id());
    }

    @Override
    protected Payment withVersion(Payment payment, long version) {
        return payment.withVersion(version);
    }

    @Override
    protected long versionOf(Payment payment) {
        return payment.version();
    }

    /** Adds a refund that takes from the credit and from the first allocation, as refunds update payments. */
    @Override
    protected Payment changed(Payment payment) {
        references++;
        Money one = Money.of("1.00", USD);
        return payment.withRefund(new Refund(new RefundId(UUID.randomUUID()), "re_change_" + references,
                Money.of("2.00", USD), one, List.of(new Refund.Part(first.id(), one)), LocalDate.of(2026, 3, 20),
                "Partial refund", Instant.parse("2026-03-20T12:00:00.000002Z")));
    }

    @Test
    void aManualPaymentThatOnlyCreatedCredit_comesBackEqual() {
        Payment credit = aPayment(workspaceId, clientId, "wire 2026/03 #77").currency(EUR).toCredit("1250.00")
                .build();

        Payment saved = saved(credit);

        assertThat(saved).isEqualTo(credit.withVersion(1));
        assertThat(inTransaction(() -> stores.payments().find(workspaceId, credit.id()))).contains(saved);
    }

    @Test
    void anotherPaymentWithAReferenceTakenInTheWorkspace_failsWithDuplicateKeyAndIsNotStored() {
        Payment original = saved(aPayment(workspaceId, clientId, "wire-7781").toCredit("10.00").build());
        Payment twin = aPayment(workspaceId, clientId, "wire-7781").toCredit("99.00").build();

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> saved(twin));

        assertThat(inTransaction(() -> stores.payments().find(workspaceId, twin.id()))).isEmpty();
        assertThat(findByReference(workspaceId, "wire-7781")).contains(original);
    }

    @Test
    void aRefundReferenceTakenByAnotherPayment_failsWithDuplicateKeyOnInsertAndOnUpdate() {
        Payment holder = saved(aPayment(workspaceId, clientId, "wire-1").toCredit("10.00")
                .refundFromCredit("rf-1", "1.00", MARCH_10).build());
        Payment other = saved(aPayment(workspaceId, clientId, "wire-2").toCredit("10.00").build());

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> saved(aPayment(workspaceId, clientId, "wire-3")
                .toCredit("10.00").refundFromCredit("rf-1", "2.00", MARCH_10).build()));
        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> saved(other.withRefund(new Refund(new RefundId(UUID.randomUUID()),
                "rf-1", Money.of("3.00", USD), Money.of("3.00", USD), List.of(), MARCH_10, "", Samples.CREATED))));

        assertThat(findByReference(workspaceId, "wire-3")).isEmpty();
        assertThat(findByReference(workspaceId, "wire-2")).contains(other);
        assertThat(inTransaction(() -> stores.payments().findByRefundReference(workspaceId, "rf-1")))
                .contains(holder);
    }

    @Test
    void theSameReferencesInAnotherWorkspace_areStored() {
        saved(aPayment(workspaceId, clientId, "wire-1").toCredit("10.00")
                .refundFromCredit("rf-1", "1.00", MARCH_10).build());
        WorkspaceId other = storedWorkspace("Initech").id();
        ClientId hooli = storedClient(other, "Hooli", USD).id();

        Payment theirs = saved(aPayment(other, hooli, "wire-1").toCredit("10.00")
                .refundFromCredit("rf-1", "1.00", MARCH_10).build());

        assertThat(findByReference(other, "wire-1")).contains(theirs);
        assertThat(inTransaction(() -> stores.payments().findByRefundReference(other, "rf-1"))).contains(theirs);
    }

    @Test
    void findByReferenceAndByRefundReference_answerOnlyInTheirWorkspace() {
        Payment payment = saved(newAggregate());
        String refundReference = payment.refunds().get(1).reference();
        WorkspaceId other = storedWorkspace("Initech").id();

        assertThat(findByReference(workspaceId, payment.reference())).contains(payment);
        assertThat(inTransaction(() -> stores.payments().findByRefundReference(workspaceId, refundReference)))
                .contains(payment);
        assertThat(findByReference(other, payment.reference())).isEmpty();
        assertThat(inTransaction(() -> stores.payments().findByRefundReference(other, refundReference))).isEmpty();
        assertThat(findByReference(workspaceId, "unknown")).isEmpty();
        assertThat(inTransaction(() -> stores.payments().findByRefundReference(workspaceId, "unknown"))).isEmpty();
    }

    @Test
    void forClientAndForInvoice_listPaymentsOldestReceivedFirstThenRecorded() {
        Payment late = saved(received("p-late", MARCH_10, 2).allocate(first, "10.00").build());
        Payment early = saved(received("p-early", MARCH_10, 1).allocate(second, "10.00").build());
        Payment earliest = saved(received("p-earliest", LocalDate.of(2026, 3, 5), 5)
                .allocate(second, "10.00").allocate(first, "20.00").build());
        Payment creditOnly = saved(received("p-credit", LocalDate.of(2026, 3, 31), 0).toCredit("5.00").build());
        ClientId hooli = storedClient(workspaceId, "Hooli", USD).id();
        saved(aPayment(workspaceId, hooli, "p-hooli").receivedOn(LocalDate.of(2026, 3, 1)).toCredit("5.00").build());
        WorkspaceId other = storedWorkspace("Initech").id();

        assertThat(inTransaction(() -> stores.payments().forClient(workspaceId, clientId)))
                .extracting(Payment::reference).containsExactly("p-earliest", "p-early", "p-late", "p-credit");
        assertThat(inTransaction(() -> stores.payments().forClient(workspaceId, clientId)))
                .containsExactly(earliest, early, late, creditOnly);
        assertThat(inTransaction(() -> stores.payments().forInvoice(workspaceId, first.id())))
                .containsExactly(earliest, late);
        assertThat(inTransaction(() -> stores.payments().forInvoice(workspaceId, second.id())))
                .containsExactly(earliest, early);
        assertThat(inTransaction(() -> stores.payments().forClient(other, clientId))).isEmpty();
        assertThat(inTransaction(() -> stores.payments().forInvoice(other, first.id()))).isEmpty();
    }

    @Test
    void aPendingPayment_comesBackPending_andItsSuccessAndFailureAreStored() {
        Payment pending = saved(aPayment(workspaceId, clientId, "pi_pending").via("stripe", PaymentMethod.DIRECT_DEBIT)
                .allocate(first, "400.00").pending().build());
        Payment failing = saved(aPayment(workspaceId, clientId, "pi_failing").via("stripe", PaymentMethod.DIRECT_DEBIT)
                .allocate(second, "200.00").pending().build());

        assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(inTransaction(() -> stores.payments().find(workspaceId, pending.id()))).contains(pending);
        Payment succeeded = saved(pending.succeeded(List.of(new Allocation(first.id(), first.number(),
                Money.of("300.00", USD), Money.zero(USD))), Money.of("100.00", USD), "RCT-2026-00007"));
        Payment failed = saved(failing.failed());

        assertThat(inTransaction(() -> stores.payments().find(workspaceId, pending.id())))
                .hasValueSatisfying(stored -> {
                    assertThat(stored).isEqualTo(succeeded);
                    assertThat(stored.status()).isEqualTo(PaymentStatus.SUCCEEDED);
                    assertThat(stored.receiptNumber()).isEqualTo("RCT-2026-00007");
                    assertThat(stored.toCredit()).isEqualTo(Money.of("100.00", USD));
                });
        assertThat(findByReference(workspaceId, "pi_failing")).hasValueSatisfying(stored ->
                assertThat(stored.status()).isEqualTo(PaymentStatus.FAILED));
        assertThat(failed.version()).isEqualTo(2);
        assertThat(inTransaction(() -> stores.payments().forInvoice(workspaceId, second.id()))).containsExactly(failed);
    }

    /**
     * Two transactions insert payments with one reference: the first holds its transaction open after its insert
     * while the second starts and inserts. The second fails with {@code DUPLICATE_KEY} — the typed signal the use
     * case turns into "return the earlier payment" — never with a provider's exception, and only the first is
     * stored.
     */
    @Test
    void racingInsertsOfOneReference_theSecondTransactionGetsDuplicateKey() {
        Payment winner = aPayment(workspaceId, clientId, "pi_race").toCredit("10.00").build();
        Payment loser = aPayment(workspaceId, clientId, "pi_race").toCredit("10.00").build();

        Throwable second = InterleavedInserts.secondFails(stores.transactions(),
                () -> stores.payments().save(winner), () -> stores.payments().save(loser));

        assertThat(second).isInstanceOfSatisfying(dev.clientportal.core.kernel.PortalException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE_KEY));
        assertThat(findByReference(workspaceId, "pi_race")).contains(winner.withVersion(1));
        assertThat(inTransaction(() -> stores.payments().find(workspaceId, loser.id()))).isEmpty();
    }

    private PaymentBuilder received(String reference, LocalDate on, int hoursAfterCreated) {
        return aPayment(workspaceId, clientId, reference).receivedOn(on)
                .recordedAt(Samples.CREATED.plus(Duration.ofHours(hoursAfterCreated)));
    }

    private Payment saved(Payment payment) {
        return inTransaction(() -> stores.payments().save(payment));
    }

    private Optional<Payment> findByReference(WorkspaceId workspace, String reference) {
        return inTransaction(() -> stores.payments().findByReference(workspace, reference));
    }
}

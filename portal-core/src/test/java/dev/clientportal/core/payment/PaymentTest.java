package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private final InvoiceId first = new InvoiceId(UUID.randomUUID());
    private final InvoiceId second = new InvoiceId(UUID.randomUUID());

    /** 100.00 received: 30.00 to the first invoice, 50.00 to the second, 20.00 client credit. */
    private final Payment payment = new Payment(new PaymentId(UUID.randomUUID()),
            new WorkspaceId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), usd("100.00"),
            PaymentMethod.BANK_TRANSFER, "", "wire-1", TODAY,
            List.of(allocation(first, "30.00"), allocation(second, "50.00")), usd("20.00"), List.of(), "", NOW, "RCT-2026-00001", 0);

    @Test
    void aPaymentIsItsAllocationsPlusClientCredit() {
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.refundable()).isEqualTo(usd("100.00"));
        assertThat(payment.allocationTo(second)).map(Allocation::net).contains(usd("50.00"));
        assertThat(payment.viaGateway()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Payment(payment.id(), payment.workspaceId(),
                payment.clientId(), usd("100.00"), PaymentMethod.CASH, "", "x", TODAY,
                List.of(allocation(first, "30.00")), usd("20.00"), List.of(), "", NOW, "RCT-2026-00002", 0));
    }

    @Test
    void refundsReduceTheAllocationsTheyNameAndTheCreditTheyTake() {
        Payment refunded = payment.withRefund(refund("r-1", "25.00", "5.00", new Refund.Part(second, usd("20.00"))));

        assertThat(refunded.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(refunded.refunded()).isEqualTo(usd("25.00"));
        assertThat(refunded.creditRefunded()).isEqualTo(usd("5.00"));
        assertThat(refunded.refundable()).isEqualTo(usd("75.00"));
        assertThat(refunded.allocationTo(second)).map(Allocation::net).contains(usd("30.00"));
        assertThat(refunded.allocationTo(first)).map(Allocation::net).contains(usd("30.00"));
        assertThat(refunded.refundByReference("r-1")).isPresent();
        assertThat(payment.refunds()).as("the original is unchanged").isEmpty();
    }

    @Test
    void refundingEverything_marksThePaymentRefunded() {
        Payment refunded = payment.withRefund(refund("r-1", "100.00", "20.00",
                new Refund.Part(first, usd("30.00")), new Refund.Part(second, usd("50.00"))));
        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.refundable()).isEqualTo(usd("0.00"));
    }

    @Test
    void aRefundBeyondWhatIsLeftOfThePayment_isRejected() {
        Payment mostlyRefunded = payment.withRefund(refund("r-1", "90.00", "20.00",
                new Refund.Part(first, usd("30.00")), new Refund.Part(second, usd("40.00"))));
        assertRejected(() -> mostlyRefunded.withRefund(refund("r-2", "10.01", "0.00",
                new Refund.Part(second, usd("10.01")))), ErrorCode.REFUND_EXCEEDS_PAYMENT)
                .hasMessageContaining("USD 10.00");
    }

    @Test
    void aRefundTakingMoreCreditThanThePaymentCreated_isRejected() {
        assertRejected(() -> payment.withRefund(refund("r-1", "20.01", "20.01")), ErrorCode.REFUND_EXCEEDS_PAYMENT)
                .hasMessageContaining("refund.fromCredit");
        Payment creditRefunded = payment.withRefund(refund("r-1", "15.00", "15.00"));
        assertRejected(() -> creditRefunded.withRefund(refund("r-2", "5.01", "5.01")),
                ErrorCode.REFUND_EXCEEDS_PAYMENT);
    }

    @Test
    void aRefundTakingMoreFromAnInvoiceThanWasAllocatedToIt_isRejected() {
        assertRejected(() -> payment.withRefund(refund("r-1", "30.01", "0.00", new Refund.Part(first, usd("30.01")))),
                ErrorCode.REFUND_EXCEEDS_PAYMENT).hasMessageContaining("USD 30.00");
    }

    @Test
    void aRefundFromAnInvoiceThePaymentNeverSettled_isRejected() {
        InvoiceId other = new InvoiceId(UUID.randomUUID());
        assertRejected(() -> payment.withRefund(refund("r-1", "1.00", "0.00", new Refund.Part(other, usd("1.00")))),
                ErrorCode.INVALID_ALLOCATION);
    }

    @Test
    void aRefundInAnotherCurrency_isRejected() {
        Money euro = Money.of("1", CurrencyUnit.EUR);
        assertRejected(() -> payment.withRefund(new Refund(new RefundId(UUID.randomUUID()), "r-1", euro, euro,
                List.of(), TODAY, "", NOW)), ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void refundCommandsValidateTheirAmounts() {
        assertRejected(() -> RefundPayment.of(payment.id(), usd("0.00"), "r-1", ""), ErrorCode.NEGATIVE_AMOUNT);
        assertRejected(() -> RefundPayment.of(payment.id(), usd("10.00"), "r-1", "")
                .fromInvoice(first, usd("10.01")), ErrorCode.REFUND_EXCEEDS_PAYMENT);
        assertRejected(() -> RefundPayment.of(payment.id(), usd("1.00"), " ", ""), ErrorCode.REQUIRED);
    }

    @Test
    void paymentCommandsValidateTheirAllocations() {
        ClientId client = payment.clientId();
        assertRejected(() -> RecordPayment.manual(client, usd("-1"), PaymentMethod.CASH, "c-1"),
                ErrorCode.NEGATIVE_AMOUNT);
        assertRejected(() -> RecordPayment.manual(client, usd("10"), PaymentMethod.CASH, "c-1")
                .allocateTo(first).allocateTo(first), ErrorCode.INVALID_ALLOCATION);
        assertRejected(() -> RecordPayment.manual(client, usd("10"), PaymentMethod.CASH, "c-1")
                .allocate(first, Money.of("5", CurrencyUnit.EUR)), ErrorCode.CURRENCY_MISMATCH);
        assertRejected(() -> RecordPayment.manual(client, usd("10"), PaymentMethod.CASH, "x".repeat(201)),
                ErrorCode.INVALID_VALUE);
    }

    // ---- pending and failed ----

    @Test
    void aPendingPayment_succeeds_withWhatItFinallySettles() {
        Payment pending = pending();

        Payment received = pending.succeeded(List.of(allocation(first, "30.00")), usd("70.00"), "RCT-2026-00003");

        assertThat(received.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(received.isReceived()).isTrue();
        assertThat(received.toCredit()).isEqualTo(usd("70.00"));
        assertThat(pending.status()).as("the original is unchanged").isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void aPendingPaymentThatFails_mayBePendingAgainOrSucceedOnARetry() {
        Payment failed = pending().failed();

        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.isReceived()).isFalse();
        assertThat(failed.pendingAgain().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(failed.succeeded(failed.allocations(), failed.toCredit(), "RCT-2026-00004").status())
                .isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void illegalTransitions_throwATypedErrorAndChangeNothing() {
        Payment pending = pending();

        assertRejected(pending::pendingAgain, ErrorCode.PAYMENT_TRANSITION);
        assertRejected(payment::failed, ErrorCode.PAYMENT_TRANSITION);
        assertRejected(payment::pendingAgain, ErrorCode.PAYMENT_TRANSITION);
        assertRejected(() -> payment.succeeded(payment.allocations(), payment.toCredit(), "RCT-2026-00005"),
                ErrorCode.PAYMENT_TRANSITION);
        assertRejected(() -> pending.failed().failed(), ErrorCode.PAYMENT_TRANSITION);
        assertRejected(() -> pending.withRefund(refund("r-1", "5.00", "5.00")), ErrorCode.PAYMENT_TRANSITION)
                .hasMessageContaining("PENDING");
        assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void theStatusMustAgreeWithTheRefunds() {
        Payment refunded = payment.withRefund(refund("r-1", "20.00", "20.00"));

        assertThatIllegalArgumentException().isThrownBy(() -> new Payment(refunded.id(), refunded.workspaceId(),
                refunded.clientId(), refunded.amount(), refunded.method(), "", "wire-1", TODAY,
                refunded.allocations(), refunded.toCredit(), refunded.refunds(), "", NOW, PaymentStatus.PENDING, "",
                0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Payment(payment.id(), payment.workspaceId(),
                payment.clientId(), payment.amount(), payment.method(), "", "wire-1", TODAY,
                payment.allocations(), payment.toCredit(), List.of(), "", NOW, PaymentStatus.REFUNDED,
                "RCT-2026-00001", 0));
    }

    @Test
    void onlyMoneyThatArrivedHasAReceiptNumber_andItKeepsItThroughRefunds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Payment(payment.id(), payment.workspaceId(),
                payment.clientId(), payment.amount(), payment.method(), "", "wire-1", TODAY,
                payment.allocations(), payment.toCredit(), List.of(), "", NOW, PaymentStatus.SUCCEEDED, "", 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Payment(payment.id(), payment.workspaceId(),
                payment.clientId(), payment.amount(), payment.method(), "stripe", "pi_1", TODAY,
                payment.allocations(), payment.toCredit(), List.of(), "", NOW, PaymentStatus.PENDING,
                "RCT-2026-00001", 0));

        assertThat(payment.withRefund(refund("r-1", "20.00", "20.00")).receiptNumber()).isEqualTo("RCT-2026-00001");
        assertThat(pending().failed().receiptNumber()).isEmpty();
    }

    @Test
    void everyStatusNamesWhereItMayGo_andOnlyReceivedOnesCountAsMoney() {
        assertThat(PaymentStatus.PENDING.allowedNext())
                .containsExactlyInAnyOrder(PaymentStatus.SUCCEEDED, PaymentStatus.FAILED);
        assertThat(PaymentStatus.REFUNDED.allowedNext()).isEmpty();
        assertThat(PaymentStatus.SUCCEEDED.canMoveTo(PaymentStatus.FAILED)).isFalse();
        assertThat(java.util.Arrays.stream(PaymentStatus.values()).filter(PaymentStatus::isReceived))
                .containsExactly(PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED);
    }

    private Payment pending() {
        return new Payment(new PaymentId(UUID.randomUUID()), payment.workspaceId(), payment.clientId(),
                usd("100.00"), PaymentMethod.DIRECT_DEBIT, "stripe", "pi_1", TODAY,
                List.of(allocation(first, "30.00"), allocation(second, "50.00")), usd("20.00"), List.of(), "", NOW,
                PaymentStatus.PENDING, "", 0);
    }

    private static Refund refund(String reference, String amount, String fromCredit, Refund.Part... parts) {
        return new Refund(new RefundId(UUID.randomUUID()), reference, usd(amount), usd(fromCredit), List.of(parts),
                TODAY, "", NOW);
    }

    private static Allocation allocation(InvoiceId invoice, String amount) {
        return new Allocation(invoice, "INV-" + amount, usd(amount), usd("0.00"));
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }
}

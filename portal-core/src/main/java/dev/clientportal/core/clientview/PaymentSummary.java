package dev.clientportal.core.clientview;

import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A payment as the client sees it, with where it stands: only a payment whose {@link #status()} is received
 * ({@link #isReceived()}) paid anything. A PENDING payment (a bank debit clearing) or a FAILED one shows what it was
 * started for — its amount and the invoices it would settle — but settled nothing, created no credit and counts in
 * no balance; it has no receipt and nothing refunded.
 *
 * @param id             the payment
 * @param receivedOn     the day the money arrived; for a PENDING or FAILED payment the day it was started
 * @param amount         how much was paid, or for a PENDING or FAILED payment how much is being or was asked for
 * @param method         how
 * @param status         where it stands: PENDING, SUCCEEDED (received), PARTIALLY_REFUNDED, REFUNDED or FAILED
 * @param reference      its reference
 * @param refunded       how much of it was refunded; zero unless it was received
 * @param invoiceNumbers the invoices it paid; for a PENDING or FAILED payment those it would pay, which may change
 *                       when its money arrives (an invoice settled meanwhile takes nothing)
 */
public record PaymentSummary(PaymentId id, LocalDate receivedOn, Money amount, PaymentMethod method,
                             PaymentStatus status, String reference, Money refunded, List<String> invoiceNumbers) {

    /**
     * Copies the numbers and requires a state, and nothing refunded of a payment that was never received.
     *
     * @param id             the payment
     * @param receivedOn     the day the money arrived; for a PENDING or FAILED payment the day it was started
     * @param amount         how much was paid, or for a PENDING or FAILED payment how much is being or was asked for
     * @param method         how
     * @param status         where it stands: PENDING, SUCCEEDED (received), PARTIALLY_REFUNDED, REFUNDED or FAILED
     * @param reference      its reference
     * @param refunded       how much of it was refunded; zero unless it was received
     * @param invoiceNumbers the invoices it paid; for a PENDING or FAILED payment those it would pay
     * @throws IllegalArgumentException when a PENDING or FAILED payment has something refunded
     */
    public PaymentSummary {
        Objects.requireNonNull(status, "status");
        if (!status.isReceived() && !refunded.isZero()) {
            throw new IllegalArgumentException("a " + status + " payment cannot have " + refunded + " refunded");
        }
        invoiceNumbers = List.copyOf(invoiceNumbers);
    }

    /**
     * Whether its money arrived (whatever was refunded since): only then did it pay anything and has a receipt.
     *
     * @return whether its money arrived; false while PENDING and when FAILED
     */
    public boolean isReceived() {
        return status.isReceived();
    }
}

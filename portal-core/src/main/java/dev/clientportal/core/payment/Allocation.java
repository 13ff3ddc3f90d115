package dev.clientportal.core.payment;

import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;

import java.util.Objects;

/**
 * The part of a payment that settled one invoice, and how much of that part has been refunded since.
 *
 * @param invoiceId     the invoice
 * @param invoiceNumber its number, for statements and receipts
 * @param amount        the allocated amount, positive
 * @param refunded      how much of it was refunded, between 0 and {@code amount}
 */
public record Allocation(InvoiceId invoiceId, String invoiceNumber, Money amount, Money refunded) {

    /**
     * Requires {@code 0 ≤ refunded ≤ amount}.
     *
     * @param invoiceId     the invoice
     * @param invoiceNumber its number, for statements and receipts
     * @param amount        the allocated amount, positive
     * @param refunded      how much of it was refunded, between 0 and {@code amount}
     */
    public Allocation {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        if (!amount.isPositive() || refunded.isNegative() || refunded.isGreaterThan(amount)) {
            throw new IllegalArgumentException("allocation " + amount + " with refunded " + refunded);
        }
    }

    /**
     * What is still allocated: {@code amount − refunded}.
     *
     * @return what is still allocated: {@code amount − refunded}
     */
    public Money net() {
        return amount.minus(refunded);
    }

    Allocation withRefunded(Money more) {
        return new Allocation(invoiceId, invoiceNumber, amount, refunded.plus(more));
    }
}

package dev.clientportal.core.clientview;

import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;

import java.time.LocalDate;
import java.util.List;

/**
 * A payment as the client sees it.
 *
 * @param id             the payment
 * @param receivedOn     when it arrived
 * @param amount         how much
 * @param method         how
 * @param reference      its reference
 * @param refunded       how much of it was refunded
 * @param invoiceNumbers the invoices it paid
 */
public record PaymentSummary(PaymentId id, LocalDate receivedOn, Money amount, PaymentMethod method, String reference,
                             Money refunded, List<String> invoiceNumbers) {

    /**
     * Copies the numbers.
     *
     * @param id             the payment
     * @param receivedOn     when it arrived
     * @param amount         how much
     * @param method         how
     * @param reference      its reference
     * @param refunded       how much of it was refunded
     * @param invoiceNumbers the invoices it paid
     */
    public PaymentSummary {
        invoiceNumbers = List.copyOf(invoiceNumbers);
    }
}

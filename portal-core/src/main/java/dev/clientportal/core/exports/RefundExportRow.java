package dev.clientportal.core.exports;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundId;

import java.time.LocalDate;
import java.util.List;

/**
 * One refund of a payment: {@code amount = fromCredit + Σ fromInvoices}.
 *
 * @param refundId         the refund
 * @param reference        its external reference
 * @param paymentId        the payment refunded
 * @param paymentReference that payment's reference
 * @param clientId         the client refunded
 * @param clientName       the client's name now
 * @param refundedOn       the day the money went back
 * @param amount           what went back
 * @param fromCredit       the part taken from client credit
 * @param fromInvoices     the parts taken back from invoices (which owe them again)
 * @param reason           why
 */
public record RefundExportRow(RefundId refundId, String reference, PaymentId paymentId, String paymentReference,
                              ClientId clientId, String clientName, LocalDate refundedOn, Money amount,
                              Money fromCredit, List<Refund.Part> fromInvoices, String reason) {

    /**
     * Copies the parts.
     *
     * @param refundId         the refund
     * @param reference        its external reference
     * @param paymentId        the payment refunded
     * @param paymentReference that payment's reference
     * @param clientId         the client refunded
     * @param clientName       the client's name now
     * @param refundedOn       the day the money went back
     * @param amount           what went back
     * @param fromCredit       the part taken from client credit
     * @param fromInvoices     the parts taken back from invoices
     * @param reason           why
     */
    public RefundExportRow {
        fromInvoices = List.copyOf(fromInvoices);
    }
}

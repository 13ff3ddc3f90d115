package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Money returned to the client from a payment: taken from the client credit the payment created and/or from its
 * invoice allocations, which reopens those invoices.
 *
 * @param id          identity
 * @param reference   the external reference (gateway refund id, bank reference) that makes refunds idempotent
 * @param amount      the refunded amount, positive
 * @param fromCredit  the part taken from client credit the payment had created
 * @param fromInvoices the parts taken from invoice allocations
 * @param refundedOn  the date of the refund
 * @param reason      why
 * @param recordedAt  when it was recorded
 */
public record Refund(RefundId id, String reference, Money amount, Money fromCredit, List<Part> fromInvoices,
                     LocalDate refundedOn, String reason, Instant recordedAt) {

    /**
     * Requires the parts to sum to the amount.
     *
     * @param id           identity
     * @param reference    the external reference (gateway refund id, bank reference) that makes refunds idempotent
     * @param amount       the refunded amount, positive
     * @param fromCredit   the part taken from client credit the payment had created
     * @param fromInvoices the parts taken from invoice allocations
     * @param refundedOn   the date of the refund
     * @param reason       why
     * @param recordedAt   when it was recorded
     */
    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(refundedOn, "refundedOn");
        reason = Objects.requireNonNullElse(reason, "");
        Objects.requireNonNull(recordedAt, "recordedAt");
        fromInvoices = List.copyOf(fromInvoices);
        Money sum = fromCredit;
        for (Part part : fromInvoices) {
            sum = sum.plus(part.amount());
        }
        if (!amount.isPositive() || fromCredit.isNegative() || !sum.equals(amount)) {
            throw new IllegalArgumentException("refund " + amount + " does not equal its parts " + sum);
        }
    }

    /**
     * The part of a refund taken from one invoice allocation.
     *
     * @param invoiceId the invoice whose allocation was reduced
     * @param amount    how much, positive
     */
    public record Part(InvoiceId invoiceId, Money amount) {
        /**
         * Requires a positive amount.
         *
         * @param invoiceId the invoice whose allocation was reduced
         * @param amount    how much, positive
         */
        public Part {
            PortalException.requireField(invoiceId, "fromInvoices.invoiceId");
            PortalException.requireField(amount, "fromInvoices.amount");
            if (!amount.isPositive()) {
                throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "fromInvoices.amount", amount,
                        "a refund part must be positive");
            }
        }
    }
}

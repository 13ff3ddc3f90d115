package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;

/**
 * Settles (part of) an invoice from the client's credit balance.
 *
 * @param invoiceId the invoice
 * @param amount    how much; at most the client's credit and the amount due
 */
public record ApplyCredit(InvoiceId invoiceId, Money amount) {

    /**
     * Requires an invoice and a positive amount.
     *
     * @param invoiceId the invoice
     * @param amount    how much; at most the client's credit and the amount due
     */
    public ApplyCredit {
        PortalException.requireField(invoiceId, "invoiceId");
        PortalException.requireField(amount, "amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "amount", amount, "must be positive");
        }
    }
}

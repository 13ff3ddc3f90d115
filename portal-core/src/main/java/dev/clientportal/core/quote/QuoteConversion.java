package dev.clientportal.core.quote;

import dev.clientportal.core.invoice.InvoiceId;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * The invoices an acceptance created.
 *
 * @param invoiceId        the invoice for the quote's content: issued at once without a deposit; with one, a draft
 *                         that deducts the deposit when the business issues it
 * @param depositInvoiceId the deposit invoice issued at acceptance, or {@code null} without a deposit
 */
public record QuoteConversion(InvoiceId invoiceId, @Nullable InvoiceId depositInvoiceId) {

    /**
     * Requires the invoice.
     *
     * @param invoiceId        the invoice for the quote's content: issued at once without a deposit; with one, a draft
     *                         that deducts the deposit when the business issues it
     * @param depositInvoiceId the deposit invoice issued at acceptance, or {@code null} without a deposit
     */
    public QuoteConversion {
        Objects.requireNonNull(invoiceId, "invoiceId");
    }

    /**
     * Whether the acceptance issued a deposit invoice.
     *
     * @return whether {@code depositInvoiceId} is set
     */
    public boolean hasDeposit() {
        return depositInvoiceId != null;
    }
}

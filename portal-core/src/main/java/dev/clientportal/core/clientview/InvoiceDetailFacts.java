package dev.clientportal.core.clientview;

import dev.clientportal.core.invoice.Invoice;

import java.util.List;
import java.util.Objects;

/**
 * The facts a client's invoice page is built from, read together: the invoice and what {@link PortalViewQueries}
 * lists for it. Core turns them into an {@link InvoiceDetail}.
 *
 * @param invoice     the issued invoice
 * @param payments    the payments allocated to it, oldest received first, then recorded, then by id
 * @param creditNotes the credit notes against it, oldest issued first, then by number
 */
public record InvoiceDetailFacts(Invoice invoice, List<PaymentSummary> payments, List<CreditNoteSummary> creditNotes) {

    /**
     * Requires the invoice and copies the lists.
     *
     * @param invoice     the issued invoice
     * @param payments    the payments allocated to it, oldest received first, then recorded, then by id
     * @param creditNotes the credit notes against it, oldest issued first, then by number
     */
    public InvoiceDetailFacts {
        Objects.requireNonNull(invoice, "invoice");
        payments = List.copyOf(payments);
        creditNotes = List.copyOf(creditNotes);
    }
}

package dev.clientportal.core.clientview;

import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.LateFeeCharge;

import java.util.List;

/**
 * Everything the client sees on an invoice's page.
 *
 * @param invoice     the invoice: lines, totals, dates, balance
 * @param summary     its figures as in the list (client-facing status, overdue, due date)
 * @param payments    payments allocated to it, oldest first
 * @param creditNotes credit notes against it, oldest first
 */
public record InvoiceDetail(Invoice invoice, InvoiceSummary summary, List<PaymentSummary> payments,
                            List<CreditNoteSummary> creditNotes) {

    /**
     * Copies the lists.
     *
     * @param invoice     the invoice: lines, totals, dates, balance
     * @param summary     its figures as in the list (client-facing status, overdue, due date)
     * @param payments    payments allocated to it, oldest first
     * @param creditNotes credit notes against it, oldest first
     */
    public InvoiceDetail {
        payments = List.copyOf(payments);
        creditNotes = List.copyOf(creditNotes);
    }

    /**
     * The late fees the client owes on the invoice, each with the day its period started, by period; they are part
     * of its amount due.
     *
     * @return the late fees in force, empty without any
     */
    public List<LateFeeCharge> lateFees() {
        return invoice.balance().lateFees().inForce();
    }
}

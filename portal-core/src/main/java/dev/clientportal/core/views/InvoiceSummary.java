package dev.clientportal.core.views;

import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as a row of the client's list.
 *
 * @param id          the invoice
 * @param number      its number
 * @param status      its status as the client sees it (a write-off is not shown: it reads as open)
 * @param overdue     whether something on it is past due
 * @param issueDate   when it was issued
 * @param dueDate     when it is due (the earliest open installment's date when it has a schedule and is open)
 * @param total       its total
 * @param amountDue   what is still owed
 */
public record InvoiceSummary(InvoiceId id, String number, InvoiceStatus status, boolean overdue, LocalDate issueDate,
                             LocalDate dueDate, Money total, Money amountDue) {

    /** The row of an issued invoice on {@code today}; adapters answering {@link PortalViewQueries} use it too. */
    public static InvoiceSummary of(Invoice invoice, LocalDate today) {
        List<DueAmount> open = invoice.openAmounts();
        LocalDate due = open.isEmpty() ? invoice.dueDate() : open.get(0).dueDate();
        boolean overdue = !open.isEmpty() && due.isBefore(today);
        return new InvoiceSummary(invoice.id(), invoice.number(), clientFacing(invoice), overdue, invoice.issueDate(),
                due, invoice.total(), invoice.amountDue());
    }

    /** A write-off is the business's bookkeeping: the client sees the invoice as still open. */
    private static InvoiceStatus clientFacing(Invoice invoice) {
        if (invoice.status() != InvoiceStatus.UNCOLLECTIBLE) {
            return invoice.status();
        }
        return invoice.balance().settled().isPositive() ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
    }

    /** Whether the row passes a client's list filter (empty passes everything). */
    public boolean matches(java.util.Set<InvoiceListQuery.Show> show) {
        if (show.isEmpty()) {
            return true;
        }
        InvoiceListQuery.Show state = switch (status) {
            case PAID -> InvoiceListQuery.Show.PAID;
            case VOID -> InvoiceListQuery.Show.VOID;
            default -> overdue ? InvoiceListQuery.Show.OVERDUE : InvoiceListQuery.Show.DUE;
        };
        return show.contains(state);
    }
}

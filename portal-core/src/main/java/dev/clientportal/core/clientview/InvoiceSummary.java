package dev.clientportal.core.clientview;

import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The row of an issued invoice on {@code today}.
     *
     * @param invoice an issued invoice
     * @param today   today in the workspace's zone
     * @return the invoice's summary as the client sees it on {@code today}
     */
    public static InvoiceSummary of(Invoice invoice, LocalDate today) {
        return of(InvoiceRow.of(invoice), today);
    }

    /**
     * The row of an issued invoice on {@code today}, from its stored columns: overdue when it is payable, something
     * is owed and its next due date has passed.
     *
     * @param row   an issued invoice's stored columns
     * @param today today in the workspace's zone
     * @return the invoice's summary; overdue when it is payable, something is owed and its next due date has passed
     */
    public static InvoiceSummary of(InvoiceRow row, LocalDate today) {
        boolean overdue = InvoiceRowFilter.PAYABLE.contains(row.status()) && row.amountDue().isPositive()
                && row.nextDueDate().isBefore(today);
        return new InvoiceSummary(row.id(), row.number(), clientFacing(row), overdue, row.issueDate(),
                row.nextDueDate(), row.total(), row.amountDue());
    }

    /** A write-off is the business's bookkeeping: the client sees the invoice as still open. */
    private static InvoiceStatus clientFacing(InvoiceRow row) {
        if (row.status() != InvoiceStatus.UNCOLLECTIBLE) {
            return row.status();
        }
        // something settled on it exactly when less than the total is still due
        return row.amountDue().isLessThan(row.total()) ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
    }

    /**
     * The column conditions that select the rows of a client's list filter on {@code today} (empty: every issued
     * invoice).
     */
    static InvoiceRowFilter filterFor(Set<InvoiceListQuery.Show> show, LocalDate today) {
        Set<InvoiceStatus> statuses = EnumSet.noneOf(InvoiceStatus.class);
        if (show.isEmpty()) {
            return new InvoiceRowFilter(EnumSet.complementOf(EnumSet.of(InvoiceStatus.DRAFT)),
                    Optional.empty(), Optional.empty());
        }
        if (show.contains(InvoiceListQuery.Show.PAID)) {
            statuses.add(InvoiceStatus.PAID);
        }
        if (show.contains(InvoiceListQuery.Show.VOID)) {
            statuses.add(InvoiceStatus.VOID);
        }
        return new InvoiceRowFilter(statuses,
                show.contains(InvoiceListQuery.Show.OVERDUE) ? Optional.of(today) : Optional.empty(),
                show.contains(InvoiceListQuery.Show.DUE) ? Optional.of(today) : Optional.empty());
    }

    /**
     * Whether the row passes a client's list filter (empty passes everything).
     *
     * @param show the states the client asked for; empty for all
     * @return whether the row passes the filter
     */
    public boolean matches(Set<InvoiceListQuery.Show> show) {
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

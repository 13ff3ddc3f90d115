package dev.clientportal.core.clientview;

import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored fact, one per currency: sums over a client's payable invoices (open, partially paid, uncollectible).
 *
 * @param amountDue       Σ their stored amount due
 * @param oldestDueDate   the earliest of their next due dates
 * @param invoices        how many there are
 * @param overdueInvoices how many have a next due date before the day the query named
 */
public record OpenInvoiceTotals(Money amountDue, LocalDate oldestDueDate, int invoices, int overdueInvoices) {

    /**
     * Requires the sums.
     *
     * @param amountDue       Σ their stored amount due
     * @param oldestDueDate   the earliest of their next due dates
     * @param invoices        how many there are
     * @param overdueInvoices how many have a next due date before the day the query named
     */
    public OpenInvoiceTotals {
        Objects.requireNonNull(amountDue, "amountDue");
        Objects.requireNonNull(oldestDueDate, "oldestDueDate");
    }
}

package dev.clientportal.core.clientview;

import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored fact: the columns of one issued invoice a client's lists are built from. {@code nextDueDate} and
 * {@code amountDue} are the figures core computed on the invoice and stored with it.
 *
 * @param id          the invoice
 * @param number      its number
 * @param status      its stored status
 * @param issueDate   when it was issued
 * @param nextDueDate {@code Invoice.nextDueDate()}
 * @param total       its total
 * @param amountDue   {@code Invoice.amountDue()}
 */
public record InvoiceRow(InvoiceId id, String number, InvoiceStatus status, LocalDate issueDate, LocalDate nextDueDate,
                         Money total, Money amountDue) {

    /**
     * Requires every field.
     *
     * @param id          the invoice
     * @param number      its number
     * @param status      its stored status
     * @param issueDate   when it was issued
     * @param nextDueDate {@code Invoice.nextDueDate()}
     * @param total       its total
     * @param amountDue   {@code Invoice.amountDue()}
     */
    public InvoiceRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(nextDueDate, "nextDueDate");
        total.requireSameCurrency(amountDue);
    }

    /**
     * The row of an issued invoice, column for column.
     *
     * @param invoice an issued invoice
     * @return the row with the invoice's stored columns
     */
    public static InvoiceRow of(Invoice invoice) {
        return new InvoiceRow(invoice.id(), invoice.requireNumber(), invoice.status(), invoice.requireIssueDate(),
                invoice.requireNextDueDate(), invoice.total(), invoice.amountDue());
    }
}

package dev.clientportal.core.clientview;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What the client owes in one currency.
 *
 * @param currency        the currency
 * @param amountDue       Σ amount due of its open invoices
 * @param oldestDueDate   the earliest due date among them; {@code null} when none is open (the client only holds
 *                        credit in this currency)
 * @param openInvoices    how many invoices are open
 * @param overdueInvoices how many of them are overdue
 * @param credit          the client's unused credit in this currency (overpayments, excess credit notes)
 * @param balance         what the client owes today, net of credit — the closing balance of its statement through
 *                        today ({@link dev.clientportal.core.receivables.Ledger#balance}); negative is credit
 */
public record BalanceDue(CurrencyUnit currency, Money amountDue, @Nullable LocalDate oldestDueDate, int openInvoices,
                         int overdueInvoices, Money credit, Money balance) {
}

package dev.clientportal.core.views;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;

/**
 * What the client owes in one currency.
 *
 * @param currency        the currency
 * @param amountDue       Σ amount due of its open invoices
 * @param oldestDueDate   the earliest due date among them
 * @param openInvoices    how many invoices are open
 * @param overdueInvoices how many of them are overdue
 */
public record BalanceDue(CurrencyUnit currency, Money amountDue, LocalDate oldestDueDate, int openInvoices,
                         int overdueInvoices) {
}

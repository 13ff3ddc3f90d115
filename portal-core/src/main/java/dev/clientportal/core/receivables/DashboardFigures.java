package dev.clientportal.core.receivables;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

/**
 * The payment dashboard of one currency.
 *
 * @param currency        the currency
 * @param outstanding     Σ amount due of open and partially paid invoices
 * @param overdue         the part of {@code outstanding} past its due date
 * @param uncollectible   Σ amount due of invoices written off
 * @param paidThisMonth   payments received this calendar month, net of refunds made in it
 * @param paidThisQuarter payments received this calendar quarter, net of refunds made in it
 * @param openInvoices    how many invoices are open or partially paid
 * @param overdueInvoices how many of them are overdue
 */
public record DashboardFigures(CurrencyUnit currency, Money outstanding, Money overdue, Money uncollectible,
                               Money paidThisMonth, Money paidThisQuarter, int openInvoices, int overdueInvoices) {
}

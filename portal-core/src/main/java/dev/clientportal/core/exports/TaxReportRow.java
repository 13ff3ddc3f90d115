package dev.clientportal.core.exports;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;

import java.time.LocalDate;

/**
 * The tax of one rate in one currency and period.
 *
 * @param periodStart     the first day of the period (of the report, where the report starts later)
 * @param periodEnd       the last day of the period (of the report, where it ends earlier)
 * @param currency        the currency
 * @param rate            the tax rate
 * @param invoicedTaxable accrual: the base of the invoices issued, less that of credit notes issued, less that of
 *                        invoices voided in the period (plus their credit notes' again)
 * @param invoicedTax     accrual: the tax on that base, from the documents' tax rows
 * @param receivedTax     cash: the tax share of what received payments allocated to invoices in the period, less the
 *                        tax share of what refunds took back from invoices in it
 */
public record TaxReportRow(LocalDate periodStart, LocalDate periodEnd, CurrencyUnit currency, TaxRate rate,
                           Money invoicedTaxable, Money invoicedTax, Money receivedTax) {
}

package dev.clientportal.core.receivables;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Days sales outstanding for a period: {@code receivables ÷ creditSales × days in period}.
 *
 * @param currency     the currency
 * @param from         first day of the period
 * @param to           last day of the period
 * @param receivables  what clients owed at the end of {@code to} (net of client credit)
 * @param creditSales  the totals of invoices issued in the period and not voided
 * @param days         DSO rounded half-up to one decimal, empty when there were no sales
 */
public record DaysSalesOutstanding(CurrencyUnit currency, LocalDate from, LocalDate to, Money receivables,
                                   Money creditSales, Optional<BigDecimal> days) {
}

package dev.clientportal.core.receivables;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * Expected receipts by due date: every open amount (or open installment) placed in the period it falls due.
 *
 * @param from        first day forecast
 * @param to          last day forecast
 * @param granularity the period length
 * @param overdue     per currency, what was already due before {@code from} and is still open
 * @param periods     per period and currency, what falls due in it; periods without receipts are included with
 *                    zero only for currencies that have some receipts in the forecast
 */
public record CashFlowForecast(LocalDate from, LocalDate to, Granularity granularity, List<Money> overdue,
                               List<Period> periods) {

    /**
     * Copies the lists.
     *
     * @param from        first day forecast
     * @param to          last day forecast
     * @param granularity the period length
     * @param overdue     per currency, what was already due before {@code from} and is still open
     * @param periods     per period and currency, what falls due in it; periods without receipts are included with zero
     *                    only for currencies that have some receipts in the forecast
     */
    public CashFlowForecast {
        overdue = List.copyOf(overdue);
        periods = List.copyOf(periods);
    }

    /** The length of a forecast period. */
    public enum Granularity {
        /** Calendar days. */
        DAY,
        /** Weeks starting on Monday. */
        WEEK,
        /** Calendar months. */
        MONTH
    }

    /**
     * What falls due in one period, in one currency.
     *
     * @param start    first day of the period (clipped to the forecast)
     * @param end      last day of the period (clipped to the forecast)
     * @param currency the currency
     * @param expected Σ open amounts due in the period
     */
    public record Period(LocalDate start, LocalDate end, CurrencyUnit currency, Money expected) {
    }
}

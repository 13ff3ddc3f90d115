package dev.clientportal.core.exports;

import java.time.LocalDate;

/** The periods a tax report sums over: calendar months or calendar quarters. */
public enum TaxPeriod {
    /** Calendar months. */
    MONTH(1),
    /** Calendar quarters: January–March, April–June, July–September, October–December. */
    QUARTER(3);

    private final int months;

    TaxPeriod(int months) {
        this.months = months;
    }

    /**
     * The first day of the period a day falls in.
     *
     * @param day the day
     * @return the first day of its month or quarter
     */
    public LocalDate startOf(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    /**
     * The last day of the period a day falls in.
     *
     * @param day the day
     * @return the last day of its month or quarter
     */
    public LocalDate endOf(LocalDate day) {
        return startOf(day).plusMonths(months).minusDays(1);
    }
}

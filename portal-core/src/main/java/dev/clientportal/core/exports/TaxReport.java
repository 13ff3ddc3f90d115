package dev.clientportal.core.exports;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.TaxRate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tax collected per rate, currency and period, invoiced (accrual) and received (cash): the figures a sales-tax or VAT
 * return needs. Rows are ordered by period, currency code, rate name, percentage and compound flag; a (period,
 * currency, rate) appears when any document or payment touched it.
 *
 * @param from   the first day covered
 * @param to     the last day covered
 * @param period months or quarters
 * @param rows   the figures
 */
public record TaxReport(LocalDate from, LocalDate to, TaxPeriod period, List<TaxReportRow> rows) {

    /**
     * Copies the rows.
     *
     * @param from   the first day covered
     * @param to     the last day covered
     * @param period months or quarters
     * @param rows   the figures
     */
    public TaxReport {
        Objects.requireNonNull(period, "period");
        rows = List.copyOf(rows);
    }

    /**
     * The figures of the whole report per currency and rate, every period summed: one row each, spanning
     * {@code from..to}.
     *
     * @return one row per currency and rate, in the rows' order
     */
    public List<TaxReportRow> totals() {
        Map<List<Object>, TaxReportRow> sums = new LinkedHashMap<>();
        for (TaxReportRow row : rows) {
            sums.merge(List.of(row.currency(), row.rate()), new TaxReportRow(from, to, row.currency(), row.rate(),
                            row.invoicedTaxable(), row.invoicedTax(), row.receivedTax()),
                    (sum, more) -> new TaxReportRow(from, to, sum.currency(), sum.rate(),
                            sum.invoicedTaxable().plus(more.invoicedTaxable()),
                            sum.invoicedTax().plus(more.invoicedTax()), sum.receivedTax().plus(more.receivedTax())));
        }
        List<TaxReportRow> totals = new ArrayList<>(sums.values());
        totals.sort(TaxReports.ORDER);
        return List.copyOf(totals);
    }

    /**
     * The rows of one currency and rate, by period.
     *
     * @param currency the currency
     * @param rate     the rate
     * @return its rows in period order
     */
    public List<TaxReportRow> of(CurrencyUnit currency, TaxRate rate) {
        return rows.stream().filter(row -> row.currency().equals(currency) && row.rate().equals(rate)).toList();
    }
}

package dev.clientportal.core.exports;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.TaxAmount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums tax rows and payments' tax shares per (period, currency, rate): the tax report's rules, stated once. Holds one
 * sum per period, currency and rate, never the rows.
 */
final class TaxReports {

    /** Report order: period, currency code, rate name, percentage, simple before compound. */
    static final Comparator<TaxReportRow> ORDER = Comparator.comparing(TaxReportRow::periodStart)
            .thenComparing(row -> row.currency().code())
            .thenComparing(row -> row.rate().name())
            .thenComparing(row -> row.rate().rate())
            .thenComparing(row -> row.rate().compound());

    /** The rounding of a payment's tax share. */
    static final RoundingMode SHARE_ROUNDING = RoundingMode.HALF_UP;

    private record Key(LocalDate periodStart, CurrencyUnit currency, TaxRate rate) {
    }

    private final LocalDate from;
    private final LocalDate to;
    private final TaxPeriod period;
    /** Per key: invoiced taxable, invoiced tax, received tax, in minor units. */
    private final Map<Key, long[]> sums = new HashMap<>();

    TaxReports(LocalDate from, LocalDate to, TaxPeriod period) {
        this.from = from;
        this.to = to;
        this.period = period;
    }

    /**
     * Counts a document's tax row: on its issue day with {@code sign} (+1 invoice, −1 credit note), and reversed on
     * the day its invoice was voided.
     */
    void invoiced(TaxExportRow row, int sign) {
        if (covers(row.issueDate())) {
            add(row.issueDate(), row.currency(), row.rate(), sign * row.taxable().minorUnits(),
                    sign * row.tax().minorUnits(), 0);
        }
        LocalDate voidedOn = row.voidedOn();
        if (voidedOn != null && covers(voidedOn)) {
            add(voidedOn, row.currency(), row.rate(), -sign * row.taxable().minorUnits(),
                    -sign * row.tax().minorUnits(), 0);
        }
    }

    /**
     * Counts the tax share of {@code amount} settled on (sign +1) or taken back from (−1) an invoice with these
     * totals on {@code day}: {@code min(amount, total) × tax ÷ total}, rounded half up, split over the invoice's
     * rates by largest remainder, so the parts sum exactly to the share.
     */
    void received(LocalDate day, Money amount, DocumentTotals totals, int sign) {
        if (!covers(day)) {
            return;
        }
        long total = totals.total().minorUnits();
        long taxTotal = totals.taxTotal().minorUnits();
        if (total <= 0 || taxTotal <= 0) {
            return;
        }
        long base = Math.min(amount.minorUnits(), total);
        long share = BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(taxTotal))
                .divide(BigDecimal.valueOf(total), 0, SHARE_ROUNDING).longValueExact();
        List<TaxAmount> taxes = totals.taxes();
        long[] weights = new long[taxes.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(0, taxes.get(i).tax().minorUnits());
        }
        Money[] parts = Money.ofMinor(share, totals.currency()).allocate(weights);
        for (int i = 0; i < parts.length; i++) {
            add(day, totals.currency(), taxes.get(i).rate(), 0, 0, sign * parts[i].minorUnits());
        }
    }

    TaxReport report() {
        List<TaxReportRow> rows = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> {
            LocalDate end = period.endOf(key.periodStart());
            rows.add(new TaxReportRow(key.periodStart().isBefore(from) ? from : key.periodStart(),
                    end.isAfter(to) ? to : end, key.currency(), key.rate(), Money.ofMinor(sum[0], key.currency()),
                    Money.ofMinor(sum[1], key.currency()), Money.ofMinor(sum[2], key.currency())));
        });
        rows.sort(ORDER);
        return new TaxReport(from, to, period, rows);
    }

    private boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private void add(LocalDate day, CurrencyUnit currency, TaxRate rate, long taxable, long tax, long received) {
        long[] sum = sums.computeIfAbsent(new Key(period.startOf(day), currency, rate), key -> new long[3]);
        sum[0] = Math.addExact(sum[0], taxable);
        sum[1] = Math.addExact(sum[1], tax);
        sum[2] = Math.addExact(sum[2], received);
    }
}

package dev.clientportal.core.contract;

import dev.clientportal.core.exports.TaxExportRow;
import dev.clientportal.core.exports.TaxReport;
import dev.clientportal.core.exports.TaxReportRow;
import dev.clientportal.core.money.Money;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The invoiced figures a tax report must show over a period that covers every document, summed straight from the
 * exported tax rows: invoices' rows less credit notes' rows, the rows of voided invoices (and of their credit notes)
 * left out, since a void reverses them in the same period. Keyed by "currency rate" text, zero sums left out.
 */
final class TaxReportSums {

    private TaxReportSums() {
    }

    /** Per currency and rate: [invoiced taxable, invoiced tax] of the exported rows. */
    static Map<String, List<Money>> invoiced(List<TaxExportRow> invoiceRows, List<TaxExportRow> creditNoteRows) {
        Map<String, List<Money>> sums = new TreeMap<>();
        invoiceRows.forEach(row -> add(sums, row, 1));
        creditNoteRows.forEach(row -> add(sums, row, -1));
        sums.values().removeIf(TaxReportSums::zero);
        return sums;
    }

    /** Per currency and rate: [invoiced taxable, invoiced tax] of the report's totals. */
    static Map<String, List<Money>> invoiced(TaxReport report) {
        Map<String, List<Money>> sums = new TreeMap<>();
        for (TaxReportRow row : report.totals()) {
            sums.put(row.currency().code() + " " + row.rate(), List.of(row.invoicedTaxable(), row.invoicedTax()));
        }
        sums.values().removeIf(TaxReportSums::zero);
        return sums;
    }

    private static void add(Map<String, List<Money>> sums, TaxExportRow row, int sign) {
        if (row.voidedOn() != null) {
            return;
        }
        Money taxable = sign > 0 ? row.taxable() : row.taxable().negate();
        Money tax = sign > 0 ? row.tax() : row.tax().negate();
        sums.merge(row.currency().code() + " " + row.rate(), List.of(taxable, tax),
                (sum, more) -> List.of(sum.get(0).plus(more.get(0)), sum.get(1).plus(more.get(1))));
    }

    private static boolean zero(List<Money> sums) {
        return sums.stream().allMatch(sum -> sum.minorUnits() == 0);
    }
}

package dev.clientportal.pdf;

import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.LineTotals;
import dev.clientportal.core.pricing.TaxAmount;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Amounts as a US reader expects them, to compare with what the PDF says. */
final class Texts {

    private Texts() {
    }

    static String usd(Money amount) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(amount.currency().toJavaCurrency());
        return format.format(amount.amount());
    }

    /**
     * What a priced document's line table and totals say, in reading order: each line's description (up to a dash,
     * after which long ones wrap), unit price, first tax and amount; then the subtotal, the discount, and each tax
     * rate's taxable amount and tax.
     */
    static List<String> pricedInOrder(List<LineItem> lines, DocumentTotals totals, String discountLabel) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            LineTotals figures = totals.lines().get(i);
            expected.add(line.description().split(" — ")[0]);
            expected.add(usd(line.unitPrice()));
            expected.add(usd(figures.taxes().get(0)));
            expected.add(usd(figures.net()));
        }
        expected.addAll(List.of("Subtotal", usd(totals.subtotal()), discountLabel, usd(totals.discount().negate())));
        for (TaxAmount tax : totals.taxes()) {
            expected.add(usd(tax.taxable()) + " " + usd(tax.tax()));
        }
        return expected;
    }
}

package dev.clientportal.core.pricing;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * The computed totals of a priced document. Every figure is rounded to minor units and the total is the sum of
 * its rounded parts: {@code total = subtotal − discount + Σ taxes}.
 *
 * @param currency  the document currency
 * @param lines     per-line figures, in the document's line order
 * @param subtotal  Σ line nets (after line discounts)
 * @param discount  the document-level discount, allocated to the lines before tax
 * @param taxes     the tax summary by rate, in order of first appearance; per document, each row's tax is its
 *                  base × rate rounded once (EN 16931 BR-CO-17)
 * @param taxTotal  Σ taxes
 * @param total     what the document is for
 */
public record DocumentTotals(CurrencyUnit currency, List<LineTotals> lines, Money subtotal, Money discount,
                             List<TaxAmount> taxes, Money taxTotal, Money total) {

    /** The rounding mode of every invoice, quote and credit note figure (commercial rounding, half away from zero). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    /**
     * Copies the lists.
     *
     * @param currency the document currency
     * @param lines    per-line figures, in the document's line order
     * @param subtotal Σ line nets (after line discounts)
     * @param discount the document-level discount, allocated to the lines before tax
     * @param taxes    the tax summary by rate, in order of first appearance; per document, each row's tax is its base ×
     *                 rate rounded once (EN 16931 BR-CO-17)
     * @param taxTotal Σ taxes
     * @param total    what the document is for
     */
    public DocumentTotals {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    /**
     * Computes the totals of lines priced in one currency.
     *
     * @param currency    the document currency; every unit price must be in it
     * @param lines       the lines, in order
     * @param discount    the document-level discount (none, a percentage of the subtotal, or an amount)
     * @param rounding    where taxes are rounded
     * @param taxExempt   whether the client is exempt: no taxes are charged
     * @return the line figures, subtotal, discount, tax summary and total of the document
     * @throws dev.clientportal.core.kernel.PortalException for a line in another currency or a discount larger than the
     *                                               subtotal
     */
    public static DocumentTotals calculate(CurrencyUnit currency, List<LineItem> lines, Discount discount,
                                           TaxRounding rounding, boolean taxExempt) {
        try {
            return new TotalsCalculator(currency, lines, discount, rounding, taxExempt).calculate();
        } catch (ArithmeticException e) {
            throw new PortalException(ErrorCode.AMOUNT_OUT_OF_RANGE,
                    "document total exceeds the largest amount the SDK can hold", e);
        }
    }

    /**
     * The totals of some lines of a document, taken (credited) after others were: each line keeps its figures on
     * the document, its share of the document discount included, and each rate's base and tax are what the document
     * charges on the lines taken so far, these included, less what it charges on the earlier ones. Taking every line,
     * in any number of parts, sums to the document's totals exactly, and no sum of parts ever exceeds them.
     *
     * @param currency  the document currency
     * @param lines     all the document's lines, in order
     * @param discount  the document-level discount
     * @param rounding  where the document's taxes are rounded
     * @param taxExempt whether the document charges no taxes
     * @param earlier   indexes (0-based) of the lines already taken
     * @param part      indexes of the lines taken now, in the order to print them
     * @return the totals of the lines in {@code part}, in that order, as they are taken after {@code earlier}
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for an index that is not a line of the document or a
     *                         line taken twice, and as {@link #calculate} for the document itself
     */
    public static DocumentTotals part(CurrencyUnit currency, List<LineItem> lines, Discount discount,
                                      TaxRounding rounding, boolean taxExempt, Set<Integer> earlier,
                                      List<Integer> part) {
        PortalException.requireField(earlier, "earlier");
        PortalException.requireField(part, "part");
        try {
            return new TotalsCalculator(currency, lines, discount, rounding, taxExempt).part(earlier, part);
        } catch (ArithmeticException e) {
            throw new PortalException(ErrorCode.AMOUNT_OUT_OF_RANGE,
                    "document total exceeds the largest amount the SDK can hold", e);
        }
    }

    /**
     * An empty document in the given currency.
     *
     * @param currency the document currency
     * @return totals without lines, every amount zero in {@code currency}
     */
    public static DocumentTotals empty(CurrencyUnit currency) {
        Money zero = Money.zero(currency);
        return new DocumentTotals(currency, List.of(), zero, zero, List.of(), zero, zero);
    }
}

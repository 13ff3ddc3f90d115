package dev.clientportal.core.pricing;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The rounded figures of one line. Immutable; amounts are held as minor units and handed out as {@link Money}, so a
 * 10,000-line document does not carry 60,000 money objects it may never read.
 */
public final class LineTotals {

    private final CurrencyUnit currency;
    private final long gross;
    private final long net;
    private final long documentDiscount;
    private final long[] taxes;

    /**
     * Line figures in minor units.
     *
     * @param currency         the document currency
     * @param gross            quantity × unit price, rounded once
     * @param net              the line after its own discount
     * @param documentDiscount this line's share of the document-level discount
     * @param taxes            the tax per rate of the line in the line's order (empty when rounded per document or
     *                         exempt); copied
     */
    public LineTotals(CurrencyUnit currency, long gross, long net, long documentDiscount, long[] taxes) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.gross = gross;
        this.net = net;
        this.documentDiscount = documentDiscount;
        this.taxes = taxes.clone();
    }

    /**
     * Quantity × unit price, rounded once.
     *
     * @return quantity × unit price, rounded once
     */
    public Money gross() {
        return Money.ofMinor(gross, currency);
    }

    /**
     * What the line's own discount takes off: {@code gross − net}.
     *
     * @return {@code gross − net}
     */
    public Money lineDiscount() {
        return Money.ofMinor(gross - net, currency);
    }

    /**
     * The line amount after its own discount.
     *
     * @return the line amount after its own discount
     */
    public Money net() {
        return Money.ofMinor(net, currency);
    }

    /**
     * This line's share of the document-level discount.
     *
     * @return this line's share of the document-level discount
     */
    public Money documentDiscount() {
        return Money.ofMinor(documentDiscount, currency);
    }

    /**
     * {@code net − documentDiscount}: what taxes are charged on, in both roundings (per document, a rate's base is
     * the sum of these over its lines).
     *
     * @return {@code net − documentDiscount}
     */
    public Money taxable() {
        return Money.ofMinor(net - documentDiscount, currency);
    }

    /**
     * The tax per rate of the line, in the line's order; empty when taxes are rounded per document (they exist only
     * in the document's tax summary then) or the client is exempt.
     *
     * @return the tax per rate of the line, in the line's order; empty when taxes are rounded per document or the
     *         client is exempt
     */
    public List<Money> taxes() {
        Money[] amounts = new Money[taxes.length];
        for (int i = 0; i < taxes.length; i++) {
            amounts[i] = Money.ofMinor(taxes[i], currency);
        }
        return List.of(amounts);
    }

    /**
     * {@code taxable + Σ taxes}: what the line adds to the document total when taxes are rounded per line.
     *
     * @return {@code taxable + Σ taxes}
     */
    public Money total() {
        long sum = net - documentDiscount;
        for (long tax : taxes) {
            sum = Math.addExact(sum, tax);
        }
        return Money.ofMinor(sum, currency);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineTotals that && currency.equals(that.currency) && gross == that.gross
                && net == that.net && documentDiscount == that.documentDiscount && Arrays.equals(taxes, that.taxes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, gross, net, documentDiscount, Arrays.hashCode(taxes));
    }

    @Override
    public String toString() {
        return "LineTotals[gross=" + gross() + ", net=" + net() + ", documentDiscount=" + documentDiscount()
                + ", taxes=" + taxes() + "]";
    }
}

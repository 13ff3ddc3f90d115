package dev.clientportal.core.pricing;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes document totals. One instance per calculation; not thread-safe.
 *
 * <p>Each line is rounded to minor units once (its net). The document discount is split over the lines in whole
 * minor units (largest remainder), so per-line taxable amounts sum exactly to the discounted subtotal. Taxes are
 * then rounded per line, or once per rate for the document. In the per-document mode the base of a rate is the sum
 * of the rounded taxable line amounts and its tax is that base × the rate, rounded once (EN 16931 rule BR-CO-17),
 * so every printed tax row is its own printed base × rate: what a reader or an e-invoice validator recomputes.
 *
 * <p>Every quantity, price and rate is an exact decimal, so each figure is {@code a × b ÷ 10^n} rounded half-up.
 * The calculator does that on {@code long}s and falls back to {@link BigDecimal} whenever a product would not fit
 * 63 bits; both paths give the same result, the fast one keeps a 1,000-line invoice under 100 µs. In the
 * per-document mode, lines with the same list of taxes form a group whose taxable amounts are summed first; a
 * compound rate's base in a group is the group's taxable amount plus the group's earlier taxes, each rounded once.
 */
final class TotalsCalculator {

    private static final long NO_FIT = Long.MIN_VALUE;
    private static final long[] POWERS_OF_TEN = new long[19];
    private static final long[] NO_TAXES = new long[0];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final CurrencyUnit currency;
    private final int digits;
    private final List<LineItem> lines;
    private final Discount discount;
    private final TaxRounding rounding;
    private final boolean taxExempt;
    private long[] gross;
    private long[] nets;
    private long[] shares;
    private long subtotal;
    private long documentDiscount;

    TotalsCalculator(CurrencyUnit currency, List<LineItem> lines, Discount discount, TaxRounding rounding,
                     boolean taxExempt) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.digits = currency.minorDigits();
        this.lines = Objects.requireNonNull(lines, "lines");
        this.discount = discount == null ? Discount.none() : discount;
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.taxExempt = taxExempt;
        int count = lines.size();
        this.gross = new long[count];
        this.nets = new long[count];
        this.shares = new long[count];
    }

    DocumentTotals calculate() {
        price();
        int count = lines.size();
        Summary summary = summarize(null);
        List<LineTotals> lineTotals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lineTotals.add(lineTotals(i, summary));
        }
        List<TaxAmount> rows = new ArrayList<>(summary.rates.size());
        for (RateAccumulator rate : summary.rates) {
            rows.add(rate.toTaxAmount());
        }
        return totals(lineTotals, subtotal, documentDiscount, rows);
    }

    /**
     * The part of the document that the lines {@code part} make up once the lines {@code earlier} were taken: the
     * lines keep their figures (their share of the document discount included), and each rate's base and tax are
     * what the document charges on {@code earlier ∪ part} less what it charges on {@code earlier}. Taking every
     * line, in any number of parts, therefore sums exactly to the document; rounding is monotone, so no part is
     * negative and no sum of parts exceeds the document.
     */
    DocumentTotals part(Set<Integer> earlier, List<Integer> part) {
        price();
        int count = lines.size();
        boolean[] before = new boolean[count];
        for (int index : earlier) {
            before[checkedIndex(index, "earlier")] = true;
        }
        boolean[] after = before.clone();
        for (int index : part) {
            if (after[checkedIndex(index, "part")]) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "part", index,
                        "line taken twice; each line can be taken once");
            }
            after[index] = true;
        }
        Summary withoutPart = summarize(before);
        Summary withPart = summarize(after);
        List<LineTotals> lineTotals = new ArrayList<>(part.size());
        long partSubtotal = 0;
        long partDiscount = 0;
        List<TaxAmount> rows = new ArrayList<>(4);
        for (int index : part) {
            lineTotals.add(lineTotals(index, withPart));
            partSubtotal = Math.addExact(partSubtotal, nets[index]);
            partDiscount = Math.addExact(partDiscount, shares[index]);
            for (TaxRate rate : taxExempt ? List.<TaxRate>of() : lines.get(index).taxes()) {
                if (rows.stream().noneMatch(row -> row.rate().equals(rate))) {
                    TaxAmount all = withPart.accumulator(rate).toTaxAmount();
                    RateAccumulator earlierRate = withoutPart.find(rate);
                    rows.add(earlierRate == null ? all : new TaxAmount(rate,
                            all.taxable().minus(earlierRate.toTaxAmount().taxable()),
                            all.tax().minus(earlierRate.toTaxAmount().tax())));
                }
            }
        }
        return totals(lineTotals, partSubtotal, partDiscount, rows);
    }

    private int checkedIndex(int index, String field) {
        if (index < 0 || index >= lines.size()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, index,
                    "is not a line of a " + lines.size() + "-line document");
        }
        return index;
    }

    /** Rounds every line and splits the document discount over them. */
    private void price() {
        int count = lines.size();
        subtotal = 0;
        for (int i = 0; i < count; i++) {
            LineItem line = lines.get(i);
            if (!line.unitPrice().currency().equals(currency)) {
                line.unitPrice().requireCurrency(currency, "lines[" + i + "].unitPrice");
            }
            gross[i] = gross(line);
            nets[i] = net(line, gross[i]);
            subtotal = Math.addExact(subtotal, nets[i]);
        }
        documentDiscount = documentDiscount(subtotal);
        shares = documentDiscount == 0 || subtotal == 0 ? new long[count]
                : Money.ofMinor(documentDiscount, currency).allocateMinorUnits(nets);
    }

    private LineTotals lineTotals(int index, Summary summary) {
        long @Nullable [] @Nullable [] perLine = summary.lineTaxes;
        long @Nullable [] taxesOfLine = perLine == null ? null : perLine[index];
        long[] lineTaxes = taxesOfLine == null ? NO_TAXES : taxesOfLine;
        return new LineTotals(currency, gross[index], nets[index], shares[index], lineTaxes);
    }

    private DocumentTotals totals(List<LineTotals> lineTotals, long net, long discounted, List<TaxAmount> rows) {
        long taxTotal = 0;
        for (TaxAmount row : rows) {
            taxTotal = Math.addExact(taxTotal, row.tax().minorUnits());
        }
        long total = Math.addExact(net - discounted, taxTotal);
        return new DocumentTotals(currency, lineTotals, money(net), money(discounted), rows, money(taxTotal),
                money(total));
    }

    /** The tax rows of the lines {@code included} ({@code null} for every line), and per line its taxes. */
    private Summary summarize(boolean @Nullable [] included) {
        Summary summary = new Summary();
        if (taxExempt) {
            return summary;
        }
        long @Nullable [] @Nullable [] perLine = summary.lineTaxes;
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            if ((included == null || included[i]) && !line.taxes().isEmpty()) {
                // per-line rounding is exactly when the summary keeps each line's taxes
                if (perLine != null) {
                    perLine[i] = summary.taxLine(line, nets[i] - shares[i]);
                } else {
                    summary.group(line.taxes()).taxable = Math.addExact(summary.group(line.taxes()).taxable,
                            nets[i] - shares[i]);
                }
            }
        }
        for (TaxGroup group : summary.groups) {
            summary.taxAtDocumentLevel(group);
        }
        return summary;
    }

    /** quantity × unit price, rounded once. */
    private long gross(LineItem line) {
        BigDecimal quantity = line.quantity();
        long rounded = multiplyRounded(unscaled(quantity), line.unitPrice().minorUnits(), quantity.scale());
        return rounded != NO_FIT ? rounded : round(quantity.multiply(line.unitPrice().amount()));
    }

    /** The line after its own discount, rounded once from the exact product. */
    private long net(LineItem line, long gross) {
        if (line.discount() instanceof Discount.Amount amount) {
            return gross - amount.amount().minorUnits();
        }
        if (line.discount() instanceof Discount.Percent percent && !percent.percentage().isZero()) {
            long[] exact = exactNet(line, percent.percentage());
            if (exact != null) {
                long rounded = multiplyRounded(exact[0], 1, (int) exact[1]);
                if (rounded != NO_FIT) {
                    return rounded;
                }
            }
            BigDecimal product = line.quantity().multiply(line.unitPrice().amount());
            return round(product.subtract(product.multiply(percent.percentage().fraction())));
        }
        return gross;
    }

    /**
     * The exact line net after a percentage off as {@code {numerator, scale}} in minor units
     * ({@code numerator × 10^-scale}), or {@code null} when it does not fit a {@code long}.
     */
    private static long @Nullable [] exactNet(LineItem line, Percentage off) {
        BigDecimal quantity = line.quantity();
        long product = fits(unscaled(quantity), line.unitPrice().minorUnits());
        if (product == NO_FIT) {
            return null;
        }
        int scale = quantity.scale();
        int rateScale = off.value().scale() + 2;
        long keep = POWERS_OF_TEN[rateScale] - unscaled(off.value());
        long numerator = fits(product, keep);
        return numerator == NO_FIT || scale + rateScale >= POWERS_OF_TEN.length ? null
                : new long[] {numerator, scale + rateScale};
    }

    private long documentDiscount(long subtotal) {
        if (discount instanceof Discount.Percent percent) {
            Percentage off = percent.percentage();
            long rounded = multiplyRounded(subtotal, unscaled(off.value()), off.value().scale() + 2);
            return rounded != NO_FIT ? rounded : round(BigDecimal.valueOf(subtotal, digits).multiply(off.fraction()));
        }
        if (discount instanceof Discount.Amount amount) {
            Money value = amount.amount().requireCurrency(currency, "discount");
            if (value.minorUnits() > subtotal) {
                throw PortalException.invalid(ErrorCode.DISCOUNT_EXCEEDS_AMOUNT, "discount", value,
                        "must not exceed the subtotal " + money(subtotal));
            }
            return value.minorUnits();
        }
        return 0;
    }

    private long round(BigDecimal amount) {
        return Money.of(amount, currency, DocumentTotals.ROUNDING).minorUnits();
    }

    private Money money(long minorUnits) {
        return Money.ofMinor(minorUnits, currency);
    }

    /** The unscaled value of a decimal, or {@link #NO_FIT} when it needs more than 63 bits. */
    private static long unscaled(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        return unscaled.bitLength() < 64 ? unscaled.longValue() : NO_FIT;
    }

    /** {@code a × b}, or {@link #NO_FIT} when either is {@link #NO_FIT} or the product needs more than 63 bits. */
    private static long fits(long a, long b) {
        if (a == NO_FIT || b == NO_FIT) {
            return NO_FIT;
        }
        long low = a * b;
        return Math.multiplyHigh(a, b) == (low >> 63) && low != NO_FIT ? low : NO_FIT;
    }

    /**
     * {@code a × b ÷ 10^scale} rounded half away from zero ({@link DocumentTotals#ROUNDING}), or {@link #NO_FIT}
     * when the product does not fit or the scale is beyond a {@code long}'s powers of ten.
     */
    static long multiplyRounded(long a, long b, int scale) {
        long product = fits(a, b);
        if (product == NO_FIT || scale < 0 || scale >= POWERS_OF_TEN.length) {
            return NO_FIT;
        }
        long divisor = POWERS_OF_TEN[scale];
        long quotient = product / divisor;
        long remainder = Math.abs(product - quotient * divisor);
        if (remainder >= divisor - remainder) {
            quotient += Long.signum(product);
        }
        return quotient;
    }

    /** The tax rows of some lines: one accumulator per rate, and per line its rounded taxes (per-line mode). */
    private final class Summary {
        private final List<RateAccumulator> rates = new ArrayList<>(4);
        private final List<TaxGroup> groups = new ArrayList<>(2);
        private final long @Nullable [] @Nullable [] lineTaxes = rounding == TaxRounding.PER_LINE
                ? new long[lines.size()][] : null;

        /** Rounds each tax of a line and adds it to its rate's row; returns the line's taxes. */
        long[] taxLine(LineItem line, long taxable) {
            List<TaxRate> taxes = line.taxes();
            long[] taxesOfLine = new long[taxes.size()];
            long earlierTaxes = 0;
            for (int t = 0; t < taxes.size(); t++) {
                TaxRate rate = taxes.get(t);
                RateAccumulator accumulator = accumulator(rate);
                long base = rate.compound() ? Math.addExact(taxable, earlierTaxes) : taxable;
                long tax = accumulator.taxOn(base);
                accumulator.add(base, tax);
                earlierTaxes = Math.addExact(earlierTaxes, tax);
                taxesOfLine[t] = tax;
            }
            return taxesOfLine;
        }

        /**
         * Adds each rate's base for a group to the rate rows. A compound rate is charged on the group's taxable
         * amount plus the group's earlier taxes, each rounded once, so its base is a figure in minor units too.
         */
        void taxAtDocumentLevel(TaxGroup group) {
            long earlierTaxes = 0;
            for (TaxRate rate : group.taxes) {
                RateAccumulator accumulator = accumulator(rate);
                long base = rate.compound() ? Math.addExact(group.taxable, earlierTaxes) : group.taxable;
                accumulator.add(base, 0);
                earlierTaxes = Math.addExact(earlierTaxes, accumulator.taxOn(base));
            }
        }

        @Nullable RateAccumulator find(TaxRate rate) {
            for (RateAccumulator candidate : rates) {
                if (candidate.rate == rate || candidate.rate.equals(rate)) {
                    return candidate;
                }
            }
            return null;
        }

        RateAccumulator accumulator(TaxRate rate) {
            RateAccumulator found = find(rate);
            if (found == null) {
                found = new RateAccumulator(rate);
                rates.add(found);
            }
            return found;
        }

        TaxGroup group(List<TaxRate> taxes) {
            for (TaxGroup candidate : groups) {
                if (candidate.taxes == taxes || candidate.taxes.equals(taxes)) {
                    return candidate;
                }
            }
            TaxGroup created = new TaxGroup(taxes);
            groups.add(created);
            return created;
        }
    }

    /** Lines taxed with the same list of rates, in the per-document mode: the sum of their taxable amounts. */
    private static final class TaxGroup {
        private final List<TaxRate> taxes;
        private long taxable;

        TaxGroup(List<TaxRate> taxes) {
            this.taxes = taxes;
        }
    }

    /** One rate's row: the sum of its bases and, per line, of its rounded line taxes. */
    private final class RateAccumulator {
        private final TaxRate rate;
        private final long rateUnscaled;
        private final int rateScale;
        private long base;
        private long lineTaxes;

        RateAccumulator(TaxRate rate) {
            this.rate = rate;
            this.rateUnscaled = unscaled(rate.rate().value());
            this.rateScale = rate.rate().value().scale() + 2;
        }

        /** {@code base × rate}, rounded to minor units. */
        long taxOn(long amount) {
            long rounded = multiplyRounded(amount, rateUnscaled, rateScale);
            return rounded != NO_FIT ? rounded
                    : round(BigDecimal.valueOf(amount, digits).multiply(rate.rate().fraction()));
        }

        void add(long taxable, long tax) {
            base = Math.addExact(base, taxable);
            lineTaxes = Math.addExact(lineTaxes, tax);
        }

        /** Per line, the sum of the rounded line taxes; per document, the base × rate rounded once. */
        TaxAmount toTaxAmount() {
            return new TaxAmount(rate, money(base), money(rounding == TaxRounding.PER_LINE ? lineTaxes : taxOn(base)));
        }
    }
}

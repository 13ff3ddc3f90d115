package dev.clientportal.core.pricing;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes document totals. One instance per calculation; not thread-safe.
 *
 * <p>Each line is rounded to minor units once (its net). The document discount is split over the lines in whole
 * minor units (largest remainder), so per-line taxable amounts sum exactly to the discounted subtotal. Taxes are
 * then rounded per line, or once per rate for the document; in the per-document mode they are charged on the
 * exact, unrounded line amounts.
 *
 * <p>Every quantity, price and rate is an exact decimal, so each figure is {@code a × b ÷ 10^n} rounded half-up.
 * The calculator does that on {@code long}s and falls back to {@link BigDecimal} whenever a product would not fit
 * 63 bits; both paths give the same result, the fast one keeps a 1,000-line invoice under 100 µs. In the
 * per-document mode, lines with the same list of taxes form a group whose exact taxable amounts are summed first;
 * each rate's exact tax is then that sum times the rate (times the compounding factor of earlier taxes), which is
 * the same number as summing the exact line taxes.
 */
final class TotalsCalculator {

    private static final long NO_FIT = Long.MIN_VALUE;
    private static final long[] POWERS_OF_TEN = new long[19];
    /** Decimal places below the minor unit at which exact per-document sums are kept on the fast path. */
    private static final int EXACT_SCALE = 8;

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
    private final List<RateAccumulator> rates = new ArrayList<>(4);
    private final List<TaxGroup> groups = new ArrayList<>(2);

    TotalsCalculator(CurrencyUnit currency, List<LineItem> lines, Discount discount, TaxRounding rounding,
                     boolean taxExempt) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.digits = currency.minorDigits();
        this.lines = Objects.requireNonNull(lines, "lines");
        this.discount = discount == null ? Discount.none() : discount;
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.taxExempt = taxExempt;
    }

    DocumentTotals calculate() {
        int count = lines.size();
        long[] gross = new long[count];
        long[] nets = new long[count];
        long subtotal = 0;
        for (int i = 0; i < count; i++) {
            LineItem line = lines.get(i);
            if (!line.unitPrice().currency().equals(currency)) {
                line.unitPrice().requireCurrency(currency, "lines[" + i + "].unitPrice");
            }
            gross[i] = gross(line);
            nets[i] = net(line, gross[i]);
            subtotal = Math.addExact(subtotal, nets[i]);
        }
        long documentDiscount = documentDiscount(subtotal);
        long[] shares = documentDiscount == 0 || subtotal == 0 ? new long[count]
                : Money.ofMinor(documentDiscount, currency).allocateMinorUnits(nets);

        List<LineTotals> lineTotals = new ArrayList<>(count);
        long[] noTaxes = new long[0];
        for (int i = 0; i < count; i++) {
            LineItem line = lines.get(i);
            long[] lineTaxes = noTaxes;
            if (!taxExempt && !line.taxes().isEmpty()) {
                if (rounding == TaxRounding.PER_LINE) {
                    lineTaxes = taxLine(line, nets[i] - shares[i]);
                } else {
                    group(line.taxes()).add(line, shares[i]);
                }
            }
            lineTotals.add(new LineTotals(currency, gross[i], nets[i], shares[i], lineTaxes));
        }
        for (TaxGroup group : groups) {
            group.taxAtDocumentLevel();
        }

        List<TaxAmount> summary = new ArrayList<>(rates.size());
        long taxTotal = 0;
        for (RateAccumulator rate : rates) {
            TaxAmount amount = rate.toTaxAmount();
            summary.add(amount);
            taxTotal = Math.addExact(taxTotal, amount.tax().minorUnits());
        }
        long total = Math.addExact(subtotal - documentDiscount, taxTotal);
        return new DocumentTotals(currency, lineTotals, money(subtotal), money(documentDiscount), summary,
                money(taxTotal), money(total));
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
            long[] exact = exactNet(line);
            if (exact != null) {
                long rounded = multiplyRounded(exact[0], 1, (int) exact[1]);
                if (rounded != NO_FIT) {
                    return rounded;
                }
            }
            return round(exactNetDecimal(line));
        }
        return gross;
    }

    /**
     * The exact line net after its own discount as {@code {numerator, scale}} in minor units
     * ({@code numerator × 10^-scale}), or {@code null} when it does not fit a {@code long}.
     */
    private static long[] exactNet(LineItem line) {
        BigDecimal quantity = line.quantity();
        long product = fits(unscaled(quantity), line.unitPrice().minorUnits());
        if (product == NO_FIT) {
            return null;
        }
        int scale = quantity.scale();
        if (line.discount() instanceof Discount.Amount amount) {
            long discountScaled = fits(amount.amount().minorUnits(), POWERS_OF_TEN[scale]);
            return discountScaled == NO_FIT ? null : new long[] {product - discountScaled, scale};
        }
        if (line.discount() instanceof Discount.Percent percent && !percent.percentage().isZero()) {
            Percentage off = percent.percentage();
            int rateScale = off.value().scale() + 2;
            long keep = POWERS_OF_TEN[rateScale] - unscaled(off.value());
            long numerator = fits(product, keep);
            return numerator == NO_FIT || scale + rateScale >= POWERS_OF_TEN.length ? null
                    : new long[] {numerator, scale + rateScale};
        }
        return new long[] {product, scale};
    }

    /** The exact line amount after its own discount, in currency units. */
    private static BigDecimal exactNetDecimal(LineItem line) {
        BigDecimal product = line.quantity().multiply(line.unitPrice().amount());
        if (line.discount() instanceof Discount.Percent percent) {
            return product.subtract(product.multiply(percent.percentage().fraction()));
        }
        if (line.discount() instanceof Discount.Amount amount) {
            return product.subtract(amount.amount().amount());
        }
        return product;
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

    /** Rounds each tax of a line and adds it to its rate's summary; returns the line's taxes. */
    private long[] taxLine(LineItem line, long taxable) {
        List<TaxRate> taxes = line.taxes();
        long[] lineTaxes = new long[taxes.size()];
        long earlierTaxes = 0;
        for (int t = 0; t < taxes.size(); t++) {
            TaxRate rate = taxes.get(t);
            RateAccumulator accumulator = accumulator(rate);
            long base = rate.compound() ? Math.addExact(taxable, earlierTaxes) : taxable;
            long tax = accumulator.taxOn(base);
            accumulator.addRounded(base, tax);
            earlierTaxes = Math.addExact(earlierTaxes, tax);
            lineTaxes[t] = tax;
        }
        return lineTaxes;
    }

    private RateAccumulator accumulator(TaxRate rate) {
        for (RateAccumulator candidate : rates) {
            if (candidate.rate == rate || candidate.rate.equals(rate)) {
                return candidate;
            }
        }
        RateAccumulator created = new RateAccumulator(rate);
        rates.add(created);
        return created;
    }

    private TaxGroup group(List<TaxRate> taxes) {
        for (TaxGroup candidate : groups) {
            if (candidate.taxes == taxes || candidate.taxes.equals(taxes)) {
                return candidate;
            }
        }
        TaxGroup created = new TaxGroup(taxes);
        groups.add(created);
        return created;
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

    /**
     * Lines taxed with the same list of rates, in the per-document mode: the exact sum of their taxable amounts,
     * kept on a {@code long} at {@link #EXACT_SCALE} decimals below the minor unit while it fits.
     */
    private final class TaxGroup {
        private final List<TaxRate> taxes;
        private long fixedSum;
        private BigDecimal decimalSum = BigDecimal.ZERO;

        TaxGroup(List<TaxRate> taxes) {
            this.taxes = taxes;
        }

        void add(LineItem line, long share) {
            long[] exact = exactNet(line);
            if (exact != null && exact[1] <= EXACT_SCALE) {
                long scaled = fits(exact[0], POWERS_OF_TEN[EXACT_SCALE - (int) exact[1]]);
                long shareScaled = fits(share, POWERS_OF_TEN[EXACT_SCALE]);
                long taxable = scaled - shareScaled;
                long sum = fixedSum + taxable;
                boolean subtractionFits = ((scaled ^ shareScaled) & (scaled ^ taxable)) >= 0;
                boolean additionFits = ((fixedSum ^ sum) & (taxable ^ sum)) >= 0;
                if (scaled != NO_FIT && shareScaled != NO_FIT && subtractionFits && additionFits) {
                    fixedSum = sum;
                    return;
                }
            }
            decimalSum = decimalSum.add(exactNetDecimal(line).movePointRight(digits))
                    .subtract(BigDecimal.valueOf(share));
        }

        /** Adds each rate's exact base and tax for this group to the rate summaries. */
        void taxAtDocumentLevel() {
            BigDecimal taxable = BigDecimal.valueOf(fixedSum, EXACT_SCALE).add(decimalSum);
            BigDecimal earlierFactors = BigDecimal.ZERO;
            BigDecimal[] factors = new BigDecimal[taxes.size()];
            for (int k = 0; k < taxes.size(); k++) {
                TaxRate rate = taxes.get(k);
                factors[k] = rate.compound() ? BigDecimal.ONE.add(earlierFactors) : BigDecimal.ONE;
                BigDecimal base = taxable.multiply(factors[k]);
                accumulator(rate).addExact(base, base.multiply(rate.rate().fraction()));
                earlierFactors = earlierFactors.add(factors[k].multiply(rate.rate().fraction()));
            }
        }
    }

    /** Sums one rate over the lines, either as rounded figures or exactly. */
    private final class RateAccumulator {
        private final TaxRate rate;
        private final long rateUnscaled;
        private final int rateScale;
        private long roundedTaxable;
        private long roundedTax;
        private BigDecimal exactBase = BigDecimal.ZERO;
        private BigDecimal exactTax = BigDecimal.ZERO;

        RateAccumulator(TaxRate rate) {
            this.rate = rate;
            this.rateUnscaled = unscaled(rate.rate().value());
            this.rateScale = rate.rate().value().scale() + 2;
        }

        /** {@code base × rate}, rounded to minor units. */
        long taxOn(long base) {
            long rounded = multiplyRounded(base, rateUnscaled, rateScale);
            return rounded != NO_FIT ? rounded
                    : round(BigDecimal.valueOf(base, digits).multiply(rate.rate().fraction()));
        }

        void addRounded(long taxable, long tax) {
            roundedTaxable = Math.addExact(roundedTaxable, taxable);
            roundedTax = Math.addExact(roundedTax, tax);
        }

        void addExact(BigDecimal baseInMinorUnits, BigDecimal taxInMinorUnits) {
            exactBase = exactBase.add(baseInMinorUnits);
            exactTax = exactTax.add(taxInMinorUnits);
        }

        TaxAmount toTaxAmount() {
            if (rounding == TaxRounding.PER_LINE) {
                return new TaxAmount(rate, money(roundedTaxable), money(roundedTax));
            }
            return new TaxAmount(rate, money(round(exactBase.movePointLeft(digits))),
                    money(round(exactTax.movePointLeft(digits))));
        }
    }
}

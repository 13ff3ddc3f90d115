package dev.clientportal.core.pricing;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes document totals. One instance per calculation; not thread-safe.
 *
 * <p>Each line is rounded to minor units once (its net). The document discount is split over the lines in whole
 * minor units (largest remainder), so per-line taxable amounts sum exactly to the discounted subtotal. Taxes are
 * then rounded per line or once per rate for the document; in the per-document mode they are charged on the
 * exact, unrounded line amounts.
 */
final class TotalsCalculator {

    private final CurrencyUnit currency;
    private final int digits;
    private final List<LineItem> lines;
    private final Discount discount;
    private final TaxRounding rounding;
    private final boolean taxExempt;
    private final List<RateAccumulator> rates = new ArrayList<>(4);

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
        BigDecimal[] exactNets = new BigDecimal[count];
        long[] gross = new long[count];
        long[] nets = new long[count];
        long subtotal = 0;
        for (int i = 0; i < count; i++) {
            LineItem line = lines.get(i);
            line.unitPrice().requireCurrency(currency, "lines[" + i + "].unitPrice");
            BigDecimal product = line.quantity().multiply(line.unitPrice().amount());
            gross[i] = round(product);
            exactNets[i] = applyLineDiscount(line, product);
            nets[i] = round(exactNets[i]);
            subtotal = Math.addExact(subtotal, nets[i]);
        }
        long documentDiscount = documentDiscount(subtotal);
        long[] shares = shareDiscount(documentDiscount, nets, subtotal);

        List<LineTotals> lineTotals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long taxable = nets[i] - shares[i];
            List<Money> lineTaxes = taxExempt ? List.of() : taxLine(lines.get(i), taxable, exactNets[i], shares[i]);
            lineTotals.add(new LineTotals(money(gross[i]), money(gross[i] - nets[i]), money(nets[i]),
                    money(shares[i]), money(taxable), lineTaxes));
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

    private BigDecimal applyLineDiscount(LineItem line, BigDecimal product) {
        Discount lineDiscount = line.discount();
        if (lineDiscount instanceof Discount.Percent percent) {
            return product.subtract(product.multiply(percent.percentage().fraction()));
        }
        if (lineDiscount instanceof Discount.Amount amount) {
            return product.subtract(amount.amount().amount());
        }
        return product;
    }

    private long documentDiscount(long subtotal) {
        if (discount instanceof Discount.Percent percent) {
            return round(BigDecimal.valueOf(subtotal, digits).multiply(percent.percentage().fraction()));
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

    private long[] shareDiscount(long documentDiscount, long[] nets, long subtotal) {
        long[] shares = new long[nets.length];
        if (documentDiscount == 0 || subtotal == 0) {
            return shares;
        }
        Money[] parts = money(documentDiscount).allocate(nets);
        for (int i = 0; i < parts.length; i++) {
            shares[i] = parts[i].minorUnits();
        }
        return shares;
    }

    private List<Money> taxLine(LineItem line, long taxable, BigDecimal exactNet, long share) {
        List<TaxRate> taxes = line.taxes();
        if (taxes.isEmpty()) {
            return List.of();
        }
        if (rounding == TaxRounding.PER_LINE) {
            Money[] lineTaxes = new Money[taxes.size()];
            long earlierTaxes = 0;
            for (int t = 0; t < taxes.size(); t++) {
                TaxRate rate = taxes.get(t);
                long base = rate.compound() ? taxable + earlierTaxes : taxable;
                long tax = round(BigDecimal.valueOf(base, digits).multiply(rate.rate().fraction()));
                accumulator(rate).addRounded(base, tax);
                earlierTaxes += tax;
                lineTaxes[t] = money(tax);
            }
            return List.of(lineTaxes);
        }
        BigDecimal exactTaxable = share == 0 ? exactNet : exactNet.subtract(BigDecimal.valueOf(share, digits));
        BigDecimal earlierTaxes = BigDecimal.ZERO;
        for (TaxRate rate : taxes) {
            BigDecimal base = rate.compound() ? exactTaxable.add(earlierTaxes) : exactTaxable;
            BigDecimal tax = base.multiply(rate.rate().fraction());
            accumulator(rate).addExact(base, tax);
            earlierTaxes = earlierTaxes.add(tax);
        }
        return List.of();
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

    private long round(BigDecimal amount) {
        return Money.of(amount, currency, DocumentTotals.ROUNDING).minorUnits();
    }

    private Money money(long minorUnits) {
        return Money.ofMinor(minorUnits, currency);
    }

    /** Sums one rate over the lines, either as rounded figures or exactly. */
    private final class RateAccumulator {
        private final TaxRate rate;
        private long roundedTaxable;
        private long roundedTax;
        private BigDecimal exactTaxable = BigDecimal.ZERO;
        private BigDecimal exactTax = BigDecimal.ZERO;

        RateAccumulator(TaxRate rate) {
            this.rate = rate;
        }

        void addRounded(long taxable, long tax) {
            roundedTaxable = Math.addExact(roundedTaxable, taxable);
            roundedTax = Math.addExact(roundedTax, tax);
        }

        void addExact(BigDecimal taxable, BigDecimal tax) {
            exactTaxable = exactTaxable.add(taxable);
            exactTax = exactTax.add(tax);
        }

        TaxAmount toTaxAmount() {
            if (rounding == TaxRounding.PER_LINE) {
                return new TaxAmount(rate, money(roundedTaxable), money(roundedTax));
            }
            return new TaxAmount(rate, money(round(exactTaxable)), money(round(exactTax)));
        }
    }
}

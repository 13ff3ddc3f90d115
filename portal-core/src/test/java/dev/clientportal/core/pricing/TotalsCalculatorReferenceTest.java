package dev.clientportal.core.pricing;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.testing.Seed;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calculator works on scaled longs with a BigDecimal fallback. This test holds it to a plain BigDecimal
 * implementation of the same rules, over random documents that include amounts large enough to force every
 * fallback path.
 */
class TotalsCalculatorReferenceTest {

    private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.BHD);

    @Test
    void fastArithmeticGivesExactlyWhatPlainBigDecimalArithmeticGives() {
        Seed seed = Seed.from("pricing.seed");
        Random random = seed.random();
        for (int document = 0; document < 20_000; document++) {
            CurrencyUnit currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            boolean huge = random.nextInt(10) == 0;
            List<LineItem> lines = randomLines(random, currency, huge);
            Discount discount = randomDiscount(random, currency, lines);
            TaxRounding rounding = random.nextBoolean() ? TaxRounding.PER_LINE : TaxRounding.PER_DOCUMENT;
            boolean exempt = random.nextInt(8) == 0;
            String context = seed + ", document " + document;

            Object expected = outcome(() -> reference(currency, lines, discount, rounding, exempt));
            Object actual = outcome(() -> DocumentTotals.calculate(currency, lines, discount, rounding, exempt));
            assertThat(actual).as(context).isEqualTo(expected);
        }
    }

    private static Object outcome(java.util.function.Supplier<DocumentTotals> calculation) {
        try {
            DocumentTotals totals = calculation.get();
            return List.of(totals.subtotal(), totals.discount(), totals.taxes(), totals.taxTotal(), totals.total(),
                    totals.lines());
        } catch (PortalException e) {
            return e.errorCode();
        } catch (ArithmeticException e) {
            return dev.clientportal.core.kernel.ErrorCode.AMOUNT_OUT_OF_RANGE;
        }
    }

    private static List<LineItem> randomLines(Random random, CurrencyUnit currency, boolean huge) {
        List<TaxRate> rates = List.of(TaxRate.of("A", decimal(random, 2, 25)), TaxRate.of("B", decimal(random, 4, 10)),
                TaxRate.compound("C", decimal(random, 3, 12)), TaxRate.compound("D", "9.975"));
        int count = 1 + random.nextInt(12);
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(huge ? 2_000_000 : 500),
                    random.nextInt(huge ? 7 : 3));
            long price = huge ? Math.abs(random.nextLong() % 10_000_000_000_000L) : random.nextInt(200_000);
            List<TaxRate> taxes = new ArrayList<>();
            for (TaxRate rate : rates) {
                if (random.nextInt(3) == 0) {
                    taxes.add(rate);
                }
            }
            LineItem line = new LineItem("line " + i, quantity, "", Money.ofMinor(price, currency), Discount.none(),
                    taxes);
            int kind = random.nextInt(4);
            if (kind == 1) {
                line = line.withDiscount(new Discount.Percent(new Percentage(new BigDecimal(decimal(random, 6, 100)))));
            } else if (kind == 2 && price > 0) {
                long gross = quantity.multiply(BigDecimal.valueOf(price)).longValue();
                line = line.withDiscount(Discount.amount(Money.ofMinor(random.nextLong(Math.max(1, gross / 2 + 1)),
                        currency)));
            }
            lines.add(line);
        }
        return lines;
    }

    private static Discount randomDiscount(Random random, CurrencyUnit currency, List<LineItem> lines) {
        return switch (random.nextInt(3)) {
            case 0 -> Discount.none();
            case 1 -> new Discount.Percent(new Percentage(new BigDecimal(decimal(random, 3, 50))));
            default -> Discount.amount(Money.ofMinor(random.nextInt(500), currency));
        };
    }

    private static String decimal(Random random, int scale, int max) {
        return BigDecimal.valueOf(random.nextInt(max * (int) Math.pow(10, Math.min(scale, 4))),
                Math.min(scale, 4)).toPlainString();
    }

    /** The rules, written as plainly as possible with BigDecimal. */
    static DocumentTotals reference(CurrencyUnit currency, List<LineItem> lines, Discount discount,
                                    TaxRounding rounding, boolean exempt) {
        int n = lines.size();
        long[] gross = new long[n];
        long[] nets = new long[n];
        BigDecimal[] exactNets = new BigDecimal[n];
        long subtotal = 0;
        for (int i = 0; i < n; i++) {
            LineItem line = lines.get(i);
            BigDecimal product = line.quantity().multiply(line.unitPrice().amount());
            gross[i] = round(product, currency);
            exactNets[i] = product;
            if (line.discount() instanceof Discount.Percent p) {
                exactNets[i] = product.subtract(product.multiply(p.percentage().fraction()));
            } else if (line.discount() instanceof Discount.Amount a) {
                exactNets[i] = product.subtract(a.amount().amount());
            }
            nets[i] = round(exactNets[i], currency);
            subtotal = Math.addExact(subtotal, nets[i]);
        }
        long documentDiscount = 0;
        if (discount instanceof Discount.Percent p) {
            documentDiscount = round(BigDecimal.valueOf(subtotal, currency.minorDigits())
                    .multiply(p.percentage().fraction()), currency);
        } else if (discount instanceof Discount.Amount a) {
            if (a.amount().minorUnits() > subtotal) {
                throw new PortalException(dev.clientportal.core.kernel.ErrorCode.DISCOUNT_EXCEEDS_AMOUNT, "too much");
            }
            documentDiscount = a.amount().minorUnits();
        }
        long[] shares = documentDiscount == 0 || subtotal == 0 ? new long[n]
                : Money.ofMinor(documentDiscount, currency).allocateMinorUnits(nets);
        // Per line: each line's taxes are rounded and summed per rate. Per document (EN 16931 BR-CO-17): the base
        // of a rate is the sum of the rounded taxable line amounts and its tax is base × rate, rounded once. A
        // compound rate's base adds the earlier taxes of the lines sharing its list of rates, each rounded once.
        // (Until BR-CO-17 was adopted the per-document tax was charged on the unrounded line amounts, so some rows
        // printed a base whose rate did not give the printed tax; the figures of those documents changed.)
        Map<TaxRate, BigDecimal[]> perRate = new LinkedHashMap<>();
        Map<List<TaxRate>, BigDecimal> groups = new LinkedHashMap<>();
        List<LineTotals> lineTotals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<TaxRate> taxes = exempt ? List.of() : lines.get(i).taxes();
            BigDecimal taxable = BigDecimal.valueOf(nets[i] - shares[i], currency.minorDigits());
            long[] lineTaxes = new long[rounding == TaxRounding.PER_LINE ? taxes.size() : 0];
            if (rounding == TaxRounding.PER_LINE) {
                BigDecimal earlier = BigDecimal.ZERO;
                for (int t = 0; t < taxes.size(); t++) {
                    TaxRate rate = taxes.get(t);
                    BigDecimal base = rate.compound() ? taxable.add(earlier) : taxable;
                    long tax = round(base.multiply(rate.rate().fraction()), currency);
                    lineTaxes[t] = tax;
                    BigDecimal[] sums = perRate.computeIfAbsent(rate, r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    sums[0] = sums[0].add(base);
                    sums[1] = sums[1].add(BigDecimal.valueOf(tax, currency.minorDigits()));
                    earlier = earlier.add(BigDecimal.valueOf(tax, currency.minorDigits()));
                }
            } else if (!taxes.isEmpty()) {
                groups.merge(taxes, taxable, BigDecimal::add);
            }
            lineTotals.add(new LineTotals(currency, gross[i], nets[i], shares[i], lineTaxes));
        }
        for (Map.Entry<List<TaxRate>, BigDecimal> group : groups.entrySet()) {
            BigDecimal earlier = BigDecimal.ZERO;
            for (TaxRate rate : group.getKey()) {
                BigDecimal base = rate.compound() ? group.getValue().add(earlier) : group.getValue();
                BigDecimal[] sums = perRate.computeIfAbsent(rate, r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(base);
                earlier = earlier.add(BigDecimal.valueOf(round(base.multiply(rate.rate().fraction()), currency),
                        currency.minorDigits()));
            }
        }
        List<TaxAmount> summary = new ArrayList<>();
        long taxTotal = 0;
        for (Map.Entry<TaxRate, BigDecimal[]> entry : perRate.entrySet()) {
            BigDecimal base = entry.getValue()[0];
            long tax = rounding == TaxRounding.PER_LINE ? round(entry.getValue()[1], currency)
                    : round(base.multiply(entry.getKey().rate().fraction()), currency);
            summary.add(new TaxAmount(entry.getKey(), Money.ofMinor(round(base, currency), currency),
                    Money.ofMinor(tax, currency)));
            taxTotal = Math.addExact(taxTotal, tax);
        }
        return new DocumentTotals(currency, lineTotals, Money.ofMinor(subtotal, currency),
                Money.ofMinor(documentDiscount, currency), summary, Money.ofMinor(taxTotal, currency),
                Money.ofMinor(Math.addExact(subtotal - documentDiscount, taxTotal), currency));
    }

    private static long round(BigDecimal amount, CurrencyUnit currency) {
        return amount.setScale(currency.minorDigits(), RoundingMode.HALF_UP).movePointRight(currency.minorDigits())
                .longValueExact();
    }
}

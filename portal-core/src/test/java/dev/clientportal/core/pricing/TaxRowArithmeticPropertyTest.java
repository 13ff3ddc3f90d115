package dev.clientportal.core.pricing;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.testing.Seed;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic a reader or an e-invoice validator does on a printed document holds on random invoices: per
 * document, every tax row is its printed base × rate rounded once (EN 16931 BR-CO-17) and the total is the sum of
 * the printed line amounts and taxes; per line, every line tax is its line's base × rate and each row sums them.
 * Crediting the lines in random parts sums exactly to the invoice. Re-run a failure with
 * {@code -Dportal.taxrows.seed=<seed>}.
 */
class TaxRowArithmeticPropertyTest {

    private static final int INVOICES = 10_000;
    private static final CurrencyUnit[] CURRENCIES = {CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.EUR,
        CurrencyUnit.BHD};
    private static final List<TaxRate> RATES = List.of(TaxRate.of("IVA", "22"), TaxRate.of("Reduced", "5.5"),
            TaxRate.of("Sales", "8.875"), TaxRate.of("GST", "5"), TaxRate.compound("QST", "9.975"),
            TaxRate.of("VAT", "19"), TaxRate.of("Zero", "0"));

    private final Seed seed = Seed.from("portal.taxrows.seed");
    private final Random random = seed.random();

    @Test
    void everyPerDocumentTaxRowIsItsPrintedBaseTimesItsRateRoundedOnce() {
        for (int n = 0; n < INVOICES; n++) {
            Invoice invoice = invoice(n, TaxRounding.PER_DOCUMENT);
            DocumentTotals totals = invoice.totals();
            for (TaxAmount row : totals.taxes()) {
                assertThat(row.tax()).as(invoice.described(row)).isEqualTo(times(row.taxable(), row.rate()));
            }
            assertThat(totals.lines()).as(invoice.described()).allSatisfy(line -> assertThat(line.taxes()).isEmpty());
            checkTotal(invoice, totals);
        }
    }

    @Test
    void everyPerLineTaxIsItsLineBaseTimesItsRateAndEachRowSumsThem() {
        for (int n = 0; n < INVOICES; n++) {
            Invoice invoice = invoice(n, TaxRounding.PER_LINE);
            DocumentTotals totals = invoice.totals();
            List<Money> rowBases = new ArrayList<>();
            List<Money> rowTaxes = new ArrayList<>();
            for (TaxAmount row : totals.taxes()) {
                rowBases.add(Money.zero(totals.currency()));
                rowTaxes.add(Money.zero(totals.currency()));
            }
            for (int i = 0; i < invoice.lines.size(); i++) {
                LineTotals line = totals.lines().get(i);
                Money earlier = Money.zero(totals.currency());
                List<TaxRate> rates = invoice.lines.get(i).taxes();
                for (int t = 0; t < rates.size(); t++) {
                    Money base = rates.get(t).compound() ? line.taxable().plus(earlier) : line.taxable();
                    assertThat(line.taxes().get(t)).as(invoice.described()).isEqualTo(times(base, rates.get(t)));
                    int row = row(totals, rates.get(t));
                    rowBases.set(row, rowBases.get(row).plus(base));
                    rowTaxes.set(row, rowTaxes.get(row).plus(line.taxes().get(t)));
                    earlier = earlier.plus(line.taxes().get(t));
                }
            }
            for (int row = 0; row < totals.taxes().size(); row++) {
                assertThat(totals.taxes().get(row).taxable()).as(invoice.described()).isEqualTo(rowBases.get(row));
                assertThat(totals.taxes().get(row).tax()).as(invoice.described()).isEqualTo(rowTaxes.get(row));
            }
            checkTotal(invoice, totals);
        }
    }

    @Test
    void creditingEveryLineInRandomPartsSumsExactlyToTheInvoice() {
        for (int n = 0; n < INVOICES; n++) {
            Invoice invoice = invoice(n, random.nextBoolean() ? TaxRounding.PER_LINE : TaxRounding.PER_DOCUMENT);
            DocumentTotals totals = invoice.totals();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < invoice.lines.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            Set<Integer> taken = new HashSet<>();
            Money credited = Money.zero(totals.currency());
            Money taxCredited = Money.zero(totals.currency());
            int from = 0;
            while (from < order.size()) {
                int to = from + 1 + random.nextInt(order.size() - from);
                List<Integer> part = order.subList(from, to);
                DocumentTotals credit = DocumentTotals.part(totals.currency(), invoice.lines, invoice.discount,
                        invoice.rounding, false, taken, part);
                Money partTaxes = Money.zero(totals.currency());
                for (TaxAmount row : credit.taxes()) {
                    assertThat(row.tax().isNegative() || row.taxable().isNegative()).as(invoice.described()).isFalse();
                    partTaxes = partTaxes.plus(row.tax());
                }
                assertThat(credit.total()).as(invoice.described())
                        .isEqualTo(credit.subtotal().minus(credit.discount()).plus(partTaxes));
                credited = credited.plus(credit.total());
                taxCredited = taxCredited.plus(credit.taxTotal());
                assertThat(credited.isGreaterThan(totals.total())).as(invoice.described()).isFalse();
                taken.addAll(part);
                from = to;
            }
            assertThat(credited).as(invoice.described()).isEqualTo(totals.total());
            assertThat(taxCredited).as(invoice.described()).isEqualTo(totals.taxTotal());
        }
    }

    /** total = Σ printed taxable line amounts + Σ printed taxes = subtotal − discount + Σ taxes. */
    private static void checkTotal(Invoice invoice, DocumentTotals totals) {
        Money lines = Money.zero(totals.currency());
        for (LineTotals line : totals.lines()) {
            lines = lines.plus(line.taxable());
        }
        Money taxes = Money.zero(totals.currency());
        for (TaxAmount row : totals.taxes()) {
            taxes = taxes.plus(row.tax());
        }
        assertThat(totals.total()).as(invoice.described()).isEqualTo(lines.plus(taxes));
        assertThat(totals.total()).as(invoice.described())
                .isEqualTo(totals.subtotal().minus(totals.discount()).plus(taxes));
    }

    private static int row(DocumentTotals totals, TaxRate rate) {
        for (int i = 0; i < totals.taxes().size(); i++) {
            if (totals.taxes().get(i).rate().equals(rate)) {
                return i;
            }
        }
        throw new AssertionError("no tax row for " + rate);
    }

    /** What a reader computes: the amount times the rate, rounded half-up to the currency's minor unit. */
    private static Money times(Money amount, TaxRate rate) {
        BigDecimal product = amount.amount().multiply(rate.rate().fraction());
        return Money.of(product.setScale(amount.currency().minorDigits(), RoundingMode.HALF_UP), amount.currency());
    }

    private Invoice invoice(int number, TaxRounding rounding) {
        CurrencyUnit currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        int count = 1 + random.nextInt(8);
        List<LineItem> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 20 : 50_000),
                    random.nextInt(4));
            Money price = Money.ofMinor(random.nextInt(random.nextBoolean() ? 10_000 : 5_000_000), currency);
            Discount discount = random.nextInt(3) == 0
                    ? new Discount.Percent(new Percentage(BigDecimal.valueOf(random.nextInt(5_001), 2)))
                    : Discount.none();
            List<TaxRate> shuffled = new ArrayList<>(RATES);
            Collections.shuffle(shuffled, random);
            lines.add(new LineItem("Line " + i, quantity, "", price, discount,
                    List.copyOf(shuffled.subList(0, random.nextInt(4)))));
        }
        Discount discount = switch (random.nextInt(3)) {
            case 0 -> new Discount.Percent(new Percentage(BigDecimal.valueOf(random.nextInt(10_001), 2)));
            case 1 -> {
                long subtotal = DocumentTotals.calculate(currency, lines, Discount.none(), rounding, true)
                        .subtotal().minorUnits();
                yield Discount.amount(Money.ofMinor(subtotal == 0 ? 0 : random.nextLong(subtotal + 1), currency));
            }
            default -> Discount.none();
        };
        return new Invoice(seed, number, currency, lines, discount, rounding);
    }

    /** One random invoice and how to describe it in a failure. */
    private record Invoice(Seed seed, int number, CurrencyUnit currency, List<LineItem> lines, Discount discount,
                           TaxRounding rounding) {

        DocumentTotals totals() {
            return DocumentTotals.calculate(currency, lines, discount, rounding, false);
        }

        Supplier<String> described() {
            return () -> seed + ", invoice #" + number + " (" + rounding + "): " + lines + " less " + discount;
        }

        Supplier<String> described(TaxAmount row) {
            return () -> described().get() + ", row " + row;
        }
    }
}

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Totals equal the sum of their rounded parts, to the minor unit, over random invoices in JPY, USD and BHD with
 * both tax roundings, line and invoice discounts, and zero to three taxes per line (some compound). Re-run a
 * failure with {@code -Dportal.totals.seed=<seed>}.
 */
class DocumentTotalsPropertyTest {

    private static final int INVOICES = 100_000;
    private static final CurrencyUnit[] CURRENCIES = {CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.BHD};
    private static final List<TaxRate> RATES = List.of(TaxRate.of("VAT", "19"), TaxRate.of("Reduced", "5.5"),
            TaxRate.of("Sales", "8.875"), TaxRate.of("GST", "5"), TaxRate.compound("QST", "9.975"),
            TaxRate.compound("City", "0.5"), TaxRate.of("Zero", "0"));

    private final Seed seed = Seed.from("portal.totals.seed");
    private final Random random = seed.random();

    @Test
    void totalsAreTheSumOfTheirRoundedParts() {
        for (int n = 0; n < INVOICES; n++) {
            CurrencyUnit currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            TaxRounding rounding = random.nextBoolean() ? TaxRounding.PER_LINE : TaxRounding.PER_DOCUMENT;
            boolean exempt = random.nextInt(20) == 0;
            List<LineItem> lines = lines(currency);
            Discount discount = invoiceDiscount(currency, lines, rounding);
            DocumentTotals totals = DocumentTotals.calculate(currency, lines, discount, rounding, exempt);
            int number = n;
            Supplier<String> described = () -> seed + ", invoice #" + number + ": " + lines + " less " + discount
                    + ", " + rounding + (exempt ? ", exempt" : "");
            checkSums(totals, lines, rounding, exempt, described);
        }
    }

    private static void checkSums(DocumentTotals totals, List<LineItem> lines, TaxRounding rounding, boolean exempt,
                                  Supplier<String> described) {
        CurrencyUnit currency = totals.currency();
        Money taxSummary = sum(currency, totals.taxes().stream().map(TaxAmount::tax).toList());
        assertThat(totals.taxTotal()).as(described).isEqualTo(taxSummary);
        assertThat(totals.total()).as(described).isEqualTo(totals.subtotal().minus(totals.discount()).plus(taxSummary));
        assertThat(totals.subtotal()).as(described)
                .isEqualTo(sum(currency, totals.lines().stream().map(LineTotals::net).toList()));
        assertThat(sum(currency, totals.lines().stream().map(LineTotals::taxable).toList())).as(described)
                .isEqualTo(totals.subtotal().minus(totals.discount()));
        assertThat(totals.discount().isNegative()).as(described).isFalse();

        Map<TaxRate, Money> lineTaxesPerRate = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            LineTotals line = totals.lines().get(i);
            assertThat(line.gross().minus(line.lineDiscount())).as(described).isEqualTo(line.net());
            assertThat(line.net().minus(line.documentDiscount())).as(described).isEqualTo(line.taxable());
            assertThat(line.taxable().isNegative() || line.documentDiscount().isNegative()).as(described).isFalse();
            boolean taxedOnLine = rounding == TaxRounding.PER_LINE && !exempt;
            assertThat(line.taxes()).as(described).hasSize(taxedOnLine ? lines.get(i).taxes().size() : 0);
            for (int t = 0; t < line.taxes().size(); t++) {
                lineTaxesPerRate.merge(lines.get(i).taxes().get(t), line.taxes().get(t), Money::plus);
            }
        }
        if (exempt) {
            assertThat(totals.taxes()).as(described).isEmpty();
        }
        for (TaxAmount summary : totals.taxes()) {
            BigDecimal nominal = summary.taxable().amount().multiply(summary.rate().rate().fraction());
            BigDecimal deviation = summary.tax().amount().subtract(nominal).abs();
            if (rounding == TaxRounding.PER_LINE) {
                assertThat(summary.tax()).as(rated(described, summary))
                        .isEqualTo(lineTaxesPerRate.get(summary.rate()));
                // each line rounds by at most half a minor unit
                assertThat(deviation).as(rated(described, summary))
                        .isLessThanOrEqualTo(halfUnits(currency, lines.size()));
            } else {
                // one rounding of the tax on the shown taxable amount (BR-CO-17): at most half a unit apart
                assertThat(deviation).as(rated(described, summary))
                        .isLessThanOrEqualTo(halfUnits(currency, 1));
            }
        }
    }

    private static Supplier<String> rated(Supplier<String> described, TaxAmount summary) {
        return () -> described.get() + ", rate " + summary.rate();
    }

    private List<LineItem> lines(CurrencyUnit currency) {
        int count = 1 + random.nextInt(6);
        List<LineItem> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 10 : 100_000),
                    random.nextInt(4));
            Money price = Money.ofMinor(random.nextInt(5) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 1000 : 10_000_000),
                    currency);
            lines.add(new LineItem("Line " + i, quantity, "", price, lineDiscount(quantity, price), taxes()));
        }
        return lines;
    }

    private Discount lineDiscount(BigDecimal quantity, Money price) {
        return switch (random.nextInt(4)) {
            case 0 -> new Discount.Percent(percentage());
            case 1 -> {
                long lineMinor = quantity.multiply(price.amount()).movePointRight(price.currency().minorDigits())
                        .setScale(0, RoundingMode.FLOOR).longValueExact();
                yield Discount.amount(Money.ofMinor(lineMinor == 0 ? 0 : random.nextLong(lineMinor + 1),
                        price.currency()));
            }
            default -> Discount.none();
        };
    }

    /** An invoice discount; an amount is chosen up to the subtotal so it is never rejected. */
    private Discount invoiceDiscount(CurrencyUnit currency, List<LineItem> lines, TaxRounding rounding) {
        return switch (random.nextInt(3)) {
            case 0 -> new Discount.Percent(percentage());
            case 1 -> {
                long subtotal = DocumentTotals.calculate(currency, lines, Discount.none(), rounding, true)
                        .subtotal().minorUnits();
                yield Discount.amount(Money.ofMinor(subtotal == 0 ? 0 : random.nextLong(subtotal + 1), currency));
            }
            default -> Discount.none();
        };
    }

    private List<TaxRate> taxes() {
        List<TaxRate> shuffled = new ArrayList<>(RATES);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, random.nextInt(4)));
    }

    private Percentage percentage() {
        return new Percentage(BigDecimal.valueOf(random.nextInt(10_001), 2));
    }

    private static BigDecimal halfUnits(CurrencyUnit currency, int halves) {
        return BigDecimal.valueOf(halves, currency.minorDigits()).divide(BigDecimal.valueOf(2));
    }

    private static Money sum(CurrencyUnit currency, List<Money> amounts) {
        Money sum = Money.zero(currency);
        for (Money amount : amounts) {
            sum = sum.plus(amount);
        }
        return sum;
    }
}

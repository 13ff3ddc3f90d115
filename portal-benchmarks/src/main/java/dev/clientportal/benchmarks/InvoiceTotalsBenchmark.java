package dev.clientportal.benchmarks;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Totals of an invoice with two taxes on every line (a state tax and a compound city tax), a line discount on
 * every third line and an invoice-level discount: targets 20 lines ≤ 5 µs, 1,000 lines ≤ 100 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InvoiceTotalsBenchmark {

    /** How many lines the invoice has. */
    @Param({"20", "1000"})
    public int lines;

    /** Where taxes are rounded. */
    @Param({"PER_LINE", "PER_DOCUMENT"})
    public TaxRounding rounding;

    private List<LineItem> items;
    private final Discount invoiceDiscount = Discount.percent("2.5");

    /** Builds the lines once, with a fixed seed. */
    @Setup
    public void prepare() {
        TaxRate state = TaxRate.of("State tax", "6.25");
        TaxRate city = TaxRate.compound("City tax", "2.125");
        Random random = new Random(42);
        items = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            LineItem line = new LineItem("Line " + i, new java.math.BigDecimal(random.nextInt(400) + 1).movePointLeft(1),
                    "h", Money.ofMinor(random.nextInt(50_000) + 1, CurrencyUnit.USD), Discount.none(),
                    List.of(state, city));
            items.add(i % 3 == 0 ? line.withDiscount(Discount.percent("10")) : line);
        }
    }

    /** Computes every line, the discount allocation, the tax summary and the total. */
    @Benchmark
    public DocumentTotals totals() {
        return DocumentTotals.calculate(CurrencyUnit.USD, items, invoiceDiscount, rounding, false);
    }
}

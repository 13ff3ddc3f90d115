package dev.clientportal.benchmarks;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.workspace.NumberingPattern;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issuing one million invoices with the in-memory numbering from two threads: each issue takes the next number of
 * the workspace's {@code INV-{yyyy}-{seq:5}} scope from the in-memory {@code NumberSequence} inside an in-memory
 * transaction, formats it, and moves a draft to OPEN with it ({@code Invoice.issue}). The teardown fails the run
 * unless the numbers are exactly 1..1,000,000. Target: ≥ 500k issued per second.
 *
 * <p>This is the numbering path of issuing. {@link InvoiceIssuingBenchmark} measures the whole
 * {@code invoicing().issue} use case around it (load, audit hash-chain entry, store, events).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, batchSize = InvoiceNumberingBenchmark.PER_THREAD)
@Measurement(iterations = 10, batchSize = InvoiceNumberingBenchmark.PER_THREAD)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class InvoiceNumberingBenchmark {

    static final int PER_THREAD = 500_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final NumberingPattern pattern = WorkspaceSettings.DEFAULT_INVOICE_NUMBERING;
    private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    private final String scope = "invoice:" + pattern.scope(TODAY);
    private Invoice draft;
    private PortalStores stores;
    private long[] issued;
    private final AtomicInteger next = new AtomicInteger();

    /** Fresh stores and an empty record of issued numbers before each iteration. */
    @Setup(Level.Iteration)
    public void prepare(BenchmarkParams params) {
        stores = InMemoryStores.create();
        issued = new long[params.getThreads() * PER_THREAD];
        next.set(0);
        InvoiceContent content = new InvoiceContent(CurrencyUnit.USD, List.of(LineItem.of("Design", "3", "h",
                Money.of("95.00", CurrencyUnit.USD), TaxRate.of("VAT", "20"))), Discount.none(), "", "",
                PaymentTerms.net(30), LateFeePolicy.none(), PaymentSchedule.NONE, TaxRounding.PER_LINE, false, null);
        draft = Invoice.draft(new InvoiceId(UUID.randomUUID()), workspace, new ClientId(UUID.randomUUID()), content,
                Instant.parse("2026-03-02T09:00:00Z"));
    }

    /** Takes the next number in a transaction and issues a draft with it. */
    @Benchmark
    public Invoice issueWithNextNumber() {
        long sequence = stores.transactions().inTransaction(() -> stores.numberSequence().next(workspace, scope));
        Invoice open = draft.issue(pattern.format(TODAY, sequence), TODAY);
        issued[next.getAndIncrement()] = sequence;
        return open;
    }

    /** Fails the run unless every number from 1 to the count was handed out exactly once. */
    @TearDown(Level.Iteration)
    public void checkNumbersAreUniqueAndGapless() {
        boolean[] seen = new boolean[issued.length + 1];
        for (long sequence : issued) {
            if (sequence < 1 || sequence > issued.length || seen[(int) sequence]) {
                throw new IllegalStateException("number " + sequence + " is out of range or was handed out twice");
            }
            seen[(int) sequence] = true;
        }
    }
}

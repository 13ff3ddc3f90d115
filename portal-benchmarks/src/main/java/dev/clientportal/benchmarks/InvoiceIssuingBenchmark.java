package dev.clientportal.benchmarks;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues one million drafts through {@code invoicing().issue()} — load, validate, take the next number from the
 * in-memory {@code NumberSequence}, save, append the hash-chained audit entry after the workspace's chain head,
 * write the event to the outbox and relay it after commit — from two threads, then checks that the numbers are
 * exactly 1..1,000,000 and that the outbox is empty (every event delivered). Runs on the in-memory stores in both
 * modes: one global lock ({@code SERIALIZED}) and per-row locks like a database ({@code ROW_LOCKS}).
 *
 * <p>Each measured iteration is one batch of 500,000 issues per thread (single shot); the drafts are created in
 * the iteration's setup, outside the measurement. Throughput = threads × 500,000 ÷ the iteration time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = InvoiceIssuingBenchmark.PER_THREAD)
@Measurement(iterations = 5, batchSize = InvoiceIssuingBenchmark.PER_THREAD)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class InvoiceIssuingBenchmark {

    static final int PER_THREAD = 500_000;

    /** The in-memory stores' transaction mode. */
    @Param({"SERIALIZED", "ROW_LOCKS"})
    public InMemoryStores.Mode mode;

    private InMemoryStores stores;
    private ClientPortal portal;
    private final AtomicLong delivered = new AtomicLong();
    private StaffPrincipal owner;
    private InvoiceId[] drafts;
    private int total;
    private final AtomicInteger next = new AtomicInteger();

    /** A fresh portal with one million drafts before each iteration. */
    @Setup(Level.Iteration)
    public void createDrafts(BenchmarkParams params) {
        total = params.getThreads() * PER_THREAD;
        stores = InMemoryStores.create(mode);
        delivered.set(0);
        portal = ClientPortal.builder()
                .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
                .stores(stores)
                .fileStore(stores.fileStore())
                .events(event -> delivered.incrementAndGet())
                .build();
        Workspace workspace = portal.workspaces().create(new CreateWorkspace("Acme Design", CurrencyUnit.USD,
                PaymentTerms.net(30)));
        owner = StaffPrincipal.of(workspace.id(), "owner@acme.example");
        Client client = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
        DraftInvoice content = DraftInvoice.forClient(client.id())
                .line("Design", "3", "h", Money.of("95.00", CurrencyUnit.USD), TaxRate.of("VAT", "20"));
        drafts = new InvoiceId[total];
        for (int i = 0; i < total; i++) {
            drafts[i] = portal.invoicing().createDraft(owner, content).id();
        }
        next.set(0);
        // The million drafts leave gigabytes of garbage behind; collect it now, so the measured issues do not pay
        // for collecting the setup's.
        System.gc();
    }

    /** Issues the next draft. */
    @Benchmark
    public Invoice issue() {
        return portal.invoicing().issue(owner, drafts[next.getAndIncrement()]);
    }

    /** Fails the run unless every draft was issued with a distinct number. */
    @TearDown(Level.Iteration)
    public void checkNumbersAreUniqueAndGapless() {
        Set<String> numbers = new HashSet<>(total * 2);
        for (InvoiceId id : drafts) {
            String number = portal.invoicing().get(owner, id).number();
            if (number == null || !numbers.add(number)) {
                throw new IllegalStateException("missing or duplicate number " + number);
            }
        }
        if (numbers.size() != total || !numbers.contains(String.format("INV-2026-%05d", total))) {
            throw new IllegalStateException("expected numbers 1.." + total + ", got " + numbers.size());
        }
        long waiting = stores.eventOutbox().undelivered();
        if (waiting != 0 || delivered.get() < total) {
            throw new IllegalStateException(waiting + " events left in the outbox, " + delivered.get()
                    + " delivered for " + total + " issues");
        }
    }
}

package dev.clientportal.benchmarks;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.audit.ChainVerification;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.kernel.WorkspaceId;
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

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Eight threads appending to ONE workspace's audit chain in memory, the way every use case audits: an
 * {@link AuditLog#record} (lock the chain's head, build the entry, SHA-256 it over the previous hash, store it) in
 * its own in-memory transaction. Appends of one workspace are serial by design — each links to the hash of the one
 * before — so this measures how fast the head lock hands over between threads. Target: ≥ 200k appends per second.
 *
 * <p>Each iteration starts an empty chain; its teardown verifies the whole chain (every link and hash, sequences
 * 1..n without a gap) and fails the run unless it is intact and holds exactly as many entries as were appended.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(8)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class AuditAppendBenchmark {

    private static final Map<String, String> DETAILS = Map.of("number", "INV-2026-00042", "total", "USD 1241.18",
            "dueDate", "2026-04-01");

    private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    private final String subject = UUID.randomUUID().toString();
    private final LongAdder appended = new LongAdder();
    private PortalStores stores;
    private AuditLog log;

    /** Fresh stores and an empty chain before each iteration, so the chain does not grow across iterations. */
    @Setup(Level.Iteration)
    public void prepare() {
        stores = InMemoryStores.create();
        Clock clock = Clock.systemUTC();
        log = new AuditLog(stores.auditTrail(), clock, IdGenerator.timeOrdered(clock));
        appended.reset();
    }

    /** Appends one entry to the workspace's chain in its own transaction. */
    @Benchmark
    public AuditEntry append() {
        AuditEntry entry = stores.transactions().inTransaction(() -> log.record(workspace,
                "staff:owner@acme.example", "invoice.issued", "invoice", subject, DETAILS));
        appended.increment();
        return entry;
    }

    /** Fails the run unless the chain verifies and holds every appended entry exactly once. */
    @TearDown(Level.Iteration)
    public void verifyTheChain() {
        ChainVerification verification = log.verify(workspace);
        long expected = appended.sum();
        if (!verification.intact() || verification.entriesChecked() != expected) {
            throw new IllegalStateException("the audit chain does not verify after " + expected + " appends: "
                    + verification);
        }
        System.out.println("chain verified: " + expected + " entries intact");
    }
}

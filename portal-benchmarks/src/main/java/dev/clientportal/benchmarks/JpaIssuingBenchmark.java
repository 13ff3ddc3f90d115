package dev.clientportal.benchmarks;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.StaffPrincipal;
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
import org.openjdk.jmh.infra.ThreadParams;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Issuing with gapless numbering on one workspace of the local PostgreSQL, against the bare bound of its counter
 * row, all in the same run. {@code issueOnTwoInstances}: sixteen threads call {@code invoicing().issue()}, eight on
 * each of two portals with their own entity manager factory and pool of nine connections (two host instances), each issue its own transaction: load, number, save, audit entry, outbox, commit,
 * then the relay delivers the event. The bounds: plain JDBC on the counter row of the same table, one transaction per
 * number, from sixteen connections and from one ({@code UPDATE … RETURNING}), and from sixteen as the adapter used to
 * ({@code SELECT … FOR UPDATE} then {@code UPDATE}). After every iteration the issued numbers are checked to be
 * exactly 1..n (and the bare counters to equal the commits counted); a gap or duplicate fails the run. Results are
 * numbers (invoices) per second. Target: issuing ≥ 90 % of the bare bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JpaIssuingBenchmark {

    /** Two host instances of eight threads each. */
    static final int INSTANCES = 2;
    static final int THREADS_PER_INSTANCE = 8;
    /** Drafts made before the trial: more than 35 s of issuing at 4k/s needs. */
    static final int DRAFTS = 150_000;

    private static final String BARE_SCOPE = "bare:{seq}";

    private BenchmarkDatabase database;
    private IssuingFixture fixture;
    private ClientPortal[] instances;
    private StaffPrincipal owner;
    private List<InvoiceId> drafts = List.of();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong bareCommits = new AtomicLong();
    private DataSource admin;

    /** The schema, two instances, the workspace, its bare counter row and, for the issuing run, the drafts. */
    @Setup(Level.Trial)
    public void open(BenchmarkParams params) throws SQLException {
        database = BenchmarkDatabase.create("bench_issuing");
        admin = database.pool(2);
        fixture = new IssuingFixture(admin);
        instances = new ClientPortal[INSTANCES];
        for (int i = 0; i < INSTANCES; i++) {
            // one connection more than threads: the adapter's first look at which database it talks to (in the
            // outbox relay) takes a second connection while the thread holds one
            instances[i] = fixture.portal(database.entityManagerFactory("instance-" + i, THREADS_PER_INSTANCE + 1,
                    Map.of("hibernate.jdbc.batch_size", "50")));
        }
        owner = fixture.workspace(instances[0]);
        try (Connection connection = admin.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into cp_number_sequence"
                     + " (workspace_id, scope, last_value) values (?, ?, 0)")) {
            insert.setObject(1, owner.workspaceId().value());
            insert.setString(2, BARE_SCOPE);
            insert.executeUpdate();
            connection.commit();
        }
        if (params.getBenchmark().endsWith("issueOnTwoInstances")) {
            drafts = fixture.drafts(instances[0], DRAFTS);
        }
    }

    /** Checks the numbers issued so far (1..n, each once) and the bare counter against the commits counted. */
    @TearDown(Level.Iteration)
    public void checkNoGapsNoDuplicates() throws SQLException {
        long issued = fixture.checkNumbersAreGaplessAndUnique(owner.workspaceId());
        if (issued != next.get()) {
            throw new IllegalStateException(next.get() + " issues taken, " + issued + " numbered");
        }
        fixture.checkEventsDelivered(issued);
        try (Connection connection = admin.getConnection();
             PreparedStatement query = connection.prepareStatement("select last_value from cp_number_sequence"
                     + " where workspace_id = ? and scope = ?")) {
            query.setObject(1, owner.workspaceId().value());
            query.setString(2, BARE_SCOPE);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (row.getLong(1) != bareCommits.get()) {
                    throw new IllegalStateException("bare counter at " + row.getLong(1) + " after "
                            + bareCommits.get() + " commits");
                }
            }
            connection.commit();
        }
    }

    /** Closes everything and drops the schema. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        database.close();
    }

    /** Which instance a thread is: even threads the first, odd ones the second. */
    @State(Scope.Thread)
    public static class Instance {
        int index;

        /** Picks the instance by the thread's index. */
        @Setup(Level.Trial)
        public void pick(ThreadParams thread) {
            index = thread.getThreadIndex() % INSTANCES;
        }
    }

    /** A thread's own JDBC connection for the bare bound. */
    @State(Scope.Thread)
    public static class BareConnection {
        Connection connection;
        PreparedStatement updateReturning;
        PreparedStatement selectForUpdate;
        PreparedStatement update;

        /** Opens the connection and prepares the statements. */
        @Setup(Level.Trial)
        public void open(JpaIssuingBenchmark benchmark) throws SQLException {
            connection = benchmark.database.pool(1).getConnection();
            updateReturning = connection.prepareStatement("update cp_number_sequence set last_value = last_value + 1"
                    + " where workspace_id = ? and scope = ? returning last_value");
            selectForUpdate = connection.prepareStatement("select last_value from cp_number_sequence"
                    + " where workspace_id = ? and scope = ? for update");
            update = connection.prepareStatement("update cp_number_sequence set last_value = ?"
                    + " where workspace_id = ? and scope = ?");
            for (PreparedStatement statement : List.of(updateReturning, selectForUpdate)) {
                statement.setObject(1, benchmark.owner.workspaceId().value());
                statement.setString(2, BARE_SCOPE);
            }
            update.setObject(2, benchmark.owner.workspaceId().value());
            update.setString(3, BARE_SCOPE);
        }

        /** Closes the connection. */
        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
        }
    }

    /**
     * The portal: one issue, its own transaction, on this thread's instance. Its warm-up is a minute: the JIT
     * compiles Hibernate's and the portal's paths for far longer than the bare bounds', and a short warm-up measures
     * the compiler.
     */
    @Benchmark
    @Threads(INSTANCES * THREADS_PER_INSTANCE)
    @Warmup(iterations = 3, time = 20)
    public Invoice issueOnTwoInstances(Instance instance) {
        int draft = next.getAndIncrement();
        if (draft >= drafts.size()) {
            throw new IllegalStateException("all " + drafts.size() + " drafts are issued; make more");
        }
        return instances[instance.index].invoicing().issue(owner, drafts.get(draft));
    }

    /** The bare bound: {@code UPDATE … RETURNING} and commit, sixteen connections on the one row. */
    @Benchmark
    @Threads(INSTANCES * THREADS_PER_INSTANCE)
    public long bareCounterSixteenConnections(BareConnection bare) throws SQLException {
        return updateReturning(bare);
    }

    /** The bare bound: {@code UPDATE … RETURNING} and commit from one connection. */
    @Benchmark
    @Threads(1)
    public long bareCounterOneConnection(BareConnection bare) throws SQLException {
        return updateReturning(bare);
    }

    /** The bare bound as the adapter used to take numbers: {@code SELECT … FOR UPDATE}, {@code UPDATE}, commit. */
    @Benchmark
    @Threads(INSTANCES * THREADS_PER_INSTANCE)
    public long bareSelectForUpdateSixteenConnections(BareConnection bare) throws SQLException {
        long value;
        try (ResultSet row = bare.selectForUpdate.executeQuery()) {
            row.next();
            value = row.getLong(1) + 1;
        }
        bare.update.setLong(1, value);
        bare.update.executeUpdate();
        bare.connection.commit();
        bareCommits.incrementAndGet();
        return value;
    }

    private long updateReturning(BareConnection bare) throws SQLException {
        long value;
        try (ResultSet row = bare.updateReturning.executeQuery()) {
            row.next();
            value = row.getLong(1);
        }
        bare.connection.commit();
        bareCommits.incrementAndGet();
        return value;
    }
}

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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Bulk issuing on the local PostgreSQL: {@code invoicing().issueAll()} of {@value #BATCH} drafts per call, one
 * transaction each (the drafts read in one statement, the numbers taken by one counter update, the invoices, open
 * amounts, audit entries and outbox events written as JDBC batches), through {@code JpaPortalStores} with the host
 * settings {@code hibernate.jdbc.batch_size=100}, {@code order_inserts} and {@code order_updates}, and the driver's
 * {@code reWriteBatchedInserts}. Each iteration issues {@value #BATCHES_PER_ITERATION} batches (single shot, the
 * drafts made in its setup); throughput = {@value #BATCHES_PER_ITERATION} × {@value #BATCH} ÷ the iteration time.
 * After every iteration the numbers are checked to be exactly 1..n. Target: ≥ 10k invoices/s.
 *
 * <p>The bound in the same run, {@code bareJdbcSameRows}: the same writes by hand on one JDBC connection, one
 * transaction per 1,000 drafts — the counter {@code UPDATE … RETURNING}, a locking read of the drafts' versions,
 * a JDBC batch of invoice updates, multi-row inserts of the open amounts, audit entries (after locking the audit
 * head) and outbox rows, commit, then the outbox rows deleted in a second transaction as the relay would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, batchSize = JpaBulkIssueBenchmark.BATCHES_PER_ITERATION)
@Measurement(iterations = 5, batchSize = JpaBulkIssueBenchmark.BATCHES_PER_ITERATION)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JpaBulkIssueBenchmark {

    /** Drafts per {@code issueAll}: the most one call takes. */
    static final int BATCH = 1_000;
    static final int BATCHES_PER_ITERATION = 20;

    private BenchmarkDatabase database;
    private IssuingFixture fixture;
    private ClientPortal portal;
    private StaffPrincipal owner;
    private List<InvoiceId> drafts = List.of();
    private int next;
    private long issuedBefore;
    private long bareIssued;
    private DataSource bare;
    private final UUID[] bareEvents = new UUID[BATCH];

    /** The schema, one instance and the workspace. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        database = BenchmarkDatabase.create("bench_bulk_issue");
        fixture = new IssuingFixture(database.pool(1));
        portal = fixture.portal(database.entityManagerFactory("bulk", 4, Map.of(
                "hibernate.jdbc.batch_size", "100",
                "hibernate.order_inserts", "true",
                "hibernate.order_updates", "true")));
        owner = fixture.workspace(portal);
        bare = database.pool(1);
        try (Connection connection = bare.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into cp_number_sequence"
                     + " (workspace_id, scope, last_value) values (?, 'bare:{seq}', 0)")) {
            insert.setObject(1, owner.workspaceId().value());
            insert.executeUpdate();
            connection.commit();
        }
    }

    /** The iteration's drafts. */
    @Setup(Level.Iteration)
    public void makeDrafts() throws SQLException {
        bareIssued = 0;
        drafts = fixture.drafts(portal, BATCH * BATCHES_PER_ITERATION);
        next = 0;
        issuedBefore = fixture.checkNumbersAreGaplessAndUnique(owner.workspaceId());
        System.gc();
    }

    /** Checks that the iteration issued every draft and the numbers are 1..n. */
    @TearDown(Level.Iteration)
    public void checkNoGapsNoDuplicates() throws SQLException {
        long issued = fixture.checkNumbersAreGaplessAndUnique(owner.workspaceId());
        if (issued + bareIssued != issuedBefore + drafts.size()) {
            throw new IllegalStateException((issued - issuedBefore) + " issued of " + drafts.size() + " drafts");
        }
        fixture.checkEventsDelivered(issued);
    }

    /** Closes everything and drops the schema. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        database.close();
    }

    /** The bound: the same rows written by hand, one transaction per 1,000 drafts. */
    @Benchmark
    public int bareJdbcSameRows() throws SQLException {
        List<InvoiceId> batch = drafts.subList(next, next + BATCH);
        next += BATCH;
        UUID workspace = owner.workspaceId().value();
        try (Connection connection = bare.getConnection()) {
            long first;
            try (PreparedStatement counter = connection.prepareStatement("update cp_number_sequence"
                    + " set last_value = last_value + ? where workspace_id = ? and scope = ? returning last_value")) {
                counter.setInt(1, BATCH);
                counter.setObject(2, workspace);
                counter.setString(3, "bare:{seq}");
                try (ResultSet row = counter.executeQuery()) {
                    row.next();
                    first = row.getLong(1) - BATCH + 1;
                }
            }
            UUID[] ids = batch.stream().map(InvoiceId::value).toArray(UUID[]::new);
            try (PreparedStatement lock = connection.prepareStatement("select id, version, open_amount_count"
                    + " from cp_invoice where id = any(?) for update")) {
                lock.setArray(1, connection.createArrayOf("uuid", ids));
                try (ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(2);
                    }
                }
            }
            LocalDate today = LocalDate.of(2026, 3, 2);
            try (PreparedStatement update = connection.prepareStatement("update cp_invoice set status = 'OPEN',"
                    + " number = ?, issue_date = ?, due_date = ?, next_due_date = ?, amount_due = total,"
                    + " open_amount_count = 1, version = version + 1 where id = ?")) {
                for (int i = 0; i < ids.length; i++) {
                    update.setString(1, "BARE-" + (first + i));
                    update.setObject(2, today);
                    update.setObject(3, today.plusDays(30));
                    update.setObject(4, today.plusDays(30));
                    update.setObject(5, ids[i]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            try (PreparedStatement open = connection.prepareStatement("insert into cp_invoice_open_amount"
                    + " (invoice_id, ordinal, workspace_id, client_id, currency, due_date, amount)"
                    + " select id, 0, workspace_id, client_id, currency, ?, total from cp_invoice where id = ?")) {
                for (UUID id : ids) {
                    open.setObject(1, today.plusDays(30));
                    open.setObject(2, id);
                    open.addBatch();
                }
                open.executeBatch();
            }
            long sequence;
            try (PreparedStatement head = connection.prepareStatement("select last_sequence from cp_audit_head"
                    + " where workspace_id = ? for update")) {
                head.setObject(1, workspace);
                try (ResultSet row = head.executeQuery()) {
                    row.next();
                    sequence = row.getLong(1);
                }
            }
            String hash = "0".repeat(64);
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement audit = connection.prepareStatement("insert into cp_audit_entry (workspace_id,"
                    + " sequence_no, id, at, actor, action, subject_type, subject_id, details, personal_data_hash,"
                    + " previous_hash, hash) values (?, ?, ?, ?, 'owner@acme.example', 'invoice.issued', 'invoice',"
                    + " ?, ?, '', ?, ?)");
                 PreparedStatement outbox = connection.prepareStatement("insert into cp_outbox_event (event_id,"
                         + " event_type, aggregate_key, workspace_id, occurred_at, payload, attempts)"
                         + " values (?, 'invoice.issued', ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < ids.length; i++) {
                    audit.setObject(1, workspace);
                    audit.setLong(2, ++sequence);
                    audit.setObject(3, UUID.randomUUID());
                    audit.setObject(4, at);
                    audit.setString(5, ids[i].toString());
                    audit.setString(6, "{\"number\":\"BARE-" + (first + i) + "\"}");
                    audit.setString(7, hash);
                    audit.setString(8, hash);
                    audit.addBatch();
                    UUID event = UUID.randomUUID();
                    bareEvents[i] = event;
                    outbox.setObject(1, event);
                    outbox.setString(2, "invoice:" + ids[i]);
                    outbox.setObject(3, workspace);
                    outbox.setObject(4, at);
                    outbox.setString(5, "{\"invoiceId\":\"" + ids[i] + "\"}");
                    outbox.addBatch();
                }
                audit.executeBatch();
                outbox.executeBatch();
            }
            try (PreparedStatement head = connection.prepareStatement("update cp_audit_head set last_sequence = ?,"
                    + " last_hash = ? where workspace_id = ?")) {
                head.setLong(1, sequence);
                head.setString(2, hash);
                head.setObject(3, workspace);
                head.executeUpdate();
            }
            connection.commit();
            try (PreparedStatement delivered = connection.prepareStatement("delete from cp_outbox_event"
                    + " where event_id = any(?)")) {
                delivered.setArray(1, connection.createArrayOf("uuid", bareEvents));
                delivered.executeUpdate();
            }
            connection.commit();
        }
        bareIssued += BATCH;
        return BATCH;
    }

    /** One batch of 1,000 drafts issued in one transaction. */
    @Benchmark
    public List<Invoice> issueAll() {
        List<InvoiceId> batch = drafts.subList(next, next + BATCH);
        next += BATCH;
        return portal.invoicing().issueAll(owner, batch);
    }
}

package dev.clientportal.benchmarks;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.automation.RunBudget;
import dev.clientportal.core.automation.RunResult;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.notification.NotificationSender;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.jpa.JpaPortalStores;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
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

/**
 * Due reminders found, claimed and dispatched by two host instances over the local PostgreSQL, beside a bare bound
 * in the same run. {@value #CLIENTS} clients of one workspace each owe one invoice due in three days, so the policy's
 * first step ("3 days before") is due for every one of them at {@link #NOW}. One operation: both instances (each its
 * own entity manager factory and pool, its own relay owner) call {@code automation().runDue(NOW, …)} at once on two
 * threads until neither finds anything left; every reminder is claimed by one of them and sent to a sender that only
 * counts. Reminders per second = {@value #CLIENTS} ÷ the operation's time. After every operation the log is checked
 * to hold each invoice's step once and the sender to have counted {@value #CLIENTS} messages, one per invoice, then
 * log and claims are cleared (and vacuumed, as autovacuum keeps a live database) for the next. Target: ≥ 5,000
 * reminders/s across 2 instances, 0 duplicates.
 *
 * <p>The bound, {@code bareFindClaimLog}: the same work by hand on two JDBC connections at once — a page of due
 * amounts by the same index, then per client a claim row and a log row inserted ({@code on conflict do nothing}),
 * and a commit. {@code bareBatchedFindClaimLog} batches as the run does: per 100 clients one multi-row claim insert
 * returning the keys won, one multi-row log insert and one commit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 5)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReminderRunBenchmark {

    /** Clients, each with one invoice whose first reminder step is due. */
    static final int CLIENTS = 10_000;
    /** When the runs happen: 12:00 UTC, after the default send time, outside the default quiet hours. */
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 13);
    private static final Clock ISSUED = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static final int INSTANCES = 2;
    /** Steps of earlier invoices in the log before the runs, as in a portal that has been running. */
    private static final int HISTORY = 200_000;
    /** Due amounts per page of the bounds. */
    private static final int PAGE_SIZE = 500;
    /** Clients per unit of work in the batched bound, as in the reminder run. */
    private static final int BATCH = 100;
    private static final String PAGE = "select o.workspace_id, o.client_id, o.invoice_id, o.due_date, o.currency,"
            + " sum(o.amount) from cp_invoice_open_amount o join cp_invoice i on i.id = o.invoice_id"
            + " where o.due_date between ? and ? and i.status in ('OPEN', 'PARTIALLY_PAID')"
            + " and (o.workspace_id, o.client_id, o.invoice_id, o.due_date) > (?, ?, ?, ?)"
            + " group by o.workspace_id, o.client_id, o.invoice_id, o.due_date, o.currency"
            + " order by o.workspace_id, o.client_id, o.invoice_id, o.due_date limit " + PAGE_SIZE;

    private BenchmarkDatabase database;
    private DataSource admin;
    private final List<ClientPortal> instances = new ArrayList<>();
    private ExecutorService threads;
    private final AtomicLong messages = new AtomicLong();
    private final Set<String> remindedDocuments = ConcurrentHashMap.newKeySet();
    private UUID workspaceId;

    /** The schema, the two instances, and the clients with their due invoices. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        database = BenchmarkDatabase.create("bench_reminders");
        admin = database.pool(2);
        NotificationSender counting = this::count;
        for (int i = 0; i < INSTANCES; i++) {
            String owner = "instance-" + (char) ('a' + i);
            instances.add(ClientPortal.builder()
                    .clock(ISSUED)
                    .stores(JpaPortalStores.create(database.entityManagerFactory(owner, 4,
                            Map.of("hibernate.jdbc.batch_size", "50"))))
                    .fileStore(InMemoryStores.create().fileStore())
                    .notifications(counting)
                    .signInPage(URI.create("https://portal.example/sign-in"))
                    .relaySettings(RelaySettings.defaults().withOwner(owner))
                    .build());
        }
        threads = Executors.newFixedThreadPool(INSTANCES);
        ClientPortal portal = instances.get(0);
        Workspace workspace = portal.workspaces().create(new CreateWorkspace("Acme Design", CurrencyUnit.USD,
                PaymentTerms.net(11)));
        workspaceId = workspace.id().value();
        StaffPrincipal owner = StaffPrincipal.of(workspace.id(), "owner@acme.example");
        Client client = portal.clients().create(owner, new CreateClient("Client 0", "ap0@client.example"));
        Invoice template = portal.invoicing().issue(owner, portal.invoicing().createDraft(owner,
                DraftInvoice.forClient(client.id()).line("Consulting", "1", "day",
                        Money.of("800.00", CurrencyUnit.USD))).id());
        if (!template.requireDueDate().equals(DUE)) {
            throw new IllegalStateException("the template invoice is due on " + template.dueDate() + ", not " + DUE);
        }
        SqlCopies.copy(admin, client.id().value(), template.id().value(), CLIENTS, CLIENTS,
                "date '" + DUE + "'");
        logHistory(client.id().value());
    }

    /**
     * A live log's past: {@value #HISTORY} steps of earlier invoices, sent before the amounts of this run fell due,
     * vacuumed and analyzed, so the database plans the run's reads as it would in a portal that has been running.
     */
    private void logHistory(UUID clientId) throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into cp_reminder_log (workspace_id, invoice_id, due_date, days_from_due,"
                    + " client_id, outcome, recipient, logged_at, entry_token) select '" + workspaceId + "',"
                    + " md5('past-' || n)::uuid, date '" + DUE + "' - 30 - n % 300,"
                    + " (array[-3, 0, 7, 14, 30])[n % 5 + 1],"
                    + " '" + clientId + "', 'RESENT_WITH_LINK', 'ap@client.example', timestamp '2026-01-01 09:00',"
                    + " md5('token-' || n)::uuid from generate_series(1, " + HISTORY + ") n");
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze cp_reminder_log");
            connection.setAutoCommit(false);
        }
    }

    private void count(Notification notification) {
        messages.incrementAndGet();
        notification.about().ifPresent(document -> remindedDocuments.add(document.toString()));
    }

    /** Both instances run what is due, at once, until nothing is left. */
    @Benchmark
    public long runDueOnTwoInstances() throws Exception {
        List<Callable<Integer>> runs = new ArrayList<>();
        for (ClientPortal instance : instances) {
            runs.add(() -> {
                RunResult result = instance.automation().runDue(NOW, RunBudget.messages(CLIENTS));
                return result.sent();
            });
        }
        long sent = 0;
        for (Future<Integer> run : threads.invokeAll(runs)) {
            sent += run.get();
        }
        return sent;
    }

    /** The bound: a page of due amounts, then a claim row and a log row per client and a commit, on two threads. */
    @Benchmark
    public long bareFindClaimLog() throws Exception {
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            String owner = "bare-" + i;
            runs.add(() -> bareRun(owner));
        }
        long logged = 0;
        for (Future<Integer> run : threads.invokeAll(runs)) {
            logged += run.get();
        }
        messages.addAndGet(logged);
        return logged;
    }

    /**
     * The bound with the SDK's batching: the same pages, then per 100 clients one multi-row claim insert that returns
     * the keys won, one multi-row log insert for those, and one commit, on two threads.
     */
    @Benchmark
    public long bareBatchedFindClaimLog() throws Exception {
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            String owner = "bare-batched-" + i;
            runs.add(() -> bareBatchedRun(owner));
        }
        long logged = 0;
        for (Future<Integer> run : threads.invokeAll(runs)) {
            logged += run.get();
        }
        messages.addAndGet(logged);
        return logged;
    }

    private int bareBatchedRun(String owner) throws SQLException {
        int logged = 0;
        String day = NOW.atZone(ZoneOffset.UTC).toLocalDate().toString();
        java.sql.Timestamp now = java.sql.Timestamp.from(NOW);
        try (Connection connection = admin.getConnection();
             PreparedStatement page = connection.prepareStatement(PAGE)) {
            UUID zero = new UUID(0, 0);
            Object[] after = {zero, zero, zero, LocalDate.of(1970, 1, 1)};
            while (true) {
                List<Object[]> rows = page(connection, page, after);
                for (int from = 0; from < rows.size(); from += BATCH) {
                    List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                    StringBuilder claims = new StringBuilder("insert into cp_work_claim (workspace_id, work_key,"
                            + " owner, leased_until, completed, claim_token) values ");
                    for (int i = 0; i < batch.size(); i++) {
                        claims.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, true, ?)");
                    }
                    claims.append(" on conflict do nothing returning work_key");
                    Set<String> won = new java.util.HashSet<>();
                    try (PreparedStatement claim = connection.prepareStatement(claims.toString())) {
                        int at = 1;
                        for (Object[] row : batch) {
                            claim.setObject(at++, row[0]);
                            claim.setString(at++, "reminder-day:" + row[1] + ":" + day);
                            claim.setString(at++, owner);
                            claim.setTimestamp(at++, now);
                            claim.setObject(at++, UUID.randomUUID());
                        }
                        try (ResultSet keys = claim.executeQuery()) {
                            while (keys.next()) {
                                won.add(keys.getString(1));
                            }
                        }
                    }
                    List<Object[]> mine = batch.stream()
                            .filter(row -> won.contains("reminder-day:" + row[1] + ":" + day)).toList();
                    if (!mine.isEmpty()) {
                        StringBuilder entries = new StringBuilder("insert into cp_reminder_log (workspace_id,"
                                + " invoice_id, due_date, days_from_due, client_id, outcome, recipient, logged_at,"
                                + " entry_token) values ");
                        for (int i = 0; i < mine.size(); i++) {
                            entries.append(i == 0 ? "" : ", ")
                                    .append("(?, ?, ?, -3, ?, 'RESENT_WITH_LINK', 'ap@client.example', ?, ?)");
                        }
                        entries.append(" on conflict do nothing");
                        try (PreparedStatement log = connection.prepareStatement(entries.toString())) {
                            int at = 1;
                            for (Object[] row : mine) {
                                log.setObject(at++, row[0]);
                                log.setObject(at++, row[2]);
                                log.setObject(at++, row[3]);
                                log.setObject(at++, row[1]);
                                log.setTimestamp(at++, now);
                                log.setObject(at++, UUID.randomUUID());
                            }
                            logged += log.executeUpdate();
                        }
                    }
                    connection.commit();
                }
                if (rows.size() < PAGE_SIZE) {
                    return logged;
                }
                after = rows.get(rows.size() - 1);
            }
        }
    }

    /** One page of due amounts after {@code after}, read and committed. */
    private static List<Object[]> page(Connection connection, PreparedStatement page, Object[] after)
            throws SQLException {
        page.setObject(1, DUE.minusDays(31));
        page.setObject(2, DUE.plusDays(4));
        for (int p = 0; p < 4; p++) {
            page.setObject(3 + p, after[p]);
        }
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet result = page.executeQuery()) {
            while (result.next()) {
                rows.add(new Object[]{result.getObject(1), result.getObject(2), result.getObject(3),
                        result.getObject(4, LocalDate.class)});
            }
        }
        connection.commit();
        return rows;
    }

    private int bareRun(String owner) throws SQLException {
        int logged = 0;
        try (Connection connection = admin.getConnection();
             PreparedStatement page = connection.prepareStatement(PAGE);
             PreparedStatement claim = connection.prepareStatement("insert into cp_work_claim (workspace_id,"
                     + " work_key, owner, leased_until, completed, claim_token) values (?, ?, ?, ?, true, ?)"
                     + " on conflict do nothing");
             PreparedStatement log = connection.prepareStatement("insert into cp_reminder_log (workspace_id,"
                     + " invoice_id, due_date, days_from_due, client_id, outcome, recipient, logged_at, entry_token)"
                     + " values (?, ?, ?, -3, ?, 'RESENT_WITH_LINK', 'ap@client.example', ?, ?)"
                     + " on conflict do nothing")) {
            UUID zero = new UUID(0, 0);
            Object[] after = {zero, zero, zero, LocalDate.of(1970, 1, 1)};
            java.sql.Timestamp now = java.sql.Timestamp.from(NOW);
            while (true) {
                List<Object[]> rows = page(connection, page, after);
                for (Object[] row : rows) {
                    claim.setObject(1, row[0]);
                    claim.setString(2, "reminder-day:" + row[1] + ":" + NOW.atZone(ZoneOffset.UTC).toLocalDate());
                    claim.setString(3, owner);
                    claim.setTimestamp(4, now);
                    claim.setObject(5, UUID.randomUUID());
                    if (claim.executeUpdate() == 1) {
                        log.setObject(1, row[0]);
                        log.setObject(2, row[2]);
                        log.setObject(3, row[3]);
                        log.setObject(4, row[1]);
                        log.setTimestamp(5, now);
                        log.setObject(6, UUID.randomUUID());
                        logged += log.executeUpdate();
                    }
                    connection.commit();
                }
                if (rows.size() < PAGE_SIZE) {
                    return logged;
                }
                after = rows.get(rows.size() - 1);
            }
        }
    }

    /** Each invoice's step is logged once and one message per invoice was counted; then log and claims go. */
    @TearDown(Level.Invocation)
    public void checkOncePerInvoiceAndReset() throws SQLException {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("select count(*), count(distinct invoice_id)"
                    + " from cp_reminder_log where outcome <> 'SKIPPED_BY_CATCH_UP' and due_date = date '" + DUE
                    + "'")) {
                row.next();
                long counted = messages.get();
                boolean bare = remindedDocuments.isEmpty();
                if (row.getLong(1) != CLIENTS || row.getLong(2) != CLIENTS || counted != CLIENTS
                        || (!bare && remindedDocuments.size() != CLIENTS)) {
                    throw new IllegalStateException("expected " + CLIENTS + " reminders once each: " + row.getLong(1)
                            + " logged for " + row.getLong(2) + " invoices, " + counted + " messages about "
                            + remindedDocuments.size() + " documents");
                }
            }
            statement.executeUpdate("delete from cp_reminder_log where due_date = date '" + DUE + "'");
            statement.executeUpdate("delete from cp_work_claim where workspace_id = '" + workspaceId + "'");
            connection.commit();
            // as autovacuum keeps a live database: without it the next operation reads past the deleted rows
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze cp_reminder_log, cp_work_claim");
            connection.setAutoCommit(false);
        }
        messages.set(0);
        remindedDocuments.clear();
    }

    /** Stops the threads, closes everything and drops the schema. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        threads.shutdownNow();
        database.close();
    }
}

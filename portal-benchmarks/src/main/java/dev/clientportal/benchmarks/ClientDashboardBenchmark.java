package dev.clientportal.benchmarks;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.clientview.ClientDashboard;
import dev.clientportal.core.clientview.DashboardFacts;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.receivables.AgingReport;
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
import org.openjdk.jmh.infra.Blackhole;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The client dashboard and the AR aging report over {@link ReceivablesDataSet} (1M invoices, 100k clients, 10M view
 * events on local PostgreSQL), each beside its bare SQL in the same run on the same connection pool:
 * <ul>
 *   <li>{@code dashboard}: {@code portal.clientViews().dashboard(principal)} through {@code ClientPortal} on
 *   {@code JpaPortalStores}, for the signed-in contact of one of 256 random clients per invocation (in turn), beside
 *   {@code dashboardHandWrittenSql}: the same facts for the same client by one hand-written {@code UNION ALL} in
 *   plain JDBC, its rows read. Targets: p50 ≤ 1 ms, p99 ≤ 5 ms, ≤ 2× the hand-written SQL. Between them,
 *   {@code dashboardFactsOnly}: the adapter's fact query alone, to show where the time goes.</li>
 *   <li>{@code aging}: {@code portal.receivables().aging(owner)} over the workspace's million invoices, beside
 *   {@code agingBareGroupBy}: the bare {@code GROUP BY} over the open amounts in plain JDBC. Target: ≤ 1.2×.</li>
 * </ul>
 * Sample-time mode, so JMH reports p50 and p99. The data set is loaded on first use and kept (see
 * {@link ReceivablesDataSet}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ClientDashboardBenchmark {

    private static final int PRINCIPALS = 256;
    private static final String PAYABLE = "('OPEN', 'PARTIALLY_PAID', 'UNCOLLECTIBLE')";
    private static final String RECEIVED = "('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED')";
    private static final String LATEST_PAYMENTS = " from cp_payment p where p.workspace_id = ? and p.client_id = ?"
            + " order by p.received_on desc, p.recorded_at desc, p.id desc limit 5";
    /** The dashboard's facts for a signed-in contact, written for PostgreSQL; parameters as {@link #bind} sets them. */
    private static final String DASHBOARD = "(select 'I', i.id, i.number, i.status, i.issue_date, i.next_due_date,"
            + " i.total, i.amount_due, 0, row_number() over (order by i.next_due_date, i.number), i.currency"
            + " from cp_invoice i where i.workspace_id = ? and i.client_id = ? and i.status in " + PAYABLE
            + " order by i.next_due_date, i.number limit 50)"
            + " union all (select 'P', p.id, p.reference, p.method, p.received_on, null, p.amount, p.refunded, 0,"
            + " row_number() over (order by p.received_on desc, p.recorded_at desc, p.id desc), p.currency"
            + LATEST_PAYMENTS + ")"
            + " union all select 'A', a.payment_id, a.invoice_number, null, null, null, null, null, null, a.ordinal,"
            + " null from cp_payment_allocation a join (select p.id" + LATEST_PAYMENTS + ") l on l.id = a.payment_id"
            + " union all select 'T', null, null, null, min(i.next_due_date), null, sum(i.amount_due),"
            + " sum(case when i.next_due_date < ? then 1 else 0 end), count(*), null, i.currency from cp_invoice i"
            + " where i.workspace_id = ? and i.client_id = ? and i.status in " + PAYABLE + " group by i.currency"
            + " union all select 'M', null, null, 'INVOICE', null, null, sum(i.total), 0, null, null, i.currency"
            + " from cp_invoice i where i.workspace_id = ? and i.client_id = ? and i.status <> 'DRAFT'"
            + " and i.issue_date <= ? group by i.currency"
            + " union all select 'M', null, null, 'VOID', null, null, sum(i.total), sum(i.credit_notes_applied), null,"
            + " null, i.currency from cp_invoice i where i.workspace_id = ? and i.client_id = ? and i.status = 'VOID'"
            + " and i.closed_on <= ? group by i.currency"
            + " union all select 'M', null, null, 'CREDIT_NOTE', null, null, sum(n.total), 0, null, null, n.currency"
            + " from cp_credit_note n where n.workspace_id = ? and n.client_id = ? and n.issue_date <= ?"
            + " group by n.currency"
            + " union all select 'M', null, null, 'PAYMENT', null, null, sum(p.amount), 0, null, null, p.currency"
            + " from cp_payment p where p.workspace_id = ? and p.client_id = ? and p.status in " + RECEIVED
            + " and p.received_on <= ? group by p.currency"
            + " union all select 'M', null, null, 'REFUND', null, null, sum(r.amount), 0, null, null, r.currency"
            + " from cp_payment_refund r join cp_payment p on p.id = r.payment_id where r.workspace_id = ?"
            + " and r.client_id = ? and r.refunded_on <= ? and p.status in " + RECEIVED + " group by r.currency"
            + " union all select 'C', null, c.credit_balances, null, null, null, null, null, null, null, null"
            + " from cp_client c where c.id = ? and c.workspace_id = ?"
            + " union all select 'R', null, r.roles, null, null, null, null, null, null, null, null from cp_contact r"
            + " where r.id = ? and r.workspace_id = ? and r.client_id = ?"
            + " union all select 'N', null, null, null, null, null,"
            + " (select count(*) from cp_deliverable_approver d where d.workspace_id = ? and d.contact_id = ?"
            + " and d.client_id = ?),"
            + " (select count(*) from cp_agreement_signer s where s.workspace_id = ? and s.contact_id = ?"
            + " and s.client_id = ?),"
            + " (select count(*) from cp_quote q where q.workspace_id = ? and q.client_id = ? and q.status = 'SENT'"
            + " and q.expires_on >= ?),"
            + " (select count(*) from cp_message m join cp_message_thread t on m.thread_id = t.id"
            + " where t.workspace_id = ? and t.client_id = ? and m.sequence_no <= t.message_count and m.author <> ?"
            + " and not exists (select r.thread_id from cp_message_read r where r.thread_id = t.id"
            + " and r.participant = ? and r.up_to_sequence >= m.sequence_no)), null";
    /** Which value each {@code ?} of {@link #DASHBOARD} takes: workspace, client, today, contact, viewer. */
    private static final String BINDS = "WCWCWCDWCWCDWCDWCDWCDWCDCWKWCWKCWKCWCDWCVV";
    /**
     * The aging report's GROUP BY over the open amounts, as the adapter states it, for PostgreSQL: the open and
     * partially paid invoices' open amounts per client and currency, one conditional sum per age period.
     */
    private static final String AGING = "select o.client_id, c.name, o.currency,"
            + " sum(case when o.due_date >= ? then o.amount else 0 end),"
            + " sum(case when o.due_date < ? and o.due_date >= ? then o.amount else 0 end),"
            + " sum(case when o.due_date < ? and o.due_date >= ? then o.amount else 0 end),"
            + " sum(case when o.due_date < ? and o.due_date >= ? then o.amount else 0 end),"
            + " sum(case when o.due_date < ? then o.amount else 0 end)"
            + " from cp_invoice_open_amount o join cp_invoice i on i.id = o.invoice_id"
            + " join cp_client c on c.id = o.client_id where o.workspace_id = ?"
            + " and i.status in ('OPEN', 'PARTIALLY_PAID') group by o.client_id, c.name, o.currency";
    /** Which period start each date {@code ?} of {@link #AGING} takes, in days before today. */
    private static final int[] AGING_DAYS_BACK = {0, 0, 30, 30, 60, 60, 90, 90};

    private KeptDataSet.Opened dataSet;
    private ClientPortal portal;
    private StaffPrincipal owner;
    private final List<ContactPrincipal> principals = new ArrayList<>();
    private int next;

    /** Opens (loading it if missing) the data set, and signs in the contacts of 256 random clients. */
    @Setup(Level.Trial)
    public void open() throws Exception {
        dataSet = ReceivablesDataSet.open(false);
        portal = dataSet.portal();
        owner = dataSet.owner();
        SplittableRandom random = new SplittableRandom(7);
        try (Connection connection = dataSet.dataSource().getConnection();
             PreparedStatement contact = connection.prepareStatement("select id from cp_contact"
                     + " where workspace_id = ? and email_key = ?")) {
            for (int i = 0; i < PRINCIPALS; i++) {
                contact.setObject(1, owner.workspaceId().value());
                contact.setString(2, "c%06d@client.example".formatted(random.nextInt(ReceivablesDataSet.CLIENTS)));
                try (ResultSet row = contact.executeQuery()) {
                    row.next();
                    ContactId id = new ContactId(row.getObject(1, UUID.class));
                    ClientRequest browser = new ClientRequest("10.7." + (i / 256) + "." + (i % 256),
                            "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", "GET");
                    principals.add(portal.access().signIn(portal.access().invite(owner, id).token(), browser)
                            .principal());
                }
            }
            connection.commit();
        }
    }

    /** Closes the factory and the pool; the data set stays. */
    @TearDown(Level.Trial)
    public void close() {
        dataSet.close();
    }

    /** The client dashboard through the portal, for the next of the signed-in contacts. */
    @Benchmark
    public ClientDashboard dashboard() {
        return portal.clientViews().dashboard(nextPrincipal());
    }

    /**
     * Where the time goes: only the adapter's fact query ({@code stores.dashboardQueries()}, one native statement)
     * in a read-only transaction, without the workspace lookup and core's page.
     */
    @Benchmark
    public DashboardFacts dashboardFactsOnly() {
        ContactPrincipal principal = nextPrincipal();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return dataSet.stores().transactions().inReadOnlyTransaction(() -> dataSet.stores().dashboardQueries()
                .dashboardFacts(principal.workspaceId(), principal.clientId(), Optional.of(principal.contactId()),
                        principal.viewerKey(), today, ClientDashboard.MAX_OPEN_INVOICES,
                        ClientDashboard.RECENT_PAYMENTS));
    }

    /** The same facts for the same client by hand: one statement, every row read, committed. */
    @Benchmark
    public void dashboardHandWrittenSql(Blackhole rows) throws SQLException {
        ContactPrincipal principal = nextPrincipal();
        try (Connection connection = dataSet.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(DASHBOARD)) {
            bind(query, principal);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.consume(row.getString(1));
                    rows.consume(row.getObject(2));
                    rows.consume(row.getString(3));
                    rows.consume(row.getString(4));
                    rows.consume(row.getDate(5));
                    rows.consume(row.getDate(6));
                    rows.consume(row.getLong(7));
                    rows.consume(row.getLong(8));
                    rows.consume(row.getLong(9));
                    rows.consume(row.getLong(10));
                    rows.consume(row.getString(11));
                }
            }
            connection.commit();
        }
    }

    /** The AR aging report through the portal, over every open invoice of the workspace. */
    @Benchmark
    public AgingReport aging() {
        return portal.receivables().aging(owner);
    }

    /** The aging report's GROUP BY in plain JDBC, every row read, committed. */
    @Benchmark
    public void agingBareGroupBy(Blackhole rows) throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Connection connection = dataSet.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(AGING)) {
            for (int i = 0; i < AGING_DAYS_BACK.length; i++) {
                query.setDate(i + 1, Date.valueOf(today.minusDays(AGING_DAYS_BACK[i])));
            }
            query.setObject(AGING_DAYS_BACK.length + 1, owner.workspaceId().value());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.consume(row.getObject(1));
                    rows.consume(row.getString(2));
                    rows.consume(row.getString(3));
                    for (int period = 4; period <= 8; period++) {
                        rows.consume(row.getLong(period));
                    }
                }
            }
            connection.commit();
        }
    }

    private ContactPrincipal nextPrincipal() {
        ContactPrincipal principal = principals.get(next);
        next = (next + 1) % principals.size();
        return principal;
    }

    private static void bind(PreparedStatement query, ContactPrincipal principal) throws SQLException {
        Date today = Date.valueOf(LocalDate.now(ZoneOffset.UTC));
        for (int i = 0; i < BINDS.length(); i++) {
            switch (BINDS.charAt(i)) {
                case 'W' -> query.setObject(i + 1, principal.workspaceId().value());
                case 'C' -> query.setObject(i + 1, principal.clientId().value());
                case 'D' -> query.setDate(i + 1, today);
                case 'K' -> query.setObject(i + 1, principal.contactId().value());
                default -> query.setString(i + 1, principal.viewerKey());
            }
        }
    }
}

package dev.clientportal.benchmarks;

import dev.clientportal.benchmarks.CsvCopy.Rows;
import dev.clientportal.benchmarks.CsvCopy.Template;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.automation.ReminderCursor;
import dev.clientportal.core.automation.ReminderFacts;
import dev.clientportal.core.automation.ReminderQueries;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The data set of {@link ReminderDueQueryBenchmark}: one workspace (USD, net 11) with {@value #CLIENTS} clients and
 * {@value #INVOICES} open invoices of USD 800.00 (one open amount each), each of a client drawn at random and due on a
 * day drawn at random from the year around {@link #TODAY} (180 days before to 184 after), so about a tenth fall in the
 * reminder run's window ({@link #FROM} to {@link #TO}). In the PostgreSQL schema {@value #SCHEMA} at
 * 127.0.0.1:5432/test, migrated by Flyway from portal-jpa's {@code db/migration/postgresql}, kept between runs (see
 * {@link KeptDataSet}).
 *
 * <p>Client 0 and invoice 0 are the templates the portal wrote through its API (the invoice issued on the day of
 * the load, then dated back by SQL to be issued on {@code TODAY − 11} and due on {@code TODAY}); every other client, invoice and open amount is a copy of their rows
 * with ids, names, numbers and dates replaced, written by {@code COPY}. {@link #verify} proves the adapter reads them:
 * paging the whole window through {@link ReminderQueries#openAmountsDue} answers exactly the generated invoices due
 * in it, in {@link ReminderCursor} order, each with its client, due date and USD 800.00, nothing logged; and the first
 * and last of them read back through the portal's invoicing with their client, due date and amount due. Run with {@code --reload}
 * to load it again; drop it with {@code drop schema bench_reminder_due cascade}.
 */
public final class ReminderDueDataSet {

    static final String SCHEMA = "bench_reminder_due";
    static final int CLIENTS = 100_000;
    static final int INVOICES = 1_000_000;
    /** The day the reminder run looks from; the window is that of its steps (31 days after to 4 days before). */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 13);
    static final LocalDate FROM = TODAY.minusDays(31);
    static final LocalDate TO = TODAY.plusDays(4);

    private static final CurrencyUnit USD = CurrencyUnit.of("USD");
    private static final Money OWED = Money.of("800.00", USD);
    private static final int TERMS = 11;
    private static final int SPREAD = 365;
    private static final int BEFORE = 180;

    private ReminderDueDataSet() {
    }

    /** Loads the data set unless it is there ({@code --reload}: load it again), verifies it, and says what it holds. */
    public static void main(String[] args) throws Exception {
        boolean reload = List.of(args).contains("--reload");
        long start = System.nanoTime();
        try (KeptDataSet.Opened opened = open(reload)) {
            int due = verify(opened);
            try (Connection connection = opened.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select clients, invoices, load_seconds, loaded_at"
                         + " from bench_dataset")) {
                row.next();
                System.out.printf("%s: %,d clients, %,d open invoices (%,d due from %s to %s); loaded in %s s at %s;"
                                + " verified; this run %.1f s%n", SCHEMA, row.getInt(1), row.getInt(2), due, FROM, TO,
                        row.getBigDecimal(3), row.getObject(4), (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** Opens the data set, loading it first when it is missing, incomplete or {@code reload} is asked. */
    static KeptDataSet.Opened open(boolean reload) throws Exception {
        return KeptDataSet.open(SCHEMA, "clients = " + CLIENTS + " and invoices = " + INVOICES, reload,
                ReminderDueDataSet::load);
    }

    /**
     * Proves the loaded rows are what the adapter reads: the invoices due in the window, read by plain SQL from
     * {@code cp_invoice} (not from the open amounts the page reads), in cursor order, equal the facts of every page
     * of {@value ReminderDueQueryBenchmark#PAGE} that {@link ReminderQueries#openAmountsDue} answers from the first
     * to the last, each owing USD 800.00 with nothing logged; answers how many are due in the window.
     */
    static int verify(KeptDataSet.Opened dataSet) throws SQLException {
        WorkspaceId workspace = dataSet.owner().workspaceId();
        List<ReminderCursor> expected = new ArrayList<>();
        try (Connection connection = dataSet.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select client_id, id, due_date from cp_invoice"
                     + " where status = 'OPEN' and due_date between '" + FROM + "' and '" + TO + "'")) {
            while (row.next()) {
                expected.add(new ReminderCursor(workspace, new ClientId(row.getObject(1, UUID.class)),
                        new InvoiceId(row.getObject(2, UUID.class)), row.getObject(3, LocalDate.class)));
            }
            connection.commit();
        }
        expected.sort(Comparator.naturalOrder());
        ReminderQueries queries = dataSet.stores().reminders().orElseThrow().queries();
        List<ReminderCursor> paged = new ArrayList<>();
        Optional<ReminderCursor> after = Optional.empty();
        List<ReminderFacts> page;
        do {
            Optional<ReminderCursor> from = after;
            page = dataSet.stores().transactions().inReadOnlyTransaction(() -> queries.openAmountsDue(FROM, TO, from,
                    ReminderDueQueryBenchmark.PAGE));
            for (ReminderFacts facts : page) {
                if (!facts.amount().equals(OWED) || !facts.logged().isEmpty()) {
                    throw new IllegalStateException("invoice " + facts.invoiceId() + " reads back owing "
                            + facts.amount() + " with " + facts.logged() + " logged");
                }
                paged.add(facts.cursor());
            }
            after = page.isEmpty() ? Optional.empty() : Optional.of(page.get(page.size() - 1).cursor());
        } while (page.size() == ReminderDueQueryBenchmark.PAGE);
        if (expected.size() < INVOICES / 20 || !paged.equals(expected)) {
            throw new IllegalStateException("paging the window through the adapter answered " + paged.size()
                    + " amounts due, not the " + expected.size() + " invoices due in it in cursor order");
        }
        for (ReminderCursor due : List.of(expected.get(0), expected.get(expected.size() - 1))) {
            Invoice invoice = dataSet.portal().invoicing().get(dataSet.owner(), due.invoiceId());
            if (!invoice.clientId().equals(due.clientId()) || !invoice.requireDueDate().equals(due.dueDate())
                    || !invoice.amountDue().equals(OWED)) {
                throw new IllegalStateException("invoice " + due.invoiceId() + " reads back through the portal as "
                        + invoice.clientId() + ", due " + invoice.dueDate() + ", owing " + invoice.amountDue());
            }
        }
        return expected.size();
    }

    /** Writes the templates through the portal, copies them into the whole data set, and marks it loaded. */
    private static WorkspaceId load(ClientPortal portal) throws Exception {
        long start = System.nanoTime();
        Workspace workspace = portal.workspaces().create(new CreateWorkspace("Reminder bench", USD,
                PaymentTerms.net(TERMS)));
        StaffPrincipal owner = StaffPrincipal.of(workspace.id(), "owner@bench.example");
        Client client = portal.clients().create(owner, new CreateClient("Client 000000", "ap000000@client.example"));
        Invoice invoice = portal.invoicing().issue(owner, portal.invoicing().createDraft(owner,
                DraftInvoice.forClient(client.id()).line("Consulting", "1", "day", OWED)).id());
        try (Connection connection = DriverManager.getConnection(KeptDataSet.URL + "?currentSchema=" + SCHEMA,
                "postgres", "test")) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String invoiceId = invoice.id().value().toString();
            try (Statement statement = connection.createStatement()) {
                // issued today by the portal: dated back so that it is due on TODAY, as a copy would be
                statement.execute("update cp_invoice set issue_date = '" + TODAY.minusDays(TERMS) + "', due_date = '"
                        + TODAY + "', next_due_date = '" + TODAY + "', created_at = '" + TODAY.minusDays(TERMS)
                        + " 09:00:00+00' where id = '" + invoiceId + "'");
                statement.execute("update cp_invoice_open_amount set due_date = '" + TODAY + "' where invoice_id = '"
                        + invoiceId + "'");
            }
            List<String> indexes = KeptDataSet.dropLookupIndexes(connection, SCHEMA, List.of("cp_client",
                    "cp_invoice", "cp_invoice_open_amount"));
            new Generator(Template.of(copy, "cp_client", "id = '" + client.id().value() + "'"),
                    Template.of(copy, "cp_invoice", "id = '" + invoiceId + "'"),
                    Template.of(copy, "cp_invoice_open_amount", "invoice_id = '" + invoiceId + "'")).copy();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set maintenance_work_mem = '512MB'");
                for (String index : indexes) {
                    statement.execute(index);
                }
                for (String table : List.of("cp_client", "cp_invoice", "cp_invoice_open_amount")) {
                    statement.execute("vacuum analyze " + table);
                }
                statement.execute("create table bench_dataset (workspace_id uuid not null, clients integer not null,"
                        + " invoices integer not null, load_seconds numeric not null,"
                        + " loaded_at timestamp with time zone not null)");
                statement.execute("insert into bench_dataset values ('" + workspace.id().value() + "', " + CLIENTS
                        + ", " + INVOICES + ", " + Math.round((System.nanoTime() - start) / 1e8) / 10.0 + ", now())");
            }
        }
        return workspace.id();
    }

    /** Streams the copies of the template rows into {@code COPY} statements, one table after the other. */
    private static final class Generator {

        private final SplittableRandom random = new SplittableRandom(20_260_313);
        private final Template client;
        private final Template invoice;
        private final Template openAmount;

        Generator(Template client, Template invoice, Template openAmount) {
            this.client = client;
            this.invoice = invoice;
            this.openAmount = openAmount;
        }

        void copy() throws Exception {
            UUID[] clients = new UUID[CLIENTS];
            clients[0] = UUID.fromString(client.value("id"));
            for (int i = 1; i < CLIENTS; i++) {
                clients[i] = uuid();
            }
            UUID[] invoices = new UUID[INVOICES];
            int[] owner = new int[INVOICES];
            LocalDate[] due = new LocalDate[INVOICES];
            for (int i = 1; i < INVOICES; i++) {
                invoices[i] = uuid();
                owner[i] = random.nextInt(CLIENTS);
                due[i] = TODAY.minusDays(BEFORE).plusDays(random.nextInt(SPREAD));
            }
            // a row's foreign keys must see committed rows
            try (Rows rows = new Rows(SCHEMA, client)) {
                for (int i = 1; i < CLIENTS; i++) {
                    rows.add(client, Map.of("id", clients[i].toString(), "name", "Client %06d".formatted(i),
                            "email", "ap%06d@client.example".formatted(i)));
                }
            }
            try (Rows rows = new Rows(SCHEMA, invoice)) {
                for (int i = 1; i < INVOICES; i++) {
                    LocalDate issued = due[i].minusDays(TERMS);
                    Map<String, String> columns = new HashMap<>(Map.of("id", invoices[i].toString(),
                            "client_id", clients[owner[i]].toString(), "number", "R-%07d".formatted(i),
                            "issue_date", issued.toString(), "due_date", due[i].toString(),
                            "created_at", issued + " 09:00:00+00"));
                    if (invoice.value("next_due_date") != null) {
                        columns.put("next_due_date", due[i].toString());
                    }
                    rows.add(invoice, columns);
                }
            }
            try (Rows rows = new Rows(SCHEMA, openAmount)) {
                for (int i = 1; i < INVOICES; i++) {
                    rows.add(openAmount, Map.of("invoice_id", invoices[i].toString(),
                            "client_id", clients[owner[i]].toString(), "due_date", due[i].toString()));
                }
            }
        }

        private UUID uuid() {
            return KeptDataSet.uuid(random);
        }
    }
}

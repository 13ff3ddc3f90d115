package dev.clientportal.benchmarks;

import dev.clientportal.benchmarks.CsvCopy.Rows;
import dev.clientportal.benchmarks.CsvCopy.Template;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The data set of {@link ClientDashboardBenchmark}: one workspace (USD, net 30) with 100,000 clients (one contact
 * each), 1,000,000 issued invoices (one to three lines; 65 % paid, 7 % partially paid, 22 % open, 3 % void, 3 %
 * uncollectible, issued over the last two years), a payment with its allocation for every paid and partially paid
 * invoice, and 10,000,000 view events of those invoices, in the PostgreSQL schema {@value #SCHEMA} at
 * 127.0.0.1:5432/test, migrated by Flyway from portal-jpa's {@code db/migration/postgresql}.
 *
 * <p>Rows are written by {@code COPY … FROM STDIN} through the driver's {@link CopyManager}. Every row is a copy of
 * a template row the portal itself wrote through its API (a client, a contact, and an invoice of each shape and
 * status with its open amount, payment and allocation), with ids, numbers, references, names and dates replaced, so
 * every NOT NULL column, JSON document and version is what the adapter writes; the invoices of one shape and status
 * share their lines and amounts. The lookup indexes are dropped for the load and built again after it. Loading takes
 * minutes, so the schema is kept between runs: a row in
 * {@code bench_dataset} marks it complete, and a later run only migrates it (new migrations apply) and reuses it. Run
 * with {@code --reload} to drop and load it again; drop it with {@code drop schema bench_receivables cascade}.
 */
public final class ReceivablesDataSet {

    static final String SCHEMA = "bench_receivables";
    static final int CLIENTS = 100_000;
    static final int INVOICES = 1_000_000;
    static final long VIEWS = 10_000_000L;

    private static final CurrencyUnit USD = CurrencyUnit.of("USD");
    private static final String USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    private static final String[] STATUSES = {"PAID", "PARTIALLY_PAID", "OPEN", "VOID", "UNCOLLECTIBLE"};
    private static final int SHAPES = 3;

    private ReceivablesDataSet() {
    }

    /** Loads the data set unless it is there already ({@code --reload}: load it again), and says what it holds. */
    public static void main(String[] args) throws Exception {
        boolean reload = List.of(args).contains("--reload");
        long start = System.nanoTime();
        try (KeptDataSet.Opened opened = open(reload)) {
            try (Connection connection = opened.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select clients, invoices, views, load_seconds, loaded_at"
                         + " from bench_dataset")) {
                row.next();
                System.out.printf("%s: %,d clients, %,d invoices, %,d views; loaded in %s s at %s; this run %.1f s%n",
                        SCHEMA, row.getInt(1), row.getInt(2), row.getLong(3), row.getBigDecimal(4),
                        row.getObject(5), (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** Opens the data set, loading it first when it is missing, incomplete or {@code reload} is asked. */
    static KeptDataSet.Opened open(boolean reload) throws Exception {
        return KeptDataSet.open(SCHEMA, "clients = " + CLIENTS + " and invoices = " + INVOICES + " and views = "
                + VIEWS, reload, ReceivablesDataSet::load);
    }

    /** Writes the templates through the portal, then copies them into the whole data set, and marks it loaded. */
    private static WorkspaceId load(ClientPortal portal) throws Exception {
        long start = System.nanoTime();
        Workspace workspace = portal.workspaces().create(new CreateWorkspace("Bench", USD, PaymentTerms.net(30)));
        StaffPrincipal owner = StaffPrincipal.of(workspace.id(), "owner@bench.example");
        Client client = portal.clients().create(owner, new CreateClient("Template client", "ap@template.example"));
        Contact contact = portal.clients().addContact(owner, new AddContact(client.id(), "Template contact",
                "contact@template.example", EnumSet.of(Role.APPROVER, Role.BILLING)));
        Map<String, Invoice> invoices = new LinkedHashMap<>();
        Map<String, Payment> payments = new HashMap<>();
        for (int shape = 0; shape < SHAPES; shape++) {
            for (String status : STATUSES) {
                DraftInvoice draft = DraftInvoice.forClient(client.id());
                for (int line = 0; line <= shape; line++) {
                    draft = draft.line("Design work, phase " + (line + 1), String.valueOf(2 + line * 3), "h",
                            Money.of((95 + 10 * shape) + ".00", USD));
                }
                Invoice issued = portal.invoicing().issue(owner, portal.invoicing().createDraft(owner, draft).id());
                String key = shape + status;
                switch (status) {
                    case "PAID", "PARTIALLY_PAID" -> payments.put(key, portal.payments().record(owner,
                            RecordPayment.manual(client.id(), status.equals("PAID") ? issued.total()
                                            : Money.ofMinor(issued.total().minorUnits() / 2, USD),
                                    PaymentMethod.BANK_TRANSFER, "template-" + key).allocateTo(issued.id())));
                    case "VOID" -> portal.invoicing().voidInvoice(owner, issued.id(), "issued in error");
                    case "UNCOLLECTIBLE" -> portal.invoicing().markUncollectible(owner, issued.id(), "written off");
                    default -> { }
                }
                invoices.put(key, issued);
            }
        }
        try (Connection connection = DriverManager.getConnection(KeptDataSet.URL + "?currentSchema=" + SCHEMA,
                "postgres", "test")) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Generator generator = new Generator(copy, workspace.id().value(), client.id().value(),
                    contact.id().value(), invoices, payments);
            List<String> indexes = KeptDataSet.dropLookupIndexes(connection, SCHEMA, List.of("cp_client",
                    "cp_contact", "cp_invoice", "cp_invoice_open_amount", "cp_payment", "cp_payment_allocation",
                    "cp_document_view"));
            generator.clientsAndContacts();
            generator.invoicesAndPayments();
            generator.views();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set maintenance_work_mem = '512MB'");
                for (String index : indexes) {
                    statement.execute(index);
                }
                statement.execute("select setval('cp_document_view_seq', " + (VIEWS + 1_000) + ")");
                for (String table : List.of("cp_client", "cp_contact", "cp_invoice", "cp_invoice_open_amount",
                        "cp_payment", "cp_payment_allocation")) {
                    statement.execute("vacuum analyze " + table);
                }
                statement.execute("analyze cp_document_view");
                statement.execute("create table bench_dataset (workspace_id uuid not null, clients integer not null,"
                        + " invoices integer not null, views bigint not null, load_seconds numeric not null,"
                        + " loaded_at timestamp with time zone not null)");
                statement.execute("insert into bench_dataset values ('" + workspace.id().value() + "', " + CLIENTS
                        + ", " + INVOICES + ", " + VIEWS + ", " + Math.round((System.nanoTime() - start) / 1e8) / 10.0
                        + ", now())");
            }
        }
        return workspace.id();
    }

    /** Streams the generated rows into {@code COPY} statements, each a template row with some columns replaced. */
    private static final class Generator {

        private final SplittableRandom random = new SplittableRandom(20_260_101);
        private final CopyManager copy;
        private final UUID workspace;
        private final UUID templateClient;
        private final UUID templateContact;
        private final Map<String, Invoice> invoices;
        private final Map<String, Payment> payments;
        private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
        private final UUID[] clients = new UUID[CLIENTS];
        private final UUID[] contacts = new UUID[CLIENTS];
        /** The invoices of each client, for the views: invoice i belongs to client {@code invoiceClient[i]}. */
        private final UUID[] invoiceIds = new UUID[INVOICES];
        private final int[] invoiceClient = new int[INVOICES];

        Generator(CopyManager copy, UUID workspace, UUID templateClient, UUID templateContact,
                  Map<String, Invoice> invoices, Map<String, Payment> payments) {
            this.copy = copy;
            this.workspace = workspace;
            this.templateClient = templateClient;
            this.templateContact = templateContact;
            this.invoices = invoices;
            this.payments = payments;
        }

        void clientsAndContacts() throws Exception {
            Template client = Template.of(copy, "cp_client", "id = '" + templateClient + "'");
            Template contact = Template.of(copy, "cp_contact", "id = '" + templateContact + "'");
            for (int i = 0; i < CLIENTS; i++) {
                clients[i] = uuid();
                contacts[i] = uuid();
            }
            // one table after the other: a row's foreign keys must see committed rows
            try (Rows rows = new Rows(SCHEMA, client)) {
                for (int i = 0; i < CLIENTS; i++) {
                    rows.add(client, Map.of("id", clients[i].toString(), "name", "Client %06d".formatted(i),
                            "email", "ap%06d@client.example".formatted(i)));
                }
            }
            try (Rows rows = new Rows(SCHEMA, contact)) {
                for (int i = 0; i < CLIENTS; i++) {
                    String email = "c%06d@client.example".formatted(i);
                    rows.add(contact, Map.of("id", contacts[i].toString(), "client_id", clients[i].toString(),
                            "name", "Contact %06d".formatted(i), "email", email, "email_key", email));
                }
            }
        }

        void invoicesAndPayments() throws Exception {
            List<String> keys = List.copyOf(invoices.keySet());
            Map<String, Template> invoiceTemplates = new HashMap<>();
            Map<String, Template> openAmountTemplates = new HashMap<>();
            Map<String, Template> paymentTemplates = new HashMap<>();
            Map<String, Template> allocationTemplates = new HashMap<>();
            for (Map.Entry<String, Invoice> entry : invoices.entrySet()) {
                String id = entry.getValue().id().value().toString();
                invoiceTemplates.put(entry.getKey(), Template.of(copy, "cp_invoice", "id = '" + id + "'"));
                openAmountTemplates.put(entry.getKey(), Template.of(copy, "cp_invoice_open_amount",
                        "invoice_id = '" + id + "'"));
                Payment payment = payments.get(entry.getKey());
                if (payment != null) {
                    String paymentId = payment.id().value().toString();
                    paymentTemplates.put(entry.getKey(), Template.of(copy, "cp_payment", "id = '" + paymentId + "'"));
                    allocationTemplates.put(entry.getKey(), Template.of(copy, "cp_payment_allocation",
                            "payment_id = '" + paymentId + "'"));
                }
            }
            byte[] kind = new byte[INVOICES];
            short[] issuedDaysAgo = new short[INVOICES];
            short[] closedAfter = new short[INVOICES];
            UUID[] paymentIds = new UUID[INVOICES];
            for (int i = 0; i < INVOICES; i++) {
                invoiceIds[i] = uuid();
                invoiceClient[i] = random.nextInt(CLIENTS);
                kind[i] = (byte) keys.indexOf(random.nextInt(SHAPES) + status(random.nextInt(100)));
                issuedDaysAgo[i] = (short) random.nextInt(730);
                closedAfter[i] = (short) (5 + random.nextInt(40));
                paymentIds[i] = paymentTemplates.containsKey(keys.get(kind[i])) ? uuid() : null;
            }
            try (Rows rows = new Rows(SCHEMA, invoiceTemplates.get(keys.get(0)))) {
                for (int i = 0; i < INVOICES; i++) {
                    Template invoice = invoiceTemplates.get(keys.get(kind[i]));
                    LocalDate issued = today.minusDays(issuedDaysAgo[i]);
                    LocalDate due = issued.plusDays(30);
                    Map<String, String> columns = new HashMap<>(Map.of("id", invoiceIds[i].toString(),
                            "client_id", clients[invoiceClient[i]].toString(), "number", number(i),
                            "issue_date", issued.toString(), "due_date", due.toString(),
                            "created_at", issued + " 09:00:00+00"));
                    if (invoice.value("next_due_date") != null) {
                        columns.put("next_due_date", due.toString());
                    }
                    if (invoice.value("closed_on") != null) {
                        LocalDate closed = closed(issued, closedAfter[i]);
                        columns.put("closed_on", closed.toString());
                        columns.put("closed_at", closed + " 12:00:00+00");
                    }
                    rows.add(invoice, columns);
                }
            }
            try (Rows rows = new Rows(SCHEMA, openAmountTemplates.get("0OPEN"))) {
                for (int i = 0; i < INVOICES; i++) {
                    Template open = openAmountTemplates.get(keys.get(kind[i]));
                    if (open.present()) {
                        rows.add(open, Map.of("invoice_id", invoiceIds[i].toString(), "client_id",
                                clients[invoiceClient[i]].toString(),
                                "due_date", today.minusDays(issuedDaysAgo[i]).plusDays(30).toString()));
                    }
                }
            }
            try (Rows rows = new Rows(SCHEMA, paymentTemplates.get("0PAID"))) {
                for (int i = 0; i < INVOICES; i++) {
                    if (paymentIds[i] != null) {
                        LocalDate received = closed(today.minusDays(issuedDaysAgo[i]), closedAfter[i]);
                        rows.add(paymentTemplates.get(keys.get(kind[i])), Map.of("id", paymentIds[i].toString(),
                                "client_id", clients[invoiceClient[i]].toString(),
                                "reference", "wire-g-%07d".formatted(i), "receipt_number", "RCT-G-%07d".formatted(i),
                                "received_on", received.toString(), "recorded_at", received + " 12:00:00+00"));
                    }
                }
            }
            try (Rows rows = new Rows(SCHEMA, allocationTemplates.get("0PAID"))) {
                for (int i = 0; i < INVOICES; i++) {
                    if (paymentIds[i] != null) {
                        rows.add(allocationTemplates.get(keys.get(kind[i])), Map.of("payment_id",
                                paymentIds[i].toString(), "invoice_id", invoiceIds[i].toString(),
                                "invoice_number", number(i)));
                    }
                }
            }
        }

        private LocalDate closed(LocalDate issued, int after) {
            LocalDate closed = issued.plusDays(after);
            return closed.isAfter(today) ? today : closed;
        }

        private static String number(int invoice) {
            return "G-%07d".formatted(invoice);
        }

        void views() throws Exception {
            String[] columns = {"id", "view_id", "workspace_id", "client_id", "document_type", "document_id",
                    "viewer_key", "channel", "viewed_at", "address", "user_agent", "method", "classification"};
            Template view = new Template("cp_document_view", List.of(columns), new String[columns.length]);
            try (Rows rows = new Rows(SCHEMA, view)) {
                String[] values = new String[columns.length];
                for (long i = 1; i <= VIEWS; i++) {
                    int invoice = random.nextInt(INVOICES);
                    int client = invoiceClient[invoice];
                    values[0] = Long.toString(i);
                    values[1] = uuid().toString();
                    values[2] = workspace.toString();
                    values[3] = clients[client].toString();
                    values[4] = "INVOICE";
                    values[5] = invoiceIds[invoice].toString();
                    values[6] = "contact:" + contacts[client];
                    values[7] = "SESSION";
                    values[8] = today.minusDays(random.nextInt(730)).atStartOfDay().plusSeconds(random.nextInt(86_400))
                            + "Z";
                    values[9] = "198.51.100." + random.nextInt(256);
                    values[10] = USER_AGENT;
                    values[11] = "GET";
                    values[12] = random.nextInt(10) == 0 ? "PROBABLE_SCANNER" : "HUMAN";
                    rows.add(values);
                }
            }
        }

        private static String status(int percent) {
            return percent < 65 ? "PAID" : percent < 72 ? "PARTIALLY_PAID" : percent < 94 ? "OPEN"
                    : percent < 97 ? "VOID" : "UNCOLLECTIBLE";
        }

        private UUID uuid() {
            return KeptDataSet.uuid(random);
        }
    }
}

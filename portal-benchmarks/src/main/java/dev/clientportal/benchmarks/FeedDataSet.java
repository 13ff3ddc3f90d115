package dev.clientportal.benchmarks;

import dev.clientportal.benchmarks.CsvCopy.Rows;
import dev.clientportal.benchmarks.CsvCopy.Template;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.project.ActivityFeedStore;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedReadMark;
import dev.clientportal.core.project.NewProject;
import dev.clientportal.core.project.PostUpdate;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The data set of {@link FeedPageBenchmark}: one workspace with 1,000 clients, three contacts and ten projects each
 * (10,000 projects), and 1,000,000 feed entries: {@value #LONG_FEED} of them in the feed of one client (the "long
 * feed", client 0), the others spread at random over the other 999 clients (about 900 each), created over the last
 * two years. 70 % are staff updates (one in twenty needing the client's input; four in five about a project), 20 %
 * "invoice issued" and 10 % "invoice paid" notes (about a project, with their natural keys). Of each client's
 * contacts, the first has read all but the newest ten entries, the second up to a random entry in the older half of
 * the feed, the third nothing. In the PostgreSQL schema {@value #SCHEMA} at 127.0.0.1:5432/test, migrated by Flyway
 * from portal-jpa's {@code db/migration/postgresql}, kept between runs (see {@link KeptDataSet}).
 *
 * <p>Every row is a copy of a template row the portal wrote through its API (a client, a contact, a project, a posted
 * update and a read mark), with ids, names, times and keys replaced, written by {@code COPY}; the templates' own
 * project, entry and mark are deleted afterwards. An entry's {@code position_key} is built here as portal-jpa builds
 * it (its entity is not reachable from here), and {@link #verify} proves it: every key of the long feed equals the
 * key computed from its row's time and id, and paging the whole long feed through the adapter's
 * {@link ActivityFeedStore} returns its entries in core's {@link FeedCursor} order, none skipped or repeated. Run with
 * {@code --reload} to load it again; drop it with {@code drop schema bench_feed cascade}.
 */
public final class FeedDataSet {

    static final String SCHEMA = "bench_feed";
    static final int CLIENTS = 1_000;
    static final int CONTACTS_PER_CLIENT = 3;
    static final int PROJECTS_PER_CLIENT = 10;
    static final int ENTRIES = 1_000_000;
    static final int LONG_FEED = 100_000;
    /** Entries newer than the first contact's read mark: its first page shows this many unread. */
    static final int UNREAD_OF_FIRST_CONTACT = 10;

    private static final CurrencyUnit USD = CurrencyUnit.of("USD");
    private static final String[] PROJECT_NAMES = {"Rebrand", "Spring campaign", "Website refresh", "Annual report",
        "Product launch", "Trade show", "Newsletter", "Packaging", "Photo shoot", "Brand guidelines"};

    private FeedDataSet() {
    }

    /** Loads the data set unless it is there ({@code --reload}: load it again), verifies it, and says what it holds. */
    public static void main(String[] args) throws Exception {
        boolean reload = List.of(args).contains("--reload");
        long start = System.nanoTime();
        try (KeptDataSet.Opened opened = open(reload)) {
            verify(opened);
            try (Connection connection = opened.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select clients, projects, entries, long_feed, load_seconds,"
                         + " loaded_at from bench_dataset")) {
                row.next();
                System.out.printf("%s: %,d clients, %,d projects, %,d entries (%,d in the long feed); loaded in %s s"
                                + " at %s; verified; this run %.1f s%n", SCHEMA, row.getInt(1), row.getInt(2),
                        row.getInt(3), row.getInt(4), row.getBigDecimal(5), row.getObject(6),
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** Opens the data set, loading and verifying it first when it is missing, incomplete or {@code reload} is asked. */
    static KeptDataSet.Opened open(boolean reload) throws Exception {
        return KeptDataSet.open(SCHEMA, "clients = " + CLIENTS + " and projects = " + CLIENTS * PROJECTS_PER_CLIENT
                + " and entries = " + ENTRIES + " and long_feed = " + LONG_FEED, reload, FeedDataSet::load);
    }

    /** The email of a contact, {@code n} of {@value #CONTACTS_PER_CLIENT}, of client {@code client}. */
    static String contactEmail(int client, int n) {
        return "f%04d-%d@client.example".formatted(client, n);
    }

    /** Signs in a contact of the data set by its email, as a browser would after following an invitation. */
    static ContactPrincipal signIn(KeptDataSet.Opened dataSet, String email, int n) throws SQLException {
        UUID id;
        try (Connection connection = dataSet.dataSource().getConnection();
             PreparedStatement contact = connection.prepareStatement("select id from cp_contact"
                     + " where workspace_id = ? and email_key = ?")) {
            contact.setObject(1, dataSet.owner().workspaceId().value());
            contact.setString(2, email);
            try (ResultSet row = contact.executeQuery()) {
                row.next();
                id = row.getObject(1, UUID.class);
            }
            connection.commit();
        }
        ClientRequest browser = new ClientRequest("10.8." + (n / 256) % 256 + "." + (n % 256),
                "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", "GET");
        ClientPortal portal = dataSet.portal();
        return portal.access().signIn(portal.access().invite(dataSet.owner(), new ContactId(id)).token(), browser)
                .principal();
    }

    /**
     * A feed position as portal-jpa stores it in {@code position_key}: the creation time's seconds and nanos, then
     * the id's two halves, each signed number with its sign bit flipped, big-endian (28 bytes).
     */
    static byte[] positionKey(Instant at, UUID id) {
        return ByteBuffer.allocate(28)
                .putLong(at.getEpochSecond() ^ Long.MIN_VALUE)
                .putInt(at.getNano())
                .putLong(id.getMostSignificantBits() ^ Long.MIN_VALUE)
                .putLong(id.getLeastSignificantBits() ^ Long.MIN_VALUE)
                .array();
    }

    /**
     * Proves the loaded keys are the adapter's: every entry of the long feed has the key of its time and id, paging
     * the whole long feed through {@link ActivityFeedStore#page} in pages of 1,000 answers it in {@link FeedCursor}
     * order (newest first) with nothing skipped or repeated, and the first contact's read mark reads back through
     * {@link ActivityFeedStore#readMark} with {@value #UNREAD_OF_FIRST_CONTACT} entries above it.
     */
    static void verify(KeptDataSet.Opened dataSet) throws SQLException {
        WorkspaceId workspace = dataSet.owner().workspaceId();
        ClientId client;
        ContactId first;
        List<FeedCursor> expected = new ArrayList<>();
        try (Connection connection = dataSet.dataSource().getConnection();
             PreparedStatement contact = connection.prepareStatement("select client_id, id from cp_contact"
                     + " where workspace_id = ? and email_key = ?");
             PreparedStatement entries = connection.prepareStatement("select created_at, id, position_key"
                     + " from cp_feed_entry where workspace_id = ? and client_id = ?")) {
            contact.setObject(1, workspace.value());
            contact.setString(2, contactEmail(0, 0));
            try (ResultSet row = contact.executeQuery()) {
                row.next();
                client = new ClientId(row.getObject(1, UUID.class));
                first = new ContactId(row.getObject(2, UUID.class));
            }
            entries.setObject(1, workspace.value());
            entries.setObject(2, client.value());
            try (ResultSet row = entries.executeQuery()) {
                while (row.next()) {
                    Instant at = row.getObject(1, OffsetDateTime.class).toInstant();
                    UUID id = row.getObject(2, UUID.class);
                    if (!Arrays.equals(row.getBytes(3), positionKey(at, id))) {
                        throw new IllegalStateException("entry " + id + " has a position key that is not its own");
                    }
                    expected.add(new FeedCursor(at, new FeedEntryId(id)));
                }
            }
            connection.commit();
        }
        expected.sort(Comparator.reverseOrder());
        if (expected.size() != LONG_FEED) {
            throw new IllegalStateException("the long feed holds " + expected.size() + " entries, not " + LONG_FEED);
        }
        ActivityFeedStore feed = dataSet.stores().projects().orElseThrow().feed();
        List<FeedCursor> paged = new ArrayList<>();
        FeedCursor before = null;
        do {
            FeedCursor after = before;
            List<FeedEntry> page = dataSet.stores().transactions().inReadOnlyTransaction(
                    () -> feed.page(workspace, client, null, after, 1_000));
            page.forEach(entry -> paged.add(entry.position()));
            before = page.isEmpty() ? null : page.get(page.size() - 1).position();
        } while (before != null);
        if (!paged.equals(expected)) {
            throw new IllegalStateException("paging the long feed through the adapter answered " + paged.size()
                    + " entries not in feed order");
        }
        Optional<FeedReadMark> mark = dataSet.stores().transactions().inReadOnlyTransaction(
                () -> feed.readMark(workspace, client, first));
        if (mark.isEmpty() || !mark.get().position().equals(expected.get(UNREAD_OF_FIRST_CONTACT))) {
            throw new IllegalStateException("the first contact's mark of the long feed reads back as " + mark);
        }
    }

    /** Writes the templates through the portal, copies them into the whole data set, and marks it loaded. */
    private static WorkspaceId load(ClientPortal portal) throws Exception {
        long start = System.nanoTime();
        Workspace workspace = portal.workspaces().create(new CreateWorkspace("Feed bench", USD, PaymentTerms.net(30)));
        StaffPrincipal owner = StaffPrincipal.of(workspace.id(), "owner@bench.example");
        Client client = portal.clients().create(owner, new CreateClient("Template client", "ap@template.example"));
        Contact contact = portal.clients().addContact(owner, new AddContact(client.id(), "Template contact",
                "contact@template.example", EnumSet.of(Role.VIEWER)));
        Project project = portal.projects().create(owner, client.id(), NewProject.named("Template project"));
        FeedEntry update = portal.projects().post(owner, client.id(), PostUpdate.of("Template update")
                .about(project.id()));
        ContactPrincipal reader = portal.access().signIn(portal.access().invite(owner, contact.id()).token(),
                new ClientRequest("10.8.0.1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0", "GET")).principal();
        portal.projects().markRead(reader, update.id());
        try (Connection connection = DriverManager.getConnection(KeptDataSet.URL + "?currentSchema=" + SCHEMA,
                "postgres", "test")) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Generator generator = new Generator(new Templates(
                    Template.of(copy, "cp_client", "id = '" + client.id().value() + "'"),
                    Template.of(copy, "cp_contact", "id = '" + contact.id().value() + "'"),
                    Template.of(copy, "cp_project", "id = '" + project.id().value() + "'"),
                    Template.of(copy, "cp_feed_entry", "id = '" + update.id().value() + "'"),
                    Template.of(copy, "cp_feed_read", "contact_id = '" + contact.id().value() + "'")));
            List<String> indexes = KeptDataSet.dropLookupIndexes(connection, SCHEMA, List.of("cp_feed_entry"));
            generator.clientsContactsAndProjects();
            generator.entriesAndMarks();
            try (Statement statement = connection.createStatement()) {
                // the templates' own project, entry and mark: the set holds exactly the generated ones
                statement.execute("delete from cp_feed_read where contact_id = '" + contact.id().value() + "'");
                statement.execute("delete from cp_feed_entry where id = '" + update.id().value() + "'");
                statement.execute("delete from cp_project where id = '" + project.id().value() + "'");
                statement.execute("set maintenance_work_mem = '512MB'");
                for (String index : indexes) {
                    statement.execute(index);
                }
                for (String table : List.of("cp_client", "cp_contact", "cp_project", "cp_feed_entry", "cp_feed_read")) {
                    statement.execute("vacuum analyze " + table);
                }
                statement.execute("create table bench_dataset (workspace_id uuid not null, clients integer not null,"
                        + " projects integer not null, entries integer not null, long_feed integer not null,"
                        + " load_seconds numeric not null, loaded_at timestamp with time zone not null)");
                statement.execute("insert into bench_dataset values ('" + workspace.id().value() + "', " + CLIENTS
                        + ", " + CLIENTS * PROJECTS_PER_CLIENT + ", " + ENTRIES + ", " + LONG_FEED + ", "
                        + Math.round((System.nanoTime() - start) / 1e8) / 10.0 + ", now())");
            }
        }
        return workspace.id();
    }

    /** The rows the portal wrote, one of each table, that the generated rows copy. */
    private record Templates(Template client, Template contact, Template project, Template entry, Template mark) {
    }

    /** Streams the generated rows into {@code COPY} statements, each a template row with some columns replaced. */
    private static final class Generator {

        private static final HexFormat HEX = HexFormat.of();

        private final SplittableRandom random = new SplittableRandom(20_261_206);
        private final Templates templates;
        private final Instant oldest = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(730));
        private final UUID[] clients = new UUID[CLIENTS];
        private final UUID[] contacts = new UUID[CLIENTS * CONTACTS_PER_CLIENT];
        private final UUID[] projects = new UUID[CLIENTS * PROJECTS_PER_CLIENT];

        Generator(Templates templates) {
            this.templates = templates;
        }

        void clientsContactsAndProjects() throws Exception {
            Arrays.setAll(clients, i -> uuid());
            Arrays.setAll(contacts, i -> uuid());
            Arrays.setAll(projects, i -> uuid());
            // one table after the other: a row's foreign keys must see committed rows
            try (Rows rows = new Rows(SCHEMA, templates.client())) {
                for (int i = 0; i < CLIENTS; i++) {
                    rows.add(templates.client(), Map.of("id", clients[i].toString(),
                            "name", "Client %04d".formatted(i), "email", "ap%04d@client.example".formatted(i)));
                }
            }
            try (Rows rows = new Rows(SCHEMA, templates.contact())) {
                for (int i = 0; i < contacts.length; i++) {
                    String email = contactEmail(i / CONTACTS_PER_CLIENT, i % CONTACTS_PER_CLIENT);
                    rows.add(templates.contact(), Map.of("id", contacts[i].toString(),
                            "client_id", clients[i / CONTACTS_PER_CLIENT].toString(),
                            "name", "Contact %04d-%d".formatted(i / CONTACTS_PER_CLIENT, i % CONTACTS_PER_CLIENT),
                            "email", email, "email_key", email));
                }
            }
            try (Rows rows = new Rows(SCHEMA, templates.project())) {
                for (int i = 0; i < projects.length; i++) {
                    int percent = random.nextInt(100);
                    rows.add(templates.project(), Map.of("id", projects[i].toString(),
                            "client_id", clients[i / PROJECTS_PER_CLIENT].toString(),
                            "name", PROJECT_NAMES[i % PROJECTS_PER_CLIENT] + " " + (2024 + random.nextInt(3)),
                            "status", percent < 70 ? "ACTIVE" : percent < 80 ? "ON_HOLD" : "DONE",
                            "created_at", timestamp(oldest.plus(Duration.ofHours(random.nextInt(730 * 24))))));
                }
            }
        }

        void entriesAndMarks() throws Exception {
            int[] client = new int[ENTRIES];
            long[] micros = new long[ENTRIES];
            UUID[] ids = new UUID[ENTRIES];
            long span = Duration.ofDays(730).toNanos() / 1_000;
            for (int i = 0; i < ENTRIES; i++) {
                client[i] = i < LONG_FEED ? 0 : 1 + random.nextInt(CLIENTS - 1);
                micros[i] = random.nextLong(span);
                ids[i] = uuid();
            }
            try (Rows rows = new Rows(SCHEMA, templates.entry())) {
                for (int i = 0; i < ENTRIES; i++) {
                    rows.add(templates.entry(), entry(client[i], at(micros[i]), ids[i], i));
                }
            }
            Integer[] order = new Integer[ENTRIES];
            Arrays.setAll(order, i -> i);
            // by client, then newest first as core orders a feed: time, then id
            Arrays.sort(order, (a, b) -> client[a] != client[b] ? Integer.compare(client[a], client[b])
                    : micros[a] != micros[b] ? Long.compare(micros[b], micros[a]) : ids[b].compareTo(ids[a]));
            try (Rows rows = new Rows(SCHEMA, templates.mark())) {
                int from = 0;
                for (int c = 0; c < CLIENTS; c++) {
                    int to = from;
                    while (to < ENTRIES && client[order[to]] == c) {
                        to++;
                    }
                    int size = to - from;
                    if (size > UNREAD_OF_FIRST_CONTACT) {
                        mark(rows, c, 0, order[from + UNREAD_OF_FIRST_CONTACT], micros, ids);
                        mark(rows, c, 1, order[from + size / 2 + random.nextInt(size - size / 2)], micros, ids);
                    }
                    from = to;
                }
            }
        }

        private Map<String, String> entry(int client, Instant at, UUID id, int n) {
            int percent = random.nextInt(100);
            String project = percent < 56 || percent >= 70 ? projects[client * PROJECTS_PER_CLIENT
                    + random.nextInt(PROJECTS_PER_CLIENT)].toString() : null;
            String kind;
            String body;
            String author;
            String naturalKey;
            if (percent < 70) {
                kind = "UPDATE";
                body = "Update %d: the review of the layouts is done; the copy deck is in the shared folder for your"
                        .formatted(n) + " comments.";
                author = templates.entry().value("author");
                naturalKey = null;
            } else if (percent < 90) {
                kind = "INVOICE_ISSUED";
                body = "Invoice G-%07d was issued: USD 1,250.00, due %s".formatted(n, at.plus(Duration.ofDays(30))
                        .toString().substring(0, 10));
                author = FeedEntry.SYSTEM;
                naturalKey = "invoice-issued:" + uuid();
            } else {
                kind = "INVOICE_PAID";
                body = "Invoice G-%07d was paid".formatted(n);
                author = FeedEntry.SYSTEM;
                naturalKey = "invoice-paid:" + uuid() + ":3";
            }
            Map<String, String> columns = new HashMap<>();
            columns.put("id", id.toString());
            columns.put("client_id", clients[client].toString());
            columns.put("project_id", project);
            columns.put("kind", kind);
            columns.put("body", body);
            columns.put("author", author);
            columns.put("created_at", timestamp(at));
            columns.put("position_key", "\\x" + HEX.formatHex(positionKey(at, id)));
            columns.put("needs_input", kind.equals("UPDATE") && random.nextInt(20) == 0 ? "t" : "f");
            columns.put("natural_key", naturalKey);
            return columns;
        }

        private void mark(Rows rows, int client, int contact, int entry, long[] micros, UUID[] ids)
                throws SQLException {
            Instant at = at(micros[entry]);
            rows.add(templates.mark(), Map.of("client_id", clients[client].toString(),
                    "contact_id", contacts[client * CONTACTS_PER_CLIENT + contact].toString(),
                    "entry_id", ids[entry].toString(), "entry_created_at", timestamp(at),
                    "position_key", "\\x" + HEX.formatHex(positionKey(at, ids[entry])),
                    "marked_at", timestamp(at.plus(Duration.ofHours(1)))));
        }

        private Instant at(long micros) {
            return oldest.plus(micros, ChronoUnit.MICROS);
        }

        private static String timestamp(Instant at) {
            return at.toString();
        }

        private UUID uuid() {
            return KeptDataSet.uuid(random);
        }
    }
}

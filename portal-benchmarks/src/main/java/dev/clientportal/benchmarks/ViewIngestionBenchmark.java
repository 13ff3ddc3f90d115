package dev.clientportal.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.analytics.ViewClass;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.jpa.JpaPortalStores;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * View-event ingestion into PostgreSQL (127.0.0.1:5432, database {@code test}, postgres/test): batches of 1,000
 * views through the adapter's public path, {@code JpaPortalStores.create(emf).viewStore().appendAll(batch)} (one
 * transaction, ids in one sequence query, multi-row inserts), against two baselines on the same table in the same
 * run: raw {@code COPY cp_document_view FROM STDIN} through the driver's {@link CopyManager}, and a plain JDBC
 * multi-row insert. Every batch commits. The schema is the benchmark's own (created, migrated with Flyway from
 * portal-jpa's {@code db/migration/postgresql}, dropped at the end) and emptied before each iteration. Results are
 * views per second (one operation is one view). Target: ≥ 100k views/s from one instance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ViewIngestionBenchmark {

    /** Views per batch: what a host's write-behind buffer hands over at once. */
    static final int BATCH = 1_000;

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String COLUMNS = "id, view_id, workspace_id, client_id, document_type, document_id,"
            + " viewer_key, channel, viewed_at, address, user_agent, method, classification";
    private static final int ROWS_PER_INSERT = 200;
    private static final String USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    private final String schema = "bench_views_" + Long.toHexString(System.nanoTime());
    private final SplittableRandom random = new SplittableRandom(42);
    private final WorkspaceId workspaceId = new WorkspaceId(new UUID(0x0190_0000_0000_7000L, 1));
    private final ClientId clientId = new ClientId(new UUID(0x0190_0000_0000_7000L, 2));
    private DocumentRef[] documents;
    private HikariDataSource dataSource;
    private EntityManagerFactory factory;
    private ViewStore viewStore;
    /** Row ids of the baselines, far above what the sequence hands out to the adapter. */
    private long nextRawId = 1_000_000_000_000L;
    /** View ids: this run's random high half, a counter low half. */
    private final long run = random.nextLong();
    private long sequence;

    /** Creates and migrates the schema, and opens the pool and the entity manager factory over it. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "test");
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL + "?currentSchema=" + schema);
        config.setUsername("postgres");
        config.setPassword("test");
        config.setMaximumPoolSize(4);
        config.setAutoCommit(false);
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations(JpaPortalStores.migrationLocation("postgresql")).load().migrate();
        PersistenceConfiguration unit = new PersistenceConfiguration("view-ingestion")
                .provider(HibernatePersistenceProvider.class.getName())
                .property("hibernate.connection.datasource", dataSource)
                .property("hibernate.connection.provider_disables_autocommit", "true")
                .property("hibernate.hbm2ddl.auto", "validate");
        JpaPortalStores.entityClasses().forEach(unit::managedClass);
        factory = Persistence.createEntityManagerFactory(unit);
        viewStore = JpaPortalStores.create(factory).viewStore();
        documents = new DocumentRef[64];
        for (int i = 0; i < documents.length; i++) {
            documents[i] = new DocumentRef(i % 4 == 0 ? DocumentType.QUOTE : DocumentType.INVOICE,
                    new UUID(0x0190_0000_0000_7000L, 100 + i));
        }
    }

    /** Empties the view log, so that every iteration inserts into a table of the same size. */
    @Setup(Level.Iteration)
    public void empty() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate cp_document_view");
            connection.commit();
        }
    }

    /** Closes the factory and the pool and drops the schema. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        factory.close();
        dataSource.close();
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "test");
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        }
    }

    /** The adapter: one {@code appendAll} of 1,000 views, its own transaction. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void portalJpaAppendAll() {
        viewStore.appendAll(views());
    }

    /** The floor: the same 1,000 rows by {@code COPY … FROM STDIN} (CSV), committed. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long rawCopy() throws SQLException, IOException {
        List<DocumentView> views = views();
        StringBuilder csv = new StringBuilder(views.size() * 320);
        for (DocumentView view : views) {
            csv.append(nextRawId++).append(',').append(view.id()).append(',').append(view.workspaceId().value())
                    .append(',').append(view.clientId().value()).append(',').append(view.document().type().name())
                    .append(',').append(view.document().id()).append(',').append(view.viewerKey()).append(',')
                    .append(view.channel().name()).append(',').append(view.at()).append(',')
                    .append(view.address()).append(",\"").append(view.userAgent()).append("\",")
                    .append(view.method()).append(',').append(view.classification().name()).append('\n');
        }
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows = copy.copyIn("copy cp_document_view (" + COLUMNS + ") from stdin with (format csv)",
                    new StringReader(csv.toString()));
            connection.commit();
            return rows;
        }
    }

    /** A plain JDBC baseline: the same rows as multi-row inserts of 200 rows in one JDBC batch, committed. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int[] jdbcMultiRowInsert() throws SQLException {
        List<DocumentView> views = views();
        StringBuilder sql = new StringBuilder("insert into cp_document_view (" + COLUMNS + ") values ");
        for (int row = 0; row < ROWS_PER_INSERT; row++) {
            sql.append(row == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            for (int from = 0; from < views.size(); from += ROWS_PER_INSERT) {
                int p = 0;
                for (DocumentView view : views.subList(from, from + ROWS_PER_INSERT)) {
                    insert.setLong(++p, nextRawId++);
                    insert.setObject(++p, view.id());
                    insert.setObject(++p, view.workspaceId().value());
                    insert.setObject(++p, view.clientId().value());
                    insert.setString(++p, view.document().type().name());
                    insert.setObject(++p, view.document().id());
                    insert.setString(++p, view.viewerKey());
                    insert.setString(++p, view.channel().name());
                    insert.setObject(++p, OffsetDateTime.ofInstant(view.at(), ZoneOffset.UTC));
                    insert.setString(++p, view.address());
                    insert.setString(++p, view.userAgent());
                    insert.setString(++p, view.method());
                    insert.setString(++p, view.classification().name());
                }
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            connection.commit();
            return counts;
        }
    }

    /** A batch of fresh views: 64 documents, 16 viewers, mostly people, some scanners, one instant per view. */
    private List<DocumentView> views() {
        List<DocumentView> views = new ArrayList<>(BATCH);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < BATCH; i++) {
            int viewer = random.nextInt(16);
            boolean scanner = random.nextInt(10) == 0;
            views.add(new DocumentView(new UUID(run, sequence++),
                    workspaceId, clientId, documents[random.nextInt(documents.length)],
                    String.format(Locale.ROOT, "contact:%d", viewer), AccessChannel.SESSION, now.plusNanos(i * 1000L),
                    "203.0.113." + viewer, scanner ? "Mozilla/5.0 (compatible; Proofpoint URL Defense)" : USER_AGENT,
                    "GET", scanner ? ViewClass.PROBABLE_SCANNER : ViewClass.HUMAN));
        }
        return views;
    }
}

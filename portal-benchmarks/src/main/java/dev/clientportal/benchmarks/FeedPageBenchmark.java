package dev.clientportal.benchmarks;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.project.ActivityFeedStore;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedItem;
import dev.clientportal.core.project.FeedPage;
import dev.clientportal.core.project.FeedReadMark;
import dev.clientportal.core.project.ProjectId;
import org.jspecify.annotations.Nullable;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A contact's feed page (20 entries with their unread markers) over {@link FeedDataSet} (1,000 clients, 10,000
 * projects, 1,000,000 entries, one client's feed 100,000 long, on local PostgreSQL), at three depths of the stack in
 * the same run on the same connection pool:
 * <ul>
 *   <li>{@code firstPage}, {@code deepPage}, {@code projectPage}: through the use case,
 *   {@code portal.projects().feed(contact, after, 20)} (and the project's feed) on {@code JpaPortalStores}. The first
 *   page is that of a signed-in contact of one of 256 random clients (about 900 entries each; each client's first
 *   contact has ten unread, its second many, its third all); the deep page is one of the long feed's 100,000 entries,
 *   after a cursor 20,000 to 95,000 entries down; the project page the first page of a random project of the
 *   client. Target: p50 ≤ 1 ms, ≤ 2 statements, whatever the feed's length.</li>
 *   <li>{@code storeFirstPage}, {@code storeDeepPage}: the adapter alone, the two reads a page needs (the contact's
 *   read mark, then the page) through {@link ActivityFeedStore} in one read-only transaction, unread worked out
 *   from the mark as core does.</li>
 *   <li>{@code sqlFirstPage}, {@code sqlDeepPage}: the bound, the same two reads hand-written in plain JDBC, every
 *   column read, unread compared on the position keys, committed.</li>
 * </ul>
 * Sample-time mode, so JMH reports p50 and p99. The data set is loaded on first use and kept, and verified against the
 * adapter at every setup (see {@link FeedDataSet}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FeedPageBenchmark {

    private static final int PAGE = 20;
    private static final int SAMPLES = 256;
    private static final String MARK = "select entry_id, entry_created_at, position_key from cp_feed_read"
            + " where workspace_id = ? and client_id = ? and contact_id = ?";
    private static final String ENTRIES = "select id, client_id, project_id, kind, body, author, created_at,"
            + " position_key, needs_input, natural_key, supersedes, superseded_by, edited_at, version"
            + " from cp_feed_entry where workspace_id = ? and client_id = ?";
    private static final String ORDER = " order by position_key desc limit " + PAGE;

    private KeptDataSet.Opened dataSet;
    private ActivityFeedStore feed;
    private final List<ContactPrincipal> principals = new ArrayList<>();
    private final List<ProjectId> projects = new ArrayList<>();
    private final List<ContactPrincipal> longFeedReaders = new ArrayList<>();
    private final List<FeedCursor> deepCursors = new ArrayList<>();
    private int next;
    private int nextDeep;

    /**
     * Opens (loading it if missing) and verifies the data set, signs in the contacts of 256 random clients and the
     * three of the long feed's client, and picks a project of each client and 256 cursors deep in the long feed.
     */
    @Setup(Level.Trial)
    public void open() throws Exception {
        dataSet = FeedDataSet.open(false);
        FeedDataSet.verify(dataSet);
        feed = dataSet.stores().projects().orElseThrow().feed();
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < SAMPLES; i++) {
            int client = 1 + random.nextInt(FeedDataSet.CLIENTS - 1);
            ContactPrincipal principal = FeedDataSet.signIn(dataSet, FeedDataSet.contactEmail(client,
                    random.nextInt(FeedDataSet.CONTACTS_PER_CLIENT)), i);
            principals.add(principal);
            projects.add(aProject(principal, random));
        }
        for (int n = 0; n < FeedDataSet.CONTACTS_PER_CLIENT; n++) {
            longFeedReaders.add(FeedDataSet.signIn(dataSet, FeedDataSet.contactEmail(0, n), SAMPLES + n));
        }
        List<FeedCursor> longFeed = new ArrayList<>();
        try (Connection connection = dataSet.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("select created_at, id from cp_feed_entry"
                     + " where workspace_id = ? and client_id = ? order by position_key desc")) {
            query.setObject(1, dataSet.owner().workspaceId().value());
            query.setObject(2, longFeedReaders.get(0).clientId().value());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    longFeed.add(new FeedCursor(row.getObject(1, OffsetDateTime.class).toInstant(),
                            new FeedEntryId(row.getObject(2, UUID.class))));
                }
            }
            connection.commit();
        }
        for (int i = 0; i < SAMPLES; i++) {
            deepCursors.add(longFeed.get(20_000 + random.nextInt(75_000)));
        }
    }

    private ProjectId aProject(ContactPrincipal principal, SplittableRandom random) throws SQLException {
        try (Connection connection = dataSet.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("select id from cp_project"
                     + " where workspace_id = ? and client_id = ? order by id offset ? limit 1")) {
            query.setObject(1, principal.workspaceId().value());
            query.setObject(2, principal.clientId().value());
            query.setInt(3, random.nextInt(FeedDataSet.PROJECTS_PER_CLIENT));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                ProjectId project = new ProjectId(row.getObject(1, UUID.class));
                connection.commit();
                return project;
            }
        }
    }

    /** Closes the factory and the pool; the data set stays. */
    @TearDown(Level.Trial)
    public void close() {
        dataSet.close();
    }

    /** The newest page of a random client's feed through the use case, with its unread markers. */
    @Benchmark
    public FeedPage firstPage() {
        return dataSet.portal().projects().feed(principals.get(advance()), null, PAGE);
    }

    /** A page of the long feed, 20,000 to 95,000 entries down, through the use case. */
    @Benchmark
    public FeedPage deepPage() {
        int n = advanceDeep();
        return dataSet.portal().projects().feed(longFeedReaders.get(n % longFeedReaders.size()),
                deepCursors.get(n), PAGE);
    }

    /** The newest page of one of a random client's projects through the use case. */
    @Benchmark
    public FeedPage projectPage() {
        int n = advance();
        return dataSet.portal().projects().feed(principals.get(n), projects.get(n), null, PAGE);
    }

    /** The adapter alone: a random client's contact's read mark and newest page, in one read-only transaction. */
    @Benchmark
    public List<FeedItem> storeFirstPage() {
        return storePage(principals.get(advance()), null);
    }

    /** The adapter alone: the long feed's mark and a page 20,000 to 95,000 entries down. */
    @Benchmark
    public List<FeedItem> storeDeepPage() {
        int n = advanceDeep();
        return storePage(longFeedReaders.get(n % longFeedReaders.size()), deepCursors.get(n));
    }

    /** The bound: a random client's contact's mark and newest page in plain JDBC. */
    @Benchmark
    public void sqlFirstPage(Blackhole rows) throws SQLException {
        sqlPage(principals.get(advance()), null, rows);
    }

    /** The bound: the long feed's mark and a page 20,000 to 95,000 entries down in plain JDBC. */
    @Benchmark
    public void sqlDeepPage(Blackhole rows) throws SQLException {
        int n = advanceDeep();
        sqlPage(longFeedReaders.get(n % longFeedReaders.size()), deepCursors.get(n), rows);
    }

    private List<FeedItem> storePage(ContactPrincipal contact, @Nullable FeedCursor after) {
        return dataSet.stores().transactions().inReadOnlyTransaction(() -> {
            Optional<FeedReadMark> mark = feed.readMark(contact.workspaceId(), contact.clientId(),
                    contact.contactId());
            List<FeedEntry> entries = feed.page(contact.workspaceId(), contact.clientId(), null, after, PAGE);
            return entries.stream().map(entry -> new FeedItem(entry,
                    mark.map(read -> !read.covers(entry.position())).orElse(true))).toList();
        });
    }

    private void sqlPage(ContactPrincipal contact, @Nullable FeedCursor after, Blackhole rows) throws SQLException {
        try (Connection connection = dataSet.dataSource().getConnection();
             PreparedStatement markQuery = connection.prepareStatement(MARK);
             PreparedStatement page = connection.prepareStatement(ENTRIES
                     + (after == null ? "" : " and position_key < ?") + ORDER)) {
            markQuery.setObject(1, contact.workspaceId().value());
            markQuery.setObject(2, contact.clientId().value());
            markQuery.setObject(3, contact.contactId().value());
            byte[] markKey = null;
            try (ResultSet row = markQuery.executeQuery()) {
                if (row.next()) {
                    rows.consume(row.getObject(1, UUID.class));
                    rows.consume(row.getObject(2, OffsetDateTime.class));
                    markKey = row.getBytes(3);
                }
            }
            page.setObject(1, contact.workspaceId().value());
            page.setObject(2, contact.clientId().value());
            if (after != null) {
                page.setBytes(3, FeedDataSet.positionKey(after.createdAt(), after.entryId().value()));
            }
            try (ResultSet row = page.executeQuery()) {
                while (row.next()) {
                    rows.consume(row.getObject(1, UUID.class));
                    rows.consume(row.getObject(2, UUID.class));
                    rows.consume(row.getObject(3, UUID.class));
                    rows.consume(row.getString(4));
                    rows.consume(row.getString(5));
                    rows.consume(row.getString(6));
                    rows.consume(row.getObject(7, OffsetDateTime.class));
                    byte[] key = row.getBytes(8);
                    rows.consume(markKey == null || Arrays.compareUnsigned(key, markKey) > 0);
                    rows.consume(row.getBoolean(9));
                    rows.consume(row.getString(10));
                    rows.consume(row.getObject(11, UUID.class));
                    rows.consume(row.getObject(12, UUID.class));
                    rows.consume(row.getObject(13, OffsetDateTime.class));
                    rows.consume(row.getLong(14));
                }
            }
            connection.commit();
        }
    }

    private int advance() {
        int n = next;
        next = (next + 1) % principals.size();
        return n;
    }

    private int advanceDeep() {
        int n = nextDeep;
        nextDeep = (nextDeep + 1) % deepCursors.size();
        return n;
    }
}

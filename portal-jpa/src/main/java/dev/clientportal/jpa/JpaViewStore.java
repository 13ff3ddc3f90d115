package dev.clientportal.jpa;

import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.analytics.ViewClass;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Views in {@code cp_document_view} and what they add up to in {@code cp_document_viewer},
 * {@code cp_document_engagement} and {@code cp_client_last_seen}. Every call commits on its own
 * ({@link OwnTransactions}), as the port asks.
 *
 * <p>Appending: row ids come from a sequence handed out in blocks of 50 (never an identity column), so
 * {@link #appendAll} of many views is one transaction: at most one query for the ids of the batch and one
 * multi-row insert per 200 views ({@link ViewLogInsert}), whatever the host's {@code hibernate.jdbc.batch_size}.
 * Counting: on PostgreSQL and MariaDB each table is written by one upsert whose SET clauses decide in SQL (the viewer's count moves only when its last counted view is before the cutoff; engagement counters
 * are {@code n = n + :added}; times move by {@code least}/{@code greatest}), then the call reads back the rows it
 * holds locked: two instances counting at once never lose a count. On H2 (tests, demos) the rows are locked first
 * and changed in place; a racing first insert fails as a duplicate and the work runs again.
 */
final class JpaViewStore implements ViewStore {

    private static final String POSTGRESQL_VIEWER = "insert into cp_document_viewer as v (workspace_id,"
            + " document_type, document_id, viewer_key, last_counted_at, counted_views, last_count_id)"
            + " values (:workspace, :type, :document, :viewer, :at, 1, :count)"
            + " on conflict (workspace_id, document_type, document_id, viewer_key) do update set"
            + " counted_views = v.counted_views + case when v.last_counted_at < :cutoff then 1 else 0 end,"
            + " last_count_id = case when v.last_counted_at < :cutoff then excluded.last_count_id"
            + " else v.last_count_id end,"
            + " last_counted_at = case when v.last_counted_at < :cutoff then excluded.last_counted_at"
            + " else v.last_counted_at end";
    /** MariaDB assigns left to right, each seeing the ones before: the condition's column is assigned last. */
    private static final String MARIADB_VIEWER = "insert into cp_document_viewer (workspace_id,"
            + " document_type, document_id, viewer_key, last_counted_at, counted_views, last_count_id)"
            + " values (:workspace, :type, :document, :viewer, :at, 1, :count)"
            + " on duplicate key update"
            + " counted_views = counted_views + if(last_counted_at < :cutoff, 1, 0),"
            + " last_count_id = if(last_counted_at < :cutoff, values(last_count_id), last_count_id),"
            + " last_counted_at = if(last_counted_at < :cutoff, values(last_counted_at), last_counted_at)";
    private static final String POSTGRESQL_ENGAGEMENT = "insert into cp_document_engagement as e (workspace_id,"
            + " document_type, document_id, client_id, first_viewed_at, last_viewed_at, human_views, unique_viewers)"
            + " values (:workspace, :type, :document, :client, :at, :at, :views, :viewers)"
            + " on conflict (workspace_id, document_type, document_id) do update set"
            + " human_views = e.human_views + excluded.human_views,"
            + " unique_viewers = e.unique_viewers + excluded.unique_viewers,"
            + " first_viewed_at = least(e.first_viewed_at, excluded.first_viewed_at),"
            + " last_viewed_at = greatest(e.last_viewed_at, excluded.last_viewed_at)";
    private static final String MARIADB_ENGAGEMENT = "insert into cp_document_engagement (workspace_id,"
            + " document_type, document_id, client_id, first_viewed_at, last_viewed_at, human_views, unique_viewers)"
            + " values (:workspace, :type, :document, :client, :at, :at, :views, :viewers)"
            + " on duplicate key update"
            + " human_views = human_views + values(human_views),"
            + " unique_viewers = unique_viewers + values(unique_viewers),"
            + " first_viewed_at = least(first_viewed_at, values(first_viewed_at)),"
            + " last_viewed_at = greatest(last_viewed_at, values(last_viewed_at))";
    private static final String POSTGRESQL_LAST_SEEN = "insert into cp_client_last_seen as s"
            + " (workspace_id, client_id, last_seen_at) values (:workspace, :client, :at)"
            + " on conflict (workspace_id, client_id)"
            + " do update set last_seen_at = greatest(s.last_seen_at, excluded.last_seen_at)";
    private static final String MARIADB_LAST_SEEN = "insert into cp_client_last_seen"
            + " (workspace_id, client_id, last_seen_at) values (:workspace, :client, :at)"
            + " on duplicate key update last_seen_at = greatest(last_seen_at, values(last_seen_at))";

    private final OwnTransactions transactions;
    private final ViewLogInsert viewLog;

    JpaViewStore(OwnTransactions transactions) {
        this.transactions = transactions;
        this.viewLog = new ViewLogInsert(transactions::dialect);
    }

    @Override
    public void append(DocumentView view) {
        appendAll(List.of(view));
    }

    /**
     * Appends the views in one transaction of their own: their row ids in one query (none while ids of an earlier
     * block are left), then one multi-row insert per 200 views ({@link ViewLogInsert}), so a batch of a thousand
     * views costs six statements and a single view one (and an id query per 50).
     *
     * @param views the views, of any class, in their order; empty appends nothing
     */
    @Override
    public void appendAll(List<DocumentView> views) {
        List<DocumentView> batch = List.copyOf(views);
        if (batch.isEmpty()) {
            return;
        }
        transactions.write("append " + batch.size() + " document views", entityManager -> {
            viewLog.insert(entityManager, batch);
            return null;
        });
    }

    @Override
    public Counted countHumanView(WorkspaceId workspaceId, ClientId clientId, DocumentRef document, String viewerKey,
                                  Instant at, CountIf countIf) {
        return transactions.write("count a view of " + document, entityManager -> count(entityManager, workspaceId,
                clientId, document, viewerKey, at, countIf));
    }

    /**
     * Appends, promotes and counts in one transaction of its own, each step as its own call would: a view costs one
     * commit, and a known duplicate on PostgreSQL and MariaDB only the two upserts that move its times.
     */
    @Override
    public RecordedView recordHumanView(DocumentView view, boolean append, Function<DocumentView, CountIf> countIf) {
        return transactions.write("record a view of " + view.document(), entityManager -> {
            if (append) {
                viewLog.insert(entityManager, List.of(view));
            }
            List<CountedView> promoted = new ArrayList<>();
            for (DocumentView scanned : promote(entityManager, view.workspaceId(), view.document(), view.address())) {
                promoted.add(new CountedView(scanned, count(entityManager, view.workspaceId(), view.clientId(),
                        view.document(), scanned.viewerKey(), scanned.at(), countIf.apply(scanned))));
            }
            return new RecordedView(promoted, count(entityManager, view.workspaceId(), view.clientId(),
                    view.document(), view.viewerKey(), view.at(), countIf.apply(view)));
        });
    }

    /**
     * Counts a human view in the open transaction. Rows an earlier count of the same transaction loaded are written
     * and let go first: the upserts change rows behind the persistence context, which must then read them afresh.
     */
    private Counted count(EntityManager entityManager, WorkspaceId workspaceId, ClientId clientId,
                          DocumentRef document, String viewerKey, Instant at, CountIf countIf) {
        entityManager.flush();
        entityManager.clear();
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        DocumentSendEntity.Key key = new DocumentSendEntity.Key(workspaceId.value(), document.type().name(),
                document.id());
        DocumentViewerEntity.Key viewer = new DocumentViewerEntity.Key(key.workspaceId, key.documentType,
                key.documentId, viewerKey);
        boolean counted = false;
        boolean newViewer = false;
        if (countIf instanceof CountIf.LastCountedBefore before) {
            UUID countId = UUID.randomUUID();
            DocumentViewerEntity row = countViewer(entityManager, viewer, when,
                    before.cutoff().truncatedTo(ChronoUnit.MICROS), countId);
            counted = row.lastCountId.equals(countId);
            newViewer = counted && row.countedViews == 1;
        }
        boolean first = addToEngagement(entityManager, key, clientId.value(), when, counted ? 1 : 0,
                newViewer ? 1 : 0);
        see(entityManager, new ClientRowKey(workspaceId.value(), clientId.value()), when);
        return new Counted(counted, first);
    }

    /** Counts the viewer's view when its last counted one is before the cutoff; returns the row, locked. */
    private DocumentViewerEntity countViewer(EntityManager entityManager, DocumentViewerEntity.Key viewer, Instant at,
                                             Instant cutoff, UUID countId) {
        switch (transactions.dialect()) {
            case POSTGRESQL, MARIADB -> {
                entityManager.createNativeQuery(transactions.dialect() == SqlDialect.POSTGRESQL ? POSTGRESQL_VIEWER
                                : MARIADB_VIEWER)
                        .setParameter("workspace", viewer.workspaceId)
                        .setParameter("type", viewer.documentType)
                        .setParameter("document", viewer.documentId)
                        .setParameter("viewer", viewer.viewerKey)
                        .setParameter("at", at)
                        .setParameter("count", countId)
                        .setParameter("cutoff", cutoff)
                        .executeUpdate();
                return entityManager.find(DocumentViewerEntity.class, viewer);
            }
            case H2 -> {
                DocumentViewerEntity row = entityManager.find(DocumentViewerEntity.class, viewer,
                        LockModeType.PESSIMISTIC_WRITE);
                if (row == null) {
                    row = new DocumentViewerEntity(viewer, at, countId);
                    entityManager.persist(row);
                } else if (row.lastCountedAt.isBefore(cutoff)) {
                    row.lastCountedAt = at;
                    row.countedViews++;
                    row.lastCountId = countId;
                }
                return row;
            }
            default -> throw new IllegalStateException("no dialect " + transactions.dialect());
        }
    }

    /**
     * Adds a human view to the document's engagement and answers whether it was the first counted one. A view not
     * counted only moves the times: on H2 one update when the row exists; on PostgreSQL and MariaDB the upsert alone,
     * with no read back, since such a view is never the first.
     */
    private boolean addToEngagement(EntityManager entityManager, DocumentSendEntity.Key key, UUID clientId,
                                    Instant at, int views, int viewers) {
        if (transactions.dialect() == SqlDialect.H2) {
            if (views == 0 && entityManager.createQuery("update DocumentEngagement e set"
                            + " e.firstViewedAt = case when e.firstViewedAt > :at then :at else e.firstViewedAt end,"
                            + " e.lastViewedAt = case when e.lastViewedAt < :at then :at else e.lastViewedAt end"
                            + " where e.key.workspaceId = :workspace and e.key.documentType = :type"
                            + " and e.key.documentId = :document")
                    .setParameter("at", at)
                    .setParameter("workspace", key.workspaceId)
                    .setParameter("type", key.documentType)
                    .setParameter("document", key.documentId)
                    .executeUpdate() == 1) {
                return false;
            }
            DocumentEngagementEntity row = entityManager.find(DocumentEngagementEntity.class, key,
                    LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                row = new DocumentEngagementEntity(key, clientId, at);
                entityManager.persist(row);
            }
            row.firstViewedAt = at.isBefore(row.firstViewedAt) ? at : row.firstViewedAt;
            row.lastViewedAt = at.isAfter(row.lastViewedAt) ? at : row.lastViewedAt;
            row.humanViews += views;
            row.uniqueViewers += viewers;
            return views > 0 && row.humanViews == 1;
        }
        entityManager.createNativeQuery(transactions.dialect() == SqlDialect.POSTGRESQL ? POSTGRESQL_ENGAGEMENT
                        : MARIADB_ENGAGEMENT)
                .setParameter("workspace", key.workspaceId)
                .setParameter("type", key.documentType)
                .setParameter("document", key.documentId)
                .setParameter("client", clientId)
                .setParameter("at", at)
                .setParameter("views", views)
                .setParameter("viewers", viewers)
                .executeUpdate();
        return views > 0 && entityManager.find(DocumentEngagementEntity.class, key).humanViews == 1;
    }

    /** Moves the client's last-seen time to {@code at} if that is later: on H2 one update when the row exists. */
    private void see(EntityManager entityManager, ClientRowKey key, Instant at) {
        if (transactions.dialect() == SqlDialect.H2) {
            if (entityManager.createQuery("update ClientLastSeen s set s.lastSeenAt = case when s.lastSeenAt < :at"
                            + " then :at else s.lastSeenAt end where s.workspaceId = :workspace"
                            + " and s.clientId = :client")
                    .setParameter("at", at)
                    .setParameter("workspace", key.workspaceId)
                    .setParameter("client", key.clientId)
                    .executeUpdate() == 1) {
                return;
            }
            ClientLastSeenEntity row = entityManager.find(ClientLastSeenEntity.class, key,
                    LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                entityManager.persist(new ClientLastSeenEntity(key, at));
            } else if (row.lastSeenAt.isBefore(at)) {
                row.lastSeenAt = at;
            }
            return;
        }
        entityManager.createNativeQuery(transactions.dialect() == SqlDialect.POSTGRESQL ? POSTGRESQL_LAST_SEEN
                        : MARIADB_LAST_SEEN)
                .setParameter("workspace", key.workspaceId)
                .setParameter("client", key.clientId)
                .setParameter("at", at)
                .executeUpdate();
    }

    @Override
    public List<DocumentView> promoteProbableScannerViews(WorkspaceId workspaceId, DocumentRef document,
                                                          String address) {
        if (address.isEmpty()) {
            return List.of();
        }
        return transactions.write("promote probable scanner views of " + document, entityManager ->
                promote(entityManager, workspaceId, document, address));
    }

    /** Promotes the probable scanner views from {@code address} in the open transaction; none for no address. */
    private static List<DocumentView> promote(EntityManager entityManager, WorkspaceId workspaceId,
                                              DocumentRef document, String address) {
        if (address.isEmpty()) {
            return List.of();
        }
        // locked, so a second instance promoting the same address waits and then finds none left
        List<DocumentViewEntity> rows = entityManager.createQuery("select v from DocumentView v"
                        + " where v.workspaceId = :workspace and v.documentType = :type"
                        + " and v.documentId = :document and v.address = :address"
                        + " and v.classification = :scanner order by v.viewedAt, v.id", DocumentViewEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("type", document.type().name())
                .setParameter("document", document.id())
                .setParameter("address", address)
                .setParameter("scanner", ViewClass.PROBABLE_SCANNER.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        rows.forEach(row -> row.classification = ViewClass.HUMAN.name());
        return rows.stream().map(DocumentViewEntity::toView).toList();
    }

    @Override
    public Optional<DocumentEngagement> engagement(WorkspaceId workspaceId, DocumentRef document) {
        return transactions.read("read the engagement of " + document, entityManager -> Optional.ofNullable(
                        entityManager.find(DocumentEngagementEntity.class, new DocumentSendEntity.Key(
                                workspaceId.value(), document.type().name(), document.id())))
                .flatMap(DocumentEngagementEntity::toEngagement));
    }

    @Override
    public Set<DocumentRef> viewed(WorkspaceId workspaceId, Collection<DocumentRef> documents) {
        Set<DocumentRef> viewed = new HashSet<>();
        if (documents.isEmpty()) {
            return viewed;
        }
        Set<DocumentRef> wanted = Set.copyOf(documents);
        List<String> types = wanted.stream().map(document -> document.type().name()).distinct().toList();
        List<UUID> ids = wanted.stream().map(DocumentRef::id).distinct().toList();
        // types and ids as two lists, both in the key, so the read stays on it; a pair not asked for is left out
        return transactions.read("read which of " + wanted.size() + " documents were viewed", entityManager -> {
            for (List<UUID> chunk : Chunks.of(ids)) {
                entityManager.createQuery("select e from DocumentEngagement e where e.key.workspaceId = :workspace"
                                + " and e.key.documentType in :types and e.key.documentId in :ids"
                                + " and e.humanViews > 0", DocumentEngagementEntity.class)
                        .setParameter("workspace", workspaceId.value())
                        .setParameter("types", types)
                        .setParameter("ids", chunk)
                        .getResultStream()
                        .map(row -> new DocumentRef(DocumentType.valueOf(row.key.documentType), row.key.documentId))
                        .filter(wanted::contains)
                        .forEach(viewed::add);
            }
            return viewed;
        });
    }

    @Override
    public Optional<Instant> clientLastSeen(WorkspaceId workspaceId, ClientId clientId) {
        return transactions.read("read when a client was last seen", entityManager -> Optional.ofNullable(
                        entityManager.find(ClientLastSeenEntity.class,
                                new ClientRowKey(workspaceId.value(), clientId.value())))
                .map(row -> row.lastSeenAt));
    }

    @Override
    public List<DocumentView> recentViews(WorkspaceId workspaceId, DocumentRef document, int limit) {
        return transactions.read("list the recent views of " + document, entityManager -> entityManager.createQuery(
                        "select v from DocumentView v where v.workspaceId = :workspace and v.documentType = :type"
                                + " and v.documentId = :document order by v.viewedAt desc, v.id desc",
                        DocumentViewEntity.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("type", document.type().name())
                .setParameter("document", document.id())
                .setMaxResults(limit)
                .getResultStream().map(DocumentViewEntity::toView).toList());
    }
}

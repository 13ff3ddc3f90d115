package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.ActivityFeedStore;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedEntryKind;
import dev.clientportal.core.project.FeedReadMark;
import dev.clientportal.core.project.ProjectId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The activity feed in {@code cp_feed_entry} and the contacts' read marks in {@code cp_feed_read}.
 *
 * <p>An entry the portal noted by itself is stored by one insert that skips a natural key the workspace holds
 * already ({@code cp_feed_entry_natural_key_uk}) instead of failing, since a unique violation would abort the
 * transaction that issued or paid the invoice; a racing insert of the same key waits for the first and then skips:
 * <ul>
 *   <li>PostgreSQL: {@code INSERT … ON CONFLICT (workspace_id, natural_key) DO NOTHING}; the row count answers;</li>
 *   <li>MariaDB: {@code INSERT … ON DUPLICATE KEY UPDATE} that changes nothing, then a read of the id holding the
 *       key (the affected-row count of a skipped insert depends on the driver's settings);</li>
 *   <li>H2: the workspace row is locked first, then a {@code MERGE … WHEN NOT MATCHED}; the row count answers.</li>
 * </ul>
 * An update staff posted has no natural key and is persisted as it is. Edits are saved by version.
 *
 * <p>A page is one statement: a range scan of the (workspace, client[, project], position) index below the cursor's
 * position key, newest first. A read mark is one upsert that only moves forward, compared by position key in the
 * database, so that of two marks written at once the higher stays.
 */
final class JpaActivityFeed implements ActivityFeedStore {

    private static final String ENTRY_COLUMNS = "(id, workspace_id, client_id, project_id, kind, body, author,"
            + " created_at, position_key, needs_input, natural_key, supersedes, superseded_by, edited_at, version)";

    private static final String ENTRY_VALUES = "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1)";

    private static final String POSTGRESQL_NOTE = "insert into cp_feed_entry " + ENTRY_COLUMNS + " values "
            + ENTRY_VALUES + " on conflict (workspace_id, natural_key) do nothing";

    private static final String MARIADB_NOTE = "insert into cp_feed_entry " + ENTRY_COLUMNS + " values "
            + ENTRY_VALUES + " on duplicate key update id = id";

    private static final String H2_NOTE = "merge into cp_feed_entry f using (select cast(?2 as uuid) as workspace_id,"
            + " cast(?11 as varchar(200)) as natural_key) s"
            + " on f.workspace_id = s.workspace_id and f.natural_key = s.natural_key"
            + " when not matched then insert " + ENTRY_COLUMNS + " values " + ENTRY_VALUES;

    private static final String MARK_COLUMNS = "(workspace_id, client_id, contact_id, entry_id, entry_created_at,"
            + " position_key, marked_at)";

    private static final String POSTGRESQL_MARK = "insert into cp_feed_read as r " + MARK_COLUMNS
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            + " on conflict (workspace_id, client_id, contact_id) do update set entry_id = excluded.entry_id,"
            + " entry_created_at = excluded.entry_created_at, position_key = excluded.position_key,"
            + " marked_at = excluded.marked_at where r.position_key < excluded.position_key";

    /** MariaDB assigns in order, each later one seeing the earlier: the key the others compare with goes last. */
    private static final String MARIADB_MARK = "insert into cp_feed_read " + MARK_COLUMNS
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on duplicate key update"
            + " entry_id = if(values(position_key) > position_key, values(entry_id), entry_id),"
            + " entry_created_at = if(values(position_key) > position_key, values(entry_created_at),"
            + " entry_created_at),"
            + " marked_at = if(values(position_key) > position_key, values(marked_at), marked_at),"
            + " position_key = greatest(position_key, values(position_key))";

    private static final String H2_MARK = "merge into cp_feed_read r using (select cast(?1 as uuid) as workspace_id,"
            + " cast(?2 as uuid) as client_id, cast(?3 as uuid) as contact_id, cast(?4 as uuid) as entry_id,"
            + " cast(?5 as timestamp(6) with time zone) as entry_created_at,"
            + " cast(?6 as varbinary(" + FeedEntryEntity.POSITION_LENGTH + ")) as position_key,"
            + " cast(?7 as timestamp(6) with time zone) as marked_at) s"
            + " on r.workspace_id = s.workspace_id and r.client_id = s.client_id and r.contact_id = s.contact_id"
            + " when matched and r.position_key < s.position_key then update set entry_id = s.entry_id,"
            + " entry_created_at = s.entry_created_at, position_key = s.position_key, marked_at = s.marked_at"
            + " when not matched then insert " + MARK_COLUMNS + " values (s.workspace_id, s.client_id,"
            + " s.contact_id, s.entry_id, s.entry_created_at, s.position_key, s.marked_at)";

    private static final String MARKS = "select m.contactId, m.entryId, m.entryCreatedAt, m.markedAt"
            + " from FeedReadMark m where m.workspaceId = :workspace and m.clientId = :client";

    private final EntityManagers entityManagers;

    JpaActivityFeed(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Optional<FeedEntry> insert(FeedEntry entry) {
        PortalException.requireField(entry, "entry");
        if (entry.version() != 0) {
            throw new IllegalArgumentException("a new feed entry has version 0: " + entry);
        }
        try {
            EntityManager entityManager = entityManagers.current();
            if (entry.naturalKey() == null) {
                entityManager.persist(FeedEntryEntity.of(entry));
                entityManager.flush();
                return Optional.of(entry.withVersion(1));
            }
            return noted(entityManager, entry) ? Optional.of(entry.withVersion(1)) : Optional.empty();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "insert feed entry " + entry.id());
        }
    }

    /** Inserts an entry with a natural key unless the workspace holds that key; answers whether it was stored. */
    private static boolean noted(EntityManager entityManager, FeedEntry entry) {
        SqlDialect dialect = SqlDialect.of(entityManager);
        dialect.queueKeyInserts(entityManager, entry.workspaceId().value());
        FeedEntryEntity row = FeedEntryEntity.of(entry);
        Query insert = entityManager.createNativeQuery(switch (dialect) {
                    case POSTGRESQL -> POSTGRESQL_NOTE;
                    case MARIADB -> MARIADB_NOTE;
                    case H2 -> H2_NOTE;
                })
                .setParameter(1, row.id)
                .setParameter(2, row.workspaceId)
                .setParameter(3, row.clientId)
                .setParameter(4, row.projectId)
                .setParameter(5, row.kind)
                .setParameter(6, row.body)
                .setParameter(7, row.author)
                .setParameter(8, row.createdAt)
                .setParameter(9, row.positionKey)
                .setParameter(10, row.needsInput)
                .setParameter(11, row.naturalKey)
                .setParameter(12, row.supersedes)
                .setParameter(13, row.supersededBy)
                .setParameter(14, row.editedAt);
        int inserted = insert.executeUpdate();
        if (dialect != SqlDialect.MARIADB) {
            return inserted == 1;
        }
        List<UUID> holder = entityManager.createQuery("select e.id from FeedEntry e where e.workspaceId = :workspace"
                        + " and e.naturalKey = :key", UUID.class)
                .setParameter("workspace", row.workspaceId)
                .setParameter("key", row.naturalKey)
                .getResultList();
        if (holder.isEmpty()) {
            // the key is free, so the insert skipped a taken id
            throw new PortalException(ErrorCode.DUPLICATE_KEY, "could not insert feed entry " + entry.id()
                    + ": an entry with its id exists already");
        }
        return holder.get(0).equals(row.id);
    }

    @Override
    public FeedEntry update(FeedEntry entry) {
        PortalException.requireField(entry, "entry");
        if (entry.version() == 0) {
            throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "feed entry " + entry.id()
                    + " was never stored; insert it first");
        }
        return Versioned.save(entityManagers.current(), FeedEntryEntity.class, entry.id().value(), entry.version(),
                "feed entry", () -> FeedEntryEntity.of(entry), entity -> entity.copy(entry),
                entity -> entity.version, (entity, next) -> entity.version = next,
                entity -> entry.withVersion(entity.version));
    }

    @Override
    public Optional<FeedEntry> find(WorkspaceId workspaceId, FeedEntryId id) {
        return Versioned.read("find a feed entry", () -> Optional.ofNullable(
                        entityManagers.current().find(FeedEntryEntity.class, id.value()))
                .filter(entity -> entity.workspaceId.equals(workspaceId.value()))
                .map(FeedEntryEntity::toEntry));
    }

    @Override
    public List<FeedEntry> page(WorkspaceId workspaceId, ClientId clientId, @Nullable ProjectId projectId,
                                @Nullable FeedCursor before, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return Versioned.read("read a page of the feed", () -> {
            TypedQuery<FeedEntryEntity> query = entityManagers.current().createQuery("select e from FeedEntry e"
                            + " where e.workspaceId = :workspace and e.clientId = :client"
                            + (projectId == null ? "" : " and e.projectId = :project")
                            + (before == null ? "" : " and e.positionKey < :before")
                            + " order by e.positionKey desc", FeedEntryEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("client", clientId.value())
                    .setMaxResults(limit);
            if (projectId != null) {
                query.setParameter("project", projectId.value());
            }
            if (before != null) {
                query.setParameter("before", FeedEntryEntity.positionKey(before));
            }
            return query.getResultList().stream().map(FeedEntryEntity::toEntry).toList();
        });
    }

    @Override
    public List<FeedEntry> awaitingInput(WorkspaceId workspaceId, @Nullable ClientId clientId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return Versioned.read("read the updates awaiting input", () -> {
            TypedQuery<FeedEntryEntity> query = entityManagers.current().createQuery("select e from FeedEntry e"
                            + " where e.workspaceId = :workspace and e.needsInput = true"
                            + (clientId == null ? "" : " and e.clientId = :client")
                            + " and e.kind = :update and e.answeredBy is null and e.supersededBy is null"
                            + " order by e.positionKey", FeedEntryEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("update", FeedEntryKind.UPDATE.name())
                    .setMaxResults(limit);
            if (clientId != null) {
                query.setParameter("client", clientId.value());
            }
            return query.getResultList().stream().map(FeedEntryEntity::toEntry).toList();
        });
    }

    @Override
    public void markRead(FeedReadMark mark) {
        PortalException.requireField(mark, "mark");
        try {
            EntityManager entityManager = entityManagers.current();
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, mark.workspaceId().value());
            entityManager.createNativeQuery(switch (dialect) {
                        case POSTGRESQL -> POSTGRESQL_MARK;
                        case MARIADB -> MARIADB_MARK;
                        case H2 -> H2_MARK;
                    })
                    .setParameter(1, mark.workspaceId().value())
                    .setParameter(2, mark.clientId().value())
                    .setParameter(3, mark.contactId().value())
                    .setParameter(4, mark.position().entryId().value())
                    .setParameter(5, mark.position().createdAt())
                    .setParameter(6, FeedEntryEntity.positionKey(mark.position()))
                    .setParameter(7, mark.markedAt())
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "mark the feed of client " + mark.clientId() + " read for contact "
                    + mark.contactId());
        }
    }

    @Override
    public Optional<FeedReadMark> readMark(WorkspaceId workspaceId, ClientId clientId, ContactId contactId) {
        return Versioned.read("read a contact's feed mark", () -> entityManagers.current()
                .createQuery(MARKS + " and m.contactId = :contact", Tuple.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .setParameter("contact", contactId.value())
                .getResultList().stream().findFirst().map(row -> mark(workspaceId, clientId, row)));
    }

    @Override
    public List<FeedReadMark> readMarks(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("read a client's feed marks", () -> entityManagers.current()
                .createQuery(MARKS, Tuple.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .getResultList().stream().map(row -> mark(workspaceId, clientId, row)).toList());
    }

    /** A mark from the columns of {@link #MARKS}, read as values so that a mark moved in this transaction shows. */
    private static FeedReadMark mark(WorkspaceId workspaceId, ClientId clientId, Tuple row) {
        return new FeedReadMark(workspaceId, clientId, new ContactId(row.get(0, UUID.class)),
                new FeedCursor(row.get(2, Instant.class), new FeedEntryId(row.get(1, UUID.class))),
                row.get(3, Instant.class));
    }
}

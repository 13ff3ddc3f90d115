package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedDigestLog;
import dev.clientportal.core.project.FeedDigestMark;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedEntryKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The contacts' feed digest marks in {@code cp_feed_digest}, and the clients with new staff updates from
 * {@code cp_feed_entry} (an index on kind and time).
 *
 * <p>A digest is claimed by one statement that inserts the contact's row, or moves it on only while its version is
 * the one the run read, under the row's lock; a racing claim waits for the first and then changes nothing, and no
 * statement fails on the existing key, so the run's transaction goes on:
 * <ul>
 *   <li>PostgreSQL: {@code INSERT … ON CONFLICT DO UPDATE … WHERE version = <read>}; the row count answers;</li>
 *   <li>MariaDB: {@code INSERT … ON DUPLICATE KEY UPDATE} that writes a fresh claim token only at the read version,
 *       the other columns following the token, then a read of the token (the affected-row count depends on the
 *       driver's settings, the token does not);</li>
 *   <li>H2: the workspace row is locked first (H2 has no insert that waits for a racing insert of the same key),
 *       then a {@code MERGE … WHEN MATCHED AND version = <read> … WHEN NOT MATCHED}; the row count answers.</li>
 * </ul>
 */
final class JpaFeedDigests implements FeedDigestLog {

    private static final String COLUMNS = "(workspace_id, client_id, contact_id, entry_id, entry_created_at, sent_at,"
            + " version, claim_token)";

    private static final String VALUES = "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?9)";

    private static final String POSTGRESQL_CLAIM = "insert into cp_feed_digest as d " + COLUMNS + " values " + VALUES
            + " on conflict (workspace_id, client_id, contact_id) do update set entry_id = excluded.entry_id,"
            + " entry_created_at = excluded.entry_created_at, sent_at = excluded.sent_at,"
            + " version = excluded.version, claim_token = excluded.claim_token where d.version = ?8";

    /** MariaDB assigns left to right: the token first, from the row as it was; the rest follow the token. */
    private static final String MARIADB_CLAIM = "insert into cp_feed_digest " + COLUMNS + " values " + VALUES
            + " on duplicate key update claim_token = if(version = ?8, values(claim_token), claim_token),"
            + " entry_id = if(claim_token = values(claim_token), values(entry_id), entry_id),"
            + " entry_created_at = if(claim_token = values(claim_token), values(entry_created_at), entry_created_at),"
            + " sent_at = if(claim_token = values(claim_token), values(sent_at), sent_at),"
            + " version = if(claim_token = values(claim_token), values(version), version)";

    private static final String H2_CLAIM = "merge into cp_feed_digest d using (select cast(?1 as uuid) as workspace_id,"
            + " cast(?2 as uuid) as client_id, cast(?3 as uuid) as contact_id) s"
            + " on d.workspace_id = s.workspace_id and d.client_id = s.client_id and d.contact_id = s.contact_id"
            + " when matched and d.version = ?8 then update set entry_id = ?4, entry_created_at = ?5, sent_at = ?6,"
            + " version = ?7, claim_token = ?9"
            + " when not matched then insert " + COLUMNS + " values " + VALUES;

    private static final String MARKS = "select d.contactId, d.entryId, d.entryCreatedAt, d.sentAt, d.version"
            + " from FeedDigest d where d.workspaceId = :workspace and d.clientId = :client";

    private final EntityManagers entityManagers;

    JpaFeedDigests(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public List<ClientFeed> clientsWithUpdates(Instant after, Instant upTo) {
        return Versioned.read("find the clients with new feed updates", () -> entityManagers.current()
                .createQuery("select distinct e.workspaceId, e.clientId from FeedEntry e where e.kind = :kind"
                        + " and e.createdAt > :after and e.createdAt <= :upTo and e.supersededBy is null", Tuple.class)
                .setParameter("kind", FeedEntryKind.UPDATE.name())
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .getResultList().stream()
                .map(row -> new ClientFeed(new WorkspaceId(row.get(0, UUID.class)),
                        new ClientId(row.get(1, UUID.class))))
                .toList());
    }

    @Override
    public List<FeedDigestMark> marks(WorkspaceId workspaceId, ClientId clientId) {
        return Versioned.read("read a client's feed digest marks", () -> entityManagers.current()
                .createQuery(MARKS, Tuple.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .getResultList().stream()
                .map(row -> new FeedDigestMark(workspaceId, clientId, new ContactId(row.get(0, UUID.class)),
                        new FeedCursor(row.get(2, Instant.class), new FeedEntryId(row.get(1, UUID.class))),
                        row.get(3, Instant.class), row.get(4, Long.class)))
                .toList());
    }

    @Override
    public boolean advance(FeedDigestMark next) {
        PortalException.requireField(next, "next");
        UUID token = UUID.randomUUID();
        try {
            EntityManager entityManager = entityManagers.current();
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, next.workspaceId().value());
            int changed = entityManager.createNativeQuery(switch (dialect) {
                        case POSTGRESQL -> POSTGRESQL_CLAIM;
                        case MARIADB -> MARIADB_CLAIM;
                        case H2 -> H2_CLAIM;
                    })
                    .setParameter(1, next.workspaceId().value())
                    .setParameter(2, next.clientId().value())
                    .setParameter(3, next.contactId().value())
                    .setParameter(4, next.through().entryId().value())
                    .setParameter(5, next.through().createdAt())
                    .setParameter(6, next.sentAt())
                    .setParameter(7, next.version() + 1)
                    .setParameter(8, next.version())
                    .setParameter(9, token)
                    .executeUpdate();
            if (dialect != SqlDialect.MARIADB) {
                return changed == 1;
            }
            return entityManager.createQuery("select d.claimToken from FeedDigest d where d.workspaceId = :workspace"
                            + " and d.clientId = :client and d.contactId = :contact", UUID.class)
                    .setParameter("workspace", next.workspaceId().value())
                    .setParameter("client", next.clientId().value())
                    .setParameter("contact", next.contactId().value())
                    .getResultList().contains(token);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "claim the feed digest of contact " + next.contactId());
        }
    }
}

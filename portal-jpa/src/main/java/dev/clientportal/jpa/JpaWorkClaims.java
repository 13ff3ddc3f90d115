package dev.clientportal.jpa;

import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Work claims in {@code cp_work_claim}, one row per (workspace, key). A claim is one upsert that inserts the row or
 * takes it over only while it is free (never claimed, released, or its lease ended), under the row's lock, so of
 * many instances racing for a key exactly one wins and the others wait for it and then find it taken; no statement
 * fails on the existing key, so the caller's transaction goes on.
 *
 * <ul>
 *   <li>PostgreSQL: {@code INSERT … ON CONFLICT DO UPDATE … WHERE <free>}; the row count is the answer.</li>
 *   <li>MariaDB: {@code INSERT … ON DUPLICATE KEY UPDATE} that writes a fresh claim token only while the row is
 *       free (it locks the existing row exclusively at once, so racing claims queue instead of deadlocking), then
 *       a read of the token; the affected-row count depends on the driver's settings, the token does not.</li>
 *   <li>H2: the workspace row is locked first (H2 has no insert that waits for a racing insert of the same key
 *       and then skips it), then a {@code MERGE … WHEN MATCHED AND <free> … WHEN NOT MATCHED}.</li>
 * </ul>
 * Completing and releasing are one conditional update each, whose row count says whether the owner held the claim.
 */
final class JpaWorkClaims implements WorkClaims {

    private static final String FREE = "completed = false and (owner is null or leased_until <= ?5)";

    private static final String POSTGRESQL_CLAIM = "insert into cp_work_claim"
            + " (workspace_id, work_key, owner, leased_until, completed, claim_token)"
            + " values (?1, ?2, ?3, ?4, false, ?6)"
            + " on conflict (workspace_id, work_key) do update"
            + " set owner = excluded.owner, leased_until = excluded.leased_until, claim_token = excluded.claim_token"
            + " where cp_work_claim.completed = false"
            + " and (cp_work_claim.owner is null or cp_work_claim.leased_until <= ?5)";

    /** MariaDB assigns left to right: the token first, from the row as it was; the rest follow the token. */
    private static final String MARIADB_CLAIM = "insert into cp_work_claim"
            + " (workspace_id, work_key, owner, leased_until, completed, claim_token)"
            + " values (?1, ?2, ?3, ?4, false, ?6)"
            + " on duplicate key update"
            + " claim_token = if(" + FREE + ", values(claim_token), claim_token),"
            + " owner = if(claim_token = values(claim_token), values(owner), owner),"
            + " leased_until = if(claim_token = values(claim_token), values(leased_until), leased_until)";

    private static final String H2_CLAIM = "merge into cp_work_claim c"
            + " using (values (cast(?1 as uuid), cast(?2 as varchar(200)))) s (workspace_id, work_key)"
            + " on c.workspace_id = s.workspace_id and c.work_key = s.work_key"
            + " when matched and c.completed = false and (c.owner is null or c.leased_until <= ?5)"
            + " then update set owner = ?3, leased_until = ?4, claim_token = ?6"
            + " when not matched then insert (workspace_id, work_key, owner, leased_until, completed, claim_token)"
            + " values (?1, ?2, ?3, ?4, false, ?6)";

    private final EntityManagers entityManagers;

    JpaWorkClaims(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public boolean tryClaim(WorkspaceId workspaceId, WorkKey key, String owner, Instant now, Duration lease) {
        String holder = WorkClaims.requireValidClaim(workspaceId, key, owner, now, lease);
        EntityManager entityManager = entityManagers.current();
        UUID token = UUID.randomUUID();
        try {
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, workspaceId.value());
            String sql = switch (dialect) {
                case POSTGRESQL -> POSTGRESQL_CLAIM;
                case MARIADB -> MARIADB_CLAIM;
                case H2 -> H2_CLAIM;
            };
            Query claim = entityManager.createNativeQuery(sql)
                    .setParameter(1, workspaceId.value())
                    .setParameter(2, key.value())
                    .setParameter(3, holder)
                    .setParameter(4, now.plus(lease))
                    .setParameter(5, now)
                    .setParameter(6, token);
            int changed = claim.executeUpdate();
            if (dialect != SqlDialect.MARIADB) {
                return changed == 1;
            }
            return entityManager.createQuery("select c.claimToken from WorkClaim c where c.key = :key", UUID.class)
                    .setParameter("key", new WorkClaimEntity.Key(workspaceId.value(), key.value()))
                    .getResultList().stream().anyMatch(token::equals);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "claim work " + key);
        }
    }

    @Override
    public void complete(WorkspaceId workspaceId, WorkKey key, String owner) {
        String holder = WorkClaims.requireValidOwner(workspaceId, key, owner);
        int changed = update(key, "complete work ", "update WorkClaim c set c.completed = true, c.leasedUntil = null"
                        + " where c.key = :key and c.owner = :owner and c.completed = false",
                workspaceId, holder);
        if (changed != 1) {
            throw WorkClaims.claimLost(key, holder);
        }
    }

    @Override
    public void release(WorkspaceId workspaceId, WorkKey key, String owner) {
        String holder = WorkClaims.requireValidOwner(workspaceId, key, owner);
        int changed = update(key, "release work ", "update WorkClaim c set c.owner = null, c.leasedUntil = null"
                        + " where c.key = :key and c.owner = :owner and c.completed = false",
                workspaceId, holder);
        if (changed != 1) {
            throw WorkClaims.claimLost(key, holder);
        }
    }

    private int update(WorkKey key, String action, String jpql, WorkspaceId workspaceId, String owner) {
        try {
            return entityManagers.current().createQuery(jpql)
                    .setParameter("key", new WorkClaimEntity.Key(workspaceId.value(), key.value()))
                    .setParameter("owner", owner)
                    .executeUpdate();
        } catch (RuntimeException e) {
            throw Failures.translate(e, action + key);
        }
    }
}

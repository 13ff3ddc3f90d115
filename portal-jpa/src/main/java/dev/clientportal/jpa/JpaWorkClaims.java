package dev.clientportal.jpa;

import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
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
 *
 * <p>Many keys at once ({@link #tryClaimAll}, {@link #completeAll}) take the same statements with a row per key, up
 * to {@link Chunks#SIZE} keys a statement, and one claim token per call: a claim then reads back which keys carry
 * its token (unless the row count said all or none), a completion writes a token too, so that one read after an
 * update that missed rows names the key the owner did not hold. Claims write their keys in the order of the key
 * text, so two instances claiming overlapping sets lock their shared rows in one order and never deadlock.
 */
final class JpaWorkClaims implements WorkClaims {

    /** Parameters every claim statement shares; the keys follow from {@link #FIRST_KEY} on. */
    private static final String WORKSPACE = "?1";
    private static final String OWNER = "?2";
    private static final String UNTIL = "?3";
    private static final String NOW = "?4";
    private static final String TOKEN = "?5";
    private static final int FIRST_KEY = 6;

    private static final String FREE = "completed = false and (owner is null or leased_until <= " + NOW + ")";

    private static final String COLUMNS = " (workspace_id, work_key, owner, leased_until, completed, claim_token)";

    private static final String POSTGRESQL_TAKE_OVER = " on conflict (workspace_id, work_key) do update"
            + " set owner = excluded.owner, leased_until = excluded.leased_until, claim_token = excluded.claim_token"
            + " where cp_work_claim.completed = false"
            + " and (cp_work_claim.owner is null or cp_work_claim.leased_until <= " + NOW + ")";

    /** MariaDB assigns left to right: the token first, from the row as it was; the rest follow the token. */
    private static final String MARIADB_TAKE_OVER = " on duplicate key update"
            + " claim_token = if(" + FREE + ", values(claim_token), claim_token),"
            + " owner = if(claim_token = values(claim_token), values(owner), owner),"
            + " leased_until = if(claim_token = values(claim_token), values(leased_until), leased_until)";

    private static final String H2_TAKE_OVER = " s (work_key) on c.workspace_id = " + WORKSPACE
            + " and c.work_key = s.work_key"
            + " when matched and c.completed = false and (c.owner is null or c.leased_until <= " + NOW + ")"
            + " then update set owner = " + OWNER + ", leased_until = " + UNTIL + ", claim_token = " + TOKEN
            + " when not matched then insert" + COLUMNS
            + " values (" + WORKSPACE + ", s.work_key, " + OWNER + ", " + UNTIL + ", false, " + TOKEN + ")";

    private final EntityManagers entityManagers;

    JpaWorkClaims(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public boolean tryClaim(WorkspaceId workspaceId, WorkKey key, String owner, Instant now, Duration lease) {
        String holder = WorkClaims.requireValidClaim(workspaceId, key, owner, now, lease);
        return !claim(workspaceId, List.of(key), holder, now, lease, "claim work " + key).isEmpty();
    }

    @Override
    public Set<WorkKey> tryClaimAll(WorkspaceId workspaceId, Collection<WorkKey> keys, String owner, Instant now,
                                    Duration lease) {
        PortalException.requireField(keys, "keys");
        if (keys.isEmpty()) {
            return new LinkedHashSet<>();
        }
        String holder = null;
        for (WorkKey key : keys) {
            holder = WorkClaims.requireValidClaim(workspaceId, key, owner, now, lease);
        }
        Set<WorkKey> held = claim(workspaceId, keys, holder, now, lease,
                "claim " + keys.size() + " pieces of work of workspace " + workspaceId);
        Set<WorkKey> claimed = new LinkedHashSet<>();
        for (WorkKey key : keys) {
            if (held.contains(key)) {
                claimed.add(key);
            }
        }
        return claimed;
    }

    /**
     * Claims the keys in statements of {@link Chunks#SIZE} keys, each key once and in the order of its text, so two
     * instances claiming overlapping keys lock the rows they share in one order and queue rather than deadlock.
     * Answers the keys this call claimed: from the row count where it tells (all or none), else by the token.
     */
    private Set<WorkKey> claim(WorkspaceId workspaceId, Collection<WorkKey> keys, String holder, Instant now,
                               Duration lease, String action) {
        EntityManager entityManager = entityManagers.current();
        UUID token = UUID.randomUUID();
        List<WorkKey> ordered = keys.stream().distinct().sorted(Comparator.comparing(WorkKey::value)).toList();
        Set<WorkKey> claimed = new HashSet<>();
        try {
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, workspaceId.value());
            for (List<WorkKey> chunk : Chunks.of(ordered)) {
                Query claim = entityManager.createNativeQuery(claimStatement(dialect, chunk.size()))
                        .setParameter(1, workspaceId.value())
                        .setParameter(2, holder)
                        .setParameter(3, now.plus(lease))
                        .setParameter(4, now)
                        .setParameter(5, token);
                for (int i = 0; i < chunk.size(); i++) {
                    claim.setParameter(FIRST_KEY + i, chunk.get(i).value());
                }
                int changed = claim.executeUpdate();
                if (dialect != SqlDialect.MARIADB && (changed == 0 || changed == chunk.size())) {
                    claimed.addAll(changed == 0 ? List.of() : chunk);
                } else {
                    claimed.addAll(withToken(entityManager, workspaceId, chunk, token));
                }
            }
            return claimed;
        } catch (RuntimeException e) {
            throw Failures.translate(e, action);
        }
    }

    /**
     * The upsert of {@code keys} keys that inserts each or takes it over while it is free, writing the token; on
     * PostgreSQL and H2 its row count is the number claimed, on MariaDB only the token tells.
     */
    private static String claimStatement(SqlDialect dialect, int keys) {
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < keys; i++) {
            String key = "?" + (FIRST_KEY + i);
            rows.add(dialect == SqlDialect.H2 ? "(cast(" + key + " as varchar(200)))"
                    : "(" + WORKSPACE + ", " + key + ", " + OWNER + ", " + UNTIL + ", false, " + TOKEN + ")");
        }
        return switch (dialect) {
            case POSTGRESQL -> "insert into cp_work_claim" + COLUMNS + " values " + rows + POSTGRESQL_TAKE_OVER;
            case MARIADB -> "insert into cp_work_claim" + COLUMNS + " values " + rows + MARIADB_TAKE_OVER;
            case H2 -> "merge into cp_work_claim c using (values " + rows + ")" + H2_TAKE_OVER;
        };
    }

    /**
     * Those of the keys whose row carries the token: a plain read, which sees this transaction's own writes, while a
     * row another transaction wrote carries another token.
     */
    private static List<WorkKey> withToken(EntityManager entityManager, WorkspaceId workspaceId, List<WorkKey> keys,
                                           UUID token) {
        return entityManager.createQuery("select c.key.workKey from WorkClaim c where c.key.workspaceId = :workspace"
                        + " and c.key.workKey in :keys and c.claimToken = :token", String.class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("keys", keys.stream().map(WorkKey::value).toList())
                .setParameter("token", token)
                .getResultList().stream().map(WorkKey::of).toList();
    }

    @Override
    public void complete(WorkspaceId workspaceId, WorkKey key, String owner) {
        String holder = WorkClaims.requireValidOwner(workspaceId, key, owner);
        complete(workspaceId, List.of(key), holder, "complete work " + key);
    }

    @Override
    public void completeAll(WorkspaceId workspaceId, Collection<WorkKey> keys, String owner) {
        PortalException.requireField(keys, "keys");
        if (keys.isEmpty()) {
            return;
        }
        String holder = null;
        for (WorkKey key : keys) {
            holder = WorkClaims.requireValidOwner(workspaceId, key, owner);
        }
        complete(workspaceId, keys, holder, "complete " + keys.size() + " pieces of work of workspace "
                + workspaceId);
        Set<WorkKey> seen = new HashSet<>();
        for (WorkKey key : keys) {
            if (!seen.add(key)) {
                throw WorkClaims.claimLost(key, holder); // named twice: the second completion finds it done
            }
        }
    }

    /**
     * Completes the keys held by the owner, one update per {@link Chunks#SIZE} keys that also writes a token of
     * its own; when an update changes fewer rows than it has keys, one read of the token names the first key, in
     * the caller's order, that the owner did not hold.
     */
    private void complete(WorkspaceId workspaceId, Collection<WorkKey> keys, String holder, String action) {
        EntityManager entityManager = entityManagers.current();
        UUID token = UUID.randomUUID();
        List<WorkKey> distinct = keys.stream().distinct().toList();
        Optional<WorkKey> lost = Optional.empty();
        try {
            for (List<WorkKey> chunk : Chunks.of(distinct)) {
                int changed = entityManager.createQuery("update WorkClaim c set c.completed = true,"
                                + " c.leasedUntil = null, c.claimToken = :token where c.key.workspaceId = :workspace"
                                + " and c.key.workKey in :keys and c.owner = :owner and c.completed = false")
                        .setParameter("token", token)
                        .setParameter("workspace", workspaceId.value())
                        .setParameter("keys", chunk.stream().map(WorkKey::value).toList())
                        .setParameter("owner", holder)
                        .executeUpdate();
                if (changed != chunk.size()) {
                    Set<WorkKey> completed = new HashSet<>(withToken(entityManager, workspaceId, chunk, token));
                    lost = chunk.stream().filter(key -> !completed.contains(key)).findFirst();
                    break;
                }
            }
        } catch (RuntimeException e) {
            throw Failures.translate(e, action);
        }
        if (lost.isPresent()) {
            throw WorkClaims.claimLost(lost.get(), holder);
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

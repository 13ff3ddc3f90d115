package dev.clientportal.jpa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Gapless numbers from a counter row per workspace and scope, incremented under its write lock: the number belongs
 * to the issuing transaction (a rollback gives it back) and an instance waits while another holds the row.
 *
 * <p>Issuers of one sequence in this instance queue in the JVM first (fairly, one {@link Turn} per counter), and
 * only the head of the queue waits on the row, holding its turn until its transaction ends (the runner's
 * {@link TransactionRunner#afterCompletion}): sixteen connections fighting over one row would hand it over far
 * slower than one connection per instance. The queue is patient for {@link #PATIENCE_MILLIS} only: a transaction
 * that holds some other row the turn's holder needs (the audit head, say) then waits on the counter row like any
 * other instance, where the database sees a deadlock and breaks it, rather than hanging in a queue the database
 * cannot see. A runner that cannot report the end of a transaction gets no queue.
 *
 * <p>The first number of a new scope (a new year, say) creates the row while holding the workspace row's lock, so
 * two instances starting the same scope at once queue on that lock and the second finds the first one's counter. A
 * scope not yet seen by this instance is looked up with a plain read before any lock is taken: a locking read (or
 * an update) of a missing row would take a gap lock on MariaDB/MySQL (REPEATABLE READ), and two such gap locks
 * deadlock the two inserts that follow. Counters seen once are remembered, so the usual path is an update and a
 * read, or one {@code UPDATE … RETURNING} once the factory is known to talk to PostgreSQL (never detected here: that
 * takes a second connection, which a thread holding one of a full pool may wait for forever). No counter entity stays managed, so the
 * statements never disagree with a cached row.
 */
final class JpaNumberSequence implements NumberSequence {

    /** How long an issuer waits in this instance's queue before it waits on the row instead. */
    static final long PATIENCE_MILLIS = 1_000;

    private static final int REMEMBERED_COUNTERS = 100_000;
    private static final String POSTGRESQL_INCREMENT = "update cp_number_sequence set last_value = last_value + ?1"
            + " where workspace_id = ?2 and scope = ?3 returning last_value";
    private static final String INCREMENT = "update cp_number_sequence set last_value = last_value + ?1"
            + " where workspace_id = ?2 and scope = ?3";

    private final EntityManagers entityManagers;
    private final TransactionRunner transactions;
    private final Cache<CounterEntity.Key, Boolean> existing =
            Caffeine.newBuilder().maximumSize(REMEMBERED_COUNTERS).build();
    /** Weak values: a turn lives while a holder's release callback or a waiter refers to it. */
    private final Cache<CounterEntity.Key, Turn> turns = Caffeine.newBuilder().weakValues().build();
    private volatile boolean queueing = true;

    /** Both from the same transaction management: the runner reports when the entity manager's transaction ends. */
    JpaNumberSequence(EntityManagers entityManagers, TransactionRunner transactions) {
        this.entityManagers = entityManagers;
        this.transactions = transactions;
    }

    @Override
    public long next(WorkspaceId workspaceId, String scope) {
        return nextBlock(workspaceId, scope, 1);
    }

    @Override
    public long nextBlock(WorkspaceId workspaceId, String scope, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        CounterEntity.Key key = new CounterEntity.Key(workspaceId.value(), scope);
        waitForTurn(key);
        EntityManager entityManager = entityManagers.current();
        try {
            if (existing.getIfPresent(key) != null) {
                Long last = increment(entityManager, key, count);
                if (last != null) {
                    return last - count + 1;
                }
            }
            long first = firstOfNewOrUnseen(entityManager, workspaceId, key, count);
            existing.put(key, Boolean.TRUE);
            return first;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "take the next number of " + scope);
        }
    }

    /** A counter this instance has not seen yet: incremented if it exists, else created under the workspace lock. */
    private static long firstOfNewOrUnseen(EntityManager entityManager, WorkspaceId workspaceId,
                                           CounterEntity.Key key, int count) {
        if (!lastValue(entityManager, key).isEmpty()) {
            Long last = increment(entityManager, key, count);
            if (last != null) {
                return last - count + 1;
            }
        }
        lockWorkspace(entityManager, workspaceId);
        // a locking read: on MariaDB a plain one reads the transaction's snapshot, older than the row another
        // instance created and committed while this one waited for the workspace lock
        CounterEntity counter = entityManager.find(CounterEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter != null) {
            entityManager.detach(counter);
            Long last = increment(entityManager, key, count);
            if (last != null) {
                return last - count + 1;
            }
        }
        CounterEntity created = new CounterEntity(key, count);
        entityManager.persist(created);
        entityManager.flush();
        entityManager.detach(created);
        return 1;
    }

    /** Adds {@code count} to the counter under its row lock; the new last value, or null when there is no row. */
    private static @Nullable Long increment(EntityManager entityManager, CounterEntity.Key key, int count) {
        if (SqlDialect.known(entityManager) == SqlDialect.POSTGRESQL) {
            List<?> returned = entityManager.createNativeQuery(POSTGRESQL_INCREMENT)
                    .setParameter(1, count)
                    .setParameter(2, key.workspaceId)
                    .setParameter(3, key.scope)
                    .getResultList();
            return returned.isEmpty() ? null : ((Number) returned.get(0)).longValue();
        }
        int updated = entityManager.createNativeQuery(INCREMENT)
                .setParameter(1, count)
                .setParameter(2, key.workspaceId)
                .setParameter(3, key.scope)
                .executeUpdate();
        if (updated == 0) {
            return null;
        }
        // the row is locked by the update: this read sees the value just written
        return lastValue(entityManager, key).get(0);
    }

    /** The counter's value by a plain read, as a list that is empty when there is no row. */
    private static List<Long> lastValue(EntityManager entityManager, CounterEntity.Key key) {
        return entityManager.createQuery("select c.lastValue from Counter c"
                        + " where c.key.workspaceId = :workspace and c.key.scope = :scope", Long.class)
                .setParameter("workspace", key.workspaceId)
                .setParameter("scope", key.scope)
                .getResultList();
    }

    private static void lockWorkspace(EntityManager entityManager, WorkspaceId workspaceId) {
        entityManager.createQuery("select w.id from Workspace w where w.id = :id", UUID.class)
                .setParameter("id", workspaceId.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Whether some transaction of this instance holds the turn at a counter now; for tests. */
    boolean turnTaken(WorkspaceId workspaceId, String scope) {
        Turn turn = turns.getIfPresent(new CounterEntity.Key(workspaceId.value(), scope));
        return turn != null && turn.permit.availablePermits() == 0;
    }

    /**
     * Waits until this thread's transaction is the one of this instance that may take the counter's row lock, and
     * hands the turn on when that transaction ends. A thread whose transaction holds the turn already (it issues a
     * second document) goes on at once; one that waited out its patience, or was interrupted, goes on without it.
     */
    private void waitForTurn(CounterEntity.Key key) {
        if (!queueing) {
            return;
        }
        Turn turn = turns.get(key, ignored -> new Turn());
        if (turn.holder == Thread.currentThread()) {
            return;
        }
        try {
            if (!turn.permit.tryAcquire(PATIENCE_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        turn.holder = Thread.currentThread();
        boolean registered;
        try {
            registered = transactions.afterCompletion(turn::release);
        } catch (RuntimeException | Error e) {
            turn.release();
            throw e;
        }
        if (!registered) {
            // the runner cannot report the end of a transaction: a turn would never be handed on
            queueing = false;
            turn.release();
        }
    }

    /** One instance's turn at a counter: a fair single permit, released from whatever thread ends the transaction. */
    private static final class Turn {
        final Semaphore permit = new Semaphore(1, true);
        volatile @Nullable Thread holder;

        void release() {
            holder = null;
            permit.release();
        }
    }
}

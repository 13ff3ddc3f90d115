package dev.clientportal.jpa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.NumberSequence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * Gapless numbers from a counter row per workspace and scope, read under its write lock: the number belongs to the
 * issuing transaction (a rollback gives it back) and an instance waits while another holds the row.
 *
 * <p>The first number of a new scope (a new year, say) creates the row while holding the workspace row's lock, so
 * two instances starting the same scope at once queue on that lock and the second finds the first one's counter. A
 * scope not yet seen by this instance is looked up with a plain read before any lock is taken: a locking read of a
 * missing row would take a gap lock on MariaDB/MySQL (REPEATABLE READ), and two such gap locks deadlock the two
 * inserts that follow. Counters seen once are remembered, so the usual path is one locking read and one update.
 */
final class JpaNumberSequence implements NumberSequence {

    private static final int REMEMBERED_COUNTERS = 100_000;

    private final EntityManagers entityManagers;
    private final Cache<CounterEntity.Key, Boolean> existing =
            Caffeine.newBuilder().maximumSize(REMEMBERED_COUNTERS).build();

    JpaNumberSequence(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public long next(WorkspaceId workspaceId, String scope) {
        EntityManager entityManager = entityManagers.current();
        CounterEntity.Key key = new CounterEntity.Key(workspaceId.value(), scope);
        try {
            CounterEntity counter = existing.getIfPresent(key) != null
                    ? entityManager.find(CounterEntity.class, key, LockModeType.PESSIMISTIC_WRITE) : null;
            if (counter == null) {
                counter = entityManager.find(CounterEntity.class, key);
                if (counter != null && entityManager.getLockMode(counter) != LockModeType.PESSIMISTIC_WRITE) {
                    // a plain read may be older than the latest commit; the locking refresh is not
                    entityManager.refresh(counter, LockModeType.PESSIMISTIC_WRITE);
                } else {
                    lockWorkspace(entityManager, workspaceId);
                    counter = entityManager.find(CounterEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
                }
            }
            if (counter == null) {
                entityManager.persist(new CounterEntity(key, 1));
                entityManager.flush();
                return 1;
            }
            existing.put(key, Boolean.TRUE);
            counter.lastValue++;
            return counter.lastValue;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "take the next number of " + scope);
        }
    }

    private static void lockWorkspace(EntityManager entityManager, WorkspaceId workspaceId) {
        entityManager.createQuery("select w.id from Workspace w where w.id = :id", UUID.class)
                .setParameter("id", workspaceId.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}

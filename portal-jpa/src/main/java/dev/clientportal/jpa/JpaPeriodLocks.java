package dev.clientportal.jpa;

import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.PeriodLock;
import dev.clientportal.core.workspace.PeriodLocks;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Optional;

/**
 * Lock dates in {@code cp_period_lock}, one row per workspace. Checks read the row {@code FOR SHARE}
 * ({@code LOCK IN SHARE MODE} on MariaDB), a change reads it {@code FOR UPDATE}: a change waits for the checks in
 * flight to commit, and a check that comes after a change waits for it and then reads it (a locking read sees the
 * latest committed row, also at MariaDB's REPEATABLE READ). No row stays managed, so every read goes to the row.
 */
final class JpaPeriodLocks implements PeriodLocks {

    private final EntityManagers entityManagers;

    JpaPeriodLocks(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Optional<PeriodLock> readShared(WorkspaceId workspaceId) {
        return read(workspaceId, LockModeType.PESSIMISTIC_READ);
    }

    @Override
    public Optional<PeriodLock> readForChange(WorkspaceId workspaceId) {
        return read(workspaceId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<PeriodLock> read(WorkspaceId workspaceId, LockModeType lock) {
        return Versioned.read("read the period lock of workspace " + workspaceId, () -> {
            EntityManager entityManager = entityManagers.current();
            PeriodLockEntity row = entityManager.find(PeriodLockEntity.class, workspaceId.value(), lock);
            if (row == null) {
                return Optional.empty();
            }
            entityManager.detach(row);
            return Optional.of(row.toPeriodLock());
        });
    }

    @Override
    public PeriodLock save(PeriodLock lock) {
        return Versioned.save(entityManagers.current(), PeriodLockEntity.class, lock.workspaceId().value(),
                lock.version(), "period lock", () -> PeriodLockEntity.of(lock.withVersion(1)),
                entity -> entity.lockedThrough = lock.lockedThrough(), entity -> entity.version,
                (entity, next) -> entity.version = next, entity -> lock.withVersion(entity.version));
    }

    /** The row of a workspace just inserted: stored with every period open, so checks always lock a row. */
    static void created(EntityManager entityManager, WorkspaceId workspaceId) {
        PeriodLockEntity row = new PeriodLockEntity(workspaceId.value(), null, PeriodLockEntity.CREATED_VERSION);
        entityManager.persist(row);
        entityManager.flush();
        entityManager.detach(row);
    }
}

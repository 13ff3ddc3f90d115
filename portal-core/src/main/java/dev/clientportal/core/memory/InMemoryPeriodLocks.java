package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.PeriodLock;
import dev.clientportal.core.workspace.PeriodLocks;

import java.util.Optional;

/**
 * One lock row per workspace. Row locks here are exclusive only, so a shared read locks the row as a change does:
 * stricter than a database (checks of one workspace wait for each other), never weaker.
 */
final class InMemoryPeriodLocks implements PeriodLocks {

    private final Table<WorkspaceId, PeriodLock> rows;

    InMemoryPeriodLocks(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public Optional<PeriodLock> readShared(WorkspaceId workspaceId) {
        return readForChange(workspaceId);
    }

    @Override
    public Optional<PeriodLock> readForChange(WorkspaceId workspaceId) {
        return rows.read(() -> {
            rows.lock(workspaceId);
            return Optional.ofNullable(rows.get(workspaceId));
        });
    }

    @Override
    public PeriodLock save(PeriodLock lock) {
        return rows.saveVersioned(lock.workspaceId(), lock, lock.version(), lock::withVersion, PeriodLock::version,
                "period lock");
    }
}

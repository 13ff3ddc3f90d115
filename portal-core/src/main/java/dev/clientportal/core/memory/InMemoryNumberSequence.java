package dev.clientportal.core.memory;

import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.kernel.WorkspaceId;

/**
 * Counts with a locking read of the counter row, so two transactions never draw the same number; a rolled-back
 * transaction gives its number back, so numbers stay gapless.
 */
final class InMemoryNumberSequence implements NumberSequence {

    private final Table<ScopedKey, Long> counters;

    InMemoryNumberSequence(InMemoryTransactions transactions) {
        this.counters = new Table<>(transactions);
    }

    @Override
    public long next(WorkspaceId workspaceId, String scope) {
        ScopedKey key = new ScopedKey(workspaceId, scope);
        return counters.update(key, current -> current == null ? 1 : current + 1);
    }

    @Override
    public long nextBlock(WorkspaceId workspaceId, String scope, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        ScopedKey key = new ScopedKey(workspaceId, scope);
        return counters.update(key, current -> (current == null ? 0 : current) + count) - count + 1;
    }
}

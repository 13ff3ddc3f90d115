package dev.clientportal.core.memory;

import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.WorkspaceId;

/** Counts under the transaction lock; a rolled-back transaction gives its number back, so numbers stay gapless. */
final class InMemoryNumberSequence implements NumberSequence {

    private final Table<ScopedKey, Long> counters;
    private final InMemoryTransactions transactions;

    InMemoryNumberSequence(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.counters = new Table<>(transactions);
    }

    @Override
    public long next(WorkspaceId workspaceId, String scope) {
        ScopedKey key = new ScopedKey(workspaceId, scope);
        return transactions.inTransaction(() -> {
            Long current = counters.get(key);
            long next = current == null ? 1 : current + 1;
            counters.put(key, next);
            return next;
        });
    }
}

package dev.clientportal.core.memory;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.workspace.WorkspaceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryAuditTrail implements AuditTrail {

    private final InMemoryTransactions transactions;
    private final Map<WorkspaceId, List<AuditEntry>> chains = new ConcurrentHashMap<>();
    /**
     * In the row-lock mode, {@link #latest} and {@link #append} lock the workspace's head row until the transaction
     * ends, so appenders of one workspace take turns, and the chain's list is read and written under its monitor.
     */
    private final Table<WorkspaceId, Boolean> heads;

    InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.heads = new Table<>(transactions);
    }

    @Override
    public void append(AuditEntry entry) {
        transactions.inTransaction(() -> {
            heads.lock(entry.workspaceId());
            List<AuditEntry> chain = chains.computeIfAbsent(entry.workspaceId(), id -> new ArrayList<>());
            synchronized (chain) {
                if (entry.sequence() != chain.size() + 1) {
                    throw new PortalException(ErrorCode.DUPLICATE_KEY, "audit entry " + entry.sequence()
                            + " of workspace " + entry.workspaceId() + " cannot follow entry " + chain.size());
                }
                chain.add(entry);
            }
            transactions.onRollback(() -> {
                synchronized (chain) {
                    chain.remove(chain.size() - 1);
                }
            });
            return null;
        });
    }

    @Override
    public Optional<AuditEntry> latest(WorkspaceId workspaceId) {
        return transactions.inTransaction(() -> {
            heads.lock(workspaceId);
            List<AuditEntry> chain = chains.getOrDefault(workspaceId, List.of());
            synchronized (chain) {
                return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
            }
        });
    }

    @Override
    public List<AuditEntry> entries(WorkspaceId workspaceId, long fromSequence, int limit) {
        return transactions.inTransaction(() -> {
            List<AuditEntry> chain = chains.getOrDefault(workspaceId, List.of());
            synchronized (chain) {
                int from = (int) Math.max(0, Math.min(chain.size(), fromSequence - 1));
                return List.copyOf(chain.subList(from, (int) Math.min(chain.size(), (long) from + limit)));
            }
        });
    }

    @Override
    public List<AuditEntry> forSubject(WorkspaceId workspaceId, String subjectType, String subjectId) {
        return transactions.inTransaction(() -> {
            List<AuditEntry> chain = chains.getOrDefault(workspaceId, List.of());
            synchronized (chain) {
                return chain.stream()
                        .filter(entry -> entry.subjectType().equals(subjectType) && entry.subjectId().equals(subjectId))
                        .toList();
            }
        });
    }

    List<AuditEntry> all() {
        return transactions.inTransaction(() -> {
            List<AuditEntry> all = new ArrayList<>();
            for (List<AuditEntry> chain : chains.values()) {
                synchronized (chain) {
                    all.addAll(chain);
                }
            }
            return all;
        });
    }
}

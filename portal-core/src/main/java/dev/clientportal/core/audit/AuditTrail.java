package dev.clientportal.core.audit;

import dev.clientportal.core.workspace.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Stores audit entries, append-only. Entries are never updated or deleted through this port.
 */
public interface AuditTrail {

    /**
     * Appends an entry in the caller's transaction.
     *
     * @throws dev.clientportal.core.PortalException {@link dev.clientportal.core.ErrorCode#DUPLICATE_KEY} when the
     *         workspace already has an entry with this sequence (another writer extended the chain first)
     */
    void append(AuditEntry entry);

    /** The last entry of a workspace's chain, if any. */
    Optional<AuditEntry> latest(WorkspaceId workspaceId);

    /** Up to {@code limit} entries with sequence ≥ {@code fromSequence}, in sequence order. */
    List<AuditEntry> entries(WorkspaceId workspaceId, long fromSequence, int limit);

    /** Every entry about one subject, in sequence order. */
    List<AuditEntry> forSubject(WorkspaceId workspaceId, String subjectType, String subjectId);
}

package dev.clientportal.core.audit;

import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stores audit entries, append-only. Entries are never updated or deleted through this port.
 *
 * <p>Every workspace's chain has one head (the last sequence and hash). Appending is "next after the head",
 * atomically: the adapter locks the workspace's head until the caller's transaction ends (a database adapter
 * {@code SELECT … FOR UPDATE}s a per-workspace head row, inserts the entry and moves the head), so concurrent
 * appends to one workspace wait for each other instead of failing, and appends to different workspaces do not
 * block each other. The first appends of a new workspace race too: an adapter creates the head row if absent
 * (e.g. {@code INSERT … ON CONFLICT DO NOTHING}) before locking it, so they also wait rather than fail. Timestamps
 * are kept to the microsecond at least; {@link AuditLog} writes no finer. Beside the entries the adapter keeps one
 * personal-data side record per entry that has personal data, keyed by (workspace, entry id), which only
 * {@link #erasePersonalData} changes, by replacing it with a tombstone.
 */
public interface AuditTrail {

    /**
     * Appends the entry that follows the workspace's head, in the caller's transaction. Locks the head until that
     * transaction ends, passes it to {@code next} (which builds and hashes the entry in core), stores the entry
     * and makes it the head. A rollback removes the entry and leaves the head where it was.
     *
     * @param workspaceId the workspace whose chain grows
     * @param next        builds the entry from the current head ({@link AuditCheckpoint#genesis} for an empty
     *                    chain); it must return an entry of this workspace with sequence {@code head + 1} and
     *                    previous hash {@code head.hash()}
     * @return the stored entry
     * @throws IllegalArgumentException when {@code next} returns an entry that does not follow the head
     */
    AuditEntry appendNext(WorkspaceId workspaceId, Function<AuditCheckpoint, AuditEntry> next);

    /**
     * Appends an entry whose sequence the caller fixed already, e.g. when importing a chain kept elsewhere; use
     * cases go through {@link AuditLog}, which uses {@link #appendNext}.
     *
     * @param entry the entry, its sequence one after the workspace's head
     * @throws PortalException {@link ErrorCode#DUPLICATE_KEY} when the entry's sequence is not the one after the
     *         workspace's head (another writer extended the chain first)
     */
    default void append(AuditEntry entry) {
        appendNext(entry.workspaceId(), head -> {
            if (entry.sequence() != head.nextSequence()) {
                throw new PortalException(ErrorCode.DUPLICATE_KEY, "audit entry " + entry.sequence()
                        + " of workspace " + entry.workspaceId() + " cannot follow entry " + head.sequence());
            }
            return entry;
        });
    }

    /**
     * The last committed entry of a workspace's chain (or the caller's own newer one), if any.
     *
     * @param workspaceId the workspace whose chain to read
     * @return the newest entry, empty for an empty chain
     */
    Optional<AuditEntry> latest(WorkspaceId workspaceId);

    /**
     * Up to {@code limit} entries with sequence ≥ {@code fromSequence}, in sequence order.
     *
     * @param workspaceId  the workspace whose chain to read
     * @param fromSequence the first sequence to return
     * @param limit        the most entries to return
     * @return the entries in sequence order, possibly empty
     */
    List<AuditEntry> entries(WorkspaceId workspaceId, long fromSequence, int limit);

    /**
     * Every entry about one subject, in sequence order.
     *
     * @param workspaceId the workspace whose chain to read
     * @param subjectType the kind of subject, e.g. {@code invoice}
     * @param subjectId   the subject's id as text
     * @return the entries about it, in sequence order; empty when there are none
     */
    List<AuditEntry> forSubject(WorkspaceId workspaceId, String subjectType, String subjectId);

    // ---- personal data: side records the entries commit to by hash, erasable on request ----

    /**
     * Every entry one actor (e.g. {@code contact:…}) made, in sequence order.
     *
     * @param workspaceId the workspace whose chain to read
     * @param actor       the actor as entries name it, e.g. {@code contact:…}
     * @return the entries it made, in sequence order; empty when there are none
     */
    List<AuditEntry> byActor(WorkspaceId workspaceId, String actor);

    /**
     * Stores the personal-data side record of an entry appended in the caller's transaction; a rollback removes it
     * with the entry. A database adapter keys it by (workspace, entry id).
     *
     * @param record the side record of an entry just appended
     * @throws PortalException {@link ErrorCode#DUPLICATE_KEY} when the entry has a side record already
     */
    void storePersonalData(AuditPersonalData record);

    /**
     * The side records (live or tombstones) of those of the given entries of the workspace that have one.
     *
     * @param workspaceId the workspace whose records to read
     * @param entryIds    the entries to look up
     * @return the records by entry id; entries without one are absent
     */
    Map<UUID, AuditPersonalData> personalData(WorkspaceId workspaceId, Collection<UUID> entryIds);

    /**
     * The side record (live or tombstone) of one entry of the workspace, if it has one.
     *
     * @param workspaceId the workspace whose records to read
     * @param entryId     the entry to look up
     * @return the record, empty when the entry has none
     */
    default Optional<AuditPersonalData> personalData(WorkspaceId workspaceId, UUID entryId) {
        return Optional.ofNullable(personalData(workspaceId, List.of(entryId)).get(entryId));
    }

    /**
     * Replaces a live side record by its tombstone, in the caller's transaction (a rollback restores the record).
     * The only change this port makes to stored audit data.
     *
     * @param tombstone the tombstone to store in place of the live record
     * @return whether a live record of that entry was replaced (false when none exists or it was erased already)
     * @throws IllegalArgumentException when {@code tombstone} is not a tombstone
     */
    boolean erasePersonalData(AuditPersonalData tombstone);
}

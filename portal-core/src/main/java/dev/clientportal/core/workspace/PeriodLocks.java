package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Optional;

/**
 * Stores each workspace's {@link PeriodLock}. Both reads lock the row until the transaction ends, so a check made
 * in a transaction holds until it commits: every change of the lock waits for the transactions that read it with
 * {@link #readShared}, and a reader waits for a change in flight and then sees it committed, on any instance.
 */
public interface PeriodLocks {

    /**
     * The workspace's lock as last committed, read under a shared row lock held to the end of the transaction
     * ({@code SELECT … FOR SHARE}): it may not change before this transaction ends. Needs an open transaction.
     *
     * @param workspaceId the workspace
     * @return the lock, empty when the workspace never locked a period
     */
    Optional<PeriodLock> readShared(WorkspaceId workspaceId);

    /**
     * The workspace's lock as last committed, read under an exclusive row lock held to the end of the transaction
     * ({@code SELECT … FOR UPDATE}), to be changed by {@link #save}. Needs an open transaction.
     *
     * @param workspaceId the workspace
     * @return the lock, empty when the workspace never locked a period
     */
    Optional<PeriodLock> readForChange(WorkspaceId workspaceId);

    /**
     * Stores a lock whose stored version still equals {@code lock.version()} (0: none stored yet).
     *
     * @param lock the lock to store
     * @return the lock as stored, with the next version
     * @throws PortalException {@link ErrorCode#CONCURRENT_MODIFICATION} when another writer changed it first
     */
    PeriodLock save(PeriodLock lock);
}

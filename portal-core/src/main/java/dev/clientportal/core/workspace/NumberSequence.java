package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.WorkspaceId;

/**
 * Hands out document sequence numbers: 1, 2, 3, … per workspace and scope, without gaps or repeats.
 *
 * <p>Called inside the issuing transaction. An implementation must make the number part of that transaction, so
 * that a rollback gives it back (gapless) and two instances never receive the same number (unique).
 */
public interface NumberSequence {

    /**
     * The next number of a sequence.
     *
     * @param workspaceId the workspace that owns the sequence
     * @param scope       the sequence within the workspace, e.g. {@code invoice:INV-2026-{seq}}
     * @return the next value, starting at 1
     */
    long next(WorkspaceId workspaceId, String scope);
}

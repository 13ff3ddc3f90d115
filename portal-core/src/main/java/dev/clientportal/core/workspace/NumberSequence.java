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

    /**
     * Takes {@code count} consecutive numbers of a sequence at once, for issuing many documents in one transaction;
     * like {@link #next}, a rollback gives them all back. The default calls {@link #next} {@code count} times;
     * adapters override it with one counter update.
     *
     * @param workspaceId the workspace that owns the sequence
     * @param scope       the sequence within the workspace
     * @param count       how many numbers, at least 1
     * @return the first of the numbers; the others follow it without gaps
     * @throws IllegalArgumentException when {@code count} is less than 1
     */
    default long nextBlock(WorkspaceId workspaceId, String scope, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        long first = next(workspaceId, scope);
        for (int taken = 1; taken < count; taken++) {
            long number = next(workspaceId, scope);
            if (number != first + taken) {
                throw new IllegalStateException("sequence " + scope + " skipped from " + (first + taken - 1)
                        + " to " + number + " inside one transaction");
            }
        }
        return first;
    }
}

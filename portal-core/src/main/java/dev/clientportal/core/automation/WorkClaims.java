package dev.clientportal.core.automation;

import java.util.Collection;
import java.util.Set;
import java.util.LinkedHashSet;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Duration;
import java.time.Instant;

/**
 * Claims on scheduled work by natural key, so that of many host instances exactly one does each piece of work, and
 * does it once. A claim has an owner (the instance, e.g. its host name and process id) and a lease: an owner that
 * dies stops renewing, its lease runs out and another owner may claim the work. Work that was completed is never
 * claimable again.
 *
 * <p>One row per {@code (workspace, key)} under a unique constraint, with {@code owner}, {@code leased_until} and
 * {@code completed_at}; every method is one statement whose row count is the answer:
 * <ul>
 *   <li>{@link #tryClaim}: an insert that skips an existing key instead of failing (PostgreSQL
 *       {@code ON CONFLICT DO NOTHING}, MariaDB {@code INSERT IGNORE}; a violation would abort the transaction) —
 *       claimed when it inserted; else {@code UPDATE … SET owner = ?, leased_until = ? WHERE workspace = ? AND
 *       key = ? AND completed_at IS NULL AND (owner IS NULL OR leased_until <= ?)} — claimed when one row
 *       changed;</li>
 *   <li>{@link #complete}: {@code UPDATE … SET completed_at = ?, owner = ? WHERE … AND owner = ? AND
 *       completed_at IS NULL};</li>
 *   <li>{@link #release}: {@code UPDATE … SET owner = NULL, leased_until = NULL WHERE … AND owner = ? AND
 *       completed_at IS NULL}.</li>
 * </ul>
 * The database's row lock makes two concurrent claims of one key wait for each other; the second then sees the
 * first's owner and changes no row. Calls run inside the caller's transaction; a claim is visible to other
 * instances once that commits. Automation claims in a short transaction of its own, does the work, and completes
 * the claim in the work's transaction, so the result and "done" commit together or not at all.
 */
public interface WorkClaims {

    /**
     * Claims work for {@code owner} until {@code now + lease}. Succeeds when nobody has claimed the key yet, when its
     * claim was released, or when its lease ended at or before {@code now} — whoever held it. Fails (returns
     * {@code false}) while another claim is active, the same owner's too, and forever once the work was completed.
     *
     * @param workspaceId the workspace the work belongs to; keys are unique within it
     * @param key         the natural key of the work
     * @param owner       the instance or run claiming, as it will name itself to complete or release
     * @param now         the current instant
     * @param lease       how long the claim holds; positive
     * @return whether {@code owner} now holds the claim
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for a blank owner or a lease that is not positive
     */
    boolean tryClaim(WorkspaceId workspaceId, WorkKey key, String owner, Instant now, Duration lease);

    /**
     * Marks claimed work done for good, even when the owner's lease has ended, as long as nobody claimed it since.
     *
     * @param workspaceId the workspace the work belongs to; keys are unique within it
     * @param key         the natural key of the work
     * @param owner       the owner that claimed it
     * @throws PortalException {@link ErrorCode#WORK_CLAIM_LOST} when {@code owner} does not hold the claim (never
     *         claimed, released, claimed by another owner after the lease ended, or completed already); the caller
     *         rolls its work back, since another owner may be doing it
     */
    void complete(WorkspaceId workspaceId, WorkKey key, String owner);

    /**
     * Gives claimed work up without doing it: any owner may claim it again at once.
     *
     * @param workspaceId the workspace the work belongs to; keys are unique within it
     * @param key         the natural key of the work
     * @param owner       the owner that claimed it
     * @throws PortalException {@link ErrorCode#WORK_CLAIM_LOST} when {@code owner} does not hold the claim
     */
    void release(WorkspaceId workspaceId, WorkKey key, String owner);

    /**
     * Claims many pieces of work at once, each as {@link #tryClaim} would, in the caller's transaction. Adapters may
     * do it in fewer statements; the default claims key by key.
     *
     * @param workspaceId the workspace the work belongs to; keys are unique within it
     * @param keys        the natural keys of the work, each once
     * @param owner       the instance or run claiming
     * @param now         the current instant
     * @param lease       how long the claims hold; positive
     * @return the keys {@code owner} now holds
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for a blank owner or a lease that is not positive
     */
    default Set<WorkKey> tryClaimAll(WorkspaceId workspaceId, Collection<WorkKey> keys, String owner, Instant now,
                                     Duration lease) {
        Set<WorkKey> claimed = new LinkedHashSet<>();
        for (WorkKey key : keys) {
            if (tryClaim(workspaceId, key, owner, now, lease)) {
                claimed.add(key);
            }
        }
        return claimed;
    }

    /**
     * Marks many claims done at once, each as {@link #complete} would, in the caller's transaction. Adapters may do
     * it in fewer statements; the default completes key by key.
     *
     * @param workspaceId the workspace the work belongs to
     * @param keys        the natural keys of the work, each once
     * @param owner       the owner that claimed them
     * @throws PortalException {@link ErrorCode#WORK_CLAIM_LOST} when {@code owner} does not hold one of them; the
     *         caller rolls its work back
     */
    default void completeAll(WorkspaceId workspaceId, Collection<WorkKey> keys, String owner) {
        for (WorkKey key : keys) {
            complete(workspaceId, key, owner);
        }
    }

    /**
     * Checks the arguments every claim needs and returns the owner as stored (trimmed); adapters call it first.
     *
     * @param workspaceId the workspace the work belongs to; required
     * @param key         the natural key of the work; required
     * @param owner       the claiming owner; must not be blank
     * @param now         the current instant; required
     * @param lease       how long the claim is to hold; must be positive
     * @return the owner, trimmed
     * @throws PortalException {@link ErrorCode#REQUIRED} or {@link ErrorCode#INVALID_VALUE}
     */
    static String requireValidClaim(WorkspaceId workspaceId, WorkKey key, String owner, Instant now,
                                    Duration lease) {
        String holder = requireValidOwner(workspaceId, key, owner);
        PortalException.requireField(now, "now");
        PortalException.requireField(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "lease", lease, "must be positive");
        }
        return holder;
    }

    /**
     * Checks the arguments of {@link #complete} and {@link #release} and returns the owner as stored (trimmed);
     * adapters call it first.
     *
     * @param workspaceId the workspace the work belongs to; required
     * @param key         the natural key of the work; required
     * @param owner       the owner completing or releasing; must not be blank
     * @return the owner, trimmed
     * @throws PortalException {@link ErrorCode#REQUIRED} for a missing workspace, key or owner
     */
    static String requireValidOwner(WorkspaceId workspaceId, WorkKey key, String owner) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(key, "key");
        return PortalException.requireText(owner, "owner");
    }

    /**
     * The failure of {@link #complete} or {@link #release} by an owner that does not hold the claim.
     *
     * @param key   the work whose claim was lost
     * @param owner the owner that no longer holds it
     * @return a {@link ErrorCode#WORK_CLAIM_LOST} exception telling the caller to roll its work back
     */
    static PortalException claimLost(WorkKey key, String owner) {
        return new PortalException(ErrorCode.WORK_CLAIM_LOST, "work " + key + " is not claimed by " + owner
                + " (released, taken over after its lease ended, or completed); roll the work back");
    }
}

package dev.clientportal.core.audit;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Objects;

/**
 * The head of a workspace's audit chain at one moment: its last sequence and that entry's hash. A host keeps
 * checkpoints outside the portal's database (a log, another store, a signed e-mail) and later passes one to
 * {@link Audit#verify(dev.clientportal.core.kernel.StaffPrincipal, AuditCheckpoint)}: deleting the
 * newest entries, or rewriting the chain and re-hashing it, no longer goes unnoticed.
 *
 * @param workspaceId the workspace whose chain this is
 * @param sequence    the sequence of the last entry, 0 for an empty chain
 * @param hash        the hash of that entry, {@link AuditEntry#GENESIS_HASH} for an empty chain
 */
public record AuditCheckpoint(WorkspaceId workspaceId, long sequence, String hash) {

    /**
     * Requires a workspace, a sequence of at least 0 and a 64-digit lower-case hex hash (the genesis for 0).
     *
     * @param workspaceId the workspace whose chain this is
     * @param sequence    the sequence of the last entry, 0 for an empty chain
     * @param hash        the hash of that entry, {@link AuditEntry#GENESIS_HASH} for an empty chain
     */
    public AuditCheckpoint {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        if (!isLowerHex64(hash)) {
            throw new IllegalArgumentException("hash must be 64 lower-case hex digits: " + hash);
        }
        if (sequence == 0 && !hash.equals(AuditEntry.GENESIS_HASH)) {
            throw new IllegalArgumentException("an empty chain's checkpoint carries the genesis hash");
        }
    }

    private static boolean isLowerHex64(String hash) {
        if (hash.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = hash.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The head of a chain that has no entries yet: sequence 0, the genesis hash.
     *
     * @param workspaceId the workspace whose chain it is
     * @return sequence 0 with {@link AuditEntry#GENESIS_HASH}
     */
    public static AuditCheckpoint genesis(WorkspaceId workspaceId) {
        return new AuditCheckpoint(workspaceId, 0, AuditEntry.GENESIS_HASH);
    }

    /**
     * The head of a chain whose last entry is {@code entry}.
     *
     * @param entry the last entry of the chain
     * @return the entry's workspace, sequence and hash
     */
    public static AuditCheckpoint of(AuditEntry entry) {
        return new AuditCheckpoint(entry.workspaceId(), entry.sequence(), entry.hash());
    }

    /**
     * Whether no entry has been appended yet.
     *
     * @return whether the sequence is 0
     */
    public boolean isGenesis() {
        return sequence == 0;
    }

    /**
     * The sequence the next entry of this chain takes.
     *
     * @return this sequence plus one
     */
    public long nextSequence() {
        return sequence + 1;
    }
}

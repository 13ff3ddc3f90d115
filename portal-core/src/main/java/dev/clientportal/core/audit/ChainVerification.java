package dev.clientportal.core.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a workspace's audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBroken    the first entry whose link or content does not match, if any
 * @param personalDataErased the sequences, among the entries read, whose personal data was erased on request (their
 *                       tombstones are backed by an erasure entry of the chain), in sequence order
 */
public record ChainVerification(long entriesChecked, Optional<BrokenLink> firstBroken,
                                List<Long> personalDataErased) {

    /**
     * Requires the outcome and freezes the erased sequences.
     *
     * @param entriesChecked     how many entries were read
     * @param firstBroken        the first entry whose link or content does not match, if any
     * @param personalDataErased the sequences, among the entries read, whose personal data was erased on request (their
     *                           tombstones are backed by an erasure entry of the chain), in sequence order
     */
    public ChainVerification {
        Objects.requireNonNull(firstBroken, "firstBroken");
        personalDataErased = List.copyOf(Objects.requireNonNull(personalDataErased, "personalDataErased"));
    }

    /**
     * An outcome in which no entry's personal data was erased.
     *
     * @param entriesChecked how many entries were read
     * @param firstBroken    the first entry whose link or content does not match, if any
     */
    public ChainVerification(long entriesChecked, Optional<BrokenLink> firstBroken) {
        this(entriesChecked, firstBroken, List.of());
    }

    /**
     * Whether every link matched.
     *
     * @return whether every link matched
     */
    public boolean intact() {
        return firstBroken.isEmpty();
    }

    /**
     * Where the chain first breaks.
     *
     * @param sequence the sequence at which it breaks (for {@link Reason#TRUNCATED} the first missing one)
     * @param reason   what does not match
     */
    public record BrokenLink(long sequence, Reason reason) {
    }

    /** Why a link is broken. */
    public enum Reason {
        /** The entry's content no longer hashes to its stored hash: it was altered. */
        CONTENT_ALTERED,
        /** The entry does not point at the previous entry's hash: an entry before it was altered or removed. */
        LINK_BROKEN,
        /** A sequence number is missing: an entry was removed. */
        SEQUENCE_GAP,
        /** The chain ends before a checkpoint's sequence: its newest entries were removed. */
        TRUNCATED,
        /**
         * The entry at a checkpoint's sequence has another hash than the checkpoint: the chain was rewritten (and
         * re-hashed) since the checkpoint was taken.
         */
        CHECKPOINT_MISMATCH,
        /**
         * The entry's personal-data side record no longer hashes to what the entry committed to, or its tombstone
         * is not backed by an {@code audit.personal_data_erased} entry naming it: it was edited or erased silently.
         */
        PERSONAL_DATA_ALTERED,
        /** The entry commits to personal data whose side record (or its tombstone) is gone. */
        PERSONAL_DATA_MISSING
    }
}

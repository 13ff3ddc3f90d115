package dev.clientportal.core.audit;

import java.util.Optional;

/**
 * The outcome of checking a workspace's audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBroken    the first entry whose link or content does not match, if any
 */
public record ChainVerification(long entriesChecked, Optional<BrokenLink> firstBroken) {

    /** Whether every link matched. */
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
        CHECKPOINT_MISMATCH
    }
}

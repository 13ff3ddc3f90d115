package dev.clientportal.core.audit;

import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The personal data of one audit entry (address, user agent, typed name, e-mail, free text), kept beside the chain
 * so it can be erased on request: the entry commits to it by {@link AuditEntry#personalDataHash()}, a salted (and,
 * with a host key, keyed) hash, so an edited record no longer matches while an erased one leaves the chain intact.
 * Erasing replaces the record by a tombstone without salt or values, which points at the
 * {@code audit.personal_data_erased} entry that recorded the erasure.
 *
 * @param workspaceId the workspace of the entry
 * @param entryId     the entry's id
 * @param sequence    the entry's sequence
 * @param salt        random hex mixed into the hash, so an erased value cannot be confirmed by guessing; empty
 *                    once erased
 * @param values      the personal details, sorted by key; empty once erased
 * @param erasedBy    the sequence of the entry that recorded the erasure, 0 while the data exists
 * @param erasedAt    when it was erased, {@code null} while the data exists
 */
public record AuditPersonalData(WorkspaceId workspaceId, UUID entryId, long sequence, String salt,
                                Map<String, String> values, long erasedBy, @Nullable Instant erasedAt) {

    /**
     * Requires a consistent record: live with salt and values, or a tombstone with neither.
     *
     * @param workspaceId the workspace of the entry
     * @param entryId     the entry's id
     * @param sequence    the entry's sequence
     * @param salt        random hex mixed into the hash, so an erased value cannot be confirmed by guessing; empty once
     *                    erased
     * @param values      the personal details, sorted by key; empty once erased
     * @param erasedBy    the sequence of the entry that recorded the erasure, 0 while the data exists
     * @param erasedAt    when it was erased, {@code null} while the data exists
     */
    public AuditPersonalData {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(salt, "salt");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must start at 1: " + sequence);
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        Objects.requireNonNull(values, "values").forEach((key, value) ->
                sorted.put(Objects.requireNonNull(key, "values key"), Objects.requireNonNull(value, key)));
        values = Collections.unmodifiableSortedMap(sorted);
        if (erasedBy == 0) {
            if (erasedAt != null || salt.isEmpty() || values.isEmpty()) {
                throw new IllegalArgumentException("personal data of entry " + sequence
                        + " needs a salt and values and no erasure time");
            }
        } else if (erasedBy <= sequence || erasedAt == null || !salt.isEmpty() || !values.isEmpty()) {
            throw new IllegalArgumentException("the tombstone of entry " + sequence
                    + " keeps no salt or values and names a later erasure entry and its time");
        }
    }

    /**
     * Whether the data was erased and this is its tombstone.
     *
     * @return whether this is a tombstone
     */
    public boolean erased() {
        return erasedBy != 0;
    }

    /**
     * The tombstone that replaces this record when the entry at {@code erasureSequence} erases it.
     *
     * @param erasureSequence the sequence of the entry that records the erasure
     * @param at              when it is erased
     * @return a record of the same entry without salt or values
     */
    public AuditPersonalData tombstone(long erasureSequence, Instant at) {
        return new AuditPersonalData(workspaceId, entryId, sequence, "", Map.of(), erasureSequence,
                Objects.requireNonNull(at, "at"));
    }
}

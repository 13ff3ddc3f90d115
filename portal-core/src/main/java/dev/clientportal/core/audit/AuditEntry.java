package dev.clientportal.core.audit;

import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One append-only record of something the business or a client decided or changed.
 *
 * <p>Entries of a workspace form a hash chain: {@code hash} is the SHA-256 of this entry's content and the
 * previous entry's hash (the HMAC-SHA256 under the host's audit key, when it gave one), so changing or removing any
 * entry breaks every later link.
 *
 * @param workspaceId  the workspace whose chain this entry belongs to
 * @param sequence     position in the chain, starting at 1, without gaps
 * @param id           unique id of the entry
 * @param at           when it happened
 * @param actor        who acted, e.g. {@code staff:owner@acme.example}, {@code contact:…}, {@code system}
 * @param action       what happened, e.g. {@code invoice.issued}
 * @param subjectType  the kind of thing it happened to, e.g. {@code invoice}
 * @param subjectId    the id of that thing
 * @param details      facts that make the entry meaningful on its own (number, amount, …), sorted; never
 *                     personal data, which lives in an {@link AuditPersonalData} side record
 * @param personalDataHash the salted hash of the entry's {@link AuditPersonalData} side record, which the entry
 *                     commits to so the record can be erased without breaking the chain; empty when it has none
 * @param previousHash hash of the previous entry, or 64 zeros for the first
 * @param hash         hash of this entry
 */
public record AuditEntry(WorkspaceId workspaceId, long sequence, UUID id, Instant at, String actor, String action,
                         String subjectType, String subjectId, Map<String, String> details, String personalDataHash,
                         String previousHash, String hash) {

    /** The previous hash of the first entry of every chain. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /**
     * Requires every field and freezes the details in key order.
     *
     * @param workspaceId      the workspace whose chain this entry belongs to
     * @param sequence         position in the chain, starting at 1, without gaps
     * @param id               unique id of the entry
     * @param at               when it happened
     * @param actor            who acted, e.g. {@code staff:owner@acme.example}, {@code contact:…}, {@code system}
     * @param action           what happened, e.g. {@code invoice.issued}
     * @param subjectType      the kind of thing it happened to, e.g. {@code invoice}
     * @param subjectId        the id of that thing
     * @param details          facts that make the entry meaningful on its own (number, amount, …), sorted; never
     *                         personal data, which lives in an {@link AuditPersonalData} side record
     * @param personalDataHash the salted hash of the entry's {@link AuditPersonalData} side record, which the entry
     *                         commits to so the record can be erased without breaking the chain; empty when it has none
     * @param previousHash     hash of the previous entry, or 64 zeros for the first
     * @param hash             hash of this entry
     */
    public AuditEntry {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(personalDataHash, "personalDataHash");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must start at 1: " + sequence);
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        Objects.requireNonNull(details, "details").forEach((key, value) ->
                sorted.put(Objects.requireNonNull(key, "details key"), Objects.requireNonNull(value, key)));
        details = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * An entry without personal data.
     *
     * @param workspaceId  the workspace whose chain this entry belongs to
     * @param sequence     position in the chain, starting at 1, without gaps
     * @param id           unique id of the entry
     * @param at           when it happened
     * @param actor        who acted, e.g. {@code staff:owner@acme.example}, {@code contact:…}, {@code system}
     * @param action       what happened, e.g. {@code invoice.issued}
     * @param subjectType  the kind of thing it happened to, e.g. {@code invoice}
     * @param subjectId    the id of that thing
     * @param details      facts that make the entry meaningful on its own; never personal data
     * @param previousHash hash of the previous entry, or 64 zeros for the first
     * @param hash         hash of this entry
     */
    public AuditEntry(WorkspaceId workspaceId, long sequence, UUID id, Instant at, String actor, String action,
                      String subjectType, String subjectId, Map<String, String> details, String previousHash,
                      String hash) {
        this(workspaceId, sequence, id, at, actor, action, subjectType, subjectId, details, "", previousHash, hash);
    }

    /**
     * Whether the entry has a personal-data side record.
     *
     * @return whether {@link #personalDataHash()} is not empty
     */
    public boolean hasPersonalData() {
        return !personalDataHash.isEmpty();
    }

    /**
     * This entry with its hash set.
     *
     * @param newHash the entry's hash, 64 lower-case hex digits
     * @return a copy of this entry with that hash
     */
    public AuditEntry withHash(String newHash) {
        return new AuditEntry(workspaceId, sequence, id, at, actor, action, subjectType, subjectId, details,
                personalDataHash, previousHash, newHash);
    }
}

package dev.clientportal.core.audit;

import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.workspace.WorkspaceId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes hash-chained audit entries and verifies chains. Use cases call it inside their transaction so the entry
 * commits or rolls back with the change it describes.
 */
public final class AuditLog {

    private static final int VERIFY_PAGE = 500;
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(AuditLog::sha256);

    private final AuditTrail trail;
    private final Clock clock;
    private final IdGenerator ids;

    /** An audit log over a store. */
    public AuditLog(AuditTrail trail, Clock clock, IdGenerator ids) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Appends an entry to the workspace's chain.
     *
     * @param workspaceId the workspace
     * @param actor       who acted
     * @param action      what happened, e.g. {@code invoice.issued}
     * @param subjectType what kind of thing it happened to
     * @param subjectId   which one
     * @param details     facts worth keeping with the entry
     * @return the stored entry
     */
    public AuditEntry record(WorkspaceId workspaceId, String actor, String action, String subjectType,
                             String subjectId, Map<String, String> details) {
        Optional<AuditEntry> latest = trail.latest(workspaceId);
        long sequence = latest.map(entry -> entry.sequence() + 1).orElse(1L);
        String previousHash = latest.map(AuditEntry::hash).orElse(AuditEntry.GENESIS_HASH);
        AuditEntry unsigned = new AuditEntry(workspaceId, sequence, ids.next(), clock.instant(), actor, action,
                subjectType, subjectId, details, previousHash, "");
        AuditEntry entry = unsigned.withHash(hashOf(unsigned));
        trail.append(entry);
        return entry;
    }

    /** Reads the whole chain of a workspace and reports the first entry that does not match. */
    public ChainVerification verify(WorkspaceId workspaceId) {
        String previousHash = AuditEntry.GENESIS_HASH;
        long expectedSequence = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = trail.entries(workspaceId, expectedSequence, VERIFY_PAGE);
            if (page.isEmpty()) {
                return new ChainVerification(checked, Optional.empty());
            }
            for (AuditEntry entry : page) {
                checked++;
                ChainVerification.Reason reason = null;
                if (entry.sequence() != expectedSequence) {
                    reason = ChainVerification.Reason.SEQUENCE_GAP;
                } else if (!entry.previousHash().equals(previousHash)) {
                    reason = ChainVerification.Reason.LINK_BROKEN;
                } else if (!hashOf(entry).equals(entry.hash())) {
                    reason = ChainVerification.Reason.CONTENT_ALTERED;
                }
                if (reason != null) {
                    return new ChainVerification(checked, Optional.of(
                            new ChainVerification.BrokenLink(expectedSequence, reason)));
                }
                previousHash = entry.hash();
                expectedSequence++;
            }
        }
    }

    /**
     * The SHA-256 of an entry's content and previous hash, in hex. Every field is length-prefixed, so no choice
     * of values can make two different entries serialize alike.
     */
    static String hashOf(AuditEntry entry) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, entry.workspaceId().toString());
        field(canonical, Long.toString(entry.sequence()));
        field(canonical, entry.id().toString());
        field(canonical, entry.at().getEpochSecond() + "." + entry.at().getNano());
        field(canonical, entry.actor());
        field(canonical, entry.action());
        field(canonical, entry.subjectType());
        field(canonical, entry.subjectId());
        field(canonical, Integer.toString(entry.details().size()));
        entry.details().forEach((key, value) -> {
            field(canonical, key);
            field(canonical, value);
        });
        field(canonical, entry.previousHash());
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return HEX.formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append(';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}

package dev.clientportal.core.audit;

import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.workspace.WorkspaceId;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
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
    private static final ThreadLocal<Canonical> CANONICAL = ThreadLocal.withInitial(Canonical::new);

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
        Canonical canonical = CANONICAL.get();
        StringBuilder text = canonical.text;
        text.setLength(0);
        field(text, entry.workspaceId().toString());
        field(text, Long.toString(entry.sequence()));
        field(text, entry.id().toString());
        field(text, entry.at().getEpochSecond() + "." + entry.at().getNano());
        field(text, entry.actor());
        field(text, entry.action());
        field(text, entry.subjectType());
        field(text, entry.subjectId());
        field(text, Integer.toString(entry.details().size()));
        entry.details().forEach((key, value) -> {
            field(text, key);
            field(text, value);
        });
        field(text, entry.previousHash());
        return HEX.formatHex(canonical.digest());
    }

    /**
     * One thread's buffers for hashing entries: the canonical text, its UTF-8 bytes and the digest are reused, so
     * appending an entry allocates no intermediate strings or arrays.
     */
    private static final class Canonical {
        private final StringBuilder text = new StringBuilder(1024);
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
        private final MessageDigest sha256 = sha256();
        private ByteBuffer bytes = ByteBuffer.allocate(2048);

        byte[] digest() {
            CharBuffer chars = CharBuffer.wrap(text);
            while (true) {
                utf8.reset();
                bytes.clear();
                CoderResult result = utf8.encode(chars, bytes, true);
                if (!result.isOverflow()) {
                    utf8.flush(bytes);
                    break;
                }
                bytes = ByteBuffer.allocate(bytes.capacity() * 2);
                chars.rewind();
            }
            bytes.flip();
            sha256.reset();
            sha256.update(bytes);
            return sha256.digest();
        }
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

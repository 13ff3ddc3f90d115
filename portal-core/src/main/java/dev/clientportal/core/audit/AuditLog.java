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
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes hash-chained audit entries and verifies chains. Use cases call it inside their transaction so the entry
 * commits or rolls back with the change it describes; appends to one workspace wait for each other at the trail's
 * head lock. Hashing happens here, in core, never in an adapter.
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
     * Appends an entry to the workspace's chain, after its head; while another transaction appends to the same
     * workspace, waits for it to end.
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
        Objects.requireNonNull(workspaceId, "workspaceId");
        // time and id are taken once the head is locked, so both grow with the sequence along the chain
        return trail.appendNext(workspaceId, head -> {
            AuditEntry unsigned = new AuditEntry(workspaceId, head.nextSequence(), ids.next(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), actor, action, subjectType, subjectId, details,
                    head.hash(), "");
            return unsigned.withHash(hashOf(unsigned));
        });
    }

    /**
     * The current head of a workspace's chain, to keep outside the portal's database and pass to
     * {@link #verify(AuditCheckpoint)} later.
     */
    public AuditCheckpoint checkpoint(WorkspaceId workspaceId) {
        return trail.latest(workspaceId).map(AuditCheckpoint::of)
                .orElseGet(() -> AuditCheckpoint.genesis(workspaceId));
    }

    /**
     * Reads the whole chain of a workspace and reports the first entry that does not match. Finds altered,
     * reordered and removed entries, except the newest: for those keep a {@link #checkpoint} and use
     * {@link #verify(AuditCheckpoint)}.
     */
    public ChainVerification verify(WorkspaceId workspaceId) {
        return walk(Objects.requireNonNull(workspaceId, "workspaceId"), null);
    }

    /**
     * Verifies a workspace's chain as {@link #verify(WorkspaceId)} does and, besides, against a checkpoint taken
     * earlier: a chain that ends before the checkpoint's sequence lost its newest entries
     * ({@link ChainVerification.Reason#TRUNCATED}), and an entry at that sequence with another hash means the chain
     * was rewritten since ({@link ChainVerification.Reason#CHECKPOINT_MISMATCH}).
     */
    public ChainVerification verify(AuditCheckpoint checkpoint) {
        return walk(checkpoint.workspaceId(), checkpoint);
    }

    private ChainVerification walk(WorkspaceId workspaceId, AuditCheckpoint checkpoint) {
        String previousHash = AuditEntry.GENESIS_HASH;
        long expectedSequence = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = trail.entries(workspaceId, expectedSequence, VERIFY_PAGE);
            if (page.isEmpty()) {
                if (checkpoint != null && expectedSequence <= checkpoint.sequence()) {
                    return new ChainVerification(checked, Optional.of(new ChainVerification.BrokenLink(
                            expectedSequence, ChainVerification.Reason.TRUNCATED)));
                }
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
                } else if (checkpoint != null && entry.sequence() == checkpoint.sequence()
                        && !entry.hash().equals(checkpoint.hash())) {
                    reason = ChainVerification.Reason.CHECKPOINT_MISMATCH;
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

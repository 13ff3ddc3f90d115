package dev.clientportal.core.audit;

import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.workspace.WorkspaceId;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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
     * of values can make two different entries serialize alike: the hashed bytes are the UTF-8 of
     * {@code length:value;} per field (length in UTF-16 chars; an unpaired surrogate is encoded as {@code ?}).
     */
    static String hashOf(AuditEntry entry) {
        Canonical canonical = CANONICAL.get();
        canonical.reset();
        canonical.field(entry.workspaceId().toString());
        canonical.field(entry.sequence());
        canonical.field(entry.id().toString());
        canonical.timeField(entry.at().getEpochSecond(), entry.at().getNano());
        canonical.field(entry.actor());
        canonical.field(entry.action());
        canonical.field(entry.subjectType());
        canonical.field(entry.subjectId());
        canonical.field(entry.details().size());
        entry.details().forEach((key, value) -> {
            canonical.field(key);
            canonical.field(value);
        });
        canonical.field(entry.previousHash());
        return HEX.formatHex(canonical.digest());
    }

    /**
     * One thread's buffer for hashing entries: fields are written straight into reused UTF-8 bytes (ASCII, the
     * usual case, a byte per char), so appending an entry allocates no intermediate strings or arrays.
     */
    private static final class Canonical {
        private final MessageDigest sha256 = sha256();
        private byte[] bytes = new byte[1024];
        private int length;

        void reset() {
            length = 0;
        }

        void field(String value) {
            int chars = value.length();
            ensure(24 + 3 * chars);
            putDigits(chars);
            bytes[length++] = ':';
            putUtf8(value);
            bytes[length++] = ';';
        }

        void field(long number) {
            ensure(48);
            putDigits(digits(number));
            bytes[length++] = ':';
            putDigits(number);
            bytes[length++] = ';';
        }

        /** {@code seconds.nanos}, as {@code seconds + "." + nanos} would print it. */
        void timeField(long seconds, int nanos) {
            ensure(64);
            putDigits(digits(seconds) + 1 + digits(nanos));
            bytes[length++] = ':';
            putDigits(seconds);
            bytes[length++] = '.';
            putDigits(nanos);
            bytes[length++] = ';';
        }

        byte[] digest() {
            sha256.reset();
            sha256.update(bytes, 0, length);
            return sha256.digest();
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        private void putUtf8(String value) {
            int chars = value.length();
            for (int i = 0; i < chars; i++) {
                char c = value.charAt(i);
                if (c < 0x80) {
                    bytes[length++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[length++] = (byte) (0xC0 | (c >> 6));
                    bytes[length++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < chars
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, value.charAt(++i));
                    bytes[length++] = (byte) (0xF0 | (codePoint >> 18));
                    bytes[length++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                    bytes[length++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                    bytes[length++] = (byte) (0x80 | (codePoint & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    bytes[length++] = '?';
                } else {
                    bytes[length++] = (byte) (0xE0 | (c >> 12));
                    bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    bytes[length++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }

        /** Writes a number in decimal, as {@link Long#toString(long)} does. */
        private void putDigits(long number) {
            if (number < 0) {
                bytes[length++] = '-';
                if (number == Long.MIN_VALUE) {
                    // its absolute value does not fit a long: write 922337203685477580 and the last digit 8
                    putDigits(-(number / 10));
                    bytes[length++] = '8';
                    return;
                }
                number = -number;
            }
            int end = length + digits(number);
            int at = end;
            do {
                bytes[--at] = (byte) ('0' + (number % 10));
                number /= 10;
            } while (number != 0);
            length = end;
        }

        private static int digits(long number) {
            if (number < 0) {
                return number == Long.MIN_VALUE ? 20 : 1 + digits(-number);
            }
            int digits = 1;
            for (long bound = 10; digits < 19 && number >= bound; bound *= 10) {
                digits++;
            }
            return digits;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}

package dev.clientportal.core.internal;

import dev.clientportal.core.audit.AuditCheckpoint;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.audit.AuditPersonalData;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.audit.ChainVerification;
import dev.clientportal.core.audit.PersonalDataErasure;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes hash-chained audit entries and verifies chains. Use cases call it inside their transaction so the entry
 * commits or rolls back with the change it describes; appends to one workspace wait for each other at the trail's
 * head lock. Hashing happens here, in core, never in an adapter. Personal data goes to a side record per entry that
 * the entry commits to by hash, so it can be erased on request ({@link #erasePersonalData}) and the chain still
 * verifies.
 */
@Internal
public final class AuditLog {

    private static final int VERIFY_PAGE = 500;
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<Canonical> CANONICAL = ThreadLocal.withInitial(() -> new Canonical(null));
    /** The shortest MAC key accepted: 256 bits, the strength of the SHA-256 behind it. */
    private static final int MIN_KEY_BYTES = 32;
    private static final String MAC_ALGORITHM = "HmacSHA256";
    /** Puts a personal-data hash in its own domain, so it can never equal an entry hash over the same bytes. */
    private static final String PERSONAL_DATA_DOMAIN = "audit.personal_data.v1";
    private static final SecureRandom SALTS = new SecureRandom();

    /**
     * Detail keys that hold personal data (addresses, user agents, typed names, e-mail addresses, free text). Under
     * any of these keys a value goes to the entry's erasable side record, never into the chained details, whichever
     * {@code record} overload it was given to.
     */
    public static final Set<String> PERSONAL_KEYS = Set.of("address", "userAgent", "typedName", "email", "reason",
            "text", "comment", "note", "evidence.address", "evidence.userAgent", "evidence.typedName");

    /** The action of the entry that records an erasure of personal data. */
    public static final String PERSONAL_DATA_ERASED = "audit.personal_data_erased";

    private final AuditTrail trail;
    private final Clock clock;
    private final IdGenerator ids;
    private final ThreadLocal<Canonical> canonical;

    /**
     * An audit log over a store whose entries are chained by plain SHA-256. Weaker than a keyed log: whoever can
     * write the store can rewrite an entry and re-hash every later one, and only a {@link #checkpoint} kept
     * elsewhere reveals it.
     */
    public AuditLog(AuditTrail trail, Clock clock, IdGenerator ids) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.canonical = CANONICAL;
    }

    /**
     * An audit log whose entries are chained by HMAC-SHA256 under the host's key, kept outside the database: a
     * rewritten entry can no longer be re-hashed into a chain that verifies without the key. The key must stay the
     * same for the life of the chains (entries hashed under another key, or none, fail verification).
     *
     * @throws IllegalArgumentException when the key is shorter than 256 bits or not usable for HMAC-SHA256
     */
    public AuditLog(AuditTrail trail, Clock clock, IdGenerator ids, SecretKey macKey) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(macKey, "macKey");
        byte[] encoded = macKey.getEncoded();
        if (encoded != null) {
            int length = encoded.length;
            Arrays.fill(encoded, (byte) 0);
            if (length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("an audit key needs at least " + MIN_KEY_BYTES + " bytes, not "
                        + length);
            }
        }
        // an unusable key fails here, when the portal is built, not at the first append of some use case
        mac(macKey);
        this.canonical = ThreadLocal.withInitial(() -> new Canonical(mac(macKey)));
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
     * @param details     facts worth keeping with the entry; values under {@link #PERSONAL_KEYS} go to the entry's
     *                    erasable side record instead
     * @return the stored entry
     */
    public AuditEntry record(WorkspaceId workspaceId, String actor, String action, String subjectType,
                             String subjectId, Map<String, String> details) {
        return record(workspaceId, actor, action, subjectType, subjectId, details, Map.of());
    }

    /**
     * Appends an entry as {@link #record(WorkspaceId, String, String, String, String, Map)} does, with personal data
     * kept in an erasable side record that the entry commits to by a salted hash (keyed, when the log has a key).
     * Values under {@link #PERSONAL_KEYS} in {@code details} go there too; empty personal values are left out, and
     * an entry without any has no side record.
     *
     * @param personal personal facts of the entry, e.g. the client's address, user agent or typed name
     * @return the stored entry
     */
    public AuditEntry record(WorkspaceId workspaceId, String actor, String action, String subjectType,
                             String subjectId, Map<String, String> details, Map<String, String> personal) {
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(details, "details");
        Map<String, String> open = details;
        Map<String, String> values = new TreeMap<>();
        // the usual entry has no personal data: it is appended without copying its details
        if (!Objects.requireNonNull(personal, "personal").isEmpty()
                || details.keySet().stream().anyMatch(PERSONAL_KEYS::contains)) {
            open = new HashMap<>();
            for (Map.Entry<String, String> detail : details.entrySet()) {
                (PERSONAL_KEYS.contains(detail.getKey()) ? values : open).put(detail.getKey(), detail.getValue());
            }
            values.putAll(personal);
            values.values().removeIf(String::isEmpty);
        }
        Map<String, String> chained = open;
        @Nullable AuditPersonalData[] side = new AuditPersonalData[1];
        // time and id are taken once the head is locked, so both grow with the sequence along the chain
        AuditEntry stored = trail.appendNext(workspaceId, head -> {
            UUID id = ids.next();
            AuditPersonalData data = values.isEmpty() ? null
                    : new AuditPersonalData(workspaceId, id, head.nextSequence(), salt(), values, 0, null);
            side[0] = data;
            AuditEntry unsigned = new AuditEntry(workspaceId, head.nextSequence(), id,
                    clock.instant().truncatedTo(ChronoUnit.MICROS), actor, action, subjectType, subjectId, chained,
                    data == null ? "" : personalDataHash(data), head.hash(), "");
            return unsigned.withHash(hash(unsigned));
        });
        AuditPersonalData data = side[0];
        if (data != null) {
            trail.storePersonalData(data);
        }
        return stored;
    }

    /**
     * Erases the personal data of the given entries of a workspace that still have it: appends one
     * {@value #PERSONAL_DATA_ERASED} entry naming their sequences, then replaces each side record by a tombstone
     * pointing at it. The chain keeps verifying; {@link ChainVerification#personalDataErased()} lists them. Call it
     * inside the use case's transaction.
     *
     * @param subjectType what the erasure was requested for, e.g. {@code contact}, for the erasure entry
     * @param subjectId   which one
     */
    public PersonalDataErasure erasePersonalData(WorkspaceId workspaceId, String actor, String subjectType,
                                                 String subjectId, Collection<UUID> entryIds) {
        Objects.requireNonNull(workspaceId, "workspaceId");
        List<AuditPersonalData> live = trail.personalData(workspaceId, Set.copyOf(entryIds)).values().stream()
                .filter(data -> !data.erased()).sorted(Comparator.comparingLong(AuditPersonalData::sequence))
                .toList();
        if (live.isEmpty()) {
            return new PersonalDataErasure(0, List.of());
        }
        List<Long> sequences = live.stream().map(AuditPersonalData::sequence).toList();
        AuditEntry erasure = record(workspaceId, actor, PERSONAL_DATA_ERASED, subjectType, subjectId, Map.of(
                "entries", Integer.toString(sequences.size()),
                "sequences", sequences.stream().map(String::valueOf).collect(Collectors.joining(","))));
        for (AuditPersonalData data : live) {
            if (!trail.erasePersonalData(data.tombstone(erasure.sequence(), erasure.at()))) {
                // another transaction erased it since we read it; ours must not claim it: roll back, retry
                throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "personal data of audit entry "
                        + data.sequence() + " was erased concurrently");
            }
        }
        return new PersonalDataErasure(erasure.sequence(), sequences);
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

    private ChainVerification walk(WorkspaceId workspaceId, @Nullable AuditCheckpoint checkpoint) {
        String previousHash = AuditEntry.GENESIS_HASH;
        long expectedSequence = 1;
        long checked = 0;
        List<Long> erased = new ArrayList<>();
        // tombstones waiting for their erasure entry further down the chain: erasure sequence -> erased sequences
        Map<Long, List<Long>> unconfirmed = new TreeMap<>();
        while (true) {
            List<AuditEntry> page = trail.entries(workspaceId, expectedSequence, VERIFY_PAGE);
            if (page.isEmpty()) {
                if (checkpoint != null && expectedSequence <= checkpoint.sequence()) {
                    return broken(checked, expectedSequence, ChainVerification.Reason.TRUNCATED, erased);
                }
                if (!unconfirmed.isEmpty()) {
                    long first = unconfirmed.values().stream().flatMap(List::stream).min(Long::compare).orElseThrow();
                    return broken(checked, first, ChainVerification.Reason.PERSONAL_DATA_ALTERED, erased);
                }
                return new ChainVerification(checked, Optional.empty(), erased);
            }
            Map<UUID, AuditPersonalData> personal = trail.personalData(workspaceId, page.stream()
                    .filter(AuditEntry::hasPersonalData).map(AuditEntry::id).toList());
            for (AuditEntry entry : page) {
                checked++;
                long brokenAt = expectedSequence;
                ChainVerification.@Nullable Reason reason = null;
                if (entry.sequence() != expectedSequence) {
                    reason = ChainVerification.Reason.SEQUENCE_GAP;
                } else if (!entry.previousHash().equals(previousHash)) {
                    reason = ChainVerification.Reason.LINK_BROKEN;
                } else if (!hash(entry).equals(entry.hash())) {
                    reason = ChainVerification.Reason.CONTENT_ALTERED;
                } else if (checkpoint != null && entry.sequence() == checkpoint.sequence()
                        && !entry.hash().equals(checkpoint.hash())) {
                    reason = ChainVerification.Reason.CHECKPOINT_MISMATCH;
                } else if (entry.hasPersonalData()) {
                    reason = personalDataMismatch(entry, personal.get(entry.id()), unconfirmed, erased);
                }
                List<Long> waiting = reason == null ? unconfirmed.remove(entry.sequence()) : null;
                if (waiting != null) {
                    long unnamed = firstNotErasedBy(entry, waiting);
                    if (unnamed != 0) {
                        reason = ChainVerification.Reason.PERSONAL_DATA_ALTERED;
                        brokenAt = unnamed;
                    }
                }
                if (reason != null) {
                    return broken(checked, brokenAt, reason, erased);
                }
                previousHash = entry.hash();
                expectedSequence++;
            }
        }
    }

    private static ChainVerification broken(long checked, long sequence, ChainVerification.Reason reason,
                                            List<Long> erased) {
        return new ChainVerification(checked, Optional.of(new ChainVerification.BrokenLink(sequence, reason)), erased);
    }

    /**
     * Checks an entry's side record: a live one must hash to what the entry committed to; a tombstone must belong to
     * the entry and is confirmed later by the erasure entry it names.
     */
    private ChainVerification.@Nullable Reason personalDataMismatch(AuditEntry entry, @Nullable AuditPersonalData data,
                                                          Map<Long, List<Long>> unconfirmed, List<Long> erased) {
        if (data == null) {
            return ChainVerification.Reason.PERSONAL_DATA_MISSING;
        }
        if (data.sequence() != entry.sequence() || !data.workspaceId().equals(entry.workspaceId())) {
            return ChainVerification.Reason.PERSONAL_DATA_ALTERED;
        }
        if (data.erased()) {
            unconfirmed.computeIfAbsent(data.erasedBy(), key -> new ArrayList<>()).add(entry.sequence());
            erased.add(entry.sequence());
            return null;
        }
        return personalDataHash(data).equals(entry.personalDataHash()) ? null
                : ChainVerification.Reason.PERSONAL_DATA_ALTERED;
    }

    /**
     * The first of the given sequences (whose tombstones name {@code entry}) that {@code entry} did not erase: it is no
     * erasure entry or does not name it; 0 when it erased them all.
     */
    private static long firstNotErasedBy(AuditEntry entry, List<Long> erasedSequences) {
        Set<String> named = entry.action().equals(PERSONAL_DATA_ERASED)
                ? new HashSet<>(Arrays.asList(entry.details().getOrDefault("sequences", "").split(",")))
                : Set.of();
        return erasedSequences.stream().filter(sequence -> !named.contains(Long.toString(sequence))).findFirst()
                .orElse(0L);
    }

    /**
     * The SHA-256 of an entry's content and previous hash, in hex (a keyed log takes the HMAC-SHA256 of the same
     * bytes). Every field is length-prefixed, so no choice
     * of values can make two different entries serialize alike: the hashed bytes are the UTF-8 of
     * {@code length:value;} per field (length in UTF-16 chars; an unpaired surrogate is encoded as {@code ?}), in the
     * order workspace, sequence, id, time, actor, action, subject type and id, number of details, each detail's key
     * and value, personal-data hash (empty without a side record), previous hash.
     */
    public static String hashOf(AuditEntry entry) {
        return hash(entry, CANONICAL.get());
    }

    /** An entry's hash in this log: its HMAC-SHA256 under the key, or its SHA-256 without one. */
    public String hash(AuditEntry entry) {
        return hash(entry, canonical.get());
    }

    /**
     * The hash a live side record is committed to by: the SHA-256 (without a key) of the length-prefixed fields
     * {@value #PERSONAL_DATA_DOMAIN}, workspace, entry id, sequence, salt, the number of values and each key and
     * value in key order — the same {@code length:value;} form as an entry's.
     */
    public static String personalDataHashOf(AuditPersonalData data) {
        return personalDataHash(data, CANONICAL.get());
    }

    /** A side record's hash in this log: keyed by the log's key when it has one. */
    public String personalDataHash(AuditPersonalData data) {
        return personalDataHash(data, canonical.get());
    }

    private static String personalDataHash(AuditPersonalData data, Canonical canonical) {
        canonical.reset();
        canonical.field(PERSONAL_DATA_DOMAIN);
        canonical.field(data.workspaceId().value());
        canonical.field(data.entryId());
        canonical.field(data.sequence());
        canonical.field(data.salt());
        canonical.field(data.values().size());
        data.values().forEach((key, value) -> {
            canonical.field(key);
            canonical.field(value);
        });
        return HEX.formatHex(canonical.digest());
    }

    private static String salt() {
        byte[] salt = new byte[16];
        SALTS.nextBytes(salt);
        return HEX.formatHex(salt);
    }

    private static String hash(AuditEntry entry, Canonical canonical) {
        canonical.reset();
        canonical.field(entry.workspaceId().value());
        canonical.field(entry.sequence());
        canonical.field(entry.id());
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
        canonical.field(entry.personalDataHash());
        canonical.field(entry.previousHash());
        return HEX.formatHex(canonical.digest());
    }

    /**
     * One thread's buffer for hashing entries: fields are written straight into reused UTF-8 bytes (ASCII, the
     * usual case, a byte per char), so appending an entry allocates no intermediate strings or arrays.
     */
    private static final class Canonical {
        private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

        private final MessageDigest sha256 = sha256();
        private final @Nullable Mac mac;
        private byte[] bytes = new byte[1024];
        private int length;

        Canonical(@Nullable Mac mac) {
            this.mac = mac;
        }

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

        /** A UUID in its {@link UUID#toString()} form, written without making the string. */
        void field(UUID uuid) {
            ensure(48);
            bytes[length++] = '3';
            bytes[length++] = '6';
            bytes[length++] = ':';
            long high = uuid.getMostSignificantBits();
            long low = uuid.getLeastSignificantBits();
            putHex(high >>> 32, 8);
            bytes[length++] = '-';
            putHex(high >>> 16, 4);
            bytes[length++] = '-';
            putHex(high, 4);
            bytes[length++] = '-';
            putHex(low >>> 48, 4);
            bytes[length++] = '-';
            putHex(low, 12);
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
            if (mac != null) {
                mac.update(bytes, 0, length);
                return mac.doFinal();
            }
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

        /** Writes the lowest {@code digits} hex digits of a value, lower case, most significant first. */
        private void putHex(long value, int digits) {
            for (int i = digits - 1; i >= 0; i--) {
                bytes[length + i] = HEX_DIGITS[(int) (value & 0xF)];
                value >>>= 4;
            }
            length += digits;
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

    private static Mac mac(SecretKey key) {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + MAC_ALGORITHM, e);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("the audit key cannot be used for " + MAC_ALGORITHM, e);
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

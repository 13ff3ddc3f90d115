package dev.clientportal.core.audit;

import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.testing.Seed;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the hash of {@link AuditLog}, which writes UTF-8 straight into a reused buffer, to the plain definition of
 * the chain's format: SHA-256 over the UTF-8 of {@code length:value;} per field. A stored chain must verify with
 * every later version, so the bytes may never drift.
 */
class AuditHashTest {

    private static final List<String> ALPHABET = List.of("a", "Z", "0", ";", ":", " ", "\n", "ü", "ß", "€", "—",
            "«", "日本", "😀", "𝄞", "\uD800", "\uDC00", "\u0000", "\u07FF", "\u0800", "\uFFFF");

    private final Seed seed = Seed.from("audit.hash.seed");

    @Test
    void theHashIsTheSha256OfTheLengthPrefixedUtf8OfEveryField() throws Exception {
        Random random = seed.random();
        for (int i = 0; i < 2_000; i++) {
            AuditEntry entry = randomEntry(random);
            assertThat(AuditLog.hashOf(entry)).as("%s, entry %s", seed, entry).isEqualTo(reference(entry));
        }
    }

    @Test
    void extremeTimesAndLongFieldsHashByTheSameDefinition() throws Exception {
        Random random = seed.random();
        for (Instant at : List.of(Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999999Z"), Instant.MIN,
                Instant.MAX, Instant.parse("2026-03-02T09:00:00.000001Z"))) {
            AuditEntry entry = withAt(randomEntry(random), at);
            assertThat(AuditLog.hashOf(entry)).as("%s at %s", seed, at).isEqualTo(reference(entry));
        }
        AuditEntry huge = withActor(randomEntry(random), "€".repeat(5_000) + "😀".repeat(3_000));
        assertThat(AuditLog.hashOf(huge)).isEqualTo(reference(huge));
    }

    @Test
    void thePersonalDataHashIsTheSha256OfItsDomainAndLengthPrefixedFields() throws Exception {
        Random random = seed.random();
        for (int i = 0; i < 500; i++) {
            Map<String, String> values = new HashMap<>();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                values.put(text(random, 1 + random.nextInt(8)), text(random, 1 + random.nextInt(40)));
            }
            AuditPersonalData data = new AuditPersonalData(new WorkspaceId(new UUID(random.nextLong(),
                    random.nextLong())), new UUID(random.nextLong(), random.nextLong()), 1 + random.nextInt(1_000_000),
                    hex(random).substring(0, 32), values, 0, null);
            StringBuilder text = new StringBuilder();
            field(text, "audit.personal_data.v1");
            field(text, data.workspaceId().toString());
            field(text, data.entryId().toString());
            field(text, Long.toString(data.sequence()));
            field(text, data.salt());
            field(text, Integer.toString(data.values().size()));
            data.values().forEach((key, value) -> {
                field(text, key);
                field(text, value);
            });
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(AuditLog.personalDataHashOf(data)).as("%s, %s", seed, data).isEqualTo(expected);
        }
    }

    /** The format written the plain way: a string, its UTF-8 bytes, their SHA-256. */
    private static String reference(AuditEntry entry) throws Exception {
        StringBuilder text = new StringBuilder();
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
        field(text, entry.personalDataHash());
        field(text, entry.previousHash());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static void field(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value).append(';');
    }

    private static AuditEntry randomEntry(Random random) {
        Map<String, String> details = new HashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            details.put(text(random, 1 + random.nextInt(8)), text(random, random.nextInt(40)));
        }
        long sequence = random.nextInt(4) == 0 ? Long.MAX_VALUE - random.nextInt(3) : 1 + random.nextInt(1_000_000);
        Instant at = Instant.ofEpochSecond(random.nextLong(-4_000_000_000L, 8_000_000_000L), random.nextInt(1_000_000_000));
        return new AuditEntry(new WorkspaceId(new UUID(random.nextLong(), random.nextLong())), sequence,
                new UUID(random.nextLong(), random.nextLong()), at, text(random, random.nextInt(30)),
                text(random, random.nextInt(20)), text(random, random.nextInt(10)), text(random, random.nextInt(40)),
                details, random.nextBoolean() ? "" : hex(random), HexFormat.of().formatHex(new byte[32]), "");
    }

    private static String hex(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String text(Random random, int parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            text.append(ALPHABET.get(random.nextInt(ALPHABET.size())));
        }
        return text.toString();
    }

    private static AuditEntry withAt(AuditEntry entry, Instant at) {
        return new AuditEntry(entry.workspaceId(), entry.sequence(), entry.id(), at, entry.actor(), entry.action(),
                entry.subjectType(), entry.subjectId(), entry.details(), entry.personalDataHash(),
                entry.previousHash(), "");
    }

    private static AuditEntry withActor(AuditEntry entry, String actor) {
        return new AuditEntry(entry.workspaceId(), entry.sequence(), entry.id(), entry.at(), actor, entry.action(),
                entry.subjectType(), entry.subjectId(), entry.details(), entry.personalDataHash(),
                entry.previousHash(), "");
    }
}

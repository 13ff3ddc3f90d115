package dev.clientportal.core.contract;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.audit.AuditLog;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.testing.MutableClock;
import dev.clientportal.core.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.audit.AuditTrail}: append-only chains per workspace, read back
 * exactly — to the nanosecond of {@code at}, since the hash covers it — paged by sequence and filtered by subject.
 */
public abstract class AuditTrailContract extends StoreContract {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00.123456789Z");
    private WorkspaceId workspaceId;
    private AuditLog log;

    @BeforeEach
    void storeTheWorkspace() {
        workspaceId = storedWorkspace("Acme Design").id();
        log = new AuditLog(stores.auditTrail(), clock, IdGenerator.random());
    }

    @Test
    void entriesComeBackEqualToTheNanosecond_soTheHashChainStillVerifies() {
        Map<String, String> unsorted = new LinkedHashMap<>();
        unsorted.put("total", "USD 1241.18");
        unsorted.put("number", "INV-2026-00001");
        unsorted.put("dueDate", "2026-04-01");
        List<AuditEntry> recorded = List.of(
                record(workspaceId, "invoice", "a1", "invoice.issued", unsorted),
                record(workspaceId, "client", "c1", "client.archived", Map.of()),
                record(workspaceId, "invoice", "a1", "invoice.voided", Map.of(
                        "reason", "Zurückgezogen — «issued twice»\nsee ticket #4711 " + "x".repeat(1000),
                        "creditReturned", "EUR 0.00")));

        assertThat(entries(workspaceId, 1, 10)).isEqualTo(recorded);
        assertThat(recorded.get(0).at().getNano() % 1000).isNotZero();
        assertThat(log.verify(workspaceId).intact()).isTrue();
        assertThat(log.verify(workspaceId).entriesChecked()).isEqualTo(3);
    }

    @Test
    void latest_isTheLastEntryOfTheWorkspacesOwnChain() {
        WorkspaceId other = storedWorkspace("Initech").id();
        assertThat(inTransaction(() -> stores.auditTrail().latest(workspaceId))).isEmpty();

        record(workspaceId, "client", "c1", "client.created", Map.of());
        AuditEntry last = record(workspaceId, "client", "c1", "client.updated", Map.of());
        AuditEntry theirs = record(other, "client", "c9", "client.created", Map.of());

        assertThat(theirs.sequence()).isEqualTo(1);
        assertThat(inTransaction(() -> stores.auditTrail().latest(workspaceId))).contains(last);
        assertThat(inTransaction(() -> stores.auditTrail().latest(other))).contains(theirs);
    }

    @Test
    void entries_returnUpToLimitEntriesFromASequence_inSequenceOrder() {
        WorkspaceId other = storedWorkspace("Initech").id();
        List<AuditEntry> chain = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            chain.add(record(workspaceId, "invoice", "i" + i, "invoice.drafted", Map.of("n", Integer.toString(i))));
        }
        record(other, "invoice", "i1", "invoice.drafted", Map.of());

        assertThat(entries(workspaceId, 1, 3)).isEqualTo(chain.subList(0, 3));
        assertThat(entries(workspaceId, 4, 3)).isEqualTo(chain.subList(3, 6));
        assertThat(entries(workspaceId, 7, 3)).isEqualTo(chain.subList(6, 7));
        assertThat(entries(workspaceId, 8, 3)).isEmpty();
        assertThat(entries(workspaceId, 2, 100)).isEqualTo(chain.subList(1, 7));
    }

    @Test
    void forSubject_listsTheEntriesAboutOneSubjectOfTheWorkspace_inSequenceOrder() {
        WorkspaceId other = storedWorkspace("Initech").id();
        AuditEntry drafted = record(workspaceId, "invoice", "a1", "invoice.drafted", Map.of());
        record(workspaceId, "invoice", "a2", "invoice.drafted", Map.of());
        record(workspaceId, "payment", "a1", "payment.recorded", Map.of());
        AuditEntry issued = record(workspaceId, "invoice", "a1", "invoice.issued", Map.of("number", "INV-1"));
        record(other, "invoice", "a1", "invoice.drafted", Map.of());

        assertThat(inTransaction(() -> stores.auditTrail().forSubject(workspaceId, "invoice", "a1")))
                .containsExactly(drafted, issued);
        assertThat(inTransaction(() -> stores.auditTrail().forSubject(workspaceId, "invoice", "a9"))).isEmpty();
    }

    @Test
    void appendingASequenceThatExists_failsWithDuplicateKeyAndKeepsTheStoredEntry() {
        AuditEntry first = record(workspaceId, "client", "c1", "client.created", Map.of());
        AuditEntry second = record(workspaceId, "client", "c1", "client.updated", Map.of());
        AuditEntry rival = new AuditEntry(workspaceId, 2, UUID.randomUUID(), clock.instant(), "staff:mallory",
                "client.archived", "client", "c1", Map.of(), first.hash(), "f".repeat(64));

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> stores.auditTrail().append(rival)));

        assertThat(entries(workspaceId, 1, 10)).containsExactly(first, second);
    }

    private AuditEntry record(WorkspaceId workspace, String subjectType, String subjectId, String action,
                              Map<String, String> details) {
        clock.advance(Duration.ofNanos(1_000_001));
        return inTransaction(() -> log.record(workspace, "staff:owner@acme.example", action, subjectType, subjectId,
                details));
    }

    private List<AuditEntry> entries(WorkspaceId workspace, long fromSequence, int limit) {
        return inTransaction(() -> stores.auditTrail().entries(workspace, fromSequence, limit));
    }
}

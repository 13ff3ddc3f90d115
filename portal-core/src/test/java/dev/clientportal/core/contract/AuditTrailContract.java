package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.audit.AuditCheckpoint;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.audit.AuditPersonalData;
import dev.clientportal.core.audit.PersonalDataErasure;
import dev.clientportal.core.audit.ChainVerification;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.testing.MutableClock;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link dev.clientportal.core.audit.AuditTrail}: append-only chains per workspace, read back
 * exactly — to the microsecond of {@code at}, since the hash covers it — paged by sequence and filtered by subject;
 * appends to one workspace from concurrent transactions wait for each other and all succeed, without gaps; personal
 * data is kept in side records per entry, read back exactly, replaced only by tombstones, and rolled back with the
 * entry.
 */
public abstract class AuditTrailContract extends StoreContract {

    private static final int THREADS = 8;
    private static final int APPENDS_PER_THREAD = 500;

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00.123456789Z");
    private WorkspaceId workspaceId;
    private AuditLog log;

    @BeforeEach
    void storeTheWorkspace() {
        workspaceId = storedWorkspace("Acme Design").id();
        log = new AuditLog(stores.auditTrail(), clock, IdGenerator.random());
    }

    @Test
    void entriesComeBackEqualToTheMicrosecond_soTheHashChainStillVerifies() {
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
        assertThat(recorded).allSatisfy(entry -> assertThat(entry.at().getNano() % 1_000_000)
                .as("the microseconds of %s", entry.at()).isNotZero());
        assertThat(log.verify(workspaceId).intact()).isTrue();
        assertThat(log.verify(workspaceId).entriesChecked()).isEqualTo(3);
    }

    @Test
    void anEntryWithMicrosecondsReadsBackWithThem() {
        Instant at = Instant.parse("2026-03-02T09:00:00.000001Z");
        AuditEntry entry = inTransaction(() -> stores.auditTrail().appendNext(workspaceId, head -> new AuditEntry(
                workspaceId, head.nextSequence(), UUID.randomUUID(), at, "system", "client.created", "client", "c1",
                Map.of(), head.hash(), "e".repeat(64))));

        assertThat(entries(workspaceId, 1, 10)).containsExactly(entry);
        assertThat(entries(workspaceId, 1, 10).get(0).at()).isEqualTo(at);
    }

    /**
     * Eight threads (standing for requests on several instances) append to one workspace's chain in their own
     * transactions: none fails, the chain holds every sequence exactly once and verifies, and a workspace appended
     * to at the same time keeps its own chain from 1.
     */
    @Test
    void concurrentAppendsToOneWorkspaceWaitForEachOther_allSucceed_andTheChainVerifies() throws Exception {
        WorkspaceId other = storedWorkspace("Initech").id();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> appended = new ArrayList<>();
            for (int t = 0; t <= THREADS; t++) {
                WorkspaceId target = t < THREADS ? workspaceId : other;
                String actor = "staff:writer" + t + "@acme.example";
                appended.add(pool.submit(() -> {
                    start.await();
                    List<Long> sequences = new ArrayList<>(APPENDS_PER_THREAD);
                    for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                        String subject = Integer.toString(i);
                        sequences.add(inTransaction(() -> log.record(target, actor, "test.step", "test", subject,
                                Map.of("i", subject))).sequence());
                    }
                    return sequences;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                // A bound only so that a deadlocked adapter fails the build instead of hanging it.
                all.addAll(appended.get(t).get(10, TimeUnit.MINUTES));
            }
            List<Long> theirs = appended.get(THREADS).get(10, TimeUnit.MINUTES);

            int total = THREADS * APPENDS_PER_THREAD;
            assertThat(all.stream().sorted().toList()).isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
            assertThat(log.verify(workspaceId)).isEqualTo(new ChainVerification(total, Optional.empty()));
            assertThat(inTransaction(() -> stores.auditTrail().latest(workspaceId))).get()
                    .extracting(AuditEntry::sequence).isEqualTo((long) total);
            assertThat(theirs).isEqualTo(LongStream.rangeClosed(1, APPENDS_PER_THREAD).boxed().toList());
            assertThat(log.verify(other)).isEqualTo(new ChainVerification(APPENDS_PER_THREAD, Optional.empty()));
            assertThat(entries(other, 1, APPENDS_PER_THREAD + 1)).extracting(AuditEntry::actor)
                    .containsOnly("staff:writer" + THREADS + "@acme.example");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * While one transaction has appended and not yet ended, a second append to the same workspace waits for it
     * (it neither fails nor takes the same sequence), then follows the first entry.
     */
    @Test
    void anAppendWaitsForTheOpenTransactionThatAppendedBefore_thenFollowsItsEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        try {
            Future<AuditEntry> first = pool.submit(() -> inTransaction(() -> {
                AuditEntry entry = log.record(workspaceId, "staff:first@acme.example", "client.created", "client",
                        "c1", Map.of());
                firstAppended.countDown();
                awaitQuietly(finishFirst);
                return entry;
            }));
            assertThat(firstAppended.await(1, TimeUnit.MINUTES)).as("the first transaction appended").isTrue();
            Future<AuditEntry> second = pool.submit(() -> record(workspaceId, "client", "c1", "client.updated",
                    Map.of()));

            assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS))
                    .as("the second append waits while the first transaction is open")
                    .isInstanceOf(TimeoutException.class);
            finishFirst.countDown();

            AuditEntry firstEntry = first.get(1, TimeUnit.MINUTES);
            AuditEntry secondEntry = second.get(1, TimeUnit.MINUTES);
            assertThat(firstEntry.sequence()).isEqualTo(1);
            assertThat(secondEntry.sequence()).isEqualTo(2);
            assertThat(secondEntry.previousHash()).isEqualTo(firstEntry.hash());
            assertThat(entries(workspaceId, 1, 10)).containsExactly(firstEntry, secondEntry);
        } finally {
            finishFirst.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void anAppendInARolledBackTransactionLeavesNoEntry_andTheNextAppendTakesItsSequence() {
        AuditEntry first = record(workspaceId, "client", "c1", "client.created", Map.of());
        IllegalStateException failure = new IllegalStateException("the host's mail server was down");

        assertThatThrownBy(() -> inTransaction(() -> {
            AuditEntry doomed = log.record(workspaceId, "staff:owner@acme.example", "client.updated", "client", "c1",
                    Map.of());
            assertThat(doomed.sequence()).isEqualTo(2);
            assertThat(stores.auditTrail().latest(workspaceId)).as("the transaction sees its own entry")
                    .contains(doomed);
            throw failure;
        })).isSameAs(failure);

        assertThat(entries(workspaceId, 1, 10)).containsExactly(first);
        assertThat(inTransaction(() -> stores.auditTrail().latest(workspaceId))).contains(first);
        AuditEntry next = record(workspaceId, "client", "c1", "client.archived", Map.of());
        assertThat(next.sequence()).isEqualTo(2);
        assertThat(next.previousHash()).isEqualTo(first.hash());
        assertThat(log.verify(workspaceId)).isEqualTo(new ChainVerification(2, Optional.empty()));
    }

    @Test
    void appendNext_refusesAnEntryThatDoesNotFollowTheHead_andStoresNothing() {
        AuditEntry first = record(workspaceId, "client", "c1", "client.created", Map.of());

        assertThatThrownBy(() -> inTransaction(() -> stores.auditTrail().appendNext(workspaceId, head ->
                new AuditEntry(workspaceId, head.sequence() + 2, UUID.randomUUID(), clock.instant(), "system",
                        "client.updated", "client", "c1", Map.of(), head.hash(), "f".repeat(64)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inTransaction(() -> stores.auditTrail().appendNext(workspaceId, head ->
                new AuditEntry(workspaceId, head.nextSequence(), UUID.randomUUID(), clock.instant(), "system",
                        "client.updated", "client", "c1", Map.of(), "f".repeat(64), "f".repeat(64)))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(entries(workspaceId, 1, 10)).containsExactly(first);
        assertThat(record(workspaceId, "client", "c1", "client.updated", Map.of()).sequence()).isEqualTo(2);
    }

    @Test
    void appendNext_passesTheGenesisHeadForAnEmptyChain_andTheLastEntryAfterwards() {
        List<AuditCheckpoint> heads = new ArrayList<>();
        AuditEntry first = inTransaction(() -> stores.auditTrail().appendNext(workspaceId, head -> {
            heads.add(head);
            return entry(head, "client.created");
        }));
        inTransaction(() -> stores.auditTrail().appendNext(workspaceId, head -> {
            heads.add(head);
            return entry(head, "client.updated");
        }));

        assertThat(heads).containsExactly(AuditCheckpoint.genesis(workspaceId), AuditCheckpoint.of(first));
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
        List<AuditEntry> chain = new ArrayList<>();
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

    @Test
    void personalDataIsStoredBesideItsEntry_readBackExactly_andTheChainVerifies() {
        Map<String, String> personal = Map.of("address", "203.0.113.7", "userAgent", "Mozilla/5.0 «Ü» 😀",
                "typedName", "Ana Ruiz " + "x".repeat(500));
        AuditEntry signedIn = record(workspaceId, "contact", "k1", "access.signed_in", Map.of("via", "INVITATION"),
                personal);
        AuditEntry plain = record(workspaceId, "client", "c1", "client.created", Map.of());

        assertThat(signedIn.details()).containsOnly(Map.entry("via", "INVITATION"));
        assertThat(signedIn.personalDataHash()).hasSize(64);
        assertThat(plain.hasPersonalData()).isFalse();
        AuditPersonalData stored = inTransaction(() -> stores.auditTrail().personalData(workspaceId, signedIn.id()))
                .orElseThrow();
        assertThat(stored.values()).isEqualTo(personal);
        assertThat(stored.entryId()).isEqualTo(signedIn.id());
        assertThat(stored.sequence()).isEqualTo(signedIn.sequence());
        assertThat(stored.erased()).isFalse();
        assertThat(inTransaction(() -> stores.auditTrail().personalData(workspaceId,
                List.of(signedIn.id(), plain.id(), UUID.randomUUID())))).containsOnlyKeys(signedIn.id());
        assertThat(log.verify(workspaceId)).isEqualTo(new ChainVerification(2, Optional.empty()));
    }

    @Test
    void personalDataOfOneWorkspaceIsNotFoundThroughAnother() {
        WorkspaceId other = storedWorkspace("Initech").id();
        AuditEntry theirs = record(other, "contact", "k1", "access.signed_in", Map.of(), Map.of("address", "::1"));

        assertThat(inTransaction(() -> stores.auditTrail().personalData(workspaceId, theirs.id()))).isEmpty();
        assertThat(inTransaction(() -> stores.auditTrail().personalData(workspaceId, List.of(theirs.id()))))
                .isEmpty();
        AuditPersonalData stored = inTransaction(() -> stores.auditTrail().personalData(other, theirs.id()))
                .orElseThrow();
        AuditPersonalData crossTenant = new AuditPersonalData(workspaceId, theirs.id(), theirs.sequence(), "",
                Map.of(), theirs.sequence() + 1, clock.instant());
        assertThat(inTransaction(() -> stores.auditTrail().erasePersonalData(crossTenant))).isFalse();
        assertThat(inTransaction(() -> stores.auditTrail().personalData(other, theirs.id()))).contains(stored);
    }

    @Test
    void storingASecondSideRecordForAnEntry_failsWithDuplicateKeyAndKeepsTheFirst() {
        AuditEntry entry = record(workspaceId, "contact", "k1", "access.invited", Map.of(), Map.of("email", "a@b.c"));
        AuditPersonalData first = inTransaction(() -> stores.auditTrail().personalData(workspaceId, entry.id()))
                .orElseThrow();
        AuditPersonalData rival = new AuditPersonalData(workspaceId, entry.id(), entry.sequence(), "00",
                Map.of("email", "mallory@example.com"), 0, null);

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> stores.auditTrail()
                .storePersonalData(rival)));

        assertThat(inTransaction(() -> stores.auditTrail().personalData(workspaceId, entry.id()))).contains(first);
    }

    @Test
    void erasingReplacesTheSideRecordByItsTombstoneOnce_andTheChainStillVerifies() {
        AuditEntry invited = record(workspaceId, "contact", "k1", "access.invited", Map.of(),
                Map.of("email", "ana@globex.example"));
        AuditEntry revoked = record(workspaceId, "contact", "k1", "access.revoked", Map.of(),
                Map.of("reason", "left the company"));

        PersonalDataErasure erasure = inTransaction(() -> log.erasePersonalData(workspaceId,
                "staff:owner@acme.example", "contact", "k1", List.of(invited.id(), revoked.id())));

        assertThat(erasure).isEqualTo(new PersonalDataErasure(3, List.of(1L, 2L)));
        AuditEntry recorded = entries(workspaceId, 3, 1).get(0);
        assertThat(recorded.action()).isEqualTo(AuditLog.PERSONAL_DATA_ERASED);
        assertThat(recorded.details()).containsEntry("sequences", "1,2").containsEntry("entries", "2");
        AuditPersonalData tombstone = inTransaction(() -> stores.auditTrail().personalData(workspaceId,
                invited.id())).orElseThrow();
        assertThat(tombstone.erased()).isTrue();
        assertThat(tombstone.values()).isEmpty();
        assertThat(tombstone.salt()).isEmpty();
        assertThat(tombstone.erasedBy()).isEqualTo(3);
        assertThat(tombstone.erasedAt()).isEqualTo(recorded.at());
        assertThat(inTransaction(() -> stores.auditTrail().erasePersonalData(tombstone))).as("erased already")
                .isFalse();
        assertThat(entries(workspaceId, 1, 2)).containsExactly(invited, revoked);
        assertThat(log.verify(workspaceId)).isEqualTo(new ChainVerification(3, Optional.empty(), List.of(1L, 2L)));
        assertThat(log.verify(log.checkpoint(workspaceId)).intact()).isTrue();
    }

    @Test
    void aRolledBackAppendLeavesNoSideRecord_andARolledBackErasureLeavesTheRecordLive() {
        IllegalStateException failure = new IllegalStateException("the host's mail server was down");
        AuditEntry[] doomed = new AuditEntry[1];
        assertThatThrownBy(() -> inTransaction(() -> {
            doomed[0] = log.record(workspaceId, "contact:k1", "access.signed_in", "contact", "k1", Map.of(),
                    Map.of("address", "203.0.113.7"));
            assertThat(stores.auditTrail().personalData(workspaceId, doomed[0].id())).isPresent();
            throw failure;
        })).isSameAs(failure);
        assertThat(inTransaction(() -> stores.auditTrail().personalData(workspaceId, doomed[0].id()))).isEmpty();

        AuditEntry kept = record(workspaceId, "contact", "k1", "access.signed_in", Map.of(),
                Map.of("address", "203.0.113.8"));
        AuditPersonalData live = inTransaction(() -> stores.auditTrail().personalData(workspaceId, kept.id()))
                .orElseThrow();
        assertThatThrownBy(() -> inTransaction(() -> {
            log.erasePersonalData(workspaceId, "staff:owner@acme.example", "contact", "k1", List.of(kept.id()));
            assertThat(stores.auditTrail().personalData(workspaceId, kept.id()).orElseThrow().erased()).isTrue();
            throw failure;
        })).isSameAs(failure);

        assertThat(inTransaction(() -> stores.auditTrail().personalData(workspaceId, kept.id()))).contains(live);
        assertThat(entries(workspaceId, 1, 10)).containsExactly(kept);
        assertThat(log.verify(workspaceId)).isEqualTo(new ChainVerification(1, Optional.empty()));
    }

    /**
     * Two transactions erase the same entry's personal data at once: it is erased once, by one erasure entry; the
     * other finds nothing left to erase or fails with a retryable conflict, and leaves nothing behind.
     */
    @Test
    void twoConcurrentErasuresOfOneEntry_eraseItOnce_andTheOtherFindsNothingOrFailsRetryably() throws Exception {
        AuditEntry signedIn = record(workspaceId, "contact", "k1", "access.signed_in", Map.of(),
                Map.of("address", "203.0.113.7"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstErased = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        try {
            Future<PersonalDataErasure> first = pool.submit(() -> inTransaction(() -> {
                PersonalDataErasure erasure = log.erasePersonalData(workspaceId, "staff:first@acme.example",
                        "contact", "k1", List.of(signedIn.id()));
                firstErased.countDown();
                awaitQuietly(finishFirst);
                return erasure;
            }));
            assertThat(firstErased.await(1, TimeUnit.MINUTES)).as("the first transaction erased").isTrue();
            Future<PersonalDataErasure> second = pool.submit(() -> inTransaction(() -> log.erasePersonalData(
                    workspaceId, "staff:second@acme.example", "contact", "k1", List.of(signedIn.id()))));
            Thread.sleep(200);
            finishFirst.countDown();

            assertThat(first.get(1, TimeUnit.MINUTES)).isEqualTo(new PersonalDataErasure(2, List.of(1L)));
            try {
                assertThat(second.get(1, TimeUnit.MINUTES)).isEqualTo(new PersonalDataErasure(0, List.of()));
            } catch (ExecutionException failed) {
                assertThat(failed.getCause()).isInstanceOfSatisfying(PortalException.class,
                        conflict -> assertThat(conflict.errorCode()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
            }
        } finally {
            finishFirst.countDown();
            pool.shutdownNow();
        }
        assertThat(entries(workspaceId, 1, 10)).extracting(AuditEntry::action)
                .containsExactly("access.signed_in", AuditLog.PERSONAL_DATA_ERASED);
        assertThat(log.verify(workspaceId)).isEqualTo(new ChainVerification(2, Optional.empty(), List.of(1L)));
    }

    @Test
    void byActor_listsTheEntriesOneActorMadeInTheWorkspace_inSequenceOrder() {
        WorkspaceId other = storedWorkspace("Initech").id();
        AuditEntry first = inTransaction(() -> log.record(workspaceId, "contact:k1", "quote.accepted", "quote", "q1",
                Map.of()));
        record(workspaceId, "contact", "k1", "access.invited", Map.of());
        AuditEntry second = inTransaction(() -> log.record(workspaceId, "contact:k1", "message.posted", "thread",
                "t1", Map.of()));
        inTransaction(() -> log.record(other, "contact:k1", "quote.accepted", "quote", "q1", Map.of()));

        assertThat(inTransaction(() -> stores.auditTrail().byActor(workspaceId, "contact:k1")))
                .containsExactly(first, second);
        assertThat(inTransaction(() -> stores.auditTrail().byActor(workspaceId, "contact:k2"))).isEmpty();
    }

    private AuditEntry entry(AuditCheckpoint head, String action) {
        clock.advance(Duration.ofNanos(1_000_001));
        return new AuditEntry(workspaceId, head.nextSequence(), UUID.randomUUID(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), "system", action, "client", "c1", Map.of(),
                head.hash(), "e".repeat(64));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never let the first transaction finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private AuditEntry record(WorkspaceId workspace, String subjectType, String subjectId, String action,
                              Map<String, String> details) {
        clock.advance(Duration.ofNanos(1_000_001));
        return inTransaction(() -> log.record(workspace, "staff:owner@acme.example", action, subjectType, subjectId,
                details));
    }

    private AuditEntry record(WorkspaceId workspace, String subjectType, String subjectId, String action,
                              Map<String, String> details, Map<String, String> personal) {
        clock.advance(Duration.ofNanos(1_000_001));
        return inTransaction(() -> log.record(workspace, "staff:owner@acme.example", action, subjectType, subjectId,
                details, personal));
    }

    private List<AuditEntry> entries(WorkspaceId workspace, long fromSequence, int limit) {
        return inTransaction(() -> stores.auditTrail().entries(workspace, fromSequence, limit));
    }
}

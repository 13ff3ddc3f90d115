package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.outbox.OutboxEntry;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The contract of {@link dev.clientportal.core.outbox.EventOutbox}: appends commit or roll back with their
 * transaction; claims respect leases, due times and the order within each aggregate; failures count attempts and
 * come back when due; delivered entries never come back.
 */
public abstract class EventOutboxContract extends StoreContract {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LEASE = NOW.plus(Duration.ofMinutes(1));
    private static final String RELAY_A = "relay-a";
    private static final String RELAY_B = "relay-b";

    private final IdGenerator ids = IdGenerator.timeOrdered(Clock.fixed(NOW, ZoneOffset.UTC));
    private WorkspaceId workspaceId;
    private final InvoiceId first = new InvoiceId(UUID.randomUUID());
    private final InvoiceId second = new InvoiceId(UUID.randomUUID());

    @BeforeEach
    void storeTheWorkspace() {
        workspaceId = storedWorkspace("Acme").id();
    }

    @Test
    void appendedEntries_areClaimedInTheOrderTheyWereAppended_withNoAttemptsYet() {
        DomainEvent a = paid(first);
        DomainEvent b = paid(second);
        DomainEvent c = paid(first);
        append(a, b);
        append(c);

        List<OutboxEntry> claimed = claimDue(RELAY_A, 10, NOW);

        assertThat(claimed).extracting(OutboxEntry::eventId).containsExactly(a.eventId(), b.eventId(), c.eventId());
        assertThat(claimed).extracting(OutboxEntry::attempts).containsOnly(0);
        assertThat(claimed.get(0).event()).isEqualTo(a);
    }

    @Test
    void anAppendThatRollsBack_leavesNothingToClaim() {
        assertThatThrownBy(() -> inTransaction(() -> {
            stores.eventOutbox().append(List.of(paid(first)));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(claimDue(RELAY_A, 10, NOW)).isEmpty();
        assertThat(undelivered()).isZero();
    }

    @Test
    void aClaimedEntry_isNotClaimedByAnotherRelay_untilItsLeaseEnds() {
        DomainEvent event = paid(first);
        append(event);
        assertThat(claimDue(RELAY_A, 10, NOW)).hasSize(1);

        assertThat(claimDue(RELAY_B, 10, LEASE.minusMillis(1))).isEmpty();
        assertThat(claimDue(RELAY_B, 10, LEASE)).extracting(OutboxEntry::eventId).containsExactly(event.eventId());
    }

    @Test
    void atMostMaxEntries_areClaimed_earliestFirst() {
        DomainEvent a = paid(first);
        DomainEvent b = paid(second);
        append(a, b);

        assertThat(claimDue(RELAY_A, 1, NOW)).extracting(OutboxEntry::eventId).containsExactly(a.eventId());
        assertThat(claimDue(RELAY_B, 1, NOW)).extracting(OutboxEntry::eventId).containsExactly(b.eventId());
    }

    @Test
    void anEntry_waitsWhileAnEarlierEntryOfItsAggregateIsInFlight_whileOtherAggregatesGoOn() {
        DomainEvent earlier = paid(first);
        DomainEvent later = paid(first);
        DomainEvent other = paid(second);
        append(earlier);
        assertThat(claimDue(RELAY_A, 10, NOW)).hasSize(1);
        append(later, other);

        assertThat(claimDue(RELAY_B, 10, NOW)).extracting(OutboxEntry::eventId).containsExactly(other.eventId());
        assertThat(claim(RELAY_B, Set.of(later.eventId()), NOW)).isEmpty();

        markDelivered(RELAY_A, earlier.eventId());
        assertThat(claimDue(RELAY_B, 10, NOW)).extracting(OutboxEntry::eventId).containsExactly(later.eventId());
    }

    @Test
    void entriesOfOneAggregate_areClaimedTogetherInOrder_whenTheEarlierOnesAreClaimedInTheSameCall() {
        DomainEvent a = paid(first);
        DomainEvent b = paid(first);
        append(a, b);

        assertThat(claim(RELAY_A, Set.of(b.eventId(), a.eventId()), NOW)).extracting(OutboxEntry::eventId)
                .containsExactly(a.eventId(), b.eventId());
    }

    @Test
    void claimingById_skipsEntriesBehindAnUnclaimedEarlierOne_andUnknownIds() {
        DomainEvent a = paid(first);
        DomainEvent b = paid(first);
        append(a, b);

        assertThat(claim(RELAY_A, Set.of(b.eventId(), UUID.randomUUID()), NOW)).isEmpty();
        assertThat(claim(RELAY_A, Set.of(a.eventId()), NOW)).extracting(OutboxEntry::eventId)
                .containsExactly(a.eventId());
    }

    @Test
    void entriesAppendedClaimed_areHeldByTheirRelay_untilTheLeaseEnds_inTheOrderAppended() {
        DomainEvent a = paid(first);
        DomainEvent b = paid(second);
        DomainEvent c = paid(first);

        List<OutboxEntry> claimed = appendClaimed(RELAY_A, a, b, c);

        assertThat(claimed).extracting(OutboxEntry::eventId).containsExactly(a.eventId(), b.eventId(), c.eventId());
        assertThat(claimed).extracting(OutboxEntry::attempts).containsOnly(0);
        assertThat(claimed.get(0).event()).isEqualTo(a);
        assertThat(claimDue(RELAY_B, 10, LEASE.minusMillis(1))).isEmpty();
        assertThat(claimDue(RELAY_B, 10, LEASE)).extracting(OutboxEntry::eventId)
                .containsExactly(a.eventId(), b.eventId(), c.eventId());
    }

    @Test
    void anEntryAppendedBehindAnUndeliveredOneOfItsAggregate_isLeftFree_andSoIsWhatFollowsIt() {
        DomainEvent waiting = paid(first);
        append(waiting);
        DomainEvent behind = paid(first);
        DomainEvent other = paid(second);
        DomainEvent last = paid(first);

        List<OutboxEntry> claimed = appendClaimed(RELAY_A, behind, other, last);

        assertThat(claimed).extracting(OutboxEntry::eventId).containsExactly(other.eventId());
        assertThat(claimDue(RELAY_B, 10, NOW)).extracting(OutboxEntry::eventId)
                .containsExactly(waiting.eventId(), behind.eventId(), last.eventId());
    }

    @Test
    void anEntryAppendedBehindOneAnotherRelayHolds_isLeftFree_andFollowsItOnceDelivered() {
        DomainEvent held = paid(first);
        append(held);
        assertThat(claimDue(RELAY_B, 10, NOW)).hasSize(1);
        DomainEvent behind = paid(first);

        assertThat(appendClaimed(RELAY_A, behind)).isEmpty();

        markDelivered(RELAY_B, held.eventId());
        assertThat(inTransaction(() -> stores.eventOutbox().claimDueOf(RELAY_B, Set.of(held.aggregateKey()), 10,
                NOW, LEASE))).extracting(OutboxEntry::eventId).containsExactly(behind.eventId());
    }

    @Test
    void anAppendClaimedThatRollsBack_leavesNothing() {
        assertThatThrownBy(() -> inTransaction(() -> {
            stores.eventOutbox().appendClaimed(List.of(paid(first)), RELAY_A, NOW, LEASE);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(undelivered()).isZero();
        assertThat(claimDue(RELAY_B, 10, LEASE)).isEmpty();
    }

    @Test
    void claimingByAggregate_claimsOnlyDueEntriesOfThoseAggregates() {
        DomainEvent a = paid(first);
        DomainEvent b = paid(second);
        append(a, b);

        List<OutboxEntry> claimed = inTransaction(() -> stores.eventOutbox().claimDueOf(RELAY_A,
                Set.of(a.aggregateKey()), 10, NOW, LEASE));

        assertThat(claimed).extracting(OutboxEntry::eventId).containsExactly(a.eventId());
    }

    @Test
    void aFailedAttempt_isCounted_andTheEntryIsDueAgainAtItsNextAttempt_blockingItsAggregateMeanwhile() {
        DomainEvent failing = paid(first);
        DomainEvent behind = paid(first);
        append(failing, behind);
        List<OutboxEntry> claimed = claim(RELAY_A, Set.of(failing.eventId()), NOW);
        assertThat(claimed).hasSize(1);
        Instant retryAt = NOW.plusSeconds(30);

        assertThat(inTransaction(() -> stores.eventOutbox().markFailed(RELAY_A, failing.eventId(), retryAt,
                "broker down"))).isTrue();

        assertThat(claimDue(RELAY_B, 10, retryAt.minusMillis(1))).isEmpty();
        assertThat(claimDue(RELAY_B, 10, retryAt)).extracting(OutboxEntry::eventId, OutboxEntry::attempts)
                .containsExactly(tuple(failing.eventId(), 1),
                        tuple(behind.eventId(), 0));
    }

    @Test
    void aFailureReportedByARelayThatLostItsClaim_changesNothing() {
        DomainEvent event = paid(first);
        append(event);
        claimDue(RELAY_A, 10, NOW);
        assertThat(claimDue(RELAY_B, 10, LEASE)).hasSize(1);

        assertThat(inTransaction(() -> stores.eventOutbox().markFailed(RELAY_A, event.eventId(),
                LEASE.plusSeconds(60), "late"))).isFalse();

        assertThat(claimDue(RELAY_A, 10, LEASE.plusSeconds(1))).isEmpty();
    }

    @Test
    void aReleasedEntry_isClaimableAgainAtOnce_withoutAnAttemptCounted() {
        DomainEvent event = paid(first);
        append(event);
        claimDue(RELAY_A, 10, NOW);

        inTransaction(() -> stores.eventOutbox().release(RELAY_B, List.of(event.eventId())));
        assertThat(claimDue(RELAY_B, 10, NOW)).isEmpty();
        inTransaction(() -> stores.eventOutbox().release(RELAY_A, List.of(event.eventId())));

        assertThat(claimDue(RELAY_B, 10, NOW)).extracting(OutboxEntry::attempts).containsExactly(0);
    }

    @Test
    void deliveredEntries_areNeverClaimedAgain_andNoLongerCountAsUndelivered() {
        DomainEvent a = paid(first);
        DomainEvent b = paid(second);
        append(a, b);
        claimDue(RELAY_A, 10, NOW);
        assertThat(undelivered()).isEqualTo(2);

        inTransaction(() -> stores.eventOutbox().markDelivered(RELAY_A, List.of(a.eventId(), b.eventId())));

        assertThat(undelivered()).isZero();
        assertThat(claimDue(RELAY_B, 10, LEASE.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aDeliveryRecordedAfterTheLeaseEnded_stillCounts() {
        DomainEvent event = paid(first);
        append(event);
        claimDue(RELAY_A, 10, NOW);
        claimDue(RELAY_B, 10, LEASE);

        markDelivered(RELAY_A, event.eventId());

        assertThat(undelivered()).isZero();
    }

    @Test
    void relaysClaimingAtOnce_neverGetTheSameEntry_andTogetherGetThemAll() throws Exception {
        List<DomainEvent> events = IntStream.range(0, 200)
                .mapToObj(i -> paid(new InvoiceId(UUID.randomUUID()))).toList();
        inTransaction(() -> stores.eventOutbox().append(events));
        int relays = 8;
        ExecutorService pool = Executors.newFixedThreadPool(relays);
        CyclicBarrier start = new CyclicBarrier(relays);
        try {
            List<Future<List<UUID>>> claims = new ArrayList<>();
            for (int relay = 0; relay < relays; relay++) {
                String owner = "relay-" + relay;
                claims.add(pool.submit(() -> {
                    start.await();
                    List<UUID> mine = new ArrayList<>();
                    List<OutboxEntry> batch;
                    do {
                        batch = claimDue(owner, 7, NOW);
                        batch.forEach(entry -> mine.add(entry.eventId()));
                    } while (!batch.isEmpty());
                    return mine;
                }));
            }
            List<UUID> claimed = new ArrayList<>();
            for (Future<List<UUID>> claim : claims) {
                claimed.addAll(claim.get(60, TimeUnit.SECONDS));
            }
            assertThat(claimed).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(events.stream().map(DomainEvent::eventId).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private DomainEvent paid(InvoiceId invoice) {
        return new InvoicePaid(ids.next(), workspaceId, invoice, new ClientId(UUID.randomUUID()), "INV-1", NOW);
    }

    private void append(DomainEvent... events) {
        inTransaction(() -> stores.eventOutbox().append(List.of(events)));
    }

    private List<OutboxEntry> appendClaimed(String owner, DomainEvent... events) {
        return inTransaction(() -> stores.eventOutbox().appendClaimed(List.of(events), owner, NOW, LEASE));
    }

    private List<OutboxEntry> claimDue(String owner, int max, Instant now) {
        return inTransaction(() -> stores.eventOutbox().claimDue(owner, max, now, now.plus(Duration.ofMinutes(1))));
    }

    private List<OutboxEntry> claim(String owner, Set<UUID> eventIds, Instant now) {
        return inTransaction(() -> stores.eventOutbox().claim(owner, eventIds, now, now.plus(Duration.ofMinutes(1))));
    }

    private void markDelivered(String owner, UUID eventId) {
        inTransaction(() -> stores.eventOutbox().markDelivered(owner, List.of(eventId)));
    }

    private long undelivered() {
        return inTransaction(() -> stores.eventOutbox().undelivered());
    }
}

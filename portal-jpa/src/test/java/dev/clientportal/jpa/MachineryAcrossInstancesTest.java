package dev.clientportal.jpa;

import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.internal.OutboxRelay;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.testing.Race;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox and work claims on two entity manager factories over one database, standing for two host instances
 * with eight threads each: no event is published twice, every event is delivered, in order per aggregate, and of
 * sixteen owners racing for one piece of work exactly one gets it.
 */
class MachineryAcrossInstancesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final int THREADS_PER_INSTANCE = 8;

    /** H2 has no SKIP LOCKED: its relays queue on each other's row locks, which is not what this measures. */
    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MARIADB"})
    void relaysOnTwoInstances_neverClaimTheSameEvent_andDeliverEachAggregateInOrder(Vendor vendor)
            throws Exception {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        EntityManagerFactory other = database.newEntityManagerFactory();
        try {
            ResourceLocalTransactions first = new ResourceLocalTransactions(database.entityManagerFactory());
            ResourceLocalTransactions second = new ResourceLocalTransactions(other);
            WorkspaceId workspace = first.inTransaction(() -> new JpaWorkspaces(first)
                    .save(Samples.workspace("Acme"))).id();
            List<DomainEvent> events = new ArrayList<>();
            for (int aggregate = 0; aggregate < 60; aggregate++) {
                InvoiceId invoice = new InvoiceId(UUID.randomUUID());
                for (int step = 0; step < 3; step++) {
                    events.add(new InvoicePaid(UUID.randomUUID(), workspace, invoice,
                            new ClientId(UUID.randomUUID()), "INV-" + aggregate + "-" + step, NOW));
                }
            }
            JpaEventOutbox appender = new JpaEventOutbox(first);
            first.inTransaction(() -> {
                appender.append(events);
                return events.size();
            });

            List<UUID> published = Collections.synchronizedList(new ArrayList<>());
            List<Callable<Integer>> relays = new ArrayList<>();
            for (ResourceLocalTransactions instance : List.of(first, second)) {
                JpaEventOutbox outbox = new JpaEventOutbox(instance);
                for (int thread = 0; thread < THREADS_PER_INSTANCE; thread++) {
                    String owner = "relay-" + relays.size();
                    relays.add(() -> relay(instance, outbox, owner, published));
                }
            }
            @SuppressWarnings("unchecked")
            List<Race.Outcome<Integer>> outcomes = Race.run(relays.toArray(new Callable[0]));

            assertThat(outcomes).allMatch(Race.Outcome::succeeded);
            assertThat(published).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(events.stream().map(DomainEvent::eventId).toList());
            assertThat(inAggregateOrder(published, events)).isEqualTo(inAggregateOrder(
                    events.stream().map(DomainEvent::eventId).toList(), events));
            assertThat(first.inTransaction(appender::undelivered)).isZero();
        } finally {
            other.close();
        }
    }

    /**
     * Runs core's relay until the outbox is empty, as a host's schedule would on one thread: a claim or mark that
     * loses a race to another relay runs again inside the relay. The ids are recorded as they are published.
     */
    private static int relay(ResourceLocalTransactions instance, JpaEventOutbox outbox, String owner,
                             List<UUID> published) {
        OutboxRelay relay = new OutboxRelay(outbox, instance, event -> published.add(event.eventId()),
                Clock.fixed(NOW, ZoneOffset.UTC), RelaySettings.defaults().withOwner(owner));
        int batches = 0;
        while (relay.deliverDue(5).remaining() > 0) {
            batches++;
        }
        return batches + 1;
    }

    private static Map<String, List<UUID>> inAggregateOrder(List<UUID> order, List<DomainEvent> events) {
        Map<UUID, String> aggregateOf = new LinkedHashMap<>();
        events.forEach(event -> aggregateOf.put(event.eventId(), event.aggregateKey()));
        Map<String, List<UUID>> byAggregate = new LinkedHashMap<>();
        for (UUID id : order) {
            byAggregate.computeIfAbsent(aggregateOf.get(id), key -> new ArrayList<>()).add(id);
        }
        return Map.copyOf(byAggregate);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void ownersOnTwoInstances_racingForOnePieceOfWork_exactlyOneHoldsIt(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        EntityManagerFactory other = database.newEntityManagerFactory();
        try {
            ResourceLocalTransactions first = new ResourceLocalTransactions(database.entityManagerFactory());
            ResourceLocalTransactions second = new ResourceLocalTransactions(other);
            WorkspaceId workspace = first.inTransaction(() -> new JpaWorkspaces(first)
                    .save(Samples.workspace("Acme"))).id();
            WorkKey fresh = WorkKey.reminder(new InvoiceId(UUID.randomUUID()), 1);
            WorkKey expired = WorkKey.reminder(new InvoiceId(UUID.randomUUID()), 2);
            assertThat(first.inTransaction(() -> new JpaWorkClaims(first)
                    .tryClaim(workspace, expired, "crashed", NOW, Duration.ofMinutes(1)))).isTrue();

            for (WorkKey key : List.of(fresh, expired)) {
                List<Callable<Boolean>> owners = new ArrayList<>();
                for (ResourceLocalTransactions instance : List.of(first, second)) {
                    JpaWorkClaims claims = new JpaWorkClaims(instance);
                    for (int thread = 0; thread < THREADS_PER_INSTANCE; thread++) {
                        String owner = "instance-" + owners.size();
                        owners.add(() -> instance.inTransaction(() -> claims.tryClaim(workspace, key, owner,
                                NOW.plus(Duration.ofMinutes(1)), Duration.ofMinutes(5))));
                    }
                }
                @SuppressWarnings("unchecked")
                List<Race.Outcome<Boolean>> outcomes = Race.run(owners.toArray(new Callable[0]));

                assertThat(outcomes).as(key.value()).allMatch(Race.Outcome::succeeded);
                assertThat(outcomes).as(key.value()).filteredOn(Race.Outcome::value).hasSize(1);
            }
        } finally {
            other.close();
        }
    }
}

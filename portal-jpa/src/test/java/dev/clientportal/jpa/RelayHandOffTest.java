package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.internal.OutboxRelay;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.outbox.OutboxEntry;
import dev.clientportal.core.outbox.RelayResult;
import dev.clientportal.core.outbox.RelaySettings;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The after-commit hand-off between two instances, step by step: one relay marks an aggregate's entry delivered
 * while another instance commits the next entry of that aggregate (appended and claimed in one transaction, as the
 * portal stages events) and tries to deliver it at once. The second sees the first entry still held and leaves its
 * own; the first relay must then deliver it, not the schedule.
 * (On MariaDB the second instance's insert waits for the marking transaction, so it delivers its entry itself.)
 */
class RelayHandOffTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anEntryCommittedWhileTheEntryBeforeItIsBeingMarkedDelivered_isDeliveredRightAfterThatMark(Vendor vendor)
            throws Exception {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        EntityManagerFactory otherFactory = database.newEntityManagerFactory();
        ExecutorService otherThread = Executors.newSingleThreadExecutor();
        try {
            ResourceLocalTransactions first = new ResourceLocalTransactions(database.entityManagerFactory());
            ResourceLocalTransactions second = new ResourceLocalTransactions(otherFactory);
            WorkspaceId workspace = first.inTransaction(() -> new JpaWorkspaces(first)
                    .save(Samples.workspace("Acme"))).id();
            InvoiceId invoice = new InvoiceId(UUID.randomUUID());
            DomainEvent earlier = paid(workspace, invoice, "INV-1 first");
            DomainEvent later = paid(workspace, invoice, "INV-1 second");
            JpaEventOutbox firstOutbox = new JpaEventOutbox(first);
            JpaEventOutbox secondOutbox = new JpaEventOutbox(second);
            first.inTransaction(() -> {
                firstOutbox.append(List.of(earlier));
                return 1;
            });

            List<UUID> published = Collections.synchronizedList(new ArrayList<>());
            OutboxRelay secondRelay = relay(secondOutbox, second, "second", published);
            AtomicReference<Future<RelayResult>> secondTry = new AtomicReference<>();
            AtomicBoolean secondFinishedFirst = new AtomicBoolean();
            EventOutbox interleaving = new InterleavingOutbox(firstOutbox, () -> {
                secondTry.set(otherThread.submit(() -> secondRelay.deliverStaged(
                        second.inTransaction(() -> secondRelay.stage(List.of(later))))));
                try {
                    secondTry.get().get(3, TimeUnit.SECONDS);
                    secondFinishedFirst.set(true);
                } catch (TimeoutException queuedBehindTheMark) {
                    // MariaDB: the insert waits for the marking transaction's locks, so the second instance's
                    // claim runs after that commit and takes its entry itself
                }
            });
            OutboxRelay firstRelay = relay(interleaving, first, "first", published);

            RelayResult result = firstRelay.deliver(List.of(earlier.eventId()));
            RelayResult secondResult = secondTry.get().get(30, TimeUnit.SECONDS);

            assertThat(result.delivered()).isEqualTo(1);
            if (secondFinishedFirst.get()) {
                assertThat(secondResult.delivered()).as("the second instance saw the earlier entry held").isZero();
            }
            assertThat(vendor == Vendor.MARIADB || secondFinishedFirst.get())
                    .as("the interleaving this test is about happened").isTrue();
            assertThat(published).containsExactly(earlier.eventId(), later.eventId());
            assertThat(first.inTransaction(firstOutbox::undelivered)).isZero();
        } finally {
            otherThread.shutdownNow();
            otherFactory.close();
        }
    }

    private static DomainEvent paid(WorkspaceId workspace, InvoiceId invoice, String number) {
        return new InvoicePaid(UUID.randomUUID(), workspace, invoice, new ClientId(UUID.randomUUID()), number, NOW);
    }

    private static OutboxRelay relay(EventOutbox outbox, ResourceLocalTransactions transactions, String owner,
                                     List<UUID> published) {
        return new OutboxRelay(outbox, transactions, event -> published.add(event.eventId()),
                Clock.fixed(NOW, ZoneOffset.UTC), RelaySettings.defaults().withOwner(owner));
    }

    /**
     * An outbox that, the first time it marks entries delivered, runs a step of another instance before the marking
     * transaction commits.
     */
    private static final class InterleavingOutbox implements EventOutbox {
        private final EventOutbox delegate;
        private Runnable between;

        InterleavingOutbox(EventOutbox delegate, ThrowingRunnable between) {
            this.delegate = delegate;
            this.between = () -> {
                try {
                    between.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
        }

        @Override
        public void append(List<DomainEvent> events) {
            delegate.append(events);
        }

        @Override
        public List<OutboxEntry> claimDue(String owner, int max, Instant now, Instant leaseUntil) {
            return delegate.claimDue(owner, max, now, leaseUntil);
        }

        @Override
        public List<OutboxEntry> claim(String owner, Collection<UUID> eventIds, Instant now, Instant leaseUntil) {
            return delegate.claim(owner, eventIds, now, leaseUntil);
        }

        @Override
        public List<OutboxEntry> claimDueOf(String owner, Collection<String> aggregateKeys, int max, Instant now,
                                            Instant leaseUntil) {
            return delegate.claimDueOf(owner, aggregateKeys, max, now, leaseUntil);
        }

        @Override
        public void markDelivered(String owner, Collection<UUID> eventIds) {
            delegate.markDelivered(owner, eventIds);
            Runnable step = between;
            between = null;
            if (step != null) {
                step.run();
            }
        }

        @Override
        public boolean markFailed(String owner, UUID eventId, Instant nextAttemptAt, String error) {
            return delegate.markFailed(owner, eventId, nextAttemptAt, error);
        }

        @Override
        public void release(String owner, Collection<UUID> eventIds) {
            delegate.release(owner, eventIds);
        }

        @Override
        public long undelivered() {
            return delegate.undelivered();
        }
    }

    /** A step that may throw. */
    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}

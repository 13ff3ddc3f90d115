package dev.clientportal.core.internal;

import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link PortalRuntime#listenInTransaction}: a listener hears each event of a unit of work once, inside its
 * transaction, after the work; events it raises are heard and delivered too; nothing is delivered on rollback.
 */
class PortalRuntimeListenerTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryStores stores = InMemoryStores.create();
    private final List<DomainEvent> delivered = new CopyOnWriteArrayList<>();
    private final IdGenerator ids = IdGenerator.timeOrdered(clock);
    private final PortalRuntime runtime = new PortalRuntime(clock, ids, stores.transactions(),
            new OutboxRelay(stores.eventOutbox(), stores.transactions(), delivered::add, clock,
                    RelaySettings.defaults()), new AuditLog(stores.auditTrail(), clock, ids));
    private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());

    @Test
    void aListener_hearsEachEventOnceInTheTransaction_includingWhatItRaisesAndWhatJoinedWorkRaised() {
        List<String> heard = new CopyOnWriteArrayList<>();
        runtime.listenInTransaction((event, events) -> {
            heard.add(event.type() + (stores.transactions().isTransactionOpen() ? " in transaction" : " outside"));
            if (event.type().equals("test.first")) {
                events.raise(new TestEvent(ids.next(), "test.followed", workspace, clock.instant()));
            }
        });

        runtime.run(events -> {
            events.raise(new TestEvent(ids.next(), "test.first", workspace, clock.instant()));
            runtime.run(joined -> joined.raise(new TestEvent(ids.next(), "test.joined", workspace, clock.instant())));
        });

        assertThat(heard).containsExactly("test.first in transaction", "test.joined in transaction",
                "test.followed in transaction");
        assertThat(delivered).extracting(DomainEvent::type).containsExactly("test.first", "test.joined",
                "test.followed");
    }

    @Test
    void aListenerThatFails_rollsTheUnitOfWorkBack_andNothingIsDelivered() {
        runtime.listenInTransaction((event, events) -> {
            throw new IllegalStateException("the listener's write failed");
        });

        assertThatThrownBy(() -> runtime.run(events -> events.raise(new TestEvent(ids.next(), "test.first", workspace,
                clock.instant())))).isInstanceOf(IllegalStateException.class);

        assertThat(delivered).isEmpty();
    }

    private record TestEvent(UUID eventId, String type, WorkspaceId workspaceId, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateKey() {
            return DomainEvent.key("test", eventId);
        }
    }
}

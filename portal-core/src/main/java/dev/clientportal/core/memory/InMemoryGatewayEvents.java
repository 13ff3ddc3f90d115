package dev.clientportal.core.memory;

import dev.clientportal.core.payment.GatewayEventEntry;
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryGatewayEvents implements GatewayEventInbox {

    private static final Comparator<GatewayEventEntry> OLDEST_FIRST = Comparator
            .comparing((GatewayEventEntry entry) -> entry.event().occurredAt())
            .thenComparing(GatewayEventEntry::eventId);

    private final Table<Key, GatewayEventEntry> rows;

    InMemoryGatewayEvents(InMemoryTransactions transactions) {
        this.rows = new Table<>(transactions);
    }

    @Override
    public GatewayEventEntry save(GatewayEventEntry entry) {
        return rows.saveVersioned(Key.of(entry.workspaceId(), entry.gateway(), entry.eventId()), entry,
                entry.version(), entry::withVersion, GatewayEventEntry::version, "gateway event");
    }

    @Override
    public Optional<GatewayEventEntry> find(WorkspaceId workspaceId, String gateway, String eventId) {
        return Optional.ofNullable(rows.get(Key.of(workspaceId, gateway, eventId)));
    }

    @Override
    public List<GatewayEventEntry> parked(WorkspaceId workspaceId, String gateway, String paymentReference) {
        return rows.values().stream()
                .filter(entry -> entry.isParked() && entry.workspaceId().equals(workspaceId)
                        && entry.gateway().equals(gateway) && entry.event().paymentReference().equals(paymentReference))
                .sorted(OLDEST_FIRST).toList();
    }

    List<GatewayEventEntry> all() {
        return List.copyOf(rows.values());
    }

    /** The natural key: an event id is unique per gateway, kept per workspace. */
    private record Key(WorkspaceId workspaceId, String gateway, String eventId) {
        static Key of(WorkspaceId workspaceId, String gateway, String eventId) {
            return new Key(workspaceId, gateway, eventId);
        }
    }
}

package dev.clientportal.jpa;

import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.payment.GatewayEventEntry;
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.payment.GatewayEventOutcome;

import java.util.List;
import java.util.Optional;

/**
 * The gateway-event inbox in {@code cp_gateway_event}. A new entry is an insert whose primary key (workspace,
 * gateway, event id) refuses a second one, also from another instance that inserted it first and committed:
 * {@code DUPLICATE_KEY}, from which core answers the stored outcome or {@code GATEWAY_EVENT_CONFLICT}. Later saves
 * (a parked event once applied) are versioned updates.
 */
final class JpaGatewayEventInbox implements GatewayEventInbox {

    private final EntityManagers entityManagers;

    JpaGatewayEventInbox(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public GatewayEventEntry save(GatewayEventEntry entry) {
        return Versioned.save(entityManagers.current(), GatewayEventEntity.class, GatewayEventEntity.Key.of(entry),
                entry.version(), "gateway event " + entry.gateway() + " " + entry.eventId() + " of workspace",
                () -> GatewayEventEntity.of(entry), entity -> entity.copy(entry), entity -> entity.version,
                (entity, version) -> entity.version = version, GatewayEventEntity::toDomain);
    }

    @Override
    public Optional<GatewayEventEntry> find(WorkspaceId workspaceId, String gateway, String eventId) {
        return Versioned.read("find a gateway event", () -> Optional.ofNullable(entityManagers.current()
                        .find(GatewayEventEntity.class, new GatewayEventEntity.Key(workspaceId.value(), gateway,
                                eventId)))
                .map(GatewayEventEntity::toDomain));
    }

    @Override
    public List<GatewayEventEntry> parked(WorkspaceId workspaceId, String gateway, String paymentReference) {
        return Versioned.read("list the parked gateway events of a payment", () -> entityManagers.current()
                .createQuery("select g from GatewayEvent g where g.key.workspaceId = :ws and g.key.gateway = :gateway"
                        + " and g.paymentReference = :reference and g.status = :parked"
                        + " order by g.occurredAt, g.key.eventId", GatewayEventEntity.class)
                .setParameter("ws", workspaceId.value())
                .setParameter("gateway", gateway)
                .setParameter("reference", paymentReference)
                .setParameter("parked", GatewayEventOutcome.Status.PARKED.name())
                .getResultList().stream().map(GatewayEventEntity::toDomain).toList());
    }
}

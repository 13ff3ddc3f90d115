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

    private static final String COLUMNS = "g.workspace_id, g.gateway, g.event_id, g.kind, g.event, g.payment_reference,"
            + " g.occurred_at, g.status, g.payment_id, g.detail, g.received_at, g.version";
    private static final String FIND_OR_PARKED = "select u.* from (select " + COLUMNS + " from cp_gateway_event g"
            + " where g.workspace_id = ?1 and g.gateway = ?2 and g.event_id = ?3"
            + " union all select " + COLUMNS + " from cp_gateway_event g"
            + " where g.workspace_id = ?1 and g.gateway = ?2 and g.payment_reference = ?4 and g.status = ?5) u"
            + " order by u.occurred_at, u.event_id";

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

    /**
     * The event's row by its primary key and the parked rows of its payment by their index, in one statement: a
     * {@code UNION ALL} of the two reads, each answered by its own index whatever the plan (an {@code OR} of the two
     * lets a generic plan scan all of the workspace's rows), sorted as {@link #parked} sorts.
     */
    @Override
    public List<GatewayEventEntry> findOrParked(WorkspaceId workspaceId, String gateway, String eventId,
                                                String paymentReference) {
        List<GatewayEventEntry> rows = Versioned.read("find a gateway event or its payment's parked ones", () -> {
            @SuppressWarnings("unchecked")
            List<GatewayEventEntity> found = entityManagers.current().createNativeQuery(FIND_OR_PARKED,
                            GatewayEventEntity.class)
                    .setParameter(1, workspaceId.value())
                    .setParameter(2, gateway)
                    .setParameter(3, eventId)
                    .setParameter(4, paymentReference)
                    .setParameter(5, GatewayEventOutcome.Status.PARKED.name())
                    .getResultList();
            return found.stream().map(GatewayEventEntity::toDomain).toList();
        });
        return rows.stream().filter(entry -> entry.eventId().equals(eventId)).findFirst().map(List::of)
                .orElse(rows);
    }
}

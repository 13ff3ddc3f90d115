package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Every gateway event the portal received, unique per (workspace, gateway, event id): what makes applying them
 * exactly-once across instances. Events whose payment has not arrived wait here, PARKED. Called inside the
 * transaction that applies the event, so the entry and the change commit together or not at all.
 */
public interface GatewayEventInbox {

    /**
     * Inserts an entry (version 0) or updates it if the stored version still equals {@code entry.version()}.
     *
     * @param entry the entry to store
     * @return the entry as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when an
     *         entry with the same workspace, gateway and event id exists (also when another transaction inserted it
     *         and committed meanwhile); {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION} when another
     *         writer updated it first
     */
    GatewayEventEntry save(GatewayEventEntry entry);

    /**
     * The entry of an event in the workspace; empty if it was never received there.
     *
     * @param workspaceId the workspace
     * @param gateway     the gateway's name, as {@link PaymentGateway#name()}
     * @param eventId     the gateway's id of the event
     * @return the event's entry; empty if it was never received in the workspace
     */
    Optional<GatewayEventEntry> find(WorkspaceId workspaceId, String gateway, String eventId);

    /**
     * The PARKED entries about one gateway payment, earliest {@link GatewayEvent#occurredAt()} first, then by
     * event id in code-point order (gateway ids are ASCII, so any binary collation agrees).
     *
     * @param workspaceId      the workspace
     * @param gateway          the gateway's name, as {@link PaymentGateway#name()}
     * @param paymentReference the gateway's payment the events are about
     * @return the parked entries, earliest {@link GatewayEvent#occurredAt()} first, then by event id in code-point
     *         order
     */
    List<GatewayEventEntry> parked(WorkspaceId workspaceId, String gateway, String paymentReference);

    /**
     * What applying a newly delivered event needs to know first: its own entry if it was received before, else the
     * PARKED entries about its payment, in {@link #parked} order. Adapters answer in one statement; the default asks
     * {@link #find}, then {@link #parked}.
     *
     * @param workspaceId      the workspace
     * @param gateway          the gateway's name, as {@link PaymentGateway#name()}
     * @param eventId          the gateway's id of the event
     * @param paymentReference the gateway's payment the event is about
     * @return the event's entry alone when it was received before; otherwise the parked entries of its payment
     */
    default List<GatewayEventEntry> findOrParked(WorkspaceId workspaceId, String gateway, String eventId,
                                                 String paymentReference) {
        Optional<GatewayEventEntry> earlier = find(workspaceId, gateway, eventId);
        return earlier.isPresent() ? List.of(earlier.get()) : parked(workspaceId, gateway, paymentReference);
    }
}

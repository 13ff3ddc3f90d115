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
}

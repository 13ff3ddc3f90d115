package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A revision round went beyond the rounds a deliverable includes, and the deliverable's policy flags such rounds.
 *
 * @param eventId        this occurrence's id, the same on every delivery
 * @param workspaceId    the workspace
 * @param clientId       the deliverable's client
 * @param deliverableId  the deliverable
 * @param round          the round's number
 * @param includedRounds how many rounds the deliverable includes
 * @param billedOn       the draft invoice the round's line was added to, when the policy bills
 * @param occurredAt     when it happened, from the portal's clock
 */
public record ExtraRoundFlagged(UUID eventId,
                                WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId, int round,
                                int includedRounds, Optional<InvoiceId> billedOn, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "deliverable.extra_round_flagged";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("deliverable", deliverableId.value());
    }
}

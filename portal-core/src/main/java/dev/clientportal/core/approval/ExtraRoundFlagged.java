package dev.clientportal.core.approval;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;
import java.util.Optional;

/**
 * A revision round went beyond the rounds a deliverable includes, and the deliverable's policy flags such rounds.
 *
 * @param round          the round's number
 * @param includedRounds how many rounds the deliverable includes
 * @param billedOn       the draft invoice the round's line was added to, when the policy bills
 */
public record ExtraRoundFlagged(WorkspaceId workspaceId, ClientId clientId, DeliverableId deliverableId, int round,
                                int includedRounds, Optional<InvoiceId> billedOn, Instant occurredAt)
        implements DomainEvent {
}

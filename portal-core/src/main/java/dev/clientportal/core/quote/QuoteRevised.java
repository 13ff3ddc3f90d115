package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;

/** A new revision of a quote was sent under the same number; the previous revision is superseded. */
public record QuoteRevised(WorkspaceId workspaceId, QuoteId quoteId, QuoteId previousRevision, ClientId clientId,
                           String number, int revision, Money total, LocalDate expiresOn, Instant occurredAt)
        implements DomainEvent {
}

package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;

/** A quote was numbered and sent (revision 1; later revisions raise {@link QuoteRevised}). Hosts email it now. */
public record QuoteSent(WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number, Money total,
                        LocalDate expiresOn, Instant occurredAt) implements DomainEvent {
}

package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * The business withdrew a quote.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace it happened in
 * @param quoteId     the voided revision
 * @param clientId    the client of the quote
 * @param number      the quote number, empty for a draft
 * @param reason      why the business withdrew it
 * @param occurredAt  when it happened, from the portal's clock
 */
public record QuoteVoided(UUID eventId,
                          WorkspaceId workspaceId, QuoteId quoteId, ClientId clientId, String number, String reason,
                          Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "quote.voided";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("quote", quoteId.value());
    }
}

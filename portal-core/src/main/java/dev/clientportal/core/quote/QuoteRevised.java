package dev.clientportal.core.quote;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A new revision of a quote was sent under the same number; the previous revision is superseded.
 *
 * @param eventId          this occurrence's id, the same on every delivery
 * @param workspaceId      the workspace it happened in
 * @param quoteId          the new revision
 * @param previousRevision the revision it supersedes
 * @param clientId         the client of the quote
 * @param number           the quote number, shared by both revisions
 * @param revision         the new revision's counter
 * @param total            the new revision's total
 * @param expiresOn        the last day the new revision can be accepted
 * @param occurredAt       when it happened, from the portal's clock
 */
public record QuoteRevised(UUID eventId,
                           WorkspaceId workspaceId, QuoteId quoteId, QuoteId previousRevision, ClientId clientId,
                           String number, int revision, Money total, LocalDate expiresOn, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "quote.revised";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("quote", quoteId.value());
    }
}

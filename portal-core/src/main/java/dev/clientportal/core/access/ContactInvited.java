package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact was (re-)invited to the portal.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param clientId    the contact's client
 * @param contactId   the contact
 * @param expiresAt   when the invitation link stops working
 * @param occurredAt  when it happened, from the portal's clock
 */
public record ContactInvited(UUID eventId,
                             WorkspaceId workspaceId, ClientId clientId, ContactId contactId, Instant expiresAt,
                             Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "contact.invited";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("contact", contactId.value());
    }
}

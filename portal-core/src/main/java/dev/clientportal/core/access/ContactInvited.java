package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** A contact was (re-)invited to the portal. */
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

package dev.clientportal.core.access;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact redeemed a magic link and has a session.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace
 * @param clientId    the contact's client
 * @param contactId   the contact
 * @param sessionId   the session that began
 * @param address     the client's IP address, empty when unknown
 * @param occurredAt  when it happened, from the portal's clock
 */
public record ContactSignedIn(UUID eventId,
                              WorkspaceId workspaceId, ClientId clientId, ContactId contactId, SessionId sessionId,
                              String address, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "contact.signed_in";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("contact", contactId.value());
    }
}

package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A client contact signed a version of an agreement.
 *
 * @param eventId                this occurrence's id, the same on every delivery
 * @param workspaceId            the workspace it happened in
 * @param agreementId            the agreement
 * @param clientId               the client of the contact
 * @param versionNumber          the version signed
 * @param contactId              the contact who signed
 * @param allClientSignersSigned whether this was the last client signature the version needed (quotes that require
 *                               the agreement can be accepted from now on)
 * @param occurredAt             when it happened, from the portal's clock
 */
public record AgreementSigned(UUID eventId,
                              WorkspaceId workspaceId, AgreementId agreementId, ClientId clientId, int versionNumber,
                              ContactId contactId, boolean allClientSignersSigned, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "agreement.signed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("agreement", agreementId.value());
    }
}

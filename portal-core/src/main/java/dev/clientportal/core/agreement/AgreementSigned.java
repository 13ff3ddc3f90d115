package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/**
 * A client contact signed a version of an agreement.
 *
 * @param allClientSignersSigned whether this was the last client signature the version needed (quotes that require
 *                               the agreement can be accepted from now on)
 */
public record AgreementSigned(WorkspaceId workspaceId, AgreementId agreementId, ClientId clientId, int versionNumber,
                              ContactId contactId, boolean allClientSignersSigned, Instant occurredAt)
        implements DomainEvent {
}

package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** The business countersigned a version of an agreement. */
public record AgreementCountersigned(WorkspaceId workspaceId, AgreementId agreementId, ClientId clientId,
                                     int versionNumber, String user, Instant occurredAt) implements DomainEvent {
}

package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/**
 * A version of an agreement became fully signed: every named client contact and the business. Raised after the
 * {@link AgreementSigned} or {@link AgreementCountersigned} that completed it.
 */
public record AgreementCompleted(WorkspaceId workspaceId, AgreementId agreementId, ClientId clientId,
                                 int versionNumber, Instant occurredAt) implements DomainEvent {
}

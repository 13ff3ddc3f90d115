package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.spi.DomainEvent;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.Instant;

/** The business voided an agreement; it can no longer be signed and no longer satisfies a quote. */
public record AgreementVoided(WorkspaceId workspaceId, AgreementId agreementId, ClientId clientId, String reason,
                              Instant occurredAt) implements DomainEvent {
}

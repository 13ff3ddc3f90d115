package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * The business voided an agreement; it can no longer be signed and no longer satisfies a quote.
 *
 * @param eventId     this occurrence's id, the same on every delivery
 * @param workspaceId the workspace it happened in
 * @param agreementId the voided agreement
 * @param clientId    the client whose contacts were to sign
 * @param reason      why the business voided it
 * @param occurredAt  when it happened, from the portal's clock
 */
public record AgreementVoided(UUID eventId,
                              WorkspaceId workspaceId, AgreementId agreementId, ClientId clientId, String reason,
                              Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "agreement.voided";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("agreement", agreementId.value());
    }
}

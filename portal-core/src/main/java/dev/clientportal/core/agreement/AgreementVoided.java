package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/** The business voided an agreement; it can no longer be signed and no longer satisfies a quote. */
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

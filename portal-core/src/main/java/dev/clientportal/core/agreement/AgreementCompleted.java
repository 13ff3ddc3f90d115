package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * A version of an agreement became fully signed: every named client contact and the business. Raised after the
 * {@link AgreementSigned} or {@link AgreementCountersigned} that completed it.
 *
 * @param eventId       this occurrence's id, the same on every delivery
 * @param workspaceId   the workspace it happened in
 * @param agreementId   the agreement
 * @param clientId      the client whose contacts signed
 * @param versionNumber the version now fully signed
 * @param occurredAt    when it happened, from the portal's clock
 */
public record AgreementCompleted(UUID eventId, WorkspaceId workspaceId, AgreementId agreementId, ClientId clientId,
                                 int versionNumber, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "agreement.completed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("agreement", agreementId.value());
    }
}

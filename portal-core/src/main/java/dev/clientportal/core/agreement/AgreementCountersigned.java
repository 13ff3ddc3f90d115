package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.UUID;

/**
 * The business countersigned a version of an agreement.
 *
 * @param eventId       this occurrence's id, the same on every delivery
 * @param workspaceId   the workspace it happened in
 * @param agreementId   the agreement
 * @param clientId      the client whose contacts sign
 * @param versionNumber the version countersigned
 * @param user          the workspace user who countersigned, as the host names them
 * @param occurredAt    when it happened, from the portal's clock
 */
public record AgreementCountersigned(UUID eventId, WorkspaceId workspaceId, AgreementId agreementId, ClientId clientId,
                                     int versionNumber, String user, Instant occurredAt) implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "agreement.countersigned";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("agreement", agreementId.value());
    }
}

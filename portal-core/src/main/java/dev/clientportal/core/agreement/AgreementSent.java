package dev.clientportal.core.agreement;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of an agreement went out for signature: the first one when sent, each later one when the agreement was
 * edited. Hosts typically email the signers now.
 *
 * @param eventId       this occurrence's id, the same on every delivery
 * @param workspaceId   the workspace it happened in
 * @param agreementId   the agreement sent
 * @param clientId      the client whose contacts sign
 * @param versionNumber the version that went out, 1 for the first
 * @param title         the version's title
 * @param documentHash  the SHA-256 of the document to sign
 * @param signers       the contacts named to sign, in the order named
 * @param occurredAt    when it happened, from the portal's clock
 */
public record AgreementSent(UUID eventId,
                            WorkspaceId workspaceId, AgreementId agreementId, ClientId clientId, int versionNumber,
                            String title, ContentHash documentHash, List<ContactId> signers, Instant occurredAt)
        implements DomainEvent {
    /** The stable {@link #type()} of this event. */
    public static final String TYPE = "agreement.sent";

    /**
     * Copies the signers.
     *
     * @param eventId       this occurrence's id, the same on every delivery
     * @param workspaceId   the workspace it happened in
     * @param agreementId   the agreement sent
     * @param clientId      the client whose contacts sign
     * @param versionNumber the version that went out, 1 for the first
     * @param title         the version's title
     * @param documentHash  the SHA-256 of the document to sign
     * @param signers       the contacts named to sign, in the order named
     * @param occurredAt    when it happened, from the portal's clock
     */
    public AgreementSent {
        signers = List.copyOf(signers);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateKey() {
        return DomainEvent.key("agreement", agreementId.value());
    }
}

package dev.clientportal.core.analytics;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What follow-up suggestions need to know about one pending approval request, gathered by the store in one query.
 *
 * @param document      the version waiting for decisions (a {@code DELIVERABLE_VERSION} document)
 * @param deliverableId the deliverable
 * @param title         the deliverable's title
 * @param versionNumber the version's number
 * @param clientId      the client
 * @param clientName    the client's name
 * @param requestedAt   when approval was asked for
 * @param waitingOn     the addressed approvers who have not decided yet, in the order they were named
 */
public record PendingApprovalFacts(DocumentRef document, UUID deliverableId, String title, int versionNumber,
                                   ClientId clientId, String clientName, Instant requestedAt,
                                   List<Approver> waitingOn) {

    /**
     * Requires the references and copies the approvers.
     *
     * @param document      the version waiting for decisions (a {@code DELIVERABLE_VERSION} document)
     * @param deliverableId the deliverable
     * @param title         the deliverable's title
     * @param versionNumber the version's number
     * @param clientId      the client
     * @param clientName    the client's name
     * @param requestedAt   when approval was asked for
     * @param waitingOn     the addressed approvers who have not decided yet, in the order they were named
     */
    public PendingApprovalFacts {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(deliverableId, "deliverableId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        waitingOn = List.copyOf(waitingOn);
    }

    /**
     * An approver a request still waits for.
     *
     * @param contactId the contact
     * @param name      the contact's name
     */
    public record Approver(ContactId contactId, String name) {
    }
}

package dev.clientportal.core.approval;

import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.invoice.InvoiceId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A revision round, opened by a request for changes. Rounds are numbered across the deliverable's life; those
 * beyond what the deliverable includes are flagged and, by the business's policy, billed.
 *
 * @param number         1 for the first round, then 2, 3, …
 * @param requestId      the request whose change request opened it
 * @param versionNumber  the version changes were asked for
 * @param requestedBy    the approver who asked
 * @param openedAt       when
 * @param beyondIncluded whether the round is beyond the rounds the deliverable includes
 * @param billedOn       the draft invoice the round's billable line was added to, if it was billed
 */
public record RevisionRound(int number, ApprovalRequestId requestId, int versionNumber, ContactId requestedBy,
                            Instant openedAt, boolean beyondIncluded, Optional<InvoiceId> billedOn) {

    /**
     * Requires every field.
     *
     * @param number         1 for the first round, then 2, 3, …
     * @param requestId      the request whose change request opened it
     * @param versionNumber  the version changes were asked for
     * @param requestedBy    the approver who asked
     * @param openedAt       when
     * @param beyondIncluded whether the round is beyond the rounds the deliverable includes
     * @param billedOn       the draft invoice the round's billable line was added to, if it was billed
     */
    public RevisionRound {
        if (number < 1) {
            throw new IllegalArgumentException("round numbers start at 1: " + number);
        }
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(openedAt, "openedAt");
        billedOn = Objects.requireNonNullElse(billedOn, Optional.empty());
        if (billedOn.isPresent() && !beyondIncluded) {
            throw new IllegalArgumentException("only a round beyond the included ones is billed: round " + number);
        }
    }

    RevisionRound billedOn(InvoiceId invoiceId) {
        return new RevisionRound(number, requestId, versionNumber, requestedBy, openedAt, beyondIncluded,
                Optional.of(invoiceId));
    }
}

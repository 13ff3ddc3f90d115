package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ContactId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The business asks some of a client's approvers to decide on one version. The request collects their decisions
 * until its {@link ApprovalRule} is met or one of them asks for changes; then, or when the business withdraws it or
 * adds a newer version, it closes for good.
 *
 * @param id            identity
 * @param versionNumber the version to decide on
 * @param approvers     the contacts asked, in the order the business named them
 * @param rule          whether all or any of them must approve
 * @param status        where the request stands
 * @param decisions     the decisions made on it, oldest first
 * @param requestedBy   the actor who asked
 * @param requestedAt   when
 * @param closedBy      who closed it (the deciding contact, or the business), empty while pending
 * @param closedAt      when it closed, empty while pending
 * @param closingNote   why the business withdrew it; empty otherwise
 */
public record ApprovalRequest(ApprovalRequestId id, int versionNumber, List<ContactId> approvers, ApprovalRule rule,
                              ApprovalStatus status, List<Decision> decisions, String requestedBy,
                              Instant requestedAt, String closedBy, Optional<Instant> closedAt, String closingNote) {

    static final int MAX_APPROVERS = 50;

    /**
     * Checks that decisions come from distinct addressed approvers and that only closed requests have a close.
     *
     * @param id            identity
     * @param versionNumber the version to decide on
     * @param approvers     the contacts asked, in the order the business named them
     * @param rule          whether all or any of them must approve
     * @param status        where the request stands
     * @param decisions     the decisions made on it, oldest first
     * @param requestedBy   the actor who asked
     * @param requestedAt   when
     * @param closedBy      who closed it (the deciding contact, or the business), empty while pending
     * @param closedAt      when it closed, empty while pending
     * @param closingNote   why the business withdrew it; empty otherwise
     */
    public ApprovalRequest {
        Objects.requireNonNull(id, "id");
        approvers = List.copyOf(PortalException.requireField(approvers, "approvers"));
        if (approvers.isEmpty()) {
            throw PortalException.invalid(ErrorCode.REQUIRED, "approvers", "[]", "name at least one approver");
        }
        if (approvers.size() > MAX_APPROVERS) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "approvers", approvers.size() + " contacts",
                    "a request is addressed to at most " + MAX_APPROVERS + " approvers");
        }
        if (new HashSet<>(approvers).size() != approvers.size()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "approvers", approvers,
                    "each approver is named once");
        }
        PortalException.requireField(rule, "rule");
        Objects.requireNonNull(status, "status");
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        closedBy = Objects.requireNonNullElse(closedBy, "");
        closedAt = Objects.requireNonNullElse(closedAt, Optional.empty());
        closingNote = Objects.requireNonNullElse(closingNote, "");
        if (status.isOpen() == closedAt.isPresent()) {
            throw new IllegalArgumentException("a request has a close time exactly when it is closed: " + status);
        }
        Set<ContactId> decided = new HashSet<>();
        for (Decision decision : decisions) {
            if (!approvers.contains(decision.contactId()) || !decided.add(decision.contactId())
                    || decision.versionNumber() != versionNumber) {
                throw new IllegalArgumentException("decision " + decision + " does not belong to request " + id);
            }
        }
    }

    /** A new pending request. */
    static ApprovalRequest open(ApprovalRequestId id, int versionNumber, List<ContactId> approvers, ApprovalRule rule,
                                String requestedBy, Instant now) {
        return new ApprovalRequest(id, versionNumber, approvers, rule, ApprovalStatus.PENDING, List.of(), requestedBy,
                now, "", Optional.empty(), "");
    }

    /**
     * Whether the request still waits for decisions.
     *
     * @return whether the request still waits for decisions
     */
    public boolean isPending() {
        return status.isOpen();
    }

    /**
     * The addressed approvers who have not decided yet, in the order they were named.
     *
     * @return the addressed approvers who have not decided yet, in the order they were named
     */
    public List<ContactId> awaiting() {
        Set<ContactId> decided = new HashSet<>();
        decisions.forEach(decision -> decided.add(decision.contactId()));
        return approvers.stream().filter(contact -> !decided.contains(contact)).toList();
    }

    /**
     * The contact's decision on this request, if it made one.
     *
     * @param contactId the contact
     * @return the contact's decision on this request, if it made one
     */
    public Optional<Decision> decisionOf(ContactId contactId) {
        return decisions.stream().filter(decision -> decision.contactId().equals(contactId)).findFirst();
    }

    /**
     * Whether the request waits for this contact's decision.
     *
     * @param contactId the contact
     * @return whether the request waits for this contact's decision
     */
    public boolean awaits(ContactId contactId) {
        return isPending() && approvers.contains(contactId) && decisionOf(contactId).isEmpty();
    }

    /**
     * The request with one more decision; it closes as {@code CHANGES_REQUESTED} on a change request, and as
     * {@code APPROVED} once its rule is met.
     */
    ApprovalRequest decided(Decision decision, String actor) {
        List<Decision> more = new ArrayList<>(decisions);
        more.add(decision);
        ApprovalStatus next;
        if (!decision.approves()) {
            next = ApprovalStatus.CHANGES_REQUESTED;
        } else if (rule == ApprovalRule.ANY || more.size() == approvers.size()) {
            next = ApprovalStatus.APPROVED;
        } else {
            next = ApprovalStatus.PENDING;
        }
        ApprovalRequest withDecision = new ApprovalRequest(id, versionNumber, approvers, rule, status, more,
                requestedBy, requestedAt, closedBy, closedAt, closingNote);
        return next.isOpen() ? withDecision : withDecision.closed(next, actor, decision.at(), "");
    }

    /** The request closed in a final state. */
    ApprovalRequest closed(ApprovalStatus next, String actor, Instant now, String note) {
        if (!status.canMoveTo(next)) {
            throw PortalException.invalid(ErrorCode.APPROVAL_REQUEST_CLOSED, "approvalRequest", id,
                    "is " + status + " and cannot become " + next);
        }
        return new ApprovalRequest(id, versionNumber, approvers, rule, next, decisions, requestedBy, requestedAt,
                actor, Optional.of(now), note);
    }

    /** The request as other people of the client see it: decisions without network details. */
    ApprovalRequest withoutNetworkDetails() {
        return new ApprovalRequest(id, versionNumber, approvers, rule, status,
                decisions.stream().map(Decision::withoutNetworkDetails).toList(), requestedBy, requestedAt, closedBy,
                closedAt, closingNote);
    }
}

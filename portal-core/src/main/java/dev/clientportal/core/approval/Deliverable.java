package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the business delivers to a client for approval, with its whole history: every version, every approval
 * request with every decision, and every revision round. Nothing is ever removed or rewritten; a new version, a new
 * request or a decision appends.
 *
 * <p>Immutable: transitions return a new instance. Hosts change deliverables through
 * {@code ClientPortal.approvals()}; the public constructor exists for persistence adapters.
 *
 * @param id                 identity
 * @param workspaceId        the owning workspace
 * @param clientId           the client it is for
 * @param title              what it is called
 * @param project            the project it belongs to, free text; empty for none
 * @param includedRounds     how many revision rounds the price includes
 * @param extraRounds        what rounds beyond those do
 * @param signatureRequired  whether approving needs a typed-name signature
 * @param milestone          the milestone its approval bills, if any
 * @param milestoneInvoiceId the milestone invoice once approval billed it; it is billed once, ever
 * @param versions           every version, oldest first, numbered 1, 2, …
 * @param requests           every approval request, oldest first
 * @param rounds             every revision round, oldest first, numbered 1, 2, …
 * @param createdBy          the actor who created it
 * @param createdAt          when
 * @param version            optimistic-locking version, 0 before the first save
 */
public record Deliverable(DeliverableId id, WorkspaceId workspaceId, ClientId clientId, String title, String project,
                          int includedRounds, ExtraRoundPolicy extraRounds, boolean signatureRequired,
                          Optional<Milestone> milestone, Optional<InvoiceId> milestoneInvoiceId,
                          List<DeliverableVersion> versions, List<ApprovalRequest> requests,
                          List<RevisionRound> rounds, String createdBy, Instant createdAt, long version) {

    /**
     * Checks the invariants of the history: numbering, at most one pending request, on the latest version.
     *
     * @param id                 identity
     * @param workspaceId        the owning workspace
     * @param clientId           the client it is for
     * @param title              what it is called
     * @param project            the project it belongs to, free text; empty for none
     * @param includedRounds     how many revision rounds the price includes
     * @param extraRounds        what rounds beyond those do
     * @param signatureRequired  whether approving needs a typed-name signature
     * @param milestone          the milestone its approval bills, if any
     * @param milestoneInvoiceId the milestone invoice once approval billed it; it is billed once, ever
     * @param versions           every version, oldest first, numbered 1, 2, …
     * @param requests           every approval request, oldest first
     * @param rounds             every revision round, oldest first, numbered 1, 2, …
     * @param createdBy          the actor who created it
     * @param createdAt          when
     * @param version            optimistic-locking version, 0 before the first save
     */
    public Deliverable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(project, "project");
        if (includedRounds < 0) {
            throw new IllegalArgumentException("includedRounds must not be negative: " + includedRounds);
        }
        Objects.requireNonNull(extraRounds, "extraRounds");
        milestone = Objects.requireNonNullElse(milestone, Optional.empty());
        milestoneInvoiceId = Objects.requireNonNullElse(milestoneInvoiceId, Optional.empty());
        if (milestoneInvoiceId.isPresent() && milestone.isEmpty()) {
            throw new IllegalArgumentException("a milestone invoice needs a milestone: " + id);
        }
        versions = List.copyOf(versions);
        requests = List.copyOf(requests);
        rounds = List.copyOf(rounds);
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("versions must be numbered 1, 2, …: " + versions.get(i).number());
            }
        }
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).number() != i + 1) {
                throw new IllegalArgumentException("rounds must be numbered 1, 2, …: " + rounds.get(i).number());
            }
        }
        for (ApprovalRequest request : requests) {
            if (request.versionNumber() > versions.size()
                    || request.isPending() && request.versionNumber() != versions.size()) {
                throw new IllegalArgumentException("request " + request.id() + " on version "
                        + request.versionNumber() + " cannot be " + request.status() + " with " + versions.size()
                        + " versions");
            }
        }
        if (requests.stream().filter(ApprovalRequest::isPending).count() > 1) {
            throw new IllegalArgumentException("a deliverable has at most one pending request: " + id);
        }
    }

    /** A new deliverable without versions. */
    static Deliverable create(DeliverableId id, WorkspaceId workspaceId, CreateDeliverable command, String actor,
                              Instant now) {
        return new Deliverable(id, workspaceId, command.clientId(), command.title(), command.project(),
                command.includedRounds(), command.extraRounds(), command.signatureRequired(), command.milestone(),
                Optional.empty(), List.of(), List.of(), List.of(), actor, now, 0);
    }

    /**
     * Where the deliverable stands now.
     *
     * @return where the deliverable stands now
     */
    public DeliverableStatus status() {
        if (versions.isEmpty()) {
            return DeliverableStatus.NO_VERSION;
        }
        return latestRequest(versions.size()).map(request -> switch (request.status()) {
            case PENDING -> DeliverableStatus.IN_REVIEW;
            case APPROVED -> DeliverableStatus.APPROVED;
            case CHANGES_REQUESTED -> DeliverableStatus.CHANGES_REQUESTED;
            case WITHDRAWN, SUPERSEDED -> DeliverableStatus.NOT_REQUESTED;
        }).orElse(DeliverableStatus.NOT_REQUESTED);
    }

    /**
     * The newest version, if any was delivered.
     *
     * @return the newest version; empty before the first
     */
    public Optional<DeliverableVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * The version a pin names: by number, or the latest with the pinned content hash.
     *
     * @param pin the version the decision names
     * @return the named version; empty when none matches
     */
    public Optional<DeliverableVersion> version(VersionPin pin) {
        PortalException.requireField(pin, "version");
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (pin.matches(versions.get(i))) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The version with this id.
     *
     * @param versionId the version
     * @return the version; empty when it is not one of this deliverable's
     */
    public Optional<DeliverableVersion> version(DeliverableVersionId versionId) {
        return versions.stream().filter(candidate -> candidate.id().equals(versionId)).findFirst();
    }

    /**
     * The request waiting for decisions, if there is one (it is always on the latest version).
     *
     * @return the pending request, always on the latest version; empty when none waits
     */
    public Optional<ApprovalRequest> pendingRequest() {
        return requests.stream().filter(ApprovalRequest::isPending).findFirst();
    }

    /**
     * The most recent request on a version, in whatever state.
     *
     * @param versionNumber the version's number, from 1
     * @return the most recent request on that version; empty when it had none
     */
    public Optional<ApprovalRequest> latestRequest(int versionNumber) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).versionNumber() == versionNumber) {
                return Optional.of(requests.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The request with this id.
     *
     * @param requestId the approval request
     * @return the request; empty when it is not one of this deliverable's
     */
    public Optional<ApprovalRequest> request(ApprovalRequestId requestId) {
        return requests.stream().filter(candidate -> candidate.id().equals(requestId)).findFirst();
    }

    /**
     * The round a request's change request opened, if it did.
     *
     * @param requestId the approval request
     * @return the round its change request opened; empty if it did not
     */
    public Optional<RevisionRound> roundOf(ApprovalRequestId requestId) {
        return rounds.stream().filter(round -> round.requestId().equals(requestId)).findFirst();
    }

    /**
     * Whether a contact's decision on a version is awaited: it is the latest, pending and asks the contact.
     *
     * @param contactId     the contact
     * @param versionNumber the version's number, from 1
     * @return whether a contact's decision on a version is awaited: it is the latest, pending and asks the contact
     */
    public boolean awaits(ContactId contactId, int versionNumber) {
        return versionNumber == versions.size()
                && pendingRequest().filter(request -> request.awaits(contactId)).isPresent();
    }

    /**
     * Whether approving now bills the milestone: there is one and it has not been billed yet.
     *
     * @return whether approving now bills the milestone: there is one and it has not been billed yet
     */
    public boolean milestoneUnbilled() {
        return milestone.isPresent() && milestoneInvoiceId.isEmpty();
    }

    /**
     * The deliverable with a new latest version. A request still pending on the previous version is superseded:
     * decisions must be made on what is current.
     */
    Deliverable withNewVersion(DeliverableVersion added, String actor, Instant now) {
        if (added.number() != versions.size() + 1) {
            throw new IllegalArgumentException("the next version of " + id + " is " + (versions.size() + 1)
                    + ", not " + added.number());
        }
        List<DeliverableVersion> moreVersions = new ArrayList<>(versions);
        moreVersions.add(added);
        List<ApprovalRequest> updated = requests.stream().map(request -> request.isPending()
                ? request.closed(ApprovalStatus.SUPERSEDED, actor, now, "version " + added.number() + " was added")
                : request).toList();
        return new Deliverable(id, workspaceId, clientId, title, project, includedRounds, extraRounds,
                signatureRequired, milestone, milestoneInvoiceId, moreVersions, updated, rounds, createdBy, createdAt,
                version);
    }

    /**
     * The deliverable with a new pending request on its latest version.
     *
     * @throws PortalException {@link ErrorCode#DELIVERABLE_WITHOUT_VERSION},
     *         {@link ErrorCode#APPROVAL_ALREADY_REQUESTED} while a request is pending, {@link ErrorCode#VERSION_ALREADY_APPROVED} when the latest version is
     *         approved (a new version starts a new request)
     */
    Deliverable withRequest(ApprovalRequestId requestId, List<ContactId> approvers, ApprovalRule rule, String actor,
                            Instant now) {
        DeliverableVersion latest = latestVersion().orElseThrow(() -> PortalException.invalid(
                ErrorCode.DELIVERABLE_WITHOUT_VERSION, "deliverable", id, "has no version to approve yet"));
        Optional<ApprovalRequest> pending = pendingRequest();
        if (pending.isPresent()) {
            throw PortalException.invalid(ErrorCode.APPROVAL_ALREADY_REQUESTED, "deliverable", id,
                    "request " + pending.get().id() + " on version " + latest.number()
                            + " is still pending; withdraw it first");
        }
        if (status() == DeliverableStatus.APPROVED) {
            throw PortalException.invalid(ErrorCode.VERSION_ALREADY_APPROVED, "deliverable", id,
                    "version " + latest.number() + " is approved; add a new version to ask again");
        }
        List<ApprovalRequest> more = new ArrayList<>(requests);
        more.add(ApprovalRequest.open(requestId, latest.number(), approvers, rule, actor, now));
        return withRequests(more, rounds);
    }

    /**
     * Checks that a contact may decide on a version now, and returns the request it decides.
     *
     * @throws PortalException {@link ErrorCode#VERSION_SUPERSEDED} when a newer version exists,
     *         {@link ErrorCode#APPROVAL_NOT_REQUESTED} when no approval was asked for on it,
     *         {@link ErrorCode#APPROVAL_REQUEST_CLOSED} when the request was decided, withdrawn or superseded,
     *         {@link ErrorCode#APPROVER_NOT_ADDRESSED} when the request does not ask the contact,
     *         {@link ErrorCode#ALREADY_DECIDED} when the contact decided already
     */
    ApprovalRequest requireDecidable(ContactId contactId, DeliverableVersion decidedOn) {
        int latest = versions.size();
        if (decidedOn.number() != latest) {
            throw PortalException.invalid(ErrorCode.VERSION_SUPERSEDED, "version", decidedOn.number(),
                    "version " + latest + " of deliverable " + id + " replaced it; decide on the latest version");
        }
        ApprovalRequest request = latestRequest(latest).orElseThrow(() -> PortalException.invalid(
                ErrorCode.APPROVAL_NOT_REQUESTED, "version", latest, "no approval was requested on it"));
        if (!request.isPending()) {
            throw PortalException.invalid(ErrorCode.APPROVAL_REQUEST_CLOSED, "approvalRequest", request.id(),
                    "is " + request.status() + " already; it takes no more decisions");
        }
        if (!request.approvers().contains(contactId)) {
            throw PortalException.invalid(ErrorCode.APPROVER_NOT_ADDRESSED, "contact", contactId,
                    "is not among the approvers request " + request.id() + " asks");
        }
        if (request.decisionOf(contactId).isPresent()) {
            throw PortalException.invalid(ErrorCode.ALREADY_DECIDED, "contact", contactId,
                    "has already decided on request " + request.id());
        }
        return request;
    }

    /**
     * The deliverable with an approver's decision recorded; a change request also opens the next revision round,
     * marked when it goes beyond the included rounds.
     *
     * @throws PortalException as {@link #requireDecidable}, and {@link ErrorCode#INVALID_VALUE} when a change
     *         request is pinned to a file that is not part of the version
     */
    Deliverable decided(Decision decision, String actor) {
        DeliverableVersion decidedOn = version(VersionPin.number(decision.versionNumber())).orElseThrow(() ->
                new IllegalArgumentException("no version " + decision.versionNumber() + " in " + id));
        ApprovalRequest request = requireDecidable(decision.contactId(), decidedOn);
        decision.pinnedFile().ifPresent(file -> decidedOn.file(file).orElseThrow(() -> PortalException.invalid(
                ErrorCode.INVALID_VALUE, "pinnedFile", file, "is not a file of version " + decidedOn.number())));
        ApprovalRequest decidedRequest = request.decided(decision, actor);
        List<ApprovalRequest> updated = requests.stream()
                .map(candidate -> candidate.id().equals(request.id()) ? decidedRequest : candidate).toList();
        List<RevisionRound> moreRounds = rounds;
        if (!decision.approves()) {
            int number = rounds.size() + 1;
            moreRounds = new ArrayList<>(rounds);
            moreRounds.add(new RevisionRound(number, request.id(), decidedOn.number(), decision.contactId(),
                    decision.at(), number > includedRounds, Optional.empty()));
        }
        return withRequests(updated, moreRounds);
    }

    /**
     * The deliverable with its pending request withdrawn.
     *
     * @throws PortalException {@link ErrorCode#APPROVAL_REQUEST_CLOSED} when the latest request was decided (or
     *         withdrawn) meanwhile, {@link ErrorCode#APPROVAL_NOT_REQUESTED} when there never was one
     */
    Deliverable withdrawn(String actor, String reason, Instant now) {
        ApprovalRequest pending = pendingRequest().orElseThrow(() -> requests.isEmpty()
                ? PortalException.invalid(ErrorCode.APPROVAL_NOT_REQUESTED, "deliverable", id,
                        "has no approval request to withdraw")
                : PortalException.invalid(ErrorCode.APPROVAL_REQUEST_CLOSED, "approvalRequest",
                        requests.get(requests.size() - 1).id(), "is "
                                + requests.get(requests.size() - 1).status() + " already; nothing to withdraw"));
        List<ApprovalRequest> updated = requests.stream().map(request -> request.id().equals(pending.id())
                ? request.closed(ApprovalStatus.WITHDRAWN, actor, now, reason) : request).toList();
        return withRequests(updated, rounds);
    }

    /** The deliverable with its milestone billed on an invoice. */
    Deliverable withMilestoneInvoice(InvoiceId invoiceId) {
        if (!milestoneUnbilled()) {
            throw new IllegalStateException("the milestone of " + id + " is billed already or absent");
        }
        return new Deliverable(id, workspaceId, clientId, title, project, includedRounds, extraRounds,
                signatureRequired, milestone, Optional.of(invoiceId), versions, requests, rounds, createdBy, createdAt,
                version);
    }

    /** The deliverable with a revision round billed on an invoice. */
    Deliverable withRoundBilled(int roundNumber, InvoiceId invoiceId) {
        List<RevisionRound> updated = rounds.stream()
                .map(round -> round.number() == roundNumber ? round.billedOn(invoiceId) : round).toList();
        return withRequests(requests, updated);
    }

    /**
     * Every version, request, decision and closing in the order they happened.
     *
     * @return every version, request, decision and closing in the order they happened
     */
    public List<HistoryEntry> history() {
        List<HistoryEntry> entries = new ArrayList<>();
        for (DeliverableVersion added : versions) {
            entries.add(HistoryEntry.versionAdded(added));
            for (ApprovalRequest request : requests) {
                if (request.versionNumber() == added.number()) {
                    entries.addAll(HistoryEntry.of(request, roundOf(request.id()), this));
                }
            }
        }
        // stable: entries made at the same instant keep the order in which they were built
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return List.copyOf(entries);
    }

    /**
     * This deliverable as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the store assigned
     * @return this deliverable as stored with the given version
     */
    public Deliverable withVersion(long newVersion) {
        return new Deliverable(id, workspaceId, clientId, title, project, includedRounds, extraRounds,
                signatureRequired, milestone, milestoneInvoiceId, versions, requests, rounds, createdBy, createdAt,
                newVersion);
    }

    private Deliverable withRequests(List<ApprovalRequest> newRequests, List<RevisionRound> newRounds) {
        return new Deliverable(id, workspaceId, clientId, title, project, includedRounds, extraRounds,
                signatureRequired, milestone, milestoneInvoiceId, versions, newRequests, newRounds, createdBy,
                createdAt, version);
    }
}

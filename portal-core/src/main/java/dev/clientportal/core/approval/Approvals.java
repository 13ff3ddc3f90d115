package dev.clientportal.core.approval;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.util.List;

/**
 * Deliverable approvals. The business creates deliverables, delivers versions and asks a client's approvers to
 * decide; approvers approve (optionally signing with their typed name) or ask for changes, each decision kept with
 * evidence of exactly which content it was made on. Change requests open revision rounds; rounds beyond the
 * included ones are flagged and can be billed; approval can bill the deliverable's milestone, exactly once.
 *
 * <p>Business calls are scoped to the principal's workspace (ids of other workspaces answer
 * {@link dev.clientportal.core.kernel.ErrorCode#DELIVERABLE_NOT_FOUND}); client calls are scoped to the principal's client
 * the same way, and deciding needs the APPROVER role.
 */
public interface Approvals {

    /**
     * Creates a deliverable for a client, without versions yet.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param command   the deliverable's client, title and round policy
     * @return the new deliverable
     * @throws dev.clientportal.core.kernel.PortalException {@code CLIENT_NOT_FOUND}, {@code CLIENT_ARCHIVED}, or
     *         {@code CURRENCY_MISMATCH} when a milestone or extra-round line is not in the client's currency
     */
    Deliverable create(StaffPrincipal principal, CreateDeliverable command);

    /**
     * Delivers a new version from files the business shared into the client's library. A request still pending on
     * the previous version is superseded.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param command   the deliverable, note and files
     * @return the deliverable with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@code FILE_NOT_FOUND} for a file not in the client's library,
     *         {@code INVALID_VALUE} for a file the client uploaded, {@code CONCURRENT_MODIFICATION} when an expected
     *         revision is given and the deliverable changed since
     */
    Deliverable addVersion(StaffPrincipal principal, AddVersion command);

    /**
     * Delivers a new version from an upload in one step: the file is shared into the client's library and becomes the
     * version's last file (after the command's files, if any) in one transaction, with one audit entry
     * ({@code deliverable.version_added}, naming the uploaded file). When the upload or the version is refused,
     * nothing is written: no library file, no version, and the bytes the upload brought into the file store are
     * deleted again (bytes already stored for another file stay).
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param command   the deliverable, note, files already shared and expected revision
     * @param upload    the file's name, declared type and bytes, checked against the portal's {@code FilePolicy}
     * @return the deliverable with its new version
     * @throws dev.clientportal.core.kernel.PortalException as {@link #addVersion(StaffPrincipal, AddVersion)},
     *         {@code DELIVERABLE_NOT_FOUND} or {@code CLIENT_ARCHIVED} before any byte is read, and
     *         {@code FILE_TYPE_NOT_ALLOWED}, {@code FILE_TOO_LARGE} or {@code FILE_UNREADABLE} for the upload
     */
    Deliverable addVersion(StaffPrincipal principal, AddVersion command, FileUpload upload);

    /**
     * Asks approvers to decide on the latest version.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param command   the deliverable, the approvers and the rule
     * @return the deliverable with its pending request
     * @throws dev.clientportal.core.kernel.PortalException {@code CONTACT_NOT_FOUND} for a contact not of the client,
     *         {@code CONTACT_REMOVED}, {@code NOT_AN_APPROVER} for a contact without the APPROVER role,
     *         {@code DELIVERABLE_WITHOUT_VERSION}, {@code APPROVAL_ALREADY_REQUESTED} or
     *         {@code VERSION_ALREADY_APPROVED}
     */
    Deliverable requestApproval(StaffPrincipal principal, RequestApproval command);

    /**
     * Withdraws the pending request, with a reason (required, at most 2,000 characters); the decisions already made
     * on it stay in the history.
     *
     * @param principal     the staff member acting; the call is scoped to their workspace
     * @param deliverableId the deliverable
     * @param reason        why, at most 2,000 characters
     * @return the deliverable with its request withdrawn
     * @throws dev.clientportal.core.kernel.PortalException {@code APPROVAL_REQUEST_CLOSED} when it was decided meanwhile,
     *         {@code APPROVAL_NOT_REQUESTED} when there was none
     */
    Deliverable withdraw(StaffPrincipal principal, DeliverableId deliverableId, String reason);

    /**
     * One deliverable with its whole history.
     *
     * @param principal     the staff member acting; the call is scoped to their workspace
     * @param deliverableId the deliverable
     * @return the deliverable with its whole history
     */
    Deliverable get(StaffPrincipal principal, DeliverableId deliverableId);

    /**
     * A client's deliverables, newest first.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param clientId  the client
     * @return a client's deliverables, newest first
     */
    List<Deliverable> list(StaffPrincipal principal, ClientId clientId);

    /**
     * Everything that happened to a deliverable, in order: versions, requests, decisions, rounds.
     *
     * @param principal     the staff member acting; the call is scoped to their workspace
     * @param deliverableId the deliverable
     * @return everything that happened to a deliverable, in order: versions, requests, decisions, rounds
     */
    List<HistoryEntry> history(StaffPrincipal principal, DeliverableId deliverableId);

    /**
     * The decisions the principal owes: for a contact, the pending requests addressed to it that it has not decided;
     * for a staff preview, every pending request of the client; for a document link, none.
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @return the pending requests the principal may decide; empty for a document link
     */
    List<PendingApproval> pending(PortalPrincipal principal);

    /**
     * Opens a version for the client, recording the view.
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @param versionId the version to open
     * @param request   the client's HTTP request, recorded with the view
     * @return the version with its files, as the client sees it
     * @throws dev.clientportal.core.kernel.PortalException {@code DELIVERABLE_NOT_FOUND} for a version the principal cannot
     *         see
     */
    DeliverableVersionView open(PortalPrincipal principal, DeliverableVersionId versionId, ClientRequest request);

    /**
     * Approves a version. When this meets the request's rule, the version is approved and an unbilled milestone is
     * billed (issued or drafted, per its setting) in the same transaction.
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @param command   the deliverable, the version decided on, and an optional signature and comment
     * @param request   the client's HTTP request, recorded as evidence
     * @return the receipt of the decision
     * @throws dev.clientportal.core.kernel.PortalException {@code DELIVERABLE_NOT_FOUND}; {@code READ_ONLY_ACCESS} or
     *         {@code ROLE_REQUIRED}; {@code APPROVER_NOT_ADDRESSED}; the conflicts {@code VERSION_SUPERSEDED},
     *         {@code APPROVAL_REQUEST_CLOSED} and {@code ALREADY_DECIDED}; {@code APPROVAL_NOT_REQUESTED};
     *         {@code REQUIRED} when the deliverable requires a typed name and none was given
     */
    DecisionReceipt approve(PortalPrincipal principal, Approve command, ClientRequest request);

    /**
     * Asks for changes on a version: closes the request and opens the next revision round. A round beyond the
     * included ones is flagged and, when the deliverable's policy bills, adds its line to the client's next draft
     * invoice.
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @param command   the deliverable, the version decided on and what should change
     * @param request   the client's HTTP request, recorded as evidence
     * @return the receipt of the decision
     * @throws dev.clientportal.core.kernel.PortalException as {@link #approve}, and {@code INVALID_VALUE} when the pinned
     *         file is not part of the version
     */
    DecisionReceipt requestChanges(PortalPrincipal principal, RequestChanges command, ClientRequest request);
}

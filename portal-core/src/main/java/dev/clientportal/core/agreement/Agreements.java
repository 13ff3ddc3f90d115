package dev.clientportal.core.agreement;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;

/**
 * Agreements: the business writes, sends, edits (adding versions), countersigns and voids them; named client
 * contacts open and sign them. Business calls are scoped to the staff principal's workspace, client calls to the
 * portal principal's client: anything outside answers {@link dev.clientportal.core.kernel.ErrorCode#AGREEMENT_NOT_FOUND},
 * and drafts are invisible to clients.
 */
public interface Agreements {

    /**
     * Writes a draft agreement for a client.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param command   the client, title, document and signers
     * @return the draft agreement, with its first version
     * @throws dev.clientportal.core.kernel.PortalException {@code INVALID_SIGNER} when a signer is not an active APPROVER
     *         contact of the client; {@code FILE_NOT_FOUND} when a file document is not in the client's library,
     *         {@code INVALID_VALUE} when its hash is not the stored file's
     */
    Agreement createDraft(StaffPrincipal principal, DraftAgreement command);

    /**
     * Edits an agreement: a draft changes in place; a sent, partly signed or signed agreement gets a new version that
     * is sent at once and needs every signature again (earlier versions and their signatures are kept unchanged).
     *
     * @param principal   the staff member acting; must belong to the workspace
     * @param agreementId the agreement to edit
     * @param command     the new title, document and signers; its client must be the agreement's
     * @return the agreement, changed in place or with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@code AGREEMENT_TRANSITION} for a void agreement,
     *         {@code INVALID_VALUE} when a sent agreement would move to another client; a file document is checked
     *         as in {@link #createDraft}
     */
    Agreement edit(StaffPrincipal principal, AgreementId agreementId, DraftAgreement command);

    /**
     * Sends a draft to its signers and raises {@link AgreementSent}.
     *
     * @param principal   the staff member acting; must belong to the workspace
     * @param agreementId the draft to send
     * @return the sent agreement
     * @throws dev.clientportal.core.kernel.PortalException {@code FILE_NOT_FOUND} when its file left the client's library
     */
    Agreement send(StaffPrincipal principal, AgreementId agreementId);

    /**
     * Countersigns the current version for the business; countersigning it again returns it unchanged.
     *
     * @param principal     the staff member acting; must belong to the workspace
     * @param agreementId   the agreement to countersign
     * @param versionNumber the version the user read; another current version fails with
     *                      {@code AGREEMENT_VERSION_CHANGED}
     * @param typedName     the name the user typed as signature, required: one line of at most 200 characters
     * @return the agreement with the countersignature on its current version
     */
    Agreement countersign(StaffPrincipal principal, AgreementId agreementId, int versionNumber, String typedName);

    /**
     * Voids an agreement; a quote that requires it can no longer be accepted. The reason is required, at most 2,000
     * characters.
     *
     * @param principal   the staff member acting; must belong to the workspace
     * @param agreementId the agreement to void
     * @param reason      why it is voided; required, at most 2,000 characters
     * @return the voided agreement
     */
    Agreement voidAgreement(StaffPrincipal principal, AgreementId agreementId, String reason);

    /**
     * One agreement with every version.
     *
     * @param principal   the staff member acting; must belong to the workspace
     * @param agreementId the agreement
     * @return the agreement with every version
     */
    Agreement get(StaffPrincipal principal, AgreementId agreementId);

    /**
     * A client's agreements, drafts included, newest first.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client whose agreements to list
     * @return the client's agreements, drafts included, newest first
     */
    List<Agreement> forClient(StaffPrincipal principal, ClientId clientId);

    /**
     * The signature certificate of one version, for the business.
     *
     * @param principal     the staff member acting; must belong to the workspace
     * @param agreementId   the agreement
     * @param versionNumber the version to certify, 1 for the first
     * @return the certificate of that version as of now
     */
    SignatureCertificate certificate(StaffPrincipal principal, AgreementId agreementId, int versionNumber);

    /**
     * Opens an agreement for a client, recording an AGREEMENT view.
     *
     * @param principal   the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param agreementId the agreement to open; drafts are never shown to clients
     * @param request     the HTTP request the call serves, recorded as evidence
     * @return the agreement with every version
     */
    Agreement open(PortalPrincipal principal, AgreementId agreementId, ClientRequest request);

    /**
     * The agreements the principal can see, newest first; never drafts.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @return the sent agreements of the principal's client it may see, newest first; never drafts
     */
    List<Agreement> list(PortalPrincipal principal);

    /**
     * The signed-in contact signs the current version by click, with a typed name (one line of at most 200
     * characters); its evidence records the
     * request's address and user agent and the document's SHA-256. Signing it again returns it unchanged.
     *
     * @param principal     the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param agreementId   the agreement to sign
     * @param versionNumber the version the contact read; another current version (the business edited it meanwhile)
     *                      fails with {@code AGREEMENT_VERSION_CHANGED}
     * @param typedName     the name the contact typed as signature; one line, at most 200 characters
     * @param request       the HTTP request the call serves, recorded as evidence
     * @return the agreement with the contact's signature on its current version
     * @throws dev.clientportal.core.kernel.PortalException {@code AGREEMENT_NOT_FOUND} outside the principal's scope,
     *         {@code READ_ONLY_ACCESS} for links and previews, {@code ROLE_REQUIRED} without the APPROVER role,
     *         {@code NOT_A_SIGNER} for a contact not named on the version, {@code FILE_NOT_FOUND} when the signed
     *         file left the client's library (the contact could no longer read what it signs)
     */
    Agreement sign(PortalPrincipal principal, AgreementId agreementId, int versionNumber, String typedName,
                   ClientRequest request);

    /**
     * The signature certificate of one version, for a client who can see the agreement.
     *
     * @param principal     the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param agreementId   the agreement
     * @param versionNumber the version to certify, 1 for the first
     * @return the certificate of that version as of now
     */
    SignatureCertificate certificate(PortalPrincipal principal, AgreementId agreementId, int versionNumber);
}

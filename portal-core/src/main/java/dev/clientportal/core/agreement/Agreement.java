package dev.clientportal.core.agreement;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A contract with a client: its versions (the last is current), who signed each, and its lifecycle state.
 *
 * <p>Immutable. Signed versions never change: editing after sending appends a version that needs every signature
 * again, and the history keeps the earlier ones with their signatures. Hosts change agreements through
 * {@code ClientPortal.agreements()}.
 *
 * @param id          identity
 * @param workspaceId the owning workspace
 * @param clientId    the client whose contacts sign
 * @param status      lifecycle state, judged on the current version
 * @param versions    every version, oldest first; at least one
 * @param createdAt   when the draft was created
 * @param voidedAt    when it was voided, else {@code null}
 * @param version     optimistic-locking version, 0 before the first save
 */
public record Agreement(AgreementId id, WorkspaceId workspaceId, ClientId clientId, AgreementStatus status,
                        List<AgreementVersion> versions, Instant createdAt, @Nullable Instant voidedAt, long version) {

    /**
     * Checks the invariants that hold in every state.
     *
     * @param id          identity
     * @param workspaceId the owning workspace
     * @param clientId    the client whose contacts sign
     * @param status      lifecycle state, judged on the current version
     * @param versions    every version, oldest first; at least one
     * @param createdAt   when the draft was created
     * @param voidedAt    when it was voided, else {@code null}
     * @param version     optimistic-locking version, 0 before the first save
     */
    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("an agreement has at least one version");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("versions must be numbered 1, 2, 3, …: " + versions);
            }
        }
        Objects.requireNonNull(createdAt, "createdAt");
        if ((status == AgreementStatus.VOID) != (voidedAt != null)) {
            throw new IllegalArgumentException("an agreement has a void time exactly when void: " + status);
        }
    }

    /** A new draft with its first version. */
    static Agreement draft(AgreementId id, WorkspaceId workspaceId, ClientId clientId, String title,
                           AgreementDocument document, List<Signer> signers, Instant now) {
        return new Agreement(id, workspaceId, clientId, AgreementStatus.DRAFT,
                List.of(new AgreementVersion(1, title, document, signers, List.of(), null, now, null)), now, null, 0);
    }

    /**
     * The version clients sign now.
     *
     * @return the last version
     */
    public AgreementVersion current() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The version with this number.
     *
     * @param number the version number, 1 for the first
     * @return that version
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when there is none
     */
    public AgreementVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "version", number,
                    "agreement " + id + " has versions 1 to " + versions.size());
        }
        return versions.get(number - 1);
    }

    /**
     * Whether every named client contact signed the current version of this agreement (countersigned or not), as a
     * quote that requires it needs.
     *
     * @return whether it is out for signature or signed, not void, and all client signers signed the current version
     */
    public boolean isSignedByClient() {
        return isSent() && current().allClientSignersSigned();
    }

    /**
     * Whether the contact must still sign the current version.
     *
     * @param contactId the contact
     * @return whether the agreement is open for signature and the contact is named on the current version without
     *         having signed it
     */
    public boolean awaitsSignatureOf(ContactId contactId) {
        return status.isOpenForSignature() && current().names(contactId)
                && current().signatureOf(contactId).isEmpty();
    }

    /**
     * Edits the agreement: a draft is changed in place; once sent, a new version is added and sent, and every
     * signature is needed again.
     *
     * @throws PortalException {@link ErrorCode#AGREEMENT_TRANSITION} for a void agreement
     */
    Agreement edited(String title, AgreementDocument document, List<Signer> signers, Instant now) {
        if (status == AgreementStatus.DRAFT) {
            return new Agreement(id, workspaceId, clientId, status,
                    List.of(new AgreementVersion(1, title, document, signers, List.of(), null, createdAt, null)),
                    createdAt, null, version);
        }
        if (status != AgreementStatus.SENT) {
            requireTransitionTo(AgreementStatus.SENT);
        }
        List<AgreementVersion> more = new ArrayList<>(versions);
        more.add(new AgreementVersion(versions.size() + 1, title, document, signers, List.of(), null, now, now));
        return new Agreement(id, workspaceId, clientId, AgreementStatus.SENT, more, createdAt, null, version);
    }

    /** Sends the draft to its signers. */
    Agreement send(Instant now) {
        requireTransitionTo(AgreementStatus.SENT);
        return withCurrent(current().sent(now));
    }

    /**
     * Adds a client contact's signature to the current version; a contact that signed it already gets this
     * agreement unchanged.
     *
     * @throws PortalException {@link ErrorCode#AGREEMENT_VERSION_CHANGED} when {@code versionNumber} is not the
     *         current version, {@link ErrorCode#NOT_A_SIGNER} when the contact is not named on it,
     *         {@link ErrorCode#AGREEMENT_TRANSITION} unless sent or partially signed
     */
    Agreement sign(int versionNumber, Signature signature) {
        requireCurrent(versionNumber);
        if (!current().names(signature.contactId())) {
            throw PortalException.invalid(ErrorCode.NOT_A_SIGNER, "contact", signature.contactId(),
                    "is not named to sign version " + versionNumber + " of agreement " + id);
        }
        if (isSent() && current().signatureOf(signature.contactId()).isPresent()) {
            return this;
        }
        requireOpenForSignature();
        return withCurrent(current().withSignature(signature));
    }

    /**
     * Adds the business's countersignature to the current version; a version countersigned already is returned
     * unchanged.
     *
     * @throws PortalException {@link ErrorCode#AGREEMENT_VERSION_CHANGED}, {@link ErrorCode#AGREEMENT_TRANSITION}
     */
    Agreement countersign(int versionNumber, Countersignature countersignature) {
        requireCurrent(versionNumber);
        if (isSent() && current().countersignature() != null) {
            return this;
        }
        requireOpenForSignature();
        return withCurrent(current().withCountersignature(countersignature));
    }

    /** Voids the agreement; its versions and signatures stay as history. */
    Agreement voided(Instant now) {
        requireTransitionTo(AgreementStatus.VOID);
        return new Agreement(id, workspaceId, clientId, AgreementStatus.VOID, versions, createdAt, now, version);
    }

    /**
     * This agreement as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the repository stored
     * @return a copy of this agreement with that version
     */
    public Agreement withVersion(long newVersion) {
        return new Agreement(id, workspaceId, clientId, status, versions, createdAt, voidedAt, newVersion);
    }

    /** The current version replaced, and the status that follows from its signatures. */
    private Agreement withCurrent(AgreementVersion replacement) {
        AgreementStatus next = replacement.isComplete() ? AgreementStatus.SIGNED
                : replacement.signatures().isEmpty() && replacement.countersignature() == null ? AgreementStatus.SENT
                : AgreementStatus.PARTIALLY_SIGNED;
        if (next != status) {
            requireTransitionTo(next);
        }
        List<AgreementVersion> changed = new ArrayList<>(versions);
        changed.set(changed.size() - 1, replacement);
        return new Agreement(id, workspaceId, clientId, next, changed, createdAt, null, version);
    }

    /** Whether the current version is out for signature or signed (not a draft, not void). */
    private boolean isSent() {
        return status.isOpenForSignature() || status == AgreementStatus.SIGNED;
    }

    private void requireCurrent(int versionNumber) {
        if (versionNumber != current().number()) {
            throw PortalException.invalid(ErrorCode.AGREEMENT_VERSION_CHANGED, "version", versionNumber,
                    "agreement " + id + " is at version " + current().number() + "; read it again before signing");
        }
    }

    private void requireOpenForSignature() {
        if (!status.isOpenForSignature()) {
            throw PortalException.invalid(ErrorCode.AGREEMENT_TRANSITION, "agreement", id,
                    "is " + status + "; only sent or partially signed agreements can be signed");
        }
    }

    private void requireTransitionTo(AgreementStatus next) {
        if (!status.canMoveTo(next)) {
            throw PortalException.invalid(ErrorCode.AGREEMENT_TRANSITION, "agreement", id,
                    "cannot move from " + status + " to " + next + "; allowed: " + status.allowedNext());
        }
    }
}

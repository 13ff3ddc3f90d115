package dev.clientportal.core.agreement;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an agreement: what is signed, who must sign it, and the signatures it has. Once sent, a version's
 * document and signers never change; editing the agreement adds a new version instead.
 *
 * @param number           1 for the first version, then 2, 3, …
 * @param title            the agreement's title in this version
 * @param document         what is signed
 * @param signers          the client contacts who must sign, in the order named; at least one
 * @param signatures       the client signatures so far, in the order given
 * @param countersignature the business's signature, or {@code null} while missing
 * @param createdAt        when this version was written
 * @param sentAt           when it was sent to its signers, {@code null} while a draft
 */
public record AgreementVersion(int number, String title, AgreementDocument document, List<Signer> signers,
                               List<Signature> signatures, @Nullable Countersignature countersignature,
                               Instant createdAt, @Nullable Instant sentAt) {

    private static final int MAX_TITLE = 300;
    private static final int MAX_SIGNERS = 50;

    /**
     * Validates the parts; every signature belongs to a named signer, at most once.
     *
     * @param number           1 for the first version, then 2, 3, …
     * @param title            the agreement's title in this version
     * @param document         what is signed
     * @param signers          the client contacts who must sign, in the order named; at least one
     * @param signatures       the client signatures so far, in the order given
     * @param countersignature the business's signature, or {@code null} while missing
     * @param createdAt        when this version was written
     * @param sentAt           when it was sent to its signers, {@code null} while a draft
     */
    public AgreementVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1: " + number);
        }
        title = PortalException.requireText(title, "title");
        if (title.length() > MAX_TITLE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "title", title.substring(0, 40) + "…",
                    "must be at most " + MAX_TITLE + " characters");
        }
        PortalException.requireField(document, "document");
        signers = List.copyOf(PortalException.requireField(signers, "signers"));
        if (signers.isEmpty()) {
            throw PortalException.invalid(ErrorCode.REQUIRED, "signers", "[]", "at least one client contact must sign");
        }
        if (signers.size() > MAX_SIGNERS) {
            throw PortalException.invalid(ErrorCode.INVALID_SIGNER, "signers", signers.size(),
                    "at most " + MAX_SIGNERS + " contacts can sign one agreement");
        }
        Set<ContactId> named = new HashSet<>();
        for (Signer signer : signers) {
            if (!named.add(signer.contactId())) {
                throw PortalException.invalid(ErrorCode.INVALID_SIGNER, "signers", signer.contactId(),
                        "names the same contact twice");
            }
        }
        signatures = List.copyOf(Objects.requireNonNull(signatures, "signatures"));
        Set<ContactId> signed = new HashSet<>();
        for (Signature signature : signatures) {
            if (!named.contains(signature.contactId()) || !signed.add(signature.contactId())) {
                throw new IllegalArgumentException("signature of " + signature.contactId()
                        + " is not of a named signer or is there twice");
            }
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * The SHA-256 of the signed document; every signature of this version records it.
     *
     * @return the document's SHA-256
     */
    public ContentHash hash() {
        return document.hash();
    }

    /**
     * The signature of a contact, if it signed this version.
     *
     * @param contactId the contact
     * @return its signature, empty when it has not signed this version
     */
    public Optional<Signature> signatureOf(ContactId contactId) {
        return signatures.stream().filter(signature -> signature.contactId().equals(contactId)).findFirst();
    }

    /**
     * Whether the contact is named to sign this version.
     *
     * @param contactId the contact
     * @return whether the contact is among the signers
     */
    public boolean names(ContactId contactId) {
        return signers.stream().anyMatch(signer -> signer.contactId().equals(contactId));
    }

    /**
     * The named contacts who have not signed yet, in the order named.
     *
     * @return the signers without a signature, in the order named; empty once all signed
     */
    public List<Signer> pendingSigners() {
        return signers.stream().filter(signer -> signatureOf(signer.contactId()).isEmpty()).toList();
    }

    /**
     * Whether every named client contact signed.
     *
     * @return whether every named client contact signed
     */
    public boolean allClientSignersSigned() {
        return signatures.size() == signers.size();
    }

    /**
     * Whether every client contact signed and the business countersigned.
     *
     * @return whether every client contact signed and the business countersigned
     */
    public boolean isComplete() {
        return allClientSignersSigned() && countersignature != null;
    }

    AgreementVersion withSignature(Signature signature) {
        List<Signature> more = new ArrayList<>(signatures);
        more.add(signature);
        return new AgreementVersion(number, title, document, signers, more, countersignature, createdAt, sentAt);
    }

    AgreementVersion withCountersignature(Countersignature value) {
        return new AgreementVersion(number, title, document, signers, signatures, value, createdAt, sentAt);
    }

    AgreementVersion sent(Instant now) {
        return new AgreementVersion(number, title, document, signers, signatures, countersignature, createdAt, now);
    }
}

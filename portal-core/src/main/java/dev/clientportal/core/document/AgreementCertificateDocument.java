package dev.clientportal.core.document;

import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.SignatureCertificate;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.workspace.Workspace;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The signature certificate of one agreement version as printed: the agreement, the SHA-256 of what was signed, and
 * for every signature and the countersignature who signed, when, from where, under which typed name and on which
 * hash; then who has not signed yet.
 *
 * <p>A cached rendering keeps the generation time of its first rendering: it is served only while nothing it states
 * has changed (the agreement's version, the workspace, the client and the signers' names and emails are in its key).
 *
 * @param key         what its rendering is cached under
 * @param letterhead  the business the agreement is with
 * @param billTo      the client whose contacts sign
 * @param certificate the exportable certificate: title, versions, status, document hash, signatures, pending
 * @param signed      what was signed: a text kept in the portal or a file (by name), for the document to name in its
 *                    own language
 * @param signatories the certificate's signatures in the same order, with each contact's email
 * @param mark        SIGNED, PARTIALLY SIGNED, UNSIGNED, SUPERSEDED, VOID or DRAFT
 * @param zone        the workspace's time zone, which times are printed in
 * @param generatedAt when the certificate was made
 */
public record AgreementCertificateDocument(DocumentKey key, Letterhead letterhead, BillTo billTo,
                                           SignatureCertificate certificate, AgreementDocument signed,
                                           List<Signatory> signatories,
                                           StatusMark mark, ZoneId zone, Instant generatedAt)
        implements PrintableDocument {

    /**
     * Requires every part and one signatory per signature of the certificate.
     *
     * @param key         what its rendering is cached under
     * @param letterhead  the business the agreement is with
     * @param billTo      the client whose contacts sign
     * @param certificate the exportable certificate: title, versions, status, document hash, signatures, pending
     * @param signatories the certificate's signatures in the same order, with each contact's email
     * @param mark        SIGNED, PARTIALLY SIGNED, UNSIGNED, SUPERSEDED, VOID or DRAFT
     * @param zone        the workspace's time zone, which times are printed in
     * @param generatedAt when the certificate was made
     * @param signed      what was signed: a text kept in the portal or a file, named on the certificate
     */
    public AgreementCertificateDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(signed, "signed");
        signatories = List.copyOf(signatories);
        if (signatories.size() != certificate.signatures().size()) {
            throw new IllegalArgumentException("one signatory per signature: " + signatories.size() + " for "
                    + certificate.signatures().size());
        }
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /**
     * The certificate of one version of an agreement, made at {@code generatedAt}.
     *
     * @param workspace the workspace issuing it, for its letterhead, branding and time zone
     * @param client the client whose contacts sign, for its billing block
     * @param agreement the agreement
     * @param versionNumber the version to certify, 1 for the first
     * @param contacts the client's contacts, for the email of each client signer
     * @param logos where the workspace logo is loaded from when the document is laid out
     * @param generatedAt when the document is put together, from the portal's clock
     * @return the certificate document of that version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE} when the
     *         agreement has no such version
     */
    public static AgreementCertificateDocument of(Workspace workspace, Client client, Agreement agreement,
                                                  int versionNumber, List<Contact> contacts, LogoSource logos,
                                                  Instant generatedAt) {
        SignatureCertificate certificate = SignatureCertificate.of(agreement, versionNumber, workspace.name(),
                client.name(), generatedAt);
        List<Signatory> signatories = new ArrayList<>(certificate.signatures().size());
        List<String> printed = new ArrayList<>(certificate.signatures().size());
        for (SignatureCertificate.SignatureEntry entry : certificate.signatures()) {
            Signatory signatory = Signatory.of(entry, contacts);
            signatories.add(signatory);
            printed.add(signatory.identity());
        }
        StatusMark mark = StatusMark.of(certificate);
        DocumentKey key = new DocumentKey(workspace.id(), "agreement-certificate/" + agreement.id() + "/"
                + versionNumber, agreement.version(), workspace.brandingVersion(),
                Keys.variant(workspace, client, mark, Keys.fingerprint(printed)));
        return new AgreementCertificateDocument(key, Letterhead.of(workspace, client, logos), BillTo.of(client),
                certificate, agreement.version(versionNumber).document(), signatories, mark,
                workspace.settings().timeZone(), generatedAt);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.AGREEMENT_CERTIFICATE;
    }

    /** The agreement's title and the version certified, e.g. {@code Master services agreement, version 2}. */
    @Override
    public String reference() {
        return certificate.title() + ", version " + certificate.versionNumber();
    }

    @Override
    public String baseName() {
        return Keys.fileName("certificate-", certificate.title() + "-v" + certificate.versionNumber(), kind());
    }
}

package dev.clientportal.core.agreement;

import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.files.ContentHash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The exportable evidence of who signed one agreement version: every signature with its time, address, user agent,
 * typed name and the document hash it was given on, plus who has not signed yet. A renderer (the PDF module) draws
 * the fields; {@link #toText()} is a stable plain-text rendering for email, archives and tests.
 *
 * @param agreementId    the agreement
 * @param title          the version's title
 * @param businessName   the workspace's business name
 * @param clientName     the client's name
 * @param versionNumber  the version certified
 * @param currentVersion the agreement's current version number (higher when this one was superseded)
 * @param status         the agreement's status when the certificate was made
 * @param document       what was signed, e.g. {@code text} or {@code file msa.pdf}
 * @param documentHash   the SHA-256 of the signed document
 * @param signatures     client signatures, then the countersignature, in the order given
 * @param pending        signers whose signature is missing, in the order named ({@link Party#BUSINESS} when the
 *                       countersignature is missing)
 * @param generatedAt    when the certificate was made
 */
public record SignatureCertificate(AgreementId agreementId, String title, String businessName, String clientName,
                                   int versionNumber, int currentVersion, AgreementStatus status, String document,
                                   ContentHash documentHash, List<SignatureEntry> signatures,
                                   List<PendingSigner> pending, Instant generatedAt) {

    /** Who a signature is from. */
    public enum Party {
        /** A named contact of the client. */
        CLIENT,
        /** The business, countersigning. */
        BUSINESS
    }

    /**
     * One signature.
     *
     * @param party    the client or the business
     * @param name     the signer's name (the contact's name, or the workspace user)
     * @param evidence actor, time, address, user agent, content hash and typed name
     */
    public record SignatureEntry(Party party, String name, Evidence evidence) {
        /**
         * Requires every part.
         *
         * @param party    the client or the business
         * @param name     the signer's name (the contact's name, or the workspace user)
         * @param evidence actor, time, address, user agent, content hash and typed name
         */
        public SignatureEntry {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /**
     * A signature still missing.
     *
     * @param party the client or the business
     * @param name  the named contact, or the business name
     */
    public record PendingSigner(Party party, String name) {
        /**
         * Requires both parts.
         *
         * @param party the client or the business
         * @param name  the named contact, or the business name
         */
        public PendingSigner {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Requires every field; copies the lists.
     *
     * @param agreementId    the agreement
     * @param title          the version's title
     * @param businessName   the workspace's business name
     * @param clientName     the client's name
     * @param versionNumber  the version certified
     * @param currentVersion the agreement's current version number (higher when this one was superseded)
     * @param status         the agreement's status when the certificate was made
     * @param document       what was signed, e.g. {@code text} or {@code file msa.pdf}
     * @param documentHash   the SHA-256 of the signed document
     * @param signatures     client signatures, then the countersignature, in the order given
     * @param pending        signers whose signature is missing, in the order named ({@link Party#BUSINESS} when the
     *                       countersignature is missing)
     * @param generatedAt    when the certificate was made
     */
    public SignatureCertificate {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(documentHash, "documentHash");
        signatures = List.copyOf(signatures);
        pending = List.copyOf(pending);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /**
     * The certificate of one version of an agreement, as of {@code now}.
     *
     * @param agreement     the agreement
     * @param versionNumber the version to certify, 1 for the first
     * @param businessName  the workspace's business name
     * @param clientName    the client's name
     * @param now           when the certificate is made
     * @return the certificate of that version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE} when the
     *         agreement has no such version
     */
    public static SignatureCertificate of(Agreement agreement, int versionNumber, String businessName,
                                          String clientName, Instant now) {
        AgreementVersion version = agreement.version(versionNumber);
        List<SignatureEntry> entries = new ArrayList<>();
        for (Signature signature : version.signatures()) {
            entries.add(new SignatureEntry(Party.CLIENT, signature.name(), signature.evidence()));
        }
        List<PendingSigner> missing = new ArrayList<>();
        version.pendingSigners().forEach(signer -> missing.add(new PendingSigner(Party.CLIENT, signer.name())));
        if (version.countersignature() != null) {
            entries.add(new SignatureEntry(Party.BUSINESS, version.countersignature().user(),
                    version.countersignature().evidence()));
        } else {
            missing.add(new PendingSigner(Party.BUSINESS, businessName));
        }
        return new SignatureCertificate(agreement.id(), version.title(), businessName, clientName, versionNumber,
                agreement.current().number(), agreement.status(), version.document().describe(), version.hash(),
                entries, missing, now);
    }

    /**
     * Whether every client signer and the business signed this version.
     *
     * @return whether nothing is pending
     */
    public boolean isComplete() {
        return pending.isEmpty();
    }

    /**
     * The certificate as plain text: the same certificate always renders to the same text, with instants in ISO-8601
     * UTC and one labelled fact per line.
     *
     * @return the certificate as plain text, one labelled fact per line, instants in ISO-8601 UTC
     */
    public String toText() {
        StringBuilder out = new StringBuilder(1024);
        out.append("SIGNATURE CERTIFICATE\n\n");
        line(out, "Agreement", title);
        line(out, "Agreement id", agreementId.toString());
        line(out, "Business", businessName);
        line(out, "Client", clientName);
        line(out, "Version", versionNumber + (versionNumber == currentVersion ? " (current)"
                : " (superseded by version " + currentVersion + ")"));
        line(out, "Status", status.name());
        line(out, "Document", document);
        line(out, "Document SHA-256", documentHash.hex());
        line(out, "Complete", isComplete() ? "yes" : "no");
        line(out, "Generated at", generatedAt.toString());
        out.append("\nSignatures\n");
        if (signatures.isEmpty()) {
            out.append("  none\n");
        }
        int n = 0;
        for (SignatureEntry entry : signatures) {
            n++;
            Evidence evidence = entry.evidence();
            out.append("  ").append(n).append(". ").append(entry.party() == Party.CLIENT ? "Client" : "Business")
                    .append(": ").append(entry.name()).append('\n');
            line(out, "     Typed name", evidence.typedName());
            line(out, "     Signed at", evidence.at().toString());
            line(out, "     Signed by", evidence.actor());
            line(out, "     Address", evidence.address().isEmpty() ? "-" : evidence.address());
            line(out, "     User agent", evidence.userAgent().isEmpty() ? "-" : evidence.userAgent());
            line(out, "     Signed SHA-256", evidence.contentHash());
        }
        out.append("\nPending\n");
        if (pending.isEmpty()) {
            out.append("  none\n");
        }
        for (PendingSigner signer : pending) {
            out.append("  ").append(signer.party() == Party.CLIENT ? "Client" : "Business").append(": ")
                    .append(signer.name()).append('\n');
        }
        return out.toString();
    }

    /** One labelled fact; line breaks inside values are flattened so every fact stays on its line. */
    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(value.replace('\r', ' ').replace('\n', ' ')).append('\n');
    }
}

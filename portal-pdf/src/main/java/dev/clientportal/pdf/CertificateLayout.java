package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.agreement.SignatureCertificate;
import dev.clientportal.core.document.AgreementCertificateDocument;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.Signatory;
import dev.clientportal.core.money.CurrencyUnit;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * An agreement's signature certificate: the agreement and the SHA-256 of what was signed, a card of evidence per
 * signature and for the countersignature, who has not signed yet, and how the certificate was made.
 */
final class CertificateLayout extends Layout<AgreementCertificateDocument> {

    CertificateLayout() {
        super(DocumentKind.AGREEMENT_CERTIFICATE, AgreementCertificateDocument.class, "Signature certificate");
    }

    /** None: a certificate states no amounts. */
    @Override
    @Nullable CurrencyUnit currency(AgreementCertificateDocument document) {
        return null;
    }

    @Override
    void draw(AgreementCertificateDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        SignatureCertificate certificate = document.certificate();
        String hash = certificate.documentHash().hex();
        Blocks.letterhead(sheet, document.letterhead(), logo, "CERTIFICATE",
                "Signatures on version " + certificate.versionNumber(), document.mark());
        int wanted = certificate.signatures().size() + certificate.pending().size();
        Blocks.parties(sheet, document.letterhead(), "CLIENT", document.billTo(), List.of(
                new Blocks.Fact("Status", sheet.labels.agreementStatus(certificate.status()), false),
                new Blocks.Fact("Version", certificate.versionNumber() == certificate.currentVersion()
                        ? certificate.versionNumber() + " (current)"
                        : certificate.versionNumber() + " of " + certificate.currentVersion(), false),
                new Blocks.Fact("Signatures", certificate.signatures().size() + " of " + wanted, true)));

        Blocks.card(sheet, "AGREEMENT", certificate.title(), List.of(
                new Blocks.Fact("Version", certificate.versionNumber() == certificate.currentVersion()
                        ? certificate.versionNumber() + ", the current version"
                        : certificate.versionNumber() + ", superseded by version " + certificate.currentVersion(),
                        false),
                new Blocks.Fact("Document", certificate.document(), false),
                new Blocks.Fact("Document SHA-256", hash, true)));

        List<Signatory> signatories = document.signatories();
        if (signatories.isEmpty()) {
            Blocks.section(sheet, "SIGNATURES", "Nobody has signed this version yet.");
        }
        for (int i = 0; i < signatories.size(); i++) {
            Signatory who = signatories.get(i);
            Blocks.card(sheet, i == 0 ? "SIGNATURES" : "", (i + 1) + ". " + who.name() + " · "
                    + sheet.labels.party(who.party()),
                    Blocks.evidence(formats, document.zone(), "Signed", who, hash));
        }

        if (!certificate.pending().isEmpty()) {
            Table pending = new Table(sheet, List.of(new Table.Column("Awaiting signature", sheet.width() / 2, false),
                    new Table.Column("Signs as", sheet.width() / 2, false))).begin();
            for (SignatureCertificate.PendingSigner signer : certificate.pending()) {
                pending.row(sheet.palette.body, signer.name(), sheet.labels.party(signer.party()));
            }
            pending.end();
            sheet.down(Blocks.GAP);
        }

        Blocks.section(sheet, "ABOUT THIS CERTIFICATE", "Generated on "
                + formats.instant(document.generatedAt(), document.zone()) + " for "
                + document.letterhead().businessName() + " from the records of its client portal. Each signature "
                + "records the SHA-256 of the document as it was shown to the signer; anyone holding the document "
                + "can compute its SHA-256 and compare it with the hashes above.");
    }
}

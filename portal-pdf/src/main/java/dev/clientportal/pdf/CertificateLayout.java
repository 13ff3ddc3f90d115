package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.agreement.AgreementDocument;
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
        super(DocumentKind.AGREEMENT_CERTIFICATE, AgreementCertificateDocument.class, Phrase.NOUN_CERTIFICATE);
    }

    /** The agreement's title and the version certified. */
    @Override
    String reference(AgreementCertificateDocument document, Labels labels) {
        return labels.get(Phrase.CERTIFICATE_REFERENCE, document.certificate().title(),
                document.certificate().versionNumber());
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
        Labels labels = sheet.labels;
        int version = certificate.versionNumber();
        boolean current = version == certificate.currentVersion();
        Blocks.letterhead(sheet, document.letterhead(), logo, labels.get(Phrase.TITLE_CERTIFICATE),
                labels.get(Phrase.SIGNATURES_ON_VERSION, version), document.mark());
        int wanted = certificate.signatures().size() + certificate.pending().size();
        Blocks.parties(sheet, document.letterhead(), labels.get(Phrase.CLIENT), document.billTo(), List.of(
                new Blocks.Fact(labels.get(Phrase.STATUS), labels.agreementStatus(certificate.status()), false),
                new Blocks.Fact(labels.get(Phrase.VERSION), current ? labels.get(Phrase.VERSION_CURRENT, version)
                        : labels.get(Phrase.X_OF_Y, version, certificate.currentVersion()), false),
                new Blocks.Fact(labels.get(Phrase.SIGNATURE_COUNT),
                        labels.get(Phrase.X_OF_Y, certificate.signatures().size(), wanted), true)));

        Blocks.card(sheet, labels.get(Phrase.AGREEMENT), certificate.title(), List.of(
                new Blocks.Fact(labels.get(Phrase.VERSION), current ? labels.get(Phrase.VERSION_IS_CURRENT, version)
                        : labels.get(Phrase.VERSION_SUPERSEDED, version, certificate.currentVersion()), false),
                new Blocks.Fact(labels.get(Phrase.DOCUMENT), signed(document.signed(), labels), false),
                new Blocks.Fact(labels.get(Phrase.DOCUMENT_HASH), hash, true)));

        List<Signatory> signatories = document.signatories();
        if (signatories.isEmpty()) {
            Blocks.section(sheet, labels.get(Phrase.SIGNATURES), labels.get(Phrase.NOBODY_SIGNED));
        }
        for (int i = 0; i < signatories.size(); i++) {
            Signatory who = signatories.get(i);
            Blocks.card(sheet, i == 0 ? labels.get(Phrase.SIGNATURES) : "", (i + 1) + ". " + who.name() + " · "
                    + labels.party(who.party()),
                    Blocks.evidence(formats, labels, document.zone(), Blocks.Act.SIGNED, who, hash));
        }

        if (!certificate.pending().isEmpty()) {
            Table pending = new Table(sheet, List.of(
                    new Table.Column(labels.get(Phrase.AWAITING_SIGNATURE), sheet.width() / 2, false),
                    new Table.Column(labels.get(Phrase.SIGNS_AS), sheet.width() / 2, false))).begin();
            for (SignatureCertificate.PendingSigner signer : certificate.pending()) {
                pending.row(sheet.palette.body, signer.name(), labels.party(signer.party()));
            }
            pending.end();
            sheet.down(Blocks.GAP);
        }

        Blocks.section(sheet, labels.get(Phrase.ABOUT_CERTIFICATE), labels.get(Phrase.CERTIFICATE_EXPLAINED,
                formats.instant(document.generatedAt(), document.zone()), document.letterhead().businessName()));
    }

    /** What was signed, in the document's language: a text kept in the portal, or a file by its name. */
    private static String signed(AgreementDocument signed, Labels labels) {
        return signed instanceof AgreementDocument.FileReference file ? labels.get(Phrase.DOCUMENT_FILE, file.name())
                : labels.get(Phrase.DOCUMENT_TEXT);
    }
}

package dev.clientportal.pdf;

import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.Agreements;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePdfTest {

    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";
    private static final String EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
            + "Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0";

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());
    private final Agreements agreements = scenes.fixture.portal.agreements();
    private final Contact zoe = scenes.approver("Zoë Łukasiewicz", "zoe@lukasiewicz.example");
    private final Contact dimitris = scenes.approver("Δημήτρης Παπαδόπουλος", "dimitris@lukasiewicz.example");
    private final Contact dmitry = scenes.approver("Дмитрий Иванов", "dmitry@lukasiewicz.example");
    private final String documentHash = ContentHash.ofText(DocumentScenes.AGREEMENT_BODY).hex();

    @Test
    void aSignedCertificateStatesTheAgreementItsHashAndEverySignatureWithItsEvidenceInOrder() {
        Agreement agreement = signedByEveryone();
        scenes.fixture.clock.set(Instant.parse("2026-03-04T16:45:00Z"));

        DocumentScenes.Rendered rendered = scenes.certificate(agreement);

        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.text()).containsSubsequence("SIGNED CERTIFICATE", "Signatures on version 1",
                    "FROM", "CLIENT", "Status", "Signed", "Acme Design Studio", DocumentScenes.CLIENT_NAME,
                    "Version", "1 (current)", "Signatures", "4 of 4",
                    "AGREEMENT", DocumentScenes.AGREEMENT_TITLE, "Version 1, the current version",
                    "Document text", "Document SHA-256 " + documentHash,
                    "SIGNATURES",
                    "1. Zoë Łukasiewicz · client signer", "Email zoe@lukasiewicz.example",
                    "Signed at Mar 2, 2026, 9:30:00 AM UTC-05:00 (America/New_York)", "IP address 203.0.113.9",
                    "User agent " + FIREFOX, "Typed name Zoë Łukasiewicz",
                    "Signed in as Zoë Łukasiewicz, in the client portal",
                    "Signed SHA-256 " + documentHash, "Hash check matches the SHA-256 of this document",
                    "2. Δημήτρης Παπαδόπουλος · client signer", "Email dimitris@lukasiewicz.example",
                    "Signed at Mar 2, 2026, 2:05:10 PM UTC-05:00 (America/New_York)", "IP address 2001:db8::7",
                    "Typed name Δημήτρης Παπαδόπουλος", "Signed SHA-256 " + documentHash,
                    "3. Дмитрий Иванов · client signer", "Email dmitry@lukasiewicz.example",
                    "Signed at Mar 3, 2026, 3:00:00 AM UTC-05:00 (America/New_York)", "IP address 198.51.100.77",
                    "Typed name Дмитрий Иванов", "Signed SHA-256 " + documentHash,
                    "4. owner@acme.example · countersignature for the business",
                    "Signed at Mar 3, 2026, 9:00:00 AM UTC-05:00 (America/New_York)", "IP address not recorded",
                    "User agent not recorded", "Typed name Olivia Owner",
                    "Signed in as owner@acme.example, for the business",
                    "Signed SHA-256 " + documentHash, "Hash check matches the SHA-256 of this document",
                    "ABOUT THIS CERTIFICATE", "Generated on Mar 4, 2026, 11:45:00 AM UTC-05:00 (America/New_York)",
                    "Page 1 of");
            assertThat(pdf.text()).contains("User agent " + SAFARI.substring(0, 40))
                    .doesNotContain("Awaiting signature");
            assertThat(pdf.glyphsOutsideMargins()).isEmpty();
            PDDocumentInformation info = pdf.info();
            assertThat(info.getTitle()).isEqualTo("Signature certificate " + DocumentScenes.AGREEMENT_TITLE
                    + ", version 1");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-03-04T16:45:00Z"));
        }
        assertThat(rendered.rendered().fileName())
                .isEqualTo("certificate-Master-services-agreement-for-brand-and-web-design-2026-2027-v1.pdf");
    }

    @Test
    void aPartiallySignedCertificateListsWhoHasNotSignedYet() {
        Agreement agreement = scenes.sendAgreement(zoe, dimitris, dmitry);
        scenes.fixture.clock.advance(Duration.ofMinutes(30));
        agreements.sign(scenes.signedIn(dimitris), agreement.id(), 1, "Δημήτρης Παπαδόπουλος",
                ClientRequest.get("2001:db8::7", SAFARI));

        try (PdfPages pdf = PdfPages.of(scenes.certificate(agreement).pdf())) {
            assertThat(pdf.text()).containsSubsequence("PARTIALLY SIGNED CERTIFICATE", "Status", "Partially signed",
                    "Signatures", "1 of 4", "SIGNATURES", "1. Δημήτρης Παπαδόπουλος · client signer",
                    "Signed at Mar 2, 2026, 4:30:00 AM UTC-05:00 (America/New_York)",
                    "Awaiting signature Signs as", "Zoë Łukasiewicz client signer", "Дмитрий Иванов client signer",
                    "Acme Design Studio countersignature for the business", "ABOUT THIS CERTIFICATE");
        }
    }

    @Test
    void aCertificateNobodySignedSaysSo() {
        Agreement agreement = scenes.sendAgreement(dmitry);

        try (PdfPages pdf = PdfPages.of(scenes.certificate(agreement).pdf())) {
            assertThat(pdf.text()).containsSubsequence("UNSIGNED CERTIFICATE", "Sent, not signed yet", "0 of 2",
                    "SIGNATURES", "Nobody has signed this version yet.", "Awaiting signature",
                    "Дмитрий Иванов client signer");
        }
    }

    @Test
    void theCertificateOfAnEditedAgreementsFirstVersionIsStampedSupersededAndKeepsItsSignatures() {
        Agreement agreement = signedByEveryone();
        agreements.edit(scenes.owner, agreement.id(), new DraftAgreement(scenes.client.id(), "Master services "
                + "agreement, amended", AgreementDocument.text("Amended terms"), List.of(zoe.id())));

        try (PdfPages pdf = PdfPages.of(scenes.certificate(agreement, 1).pdf())) {
            assertThat(pdf.text()).containsSubsequence("SUPERSEDED CERTIFICATE", "Signatures on version 1",
                    "Version", "1 of 2", "Signatures", "4 of 4", DocumentScenes.AGREEMENT_TITLE,
                    "Version 1, superseded by version 2", "Document SHA-256 " + documentHash,
                    "1. Zoë Łukasiewicz", "4. owner@acme.example");
        }
        try (PdfPages pdf = PdfPages.of(scenes.certificate(agreement).pdf())) {
            assertThat(pdf.text()).containsSubsequence("UNSIGNED CERTIFICATE", "Signatures on version 2",
                    "2 (current)", "Master services agreement, amended",
                    "Document SHA-256 " + ContentHash.ofText("Amended terms").hex());
        }
    }

    /** Three contacts sign on two days from three places, then the owner countersigns. */
    private Agreement signedByEveryone() {
        Agreement agreement = scenes.sendAgreement(zoe, dimitris, dmitry);
        scenes.fixture.clock.set(Instant.parse("2026-03-02T14:30:00Z"));
        agreements.sign(scenes.signedIn(zoe), agreement.id(), 1, "Zoë Łukasiewicz",
                ClientRequest.get("203.0.113.9", FIREFOX));
        scenes.fixture.clock.set(Instant.parse("2026-03-02T19:05:10Z"));
        agreements.sign(scenes.signedIn(dimitris), agreement.id(), 1, "Δημήτρης Παπαδόπουλος",
                ClientRequest.get("2001:db8::7", SAFARI));
        scenes.fixture.clock.set(Instant.parse("2026-03-03T08:00:00Z"));
        agreements.sign(scenes.signedIn(dmitry), agreement.id(), 1, "Дмитрий Иванов",
                ClientRequest.get("198.51.100.77", EDGE));
        scenes.fixture.clock.set(Instant.parse("2026-03-03T14:00:00Z"));
        return agreements.countersign(scenes.owner, agreement.id(), 1, "Olivia Owner");
    }
}

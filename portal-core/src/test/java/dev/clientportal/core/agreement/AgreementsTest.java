package dev.clientportal.core.agreement;

import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.testing.FaultInjectingStores;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class AgreementsTest {

    private static final String BODY = "Master services agreement\n\n1. Globex engages Acme Design for brand work.";
    private static final ClientRequest FROM_ANA = ClientRequest.get("203.0.113.9", "Mozilla/5.0 Firefox/140.0");
    private static final ClientRequest FROM_BOB = ClientRequest.get("2001:db8::7", "Mozilla/5.0 Safari/605.1.15");

    private final FaultInjectingStores stores = FaultInjectingStores.over(InMemoryMode.stores());
    private final PortalFixture fixture = PortalFixture.over(stores);
    private final Agreements agreements = fixture.portal.agreements();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.APPROVER);
    private final Contact bob = fixture.contact(owner, globex, "Bob Okafor", Role.APPROVER, Role.BILLING);
    private final ContactPrincipal asAna = fixture.signedInAs(owner, ana);
    private final ContactPrincipal asBob = fixture.signedInAs(owner, bob);

    // ---- drafting and sending ----

    @Test
    void aDraft_isInvisibleToTheClientUntilSent() {
        Agreement draft = agreements.createDraft(owner, msa(ana, bob));

        assertRejected(() -> agreements.open(asAna, draft.id(), FROM_ANA), ErrorCode.AGREEMENT_NOT_FOUND);
        assertThat(agreements.list(asAna)).isEmpty();
        assertThat(count(ana)).isZero();

        Agreement sent = agreements.send(owner, draft.id());

        assertThat(sent.status()).isEqualTo(AgreementStatus.SENT);
        assertThat(sent.current().sentAt()).isEqualTo(fixture.clock.instant());
        assertThat(agreements.list(asAna)).containsExactly(sent);
        assertThat(agreements.open(asAna, sent.id(), FROM_ANA)).isEqualTo(sent);
        assertThat(count(ana)).isEqualTo(1);
        assertThat(fixture.eventsOf(AgreementSent.class)).singleElement().satisfies(event -> {
            assertThat(event.versionNumber()).isEqualTo(1);
            assertThat(event.documentHash()).isEqualTo(ContentHash.ofText(BODY));
            assertThat(event.signers()).containsExactly(ana.id(), bob.id());
        });
    }

    @Test
    void editingADraft_changesItInPlace() {
        Agreement draft = agreements.createDraft(owner, msa(ana, bob));

        Agreement edited = agreements.edit(owner, draft.id(), new DraftAgreement(globex.id(), "MSA 2026",
                AgreementDocument.text("New terms"), List.of(bob.id())));

        assertThat(edited.versions()).hasSize(1);
        assertThat(edited.current().title()).isEqualTo("MSA 2026");
        assertThat(edited.current().signers()).extracting(Signer::name).containsExactly("Bob Okafor");
        assertThat(fixture.eventsOf(AgreementSent.class)).isEmpty();
    }

    @Test
    void signersMustBeActiveApproversOfTheAgreementsClient() {
        Contact payer = fixture.contact(owner, globex, "Pat Payer", Role.BILLING);
        Contact stranger = fixture.contact(owner, fixture.client(owner, "Initech"), "Sam Stranger", Role.APPROVER);
        Contact gone = fixture.contact(owner, globex, "Gina Gone", Role.APPROVER);
        fixture.portal.clients().removeContact(owner, gone.id());

        for (Contact signer : List.of(payer, stranger, gone)) {
            assertRejected(() -> agreements.createDraft(owner, msa(ana, signer)), ErrorCode.INVALID_SIGNER)
                    .hasMessageContaining(signer.id().toString()).hasMessageContaining("APPROVER");
        }
        assertRejected(() -> agreements.createDraft(owner, msa(ana, ana)), ErrorCode.INVALID_SIGNER)
                .hasMessageContaining("twice");
        assertThat(agreements.forClient(owner, globex.id())).isEmpty();
    }

    // ---- signing ----

    @Test
    void eachSignature_keepsItsEvidence_andOnlyTheCountersignatureCompletesTheAgreement() {
        Agreement sent = sentMsa();

        Agreement partly = agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);
        fixture.clock.advance(Duration.ofMinutes(5));
        Agreement clientDone = agreements.sign(asBob, sent.id(), 1, "Bob Okafor", FROM_BOB);

        assertThat(partly.status()).isEqualTo(AgreementStatus.PARTIALLY_SIGNED);
        assertThat(clientDone.status()).as("the business has not countersigned yet")
                .isEqualTo(AgreementStatus.PARTIALLY_SIGNED);
        assertThat(clientDone.isSignedByClient()).isTrue();
        Evidence evidence = clientDone.current().signatureOf(ana.id()).orElseThrow().evidence();
        assertThat(evidence).isEqualTo(new Evidence("contact:" + ana.id(), partly.current().signatures().get(0)
                .evidence().at(), "203.0.113.9", "Mozilla/5.0 Firefox/140.0", ContentHash.ofText(BODY).hex(),
                "Ana Ruiz"));
        assertThat(fixture.eventsOf(AgreementSigned.class)).extracting(AgreementSigned::contactId,
                AgreementSigned::allClientSignersSigned).containsExactly(tuple(ana.id(), false), tuple(bob.id(), true));
        assertThat(fixture.eventsOf(AgreementCompleted.class)).isEmpty();

        Agreement complete = agreements.countersign(owner, sent.id(), 1, "Olivia Owner");

        assertThat(complete.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(complete.current().countersignature().evidence().typedName()).isEqualTo("Olivia Owner");
        assertThat(fixture.eventsOf(AgreementCountersigned.class)).hasSize(1);
        assertThat(fixture.eventsOf(AgreementCompleted.class)).singleElement()
                .extracting(AgreementCompleted::versionNumber).isEqualTo(1);
        assertThat(count(ana)).isZero();
    }

    @Test
    void countersigningFirst_leavesTheLastClientSignatureToCompleteIt() {
        Agreement sent = agreements.send(owner, agreements.createDraft(owner, msa(ana)).id());

        Agreement countersigned = agreements.countersign(owner, sent.id(), 1, "Olivia Owner");
        Agreement signed = agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);

        assertThat(countersigned.status()).isEqualTo(AgreementStatus.PARTIALLY_SIGNED);
        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(fixture.eventsOf(AgreementCompleted.class)).hasSize(1);
    }

    @Test
    void signingTwice_returnsTheAgreementUnchanged() {
        Agreement sent = sentMsa();
        Agreement first = agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);
        fixture.clock.advance(Duration.ofSeconds(30));

        Agreement again = agreements.sign(asAna, sent.id(), 1, "A. Ruiz", FROM_BOB);

        assertThat(again).isEqualTo(first);
        assertThat(fixture.eventsOf(AgreementSigned.class)).hasSize(1);
        assertThat(audit(sent, "agreement.signed")).hasSize(1);
    }

    @Test
    void aSignatureNeedsATypedNameAndANamedSigner() {
        Agreement sent = agreements.send(owner, agreements.createDraft(owner, msa(ana)).id());
        Contact carol = fixture.contact(owner, globex, "Carol Chen", Role.APPROVER);

        assertRejected(() -> agreements.sign(asAna, sent.id(), 1, "  ", FROM_ANA), ErrorCode.REQUIRED);
        assertRejected(() -> agreements.sign(fixture.signedInAs(owner, carol), sent.id(), 1, "Carol Chen", FROM_ANA),
                ErrorCode.NOT_A_SIGNER);
        assertThat(agreements.get(owner, sent.id())).isEqualTo(sent);
    }

    @Test
    void everySignatureIsAnAuditEntryCarryingItsEvidence() {
        Agreement sent = sentMsa();

        agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);

        assertThat(audit(sent, "agreement.signed")).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("contact:" + ana.id());
            assertThat(entry.details()).containsEntry("evidence.contentHash", ContentHash.ofText(BODY).hex())
                    .containsEntry("version", "1").doesNotContainKey("evidence.address");
            assertThat(fixture.personalDataOf(owner, entry)).containsEntry("evidence.address", "203.0.113.9")
                    .containsEntry("evidence.userAgent", "Mozilla/5.0 Firefox/140.0")
                    .containsEntry("evidence.typedName", "Ana Ruiz");
        });
        assertThat(fixture.portal.audit().verify(owner).intact()).isTrue();
    }

    // ---- versions ----

    @Test
    void editingASignedAgreement_addsAVersionThatNeedsEverySignatureAgain_andKeepsTheSignedOne() {
        Agreement sent = sentMsa();
        agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);
        agreements.sign(asBob, sent.id(), 1, "Bob Okafor", FROM_BOB);
        Agreement signed = agreements.countersign(owner, sent.id(), 1, "Olivia Owner");

        Agreement amended = agreements.edit(owner, sent.id(), new DraftAgreement(globex.id(), "MSA (amended)",
                AgreementDocument.text(BODY + "\n2. Fees rise 5 %."), List.of(ana.id(), bob.id())));

        assertThat(amended.status()).isEqualTo(AgreementStatus.SENT);
        assertThat(amended.versions()).hasSize(2);
        assertThat(amended.version(1)).as("signed versions never change").isEqualTo(signed.current());
        assertThat(amended.current().signatures()).isEmpty();
        assertThat(amended.isSignedByClient()).isFalse();
        assertThat(count(ana)).isEqualTo(1);
        assertThat(fixture.eventsOf(AgreementSent.class)).extracting(AgreementSent::versionNumber)
                .containsExactly(1, 2);
        assertRejected(() -> agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA),
                ErrorCode.AGREEMENT_VERSION_CHANGED).hasMessageContaining("version 2");

        Agreement resigned = agreements.sign(asAna, sent.id(), 2, "Ana Ruiz", FROM_ANA);

        assertThat(resigned.current().signatureOf(ana.id()).orElseThrow().evidence().contentHash())
                .isEqualTo(ContentHash.ofText(BODY + "\n2. Fees rise 5 %.").hex());
    }

    @Test
    void aSentAgreementCannotMoveToAnotherClient() {
        Agreement sent = sentMsa();
        Client initech = fixture.client(owner, "Initech");

        assertRejected(() -> agreements.edit(owner, sent.id(), new DraftAgreement(initech.id(), "MSA",
                AgreementDocument.text(BODY), List.of(ana.id()))), ErrorCode.INVALID_VALUE);
    }

    @Test
    void aVoidAgreement_canNeitherBeSignedNorEdited() {
        Agreement sent = sentMsa();

        Agreement voided = agreements.voidAgreement(owner, sent.id(), "replaced by a new contract");

        assertThat(voided.status()).isEqualTo(AgreementStatus.VOID);
        assertThat(voided.voidedAt()).isEqualTo(fixture.clock.instant());
        assertThat(fixture.eventsOf(AgreementVoided.class)).hasSize(1);
        assertRejected(() -> agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA),
                ErrorCode.AGREEMENT_TRANSITION);
        assertRejected(() -> agreements.countersign(owner, sent.id(), 1, "Olivia"), ErrorCode.AGREEMENT_TRANSITION);
        assertRejected(() -> agreements.edit(owner, sent.id(), msa(ana)), ErrorCode.AGREEMENT_TRANSITION);
        assertThat(count(ana)).isZero();
    }

    @Test
    void aFileAgreement_isSignedOnTheHashOfTheFileInTheClientsLibrary() {
        SharedFile sow = share(globex, "sow.pdf", "%PDF-1.7 statement of work");
        Agreement sent = agreements.send(owner, agreements.createDraft(owner, new DraftAgreement(globex.id(),
                "Statement of work", AgreementDocument.file(sow), List.of(ana.id()))).id());

        Agreement signed = agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);

        assertThat(signed.current().signatureOf(ana.id()).orElseThrow().evidence().contentHash())
                .isEqualTo(ContentHash.ofText("%PDF-1.7 statement of work").hex());
        assertThat(agreements.certificate(owner, sent.id(), 1).toText()).contains("Document: file sow.pdf");
    }

    @Test
    void aFileAgreement_takesTheFilesNameFromTheLibrary_notFromTheCommand() {
        SharedFile sow = share(globex, "sow.pdf", "%PDF-1.7 statement of work");

        Agreement draft = agreements.createDraft(owner, new DraftAgreement(globex.id(), "Statement of work",
                AgreementDocument.file(sow.id(), "harmless.pdf", sow.content().hash()), List.of(ana.id())));

        assertThat(draft.current().document().describe()).isEqualTo("file sow.pdf");
    }

    @Test
    void aFileAgreement_refusesAFileOfAnotherWorkspaceAnotherClientOrNoneAtAll() {
        StaffPrincipal rival = fixture.workspace("Rival Studio", USD);
        SharedFile foreign = fixture.portal.files().share(rival, fixture.client(rival, "Globex").id(),
                new FileUpload("msa.pdf", "application/pdf", pdf("%PDF-1.7 their terms")));
        SharedFile initechs = share(fixture.client(owner, "Initech"), "msa.pdf", "%PDF-1.7 initech terms");
        FileId missing = new FileId(UUID.randomUUID());

        for (AgreementDocument document : List.of(AgreementDocument.file(foreign),
                AgreementDocument.file(initechs),
                AgreementDocument.file(missing, "msa.pdf", ContentHash.ofText("%PDF-1.7 anything")))) {
            assertRejected(() -> agreements.createDraft(owner, new DraftAgreement(globex.id(), "MSA", document,
                    List.of(ana.id()))), ErrorCode.FILE_NOT_FOUND);
        }
        assertThat(agreements.forClient(owner, globex.id())).isEmpty();
    }

    @Test
    void aFileAgreement_refusesAHashThatIsNotTheFiles() {
        SharedFile sow = share(globex, "sow.pdf", "%PDF-1.7 statement of work");
        ContentHash other = ContentHash.ofText("%PDF-1.7 what the business wishes had been signed");

        assertRejected(() -> agreements.createDraft(owner, new DraftAgreement(globex.id(), "SOW",
                AgreementDocument.file(sow.id(), "sow.pdf", other), List.of(ana.id()))), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("document.hash");
        Agreement draft = agreements.createDraft(owner, msa(ana));
        assertRejected(() -> agreements.edit(owner, draft.id(), new DraftAgreement(globex.id(), "SOW",
                AgreementDocument.file(sow.id(), "sow.pdf", other), List.of(ana.id()))), ErrorCode.INVALID_VALUE);
        assertThat(agreements.get(owner, draft.id())).isEqualTo(draft);
    }

    @Test
    void aFileAgreement_whoseFileLeftTheLibrary_canNeitherBeSentNorSigned() {
        SharedFile sow = share(globex, "sow.pdf", "%PDF-1.7 statement of work");
        Agreement draft = agreements.createDraft(owner, new DraftAgreement(globex.id(), "SOW",
                AgreementDocument.file(sow), List.of(ana.id())));
        SharedFile terms = share(globex, "terms.pdf", "%PDF-1.7 terms");
        Agreement sent = agreements.send(owner, agreements.createDraft(owner, new DraftAgreement(globex.id(),
                "Terms", AgreementDocument.file(terms), List.of(ana.id()))).id());

        fixture.portal.files().remove(owner, sow.id());
        fixture.portal.files().remove(owner, terms.id());

        assertRejected(() -> agreements.send(owner, draft.id()), ErrorCode.FILE_NOT_FOUND);
        assertRejected(() -> agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA), ErrorCode.FILE_NOT_FOUND);
        assertThat(agreements.get(owner, sent.id()).current().signatures()).isEmpty();
    }

    private SharedFile share(Client client, String name, String content) {
        return fixture.portal.files().share(owner, client.id(), new FileUpload(name, "application/pdf",
                pdf(content)));
    }

    private static ByteArrayInputStream pdf(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    // ---- views and certificates ----

    @Test
    void openingAnAgreement_recordsAnAgreementView() {
        Agreement sent = sentMsa();

        agreements.open(asAna, sent.id(), FROM_ANA);

        assertThat(fixture.portal.analytics().views(owner, DocumentRef.of(DocumentType.AGREEMENT, sent.id()), 10))
                .singleElement().satisfies(view -> {
                    assertThat(view.viewerKey()).isEqualTo("contact:" + ana.id());
                    assertThat(view.address()).isEqualTo("203.0.113.9");
                });
    }

    @Test
    void theCertificate_rendersEverySignatureWithItsEvidenceAsStableText() {
        Agreement sent = sentMsa();
        agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);
        Instant anaSigned = fixture.clock.instant();

        SignatureCertificate certificate = agreements.certificate(owner, sent.id(), 1);

        assertThat(certificate.isComplete()).isFalse();
        assertThat(agreements.certificate(asBob, sent.id(), 1)).isEqualTo(certificate);
        String hash = ContentHash.ofText(BODY).hex();
        assertThat(certificate.toText()).isEqualTo("""
                SIGNATURE CERTIFICATE

                Agreement: Master services agreement
                Agreement id: %s
                Business: Acme Design
                Client: Globex
                Version: 1 (current)
                Status: PARTIALLY_SIGNED
                Document: text
                Document SHA-256: %s
                Complete: no
                Generated at: %s

                Signatures
                  1. Client: Ana Ruiz
                     Typed name: Ana Ruiz
                     Signed at: %s
                     Signed by: contact:%s
                     Address: 203.0.113.9
                     User agent: Mozilla/5.0 Firefox/140.0
                     Signed SHA-256: %s

                Pending
                  Client: Bob Okafor
                  Business: Acme Design
                """.formatted(sent.id(), hash, fixture.clock.instant(), anaSigned, ana.id(), hash));
        assertThat(certificate.toText()).as("the same certificate renders the same text")
                .isEqualTo(agreements.certificate(owner, sent.id(), 1).toText());
    }

    @Test
    void theCertificateOfASupersededVersion_saysWhichVersionReplacedIt() {
        Agreement sent = sentMsa();
        agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);
        agreements.edit(owner, sent.id(), msa(ana));

        SignatureCertificate first = agreements.certificate(owner, sent.id(), 1);

        assertThat(first.signatures()).extracting(SignatureCertificate.SignatureEntry::name)
                .containsExactly("Ana Ruiz");
        assertThat(first.toText()).contains("Version: 1 (superseded by version 2)");
        assertRejected(() -> agreements.certificate(owner, sent.id(), 3), ErrorCode.INVALID_VALUE);
    }

    // ---- concurrency ----

    @Test
    void aSignatureThatLosesARaceToAnotherWriter_isRetriedAndKeptOnce() {
        Agreement sent = sentMsa();
        stores.failSavesOf(Agreement.class, 1);

        Agreement signed = agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);

        assertThat(signed.current().signatures()).extracting(Signature::contactId).containsExactly(ana.id());
        assertThat(fixture.eventsOf(AgreementSigned.class)).hasSize(1);
        assertThat(audit(sent, "agreement.signed")).hasSize(1);
    }

    @Test
    void twoSignersSigningAtOnce_bothSignaturesAreKept() {
        Agreement sent = sentMsa();

        List<Race.Outcome<Agreement>> outcomes = Race.run(
                () -> agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA),
                () -> agreements.sign(asBob, sent.id(), 1, "Bob Okafor", FROM_BOB));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        Agreement stored = agreements.get(owner, sent.id());
        assertThat(stored.current().signatures()).extracting(Signature::contactId)
                .containsExactlyInAnyOrder(ana.id(), bob.id());
        assertThat(stored.isSignedByClient()).isTrue();
        assertThat(fixture.eventsOf(AgreementSigned.class)).filteredOn(AgreementSigned::allClientSignersSigned)
                .hasSize(1);
    }

    @Test
    void aSignatureRacingANewVersion_landsOnTheOldVersionOrFailsWithATypedConflict() {
        Agreement sent = sentMsa();

        List<Race.Outcome<Agreement>> outcomes = Race.run(
                () -> agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA),
                () -> agreements.edit(owner, sent.id(), msa(ana, bob)));

        assertThat(outcomes.get(1).succeeded()).as("the edit").isTrue();
        Agreement stored = agreements.get(owner, sent.id());
        assertThat(stored.versions()).hasSize(2);
        assertThat(stored.current().signatures()).as("the new version needs signing again").isEmpty();
        if (outcomes.get(0).succeeded()) {
            assertThat(stored.version(1).signatureOf(ana.id())).isPresent();
        } else {
            assertThat(outcomes.get(0).failure()).isInstanceOfSatisfying(PortalException.class, e ->
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.AGREEMENT_VERSION_CHANGED));
            assertThat(stored.version(1).signatures()).isEmpty();
        }
    }

    private Agreement sentMsa() {
        return agreements.send(owner, agreements.createDraft(owner, msa(ana, bob)).id());
    }

    private DraftAgreement msa(Contact... signers) {
        return new DraftAgreement(globex.id(), "Master services agreement", AgreementDocument.text(BODY),
                Arrays.stream(signers).map(Contact::id).toList());
    }

    private long count(Contact contact) {
        return fixture.stores.transactions().inTransaction(() -> fixture.stores.agreements()
                .countAwaitingSignature(owner.workspaceId(), contact.id()));
    }

    private List<AuditEntry> audit(Agreement agreement, String action) {
        return fixture.portal.audit().forSubject(owner, "agreement", agreement.id().toString()).stream()
                .filter(entry -> entry.action().equals(action)).toList();
    }
}

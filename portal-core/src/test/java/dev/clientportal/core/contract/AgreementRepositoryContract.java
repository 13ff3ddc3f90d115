package dev.clientportal.core.contract;

import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.AgreementVersion;
import dev.clientportal.core.agreement.Countersignature;
import dev.clientportal.core.agreement.Signature;
import dev.clientportal.core.agreement.Signer;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.clientportal.core.agreement.AgreementRepository}. */
public abstract class AgreementRepositoryContract extends WorkspaceScopedRepositoryContract<Agreement> {

    private static final Instant SENT = Instant.parse("2026-03-03T10:00:00.000001Z");
    private static final Instant SIGNED = Instant.parse("2026-03-04T16:30:15.654321Z");

    private ClientId clientId;
    private Signer ana;
    private Signer bob;

    @BeforeEach
    void storeTheClientAndItsSigners() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
        ana = storedSigner(workspaceId, clientId, "Ana Ruiz");
        bob = storedSigner(workspaceId, clientId, "Bob Okafor");
    }

    private Signer storedSigner(WorkspaceId workspace, ClientId client, String name) {
        Contact contact = inTransaction(() -> stores.contacts().save(Samples.contact(workspace, client, name)));
        return new Signer(contact.id(), contact.name());
    }

    @Override
    protected Agreement newAggregate() {
        return draft(clientId, Samples.CREATED);
    }

    @Override
    protected Agreement save(Agreement agreement) {
        return stores.agreements().save(agreement);
    }

    @Override
    protected Optional<Agreement> findIn(WorkspaceId workspace, Agreement agreement) {
        return stores.agreements().find(workspace, agreement.id());
    }

    @Override
    protected Agreement withVersion(Agreement agreement, long version) {
        return agreement.withVersion(version);
    }

    @Override
    protected long versionOf(Agreement agreement) {
        return agreement.version();
    }

    /** Sends a draft; adds a new, re-sent version to anything sent, so nested versions grow over updates. */
    @Override
    protected Agreement changed(Agreement agreement) {
        if (agreement.status() == AgreementStatus.DRAFT) {
            return with(agreement, AgreementStatus.SENT, List.of(sent(agreement.current())));
        }
        List<AgreementVersion> versions = new ArrayList<>(agreement.versions());
        versions.add(new AgreementVersion(versions.size() + 1, "Amendment " + versions.size(),
                AgreementDocument.text("Amended terms, round " + versions.size()), List.of(ana), List.of(), null,
                SENT, SENT));
        return with(agreement, AgreementStatus.SENT, versions);
    }

    @Test
    void agreementsInEveryStateComeBackEqual() {
        Agreement draft = draft(clientId, Samples.CREATED);
        AgreementVersion sentFile = new AgreementVersion(1, "Statement of work", AgreementDocument.file(
                new FileId(UUID.randomUUID()), "sow-2026.pdf", ContentHash.ofText("pdf bytes")), List.of(ana, bob),
                List.of(), null, Samples.CREATED, SENT);
        AgreementVersion partly = new AgreementVersion(1, "Statement of work", sentFile.document(),
                List.of(ana, bob), List.of(signature(ana, sentFile)), null, Samples.CREATED, SENT);
        AgreementVersion complete = new AgreementVersion(1, "Statement of work", sentFile.document(),
                List.of(ana, bob), List.of(signature(bob, sentFile), signature(ana, sentFile)),
                countersignature(sentFile), Samples.CREATED, SENT);
        AgreementVersion amended = new AgreementVersion(2, "Statement of work (amended)",
                AgreementDocument.text("Ünïcode terms\nwith two lines — and a dash"), List.of(bob), List.of(), null,
                SIGNED, SIGNED);
        List<Agreement> samples = List.of(
                draft,
                with(draft(clientId, Samples.CREATED), AgreementStatus.SENT, List.of(sentFile)),
                with(draft(clientId, Samples.CREATED), AgreementStatus.PARTIALLY_SIGNED, List.of(partly)),
                with(draft(clientId, Samples.CREATED), AgreementStatus.SIGNED, List.of(complete)),
                with(draft(clientId, Samples.CREATED), AgreementStatus.SENT, List.of(complete, amended)),
                new Agreement(new AgreementId(UUID.randomUUID()), workspaceId, clientId, AgreementStatus.VOID,
                        List.of(partly), Samples.CREATED, SIGNED, 0));

        for (Agreement sample : samples) {
            Agreement saved = inTransaction(() -> stores.agreements().save(sample));
            assertThat(saved).isEqualTo(sample.withVersion(1));
            assertThat(inTransaction(() -> stores.agreements().find(workspaceId, sample.id()))).contains(saved);
        }
    }

    @Test
    void aClientsAgreements_comeNewestFirstWithDraftsAndWithoutOtherClients() {
        ClientId other = storedClient(workspaceId, "Initech", USD).id();
        Agreement older = stored(draft(clientId, Samples.CREATED));
        Agreement newer = stored(changed(draft(clientId, Samples.CREATED.plusSeconds(60))));
        stored(draft(other, Samples.CREATED.plusSeconds(120)));

        assertThat(inTransaction(() -> stores.agreements().forClient(workspaceId, clientId)))
                .containsExactly(newer, older);
    }

    @Test
    void agreementsAwaitingAContactsSignature_countOnlySentCurrentVersionsItHasNotSigned() {
        Agreement sent = changed(draft(clientId, Samples.CREATED));
        stored(sent);
        AgreementVersion signedByAna = new AgreementVersion(1, "Signed by Ana", sent.current().document(),
                List.of(ana, bob), List.of(signature(ana, sent.current())), null, Samples.CREATED, SENT);
        stored(with(draft(clientId, Samples.CREATED), AgreementStatus.PARTIALLY_SIGNED, List.of(signedByAna)));
        Agreement resent = with(draft(clientId, Samples.CREATED), AgreementStatus.PARTIALLY_SIGNED,
                List.of(signedByAna));
        stored(changed(resent));
        stored(draft(clientId, Samples.CREATED));
        stored(new Agreement(new AgreementId(UUID.randomUUID()), workspaceId, clientId, AgreementStatus.VOID,
                List.of(sent.current()), Samples.CREATED, SIGNED, 0));

        assertThat(count(ana.contactId())).as("the sent one and the re-sent one; not the one she signed")
                .isEqualTo(2);
        assertThat(count(bob.contactId())).as("the sent one and the one Ana signed; not named on the new version")
                .isEqualTo(2);
        assertThat(count(new ContactId(UUID.randomUUID()))).isZero();
        WorkspaceId otherWorkspace = storedWorkspace("Initech").id();
        assertThat(inTransaction(() -> stores.agreements().countAwaitingSignature(otherWorkspace, ana.contactId())))
                .isZero();
    }

    private long count(ContactId contactId) {
        return inTransaction(() -> stores.agreements().countAwaitingSignature(workspaceId, contactId));
    }

    private Agreement stored(Agreement agreement) {
        return inTransaction(() -> stores.agreements().save(agreement));
    }

    private Agreement draft(ClientId client, Instant createdAt) {
        AgreementVersion first = new AgreementVersion(1, "Master services agreement",
                AgreementDocument.text("The parties agree as follows:\n1. Scope …"), List.of(ana, bob), List.of(),
                null, createdAt, null);
        return new Agreement(new AgreementId(UUID.randomUUID()), workspaceId, client, AgreementStatus.DRAFT,
                List.of(first), createdAt, null, 0);
    }

    private static Agreement with(Agreement agreement, AgreementStatus status, List<AgreementVersion> versions) {
        return new Agreement(agreement.id(), agreement.workspaceId(), agreement.clientId(), status, versions,
                agreement.createdAt(), null, agreement.version());
    }

    private static AgreementVersion sent(AgreementVersion draft) {
        return new AgreementVersion(draft.number(), draft.title(), draft.document(), draft.signers(),
                draft.signatures(), draft.countersignature(), draft.createdAt(), SENT);
    }

    private static Signature signature(Signer signer, AgreementVersion version) {
        return new Signature(signer.contactId(), signer.name(), new Evidence("contact:" + signer.contactId(), SIGNED,
                "2001:db8::7", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", version.hash().hex(),
                signer.name()));
    }

    private static Countersignature countersignature(AgreementVersion version) {
        return new Countersignature("owner@acme.example", new Evidence("staff:owner@acme.example",
                SIGNED.plusSeconds(3600), "", "", version.hash().hex(), "Olivia Owner"));
    }
}

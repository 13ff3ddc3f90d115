package dev.clientportal.core.agreement;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.clientportal.core.agreement.AgreementStatus.DRAFT;
import static dev.clientportal.core.agreement.AgreementStatus.PARTIALLY_SIGNED;
import static dev.clientportal.core.agreement.AgreementStatus.SENT;
import static dev.clientportal.core.agreement.AgreementStatus.SIGNED;
import static dev.clientportal.core.agreement.AgreementStatus.VOID;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Signer ANA = new Signer(new ContactId(new UUID(1, 1)), "Ana Ruiz");
    private static final Signer BOB = new Signer(new ContactId(new UUID(2, 2)), "Bob Okafor");
    private static final AgreementDocument TERMS = AgreementDocument.text("Terms\n");

    /** The lifecycle, written out independently of the enum; a new version moves any sent state back to SENT. */
    static final Map<AgreementStatus, Set<AgreementStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SENT, VOID),
            SENT, EnumSet.of(PARTIALLY_SIGNED, VOID),
            PARTIALLY_SIGNED, EnumSet.of(SIGNED, SENT, VOID),
            SIGNED, EnumSet.of(SENT, VOID),
            VOID, EnumSet.noneOf(AgreementStatus.class));

    static Stream<Arguments> everyPairOfStates() {
        return Stream.of(AgreementStatus.values()).flatMap(from -> Stream.of(AgreementStatus.values())
                .map(to -> Arguments.of(from, to, ALLOWED.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} → {1} allowed: {2}")
    @MethodSource("everyPairOfStates")
    void exactlyTheTransitionsOfTheLifecycleAreAllowed(AgreementStatus from, AgreementStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.isOpenForSignature()).isEqualTo(from == SENT || from == PARTIALLY_SIGNED);
    }

    @Test
    void signaturesAndTheCountersignature_moveTheStatusOfTheCurrentVersion() {
        Agreement sent = draft(ANA, BOB).send(NOW);

        Agreement byAna = sent.sign(1, signature(ANA, sent));
        Agreement byBoth = byAna.sign(1, signature(BOB, sent));
        Agreement complete = byBoth.countersign(1, countersignature(sent));

        assertThat(List.of(sent, byAna, byBoth, complete)).extracting(Agreement::status)
                .containsExactly(SENT, PARTIALLY_SIGNED, PARTIALLY_SIGNED, SIGNED);
        assertThat(List.of(sent, byAna, byBoth, complete)).extracting(Agreement::isSignedByClient)
                .containsExactly(false, false, true, true);
        assertThat(byAna.awaitsSignatureOf(ANA.contactId())).isFalse();
        assertThat(byAna.awaitsSignatureOf(BOB.contactId())).isTrue();
        assertThat(complete.current().isComplete()).isTrue();
        assertThat(complete.current().pendingSigners()).isEmpty();
    }

    @Test
    void signingAgain_orCountersigningAgain_changesNothing() {
        Agreement byAna = draft(ANA).send(NOW);
        byAna = byAna.sign(1, signature(ANA, byAna));
        Agreement countersigned = byAna.countersign(1, countersignature(byAna));

        assertThat(countersigned.sign(1, signature(ANA, byAna))).isSameAs(countersigned);
        assertThat(countersigned.countersign(1, countersignature(byAna))).isSameAs(countersigned);
    }

    @Test
    void aSignatureIsOnlyForTheCurrentVersionOfASentAgreementAndANamedSigner() {
        Agreement draft = draft(ANA);
        Agreement sent = draft.send(NOW);
        Agreement amended = sent.edited("MSA", AgreementDocument.text("Other terms"), List.of(ANA), NOW);
        Signer carol = new Signer(new ContactId(new UUID(3, 3)), "Carol Chen");

        assertRejected(() -> amended.sign(1, signature(ANA, sent)), ErrorCode.AGREEMENT_VERSION_CHANGED);
        assertRejected(() -> sent.sign(1, signature(carol, sent)), ErrorCode.NOT_A_SIGNER);
        assertRejected(() -> draft.sign(1, signature(ANA, draft)), ErrorCode.AGREEMENT_TRANSITION);
        assertRejected(() -> sent.voided(NOW).sign(1, signature(ANA, sent)), ErrorCode.AGREEMENT_TRANSITION);
        assertRejected(() -> sent.send(NOW), ErrorCode.AGREEMENT_TRANSITION);
    }

    @Test
    void editingADraftReplacesIt_editingASentAgreementAddsAVersion() {
        Agreement draft = draft(ANA);
        Agreement sent = draft.send(NOW);
        Agreement signed = sent.sign(1, signature(ANA, sent));

        Agreement editedDraft = draft.edited("New title", TERMS, List.of(BOB), NOW);
        Agreement amended = signed.edited("New title", AgreementDocument.text("New terms"), List.of(ANA, BOB),
                NOW.plusSeconds(60));

        assertThat(editedDraft.versions()).hasSize(1);
        assertThat(editedDraft.status()).isEqualTo(DRAFT);
        assertThat(amended.versions()).hasSize(2);
        assertThat(amended.status()).isEqualTo(SENT);
        assertThat(amended.version(1)).isEqualTo(signed.current());
        assertThat(amended.current().sentAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(sent.edited("Again", TERMS, List.of(ANA), NOW).versions()).hasSize(2);
        assertRejected(() -> amended.voided(NOW).edited("x", TERMS, List.of(ANA), NOW),
                ErrorCode.AGREEMENT_TRANSITION);
    }

    @Test
    void aVersionHoldsOnlySignaturesOfItsNamedSignersOnceEach() {
        AgreementVersion version = draft(ANA).current();
        Signature byBob = new Signature(BOB.contactId(), BOB.name(), evidence("contact:bob", version));
        Signature byAna = new Signature(ANA.contactId(), ANA.name(), evidence("contact:ana", version));

        assertThatThrownBy(() -> new AgreementVersion(1, "MSA", TERMS, List.of(ANA), List.of(byBob), null, NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgreementVersion(1, "MSA", TERMS, List.of(ANA), List.of(byAna, byAna), null,
                NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertRejected(() -> new AgreementVersion(1, "MSA", TERMS, List.of(), List.of(), null, NOW, NOW),
                ErrorCode.REQUIRED);
        assertThatThrownBy(() -> new Agreement(new AgreementId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()),
                new ClientId(UUID.randomUUID()), SENT, List.of(version, version), NOW, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbered");
    }

    @Test
    void aTextIsSignedExactlyAsWritten() {
        assertThat(TERMS.hash()).isEqualTo(ContentHash.ofText("Terms\n"));
        assertThat(AgreementDocument.text("Terms").hash()).isNotEqualTo(TERMS.hash());
        assertRejected(() -> AgreementDocument.text(" "), ErrorCode.REQUIRED);
        assertRejected(() -> AgreementDocument.text("x".repeat(AgreementDocument.Text.MAX_LENGTH + 1)),
                ErrorCode.INVALID_VALUE);
    }

    private static Agreement draft(Signer... signers) {
        return Agreement.draft(new AgreementId(new UUID(9, 9)), new WorkspaceId(new UUID(7, 7)),
                new ClientId(new UUID(8, 8)), "MSA", TERMS, List.of(signers), NOW);
    }

    private static Signature signature(Signer signer, Agreement agreement) {
        return new Signature(signer.contactId(), signer.name(), evidence("contact:" + signer.contactId(),
                agreement.current()));
    }

    private static Countersignature countersignature(Agreement agreement) {
        return new Countersignature("owner", evidence("staff:owner", agreement.current()));
    }

    private static Evidence evidence(String actor, AgreementVersion version) {
        return new Evidence(actor, NOW, "", "", version.hash().hex(), "Typed");
    }
}

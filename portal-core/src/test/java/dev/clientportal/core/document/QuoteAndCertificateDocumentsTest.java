package dev.clientportal.core.document;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.Agreements;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.agreement.SignatureCertificate.Party;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.Quotes;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class QuoteAndCertificateDocumentsTest {

    private static final ClientRequest FROM_ANA = ClientRequest.get("203.0.113.9", "Mozilla/5.0 Firefox/140.0");
    private static final ClientRequest FROM_BOB = ClientRequest.get("2001:db8::7", "Mozilla/5.0 Safari/605.1.15");

    private final RecordingRenderer renderer = RecordingRenderer.all();
    private final PortalFixture fixture = PortalFixture.inMemory(builder -> builder.renderer(renderer));
    private final Quotes quotes = fixture.portal.quotes();
    private final Agreements agreements = fixture.portal.agreements();
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");
    private final Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.APPROVER);
    private final Contact bob = fixture.contact(owner, globex, "Bob Okafor", Role.APPROVER);
    private final ContactPrincipal asAna = fixture.signedInAs(owner, ana);
    private final ContactPrincipal asBob = fixture.signedInAs(owner, bob);

    // ---- quotes ----

    @Test
    void anAcceptedQuoteCarriesWhoAcceptedItWhenFromWhereAndOnWhichContent() {
        Quote sent = sentQuote();
        fixture.clock.advance(Duration.ofHours(3));
        Quote accepted = quotes.accept(asAna, sent.id(), "Ana M. Ruiz", FROM_ANA);

        RenderedDocument rendered = render(accepted);

        QuoteDocument document = (QuoteDocument) renderer.last();
        assertThat(rendered.fileName()).isEqualTo("Q-2026-00001.txt");
        assertThat(document.quote()).isEqualTo(accepted);
        assertThat(document.mark()).isEqualTo(StatusMark.ACCEPTED);
        assertThat(document.zone()).isEqualTo(fixture.portal.workspaces().get(owner).settings().timeZone());
        assertThat(document.acceptance()).hasValueSatisfying(signatory -> {
            assertThat(signatory.party()).isEqualTo(Party.CLIENT);
            assertThat(signatory.name()).isEqualTo("Ana Ruiz");
            assertThat(signatory.email()).isEqualTo(ana.email());
            assertThat(signatory.evidence().typedName()).isEqualTo("Ana M. Ruiz");
            assertThat(signatory.evidence().at()).isEqualTo(fixture.clock.instant());
            assertThat(signatory.evidence().address()).isEqualTo("203.0.113.9");
            assertThat(signatory.evidence().userAgent()).isEqualTo("Mozilla/5.0 Firefox/140.0");
            assertThat(signatory.evidence().contentHash()).isEqualTo(sent.contentHash());
        });
        assertThat(document.requiredAgreement()).isEmpty();
    }

    @Test
    void theQuoteMarkFollowsStatusAndClock_draftExpiredRejectedSupersededVoid() {
        Quote draft = quotes.createDraft(owner, website());
        assertThat(markOf(draft)).isEqualTo(StatusMark.DRAFT);
        assertThat(renderer.last().reference()).isEqualTo("DRAFT");

        Quote sent = quotes.send(owner, draft.id());
        assertThat(markOf(sent)).isEqualTo(StatusMark.NONE);
        fixture.moveTo(sent.content().expiresOn().plusDays(1));
        assertThat(markOf(sent)).isEqualTo(StatusMark.EXPIRED);

        Quote revised = quotes.revise(owner, sent.id(), website().expiresOn(LocalDate.of(2026, 12, 31)));
        assertThat(markOf(sent)).isEqualTo(StatusMark.SUPERSEDED);
        assertThat(markOf(revised)).isEqualTo(StatusMark.NONE);
        assertThat(renderer.last().reference()).isEqualTo("Q-2026-00001 revision 2");

        quotes.reject(asBob, revised.id(), "Over budget", FROM_BOB);
        assertThat(markOf(revised)).isEqualTo(StatusMark.REJECTED);

        Quote other = sentQuote();
        quotes.voidQuote(owner, other.id(), "Sent by mistake");
        assertThat(markOf(other)).isEqualTo(StatusMark.VOID);
    }

    @Test
    void aQuoteIsServedFromTheCacheUntilItExpiresOrIsDecided() {
        Quote sent = sentQuote();
        render(sent);
        assertThat(render(sent).fromCache()).isTrue();

        fixture.moveTo(sent.content().expiresOn());
        assertThat(render(sent).fromCache()).as("still valid on its last day").isTrue();

        fixture.moveTo(sent.content().expiresOn().plusDays(1));
        assertThat(render(sent).fromCache()).as("expired").isFalse();

        Quote second = sentQuote();
        render(second);
        quotes.accept(asAna, second.id(), "Ana Ruiz", FROM_ANA);
        assertThat(render(second).fromCache()).as("accepted").isFalse();
        assertThat(((QuoteDocument) renderer.last()).acceptance()).isPresent();
    }

    @Test
    void aQuoteThatRequiresAnAgreementNamesIt() {
        Agreement msa = agreements.send(owner, agreements.createDraft(owner, msa(ana)).id());
        Quote draft = quotes.createDraft(owner, website().requiringAgreement(msa.id()).deposit(Deposit.percent("30")));

        render(draft);

        assertThat(((QuoteDocument) renderer.last()).requiredAgreement()).contains("Master services agreement");
    }

    // ---- agreement certificates ----

    @Test
    void aCertificateNamesEverySignerWithEmailAndEvidence_thenTheCountersignature() {
        Agreement sent = agreements.send(owner, agreements.createDraft(owner, msa(ana, bob)).id());
        agreements.sign(asBob, sent.id(), 1, "Bob Okafor", FROM_BOB);
        fixture.clock.advance(Duration.ofMinutes(5));
        agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);
        fixture.clock.advance(Duration.ofMinutes(5));
        agreements.countersign(owner, sent.id(), 1, "Olivia Owner");

        RenderedDocument rendered = certificate(sent);

        AgreementCertificateDocument document = (AgreementCertificateDocument) renderer.last();
        assertThat(rendered.fileName()).isEqualTo("certificate-Master-services-agreement-v1.txt");
        assertThat(document.mark()).isEqualTo(StatusMark.SIGNED);
        assertThat(document.certificate().documentHash()).isEqualTo(sent.current().hash());
        assertThat(document.certificate().generatedAt()).isEqualTo(fixture.clock.instant());
        assertThat(document.signatories())
                .extracting(Signatory::party, Signatory::name, Signatory::email,
                        signatory -> signatory.evidence().typedName(), signatory -> signatory.evidence().address())
                .containsExactly(tuple(Party.CLIENT, "Bob Okafor", bob.email(), "Bob Okafor", "2001:db8::7"),
                        tuple(Party.CLIENT, "Ana Ruiz", ana.email(), "Ana Ruiz", "203.0.113.9"),
                        tuple(Party.BUSINESS, owner.user(), "", "Olivia Owner", ""));
        assertThat(document.signatories()).allSatisfy(signatory ->
                assertThat(signatory.evidence().contentHash()).isEqualTo(sent.current().hash().hex()));
    }

    @Test
    void theCertificateMarkFollowsTheSignatures_andAnEditedVersionIsSuperseded() {
        Agreement draft = agreements.createDraft(owner, msa(ana, bob));
        assertThat(certificateMarkOf(draft, 1)).isEqualTo(StatusMark.DRAFT);

        Agreement sent = agreements.send(owner, draft.id());
        assertThat(certificateMarkOf(sent, 1)).isEqualTo(StatusMark.UNSIGNED);

        agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);
        assertThat(certificateMarkOf(sent, 1)).isEqualTo(StatusMark.PARTIALLY_SIGNED);
        assertThat(((AgreementCertificateDocument) renderer.last()).certificate().pending())
                .extracting(pending -> pending.name()).containsExactly("Bob Okafor", "Acme Design");

        Agreement edited = agreements.edit(owner, sent.id(), new DraftAgreement(globex.id(), "MSA 2026",
                AgreementDocument.text("New terms"), List.of(ana.id())));
        assertThat(certificateMarkOf(edited, 1)).isEqualTo(StatusMark.SUPERSEDED);
        assertThat(certificateMarkOf(edited, 2)).isEqualTo(StatusMark.UNSIGNED);
        certificate(edited);
        assertThat(renderer.last().reference()).as("the current version by default").isEqualTo("MSA 2026, version 2");

        Agreement voided = agreements.voidAgreement(owner, sent.id(), "Project cancelled");
        assertThat(voided.status()).isEqualTo(AgreementStatus.VOID);
        assertThat(certificateMarkOf(voided, 1)).isEqualTo(StatusMark.VOID);
    }

    @Test
    void aCertificateIsServedFromTheCacheUntilSomeoneSigns() {
        Agreement sent = agreements.send(owner, agreements.createDraft(owner, msa(ana, bob)).id());
        certificate(sent);
        assertThat(certificate(sent).fromCache()).isTrue();

        agreements.sign(asAna, sent.id(), 1, "Ana Ruiz", FROM_ANA);

        assertThat(certificate(sent).fromCache()).isFalse();
        assertThat(((AgreementCertificateDocument) renderer.last()).signatories()).hasSize(1);
    }

    @Test
    void quotesAndAgreementsOfAnotherWorkspaceAreNotFound_andAMissingVersionIsInvalid() {
        StaffPrincipal other = fixture.workspace("Initech", USD);
        Quote sent = sentQuote();
        Agreement agreement = agreements.send(owner, agreements.createDraft(owner, msa(ana)).id());

        assertRejected(() -> fixture.portal.documents().quote(other, sent.id(), new ByteArrayOutputStream()),
                ErrorCode.QUOTE_NOT_FOUND);
        assertRejected(() -> fixture.portal.documents().agreementCertificate(other, agreement.id(),
                new ByteArrayOutputStream()), ErrorCode.AGREEMENT_NOT_FOUND);
        assertRejected(() -> fixture.portal.documents().agreementCertificate(owner, agreement.id(), 2,
                new ByteArrayOutputStream()), ErrorCode.INVALID_VALUE);
        assertThat(renderer.rendered).isEmpty();
    }

    @Test
    void timesArePrintedInTheWorkspacesZone() {
        fixture.portal.workspaces().updateSettings(owner, fixture.portal.workspaces().get(owner).settings()
                .withRegion(Locale.GERMANY, ZoneId.of("Europe/Berlin")));

        render(sentQuote());

        assertThat(((QuoteDocument) renderer.last()).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    private Quote sentQuote() {
        return quotes.send(owner, quotes.createDraft(owner, website()).id());
    }

    private DraftQuote website() {
        return DraftQuote.forClient(globex.id()).line("Website", "1", "", Money.of("1000.00", USD));
    }

    private DraftAgreement msa(Contact... signers) {
        return new DraftAgreement(globex.id(), "Master services agreement",
                AgreementDocument.text("Master services agreement\n\n1. Globex engages Acme Design."),
                List.of(signers).stream().map(Contact::id).toList());
    }

    private StatusMark markOf(Quote quote) {
        render(quote);
        return ((QuoteDocument) renderer.last()).mark();
    }

    private StatusMark certificateMarkOf(Agreement agreement, int version) {
        fixture.portal.documents().agreementCertificate(owner, agreement.id(), version, new ByteArrayOutputStream());
        return ((AgreementCertificateDocument) renderer.last()).mark();
    }

    private RenderedDocument render(Quote quote) {
        return fixture.portal.documents().quote(owner, quote.id(), new ByteArrayOutputStream());
    }

    private RenderedDocument certificate(Agreement agreement) {
        return fixture.portal.documents().agreementCertificate(owner, agreement.id(), new ByteArrayOutputStream());
    }
}

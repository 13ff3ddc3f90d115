package dev.clientportal.core;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.Agreements;
import dev.clientportal.core.agreement.DraftAgreement;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.Quotes;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * Client-facing quote and agreement calls are scoped and role-gated in core: a contact of another client or
 * workspace gets "not found" for every one of them, a viewer may look but not decide, and document links and staff
 * previews are read-only. Nothing changes when a call is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientDecisionsAccessTest {

    private static final ClientRequest REQUEST = ClientRequest.get("203.0.113.9", "Mozilla/5.0");

    private final PortalFixture fixture = PortalFixture.inMemory();
    private final Quotes quotes = fixture.portal.quotes();
    private final Agreements agreements = fixture.portal.agreements();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final StaffPrincipal umbrella = fixture.workspace("Umbrella", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.APPROVER);
    private final Contact vic = fixture.contact(acme, globex, "Vic Viewer", Role.VIEWER, Role.BILLING);
    private final Client initech = fixture.client(acme, "Initech");
    private final Contact ivan = fixture.contact(acme, initech, "Ivan Ito", Role.APPROVER);
    private final Client hooli = fixture.client(umbrella, "Hooli");
    private final Contact uma = fixture.contact(umbrella, hooli, "Uma Ueda", Role.APPROVER);
    private final Quote quote = quotes.send(acme, quotes.createDraft(acme, DraftQuote.forClient(globex.id())
            .line("Website", "1", "", Money.of("1000.00", USD))).id());
    private final Agreement agreement = agreements.send(acme, agreements.createDraft(acme, new DraftAgreement(
            globex.id(), "MSA", AgreementDocument.text("Terms"), List.of(ana.id()))).id());

    /** Every client-facing call on Globex's quote and agreement, as a function of who calls. */
    Stream<Arguments> clientCalls() {
        return Stream.of(
                call("open the quote", p -> quotes.open(p, quote.id(), REQUEST), ErrorCode.QUOTE_NOT_FOUND, false),
                call("accept the quote", p -> quotes.accept(p, quote.id(), "Name", REQUEST),
                        ErrorCode.QUOTE_NOT_FOUND, true),
                call("reject the quote", p -> quotes.reject(p, quote.id(), "No", REQUEST),
                        ErrorCode.QUOTE_NOT_FOUND, true),
                call("ask for changes", p -> quotes.requestChanges(p, quote.id(), "Cheaper", REQUEST),
                        ErrorCode.QUOTE_NOT_FOUND, true),
                call("open the agreement", p -> agreements.open(p, agreement.id(), REQUEST),
                        ErrorCode.AGREEMENT_NOT_FOUND, false),
                call("sign the agreement", p -> agreements.sign(p, agreement.id(), 1, "Name", REQUEST),
                        ErrorCode.AGREEMENT_NOT_FOUND, true),
                call("get the certificate", p -> agreements.certificate(p, agreement.id(), 1),
                        ErrorCode.AGREEMENT_NOT_FOUND, false));
    }

    private static Arguments call(String name, Function<PortalPrincipal, Object> call, ErrorCode notFound,
                                  boolean decision) {
        return Arguments.of(named(name, call), notFound, decision);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientCalls")
    void aContactOfAnotherClientOrWorkspace_getsNotFound(Function<PortalPrincipal, Object> call,
                                                         ErrorCode notFound, boolean decision) {
        List<PortalPrincipal> outsiders = List.of(fixture.signedInAs(acme, ivan), fixture.signedInAs(umbrella, uma));
        Object before = state();

        for (PortalPrincipal outsider : outsiders) {
            assertRejected(() -> call.apply(outsider), notFound).hasMessageContaining("not found");
        }

        assertThat(notFound.kind()).isEqualTo(ErrorCode.Kind.NOT_FOUND);
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientCalls")
    void aViewer_mayReadButNotDecide(Function<PortalPrincipal, Object> call, ErrorCode notFound,
                                     boolean decision) {
        PortalPrincipal viewer = fixture.signedInAs(acme, vic);
        Object before = state();

        if (decision) {
            assertRejected(() -> call.apply(viewer), ErrorCode.ROLE_REQUIRED).hasMessageContaining("APPROVER");
        } else {
            assertThat(call.apply(viewer)).isNotNull();
        }

        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientCalls")
    void documentLinksAndStaffPreviews_areReadOnly(Function<PortalPrincipal, Object> call, ErrorCode notFound,
                                                   boolean decision) {
        PortalPrincipal quoteLink = fixture.openLink(acme, DocumentRef.of(DocumentType.QUOTE, quote.id()));
        PortalPrincipal agreementLink = fixture.openLink(acme,
                DocumentRef.of(DocumentType.AGREEMENT, agreement.id()));
        PortalPrincipal preview = PortalPrincipal.staffPreview(acme, globex.id());
        PortalPrincipal ownLink = notFound == ErrorCode.QUOTE_NOT_FOUND ? quoteLink : agreementLink;
        PortalPrincipal otherLink = notFound == ErrorCode.QUOTE_NOT_FOUND ? agreementLink : quoteLink;
        Object before = state();

        for (PortalPrincipal readOnly : List.of(ownLink, preview)) {
            if (decision) {
                assertRejected(() -> call.apply(readOnly), ErrorCode.READ_ONLY_ACCESS);
            } else {
                assertThat(call.apply(readOnly)).isNotNull();
            }
        }
        assertRejected(() -> call.apply(otherLink), notFound);

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void listsShowOnlyTheCallersClientAndALinkOnlyItsDocument() {
        assertThat(quotes.list(fixture.signedInAs(acme, ana))).containsExactly(quotes.get(acme, quote.id()));
        assertThat(quotes.list(fixture.signedInAs(acme, ivan))).isEmpty();
        assertThat(agreements.list(fixture.signedInAs(umbrella, uma))).isEmpty();
        PortalPrincipal quoteLink = fixture.openLink(acme, DocumentRef.of(DocumentType.QUOTE, quote.id()));
        assertThat(quotes.list(quoteLink)).hasSize(1);
        assertThat(agreements.list(quoteLink)).isEmpty();
    }

    @Test
    void anotherWorkspacesQuotesAndAgreements_answerNotFoundToTheBusinessToo() {
        assertRejected(() -> quotes.get(umbrella, quote.id()), ErrorCode.QUOTE_NOT_FOUND);
        assertRejected(() -> quotes.send(umbrella, quote.id()), ErrorCode.QUOTE_NOT_FOUND);
        assertRejected(() -> quotes.revise(umbrella, quote.id(), DraftQuote.forClient(hooli.id())),
                ErrorCode.QUOTE_NOT_FOUND);
        assertRejected(() -> quotes.voidQuote(umbrella, quote.id(), "x"), ErrorCode.QUOTE_NOT_FOUND);
        assertRejected(() -> quotes.reverseAcceptance(umbrella, quote.id(), "x"), ErrorCode.QUOTE_NOT_FOUND);
        assertRejected(() -> quotes.revisions(umbrella, quote.id()), ErrorCode.QUOTE_NOT_FOUND);
        assertRejected(() -> quotes.forClient(umbrella, globex.id()), ErrorCode.CLIENT_NOT_FOUND);
        assertRejected(() -> quotes.createDraft(umbrella, DraftQuote.forClient(globex.id())),
                ErrorCode.CLIENT_NOT_FOUND);
        assertRejected(() -> quotes.createDraft(umbrella, DraftQuote.forClient(hooli.id())
                .requiringAgreement(agreement.id())), ErrorCode.AGREEMENT_NOT_FOUND);
        assertRejected(() -> agreements.get(umbrella, agreement.id()), ErrorCode.AGREEMENT_NOT_FOUND);
        assertRejected(() -> agreements.send(umbrella, agreement.id()), ErrorCode.AGREEMENT_NOT_FOUND);
        assertRejected(() -> agreements.countersign(umbrella, agreement.id(), 1, "x"), ErrorCode.AGREEMENT_NOT_FOUND);
        assertRejected(() -> agreements.voidAgreement(umbrella, agreement.id(), "x"), ErrorCode.AGREEMENT_NOT_FOUND);
        assertRejected(() -> agreements.edit(umbrella, agreement.id(), new DraftAgreement(hooli.id(), "x",
                AgreementDocument.text("x"), List.of(uma.id()))), ErrorCode.AGREEMENT_NOT_FOUND);
        assertRejected(() -> agreements.certificate(umbrella, agreement.id(), 1), ErrorCode.AGREEMENT_NOT_FOUND);
        assertRejected(() -> agreements.createDraft(umbrella, new DraftAgreement(hooli.id(), "x",
                AgreementDocument.text("x"), List.of(ana.id()))), ErrorCode.INVALID_SIGNER);
        assertThat(quotes.get(acme, quote.id())).isEqualTo(quote);
        assertThat(agreements.get(acme, agreement.id())).isEqualTo(agreement);
    }

    /** Everything a refused call could have changed. */
    private Object state() {
        return List.of(quotes.get(acme, quote.id()), agreements.get(acme, agreement.id()),
                fixture.portal.audit().entries(acme, 1, 500).size());
    }
}

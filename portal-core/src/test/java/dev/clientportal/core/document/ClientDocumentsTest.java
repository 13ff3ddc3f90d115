package dev.clientportal.core.document;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.DocumentLinkPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.quote.DraftQuote;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * A client's contacts download their own documents as the client views show them: another client's document, a
 * draft, or a document a link does not open answers not found, exactly like one that does not exist. The host's
 * pay links are asked with no transaction open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientDocumentsTest {

    private static final URI PAY = URI.create("https://pay.example/i/42");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private final InMemoryStores stores = InMemoryStores.create();
    /** For every pay-link request: whether a transaction was open when the host's PayLinks was asked. */
    private final List<Boolean> payLinksAskedInsideTransaction = new CopyOnWriteArrayList<>();
    private final RecordingRenderer renderer = RecordingRenderer.all();
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.renderer(renderer)
            .documentCache(0)
            .logos((workspace, reference) -> Optional.empty())
            .payLinks(invoice -> {
                payLinksAskedInsideTransaction.add(stores.transactions().isTransactionOpen());
                return Optional.of(PAY);
            }));
    private final Documents documents = fixture.portal.documents();
    private final StaffPrincipal acme = fixture.workspace("Acme", USD);
    private final StaffPrincipal umbrella = fixture.workspace("Umbrella", USD);
    private final Client globex = fixture.client(acme, "Globex");
    private final Contact ana = fixture.contact(acme, globex, "Ana Ruiz", Role.BILLING);
    private final Client initech = fixture.client(acme, "Initech");
    private final Client hooli = fixture.client(umbrella, "Hooli");

    private final Invoice globexInvoice = fixture.issuedInvoice(acme, globex, "100.00");
    private final Invoice globexOtherInvoice = fixture.issuedInvoice(acme, globex, "40.00");
    private final Invoice globexDraft = fixture.portal.invoicing().createDraft(acme, DraftInvoice.forClient(globex.id())
            .line("Consulting", "1", "day", Money.of("10.00", USD)));
    private final Payment globexPayment = pay(acme, globex, globexOtherInvoice, "40.00", "wire-globex");
    private final CreditNote globexNote = fixture.portal.invoicing().issueCreditNote(acme,
            IssueCreditNote.full(fixture.issuedInvoice(acme, globex, "5.00").id(), "goodwill"));
    private final Quote globexQuote = fixture.portal.quotes().send(acme, fixture.portal.quotes().createDraft(acme,
            DraftQuote.forClient(globex.id()).line("Website", "1", "", Money.of("1000.00", USD))).id());
    private final Quote globexDraftQuote = fixture.portal.quotes().createDraft(acme, DraftQuote.forClient(globex.id())
            .line("Logo", "1", "", Money.of("300.00", USD)));

    private final Invoice initechInvoice = fixture.issuedInvoice(acme, initech, "70.00");
    private final Payment initechPayment = pay(acme, initech, initechInvoice, "70.00", "wire-initech");
    private final CreditNote initechNote = fixture.portal.invoicing().issueCreditNote(acme,
            IssueCreditNote.full(fixture.issuedInvoice(acme, initech, "6.00").id(), "goodwill"));
    private final Quote initechQuote = fixture.portal.quotes().send(acme, fixture.portal.quotes().createDraft(acme,
            DraftQuote.forClient(initech.id()).line("App", "1", "", Money.of("900.00", USD))).id());
    private final Invoice hooliInvoice = fixture.issuedInvoice(umbrella, hooli, "80.00");

    private final ContactPrincipal asAna = fixture.signedInAs(acme, ana);
    private final DocumentLinkPrincipal linkToGlobexInvoice = fixture.openLink(acme, PortalFixture.ref(globexInvoice));

    @BeforeEach
    void noPayLinkAskedYet() {
        payLinksAskedInsideTransaction.clear();
    }

    Stream<Arguments> documentsOutsideTheCallersScope() {
        return Stream.of(
                call("Ana: another client's invoice", asAna,
                        p -> documents.invoice(p, initechInvoice.id(), out()), ErrorCode.INVOICE_NOT_FOUND),
                call("Ana: another workspace's invoice", asAna,
                        p -> documents.invoice(p, hooliInvoice.id(), out()), ErrorCode.INVOICE_NOT_FOUND),
                call("Ana: her client's draft invoice", asAna,
                        p -> documents.invoice(p, globexDraft.id(), out()), ErrorCode.INVOICE_NOT_FOUND),
                call("Ana: another client's receipt", asAna,
                        p -> documents.receipt(p, initechPayment.id(), out()), ErrorCode.PAYMENT_NOT_FOUND),
                call("Ana: another client's credit note", asAna,
                        p -> documents.creditNote(p, initechNote.id(), out()), ErrorCode.CREDIT_NOTE_NOT_FOUND),
                call("Ana: another client's quote", asAna,
                        p -> documents.quote(p, initechQuote.id(), out()), ErrorCode.QUOTE_NOT_FOUND),
                call("Ana: her client's draft quote", asAna,
                        p -> documents.quote(p, globexDraftQuote.id(), out()), ErrorCode.QUOTE_NOT_FOUND),
                call("link to one invoice: another invoice of the client", linkToGlobexInvoice,
                        p -> documents.invoice(p, globexOtherInvoice.id(), out()), ErrorCode.INVOICE_NOT_FOUND),
                call("link to one invoice: the client's receipt", linkToGlobexInvoice,
                        p -> documents.receipt(p, globexPayment.id(), out()), ErrorCode.PAYMENT_NOT_FOUND),
                call("link to one invoice: the client's credit note", linkToGlobexInvoice,
                        p -> documents.creditNote(p, globexNote.id(), out()), ErrorCode.CREDIT_NOTE_NOT_FOUND),
                call("link to one invoice: the client's quote", linkToGlobexInvoice,
                        p -> documents.quote(p, globexQuote.id(), out()), ErrorCode.QUOTE_NOT_FOUND),
                call("link to one invoice: the client's statement", linkToGlobexInvoice,
                        p -> documents.statement(p, FROM, TO, out()), ErrorCode.DOCUMENT_NOT_FOUND),
                call("staff preview of Globex: Initech's invoice",
                        PortalPrincipal.staffPreview(acme, globex.id()),
                        p -> documents.invoice(p, initechInvoice.id(), out()), ErrorCode.INVOICE_NOT_FOUND));
    }

    private static Arguments call(String name, PortalPrincipal principal,
                                  Function<PortalPrincipal, RenderedDocument> download, ErrorCode code) {
        return Arguments.of(named(name, principal), download, code);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("documentsOutsideTheCallersScope")
    void aDocumentOutsideThePrincipalsScope_answersNotFound_andNothingIsRendered(
            PortalPrincipal principal, Function<PortalPrincipal, RenderedDocument> download, ErrorCode code) {
        int renderedBefore = renderer.rendered.size();

        assertRejected(() -> download.apply(principal), code);

        assertThat(renderer.rendered).hasSize(renderedBefore);
        assertThat(payLinksAskedInsideTransaction).isEmpty();
    }

    @Test
    void aContact_downloadsItsClientsInvoice_withThePayLinkAskedOutsideAnyTransaction() {
        ByteArrayOutputStream out = out();

        RenderedDocument rendered = documents.invoice(asAna, globexInvoice.id(), out);

        InvoiceDocument document = (InvoiceDocument) renderer.last();
        assertThat(document.invoice().id()).isEqualTo(globexInvoice.id());
        assertThat(document.billTo().name()).isEqualTo("Globex");
        assertThat(document.payUrl()).contains(PAY);
        assertThat(out.toByteArray()).isNotEmpty().hasSize((int) rendered.size());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(document.key().toString());
        assertThat(payLinksAskedInsideTransaction).containsExactly(false);
    }

    @Test
    void theBusinessesInvoiceDownload_asksForThePayLinkOutsideTheTransactionToo() {
        documents.invoice(acme, globexInvoice.id(), out());

        assertThat(payLinksAskedInsideTransaction).containsExactly(false);
    }

    @Test
    void aContact_downloadsItsClientsReceiptCreditNoteQuoteAndStatement() {
        documents.receipt(asAna, globexPayment.id(), out());
        assertThat(((ReceiptDocument) renderer.last()).payment().id()).isEqualTo(globexPayment.id());

        documents.creditNote(asAna, globexNote.id(), out());
        assertThat(((CreditNoteDocument) renderer.last()).creditNote().id()).isEqualTo(globexNote.id());

        documents.quote(asAna, globexQuote.id(), out());
        assertThat(((QuoteDocument) renderer.last()).quote().id()).isEqualTo(globexQuote.id());

        ByteArrayOutputStream statementOut = out();
        documents.statement(asAna, FROM, TO, statementOut);
        StatementDocument statement = (StatementDocument) renderer.last();
        assertThat(statement.billTo().name()).isEqualTo("Globex");
        assertThat(statementOut.toByteArray()).isNotEmpty();
    }

    @Test
    void aContactsStatement_isTheOneTheBusinessPrints() {
        documents.statement(asAna, FROM, TO, out());
        StatementDocument client = (StatementDocument) renderer.last();
        documents.statement(acme, globex.id(), FROM, TO, out());
        StatementDocument business = (StatementDocument) renderer.last();

        assertThat(client.statement()).isEqualTo(business.statement());
    }

    @Test
    void aDocumentLink_downloadsTheOneDocumentItOpens() {
        documents.invoice(linkToGlobexInvoice, globexInvoice.id(), out());

        assertThat(((InvoiceDocument) renderer.last()).invoice().id()).isEqualTo(globexInvoice.id());
    }

    @Test
    void aStatementLink_downloadsTheStatement_butNoInvoice() {
        DocumentLinkPrincipal statementLink = fixture.openLink(acme, DocumentRef.of(DocumentType.STATEMENT,
                globex.id()));

        documents.statement(statementLink, FROM, TO, out());

        assertThat(renderer.last()).isInstanceOf(StatementDocument.class);
        assertRejected(() -> documents.invoice(statementLink, globexInvoice.id(), out()),
                ErrorCode.INVOICE_NOT_FOUND);
    }

    @Test
    void aStaffPreview_downloadsThePreviewedClientsIssuedInvoice_butNotItsDraft() {
        PortalPrincipal preview = PortalPrincipal.staffPreview(acme, globex.id());

        documents.invoice(preview, globexInvoice.id(), out());

        assertThat(((InvoiceDocument) renderer.last()).invoice().id()).isEqualTo(globexInvoice.id());
        assertRejected(() -> documents.invoice(preview, globexDraft.id(), out()), ErrorCode.INVOICE_NOT_FOUND);
    }

    @Test
    void aStatementForAnInvalidPeriod_isRefused() {
        assertRejected(() -> documents.statement(asAna, TO, FROM, out()), ErrorCode.INVALID_PERIOD);
    }

    private Payment pay(StaffPrincipal owner, Client client, Invoice invoice, String amount, String reference) {
        return fixture.portal.payments().record(owner, RecordPayment.manual(client.id(), Money.of(amount, USD),
                PaymentMethod.BANK_TRANSFER, reference).allocateTo(invoice.id()));
    }

    private static ByteArrayOutputStream out() {
        return new ByteArrayOutputStream();
    }
}

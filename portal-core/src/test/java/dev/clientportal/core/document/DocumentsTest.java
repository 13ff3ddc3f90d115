package dev.clientportal.core.document;

import dev.clientportal.core.payment.PaymentsWiring;
import dev.clientportal.core.catalog.DocumentResolver;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.UpdateClient;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentsTest {

    private static final URI PAY = URI.create("https://pay.example/i/42");
    private static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G'};

    private final RecordingRenderer renderer = RecordingRenderer.all();
    private final PortalFixture fixture = PortalFixture.inMemory(builder -> builder.renderer(renderer)
            .logos((workspace, reference) -> Optional.of(LOGO))
            .payLinks(invoice -> Optional.of(PAY)));
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    @Test
    void aPendingPayment_hasNoReceiptUntilItsMoneyArrives() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        Payments payments = fixture.portal.payments();
        payments.applyGatewayEvent(new GatewayEvent.Pending("stripe", "evt_1", owner.workspaceId(), invoice.id(),
                Money.of("100.00", USD), "pi_1", PaymentMethod.DIRECT_DEBIT, fixture.clock.instant()));
        Payment pending = payments.findByReference(owner, "pi_1").orElseThrow();
        DocumentRef receipt = DocumentRef.of(DocumentType.RECEIPT, pending.id());

        assertThatThrownBy(() -> fixture.portal.documents().receipt(owner, pending.id(), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PAYMENT_NOT_RECEIVED));
        assertThat(receipts().resolve(owner.workspaceId(), receipt.id())).isEmpty();

        payments.applyGatewayEvent(new GatewayEvent.Succeeded("stripe", "evt_2", owner.workspaceId(), invoice.id(),
                Money.of("100.00", USD), "pi_1", PaymentMethod.DIRECT_DEBIT, fixture.clock.instant()));

        fixture.portal.documents().receipt(owner, pending.id(), new ByteArrayOutputStream());
        assertThat(renderer.last()).isInstanceOf(ReceiptDocument.class);
        assertThat(receipts().resolve(owner.workspaceId(), receipt.id())).isPresent();
    }

    @Test
    void anOpenInvoiceCarriesItsClientBusinessAndPayLink_andIsNamedByItsNumber() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");

        RenderedDocument rendered = fixture.portal.documents().invoice(owner, invoice.id(),
                new ByteArrayOutputStream());

        InvoiceDocument document = (InvoiceDocument) renderer.last();
        assertThat(rendered.fileName()).isEqualTo("INV-2026-00001.txt");
        assertThat(document.invoice()).isEqualTo(invoice);
        assertThat(document.billTo().name()).isEqualTo("Globex");
        assertThat(document.letterhead().businessName()).isEqualTo("Acme Design");
        assertThat(document.mark()).isEqualTo(StatusMark.NONE);
        assertThat(document.payUrl()).contains(PAY);
        assertThat(document.generatedAt()).isEqualTo(fixture.clock.instant());
    }

    @Test
    void theMarkFollowsStatusAndClock_draftOverduePaidVoid() {
        Invoice draft = fixture.portal.invoicing().createDraft(owner,
                DraftInvoice.forClient(globex.id())
                        .line("Consulting", "1", "day", Money.of("10.00", USD)));
        assertThat(markOf(draft)).isEqualTo(StatusMark.DRAFT);

        Invoice open = fixture.issuedInvoice(owner, globex, "100.00");
        Invoice voided = fixture.portal.invoicing().voidInvoice(owner,
                fixture.issuedInvoice(owner, globex, "5.00").id(), "duplicate");
        assertThat(markOf(voided)).isEqualTo(StatusMark.VOID);
        assertThat(markOf(open)).isEqualTo(StatusMark.NONE);

        fixture.clock.advance(Duration.ofDays(31));
        assertThat(markOf(open)).isEqualTo(StatusMark.OVERDUE);

        pay(open, "100.00", "wire-1");
        assertThat(markOf(open)).isEqualTo(StatusMark.PAID);
        assertThat(((InvoiceDocument) renderer.last()).payUrl()).isEmpty();
    }

    @Test
    void theLogoIsLoadedFromTheSourceByTheBrandingReference() {
        fixture.portal.workspaces().updateBranding(owner, new Branding("logos/acme.png", "#111111", "#0F766E"));
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");

        fixture.portal.documents().invoice(owner, invoice.id(), new ByteArrayOutputStream());

        Letterhead letterhead = renderer.last().letterhead();
        assertThat(letterhead.logo().reference()).isEqualTo("logos/acme.png");
        assertThat(letterhead.logo().load()).hasValue(LOGO);
        assertThat(letterhead.accentColour()).isEqualTo("#0F766E");
    }

    @Test
    void creditNoteReceiptAndStatementAreBuiltFromTheirAggregates() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        Payment payment = pay(invoice, "40.00", "wire-7781");
        CreditNote note = fixture.portal.invoicing().issueCreditNote(owner,
                IssueCreditNote.full(invoice.id(), "Cancelled project"));

        fixture.portal.documents().creditNote(owner, note.id(), new ByteArrayOutputStream());
        assertThat(((CreditNoteDocument) renderer.last()).creditNote()).isEqualTo(note);

        RenderedDocument receipt = fixture.portal.documents().receipt(owner, payment.id(), new ByteArrayOutputStream());
        assertThat(((ReceiptDocument) renderer.last()).payment()).isEqualTo(payment);
        // a receipt goes by its own number; the payment's reference is printed on it
        assertThat(receipt.fileName()).isEqualTo("receipt-RCT-2026-00001.txt");

        RenderedDocument statement = fixture.portal.documents().statement(owner, globex.id(),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), new ByteArrayOutputStream());
        StatementDocument document = (StatementDocument) renderer.last();
        assertThat(document.statement().lines()).hasSize(3);
        assertThat(statement.fileName()).isEqualTo("statement-2026-03-01-2026-03-31.txt");
    }

    @Test
    void anUnchangedInvoiceIsServedFromTheCache_andRenderedAgainOnceItChanges() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        assertThat(fixture.portal.documents().invoice(owner, invoice.id(), first).fromCache()).isFalse();
        assertThat(fixture.portal.documents().invoice(owner, invoice.id(), second).fromCache()).isTrue();
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        assertThat(renderer.rendered).hasSize(1);

        pay(invoice, "10.00", "wire-2");
        assertThat(render(invoice).fromCache()).isFalse();
        assertThat(render(invoice).fromCache()).isTrue();
        assertThat(renderer.rendered).hasSize(2);
    }

    @Test
    void changingTheBrandingOrTheClientRendersCachedDocumentsAgain() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        render(invoice);

        fixture.portal.workspaces().updateBranding(owner, new Branding("", "#000000", "#FF0000"));
        assertThat(render(invoice).fromCache()).isFalse();
        assertThat(renderer.last().key().brandingVersion()).isEqualTo(2);

        fixture.portal.clients().update(owner, new UpdateClient(globex.id(), "Globex Corporation", globex.email(),
                globex.billingAddress(), "", false, null));
        assertThat(render(invoice).fromCache()).isFalse();
        assertThat(renderer.last().billTo().name()).isEqualTo("Globex Corporation");
    }

    @Test
    void everyDocumentOfAClientWithItsOwnLocale_isPrintedInIt_othersInTheWorkspaces() {
        fixture.portal.workspaces().updateSettings(owner, fixture.portal.workspaces().get(owner).settings()
                .withRegion(Locale.FRANCE, ZoneId.of("Europe/Paris")));
        Client german = fixture.portal.clients().create(owner, new CreateClient("Müller GmbH", "ap@mueller.example")
                .inCurrency(USD).inLocale(Locale.GERMANY));
        Invoice germanInvoice = fixture.issuedInvoice(owner, german, "100.00");
        Payment germanPayment = fixture.portal.payments().record(owner, RecordPayment.manual(german.id(),
                Money.of("40.00", USD), PaymentMethod.BANK_TRANSFER, "wire-de").allocateTo(germanInvoice.id()));
        Invoice plainInvoice = fixture.issuedInvoice(owner, globex, "100.00");

        render(germanInvoice);
        assertThat(renderer.last().letterhead().locale()).isEqualTo(Locale.GERMANY);
        fixture.portal.documents().receipt(owner, germanPayment.id(), new ByteArrayOutputStream());
        assertThat(renderer.last().letterhead().locale()).isEqualTo(Locale.GERMANY);
        fixture.portal.documents().statement(owner, german.id(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                new ByteArrayOutputStream());
        assertThat(renderer.last().letterhead().locale()).isEqualTo(Locale.GERMANY);

        render(plainInvoice);
        assertThat(renderer.last().letterhead().locale()).as("no override: the workspace's").isEqualTo(Locale.FRANCE);
    }

    @Test
    void changingTheClientsLocale_rendersItsDocumentsAgain_underAKeyNamingTheLocale() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        render(invoice);
        assertThat(renderer.last().key().variant()).contains("/len-US");
        assertThat(render(invoice).fromCache()).isTrue();

        fixture.portal.clients().update(owner, UpdateClient.of(globex).withLocale(Locale.forLanguageTag("pl-PL")));

        assertThat(render(invoice).fromCache()).isFalse();
        assertThat(renderer.last().letterhead().locale()).isEqualTo(Locale.forLanguageTag("pl-PL"));
        assertThat(renderer.last().key().variant()).contains("/lpl-PL");
    }

    @Test
    void theDocumentKey_namesTheLocaleItIsPrintedIn_evenAtTheSameVersions() {
        Workspace workspace = fixture.portal.workspaces().get(owner);
        Client portuguese = new Client(globex.id(), globex.workspaceId(), globex.name(), globex.email(),
                globex.billingAddress(), globex.taxId(), globex.currency(), globex.taxExempt(),
                Optional.of(Locale.forLanguageTag("pt-PT")), globex.creditBalances(), globex.archived(),
                globex.createdAt(), globex.version());

        assertThat(Keys.variant(workspace, portuguese)).isNotEqualTo(Keys.variant(workspace, globex))
                .endsWith("/lpt-PT");
    }

    @Test
    void anInvoiceFallingOverdueIsRenderedAgainWithItsNewMark() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        render(invoice);

        fixture.clock.advance(Duration.ofDays(31));

        assertThat(render(invoice).fromCache()).isFalse();
        assertThat(((InvoiceDocument) renderer.last()).mark()).isEqualTo(StatusMark.OVERDUE);
    }

    @Test
    void aStatementIsRenderedAgainWhenANewMovementChangesIt() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        fixture.portal.documents().statement(owner, globex.id(), from, to, new ByteArrayOutputStream());
        assertThat(fixture.portal.documents().statement(owner, globex.id(), from, to, new ByteArrayOutputStream())
                .fromCache()).isTrue();

        pay(invoice, "25.00", "wire-3");

        assertThat(fixture.portal.documents().statement(owner, globex.id(), from, to, new ByteArrayOutputStream())
                .fromCache()).isFalse();
    }

    @Test
    void anIncompleteRenderingIsNotCached() {
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        renderer.omitting("logo: could not be read");

        assertThat(render(invoice).omissions()).containsExactly("logo: could not be read");
        assertThat(render(invoice).fromCache()).isFalse();
        assertThat(renderer.rendered).hasSize(2);
    }

    @Test
    void aDocumentOfAnotherWorkspaceIsNotFound() {
        StaffPrincipal other = fixture.workspace("Initech", USD);
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");

        assertThatThrownBy(() -> fixture.portal.documents().invoice(other, invoice.id(), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INVOICE_NOT_FOUND));
        assertThatThrownBy(() -> fixture.portal.documents().statement(other, globex.id(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CLIENT_NOT_FOUND));
        assertThat(renderer.rendered).isEmpty();
    }

    @Test
    void aPortalWithoutARendererSaysSoWhenDocumentsAreAskedFor() {
        PortalFixture plain = PortalFixture.inMemory();

        assertThatThrownBy(plain.portal::documents)
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.RENDERER_MISSING);
                    assertThat(e.getMessage()).contains(".renderer(");
                });
    }

    @Test
    void aKindTheRendererCannotLayOutIsATypedError() {
        RecordingRenderer invoicesOnly = new RecordingRenderer(EnumSet.of(DocumentKind.INVOICE));
        PortalFixture limited = PortalFixture.inMemory(builder -> builder.renderer(invoicesOnly));
        StaffPrincipal acme = limited.workspace("Acme", USD);
        Client client = limited.client(acme, "Globex");

        assertThatThrownBy(() -> limited.portal.documents().statement(acme, client.id(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_DOCUMENT));
        assertThat(invoicesOnly.rendered).isEmpty();
    }

    private StatusMark markOf(Invoice invoice) {
        render(invoice);
        return ((InvoiceDocument) renderer.last()).mark();
    }

    private RenderedDocument render(Invoice invoice) {
        return fixture.portal.documents().invoice(owner, invoice.id(), new ByteArrayOutputStream());
    }

    private Payment pay(Invoice invoice, String amount, String reference) {
        return fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of(amount, USD),
                PaymentMethod.BANK_TRANSFER, reference).allocateTo(invoice.id()));
    }

    /** The payment feature's rule for which receipts clients can see. */
    private DocumentResolver receipts() {
        return PaymentsWiring.documents(fixture.stores.payments()).get(DocumentType.RECEIPT);
    }
}

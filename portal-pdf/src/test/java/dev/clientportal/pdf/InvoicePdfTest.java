package dev.clientportal.pdf;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.document.InvoiceDocument;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.clientportal.pdf.Texts.usd;
import static org.assertj.core.api.Assertions.assertThat;

class InvoicePdfTest {

    private static final java.time.format.DateTimeFormatter DATES = java.time.format.DateTimeFormatter
            .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(java.util.Locale.US);

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());

    @Test
    void anOpenInvoiceShowsEveryPartyDateLineTaxAndTotalInReadingOrder() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());
        DocumentScenes.Rendered rendered = scenes.invoice(invoice);

        List<String> expected = new ArrayList<>(List.of("INVOICE", "INV-2026-00001",
                "FROM", "BILL TO", "Issue date", "Mar 2, 2026",
                "Acme Design Studio", DocumentScenes.CLIENT_NAME, "Due date", "Apr 1, 2026",
                "350 Fifth Avenue, Suite 4100", "ul. Floriańska 12", "Payment terms", "Net 30",
                "billing@acme.example", "zoe@lukasiewicz.example", "Amount due", "$11,117.45",
                "EIN 12-3456789", "Tax ID PL5260250274",
                "Description", "Qty", "Unit price", "Tax", "Amount"));
        expected.addAll(Texts.pricedInOrder(invoice.content().lines(), invoice.totals(), "Discount 5%"));
        expected.addAll(List.of("Total", "$11,117.45", "Amount due", "$11,117.45", "NOTES", "TERMS",
                "Page 1 of 1"));
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.text()).containsSubsequence(expected);
            assertThat(pdf.pages()).as("a 20-line invoice fits on one page").isEqualTo(1);
        }
        assertThat(rendered.rendered().fileName()).isEqualTo("INV-2026-00001.pdf");
        assertThat(rendered.rendered().contentType()).isEqualTo("application/pdf");
        assertThat(rendered.rendered().size()).isEqualTo(rendered.pdf().length);
    }

    @Test
    void aPerDocumentTaxRowReadsAsItsPrintedBaseTimesItsRate() {
        // 16 × 348.35 less 4 % = 5,350.656, printed 5,350.66. The row used to read "22% on $5,350.66 … $1,177.14"
        // (22 % of the unrounded amount); by EN 16931 BR-CO-17 it is 22 % of the printed base: 1,177.1452 → 1,177.15.
        DocumentScenes perDocument = DocumentScenes.usdPerDocument(OpenPdfRenderer.create());
        Invoice invoice = perDocument.fixture.issue(perDocument.owner, DraftInvoice.forClient(perDocument.client.id())
                .line(LineItem.of("Espresso machine", "16", "pc", Money.of("348.35", "USD"), TaxRate.of("IVA", "22"))
                        .withDiscount(Discount.percent("4"))));

        try (PdfPages pdf = PdfPages.of(perDocument.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("Subtotal", "$5,350.66", "IVA 22% on $5,350.66", "$1,177.15",
                    "Total", "$6,527.81");
        }
    }

    @Test
    void lineDiscountsAndEveryTaxOfALineAreShownOnTheLine() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence(
                    "Brand guidelines for Δημήτρης 2 pc $107.50 City tax 4.5% · $8.27 $193.50",
                    "Discount 10% -$21.50",
                    "Photo retouching 5 pc $143.50 NY sales tax 8.875% · $60.49 $717.50", "City tax 4.5% · $30.67");
        }
    }

    @Test
    void theTermsSayHowMuchToPayByWhenAndThePayLinkIsClickableAndScannable() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("PAYMENT", "Net 30. Please pay $11,117.45 by Apr 1, 2026 and "
                    + "quote INV-2026-00001", "Pay online", DocumentScenes.PAY_URL.toString());
            assertThat(pdf.links(1)).isNotEmpty().allMatch(DocumentScenes.PAY_URL.toString()::equals);
            assertThat(QrDecoder.decode(pdf.image(1, 150))).contains(DocumentScenes.PAY_URL.toString());
        }
    }

    @Test
    void aTypedDueDate_isPrintedAsTheTerms_insteadOfTheWorkspaceTerms() {
        Invoice invoice = scenes.fixture.issue(scenes.owner, DraftInvoice.forClient(scenes.client.id())
                .line(LineItem.of("Site visit", "1", "visit", Money.of("400.00", "USD")))
                .dueOn(LocalDate.of(2026, 4, 15)));

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("Due date", "Apr 15, 2026", "Payment terms",
                    "Due on Apr 15, 2026", "Due on Apr 15, 2026. Please pay $400.00 by Apr 15, 2026")
                    .doesNotContain("Net 30");
        }
    }

    @Test
    void aPartlyPaidInvoiceShowsWhatWasPaidAndWhatIsLeft() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());
        scenes.pay(invoice, Money.of("1117.45", "USD"), "wire-1");

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("Amount due $10,000.00", "Please pay $10,000.00",
                    "Total $11,117.45", "Paid -$1,117.45", "Amount due $10,000.00");
        }
    }

    @Test
    void lateFeesArePrintedAfterTheTotal_andThePrintedRowsAddUpToTheAmountDue() {
        Invoice issued = scenes.fixture.issue(scenes.owner, DraftInvoice.forClient(scenes.client.id())
                .line("Retainer", "1", "month", Money.of("1000.00", "USD"))
                .lateFee(LateFeePolicy.flat(Money.of("25.00", "USD"), 30, 5)));
        scenes.pay(issued, Money.of("400.00", "USD"), "wire-late");
        java.time.LocalDate due = issued.requireDueDate();
        Invoice paidPart = scenes.fixture.portal.invoicing().get(scenes.owner, issued.id());
        Invoice withFees = paidPart.withLateFeePeriod(1, due.plusDays(6), true)
                .withLateFeePeriod(2, due.plusDays(36), true);
        Invoice stored = scenes.fixture.stores.transactions().inTransaction(() ->
                scenes.fixture.stores.invoices().save(withFees));

        try (PdfPages pdf = PdfPages.of(scenes.invoice(stored).pdf())) {
            String text = pdf.text();
            assertThat(text).containsSubsequence("Total $1,000.00",
                    "Late fee from " + DATES.format(due.plusDays(6)) + " $25.00",
                    "Late fee from " + DATES.format(due.plusDays(36)) + " $25.00",
                    "Paid -$400.00", "Amount due $650.00");
        }
        // the printed arithmetic: 1,000.00 + 25.00 + 25.00 − 400.00 = 650.00
        assertThat(stored.total().plus(stored.balance().lateFeesTotal()).minus(stored.balance().settled()))
                .isEqualTo(stored.amountDue()).isEqualTo(Money.of("650.00", "USD"));
    }

    @Test
    void aPaidInvoiceIsStampedPaidAndOffersNoPayLink() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());
        scenes.pay(invoice, invoice.amountDue(), "wire-2");

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("PAID INVOICE", "Amount due $0.00", "Paid in full. Thank you!");
            assertThat(pdf.text()).doesNotContain("Pay online");
            assertThat(pdf.links(1)).isEmpty();
        }
    }

    @Test
    void anInvoicePastItsDueDateIsStampedOverdue() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());
        scenes.fixture.clock.advance(Duration.ofDays(31));

        DocumentScenes.Rendered rendered = scenes.invoice(invoice);

        assertThat(((InvoiceDocument) rendered.document()).mark().name()).isEqualTo("OVERDUE");
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.text()).containsSubsequence("OVERDUE INVOICE", "INV-2026-00001", "Amount due $11,117.45");
        }
    }

    @Test
    void aVoidInvoiceIsStampedVoidAndOwesNothing() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());
        scenes.fixture.portal.invoicing().voidInvoice(scenes.owner, invoice.id(), "issued twice");

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("VOID INVOICE", "Amount due $0.00", "This invoice was voided.",
                    "Total $11,117.45", "Amount due $0.00");
            assertThat(pdf.text()).doesNotContain("Pay online");
        }
    }

    @Test
    void aDraftIsStampedDraftAndSaysItIsNotARequestForPayment() {
        Invoice draft = scenes.fixture.portal.invoicing().createDraft(scenes.owner,
                DraftInvoice.forClient(scenes.client.id())
                        .lines(scenes.twentyLines().subList(0, 3)));

        DocumentScenes.Rendered rendered = scenes.invoice(draft);

        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.text()).containsSubsequence("DRAFT INVOICE", "DRAFT", "Payment terms Net 30",
                    "Draft: not issued yet");
            assertThat(pdf.text()).doesNotContain("Issue date", "Pay online");
        }
        assertThat(rendered.rendered().fileName()).isEqualTo("DRAFT.pdf");
    }

    @Test
    void aScheduledInvoiceListsEveryInstallmentWithItsDueDate() {
        Invoice invoice = scenes.issueScheduledInvoice(scenes.twentyLines().subList(0, 4));
        Money deposit = invoice.content().schedule().installments().get(0).amount();
        Money balance = invoice.content().schedule().installments().get(1).amount();

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("Deposit · due Mar 9, 2026 · " + usd(deposit),
                    "Balance on delivery · due Apr 1, 2026 · " + usd(balance));
        }
    }

    @Test
    void aTaxExemptClientIsToldNoTaxIsCharged() {
        Client exempt = scenes.fixture.portal.clients().create(scenes.owner,
                new CreateClient("Δημήτρης Παπαδόπουλος", "dimitris@example.gr")
                        .asTaxExempt());
        Invoice draft = scenes.fixture.portal.invoicing().createDraft(scenes.owner,
                DraftInvoice.forClient(exempt.id())
                        .lines(scenes.twentyLines().subList(0, 2)));
        Invoice invoice = scenes.fixture.portal.invoicing().issue(scenes.owner, draft.id());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("Δημήτρης Παπαδόπουλος", "Subtotal", "Tax exempt $0.00",
                    "Total " + usd(invoice.total()));
        }
    }
}

package dev.clientportal.pdf;

import dev.clientportal.core.document.StatementDocument;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.pricing.TaxAmount;
import dev.clientportal.core.receivables.StatementLine;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.clientportal.pdf.Texts.usd;
import static org.assertj.core.api.Assertions.assertThat;

class OtherDocumentsPdfTest {

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());
    private final Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

    @Test
    void aCreditNoteShowsTheCreditedInvoiceLinesTaxesTotalAndWhereTheCreditWent() {
        CreditNote note = scenes.creditTwoLines(invoice);

        DocumentScenes.Rendered rendered = scenes.creditNote(note);

        List<String> expected = new ArrayList<>(List.of("CREDIT NOTE", "CN-2026-00001", "FROM", "CREDIT TO",
                "Issue date", "Mar 2, 2026", "Acme Design Studio", DocumentScenes.CLIENT_NAME, "Credits invoice",
                "INV-2026-00001", "Total credit", usd(note.total()), "Description",
                "Logo design", usd(note.totals().lines().get(0).net()),
                "Brand guidelines for Δημήτρης", usd(note.totals().lines().get(1).net()),
                "REASON AND USE", "Subtotal", usd(note.totals().subtotal()),
                "Two deliverables cancelled by the client."));
        for (TaxAmount tax : note.totals().taxes()) {
            expected.add(usd(tax.tax()));
        }
        expected.addAll(List.of("Total credit", usd(note.total()), "Page 1 of 1"));
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.text()).containsSubsequence(expected);
            assertThat(pdf.text()).contains(usd(note.appliedToInvoice()) + " reduces what is due on invoice");
            assertThat(pdf.text()).as("the credited lines carry their share of the invoice's 5 % discount")
                    .contains("Discount 5% " + usd(note.totals().discount().negate()));
        }
        assertThat(rendered.rendered().fileName()).isEqualTo("CN-2026-00001.pdf");
    }

    @Test
    void aReceiptShowsTheAmountHowItWasAppliedTheCreditAndTheRefund() {
        Invoice small = scenes.issueInvoice(scenes.twentyLines().subList(0, 3));
        Payment payment = scenes.overpaidAndPartlyRefunded(small, Money.of("250.00", "USD"),
                Money.of("100.00", "USD"));

        DocumentScenes.Rendered rendered = scenes.receipt(payment);

        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(payment.receiptNumber()).matches("RCT-2026-\\d{5}");
            assertThat(pdf.text()).containsSubsequence("RECEIPT", payment.receiptNumber(), "RECEIVED FROM",
                    "Received on Mar 2, 2026", DocumentScenes.CLIENT_NAME, "Method Card",
                    "Reference ch_3PqL9x2eZvKYlo2C", "Amount received " + usd(payment.amount()),
                    "Applied to Amount Refunded Net",
                    "Invoice INV-2026-00002 " + usd(small.amountDue()) + " $0.00 " + usd(small.amountDue()),
                    "Credit to your account $250.00 $100.00 $150.00",
                    "Refunded on Reference Reason Amount", "Mar 2, 2026 re_1Nx7 Overpayment returned $100.00",
                    "Received " + usd(payment.amount()), "Refunded -$100.00",
                    "Net received " + usd(payment.amount().minus(Money.of("100.00", "USD"))));
            assertThat(pdf.text()).doesNotContain("REFUNDED ");
        }
        assertThat(rendered.rendered().fileName()).isEqualTo("receipt-" + payment.receiptNumber() + ".pdf");
    }

    @Test
    void aFullyRefundedPaymentsReceiptIsStampedRefunded() {
        Invoice small = scenes.issueInvoice(scenes.twentyLines().subList(0, 1));
        Payment payment = scenes.pay(small, small.amountDue(), "wire-9");
        Payment refunded = scenes.fixture.portal.payments().refund(scenes.owner,
                RefundPayment.of(payment.id(), payment.amount(), "rf-1", "Cancelled"));

        try (PdfPages pdf = PdfPages.of(scenes.receipt(refunded).pdf())) {
            assertThat(pdf.text()).containsSubsequence("REFUNDED RECEIPT", refunded.receiptNumber(),
                    "Reference wire-9", "Net received $0.00");
        }
    }

    @Test
    void aStatementShowsThePeriodBalancesAndEveryMovementWithItsRunningBalance() {
        scenes.pay(invoice, Money.of("1000.00", "USD"), "wire-77");
        scenes.movements(4);

        DocumentScenes.Rendered rendered = scenes.statement(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        StatementDocument document = (StatementDocument) rendered.document();
        List<String> expected = new ArrayList<>(List.of("STATEMENT", "Mar 1, 2026 – Mar 31, 2026",
                "STATEMENT FOR", "Opening balance $0.00", DocumentScenes.CLIENT_NAME, "Balance due",
                usd(document.statement().closingBalance()), "Date Movement Reference Amount Balance",
                "Mar 1, 2026 Opening balance $0.00"));
        for (StatementLine line : document.statement().lines()) {
            expected.add(usd(line.amount()) + " " + usd(line.balance()));
        }
        expected.add("Mar 31, 2026 Closing balance " + usd(document.statement().closingBalance()));
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.text()).containsSubsequence(expected);
            assertThat(pdf.text()).containsSubsequence("Mar 2, 2026 Invoice INV-2026-00001 $11,117.45 $11,117.45",
                    "Payment wire-77 -$1,000.00 $10,117.45");
        }
        assertThat(document.statement().lines()).hasSize(9);
        assertThat(rendered.rendered().fileName()).isEqualTo("statement-2026-03-01-2026-03-31.pdf");
    }

    @Test
    void aClientHoldingCreditIsToldItsCreditInsteadOfABalanceDue() {
        Invoice small = scenes.issueInvoice(scenes.twentyLines().subList(0, 1));
        scenes.overpaidAndPartlyRefunded(small, Money.of("50.00", "USD"), Money.of("10.00", "USD"));
        scenes.fixture.portal.invoicing().voidInvoice(scenes.owner, invoice.id(), "replaced");

        try (PdfPages pdf = PdfPages.of(scenes.statement(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                .pdf())) {
            assertThat(pdf.text()).containsSubsequence("Your credit $40.00", "Invoice voided",
                    "Closing balance -$40.00");
        }
    }
}

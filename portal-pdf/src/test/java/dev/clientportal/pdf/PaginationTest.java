package dev.clientportal.pdf;

import dev.clientportal.core.document.StatementDocument;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.clientportal.pdf.Texts.usd;
import static org.assertj.core.api.Assertions.assertThat;

class PaginationTest {

    private static final String INVOICE_HEADER = "Description Qty Unit price Tax Amount";
    private static final String STATEMENT_HEADER = "Date Movement Reference Amount Balance";

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());

    @Test
    void aTwoThousandLineInvoiceRepeatsItsHeaderAndPageNumbersOnEveryPageAndKeepsEveryLineInOrder() {
        List<LineItem> lines = new ArrayList<>(2000);
        for (int i = 1; i <= 2000; i++) {
            lines.add(LineItem.of(String.format("Line %04d: support hours", i), "1", "h",
                    Money.of("10.00", "USD"), DocumentScenes.SALES_TAX));
        }
        Invoice invoice = scenes.issueInvoice(lines);

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            int pages = pdf.pages();
            assertThat(pages).isBetween(40, 70);
            int withLines = 0;
            List<String> texts = pdf.pageTexts();
            for (int page = 1; page <= pages; page++) {
                String text = texts.get(page - 1);
                assertThat(text).as("page %d", page).contains("Page " + page + " of " + pages);
                if (page > 1) {
                    assertThat(text).as("page %d", page).contains("Invoice INV-2026-00001");
                }
                if (text.contains("support hours")) {
                    withLines++;
                    assertThat(text).as("page %d", page).containsOnlyOnce(INVOICE_HEADER);
                }
            }
            assertThat(withLines).isGreaterThanOrEqualTo(pages - 1);
            List<String> inOrder = new ArrayList<>();
            for (int i = 1; i <= 2000; i++) {
                inOrder.add(String.format("Line %04d: support hours 1 h $10.00", i));
            }
            inOrder.add("Amount due " + usd(invoice.amountDue()));
            assertThat(String.join("", texts)).containsSubsequence(inOrder);
            assertThat(pdf.glyphsOutsideMargins()).isEmpty();
        }
    }

    @Test
    void aTwoThousandLineStatementRepeatsItsHeaderOnEveryPage() {
        scenes.movements(1000);

        DocumentScenes.Rendered rendered = scenes.statement(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));

        StatementDocument document = (StatementDocument) rendered.document();
        assertThat(document.statement().lines()).hasSize(1999);
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            int pages = pdf.pages();
            assertThat(pages).isEqualTo(rendered.rendered().pages()).isBetween(40, 70);
            List<String> texts = pdf.pageTexts();
            for (int page = 1; page <= pages; page++) {
                assertThat(texts.get(page - 1)).as("page %d", page).containsOnlyOnce(STATEMENT_HEADER)
                        .contains("Page " + page + " of " + pages);
            }
            List<String> references = new ArrayList<>();
            document.statement().lines().forEach(line -> references.add(line.reference() + " "
                    + usd(line.amount()) + " " + usd(line.balance())));
            assertThat(String.join("", texts)).containsSubsequence(references)
                    .contains("Closing balance " + usd(document.statement().closingBalance()));
            assertThat(pdf.glyphsOutsideMargins()).isEmpty();
        }
    }

    @Test
    void aDescriptionTallerThanAPageIsSplitAcrossPagesAndAWordWiderThanItsColumnIsBroken() {
        StringBuilder essay = new StringBuilder();
        for (int i = 1; i <= 380; i++) {
            essay.append("word").append(i).append(' ');
        }
        String unbroken = "Supercalifragilisticexpialidocious".repeat(6);
        Invoice invoice = scenes.issueInvoice(List.of(
                LineItem.of(essay.toString().strip(), "1", "", Money.of("1.00", "USD")),
                LineItem.of(unbroken, "1", "", Money.of("2.00", "USD"))));

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.pages()).isGreaterThan(1);
            List<String> words = new ArrayList<>();
            for (int i = 1; i <= 380; i++) {
                words.add("word" + i + " ");
            }
            assertThat(pdf.text().replaceAll("\\s+", " ")).containsSubsequence(words);
            // the first piece of the broken word shares its row with the quantity and amounts
            assertThat(pdf.text().replaceAll("\\s", "").replace("1$2.00$2.00", "")).contains(unbroken);
            assertThat(pdf.glyphsOutsideMargins()).isEmpty();
        }
    }
}

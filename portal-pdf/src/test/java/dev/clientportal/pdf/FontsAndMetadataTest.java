package dev.clientportal.pdf;

import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FontsAndMetadataTest {

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());

    @Test
    void textIsSetInEmbeddedLiberationSubsets_soGreekCyrillicAndPolishNamesRenderAnywhere() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            Set<PDFont> fonts = pdf.fonts();
            assertThat(fonts).hasSize(2).allSatisfy(font -> assertThat(PdfPages.embedded(font)).isTrue());
            assertThat(fonts).extracting(PDFont::getName).anySatisfy(name ->
                    assertThat(name).matches("[A-Z]{6}\\+LiberationSans")).anySatisfy(name ->
                    assertThat(name).matches("[A-Z]{6}\\+LiberationSans-Bold"));
            assertThat(pdf.text()).contains("Zoë Łukasiewicz", "ul. Floriańska 12", "Kraków",
                    "Brand guidelines for Δημήτρης", "Landing page (Дмитрий's copy)");
        }
    }

    @Test
    void boldTextIsSetInTheRealBoldFace_andEverythingElseInTheRegularFace() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            String bold = pdf.textInFont("LiberationSans-Bold");
            String regular = pdf.textInFont("LiberationSans");
            // the title, the number, the business name and the section labels are bold
            assertThat(bold).contains("INVOICE", "INV-2026-00001", "FROM", "BILL TO");
            assertThat(regular).doesNotContain("INVOICE", "BILL TO", "FROM");
            // the client's address and the line descriptions are regular
            assertThat(regular).contains("ul. Floriańska 12", "Kraków", "Brand guidelines for Δημήτρης");
            assertThat(bold).doesNotContain("Floriańska", "Brand guidelines");
        }
    }

    @Test
    void titleAuthorSubjectAndCreationDateComeFromTheDocumentAndThePortalClock() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());
        scenes.fixture.clock.set(Instant.parse("2026-03-05T14:30:00Z"));

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            PDDocumentInformation info = pdf.info();
            assertThat(info.getTitle()).isEqualTo("Invoice INV-2026-00001");
            assertThat(info.getAuthor()).isEqualTo("Acme Design Studio");
            assertThat(info.getSubject()).isEqualTo("Invoice INV-2026-00001 for " + DocumentScenes.CLIENT_NAME);
            assertThat(info.getCreator()).isEqualTo("Client Portal SDK");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-03-05T14:30:00Z"));
            assertThat(info.getModificationDate().toInstant()).isEqualTo(Instant.parse("2026-03-05T14:30:00Z"));
        }
    }
}

package dev.clientportal.pdf;

import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleFormatsTest {

    @Test
    void aGermanWorkspaceInvoicesEurosWithGermanSeparatorsAndDatesOnA4() {
        DocumentScenes scenes = DocumentScenes.of(OpenPdfRenderer.create(), Locale.GERMANY, CurrencyUnit.EUR);
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            // German puts a no-break space between the amount and the euro sign
            assertThat(pdf.text()).contains("11.117,45\u00A0€");
            // and a German workspace's documents speak German
            assertThat(pdf.text().replace('\u00A0', ' ')).containsSubsequence("Rechnungsdatum 02.03.2026",
                    "Fällig am 01.04.2026",
                    "Offener Betrag 11.117,45 €", "Logo design 1,5 h 95,50 € NY sales tax 8,875 % · 12,08 € 143,25 €",
                    "Rabatt 5 % -547,56 €");
            assertThat(size(pdf)).as("A4 in whole points").containsExactly(595f, 842f);
        }
    }

    private static float[] size(PdfPages pdf) {
        PDRectangle box = pdf.document.getPage(0).getMediaBox();
        return new float[] {box.getWidth(), box.getHeight()};
    }

    @Test
    void yenHaveNoDecimalsAndUsBusinessesPrintOnLetter() {
        DocumentScenes scenes = DocumentScenes.of(OpenPdfRenderer.create(), Locale.US, CurrencyUnit.JPY);
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("Logo design 1.5 h ¥9,550 NY sales tax 8.875% · ¥1,208 ¥14,325",
                    "Amount due ¥" + String.format("%,d", invoice.amountDue().minorUnits()));
            assertThat(size(pdf)).as("US Letter").containsExactly(612f, 792f);
        }
    }

    @Test
    void bahrainiDinarsHaveThreeDecimals() {
        DocumentScenes scenes = DocumentScenes.of(OpenPdfRenderer.create(), Locale.UK, CurrencyUnit.BHD);
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).containsSubsequence("Issue date 2 Mar 2026", "Amount due BHD11,117.445",
                    "Logo design 1.5 h BHD95.500 NY sales tax 8.875% ·", "BHD143.250", "BHD12.078");
        }
    }

    @Test
    void signatureTimesFollowTheLocaleAndSpellOutTheWorkspaceZone_isoWhereTheFontLacksTheLocalesScript() {
        DocumentScenes german = DocumentScenes.of(OpenPdfRenderer.create(), Locale.GERMANY, CurrencyUnit.EUR);
        // Chinese dates and times carry 年, 月, 日 and 上午, which Liberation Sans lacks
        DocumentScenes chinese = DocumentScenes.of(OpenPdfRenderer.create(), Locale.CHINA, CurrencyUnit.of("CNY"));

        try (PdfPages pdf = PdfPages.of(german.certificate(countersigned(german)).pdf())) {
            assertThat(pdf.text()).contains("Unterschrieben am 02.03.2026, 04:00:00 UTC-05:00 (America/New_York)");
        }
        // Chinese has no translation: English words, Chinese (ISO) dates
        try (PdfPages pdf = PdfPages.of(chinese.certificate(countersigned(chinese)).pdf())) {
            assertThat(pdf.text()).contains("Signed at 2026-03-02 04:00:00 UTC-05:00 (America/New_York)");
        }
    }

    private static Agreement countersigned(DocumentScenes scenes) {
        Agreement agreement = scenes.sendAgreement(scenes.approver("Дмитрий Иванов", "dmitry@example.ru"));
        return scenes.fixture.portal.agreements().countersign(scenes.owner, agreement.id(), 1, "Olivia Owner");
    }

    @Test
    void aCurrencySymbolTheFontLacksIsPrintedAsItsIsoCode() {
        DocumentScenes scenes = DocumentScenes.of(OpenPdfRenderer.create(), Locale.JAPAN, CurrencyUnit.JPY);
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.text()).contains("JPY9,550", "JPY14,325").doesNotContain("\uFFE5");
        }
    }
}

package dev.clientportal.pdf;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.UpdateClient;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 20-line invoice (issued 2 March 2026, due 1 April, 11,117.45 due) rendered in each language and read back
 * from the PDF: the words are the language's, the dates and amounts the locale's.
 */
class TranslatedDocumentsTest {

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of(Locale.US, CurrencyUnit.USD, List.of("INVOICE", "FROM", "BILL TO", "Issue date Mar 2, 2026",
                        "Due date Apr 1, 2026", "Payment terms Net 30", "Amount due $11,117.45",
                        "Description Qty Unit price Tax Amount", "PAYMENT", "Subtotal", "Discount 5%", "Total", "Page 1 of 1"),
                        List.of("Net 30. Please pay $11,117.45 by Apr 1, 2026 and quote INV-2026-00001", "Pay online")),
                Arguments.of(Locale.GERMANY, CurrencyUnit.EUR, List.of("RECHNUNG", "VON", "RECHNUNG AN",
                        "Rechnungsdatum 02.03.2026", "Fällig am 01.04.2026", "Zahlungsziel 30 Tage netto",
                        "Offener Betrag 11.117,45 €", "Beschreibung Menge Einzelpreis Steuer Betrag", "ZAHLUNG",
                        "Zwischensumme", "Rabatt 5 %", "Gesamtbetrag", "Seite 1 von 1"),
                        List.of("Zahlungsziel: 30 Tage netto. Bitte überweisen Sie 11.117,45 € bis zum 01.04.2026 "
                                + "und geben Sie INV-2026-00001 als Verwendungszweck an.", "Online bezahlen")),
                Arguments.of(Locale.FRANCE, CurrencyUnit.EUR, List.of("FACTURE", "ÉMETTEUR", "FACTURÉ À",
                        "Date de facture 2 mars 2026", "Date d’échéance 1 avr. 2026", "Conditions 30 jours net",
                        "Montant dû 11 117,45 €", "Désignation Qté Prix unitaire Taxes Montant", "PAIEMENT",
                        "Sous-total", "Remise 5 %", "Total TTC", "Page 1 sur 1"),
                        List.of("Conditions de paiement : 30 jours net. Merci de régler 11 117,45 € au plus tard le "
                                + "1 avr. 2026 en rappelant la référence INV-2026-00001.", "Payer en ligne")),
                Arguments.of(new Locale("es", "ES"), CurrencyUnit.EUR, List.of("FACTURA", "EMISOR", "FACTURAR A",
                        "Fecha de emisión 2 mar 2026", "Vencimiento 1 abr 2026", "Condiciones de pago Pago a 30 días",
                        "Importe pendiente 11.117,45 €", "Descripción Cant. Precio unitario Impuestos Importe",
                        "PAGO", "Subtotal", "Descuento 5 %", "Total", "Página 1 de 1"),
                        List.of("Pago a 30 días. Le rogamos que pague 11.117,45 € antes del 1 abr 2026 e indique "
                                + "INV-2026-00001 en su pago.", "Pagar en línea")),
                Arguments.of(new Locale("pl", "PL"), CurrencyUnit.of("PLN"), List.of("FAKTURA", "SPRZEDAWCA",
                        "NABYWCA", "Data wystawienia 2 mar 2026", "Termin płatności 1 kwi 2026",
                        "Warunki płatności Przelew 30 dni", "Do zapłaty 11 117,45 zł",
                        "Opis Ilość Cena jedn. Podatek Wartość", "PŁATNOŚĆ", "Suma częściowa", "Rabat 5%", "Razem", "Strona 1 z 1"),
                        List.of("Warunki płatności: Przelew 30 dni. Prosimy o zapłatę 11 117,45 zł do 1 kwi 2026, "
                                + "z numerem INV-2026-00001 w tytule przelewu.", "Zapłać online")),
                Arguments.of(new Locale("pt", "PT"), CurrencyUnit.EUR, List.of("FATURA", "EMITENTE", "FATURAR A",
                        "Data de emissão 02/03/2026", "Data de vencimento 01/04/2026", "Condições A 30 dias",
                        "Valor em dívida 11 117,45 €", "Descrição Qtd. Preço unitário Imposto Valor", "PAGAMENTO",
                        "Subtotal", "Desconto 5%", "Total", "Página 1 de 1"),
                        List.of("Condições de pagamento: A 30 dias. Pague 11 117,45 € até 01/04/2026, indicando a "
                                + "referência INV-2026-00001 no pagamento.", "Pagar online")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void anInvoiceSpeaksTheWorkspacesLanguage_withItsDatesAndAmounts(Locale locale, CurrencyUnit currency,
                                                                     List<String> expected, List<String> howToPay) {
        DocumentScenes scenes = DocumentScenes.of(OpenPdfRenderer.create(), locale, currency);
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(pdf.pages()).as("still one page").isEqualTo(1);
            assertThat(plain(pdf.text())).containsSubsequence(expected);
            assertThat(plain(pdf.textBesideTotals(1)).replace('\n', ' ')).containsSubsequence(howToPay);
        }
    }

    @Test
    void aClientsOwnLocale_beatsTheWorkspaces_forWordsDatesAndAmounts() {
        DocumentScenes scenes = DocumentScenes.of(OpenPdfRenderer.create(), Locale.US, CurrencyUnit.EUR);
        Client german = scenes.fixture.portal.clients().update(scenes.owner,
                UpdateClient.of(scenes.client).withLocale(Locale.GERMANY));
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        DocumentScenes.Rendered rendered = scenes.invoice(invoice);

        assertThat(rendered.document().letterhead().locale()).isEqualTo(german.locale().orElseThrow());
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(plain(pdf.text())).containsSubsequence("RECHNUNG", "Rechnungsdatum 02.03.2026",
                    "Offener Betrag 11.117,45 €", "Seite 1 von 1");
            assertThat(pdf.text()).doesNotContain("Amount due").doesNotContain("Mar 2, 2026");
        }
        assertThat(pdfTitle(rendered.pdf())).isEqualTo("Rechnung " + invoice.number());
    }

    @Test
    void aClientWithoutALocale_getsTheWorkspacesLanguage() {
        DocumentScenes scenes = DocumentScenes.of(OpenPdfRenderer.create(), Locale.FRANCE, CurrencyUnit.EUR);
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());

        try (PdfPages pdf = PdfPages.of(scenes.invoice(invoice).pdf())) {
            assertThat(plain(pdf.text())).containsSubsequence("FACTURE", "Date de facture 2 mars 2026",
                    "Montant dû 11 117,45 €");
        }
    }

    @Test
    void receiptsAndStatementsFollowTheClientsLocaleToo() {
        DocumentScenes scenes = DocumentScenes.of(OpenPdfRenderer.create(), Locale.US, CurrencyUnit.EUR);
        scenes.fixture.portal.clients().update(scenes.owner,
                UpdateClient.of(scenes.client).withLocale(new Locale("pl", "PL")));
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines().subList(0, 3));
        Payment payment = scenes.overpaidAndPartlyRefunded(invoice, Money.of("250.00", CurrencyUnit.EUR),
                Money.of("100.00", CurrencyUnit.EUR));

        try (PdfPages pdf = PdfPages.of(scenes.receipt(payment).pdf())) {
            assertThat(plain(pdf.text())).containsSubsequence("DOWÓD WPŁATY", "WPŁACAJĄCY", "Data wpłaty",
                    "Forma płatności Karta", "Rozliczono na", "Faktura " + invoice.number(),
                    "Nadpłata na Państwa koncie", "Data zwrotu", "DZIĘKUJEMY", "Otrzymano netto");
        }
        try (PdfPages pdf = PdfPages.of(scenes.statement(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                .pdf())) {
            assertThat(plain(pdf.text())).containsSubsequence("WYCIĄG", "1 mar 2026 – 31 mar 2026", "KONTRAHENT",
                    "Saldo początkowe", "Data Operacja Nr referencyjny Wartość Saldo", "Faktura", "Wpłata", "Zwrot",
                    "Saldo końcowe");
        }
    }

    /** The text with every kind of space (no-break, narrow no-break) as a plain space. */
    private static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c != '\n' && Character.isSpaceChar(c) ? ' ' : c));
        return out.toString();
    }

    private static String pdfTitle(byte[] pdf) {
        try (PdfPages pages = PdfPages.of(pdf)) {
            return pages.document.getDocumentInformation().getTitle();
        }
    }
}

package dev.clientportal.pdf;

import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.Agreements;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client reads names, numbers and dates on every document, never the portal's internal identifiers: no
 * {@code contact:} or {@code staff:} actor, and no UUID (the ids of contacts, agreements, payments, clients), in the
 * text of any page nor in the document's metadata.
 */
class NoInternalIdsPdfTest {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());

    @Test
    void noDocumentPrintsAnActorOrAUuid() {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());
        documents.put("invoice", scenes.invoice(invoice).pdf());
        CreditNote note = scenes.creditTwoLines(invoice);
        documents.put("credit note", scenes.creditNote(note).pdf());
        Invoice second = scenes.issueInvoice(scenes.twentyLines().subList(0, 3));
        Payment payment = scenes.overpaidAndPartlyRefunded(second, Money.of("250.00", second.content().currency()),
                Money.of("100.00", second.content().currency()));
        documents.put("receipt", scenes.receipt(payment).pdf());
        documents.put("statement", scenes.statementOfEverything().pdf());

        Contact zoe = scenes.approver("Zoë Łukasiewicz", "zoe@lukasiewicz.example");
        Contact dmitry = scenes.approver("Дмитрий Иванов", "dmitry@lukasiewicz.example");
        Quote quote = scenes.sendQuote(scenes.twentyLines().subList(0, 4), Deposit.percent("30"));
        documents.put("sent quote", scenes.quote(quote).pdf());
        scenes.fixture.clock.advance(Duration.ofHours(1));
        Quote accepted = scenes.fixture.portal.quotes().accept(scenes.signedIn(zoe), quote.id(), "Zoë Ł.",
                ClientRequest.get("203.0.113.9", BROWSER));
        documents.put("accepted quote", scenes.quote(accepted).pdf());

        Agreement agreement = scenes.sendAgreement(zoe, dmitry);
        Agreements agreements = scenes.fixture.portal.agreements();
        agreements.sign(scenes.signedIn(zoe), agreement.id(), 1, "Zoë Łukasiewicz",
                ClientRequest.get("203.0.113.9", BROWSER));
        documents.put("partly signed certificate", scenes.certificate(agreement).pdf());
        agreements.sign(scenes.signedIn(dmitry), agreement.id(), 1, "Дмитрий Иванов",
                ClientRequest.get("198.51.100.77", BROWSER));
        agreements.countersign(scenes.owner, agreement.id(), 1, "Olivia Owner");
        documents.put("countersigned certificate", scenes.certificate(agreement).pdf());

        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            try (PdfPages pdf = PdfPages.of(document.getValue())) {
                String text = pdf.text();
                assertThat(text).as(document.getKey()).doesNotContain("contact:", "staff:", "system:");
                assertThat(UUID.matcher(text).find()).as("%s prints a UUID: %s", document.getKey(), text).isFalse();
                PDDocumentInformation info = pdf.info();
                String metadata = info.getTitle() + " " + info.getSubject() + " " + info.getKeywords() + " "
                        + info.getAuthor();
                assertThat(metadata).as(document.getKey()).doesNotContain("contact:", "staff:");
                assertThat(UUID.matcher(metadata).find()).as("%s metadata %s", document.getKey(), metadata).isFalse();
            }
        }
        try (PdfPages pdf = PdfPages.of(documents.get("accepted quote"))) {
            assertThat(pdf.text()).as("who accepted is named").contains("Zoë Łukasiewicz");
        }
        try (PdfPages pdf = PdfPages.of(documents.get("countersigned certificate"))) {
            assertThat(pdf.text()).as("who countersigned is named").contains("owner@acme.example");
        }
    }
}

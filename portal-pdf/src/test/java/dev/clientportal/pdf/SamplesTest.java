package dev.clientportal.pdf;

import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.Agreements;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders page 1 of each kind of document to PNG, the pictures reviewers look at in {@code docs/samples/}. They
 * are rewritten only when asked: {@code mvn test -pl portal-pdf -am -Dtest=SamplesTest -Dsamples.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SamplesTest {

    private static final float DPI = 110f;
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());

    @Test
    void everyKindOfDocumentRendersAFirstPageInTheBrandColours() throws IOException {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());
        sample("invoice", scenes.invoice(invoice).pdf());

        CreditNote note = scenes.creditTwoLines(invoice);
        sample("credit-note", scenes.creditNote(note).pdf());

        Invoice second = scenes.issueInvoice(scenes.twentyLines().subList(0, 3));
        Payment payment = scenes.overpaidAndPartlyRefunded(second, Money.of("250.00", second.content().currency()),
                Money.of("100.00", second.content().currency()));
        sample("receipt", scenes.receipt(payment).pdf());

        scenes.movements(12);
        sample("statement", scenes.statement(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).pdf());

        Contact zoe = scenes.approver("Zoë Łukasiewicz", "zoe@lukasiewicz.example");
        Contact dimitris = scenes.approver("Δημήτρης Παπαδόπουλος", "dimitris@lukasiewicz.example");
        Contact dmitry = scenes.approver("Дмитрий Иванов", "dmitry@lukasiewicz.example");
        Quote quote = scenes.sendQuote(scenes.twentyLines().subList(0, 8), Deposit.percent("30"));
        scenes.fixture.clock.advance(Duration.ofHours(2));
        Quote accepted = scenes.fixture.portal.quotes().accept(scenes.signedIn(dimitris), quote.id(),
                "Δημήτρης Παπαδόπουλος", ClientRequest.get("2001:db8::7", SAFARI));
        sample("quote", scenes.quote(accepted).pdf());

        Agreement agreement = scenes.sendAgreement(zoe, dimitris, dmitry);
        Agreements agreements = scenes.fixture.portal.agreements();
        agreements.sign(scenes.signedIn(zoe), agreement.id(), 1, "Zoë Łukasiewicz",
                ClientRequest.get("203.0.113.9", FIREFOX));
        scenes.fixture.clock.advance(Duration.ofHours(3));
        agreements.sign(scenes.signedIn(dmitry), agreement.id(), 1, "Дмитрий Иванов",
                ClientRequest.get("198.51.100.77", FIREFOX));
        scenes.fixture.clock.advance(Duration.ofMinutes(20));
        agreements.countersign(scenes.owner, agreement.id(), 1, "Olivia Owner");
        sample("agreement-certificate", scenes.certificate(agreement).pdf());
    }

    @Test
    void theInvoiceInGermanAndFrench_fitsItsLongerWords() throws IOException {
        for (Locale locale : List.of(Locale.GERMANY, Locale.FRANCE)) {
            DocumentScenes translated = DocumentScenes.of(OpenPdfRenderer.create(), locale, CurrencyUnit.EUR);
            byte[] pdf = translated.invoice(translated.issueInvoice(translated.twentyLines())).pdf();
            try (PdfPages pages = PdfPages.of(pdf)) {
                assertThat(pages.pages()).as("the %s invoice stays on one page", locale).isEqualTo(1);
            }
            sample("invoice-" + locale.getLanguage(), pdf);
        }
    }

    private static void sample(String name, byte[] pdf) throws IOException {
        BufferedImage page;
        try (PdfPages pages = PdfPages.of(pdf)) {
            page = pages.image(1, DPI);
        }
        assertThat(accentPixels(page)).as("%s shows the teal accent of the branding", name).isGreaterThan(500);
        if (Boolean.getBoolean("samples.write")) {
            Path directory = Path.of(System.getProperty("samples.dir", "docs/samples"));
            Files.createDirectories(directory);
            ImageIO.write(page, "png", directory.resolve(name + ".png").toFile());
        }
    }

    private static int accentPixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - 0x0F) < 24 && Math.abs(g - 0x76) < 24 && Math.abs(b - 0x6E) < 24) {
                    count++;
                }
            }
        }
        return count;
    }
}

package dev.clientportal.pdf;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.clientportal.core.document.DocumentRenderer;
import dev.clientportal.core.document.InvoiceDocument;
import dev.clientportal.core.document.Letterhead;
import dev.clientportal.core.document.Logo;
import dev.clientportal.core.document.RenderedDocument;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class LogosTest {

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());
    private final Invoice invoice = scenes.issueInvoice(scenes.twentyLines().subList(0, 2));
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(Logos.class);

    @BeforeEach
    void captureWarnings() {
        warnings.start();
        logger.addAppender(warnings);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(warnings);
    }

    @Test
    void theLogoIsPlacedOnTheFirstPage() {
        DocumentScenes.Rendered rendered = scenes.invoice(invoice);

        assertThat(rendered.rendered().isComplete()).isTrue();
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.hasImages()).isTrue();
        }
        assertThat(warnings.list).isEmpty();
    }

    @Test
    void aJpegLogoIsPlacedToo() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DocumentScenes.logoPng()));
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, Color.WHITE, null);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpg", jpeg);
        scenes.logos.put(DocumentScenes.LOGO, jpeg.toByteArray());

        DocumentScenes.Rendered rendered = scenes.invoice(invoice);

        assertThat(rendered.rendered().omissions()).isEmpty();
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.hasImages()).isTrue();
        }
    }

    @Test
    void aMissingLogoLeavesTheDocumentWithoutIt_andSaysSo() {
        scenes.logos.clear();

        DocumentScenes.Rendered rendered = scenes.invoice(invoice);

        assertWithoutLogo(rendered, "the logo source has nothing for this reference");
    }

    @Test
    void aCorruptPngIsLeftOut() {
        byte[] png = DocumentScenes.logoPng();
        scenes.logos.put(DocumentScenes.LOGO, Arrays.copyOf(png, 60));

        assertWithoutLogo(scenes.invoice(invoice), "logo 'logos/acme.png'");
    }

    @Test
    void anImageThatIsNeitherPngNorJpegIsLeftOut() {
        scenes.logos.put(DocumentScenes.LOGO, "GIF89a not really a logo".getBytes(StandardCharsets.US_ASCII));

        assertWithoutLogo(scenes.invoice(invoice), "not a PNG or JPEG image");
    }

    @Test
    void aLogoSourceThatFailsDoesNotFailTheDocument() {
        InvoiceDocument document = (InvoiceDocument) scenes.invoice(invoice).document();
        Letterhead letterhead = document.letterhead();
        Logo failing = new Logo(letterhead.logo().workspaceId(), "s3://logos/acme.png", 7,
                (workspace, reference) -> {
                    throw new IllegalStateException("file store unavailable");
                });
        InvoiceDocument withFailingLogo = new InvoiceDocument(document.key(), new Letterhead(letterhead.businessName(),
                letterhead.email(), letterhead.addressLines(), letterhead.taxIds(), letterhead.locale(),
                letterhead.primaryColour(), letterhead.accentColour(), failing), document.billTo(), document.invoice(),
                document.mark(), document.payUrl(), document.generatedAt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RenderedDocument rendered = OpenPdfRenderer.create().render(withFailingLogo, out);

        assertWithoutLogo(new DocumentScenes.Rendered(withFailingLogo, rendered, out.toByteArray()),
                "file store unavailable");
    }

    @Test
    void aRenderingWithoutItsLogoIsNotCached_soTheLogoAppearsOnceTheSourceHasItAgain() {
        DocumentRenderer cached = DocumentRenderer.cached(OpenPdfRenderer.create(), 8 << 20);
        scenes.logos.clear();
        InvoiceDocument document = (InvoiceDocument) scenes.invoice(invoice).document();

        RenderedDocument first = cached.render(document, new ByteArrayOutputStream());
        scenes.logos.put(DocumentScenes.LOGO, DocumentScenes.logoPng());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RenderedDocument second = cached.render(document, out);
        RenderedDocument third = cached.render(document, new ByteArrayOutputStream());

        assertThat(first.isComplete()).isFalse();
        assertThat(second.fromCache()).isFalse();
        assertThat(second.isComplete()).isTrue();
        assertThat(third.fromCache()).isTrue();
        try (PdfPages pdf = PdfPages.of(out.toByteArray())) {
            assertThat(pdf.hasImages()).isTrue();
        }
    }

    private void assertWithoutLogo(DocumentScenes.Rendered rendered, String reason) {
        assertThat(rendered.rendered().omissions()).singleElement().asString().startsWith("logo '").contains(reason);
        try (PdfPages pdf = PdfPages.of(rendered.pdf())) {
            assertThat(pdf.hasImages()).isFalse();
            assertThat(pdf.text()).contains("INVOICE", "INV-2026-00001", "Amount due");
        }
        assertThat(warnings.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains("rendering without the logo").contains(reason);
        });
    }
}

package dev.clientportal.benchmarks.pdf;

import dev.clientportal.core.document.InvoiceDocument;
import dev.clientportal.core.document.Letterhead;
import dev.clientportal.core.document.Logo;
import dev.clientportal.core.document.StatementDocument;
import dev.clientportal.pdf.OpenPdfRenderer;
import dev.clientportal.pdf.testing.DocumentScenes;
import io.nayuki.qrcodegen.QrCode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The documents the benchmarks render, built through the real portal (the same scenes the tests render) and then
 * detached from it, so a benchmark's heap holds the document and nothing of the portal that made it.
 */
final class SampleDocuments {

    private SampleDocuments() {
    }

    /** The 1-page invoice: 20 lines, two tax rates, a line discount, a 5 % discount, logo and pay link. */
    static InvoiceDocument invoice() {
        DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());
        InvoiceDocument document = (InvoiceDocument) scenes.invoice(scenes.issueInvoice(scenes.twentyLines()))
                .document();
        return new InvoiceDocument(document.key(), detached(document.letterhead()), document.billTo(),
                document.invoice(), document.mark(), document.payUrl(), document.generatedAt());
    }

    /** A statement of exactly {@code lines} movements (invoices and payments), with the logo. */
    static StatementDocument statement(int lines) {
        DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());
        scenes.movementLines(lines);
        StatementDocument document = (StatementDocument) scenes.statementOfEverything().document();
        if (document.statement().lines().size() != lines) {
            throw new IllegalStateException("expected " + lines + " lines, got " + document.statement().lines().size());
        }
        return new StatementDocument(document.key(), detached(document.letterhead()), document.billTo(),
                document.statement(), document.generatedAt());
    }

    /** The logo as a PNG data URI, for the HTML peer. */
    static String logoDataUri() {
        return HtmlPeer.dataUri(DocumentScenes.logoPng());
    }

    /** A QR code of a text as a PNG data URI (4 pixels a module, quiet zone included), for the HTML peer. */
    static String qrDataUri(String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int scale = 4;
        int border = 4;
        int size = (code.size + 2 * border) * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = code.getModule(x / scale - border, y / scale - border);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HtmlPeer.dataUri(png.toByteArray());
    }

    /** The letterhead with a logo source that holds the logo bytes itself instead of the scenes' portal. */
    private static Letterhead detached(Letterhead letterhead) {
        byte[] png = DocumentScenes.logoPng();
        Logo logo = letterhead.logo();
        return new Letterhead(letterhead.businessName(), letterhead.email(), letterhead.addressLines(),
                letterhead.taxIds(), letterhead.locale(), letterhead.primaryColour(), letterhead.accentColour(),
                new Logo(logo.workspaceId(), logo.reference(), logo.brandingVersion(),
                        (workspaceId, reference) -> Optional.of(png)));
    }
}

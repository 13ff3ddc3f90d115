package dev.clientportal.pdf.archviolation;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;

/** A planted violation: adapter code reaching for a second PDF library. The architecture test must catch it. */
public final class ReadsPdfWithPdfBox {

    private ReadsPdfWithPdfBox() {
    }

    /** Opens a PDF with PDFBox, which portal-pdf's main code must never do. */
    public static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }
}

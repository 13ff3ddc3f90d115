package dev.clientportal.pdf;

import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Image;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.DocumentRenderer;
import dev.clientportal.core.document.PrintableDocument;
import dev.clientportal.core.document.RenderedDocument;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Renders invoices, credit notes, payment receipts, client statements, quotes and agreement signature certificates
 * as PDF with OpenPDF: the workspace's logo and colours, an embedded Unicode font (Liberation Sans), words in the
 * document locale's language (English, German, French, Spanish, Polish or Portuguese; English for any other),
 * amounts, dates and times in that locale and the workspace's zone, tables whose header repeats on every page, a status stamp (PAID, VOID,
 * OVERDUE, ACCEPTED, EXPIRED, SIGNED, …), a "Pay online" link with its QR code, the evidence of every signature
 * and acceptance, and "Page X of Y" on every page. Thread-safe; create one and share it.
 *
 * <pre>{@code
 * InMemoryStores stores = InMemoryStores.create();
 * ClientPortal portal = ClientPortal.builder()
 *     .stores(stores)
 *     .fileStore(stores.fileStore())
 *     .renderer(OpenPdfRenderer.create())
 *     .build();
 * }</pre>
 */
public final class OpenPdfRenderer implements DocumentRenderer {

    /** The content type of everything this renderer writes. */
    public static final String CONTENT_TYPE = "application/pdf";

    private static final String CREATOR = "Client Portal SDK";

    private final Map<DocumentKind, Layout<?>> layouts;
    private final Set<DocumentKind> kinds;
    private final Logos logos = new Logos();

    OpenPdfRenderer(List<Layout<?>> layouts) {
        Map<DocumentKind, Layout<?>> byKind = new EnumMap<>(DocumentKind.class);
        for (Layout<?> layout : layouts) {
            byKind.put(layout.kind(), layout);
        }
        this.layouts = byKind;
        this.kinds = Collections.unmodifiableSet(byKind.keySet());
    }

    /**
     * A renderer for every kind of document: invoice, credit note, receipt, statement, quote and agreement
     * signature certificate.
     *
     * @return a renderer, safe to share between threads
     */
    public static OpenPdfRenderer create() {
        return new OpenPdfRenderer(List.of(new InvoiceLayout(), new CreditNoteLayout(), new ReceiptLayout(),
                new StatementLayout(), new QuoteLayout(), new CertificateLayout()));
    }

    /** {@value #CONTENT_TYPE}. */
    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    /** Every kind this renderer has a layout for. */
    @Override
    public Set<DocumentKind> kinds() {
        return kinds;
    }

    /**
     * Writes the document as PDF to {@code out}, which stays open.
     *
     * @throws PortalException {@link ErrorCode#UNSUPPORTED_DOCUMENT} for a kind without a layout
     * @throws UncheckedIOException when {@code out} fails
     */
    @Override
    public RenderedDocument render(PrintableDocument document, OutputStream out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        Layout<?> layout = layouts.get(document.kind());
        if (layout == null) {
            throw PortalException.invalid(ErrorCode.UNSUPPORTED_DOCUMENT, "document.kind", document.kind(),
                    "this PDF renderer lays out only " + kinds);
        }
        return render(layout, document, new CountingStream(out));
    }

    private <D extends PrintableDocument> RenderedDocument render(Layout<D> layout, PrintableDocument document,
                                                                  CountingStream out) {
        D typed = layout.type().cast(document);
        List<String> omissions = new ArrayList<>(1);
        Optional<Image> logo = logos.image(document.letterhead().logo(), omissions);
        Palette palette = Palette.of(document.letterhead());
        Locale locale = document.letterhead().locale();
        Labels labels = Labels.of(locale);
        String title = layout.title(typed, labels);
        String business = document.letterhead().businessName();
        try {
            Sheet sheet = new Sheet(out, locale,
                    new Sheet.Meta(title, business, labels.get(Phrase.SUBJECT, title, document.billTo().name()),
                            CREATOR, document.generatedAt()),
                    palette, labels, business + " · " + title, title);
            layout.draw(typed, sheet, Formats.of(locale, layout.currency(typed)), logo);
            int pages = sheet.close();
            return new RenderedDocument(CONTENT_TYPE, document.baseName() + ".pdf", out.count, pages, omissions,
                    false);
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the stream's IOException, sometimes twice, in exceptions without a cause
            Exception cause = e;
            while (cause instanceof ExceptionConverter converter) {
                cause = converter.getException();
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("could not write " + title, io);
            }
            throw e;
        }
    }

    /** Counts what reaches the caller's stream. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}

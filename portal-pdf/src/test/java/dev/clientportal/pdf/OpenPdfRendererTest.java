package dev.clientportal.pdf;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.DocumentRenderer;
import dev.clientportal.core.document.PrintableDocument;
import dev.clientportal.core.document.RenderedDocument;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.pdf.testing.DocumentScenes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenPdfRendererTest {

    private final DocumentScenes scenes = DocumentScenes.usd(OpenPdfRenderer.create());

    @Test
    void itLaysOutEveryKindOfDocumentAsPdf() {
        OpenPdfRenderer renderer = OpenPdfRenderer.create();

        assertThat(renderer.kinds()).isEqualTo(EnumSet.allOf(DocumentKind.class));
        assertThat(renderer.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aKindWithoutALayoutIsATypedError() {
        OpenPdfRenderer invoicesOnly = new OpenPdfRenderer(List.of(new InvoiceLayout()));
        scenes.movements(2);
        PrintableDocument statement = scenes.statement(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                .document();

        assertThat(invoicesOnly.kinds()).containsExactly(DocumentKind.INVOICE);
        assertThatThrownBy(() -> invoicesOnly.render(statement, new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.UNSUPPORTED_DOCUMENT);
                    assertThat(e.getMessage()).contains("STATEMENT");
                });
    }

    @Test
    void theCallersStreamIsLeftOpenWithTheWholeDocumentInIt() {
        PrintableDocument document = invoiceDocument();
        CloseTracking out = new CloseTracking();

        RenderedDocument rendered = OpenPdfRenderer.create().render(document, out);

        assertThat(out.closed).isFalse();
        assertThat(rendered.size()).isEqualTo(out.bytes.size()).isGreaterThan(1000);
        assertThat(new String(out.bytes.toByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(rendered.pages()).isEqualTo(1);
    }

    @Test
    void aStreamThatFailsIsReportedAsAnUncheckedIoException() {
        PrintableDocument document = invoiceDocument();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("connection reset by peer");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset by peer");
            }
        };

        assertThatThrownBy(() -> OpenPdfRenderer.create().render(document, broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("connection reset by peer");
    }

    @Test
    void oneInstanceRendersOnManyThreadsAtOnce() throws Exception {
        OpenPdfRenderer renderer = OpenPdfRenderer.create();
        List<PrintableDocument> documents = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            PrintableDocument document = scenes.invoice(scenes.issueInvoice(scenes.twentyLines().subList(0, 5 + i)))
                    .document();
            documents.add(document);
            expected.add(text(renderer, document));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (PrintableDocument document : documents) {
                    texts.add(pool.submit(() -> text(renderer, document)));
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).isEqualTo(expected.get(i % documents.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnchangedDocumentIsServedFromTheCacheByteForByte() {
        DocumentRenderer cached = DocumentRenderer.cached(OpenPdfRenderer.create(), 8 << 20);
        PrintableDocument document = invoiceDocument();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        cached.render(document, first);
        RenderedDocument again = cached.render(document, second);

        assertThat(again.fromCache()).isTrue();
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }

    private PrintableDocument invoiceDocument() {
        Invoice invoice = scenes.issueInvoice(scenes.twentyLines());
        return scenes.invoice(invoice).document();
    }

    private static String text(OpenPdfRenderer renderer, PrintableDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(document, out);
        try (PdfPages pdf = PdfPages.of(out.toByteArray())) {
            return pdf.text();
        }
    }

    /** Remembers whether it was closed. */
    private static final class CloseTracking extends FilterOutputStream {
        final ByteArrayOutputStream bytes;
        boolean closed;

        CloseTracking() {
            this(new ByteArrayOutputStream());
        }

        private CloseTracking(ByteArrayOutputStream bytes) {
            super(bytes);
            this.bytes = bytes;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

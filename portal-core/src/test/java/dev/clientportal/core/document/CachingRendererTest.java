package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

class CachingRendererTest {

    private final RecordingRenderer recorder = RecordingRenderer.all();
    private final PortalFixture fixture = PortalFixture.inMemory(builder -> builder.renderer(recorder));
    private final StaffPrincipal owner = fixture.workspace("Acme Design", USD);
    private final Client globex = fixture.client(owner, "Globex");

    @Test
    void theCacheHoldsNoMoreBytesThanItsBound() {
        CachingRenderer cache = new CachingRenderer(new FixedSizeRenderer(100_000), 250_000);

        for (int i = 0; i < 6; i++) {
            cache.render(documentOf(fixture.issuedInvoice(owner, globex, "1.00")), OutputStream.nullOutputStream());
        }

        assertThat(cache.entries()).isBetween(1L, 2L);
    }

    @Test
    void aDocumentLargerThanTheWholeCacheIsStillWrittenInFull() {
        CachingRenderer cache = new CachingRenderer(new FixedSizeRenderer(100_000), 10_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RenderedDocument rendered = cache.render(documentOf(fixture.issuedInvoice(owner, globex, "1.00")), out);

        assertThat(out.size()).isEqualTo(100_000);
        assertThat(rendered.size()).isEqualTo(100_000);
        assertThat(cache.entries()).isZero();
    }

    @Test
    void aZeroBoundTurnsTheCacheOff() {
        PortalFixture uncached = PortalFixture.inMemory(builder -> builder.renderer(recorder).documentCache(0));
        StaffPrincipal acme = uncached.workspace("Acme", USD);
        Invoice invoice = uncached.issuedInvoice(acme, uncached.client(acme, "Globex"), "1.00");

        uncached.portal.documents().invoice(acme, invoice.id(), OutputStream.nullOutputStream());
        RenderedDocument again = uncached.portal.documents().invoice(acme, invoice.id(),
                OutputStream.nullOutputStream());

        assertThat(again.fromCache()).isFalse();
        assertThat(recorder.rendered).hasSize(2);
    }

    private InvoiceDocument documentOf(Invoice invoice) {
        fixture.portal.documents().invoice(owner, invoice.id(), OutputStream.nullOutputStream());
        return (InvoiceDocument) recorder.last();
    }

    /** Writes a fixed number of bytes for any document. */
    private static final class FixedSizeRenderer implements DocumentRenderer {
        private final int size;

        FixedSizeRenderer(int size) {
            this.size = size;
        }

        @Override
        public String contentType() {
            return "application/octet-stream";
        }

        @Override
        public Set<DocumentKind> kinds() {
            return EnumSet.allOf(DocumentKind.class);
        }

        @Override
        public RenderedDocument render(PrintableDocument document, OutputStream out) {
            try {
                out.write(new byte[size]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new RenderedDocument(contentType(), document.baseName(), size, 1, List.of(), false);
        }
    }
}

package dev.clientportal.pdf.testing;

import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.DocumentRenderer;
import dev.clientportal.core.document.PrintableDocument;
import dev.clientportal.core.document.RenderedDocument;

import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Passes documents to a real renderer and keeps the last one, so tests and benchmarks can render it again. */
public final class CapturingRenderer implements DocumentRenderer {

    private final DocumentRenderer delegate;
    private final AtomicReference<PrintableDocument> last = new AtomicReference<>();

    /** Wraps a renderer. */
    public CapturingRenderer(DocumentRenderer delegate) {
        this.delegate = delegate;
    }

    /** The last document rendered. */
    public PrintableDocument last() {
        return last.get();
    }

    @Override
    public String contentType() {
        return delegate.contentType();
    }

    @Override
    public Set<DocumentKind> kinds() {
        return delegate.kinds();
    }

    @Override
    public RenderedDocument render(PrintableDocument document, OutputStream out) {
        last.set(document);
        return delegate.render(document, out);
    }
}

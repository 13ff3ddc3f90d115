package dev.clientportal.core.document;

import java.io.OutputStream;
import java.util.Set;

/**
 * Lays out printable documents in one format (PDF, for {@code portal-pdf}). Implementations must be thread-safe:
 * one instance serves every request.
 */
public interface DocumentRenderer {

    /** The content type of what {@link #render} writes, e.g. {@code application/pdf}. */
    String contentType();

    /** The kinds of document this renderer can lay out. */
    Set<DocumentKind> kinds();

    /**
     * Writes the document to {@code out}, which stays open. A logo that cannot be loaded or decoded is left out
     * (and listed in {@link RenderedDocument#omissions()}); it never fails the document.
     *
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#UNSUPPORTED_DOCUMENT}
     *         for a kind not in {@link #kinds()}
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    RenderedDocument render(PrintableDocument document, OutputStream out);

    /**
     * A renderer that keeps rendered bytes in memory, up to {@code maxBytes} in total, keyed by
     * {@link PrintableDocument#key()}: a document whose key is unchanged is written from memory without being laid
     * out again. Incomplete renderings (see {@link RenderedDocument#omissions()}) are not kept.
     */
    static DocumentRenderer cached(DocumentRenderer renderer, long maxBytes) {
        return new CachingRenderer(renderer, maxBytes);
    }
}

package dev.clientportal.core.document;

import java.io.OutputStream;
import java.util.Set;

/**
 * Lays out printable documents in one format (PDF, for {@code portal-pdf}). Implementations must be thread-safe:
 * one instance serves every request.
 */
public interface DocumentRenderer {

    /**
     * The content type of what {@link #render} writes, e.g. {@code application/pdf}.
     *
     * @return the content type written, e.g. {@code application/pdf}
     */
    String contentType();

    /**
     * The kinds of document this renderer can lay out.
     *
     * @return the kinds this renderer lays out
     */
    Set<DocumentKind> kinds();

    /**
     * Writes the document to {@code out}, which stays open. A logo that cannot be loaded or decoded is left out
     * (and listed in {@link RenderedDocument#omissions()}); it never fails the document.
     *
     * @param document the document to lay out
     * @param out      where the document is written; left open
     * @return the content type, file name, size and page count of what was written, with anything left out
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#UNSUPPORTED_DOCUMENT}
     *         for a kind not in {@link #kinds()}
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    RenderedDocument render(PrintableDocument document, OutputStream out);

    /**
     * A renderer that keeps rendered bytes in memory, up to {@code maxBytes} in total, keyed by
     * {@link PrintableDocument#key()}: a document whose key is unchanged is written from memory without being laid
     * out again. Incomplete renderings (see {@link RenderedDocument#omissions()}) are not kept.
     *
     * @param renderer the renderer that lays documents out on a cache miss
     * @param maxBytes the most bytes kept in memory over all cached renderings
     * @return the caching renderer
     */
    static DocumentRenderer cached(DocumentRenderer renderer, long maxBytes) {
        return new CachingRenderer(renderer, maxBytes);
    }
}

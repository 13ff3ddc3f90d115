package dev.clientportal.core.document;

import java.util.List;
import java.util.Objects;

/**
 * What a renderer wrote: the content type and file name a host sends with the bytes, and how the rendering went.
 *
 * @param contentType e.g. {@code application/pdf}
 * @param fileName    a safe file name with extension, e.g. {@code INV-2026-00001.pdf}
 * @param size        how many bytes were written
 * @param pages       how many pages the document has
 * @param omissions   what had to be left out, e.g. a logo that could not be read; empty when complete
 * @param fromCache   whether the bytes came from the cache instead of a fresh rendering
 */
public record RenderedDocument(String contentType, String fileName, long size, int pages, List<String> omissions,
                               boolean fromCache) {

    /**
     * Requires every part and copies the omissions.
     *
     * @param contentType e.g. {@code application/pdf}
     * @param fileName    a safe file name with extension, e.g. {@code INV-2026-00001.pdf}
     * @param size        how many bytes were written
     * @param pages       how many pages the document has
     * @param omissions   what had to be left out, e.g. a logo that could not be read; empty when complete
     * @param fromCache   whether the bytes came from the cache instead of a fresh rendering
     */
    public RenderedDocument {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fileName, "fileName");
        omissions = List.copyOf(omissions);
    }

    /**
     * Whether everything the document should show is in it.
     *
     * @return whether nothing had to be left out
     */
    public boolean isComplete() {
        return omissions.isEmpty();
    }

    /**
     * The same rendering, as served from the cache.
     *
     * @return a copy with {@code fromCache} set
     */
    public RenderedDocument servedFromCache() {
        return new RenderedDocument(contentType, fileName, size, pages, omissions, true);
    }
}

package dev.clientportal.core.document;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps rendered bytes keyed by {@link DocumentKey}. There is nothing to invalidate: a changed document, branding,
 * settings, client, mark or pay link changes the key, and the old entry ages out under the byte bound.
 */
final class CachingRenderer implements DocumentRenderer {

    /** What an entry costs beyond its bytes (key, record, map node), so tiny documents are not free. */
    private static final int ENTRY_OVERHEAD = 512;

    private final DocumentRenderer delegate;
    private final Cache<DocumentKey, Entry> cache;

    CachingRenderer(DocumentRenderer delegate, long maxBytes) {
        this.delegate = Objects.requireNonNull(delegate, "renderer");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((DocumentKey key, Entry entry) -> (int) Math.min(Integer.MAX_VALUE,
                        (long) entry.bytes.length + ENTRY_OVERHEAD))
                .build();
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
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        Entry hit = cache.getIfPresent(document.key());
        if (hit != null) {
            write(hit.bytes, out);
            return hit.rendered.servedFromCache();
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        RenderedDocument rendered = delegate.render(document, buffer);
        byte[] bytes = buffer.toByteArray();
        if (rendered.isComplete()) {
            cache.put(document.key(), new Entry(bytes, rendered));
        }
        write(bytes, out);
        return rendered;
    }

    /** How many renderings are held; for tests and monitoring. */
    long entries() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private static void write(byte[] bytes, OutputStream out) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the rendered document", e);
        }
    }

    private record Entry(byte[] bytes, RenderedDocument rendered) {
    }
}

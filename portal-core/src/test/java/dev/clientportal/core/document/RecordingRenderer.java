package dev.clientportal.core.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A renderer that writes the document key as text and remembers every document it laid out. */
final class RecordingRenderer implements DocumentRenderer {

    final List<PrintableDocument> rendered = new CopyOnWriteArrayList<>();
    private final Set<DocumentKind> kinds;
    private volatile List<String> omissions = List.of();

    RecordingRenderer(Set<DocumentKind> kinds) {
        this.kinds = kinds;
    }

    static RecordingRenderer all() {
        return new RecordingRenderer(EnumSet.allOf(DocumentKind.class));
    }

    void omitting(String... what) {
        this.omissions = List.of(what);
    }

    PrintableDocument last() {
        return rendered.get(rendered.size() - 1);
    }

    @Override
    public String contentType() {
        return "text/plain";
    }

    @Override
    public Set<DocumentKind> kinds() {
        return kinds;
    }

    @Override
    public RenderedDocument render(PrintableDocument document, OutputStream out) {
        rendered.add(document);
        byte[] bytes = document.key().toString().getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedDocument(contentType(), document.baseName() + ".txt", bytes.length, 1, omissions, false);
    }
}

package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.PrintableDocument;
import dev.clientportal.core.money.CurrencyUnit;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * How one kind of document is laid out. A new kind of document is one more subclass, registered in
 * {@link OpenPdfRenderer#create()}.
 *
 * @param <D> the document type
 */
abstract class Layout<D extends PrintableDocument> {

    private final DocumentKind kind;
    private final Class<D> type;
    private final Phrase noun;

    /**
     * @param kind the kind laid out
     * @param type the document type laid out
     * @param noun what a reader calls it, e.g. "Invoice"
     */
    Layout(DocumentKind kind, Class<D> type, Phrase noun) {
        this.kind = kind;
        this.type = type;
        this.noun = noun;
    }

    /** The kind laid out. */
    final DocumentKind kind() {
        return kind;
    }

    /** The document type laid out. */
    final Class<D> type() {
        return type;
    }

    /** The document's name as a reader says it, e.g. "Invoice INV-2026-00001" or "Rechnung …"; the PDF title. */
    final String title(D document, Labels labels) {
        return labels.get(noun) + " " + reference(document, labels);
    }

    /**
     * What tells this document from others of its kind, in the document's language: its number by default; layouts
     * whose reference has words in it (a draft, a revision, a version) say them in the language.
     */
    String reference(D document, Labels labels) {
        return document.reference();
    }

    /** The currency its amounts are formatted in, or {@code null} for a document without amounts. */
    abstract @Nullable CurrencyUnit currency(D document);

    /** Draws the document onto the sheet, from the top of the first page. */
    abstract void draw(D document, Sheet sheet, Formats formats, Optional<Image> logo);
}

package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.PrintableDocument;
import dev.clientportal.core.money.CurrencyUnit;

import java.util.Optional;

/**
 * How one kind of document is laid out. A new kind of document is one more implementation, registered in
 * {@link OpenPdfRenderer#create()}.
 *
 * @param <D> the document type
 */
interface Layout<D extends PrintableDocument> {

    /** The kind laid out. */
    DocumentKind kind();

    /** The document type laid out. */
    Class<D> type();

    /** The document's name as a reader says it, e.g. "Invoice INV-2026-00001"; also the PDF title. */
    String title(D document);

    /** The currency its amounts are formatted in. */
    CurrencyUnit currency(D document);

    /** Draws the document onto the sheet, from the top of the first page. */
    void draw(D document, Sheet sheet, Formats formats, Optional<Image> logo);
}

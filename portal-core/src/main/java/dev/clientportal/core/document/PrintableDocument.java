package dev.clientportal.core.document;

import java.time.Instant;

/**
 * A document ready to be laid out: immutable and self-contained, so a renderer needs nothing but it (and its
 * logo source). Core builds them from the aggregates; a new kind of document is one more record here and one more
 * layout in each renderer.
 */
public sealed interface PrintableDocument
        permits InvoiceDocument, CreditNoteDocument, ReceiptDocument, StatementDocument, QuoteDocument,
        AgreementCertificateDocument {

    /**
     * Which kind of document this is.
     *
     * @return the kind of this document
     */
    DocumentKind kind();

    /**
     * What rendered bytes of this document are cached under.
     *
     * @return the cache key of its rendering
     */
    DocumentKey key();

    /**
     * The business issuing the document.
     *
     * @return the issuing business's letterhead
     */
    Letterhead letterhead();

    /**
     * The client it is addressed to.
     *
     * @return the client's billing block
     */
    BillTo billTo();

    /**
     * When it was put together (by the portal's clock); renderers use it as the creation date.
     *
     * @return when it was put together, from the portal's clock
     */
    Instant generatedAt();

    /**
     * The document's number or reference as printed, e.g. {@code INV-2026-00001}.
     *
     * @return the number or reference as printed, e.g. {@code INV-2026-00001}
     */
    String reference();

    /**
     * A file name without extension made of safe characters only, e.g. {@code INV-2026-00001}.
     *
     * @return the reference reduced to safe file-name characters, without extension
     */
    default String baseName() {
        return Keys.fileName("", reference(), kind());
    }
}

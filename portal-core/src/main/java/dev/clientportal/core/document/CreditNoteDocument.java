package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.workspace.Workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * A credit note as printed: its lines and totals, the invoice it credits, and how the credit was used.
 *
 * @param key         what its rendering is cached under
 * @param letterhead  the issuing business
 * @param billTo      the credited client
 * @param creditNote  the credit note
 * @param generatedAt when the document was put together
 */
public record CreditNoteDocument(DocumentKey key, Letterhead letterhead, BillTo billTo, CreditNote creditNote,
                                 Instant generatedAt) implements PrintableDocument {

    /**
     * Requires every part.
     *
     * @param key         what its rendering is cached under
     * @param letterhead  the issuing business
     * @param billTo      the credited client
     * @param creditNote  the credit note
     * @param generatedAt when the document was put together
     */
    public CreditNoteDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(creditNote, "creditNote");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /**
     * The document of a credit note.
     *
     * @param workspace   the workspace issuing it, for its letterhead, branding and time zone
     * @param client      the client it is addressed to, for its billing block
     * @param creditNote  the credit note
     * @param logos       where the workspace logo is loaded from when the document is laid out
     * @param generatedAt when the document is put together, from the portal's clock
     * @return the printable credit note
     */
    public static CreditNoteDocument of(Workspace workspace, Client client, CreditNote creditNote, LogoSource logos,
                                        Instant generatedAt) {
        DocumentKey key = new DocumentKey(workspace.id(), "credit-note/" + creditNote.id(), creditNote.version(),
                workspace.brandingVersion(), Keys.variant(workspace, client));
        return new CreditNoteDocument(key, Letterhead.of(workspace, client, logos), BillTo.of(client), creditNote,
                generatedAt);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.CREDIT_NOTE;
    }

    /** The credit note number. */
    @Override
    public String reference() {
        return creditNote.number();
    }
}

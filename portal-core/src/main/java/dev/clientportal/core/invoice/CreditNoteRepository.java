package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores credit notes, always scoped by workspace. Credit notes are inserted once and never changed. */
public interface CreditNoteRepository {

    /**
     * Inserts a credit note.
     *
     * @param creditNote the credit note to store
     * @return the credit note as stored
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when it or
     *         its number exists already
     */
    CreditNote save(CreditNote creditNote);

    /**
     * The credit note with this id in the workspace; empty if it does not exist there.
     *
     * @param workspaceId the workspace
     * @param id          the credit note
     * @return the credit note; empty if it does not exist in the workspace
     */
    Optional<CreditNote> find(WorkspaceId workspaceId, CreditNoteId id);

    /**
     * Every credit note against an invoice, oldest first.
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @return the credit notes against the invoice, oldest first
     */
    List<CreditNote> forInvoice(WorkspaceId workspaceId, InvoiceId invoiceId);
}

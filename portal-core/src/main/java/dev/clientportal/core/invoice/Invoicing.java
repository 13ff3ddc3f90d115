package dev.clientportal.core.invoice;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;

/**
 * Writing, issuing, voiding and crediting invoices. Every call is scoped to the principal's workspace: an id from
 * another workspace answers {@link dev.clientportal.core.kernel.ErrorCode#INVOICE_NOT_FOUND}.
 */
public interface Invoicing {

    /**
     * Creates a draft for a client, in the client's currency, priced with the workspace's tax rounding.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param command   the client and the draft's content
     * @return the new draft
     */
    Invoice createDraft(StaffPrincipal principal, DraftInvoice command);

    /**
     * Replaces a draft's content.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param invoiceId the draft
     * @param command   the draft's new content
     * @return the draft with its new content
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVOICE_NOT_EDITABLE}
     *         once issued
     */
    Invoice updateDraft(StaffPrincipal principal, InvoiceId invoiceId, DraftInvoice command);

    /**
     * Deletes a draft; issued invoices are never deleted (void them instead).
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param invoiceId the draft
     */
    void discardDraft(StaffPrincipal principal, InvoiceId invoiceId);

    /**
     * Issues a draft: assigns the next number from the workspace pattern, sets the issue date (today in the
     * workspace's zone) and due date, and raises {@link InvoiceIssued}.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param invoiceId the draft
     * @return the invoice as issued, with its number
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#PERIOD_LOCKED}
     *         when today is in a closed period ({@code ClientPortal.periods()})
     */
    Invoice issue(StaffPrincipal principal, InvoiceId invoiceId);

    /**
     * Issues a draft as {@link #issue(StaffPrincipal, InvoiceId)} does, only while it is still at the version the
     * caller read: the check and the issue are one unit of work, so a change in between refuses the call.
     *
     * @param principal       the staff member acting; the call is scoped to their workspace
     * @param invoiceId       the draft
     * @param expectedVersion the version the caller last read ({@link Invoice#version()})
     * @return the invoice as issued, with its number
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when the invoice is at another version, nothing written; otherwise as {@link #issue(StaffPrincipal,
     *         InvoiceId)}
     */
    Invoice issue(StaffPrincipal principal, InvoiceId invoiceId, long expectedVersion);

    /**
     * Issues many drafts in one transaction, as {@link #issue} issues one: consecutive numbers in the order given,
     * one audit entry and one {@link InvoiceIssued} per invoice. Every draft is checked before anything is written,
     * so one that cannot be issued rejects the whole batch and nothing is issued.
     *
     * @param principal  the staff member acting; the call is scoped to their workspace
     * @param invoiceIds the drafts, at most {@value dev.clientportal.core.kernel.InputLimits#LIST}, each once; an
     *                   empty list issues nothing
     * @return the invoices as issued, in the order of {@code invoiceIds}
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVOICE_NOT_FOUND}
     *         for an id not in the workspace, {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE} for an id
     *         listed twice or too many ids, and the code {@link #issue} would raise (e.g.
     *         {@link dev.clientportal.core.kernel.ErrorCode#INVOICE_NOT_EDITABLE} for one issued already) naming the
     *         draft as {@code invoiceIds[i]}; {@link dev.clientportal.core.kernel.ErrorCode#PERIOD_LOCKED}
     *         when today is in a closed period
     */
    List<Invoice> issueAll(StaffPrincipal principal, List<InvoiceId> invoiceIds);

    /**
     * Voids an open invoice that has no net payments; client credit applied to it is given back. The reason is
     * required, at most 2,000 characters.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param invoiceId the invoice
     * @param reason    why, at most 2,000 characters
     * @return the invoice, void
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVOICE_HAS_PAYMENTS};
     *         {@link dev.clientportal.core.kernel.ErrorCode#PERIOD_LOCKED} when the invoice is dated in a closed period
     */
    Invoice voidInvoice(StaffPrincipal principal, InvoiceId invoiceId, String reason);

    /**
     * Voids an invoice as {@link #voidInvoice(StaffPrincipal, InvoiceId, String)} does, only while it is still at
     * the version the caller read: the check and the void are one unit of work, so a change in between refuses the
     * call.
     *
     * @param principal       the staff member acting; the call is scoped to their workspace
     * @param invoiceId       the invoice
     * @param expectedVersion the version the caller last read ({@link Invoice#version()})
     * @param reason          why, at most 2,000 characters
     * @return the invoice, void
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when the invoice is at another version, nothing written; otherwise as
     *         {@link #voidInvoice(StaffPrincipal, InvoiceId, String)}
     */
    Invoice voidInvoice(StaffPrincipal principal, InvoiceId invoiceId, long expectedVersion, String reason);

    /**
     * Writes an open invoice off as uncollectible; the reason is required, at most 2,000 characters.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param invoiceId the invoice
     * @param reason    why, at most 2,000 characters
     * @return the invoice, uncollectible
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#PERIOD_LOCKED}
     *         when today, the write-off's date, is in a closed period
     */
    Invoice markUncollectible(StaffPrincipal principal, InvoiceId invoiceId, String reason);

    /**
     * One invoice.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param invoiceId the invoice
     * @return the invoice
     */
    Invoice get(StaffPrincipal principal, InvoiceId invoiceId);

    /**
     * A page of invoices, newest first; {@code limit} is 1 to 500.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param filter    which invoices
     * @param offset    how many items to skip
     * @param limit     the page size, 1 to 500
     * @return the page of invoices, newest first
     */
    List<Invoice> list(StaffPrincipal principal, InvoiceFilter filter, int offset, int limit);

    /**
     * Issues a credit note against an invoice: it reduces the amount due, and any excess over what is still due
     * becomes client credit. Invoice lines are credited at their share after the invoice discount, each once, so
     * crediting every line sums exactly to the invoice total (see {@link IssueCreditNote}).
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param command   the invoice, the reason and the lines to credit
     * @return the issued credit note, with its number
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CREDIT_EXCEEDS_INVOICE}
     *         beyond what is left to credit or for a line credited already;
     *         {@link dev.clientportal.core.kernel.ErrorCode#PERIOD_LOCKED} when the invoice or today, the credit
     *         note's date, is in a closed period
     */
    CreditNote issueCreditNote(StaffPrincipal principal, IssueCreditNote command);

    /**
     * One credit note.
     *
     * @param principal    the staff member acting; the call is scoped to their workspace
     * @param creditNoteId the credit note
     * @return the credit note
     */
    CreditNote creditNote(StaffPrincipal principal, CreditNoteId creditNoteId);

    /**
     * The credit notes against an invoice, oldest first.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param invoiceId the invoice
     * @return the credit notes against an invoice, oldest first
     */
    List<CreditNote> creditNotes(StaffPrincipal principal, InvoiceId invoiceId);
}

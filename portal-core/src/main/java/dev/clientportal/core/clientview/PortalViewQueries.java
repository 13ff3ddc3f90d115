package dev.clientportal.core.clientview;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Facts the client-facing views are built from, each a SELECT (with COUNT, SUM, MIN, GROUP BY) over stored columns;
 * core ({@link PortalViews}) decides what a client sees: client-facing status, overdue, the approver rule, the
 * balance. Every method is scoped to one client of one workspace; drafts never appear.
 *
 * <p>Orderings, where a method promises one: numbers and references compare as binary strings (what
 * {@code String.compareTo} and a binary SQL collation do); ids compare in UUID order, meaning the unsigned order of
 * their 16 bytes, which is also the order of their lowercase text form (PostgreSQL's {@code uuid} order).
 */
public interface PortalViewQueries {

    /**
     * Per currency, in no particular order, the totals of the client's payable invoices; {@code overdueBefore} is
     * the day whose earlier next due dates count as overdue.
     *
     * @param workspaceId   the workspace
     * @param clientId      the client
     * @param overdueBefore the day whose earlier next due dates count as overdue
     * @return the totals per currency, in no particular order
     */
    List<OpenInvoiceTotals> openTotals(WorkspaceId workspaceId, ClientId clientId, LocalDate overdueBefore);

    /**
     * The client's payable invoices (open, partially paid, uncollectible), earliest next due date first, then by
     * number; at most {@code limit}.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param limit       the most rows to return
     * @return the payable invoices (open, partially paid, uncollectible), earliest next due date first, then by number
     */
    List<InvoiceRow> openInvoices(WorkspaceId workspaceId, ClientId clientId, int limit);

    /**
     * A page of the client's issued invoices passing a filter, newest first: issue date descending, then number
     * descending; {@code total} counts every row passing the filter.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param filter      the client's filter on the rows
     * @param offset      how many items to skip
     * @param limit       the page size
     * @return the page, newest first; its {@code total} counts every row passing the filter
     */
    Page<InvoiceRow> invoices(WorkspaceId workspaceId, ClientId clientId, InvoiceRowFilter filter, int offset,
                              int limit);

    /**
     * One issued invoice of the client; empty for a draft, another client's or another workspace's.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param invoiceId   the invoice
     * @return one issued invoice of the client; empty for a draft, another client's or another workspace's
     */
    Optional<Invoice> invoice(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId);

    /**
     * The payments allocated to an invoice, in every state (a pending or failed one by what it would settle), each
     * with its stored status: oldest received first, then recorded, then id (UUID order).
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @return the invoice's payments, oldest received first, then recorded, then by id
     */
    List<PaymentSummary> invoicePayments(WorkspaceId workspaceId, InvoiceId invoiceId);

    /**
     * The credit notes against an invoice: oldest issued first, then by number.
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @return the invoice's credit notes, oldest issued first, then by number
     */
    List<CreditNoteSummary> invoiceCreditNotes(WorkspaceId workspaceId, InvoiceId invoiceId);

    /**
     * One issued invoice of the client with its payments and credit notes, the answers {@link #invoice},
     * {@link #invoicePayments} and {@link #invoiceCreditNotes} give, read together for the invoice's page; empty for a
     * draft, another client's or another workspace's. This default makes those three calls; an SQL adapter answers in
     * fewer statements.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param invoiceId   the invoice
     * @return the invoice with its payments and credit notes in the orders those methods promise; empty for a draft,
     *         another client's or another workspace's
     */
    default Optional<InvoiceDetailFacts> invoiceDetail(WorkspaceId workspaceId, ClientId clientId,
                                                       InvoiceId invoiceId) {
        return invoice(workspaceId, clientId, invoiceId).map(invoice -> new InvoiceDetailFacts(invoice,
                invoicePayments(workspaceId, invoiceId), invoiceCreditNotes(workspaceId, invoiceId)));
    }

    /**
     * A page of the client's payments, newest first: received descending, then recorded descending, then id
     * descending (UUID order), in every state, each with its stored status; {@code total} counts all of them.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param offset      how many items to skip
     * @param limit       the page size
     * @return the page, newest received first; its {@code total} counts all of the client's payments
     */
    Page<PaymentSummary> payments(WorkspaceId workspaceId, ClientId clientId, int offset, int limit);

    /**
     * How many of the client's deliverables have a pending approval request awaiting {@code contact}'s decision,
     * or, without a contact, awaiting anyone.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param contact     the contact whose decision is awaited; empty to count requests awaiting anyone
     * @return the number of deliverables awaiting a decision
     */
    int approvalsAwaiting(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact);

    /**
     * How many of the client's agreements are open for signature and not yet signed by {@code contact}, or,
     * without a contact, not yet signed by the client at all.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param contact     the contact whose signature is missing; empty to count agreements the client has not signed at
     *                    all
     * @return the number of agreements awaiting a signature
     */
    int signaturesAwaiting(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact);

    /**
     * How many of the client's quotes are sent and not expired on {@code today} (expiry day included).
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param today       today in the workspace's zone
     * @return the number of quotes awaiting the client's decision
     */
    int quotesAwaiting(WorkspaceId workspaceId, ClientId clientId, LocalDate today);

    /**
     * How many messages in the client's threads, written by others, {@code viewerKey} has not read.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param viewerKey   the reader, as {@link dev.clientportal.core.access.PortalPrincipal#viewerKey()}
     * @return the number of unread messages
     */
    int unreadMessages(WorkspaceId workspaceId, ClientId clientId, String viewerKey);
}

package dev.clientportal.core.views;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The client-facing read models, answered by the store in a fixed number of queries per call. Every method is
 * scoped to one client of one workspace; drafts never appear.
 */
public interface PortalViewQueries {

    /**
     * The client's dashboard on {@code today}. Pending approvals are those awaiting {@code contact}'s decision, or
     * awaiting anyone of the client when no contact is given (a staff preview); unread messages are counted for
     * {@code viewerKey}.
     */
    ClientDashboard dashboard(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact, String viewerKey,
                              LocalDate today);

    /** A page of the client's issued invoices, newest first. */
    Page<InvoiceSummary> invoices(WorkspaceId workspaceId, ClientId clientId, InvoiceListQuery query, LocalDate today);

    /** One issued invoice of the client with its payments and credit notes; empty for drafts and other clients. */
    Optional<InvoiceDetail> invoice(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId, LocalDate today);

    /** A page of the client's payments, newest first. */
    Page<PaymentSummary> payments(WorkspaceId workspaceId, ClientId clientId, int offset, int limit);
}

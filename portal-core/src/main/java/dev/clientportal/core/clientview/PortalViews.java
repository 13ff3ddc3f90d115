package dev.clientportal.core.clientview;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.LocalDate;

/**
 * What a client sees in its portal. Every call takes the acting {@link PortalPrincipal} and shows only its own
 * client's documents; anything else — another client's invoice, a draft, a page a document link does not open —
 * answers {@code *_NOT_FOUND}, exactly as if it did not exist.
 */
public interface PortalViews {

    /**
     * The home page: balances (amount due, credit and the balance net of credit, which equals the closing balance of
     * the client's statement through today), open invoices, recent payments, pending approvals, unread messages.
     */
    ClientDashboard dashboard(PortalPrincipal principal);

    /** A page of the client's invoices, newest first. */
    Page<InvoiceSummary> invoices(PortalPrincipal principal, InvoiceListQuery query);

    /** One invoice with its payments and credit notes; records the view for analytics. */
    InvoiceDetail invoice(PortalPrincipal principal, InvoiceId invoiceId, ClientRequest request);

    /** A page of the client's payments, newest first; {@code limit} is 1 to 100. */
    Page<PaymentSummary> payments(PortalPrincipal principal, int offset, int limit);

    /** The client's statement in its currency; records the view for analytics. */
    Statement statement(PortalPrincipal principal, LocalDate from, LocalDate to, ClientRequest request);
}

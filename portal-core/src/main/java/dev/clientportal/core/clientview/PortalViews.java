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
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @return the client's dashboard
     */
    ClientDashboard dashboard(PortalPrincipal principal);

    /**
     * A page of the client's invoices, newest first.
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @param query     which states to show, and the page
     * @return the page of invoice summaries, with the total count
     */
    Page<InvoiceSummary> invoices(PortalPrincipal principal, InvoiceListQuery query);

    /**
     * One invoice with its payments and credit notes; records the view for analytics.
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @param invoiceId the invoice
     * @param request   the client's HTTP request, recorded with the view
     * @return the invoice with its payments and credit notes
     */
    InvoiceDetail invoice(PortalPrincipal principal, InvoiceId invoiceId, ClientRequest request);

    /**
     * A page of the client's payments, newest first, each saying where it stands ({@link PaymentSummary#status()}):
     * a pending or failed payment is listed but paid nothing; {@code limit} is 1 to 100.
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @param offset    how many items to skip
     * @param limit     the page size, 1 to 100
     * @return the page of payment summaries, with the total count
     */
    Page<PaymentSummary> payments(PortalPrincipal principal, int offset, int limit);

    /**
     * The client's statement in its currency; records the view for analytics.
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @param from      the first day of the statement
     * @param to        the last day of the statement, on or after {@code from}
     * @param request   the client's HTTP request, recorded with the view
     * @return the client's statement
     */
    Statement statement(PortalPrincipal principal, LocalDate from, LocalDate to, ClientRequest request);
}

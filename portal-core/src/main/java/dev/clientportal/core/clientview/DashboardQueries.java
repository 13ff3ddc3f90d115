package dev.clientportal.core.clientview;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.receivables.ReceivablesQueries;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The facts of a client's dashboard in one answer, so a database can read them in one or two statements instead of a
 * dozen. The answer must equal what the separate ports answer ({@link #composedOf}, the reference); core keeps every
 * rule that turns the facts into the page.
 */
public interface DashboardQueries {

    /**
     * The dashboard facts of one client of one workspace, read on {@code today}.
     *
     * @param workspaceId    the workspace
     * @param clientId       the client
     * @param contact        the contact whose approvals, signatures and roles count; empty for anyone's (a preview)
     * @param viewerKey      the reader of the messages, as {@link dev.clientportal.core.access.PortalPrincipal#viewerKey()}
     * @param today          today in the workspace's zone: overdue before it, quotes expiring on or after it,
     *                       movements through it
     * @param openInvoices   the most open invoice rows to return
     * @param recentPayments the most payments to return
     * @return the facts
     */
    DashboardFacts dashboardFacts(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact,
                                  String viewerKey, LocalDate today, int openInvoices, int recentPayments);

    /**
     * The facts composed of the separate ports' answers, one call per fact (and one movements call per currency): what
     * every adapter answers unless it reads them together.
     *
     * @param views       the client-facing read models
     * @param receivables the receivables facts (the movements)
     * @param clients     the clients (their credit balances)
     * @param contacts    the contacts (their roles)
     * @return the composed queries
     */
    static DashboardQueries composedOf(PortalViewQueries views, ReceivablesQueries receivables,
                                       ClientRepository clients, ContactRepository contacts) {
        return new ComposedDashboardQueries(views, receivables, clients, contacts);
    }
}

package dev.clientportal.core.views;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.PortalRuntime;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.DocumentRef;
import dev.clientportal.core.access.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.LocalDate;
import java.util.Optional;

final class PortalViewService implements PortalViews {

    private final PortalViewQueries queries;
    private final ReceivablesQueries receivables;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final Analytics analytics;
    private final PortalRuntime runtime;

    PortalViewService(PortalViewQueries queries, ReceivablesQueries receivables, WorkspaceRepository workspaces,
                      ClientRepository clients, Analytics analytics, PortalRuntime runtime) {
        this.queries = queries;
        this.receivables = receivables;
        this.workspaces = workspaces;
        this.clients = clients;
        this.analytics = analytics;
        this.runtime = runtime;
    }

    @Override
    public ClientDashboard dashboard(PortalPrincipal principal) {
        requireClientWide(principal, "dashboard");
        Optional<ContactId> contact = principal instanceof ContactPrincipal signedIn
                ? Optional.of(signedIn.contactId()) : Optional.empty();
        return runtime.execute(events -> queries.dashboard(principal.workspaceId(), previewedClient(principal),
                contact, principal.viewerKey(), today(principal)));
    }

    @Override
    public Page<InvoiceSummary> invoices(PortalPrincipal principal, InvoiceListQuery query) {
        requireClientWide(principal, "invoices");
        PortalException.requireField(query, "query");
        return runtime.execute(events -> queries.invoices(principal.workspaceId(), previewedClient(principal), query,
                today(principal)));
    }

    @Override
    public InvoiceDetail invoice(PortalPrincipal principal, InvoiceId invoiceId, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoiceId, "invoiceId");
        DocumentRef document = DocumentRef.of(DocumentType.INVOICE, invoiceId);
        principal.requireVisible(principal.workspaceId(), principal.clientId(), document, ErrorCode.INVOICE_NOT_FOUND);
        InvoiceDetail detail = runtime.execute(events -> queries.invoice(principal.workspaceId(),
                principal.clientId(), invoiceId, today(principal)).orElseThrow(() ->
                PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId)));
        analytics.recordView(principal, document, request);
        return detail;
    }

    @Override
    public Page<PaymentSummary> payments(PortalPrincipal principal, int offset, int limit) {
        requireClientWide(principal, "payments");
        if (offset < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "offset", offset, "must not be negative");
        }
        if (limit < 1 || limit > 100) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and 100");
        }
        return runtime.execute(events -> queries.payments(principal.workspaceId(), previewedClient(principal),
                offset, limit));
    }

    @Override
    public Statement statement(PortalPrincipal principal, LocalDate from, LocalDate to, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        Statement.requireValidPeriod(from, to);
        DocumentRef document = DocumentRef.of(DocumentType.STATEMENT, principal.clientId());
        principal.requireVisible(principal.workspaceId(), principal.clientId(), document, ErrorCode.DOCUMENT_NOT_FOUND);
        Statement statement = runtime.execute(events -> {
            Client client = clients.find(principal.workspaceId(), principal.clientId()).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "statement", principal.clientId()));
            return receivables.statement(client.workspaceId(), client.id(), client.currency(), from, to);
        });
        analytics.recordView(principal, document, request);
        return statement;
    }

    /** Lists and the dashboard span the whole client: a document link does not open them. */
    private static void requireClientWide(PortalPrincipal principal, String page) {
        PortalException.requireField(principal, "principal");
        if (principal.channel() == AccessChannel.DOCUMENT_LINK) {
            throw PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "page", page);
        }
    }

    /**
     * The principal's client. A staff preview names a client id the host passed in, which may belong to no client of
     * the workspace: that answers not found, as a list of nothing would hide the mistake.
     */
    private ClientId previewedClient(PortalPrincipal principal) {
        if (principal.channel() == AccessChannel.STAFF
                && clients.find(principal.workspaceId(), principal.clientId()).isEmpty()) {
            throw PortalException.notFound(ErrorCode.CLIENT_NOT_FOUND, "client", principal.clientId());
        }
        return principal.clientId();
    }

    private LocalDate today(PortalPrincipal principal) {
        Workspace workspace = workspaces.require(principal.workspaceId());
        return runtime.today(workspace.settings().timeZone());
    }
}

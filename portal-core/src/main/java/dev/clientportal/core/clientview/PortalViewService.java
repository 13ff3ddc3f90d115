package dev.clientportal.core.clientview;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.AccessChannel;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.analytics.AnalyticsWiring;
import dev.clientportal.core.analytics.ViewRecording;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoicingWiring;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.receivables.Ledger;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

final class PortalViewService implements PortalViews {

    private static final Comparator<CurrencyUnit> BY_CODE = Comparator.comparing(CurrencyUnit::code);
    /** How long an instance keeps a workspace's time zone. */
    private static final Duration ZONE_KEPT = Duration.ofSeconds(30);

    private final PortalViewQueries queries;
    private final DashboardQueries dashboards;
    private final ReceivablesQueries receivables;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final Analytics analytics;
    private final ViewRecording views;
    private final PortalRuntime runtime;
    /**
     * Each workspace's time zone as this instance last read it, kept {@link #ZONE_KEPT}: every page needs the
     * workspace's today, and reading the whole workspace for it was a statement and most of a page's mapping. After
     * a change of time zone an instance keeps the old one that long at most, which moves the day pages count from
     * by that long around midnight; nothing is written from it.
     */
    private final Cache<WorkspaceId, ZoneId> zones = Caffeine.newBuilder().expireAfterWrite(ZONE_KEPT)
            .maximumSize(10_000).build();

    PortalViewService(PortalViewQueries queries, DashboardQueries dashboards, ReceivablesQueries receivables,
                      WorkspaceRepository workspaces, ClientRepository clients, Analytics analytics,
                      PortalRuntime runtime) {
        this.queries = queries;
        this.dashboards = dashboards;
        this.receivables = receivables;
        this.workspaces = workspaces;
        this.clients = clients;
        this.analytics = analytics;
        this.views = AnalyticsWiring.viewRecording(analytics);
        this.runtime = runtime;
    }

    @Override
    public ClientDashboard dashboard(PortalPrincipal principal) {
        requireClientWide(principal, "dashboard");
        Optional<ContactId> contact = principal instanceof ContactPrincipal signedIn
                ? Optional.of(signedIn.contactId()) : Optional.empty();
        return runtime.read(() -> {
            WorkspaceId workspaceId = principal.workspaceId();
            ClientId clientId = previewedClient(principal);
            LocalDate today = today(principal);
            DashboardFacts facts = dashboards.dashboardFacts(workspaceId, clientId, contact, principal.viewerKey(),
                    today, ClientDashboard.MAX_OPEN_INVOICES, ClientDashboard.RECENT_PAYMENTS);
            List<InvoiceSummary> open = facts.openInvoices().stream().map(row -> InvoiceSummary.of(row, today))
                    .toList();
            return new ClientDashboard(balances(facts, today), open, facts.recentPayments(),
                    pendingDecisions(facts, contact), facts.unreadMessages());
        });
    }

    /**
     * What the client owes per currency — every currency with an open invoice or credit — with its credit and the
     * balance net of it, which {@link Ledger#balance} computes exactly as it closes the client's statement.
     */
    private static List<BalanceDue> balances(DashboardFacts facts, LocalDate today) {
        Map<CurrencyUnit, OpenInvoiceTotals> open = new TreeMap<>(BY_CODE);
        for (OpenInvoiceTotals totals : facts.openTotals()) {
            open.put(totals.amountDue().currency(), totals);
        }
        // a client's credit balances hold only currencies with credit
        Map<CurrencyUnit, Money> credit = facts.creditBalances();
        Set<CurrencyUnit> currencies = new TreeSet<>(BY_CODE);
        currencies.addAll(open.keySet());
        currencies.addAll(credit.keySet());
        List<BalanceDue> balances = new ArrayList<>();
        for (CurrencyUnit currency : currencies) {
            Money zero = Money.zero(currency);
            OpenInvoiceTotals totals = open.get(currency);
            Money balance = Ledger.balance(currency, facts.movementSums().stream()
                    .filter(sum -> sum.amount().currency().equals(currency))
                    .map(sum -> sum.asMovementOn(today)).toList(), today);
            balances.add(totals == null
                    ? new BalanceDue(currency, zero, null, 0, 0, credit.getOrDefault(currency, zero), balance)
                    : new BalanceDue(currency, totals.amountDue(), totals.oldestDueDate(), totals.invoices(),
                            totals.overdueInvoices(), credit.getOrDefault(currency, zero), balance));
        }
        return balances;
    }

    /**
     * Decisions waiting: for a signed-in contact its approvals and signatures, and the client's open quotes only if
     * it is an approver (as stored now: a role change applies at once); for a staff preview, anyone's.
     */
    private static int pendingDecisions(DashboardFacts facts, Optional<ContactId> contact) {
        boolean decidesQuotes = contact.isEmpty() || facts.viewerRoles().contains(Role.APPROVER);
        return facts.approvalsAwaiting() + facts.signaturesAwaiting() + (decidesQuotes ? facts.quotesAwaiting() : 0);
    }

    @Override
    public Page<InvoiceSummary> invoices(PortalPrincipal principal, InvoiceListQuery query) {
        requireClientWide(principal, "invoices");
        PortalException.requireField(query, "query");
        return runtime.read(() -> {
            LocalDate today = today(principal);
            Page<InvoiceRow> rows = queries.invoices(principal.workspaceId(), previewedClient(principal),
                    InvoiceSummary.filterFor(query.show(), today), query.offset(), query.limit());
            return new Page<>(rows.items().stream().map(row -> InvoiceSummary.of(row, today)).toList(),
                    rows.offset(), rows.limit(), rows.total());
        });
    }

    @Override
    public InvoiceDetail invoice(PortalPrincipal principal, InvoiceId invoiceId, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoiceId, "invoiceId");
        DocumentRef document = DocumentRef.of(DocumentType.INVOICE, invoiceId);
        principal.requireVisible(principal.workspaceId(), principal.clientId(), document, ErrorCode.INVOICE_NOT_FOUND);
        // one read-only transaction: the invoice's facts, and the last send the view's classification needs
        InvoicePageRead read = runtime.read(() -> {
            InvoiceDetailFacts facts = queries.invoiceDetail(principal.workspaceId(), principal.clientId(), invoiceId)
                    .orElseThrow(() -> PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
            return new InvoicePageRead(new InvoiceDetail(facts.invoice(),
                    InvoiceSummary.of(facts.invoice(), today(principal)), facts.payments(), facts.creditNotes()),
                    views.lastSentAt(principal.workspaceId(), document));
        });
        // the invoice just read is what the catalog would resolve: the view recording need not read it again
        views.recordView(principal, InvoicingWiring.documentInfo(read.detail().invoice()), read.lastSentAt(), request);
        return read.detail();
    }

    /** What an invoice's page reads in its transaction: the detail, and when the invoice was last sent. */
    private record InvoicePageRead(InvoiceDetail detail, Optional<Instant> lastSentAt) {
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
        return runtime.read(() -> queries.payments(principal.workspaceId(), previewedClient(principal),
                offset, limit));
    }

    @Override
    public Statement statement(PortalPrincipal principal, LocalDate from, LocalDate to, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        Statement.requireValidPeriod(from, to);
        DocumentRef document = DocumentRef.of(DocumentType.STATEMENT, principal.clientId());
        principal.requireVisible(principal.workspaceId(), principal.clientId(), document, ErrorCode.DOCUMENT_NOT_FOUND);
        Statement statement = runtime.read(() -> {
            Client client = clients.find(principal.workspaceId(), principal.clientId()).orElseThrow(() ->
                    PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "statement", principal.clientId()));
            return Ledger.statement(client.id(), client.currency(), from, to,
                    receivables.movements(client.workspaceId(), Optional.of(client.id()), client.currency(), to));
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
        return runtime.today(zones.get(principal.workspaceId(),
                workspaceId -> workspaces.require(workspaceId).settings().timeZone()));
    }
}

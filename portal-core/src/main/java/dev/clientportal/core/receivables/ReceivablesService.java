package dev.clientportal.core.receivables;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

final class ReceivablesService implements Receivables {

    private static final long MAX_FORECAST_DAYS = 731;

    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final ReceivablesQueries queries;
    private final PortalRuntime runtime;

    ReceivablesService(WorkspaceRepository workspaces, ClientRepository clients, ReceivablesQueries queries,
                       PortalRuntime runtime) {
        this.workspaces = workspaces;
        this.clients = clients;
        this.queries = queries;
        this.runtime = runtime;
    }

    @Override
    public AgingReport aging(StaffPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> {
            LocalDate asOf = today(principal);
            return ReceivablesReports.aging(queries.openAmountSums(principal.workspaceId(),
                    ReceivablesReports.COLLECTING, AgingBucket.periodStarts(asOf)), asOf);
        });
    }

    @Override
    public AgingReport aging(StaffPrincipal principal, LocalDate asOf) {
        PortalException.requireField(principal, "principal");
        InputLimits.requireDate(PortalException.requireField(asOf, "asOf"), "asOf");
        return runtime.read(() -> ReceivablesReports.aging(queries.openAmountSums(workspace(principal).id(),
                ReceivablesReports.COLLECTING, AgingBucket.periodStarts(asOf)), asOf));
    }

    @Override
    public Statement statement(StaffPrincipal principal, ClientId clientId, LocalDate from, LocalDate to) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> {
            Client client = client(principal, clientId);
            return statementOf(client, client.currency(), from, to);
        });
    }

    @Override
    public Statement statement(StaffPrincipal principal, ClientId clientId, CurrencyUnit currency, LocalDate from,
                               LocalDate to) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(currency, "currency");
        return runtime.read(() -> statementOf(client(principal, clientId), currency, from, to));
    }

    private Statement statementOf(Client client, CurrencyUnit currency, LocalDate from, LocalDate to) {
        Statement.requireValidPeriod(from, to);
        return Ledger.statement(client.id(), currency, from, to,
                queries.movements(client.workspaceId(), Optional.of(client.id()), currency, to));
    }

    @Override
    public DaysSalesOutstanding daysSalesOutstanding(StaffPrincipal principal, CurrencyUnit currency, LocalDate from,
                                                     LocalDate to) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(currency, "currency");
        Statement.requireValidPeriod(from, to);
        return runtime.read(() -> {
            WorkspaceId workspaceId = workspace(principal).id();
            return ReceivablesReports.daysSalesOutstanding(currency, from, to,
                    queries.movements(workspaceId, Optional.empty(), currency, to),
                    queries.creditSales(workspaceId, currency, from, to));
        });
    }

    @Override
    public List<DashboardFigures> dashboard(StaffPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> {
            WorkspaceId workspaceId = principal.workspaceId();
            LocalDate today = today(principal);
            List<DashboardFigures> figures = ReceivablesReports.dashboard(queries.openAmounts(workspaceId),
                    queries.receipts(workspaceId, ReceivablesReports.quarterStart(today), today), today);
            return withEveryCurrencyInUse(figures, queries.currenciesInUse(workspaceId));
        });
    }

    @Override
    public CashFlowForecast cashFlow(StaffPrincipal principal, LocalDate from, LocalDate to,
                                     CashFlowForecast.Granularity granularity) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(granularity, "granularity");
        requirePeriod(from, to, MAX_FORECAST_DAYS);
        return runtime.read(() -> ReceivablesReports.cashFlow(queries.openAmounts(workspace(principal).id()),
                from, to, granularity));
    }

    /** A currency the workspace deals in has its dashboard, zeros included, ordered by currency code. */
    private static List<DashboardFigures> withEveryCurrencyInUse(List<DashboardFigures> figures,
                                                                 List<CurrencyUnit> inUse) {
        Map<CurrencyUnit, DashboardFigures> byCurrency = new TreeMap<>(Comparator.comparing(CurrencyUnit::code));
        for (CurrencyUnit currency : inUse) {
            Money zero = Money.zero(currency);
            byCurrency.put(currency, new DashboardFigures(currency, zero, zero, zero, zero, zero, 0, 0));
        }
        figures.forEach(figure -> byCurrency.put(figure.currency(), figure));
        return List.copyOf(byCurrency.values());
    }

    private LocalDate today(StaffPrincipal principal) {
        return runtime.today(workspace(principal).settings().timeZone());
    }

    private static void requirePeriod(LocalDate from, LocalDate to, long maxDays) {
        InputLimits.requireDate(PortalException.requireField(from, "from"), "from");
        InputLimits.requireDate(PortalException.requireField(to, "to"), "to");
        if (to.isBefore(from)) {
            throw PortalException.invalid(ErrorCode.INVALID_PERIOD, "to", to, "must not be before from = " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= maxDays) {
            throw PortalException.invalid(ErrorCode.INVALID_PERIOD, "period", from + ".." + to,
                    "must span at most " + maxDays + " days");
        }
    }

    private Workspace workspace(StaffPrincipal principal) {
        return workspaces.require(principal.workspaceId());
    }

    private Client client(StaffPrincipal principal, ClientId clientId) {
        return clients.require(principal.workspaceId(), clientId);
    }
}

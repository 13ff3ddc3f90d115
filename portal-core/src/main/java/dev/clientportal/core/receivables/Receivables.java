package dev.clientportal.core.receivables;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.LocalDate;
import java.util.List;

/** What is owed and when it will come in: aging, statements, DSO, the payment dashboard and cash-flow forecast. */
public interface Receivables {

    /** Aging as of today in the workspace's zone. */
    AgingReport aging(StaffPrincipal principal);

    /** Aging as of a given day. */
    AgingReport aging(StaffPrincipal principal, LocalDate asOf);

    /**
     * A client's statement in its own currency.
     *
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVALID_PERIOD} when
     *         {@code to} is before {@code from} or the period exceeds ten years; {@code INVALID_VALUE} for a date
     *         outside 1900-01-01..2999-12-31
     */
    Statement statement(StaffPrincipal principal, ClientId clientId, LocalDate from, LocalDate to);

    /** A client's statement in a given currency. */
    Statement statement(StaffPrincipal principal, ClientId clientId, CurrencyUnit currency, LocalDate from,
                        LocalDate to);

    /** Days sales outstanding over a period. */
    DaysSalesOutstanding daysSalesOutstanding(StaffPrincipal principal, CurrencyUnit currency, LocalDate from,
                                              LocalDate to);

    /** Dashboard figures per currency as of today in the workspace's zone. */
    List<DashboardFigures> dashboard(StaffPrincipal principal);

    /** Expected receipts over a period (at most two years). */
    CashFlowForecast cashFlow(StaffPrincipal principal, LocalDate from, LocalDate to,
                              CashFlowForecast.Granularity granularity);
}

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

    /**
     * Aging as of today in the workspace's zone.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @return what is open per client and currency, by how long past due
     */
    AgingReport aging(StaffPrincipal principal);

    /**
     * Aging as of a given day.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param asOf      the day ages are counted to
     * @return what is open per client and currency, by how long past due
     */
    AgingReport aging(StaffPrincipal principal, LocalDate asOf);

    /**
     * A client's statement in its own currency.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client
     * @param from      the first day of the period
     * @param to        the last day of the period, not before {@code from}
     * @return the statement in the client's currency
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#INVALID_PERIOD} when
     *         {@code to} is before {@code from} or the period exceeds ten years; {@code INVALID_VALUE} for a date
     *         outside 1900-01-01..2999-12-31
     */
    Statement statement(StaffPrincipal principal, ClientId clientId, LocalDate from, LocalDate to);

    /**
     * A client's statement in a given currency.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client
     * @param currency  the currency of the statement
     * @param from      the first day of the period
     * @param to        the last day of the period, not before {@code from}
     * @return the statement of the client's movements in that currency
     */
    Statement statement(StaffPrincipal principal, ClientId clientId, CurrencyUnit currency, LocalDate from,
                        LocalDate to);

    /**
     * Days sales outstanding over a period.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param currency  the currency to measure in
     * @param from      the first day of the period
     * @param to        the last day of the period, not before {@code from}
     * @return the receivables, credit sales and DSO of the period
     */
    DaysSalesOutstanding daysSalesOutstanding(StaffPrincipal principal, CurrencyUnit currency, LocalDate from,
                                              LocalDate to);

    /**
     * Dashboard figures per currency as of today in the workspace's zone.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @return one set of figures per currency in use
     */
    List<DashboardFigures> dashboard(StaffPrincipal principal);

    /**
     * Expected receipts over a period (at most two years).
     *
     * @param principal   the staff member acting; must belong to the workspace
     * @param from        the first day forecast
     * @param to          the last day forecast, not before {@code from}
     * @param granularity the period length: days, weeks or months
     * @return what is overdue and what falls due per period and currency
     */
    CashFlowForecast cashFlow(StaffPrincipal principal, LocalDate from, LocalDate to,
                              CashFlowForecast.Granularity granularity);
}

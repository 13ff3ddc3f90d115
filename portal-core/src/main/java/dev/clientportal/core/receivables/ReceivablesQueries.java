package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.workspace.WorkspaceId;

import java.time.LocalDate;
import java.util.List;

/**
 * Read models over invoices, credit notes and payments, answered by the store (in SQL by the JPA adapter) rather
 * than by loading aggregates. Arguments are validated by the {@link Receivables} use case before they get here.
 */
public interface ReceivablesQueries {

    /**
     * Open amounts of issued, payable invoices (open, partially paid; uncollectible excluded) by client, currency
     * and age on {@code asOf}. With a payment schedule, each open installment ages from its own due date.
     */
    AgingReport aging(WorkspaceId workspaceId, LocalDate asOf);

    /** A client's statement in one currency for the days {@code from} to {@code to}, both inclusive. */
    Statement statement(WorkspaceId workspaceId, ClientId clientId, CurrencyUnit currency, LocalDate from,
                        LocalDate to);

    /** DSO for the days {@code from} to {@code to} in one currency. */
    DaysSalesOutstanding daysSalesOutstanding(WorkspaceId workspaceId, CurrencyUnit currency, LocalDate from,
                                              LocalDate to);

    /** Dashboard figures per currency on {@code today}, ordered by currency code. */
    List<DashboardFigures> dashboard(WorkspaceId workspaceId, LocalDate today);

    /** Expected receipts from {@code from} to {@code to} by due date. */
    CashFlowForecast cashFlow(WorkspaceId workspaceId, LocalDate from, LocalDate to,
                              CashFlowForecast.Granularity granularity);
}

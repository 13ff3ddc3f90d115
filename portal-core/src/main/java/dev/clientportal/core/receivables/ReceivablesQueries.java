package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts over invoices, credit notes and payments that the receivables reports are computed from. Every method is
 * a plain SELECT (with SUM or DISTINCT) over stored columns: the waterfall over a payment schedule, the sign of a
 * movement, what a void reverses, ages, buckets and rounding are core's ({@link Ledger}, the {@link Receivables}
 * use cases), never the store's. Lists come in no particular order: core orders what it shows. Arguments are
 * validated by the use cases before they get here.
 */
public interface ReceivablesQueries {

    /**
     * Every open amount of the workspace's open, partially paid and uncollectible invoices, as the invoices store
     * them ({@code Invoice.openAmounts()}: one row per open installment, or one for the whole amount due), with
     * the client's name. Drafts, paid and void invoices have none.
     *
     * @param workspaceId the workspace to look in
     * @return the open amounts; empty when nothing is open
     */
    List<OpenAmount> openAmounts(WorkspaceId workspaceId);

    /**
     * The {@link #openAmounts} of the workspace's invoices in one of {@code statuses}, summed per client and
     * currency with one sum per due-date period, so that a report over every open amount reads one row per client
     * and currency instead of one per installment. Core says which statuses count and where the periods start; the
     * store only filters and sums. With {@code n} period starts, latest first, period 0 holds due dates on or after
     * {@code periodStarts[0]}, period {@code i} those on or after {@code periodStarts[i]} and before
     * {@code periodStarts[i - 1]}, and period {@code n} every earlier one. The default sums {@link #openAmounts};
     * a database answers with one {@code GROUP BY}.
     *
     * @param workspaceId  the workspace to look in
     * @param statuses     the invoice statuses whose open amounts count
     * @param periodStarts the first due day of each period, strictly latest first
     * @return one fact per client and currency with open amounts in those statuses, each with {@code n + 1} sums;
     *         in no particular order
     */
    default List<OpenAmountSum> openAmountSums(WorkspaceId workspaceId, Set<InvoiceStatus> statuses,
                                               List<LocalDate> periodStarts) {
        Map<OpenAmountSumKey, long[]> sums = new HashMap<>();
        for (OpenAmount open : openAmounts(workspaceId)) {
            if (!statuses.contains(open.status())) {
                continue;
            }
            int period = 0;
            while (period < periodStarts.size() && open.dueDate().isBefore(periodStarts.get(period))) {
                period++;
            }
            long[] periods = sums.computeIfAbsent(new OpenAmountSumKey(open.clientId(), open.clientName(),
                    open.amount().currency()), added -> new long[periodStarts.size() + 1]);
            periods[period] = Math.addExact(periods[period], open.amount().minorUnits());
        }
        List<OpenAmountSum> facts = new ArrayList<>(sums.size());
        sums.forEach((key, periods) -> facts.add(new OpenAmountSum(key.clientId(), key.clientName(), key.currency(),
                Arrays.stream(periods).mapToObj(minorUnits -> Money.ofMinor(minorUnits, key.currency())).toList())));
        return facts;
    }

    /**
     * Every movement in {@code currency} dated on or before {@code through}, of one client or, when
     * {@code clientId} is empty, of every client of the workspace: an INVOICE per issued invoice (void ones too)
     * on its issue date; a VOID per void invoice on the day it was closed in the workspace's zone
     * ({@code Invoice.closedOn()}) with its total and credit notes applied; a CREDIT_NOTE per credit note on its
     * issue date; a PAYMENT per received payment (pending and failed ones brought no money) on the day received;
     * a REFUND per refund on the day made.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client, or empty for every client
     * @param currency    the currency of the movements
     * @param through     the last day included
     * @return the movements; empty when there are none
     */
    List<Movement> movements(WorkspaceId workspaceId, Optional<ClientId> clientId, CurrencyUnit currency,
                             LocalDate through);

    /**
     * The PAYMENT and REFUND movements of received payments of the workspace, in every currency, dated {@code from}
     * to {@code through}.
     *
     * @param workspaceId the workspace to look in
     * @param from        the first day included
     * @param through     the last day included
     * @return the receipt movements; empty when there are none
     */
    List<Movement> receipts(WorkspaceId workspaceId, LocalDate from, LocalDate through);

    /**
     * Σ totals of the invoices in {@code currency} issued from {@code from} to {@code to} (both inclusive) that are
     * neither drafts nor void; zero when there are none.
     *
     * @param workspaceId the workspace to look in
     * @param currency    the currency of the invoices
     * @param from        the first issue day included
     * @param to          the last issue day included
     * @return the sum of their totals, zero when there are none
     */
    Money creditSales(WorkspaceId workspaceId, CurrencyUnit currency, LocalDate from, LocalDate to);

    /**
     * The distinct currencies of the workspace's issued, non-void invoices and of its payments.
     *
     * @param workspaceId the workspace to look in
     * @return the currencies, each once
     */
    List<CurrencyUnit> currenciesInUse(WorkspaceId workspaceId);
}

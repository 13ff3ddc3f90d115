package dev.clientportal.core.clientview;

import dev.clientportal.core.client.Role;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.receivables.Movement;
import dev.clientportal.core.receivables.StatementLine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every stored fact the client dashboard is built from, read at once ({@link DashboardQueries}); core turns them into
 * the {@link ClientDashboard} (balances by {@code Ledger.balance}, who decides quotes, overdue).
 *
 * @param openInvoices       as {@link PortalViewQueries#openInvoices}, up to the limit asked
 * @param recentPayments     the first page of {@link PortalViewQueries#payments}, up to the limit asked
 * @param openTotals         as {@link PortalViewQueries#openTotals} on the day asked, in no particular order
 * @param creditBalances     the client's credit per currency, as stored on the client (empty for no client)
 * @param movementSums       the client's movements dated on or before the day asked, summed per currency and kind
 *                           (kinds with none left out), for at least every currency of {@code openTotals} and
 *                           {@code creditBalances}; in no particular order
 * @param viewerRoles        the roles of the contact asked about, when it is one of the client's contacts in the
 *                           workspace; empty otherwise, and when no contact was named
 * @param approvalsAwaiting  as {@link PortalViewQueries#approvalsAwaiting}
 * @param signaturesAwaiting as {@link PortalViewQueries#signaturesAwaiting}
 * @param quotesAwaiting     as {@link PortalViewQueries#quotesAwaiting} on the day asked
 * @param unreadMessages     as {@link PortalViewQueries#unreadMessages} for the viewer asked about
 */
public record DashboardFacts(List<InvoiceRow> openInvoices, List<PaymentSummary> recentPayments,
                             List<OpenInvoiceTotals> openTotals, Map<CurrencyUnit, Money> creditBalances,
                             List<MovementSum> movementSums, Set<Role> viewerRoles, int approvalsAwaiting,
                             int signaturesAwaiting, int quotesAwaiting, int unreadMessages) {

    /**
     * Copies the collections.
     *
     * @param openInvoices       as {@link PortalViewQueries#openInvoices}, up to the limit asked
     * @param recentPayments     the first page of {@link PortalViewQueries#payments}, up to the limit asked
     * @param openTotals         as {@link PortalViewQueries#openTotals} on the day asked, in no particular order
     * @param creditBalances     the client's credit per currency, as stored on the client (empty for no client)
     * @param movementSums       the client's movements through the day asked, summed per currency and kind
     * @param viewerRoles        the roles of the contact asked about, when it is one of the client's contacts
     * @param approvalsAwaiting  as {@link PortalViewQueries#approvalsAwaiting}
     * @param signaturesAwaiting as {@link PortalViewQueries#signaturesAwaiting}
     * @param quotesAwaiting     as {@link PortalViewQueries#quotesAwaiting} on the day asked
     * @param unreadMessages     as {@link PortalViewQueries#unreadMessages} for the viewer asked about
     */
    public DashboardFacts {
        openInvoices = List.copyOf(openInvoices);
        recentPayments = List.copyOf(recentPayments);
        openTotals = List.copyOf(openTotals);
        creditBalances = Map.copyOf(creditBalances);
        movementSums = List.copyOf(movementSums);
        viewerRoles = Set.copyOf(viewerRoles);
    }

    /**
     * The sum of a client's movements of one kind in one currency: what a database answers with one {@code SUM} per
     * currency and kind instead of a row per document. Its sign is core's ({@code Ledger.signed}).
     *
     * @param kind           what the movements were
     * @param amount         Σ their amounts, as written on them (never signed)
     * @param creditedBefore Σ what credit notes had reduced the voided invoices before (zero unless voids)
     */
    public record MovementSum(StatementLine.Kind kind, Money amount, Money creditedBefore) {

        /**
         * Requires both sums in one currency, and {@code creditedBefore} zero unless voids.
         *
         * @param kind           what the movements were
         * @param amount         Σ their amounts, as written on them (never signed)
         * @param creditedBefore Σ what credit notes had reduced the voided invoices before (zero unless voids)
         */
        public MovementSum {
            Objects.requireNonNull(kind, "kind");
            amount.requireSameCurrency(creditedBefore);
        }

        /**
         * The sum as one movement dated {@code day}, for {@code Ledger.balance}.
         *
         * @param day the day to date it
         * @return a movement of the same kind and sums, with no reference
         */
        public Movement asMovementOn(LocalDate day) {
            return new Movement(kind, day, "", amount, creditedBefore);
        }
    }
}

package dev.clientportal.core.clientview;

import java.util.List;

/**
 * The client's home page.
 *
 * @param balances         what is owed, per currency, ordered by currency code
 * @param openInvoices     open invoices, oldest due first (at most {@link #MAX_OPEN_INVOICES})
 * @param recentPayments   the latest payments in every state, newest first (at most {@link #RECENT_PAYMENTS}),
 *                         each saying where it stands: a pending one is never shown as received
 * @param pendingApprovals decisions waiting for this client (deliverables, quotes, agreements)
 * @param unreadMessages   messages the principal has not read
 */
public record ClientDashboard(List<BalanceDue> balances, List<InvoiceSummary> openInvoices,
                              List<PaymentSummary> recentPayments, int pendingApprovals, int unreadMessages) {

    /** How many open invoices the dashboard lists. */
    public static final int MAX_OPEN_INVOICES = 50;
    /** How many recent payments the dashboard lists. */
    public static final int RECENT_PAYMENTS = 5;

    /**
     * Copies the lists.
     *
     * @param balances         what is owed, per currency, ordered by currency code
     * @param openInvoices     open invoices, oldest due first (at most {@link #MAX_OPEN_INVOICES})
     * @param recentPayments   the latest payments in every state, newest first, each saying where it stands
     * @param pendingApprovals decisions waiting for this client (deliverables, quotes, agreements)
     * @param unreadMessages   messages the principal has not read
     */
    public ClientDashboard {
        balances = List.copyOf(balances);
        openInvoices = List.copyOf(openInvoices);
        recentPayments = List.copyOf(recentPayments);
    }
}

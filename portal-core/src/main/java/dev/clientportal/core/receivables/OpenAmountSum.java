package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.Money;

import java.util.Objects;

/**
 * A stored fact: the sum of a client's {@link OpenAmount}s of one status and currency whose due dates fall in one
 * period of those core asked for ({@link ReceivablesQueries#openAmountSums}).
 *
 * @param clientId   the client
 * @param clientName the client's name
 * @param status     the invoices' status: open, partially paid or uncollectible
 * @param period     the index of the period the due dates fall in
 * @param amount     the sum, positive, in the invoices' currency
 */
public record OpenAmountSum(ClientId clientId, String clientName, InvoiceStatus status, int period, Money amount) {

    /**
     * Requires every field and a period of zero or more.
     *
     * @param clientId   the client
     * @param clientName the client's name
     * @param status     the invoices' status: open, partially paid or uncollectible
     * @param period     the index of the period the due dates fall in
     * @param amount     the sum, positive, in the invoices' currency
     */
    public OpenAmountSum {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        if (period < 0) {
            throw new IllegalArgumentException("period must be zero or more: " + period);
        }
    }
}

package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * A stored fact: the sums of a client's {@link OpenAmount}s in one currency, one sum per due-date period of those
 * core asked for ({@link ReceivablesQueries#openAmountSums}).
 *
 * @param clientId   the client
 * @param clientName the client's name
 * @param currency   the invoices' currency
 * @param periods    the sum per period, period 0 first, each in {@code currency}; zero for a period nothing falls in
 */
public record OpenAmountSum(ClientId clientId, String clientName, CurrencyUnit currency, List<Money> periods) {

    /**
     * Requires every field, at least one period and every sum in the currency; copies the list.
     *
     * @param clientId   the client
     * @param clientName the client's name
     * @param currency   the invoices' currency
     * @param periods    the sum per period, period 0 first, each in {@code currency}; zero for a period nothing falls
     *                   in
     */
    public OpenAmountSum {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(currency, "currency");
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("periods must hold at least one sum");
        }
        for (Money sum : periods) {
            sum.requireCurrency(currency, "periods");
        }
    }
}

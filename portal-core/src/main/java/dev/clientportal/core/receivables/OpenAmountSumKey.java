package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;

/** What {@link ReceivablesQueries#openAmountSums} sums by (the name goes with the client). */
record OpenAmountSumKey(ClientId clientId, String clientName, CurrencyUnit currency) {
}

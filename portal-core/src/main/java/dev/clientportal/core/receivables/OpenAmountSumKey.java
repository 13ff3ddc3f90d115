package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;

/** What {@link ReceivablesQueries#openAmountSums} sums by. */
record OpenAmountSumKey(ClientId clientId, InvoiceStatus status, CurrencyUnit currency, int period) {
}

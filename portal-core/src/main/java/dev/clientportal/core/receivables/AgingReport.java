package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;

import java.time.LocalDate;
import java.util.List;

/**
 * Accounts-receivable aging: what each client owes by age, and the totals per currency.
 *
 * @param asOf   the day ages are counted to
 * @param rows   one row per client and currency with something open, ordered by client name (case-insensitive in
 *               the root locale, then as written), then client id (UUID order), then currency code
 * @param totals one entry per currency, ordered by currency code
 */
public record AgingReport(LocalDate asOf, List<Row> rows, List<AgingAmounts> totals) {

    /**
     * Copies the lists.
     *
     * @param asOf   the day ages are counted to
     * @param rows   one row per client and currency with something open, ordered by client name (case-insensitive in
     *               the root locale, then as written), then client id (UUID order), then currency code
     * @param totals one entry per currency, ordered by currency code
     */
    public AgingReport {
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    /**
     * What one client owes in one currency.
     *
     * @param clientId   the client
     * @param clientName its name
     * @param amounts    its open amounts by age
     */
    public record Row(ClientId clientId, String clientName, AgingAmounts amounts) {
    }
}

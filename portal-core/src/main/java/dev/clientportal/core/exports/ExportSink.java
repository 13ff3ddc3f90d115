package dev.clientportal.core.exports;

/**
 * Where an export hands its rows, one at a time in the export's order (a CSV writer, a JSON Lines stream, a test's
 * list). For invoices, their lines and tax rows, and credit notes, their lines and tax rows, it is called inside the
 * export's one read-only transaction, as the rows arrive from the store: a slow sink keeps that transaction (and its
 * connection) open, and must not call the portal to change anything. For payments, allocations, refunds, clients and
 * the audit trail it is called between pages, outside any transaction of the portal.
 *
 * @param <R> the row type
 */
@FunctionalInterface
public interface ExportSink<R> {

    /**
     * Takes the next row; an exception thrown here stops the export and reaches the caller.
     *
     * @param row the next row, never {@code null}
     */
    void accept(R row);
}

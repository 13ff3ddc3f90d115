package dev.clientportal.core.exports;

/**
 * What an export handed over.
 *
 * @param rows  how many rows the sink took
 * @param pages how many pages were read from the store; a stream of invoices or credit notes counts one page per
 *              page size of documents, and the last, short (perhaps empty) one
 */
public record ExportSummary(long rows, int pages) {
}

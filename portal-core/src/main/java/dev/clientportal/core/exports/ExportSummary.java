package dev.clientportal.core.exports;

/**
 * What an export handed over.
 *
 * @param rows  how many rows the sink took
 * @param pages how many pages were read from the store
 */
public record ExportSummary(long rows, int pages) {
}

package dev.clientportal.core.exports;

/**
 * Told how far an export has come, after every page of rows has been handed to the sink; for invoices and credit notes,
 * which stream, inside the export's read-only transaction, like the sink.
 */
@FunctionalInterface
public interface ExportProgress {

    /** Reports nothing. */
    ExportProgress NONE = rows -> {
    };

    /**
     * Called after each page with the number of rows handed to the sink so far.
     *
     * @param rowsSoFar rows handed to the sink since the export started
     */
    void rowsSoFar(long rowsSoFar);
}

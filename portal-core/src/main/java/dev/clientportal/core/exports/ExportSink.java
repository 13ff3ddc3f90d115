package dev.clientportal.core.exports;

/**
 * Where an export hands its rows, one at a time in the export's order (a CSV writer, a JSON Lines stream, a test's
 * list). Called outside any transaction of the portal.
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

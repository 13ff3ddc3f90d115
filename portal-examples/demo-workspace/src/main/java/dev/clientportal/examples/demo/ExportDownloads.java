package dev.clientportal.examples.demo;

import dev.clientportal.core.exports.ExportColumns;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.exports.ExportSink;
import dev.clientportal.core.exports.ExportSummary;
import dev.clientportal.core.exports.Exports;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exports the example hosts offer as files ({@code /exports/{kind}.csv} and {@code .jsonl}), framework-free: each
 * kind's column set and the portal call that streams its rows, the period read from the query, and the file's name.
 * A host writes the rows with its own Jackson (the Spring host Jackson 3, the Micronaut host Jackson 2).
 */
public final class ExportDownloads {

    /** What each file name exports, in the order a staff page lists them. */
    private static final Map<String, Download<?>> DOWNLOADS = inOrder(
            Map.entry("invoices", new Download<>(ExportColumns.INVOICES, Exports::invoices)),
            Map.entry("invoice_lines", new Download<>(ExportColumns.LINES, Exports::invoiceLines)),
            Map.entry("invoice_taxes", new Download<>(ExportColumns.TAXES, Exports::invoiceTaxes)),
            Map.entry("credit_notes", new Download<>(ExportColumns.CREDIT_NOTES, Exports::creditNotes)),
            Map.entry("credit_note_lines", new Download<>(ExportColumns.LINES, Exports::creditNoteLines)),
            Map.entry("credit_note_taxes", new Download<>(ExportColumns.TAXES, Exports::creditNoteTaxes)),
            Map.entry("payments", new Download<>(ExportColumns.PAYMENTS, Exports::payments)),
            Map.entry("allocations", new Download<>(ExportColumns.ALLOCATIONS, Exports::allocations)),
            Map.entry("refunds", new Download<>(ExportColumns.REFUNDS, Exports::refunds)),
            Map.entry("clients", new Download<>(ExportColumns.CLIENTS, Exports::clients)),
            Map.entry("audit_trail", new Download<>(ExportColumns.AUDIT_TRAIL, Exports::auditTrail)));

    /** The kinds offered, e.g. {@code invoices}, {@code invoice_lines}, {@code audit_trail}. */
    public static final List<String> KINDS = List.copyOf(DOWNLOADS.keySet());

    private ExportDownloads() {
    }

    /**
     * The export a file name asks for.
     *
     * @param kind the name before the extension, e.g. {@code invoice_lines}
     * @return the export, or empty for a name the hosts do not offer (answer 404)
     */
    public static Optional<Download<?>> named(String kind) {
        return Optional.ofNullable(DOWNLOADS.get(kind));
    }

    /**
     * The period of a query: both days required, ISO {@code yyyy-MM-dd}; the rest (order, length) checked by core.
     *
     * @param from the first day's text, possibly empty
     * @param to   the last day's text, possibly empty
     * @return the filter of the period
     * @throws PortalException {@code input.required} for a missing day, {@code input.invalid_value} for one that is
     *                         no date, or core's period codes
     */
    public static ExportFilter period(String from, String to) {
        return ExportFilter.period(day(from, "from"), day(to, "to"));
    }

    /**
     * The name of the file sent, e.g. {@code invoices-2026-01-01-to-2026-03-31.csv}.
     *
     * @param kind      the export's name
     * @param filter    its period
     * @param format    the file's format
     * @return the file name
     */
    public static String fileName(String kind, ExportFilter filter, Format format) {
        return kind + "-" + filter.from() + "-to-" + filter.to() + "." + format.extension();
    }

    private static LocalDate day(String text, String field) {
        if (text.isBlank()) {
            throw PortalException.required(field);
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, text, "must be a day as yyyy-MM-dd");
        }
    }

    @SafeVarargs
    private static Map<String, Download<?>> inOrder(Map.Entry<String, Download<?>>... downloads) {
        Map<String, Download<?>> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Download<?>> download : downloads) {
            ordered.put(download.getKey(), download.getValue());
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** The two file formats, by the extension asked for. */
    public enum Format {
        /** Comma-separated values with a header line, CRLF line ends. */
        CSV("csv", "text/csv; charset=UTF-8"),
        /** JSON Lines: one object per row and line. */
        JSON_LINES("jsonl", "application/jsonl; charset=UTF-8");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        /**
         * The file name's extension.
         *
         * @return {@code csv} or {@code jsonl}
         */
        public String extension() {
            return extension;
        }

        /**
         * The response's content type.
         *
         * @return the media type with its charset
         */
        public String contentType() {
            return contentType;
        }

        /**
         * The format of an extension.
         *
         * @param extension the file name's extension
         * @return the format, or empty for an extension the hosts do not write
         */
        public static Optional<Format> of(String extension) {
            for (Format format : values()) {
                if (format.extension.equals(extension)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The portal call that streams one kind of row.
     *
     * @param <R> the kind of row streamed
     */
    @FunctionalInterface
    public interface Rows<R> {

        /**
         * Streams the rows of the staff member's workspace in the period to the sink.
         *
         * @param exports the portal's exports
         * @param staff   who exports
         * @param filter  the period
         * @param sink    where the rows go
         * @return the row count and pages
         */
        ExportSummary read(Exports exports, StaffPrincipal staff, ExportFilter filter, ExportSink<R> sink);
    }

    /**
     * One export offered as a file.
     *
     * @param columns its column set
     * @param rows    the portal call that streams its rows
     * @param <R>     the row type
     */
    public record Download<R>(ExportColumns<R> columns, Rows<R> rows) {

        /**
         * Streams the export's rows to the sink.
         *
         * @param exports the portal's exports
         * @param staff   who exports
         * @param filter  the period
         * @param sink    where the rows go
         * @return the row count and pages
         */
        public ExportSummary export(Exports exports, StaffPrincipal staff, ExportFilter filter, ExportSink<R> sink) {
            return rows.read(exports, staff, filter, sink);
        }
    }
}

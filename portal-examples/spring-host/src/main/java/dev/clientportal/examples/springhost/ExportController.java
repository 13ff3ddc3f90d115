package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.exports.ExportColumns;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.exports.ExportSink;
import dev.clientportal.core.exports.ExportSummary;
import dev.clientportal.core.exports.Exports;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accountant's files for staff: {@code /exports/{kind}.csv?from=…&to=…[&bom=true]} and
 * {@code /exports/{kind}.jsonl?from=…&to=…} for every export of the portal ({@link #KINDS}), streamed to the response
 * while the portal reads the rows page by page. The period is checked before anything is written, so a bad date is a 400
 * page with the portal's code; the rows of other workspaces never appear (core scopes the export to the staff
 * member's workspace).
 */
@Controller
class ExportController {

    /** What each file name exports: its column set and the portal call that streams its rows. */
    private static final Map<String, Export<?>> EXPORTS = inOrder(
            Map.entry("invoices", new Export<>(ExportColumns.INVOICES, Exports::invoices)),
            Map.entry("invoice_lines", new Export<>(ExportColumns.LINES, Exports::invoiceLines)),
            Map.entry("invoice_taxes", new Export<>(ExportColumns.TAXES, Exports::invoiceTaxes)),
            Map.entry("credit_notes", new Export<>(ExportColumns.CREDIT_NOTES, Exports::creditNotes)),
            Map.entry("credit_note_lines", new Export<>(ExportColumns.LINES, Exports::creditNoteLines)),
            Map.entry("credit_note_taxes", new Export<>(ExportColumns.TAXES, Exports::creditNoteTaxes)),
            Map.entry("payments", new Export<>(ExportColumns.PAYMENTS, Exports::payments)),
            Map.entry("allocations", new Export<>(ExportColumns.ALLOCATIONS, Exports::allocations)),
            Map.entry("refunds", new Export<>(ExportColumns.REFUNDS, Exports::refunds)),
            Map.entry("clients", new Export<>(ExportColumns.CLIENTS, Exports::clients)),
            Map.entry("audit_trail", new Export<>(ExportColumns.AUDIT_TRAIL, Exports::auditTrail)));
    /** The exports offered, in the order the staff page lists them. */
    static final List<String> KINDS = List.copyOf(EXPORTS.keySet());

    private final ClientPortal portal;

    ExportController(ClientPortal portal) {
        this.portal = portal;
    }

    @GetMapping("/exports/{kind}.csv")
    void csv(@PathVariable("kind") String kind, @RequestParam(name = "from", defaultValue = "") String from,
             @RequestParam(name = "to", defaultValue = "") String to,
             @RequestParam(name = "bom", defaultValue = "false") boolean bom,
             @AuthenticationPrincipal StaffPrincipal staff, HttpServletResponse response) throws IOException {
        send(kind, period(from, to), FileType.CSV, bom, staff, response);
    }

    @GetMapping("/exports/{kind}.jsonl")
    void jsonLines(@PathVariable("kind") String kind, @RequestParam(name = "from", defaultValue = "") String from,
                   @RequestParam(name = "to", defaultValue = "") String to,
                   @AuthenticationPrincipal StaffPrincipal staff, HttpServletResponse response) throws IOException {
        send(kind, period(from, to), FileType.JSON_LINES, false, staff, response);
    }

    @SafeVarargs
    private static Map<String, Export<?>> inOrder(Map.Entry<String, Export<?>>... exports) {
        Map<String, Export<?>> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Export<?>> export : exports) {
            ordered.put(export.getKey(), export.getValue());
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** The period of the query: both days required, ISO {@code yyyy-MM-dd}, the rest checked by core's filter. */
    private static ExportFilter period(String from, String to) {
        return ExportFilter.period(day(from, "from"), day(to, "to"));
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

    private void send(String kind, ExportFilter filter, FileType type, boolean bom, StaffPrincipal staff,
                      HttpServletResponse response) throws IOException {
        Export<?> export = EXPORTS.get(kind);
        if (export == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setContentType(type.contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(kind + "-" + filter.from() + "-to-" + filter.to() + "." + type.extension).build()
                .toString());
        write(export, filter, type, bom, staff, response.getOutputStream());
    }

    private <R> void write(Export<R> export, ExportFilter filter, FileType type, boolean bom, StaffPrincipal staff,
                           OutputStream out) throws IOException {
        ExportFiles.FileSink<R> file = type == FileType.CSV ? ExportFiles.csv(export.columns(), out, bom)
                : ExportFiles.jsonLines(export.columns(), out);
        export.rows().read(portal.exports(), staff, filter, file);
        // finished only when every row is in: a failure half-way must not end the file as if it were whole
        file.finish();
    }

    /** The two formats, by the extension asked for. */
    private enum FileType {
        CSV("csv", "text/csv; charset=UTF-8"),
        JSON_LINES("jsonl", "application/jsonl; charset=UTF-8");

        private final String extension;
        private final String contentType;

        FileType(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    /** The portal call that streams one kind of row. */
    @FunctionalInterface
    private interface Rows<R> {
        ExportSummary read(Exports exports, StaffPrincipal staff, ExportFilter filter, ExportSink<R> sink);
    }

    /**
     * One export the host offers.
     *
     * @param columns its column set
     * @param rows    the portal call that streams its rows
     */
    private record Export<R>(ExportColumns<R> columns, Rows<R> rows) {
    }
}

package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.examples.demo.ExportDownloads;
import dev.clientportal.examples.demo.ExportDownloads.Download;
import dev.clientportal.examples.demo.ExportDownloads.Format;
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
import java.util.List;

/**
 * The accountant's files for staff: {@code /exports/{kind}.csv?from=…&to=…[&bom=true]} and
 * {@code /exports/{kind}.jsonl?from=…&to=…} for every export of the portal ({@link #KINDS}), written to the response
 * as the portal streams the rows. The period is checked before anything is written, so a bad date is a 400
 * page with the portal's code; the rows of other workspaces never appear (core scopes the export to the staff
 * member's workspace).
 */
@Controller
class ExportController {

    /** The exports offered, in the order the staff page lists them. */
    static final List<String> KINDS = ExportDownloads.KINDS;

    private final ClientPortal portal;

    ExportController(ClientPortal portal) {
        this.portal = portal;
    }

    @GetMapping("/exports/{kind}.csv")
    void csv(@PathVariable("kind") String kind, @RequestParam(name = "from", defaultValue = "") String from,
             @RequestParam(name = "to", defaultValue = "") String to,
             @RequestParam(name = "bom", defaultValue = "false") boolean bom,
             @AuthenticationPrincipal StaffPrincipal staff, HttpServletResponse response) throws IOException {
        send(kind, ExportDownloads.period(from, to), Format.CSV, bom, staff, response);
    }

    @GetMapping("/exports/{kind}.jsonl")
    void jsonLines(@PathVariable("kind") String kind, @RequestParam(name = "from", defaultValue = "") String from,
                   @RequestParam(name = "to", defaultValue = "") String to,
                   @AuthenticationPrincipal StaffPrincipal staff, HttpServletResponse response) throws IOException {
        send(kind, ExportDownloads.period(from, to), Format.JSON_LINES, false, staff, response);
    }

    private void send(String kind, ExportFilter filter, Format type, boolean bom, StaffPrincipal staff,
                      HttpServletResponse response) throws IOException {
        Download<?> export = ExportDownloads.named(kind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType(type.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ExportDownloads.fileName(kind, filter, type)).build()
                .toString());
        write(export, filter, type, bom, staff, response.getOutputStream());
    }

    private <R> void write(Download<R> export, ExportFilter filter, Format type, boolean bom, StaffPrincipal staff,
                           OutputStream out) throws IOException {
        ExportFiles.FileSink<R> file = type == Format.CSV ? ExportFiles.csv(export.columns(), out, bom)
                : ExportFiles.jsonLines(export.columns(), out);
        export.export(portal.exports(), staff, filter, file);
        // finished only when every row is in: a failure half-way must not end the file as if it were whole
        file.finish();
    }
}

package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.examples.demo.ExportDownloads;
import dev.clientportal.examples.demo.ExportDownloads.Download;
import dev.clientportal.examples.demo.ExportDownloads.Format;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The accountant's files for the staff user of the bearer token: {@code GET /exports/{kind}.csv?from=…&to=…[&bom=true]}
 * and {@code /exports/{kind}.jsonl?from=…&to=…} for every export the hosts offer ({@link ExportDownloads#KINDS}).
 * The period is checked before the response starts (a bad day is a 400 problem with the portal's code); then a
 * writer thread streams the portal's rows through a bounded {@link ExportPipe} into the response, so memory stays
 * constant whatever the export's size. An export that fails half-way fails the pipe, so the client sees a cut-off
 * transfer, never a file that looks whole; a client that goes away closes the pipe, so the export's next write throws
 * and the export stops (its transaction ends).
 * <p>
 * The writer is a daemon platform thread of its own, named after the export, rather than a task of the blocking
 * executor, so an export that waits on a slow client never holds one of the threads that serve requests, and shows
 * by name in a thread dump.
 */
@Controller("/exports")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ExportsController {

    private static final Logger LOG = LoggerFactory.getLogger(ExportsController.class);
    /** The writer's chunks: 16 of 8 KiB wait for the client at most. */
    private static final int CHUNK_BYTES = 8 * 1024;
    private static final int CHUNKS = 16;

    private final ClientPortal portal;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong stopped = new AtomicLong();

    ExportsController(ClientPortal portal) {
        this.portal = portal;
    }

    @Get("/{file}")
    StreamedFile file(@Parameter(hidden = true) StaffPrincipal staff,
                      @Parameter(description = "the export and its format, e.g. invoices.csv or payments.jsonl")
                      @PathVariable String file,
                      @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                      @QueryValue(defaultValue = "false") boolean bom) throws IOException {
        int dot = file.lastIndexOf('.');
        Format type = dot < 0 ? null : Format.of(file.substring(dot + 1)).orElse(null);
        Download<?> download = type == null ? null : ExportDownloads.named(file.substring(0, dot)).orElse(null);
        if (type == null || download == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no export named " + file + "; the exports are "
                    + ExportDownloads.KINDS + " as .csv or .jsonl");
        }
        ExportFilter filter = ExportDownloads.period(from == null ? "" : from, to == null ? "" : to);
        ExportPipe pipe = new ExportPipe(CHUNK_BYTES, CHUNKS);
        String kind = file.substring(0, dot);
        Thread writer = new Thread(() -> write(download, filter, type, bom, staff, pipe.output()), "export-" + kind);
        writer.setDaemon(true);
        running.incrementAndGet();
        writer.start();
        return new StreamedFile(pipe.input(), MediaType.of(type.contentType()))
                .attach(ExportDownloads.fileName(kind, filter, type));
    }

    private <R> void write(Download<R> download, ExportFilter filter, Format type, boolean bom,
                           StaffPrincipal staff, ExportPipe.Output out) {
        try {
            ExportFiles.FileSink<R> sink = type == Format.CSV ? ExportFiles.csv(download.columns(), out, bom)
                    : ExportFiles.jsonLines(download.columns(), out);
            download.export(portal.exports(), staff, filter, sink);
            sink.finish();
        } catch (IOException | RuntimeException e) {
            // the reader's next read fails and the transfer is cut off
            out.fail(e);
            stopped.incrementAndGet();
            LOG.warn("export to {} stopped: {}", type.extension(), e.toString());
        } catch (Error e) {
            out.fail(e);
            stopped.incrementAndGet();
            throw e;
        } finally {
            running.decrementAndGet();
        }
    }

    /** The exports writing now; each holds a database transaction until its client has read it or gone away. */
    int running() {
        return running.get();
    }

    /** The exports that stopped before their end since the host started: failed, or their client went away. */
    long stopped() {
        return stopped.get();
    }
}

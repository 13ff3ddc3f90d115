package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.files.DownloadHeaders;
import dev.clientportal.core.files.FileDownload;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.FileJson;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The client's document library: its files, a download streamed from the file store under the headers the portal
 * prescribes (attachment, no sniffing, a sandboxing policy), and an upload streamed from the multipart body into the
 * portal, which checks size, type and content while it reads: a file over the limit answers 413
 * {@code file.too_large} (a body over {@code micronaut.server.max-request-size} is cut off by the server, also 413),
 * a type the library does not take 400. Files of another client or workspace answer 404.
 */
@Controller("/api/portal/files")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class FilesController {

    private final ClientPortal portal;

    FilesController(ClientPortal portal) {
        this.portal = portal;
    }

    @Get
    List<FileJson> files(@Parameter(hidden = true) ContactPrincipal contact) {
        return portal.files().library(contact).stream().map(FileJson::of).toList();
    }

    @Get(value = "/{id}", produces = MediaType.APPLICATION_OCTET_STREAM)
    HttpResponse<StreamedFile> download(@Parameter(hidden = true) ContactPrincipal contact, @PathVariable String id,
                                        HttpRequest<?> request) {
        FileDownload download = portal.files().open(contact, PathIds.file(id), Bearer.clientRequest(request));
        DownloadHeaders headers = download.headers();
        MediaType type = MediaType.of(headers.contentType());
        return HttpResponse.ok(new StreamedFile(download.content(), type,
                        download.file().uploadedAt().toEpochMilli(), headers.contentLength()))
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, headers.contentDisposition())
                .header("X-Content-Type-Options", headers.contentTypeOptions())
                .header("Content-Security-Policy", headers.contentSecurityPolicy());
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<FileJson> upload(@Parameter(hidden = true) ContactPrincipal contact,
                                  @Parameter(description = "the file, as the multipart part named file")
                                  StreamingFileUpload file) throws IOException {
        String type = file.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_OCTET_STREAM);
        SharedFile uploaded;
        try (InputStream content = file.asInputStream()) {
            uploaded = portal.files().upload(contact, new FileUpload(file.getFilename(), type, content));
        }
        return HttpResponse.status(HttpStatus.CREATED).body(FileJson.of(uploaded));
    }
}

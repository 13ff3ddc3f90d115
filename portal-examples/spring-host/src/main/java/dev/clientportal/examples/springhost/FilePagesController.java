package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.files.FileDownload;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.HttpStatuses;
import dev.clientportal.examples.demo.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The client's file library: the list, downloading a file (a deliverable version's among them) as an attachment under
 * the headers core chooses for it, so no browser runs it as a page, and uploading one. Core scopes every call and
 * checks the file's type and size; a refused upload is shown on the page with its code. A file above the servlet's
 * multipart limit (set to the file policy's 25 MB) never reaches core: Tomcat answers 413, shown as the error page
 * stating the limit (the page's {@code uploadLimit}, from {@link PortalErrorPages}).
 */
@Controller
class FilePagesController {

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    FilePagesController(ClientPortal portal, WorkspaceLooks looks) {
        this.portal = portal;
        this.looks = looks;
    }

    @GetMapping("/portal/files")
    String files(@AuthenticationPrincipal ContactPrincipal contact, Model model) {
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("files", portal.files().library(contact));
        return "files";
    }

    @PostMapping("/portal/files")
    String upload(@AuthenticationPrincipal ContactPrincipal contact,
                  @RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
                  Model model) {
        try {
            if (file == null || file.isEmpty()) {
                throw PortalException.required("file");
            }
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
            try (InputStream content = file.getInputStream()) {
                portal.files().upload(contact, new FileUpload(name, type, content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return "redirect:/portal/files";
        } catch (PortalException refused) {
            if (refused.kind() != ErrorCode.Kind.INVALID_INPUT) {
                throw refused;
            }
            response.setStatus(HttpStatuses.of(refused.kind()));
            model.addAttribute("problem", switch (refused.errorCode()) {
                case FILE_TYPE_NOT_ALLOWED -> "This kind of file cannot be shared here.";
                case FILE_TOO_LARGE -> "The file is larger than the portal accepts.";
                case REQUIRED -> "Please choose a file.";
                default -> "The file could not be uploaded.";
            });
            model.addAttribute("errorCode", refused.code());
            return files(contact, model);
        }
    }

    @GetMapping("/portal/files/{file}")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal ContactPrincipal contact,
                                                 @PathVariable("file") String file, HttpServletRequest request) {
        FileDownload download = portal.files().open(contact, PathIds.file(file),
                PortalSessions.clientRequest(request));
        HttpHeaders headers = new HttpHeaders();
        download.headers().asMap().forEach(headers::set);
        return ResponseEntity.ok().headers(headers).body(new InputStreamResource(download.content()));
    }
}

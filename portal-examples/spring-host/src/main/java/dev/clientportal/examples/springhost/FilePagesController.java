package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.files.FileDownload;
import dev.clientportal.examples.demo.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The client's file library: downloading a file (a deliverable version's among them) as an attachment under the
 * headers core chooses for it, so no browser runs it as a page. Core scopes the call: another client's file is not
 * found.
 */
@Controller
class FilePagesController {

    private final ClientPortal portal;
    FilePagesController(ClientPortal portal) {
        this.portal = portal;
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

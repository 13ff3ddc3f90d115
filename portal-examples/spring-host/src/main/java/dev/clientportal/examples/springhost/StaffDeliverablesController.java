package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.approval.AddVersion;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.RequestApproval;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.files.FileUpload;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Delivering a new version of a deliverable from the client's page: the uploaded file is shared into the client's
 * library and becomes the version's file in one call, so a version the portal refuses leaves no file behind; and
 * asking one of the client's approvers to decide on the latest version.
 */
@Controller
class StaffDeliverablesController {

    private final ClientPortal portal;
    private final StaffClientsController clients;

    StaffDeliverablesController(ClientPortal portal, StaffClientsController clients) {
        this.portal = portal;
        this.clients = clients;
    }

    @PostMapping("/staff/clients/{client}/deliverables/{deliverable}/versions")
    String addVersion(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("client") String client,
                      @PathVariable("deliverable") String deliverable,
                      @RequestParam(name = "file", required = false) MultipartFile file,
                      @RequestParam(name = "note", defaultValue = "") String note, HttpServletResponse response,
                      Model model) {
        ClientId clientId = PathIds.client(client);
        Deliverable found = ofClient(staff, clientId, deliverable);
        try {
            if (file == null || file.isEmpty()) {
                throw PortalException.required("file");
            }
            deliver(staff, AddVersion.of(found.id(), note), file);
            return "redirect:/staff/clients/" + clientId;
        } catch (PortalException e) {
            StaffForms.problem(e, response, model);
            return clients.client(staff, client, "", model);
        }
    }

    @PostMapping("/staff/clients/{client}/deliverables/{deliverable}/approval")
    String requestApproval(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("client") String client,
                           @PathVariable("deliverable") String deliverable,
                           @RequestParam(name = "approver", defaultValue = "") String approver,
                           HttpServletResponse response, Model model) {
        ClientId clientId = PathIds.client(client);
        Deliverable found = ofClient(staff, clientId, deliverable);
        try {
            if (approver.isBlank()) {
                throw PortalException.required("approver");
            }
            portal.approvals().requestApproval(staff, RequestApproval.fromAny(found.id(), PathIds.contact(approver)));
            return "redirect:/staff/clients/" + clientId;
        } catch (PortalException e) {
            StaffForms.problem(e, response, model);
            return clients.client(staff, client, "", model);
        }
    }

    /** The deliverable, when it is the client's: another client's answers not found, as one that does not exist. */
    private Deliverable ofClient(StaffPrincipal staff, ClientId clientId, String deliverable) {
        Deliverable found = portal.approvals().get(staff, PathIds.deliverable(deliverable));
        if (!found.clientId().equals(clientId)) {
            throw PortalException.notFound(ErrorCode.DELIVERABLE_NOT_FOUND, "deliverable", found.id());
        }
        return found;
    }

    private void deliver(StaffPrincipal staff, AddVersion version, MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        try (InputStream content = file.getInputStream()) {
            portal.approvals().addVersion(staff, version, new FileUpload(name, type, content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

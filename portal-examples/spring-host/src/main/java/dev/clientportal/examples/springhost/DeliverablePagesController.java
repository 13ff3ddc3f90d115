package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.approval.Approve;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.approval.DeliverableVersionView;
import dev.clientportal.core.approval.RequestChanges;
import dev.clientportal.core.approval.VersionPin;
import dev.clientportal.examples.demo.PathIds;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's deliverables: the versions waiting for the contact's decision, a version's page with its files and
 * where approval stands (recorded as a view), and the two decisions: approve (optionally signed with a typed name and
 * a comment) or request changes with a comment. Core scopes every call and checks that the contact is an addressed
 * approver; its refusals become the friendly error pages.
 */
@Controller
class DeliverablePagesController {

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    DeliverablePagesController(ClientPortal portal, WorkspaceLooks looks) {
        this.portal = portal;
        this.looks = looks;
    }

    @GetMapping("/portal/deliverables")
    String pending(@AuthenticationPrincipal ContactPrincipal contact, Model model) {
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("pending", portal.approvals().pending(contact));
        return "deliverables";
    }

    @GetMapping("/portal/deliverables/versions/{version}")
    String version(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("version") String version,
                   HttpServletRequest request, Model model) {
        DeliverableVersionView view = portal.approvals().open(contact, PathIds.deliverableVersion(version),
                PortalSessions.clientRequest(request));
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("view", view);
        return "deliverable";
    }

    @PostMapping("/portal/deliverables/{deliverable}/versions/{version}/approve")
    String approve(@AuthenticationPrincipal ContactPrincipal contact,
                   @PathVariable("deliverable") String deliverable, @PathVariable("version") String version,
                   @RequestParam(name = "number", defaultValue = "0") int number,
                   @RequestParam(name = "typedName", defaultValue = "") String typedName,
                   @RequestParam(name = "comment", defaultValue = "") String comment, HttpServletRequest request,
                   RedirectAttributes redirect) {
        DeliverableId deliverableId = PathIds.deliverable(deliverable);
        DeliverableVersionId versionId = PathIds.deliverableVersion(version);
        portal.approvals().approve(contact, new Approve(deliverableId, VersionPin.number(number), typedName,
                comment), PortalSessions.clientRequest(request));
        return decided(versionId, "Thank you: your approval is recorded.", redirect);
    }

    @PostMapping("/portal/deliverables/{deliverable}/versions/{version}/changes")
    String requestChanges(@AuthenticationPrincipal ContactPrincipal contact,
                          @PathVariable("deliverable") String deliverable, @PathVariable("version") String version,
                          @RequestParam(name = "number", defaultValue = "0") int number,
                          @RequestParam(name = "comment", defaultValue = "") String comment,
                          HttpServletRequest request, RedirectAttributes redirect) {
        DeliverableId deliverableId = PathIds.deliverable(deliverable);
        DeliverableVersionId versionId = PathIds.deliverableVersion(version);
        portal.approvals().requestChanges(contact, RequestChanges.of(deliverableId, VersionPin.number(number),
                comment), PortalSessions.clientRequest(request));
        return decided(versionId, "Your change request was sent to the business.", redirect);
    }

    /** Back to the version's page (post, redirect, get), with a line saying what happened. */
    private static String decided(DeliverableVersionId versionId, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/portal/deliverables/versions/" + versionId;
    }
}

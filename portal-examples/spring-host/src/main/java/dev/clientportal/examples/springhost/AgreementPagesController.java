package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementVersion;
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
 * The client's agreements: the list, an agreement's page (recorded as a view) with who signed, and signing the
 * version the contact read with a typed name. Core scopes every call and checks that the contact is a named signer
 * with the APPROVER role; its refusals become the friendly error pages.
 */
@Controller
class AgreementPagesController {

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    AgreementPagesController(ClientPortal portal, WorkspaceLooks looks) {
        this.portal = portal;
        this.looks = looks;
    }

    @GetMapping("/portal/agreements")
    String agreements(@AuthenticationPrincipal ContactPrincipal contact, Model model) {
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("agreements", portal.agreements().list(contact));
        return "agreements";
    }

    @GetMapping("/portal/agreements/{agreement}")
    String agreement(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("agreement") String agreement,
                     HttpServletRequest request, Model model) {
        Agreement opened = portal.agreements().open(contact, PathIds.agreement(agreement),
                PortalSessions.clientRequest(request));
        AgreementVersion current = opened.current();
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("agreement", opened);
        model.addAttribute("current", current);
        model.addAttribute("text", current.document() instanceof AgreementDocument.Text text ? text.body() : null);
        model.addAttribute("canSign", opened.status().isOpenForSignature() && current.names(contact.contactId())
                && current.signatureOf(contact.contactId()).isEmpty());
        return "agreement";
    }

    @PostMapping("/portal/agreements/{agreement}/sign")
    String sign(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("agreement") String agreement,
                @RequestParam(name = "version", defaultValue = "0") int version,
                @RequestParam(name = "typedName", defaultValue = "") String typedName, HttpServletRequest request,
                RedirectAttributes redirect) {
        AgreementId agreementId = PathIds.agreement(agreement);
        portal.agreements().sign(contact, agreementId, version, typedName, PortalSessions.clientRequest(request));
        redirect.addFlashAttribute("notice", "Thank you: your signature is recorded.");
        return "redirect:/portal/agreements/" + agreementId;
    }
}

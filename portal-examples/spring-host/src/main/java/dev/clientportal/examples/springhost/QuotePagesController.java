package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteId;
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
 * The client's quotes: the list, a quote's page (recorded as a view), and the three decisions on it: accept with a
 * typed-name signature, reject with feedback, ask for changes. Core scopes every call and checks the contact's
 * APPROVER role; its refusals become the friendly error pages.
 */
@Controller
class QuotePagesController {

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    QuotePagesController(ClientPortal portal, WorkspaceLooks looks) {
        this.portal = portal;
        this.looks = looks;
    }

    @GetMapping("/portal/quotes")
    String quotes(@AuthenticationPrincipal ContactPrincipal contact, Model model) {
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("quotes", portal.quotes().list(contact));
        return "quotes";
    }

    @GetMapping("/portal/quotes/{quote}")
    String quote(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("quote") String quote,
                 HttpServletRequest request, Model model) {
        Quote opened = portal.quotes().open(contact, PathIds.quote(quote), PortalSessions.clientRequest(request));
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("quote", opened);
        return "quote";
    }

    @PostMapping("/portal/quotes/{quote}/accept")
    String accept(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("quote") String quote,
                  @RequestParam(name = "typedName", defaultValue = "") String typedName, HttpServletRequest request,
                  RedirectAttributes redirect) {
        QuoteId quoteId = PathIds.quote(quote);
        portal.quotes().accept(contact, quoteId, typedName, PortalSessions.clientRequest(request));
        return decided(quoteId, "Thank you: the quote is accepted and its invoice is on its way.", redirect);
    }

    @PostMapping("/portal/quotes/{quote}/reject")
    String reject(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("quote") String quote,
                  @RequestParam(name = "reason", defaultValue = "") String reason, HttpServletRequest request,
                  RedirectAttributes redirect) {
        QuoteId quoteId = PathIds.quote(quote);
        portal.quotes().reject(contact, quoteId, reason, PortalSessions.clientRequest(request));
        return decided(quoteId, "The quote is declined; the business has your feedback.", redirect);
    }

    @PostMapping("/portal/quotes/{quote}/changes")
    String requestChanges(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("quote") String quote,
                          @RequestParam(name = "comment", defaultValue = "") String comment,
                          HttpServletRequest request, RedirectAttributes redirect) {
        QuoteId quoteId = PathIds.quote(quote);
        portal.quotes().requestChanges(contact, quoteId, comment, PortalSessions.clientRequest(request));
        return decided(quoteId, "Your change request was sent to the business.", redirect);
    }

    /** Back to the quote's page (post, redirect, get), with a line saying what happened. */
    private static String decided(QuoteId quoteId, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/portal/quotes/" + quoteId;
    }
}

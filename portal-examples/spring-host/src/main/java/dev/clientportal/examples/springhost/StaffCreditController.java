package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.ApplyCredit;
import dev.clientportal.examples.demo.PathIds;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Credit on an invoice's page: a credit note for what is left to credit of the invoice (the portal reduces the
 * amount due and turns any excess into client credit), and the client's credit applied to the invoice (amount parsed
 * exactly in the invoice's currency). Refused input is shown on the invoice page's form; nothing is written then.
 */
@Controller
class StaffCreditController {

    private final ClientPortal portal;
    private final StaffInvoicePage page;

    StaffCreditController(ClientPortal portal, StaffInvoicePage page) {
        this.portal = portal;
        this.page = page;
    }

    @PostMapping("/staff/invoices/{invoice}/credit-notes")
    String creditNote(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("invoice") String invoice,
                      @RequestParam(name = "reason", defaultValue = "") String reason,
                      HttpServletResponse response, Model model) {
        Invoice found = portal.invoicing().get(staff, PathIds.invoice(invoice));
        try {
            portal.invoicing().issueCreditNote(staff, IssueCreditNote.full(found.id(), reason));
            return "redirect:/staff/invoices/" + found.id();
        } catch (PortalException e) {
            return refused(staff, found, e, "credit-note", response, model);
        }
    }

    @PostMapping("/staff/invoices/{invoice}/credit")
    String applyCredit(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("invoice") String invoice,
                       @RequestParam(name = "amount", defaultValue = "") String amount,
                       HttpServletResponse response, Model model) {
        Invoice found = portal.invoicing().get(staff, PathIds.invoice(invoice));
        try {
            portal.payments().applyCredit(staff, new ApplyCredit(found.id(),
                    Money.of(amount, found.total().currency())));
            return "redirect:/staff/invoices/" + found.id();
        } catch (PortalException e) {
            model.addAttribute("creditAmount", amount);
            return refused(staff, found, e, "credit", response, model);
        }
    }

    private String refused(StaffPrincipal staff, Invoice invoice, PortalException refusal, String form,
                           HttpServletResponse response, Model model) {
        StaffForms.problem(refusal, response, model);
        model.addAttribute("problemAt", form);
        return page.show(staff, invoice.id(), model);
    }
}

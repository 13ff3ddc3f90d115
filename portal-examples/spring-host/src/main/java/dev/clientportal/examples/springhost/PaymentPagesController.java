package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.clientview.Page;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.payment.PayInvoice;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.examples.demo.PathIds;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.ByteArrayOutputStream;
import java.net.URI;

/**
 * Paying and what was paid: "Pay now" on an invoice starts the checkout (Stripe's, or the demo's) and sends the
 * client there; the payment history lists the client's payments with where each stands; a received payment has a
 * receipt PDF. Core scopes every call: another client's invoice or payment answers not found.
 */
@Controller
class PaymentPagesController {

    private static final int PAGE_SIZE = 20;

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    private final PortalProperties properties;
    PaymentPagesController(ClientPortal portal, PortalProperties properties, WorkspaceLooks looks) {
        this.portal = portal;
        this.properties = properties;
        this.looks = looks;
    }

    @PostMapping("/portal/invoices/{invoice}/pay")
    String pay(@AuthenticationPrincipal ContactPrincipal contact, @PathVariable("invoice") String invoice,
               @RequestParam(name = "installment", defaultValue = "0") int installment,
               RedirectAttributes redirect) {
        InvoiceId invoiceId = PathIds.invoice(invoice);
        String page = "/portal/invoices/" + invoiceId;
        URI back = properties.baseUrl().resolve(page + "?checkout=returned");
        PayInvoice command = installment > 0 ? PayInvoice.installment(invoiceId, installment).returningTo(back)
                : PayInvoice.amountDue(invoiceId).returningTo(back);
        PaymentOutcome outcome = portal.payments().pay(contact, command);
        if (outcome instanceof PaymentOutcome.RequiresAction action && action.actionUrl() != null) {
            return "redirect:" + action.actionUrl();
        }
        if (outcome instanceof PaymentOutcome.Declined declined) {
            redirect.addFlashAttribute("notice", declined.message().isBlank()
                    ? "The payment was declined (" + declined.code() + ")." : declined.message());
        }
        return "redirect:" + page;
    }

    @GetMapping("/portal/payments")
    String payments(@AuthenticationPrincipal ContactPrincipal contact,
                    @RequestParam(name = "offset", defaultValue = "0") int offset, Model model) {
        Page<PaymentSummary> page = portal.clientViews().payments(contact, Math.max(0, offset), PAGE_SIZE);
        model.addAttribute("look", looks.of(contact.workspaceId()));
        model.addAttribute("page", page);
        return "payments";
    }

    @GetMapping("/portal/payments/{payment}/receipt")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal ContactPrincipal contact,
                                   @PathVariable("payment") String payment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        return InvoicePages.download(portal.documents().receipt(contact, PathIds.payment(payment), out), out);
    }
}

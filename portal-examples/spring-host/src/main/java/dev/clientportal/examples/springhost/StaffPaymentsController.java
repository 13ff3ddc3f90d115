package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;

/**
 * Money the business received or gave back outside the portal's checkout: a manual payment against an invoice
 * (amount parsed exactly in the invoice's currency, any excess becomes client credit) and a refund of a payment.
 * Refused input is shown on the invoice page's form; nothing is recorded then.
 */
@Controller
class StaffPaymentsController {

    private final ClientPortal portal;
    private final StaffInvoicePage page;

    StaffPaymentsController(ClientPortal portal, StaffInvoicePage page) {
        this.portal = portal;
        this.page = page;
    }

    @PostMapping("/staff/invoices/{invoice}/payments")
    String record(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("invoice") String invoice,
                  @RequestParam(name = "amount", defaultValue = "") String amount,
                  @RequestParam(name = "receivedOn", defaultValue = "") String receivedOn,
                  @RequestParam(name = "method", defaultValue = "") String method,
                  @RequestParam(name = "reference", defaultValue = "") String reference,
                  HttpServletResponse response, Model model) {
        Invoice found = portal.invoicing().get(staff, PathIds.invoice(invoice));
        try {
            RecordPayment payment = RecordPayment.manual(found.clientId(), Money.of(amount, found.total().currency()),
                    method(method), reference).allocateTo(found.id());
            if (!receivedOn.isBlank()) {
                payment = payment.receivedOn(StaffInvoicesController.date(receivedOn, "receivedOn"));
            }
            portal.payments().record(staff, payment);
            return "redirect:/staff/invoices/" + found.id();
        } catch (PortalException e) {
            StaffForms.problem(e, response, model);
            model.addAttribute("problemAt", "payment");
            model.addAttribute("paymentAmount", amount);
            model.addAttribute("paymentReference", reference);
            model.addAttribute("paymentMethod", method);
            return page.show(staff, found.id(), model);
        }
    }

    @PostMapping("/staff/invoices/{invoice}/payments/{payment}/refund")
    String refund(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable("invoice") String invoice,
                  @PathVariable("payment") String payment,
                  @RequestParam(name = "amount", defaultValue = "") String amount,
                  @RequestParam(name = "reference", defaultValue = "") String reference,
                  @RequestParam(name = "reason", defaultValue = "") String reason,
                  HttpServletResponse response, Model model) {
        InvoiceId invoiceId = PathIds.invoice(invoice);
        PaymentId paymentId = PathIds.payment(payment);
        Payment found = portal.payments().forInvoice(staff, invoiceId).stream()
                .filter(candidate -> candidate.id().equals(paymentId)).findFirst()
                .orElseThrow(() -> PortalException.notFound(ErrorCode.PAYMENT_NOT_FOUND, "payment", paymentId));
        try {
            portal.payments().refund(staff, RefundPayment.of(found.id(), Money.of(amount, found.amount().currency()),
                    reference, reason));
            return "redirect:/staff/invoices/" + invoiceId;
        } catch (PortalException e) {
            StaffForms.problem(e, response, model);
            model.addAttribute("problemAt", "refund-" + found.id());
            return page.show(staff, invoiceId, model);
        }
    }

    /** A payment method by its name; anything else is the portal's typed invalid value, shown on the form. */
    private static PaymentMethod method(String name) {
        return Arrays.stream(PaymentMethod.values()).filter(method -> method.name().equals(name)).findFirst()
                .orElseThrow(() -> PortalException.invalid(ErrorCode.INVALID_VALUE, "method", name,
                        "must be one of " + Arrays.toString(PaymentMethod.values())));
    }
}

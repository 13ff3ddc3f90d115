package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.examples.demo.DemoCheckout;
import dev.clientportal.examples.demo.PaymentChoice;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.net.URI;

/**
 * The demo checkout's page, standing in for Stripe's hosted one: the amount, "Pay" and "Cancel". Like Stripe's, it
 * is reached by its unguessable session URL without signing in. "Pay" has the host post the signed
 * {@code checkout.session.completed} event to its own webhook endpoint, waits for the answer, and returns the client
 * to the page the payment named; "Cancel" returns there without paying. With Stripe keys set it does not exist.
 */
@Controller
class DemoCheckoutController {

    private final ClientPortal portal;
    private final WorkspaceLooks looks;
    private final PaymentChoice payments;

    DemoCheckoutController(ClientPortal portal, PaymentChoice payments, WorkspaceLooks looks) {
        this.portal = portal;
        this.payments = payments;
        this.looks = looks;
    }

    @GetMapping(DemoCheckout.PAGE_PATH + "{session}")
    String page(@PathVariable("session") String sessionId, Model model) {
        DemoCheckout.Session session = demo().session(sessionId);
        model.addAttribute("look", looks.of(session.request().workspaceId()));
        model.addAttribute("sessionId", session.id());
        model.addAttribute("paid", session.paid());
        model.addAttribute("checkout", session.request());
        return "demo-checkout";
    }

    @PostMapping(DemoCheckout.PAGE_PATH + "{session}/pay")
    String pay(@PathVariable("session") String sessionId, HttpServletRequest request) {
        DemoCheckout demo = demo();
        DemoCheckout.Session session = demo.session(sessionId);
        URI endpoint = URI.create(request.getScheme() + "://localhost:" + request.getLocalPort()
                + request.getContextPath() + DemoCheckout.WEBHOOK_PATH);
        int status = demo.pay(session, endpoint);
        if (status / 100 != 2) {
            throw new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "the webhook endpoint answered " + status
                    + " to the demo's event for " + session.id());
        }
        return "redirect:" + session.returnUrl();
    }

    @PostMapping(DemoCheckout.PAGE_PATH + "{session}/cancel")
    String cancel(@PathVariable("session") String sessionId) {
        return "redirect:" + demo().session(sessionId).returnUrl();
    }

    private DemoCheckout demo() {
        DemoCheckout demo = payments.demo();
        if (demo == null) {
            throw PortalException.notFound(ErrorCode.DOCUMENT_NOT_FOUND, "page", "demo checkout");
        }
        return demo;
    }
}

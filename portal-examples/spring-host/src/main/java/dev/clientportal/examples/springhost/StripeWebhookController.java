package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.DemoCheckout;
import dev.clientportal.examples.demo.PaymentChoice;
import dev.clientportal.stripe.StripeWebhooks;
import dev.clientportal.stripe.WebhookResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * {@code POST /stripe/webhook}: Stripe's deliveries (or the demo checkout's), exempt from CSRF since their signature
 * authenticates them. The raw body goes to portal-stripe's handler unparsed, as the signature covers its exact bytes,
 * and the answer is the handler's: 200 handled, 400 refused, 500 when Stripe should deliver it again.
 */
@RestController
class StripeWebhookController {

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(DemoCheckout.WEBHOOK_PATH)
    ResponseEntity<String> receive(@RequestBody(required = false) byte[] body,
                                   @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        WebhookResult result = PaymentChoice.receive(webhooks, body == null ? null
                : new String(body, StandardCharsets.UTF_8), signature);
        return ResponseEntity.status(result.httpStatus()).body(result instanceof WebhookResult.Accepted ? "ok" : "");
    }
}

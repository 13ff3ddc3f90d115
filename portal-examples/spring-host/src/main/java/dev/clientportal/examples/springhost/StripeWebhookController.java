package dev.clientportal.examples.springhost;

import dev.clientportal.stripe.StripeWebhooks;
import dev.clientportal.stripe.WebhookResult;
import dev.clientportal.examples.demo.DemoCheckout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(DemoCheckout.WEBHOOK_PATH)
    ResponseEntity<String> receive(@RequestBody(required = false) byte[] body,
                                   @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        WebhookResult result = webhooks.handle(body == null ? null : new String(body, StandardCharsets.UTF_8),
                signature);
        if (result instanceof WebhookResult.Accepted accepted) {
            LOG.info("stripe webhook {}: {}", accepted.eventId(), accepted.detail());
        } else if (result instanceof WebhookResult.Rejected rejected) {
            // the reason stays in the log: a sender learns nothing about why its delivery was refused
            LOG.warn("stripe webhook refused: {}", rejected.reason());
        } else if (result instanceof WebhookResult.RetryLater retry) {
            LOG.warn("stripe webhook to be delivered again: {}", retry.reason());
        }
        return ResponseEntity.status(result.httpStatus()).body(result instanceof WebhookResult.Accepted ? "ok" : "");
    }
}

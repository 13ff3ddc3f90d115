package dev.clientportal.examples.demo;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.payment.PaymentGateway;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.stripe.StripePaymentGateway;
import dev.clientportal.stripe.StripeSettings;
import dev.clientportal.stripe.StripeWebhooks;
import dev.clientportal.stripe.WebhookResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * How an example host takes payments. With a Stripe key and the signing secret of the host's webhook endpoint:
 * Stripe Checkout, its webhooks verified with that secret. Without them: the {@link DemoCheckout}, whose "pay" posts
 * the event Stripe would send, signed with a secret made at random on this start, to the same endpoint. Either way
 * portal-stripe's handler records the payment; in the demo its Stripe client points at an address where nothing
 * listens, so nothing ever reaches Stripe.
 *
 * @param gateway       the portal's gateway: Stripe's, or the demo checkout
 * @param stripe        portal-stripe's gateway, whose webhook handler records payments either way
 * @param webhookSecret the secret webhooks are signed with
 * @param demo          the demo checkout, or {@code null} with Stripe
 */
public record PaymentChoice(PaymentGateway gateway, StripePaymentGateway stripe, String webhookSecret,
                            @Nullable DemoCheckout demo) {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentChoice.class);

    /**
     * Stripe when a key is given, otherwise the demo checkout.
     *
     * @param baseUrl       where the host is reached; demo checkout pages are under it
     * @param returnPage    where a checkout sends the client back to by default
     * @param apiKey        Stripe's secret or restricted key, empty for the demo checkout
     * @param webhookSecret the signing secret of the host's {@code /stripe/webhook} endpoint, empty for the demo
     * @param stores        the host's stores, where Stripe customers are remembered
     * @return how the host takes payments
     * @throws IllegalStateException for a key without a webhook secret: payments would start but never be recorded
     */
    public static PaymentChoice of(URI baseUrl, URI returnPage, String apiKey, String webhookSecret,
                                   PortalStores stores) {
        if (!apiKey.isBlank()) {
            if (webhookSecret.isBlank()) {
                throw new IllegalStateException("a Stripe key is set but no webhook secret: set the signing secret "
                        + "of the /stripe/webhook endpoint, or neither for the demo checkout");
            }
            StripePaymentGateway stripe = StripePaymentGateway.create(StripeSettings.builder(apiKey)
                    .successUrl(returnPage).build(), stores);
            return new PaymentChoice(stripe, stripe, webhookSecret, null);
        }
        StripePaymentGateway offline = StripePaymentGateway.create(StripeSettings.builder("sk_test_offline_demo")
                .apiBase(URI.create("http://127.0.0.1:9"))
                .maxNetworkRetries(0)
                .timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .successUrl(returnPage)
                .build(), stores);
        DemoCheckout demo = new DemoCheckout(baseUrl, returnPage, Clock.systemUTC(), new SecureRandom());
        LOG.info("Payments: the offline demo checkout (configure a Stripe key and webhook secret for Stripe)");
        return new PaymentChoice(demo, offline, demo.webhookSecret(), demo);
    }

    /**
     * The handler of the host's webhook endpoint: signature check, the API version, the inbox that applies each
     * event once, and the payment recorded through the portal.
     *
     * @param payments the portal's payments
     * @return the handler
     */
    public StripeWebhooks webhooks(Payments payments) {
        return stripe.webhooks(payments, webhookSecret);
    }

    /**
     * Hands a delivery to the handler and logs what became of it; the reason of a refusal stays in the log, so a
     * sender learns nothing about why its delivery was refused.
     *
     * @param webhooks  the handler
     * @param payload   the raw body, unparsed: the signature covers its exact bytes
     * @param signature the {@code Stripe-Signature} header
     * @return the handler's result, whose {@code httpStatus()} the endpoint answers with
     */
    public static WebhookResult receive(StripeWebhooks webhooks, @Nullable String payload,
                                        @Nullable String signature) {
        WebhookResult result = webhooks.handle(payload, signature);
        if (result instanceof WebhookResult.Accepted accepted) {
            LOG.info("stripe webhook {}: {}", accepted.eventId(), accepted.detail());
        } else if (result instanceof WebhookResult.Rejected rejected) {
            LOG.warn("stripe webhook refused: {}", rejected.reason());
        } else if (result instanceof WebhookResult.RetryLater retry) {
            LOG.warn("stripe webhook to be delivered again: {}", retry.reason());
        }
        return result;
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "PaymentChoice[" + gateway.name() + (demo == null ? "" : ", demo checkout") + "]";
    }
}

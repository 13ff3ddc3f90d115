package dev.clientportal.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.payment.Payments;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The webhook handler of one Stripe endpoint: verifies the signature with the endpoint's secret (and refuses a
 * signature older than the tolerance or more than {@link #MAX_CLOCK_SKEW} in the future), requires the API version
 * the SDK pins, translates the event, and hands it to {@link Payments#applyGatewayEvent}, which applies each event
 * exactly once however often Stripe delivers it. Thread-safe; one per endpoint secret.
 *
 * <p>The host passes the raw request body, unparsed, and the {@code Stripe-Signature} header, and answers with
 * {@link WebhookResult#httpStatus()}.
 */
public final class StripeWebhooks {

    /** How far in the future a signature's timestamp may be (clock skew); later ones are refused. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final StripeSettings settings;
    private final StripeEventApplier applier;
    private final String secret;

    StripeWebhooks(StripePaymentGateway gateway, StripeSettings settings, Payments payments, String secret) {
        this.settings = settings;
        this.applier = new StripeEventApplier(gateway, settings, payments);
        this.secret = PortalException.requireText(secret, "endpointSecret");
    }

    /**
     * Verifies, translates and applies one delivery.
     *
     * @param payload         the request body exactly as received
     * @param signatureHeader the {@code Stripe-Signature} header, or {@code null} when absent
     * @return what to answer Stripe; never throws for anything Stripe or the sender did
     */
    public WebhookResult handle(@Nullable String payload, @Nullable String signatureHeader) {
        if (payload == null || signatureHeader == null || signatureHeader.isBlank()) {
            return new WebhookResult.Rejected("no payload or no Stripe-Signature header");
        }
        Instant now = settings.clock().instant();
        Optional<Instant> signedAt = timestamp(signatureHeader);
        if (signedAt.isEmpty()) {
            return new WebhookResult.Rejected("the Stripe-Signature header has no timestamp");
        }
        if (signedAt.get().isAfter(now.plus(MAX_CLOCK_SKEW))) {
            return new WebhookResult.Rejected("signed in the future: " + signedAt.get());
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, secret,
                    settings.webhookTolerance().toSeconds(), settings.clock());
        } catch (SignatureVerificationException e) {
            return new WebhookResult.Rejected("signature: " + e.getMessage());
        } catch (RuntimeException e) {
            return new WebhookResult.Rejected("not a Stripe event: " + e.getMessage());
        }
        return applier.apply(event, event.getAccount(), workspace -> true);
    }

    /** The {@code t=} of a signature header, as Stripe writes it: {@code t=1700000000,v1=…,v1=…}. */
    private static Optional<Instant> timestamp(String header) {
        for (String item : header.split(",")) {
            String[] pair = item.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    return Optional.of(Instant.ofEpochSecond(Long.parseLong(pair[1])));
                } catch (NumberFormatException | java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}

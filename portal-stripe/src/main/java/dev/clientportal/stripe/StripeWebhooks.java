package dev.clientportal.stripe;

import com.stripe.Stripe;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import com.stripe.param.RefundListParams;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.GatewayEventOutcome;
import dev.clientportal.core.payment.Payments;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    private final StripePaymentGateway gateway;
    private final StripeSettings settings;
    private final Payments payments;
    private final String secret;

    StripeWebhooks(StripePaymentGateway gateway, StripeSettings settings, Payments payments, String secret) {
        this.gateway = gateway;
        this.settings = settings;
        this.payments = PortalException.requireField(payments, "payments");
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
        if (!Stripe.API_VERSION.equals(event.getApiVersion())) {
            return new WebhookResult.Rejected("event " + event.getId() + " has API version " + event.getApiVersion()
                    + "; this endpoint must be pinned to " + Stripe.API_VERSION);
        }
        Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
        if (object.isEmpty()) {
            return new WebhookResult.Rejected("event " + event.getId() + " has no readable object");
        }
        return apply(event, object.get());
    }

    private WebhookResult apply(Event event, StripeObject object) {
        List<GatewayEvent> translated;
        try {
            translated = StripeEvents.translate(event, object, new Lookup());
        } catch (StripeException e) {
            return new WebhookResult.RetryLater("reading from Stripe for " + event.getId() + ": "
                    + StripeErrors.translate("read the event's payment", e).getMessage());
        } catch (RuntimeException e) {
            // signed by Stripe but not what its type promises (another object, ids that are not the portal's)
            return new WebhookResult.Rejected("event " + event.getId() + " cannot be read: " + e);
        }
        if (translated.isEmpty()) {
            return new WebhookResult.Accepted(event.getId(), List.of(), "not a portal payment event");
        }
        for (GatewayEvent gatewayEvent : translated) {
            String expected = settings.connectedAccounts().of(gatewayEvent.workspaceId())
                    .map(ConnectedAccount::accountId).orElse(null);
            if (!Objects.equals(expected, event.getAccount())) {
                return new WebhookResult.Rejected("event " + event.getId() + " from account " + event.getAccount()
                        + " names workspace " + gatewayEvent.workspaceId() + " of another account");
            }
        }
        List<GatewayEventOutcome> outcomes = new ArrayList<>();
        for (GatewayEvent gatewayEvent : translated) {
            try {
                outcomes.add(payments.applyGatewayEvent(gatewayEvent));
            } catch (PortalException e) {
                if (e.retryable() || (e.kind() == ErrorCode.Kind.CONFLICT
                        && e.errorCode() != ErrorCode.GATEWAY_EVENT_CONFLICT)) {
                    return new WebhookResult.RetryLater(gatewayEvent.eventId() + ": " + e.getMessage());
                }
                return new WebhookResult.Rejected(gatewayEvent.eventId() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                return new WebhookResult.RetryLater(gatewayEvent.eventId() + ": " + e);
            }
        }
        return new WebhookResult.Accepted(event.getId(), outcomes, event.getType());
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

    /** Reads what an event does not carry from Stripe, on the account the event came from. */
    private final class Lookup implements StripeEvents.Lookup {
        @Override
        public PaymentIntent paymentIntent(String id, @Nullable String account) throws StripeException {
            return gateway.client().v1().paymentIntents().retrieve(id, options(account));
        }

        @Override
        public List<Refund> refunds(String chargeId, @Nullable String account) throws StripeException {
            return gateway.client().v1().refunds().list(RefundListParams.builder().setCharge(chargeId)
                    .setLimit(100L).build(), options(account)).getData();
        }

        private com.stripe.net.RequestOptions options(@Nullable String account) {
            return StripePaymentGateway.options(Optional.ofNullable(account).map(ConnectedAccount::of), null);
        }
    }
}

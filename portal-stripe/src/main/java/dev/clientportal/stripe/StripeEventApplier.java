package dev.clientportal.stripe;

import com.stripe.Stripe;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundListParams;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.payment.GatewayEvent;
import dev.clientportal.core.payment.GatewayEventOutcome;
import dev.clientportal.core.payment.Payments;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one way a genuine Stripe event reaches the portal, for webhooks and reconciliation alike: it must have the API
 * version the SDK pins, is translated (reading from Stripe what it does not carry), must come from the account of
 * the workspaces it names, and is applied through {@link Payments#applyGatewayEvent}, which applies each event id
 * once however often, and by whichever path, it arrives.
 */
final class StripeEventApplier {

    /** The detail of an event acknowledged because it is about a workspace the caller did not ask for. */
    static final String ANOTHER_WORKSPACE = "about another workspace";

    private final StripePaymentGateway gateway;
    private final StripeSettings settings;
    private final Payments payments;

    StripeEventApplier(StripePaymentGateway gateway, StripeSettings settings, Payments payments) {
        this.gateway = gateway;
        this.settings = settings;
        this.payments = PortalException.requireField(payments, "payments");
    }

    /**
     * Applies a verified event that came from {@code account} ({@code null}: the platform's own).
     *
     * @param concerns which workspaces' events to apply; an event naming another is acknowledged and left alone
     */
    WebhookResult apply(Event event, @Nullable String account, Predicate<WorkspaceId> concerns) {
        if (!Stripe.API_VERSION.equals(event.getApiVersion())) {
            return new WebhookResult.Rejected("event " + event.getId() + " has API version " + event.getApiVersion()
                    + "; this endpoint must be pinned to " + Stripe.API_VERSION);
        }
        Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
        if (object.isEmpty()) {
            return new WebhookResult.Rejected("event " + event.getId() + " has no readable object");
        }
        List<GatewayEvent> translated;
        try {
            translated = StripeEvents.translate(event, object.get(), new Lookup());
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
        if (!translated.stream().map(GatewayEvent::workspaceId).allMatch(concerns)) {
            return new WebhookResult.Accepted(event.getId(), List.of(), ANOTHER_WORKSPACE);
        }
        for (GatewayEvent gatewayEvent : translated) {
            String expected = settings.connectedAccounts().of(gatewayEvent.workspaceId())
                    .map(ConnectedAccount::accountId).orElse(null);
            if (!Objects.equals(expected, account)) {
                return new WebhookResult.Rejected("event " + event.getId() + " from account " + account
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

        private RequestOptions options(@Nullable String account) {
            return StripePaymentGateway.options(Optional.ofNullable(account).map(ConnectedAccount::of), null);
        }
    }
}

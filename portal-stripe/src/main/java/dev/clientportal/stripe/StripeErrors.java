package dev.clientportal.stripe;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.Set;

/**
 * Stripe's errors in the portal's terms, so none crosses the port. What Stripe refuses for business reasons is a
 * result the caller branches on (see {@link #isRefusal}); the rest is a {@link PortalException}: retryable
 * {@link ErrorCode#GATEWAY_UNAVAILABLE} when a later attempt may pass (the SDK has already retried with backoff),
 * otherwise a code that says what to fix.
 */
final class StripeErrors {

    /** Invalid requests that are Stripe declining what was asked, not a mistake in how it was asked. */
    private static final Set<String> REFUSALS = Set.of("amount_too_small", "amount_too_large", "charge_already_refunded",
            "charge_disputed", "charge_expired_for_capture", "balance_insufficient", "payment_intent_unexpected_state",
            "payment_method_unactivated", "payment_method_not_available", "refund_disputed_payment",
            "currency_not_supported", "country_unsupported");
    private static final String KEY_IN_USE = "idempotency_key_in_use";

    private StripeErrors() {
    }

    static boolean isRefusal(StripeException e) {
        return e instanceof InvalidRequestException && e.getCode() != null && REFUSALS.contains(e.getCode());
    }

    static boolean isMissing(StripeException e) {
        return e instanceof InvalidRequestException && "resource_missing".equals(e.getCode());
    }

    static String code(StripeException e, @Nullable String fallback) {
        return Objects.requireNonNullElse(e.getCode(), Objects.requireNonNullElse(fallback, "stripe_error"));
    }

    static String message(StripeException e) {
        String user = e.getUserMessage();
        return user != null ? user : Objects.requireNonNullElse(e.getMessage(), "");
    }

    /** A failure that is not a refusal, as the portal's exception. */
    static PortalException translate(String call, StripeException e) {
        String request = e.getRequestId() == null ? "" : " (request " + e.getRequestId() + ")";
        if (e instanceof ApiConnectionException || e instanceof RateLimitException
                || (e instanceof IdempotencyException && KEY_IN_USE.equals(e.getCode()))
                || e.getStatusCode() == null || e.getStatusCode() >= 500 || e.getStatusCode() == 429
                || e.getStatusCode() == 409) {
            return new PortalException(ErrorCode.GATEWAY_UNAVAILABLE, "Stripe could not " + call + request
                    + ": " + e.getClass().getSimpleName() + " " + message(e) + "; try again later", e);
        }
        if (e instanceof AuthenticationException || e instanceof PermissionException) {
            return new PortalException(ErrorCode.GATEWAY_NOT_CONFIGURED, "Stripe refused the key or the connected "
                    + "account to " + call + request + ": " + message(e), e);
        }
        if (e instanceof IdempotencyException) {
            return new PortalException(ErrorCode.INVALID_VALUE, "Stripe refused to " + call + request
                    + ": its idempotency key was used before for another request: " + message(e), e);
        }
        return new PortalException(ErrorCode.INVALID_VALUE, "Stripe refused to " + call + request + ": "
                + code(e, null) + " " + message(e), e);
    }
}

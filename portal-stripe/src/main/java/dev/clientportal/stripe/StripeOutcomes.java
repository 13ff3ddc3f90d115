package dev.clientportal.stripe;

import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentOutcome;
import dev.clientportal.core.payment.RefundOutcome;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.Objects;

/** What a PaymentIntent or a Refund Stripe answered means for the caller. */
final class StripeOutcomes {

    private StripeOutcomes() {
    }

    static PaymentOutcome of(PaymentIntent intent) {
        String status = Objects.requireNonNullElse(intent.getStatus(), "");
        Money amount = StripeAmounts.fromStripe(intent.getAmount(), intent.getCurrency());
        switch (status) {
            case "succeeded":
                long received = intent.getAmountReceived() != null && intent.getAmountReceived() > 0
                        ? intent.getAmountReceived() : intent.getAmount();
                return new PaymentOutcome.Succeeded(intent.getId(),
                        StripeAmounts.fromStripe(received, intent.getCurrency()),
                        StripeMethods.of(intent.getPaymentMethodTypes(), false));
            case "processing":
            case "requires_capture":
                return new PaymentOutcome.Pending(intent.getId(), amount,
                        StripeMethods.of(intent.getPaymentMethodTypes(), true));
            case "requires_action":
            case "requires_confirmation":
                return new PaymentOutcome.RequiresAction(intent.getId(), redirect(intent),
                        Objects.requireNonNullElse(intent.getClientSecret(), ""));
            default:
                StripeError error = intent.getLastPaymentError();
                String code = error == null ? status
                        : Objects.requireNonNullElse(error.getDeclineCode(),
                                Objects.requireNonNullElse(error.getCode(), status));
                return new PaymentOutcome.Declined(intent.getId(), code.isBlank() ? "declined" : code,
                        error == null ? "" : Objects.requireNonNullElse(error.getMessage(), ""));
        }
    }

    static RefundOutcome of(Refund refund) {
        String status = Objects.requireNonNullElse(refund.getStatus(), "");
        Money amount = StripeAmounts.fromStripe(refund.getAmount(), refund.getCurrency());
        switch (status) {
            case "succeeded":
                return new RefundOutcome.Succeeded(refund.getId(), amount);
            case "pending":
            case "requires_action":
                return new RefundOutcome.Pending(refund.getId(), amount);
            default:
                return new RefundOutcome.Declined(Objects.requireNonNullElse(refund.getFailureReason(),
                        status.isBlank() ? "refund_failed" : status), "refund " + refund.getId() + " " + status);
        }
    }

    private static @Nullable URI redirect(PaymentIntent intent) {
        PaymentIntent.NextAction next = intent.getNextAction();
        if (next != null && next.getRedirectToUrl() != null && next.getRedirectToUrl().getUrl() != null) {
            return URI.create(next.getRedirectToUrl().getUrl());
        }
        return null;
    }
}

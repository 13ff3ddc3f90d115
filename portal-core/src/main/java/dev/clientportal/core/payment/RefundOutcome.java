package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;

import java.util.Objects;

/** What the gateway answered to a refund; the caller must handle every case. */
public sealed interface RefundOutcome {

    /**
     * The money was returned.
     *
     * @param refundReference the gateway's refund (Stripe {@code re_…}): the refund's reference in the portal
     * @param amount          what was returned
     */
    record Succeeded(String refundReference, Money amount) implements RefundOutcome {
        /**
         * Validates every field.
         *
         * @param refundReference the gateway's refund (Stripe {@code re_…}): the refund's reference in the portal
         * @param amount          what was returned
         */
        public Succeeded {
            refundReference = PortalException.requireText(refundReference, "refundReference");
            requirePositive(amount);
        }
    }

    /**
     * The refund was accepted and is on its way; a gateway event reports when it is done.
     *
     * @param refundReference the gateway's refund
     * @param amount          what is being returned
     */
    record Pending(String refundReference, Money amount) implements RefundOutcome {
        /**
         * Validates every field.
         *
         * @param refundReference the gateway's refund
         * @param amount          what is being returned
         */
        public Pending {
            refundReference = PortalException.requireText(refundReference, "refundReference");
            requirePositive(amount);
        }
    }

    /**
     * The gateway refused the refund (e.g. the payment was disputed, or nothing is left to refund).
     *
     * @param code    the gateway's reason code
     * @param message a message for the business
     */
    record Declined(String code, String message) implements RefundOutcome {
        /**
         * Requires the reason code.
         *
         * @param code    the gateway's reason code
         * @param message a message for the business
         */
        public Declined {
            code = PortalException.requireText(code, "code");
            message = Objects.requireNonNullElse(message, "");
        }
    }

    private static void requirePositive(Money amount) {
        PortalException.requireField(amount, "amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "amount", amount, "must be positive");
        }
    }
}

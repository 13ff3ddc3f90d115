package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.Objects;

/** What the gateway answered to a checkout or a charge; the caller must handle every case. */
public sealed interface PaymentOutcome {

    /**
     * The money was collected.
     *
     * @param paymentReference the gateway's payment (Stripe {@code pi_…}): the payment's reference in the portal
     * @param amount           what was collected
     * @param method           how
     */
    record Succeeded(String paymentReference, Money amount, PaymentMethod method) implements PaymentOutcome {
        /**
         * Validates every field.
         *
         * @param paymentReference the gateway's payment (Stripe {@code pi_…}): the payment's reference in the portal
         * @param amount           what was collected
         * @param method           how
         */
        public Succeeded {
            paymentReference = PortalException.requireText(paymentReference, "paymentReference");
            requirePositive(amount);
            PortalException.requireField(method, "method");
        }
    }

    /**
     * The client has to act: open a hosted checkout, or confirm a payment (3-D Secure). Send the client to
     * {@code actionUrl}, or hand {@code clientSecret} to the gateway's browser library.
     *
     * @param sessionId    the gateway's session or payment awaiting the client (Stripe {@code cs_…} or {@code pi_…})
     * @param actionUrl    where to send the client, or {@code null} when only a client secret is given
     * @param clientSecret the secret for the gateway's browser library, or empty
     */
    record RequiresAction(String sessionId, @Nullable URI actionUrl, String clientSecret) implements PaymentOutcome {
        /**
         * Requires the session id and a URL or a client secret.
         *
         * @param sessionId    the gateway's session or payment awaiting the client (Stripe {@code cs_…} or
         *                     {@code pi_…})
         * @param actionUrl    where to send the client, or {@code null} when only a client secret is given
         * @param clientSecret the secret for the gateway's browser library, or empty
         */
        public RequiresAction {
            sessionId = PortalException.requireText(sessionId, "sessionId");
            clientSecret = Objects.requireNonNullElse(clientSecret, "");
            if (actionUrl == null && clientSecret.isBlank()) {
                throw PortalException.invalid(ErrorCode.REQUIRED, "actionUrl", "null",
                        "a payment awaiting the client needs a URL or a client secret");
            }
        }
    }

    /**
     * The gateway refused: a card decline, an unsupported currency, an amount below its minimum.
     *
     * @param reference the gateway's id of the refused attempt, or empty
     * @param code      the gateway's reason code (e.g. {@code card_declined}, {@code insufficient_funds})
     * @param message   a message that can be shown to the client
     */
    record Declined(String reference, String code, String message) implements PaymentOutcome {
        /**
         * Requires the reason code.
         *
         * @param reference the gateway's id of the refused attempt, or empty
         * @param code      the gateway's reason code (e.g. {@code card_declined}, {@code insufficient_funds})
         * @param message   a message that can be shown to the client
         */
        public Declined {
            reference = Objects.requireNonNullElse(reference, "");
            code = PortalException.requireText(code, "code");
            message = Objects.requireNonNullElse(message, "");
        }
    }

    /**
     * The payment was accepted but the money has not arrived (a bank debit clearing); a gateway event settles it.
     *
     * @param paymentReference the gateway's payment
     * @param amount           what is being collected
     * @param method           how
     */
    record Pending(String paymentReference, Money amount, PaymentMethod method) implements PaymentOutcome {
        /**
         * Validates every field.
         *
         * @param paymentReference the gateway's payment
         * @param amount           what is being collected
         * @param method           how
         */
        public Pending {
            paymentReference = PortalException.requireText(paymentReference, "paymentReference");
            requirePositive(amount);
            PortalException.requireField(method, "method");
        }
    }

    private static void requirePositive(Money amount) {
        PortalException.requireField(amount, "amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "amount", amount, "must be positive");
        }
    }
}

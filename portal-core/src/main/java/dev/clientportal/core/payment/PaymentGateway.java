package dev.clientportal.core.payment;

/**
 * A payment service provider (Stripe in {@code portal-stripe}): starts hosted checkouts, charges saved payment
 * methods off-session and refunds. Expected outcomes — a decline, a payment that needs the client, a bank debit that
 * is still clearing — are returned as sealed results the caller must branch on.
 *
 * <p>The portal calls a gateway <em>outside</em> any database transaction: it reads what it needs in one
 * transaction, calls the gateway, and records the outcome in another. What the gateway reports later (webhooks)
 * reaches the portal as {@link GatewayEvent}s through {@link Payments#applyGatewayEvent}.
 *
 * <p>Implementations never let a vendor exception cross this port: a failure that a retry may cure (timeout,
 * connection refused, HTTP 5xx, rate limit) is a {@link dev.clientportal.core.kernel.PortalException} with
 * {@link dev.clientportal.core.kernel.ErrorCode#GATEWAY_UNAVAILABLE}; anything the gateway refuses to do is a
 * {@link PaymentOutcome.Declined} or {@link RefundOutcome.Declined}. Every request carries an idempotency key: the
 * same key sent again must give the same outcome and never charge or refund twice.
 */
public interface PaymentGateway {

    /**
     * The gateway's stable name (e.g. {@code stripe}), recorded on payments as {@link Payment#gateway()}.
     *
     * @return the gateway's stable name (e.g. {@code stripe}), recorded on payments as {@link Payment#gateway()}
     */
    String name();

    /**
     * Starts a hosted checkout for an invoice's amount due, one installment, or a deposit invoice. Usually answers
     * {@link PaymentOutcome.RequiresAction} with the session id and where to send the client.
     *
     * @param request the invoice, amount, purpose and idempotency key
     * @return what the gateway answered, usually where to send the client
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#GATEWAY_UNAVAILABLE}
     *         when the gateway cannot be reached
     */
    PaymentOutcome startCheckout(CheckoutRequest request);

    /**
     * Charges a payment method the client saved earlier, without the client present.
     *
     * @param charge the invoice, amount, saved method and idempotency key
     * @return what the gateway answered
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#GATEWAY_UNAVAILABLE}
     *         when the gateway cannot be reached
     */
    PaymentOutcome chargeSavedMethod(OffSessionCharge charge);

    /**
     * Refunds part or all of a payment the gateway took.
     *
     * @param request the gateway payment, amount, reason and idempotency key
     * @return what the gateway answered
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#GATEWAY_UNAVAILABLE}
     *         when the gateway cannot be reached
     */
    RefundOutcome refund(RefundRequest request);
}

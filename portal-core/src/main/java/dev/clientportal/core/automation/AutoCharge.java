package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.payment.GatewayCustomers;

/**
 * Auto-charge of a recurring template: each issued invoice is charged off-session to a payment method the client
 * saved with the gateway, with retries 1, 3 and 5 days after a first decline.
 *
 * @param paymentMethodReference the client's saved method at the gateway (Stripe {@code pm_…}), trimmed, at most
 *                               {@value GatewayCustomers#MAX_LENGTH} characters
 */
public record AutoCharge(String paymentMethodReference) {

    /**
     * Requires a method reference.
     *
     * @param paymentMethodReference the client's saved method at the gateway
     */
    public AutoCharge {
        paymentMethodReference = PortalException.requireText(paymentMethodReference, "paymentMethodReference",
                GatewayCustomers.MAX_LENGTH);
    }

    /**
     * Auto-charge to a saved method.
     *
     * @param paymentMethodReference the client's saved method at the gateway (Stripe {@code pm_…})
     * @return the setting
     */
    public static AutoCharge to(String paymentMethodReference) {
        return new AutoCharge(paymentMethodReference);
    }
}

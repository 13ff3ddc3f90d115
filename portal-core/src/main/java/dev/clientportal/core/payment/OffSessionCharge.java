package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.WorkspaceId;

/**
 * A charge of a payment method the client saved with the gateway, made without the client present (autopay).
 *
 * @param workspaceId            the business
 * @param clientId               the paying client
 * @param invoiceId              the invoice being paid
 * @param amount                 how much, positive
 * @param customerReference      the gateway's customer (Stripe {@code cus_…})
 * @param paymentMethodReference the saved method (Stripe {@code pm_…})
 * @param purpose                amount due, an installment, or a deposit
 * @param idempotencyKey         the same key never charges twice
 */
public record OffSessionCharge(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId, Money amount,
                               String customerReference, String paymentMethodReference, CheckoutPurpose purpose,
                               String idempotencyKey) {

    /**
     * Validates every field.
     *
     * @param workspaceId            the business
     * @param clientId               the paying client
     * @param invoiceId              the invoice being paid
     * @param amount                 how much, positive
     * @param customerReference      the gateway's customer (Stripe {@code cus_…})
     * @param paymentMethodReference the saved method (Stripe {@code pm_…})
     * @param purpose                amount due, an installment, or a deposit
     * @param idempotencyKey         the same key never charges twice
     */
    public OffSessionCharge {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(clientId, "clientId");
        PortalException.requireField(invoiceId, "invoiceId");
        PortalException.requireField(amount, "amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "amount", amount, "a charge must be positive");
        }
        customerReference = PortalException.requireText(customerReference, "customerReference");
        paymentMethodReference = PortalException.requireText(paymentMethodReference, "paymentMethodReference");
        PortalException.requireField(purpose, "purpose");
        idempotencyKey = PortalException.requireText(idempotencyKey, "idempotencyKey");
    }
}

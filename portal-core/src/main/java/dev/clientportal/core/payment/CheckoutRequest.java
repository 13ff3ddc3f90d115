package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.net.URI;

/**
 * A hosted checkout to start. The gateway adapter keeps workspace, client and invoice with the gateway's payment
 * (Stripe metadata) so that its events name them again ({@link GatewayEvent#invoiceId()}).
 *
 * @param workspaceId    the business
 * @param clientId       the paying client
 * @param invoiceId      the invoice being paid
 * @param invoiceNumber  its number, for the client
 * @param amount         how much to collect, positive
 * @param purpose        amount due, an installment, or a deposit
 * @param returnUrl      where the gateway sends the client back, or {@code null} for the adapter's default
 * @param idempotencyKey the same key gives the same checkout (a double click does not open two)
 */
public record CheckoutRequest(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId, String invoiceNumber,
                              Money amount, CheckoutPurpose purpose, @Nullable URI returnUrl, String idempotencyKey) {

    /**
     * Validates every field but the optional return URL.
     *
     * @param workspaceId    the business
     * @param clientId       the paying client
     * @param invoiceId      the invoice being paid
     * @param invoiceNumber  its number, for the client
     * @param amount         how much to collect, positive
     * @param purpose        amount due, an installment, or a deposit
     * @param returnUrl      where the gateway sends the client back, or {@code null} for the adapter's default
     * @param idempotencyKey the same key gives the same checkout (a double click does not open two)
     */
    public CheckoutRequest {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(clientId, "clientId");
        PortalException.requireField(invoiceId, "invoiceId");
        invoiceNumber = PortalException.requireText(invoiceNumber, "invoiceNumber");
        PortalException.requireField(amount, "amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "amount", amount, "a checkout must be positive");
        }
        PortalException.requireField(purpose, "purpose");
        idempotencyKey = PortalException.requireText(idempotencyKey, "idempotencyKey");
    }
}

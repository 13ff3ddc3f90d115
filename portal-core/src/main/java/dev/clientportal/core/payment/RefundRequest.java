package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A refund to ask the gateway for.
 *
 * @param workspaceId      the business
 * @param paymentReference the gateway's payment (Stripe {@code pi_…}), as in {@link Payment#reference()}
 * @param amount           how much, positive; {@code null} refunds everything not refunded yet
 * @param reason           why, for the business and the gateway's records
 * @param idempotencyKey   the same key never refunds twice
 */
public record RefundRequest(WorkspaceId workspaceId, String paymentReference, @Nullable Money amount, String reason,
                            String idempotencyKey) {

    /**
     * Validates every field; the amount, when given, must be positive.
     *
     * @param workspaceId      the business
     * @param paymentReference the gateway's payment (Stripe {@code pi_…}), as in {@link Payment#reference()}
     * @param amount           how much, positive; {@code null} refunds everything not refunded yet
     * @param reason           why, for the business and the gateway's records
     * @param idempotencyKey   the same key never refunds twice
     */
    public RefundRequest {
        PortalException.requireField(workspaceId, "workspaceId");
        paymentReference = PortalException.requireText(paymentReference, "paymentReference");
        if (amount != null && !amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "amount", amount, "a refund must be positive");
        }
        reason = Objects.requireNonNullElse(reason, "");
        idempotencyKey = PortalException.requireText(idempotencyKey, "idempotencyKey");
    }

    /**
     * A refund of everything the payment has not refunded yet.
     *
     * @param workspaceId      the business
     * @param paymentReference the gateway's payment (Stripe {@code pi_…}), as in {@link Payment#reference()}
     * @param reason           why, for the business and the gateway's records
     * @param idempotencyKey   the same key never refunds twice
     * @return the request
     */
    public static RefundRequest full(WorkspaceId workspaceId, String paymentReference, String reason,
                                     String idempotencyKey) {
        return new RefundRequest(workspaceId, paymentReference, null, reason, idempotencyKey);
    }

    /**
     * A refund of part of the payment.
     *
     * @param workspaceId      the business
     * @param paymentReference the gateway's payment (Stripe {@code pi_…}), as in {@link Payment#reference()}
     * @param amount           how much to refund, positive
     * @param reason           why, for the business and the gateway's records
     * @param idempotencyKey   the same key never refunds twice
     * @return the request
     */
    public static RefundRequest partial(WorkspaceId workspaceId, String paymentReference, Money amount, String reason,
                                        String idempotencyKey) {
        return new RefundRequest(workspaceId, paymentReference, PortalException.requireField(amount, "amount"),
                reason, idempotencyKey);
    }
    /**
     * The amount of a partial refund; empty for a full one.
     *
     * @return the amount of a partial refund; empty for a full one
     */
}

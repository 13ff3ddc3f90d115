package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;

/** The checks every {@link GatewayEvent} shares. */
final class GatewayEventChecks {
    private static final int MAX_ID = 200;

    private GatewayEventChecks() {
    }

    static void common(String gateway, String eventId, WorkspaceId workspaceId, Money amount,
                       String paymentReference, Instant occurredAt) {
        limited(gateway, "gateway");
        limited(eventId, "eventId");
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(amount, "amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "amount", amount, "must be positive");
        }
        limited(paymentReference, "paymentReference");
        InputLimits.requireInstant(PortalException.requireField(occurredAt, "occurredAt"), "occurredAt");
    }

    private static void limited(String value, String field) {
        String checked = PortalException.requireLine(value, field, MAX_ID);
        if (checked.length() > MAX_ID || !checked.equals(value)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, value,
                    "must be at most " + MAX_ID + " characters without surrounding spaces");
        }
    }
}

package dev.clientportal.core.automation;

import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One late-fee period of an invoice as the run decided it: the fee charged, or passed over (while the invoice or
 * its client was paused, or when it came to nothing), and its removal by staff. One per (invoice, period), ever.
 *
 * @param workspaceId   the workspace
 * @param invoiceId     the invoice
 * @param period        the period, from 1
 * @param amount        the fee of the period, zero or more, in the invoice's currency
 * @param periodStart   the day the period started, when the fee falls due
 * @param appliedAt     when the run decided the period
 * @param removedAt     when the fee stopped being in force (removed by staff, or passed over at once), else
 *                      {@code null}
 * @param removedBy     who removed it ({@code "system"} when passed over); empty while in force
 * @param removalReason why it was removed or passed over; empty while in force
 */
public record LateFee(WorkspaceId workspaceId, InvoiceId invoiceId, int period, Money amount, LocalDate periodStart,
                      Instant appliedAt, @Nullable Instant removedAt, String removedBy, String removalReason) {

    /**
     * Requires every field, a period from 1, no negative amount, and removal details exactly when removed.
     *
     * @param workspaceId   the workspace
     * @param invoiceId     the invoice
     * @param period        the period, from 1
     * @param amount        the fee of the period, zero or more
     * @param periodStart   the day the period started
     * @param appliedAt     when the run decided the period
     * @param removedAt     when the fee stopped being in force, else {@code null}
     * @param removedBy     who removed it; empty while in force
     * @param removalReason why it was removed; empty while in force
     */
    public LateFee {
        PortalException.requireField(workspaceId, "lateFee.workspaceId");
        PortalException.requireField(invoiceId, "lateFee.invoiceId");
        PortalException.requireField(amount, "lateFee.amount");
        PortalException.requireField(periodStart, "lateFee.periodStart");
        PortalException.requireField(appliedAt, "lateFee.appliedAt");
        Objects.requireNonNull(removedBy, "removedBy");
        Objects.requireNonNull(removalReason, "removalReason");
        if (period < 1) {
            throw new IllegalArgumentException("late-fee periods count from 1: " + period);
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a late fee is never negative: " + amount);
        }
        if ((removedAt == null) != (removedBy.isEmpty() && removalReason.isEmpty())
                || (removedAt != null && (removedBy.isBlank() || removalReason.isBlank()))) {
            throw new IllegalArgumentException("a removed late fee names who removed it and why, one in force"
                    + " neither: " + removedAt + " " + removedBy + " " + removalReason);
        }
    }

    /**
     * Whether the fee raises what the invoice owes: charged, and not removed.
     *
     * @return whether the fee is in force
     */
    public boolean inForce() {
        return removedAt == null && amount.isPositive();
    }

    /**
     * This fee as removed.
     *
     * @param at     when
     * @param by     who removed it
     * @param reason why
     * @return the removed fee
     */
    public LateFee removed(Instant at, String by, String reason) {
        return new LateFee(workspaceId, invoiceId, period, amount, periodStart, appliedAt, at, by, reason);
    }
}

package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A late fee in force on an invoice: it raises what is owed and falls due on the day its period started, or on the
 * first open day when its period started in a closed period.
 *
 * @param period  the late-fee period it was charged for, from 1
 * @param dueDate the day it is dated and falls due: its period's start, or the first open day after a closed period
 * @param amount  the fee, positive, in the invoice's currency
 */
public record LateFeeCharge(int period, LocalDate dueDate, Money amount) {

    /**
     * Requires a period from 1 and a positive amount.
     *
     * @param period  the late-fee period it was charged for, from 1
     * @param dueDate the day its period started, when it falls due
     * @param amount  the fee, positive, in the invoice's currency
     */
    public LateFeeCharge {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        if (period < 1) {
            throw new IllegalArgumentException("late-fee periods count from 1: " + period);
        }
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "lateFee.amount",
                    amount, "must be positive");
        }
    }
}

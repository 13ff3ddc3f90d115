package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;

/**
 * One part of a payment schedule: a deposit or an installment.
 *
 * @param label   what the client sees, e.g. "Deposit" or "Installment 2 of 3"; one line of at most 200 characters
 * @param dueDate when this part is due, between 1900-01-01 and 2999-12-31
 * @param amount  how much, positive
 */
public record Installment(String label, LocalDate dueDate, Money amount) {

    /**
     * Validates every field.
     *
     * @param label   what the client sees, e.g. "Deposit" or "Installment 2 of 3"; one line of at most 200 characters
     * @param dueDate when this part is due, between 1900-01-01 and 2999-12-31
     * @param amount  how much, positive
     */
    public Installment {
        label = PortalException.requireLine(label, "installment.label", InputLimits.REFERENCE);
        InputLimits.requireDate(PortalException.requireField(dueDate, "installment.dueDate"), "installment.dueDate");
        PortalException.requireField(amount, "installment.amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.INVALID_SCHEDULE, "installment.amount", amount, "must be positive");
        }
    }
}

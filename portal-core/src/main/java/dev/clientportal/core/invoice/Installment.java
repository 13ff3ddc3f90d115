package dev.clientportal.core.invoice;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;

/**
 * One part of a payment schedule: a deposit or an installment.
 *
 * @param label   what the client sees, e.g. "Deposit" or "Installment 2 of 3"
 * @param dueDate when this part is due
 * @param amount  how much, positive
 */
public record Installment(String label, LocalDate dueDate, Money amount) {

    /** Validates every field. */
    public Installment {
        label = PortalException.requireText(label, "installment.label");
        PortalException.requireField(dueDate, "installment.dueDate");
        PortalException.requireField(amount, "installment.amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.INVALID_SCHEDULE, "installment.amount", amount, "must be positive");
        }
    }
}

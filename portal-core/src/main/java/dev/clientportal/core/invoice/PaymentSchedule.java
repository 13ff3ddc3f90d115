package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.pricing.DocumentTotals;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * How an invoice is paid in parts: a deposit and installments with their own due dates. The amounts must sum
 * exactly to the invoice total; this is checked when the schedule is set and again when the invoice is issued.
 *
 * @param installments the parts in due-date order; empty means "all due on the invoice due date"
 */
public record PaymentSchedule(List<Installment> installments) {

    /** No schedule: the whole invoice is due on its due date. */
    public static final PaymentSchedule NONE = new PaymentSchedule(List.of());

    /**
     * Requires one currency and non-decreasing due dates.
     *
     * @param installments the parts in due-date order; empty means "all due on the invoice due date"
     */
    public PaymentSchedule {
        installments = PortalException.elements(installments, "installments", InputLimits.LIST);
        for (int i = 1; i < installments.size(); i++) {
            Installment previous = installments.get(i - 1);
            Installment current = installments.get(i);
            current.amount().requireCurrency(previous.amount().currency(), "installments[" + i + "].amount");
            if (current.dueDate().isBefore(previous.dueDate())) {
                throw PortalException.invalid(ErrorCode.INVALID_SCHEDULE, "installments[" + i + "].dueDate",
                        current.dueDate(), "must not be before the previous installment's " + previous.dueDate());
            }
        }
    }

    /**
     * A schedule from its parts, e.g. {@code PaymentSchedule.of(deposit, second, third)}.
     *
     * @param installments the installments in due-date order; none means all is due on the invoice's due date
     * @return the schedule
     */
    public static PaymentSchedule of(Installment... installments) {
        return new PaymentSchedule(installments == null ? List.of() : Arrays.asList(installments));
    }

    /**
     * A deposit now and the rest in equal installments, summing exactly to the total: minor units that do not
     * split evenly go to the earliest installments, one each (100.00 in three is 33.34, 33.33, 33.33).
     *
     * @param total        the invoice total
     * @param deposit      deposit as a percentage of the total, 0 for none
     * @param depositDue   when the deposit is due
     * @param installments how many installments follow (at least 1)
     * @param firstDue     when the first installment is due
     * @param every        the interval between installments
     * @return the schedule, summing exactly to {@code total}
     */
    public static PaymentSchedule depositThenInstallments(Money total, Percentage deposit, LocalDate depositDue,
                                                          int installments, LocalDate firstDue, Period every) {
        if (installments < 1 || installments > 120) {
            throw PortalException.invalid(ErrorCode.INVALID_SCHEDULE, "installments", installments,
                    "must be between 1 and 120");
        }
        List<Installment> parts = new ArrayList<>();
        Money rest = total;
        if (!deposit.isZero()) {
            Money depositAmount = total.percent(deposit, DocumentTotals.ROUNDING);
            parts.add(new Installment("Deposit", depositDue, depositAmount));
            rest = total.minus(depositAmount);
        }
        long[] equalWeights = new long[installments];
        java.util.Arrays.fill(equalWeights, 1);
        Money[] shares = rest.allocate(equalWeights);
        for (int i = 0; i < installments; i++) {
            parts.add(new Installment("Installment " + (i + 1) + " of " + installments,
                    firstDue.plus(every.multipliedBy(i)), shares[i]));
        }
        return new PaymentSchedule(parts);
    }

    /**
     * Whether there is no schedule: no installments, so everything is due on the invoice's due date.
     *
     * @return whether there are no installments
     */
    public boolean isEmpty() {
        return installments.isEmpty();
    }

    /**
     * The last due date, or the given date when there is no schedule.
     *
     * @param otherwise the date to answer without a schedule
     * @return the last due date, or the given date when there is no schedule
     */
    public LocalDate finalDueDate(LocalDate otherwise) {
        return installments.isEmpty() ? otherwise : installments.get(installments.size() - 1).dueDate();
    }

    /**
     * Checks that the parts sum exactly to the total.
     *
     * @param total the invoice total
     * @throws PortalException {@link ErrorCode#SCHEDULE_TOTAL_MISMATCH} naming both sums
     */
    public void requireSumsTo(Money total) {
        if (installments.isEmpty()) {
            return;
        }
        Money sum = Money.zero(total.currency());
        for (Installment installment : installments) {
            sum = sum.plus(installment.amount().requireCurrency(total.currency(), "installment.amount"));
        }
        if (!sum.equals(total)) {
            throw PortalException.invalid(ErrorCode.SCHEDULE_TOTAL_MISMATCH, "schedule", sum,
                    "installments must sum exactly to the invoice total " + total);
        }
    }
}

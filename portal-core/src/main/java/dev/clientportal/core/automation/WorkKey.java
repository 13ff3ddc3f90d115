package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;

import java.time.LocalDate;

import java.util.UUID;

/**
 * The natural key of one piece of scheduled work, unique in its workspace: the same work always gets the same key,
 * on every instance and every run, e.g. {@code reminder:<invoice>:<step>} or {@code recurring:<schedule>:<period>}.
 *
 * @param value the key, 1 to {@value #MAX_LENGTH} characters without whitespace
 */
public record WorkKey(String value) {

    /** The longest key; adapters size their key column for it. */
    public static final int MAX_LENGTH = 200;

    /**
     * Requires a key of printable characters that fits the adapters' column.
     *
     * @param value the key, 1 to {@value #MAX_LENGTH} characters without whitespace
     */
    public WorkKey {
        value = PortalException.requireText(value, "workKey");
        if (value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "workKey", value,
                    "must be at most " + MAX_LENGTH + " printable ASCII characters without spaces");
        }
    }

    /**
     * A key from its text.
     *
     * @param value the key text, 1 to {@value #MAX_LENGTH} printable ASCII characters without spaces
     * @return the key
     */
    public static WorkKey of(String value) {
        return new WorkKey(value);
    }

    /**
     * The key of reminder step {@code step} (1 for the first) of an invoice: {@code reminder:<invoice>:<step>}.
     *
     * @param invoiceId the invoice reminded of
     * @param step      the reminder step, 1 for the first
     * @return the key {@code reminder:<invoice>:<step>}
     */
    public static WorkKey reminder(InvoiceId invoiceId, int step) {
        PortalException.requireField(invoiceId, "invoiceId");
        if (step < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "step", step, "reminder steps count from 1");
        }
        return new WorkKey("reminder:" + invoiceId + ":" + step);
    }

    /**
     * The key of one reminder step of an amount due on {@code dueDate}:
     * {@code reminder:<invoice>:<due date>:<step>}, e.g. {@code reminder:…:2026-03-31:d+7}.
     *
     * @param invoiceId the invoice reminded of
     * @param dueDate   the due date of the amount (the invoice's, or an installment's)
     * @param step      the policy step
     * @return the key of that step of that amount
     */
    public static WorkKey reminder(InvoiceId invoiceId, LocalDate dueDate, ReminderStep step) {
        PortalException.requireField(invoiceId, "invoiceId");
        PortalException.requireField(dueDate, "dueDate");
        PortalException.requireField(step, "step");
        return new WorkKey("reminder:" + invoiceId + ":" + dueDate + ":" + step.code());
    }

    /**
     * The key of the one reminder message a client may get on a day of its own calendar:
     * {@code reminder-day:<client>:<day>}. Completed once that message is sent, it keeps every other instance
     * from sending the client a second one that day.
     *
     * @param clientId the client
     * @param day      the day in the client's time zone
     * @return the key of the client's reminder of that day
     */
    public static WorkKey reminderDay(ClientId clientId, LocalDate day) {
        PortalException.requireField(clientId, "clientId");
        PortalException.requireField(day, "day");
        return new WorkKey("reminder-day:" + clientId + ":" + day);
    }

    /**
     * The key of one period of a recurring schedule: {@code recurring:<schedule>:<period>}, the period as the
     * schedule names it (e.g. {@code 2026-12}).
     *
     * @param scheduleId the recurring schedule
     * @param period     the period as the schedule names it, e.g. {@code 2026-12}; must not be blank
     * @return the key {@code recurring:<schedule>:<period>}
     */
    public static WorkKey recurring(UUID scheduleId, String period) {
        PortalException.requireField(scheduleId, "scheduleId");
        return new WorkKey("recurring:" + scheduleId + ":" + PortalException.requireText(period, "period"));
    }

    /**
     * The key of one auto-charge attempt of a recurring period: {@code charge:<template>:<period>:<attempt>}.
     *
     * @param templateId the recurring template
     * @param period     the period's date
     * @param attempt    the attempt number, from 1
     * @return the key of that attempt
     */
    public static WorkKey charge(UUID templateId, LocalDate period, int attempt) {
        PortalException.requireField(templateId, "templateId");
        PortalException.requireField(period, "period");
        if (attempt < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "attempt", attempt, "attempts count from 1");
        }
        return new WorkKey("charge:" + templateId + ":" + period + ":" + attempt);
    }

    /**
     * The key of one late-fee period of an invoice: {@code late-fee:<invoice>:<period>}.
     *
     * @param invoiceId the invoice
     * @param period    the late-fee period, from 1
     * @return the key of that period
     */
    public static WorkKey lateFee(InvoiceId invoiceId, int period) {
        PortalException.requireField(invoiceId, "invoiceId");
        if (period < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "period", period, "late-fee periods count from 1");
        }
        return new WorkKey("late-fee:" + invoiceId + ":" + period);
    }

    /** The key itself. */
    @Override
    public String toString() {
        return value;
    }
}

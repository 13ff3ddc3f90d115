package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder step of an amount due, sent or skipped: who, what, when and which step. A step of an amount is
 * logged at most once.
 *
 * @param workspaceId the workspace
 * @param clientId    the client reminded
 * @param invoiceId   the invoice
 * @param dueDate     the due date of the amount (the invoice's, or an installment's)
 * @param step        the step of the policy
 * @param outcome     sent with which wording, or skipped
 * @param recipient   the address the reminder went to; empty when skipped
 * @param at          when it was sent or skipped
 */
public record ReminderLogEntry(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId, LocalDate dueDate,
                               ReminderStep step, ReminderOutcome outcome, String recipient, Instant at) {

    /**
     * Requires every field, and a recipient exactly when the step was sent.
     *
     * @param workspaceId the workspace
     * @param clientId    the client reminded
     * @param invoiceId   the invoice
     * @param dueDate     the due date of the amount (the invoice's, or an installment's)
     * @param step        the step of the policy
     * @param outcome     sent with which wording, or skipped
     * @param recipient   the address the reminder went to; empty when skipped
     * @param at          when it was sent or skipped
     */
    public ReminderLogEntry {
        PortalException.requireField(workspaceId, "reminderLog.workspaceId");
        PortalException.requireField(clientId, "reminderLog.clientId");
        PortalException.requireField(invoiceId, "reminderLog.invoiceId");
        PortalException.requireField(dueDate, "reminderLog.dueDate");
        PortalException.requireField(step, "reminderLog.step");
        PortalException.requireField(outcome, "reminderLog.outcome");
        PortalException.requireField(recipient, "reminderLog.recipient");
        PortalException.requireField(at, "reminderLog.at");
        if (outcome.sent() == recipient.isBlank()) {
            throw PortalException.invalid(dev.clientportal.core.kernel.ErrorCode.INVALID_VALUE,
                    "reminderLog.recipient", recipient, "a sent reminder has a recipient, a skipped one none");
        }
    }
}

package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What a store knows of one amount still owed, for core to decide its reminders: an open invoice's amount due on one
 * date (the whole invoice, or its installments due that day) and the steps already logged for it.
 *
 * @param workspaceId the workspace
 * @param clientId    the client owing it
 * @param invoiceId   the invoice
 * @param dueDate     when it is due
 * @param amount      how much of it is still owed, positive
 * @param logged      the steps of this amount logged already (sent or skipped), earliest first
 */
public record ReminderFacts(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId, LocalDate dueDate,
                            Money amount, List<ReminderStep> logged) {

    /**
     * Requires every field.
     *
     * @param workspaceId the workspace
     * @param clientId    the client owing it
     * @param invoiceId   the invoice
     * @param dueDate     when it is due
     * @param amount      how much of it is still owed, positive
     * @param logged      the steps of this amount logged already (sent or skipped), earliest first
     */
    public ReminderFacts {
        PortalException.requireField(workspaceId, "reminderFacts.workspaceId");
        PortalException.requireField(clientId, "reminderFacts.clientId");
        PortalException.requireField(invoiceId, "reminderFacts.invoiceId");
        PortalException.requireField(dueDate, "reminderFacts.dueDate");
        PortalException.requireField(amount, "reminderFacts.amount");
        logged = List.copyOf(PortalException.requireField(logged, "reminderFacts.logged"));
    }

    /**
     * Where a page of facts that ends with this one continues.
     *
     * @return the position right after this fact
     */
    public ReminderCursor cursor() {
        return new ReminderCursor(workspaceId, clientId, invoiceId, dueDate);
    }
}

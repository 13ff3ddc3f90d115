package dev.clientportal.core.automation;

import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;

/**
 * The log of reminder steps sent or skipped, one entry per (workspace, invoice, due date, step) under a unique key.
 * Calls run in the caller's transaction, so an entry commits with the claim it completes.
 */
public interface ReminderLog {

    /**
     * Adds an entry unless its step of its amount is logged already (an insert that skips a taken key).
     *
     * @param entry the step sent or skipped
     * @return whether it was added; {@code false} when the step was logged before, which is left as it was
     */
    boolean record(ReminderLogEntry entry);

    /**
     * An invoice's entries, oldest first (by time, then due date and step).
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @return its entries, oldest first
     */
    List<ReminderLogEntry> ofInvoice(WorkspaceId workspaceId, InvoiceId invoiceId);
}

package dev.clientportal.core.automation;

import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.ArrayList;
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
     * Adds many entries of one workspace at once, each as {@link #record} would, in the caller's transaction. Adapters
     * may do it in fewer statements; the default records entry by entry.
     *
     * @param workspaceId the workspace every entry belongs to
     * @param entries     the steps sent or skipped, each step of each amount at most once
     * @return the entries added, in their given order; those logged before are left out (and left as they were)
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for an entry of another workspace
     */
    default List<ReminderLogEntry> recordAll(WorkspaceId workspaceId, List<ReminderLogEntry> entries) {
        requireOfWorkspace(workspaceId, entries);
        List<ReminderLogEntry> added = new ArrayList<>();
        for (ReminderLogEntry entry : entries) {
            if (record(entry)) {
                added.add(entry);
            }
        }
        return added;
    }

    /**
     * Checks the arguments of {@link #recordAll}; adapters call it first.
     *
     * @param workspaceId the workspace; required
     * @param entries     the entries; required, each of that workspace
     * @throws PortalException {@link ErrorCode#REQUIRED} or {@link ErrorCode#INVALID_VALUE}
     */
    static void requireOfWorkspace(WorkspaceId workspaceId, List<ReminderLogEntry> entries) {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(entries, "entries");
        for (ReminderLogEntry entry : entries) {
            PortalException.requireField(entry, "entry");
            if (!entry.workspaceId().equals(workspaceId)) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "entry.workspaceId", entry.workspaceId(),
                        "every entry of one call belongs to workspace " + workspaceId);
            }
        }
    }

    /**
     * An invoice's entries, oldest first (by time, then due date and step).
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @return its entries, oldest first
     */
    List<ReminderLogEntry> ofInvoice(WorkspaceId workspaceId, InvoiceId invoiceId);
}

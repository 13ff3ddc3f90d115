package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A position in the order {@link ReminderQueries} answers facts in: by workspace, client and invoice id (each
 * compared as its lowercase text, as databases order UUIDs), then by due date.
 *
 * @param workspaceId the workspace
 * @param clientId    the client
 * @param invoiceId   the invoice
 * @param dueDate     the due date
 */
public record ReminderCursor(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId, LocalDate dueDate)
        implements Comparable<ReminderCursor> {

    private static final Comparator<ReminderCursor> ORDER = Comparator
            .comparing((ReminderCursor cursor) -> cursor.workspaceId.toString())
            .thenComparing(cursor -> cursor.clientId.toString())
            .thenComparing(cursor -> cursor.invoiceId.toString())
            .thenComparing(ReminderCursor::dueDate);

    /**
     * Requires every field.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param invoiceId   the invoice
     * @param dueDate     the due date
     */
    public ReminderCursor {
        PortalException.requireField(workspaceId, "cursor.workspaceId");
        PortalException.requireField(clientId, "cursor.clientId");
        PortalException.requireField(invoiceId, "cursor.invoiceId");
        PortalException.requireField(dueDate, "cursor.dueDate");
    }

    /** In the order facts are answered in. */
    @Override
    public int compareTo(ReminderCursor other) {
        return ORDER.compare(this, other);
    }
}

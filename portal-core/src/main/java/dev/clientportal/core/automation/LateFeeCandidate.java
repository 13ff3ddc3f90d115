package dev.clientportal.core.automation;

import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;

/**
 * An invoice whose next late fee falls due on or before a day, as stored with it; also the cursor of the next page.
 *
 * @param workspaceId   the workspace
 * @param invoiceId     the invoice
 * @param nextLateFeeOn the day its next late-fee period starts
 */
public record LateFeeCandidate(WorkspaceId workspaceId, InvoiceId invoiceId, LocalDate nextLateFeeOn) {

    /**
     * Requires every field.
     *
     * @param workspaceId   the workspace
     * @param invoiceId     the invoice
     * @param nextLateFeeOn the day its next late-fee period starts
     */
    public LateFeeCandidate {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(invoiceId, "invoiceId");
        PortalException.requireField(nextLateFeeOn, "nextLateFeeOn");
    }
}

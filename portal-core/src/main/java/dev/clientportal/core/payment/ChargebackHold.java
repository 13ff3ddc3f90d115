package dev.clientportal.core.payment;

import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;

/**
 * What a chargeback stops besides recording the dispute: {@code ClientPortal} wires it to mark the invoices the
 * disputed payment paid as disputed, so their reminders stop in the same unit of work. Wiring, not API.
 */
@Internal
@FunctionalInterface
public interface ChargebackHold {

    /** Holds nothing: a portal whose stores keep no reminders. */
    ChargebackHold NONE = (workspaceId, invoiceIds, reason, actor) -> { };

    /**
     * Marks invoices disputed, inside the caller's transaction; marking one disputed again changes nothing.
     *
     * @param workspaceId the workspace
     * @param invoiceIds  the invoices the disputed payment was allocated to
     * @param reason      one line naming the dispute
     * @param actor       who reported it, e.g. {@code gateway:stripe}
     */
    void hold(WorkspaceId workspaceId, List<InvoiceId> invoiceIds, String reason, String actor);
}

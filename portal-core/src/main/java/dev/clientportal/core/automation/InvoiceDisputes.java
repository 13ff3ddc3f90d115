package dev.clientportal.core.automation;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.payment.ChargebackHold;

import java.util.List;
import java.util.Map;

/**
 * Disputes as stops of an invoice's reminders, audited: marked by staff or by a chargeback, resolved by staff. A
 * dispute is an {@link InvoicePause} of kind {@code DISPUTED}, so whatever checks pauses (reminders, late fees) checks
 * disputes too. Runs in the caller's transaction.
 */
final class InvoiceDisputes implements ChargebackHold {

    private final ReminderPolicies policies;
    private final PortalRuntime runtime;

    InvoiceDisputes(ReminderPolicies policies, PortalRuntime runtime) {
        this.policies = policies;
        this.runtime = runtime;
    }

    @Override
    public void hold(WorkspaceId workspaceId, List<InvoiceId> invoiceIds, String reason, String actor) {
        invoiceIds.forEach(invoiceId -> dispute(workspaceId, invoiceId, reason, actor));
    }

    void dispute(WorkspaceId workspaceId, InvoiceId invoiceId, String reason, String actor) {
        InvoicePause dispute = InvoicePause.disputed(reason);
        policies.pauseInvoice(workspaceId, invoiceId, dispute);
        runtime.audit().record(workspaceId, actor, "reminders.invoice_disputed", "invoice", invoiceId.toString(),
                Map.of("reason", dispute.reason()));
    }

    void resolve(WorkspaceId workspaceId, InvoiceId invoiceId, String resolution, String actor) {
        policies.resumeInvoice(workspaceId, invoiceId, InvoicePause.Kind.DISPUTED);
        runtime.audit().record(workspaceId, actor, "reminders.dispute_resolved", "invoice", invoiceId.toString(),
                Map.of("resolution", resolution));
    }
}

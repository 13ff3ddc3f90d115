package dev.clientportal.core.payment;

import dev.clientportal.core.PortalRuntime;
import dev.clientportal.core.access.Notifier;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.workspace.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Optional;

/**
 * Recording payments, refunds and credit applications. Every call is scoped to the principal's workspace, runs in
 * one transaction, and either applies completely or not at all.
 *
 * <p>For every invoice: {@code paid = Σ allocations − Σ refunded allocations} and
 * {@code amountDue = total − credits − paid ≥ 0}.
 */
public interface Payments {

    /**
     * Records a payment, allocates it, and turns the rest into client credit; once committed, a receipt goes to the
     * client's email through the portal's {@link dev.clientportal.core.access.NotificationSender}. A reference recorded before returns
     * the earlier payment unchanged (same client and amount) or fails with
     * {@link dev.clientportal.core.ErrorCode#PAYMENT_REFERENCE_CONFLICT}.
     */
    Payment record(StaffPrincipal principal, RecordPayment command);

    /**
     * Refunds part or all of a payment, reopening the invoices it had settled. A refund reference used before
     * returns the payment unchanged (same payment and amount) or fails with
     * {@link dev.clientportal.core.ErrorCode#REFUND_REFERENCE_CONFLICT}.
     */
    Payment refund(StaffPrincipal principal, RefundPayment command);

    /** Settles an invoice from the client's credit balance. */
    Invoice applyCredit(StaffPrincipal principal, ApplyCredit command);

    /** One payment. */
    Payment get(StaffPrincipal principal, PaymentId paymentId);

    /** The payment recorded with an external reference, if any. */
    Optional<Payment> findByReference(StaffPrincipal principal, String reference);

    /** A client's payments, oldest first. */
    List<Payment> forClient(StaffPrincipal principal, ClientId clientId);

    /** The payments allocated to an invoice, oldest first. */
    List<Payment> forInvoice(StaffPrincipal principal, InvoiceId invoiceId);

    /** The use cases over their stores, for {@code ClientPortal}. */
    static Payments using(WorkspaceRepository workspaces, ClientRepository clients, InvoiceRepository invoices,
                          PaymentRepository payments, Notifier notifier, PortalRuntime runtime) {
        return new PaymentService(workspaces, clients, invoices, payments, notifier, runtime);
    }
}

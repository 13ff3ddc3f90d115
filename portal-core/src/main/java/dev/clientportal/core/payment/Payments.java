package dev.clientportal.core.payment;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.List;
import java.util.Optional;

/**
 * Recording payments, refunds and credit applications, paying online and applying gateway events. Every call is
 * scoped to the principal's workspace (gateway events to theirs), runs in one transaction (paying online: two, with
 * the gateway called between them), and either applies completely or not at all.
 *
 * <p>For every invoice: {@code paid = Σ allocations − Σ refunded allocations} and
 * {@code amountDue = total − credits − paid ≥ 0}.
 */
public interface Payments {

    /**
     * Records a payment, allocates it, and turns the rest into client credit. A reference recorded before returns
     * the earlier payment unchanged (same client and amount) or fails with
     * {@link dev.clientportal.core.kernel.ErrorCode#PAYMENT_REFERENCE_CONFLICT} — also when another instance records the
     * same reference at the same moment (never {@code DUPLICATE_KEY}, unless the host owns the transaction).
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param command   the client, amount, method, reference and allocations
     * @return the payment as recorded, or the earlier one with the same reference
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#PERIOD_LOCKED}
     *         when its received date is in a closed period ({@code ClientPortal.periods()})
     */
    Payment record(StaffPrincipal principal, RecordPayment command);

    /**
     * Refunds part or all of a payment, reopening the invoices it had settled. A refund reference used before
     * returns the payment unchanged (same payment and amount) or fails with
     * {@link dev.clientportal.core.kernel.ErrorCode#REFUND_REFERENCE_CONFLICT}.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param command   the payment, amount, reference and reason
     * @return the payment with the refund, or unchanged when the reference was used before
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#PERIOD_LOCKED}
     *         when its refund date is in a closed period ({@code ClientPortal.periods()})
     */
    Payment refund(StaffPrincipal principal, RefundPayment command);

    /**
     * Settles an invoice from the client's credit balance.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param command   the invoice and the amount of credit to apply
     * @return the invoice with the credit applied
     */
    Invoice applyCredit(StaffPrincipal principal, ApplyCredit command);

    /**
     * One payment.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param paymentId the payment
     * @return the payment
     */
    Payment get(StaffPrincipal principal, PaymentId paymentId);

    /**
     * The payment recorded with an external reference, if any.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param reference the payment's external reference
     * @return the payment; empty when none has that reference
     */
    Optional<Payment> findByReference(StaffPrincipal principal, String reference);

    /**
     * A client's payments, oldest first.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param clientId  the client
     * @return the client's payments, oldest first
     */
    List<Payment> forClient(StaffPrincipal principal, ClientId clientId);

    /**
     * The payments allocated to an invoice, oldest first.
     *
     * @param principal the staff member acting; the call is scoped to their workspace
     * @param invoiceId the invoice
     * @return the payments allocated to an invoice, oldest first
     */
    List<Payment> forInvoice(StaffPrincipal principal, InvoiceId invoiceId);

    /**
     * A client contact with the BILLING role starts paying its own client's invoice online: the amount due or one
     * installment. The invoice is read in one transaction, the gateway called outside any, and the outcome recorded
     * in another (audit; a payment the gateway reports succeeded or pending at once). Starting the same payment
     * again while the invoice is unchanged sends the gateway the same idempotency key, so it answers the same
     * checkout.
     *
     * @param principal who acts for the client: a signed-in contact, a document link or a staff preview
     * @param command   the invoice, the installment and the page to return to
     * @return what the gateway answered: usually {@link PaymentOutcome.RequiresAction} with where to send the client
     * @throws dev.clientportal.core.kernel.PortalException {@code GATEWAY_NOT_CONFIGURED} without a gateway;
     *         {@code INVOICE_NOT_FOUND} for a draft or an invoice outside the principal's scope;
     *         {@code READ_ONLY_ACCESS} for document links and previews, {@code ROLE_REQUIRED} without BILLING;
     *         {@code INVOICE_NOT_PAYABLE} for a paid or void invoice; {@code UNKNOWN_INSTALLMENT} or
     *         {@code INSTALLMENT_SETTLED} for an installment that does not exist or is paid;
     *         {@code GATEWAY_UNAVAILABLE} when the gateway cannot be reached (retry later)
     */
    PaymentOutcome pay(PortalPrincipal principal, PayInvoice command);

    /**
     * Applies what a gateway reported, exactly once per (gateway, event id), in one transaction with the inbox
     * entry: a pending payment is recorded without settling anything; a success applies its allocations (as much
     * as its invoices still owe, the rest becomes client credit); a failure leaves nothing applied; a refund reopens
     * what it paid; a dispute is recorded. A refund, failure or dispute that arrives before its payment is PARKED
     * and applied when the payment arrives. A repeated event returns the earlier outcome and changes nothing.
     *
     * @param event the verified event, translated by the gateway's adapter
     * @return what applying the event did, or the earlier outcome for a repeated event
     * @throws dev.clientportal.core.kernel.PortalException {@code GATEWAY_EVENT_CONFLICT} when the event id was received
     *         with other content; {@code WORKSPACE_NOT_FOUND} or {@code INVOICE_NOT_FOUND} when the event names
     *         what does not exist; {@code PAYMENT_REFERENCE_CONFLICT} when its payment reference belongs to a payment
     *         of another gateway
     */
    GatewayEventOutcome applyGatewayEvent(GatewayEvent event);
}

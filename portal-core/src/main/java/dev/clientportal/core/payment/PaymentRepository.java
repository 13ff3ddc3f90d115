package dev.clientportal.core.payment;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/**
 * Stores payments, always scoped by workspace. PENDING and FAILED payments are stored and listed like any other,
 * with their {@link Payment#status()}; only received ones ({@link PaymentStatus#isReceived()}) are money, so read
 * models that sum receipts filter on the status.
 */
public interface PaymentRepository {

    /**
     * Inserts a payment (version 0) or updates it if the stored version still equals {@code payment.version()}.
     *
     * @param payment the payment to store
     * @return the payment as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when
     *         another payment of the workspace has the same reference, or one of its refunds' references is used
     *         by another refund; {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION} when another
     *         writer saved it first
     */
    Payment save(Payment payment);

    /**
     * The payment with this id in the workspace; empty if it does not exist there.
     *
     * @param workspaceId the workspace
     * @param id          the payment
     * @return the payment; empty if it does not exist in the workspace
     */
    Optional<Payment> find(WorkspaceId workspaceId, PaymentId id);

    /**
     * The payment recorded with an external reference.
     *
     * @param workspaceId the workspace
     * @param reference   the payment's external reference
     * @return the payment; empty when none has that reference
     */
    Optional<Payment> findByReference(WorkspaceId workspaceId, String reference);

    /**
     * The payment holding the refund with an external reference.
     *
     * @param workspaceId     the workspace
     * @param refundReference the refund's external reference
     * @return the payment; empty when none holds a refund with that reference
     */
    Optional<Payment> findByRefundReference(WorkspaceId workspaceId, String refundReference);

    /**
     * A client's payments, oldest received first (then recorded).
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @return the client's payments, oldest received first (then recorded)
     */
    List<Payment> forClient(WorkspaceId workspaceId, ClientId clientId);

    /**
     * The payments allocated to an invoice, oldest received first (then recorded).
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @return the payments allocated to an invoice, oldest received first (then recorded)
     */
    List<Payment> forInvoice(WorkspaceId workspaceId, InvoiceId invoiceId);
}

package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money received from a client: how it was allocated to invoices, what became client credit, and what has been
 * refunded.
 *
 * <p>Invariant: {@code amount = Σ allocations + toCredit}, and {@code Σ refunds ≤ amount}. A PENDING or FAILED
 * payment's allocations and credit are what it <em>would</em> settle: they are applied to invoices and the client's
 * credit only when it succeeds ({@link PaymentStatus#isReceived()}), and it has no refunds.
 *
 * @param id          identity
 * @param workspaceId the owning workspace
 * @param clientId    the paying client
 * @param amount      the amount received, positive
 * @param method      how it arrived
 * @param gateway     the payment gateway that took it (e.g. {@code stripe}), empty for manual payments
 * @param reference   the external reference, unique per workspace: recording the same reference twice records
 *                    one payment
 * @param receivedOn  the date the money arrived
 * @param allocations what settled which invoice
 * @param toCredit    what was left over and became client credit
 * @param refunds     refunds, oldest first
 * @param note        a note for the business
 * @param recordedAt  when it was recorded
 * @param status      where it stands; consistent with its refunds (SUCCEEDED without, REFUNDED when all of it)
 * @param receiptNumber the receipt's own number (e.g. {@code RCT-2026-00012}), taken when the money arrived; empty
 *                    while the payment is PENDING or FAILED
 * @param version     optimistic-locking version, 0 before the first save
 */
public record Payment(PaymentId id, WorkspaceId workspaceId, ClientId clientId, Money amount, PaymentMethod method,
                      String gateway, String reference, LocalDate receivedOn, List<Allocation> allocations,
                      Money toCredit, List<Refund> refunds, String note, Instant recordedAt, PaymentStatus status,
                      String receiptNumber, long version) {

    /**
     * Checks that allocations and credit make up the amount, refunds do not exceed it and match the status.
     *
     * @param id            identity
     * @param workspaceId   the owning workspace
     * @param clientId      the paying client
     * @param amount        the amount received, positive
     * @param method        how it arrived
     * @param gateway       the payment gateway that took it (e.g. {@code stripe}), empty for manual payments
     * @param reference     the external reference, unique per workspace: recording the same reference twice records one
     *                      payment
     * @param receivedOn    the date the money arrived
     * @param allocations   what settled which invoice
     * @param toCredit      what was left over and became client credit
     * @param refunds       refunds, oldest first
     * @param note          a note for the business
     * @param recordedAt    when it was recorded
     * @param status        where it stands; consistent with its refunds (SUCCEEDED without, REFUNDED when all of it)
     * @param receiptNumber the receipt's own number (e.g. {@code RCT-2026-00012}), taken when the money arrived; empty
     *                      while the payment is PENDING or FAILED
     * @param version       optimistic-locking version, 0 before the first save
     */
    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(method, "method");
        gateway = Objects.requireNonNullElse(gateway, "");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        allocations = List.copyOf(allocations);
        refunds = List.copyOf(refunds);
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Money allocated = toCredit;
        for (Allocation allocation : allocations) {
            allocated = allocated.plus(allocation.amount());
        }
        if (!amount.isPositive() || toCredit.isNegative() || !allocated.equals(amount)) {
            throw new IllegalArgumentException("payment " + amount + " does not equal allocations plus credit "
                    + allocated);
        }
        Money refunded = Money.zero(amount.currency());
        for (Refund refund : refunds) {
            refunded = refunded.plus(refund.amount());
        }
        if (refunded.isGreaterThan(amount)) {
            throw new IllegalArgumentException("refunds " + refunded + " exceed payment " + amount);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        if (status.isReceived() == receiptNumber.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " payment cannot have the receipt number '"
                    + receiptNumber + "'");
        }
        if (status != statusAfterRefunds(status, refunded, amount)) {
            throw new IllegalArgumentException("a " + status + " payment of " + amount + " cannot have refunds of "
                    + refunded);
        }
    }

    /**
     * A received payment whose status follows from its refunds, as payments were before they could be pending.
     *
     * @param id            identity
     * @param workspaceId   the owning workspace
     * @param clientId      the paying client
     * @param amount        the amount received, positive
     * @param method        how it arrived
     * @param gateway       the payment gateway that took it (e.g. {@code stripe}), empty for manual payments
     * @param reference     the external reference, unique per workspace: recording the same reference twice records one
     *                      payment
     * @param receivedOn    the date the money arrived
     * @param allocations   what settled which invoice
     * @param toCredit      what was left over and became client credit
     * @param refunds       refunds, oldest first
     * @param note          a note for the business
     * @param recordedAt    when it was recorded
     * @param receiptNumber the receipt's own number (e.g. {@code RCT-2026-00012}), taken when the money arrived; empty
     *                      while the payment is PENDING or FAILED
     * @param version       optimistic-locking version, 0 before the first save
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Payment(PaymentId id, WorkspaceId workspaceId, ClientId clientId, Money amount, PaymentMethod method,
                   String gateway, String reference, LocalDate receivedOn, List<Allocation> allocations,
                   Money toCredit, List<Refund> refunds, String note, Instant recordedAt, String receiptNumber,
                   long version) {
        this(id, workspaceId, clientId, amount, method, gateway, reference, receivedOn, allocations, toCredit, refunds,
                note, recordedAt, statusAfterRefunds(PaymentStatus.SUCCEEDED, sum(refunds, amount), amount),
                receiptNumber, version);
    }

    /** The status a payment in {@code status} has with {@code refunded} of {@code amount} refunded. */
    private static PaymentStatus statusAfterRefunds(PaymentStatus status, Money refunded, Money amount) {
        if (!status.isReceived()) {
            return refunded.isZero() ? status : PaymentStatus.REFUNDED;
        }
        if (refunded.isZero()) {
            return PaymentStatus.SUCCEEDED;
        }
        return refunded.equals(amount) ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    }

    private static Money sum(List<Refund> refunds, Money amount) {
        Money sum = Money.zero(amount.currency());
        for (Refund refund : refunds) {
            sum = sum.plus(refund.amount());
        }
        return sum;
    }

    /**
     * Σ refunds.
     *
     * @return the sum of the refunds, zero without any
     */
    public Money refunded() {
        Money sum = Money.zero(amount.currency());
        for (Refund refund : refunds) {
            sum = sum.plus(refund.amount());
        }
        return sum;
    }

    /**
     * What can still be refunded.
     *
     * @return what can still be refunded: the amount less what was refunded
     */
    public Money refundable() {
        return amount.minus(refunded());
    }

    /**
     * The part of {@link #toCredit()} that has already been refunded.
     *
     * @return the part of {@link #toCredit()} already refunded
     */
    public Money creditRefunded() {
        Money sum = Money.zero(amount.currency());
        for (Refund refund : refunds) {
            sum = sum.plus(refund.fromCredit());
        }
        return sum;
    }

    /**
     * Whether the money arrived (whatever was refunded since): only then do allocations and credit count.
     *
     * @return whether the money arrived (whatever was refunded since): only then do allocations and credit count
     */
    public boolean isReceived() {
        return status.isReceived();
    }

    /**
     * This pending (or failed, retried) payment received, settling {@code applied} and leaving {@code credit} as
     * client credit: what it settles may be less than planned when its invoices were settled otherwise meanwhile.
     * {@code receipt} is the receipt number it is given now that the money arrived.
     *
     * @param applied the allocations it settles now, possibly fewer or smaller than planned
     * @param credit  what is left as client credit
     * @param receipt the receipt number it is given now that the money arrived
     * @return this payment, SUCCEEDED
     * @throws PortalException {@link ErrorCode#PAYMENT_TRANSITION} unless PENDING or FAILED; nothing changes
     */
    public Payment succeeded(List<Allocation> applied, Money credit, String receipt) {
        requireTransition(PaymentStatus.SUCCEEDED);
        return new Payment(id, workspaceId, clientId, amount, method, gateway, reference, receivedOn, applied, credit,
                refunds, note, recordedAt, PaymentStatus.SUCCEEDED, receipt, version);
    }

    /**
     * This pending payment failed: nothing it planned is applied, ever.
     *
     * @return this payment, FAILED
     * @throws PortalException {@link ErrorCode#PAYMENT_TRANSITION} unless PENDING; nothing changes
     */
    public Payment failed() {
        requireTransition(PaymentStatus.FAILED);
        return withStatus(PaymentStatus.FAILED);
    }

    /**
     * This failed payment pending again: the client retried on the same gateway payment.
     *
     * @return this payment, PENDING again
     * @throws PortalException {@link ErrorCode#PAYMENT_TRANSITION} unless FAILED; nothing changes
     */
    public Payment pendingAgain() {
        requireTransition(PaymentStatus.PENDING);
        return withStatus(PaymentStatus.PENDING);
    }

    private Payment withStatus(PaymentStatus next) {
        return new Payment(id, workspaceId, clientId, amount, method, gateway, reference, receivedOn, allocations,
                toCredit, refunds, note, recordedAt, next, receiptNumber, version);
    }

    private void requireTransition(PaymentStatus next) {
        if (!status.canMoveTo(next)) {
            throw PortalException.invalid(ErrorCode.PAYMENT_TRANSITION, "payment", reference,
                    "cannot move from " + status + " to " + next + "; allowed: " + status.allowedNext());
        }
    }

    /**
     * Throws unless this payment can take a refund.
     *
     * @throws PortalException {@link ErrorCode#PAYMENT_TRANSITION} while PENDING or FAILED (no money to return)
     */
    public void requireRefundable() {
        if (!status.isReceived()) {
            throw PortalException.invalid(ErrorCode.PAYMENT_TRANSITION, "payment", reference,
                    "is " + status + "; only money that arrived can be refunded");
        }
    }

    /**
     * The allocation to an invoice, if this payment has one.
     *
     * @param invoiceId the invoice
     * @return the allocation to the invoice; empty if this payment settles none of it
     */
    public Optional<Allocation> allocationTo(InvoiceId invoiceId) {
        return allocations.stream().filter(allocation -> allocation.invoiceId().equals(invoiceId)).findFirst();
    }

    /**
     * The refund with this external reference, if any.
     *
     * @param refundReference the external reference of the refund
     * @return the refund; empty if this payment has none with that reference
     */
    public Optional<Refund> refundByReference(String refundReference) {
        return refunds.stream().filter(refund -> refund.reference().equals(refundReference)).findFirst();
    }

    /**
     * Whether this payment was received through a gateway.
     *
     * @return whether this payment was received through a gateway
     */
    public boolean viaGateway() {
        return !gateway.isEmpty();
    }

    /**
     * This payment with a refund added; each part must fit within what is left of its allocation.
     *
     * @param refund the refund, with its parts
     * @return this payment with the refund added
     * @throws PortalException {@link ErrorCode#REFUND_EXCEEDS_PAYMENT} when it does not; as
     *         {@link #requireRefundable()} when the payment cannot take refunds
     */
    public Payment withRefund(Refund refund) {
        requireRefundable();
        refund.amount().requireCurrency(amount.currency(), "refund.amount");
        if (refund.amount().isGreaterThan(refundable())) {
            throw PortalException.invalid(ErrorCode.REFUND_EXCEEDS_PAYMENT, "refund.amount", refund.amount(),
                    "exceeds what is left to refund on payment " + reference + ": " + refundable());
        }
        if (refund.fromCredit().isGreaterThan(toCredit.minus(creditRefunded()))) {
            throw PortalException.invalid(ErrorCode.REFUND_EXCEEDS_PAYMENT, "refund.fromCredit", refund.fromCredit(),
                    "exceeds the client credit this payment created and has not refunded: "
                            + toCredit.minus(creditRefunded()));
        }
        List<Allocation> updated = new ArrayList<>(allocations);
        for (Refund.Part part : refund.fromInvoices()) {
            int index = indexOf(part.invoiceId());
            if (index < 0) {
                throw PortalException.invalid(ErrorCode.INVALID_ALLOCATION, "refund.invoice", part.invoiceId(),
                        "payment " + reference + " was not allocated to this invoice");
            }
            Allocation allocation = updated.get(index);
            if (part.amount().isGreaterThan(allocation.net())) {
                throw PortalException.invalid(ErrorCode.REFUND_EXCEEDS_PAYMENT, "refund.invoice",
                        allocation.invoiceNumber(), "refund part " + part.amount()
                                + " exceeds what is left of the allocation: " + allocation.net());
            }
            updated.set(index, allocation.withRefunded(part.amount()));
        }
        List<Refund> moreRefunds = new ArrayList<>(refunds);
        moreRefunds.add(refund);
        Money refunded = refunded().plus(refund.amount());
        return new Payment(id, workspaceId, clientId, amount, method, gateway, reference, receivedOn, updated, toCredit,
                moreRefunds, note, recordedAt, refunded.equals(amount) ? PaymentStatus.REFUNDED
                : PaymentStatus.PARTIALLY_REFUNDED, receiptNumber, version);
    }

    private int indexOf(InvoiceId invoiceId) {
        for (int i = 0; i < allocations.size(); i++) {
            if (allocations.get(i).invoiceId().equals(invoiceId)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * This payment as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the store assigned
     * @return this payment as stored with the given version
     */
    public Payment withVersion(long newVersion) {
        return new Payment(id, workspaceId, clientId, amount, method, gateway, reference, receivedOn, allocations,
                toCredit, refunds, note, recordedAt, status, receiptNumber, newVersion);
    }
}

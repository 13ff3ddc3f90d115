package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.payment.Refund;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment row, every field a column (amounts in minor units); its allocations and refunds are rows of
 * {@code cp_payment_allocation} and {@code cp_payment_refund}, counted here. The external reference is unique in the workspace
 * ({@code cp_payment_reference_uk}).
 */
@Entity(name = "Payment")
@Table(name = "cp_payment")
class PaymentEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "status", nullable = false, length = 20)
    String status;

    @Column(name = "amount", nullable = false)
    long amount;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "method", nullable = false, length = 20)
    String method;

    @Column(name = "gateway", nullable = false, length = 100)
    String gateway;

    @Column(name = "reference", nullable = false, length = 200)
    String reference;

    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;

    @Column(name = "to_credit", nullable = false)
    long toCredit;

    @Column(name = "refunded", nullable = false)
    long refunded;

    /** How many rows of {@code cp_payment_allocation} belong to this payment, ordinals 0 to count − 1. */
    @Column(name = "allocation_count", nullable = false)
    int allocationCount;

    /** How many refunds of {@code cp_payment_refund} belong to this payment, ordinals 0 to count − 1. */
    @Column(name = "refund_count", nullable = false)
    int refundCount;

    @Column(name = "note", nullable = false, length = Json.TEXT)
    String note;

    @Column(name = "receipt_number", nullable = false, length = 200)
    String receiptNumber;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(name = "version", nullable = false)
    long version;

    protected PaymentEntity() {
    }

    static PaymentEntity of(Payment payment) {
        PaymentEntity entity = new PaymentEntity();
        entity.id = payment.id().value();
        entity.workspaceId = payment.workspaceId().value();
        entity.recordedAt = payment.recordedAt();
        entity.version = 1;
        entity.copy(payment);
        return entity;
    }

    void copy(Payment payment) {
        clientId = payment.clientId().value();
        status = payment.status().name();
        amount = payment.amount().minorUnits();
        currency = payment.amount().currency().code();
        method = payment.method().name();
        gateway = payment.gateway();
        reference = payment.reference();
        receivedOn = payment.receivedOn();
        toCredit = payment.toCredit().minorUnits();
        refunded = payment.refunded().minorUnits();
        allocationCount = payment.allocations().size();
        refundCount = payment.refunds().size();
        note = payment.note();
        receiptNumber = payment.receiptNumber();
    }

    Payment toPayment(List<Allocation> allocations, List<Refund> refunds) {
        CurrencyUnit unit = CurrencyUnit.of(currency);
        return new Payment(new PaymentId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                Money.ofMinor(amount, unit), PaymentMethod.valueOf(method), gateway, reference, receivedOn,
                allocations, Money.ofMinor(toCredit, unit), refunds, note, recordedAt, PaymentStatus.valueOf(status),
                receiptNumber, version);
    }
}

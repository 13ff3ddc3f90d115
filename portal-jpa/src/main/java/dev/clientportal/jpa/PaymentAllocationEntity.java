package dev.clientportal.jpa;

import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Allocation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** What a payment settled on one invoice; rewritten with the payment, found by invoice for its payments. */
@Entity(name = "PaymentAllocation")
@Table(name = "cp_payment_allocation")
@IdClass(PaymentAllocationEntity.Key.class)
class PaymentAllocationEntity {

    @Id
    @Column(name = "payment_id", nullable = false)
    UUID paymentId;

    @Id
    @Column(name = "ordinal", nullable = false)
    int ordinal;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "invoice_id", nullable = false)
    UUID invoiceId;

    @Column(name = "invoice_number", nullable = false, length = 200)
    String invoiceNumber;

    @Column(name = "amount", nullable = false)
    long amount;

    @Column(name = "refunded", nullable = false)
    long refunded;

    protected PaymentAllocationEntity() {
    }

    PaymentAllocationEntity(PaymentEntity payment, int ordinal, Allocation allocation) {
        this.paymentId = payment.id;
        this.ordinal = ordinal;
        this.workspaceId = payment.workspaceId;
        this.invoiceId = allocation.invoiceId().value();
        this.invoiceNumber = allocation.invoiceNumber();
        this.amount = allocation.amount().minorUnits();
        this.refunded = allocation.refunded().minorUnits();
    }

    Allocation toAllocation(CurrencyUnit currency) {
        return new Allocation(new InvoiceId(invoiceId), invoiceNumber, Money.ofMinor(amount, currency),
                Money.ofMinor(refunded, currency));
    }

    /** The payment and the allocation's place among its allocations. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID paymentId;
        int ordinal;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.paymentId.equals(paymentId) && key.ordinal == ordinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(paymentId, ordinal);
        }
    }
}

package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One amount an invoice still owes and when (an open installment, or the whole amount due): rewritten whenever the
 * invoice is saved, so aging and cash-flow queries sum these rows without knowing about schedules.
 */
@Entity(name = "InvoiceOpenAmount")
@Table(name = "cp_invoice_open_amount")
@IdClass(InvoiceOpenAmountEntity.Key.class)
class InvoiceOpenAmountEntity {

    @Id
    @Column(name = "invoice_id", nullable = false)
    UUID invoiceId;

    @Id
    @Column(name = "ordinal", nullable = false)
    int ordinal;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;

    @Column(name = "amount", nullable = false)
    long amount;

    protected InvoiceOpenAmountEntity() {
    }

    InvoiceOpenAmountEntity(InvoiceEntity invoice, int ordinal, LocalDate dueDate, long amount) {
        this.invoiceId = invoice.id;
        this.ordinal = ordinal;
        this.workspaceId = invoice.workspaceId;
        this.clientId = invoice.clientId;
        this.currency = invoice.currency;
        this.dueDate = dueDate;
        this.amount = amount;
    }

    /** The invoice and the amount's place among its open amounts. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID invoiceId;
        int ordinal;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.invoiceId.equals(invoiceId) && key.ordinal == ordinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(invoiceId, ordinal);
        }
    }
}

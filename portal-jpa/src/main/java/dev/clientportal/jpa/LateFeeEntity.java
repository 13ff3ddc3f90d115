package dev.clientportal.jpa;

import dev.clientportal.core.automation.LateFee;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One late-fee period decided on an invoice. The primary key (workspace, invoice, period) keeps one row per period;
 * inserted once by the run, then changed at most once by {@link JpaLateFees}'s conditional update that removes it.
 */
@Entity(name = "LateFee")
@Table(name = "cp_late_fee")
@IdClass(LateFeeEntity.Key.class)
class LateFeeEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "invoice_id", nullable = false)
    UUID invoiceId;

    @Id
    @Column(name = "period", nullable = false)
    int period;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "amount", nullable = false)
    long amount;

    @Column(name = "period_start", nullable = false)
    LocalDate periodStart;

    @Column(name = "applied_at", nullable = false)
    Instant appliedAt;

    @Column(name = "removed_at")
    Instant removedAt;

    @Column(name = "removed_by", nullable = false, length = 320)
    String removedBy;

    @Column(name = "removal_reason", nullable = false, length = Json.TEXT)
    String removalReason;

    protected LateFeeEntity() {
    }

    static LateFeeEntity of(LateFee fee) {
        LateFeeEntity entity = new LateFeeEntity();
        entity.workspaceId = fee.workspaceId().value();
        entity.invoiceId = fee.invoiceId().value();
        entity.period = fee.period();
        entity.currency = fee.amount().currency().code();
        entity.amount = fee.amount().minorUnits();
        entity.periodStart = fee.periodStart();
        entity.appliedAt = fee.appliedAt();
        entity.removedAt = fee.removedAt();
        entity.removedBy = fee.removedBy();
        entity.removalReason = fee.removalReason();
        return entity;
    }

    LateFee toFee() {
        return new LateFee(new WorkspaceId(workspaceId), new InvoiceId(invoiceId), period,
                Money.ofMinor(amount, CurrencyUnit.of(currency)), periodStart, appliedAt, removedAt, removedBy,
                removalReason);
    }

    static Key key(UUID workspaceId, UUID invoiceId, int period) {
        Key key = new Key();
        key.workspaceId = workspaceId;
        key.invoiceId = invoiceId;
        key.period = period;
        return key;
    }

    /** The workspace, invoice and period of a row. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        UUID invoiceId;
        int period;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.invoiceId.equals(invoiceId)
                    && key.period == period;
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, invoiceId, period);
        }
    }
}

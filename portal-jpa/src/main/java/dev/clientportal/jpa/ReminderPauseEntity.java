package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * An invoice whose reminders are stopped for one kind of reason (a staff pause or a dispute), with the first reason
 * given; the row is deleted when that kind ends.
 */
@Entity(name = "ReminderPause")
@Table(name = "cp_reminder_pause")
@IdClass(ReminderPauseEntity.Key.class)
class ReminderPauseEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "invoice_id", nullable = false)
    UUID invoiceId;

    @Id
    @Column(name = "kind", nullable = false, length = 20)
    String kind;

    @Column(name = "reason", nullable = false, length = Json.TEXT)
    String reason;

    protected ReminderPauseEntity() {
    }

    /** A workspace, one of its invoices and a kind of stop. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        UUID invoiceId;
        String kind;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.invoiceId.equals(invoiceId)
                    && key.kind.equals(kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, invoiceId, kind);
        }
    }
}

package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** An invoice whose reminders are paused, with the first reason given; the row is deleted when they resume. */
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

    @Column(name = "reason", nullable = false, length = Json.TEXT)
    String reason;

    protected ReminderPauseEntity() {
    }

    /** A workspace and one of its invoices. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        UUID invoiceId;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.invoiceId.equals(invoiceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, invoiceId);
        }
    }
}

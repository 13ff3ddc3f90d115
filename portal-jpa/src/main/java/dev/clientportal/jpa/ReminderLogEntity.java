package dev.clientportal.jpa;

import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderOutcome;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
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
 * One reminder step of an amount due, sent or skipped. The primary key (workspace, invoice, due date, step) keeps one
 * entry per step; rows are only ever inserted, by {@link JpaReminderLog}'s insert that skips a taken key.
 */
@Entity(name = "ReminderLog")
@Table(name = "cp_reminder_log")
@IdClass(ReminderLogEntity.Key.class)
class ReminderLogEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "invoice_id", nullable = false)
    UUID invoiceId;

    @Id
    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;

    @Id
    @Column(name = "days_from_due", nullable = false)
    int daysFromDue;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "outcome", nullable = false, length = 30)
    String outcome;

    @Column(name = "recipient", nullable = false, length = 254)
    String recipient;

    @Column(name = "logged_at", nullable = false)
    Instant loggedAt;

    /** Written by the insert that added the row, so that insert can tell it took effect where row counts cannot. */
    @Column(name = "entry_token", nullable = false)
    UUID entryToken;

    protected ReminderLogEntity() {
    }

    ReminderLogEntry toEntry() {
        return new ReminderLogEntry(new WorkspaceId(workspaceId), new ClientId(clientId), new InvoiceId(invoiceId),
                dueDate, ReminderStep.days(daysFromDue), ReminderOutcome.valueOf(outcome), recipient, loggedAt);
    }

    /** A workspace, an invoice, the due date of one of its amounts and a step. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        UUID invoiceId;
        LocalDate dueDate;
        int daysFromDue;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.invoiceId.equals(invoiceId)
                    && key.dueDate.equals(dueDate) && key.daysFromDue == daysFromDue;
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, invoiceId, dueDate, daysFromDue);
        }
    }
}
